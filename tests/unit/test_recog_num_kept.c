/* Unit tests: the number answers kept beyond one sentence (recog_num.c).
 *
 * The memo's key cache is the thread's and outlives the memo (the
 * document): the parse and the number mention kept for a word before a
 * word of no key or share keys only (S_plain_next: "two sides", "between
 * the") and for a number in digits that nothing after it goes on with
 * (S_digits_alone: "5 delegates", "12.", "5% from", "5 million people", by its text; after a word or
 * sign of one key, S_lead_digits: "over 5 delegates", "$5 each") serve
 * the next document too.  Here, at every token of several documents
 * read one after the other with the driver's reading of the tokens,
 * forwards and backwards, cc__num_parse_memo and cc__num_mention_memo equal the plain
 * calls; the same numbers and words come back in other places (before a
 * unit, a hyphen, a fraction, a year, after a model name), so a kept
 * answer is asked where it must not be used; a second memo of the same
 * thread at once, and a model made after the first was freed, answer
 * the same too. */
#include "recog_test.h"

#include <math.h>

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "recog_int.h"

static const char *const S_docs[] = {
    "Some 5 delegates came, 5. Then 12 left and 12, 2.5 stayed; 25% "
    "agreed, 1,500 said no and 7 the rest. Between the lines two sides "
    "and half the time, over the years, around the clock, all the 40 "
    "their 3 them.",
    "It cost 5 dollars, 5-7 million, 5 percent, 5 per cent and 5% of "
    "all, 12 1/2 miles, 1 500 euros, 2.5m people, 25%-30%, 1,500 to "
    "2,000, 7 and a half, 7 of the 10, 12 USD, 12usd, 10USD and 10usd. "
    "COVID-19 cases and F-16 jets, 19 cases. In 2019 the 1940s, about "
    "1940 people, at least 2008 and 2008 or 2009. Between the two and "
    "three, half the 5, between us 4 and 6.",
    "5 delegates. 12. 2.5 stayed. 25% agreed. 7 the rest. 1,500 said. "
    "Two sides, half the time, over the years 40 their 3 them 5",
    "Over 5 the 5 delegates, 5 - 6 and 5 to 6, 5 or more, 5 and above, "
    "12 out of 15, 3 in 10, 3 in 2010, 2.5 billion, 2.5 billions, 5 "
    "dozen, 5 hundred, 5th, 5 a.m. and 5 pm, 5,000,000 and 5,00.",
    "About $5 delegates, over 5 delegates, about 12. Some 7 the rest, $5 "
    "million, over 5 percent, $ 5 each, $5, between 5 and 6, minus 5 "
    "people, a 5 cases, rose from 5 to 7, nearly 2008 people, over 2008, "
    "at least 25% of them, more than 1,500 the, almost 7 them, around "
    "3.5 , US$ 5 left and US$5 left, £5 left, over 5-6 left, over 5 "
    "6 left.",
    "Over 5 delegates and $5 delegates, about 12, some 7, $5 million and "
    "$5. Over 2008 people, nearly 2008. $ 5 each and $5 each.",
    /* year-like numbers read as counts before a counted noun only */
    "About 2000 people, about 2000. 2000 homes and 2000, between 1500 "
    "and 2000 people, between 1500 and 2000. Over 2000 staff, over 2000. "
    "About 2000 million people, about 2000 million were spent. A quarter "
    "point, half a point, a quarter point five, half a percentage point.",
    /* a change word after the number ("from": read only before a
     * range's start), where it is one and where it begins a range */
    "Prices rose 5% from 2019 and 19% from the start, 5 from them, two "
    "from each, over 5 from here, $ 5 from them, 25% from 10% to 20%. "
    "It rose from 5 from 7 to 9, from 5 from 6 to 7, 5 from to 6, half "
    "from the 5 from, 12 from 12 from.",
    /* a scale word after the number, and what may follow it */
    "It cost $ 3,100 million and $ 3,100 million dollars, $5 billion, "
    "5 million people, 5 million of them, 5 million-strong, 5 million "
    "to 6 million, $ 2.5 billion. 2.5 billion, 5 bn and $5 bn, 5 "
    "million million, 2 thousand billion, over 5 million people, 5 "
    "million 5, 25% million, 3,50 million, 5 million percent, 1940 "
    "million. $ 3,100 million, 5 million and a half, 5 million or so, "
    "5 dozen eggs and 5 dozens, 7 million euros, about 7 million.",
    /* clock times in digits: no number (S_digits takes no ':') */
    "At 12:30 gmt and 12:30 utc, 9:45 (local) or 12:30, about 12:30 "
    "people, $ 12:30 each, -12:30 and 1:2, 1,000:30 and 1.5:3 then 12:30% "
    "of them; 12:30 million, 10:1 odds, 3:1 in 10:00 to 11:00. 12:30",
    /* a pre-qualifier or range opener after the number's first token */
    "Some 5 over 6, 25% about 3 and 5 between 6 and 7, a over the top, "
    "two about it, $ 3 million over 5 years, $ 3 million over, five "
    "between them, minus about 5, between over, a between the, 12 about "
    "12 over 12, two around 5 and a half, 5 up to 7, 3 nearly all, over "
    "over 5, 7 some 8, a about, 40% between 2010 and 2012, 5 over. "
    /* (and a post-qualifier there, which is read: "plus", "odd") */
    "5 delegates and 5 plus, 20 odd and 20 delegates, two plus two, two "
    "sides, $ 3 million plus, $ 3 million each.",
};

