/* cc_vocab.h - one integer id per distinct word, shared by every stage.
 *
 * A word table built at load: the lexicon adds the words of its keys
 * (cc_lexicon_vocab), the models built on the lexicon add the words they
 * ask about, and the segmenter stores each token's id in cc_token.id, so
 * a later stage reads what it knows of a word from an array indexed by
 * the id instead of hashing the token's text again.
 *
 * A word is the normalized text of one token (cc_token.norm, no NUL
 * inside) of 1 to CC_VOCAB_MAX_WORD bytes, compared byte for byte.  A
 * token's norm_len stops at 65,535 (a longer form is cut there), one
 * more than any word: such a token is never a word of the table.  Ids are 1, 2, 3, ... in
 * the order words were first added; 0 stands for every word the table
 * does not hold.  An array indexed by id, built at load, must take ids
 * up to the count at that time and answer "unknown" for larger ones:
 * the table may have grown after it (a later loader added words).
 *
 * Adding is for loading only.  Once the first document has been
 * segmented with the table, it must not change: the segmenter and the
 * stages read it from several threads without locks.
 *
 * Ownership: the table owns copies of its words; cc_vocab_word's text
 * lives until cc_vocab_free.  Lookups are read-only and thread-safe.
 */
#ifndef CC_VOCAB_H
#define CC_VOCAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cc_util.h"

typedef struct cc_vocab cc_vocab;

/* Marks: a byte of facts per word that every stage may read with the id
 * (set while loading, cc_vocab_mark). */
enum cc_vocab_marks {
  CC_VOCAB_ABBREV = 1 << 4, /* a key of the abbreviations table: the
                               segmenter flags the token CC_TF_ABBREV */
  CC_VOCAB_CUR_PREFIX = 1 << 7 /* a currency code written before amounts
                                  (the number model marks them): the
                                  segmenter splits it off digits glued to
                                  it, "EUR1.2bn" (CC_TF_CUR_PREFIX) */
};
/* (Each mark is the bit of the token flag it gives (cc_segment.h), so a
 * slot's marks below are a word token's flags as they are: segment.c
 * asserts it.) */

/* An empty table (aborts on out-of-memory, as cc_xmalloc). */
cc_vocab *cc_vocab_new(void);
/* NULL-safe; clears *v. */
void cc_vocab_free(cc_vocab **v);
/* Room for n8 words of up to 8 bytes and nl longer ones in all before
 * the table grows (a hint: the table grows as words come anyway, and
 * never shrinks).  Ids and lookups are the same either way. */
void cc_vocab_reserve(cc_vocab *v, uint32_t n8, uint32_t nl);

#define CC_VOCAB_MAX_WORD 65534u

/* The id of w[0..n), added when new.  0 (nothing added) when n is 0 or
 * over CC_VOCAB_MAX_WORD or w holds a NUL.  Not after the first segmentation (see above). */
uint32_t cc_vocab_add(cc_vocab *v, const char *w, size_t n);
/* The id of w[0..n), 0 when the table does not hold it (or v is NULL). */
uint32_t cc_vocab_find(const cc_vocab *v, const char *w, size_t n);
/* The highest id (the number of words); 0 for NULL. */
uint32_t cc_vocab_count(const cc_vocab *v);
/* The word of id (NUL-terminated, *n its length), or NULL for 0 and ids
 * over the count. */
const char *cc_vocab_word(const cc_vocab *v, uint32_t id, size_t *n);

/* Set bits (CC_VOCAB_...) in the marks of id (not 0).  Loading only. */
void cc_vocab_mark(cc_vocab *v, uint32_t id, uint8_t bits);
/* The marks of id; 0 for id 0, ids over the count and NULL. */
uint8_t cc_vocab_marks(const cc_vocab *v, uint32_t id);

/* Internal, for the segmenter's word loop (segment.c), which has a
 * word's first 8 bytes as an integer at hand: the two tables inline.
 *   - words of 1 to 8 bytes as integers (the word's bytes copied into a
 *     zeroed uint64_t), in an open-addressing table of mask8 + 1 slots
 *     probed from cc__vocab8_slot (key 0: empty, with id 0, n 0, no marks);
 *   - longer words by their first and last 8 bytes (cc_word_pack) and
 *     length, in a table of maskl + 1 slots probed from cc__vocabl_hash
 *     (id 0: empty, n 0, no marks), compared whole past 16 bytes;
 *   - the ids of the one-byte ASCII words.
 * A slot's last 8 bytes (n, kind, marks, id) are laid out as a word token's
 * norm_len, kind (CC_TOK_WORD, 0), flags and id (cc_token): the
 * segmenter copies them into the token in one piece, its other flags
 * or'ed in (a word's norm_len is its length n; an empty slot gives 0s).
 * marks are the word's (CC_VOCAB_...: token flags, see above).
 * A NULL table gives empty ones. */
