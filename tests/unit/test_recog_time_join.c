/* Unit tests: cc__time_join_starts by word id (recog_time_memo.c;
 * S_jshort_build in recog_time_load.c) must answer as the text does.  The model keeps, for
 * each word of the lexicon's word table, the one or two bytes that may
 * follow it (after a space or not) in the set of start keys and their
 * byte prefixes; a token pair of such a word and a short second token is
 * answered from that set alone, a longer second token only past it.  So
 * for every pair of adjacent tokens, with the word table's ids and
 * without (every id 0: the text's hash alone), the answer must be
 * whether the two joined as the phrases join them (a space when the text
 * had one) are in that set (cc__time_starts_has). */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "recog_int.h"

/* Start keys cut after one, two or three bytes of their second word, with
 * and without the space, glued tokens, and words that begin no key. */
static const char *const S_text =
    "At the moment the turn of the year came, at th end, in the past. "
    "The fir tree stood at the harbour; the first day, the f, the fi. "
    "In the mid-2018 lull, on Monday, up to now, as of today, over the "
    "weekend, after the war, was the end of an era and a half. "
    "New year's day, president Martin, at-the-moment, atthe moment. "
    "Seven days later, eight o'clock; six months on, nine-tenths of it.";

/* The text's answer for tokens i and i + 1 of seg. */
static bool S_text_join(const cc_segmented *seg, uint32_t i) {
  if (i + 1 >= seg->ntokens)
    return false;
  const cc_token *a = &seg->tokens[i], *b = &seg->tokens[i + 1];
  if (a->norm_len + b->norm_len + 2 > 256)
    return false;
  char buf[256];
  size_t n = a->norm_len;
  memcpy(buf, a->norm, n);
  if (b->flags & CC_TF_SPACE_BEFORE)
    buf[n++] = ' ';
  memcpy(buf + n, b->norm, b->norm_len);
  n += b->norm_len;
  return cc__time_starts_has(S_tm, buf, n);
}

/* Every pair of text (segmented with the word table's ids when ids, else
 * without any): the answers agree.  *with_id: pairs whose first token has
 * an id; the number of pairs whose answer is true. */
static uint32_t S_pairs(const char *text, size_t len, bool ids,
                        uint32_t *with_id) {
  cc_err err;
  cc_doc *doc = cc_doc_from_memory("t.txt", text, len, &err);
  assert_non_null(doc);
  cc_arena *arena = cc_arena_new();
  cc_segmented seg;
  cc_segment(doc, ids ? cc_lexicon_abbrevs(S_lx) : NULL, NULL, arena, &seg);
  uint32_t yes = 0;
  for (uint32_t i = 0; i < seg.ntokens; i++) {
    bool want = S_text_join(&seg, i);
    if (cc__time_join_starts(S_tm, &seg, i) != want) {
      fprintf(stderr, "join at \"%s\" \"%s\": want %d\n", seg.tokens[i].norm,
              i + 1 < seg.ntokens ? seg.tokens[i + 1].norm : "", want);
      fail();
    }
    yes += want;
    *with_id += seg.tokens[i].id != 0;
  }
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return yes;
}

static void test_join_by_id_as_text(void **state) {
  (void)state;
  uint32_t with_id = 0, none = 0;
  uint32_t yes = S_pairs(S_text, strlen(S_text), true, &with_id);
  assert_true(yes >= 8); /* "at the", "the turn", "the fir", "at th"... */
  assert_true(with_id > 40);
  assert_int_equal(S_pairs(S_text, strlen(S_text), false, &none), yes);
  assert_int_equal(none, 0);
}

/* A second token of one or two bytes is answered from the set alone:
 * "the f" and "the fi" begin "the first ..." (every byte prefix counts),
 * "at th" begins "at the moment", "the q" nothing. */
static void test_short_second_tokens(void **state) {
  (void)state;
  static const char *const yes[] = {"the f", "the fi", "at th", "at t", NULL};
  static const char *const no[] = {"the qz", "at zz", "in x", NULL};
  for (int k = 0; yes[k]; k++) {
    uint32_t w = 0;
    assert_int_equal(S_pairs(yes[k], strlen(yes[k]), true, &w), 1);
  }
  for (int k = 0; no[k]; k++) {
    uint32_t w = 0;
    assert_int_equal(S_pairs(no[k], strlen(no[k]), true, &w), 0);
  }
}

static uint32_t S_file_pairs(const char *path, const char *text, size_t len) {
  (void)path;
  uint32_t w = 0, w0 = 0;
  uint32_t yes = S_pairs(text, len, true, &w);
  assert_int_equal(S_pairs(text, len, false, &w0), yes);
  return yes;
}

/* The examples and the recognizer's test texts, every pair. */
static void test_join_files(void **state) {
  (void)state;
  assert_true(cc_test_each_file("tests/recog", S_file_pairs) +
                  cc_test_each_file("examples", S_file_pairs) >
              10);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_join_by_id_as_text),
      cmocka_unit_test(test_short_second_tokens),
      cmocka_unit_test(test_join_files),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
