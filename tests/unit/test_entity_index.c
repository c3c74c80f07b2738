/* test_entity_index.c - the entity finder's per-document indexes (pass
 * 2's surnames, single words by text and their keys: open addressing in
 * the document's arena, sized for all the pending words): many distinct
 * keys of one length, each found again by every later use, none mixed
 * up with another. */
#include "cc_test.h"

#include "cc_corpus.h"
#include "cc_entity.h"
#include "cc_lexicon.h"
#include "cc_segment.h"

static cc_lexicon *S_lx;
static cc_entity_model *S_m;

static int S_setup(void **state) {
  (void)state;
  cc_err err = {{0}};
  if (cc_lexicon_load(CC_TEST_LEXICON, &S_lx, &err) != 0 ||
      cc_entity_model_new(S_lx, &S_m, &err) != 0) {
    print_error("%s\n", err.msg);
    return -1;
  }
  return 0;
}

static int S_teardown(void **state) {
  (void)state;
  cc_entity_model_free(&S_m);
  cc_lexicon_free(&S_lx);
  return 0;
}

/* The i-th of many made-up surnames of five letters ("Zqbbc"), none
 * ending as a transliteration rule does (y, i, j, f), so each is its own
 * key. */
static void S_name(int i, char out[6]) {
  static const char L[] = "bcdgklmnprstvz";
  const int n = (int)sizeof L - 1;
  out[0] = 'Z';
  out[1] = 'q';
  out[2] = L[i / (n * n) % n];
  out[3] = L[i / n % n];
  out[4] = L[i % n];
  out[5] = '\0';
}

/* Entities of kind with key. */
static int S_count(const cc_entity *e, uint32_t n, const char *key,
                   int kind) {
  int k = 0;
  for (uint32_t i = 0; i < n; i++)
    k += strcmp(e[i].key, key) == 0 && e[i].kind == kind;
  return k;
}

/* n people named with a title, then each surname alone twice (the second
 * time inside a sentence): every surname is a key of its own and every
 * single word links to its person's. */
static void S_many(int n) {
  cc_buf b = CC_BUF_INIT;
  char nm[6];
  for (int i = 0; i < n; i++) {
    S_name(i, nm);
    cc_buf_puts(&b, "President Ana ");
    cc_buf_puts(&b, nm);
    cc_buf_puts(&b, " spoke. ");
  }
  for (int i = n - 1; i >= 0; i--) {
    S_name(i, nm);
    cc_buf_puts(&b, nm);
    cc_buf_puts(&b, " said so. Later ");
    cc_buf_puts(&b, nm);
    cc_buf_puts(&b, " left.\n");
  }
  cc_err err = {{0}};
  cc_doc *doc = cc_doc_from_memory("t.txt", b.ptr, b.len, &err);
  assert_non_null(doc);
  cc_arena *arena = cc_arena_new();
  cc_segmented seg;
  cc_segment(doc, cc_lexicon_abbrevs(S_lx), NULL, arena, &seg);
  cc_entity *e;
  uint32_t ne;
  cc_entities_find(S_m, &seg, arena, &e, &ne);
  assert_int_equal(ne, 3 * (uint32_t)n);
  for (int i = 0; i < n; i++) {
    char key[6];
    S_name(i, nm);
    for (int k = 0; k < 6; k++)
      key[k] = (char)(nm[k] | (nm[k] ? 0x20 : 0));
    assert_int_equal(S_count(e, ne, key, CC_E_PERSON), 3);
  }
  /* each the one person its full name was written for */
  for (uint32_t i = 0; i < ne; i++) {
    assert_int_equal(e[i].kind, CC_E_PERSON);
    assert_memory_equal(e[i].full, "ana ", 4);
    assert_string_equal(e[i].full + 4, e[i].key);
    if (e[i].tok_end - e[i].tok_begin == 1) /* a surname alone */
      assert_true(e[i].flags & CC_EF_SURNAME_ONLY);
  }
  cc_arena_free(&arena);
  cc_doc_free(doc);
  cc_buf_free(&b);
}

/* Surnames of len bytes ("Zqbbbb"), the first as it is and each other
 * with one byte after "Zq" made 'k' ("Zqbkbb"): keys of one length that
 * differ in one byte only, at each place (the indexes compare keys of up
 * to 16 bytes by a few loads of fixed size: every byte must count).  Each
 * surname alone must find its own person, never another's. */
static void S_one_byte_apart(size_t len) {
  cc_buf b = CC_BUF_INIT;
  char nm[32];
  size_t n = len - 1; /* (the names: the first, and one per byte after Zq) */
  for (int pass = 0; pass < 3; pass++)
    for (size_t i = 0; i < n; i++) {
      memset(nm, 'b', len);
      memcpy(nm, "Zq", 2);
      if (i)
        nm[i + 1] = 'k';
      nm[len] = '\0';
      cc_buf_puts(&b, pass == 0 ? "President Ana " : pass == 1 ? "" : "Later ");
      cc_buf_puts(&b, nm);
      cc_buf_puts(&b, pass == 0 ? " spoke. " : pass == 1 ? " said so. "
                                                        : " left.\n");
    }
  cc_err err = {{0}};
  cc_doc *doc = cc_doc_from_memory("t.txt", b.ptr, b.len, &err);
  assert_non_null(doc);
  cc_arena *arena = cc_arena_new();
  cc_segmented seg;
  cc_segment(doc, cc_lexicon_abbrevs(S_lx), NULL, arena, &seg);
  cc_entity *e;
  uint32_t ne;
  cc_entities_find(S_m, &seg, arena, &e, &ne);
  assert_int_equal(ne, 3 * (uint32_t)n);
  for (size_t i = 0; i < n; i++) {
    memset(nm, 'b', len);
    memcpy(nm, "zq", 2);
    if (i)
      nm[i + 1] = 'k';
    nm[len] = '\0';
    assert_int_equal(S_count(e, ne, nm, CC_E_PERSON), 3);
  }
  for (uint32_t i = 0; i < ne; i++)
    assert_false(e[i].flags & CC_EF_FUZZY);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  cc_buf_free(&b);
}

static void test_surnames_one_byte_apart(void **state) {
  (void)state;
  for (size_t len = 3; len <= 24; len++)
    S_one_byte_apart(len);
}

static void test_one_surname(void **state) {
  (void)state;
  S_many(1);
}

static void test_many_surnames_of_one_length(void **state) {
  (void)state;
  S_many(7);
  S_many(100);
  S_many(2000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_one_surname),
      cmocka_unit_test(test_many_surnames_of_one_length),
      cmocka_unit_test(test_surnames_one_byte_apart),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
