/* claim.c - the claim store and its CSV / JSONL forms.
 *
 * Claims and their strings live in one arena per store.  Strings that
 * repeat across many claims (doc, outlet, frame, subject, rule, key) are
 * interned in an open-addressing table of pointers into the arena, and a
 * quote is stored once per document (every claim of a sentence shares it,
 * whatever order the rules made them in), so memory grows with the claims
 * kept, not with the text read.  A run keeps its claims in a set
 * (cc_claim_set), packed tighter than the store's cc_claim; a store made
 * for the set interns the strings that name the set's records (key,
 * frame, subject, object, rule, path, outlet) in the set's table, under
 * its lock, and copies values, mentions, quotes and lists itself, in
 * arenas of the set's, once for as long as the thread's cache knows
 * them.
 *
 * The CSV form carries every field, lists included (items joined with ';',
 * with '\' escaping ';' and '\'), and numbers as %.17g, so a file written
 * by cc_claims_write_csv reads back into identical claims: that is the
 * seam between `extract` on shards and `check --claims`.  A cell a
 * spreadsheet would run as a formula, or one that begins with ', is
 * written with a ' before it, which the reader drops.
 */
#include "cc_claim.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <csv.h>
#include <jansson.h>

#include "cc_recog.h"
#include "cc_time.h"

/* Interned fields of a claim. */
enum { S_F_FRAME, S_F_SUBJECT, S_F_OBJECT, S_F_KEY, S_F_RULE, S_F_DOC,
       S_F_SOURCE, S_F__COUNT };

/* A set of strings in an arena: open addressing over buckets of seven
 * pointers with a byte of each string's hash beside them, so most probes
 * skip the string compare, in one 64-byte line: a lookup in a run's
 * table (far larger than the caches) misses on one line, not on a slot's
 * and a tag's apart (at 140 MB those misses were most of the time spent
 * interning).  Filled to 3/4, so 12 bytes a string at most (a uthash
 * entry was 64, and a 100 MB run's set interns some 700,000 strings).
 * Each string a table copies has the low 32 bits of its hash in the four
 * bytes before it (S_strtab_copy), so that the table grows without
 * reading a string whole and hashing it again: that was half of a run's
 * lookups' instructions (its quotes are long), and at 100 MB a cache miss
 * or more a string moved, under the set's lock.  4 bytes a string. */
#define S_BSLOTS 7

typedef struct S_bucket {
  const char *str[S_BSLOTS]; /* filled in order, never emptied alone */
  uint8_t tag[S_BSLOTS + 1]; /* the strings' S_tag; 0: free (the 8th
                                byte always is) */
} S_bucket;

typedef struct S_strtab {
  S_bucket *b;
  size_t nb, n; /* buckets (0 or a power of two), strings:
                   n <= nb * S_BSLOTS * 3 / 4 */
  void *mem;    /* the block b is in (S_table_alloc) */
} S_strtab;

/* Claims live in blocks that never move, so a claim's address is stable
 * and there is no vector of pointers to grow (8 bytes a claim, twice that
 * while it doubles).  Blocks hold 16, 32, ... S_BLOCK claims, then
 * S_BLOCK each: a store per document stays small. */
#define S_FIRST 16
#define S_BLOCK 1024
#define S_SMALL 1008 /* claims in the blocks below S_BLOCK: 16 + ... + 512 */

/* The free room of a piece of a set's string slabs (S_room_take). */
typedef struct S_room {
  char *at, *end;
} S_room;

/* Sentences whose last quote a shared pool keeps (S_pool.qby). */
#define S_QBY 32

/* The strings of a store or a set: an arena, the interned fields, and the
 * quotes of the document being added.  A store made for a set
 * (cc_claim_store_new_for) has a pool that interns into the set's arena
 * and table (linked): only its memos (last, last_quote) are its own. */
typedef struct S_pool {
  cc_arena *arena;
  S_strtab *strings;  /* &own_strings, or the set's */
  S_strtab own_strings;
  bool linked;        /* arena and strings are the set's: not freed */
  cc_claim_set *lock; /* linked: the set whose lock guards arena and
                         strings (taken once a claim's strings are
                         hashed) */
  const char *last_quote;
  const char *last[S_F__COUNT]; /* S_intern_str's last result per field */
  /* a shared pool: the last quote of each sentence number modulo S_QBY
   * (S_claim_copy_shared): a document's claims come rule by rule, not
   * sentence by sentence, so the last quote alone served a quarter of
   * them, and the rest looked their sentence up in the set's table
   * (62% of those lookups found it there, on the 10 MB corpus) */
  const char *qby[S_QBY];
  /* quotes of the document being added (entries malloc'd, dropped when
   * the document changes): scoped to one document, because the check
   * stage takes one pointer for one sentence of one article
   * (check_related.c reads each article's sentences once) */
  S_strtab quotes;
  const char *quotes_doc;
  /* a run's set: values, texts, list members and quotes are shared too,
   * across documents, instead of copied per claim (outlets repeat each
   * other's sentences and values: at 100 MB a copy per claim, and a quote
   * per document, took twice the room): those the thread met lately, by
   * its cache (S_keep, S_keep_quote), the rest by the set's table */
  bool share;
  /* a shared pool: its set's serial (S_set_new), by which a thread's
   * cache of the set's strings (S_tc) knows it is the set's */
  uint64_t serial;
  /* a shared pool: where the strings that are not interned go (values,
   * second values, derivations, mentions, list members): copied when the
   * thread's cache (S_tc) does not know them, without the set's table or
   * its lock.  They repeat mostly within a document and its outlets'
   * few stories, which the cache serves; across the run, a table lookup
   * (a hash of every byte, a probe, a cache miss or two at 100 MB, under
   * the lock) cost more than the few bytes a second copy takes.  room:
   * the rest of a piece of the set's string slabs (S_room_take), the
   * pool's own while it lives (a store made for a set takes one the set
   * kept, S_set_rooms); qroom: the same for quotes, in pieces apart from
   * the short strings (keys, subjects, values) that the check stage reads
   * claim after claim, which a sentence between each two spread over
   * more lines.  slabs_of: the set whose slabs they are. */
  S_room room, qroom;
  cc_claim_set *slabs_of;
} S_pool;

/* Blocks of claims (or compact claims) that never move. */
typedef struct S_blocks {
  cc_vec blocks;      /* pointers to blocks, in the pool's arena */
  size_t count;
  char *at, *end;     /* the last block's free slots (S_blocks_slot) */
  /* a set's: its full blocks cut from slabs (S_blocks_slab) */
  bool slabbed;
  char *slab_at, *slab_end; /* the last slab's room */
  cc_vec slabs;       /* void *: the slabs' memory, to free */
} S_blocks;

struct cc_claim_store {
  S_blocks b;         /* linked: blocks malloc'd (a store reused keeps
                         them: a few KB, not an arena's 64 KB chunk) */
  S_pool pool;
  cc_arena *own;      /* unless linked: the claims' blocks and the pool's
                         arena; linked: priv's arena, made when first
                         needed */
  cc_claim_set *set;  /* linked: strings are set's, interned under its lock */
  /* linked: claims whose strings were copied here (priv), not into the
   * set, because the set's lock was taken (another thread's lookups, or
   * its table growing): a thread never sleeps on it while it works, and
   * cc_claim_set_add_store copies these few as from a plain store */
  S_pool priv;
  cc_vec deferred;    /* uint32_t: their indexes, ascending */
};

/* ---- string tables ------------------------------------------------------------ */

/* Tables of S_huge_min bytes or more are backed by huge pages
 * (S_table_alloc); tests lower it (cc__claim_set_huge_min). */
#define S_HUGE ((size_t)2 << 20)
#define S_HUGE_MIN ((size_t)2 << 20)
static size_t S_huge_min = S_HUGE_MIN;

void cc__claim_set_huge_min(size_t bytes) {
  S_huge_min = bytes ? bytes : S_HUGE_MIN;
}

/* size zeroed bytes at *out; returns the block to free.  A table of
 * S_huge_min bytes or more (a run's string table and its key records' table,
 * past some 25 MB of text) is aligned to a huge page inside a larger
 * block and asked to be backed by huge pages, which Linux gives most
 * often only on request (THP "madvise"): lookups land anywhere in these
 * tables, and with 4 KB pages each was a TLB miss (a page walk) as well
 * as a cache miss.  At 1.4 GB the string table alone is 150 MB, and the
 * stalls on the prefetches of its slots grew faster than the input.
 * At 100 MB (an 8 MB string table) the stalls were on the same
 * prefetches, once the lock cost less (perf, --jobs 2: the store's
 * samples 8.6-9.3% of the run's with huge pages from 2 MB, 9.6-9.7%
 * with them from 32 MB; in session 5, before, they bought no CPU); peak
 * RSS within 2 MB.  The rest of the block is never touched. */
static void *S_table_alloc(size_t size, void **out) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (size >= S_huge_min) {
    char *mem = cc_xcalloc(1, size + S_HUGE);
    uintptr_t at = ((uintptr_t)mem + S_HUGE - 1) & ~(uintptr_t)(S_HUGE - 1);
    char *p = (char *)at;
    (void)madvise(p, size & ~(S_HUGE - 1), MADV_HUGEPAGE);
    *out = p;
    return mem;
  }
#endif
  *out = cc_xcalloc(1, size);
  return *out;
}

#if defined(__GNUC__)
/* The empty asm keeps the loop: gcc drops a loop of prefetches alone
 * as one without effects. */
#define S_PREFETCH(p)                                                        \
  do {                                                                       \
    __builtin_prefetch(p);                                                   \
    __asm__ volatile("" : : "r"(p));                                         \
  } while (0)
#else
#define S_PREFETCH(p) ((void)(p))
#endif

/* Tables of this many buckets or more prefetch the strings they move
 * when they grow, a bucket ahead (S_strtab_grow). */
#define S_GROW_AHEAD_MIN ((size_t)1 << 13)

