/* Unit tests: how the thread pool hands out documents and reuses their
 * memory (engine.c).
 *
 *  - a job takes the documents that follow its first, up to a cap, at
 *    once (test_engine_batch checks each against the document processed
 *    alone): a folder of many files, folders of one file, files beside
 *    folders and nested folders give, on any number of threads, what one
 *    thread gives, delivered in corpus order;
 *  - memory that delivered documents leave (stores, arenas, text) goes
 *    back to the pool of the job that processed it and is reused: more
 *    documents than the window's slots, a long file among short ones (its
 *    text memory is not kept) and a run stopped part way give the same
 *    results as one thread, with nothing leaked (the asan build). */
#include "cc_test.h"


#include "cc_engine.h"

static char S_dir[] = "/tmp/cc_engine_runs_XXXXXX";
static cc_engine *S_eng;

static void S_write(const char *rel, const char *text, int repeat) {
  cc_test_write(S_dir, rel, text, repeat);
}

/* Article n: a date, a place, a person, numbers and a time. */
static void S_article(int n, char *buf, size_t size) {
  static const char *const city[] = {"Oslo", "Lisbon", "Nairobi", "Ottawa"};
  snprintf(buf, size,
           "---\ndate: 2023-06-%02d\nsource: Outlet %d\nplace: %s\n---\n"
           "Minister Kari Lindqvist opened talks in %s on Tuesday, June "
           "%d, 2023.\n\nThe talks began at %d:30 a.m. local time and "
           "lasted %d hours. About %d delegates registered, and %d%% of "
           "them came from abroad.\n\n",
           1 + n % 28, n % 7, city[n % 4], city[n % 4], 1 + n % 28,
           1 + n % 11, 2 + n % 5, 100 + 7 * n, 10 + n % 80);
}

/* 40 files in one folder (runs capped), 60 folders of one or two files,
 * files at the top, a nested folder, and a long file in the middle: 174
 * documents, more than the window's slots at --jobs 2 (64). */
static int S_setup(void **state) {
  (void)state;
  if (!mkdtemp(S_dir))
    return -1;
  char rel[64], text[1024];
  int n = 0;
  for (int k = 0; k < 40; k++, n++) {
    snprintf(rel, sizeof rel, "big/a%02d.md", k);
    S_article(n, text, sizeof text);
    S_write(rel, text, 1);
  }
  for (int f = 0; f < 60; f++)
    for (int k = 0; k <= f % 2; k++, n++) {
      snprintf(rel, sizeof rel, "s%02d/o%d.md", f, k);
      S_article(n, text, sizeof text);
      /* one long file: more text than a slot keeps for the next */
      S_write(rel, text, f == 30 && k == 0 ? 3000 : 1);
    }
  for (int k = 0; k < 20; k++, n++) {
    snprintf(rel, sizeof rel, "top%02d.md", k);
    S_article(n, text, sizeof text);
    S_write(rel, text, 1);
  }
  for (int k = 0; k < 24; k++, n++) {
    snprintf(rel, sizeof rel, "deep/er/d%02d.md", k);
    S_article(n, text, sizeof text);
    S_write(rel, text, 1);
  }
  cc_err err;
  return cc_engine_new(CC_TEST_RULES, NULL, &S_eng, &err);
}

static int S_teardown(void **state) {
  (void)state;
  cc_engine_free(&S_eng);
  return cc_test_rm_tree(S_dir);
}

typedef struct S_dump {
  cc_buf out;
  unsigned next; /* expected doc->index */
  int stop_at;   /* stop after this many documents (-1: never) */
  int delivered;
} S_dump;

static int S_dump_doc(const cc_docresult *r, void *ud) {
  S_dump *d = ud;
  assert_int_equal(r->doc->index, d->next);
  d->next++;
  cc_buf_printf(&d->out, "%s %zu tokens=%u mentions=%u\n", r->doc->path,
                r->doc->len, r->seg.ntokens, r->nmentions);
  for (size_t i = 0; i < cc_claim_store_count(r->claims); i++) {
    const cc_claim *c = cc_claim_store_at(r->claims, i);
    cc_buf_printf(&d->out, "  claim %s %s %s %.17g\n", c->key, c->rule,
                  c->value, c->lo);
  }
  d->delivered++;
  return d->stop_at >= 0 && d->delivered >= d->stop_at;
}

/* The run's dump; into: a claim set whose stores the run makes (and
 * reuses), else stores of their own. */
static char *S_run(const cc_corpus *c, int jobs, int stop_at,
                   cc_claim_set *into, int *rc) {
  S_dump d = {CC_BUF_INIT, 0, stop_at, 0};
  cc_err err = {{0}};
  if (into)
    *rc = cc_engine_run_into(S_eng, c, jobs, into, S_dump_doc, &d, NULL,
                             &err);
  else
    *rc = cc_engine_run(S_eng, c, jobs, true, S_dump_doc, &d, NULL, &err);
  if (*rc != 0)
    cc_buf_printf(&d.out, "error: %s\n", err.msg);
  return cc_buf_detach(&d.out);
}

CC_TEST_CORPUS_AT

static cc_corpus *S_open(bool streamed) { return S_corpus_at(S_dir, streamed); }

static void test_runs_identical(void **state) {
  (void)state;
  for (int streamed = 0; streamed < 2; streamed++) {
    cc_corpus *c = S_open(false);
    assert_int_equal(cc_corpus_count(c), 174);
    int rc;
    char *one = S_run(c, 1, -1, NULL, &rc);
    assert_int_equal(rc, 0);
    cc_corpus_free(&c);
    const int jobs[] = {2, 3, 5};
    for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
      c = S_open(streamed);
      char *many = S_run(c, jobs[k], -1, NULL, &rc);
      assert_int_equal(rc, 0);
      assert_string_equal(one, many);
      cc_xfree(many);
      cc_corpus_free(&c);
    }
    cc_xfree(one);
  }
}

/* Stores made for a set are emptied and reused through the jobs' pools. */
static void test_runs_into_set(void **state) {
  (void)state;
  cc_corpus *c = S_open(false);
  cc_claim_set *s1 = cc_claim_set_new();
  int rc;
  char *one = S_run(c, 1, -1, s1, &rc);
  assert_int_equal(rc, 0);
  const int jobs[] = {2, 4};
  for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
    cc_claim_set *s = cc_claim_set_new();
    char *many = S_run(c, jobs[k], -1, s, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(one, many);
    assert_int_equal(cc_claim_set_count(s), cc_claim_set_count(s1));
    cc_xfree(many);
    cc_claim_set_free(&s);
  }
  cc_xfree(one);
  cc_claim_set_free(&s1);
  cc_corpus_free(&c);
}

/* A run stopped inside a job's run: the documents delivered are the
 * first ones, as with one thread, and the others are freed. */
static void test_runs_stop(void **state) {
  (void)state;
  cc_corpus *c = S_open(false);
  const int stops[] = {1, 5, 41, 100};
  for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
    int rc1, rc2;
    char *one = S_run(c, 1, stops[k], NULL, &rc1);
    char *two = S_run(c, 2, stops[k], NULL, &rc2);
    assert_int_equal(rc1, -1);
    assert_int_equal(rc2, -1);
    assert_string_equal(one, two);
    cc_xfree(one);
    cc_xfree(two);
  }
  cc_corpus_free(&c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_runs_identical),
      cmocka_unit_test(test_runs_into_set),
      cmocka_unit_test(test_runs_stop),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
