/* test_check_set.c - the check stage over a run's compact claim set: the
 * same findings as over a store (a view that borrows its strings), and
 * articles that print the same sentence (one copy in the set, its proper
 * words read once) are still told apart from unrelated ones. */
#include "cc_test.h"

#include <math.h>
#include <unistd.h>

#include "cc_check.h"
#include "cc_claim.h"
#include "cc_lexicon.h"
#include "cc_recog.h"
#include "cc_time.h"

#define DAY 86400.0

static const char *const S_geneva = "Talks in Geneva with Lindqvist began.";
static const char *const S_oslo = "Storms hit Oslo and Bergen overnight.";

/* A start time of the story, stated in doc's sentence quote. */
static cc_claim S_time(const char *doc, double t, const char *value,
                       const char *quote, uint32_t sentence) {
  cc_claim c = {0};
  c.frame = "event.start_time";
  c.subject = "story";
  c.object = "";
  c.rule = "test.rule";
  c.vkind = CC_VK_INSTANT;
  c.gran = CC_G_MINUTE;
  c.lo = t;
  c.hi = t + 60;
  c.value = value;
  c.value2 = "";
  c.derivation = "";
  c.doc = doc;
  c.source = doc;
  c.line = 1 + sentence;
  c.col = 1;
  c.start = 100 * sentence;
  c.end = 100 * sentence + 5;
  c.sentence = sentence;
  c.text = "mention";
  c.quote = quote;
  c.flags = CC_CF_DOC_DATE;
  c.doc_date = cc_days_from_civil(2025, 8, 15);
  return c;
}

/* Each claim added to both a store and a set; quotes copied into fresh
 * buffers so that only the set's interning can make them one. */
typedef struct S_both {
  cc_claim_store *store;
  cc_claim_set *set;
  char bufs[16][64];
  int nbufs;
} S_both;

static void S_add(S_both *b, cc_claim c) {
  char *q = b->bufs[b->nbufs++];
  snprintf(q, 64, "%s", c.quote);
  c.quote = q;
  cc_claim_store_add(b->store, &c);
  cc_claim_set_add(b->set, &c);
}

static size_t S_discrepancies(const cc_findings *f) {
  size_t k = 0;
  for (size_t i = 0; i < cc_findings_count(f); i++)
    k += cc_findings_at(f, i)->verdict == CC_VERDICT_DISCREPANCY;
  return k;
}

/* Run both ways; the findings must be the same, field by field. */
static size_t S_run(S_both *b, const cc_check_config *cfg) {
  cc_findings *fs = cc_findings_new(), *fv = cc_findings_new();
  cc_check_opts o = {.borrow_strings = true};
  cc_check_run_set(b->set, cfg, &o, fs);
  cc_check_run(b->store, cfg, &o, fv);
  assert_int_equal(cc_findings_count(fs), cc_findings_count(fv));
  for (size_t i = 0; i < cc_findings_count(fs); i++) {
    const cc_finding *x = cc_findings_at(fs, i), *y = cc_findings_at(fv, i);
    assert_string_equal(x->id, y->id);
    assert_string_equal(x->check, y->check);
    assert_string_equal(x->message, y->message);
    assert_int_equal(x->verdict, y->verdict);
    assert_string_equal(x->a.quote, y->a.quote);
    assert_string_equal(x->a.doc, y->a.doc);
  }
  size_t n = S_discrepancies(fs);
  cc_findings_free(&fs);
  cc_findings_free(&fv);
  return n;
}

/* The discrepancies of a run over the set with lexicon lx's places. */
static size_t S_run_places(S_both *b, const cc_check_config *cfg,
                           const cc_lexicon *lx) {
  cc_findings *f = cc_findings_new();
  cc_check_opts o = {.borrow_strings = true, .lexicon = lx};
  cc_check_run_set(b->set, cfg, &o, f);
  size_t n = S_discrepancies(f);
  cc_findings_free(&f);
  return n;
}

static void S_both_init(S_both *b) {
  memset(b, 0, sizeof *b);
  b->store = cc_claim_store_new();
  b->set = cc_claim_set_new();
}

static void S_both_free(S_both *b) {
  cc_claim_store_free(&b->store);
  cc_claim_set_free(&b->set);
}

static cc_check_config *S_cfg(void) {
  cc_check_config *cfg = NULL;
  cc_err err;
  assert_int_equal(cc_check_config_load(CC_TEST_RULES, &cfg, &err), 0);
  return cfg;
}

