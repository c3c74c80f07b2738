/* Unit tests: the words the recognizer driver skips (recog.c, S_time_skip).
 *
 * The driver does not ask cc__time_mention at a word token of a quiet word
 * (cc__time_quiet_word, a bit computed once at load time) when no start
 * key and no number begin there (S_time_skip).  That is only right when
 * no temporal parser can match there, so at every token it skips, over
 * the recognizer test tables, the examples and a text that puts each
 * such word before the continuations the parsers read ("the past",
 * "5 pm", "-2018", "'s"...), cc__time_mention (the plain call, without
 * memos) must find nothing. */
#include "recog_test.h"

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_time.h"
#include "cc_util.h"
#include "recog_int.h"


/* Distinct skipped words seen (for the generated text). */
#define S_WORDS_MAX 400
static char S_words[S_WORDS_MAX][24];
static int S_nwords;

static void S_keep(const cc_token *t) {
  if (S_nwords >= S_WORDS_MAX || t->norm_len >= sizeof S_words[0])
    return;
  for (int k = 0; k < S_nwords; k++)
    if (!strcmp(S_words[k], t->norm))
      return;
  memcpy(S_words[S_nwords++], t->norm, t->norm_len + 1);
}

/* Check every token of text; returns how many had the bit. */
static uint32_t S_check_text(const char *path, const char *text, size_t len) {
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text(path, text, len, &arena, &seg);
  cc_recog_ctx none = {0}, dated = {0};
  dated.has_date = true;
  dated.doc_date = cc_days_from_civil(2024, 3, 15);
  uint32_t n = 0;
  for (uint32_t s = 0; s < seg.nsentences; s++) {
    uint32_t b = seg.sentences[s].tok_begin, e = seg.sentences[s].tok_end;
    for (uint32_t i = b; i < e; i++) {
      if (!cc__recog_time_skip(S_r, &seg, i, e))
        continue;
      n++;
      S_keep(&seg.tokens[i]);
      cc_mention m;
      memset(&m, 0, sizeof m);
      bool hit = cc__time_mention(S_tm, S_nm, &seg, i, e, &none, NULL, NULL,
                                  &m) ||
                 cc__time_mention(S_tm, S_nm, &seg, i, e, &dated, NULL, NULL,
                                  &m);
      if (hit)
        fprintf(stderr, "%s: skipped \"%s\" starts a mention\n", path,
                seg.tokens[i].norm);
      assert_false(hit);
    }
  }
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return n;
}

/* What the parsers read after a first word: phrase keys, numbers, clocks,
 * years, glued marks, units, months, a possessive. */
static const char *const S_after[] = {
    "the past",     "the order of 5", "5 pm",        "10:30",
    "-2018",        "2018",           "'s birthday", "'90s",
    "a day",        "two weeks ago",  "last week",   "new year",
    "of july",      "many as 5",      "least 3",     "present",
    "the morning",  "average",        "half past 7", "of the month",
    "5%",           "$5",             "monday",      "christmas day",
    "ago",          "per cent",       "hours",       ".5",
    "spokesperson", "dozen years",    "third of it", "half hour",
    "sides met",    "hundred people", "few days",    "couple of weeks",
    "and a half",   "or so",          "times",       "first time",
    "the harbour",  "the moment",     "the turn of", "the end",
    NULL};

static void test_skip_never_starts(void **state) {
  (void)state;
  S_nwords = 0;
  uint32_t n = cc_test_each_file("tests/recog", S_check_text) + cc_test_each_file("examples", S_check_text);
  static const char more[] =
      "He said the past was gone. She wrote 5 pm, and they met at 10:30. "
      "Officials held it was 2018. Analysts told reporters every Monday.";
  n += S_check_text("more.txt", more, sizeof more - 1);
  assert_true(n > 100); /* many tokens are skipped */
  assert_true(S_nwords > 10);
  /* every skipped word before every continuation, capitalized and not */
  cc_buf b = CC_BUF_INIT;
  for (int k = 0; k < S_nwords; k++)
    for (const char *const *a = S_after; *a; a++) {
      cc_buf_printf(&b, "%s %s. The %s %s, ", S_words[k], *a, S_words[k], *a);
      cc_buf_printf(&b, "%c%s %s.\n",
                    S_words[k][0] >= 'a' && S_words[k][0] <= 'z'
                        ? (char)(S_words[k][0] - 'a' + 'A')
                        : S_words[k][0],
                    S_words[k] + 1, *a);
    }
  assert_true(S_check_text("gen.txt", b.ptr, b.len) > 0);
  cc_buf_free(&b);
}

