/* test_check.c - every check of the catalog, each with a case that must
 * be flagged and one that must not, from hand-made claims; grouping at
 * scale; partitions; stable ids; the checks.csv settings. */
#include "cc_test.h"

#include <math.h>

#include "cc_check.h"
#include "cc_claim.h"
#include "cc_recog.h"
#include "cc_time.h"

#define DAY 86400.0
#define YEAR (365.2425 * DAY)
#define MONTH (30.436875 * DAY)

static double S_day(int y, int m, int d) {
  return (double)cc_days_from_civil(y, m, d) * DAY;
}

/* A claim with sensible defaults: doc date 2025-08-15, sentence 0. */
static cc_claim S_c(const char *frame, const char *subject, cc_vkind vk,
                    double lo, double hi, const char *doc) {
  cc_claim c = {0};
  c.frame = frame;
  c.subject = subject;
  c.object = "";
  c.rule = "test.rule";
  c.vkind = (uint8_t)vk;
  c.lo = lo;
  c.hi = hi;
  c.value = "";
  c.value2 = "";
  c.derivation = "";
  c.doc = doc;
  c.source = doc;
  c.line = 1;
  c.col = 1;
  c.text = "mention";
  c.quote = "A sentence.";
  c.flags = CC_CF_DOC_DATE;
  c.doc_date = cc_days_from_civil(2025, 8, 15);
  return c;
}

typedef struct S_run {
  cc_claim_store *s;
  cc_check_config *cfg;
  cc_findings *f;
} S_run;

static int S_setup(void **state) {
  S_run *r = calloc(1, sizeof *r);
  r->s = cc_claim_store_new();
  cc_err err;
  if (cc_check_config_load(CC_TEST_RULES, &r->cfg, &err) != 0) {
    fprintf(stderr, "%s\n", err.msg);
    return -1;
  }
  *state = r;
  return 0;
}

static int S_teardown(void **state) {
  S_run *r = *state;
  cc_claim_store_free(&r->s);
  cc_check_config_free(&r->cfg);
  cc_findings_free(&r->f);
  free(r);
  return 0;
}

static void S_dump(const S_run *r);

/* CC_TEST_DUMP=1 prints every finding (to read the explanations). */
static void S_check(S_run *r, const cc_check_opts *o) {
  cc_findings_free(&r->f);
  r->f = cc_findings_new();
  cc_check_run(r->s, r->cfg, o, r->f);
  if (getenv("CC_TEST_DUMP") && cc_claim_store_count(r->s) < 100)
    S_dump(r);
}

static size_t S_count(const S_run *r, const char *check, cc_verdict v) {
  size_t k = 0;
  for (size_t i = 0; i < cc_findings_count(r->f); i++) {
    const cc_finding *f = cc_findings_at(r->f, i);
    k += strcmp(f->check, check) == 0 && f->verdict == v;
  }
  return k;
}

static const cc_finding *S_find(const S_run *r, const char *check,
                                cc_verdict v) {
  for (size_t i = 0; i < cc_findings_count(r->f); i++) {
    const cc_finding *f = cc_findings_at(r->f, i);
    if (strcmp(f->check, check) == 0 && f->verdict == v)
      return f;
  }
  return NULL;
}

static size_t S_discrepancies(const S_run *r) {
  size_t k = 0;
  for (size_t i = 0; i < cc_findings_count(r->f); i++)
    k += cc_findings_at(r->f, i)->verdict == CC_VERDICT_DISCREPANCY;
  return k;
}

static void S_dump(const S_run *r) {
  for (size_t i = 0; i < cc_findings_count(r->f); i++) {
    const cc_finding *f = cc_findings_at(r->f, i);
    fprintf(stderr, "  [%s %s %s] %s\n", f->check,
            cc_verdict_name((cc_verdict)f->verdict),
            cc_severity_name((cc_severity)f->severity), f->message);
  }
}

/* ---- zone pair ------------------------------------------------------------------- */

static void S_add_pair(S_run *r, double local_utc, double stated,
                       const char *value2) {
  cc_claim c = S_c("time.zone_pair", "story", CC_VK_TIMEPAIR, local_utc,
                   local_utc + 60, "a.md");
  c.lo2 = stated;
  c.hi2 = stated + 60;
  c.value = "2025-08-15T11:30";
  c.value2 = value2;
  c.derivation = "America/Anchorage UTC-8 (AKDT)";
  c.gran = CC_G_MINUTE;
  cc_claim_store_add(r->s, &c);
}

static void test_zone_pair(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19.5 * 3600;
  S_add_pair(r, t, t - 1800, "2025-08-15T19:00Z");
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "zone_pair", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_int_equal(f->severity, CC_SEV_ERROR);
  assert_non_null(strstr(f->message, "11:30 in America/Anchorage on "
                                     "2025-08-15 is 19:30 UTC (AKDT, UTC-8)"));
  assert_non_null(strstr(f->message, "the article gives 19:00 UTC"));
}

static void test_zone_pair_agrees(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19.5 * 3600;
  S_add_pair(r, t, t, "2025-08-15T19:30Z");
  /* the UTC half printed without its date still agrees */
  S_add_pair(r, t, t - DAY, "2025-08-14T19:30Z");
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_CONSISTENT), 2);
}

/* A pair whose zone is unknown (lo NAN), in doc, told by quote. */
static void S_add_upair(S_run *r, const char *doc, const char *quote,
                        const char *text, const char *local,
                        const char *utc) {
  cc_claim c = S_c("time.zone_pair", "story", CC_VK_TIMEPAIR, NAN, NAN, doc);
  c.flags |= CC_CF_UNRESOLVED;
  c.quote = quote;
  c.text = text;
  c.value = local;
  c.value2 = utc;
  c.derivation = "zone unknown";
  c.gran = CC_G_MINUTE;
  cc_claim_store_add(r->s, &c);
}

/* one event's local time with two UTC times across articles, the zone
 * unknown: one offset is wrong; the same pair agrees; another event (a
 * take-off) and a time with no event word before it are not compared */
static void test_zone_pairs_across(void **state) {
  S_run *r = *state;
  S_add_upair(r, "a.md", "The plane landed at 3:42 p.m. local time (2042 GMT).",
              "3:42 p.m. local time (2042 GMT", "2025-08-15T15:42",
              "2025-08-15T20:42Z");
  S_add_upair(r, "b.md", "The jet landed shortly after 3:42 p.m. local time "
                         "(2142 GMT) on Friday.",
              "3:42 p.m. local time (2142 GMT", "2025-08-15T15:42",
              "2025-08-15T21:42Z");
  S_add_upair(r, "c.md", "The plane took off at 3:42 p.m. local time "
                         "(0942 GMT).",
              "3:42 p.m. local time (0942 GMT", "2025-08-15T15:42",
              "2025-08-15T09:42Z");
  S_add_upair(r, "d.md", "3:42 p.m. local time (0942 GMT) was the time.",
              "3:42 p.m. local time (0942 GMT", "2025-08-15T15:42",
              "2025-08-15T09:42Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 1);
  const cc_finding *f = S_find(r, "zone_pair", CC_VERDICT_DISCREPANCY);
  assert_non_null(strstr(f->message, "one offset is wrong"));
  assert_non_null(strstr(f->message, "\"landed\""));
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_CONSISTENT), 0);
  S_add_upair(r, "e.md", "The aircraft landed at 3:42 p.m. local time "
                         "(2042 GMT).",
              "3:42 p.m. local time (2042 GMT", "2025-08-15T15:42",
              "2025-08-15T20:42Z");
  /* the same UTC time told as another local time */
  S_add_upair(r, "f.md", "The plane landed at 4:42 p.m. local time "
                         "(2042 GMT).",
              "4:42 p.m. local time (2042 GMT", "2025-08-15T16:42",
              "2025-08-15T20:42Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_CONSISTENT), 1);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 4);
}

/* one wording of two places' events (polls in two countries): their
 * sentences' proper words do not meet, no comparison */