/* Three outlets print one wire sentence: one copy in the set, and the
 * articles meet on its words. */
static void test_shared_sentence_related(void **state) {
  (void)state;
  cc_check_config *cfg = S_cfg();
  S_both b;
  S_both_init(&b);
  double t = (double)cc_days_from_civil(2025, 8, 15) * DAY + 19 * 3600;
  S_add(&b, S_time("a.md", t, "19:00", S_geneva, 0));
  S_add(&b, S_time("b.md", t + 1800, "19:30", S_geneva, 0));
  S_add(&b, S_time("c.md", t + 1800, "19:30", S_geneva, 0));
  S_add(&b, S_time("c.md", t + 1800, "19:30", S_oslo, 1));
  assert_ptr_equal(cc_claim_set_at(b.set, 0)->quote,
                   cc_claim_set_at(b.set, 1)->quote);
  assert_int_equal(S_run(&b, cfg), 1);
  S_both_free(&b);
  cc_check_config_free(&cfg);
}

/* Articles whose sentences share no proper word are not compared; the
 * same two times in one sentence printed twice are. */
static void test_unrelated_sentences(void **state) {
  (void)state;
  cc_check_config *cfg = S_cfg();
  S_both b;
  S_both_init(&b);
  double t = (double)cc_days_from_civil(2025, 8, 15) * DAY + 19 * 3600;
  S_add(&b, S_time("a.md", t, "19:00", S_geneva, 0));
  S_add(&b, S_time("b.md", t + 1800, "19:30", S_oslo, 0));
  S_add(&b, S_time("c.md", t + 1800, "19:30", S_oslo, 0));
  size_t shared = S_run(&b, cfg);
  S_both_free(&b);
  S_both_init(&b);
  S_add(&b, S_time("a.md", t, "19:00", S_geneva, 0));
  S_add(&b, S_time("b.md", t + 1800, "19:30", S_geneva, 0));
  size_t related = S_run(&b, cfg);
  assert_int_equal(shared, 0); /* Geneva and Oslo: two stories */
  assert_int_equal(related, 1);
  S_both_free(&b);
  cc_check_config_free(&cfg);
}

/* Two articles' start times, each stated in its own sentence: are they
 * compared (1) or told apart as two stories (0)? */
static size_t S_pair(const cc_check_config *cfg, const cc_lexicon *lx,
                     const char *qa, const char *qb) {
  S_both b;
  S_both_init(&b);
  double t = (double)cc_days_from_civil(2025, 8, 15) * DAY + 19 * 3600;
  S_add(&b, S_time("a.md", t, "19:00", qa, 0));
  S_add(&b, S_time("b.md", t + 1800, "19:30", qb, 0));
  size_t n = S_run_places(&b, cfg, lx);
  S_both_free(&b);
  return n;
}

/* A city and the state or country that contains it are one place
 * (places.csv, column in), and so are a country and its adjective; two
 * cities of one country, two countries, and a name that is a person's
 * are not. */
static void test_places_contain(void **state) {
  (void)state;
  cc_check_config *cfg = S_cfg();
  cc_lexicon *lx = NULL;
  cc_err err;
  assert_int_equal(cc_lexicon_load(CC_TEST_RULES "/lexicon", &lx, &err), 0);
  const char *lima = "The ferry sank near Lima overnight.";
  const char *peru = "The ferry sank off Peru overnight.";
  assert_int_equal(S_pair(cfg, NULL, lima, peru), 0); /* no places known */
  assert_int_equal(S_pair(cfg, lx, lima, peru), 1);
  assert_int_equal(S_pair(cfg, lx, peru, lima), 1);
  assert_int_equal(S_pair(cfg, lx, "The ferry sank in the Peruvian port.",
                          "The ferry sank off Peru overnight."), 1);
  assert_int_equal(S_pair(cfg, lx, "The roof fell in in Denver.",
                          "The roof fell in in Colorado, officials said."), 1);
  assert_int_equal(S_pair(cfg, lx, "The roof fell in in Denver.",
                          "The roof fell in in the United States."), 1);
  assert_int_equal(S_pair(cfg, lx, "The roof fell in in Boston.",
                          "The roof fell in in New York."), 0);
  /* the country beside one city says no more than the city */
  assert_int_equal(S_pair(cfg, lx, "The roof fell in in Boston, US.",
                          "The roof fell in in Chicago."), 0);
  assert_int_equal(S_pair(cfg, lx, lima,
                          "The ferry sank off Chile overnight."), 0);
  assert_int_equal(S_pair(cfg, lx, "The ferry sank, Jorge Lima said.",
                          peru), 0);
  assert_int_equal(S_pair(cfg, lx, "The roof fell in, the Washington Post said.",
                          "The roof fell in in the United States."), 0);
  cc_lexicon_free(&lx);
  cc_check_config_free(&cfg);
}

