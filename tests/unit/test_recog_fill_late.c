/* test_recog_fill_late.c - the driver's fill (recog.c) of words added to
 * the shared word table after the recognizer, as the entity model and the
 * rules add theirs: ids from the recognizer's count up.  While the table
 * holds fewer words than the fill's arrays have room for, the fill reads
 * every id from them without testing it (their entries past the
 * recognizer's words are id 0's); once it holds more, it tests each id
 * first.  Either way a late word is read as a word the recognizer does
 * not hold, by its shape ("FY2025", "Q3") or as a long word, and the
 * mentions are those found by the tokens' texts (seg.vocab NULL), and
 * the same again once cc_recog_cover_ids gave the late words entries of
 * their own in the arrays (the arrays grown when they had no room).  A
 * CC_RECOG_CHECK_INERT build (make inert) also checks each token's
 * reading against the general one. */
#include "recog_test.h"

#include <stdio.h>

#include "cc_corpus.h"
#include "cc_recog.h"
#include "cc_segment.h"
#include "cc_vocab.h"

/* text's mentions with the segmenter's ids and by the tokens' texts are
 * the same; the number of mentions. */
static uint32_t S_compare(const char *path, const char *text, size_t len) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text(path, text, len, &arena, &seg);
  cc_mention *a, *c;
  uint32_t na, nc;
  cc_recognize(S_r, &seg, NULL, arena, &a, &na);
  cc_segmented plain = seg;
  plain.vocab = NULL; /* every token by its text */
  cc_recognize(S_r, &plain, NULL, arena, &c, &nc);
  S_same_mentions(a, na, c, nc, path);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return na;
}

/* The late words of the texts below: shapes the fill reads ("fy2025",
 * "q3"), a word longer than the recognizer's keys, plain words, and the
 * words of a text next to numbers and marks. */
static const char *const S_late[] = {
    "zorblax", "fy2025", "fy2031", "incomprehensibilities", "quibbled",
    "harbourmasters", "wibble", "q9", "fyx", "h7", NULL};

static const char *const S_texts[] = {
    "Zorblax quibbled about $5 in FY2025 and FY2031 too.",
    "Incomprehensibilities aside, 12 harbourmasters met on 3 May 2019.",
    ("Wibble rose by -5 points in Q3, then .5 in H1; fyx and h7 and Q9 "
     "did not."),
    "The wibble of the past 3 years came in the turn of the century.",
    "About 2,000 zorblax sat in on the first meeting last week."};

static void S_compare_all(void) {
  for (size_t k = 0; k < sizeof S_texts / sizeof S_texts[0]; k++)
    if (!S_compare("<text>", S_texts[k], strlen(S_texts[k])))
      fail_msg("\"%s\": no mention", S_texts[k]);
  cc_test_each_file("tests/recog", S_compare);
}

static void test_late_words(void **state) {
  (void)state;
  cc_vocab *v = cc_lexicon_vocab(S_lx);
  uint32_t before = cc_vocab_count(v);
  S_compare_all(); /* (none added yet) */
  for (const char *const *w = S_late; *w; w++)
    cc_vocab_add(v, *w, strlen(*w));
  assert_true(cc_vocab_count(v) > before);
  S_compare_all(); /* below the arrays' room: no id tested */
  cc_recog_cover_ids(S_r);
  S_compare_all(); /* the late words read from the arrays */
  cc_recog_cover_ids(S_r); /* (again: nothing new) */
  S_compare_all();
  /* past any room the fill's arrays may have (S_IDCAP: twice the
   * words and more): each id tested; then the arrays grown to them */
  uint32_t n = 3 * cc_vocab_count(v) + 4096;
  for (uint32_t k = 0; k < n; k++) {
    char w[32];
    int len = snprintf(w, sizeof w, "zz%07ux", (unsigned)k);
    cc_vocab_add(v, w, (size_t)len);
  }
  assert_true(cc_vocab_count(v) > 2 * before + 1024);
  S_compare_all();
  cc_recog_cover_ids(S_r);
  S_compare_all();
  cc_recog_cover_ids(NULL); /* (NULL-safe) */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_late_words),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
