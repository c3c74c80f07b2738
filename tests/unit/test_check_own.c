/* test_check_own.c - values an item does not take from its claim
 * (check_int.h, cc__vlo): an undated time moved by whole days to its
 * group's reference is compared, and shown, at its moved value, on one
 * thread and on several. */
#include "cc_test.h"

#include <math.h>

#include "cc_check.h"
#include "cc_claim.h"
#include "cc_recog.h"
#include "cc_time.h"

#define DAY 86400.0

static double S_day(int y, int m, int d) {
  return (double)cc_days_from_civil(y, m, d) * DAY;
}

/* An undated start time ("10:30 GMT") of the story in doc, published on
 * day pub (2025-08-pub), at h hours of that day. */
static cc_claim S_time(const char *doc, int pub, double h) {
  cc_claim c = {0};
  c.frame = "event.start_time";
  c.subject = "story";
  c.object = "";
  c.rule = "test.rule";
  c.vkind = CC_VK_INSTANT;
  c.lo = c.hi = S_day(2025, 8, pub) + h * 3600;
  c.value = "";
  c.value2 = "";
  c.derivation = "";
  c.doc = doc;
  c.source = doc;
  c.line = 1;
  c.col = 1;
  c.text = "mention";
  c.quote = "A sentence.";
  c.gran = CC_G_MINUTE;
  c.flags = CC_CF_DOC_DATE | CC_CF_TIME_ONLY;
  c.doc_date = cc_days_from_civil(2025, 8, pub);
  return c;
}

static size_t S_discrepancies(const cc_findings *f, const char **msg) {
  size_t k = 0;
  for (size_t i = 0; i < cc_findings_count(f); i++)
    if (cc_findings_at(f, i)->verdict == CC_VERDICT_DISCREPANCY) {
      *msg = cc_findings_at(f, i)->message;
      k++;
    }
  return k;
}

/* The findings of the store s for --jobs 1..3: the same count each time;
 * the count, and the last discrepancy's message in *msg. */
static size_t S_run(cc_claim_store *s, const cc_check_config *cfg,
                    const char **msg, char *buf, size_t nbuf) {
  size_t first = SIZE_MAX;
  for (int jobs = 1; jobs <= 3; jobs++) {
    cc_findings *f = cc_findings_new();
    cc_check_opts o = {.jobs = jobs};
    cc_check_run(s, cfg, &o, f);
    const char *m = "";
    size_t k = S_discrepancies(f, &m);
    if (first == SIZE_MAX) {
      first = k;
      snprintf(buf, nbuf, "%s", m);
    }
    assert_int_equal(k, first);
    assert_string_equal(m, buf);
    cc_findings_free(&f);
  }
  *msg = buf;
  return first;
}

static void test_undated_times_moved(void **state) {
  (void)state;
  cc_check_config *cfg;
  cc_err err;
  assert_int_equal(cc_check_config_load(CC_TEST_RULES, &cfg, &err), 0);
  char buf[512];
  const char *msg;
  /* 10:30 published on the 4th and 10:30 on the 5th: one time, not a
   * day apart */
  cc_claim_store *s = cc_claim_store_new();
  cc_claim a = S_time("x/a.md", 4, 10.5), b = S_time("x/b.md", 5, 10.5);
  cc_claim_store_add(s, &a);
  cc_claim_store_add(s, &b);
  assert_int_equal(S_run(s, cfg, &msg, buf, sizeof buf), 0);
  cc_claim_store_free(&s);
  /* 10:30 on the 4th and 11:30 on the 5th: an hour apart, the later
   * one moved to the earlier one's day (25 hours when it is not) */
  s = cc_claim_store_new();
  a = S_time("x/a.md", 4, 10.5);
  b = S_time("x/b.md", 5, 11.5);
  cc_claim_store_add(s, &a);
  cc_claim_store_add(s, &b);
  assert_int_equal(S_run(s, cfg, &msg, buf, sizeof buf), 1);
  if (getenv("CC_TEST_DUMP"))
    fprintf(stderr, "%s\n", msg);
  assert_non_null(strstr(msg, "; 1 hour apart"));
  cc_claim_store_free(&s);
  cc_check_config_free(&cfg);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_undated_times_moved),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
