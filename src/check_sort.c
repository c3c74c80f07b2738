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

/* One pass of byte `shift / 8` from src into dst; false (nothing moved)
 * when every key has the same byte there. */
static bool S_pass_kv(const cc__kv *src, cc__kv *dst, size_t n,
                      unsigned shift) {
  size_t count[256] = {0};
  for (size_t i = 0; i < n; i++)
    count[(src[i].k >> shift) & 0xff]++;
  if (count[(src[0].k >> shift) & 0xff] == n)
    return false;
  size_t sum = 0;
  for (size_t b = 0; b < 256; b++) {
    size_t c = count[b];
    count[b] = sum;
    sum += c;
  }
  for (size_t i = 0; i < n; i++)
    dst[count[(src[i].k >> shift) & 0xff]++] = src[i];
  return true;
}

void cc__sort_kv(cc__kv *v, size_t n) {
  if (n < 2)
    return;
  cc__kv *tmp = cc_xcalloc(n, sizeof *tmp);
  cc__kv *src = v, *dst = tmp;
  for (unsigned shift = 0; shift < 64; shift += 8)
    if (S_pass_kv(src, dst, n, shift)) {
      cc__kv *t = src;
      src = dst;
      dst = t;
    }
  if (src != v)
    memcpy(v, src, n * sizeof *v);
  cc_xfree(tmp);
}

static bool S_pass_u64(const uint64_t *src, uint64_t *dst, size_t n,
                       unsigned shift) {
  size_t count[256] = {0};
  for (size_t i = 0; i < n; i++)
    count[(src[i] >> shift) & 0xff]++;
  if (count[(src[0] >> shift) & 0xff] == n)
    return false;
  size_t sum = 0;
  for (size_t b = 0; b < 256; b++) {
    size_t c = count[b];
    count[b] = sum;
    sum += c;
  }
  for (size_t i = 0; i < n; i++)
    dst[count[(src[i] >> shift) & 0xff]++] = src[i];
  return true;
}

void cc__sort_u64(uint64_t *v, size_t n) {
  if (n < 2)
    return;
  uint64_t *tmp = cc_xcalloc(n, sizeof *tmp);
  uint64_t *src = v, *dst = tmp;
  for (unsigned shift = 0; shift < 64; shift += 8)
    if (S_pass_u64(src, dst, n, shift)) {
      uint64_t *t = src;
      src = dst;
      dst = t;
    }
  if (src != v)
    memcpy(v, src, n * sizeof *v);
  cc_xfree(tmp);
}
