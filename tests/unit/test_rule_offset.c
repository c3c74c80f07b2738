/* test_rule_offset.c - cc__fmt_offset, the rule matcher's UTC offset text
 * for the zone pairs' derivations: the same bytes as cc_tz_format_offset
 * (snprintf) for every offset of whole seconds within and past 100
 * hours either side. */
#include "cc_test.h"

#include "cc_tz.h"
#include "rule_int.h"

static void S_same(int offset) {
  char a[16], b[16];
  memset(a, 'x', sizeof a);
  memset(b, 'y', sizeof b);
  cc_tz_format_offset(offset, a);
  cc__fmt_offset(offset, b);
  if (strcmp(a, b) != 0)
    print_error("offset %d: \"%s\" against \"%s\"\n", offset, a, b);
  assert_string_equal(a, b);
}

static void test_every_offset(void **state) {
  (void)state;
  for (int s = -370000; s <= 370000; s++)
    S_same(s);
  S_same(0);
  S_same(19800);  /* "UTC+5:30" */
  S_same(-12600); /* "UTC-3:30" */
  S_same(50400);  /* "UTC+14" */
  S_same(1000000);
  S_same(-1000000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_offset),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
