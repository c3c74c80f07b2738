/* check_fmt.c - values as people read them, and findings built from items.
 *
 * Every explanation shows both values and how they were computed, so an
 * editor can redo the arithmetic without opening the articles.
 */
#include "check_int.h"

#include <math.h>
#include <string.h>

#include "cc_recog.h"
#include "cc_time.h"

#define S_YEAR (365.2425 * 86400.0)
#define S_MONTH (30.436875 * 86400.0)

void cc__put_int(cc_buf *out, long long v) {
  char tmp[24], *p = tmp;
  unsigned long long u = (unsigned long long)v;
  if (v < 0) {
    *p++ = '-';
    u = 0 - u;
  }
  p = cc_put_uint(p, u, 0);
  cc_buf_put(out, tmp, (size_t)(p - tmp));
}

void cc__fmt_num(double v, cc_buf *out) {
  char tmp[64];
  if (isinf(v)) {
    cc_buf_puts(out, v > 0 ? "infinity" : "-infinity");
    return;
  }
  if (fabs(v) < 1e15 && v == floor(v)) {
    /* a whole number below 2^53 converts exactly: the digits "%.0f"
     * prints, without printf (its sign too: "-0" for -0.0) */
    char *p = tmp;
    if (signbit(v))
      *p++ = '-';
    p = cc_put_uint(p, (unsigned long long)fabs(v), 0);
    cc_buf_put(out, tmp, (size_t)(p - tmp));
    return;
  }
  if (fabs(v) >= 1e15) {
    snprintf(tmp, sizeof tmp, "%.0f", v);
  } else {
    snprintf(tmp, sizeof tmp, "%.2f", v);
    char *e = tmp + strlen(tmp) - 1;
    while (*e == '0')
      *e-- = '\0';
    if (*e == '.')
      *e = '\0';
  }
  cc_buf_puts(out, tmp);
}

/* ---- spans ------------------------------------------------------------------- */

typedef struct S_unit {
  double secs;
  const char *one, *many;
} S_unit;

static const S_unit S_units[] = {
    {S_YEAR, "year", "years"},   {S_MONTH, "month", "months"},
    {7 * 86400.0, "week", "weeks"}, {86400.0, "day", "days"},
    {3600.0, "hour", "hours"},   {60.0, "minute", "minutes"},
    {1.0, "second", "seconds"}};

/* The unit a value reads best in: at least two of them ("18 months", not
 * "1.5 years"), except whole units. */
static const S_unit *S_pick_unit(double secs) {
  secs = fabs(secs);
  for (size_t i = 0; i < sizeof S_units / sizeof S_units[0]; i++) {
    double q = secs / S_units[i].secs;
    if (q >= 2 || (q >= 1 && fabs(q - round(q)) < 0.01))
      return &S_units[i];
  }
  return &S_units[sizeof S_units / sizeof S_units[0] - 1];
}

static void S_in_unit(double secs, const S_unit *u, bool name, cc_buf *out) {
  double q = secs / u->secs;
  q = round(q * 10) / 10;
  cc__fmt_num(q, out);
  if (name) {
    cc_buf_putc(out, ' ');
    cc_buf_puts(out, q == 1 ? u->one : u->many);
  }
}

/* A span under a week in whole seconds that one decimal of its unit
 * would round ("2 hours, 5 minutes and 12 seconds", a race time, not
 * "2.1 hours"): days, hours, minutes and seconds, the nonzero ones. */
