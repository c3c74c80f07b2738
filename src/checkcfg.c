/* checkcfg.c - check settings per frame, read from rules/checks.csv.
 *
 * One row per frame (or frame prefix "count.*"): value kind, whether the
 * frame is single-valued, tolerances, the severity of a discrepancy inside
 * one article and across outlets, an optional parts relation and the
 * catalog check that names its findings.  Frames not listed fall back to
 * a built-in default for their value kind, so a new rule never needs a
 * new row to be checked.
 */
#include "cc_check.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <csv.h>
#include <uthash.h>

typedef struct S_row {
  cc_check_frame f;
  UT_hash_handle hh;
} S_row;

/* A currency's bounds against the US dollar (rules/rates.csv). */
typedef struct S_rate {
  char code[4];
  double low, high; /* units to one dollar */
  int from, to;     /* years; 0: open */
  const char *name;
} S_rate;

struct cc_check_config {
  cc_vec rows;        /* S_row * in file order */
  S_row *exact;       /* uthash by frame */
  cc_vec rates;       /* S_rate in file order (a few dozen: scanned) */
  cc_arena *arena;
};

/* ---- built-in defaults ------------------------------------------------------- */

/* Why these: dates and times are exact by their interval; durations,
 * money and percentages are reported rounded, so a little slack avoids
 * alarms on "7 hours" vs "seven and a half"-style rounding. */
static const cc_check_frame S_defaults[CC_VK__COUNT] = {
    [CC_VK_INSTANT] = {"*", CC_VK_INSTANT, true, 0, 0, CC_SEV_WARNING,
                       CC_SEV_WARNING, "", "", "", false, false, 0},
    [CC_VK_DURATION] = {"*", CC_VK_DURATION, true, 0, 0.05, CC_SEV_WARNING,
                        CC_SEV_WARNING, "", "", "", false, false, 0},
    [CC_VK_COUNT] = {"*", CC_VK_COUNT, true, 0, 0, CC_SEV_WARNING,
                     CC_SEV_WARNING, "", "", "", false, false, 0},
    [CC_VK_PERCENT] = {"*", CC_VK_PERCENT, true, 0.5, 0, CC_SEV_WARNING,
                       CC_SEV_WARNING, "", "", "", false, false, 0},
    [CC_VK_MONEY] = {"*", CC_VK_MONEY, true, 0, 0.02, CC_SEV_WARNING,
                     CC_SEV_WARNING, "", "", "", false, false, 0},
    [CC_VK_LIST] = {"*", CC_VK_LIST, true, 0, 0, CC_SEV_WARNING,
                    CC_SEV_WARNING, "", "", "", false, false, 0},
    [CC_VK_NAME] = {"*", CC_VK_NAME, true, 0, 0, CC_SEV_WARNING, CC_SEV_INFO,
                    "", "", "", false, false, 0},
    [CC_VK_TIMEPAIR] = {"*", CC_VK_TIMEPAIR, true, 0, 0, CC_SEV_ERROR,
                        CC_SEV_ERROR, "", "", "", false, false, 0},
    [CC_VK_WEEKDAY] = {"*", CC_VK_WEEKDAY, true, 0, 0, CC_SEV_ERROR,
                       CC_SEV_ERROR, "", "", "", false, false, 0},
    [CC_VK_QUANTITY] = {"*", CC_VK_QUANTITY, true, 0, 0.02, CC_SEV_WARNING,
                        CC_SEV_WARNING, "", "", "", false, false, 0},
    [CC_VK_UNITPAIR] = {"*", CC_VK_UNITPAIR, true, 0, 0, CC_SEV_ERROR,
                        CC_SEV_ERROR, "", "", "", false, false, 0},
    [CC_VK_RATE] = {"*", CC_VK_RATE, true, 0, 0.05, CC_SEV_WARNING,
                    CC_SEV_WARNING, "", "exchange_rate", "", false, false, 0},
};

