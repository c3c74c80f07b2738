/* Unit tests: the shared word table (cc_vocab.h): ids in order of
 * addition, 0 for unknown words, words of every length class (one byte,
 * up to 8 bytes as integers, 9 to 16 bytes by their packed ends, longer
 * ones compared whole), growth, marks, and the inline tables the
 * segmenter probes agreeing with cc_vocab_find. */
#include "cc_test.h"

#include <stdbool.h>

#include "cc_vocab.h"

/* The inline probes, as the segmenter calls them (a slot's length is
 * the word's, its kind byte 0: the segmenter copies them to a token). */
static uint32_t S_probe(const cc_vocab *v, const char *w, size_t n,
                        uint32_t *marks) {
  cc__vocab_tabs t;
  cc__vocab_tables(v, &t);
  if (n <= 8) {
    uint64_t key = 0;
    memcpy(&key, w, n);
    const cc__vocab_slot8 *x = cc__vocab8_find(&t, key);
    *marks = x->marks;
    assert_int_equal(x->kind, 0);
    assert_int_equal(x->n, x->id ? n : 0);
    return x->id;
  }
  uint64_t a, b;
  cc_word_pack(w, n, &a, &b);
  const cc__vocab_slotl *x = cc__vocabl_find(&t, w, n, a, b);
  *marks = x->marks;
  assert_int_equal(x->kind, 0);
  assert_int_equal(x->n, x->id ? n : 0);
  return x->id;
}

static void test_empty_and_null(void **state) {
  (void)state;
  cc_vocab *v = cc_vocab_new();
  assert_int_equal(cc_vocab_count(v), 0);
  assert_int_equal(cc_vocab_find(v, "the", 3), 0);
  assert_int_equal(cc_vocab_find(v, "international", 13), 0);
  assert_null(cc_vocab_word(v, 0, NULL));
  assert_null(cc_vocab_word(v, 1, NULL));
  assert_int_equal(cc_vocab_marks(v, 1), 0);
  uint32_t m;
  assert_int_equal(S_probe(v, "the", 3, &m), 0);
  cc_vocab_free(&v);
  assert_null(v);
  cc_vocab_free(&v); /* NULL-safe */
  cc_vocab_free(NULL);
  assert_int_equal(cc_vocab_find(NULL, "the", 3), 0);
  assert_int_equal(cc_vocab_count(NULL), 0);
  assert_int_equal(cc_vocab_marks(NULL, 1), 0);
  assert_int_equal(S_probe(NULL, "mr", 2, &m), 0);
  assert_int_equal(S_probe(NULL, "president", 9, &m), 0);
}

static void test_ids_in_order(void **state) {
  (void)state;
  cc_vocab *v = cc_vocab_new();
  /* one byte, short, exactly 8, 9 to 16, and longer */
  static const char *const w[] = {"-", "a", "the", "minister", "president",
                                  "secretary-general", "internationalization",
                                  "abcdefgh", "abcdefghi"};
  size_t nw = sizeof w / sizeof w[0];
  for (size_t i = 0; i < nw; i++)
    assert_int_equal(cc_vocab_add(v, w[i], strlen(w[i])), i + 1);
  for (size_t i = 0; i < nw; i++) { /* again: the same ids */
    assert_int_equal(cc_vocab_add(v, w[i], strlen(w[i])), i + 1);
    assert_int_equal(cc_vocab_find(v, w[i], strlen(w[i])), i + 1);
    size_t n;
    const char *s = cc_vocab_word(v, (uint32_t)i + 1, &n);
    assert_int_equal(n, strlen(w[i]));
    assert_string_equal(s, w[i]);
    uint32_t m;
    assert_int_equal(S_probe(v, w[i], strlen(w[i]), &m), i + 1);
  }
  assert_int_equal(cc_vocab_count(v), nw);
  assert_null(cc_vocab_word(v, (uint32_t)nw + 1, NULL));
  /* prefixes, extensions and near misses are other words */
  assert_int_equal(cc_vocab_find(v, "th", 2), 0);
  assert_int_equal(cc_vocab_find(v, "them", 4), 0);
  assert_int_equal(cc_vocab_find(v, "abcdefg", 7), 0);
  assert_int_equal(cc_vocab_find(v, "abcdefghij", 10), 0);
  assert_int_equal(cc_vocab_find(v, "presidentx", 10), 0);
  assert_int_equal(cc_vocab_find(v, "internationalizatiom", 20), 0);
  /* no empty word, none with a NUL */
  assert_int_equal(cc_vocab_add(v, "", 0), 0);
  assert_int_equal(cc_vocab_add(v, "th\0e", 4), 0);
  assert_int_equal(cc_vocab_find(v, "", 0), 0);
  assert_int_equal(cc_vocab_count(v), nw);
  /* a NUL at any place of a word of any length, among bytes 0x01 and
   * 0x80 and up (the short words' test reads the word's integer) */
  for (size_t n = 1; n <= 20; n++)
    for (size_t at = 0; at < n; at++) {
      char z[24];
      for (size_t i = 0; i < n; i++)
        z[i] = (char)(i % 3 == 0 ? 0x01 : i % 3 == 1 ? 0x80 : 0xff);
      z[at] = '\0';
      assert_int_equal(cc_vocab_add(v, z, n), 0);
    }
  assert_int_equal(cc_vocab_count(v), nw);
  assert_int_equal(cc_vocab_add(v, "\x01\x80\xff\x01", 4), nw + 1);
  /* the one-byte ASCII words' ids */
  cc__vocab_tabs t;
  cc__vocab_tables(v, &t);
  assert_int_equal(t.id1['-'], 1);
  assert_int_equal(t.id1['a'], 2);
  assert_int_equal(t.id1['b'], 0);
  cc_vocab_free(&v);
}

