/* vocab.c - the shared word table (cc_vocab.h).
 *
 * Two open-addressing tables, each at most three sixteenths full so that
 * a word the table does not hold ends its probe at the first or second
 * slot (a quarter full, one in five words of the generated corpus read a
 * second slot, and the segmenter's word loop paid 1.4 M instructions
 * more on 10 MB; D1 misses did not grow: the slots the words of a text
 * reach are as many either way).  Not an eighth: the shipped tables'
 * 4,106 short words were just past 4,096, an eighth of 32,768 slots, and
 * the table of 65,536 was 1 MB for every run to map and zero (a
 * one-article check: 0.3 ms of 14), with the same instructions on 10 MB
 * either way:
 *   - words of up to 8 bytes as one integer (cc__vocab8, probed inline
 *     by the segmenter's word loop, which has the integer at hand);
 *   - longer words by their first and last 8 bytes and length
 *     (cc_word_pack), compared whole past 16 bytes.
 * Open addressing rather than uthash (notes/HELPERS.md): every token of
 * the corpus is looked up once, and a uthash bucket walk and its hash of
 * the bytes cost several times the probe.
 */
#include "cc_vocab.h"

#include <stdbool.h>
#include <string.h>

#include "cc_util.h"

typedef struct S_word {
  const char *s;
  uint32_t n;
  uint8_t marks;
} S_word;

struct cc_vocab {
  cc__vocab_tabs t;    /* both tables and id1, as cc__vocab_tables gives */
  cc__vocab_slot8 *s8; /* (t.slot8, writable) */
  cc__vocab_slotl *sl; /* (t.slotl, writable) */
  uint32_t n8, nl;     /* words in each */
  S_word *words;       /* by id; words[0] unused */
  uint32_t count, cap;
  uint32_t id1[128];   /* one-byte ASCII words */
  cc_arena *arena;     /* the words' text */
};

#define S_MIN_SLOTS 64u

/* Point the tables at the arrays (after growth). */
static void S_tabs(cc_vocab *v, uint32_t size8, uint32_t sizel) {
  v->t = (cc__vocab_tabs){.slot8 = v->s8, .slotl = v->sl, .mask8 = size8 - 1,
                          .maskl = sizel - 1, .id1 = v->id1};
}

cc_vocab *cc_vocab_new(void) {
  cc_vocab *v = cc_xcalloc(1, sizeof *v);
  v->s8 = cc_xcalloc(S_MIN_SLOTS, sizeof *v->s8);
  v->sl = cc_xcalloc(S_MIN_SLOTS, sizeof *v->sl);
  S_tabs(v, S_MIN_SLOTS, S_MIN_SLOTS);
  v->cap = 64;
  v->words = cc_xcalloc(v->cap, sizeof *v->words);
  v->arena = cc_arena_new();
  return v;
}

void cc_vocab_free(cc_vocab **vp) {
  if (!vp || !*vp)
    return;
  cc_vocab *v = *vp;
  cc_xfree(v->s8);
  cc_xfree(v->sl);
  cc_xfree(v->words);
  cc_arena_free(&v->arena);
  cc_xfree(v);
  *vp = NULL;
}

/* ---- the two tables ---------------------------------------------------- */

/* The bytes of w[0..n) (1 <= n <= 8) in a zeroed integer, as a copy of
 * them would be (little-endian), with two fixed-size loads from 4 bytes
 * up: a variable memcpy is a libc call (cc_vocab_find's own lookups are
 * those of the segmenter's general paths). */
static uint64_t S_key8(const char *w, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n >= 4) { /* first and last 4 bytes; the overlap is the same bytes */
    uint32_t lo, hi;
    memcpy(&lo, w, 4);
    memcpy(&hi, w + n - 4, 4);
    return (uint64_t)lo | (uint64_t)hi << (8 * (n - 4));
  }
  uint64_t key = 0;
  for (size_t i = 0; i < n; i++)
    key |= (uint64_t)(unsigned char)w[i] << (8 * i);
  return key;
#else
  uint64_t key = 0;
  memcpy(&key, w, n);
  return key;
