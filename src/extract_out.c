/* extract_out.c - mention records for `claimcheck extract`. */
#include "cc_extract.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
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
  const char *text; /* points into the document: not NUL-terminated */
  size_t text_len;
} S_rec;

/* Decimal digits of v, terminated (snprintf costs about 1,000
 * instructions a call and extract formats four of these per mention). */
static void S_utoa(uint32_t v, char *buf) { *cc_put_uint(buf, v, 0) = '\0'; }

static void S_fill(S_rec *r, const cc_docresult *d, const cc_mention *m) {
  const cc_token *t = &d->seg.tokens[m->tok_begin];
  S_utoa(t->line, r->line);
  S_utoa(t->col, r->col);
  S_utoa(m->start, r->start);
  S_utoa(m->end, r->end);
  cc_mention_bounds(m, r->lo, r->hi);
  cc_mention_utc(m, r->utc);
  r->text = d->doc->text + m->start;
  r->text_len = m->end - m->start;
}

/* ---- JSON lines, written directly ------------------------------------------
 * One record per mention is the hot path of `extract`: building a jansson
 * object and dumping it was a fifth of the run.  The writer below produces
 * exactly what json_dumps(JSON_COMPACT) produced (keys in insertion order,
 * the same escapes, reals as jansson formats them); the unit test
 * compares the two on awkward strings and numbers. */

void cc__json_str(cc_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  cc_buf_putc(b, '"');
  size_t run = 0; /* bytes copied as they are, flushed in one put */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    cc_buf_put(b, s + run, i - run);
    run = i + 1;
    char esc[7] = {'\\', 0};
    size_t len = 2;
    switch (c) {
    case '"': esc[1] = '"'; break;
    case '\\': esc[1] = '\\'; break;
    case '\b': esc[1] = 'b'; break;
    case '\f': esc[1] = 'f'; break;
    case '\n': esc[1] = 'n'; break;
    case '\r': esc[1] = 'r'; break;
    case '\t': esc[1] = 't'; break;
    default:
      memcpy(esc + 1, "u00", 3);
      esc[4] = hex[c >> 4];
      esc[5] = hex[c & 15];
      len = 6;
    }
    cc_buf_put(b, esc, len);
  }
  cc_buf_put(b, s + run, n - run);
  cc_buf_putc(b, '"');
}

static void S_jkey(cc_buf *b, const char *key, bool first) {
  if (!first)
    cc_buf_putc(b, ',');
  cc_buf_putc(b, '"');
  cc_buf_puts(b, key);
  cc_buf_put(b, "\":", 2);
}

static void S_jint(cc_buf *b, long long v) {
  char num[24];
  if (v < 0)
    cc_buf_putc(b, '-');
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
                               : (unsigned long long)v;
  cc_buf_put(b, num, (size_t)(cc_put_uint(num, u, 0) - num));
}

/* A real as jansson writes it: "%.17g", ".0" added when it has neither a
 * point nor an exponent, and the exponent without '+' or leading zeros.
 * Whole numbers below 10^15 (most values) take the integer path. */
void cc__json_real(cc_buf *b, double v) {
  char buf[40];
  if (v == floor(v) && fabs(v) < 1e15 && !(v == 0 && signbit(v))) {
    S_jint(b, (long long)v);
    cc_buf_put(b, ".0", 2);
    return;
  }
  int len = snprintf(buf, sizeof buf, "%.17g", v);
  if (len < 0 || (size_t)len >= sizeof buf - 3)
    return;
  if (!strchr(buf, '.') && !strchr(buf, 'e')) {
    memcpy(buf + len, ".0", 3);
    len += 2;
  }
  char *e = strchr(buf, 'e');
  if (e) {
    char *start = e + 1, *end = e + 2;
    if (*start == '-')
      start++;
    while (*end == '0')
      end++;
    if (end != start) {
      memmove(start, end, (size_t)(buf + len + 1 - end));
      len -= (int)(end - start);
    }
  }
  cc_buf_put(b, buf, (size_t)len);
}