/* Native-order loads of 8 and 4 bytes. */
static inline uint64_t S_load64(const char *p) {
  uint64_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

static inline uint64_t S_load32(const char *p) {
  uint32_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

/* The bytes of str[0..n) past its whole words (n % 8 of them, n > 0) as
 * one word, read without a byte loop: when a whole word comes before,
 * the last 8 bytes shifted; else two 4-byte loads that overlap, or the
 * first, middle and last byte.  For a given n each is a one-to-one map
 * of the bytes. */
static inline uint64_t S_tail(const char *str, size_t n) {
  size_t r = n & 7;
  if (n >= 8)
    return S_load64(str + n - 8) >> (8 * (8 - r));
  if (n >= 4)
    return S_load32(str) | S_load32(str + n - 4) << 32;
  return (uint64_t)(unsigned char)str[0] |
         (uint64_t)(unsigned char)str[n / 2] << 8 |
         (uint64_t)(unsigned char)str[n - 1] << 16;
}

/* The hash of the strings tables (cc_hash_mem's mixing): the tail read
 * in a few loads instead of a copy of n % 8 bytes (the run's strings
 * are short, and most of them are hashed once per claim). */
static inline uint64_t S_hash(const char *str, size_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
  size_t i = 0;
  for (; i + 16 <= n; i += 16) { /* (two words a turn: half the loop's
                                    tests, the same hash) */
    h = (h ^ S_load64(str + i)) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
    h = (h ^ S_load64(str + i + 8)) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  if (i + 8 <= n) {
    h = (h ^ S_load64(str + i)) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  if (n & 7)
    h = (h ^ S_tail(str, n)) * 0xc4ceb9fe1a85ec53ULL;
  else
    h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

/* a[0..n) and b[0..n) equal: word by word, the last word overlapping. */
static inline bool S_eq(const char *a, const char *b, size_t n) {
  if (n < 8) {
    if (n >= 4)
      return S_load32(a) == S_load32(b) &&
             S_load32(a + n - 4) == S_load32(b + n - 4);
    for (size_t i = 0; i < n; i++)
      if (a[i] != b[i])
        return false;
    return true;
  }
  size_t i = 0;
  for (; i + 8 < n; i += 8)
    if (S_load64(a + i) != S_load64(b + i))
      return false;
  return S_load64(a + n - 8) == S_load64(b + n - 8);
}

/* A string's tag: its hash's top byte, never 0 (a free slot's). */
static inline uint8_t S_tag(uint64_t h) {
  uint8_t t = (uint8_t)(h >> 56);
  return t ? t : 1;
}

#define S_ONES 0x0101010101010101ULL

/* The high bit of each zero byte of w, and maybe of a 0x01 byte above a
 * zero byte (the borrow): the lowest is exact. */
static inline uint64_t S_zero_bytes(uint64_t w) {
  return (w - S_ONES) & ~w & (S_ONES << 7);
}

/* A bucket's tags as one word, and how many strings it holds (its first
 * zero tag; the 8th byte is one). */
static inline uint64_t S_tags(const S_bucket *b) {
  return S_load64((const char *)b->tag);
}

static inline unsigned S_filled(uint64_t tags) {
  return (unsigned)__builtin_ctzll(S_zero_bytes(tags)) >> 3;
}

/* The slots of the bucket whose tag may be tag, as S_zero_bytes' bits
 * (test the tag again: a borrow may add one). */
static inline uint64_t S_may(uint64_t tags, uint8_t tag) {
  return S_zero_bytes(tags ^ (tag * S_ONES));
}

/* The low 32 bits of the hash of str, a table's copy (S_strtab_copy). */
static inline uint32_t S_copy_hash(const char *str) {
  uint32_t h;
  memcpy(&h, str - sizeof h, sizeof h);
  return h;
}

/* A table's copy of str[0..n) (S_hash h) in arena: the low 32 bits of h,
 * then the string and its NUL; the copy's address is the string's. */
static const char *S_strtab_copy(cc_arena *arena, const char *str, size_t n,
                                 uint64_t h) {
  uint32_t lo = (uint32_t)h;
  char *p = cc_arena_str_room(arena, sizeof lo + n);
  memcpy(p, &lo, sizeof lo);
  memcpy(p + sizeof lo, str, n);
  p[sizeof lo + n] = '\0';
  return p + sizeof lo;
}

/* str (tag, its hash's low bits lo), not in t, into t (which has room).
 * Inlined in both of S_strtab_grow's loops: a call per string cost more
 * than the prefetch saves on small tables. */
CC_ALWAYS_INLINE void S_strtab_put_new(S_strtab *t, const char *str,
                                       uint32_t lo, uint8_t tag) {
  _Static_assert(sizeof(size_t) >= sizeof lo, "an index of 32 bits");
  size_t i = (size_t)lo & (t->nb - 1);
  unsigned j;
  while ((j = S_filled(S_tags(&t->b[i]))) == S_BSLOTS)
    i = (i + 1) & (t->nb - 1);
  t->b[i].str[j] = str;
  t->b[i].tag[j] = tag;
}

/* A run's set starts its strings table at this many buckets (128 KB,
 * some 10,000 strings), not at a document's 16: a run's first documents
 * fill it anyway, and each doubling below it read, measured and hashed
 * again every string it held (10,668 of them on the 1 MB corpus). */
#define S_SET_BUCKETS ((size_t)1 << 11)

static void S_strtab_grow_to(S_strtab *t, size_t nb);

static void S_strtab_grow(S_strtab *t) {
  S_strtab_grow_to(t, t->nb ? 2 * t->nb : 16); /* a document's strings */
}

/* t's buckets made nb (a power of two, more than t->nb), its strings
 * moved. */
static void S_strtab_grow_to(S_strtab *t, size_t nb) {
  const S_bucket *old = t->b;
  void *omem = t->mem, *p;
  size_t onb = t->nb;
  /* a line more, to start the buckets on one */
  t->mem = S_table_alloc(nb * sizeof(S_bucket) + 64, &p);
  t->b = (S_bucket *)(((uintptr_t)p + 63) & ~(uintptr_t)63);
  t->nb = nb;
  /* a run's strings lie anywhere in its arena, and each one's hash is
   * read here: past the caches' size, ask for a bucket's hashes while
   * the one before is put */
  for (size_t i = 0; i < onb; i++) {
    const S_bucket *b = &old[i];
    unsigned k = S_filled(S_tags(b));
    if (onb >= S_GROW_AHEAD_MIN && i + 1 < onb)
      for (unsigned j = 0; j < S_BSLOTS && old[i + 1].str[j]; j++)
        S_PREFETCH(old[i + 1].str[j] - sizeof(uint32_t));
    for (unsigned j = 0; j < k; j++)
      S_strtab_put_new(t, b->str[j], S_copy_hash(b->str[j]), b->tag[j]);
  }
  cc_xfree(omem);
}

/* The table's copy of str[0..n), whose S_hash is h, made in arena
 * when it has none. */
CC_ALWAYS_INLINE const char *S_strtab_get_h(S_strtab *t, cc_arena *arena,
                                            const char *str, size_t n,
                                            uint64_t h) {
  if (4 * (t->n + 1) > 3 * S_BSLOTS * t->nb)
    S_strtab_grow(t);
  uint8_t tag = S_tag(h);
  for (size_t i = (size_t)h & (t->nb - 1);; i = (i + 1) & (t->nb - 1)) {
    S_bucket *b = &t->b[i];
    uint64_t tags = S_tags(b);
    unsigned k = S_filled(tags);
    for (uint64_t m = S_may(tags, tag); m; m &= m - 1) {
      unsigned j = (unsigned)__builtin_ctzll(m) >> 3;
      if (j >= k)
        break;
      const char *e = b->str[j];
      if (b->tag[j] == tag && strncmp(e, str, n) == 0 && e[n] == '\0')
        return e;
    }
    if (k < S_BSLOTS) { /* a bucket not full ends the search */
      t->n++;
      b->tag[k] = tag;
      b->str[k] = S_strtab_copy(arena, str, n, h);
      return b->str[k];
    }
  }
}

static const char *S_strtab_get(S_strtab *t, cc_arena *arena,
                                const char *str, size_t n) {
  return S_strtab_get_h(t, arena, str, n, S_hash(str, n));
}

/* Ask for the cache line a lookup of hash h will read first: its home
 * bucket (a run's table is far larger than the caches, and a claim looks
 * up several strings: their misses overlap). */
static void S_strtab_prefetch(const S_strtab *t, uint64_t h) {
  if (!t->nb)
    return;
  S_PREFETCH(&t->b[(size_t)h & (t->nb - 1)]);
}

/* Forget every string (they stay in the arena); keeps the room. */
static void S_strtab_clear(S_strtab *t) {
  if (t->n)
    memset(t->b, 0, t->nb * sizeof *t->b);
  t->n = 0;
}

static void S_strtab_free(S_strtab *t) {
  cc_xfree(t->mem);
  memset(t, 0, sizeof *t);
}

/* ---- pool -------------------------------------------------------------------- */

static void S_quotes_reset(S_pool *s) {
  S_strtab_clear(&s->quotes);
  s->quotes_doc = NULL;
  s->last_quote = NULL;
}

static void S_pool_init(S_pool *p) {
  memset(p, 0, sizeof *p);
  p->arena = cc_arena_new();
  p->strings = &p->own_strings;
}

static void S_pool_free(S_pool *p) {
  S_strtab_free(&p->own_strings);
  S_strtab_free(&p->quotes);
  if (!p->linked)
    cc_arena_free(&p->arena);
}

/* ---- blocks ------------------------------------------------------------------ */

/* Block and offset of claim i. */
static void S_locate(size_t i, size_t *block, size_t *off) {
  _Static_assert(S_FIRST == 16 && S_SMALL == S_FIRST * 63,
                 "blocks of 16 << b below S_SMALL");
  if (i >= S_SMALL) {
    *block = 6 + (i - S_SMALL) / S_BLOCK;
    *off = (i - S_SMALL) % S_BLOCK;
    return;
  }
  /* block b starts at 16 (2^b - 1): b is the top bit of i / 16 + 1 */
  unsigned b =
      63 - (unsigned)__builtin_clzll((unsigned long long)(i / S_FIRST + 1));
  *block = b;
  *off = i - S_FIRST * (((size_t)1 << b) - 1);
}

/* Element i of elem bytes. */
static void *S_blocks_at(const S_blocks *b, size_t i, size_t elem) {
  size_t k, off;
  S_locate(i, &k, &off);
  return *CC_VEC_AT(&b->blocks, char *, k) + off * elem;
}

/* Claims block k holds. */
static inline size_t S_block_size(size_t k) {
  return k < 6 ? (size_t)S_FIRST << k : S_BLOCK;
}

/* A set's compact claims fill some 58 MB at 100 MB, written once each
 * as documents come in: in 4 KB pages that was a page fault every 36
 * claims (14,000 of a run's 51,000 faults, a kernel entry and a page's
 * zeroing each).  Its full blocks are cut from slabs of S_SLAB bytes on
 * huge pages (S_table_alloc), 18 blocks a slab, so that a slab is one
 * fault where the system gives huge pages. */
#define S_SLAB S_HUGE

/* bytes of room for a block, from b's slabs */
static void *S_blocks_slab(S_blocks *b, size_t bytes) {
  if ((size_t)(b->slab_end - b->slab_at) < bytes) {
    void *p;
    *(void **)cc_vec_push(&b->slabs) = S_table_alloc(S_SLAB, &p);
    b->slab_at = p;
    b->slab_end = b->slab_at + S_SLAB;
  }
  void *p = b->slab_at;
  b->slab_at += bytes;
  return p;
}

/* S_blocks_slot at a block's start (b->at == b->end): the block, made
 * (in arena, or malloc'd when it is NULL, or from a set's slabs when it
 * is a full one) unless a store reused has it already. */
static void *S_blocks_next(S_blocks *b, cc_arena *arena, size_t elem) {
  size_t k, off;
  S_locate(b->count++, &k, &off); /* (off is 0) */
  size_t size = S_block_size(k);
  _Static_assert(S_BLOCK * sizeof(cc_sclaim) <= S_SLAB, "a block a slab");
  if (k == b->blocks.len)
    /* not zeroed: every slot is written whole when it is taken */
    *(char **)cc_vec_push(&b->blocks) =
        b->slabbed && size == S_BLOCK ? S_blocks_slab(b, size * elem)
        : arena                       ? cc_arena_alloc_raw(arena, size * elem)
                                      : cc_xmalloc(size * elem);
  char *p = *CC_VEC_AT(&b->blocks, char *, k) + off * elem;
  b->at = p + elem;
  b->end = p + (size - off) * elem;
  return p;
}

/* The next free slot: the last block's next, found without S_locate
 * (a claim added to a store and to the set each). */
CC_ALWAYS_INLINE void *S_blocks_slot(S_blocks *b, cc_arena *arena,
                                     size_t elem) {
  if (b->at == b->end)
    return S_blocks_next(b, arena, elem);
  void *p = b->at;
  b->at += elem;
  b->count++;
  return p;
}

/* ---- store ------------------------------------------------------------------ */

cc_claim_store *cc_claim_store_new(void) {
  cc_claim_store *s = cc_xcalloc(1, sizeof *s);
  s->b.blocks = (cc_vec)CC_VEC_INIT(char *);
  S_pool_init(&s->pool);
  s->own = s->pool.arena;
  return s;
}

static S_pool *S_set_pool(cc_claim_set *set);
static void S_set_rooms(cc_claim_set *set, S_pool *p, bool back);

cc_claim_store *cc_claim_store_new_for(cc_claim_set *set) {
  cc_claim_store *s = cc_xcalloc(1, sizeof *s);
  s->b.blocks = (cc_vec)CC_VEC_INIT(char *);
  s->set = set;
  const S_pool *sp = S_set_pool(set);
  s->pool.arena = sp->arena;
  s->pool.strings = sp->strings;
  s->pool.share = true; /* the set's way: values and quotes interned */
  s->pool.serial = sp->serial;
  s->pool.linked = true;
  s->pool.lock = set;
  s->pool.slabs_of = set;
  S_set_rooms(set, &s->pool, false);
  /* priv: a plain store's pool, in the store's arena (cc_claim_store_add
   * makes it) */
  s->priv.strings = &s->priv.own_strings;
  s->priv.linked = true;  /* (the arena is freed with the store) */
  s->deferred = (cc_vec)CC_VEC_INIT(uint32_t);
  return s;
}

void cc_claim_store_free(cc_claim_store **sp) {
  if (!sp || !*sp)
    return;
  cc_claim_store *s = *sp;
  if (s->pool.linked) {
    /* the rest of its pieces, given back for the next store */
    S_set_rooms(s->set, &s->pool, true);
    for (size_t k = 0; k < s->b.blocks.len; k++)
      cc_xfree(*CC_VEC_AT(&s->b.blocks, char *, k));
  }
  cc_vec_free(&s->b.blocks);
  S_pool_free(&s->pool);
  if (s->pool.linked) {
    S_pool_free(&s->priv);
    cc_vec_free(&s->deferred);
    cc_arena_free(&s->own);
  }
  cc_xfree(s);
  *sp = NULL;
}

/* Claims beyond which a store is not kept for reuse (its blocks past
 * S_SMALL would stay with it). */
#define S_REUSE_MAX S_SMALL

bool cc_claim_store_reuse(cc_claim_store *s) {
  if (!s || !s->pool.linked || s->b.count > S_REUSE_MAX)
    return false;
  s->b.count = 0; /* its blocks are kept, and taken again in order */
  s->b.at = s->b.end = NULL;
  if (s->deferred.len || s->priv.strings->n || s->priv.quotes.n) {
    /* strings copied into the store's own arena: dropped */
    if (s->own)
      cc_arena_reset(s->own);
    S_strtab_clear(s->priv.strings);
    S_quotes_reset(&s->priv);
    memset(s->priv.last, 0, sizeof s->priv.last);
    s->deferred.len = 0;
  }
  /* the pool's memos are the set's strings, which stay: kept */
  return true;
}

size_t cc_claim_store_count(const cc_claim_store *s) {
  return s ? s->b.count : 0;
}

cc_claim *cc_claim_store_at(const cc_claim_store *s, size_t i) {
  if (!s || i >= s->b.count)
    return NULL;
  return S_blocks_at(&s->b, i, sizeof(cc_claim));
}

static const char *S_intern_lookup(S_pool *s, const char *str);

/* The interned copy of str.  Consecutive claims mostly repeat a field
 * (one document's path, outlet, rule, frame), so each field remembers
 * its last result and a strcmp settles the lookup without hashing. */
static const char *S_intern_str(S_pool *s, int field, const char *str) {
  if (!str || !*str)
    return "";
  const char *last = s->last[field];
  if (last && (last == str || strcmp(last, str) == 0))
    return last;
  s->last[field] = S_intern_lookup(s, str);
  return s->last[field];
}

static const char *S_intern_lookup(S_pool *s, const char *str) {
  return S_strtab_get(s->strings, s->arena, str, strlen(str));
}

static const char *S_dup(S_pool *s, const char *str) {
  if (!str || !*str)
    return "";
  return s->share ? S_intern_lookup(s, str) : cc_arena_strdup(s->arena, str);
}

/* A copy of str, or same when the text is the same: a name's mention is
 * usually its value ("Kari Lindqvist"), and one copy serves both. */
static const char *S_dup_or(S_pool *s, const char *str, const char *same) {
  return str && strcmp(str, same) == 0 ? same : S_dup(s, str);
}

/* doc is the interned path of the claim's document. */
static const char *S_quote(S_pool *s, const char *doc, const char *q) {
  if (!q || !*q)
    return "";
  if (s->share) {
    if (!s->last_quote || strcmp(s->last_quote, q) != 0)
      s->last_quote = S_intern_lookup(s, q);
    return s->last_quote;
  }
  if (doc != s->quotes_doc) {
    S_quotes_reset(s);
    s->quotes_doc = doc;
  }
  if (s->last_quote && strcmp(s->last_quote, q) == 0)
    return s->last_quote;
  s->last_quote = S_strtab_get(&s->quotes, s->arena, q, strlen(q));
  return s->last_quote;
}

static const char **S_dup_list(S_pool *s, const char **v, uint32_t n) {
  if (!v || !n)
    return NULL;
  const char **out = cc_arena_alloc(s->arena, n * sizeof *out);
  for (uint32_t i = 0; i < n; i++)
    out[i] = S_dup(s, v[i]);
  return out;
}

void cc_claim_make_key(const char *frame, const char *subject,
                       const char *object, cc_buf *buf) {
  cc_buf_reset(buf);
  cc_buf_puts(buf, frame ? frame : "");
  cc_buf_putc(buf, '{');
  cc_buf_puts(buf, subject ? subject : "");
  cc_buf_putc(buf, '}');
  if (object && *object) {
    cc_buf_putc(buf, '|');
    cc_buf_puts(buf, object);
  }
}

static void S_set_lock(cc_claim_set *set, bool on);

/* ---- a thread's recent strings of one set ------------------------------ */

/* A thread's last strings found in one set's table, by hash: a claim's
 * frame, rule, outlet and mostly its subject, key and value were some
 * recent claim's (a run has a few dozen frames and rules, and outlets
 * repeat each other), so most of a claim's strings are settled here,
 * in the thread's cache, instead of at a slot of the run's table (tens
 * of MB, a cache miss or two each) under the set's lock.  It outlives a
 * document's store; the set's serial says whose strings it holds (a set
 * freed and another made at its address has another serial).  The
 * strings are the set's: never freed or changed while the set lives,
 * so reading them needs no lock.  1,024 slots (16 kB a thread): at 140 MB
 * they settle 3.0 M of 4.2 M strings looked for (what is left is mostly
 * quotes and strings seen first); 4,096 slots settle 3.2 M, but under perf
 * their own cache misses cost more than the lookups they save. */
#define S_TC_BITS 10

typedef struct S_tc_slot {
  uint64_t key;    /* the hash's top 32 bits, the length below them */
  const char *str; /* the set's copy; NULL: free */
} S_tc_slot;

/* A claim's frame and rule name mostly come from the same addresses
 * claim after claim (the rule set's strings, literals): S_tcache.addr
 * keeps their copies by address, for S_addr, in S_TC_ADDR slots each:
 * 256 (8 kB a thread), as a rule set has some 80 rule names and 20
 * frames, and at 16 slots their addresses pushed each other out (2,661
 * of 10,484 asks on the 1 MB corpus missed and were hashed). */
#define S_TC_ADDR_BITS 8
#define S_TC_ADDR (1u << S_TC_ADDR_BITS)

typedef struct S_tc_addr {
  const char *src; /* where the caller's string was; NULL: free */
  const char *dst; /* the set's copy of what it read there */
  uint32_t owner;  /* cc_claim_store_add_fixed's owner of src, or 0 */
} S_tc_addr;

/* A claim's key is its frame, subject and object joined
 * (cc_claim_make_key), and a document's claims repeat a few of them:
 * S_tcache.keys keeps the set's copy of a key by the set's copies of the
 * three, for S_key, in S_TC_KEYS slots (8 kB a thread). */
#define S_TC_KEYS_BITS 8
#define S_TC_KEYS (1u << S_TC_KEYS_BITS)

typedef struct S_tc_key3 {
  const char *frame, *subject, *object; /* the set's copies; NULL: free */
  const char *key; /* the set's copy of a key met with them */
  bool made;       /* key is cc_claim_make_key's of the three (else it
                      was a caller's, which must be compared) */
} S_tc_key3;

/* Quotes a thread kept lately (S_keep_quote), apart from the other
 * strings, which they would push out: 512 slots (8 kB a thread).  A
 * sentence recurs in the story's other outlets, which come in the same
 * folder, near each other; a document quotes some seven sentences. */
#define S_TC_QBITS 9

typedef struct S_tcache {
  uint64_t serial; /* the set's whose strings these are; 0: none */
  S_tc_slot slot[1u << S_TC_BITS];
  S_tc_slot quote[1u << S_TC_QBITS];
  S_tc_addr addr[2][S_TC_ADDR]; /* frames, rule names */
  S_tc_key3 keys[S_TC_KEYS];
} S_tcache;

/* Made at the thread's first claim (cc_thread_calloc: as _Thread_local
 * storage its 47 kB were zeroed for every thread, and again at the first
 * set). */
static _Thread_local S_tcache *S_tc;
static atomic_uint_least64_t S_serials;

/* The thread's cache, emptied when it held another set's strings. */
static S_tcache *S_tc_for(const S_pool *s) {
  if (!S_tc) {
    S_tc = cc_thread_calloc(sizeof *S_tc); /* (empty) */
    S_tc->serial = s->serial;
  }
  if (S_tc->serial != s->serial) {
    memset(S_tc->slot, 0, sizeof S_tc->slot);
    memset(S_tc->quote, 0, sizeof S_tc->quote);
    memset(S_tc->addr, 0, sizeof S_tc->addr);
    memset(S_tc->keys, 0, sizeof S_tc->keys);
    S_tc->serial = s->serial;
  }
  return S_tc;
}

static uint64_t S_tc_key(uint64_t h, size_t n) {
  return (h & ~(uint64_t)UINT32_MAX) | (uint32_t)n;
}

/* The thread cache's hash of str[0..n) (n > 0): its first, middle and
 * last 8 bytes and its length mixed, not every byte as S_hash does (a
 * claim's strings are mostly settled in the cache, and S_hash is needed
 * only for the set's table, after a miss).  Up to 24 bytes every byte
 * counts; strings longer than that that differ only between those words
 * share a slot and push each other out, costing lookups in the table,
 * never a wrong answer (the cache compares the text). */
static inline uint64_t S_tc_hash(const char *str, size_t n) {
  uint64_t a, b;
  if (n >= 8) {
    a = S_load64(str) ^ S_load64(str + n / 2 - 4) * 0x9e3779b97f4a7c15ULL;
    b = S_load64(str + n - 8);
  } else {
    a = S_tail(str, n);
    b = 0;
  }
  uint64_t h = (a ^ n) * 0xff51afd7ed558ccdULL;
  h = (h ^ (h >> 32) ^ b) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

/* str[0..n) (S_tc_hash h)'s slot in the table tab of 1 << bits slots
 * (the thread cache's strings or its quotes); *hit is its copy when the
 * slot has it.  NULL: too long to be kept. */
CC_ALWAYS_INLINE S_tc_slot *S_tc_find_in(S_tc_slot *tab, unsigned bits,
                                         const char *str, size_t n,
                                         uint64_t h, const char **hit) {
  *hit = NULL;
  if (n > UINT32_MAX)
    return NULL;
  S_tc_slot *e = &tab[h & ((1u << bits) - 1)];
  if (e->str && e->key == S_tc_key(h, n) && S_eq(e->str, str, n))
    *hit = e->str;
  return e;
}

CC_ALWAYS_INLINE S_tc_slot *S_tc_find(S_tcache *tc, const char *str,
                                      size_t n, uint64_t h,
                                      const char **hit) {
  return S_tc_find_in(tc->slot, S_TC_BITS, str, n, h, hit);
}

/* The strings of one claim a shared pool has to look up (not settled by
 * a memo), hashed before the table is touched. */
#define S_NWANT 12

typedef struct S_want {
  const char *str;
  size_t n;
  uint64_t h;
  cc_arena *arena; /* where a copy goes */
  const char **dst;
  int field;       /* S_F_..., or -1: no memo */
  S_tc_slot *slot; /* the thread cache's slot to fill, or NULL */
  uint64_t tck;    /* slot: the key it takes (S_tc_key) */
} S_want;

typedef struct S_wants {
  S_want w[S_NWANT];
  int k;
  S_tcache *tc;
} S_wants;

/* *dst is str's copy: now when its field's memo (field >= 0) or the
 * thread's cache (cached) knows it, else after S_resolve.  Memos serve
 * what every claim of a document repeats (its path, outlet and mostly
 * the sentence quoted); the cache what recurs across claims and
 * documents, but not quotes, which rarely do (they would only push the
 * others out). */
CC_ALWAYS_INLINE void S_wish(S_pool *s, S_wants *ws, const char *str,
                             const char **dst, int field, bool cached) {
  if (!str || !*str) {
    *dst = "";
    return;
  }
  /* (the field's last copy given again, by the address: a copy is the
   * pool's, never changed while it lives) */
  if (field >= 0 && s->last[field] &&
      (s->last[field] == str || strcmp(s->last[field], str) == 0)) {
    *dst = s->last[field];
    return;
  }
  size_t n = strlen(str);
  S_tc_slot *slot = NULL;
  uint64_t tck = 0;
  if (cached) {
    const char *hit;
    uint64_t th = S_tc_hash(str, n);
    slot = S_tc_find(ws->tc, str, n, th, &hit);
    if (hit) {
      *dst = hit;
      if (field >= 0)
        s->last[field] = hit;
      return;
    }
    tck = S_tc_key(th, n);
  }
  ws->w[ws->k++] =
      (S_want){str, n, S_hash(str, n), s->arena, dst, field, slot, tck};
}

/* a is not NULL and reads as b: most differ in their first byte, and
 * are told apart without a call. */
static inline bool S_same_text(const char *a, const char *b) {
  return a && a[0] == b[0] && strcmp(a, b) == 0;
}

/* The slot of S_tcache.addr for address p (the top bits of a product:
 * strings lie at multiples of 8 or 16, and close together). */
static inline S_tc_addr *S_addr_slot(S_tcache *tc, int f, const char *p) {
  _Static_assert((S_TC_ADDR & (S_TC_ADDR - 1)) == 0, "a power of two");
  uint64_t a = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15ULL;
  return &tc->addr[f][a >> (64 - S_TC_ADDR_BITS)];
}

/* S_wish for a frame (f 0) or a rule name (f 1): settled without a
 * hash when the string at str's address was met there before and still
 * reads the same (a compare, as the caller may have changed it), or
 * without the compare when it was met there from the same owner (not 0:
 * cc_claim_store_add_fixed, whose caller says the owner's strings never
 * change while it lives). */
CC_ALWAYS_INLINE bool S_addr(S_pool *s, S_wants *ws, int f, const char *str,
                             const char **dst, uint32_t owner) {
  if (str) {
    const S_tc_addr *e = S_addr_slot(ws->tc, f, str);
    if (e->src == str &&
        ((owner && e->owner == owner) || S_same_text(e->dst, str))) {
      *dst = e->dst;
      return true; /* (the entry stays: its owner's word still holds) */
    }
  }
  S_wish(s, ws, str, dst, -1, true);
  return false;
}

/* Remember that str's copy is dst (S_addr), and str's owner. */
static inline void S_addr_keep(S_tcache *tc, int f, const char *str,
                               const char *dst, uint32_t owner) {
  if (str) {
    S_tc_addr *e = S_addr_slot(tc, f, str);
    e->src = str;
    e->dst = dst;
    e->owner = owner;
  }
}

/* The slot of S_tcache.keys for the set's copies f, s and o. */
static inline S_tc_key3 *S_key_slot(S_tcache *tc, const char *f,
                                    const char *s, const char *o) {
  uint64_t h = ((uint64_t)(uintptr_t)f * 0x9e3779b97f4a7c15ULL) ^
               (uint64_t)(uintptr_t)s;
  h = (h * 0xff51afd7ed558ccdULL) ^ (uint64_t)(uintptr_t)o;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return &tc->keys[h >> (64 - S_TC_KEYS_BITS)];
}

/* The first string of h's home bucket with h's tag: most lookups that
 * find their string find it there, and compare it. */
static void S_strtab_prefetch_str(const S_strtab *t, uint64_t h) {
  if (!t->nb)
    return;
  const S_bucket *b = &t->b[(size_t)h & (t->nb - 1)];
  uint8_t tag = S_tag(h);
  uint64_t tags = S_tags(b);
  for (uint64_t m = S_may(tags, tag); m; m &= m - 1) {
    unsigned j = (unsigned)__builtin_ctzll(m) >> 3;
    if (j < S_BSLOTS && b->tag[j] == tag) {
      S_PREFETCH(b->str[j]);
      return;
    }
  }
}

/* Every wish looked up (under the set's lock for a linked pool), their
 * cache lines asked for all at once: the slots, then the strings. */
static void S_resolve(S_pool *s, S_wants *ws) {
  if (ws->k > 1) { /* (one lookup has no other's misses to overlap) */
    for (int i = 0; i < ws->k; i++)
      S_strtab_prefetch(s->strings, ws->w[i].h);
    for (int i = 0; i < ws->k; i++)
      S_strtab_prefetch_str(s->strings, ws->w[i].h);
  }
  for (int i = 0; i < ws->k; i++) {
    const S_want *w = &ws->w[i];
    *w->dst = S_strtab_get_h(s->strings, w->arena, w->str, w->n, w->h);
    if (w->field >= 0)
      s->last[w->field] = *w->dst;
    if (w->slot)
      *w->slot = (S_tc_slot){w->tck, *w->dst};
  }
}


static bool S_set_trylock(cc_claim_set *set);

static void *S_room_refill(S_pool *s, S_room *r, size_t size);

/* size bytes at a multiple of align (a power of two) from the room r of
 * the shared pool s, not zeroed: the room's next bytes, without a call,
 * or (S_room_refill) a new piece's. */
CC_ALWAYS_INLINE void *S_room_take(S_pool *s, S_room *r, size_t size,
                                   size_t align) {
  uintptr_t at = ((uintptr_t)r->at + align - 1) & ~(uintptr_t)(align - 1);
  if (r->at && at + size <= (uintptr_t)r->end) {
    r->at = (char *)at + size;
    return (char *)at;
  }
  return S_room_refill(s, r, size);
}

/* A copy of str in the pool's room r, not interned: the one the table
 * tab (1 << bits slots of the thread's cache) knows, else a new one,
 * which it then knows. */
CC_ALWAYS_INLINE const char *S_keep_in(S_pool *s, S_room *r, S_tc_slot *tab,
                                       unsigned bits, const char *str) {
  if (!str || !*str)
    return "";
  size_t n = strlen(str);
  uint64_t th = S_tc_hash(str, n);
  const char *hit;
  S_tc_slot *slot = S_tc_find_in(tab, bits, str, n, th, &hit);
  if (hit)
    return hit;
  char *p = S_room_take(s, r, n + 1, 1);
  memcpy(p, str, n + 1);
  if (slot)
    *slot = (S_tc_slot){S_tc_key(th, n), p};
  return p;
}

/* The pool's copy of str (S_pool.room), through the cache's strings. */
CC_ALWAYS_INLINE const char *S_keep(S_pool *s, S_tcache *tc,
                                    const char *str) {
  return S_keep_in(s, &s->room, tc->slot, S_TC_BITS, str);
}

/* The pool's copy of the quote q (S_pool.qroom), through the cache's
 * quotes, apart from its other strings. */
static const char *S_keep_quote(S_pool *s, S_tcache *tc, const char *q) {
  return S_keep_in(s, &s->qroom, tc->quote, S_TC_QBITS, q);
}

/* S_dup_list for a shared pool: the array and its members in the pool's
 * own arena (S_keep: a list names the people a document names again and
 * again), no lock taken. */
static const char **S_keep_list(S_pool *s, S_tcache *tc, const char **v,
                                uint32_t n) {
  if (!v || !n)
    return NULL;
  const char **out =
      S_room_take(s, &s->room, n * sizeof *out, sizeof *out);
  for (uint32_t i = 0; i < n; i++)
    out[i] = S_keep(s, tc, v[i]);
  return out;
}

/* S_claim_copy for a shared pool (a set's, or a store made for one): the
 * strings that name records that no memo settles are hashed first, then
 * looked up together in the set's table, with the set's lock (linked)
 * held for the lookups only; the others are the pool's own copies
 * (S_keep, S_keep_quote), made without the lock. */
static bool S_claim_copy_shared(S_pool *s, const cc_claim *c, cc_claim *n,
                                uint32_t owner) {
  S_wants ws;
  ws.k = 0;
  ws.tc = S_tc_for(s);
  bool frame_known = S_addr(s, &ws, 0, c->frame, &n->frame, owner);
  S_wish(s, &ws, c->subject, &n->subject, -1, true);
  S_wish(s, &ws, c->object, &n->object, -1, true);
  /* the key by the set's copies of frame, subject and object when all
   * three are known now: a key made of them, or the caller's compared
   * with the one met with them */
  bool made = !(c->key && *c->key);
  S_tc_key3 *k3 = NULL;
  if (!ws.k) {
    k3 = S_key_slot(ws.tc, n->frame, n->subject, n->object);
    if (k3->frame != n->frame || k3->subject != n->subject ||
        k3->object != n->object || (made && !k3->made) ||
        (!made && strcmp(k3->key, c->key) != 0))
      k3 = NULL;
  }
  cc_buf kb = CC_BUF_INIT;
  if (k3)
    n->key = k3->key;
  else if (!made) {
    S_wish(s, &ws, c->key, &n->key, -1, true);
  } else {
    cc_claim_make_key(c->frame, c->subject, c->object, &kb);
    S_wish(s, &ws, kb.ptr, &n->key, -1, true);
  }
  bool rule_known = S_addr(s, &ws, 1, c->rule, &n->rule, owner);
  /* the value and the strings like it: the pool's own copies (S_keep) */
  n->value = S_keep(s, ws.tc, c->value);
  /* a second value or a mention that reads as the value is the value */
  const char *value = c->value ? c->value : "";
  n->value2 = S_same_text(c->value2, value) ? n->value
                                            : S_keep(s, ws.tc, c->value2);
  n->derivation = S_keep(s, ws.tc, c->derivation);
  n->text = S_same_text(c->text, value) ? n->value
                                        : S_keep(s, ws.tc, c->text);
  /* (most claims have no list: no call for them) */
  n->nitems = c->items ? c->nitems : 0;
  n->items = n->nitems ? S_keep_list(s, ws.tc, c->items, n->nitems) : NULL;
  n->item_names = n->nitems && c->item_names
                      ? S_keep_list(s, ws.tc, c->item_names, n->nitems)
                      : NULL;
  S_wish(s, &ws, c->doc, &n->doc, S_F_DOC, false);
  S_wish(s, &ws, c->source, &n->source, S_F_SOURCE, true);
  /* the sentence's quote as the pool last kept it: a hit is proven by
   * the text (any sentence may read so: the table would answer the same
   * copy) */
  const char *q = c->quote;
  const char **qby = &s->qby[c->sentence & (S_QBY - 1)];
  if (!q || !*q)
    n->quote = "";
  else if (S_same_text(*qby, q))
    n->quote = *qby;
  else
    n->quote = *qby = S_keep_quote(s, ws.tc, q);
  if (s->lock && ws.k && !S_set_trylock(s->lock)) {
    cc_buf_free(&kb);
    return false; /* the set's table untouched (S_keep's copies are the
                     pool's own: they stay, and the cache may serve them) */
  }
  S_resolve(s, &ws);
  if (!frame_known)
    S_addr_keep(ws.tc, 0, c->frame, n->frame, owner);
  if (!rule_known)
    S_addr_keep(ws.tc, 1, c->rule, n->rule, owner);
  if (!k3) /* (the four are the set's now) */
    *S_key_slot(ws.tc, n->frame, n->subject, n->object) =
        (S_tc_key3){n->frame, n->subject, n->object, n->key, made};
  if (s->lock && ws.k)
    S_set_lock(s->lock, false);
  if (kb.ptr) /* (a key built here: rarely) */
    cc_buf_free(&kb);
  memcpy(n->unit, c->unit, sizeof n->unit);
  n->unit[sizeof n->unit - 1] = '\0';
  return true;
}

/* c into n with every string and list copied into the pool; false when
 * the pool is linked and its set's lock was taken (n is then unfinished,
 * and the set untouched). */
static bool S_claim_copy(S_pool *s, const cc_claim *c, cc_claim *n,
                         uint32_t owner) {
  *n = *c;
  if (s->share)
    return S_claim_copy_shared(s, c, n, owner);
  n->frame = S_intern_str(s, S_F_FRAME, c->frame);
  n->subject = S_intern_str(s, S_F_SUBJECT, c->subject);
  n->object = S_intern_str(s, S_F_OBJECT, c->object);
  if (c->key && *c->key) {
    n->key = S_intern_str(s, S_F_KEY, c->key);
  } else {
    cc_buf b = CC_BUF_INIT;
    cc_claim_make_key(n->frame, n->subject, n->object, &b);
    n->key = S_intern_str(s, S_F_KEY, b.ptr);
    cc_buf_free(&b);
  }
  n->rule = S_intern_str(s, S_F_RULE, c->rule);
  n->value = S_dup(s, c->value);
  n->value2 = S_dup_or(s, c->value2, n->value);
  n->derivation = S_dup(s, c->derivation);
  n->nitems = c->items ? c->nitems : 0;
  n->items = S_dup_list(s, c->items, n->nitems);
  n->item_names = c->item_names ? S_dup_list(s, c->item_names, n->nitems)
                                : NULL;
  n->doc = S_intern_str(s, S_F_DOC, c->doc);
  n->source = S_intern_str(s, S_F_SOURCE, c->source);
  n->text = S_dup_or(s, c->text, n->value);
  n->quote = S_quote(s, n->doc, c->quote);
  memcpy(n->unit, c->unit, sizeof n->unit);
  n->unit[sizeof n->unit - 1] = '\0';
  return true;
}

cc_claim *cc_claim_store_add_fixed(cc_claim_store *s, const cc_claim *c,
                                   uint32_t owner) {
  cc_claim *n =
      S_blocks_slot(&s->b, s->pool.linked ? NULL : s->own, sizeof *n);
  if (!S_claim_copy(&s->pool, c, n, owner)) { /* linked, and the lock was
                                               taken */
    if (!s->own)
      s->own = s->priv.arena = cc_arena_new();
    S_claim_copy(&s->priv, c, n, 0);
    *(uint32_t *)cc_vec_push(&s->deferred) = (uint32_t)(s->b.count - 1);
  }
  return n;
}

cc_claim *cc_claim_store_add(cc_claim_store *s, const cc_claim *c) {
  return cc_claim_store_add_fixed(s, c, 0);
}

void cc_claim_store_merge(cc_claim_store *dst, const cc_claim_store *src) {
  for (size_t i = 0; i < cc_claim_store_count(src); i++)
    cc_claim_store_add(dst, cc_claim_store_at(src, i));
}

/* ---- set: claims kept compact for a run ------------------------------------ */

/* The set's cc_claim_about records: open addressing over pointers, keyed
 * by the five string pointers (the set interns its strings, and a view's
 * come interned from its store, so equal pointers are the test; equal
 * strings at other addresses only cost a second record). */
typedef struct S_abouts {
  const cc_claim_about **slot; /* NULL: free */
  size_t cap, n;               /* a power of two (or 0); n <= cap / 2 */
  void *mem;                   /* slot is in it (S_table_alloc) */
} S_abouts;

struct cc_claim_set {
  S_blocks b;        /* cc_sclaim */
  S_pool pool;       /* the strings and lists */
  cc_arena *recs;    /* the blocks and records: apart from pool, so that
                        claims are put in without the lock */
  cc_arena *abouts_mem; /* the key and source records, apart from the
                        claims' blocks: the check stage reads a claim's
                        record claim after claim, and many claims share
                        one (packed among the blocks, each was on a line of
                        its own) */
  bool borrow;       /* a view: the strings and lists are the store's */
  /* guards pool: stores made for the set (cc_claim_store_new_for) intern
   * into it on any thread */
  pthread_mutex_t mu;
  const cc_claim_src *last_src;
  S_abouts abouts;
  const cc_claim_about *last_about;
  /* the strings the pools made for the set copy themselves (S_pool.room,
   * qroom; S_room_take): pieces of S_PIECE bytes cut from slabs of
   * S_SLAB bytes on huge pages (S_table_alloc), which were 4 KB pages of
   * malloc'd arena chunks: at 100 MB a page fault for every 4 KB of
   * values and quotes (some 8,000, a fifth of the run's), and
   * cc_arena_strndup a call a copy.  Guarded by slab_mu, not by the
   * set's lock, which a pool may find held when it needs a piece.  The
   * first slabs are smaller (S_SSLAB_FIRST, doubling): a short run's
   * strings fill a few pieces, and a huge page is 2 MB for the kernel to
   * zero at its first touch. */
  pthread_mutex_t slab_mu;
  char *sslab_at, *sslab_end; /* the last slab's room */
  size_t sslab_next;          /* the next slab's bytes (0: the first's) */
  cc_vec sslabs;     /* void *: the slabs' and large pieces' memory */
  cc_vec spare;      /* S_room: rooms of stores freed, for the next */
};

static const cc_claim_more S_no_more = {0, 0, NULL, NULL};

/* The five pointers mixed by multiplies and shifts (cc_hash_mem's loop
 * over their 40 bytes was most of a record's lookup): the top bits of
 * the products, where every bit of the pointers counts. */
static inline size_t S_about_home(const S_abouts *t,
                                  const cc_claim_about *a) {
  uint64_t h = (uint64_t)(uintptr_t)a->key * 0x9e3779b97f4a7c15ULL;
  h = (h ^ (h >> 29) ^ (uint64_t)(uintptr_t)a->frame) * 0xff51afd7ed558ccdULL;
  h = (h ^ (h >> 29) ^ (uint64_t)(uintptr_t)a->subject) * 0xc4ceb9fe1a85ec53ULL;
  h = (h ^ (h >> 29) ^ (uint64_t)(uintptr_t)a->object) * 0x9e3779b97f4a7c15ULL;
  h = (h ^ (h >> 29) ^ (uint64_t)(uintptr_t)a->rule) * 0xff51afd7ed558ccdULL;
  return (size_t)(h ^ (h >> 32)) & (t->cap - 1);
}

static bool S_about_eq(const cc_claim_about *a, const cc_claim_about *b) {
  return a->key == b->key && a->frame == b->frame &&
         a->subject == b->subject && a->object == b->object &&
         a->rule == b->rule;
}

static void S_abouts_grow(S_abouts *t) {
  size_t ocap = t->cap, cap = ocap ? 2 * ocap : 256;
  const cc_claim_about **old = t->slot;
  void *omem = t->mem, *p;
  t->mem = S_table_alloc(cap * sizeof *t->slot, &p);
  t->slot = p;
  t->cap = cap;
  for (size_t i = 0; i < ocap; i++) {
    if (!old[i])
      continue;
    size_t j = S_about_home(t, old[i]);
    while (t->slot[j])
      j = (j + 1) & (cap - 1);
    t->slot[j] = old[i];
  }
  cc_xfree(omem);
}

/* The home slot of c's record (the table has room for it). */
static size_t S_about_home_c(const S_abouts *t, const cc_claim *c) {
  const cc_claim_about a = {c->key, c->frame, c->subject, c->object, c->rule};
  return S_about_home(t, &a);
}

/* S_about with c's home slot i already found (SIZE_MAX: not yet), the
 * table grown beforehand for one more record. */
static const cc_claim_about *S_about_at(cc_claim_set *s, const cc_claim *c,
                                        size_t i) {
  cc_claim_about a = {c->key, c->frame, c->subject, c->object, c->rule};
  if (s->last_about && S_about_eq(s->last_about, &a))
    return s->last_about;
  S_abouts *t = &s->abouts;
  if (i == SIZE_MAX)
    i = S_about_home(t, &a);
  for (; t->slot[i]; i = (i + 1) & (t->cap - 1))
    if (S_about_eq(t->slot[i], &a))
      return s->last_about = t->slot[i];
  cc_claim_about *n = cc_arena_alloc_raw(s->abouts_mem, sizeof *n);
  *n = a;
  t->slot[i] = n;
  t->n++;
  return s->last_about = n;
}

/* The set's record of c's key, frame, subject, object and rule.  Claims of
 * one sentence often share it, so the last one is tried first. */
static const cc_claim_about *S_about(cc_claim_set *s, const cc_claim *c) {
  if (2 * (s->abouts.n + 1) > s->abouts.cap)
    S_abouts_grow(&s->abouts);
  return S_about_at(s, c, SIZE_MAX);
}

static bool S_same_str(const char *a, const char *b) {
  return a == b || strcmp(a, b) == 0;
}

/* +0.0 and nothing else (not -0.0, not NaN): the record is kept exact. */
static bool S_zero_bits(double v) {
  uint64_t u;
  memcpy(&u, &v, sizeof u);
  return u == 0;
}

/* The previous claim's record when it is the same document: claims come
 * document by document, so one record serves all of a document's. */
static const cc_claim_src *S_src(cc_claim_set *s, const cc_claim *c) {
  const cc_claim_src *l = s->last_src;
  if (l && S_same_str(l->doc, c->doc) && S_same_str(l->source, c->source) &&
      l->doc_date == c->doc_date && l->doc_index == c->doc_index)
    return l;
  cc_claim_src *n = cc_arena_alloc_raw(s->abouts_mem, sizeof *n);
  *n = (cc_claim_src){c->doc, c->source, c->doc_date, c->doc_index};
  s->last_src = n;
  return n;
}

static const cc_claim_more *S_more(cc_claim_set *s, const cc_claim *c) {
  if (S_zero_bits(c->lo2) && S_zero_bits(c->hi2) && !c->items &&
      !c->item_names)
    return &S_no_more;
  cc_claim_more *m = cc_arena_alloc_raw(s->recs, sizeof *m);
  *m = (cc_claim_more){c->lo2, c->hi2, c->items, c->item_names};
  return m;
}

/* c, whose strings are already the set's (or borrowed), packed; home is
 * its record's home slot when known (S_put_run), else SIZE_MAX. */
static const cc_sclaim *S_set_put_at(cc_claim_set *s, const cc_claim *c,
                                     size_t home) {
  const cc_claim_about *about =
      home == SIZE_MAX ? S_about(s, c) : S_about_at(s, c, home);
  cc_sclaim *n = S_blocks_slot(&s->b, s->recs, sizeof *n);
  /* field by field: a compound literal was zeroed whole first (rep
   * stosq, 43 instructions a claim), though every field is set */
  _Static_assert(sizeof *n == 15 * 8, "every field of cc_sclaim set below");
  n->about = about;
  n->lo = c->lo;
  n->hi = c->hi;
  n->value = c->value;
  n->text = c->text;
  n->quote = c->quote;
  n->value2 = c->value2;
  n->derivation = c->derivation;
  n->src = S_src(s, c);
  n->more = S_more(s, c);
  n->nitems = c->nitems;
  n->line = c->line;
  n->col = c->col;
  n->start = c->start;
  n->end = c->end;
  n->sentence = c->sentence;
  n->vkind = c->vkind;
  n->gran = c->gran;
  n->qual = c->qual;
  n->flags = c->flags;
  memcpy(n->unit, c->unit, sizeof n->unit);
  n->zone = c->zone;
  return n;
}

static const cc_sclaim *S_set_put(cc_claim_set *s, const cc_claim *c) {
  return S_set_put_at(s, c, SIZE_MAX);
}

/* Claims [lo, hi) of src (at most S_RUN of them, none deferred) packed
 * into s.  A run's table of records is far larger than the caches, and
 * finding a record reads a slot, then the record it points to: the
 * claims' slots are asked for first, then their records, so that the
 * misses of several claims overlap instead of coming one after another. */
#define S_RUN 16

static void S_put_run(cc_claim_set *s, const cc_claim_store *src, size_t lo,
                      size_t hi) {
  S_abouts *t = &s->abouts;
  while (2 * (t->n + (hi - lo)) > t->cap)
    S_abouts_grow(t); /* room for every record of the run: homes hold */
  size_t home[S_RUN];
  const cc_claim *c[S_RUN];
  size_t m = hi - lo;
  /* the store's claims in turn: a block found once */
  size_t k, off;
  S_locate(lo, &k, &off);
  const cc_claim *at = *CC_VEC_AT(&src->b.blocks, cc_claim *, k) + off;
  size_t left = S_block_size(k) - off;
  for (size_t j = 0; j < m; j++) {
    if (!left) {
      k++;
      at = *CC_VEC_AT(&src->b.blocks, cc_claim *, k);
      left = S_block_size(k);
    }
    c[j] = at++;
    left--;
    home[j] = S_about_home_c(t, c[j]);
    S_PREFETCH(&t->slot[home[j]]);
  }
  for (size_t j = 0; j < m; j++)
    if (t->slot[home[j]])
      S_PREFETCH(t->slot[home[j]]);
  for (size_t j = 0; j < m; j++)
    S_set_put_at(s, c[j], home[j]);
}

static cc_claim_set *S_set_new(bool borrow) {
  cc_claim_set *s = cc_xcalloc(1, sizeof *s);
  s->b.blocks = (cc_vec)CC_VEC_INIT(char *);
  s->b.slabbed = true;
  s->b.slabs = (cc_vec)CC_VEC_INIT(void *);
  S_pool_init(&s->pool);
  s->pool.share = true;
  s->pool.serial = atomic_fetch_add(&S_serials, 1) + 1;
  if (!borrow) { /* (a view interns nothing) */
    S_strtab_grow_to(&s->pool.own_strings, S_SET_BUCKETS);
  }
  s->pool.slabs_of = s;
  s->sslabs = (cc_vec)CC_VEC_INIT(void *);
  s->spare = (cc_vec)CC_VEC_INIT(S_room);
  pthread_mutex_init(&s->slab_mu, NULL);
  s->borrow = borrow;
  s->recs = cc_arena_new();
  s->abouts_mem = cc_arena_new();
  pthread_mutex_init(&s->mu, NULL);
  return s;
}

static S_pool *S_set_pool(cc_claim_set *set) { return &set->pool; }

static void S_set_lock(cc_claim_set *set, bool on);

/* Pieces of the set's string slabs are S_PIECE bytes (a few documents'
 * values and quotes): a store freed gives its rooms back for the next
 * store, so at most some stores in flight times two pieces are partly
 * used.  A string longer than a quarter of a piece gets a piece of its
 * own, and one longer than S_SLAB / 8 a block of its own. */
#define S_PIECE ((size_t)16 << 10)
#define S_SSLAB_FIRST (4 * S_PIECE)

/* A piece of at least size bytes of set's string slabs, aligned for
 * anything. */
static char *S_set_piece(cc_claim_set *set, size_t size) {
  char *p;
  size = (size + 15) & ~(size_t)15; /* (the next piece aligned too) */
  pthread_mutex_lock(&set->slab_mu);
  if (size > S_SLAB / 8) {
    p = cc_xmalloc(size);
    *(void **)cc_vec_push(&set->sslabs) = p;
  } else {
    if ((size_t)(set->sslab_end - set->sslab_at) < size) {
      void *q;
      size_t bytes = set->sslab_next ? set->sslab_next : S_SSLAB_FIRST;
      while (bytes < size) /* (size <= S_SLAB / 8) */
        bytes *= 2;
      /* (rooms are not zeroed, S_room_take: the smaller slabs are not
       * either) */
      if (bytes < S_SLAB)
        q = cc_xmalloc(bytes);
      *(void **)cc_vec_push(&set->sslabs) =
          bytes < S_SLAB ? q : S_table_alloc(bytes, &q);
      set->sslab_at = q;
      set->sslab_end = set->sslab_at + bytes;
      set->sslab_next = bytes < S_SLAB ? bytes * 2 : S_SLAB;
    }
    p = set->sslab_at;
    set->sslab_at += size;
  }
  pthread_mutex_unlock(&set->slab_mu);
  return p;
}

static void *S_room_refill(S_pool *s, S_room *r, size_t size) {
  if (size > S_PIECE / 4) /* (the room stays as it was) */
    return S_set_piece(s->slabs_of, size);
  r->at = S_set_piece(s->slabs_of, S_PIECE);
  r->end = r->at + S_PIECE;
  void *p = r->at; /* (a piece starts aligned for anything) */
  r->at += size;
  return p;
}

/* The rooms of the new store's pool p, the last ones a store gave back
 * (or none yet), or (back) p's rooms given back when it is freed. */
static void S_set_rooms(cc_claim_set *set, S_pool *p, bool back) {
  pthread_mutex_lock(&set->slab_mu);
  if (back) {
    *(S_room *)cc_vec_push(&set->spare) = p->room;
    *(S_room *)cc_vec_push(&set->spare) = p->qroom;
  } else if (set->spare.len >= 2) {
    p->qroom = *CC_VEC_AT(&set->spare, S_room, --set->spare.len);
    p->room = *CC_VEC_AT(&set->spare, S_room, --set->spare.len);
  }
  pthread_mutex_unlock(&set->slab_mu);
}

/* The lock is held for one claim's strings (about a microsecond): a
 * thread that finds it taken tries again a while before it sleeps, since
 * a sleep and a wake-up cost more than the wait (at 100 MB, --jobs 2 had
 * three times the context switches). */
#define S_SPINS 200

static bool S_set_trylock(cc_claim_set *set) {
  for (int i = 0; i < S_SPINS; i++)
    if (pthread_mutex_trylock(&set->mu) == 0)
      return true;
  return false;
}

static void S_set_lock(cc_claim_set *set, bool on) {
  if (!on)
    pthread_mutex_unlock(&set->mu);
  else if (!S_set_trylock(set))
    pthread_mutex_lock(&set->mu);
}

void cc__claim_set_hold(cc_claim_set *set, bool on) { S_set_lock(set, on); }

cc_claim_set *cc_claim_set_new(void) { return S_set_new(false); }

cc_claim_set *cc_claim_set_view(const cc_claim_store *src) {
  cc_claim_set *s = S_set_new(true);
  cc_claim_set_add_store(s, src);
  return s;
}

void cc_claim_set_free(cc_claim_set **sp) {
  if (!sp || !*sp)
    return;
  cc_claim_set *s = *sp;
  cc_vec_free(&s->b.blocks);
  for (size_t i = 0; i < s->b.slabs.len; i++)
    cc_xfree(*CC_VEC_AT(&s->b.slabs, void *, i));
  cc_vec_free(&s->b.slabs);
  cc_xfree(s->abouts.mem);
  S_pool_free(&s->pool);
  cc_arena_free(&s->recs);
  cc_arena_free(&s->abouts_mem);
  for (size_t i = 0; i < s->sslabs.len; i++)
    cc_xfree(*CC_VEC_AT(&s->sslabs, void *, i));
  cc_vec_free(&s->sslabs);
  cc_vec_free(&s->spare);
  pthread_mutex_destroy(&s->slab_mu);
  pthread_mutex_destroy(&s->mu);
  cc_xfree(s);
  *sp = NULL;
}

/* cc_claim_set_add under the set's lock. */
static const cc_sclaim *S_set_add(cc_claim_set *s, const cc_claim *c) {
  if (s->borrow)
    return S_set_put(s, c);
  cc_claim n;
  S_claim_copy(&s->pool, c, &n, 0);
  return S_set_put(s, &n);
}

const cc_sclaim *cc_claim_set_add(cc_claim_set *s, const cc_claim *c) {
  S_set_lock(s, true);
  const cc_sclaim *r = S_set_add(s, c);
  S_set_lock(s, false);
  return r;
}

void cc_claim_set_add_store(cc_claim_set *s, const cc_claim_store *src) {
  size_t n = cc_claim_store_count(src);
  if (src && src->set == s) {
    /* its strings and lists are the set's already: packed, not copied
     * (S_set_put touches no string: no lock), but for the few it had to
     * keep itself */
    const uint32_t *d = src->deferred.items;
    size_t nd = src->deferred.len, k = 0;
    for (size_t i = 0; i < n;) {
      if (k < nd && d[k] == i) {
        k++;
        S_set_lock(s, true);
        S_set_add(s, cc_claim_store_at(src, i));
        S_set_lock(s, false);
        i++;
        continue;
      }
      /* up to S_RUN claims before the next deferred one */
      size_t end = k < nd ? d[k] : n;
      if (end - i > S_RUN)
        end = i + S_RUN;
      S_put_run(s, src, i, end);
      i = end;
    }
    return;
  }
  S_set_lock(s, true);
  for (size_t i = 0; i < n; i++)
    S_set_add(s, cc_claim_store_at(src, i));
  S_set_lock(s, false);
}

void cc_claim_set_seal(cc_claim_set *s) {
  if (!s)
    return;
  S_strtab_free(&s->pool.own_strings);
  S_strtab_free(&s->pool.quotes);
  memset(s->pool.last, 0, sizeof s->pool.last);
  s->pool.last_quote = NULL;
  memset(s->pool.qby, 0, sizeof s->pool.qby);
  s->pool.quotes_doc = NULL;
  cc_xfree(s->abouts.mem);
  memset(&s->abouts, 0, sizeof s->abouts);
  s->last_about = NULL;
  s->last_src = NULL;
}

size_t cc_claim_set_count(const cc_claim_set *s) {
  return s ? s->b.count : 0;
}

const cc_sclaim *cc_claim_set_at(const cc_claim_set *s, size_t i) {
  if (!s || i >= s->b.count)
    return NULL;
  return S_blocks_at(&s->b, i, sizeof(cc_sclaim));
}

void cc_claim_set_iter_at(cc_claim_set_iter *it, const cc_claim_set *s,
                          size_t i) {
  *it = (cc_claim_set_iter){NULL, NULL, s, i};
}

const cc_sclaim *cc__claim_set_iter_block(cc_claim_set_iter *it) {
  const cc_claim_set *s = it->s;
  if (!s || it->next >= s->b.count)
    return NULL;
  size_t k, off;
  S_locate(it->next, &k, &off);
  size_t size = k < 6 ? (size_t)S_FIRST << k : S_BLOCK;
  size_t left = s->b.count - it->next, take = size - off;
  if (take > left)
    take = left;
  it->at = *CC_VEC_AT(&s->b.blocks, const cc_sclaim *, k) + off;
  it->end = it->at + take;
  it->next += take;
  return it->at++;
}

static int S_u32cmp(uint32_t a, uint32_t b) { return a < b ? -1 : a > b; }

static int S_claim_cmp(const void *pa, const void *pb) {
  const cc_claim *a = *(cc_claim *const *)pa, *b = *(cc_claim *const *)pb;
  int c = S_u32cmp(a->doc_index, b->doc_index);
  if (!c)
    c = S_u32cmp(a->start, b->start);
  if (!c)
    c = strcmp(a->rule, b->rule);
  if (!c)
    c = strcmp(a->key, b->key);
  if (!c)
    c = S_u32cmp(a->end, b->end);
  if (!c)
    c = strcmp(a->value, b->value);
  return c;
}

static int S_ptr_cmp(const void *pa, const void *pb) {
  uintptr_t a = (uintptr_t)*(const void *const *)pa;
  uintptr_t b = (uintptr_t)*(const void *const *)pb;
  return a < b ? -1 : a > b;
}

void cc_claim_store_sort(cc_claim_store *s) {
  size_t n = cc_claim_store_count(s);
  if (n < 2)
    return;
  /* sort pointers, then move the claims into that order */
  cc_claim **p = cc_xcalloc(n, sizeof *p);
  for (size_t i = 0; i < n; i++)
    p[i] = cc_claim_store_at(s, i);
  /* the claims a store made for a set keeps itself, by address (sorted
   * for a binary search), to renumber them */
  size_t nd = s->deferred.len;
  const cc_claim **d = cc_xcalloc(nd ? nd : 1, sizeof *d);
  for (size_t k = 0; k < nd; k++)
    d[k] = cc_claim_store_at(s, CC_VEC_AT(&s->deferred, uint32_t, k)[0]);
  qsort(d, nd, sizeof *d, S_ptr_cmp);
  qsort(p, n, sizeof *p, S_claim_cmp);
  s->deferred.len = 0;
  cc_claim *tmp = cc_xcalloc(n, sizeof *tmp);
  for (size_t i = 0; i < n; i++) {
    tmp[i] = *p[i];
    if (nd && bsearch(&p[i], d, nd, sizeof *d, S_ptr_cmp))
      *(uint32_t *)cc_vec_push(&s->deferred) = (uint32_t)i;
  }
  for (size_t i = 0; i < n; i++)
    *cc_claim_store_at(s, i) = tmp[i];
  cc_xfree(tmp);
  cc_xfree(d);
  cc_xfree(p);
}

/* ---- names ------------------------------------------------------------------ */

static const char *const S_vkinds[CC_VK__COUNT] = {
    "instant", "duration", "count", "percent", "money",
    "list",    "name",     "timepair", "weekday", "quantity", "unitpair",
    "rate"};

const char *cc_vkind_name(cc_vkind k) {
  return (unsigned)k < CC_VK__COUNT ? S_vkinds[k] : "unknown";
}

bool cc_vkind_parse(const char *str, cc_vkind *out) {
  for (int i = 0; i < CC_VK__COUNT; i++)
    if (str && strcmp(str, S_vkinds[i]) == 0) {
      *out = (cc_vkind)i;
      return true;
    }
  return false;
}

/* ---- zone ids ------------------------------------------------------------------- */

/* The zones met in this process, id - 1 the index.  A run meets a few
 * dozen; a thread's times ask for one zone after another, so its last
 * answer is tried first and the lock is taken only for another zone. */
#define S_ZONES_MAX 1024
static pthread_mutex_t S_zones_mu = PTHREAD_MUTEX_INITIALIZER;
static const char *S_zones[S_ZONES_MAX];
static unsigned S_nzones; /* under S_zones_mu */
static _Thread_local unsigned S_zone_last; /* an id, 0 when none */

uint16_t cc_zone_id(const char *zone) {
  if (!zone || !*zone || strlen(zone) > 63) /* (IANA names are shorter) */
    return 0;
  /* (an id this thread was given: its name was set before, under the
   * lock, and never changes) */
  unsigned l = S_zone_last;
  if (l && strcmp(S_zones[l - 1], zone) == 0)
    return (uint16_t)l;
  pthread_mutex_lock(&S_zones_mu);
  unsigned i = 0;
  while (i < S_nzones && strcmp(S_zones[i], zone) != 0)
    i++;
  if (i == S_nzones && i < S_ZONES_MAX)
    S_zones[S_nzones++] = cc_xstrdup(zone);
  pthread_mutex_unlock(&S_zones_mu);
  if (i == S_ZONES_MAX)
    return 0;
  S_zone_last = i + 1;
  return (uint16_t)(i + 1);
}

/* No lock: a slot is set once, before its id is given, and a claim
 * holding the id reached this thread after that (a slot never given
 * reads NULL). */
const char *cc_zone_name(unsigned id) {
  return id && id <= S_ZONES_MAX ? S_zones[id - 1] : NULL;
}

static const char *const S_flag_names[] = {
    "doc_date", "date_inferred", "year_inferred", "relative",
    "unresolved", "open_list", "zone_inferred", "time_only", "zone_given"};
#define S_NFLAGS (sizeof S_flag_names / sizeof S_flag_names[0])

void cc_claim_flags_format(unsigned flags, cc_buf *out) {
  cc_buf_reset(out);
  for (unsigned i = 0; i < S_NFLAGS; i++)
    if (flags & (1u << i)) {
      if (out->len)
        cc_buf_putc(out, ';');
      cc_buf_puts(out, S_flag_names[i]);
    }
  if (!out->ptr)
    cc_buf_puts(out, "");
}

/* ---- CSV writing -------------------------------------------------------------- */

enum {
  S_KEY, S_FRAME, S_SUBJECT, S_OBJECT, S_RULE, S_VKIND, S_GRAN, S_QUAL,
  S_FLAGS, S_LO, S_HI, S_LO2, S_HI2, S_UNIT, S_VALUE, S_VALUE2, S_DERIV,
  S_ITEMS, S_ITEM_NAMES, S_DOC, S_SOURCE, S_DOC_INDEX, S_LINE, S_COL,
  S_START, S_END, S_TEXT, S_QUOTE, S_SENTENCE, S_DOC_DATE, S_ZONE, S_NCOLS
};

static const char *const S_cols[S_NCOLS] = {
    "key", "frame", "subject", "object", "rule", "vkind", "gran", "qual",
    "flags", "lo", "hi", "lo2", "hi2", "unit", "value", "value2",
    "derivation", "items", "item_names", "doc", "source", "doc_index",
    "line", "col", "start", "end", "text", "quote", "sentence", "doc_date",
    "zone"};

/* A column a file written before it was added lacks: read as empty. */
static bool S_col_optional(int col) { return col == S_ZONE; }

/* "%.17g", with whole numbers below 10^15 (instants in seconds, counts:
 * most values) written directly, as "%.17g" writes them. */
static void S_num(double v, cc_buf *b) {
  cc_buf_reset(b);
  if (isnan(v)) {
    cc_buf_puts(b, "nan");
  } else if (isinf(v)) {
    cc_buf_puts(b, v > 0 ? "inf" : "-inf");
  } else if (v == floor(v) && fabs(v) < 1e15) {
    char num[24], *p = num;
    if (signbit(v))
      *p++ = '-';
    p = cc_put_uint(p, (unsigned long long)fabs(v), 0);
    cc_buf_put(b, num, (size_t)(p - num));
  } else {
    cc_buf_printf(b, "%.17g", v);
  }
}

static void S_uint(uint32_t v, cc_buf *b) {
  char num[16];
  cc_buf_put(b, num, (size_t)(cc_put_uint(num, v, 0) - num));
}

static void S_list_join(const char **v, uint32_t n, cc_buf *b) {
  cc_buf_reset(b);
  cc_buf_puts(b, "");
  for (uint32_t i = 0; v && i < n; i++) {
    if (i)
      cc_buf_putc(b, ';');
    for (const char *p = v[i] ? v[i] : ""; *p; p++) {
      if (*p == ';' || *p == '\\')
        cc_buf_putc(b, '\\');
      cc_buf_putc(b, *p);
    }
  }
}

/* One CSV field, always quoted: libcsv's writer doubles inner quotes. */
/* One quoted field and its separator appended to the row: libcsv's
 * csv_write into the buffer (csv_fwrite writes a byte at a time, a third
 * of extract --claims). */
static void S_field(cc_buf *row, const char *s, bool last) {
  size_t n = s ? strlen(s) : 0;
  size_t room = 2 * n + 3; /* every byte a quote, two around, a separator */
  if (row->cap - row->len < room + 2) {
    cc_buf_put(row, "", 0);
    size_t want = row->len + room + 2;
    if (row->cap < want) {
      row->ptr = cc_xrealloc(row->ptr, want * 2);
      row->cap = want * 2;
    }
  }
  row->len += csv_write(row->ptr + row->len, row->cap - row->len, s ? s : "", n);
  if (last) {
    row->ptr[row->len++] = '\r';
    row->ptr[row->len++] = '\n';
  } else {
    row->ptr[row->len++] = ',';
  }
  row->ptr[row->len] = '\0';
}

/* The cell as written: with a ' before it when a spreadsheet would run it
 * as a formula (cc_csv_needs_guard: article text is written by anyone),
 * and before one that begins with ' itself, so that the reader's one
 * rule, a leading ' is dropped, gives back every cell exactly. */
static const char *S_guard(const char *s, cc_buf *tmp) {
  if (!s || !*s ||
      !(*s == '\'' || *s == ' ' || *s == '=' || *s == '+' || *s == '-' ||
        *s == '@' || *s == '\t' || *s == '\r' || *s == '\n' ||
        (unsigned char)*s == 0xEF) ||
      (*s != '\'' && !cc_csv_needs_guard(s)))
    return s;
  cc_buf_reset(tmp);
  cc_buf_putc(tmp, '\'');
  cc_buf_puts(tmp, s);
  return tmp->ptr;
}

static void S_row_fields(const cc_claim *c, cc_buf f[S_NCOLS]) {
  for (int i = 0; i < S_NCOLS; i++)
    cc_buf_reset(&f[i]);
  cc_buf_puts(&f[S_KEY], c->key);
  cc_buf_puts(&f[S_FRAME], c->frame);
  cc_buf_puts(&f[S_SUBJECT], c->subject);
  cc_buf_puts(&f[S_OBJECT], c->object);
  cc_buf_puts(&f[S_RULE], c->rule);
  cc_buf_puts(&f[S_VKIND], cc_vkind_name((cc_vkind)c->vkind));
  cc_buf_puts(&f[S_GRAN], cc_gran_name((cc_gran)c->gran));
  cc_buf_puts(&f[S_QUAL], cc_qual_name((cc_qual)c->qual));
  cc_claim_flags_format(c->flags, &f[S_FLAGS]);
  S_num(c->lo, &f[S_LO]);
  S_num(c->hi, &f[S_HI]);
  S_num(c->lo2, &f[S_LO2]);
  S_num(c->hi2, &f[S_HI2]);
  cc_buf_puts(&f[S_UNIT], c->unit);
  cc_buf_puts(&f[S_VALUE], c->value);
  cc_buf_puts(&f[S_VALUE2], c->value2);
  cc_buf_puts(&f[S_DERIV], c->derivation);
  S_list_join(c->items, c->nitems, &f[S_ITEMS]);
  S_list_join(c->item_names, c->item_names ? c->nitems : 0,
              &f[S_ITEM_NAMES]);
  cc_buf_puts(&f[S_DOC], c->doc);
  cc_buf_puts(&f[S_SOURCE], c->source);
  S_uint(c->doc_index, &f[S_DOC_INDEX]);
  S_uint(c->line, &f[S_LINE]);
  S_uint(c->col, &f[S_COL]);
  S_uint(c->start, &f[S_START]);
  S_uint(c->end, &f[S_END]);
  cc_buf_puts(&f[S_TEXT], c->text);
  cc_buf_puts(&f[S_QUOTE], c->quote);
  S_uint(c->sentence, &f[S_SENTENCE]);
  if (c->flags & CC_CF_DOC_DATE) {
    char d[16];
    cc_format_date(c->doc_date, d);
    cc_buf_puts(&f[S_DOC_DATE], d);
  }
  const char *z = cc_zone_name(c->zone);
  if (z)
    cc_buf_puts(&f[S_ZONE], z);
}

int cc_claims_write_csv(const cc_claim_store *s, FILE *out, cc_err *err) {
  return cc_claims_write_csv_rows(s, out, true, err);
}

int cc_claims_write_csv_rows(const cc_claim_store *s, FILE *out, bool header,
                             cc_err *err) {
  int rc = 0;
  cc_buf row = CC_BUF_INIT;
  for (int i = 0; header && i < S_NCOLS; i++)
    S_field(&row, S_cols[i], i == S_NCOLS - 1);
  cc_buf f[S_NCOLS];
  memset(f, 0, sizeof f);
  cc_buf guarded = CC_BUF_INIT;
  for (size_t r = 0; r < cc_claim_store_count(s) && rc == 0; r++) {
    S_row_fields(cc_claim_store_at(s, r), f);
    for (int i = 0; i < S_NCOLS; i++)
      S_field(&row, S_guard(f[i].ptr, &guarded), i == S_NCOLS - 1);
    if (row.len >= 65536) { /* write in large pieces */
      rc = fwrite(row.ptr, 1, row.len, out) == row.len ? 0 : -1;
      row.len = 0;
    }
  }
  if (rc == 0 && row.len)
    rc = fwrite(row.ptr, 1, row.len, out) == row.len ? 0 : -1;
  cc_buf_free(&row);
  cc_buf_free(&guarded);
  for (int i = 0; i < S_NCOLS; i++)
    cc_buf_free(&f[i]);
  if (rc != 0 || ferror(out)) {
    cc_err_set(err, "writing claims CSV: %s", strerror(errno));
    return -1;
  }
  return 0;
}

/* ---- JSONL ------------------------------------------------------------------------ */

static json_t *S_jnum(double v) {
  if (isfinite(v))
    return json_real(v);
  return json_string(isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
}

static json_t *S_jlist(const char **v, uint32_t n) {
  json_t *a = json_array();
  for (uint32_t i = 0; v && i < n; i++)
    json_array_append_new(a, json_string(v[i] ? v[i] : ""));
  return a;
}

static json_t *S_claim_json(const cc_claim *c) {
  cc_buf fl = CC_BUF_INIT;
  cc_claim_flags_format(c->flags, &fl);
  json_t *o = json_object();
  json_object_set_new(o, "key", json_string(c->key));
  json_object_set_new(o, "frame", json_string(c->frame));
  json_object_set_new(o, "subject", json_string(c->subject));
  json_object_set_new(o, "object", json_string(c->object));
  json_object_set_new(o, "rule", json_string(c->rule));
  json_object_set_new(o, "vkind", json_string(cc_vkind_name(c->vkind)));
  json_object_set_new(o, "gran", json_string(cc_gran_name(c->gran)));
  json_object_set_new(o, "qual", json_string(cc_qual_name(c->qual)));
  json_object_set_new(o, "flags", json_string(fl.ptr ? fl.ptr : ""));
  json_object_set_new(o, "lo", S_jnum(c->lo));
  json_object_set_new(o, "hi", S_jnum(c->hi));
  json_object_set_new(o, "lo2", S_jnum(c->lo2));
  json_object_set_new(o, "hi2", S_jnum(c->hi2));
  json_object_set_new(o, "unit", json_string(c->unit));
  json_object_set_new(o, "value", json_string(c->value));
  json_object_set_new(o, "value2", json_string(c->value2));
  json_object_set_new(o, "derivation", json_string(c->derivation));
  json_object_set_new(o, "items", S_jlist(c->items, c->nitems));
  json_object_set_new(o, "item_names",
                      S_jlist(c->item_names, c->item_names ? c->nitems : 0));
  json_object_set_new(o, "doc", json_string(c->doc));
  json_object_set_new(o, "source", json_string(c->source));
  json_object_set_new(o, "doc_index", json_integer(c->doc_index));
  json_object_set_new(o, "line", json_integer(c->line));
  json_object_set_new(o, "col", json_integer(c->col));
  json_object_set_new(o, "start", json_integer(c->start));
  json_object_set_new(o, "end", json_integer(c->end));
  json_object_set_new(o, "text", json_string(c->text));
  json_object_set_new(o, "quote", json_string(c->quote));
  json_object_set_new(o, "sentence", json_integer(c->sentence));
  if (c->flags & CC_CF_DOC_DATE) {
    char d[16];
    cc_format_date(c->doc_date, d);
    json_object_set_new(o, "doc_date", json_string(d));
  } else {
    json_object_set_new(o, "doc_date", json_null());
  }
  const char *z = cc_zone_name(c->zone);
  json_object_set_new(o, "zone", z ? json_string(z) : json_null());
  cc_buf_free(&fl);
  return o;
}

int cc_claims_write_jsonl(const cc_claim_store *s, FILE *out, cc_err *err) {
  for (size_t i = 0; i < cc_claim_store_count(s); i++) {
    json_t *o = S_claim_json(cc_claim_store_at(s, i));
    /* json_string() refuses invalid UTF-8 (NULL member): the corpus
     * loader guarantees UTF-8, so this only guards hand-made claims. */
    int rc = json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (rc != 0 || fputc('\n', out) == EOF) {
      cc_err_set(err, "writing claims JSONL: %s", strerror(errno));
      return -1;
    }
  }
  if (ferror(out)) {
    cc_err_set(err, "writing claims JSONL: %s", strerror(errno));
    return -1;
  }
  return 0;
}

/* ---- CSV reading ------------------------------------------------------------------ */

typedef struct S_reader {
  cc_claim_store *store;
  const char *path;
  cc_err *err;
  size_t row;          /* 1-based, header is row 1 */
  int ncols;
  int map[64];         /* file column -> S_ column or -1 */
  int seen[S_NCOLS];
  cc_buf f[S_NCOLS];
  cc_vec items, names; /* char * scratch for lists */
  bool failed;
} S_reader;

static void S_fail(S_reader *r, int col, const char *fmt, const char *arg) {
  if (r->failed)
    return;
  r->failed = true;
  char msg[512];
  snprintf(msg, sizeof msg, fmt, arg);
  if (col >= 0)
    cc_err_set(r->err, "%s:%zu: column '%s': %s", r->path, r->row,
               S_cols[col], msg);
  else
    cc_err_set(r->err, "%s:%zu: %s", r->path, r->row, msg);
}

static void S_on_field(void *data, size_t n, void *ud) {
  S_reader *r = ud;
  int col = r->ncols++;
  if (r->failed)
    return;
  if (r->row == 1) {
    if (col >= 64) {
      S_fail(r, -1, "too many columns in the header%s", "");
      return;
    }
    r->map[col] = -1;
    for (int i = 0; i < S_NCOLS; i++)
      if (strlen(S_cols[i]) == n && memcmp(S_cols[i], data, n) == 0) {
        r->map[col] = i;
        r->seen[i] = 1;
      }
    return;
  }
  if (col < 64 && r->map[col] >= 0) {
    const char *d = data;
    if (n && d[0] == '\'') { /* the writer's guard (S_guard) */
      d++;
      n--;
    }
    cc_buf_reset(&r->f[r->map[col]]);
    cc_buf_put(&r->f[r->map[col]], d, n);
  }
}

static bool S_parse_u32(const char *s, uint32_t *out) {
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, 10);
  if (!*s || *end || errno || v > UINT32_MAX || *s == '-')
    return false;
  *out = (uint32_t)v;
  return true;
}

static bool S_parse_num(const char *s, double *out) {
  char *end;
  if (!*s)
    return false;
  *out = strtod(s, &end);
  return *end == '\0';
}

static bool S_parse_enum(const char *s, const char *(*name)(int), int n,
                         uint8_t *out) {
  for (int i = 0; i < n; i++)
    if (strcmp(s, name(i)) == 0) {
      *out = (uint8_t)i;
      return true;
    }
  uint32_t v;
  if (S_parse_u32(s, &v) && v < (uint32_t)n) {
    *out = (uint8_t)v;
    return true;
  }
  return false;
}

static const char *S_gran_name_i(int i) { return cc_gran_name((cc_gran)i); }
static const char *S_qual_name_i(int i) { return cc_qual_name((cc_qual)i); }

static bool S_parse_flags(const char *s, uint16_t *out) {
  uint32_t v;
  if (S_parse_u32(s, &v)) {
    *out = (uint16_t)v;
    return v < (1u << S_NFLAGS);
  }
  *out = 0;
  while (*s) {
    size_t n = strcspn(s, ";");
    unsigned i = 0;
    while (i < S_NFLAGS &&
           !(strlen(S_flag_names[i]) == n && memcmp(S_flag_names[i], s, n) == 0))
      i++;
    if (i == S_NFLAGS)
      return false;
    *out |= (uint16_t)(1u << i);
    s += n;
    if (*s == ';')
      s++;
  }
  return true;
}

/* Split "a;b\;c" into arena strings "a", "b;c".  Returns the count. */
static uint32_t S_split_list(S_reader *r, const char *s, cc_vec *v,
                             const char ***out) {
  v->len = 0;
  *out = NULL;
  if (!*s)
    return 0;
  cc_buf item = CC_BUF_INIT;
  for (const char *p = s;; p++) {
    if (*p == '\\' && p[1]) {
      cc_buf_putc(&item, *++p);
      continue;
    }
    if (*p == ';' || *p == '\0') {
      *(char **)cc_vec_push(v) = cc_arena_strdup(
          r->store->own, item.ptr ? item.ptr : "");
      cc_buf_reset(&item);
      if (*p == '\0')
        break;
      continue;
    }
    cc_buf_putc(&item, *p);
  }
  cc_buf_free(&item);
  *out = (const char **)v->items;
  return (uint32_t)v->len;
}

static const char *S_f(S_reader *r, int col) {
  return r->f[col].ptr ? r->f[col].ptr : "";
}

static void S_row_numbers(S_reader *r, cc_claim *c) {
  struct { int col; double *dst; } nums[] = {
      {S_LO, &c->lo}, {S_HI, &c->hi}, {S_LO2, &c->lo2}, {S_HI2, &c->hi2}};
  for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
    if (!S_parse_num(S_f(r, nums[i].col), nums[i].dst))
      S_fail(r, nums[i].col, "not a number: '%s'", S_f(r, nums[i].col));
  struct { int col; uint32_t *dst; } ints[] = {
      {S_DOC_INDEX, &c->doc_index}, {S_LINE, &c->line}, {S_COL, &c->col},
      {S_START, &c->start}, {S_END, &c->end}, {S_SENTENCE, &c->sentence}};
  for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
    if (!S_parse_u32(S_f(r, ints[i].col), ints[i].dst))
      S_fail(r, ints[i].col, "not a non-negative integer: '%s'",
             S_f(r, ints[i].col));
}

static void S_row_enums(S_reader *r, cc_claim *c) {
  cc_vkind vk = CC_VK_COUNT;
  if (!cc_vkind_parse(S_f(r, S_VKIND), &vk))
    S_fail(r, S_VKIND, "unknown value kind '%s'", S_f(r, S_VKIND));
  c->vkind = (uint8_t)vk;
  if (!S_parse_enum(S_f(r, S_GRAN), S_gran_name_i, CC_G_SECOND + 1,
                    &c->gran))
    S_fail(r, S_GRAN, "unknown granularity '%s'", S_f(r, S_GRAN));
  if (!S_parse_enum(S_f(r, S_QUAL), S_qual_name_i, CC_Q__COUNT, &c->qual))
    S_fail(r, S_QUAL, "unknown qualifier '%s'", S_f(r, S_QUAL));
  if (!S_parse_flags(S_f(r, S_FLAGS), &c->flags))
    S_fail(r, S_FLAGS, "unknown flag in '%s'", S_f(r, S_FLAGS));
}

/* The header again, in the same layout: files written by several
 * extract runs and joined (`xargs` splitting a long list, `cat`, a
 * Hadoop or Spark part file) repeat it.  A data row cannot match: its lo
 * and hi are numbers. */
static bool S_repeated_header(S_reader *r) {
  for (int i = 0; i < S_NCOLS; i++)
    if (r->seen[i] && strcmp(S_f(r, i), S_cols[i]) != 0)
      return false;
  return true;
}

static void S_on_row(int term, void *ud) {
  (void)term;
  S_reader *r = ud;
  int ncols = r->ncols;
  r->ncols = 0;
  if (r->failed)
    goto next;
  if (r->row == 1) {
    for (int i = 0; i < S_NCOLS; i++)
      if (!r->seen[i] && !S_col_optional(i)) {
        S_fail(r, -1, "header lacks the column '%s' (not a claims CSV?)",
               S_cols[i]);
        goto next;
      }
    goto next;
  }
  if (ncols == 1 && r->f[0].len == 0)
    goto next; /* blank line */
  if (S_repeated_header(r))
    goto next; /* shard outputs joined by cat, xargs or a Hadoop part */
  cc_claim c = {0};
  S_row_enums(r, &c);
  S_row_numbers(r, &c);
  if (strlen(S_f(r, S_UNIT)) >= sizeof c.unit)
    S_fail(r, S_UNIT, "longer than 3 bytes: '%s'", S_f(r, S_UNIT));
  const char *dd = S_f(r, S_DOC_DATE);
  if (*dd && !cc_parse_iso_date(dd, &c.doc_date))
    S_fail(r, S_DOC_DATE, "not a YYYY-MM-DD date: '%s'", dd);
  if (r->failed)
    goto next;
  c.key = S_f(r, S_KEY);
  c.frame = S_f(r, S_FRAME);
  c.subject = S_f(r, S_SUBJECT);
  c.object = S_f(r, S_OBJECT);
  c.rule = S_f(r, S_RULE);
  memcpy(c.unit, S_f(r, S_UNIT), strlen(S_f(r, S_UNIT)) + 1);
  c.value = S_f(r, S_VALUE);
  c.value2 = S_f(r, S_VALUE2);
  c.derivation = S_f(r, S_DERIV);
  const char **items, **names;
  c.nitems = S_split_list(r, S_f(r, S_ITEMS), &r->items, &items);
  uint32_t nn = S_split_list(r, S_f(r, S_ITEM_NAMES), &r->names, &names);
  if (nn && nn != c.nitems) {
    S_fail(r, S_ITEM_NAMES, "%s", "not as many names as items");
    goto next;
  }
  c.items = items;
  c.item_names = nn ? names : NULL;
  c.doc = S_f(r, S_DOC);
  c.source = S_f(r, S_SOURCE);
  c.text = S_f(r, S_TEXT);
  c.quote = S_f(r, S_QUOTE);
  c.zone = cc_zone_id(S_f(r, S_ZONE));
  cc_claim_store_add(r->store, &c);
next:
  for (int i = 0; i < S_NCOLS; i++)
    cc_buf_reset(&r->f[i]);
  r->row++;
}

static void S_reader_free(S_reader *r) {
  for (int i = 0; i < S_NCOLS; i++)
    cc_buf_free(&r->f[i]);
  cc_vec_free(&r->items);
  cc_vec_free(&r->names);
}

/* Where the CSV starts in the file's first chunk: after a UTF-8
 * byte-order mark (a file saved by Excel as "CSV UTF-8").  A file that
 * starts with '{' is JSON Lines (extract --claims --format jsonl): said
 * plainly rather than as a CSV error. */
static size_t S_csv_start(S_reader *r, const char *d, size_t n) {
  size_t at = n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  size_t k = at;
  while (k < n && (d[k] == ' ' || d[k] == '\t' || d[k] == '\r' ||
                   d[k] == '\n'))
    k++;
  if (k < n && (d[k] == '{' || d[k] == '[')) {
    cc_err_set(r->err, "%s: JSON, not CSV: check --claims reads the CSV "
                       "that 'extract --claims --format csv' writes",
               r->path);
    r->failed = true;
  }
  return at;
}

int cc_claims_read_csv(cc_claim_store *s, const char *path, cc_err *err) {
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *in = is_stdin ? stdin : fopen(path, "rb");
  if (!in) {
    cc_err_set(err, "%s: cannot open: %s", path, strerror(errno));
    return -1;
  }
  S_reader r = {.store = s, .path = is_stdin ? "<stdin>" : path, .err = err,
                .row = 1};
  r.items = (cc_vec)CC_VEC_INIT(char *);
  r.names = (cc_vec)CC_VEC_INIT(char *);
  struct csv_parser p;
  csv_init(&p, CSV_STRICT | CSV_APPEND_NULL | CSV_STRICT_FINI);
  char chunk[65536];
  size_t n;
  bool ok = true, first = true;
  while (ok && !r.failed && (n = fread(chunk, 1, sizeof chunk, in)) > 0) {
    size_t at = first ? S_csv_start(&r, chunk, n) : 0;
    first = false;
    if (!r.failed)
      ok = csv_parse(&p, chunk + at, n - at, S_on_field, S_on_row, &r) ==
           n - at;
  }
  if (ok && !r.failed && ferror(in)) {
    cc_err_set(err, "%s: read error: %s", r.path, strerror(errno));
    r.failed = true;
  }
  if (ok && !r.failed)
    ok = csv_fini(&p, S_on_field, S_on_row, &r) == 0;
  if (!ok && !r.failed) {
    cc_err_set(err, "%s:%zu: malformed CSV: %s", r.path, r.row,
               csv_strerror(csv_error(&p)));
    r.failed = true;
  }
  bool empty = !r.failed && r.row == 1;
  if (empty) /* (a part file its map task left empty: nothing to add) */
    cc_warn("%s: empty file, no claims (skipped)", r.path);
  csv_free(&p);
  S_reader_free(&r);
  if (!is_stdin)
    fclose(in);
  return r.failed ? -1 : empty ? 1 : 0;
}
