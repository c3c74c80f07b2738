/* test_check_jobs.c - the check stage on several threads: the same
 * findings, in the same order with the same ids, for any number of jobs
 * (value groups, names, parts and intrinsic checks run as tasks whose
 * findings are absorbed in task order); and cc__rank_ptrs, which puts
 * claims and names in order without comparing strings per comparison. */
#include "cc_test.h"

#include <math.h>

#include "cc_check.h"
#include "cc_claim.h"
#include "cc_recog.h"
#include "cc_time.h"

#include "../../src/check_int.h"

#define DAY 86400.0

static uint64_t S_rand(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

/* ---- cc__rank_ptrs ----------------------------------------------------------- */

static int S_str_cmp(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* Ranks follow strcmp; a pointer repeated and two copies of one string
 * share a rank; the count of distinct ranks is returned. */
static void test_rank_ptrs(void **state) {
  (void)state;
  static const char pear[] = "pear", apple[] = "apple", fig[] = "fig";
  static const char pear2[] = "pear"; /* another copy */
  const char *p[] = {pear, apple, pear2, fig, pear, apple, fig};
  size_t n = sizeof p / sizeof p[0];
  uint32_t rank[7];
  size_t nr = cc__rank_ptrs((const void *const *)p, n, S_str_cmp, rank);
  assert_int_equal(nr, 3);
  uint32_t want[] = {2, 0, 2, 1, 2, 0, 1};
  assert_memory_equal(rank, want, sizeof want);
  assert_int_equal(cc__rank_ptrs(NULL, 0, S_str_cmp, rank), 0);
}

/* Many random strings (with repeats and copies): rank order is strcmp
 * order, equal strings equal ranks. */
static void test_rank_ptrs_random(void **state) {
  (void)state;
  enum { N = 3000, POOL = 400 };
  static char pool[POOL][8];
  uint64_t seed = 0x9e3779b97f4a7c15ULL;
  for (int i = 0; i < POOL; i++)
    snprintf(pool[i], sizeof pool[i], "k%03u",
             (unsigned)(S_rand(&seed) % 300)); /* copies of equal text */
  const char **p = calloc(N, sizeof *p);
  uint32_t *rank = calloc(N, sizeof *rank);
  for (int i = 0; i < N; i++)
    p[i] = pool[S_rand(&seed) % POOL];
  cc__rank_ptrs((const void *const *)p, N, S_str_cmp, rank);
  for (int i = 0; i < N; i += 7)
    for (int j = 0; j < N; j += 13) {
      int c = strcmp(p[i], p[j]);
      assert_true((c < 0) == (rank[i] < rank[j]));
      assert_true((c == 0) == (rank[i] == rank[j]));
    }
  free(p);
  free(rank);
}

/* ---- findings for any --jobs -------------------------------------------------- */

static const char *const S_docs[] = {"s1/a.md", "s1/b.md", "s1/c.md",
                                     "s2/a.md", "s2/b.md", "s3/a.md"};
static const char *const S_quotes[] = {
    "Lindqvist said in Geneva that the talks began.",
    "Officials in Geneva confirmed Lindqvist had arrived.",
    "Storms hit Oslo and Bergen overnight, Hansen said."};
static const char *const S_names[] = {"Erik Lindqvist", "Erik Lindquist",
                                      "Anna Hansen", "Anna Hanssen",
                                      "Erik Lindkvist"};

static cc_claim S_base(const char *frame, const char *subject, cc_vkind vk,
                       double lo, double hi, size_t d, uint32_t at) {
  cc_claim c = {0};
  c.frame = frame;
  c.subject = subject;
  c.object = "";
  c.rule = "test.rule";
  c.vkind = (uint8_t)vk;
  c.gran = CC_G_DAY;
  c.lo = lo;
  c.hi = hi;
  c.value = "";
  c.value2 = "";
  c.derivation = "";
  c.doc = S_docs[d];
  c.source = S_docs[d];
  c.line = 1 + at;
  c.col = 1;
  c.start = 10 * at;
  c.end = 10 * at + 5;
  c.text = "mention";
  c.quote = S_quotes[(d + at) % 3];
  c.flags = CC_CF_DOC_DATE;
  c.doc_date = cc_days_from_civil(2025, 8, 15);
  return c;
}

/* A corpus of many small disagreements: counts, tolls with their parts,
 * dates, names spelled several ways, weekdays.  repeat: every claim is
 * also read by a second rule (the same claim twice, which the check
 * stage keeps once: each thread's part of the items then holds fewer
 * items than claims, and the parts are moved together). */
static cc_claim_store *S_corpus_of(bool repeat) {
  cc_claim_store *s = cc_claim_store_new();
  uint64_t seed = 88172645463325252ULL;
  char num[32];
  for (uint32_t at = 0; at < 400; at++) {
    size_t d = S_rand(&seed) % 6;
    double v = (double)(10 + S_rand(&seed) % 4);
    cc_claim c;
    switch (at % 5) {
    case 0:
      c = S_base(at % 2 ? "toll.dead" : "toll.injured", "story",
                 CC_VK_COUNT, v, v, d, at);
      break;
    case 1:
      c = S_base("toll.casualties", "story", CC_VK_COUNT, 2 * v, 2 * v, d,
                 at);
      break;
    case 2: {
      double day = (double)cc_days_from_civil(2025, 8, 10 + (int)(v - 10));
      c = S_base("event.date", "story", CC_VK_INSTANT, day * DAY,
                 (day + 1) * DAY, d, at);
      break;
    }
    case 3: {
      const char *nm = S_names[S_rand(&seed) % 5];
      c = S_base("person.name", strstr(nm, "Anna") ? "hansen" : "lindqvist",
                 CC_VK_NAME, NAN, NAN, d, at);
      c.value = nm;
      c.text = nm;
      break;
    }
    default:
      c = S_base("date.weekday", "story", CC_VK_WEEKDAY,
                 (double)cc_days_from_civil(2025, 8, 11) * DAY,
                 (double)cc_days_from_civil(2025, 8, 12) * DAY, d, at);
      c.value = (S_rand(&seed) % 2) ? "Monday" : "Tuesday";
      break;
    }
    snprintf(num, sizeof num, "%g", v);
    if (!*c.value)
      c.value = num;
    cc_claim_store_add(s, &c);
    if (repeat) {
      c.rule = "test.rule2";
      cc_claim_store_add(s, &c);
    }
  }
  return s;
}

static cc_claim_store *S_corpus(void) { return S_corpus_of(false); }

static cc_findings *S_run(const cc_claim_store *s, const cc_check_config *cfg,
                          int jobs, int part_n, bool one_story) {
  cc_findings *f = cc_findings_new();
  cc_check_opts o = {.jobs = jobs, .partition_k = part_n > 1 ? 1 : 0,
                     .partition_n = part_n, .one_story = one_story};
  cc_check_run(s, cfg, &o, f);
  return f;
}

static void S_same(const cc_findings *a, const cc_findings *b) {
  assert_int_equal(cc_findings_count(a), cc_findings_count(b));
  for (size_t i = 0; i < cc_findings_count(a); i++) {
    const cc_finding *x = cc_findings_at(a, i), *y = cc_findings_at(b, i);
    assert_string_equal(x->id, y->id);
    assert_string_equal(x->check, y->check);
    assert_string_equal(x->message, y->message);
    assert_string_equal(x->a.doc, y->a.doc);
    assert_string_equal(x->b.doc, y->b.doc);
    assert_int_equal(x->verdict, y->verdict);
    assert_int_equal(x->severity, y->severity);
  }
}

static void test_jobs_same_findings(void **state) {
  (void)state;
  cc_check_config *cfg = NULL;
  cc_err err;
  assert_int_equal(cc_check_config_load(CC_TEST_RULES, &cfg, &err), 0);
  cc_claim_store *s = S_corpus();
  for (int part = 0; part <= 3; part += 3)
    for (int one = 0; one < 2; one++) {
      cc_findings *f1 = S_run(s, cfg, 1, part, one);
      assert_true(cc_findings_count(f1) > 0);
      static const int jobs[] = {2, 3, 5};
      for (size_t j = 0; j < sizeof jobs / sizeof jobs[0]; j++) {
        cc_findings *fj = S_run(s, cfg, jobs[j], part, one);
        S_same(f1, fj);
        cc_findings_free(&fj);
      }
      cc_findings_free(&f1);
    }
  /* the findings of every kind are there (not a trivial pass) */
  cc_findings *f = S_run(s, cfg, 3, 0, true);
  bool names = false, values = false;
  for (size_t i = 0; i < cc_findings_count(f); i++) {
    names |= strcmp(cc_findings_at(f, i)->check, "name_variant") == 0;
    values |= strcmp(cc_findings_at(f, i)->check, "same_fact") == 0;
  }
  assert_true(names);
  assert_true(values);
  cc_findings_free(&f);
  cc_claim_store_free(&s);
  cc_check_config_free(&cfg);
}

/* Repeated claims: the same findings as one thread makes for any
 * --jobs, and as the corpus without the repeats makes. */
static void test_jobs_repeated_claims(void **state) {
  (void)state;
  cc_check_config *cfg = NULL;
  cc_err err;
  assert_int_equal(cc_check_config_load(CC_TEST_RULES, &cfg, &err), 0);
  cc_claim_store *s = S_corpus_of(true), *once = S_corpus();
  for (int part = 0; part <= 3; part += 3)
    for (int one = 0; one < 2; one++) {
      cc_findings *f1 = S_run(s, cfg, 1, part, one);
      cc_findings *f0 = S_run(once, cfg, 1, part, one);
      assert_true(cc_findings_count(f1) > 0);
      S_same(f0, f1);
      cc_findings_free(&f0);
      static const int jobs[] = {2, 3, 5, 16, 40};
      for (size_t j = 0; j < sizeof jobs / sizeof jobs[0]; j++) {
        cc_findings *fj = S_run(s, cfg, jobs[j], part, one);
        S_same(f1, fj);
        cc_findings_free(&fj);
      }
      cc_findings_free(&f1);
    }
  cc_findings *f = S_run(s, cfg, 2, 0, true);
  bool names = false;
  for (size_t i = 0; i < cc_findings_count(f); i++)
    names |= strcmp(cc_findings_at(f, i)->check, "name_variant") == 0;
  assert_true(names);
  cc_findings_free(&f);
  cc_claim_store_free(&once);
  cc_claim_store_free(&s);
  cc_check_config_free(&cfg);
}

/* Findings counted but not kept (tally_only) are counted alike. */
static void test_jobs_tallies(void **state) {
  (void)state;
  cc_claim_store *s = S_corpus();
  size_t want[3];
  for (int jobs = 1; jobs <= 4; jobs += 3) {
    cc_findings *f = cc_findings_new();
    cc_findings_tally_only(f, 1u << CC_VERDICT_CONSISTENT);
    cc_check_opts o = {.jobs = jobs, .one_story = true};
    cc_check_run(s, NULL, &o, f);
    for (int v = 0; v < 3; v++) {
      size_t got = cc_findings_tallied(f, (cc_verdict)v);
      if (jobs == 1)
        want[v] = got;
      else
        assert_int_equal(got, want[v]);
    }
    cc_findings_free(&f);
  }
  assert_true(want[CC_VERDICT_CONSISTENT] > 0);
  cc_claim_store_free(&s);
}

/* Many groups: 24 folders of 3 articles, each article with counts of 40
 * story keys (grouped per folder, a folder's articles sometimes split
 * between two threads' parts), birth dates of 10 people (grouped across
 * the archive: one group's items made on every thread) and a briefing
 * date (grouped per article); some values disagree. */
static cc_claim_store *S_corpus_wide(char (*docs)[16], char (*subj)[16]) {
  cc_claim_store *s = cc_claim_store_new();
  uint64_t seed = 2463534242ULL;
  for (int i = 0; i < 72; i++)
    snprintf(docs[i], 16, "f%02d/a%d.md", i / 3, i % 3);
  for (int k = 0; k < 50; k++)
    snprintf(subj[k], 16, k < 40 ? "place%02d" : "person%02d", k);
  for (int i = 0; i < 72; i++)
    for (uint32_t at = 0; at < 52; at++) {
      cc_claim c;
      if (at < 40) {
        double v = 10 + at + (S_rand(&seed) % 9 == 0);
        c = S_base("toll.dead", subj[at], CC_VK_COUNT, v, v, 0, at);
      } else if (at < 50) {
        double day = (double)cc_days_from_civil(1960 + (int)at, 3,
                                                1 + (S_rand(&seed) % 7 == 0));
        c = S_base("person.birth", subj[at], CC_VK_INSTANT, day * DAY,
                   (day + 1) * DAY, 0, at);
      } else {
        double day = (double)cc_days_from_civil(2025, 8,
                                                10 + (int)(S_rand(&seed) % 2));
        c = S_base("briefing.date", "spokesman", CC_VK_INSTANT, day * DAY,
                   (day + 1) * DAY, 0, at);
      }
      c.doc = c.source = docs[i];
      c.value = "12";
      cc_claim_store_add(s, &c);
    }
  return s;
}

/* The items' memo of group keys is a cache: with 2 or 8 slots, where
 * nearly every claim finds its group's slot reused, the findings are
 * those of the full-sized memo on one thread, for any --jobs (the group
 * keys' tables locked by shard when the parts run on threads). */
static void test_jobs_many_groups(void **state) {
  (void)state;
  cc_check_config *cfg = NULL;
  cc_err err;
  assert_int_equal(cc_check_config_load(CC_TEST_RULES, &cfg, &err), 0);
  static char docs[72][16], subj[50][16];
  cc_claim_store *s = S_corpus_wide(docs, subj);
  cc_findings *f1 = S_run(s, cfg, 1, 0, false);
  assert_true(cc_findings_count(f1) > 100);
  static const size_t slots[] = {2, 8, 0};
  static const int jobs[] = {1, 2, 3, 5};
  for (size_t m = 0; m < sizeof slots / sizeof slots[0]; m++) {
    cc__check_scmemo_max(slots[m]);
    for (size_t j = 0; j < sizeof jobs / sizeof jobs[0]; j++) {
      cc_findings *fj = S_run(s, cfg, jobs[j], 0, false);
      S_same(f1, fj);
      cc_findings_free(&fj);
    }
  }
  cc_findings_free(&f1);
  cc_claim_store_free(&s);
  cc_check_config_free(&cfg);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rank_ptrs),
      cmocka_unit_test(test_rank_ptrs_random),
      cmocka_unit_test(test_jobs_same_findings),
      cmocka_unit_test(test_jobs_tallies),
      cmocka_unit_test(test_jobs_repeated_claims),
      cmocka_unit_test(test_jobs_many_groups),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