typedef struct cc__vocab_slot8 {
  uint64_t key;
  uint16_t n;   /* the word's length */
  uint8_t kind; /* 0 */
  uint8_t marks; /* the word's marks */
  uint32_t id;
} cc__vocab_slot8;
typedef struct cc__vocab_slotl {
  uint64_t a, b;
  const char *s; /* the word */
  uint16_t n;    /* the word's length */
  uint8_t kind;  /* 0 */
  uint8_t marks; /* the word's marks */
  uint32_t id;
} cc__vocab_slotl;
typedef struct cc__vocab_tabs {
  const cc__vocab_slot8 *slot8;
  const cc__vocab_slotl *slotl;
  uint32_t mask8, maskl;
  const uint32_t *id1; /* [128]: the id of each one-byte word */
} cc__vocab_tabs;
void cc__vocab_tables(const cc_vocab *v, cc__vocab_tabs *out);

static inline uint32_t cc__vocab8_slot(uint64_t key, uint32_t mask) {
  return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

/* The slot of key (as above, not 0): the word's, or an empty one (id 0,
 * no marks) when the table does not hold it.  (Probed by byte offsets,
 * the index from cc__vocab8_slot times the slot's 16 bytes: the shift
 * by 28 instead of 32 and the mask times 16 give it without a multiply
 * by the size.) */
_Static_assert(sizeof(cc__vocab_slot8) == 16, "cc__vocab8_find: 16 bytes");
static inline const cc__vocab_slot8 *cc__vocab8_find(const cc__vocab_tabs *t,
                                                     uint64_t key) {
  const char *base = (const char *)t->slot8;
  size_t mask = (size_t)t->mask8 << 4;
  size_t off = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 28) & mask;
  const cc__vocab_slot8 *x =
      (const cc__vocab_slot8 *)(const void *)(base + off);
  /* (the first slot ends most probes, the table being at most an eighth
   * full: its two outcomes, the word's slot or an empty one, are tested
   * by one branch, as whether a word is known is no pattern a predictor
   * learns: cachegrind, 1 MB, 64 K of this loop's 217 K branches
   * mispredicted when the two were separate) */
  /* (the smaller of the slot's key and its difference from key is 0
   * exactly when one of them is: a compare and a conditional move, kept
   * a value by the empty asm, which GCC would otherwise fold back into
   * the loop below, two branches again) */
  uint64_t xk = x->key, d = xk ^ key;
  uint64_t end = xk < d ? xk : d;
#if defined(__GNUC__) || defined(__clang__)
  __asm__("" : "+r"(end));
#endif
  if (!end)
    return x;
  do {
    off = (off + 16) & mask;
    x = (const cc__vocab_slot8 *)(const void *)(base + off);
  } while (x->key && x->key != key);
  return x;
}

/* Where a word of more than 8 bytes (first and last 8 bytes a and b,
 * cc_word_pack) starts its probe, masked by maskl: one multiply (the
 * segmenter's word loop probes one in seven words here), not
 * cc_word_hash's two. */
static inline uint32_t cc__vocabl_hash(uint64_t a, uint64_t b, size_t n) {
  return (uint32_t)((a ^ b * 9 ^ n) * 0x9E3779B97F4A7C15ull >> 32);
}

/* The slot of the word w[0..n) (n > 8) whose first and last 8 bytes are
 * a and b: the word's, or an empty one (id 0, marks 0). */
static inline const cc__vocab_slotl *cc__vocabl_find(const cc__vocab_tabs *t,
                                                     const char *w, size_t n,
                                                     uint64_t a, uint64_t b) {
  for (uint32_t h = cc__vocabl_hash(a, b, n) & t->maskl;;
       h = (h + 1) & t->maskl) {
    const cc__vocab_slotl *x = &t->slotl[h];
    if (!x->id || (x->a == a && x->b == b && x->n == n &&
                   (n <= 16 || memcmp(x->s, w, n) == 0)))
      return x;
  }
}

#endif
