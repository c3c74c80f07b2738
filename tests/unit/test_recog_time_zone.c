/* Unit tests: speed-ups of the time recognizer's output
 * (recog_time_value.c, recog_time_pair.c) must not change an answer.
 *
 *  - cc__time_zone_intern keeps the thread's last answer by the model's
 *    serial: asked again and again, in turns, with equal texts in other
 *    buffers, unknown zones and NULL, each answer is the model's own
 *    interned string of that text, also after another model was made and
 *    freed (its strings are never read once it is gone);
 *  - cc__time_tv_value writes years, months, days and clocks from a
 *    two-digit table (S_put2, S_ys): the values of dates and times of
 *    every width of year, month, day, hour and minute are those printf
 *    writes, and so are open weekdays and weeks and reference words'
 *    values;
 *  - cc__time_text_zone reads capitals only, and places of one word
 *    without reading longer keys where none can begin
 *    (cc__time_no_place_key): the zones of texts with places of one and
 *    more words;
 *  - cc__time_place_lookup keeps its answers per thread by text and
 *    model serial: the same answers as the model's table. */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_time.h"
#include "recog_int.h"

/* tm's answer for zone, which must be NULL or its own copy of the text. */
static const char *S_intern(const cc_time_model *tm, const char *zone) {
  const char *z = cc__time_zone_intern(tm, zone);
  if (z)
    assert_string_equal(z, zone);
  return z;
}

static void test_zone_intern_kept(void **state) {
  (void)state;
  const char *paris = S_intern(S_tm, "Europe/Paris");
  const char *tokyo = S_intern(S_tm, "Asia/Tokyo");
  assert_non_null(paris);
  assert_non_null(tokyo);
  assert_ptr_not_equal(paris, tokyo);
  /* the same text in a buffer of the caller's: the model's copy */
  char buf[32];
  snprintf(buf, sizeof buf, "%s", "Europe/Paris");
  for (int k = 0; k < 3; k++) {
    assert_ptr_equal(S_intern(S_tm, "Europe/Paris"), paris);
    assert_ptr_equal(S_intern(S_tm, buf), paris);
    assert_ptr_equal(S_intern(S_tm, "Asia/Tokyo"), tokyo);
    assert_null(S_intern(S_tm, "Nowhere/Land"));
    assert_ptr_equal(S_intern(S_tm, paris), paris);
    assert_null(cc__time_zone_intern(S_tm, NULL));
    assert_null(S_intern(S_tm, "Europe/Pari"));   /* a prefix of the last */
    assert_null(S_intern(S_tm, "Europe/Parisx")); /* the last, longer */
  }
  /* another model: its own copies, then the first model's again */
  for (int round = 0; round < 2; round++) {
    cc_time_model *tm2 = NULL;
    cc_err err;
    assert_int_equal(cc__time_model_new(S_lx, &tm2, &err), 0);
    assert_ptr_equal(S_intern(S_tm, "Europe/Paris"), paris);
    const char *p2 = S_intern(tm2, "Europe/Paris");
    assert_non_null(p2);
    assert_ptr_not_equal(p2, paris);
    assert_ptr_equal(S_intern(tm2, buf), p2);
    assert_ptr_equal(S_intern(S_tm, buf), paris);
    assert_ptr_equal(S_intern(tm2, "Europe/Paris"), p2);
    cc__time_model_free(&tm2);
    /* the freed model's kept answer is not read: the next model (maybe at
     * the same address) has another serial */
    assert_ptr_equal(S_intern(S_tm, "Asia/Tokyo"), tokyo);
  }
}

/* The value of the first time mention of text (dated 2024-03-15) that
 * begins with the bytes at, or fail. */
static void S_value_dated(const char *text, const char *at, const char *want,
                          bool dated) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("t.txt", text, strlen(text), &arena, &seg);
  cc_recog_ctx ctx = {0};
  ctx.has_date = dated;
  ctx.doc_date = dated ? cc_days_from_civil(2024, 3, 15) : 0;
  cc_mention *m = NULL;
  uint32_t n = 0;
  cc_recognize(S_r, &seg, &ctx, arena, &m, &n);
  size_t off = (size_t)(strstr(text, at) - text);
  const char *got = NULL;
  for (uint32_t k = 0; k < n && !got; k++)
    if (m[k].start == off && m[k].type >= CC_M_DATE)
      got = m[k].value;
  if (!got || strcmp(got, want) != 0)
    fail_msg("\"%s\" in \"%s\": \"%s\", want \"%s\"", at, text,
             got ? got : "(none)", want);
  cc_arena_free(&arena);
  cc_doc_free(doc);
}

