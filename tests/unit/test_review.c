/* test_review.c - the review round trip: strict reading with clear errors,
 * baseline and gate, --update keeping every human edit, nothing lost on a
 * failed write, the summary, and inline suppression comments. */
#include "cc_test.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_io.h"
#include "cc_report.h"
#include "cc_review.h"

/* ---- fixtures ----------------------------------------------------------------- */

static cc_finding *S_add(cc_findings *set, cc_severity sev, const char *rule,
                         const char *doc, uint32_t line, const char *quote) {
  cc_finding f;
  memset(&f, 0, sizeof f);
  f.verdict = CC_VERDICT_DISCREPANCY;
  f.severity = (uint8_t)sev;
  f.check = "demo";
  f.rule = rule;
  f.key = "k{story}";
  f.message = "values disagree";
  f.a.doc = doc;
  f.a.line = line;
  f.a.col = 1;
  f.a.quote = quote;
  f.a.text = quote;
  f.a.value = quote; /* (a finding between claims is its values) */
  f.b.doc = "other.md";
  f.b.line = 4;
  f.b.col = 2;
  f.b.quote = "The other says 2.";
  f.b.text = "2";
  f.b.value = "2";
  return cc_findings_add(set, &f);
}

/* Four findings; the values decide the id, so "moved" keeps A's id. */
static cc_findings *S_set(bool with_b, bool with_e, uint32_t a_line) {
  cc_findings *set = cc_findings_new();
  S_add(set, CC_SEV_ERROR, "zone_pair", "a.md", a_line, "Quote A.");
  if (with_b)
    S_add(set, CC_SEV_WARNING, "count_list", "a.md", 5, "Quote B.");
  S_add(set, CC_SEV_INFO, "name_variant", "b.md", 1, "Quote C.");
  S_add(set, CC_SEV_ERROR, "zone_pair", "b.md", 9, "Quote D.");
  if (with_e)
    S_add(set, CC_SEV_ERROR, "weekday", "c.md", 3, "Quote E.");
  return set;
}

static const char *S_id_of(const cc_findings *set, const char *quote) {
  for (size_t i = 0; i < cc_findings_count(set); i++)
    if (strcmp(cc_findings_at(set, i)->a.quote, quote) == 0)
      return cc_findings_at(set, i)->id;
  fail_msg("no finding quotes %s", quote);
  return NULL;
}

typedef struct S_dir {
  char path[64];
  char file[96];
} S_dir;

static int S_setup(void **state) {
  S_dir *d = cc_xcalloc(1, sizeof *d);
  snprintf(d->path, sizeof d->path, "/tmp/cc_review_XXXXXX");
  if (!mkdtemp(d->path))
    return -1;
  snprintf(d->file, sizeof d->file, "%s/reviewed.csv", d->path);
  *state = d;
  return 0;
}

static int S_teardown(void **state) {
  S_dir *d = *state;
  char cmd[160];
  snprintf(cmd, sizeof cmd, "rm -rf %s", d->path);
  int rc = system(cmd);
  cc_xfree(d);
  return rc == 0 ? 0 : -1;
}

static char *S_slurp(const char *path, size_t *len) {
  char *s;
  cc_err err;
  assert_int_equal(cc_read_file(path, 0, &s, len, &err), 0);
  return s;
}

static void S_put(const char *path, const char *data) {
  cc_err err;
  assert_int_equal(cc_io_write_file(path, data, strlen(data), &err), 0);
}

static size_t S_entries(const char *dir) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
  closedir(d);
  return n;
}

static const char *S_header =
    "id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,"
    "doc_b,line_b,col_b,quote_b,value_b,status,note\n";

/* A row as a spreadsheet saves it: minimal quoting, LF. */
static void S_row(cc_buf *b, const char *id, const char *rule,
                  const char *status, const char *note) {
  cc_buf_printf(b, "%s,error,discrepancy,%s,k,m,a.md,1,1,q,v,,,,,,%s,%s\n", id,
                rule, status, note);
}

/* ---- reading --------------------------------------------------------------------- */

static void test_read_own_report(void **state) {
  (void)state;
  cc_findings *set = S_set(true, false, 2);
  cc_out *out = cc_out_mem();
  cc_err err;
  assert_int_equal(cc_report_write(out, "csv", set, NULL, &err), 0);
  size_t len;
  const char *csv = cc_out_mem_data(out, &len);
  cc_review *r = cc_review_parse("mem.csv", csv, len, &err);
  assert_non_null(r);
  assert_int_equal(cc_review_rows(r), 4);
  const char *id = S_id_of(set, "Quote B.");
  long row = cc_review_find(r, id);
  assert_true(row >= 0);
  assert_string_equal(cc_review_cell(r, (size_t)row, CC_COL_QUOTE_A),
                      "Quote B.");
  assert_string_equal(cc_review_cell(r, (size_t)row, CC_COL_DOC_B), "other.md");
  assert_string_equal(cc_review_status(r, (size_t)row), "");
  assert_string_equal(cc_review_cell(r, 99, CC_COL_ID), "");
  assert_int_equal(cc_review_find(r, "0000000000000000"), -1);
  cc_review_free(&r);
  cc_review_free(&r); /* NULL-safe */
  cc_out_abort(&out);
  cc_findings_free(&set);
}

