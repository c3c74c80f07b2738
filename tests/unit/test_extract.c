/* Unit tests: the mention writer of `claimcheck extract` (extract_out.c).
 *
 * The JSON lines are written by hand for speed; they must stay exactly
 * what jansson's compact dump wrote before.  Each test feeds jansson the
 * same values and compares bytes: reals, awkward strings (quotes,
 * backslashes, control characters, non-ASCII) and whole records, which
 * are parsed back and re-dumped. */
#include "cc_test.h"

#include <float.h>
#include <jansson.h>
#include <math.h>

#include "cc_engine.h"
#include "cc_extract.h"
#include "cc_report.h"
#include "cc_time.h"

static void S_real_same(double v) {
  cc_buf b = CC_BUF_INIT;
  cc__json_real(&b, v);
  json_t *j = json_real(v);
  char *want = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT);
  json_decref(j);
  if (strcmp(b.ptr ? b.ptr : "", want) != 0)
    fail_msg("%.17g: wrote '%s', jansson '%s'", v, b.ptr, want);
  free(want);
  cc_buf_free(&b);
}

static void test_reals_match_jansson(void **state) {
  (void)state;
  static const double fixed[] = {
      0,      1,        -1,      25,      0.1,    0.5,     -3.5e-7, 1e21,
      1e15,   1e15 - 1, -1e15,   1e16,    1e17,   123456789012345.0,
      2.5e-9, 7.25,     1e-300,  DBL_MAX, -0.25,  99999,   1e100,
      4294967296.0,     -4294967296.5,    1.0 / 3, 2.0 / 3, 1e-5};
  for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
    S_real_same(fixed[i]);
  /* a spread of magnitudes, whole and fractional */
  uint64_t x = 88172645463325252ULL;
  for (int i = 0; i < 20000; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    double mant = (double)(x % 1000000007ULL) / 1000.0;
    int exp = (int)(x >> 40) % 40 - 20;
    double v = ldexp(mant, exp);
    S_real_same((x & 1) ? -v : v);
    S_real_same(floor(v));
  }
}

/* One text through the engine: the mentions a test writes out. */
typedef struct {
  cc_engine *e;
  cc_doc *d;
  cc_arena *a;
  cc_docresult r;
} S_run;

static void S_run_text(S_run *x, const char *name, const char *text) {
  cc_err err;
  x->e = NULL;
  assert_int_equal(cc_engine_new(CC_TEST_RULES, NULL, &x->e, &err), 0);
  x->d = cc_doc_from_memory(name, text, strlen(text), &err);
  assert_non_null(x->d);
  x->a = cc_arena_new();
  cc_engine_process(x->e, x->d, x->a, false, &x->r);
}

static void S_run_free(S_run *x) {
  cc_arena_free(&x->a);
  cc_doc_free(x->d);
  cc_engine_free(&x->e);
}

/* Every record extract writes, parsed and dumped again by jansson, gives
 * the same bytes. */
static void test_records_match_jansson(void **state) {
  (void)state;
  static const char text[] =
      "---\ndate: 2024-03-05\n---\n"
      "The \"final\" vote on Tuesday, March 5 drew 1,250 people\\ and 7.5%.\n"
      "A \x01 tab\there cost \xe2\x82\xac" "2.5 million at 9:30 a.m. (0830 GMT).\n"
      "Caf\xc3\xa9 owners said 0.1% of 3 million, about one in three, left "
      "for two weeks.\n";
  S_run x;
  S_run_text(&x, "d\"ir/a\\b.txt", text);
  cc_docresult r = x.r;
  assert_true(r.nmentions >= 6);
  cc_out *o = cc_out_mem();
  assert_int_equal(cc_extract_write_doc(o, CC_EXTRACT_JSONL, &r), 0);
  size_t len;
  const char *data = cc_out_mem_data(o, &len);
  size_t lines = 0;
  for (const char *p = data; p < data + len;) {
    const char *nl = memchr(p, '\n', (size_t)(data + len - p));
    assert_non_null(nl);
    json_error_t jerr;
    json_t *j = json_loadb(p, (size_t)(nl - p), 0, &jerr);
    if (!j)
      fail_msg("not JSON: %.*s (%s)", (int)(nl - p), p, jerr.text);
    char *again = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(j);
    if (strlen(again) != (size_t)(nl - p) ||
        memcmp(again, p, (size_t)(nl - p)) != 0)
      fail_msg("wrote %.*s\njansson %s", (int)(nl - p), p, again);
    free(again);
    lines++;
    p = nl + 1;
  }
  assert_int_equal(lines, r.nmentions);
  assert_non_null(strstr(data, "\"doc\":\"d\\\"ir/a\\\\b.txt\""));
  cc_out_abort(&o);
  S_run_free(&x);
}

