/* report.c - the table of report writers, shared helpers, the summary
 * line, the gate, and the two line-oriented formats (text, github).
 * csv: report_csv.c; json, jsonl, sarif: report_json.c; junit:
 * report_junit.c. */
#include "report_int.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h> /* (S_ascii_run, cc__report_safe: 16 bytes a step) */
#endif

#ifndef CC_VERSION
#define CC_VERSION "0"
#endif

/* ---- the table ------------------------------------------------------------- */

const cc_report_format cc_report_formats[] = {
    {"text", cc__report_text, "file:line:col: severity: message [rule], "
                              "quotes, summary line"},
    {"csv", cc__report_csv, "RFC 4180 CSV for spreadsheet review "
                            "(status and note columns)"},
    {"json", cc__report_json, "one JSON object: summary and findings"},
    {"jsonl", cc__report_jsonl, "one JSON object per finding per line"},
    {"sarif", cc__report_sarif, "SARIF 2.1.0 for code-scanning tools"},
    {"github", cc__report_github, "GitHub Actions workflow annotations"},
    {"junit", cc__report_junit, "JUnit XML: a test case per document"},
    {NULL, NULL, NULL}};

const cc_report_format *cc_report_format_find(const char *name) {
  for (const cc_report_format *f = cc_report_formats; name && f->name; f++)
    if (strcmp(f->name, name) == 0)
      return f;
  return NULL;
}

int cc_report_write(cc_out *out, const char *format, const cc_findings *set,
                    const cc_report_opts *opts, cc_err *err) {
  const cc_report_format *f = cc_report_format_find(format);
  if (!f) {
    cc_buf names = CC_BUF_INIT;
    for (const cc_report_format *g = cc_report_formats; g->name; g++)
      cc_buf_printf(&names, "%s%s", g == cc_report_formats ? "" : ", ",
                    g->name);
    cc_err_set(err, "unknown report format '%s' (expected %s)",
               format ? format : "", names.ptr);
    cc_buf_free(&names);
    return -1;
  }
  static const cc_report_opts defaults;
  if (f->write(out, set, opts ? opts : &defaults) != 0 ||
      cc_out_failed(out)) {
    cc_err_set(err, "%s: cannot write the %s report", cc_out_name(out),
               f->name);
    cc_out_error(out, err); /* the cause, when the sink knows it */
    return -1;
  }
  return 0;
}

/* ---- shared helpers ------------------------------------------------------------- */

bool cc__report_visible(const cc_finding *f, const cc_report_opts *o,
                        bool all_suppressed) {
  if (f->suppressed && !o->show_suppressed && !all_suppressed)
    return false;
  switch ((cc_verdict)f->verdict) {
  case CC_VERDICT_DISCREPANCY:
    return true;
  case CC_VERDICT_CONSISTENT:
    return o->show_consistent;
  case CC_VERDICT_UNVERIFIABLE:
    return o->show_unverifiable;
  }
  return false;
}

static const char *S_str(const char *s) { return s ? s : ""; }

static int S_cmp(const void *pa, const void *pb) {
  const cc_finding *a = *(const cc_finding *const *)pa;
  const cc_finding *b = *(const cc_finding *const *)pb;
  int c = strcmp(S_str(a->a.doc), S_str(b->a.doc));
  if (c)
    return c;
  if (a->a.line != b->a.line)
    return a->a.line < b->a.line ? -1 : 1;
  if (a->a.col != b->a.col)
    return a->a.col < b->a.col ? -1 : 1;
  return strcmp(a->id, b->id);
}

const cc_finding **cc__report_sorted(const cc_findings *set,
                                     const cc_report_opts *opts,
                                     bool all_suppressed, size_t *n) {
  size_t total = cc_findings_count(set), k = 0;
  const cc_finding **v = cc_xcalloc(total + 1, sizeof *v);
  for (size_t i = 0; i < total; i++) {
    const cc_finding *f = cc_findings_at(set, i);
    if (cc__report_visible(f, opts, all_suppressed))
      v[k++] = f;
  }
  /* a run's set comes sorted in this order (cc_findings_sort), with ids
   * unique: a list in strictly ascending order is the only answer any
   * sort can give, and one pass tells (qsort's merge sort compared some
   * n log n pairs); equal neighbours or any disorder: qsort, as before */
  size_t i = 1;
  while (i < k && S_cmp(&v[i - 1], &v[i]) < 0)
    i++;
  if (i < k)
    qsort(v, k, sizeof *v, S_cmp);
  *n = k;
  return v;
}

