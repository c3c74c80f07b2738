/* test_recog_num_within.c - where the driver does not ask the number
 * recognizer after a temporal mention (recog.c, S_num_within).
 *
 * At a token where the temporal recognizer found a mention ending at
 * token e, the number recognizer's mention there is kept only when it
 * ends later.  The driver does not ask it where none can: at the
 * sentence's end, or before a mark of one byte that no number expression
 * reads (no hyphen, no "." before a number, and no number key or range
 * closer begins with it or has it after the text the read joins before
 * it: "approx.", "u.s.$" and "ca." have "." after "approx", "u.s" and
 * "ca").  cc__recog_num_within answers as the driver does; here, at
 * every token i of every sentence of the texts below, the recognizer
 * test tables and the examples, the plain number mention at i
 * (cc__num_mention, no memo) must end at or before every e > i where it
 * holds.  The texts put marks after numbers, number words, units and
 * the words that end keys with marks in them.  The inert build (make
 * inert) asks the number recognizer at every such skip too and aborts
 * where its mention would have been the longer. */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_segment.h"

static const char *const S_texts[] = {
    "It lasted five years. It lasted five years, then two hours (or "
    "three). In 2004. In 2004, in 2004; in 2004: in 2004 (approx.) and "
    "(2004) and 2004 .5 and 2004.5 and 2004 - 5.",
    "They paid 1218 pence. They paid 5 u.s. dollars. They paid 5 "
    "u.s.$ and 5 us$ and $5, and ca. 300 people, approx. 5 people, 10 "
    "approx. and 12 ca. in all. 5 + 6, 5+, 5 %, 5%. 5 per cent. 5-7. "
    "Between 5 and 10. Between 5 and. From 2003 to 2004. 2003 to £5m.",
    "A third. A third, a half; two-thirds (of them). One in five. 9 out "
    "of 10. 1.06 million. 2.25 million by 2004. Twenty dollars and fifty "
    "cents. Tens of thousands. 3 1/2. 5'. 5\". 5!? 5... 5/ 5# 5* 5@ "
    "5& 5= 5< 5> 5| 5~ 5^ 5[ 5] 5{ 5}.",
    "On 5 May 2004. At 5 pm. At 5 p.m. At 5 a.m., at 5:30. The 1990s. "
    "The '90s. Mid-2004. 2004-05. Q3 2004. FY2004. Over five years. About "
    "two days. Some 3,100 people. Up to 5 years (ca. 2004), up to 5.",
    "Over five years.\n\nAbout two days\n\nIn 2004\n\nFive years ago. "
    "Two years. A day. Three hours. Eight months later. Seven years, "
    "six years; four years: nine years (ten years) and 2018 . 2019 , "
    "2020 ) 2021 ( 2022 ; 2023 :",
};

/* Check every token of the text; the number of (i, e) pairs where
 * cc__recog_num_within held. */
static uint32_t S_check_text(const char *path, const char *text,
                             size_t len) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text(path, text, len, &arena, &seg);
  uint32_t held = 0;
  for (uint32_t s = 0; s < seg.nsentences; s++) {
    uint32_t b = seg.sentences[s].tok_begin, end = seg.sentences[s].tok_end;
    for (uint32_t i = b; i < end; i++) {
      cc_mention m;
      bool found = cc__num_mention(S_nm, &seg, i, end, &m);
      for (uint32_t e = i + 1; e <= end; e++) {
        if (!cc__recog_num_within(S_r, &seg, e, end))
          continue;
        held++;
        if (found && m.tok_end > e)
          fail_msg("%s: the number mention at \"%s\" ends past token %u "
                   "(\"%s\")",
                   path, seg.tokens[i].norm, e,
                   e < end ? seg.tokens[e].norm : "");
      }
    }
  }
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return held;
}

static void test_no_number_ends_past(void **state) {
  (void)state;
  uint32_t held = 0;
  for (size_t k = 0; k < sizeof S_texts / sizeof S_texts[0]; k++)
    held += S_check_text("within.txt", S_texts[k], strlen(S_texts[k]));
  assert_true(held > 0);
  held = cc_test_each_file("tests/recog", S_check_text) +
         cc_test_each_file("examples", S_check_text);
  assert_true(held > 0);
}

/* The first token spelled w from token from on (it must be there). */
static uint32_t S_find(const cc_segmented *seg, uint32_t from, const char *w) {
  for (uint32_t k = from; k < seg->ntokens; k++)
    if (!strcmp(seg->tokens[k].norm, w))
      return k;
  fail_msg("no \"%s\"", w);
  return 0;
}

/* cc__recog_num_within at token e, in the sentence of token e - 1. */
static bool S_within(const cc_segmented *seg, uint32_t e) {
  uint32_t s = cc_sentence_of(seg, e - 1);
  return cc__recog_num_within(S_r, seg, e, seg->sentences[s].tok_end);
}

/* Where it holds and where it does not, as the comment above says. */
static void test_answers(void **state) {
  (void)state;
  const char *text = "It lasted five years. We paid 5 u.s. dollars then, "
                     "and 2004 (approx.) and 5-7 and 5 % and 2004, and "
                     "2004; and 2004 .5 and done";
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("answers.txt", text, strlen(text), &arena, &seg);
  /* the sentence's end, and "." after "years"; a word: it cannot tell */
  uint32_t e0 = seg.sentences[0].tok_end;
  assert_true(cc__recog_num_within(S_r, &seg, e0, e0));
  uint32_t k = S_find(&seg, 0, "years");
  assert_string_equal(seg.tokens[k + 1].norm, ".");
  assert_true(S_within(&seg, k + 1));
  assert_false(S_within(&seg, k));
  /* "(" and ")", "," and ";" after a number or a mark */
  k = S_find(&seg, k, "2004");
  assert_string_equal(seg.tokens[k + 1].norm, "(");
  assert_true(S_within(&seg, k + 1));
  k = S_find(&seg, k, ")");
  assert_true(S_within(&seg, k));
  /* a hyphen; "%", which begins a key */
  k = S_find(&seg, k, "-");
  assert_false(S_within(&seg, k));
  k = S_find(&seg, k, "%");
  assert_false(S_within(&seg, k));
  k = S_find(&seg, k, ",");
  assert_true(S_within(&seg, k));
  k = S_find(&seg, k, ";");
  assert_true(S_within(&seg, k));
  /* "." before a number */
  k = S_find(&seg, k, "2004");
  assert_string_equal(seg.tokens[k + 1].norm, ".");
  assert_false(S_within(&seg, k + 1));
  cc_arena_free(&arena);
  cc_doc_free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_no_number_ends_past),
      cmocka_unit_test(test_answers),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
