/* test_report.c - report writers: exact bytes of each format, CSV formula
 * guard, SARIF against the 2.1.0 schema, gate, summary, nothing lost on a
 * failed write, and (when LibreOffice is installed) a real spreadsheet
 * engine opening the CSV. */
#include "cc_test.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csv.h>
#include <jansson.h>

#include "cc_io.h"
#include "cc_report.h"

#include "../sarif/schema_lite.c"

#define SARIF_SCHEMA "tests/sarif/sarif-2.1.0-rtm.5.json"

/* ---- fixture -------------------------------------------------------------- */

static void S_add(cc_findings *set, cc_verdict v, cc_severity s,
                  const char *rule, const char *msg, cc_side a, cc_side b) {
  cc_finding f;
  memset(&f, 0, sizeof f);
  f.verdict = (uint8_t)v;
  f.severity = (uint8_t)s;
  f.check = "demo";
  f.rule = rule;
  f.key = "demo.key{story}";
  f.message = msg;
  f.a = a;
  f.b = b;
  cc_findings_add(set, &f);
}

static cc_side S_side(const char *doc, uint32_t line, uint32_t col,
                      const char *quote, const char *value) {
  cc_side s;
  memset(&s, 0, sizeof s);
  s.doc = doc;
  s.line = line;
  s.col = col;
  s.quote = quote;
  s.text = quote;
  s.value = value;
  return s;
}

static const cc_side S_none = {0};

/* Added out of order on purpose: writers must sort. */
static cc_findings *S_fixture(void) {
  cc_findings *set = cc_findings_new();
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_WARNING, "count_list",
        "says five members but names four",
        S_side("wire.txt", 2, 1,
               "=HYPERLINK(\"http://x.test\",\"five\"), the team said",
               "5"),
        S_none);
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "zone_pair.time",
        "11:30 AKDT is 19:30 UTC, not 19:00 UTC",
        S_side("story.md", 3, 14, "The meeting began at 11:30 a.m.\n(1900 GMT).",
               "19:00 UTC"),
        S_side("wire.txt", 7, 22, "It started at 1930 GMT.", "19:30 UTC"));
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_INFO, "name_variant",
        "Jonsson / Jonson", S_side("story.md", 9, 1, "Mr Jonsson\x1b[31m said.",
                                   "jonsson"),
        S_side("story.md", 12, 5, "Jonson agreed.", "jonson"));
  S_add(set, CC_VERDICT_CONSISTENT, CC_SEV_INFO, "same_fact",
        "both say 7 hours", S_side("story.md", 5, 2, "Seven hours.", "7h"),
        S_side("wire.txt", 4, 2, "About 7 hours.", "7h"));
  S_add(set, CC_VERDICT_UNVERIFIABLE, CC_SEV_INFO, "elapsed",
        "no date for the previous meeting",
        S_side("story.md", 6, 1, "First in years.", "?"), S_none);
  return set;
}

static char *S_render(const char *format, const cc_findings *set,
                      const cc_report_opts *o) {
  cc_out *out = cc_out_mem();
  cc_err err = {{0}};
  assert_int_equal(cc_report_write(out, format, set, o, &err), 0);
  char *s = cc_xstrdup(cc_out_mem_data(out, NULL));
  assert_int_equal(cc_out_close(&out, &err), 0);
  return s;
}

static void S_assert_str(const char *got, const char *want) {
  if (strcmp(got, want) != 0) {
    print_error("--- want\n%s\n--- got\n%s\n", want, got);
    fail();
  }
}

static const cc_report_opts S_opts = {.tool_version = "9.9.9"};

/* ---- text ------------------------------------------------------------------ */

static void test_text_exact(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  char *s = S_render("text", set, &S_opts);
  S_assert_str(
      s,
      "story.md:3:14: error: 11:30 AKDT is 19:30 UTC, not 19:00 UTC "
      "[zone_pair.time]\n"
      "    \"The meeting began at 11:30 a.m. (1900 GMT).\"\n"
      "    wire.txt:7:22: \"It started at 1930 GMT.\"\n"
      "story.md:9:1: info: Jonsson / Jonson [name_variant]\n"
      "    \"Mr Jonsson\xef\xbf\xbd[31m said.\"\n"
      "    story.md:12:5: \"Jonson agreed.\"\n"
      "\n"
      "wire.txt:2:1: warning: says five members but names four "
      "[count_list]\n"
      "    \"=HYPERLINK(\"http://x.test\",\"five\"), the team said\"\n"
      "\n"
      "3 discrepancies (1 error, 1 warning, 1 info), 1 consistent, "
      "1 unverifiable in 2 documents\n");
  cc_xfree(s);
  cc_findings_free(&set);
}

