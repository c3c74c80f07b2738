/* Unit tests: the CSV lexicon loader. */
#include "cc_test.h"

#include <stdbool.h>
#include <sys/stat.h>

#include "cc_lexicon.h"

CC_TEST_SCRATCH("lex")

static void S_file(const char *name, const char *text) {
  char p[512];
  snprintf(p, sizeof p, "%s/%s", S_dir, name);
  FILE *f = fopen(p, "w");
  fputs(text, f);
  fclose(f);
}

static void S_clear(void) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -f '%s'/*.csv", S_dir);
  assert_int_equal(system(cmd), 0);
}


static void test_load_and_find(void **state) {
  (void)state;
  S_clear();
  S_file("zones.csv", "name,zone\n# comment row\n"
                      "Alaska  Time,America/Anchorage\n"
                      "\xe2\x80\x9cGMT\xe2\x80\x9d,Etc/UTC\n"
                      "may,one\nmay,two\n\n");
  cc_lexicon *lx;
  cc_err err;
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), 0);
  const cc_lex_table *t = cc_lex_table_get(lx, "zones");
  assert_non_null(t);
  assert_null(cc_lex_table_get(lx, "nope"));
  assert_int_equal(cc_lex_col(t, "zone"), 1);
  assert_int_equal(cc_lex_col(t, "missing"), -1);
  const cc_lex_entry *e = cc_lex_find(t, "alaska time");
  assert_non_null(e);
  assert_string_equal(cc_lex_cell(e, 1), "America/Anchorage");
  assert_string_equal(cc_lex_cell(e, 7), "");
  assert_int_equal(e->line, 3);
  assert_non_null(cc_lex_find(t, "\"gmt\""));
  const cc_lex_entry *m = cc_lex_find(t, "may");
  assert_string_equal(cc_lex_cell(m, 1), "one");
  assert_non_null(m->next);
  assert_string_equal(cc_lex_cell(m->next, 1), "two");
  assert_int_equal(cc_lex_size(t), 4);
  assert_int_equal(cc_lex_max_words(t), 2);
  assert_string_equal(cc_lex_at(t, 0)->key, "alaska time");
  assert_null(cc_lex_at(t, 4));
  cc_lexicon_free(&lx);
  assert_null(lx);
}

static void test_errors_name_file_and_line(void **state) {
  (void)state;
  cc_lexicon *lx;
  cc_err err;
  S_clear();
  S_file("bad.csv", "a,b\nx,1\n\"unterminated,2\n");
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), -1);
  if (!strstr(err.msg, "bad.csv:3"))
    fail_msg("%s", err.msg);
  S_clear();
  S_file("empty.csv", "a,b\n,1\n");
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), -1);
  assert_non_null(strstr(err.msg, "empty.csv:2: empty key"));
  S_clear();
  S_file("nohead.csv", "");
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), -1);
  assert_non_null(strstr(err.msg, "no header row"));
  assert_int_equal(cc_lexicon_load("/nonexistent/dir", &lx, &err), -1);
  assert_non_null(strstr(err.msg, "/nonexistent/dir"));
}

static void test_repo_lexicon_loads(void **state) {
  (void)state;
  cc_lexicon *lx;
  cc_err err;
  int rc = cc_lexicon_load(CC_TEST_LEXICON, &lx, &err);
  if (rc != 0)
    fail_msg("%s", err.msg);
  assert_non_null(cc_lexicon_abbrevs(lx));
  cc_lexicon_free(&lx);
}

/* The filter in front of each index never hides a key: every row's key
 * is found (as its first row), and made-up keys are not. */
static void test_find_every_key(void **state) {
  (void)state;
  cc_lexicon *lx;
  cc_err err;
  if (cc_lexicon_load(CC_TEST_LEXICON, &lx, &err) != 0)
    fail_msg("%s", err.msg);
  static const char *const names[] = {
      "abbreviations", "currencies", "firstnames", "months",   "nations",
      "numbers",       "places",     "qualifiers", "temporal", "titles",
      "weekdays",      "zones"};
  size_t checked = 0;
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
    const cc_lex_table *t = cc_lex_table_get(lx, names[k]);
    assert_non_null(t);
    for (size_t i = 0; i < cc_lex_size(t); i++) {
      const char *key = cc_lex_at(t, i)->key;
      const cc_lex_entry *e = cc_lex_findn(t, key, strlen(key));
      assert_non_null(e);
      assert_string_equal(e->key, key);
      checked++;
    }
    assert_null(cc_lex_find(t, "zzq no such key zzq"));
    assert_null(cc_lex_findn(t, "", 0));
  }
  assert_true(checked > 1000);
  cc_lexicon_free(&lx);
}

