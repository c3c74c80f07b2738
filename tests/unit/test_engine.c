/* Unit tests: the extraction pipeline and its thread pool (engine.c), and
 * the scale-out seams built on it.
 *
 *  - --jobs N delivers the same results, in the same order, as one thread;
 *  - a callback that stops the run, an unreadable document and skipped
 *    documents behave the same on any number of threads;
 *  - shards: claims extracted per shard, written as CSV and read back give
 *    the same findings as checking every document in one run (library and
 *    command line), and the partitions of the check add up to the whole.
 * The articles are written here, from templates, in a temporary folder. */
#include "cc_test.h"

#include <sys/stat.h>
#include <unistd.h>

#include "cc_check.h"
#include "cc_engine.h"

static char S_dir[] = "/tmp/cc_engine_XXXXXX";
static cc_engine *S_eng;

enum { S_STORIES = 4, S_OUTLETS = 6 };

static void S_write(const char *rel, const char *text) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s", S_dir, rel);
  char *slash = strrchr(path, '/');
  *slash = '\0';
  mkdir(path, 0755);
  *slash = '/';
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* Story s, outlet o: a few facts, some of them wrong on purpose. */
static void S_article(int s, int o, char *buf, size_t n) {
  static const char *const city[S_STORIES] = {"Oslo", "Lisbon", "Nairobi",
                                              "Ottawa"};
  static const char *const date[S_STORIES] = {"2023-06-13", "2022-11-08",
                                              "2024-02-20", "2021-09-14"};
  static const char *const day[S_STORIES] = {"June 13, 2023",
                                             "November 8, 2022",
                                             "February 20, 2024",
                                             "September 14, 2021"};
  static const char *const utc[S_STORIES] = {"0800", "0930", "0800", "1400"};
  static const char *const local[S_STORIES] = {"10:00 a.m.", "9:30 a.m.",
                                               "11am", "10am"};
  static const char *const people[S_STORIES][2] = {
      {"Kari Lindqvist", "Anders Holmberg"},
      {"Rui Fontaine", "Elsa Moravec"},
      {"Wanjiru Odhengo", "Tomas Lendvai"},
      {"Claire Dubonnet", "Marek Szalai"}};
  static const char *const hours[] = {"six", "six", "seven", "six", "nine",
                                      "six"};
  snprintf(buf, n,
           "---\ndate: %s\nsource: Outlet %d\nplace: %s\n---\n"
           "Minister %s and Minister %s opened talks in %s on %s, %s.\n\n"
           "The talks began at %s local time (%s GMT). Officials said the\n"
           "talks lasted %s hours.\n\n"
           "About %d delegates registered, and %d%% of them came from "
           "abroad.\n\n"
           "It was the first meeting of the two ministers in %s years.\n",
           date[s], o, city[s], people[s][0], people[s][1], city[s],
           o == 1 ? "Friday" : "Tuesday", day[s], local[s],
           o == 2 ? "1200" : utc[s], hours[o % 6], 1200 + 50 * s, 20 + o,
           o == 3 ? "nine" : "four");
}

static int S_setup(void **state) {
  (void)state;
  if (!mkdtemp(S_dir))
    return -1;
  char rel[64], text[2048];
  for (int s = 0; s < S_STORIES; s++)
    for (int o = 0; o < S_OUTLETS; o++) {
      snprintf(rel, sizeof rel, "s%d/o%d.md", s, o);
      S_article(s, o, text, sizeof text);
      S_write(rel, text);
    }
  cc_err err;
  return cc_engine_new(CC_TEST_RULES, NULL, &S_eng, &err);
}

static int S_teardown(void **state) {
  (void)state;
  cc_engine_free(&S_eng);
  return cc_test_rm_tree(S_dir);
}

static cc_corpus *S_corpus(const char *sub) {
  char p[600];
  snprintf(p, sizeof p, "%s%s%s", S_dir, sub ? "/" : "", sub ? sub : "");
  const char *paths[] = {p};
  cc_err err;
  cc_corpus *c = cc_corpus_load(paths, 1, NULL, &err);
  assert_non_null(c);
  return c;
}

/* ---- --jobs N gives what one thread gives ---------------------------------- */

typedef struct S_dump {
  cc_buf out;
  unsigned next;   /* expected doc->index */
  int stop_at;     /* stop after this many documents (-1: never) */
  int delivered;
} S_dump;

