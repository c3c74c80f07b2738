/* test_claim_kept.c - the strings a store made for a set copies itself
 * instead of interning them in the set's table (values, second values,
 * derivations, mentions, quotes, list members: S_keep, S_keep_quote):
 * each reads back as it was added, for as long as the set lives (the
 * store that copied them freed, its arenas taken by the next store); a
 * string the thread met lately is the same copy again; strings that
 * differ in one byte, at every length, are told apart. */
#include "cc_test.h"

#include <string.h>

#include "cc_claim.h"

static cc_claim S_claim(const char *doc, uint32_t start) {
  cc_claim c = {0};
  c.frame = "toll.dead";
  c.subject = "story";
  c.object = "";
  c.rule = "toll.dead";
  c.vkind = CC_VK_COUNT;
  c.lo = c.hi = 12;
  c.value = "12";
  c.value2 = "";
  c.derivation = "";
  c.doc = doc;
  c.source = "BBC";
  c.start = start;
  c.end = start + 2;
  c.text = "12";
  c.quote = "Twelve died.";
  return c;
}

/* The text of claim i's fields (i < N). */
enum { N = 3000, MAXLEN = 40 };

static void S_texts(uint32_t i, char *value, char *text, char *v2,
                    char *deriv, char *quote, char *item) {
  sprintf(value, "v%u", i % 211);
  sprintf(text, "as written %u", i % 101);
  sprintf(v2, "second %u", i % 17);
  if (i % 3)
    v2[0] = '\0';
  sprintf(deriv, "2025-08-15 - P%uY", i % 23);
  if (i % 5)
    deriv[0] = '\0';
  sprintf(quote, "Sentence %u of a story that several outlets tell.",
          i % 57);
  sprintf(item, "member %u", i % 41);
}

/* Claims of several stores, one freed before the next is made (taking
 * its arenas), read back from the set after every store is gone. */
static void test_kept_outlive_stores(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  char value[32], text[32], v2[32], deriv[32], quote[80], item[32],
      doc[32];
  const char *items[2];
  for (uint32_t i = 0; i < N;) {
    cc_claim_store *st = cc_claim_store_new_for(s);
    for (uint32_t end = i + 500; i < end; i++) {
      S_texts(i, value, text, v2, deriv, quote, item);
      snprintf(doc, sizeof doc, "d%u.md", i / 100);
      cc_claim c = S_claim(doc, i);
      c.value = value;
      c.text = text;
      c.value2 = v2;
      c.derivation = deriv;
      c.quote = quote;
      c.sentence = i % 57;
      items[0] = item;
      items[1] = value;
      c.items = items;
      c.item_names = i % 2 ? items : NULL;
      c.nitems = 2;
      const cc_claim *k = cc_claim_store_add(st, &c);
      assert_string_equal(k->value, value);
      assert_string_equal(k->quote, quote);
      assert_ptr_not_equal(k->items, items);
      assert_ptr_not_equal(k->items[0], item);
    }
    cc_claim_set_add_store(s, st);
    if (i % 1000 == 0)
      assert_true(cc_claim_store_reuse(st));
    cc_claim_store_free(&st);
  }
  assert_int_equal(cc_claim_set_count(s), N);
  for (uint32_t i = 0; i < N; i++) {
    const cc_sclaim *k = cc_claim_set_at(s, i);
    S_texts(i, value, text, v2, deriv, quote, item);
    assert_string_equal(k->value, value);
    assert_string_equal(k->text, text);
    assert_string_equal(k->value2, v2);
    assert_string_equal(k->derivation, deriv);
    assert_string_equal(k->quote, quote);
    assert_int_equal(k->nitems, 2);
    assert_string_equal(k->more->items[0], item);
    assert_string_equal(k->more->items[1], value);
    if (i % 2)
      assert_string_equal(k->more->item_names[0], item);
    else
      assert_null(k->more->item_names);
  }
  cc_claim_set_free(&s);
}

/* Values and quotes of every length up to MAXLEN that differ in one byte
 * only (the first, a middle one, the last) are distinct copies with
 * their own text, the same copy when met again next (the thread's cache
 * is direct-mapped: one met long before may have been pushed out), and
 * read back whole when met again later. */
static void test_kept_lengths(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim_store *st = cc_claim_store_new_for(s);
  const char *got[2][MAXLEN + 1][4];
  char buf[MAXLEN + 1];
  for (int round = 0; round < 3; round++)
    for (int n = 1; n <= MAXLEN; n++)
      for (int p = 0; p < 4; p++) {
        memset(buf, 'x', (size_t)n);
        buf[n] = '\0';
        if (p > 0)
          buf[p == 1 ? 0 : p == 2 ? n / 2 : n - 1] = 'y';
        cc_claim c = S_claim("a.md", (uint32_t)n);
        c.value = buf;
        c.quote = buf;
        c.sentence = (uint32_t)(n * 4 + p); /* (apart in the memo) */
        const cc_claim *k = cc_claim_store_add(st, &c);
        assert_string_equal(k->value, buf);
        assert_string_equal(k->quote, buf);
        assert_ptr_not_equal(k->value, buf);
        c.sentence += 1000; /* (the quote from the thread's cache) */
        const cc_claim *again = cc_claim_store_add(st, &c);
        assert_ptr_equal(again->value, k->value);
        assert_ptr_equal(again->quote, k->quote);
        if (round == 0) {
          got[0][n][p] = k->value;
          got[1][n][p] = k->quote;
        } else {
          assert_string_equal(got[0][n][p], buf);
          assert_string_equal(got[1][n][p], buf);
        }
      }
  for (int f = 0; f < 2; f++)
    for (int n = 1; n <= MAXLEN; n++)
      for (int p = 0; p < 4; p++)
        for (int q = 0; q < p; q++)
          if (strcmp(got[f][n][p], got[f][n][q]) != 0)
            assert_ptr_not_equal(got[f][n][p], got[f][n][q]);
  cc_claim_set_add_store(s, st);
  cc_claim_store_free(&st);
  cc_claim_set_free(&s);
}

/* A quote that changed at the caller's address (a buffer reused) is
 * copied again, the old copy unchanged; a value the same. */
static void test_kept_buffer_reused(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim_store *st = cc_claim_store_new_for(s);
  char quote[64] = "First sentence.", value[16] = "7";
  cc_claim c = S_claim("a.md", 0);
  c.quote = quote;
  c.value = value;
  const cc_claim *a = cc_claim_store_add(st, &c);
  strcpy(quote, "Second sentence.");
  strcpy(value, "8");
  c.start = 10;
  const cc_claim *b = cc_claim_store_add(st, &c);
  assert_string_equal(a->quote, "First sentence.");
  assert_string_equal(b->quote, "Second sentence.");
  assert_string_equal(a->value, "7");
  assert_string_equal(b->value, "8");
  cc_claim_set_add_store(s, st);
  cc_claim_store_free(&st);
  assert_string_equal(cc_claim_set_at(s, 0)->quote, "First sentence.");
  assert_string_equal(cc_claim_set_at(s, 1)->quote, "Second sentence.");
  cc_claim_set_free(&s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_kept_outlive_stores),
      cmocka_unit_test(test_kept_lengths),
      cmocka_unit_test(test_kept_buffer_reused),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