static void test_status_spellings(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, S_header);
  S_row(&b, "00000000000000a1", "r", "Confirmed", "");
  S_row(&b, "00000000000000a2", "r", " false positive ", "");
  S_row(&b, "00000000000000a3", "r", "False-Positive", "");
  S_row(&b, "00000000000000a4", "r", "FIXED", "");
  S_row(&b, "00000000000000a5", "r", "accepted", "");
  S_row(&b, "00000000000000A6", "r", "", "upper-case id");
  cc_err err;
  cc_review *r = cc_review_parse("s.csv", b.ptr, b.len, &err);
  assert_non_null(r);
  const char *want[] = {"confirmed", "false_positive", "false_positive",
                        "fixed", "accepted", ""};
  for (size_t i = 0; i < 6; i++)
    assert_string_equal(cc_review_status(r, i), want[i]);
  /* the cell keeps what the person wrote */
  assert_string_equal(cc_review_cell(r, 1, CC_COL_STATUS), " false positive ");
  assert_int_equal(cc_review_find(r, "00000000000000a6"), 5);
  cc_review_free(&r);
  cc_buf_free(&b);
}

/* An id a spreadsheet read as a number: its leading zeros come back; a
 * number in E notation cannot, and the message says what happened. */
static void test_numeric_ids(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, S_header);
  S_row(&b, "60144718364423", "r", "confirmed", "saved by a spreadsheet");
  cc_err err;
  cc_review *r = cc_review_parse("n.csv", b.ptr, b.len, &err);
  assert_non_null(r);
  assert_int_equal(cc_review_find(r, "0060144718364423"), 0);
  /* the row's id cell as saved finds it too (found by fuzz_review) */
  assert_int_equal(cc_review_find(r, cc_review_cell(r, 0, 0)), 0);
  assert_int_equal(cc_review_find(r, "60144718364423"), 0);
  cc_review_free(&r);
  cc_buf_reset(&b);
  cc_buf_puts(&b, S_header);
  S_row(&b, "6.01447E+13", "r", "confirmed", "");
  assert_null(cc_review_parse("n.csv", b.ptr, b.len, &err));
  assert_non_null(strstr(err.msg, "n.csv:2: row 2, column 1 (id)"));
  assert_non_null(strstr(err.msg, "a spreadsheet turned it into a number"));
  cc_buf_free(&b);
}

/* What LibreOffice or Excel write back: BOM, minimal quoting, LF or CRLF,
 * a trailing empty row, no final newline, notes with spaces. */
static void test_spreadsheet_forms(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "\xef\xbb\xbf");
  cc_buf_puts(&b, S_header);
  S_row(&b, "00000000000000b1", "r", "confirmed", "  two leading spaces");
  cc_buf_puts(&b, "00000000000000b2,error,discrepancy,r,k,\"m, with comma\","
                  "a.md,1,1,\"multi\r\nline \"\"quote\"\"\",v,,,,,,,last\r\n");
  cc_buf_puts(&b, ",,,,,,,,,,,,,,,,,\n\n");
  /* cells claimcheck guarded against formulas read without the guard;
   * an apostrophe before anything else is the reviewer's */
  S_row(&b, "00000000000000b4", "r", "confirmed", "'-3 hours per wire");
  S_row(&b, "00000000000000b5", "r", "", "'tis so");
  cc_buf_puts(&b, "00000000000000b3,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,,"
                  "no newline at end");
  cc_err err;
  cc_review *r = cc_review_parse("s.csv", b.ptr, b.len, &err);
  if (!r)
    fail_msg("%s", err.msg);
  assert_int_equal(cc_review_rows(r), 5);
  assert_string_equal(cc_review_cell(r, 2, CC_COL_NOTE), "-3 hours per wire");
  assert_string_equal(cc_review_cell(r, 3, CC_COL_NOTE), "'tis so");
  assert_string_equal(cc_review_cell(r, 0, CC_COL_NOTE), "  two leading spaces");
  assert_string_equal(cc_review_cell(r, 1, CC_COL_QUOTE_A),
                      "multi\r\nline \"quote\"");
  assert_string_equal(cc_review_cell(r, 4, CC_COL_NOTE), "no newline at end");
  cc_review_free(&r);
  cc_buf_free(&b);

  /* a header and nothing else is an empty review, not an error */
  r = cc_review_parse("h.csv", S_header, strlen(S_header), &err);
  assert_non_null(r);
  assert_int_equal(cc_review_rows(r), 0);
  cc_review_free(&r);
}

/* Bad files: each message names the file, the line, the row and the
 * column where that applies.  Data-driven: a case is one row here. */
typedef struct S_bad {
  const char *what;
  const char *body; /* appended after the header unless it starts with ! */
  const char *want;
} S_bad;