static bool S_in_parts(double secs, cc_buf *out) {
  double a = fabs(secs);
  const S_unit *u = S_pick_unit(a);
  double q = round(a / u->secs * 10) / 10;
  if (a >= 7 * 86400.0 || a != floor(a) || fabs(q * u->secs - a) < 0.5)
    return false;
  long long left = (long long)a;
  const S_unit *part[4];
  long long n[4];
  int k = 0;
  for (size_t i = 3; i < sizeof S_units / sizeof S_units[0]; i++) {
    long long v = left / (long long)S_units[i].secs;
    left -= v * (long long)S_units[i].secs;
    if (v) {
      part[k] = &S_units[i];
      n[k++] = v;
    }
  }
  if (secs < 0)
    cc_buf_putc(out, '-');
  for (int i = 0; i < k; i++) {
    if (i)
      cc_buf_puts(out, i + 1 == k ? " and " : ", ");
    cc__put_int(out, n[i]);
    cc_buf_putc(out, ' ');
    cc_buf_puts(out, n[i] == 1 ? part[i]->one : part[i]->many);
  }
  return true;
}

void cc__fmt_span(double secs, cc_buf *out) {
  if (!S_in_parts(secs, out))
    S_in_unit(secs, S_pick_unit(secs), true, out);
}

/* ---- instants ---------------------------------------------------------------- */

static bool S_is_utc(const cc__item *it) {
  size_t n = strlen(it->c->value);
  return n && it->c->value[n - 1] == 'Z';
}

static void S_fmt_day(int64_t day, cc_buf *out) {
  char d[16];
  cc_format_date(day, d);
  cc_buf_puts(out, d);
}

static void S_fmt_minute(double secs, cc_buf *out) {
  char d[32];
  cc_format_datetime((int64_t)floor(secs), d);
  char *t = strchr(d, 'T');
  if (t)
    *t = ' ';
  cc_buf_puts(out, d);
}

/* "10:30": the time of day alone, for a time the article gives without a
 * date (its day is only the article's). */
static void S_fmt_clock(double secs, cc_buf *out) {
  char d[32];
  cc_format_datetime((int64_t)floor(secs), d);
  char *t = strchr(d, 'T');
  cc_buf_puts(out, t ? t + 1 : d);
}

/* [lo, hi) in whole days: a year, a month, a day, or a day range. */
static void S_fmt_days(double lo, double hi, cc_buf *out) {
  int64_t a = (int64_t)floor(lo / 86400.0);
  int64_t b = (int64_t)ceil(hi / 86400.0); /* exclusive */
  if (b <= a + 1) {
    S_fmt_day(a, out);
    return;
  }
  cc_ymd ya = cc_civil_from_days(a), yb = cc_civil_from_days(b);
  if (ya.m == 1 && ya.d == 1 && yb.m == 1 && yb.d == 1 && yb.y == ya.y + 1) {
    if (ya.y <= 0) { /* astronomical year 0 is 1 BC */
      cc__put_int(out, 1 - (long long)ya.y);
      cc_buf_puts(out, " BC");
    } else {
      cc__put_int(out, ya.y);
    }
    return;
  }
  if (ya.d == 1 && yb.d == 1 &&
      (yb.y * 12 + yb.m) == (ya.y * 12 + ya.m) + 1) {
    cc_buf_printf(out, "%04d-%02d", ya.y, ya.m);
    return;
  }
  S_fmt_day(a, out);
  cc_buf_puts(out, " to ");
  S_fmt_day(b - 1, out);
}

static void S_fmt_instant(const cc__item *it, double lo, double hi,
                          cc_buf *out) {
  bool fine = it->c->gran >= CC_G_PART_OF_DAY;
  if (isinf(lo) && isinf(hi)) {
    cc_buf_puts(out, "any time");
  } else if (isinf(hi)) {
    cc_buf_puts(out, "after ");
    fine ? S_fmt_minute(lo, out) : S_fmt_day((int64_t)floor(lo / 86400), out);
  } else if (isinf(lo)) {
    cc_buf_puts(out, "before ");
    fine ? S_fmt_minute(hi, out) : S_fmt_day((int64_t)ceil(hi / 86400), out);
  } else if (!fine) {
    S_fmt_days(lo, hi, out);
  } else {
    bool clock = it->c->flags & CC_CF_TIME_ONLY;
    (clock ? S_fmt_clock : S_fmt_minute)(lo, out);
    if (hi - lo > 60) {
      cc_buf_puts(out, " to ");
      (clock ? S_fmt_clock : S_fmt_minute)(hi, out);
    }
  }
  if (fine && S_is_utc(it))
    cc_buf_puts(out, " UTC");
}

