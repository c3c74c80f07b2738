/* test_rule_htab.c - the rule matcher's table of strings (S_htab in
 * rule_match.c: a document's dedup keys and its people by key), kept
 * between documents and started per document by a stamp: keys put are
 * found again and no others, it grows from a small start, a new stamp
 * forgets the last document's keys, and the stamps' wrap clears it. */
#include "cc_test.h"

#include "rule_int.h"

static void test_small(void **state) {
  (void)state;
  assert_true(cc__htab_selftest(0));
  assert_true(cc__htab_selftest(1));
  assert_true(cc__htab_selftest(7));
}

static void test_grows(void **state) {
  (void)state;
  assert_true(cc__htab_selftest(100));
  assert_true(cc__htab_selftest(5000));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_small),
      cmocka_unit_test(test_grows),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