/* A malformed column in: the file and line are named. */
static void test_places_bad_in(void **state) {
  (void)state;
  char dir[] = "/tmp/cc_places_XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[64];
  snprintf(path, sizeof path, "%s/places.csv", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("name,zone,in\nfreedonia,Europe/Paris,\nsylvania,Europe/Paris,"
        "freedonia\n# a comment\nmarsh city,Europe/Paris,sylvanla\n", f);
  fclose(f);
  cc_lexicon *lx = NULL;
  cc_err err;
  assert_int_equal(cc_lexicon_load(dir, &lx, &err), -1);
  assert_non_null(strstr(err.msg, "places.csv:5: column 'in': 'sylvanla'"));
  f = fopen(path, "w");
  fputs("name,zone,in\nfreedonia,Europe/Paris,sylvania\n"
        "sylvania,Europe/Paris,Freedonia\n", f);
  fclose(f);
  assert_int_equal(cc_lexicon_load(dir, &lx, &err), -1);
  assert_non_null(strstr(err.msg, "places.csv:2: column 'in'"));
  assert_non_null(strstr(err.msg, "circle"));
  remove(path);
  rmdir(dir);
}

/* Consistent findings that are only counted (the CLI's default) are
 * counted as many times as they are made when kept, with no message
 * written; zone pairs and weekdays take the same short path. */
static void test_counted_only(void **state) {
  (void)state;
  cc_check_config *cfg = S_cfg();
  S_both b;
  S_both_init(&b);
  double t = (double)cc_days_from_civil(2025, 8, 15) * DAY + 19 * 3600;
  S_add(&b, S_time("a.md", t, "19:00", S_geneva, 0));
  S_add(&b, S_time("b.md", t, "19:00", S_geneva, 0));
  S_add(&b, S_time("c.md", t + 1800, "19:30", S_geneva, 0));
  cc_claim wd = S_time("a.md", t, "2025-08-15", S_geneva, 2);
  wd.frame = "event.date";
  wd.vkind = CC_VK_WEEKDAY;
  wd.gran = CC_G_DAY;
  wd.lo = (double)cc_days_from_civil(2025, 8, 15) * DAY;
  wd.hi = wd.lo + DAY;
  wd.lo2 = wd.hi2 = 4; /* a Friday, as it was */
  wd.value2 = "Friday";
  S_add(&b, wd);
  cc_findings *all = cc_findings_new(), *tally = cc_findings_new();
  cc_findings_tally_only(tally, 1u << CC_VERDICT_CONSISTENT);
  assert_true(cc_findings_counts_only(tally, CC_VERDICT_CONSISTENT));
  assert_false(cc_findings_counts_only(tally, CC_VERDICT_DISCREPANCY));
  assert_false(cc_findings_counts_only(all, CC_VERDICT_CONSISTENT));
  cc_check_run_set(b.set, cfg, NULL, all);
  cc_check_run_set(b.set, cfg, NULL, tally);
  size_t consistent = 0, discrepancies = 0;
  for (size_t i = 0; i < cc_findings_count(all); i++) {
    const cc_finding *f = cc_findings_at(all, i);
    consistent += f->verdict == CC_VERDICT_CONSISTENT;
    discrepancies += f->verdict == CC_VERDICT_DISCREPANCY;
  }
  assert_true(consistent >= 2); /* the weekday and the 19:00 pair */
  assert_int_equal(cc_findings_tallied(tally, CC_VERDICT_CONSISTENT),
                   consistent);
  assert_int_equal(cc_findings_count(tally), discrepancies);
  cc_findings_free(&all);
  cc_findings_free(&tally);
  S_both_free(&b);
  cc_check_config_free(&cfg);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_shared_sentence_related),
      cmocka_unit_test(test_unrelated_sentences),
      cmocka_unit_test(test_counted_only),
      cmocka_unit_test(test_places_contain),
      cmocka_unit_test(test_places_bad_in),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
