/* report_json.c - json, jsonl and SARIF 2.1.0, all built with jansson.
 *
 * SARIF notes (what GitHub code scanning reads): results carry ruleId and
 * ruleIndex into tool.driver.rules, a level (error, warning, note), one
 * physical location (artifactLocation.uri, region.startLine/startColumn,
 * both >= 1, and the sentence as snippet), side b as a related location
 * that the message links to with [text](1), and the finding id as a
 * partial fingerprint, so a finding keeps its alert when lines move.
 * Columns count Unicode characters, hence columnKind unicodeCodePoints.
 */
#include "cc_extract.h"
#include "report_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

/* ---- helpers -------------------------------------------------------------- */

static json_t *S_js(const char *s) {
  json_t *j = json_string(s ? s : "");
  if (j)
    return j;
  cc_buf b = CC_BUF_INIT; /* not UTF-8: repair rather than drop */
  cc__report_utf8(&b, s);
  j = json_string(b.ptr ? b.ptr : "");
  cc_buf_free(&b);
  return j ? j : json_string("");
}

static int S_dump_cb(const char *buf, size_t size, void *data) {
  return cc_out_write(data, buf, size);
}

static void S_dump(cc_out *out, json_t *root, size_t flags) {
  if (json_dump_callback(root, S_dump_cb, out, flags) != 0)
    cc_out_fail(out, "%s: cannot write JSON", cc_out_name(out));
  cc_out_puts(out, "\n");
}

/* ---- json and jsonl --------------------------------------------------------- */

static json_t *S_side_or_null(bool has, json_t *v) {
  if (has)
    return v;
  json_decref(v);
  return json_null();
}

json_t *cc__report_finding_json(const cc_finding *f) {
  bool b = cc__report_has_b(f);
  json_t *o = json_object();
  json_object_set_new(o, "id", S_js(f->id));
  json_object_set_new(o, "severity",
                      S_js(cc_severity_name((cc_severity)f->severity)));
  json_object_set_new(o, "verdict",
                      S_js(cc_verdict_name((cc_verdict)f->verdict)));
  json_object_set_new(o, "check", S_js(f->check));
  json_object_set_new(o, "rule", S_js(f->rule));
  json_object_set_new(o, "key", S_js(f->key));
  json_object_set_new(o, "message", S_js(f->message));
  json_object_set_new(o, "doc_a", S_js(f->a.doc));
  json_object_set_new(o, "line_a", json_integer(f->a.line));
  json_object_set_new(o, "col_a", json_integer(f->a.col));
  json_object_set_new(o, "quote_a", S_js(f->a.quote));
  json_object_set_new(o, "value_a", S_js(f->a.value));
  json_object_set_new(o, "doc_b", S_side_or_null(b, S_js(f->b.doc)));
  json_object_set_new(o, "line_b", S_side_or_null(b, json_integer(f->b.line)));
  json_object_set_new(o, "col_b", S_side_or_null(b, json_integer(f->b.col)));
  json_object_set_new(o, "quote_b", S_side_or_null(b, S_js(f->b.quote)));
  json_object_set_new(o, "value_b", S_side_or_null(b, S_js(f->b.value)));
  json_object_set_new(o, "status", S_js(f->status));
  json_object_set_new(o, "note", S_js(f->note));
  json_object_set_new(o, "suppressed", json_boolean(f->suppressed));
  return o;
}

