/* test_check_sort.c - the check stage's radix sorts and stop words. */
#include "cc_test.h"

#include <string.h>

#include "../../src/check_int.h"

static uint64_t S_rand(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

static int S_u64cmp(const void *pa, const void *pb) {
  uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
  return a < b ? -1 : a > b;
}

/* Agrees with qsort on random keys, on keys sharing most of their bytes
 * (passes skipped) and on tiny arrays. */
static void test_sort_u64(void **state) {
  (void)state;
  size_t sizes[] = {0, 1, 2, 3, 100, 5000};
  uint64_t seed = 88172645463325252ULL;
  for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
    for (int kind = 0; kind < 3; kind++) {
      size_t n = sizes[s];
      uint64_t *a = calloc(n + 1, sizeof *a), *b = calloc(n + 1, sizeof *b);
      for (size_t i = 0; i < n; i++) {
        uint64_t r = S_rand(&seed);
        a[i] = kind == 0 ? r : kind == 1 ? (r & 0xff) << 40 : 7;
        b[i] = a[i];
      }
      cc__sort_u64(a, n);
      qsort(b, n, sizeof *b, S_u64cmp);
      assert_memory_equal(a, b, (n + 1) * sizeof *a);
      free(a);
      free(b);
    }
  }
}

static int S_u32cmp(const void *pa, const void *pb) {
  uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
  return a < b ? -1 : a > b;
}

/* The 32-bit sort (an article's word ids) agrees with qsort likewise. */
static void test_sort_u32(void **state) {
  (void)state;
  size_t sizes[] = {0, 1, 2, 3, 49, 100, 5000};
  uint64_t seed = 2463534242ULL;
  for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
    for (int kind = 0; kind < 3; kind++) {
      size_t n = sizes[s];
      uint32_t *a = calloc(n + 1, sizeof *a), *b = calloc(n + 1, sizeof *b);
      for (size_t i = 0; i < n; i++) {
        uint32_t r = (uint32_t)S_rand(&seed);
        a[i] = kind == 0 ? r : kind == 1 ? (r & 0xff) << 16 : 7;
        b[i] = a[i];
      }
      cc__sort_u32(a, n);
      qsort(b, n, sizeof *b, S_u32cmp);
      assert_memory_equal(a, b, (n + 1) * sizeof *a);
      free(a);
      free(b);
    }
  }
}

/* Stable: equal keys keep their order (the deletion neighbours rely on it
 * to come out by key index within one hash). */
static void test_sort_kv_stable(void **state) {
  (void)state;
  enum { N = 3000 };
  cc__kv *v = calloc(N, sizeof *v);
  uint64_t seed = 1234567;
  for (size_t i = 0; i < N; i++) {
    v[i].k = S_rand(&seed) % 50 * 0x0101010101ULL; /* many equal keys */
    v[i].v = i;
  }
  cc__sort_kv(v, N);
  for (size_t i = 1; i < N; i++) {
    assert_true(v[i - 1].k <= v[i].k);
    if (v[i - 1].k == v[i].k)
      assert_true(v[i - 1].v < v[i].v);
  }
  free(v);
}

/* cc__sort_kv_hashed gives cc__sort_kv's order: on hashes (about one a
 * bucket), on many equal keys, on keys crowded into one bucket (the
 * radix sort inside it) or a few, and on tiny arrays. */
static void test_sort_kv_hashed(void **state) {
  (void)state;
  size_t sizes[] = {0, 1, 2, 3, 17, 100, 5000, 70000};
  uint64_t seed = 987654321;
  for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
    for (int kind = 0; kind < 4; kind++) {
      size_t n = sizes[s];
      cc__kv *a = calloc(n + 1, sizeof *a), *b = calloc(n + 1, sizeof *b);
      for (size_t i = 0; i < n; i++) {
        uint64_t r = S_rand(&seed);
        a[i].k = kind == 0   ? r
                 : kind == 1 ? r % 7 * 0x9e3779b97f4a7c15ULL /* equal */
                 : kind == 2 ? r & 0xffff                  /* one bucket */
                             : (r & 0x3) << 62 | (r >> 20); /* four */
        a[i].v = i;
        b[i] = a[i];
      }
      cc__sort_kv_hashed(a, n);
      cc__sort_kv(b, n);
      assert_memory_equal(a, b, (n + 1) * sizeof *a);
      free(a);
      free(b);
    }
}