static void test_zone_pairs_across_places(void **state) {
  S_run *r = *state;
  S_add_upair(r, "a.md", "Polls in Norway opened at 7 a.m. local time "
                         "(0500 GMT).",
              "7 a.m. local time (0500 GMT", "2025-08-15T07:00",
              "2025-08-15T05:00Z");
  S_add_upair(r, "b.md", "Polls in Finland opened at 7 a.m. local time "
                         "(0400 GMT).",
              "7 a.m. local time (0400 GMT", "2025-08-15T07:00",
              "2025-08-15T04:00Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 0);
  /* the same place named: compared */
  S_add_upair(r, "c.md", "Polls across Norway opened at 7 a.m. local time "
                         "(0600 GMT).",
              "7 a.m. local time (0600 GMT", "2025-08-15T07:00",
              "2025-08-15T06:00Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 1);
}

/* a time told before its verb keys by the event word after it, within
 * its sentence; a pair followed by no event word is not keyed */
static void test_zone_pairs_across_after(void **state) {
  S_run *r = *state;
  S_add_upair(r, "a.md", "At 3:42 p.m. local time (2042 GMT) the plane "
                         "landed.",
              "3:42 p.m. local time (2042 GMT", "2025-08-15T15:42",
              "2025-08-15T20:42Z");
  S_add_upair(r, "b.md", "3:42 p.m. local time (2142 GMT), when the jet "
                         "touched down.",
              "3:42 p.m. local time (2142 GMT", "2025-08-15T15:42",
              "2025-08-15T21:42Z");
  S_add_upair(r, "c.md", "At 3:42 p.m. local time (0942 GMT) the rally "
                         "was over.",
              "3:42 p.m. local time (0942 GMT", "2025-08-15T15:42",
              "2025-08-15T09:42Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 1);
  const cc_finding *f = S_find(r, "zone_pair", CC_VERDICT_DISCREPANCY);
  assert_non_null(strstr(f->message, "\"landed\""));
}

/* one event's other wordings share a key ("touched down", "landed";
 * "kicked off", "began"); "took off" is not "kicked off" */
static void test_zone_pairs_across_synonyms(void **state) {
  S_run *r = *state;
  S_add_upair(r, "a.md", "The match kicked off at 8 p.m. local time "
                         "(1800 GMT).",
              "8 p.m. local time (1800 GMT", "2025-08-15T20:00",
              "2025-08-15T18:00Z");
  S_add_upair(r, "b.md", "The match began at 8 p.m. local time (1900 GMT).",
              "8 p.m. local time (1900 GMT", "2025-08-15T20:00",
              "2025-08-15T19:00Z");
  S_add_upair(r, "c.md", "The match took off at 8 p.m. local time "
                         "(1700 GMT).",
              "8 p.m. local time (1700 GMT", "2025-08-15T20:00",
              "2025-08-15T17:00Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 1);
  const cc_finding *f = S_find(r, "zone_pair", CC_VERDICT_DISCREPANCY);
  assert_non_null(strstr(f->message, "\"began\""));
}

/* four articles, three agree: the odd one is told once, naming the
 * majority; two against two (no majority) keep every pair */
static void test_zone_pairs_across_majority(void **state) {
  S_run *r = *state;
  const char *docs[] = {"a.md", "b.md", "c.md", "d.md"};
  for (int k = 0; k < 4; k++)
    S_add_upair(r, docs[k], "The plane landed at 3:42 p.m. local time "
                            "(2042 GMT).",
                k == 1 ? "3:42 p.m. local time (2142 GMT"
                       : "3:42 p.m. local time (2042 GMT",
                "2025-08-15T15:42",
                k == 1 ? "2025-08-15T21:42Z" : "2025-08-15T20:42Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 1);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_CONSISTENT), 3);
  const cc_finding *f = S_find(r, "zone_pair", CC_VERDICT_DISCREPANCY);
  assert_non_null(strstr(f->message, "3 of 4 articles"));
  assert_non_null(strstr(f->message, "21:42 UTC, but"));
}

static void test_zone_pairs_across_no_majority(void **state) {
  S_run *r = *state;
  const char *docs[] = {"a.md", "b.md", "c.md", "d.md"};
  for (int k = 0; k < 4; k++)
    S_add_upair(r, docs[k], "The plane landed at 3:42 p.m. local time "
                            "(2042 GMT).",
                k & 1 ? "3:42 p.m. local time (2142 GMT"
                      : "3:42 p.m. local time (2042 GMT",
                "2025-08-15T15:42",
                k & 1 ? "2025-08-15T21:42Z" : "2025-08-15T20:42Z");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_DISCREPANCY), 4);
  assert_int_equal(S_count(r, "zone_pair", CC_VERDICT_CONSISTENT), 2);
}

/* ---- exchange rates ------------------------------------------------------------- */

/* "$usd (£gbp)" as the built-in claim makes it: GBP first by its code. */
static void S_add_rate(S_run *r, const char *doc, uint32_t sentence,
                       double gbp, double usd) {
  cc_claim c = S_c("money.rate", "story", CC_VK_RATE, gbp, gbp, doc);
  c.object = "GBP/USD";
  c.lo2 = c.hi2 = usd;
  c.value = "1 GBP = 1.3 USD";
  memcpy(c.unit, "GBP", 4);
  c.sentence = sentence;
  c.start = sentence * 100 + (uint32_t)cc_claim_store_count(r->s);
  cc_claim_store_add(r->s, &c);
}

static void test_rate_same_sentence(void **state) {
  S_run *r = *state;
  /* two conversions in one sentence: one rate, stated twice */
  S_add_rate(r, "a.md", 2, 9.7e6, 12.4e6);
  S_add_rate(r, "a.md", 2, 2.46e6, 31.5e6);
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "exchange_rate", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_int_equal(f->severity, CC_SEV_WARNING);
  assert_null(strstr(f->message, "a difference of")); /* (of amounts) */
}

static void test_rate_rounding(void **state) {
  S_run *r = *state;
  /* each figure as precise as two significant digits at least, and 5%
   * for the market: "$20m (£16m)" (1.25) and "$5.3bn (£4.1bn)" (1.29)
   * agree; "$5.3bn (£5.3bn)" does not */
  S_add_rate(r, "a.md", 1, 16e6, 20e6);
  S_add_rate(r, "b.md", 1, 4.1e9, 5.3e9);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  S_add_rate(r, "c.md", 1, 5.3e9, 5.3e9);
  S_check(r, NULL);
  assert_int_equal(S_count(r, "exchange_rate", CC_VERDICT_DISCREPANCY), 1);
}

static void test_rate_tenfold(void **state) {
  S_run *r = *state;
  /* a story's figures far apart are two events, but not its rates */
  S_add_rate(r, "a.md", 1, 9.4e6, 1.8e9);
  S_add_rate(r, "b.md", 1, 10.5e6, 13.4e6);
  S_add_rate(r, "b.md", 4, 41.0e6, 52.5e6);
  S_check(r, NULL);
  /* the slipped rate, on its own against the bounds of rules/rates.csv
   * (191 dollars to the pound), once: not again against each other
   * conversion */
  assert_int_equal(S_count(r, "exchange_rate", CC_VERDICT_DISCREPANCY), 1);
  const cc_finding *f = S_find(r, "exchange_rate", CC_VERDICT_DISCREPANCY);
  assert_non_null(strstr(f->message, "outside the bounds"));
}

/* ---- same fact ------------------------------------------------------------------- */

static void S_add_time(S_run *r, const char *doc, uint32_t sentence,
                       double t, const char *value) {
  cc_claim c = S_c("event.start_time", "story", CC_VK_INSTANT, t, t + 60, doc);
  c.value = value;
  c.gran = CC_G_MINUTE;
  c.sentence = sentence;
  c.start = sentence * 100;
  cc_claim_store_add(r->s, &c);
}

static void test_same_fact_across(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19 * 3600;
  S_add_time(r, "a.md", 0, t, "2025-08-15T19:00Z");
  S_add_time(r, "b.md", 0, t + 1800, "2025-08-15T19:30Z");
  S_add_time(r, "c.md", 0, t + 1800, "2025-08-15T19:30Z");
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 1);
  const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_int_equal(f->severity, CC_SEV_WARNING); /* cross_severity */
  assert_non_null(strstr(f->message, "30 minutes apart"));
  assert_non_null(strstr(f->message, "19:00 UTC"));
}

/* A time whose zone was inferred from the article's place (zone NULL:
 * none kept, as in a claims CSV written before zones were). */
static void S_add_zoned(S_run *r, const char *doc, double t,
                        const char *zone) {
  cc_claim c = S_c("event.start_time", "story", CC_VK_INSTANT, t, t + 60, doc);
  c.value = "2025-08-15T20:00Z";
  c.gran = CC_G_MINUTE;
  c.flags |= CC_CF_ZONE_INFERRED;
  c.zone = cc_zone_id(zone);
  cc_claim_store_add(r->s, &c);
}

/* Both zones inferred, and the same zone: the guess cancels, the hour is
 * the texts' (a warning that says why the zone is trusted). */
static void test_same_fact_zone_same_place(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 20 * 3600;
  S_add_zoned(r, "a.md", t, "America/Denver");
  S_add_zoned(r, "b.md", t + 3600, "America/Denver");
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_int_equal(f->severity, CC_SEV_WARNING);
  assert_non_null(strstr(f->message, "1 hour apart"));
  assert_non_null(strstr(f->message, "the zone (America/Denver) was "
                                     "inferred from both articles' places"));
  assert_null(S_find(r, "same_fact", CC_VERDICT_UNVERIFIABLE));
}

/* Zones inferred in two zones, or one not kept: unverifiable as before. */
static void test_same_fact_zone_other_place(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 20 * 3600;
  S_add_zoned(r, "a.md", t, "America/Denver");
  S_add_zoned(r, "b.md", t + 2 * 3600, "America/New_York");
  S_add_zoned(r, "c.md", t + 4 * 3600, NULL);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_UNVERIFIABLE);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "may be another zone's"));
}

static void test_same_fact_within(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19 * 3600;
  S_add_time(r, "a.md", 1, t, "2025-08-15T19:00Z");
  S_add_time(r, "a.md", 5, t + 1800, "2025-08-15T19:30Z");
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_int_equal(f->severity, CC_SEV_ERROR);
}

static void test_same_fact_agrees(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19 * 3600;
  S_add_time(r, "a.md", 0, t, "2025-08-15T19:00Z");
  S_add_time(r, "b.md", 0, t, "2025-08-15T19:00Z");
  S_add_time(r, "c.md", 2, t, "2025-08-15T19:00Z");
  /* a local time whose zone is unknown never meets a UTC time */
  S_add_time(r, "d.md", 0, t + 3 * 3600, "2025-08-15T22:00");
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  /* two halves of one sentence (local and UTC) are the zone pair's */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  S_add_time(r, "e.md", 3, t, "2025-08-15T19:00Z");
  S_add_time(r, "e.md", 3, t - 1800, "2025-08-15T18:30Z");
  S_check(r, NULL);
  if (S_discrepancies(r))
    S_dump(r);
  assert_int_equal(S_discrepancies(r), 0);
}