static void test_text_color_and_show(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  cc_report_opts o = S_opts;
  o.color = true;
  o.show_consistent = o.show_unverifiable = true;
  char *s = S_render("text", set, &o);
  assert_non_null(strstr(s, "\033[1mstory.md:3:14:\033[0m \033[1;31merror:"));
  assert_non_null(strstr(s, "\033[1;35mwarning:"));
  assert_non_null(strstr(s, "\033[1;32mconsistent:\033[0m both say 7 hours"));
  assert_non_null(strstr(s, "\033[1;33munverifiable:"));
  /* the article's own escape sequence never reaches the terminal */
  assert_null(strstr(s, "\x1b[31m said"));
  cc_xfree(s);
  cc_findings_free(&set);
}

/* Regression (fuzzing): a truncated UTF-8 lead byte must not carry a
 * control byte through; paths and rule ids are made safe too. */
static void test_terminal_safety(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "r\x1b]0;x\x07", "\xcc\x02 m\xc2\x9b",
        S_side("a\x1b[2J.md", 1, 1, "q\xe2\x82", "v"),
        S_side("b\x0d.md", 2, 2, "\x1b[31mred", "w"));
  const char *fmts[] = {"text", "github"};
  for (size_t k = 0; k < 2; k++) {
    char *s = S_render(fmts[k], set, &S_opts);
    for (const char *p = s; *p; p++)
      if ((unsigned char)*p < 0x20 && *p != '\n')
        fail_msg("%s: control byte 0x%02x at %zu", fmts[k], (unsigned char)*p,
                 (size_t)(p - s));
    assert_null(strstr(s, "\xc2\x9b")); /* C1 CSI */
    cc_xfree(s);
  }
  cc_findings_free(&set);
}

static void test_summary_plurals(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  cc_buf b = CC_BUF_INIT;
  cc_report_summary(set, NULL, &b);
  assert_string_equal(b.ptr, "0 discrepancies (0 errors, 0 warnings, 0 info), "
                             "0 consistent, 0 unverifiable in 0 documents");
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "r", "m",
        S_side("a.md", 1, 1, "q", "v"), S_none);
  cc_buf_reset(&b);
  cc_report_opts o = {.ndocs = 1};
  cc_report_summary(set, &o, &b);
  assert_string_equal(b.ptr, "1 discrepancy (1 error, 0 warnings, 0 info), "
                             "0 consistent, 0 unverifiable in 1 document");
  cc_findings_at(set, 0)->suppressed = true;
  cc_buf_reset(&b);
  cc_report_summary(set, &o, &b);
  assert_string_equal(b.ptr, "0 discrepancies (0 errors, 0 warnings, 0 info), "
                             "0 consistent, 0 unverifiable in 1 document "
                             "(1 suppressed)");
  cc_buf_free(&b);
  cc_findings_free(&set);
}

static void test_suppressed_visibility(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  cc_finding *w = NULL;
  for (size_t i = 0; i < cc_findings_count(set); i++)
    if (strcmp(cc_findings_at(set, i)->rule, "count_list") == 0)
      w = cc_findings_at(set, i);
  w->suppressed = true;
  w->status = "accepted";
  w->note = "house style";
  char *text = S_render("text", set, &S_opts);
  assert_null(strstr(text, "count_list"));
  assert_non_null(strstr(text, "in 2 documents (1 suppressed)\n"));
  char *csv = S_render("csv", set, &S_opts);
  assert_non_null(strstr(csv, "\"accepted\",\"house style\"\r\n"));
  char *gh = S_render("github", set, &S_opts);
  assert_null(strstr(gh, "count_list"));
  cc_report_opts o = S_opts;
  o.show_suppressed = true;
  char *all = S_render("text", set, &o);
  assert_non_null(strstr(all, "[count_list] (accepted: house style)\n"));
  cc_xfree(text);
  cc_xfree(csv);
  cc_xfree(gh);
  cc_xfree(all);
  cc_findings_free(&set);
}