/* Everything a document produced, as text. */
static int S_dump_doc(const cc_docresult *r, void *ud) {
  S_dump *d = ud;
  assert_int_equal(r->doc->index, d->next);
  d->next++;
  cc_buf *b = &d->out;
  cc_buf_printf(b, "%s tokens=%u sentences=%u entities=%u zone=%s\n",
                r->doc->path, r->seg.ntokens, r->seg.nsentences,
                r->nentities, r->zone ? r->zone : "-");
  for (uint32_t i = 0; i < r->nmentions; i++) {
    const cc_mention *m = &r->mentions[i];
    cc_buf_printf(b, "  %s %u-%u %s %.17g %.17g\n", cc_mtype_name(m->type),
                  m->start, m->end, m->value, m->lo, m->hi);
  }
  for (size_t i = 0; i < cc_claim_store_count(r->claims); i++) {
    const cc_claim *c = cc_claim_store_at(r->claims, i);
    cc_buf_printf(b, "  claim %s %s %s %.17g %.17g\n", c->key, c->rule,
                  c->value, c->lo, c->hi);
  }
  d->delivered++;
  return d->stop_at >= 0 && d->delivered >= d->stop_at;
}

static char *S_run_dump(const cc_corpus *c, int jobs, int stop_at, int *rc,
                        cc_run_stats *st) {
  S_dump d = {CC_BUF_INIT, 0, stop_at, 0};
  cc_err err = {{0}};
  *rc = cc_engine_run(S_eng, c, jobs, true, S_dump_doc, &d, st, &err);
  if (*rc != 0)
    cc_buf_printf(&d.out, "error: %s\n", err.msg);
  return cc_buf_detach(&d.out);
}

/* A bad word-list row is named by the lexicon folder's path as given,
 * and the row is quoted (it holds the bad value). */
static void test_lexicon_error_path(void **state) {
  (void)state;
  char cmd[4096], dir[] = "/tmp/cc_lexerr_XXXXXX", rules[64];
  assert_non_null(mkdtemp(dir));
  snprintf(rules, sizeof rules, "%s/rules", dir);
  snprintf(cmd, sizeof cmd,
           "cp -R '%s' '%s' && printf 'furlongz,fz,distanse,201,,yes,0.01,\\n'"
           " >> '%s/lexicon/units.csv'", CC_TEST_RULES, rules, rules);
  assert_int_equal(system(cmd), 0);
  cc_engine *e = NULL;
  cc_err err = {{0}};
  assert_int_not_equal(cc_engine_new(rules, NULL, &e, &err), 0);
  char want[800];
  snprintf(want, sizeof want, "%s/lexicon/units.csv:", rules);
  assert_non_null(strstr(err.msg, want));
  assert_non_null(strstr(err.msg, "unknown measure"));
  assert_non_null(strstr(err.msg, "(row 'furlongz,fz,distanse,201,,yes,0.01,')"));
  assert_int_equal(cc_test_rm_tree(dir), 0);
}

static void test_jobs_identical(void **state) {
  (void)state;
  cc_corpus *c = S_corpus(NULL);
  assert_int_equal(cc_corpus_count(c), S_STORIES * S_OUTLETS);
  int rc;
  cc_run_stats st1, stn;
  char *one = S_run_dump(c, 1, -1, &rc, &st1);
  assert_int_equal(rc, 0);
  assert_int_equal(st1.docs, S_STORIES * S_OUTLETS);
  assert_non_null(strstr(one, "claim event.duration"));
  const int jobs[] = {2, 3, 4, 8, 64};
  for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
    char *many = S_run_dump(c, jobs[k], -1, &rc, &stn);
    assert_int_equal(rc, 0);
    assert_string_equal(one, many);
    assert_int_equal(stn.docs, st1.docs);
    assert_int_equal(stn.bytes, st1.bytes);
    free(many);
  }
  free(one);
  cc_corpus_free(&c);
}

/* A corpus whose folders are still being walked while the run starts
 * (cc_corpus_open) gives what a loaded one gives, on any number of threads,
 * and a callback that stops the run early leaves the walk to end cleanly. */
static void test_streamed_corpus_identical(void **state) {
  (void)state;
  cc_corpus *c = S_corpus(NULL);
  int rc;
  cc_run_stats st1, stn;
  char *one = S_run_dump(c, 1, -1, &rc, &st1);
  assert_int_equal(rc, 0);
  cc_corpus_free(&c);
  const char *paths[] = {S_dir};
  const int jobs[] = {1, 2, 3, 8};
  for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
    cc_err err;
    cc_corpus *sc = cc_corpus_open(paths, 1, NULL, &err);
    assert_non_null(sc);
    char *many = S_run_dump(sc, jobs[k], -1, &rc, &stn);
    assert_int_equal(rc, 0);
    assert_string_equal(one, many);
    assert_int_equal(stn.docs, st1.docs);
    assert_int_equal(cc_corpus_count(sc), S_STORIES * S_OUTLETS);
    free(many);
    cc_corpus_free(&sc);
    sc = cc_corpus_open(paths, 1, NULL, &err);
    many = S_run_dump(sc, jobs[k], 3, &rc, &stn);
    assert_int_equal(rc, -1);
    assert_int_equal(stn.docs, 3);
    free(many);
    cc_corpus_free(&sc);
  }
  free(one);
}

