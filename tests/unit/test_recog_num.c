/* Unit tests: the number recognizers of recog_num.c (numbers, ordinals,
 * fractions, vague amounts, qualifiers, ranges, percentages, money).
 *
 * Besides API edge cases this runs tests/recog/numbers.tsv through
 * cc__num_mention directly, scanning like the driver does (left to right,
 * a mention at each trigger, skipping what it consumed), so the table is
 * checked even without the temporal recognizers.  Row format:
 *   phrase TAB ref_date TAB type TAB value TAB lo TAB hi TAB qualifier TAB unit
 * "-" is empty: an open end for lo/hi, no qualifier, no unit; type "-"
 * means no mention at all.  The first mention in the phrase is checked. */
#include "cc_test.h"

#include <math.h>
#include <unistd.h>

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_segment.h"
#include "recog_int.h"

static cc_lexicon *S_lx;
static cc_num_model *S_m;

static int S_setup(void **state) {
  (void)state;
  cc_err err;
  if (cc_lexicon_load(CC_TEST_LEXICON, &S_lx, &err) != 0) {
    fprintf(stderr, "%s\n", err.msg);
    return -1;
  }
  if (cc__num_model_new(S_lx, &S_m, &err) != 0) {
    fprintf(stderr, "%s\n", err.msg);
    return -1;
  }
  return 0;
}

static int S_teardown(void **state) {
  (void)state;
  cc__num_model_free(&S_m);
  cc_lexicon_free(&S_lx);
  return 0;
}

typedef struct S_fix {
  cc_doc *doc;
  cc_arena *arena;
  cc_segmented seg;
  cc_mention ms[64];
  uint32_t n;
} S_fix;

/* Segment text and collect number mentions the way the driver does. */
static void S_scan(S_fix *f, const char *text) {
  cc_err err;
  f->doc = cc_doc_from_memory("t.txt", text, strlen(text), &err);
  assert_non_null(f->doc);
  f->arena = cc_arena_new();
  cc_segment(f->doc, cc_lexicon_abbrevs(S_lx), NULL, f->arena, &f->seg);
  f->n = 0;
  for (uint32_t s = 0; s < f->seg.nsentences; s++) {
    uint32_t end = f->seg.sentences[s].tok_end;
    uint32_t i = f->seg.sentences[s].tok_begin;
    while (i < end && f->n < 64) {
      cc_mention *m = &f->ms[f->n];
      if (cc__num_trigger(S_m, &f->seg, i) &&
          cc__num_mention(S_m, &f->seg, i, end, m)) {
        assert_true(m->tok_end > i && m->tok_end <= end);
        f->n++;
        i = m->tok_end;
      } else {
        i++;
      }
    }
  }
}

static void S_done(S_fix *f) {
  cc_arena_free(&f->arena);
  cc_doc_free(f->doc);
}

/* The source text of mention k. */
static const char *S_text(const S_fix *f, uint32_t k, char *buf, size_t n) {
  const cc_mention *m = &f->ms[k];
  snprintf(buf, n, "%.*s", (int)(m->end - m->start), f->doc->text + m->start);
  return buf;
}

/* Token index of the first token whose text is s. */
static uint32_t S_at(const S_fix *f, const char *s) {
  for (uint32_t i = 0; i < f->seg.ntokens; i++) {
    const cc_token *t = &f->seg.tokens[i];
    if (t->end - t->start == strlen(s) &&
        memcmp(f->doc->text + t->start, s, strlen(s)) == 0)
      return i;
  }
  fail_msg("token '%s' not found", s);
  return 0;
}

static bool S_close(double a, double b) {
  if (isinf(a) || isinf(b))
    return a == b;
  return fabs(a - b) <= 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));
}

/* ---- the table ----------------------------------------------------------- */

static const char *const S_types[] = {"number", "ordinal", "percent", "money"};
static const char *const S_quals[] = {
    "-", "approx", "at_least", "more_than", "at_most", "less_than", "nearly"};