/* text (one sentence) segmented, and the index of the first token of
 * word w in it. */
typedef struct {
  cc_doc *doc;
  cc_arena *arena;
  cc_segmented seg;
  uint32_t at, end;
} S_one;

static void S_one_open(S_one *o, const char *text, const char *w) {
  o->doc = S_seg_text("w.txt", text, strlen(text), &o->arena, &o->seg);
  assert_int_equal(o->seg.nsentences, 1);
  o->end = o->seg.sentences[0].tok_end;
  o->at = 0;
  while (o->at < o->seg.ntokens && strcmp(o->seg.tokens[o->at].norm, w))
    o->at++;
  assert_true(o->at < o->seg.ntokens);
}

static void S_one_close(S_one *o) {
  cc_arena_free(&o->arena);
  cc_doc_free(o->doc);
}

/* Whether the driver skips the first token of word w in text. */
static bool S_skip_at(const char *text, const char *w) {
  S_one o;
  S_one_open(&o, text, w);
  bool skip = cc__recog_time_skip(S_r, &o.seg, o.at, o.end);
  S_one_close(&o);
  return skip;
}

/* The rule: a tense, reporting or linking word is quiet; the words the
 * parsers name and the words of a start kind are not; a quiet word is
 * skipped unless a start key or a number begins there. */
static void test_quiet_words(void **state) {
  (void)state;
  enum { N = CC_TQ_NONE, Q = CC_TQ_QUIET, A = CC_TQ_AN };
  static const struct {
    const char *w;
    int quiet;
  } cases[] = {{"said", Q},    {"in", Q},     {"of", Q},      {"two", Q},
               {"a", A},       {"an", A},     {"the", N},     {"between", N},
               {"from", N},    {"half", N},   {"last", N},    {"monday", N},
               {"today", N},   {"q3", N},     {"fy", N},      {"every", N},
               {"some", N}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    const char *w = cases[k].w;
    int got = cc__time_quiet_word(S_tm, w, strlen(w));
    if (got != cases[k].quiet)
      fprintf(stderr, "word \"%s\"\n", w);
    assert_int_equal(got, cases[k].quiet);
  }
  /* plain: no temporal entry, none of the words the parsers compare */
  assert_true(cc__time_plain_word(S_tm, "spokesperson", 12));
  assert_false(cc__time_plain_word(S_tm, "week", 4));
  assert_false(cc__time_plain_word(S_tm, "of", 2));
  assert_false(cc__time_plain_word(S_tm, "fyi", 3));
  assert_true(S_skip_at("He said so.", "said"));
  assert_true(S_skip_at("It was in March.", "in"));
  assert_false(S_skip_at("It was in the past.", "in"));   /* a start key */
  /* a number that ends before a plain word, or before a unit */
  assert_true(S_skip_at("It rose up to 5 percent.", "up"));
  assert_false(S_skip_at("It lasted up to 5 hours.", "up"));
  assert_true(S_skip_at("It went up in March.", "up"));
  /* a number word before a plain word; "a" alone is a count */
  assert_true(S_skip_at("He told a spokesperson.", "a"));
  assert_false(S_skip_at("He came a day later.", "a"));
  assert_false(S_skip_at("Give me a.", "a"));
  assert_true(S_skip_at("The two sides met.", "two"));
  assert_false(S_skip_at("The two weeks passed.", "two"));
  assert_false(S_skip_at("The two of them met.", "two"));
  /* "the" before a skipped quiet word, or last; not before a start key,
   * a number, a unit or a word the parsers read after it */
  assert_true(S_skip_at("They met the two sides.", "the"));
  assert_true(S_skip_at("They told the two governments.", "the"));
  assert_false(S_skip_at("It was the a.", "the")); /* "a" alone: a count */
  assert_false(S_skip_at("They met the two weeks later.", "the"));
  assert_false(S_skip_at("They met the day before.", "the"));
  assert_false(S_skip_at("They met the next day.", "the"));
  assert_false(S_skip_at("It was the 1990s.", "the"));
  assert_false(S_skip_at("They met the first of May.", "the"));
  assert_false(S_skip_at("It was the past.", "the"));
  assert_true(S_skip_at("They met the harbour staff.", "the"));
  /* "between" and "from" before such a word, or before "the" and one */
  assert_true(S_skip_at("Talks between the two sides.", "between"));
  assert_true(S_skip_at("He ran between rooms.", "between"));
  assert_true(S_skip_at("A letter from officials.", "from"));
  assert_false(S_skip_at("It ran between 5 and 7 pm.", "between"));
  assert_false(S_skip_at("It ran from the morning.", "from"));
  assert_false(S_skip_at("It ran from the two weeks.", "from"));
  assert_false(S_skip_at("It ran from March.", "from"));
  assert_false(S_skip_at("It ran between the 5th and the 7th.", "between"));
}

