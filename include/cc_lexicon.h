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
 * Ownership: the lexicon owns every entry and string; entries stay valid
 * until cc_lexicon_free.  Lookups are read-only and thread-safe.
 */
#ifndef CC_LEXICON_H
#define CC_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cc_util.h"

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

/* The "abbreviations" table as the segmenter's set (NULL if absent). */
const struct cc_abbrevs *cc_lexicon_abbrevs(const cc_lexicon *lx);

/* Internal, for the segmenter's word loop (segment.c): the set's keys of
 * 1 to 8 bytes as integers (the key's bytes copied into a zeroed
 * uint64_t), in an open-addressing table of mask + 1 slots (0: empty)
 * probed from cc__abbr8_slot.  long_keys: the set also has longer keys
 * (cc__abbrev_has answers for those).  A NULL set gives an empty table. */
typedef struct cc__abbr8 {
  const uint64_t *slot;
  uint32_t mask;
  bool long_keys;
} cc__abbr8;
void cc__abbrev_table8(const struct cc_abbrevs *a, cc__abbr8 *out);

static inline uint32_t cc__abbr8_slot(const cc__abbr8 *t, uint64_t key) {
  return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & t->mask;
}

/* Is key (as above, not 0) in the table? */
static inline bool cc__abbr8_has(const cc__abbr8 *t, uint64_t key) {
  for (uint32_t h = cc__abbr8_slot(t, key); t->slot[h]; h = (h + 1) & t->mask)
    if (t->slot[h] == key)
      return true;
  return false;
}

#endif