/* Check one row; on a mismatch write a message into why. */
static bool S_row(char **col, char *why, size_t nwhy) {
  S_fix f;
  S_scan(&f, col[0]);
  bool ok = true;
  char text[256];
  if (strcmp(col[2], "-") == 0) {
    if (f.n) {
      snprintf(why, nwhy, "expected no mention, got '%s'",
               S_text(&f, 0, text, sizeof text));
      ok = false;
    }
    S_done(&f);
    return ok;
  }
  if (!f.n) {
    snprintf(why, nwhy, "no mention");
    S_done(&f);
    return false;
  }
  const cc_mention *m = &f.ms[0];
  S_text(&f, 0, text, sizeof text);
  const char *type = m->type < 4 ? S_types[m->type] : "?";
  const char *qual = m->qual < 7 ? S_quals[m->qual] : "?";
  const char *unit = m->unit[0] ? m->unit : "-";
  double lo = strcmp(col[4], "-") == 0 ? -INFINITY : strtod(col[4], NULL);
  double hi = strcmp(col[5], "-") == 0 ? INFINITY : strtod(col[5], NULL);
  bool value_ok = strcmp(col[3], "-") == 0 ||
                  S_close(strtod(col[3], NULL), strtod(m->value, NULL));
  if (strcmp(type, col[2]) != 0 || !value_ok || !S_close(lo, m->lo) ||
      !S_close(hi, m->hi) || strcmp(qual, col[6]) != 0 ||
      strcmp(unit, col[7]) != 0) {
    snprintf(why, nwhy, "got '%s' %s %s [%.17g, %.17g] %s %s", text, type,
             m->value, m->lo, m->hi, qual, unit);
    ok = false;
  }
  S_done(&f);
  return ok;
}

/* Run one table file through the number model; returns the failures. */
static unsigned S_table_file(const char *path, unsigned *nrows) {
  FILE *fp = fopen(path, "r");
  assert_non_null(fp);
  char line[1024];
  unsigned lineno = 0, rows = 0, failed = 0;
  while (fgets(line, sizeof line, fp)) {
    lineno++;
    line[strcspn(line, "\r\n")] = '\0';
    if (!line[0] || line[0] == '#')
      continue;
    char *col[8];
    int nc = 0;
    for (char *p = line; nc < 8; nc++) {
      col[nc] = p;
      char *tab = strchr(p, '\t');
      if (!tab) {
        nc++;
        break;
      }
      *tab = '\0';
      p = tab + 1;
    }
    if (nc != 8) {
      fprintf(stderr, "%s:%u: expected 8 columns, got %d\n", path, lineno, nc);
      failed++;
      continue;
    }
    rows++;
    char why[512];
    if (!S_row(col, why, sizeof why)) {
      fprintf(stderr, "%s:%u: '%s': %s\n", path, lineno, col[0], why);
      failed++;
    }
  }
  fclose(fp);
  fprintf(stderr, "%s: %u rows, %u failed\n", path, rows, failed);
  *nrows += rows;
  return failed;
}

/* The number tables hold only number, ordinal, percent and money rows (and
 * rows expecting nothing), so they are checked without the temporal
 * recognizers too. */
static void test_table(void **state) {
  (void)state;
  unsigned rows = 0, failed = 0;
  failed += S_table_file("tests/recog/numbers.tsv", &rows);
  failed += S_table_file("tests/recog/numbers_more.tsv", &rows);
  assert_true(rows >= 500);
  assert_int_equal(failed, 0);
}

/* ---- cc__num_parse, for the temporal recognizers ------------------------- */

/* Parse at the token whose text is first; returns the parse. */
static cc_numparse S_parse_at(S_fix *f, const char *text, const char *first,
                              bool expect) {
  S_scan(f, text);
  uint32_t i = S_at(f, first);
  cc_numparse np;
  memset(&np, 0, sizeof np);
  bool ok = cc__num_parse(S_m, &f->seg, i, f->seg.ntokens, &np);
  assert_int_equal(ok, expect);
  return np;
}