#endif
}

static cc__vocab_slot8 *S_slot8(cc_vocab *v, const char *w, size_t n) {
  return (cc__vocab_slot8 *)cc__vocab8_find(&v->t, S_key8(w, n));
}

static cc__vocab_slotl *S_slotl(cc_vocab *v, const char *w, size_t n) {
  uint64_t a, b;
  cc_word_pack(w, n, &a, &b);
  return (cc__vocab_slotl *)cc__vocabl_find(&v->t, w, n, a, b);
}

/* size slots (a power of two, room for every word), each word put again
 * (no word is there twice).  The words are walked by id, not the old
 * slots: an eighth of them hold one. */
static void S_grow8(cc_vocab *v, uint32_t size) {
  cc__vocab_slot8 *old = v->s8, *s8 = cc_xcalloc(size, sizeof *s8);
  cc_prefault(s8, size * sizeof *s8); /* (every page gets a word) */
  for (uint32_t id = 1; id <= v->count; id++) {
    const S_word *w = &v->words[id];
    if (w->n > 8)
      continue;
    uint64_t key = S_key8(w->s, w->n);
    uint32_t h = cc__vocab8_slot(key, size - 1);
    while (s8[h].key)
      h = (h + 1) & (size - 1);
    s8[h] = (cc__vocab_slot8){.key = key, .n = (uint16_t)w->n, .id = id,
                              .marks = w->marks};
  }
  cc_xfree(old);
  v->s8 = s8;
  S_tabs(v, size, v->t.maskl + 1);
}

static void S_growl(cc_vocab *v, uint32_t size) {
  cc__vocab_slotl *old = v->sl, *sl = cc_xcalloc(size, sizeof *sl);
  cc_prefault(sl, size * sizeof *sl);
  for (uint32_t id = 1; id <= v->count; id++) {
    const S_word *w = &v->words[id];
    if (w->n <= 8)
      continue;
    uint64_t a, b;
    cc_word_pack(w->s, w->n, &a, &b);
    uint32_t h = cc__vocabl_hash(a, b, w->n) & (size - 1);
    while (sl[h].id)
      h = (h + 1) & (size - 1);
    sl[h] = (cc__vocab_slotl){.a = a, .b = b, .s = w->s, .id = id,
                              .n = (uint16_t)w->n, .marks = w->marks};
  }
  cc_xfree(old);
  v->sl = sl;
  S_tabs(v, v->t.mask8 + 1, size);
}

/* The slots a table of n words needs: at most three sixteenths full. */
static uint32_t S_size_for(uint32_t n, uint32_t size) {
  while (16 * (uint64_t)n > 3 * (uint64_t)size)
    size *= 2;
  return size;
}

void cc_vocab_reserve(cc_vocab *v, uint32_t n8, uint32_t nl) {
  if (!v || n8 > UINT32_MAX / 16 || nl > UINT32_MAX / 16)
    return;
  uint32_t s8 = S_size_for(n8, v->t.mask8 + 1),
           sl = S_size_for(nl, v->t.maskl + 1);
  if (s8 > v->t.mask8 + 1)
    S_grow8(v, s8);
  if (sl > v->t.maskl + 1)
    S_growl(v, sl);
  if (n8 + nl >= v->cap) {
    v->cap = n8 + nl + 1;
    v->words = cc_xrealloc(v->words, v->cap * sizeof *v->words);
  }
}

/* ---- adding and finding ------------------------------------------------ */

/* A new id for w[0..n) (not in the table): its text copied, its entry. */
static uint32_t S_new_id(cc_vocab *v, const char *w, size_t n) {
  if (v->count + 1 == v->cap) {
    v->cap *= 2;
    v->words = cc_xrealloc(v->words, v->cap * sizeof *v->words);
  }
  uint32_t id = ++v->count;
  v->words[id] = (S_word){cc_arena_strndup(v->arena, w, n), (uint32_t)n, 0};
  if (n == 1 && (unsigned char)w[0] < 128)
    v->id1[(unsigned char)w[0]] = id;
  return id;
}

