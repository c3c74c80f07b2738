/* Unit tests: the segmenter's fast paths (words lower-cased into the pool
 * while scanned, ASCII punctuation, tokens grown in the arena) agree with
 * what a token must be, on texts made to reach their edges: long words,
 * pool blocks and token arrays that fill up, words at the very end. */
#include "cc_test.h"

#include <ctype.h>

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_vocab.h"

CC_TEST_LEXICON_FIXTURE

/* The lexicon's word table, with words of the shapes the lexicon lacks
 * (numbers, words over 16 bytes, non-ASCII) added as a model would add
 * them before the first segmentation, so that every path finds ids. */
static int S_setup_words(void **state) {
  if (S_setup(state) != 0)
    return -1;
  static const char *const extra[] = {
      "counterintelligence", "qwertyuiopasdfgh", "qwertyuiop", "mixedcase",
      "abcdefghijklmnopqrstuvwxyz", "19:30", "7.5", "25%", "1940s",
      "11:30am", "2nd", "7.2bn", "1,500", "1/2", "7m", "caf\xc3\xa9",
      "don't", "co", "op", "...", "'s", "e.g.", "u.s.", "b.b.c.", "\"",
      "1234567890123456789012345678901234567890123456789012345678901234"};
  cc_vocab *v = cc_lexicon_vocab(S_lx);
  for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
    cc_vocab_add(v, extra[i], strlen(extra[i]));
  char *q = malloc(CC_VOCAB_MAX_WORD); /* the longest word */
  memset(q, 'q', CC_VOCAB_MAX_WORD);
  cc_vocab_add(v, q, CC_VOCAB_MAX_WORD);
  free(q);
  /* currency codes split off glued digits, as the number model marks
   * them (one only in capitals) */
  static const char *const codes[] = {"eur", "rs", "QQ"};
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
    cc_vocab_mark(v, cc_vocab_add(v, codes[i], strlen(codes[i])),
                  CC_VOCAB_CUR_PREFIX);
  return 0;
}

/* segment.c: the segmenter without its quiet-token loop (S_run). */
void cc__segment_general(const cc_doc *doc, const cc_abbrevs *abbrevs,
                         const cc_seg_limits *limits, cc_arena *arena,
                         cc_segmented *out);

/* segment.c: true, the prescan's SSE2 path even where AVX2 is. */
extern bool cc__segment_no_avx2;

/* Sentences and paragraphs hold what their tokens say (both grow in the
 * arena as the text is read, so a text long enough to outgrow their first
 * arrays tests the copies): sentences cover the tokens in order without
 * gaps, each paragraph its sentences. */
static void S_check_structure(const cc_segmented *x) {
  uint32_t tok = 0;
  for (uint32_t i = 0; i < x->nsentences; i++) {
    const cc_sentence *st = &x->sentences[i];
    assert_int_equal(st->tok_begin, tok);
    assert_true(st->tok_end > st->tok_begin);
    assert_int_equal(st->start, x->tokens[st->tok_begin].start);
    assert_int_equal(st->end, x->tokens[st->tok_end - 1].end);
    assert_true(st->para < x->nparagraphs);
    const cc_paragraph *pg = &x->paragraphs[st->para];
    assert_true(pg->sent_begin <= i && i < pg->sent_end);
    tok = st->tok_end;
  }
  assert_int_equal(tok, x->ntokens);
  uint32_t sent = 0;
  for (uint32_t i = 0; i < x->nparagraphs; i++) {
    const cc_paragraph *pg = &x->paragraphs[i];
    assert_int_equal(pg->sent_begin, sent);
    assert_true(pg->sent_end > pg->sent_begin);
    assert_int_equal(pg->start, x->sentences[pg->sent_begin].start);
    assert_int_equal(pg->end, x->sentences[pg->sent_end - 1].end);
    sent = pg->sent_end;
  }
  assert_int_equal(sent, x->nsentences);
}