static void S_value_at(const char *text, const char *at, const char *want) {
  S_value_dated(text, at, want, true);
}

/* Values written without printf where no date is known: open weeks and
 * weekdays ("XXXX-WXX-%d"), and the reference words' values ("%s"). */
static void test_values_open(void **state) {
  (void)state;
  static const char *const days[] = {"Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday",
                                     "Sunday"};
  for (int k = 0; k < 7; k++) {
    char text[64], want[16];
    snprintf(text, sizeof text, "They met on %s there.", days[k]);
    snprintf(want, sizeof want, "XXXX-WXX-%d", k + 1);
    S_value_dated(text, days[k], want, false);
  }
  S_value_dated("They met this week there.", "this week", "XXXX-WXX", false);
  S_value_dated("They met this weekend there.", "this weekend",
                "XXXX-WXX-WE", false);
  S_value_dated("It was so in the past.", "in the past", "PAST_REF", false);
  S_value_dated("It is so in the future.", "in the future", "FUTURE_REF",
                false);
  S_value_dated("It is so now.", "now", "PRESENT_REF", false);
  S_value_at("It was so in the past.", "in the past", "PAST_REF");
}

static void test_values_digits(void **state) {
  (void)state;
  /* years of four digits, months and days of one and two */
  S_value_at("It was signed on July 4, 1776 in the hall.", "July",
             "1776-07-04");
  S_value_at("It was signed on January 1, 2000 in the hall.", "January",
             "2000-01-01");
  S_value_at("They met on December 31, 2999 there.", "December",
             "2999-12-31");
  S_value_at("They met on 9 September 1009 there.", "9 September",
             "1009-09-09");
  S_value_at("They met in October 2010 there.", "October", "2010-10");
  S_value_at("They met in 1000 there.", "1000", "1000");
  S_value_at("They met in 1999 there.", "1999", "1999");
  S_value_at("They met in 2020 there.", "2020", "2020");
  /* clocks: hours and minutes of one and two digits, with a date */
  S_value_at("They met at 9:05 on 1 March 2020 there.", "9:05",
             "2020-03-01T09:05");
  S_value_at("They met at 23:59 on 1 March 2020 there.", "23:59",
             "2020-03-01T23:59");
  S_value_at("They met at 0:00 on 1 March 2020 there.", "0:00",
             "2020-03-01T00:00");
  S_value_at("They met at 10:30 on 11 November 2011 there.", "10:30",
             "2011-11-11T10:30");
}

/* The zone cc__time_text_zone finds in text: want, or NULL for none. */
static void S_text_zone(const char *text, const char *want) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("z.txt", text, strlen(text), &arena, &seg);
  const char *got = cc__time_text_zone(S_tm, &seg);
  if (want ? !got || strcmp(got, want) != 0 : got != NULL)
    fail_msg("\"%s\": zone %s, want %s", text, got ? got : "(none)",
             want ? want : "(none)");
  cc_arena_free(&arena);
  cc_doc_free(doc);
}

/* cc__time_text_zone walks the capitals alone, finding each one's
 * sentence as it goes, and cc__time_phrase reads no longer place key
 * where the next token begins none (cc__time_no_place_key): a place of one word before a
 * word, a mark or the text's end, a place of several words, one whose
 * first word is a place of its own ("Washington State"), an
 * abbreviation's full stop inside a key ("St. Louis"), places at
 * sentence and paragraph starts and after a preposition. */
