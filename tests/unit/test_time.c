/* test_time.c - civil calendar arithmetic (cc_time.h). */
#include "cc_test.h"

#include "cc_time.h"

static void test_epoch_and_known_days(void **state) {
  (void)state;
  assert_int_equal(cc_days_from_civil(1970, 1, 1), 0);
  assert_int_equal(cc_days_from_civil(1970, 1, 2), 1);
  assert_int_equal(cc_days_from_civil(1969, 12, 31), -1);
  assert_int_equal(cc_days_from_civil(2000, 3, 1), 11017);
  assert_int_equal(cc_days_from_civil(2025, 8, 15), 20315);
  assert_int_equal(cc_days_from_civil(1600, 1, 1), -135140);
}

static void test_round_trip(void **state) {
  (void)state;
  /* every day from 1599 to 2401 converts back to itself, in order */
  int64_t prev = cc_days_from_civil(1599, 1, 1) - 1;
  for (int y = 1599; y <= 2401; y++)
    for (int m = 1; m <= 12; m++)
      for (int d = 1; d <= cc_days_in_month(y, m); d++) {
        int64_t z = cc_days_from_civil(y, m, d);
        assert_int_equal(z, prev + 1);
        cc_ymd c = cc_civil_from_days(z);
        assert_int_equal(c.y, y);
        assert_int_equal(c.m, m);
        assert_int_equal(c.d, d);
        prev = z;
      }
  /* far past, negative years */
  cc_ymd c = cc_civil_from_days(cc_days_from_civil(-566, 7, 4));
  assert_int_equal(c.y, -566);
  assert_int_equal(c.m, 7);
  assert_int_equal(c.d, 4);
}

static void test_validity_and_leap(void **state) {
  (void)state;
  assert_true(cc_date_valid(2024, 2, 29));
  assert_false(cc_date_valid(2025, 2, 29));
  assert_false(cc_date_valid(1900, 2, 29));
  assert_true(cc_date_valid(2000, 2, 29));
  assert_false(cc_date_valid(2025, 4, 31));
  assert_false(cc_date_valid(2025, 13, 1));
  assert_false(cc_date_valid(2025, 0, 1));
  assert_false(cc_date_valid(2025, 1, 0));
  assert_int_equal(cc_days_in_month(2025, 2), 28);
  assert_int_equal(cc_days_in_month(2024, 2), 29);
  assert_int_equal(cc_days_in_month(2025, 12), 31);
  assert_int_equal(cc_days_in_month(2025, 13), 0);
}

static void test_weekday(void **state) {
  (void)state;
  assert_int_equal(cc_weekday(0), 3);                               /* Thu */
  assert_int_equal(cc_weekday(cc_days_from_civil(2025, 8, 15)), 4); /* Fri */
  assert_int_equal(cc_weekday(cc_days_from_civil(2025, 8, 11)), 0); /* Mon */
  assert_int_equal(cc_weekday(cc_days_from_civil(2018, 7, 16)), 0); /* Mon */
  assert_int_equal(cc_weekday(cc_days_from_civil(1969, 7, 20)), 6); /* Sun */
  assert_int_equal(cc_weekday(cc_days_from_civil(1900, 1, 1)), 0);  /* Mon */
  assert_int_equal(cc_weekday(-1), 2);
}

static void test_iso_week(void **state) {
  (void)state;
  int y, w;
  cc_iso_week(cc_days_from_civil(2025, 8, 15), &y, &w);
  assert_int_equal(y, 2025);
  assert_int_equal(w, 33);
  cc_iso_week(cc_days_from_civil(2025, 8, 8), &y, &w);
  assert_int_equal(w, 32);
  /* 2013-03-22 is in week 12 (TimeML "last week" = 2013-W11) */
  cc_iso_week(cc_days_from_civil(2013, 3, 22), &y, &w);
  assert_int_equal(y, 2013);
  assert_int_equal(w, 12);
  /* year boundaries */
  cc_iso_week(cc_days_from_civil(2024, 12, 30), &y, &w);
  assert_int_equal(y, 2025);
  assert_int_equal(w, 1);
  cc_iso_week(cc_days_from_civil(2021, 1, 3), &y, &w);
  assert_int_equal(y, 2020);
  assert_int_equal(w, 53);
  cc_iso_week(cc_days_from_civil(2021, 1, 4), &y, &w);
  assert_int_equal(y, 2021);
  assert_int_equal(w, 1);
  cc_iso_week(cc_days_from_civil(2027, 1, 1), &y, &w);
  assert_int_equal(y, 2026);
  assert_int_equal(w, 53);
  cc_iso_week(cc_days_from_civil(2010, 1, 3), NULL, &w);
  assert_int_equal(w, 53);
}

static void test_add_months(void **state) {
  (void)state;
  char b[16];
  cc_format_date(cc_add_months(cc_days_from_civil(2025, 1, 31), 1), b);
  assert_string_equal(b, "2025-02-28");
  cc_format_date(cc_add_months(cc_days_from_civil(2024, 1, 31), 1), b);
  assert_string_equal(b, "2024-02-29");
  cc_format_date(cc_add_months(cc_days_from_civil(2025, 8, 15), -8), b);
  assert_string_equal(b, "2024-12-15");
  cc_format_date(cc_add_months(cc_days_from_civil(2025, 3, 31), -1), b);
  assert_string_equal(b, "2025-02-28");
  cc_format_date(cc_add_months(cc_days_from_civil(2024, 2, 29), 12), b);
  assert_string_equal(b, "2025-02-28");
  cc_format_date(cc_add_months(cc_days_from_civil(2025, 11, 30), 14), b);
  assert_string_equal(b, "2027-01-30");
  cc_format_date(cc_add_months(cc_days_from_civil(2025, 1, 15), -25), b);
  assert_string_equal(b, "2022-12-15");
}

static void test_parse_and_format(void **state) {
  (void)state;
  int64_t d;
  assert_true(cc_parse_iso_date("2025-08-15", &d));
  assert_int_equal(d, 20315);
  assert_true(cc_parse_iso_date("2024-02-29", &d));
  assert_false(cc_parse_iso_date("2025-02-29", &d));
  assert_false(cc_parse_iso_date("2025-8-15", &d));
  assert_false(cc_parse_iso_date("2025-08-15x", &d));
  assert_false(cc_parse_iso_date("2025/08/15", &d));
  assert_false(cc_parse_iso_date("", &d));
  assert_false(cc_parse_iso_date(NULL, &d));
  char b[20];
  cc_format_date(20315, b);
  assert_string_equal(b, "2025-08-15");
  cc_format_date(-1, b);
  assert_string_equal(b, "1969-12-31");
  cc_format_datetime(20315 * CC_DAY + 19 * 3600 + 30 * 60, b);
  assert_string_equal(b, "2025-08-15T19:30");
  cc_format_datetime(-60, b);
  assert_string_equal(b, "1969-12-31T23:59");
  cc_format_datetime(0, b);
  assert_string_equal(b, "1970-01-01T00:00");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_epoch_and_known_days),
      cmocka_unit_test(test_round_trip),
      cmocka_unit_test(test_validity_and_leap),
      cmocka_unit_test(test_weekday),
      cmocka_unit_test(test_iso_week),
      cmocka_unit_test(test_add_months),
      cmocka_unit_test(test_parse_and_format),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