static const S_bad S_bads[] = {
    {"unbalanced quotes",
     "00000000000000c1,error,discrepancy,r,k,\"never closed,a.md,1,1,q,v,,,,,,,\n",
     "bad.csv:2: row 2, column 6 (message): a quoted cell is never closed "
     "(unbalanced quotes)"},
    {"quote inside an unquoted cell",
     "00000000000000c1,error,discrepancy,r,k,say \"hi\",a.md,1,1,q,v,,,,,,,\n",
     "bad.csv:2: row 2, column 6 (message): malformed quoting"},
    {"text after a closing quote",
     "00000000000000c1,error,discrepancy,r,k,\"m\"x,a.md,1,1,q,v,,,,,,,\n",
     "bad.csv:2: row 2, column 6 (message): malformed quoting"},
    {"another tool's CSV", "!name,email\nbob,bob@example.test\n",
     "bad.csv:1: row 1: 2 columns, expected the 18 of a claimcheck report"},
    {"renamed column",
     "!id,severity,level,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,"
     "doc_b,line_b,col_b,quote_b,value_b,status,note\n",
     "bad.csv:1: row 1, column 3: expected 'verdict', found 'level'"},
    {"missing column",
     "00000000000000c1,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,\n",
     "bad.csv:2: row 2: 17 columns, expected 18"},
    {"extra column",
     "00000000000000c1,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,,,extra\n",
     "bad.csv:2: row 2: 19 columns, expected 18"},
    {"not an id", "zz,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,,\n",
     "bad.csv:2: row 2, column 1 (id): 'zz' is not a finding id"},
    {"unknown status",
     "00000000000000c1,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,maybe,\n",
     "bad.csv:2: row 2, column 17 (status): unknown status 'maybe'"},
    {"duplicate id",
     "00000000000000c1,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,,\n"
     "00000000000000C1,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,,\n",
     "bad.csv:3: row 3, column 1 (id): id 00000000000000c1 already used at "
     "line 2"},
    {"legacy code page",
     "00000000000000c1,error,discrepancy,r,k,\x93quoted\x94,a.md,1,1,q,v,,,,,,,\n",
     "bad.csv:2: byte 158: not UTF-8; save the file as CSV UTF-8"},
    {"UTF-16", "!\xff\xfei\0d\0", "bad.csv: UTF-16 text"},
    {"empty file", "!", "bad.csv:1: empty file: expected the header row"},
    {"row error after a multi-line cell",
     "00000000000000c1,error,discrepancy,r,k,\"two\nlines\",a.md,1,1,q,v,,,,,,,\n"
     "00000000000000c2,error,discrepancy,r,k,m,a.md,1,1,q,v,,,,,,bogus,\n",
     "bad.csv:4: row 3, column 17 (status): unknown status 'bogus'"},
};

static void test_bad_files(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof S_bads / sizeof *S_bads; i++) {
    const S_bad *c = &S_bads[i];
    cc_buf b = CC_BUF_INIT;
    size_t extra = strcmp(c->what, "UTF-16") == 0 ? 4 : 0; /* NULs */
    if (c->body[0] == '!')
      cc_buf_put(&b, c->body + 1, strlen(c->body + 1) + extra);
    else {
      cc_buf_puts(&b, S_header);
      cc_buf_puts(&b, c->body);
    }
    cc_err err = {{0}};
    cc_review *r = cc_review_parse("bad.csv", b.ptr ? b.ptr : "", b.len, &err);
    if (r || strncmp(err.msg, c->want, strlen(c->want)) != 0)
      fail_msg("case '%s':\n want: %s\n got:  %s", c->what, c->want,
               r ? "(accepted)" : err.msg);
    cc_buf_free(&b);
  }
}

static void test_nul_byte(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, S_header);
  cc_buf_put(&b, "\0", 1);
  cc_err err;
  assert_null(cc_review_parse("n.csv", b.ptr, b.len, &err));
  assert_string_equal(err.msg, "n.csv:2: byte 119: NUL byte (not a CSV text "
                               "file)");
  cc_buf_free(&b);
}

static void test_missing_file(void **state) {
  (void)state;
  cc_err err;
  assert_null(cc_review_load("/nonexistent/reviewed.csv", &err));
  assert_non_null(strstr(err.msg, "/nonexistent/reviewed.csv: cannot open"));
  cc_findings *set = cc_findings_new();
  assert_int_equal(cc_review_apply_baseline("/nonexistent/b.csv", set, &err),
                   -1);
  assert_non_null(strstr(err.msg, "/nonexistent/b.csv: cannot open"));
  cc_out *out = cc_out_mem();
  assert_int_equal(cc_review_summary("/nonexistent/s.csv", out, &err), -1);
  cc_out_abort(&out);
  cc_findings_free(&set);
}

/* ---- baseline and gate ------------------------------------------------------------ */

