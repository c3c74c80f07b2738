/* Unit tests: how the documents are delivered (engine.c).
 *
 * Whatever the number of jobs (and whichever thread delivers: the header
 * promises the calling thread today; a change that lets the job that
 * finished a document deliver it must keep these):
 *  - the callback is never run by two threads at once, and sees the
 *    documents strictly in corpus order, each once;
 *  - the run's stats count every document delivered;
 *  - a callback that stops the run stops it there: exactly the documents
 *    before it were delivered, and the run says "stopped";
 *  - a document that cannot be read (bad UTF-8) ends the run at its
 *    place, with the same error and the same documents delivered as one
 *    thread gives. */
#include "cc_test.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_engine.h"

static char S_dir[] = "/tmp/cc_engine_deliver_XXXXXX";
static cc_engine *S_eng;

#define S_NDOCS 150
#define S_BAD 97 /* the document with a bad byte (bad/ only) */

static void S_write(const char *rel, const char *text, bool bad) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s", S_dir, rel);
  char dir[600];
  snprintf(dir, sizeof dir, "%s", path);
  *strrchr(dir, '/') = '\0';
  mkdir(dir, 0755);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  if (bad)
    fputs("Caf\xe9 closed.\n", f);
  fclose(f);
}

/* Two trees: good/ (every document readable) and bad/ (the same, one of
 * them with a byte that is not UTF-8); folders of 1 to 9 files, so jobs
 * take runs of different lengths. */
static int S_setup(void **state) {
  (void)state;
  if (!mkdtemp(S_dir))
    return -1;
  char sub[64];
  snprintf(sub, sizeof sub, "%s/good", S_dir);
  mkdir(sub, 0755);
  snprintf(sub, sizeof sub, "%s/bad", S_dir);
  mkdir(sub, 0755);
  int folder = 0, left = 0;
  for (int n = 0; n < S_NDOCS; n++) {
    if (left == 0) {
      folder++;
      left = 1 + folder % 9;
    }
    left--;
    char text[512], rel[64];
    snprintf(text, sizeof text,
             "---\ndate: 2024-03-%02d\nsource: Outlet %d\n---\n"
             "The council in Leeds voted on Monday: %d members for, %d "
             "against, and the budget rose %d%% to $%d million.\n\n",
             1 + n % 28, n % 5, 20 + n % 13, 3 + n % 7, 1 + n % 40,
             10 + 3 * n);
    snprintf(rel, sizeof rel, "good/f%03d/d%03d.md", folder, n);
    S_write(rel, text, false);
    snprintf(rel, sizeof rel, "bad/f%03d/d%03d.md", folder, n);
    S_write(rel, text, n == S_BAD);
  }
  cc_err err;
  return cc_engine_new(CC_TEST_RULES, NULL, &S_eng, &err);
}

static int S_teardown(void **state) {
  (void)state;
  cc_engine_free(&S_eng);
  return cc_test_rm_tree(S_dir);
}

/* What the callback saw; failures are counted, not asserted, because the
 * callback runs on the run's threads (cmocka's assertions jump back to
 * the test's own). */
typedef struct S_seen {
  atomic_int inside;   /* callbacks running now */
  atomic_int overlaps; /* times one found another running */
  int misordered;
  unsigned next;       /* expected doc->index */
  int stop_at;         /* stop after this many (-1: never) */
  int delivered;
  uint64_t bytes;
  size_t claims;
} S_seen;

static int S_seen_doc(const cc_docresult *r, void *ud) {
  S_seen *s = ud;
  if (atomic_fetch_add(&s->inside, 1) != 0)
    atomic_fetch_add(&s->overlaps, 1);
  /* give another thread a chance to come in, if it could */
  for (int k = 0; k < 3; k++)
    sched_yield();
  if (r->doc->index != s->next)
    s->misordered++;
  s->next = r->doc->index + 1;
  s->delivered++;
  s->bytes += r->doc->len;
  s->claims += cc_claim_store_count(r->claims);
  int stop = s->stop_at >= 0 && s->delivered >= s->stop_at;
  atomic_fetch_sub(&s->inside, 1);
  return stop;
}

