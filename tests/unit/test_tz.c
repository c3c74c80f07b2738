/* test_tz.c - time zones from the system tz database (cc_tz.h). */
#include "cc_test.h"

#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_time.h"
#include "cc_tz.h"

static int64_t S_at(int y, int mo, int d, int h, int mi) {
  return cc_days_from_civil(y, mo, d) * CC_DAY + h * 3600 + mi * 60;
}

static int S_skip_without_tzdata(void **state) {
  (void)state;
  if (!cc_tz_valid("Etc/UTC")) {
    print_message("no tz database found: tz tests skipped\n");
    return -1;
  }
  return 0;
}

static void test_valid_names(void **state) {
  (void)state;
  if (S_skip_without_tzdata(state))
    skip();
  assert_true(cc_tz_valid("America/Anchorage"));
  assert_true(cc_tz_valid("Europe/London"));
  assert_true(cc_tz_valid("Europe/Moscow"));
  assert_true(cc_tz_valid("UTC"));
  assert_false(cc_tz_valid("Mars/Olympus_Mons"));
  assert_false(cc_tz_valid("America/Anchorag"));
  assert_false(cc_tz_valid(""));
  assert_false(cc_tz_valid(NULL));
  assert_false(cc_tz_valid("../../etc/passwd"));
  assert_false(cc_tz_valid("/etc/passwd"));
  assert_false(cc_tz_valid("America"));  /* a folder, not a zone */
  assert_false(cc_tz_valid("zone.tab")); /* not a TZif file */
  int off = 1;
  assert_int_equal(cc_tz_offset_at("Nowhere/Atall", 0, &off, NULL), -1);
  int64_t u;
  assert_int_equal(cc_tz_local_to_utc("Nowhere/Atall", 0, &u, NULL, NULL), -1);
}

static void test_anchorage_summer(void **state) {
  if (S_skip_without_tzdata(state))
    skip();
  int64_t utc;
  int off;
  char abbr[16];
  assert_int_equal(cc_tz_local_to_utc("America/Anchorage",
                                      S_at(2025, 8, 15, 11, 30), &utc, &off,
                                      abbr),
                   0);
  assert_int_equal(utc, S_at(2025, 8, 15, 19, 30));
  assert_int_equal(off, -8 * 3600);
  assert_string_equal(abbr, "AKDT");
  char b[20];
  cc_format_datetime(utc, b);
  assert_string_equal(b, "2025-08-15T19:30");
  /* winter: AKST, UTC-9 */
  assert_int_equal(cc_tz_offset_at("America/Anchorage",
                                   S_at(2025, 1, 20, 12, 0), &off, abbr),
                   0);
  assert_int_equal(off, -9 * 3600);
  assert_string_equal(abbr, "AKST");
}

static void test_london(void **state) {
  if (S_skip_without_tzdata(state))
    skip();
  int64_t utc;
  int off;
  char abbr[16];
  cc_tz_local_to_utc("Europe/London", S_at(2025, 1, 10, 9, 0), &utc, &off,
                     abbr);
  assert_int_equal(utc, S_at(2025, 1, 10, 9, 0));
  assert_int_equal(off, 0);
  assert_string_equal(abbr, "GMT");
  cc_tz_local_to_utc("Europe/London", S_at(2025, 7, 10, 9, 0), &utc, &off,
                     abbr);
  assert_int_equal(utc, S_at(2025, 7, 10, 8, 0));
  assert_int_equal(off, 3600);
  assert_string_equal(abbr, "BST");
  /* far future: the footer rule takes over from the transition table */
  cc_tz_local_to_utc("Europe/London", S_at(2090, 7, 1, 12, 0), &utc, &off,
                     abbr);
  assert_int_equal(off, 3600);
  cc_tz_local_to_utc("Europe/London", S_at(2090, 12, 1, 12, 0), &utc, &off,
                     abbr);
  assert_int_equal(off, 0);
}