/* ---- gate -------------------------------------------------------------------- */

static void test_gate(void **state) {
  (void)state;
  cc_findings *set = S_fixture(); /* error, warning, info discrepancies */
  assert_int_equal(cc_report_gate(set, CC_SEV_ERROR), 1);
  assert_int_equal(cc_report_gate(set, CC_SEV_NONE), 0);
  for (size_t i = 0; i < cc_findings_count(set); i++) {
    cc_finding *f = cc_findings_at(set, i);
    if (f->severity == CC_SEV_ERROR && f->verdict == CC_VERDICT_DISCREPANCY)
      f->suppressed = true;
  }
  assert_int_equal(cc_report_gate(set, CC_SEV_ERROR), 0);
  assert_int_equal(cc_report_gate(set, CC_SEV_WARNING), 1);
  assert_int_equal(cc_report_gate(set, CC_SEV_INFO), 1);
  cc_findings_free(&set);

  /* consistent and unverifiable findings never fail a gate */
  set = cc_findings_new();
  S_add(set, CC_VERDICT_CONSISTENT, CC_SEV_ERROR, "r", "m",
        S_side("a.md", 1, 1, "q", "v"), S_none);
  S_add(set, CC_VERDICT_UNVERIFIABLE, CC_SEV_ERROR, "r", "m2",
        S_side("a.md", 2, 1, "q2", "v"), S_none);
  assert_int_equal(cc_report_gate(set, CC_SEV_INFO), 0);
  cc_findings_free(&set);
}

/* ---- csv ----------------------------------------------------------------------- */

typedef struct S_rows {
  char *cells[64][20];
  size_t ncells[64];
  size_t nrows, cur;
} S_rows;

static void S_cb1(void *s, size_t n, void *d) {
  S_rows *r = d;
  if (r->nrows < 64 && r->cur < 20)
    r->cells[r->nrows][r->cur] = cc_xstrndup(s ? s : "", s ? n : 0);
  r->cur++;
}

static void S_cb2(int c, void *d) {
  (void)c;
  S_rows *r = d;
  if (r->nrows < 64)
    r->ncells[r->nrows] = r->cur;
  r->nrows++;
  r->cur = 0;
}

static int S_nospace(unsigned char c) {
  (void)c;
  return 0;
}

static void S_parse_csv(const char *s, S_rows *r) {
  memset(r, 0, sizeof *r);
  struct csv_parser p;
  csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_space_func(&p, S_nospace);
  assert_int_equal(csv_parse(&p, s, strlen(s), S_cb1, S_cb2, r), strlen(s));
  assert_int_equal(csv_fini(&p, S_cb1, S_cb2, r), 0);
  csv_free(&p);
}

static void S_rows_free(S_rows *r) {
  for (size_t i = 0; i < 64; i++)
    for (size_t j = 0; j < 20; j++)
      cc_xfree(r->cells[i][j]);
}

static void test_csv_exact(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  char *s = S_render("csv", set, &S_opts);
  const char *header =
      "id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,"
      "value_a,doc_b,line_b,col_b,quote_b,value_b,status,note\r\n";
  assert_memory_equal(s, header, strlen(header));
  /* the formula from the article, neutralized, quotes doubled */
  assert_non_null(strstr(s, ",\"'=HYPERLINK(\"\"http://x.test\"\",\"\"five\"\"),"
                            " the team said\","));
  /* the value "5" and line numbers are plain */
  assert_non_null(strstr(s, ",\"wire.txt\",\"2\",\"1\","));
  /* one-sided: side b empty */
  assert_non_null(strstr(s, ",\"5\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n"));
  S_rows r;
  S_parse_csv(s, &r);
  assert_int_equal(r.nrows, 4); /* header + 3 discrepancies */
  for (size_t i = 0; i < r.nrows; i++)
    assert_int_equal(r.ncells[i], CC_REPORT_CSV_NCOLS);
  for (size_t i = 0; i < CC_REPORT_CSV_NCOLS; i++)
    assert_string_equal(r.cells[0][i], cc_report_csv_columns[i]);
  assert_string_equal(r.cells[1][CC_COL_DOC_A], "story.md");
  assert_string_equal(r.cells[1][CC_COL_QUOTE_A],
                      "The meeting began at 11:30 a.m. (1900 GMT).");
  assert_string_equal(r.cells[1][CC_COL_LINE_B], "7");
  assert_string_equal(r.cells[3][CC_COL_SEVERITY], "warning");
  S_rows_free(&r);
  cc_xfree(s);
  cc_findings_free(&set);
}

