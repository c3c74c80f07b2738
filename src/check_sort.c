/* check_sort.c - radix sorts for the check stage's integer keys.
 *
 * The checks sort arrays of hashes and packed ids (deletion neighbours,
 * candidate pairs, an article's words).  qsort pays a comparator call per
 * comparison, n log n of them; a least-significant-digit radix sort makes
 * at most eight linear passes, skips the passes whose byte is the same in
 * every key, and is stable, so records with equal keys keep their order.
 */
#include "check_int.h"

#include <stdlib.h>
#include <string.h>

/* One least-significant-digit radix sort per element type T, KEY(x) its
 * key as a uint64_t, BITS the key's width.  S_pass_NAME moves byte
 * `shift / 8` from src into dst and answers false (nothing moved) when
 * every key has the same byte there. */
#define S_RADIX_SORT(NAME, T, KEY, BITS)                                     \
  static bool S_pass_##NAME(const T *src, T *dst, size_t n,                 \
                            unsigned shift) {                               \
    size_t count[256] = {0};                                                \
    for (size_t i = 0; i < n; i++)                                          \
      count[(KEY(src[i]) >> shift) & 0xff]++;                               \
    if (count[(KEY(src[0]) >> shift) & 0xff] == n)                          \
      return false;                                                         \
    size_t sum = 0;                                                         \
    for (size_t b = 0; b < 256; b++) {                                      \
      size_t c = count[b];                                                  \
      count[b] = sum;                                                       \
      sum += c;                                                             \
    }                                                                       \
    for (size_t i = 0; i < n; i++)                                          \
      dst[count[(KEY(src[i]) >> shift) & 0xff]++] = src[i];                 \
    return true;                                                            \
  }                                                                         \
                                                                            \
  void cc__sort_##NAME(T *v, size_t n) {                                    \
    if (n < 2)                                                              \
      return;                                                               \
    T *tmp = cc_xmalloc(n * sizeof *tmp);                                   \
    T *src = v, *dst = tmp;                                                 \
    for (unsigned shift = 0; shift < (BITS); shift += 8)                    \
      if (S_pass_##NAME(src, dst, n, shift)) {                              \
        T *t = src;                                                         \
        src = dst;                                                          \
        dst = t;                                                            \
      }                                                                     \
    if (src != v)                                                           \
      memcpy(v, src, n * sizeof *v);                                        \
    cc_xfree(tmp);                                                          \
  }

#define S_KEY_KV(x) ((x).k)
#define S_KEY_U64(x) (x)
#define S_KEY_U32(x) ((uint64_t)(x))
S_RADIX_SORT(kv, cc__kv, S_KEY_KV, 64)
S_RADIX_SORT(u64, uint64_t, S_KEY_U64, 64)
S_RADIX_SORT(u32, uint32_t, S_KEY_U32, 32)

/* ---- keys in a known range, keys nearly in order ---------------------------------- */

/* v[0..n) by k, stably, for keys below nkeys (dense ranks): one counting
 * pass and one scatter, where the radix sort made eight passes over the
 * records (two moving them, the rest counting a byte that never
 * changes).  Keys at or above nkeys are a caller's bug. */
void cc__sort_kv_dense(cc__kv *v, size_t n, size_t nkeys) {
  if (n < 2)
    return;
  size_t *at = cc_xcalloc(nkeys + 1, sizeof *at);
  for (size_t i = 0; i < n; i++)
    at[v[i].k + 1]++;
  for (size_t k = 0; k < nkeys; k++)
    at[k + 1] += at[k];
  cc__kv *tmp = cc_xmalloc(n * sizeof *tmp);
  for (size_t i = 0; i < n; i++)
    tmp[at[v[i].k]++] = v[i];
  memcpy(v, tmp, n * sizeof *v);
  cc_xfree(tmp);
  cc_xfree(at);
}

/* Moves an insertion sort may make per record before cc__sort_kv_near
 * hands the rest to the radix sort. */
#define S_NEAR_MOVES 4

/* v[0..n) by k, stably: by insertion while the records are nearly in
 * order (an article's claims mostly come in order of their offsets), by
 * the radix sort once the moves pass S_NEAR_MOVES per record.  The
 * insertion's steps are stable, so what it leaves holds equal keys in
 * their first order, and the stable radix sort of it is the stable sort
 * of the start: the same order either way, in linear work. */
