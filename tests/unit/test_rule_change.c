/* test_rule_change.c - the arithmetic of the built-in quantity.change
 * (cc_change_figure, cc_change_pct): the figures a number as written
 * allows, and the percent change between two such intervals. */
#include "cc_test.h"

#include <math.h>
#include <string.h>

#include "cc_rule.h"

static void S_fig(const char *text, double value, bool strip, double lo,
                  double hi) {
  double a, b;
  assert_true(cc_change_figure(text, strlen(text), value, strip, &a, &b));
  assert_float_equal(a, lo, 1e-6 * (fabs(lo) + 1));
  assert_float_equal(b, hi, 1e-6 * (fabs(hi) + 1));
}

static void test_figure_rounding(void **state) {
  (void)state;
  S_fig("$12.4bn", 12.4e9, true, 12.35e9, 12.45e9); /* to the tenth */
  S_fig("18%", 18, false, 17.5, 18.5);
  S_fig("10%", 10, false, 9.5, 10.5);             /* a percent as stated */
  S_fig("4,000", 4000, true, 3950, 4050);         /* two digits kept */
  S_fig("30", 30, true, 29.5, 30.5);
  S_fig("£880m", 880e6, true, 875e6, 885e6);
  S_fig("£1bn", 1e9, true, 0.75e9, 1.25e9);       /* a quarter at most */
  S_fig("2.0", 2, true, 1.95, 2.05);              /* a shown zero counts */
  S_fig("320p", 3.2, true, 3.15, 3.25);  /* to the ten, scaled to the value */
  double a, b;
  assert_false(cc_change_figure("a third", 7, 0.33, false, &a, &b));
}

static void test_change_pct(void **state) {
  (void)state;
  double lo, hi;
  /* "to $12.4bn from $13.1bn": a fall of 4.6-6.1% */
  cc_change_pct(12.35, 12.45, 13.05, 13.15, &lo, &hi);
  assert_true(lo < -6.0 && lo > -6.2);
  assert_true(hi > -4.7 && hi < -4.5);
  /* "from $2.0bn to $2.5bn": 19.5-30.8%, far from 8% */
  cc_change_pct(2.45, 2.55, 1.95, 2.05, &lo, &hi);
  assert_float_equal(lo, (2.45 / 2.05 - 1) * 100, 1e-9);
  assert_float_equal(hi, (2.55 / 1.95 - 1) * 100, 1e-9);
  /* exact figures: one change */
  cc_change_pct(5000, 5000, 4000, 4000, &lo, &hi);
  assert_float_equal(lo, 25, 1e-9);
  assert_float_equal(hi, 25, 1e-9);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_figure_rounding),
      cmocka_unit_test(test_change_pct),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