static void test_csv_guard_cells(void **state) {
  (void)state;
  const char *hot[] = {"=1+1", "+1+1", "-1+cmd|' /C calc'!A0", "-2-3",
                       "@SUM(A1)", "\tx", "\rx", "\nx", "  =cmd",
                       ("\xef\xbc\x9d" "1+1"), "\xef\xbc\xa0x", "-", "+.",
                       "-1e", "-3.5 percent"};
  /* a signed number alone is a number to a spreadsheet, not a formula:
   * "-3.5" stays a figure in a column of figures */
  const char *cold[] = {"", "a=b", "12", " 1", "'=already", "x-1", "hello",
                        "-3.5", "+1", "-1", " -0.25", "-1.5e-3", "+2E+9"};
  for (size_t i = 0; i < sizeof hot / sizeof *hot; i++)
    assert_true(cc_report_csv_needs_guard(hot[i]));
  for (size_t i = 0; i < sizeof cold / sizeof *cold; i++)
    assert_false(cc_report_csv_needs_guard(cold[i]));
  /* on the written bytes: every trigger gets the quote inside the cell */
  cc_out *out = cc_out_mem();
  const char *cells[] = {"=1+1", "-2", "@x", "\tt", "plain", "a\"b,c"};
  cc_report_csv_row(out, cells, 6);
  assert_string_equal(cc_out_mem_data(out, NULL),
                      "\"'=1+1\",\"-2\",\"'@x\",\"'\tt\",\"plain\","
                      "\"a\"\"b,c\"\r\n");
  cc_err err;
  assert_int_equal(cc_out_close(&out, &err), 0);
}

static void test_csv_order_independent(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  char *a = S_render("csv", set, &S_opts);
  cc_findings_sort(set);
  char *b = S_render("csv", set, &S_opts);
  assert_string_equal(a, b);
  cc_xfree(a);
  cc_xfree(b);
  cc_findings_free(&set);
}

/* ---- json and jsonl -------------------------------------------------------------- */

static void test_json(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  cc_report_opts o = S_opts;
  o.show_consistent = true;
  char *s = S_render("json", set, &o);
  json_error_t je;
  json_t *root = json_loads(s, 0, &je);
  assert_non_null(root);
  assert_string_equal(json_string_value(json_object_get(root, "version")),
                      "9.9.9");
  json_t *sum = json_object_get(root, "summary");
  assert_int_equal(json_integer_value(json_object_get(sum, "discrepancies")), 3);
  assert_int_equal(json_integer_value(json_object_get(sum, "documents")), 2);
  json_t *fs = json_object_get(root, "findings");
  assert_int_equal(json_array_size(fs), 4);
  json_t *f0 = json_array_get(fs, 0);
  /* the same fields as the CSV columns, plus check and suppressed */
  for (size_t i = 0; i < CC_REPORT_CSV_NCOLS; i++)
    assert_non_null(json_object_get(f0, cc_report_csv_columns[i]));
  assert_string_equal(json_string_value(json_object_get(f0, "doc_a")),
                      "story.md");
  assert_int_equal(json_integer_value(json_object_get(f0, "line_a")), 3);
  /* raw quote kept exactly in JSON (jansson escapes it) */
  assert_string_equal(json_string_value(json_object_get(f0, "quote_a")),
                      "The meeting began at 11:30 a.m.\n(1900 GMT).");
  json_t *last = json_array_get(fs, 3);
  assert_string_equal(json_string_value(json_object_get(last, "doc_a")),
                      "wire.txt");
  assert_true(json_is_null(json_object_get(last, "doc_b")));
  assert_true(json_is_null(json_object_get(last, "line_b")));
  json_decref(root);
  cc_xfree(s);

  s = S_render("jsonl", set, &S_opts);
  size_t lines = 0;
  for (char *p = s, *nl; (nl = strchr(p, '\n')); p = nl + 1, lines++) {
    *nl = '\0';
    json_t *o1 = json_loads(p, 0, &je);
    assert_non_null(o1);
    assert_true(json_is_object(o1));
    json_decref(o1);
  }
  assert_int_equal(lines, 3);
  cc_xfree(s);
  cc_findings_free(&set);
}