static void test_moscow(void **state) {
  if (S_skip_without_tzdata(state))
    skip();
  int off;
  char abbr[16];
  /* permanent UTC+3 since 2014 */
  cc_tz_offset_at("Europe/Moscow", S_at(2025, 8, 15, 12, 0), &off, abbr);
  assert_int_equal(off, 3 * 3600);
  assert_string_equal(abbr, "MSK");
  cc_tz_offset_at("Europe/Moscow", S_at(2025, 1, 15, 12, 0), &off, NULL);
  assert_int_equal(off, 3 * 3600);
  /* 2012: permanent UTC+4 */
  cc_tz_offset_at("Europe/Moscow", S_at(2012, 1, 15, 12, 0), &off, NULL);
  assert_int_equal(off, 4 * 3600);
  /* 2010 summer: MSD, UTC+4; winter UTC+3 */
  cc_tz_offset_at("Europe/Moscow", S_at(2010, 7, 1, 12, 0), &off, NULL);
  assert_int_equal(off, 4 * 3600);
  cc_tz_offset_at("Europe/Moscow", S_at(2010, 1, 1, 12, 0), &off, NULL);
  assert_int_equal(off, 3 * 3600);
}

static void test_dst_gap_and_overlap(void **state) {
  if (S_skip_without_tzdata(state))
    skip();
  int64_t utc;
  int off;
  /* New York springs forward 2025-03-09 02:00 EST -> 03:00 EDT: 02:30 does
   * not exist; the offset from before the gap (EST, -5) is used. */
  cc_tz_local_to_utc("America/New_York", S_at(2025, 3, 9, 2, 30), &utc, &off,
                     NULL);
  assert_int_equal(off, -5 * 3600);
  assert_int_equal(utc, S_at(2025, 3, 9, 7, 30));
  /* just after the gap: EDT */
  cc_tz_local_to_utc("America/New_York", S_at(2025, 3, 9, 3, 30), &utc, &off,
                     NULL);
  assert_int_equal(off, -4 * 3600);
  assert_int_equal(utc, S_at(2025, 3, 9, 7, 30));
  /* falls back 2025-11-02 02:00 EDT -> 01:00 EST: 01:30 happens twice; the
   * earlier (EDT) is used */
  cc_tz_local_to_utc("America/New_York", S_at(2025, 11, 2, 1, 30), &utc, &off,
                     NULL);
  assert_int_equal(off, -4 * 3600);
  assert_int_equal(utc, S_at(2025, 11, 2, 5, 30));
  /* the day before and after */
  cc_tz_local_to_utc("America/New_York", S_at(2025, 11, 1, 12, 0), &utc, &off,
                     NULL);
  assert_int_equal(off, -4 * 3600);
  cc_tz_local_to_utc("America/New_York", S_at(2025, 11, 3, 12, 0), &utc, &off,
                     NULL);
  assert_int_equal(off, -5 * 3600);
}

static void test_southern_and_half_hours(void **state) {
  if (S_skip_without_tzdata(state))
    skip();
  int off;
  char abbr[16];
  cc_tz_offset_at("Australia/Sydney", S_at(2025, 1, 15, 0, 0), &off, abbr);
  assert_int_equal(off, 11 * 3600);
  cc_tz_offset_at("Australia/Sydney", S_at(2025, 7, 15, 0, 0), &off, abbr);
  assert_int_equal(off, 10 * 3600);
  cc_tz_offset_at("Asia/Kolkata", S_at(2025, 7, 15, 0, 0), &off, abbr);
  assert_int_equal(off, 5 * 3600 + 1800);
  cc_tz_offset_at("Asia/Kathmandu", S_at(2025, 7, 15, 0, 0), &off, NULL);
  assert_int_equal(off, 5 * 3600 + 2700);
}

static void test_format_offset(void **state) {
  (void)state;
  char b[12];
  cc_tz_format_offset(-8 * 3600, b);
  assert_string_equal(b, "UTC-8");
  cc_tz_format_offset(5 * 3600 + 1800, b);
  assert_string_equal(b, "UTC+5:30");
  cc_tz_format_offset(-(3 * 3600 + 1800), b);
  assert_string_equal(b, "UTC-3:30");
  cc_tz_format_offset(0, b);
  assert_string_equal(b, "UTC+0");
  cc_tz_format_offset(3 * 3600, b);
  assert_string_equal(b, "UTC+3");
}