const char *cc__report_version(const cc_report_opts *opts) {
  return opts->tool_version ? opts->tool_version : CC_VERSION;
}

bool cc__report_has_b(const cc_finding *f) {
  return f->b.doc && f->b.doc[0];
}

/* One character of p: its byte length, and whether it can be shown as is.
 * Invalid UTF-8 and control characters (C0, DEL, C1: ESC could drive a
 * terminal) are not showable and become U+FFFD. */
static size_t S_char(const unsigned char *p, bool *showable) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
  if (n <= 0) {
    *showable = false;
    return 1;
  }
  *showable = !(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f));
  return (size_t)n;
}

#if defined(__SSE2__)
/* Masks of the sixteen bytes at p (bit i: byte i): bytes that are not
 * printable ASCII (below 0x20, 0x7f, 0x80 and above: a signed compare
 * takes the last with the first), and spaces. */
static inline unsigned S_bad16(const unsigned char *p, unsigned *sp) {
  __m128i v = _mm_loadu_si128((const __m128i *)p);
  __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f)));
  *sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
  return (unsigned)_mm_movemask_epi8(bad);
}
#endif

/* The length of the run of printable ASCII at p (p[0] is one), single
 * spaces between its words included: the clean text has them as they
 * are, so a sentence goes out in one copy, not two calls a word.  end:
 * the string's NUL.  Sixteen bytes a step while all of them are in the
 * run (no byte outside printable ASCII, no two spaces side by side, no
 * space last, whose run depends on the byte after it), else a word and
 * its space a byte at a time. */
static size_t S_ascii_run(const unsigned char *p, const unsigned char *end) {
  size_t n = 1;
  for (;;) {
#if defined(__SSE2__)
    /* p[n - 1] is in the run and no space: a space at p[n] may go on */
    while (p + n + 16 <= end) {
      unsigned sp, bad = S_bad16(p + n, &sp);
      if (bad || (sp & (sp >> 1)) || (sp & 0x8000))
        break;
      n += 16;
    }
#else
    (void)end;
#endif
    /* a word, and a space the run goes on after: then sixteen again */
    while (p[n] > 0x20 && p[n] < 0x7f)
      n++;
    if (p[n] != ' ' || !(p[n + 1] > 0x20 && p[n + 1] < 0x7f))
      return n;
    n += 2;
  }
}

void cc__report_clean(cc_buf *out, const char *s, size_t max_bytes) {
  const unsigned char *p = (const unsigned char *)S_str(s);
  const unsigned char *end = p + strlen((const char *)p);
  size_t start = out->len;
  bool space = false;
  while (*p) {
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
        *p == '\v') {
      space = out->len > start;
      p++;
      continue;
    }
    if (*p > 0x20 && *p < 0x7f) { /* a run of printable ASCII at once */
      size_t n = S_ascii_run(p, end);
      size_t used = out->len - start + (space ? 1 : 0);
      size_t room = !max_bytes ? n : used < max_bytes ? max_bytes - used : 0;
      if (room == 0) {
        cc_buf_puts(out, "...");
        return;
      }
      if (space)
        cc_buf_putc(out, ' ');
      space = false;
      if (n > room) {
        /* a cut just after a space inside the run drops the space, as
         * a cut between two words always did */
        cc_buf_put(out, p, p[room - 1] == ' ' ? room - 1 : room);
        cc_buf_puts(out, "...");
        return;
      }
      cc_buf_put(out, p, n);
      p += n;
      continue;
    }
    bool ok;
    size_t n = S_char(p, &ok);
    size_t w = ok ? n : 3;
    if (max_bytes && out->len - start + w + (space ? 1 : 0) > max_bytes) {
      cc_buf_puts(out, "...");
      return;
    }
    if (space)
      cc_buf_putc(out, ' ');
    space = false;
    if (ok)
      cc_buf_put(out, p, n);
    else
      cc_buf_puts(out, "\xef\xbf\xbd");
    p += n;
  }
}