static void test_baseline_gate(void **state) {
  S_dir *d = *state;
  cc_findings *set = S_set(false, false, 2); /* A, C, D */
  cc_err err;
  assert_int_equal(cc_review_update(d->file, set, &err), 0);
  assert_int_equal(cc_report_gate(set, CC_SEV_ERROR), 1);

  /* the reviewer marks both errors; C (info) stays unreviewed */
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, S_header);
  S_row(&b, S_id_of(set, "Quote A."), "zone_pair", "confirmed", "desk agrees");
  S_row(&b, S_id_of(set, "Quote D."), "zone_pair", "false_positive", "");
  S_row(&b, S_id_of(set, "Quote C."), "name_variant", "", "looked; unsure");
  S_put(d->file, b.ptr);
  cc_buf_free(&b);

  cc_review *r = cc_review_load(d->file, &err);
  assert_non_null(r);
  assert_int_equal(cc_review_mark(r, set), 2);
  assert_int_equal(cc_report_gate(set, CC_SEV_ERROR), 0); /* now passes */
  assert_int_equal(cc_report_gate(set, CC_SEV_INFO), 1);  /* C is not reviewed */
  const cc_finding *a = cc_findings_at(set, 0);
  assert_true(a->suppressed);
  assert_string_equal(a->status, "confirmed");
  assert_string_equal(a->note, "desk agrees");

  /* a new discrepancy fails the gate again */
  cc_finding *e = S_add(set, CC_SEV_ERROR, "weekday", "c.md", 3, "Quote E.");
  assert_int_equal(cc_review_mark(r, set), 2);
  assert_false(e->suppressed);
  assert_int_equal(cc_report_gate(set, CC_SEV_ERROR), 1);
  cc_review_free(&r);
  cc_findings_free(&set);

  /* the CLI's form: by path; statuses and notes carried (the notes
   * copied: they outlive the file's review) */
  set = S_set(false, false, 2);
  assert_int_equal(cc_review_apply_baseline(d->file, set, &err), 0);
  assert_int_equal(cc_report_gate(set, CC_SEV_ERROR), 0);
  assert_string_equal(cc_findings_at(set, 0)->status, "confirmed");
  assert_string_equal(cc_findings_at(set, 0)->note, "desk agrees");
  cc_out *out = cc_out_mem();
  assert_int_equal(cc_review_summary(d->file, out, &err), 0);
  char want[160];
  snprintf(want, sizeof want, "%s: 3 findings, 2 reviewed, 0 gone\n", d->file);
  assert_memory_equal(cc_out_mem_data(out, NULL), want, strlen(want));
  cc_out_abort(&out);
  cc_findings_free(&set);
}

/* ---- update ------------------------------------------------------------------------ */

typedef struct S_edit {
  const char *quote;
  const char *status;
  const char *note;
} S_edit;

/* What a person does in a spreadsheet: fill status and note, save. */
static void S_human_edits(const char *path, const cc_findings *set,
                          const S_edit *edits, size_t n) {
  cc_err err;
  cc_review *r = cc_review_load(path, &err);
  assert_non_null(r);
  cc_out *out = cc_out_atomic(path, &err);
  assert_non_null(out);
  cc_report_csv_header(out);
  for (size_t i = 0; i < cc_review_rows(r); i++) {
    const char *cells[CC_REPORT_CSV_NCOLS];
    for (int c = 0; c < CC_REPORT_CSV_NCOLS; c++)
      cells[c] = cc_review_cell(r, i, c);
    for (size_t k = 0; k < n; k++)
      if (strcmp(cells[CC_COL_ID], S_id_of(set, edits[k].quote)) == 0) {
        cells[CC_COL_STATUS] = edits[k].status;
        cells[CC_COL_NOTE] = edits[k].note;
      }
    cc_report_csv_row(out, cells, CC_REPORT_CSV_NCOLS);
  }
  assert_int_equal(cc_out_close(&out, &err), 0);
  cc_review_free(&r);
}

static const S_edit S_edits[] = {
    {"Quote A.", "confirmed", "checked with the desk, ok"},
    {"Quote B.", "false_positive", "says \"five\", lists five;\nsee call"},
    {"Quote C.", "Fixed", "\xc3\x9cnic\xc3\xb6" "de \xe2\x9c\x93"},
    {"Quote D.", "", "  only a note, spaces kept  "},
};

static void S_assert_edit(const cc_review *r, const char *id,
                          const S_edit *e, bool gone) {
  long row = cc_review_find(r, id);
  assert_true(row >= 0);
  assert_string_equal(cc_review_cell(r, (size_t)row, CC_COL_STATUS), e->status);
  cc_buf want = CC_BUF_INIT;
  cc_buf_puts(&want, e->note);
  if (gone)
    cc_buf_puts(&want, " " CC_REVIEW_GONE);
  assert_string_equal(cc_review_cell(r, (size_t)row, CC_COL_NOTE), want.ptr);
  cc_buf_free(&want);
}