static cc_check_config *S_new(void) {
  cc_check_config *c = cc_xcalloc(1, sizeof *c);
  c->rows = (cc_vec)CC_VEC_INIT(S_row *);
  c->rates = (cc_vec)CC_VEC_INIT(S_rate);
  c->arena = cc_arena_new();
  return c;
}

cc_check_config *cc_check_config_default(void) { return S_new(); }

void cc_check_config_free(cc_check_config **cp) {
  if (!cp || !*cp)
    return;
  cc_check_config *c = *cp;
  HASH_CLEAR(hh, c->exact);
  cc_vec_free(&c->rows);
  cc_vec_free(&c->rates);
  cc_arena_free(&c->arena);
  cc_xfree(c);
  *cp = NULL;
}

size_t cc_check_config_count(const cc_check_config *cfg) {
  return cfg ? cfg->rows.len : 0;
}

const cc_check_frame *cc_check_config_at(const cc_check_config *cfg,
                                         size_t i) {
  if (!cfg || i >= cfg->rows.len)
    return NULL;
  return &(*CC_VEC_AT(&cfg->rows, S_row *, i))->f;
}

static bool S_prefix_match(const char *pat, const char *frame, size_t *len) {
  size_t n = strlen(pat);
  if (n == 0 || pat[n - 1] != '*')
    return false;
  *len = n - 1;
  return strncmp(pat, frame, n - 1) == 0;
}

const cc_check_frame *cc_check_config_frame(const cc_check_config *cfg,
                                            const char *frame,
                                            cc_vkind vkind) {
  if (cfg && frame) {
    S_row *r = NULL;
    HASH_FIND_STR(cfg->exact, frame, r);
    if (r && (r->f.vkind == CC_VK__COUNT || r->f.vkind == vkind))
      return &r->f;
    const cc_check_frame *best = NULL;
    size_t best_len = 0, len;
    for (size_t i = 0; i < cfg->rows.len; i++) {
      const cc_check_frame *f = &(*CC_VEC_AT(&cfg->rows, S_row *, i))->f;
      if (S_prefix_match(f->frame, frame, &len) &&
          (f->vkind == CC_VK__COUNT || f->vkind == vkind) &&
          (!best || len > best_len)) {
        best = f;
        best_len = len;
      }
    }
    if (best)
      return best;
    if (r)
      return &r->f; /* declared with another kind: still its settings */
  }
  return &S_defaults[(unsigned)vkind < CC_VK__COUNT ? vkind : CC_VK_COUNT];
}

/* ---- the CSV table ------------------------------------------------------------- */

enum {
  S_C_FRAME, S_C_VKIND, S_C_SINGLE, S_C_TOL, S_C_REL, S_C_SEV, S_C_XSEV,
  S_C_PARTS, S_C_CHECK, S_C_DESC, S_C_SCOPE, S_C_TREND, S_C_RAISE, S_C_N
};
static const char *const S_cols[S_C_N] = {
    "frame", "vkind", "single", "tolerance", "rel_tolerance", "severity",
    "cross_severity", "parts", "check", "description", "scope", "trend",
    "raise_after"};
/* Columns a row must have; the rest may be left out of the header. */
static const bool S_required[S_C_N] = {true, false, true, false, false, true};

/* rules/rates.csv */
enum { S_R_CODE, S_R_LOW, S_R_HIGH, S_R_FROM, S_R_TO, S_R_NAME, S_R_N };
static const char *const S_rcols[S_R_N] = {"code", "low",  "high",
                                           "from", "to",   "name"};
static const bool S_rrequired[S_R_N] = {true, true, true};

/* One of the two tables: its columns, and what a data row adds. */
typedef struct S_parse S_parse;
typedef struct S_table {
  const char *const *cols;
  const bool *required;
  int ncols;
  void (*add)(S_parse *p);
} S_table;

#define S_MAXC ((int)S_C_N > (int)S_R_N ? (int)S_C_N : (int)S_R_N)