static void test_json_invalid_utf8_repaired(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "r", "bad \xff byte",
        S_side("a.md", 1, 1, "q\xc3", "v"), S_none);
  char *s = S_render("json", set, &S_opts);
  json_error_t je;
  json_t *root = json_loads(s, 0, &je);
  assert_non_null(root);
  json_t *f0 = json_array_get(json_object_get(root, "findings"), 0);
  assert_string_equal(json_string_value(json_object_get(f0, "message")),
                      "bad \xef\xbf\xbd byte");
  json_decref(root);
  cc_xfree(s);
  cc_findings_free(&set);
}

/* ---- sarif ------------------------------------------------------------------------- */

static json_t *S_load_schema(void) {
  json_error_t je;
  json_t *schema = json_load_file(SARIF_SCHEMA, 0, &je);
  if (!schema)
    print_error("%s: %s\n", SARIF_SCHEMA, je.text);
  assert_non_null(schema);
  return schema;
}

static void S_sarif_structure(json_t *root) {
  assert_string_equal(json_string_value(json_object_get(root, "version")),
                      "2.1.0");
  json_t *run = json_array_get(json_object_get(root, "runs"), 0);
  json_t *driver = json_object_get(json_object_get(run, "tool"), "driver");
  assert_string_equal(json_string_value(json_object_get(driver, "name")),
                      "claimcheck");
  json_t *rules = json_object_get(driver, "rules");
  json_t *results = json_object_get(run, "results");
  size_t i;
  json_t *r;
  json_array_foreach(results, i, r) {
    const char *rule = json_string_value(json_object_get(r, "ruleId"));
    json_int_t idx = json_integer_value(json_object_get(r, "ruleIndex"));
    assert_string_equal(
        json_string_value(json_object_get(json_array_get(rules, (size_t)idx),
                                          "id")),
        rule);
    json_t *loc = json_object_get(
        json_array_get(json_object_get(r, "locations"), 0), "physicalLocation");
    json_t *region = json_object_get(loc, "region");
    assert_true(json_integer_value(json_object_get(region, "startLine")) >= 1);
    assert_true(json_integer_value(json_object_get(region, "startColumn")) >= 1);
    assert_non_null(json_object_get(json_object_get(loc, "artifactLocation"),
                                    "uri"));
    json_t *fp = json_object_get(r, "partialFingerprints");
    assert_int_equal(
        strlen(json_string_value(json_object_get(fp, "claimcheckFindingId/v2"))),
        16);
  }
}

static void test_sarif_schema(void **state) {
  (void)state;
  json_t *schema = S_load_schema();
  cc_findings *set = S_fixture();
  /* a path that needs percent-encoding, and a suppressed result */
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "zone_pair.time", "m",
        S_side("news/a b#1.md", 0, 0, "", "v"),
        S_side("/abs/c.md", 2, 2, "q", "w"));
  cc_findings_at(set, 0)->suppressed = true;
  cc_findings_at(set, 0)->status = "false_positive";
  cc_report_opts o = S_opts;
  o.show_consistent = o.show_unverifiable = o.show_suppressed = true;
  char *s = S_render("sarif", set, &o);
  json_error_t je;
  json_t *root = json_loads(s, 0, &je);
  assert_non_null(root);
  char err[1024];
  if (!sl_check(schema, root, err, sizeof err)) {
    print_error("SARIF fails the 2.1.0 schema: %s\n%s\n", err, s);
    fail();
  }
  S_sarif_structure(root);
  assert_non_null(strstr(s, "\"uri\": \"news/a%20b%231.md\""));
  assert_non_null(strstr(s, "\"uri\": \"file:///abs/c.md\""));
  assert_non_null(strstr(s, "\"kind\": \"pass\""));
  assert_non_null(strstr(s, "\"suppressions\""));
  assert_non_null(strstr(s, "19:00 UTC (see [wire.txt:7](1))"));
  json_decref(root);
  cc_xfree(s);
  cc_findings_free(&set);
  json_decref(schema);
}