static void test_update_keeps_every_edit(void **state) {
  S_dir *d = *state;
  cc_err err;
  cc_review_merge_stats st;
  cc_findings *run1 = S_set(true, false, 2); /* A B C D */
  assert_int_equal(cc_review_update_ex(d->file, run1, NULL, &st, &err), 0);
  assert_int_equal(st.added, 4);
  S_human_edits(d->file, run1, S_edits, 4);

  /* next run: A moved to line 8, B no longer occurs, E is new */
  cc_findings *run2 = S_set(false, true, 8);
  assert_int_equal(cc_review_update_ex(d->file, run2, NULL, &st, &err), 0);
  assert_int_equal(st.kept, 3);
  assert_int_equal(st.gone, 1);
  assert_int_equal(st.added, 1);
  assert_int_equal(st.reviewed, 3);
  cc_review *r = cc_review_load(d->file, &err);
  assert_non_null(r);
  assert_int_equal(cc_review_rows(r), 5);
  for (size_t i = 0; i < 4; i++)
    S_assert_edit(r, S_id_of(run1, S_edits[i].quote), &S_edits[i],
                  strcmp(S_edits[i].quote, "Quote B.") == 0);
  /* rows keep their order; the new finding comes last, unreviewed */
  assert_string_equal(cc_review_cell(r, 0, CC_COL_QUOTE_A), "Quote A.");
  assert_string_equal(cc_review_cell(r, 0, CC_COL_LINE_A), "8"); /* refreshed */
  assert_string_equal(cc_review_cell(r, 1, CC_COL_QUOTE_A), "Quote B.");
  assert_string_equal(cc_review_cell(r, 4, CC_COL_QUOTE_A), "Quote E.");
  assert_string_equal(cc_review_cell(r, 4, CC_COL_STATUS), "");
  assert_int_equal(cc_review_count_gone(r), 1);
  cc_review_free(&r);

  /* the same run again: byte-identical, "gone" not appended twice */
  size_t len1, len2;
  char *before = S_slurp(d->file, &len1);
  assert_int_equal(cc_review_update_ex(d->file, run2, NULL, &st, &err), 0);
  char *after = S_slurp(d->file, &len2);
  assert_int_equal(len1, len2);
  assert_memory_equal(before, after, len1);
  cc_xfree(before);
  cc_xfree(after);

  /* B comes back: its note loses the marker, everything else stays */
  cc_findings *run3 = S_set(true, true, 8);
  assert_int_equal(cc_review_update_ex(d->file, run3, NULL, &st, &err), 0);
  assert_int_equal(st.gone, 0);
  r = cc_review_load(d->file, &err);
  for (size_t i = 0; i < 4; i++)
    S_assert_edit(r, S_id_of(run1, S_edits[i].quote), &S_edits[i], false);
  assert_int_equal(cc_review_rows(r), 5);
  cc_review_free(&r);
  cc_findings_free(&run1);
  cc_findings_free(&run2);
  cc_findings_free(&run3);
}

/* A review file of an earlier release (ids of rule, key and quotes):
 * --update keeps every status and note under the new ids, and --baseline
 * still suppresses what it reviewed. */
static void test_legacy_ids(void **state) {
  S_dir *d = *state;
  cc_err err;
  cc_findings *run = S_set(true, false, 2);
  assert_int_equal(cc_review_update_ex(d->file, run, NULL, NULL, &err), 0);
  S_human_edits(d->file, run, S_edits, 4);
  /* the file as the earlier release wrote it: each id its legacy one */
  size_t len;
  char *text = NULL;
  assert_int_equal(cc_read_file(d->file, 0, &text, &len, &err), 0);
  for (size_t i = 0; i < cc_findings_count(run); i++) {
    const cc_finding *f = cc_findings_at(run, i);
    char old[17];
    cc_finding_legacy_id(f, old);
    char *at = strstr(text, f->id);
    assert_non_null(at);
    memcpy(at, old, 16);
  }
  S_put(d->file, text);
  cc_xfree(text);
  cc_review_merge_stats st;
  cc_findings *base = S_set(true, false, 2);
  assert_int_equal(cc_review_apply_baseline(d->file, base, &err), 0);
  for (size_t i = 0; i < cc_findings_count(base); i++) /* D: a note only */
    assert_int_equal(cc_findings_at(base, i)->suppressed,
                     strcmp(cc_findings_at(base, i)->a.quote, "Quote D.") != 0);
  assert_int_equal(cc_review_update_ex(d->file, run, NULL, &st, &err), 0);
  assert_int_equal(st.kept, 4);
  assert_int_equal(st.gone, 0);
  assert_int_equal(st.added, 0);
  cc_review *r = cc_review_load(d->file, &err);
  assert_non_null(r);
  assert_int_equal(cc_review_rows(r), 4);
  for (size_t i = 0; i < 4; i++) /* under the new ids */
    S_assert_edit(r, S_id_of(run, S_edits[i].quote), &S_edits[i], false);
  cc_review_free(&r);
  cc_findings_free(&base);
  cc_findings_free(&run);
}

/* --baseline and --update on the same file: suppressed findings still
 * occur, so their rows must not turn "gone". */
static void test_update_after_baseline(void **state) {
  S_dir *d = *state;
  cc_err err;
  cc_findings *set = S_set(true, false, 2);
  assert_int_equal(cc_review_update(d->file, set, &err), 0);
  S_human_edits(d->file, set, S_edits, 4);
  cc_review *r = cc_review_load(d->file, &err);
  assert_int_equal(cc_review_mark(r, set), 3);
  cc_review_merge_stats st;
  assert_int_equal(cc_review_update_ex(d->file, set, NULL, &st, &err), 0);
  assert_int_equal(st.gone, 0);
  assert_int_equal(st.kept, 4);
  cc_review_free(&r);
  cc_findings_free(&set);
}