static void test_same_fact_consistent_counts_outlets(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19 * 3600;
  S_add_time(r, "a.md", 0, t, "2025-08-15T19:00Z");
  S_add_time(r, "b.md", 0, t, "2025-08-15T19:00Z");
  S_add_time(r, "c.md", 0, t, "2025-08-15T19:00Z");
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_CONSISTENT);
  assert_non_null(f);
  assert_int_equal(f->agree, 3);
  assert_non_null(strstr(f->message, "3 outlets agree"));
  assert_int_equal(f->severity, CC_SEV_INFO);
}

/* ---- granularity, ranges and qualifiers ----------------------------------------- */

static void test_granularity_no_false_alarm(void **state) {
  S_run *r = *state;
  cc_claim y = S_c("previous_meeting", "a,b", CC_VK_INSTANT,
                   S_day(2018, 1, 1), S_day(2019, 1, 1), "a.md");
  y.gran = CC_G_YEAR;
  y.value = "2018";
  cc_claim d = S_c("previous_meeting", "a,b", CC_VK_INSTANT,
                   S_day(2018, 7, 16), S_day(2018, 7, 17), "b.md");
  d.gran = CC_G_DAY;
  d.value = "2018-07-16";
  cc_claim_store_add(r->s, &y);
  cc_claim_store_add(r->s, &d);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_non_null(S_find(r, "same_fact", CC_VERDICT_CONSISTENT));
  /* but a day of another year is flagged */
  cc_claim e = d;
  e.doc = "c.md";
  e.lo = S_day(2019, 7, 16);
  e.hi = S_day(2019, 7, 17);
  e.value = "2019-07-16";
  cc_claim_store_add(r->s, &e);
  S_check(r, NULL);
  assert_int_equal(S_count(r, "same_fact", CC_VERDICT_DISCREPANCY), 1);
}

static cc_claim S_dur(const char *doc, double lo, double hi, uint8_t qual) {
  cc_claim c = S_c("event.duration", "story", CC_VK_DURATION, lo, hi, doc);
  c.gran = CC_G_HOUR;
  c.qual = qual;
  c.value = "PT7H";
  return c;
}

static void test_range_qualifier(void **state) {
  S_run *r = *state;
  cc_claim a = S_dur("a.md", 7 * 3600, 7 * 3600, CC_Q_NONE);
  cc_claim b = S_dur("b.md", 6 * 3600, 7 * 3600, CC_Q_NONE);
  cc_claim c = S_dur("c.md", 5 * 3600, INFINITY, CC_Q_MORE_THAN);
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  cc_claim_store_add(r->s, &c);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  const cc_finding *f = S_find(r, "range_qualifier", CC_VERDICT_CONSISTENT);
  assert_non_null(f);
  assert_int_equal(f->agree, 3);
}

static void test_range_disjoint(void **state) {
  S_run *r = *state;
  cc_claim a = S_dur("a.md", 7 * 3600, 7 * 3600, CC_Q_NONE);
  cc_claim b = S_dur("b.md", 9 * 3600, 9 * 3600, CC_Q_NONE);
  cc_claim c = S_dur("c.md", 8 * 3600, 8 * 3600, CC_Q_APPROX);
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  assert_int_equal(S_count(r, "same_fact", CC_VERDICT_DISCREPANCY), 1);
  /* "about eight hours" overlaps both, yet 7 and 9 still disagree */
  cc_claim_store_add(r->s, &c);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 1);
  const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_DISCREPANCY);
  assert_non_null(strstr(f->message, "7 hours"));
  assert_non_null(strstr(f->message, "9 hours"));
}

/* ---- elapsed time and relative dates ----------------------------------------------- */

static cc_claim S_derived(const char *doc, double years, const char *deriv) {
  double d = S_day(2025, 8, 15);
  cc_claim c = S_c("previous_meeting", "a,b", CC_VK_INSTANT,
                   d - years * YEAR - YEAR / 2, d - years * YEAR + YEAR / 2,
                   doc);
  c.flags |= CC_CF_RELATIVE;
  c.derivation = deriv;
  c.gran = CC_G_YEAR;
  c.value = "2018";
  c.text = "first meeting in seven years";
  return c;
}

static void test_elapsed_consistent(void **state) {
  S_run *r = *state;
  cc_claim a = S_derived("a.md", 7, "2025-08-15 - P7Y");
  cc_claim b = S_c("previous_meeting", "a,b", CC_VK_INSTANT,
                   S_day(2018, 7, 16), S_day(2018, 7, 17), "b.md");
  b.gran = CC_G_DAY;
  b.value = "2018-07-16";
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  const cc_finding *f = S_find(r, "elapsed_time", CC_VERDICT_CONSISTENT);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "2025-08-15 - P7Y"));
}

static void test_elapsed_discrepancy(void **state) {
  S_run *r = *state;
  cc_claim a = S_derived("a.md", 7, "2025-08-15 - P7Y");
  cc_claim b = S_c("previous_meeting", "a,b", CC_VK_INSTANT,
                   S_day(2015, 1, 1), S_day(2016, 1, 1), "b.md");
  b.gran = CC_G_YEAR;
  b.value = "2015";
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "elapsed_time", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "2015"));
}

/* One sentence's elapsed time and the year told outright by another
 * phrase of it ("for the first time in seven years; its first since
 * 2015"): compared.  Two outright years of one sentence, or two
 * readings of one phrase, are not. */
static void test_elapsed_same_sentence(void **state) {
  S_run *r = *state;
  cc_claim a = S_derived("a.md", 7, "2025-08-15 - P7Y");
  a.sentence = 3;
  a.start = 10, a.end = 17;
  cc_claim b = S_c("previous_meeting", "a,b", CC_VK_INSTANT,
                   S_day(2015, 1, 1), S_day(2016, 1, 1), "a.md");
  b.gran = CC_G_YEAR;
  b.value = "2015";
  b.sentence = 3;
  b.start = 40, b.end = 44;
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  assert_non_null(S_find(r, "elapsed_time", CC_VERDICT_DISCREPANCY));
  /* one phrase's two readings (overlapping spans): not compared */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  b.start = 12, b.end = 16;
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  /* two outright years of one sentence ("from 2015 to 2018"): not */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  cc_claim c = b;
  c.lo = S_day(2018, 1, 1), c.hi = S_day(2019, 1, 1);
  c.value = "2018";
  c.start = 60, c.end = 64;
  cc_claim_store_add(r->s, &b);
  cc_claim_store_add(r->s, &c);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
}

/* A breakdown's parts (breakdown.rules, checks.csv "sum:"): a total told
 * after a whole list (object "all") is wrong when the parts add up to
 * less; an "including" total before its parts is not. */
static void S_add_part(S_run *r, const char *frame, const char *object,
                       double v, uint32_t start) {
  cc_claim c = S_c(frame, "story", CC_VK_COUNT, v, v, "a.md");
  c.object = object;
  c.sentence = 2;
  c.start = start, c.end = start + 2;
  cc_claim_store_add(r->s, &c);
}

static void test_breakdown_whole_list(void **state) {
  S_run *r = *state;
  S_add_part(r, "breakdown.part", "", 3, 10);
  S_add_part(r, "breakdown.part", "", 2, 20);
  S_add_part(r, "breakdown.part", "", 6, 30);
  S_add_part(r, "breakdown.total", "all", 12, 50);
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "parts_total", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "less than the total"));
  /* 11 matches */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  S_add_part(r, "breakdown.part", "", 3, 10);
  S_add_part(r, "breakdown.part", "", 2, 20);
  S_add_part(r, "breakdown.part", "", 6, 30);
  S_add_part(r, "breakdown.total", "all", 11, 50);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_non_null(S_find(r, "parts_total", CC_VERDICT_CONSISTENT));
  /* "30 people, including 4 children and 3 adults": less says nothing */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  S_add_part(r, "breakdown.total", "", 30, 5);
  S_add_part(r, "breakdown.part", "", 4, 10);
  S_add_part(r, "breakdown.part", "", 3, 20);
  S_check(r, NULL);
  assert_int_equal(S_count(r, "parts_total", CC_VERDICT_DISCREPANCY), 0);
  assert_int_equal(S_count(r, "parts_total", CC_VERDICT_CONSISTENT), 0);
}

static cc_claim S_office(const char *doc, double lo, double hi,
                         const char *deriv, unsigned flags) {
  cc_claim c = S_c("office.start", "ames", CC_VK_INSTANT, lo, hi, doc);
  c.flags |= flags;
  c.derivation = deriv;
  c.gran = CC_G_DAY;
  c.value = "2025-01-20";
  return c;
}