static void test_parse_durations(void **state) {
  (void)state;
  S_fix f;
  cc_numparse np = S_parse_at(&f, "It lasted seven hours.", "seven", true);
  assert_true(S_close(np.value, 7));
  assert_true(np.flags & CC_NP_WORDS);
  assert_string_equal(f.seg.tokens[np.tok_end].norm, "hours");
  S_done(&f);

  np = S_parse_at(&f, "They met for six to seven hours.", "six", true);
  assert_true(np.flags & CC_NP_RANGE);
  assert_true(S_close(np.lo, 6) && S_close(np.hi, 7));
  assert_string_equal(f.seg.tokens[np.tok_end].norm, "hours");
  S_done(&f);

  np = S_parse_at(&f, "It took a decade.", "a", true);
  assert_true(np.flags & CC_NP_ARTICLE);
  assert_true(S_close(np.value, 1));
  assert_int_equal(np.tok_end - np.tok_begin, 1);
  S_done(&f);

  np = S_parse_at(&f, "It ran over 20 years.", "over", true);
  assert_int_equal(np.qual, CC_Q_MORE_THAN);
  assert_true(S_close(np.lo, 20) && isinf(np.hi));
  S_done(&f);

  np = S_parse_at(&f, "It took one-and-a-half hours.", "one", true);
  assert_true(S_close(np.value, 1.5));
  assert_true(np.flags & CC_NP_FRACTION);
  assert_string_equal(f.seg.tokens[np.tok_end].norm, "hours");
  S_done(&f);

  np = S_parse_at(&f, "A three-year-long war.", "three", true);
  assert_true(S_close(np.value, 3));
  assert_string_equal(f.seg.tokens[np.tok_end].norm, "-");
  S_done(&f);

  np = S_parse_at(&f, "Eight months later it ended.", "Eight", true);
  assert_true(S_close(np.value, 8));
  S_done(&f);

  np = S_parse_at(&f, "It took about a week.", "about", true);
  assert_int_equal(np.qual, CC_Q_APPROX);
  assert_true(np.flags & CC_NP_ARTICLE);
  S_done(&f);

  np = S_parse_at(&f, "Over a couple of days.", "a", true);
  assert_true(S_close(np.value, 2));
  assert_string_equal(f.seg.tokens[np.tok_end].norm, "days");
  S_done(&f);

  np = S_parse_at(&f, "It took several years.", "several", true);
  assert_true(np.flags & CC_NP_VAGUE);
  assert_true(S_close(np.lo, 3) && S_close(np.hi, 9));
  S_done(&f);
}

static void test_parse_flags(void **state) {
  (void)state;
  S_fix f;
  cc_numparse np = S_parse_at(&f, "The 21st meeting.", "21st", true);
  assert_true(np.flags & CC_NP_ORDINAL);
  assert_true(S_close(np.value, 21));
  S_done(&f);

  np = S_parse_at(&f, "The third-largest city.", "third", true);
  assert_true(np.flags & CC_NP_ORDINAL);
  assert_string_equal(f.seg.tokens[np.tok_end].norm, "city");
  S_done(&f);

  np = S_parse_at(&f, "Tens of thousands came.", "Tens", true);
  assert_true(np.flags & CC_NP_VAGUE);
  assert_true(S_close(np.lo, 20000) && S_close(np.hi, 99999));
  S_done(&f);

  np = S_parse_at(&f, "Two-thirds voted.", "Two", true);
  assert_true(np.flags & CC_NP_FRACTION);
  assert_true(S_close(np.value, 2.0 / 3.0));
  S_done(&f);

  /* no units in a bare parse: "$" and "percent" are not consumed */
  np = S_parse_at(&f, "It rose 19 percent.", "19", true);
  assert_string_equal(f.seg.tokens[np.tok_end].norm, "percent");
  S_done(&f);

  np = S_parse_at(&f, "The talks ended.", "talks", false);
  S_done(&f);
  np = S_parse_at(&f, "He said about the talks.", "about", false);
  S_done(&f);
}