/* A bound: a real when the mention is numeric and the text parses, else
 * the text; null when empty. */
static void S_jkv_bound(cc_buf *b, const char *key, const char *s,
                        bool numeric) {
  S_jkey(b, key, false);
  if (!s[0]) {
    cc_buf_put(b, "null", 4);
    return;
  }
  if (numeric) {
    char *end;
    double v = strtod(s, &end);
    if (*end == '\0' && isfinite(v)) {
      cc__json_real(b, v);
      return;
    }
  }
  cc__json_str(b, s, strlen(s));
}

static bool S_numeric_type(const cc_mention *m) {
  return m->type == CC_M_NUMBER || m->type == CC_M_ORDINAL ||
         m->type == CC_M_PERCENT || m->type == CC_M_MONEY;
}

/* ---- the JSON lines record, written in place ----------------------------
 * extract writes more bytes than it reads (about 2.4 per input byte on
 * news), so the record is written straight into room reserved once per
 * mention, keys as literals, instead of a buffer call per piece. */

/* Room for n more bytes (and the NUL) at the end of b. */
static char *S_room(cc_buf *b, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
      cap *= 2;
    b->ptr = cc_xrealloc(b->ptr, cap);
    b->cap = cap;
  }
  return b->ptr + b->len;
}

/* End the in-place writing at p: the buffer's length and NUL. */
static void S_done(cc_buf *b, char *p) {
  b->len = (size_t)(p - b->ptr);
  *p = '\0';
}

#define S_LIT(p, lit) (memcpy((p), (lit), sizeof(lit) - 1), (p) + sizeof(lit) - 1)

#define S_ONES 0x0101010101010101ull

/* Does any of the 8 bytes of x need an escape (below 0x20, '"' or '\\')?
 * Exact as a yes or no: the borrow of a subtraction reaches the high
 * bit only above a byte that is itself a hit. */
static inline bool S_esc8(uint64_t x) {
  uint64_t q = x ^ (S_ONES * '"'), b = x ^ (S_ONES * '\\');
  return (((x - S_ONES * 0x20) & ~x) | ((q - S_ONES) & ~q) |
          ((b - S_ONES) & ~b)) &
         (S_ONES * 0x80);
}

/* The escapes of cc__json_str, at p, byte by byte; at most 6 * n + 2
 * bytes. */
static char *S_str_slow(char *p, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  *p++ = '"';
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') {
      *p++ = (char)c;
      continue;
    }
    *p++ = '\\';
    switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\b': *p++ = 'b'; break;
    case '\f': *p++ = 'f'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
      p = S_LIT(p, "u00");
      *p++ = hex[c >> 4];
      *p++ = hex[c & 15];
    }
  }
  *p++ = '"';
  return p;
}

/* The same, at most 6 * n + 2 bytes, but up to 7 bytes past the end may
 * be written over (the rooms reserved have that slack).  Most strings
 * need no escape: they are copied 8 bytes at a time, the last chunk
 * overlapping the one before (or, for a string shorter than 8 bytes
 * whose source has 8 readable bytes, read8, one chunk with the bytes
 * past it read as 'A'); a chunk with a byte to escape hands the whole
 * string to S_str_slow. */
static char *S_str_at8(char *p, const char *s, size_t n, bool read8) {
  if (n < 8 && !read8)
    return S_str_slow(p, s, n);
  char *o = p + 1;
  uint64_t x;
  if (n < 8) {
    static const unsigned char ones[16] = {0xFF, 0xFF, 0xFF, 0xFF,
                                           0xFF, 0xFF, 0xFF, 0xFF};
    uint64_t keep; /* the first n bytes (in memory order) */
    memcpy(&keep, ones + 8 - n, 8);
    memcpy(&x, s, 8);
    x = (x & keep) | (~keep & (S_ONES * 'A'));
    if (S_esc8(x))
      return S_str_slow(p, s, n);
    memcpy(o, &x, 8);
  } else {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      memcpy(&x, s + i, 8);
      if (S_esc8(x))
        return S_str_slow(p, s, n);
      memcpy(o + i, &x, 8);
    }
    if (i < n) {
      memcpy(&x, s + n - 8, 8);
      if (S_esc8(x))
        return S_str_slow(p, s, n);
      memcpy(o + n - 8, &x, 8);
    }
  }
  *p = '"';
  o[n] = '"';
  return o + n + 1;
}