static void test_relative_date(void **state) {
  S_run *r = *state;
  double d = S_day(2025, 8, 15);
  /* "eight months later" from the publication date vs January 20 */
  cc_claim a = S_office("a.md", d - 8.5 * MONTH, d - 7.5 * MONTH,
                        "2025-08-15 - P8M", CC_CF_RELATIVE);
  cc_claim b = S_office("b.md", S_day(2025, 1, 20), S_day(2025, 1, 21), "", 0);
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 1);
  /* seven months agrees */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  a = S_office("a.md", d - 7.5 * MONTH, d - 6.5 * MONTH, "2025-08-15 - P7M",
               CC_CF_RELATIVE);
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  /* a relative day ("on Wednesday") resolved against the date */
  cc_claim w = S_office("c.md", S_day(2025, 1, 20), S_day(2025, 1, 21), "",
                        CC_CF_RELATIVE);
  cc_claim_store_add(r->s, &w);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
}

static void test_unresolved_and_inferred(void **state) {
  S_run *r = *state;
  cc_claim a = S_office("x/a.md", NAN, NAN, "? - P8M", CC_CF_UNRESOLVED);
  a.flags &= ~(unsigned)CC_CF_DOC_DATE;
  /* the undated article's own latest explicit date: 2025-08-14 */
  cc_claim e = S_c("event.date", "story", CC_VK_INSTANT, S_day(2025, 8, 14),
                   S_day(2025, 8, 15), "x/a.md");
  e.flags = 0;
  e.gran = CC_G_DAY;
  e.value = "2025-08-14";
  e.start = 50;
  cc_claim b = S_office("x/b.md", S_day(2025, 1, 20), S_day(2025, 1, 21), "",
                        0);
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &e);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_non_null(S_find(r, "relative_date", CC_VERDICT_UNVERIFIABLE));
  cc_check_opts o = {.infer_dates = true};
  S_check(r, &o);
  const cc_finding *f = S_find(r, "relative_date", CC_VERDICT_DISCREPANCY);
  if (!f)
    S_dump(r);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "inferred"));
  assert_non_null(strstr(f->message, "2025-08-14 - P8M"));
}

/* ---- count vs list ------------------------------------------------------------------ */

static const char *S_keys5[] = {"a", "b", "c", "d", "e"};

static cc_claim S_list(const char *doc, uint32_t n, bool open) {
  cc_claim c = S_c("delegation", "sylvania", CC_VK_LIST, n,
                   open ? INFINITY : n, doc);
  c.items = S_keys5;
  c.item_names = S_keys5;
  c.nitems = n;
  if (open)
    c.flags |= CC_CF_OPEN_LIST;
  c.sentence = 4;
  return c;
}

static void test_count_list(void **state) {
  S_run *r = *state;
  cc_claim n5 = S_c("delegation", "sylvania", CC_VK_COUNT, 5, 5, "a.md");
  n5.text = "five members";
  cc_claim l5 = S_list("b.md", 5, false);
  cc_claim l3 = S_list("c.md", 3, true); /* "include": at least 3 */
  cc_claim_store_add(r->s, &n5);
  cc_claim_store_add(r->s, &l5);
  cc_claim_store_add(r->s, &l3);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  const cc_finding *f = S_find(r, "count_list", CC_VERDICT_CONSISTENT);
  assert_non_null(f);
  assert_int_equal(f->agree, 3);
}

static void test_count_list_mismatch(void **state) {
  S_run *r = *state;
  cc_claim n5 = S_c("delegation", "sylvania", CC_VK_COUNT, 5, 5, "a.md");
  cc_claim l4 = S_list("b.md", 4, false);
  cc_claim_store_add(r->s, &n5);
  cc_claim_store_add(r->s, &l4);
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "count_list", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "a, b, c, d"));
  /* N-on-N: "three-on-three" against three named per side */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  cc_claim n3 = S_c("meeting.side", "sylvania", CC_VK_COUNT, 3, 3, "a.md");
  cc_claim side = S_list("a.md", 3, false);
  side.frame = "meeting.side";
  cc_claim_store_add(r->s, &n3);
  cc_claim_store_add(r->s, &side);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_non_null(S_find(r, "count_list", CC_VERDICT_CONSISTENT));
}

/* ---- weekday vs date ------------------------------------------------------------------ */

static void S_add_wd(S_run *r, int y, int m, int d, int wd, unsigned flags) {
  cc_claim c = S_c("date.weekday", "story", CC_VK_WEEKDAY, S_day(y, m, d),
                   S_day(y, m, d) + DAY, "a.md");
  c.lo2 = c.hi2 = wd;
  c.value = "date";
  c.value2 = "weekday";
  c.gran = CC_G_DAY;
  c.flags |= flags;
  c.start = (uint32_t)d;
  cc_claim_store_add(r->s, &c);
}

static void test_weekday(void **state) {
  S_run *r = *state;
  S_add_wd(r, 2025, 8, 11, 0, 0); /* Monday, August 11: right */
  S_add_wd(r, 2025, 8, 15, 4, CC_CF_YEAR_INFERRED); /* Friday: right */
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_int_equal(S_count(r, "weekday_date", CC_VERDICT_CONSISTENT), 2);
  bool seen = false;
  for (size_t i = 0; i < cc_findings_count(r->f); i++)
    seen |= strstr(cc_findings_at(r->f, i)->message,
                   "2025-08-11 is a Monday, as the article says") != NULL;
  assert_true(seen);
}

static void test_weekday_wrong(void **state) {
  S_run *r = *state;
  S_add_wd(r, 2025, 8, 13, 0, CC_CF_YEAR_INFERRED); /* a Wednesday */
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "weekday_date", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "but the article says Monday"));
  assert_non_null(strstr(f->message, "year 2025 taken from the publication"));
  /* a year-less date that fits the year before: the year is in doubt */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  S_add_wd(r, 2025, 12, 30, 0, CC_CF_YEAR_INFERRED); /* Monday in 2024 */
  cc_claim_store_at(r->s, 0)->doc_date = cc_days_from_civil(2025, 1, 6);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_non_null(S_find(r, "weekday_date", CC_VERDICT_UNVERIFIABLE));
}

/* ---- parts and totals ------------------------------------------------------------------ */

static void S_add_toll(S_run *r, const char *frame, double v, uint32_t start,
                       const char *doc) {
  cc_claim c = S_c(frame, "story", CC_VK_COUNT, v, v, doc);
  c.start = start;
  c.text = frame;
  cc_claim_store_add(r->s, &c);
}

static void test_parts_total(void **state) {
  S_run *r = *state;
  S_add_toll(r, "toll.dead", 12, 1, "a.md");
  S_add_toll(r, "toll.injured", 5, 2, "a.md");
  S_add_toll(r, "toll.casualties", 19, 3, "a.md");
  S_add_toll(r, "toll.dead", 12, 1, "b.md");
  S_add_toll(r, "toll.injured", 5, 2, "b.md");
  S_add_toll(r, "toll.casualties", 17, 3, "b.md");
  S_check(r, NULL);
  assert_int_equal(S_count(r, "parts_total", CC_VERDICT_DISCREPANCY), 1);
  assert_int_equal(S_count(r, "parts_total", CC_VERDICT_CONSISTENT), 1);
  const cc_finding *f = S_find(r, "parts_total", CC_VERDICT_DISCREPANCY);
  assert_string_equal(f->a.doc, "a.md");
  assert_non_null(strstr(f->message, "= 17, but"));
}

/* One toll.evacuated figure of an outlet, its value as written. */
static void S_add_written(S_run *r, const char *doc, double v,
                          const char *value) {
  cc_claim c = S_c("toll.evacuated", "story", CC_VK_COUNT, v, v, doc);
  c.value = value;
  cc_claim_store_add(r->s, &c);
}

/* Two figures with two side-by-side digits swapped: a discrepancy with
 * the note, even nearly threefold apart (14,000 and 41,000, which would
 * otherwise read as two events); digits moved further are no swap. */
static void test_digit_swap(void **state) {
  S_run *r = *state;
  const struct {
    double a, b;
    bool swap;
  } t[] = {{14000, 41000, true}, {214, 241, true},   {1243, 1234, true},
           {21, 12, true},       {1234, 4231, false}, {1234, 1324, true},
           {120, 201, false}};
  for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
    cc_claim_store_free(&r->s);
    r->s = cc_claim_store_new();
    char va[32], vb[32];
    snprintf(va, sizeof va, "%.0f", t[i].a);
    snprintf(vb, sizeof vb, "%.0f", t[i].b);
    S_add_written(r, "a.md", t[i].a, va);
    S_add_written(r, "b.md", t[i].b, vb);
    S_check(r, NULL);
    const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_DISCREPANCY);
    if (t[i].swap) {
      assert_non_null(f);
      assert_non_null(strstr(f->message, "two of them swapped"));
    } else {
      assert_true(!f || !strstr(f->message, "swapped"));
    }
  }
}

/* The difference told is the figures' as written, not the space
 * between their roundings' intervals ("about 25,000" and "about
 * 35,000": 10000). */
static void test_written_difference(void **state) {
  S_run *r = *state;
  cc_claim a = S_c("toll.evacuated", "story", CC_VK_COUNT, 22500, 27500,
                   "a.md");
  a.value = "25000";
  a.qual = CC_Q_APPROX;
  cc_claim b = S_c("toll.evacuated", "story", CC_VK_COUNT, 31500, 38500,
                   "b.md");
  b.value = "35000";
  b.qual = CC_Q_APPROX;
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "same_fact", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_non_null(strstr(f->message, "a difference of 10000"));
}