void cc__sort_kv_near(cc__kv *v, size_t n) {
  size_t budget = S_NEAR_MOVES * n + 16;
  for (size_t i = 1; i < n; i++) {
    if (v[i - 1].k <= v[i].k)
      continue;
    cc__kv t = v[i];
    size_t j = i;
    for (; j > 0 && v[j - 1].k > t.k; j--)
      v[j] = v[j - 1];
    v[j] = t;
    if (i - j > budget) {
      cc__sort_kv(v, n);
      return;
    }
    budget -= i - j;
  }
}

/* ---- small arrays by a comparator ------------------------------------------------- */

/* Elements up to which cc__qsort sorts by insertion. */
#define S_SMALL 16

void cc__qsort(void *base, size_t n, size_t size,
               int (*cmp)(const void *, const void *)) {
  if (n > S_SMALL || size > 32) {
    qsort(base, n, size, cmp);
    return;
  }
  unsigned char *b = base, t[32];
  for (size_t i = 1; i < n; i++) {
    if (cmp(b + (i - 1) * size, b + i * size) <= 0)
      continue;
    memcpy(t, b + i * size, size);
    size_t j = i - 1;
    while (j > 0 && cmp(b + (j - 1) * size, t) > 0)
      j--;
    memmove(b + (j + 1) * size, b + j * size, (i - j) * size);
    memcpy(b + j * size, t, size);
  }
}

/* ---- hashes ------------------------------------------------------------------------ */

/* Records in a bucket above which it goes through the radix sort: bounds
 * the insertion sorts, whatever the keys (a crafted input can put many
 * hashes in one bucket). */
#define S_CROWD 16

/* v[0..n) by k, stably, by insertion (short runs: n <= S_CROWD here). */
void cc__insert_kv(cc__kv *v, size_t n) {
  for (size_t i = 1; i < n; i++) {
    cc__kv t = v[i];
    size_t j = i;
    for (; j > 0 && v[j - 1].k > t.k; j--)
      v[j] = v[j - 1];
    v[j] = t;
  }
}

/* A stable counting pass on the top `bits` bits puts records in
 * ascending buckets; a stable sort inside each bucket then gives the
 * order of a stable sort by the whole key.  With about one bucket per
 * two records, hashes leave a few records in each: four linear passes
 * against the radix sort's eight.  The records go from v to out (no
 * copy back: at 10,000 records the copy and the buckets' zeroing were a
 * third of the sort). */
size_t *cc__bucket_kv_hashed_to(const cc__kv *v, size_t n, cc__kv *out,
                                size_t *nbuckets) {
  if (n < 2) {
    if (n)
      out[0] = v[0];
    *nbuckets = 0;
    return NULL;
  }
  unsigned bits = 1;
  while (bits < 20 && ((size_t)2 << bits) < n)
    bits++;
  size_t nb = (size_t)1 << bits;
  unsigned shift = 64 - bits;
  size_t *start = cc_xcalloc(nb + 1, sizeof *start);
  for (size_t i = 0; i < n; i++)
    start[(v[i].k >> shift) + 1]++;
  for (size_t b = 0; b < nb; b++)
    start[b + 1] += start[b];
  for (size_t i = 0; i < n; i++)
    out[start[v[i].k >> shift]++] = v[i];
  /* start[b] is now the end of bucket b, the start of bucket b + 1 */
  *nbuckets = nb;
  return start;
}

void cc__sort_bucket_kv(cc__kv *v, size_t m) {
  if (m > S_CROWD)
    cc__sort_kv(v, m);
  else if (m > 1)
    cc__insert_kv(v, m);
}

void cc__sort_kv_hashed_to(const cc__kv *v, size_t n, cc__kv *out) {
  size_t nb, *end = cc__bucket_kv_hashed_to(v, n, out, &nb);
  for (size_t b = 0, a = 0; b < nb; a = end[b++])
    cc__sort_bucket_kv(out + a, end[b] - a);
  cc_xfree(end);
}

void cc__sort_kv_hashed(cc__kv *v, size_t n) {
  if (n < 2)
    return;
  cc__kv *tmp = cc_xmalloc(n * sizeof *tmp);
  cc__sort_kv_hashed_to(v, n, tmp);
  memcpy(v, tmp, n * sizeof *v);
  cc_xfree(tmp);
}

/* A k met by cc__shared_kv: the records of its first v and of its last
 * (indexes in the array: the slot takes 8 bytes, not the 16 of k and
 * the two v; first UINT32_MAX: a free slot). */