/* A name of the recognizers' (cc_mtype_name, cc_qual_name,
 * cc_gran_name): fixed words that need no escape (test_extract checks
 * every one), copied whole between quotes. */
static char *S_name_at(char *p, const char *s, size_t n) {
  *p = '"';
  memcpy(p + 1, s, n);
  p[n + 1] = '"';
  return p + n + 2;
}


static size_t S_len0(const char *s) { return s ? strlen(s) : 0; }

/* An unsigned number as cc_put_uint writes it, one and two digits
 * without the call (lines and columns mostly). */
static char *S_u32_at(char *p, uint32_t v) {
  if (v < 10) {
    *p = (char)('0' + v);
    return p + 1;
  }
  if (v < 100) {
    memcpy(p, cc_digits2 + 2 * v, 2);
    return p + 2;
  }
  return cc_put_uint(p, v, 0);
}

static char *S_int_at(char *p, long long v) {
  if (v < 0)
    *p++ = '-';
  return cc_put_uint(p, v < 0 ? 0ULL - (unsigned long long)v
                              : (unsigned long long)v, 0);
}

/* 10^k for k = 0 .. 14, exact in a double. */
static const double S_p10[15] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};

/* The whole number that "%.15g" prints x as, when it prints one: x in
 * [1, 10^14) within a quarter of its 15th significant digit's unit of a
 * whole number r (an approximate 2,300 gives 2,070.0000000000002 to
 * 2,530.0000000000005).  "%.15g" rounds x to that digit: the exact
 * distance |x - r| (a dyadic number, never the decimal half unit exactly)
 * under half the unit prints r, and a quarter leaves room for the
 * rounding of the unit itself.  The exponent is exact (comparisons with
 * exact powers).  False where it may not: those take the text path. */
static bool S_near_whole(double x, double *r) {
  double a = fabs(x);
  if (!(a >= 1 && a < 1e14))
    return false;
  int e = 0; /* 10^e <= a < 10^(e+1) */
  while (e < 13 && a >= S_p10[e + 1])
    e++;
  double w = round(x);
  double unit = S_p10[e] / 1e14; /* 10^(e-14): the 15th digit's */
  if (!(fabs(x - w) < 0.25 * unit))
    return false;
  *r = w;
  return true;
}

/* A numeric bound the way S_jkv_bound writes it, without the round trip
 * through text, when that is exact: a whole number below 10^15 prints as
 * its digits ("%.15g"), reads back as itself and is written with ".0";
 * so does one that "%.15g" prints as a whole number (S_near_whole); NaN
 * and infinity print as nothing, written null.  False for the rest. */
static bool S_bound_direct(double x, char **pp) {
  char *p = *pp;
  if (isnan(x) || isinf(x)) {
    *pp = S_LIT(p, "null");
    return true;
  }
  if (!(x == floor(x) && fabs(x) < 1e15) && !S_near_whole(x, &x))
    return false;
  if (x < 0)
    *p++ = '-';
  p = cc_put_uint(p, (unsigned long long)fabs(x), 0);
  *pp = S_LIT(p, ".0");
  return true;
}

/* The last days formatted (cc_format_date), for one document's records:
 * its instants fall on a few days (its own date, the days it names, their
 * next days as ends), and the calendar and the digits were most of an
 * instant's cost. */
#define S_NDAYS 4
typedef struct S_days {
  int64_t day[S_NDAYS];
  char ymd[S_NDAYS][10]; /* "YYYY-MM-DD" (the year clamped to 4 digits) */
  unsigned n, next;
} S_days;