void cc__report_safe(cc_buf *out, const char *s) {
  const unsigned char *p = (const unsigned char *)S_str(s);
#if defined(__SSE2__)
  const unsigned char *end = p + strlen((const char *)p);
#endif
  while (*p) {
    if (*p >= 0x20 && *p < 0x7f) { /* a run of printable ASCII at once */
      size_t n = 1;
#if defined(__SSE2__)
      unsigned sp;
      while (p + n + 16 <= end && !S_bad16(p + n, &sp))
        n += 16;
#endif
      while (p[n] >= 0x20 && p[n] < 0x7f)
        n++;
      cc_buf_put(out, p, n);
      p += n;
      continue;
    }
    bool ok;
    size_t n = S_char(p, &ok);
    if (ok)
      cc_buf_put(out, p, n);
    else
      cc_buf_puts(out, "\xef\xbf\xbd");
    p += n;
  }
}

void cc__report_utf8(cc_buf *out, const char *s) {
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)S_str(s);
  while (*p) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
    if (n <= 0) {
      cc_buf_puts(out, "\xef\xbf\xbd");
      p++;
      continue;
    }
    cc_buf_put(out, p, (size_t)n);
    p += n;
  }
}

static int S_strcmp_p(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **cc__report_docs(const cc_finding **sorted, size_t nsorted,
                             const cc_report_opts *opts, size_t *n) {
  size_t given = opts->docs ? opts->ndocs : 0, k = 0;
  const char **v = cc_xcalloc(given + nsorted + 1, sizeof *v);
  for (size_t i = 0; i < given; i++)
    v[k++] = S_str(opts->docs[i]);
  /* A finding in a document the caller did not list still gets a home. */
  for (size_t i = 0; i < nsorted; i++)
    v[k++] = S_str(sorted[i]->a.doc);
  qsort(v, k, sizeof *v, S_strcmp_p);
  size_t u = 0;
  for (size_t i = 0; i < k; i++)
    if (u == 0 || strcmp(v[u - 1], v[i]) != 0)
      v[u++] = v[i];
  *n = u;
  return v;
}

/* ---- summary and gate ---------------------------------------------------------------- */

/* Distinct documents named by any side of any finding. */
static size_t S_count_docs(const cc_findings *set) {
  size_t total = cc_findings_count(set), k = 0;
  const char **v = cc_xcalloc(2 * total + 1, sizeof *v);
  for (size_t i = 0; i < total; i++) {
    const cc_finding *f = cc_findings_at(set, i);
    if (f->a.doc && f->a.doc[0])
      v[k++] = f->a.doc;
    if (cc__report_has_b(f))
      v[k++] = f->b.doc;
  }
  qsort(v, k, sizeof *v, S_strcmp_p);
  size_t u = 0;
  for (size_t i = 0; i < k; i++)
    if (i == 0 || strcmp(v[i - 1], v[i]) != 0)
      u++;
  cc_xfree(v);
  return u;
}

void cc_report_count(const cc_findings *set, const cc_report_opts *opts,
                     cc_report_counts *c) {
  memset(c, 0, sizeof *c);
  for (size_t i = 0; i < cc_findings_count(set); i++) {
    const cc_finding *f = cc_findings_at(set, i);
    if (f->verdict == CC_VERDICT_CONSISTENT)
      c->consistent++;
    else if (f->verdict == CC_VERDICT_UNVERIFIABLE)
      c->unverifiable++;
    else if (f->suppressed)
      c->suppressed++;
    else {
      c->discrepancies++;
      c->by_severity[f->severity <= CC_SEV_ERROR ? f->severity
                                                 : CC_SEV_ERROR]++;
    }
  }
  c->consistent += cc_findings_tallied(set, CC_VERDICT_CONSISTENT);
  c->unverifiable += cc_findings_tallied(set, CC_VERDICT_UNVERIFIABLE);
  if (opts && (opts->docs || opts->ndocs))
    c->documents = opts->ndocs;
  else
    c->documents = S_count_docs(set);
}

static void S_count_word(cc_buf *b, size_t n, const char *one,
                         const char *many) {
  cc_buf_printf(b, "%zu %s", n, n == 1 ? one : many);
}

void cc_report_summary(const cc_findings *set, const cc_report_opts *opts,
                       cc_buf *line) {
  cc_report_counts c;
  cc_report_count(set, opts, &c);
  S_count_word(line, c.discrepancies, "discrepancy", "discrepancies");
  cc_buf_puts(line, " (");
  S_count_word(line, c.by_severity[CC_SEV_ERROR], "error", "errors");
  cc_buf_puts(line, ", ");
  S_count_word(line, c.by_severity[CC_SEV_WARNING], "warning", "warnings");
  cc_buf_printf(line, ", %zu info), %zu consistent, %zu unverifiable in ",
                c.by_severity[CC_SEV_INFO], c.consistent, c.unverifiable);
  S_count_word(line, c.documents, "document", "documents");
  if (opts && opts->docs_with_claims)
    cc_buf_puts(line, " with claims");
  if (c.suppressed)
    cc_buf_printf(line, " (%zu suppressed)", c.suppressed);
}

int cc_report_gate(const cc_findings *set, cc_severity fail_on) {
  if (fail_on >= CC_SEV_NONE)
    return 0;
  for (size_t i = 0; i < cc_findings_count(set); i++) {
    const cc_finding *f = cc_findings_at(set, i);
    if (f->verdict == CC_VERDICT_DISCREPANCY && !f->suppressed &&
        f->severity >= fail_on)
      return 1;
  }
  return 0;
}

int cc_report_default_path(const char *dir, const char *ext, time_t now,
                           char *out, size_t n) {
  struct tm tm;
  if (!gmtime_r(&now, &tm))
    return -1;
  char stamp[32];
  strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
  int w = snprintf(out, n, "%s/%s.%s", dir && *dir ? dir : ".", stamp,
                   ext && *ext ? ext : "csv");
  return w < 0 || (size_t)w >= n ? -1 : 0;
}

/* ---- text ----------------------------------------------------------------------------- */

enum { S_QUOTE_MAX = 400 };

#define S_BOLD "\033[1m"
#define S_RESET "\033[0m"

static const char *S_label(const cc_finding *f) {
  if (f->verdict != CC_VERDICT_DISCREPANCY)
    return cc_verdict_name((cc_verdict)f->verdict);
  return cc_severity_name((cc_severity)f->severity);
}

static const char *S_label_color(const cc_finding *f) {
  if (f->verdict == CC_VERDICT_CONSISTENT)
    return "\033[1;32m";
  if (f->verdict == CC_VERDICT_UNVERIFIABLE)
    return "\033[1;33m";
  switch (f->severity) {
  case CC_SEV_ERROR:
    return "\033[1;31m";
  case CC_SEV_WARNING:
    return "\033[1;35m";
  default:
    return "\033[1;36m";
  }
}

/* ":LINE:COL:" as printf's ":%u:%u:" writes it (a printf call was some
 * 1,700 instructions here). */
static void S_put_loc(cc_buf *b, unsigned line, unsigned col) {
  char *p = cc_buf_room(b, 23), *q = p;
  *q++ = ':';
  q = cc_put_uint(q, line, 0);
  *q++ = ':';
  q = cc_put_uint(q, col, 0);
  *q++ = ':';
  cc_buf_wrote(b, (size_t)(q - p));
}

static void S_text_header(cc_buf *b, const cc_finding *f, bool color) {
  if (color)
    cc_buf_puts(b, S_BOLD);
  cc__report_safe(b, f->a.doc);
  S_put_loc(b, f->a.line, f->a.col);
  if (color) {
    cc_buf_puts(b, S_RESET " ");
    cc_buf_puts(b, S_label_color(f));
    cc_buf_puts(b, S_label(f));
    cc_buf_puts(b, ":" S_RESET " ");
  } else {
    cc_buf_putc(b, ' ');
    cc_buf_puts(b, S_label(f));
    cc_buf_puts(b, ": ");
  }
  cc__report_clean(b, f->message, 0);
  cc_buf_puts(b, " [");
  cc__report_safe(b, f->rule);
  cc_buf_putc(b, ']');
  if (f->suppressed || (f->status && f->status[0])) {
    cc_buf_puts(b, " (");
    cc__report_safe(b, f->status && f->status[0] ? f->status : "suppressed");
    if (f->note && f->note[0]) {
      cc_buf_puts(b, ": ");
      cc__report_clean(b, f->note, S_QUOTE_MAX);
    }
    cc_buf_putc(b, ')');
  }
  cc_buf_putc(b, '\n');
}

static void S_text_quote(cc_buf *b, const cc_side *s, bool with_loc) {
  cc_buf_puts(b, "    ");
  if (with_loc) {
    cc__report_safe(b, s->doc);
    S_put_loc(b, s->line, s->col);
    cc_buf_putc(b, ' ');
  }
  cc_buf_putc(b, '"');
  cc__report_clean(b, s->quote, S_QUOTE_MAX);
  cc_buf_puts(b, "\"\n");
}

int cc__report_text(cc_out *out, const cc_findings *set,
                    const cc_report_opts *opts) {
  size_t n;
  const cc_finding **v = cc__report_sorted(set, opts, false, &n);
  cc_buf b = CC_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    const cc_finding *f = v[i];
    if (i > 0 && strcmp(S_str(v[i - 1]->a.doc), S_str(f->a.doc)) != 0)
      cc_buf_putc(&b, '\n'); /* a blank line between documents */
    S_text_header(&b, f, opts->color);
    if (f->a.quote && f->a.quote[0])
      S_text_quote(&b, &f->a, false);
    if (cc__report_has_b(f))
      S_text_quote(&b, &f->b, true);
    cc_out_write(out, b.ptr, b.len);
    cc_buf_reset(&b);
  }
  if (n > 0)
    cc_buf_putc(&b, '\n');
  if (opts->color)
    cc_buf_puts(&b, S_BOLD);
  cc_report_summary(set, opts, &b);
  if (opts->color)
    cc_buf_puts(&b, S_RESET);
  cc_buf_putc(&b, '\n');
  cc_out_write(out, b.ptr, b.len);
  cc_buf_free(&b);
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}

