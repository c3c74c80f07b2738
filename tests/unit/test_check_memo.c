/* test_check_memo.c - cc__amemo_slot, the check stage's memo by address:
 * every key kept while there is room within its probe, keys that share a
 * home slot told apart, tags told apart, a NULL key never kept. */
#include "cc_test.h"

#include "../../src/check_int.h"

#define N 64

/* Look (key, tag) up and keep answer on a miss; returns whether it hit. */
static bool S_ask(cc__amemo *t, const void *key, unsigned tag, int answer,
                  int *got) {
  bool hit;
  cc__amemo *m = cc__amemo_slot(t, N, key, tag, &hit);
  if (hit) {
    *got = m->idx;
    return true;
  }
  *got = answer;
  if (m)
    *m = (cc__amemo){.key = key, .tag = tag, .idx = answer};
  return false;
}

/* 40 keys in 64 slots: each is asked once, then found with its own
 * answer, whatever slots their hashes share. */
static void test_keys_kept(void **state) {
  (void)state;
  cc__amemo t[N] = {{0}};
  static char keys[40];
  int got;
  for (int i = 0; i < 40; i++)
    assert_false(S_ask(t, &keys[i], 0, i, &got));
  int hits = 0;
  for (int round = 0; round < 3; round++)
    for (int i = 0; i < 40; i++)
      if (S_ask(t, &keys[i], 0, -1, &got)) {
        assert_int_equal(got, i);
        hits++;
      }
  /* at most a key whose probe ran past 8 full slots is asked again */
  assert_true(hits >= 3 * 36);
}

/* The same address under two tags is two entries. */
static void test_tags_apart(void **state) {
  (void)state;
  cc__amemo t[N] = {{0}};
  static const char frame[] = "toll.dead";
  int got;
  assert_false(S_ask(t, frame, 1, 10, &got));
  assert_false(S_ask(t, frame, 2, 20, &got));
  assert_true(S_ask(t, frame, 1, -1, &got));
  assert_int_equal(got, 10);
  assert_true(S_ask(t, frame, 2, -1, &got));
  assert_int_equal(got, 20);
}

/* A NULL key has no slot (an empty slot would read as its answer). */
static void test_null_key(void **state) {
  (void)state;
  cc__amemo t[N] = {{0}};
  bool hit = true;
  assert_null(cc__amemo_slot(t, N, NULL, 0, &hit));
  assert_false(hit);
}

/* A full table: a key that finds no room takes its home slot, and every
 * answer found is still the right one. */
static void test_full_table(void **state) {
  (void)state;
  cc__amemo t[N] = {{0}};
  static char keys[200];
  int got;
  for (int i = 0; i < 200; i++)
    S_ask(t, &keys[i], 0, i, &got);
  for (int i = 0; i < 200; i++)
    if (S_ask(t, &keys[i], 0, i, &got))
      assert_int_equal(got, i);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_keys_kept),
      cmocka_unit_test(test_tags_apart),
      cmocka_unit_test(test_null_key),
      cmocka_unit_test(test_full_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