static void S_add_share(S_run *r, const char *obj, double v, uint32_t sent) {
  cc_claim c = S_c("poll.share", "story", CC_VK_PERCENT, v, v, "a.md");
  c.object = obj;
  c.sentence = sent;
  c.start = sent * 100 + (uint32_t)v;
  c.text = obj;
  cc_claim_store_add(r->s, &c);
}

static void test_shares(void **state) {
  S_run *r = *state;
  S_add_share(r, "approve", 52, 1);
  S_add_share(r, "oppose", 60, 1);
  S_add_share(r, "approve", 52, 2);
  S_add_share(r, "oppose", 45, 2);
  S_check(r, NULL);
  assert_int_equal(S_count(r, "parts_total", CC_VERDICT_DISCREPANCY), 1);
  assert_int_equal(S_count(r, "parts_total", CC_VERDICT_CONSISTENT), 1);
  const cc_finding *f = S_find(r, "parts_total", CC_VERDICT_DISCREPANCY);
  assert_non_null(strstr(f->message, "= 112%, more than 100%"));
}

/* ---- age vs birth year ----------------------------------------------------------------- */

static void test_age_birth(void **state) {
  S_run *r = *state;
  double d = S_day(2025, 8, 15);
  cc_claim age = S_c("person.birth", "ames", CC_VK_INSTANT, d - 62 * YEAR,
                     d - 61 * YEAR, "a.md");
  age.derivation = "2025-08-15 - 61 years";
  age.flags |= CC_CF_RELATIVE;
  age.gran = CC_G_YEAR;
  cc_claim born = S_c("person.birth", "ames", CC_VK_INSTANT,
                      S_day(1963, 1, 1), S_day(1964, 1, 1), "b.md");
  born.gran = CC_G_YEAR;
  born.value = "1963";
  cc_claim_store_add(r->s, &age);
  cc_claim_store_add(r->s, &born);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  assert_non_null(S_find(r, "age_birth", CC_VERDICT_CONSISTENT));
  born.lo = S_day(1960, 1, 1);
  born.hi = S_day(1961, 1, 1);
  born.doc = "c.md";
  cc_claim_store_add(r->s, &born);
  S_check(r, NULL);
  assert_int_equal(S_count(r, "age_birth", CC_VERDICT_DISCREPANCY), 1);
}

/* ---- name variants --------------------------------------------------------------------- */

static void S_add_name(S_run *r, const char *key, const char *value,
                       const char *doc) {
  cc_claim c = S_c("person.name", key, CC_VK_NAME, NAN, NAN, doc);
  c.value = value;
  c.text = value;
  c.start = (uint32_t)strlen(value);
  cc_claim_store_add(r->s, &c);
}

static void test_names(void **state) {
  S_run *r = *state;
  S_add_name(r, "zelensky", "Volodymyr Zelenskyy", "a.md");
  S_add_name(r, "zelensky", "Zelenkyy", "a.md");
  S_add_name(r, "zelensky", "Zelenskyy", "c.md");
  S_add_name(r, "lavrov", "Sergey Lavrov", "a.md");
  S_add_name(r, "lavrov", "Sergei Lavrov", "b.md");
  S_add_name(r, "lavrov", "Sergei Lavrov", "c.md");
  S_check(r, NULL);
  size_t warn = 0, info = 0;
  for (size_t i = 0; i < cc_findings_count(r->f); i++) {
    const cc_finding *f = cc_findings_at(r->f, i);
    assert_string_equal(f->check, "name_variant");
    warn += f->severity == CC_SEV_WARNING;
    info += f->severity == CC_SEV_INFO;
  }
  if (warn != 1 || info != 1)
    S_dump(r);
  assert_int_equal(warn, 1); /* Zelenkyy inside a.md */
  assert_int_equal(info, 1); /* Sergey vs Sergei across outlets */
}

static void test_names_not_variants(void **state) {
  S_run *r = *state;
  S_add_name(r, "trump", "Donald Trump", "a.md");
  S_add_name(r, "trump", "Melania Trump", "a.md");
  S_add_name(r, "trump", "Trump", "b.md");
  S_add_name(r, "putin", "Vladimir Putin", "a.md");
  S_add_name(r, "putin", "PUTIN'S", "b.md");
  S_add_name(r, "smith", "J. Smith", "a.md");
  S_add_name(r, "smith", "John Smith", "b.md");
  S_add_name(r, "johnson", "Boris Johnson", "a.md");
  S_add_name(r, "johnston", "Emma Johnston", "b.md");
  S_check(r, NULL);
  if (cc_findings_count(r->f))
    S_dump(r);
  assert_int_equal(cc_findings_count(r->f), 0);
}

static void test_names_typo_key(void **state) {
  S_run *r = *state;
  S_add_name(r, "zelensky", "Volodymyr Zelensky", "a.md");
  S_add_name(r, "zelensky", "Volodymyr Zelensky", "b.md");
  S_add_name(r, "zelenky", "Volodymyr Zelenky", "c.md");
  S_check(r, NULL);
  const cc_finding *f = S_find(r, "name_variant", CC_VERDICT_DISCREPANCY);
  assert_non_null(f);
  assert_int_equal(f->severity, CC_SEV_INFO);
  assert_string_equal(f->a.doc, "c.md");
}

/* ---- keys, scopes, partitions, ids ------------------------------------------------------- */

static void test_objects_not_merged(void **state) {
  S_run *r = *state;
  cc_claim a = S_c("previous_visit", "ames", CC_VK_INSTANT, S_day(2022, 1, 1),
                   S_day(2023, 1, 1), "a.md");
  a.object = "western territory";
  a.gran = CC_G_YEAR;
  cc_claim b = a;
  b.object = "united states";
  b.lo = S_day(2015, 1, 1);
  b.hi = S_day(2016, 1, 1);
  b.doc = "b.md";
  cc_claim_store_add(r->s, &a);
  cc_claim_store_add(r->s, &b);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
}

static void test_story_scope(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19 * 3600;
  S_add_time(r, "one/a.md", 0, t, "2025-08-15T19:00Z");
  S_add_time(r, "two/b.md", 0, t + 7200, "2025-08-15T21:00Z");
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 0);
  cc_check_opts o = {.one_story = true};
  S_check(r, &o);
  assert_int_equal(S_discrepancies(r), 1);
}

static void S_many(S_run *r, size_t nkeys, size_t per_key) {
  char subj[32], doc[32];
  for (size_t k = 0; k < nkeys; k++)
    for (size_t j = 0; j < per_key; j++) {
      snprintf(subj, sizeof subj, "p%zu", k);
      snprintf(doc, sizeof doc, "d%zu.md", j);
      /* every tenth key has one outlet off by one */
      double v = 10 + (k % 10 == 0 && j == 0);
      cc_claim c = S_c("delegation", subj, CC_VK_COUNT, v, v, doc);
      c.start = (uint32_t)k;
      cc_claim_store_add(r->s, &c);
    }
}

static void test_partition_union(void **state) {
  S_run *r = *state;
  S_many(r, 200, 3);
  S_check(r, NULL);
  size_t all = cc_findings_count(r->f);
  assert_int_equal(S_discrepancies(r), 20);
  size_t sum = 0;
  for (int k = 0; k < 3; k++) {
    cc_check_opts o = {.partition_k = k, .partition_n = 3};
    S_check(r, &o);
    sum += cc_findings_count(r->f);
  }
  assert_int_equal(sum, all);
}

static void test_scale(void **state) {
  S_run *r = *state;
  S_many(r, 25000, 4); /* 100k claims */
  assert_int_equal(cc_claim_store_count(r->s), 100000);
  S_check(r, NULL);
  assert_int_equal(S_discrepancies(r), 2500);
  /* 22500 keys where all agree, and 2500 where three outlets agree beside
   * the odd one */
  assert_int_equal(S_count(r, "same_fact", CC_VERDICT_CONSISTENT), 25000);
}

static void test_ids_stable(void **state) {
  S_run *r = *state;
  double t = S_day(2025, 8, 15) + 19 * 3600;
  S_add_time(r, "a.md", 0, t, "2025-08-15T19:00Z");
  S_add_time(r, "b.md", 0, t + 1800, "2025-08-15T19:30Z");
  S_check(r, NULL);
  char id[17];
  memcpy(id, cc_findings_at(r->f, 0)->id, 17);
  /* same claims on other lines, added in another order */
  cc_claim_store_free(&r->s);
  r->s = cc_claim_store_new();
  cc_claim b = S_c("event.start_time", "story", CC_VK_INSTANT, t + 1800,
                   t + 1860, "b.md");
  b.value = "2025-08-15T19:30Z";
  b.gran = CC_G_MINUTE;
  b.line = 40;
  cc_claim a = b;
  a.doc = a.source = "a.md";
  a.lo = t;
  a.hi = t + 60;
  a.value = "2025-08-15T19:00Z";
  a.line = 7;
  cc_claim_store_add(r->s, &b);
  cc_claim_store_add(r->s, &a);
  S_check(r, NULL);
  assert_string_equal(cc_findings_at(r->f, 0)->id, id);
}

/* ---- settings ---------------------------------------------------------------------- */

