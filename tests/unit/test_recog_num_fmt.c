/* Unit tests: a number mention's value is written as snprintf's "%.15g"
 * writes it (recog_num.c S_fmt); values that are not whole and read
 * back from a decimal of at most six places are written without printf
 * (S_fmt_short).  Each text names one number of up to eight decimal
 * places (some with no short decimal, some negative, some below one and
 * near the edges of fixed-point notation); the mention's value must be
 * "%.15g" of the number's double. */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_segment.h"

/* The value of the number mention at the start of text's number (at),
 * or fail. */
static void S_check(const char *num) {
  char text[96];
  snprintf(text, sizeof text, "It was %s here.", num);
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("n.txt", text, strlen(text), &arena, &seg);
  cc_recog_ctx ctx = {0};
  cc_mention *m = NULL;
  uint32_t n = 0;
  cc_recognize(S_r, &seg, &ctx, arena, &m, &n);
  const char *got = NULL;
  for (uint32_t k = 0; k < n && !got; k++)
    if (m[k].type == CC_M_NUMBER && m[k].start == 7)
      got = m[k].value;
  char want[64];
  double v = strtod(num, NULL);
  snprintf(want, sizeof want, "%.15g", v == 0 ? 0.0 : v);
  if (!got || strcmp(got, want) != 0)
    fail_msg("\"%s\": value \"%s\", want \"%s\"", num, got ? got : "(none)",
             want);
  cc_arena_free(&arena);
  cc_doc_free(doc);
}

static void test_values_as_printf(void **state) {
  (void)state;
  static const char *const fixed[] = {
      "2.25",       "0.125",          "1234.567891",   "3.1234567",
      "0.5",        "0.0005",         "0.00012",       "0.000123456",
      "66.6666666666667", "0.1",      "0.3",           "999999.999999",
      "123456789.123456", "99999999.12345678", "1.05",  "10.10",
      "7.000001",   "0.999999",       "12345678901.5", "0.30000000000000004",
      NULL};
  for (const char *const *p = fixed; *p; p++)
    S_check(*p);
  /* random numbers of 1 to 8 places */
  unsigned long long s = 0x9E3779B97F4A7C15ull;
  for (int k = 0; k < 400; k++) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    int places = 1 + (int)(s % 8);
    unsigned long long whole = (s >> 8) % 100000;
    unsigned long long frac = (s >> 24) % 100000000;
    char num[48];
    snprintf(num, sizeof num, "%llu.%0*llu", whole, places,
             frac % (unsigned long long)pow(10, places));
    S_check(num);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_values_as_printf),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
