/* report_junit.c - JUnit XML: a test case per discrepancy (a document
 * without one: a passing test case of its own), failed when the finding
 * fails the run (--fail-on), skipped when suppressed, else passed with the
 * finding as its output.  One failure per test case, as every reader
 * (Jenkins, GitLab) counts it. */
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

/* A discrepancy fails its test case when it is not suppressed and its
 * severity is at or above --fail-on (opts->fail_on): the report fails
 * exactly what fails the run's exit status. */
static bool S_fails(const cc_finding *f, const cc_report_opts *opts) {
  return f->verdict == CC_VERDICT_DISCREPANCY && !f->suppressed &&
         opts->fail_on < CC_SEV_NONE && f->severity >= opts->fail_on;
}

/* The finding's one-line message and its detail (id, key, quotes). */
static void S_texts(const cc_finding *f, cc_buf *line, cc_buf *detail) {
  cc_buf_printf(line, "%s:%u:%u: %s [%s]", f->a.doc ? f->a.doc : "",
                f->a.line, f->a.col, f->message ? f->message : "",
                f->rule ? f->rule : "");
  cc_buf_printf(detail, "id %s, key %s", f->id, f->key ? f->key : "");
  S_side(detail, &f->a);
  if (cc__report_has_b(f))
    S_side(detail, &f->b);
}

/* One test case for a discrepancy: a failure (S_fails), skipped when
 * suppressed, else passed with the finding as its output (a warning
 * below --fail-on is shown, not failed).  Counts into *fails, *skips. */
static void S_finding_case(cc_buf *b, const cc_finding *f,
                           const cc_report_opts *opts, size_t *fails,
                           size_t *skips) {
  cc_buf line = CC_BUF_INIT, detail = CC_BUF_INIT, name = CC_BUF_INIT;
  S_texts(f, &line, &detail);
  cc_buf_printf(&name, "%s:%u:%u %s", f->a.doc ? f->a.doc : "", f->a.line,
                f->a.col, f->rule ? f->rule : "");
  cc_buf_puts(b, "    <testcase classname=\"claimcheck\" name=\"");
  S_xml(b, name.ptr, true);
  cc_buf_puts(b, "\" file=\"");
  S_xml(b, f->a.doc ? f->a.doc : "", true);
  cc_buf_puts(b, "\">\n");
  if (S_fails(f, opts)) {
    cc_buf_puts(b, "      <failure type=\"");
    S_xml(b, cc_severity_name((cc_severity)f->severity), true);
    cc_buf_puts(b, "\" message=\"");
    S_xml(b, line.ptr, true);
    cc_buf_puts(b, "\">");
    S_xml(b, detail.ptr, false);
    cc_buf_puts(b, "</failure>\n");
    (*fails)++;
  } else {
    if (f->suppressed) {
      cc_buf_puts(b, "      <skipped message=\"");
      S_xml(b, f->status && f->status[0] ? f->status : "suppressed", true);
      if (f->note && f->note[0]) {
        cc_buf_puts(b, ": ");
        S_xml(b, f->note, true);
      }
      cc_buf_puts(b, "\"/>\n");
      (*skips)++;
    }
    cc_buf_puts(b, "      <system-out>");
    S_xml(b, cc_severity_name((cc_severity)f->severity), false);
    cc_buf_puts(b, ": ");
    S_xml(b, line.ptr, false);
    cc_buf_putc(b, '\n');
    S_xml(b, detail.ptr, false);
    cc_buf_puts(b, "</system-out>\n");
  }
  cc_buf_puts(b, "    </testcase>\n");
  cc_buf_free(&line);
  cc_buf_free(&detail);
  cc_buf_free(&name);
}

/* The test cases of one document: a test case per discrepancy (its
 * findings are contiguous in v, sorted by doc_a, starting at *at), or one
 * passing test case for the document when it has none. */
static size_t S_testcases(cc_buf *b, const char *doc, const cc_finding **v,
                          size_t n, size_t *at, const cc_report_opts *opts,
                          size_t *fails, size_t *skips) {
  while (*at < n && strcmp(v[*at]->a.doc ? v[*at]->a.doc : "", doc) < 0)
    (*at)++;
  size_t cases = 0;
  for (; *at < n && strcmp(v[*at]->a.doc ? v[*at]->a.doc : "", doc) == 0;
       (*at)++)
    if (v[*at]->verdict == CC_VERDICT_DISCREPANCY) {
      S_finding_case(b, v[*at], opts, fails, skips);
      cases++;
    }
  if (cases)
    return cases;
  cc_buf_puts(b, "    <testcase classname=\"claimcheck\" name=\"");
  S_xml(b, doc, true);
  cc_buf_puts(b, "\" file=\"");
  S_xml(b, doc, true);
  cc_buf_puts(b, "\"/>\n");
  return 1;
}

int cc__report_junit(cc_out *out, const cc_findings *set,
                     const cc_report_opts *opts) {
  size_t n, ndocs;
  const cc_finding **v = cc__report_sorted(set, opts, false, &n);
  const char **docs = cc__report_docs(v, n, opts, &ndocs);
  cc_buf cases = CC_BUF_INIT;
  size_t at = 0, tests = 0, failing = 0, skipped = 0;
  for (size_t i = 0; i < ndocs; i++)
    tests += S_testcases(&cases, docs[i], v, n, &at, opts, &failing,
                         &skipped);
  cc_out_printf(out,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<testsuites name=\"claimcheck\" tests=\"%zu\" "
                "failures=\"%zu\" errors=\"0\" skipped=\"%zu\">\n"
                "  <testsuite name=\"claimcheck\" tests=\"%zu\" "
                "failures=\"%zu\" errors=\"0\" skipped=\"%zu\">\n",
                tests, failing, skipped, tests, failing, skipped);
  cc_out_write(out, cases.ptr ? cases.ptr : "", cases.len);
  cc_out_puts(out, "  </testsuite>\n</testsuites>\n");
  cc_buf_free(&cases);
  cc_xfree(docs);
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}
