/* Unit tests: segmentation into paragraphs, sentences and tokens. */
#include "cc_test.h"

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"

CC_TEST_LEXICON_FIXTURE

typedef struct S_fix {
  cc_doc *doc;
  cc_arena *arena;
  cc_segmented seg;
} S_fix;

static void S_seg(S_fix *f, const char *text) {
  cc_err err;
  f->doc = cc_doc_from_memory("t.txt", text, strlen(text), &err);
  assert_non_null(f->doc);
  f->arena = cc_arena_new();
  cc_segment(f->doc, cc_lexicon_abbrevs(S_lx), NULL, f->arena, &f->seg);
}

static void S_done(S_fix *f) {
  cc_arena_free(&f->arena);
  cc_doc_free(f->doc);
}

static const char *S_norm(const S_fix *f, uint32_t i) {
  return f->seg.tokens[i].norm;
}

/* Find the token whose source text is s; fails the test when absent. */
static const cc_token *S_tok(const S_fix *f, const char *s) {
  for (uint32_t i = 0; i < f->seg.ntokens; i++) {
    const cc_token *t = &f->seg.tokens[i];
    if (t->end - t->start == strlen(s) &&
        memcmp(f->doc->text + t->start, s, strlen(s)) == 0)
      return t;
  }
  fail_msg("token '%s' not found", s);
  return NULL;
}

static void test_numbers_stay_whole(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "It cost 7.2 or 1,500 at 19:30 and 11:30am, up 25% on 2nd day "
            "in the 1940s, $7.2m and 162bn.");
  const char *whole[] = {"7.2", "1,500", "19:30", "11:30am", "25%",
                         "2nd", "1940s", "7.2m", "162bn"};
  for (size_t i = 0; i < sizeof whole / sizeof *whole; i++)
    assert_int_equal(S_tok(&f, whole[i])->kind, CC_TOK_NUM);
  assert_int_equal(S_tok(&f, "$")->kind, CC_TOK_SYM);
  assert_int_equal(f.seg.nsentences, 1);
  S_done(&f);
}

static void test_abbreviations_do_not_end_sentences(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "Mr. Smith met Dr. Jones at 11:30 a.m. in the U.S. capital. "
            "Gen. Lee and Sept. 12 came later. J. R. Doe left. Then it "
            "ended! Did it? Yes.");
  assert_int_equal(f.seg.nsentences, 6);
  assert_int_equal(S_tok(&f, "a.m.")->kind, CC_TOK_WORD);
  assert_string_equal(S_tok(&f, "U.S.")->norm, "u.s.");
  S_done(&f);
}

/* A full stop that ends no sentence (a lower-case word after it) leaves
 * nothing pending: the next digit or capital does not close the sentence
 * there.  Nor does a period between a word and digits glued to it. */
static void test_stop_that_ends_nothing(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "It was big. then no more than 50 came. Then 7 left.");
  assert_int_equal(f.seg.nsentences, 2);
  assert_int_equal(f.seg.sentences[0].end, 38); /* "... came." */
  S_done(&f);
  S_seg(&f, "It grew. \xc3\xa9lan and 50 Tons went. It ended");
  assert_int_equal(f.seg.nsentences, 2);
  S_done(&f);
  S_seg(&f, "The v2.1x and Beta went on. the end.no More");
  assert_int_equal(f.seg.nsentences, 1);
  S_done(&f);
  /* a closing quote after the stop keeps it pending */
  S_seg(&f, "He said \"yes.\" Then he left. \"Go.\" 5 came.");
  assert_int_equal(f.seg.nsentences, 4);
  S_done(&f);
}

/* A currency code written before amounts (marked in the word table, as
 * the number model marks the prefix codes of currencies.csv) is split
 * off the digits glued to it; other letters before digits stay one word,
 * and a code read only in capitals (marked in capitals) splits only so
 * written. */