CC_TEST_CORPUS_AT

static cc_corpus *S_open(const char *tree, bool streamed) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s", S_dir, tree);
  return S_corpus_at(path, streamed);
}

static int S_run(const char *tree, bool streamed, int jobs, int stop_at,
                 bool into, S_seen *s, cc_run_stats *st, cc_err *err) {
  memset(s, 0, sizeof *s);
  s->stop_at = stop_at;
  memset(err, 0, sizeof *err);
  cc_corpus *c = S_open(tree, streamed);
  cc_claim_set *set = into ? cc_claim_set_new() : NULL;
  int rc = into ? cc_engine_run_into(S_eng, c, jobs, set, S_seen_doc, s, st,
                                     err)
                : cc_engine_run(S_eng, c, jobs, true, S_seen_doc, s, st, err);
  cc_claim_set_free(&set);
  cc_corpus_free(&c);
  assert_int_equal(atomic_load(&s->overlaps), 0);
  assert_int_equal(s->misordered, 0);
  return rc;
}

static const int S_jobs[] = {2, 3, 5};
#define S_NJOBS (sizeof S_jobs / sizeof S_jobs[0])

static void test_deliver_one_at_a_time_in_order(void **state) {
  (void)state;
  S_seen one, many;
  cc_run_stats st1, st;
  cc_err err;
  assert_int_equal(S_run("good", false, 1, -1, false, &one, &st1, &err), 0);
  assert_int_equal(one.delivered, S_NDOCS);
  assert_int_equal(st1.docs, S_NDOCS);
  assert_int_equal(st1.bytes, one.bytes);
  for (int streamed = 0; streamed < 2; streamed++)
    for (int into = 0; into < 2; into++)
      for (size_t k = 0; k < S_NJOBS; k++) {
        assert_int_equal(
            S_run("good", streamed, S_jobs[k], -1, into, &many, &st, &err), 0);
        assert_int_equal(many.delivered, S_NDOCS);
        assert_int_equal(many.bytes, one.bytes);
        assert_int_equal(many.claims, one.claims);
        assert_int_equal(st.docs, st1.docs);
        assert_int_equal(st.skipped, st1.skipped);
        assert_int_equal(st.bytes, st1.bytes);
      }
}

static void test_deliver_stop(void **state) {
  (void)state;
  const int stops[] = {1, 2, 9, 64, 149};
  for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
    for (size_t k = 0; k < S_NJOBS; k++) {
      S_seen s;
      cc_run_stats st;
      cc_err err;
      assert_int_equal(
          S_run("good", k % 2, S_jobs[k], stops[i], k == 1, &s, &st, &err),
          -1);
      assert_int_equal(s.delivered, stops[i]);
      assert_int_equal(st.docs, (size_t)stops[i]);
      assert_string_equal(err.msg, "stopped");
    }
}

static void test_deliver_unreadable(void **state) {
  (void)state;
  S_seen one, many;
  cc_run_stats st1, st;
  cc_err err1, err;
  assert_int_equal(S_run("bad", false, 1, -1, false, &one, &st1, &err1), -1);
  assert_int_equal(one.delivered, S_BAD);
  assert_true(err1.msg[0] != '\0');
  for (int streamed = 0; streamed < 2; streamed++)
    for (size_t k = 0; k < S_NJOBS; k++) {
      assert_int_equal(
          S_run("bad", streamed, S_jobs[k], -1, streamed, &many, &st, &err),
          -1);
      assert_int_equal(many.delivered, S_BAD);
      assert_int_equal(many.bytes, one.bytes);
      assert_int_equal(st.docs, st1.docs);
      assert_string_equal(err.msg, err1.msg);
    }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_deliver_one_at_a_time_in_order),
      cmocka_unit_test(test_deliver_stop),
      cmocka_unit_test(test_deliver_unreadable),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