/* cc_segmented.low's promise: a word token whose form is low + start has
 * a form of ASCII letters and digits, as many as its text's bytes, its
 * text lower-cased (the entity finder copies no such form and walks none
 * for dots or apostrophes). */
static void S_check_low(const cc_doc *d, const cc_segmented *s) {
  for (uint32_t i = 0; s->low && i < s->ntokens; i++) {
    const cc_token *t = &s->tokens[i];
    if (t->norm != s->low + t->start)
      continue;
    assert_int_equal(t->kind, CC_TOK_WORD);
    assert_int_equal(t->norm_len, t->end - t->start);
    assert_false(t->flags & CC_TF_NONASCII);
    for (uint32_t k = 0; k < t->norm_len; k++) {
      unsigned char ch = (unsigned char)t->norm[k];
      assert_true((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
      assert_int_equal(ch, tolower((unsigned char)d->text[t->start + k]));
    }
    assert_int_equal(t->norm[t->norm_len], '\0');
  }
}

/* cc_segment and the general paths agree on every field of every token,
 * sentence and paragraph. */
static void S_same(const cc_doc *d, const cc_seg_limits *lim) {
  cc_arena *a = cc_arena_new(), *b = cc_arena_new();
  cc_segmented x, y;
  cc_segment(d, cc_lexicon_abbrevs(S_lx), lim, a, &x);
  cc__segment_general(d, cc_lexicon_abbrevs(S_lx), lim, b, &y);
  const cc_vocab *v = cc_lexicon_vocab(S_lx);
  assert_ptr_equal(x.vocab, v);
  assert_ptr_equal(y.vocab, v);
  assert_int_equal(x.ntokens, y.ntokens);
  for (uint32_t i = 0; i < x.ntokens; i++) {
    const cc_token *s = &x.tokens[i], *t = &y.tokens[i];
    assert_int_equal(s->start, t->start);
    assert_int_equal(s->end, t->end);
    assert_int_equal(s->line, t->line);
    assert_int_equal(s->col, t->col);
    assert_int_equal(s->norm_len, t->norm_len);
    assert_memory_equal(s->norm, t->norm, s->norm_len + 1u);
    assert_int_equal(s->kind, t->kind);
    assert_int_equal(s->flags, t->flags);
    /* the id of every token, by S_run's probes and by the general
     * paths: a fresh lookup of its normal form */
    assert_int_equal(s->id, cc_vocab_find(v, s->norm, s->norm_len));
    assert_int_equal(t->id, s->id);
  }
  S_check_structure(&x);
  S_check_low(d, &x);
  S_check_low(d, &y);
  assert_int_equal(x.nsentences, y.nsentences);
  if (x.nsentences)
    assert_memory_equal(x.sentences, y.sentences,
                        x.nsentences * sizeof *x.sentences);
  assert_int_equal(x.nparagraphs, y.nparagraphs);
  if (x.nparagraphs)
    assert_memory_equal(x.paragraphs, y.paragraphs,
                        x.nparagraphs * sizeof *x.paragraphs);
  cc_arena_free(&a);
  cc_arena_free(&b);
}

/* Every token of an ASCII text: the normal form is the source lower-cased,
 * NUL-terminated; the case flags follow the letters; spans are in order
 * and line/column agree with cc_doc_linecol. */
static void S_check_ascii(const cc_doc *d, const cc_segmented *s) {
  uint32_t prev_end = 0;
  cc_doc sub = *d;
  size_t base = 0;
  uint32_t bl = 1, bc = 1;
  for (uint32_t i = 0; i < s->ntokens; i++) {
    const cc_token *t = &s->tokens[i];
    size_t n = t->end - t->start;
    const char *src = d->text + t->start;
    assert_true(t->start >= prev_end);
    prev_end = t->end;
    if (t->kind == CC_TOK_WORD || t->kind == CC_TOK_NUM) {
      assert_int_equal(t->norm_len, n);
      for (size_t k = 0; k < n; k++)
        assert_int_equal(t->norm[k], tolower((unsigned char)src[k]));
      assert_int_equal(t->norm[n], '\0');
    }
    if (t->kind == CC_TOK_WORD && !memchr(src, '.', n)) {
      size_t up = 0, low = 0;
      for (size_t k = 0; k < n; k++) {
        up += isupper((unsigned char)src[k]) != 0;
        low += islower((unsigned char)src[k]) != 0;
      }
      assert_int_equal((t->flags & CC_TF_CAP) != 0,
                       isupper((unsigned char)src[0]) != 0);
      assert_int_equal((t->flags & CC_TF_ALLCAPS) != 0, up >= 2 && low == 0);
    }
    /* cc_doc_linecol over the text since the previous token (from the
     * start each time, the 1.5 MB case took minutes under ASan) */
    uint32_t l, c;
    sub.text = d->text + base;
    sub.len = d->len - base;
    cc_doc_linecol(&sub, t->start - base, &l, &c);
    uint32_t line = bl + l - 1, col = l == 1 ? bc + c - 1 : c;
    assert_int_equal(t->line, line);
    assert_int_equal(t->col, col);
    base = t->start;
    bl = line;
    bc = col;
  }
}

static void S_run(const char *text, size_t len) {
  cc_err err;
  cc_doc *d = cc_doc_from_memory("fast.txt", text, len, &err);
  assert_non_null(d);
  cc_arena *a = cc_arena_new();
  cc_segmented s;
  cc_segment(d, cc_lexicon_abbrevs(S_lx), NULL, a, &s);
  S_check_ascii(d, &s);
  S_same(d, NULL);
  cc_arena_free(&a);
  cc_doc_free(d);
}

static void test_word_shapes(void **state) {
  (void)state;
  const char *texts[] = {
      "a", "Ab", "abc", "ABC", "G7 covid19 X", "end", "Mr. Smith met NATO.",
      "word\n", "It rose 25% to $7.2bn, on 2nd May (US time).",
      "e.g. a.m. U.S. i.e.", "x y z A B C", "MiXeD CaSe ALL lower",
      /* (ASCII) sentence marks and blank lines S_run's word loop takes, and the
       * words after them it leaves to the general path */
      "It rose. Then fell! Why? No. Mr. Smith. J. Doe. x.\n\nDon't go.",
      "End.\n\nA. B.\n\nU.S. end!\n\nO'Brien. B.B.C. cafe.\n\nx",
      "a b.\n\nabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"
      "mnopqrstuvwxyz. Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzab"
      "cdefghijklmnopqrstuvwxyz yes.\n\n\nNo. Ete.\n\n# Head\n\nx",
      "Inc.\n\nThe end... Then. 7 rose.\n\n7 fell. \"Q\" a.\n\n(b) c",
      "It rose.\nThen fell!\nwhy?\nDon't.\nA. b.\nB.B.C.\nx.\n7.\n- y.\r\nZ",
      ("# Head.\nText. Mr.\nSmith a.\n\n\nb.\n  c? d.\nabcdefghijklmnopqrstuvwxyz"
       "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz.\nEnd.\n"),
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
    S_run(texts[i], strlen(texts[i]));
}

/* Words around the length where the pooled scan gives up (64 bytes) and
 * much longer, mixed case, at the end of the text and inside it. */
static void test_long_words(void **state) {
  (void)state;
  char buf[1024];
  for (size_t n = 55; n < 75; n++) {
    for (int cas = 0; cas < 3; cas++) {
      size_t k = 0;
      for (size_t j = 0; j < n; j++)
        buf[k++] = cas == 0   ? (char)('a' + j % 26)
                   : cas == 1 ? (char)('A' + j % 26)
                              : (j % 2 ? 'b' : '7');
      buf[k] = '\0';
      S_run(buf, k); /* alone: the word ends at the text's end */
      memcpy(buf + k, " and Then x", 11);
      S_run(buf, k + 11);
    }
  }
  memset(buf, 'q', 900);
  S_run(buf, 900);
}

/* A run of lower-case letters of every length up to 33 (the 8- and
 * 16-byte scans stop inside it, at its end or past it), then every printable ASCII
 * byte or a non-ASCII letter, then more text. */
static void test_lower_runs(void **state) {
  (void)state;
  static const char *const after[] = {"\xc3\xa9", "\xe2\x80\x99s", "\n"};
  char buf[64];
  for (size_t n = 0; n <= 33; n++) {
    for (int c = 0x20; c < 0x7f + 3; c++) {
      size_t k = 0;
      buf[k++] = 'x';
      buf[k++] = ' ';
      for (size_t j = 0; j < n; j++)
        buf[k++] = (char)('a' + (j * 7) % 26);
      const char *tail = c < 0x7f ? NULL : after[c - 0x7f];
      if (tail) {
        memcpy(buf + k, tail, strlen(tail));
        k += strlen(tail);
      } else {
        buf[k++] = (char)c;
      }
      memcpy(buf + k, "ab Cd", 5);
      k += 5;
      cc_err err;
      cc_doc *d = cc_doc_from_memory("run.txt", buf, k, &err);
      assert_non_null(d);
      cc_arena *a = cc_arena_new();
      cc_segmented s;
      cc_segment(d, cc_lexicon_abbrevs(S_lx), NULL, a, &s);
      if (!tail)
        S_check_ascii(d, &s);
      S_same(d, NULL);
      /* the run starts token 1 whatever follows it */
      if (n > 0) {
        assert_true(s.ntokens >= 2);
        assert_int_equal(s.tokens[1].start, 2);
        assert_true(s.tokens[1].end >= 2 + n);
      }
      cc_arena_free(&a);
      cc_doc_free(d);
    }
  }
}

/* A text long enough to fill the first pool block and the first token
 * array many times over, with tokens of every kind. */
static void test_many_tokens(void **state) {
  (void)state;
  static const char *const pieces[] = {
      "the ", "Minister ", "said ", "a ", "I ", "7.5 ", "19:30 ", "NATO ",
      ", ", ". ", "\n", "x", "-", "(", ")", "\"", "Qwertyuiop ", "B.B.C. ",
      "e.g. ", "   ", "!", "? ", "$", "%", "abcdefghijklmnopqrstuvwxyz ",
  };
  size_t np = sizeof pieces / sizeof pieces[0];
  cc_buf b = CC_BUF_INIT;
  uint32_t r = 12345;
  while (b.len < 1500000) {
    r = r * 1103515245u + 12345u;
    cc_buf_puts(&b, pieces[(r >> 16) % np]);
  }
  S_run(b.ptr, b.len);
  cc_buf_free(&b);
}

/* Words at the length limits: the longest word of the table has its id;
 * a longer one, whose norm_len stops at 65,535, is no word of the table
 * though its first 65,534 bytes are. */
static void test_longest_word_ids(void **state) {
  (void)state;
  const cc_vocab *v = cc_lexicon_vocab(S_lx);
  size_t sizes[] = {CC_VOCAB_MAX_WORD, CC_VOCAB_MAX_WORD + 1, 70000};
  char *buf = malloc(70000 + 8);
  for (size_t k = 0; k < 3; k++) {
    memset(buf, 'q', sizes[k]);
    memcpy(buf + sizes[k], " Ana", 4);
    cc_err err;
    cc_doc *d = cc_doc_from_memory("long.txt", buf, sizes[k] + 4, &err);
    cc_arena *a = cc_arena_new();
    cc_segmented s;
    cc_segment(d, cc_lexicon_abbrevs(S_lx), NULL, a, &s);
    assert_int_equal(s.ntokens, 2);
    if (k == 0)
      assert_int_equal(s.tokens[0].id,
                       cc_vocab_find(v, buf, CC_VOCAB_MAX_WORD));
    else
      assert_int_equal(s.tokens[0].id, 0);
    assert_true(k > 0 || s.tokens[0].id > 0);
    S_same(d, NULL);
    cc_arena_free(&a);
    cc_doc_free(d);
  }
  free(buf);
}

/* Random ASCII words of 1 to 70 bytes (across the 8- and 16-byte chunks
 * of S_run's scan and past its 63-byte limit), each in one of several case
 * shapes (lower, upper, capitalized, mixed at random, a lower-case part
 * then an upper-case one, digits among them), ended by a byte that stops
 * the scan or hands the word to another path (space, apostrophe,
 * possessive, non-ASCII letter, period, hyphen, line break, the text's
 * end): the same tokens as the general paths. */
static void test_random_words(void **state) {
  (void)state;
  static const char *const ends[] = {
      " ",    "  ",    "'",     "'s ",           "\xc3\xa9 ",
      ".",    ". ",    "-",     "\n",            ", ",
      "7 ",   "'S ",   "'st ",  "'s\xc3\xa9 ",     "' ",
      "'\xc3\xa9", "'sS", "''s ", "'s'", "\xe2\x80\x99s ",
      "'\n's ", " 's ", "'s.", "'t "};
  size_t ne = sizeof ends / sizeof ends[0];
  uint32_t r = 4242;
#define S_RND() (r = r * 1103515245u + 12345u, (r >> 16) & 0x7fff)
  for (int round = 0; round < 400; round++) {
    cc_buf b = CC_BUF_INIT;
    int words = 1 + (int)S_RND() % 40;
    for (int wi = 0; wi < words; wi++) {
      size_t n = 1 + S_RND() % 70;
      unsigned shape = S_RND() % 6;
      size_t cut = S_RND() % (n + 1); /* shape 4: lower before, upper on */
      for (size_t j = 0; j < n; j++) {
        unsigned x = S_RND();
        char lo = (char)('a' + x % 26), up = (char)('A' + x % 26);
        char c = shape == 0   ? lo
                 : shape == 1 ? up
                 : shape == 2 ? (j == 0 ? up : lo)
                 : shape == 3 ? (x & 0x100 ? up : lo)
                 : shape == 4 ? (j < cut ? lo : up)
                              : (x % 5 == 0 ? (char)('0' + x % 10) : up);
        if (j == 0 && c >= '0' && c <= '9')
          c = 'Q'; /* (a word, not a number) */
        cc_buf_put(&b, &c, 1);
      }
      if (wi + 1 < words || S_RND() % 2)
        cc_buf_puts(&b, ends[S_RND() % ne]);
    }
    cc_err err;
    cc_doc *d = cc_doc_from_memory("words.txt", b.ptr, b.len, &err);
    assert_non_null(d);
    S_same(d, NULL);
    cc_doc_free(d);
    cc_buf_free(&b);
  }
#undef S_RND
}

/* The prescan's byte classes (a word-stop bit for every byte that is no
 * ASCII letter or digit, letters lower-cased in the copy, by range tests
 * 16 bytes at a time) against the general paths' class table: every
 * ASCII byte and every byte of 2-, 3- and 4-byte UTF-8 characters between
 * letters, digits and capitals, at every offset of a 64-byte block (a
 * wrong range bound or a lane taken from the wrong place fails it). */
static void test_every_byte(void **state) {
  (void)state;
  char one[5][8];
  size_t none = 0;
  for (unsigned c = 1; c < 0x100; c++) {
    if (c >= 0x80 && c < 0xC2) {
      /* a continuation byte: after a 2-byte lead, then in a 3-byte
       * and a 4-byte character (0xC0 and 0xC1, no UTF-8, make texts
       * the corpus module refuses) */
      one[0][0] = '\xC3', one[0][1] = (char)c, one[0][2] = 0;
      one[1][0] = '\xE2', one[1][1] = (char)(0x80 | (c & 0x1F)),
      one[1][2] = (char)c, one[1][3] = 0;
      one[2][0] = '\xF0', one[2][1] = '\x9F', one[2][2] = (char)c,
      one[2][3] = '\x80', one[2][4] = 0;
      none = 3;
    } else if (c >= 0xC2 && c < 0xE0) {
      one[0][0] = (char)c, one[0][1] = '\x80', one[0][2] = 0;
      none = 1;
    } else if (c >= 0xE0 && c < 0xF0) {
      one[0][0] = (char)c, one[0][1] = c == 0xE0 ? '\xA0' : '\x80';
      one[0][2] = '\x80', one[0][3] = 0;
      none = 1;
    } else if (c >= 0xF0 && c < 0xF5) {
      one[0][0] = (char)c, one[0][1] = c == 0xF0 ? '\x90' : '\x80';
      one[0][2] = '\x80', one[0][3] = '\x80', one[0][4] = 0;
      none = 1;
    } else if (c < 0x80) {
      one[0][0] = (char)c, one[0][1] = 0;
      none = 1;
    } else {
      none = 0; /* (0xF5 and up: no UTF-8) */
    }
    for (size_t j = 0; j < none; j++) {
      cc_buf b = CC_BUF_INIT;
      /* words of 1 to 9 bytes before and after the character, the
       * character at every offset mod 64 as the text grows */
      for (unsigned k = 0; k < 80; k++) {
        static const char *const w[] = {"a", "Zq", "abc", "Q7z", "x9",
                                        "WORD", "mIxEd", "z", "Az09Za",
                                        "abcdefghi"};
        cc_buf_puts(&b, w[k % 10]);
        cc_buf_puts(&b, one[j]);
        cc_buf_puts(&b, w[(k * 7 + 3) % 10]);
        cc_buf_puts(&b, k % 3 ? " " : "  ");
      }
      cc_err err;
      cc_doc *d = cc_doc_from_memory("bytes.txt", b.ptr, b.len, &err);
      if (d) { /* (a control byte the corpus module refuses) */
        S_same(d, NULL);
        cc_doc_free(d);
      }
      cc_buf_free(&b);
    }
  }
}

static void S_drop_warning(const char *msg, void *ud) {
  (void)msg;
  (void)ud;
}

/* Texts of every kind of token and break the quiet-token loop takes or
 * leaves (line breaks soft and hard, sentence marks after abbreviations
 * and initials, closers, headings and list items, CRLF, tabs, non-ASCII,
 * possessives), at random, with and without a small sentence limit (cut
 * sentences): the same tokens, sentences and paragraphs as the general
 * paths. */
static void test_same_as_general(void **state) {
  (void)state;
  static const char *const pieces[] = {
      "the ", "Minister ", "said", " ", "  ", "\t", "\n", "\n\n", "\r\n",
      ". ", ".", "...", "! ", "? ", ", ", "; ", ": ", "\"", ")", "(", "]",
      "[", "'", "'s ", "Mr", "Mr. ", "Dr.", "St ", "J. ", "U.S. ", "e.g. ",
      "NATO ", "AB ", "A ", "x", "I ", "7.5 ", "19:30 ", "25% ", "$", "#",
      "# Heading\n", "- item\n", "> quote\n", "* ", "caf\xc3\xa9 ",
      "\xe2\x80\x99s ", "\xe2\x80\x9c", "\xe2\x80\x94", "\xc2\xa0",
      "Sept ", "approx ", "Thurs. ", "vs ", "co-op ", "don't ",
      "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl ",
      "Qwertyuiopasdfgh ", "MIXEDcase ", "\x01", "\x7f", "&", "@", "|",
      "a long line of words that wraps around somewhere near here and ",
      "11:30am ", "2nd", "1940s ", "20years ", "7.2bn", "3.", "1,500 ",
      "1/2", "5x\xc3\xa9 ", "7M ", "4.5.6 ", "9%",
      "dogs' ", "O'Brien ", "'S ", "Jones's ", "'", "'s", "rock'n'roll ",
      "www.", "www", "w", "://", "https",
      "U.S.'s ", "U.S.'s\xc3\xa9 ", "U.S.'sa ", "U.S.'\xc3\xa9",
      /* words with ids (lexicon words, and those S_setup_words adds) of
       * every length class, in any case */
      "President ", "president-elect ", "January ", "Port-au-Prince ",
      "Counterintelligence ", "COUNTERINTELLIGENCE ", "qwertyuiop ",
      "Hawaii ", "minister", "of ", "Freedonian ", "Caf\xc3\xa9 ",
      "1234567890123456789012345678901234567890123456789012345678901234 ",
      /* currency codes glued to digits (split) and other words with
       * digits (kept whole), at a sentence's start too */
      "EUR1.2bn ", "Rs500", "QQ42m ", "Qq42 ", "A380 ", "G20", "MP3 ",
      "EURO5 ", "Eur5.", "USB3 ", "Rs5'", "Rs5\xc3\xa9 ", "AB1 ",
  };
  size_t np = sizeof pieces / sizeof pieces[0];
  uint32_t r = 777;
  cc_warn_set_sink(S_drop_warning, NULL); /* (the cut sentences) */
  for (int round = 0; round < 300; round++) {
    cc_buf b = CC_BUF_INIT;
    size_t want = (size_t)(round % 7 == 0 ? 20000 : 40 + round * 3);
    while (b.len < want) {
      r = r * 1103515245u + 12345u;
      cc_buf_puts(&b, pieces[(r >> 16) % np]);
    }
    cc_err err;
    cc_doc *d = cc_doc_from_memory("same.txt", b.ptr, b.len, &err);
    assert_non_null(d);
    cc_seg_limits lim = {.max_sentence_tokens = 1 + (uint32_t)round % 9};
    S_same(d, NULL);
    S_same(d, &lim);
    cc_doc_free(d);
    cc_buf_free(&b);
  }
  cc_warn_set_sink(NULL, NULL);
}

/* The segmenter's word loop (S_run in segment.c) where its shape was
 * changed for fewer data-dependent branches: a word's length read by one
 * 8-byte load of the stop bits at the bit map's byte of the word (every
 * start offset modulo 8 and 64, every length around 8, 32, 57 and 64),
 * with the tests after it (the byte after the word: a space, a comma, a
 * period after one letter and after more, "U.S.", an apostrophe,
 * non-ASCII, the text's end; all capitals: one and two letters, a
 * capital before a digit), and the word table's first slot tested by one
 * branch (cc__vocab8_find: known words, unknown words, words whose first
 * slot another word holds).  Each text is segmented by the fast path and
 * by the general one (S_same). */
static void S_same_text(const char *text, size_t len) {
  cc_err err;
  cc_doc *d = cc_doc_from_memory("run.txt", text, len, &err);
  assert_non_null(d);
  S_same(d, NULL);
  cc_doc_free(d);
}

/* Bytes that may follow a word, one of each kind S_run tells apart. */
static const char *const S_after[] = {" x",  ", x",          ". X", ".S. X",
                                      "'s x", "'t", "\xc3\xa9 x", "-x",
                                      ""};

/* Words of lengths around the stop bits' edges, from every offset of
 * two 64-byte blocks (a run of one-letter words and spaces before it
 * places it), each case shape, each byte after. */
static void test_word_lengths(void **state) {
  (void)state;
  static const size_t lens[] = {1,  2,  3,  7,  8,  9,  15, 16, 17,
                                31, 32, 33, 56, 57, 58, 62, 63, 64};
  char buf[256];
  for (size_t off = 0; off < 130; off++) {
    for (size_t li = 0; li < sizeof lens / sizeof lens[0]; li++) {
      for (int cas = 0; cas < 4; cas++) {
        for (size_t ai = 0; ai < sizeof S_after / sizeof S_after[0]; ai++) {
          size_t k = 0;
          while (k + 2 <= off) { /* "a a a ..." up to off */
            buf[k++] = 'a';
            buf[k++] = ' ';
          }
          if (k < off)
            buf[k++] = ' ';
          size_t n = lens[li];
          for (size_t j = 0; j < n; j++) {
            char c = (char)('a' + (j * 7 + off) % 26);
            if (cas == 1 && j == 0) /* Capital */
              c = (char)(c - 32);
            if (cas == 2) /* ALL CAPS */
              c = (char)(c - 32);
            if (cas == 3) /* a capital, then digits */
              c = j == 0 ? 'A' : (char)('0' + j % 10);
            buf[k++] = c;
          }
          size_t al = strlen(S_after[ai]);
          memcpy(buf + k, S_after[ai], al);
          k += al;
          S_same_text(buf, k);
        }
      }
    }
  }
}

/* One- and two-letter words of every case before every ASCII byte, and
 * after a sentence's end: the all-capitals test's edges. */
static void test_short_caps(void **state) {
  (void)state;
  static const char *const words[] = {"I", "A", "a", "AB", "Ab", "aB", "ab",
                                      "A1", "AB1", "U", "US", "Us"};
  char buf[64];
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    for (int c = 1; c < 128; c++) {
      int n = snprintf(buf, sizeof buf, "It was. %s%c %s then", words[i], c,
                       words[i]);
      S_same_text(buf, (size_t)n);
    }
  }
}

/* Known and unknown words of 1 to 8 bytes, many of them, so that first
 * slots are shared (cc__vocab8_find probes on): each id as cc_vocab_add
 * gave it, every absent word 0, inside texts too. */
static void test_vocab_slots(void **state) {
  (void)state;
  cc_vocab *v = cc_vocab_new();
  char w[16];
  uint32_t ids[3000];
  for (uint32_t i = 0; i < 3000; i++) {
    int n = snprintf(w, sizeof w, "k%x", i * 2654435761u % 100000u);
    ids[i] = cc_vocab_add(v, w, (size_t)n);
    assert_true(ids[i] != 0);
  }
  for (uint32_t i = 0; i < 3000; i++) {
    int n = snprintf(w, sizeof w, "k%x", i * 2654435761u % 100000u);
    assert_int_equal(cc_vocab_find(v, w, (size_t)n), ids[i]);
    n = snprintf(w, sizeof w, "z%x", i);
    assert_int_equal(cc_vocab_find(v, w, (size_t)n), 0);
  }
  cc_vocab_free(&v);
  /* the lexicon's table through the segmenter: lexicon words and
   * others, one to eight bytes */
  static const char text[] =
      "The minister said on Monday that the inflation rate rose to a "
      "record, qzx qzxq qzxqzx qzxqzxqz said the Prime Minister of the UK. "
      "Police arrested a man in London after the attack, officials said.";
  S_same_text(text, sizeof text - 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_word_shapes),
      cmocka_unit_test(test_long_words),
      cmocka_unit_test(test_lower_runs),
      cmocka_unit_test(test_many_tokens),
      cmocka_unit_test(test_same_as_general),
      cmocka_unit_test(test_longest_word_ids),
      cmocka_unit_test(test_random_words),
      cmocka_unit_test(test_every_byte),
      cmocka_unit_test(test_word_lengths),
      cmocka_unit_test(test_short_caps),
      cmocka_unit_test(test_vocab_slots),
  };
  /* (where the processor has AVX2 the prescan takes it: the SSE2 path,
   * too, must agree with the general paths) */
  int rc = cmocka_run_group_tests(tests, S_setup_words, S_teardown);
  cc__segment_no_avx2 = true;
  return rc | cmocka_run_group_tests(tests, S_setup_words, S_teardown);
}
