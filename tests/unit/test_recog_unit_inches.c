/* test_recog_unit_inches.c - a bare number after a quantity in feet is
 * inches only when it follows the feet at once ("6 foot 2", "6 feet, 2"),
 * not across other words ("six feet high, and 3 people": the 3 stays a
 * number).  A table row checks a phrase's first mention only. */
#include "cc_test.h"

#include "cc_lexicon.h"
#include "cc_recog.h"

static cc_lexicon *S_lx;
static cc_recog *S_rec;

static int S_setup(void **state) {
  (void)state;
  cc_err err = {{0}};
  if (cc_lexicon_load(CC_TEST_LEXICON, &S_lx, &err) != 0 ||
      cc_recog_new(S_lx, &S_rec, &err) != 0) {
    print_error("%s\n", err.msg);
    return -1;
  }
  return 0;
}

static int S_teardown(void **state) {
  (void)state;
  cc_recog_free(&S_rec);
  cc_lexicon_free(&S_lx);
  return 0;
}

/* The mentions of text: their count, and the second's type and value. */
static void S_check(const char *text, uint32_t want_n, cc_mtype t2,
                    const char *v2) {
  cc_err err = {{0}};
  cc_doc *doc = cc_doc_from_memory("t.txt", text, strlen(text), &err);
  assert_non_null(doc);
  cc_arena *a = cc_arena_new();
  cc_segmented seg;
  cc_segment(doc, cc_lexicon_abbrevs(S_lx), NULL, a, &seg);
  cc_recog_ctx ctx = {.has_date = true, .doc_date = 20315};
  cc_mention *ms;
  uint32_t n;
  cc_recognize(S_rec, &seg, &ctx, a, &ms, &n);
  assert_int_equal(n, want_n);
  if (want_n > 1) {
    assert_int_equal(ms[1].type, t2);
    assert_string_equal(ms[1].value, v2);
  }
  cc_arena_free(&a);
  cc_doc_free(doc);
}

static void test_inches_adjacent(void **state) {
  (void)state;
  S_check("The wall was six feet high, and 3 people were hurt.", 2,
          CC_M_NUMBER, "3");
  S_check("The pond is two feet deep; and 3 boats sank.", 2, CC_M_NUMBER,
          "3");
  S_check("He is 6 foot 2 and quick.", 1, CC_M_NUMBER, "");
  S_check("He stands 6 feet, 2 tall.", 1, CC_M_NUMBER, "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_inches_adjacent),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