typedef struct S_kslot {
  uint32_t first, last;
} S_kslot;

/* Records ahead whose home slots cc__shared_kv asks for. */
#define S_SLOT_AHEAD 16

size_t cc__shared_kv(const cc__kv *v, size_t n, cc__kv *out, cc__kvtab *tab) {
  if (n < 2)
    return 0;
  if (n >= UINT32_MAX)
    abort(); /* (the slots hold indexes of 32 bits) */
  unsigned bits = 2; /* at most two thirds full */
  while (((size_t)1 << bits) < n + n / 2)
    bits++;
  size_t cap = (size_t)1 << bits, mask = cap - 1, m = 0;
  unsigned shift = 64 - bits;
  if (tab->cap < cap) {
    cc_xfree(tab->slot);
    tab->slot = cc_xmalloc(cap * sizeof(S_kslot));
    tab->cap = cap;
  }
  S_kslot *t = tab->slot;
  /* free: first UINT32_MAX, four slots a step (cap is a power of two of
   * at least 4): a store a slot, not a memset of each byte of the table
   * (glibc's rep stosb, which valgrind counts a byte an instruction) */
  for (size_t i = 0; i < cap; i += 4)
    t[i].first = t[i + 1].first = t[i + 2].first = t[i + 3].first =
        UINT32_MAX;
  for (size_t i = 0; i < n; i++) {
    /* the home slots are anywhere in a table of megabytes: asked for
     * ahead, they are known from the records in order */
    if (i + S_SLOT_AHEAD < n)
      __builtin_prefetch(&t[v[i + S_SLOT_AHEAD].k >> shift]);
    uint64_t k = v[i].k;
    size_t j = (size_t)(k >> shift);
    while (t[j].first != UINT32_MAX && v[t[j].first].k != k)
      j = (j + 1) & mask;
    S_kslot *e = &t[j];
    if (e->first == UINT32_MAX) {
      e->first = e->last = (uint32_t)i;
      continue;
    }
    if (v[e->last].v == v[i].v)
      continue; /* (a v's own equal records: one) */
    if (e->first == e->last) /* a second v: the first is shared too */
      out[m++] = v[e->first];
    out[m++] = v[i];
    e->last = (uint32_t)i;
  }
  /* the v of one k came in ascending order: a stable sort by k */
  cc__sort_kv(out, m);
  return m;
}

/* ---- ranks of shared pointers ------------------------------------------------------ */

/* Doubles the table (the first: 256 slots).  Free slots are those with
 * p NULL: no memset of the rest (the tables grow a few times a run, and
 * zeroing was most of a grow). */
void cc__ptab_grow(cc__ptab *t) {
  size_t ocap = t->cap;
  cc__pslot *old = t->slot;
  t->cap = ocap ? 2 * ocap : 256;
  t->slot = cc_xmalloc(t->cap * sizeof *t->slot);
  for (size_t i = 0; i < t->cap; i++)
    t->slot[i].p = NULL;
  for (size_t i = 0; i < ocap; i++)
    if (old[i].p) {
      size_t j = cc__ptab_home(t, old[i].p);
      while (t->slot[j].p)
        j = (j + 1) & (t->cap - 1);
      t->slot[j] = old[i];
    }
  cc_xfree(old);
}

void cc__ptab_prefetch(const cc__ptab *t, const void *p) {
  if (t->cap)
    __builtin_prefetch(&t->slot[cc__ptab_home(t, p)]);
}

void cc__ptab_free(cc__ptab *t) {
  cc_xfree(t->slot);
  *t = (cc__ptab){NULL, 0, 0};
}

/* ---- strings with a value ------------------------------------------------------------ */

/* t's slots: cap of them, all free (a power of two). */
static void S_stab_alloc(cc__stab *t, size_t cap) {
  t->cap = cap;
  t->slot = cc_xmalloc(cap * sizeof *t->slot);
  for (size_t i = 0; i < cap; i++) /* free: s NULL (no memset) */
    t->slot[i].s = NULL;
}

static void S_stab_grow(cc__stab *t) {
  size_t ocap = t->cap;
  cc__sslot *old = t->slot;
  S_stab_alloc(t, ocap ? 2 * ocap : 1024);
  for (size_t i = 0; i < ocap; i++)
    if (old[i].s) {
      size_t j = old[i].h & (t->cap - 1);
      while (t->slot[j].s)
        j = (j + 1) & (t->cap - 1);
      t->slot[j] = old[i];
    }
  cc_xfree(old);
}