/* The validator must be able to say no, or the test above proves nothing. */
static void test_sarif_schema_rejects(void **state) {
  (void)state;
  json_t *schema = S_load_schema();
  const char *bad[] = {
      "{\"version\":\"2.1.0\"}",                       /* no runs */
      "{\"version\":\"2.0.0\",\"runs\":[]}",            /* wrong version */
      "{\"version\":\"2.1.0\",\"runs\":[{}]}",          /* run without tool */
      "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
      "\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"fatal\"}]}]}",
      "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
      "\"results\":[{\"message\":{\"text\":\"m\"},\"locations\":[{"
      "\"physicalLocation\":{\"region\":{\"startLine\":0}}}]}]}]}",
      "{\"version\":\"2.1.0\",\"runs\":[],\"bogus\":1}"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    json_error_t je;
    json_t *doc = json_loads(bad[i], 0, &je);
    assert_non_null(doc);
    char err[1024];
    assert_false(sl_check(schema, doc, err, sizeof err));
    json_decref(doc);
  }
  json_decref(schema);
}

/* ---- github ------------------------------------------------------------------------ */

static void test_github_exact(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  char *s = S_render("github", set, &S_opts);
  S_assert_str(
      s,
      "::error file=story.md,line=3,col=14,title=zone_pair.time::11:30 AKDT "
      "is 19:30 UTC, not 19:00 UTC%0A\"The meeting began at 11:30 a.m. "
      "(1900 GMT).\"%0Awire.txt:7:22: \"It started at 1930 GMT.\"\n"
      "::notice file=story.md,line=9,col=1,title=name_variant::Jonsson / "
      "Jonson%0A\"Mr Jonsson\xef\xbf\xbd[31m said.\"%0Astory.md:12:5: "
      "\"Jonson agreed.\"\n"
      "::warning file=wire.txt,line=2,col=1,title=count_list::says five "
      "members but names four%0A\"=HYPERLINK(\"http://x.test\",\"five\"), "
      "the team said\"\n");
  cc_xfree(s);
  cc_findings_free(&set);
}

static void test_github_escaping(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "r:1,2", "100% sure",
        S_side("dir,x/a:b.md", 1, 1, "", "v"), S_none);
  char *s = S_render("github", set, &S_opts);
  assert_string_equal(s, "::error file=dir%2Cx/a%3Ab.md,line=1,col=1,"
                         "title=r%3A1%2C2::100%25 sure\n");
  cc_xfree(s);
  cc_findings_free(&set);
}

/* ---- junit ---------------------------------------------------------------------------- */

static void test_junit(void **state) {
  (void)state;
  cc_findings *set = S_fixture();
  S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "r<&>", "a \"b\" & 'c' \x01",
        S_side("wire.txt", 30, 1, "x < y", "v"), S_none);
  const char *docs[] = {"wire.txt", "clean.md", "story.md"};
  cc_report_opts o = S_opts;
  o.docs = docs;
  o.ndocs = 3;
  char *s = S_render("junit", set, &o);
  /* a test case per discrepancy (4), one for the clean document */
  assert_non_null(strstr(s, "<testsuites name=\"claimcheck\" tests=\"5\" "
                            "failures=\"4\" errors=\"0\" skipped=\"0\">"));
  assert_non_null(strstr(s, "<testcase classname=\"claimcheck\" "
                            "name=\"clean.md\" file=\"clean.md\"/>"));
  assert_non_null(strstr(s, "message=\"wire.txt:30:1: a &quot;b&quot; &amp; "
                            "&apos;c&apos; \xef\xbf\xbd [r&lt;&amp;&gt;]\""));
  assert_non_null(strstr(s, "wire.txt:30:1: \"x &lt; y\"</failure>"));
  /* one failure element per test case: each ends before the next */
  for (const char *q = s; (q = strstr(q, "<failure ")); q++) {
    const char *end = strstr(q, "</testcase>");
    assert_non_null(end);
    const char *next = strstr(q + 1, "<failure ");
    assert_true(!next || next > end);
  }
  /* with --fail-on error, a warning or info passes, shown as output */
  cc_report_opts oe = o;
  oe.fail_on = CC_SEV_ERROR;
  char *se = S_render("junit", set, &oe);
  assert_non_null(strstr(se, "tests=\"5\" failures=\"2\""));
  assert_non_null(strstr(se, "<system-out>info: story.md:9:1: Jonsson"));
  cc_xfree(se);
  /* well-formed XML, when xmllint is there to say so */
  if (system("command -v xmllint >/dev/null 2>&1") == 0) {
    char path[] = "/tmp/cc_junit_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
    close(fd);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "xmllint --noout %s", path);
    assert_int_equal(system(cmd), 0);
    unlink(path);
  }
  cc_xfree(s);
  cc_findings_free(&set);
}

