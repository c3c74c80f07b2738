/* test_recog_unit.c - the units table (recog_unit.c): its errors, the
 * measures, the rounding a stated quantity allows, and the quantities a
 * sentence's numbers become (the phrases themselves are in
 * tests/recog/quantities.tsv). */
#include "cc_test.h"

#include <math.h>
#include <unistd.h>

#include "cc_lexicon.h"
#include "cc_recog.h"
#include "recog_int.h"

static char S_dir[64];

/* A lexicon folder holding units.csv with the given body and, when cues
 * is not NULL, unit_cues.csv with that body. */
static int S_lexicon2(const char *body, const char *cues, cc_lexicon **lx,
                      cc_err *err) {
  snprintf(S_dir, sizeof S_dir, "/tmp/cc_units_XXXXXX");
  if (!mkdtemp(S_dir))
    return -1;
  char path[128], cpath[128];
  snprintf(path, sizeof path, "%s/units.csv", S_dir);
  snprintf(cpath, sizeof cpath, "%s/unit_cues.csv", S_dir);
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  fputs("unit,symbol,measure,factor,offset,attach,tolerance,article\n", f);
  fputs(body, f);
  fclose(f);
  if (cues && (f = fopen(cpath, "w")) != NULL) {
    fputs(cues, f);
    fclose(f);
  }
  int rc = cc_lexicon_load(S_dir, lx, err);
  unlink(path);
  unlink(cpath);
  rmdir(S_dir);
  return rc;
}

static int S_units_lexicon(const char *body, cc_lexicon **lx, cc_err *err) {
  return S_lexicon2(body, NULL, lx, err);
}

/* unit_cues.csv's errors name the file and line. */
static void S_bad_cues(const char *cues, const char *want) {
  cc_lexicon *lx = NULL;
  cc_err err = {{0}};
  assert_int_equal(
      S_lexicon2("lb,lb,mass,0.45359237,,yes,\n", cues, &lx, &err), 0);
  cc_unit_model *um = NULL;
  assert_int_equal(cc__unit_model_new(lx, &um, &err), -1);
  assert_null(um);
  assert_non_null(strstr(err.msg, want));
  cc_lexicon_free(&lx);
}

static void test_bad_cues(void **state) {
  (void)state;
  S_bad_cues("word,unit\nweighs,stone\n",
             "unit_cues.csv:2: unit is not a one-word unit");
  S_bad_cues("word,kind\nweighs,lb\n", "unit_cues.csv:1: missing column");
  S_bad_cues("word,unit\nweighs in,lb\n", "unit_cues.csv:2: the word must");
  cc_lexicon *lx = NULL;
  cc_err err = {{0}};
  assert_int_equal(S_lexicon2("lb,lb,mass,0.45359237,,yes,\n",
                              "word,unit\nweighs,lb\nweighs,lb\n", &lx,
                              &err),
                   0);
  cc_unit_model *um = NULL;
  assert_int_equal(cc__unit_model_new(lx, &um, &err), 0); /* a repeat holds */
  cc__unit_model_free(&um);
  cc_lexicon_free(&lx);
}

static void S_bad(const char *row, const char *want) {
  cc_lexicon *lx = NULL;
  cc_err err = {{0}};
  assert_int_equal(S_units_lexicon(row, &lx, &err), 0);
  cc_unit_model *um = NULL;
  assert_int_equal(cc__unit_model_new(lx, &um, &err), -1);
  assert_null(um);
  assert_non_null(strstr(err.msg, "units.csv:2: "));
  assert_non_null(strstr(err.msg, want));
  cc_lexicon_free(&lx);
}

static void test_bad_rows(void **state) {
  (void)state;
  S_bad("km,km,distance,1000,,yes,\n", "unknown measure");
  S_bad("km,km,length,-1,,yes,\n", "factor must be a positive number");
  S_bad("km,km,length,1000,x,yes,\n", "offset must be a number");
  S_bad("km,km,length,1000,,sometimes,\n", "attach must be");
  S_bad("km,km,length,1000,,yes,1.5\n", "tolerance must be");
  S_bad("km,,length,1000,,yes,\n", "symbol missing");
  S_bad("a b c d e,km,length,1000,,yes,\n", "unit too long");
  S_bad("m,m,length,1,,context,\n", "a context unit needs a word");
  S_bad("mb,Mbit,data,125000,,case,\n", "a case unit is one word");
  S_bad("mb s,MB,data,1000000,,case,\n", "a case unit is one word");
  S_bad("mile,mi,length,1609.344,,no,,often\n",
        "article must be yes, no or empty");
}

