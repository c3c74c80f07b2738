/* Unit tests: documents processed in batches (engine.c, S_batch).
 *
 * A thread takes up to 16 consecutive documents and runs each stage of
 * the pipeline over a batch of them (up to 64 KB of text) before the
 * next stage.  Whatever the number of jobs, every document must come out
 * as cc_engine_process makes it alone, with a fresh arena:
 *  - short and long documents mixed, so that batches end on the count and
 *    on the byte bound, and a document longer than the bound alone;
 *  - an empty file among them (skipped, with a warning);
 *  - warnings raised while a document is processed (a sentence cut at the
 *    token limit) reach the sink just before that document is delivered,
 *    never with another document's, in corpus order;
 *  - a run stopped inside a batch delivers exactly the documents before
 *    the stop. */
#include "cc_test.h"


#include "cc_engine.h"

static char S_dir[] = "/tmp/cc_engine_batch_XXXXXX";
static cc_engine *S_eng;

#define S_NDOCS 70
#define S_EMPTY 23     /* an empty file */
#define S_MAX_TOKENS 60 /* a low sentence limit, so that warnings come */

/* Document n, in folder f<n/9>. */
static void S_write(int n, const char *text, int repeat) {
  char rel[64];
  snprintf(rel, sizeof rel, "f%d/d%03d.md", n / 9, n);
  cc_test_write(S_dir, rel, text, repeat);
}

/* Document n: numbers, a date, a time, a person; every fifth has a
 * sentence longer than S_MAX_TOKENS; every seventh is repeated to 50-190
 * KB (over the batch's byte bound). */
static void S_article(int n, char *buf, size_t size) {
  static const char *const city[] = {"Oslo", "Lisbon", "Nairobi", "Ottawa"};
  int len = snprintf(
      buf, size,
      "---\ndate: 2023-06-%02d\nsource: Outlet %d\nplace: %s\n---\n"
      "Minister Kari Lindqvist opened talks in %s on Tuesday, June %d, "
      "2023.\n\nThe talks began at %d:30 a.m. local time and lasted %d "
      "hours. About %d delegates registered, and %d%% of them came from "
      "abroad.\n\n",
      1 + n % 28, n % 7, city[n % 4], city[n % 4], 1 + n % 28, 1 + n % 11,
      2 + n % 5, 100 + 7 * n, 10 + n % 80);
  if (n % 5 == 0)
    for (int k = 0; k < 80 && len < (int)size - 16; k++)
      len += snprintf(buf + len, size - (size_t)len, "word%d ", k);
  if (n % 5 == 0)
    snprintf(buf + len, size - (size_t)len, "end.\n\n");
}

static int S_setup(void **state) {
  (void)state;
  if (!mkdtemp(S_dir))
    return -1;
  char text[2048];
  for (int n = 0; n < S_NDOCS; n++) {
    S_article(n, text, sizeof text);
    S_write(n, text, n == S_EMPTY ? 0 : n % 7 == 3 ? 150 + 40 * (n % 3) : 1);
  }
  cc_limits lim = {.max_sentence_tokens = S_MAX_TOKENS};
  cc_err err;
  return cc_engine_new(CC_TEST_RULES, &lim, &S_eng, &err);
}

static int S_teardown(void **state) {
  (void)state;
  cc_engine_free(&S_eng);
  return cc_test_rm_tree(S_dir);
}

/* One document's results as text: tokens, sentences, mentions, entities
 * and claims. */
static void S_dump_result(cc_buf *out, const cc_docresult *r) {
  cc_buf_printf(out, "%s tokens=%u sentences=%u mentions=%u entities=%u\n",
                r->doc->path, r->seg.ntokens, r->seg.nsentences,
                r->nmentions, r->nentities);
  for (uint32_t i = 0; i < r->nmentions; i++) {
    const cc_mention *m = &r->mentions[i];
    cc_buf_printf(out, "  m %u %u %u %s %.17g %.17g\n", (unsigned)m->type,
                  m->start, m->end, m->value, m->lo, m->hi);
  }
  for (size_t i = 0; i < cc_claim_store_count(r->claims); i++) {
    const cc_claim *c = cc_claim_store_at(r->claims, i);
    cc_buf_printf(out, "  c %s %s %s %.17g %.17g\n", c->key, c->rule,
                  c->value, c->lo, c->hi);
  }
}

/* The log of a run: the sink's warnings and the documents delivered, in
 * the order they came. */
static cc_buf S_log = CC_BUF_INIT;

static void S_sink(const char *msg, void *ud) {
  (void)ud;
  cc_buf_printf(&S_log, "warning %s\n", msg);
}

typedef struct S_stop {
  int after; /* stop after this many documents (-1: never) */
  int seen;
} S_stop;

static int S_deliver(const cc_docresult *r, void *ud) {
  S_stop *st = ud;
  S_dump_result(&S_log, r);
  st->seen++;
  return st->after >= 0 && st->seen >= st->after;
}