/* ---- the table ------------------------------------------------------------------------- */

static void test_table(void **state) {
  (void)state;
  const char *names[] = {"text", "csv", "json", "jsonl", "sarif", "github",
                         "junit"};
  size_t n = 0;
  for (const cc_report_format *f = cc_report_formats; f->name; f++, n++) {
    assert_string_equal(f->name, names[n]);
    assert_ptr_equal(cc_report_format_find(f->name), f);
    assert_non_null(f->help);
  }
  assert_int_equal(n, 7);
  assert_null(cc_report_format_find("xml"));
  cc_out *out = cc_out_mem();
  cc_err err = {{0}};
  assert_int_equal(cc_report_write(out, "xml", NULL, NULL, &err), -1);
  assert_string_equal(err.msg, "unknown report format 'xml' (expected text, "
                               "csv, json, jsonl, sarif, github, junit)");
  cc_out_abort(&out);
}

/* Every format, empty input: still well-formed, still deterministic. */
static void test_empty_set(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  for (const cc_report_format *f = cc_report_formats; f->name; f++) {
    char *a = S_render(f->name, set, &S_opts);
    char *b = S_render(f->name, set, &S_opts);
    assert_string_equal(a, b);
    if (strcmp(f->name, "json") == 0 || strcmp(f->name, "sarif") == 0) {
      json_error_t je;
      json_t *root = json_loads(a, 0, &je);
      assert_non_null(root);
      json_decref(root);
    }
    cc_xfree(a);
    cc_xfree(b);
  }
  cc_findings_free(&set);
}

static void test_default_path(void **state) {
  (void)state;
  char buf[64];
  assert_int_equal(cc_report_default_path("reports", "csv", 1755286200, buf,
                                          sizeof buf), 0);
  assert_string_equal(buf, "reports/20250815T193000Z.csv");
  assert_int_equal(cc_report_default_path("reports", "csv", 0, buf, 10), -1);
}

/* ---- nothing lost ------------------------------------------------------------------------ */

typedef struct S_budget {
  size_t left;
} S_budget;

/* A disk that fills up after a budget of bytes. */
static ssize_t S_full_disk(int fd, const void *p, size_t n, void *ud) {
  S_budget *b = ud;
  if (b->left == 0) {
    errno = ENOSPC;
    return -1;
  }
  size_t k = n < b->left ? n : b->left;
  b->left -= k;
  return write(fd, p, k);
}

static size_t S_count_entries(const char *dir) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
  closedir(d);
  return n;
}

static void test_failed_write_keeps_old_report(void **state) {
  (void)state;
  char dir[] = "/tmp/cc_report_XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[128];
  snprintf(path, sizeof path, "%s/run.csv", dir);
  const char *old = "\"id\"\r\nprevious report, byte for byte\r\n";
  cc_err err;
  assert_int_equal(cc_io_write_file(path, old, strlen(old), &err), 0);

  /* a report big enough to need several writes, failing half way */
  cc_findings *set = cc_findings_new();
  for (uint32_t i = 0; i < 4000; i++) {
    char msg[64];
    snprintf(msg, sizeof msg, "finding number %u", i);
    S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, "r", msg,
          S_side("a.md", i + 1, 1, msg, "v"), S_none);
  }
  char *full = S_render("csv", set, &S_opts);
  S_budget budget = {strlen(full) / 2};
  cc_io_set_write_hook(S_full_disk, &budget);
  cc_out *out = cc_out_atomic(path, &err);
  assert_non_null(out);
  assert_int_equal(cc_report_write(out, "csv", set, &S_opts, &err), -1);
  char want[512];
  snprintf(want, sizeof want, "%s: write error: No space left on device "
                              "('%s' was left as it was)", path, path);
  assert_string_equal(err.msg, want);
  assert_int_equal(cc_out_close(&out, &err), -1);
  cc_io_set_write_hook(NULL, NULL);
  assert_string_equal(err.msg, want);

  char *now;
  size_t len;
  assert_int_equal(cc_read_file(path, 0, &now, &len, &err), 0);
  assert_int_equal(len, strlen(old));
  assert_memory_equal(now, old, len);
  assert_int_equal(S_count_entries(dir), 1); /* no temporary left behind */
  cc_xfree(now);
  cc_xfree(full);
  cc_findings_free(&set);
  unlink(path);
  rmdir(dir);
}