/* The instants written in place ("lo" and "hi" of dates and times,
 * "utc") are what cc_mention_bounds and cc_mention_utc give, null where
 * they give "", and "anchor" is cc_format_date's: every instant type,
 * with and without a UTC reading, at awkward values (negative, fractions
 * of a second, years past 9999 and before 0, NaN, infinities). */
static void test_instants_match_mention_fmt(void **state) {
  (void)state;
  static const char text[] = "The talks began on June 18, 2021 at 9:30.\n";
  S_run x;
  S_run_text(&x, "t.txt", text);
  cc_docresult r = x.r;
  assert_true(r.nmentions >= 1);
  static const double xs[] = {0,           -1,          0.5,
                              86399.9,     -86400.5,    1719000000,
                              1e12,        -1e12,       -62135596800.0,
                              253402300799, NAN,        INFINITY,
                              -INFINITY};
  static const uint8_t types[] = {CC_M_DATE, CC_M_TIME, CC_M_DATETIME};
  const size_t nx = sizeof xs / sizeof xs[0];
  for (size_t ti = 0; ti < sizeof types; ti++)
    for (size_t i = 0; i < nx; i++) {
      cc_mention m = r.mentions[0];
      m.type = types[ti];
      m.lo = xs[i];
      m.hi = xs[(i + 3) % nx];
      m.utc_lo = xs[(i + 5) % nx];
      if (isinf(m.utc_lo)) /* (a UTC reading is finite or NaN: an infinite
                              one overflows cc_mention_utc's formatting) */
        m.utc_lo = NAN;
      m.flags = (i & 1) ? (m.flags | CC_MF_UTC) : (m.flags & ~CC_MF_UTC);
      m.anchor = CC_ANCHOR_DOC_DATE;
      m.anchor_days = (int64_t)(isfinite(xs[i]) ? xs[i] / 86400 : 7);
      cc_docresult one = r;
      one.mentions = &m;
      one.nmentions = 1;
      cc_out *o = cc_out_mem();
      assert_int_equal(cc_extract_write_doc(o, CC_EXTRACT_JSONL, &one), 0);
      size_t len;
      const char *data = cc_out_mem_data(o, &len);
      json_error_t jerr;
      json_t *j = json_loadb(data, len, 0, &jerr);
      assert_non_null(j);
      char lo[40], hi[40], utc[40];
      cc_mention_bounds(&m, lo, hi);
      cc_mention_utc(&m, utc);
      const char *want[3] = {lo, hi, utc}, *key[3] = {"lo", "hi", "utc"};
      for (int k = 0; k < 3; k++) {
        json_t *v = json_object_get(j, key[k]);
        if (!want[k][0])
          assert_true(json_is_null(v));
        else
          assert_string_equal(json_string_value(v), want[k]);
      }
      char anchor[16];
      cc_format_date(m.anchor_days, anchor);
      assert_string_equal(json_string_value(json_object_get(j, "anchor")),
                          anchor);
      json_decref(j);
      cc_out_abort(&o);
      /* and the CSV row's lo, hi and utc cells (its last) are the same
       * texts, "" where they give "" */
      o = cc_out_mem();
      assert_int_equal(cc_extract_write_doc(o, CC_EXTRACT_CSV, &one), 0);
      data = cc_out_mem_data(o, &len);
      /* (a BC instant begins with "-": the cell carries the guard that
       * keeps spreadsheets from reading it as a formula) */
      char cells[128], tail[64];
      snprintf(cells, sizeof cells, ",\"%s%s\",\"%s%s\",",
               cc_report_csv_needs_guard(lo) ? "'" : "", lo,
               cc_report_csv_needs_guard(hi) ? "'" : "", hi);
      snprintf(tail, sizeof tail, ",\"%s%s\"\r\n",
               cc_report_csv_needs_guard(utc) ? "'" : "", utc);
      assert_non_null(strstr(data, cells));
      assert_true(len >= strlen(tail));
      assert_string_equal(data + len - strlen(tail), tail);
      cc_out_abort(&o);
    }
  S_run_free(&x);
}