/* ---- github --------------------------------------------------------------------------- */

/* GitHub's workflow-command escaping: data needs % CR LF escaped, a
 * property value also : and , (they delimit properties). */
static void S_gh_escape(cc_buf *b, const char *s, bool property) {
  for (const char *p = S_str(s); *p; p++) {
    switch (*p) {
    case '%': cc_buf_puts(b, "%25"); break;
    case '\r': cc_buf_puts(b, "%0D"); break;
    case '\n': cc_buf_puts(b, "%0A"); break;
    case ':':
      if (property) { cc_buf_puts(b, "%3A"); break; }
      cc_buf_putc(b, *p);
      break;
    case ',':
      if (property) { cc_buf_puts(b, "%2C"); break; }
      cc_buf_putc(b, *p);
      break;
    default:
      cc_buf_putc(b, *p);
    }
  }
}

/* A property value: made safe first (a file name can hold anything). */
static void S_gh_property(cc_buf *b, const char *s) {
  cc_buf safe = CC_BUF_INIT;
  cc__report_safe(&safe, s);
  S_gh_escape(b, safe.ptr, true);
  cc_buf_free(&safe);
}

static const char *S_gh_level(const cc_finding *f) {
  if (f->verdict == CC_VERDICT_DISCREPANCY && f->severity == CC_SEV_ERROR)
    return "error";
  if (f->verdict == CC_VERDICT_DISCREPANCY && f->severity == CC_SEV_WARNING)
    return "warning";
  return "notice";
}