static void test_glued_currency_code(void **state) {
  (void)state;
  cc_vocab *v = cc_lexicon_vocab(S_lx);
  cc_vocab_mark(v, cc_vocab_add(v, "eur", 3), CC_VOCAB_CUR_PREFIX);
  cc_vocab_mark(v, cc_vocab_add(v, "rs", 2), CC_VOCAB_CUR_PREFIX);
  cc_vocab_mark(v, cc_vocab_add(v, "RM", 2), CC_VOCAB_CUR_PREFIX);
  S_fix f;
  S_seg(&f, "EUR1.2bn, Rs500 and RM42m but A380, G20, MP3, eur5, Rm42, "
            "EURO5 and EUR.");
  static const char *const num[] = {"1.2bn", "500", "42m"};
  for (size_t i = 0; i < sizeof num / sizeof *num; i++)
    assert_int_equal(S_tok(&f, num[i])->kind, CC_TOK_NUM);
  const cc_token *eur = S_tok(&f, "EUR");
  assert_int_equal(eur->kind, CC_TOK_WORD);
  assert_true(eur->flags & CC_TF_ALLCAPS);
  assert_true(eur->flags & CC_TF_CUR_PREFIX);
  assert_false(eur[1].flags & CC_TF_SPACE_BEFORE);
  assert_true(S_tok(&f, "Rs")->flags & CC_TF_CUR_PREFIX);
  assert_false(S_tok(&f, "Rs")->flags & CC_TF_ALLCAPS);
  assert_int_equal(S_tok(&f, "RM")->kind, CC_TOK_WORD);
  static const char *const word[] = {"A380", "G20", "MP3", "eur5", "Rm42",
                                     "EURO5"};
  for (size_t i = 0; i < sizeof word / sizeof *word; i++)
    assert_int_equal(S_tok(&f, word[i])->kind, CC_TOK_WORD);
  assert_int_equal(f.seg.nsentences, 1);
  S_done(&f);
}

static void test_spans_and_columns(void **state) {
  (void)state;
  S_fix f;
  /* "é" is two bytes but one column; the curly quote normalizes */
  S_seg(&f, "Caf\xc3\xa9 \xe2\x80\x9cquote\xe2\x80\x9d here.\nSecond line "
            "\xe2\x80\x93 dash.");
  const cc_token *t = S_tok(&f, "here");
  assert_int_equal(t->line, 1);
  assert_int_equal(t->col, 14);
  const cc_token *d = S_tok(&f, "\xe2\x80\x93");
  assert_string_equal(d->norm, "-");
  assert_int_equal(d->line, 2);
  assert_int_equal(d->col, 13);
  assert_string_equal(S_tok(&f, "\xe2\x80\x9c")->norm, "\"");
  assert_int_equal(f.seg.nsentences, 2);
  S_done(&f);
}

static void test_paragraphs_and_line_breaks(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "Headline Without Stop\n\nFirst para one. First para two.\n"
            "Next line starts here\nwrapped continues the sentence.\r\n"
            "\r\nLast para");
  assert_int_equal(f.seg.nparagraphs, 3);
  assert_int_equal(f.seg.nsentences, 5);
  assert_int_equal(f.seg.sentences[3].para, 1);
  assert_int_equal(f.seg.tokens[f.seg.ntokens - 1].line, 7);
  S_done(&f);
}

static void test_possessive_split(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "Putin\xe2\x80\x99s plan and Smith's idea, but don't O'Brien.");
  assert_string_equal(S_norm(&f, 0), "putin");
  assert_string_equal(S_norm(&f, 1), "'s");
  assert_int_equal(S_tok(&f, "don't")->kind, CC_TOK_WORD);
  assert_int_equal(S_tok(&f, "O'Brien")->flags & CC_TF_CAP, CC_TF_CAP);
  S_done(&f);
}

static void test_front_matter_body_offset(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "---\ndate: 2024-01-02\n---\nBody text here.");
  assert_int_equal(f.seg.tokens[0].line, 4);
  assert_int_equal(f.seg.tokens[0].col, 1);
  assert_int_equal(f.doc->meta.date_src, CC_DATE_FRONT_MATTER);
  S_done(&f);
}

static void test_long_sentence_is_cut(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  for (int i = 0; i < 100; i++)
    cc_buf_puts(&b, "word ");
  cc_err err;
  cc_doc *d = cc_doc_from_memory("long.txt", b.ptr, b.len, &err);
  cc_arena *a = cc_arena_new();
  cc_segmented s;
  cc_seg_limits lim = {30};
  cc_segment(d, NULL, &lim, a, &s);
  assert_int_equal(s.ntokens, 100);
  assert_int_equal(s.nsentences, 4);
  assert_int_equal(cc_sentence_of(&s, 95), 3);
  assert_int_equal(cc_sentence_of(&s, 0), 0);
  cc_arena_free(&a);
  cc_doc_free(d);
  cc_buf_free(&b);
}

/* The wrap width counts characters, not bytes: the first line (39
 * characters, 55 bytes of "D\u00e9j\u00e0 ") sets it; the second (31)
 * is short of it by more than "Next", so its break is hard and ends the
 * sentence.  Counted in bytes or with the accents' lead bytes dropped,
 * the width would call it a soft wrap. */