/* Does the integer of a word of n bytes (1 <= n <= 8, S_key8) hold a
 * NUL among its n bytes?  (Bit 7 of a byte of the classic zero test is
 * exact up to the lowest zero byte, and a byte past n is zero.) */
static bool S_key8_nul(uint64_t key, size_t n) {
  uint64_t z = (key - 0x0101010101010101ull) & ~key & 0x8080808080808080ull;
  return n < 8 ? (z & ((1ull << (8 * n)) - 1)) != 0 : z != 0;
}

/* One probe for the lookup and the insert: the slot a new word takes is
 * the empty one the lookup ended at, unless the table must grow first. */
uint32_t cc_vocab_add(cc_vocab *v, const char *w, size_t n) {
  if (n == 0 || n > CC_VOCAB_MAX_WORD)
    return 0;
  uint32_t id;
  if (n <= 8) {
    uint64_t key = S_key8(w, n);
    if (S_key8_nul(key, n))
      return 0; /* (a NUL would make a short word's integer another's) */
    cc__vocab_slot8 *x = (cc__vocab_slot8 *)cc__vocab8_find(&v->t, key);
    if (x->id)
      return x->id;
    if (16 * (v->n8 + 1) > 3 * (v->t.mask8 + 1)) {
      S_grow8(v, (v->t.mask8 + 1) * 2);
      x = (cc__vocab_slot8 *)cc__vocab8_find(&v->t, key);
    }
    id = S_new_id(v, w, n);
    *x = (cc__vocab_slot8){.key = key, .n = (uint16_t)n, .id = id};
    v->n8++;
  } else {
    if (memchr(w, '\0', n))
      return 0;
    uint64_t a, b;
    cc_word_pack(w, n, &a, &b);
    cc__vocab_slotl *x = (cc__vocab_slotl *)cc__vocabl_find(&v->t, w, n, a, b);
    if (x->id)
      return x->id;
    if (16 * (v->nl + 1) > 3 * (v->t.maskl + 1)) {
      S_growl(v, (v->t.maskl + 1) * 2);
      x = (cc__vocab_slotl *)cc__vocabl_find(&v->t, w, n, a, b);
    }
    id = S_new_id(v, w, n);
    *x = (cc__vocab_slotl){.a = a, .b = b, .s = v->words[id].s, .id = id,
                           .n = (uint16_t)n};
    v->nl++;
  }
  return id;
}

uint32_t cc_vocab_find(const cc_vocab *v, const char *w, size_t n) {
  if (!v || n == 0 || n > CC_VOCAB_MAX_WORD)
    return 0;
  if (n <= 8)
    return cc__vocab8_find(&v->t, S_key8(w, n))->id;
  uint64_t a, b;
  cc_word_pack(w, n, &a, &b);
  return cc__vocabl_find(&v->t, w, n, a, b)->id;
}

uint32_t cc_vocab_count(const cc_vocab *v) { return v ? v->count : 0; }

const char *cc_vocab_word(const cc_vocab *v, uint32_t id, size_t *n) {
  if (!v || id == 0 || id > v->count)
    return NULL;
  if (n)
    *n = v->words[id].n;
  return v->words[id].s;
}

void cc_vocab_mark(cc_vocab *v, uint32_t id, uint8_t bits) {
  if (!v || id == 0 || id > v->count)
    return;
  S_word *x = &v->words[id];
  x->marks |= bits;
  /* (the segmenter reads them from the slot) */
  if (x->n <= 8)
    S_slot8(v, x->s, x->n)->marks = x->marks;
  else
    S_slotl(v, x->s, x->n)->marks = x->marks;
}

uint8_t cc_vocab_marks(const cc_vocab *v, uint32_t id) {
  return v && id && id <= v->count ? v->words[id].marks : 0;
}

void cc__vocab_tables(const cc_vocab *v, cc__vocab_tabs *out) {
  static const cc__vocab_slot8 empty8[1];
  static const cc__vocab_slotl emptyl[1];
  static const uint32_t none[128];
  *out = v ? v->t
           : (cc__vocab_tabs){.slot8 = empty8, .slotl = emptyl, .id1 = none};
}