struct S_parse {
  const S_table *t;
  cc_check_config *cfg;
  const char *name;
  cc_err *err;
  size_t row;
  int col;
  int ncols;  /* the header's cells */
  int map[32];
  bool have[S_MAXC];
  cc_buf f[S_MAXC];
  bool failed;
};

static void S_fail(S_parse *p, int col, const char *what, const char *val) {
  if (p->failed)
    return;
  p->failed = true;
  if (col >= 0)
    cc_err_set(p->err, "%s:%zu: column '%s': %s '%s'", p->name, p->row,
               p->t->cols[col], what, val);
  else
    cc_err_set(p->err, "%s:%zu: %s%s", p->name, p->row, what, val);
}

static void S_on_field(void *data, size_t n, void *ud) {
  S_parse *p = ud;
  int col = p->col++;
  if (p->failed)
    return;
  if (col >= 32) {
    S_fail(p, -1, "more than 32 columns", "");
    return;
  }
  if (p->row == 1) {
    p->ncols = col + 1;
    p->map[col] = -1;
    for (int i = 0; i < p->t->ncols; i++)
      if (strlen(p->t->cols[i]) == n &&
          strncasecmp(p->t->cols[i], data, n) == 0) {
        p->map[col] = i;
        p->have[i] = true;
      }
    return;
  }
  if (col >= p->ncols) {
    /* (a comment line's commas are its own business) */
    if (!(p->col > 1 && p->f[0].len && p->f[0].ptr[0] == '#') &&
        !(col == 0 && n && ((const char *)data)[0] == '#'))
      S_fail(p, -1, "more cells than the header has: check the commas",
             "");
    return;
  }
  if (p->map[col] >= 0) {
    cc_buf_reset(&p->f[p->map[col]]);
    cc_buf_put(&p->f[p->map[col]], data, n);
  }
}

static const char *S_v(S_parse *p, int col) {
  const char *s = p->f[col].ptr ? p->f[col].ptr : "";
  while (*s == ' ')
    s++;
  return s;
}

static bool S_bool(const char *s, bool *out) {
  static const char *const yes[] = {"yes", "true", "1", "y"};
  static const char *const no[] = {"no", "false", "0", "n", ""};
  for (size_t i = 0; i < 4; i++)
    if (strcasecmp(s, yes[i]) == 0)
      return (*out = true);
  for (size_t i = 0; i < 5; i++)
    if (strcasecmp(s, no[i]) == 0) {
      *out = false;
      return true;
    }
  return false;
}

static bool S_double(const char *s, double *out) {
  char *end;
  if (!*s) {
    *out = 0;
    return true;
  }
  errno = 0;
  *out = strtod(s, &end);
  while (*end == ' ')
    end++;
  return !errno && *end == '\0' && isfinite(*out) && *out >= 0;
}

static const char *const S_check_names[] = {
    "same_fact",   "elapsed_time",    "count_list", "relative_date",
    "parts_total", "range_qualifier", "age_birth",  "zone_pair",
    "weekday_date", "name_variant",   "unit_pair",  "exchange_rate",
    "percent_change", "share_of", "duration_span"};

const char *cc_check_name_at(size_t i) {
  return i < sizeof S_check_names / sizeof S_check_names[0]
             ? S_check_names[i]
             : NULL;
}

bool cc_check_name_known(const char *s, size_t n) {
  const char *c;
  for (size_t i = 0; (c = cc_check_name_at(i)); i++)
    if (strlen(c) == n && strncmp(s, c, n) == 0)
      return true;
  return false;
}

/* checks.csv's raise_after column: empty, a number (the value's unit:
 * people, points), or a number and a time unit ("2y", "36h"), in seconds
 * (the unit of instants and durations). */