/* ---- a real spreadsheet engine ----------------------------------------------------------- */

/* LibreOffice converts the CSV to flat ODS; a formula cell would carry a
 * table:formula attribute.  The control file (written without the guard)
 * shows the engine does evaluate formulas, so the test can fail. */
static int S_soffice_formulas(const char *dir, const char *name,
                              const char *csv) {
  char path[256], cmd[1024], fods[256];
  snprintf(path, sizeof path, "%s/%s.csv", dir, name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(csv, f);
  fclose(f);
  snprintf(cmd, sizeof cmd,
           "cd %s && timeout 120 soffice -env:UserInstallation=file://%s/lo "
           "--headless --infilter=CSV:44,34,76,1 --convert-to fods "
           "--outdir %s %s >/dev/null 2>&1",
           dir, dir, dir, path);
  if (system(cmd) != 0)
    return -1;
  snprintf(fods, sizeof fods, "%s/%s.fods", dir, name);
  char *x;
  size_t len;
  cc_err err;
  if (cc_read_file(fods, 0, &x, &len, &err) != 0)
    return -1;
  int n = 0;
  for (const char *p = x; (p = strstr(p, "table:formula=")); p++)
    n++;
  cc_xfree(x);
  return n;
}

static void test_libreoffice_opens_csv_safely(void **state) {
  (void)state;
  if (system("command -v soffice >/dev/null 2>&1") != 0) {
    print_message("soffice not installed: skipping the spreadsheet test\n");
    skip();
  }
  char dir[] = "/tmp/cc_lo_XXXXXX";
  assert_non_null(mkdtemp(dir));
  cc_findings *set = cc_findings_new();
  const char *evil[] = {"=1+1", "+2+3", "-4+5", "@SUM(1,2)",
                        "=HYPERLINK(\"http://x.test\",\"click\")",
                        "  =7*6", "\t=1+2"};
  for (size_t i = 0; i < sizeof evil / sizeof *evil; i++)
    S_add(set, CC_VERDICT_DISCREPANCY, CC_SEV_ERROR, evil[i], evil[i],
          S_side("a.md", (uint32_t)i + 1, 1, evil[i], evil[i]), S_none);
  char *csv = S_render("csv", set, &S_opts);
  int guarded = S_soffice_formulas(dir, "guarded", csv);
  int control = S_soffice_formulas(dir, "control",
                                   "\"id\",\"x\"\r\n\"=1+1\",\"=2*3\"\r\n");
  cc_xfree(csv);
  cc_findings_free(&set);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
  if (control < 0) {
    print_message("soffice could not convert: skipping\n");
    skip();
  }
  assert_true(control > 0);   /* the engine does run formulas */
  assert_int_equal(guarded, 0); /* and none of ours */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text_exact),
      cmocka_unit_test(test_text_color_and_show),
      cmocka_unit_test(test_terminal_safety),
      cmocka_unit_test(test_summary_plurals),
      cmocka_unit_test(test_suppressed_visibility),
      cmocka_unit_test(test_gate),
      cmocka_unit_test(test_csv_exact),
      cmocka_unit_test(test_csv_guard_cells),
      cmocka_unit_test(test_csv_order_independent),
      cmocka_unit_test(test_json),
      cmocka_unit_test(test_json_invalid_utf8_repaired),
      cmocka_unit_test(test_sarif_schema),
      cmocka_unit_test(test_sarif_schema_rejects),
      cmocka_unit_test(test_github_exact),
      cmocka_unit_test(test_github_escaping),
      cmocka_unit_test(test_junit),
      cmocka_unit_test(test_table),
      cmocka_unit_test(test_empty_set),
      cmocka_unit_test(test_default_path),
      cmocka_unit_test(test_failed_write_keeps_old_report),
      cmocka_unit_test(test_libreoffice_opens_csv_safely),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