/* A number in digits gets strtod's value to the last bit: the parser
 * reads up to 15 digits without strtod (S_dec_value), so integers and
 * decimals of every length around that limit, with comma groups and
 * leading zeros, are compared with strtod of the same digits. */
static void test_digit_values(void **state) {
  (void)state;
  uint64_t x = 0x9E3779B97F4A7C15u;
  for (int n = 0; n < 3000; n++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    size_t nd = 1 + (size_t)(x % 19);  /* 1 .. 19 digits */
    size_t dot = (size_t)((x >> 8) % (nd + 1)); /* nd: no decimal part */
    bool commas = dot >= 4 && ((x >> 16) & 1) && dot < 13;
    char text[64], plain[64];
    size_t t = 0, p = 0;
    uint64_t y = x;
    for (size_t k = 0; k < nd; k++) {
      if (k == dot && k) {
        text[t++] = '.';
        plain[p++] = '.';
      } else if (commas && k && k < dot && (dot - k) % 3 == 0) {
        text[t++] = ',';
      }
      char c = (char)('0' + (k == 0 && n % 4 ? 1 + y % 9 : y % 10));
      y = y / 10 ? y / 10 : x >> 3;
      text[t++] = c;
      plain[p++] = c;
    }
    text[t] = plain[p] = '\0';
    char line[96];
    snprintf(line, sizeof line, "It was %s there.", text);
    S_fix f;
    S_scan(&f, line);
    uint32_t i = 0;
    while (i < f.seg.ntokens && strcmp(f.seg.tokens[i].norm, text) != 0)
      i++;
    if (i == f.seg.ntokens) { /* cut otherwise by the segmenter */
      S_done(&f);
      continue;
    }
    cc_numparse np;
    if (cc__num_parse(S_m, &f.seg, i, f.seg.ntokens, &np)) {
      double want = strtod(plain, NULL);
      if (memcmp(&np.value, &want, sizeof want) != 0)
        fail_msg("%s: %.17g, strtod %.17g", text, np.value, want);
    }
    S_done(&f);
  }
}

/* A parse never reads past the end it is given. */
static void test_parse_bounded(void **state) {
  (void)state;
  S_fix f;
  S_scan(&f, "six to seven hours");
  uint32_t six = S_at(&f, "six");
  cc_numparse np;
  assert_true(cc__num_parse(S_m, &f.seg, six, six + 2, &np));
  assert_int_equal(np.tok_end, six + 1);
  assert_false(np.flags & CC_NP_RANGE);
  assert_false(cc__num_parse(S_m, &f.seg, six, six, &np));
  S_done(&f);

  S_scan(&f, "It fell 5. To 6 the next day.");
  assert_int_equal(f.seg.nsentences, 2);
  assert_int_equal(f.n, 2);
  assert_string_equal(f.ms[0].value, "5");
  assert_int_equal(f.ms[0].flags & CC_MF_RANGE, 0);
  S_done(&f);
}

static void test_trigger(void **state) {
  (void)state;
  S_fix f;
  S_scan(&f, "About 300 people, a dozen cars and $5 - the talks went on.");
  assert_true(cc__num_trigger(S_m, &f.seg, S_at(&f, "About")));
  assert_true(cc__num_trigger(S_m, &f.seg, S_at(&f, "300")));
  assert_true(cc__num_trigger(S_m, &f.seg, S_at(&f, "a")));
  assert_true(cc__num_trigger(S_m, &f.seg, S_at(&f, "$")));
  assert_false(cc__num_trigger(S_m, &f.seg, S_at(&f, "people")));
  assert_false(cc__num_trigger(S_m, &f.seg, S_at(&f, "talks")));
  assert_false(cc__num_trigger(S_m, &f.seg, S_at(&f, "-")));
  assert_false(cc__num_trigger(S_m, &f.seg, f.seg.ntokens));
  S_done(&f);
}