/* ---- numbers and durations ---------------------------------------------------- */

/* "About N" as the lexicon gives it (N less and more a tenth): shown as
 * "about N", since the check takes it narrower (check.c, S_narrow_approx)
 * and the tenth's ends made two figures told apart look as if they
 * overlapped ("2250000 to 2750000, but 2700000 to 3300000"). */
static bool S_approx_tenth(const cc__item *it, double lo, double hi) {
  unsigned vk = it->c->vkind;
  if (it->c->qual != CC_Q_APPROX ||
      (vk != CC_VK_COUNT && vk != CC_VK_MONEY && vk != CC_VK_PERCENT &&
       vk != CC_VK_QUANTITY))
    return false;
  double p = (lo + hi) / 2, e = 1e-9 * fabs(p);
  return p > 0 && isfinite(p) && fabs(lo - 0.9 * p) <= e &&
         fabs(hi - 1.1 * p) <= e;
}

static void S_fmt_range(const cc__item *it, double lo, double hi,
                        cc_buf *out) {
  bool dur = it->c->vkind == CC_VK_DURATION;
  const S_unit *u = dur ? S_pick_unit(isinf(hi) ? lo : hi) : NULL;
  const char *suffix = it->c->vkind == CC_VK_PERCENT ? "%" : "";
  unsigned q = it->c->qual;
  if (isinf(hi) || isinf(lo) || (q == CC_Q_LESS_THAN && isfinite(hi))) {
    /* (the bound as the text gave it: "more than 100" excludes 100) */
    cc_buf_puts(out, isinf(hi) ? (q == CC_Q_MORE_THAN ? "more than "
                                                      : "at least ")
                               : (q == CC_Q_LESS_THAN ? "less than "
                                                      : "at most "));
    double v = isinf(hi) ? lo : hi;
    dur ? S_in_unit(v, u, true, out) : cc__fmt_num(v, out);
  } else if (q == CC_Q_NEARLY && lo < hi) {
    cc_buf_puts(out, "nearly ");
    dur ? S_in_unit(hi, u, true, out) : cc__fmt_num(hi, out);
    cc_buf_puts(out, *suffix ? "% (" : " (");
    dur ? S_in_unit(lo, u, false, out) : cc__fmt_num(lo, out);
    cc_buf_puts(out, *suffix ? "% to just under " : " to just under ");
    dur ? S_in_unit(hi, u, true, out) : cc__fmt_num(hi, out);
    cc_buf_puts(out, suffix);
    cc_buf_putc(out, ')');
    suffix = "";
  } else if (lo == hi) {
    dur ? cc__fmt_span(lo, out) : cc__fmt_num(lo, out);
  } else if (S_approx_tenth(it, lo, hi)) {
    cc_buf_puts(out, "about ");
    cc__fmt_num((lo + hi) / 2, out);
  } else {
    dur ? S_in_unit(lo, u, false, out) : cc__fmt_num(lo, out);
    cc_buf_puts(out, *suffix ? "% to " : " to ");
    dur ? S_in_unit(hi, u, true, out) : cc__fmt_num(hi, out);
  }
  cc_buf_puts(out, suffix);
  if ((it->c->vkind == CC_VK_MONEY || it->c->vkind == CC_VK_QUANTITY) &&
      it->c->unit[0]) {
    cc_buf_putc(out, ' ');
    cc_buf_puts(out, it->c->vkind == CC_VK_QUANTITY
                         ? cc_quantity_unit_display(it->c->unit)
                         : it->c->unit);
  }
}

const char *cc__zone_note(unsigned claim_flags) {
  return (claim_flags & CC_CF_ZONE_GIVEN)
             ? " (zone from the article's timezone field)"
             : " (zone inferred from the article's place)";
}

