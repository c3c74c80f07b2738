/* cc_corpus.h - documents and their metadata.
 *
 * A document owns its original bytes; every span elsewhere in the pipeline
 * (tokens, mentions, claims) is a byte offset into cc_doc.text, so a report
 * can always quote the source exactly.  Input rules:
 *  - UTF-8 is required.  Invalid bytes are an error naming the file and the
 *    byte offset (we do not guess: a mis-decoded quote in a report is worse
 *    than a clear refusal).  UTF-16/32 BOMs and NUL bytes are refused too.
 *  - A UTF-8 BOM is skipped; CRLF and CR line ends are accepted.
 *  - Front matter: a first line "---" (blank lines before it allowed),
 *    then "key: value" lines, then "---".  Keys: date, source, place,
 *    timezone, in any case; one given twice is an error naming both lines.
 *    Another key is ignored, with a warning naming file, line and key
 *    unless it is a common one (title, author, tags...).  A "---" whose
 *    first line after it is not "key: value" (a rule line over prose, an
 *    empty block) opens no front matter: it is text; one whose key lines
 *    are never closed is an error.
 *  - A first line " date YYYY-MM-DD ..." also sets the date.
 *  - In a Markdown file (.md, .markdown) an HTML comment "<!-- ... -->" is
 *    a note, not article text: its bytes after the front matter are read
 *    as spaces (line ends kept, so every offset, line and column holds).
 *    An unclosed "<!--" is text.  Comments addressed to claimcheck
 *    ("<!-- claimcheck-...", the inline suppressions of cc_review.h) are
 *    kept as they were in cc_doc.notes.
 */
#ifndef CC_CORPUS_H
#define CC_CORPUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cc_util.h"

typedef enum cc_date_src {
  CC_DATE_NONE = 0,
  CC_DATE_FRONT_MATTER,
  CC_DATE_FIRST_LINE,
  CC_DATE_MANIFEST,
  CC_DATE_OPTION, /* --date */
  CC_DATE_INFERRED
} cc_date_src;

typedef struct cc_meta {
  int64_t date;          /* civil days since 1970-01-01, valid if date_src */
  cc_date_src date_src;
  char source[64];       /* outlet name; defaults to the file's base name */
  char place[96];
  char timezone[64];     /* IANA zone name, validated against tzdata */
} cc_meta;

/* A Markdown comment addressed to claimcheck, as it was before it was
 * blanked. */
typedef struct cc_doc_note {
  size_t at;  /* offset of its "<!--" in the text */
  char *text; /* its bytes, "<!--" to "-->" */
  size_t len;
} cc_doc_note;

typedef struct cc_doc {
  char *path;        /* as given on the command line (or "<stdin>") */
  char *text;        /* original bytes, NUL-terminated; owned */
  size_t len;
  size_t body;       /* offset where the article body starts (after BOM and
                        front matter) */
  cc_meta meta;
  unsigned index;    /* position in the corpus, stable across --jobs */
  size_t cap;        /* bytes allocated for text (cc_corpus_read_reuse) */
  bool path_borrowed; /* path is the corpus's (cc_corpus_read_reuse): not
                         freed with the document */
  cc_doc_note *notes; /* Markdown comments to claimcheck, in text order */
  size_t nnotes;
} cc_doc;

typedef enum cc_bad_utf8 {
  CC_BAD_UTF8_ERROR,   /* default: stop with file and byte offset */
  CC_BAD_UTF8_SKIP,    /* warn and skip the file */
  CC_BAD_UTF8_REPLACE  /* warn and replace each bad byte with '?', which
                          keeps every byte offset valid */
} cc_bad_utf8;

typedef struct cc_corpus_opts {
  const char *manifest;  /* CSV path,date,source,place,timezone or NULL */
  /* without a manifest, a folder's own "manifest.csv" (same columns) gives
   * its files' metadata, unless no_folder_manifests */
  bool no_folder_manifests;
  int64_t default_date;  /* --date, valid if has_default_date */
  bool has_default_date;
  size_t max_file_bytes; /* 0 = default (CC_DEFAULT_MAX_FILE) */
  cc_bad_utf8 bad_utf8;
  /* The file the run writes (-o), by device and inode when it exists: a
   * walk that meets it (an earlier run's report.txt in the folder read)
   * leaves it out with a note, so a run does not read its own output. */
  bool skip_out;
  uint64_t out_dev, out_ino;
  /* The folder --report writes into (reports/ under the current folder),
   * by device and inode when it exists: a walk that meets it leaves it
   * out with a note (earlier runs' reports are no articles). */
  bool skip_dir;
  uint64_t dir_dev, dir_ino;
} cc_corpus_opts;

#define CC_DEFAULT_MAX_FILE (64u * 1024u * 1024u)

typedef struct cc_corpus cc_corpus;