/* An inline "accepted" fills an empty status; a person's status wins. */
static void test_update_inline_status(void **state) {
  S_dir *d = *state;
  cc_err err;
  cc_findings *set = S_set(true, false, 2);
  cc_findings_at(set, 1)->status = "accepted"; /* B, by a comment */
  cc_findings_at(set, 1)->note = "house style";
  cc_findings_at(set, 0)->status = "accepted"; /* A, but see below */
  assert_int_equal(cc_review_update(d->file, set, &err), 0);
  S_edit e = {"Quote A.", "confirmed", "person"};
  S_human_edits(d->file, set, &e, 1);
  assert_int_equal(cc_review_update(d->file, set, &err), 0);
  cc_review *r = cc_review_load(d->file, &err);
  assert_string_equal(cc_review_status(r, (size_t)cc_review_find(
                                              r, S_id_of(set, "Quote B."))),
                      "accepted");
  assert_string_equal(cc_review_cell(r, (size_t)cc_review_find(
                                             r, S_id_of(set, "Quote B.")),
                                     CC_COL_NOTE),
                      "house style");
  assert_string_equal(cc_review_status(r, (size_t)cc_review_find(
                                              r, S_id_of(set, "Quote A."))),
                      "confirmed");
  cc_review_free(&r);
  cc_findings_free(&set);
}

/* ---- nothing lost -------------------------------------------------------------------- */

typedef struct S_budget {
  size_t left;
} S_budget;

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

static void test_failed_update_loses_nothing(void **state) {
  S_dir *d = *state;
  cc_err err;
  /* a big reviewed file, with edits */
  cc_findings *set = cc_findings_new();
  char q[64];
  for (uint32_t i = 0; i < 3000; i++) {
    snprintf(q, sizeof q, "Quote number %u.", i);
    S_add(set, CC_SEV_ERROR, "zone_pair", "a.md", i + 1, q);
  }
  assert_int_equal(cc_review_update(d->file, set, &err), 0);
  S_human_edits(d->file, set, S_edits, 0);
  size_t len0;
  char *before = S_slurp(d->file, &len0);

  /* the next run fails after half the rows */
  S_add(set, CC_SEV_ERROR, "weekday", "z.md", 1, "A new one.");
  S_budget b = {len0 / 2};
  cc_io_set_write_hook(S_full_disk, &b);
  int rc = cc_review_update(d->file, set, &err);
  cc_io_set_write_hook(NULL, NULL);
  assert_int_equal(rc, -1);
  assert_non_null(strstr(err.msg, d->file));
  assert_non_null(strstr(err.msg, "No space left on device"));
  size_t len1;
  char *after = S_slurp(d->file, &len1);
  assert_int_equal(len0, len1);
  assert_memory_equal(before, after, len0);
  assert_int_equal(S_entries(d->path), 1); /* no temporary left */
  cc_xfree(before);
  cc_xfree(after);
  cc_findings_free(&set);
}

static void test_malformed_file_left_untouched(void **state) {
  S_dir *d = *state;
  const char *bad = "name,email\r\nbob,\"unclosed\r\n";
  S_put(d->file, bad);
  cc_findings *set = S_set(true, true, 2);
  cc_err err;
  assert_int_equal(cc_review_update(d->file, set, &err), -1);
  char want[160];
  snprintf(want, sizeof want, "%s:1: row 1: 2 columns", d->file);
  assert_memory_equal(err.msg, want, strlen(want));
  size_t len;
  char *now = S_slurp(d->file, &len);
  assert_int_equal(len, strlen(bad));
  assert_memory_equal(now, bad, len);
  cc_xfree(now);
  cc_findings_free(&set);
}

/* Regression (fuzzing): a status typed with a leading TAB is read as
 * "confirmed"; written back it must still read as "confirmed", not draw
 * the formula guard's quote. */
static void test_status_whitespace_round_trip(void **state) {
  S_dir *d = *state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, S_header);
  S_row(&b, "00000000000002c1", "r", "\t\tconfirmed ", "");
  S_put(d->file, b.ptr);
  cc_buf_free(&b);
  cc_findings *set = cc_findings_new(); /* the row's finding is gone */
  cc_err err;
  for (int run = 0; run < 2; run++) {
    assert_int_equal(cc_review_update(d->file, set, &err), 0);
    cc_review *r = cc_review_load(d->file, &err);
    if (!r)
      fail_msg("%s", err.msg);
    assert_string_equal(cc_review_status(r, 0), "confirmed");
    assert_string_equal(cc_review_cell(r, 0, CC_COL_NOTE), CC_REVIEW_GONE);
    cc_review_free(&r);
  }
  cc_findings_free(&set);
}

/* ---- summary ---------------------------------------------------------------------------- */

