/* Unit tests: the range parsers' skip (S_joiner_after, recog_time_int.h).
 *
 * cc__time_p_drange and cc__time_time_range are not run at a start after which the
 * sentence has no joiner word ("to", "and", "-"...); the sentence's time
 * memo knows where its last joiner is, so the skip happens only through
 * the memo.  At every token of the recognizer test tables, the examples
 * and a text of ranges with each joiner and with none, asked forwards and
 * then backwards, cc__time_mention with the memos (reset per sentence, as
 * the driver does) must give what the plain call gives. */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_time.h"
#include "cc_util.h"
#include "recog_int.h"


/* Compare both ways at every token of text; returns the mentions found. */
static uint32_t S_check_text(const char *path, const char *text, size_t len) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text(path, text, len, &arena, &seg);
  cc_recog_ctx ctx = {0};
  ctx.has_date = true;
  ctx.doc_date = cc_days_from_civil(2024, 3, 15);
  cc_num_memo memo = CC_NUM_MEMO_INIT;
  cc_time_memo *tmemo = cc__time_memo_new();
  uint32_t found = 0;
  for (uint32_t s = 0; s < seg.nsentences; s++) {
    uint32_t b = seg.sentences[s].tok_begin, e = seg.sentences[s].tok_end;
    cc__num_memo_reset(&memo, b, e);
    cc__time_memo_reset(tmemo, b, e);
    for (uint32_t n = 0; n < 2 * (e - b); n++) {
      uint32_t i = n < e - b ? b + n : e - 1 - (n - (e - b));
      cc_mention a, m;
      memset(&a, 0, sizeof a);
      memset(&m, 0, sizeof m);
      bool pa = cc__time_mention(S_tm, S_nm, &seg, i, e, &ctx, NULL, NULL, &a);
      bool pm =
          cc__time_mention(S_tm, S_nm, &seg, i, e, &ctx, &memo, tmemo, &m);
      if (pa != pm || (pa && (a.tok_end != m.tok_end || a.type != m.type ||
                              strcmp(a.value, m.value))))
        fprintf(stderr, "%s: at \"%s\": %d %u %s / memo %d %u %s\n", path,
                seg.tokens[i].norm, pa, pa ? a.tok_end : 0, pa ? a.value : "",
                pm, pm ? m.tok_end : 0, pm ? m.value : "");
      assert_int_equal(pa, pm);
      if (pa) {
        found += n < e - b;
        assert_int_equal(a.tok_end, m.tok_end);
        assert_int_equal(a.type, m.type);
        assert_string_equal(a.value, m.value);
      }
    }
  }
  cc__num_memo_free(&memo);
  cc__time_memo_free(&tmemo);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return found;
}

static void test_memo_same_on_corpora(void **state) {
  (void)state;
  assert_true(cc_test_each_file("tests/recog", S_check_text) + cc_test_each_file("examples", S_check_text) > 100);
}

/* Ranges: each first end before each joiner (or none), before each
 * second end, and each first end alone at the sentence's end. */
static void test_memo_same_on_ranges(void **state) {
  (void)state;
  static const char *const first[] = {
      "from 5",     "between 2",  "from June",  "between June", "Monday",
      "July 13",    "13th",       "from the 4th", "8am",        "3:30",
      "from 9:30",  "between 2pm", "2018",      "March 2020",   "the 4th",
      NULL};
  static const char *const join[] = {"to",   "and",  "until", "till",
                                     "through", "thru", "-",  "up to",
                                     "or",   "",     NULL};
  static const char *const second[] = {"7 pm",   "4pm",      "August",
                                       "Friday", "15",       "15th July",
                                       "6",      "the 8th of May",
                                       "2021",   "May 2021", NULL};
  cc_buf b = CC_BUF_INIT;
  for (const char *const *f = first; *f; f++) {
    for (const char *const *j = join; *j; j++)
      for (const char *const *s = second; *s; s++)
        cc_buf_printf(&b, "It ran %s %s %s. ", *f, *j, *s);
    cc_buf_printf(&b, "It ran %s.\nIt ran %s, and stopped.\n", *f, *f);
  }
  assert_true(S_check_text("ranges.txt", b.ptr, b.len) > 100);
  cc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_memo_same_on_ranges),
      cmocka_unit_test(test_memo_same_on_corpora),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