static bool S_raise(const char *s, double *out) {
  static const struct {
    const char *u;
    double secs;
  } units[] = {{"s", 1},      {"min", 60},         {"h", 3600},
               {"d", 86400},  {"w", 7 * 86400.0}, {"y", 365.2425 * 86400}};
  char *end;
  *out = 0;
  if (!*s)
    return true;
  errno = 0;
  double v = strtod(s, &end);
  if (errno || end == s || !isfinite(v) || v <= 0)
    return false;
  if (!*end) {
    *out = v;
    return true;
  }
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (strcmp(end, units[i].u) == 0) {
      *out = v * units[i].secs;
      return true;
    }
  return false;
}

/* checks.csv's check column: empty (the frame's default), or a check. */
static bool S_known_check(const char *s) {
  return !*s || cc_check_name_known(s, strlen(s));
}

/* A parts relation is "a+b[+c...]" (this frame is the total of those
 * frames), "whole:N" (shares of one whole summing to at most N) or
 * "sum:FRAME" (the claims of FRAME after this one in its sentence are
 * its parts: a breakdown). */
static bool S_parts_ok(const char *s) {
  if (!*s)
    return true;
  if (strncmp(s, "sum:", 4) == 0)
    return s[4] && !strchr(s + 4, ' ') && !strchr(s + 4, '+');
  if (strncmp(s, "whole:", 6) == 0) {
    double v;
    return S_double(s + 6, &v) && v > 0;
  }
  return strchr(s, '+') && !strchr(s, ' ') && s[0] != '+' &&
         s[strlen(s) - 1] != '+' && !strstr(s, "++");
}

static void S_row_add(S_parse *p) {
  cc_check_frame f = {0};
  cc_vkind vk = CC_VK__COUNT;
  f.frame = S_v(p, S_C_FRAME);
  if (!*f.frame)
    return S_fail(p, S_C_FRAME, "empty frame", "");
  if (*S_v(p, S_C_VKIND) && !cc_vkind_parse(S_v(p, S_C_VKIND), &vk))
    return S_fail(p, S_C_VKIND, "unknown value kind", S_v(p, S_C_VKIND));
  f.vkind = (uint8_t)vk;
  if (!S_bool(S_v(p, S_C_SINGLE), &f.single))
    return S_fail(p, S_C_SINGLE, "expected yes or no, got", S_v(p, S_C_SINGLE));
  if (!S_double(S_v(p, S_C_TOL), &f.tolerance))
    return S_fail(p, S_C_TOL, "not a non-negative number:", S_v(p, S_C_TOL));
  if (!S_double(S_v(p, S_C_REL), &f.rel_tolerance) || f.rel_tolerance >= 1)
    return S_fail(p, S_C_REL, "not a fraction in [0, 1):", S_v(p, S_C_REL));
  cc_severity sev, xsev;
  if (!cc_severity_parse(S_v(p, S_C_SEV), &sev) || sev == CC_SEV_NONE)
    return S_fail(p, S_C_SEV, "expected error, warning or info, got",
                  S_v(p, S_C_SEV));
  xsev = sev;
  if (*S_v(p, S_C_XSEV) &&
      (!cc_severity_parse(S_v(p, S_C_XSEV), &xsev) || xsev == CC_SEV_NONE))
    return S_fail(p, S_C_XSEV, "expected error, warning or info, got",
                  S_v(p, S_C_XSEV));
  f.severity = (uint8_t)sev;
  f.cross_severity = (uint8_t)xsev;
  if (!S_parts_ok(S_v(p, S_C_PARTS)))
    return S_fail(p, S_C_PARTS, "want a+b[+c...] or whole:N, got",
                  S_v(p, S_C_PARTS));
  if (!S_known_check(S_v(p, S_C_CHECK)))
    return S_fail(p, S_C_CHECK, "unknown check", S_v(p, S_C_CHECK));
  const char *scope = S_v(p, S_C_SCOPE);
  if (*scope && strcasecmp(scope, "all") != 0 &&
      strcasecmp(scope, "article") != 0)
    return S_fail(p, S_C_SCOPE, "expected all or article, got", scope);
  f.article_only = strcasecmp(scope, "article") == 0;
  const char *trend = S_v(p, S_C_TREND);
  if (*trend && strcasecmp(trend, "rises") != 0)
    return S_fail(p, S_C_TREND, "expected rises or nothing, got", trend);
  f.rises = *trend != '\0';
  if (!S_raise(S_v(p, S_C_RAISE), &f.raise_after))
    return S_fail(p, S_C_RAISE,
                  "want a positive number, with s, min, h, d, w or y after "
                  "it for times, got",
                  S_v(p, S_C_RAISE));
  S_row *dup = NULL;
  HASH_FIND_STR(p->cfg->exact, f.frame, dup);
  if (dup)
    return S_fail(p, S_C_FRAME, "frame listed twice:", f.frame);
  cc_arena *a = p->cfg->arena;
  S_row *r = cc_arena_alloc(a, sizeof *r);
  r->f = f;
  r->f.frame = cc_arena_strdup(a, f.frame);
  r->f.parts = cc_arena_strdup(a, S_v(p, S_C_PARTS));
  r->f.check = cc_arena_strdup(a, S_v(p, S_C_CHECK));
  r->f.description = cc_arena_strdup(a, S_v(p, S_C_DESC));
  HASH_ADD_KEYPTR(hh, p->cfg->exact, r->f.frame, strlen(r->f.frame), r);
  *(S_row **)cc_vec_push(&p->cfg->rows) = r;
}