static const char *S_ymd(S_days *c, int64_t days) {
  for (unsigned i = 0; i < c->n; i++)
    if (c->day[i] == days)
      return c->ymd[i];
  unsigned i = c->next;
  c->next = (i + 1) % S_NDAYS;
  if (c->n < S_NDAYS)
    c->n++;
  /* cc_format_date's digits, two at a time: its year clamped to
   * 0..9999 and zero-padded to 4, month and day to 2 (they have 2) */
  cc_ymd d = cc_civil_from_days(days);
  int y = d.y < 0 ? 0 : d.y > 9999 ? 9999 : d.y;
  char *q = c->ymd[i];
  memcpy(q, cc_digits2 + 2 * (y / 100), 2);
  memcpy(q + 2, cc_digits2 + 2 * (y % 100), 2);
  q[4] = '-';
  memcpy(q + 5, cc_digits2 + 2 * d.m, 2);
  q[7] = '-';
  memcpy(q + 8, cc_digits2 + 2 * d.d, 2);
  c->day[i] = days;
  return q;
}

/* cc_format_datetime(secs) at p without its NUL: 16 bytes, the date
 * from the cache, the hour and minute as it takes them. */
static char *S_datetime_at(char *p, S_days *c, int64_t secs) {
  int64_t days = secs / CC_DAY;
  if (secs % CC_DAY != 0 && secs < 0) /* (floor division) */
    days--;
  int64_t sod = secs - days * CC_DAY;
  memcpy(p, S_ymd(c, days), 10);
  unsigned h = (unsigned)(sod / 3600) % 24u,
           m = (unsigned)(sod % 3600 / 60) % 60u;
  p[10] = 'T';
  p[11] = (char)('0' + h / 10);
  p[12] = (char)('0' + h % 10);
  p[13] = ':';
  p[14] = (char)('0' + m / 10);
  p[15] = (char)('0' + m % 10);
  return p + 16;
}

/* An instant as cc_mention_bounds and cc_mention_utc write it
 * (cc_format_datetime of its floor: digits, '-', 'T' and ':', nothing to
 * escape), quoted, written in place; null for NaN and infinity, which
 * they leave empty. */
static char *S_instant_at(char *p, S_days *c, double x) {
  if (isnan(x) || isinf(x))
    return S_LIT(p, "null");
  *p = '"';
  p = S_datetime_at(p + 1, c, (int64_t)floor(x));
  *p = '"';
  return p + 1;
}

static bool S_instant_type(const cc_mention *m) {
  return m->type == CC_M_DATE || m->type == CC_M_TIME ||
         m->type == CC_M_DATETIME;
}

/* "lo" and "hi" (key and value), by cc_mention_bounds and S_jkv_bound,
 * or directly when both numeric bounds allow it, or both are instants. */
static void S_jbounds(cc_buf *b, const cc_mention *m, bool num,
                      S_days *days) {
  char *p = S_room(b, 2 * (6 * 40 + 8)); /* two escaped bounds at most */
  char *q = S_LIT(p, ",\"lo\":");
  if (S_instant_type(m)) { /* (S_fmt_one's S_fmt_instant) */
    q = S_instant_at(q, days, m->lo);
    S_done(b, S_instant_at(S_LIT(q, ",\"hi\":"), days, m->hi));
    return;
  }
  if (num && S_bound_direct(m->lo, &q)) {
    q = S_LIT(q, ",\"hi\":");
    if (S_bound_direct(m->hi, &q)) {
      S_done(b, q);
      return;
    }
  }
  /* Bounds of the same bits print the same (cc_mention_bounds formats
   * each from the type and the number alone): most durations and exact
   * fractions ("P1D" to "P1D", 7.5 to 7.5) are formatted and written
   * once, and copied. */
  char lo[40], hi[40];
  bool same = memcmp(&m->lo, &m->hi, sizeof m->lo) == 0;
  if (same) {
    cc_mention one = *m;
    one.hi = NAN; /* (left empty: not formatted) */
    cc_mention_bounds(&one, lo, hi);
  } else {
    cc_mention_bounds(m, lo, hi);
  }
  if (num) { /* a fraction: through the text, as S_jkv_bound reads it */
    S_done(b, p);
    size_t at = b->len + 6; /* (after `,"lo":`) */
    S_jkv_bound(b, "lo", lo, num);
    if (!same) {
      S_jkv_bound(b, "hi", hi, num);
      return;
    }
    size_t vn = b->len - at;
    q = S_LIT(S_room(b, vn + 8), ",\"hi\":");
    memcpy(q, b->ptr + at, vn);
    S_done(b, q + vn);
    return;
  }
  char *v = q;
  q = lo[0] ? S_str_at8(q, lo, strlen(lo), true) : S_LIT(q, "null");
  size_t vn = (size_t)(q - v);
  q = S_LIT(q, ",\"hi\":");
  if (same) {
    memcpy(q, v, vn);
    S_done(b, q + vn);
    return;
  }
  S_done(b, hi[0] ? S_str_at8(q, hi, strlen(hi), true) : S_LIT(q, "null"));
}

