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
 * 64-bit key.  S_pass_NAME moves byte `shift / 8` from src into dst and
 * answers false (nothing moved) when every key has the same byte there. */
#define S_RADIX_SORT(NAME, T, KEY)                                           \
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
    T *tmp = cc_xcalloc(n, sizeof *tmp);                                    \
    T *src = v, *dst = tmp;                                                 \
    for (unsigned shift = 0; shift < 64; shift += 8)                        \
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
S_RADIX_SORT(kv, cc__kv, S_KEY_KV)
S_RADIX_SORT(u64, uint64_t, S_KEY_U64)

/* ---- ranks of shared pointers ------------------------------------------------------ */

/* A distinct pointer and its rank (open addressing on the address). */
typedef struct S_pslot {
  const void *p; /* NULL: free */
  uint32_t rank;
} S_pslot;

static size_t S_pslot_of(const S_pslot *t, size_t cap, const void *p) {
  uint64_t h = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15ULL;
  size_t i = (size_t)(h >> 32) & (cap - 1);
  while (t[i].p && t[i].p != p)
    i = (i + 1) & (cap - 1);
  return i;
}

size_t cc__rank_ptrs(const void *const *p, size_t n,
                     int (*cmp)(const void *, const void *), uint32_t *rank) {
  size_t cap = 64;
  while (cap < 2 * n)
    cap *= 2;
  S_pslot *t = cc_xcalloc(cap, sizeof *t);
  const void **d = cc_xcalloc(n ? n : 1, sizeof *d);
  size_t nd = 0;
  for (size_t i = 0; i < n; i++) {
    size_t k = S_pslot_of(t, cap, p[i]);
    if (!t[k].p)
      t[k].p = d[nd++] = p[i];
    rank[i] = (uint32_t)k; /* the slot, for now */
  }
  if (nd > 1)
    qsort(d, nd, sizeof *d, cmp);
  uint32_t r = 0;
  for (size_t j = 0; j < nd; j++) {
    r += j && cmp(&d[j - 1], &d[j]) != 0; /* equal under cmp: one rank */
    t[S_pslot_of(t, cap, d[j])].rank = r;
  }
  for (size_t i = 0; i < n; i++)
    rank[i] = t[rank[i]].rank;
  cc_xfree(d);
  cc_xfree(t);
  return nd ? (size_t)r + 1 : 0;
}