static void test_config(void **state) {
  (void)state;
  const char *src = "frame,vkind,single,tolerance,rel_tolerance,severity,"
                    "cross_severity,parts,check,description\n"
                    "count.*,count,yes,1,,warning,info,,,\"prefix, any\"\n"
                    "count.dead,count,no,0,0,error,,,,\n"
                    "# a comment,,,,,,,,,\n";
  cc_check_config *cfg;
  cc_err err;
  assert_int_equal(cc_check_config_parse("t.csv", src, strlen(src), &cfg,
                                         &err), 0);
  assert_int_equal(cc_check_config_count(cfg), 2);
  const cc_check_frame *f = cc_check_config_frame(cfg, "count.hurt",
                                                  CC_VK_COUNT);
  assert_string_equal(f->frame, "count.*");
  assert_int_equal(f->cross_severity, CC_SEV_INFO);
  f = cc_check_config_frame(cfg, "count.dead", CC_VK_COUNT);
  assert_false(f->single);
  assert_int_equal(f->cross_severity, CC_SEV_ERROR);
  f = cc_check_config_frame(cfg, "other", CC_VK_DURATION);
  assert_string_equal(f->frame, "*");
  assert_false(f->article_only);
  cc_check_config_free(&cfg);
  cc_check_config_free(&cfg);
  /* the scope column: "article" compares one article's claims only */
  const char *sc = "frame,single,severity,scope\nx.date,yes,info,article\n"
                   "y.date,yes,info,all\nz.date,yes,info,\n";
  assert_int_equal(cc_check_config_parse("t.csv", sc, strlen(sc), &cfg,
                                         &err), 0);
  assert_true(cc_check_config_frame(cfg, "x.date", CC_VK_INSTANT)->article_only);
  assert_false(cc_check_config_frame(cfg, "y.date", CC_VK_INSTANT)->article_only);
  assert_false(cc_check_config_frame(cfg, "z.date", CC_VK_INSTANT)->article_only);
  cc_check_config_free(&cfg);
  /* the trend column: "rises" marks a count that grows (a toll) */
  const char *tr = "frame,single,severity,trend\nx.dead,yes,info,rises\n"
                   "y.dead,yes,info,\n";
  assert_int_equal(cc_check_config_parse("t.csv", tr, strlen(tr), &cfg,
                                         &err), 0);
  assert_true(cc_check_config_frame(cfg, "x.dead", CC_VK_COUNT)->rises);
  assert_false(cc_check_config_frame(cfg, "y.dead", CC_VK_COUNT)->rises);
  cc_check_config_free(&cfg);
  /* the raise_after column: a number in the value's unit, or with a time
   * unit in seconds */
  const char *ra = "frame,single,severity,raise_after\nx.since,yes,info,2y\n"
                   "x.n,yes,info,50\nx.t,yes,info,36h\nx.none,yes,info,\n";
  assert_int_equal(cc_check_config_parse("t.csv", ra, strlen(ra), &cfg,
                                         &err), 0);
  assert_true(fabs(cc_check_config_frame(cfg, "x.since", CC_VK_INSTANT)
                       ->raise_after - 2 * 365.2425 * 86400) < 1);
  assert_true(cc_check_config_frame(cfg, "x.n", CC_VK_COUNT)->raise_after ==
              50);
  assert_true(cc_check_config_frame(cfg, "x.t", CC_VK_DURATION)->raise_after ==
              36 * 3600.0);
  assert_true(cc_check_config_frame(cfg, "x.none", CC_VK_COUNT)->raise_after ==
              0);
  cc_check_config_free(&cfg);
}

/* Cells as libcsv gives them, whether the line is cut in place or read
 * by libcsv (a quote left open, a CR in the file): quotes doubled
 * inside, spaces around cells (a value's leading ones the reader drops
 * too), a line of spaces (no row), a quoted line break, a last line
 * without its newline, and the row in messages.  Passes on the reader
 * that gave every line to libcsv. */
static void test_config_cells(void **state) {
  (void)state;
  const char *src =
      "frame , single,severity,description\n"
      "a.x,yes,info,\"say \"\"hi\"\", then, go\"\n"
      "   \t \n"
      "  b.x  ,  no ,\tinfo\t,  \"  padded  \"  \n"
      "c.x,yes,info,\"two\nlines\"\n"
      "d.x,yes,info,plain words \n"
      "e.x,yes,info,\"\"\"\"";
  for (int cr = 0; cr < 2; cr++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s", src, cr ? "\n\r\n" : "");
    cc_check_config *cfg;
    cc_err err;
    assert_int_equal(cc_check_config_parse("t.csv", text, strlen(text), &cfg,
                                           &err), 0);
    assert_int_equal(cc_check_config_count(cfg), 5);
    static const char *const want[] = {"say \"hi\", then, go", "padded  ",
                                       "two\nlines", "plain words", "\""};
    static const char *const frames[] = {"a.x", "b.x", "c.x", "d.x", "e.x"};
    for (size_t i = 0; i < 5; i++) {
      const cc_check_frame *f = cc_check_config_at(cfg, i);
      assert_string_equal(f->frame, frames[i]);
      assert_string_equal(f->description, want[i]);
    }
    assert_false(cc_check_config_at(cfg, 1)->single);
    cc_check_config_free(&cfg);
  }
  static const char *const bad[] = {
      "frame,single,severity\nx,yes,info\ny,\"no\" ,info,\"a\"b\n",
      "frame,single,severity\nx,yes,info\ny,n\"o,info\n",
      "frame,single,severity\nx,yes,info\ny,yes,\"info\n"};
  for (size_t i = 0; i < 3; i++) {
    cc_check_config *cfg = NULL;
    cc_err err;
    assert_int_equal(cc_check_config_parse("t.csv", bad[i], strlen(bad[i]),
                                           &cfg, &err), -1);
    assert_non_null(strstr(err.msg, "t.csv:3: malformed CSV"));
  }
}

static void test_config_errors(void **state) {
  (void)state;
  cc_check_config *cfg = NULL;
  cc_err err;
  const char *bad = "frame,single,severity\nx,maybe,error\n";
  assert_int_equal(cc_check_config_parse("t.csv", bad, strlen(bad), &cfg,
                                         &err), -1);
  assert_null(cfg);
  assert_non_null(strstr(err.msg, "t.csv:2: column 'single'"));
  const char *sev = "frame,single,severity\nx,yes,fatal\n";
  assert_int_equal(cc_check_config_parse("t.csv", sev, strlen(sev), &cfg,
                                         &err), -1);
  assert_non_null(strstr(err.msg, "t.csv:2: column 'severity'"));
  const char *parts = "frame,single,severity,parts\nx,yes,info,a+\n";
  assert_int_equal(cc_check_config_parse("t.csv", parts, strlen(parts), &cfg,
                                         &err), -1);
  assert_non_null(strstr(err.msg, "column 'parts'"));
  const char *hdr = "frame,severity\nx,info\n";
  assert_int_equal(cc_check_config_parse("t.csv", hdr, strlen(hdr), &cfg,
                                         &err), -1);
  assert_non_null(strstr(err.msg, "t.csv:1: header lacks the column single"));
  const char *dup = "frame,single,severity\nx,yes,info\nx,no,info\n";
  assert_int_equal(cc_check_config_parse("t.csv", dup, strlen(dup), &cfg,
                                         &err), -1);
  assert_non_null(strstr(err.msg, "t.csv:3:"));
  const char *scope = "frame,single,severity,scope\nx,yes,info,outlets\n";
  assert_int_equal(cc_check_config_parse("t.csv", scope, strlen(scope), &cfg,
                                         &err), -1);
  assert_non_null(strstr(err.msg, "t.csv:2: column 'scope'"));
  const char *trend = "frame,single,severity,trend\nx,yes,info,falls\n";
  assert_int_equal(cc_check_config_parse("t.csv", trend, strlen(trend), &cfg,
                                         &err), -1);
  assert_non_null(strstr(err.msg, "t.csv:2: column 'trend'"));
  static const char *const raises[] = {"2 years", "-2y", "0", "y", "2q"};
  for (size_t i = 0; i < sizeof raises / sizeof raises[0]; i++) {
    char raise[128];
    snprintf(raise, sizeof raise, "frame,single,severity,raise_after\n"
                                  "x,yes,info,%s\n", raises[i]);
    assert_int_equal(cc_check_config_parse("t.csv", raise, strlen(raise),
                                           &cfg, &err), -1);
    assert_non_null(strstr(err.msg, "t.csv:2: column 'raise_after'"));
  }
  assert_int_equal(cc_check_config_load("tests/no-such-dir", &cfg, &err), -1);
  assert_non_null(strstr(err.msg, "tests/no-such-dir/checks.csv"));
}

/* rules/rates.csv's table: bounds by code and year, its errors (which
 * leave the config as it was), a rules folder without the file, and the
 * shipped table's bounds of the pound. */
