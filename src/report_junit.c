/* report_junit.c - JUnit XML: a test case per document, a failure per
 * finding.  The JUnit schema most CI systems read (Jenkins, GitLab) allows
 * several failure elements in one test case; the suite's "failures"
 * attribute counts failing test cases, as those readers expect. */
#include "report_int.h"

#include <string.h>

/* XML 1.0 escaping.  Characters XML cannot carry at all, even escaped
 * (C0 controls but TAB LF CR), become U+FFFD.  In attributes TAB LF CR are
 * written as references so attribute normalization keeps them. */
static void S_xml(cc_buf *b, const char *s, bool attr) {
  cc_buf clean = CC_BUF_INIT;
  cc__report_utf8(&clean, s);
  for (const char *p = clean.ptr ? clean.ptr : ""; *p; p++) {
    unsigned char c = (unsigned char)*p;
    switch (c) {
    case '&': cc_buf_puts(b, "&amp;"); break;
    case '<': cc_buf_puts(b, "&lt;"); break;
    case '>': cc_buf_puts(b, "&gt;"); break;
    case '"': cc_buf_puts(b, attr ? "&quot;" : "\""); break;
    case '\'': cc_buf_puts(b, attr ? "&apos;" : "'"); break;
    case '\t': cc_buf_puts(b, attr ? "&#9;" : "\t"); break;
    case '\n': cc_buf_puts(b, attr ? "&#10;" : "\n"); break;
    case '\r': cc_buf_puts(b, "&#13;"); break;
    default:
      if (c < 0x20)
        cc_buf_puts(b, "\xef\xbf\xbd");
      else if (c == 0xef && (unsigned char)p[1] == 0xbf &&
               ((unsigned char)p[2] == 0xbe || (unsigned char)p[2] == 0xbf)) {
        cc_buf_puts(b, "\xef\xbf\xbd"); /* U+FFFE, U+FFFF: not XML chars */
        p += 2;
      } else
        cc_buf_putc(b, (char)c);
    }
  }
  cc_buf_free(&clean);
}

/* "\nDOC:LINE:COL: "quote"" for a side that has a quote. */
static void S_side(cc_buf *b, const cc_side *s) {
  if (!s->quote || !s->quote[0])
    return;
  cc_buf_printf(b, "\n%s:%u:%u: \"", s->doc ? s->doc : "", s->line, s->col);
  cc__report_clean(b, s->quote, 0);
  cc_buf_putc(b, '"');
}

static bool S_fails(const cc_finding *f) {
  return f->verdict == CC_VERDICT_DISCREPANCY && !f->suppressed;
}

static void S_failure(cc_buf *b, const cc_finding *f) {
  cc_buf line = CC_BUF_INIT;
  cc_buf_printf(&line, "%s:%u:%u: %s [%s]", f->a.doc ? f->a.doc : "",
                f->a.line, f->a.col, f->message ? f->message : "",
                f->rule ? f->rule : "");
  cc_buf_puts(b, "      <failure type=\"");
  S_xml(b, cc_severity_name((cc_severity)f->severity), true);
  cc_buf_puts(b, "\" message=\"");
  S_xml(b, line.ptr, true);
  cc_buf_puts(b, "\">");
  cc_buf_reset(&line);
  cc_buf_printf(&line, "id %s, key %s", f->id, f->key ? f->key : "");
  S_side(&line, &f->a);
  if (cc__report_has_b(f))
    S_side(&line, &f->b);
  S_xml(b, line.ptr, false);
  cc_buf_puts(b, "</failure>\n");
  cc_buf_free(&line);
}

/* The failures of one document: its findings are contiguous in v (sorted
 * by doc_a), starting at *at. */
static size_t S_testcase(cc_buf *b, const char *doc, const cc_finding **v,
                         size_t n, size_t *at) {
  while (*at < n && strcmp(v[*at]->a.doc ? v[*at]->a.doc : "", doc) < 0)
    (*at)++;
  size_t from = *at, fails = 0;
  while (*at < n && strcmp(v[*at]->a.doc ? v[*at]->a.doc : "", doc) == 0)
    fails += S_fails(v[(*at)++]);
  cc_buf_puts(b, "    <testcase classname=\"claimcheck\" name=\"");
  S_xml(b, doc, true);
  cc_buf_puts(b, "\" file=\"");
  S_xml(b, doc, true);
  if (!fails) {
    cc_buf_puts(b, "\"/>\n");
    return 0;
  }
  cc_buf_puts(b, "\">\n");
  for (size_t i = from; i < *at; i++)
    if (S_fails(v[i]))
      S_failure(b, v[i]);
  cc_buf_puts(b, "    </testcase>\n");
  return 1;
}

int cc__report_junit(cc_out *out, const cc_findings *set,
                     const cc_report_opts *opts) {
  size_t n, ndocs;
  const cc_finding **v = cc__report_sorted(set, opts, false, &n);
  const char **docs = cc__report_docs(v, n, opts, &ndocs);
  cc_buf cases = CC_BUF_INIT;
  size_t at = 0, failing = 0;
  for (size_t i = 0; i < ndocs; i++)
    failing += S_testcase(&cases, docs[i], v, n, &at);
  cc_out_printf(out,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<testsuites name=\"claimcheck\" tests=\"%zu\" "
                "failures=\"%zu\" errors=\"0\">\n"
                "  <testsuite name=\"claimcheck\" tests=\"%zu\" "
                "failures=\"%zu\" errors=\"0\" skipped=\"0\">\n",
                ndocs, failing, ndocs, failing);
  cc_out_write(out, cases.ptr ? cases.ptr : "", cases.len);
  cc_out_puts(out, "  </testsuite>\n</testsuites>\n");
  cc_buf_free(&cases);
  cc_xfree(docs);
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}