/* The recognizers' names (types, qualifiers, granularities, and what an
 * unknown value gives) are written without the escape scan: none may
 * hold a byte JSON escapes. */
static void S_plain_name(const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    assert_true(*p >= 0x20 && *p != '"' && *p != '\\');
}

static void test_names_need_no_escape(void **state) {
  (void)state;
  for (int t = 0; t <= CC_M__COUNT + 1; t++)
    S_plain_name(cc_mtype_name((cc_mtype)t));
  for (int q = 0; q <= CC_Q__COUNT + 1; q++)
    S_plain_name(cc_qual_name((cc_qual)q));
  for (int g = 0; g <= CC_G_SECOND + 2; g++)
    S_plain_name(cc_gran_name((cc_gran)g));
}

/* A numeric bound is written as the text path wrote it (cc_mention_bounds'
 * "%.15g", read back by strtod, written by cc__json_real), also where the
 * writer skips the text (whole numbers, and fractions that "%.15g" prints
 * as whole ones, S_near_whole): values a few units in the last place off
 * a whole number, near powers of ten, at the quarter and half of the
 * 15th digit's unit, negative, tiny and large. */
static void S_bound_text(const cc_mention *m, bool want_lo, cc_buf *out) {
  char lo[40], hi[40];
  cc_mention_bounds(m, lo, hi);
  const char *s = want_lo ? lo : hi;
  if (!s[0]) {
    cc_buf_puts(out, "null");
    return;
  }
  char *end;
  double v = strtod(s, &end);
  if (*end == '\0' && isfinite(v))
    cc__json_real(out, v);
  else
    cc__json_str(out, s, strlen(s));
}

/* cc__json_str (16 bytes a step into reserved room, strings over a
 * megabyte in pieces) writes what a byte-by-byte escaper writes, after
 * what the buffer held: random strings of every length up to 70 over
 * bytes that need an escape and bytes that do not, and strings just over
 * a megabyte with escapes around the piece boundary. */
static void S_ref_escape(cc_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  cc_buf_putc(b, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      cc_buf_putc(b, '\\');
      cc_buf_putc(b, (char)c);
    } else if (c < 0x20) {
      const char *sh = c == '\b' ? "b" : c == '\f' ? "f" : c == '\n' ? "n"
                     : c == '\r' ? "r" : c == '\t' ? "t" : NULL;
      cc_buf_putc(b, '\\');
      if (sh) {
        cc_buf_puts(b, sh);
      } else {
        cc_buf_puts(b, "u00");
        cc_buf_putc(b, hex[c >> 4]);
        cc_buf_putc(b, hex[c & 15]);
      }
    } else {
      cc_buf_putc(b, (char)c);
    }
  }
  cc_buf_putc(b, '"');
}

static void S_json_str_same(const char *s, size_t n) {
  cc_buf got = CC_BUF_INIT, want = CC_BUF_INIT;
  cc_buf_puts(&got, "{\"k\":");
  cc_buf_puts(&want, "{\"k\":");
  cc__json_str(&got, s, n);
  S_ref_escape(&want, s, n);
  assert_int_equal(got.len, want.len);
  assert_memory_equal(got.ptr, want.ptr, want.len);
  assert_int_equal(got.ptr[got.len], '\0');
  cc_buf_free(&got);
  cc_buf_free(&want);
}