static void test_summary(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, S_header);
  S_row(&b, "00000000000000d1", "zone_pair", "confirmed", "");
  S_row(&b, "00000000000000d2", "zone_pair", "confirmed", "");
  S_row(&b, "00000000000000d3", "zone_pair", "false_positive", "");
  S_row(&b, "00000000000000d4", "count_list", "false_positive", "[gone]");
  S_row(&b, "00000000000000d5", "count_list", "fixed", "x [gone]");
  S_row(&b, "00000000000000d6", "weekday", "", "");
  S_row(&b, "00000000000000d7", "weekday", "accepted", "");
  cc_err err;
  cc_review *r = cc_review_parse("reviewed.csv", b.ptr, b.len, &err);
  assert_non_null(r);
  size_t c, fp;
  double p = cc_review_precision(r, "zone_pair", &c, &fp);
  assert_int_equal(c, 2);
  assert_int_equal(fp, 1);
  assert_true(p > 0.666 && p < 0.667);
  assert_true(cc_review_precision(r, "count_list", NULL, NULL) == 0.0);
  assert_true(cc_review_precision(r, "weekday", NULL, NULL) < 0);
  assert_true(cc_review_precision(r, NULL, NULL, NULL) == 0.5);
  assert_int_equal(cc_review_count_status(r, "confirmed"), 2);
  assert_int_equal(cc_review_count_status(r, ""), 1);
  cc_buf out = CC_BUF_INIT;
  cc_review_summary_text(r, "reviewed.csv", &out);
  assert_string_equal(
      out.ptr,
      "reviewed.csv: 7 findings, 6 reviewed, 2 gone\n"
      "status:\n"
      "  confirmed        2\n"
      "  false_positive   2\n"
      "  fixed            1\n"
      "  accepted         1\n"
      "  (none)           1\n"
      "precision by rule (confirmed / (confirmed + false_positive)):\n"
      "  count_list   0.00  (0 confirmed, 1 false_positive)\n"
      "  weekday         -  (0 judged)\n"
      "  zone_pair    0.67  (2 confirmed, 1 false_positive)\n"
      "  all rules    0.50  (2 confirmed, 2 false_positive)\n");
  cc_buf_free(&out);
  cc_review_free(&r);
  cc_buf_free(&b);
}

/* ---- inline suppression ------------------------------------------------------------------ */

static const cc_inline_supp *S_supp(const cc_vec *v, size_t i) {
  return CC_VEC_AT(v, cc_inline_supp, i);
}

static void test_inline_scan(void **state) {
  (void)state;
  const char *text =
      "---\r\ndate: 2025-01-02\r\n---\r\n"                        /* 1-3 */
      "<!-- claimcheck-disable-next-line zone_pair: AP style, checked -->\r\n" /* 4 */
      "It began at 11:30 a.m. (1900 GMT).\r\n"                     /* 5 */
      "Text <!--claimcheck-disable-next-line a.b, c_d:   why\n  not  -->\n" /* 6-7 */
      "Line eight.\r"                                              /* 8 */
      "<!-- claimcheck-disable-next-line -->\n"                     /* 9 */
      "Line ten.\n"                                                /* 10 */
      "<!-- claimcheck-disable-next-line all -->\n"                /* 11 */
      "<!-- claimcheck-disable-next-linex r: no -->\n"             /* 13: not ours */
      "<!-- a plain comment -->\n"
      "<!-- claimcheck-disable-next-line r: never closed\n";
  cc_vec v = CC_VEC_INIT(cc_inline_supp);
  assert_int_equal(cc_review_inline_scan(text, strlen(text), &v), 5);
  assert_int_equal(S_supp(&v, 0)->line, 5);
  assert_string_equal(S_supp(&v, 0)->rule, "zone_pair");
  assert_string_equal(S_supp(&v, 0)->reason, "AP style, checked");
  assert_int_equal(S_supp(&v, 1)->line, 8); /* after the comment's end */
  assert_string_equal(S_supp(&v, 1)->rule, "a.b");
  assert_string_equal(S_supp(&v, 1)->reason, "why not");
  assert_string_equal(S_supp(&v, 2)->rule, "c_d");
  assert_int_equal(S_supp(&v, 3)->line, 10);
  assert_string_equal(S_supp(&v, 3)->rule, "*");
  assert_string_equal(S_supp(&v, 3)->reason, "");
  assert_int_equal(S_supp(&v, 4)->line, 12);
  assert_string_equal(S_supp(&v, 4)->rule, "all");
  cc_review_inline_free(&v);
}

static void test_inline_apply(void **state) {
  (void)state;
  const char *text = "intro\n"
                     "<!-- claimcheck-disable-next-line zone_pair: wire style -->\n"
                     "line three\n"
                     "<!-- claimcheck-disable-next-line demo -->\n"
                     "line five\n";
  cc_vec v = CC_VEC_INIT(cc_inline_supp);
  cc_review_inline_scan(text, strlen(text), &v);
  cc_findings *set = cc_findings_new();
  cc_finding *hit = S_add(set, CC_SEV_ERROR, "zone_pair", "a.md", 3, "Q1.");
  cc_finding *other_rule = S_add(set, CC_SEV_ERROR, "weekday", "a.md", 3, "Q2.");
  cc_finding *other_doc = S_add(set, CC_SEV_ERROR, "zone_pair", "x.md", 3, "Q3.");
  cc_finding *other_line = S_add(set, CC_SEV_ERROR, "zone_pair", "a.md", 4, "Q4.");
  cc_finding *by_check = S_add(set, CC_SEV_ERROR, "weekday", "a.md", 5, "Q5.");
  assert_int_equal(cc_review_inline_apply(&v, "a.md", set), 2);
  assert_true(hit->suppressed);
  assert_string_equal(hit->status, "accepted");
  assert_string_equal(hit->note, "wire style");
  assert_false(other_rule->suppressed);
  assert_false(other_doc->suppressed);
  assert_false(other_line->suppressed);
  assert_true(by_check->suppressed); /* "demo" is the check's name */
  assert_int_equal(cc_report_gate(set, CC_SEV_ERROR), 1);
  cc_review_inline_free(&v);
  cc_findings_free(&set);
}

