/* Unit tests: the segmenter's word loop (S_run in segment.c) where its
 * shape was changed for fewer data-dependent branches: a word's length
 * read by one 8-byte load of the stop bits at the bit map's byte of the
 * word (every start offset modulo 8 and 64, every length around 8, 32,
 * 57 and 64), with the tests after it (the byte after the word: a
 * space, a comma, a period after one letter and after more, "U.S.", an
 * apostrophe, non-ASCII, the text's end; all capitals: one and two
 * letters, a capital before a digit), and the word table's first slot
 * tested by one branch (cc__vocab8_find: known words, unknown words,
 * words whose first slot another word holds).  Each text is segmented
 * by the fast path and by the general one (cc__segment_general), which
 * must give the same tokens, sentences and paragraphs. */
#include "cc_test.h"

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_vocab.h"

CC_TEST_LEXICON_FIXTURE

/* segment.c: the segmenter without its quiet-token loop (S_run). */
void cc__segment_general(const cc_doc *doc, const cc_abbrevs *abbrevs,
                         const cc_seg_limits *limits, cc_arena *arena,
                         cc_segmented *out);

/* text[0..len) segmented both ways: the same tokens (every field, the
 * id also a fresh lookup of the form), sentences and paragraphs. */
static void S_same(const char *text, size_t len) {
  cc_err err;
  cc_doc *d = cc_doc_from_memory("run.txt", text, len, &err);
  assert_non_null(d);
  cc_arena *a = cc_arena_new(), *b = cc_arena_new();
  cc_segmented x, y;
  cc_segment(d, cc_lexicon_abbrevs(S_lx), NULL, a, &x);
  cc__segment_general(d, cc_lexicon_abbrevs(S_lx), NULL, b, &y);
  const cc_vocab *v = cc_lexicon_vocab(S_lx);
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
    assert_int_equal(s->id, cc_vocab_find(v, s->norm, s->norm_len));
    assert_int_equal(t->id, s->id);
  }
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
          S_same(buf, k);
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
      S_same(buf, (size_t)n);
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
  S_same(text, sizeof text - 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_word_lengths),
      cmocka_unit_test(test_short_caps),
      cmocka_unit_test(test_vocab_slots),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
