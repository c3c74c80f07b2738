/* check_sort.c - radix sorts for the check stage's integer keys.
 *
 * The checks sort arrays of hashes and packed ids (deletion neighbours,
 * candidate pairs, an article's words).  qsort pays a comparator call per
 * comparison, n log n of them; a least-significant-digit radix sort makes
 * at most eight linear passes, skips the passes whose byte is the same in
 * every key, and is stable, so records with equal keys keep their order.
 */
#include "check_int.h"

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
