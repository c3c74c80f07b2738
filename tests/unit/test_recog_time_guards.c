/* Unit tests: the time recognizer's guards that spare parsers
 * (recog_time_clock.c, recog_time_range.c) keep the answers where those
 * parsers do match.  cc__time_may_time is false at three or four digits
 * alone before the sentence end or a mark with no entry, unless "at"
 * comes before them ("at 1030." is a time); S_date_none
 * (recog_time_range.c) reads "year" after "the" only before four digits
 * ("the year 2018") and a unit, weekday or month only before "after next"
 * or "before last" ("the week after next"), so "the year before the
 * election" asks no date parser.  Each case: the mention at a token (its
 * length in tokens, 0 for none, and its type), the same with the memos
 * as without. */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_segment.h"
#include "cc_time.h"
#include "recog_int.h"

/* The mention at the first token whose text is word (lower case), in the
 * first sentence of text that holds it; *type its type.  Returns its
 * length in tokens, 0 for none.  With and without the memos alike. */
static uint32_t S_at_word(const char *text, const char *word,
                          cc_mtype *type) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("t.txt", text, strlen(text), &arena, &seg);
  cc_recog_ctx ctx = {0};
  ctx.has_date = true;
  ctx.doc_date = cc_days_from_civil(2024, 9, 18);
  uint32_t i = 0;
  while (i < seg.ntokens && strcmp(seg.tokens[i].norm, word) != 0)
    i++;
  assert_true(i < seg.ntokens);
  uint32_t s = cc_sentence_of(&seg, i);
  uint32_t b = seg.sentences[s].tok_begin, e = seg.sentences[s].tok_end;
  cc_num_memo memo = CC_NUM_MEMO_INIT;
  cc_time_memo *tmemo = cc__time_memo_new();
  cc__num_memo_reset(&memo, b, e);
  cc__time_memo_reset(tmemo, b, e);
  cc_mention m1, m2;
  memset(&m1, 0, sizeof m1);
  memset(&m2, 0, sizeof m2);
  bool ok1 = cc__time_mention(S_tm, S_nm, &seg, i, e, &ctx, NULL, NULL, &m1);
  bool ok2 = cc__time_mention(S_tm, S_nm, &seg, i, e, &ctx, &memo, tmemo, &m2);
  assert_int_equal(ok1, ok2);
  uint32_t n = 0;
  if (ok1) {
    assert_memory_equal(&m1, &m2, sizeof m1);
    n = m1.tok_end - i;
    *type = m1.type;
  }
  cc__time_memo_free(&tmemo);
  cc__num_memo_free(&memo);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return n;
}

/* Digits alone before a full stop: a year, not a clock; after "at" a
 * clock. */
static void test_digits_before_mark(void **state) {
  (void)state;
  cc_mtype t = CC_M_NUMBER;
  assert_int_equal(S_at_word("The plant closed in 2018.", "2018", &t), 1);
  assert_int_equal(t, CC_M_DATE);
  t = CC_M_NUMBER;
  assert_int_equal(S_at_word("The train left at 1030.", "1030", &t), 1);
  assert_true(t == CC_M_TIME || t == CC_M_DATETIME);
  t = CC_M_NUMBER;
  assert_int_equal(S_at_word("The train left at 1030 GMT.", "1030", &t), 2);
  assert_true(t == CC_M_TIME || t == CC_M_DATETIME);
  assert_int_equal(S_at_word("They counted 950, then more.", "950", &t), 0);
}

/* "the year" before four digits, and "after next" or "before last"
 * after a unit, weekday or month: dates; "the year before" a noun is
 * none of these. */
static void test_year_and_after_next(void **state) {
  (void)state;
  cc_mtype t = CC_M_NUMBER;
  assert_int_equal(S_at_word("It was built in the year 1990.", "the", &t), 3);
  assert_int_equal(t, CC_M_DATE);
  t = CC_M_NUMBER;
  assert_int_equal(S_at_word("They meet the week after next.", "the", &t), 4);
  assert_int_equal(t, CC_M_DATE);
  t = CC_M_NUMBER;
  assert_int_equal(S_at_word("It rained the year before last.", "the", &t), 4);
  assert_int_equal(t, CC_M_DATE);
  t = CC_M_NUMBER;
  assert_int_equal(S_at_word("We go on Friday after next.", "friday", &t), 3);
  assert_int_equal(t, CC_M_DATE);
  t = CC_M_NUMBER;
  uint32_t n =
      S_at_word("Prices fell the year before the election.", "the", &t);
  assert_true(n == 0 || n == 3); /* "the year before": the year's date */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_digits_before_mark),
      cmocka_unit_test(test_year_and_after_next),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