/* Collect the documents named by paths: files, directories (searched
 * recursively for .txt, .md and .markdown in any case, sorted by name so runs are
 * reproducible, hidden entries skipped, a link that leads nowhere skipped
 * with a warning naming it) or "-" for stdin (read now).  With no paths and
 * a manifest, the manifest's files.  Without opts->manifest, a walked
 * folder's manifest.csv is loaded before its files (a bad one is an error
 * naming it), and a file listed by two takes the first one's row.  Each
 * file (device and inode) is listed once, where it is first met: a later
 * spelling of it (a path given twice, a folder and a file in it, a link or
 * hard link to a file listed) gives a warning naming both and is left
 * out.  Texts are read later, one at a time,
 * by cc_corpus_read, so memory does not grow with the corpus.  Returns NULL
 * and fills err on a missing path, a directory without articles or a bad
 * manifest.  Caller frees with cc_corpus_free. */
cc_corpus *cc_corpus_load(const char *const *paths, size_t npaths,
                          const cc_corpus_opts *opts, cc_err *err);
/* The same, with the folders walked by a thread of the corpus's own while
 * the caller reads the documents already found (cc_corpus_wait), so a run
 * over many small files does not wait for the whole walk.  A path that
 * does not exist is an error now; an error found while walking (a folder
 * without articles or one that cannot be opened) is returned by
 * cc_corpus_wait once the documents before it are read.  "-" or no paths
 * (the manifest's rows): loaded at once, as cc_corpus_load. */
cc_corpus *cc_corpus_open(const char *const *paths, size_t npaths,
                          const cc_corpus_opts *opts, cc_err *err);
/* What an existing regular file would be read as by a run over paths
 * with opts ("an article", "a folder's manifest"), the folder it is found
 * in into *via; NULL when no walk of those paths reads it.  For -o and
 * --update, which must not replace an input. */
const char *cc_corpus_reads(const char *const *paths, size_t npaths,
                            const cc_corpus_opts *opts, const char *file,
                            const char **via);
/* Whether document i exists, waiting for the walk if need be: 1 yes, 0 no
 * (the corpus has fewer), -1 the walk failed before reaching it (err
 * filled).  Thread-safe. */
int cc_corpus_wait(const cc_corpus *c, size_t i, cc_err *err);
/* The documents known so far (all of them once cc_corpus_wait has
 * answered 0, and always for a corpus from cc_corpus_load). */
size_t cc_corpus_count(const cc_corpus *c);
/* The path of document i (known: see cc_corpus_wait). */
const char *cc_corpus_path(const cc_corpus *c, size_t i);
/* Read document i: encoding checked, metadata from front matter, first
 * line, manifest and --date, in that order of precedence.  Returns 0 and a
 * document the caller frees with cc_doc_free; 1 when the file is skipped
 * (empty, or bad UTF-8 under CC_BAD_UTF8_SKIP) after a warning; -1 with
 * err on an error.  Thread-safe. */
int cc_corpus_read(const cc_corpus *c, size_t i, cc_doc **out, cc_err *err);
/* The same, reusing a document no longer needed, *spare (NULL or one this
 * returned before): its struct and its text's memory, when the text fits,
 * so a run over many files does not allocate and free them per file.  On
 * 0, *out is the document (often the spare itself) and *spare is NULL; on
 * 1 or -1, *out is NULL and *spare (possibly made now) is still a spare,
 * to pass again or free with cc_doc_free.  The document's path is the
 * corpus's: it lives as long as c.  Thread-safe (one spare per thread). */
int cc_corpus_read_reuse(const cc_corpus *c, size_t i, cc_doc **spare,
                         cc_doc **out, cc_err *err);
/* Frees c; a read-ahead under way (below) is stopped and waited for. */
void cc_corpus_free(cc_corpus **c);

/* Reading ahead.  When a read finds its file not in memory (Linux: the
 * page cache; one read in sixteen is asked), a few threads start opening
 * the next files and asking the kernel for the first blocks of those on
 * disk, a bounded number of files ahead of the reads, so that a corpus on
 * disk is fetched many files at a time instead of one per reader.  When
 * they find many files in a row in memory they rest until a read finds
 * one on disk again.  Nothing else changes: the documents, their order and
 * every error are those of the reads.  For tests: cc__corpus_read_ahead
 * turns fetching on from entry from on, as a read from disk would;
 * cc__corpus_reading_ahead tells whether its threads were made,
 * cc__corpus_fetching whether they are fetching (not resting),
 * cc__corpus_cold_reads how many reads found their file on disk. */
void cc__corpus_read_ahead(const cc_corpus *c, size_t from);
bool cc__corpus_reading_ahead(const cc_corpus *c);
size_t cc__corpus_cold_reads(const cc_corpus *c);
bool cc__corpus_fetching(const cc_corpus *c);

/* Build one document from memory (tests, fuzzers, stdin).  Takes a copy of
 * text.  Validates encoding and reads front matter. */
cc_doc *cc_doc_from_memory(const char *path, const char *text, size_t len,
                           cc_err *err);
/* NULL-safe. */
void cc_doc_free(cc_doc *d);

/* Parse the metadata header of text into meta; sets *body.  Exposed for the
 * fuzzer.  Returns -1 with a message naming path:line on a bad block. */
int cc_meta_parse(const char *path, const char *text, size_t len,
                  cc_meta *meta, size_t *body, cc_err *err);

/* Check text is UTF-8 without NUL; on failure err names path and offset. */
int cc_check_encoding(const char *path, const char *text, size_t len,
                      cc_err *err);

#endif