/* The fields up to "end", then "text" .. "unit". */
static void S_jhead(cc_buf *b, const cc_docresult *d, const cc_mention *m,
                    const cc_buf *docpfx) {
  const cc_token *t = &d->seg.tokens[m->tok_begin];
  size_t tn = m->end - m->start;
  const char *type = cc_mtype_name(m->type);
  size_t typen = strlen(type), valn = strlen(m->value),
         unitn = strlen(m->unit);
  char *p = S_room(b, docpfx->len + 4 * 24 + 64 +
                          6 * (tn + typen + valn + unitn) + 16);
  memcpy(p, docpfx->ptr, docpfx->len);
  p += docpfx->len;
  p = S_u32_at(p, t->line);
  p = S_u32_at(S_LIT(p, ",\"col\":"), t->col);
  p = S_u32_at(S_LIT(p, ",\"start\":"), m->start);
  p = S_u32_at(S_LIT(p, ",\"end\":"), m->end);
  p = S_str_at8(S_LIT(p, ",\"text\":"), d->doc->text + m->start, tn, false);
  p = S_name_at(S_LIT(p, ",\"type\":"), type, typen);
  p = S_LIT(p, ",\"value\":");
  p = S_str_at8(p, m->value, valn, true); /* (char[40]: never null) */
  p = S_LIT(p, ",\"unit\":");
  p = unitn ? S_str_slow(p, m->unit, unitn) : S_LIT(p, "null");
  S_done(b, p);
}

/* "qualifier" to the end of the record. */
static void S_jtail(cc_buf *b, const cc_mention *m, S_days *days) {
  const char *qual = m->qual ? cc_qual_name(m->qual) : NULL;
  const char *gran = cc_gran_name(m->gran);
  size_t zonen = S_len0(m->zone), qualn = S_len0(qual),
         grann = S_len0(gran);
  char *p = S_room(b, 6 * (qualn + zonen + 40 + grann + 16) + 256);
  p = S_LIT(p, ",\"qualifier\":");
  p = qual ? S_name_at(p, qual, qualn) : S_LIT(p, "null");
  p = S_LIT(p, ",\"zone\":");
  p = m->zone ? S_str_at8(p, m->zone, zonen, false) : S_LIT(p, "null");
  /* cc_mention_utc's "...Z" (nothing to escape) or its "" as null */
  p = S_LIT(p, ",\"utc\":");
  if ((m->flags & CC_MF_UTC) && !isnan(m->utc_lo)) {
    *p = '"';
    p = S_datetime_at(p + 1, days, (int64_t)floor(m->utc_lo));
    p = S_LIT(p, "Z\"");
  } else {
    p = S_LIT(p, "null");
  }
  p = S_LIT(p, ",\"granularity\":");
  p = gran ? S_name_at(p, gran, grann) : S_LIT(p, "null");
  if (m->anchor != CC_ANCHOR_NONE) {
    p = S_LIT(p, ",\"anchor\":\"");
    memcpy(p, S_ymd(days, m->anchor_days), 10); /* (cc_format_date) */
    p = S_LIT(p + 10, "\"");
  }
  if (m->pair >= 0)
    p = S_int_at(S_LIT(p, ",\"pair\":"), m->pair);
  if (m->flags & CC_MF_PAIR_LOCAL)
    p = S_int_at(S_LIT(p, ",\"pair_offset_min\":"), m->pair_offset / 60);
  if (m->weekday >= 0)
    p = S_int_at(S_LIT(p, ",\"weekday\":"), m->weekday);
  if (m->flags & CC_MF_YEAR_INFERRED)
    p = S_LIT(p, ",\"year_inferred\":true");
  S_done(b, S_LIT(p, "}\n"));
}