static void test_wrap_width_in_characters(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "D\xc3\xa9j\xc3\xa0 D\xc3\xa9j\xc3\xa0 D\xc3\xa9j\xc3\xa0 "
            "D\xc3\xa9j\xc3\xa0 D\xc3\xa9j\xc3\xa0 D\xc3\xa9j\xc3\xa0 "
            "D\xc3\xa9j\xc3\xa0 D\xc3\xa9j\xc3\xa0\n"
            "abcde fghij klmno pqrst uvwxy z\n"
            "Next words here\n");
  assert_int_equal(f.seg.nsentences, 2);
  assert_int_equal(f.seg.sentences[1].start, 55 + 1 + 31 + 1);
  S_done(&f);
}

/* A line followed by a blank one does not set the wrap width, however
 * long: the width is the first line's (29), so the capital after it is a
 * soft wrap; counted with the third line (49), the break would be hard.
 * (The measure trims a line only when it may count: the third line is
 * trimmed, and the blank one after it decides.) */
static void test_wrap_width_before_blank_line(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "aaaa bbbb cccc dddd eeee ffff\n"
            "Gggg hhhh iiii\n"
            "mmmm nnnn oooo pppp qqqq rrrr ssss tttt uuuu vvvv  \n"
            "   \n"
            "End here\n");
  assert_int_equal(f.seg.nparagraphs, 2);
  assert_int_equal(f.seg.nsentences, 2);
  S_done(&f);
}

static void test_empty_and_symbols_only(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "   \n\n  ");
  assert_int_equal(f.seg.ntokens, 0);
  assert_int_equal(f.seg.nsentences, 0);
  S_done(&f);
  S_seg(&f, "((((\"\"''...!?");
  assert_true(f.seg.ntokens > 0);
  assert_int_equal(f.seg.nsentences, 1);
  S_done(&f);
}

/* cc_doc_linecol as it counted before its fast path (no CR: memchr and
 * S_chars): LF, a lone CR and CRLF end a line once; a column counts
 * characters (UTF-8 continuation bytes and CRs do not count); a BOM is
 * not in the text. */
static void S_linecol_ref(const char *text, size_t len, size_t off,
                          uint32_t *line, uint32_t *col) {
  const unsigned char *p = (const unsigned char *)text;
  uint32_t l = 1, c = 1;
  size_t k = len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
  for (; k < off && k < len; k++) {
    if (p[k] == '\n' || (p[k] == '\r' && !(k + 1 < len && p[k + 1] == '\n'))) {
      l++;
      c = 1;
    } else if (p[k] != '\r' && (p[k] & 0xC0) != 0x80) {
      c++;
    }
  }
  *line = l;
  *col = c;
}

/* Random texts of line feeds, CRs, BOMs, ASCII and multi-byte
 * characters, long and short lines: every offset (and one past the end)
 * gives the reference's line and column, with and without a CR. */
static void test_doc_linecol(void **state) {
  (void)state;
  static const char *const pieces[] = {
      "a",  "word ", "\n", "\n\n", "\r", "\r\n", "\xc3\xa9", "\xe2\x80\x99",
      "\xf0\x9f\x98\x80", " ", "\t", "0123456789abcdefghijklmnopq"};
  size_t np = sizeof pieces / sizeof pieces[0];
  uint32_t r = 99;
  char buf[512];
  for (int round = 0; round < 400; round++) {
    size_t n = 0;
    if (round % 3 == 0) {
      memcpy(buf, "\xef\xbb\xbf", 3); /* BOM */
      n = 3;
    }
    bool cr = round % 2 == 0; /* half the texts without a CR */
    while (n < 200 + (size_t)round % 150) {
      r = r * 1103515245u + 12345u;
      const char *x = pieces[(r >> 16) % np];
      if (!cr && strchr(x, '\r'))
        continue;
      memcpy(buf + n, x, strlen(x));
      n += strlen(x);
    }
    buf[n] = '\0';
    cc_doc d = {.text = buf, .len = n};
    for (size_t off = 0; off <= n + 1; off++) {
      uint32_t l, c, rl, rc;
      cc_doc_linecol(&d, off, &l, &c);
      S_linecol_ref(buf, n, off, &rl, &rc);
      assert_int_equal(l, rl);
      assert_int_equal(c, rc);
    }
  }
}

/* Columns far into long lines of mixed ASCII and UTF-8 (S_chars counts
 * by 16-byte blocks, at most 255 of them between sums): at offsets
 * around the block and sum sizes, as the reference counts them. */
