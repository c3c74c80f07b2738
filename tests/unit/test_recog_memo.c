/* Unit tests: the recognizers' speed-ups must not change an answer.
 *
 *  - cc_wfilter (recog_int.h): every member passes; few others do;
 *  - the number memo (parses, S_match's key cache, the core numbers read
 *    at a token, the "no number" answer at words that start no key):
 *    cc__num_parse_memo and
 *    cc__num_mention_memo equal the plain calls at every token, also
 *    given the driver's reading of the tokens (the "no number" answer
 *    from the next word at words that begin longer keys: "on the order
 *    of", "at least"; the parse and the number mention kept for the
 *    document at a word before a word that begins no key: "a
 *    spokesperson", "two sides", but not "one", which reads the word
 *    before it: "no one else");
 *  - the driver's table of trigger words answers as the models do;
 *  - the time memo (entries, phrases, clock, count, ordinal and date
 *    readings per token): cc__time_mention with the memos equals it
 *    without, at every token, asked forwards and then backwards, so that
 *    the fixed window of remembered tokens is overwritten and refilled;
 *  - the driver's reading by the segmenter's word ids: cc_recognize equals
 *    its reading of the tokens' text (no word table named). */
#include "recog_test.h"

#include <math.h>

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_time.h"
#include "recog_int.h"


/* Sentences with numbers, dates, times, durations, sets and ranges, and a
 * long one (more tokens than the memos' window of 64). */
static const char *const S_text =
    "About 2,500 people, more than a third of them children, arrived on "
    "Monday, September 17, 2024 at 9:00am Pacific time (16:00 GMT). "
    "The talks ran from 3 to 5 tomorrow, then between 4 and 22 January "
    "1995, and again from June to August 2024. "
    "Seven hours later, some twenty-five ministers met for one hour and "
    "thirty minutes every Monday at 10am, twice a week, in the early 1990s. "
    "Half past seven, a quarter to nine, the 15th, the third Friday of "
    "October, last Monday of March 2014, the week of October 6th, Q3 2023, "
    "FY2023-24, the second half of 2020, the morning of January 31. "
    "It rose 10% to $7.2m, or 50 per cent, and then by one in five, with "
    "tens of thousands of people, dozens of towns and 1,000,000 dollars "
    "while the last week of July and the next day and the day before and "
    "the past three months and recently and now and in the future and "
    "earlier this month and later this year and mid-2018 and the 18th "
    "century and the nineties and the 1800s and 2014-2018 and 2018/19 and "
    "30min and 24h and the weekend and on weekends and every other day and "
    "eleven in the morning and ten thirty am and noon and midnight and "
    "Christmas Day and Easter 2019 and New Year's Day and 07/04/2020 and "
    "2020-07-04 and 4 July and July 4th and the fourth of July. "
    "Between 5 percent and 10 percent, about $5, up to €3,50 or 1 500 "
    "euros, minus five, 3 1/2 miles, 6-7 million, between two and three "
    "billion dollars, around 40-50%, nearly one in four, a hundred and "
    "fifty, some 20 to 30 per cent, more than £2.5bn and 9 out of 10, "
    "between one hundred and fifty and two hundred.";

typedef struct S_fix {
  cc_doc *doc;
  cc_arena *arena;
  cc_segmented seg;
} S_fix;

static void S_open(S_fix *f) {
  f->doc = S_seg_text("t.txt", S_text, strlen(S_text), &f->arena, &f->seg);
  assert_true(f->seg.nsentences >= 5);
}

static void S_close(S_fix *f) {
  cc_arena_free(&f->arena);
  cc_doc_free(f->doc);
}

/* ---- the word filter ------------------------------------------------------ */

static void test_wfilter(void **state) {
  (void)state;
  cc_wfilter *f = calloc(1, sizeof *f);
  assert_non_null(f);
  static const char *const words[] = {"a", "an", "the", "january", "half",
                                      "quarter", "twenty", "u.s.", "%", ""};
  size_t nw = sizeof words / sizeof words[0];
  for (size_t k = 0; k < nw; k++)
    cc_wf_add(f, words[k], strlen(words[k]));
  for (size_t k = 0; k < nw; k++) /* members always pass */
    assert_true(cc_wf_may(f, words[k], strlen(words[k])));
  int pass = 0; /* and most other words do not */
  char buf[16];
  for (int k = 0; k < 1000; k++) {
    snprintf(buf, sizeof buf, "w%dx", k);
    pass += cc_wf_may(f, buf, strlen(buf));
  }
  assert_true(pass < 50);
  free(f);
}