static json_t *S_summary(const cc_findings *set, const cc_report_opts *opts) {
  cc_report_counts c;
  cc_report_count(set, opts, &c);
  json_t *o = json_object();
  json_object_set_new(o, "discrepancies", json_integer((json_int_t)c.discrepancies));
  json_object_set_new(o, "errors",
                      json_integer((json_int_t)c.by_severity[CC_SEV_ERROR]));
  json_object_set_new(o, "warnings",
                      json_integer((json_int_t)c.by_severity[CC_SEV_WARNING]));
  json_object_set_new(o, "info",
                      json_integer((json_int_t)c.by_severity[CC_SEV_INFO]));
  json_object_set_new(o, "consistent", json_integer((json_int_t)c.consistent));
  json_object_set_new(o, "unverifiable",
                      json_integer((json_int_t)c.unverifiable));
  json_object_set_new(o, "suppressed", json_integer((json_int_t)c.suppressed));
  json_object_set_new(o, "documents", json_integer((json_int_t)c.documents));
  return o;
}

int cc__report_json(cc_out *out, const cc_findings *set,
                    const cc_report_opts *opts) {
  size_t n;
  const cc_finding **v = cc__report_sorted(set, opts, true, &n);
  json_t *root = json_object();
  json_object_set_new(root, "tool", json_string("claimcheck"));
  json_object_set_new(root, "version", S_js(cc__report_version(opts)));
  json_object_set_new(root, "summary", S_summary(set, opts));
  json_t *arr = json_array();
  for (size_t i = 0; i < n; i++)
    json_array_append_new(arr, cc__report_finding_json(v[i]));
  json_object_set_new(root, "findings", arr);
  S_dump(out, root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(root);
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}

/* ---- jsonl, written directly ------------------------------------------------
 * A line per finding: a jansson object built and dumped for each cost
 * about 90,000 instructions.  The writer below writes what
 * json_dump_callback(cc__report_finding_json(f), JSON_COMPACT |
 * JSON_PRESERVE_ORDER)
 * wrote, byte for byte (test_finding_jsonl compares the two). */

/* s as jansson writes a string: '"', '\\' and control characters escaped,
 * other bytes as they are.  A string that is not UTF-8 is repaired first,
 * as S_js does (jansson's own check decides, for any non-ASCII byte). */
static void S_jstr(cc_buf *b, const char *s) {
  s = s ? s : "";
  size_t n = strlen(s);
  cc_buf fix = CC_BUF_INIT;
  if (!cc_is_ascii(s, n)) { /* (checked by jansson, mended when invalid) */
    json_t *j = json_string(s);
    if (j) {
      json_decref(j);
    } else {
      cc__report_utf8(&fix, s);
      j = json_string(fix.ptr ? fix.ptr : "");
      s = j && fix.ptr ? fix.ptr : "";
      json_decref(j);
      n = strlen(s);
    }
  }
  cc__json_str(b, s, n);
  cc_buf_free(&fix);
}

/* "key": after the '{' or a ',' (b holds the record from its '{'). */
static void S_jkey(cc_buf *b, const char *key) {
  if (b->ptr[b->len - 1] != '{')
    cc_buf_putc(b, ',');
  cc_buf_putc(b, '"');
  cc_buf_puts(b, key);
  cc_buf_put(b, "\":", 2);
}

static void S_jkv_str(cc_buf *b, const char *key, const char *v) {
  S_jkey(b, key);
  S_jstr(b, v);
}

static void S_jkv_uint(cc_buf *b, const char *key, uint32_t v) {
  char num[16];
  S_jkey(b, key);
  cc_buf_put(b, num, (size_t)(cc_put_uint(num, v, 0) - num));
}

static void S_jkv_null(cc_buf *b, const char *key) {
  S_jkey(b, key);
  cc_buf_puts(b, "null");
}

static void S_finding_line(cc_buf *b, const cc_finding *f) {
  bool hb = cc__report_has_b(f);
  cc_buf_reset(b);
  cc_buf_putc(b, '{');
  S_jkv_str(b, "id", f->id);
  S_jkv_str(b, "severity", cc_severity_name((cc_severity)f->severity));
  S_jkv_str(b, "verdict", cc_verdict_name((cc_verdict)f->verdict));
  S_jkv_str(b, "check", f->check);
  S_jkv_str(b, "rule", f->rule);
  S_jkv_str(b, "key", f->key);
  S_jkv_str(b, "message", f->message);
  S_jkv_str(b, "doc_a", f->a.doc);
  S_jkv_uint(b, "line_a", f->a.line);
  S_jkv_uint(b, "col_a", f->a.col);
  S_jkv_str(b, "quote_a", f->a.quote);
  S_jkv_str(b, "value_a", f->a.value);
  if (hb) {
    S_jkv_str(b, "doc_b", f->b.doc);
    S_jkv_uint(b, "line_b", f->b.line);
    S_jkv_uint(b, "col_b", f->b.col);
    S_jkv_str(b, "quote_b", f->b.quote);
    S_jkv_str(b, "value_b", f->b.value);
  } else {
    const char *keys[] = {"doc_b", "line_b", "col_b", "quote_b", "value_b"};
    for (size_t i = 0; i < 5; i++)
      S_jkv_null(b, keys[i]);
  }
  S_jkv_str(b, "status", f->status);
  S_jkv_str(b, "note", f->note);
  S_jkey(b, "suppressed");
  cc_buf_puts(b, f->suppressed ? "true" : "false");
  cc_buf_put(b, "}\n", 2);
}

int cc__report_jsonl(cc_out *out, const cc_findings *set,
                     const cc_report_opts *opts) {
  size_t n;
  const cc_finding **v = cc__report_sorted(set, opts, true, &n);
  cc_buf b = CC_BUF_INIT;
  for (size_t i = 0; i < n && !cc_out_failed(out); i++) {
    S_finding_line(&b, v[i]);
    if (cc_out_write(out, b.ptr, b.len) != 0)
      cc_out_fail(out, "%s: cannot write JSON", cc_out_name(out));
  }
  cc_buf_free(&b);
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}

/* ---- SARIF -------------------------------------------------------------------- */

/* A path as a URI reference: relative paths stay relative (GitHub resolves
 * them against the repository root), absolute ones become file:// URIs;
 * bytes outside RFC 3986's unreserved set and '/' are percent-encoded. */
static char *S_uri(const char *path) {
  cc_buf b = CC_BUF_INIT;
  if (path[0] == '/')
    cc_buf_puts(&b, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (isalnum(*p) || strchr("-._~/", *p))
      cc_buf_putc(&b, (char)*p);
    else
      cc_buf_printf(&b, "%%%02X", *p);
  }
  return b.ptr ? cc_buf_detach(&b) : cc_xstrdup("");
}

static json_t *S_location(const cc_side *s) {
  char *uri = S_uri(s->doc ? s->doc : "");
  json_t *region = json_object();
  json_object_set_new(region, "startLine", json_integer(s->line ? s->line : 1));
  json_object_set_new(region, "startColumn", json_integer(s->col ? s->col : 1));
  if (s->quote && s->quote[0]) {
    json_t *snip = json_object();
    json_object_set_new(snip, "text", S_js(s->quote));
    json_object_set_new(region, "snippet", snip);
  }
  json_t *art = json_object();
  json_object_set_new(art, "uri", S_js(uri));
  json_t *phys = json_object();
  json_object_set_new(phys, "artifactLocation", art);
  json_object_set_new(phys, "region", region);
  json_t *loc = json_object();
  json_object_set_new(loc, "physicalLocation", phys);
  cc_xfree(uri);
  return loc;
}

static const char *S_level(const cc_finding *f) {
  if (f->verdict != CC_VERDICT_DISCREPANCY)
    return "none"; /* SARIF: a kind other than fail has level none */
  switch (f->severity) {
  case CC_SEV_ERROR:
    return "error";
  case CC_SEV_WARNING:
    return "warning";
  default:
    return "note";
  }
}

/* SARIF message links are Markdown-like: escape the brackets. */
static void S_link_text(cc_buf *b, const char *s) {
  for (; *s; s++) {
    if (*s == '[' || *s == ']' || *s == '\\')
      cc_buf_putc(b, '\\');
    cc_buf_putc(b, *s);
  }
}

static json_t *S_message(const cc_finding *f) {
  cc_buf b = CC_BUF_INIT;
  cc__report_clean(&b, f->message, 0);
  if (cc__report_has_b(f)) {
    cc_buf_puts(&b, " (see [");
    S_link_text(&b, f->b.doc);
    cc_buf_printf(&b, ":%u](1))", f->b.line);
  }
  json_t *m = json_object();
  json_object_set_new(m, "text", S_js(b.ptr ? b.ptr : ""));
  cc_buf_free(&b);
  return m;
}

static json_t *S_related(const cc_finding *f) {
  json_t *loc = json_object();
  json_object_set_new(loc, "id", json_integer(1));
  json_t *tmp = S_location(&f->b);
  json_object_set(loc, "physicalLocation",
                  json_object_get(tmp, "physicalLocation"));
  json_decref(tmp);
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "other claim");
  if (f->b.value && f->b.value[0])
    cc_buf_printf(&b, ": %s", f->b.value);
  json_t *m = json_object();
  json_object_set_new(m, "text", S_js(b.ptr));
  json_object_set_new(loc, "message", m);
  cc_buf_free(&b);
  json_t *arr = json_array();
  json_array_append_new(arr, loc);
  return arr;
}