static void S_on_row(int term, void *ud) {
  (void)term;
  S_parse *p = ud;
  int ncols = p->col;
  p->col = 0;
  if (!p->failed && p->row == 1) {
    for (int i = 0; i < p->t->ncols; i++)
      if (p->t->required[i] && !p->have[i])
        S_fail(p, -1, "header lacks the column ", p->t->cols[i]);
  } else if (!p->failed && !(ncols == 1 && p->f[0].len == 0) &&
             S_v(p, 0)[0] != '#') {
    p->t->add(p);
  }
  for (int i = 0; i < S_MAXC; i++)
    cc_buf_reset(&p->f[i]);
  p->row++;
}

/* A year column: empty (open) or 1900..9999. */
static bool S_year(const char *s, int *out) {
  double v;
  if (!S_double(s, &v) || (*s && (v != floor(v) || v < 1900 || v > 9999)))
    return false;
  *out = (int)v;
  return true;
}

static void S_rate_add(S_parse *p) {
  S_rate r = {{0}, 0, 0, 0, 0, NULL};
  const char *code = S_v(p, S_R_CODE);
  if (strlen(code) != 3 || strspn(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)
    return S_fail(p, S_R_CODE, "not an ISO 4217 code (three capitals):",
                  code);
  memcpy(r.code, code, 4);
  if (!S_double(S_v(p, S_R_LOW), &r.low) || !(r.low > 0))
    return S_fail(p, S_R_LOW, "not a positive number:", S_v(p, S_R_LOW));
  if (!S_double(S_v(p, S_R_HIGH), &r.high) || !(r.high >= r.low))
    return S_fail(p, S_R_HIGH, "not a number at least low:",
                  S_v(p, S_R_HIGH));
  if (!S_year(S_v(p, S_R_FROM), &r.from))
    return S_fail(p, S_R_FROM, "not a year:", S_v(p, S_R_FROM));
  if (!S_year(S_v(p, S_R_TO), &r.to) || (r.to && r.to < r.from))
    return S_fail(p, S_R_TO, "not a year from 'from' on:", S_v(p, S_R_TO));
  /* a currency may have a row per era ("GBP ... 1971,2009" and "GBP ...
   * 2010,"), the market's range of each: the eras must not overlap */
  for (size_t i = 0; i < p->cfg->rates.len; i++) {
    const S_rate *o = CC_VEC_AT(&p->cfg->rates, S_rate, i);
    if (strcmp(o->code, r.code) == 0 && (!o->to || o->to >= r.from) &&
        (!r.to || r.to >= o->from))
      return S_fail(p, S_R_CODE,
                    "currency listed twice for the same years:", code);
  }
  r.name = cc_arena_strdup(p->cfg->arena, S_v(p, S_R_NAME));
  *(S_rate *)cc_vec_push(&p->cfg->rates) = r;
}

static const S_table S_frames_table = {S_cols, S_required, S_C_N, S_row_add};
static const S_table S_rates_table = {S_rcols, S_rrequired, S_R_N,
                                      S_rate_add};

/* Is c a byte libcsv trims around an unquoted field (its default)? */
static bool S_csv_blank(char c) { return c == ' ' || c == '\t'; }

/* Line s[0..n) (its '\n' at s[n]) read as libcsv reads it at the start
 * of a record, when it holds no CR or NUL and each field is unquoted
 * (no quote in it) or quoted whole ("..." right between the commas, no
 * quote inside): the fields, spaces and tabs around unquoted ones
 * dropped, no row for a blank line.  False (nothing reported): libcsv
 * reads the line.  libcsv costs some 40 instructions a byte. */
static bool S_plain_line(const char *s, size_t n, S_parse *p) {
  size_t i = 0;
  while (i < n && S_csv_blank(s[i]))
    i++;
  if (i == n)
    return true; /* (libcsv: no row) */
  for (size_t k = 0; k < n; k++)
    if (s[k] == '\r' || s[k] == '\0')
      return false;
  /* a first pass: the line is plain (a failure must report nothing) */
  for (size_t b = 0;;) {
    const char *c = memchr(s + b, ',', n - b);
    size_t e = c ? (size_t)(c - s) : n;
    if (b < n && s[b] == '"') {
      const char *q = memchr(s + b + 1, '"', n - b - 1);
      if (!q || (size_t)(q - s) + 1 > n)
        return false;
      e = (size_t)(q - s) + 1; /* (the closing quote ends the field) */
      if (e < n && s[e] != ',')
        return false;
    } else if (memchr(s + b, '"', e - b)) {
      return false;
    }
    if (e >= n)
      break;
    b = e + 1;
  }
  for (size_t b = 0;;) {
    size_t e;
    if (b < n && s[b] == '"') {
      e = (size_t)((const char *)memchr(s + b + 1, '"', n - b - 1) - s) + 1;
      S_on_field((void *)(s + b + 1), e - b - 2, p);
    } else {
      const char *c = memchr(s + b, ',', n - b);
      e = c ? (size_t)(c - s) : n;
      size_t x = b, y = e;
      while (x < y && S_csv_blank(s[x]))
        x++;
      while (y > x && S_csv_blank(s[y - 1]))
        y--;
      S_on_field((void *)(s + x), y - x, p);
    }
    if (e >= n)
      break;
    b = e + 1;
  }
  S_on_row('\n', p);
  return true;
}

/* src through libcsv, but the plain lines at a record's start read by
 * S_plain_line; false when libcsv fails. */
static bool S_parse_lines(struct csv_parser *csv, const char *src, size_t len,
                          S_parse *p) {
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(src + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - src) + 1 : len;
    if (nl && p->col == 0 && csv->pstate == 0 &&
        S_plain_line(src + i, end - 1 - i, p)) {
      i = end;
      continue;
    }
    if (csv_parse(csv, src + i, end - i, S_on_field, S_on_row, p) != end - i)
      return false;
    i = end;
  }
  return true;
}