/* cc__bucket_kv_hashed_to scatters stably into buckets that are runs of
 * the order (every key of a bucket below every key of the next, equal
 * keys in one bucket, records in their first order inside a bucket), and
 * sorting the buckets of two or more records by cc__sort_bucket_kv gives
 * cc__sort_kv's order; below two records it copies and makes no bucket. */
static void test_bucket_kv_hashed(void **state) {
  (void)state;
  size_t sizes[] = {0, 1, 2, 3, 17, 100, 5000};
  uint64_t seed = 1234567;
  for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
    for (int kind = 0; kind < 3; kind++) {
      size_t n = sizes[s], nb;
      cc__kv *a = calloc(n + 1, sizeof *a), *b = calloc(n + 1, sizeof *b);
      cc__kv *out = calloc(n + 1, sizeof *out);
      for (size_t i = 0; i < n; i++) {
        uint64_t r = S_rand(&seed);
        a[i].k = kind == 0   ? r
                 : kind == 1 ? r % 7 * 0x9e3779b97f4a7c15ULL /* equal */
                             : r & 0xffff;                  /* one bucket */
        a[i].v = i;
        b[i] = a[i];
      }
      size_t *end = cc__bucket_kv_hashed_to(a, n, out, &nb);
      if (n < 2) {
        assert_null(end);
        assert_int_equal(nb, 0);
        if (n)
          assert_memory_equal(out, a, sizeof *a);
      } else {
        assert_int_equal(end[nb - 1], n);
        for (size_t bk = 0, lo = 0; bk < nb; lo = end[bk++]) {
          assert_true(lo <= end[bk]);
          for (size_t i = lo + 1; i < end[bk]; i++)
            assert_true(out[i - 1].v < out[i].v); /* stable */
          if (lo > 0 && lo < end[bk]) /* the last bucket before: below */
            for (size_t i = 0; i < lo; i++)
              for (size_t j = lo; j < end[bk]; j++)
                if (n <= 100)
                  assert_true(out[i].k < out[j].k);
          if (end[bk] - lo > 1)
            cc__sort_bucket_kv(out + lo, end[bk] - lo);
        }
        cc__sort_kv(b, n);
        assert_memory_equal(out, b, n * sizeof *b);
      }
      free(end);
      free(a);
      free(b);
      free(out);
    }
}

/* cc__sort_kv_dense and cc__sort_kv_near give cc__sort_kv's order:
 * dense ranks (few and many equal), keys in order, nearly in order (a
 * few swapped: by insertion), reversed and random (past the insertion's
 * budget: the radix sort finishes what the insertion began). */
/* cc__shared_kv against its definition: the records sorted stably by k,
 * each run of one k cut to its distinct v, kept where two or more. */
static size_t S_shared_ref(const cc__kv *v, size_t n, cc__kv *out) {
  cc__kv *s = calloc(n + 1, sizeof *s);
  memcpy(s, v, n * sizeof *s);
  cc__sort_kv(s, n);
  size_t m = 0;
  for (size_t a = 0, b; a < n; a = b) {
    size_t distinct = 1;
    for (b = a + 1; b < n && s[b].k == s[a].k; b++)
      distinct += s[b].v != s[b - 1].v;
    for (size_t i = a; i < b && distinct >= 2; i++)
      if (i == a || s[i].v != s[i - 1].v)
        out[m++] = s[i];
  }
  free(s);
  return m;
}

static void test_shared_kv(void **state) {
  (void)state;
  size_t sizes[] = {0, 1, 2, 3, 17, 100, 5000, 40, 3};
  uint64_t seed = 7654321;
  cc__kvtab tab = {NULL, 0}; /* one table for all (smaller arrays after) */
  for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
    for (int kind = 0; kind < 4; kind++) {
      size_t n = sizes[s];
      cc__kv *a = calloc(n + 1, sizeof *a), *got = calloc(n + 1, sizeof *got);
      cc__kv *want = calloc(n + 1, sizeof *want);
      uint64_t val = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t r = S_rand(&seed);
        if (i && r % 3 == 0) /* the next v (each v's records together) */
          val++;
        r = S_rand(&seed);
        a[i].k = kind == 0   ? r                               /* distinct */
                 : kind == 1 ? r % 11 * 0x9e3779b97f4a7c15ULL  /* shared */
                 : kind == 2 ? r & 0xffff /* one home slot: long probes */
                             : (r % 2 ? r : (r % 5 + 1) << 60);
        a[i].v = val;
      }
      size_t m = cc__shared_kv(a, n, got, &tab),
             mr = S_shared_ref(a, n, want);
      assert_int_equal(m, mr);
      if (m)
        assert_memory_equal(got, want, m * sizeof *got);
      free(a);
      free(got);
      free(want);
    }
  cc_xfree(tab.slot);
}

