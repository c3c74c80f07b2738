/* cc_lexicon.h - the CSV tables under rules/lexicon/, read with libcsv.
 *
 * Every *.csv file in the folder is one table named after the file
 * ("numbers.csv" -> "numbers").  The first row names the columns; the first
 * column is the key.  Keys are normalized for lookup (case-folded, curly
 * quotes/dashes made ASCII, runs of spaces collapsed), so a multi-word key
 * such as "alaska time" is found by the space-joined normalized tokens.
 * Lines that start with '#' are comments (skipped before CSV parsing, so
 * they may hold any quotes).  A key may appear in
 * several rows (e.g. "may" as a month and a modal); cc_lex_find returns the
 * first and entry->next walks the rest.
 *
 * One table's column is checked on load: places' "in" (the place that
 * contains a row's place) must name a place of places or a country of
 * nations, its chain of places must end, and its cells are made normal
 * keys, so that cc_lex_find takes them as they are.
 *
 * Ownership: the lexicon owns every entry and string; entries stay valid
 * until cc_lexicon_free.  Lookups are read-only and thread-safe.
 */
#ifndef CC_LEXICON_H
#define CC_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cc_util.h"
#include "cc_vocab.h"

typedef struct cc_lexicon cc_lexicon;
typedef struct cc_lex_table cc_lex_table;

typedef struct cc_lex_entry {
  const char *key;                 /* normalized key */
  const char *const *fields;       /* all cells of the row, fields[0] raw key */
  int nfields;
  unsigned line;                   /* line in the CSV file, for messages */
  const struct cc_lex_entry *next; /* next row with the same key */
} cc_lex_entry;

/* Load every *.csv in dir.  On a malformed file returns -1 with
 * "DIR/x.csv:LINE: message".  A missing folder is an error too. */
int cc_lexicon_load(const char *dir, cc_lexicon **out, cc_err *err);
void cc_lexicon_free(cc_lexicon **lx);

/* Table by name, or NULL. */
const cc_lex_table *cc_lex_table_get(const cc_lexicon *lx, const char *name);
/* Column index by header name, or -1. */
int cc_lex_col(const cc_lex_table *t, const char *column);
/* Entry by normalized key (NUL-terminated or length n), or NULL. */
const cc_lex_entry *cc_lex_find(const cc_lex_table *t, const char *key);
const cc_lex_entry *cc_lex_findn(const cc_lex_table *t, const char *key,
                                 size_t n);
/* Cell by column index; "" when the row is short. */
const char *cc_lex_cell(const cc_lex_entry *e, int col);
/* Iterate all entries in file order: i from 0 while non-NULL. */
const cc_lex_entry *cc_lex_at(const cc_lex_table *t, size_t i);
size_t cc_lex_size(const cc_lex_table *t);
/* Longest key, in words (for multi-word matching). */
int cc_lex_max_words(const cc_lex_table *t);

/* Normalize s into out (case fold, ASCII quotes/dashes, single spaces,
 * trimmed).  Caller owns the buffer contents. */
void cc_lex_normalize(const char *s, size_t n, cc_buf *out);

/* What the segmenter is given (cc_segment): the "abbreviations" table
 * as a set (empty when the lexicon has none) and the lexicon's word
 * table.  NULL only for a NULL lexicon. */
const struct cc_abbrevs *cc_lexicon_abbrevs(const cc_lexicon *lx);

/* The lexicon's word table (cc_vocab.h): every word of every key of every
 * table, split and normalized as the segmenter splits and normalizes a
 * text, the keys of "abbreviations" marked CC_VOCAB_ABBREV.  The lexicon
 * owns it (freed by cc_lexicon_free); it is returned writable so that
 * the models built on the lexicon (entities, recognizers, rules) add the
 * words they ask about while loading, before the first cc_segment: see
 * cc_vocab.h for why nothing may be added after.  NULL for NULL. */
cc_vocab *cc_lexicon_vocab(const cc_lexicon *lx);

/* Internal, for the segmenter: the word table of a set from
 * cc_lexicon_abbrevs (NULL for NULL). */
const cc_vocab *cc__abbrevs_vocab(const struct cc_abbrevs *a);

#endif