/* The log without its warning lines. */
static char *S_results_only(const char *log) {
  cc_buf b = CC_BUF_INIT;
  for (const char *p = log; *p;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
    if (strncmp(p, "warning ", 8) != 0)
      cc_buf_put(&b, p, n);
    p += n;
  }
  return cc_buf_detach(&b);
}

/* Each document alone, read and processed with a fresh arena; the empty
 * file's warning comes from reading it. */
static char *S_reference(const cc_corpus *c, int stop_after) {
  cc_buf_reset(&S_log);
  int seen = 0;
  for (size_t i = 0; i < cc_corpus_count(c); i++) {
    cc_doc *doc = NULL;
    cc_err err;
    int rc = cc_corpus_read(c, i, &doc, &err);
    assert_true(rc >= 0);
    if (rc > 0)
      continue;
    cc_arena *arena = cc_arena_new();
    cc_docresult r;
    cc_engine_process(S_eng, doc, arena, true, &r);
    S_dump_result(&S_log, &r);
    cc_claim_store_free(&r.claims);
    cc_arena_free(&arena);
    cc_doc_free(doc);
    if (++seen == stop_after)
      break;
  }
  char *log = cc_buf_detach(&S_log);
  char *res = S_results_only(log);
  cc_xfree(log);
  return res;
}

static char *S_run(const cc_corpus *c, int jobs, int stop_after, int *rc) {
  cc_buf_reset(&S_log);
  S_stop st = {stop_after, 0};
  cc_err err = {{0}};
  *rc = cc_engine_run(S_eng, c, jobs, true, S_deliver, &st, NULL, &err);
  return cc_buf_detach(&S_log);
}

CC_TEST_CORPUS_AT

static cc_corpus *S_open(bool streamed) { return S_corpus_at(S_dir, streamed); }

/* Every warning line names the file of the next document line (or the
 * empty file, which is never delivered). */
static void S_check_warnings(const char *log) {
  int warnings = 0;
  for (const char *p = log; *p;) {
    const char *nl = strchr(p, '\n');
    assert_non_null(nl);
    if (strncmp(p, "warning ", 8) == 0) {
      warnings++;
      const char *msg = p + 8;
      if (strstr(msg, "empty file") == NULL) {
        const char *next = nl + 1;
        while (strncmp(next, "warning ", 8) == 0)
          next = strchr(next, '\n') + 1;
        size_t plen = strcspn(next, " ");
        assert_true(plen > 0);
        assert_memory_equal(msg, next, plen); /* "PATH:LINE: ..." */
        assert_int_equal(msg[plen], ':');
      }
    }
    p = nl + 1;
  }
  assert_true(warnings >= S_NDOCS / 5); /* the long sentences and the empty file */
}

static void test_batch_as_alone(void **state) {
  (void)state;
  cc_warn_set_sink(S_sink, NULL);
  cc_corpus *c = S_open(false);
  assert_int_equal(cc_corpus_count(c), S_NDOCS);
  char *ref = S_reference(c, -1);
  cc_corpus_free(&c);
  assert_non_null(strstr(ref, "\n  c ")); /* claims, */
  assert_null(strstr(ref, "entities=0")); /* people and places everywhere */
  char *first = NULL;
  const int jobs[] = {1, 2, 3, 5};
  for (int streamed = 0; streamed < 2; streamed++)
    for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
      c = S_open(streamed);
      int rc;
      char *log = S_run(c, jobs[k], -1, &rc);
      assert_int_equal(rc, 0);
      S_check_warnings(log);
      char *res = S_results_only(log);
      assert_string_equal(ref, res);
      if (!first)
        first = log;
      else {
        assert_string_equal(first, log); /* warnings too, in order */
        cc_xfree(log);
      }
      cc_xfree(res);
      cc_corpus_free(&c);
    }
  cc_xfree(first);
  cc_xfree(ref);
  cc_warn_set_sink(NULL, NULL);
}

/* Stops inside the first batch, at its end, inside a later one. */
static void test_batch_stop(void **state) {
  (void)state;
  cc_warn_set_sink(S_sink, NULL);
  cc_corpus *c = S_open(false);
  const int stops[] = {1, 7, 16, 17, 40};
  for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
    char *ref = S_reference(c, stops[k]);
    for (int jobs = 1; jobs <= 3; jobs++) {
      int rc;
      char *log = S_run(c, jobs, stops[k], &rc);
      assert_int_equal(rc, -1);
      char *res = S_results_only(log);
      assert_string_equal(ref, res);
      cc_xfree(res);
      cc_xfree(log);
    }
    cc_xfree(ref);
  }
  cc_corpus_free(&c);
  cc_warn_set_sink(NULL, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_batch_as_alone),
      cmocka_unit_test(test_batch_stop),
  };
  int rc = cmocka_run_group_tests(tests, S_setup, S_teardown);
  cc_buf_free(&S_log);
  return rc;
}