/* cc__time_longer_start at the first token of word w in text (one
 * sentence), and cc__time_join_starts there. */
static bool S_longer_at(const char *text, const char *w, bool *join) {
  S_one o;
  S_one_open(&o, text, w);
  bool longer = cc__time_longer_start(S_tm, &o.seg, o.at, o.end);
  *join = cc__time_join_starts(S_tm, &o.seg, o.at);
  S_one_close(&o);
  return longer;
}

/* A longer start key may begin only where the pair of tokens begins one
 * (cc__time_join_starts), and then where the pair is such a key or the
 * three tokens begin one: "at the" begins "at the moment", "at the
 * harbour" begins nothing, so a quiet "at" there is skipped. */
static void test_longer_start(void **state) {
  (void)state;
  static const struct {
    const char *text, *w;
    bool join, longer;
  } cases[] = {
      {"He waited at the moment of truth.", "at", true, true},
      {"He waited at the harbour.", "at", true, false},
      {"He waited at noon.", "at", false, false},
      {"It was in the past.", "in", true, true},
      {"It was in the host city.", "in", true, false},
      {"It was in the.", "in", true, false}, /* "." begins no key */
      {"It came at the", "at", true, false}, /* the sentence ends */
      {"He said so.", "said", false, false},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    bool join = false;
    bool longer = S_longer_at(cases[k].text, cases[k].w, &join);
    if (join != cases[k].join || longer != cases[k].longer)
      fprintf(stderr, "text \"%s\": join %d longer %d\n", cases[k].text,
              join, longer);
    assert_int_equal(join, cases[k].join);
    assert_int_equal(longer, cases[k].longer);
  }
  assert_true(S_skip_at("He waited at the harbour.", "at"));
  assert_false(S_skip_at("He waited at the moment.", "at"));
  /* a symbol of no temporal sense is skipped like a quiet word */
  assert_true(S_skip_at("It cost $ and more.", "$"));
}

/* The end of the mention cc__time_mention finds at the first token of
 * word w in text (one sentence), or 0. */
static uint32_t S_mention_end(const char *text, const char *w) {
  S_one o;
  S_one_open(&o, text, w);
  cc_recog_ctx dated = {0};
  dated.has_date = true;
  dated.doc_date = cc_days_from_civil(2024, 3, 15);
  cc_mention m;
  memset(&m, 0, sizeof m);
  uint32_t end = 0;
  if (cc__time_mention(S_tm, S_nm, &o.seg, o.at, o.end, &dated, NULL, NULL,
                       &m))
    end = m.tok_end;
  S_one_close(&o);
  return end;
}

/* A number token with a comma or a last "%" starts nothing by itself
 * (S_inert_num in recog_time.c): a count before a plain word or a
 * percentage.  Nor does a number word before a word that only begins a
 * place key (S_plain_after), a strict weekday in lower case
 * (S_strict_weekday: "sat in on"), digits that can be no day, hour or
 * year before a plain word or a comma (S_digits_end: "99, then"), or
 * "from" before no clock, date or day (S_span_inert).  A count before a unit still starts a duration, and the
 * first words before such a number are read as before.  The sweep asks
 * every token of each number after each first word and before each
 * continuation: the CC_RECOG_CHECK_INERT build (make inert) runs every
 * parser wherever cc__time_mention refuses at once and aborts on a
 * match. */