/* A callback that stops the run: nothing after it is delivered, on any
 * number of threads, and the run reports it. */
static void test_stop_early(void **state) {
  (void)state;
  cc_corpus *c = S_corpus(NULL);
  const int jobs[] = {1, 2, 4};
  char *first = NULL;
  for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
    int rc;
    cc_run_stats st;
    char *out = S_run_dump(c, jobs[k], 5, &rc, &st);
    assert_int_equal(rc, -1);
    assert_non_null(strstr(out, "error: stopped"));
    assert_int_equal(st.docs, 5);
    if (!first)
      first = out;
    else {
      assert_string_equal(first, out);
      free(out);
    }
  }
  free(first);
  cc_corpus_free(&c);
}

static void S_count_warning(const char *msg, void *ud) {
  if (strstr(msg, "empty file"))
    ++*(int *)ud;
}

/* A bad document stops the run at its place in the order; an empty one is
 * skipped (with a warning) and counted. */
static void test_bad_and_empty_documents(void **state) {
  (void)state;
  int warnings = 0;
  cc_warn_set_sink(S_count_warning, &warnings);
  S_write("bad/a.md", "Talks began on Tuesday.\n");
  S_write("bad/b.md", "");
  S_write("bad/c.md", "Bad \xff byte.\n");
  S_write("bad/d.md", "Never delivered.\n");
  cc_corpus *c = S_corpus("bad");
  const int jobs[] = {1, 2, 4};
  for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
    int rc;
    cc_run_stats st;
    char *out = S_run_dump(c, jobs[k], -1, &rc, &st);
    assert_int_equal(rc, -1);
    assert_int_equal(st.docs, 1);
    assert_int_equal(st.skipped, 1);
    assert_non_null(strstr(out, "/bad/a.md"));
    assert_null(strstr(out, "/bad/d.md tokens"));
    assert_non_null(strstr(out, "c.md"));
    assert_non_null(strstr(out, "byte"));
    free(out);
  }
  cc_warn_set_sink(NULL, NULL);
  assert_int_equal(warnings, 3);
  cc_corpus_free(&c);
  char cmd[700];
  snprintf(cmd, sizeof cmd, "rm -rf '%s/bad'", S_dir);
  assert_int_equal(system(cmd), 0);
}

/* ---- shards ---------------------------------------------------------------------- */

static int S_collect(const cc_docresult *r, void *ud) {
  cc_claim_store_merge(ud, r->claims);
  return 0;
}

static cc_claim_store *S_extract(const char *sub, int jobs) {
  cc_corpus *c = S_corpus(sub);
  cc_claim_store *s = cc_claim_store_new();
  cc_err err;
  assert_int_equal(cc_engine_run(S_eng, c, jobs, true, S_collect, s, NULL,
                                 &err), 0);
  cc_corpus_free(&c);
  return s;
}

/* Findings as sorted text lines (doc_index left out: it counts documents
 * within one extract run, so it differs between shards by design). */
static int S_strcmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *S_findings(const cc_claim_store *claims, int k, int n) {
  cc_check_config *cfg = NULL;
  cc_err err;
  assert_int_equal(cc_check_config_load(CC_TEST_RULES, &cfg, &err), 0);
  cc_findings *set = cc_findings_new();
  cc_check_opts o = {.partition_k = k, .partition_n = n};
  cc_check_run(claims, cfg, &o, set);
  size_t m = cc_findings_count(set);
  char **lines = calloc(m ? m : 1, sizeof *lines);
  for (size_t i = 0; i < m; i++) {
    const cc_finding *f = cc_findings_at(set, i);
    cc_buf b = CC_BUF_INIT;
    cc_buf_printf(&b, "%s %s %s %s %s | %s:%u:%u %s:%u:%u\n", f->id,
                  cc_verdict_name(f->verdict), f->rule, f->key, f->message,
                  f->a.doc, f->a.line, f->a.col, f->b.doc ? f->b.doc : "",
                  f->b.line, f->b.col);
    lines[i] = cc_buf_detach(&b);
  }
  qsort(lines, m, sizeof *lines, S_strcmp);
  cc_buf all = CC_BUF_INIT;
  for (size_t i = 0; i < m; i++) {
    cc_buf_puts(&all, lines[i]);
    free(lines[i]);
  }
  free(lines);
  cc_findings_free(&set);
  cc_check_config_free(&cfg);
  return cc_buf_detach(&all);
}

