/* report_csv.c - the CSV report: libcsv quoting, formula guard, CRLF. */
#include "report_int.h"

#include <csv.h>
#include <string.h>

const char *const cc_report_csv_columns[CC_REPORT_CSV_NCOLS] = {
    "id",     "severity", "verdict", "rule",    "key",     "message",
    "doc_a",  "line_a",   "col_a",   "quote_a", "value_a", "doc_b",
    "line_b", "col_b",    "quote_b", "value_b", "status",  "note"};

/* ---- the formula guard ------------------------------------------------------- */

bool cc_report_csv_needs_guard(const char *cell) {
  return cc_csv_needs_guard(cell);
}

/* ---- writing ------------------------------------------------------------------ */

static void S_cell(cc_buf *rec, cc_buf *tmp, const char *cell) {
  const char *s = cell ? cell : "";
  cc_buf_reset(tmp);
  if (cc_report_csv_needs_guard(s))
    cc_buf_putc(tmp, '\'');
  cc_buf_puts(tmp, s);
  /* csv_write with no destination returns the size it needs. */
  size_t need = csv_write(NULL, 0, tmp->ptr ? tmp->ptr : "", tmp->len);
  char *q = cc_xmalloc(need + 1);
  csv_write(q, need, tmp->ptr ? tmp->ptr : "", tmp->len);
  cc_buf_put(rec, q, need);
  cc_xfree(q);
}

int cc_report_csv_row(cc_out *out, const char *const *cells, size_t n) {
  cc_buf rec = CC_BUF_INIT, tmp = CC_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    if (i)
      cc_buf_putc(&rec, ',');
    S_cell(&rec, &tmp, cells[i]);
  }
  cc_buf_puts(&rec, "\r\n");
  int rc = cc_out_write(out, rec.ptr, rec.len);
  cc_buf_free(&rec);
  cc_buf_free(&tmp);
  return rc;
}

static char *S_num(uint32_t v) {
  char b[16];
  snprintf(b, sizeof b, "%u", v);
  return cc_xstrdup(b);
}

static char *S_clean(const char *s) {
  cc_buf b = CC_BUF_INIT;
  cc__report_clean(&b, s, 0);
  char *r = b.ptr ? cc_buf_detach(&b) : cc_xstrdup("");
  return r;
}

static char *S_dup(const char *s) { return cc_xstrdup(s ? s : ""); }

void cc_report_csv_cells(const cc_finding *f,
                         char *cells[CC_REPORT_CSV_NCOLS]) {
  bool b = cc__report_has_b(f);
  cells[CC_COL_ID] = S_dup(f->id);
  cells[CC_COL_SEVERITY] = S_dup(cc_severity_name((cc_severity)f->severity));
  cells[CC_COL_VERDICT] = S_dup(cc_verdict_name((cc_verdict)f->verdict));
  cells[CC_COL_RULE] = S_dup(f->rule);
  cells[CC_COL_KEY] = S_dup(f->key);
  cells[CC_COL_MESSAGE] = S_clean(f->message);
  cells[CC_COL_DOC_A] = S_dup(f->a.doc);
  cells[CC_COL_LINE_A] = S_num(f->a.line);
  cells[CC_COL_COL_A] = S_num(f->a.col);
  cells[CC_COL_QUOTE_A] = S_clean(f->a.quote);
  cells[CC_COL_VALUE_A] = S_dup(f->a.value);
  cells[CC_COL_DOC_B] = S_dup(b ? f->b.doc : "");
  cells[CC_COL_LINE_B] = b ? S_num(f->b.line) : S_dup("");
  cells[CC_COL_COL_B] = b ? S_num(f->b.col) : S_dup("");
  cells[CC_COL_QUOTE_B] = b ? S_clean(f->b.quote) : S_dup("");
  cells[CC_COL_VALUE_B] = S_dup(b ? f->b.value : "");
  cells[CC_COL_STATUS] = S_dup(f->status);
  cells[CC_COL_NOTE] = S_dup(f->note);
}

void cc_report_csv_cells_free(char *cells[CC_REPORT_CSV_NCOLS]) {
  for (size_t i = 0; i < CC_REPORT_CSV_NCOLS; i++) {
    cc_xfree(cells[i]);
    cells[i] = NULL;
  }
}

void cc_report_csv_header(cc_out *out) {
  /* Plain names need no quotes; a header that reads exactly like the
   * documented column list is easier to check by eye and by grep. */
  for (size_t i = 0; i < CC_REPORT_CSV_NCOLS; i++) {
    if (i)
      cc_out_write(out, ",", 1);
    cc_out_puts(out, cc_report_csv_columns[i]);
  }
  cc_out_write(out, "\r\n", 2);
}

int cc__report_csv(cc_out *out, const cc_findings *set,
                   const cc_report_opts *opts) {
  size_t n;
  const cc_finding **v = cc__report_sorted(set, opts, true, &n);
  cc_report_csv_header(out);
  for (size_t i = 0; i < n && !cc_out_failed(out); i++) {
    char *cells[CC_REPORT_CSV_NCOLS];
    cc_report_csv_cells(v[i], cells);
    cc_report_csv_row(out, (const char *const *)cells, CC_REPORT_CSV_NCOLS);
    cc_report_csv_cells_free(cells);
  }
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}