void cc__fmt_value(const cc__item *it, cc_buf *out) {
  double lo = cc__vlo(it), hi = cc__vhi(it);
  if (isnan(lo) || isnan(hi)) {
    cc_buf_puts(out, "unresolved");
    return;
  }
  switch ((cc_vkind)it->c->vkind) {
  case CC_VK_INSTANT:
    S_fmt_instant(it, lo, hi, out);
    break;
  case CC_VK_LIST:
    S_fmt_range(it, lo, hi, out);
    cc_buf_puts(out, " named");
    break;
  case CC_VK_NAME:
  case CC_VK_TIMEPAIR:
  case CC_VK_WEEKDAY:
  case CC_VK_UNITPAIR:
  case CC_VK_RATE:
    cc_buf_puts(out, it->c->value);
    break;
  default:
    S_fmt_range(it, lo, hi, out);
    break;
  }
}

/* A rate the way round like's value reads ("1 GBP = ..." when like's
 * starts with GBP): the two sides of a finding in one direction, where
 * each claim's own value reads one or more ("1 USD = 531746 GBP" beside
 * "1 GBP = 1.309 USD").  False when like's value names neither code. */
static bool S_fmt_rate_as(const cc__item *it, const cc__item *like,
                          cc_buf *out) {
  const cc_sclaim *c = it->c;
  const char *pair = c->about->object, *lv = like->c->value;
  double x = c->lo, y = c->more->lo2;
  if (strlen(pair) != 7 || strncmp(lv, "1 ", 2) != 0 || !(x > 0) ||
      !(y > 0))
    return false;
  bool first = strncmp(lv + 2, pair, 3) == 0;
  if (!first && strncmp(lv + 2, pair + 4, 3) != 0)
    return false;
  double r = first ? y / x : x / y;
  cc_buf_printf(out, r < 1e4 ? "1 %.3s = %.4g %.3s" : "1 %.3s = %.0f %.3s",
                first ? pair : pair + 4, r, first ? pair + 4 : pair);
  return true;
}

void cc__describe(const cc__item *it, cc_buf *out) {
  cc__describe_like(it, NULL, out);
}

void cc__describe_like(const cc__item *it, const cc__item *like,
                       cc_buf *out) {
  const cc_sclaim *c = it->c;
  cc_buf_puts(out, "\"");
  cc_buf_puts(out, *c->text ? c->text : c->value);
  cc_buf_puts(out, "\" (");
  cc_buf_puts(out, *c->src->source ? c->src->source : c->src->doc);
  cc_buf_puts(out, ")");
  if (c->vkind == CC_VK_LIST && c->nitems) {
    cc_buf_puts(out, " names ");
    cc__fmt_num((double)c->nitems, out);
    if (c->flags & CC_CF_OPEN_LIST)
      cc_buf_puts(out, " (\"include\": at least)");
    return;
  }
  cc_buf_puts(out, " = ");
  if (*c->derivation) {
    cc_buf_puts(out, c->derivation);
    cc_buf_puts(out, " = ");
  }
  if (!(like && c->vkind == CC_VK_RATE && S_fmt_rate_as(it, like, out)))
    cc__fmt_value(it, out);
  if (it->flags & CC_CF_DATE_INFERRED)
    cc_buf_puts(out, " (publication date inferred)");
  if (it->flags & CC_CF_YEAR_INFERRED)
    cc_buf_puts(out, (c->flags & CC_CF_DOC_DATE) &&
                             isfinite(cc__vlo(it)) &&
                             cc_civil_from_days(c->src->doc_date).y !=
                                 cc_civil_from_days((int64_t)floor(
                                     cc__vlo(it) / 86400.0)).y
                         ? " (year the nearest to the publication date)"
                         : " (year from the publication date)");
  if ((it->flags & CC_CF_ZONE_INFERRED) && c->vkind == CC_VK_INSTANT)
    cc_buf_puts(out, cc__zone_note(c->flags));
  if ((it->flags & CC_CF_TIME_ONLY) && !(c->flags & CC_CF_DOC_DATE) &&
      c->vkind == CC_VK_INSTANT)
    cc_buf_puts(out, " (a time of day: the article has no date)");
}