static void test_text_zone_walk(void **state) {
  (void)state;
  S_text_zone("Storms hit towns in Washington State.", "America/Los_Angeles");
  S_text_zone("Storms hit towns in Washington today.", "America/New_York");
  S_text_zone("Storms hit towns in Washington", "America/New_York");
  S_text_zone("Talks in Washington, then in Washington State and in "
              "Washington State.",
              "America/Los_Angeles");
  S_text_zone("Talks in Washington State, then in Washington and in "
              "Washington.",
              "America/New_York");
  S_text_zone("Rain fell in New South Wales and in Paris. Police in Paris "
              "said so.",
              "Europe/Paris");
  S_text_zone("Rain fell in New South Wales. Police in Paris said so.",
              "Australia/Sydney");
  S_text_zone("Officials in St. Louis met.", "America/Chicago");
  S_text_zone("New rules came in. Russia said little. The summit was in "
              "Tokyo.",
              "Asia/Tokyo");
  S_text_zone("Moscow said little.\n\nLeaders met in Berlin. Officials in "
              "Paris and in Paris agreed.",
              "Europe/Paris");
  S_text_zone("Crowds gathered in New York City and in New York.",
              "America/New_York");
  S_text_zone("Nothing Here Names A Place.", NULL);
  /* more zones than S_zc_count keeps without a table: the one named
   * most, kept first or later, else the first named */
  const char *const twenty =
      "Trade ran in Cuba, in Haiti, in Colombia, in Venezuela, in Peru, in "
      "Ecuador, in Bolivia, in Chile, in Argentina, in Uruguay, in "
      "Paraguay, in Brazil, in Ireland, in Portugal, in Spain, in Belgium, "
      "in Netherlands, in Germany, in Austria and in Finland";
  char buf[512];
  snprintf(buf, sizeof buf, "%s.", twenty);
  S_text_zone(buf, "America/Havana");
  snprintf(buf, sizeof buf, "%s. Then in Netherlands.", twenty);
  S_text_zone(buf, "Europe/Amsterdam");
  snprintf(buf, sizeof buf, "%s. Then in Finland.", twenty);
  S_text_zone(buf, "Europe/Helsinki");
  snprintf(buf, sizeof buf, "%s. Then in Haiti, and in Paris.", twenty);
  S_text_zone(buf, "Europe/Paris"); /* a city outranks the countries */
  snprintf(buf, sizeof buf, "%s. Then in Haiti.", twenty);
  S_text_zone(buf, "America/Port-au-Prince");
  S_text_zone("", NULL);
}

/* cc__time_place_lookup keeps its answers per thread by the place's text
 * and the model's serial: asked in turns, again, in other buffers, with
 * unknown and over-long texts and with another model made and freed,
 * each answer is the model's zone of that place. */
static void test_place_lookup_kept(void **state) {
  (void)state;
  const char *paris = cc__time_place_lookup(S_tm, "Paris");
  const char *tokyo = cc__time_place_lookup(S_tm, "Tokyo");
  assert_non_null(paris);
  assert_non_null(tokyo);
  assert_string_equal(paris, "Europe/Paris");
  assert_string_equal(tokyo, "Asia/Tokyo");
  char buf[160];
  memset(buf, 'x', sizeof buf - 1);
  buf[sizeof buf - 1] = '\0'; /* longer than a kept text */
  for (int k = 0; k < 3; k++) {
    char p[16];
    snprintf(p, sizeof p, "%s", "Paris");
    assert_ptr_equal(cc__time_place_lookup(S_tm, p), paris);
    assert_ptr_equal(cc__time_place_lookup(S_tm, "paris"), paris);
    assert_ptr_equal(cc__time_place_lookup(S_tm, "Tokyo"), tokyo);
    assert_null(cc__time_place_lookup(S_tm, "Nowhere Land"));
    assert_null(cc__time_place_lookup(S_tm, "Pari"));
    assert_null(cc__time_place_lookup(S_tm, "Pariss"));
    assert_null(cc__time_place_lookup(S_tm, buf));
    assert_string_equal(cc__time_place_lookup(S_tm, "New York"),
                        "America/New_York");
  }
  for (int round = 0; round < 2; round++) {
    cc_time_model *tm2 = NULL;
    cc_err err;
    assert_int_equal(cc__time_model_new(S_lx, &tm2, &err), 0);
    const char *p2 = cc__time_place_lookup(tm2, "Paris");
    assert_non_null(p2);
    assert_ptr_not_equal(p2, paris); /* the other model's own string */
    assert_string_equal(p2, "Europe/Paris");
    assert_ptr_equal(cc__time_place_lookup(S_tm, "Paris"), paris);
    assert_ptr_equal(cc__time_place_lookup(tm2, "Paris"), p2);
    cc__time_model_free(&tm2);
    assert_ptr_equal(cc__time_place_lookup(S_tm, "Paris"), paris);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_zone_intern_kept),
      cmocka_unit_test(test_values_digits),
      cmocka_unit_test(test_values_open),
      cmocka_unit_test(test_text_zone_walk),
      cmocka_unit_test(test_place_lookup_kept),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
