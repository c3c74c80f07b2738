/* test_recog_kept.c - the driver's answers kept per thread by word ids
 * (recog.c): S_at's answer at a quiet number trigger before a plain word
 * ("a spokesperson", "two governments": S_at_kept), and cc__num_none_at's
 * by the ids of its three tokens ("on the harbour": S_none_asked).  Each
 * is kept by one context and used in others, so here the same words come
 * back before the words and marks a kept answer must not be used for (a
 * time word, a number, a hyphen, a unit, "order of"), in documents read
 * one after the other and again in reverse order, by recognizers made
 * and freed in turn; every document's mentions must be those found with
 * no word table (seg.vocab NULL: every token by its text, nothing kept).
 * The inert build (make inert) also asks S_at and the number side at
 * every kept answer and aborts on a difference, as it does at each join
 * kept by the driver (S_join_key: by the next token's first bytes where
 * it has no id, "the presidency" after "the pr") or by the model, and
 * at each of the model's keys and longer starts kept per thread (S_pk in
 * recog_time.c). */
#include "recog_test.h"

#include <math.h>

#include "cc_corpus.h"
#include "cc_recog.h"
#include "cc_segment.h"

static const char *const S_docs[] = {
    "A spokesperson said two governments met. An aide and several "
    "companies came, a first step. Two sides agreed on the harbour, of "
    "the town, at the port and in the end. A spokesperson left.",
    "A day later two years passed, a year ago two 5 delegates left. Two "
    "governments met on the order of 5 times, on the 5th, at the time. "
    "A fy2023 report, a q3 result, a twenty, an hour, two-thirds, a "
    "one-off and a 12 percent rise.",
    "Several companies, several days, several 5, a first, a first-ever "
    "step, an independent panel, a ye old sign, the two sides and "
    "between the two. Of the 12, on the harbour, on the order of "
    "magnitude, at the 3 stations.",
    "Two governments. A spokesperson. An aide. Several companies. On "
    "the harbour. Two. A. Of the. On the",
    "It was a spokesperson, two governments and a statement: a deal, a "
    "joint plan, a short note, a package, a draft, a row, a senior aide "
    "and a junior one, two percent and two million, a half and a "
    "quarter.",
    /* the join after a word where the next has no id, kept by its first
     * bytes: "pr" begins "present" and "problem", "ye" is all its text */
    "The problem of the present, the pr team, the presidency, the "
    "prize in the past and the pastry; the weirdness of the weekend, the "
    "ye olde ways and the yesteryear. The pm and the am, the x and the q. "
    "The Smiths met the Smithsonian on the day, the da at the dawn, the "
    "problem at the present time and the presentation.",
    /* the model's keys at a token kept by the ids of the tokens read
     * (S_pk: one to three of them, a sentence's end cutting them short)
     * and cc__time_longer_start's by those of three or two: the same
     * words with the sentence going on and ending after one, two and
     * three of them */
    "At the end of the year we met. It ended at the end. We left at "
    "the. They came at. At the end of March, in the first half of 2020, "
    "by the end of next week, the end of the day and the new year's day "
    "came. We met in the end. On new year's day at the start of the "
    "month, at the start, at the time and in the first quarter. In the "
    "first. In the. At the start of. New year's. New year.",
    /* sentences that end with no mark (paragraphs): the tokens kept cut
     * short by the sentence's end, the next sentence's first word after
     * them */
    "We met at the end of the year\n\nWe met at the\n\nEnd of the year "
    "came\n\nThey came at the\n\nStart of it all\n\nIn the first\n\n"
    "Half of 2020 went\n\nAt the end\n\nOf March\n\nNew year\n\n"
    "New year's\n\nDay came at the start\n\nWe met in the\n\nFirst "
    "of all in the first round\n\nThey came in the\n\nEnd",
};

/* Document d's mentions by r with the word ids (twice: the second reads
 * what the first kept) and with none; the number found. */
static uint32_t S_compare(const cc_recog *r, size_t d) {
  const char *text = S_docs[d];
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("kept.txt", text, strlen(text), &arena, &seg);
  assert_non_null(seg.vocab);
  cc_mention *a, *b, *c;
  uint32_t na, nb, nc;
  cc_recognize(r, &seg, NULL, arena, &a, &na);
  cc_recognize(r, &seg, NULL, arena, &b, &nb);
  cc_segmented plain = seg;
  plain.vocab = NULL; /* every token by its text */
  cc_recognize(r, &plain, NULL, arena, &c, &nc);
  char what[32];
  snprintf(what, sizeof what, "document %zu", d);
  S_same_mentions(a, na, b, nb, what);
  S_same_mentions(a, na, c, nc, what);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return na;
}

/* Every document, then all again in reverse order, by r. */
static void S_all(const cc_recog *r) {
  size_t nd = sizeof S_docs / sizeof S_docs[0];
  for (int round = 0; round < 2; round++)
    for (size_t k = 0; k < nd; k++)
      assert_true(S_compare(r, round ? nd - 1 - k : k) > 0);
}

static void test_kept_in_other_contexts(void **state) {
  (void)state;
  S_all(S_r);
}

/* Recognizers made after others were freed (perhaps at their address):
 * the thread's kept answers are not taken for another's. */
static void test_new_recognizers(void **state) {
  (void)state;
  for (int k = 0; k < 3; k++) {
    cc_err err;
    cc_recog *r = NULL;
    assert_int_equal(cc_recog_new(S_lx, &r, &err), 0);
    S_all(r);
    cc_recog_free(&r);
  }
  S_all(S_r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_kept_in_other_contexts),
      cmocka_unit_test(test_new_recognizers),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