static void S_to_csv(const cc_claim_store *s, const char *path) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  cc_err err;
  assert_int_equal(cc_claims_write_csv(s, f, &err), 0);
  assert_int_equal(fclose(f), 0);
}

/* extract per shard -> CSV -> read back together == one run over all */
static void test_shards_equal_one_run(void **state) {
  (void)state;
  cc_claim_store *all = S_extract(NULL, 2);
  char *want = S_findings(all, 0, 0);
  assert_non_null(strstr(want, "discrepancy"));
  const char *shards[] = {"s0", "s1", "s2", "s3"};
  cc_claim_store *back = cc_claim_store_new();
  for (int i = 0; i < 4; i++) {
    cc_claim_store *part = S_extract(shards[i], 1 + i % 2);
    char path[700];
    snprintf(path, sizeof path, "%s/shard%d.csv", S_dir, i);
    S_to_csv(part, path);
    cc_claim_store_free(&part);
    cc_err err;
    assert_int_equal(cc_claims_read_csv(back, path, &err), 0);
  }
  assert_int_equal(cc_claim_store_count(back), cc_claim_store_count(all));
  char *got = S_findings(back, 0, 0);
  assert_string_equal(want, got);
  free(got);
  free(want);
  cc_claim_store_free(&back);
  cc_claim_store_free(&all);
}

/* check --partition K/N for every K: together, exactly the whole run. */
static void test_partitions_add_up(void **state) {
  (void)state;
  cc_claim_store *all = S_extract(NULL, 2);
  char *want = S_findings(all, 0, 0);
  const int n = 3;
  cc_buf parts = CC_BUF_INIT;
  for (int k = 0; k < n; k++) {
    char *p = S_findings(all, k, n);
    cc_buf_puts(&parts, p);
    free(p);
  }
  /* re-sort the concatenation line by line */
  char *cat = cc_buf_detach(&parts);
  size_t m = 0;
  char *lines[4096];
  for (char *save = NULL, *l = strtok_r(cat, "\n", &save); l && m < 4096;
       l = strtok_r(NULL, "\n", &save))
    lines[m++] = l;
  qsort(lines, m, sizeof *lines, S_strcmp);
  cc_buf got = CC_BUF_INIT;
  for (size_t i = 0; i < m; i++)
    cc_buf_printf(&got, "%s\n", lines[i]);
  assert_string_equal(want, got.ptr ? got.ptr : "");
  cc_buf_free(&got);
  free(cat);
  free(want);
  cc_claim_store_free(&all);
}

/* The same through the command line, as a sharded job would run it:
 *   claimcheck extract --claims --format csv SHARD -o shardK.csv
 *   claimcheck check --claims shard*.csv  ==  claimcheck check ALL */
static void test_cli_shards(void **state) {
  (void)state;
  const char *bin = "./build/claimcheck";
  if (access(bin, X_OK) != 0) {
    skip();
    return;
  }
  char cmd[4096];
  snprintf(cmd, sizeof cmd,
           "cd '%s' && export CLAIMCHECK_RULES='%s/rules' NO_COLOR=1 && "
           "B='%s/%s' && "
           "$B check --story-per-folder --format csv s0 s1 s2 s3 "
           "> all.out 2>/dev/null; "
           "$B extract --claims --format csv --jobs 2 -o a.csv s0 s1 && "
           "$B extract --claims --format csv --jobs 1 -o b.csv s2 s3 && "
           "{ $B check --story-per-folder --format csv --claims a.csv b.csv "
           "> ab.out 2>/dev/null; true; } && "
           "grep -q discrepancy all.out && cmp -s all.out ab.out",
           S_dir, getcwd((char[1024]){0}, 1024), getcwd((char[1024]){0}, 1024),
           bin);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_jobs_identical),
      cmocka_unit_test(test_streamed_corpus_identical),
      cmocka_unit_test(test_stop_early),
      cmocka_unit_test(test_lexicon_error_path),
      cmocka_unit_test(test_bad_and_empty_documents),
      cmocka_unit_test(test_shards_equal_one_run),
      cmocka_unit_test(test_partitions_add_up),
      cmocka_unit_test(test_cli_shards),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
