/* Unit tests: the time memo's sentence scans (cc__time_scan_sentence,
 * recog_time_memo.c) must not change an answer.  cc__time_mention
 * (recog_time.c) skips cc__time_p_duration where no unit follows in the
 * sentence, cc__time_p_set_time where no set word follows and the range
 * parsers where no joiner follows; each scan reads the tokens from the
 * first one asked about to the sentence's end, and an earlier token is
 * answered as if one followed.  So with the memo, asked first at any
 * token and then at every token in any order, every answer must equal
 * the one without a memo (which skips nothing). */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_time.h"
#include "recog_int.h"

/* Units, sets and joiners at the start, middle and end of sentences, and
 * sentences with none of them (or only before a temporal word). */
static const char *const S_text =
    "For years the council met every Monday at 10am, twice a week. "
    "Three hours later the talks ran from 3 to 5 tomorrow. "
    "Ministers met on Friday and again on 4 July 2019 for two days. "
    "The vote came on Tuesday after the council sat in the hall. "
    "Daily at 6pm and weekly on Mondays, the panel met for 30min or 24h. "
    "Seven months and three weeks passed before the second of March. "
    "At the harbour some economists argued about policy in the run-up. "
    "Between 2 and 4pm, from June to August, until the end of the year. "
    "The day after tomorrow they left for about a fortnight, every day. "
    "In 1995 the mayor, who sat in the city hall, spoke at noon.";

typedef struct S_fix {
  cc_doc *doc;
  cc_arena *arena;
  cc_segmented seg;
} S_fix;

static void S_open(S_fix *f, const char *text) {
  f->doc = S_seg_text("t.txt", text, strlen(text), &f->arena, &f->seg);
}

static void S_close(S_fix *f) {
  cc_arena_free(&f->arena);
  cc_doc_free(f->doc);
}

/* The mention at token i of the sentence [b, e) through the memos (reset
 * for the sentence) equals the one without them. */
static int S_same_at(const S_fix *f, uint32_t i, uint32_t e,
                     const cc_recog_ctx *ctx, cc_num_memo *memo,
                     cc_time_memo *tmemo) {
  cc_mention m1, m2;
  memset(&m1, 0, sizeof m1);
  memset(&m2, 0, sizeof m2);
  bool ok1 = cc__time_mention(S_tm, S_nm, &f->seg, i, e, ctx, NULL, NULL, &m1);
  bool ok2 = cc__time_mention(S_tm, S_nm, &f->seg, i, e, ctx, memo, tmemo, &m2);
  assert_int_equal(ok1, ok2);
  if (!ok1)
    return 0;
  assert_int_equal(m1.tok_end, m2.tok_end);
  assert_string_equal(m1.value, m2.value);
  assert_memory_equal(&m1, &m2, sizeof m1);
  return 1;
}

/* Every sentence, the memos reset and first asked at each token in turn
 * (so the scans start there), then at every token from the end back to
 * the start (below the first token asked: the conservative answers) and
 * forwards again. */
static int S_every_start(const char *text) {
  S_fix f;
  S_open(&f, text);
  cc_recog_ctx ctx = {0};
  ctx.has_date = true;
  ctx.doc_date = cc_days_from_civil(2024, 9, 18);
  cc_num_memo memo = CC_NUM_MEMO_INIT;
  cc_time_memo *tmemo = cc__time_memo_new();
  int found = 0;
  for (uint32_t s = 0; s < f.seg.nsentences; s++) {
    uint32_t b = f.seg.sentences[s].tok_begin, e = f.seg.sentences[s].tok_end;
    for (uint32_t first = b; first < e; first++) {
      cc__num_memo_reset(&memo, b, e);
      cc__time_memo_reset(tmemo, b, e);
      found += S_same_at(&f, first, e, &ctx, &memo, tmemo);
      for (uint32_t n = 0; n < e - b; n++)
        found += S_same_at(&f, e - 1 - n, e, &ctx, &memo, tmemo);
      for (uint32_t i = b; i < e; i++)
        found += S_same_at(&f, i, e, &ctx, &memo, tmemo);
    }
  }
  cc__time_memo_free(&tmemo);
  cc__num_memo_free(&memo);
  S_close(&f);
  return found;
}

static void test_scan_every_start(void **state) {
  (void)state;
  assert_true(S_every_start(S_text) > 100); /* durations, sets, ranges */
}

/* A sentence with no unit, set word or joiner, and one where they come
 * only at its very start or end. */
static void test_scan_edges(void **state) {
  (void)state;
  S_every_start("The mayor sat in the hall on Friday.");
  S_every_start("Weeks.");
  S_every_start("Every day. Daily. From 3 to 5. Years ago, on Monday.");
  assert_true(S_every_start("He spoke on Monday at 9am for three hours.") >
              0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_scan_every_start),
      cmocka_unit_test(test_scan_edges),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