static void test_sort_kv_dense_near(void **state) {
  (void)state;
  size_t sizes[] = {0, 1, 2, 3, 17, 100, 5000};
  uint64_t seed = 42424242;
  for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
    for (int kind = 0; kind < 5; kind++) {
      size_t n = sizes[s], nkeys = kind == 0 ? 3 : n + 1;
      cc__kv *a = calloc(n + 1, sizeof *a), *b = calloc(n + 1, sizeof *b),
             *c = calloc(n + 1, sizeof *c);
      for (size_t i = 0; i < n; i++) {
        uint64_t r = S_rand(&seed);
        a[i].k = kind == 0   ? r % 3
                 : kind == 1 ? i / 2                         /* in order */
                 : kind == 2 ? (r % 8 ? i : r % (n + 1)) / 2 /* nearly */
                 : kind == 3 ? (n - i) / 3                   /* reversed */
                             : r % (n + 1);                  /* random */
        a[i].v = i;
      }
      memcpy(b, a, (n + 1) * sizeof *a);
      memcpy(c, a, (n + 1) * sizeof *a);
      cc__sort_kv(b, n);
      cc__sort_kv_dense(a, n, nkeys);
      assert_memory_equal(a, b, (n + 1) * sizeof *a);
      cc__sort_kv_near(c, n);
      assert_memory_equal(c, b, (n + 1) * sizeof *c);
      free(a);
      free(b);
      free(c);
    }
}

typedef struct S_rec {
  uint64_t key, order; /* order: the place it came in */
} S_rec;

static int S_rec_cmp(const void *pa, const void *pb) {
  const S_rec *a = pa, *b = pb;
  return a->key < b->key ? -1 : a->key > b->key;
}

/* cc__qsort gives glibc's qsort's order (stable: equal keys keep the
 * order they came in) by insertion up to 16 elements and through qsort
 * above: sizes around the limit, few distinct keys, sorted and reversed
 * input. */
static void test_qsort_small(void **state) {
  (void)state;
  uint64_t seed = 99991;
  for (size_t n = 0; n <= 40; n++)
    for (int kind = 0; kind < 4; kind++) {
      S_rec a[40] = {{0, 0}}, b[40] = {{0, 0}};
      for (size_t i = 0; i < n; i++) {
        uint64_t r = S_rand(&seed);
        a[i].key = kind == 0 ? r % 4 : kind == 1 ? i : kind == 2 ? n - i : r;
        a[i].order = i;
      }
      memcpy(b, a, sizeof a);
      cc__qsort(a, n, sizeof *a, S_rec_cmp);
      for (size_t i = 1; i < n; i++) { /* stable, by key */
        assert_true(a[i - 1].key <= a[i].key);
        if (a[i - 1].key == a[i].key)
          assert_true(a[i - 1].order < a[i].order);
      }
      qsort(b, n, sizeof *b, S_rec_cmp);
      assert_memory_equal(a, b, n * sizeof *a);
    }
}

static int S_pstrcmp(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

static uint64_t S_skip_key(const void *p, const void *ctx) {
  return cc__str_key8((const char *)p + *(const size_t *)ctx);
}

/* cc__rank_ptrs_keyed gives cc__rank_ptrs's ranks: strings that share
 * their first bytes, that agree on the 8 bytes of the key and differ
 * after, prefixes of each other, equal strings at two addresses (one
 * rank), pointers met many times; and cc__str_key8 orders as strcmp. */
static void test_rank_keyed(void **state) {
  (void)state;
  enum { N = 3000, D = 700 };
  static char strs[D][40];
  const char **p = calloc(N, sizeof *p);
  uint32_t *a = calloc(N, sizeof *a), *b = calloc(N, sizeof *b);
  uint64_t seed = 777;
  for (int i = 0; i < D; i++) {
    uint64_t r = S_rand(&seed);
    int len = (int)(r % 13);
    memcpy(strs[i], "/corpus/x/", 10);
    for (int j = 0; j < len; j++) /* few letters: many equal prefixes */
      strs[i][10 + j] = (char)('a' + (r >> (8 + 2 * j)) % 3);
    strs[i][10 + len] = '\0';
    if (i % 50 == 7) /* a non-ASCII byte: compared unsigned */
      strs[i][10] = (char)0xc3;
  }
  for (int i = 0; i < N; i++)
    p[i] = strs[S_rand(&seed) % D];
  for (int i = 0; i < D; i++)
    for (int j = 0; j < D; j++) {
      uint64_t ki = cc__str_key8(strs[i]), kj = cc__str_key8(strs[j]);
      if (ki < kj)
        assert_true(strcmp(strs[i], strs[j]) < 0);
    }
  for (size_t skip = 0; skip <= 10; skip += 10) {
    size_t na = cc__rank_ptrs((const void *const *)p, N, S_pstrcmp, a);
    size_t nb = cc__rank_ptrs_keyed((const void *const *)p, N, S_pstrcmp,
                                    S_skip_key, &skip, b);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, N * sizeof *a);
  }
  free(p);
  free(a);
  free(b);
}