static void test_config_rates(void **state) {
  S_run *r = *state;
  const char *fr = "frame,single,severity\nx,yes,info\n";
  cc_check_config *cfg;
  cc_err err;
  assert_int_equal(cc_check_config_parse("t.csv", fr, strlen(fr), &cfg, &err),
                   0);
  double lo = 0, hi = 0;
  assert_null(cc_check_config_rate_bounds(cfg, "GBP", 2020, &lo, &hi));
  const char *src = "code,low,high,from,to,name\n"
                    "# a comment,,,,,\n"
                    "GBP,0.2,2,1971,,pound\n"
                    "DEM,0.7,7,1973,2001,mark\n"
                    "USD,1,1,,,dollar\n";
  assert_int_equal(
      cc_check_config_parse_rates(cfg, "r.csv", src, strlen(src), &err), 0);
  assert_string_equal(cc_check_config_rate_bounds(cfg, "GBP", 2020, &lo, &hi),
                      "pound");
  assert_true(lo == 0.2 && hi == 2);
  assert_null(cc_check_config_rate_bounds(cfg, "GBP", 1960, &lo, &hi));
  assert_non_null(cc_check_config_rate_bounds(cfg, "GBP", 0, &lo, &hi));
  assert_non_null(cc_check_config_rate_bounds(cfg, "DEM", 1990, &lo, &hi));
  assert_null(cc_check_config_rate_bounds(cfg, "DEM", 2005, &lo, &hi));
  /* no date: only bounds that hold to this day */
  assert_null(cc_check_config_rate_bounds(cfg, "DEM", 0, &lo, &hi));
  assert_null(cc_check_config_rate_bounds(cfg, "NGN", 2020, &lo, &hi));
  assert_null(cc_check_config_rate_bounds(NULL, "GBP", 2020, &lo, &hi));
  /* a currency's rows by era: the row of the year, all of them together
   * when there is no date */
  const char *eras = "code,low,high,from,to,name\n"
                     "GBP,0.2,2,1971,2009,pound\n"
                     "GBP,0.45,1.2,2010,,pound\n";
  assert_int_equal(
      cc_check_config_parse_rates(cfg, "r.csv", eras, strlen(eras), &err), 0);
  assert_non_null(cc_check_config_rate_bounds(cfg, "GBP", 1990, &lo, &hi));
  assert_true(lo == 0.2 && hi == 2);
  assert_non_null(cc_check_config_rate_bounds(cfg, "GBP", 2020, &lo, &hi));
  assert_true(lo == 0.45 && hi == 1.2);
  assert_non_null(cc_check_config_rate_bounds(cfg, "GBP", 0, &lo, &hi));
  assert_true(lo == 0.2 && hi == 2); /* no date: any era's */
  assert_null(cc_check_config_rate_bounds(cfg, "GBP", 1960, &lo, &hi));
  assert_int_equal(
      cc_check_config_parse_rates(cfg, "r.csv", src, strlen(src), &err), 0);
  static const struct {
    const char *text, *msg;
  } bad[] = {
      {"code,low,high\ngbp,1,2\n", "r.csv:2: column 'code'"},
      {"code,low,high\nGBP,0,2\n", "r.csv:2: column 'low'"},
      {"code,low,high\nGBP,3,2\n", "r.csv:2: column 'high'"},
      {"code,low,high,from\nGBP,1,2,71\n", "r.csv:2: column 'from'"},
      {"code,low,high,from,to\nGBP,1,2,1990,1980\n", "r.csv:2: column 'to'"},
      {"code,low,high\nGBP,1,2\nGBP,1,3\n", "r.csv:3: column 'code'"},
      {"code,low,high,from,to\nGBP,1,2,1971,2009\nGBP,1,3,2009,\n",
       "r.csv:3: column 'code'"},
      {"code,low\nGBP,1\n", "r.csv:1: header lacks the column high"},
      {"code,low,high\nGBP,1,2,extra\n", "r.csv:2: more cells than the header"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_int_equal(cc_check_config_parse_rates(cfg, "r.csv", bad[i].text,
                                                 strlen(bad[i].text), &err),
                     -1);
    assert_non_null(strstr(err.msg, bad[i].msg));
    /* the table read before is kept */
    assert_non_null(cc_check_config_rate_bounds(cfg, "GBP", 2020, &lo, &hi));
  }
  /* a byte-order mark (a spreadsheet's "CSV UTF-8") is read */
  const char *bom = "\xEF\xBB\xBF" "code,low,high\nJPY,70,300\n";
  assert_int_equal(
      cc_check_config_parse_rates(cfg, "r.csv", bom, strlen(bom), &err), 0);
  assert_non_null(cc_check_config_rate_bounds(cfg, "JPY", 2020, &lo, &hi));
  cc_check_config_free(&cfg);
  /* the shipped table: a pound is worth between half a dollar and five */
  assert_non_null(cc_check_config_rate_bounds(r->cfg, "GBP", 2004, &lo, &hi));
  assert_true(lo < 0.5 && hi > 1.1);
  assert_non_null(cc_check_config_rate_bounds(r->cfg, "USD", 2004, &lo, &hi));
  assert_true(lo == 1 && hi == 1);
}

static void test_shipped_config(void **state) {
  S_run *r = *state;
  const cc_check_frame *f = cc_check_config_frame(r->cfg, "time.zone_pair",
                                                  CC_VK_TIMEPAIR);
  assert_int_equal(f->severity, CC_SEV_ERROR);
  f = cc_check_config_frame(r->cfg, "person.name", CC_VK_NAME);
  assert_int_equal(f->severity, CC_SEV_WARNING);
  assert_int_equal(f->cross_severity, CC_SEV_INFO);
  f = cc_check_config_frame(r->cfg, "toll.casualties", CC_VK_COUNT);
  assert_string_equal(f->parts, "toll.dead+toll.injured");
}

/* ---- data-driven cases: tests/checks, one .txt file each ---------------------------- */

#include <dirent.h>

typedef struct S_case {
  const char *file;
  unsigned line;       /* of the "case:" line */
  char name[128];
  cc_check_opts opts;
  int failures;
} S_case;

/* Split a line into words; "double quoted" parts keep their spaces. */
static size_t S_words(char *p, char **w, size_t max) {
  size_t n = 0;
  while (*p && n < max) {
    while (*p == ' ' || *p == '\t')
      p++;
    if (!*p)
      break;
    w[n++] = p;
    char *o = p;
    bool q = false;
    for (; *p && (q || (*p != ' ' && *p != '\t')); p++) {
      if (*p == '\\' && p[1]) {
        *o++ = *++p; /* \" is a quote */
        continue;
      }
      if (*p == '"') {
        q = !q;
        continue;
      }
      *o++ = *p;
    }
    bool end = *p == '\0';
    *o = '\0';
    if (!end)
      p++;
  }
  return n;
}

/* 7, 2.5, inf, nan, 2025-08-15, 2025-08-15T19:30[Z], 7h, 30m, 2d, 1w, 7y */
static bool S_value(const char *s, double *out) {
  int y, mo, d, h = 0, mi = 0;
  char *end;
  if (strlen(s) >= 10 && sscanf(s, "%4d-%2d-%2d", &y, &mo, &d) == 3 &&
      s[4] == '-') {
    if (s[10] == 'T' && sscanf(s + 11, "%2d:%2d", &h, &mi) != 2)
      return false;
    *out = S_day(y, mo, d) + h * 3600.0 + mi * 60.0;
    return true;
  }
  *out = strtod(s, &end);
  if (end == s)
    return false;
  static const struct { char c; double secs; } units[] = {
      {'s', 1}, {'m', 60}, {'h', 3600}, {'d', DAY}, {'w', 7 * DAY},
      {'y', YEAR}};
  if (*end == '\0')
    return true;
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (end[0] == units[i].c && end[1] == '\0') {
      *out *= units[i].secs;
      return true;
    }
  return false;
}

static bool S_enum(const char *s, const char *(*name)(int), int n,
                   uint8_t *out) {
  for (int i = 0; i < n; i++)
    if (strcmp(s, name(i)) == 0) {
      *out = (uint8_t)i;
      return true;
    }
  return false;
}
static const char *S_gname(int i) { return cc_gran_name((cc_gran)i); }
static const char *S_qname(int i) { return cc_qual_name((cc_qual)i); }

static bool S_flags(const char *s, uint16_t *out) {
  static const char *names[] = {"doc_date",  "date_inferred", "year_inferred",
                                "relative",  "unresolved",    "open_list",
                                "zone_inferred", "time_only", "zone_given"};
  const size_t n = sizeof names / sizeof names[0];
  char buf[256];
  snprintf(buf, sizeof buf, "%s", s);
  for (char *t = strtok(buf, ";"); t; t = strtok(NULL, ";")) {
    size_t i = 0;
    while (i < n && strcmp(t, names[i]) != 0)
      i++;
    if (i == n)
      return false;
    *out |= (uint16_t)(1u << i);
  }
  return true;
}

/* Lists "a;b;c" into a static pool that lives for the case. */
static char S_pool[64][64];
static const char *S_pool_ptrs[64];
static size_t S_pool_n;

static const char **S_list_of(const char *s, uint32_t *n) {
  const char **first = &S_pool_ptrs[S_pool_n];
  char buf[512];
  snprintf(buf, sizeof buf, "%s", s);
  *n = 0;
  for (char *t = strtok(buf, ";"); t && S_pool_n < 64; t = strtok(NULL, ";")) {
    snprintf(S_pool[S_pool_n], sizeof S_pool[0], "%s", t);
    S_pool_ptrs[S_pool_n] = S_pool[S_pool_n];
    S_pool_n++;
    (*n)++;
  }
  return first;
}

static bool S_claim_field(cc_claim *c, const char *k, const char *v) {
  uint32_t n;
  struct { const char *k; const char **dst; } strs[] = {
      {"frame", &c->frame}, {"subject", &c->subject}, {"object", &c->object},
      {"rule", &c->rule}, {"value", &c->value}, {"value2", &c->value2},
      {"derivation", &c->derivation}, {"doc", &c->doc},
      {"source", &c->source}, {"text", &c->text}, {"quote", &c->quote}};
  for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
    if (strcmp(k, strs[i].k) == 0) {
      *strs[i].dst = v;
      if (strcmp(k, "doc") == 0)
        c->source = v;
      return true;
    }
  struct { const char *k; double *dst; } nums[] = {
      {"lo", &c->lo}, {"hi", &c->hi}, {"lo2", &c->lo2}, {"hi2", &c->hi2}};
  for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
    if (strcmp(k, nums[i].k) == 0)
      return S_value(v, nums[i].dst);
  struct { const char *k; uint32_t *dst; } ints[] = {
      {"line", &c->line}, {"col", &c->col}, {"start", &c->start},
      {"sentence", &c->sentence}};
  for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
    if (strcmp(k, ints[i].k) == 0) {
      *ints[i].dst = (uint32_t)strtoul(v, NULL, 10);
      return true;
    }
  cc_vkind vk;
  if (strcmp(k, "vkind") == 0 && cc_vkind_parse(v, &vk)) {
    c->vkind = (uint8_t)vk;
    return true;
  }
  if (strcmp(k, "gran") == 0)
    return S_enum(v, S_gname, CC_G_SECOND + 1, &c->gran);
  if (strcmp(k, "qual") == 0)
    return S_enum(v, S_qname, CC_Q__COUNT, &c->qual);
  if (strcmp(k, "flags") == 0)
    return S_flags(v, &c->flags);
  if (strcmp(k, "unit") == 0) {
    snprintf(c->unit, sizeof c->unit, "%s", v);
    return true;
  }
  if (strcmp(k, "date") == 0) {
    int64_t d;
    if (strcmp(v, "none") == 0) {
      c->flags &= (uint8_t)~CC_CF_DOC_DATE;
      return true;
    }
    c->doc_date = cc_parse_iso_date(v, &d) ? d : 0;
    return cc_parse_iso_date(v, &d);
  }
  if (strcmp(k, "items") == 0) {
    c->items = S_list_of(v, &n);
    c->nitems = n;
    return true;
  }
  if (strcmp(k, "names") == 0) {
    c->item_names = S_list_of(v, &n);
    return n == c->nitems;
  }
  return false;
}

static void S_case_fail(S_case *k, unsigned line, const char *what) {
  fprintf(stderr, "%s:%u: case '%s': %s\n", k->file, line, k->name, what);
  k->failures++;
}

static bool S_matches(const cc_finding *f, char **w, size_t n) {
  cc_verdict v;
  cc_severity sev;
  if (!cc_verdict_parse(w[0], &v) || f->verdict != v)
    return false;
  if (n > 1 && strcmp(w[1], "*") != 0 && strcmp(f->check, w[1]) != 0)
    return false;
  for (size_t i = 2; i < n; i++) {
    if (cc_severity_parse(w[i], &sev)) {
      if (f->severity != sev)
        return false;
    } else if (!strstr(f->message, w[i])) {
      return false;
    }
  }
  return true;
}

/* expect / reject VERDICT CHECK [SEVERITY] [TEXT...]; count VERDICT N */
static void S_case_expect(S_case *k, S_run *r, unsigned line, char **w,
                          size_t n) {
  size_t hits = 0;
  for (size_t i = 0; i < cc_findings_count(r->f); i++)
    hits += S_matches(cc_findings_at(r->f, i), w + 1, n - 1);
  if (strcmp(w[0], "count") == 0) {
    cc_verdict v;
    size_t want = n == 3 ? strtoul(w[2], NULL, 10) : 0, got = 0;
    if (n != 3 || !cc_verdict_parse(w[1], &v))
      return S_case_fail(k, line, "count VERDICT N");
    for (size_t i = 0; i < cc_findings_count(r->f); i++)
      got += cc_findings_at(r->f, i)->verdict == v;
    if (got != want) {
      char msg[128];
      snprintf(msg, sizeof msg, "%zu %s findings, want %zu", got, w[1], want);
      S_case_fail(k, line, msg);
      S_dump(r);
    }
    return;
  }
  bool expect = strcmp(w[0], "expect") == 0;
  if (n < 3 || (!expect && strcmp(w[0], "reject") != 0))
    return S_case_fail(k, line, "want expect|reject VERDICT CHECK ...");
  if (expect ? hits == 0 : hits != 0) {
    S_case_fail(k, line, expect ? "no such finding" : "unwanted finding");
    S_dump(r);
  }
}

static void S_case_file(S_run *r, const char *path, int *failures,
                        int *cases) {
  FILE *f = fopen(path, "r");
  assert_non_null(f);
  char line[2048];
  unsigned no = 0;
  S_case k = {.file = path};
  bool ran = true;
  static char store_lines[512][2048]; /* claim strings live for the case */
  size_t nstore = 0;
  while (fgets(line, sizeof line, f)) {
    no++;
    line[strcspn(line, "\r\n")] = '\0';
    if (!line[0] || line[0] == '#')
      continue;
    char *w[64];
    if (strncmp(line, "case:", 5) == 0) {
      *failures += k.failures;
      k = (S_case){.file = path, .line = no};
      snprintf(k.name, sizeof k.name, "%.100s", line + 6);
      cc_claim_store_free(&r->s);
      r->s = cc_claim_store_new();
      S_pool_n = 0;
      nstore = 0;
      ran = false;
      (*cases)++;
      continue;
    }
    if (nstore == 512)
      fail_msg("%s:%u: too many lines in one case", path, no);
    char *l = store_lines[nstore++];
    snprintf(l, 2048, "%s", line);
    size_t n = S_words(l, w, 64);
    if (n == 0)
      continue;
    if (strcmp(w[0], "opts:") == 0) {
      for (size_t i = 1; i < n; i++) {
        if (strcmp(w[i], "infer_dates") == 0)
          k.opts.infer_dates = true;
        else if (strcmp(w[i], "one_story") == 0)
          k.opts.one_story = true;
        else
          S_case_fail(&k, no, "unknown option");
      }
    } else if (strcmp(w[0], "claim") == 0) {
      cc_claim c = S_c("", "story", CC_VK_COUNT, 0, NAN, "a.md");
      for (size_t i = 1; i < n; i++) {
        char *eq = strchr(w[i], '=');
        if (!eq) {
          S_case_fail(&k, no, "want key=value");
          continue;
        }
        *eq = '\0';
        if (!S_claim_field(&c, w[i], eq + 1))
          S_case_fail(&k, no, "bad claim field");
      }
      if (isnan(c.hi) && !isnan(c.lo))
        c.hi = c.lo;
      if (!c.text[0] || strcmp(c.text, "mention") == 0)
        c.text = c.value;
      c.start = c.start ? c.start : no;
      cc_claim_store_add(r->s, &c);
      ran = false; /* claims after an expectation: check again */
    } else {
      if (!ran) {
        S_check(r, &k.opts);
        ran = true;
      }
      S_case_expect(&k, r, no, w, n);
    }
  }
  *failures += k.failures;
  fclose(f);
}

static int S_strcmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_case_files(void **state) {
  S_run *r = *state;
  DIR *d = opendir("tests/checks");
  if (!d)
    skip();
  char *files[256];
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 256) {
    size_t l = strlen(e->d_name);
    if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0) {
      files[n] = malloc(strlen(e->d_name) + 16);
      sprintf(files[n++], "tests/checks/%s", e->d_name);
    }
  }
  closedir(d);
  qsort(files, n, sizeof *files, S_strcmp);
  int failures = 0, cases = 0;
  for (size_t i = 0; i < n; i++) {
    S_case_file(r, files[i], &failures, &cases);
    free(files[i]);
  }
  fprintf(stderr, "tests/checks: %d cases, %d failures\n", cases, failures);
  assert_true(cases > 0);
  assert_int_equal(failures, 0);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, S_setup, S_teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      T(test_zone_pair),
      T(test_zone_pair_agrees),
      T(test_zone_pairs_across),
      T(test_zone_pairs_across_places),
      T(test_zone_pairs_across_after),
      T(test_zone_pairs_across_synonyms),
      T(test_zone_pairs_across_majority),
      T(test_zone_pairs_across_no_majority),
      T(test_rate_same_sentence),
      T(test_elapsed_same_sentence),
      T(test_breakdown_whole_list),
      T(test_digit_swap),
      T(test_written_difference),
      T(test_rate_rounding),
      T(test_rate_tenfold),
      T(test_same_fact_across),
      T(test_same_fact_within),
      T(test_same_fact_agrees),
      T(test_same_fact_zone_same_place),
      T(test_same_fact_zone_other_place),
      T(test_same_fact_consistent_counts_outlets),
      T(test_granularity_no_false_alarm),
      T(test_range_qualifier),
      T(test_range_disjoint),
      T(test_elapsed_consistent),
      T(test_elapsed_discrepancy),
      T(test_relative_date),
      T(test_unresolved_and_inferred),
      T(test_count_list),
      T(test_count_list_mismatch),
      T(test_weekday),
      T(test_weekday_wrong),
      T(test_parts_total),
      T(test_shares),
      T(test_age_birth),
      T(test_names),
      T(test_names_not_variants),
      T(test_names_typo_key),
      T(test_objects_not_merged),
      T(test_story_scope),
      T(test_partition_union),
      T(test_scale),
      T(test_ids_stable),
      cmocka_unit_test(test_config),
      cmocka_unit_test(test_config_cells),
      cmocka_unit_test(test_config_errors),
      T(test_config_rates),
      T(test_shipped_config),
      T(test_case_files),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