/* ---- numbers -------------------------------------------------------------- */

static void S_same_parse(const cc_numparse *a, const cc_numparse *b) {
  assert_int_equal(a->tok_begin, b->tok_begin);
  assert_int_equal(a->tok_end, b->tok_end);
  assert_true(a->value == b->value || (isnan(a->value) && isnan(b->value)));
  assert_true(a->lo == b->lo || (isnan(a->lo) && isnan(b->lo)));
  assert_true(a->hi == b->hi || (isnan(a->hi) && isnan(b->hi)));
  assert_int_equal(a->qual, b->qual);
  assert_int_equal(a->flags, b->flags);
}

static void test_num_memo_same(void **state) {
  (void)state;
  S_fix f;
  S_open(&f);
  cc_num_memo memo = CC_NUM_MEMO_INIT;
  for (uint32_t s = 0; s < f.seg.nsentences; s++) {
    uint32_t b = f.seg.sentences[s].tok_begin, e = f.seg.sentences[s].tok_end;
    cc__num_memo_reset(&memo, b, e);
    if (s % 2) /* the driver's way: the sentence's index told */
      memo.sentence = s;
    for (int pass = 0; pass < 2; pass++)
      for (uint32_t n = 0; n < e - b; n++) {
        uint32_t i = pass ? e - 1 - n : b + n; /* forwards, then back */
        cc_numparse p1, p2;
        memset(&p1, 0, sizeof p1);
        memset(&p2, 0, sizeof p2);
        bool ok1 = cc__num_parse(S_nm, &f.seg, i, e, &p1);
        bool ok2 = cc__num_parse_memo(S_nm, &f.seg, i, e, &memo, &p2);
        assert_int_equal(ok1, ok2);
        if (ok1)
          S_same_parse(&p1, &p2);
        cc_mention m1, m2;
        memset(&m1, 0, sizeof m1);
        memset(&m2, 0, sizeof m2);
        ok1 = cc__num_mention(S_nm, &f.seg, i, e, &m1);
        ok2 = cc__num_mention_memo(S_nm, &f.seg, i, e, &memo, &m2);
        assert_int_equal(ok1, ok2);
        if (ok1)
          assert_memory_equal(&m1, &m2, sizeof m1);
      }
  }
  cc__num_memo_free(&memo);
  S_close(&f);
}

/* The memo given the driver's reading of the tokens (cc__num_memo_words)
 * answers "no number" at a word from the reading and the next token
 * alone where the word's own entry cannot start one and no longer key
 * goes on with the next word ("of", "on", "at" before most words), and
 * keeps that for S_match: the same answers as the plain calls at every
 * token, forwards and backwards, on words that begin longer keys, before
 * the words that go on with them, other words, hyphens, attached tokens
 * and the sentence's end; "on the table", "in the neighbor" (no key goes
 * on with the third word: S_third_none), "on the ord" (a key's prefix). */
static const char S_keys_text[] =
    "It was on the order of 5 tonnes, on average 3, on the table 4, at "
    "least 4 and at last 5, at-least 6, as many as 7, as mad as 8, as much "
    "as $9, in excess of 10, in the region of 11, in exc 12, not more than "
    "13, not quite 14, not now 15, up to 16, up on 17, of the order of 18, "
    "a little over 19, a little 20, more than 21, more or less 22, of 23 "
    "and on. In the neighbor 24, in the neighbourhood of 25, on the ord "
    "26, on the-order of 27, on the order-of 28, of the 29, on the "
    "orderly 30, in the. Of the order of. At least. On. A spokesperson "
    "said two sides "
    "and a dog, a cat, two cats, a half, two-thirds of a dozen eggs, the "
    "first time, a first time, a couple, a couple of times, two dogs and "
    "a dog. Two more said a spokesperson. One man said no one else came, "
    "one woman and no one more. A";