static void test_json_str_escapes(void **state) {
  (void)state;
  static const char pool[] = "ab \"\\\n\t\x01\x1f\x7f\xc3\xa9Z";
  uint32_t r = 12345;
  char s[80];
  for (size_t n = 0; n <= 70; n++)
    for (int k = 0; k < 40; k++) {
      for (size_t i = 0; i < n; i++) {
        r = r * 1103515245u + 12345u;
        s[i] = pool[(r >> 16) % (sizeof pool - 1)];
      }
      S_json_str_same(s, n);
    }
  size_t big = (1u << 20) + 40;
  char *t = malloc(big);
  assert_non_null(t);
  memset(t, 'x', big);
  for (size_t at = (1u << 20) - 3; at < (1u << 20) + 3; at++) {
    t[at] = at % 2 ? '"' : '\n';
    t[17] = '\\';
    S_json_str_same(t, big);
    S_json_str_same(t, 1u << 20);
    t[at] = 'x';
  }
  free(t);
}

static void test_bounds_match_text_path(void **state) {
  (void)state;
  static const char text[] = "About 2,300 people came, up 7.5% on 3 years.\n";
  S_run x;
  S_run_text(&x, "n.txt", text);
  cc_docresult r = x.r;
  assert_true(r.nmentions >= 1);
  double xs[1024];
  size_t nx = 0;
  static const double wholes[] = {1,    2,     7,      10,     99,    100,
                                  999,  1000,  2070,   2530,   12345, 1e6,
                                  1e9,  4.5e9, 1e12,   9.9e12, 1e13,  5e13,
                                  1e14, 1e15};
  for (size_t i = 0; i < sizeof wholes / sizeof wholes[0]; i++) {
    double w = wholes[i];
    int ex = 0;
    while (ex < 15 && w >= pow(10, ex + 1))
      ex++;
    double unit = pow(10, ex - 14);
    const double offs[] = {0.1, 0.2, 0.24, 0.26, 0.3, 0.49, 0.5, 0.51, 0.9};
    for (int sg = -1; sg <= 1; sg += 2) {
      xs[nx++] = sg * nextafter(w, 0);
      xs[nx++] = sg * nextafter(w, 2 * w);
      xs[nx++] = sg * nextafter(nextafter(w, 0), 0);
      for (size_t k = 0; k < sizeof offs / sizeof offs[0]; k++) {
        xs[nx++] = sg * (w + offs[k] * unit);
        xs[nx++] = sg * (w - offs[k] * unit);
      }
    }
  }
  xs[nx++] = 2300 * 0.9;
  xs[nx++] = 2300 * 1.1;
  xs[nx++] = 0.1 * 3;
  xs[nx++] = 0.5;
  xs[nx++] = 7.5;
  assert_true(nx <= sizeof xs / sizeof xs[0]);
  for (size_t i = 0; i < nx; i++) {
    cc_mention m = r.mentions[0];
    m.type = CC_M_NUMBER;
    m.lo = xs[i];
    m.hi = xs[(i + 1) % nx];
    cc_docresult one = r;
    one.mentions = &m;
    one.nmentions = 1;
    cc_out *o = cc_out_mem();
    assert_int_equal(cc_extract_write_doc(o, CC_EXTRACT_JSONL, &one), 0);
    size_t len;
    const char *data = cc_out_mem_data(o, &len);
    cc_buf want = CC_BUF_INIT;
    cc_buf_puts(&want, ",\"lo\":");
    S_bound_text(&m, true, &want);
    cc_buf_puts(&want, ",\"hi\":");
    S_bound_text(&m, false, &want);
    cc_buf_puts(&want, ",\"qualifier\":");
    if (!strstr(data, want.ptr))
      fail_msg("%.17g, %.17g: wrote %s\nwant %s", m.lo, m.hi, data,
               want.ptr);
    cc_buf_free(&want);
    cc_out_abort(&o);
  }
  S_run_free(&x);
}

/* extract's own CSV rows are cc_report_csv_row's bytes: quotes doubled,
 * the formula guard (ASCII and full-width triggers, after spaces), empty
 * cells, line breaks and commas inside cells, rows of 1 to 14 cells. */