static void test_good_table(void **state) {
  (void)state;
  cc_lexicon *lx = NULL;
  cc_err err = {{0}};
  assert_int_equal(S_units_lexicon("km,km,length,1000,,yes,\n"
                                   "tons,tons,mass,907.18474,,no,0.12\n",
                                   &lx, &err),
                   0);
  cc_unit_model *um = NULL;
  assert_int_equal(cc__unit_model_new(lx, &um, &err), 0);
  double f, o, t;
  assert_true(cc__unit_stated(um, "tons", &f, &o, &t));
  assert_true(f > 907 && f < 908 && o == 0 && t == 0.12);
  assert_false(cc__unit_stated(um, "mph", &f, &o, &t));
  cc__unit_model_free(&um);
  assert_null(um);
  cc__unit_model_free(&um); /* NULL-safe */
  cc_lexicon_free(&lx);
}

static void test_measures(void **state) {
  (void)state;
  assert_string_equal(cc_quantity_measure("kmh"), "speed");
  assert_string_equal(cc_quantity_measure("C"), "temperature");
  assert_null(cc_quantity_measure("USD"));
  assert_null(cc_quantity_measure(NULL));
  assert_string_equal(cc_quantity_unit_display("kmh"), "km/h");
  assert_string_equal(cc_quantity_unit_display("USD"), "");
  assert_string_equal(cc_quantity_canon("area"), "km2");
  assert_string_equal(cc_quantity_canon("weight"), "kg");
  assert_null(cc_quantity_canon("colour"));
}

static void test_allowance(void **state) {
  (void)state;
  double num, a;
  /* as stated: "150" to the ten, "38" to the unit, "2.5" to the tenth */
  assert_true(cc_quantity_allowance("150 mph", false, &num, &a));
  assert_true(num == 150 && a == 5);
  assert_true(cc_quantity_allowance("38 mph", false, &num, &a));
  assert_true(a == 0.5);
  assert_true(cc_quantity_allowance("2.5 km", false, &num, &a));
  assert_true(fabs(a - 0.05) < 1e-12);
  assert_true(cc_quantity_allowance("2000 km", false, &num, &a));
  assert_true(a == 5); /* trailing zeros count from the tens up */
  /* converted: trailing zeros not significant, at most a quarter, at
   * least 1.5% */
  assert_true(cc_quantity_allowance("2000 km", true, &num, &a));
  assert_true(a == 500);
  assert_true(cc_quantity_allowance("10 m", true, &num, &a));
  assert_true(a == 2.5);
  assert_true(cc_quantity_allowance("0.83 mph", true, &num, &a));
  assert_true(fabs(a - 0.015 * 0.83) < 1e-12);
  /* no single number */
  assert_false(cc_quantity_allowance("6 ft 2 in", false, &num, &a));
  assert_false(cc_quantity_allowance("mph", false, &num, &a));
  assert_false(cc_quantity_allowance("150", false, &num, &a));
}

/* The mentions of text (a document dated 2025-08-15), in arena a. */
static uint32_t S_mentions(const cc_lexicon *lx, const cc_recog *rec,
                           const char *text, cc_arena *a, cc_doc **doc,
                           cc_mention **ms) {
  cc_err err = {{0}};
  *doc = cc_doc_from_memory("t.txt", text, strlen(text), &err);
  assert_non_null(*doc);
  cc_segmented seg;
  cc_segment(*doc, cc_lexicon_abbrevs(lx), NULL, a, &seg);
  cc_recog_ctx ctx = {.has_date = true, .doc_date = 20315};
  uint32_t n;
  cc_recognize(rec, &seg, &ctx, a, ms, &n);
  return n;
}

/* A sentence's mentions after the units: "miles an hour" swallows the
 * duration "an hour", "6ft 2in" is one quantity, and the pair's
 * indexes stay right. */