static void S_gh_line(cc_buf *b, const cc_finding *f) {
  cc_buf tmp = CC_BUF_INIT;
  cc_buf_printf(b, "::%s file=", S_gh_level(f));
  S_gh_property(b, f->a.doc);
  cc_buf_printf(b, ",line=%u,col=%u,title=", f->a.line ? f->a.line : 1,
                f->a.col ? f->a.col : 1);
  S_gh_property(b, f->rule);
  cc_buf_puts(b, "::");
  cc__report_clean(&tmp, f->message, 0);
  if (f->a.quote && f->a.quote[0]) {
    cc_buf_puts(&tmp, "\n\"");
    cc__report_clean(&tmp, f->a.quote, S_QUOTE_MAX);
    cc_buf_putc(&tmp, '"');
  }
  if (cc__report_has_b(f)) {
    cc_buf_putc(&tmp, '\n');
    cc__report_safe(&tmp, f->b.doc);
    cc_buf_printf(&tmp, ":%u:%u: \"", f->b.line, f->b.col);
    cc__report_clean(&tmp, f->b.quote, S_QUOTE_MAX);
    cc_buf_putc(&tmp, '"');
  }
  S_gh_escape(b, tmp.ptr, false); /* the only newlines left are ours */
  cc_buf_putc(b, '\n');
  cc_buf_free(&tmp);
}

int cc__report_github(cc_out *out, const cc_findings *set,
                      const cc_report_opts *opts) {
  size_t n;
  const cc_finding **v = cc__report_sorted(set, opts, false, &n);
  cc_buf b = CC_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    if (v[i]->suppressed)
      continue; /* an annotation for a reviewed finding is noise */
    S_gh_line(&b, v[i]);
    cc_out_write(out, b.ptr, b.len);
    cc_buf_reset(&b);
  }
  cc_buf_free(&b);
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}