void cc__stab_init(cc__stab *t, size_t cap) {
  size_t c = 2;
  while (c < cap)
    c *= 2;
  t->used = 0;
  S_stab_alloc(t, c);
}

cc__sslot *cc__stab_put(cc__stab *t, const char *s, size_t n, bool *fresh) {
  return cc__stab_put_h(t, s, n, (uint32_t)cc_hash_mem(s, n), fresh);
}

cc__sslot *cc__stab_put_h(cc__stab *t, const char *s, size_t n, uint32_t h,
                          bool *fresh) {
  if (2 * (t->used + 1) > t->cap)
    S_stab_grow(t);
  size_t k = h & (t->cap - 1);
  for (; t->slot[k].s; k = (k + 1) & (t->cap - 1)) {
    cc__sslot *e = &t->slot[k];
    if (e->h == h && e->n == n && memcmp(e->s, s, n) == 0) {
      *fresh = false;
      return e;
    }
  }
  *fresh = true;
  t->used++;
  t->slot[k] = (cc__sslot){s, NULL, (uint32_t)n, h};
  return &t->slot[k];
}

void cc__stab_free(cc__stab *t) {
  cc_xfree(t->slot);
  *t = (cc__stab){NULL, 0, 0};
}

/* A distinct pointer with its index: p first, so cmp, which takes the
 * address of an array element as the address of a pointer, reads it. */
typedef struct S_pdist {
  const void *p;
  size_t idx;
} S_pdist;

/* An order for the ranks: cmp, and a key that is a prefix of it, either
 * one level (prefix) or many (level). */
typedef struct S_order {
  int (*cmp)(const void *, const void *);
  uint64_t (*prefix)(const void *, const void *);
  cc__rank_key level;
  const void *ctx;
} S_order;

/* Levels of key after which the elements still equal go to cmp (a
 * crafted input of long shared prefixes; names and paths part sooner). */
#define S_MAXDEPTH 8

/* Elements of a run that go by insertion, and on the stack. */
#define S_RUN_STACK 64

static void S_tie_run(S_pdist *s, size_t m, const S_order *o,
                      unsigned depth, bool *tie);

/* The runs of kv[0..m) (sorted) of one key: an ended key (low byte 0)
 * of levels makes its run equal, any other goes a level deeper (or to
 * cmp).  tie[j]: s[j] equal to s[j - 1] under cmp (tie[0] is the
 * caller's). */
static void S_tie_runs(S_pdist *s, const cc__kv *kv, size_t m,
                       const S_order *o, unsigned depth, bool *tie) {
  for (size_t a = 0, b; a < m; a = b) {
    for (b = a + 1; b < m && kv[b].k == kv[a].k; b++)
      ;
    if (a)
      tie[a] = false;
    if (b - a < 2)
      continue;
    if (o->level && (kv[a].k & 0xff) == 0) /* all ended: equal */
      for (size_t j = a + 1; j < b; j++)
        tie[j] = true;
    else
      S_tie_run(s + a, b - a, o, depth + 1, tie + a);
  }
}

/* s[0..m), equal on the key's levels before depth and not ended, in the
 * order of cmp: by the key's next level (each string is read once a
 * level, where cmp in a sort read both of a pair at every compare: at
 * 1 GB a cache miss each), then deeper in the runs still equal; by cmp
 * past the levels or with a one-level key. */
static void S_tie_run(S_pdist *s, size_t m, const S_order *o,
                      unsigned depth, bool *tie) {
  if (m < 2)
    return;
  if (!o->level || depth > S_MAXDEPTH) {
    cc__qsort(s, m, sizeof *s, o->cmp);
    for (size_t j = 1; j < m; j++)
      tie[j] = o->cmp(&s[j - 1], &s[j]) == 0;
    return;
  }
  cc__kv kv_stack[S_RUN_STACK];
  S_pdist s_stack[S_RUN_STACK];
  bool small = m <= S_RUN_STACK;
  cc__kv *kv = small ? kv_stack : cc_xmalloc(m * sizeof *kv);
  S_pdist *t = small ? s_stack : cc_xmalloc(m * sizeof *t);
  for (size_t j = 0; j < m; j++)
    kv[j] = (cc__kv){o->level(s[j].p, o->ctx, depth), j};
  cc__sort_bucket_kv(kv, m);
  memcpy(t, s, m * sizeof *s);
  for (size_t j = 0; j < m; j++)
    s[j] = t[kv[j].v];
  S_tie_runs(s, kv, m, o, depth, tie);
  if (!small) {
    cc_xfree(kv);
    cc_xfree(t);
  }
}

