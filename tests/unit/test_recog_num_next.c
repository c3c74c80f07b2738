/* Unit tests: the number side's reading of a word made at load
 * (recog_num.c: cc__num_word_read, cc__num_next_mask,
 * cc__num_each_rest_prefix), which the driver reads instead of asking
 * cc__num_none_at (recog.c, S_none_read).
 *
 * - A start's bit in the mask of a word is set exactly when some key is
 *   the start's word, a space and a text that begins with the word ("on
 *   the order of": "the", "th" and "the order" go on after "on"); a
 *   start with too many such keys has bit 63, set in every mask.
 * - Every word whose mask has more than bit 63 is a prefix that
 *   cc__num_each_rest_prefix names (the driver adds those to the word
 *   table, so a word it does not know is none of them).
 * - At every word token of some sentences, read so, the answer the
 *   readings give (CC_NN_*, the next token's mask) is cc__num_none_at's
 *   wherever they give one. */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_segment.h"

typedef struct S_list {
  char **s;
  size_t n, cap;
} S_list;

static void S_push(S_list *l, const char *w, size_t n) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->s = realloc(l->s, l->cap * sizeof *l->s);
    assert_non_null(l->s);
  }
  char *c = malloc(n + 1);
  assert_non_null(c);
  memcpy(c, w, n);
  c[n] = '\0';
  l->s[l->n++] = c;
}

static void S_key(void *ud, const char *key, const struct cc__num_key *nk) {
  (void)nk;
  S_push(ud, key, strlen(key));
}

static void S_prefix(void *ud, const char *w, size_t n, unsigned bit) {
  (void)bit;
  S_push(ud, w, n);
}

/* The mask of word w made from the prefixes' bits. */
typedef struct S_bits {
  const char *w;
  uint64_t mask;
} S_bits;

static void S_prefix_bit(void *ud, const char *w, size_t n, unsigned bit) {
  S_bits *b = ud;
  if (strlen(b->w) == n && !memcmp(b->w, w, n))
    b->mask |= 1ull << bit;
}

static void S_list_free(S_list *l) {
  for (size_t k = 0; k < l->n; k++)
    free(l->s[k]);
  free(l->s);
}

static bool S_has(const S_list *l, const char *w) {
  for (size_t k = 0; k < l->n; k++)
    if (!strcmp(l->s[k], w))
      return true;
  return false;
}

/* Some key is s, a space and a text that begins with w. */
static bool S_goes_on(const S_list *keys, const char *s, const char *w) {
  size_t ns = strlen(s), nw = strlen(w);
  for (size_t k = 0; k < keys->n; k++) {
    const char *key = keys->s[k];
    if (!strncmp(key, s, ns) && key[ns] == ' ' && !strncmp(key + ns + 1, w, nw))
      return true;
  }
  return false;
}

static const char *const S_starts[] = {
    "on",    "at",      "a",    "of",   "up",    "in",   "as",     "not",
    "more",  "about",   "over", "less", "some",  "just", "nearly", "between",
    "the",   "and",     "or",   "us",   "u.s.",  "per",  "well",   "two",
    "close", "upwards", "one",  "no",   "half",  "x",    NULL};

static const char *const S_words[] = {
    "the",  "order", "of",   "a",     "least", "most", "t",    "th",
    "ord",  "talks", "dozen", "couple", "half", "per",  "x",    "5",
    "-",    "and",   "to",   "than",  "over",  "under", "above", "below",
    "more", "less",  "cent", "i",     "o",     "'",    "$",    "thousand",
    NULL};

/* Each start's bit in each word's mask, and the prefixes. */
static void test_masks(void **state) {
  (void)state;
  S_list keys = {0}, pfx = {0}, words = {0};
  cc__num_each_key(S_nm, S_key, &keys);
  cc__num_each_rest_prefix(S_nm, 64, S_prefix, &pfx);
  assert_true(pfx.n > 0);
  for (const char *const *w = S_words; *w; w++)
    S_push(&words, *w, strlen(*w));
  for (size_t k = 0; k < pfx.n; k++) /* every prefix is asked too */
    S_push(&words, pfx.s[k], strlen(pfx.s[k]));
  uint32_t starts = 0, bits = 0;
  for (const char *const *s = S_starts; *s; s++) {
    cc_tok_words rs = {.known = true};
    rs.ns = cc__num_start_find(S_nm, *s, strlen(*s));
    if (!rs.ns)
      continue;
    starts++;
    cc__num_word_read(S_nm, *s, strlen(*s), &rs);
    for (size_t k = 0; k < words.n; k++) {
      const char *w = words.s[k];
      uint64_t mk = cc__num_next_mask(S_nm, w, strlen(w));
      assert_true(cc__num_next_known(mk));
      bool may = (mk >> rs.nlist) & 1;
      if (rs.nlist == 63)
        assert_true(may); /* a start with more keys than bits */
      else
        assert_int_equal(may, S_goes_on(&keys, *s, w));
      bits += may;
      if (mk != 1ull << 63)
        assert_true(S_has(&pfx, w));
    }
  }
  for (size_t k = 0; k < words.n; k++) { /* the bits from the prefixes */
    S_bits b = {words.s[k], 1ull << 63};
    cc__num_each_rest_prefix(S_nm, 64, S_prefix_bit, &b);
    assert_true(b.mask ==
                cc__num_next_mask(S_nm, words.s[k], strlen(words.s[k])));
  }
  assert_true(starts > 10);
  assert_true(bits > 0);
  assert_false(cc__num_next_known(cc__num_next_mask(S_nm, "", 0)));
  S_list_free(&words);
  S_list_free(&pfx);
  S_list_free(&keys);
}