/* ---- findings ------------------------------------------------------------------ */

bool cc__same_sentence(const cc__item *a, const cc__item *b) {
  /* (two conversions in one sentence state one rate twice: "$20m (£15m)
   * and $1.8bn (£9.4m)" disagree with each other) */
  return a->doc_id == b->doc_id && a->c->sentence == b->c->sentence &&
         a->c->vkind != CC_VK_RATE;
}

bool cc__overlap(const cc__item *a, const cc__item *b) {
  return fmax(a->lo, b->lo) <= fmin(a->hi, b->hi);
}

cc_severity cc__severity(const cc__item *a, const cc__item *b) {
  if (b && a->doc_id != b->doc_id)
    return (cc_severity)a->cf->cross_severity;
  return (cc_severity)a->cf->severity;
}

static void S_side(const cc__item *it, cc_side *s, cc_buf *val) {
  const cc_sclaim *c = it->c;
  cc_buf_reset(val);
  cc__fmt_value(it, val);
  *s = (cc_side){.doc = c->src->doc,
                 .doc_index = c->src->doc_index,
                 .line = c->line,
                 .col = c->col,
                 .start = c->start,
                 .end = c->end,
                 .quote = c->quote,
                 .text = c->text,
                 .value = val->ptr ? val->ptr : ""};
}

bool cc__counts_only(const cc__ctx *x, cc_verdict v) {
  return cc_findings_counts_only(x->out, v);
}

void cc__emit(cc__ctx *x, const char *check, cc_verdict v, cc_severity sev,
              const cc__item *a, const cc__item *b, const char *message,
              uint32_t agree) {
  cc_finding f = {0};
  f.verdict = (uint8_t)v;
  if (cc__counts_only(x, v)) { /* counted, not kept: nothing to fill in */
    cc_findings_add(x->out, &f);
    return;
  }
  f.severity = (uint8_t)(v == CC_VERDICT_DISCREPANCY ? sev : CC_SEV_INFO);
  f.check = check;
  cc_buf *rule = &x->emit_rule; /* scratch kept for the run */
  cc_buf_reset(rule);
  cc_buf_puts(rule, check);
  cc_buf_putc(rule, '/');
  cc_buf_puts(rule,
              *a->c->about->rule ? a->c->about->rule : a->c->about->frame);
  f.rule = rule->ptr;
  f.key = a->c->about->key;
  f.message = message;
  S_side(a, &f.a, &x->emit_va);
  if (b)
    S_side(b, &f.b, &x->emit_vb);
  else
    f.b = (cc_side){.doc = "", .quote = "", .text = "", .value = ""};
  f.agree = agree;
  cc_findings_add(x->out, &f);
}

const char *cc__check_name(const cc__item *a, const cc__item *b,
                           bool consistent) {
  const cc__item *s[2] = {a, b};
  bool list = false, count = false, derived = false, qual = false;
  for (int i = 0; i < 2; i++) {
    if (!s[i])
      continue;
    const cc_sclaim *c = s[i]->c;
    list |= c->vkind == CC_VK_LIST;
    count |= c->vkind == CC_VK_COUNT;
    /* a time of day on the publication date is not a relative date */
    derived |= c->derivation[0] ||
               ((s[i]->flags & CC_CF_RELATIVE) && c->gran <= CC_G_DAY);
    qual |= c->qual != CC_Q_NONE ||
            (c->vkind != CC_VK_INSTANT && cc__vlo(s[i]) != cc__vhi(s[i]));
  }
  if (list && count)
    return "count_list";
  if (a->c->vkind == CC_VK_RATE && *a->cf->check)
    return a->cf->check;
  /* the frame names what a derived value checks: "elapsed_time" for the
   * previous meeting, "age_birth" for birth years */
  if (derived)
    return *a->cf->check ? a->cf->check : "relative_date";
  if (consistent && qual)
    return "range_qualifier";
  return "same_fact";
}