static void S_memo_reading_same(const cc_segmented *seg) {
  cc_num_memo memo = CC_NUM_MEMO_INIT;
  cc_tok_words *w = calloc(seg->ntokens + 1, sizeof *w);
  const cc_tok_words **wp = calloc(seg->ntokens + 1, sizeof *wp);
  assert_true(w && wp);
  for (uint32_t i = 0; i < seg->ntokens; i++) { /* as the driver reads */
    const cc_token *t = &seg->tokens[i];
    wp[i] = &w[i];
    if (t->kind == CC_TOK_NUM)
      continue; /* not read: the parsers ask */
    w[i].tw = cc__time_word_find(S_tm, t->norm, t->norm_len);
    w[i].ns = cc__num_start_find(S_nm, t->norm, t->norm_len);
    w[i].nk = cc__num_key_find(S_nm, t->norm, t->norm_len);
    w[i].known = true;
  }
  for (uint32_t s = 0; s < seg->nsentences; s++) {
    uint32_t b = seg->sentences[s].tok_begin, e = seg->sentences[s].tok_end;
    for (int pass = 0; pass < 2; pass++) {
      cc__num_memo_reset(&memo, b, e);
      cc__num_memo_words(&memo, wp + b, b);
      for (uint32_t n = 0; n < e - b; n++) {
        uint32_t i = pass ? e - 1 - n : b + n; /* forwards, then back */
        cc_numparse p1, p2;
        memset(&p1, 0, sizeof p1);
        memset(&p2, 0, sizeof p2);
        bool ok1 = cc__num_parse(S_nm, seg, i, e, &p1);
        bool ok2 = cc__num_parse_memo(S_nm, seg, i, e, &memo, &p2);
        assert_int_equal(ok1, ok2);
        if (ok1)
          S_same_parse(&p1, &p2);
        cc_mention m1, m2;
        memset(&m1, 0, sizeof m1);
        memset(&m2, 0, sizeof m2);
        ok1 = cc__num_mention(S_nm, seg, i, e, &m1);
        ok2 = cc__num_mention_memo(S_nm, seg, i, e, &memo, &m2);
        assert_int_equal(ok1, ok2);
        if (ok1)
          assert_memory_equal(&m1, &m2, sizeof m1);
      }
    }
  }
  /* cc__num_none_at: where it answers, neither plain call finds one */
  uint32_t none = 0;
  for (uint32_t s = 0; s < seg->nsentences; s++) {
    uint32_t b = seg->sentences[s].tok_begin, e = seg->sentences[s].tok_end;
    cc__num_memo_reset(&memo, b, e);
    cc__num_memo_words(&memo, wp + b, b);
    for (uint32_t i = b; i < e; i++) {
      if (!cc__num_none_at(S_nm, seg, i, e, &memo))
        continue;
      none++;
      cc_numparse np;
      cc_mention m;
      assert_false(cc__num_parse(S_nm, seg, i, e, &np));
      assert_false(cc__num_mention(S_nm, seg, i, e, &m));
      assert_false(cc__num_parse_memo(S_nm, seg, i, e, &memo, &np));
      assert_false(cc__num_mention_memo(S_nm, seg, i, e, &memo, &m));
    }
  }
  assert_true(none > 0);
  cc__num_memo_free(&memo);
  free(wp);
  free(w);
}

/* The token after the first token spelling word at or after token *from. */
static uint32_t S_word_at(const cc_segmented *seg, const char *word,
                          uint32_t from) {
  uint32_t i = from;
  while (i < seg->ntokens && strcmp(seg->tokens[i].norm, word) != 0)
    i++;
  assert_true(i < seg->ntokens);
  return i;
}