static void test_doc_linecol_long_lines(void **state) {
  (void)state;
  static char buf[3 * 255 * 16 + 200];
  /* (round 0: ASCII only; 1: continuation bytes only, as many in a
   * lane as a sum takes; then all, with 0xBF and 0xC0 next to the
   * limit) */
  const char *const pieces[] = {"a",   "\x80",         "\xc3\xa9",
                                "\xe2\x80\x99", "\xf0\x9f\x98\x80", " ",
                                "xyz", "\xef\xbf\xbd", "\xc0\x80"};
  size_t np = sizeof pieces / sizeof pieces[0];
  for (unsigned round = 0; round < 4; round++) {
    uint32_t r = 7u + round;
    size_t n = 0;
    while (n < sizeof buf - 8) {
      r = r * 1103515245u + 12345u;
      const char *x = round < 2 ? pieces[round] : pieces[(r >> 16) % np];
      memcpy(buf + n, x, strlen(x));
      n += strlen(x);
    }
    buf[n] = '\0';
    cc_doc d = {.text = buf, .len = n};
    const size_t offs[] = {0, 1, 15, 16, 17, 31, 32, 33, 255 * 16 - 1,
                           255 * 16, 255 * 16 + 1, 255 * 16 + 17,
                           2 * 255 * 16 + 5, n - 1, n};
    for (size_t k = 0; k < sizeof offs / sizeof offs[0]; k++) {
      for (size_t a = 0; a < 3 && offs[k] + a <= n; a++) {
        uint32_t l, c, rl, rc;
        cc_doc_linecol(&d, offs[k] + a, &l, &c);
        S_linecol_ref(buf, n, offs[k] + a, &rl, &rc);
        assert_int_equal(l, rl);
        assert_int_equal(c, rc);
      }
    }
  }
}

/* A link's tokens are symbols with no word id, up to the punctuation
 * that ends its sentence; the words around it and a "www" alone are not
 * touched. */
static void test_links_are_symbols(void **state) {
  (void)state;
  S_fix f;
  S_seg(&f, "Read https://news.example.com/2025/08/15/talks-3pm.html, then "
            "(www.example.org/a?id=7). Awww. The www page said 9pm.");
  assert_int_equal(S_tok(&f, "2025/08/15")->kind, CC_TOK_SYM);
  assert_int_equal(S_tok(&f, "https")->kind, CC_TOK_SYM);
  assert_int_equal(S_tok(&f, "3pm")->kind, CC_TOK_SYM);
  assert_int_equal(S_tok(&f, "3pm")->id, 0);
  assert_int_equal(S_tok(&f, "7")->kind, CC_TOK_SYM);
  assert_int_equal(S_tok(&f, "Read")->kind, CC_TOK_WORD);
  assert_int_equal(S_tok(&f, "then")->kind, CC_TOK_WORD);
  assert_int_equal(S_tok(&f, ",")->kind, CC_TOK_PUNCT); /* after the link */
  assert_int_equal(S_tok(&f, ")")->kind, CC_TOK_PUNCT);
  assert_int_equal(S_tok(&f, "Awww")->kind, CC_TOK_WORD);
  assert_int_equal(S_tok(&f, "9pm")->kind, CC_TOK_NUM);
  S_done(&f);
}

/* A "www." link whose period, and a "://" link whose colon, each path
 * of the segmenter makes (the quiet loop's sentence end, its other
 * punctuation, "...", the general path after a non-ASCII word, the
 * text's first bytes): S_links looks for the links only where such a
 * token said one may be. */
static void test_links_every_path(void **state) {
  (void)state;
  static const char *const texts[] = {
      "See www. Then the talks went on.", "See www...x for it.",
      "www.example.org has it.", "Read\nwww.example.org today.",
      "Caf\xc3\xa9 www.example.org, said.", "It is at www.ex.org. Then.",
      "See https://ex.org/a for it.", "https://ex.org has it.",
      "Caf\xc3\xa9 https://ex.org, said.", "Read:\nhttps://ex.org today.",
      "At 9:30 https://ex.org/b.", "A \"https://ex.org\" quote."};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    S_fix f;
    S_seg(&f, texts[i]);
    assert_int_equal(S_tok(&f, i < 6 ? "www" : "https")->kind, CC_TOK_SYM);
    S_done(&f);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_links_every_path),
      cmocka_unit_test(test_numbers_stay_whole),
      cmocka_unit_test(test_abbreviations_do_not_end_sentences),
      cmocka_unit_test(test_stop_that_ends_nothing),
      cmocka_unit_test(test_glued_currency_code),
      cmocka_unit_test(test_spans_and_columns),
      cmocka_unit_test(test_paragraphs_and_line_breaks),
      cmocka_unit_test(test_possessive_split),
      cmocka_unit_test(test_front_matter_body_offset),
      cmocka_unit_test(test_long_sentence_is_cut),
      cmocka_unit_test(test_empty_and_symbols_only),
      cmocka_unit_test(test_wrap_width_in_characters),
      cmocka_unit_test(test_wrap_width_before_blank_line),
      cmocka_unit_test(test_doc_linecol),
      cmocka_unit_test(test_doc_linecol_long_lines),
      cmocka_unit_test(test_links_are_symbols),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