/* A string's bytes after *ctx of them, 8 a level: the levels of
 * S_pstrcmp's order for cc__rank_ptrs_levels. */
static uint64_t S_level_key(const void *p, const void *ctx, unsigned depth) {
  return cc__str_key8((const char *)p + *(const size_t *)ctx + 8 * depth);
}

/* cc__rank_ptrs_levels gives the ranks cc__rank_ptrs does: strings that
 * share long prefixes (past the levels it reads, where strcmp decides),
 * that end inside a level or exactly at its end (8 and 16 bytes), the
 * empty string, duplicates, and bytes above 0x7f (compared unsigned). */
static void test_rank_levels(void **state) {
  (void)state;
  enum { N = 4000, D = 900 };
  static char strs[D][120];
  const char **p = calloc(N, sizeof *p);
  uint32_t *a = calloc(N, sizeof *a), *b = calloc(N, sizeof *b);
  uint64_t seed = 4242;
  for (int i = 0; i < D; i++) {
    uint64_t r = S_rand(&seed);
    /* lengths up to 100: past the 8 levels of 8 bytes in some */
    int len = i % 9 == 0 ? 8 * (int)(r % 13) : (int)(r % 101);
    memcpy(strs[i], "/corpus/", 8);
    for (int j = 0; j < len; j++) { /* two letters: long equal prefixes */
      if (j % 8 == 0)
        r = S_rand(&seed);
      strs[i][8 + j] = (char)('a' + ((r >> (j % 8)) & (j < 70 ? 0 : 1)));
    }
    strs[i][8 + len] = '\0';
    if (i % 40 == 3 && len > 20) /* a non-ASCII byte deep in it */
      strs[i][8 + 17] = (char)0xe9;
  }
  for (int i = 0; i < N; i++)
    p[i] = strs[S_rand(&seed) % D];
  for (size_t skip = 0; skip <= 8; skip += 8) {
    size_t na = cc__rank_ptrs((const void *const *)p, N, S_pstrcmp, a);
    size_t nb = cc__rank_ptrs_levels((const void *const *)p, N, S_pstrcmp,
                                     S_level_key, &skip, b);
    assert_true(na > 100);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, N * sizeof *a);
  }
  free(p);
  free(a);
  free(b);
}

static void test_common_words(void **state) {
  (void)state;
  /* every stop word is found, so the table is in strcmp order */
  const char *stop[] = {
      "The", "A", "An", "I", "It", "In", "On", "At", "He", "She", "They",
      "We", "But", "And", "This", "That", "Mr", "Mrs", "Ms", "Dr", "GMT",
      "UTC", "BST", "EST", "EDT", "PST", "PDT", "CET", "ET", "PT", "AM",
      "PM", "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "US", "U", "S", "UK", "EU", "UN", "BBC", "President", "Minister",
      "Government", "Mr.", "Sir", "New", "North", "South", "East", "West"};
  for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
    assert_true(cc__common_word(stop[i], strlen(stop[i])));
  const char *other[] = {"Putin", "Th", "Thee", "Mayor", "Zelensky", "Ab",
                         "USA", "Westminster", "Septembers",
                         "Governmentalisations"};
  for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
    assert_false(cc__common_word(other[i], strlen(other[i])));
  /* a word inside a longer sentence: only its n bytes count */
  assert_true(cc__common_word("Monday morning", 6));
}