static void test_sentence(void **state) {
  (void)state;
  cc_lexicon *lx = NULL;
  cc_recog *rec = NULL;
  cc_err err = {{0}};
  assert_int_equal(cc_lexicon_load(CC_TEST_LEXICON, &lx, &err), 0);
  assert_int_equal(cc_recog_new(lx, &rec, &err), 0);
  cc_arena *a = cc_arena_new();
  cc_doc *doc;
  cc_mention *ms;
  uint32_t n = S_mentions(lx, rec,
                          "It ran at 40 miles an hour, he is 6ft 2in, and it "
                          "began at 11:30am Alaska time (19:30 GMT).",
                          a, &doc, &ms);
  assert_int_equal(n, 4);
  assert_int_equal(ms[0].type, CC_M_QUANTITY);
  assert_string_equal(ms[0].value, "40 mph");
  assert_string_equal(ms[0].unit, "kmh");
  assert_int_equal(ms[1].type, CC_M_QUANTITY);
  assert_string_equal(ms[1].value, "6 ft 2 in");
  assert_true(fabs(ms[1].lo - 1.8796) < 1e-9);
  assert_int_equal(ms[2].pair, 3); /* the local time's UTC half */
  assert_int_equal(ms[3].pair, 2);
  double f, o, t;
  assert_true(cc_recog_unit(rec, "mph", &f, &o, &t));
  assert_false(cc_recog_unit(rec, "furlongs", &f, &o, &t));
  assert_false(cc_recog_unit(NULL, "mph", &f, &o, &t));
  cc_arena_free(&a);
  cc_doc_free(doc);
  cc_recog_free(&rec);
  cc_lexicon_free(&lx);
}

/* A bare number after a quantity in feet is inches only when it follows
 * the feet at once ("6 foot 2", "6 feet, 2"), not across other words
 * ("six feet high, and 3 people": the 3 stays a number).  The count of
 * mentions, and the second's type and value. */
static void S_inches(const cc_lexicon *lx, const cc_recog *rec,
                     const char *text, uint32_t want_n, cc_mtype t2,
                     const char *v2) {
  cc_arena *a = cc_arena_new();
  cc_doc *doc;
  cc_mention *ms;
  uint32_t n = S_mentions(lx, rec, text, a, &doc, &ms);
  assert_int_equal(n, want_n);
  if (want_n > 1) {
    assert_int_equal(ms[1].type, t2);
    assert_string_equal(ms[1].value, v2);
  }
  cc_arena_free(&a);
  cc_doc_free(doc);
}

static void test_inches_adjacent(void **state) {
  (void)state;
  cc_lexicon *lx = NULL;
  cc_recog *rec = NULL;
  cc_err err = {{0}};
  assert_int_equal(cc_lexicon_load(CC_TEST_LEXICON, &lx, &err), 0);
  assert_int_equal(cc_recog_new(lx, &rec, &err), 0);
  S_inches(lx, rec, "The wall was six feet high, and 3 people were hurt.", 2,
           CC_M_NUMBER, "3");
  S_inches(lx, rec, "The pond is two feet deep; and 3 boats sank.", 2,
           CC_M_NUMBER, "3");
  S_inches(lx, rec, "He is 6 foot 2 and quick.", 1, CC_M_NUMBER, "");
  S_inches(lx, rec, "He stands 6 feet, 2 tall.", 1, CC_M_NUMBER, "");
  cc_recog_free(&rec);
  cc_lexicon_free(&lx);
}

/* "a" + unit at a sentence's start is one of the unit, whatever ends the
 * sentence before it ("five" with no stop, then a new paragraph): the
 * word before is another sentence's, not the amount of a rate ("$3 a
 * gallon").  A line break inside a sentence still reads the rate. */
static void test_article_after_break(void **state) {
  (void)state;
  cc_lexicon *lx = NULL;
  cc_recog *rec = NULL;
  cc_err err = {{0}};
  assert_int_equal(cc_lexicon_load(CC_TEST_LEXICON, &lx, &err), 0);
  assert_int_equal(cc_recog_new(lx, &rec, &err), 0);
  S_inches(lx, rec, "Prices rose by five\n\nA kilogram of rice costs more.",
           2, CC_M_QUANTITY, "1 kg");
  S_inches(lx, rec, "Sales hit 40\n\na mile of road was shut.", 2,
           CC_M_QUANTITY, "1 mi");
  S_inches(lx, rec, "Fuel cost $3\na gallon in the town.", 1, CC_M_NUMBER, "");
  cc_recog_free(&rec);
  cc_lexicon_free(&lx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_bad_rows),  cmocka_unit_test(test_good_table),
      cmocka_unit_test(test_measures),  cmocka_unit_test(test_allowance),
      cmocka_unit_test(test_sentence),  cmocka_unit_test(test_bad_cues),
      cmocka_unit_test(test_inches_adjacent),
      cmocka_unit_test(test_article_after_break),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