static json_t *S_suppressions(const cc_finding *f) {
  json_t *s = json_object();
  json_object_set_new(s, "kind",
                      json_string(f->in_source ? "inSource" : "external"));
  json_object_set_new(s, "status", json_string("accepted"));
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, f->status && f->status[0] ? f->status : "suppressed");
  if (f->note && f->note[0])
    cc_buf_printf(&b, ": %s", f->note);
  json_object_set_new(s, "justification", S_js(b.ptr));
  cc_buf_free(&b);
  json_t *arr = json_array();
  json_array_append_new(arr, s);
  return arr;
}

static json_t *S_result(const cc_finding *f, size_t rule_index) {
  json_t *r = json_object();
  json_object_set_new(r, "ruleId", S_js(f->rule));
  json_object_set_new(r, "ruleIndex", json_integer((json_int_t)rule_index));
  if (f->verdict == CC_VERDICT_CONSISTENT)
    json_object_set_new(r, "kind", json_string("pass"));
  else if (f->verdict == CC_VERDICT_UNVERIFIABLE)
    json_object_set_new(r, "kind", json_string("review"));
  json_object_set_new(r, "level", json_string(S_level(f)));
  json_object_set_new(r, "message", S_message(f));
  json_t *locs = json_array();
  json_array_append_new(locs, S_location(&f->a));
  json_object_set_new(r, "locations", locs);
  if (cc__report_has_b(f))
    json_object_set_new(r, "relatedLocations", S_related(f));
  json_t *fp = json_object();
  json_object_set_new(fp, "claimcheckFindingId/v2", S_js(f->id));
  json_object_set_new(r, "partialFingerprints", fp);
  json_t *props = json_object();
  json_object_set_new(props, "key", S_js(f->key));
  json_object_set_new(props, "check", S_js(f->check));
  json_object_set_new(props, "verdict",
                      S_js(cc_verdict_name((cc_verdict)f->verdict)));
  json_object_set_new(r, "properties", props);
  if (f->suppressed)
    json_object_set_new(r, "suppressions", S_suppressions(f));
  return r;
}

