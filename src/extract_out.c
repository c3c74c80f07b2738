/* extract_out.c - mention records for `claimcheck extract`. */
#include "cc_extract.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cc_report.h"
#include "cc_time.h"

static const char *const S_cols[] = {"doc",  "line", "col",      "start",
                                     "end",  "text", "type",     "value",
                                     "unit", "lo",   "hi",       "qualifier",
                                     "zone", "utc"};
#define S_NCOLS (sizeof S_cols / sizeof S_cols[0])

bool cc_extract_fmt_parse(const char *s, cc_extract_fmt *out) {
  if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0)
    *out = CC_EXTRACT_JSONL;
  else if (strcmp(s, "csv") == 0)
    *out = CC_EXTRACT_CSV;
  else if (strcmp(s, "text") == 0)
    *out = CC_EXTRACT_TEXT;
  else
    return false;
  return true;
}

int cc_extract_write_header(cc_out *out, cc_extract_fmt fmt) {
  if (fmt != CC_EXTRACT_CSV)
    return 0;
  return cc_report_csv_row(out, S_cols, S_NCOLS);
}

/* The fields of one mention as strings, in S_cols order. */
typedef struct S_rec {
  char line[16], col[16], start[16], end[16], lo[40], hi[40], utc[40];
  const char *text_ptr;
  char *text;
} S_rec;

static void S_fill(S_rec *r, const cc_docresult *d, const cc_mention *m) {
  const cc_token *t = &d->seg.tokens[m->tok_begin];
  snprintf(r->line, sizeof r->line, "%u", t->line);
  snprintf(r->col, sizeof r->col, "%u", t->col);
  snprintf(r->start, sizeof r->start, "%u", m->start);
  snprintf(r->end, sizeof r->end, "%u", m->end);
  cc_mention_bounds(m, r->lo, r->hi);
  cc_mention_utc(m, r->utc);
  r->text = cc_xstrndup(d->doc->text + m->start, m->end - m->start);
}

static json_t *S_num_or_str(const char *s, bool numeric) {
  if (!s[0])
    return json_null();
  if (numeric) {
    char *end;
    double v = strtod(s, &end);
    if (*end == '\0' && isfinite(v))
      return json_real(v);
  }
  return json_string(s);
}

static bool S_numeric_type(const cc_mention *m) {
  return m->type == CC_M_NUMBER || m->type == CC_M_ORDINAL ||
         m->type == CC_M_PERCENT || m->type == CC_M_MONEY;
}

static int S_jsonl(cc_out *out, const cc_docresult *d, const cc_mention *m,
                   const S_rec *r) {
  json_t *o = json_object();
  const cc_token *t = &d->seg.tokens[m->tok_begin];
  json_object_set_new(o, "doc", json_string(d->doc->path));
  json_object_set_new(o, "line", json_integer(t->line));
  json_object_set_new(o, "col", json_integer(t->col));
  json_object_set_new(o, "start", json_integer(m->start));
  json_object_set_new(o, "end", json_integer(m->end));
  json_object_set_new(o, "text", json_string(r->text));
  json_object_set_new(o, "type", json_string(cc_mtype_name(m->type)));
  json_object_set_new(o, "value", json_string(m->value));
  json_object_set_new(o, "unit", m->unit[0] ? json_string(m->unit)
                                             : json_null());
  json_object_set_new(o, "lo", S_num_or_str(r->lo, S_numeric_type(m)));
  json_object_set_new(o, "hi", S_num_or_str(r->hi, S_numeric_type(m)));
  json_object_set_new(o, "qualifier",
                      m->qual ? json_string(cc_qual_name(m->qual))
                              : json_null());
  json_object_set_new(o, "zone", m->zone ? json_string(m->zone) : json_null());
  json_object_set_new(o, "utc", r->utc[0] ? json_string(r->utc) : json_null());
  json_object_set_new(o, "granularity", json_string(cc_gran_name(m->gran)));
  if (m->anchor != CC_ANCHOR_NONE) {
    char a[16];
    cc_format_date(m->anchor_days, a);
    json_object_set_new(o, "anchor", json_string(a));
  }
  if (m->pair >= 0)
    json_object_set_new(o, "pair", json_integer(m->pair));
  if (m->flags & CC_MF_PAIR_LOCAL)
    json_object_set_new(o, "pair_offset_min",
                        json_integer(m->pair_offset / 60));
  if (m->weekday >= 0)
    json_object_set_new(o, "weekday", json_integer(m->weekday));
  if (m->flags & CC_MF_YEAR_INFERRED)
    json_object_set_new(o, "year_inferred", json_true());
  char *s = json_dumps(o, JSON_COMPACT);
  json_decref(o);
  int rc = cc_out_puts(out, s ? s : "{}");
  free(s);
  return rc | cc_out_puts(out, "\n");
}

static int S_csv(cc_out *out, const cc_docresult *d, const cc_mention *m,
                 const S_rec *r) {
  const char *cells[S_NCOLS] = {
      d->doc->path, r->line, r->col, r->start, r->end,
      r->text,      cc_mtype_name(m->type), m->value, m->unit,
      r->lo,        r->hi,   m->qual ? cc_qual_name(m->qual) : "",
      m->zone ? m->zone : "", r->utc};
  return cc_report_csv_row(out, cells, S_NCOLS);
}

static int S_text(cc_out *out, const cc_docresult *d, const cc_mention *m,
                  const S_rec *r) {
  int rc = cc_out_printf(out, "%s:%s:%s: %s %s \"%s\"", d->doc->path, r->line,
                         r->col, cc_mtype_name(m->type), m->value, r->text);
  if (r->lo[0] || r->hi[0])
    rc |= cc_out_printf(out, " [%s, %s]", r->lo, r->hi);
  if (m->unit[0])
    rc |= cc_out_printf(out, " %s", m->unit);
  if (m->qual)
    rc |= cc_out_printf(out, " (%s)", cc_qual_name(m->qual));
  if (r->utc[0])
    rc |= cc_out_printf(out, " = %s", r->utc);
  return rc | cc_out_puts(out, "\n");
}

int cc_extract_write_doc(cc_out *out, cc_extract_fmt fmt,
                         const cc_docresult *d) {
  int rc = 0;
  for (uint32_t i = 0; i < d->nmentions && rc == 0; i++) {
    const cc_mention *m = &d->mentions[i];
    S_rec r;
    S_fill(&r, d, m);
    if (fmt == CC_EXTRACT_JSONL)
      rc = S_jsonl(out, d, m, &r);
    else if (fmt == CC_EXTRACT_CSV)
      rc = S_csv(out, d, m, &r);
    else
      rc = S_text(out, d, m, &r);
    cc_xfree(r.text);
  }
  return rc;
}