/* The distinct pointers in the order of cmp: sorted by the key's first
 * level (a radix sort, no comparator call), then each run of one key by
 * the deeper levels or cmp. */
static void S_sort_keyed(S_pdist *d, size_t nd, const S_order *o,
                         uint32_t *rank_of) {
  cc__kv *kv = cc_xmalloc(nd * sizeof *kv);
  for (size_t j = 0; j < nd; j++)
    kv[j] = (cc__kv){o->level ? o->level(d[j].p, o->ctx, 0)
                              : o->prefix(d[j].p, o->ctx),
                     j};
  cc__sort_kv(kv, nd);
  S_pdist *s = cc_xmalloc(nd * sizeof *s);
  for (size_t j = 0; j < nd; j++)
    s[j] = d[kv[j].v];
  bool *tie = cc_xmalloc(nd * sizeof *tie);
  tie[0] = false;
  S_tie_runs(s, kv, nd, o, 0, tie);
  uint32_t r = 0;
  for (size_t j = 0; j < nd; j++) {
    r += j && !tie[j];
    rank_of[s[j].idx] = r;
  }
  cc_xfree(tie);
  cc_xfree(s);
  cc_xfree(kv);
}

static size_t S_rank_ptrs(const void *const *p, size_t n, const S_order *o,
                          uint32_t *rank) {
  int (*cmp)(const void *, const void *) = o->cmp;
  cc__ptab t = {NULL, 0, 0};
  cc_vec dv = CC_VEC_INIT(S_pdist);
  for (size_t i = 0; i < n; i++) {
    bool fresh;
    /* for now, the index of first appearance */
    rank[i] = cc__ptab_put(&t, p[i], &fresh);
    if (fresh) /* (in place while there is room: no memset a pointer) */
      CC__PUSH(&dv, S_pdist, ((S_pdist){p[i], rank[i]}));
  }
  cc__ptab_free(&t);
  S_pdist *d = dv.items;
  size_t nd = dv.len;
  uint32_t *rank_of = cc_xmalloc((nd ? nd : 1) * sizeof *rank_of);
  uint32_t r = 0;
  if ((o->prefix || o->level) && nd > 1) {
    S_sort_keyed(d, nd, o, rank_of);
    for (size_t j = 0; j < nd; j++)
      r = rank_of[j] > r ? rank_of[j] : r;
  } else {
    if (nd > 1)
      qsort(d, nd, sizeof *d, cmp);
    for (size_t j = 0; j < nd; j++) {
      r += j && cmp(&d[j - 1], &d[j]) != 0; /* equal under cmp: one rank */
      rank_of[d[j].idx] = r;
    }
  }
  for (size_t i = 0; i < n; i++)
    rank[i] = rank_of[rank[i]];
  cc_xfree(rank_of);
  cc_vec_free(&dv);
  return nd ? (size_t)r + 1 : 0;
}

size_t cc__rank_ptrs_keyed(const void *const *p, size_t n,
                           int (*cmp)(const void *, const void *),
                           uint64_t (*key)(const void *, const void *),
                           const void *ctx, uint32_t *rank) {
  S_order o = {cmp, key, NULL, ctx};
  return S_rank_ptrs(p, n, &o, rank);
}

size_t cc__rank_ptrs_levels(const void *const *p, size_t n,
                            int (*cmp)(const void *, const void *),
                            cc__rank_key key, const void *ctx,
                            uint32_t *rank) {
  S_order o = {cmp, NULL, key, ctx};
  return S_rank_ptrs(p, n, &o, rank);
}

size_t cc__rank_ptrs(const void *const *p, size_t n,
                     int (*cmp)(const void *, const void *), uint32_t *rank) {
  return cc__rank_ptrs_keyed(p, n, cmp, NULL, NULL, rank);
}

/* Up to 8 bytes of s, big-endian, zeros past its end: a prefix of
 * strcmp's order (bytes compared unsigned, a shorter string first). */
uint64_t cc__str_key8(const char *s) {
  uint64_t k = 0;
  size_t i = 0;
  for (; i < 8 && s[i]; i++)
    k = k << 8 | (unsigned char)s[i];
  if (i > 0 && i < 8)
    k <<= 8 * (8 - i);
  return k;
}
