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


/* The repo's lexicon, loaded (the test fails with the message if not). */
static cc_lexicon *S_load(void) {
  cc_lexicon *lx;
  cc_err err;
  if (cc_lexicon_load(CC_TEST_LEXICON, &lx, &err) != 0)
    fail_msg("%s", err.msg);
  return lx;
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

/* Keys in and out of normal form (a cell already normal is its own
 * key), lines with quotes among plain ones (a quote's line is libcsv's,
 * the lines around it cut in place), and column names that share a
 * start. */
static void test_keys_and_quoted_lines(void **state) {
  (void)state;
  S_clear();
  S_file("t.csv", "name,names,n\n"
                  "plain key,1,a\n"
                  "\"  Two  Spaces \",2,b\n"
                  "after quote,3,\"c, \"\"quoted\"\"\"\n"
                  "\"tab\there\",4,d\n"
                  "\" lead\",5,e\n"
                  "UPPER Case,6,f\n"
                  "a  b,7,g\n"
                  "last,8,\"multi\nline\"\n"
                  "end,9,h");
  cc_lexicon *lx;
  cc_err err;
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), 0);
  const cc_lex_table *t = cc_lex_table_get(lx, "t");
  assert_int_equal(cc_lex_col(t, "name"), 0);
  assert_int_equal(cc_lex_col(t, "names"), 1);
  assert_int_equal(cc_lex_col(t, "n"), 2);
  assert_int_equal(cc_lex_col(t, "nam"), -1);
  assert_int_equal(cc_lex_col(t, ""), -1);
  static const char *const keys[] = {"plain key", "two spaces",
                                     "after quote", "tab here", "lead",
                                     "upper case", "a b", "last", "end"};
  static const char *const last[] = {"a", "b", "c, \"quoted\"", "d", "e",
                                     "f", "g", "multi\nline", "h"};
  static const unsigned lines[] = {2, 3, 4, 5, 6, 7, 8, 9, 11};
  assert_int_equal(cc_lex_size(t), 9);
  for (size_t i = 0; i < 9; i++) {
    const cc_lex_entry *e = cc_lex_at(t, i);
    assert_string_equal(e->key, keys[i]);
    assert_string_equal(cc_lex_cell(e, 2), last[i]);
    assert_int_equal(e->line, lines[i]);
    assert_ptr_equal(cc_lex_find(t, keys[i]), e);
  }
  assert_int_equal(cc_lex_max_words(t), 2);
  cc_lexicon_free(&lx);
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

/* key_nouns: its key column is checked on load (second column, not
 * empty, final), and its keys are made normal. */
static void test_key_nouns_checked(void **state) {
  (void)state;
  cc_lexicon *lx;
  cc_err err;
  S_clear();
  S_file("key_nouns.csv", "word,key\nquakes,quake\ntremor,\n");
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), -1);
  if (!strstr(err.msg, "key_nouns.csv:3: column 'key' is empty for 'tremor'"))
    fail_msg("%s", err.msg);
  S_clear();
  S_file("key_nouns.csv", "word,key\nquakes,quake\nquake,earthquake\n");
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), -1);
  if (!strstr(err.msg, "key_nouns.csv:2: 'quakes' keys as 'quake', which is "
                       "itself keyed as 'earthquake' (line 3)"))
    fail_msg("%s", err.msg);
  S_clear();
  S_file("key_nouns.csv", "key,word\nquakes,quake\n");
  assert_int_equal(cc_lexicon_load(S_dir, &lx, &err), -1);
  assert_non_null(strstr(err.msg, "second column must be 'key'"));
  S_clear();
  S_file("key_nouns.csv", "word,key\nTremors,  Quake \nquake,quake\n");
  if (cc_lexicon_load(S_dir, &lx, &err) != 0)
    fail_msg("%s", err.msg);
  const cc_lex_table *t = cc_lex_table_get(lx, "key_nouns");
  assert_string_equal(cc_lex_cell(cc_lex_find(t, "tremors"), 1), "quake");
  cc_lexicon_free(&lx);
}

static void test_repo_lexicon_loads(void **state) {
  (void)state;
  cc_lexicon *lx = S_load();
  assert_non_null(cc_lexicon_abbrevs(lx));
  cc_lexicon_free(&lx);
}

/* Each table's index finds every row's key, as the first row of that
 * key, and the rows of a key follow one another (next) in file order,
 * all of them and no other; made-up keys are not found. */
static void test_find_every_key(void **state) {
  (void)state;
  cc_lexicon *lx = S_load();
  static const char *const names[] = {
      "abbreviations", "currencies", "firstnames", "months",   "nations",
      "numbers",       "places",     "qualifiers", "temporal", "titles",
      "weekdays",      "zones",      "lunar_dates", "units",   "holidays",
      "national_days"};
  size_t checked = 0, again = 0;
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
    const cc_lex_table *t = cc_lex_table_get(lx, names[k]);
    assert_non_null(t);
    for (size_t i = 0; i < cc_lex_size(t); i++) {
      const char *key = cc_lex_at(t, i)->key;
      const cc_lex_entry *e = cc_lex_findn(t, key, strlen(key));
      assert_non_null(e);
      assert_string_equal(e->key, key);
      size_t j = 0; /* the first row of the key, then each later one */
      while (strcmp(cc_lex_at(t, j)->key, key) != 0)
        j++;
      if (j < i)
        again++;
      for (const cc_lex_entry *x = e; x; x = x->next) {
        assert_ptr_equal(x, cc_lex_at(t, j));
        do
          j++;
        while (j < cc_lex_size(t) && strcmp(cc_lex_at(t, j)->key, key) != 0);
      }
      assert_int_equal(j, cc_lex_size(t));
      checked++;
    }
    assert_null(cc_lex_find(t, "zzq no such key zzq"));
    assert_null(cc_lex_findn(t, "", 0));
    assert_null(cc_lex_findn(t, "zzq no such key", 3)); /* its prefix */
  }
  assert_true(checked > 1000);
  /* keys of several rows: units' symbols, a holiday name several
   * countries keep (national_days) */
  assert_true(again > 50);
  cc_lexicon_free(&lx);
}