/* A document's records are written to out together, or 64 kB at a time:
 * a write per record was a call and a copy each. */
#define S_FLUSH_AT 65536

/* One record appended to b, and b written out once it is full; docpfx is
 * `{"doc":"<path>","line":`, made once per doc. */
static int S_jsonl(cc_out *out, const cc_docresult *d, const cc_mention *m,
                   const cc_buf *docpfx, cc_buf *b, S_days *days) {
  S_jhead(b, d, m, docpfx);
  S_jbounds(b, m, S_numeric_type(m), days);
  S_jtail(b, m, days);
  if (b->len < S_FLUSH_AT)
    return 0;
  int rc = cc_out_write(out, b->ptr, b->len);
  cc_buf_reset(b);
  return rc;
}

static int S_csv(cc_out *out, const cc_docresult *d, const cc_mention *m,
                 const S_rec *r, const char *text) {
  const char *cells[S_NCOLS] = {
      d->doc->path, r->line, r->col, r->start, r->end,
      text,      cc_mtype_name(m->type), m->value, m->unit,
      r->lo,        r->hi,   m->qual ? cc_qual_name(m->qual) : "",
      m->zone ? m->zone : "", r->utc};
  return cc_report_csv_row(out, cells, S_NCOLS);
}

static int S_text(cc_out *out, const cc_docresult *d, const cc_mention *m,
                  const S_rec *r, const char *text) {
  int rc = cc_out_printf(out, "%s:%s:%s: %s %s \"%s\"", d->doc->path, r->line,
                         r->col, cc_mtype_name(m->type), m->value, text);
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
  cc_buf line = CC_BUF_INIT, docpfx = CC_BUF_INIT;
  S_days days = {.n = 0};
  if (fmt == CC_EXTRACT_JSONL && d->nmentions) {
    cc_buf_put(&docpfx, "{\"doc\":", 7);
    cc__json_str(&docpfx, d->doc->path, strlen(d->doc->path));
    cc_buf_put(&docpfx, ",\"line\":", 8);
    /* room for the records at once (about 300 bytes each after the
     * prefix), up to a flush's worth: growing by doubling was a
     * realloc for every few records */
    size_t want = (size_t)d->nmentions * (docpfx.len + 320);
    S_room(&line, want < S_FLUSH_AT + 4096 ? want : S_FLUSH_AT + 4096);
  }
  for (uint32_t i = 0; i < d->nmentions && rc == 0; i++) {
    const cc_mention *m = &d->mentions[i];
    if (fmt == CC_EXTRACT_JSONL) {
      rc = S_jsonl(out, d, m, &docpfx, &line, &days);
      continue;
    }
    S_rec r;
    S_fill(&r, d, m);
    char *text = cc_xstrndup(r.text, r.text_len);
    if (fmt == CC_EXTRACT_CSV)
      rc = S_csv(out, d, m, &r, text);
    else
      rc = S_text(out, d, m, &r, text);
    cc_xfree(text);
  }
  if (rc == 0 && line.len) /* (the JSON lines not yet written) */
    rc = cc_out_write(out, line.ptr, line.len);
  cc_buf_free(&docpfx);
  cc_buf_free(&line);
  return rc;
}