/* ---- rules: the distinct rule ids of the visible findings, sorted ---------------- */

typedef struct S_rule {
  const char *id;
  const cc_finding *first; /* for the check name */
  int severity;            /* the highest among its discrepancies */
} S_rule;

static int S_rule_cmp(const void *a, const void *b) {
  return strcmp(((const S_rule *)a)->id, ((const S_rule *)b)->id);
}

static S_rule *S_rules(const cc_finding **v, size_t n, size_t *nrules) {
  S_rule *r = cc_xcalloc(n + 1, sizeof *r);
  for (size_t i = 0; i < n; i++)
    r[i] = (S_rule){v[i]->rule ? v[i]->rule : "", v[i],
                    v[i]->verdict == CC_VERDICT_DISCREPANCY ? v[i]->severity
                                                            : -1};
  qsort(r, n, sizeof *r, S_rule_cmp);
  size_t u = 0;
  for (size_t i = 0; i < n; i++) {
    if (u > 0 && strcmp(r[u - 1].id, r[i].id) == 0) {
      if (r[i].severity > r[u - 1].severity)
        r[u - 1].severity = r[i].severity;
      continue;
    }
    r[u++] = r[i];
  }
  *nrules = u;
  return r;
}

static json_t *S_rule_json(const S_rule *r) {
  static const char *const levels[] = {"note", "warning", "error"};
  json_t *o = json_object();
  json_object_set_new(o, "id", S_js(r->id));
  json_object_set_new(o, "name", S_js(r->first->check));
  cc_buf b = CC_BUF_INIT;
  cc_buf_printf(&b, "claimcheck %s check",
                r->first->check && r->first->check[0] ? r->first->check
                                                      : r->id);
  json_t *sd = json_object();
  json_object_set_new(sd, "text", S_js(b.ptr));
  json_object_set_new(o, "shortDescription", sd);
  cc_buf_free(&b);
  json_t *cfg = json_object();
  json_object_set_new(cfg, "level",
                      json_string(r->severity >= 0 && r->severity <= 2
                                      ? levels[r->severity]
                                      : "note"));
  json_object_set_new(o, "defaultConfiguration", cfg);
  json_t *props = json_object();
  json_t *tags = json_array();
  json_array_append_new(tags, json_string("fact-check"));
  json_object_set_new(props, "tags", tags);
  json_object_set_new(o, "properties", props);
  return o;
}