/* Parse one table's text into cfg (a new config when *cfg is NULL). */
static int S_parse_table(const S_table *t, const char *name, const char *src,
                         size_t len, cc_check_config **cfg, cc_err *err) {
  S_parse p = {.t = t, .cfg = *cfg ? *cfg : S_new(), .name = name,
               .err = err, .row = 1};
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
    src += 3; /* (a byte-order mark: a spreadsheet's "CSV UTF-8") */
    len -= 3;
  }
  struct csv_parser csv;
  csv_init(&csv, CSV_STRICT | CSV_APPEND_NULL | CSV_STRICT_FINI);
  if (!S_parse_lines(&csv, src, len, &p) ||
      csv_fini(&csv, S_on_field, S_on_row, &p) != 0) {
    if (!p.failed)
      cc_err_set(err, "%s:%zu: malformed CSV: %s", name, p.row,
                 csv_strerror(csv_error(&csv)));
    p.failed = true;
  }
  csv_free(&csv);
  if (!p.failed && p.row == 1) {
    cc_err_set(err, "%s: empty file (want a header row)", name);
    p.failed = true;
  }
  for (int i = 0; i < S_MAXC; i++)
    cc_buf_free(&p.f[i]);
  if (p.failed) {
    cc_check_config_free(&p.cfg);
    *cfg = NULL;
    return -1;
  }
  *cfg = p.cfg;
  return 0;
}