/* The segmenter's abbreviation set (lexicon.c, behind its own bit
 * filter) answers yes for every row of the table and no for others. */
bool cc__abbrev_has(const struct cc_abbrevs *a, const char *key, size_t n);

static void test_abbrev_every_key(void **state) {
  (void)state;
  cc_lexicon *lx;
  cc_err err;
  if (cc_lexicon_load(CC_TEST_LEXICON, &lx, &err) != 0)
    fail_msg("%s", err.msg);
  const struct cc_abbrevs *a = cc_lexicon_abbrevs(lx);
  const cc_lex_table *t = cc_lex_table_get(lx, "abbreviations");
  assert_non_null(a);
  assert_non_null(t);
  assert_true(cc_lex_size(t) > 10);
  for (size_t i = 0; i < cc_lex_size(t); i++) {
    const char *key = cc_lex_at(t, i)->key;
    assert_true(cc__abbrev_has(a, key, strlen(key)));
  }
  assert_false(cc__abbrev_has(a, "zzqx", 4));
  assert_false(cc__abbrev_has(a, "the", 3));
  assert_false(cc__abbrev_has(a, "", 0));
  assert_false(cc__abbrev_has(NULL, "mr", 2));
  cc_lexicon_free(&lx);
}

/* The short keys as integers (cc__abbr8, the segmenter's word loop): every
 * key of up to 8 bytes is in the table, words that are no key are not,
 * and long_keys tells whether longer keys exist. */
void cc__abbrev_table8(const struct cc_abbrevs *a, cc__abbr8 *out);

static uint64_t S_key8(const char *s) {
  uint64_t k = 0;
  memcpy(&k, s, strlen(s));
  return k;
}

static void test_abbrev_table8(void **state) {
  (void)state;
  cc_lexicon *lx;
  cc_err err;
  if (cc_lexicon_load(CC_TEST_LEXICON, &lx, &err) != 0)
    fail_msg("%s", err.msg);
  cc__abbr8 t;
  cc__abbrev_table8(cc_lexicon_abbrevs(lx), &t);
  const cc_lex_table *tab = cc_lex_table_get(lx, "abbreviations");
  bool long_keys = false;
  for (size_t i = 0; i < cc_lex_size(tab); i++) {
    const char *key = cc_lex_at(tab, i)->key;
    if (strlen(key) > 8)
      long_keys = true;
    else if (*key)
      assert_true(cc__abbr8_has(&t, S_key8(key)));
  }
  assert_int_equal(t.long_keys, long_keys);
  /* keys and near misses: the same answer as the set */
  static const char *const w[] = {"the", "zzqx", "m", "mrs.", "approxi",
                                  "tues2", "thurs", "a", "abcdefgh", "v"};
  for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
    assert_int_equal(cc__abbr8_has(&t, S_key8(w[i])),
                     cc__abbrev_has(cc_lexicon_abbrevs(lx), w[i],
                                    strlen(w[i])));
  cc__abbrev_table8(NULL, &t); /* no set: an empty table */
  assert_false(cc__abbr8_has(&t, S_key8("mr")));
  cc_lexicon_free(&lx);
}

static void test_normalize(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  const char *in = "  Caf\xc3\x89 \xe2\x80\x93  Bar\xc2\xa0" "Baz ";
  cc_lex_normalize(in, strlen(in), &b);
  assert_string_equal(b.ptr, "caf\xc3\xa9 - bar baz");
  cc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_load_and_find),
      cmocka_unit_test(test_errors_name_file_and_line),
      cmocka_unit_test(test_repo_lexicon_loads),
      cmocka_unit_test(test_find_every_key),
      cmocka_unit_test(test_abbrev_every_key),
      cmocka_unit_test(test_abbrev_table8),
      cmocka_unit_test(test_normalize),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
