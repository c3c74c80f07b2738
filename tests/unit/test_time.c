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

/* The general formulas (64-bit, floor division), as time.c had them
 * before its 32-bit path: the reference that path must equal. */
static int64_t S_fdiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static int64_t S_ref_days(int y, int m, int d) {
  int64_t yy = (int64_t)y - (m <= 2);
  int64_t era = S_fdiv(yy, 400);
  int64_t yoe = yy - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static cc_ymd S_ref_civil(int64_t z) {
  z += 719468;
  int64_t era = S_fdiv(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  cc_ymd r;
  r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
  r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
  r.y = (int)(yoe + era * 400 + (r.m <= 2));
  return r;
}

static void S_same_civil(int64_t z) {
  cc_ymd a = cc_civil_from_days(z), b = S_ref_civil(z);
  assert_int_equal(a.y, b.y);
  assert_int_equal(a.m, b.m);
  assert_int_equal(a.d, b.d);
}

/* The 32-bit paths equal the general formulas inside their range, at its
 * edges and past them (days and years around 0, 2^20 and 2^32 days), and
 * for months and days out of range, which take the general path. */
static void test_fast_paths(void **state) {
  (void)state;
  for (int64_t z = -800000; z <= 800000; z += 7)
    S_same_civil(z);
  static const int64_t edges[] = {-719468, -719469, -719467,
                                  (int64_t)UINT32_MAX - 719468,
                                  (int64_t)UINT32_MAX - 719467,
                                  (int64_t)UINT32_MAX - 719469,
                                  INT64_C(1) << 33, -(INT64_C(1) << 33)};
  for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
    for (int64_t k = -3; k <= 3; k++)
      S_same_civil(edges[i] + k);
  static const int years[] = {-5,     -1,      0,       1,       2,
                              399,    400,     1969,    2025,    1048575,
                              1048576, 1048577, 2000000, -2000000};
  for (size_t i = 0; i < sizeof years / sizeof years[0]; i++)
    for (int m = -2; m <= 15; m++)
      for (int d = -2; d <= 33; d++)
        assert_int_equal(cc_days_from_civil(years[i], m, d),
                         S_ref_days(years[i], m, d));
  assert_int_equal(cc_days_from_civil(2025, 3, 1 << 20),
                   S_ref_days(2025, 3, 1 << 20));
  assert_int_equal(cc_days_from_civil(2025, 3, (1 << 20) + 1),
                   S_ref_days(2025, 3, (1 << 20) + 1));
}

/* cc_format_date keeps the days it formatted: days that share an entry
 * (256 apart), formatted in turn and again, read as their own. */
static void test_format_date_memo(void **state) {
  (void)state;
  static const int64_t base[] = {0, -1, 20315, -719468, 2932896, 3000000};
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < sizeof base / sizeof base[0]; i++)
      for (int64_t k = -2; k <= 2; k++) {
        int64_t z = base[i] + k * 256;
        char got[12], want[48];
        size_t n = cc_format_date(z, got);
        cc_ymd c = S_ref_civil(z);
        int y = c.y > 9999 ? 9999 : c.y;
        snprintf(want, sizeof want, "%s%04d-%02d-%02d", y < 0 ? "-" : "",
                 y < 0 ? -y : y, c.m, c.d);
        assert_string_equal(got, want);
        assert_int_equal(n, strlen(want));
      }
}

/* A BC day keeps its sign in the date and in the date-time (ISO 8601's
 * astronomical year: 44 BC is -0043), a date-time its seconds when it has
 * some, and the lengths say where the text ends. */
static void test_format_bc(void **state) {
  (void)state;
  char b[24];
  int64_t d = cc_days_from_civil(-43, 3, 15);
  assert_int_equal(cc_format_date(d, b), 11);
  assert_string_equal(b, "-0043-03-15");
  assert_int_equal(cc_format_datetime(d * CC_DAY + 13 * 3600 + 5 * 60, b),
                   17);
  assert_string_equal(b, "-0043-03-15T13:05");
  /* seconds when there are some */
  assert_int_equal(cc_format_datetime(-1, b), 19);
  assert_string_equal(b, "1969-12-31T23:59:59");
  assert_int_equal(cc_format_datetime(-60, b), 16);
  assert_string_equal(b, "1969-12-31T23:59");
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
      cmocka_unit_test(test_fast_paths),
      cmocka_unit_test(test_format_date_memo),
      cmocka_unit_test(test_format_bc),
      cmocka_unit_test(test_validity_and_leap),
      cmocka_unit_test(test_weekday),
      cmocka_unit_test(test_iso_week),
      cmocka_unit_test(test_add_months),
      cmocka_unit_test(test_parse_and_format),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