static json_t *S_driver(const S_rule *rules, size_t nrules,
                        const cc_report_opts *opts) {
  json_t *d = json_object();
  json_object_set_new(d, "name", json_string("claimcheck"));
  json_object_set_new(d, "version", S_js(cc__report_version(opts)));
  json_t *arr = json_array();
  for (size_t i = 0; i < nrules; i++)
    json_array_append_new(arr, S_rule_json(&rules[i]));
  json_object_set_new(d, "rules", arr);
  json_t *tool = json_object();
  json_object_set_new(tool, "driver", d);
  return tool;
}

int cc__report_sarif(cc_out *out, const cc_findings *set,
                     const cc_report_opts *opts) {
  size_t n, nrules;
  const cc_finding **v = cc__report_sorted(set, opts, true, &n);
  S_rule *rules = S_rules(v, n, &nrules);
  json_t *results = json_array();
  for (size_t i = 0; i < n; i++) {
    S_rule key = {v[i]->rule ? v[i]->rule : "", NULL, 0};
    const S_rule *r = bsearch(&key, rules, nrules, sizeof *rules, S_rule_cmp);
    json_array_append_new(results,
                          S_result(v[i], r ? (size_t)(r - rules) : 0));
  }
  json_t *run = json_object();
  json_object_set_new(run, "tool", S_driver(rules, nrules, opts));
  json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
  json_object_set_new(run, "results", results);
  json_t *runs = json_array();
  json_array_append_new(runs, run);
  json_t *root = json_object();
  json_object_set_new(root, "$schema",
                      json_string("https://json.schemastore.org/"
                                  "sarif-2.1.0.json"));
  json_object_set_new(root, "version", json_string("2.1.0"));
  json_object_set_new(root, "runs", runs);
  S_dump(out, root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(root);
  cc_xfree(rules);
  cc_xfree(v);
  return cc_out_failed(out) ? -1 : 0;
}