static void test_csv_rows_match_report(void **state) {
  (void)state;
  static const char *const cells[] = {
      "plain",       "",          "say \"hi\"",      "\"",
      "=1+2",        "  -3",      "+x",              "@home",
      "\tlead",      "a,b\r\nc",  ("\xEF\xBC\x9D" "1"), "\xEF\xBC\xA0x",
      "caf\xC3\xA9", " ",         "\"\"\"",          "7.5"};
  size_t nc = sizeof cells / sizeof cells[0];
  for (size_t start = 0; start < nc; start++)
    for (size_t n = 1; n <= 14; n++) {
      const char *row[14];
      for (size_t i = 0; i < n; i++)
        row[i] = cells[(start + i) % nc];
      cc_out *o = cc_out_mem();
      assert_int_equal(cc_report_csv_row(o, row, n), 0);
      size_t wl;
      const char *want = cc_out_mem_data(o, &wl);
      cc_buf got = CC_BUF_INIT;
      cc__extract_csv_row(&got, row, n);
      assert_int_equal(got.len, wl);
      assert_memory_equal(got.ptr, want, wl);
      cc_buf_free(&got);
      cc_err err;
      cc_out_close(&o, &err);
    }
}

/* The record middles kept by the sink (cc_out_memo) give the bytes
 * written without them: a document written twice to one sink (the second
 * time every middle is kept) is its first output twice, and a fresh sink
 * writes the same; texts that cross line breaks and hold quotes, long
 * enough to be escaped in 8-byte steps, match jansson's dump too. */
static void test_memo_writes_same(void **state) {
  (void)state;
  static const char text[] =
      "---\ndate: 2024-03-05\n---\n"
      "On Tuesday,\nMarch 5 at 9:30 a.m. (0830 GMT) 1,250 people paid "
      "\xe2\x82\xac" "2.5 million, 7.5% of the \"twenty\nthree\" thousand, "
      "for two weeks; on Tuesday, March 5 at 9:30 a.m. (0830 GMT) "
      "1,250 people paid \xe2\x82\xac" "2.5 million for two\n\tweeks.\n";
  S_run x;
  S_run_text(&x, "m.txt", text);
  assert_true(x.r.nmentions >= 8);
  cc_out *o = cc_out_mem();
  assert_int_equal(cc_extract_write_doc(o, CC_EXTRACT_JSONL, &x.r), 0);
  size_t n1;
  const char *d1 = cc_out_mem_data(o, &n1);
  char *first = cc_xmalloc(n1 + 1);
  memcpy(first, d1, n1 + 1);
  assert_int_equal(cc_extract_write_doc(o, CC_EXTRACT_JSONL, &x.r), 0);
  size_t n2;
  const char *d2 = cc_out_mem_data(o, &n2);
  assert_int_equal(n2, 2 * n1);
  assert_memory_equal(d2, first, n1);
  assert_memory_equal(d2 + n1, first, n1);
  /* each record as jansson dumps it */
  for (const char *p = first; p < first + n1;) {
    const char *nl = memchr(p, '\n', (size_t)(first + n1 - p));
    assert_non_null(nl);
    json_error_t jerr;
    json_t *j = json_loadb(p, (size_t)(nl - p), 0, &jerr);
    assert_non_null(j);
    char *again = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(j);
    if (strlen(again) != (size_t)(nl - p) ||
        memcmp(again, p, (size_t)(nl - p)) != 0)
      fail_msg("wrote %.*s\njansson %s", (int)(nl - p), p, again);
    free(again);
    p = nl + 1;
  }
  assert_non_null(strstr(first, "\"text\":\"Tuesday,\\nMarch 5"));
  cc_out_abort(&o);
  cc_xfree(first);
  S_run_free(&x);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_reals_match_jansson),
      cmocka_unit_test(test_records_match_jansson),
      cmocka_unit_test(test_instants_match_mention_fmt),
      cmocka_unit_test(test_names_need_no_escape),
      cmocka_unit_test(test_bounds_match_text_path),
      cmocka_unit_test(test_json_str_escapes),
      cmocka_unit_test(test_csv_rows_match_report),
      cmocka_unit_test(test_memo_writes_same),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