/* A hand-made "slim" zone file: no transitions, only a footer rule, read
 * from a private TZDIR. */
static void S_put32(FILE *f, uint32_t v) {
  unsigned char b[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16),
                        (unsigned char)(v >> 8), (unsigned char)v};
  fwrite(b, 1, 4, f);
}

static void S_tzif_block(FILE *f) {
  fwrite("TZif2", 1, 5, f);
  for (int i = 0; i < 15; i++)
    fputc(0, f);
  uint32_t counts[6] = {0, 0, 0, 0, 1, 5}; /* isut isstd leap time type chars */
  for (int i = 0; i < 6; i++)
    S_put32(f, counts[i]);
  S_put32(f, (uint32_t)(-9 * 3600)); /* the one type: UTC-9, not DST */
  fputc(0, f);
  fputc(0, f);
  fwrite("AKST", 1, 5, f);
}

static void test_footer_rule_and_tzdir(void **state) {
  (void)state;
  char dir[] = "/tmp/cc_tz_testXXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[96];
  snprintf(path, sizeof path, "%s/Test", dir);
  assert_int_equal(mkdir(path, 0700), 0);
  snprintf(path, sizeof path, "%s/Test/Slim", dir);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  S_tzif_block(f); /* v1 */
  S_tzif_block(f); /* v2 */
  fputs("\nAKST9AKDT,M3.2.0,M11.1.0\n", f);
  fclose(f);
  const char *old = getenv("TZDIR");
  char *saved = old ? strdup(old) : NULL;
  setenv("TZDIR", dir, 1);
  int off;
  char abbr[16];
  assert_true(cc_tz_valid("Test/Slim"));
  assert_int_equal(
      cc_tz_offset_at("Test/Slim", S_at(2031, 8, 15, 19, 30), &off, abbr), 0);
  assert_int_equal(off, -8 * 3600);
  assert_string_equal(abbr, "AKDT");
  cc_tz_offset_at("Test/Slim", S_at(2031, 12, 15, 19, 30), &off, abbr);
  assert_int_equal(off, -9 * 3600);
  assert_string_equal(abbr, "AKST");
  /* 2031-03-09 is the second Sunday of March: 02:00 AKST = 11:00Z */
  cc_tz_offset_at("Test/Slim", S_at(2031, 3, 9, 10, 59), &off, NULL);
  assert_int_equal(off, -9 * 3600);
  cc_tz_offset_at("Test/Slim", S_at(2031, 3, 9, 11, 0), &off, NULL);
  assert_int_equal(off, -8 * 3600);
  /* a zone the private folder lacks is unknown there */
  assert_false(cc_tz_valid("Pacific/Chatham"));
  if (saved) {
    setenv("TZDIR", saved, 1);
    free(saved);
  } else {
    unsetenv("TZDIR");
  }
  remove(path);
  snprintf(path, sizeof path, "%s/Test", dir);
  rmdir(path);
  rmdir(dir);
}

static void *S_worker(void *arg) {
  const char *zone = arg;
  int bad = 0;
  for (int i = 0; i < 2000; i++) {
    int off;
    int64_t utc;
    if (cc_tz_local_to_utc(zone, S_at(2025, 8, 15, 11, 30), &utc, &off, NULL) !=
            0 ||
        utc != S_at(2025, 8, 15, 19, 30))
      bad++;
  }
  return (void *)(intptr_t)bad;
}

static void test_threads(void **state) {
  if (S_skip_without_tzdata(state))
    skip();
  pthread_t th[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&th[i], NULL, S_worker, (void *)"America/Anchorage");
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(th[i], &r);
    assert_int_equal((intptr_t)r, 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_valid_names),
      cmocka_unit_test(test_anchorage_summer),
      cmocka_unit_test(test_london),
      cmocka_unit_test(test_moscow),
      cmocka_unit_test(test_dst_gap_and_overlap),
      cmocka_unit_test(test_southern_and_half_hours),
      cmocka_unit_test(test_format_offset),
      cmocka_unit_test(test_threads),
      cmocka_unit_test(test_footer_rule_and_tzdir),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