/* Words longer than 16 bytes with the same first and last 8 bytes and
 * length (cc_word_pack's integers equal) are told apart whole. */
static void test_long_words_same_ends(void **state) {
  (void)state;
  cc_vocab *v = cc_vocab_new();
  const char *x = "abcdefgh-one-stuvwxyz", *y = "abcdefgh-two-stuvwxyz";
  uint32_t ix = cc_vocab_add(v, x, strlen(x));
  uint32_t iy = cc_vocab_add(v, y, strlen(y));
  assert_int_not_equal(ix, iy);
  assert_int_equal(cc_vocab_find(v, x, strlen(x)), ix);
  assert_int_equal(cc_vocab_find(v, y, strlen(y)), iy);
  assert_int_equal(cc_vocab_find(v, "abcdefgh-six-stuvwxyz", 21), 0);
  /* the longest word, and one byte more (a token's norm_len of 65,535:
   * a form cut there) */
  size_t big = CC_VOCAB_MAX_WORD;
  char *w = malloc(big + 2);
  memset(w, 'q', big + 1);
  w[big + 1] = '\0';
  uint32_t ib = cc_vocab_add(v, w, big);
  assert_true(ib > 0);
  assert_int_equal(cc_vocab_find(v, w, big), ib);
  assert_int_equal(cc_vocab_add(v, w, big + 1), 0);
  assert_int_equal(cc_vocab_find(v, w, big + 1), 0);
  free(w);
  cc_vocab_free(&v);
}

/* The i-th test word: distinct for every i, of 1 to 24 bytes. */
static size_t S_word(uint32_t i, char *buf) {
  size_t n = 1 + (i * 7u) % 24u, k = 0;
  uint32_t x = i;
  do { /* base 26: distinct for every i */
    buf[k++] = (char)('a' + x % 26u);
    x /= 26u;
  } while (x);
  buf[k++] = '0'; /* (ends the number: "ba" + pad is no other number) */
  while (k < n)
    buf[k++] = 'z';
  return k;
}

/* Many words (the tables grow many times): every one keeps its id, and
 * words never added miss, by cc_vocab_find and by the inline probes. */
static void test_growth(void **state) {
  (void)state;
  cc_vocab *v = cc_vocab_new();
  enum { N = 20000 };
  char buf[64];
  for (uint32_t i = 0; i < N; i++) {
    size_t n = S_word(i, buf);
    assert_int_equal(cc_vocab_add(v, buf, n), i + 1);
  }
  assert_int_equal(cc_vocab_count(v), N);
  for (uint32_t i = 0; i < N; i++) {
    size_t n = S_word(i, buf), wn;
    uint32_t m;
    assert_int_equal(cc_vocab_find(v, buf, n), i + 1);
    assert_int_equal(S_probe(v, buf, n, &m), i + 1);
    const char *w = cc_vocab_word(v, i + 1, &wn);
    assert_int_equal(wn, n);
    assert_memory_equal(w, buf, n);
    buf[n] = '1'; /* one byte more: never added (no word has a '1') */
    assert_int_equal(cc_vocab_find(v, buf, n + 1), 0);
    assert_int_equal(S_probe(v, buf, n + 1, &m), 0);
  }
  cc_vocab_free(&v);
}

/* Marks are read by id and from the slots the segmenter probes, and
 * survive the tables' growth. */
static void test_marks(void **state) {
  (void)state;
  cc_vocab *v = cc_vocab_new();
  uint32_t mr = cc_vocab_add(v, "mr", 2);
  uint32_t lg = cc_vocab_add(v, "approximately", 13);
  uint32_t the = cc_vocab_add(v, "the", 3);
  cc_vocab_mark(v, mr, CC_VOCAB_ABBREV);
  cc_vocab_mark(v, lg, CC_VOCAB_ABBREV);
  cc_vocab_mark(v, 0, CC_VOCAB_ABBREV);    /* ignored */
  cc_vocab_mark(v, 9999, CC_VOCAB_ABBREV); /* ignored */
  char buf[64];
  for (uint32_t i = 0; i < 5000; i++) /* grow */
    cc_vocab_add(v, buf, S_word(i, buf));
  uint32_t m;
  assert_int_equal(cc_vocab_marks(v, mr), CC_VOCAB_ABBREV);
  assert_int_equal(cc_vocab_marks(v, lg), CC_VOCAB_ABBREV);
  assert_int_equal(cc_vocab_marks(v, the), 0);
  assert_int_equal(cc_vocab_marks(v, 0), 0);
  assert_int_equal(S_probe(v, "mr", 2, &m), mr);
  assert_int_equal(m, CC_VOCAB_ABBREV);
  assert_int_equal(S_probe(v, "approximately", 13, &m), lg);
  assert_int_equal(m, CC_VOCAB_ABBREV);
  assert_int_equal(S_probe(v, "the", 3, &m), the);
  assert_int_equal(m, 0);
  cc_vocab_free(&v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_empty_and_null),
      cmocka_unit_test(test_ids_in_order),
      cmocka_unit_test(test_long_words_same_ends),
      cmocka_unit_test(test_growth),
      cmocka_unit_test(test_marks),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
