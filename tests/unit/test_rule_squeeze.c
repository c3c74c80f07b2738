/* test_rule_squeeze.c - cc__squeeze_ws, the quote squeezer of the rule
 * matcher: its eight-bytes-at-once path must give what the plain byte loop
 * gives, for every mix of spaces, tabs, CRs, LFs, other control bytes,
 * UTF-8 and the bytes next to a space ('!' is a space plus one). */
#include "cc_test.h"

#include "rule_int.h"

/* The byte loop the matcher used before: the reference. */
static size_t S_ref(char *p, size_t n) {
  size_t w = 0;
  bool space = false;
  for (size_t i = 0; i < n; i++) {
    char ch = p[i];
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') {
      space = w > 0;
      continue;
    }
    if (space)
      p[w++] = ' ';
    space = false;
    p[w++] = ch;
  }
  return w;
}

static void S_same(const char *s, size_t n) {
  char a[256], b[256];
  assert_true(n <= sizeof a);
  memcpy(a, s, n);
  memcpy(b, s, n);
  char c[256];
  size_t nc = cc__squeeze_ws_to(c, s, n); /* (into another buffer) */
  size_t na = cc__squeeze_ws(a, n), nb = S_ref(b, n);
  assert_int_equal(na, nb);
  assert_memory_equal(a, b, na);
  assert_int_equal(nc, nb);
  assert_memory_equal(c, b, nc);
}

static void test_examples(void **state) {
  (void)state;
  static const char *const cases[] = {
      "",
      " ",
      "a",
      "The talks began at 4 p.m.",
      "  leading and trailing  ",
      "wrapped\nacross lines\r\nand\ttabs",
      "eight b. eight b. eight b.",
      "12345678 12345678  12345678\n\n12345678",
      "!!!!!!!! !!!!!!!!  ! ! ! !",
      "caf\xc3\xa9 \xc2\xa0 na\xc3\xafve  \n r\xc3\xa9sum\xc3\xa9",
      "a\x01" "b\x1f" "c\x7f" "d e  f",
      "        x        ",
      "x       \n       y",
      /* eight-byte blocks ending in a space: at the end of the text, and
       * before more white space, another space or a word */
      "abcdefg ",
      "abcdefg abcdefg ",
      "abcdefg  abcdefg",
      "abcdefg \n\tabcdefg",
      "abcdefg         ",
      "abcdefg abcdefg abcdefg \n",
      /* sixteen-byte blocks: ending in a space, a double space or a
       * control byte at each end, a space owed across blocks */
      "abcdefghijklmno ",
      "abcdefghijklmno abcdefghijklmno  abcdefghijklmnop",
      " bcdefghijklmnopqrstuvwxyz012345",
      "abcdefghijklmn  abcdefghijklmnop",
      "\nbcdefghijklmnoabcdefghijklmnop\t",
      "abcdefghijklmnop\nabcdefghijklmnop qrstuvwxyz012345 ",
      "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5",
      "caf\xc3\xa9 caf\xc3\xa9 caf\xc3\xa9 caf\xc3\xa9  caf\xc3\xa9\x1f",
      /* a block's bytes before its first control byte or double space
       * copied at once: a line break inside, after a space, first; a
       * double space inside; a space before the break owed once */
      "abcd\nefghijklmnopqrstuvwxyz0123",
      "abcd \nefghijklmnopqrstuvwxyz0123",
      "\nabcdefghijklmnopqrstuvwxyz0123",
      "abc  defghijklmnopqrstuvwxyz0123 ",
      "abcdefghijklmn \n opqrstuvwxyz0123",
      "a \x01 b  c\n\nd e\tf g h i j k l m n",
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    S_same(cases[i], strlen(cases[i]));
  char buf[32] = "ab cd ef gh";
  size_t n = cc__squeeze_ws(buf, strlen(buf));
  assert_int_equal(n, 11);
  memcpy(buf, " \n a  b \t", 9);
  n = cc__squeeze_ws(buf, 9);
  assert_int_equal(n, 3);
  assert_memory_equal(buf, "a b", 3);
}

/* Random texts over a small alphabet, every length up to 200 (so blocks
 * start at every offset); odd rounds draw white space rarely, so most
 * blocks take the fast path. */
static void test_random(void **state) {
  (void)state;
  static const char alphabet[] = {' ', ' ', ' ', '\n', '\r', '\t', 'a',
                                  'b', '!', '.', '\x01', '\x1f', '\xc3',
                                  '\xa9', '\x80', 'Z'};
  uint64_t seed = 0x9E3779B97F4A7C15ull;
  char s[200];
  for (int round = 0; round < 20000; round++) {
    size_t n = (size_t)(round % 201);
    for (size_t i = 0; i < n; i++) {
      seed ^= seed << 13;
      seed ^= seed >> 7;
      seed ^= seed << 17;
      s[i] = round % 2 && seed % 8 ? "textWORD"[seed % 8]
                                   : alphabet[seed % sizeof alphabet];
    }
    S_same(s, n);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_examples),
      cmocka_unit_test(test_random),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