/* ---- mentions in running text -------------------------------------------- */

static void test_sentence_mentions(void **state) {
  (void)state;
  S_fix f;
  char buf[128];
  S_scan(&f, "Tens of thousands of protesters, about 25% of them students, "
             "marched as a $7.2m fund paid 1,500 families up to "
             "\xC2\xA3"
             "3 billion over the third-largest budget.");
  assert_int_equal(f.n, 6);
  assert_string_equal(S_text(&f, 0, buf, sizeof buf), "Tens of thousands");
  assert_string_equal(S_text(&f, 1, buf, sizeof buf), "about 25%");
  assert_int_equal(f.ms[1].type, CC_M_PERCENT);
  assert_string_equal(S_text(&f, 2, buf, sizeof buf), "$7.2m");
  assert_string_equal(f.ms[2].value, "7200000");
  assert_string_equal(f.ms[2].unit, "USD");
  assert_string_equal(S_text(&f, 3, buf, sizeof buf), "1,500");
  assert_string_equal(S_text(&f, 4, buf, sizeof buf), "up to \xC2\xA3"
                                                      "3 billion");
  assert_int_equal(f.ms[4].qual, CC_Q_AT_MOST);
  assert_string_equal(f.ms[4].unit, "GBP");
  assert_string_equal(S_text(&f, 5, buf, sizeof buf), "third-largest");
  assert_int_equal(f.ms[5].type, CC_M_ORDINAL);
  for (uint32_t k = 0; k < f.n; k++) {
    assert_int_equal(f.ms[k].pair, -1);
    assert_int_equal(f.ms[k].weekday, -1);
    assert_int_equal(f.ms[k].sentence, 0);
  }
  S_done(&f);
}

static void test_no_mentions(void **state) {
  (void)state;
  S_fix f;
  S_scan(&f, "A man said the talks were over and some of them left a note.");
  assert_int_equal(f.n, 0);
  S_done(&f);
  S_scan(&f, "The COVID-19 rules and the F-16 jets.");
  assert_int_equal(f.n, 0);
  S_done(&f);
  S_scan(&f, "");
  assert_int_equal(f.n, 0);
  S_done(&f);
}

static void S_quiet(const char *msg, void *ud) {
  (void)msg;
  ++*(int *)ud;
}

/* Hostile input: long runs of number words stay linear and bounded. */
static void test_long_runs(void **state) {
  (void)state;
  int warned = 0;
  cc_warn_set_sink(S_quiet, &warned); /* the sentence is cut: expected */
  cc_buf b = CC_BUF_INIT;
  for (int i = 0; i < 3000; i++)
    cc_buf_puts(&b, i % 3 ? "and a half " : "twenty-one hundred ");
  S_fix f;
  S_scan(&f, b.ptr);
  assert_true(f.n > 0);
  for (uint32_t k = 0; k < f.n; k++)
    assert_true(f.ms[k].tok_end - f.ms[k].tok_begin < 32);
  S_done(&f);
  cc_buf_free(&b);
  /* "1 500 500 ..." joins a bounded number of digit groups */
  cc_buf_puts(&b, "1");
  for (int i = 0; i < 2000; i++)
    cc_buf_puts(&b, " 500");
  S_scan(&f, b.ptr);
  assert_int_equal(f.n, 64); /* the fixture keeps the first 64 */
  for (uint32_t k = 0; k < f.n; k++)
    assert_true(f.ms[k].tok_end - f.ms[k].tok_begin <= 5);
  S_done(&f);
  cc_buf_free(&b);
  cc_warn_set_sink(NULL, NULL);
  assert_true(warned >= 1);
}

/* ---- the model from bad lexicons ----------------------------------------- */

static char S_dir[64];