static void test_number_tokens(void **state) {
  (void)state;
  assert_int_equal(S_mention_end("It rose 24% from 2019.", "24%"), 0);
  assert_int_equal(S_mention_end("About 2,750 delegates came.", "2,750"), 0);
  assert_int_equal(S_mention_end("About 2,750 delegates came.", "about"), 0);
  assert_true(S_mention_end("It took 2,750 years.", "2,750") > 0);
  assert_true(S_mention_end("It took about 2,750 years.", "about") > 0);
  assert_true(S_mention_end("It met on 12/05/2020 again.", "12/05/2020") > 0);
  /* a number word before a word that only begins a place key */
  assert_int_equal(S_mention_end("They made a joint statement.", "a"), 0);
  assert_int_equal(S_mention_end("It was a good day.", "a"), 0);
  assert_true(S_mention_end("It took a day.", "a") > 0);
  /* a strict weekday in lower case, but before "after next" */
  assert_int_equal(S_mention_end("They sat in on the talks.", "sat"), 0);
  assert_true(S_mention_end("It ends sat after next.", "sat") > 0);
  /* two or three digits that are no day, hour or year, alone */
  assert_int_equal(S_mention_end("It rose to 99, then fell.", "99"), 0);
  assert_int_equal(S_mention_end("Some 950 delegates came.", "950"), 0);
  assert_true(S_mention_end("It starts at 950 GMT today.", "950") > 0);
  assert_true(S_mention_end("It took 99 days.", "99") > 0);
  /* "from" and "between" before no clock, date or day */
  assert_int_equal(S_mention_end("It ran from early morning.", "from"), 0);
  assert_true(S_mention_end("It ran from 9am to 5pm.", "from") > 0);
  assert_true(S_mention_end("It ran from March to May.", "from") > 0);
  assert_true(S_mention_end("It ran between the 4th and the 8th of May.",
                            "between") > 0);
  static const char *const nums[] = {
      "24%", "2,750", "1.5%", "1,000th", "5,000km", "2018/1%", "9,30",
      "2,000s", "a", "an", "two", "five", "twelve", "some", "sat", "sun",
      "wed", "mon", "Sat", "99", "950", "45", "12", "1990", "099", NULL};
  /* words that begin a place or a holiday key, and such keys */
  static const char *const keys[] = {
      "joint working",  "joint base elmendorf-richardson", "good day",
      "good friday",    "Good Friday", "Joint Base Elmendorf-Richardson time",
      "new york time",  "pm joint base elmendorf-richardson",
      "after next",     "before last", ". after next", "in on",
      ", then",         "; then",      "GMT",          "BC",
      "o'clock",        "noon",        "in the evening",
      "early morning",  "the year before", "the 4th to the 8th of May",
      "March to May",   "9am to 5pm",  "noon to 2pm", "5 and 7 pm",
      "the morning",    "now on",      "Monday to Friday",
      "fourth to eighth May", "the fourth to the eighth of May", NULL};
  static const char *const firsts[] = {"",       "the ",   "from ", "between ",
                                       "about ", "some ",  "a ",    "every ",
                                       "last ",  "around ", NULL};
  cc_buf b = CC_BUF_INIT;
  for (const char *const *n = nums; *n; n++)
    for (const char *const *f = firsts; *f; f++)
      for (const char *const *a = S_after; *a; a++)
        cc_buf_printf(&b, "He said %s%s %s. ", *f, *n, *a);
  for (const char *const *f = firsts; *f; f++)
    for (const char *const *a = keys; *a; a++)
      cc_buf_printf(&b, "He said %s%s. ", *f, *a);
  for (const char *const *n = nums; *n; n++)
    for (const char *const *f = firsts; *f; f++)
      for (const char *const *a = keys; *a; a++)
        cc_buf_printf(&b, "He said %s%s %s. At %s%s %s, ", *f, *n, *a, *f, *n,
                      *a);
  S_check_text("nums.txt", b.ptr, b.len); /* skipped words: none start */
  cc_arena *arena;
  cc_segmented seg;
  cc_doc *doc = S_seg_text("nums.txt", b.ptr, b.len, &arena, &seg);
  uint32_t found = 0;
  for (uint32_t s = 0; s < seg.nsentences; s++)
    for (uint32_t i = seg.sentences[s].tok_begin; i < seg.sentences[s].tok_end;
         i++) {
      cc_mention m;
      memset(&m, 0, sizeof m);
      found += cc__time_mention(S_tm, S_nm, &seg, i, seg.sentences[s].tok_end,
                                &(cc_recog_ctx){0}, NULL, NULL, &m);
    }
  assert_true(found > 0);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  cc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_quiet_words),
      cmocka_unit_test(test_longer_start),
      cmocka_unit_test(test_skip_never_starts),
      cmocka_unit_test(test_number_tokens),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