static void test_num_memo_reading(void **state) {
  (void)state;
  S_fix f;
  S_open(&f);
  S_memo_reading_same(&f.seg);
  S_close(&f);
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc =
      S_seg_text("k.txt", S_keys_text, strlen(S_keys_text), &arena, &seg);
  S_memo_reading_same(&seg);
  /* the longer keys are still read where they go on */
  cc_numparse np;
  uint32_t end = seg.sentences[0].tok_end;
  uint32_t on = S_word_at(&seg, "on", 0);
  assert_true(cc__num_parse(S_nm, &seg, on, end, &np));
  assert_int_equal(np.qual, CC_Q_APPROX);
  assert_string_equal(seg.tokens[np.tok_end].norm, "tonnes");
  uint32_t at = S_word_at(&seg, "at", 0);
  assert_true(cc__num_parse(S_nm, &seg, at, end, &np));
  assert_int_equal(np.qual, CC_Q_AT_LEAST);
  assert_false(cc__num_parse(S_nm, &seg, S_word_at(&seg, "at", at + 1), end,
                             &np)); /* "at last 5" */
  cc_num_memo memo = CC_NUM_MEMO_INIT; /* answered where it can tell */
  cc__num_memo_reset(&memo, 0, end);
  assert_false(cc__num_none_at(S_nm, &seg, on, end, &memo)); /* no reading */
  cc__num_memo_free(&memo);
  cc_arena_free(&arena);
  cc_doc_free(doc);
}

/* ---- the driver's trigger table -------------------------------------------- */

/* The table of trigger words (recog.c) answers as cc__num_trigger and
 * cc__time_trigger do, at every token: number words, temporal words, the
 * named words, long words (asked of the models), symbols and marks. */
static void S_same_triggers(const cc_recog *r, const cc_segmented *seg) {
  for (uint32_t i = 0; i < seg->ntokens; i++) {
    assert_int_equal(cc__recog_num_trigger(r, seg, i),
                     cc__num_trigger(S_nm, seg, i));
    assert_int_equal(cc__recog_time_trigger(r, seg, i),
                     cc__time_trigger(S_tm, seg, i));
  }
}

static void test_trigger_table(void **state) {
  (void)state;
  cc_recog *r = NULL;
  cc_err err;
  assert_int_equal(cc_recog_new(S_lx, &r, &err), 0);
  S_fix f;
  S_open(&f);
  S_same_triggers(r, &f.seg);
  S_close(&f);
  static const char more[] =
      "Internationalization counterrevolutionaries between from an a half "
      "quarter of H1 and Q4, FY2023 in the '90s at .5 and -3 degrees: the "
      "turn of the century, at the moment, in the past, twenty-one, "
      "hundreds, $5, 5%, per cent, 3-4 and the day after tomorrow.";
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("m.txt", more, strlen(more), &arena, &seg);
  S_same_triggers(r, &seg);
  assert_false(cc__recog_num_trigger(r, &seg, seg.ntokens));
  assert_int_equal(cc__recog_time_trigger(r, &seg, seg.ntokens), 0);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  cc_recog_free(&r);
}

/* ---- dates and times ------------------------------------------------------ */

static void test_time_memo_same(void **state) {
  (void)state;
  S_fix f;
  S_open(&f);
  cc_recog_ctx ctx = {0};
  ctx.has_date = true;
  ctx.doc_date = cc_days_from_civil(2024, 9, 18);
  cc_num_memo memo = CC_NUM_MEMO_INIT;
  cc_time_memo *tmemo = cc__time_memo_new();
  int found = 0;
  for (uint32_t s = 0; s < f.seg.nsentences; s++) {
    uint32_t b = f.seg.sentences[s].tok_begin, e = f.seg.sentences[s].tok_end;
    cc__num_memo_reset(&memo, b, e);
    cc__time_memo_reset(tmemo, b, e);
    for (int pass = 0; pass < 2; pass++)
      for (uint32_t n = 0; n < e - b; n++) {
        uint32_t i = pass ? e - 1 - n : b + n;
        cc_mention m1, m2;
        memset(&m1, 0, sizeof m1);
        memset(&m2, 0, sizeof m2);
        bool ok1 =
            cc__time_mention(S_tm, S_nm, &f.seg, i, e, &ctx, NULL, NULL, &m1);
        bool ok2 =
            cc__time_mention(S_tm, S_nm, &f.seg, i, e, &ctx, &memo, tmemo, &m2);
        assert_int_equal(ok1, ok2);
        if (ok1) {
          assert_int_equal(m1.tok_end, m2.tok_end);
          assert_string_equal(m1.value, m2.value);
          assert_memory_equal(&m1, &m2, sizeof m1);
          found++;
        }
      }
  }
  assert_true(found > 40); /* the text is mostly temporal */
  cc__time_memo_free(&tmemo);
  assert_null(tmemo);
  cc__num_memo_free(&memo);
  S_close(&f);
}