static const char *const S_texts[] = {
    "On the harbour, on the order of 5 people came at least twice. Up to "
    "the 10 left at the moment of truth; as many as 7 and as cautious as "
    "ever. Not more than a dozen, more or less, of the 12 or so.",
    "In the past, in advance, at the time, on a day, of both, up 5, at "
    "5, on-the-order-of 3, at-least 4. More about it; not at all; as "
    "drafts.",
};

/* The readings' answer at word token i (< end), as S_none_read in
 * recog.c gives it: 1, 0, or -1 (none). */
static int S_rule(const cc_segmented *seg, const cc_tok_words *w,
                  uint32_t i, uint32_t end) {
  const cc_tok_words *a = &w[i];
  if (a->nnone == CC_NN_NONE)
    return 1;
  if (a->nnone == CC_NN_NEVER)
    return 0;
  if (a->nnone != CC_NN_NEXT)
    return -1;
  if (i + 1 >= end)
    return 1;
  const cc_token *n = &seg->tokens[i + 1];
  if (!(n->flags & CC_TF_SPACE_BEFORE) ||
      (n->kind == CC_TOK_PUNCT && n->norm_len == 1 && n->norm[0] == '-'))
    return 0;
  uint64_t xm = w[i + 1].known ? w[i + 1].nextm : CC_NEXT_ASK;
  return cc__num_next_known(xm) && !((xm >> a->nlist) & 1) ? 1 : -1;
}

static void test_none_at(void **state) {
  (void)state;
  uint32_t told = 0;
  for (size_t d = 0; d < sizeof S_texts / sizeof S_texts[0]; d++) {
    cc_arena *arena;
    cc_segmented seg;
    cc_doc *doc =
        S_seg_text("n.txt", S_texts[d], strlen(S_texts[d]), &arena, &seg);
    cc_tok_words *w = calloc(seg.ntokens + 1, sizeof *w);
    const cc_tok_words **wp = calloc(seg.ntokens + 1, sizeof *wp);
    assert_true(w && wp);
    for (uint32_t i = 0; i < seg.ntokens; i++) {
      const cc_token *t = &seg.tokens[i];
      wp[i] = &w[i];
      if (t->kind == CC_TOK_NUM)
        continue; /* not read */
      w[i].tw = cc__time_word_find(S_tm, t->norm, t->norm_len);
      w[i].ns = cc__num_start_find(S_nm, t->norm, t->norm_len);
      w[i].nk = cc__num_key_find(S_nm, t->norm, t->norm_len);
      w[i].known = true;
      cc__num_word_read(S_nm, t->norm, t->norm_len, &w[i]);
    }
    for (uint32_t s = 0; s < seg.nsentences; s++) {
      uint32_t b = seg.sentences[s].tok_begin, e = seg.sentences[s].tok_end;
      cc_num_memo memo = CC_NUM_MEMO_INIT;
      cc__num_memo_start(&memo, b, e, wp + b);
      for (uint32_t i = b; i < e; i++) {
        if (seg.tokens[i].kind != CC_TOK_WORD)
          continue;
        int rule = S_rule(&seg, w, i, e);
        if (rule < 0)
          continue;
        told++;
        assert_int_equal(rule, cc__num_none_at(S_nm, &seg, i, e, &memo));
        if (rule) { /* and no number there */
          cc_numparse np;
          cc_mention m;
          assert_false(cc__num_parse(S_nm, &seg, i, e, &np));
          assert_false(cc__num_mention(S_nm, &seg, i, e, &m));
        }
      }
      cc__num_memo_free(&memo);
    }
    free(wp);
    free(w);
    cc_arena_free(&arena);
    cc_doc_free(doc);
  }
  assert_true(told > 20);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_masks),
      cmocka_unit_test(test_none_at),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