static void S_write(const char *name, const char *text) {
  char path[128];
  snprintf(path, sizeof path, "%s/%s", S_dir, name);
  FILE *fp = fopen(path, "w");
  assert_non_null(fp);
  fputs(text, fp);
  fclose(fp);
}

static void S_rm(const char *name) {
  char path[128];
  snprintf(path, sizeof path, "%s/%s", S_dir, name);
  unlink(path);
}

static int S_model_from(const char *numbers, const char *extra_name,
                        const char *extra, cc_err *err) {
  snprintf(S_dir, sizeof S_dir, "/tmp/cc_numlex_XXXXXX");
  assert_non_null(mkdtemp(S_dir));
  if (numbers)
    S_write("numbers.csv", numbers);
  if (extra_name)
    S_write(extra_name, extra);
  cc_lexicon *lx = NULL;
  int rc = cc_lexicon_load(S_dir, &lx, err);
  cc_num_model *m = NULL;
  if (rc == 0)
    rc = cc__num_model_new(lx, &m, err);
  if (rc == 0)
    assert_non_null(m);
  else
    assert_null(m);
  cc__num_model_free(&m);
  assert_null(m);
  cc_lexicon_free(&lx);
  S_rm("numbers.csv");
  if (extra_name)
    S_rm(extra_name);
  rmdir(S_dir);
  return rc;
}

static void test_model_errors(void **state) {
  (void)state;
  cc_err err;
  const char *nums = "word,value,kind\none,1,unit\n";
  assert_int_equal(S_model_from(nums, NULL, NULL, &err), 0);
  assert_int_equal(S_model_from(NULL, "ordinals.csv",
                                "word,value,kind\nfirst,1,unit\n", &err),
                   -1);
  assert_non_null(strstr(err.msg, "numbers.csv"));
  assert_int_equal(S_model_from("word,value,kind\none,1,unit\ntwo,x,unit\n",
                                NULL, NULL, &err),
                   -1);
  assert_non_null(strstr(err.msg, "numbers.csv:3"));
  assert_int_equal(
      S_model_from("word,value,kind\none,1,digit\n", NULL, NULL, &err), -1);
  assert_non_null(strstr(err.msg, "unknown kind"));
  assert_int_equal(S_model_from("word,kind\none,unit\n", NULL, NULL, &err), -1);
  assert_non_null(strstr(err.msg, "missing column 'value'"));
  assert_int_equal(S_model_from(nums, "currencies.csv",
                                "symbol,code,position,factor\n$,usd,both,1\n",
                                &err),
                   -1);
  assert_non_null(strstr(err.msg, "currencies.csv:2"));
  assert_int_equal(S_model_from(nums, "qualifiers.csv",
                                "phrase,qual,lo,hi,position,scope\n"
                                "about,roughly,0.9,1.1,pre,num\n",
                                &err),
                   -1);
  assert_non_null(strstr(err.msg, "unknown qualifier"));
  assert_int_equal(S_model_from(nums, "scales.csv",
                                "word,value,plural,plural_lo,plural_hi,kind\n"
                                "hundred,100,hundreds,999,200,word\n",
                                &err),
                   -1);
  assert_int_equal(S_model_from(nums, "ranges.csv",
                                "word,role,closer\nbetween,open,\n", &err),
                   -1);
  /* time-only qualifiers are left to the temporal side */
  assert_int_equal(S_model_from(nums, "qualifiers.csv",
                                "phrase,qual,lo,hi,position,scope\n"
                                "early,early,,,pre,time\n",
                                &err),
                   0);
  cc__num_model_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parse_durations),
      cmocka_unit_test(test_parse_flags),
      cmocka_unit_test(test_parse_bounded),
      cmocka_unit_test(test_digit_values),
      cmocka_unit_test(test_trigger),
      cmocka_unit_test(test_sentence_mentions),
      cmocka_unit_test(test_no_mentions),
      cmocka_unit_test(test_long_runs),
      cmocka_unit_test(test_model_errors),
      cmocka_unit_test(test_table),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