/* A memo reset for another sentence is not used: same answers. */
static void test_time_memo_other_sentence(void **state) {
  (void)state;
  S_fix f;
  S_open(&f);
  cc_recog_ctx ctx = {0};
  cc_time_memo *tmemo = cc__time_memo_new();
  uint32_t b0 = f.seg.sentences[0].tok_begin, e0 = f.seg.sentences[0].tok_end;
  uint32_t b1 = f.seg.sentences[1].tok_begin, e1 = f.seg.sentences[1].tok_end;
  cc__time_memo_reset(tmemo, b0, e0); /* the first sentence's */
  for (uint32_t i = b1; i < e1; i++) {
    cc_mention m1, m2;
    memset(&m1, 0, sizeof m1);
    memset(&m2, 0, sizeof m2);
    bool ok1 = cc__time_mention(S_tm, S_nm, &f.seg, i, e1, &ctx, NULL, NULL,
                                &m1);
    bool ok2 = cc__time_mention(S_tm, S_nm, &f.seg, i, e1, &ctx, NULL, tmemo,
                                &m2);
    assert_int_equal(ok1, ok2);
    if (ok1)
      assert_memory_equal(&m1, &m2, sizeof m1);
  }
  cc__time_memo_free(&tmemo);
  cc__time_memo_free(&tmemo); /* NULL: nothing */
  S_close(&f);
}

/* ---- the word ids --------------------------------------------------------- */

/* Mentions a and b are the same (value strings, bounds and spans). */
static void S_same_mention(const cc_mention *a, const cc_mention *b) {
  assert_int_equal(a->type, b->type);
  assert_int_equal(a->flags, b->flags);
  assert_int_equal(a->tok_begin, b->tok_begin);
  assert_int_equal(a->tok_end, b->tok_end);
  assert_string_equal(a->value, b->value);
  char la[40], ha[40], lb[40], hb[40];
  cc_mention_bounds(a, la, ha);
  cc_mention_bounds(b, lb, hb);
  assert_string_equal(la, lb);
  assert_string_equal(ha, hb);
}

/* The driver reads a token's word by the segmenter's id (the word table's
 * slot, the trigger bits kept per id at load); the same segmentation with
 * no word table named (vocab NULL) is read from the tokens' text: every
 * mention must be the same. */
static uint32_t S_ids_same(const char *path, const char *text, size_t len) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text(path, text, len, &arena, &seg);
  assert_ptr_equal(seg.vocab, cc_lexicon_vocab(S_lx));
  cc_segmented bytext = seg;
  bytext.vocab = NULL;
  cc_recog_ctx ctx = {0};
  ctx.has_date = true;
  ctx.doc_date = cc_days_from_civil(2024, 3, 15);
  cc_mention *a, *b;
  uint32_t na, nb;
  cc_recognize(S_r, &seg, &ctx, arena, &a, &na);
  cc_recognize(S_r, &bytext, &ctx, arena, &b, &nb);
  assert_int_equal(na, nb);
  for (uint32_t k = 0; k < na; k++)
    S_same_mention(&a[k], &b[k]);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return na;
}

static void test_word_ids_same(void **state) {
  (void)state;
  assert_true(S_ids_same("t.txt", S_text, strlen(S_text)) > 50);
  assert_true(cc_test_each_file("tests/recog", S_ids_same) +
                  cc_test_each_file("examples", S_ids_same) >
              0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_wfilter),
      cmocka_unit_test(test_num_memo_same),
      cmocka_unit_test(test_num_memo_reading),
      cmocka_unit_test(test_trigger_table),
      cmocka_unit_test(test_time_memo_same),
      cmocka_unit_test(test_time_memo_other_sentence),
      cmocka_unit_test(test_word_ids_same),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