int cc_check_config_parse(const char *name, const char *src, size_t len,
                          cc_check_config **out, cc_err *err) {
  *out = NULL;
  return S_parse_table(&S_frames_table, name, src, len, out, err);
}

int cc_check_config_parse_rates(cc_check_config *cfg, const char *name,
                                const char *src, size_t len, cc_err *err) {
  cc_check_config *c = S_new();
  if (S_parse_table(&S_rates_table, name, src, len, &c, err) != 0)
    return -1;
  /* (parsed apart, so a bad file leaves cfg as it was) */
  cc_vec_free(&cfg->rates);
  cfg->rates = c->rates;
  c->rates = (cc_vec)CC_VEC_INIT(S_rate);
  for (size_t i = 0; i < cfg->rates.len; i++) {
    S_rate *r = CC_VEC_AT(&cfg->rates, S_rate, i);
    r->name = cc_arena_strdup(cfg->arena, r->name);
  }
  cc_check_config_free(&c);
  return 0;
}

const char *cc_check_config_rate_bounds(const cc_check_config *cfg,
                                        const char *code, int year,
                                        double *low, double *high) {
  if (!cfg || !code)
    return NULL;
  const char *name = NULL;
  bool current = false; /* the currency is still in use */
  double lo = 0, hi = 0;
  for (size_t i = 0; i < cfg->rates.len; i++) {
    const S_rate *r = CC_VEC_AT(&cfg->rates, S_rate, i);
    if (strcmp(r->code, code) != 0)
      continue;
    if (!year) { /* unknown: every era's bounds together, of a currency
                    still in use (a narrow recent era is no test of an
                    undated archive's older rates) */
      current |= !r->to;
      lo = name ? fmin(lo, r->low) : r->low;
      hi = name ? fmax(hi, r->high) : r->high;
      name = r->name;
      continue;
    }
    if ((r->from && year < r->from) || (r->to && year > r->to))
      continue; /* (another era's row may hold) */
    *low = r->low;
    *high = r->high;
    return r->name;
  }
  if (!current)
    return NULL;
  *low = lo;
  *high = hi;
  return name;
}

int cc_check_config_load(const char *rules_dir, cc_check_config **out,
                         cc_err *err) {
  cc_buf path = CC_BUF_INIT;
  cc_buf_printf(&path, "%s/checks.csv", rules_dir ? rules_dir : "rules");
  char *text = NULL;
  size_t len = 0;
  *out = NULL;
  int rc = cc_read_file(path.ptr, 0, &text, &len, err);
  if (rc == 0)
    rc = cc_check_config_parse(path.ptr, text, len, out, err);
  cc_xfree(text);
  text = NULL;
  /* rates.csv is optional: a rules folder without it tests no lone
   * conversion */
  cc_buf_reset(&path);
  cc_buf_printf(&path, "%s/rates.csv", rules_dir ? rules_dir : "rules");
  if (rc == 0 && access(path.ptr, F_OK) == 0) {
    rc = cc_read_file(path.ptr, 0, &text, &len, err);
    if (rc == 0)
      rc = cc_check_config_parse_rates(*out, path.ptr, text, len, err);
    if (rc != 0)
      cc_check_config_free(out);
    cc_xfree(text);
  }
  cc_buf_free(&path);
  return rc;
}