/* cc__ptab numbers distinct pointers in order of first sight, through
 * its growth, and tells new from seen. */
static void test_ptab(void **state) {
  (void)state;
  enum { N = 5000 };
  static char cells[N];
  cc__ptab t = {NULL, 0, 0};
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < N; i++) {
      /* every third cell twice in a row: seen the second time */
      for (int k = 0; k < 1 + (i % 3 == 0); k++) {
        bool fresh;
        uint32_t id = cc__ptab_put(&t, &cells[i], &fresh);
        assert_int_equal(id, (uint32_t)i);
        assert_int_equal(fresh, round == 0 && k == 0);
      }
    }
  assert_int_equal(t.used, N);
  cc__ptab_free(&t);
  assert_null(t.slot);
  assert_int_equal(t.used, 0);
}

/* cc__stab finds a string by its bytes (not its address) through the
 * table's growth, keeps each string's value, tells new from seen, and
 * keeps apart strings that are prefixes of each other or hold NULs. */
static void test_stab(void **state) {
  (void)state;
  enum { N = 4000 };
  static char keys[N][16];
  static int vals[N];
  cc__stab t = {NULL, 0, 0};
  for (int i = 0; i < N; i++)
    snprintf(keys[i], sizeof keys[i], "k\x1f%d", i);
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < N; i++) {
      char probe[16]; /* another address, the same bytes */
      memcpy(probe, keys[i], sizeof probe);
      bool fresh;
      cc__sslot *e = cc__stab_put(&t, probe, strlen(probe), &fresh);
      assert_int_equal(fresh, round == 0);
      if (fresh) {
        assert_ptr_equal(e->s, probe);
        assert_null(e->v);
        e->s = keys[i];
        e->v = &vals[i];
      }
      assert_ptr_equal(e->s, keys[i]);
      assert_ptr_equal(e->v, &vals[i]);
    }
  assert_int_equal(t.used, N);
  /* the first two bytes of a key are another key; "a\0b" and "a\0c"
   * differ after a NUL; the empty string is a key too */
  bool fresh;
  cc__stab_put(&t, keys[1], 2, &fresh);
  assert_true(fresh);
  cc__sslot *e = cc__stab_put(&t, "a\0b", 3, &fresh);
  assert_true(fresh);
  e->s = "a\0b";
  cc__stab_put(&t, "a\0c", 3, &fresh);
  assert_true(fresh);
  cc__stab_put(&t, "a\0b", 3, &fresh);
  assert_false(fresh);
  e = cc__stab_put(&t, "", 0, &fresh);
  assert_true(fresh);
  e->s = "";
  cc__stab_put(&t, "", 0, &fresh);
  assert_false(fresh);
  cc__stab_free(&t);
  assert_null(t.slot);
  assert_int_equal(t.used, 0);
}

/* cc__stab_init sizes a table to a power of two of at least 2 slots
 * (0, 1, 2, 3, 64 and 65 asked), holds cap / 2 strings in the slots it
 * made and grows (doubling) at the next; every string is found after the
 * growth; cc__stab_put_h with the string's hash is cc__stab_put. */
static void test_stab_init(void **state) {
  (void)state;
  static const size_t ask[] = {0, 1, 2, 3, 64, 65};
  static const size_t want[] = {2, 2, 2, 4, 64, 128};
  static char keys[200][16];
  for (int i = 0; i < 200; i++)
    snprintf(keys[i], sizeof keys[i], "g\x1f%d", i);
  for (size_t a = 0; a < sizeof ask / sizeof ask[0]; a++) {
    cc__stab t;
    cc__stab_init(&t, ask[a]);
    assert_int_equal(t.cap, want[a]);
    assert_int_equal(t.used, 0);
    cc__sslot *first = t.slot;
    bool fresh;
    size_t i = 0;
    for (; i < want[a] / 2; i++) {
      cc__sslot *e = cc__stab_put(&t, keys[i], strlen(keys[i]), &fresh);
      assert_true(fresh);
      e->v = keys[i];
      assert_ptr_equal(t.slot, first); /* no growth yet */
    }
    cc__sslot *e = cc__stab_put(&t, keys[i], strlen(keys[i]), &fresh);
    assert_true(fresh);
    e->v = keys[i];
    assert_int_equal(t.cap, 2 * want[a]);
    for (size_t j = 0; j <= i; j++) {
      uint32_t h = (uint32_t)cc_hash_mem(keys[j], strlen(keys[j]));
      e = cc__stab_put_h(&t, keys[j], strlen(keys[j]), h, &fresh);
      assert_false(fresh);
      assert_ptr_equal(e->v, keys[j]);
      assert_ptr_equal(e, cc__stab_put(&t, keys[j], strlen(keys[j]), &fresh));
    }
    assert_int_equal(t.used, i + 1);
    cc__stab_free(&t);
  }
}

