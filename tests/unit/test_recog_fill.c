/* test_recog_fill.c - the driver's reading of a sentence's tokens
 * (recog.c): the fill by word ids, mark bytes and token kinds, the scan
 * over eight tokens' bits at a time, and the answers to
 * cc__time_join_starts kept for pairs of word ids.  Each is a shortcut:
 * with the segmenter's ids the driver takes them, and with no word table
 * (seg.vocab NULL) it reads every token by its text and asks the model
 * every join, so both must find the same mentions. */
#include "recog_test.h"

#include <math.h>

#include "cc_corpus.h"
#include "cc_recog.h"
#include "cc_segment.h"

/* text's mentions with the segmenter's ids (twice: the second finds the
 * kept joins) and with none; the number of mentions. */
static uint32_t S_compare(const char *path, const char *text, size_t len) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text(path, text, len, &arena, &seg);
  cc_mention *a, *b, *c;
  uint32_t na, nb, nc;
  cc_recognize(S_r, &seg, NULL, arena, &a, &na);
  cc_recognize(S_r, &seg, NULL, arena, &b, &nb);
  cc_segmented plain = seg;
  plain.vocab = NULL; /* every token by its text */
  cc_recognize(S_r, &plain, NULL, arena, &c, &nc);
  S_same_mentions(a, na, b, nb, path);
  S_same_mentions(a, na, c, nc, path);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return na;
}

static void test_ids_and_text_agree(void **state) {
  (void)state;
  assert_true(cc_test_each_file("tests/recog", S_compare) > 100);
  cc_test_each_file("tests/fixtures/jobs/harbour", S_compare);
  cc_test_each_file("tests/fixtures/jobs/river", S_compare);
  cc_test_each_file("tests/fixtures/jobs/summit", S_compare);
}

/* The first mention of text starts at token tok and is of type type. */
static void S_first_at(const char *text, uint32_t tok, cc_mtype type) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("<text>", text, strlen(text), &arena, &seg);
  cc_mention *ms;
  uint32_t n;
  cc_recognize(S_r, &seg, NULL, arena, &ms, &n);
  if (!n || ms[0].tok_begin != tok || ms[0].type != type)
    fail_msg("\"%s\": %u mentions, the first at token %u (type %d), not %u",
             text, n, n ? ms[0].tok_begin : 0, n ? ms[0].type : -1, tok);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  S_compare("<text>", text, strlen(text));
}

/* A number at every token position of a sentence, across the eight-token
 * groups of the scan, and after a mention that ends inside a group. */
static void test_scan_positions(void **state) {
  (void)state;
  for (uint32_t at = 0; at < 20; at++) {
    char text[512] = "";
    for (uint32_t k = 0; k < at; k++)
      strcat(text, "word ");
    strcat(text, "42 words here.");
    S_first_at(text, at, CC_M_NUMBER);
  }
  /* two mentions per group: each found once, in order */
  cc_arena *arena;
  cc_segmented seg;
  const char *text = "ships 1 and 2 and 3 and 4 and 5 and 6 and 7 and 8 and "
                     "9 and 10 sailed.";
  cc_doc *doc = S_seg_text("<text>", text, strlen(text), &arena, &seg);
  cc_mention *ms;
  uint32_t n;
  cc_recognize(S_r, &seg, NULL, arena, &ms, &n);
  assert_int_equal(n, 10);
  for (uint32_t k = 0; k < n; k++)
    assert_int_equal(ms[k].tok_begin, 1 + 2 * k);
  cc_arena_free(&arena);
  cc_doc_free(doc);
}

/* The fill's kinds of tokens: marks before numbers ("-5", ".5" read the
 * next token), words by their shape ("FY2024", "Q3"), unknown words, a
 * symbol, a long word, marks alone: each text has mentions, the same by
 * ids and by text. */
static void test_fill_kinds(void **state) {
  (void)state;
  static const char *const texts[] = {
      "The index fell by -5 points and rose by .5 later.",
      "Profit rose in FY2024 again.",
      "Sales grew in Q3 of 2019 and in H1 too.",
      "Zorblax quibbled about $5 yesterday.",
      "Incomprehensibilities aside, 12 remained.",
      "It rose 5% in the second half. . - ' ' 7 .",
      "At the moment, in the past 3 years, the turn of the century came."};
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
    if (!S_compare("<text>", texts[k], strlen(texts[k])))
      fail_msg("\"%s\": no mention", texts[k]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ids_and_text_agree),
      cmocka_unit_test(test_scan_positions),
      cmocka_unit_test(test_fill_kinds),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