/* The run-wide list: several documents, looked up by (document, line). */
static void test_inline_list(void **state) {
  (void)state;
  const char *a = "<!-- claimcheck-disable-next-line zone_pair: a's reason -->\n"
                  "line two\n";
  const char *b = "one\ntwo\n"
                  "<!-- claimcheck-disable-next-line weekday: b1 -->\n"
                  "line four\n";
  cc_inline_list *l = cc_inline_new();
  cc_inline_scan(l, "a.md", a, strlen(a));
  cc_inline_scan(l, "b.md", b, strlen(b));
  cc_inline_scan(l, "c.md", "no comments\n", 12);
  assert_int_equal(cc_inline_count(l), 2);
  cc_findings *set = cc_findings_new();
  cc_finding *f1 = S_add(set, CC_SEV_ERROR, "zone_pair", "a.md", 2, "Q1.");
  cc_finding *f2 = S_add(set, CC_SEV_ERROR, "zone_pair", "b.md", 2, "Q2.");
  cc_finding *f3 = S_add(set, CC_SEV_ERROR, "weekday", "b.md", 4, "Q3.");
  cc_finding *f4 = S_add(set, CC_SEV_ERROR, "weekday", "c.md", 7, "Q4.");
  f4->b.doc = "b.md"; /* its other side sits on the commented line */
  assert_int_equal(cc_inline_apply(l, set), 3);
  assert_true(f1->suppressed);
  assert_string_equal(f1->note, "a's reason");
  assert_false(f2->suppressed);
  assert_true(f3->suppressed);
  assert_string_equal(f3->status, "accepted");
  assert_string_equal(f3->note, "b1");
  assert_true(f4->suppressed);
  /* the reason appears in the CSV report as accepted */
  cc_out *out = cc_out_mem();
  cc_err err;
  assert_int_equal(cc_report_write(out, "csv", set, NULL, &err), 0);
  assert_non_null(strstr(cc_out_mem_data(out, NULL), "\"accepted\",\"b1\""));
  cc_out_abort(&out);
  cc_findings_free(&set);
  cc_inline_free(&l);
  cc_inline_free(&l);
  assert_int_equal(cc_inline_apply(NULL, NULL), 0);
}

/* Hostile input: many openers and no closer must not go quadratic. */
static void test_inline_linear(void **state) {
  (void)state;
  size_t n = 4u << 20;
  char *text = cc_xmalloc(n + 1);
  for (size_t i = 0; i < n; i += 4)
    memcpy(text + i, "<!--", 4);
  text[n] = '\0';
  cc_vec v = CC_VEC_INIT(cc_inline_supp);
  assert_int_equal(cc_review_inline_scan(text, n, &v), 0);
  /* and many small comments */
  const char *c = "<!-- claimcheck-disable-next-line r -->\n";
  size_t cl = strlen(c), k = n / cl;
  for (size_t i = 0; i < k; i++)
    memcpy(text + i * cl, c, cl);
  assert_int_equal(cc_review_inline_scan(text, k * cl, &v), k);
  assert_int_equal(S_supp(&v, k - 1)->line, k + 1);
  cc_review_inline_free(&v);
  cc_xfree(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_read_own_report),
      cmocka_unit_test(test_status_spellings),
      cmocka_unit_test(test_spreadsheet_forms),
      cmocka_unit_test(test_bad_files),
      cmocka_unit_test(test_nul_byte),
      cmocka_unit_test(test_missing_file),
      cmocka_unit_test_setup_teardown(test_baseline_gate, S_setup, S_teardown),
      cmocka_unit_test_setup_teardown(test_update_keeps_every_edit, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_update_after_baseline, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_update_inline_status, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_failed_update_loses_nothing,
                                      S_setup, S_teardown),
      cmocka_unit_test_setup_teardown(test_malformed_file_left_untouched,
                                      S_setup, S_teardown),
      cmocka_unit_test_setup_teardown(test_status_whitespace_round_trip,
                                      S_setup, S_teardown),
      cmocka_unit_test(test_numeric_ids),
      cmocka_unit_test_setup_teardown(test_legacy_ids, S_setup, S_teardown),
      cmocka_unit_test(test_summary),
      cmocka_unit_test(test_inline_scan),
      cmocka_unit_test(test_inline_apply),
      cmocka_unit_test(test_inline_list),
      cmocka_unit_test(test_inline_linear),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