/* The typo search's one-edit test agrees with the distance table on
 * random short names over a small alphabet (one and two edits apart,
 * swaps of equal or different letters, accents: several bytes a code
 * point), and on a few by hand. */
static void test_osa_is_one(void **state) {
  (void)state;
  static const char *const cps[] = {"a", "b", "c", "\xc3\xa9", "\xc3\xb6"};
  uint64_t seed = 0x9e3779b97f4a7c15ULL;
  char a[64], b[64];
  size_t ones = 0;
  for (int round = 0; round < 200000; round++) {
    size_t la = S_rand(&seed) % 7;
    a[0] = '\0';
    for (size_t i = 0; i < la; i++)
      strcat(a, cps[S_rand(&seed) % 5]);
    /* b: a with up to two random edits, or another random string */
    strcpy(b, a);
    int edits = (int)(S_rand(&seed) % 4);
    for (int e = 0; e < edits; e++) {
      char t[64] = "";
      size_t n = 0, at = 0;
      const char *p = b;
      const char *piece[16];
      size_t plen[16];
      while (*p && n < 16) {
        size_t l = ((unsigned char)*p < 0x80) ? 1 : 2;
        piece[n] = p;
        plen[n++] = l;
        p += l;
      }
      at = n ? S_rand(&seed) % (n + 1) : 0;
      int op = (int)(S_rand(&seed) % 4);
      for (size_t i = 0; i <= n; i++) {
        if (i == at && op == 0) /* insert */
          strcat(t, cps[S_rand(&seed) % 5]);
        if (i == n)
          break;
        if (i == at && op == 1) /* delete */
          continue;
        if (i == at && op == 2) { /* substitute */
          strcat(t, cps[S_rand(&seed) % 5]);
          continue;
        }
        if (i == at && op == 3 && i + 1 < n) { /* swap */
          strncat(t, piece[i + 1], plen[i + 1]);
          strncat(t, piece[i], plen[i]);
          i++;
          continue;
        }
        strncat(t, piece[i], plen[i]);
      }
      strcpy(b, t);
    }
    if (S_rand(&seed) % 8 == 0) {
      b[0] = '\0';
      for (size_t i = 0, lb = S_rand(&seed) % 7; i < lb; i++)
        strcat(b, cps[S_rand(&seed) % 5]);
    }
    bool one = cc__name_osa(a, b) == 1;
    ones += one;
    assert_int_equal(cc__name_osa_is_one(a, b), one);
    assert_int_equal(cc__name_osa_is_one(b, a), one);
  }
  assert_true(ones > 10000); /* the one-edit cases were well covered */
  assert_true(cc__name_osa_is_one("lindqvist", "lindquist"));
  assert_true(cc__name_osa_is_one("lindqvist", "lindqvst"));
  assert_true(cc__name_osa_is_one("lindqvist", "lindqivst"));
  assert_true(cc__name_osa_is_one("m\xc3\xbcller", "muller"));
  assert_false(cc__name_osa_is_one("lindqvist", "lindqvist"));
  assert_false(cc__name_osa_is_one("lindqvist", "lidnqvsit"));
  assert_false(cc__name_osa_is_one("abc", "cba"));
  assert_false(cc__name_osa_is_one("abcd", "ab"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sort_u64),
      cmocka_unit_test(test_sort_u32),
      cmocka_unit_test(test_sort_kv_stable),
      cmocka_unit_test(test_sort_kv_hashed),
      cmocka_unit_test(test_bucket_kv_hashed),
      cmocka_unit_test(test_shared_kv),
      cmocka_unit_test(test_sort_kv_dense_near),
      cmocka_unit_test(test_rank_keyed),
      cmocka_unit_test(test_rank_levels),
      cmocka_unit_test(test_qsort_small),
      cmocka_unit_test(test_ptab),
      cmocka_unit_test(test_stab),
      cmocka_unit_test(test_stab_init),
      cmocka_unit_test(test_common_words),
      cmocka_unit_test(test_osa_is_one),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