static void S_same_parse(const cc_numparse *a, const cc_numparse *b) {
  assert_int_equal(a->tok_begin, b->tok_begin);
  assert_int_equal(a->tok_end, b->tok_end);
  assert_true(a->value == b->value || (isnan(a->value) && isnan(b->value)));
  assert_true(a->lo == b->lo || (isnan(a->lo) && isnan(b->lo)));
  assert_true(a->hi == b->hi || (isnan(a->hi) && isnan(b->hi)));
  assert_int_equal(a->qual, b->qual);
  assert_int_equal(a->flags, b->flags);
}

/* The driver's reading of seg's tokens (numbers not read), into w and
 * wp (ntokens each). */
static void S_read(const cc_num_model *nm, const cc_segmented *seg,
                   cc_tok_words *w, const cc_tok_words **wp) {
  for (uint32_t i = 0; i < seg->ntokens; i++) {
    const cc_token *t = &seg->tokens[i];
    wp[i] = &w[i];
    memset(&w[i], 0, sizeof w[i]);
    if (t->kind == CC_TOK_NUM)
      continue; /* not read: the parsers ask */
    w[i].tw = cc__time_word_find(S_tm, t->norm, t->norm_len);
    w[i].ns = cc__num_start_find(nm, t->norm, t->norm_len);
    w[i].nk = cc__num_key_find(nm, t->norm, t->norm_len);
    w[i].known = true;
  }
}

/* Every token of seg, forwards then backwards, with memo (reset per
 * sentence, the reading given): the plain calls' answers.  The number of
 * mentions found. */
static uint32_t S_same(const cc_num_model *nm, const cc_segmented *seg,
                       cc_num_memo *memo) {
  cc_tok_words *w = calloc(seg->ntokens + 1, sizeof *w);
  const cc_tok_words **wp = calloc(seg->ntokens + 1, sizeof *wp);
  assert_true(w && wp);
  S_read(nm, seg, w, wp);
  uint32_t found = 0;
  for (uint32_t s = 0; s < seg->nsentences; s++) {
    uint32_t b = seg->sentences[s].tok_begin, e = seg->sentences[s].tok_end;
    for (int pass = 0; pass < 2; pass++) {
      cc__num_memo_reset(memo, b, e);
      memo->sentence = s;
      cc__num_memo_words(memo, wp + b, b);
      for (uint32_t n = 0; n < e - b; n++) {
        uint32_t i = pass ? e - 1 - n : b + n;
        cc_numparse p1, p2;
        memset(&p1, 0, sizeof p1);
        memset(&p2, 0, sizeof p2);
        bool ok1 = cc__num_parse(nm, seg, i, e, &p1);
        bool ok2 = cc__num_parse_memo(nm, seg, i, e, memo, &p2);
        assert_int_equal(ok1, ok2);
        if (ok1)
          S_same_parse(&p1, &p2);
        cc_mention m1, m2;
        memset(&m1, 0, sizeof m1);
        memset(&m2, 0, sizeof m2);
        ok1 = cc__num_mention(nm, seg, i, e, &m1);
        ok2 = cc__num_mention_memo(nm, seg, i, e, memo, &m2);
        assert_int_equal(ok1, ok2);
        if (ok1) {
          assert_memory_equal(&m1, &m2, sizeof m1);
          found++;
        }
      }
    }
  }
  free(wp);
  free(w);
  return found;
}

/* Each document with a memo of its own, one after the other (the
 * thread's cache kept between them), then all again in reverse order. */
static void S_docs_same(const cc_num_model *nm) {
  size_t nd = sizeof S_docs / sizeof S_docs[0];
  for (size_t round = 0; round < 2; round++)
    for (size_t d = 0; d < nd; d++) {
      const char *text = S_docs[round ? nd - 1 - d : d];
      cc_arena *arena;
      cc_segmented seg;
      cc_doc *doc = S_seg_text("k.txt", text, strlen(text), &arena, &seg);
      cc_num_memo memo = CC_NUM_MEMO_INIT;
      assert_true(S_same(nm, &seg, &memo) > 0);
      cc__num_memo_free(&memo);
      cc_arena_free(&arena);
      cc_doc_free(doc);
    }
}

static void test_kept_across_documents(void **state) {
  (void)state;
  S_docs_same(S_nm);
}

/* Two memos of one thread at once: the second has a cache of its own. */
static void test_two_memos(void **state) {
  (void)state;
  cc_arena *a1, *a2;
  cc_segmented s1, s2;
  cc_doc *d1 = S_seg_text("a.txt", S_docs[0], strlen(S_docs[0]), &a1, &s1);
  cc_doc *d2 = S_seg_text("b.txt", S_docs[2], strlen(S_docs[2]), &a2, &s2);
  cc_num_memo m1 = CC_NUM_MEMO_INIT, m2 = CC_NUM_MEMO_INIT;
  for (int k = 0; k < 2; k++) { /* interleaved */
    assert_true(S_same(S_nm, &s1, &m1) > 0);
    assert_true(S_same(S_nm, &s2, &m2) > 0);
  }
  assert_ptr_not_equal(m1.mc, m2.mc);
  cc__num_memo_free(&m2);
  cc__num_memo_free(&m1);
  cc_arena_free(&a2);
  cc_arena_free(&a1);
  cc_doc_free(d2);
  cc_doc_free(d1);
}

/* A model made after another was freed (perhaps at its address): the
 * thread's cache does not take the old model's copy or answers for it. */
static void test_new_model(void **state) {
  (void)state;
  for (int k = 0; k < 3; k++) {
    cc_err err;
    cc_num_model *nm = NULL;
    assert_int_equal(cc__num_model_new(S_lx, &nm, &err), 0);
    S_docs_same(nm);
    cc__num_model_free(&nm);
  }
  S_docs_same(S_nm);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_kept_across_documents),
      cmocka_unit_test(test_two_memos),
      cmocka_unit_test(test_new_model),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