/* The segmenter's abbreviation set (lexicon.c, behind its own bit
 * filter) answers yes for every row of the table and no for others. */
bool cc__abbrev_has(const struct cc_abbrevs *a, const char *key, size_t n);

static void test_abbrev_every_key(void **state) {
  (void)state;
  cc_lexicon *lx = S_load();
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

/* The lexicon's word table (cc_lexicon_vocab), as the segmenter reads
 * it: every abbreviation key is marked, through the slot of its integer
 * (cc__vocab8_find, up to 8 bytes) and by id, and words that are no key
 * are not; a near miss has the same answer as the set. */
static uint64_t S_key8(const char *s) {
  uint64_t k = 0;
  memcpy(&k, s, strlen(s));
  return k;
}

static void test_abbrev_marks(void **state) {
  (void)state;
  cc_lexicon *lx = S_load();
  const cc_vocab *v = cc_lexicon_vocab(lx);
  assert_ptr_equal(cc__abbrevs_vocab(cc_lexicon_abbrevs(lx)), v);
  cc__vocab_tabs t;
  cc__vocab_tables(v, &t);
  const cc_lex_table *tab = cc_lex_table_get(lx, "abbreviations");
  for (size_t i = 0; i < cc_lex_size(tab); i++) {
    const char *key = cc_lex_at(tab, i)->key;
    uint32_t id = cc_vocab_find(v, key, strlen(key));
    assert_true(id > 0);
    assert_true(cc_vocab_marks(v, id) & CC_VOCAB_ABBREV);
    if (strlen(key) <= 8) {
      assert_int_equal(cc__vocab8_find(&t, S_key8(key))->id, id);
      assert_true(cc__vocab8_find(&t, S_key8(key))->marks & CC_VOCAB_ABBREV);
    }
  }
  static const char *const w[] = {"the", "zzqx", "m", "mrs.", "approxi",
                                  "tues2", "thurs", "a", "abcdefgh", "v",
                                  "president", "september"};
  for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
    bool has = cc__abbrev_has(cc_lexicon_abbrevs(lx), w[i], strlen(w[i]));
    uint32_t id = cc_vocab_find(v, w[i], strlen(w[i]));
    assert_int_equal((cc_vocab_marks(v, id) & CC_VOCAB_ABBREV) != 0, has);
    if (strlen(w[i]) <= 8)
      assert_int_equal(cc__vocab8_find(&t, S_key8(w[i]))->id, id);
  }
  cc__vocab_tables(NULL, &t); /* no table: empty ones */
  assert_int_equal(cc__vocab8_find(&t, S_key8("mr"))->id, 0);
  cc_lexicon_free(&lx);
}

/* Every word of every key of the lexicon has an id: the words between
 * spaces that are lower-case letters only as they are, the others as the
 * segmenter splits them ("port-au-prince": "port", "-", "au", ...). */
static void test_vocab_words_of_keys(void **state) {
  (void)state;
  cc_lexicon *lx = S_load();
  const cc_vocab *v = cc_lexicon_vocab(lx);
  assert_true(cc_vocab_count(v) > 1000);
  static const char *const names[] = {"titles", "nations", "places",
                                      "months", "numbers", "zones"};
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
    const cc_lex_table *t = cc_lex_table_get(lx, names[k]);
    assert_non_null(t);
    for (size_t i = 0; i < cc_lex_size(t); i++) {
      const char *key = cc_lex_at(t, i)->key;
      while (*key) {
        size_t n = strcspn(key, " ");
        bool plain = n > 0;
        for (size_t j = 0; j < n; j++)
          plain &= key[j] >= 'a' && key[j] <= 'z';
        if (plain)
          assert_true(cc_vocab_find(v, key, n) > 0);
        key += n + (key[n] == ' ');
      }
    }
  }
  assert_true(cc_vocab_find(v, "prince", 6) > 0);
  assert_true(cc_vocab_find(v, "au", 2) > 0);
  assert_true(cc_vocab_find(v, "-", 1) > 0);
  assert_true(cc_vocab_find(v, "petropavlovsk", 13) > 0);
  assert_int_equal(cc_vocab_find(v, "zzqxw", 5), 0);
  assert_null(cc_lexicon_vocab(NULL));
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
      cmocka_unit_test(test_keys_and_quoted_lines),
      cmocka_unit_test(test_errors_name_file_and_line),
      cmocka_unit_test(test_key_nouns_checked),
      cmocka_unit_test(test_repo_lexicon_loads),
      cmocka_unit_test(test_find_every_key),
      cmocka_unit_test(test_abbrev_every_key),
      cmocka_unit_test(test_abbrev_marks),
      cmocka_unit_test(test_vocab_words_of_keys),
      cmocka_unit_test(test_normalize),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
