/* check_intrinsic.c - checks that one claim makes against itself: a local
 * time against the UTC time printed beside it, and a date against the
 * weekday named with it.
 */
#include "check_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cc_recog.h" /* cc_qual */
#include "cc_time.h"
#include "cc_tz.h"

static const char *const S_wdays[7] = {"Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday",
                                       "Sunday"};

/* ---- zone pair ------------------------------------------------------------------- */

/* "HH:MM" of civil seconds, and the date when it differs from ref_day. */
static void S_hhmm(double secs, int64_t ref_day, cc_buf *m) {
  int64_t s = (int64_t)floor(secs);
  int64_t day = (int64_t)floor(secs / 86400.0);
  int64_t in_day = s - day * 86400;
  if (in_day >= 0 && in_day < 86400) { /* two digits each: no printf */
    char hm[5];
    cc_put_uint(hm, (unsigned long long)(in_day / 3600), 2);
    hm[2] = ':';
    cc_put_uint(hm + 3, (unsigned long long)(in_day % 3600 / 60), 2);
    cc_buf_put(m, hm, 5);
  } else {
    cc_buf_printf(m, "%02d:%02d", (int)(in_day / 3600),
                  (int)(in_day % 3600 / 60));
  }
  if (day != ref_day) {
    char d[16];
    cc_format_date(day, d);
    cc_buf_puts(m, " on ");
    cc_buf_puts(m, d);
  }
}

/* snprintf(dst, cap, "%.*s", n, s) appended at *len without printf: at
 * most n bytes of s, up to its NUL, as many as fit (cap > 0). */
static void S_cat(char *dst, size_t cap, size_t *len, const char *s,
                  size_t n) {
  size_t k = 0;
  while (k < n && s[k] && *len + k + 1 < cap)
    k++;
  memcpy(dst + *len, s, k);
  *len += k;
  dst[*len] = '\0';
}

/* The zone and its offset as the rules wrote them: "America/Anchorage
 * UTC-8 (AKDT)"; recomputed from tzdata when the derivation lacks them. */
static void S_zone_parts(const cc_sclaim *c, char *zone, size_t zn,
                         char *what, size_t wn) {
  const char *d = c->derivation;
  size_t len = strcspn(d, " ");
  size_t zl = 0, wl = 0;
  S_cat(zone, zn, &zl, d, len);
  const char *off = d[len] ? d + len + 1 : "";
  const char *abbr = strchr(off, '(');
  const char *close = abbr ? strchr(abbr, ')') : NULL;
  size_t offlen = abbr ? (size_t)(abbr - off) : strlen(off);
  while (offlen && off[offlen - 1] == ' ')
    offlen--;
  what[0] = '\0';
  if (abbr && close && offlen) {
    S_cat(what, wn, &wl, abbr + 1, (size_t)(close - abbr - 1));
    S_cat(what, wn, &wl, ", ", 2);
    S_cat(what, wn, &wl, off, offlen);
  } else if (offlen) {
    S_cat(what, wn, &wl, off, offlen);
  }
  int offset;
  char ab[16], fo[16];
  if (!what[0] && zone[0] && isfinite(c->lo) &&
      cc_tz_offset_at(zone, (int64_t)c->lo, &offset, ab) == 0) {
    cc_tz_format_offset(offset, fo);
    snprintf(what, wn, "%s, %s", ab, fo);
  }
}

/* Local date and time of day from value "2025-08-15T11:30". */
static void S_local_parts(const cc_sclaim *c, char *date, char *hm) {
  const char *t = strchr(c->value, 'T');
  size_t dl = 0, hl = 0;
  S_cat(date, 16, &dl, c->value, t ? (size_t)(t - c->value) : 10);
  S_cat(hm, 8, &hl, t ? t + 1 : "", 5);
}

/* The gap from a to b, within a day (the UTC half may be printed
 * without its date): in (-12 h, 12 h]. */
static double S_day_diff(double b, double a) {
  double diff = fmod(b - a, 86400.0);
  if (diff > 43200)
    diff -= 86400;
  if (diff <= -43200)
    diff += 86400;
  return diff;
}

/* A label with an offset of its own ("EST", "CET") written on a day the
 * zone keeps another ("EDT", "CEST" in July): the zone's own offset and
 * abbreviation that day.  False when they are the label's, or unknown. */
static bool S_zone_own(const char *zone, const cc_sclaim *c,
                       const char *date, const char *hm, int *own,
                       char abbr[16]) {
  int64_t day;
  if (!zone[0] || strlen(hm) != 5 || !cc_parse_iso_date(date, &day) ||
      cc_tz_offset_at(zone, (int64_t)c->lo, own, abbr) != 0)
    return false;
  double local = (double)(day * CC_DAY) + atoi(hm) * 3600.0 +
                 atoi(hm + 3) * 60.0;
  return fabs(local - c->lo - *own) >= 60;
}

/* What the local time is by the zone's own rule that day.  slip (the
 * article's UTC time is that one): ", which is 10:00 EDT (UTC-4),
 * America/New_York's own time that day: the label may be the slip";
 * else "; Europe/Paris itself keeps CEST (UTC+2) that day, when 18:00 is
 * 16:00 UTC". */
static void S_own_note(const char *zone, const char *hm, int64_t lday,
                       const cc_sclaim *c, int own, const char *abbr,
                       double stated, bool slip, cc_buf *m) {
  char fo[16];
  cc_tz_format_offset(own, fo);
  cc_buf_puts(m, slip ? ", which is " : "; ");
  cc_buf_puts(m, slip ? hm : zone);
  cc_buf_puts(m, slip ? " " : " itself keeps ");
  cc_buf_puts(m, abbr);
  cc_buf_puts(m, " (");
  cc_buf_puts(m, fo);
  cc_buf_puts(m, slip ? "), " : ") that day, when ");
  if (slip) {
    cc_buf_puts(m, zone);
    cc_buf_puts(m, "'s own time that day: the label may be the slip");
    return;
  }
  cc_buf_puts(m, hm);
  cc_buf_puts(m, " is ");
  S_hhmm(c->lo + stated - own, lday, m);
  cc_buf_puts(m, " UTC");
}

/* ---- zone pair with no date -------------------------------------------------------- */

/* The offsets a zone kept in the years 2000-2030, with an abbreviation of
 * each (mid-January and mid-July of each year: both halves of any
 * daylight-saving rule, in either hemisphere); their number, at most
 * max. */
static size_t S_zone_offsets(const char *zone, int *offs, char abbrs[][16],
                             size_t max) {
  size_t n = 0;
  for (int y = 2000; y <= 2030; y++)
    for (int mo = 1; mo <= 7; mo += 6) {
      int off;
      char ab[16];
      int64_t t = cc_days_from_civil(y, mo, 15) * CC_DAY;
      if (cc_tz_offset_at(zone, t, &off, ab) != 0)
        return 0;
      size_t k = 0;
      while (k < n && offs[k] != off)
        k++;
      if (k == n && n < max) {
        offs[n] = off;
        memcpy(abbrs[n], ab, 16);
        n++;
      }
    }
  return n;
}

/* Seconds into the day of "THH:MM" ("T19:00Z" when utc), or -1. */
static int S_clock(const char *v, bool utc) {
  int h, mi;
  char z = 0, tail;
  int k = sscanf(v, "T%2d:%2d%c%c", &h, &mi, &z, &tail);
  if (k != (utc ? 3 : 2) || (utc && z != 'Z') || h > 23 || mi > 59)
    return -1;
  return h * 3600 + mi * 60;
}

/* "11:30 a.m. (1900 GMT)" in an article with no date: the zone's offset
 * that day is unknown, so the UTC time is tested against every offset the
 * zone keeps.  One it matches: consistent if the zone keeps no other, else
 * unverifiable (right on the days that offset is in force).  None: a
 * discrepancy, whatever the day ("19:00" is neither AKST's 20:30 nor
 * AKDT's 19:30). */
/* "UTC+1", "UTC-9:30" (cc__fmt_offset) as seconds east of UTC. */
static bool S_parse_offset(const char *s, int *off) {
  int h, mi = 0;
  char sign;
  if (sscanf(s, "UTC%c%d:%d", &sign, &h, &mi) < 2 ||
      (sign != '+' && sign != '-') || h > 14 || mi > 59)
    return false;
  *off = (sign == '-' ? -1 : 1) * (h * 3600 + mi * 60);
  return true;
}

/* How far the article's UTC time may stray from the local time's: a
 * minute of rounding, or for an approximate local time ("around 4 a.m.
 * (0215 GMT)") up to 20 minutes, less than the half hour of the smallest
 * common zone slip. */
static double S_zone_slack(const cc_sclaim *c) {
  return c->qual == CC_Q_APPROX ? 20 * 60.0 + 1 : 60.0;
}

static void S_zone_pair_undated(cc__ctx *x, const cc__item *it) {
  const cc_sclaim *c = it->c;
  /* "ZONE", or "ZONE UTC+1" when the local half's label states one
   * offset ("0630 BST") */
  char zone[80];
  size_t zl = 0;
  S_cat(zone, sizeof zone, &zl, c->derivation, strcspn(c->derivation, " "));
  const char *stated_off = c->derivation + zl;
  int local = S_clock(c->value, false), utc = S_clock(c->value2, true);
  int offs[8];
  char abbrs[8][16];
  size_t n;
  if (local < 0 || utc < 0 || !zone[0])
    return;
  if (*stated_off == ' ') {
    if (!S_parse_offset(stated_off + 1, &offs[0]))
      return;
    n = 1;
    cc_tz_format_offset(offs[0], abbrs[0]);
  } else if ((n = S_zone_offsets(zone, offs, abbrs, 8)) == 0) {
    return;
  }
  /* local - UTC is known only modulo a day (UTC+13's 20:00 is 07:00
   * UTC, as UTC-11's would be): each offset is compared so */
  double stated = S_day_diff(local, utc);
  size_t hit = n, near = 0;
  for (size_t k = 0; k < n; k++) {
    if (fabs(S_day_diff(stated, offs[k])) < S_zone_slack(c))
      hit = k;
    if (fabs(S_day_diff(stated, offs[k])) <
        fabs(S_day_diff(stated, offs[near])))
      near = k;
  }
  cc_verdict v = hit == n   ? CC_VERDICT_DISCREPANCY
                 : n == 1 ? CC_VERDICT_CONSISTENT
                          : CC_VERDICT_UNVERIFIABLE;
  if (v == CC_VERDICT_CONSISTENT && cc__counts_only(x, v)) {
    cc__emit(x, "", v, CC_SEV_INFO, it, NULL, "", 0);
    return;
  }
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_puts(m, c->value + 1);
  cc_buf_puts(m, " in ");
  cc_buf_puts(m, zone);
  cc_buf_puts(m, " is ");
  for (size_t k = 0; k < n; k++) {
    char fo[16];
    cc_tz_format_offset(offs[k], fo);
    if (k)
      cc_buf_puts(m, k + 1 == n ? " or " : ", ");
    /* (a time of day: 17:00 at UTC-8 is 01:00 UTC) */
    S_hhmm(fmod(local - offs[k] + 2.0 * CC_DAY, (double)CC_DAY), 0, m);
    if (strcmp(abbrs[k], fo) == 0)
      cc_buf_printf(m, " UTC (%s)", fo);
    else
      cc_buf_printf(m, " UTC (%s, %s)", abbrs[k], fo);
  }
  if (v == CC_VERDICT_CONSISTENT) {
    cc_buf_puts(m, ", as the article gives it");
  } else {
    cc_buf_puts(m, "; the article gives ");
    S_hhmm(utc, 0, m);
    cc_buf_puts(m, " UTC");
  }
  if (v == CC_VERDICT_UNVERIFIABLE)
    cc_buf_printf(m, ", right only while %s is in force, and it has no "
                     "publication date (give --date or a manifest)",
                  abbrs[hit]);
  else if (v == CC_VERDICT_DISCREPANCY)
    cc_buf_puts(m, n == 1 ? ", which the zone's offset does not give"
                          : ", which none of the zone's offsets gives, "
                            "whatever the day");
  cc_severity sev = v == CC_VERDICT_DISCREPANCY
                        ? (cc_severity)it->cf->severity
                        : CC_SEV_INFO;
  if (c->flags & CC_CF_ZONE_INFERRED) {
    cc_buf_puts(m, cc__zone_note(c->flags));
    /* whole hours off: maybe the time was meant in another zone */
    if (fmod(fabs(S_day_diff(stated, offs[near])), 3600.0) == 0 &&
        sev > CC_SEV_WARNING)
      sev = CC_SEV_WARNING;
  }
  cc__emit(x, "zone_pair", v, sev, it, NULL, m->ptr,
           v == CC_VERDICT_CONSISTENT);
}

/* A local time whose sentence names no day ("Firefighters arrived at 6:20
 * p.m. ET (2320 GMT)") was put on the article's date, a guess: the story
 * may be days old.  The latest of the S_GUESS_DAYS days before it whose
 * offset, another than the zone keeps on the article's date (a clock
 * change between), gives the article's UTC time: true, with that day and
 * the offset's abbreviation.  (The same offset on both days: the label,
 * not the day, is the question; S_zone_own.) */
#define S_GUESS_DAYS 7
static bool S_guessed_day(const char *zone, const char *hm, int64_t lday,
                          double stated_utc, int64_t *day, int *off,
                          char abbr[16]) {
  if (!zone[0] || strlen(hm) != 5)
    return false;
  double tod = atoi(hm) * 3600.0 + atoi(hm + 3) * 60.0;
  int64_t utc;
  int now;
  if (cc_tz_local_to_utc(zone, (int64_t)(lday * CC_DAY + tod), &utc, &now,
                         NULL) != 0)
    return false;
  for (int64_t d = lday - 1; d >= lday - S_GUESS_DAYS; d--) {
    if (cc_tz_local_to_utc(zone, (int64_t)(d * CC_DAY + tod), &utc, off,
                           abbr) != 0)
      return false;
    if (*off != now && fabs(S_day_diff(stated_utc, (double)utc)) < 60) {
      *day = d;
      return true;
    }
  }
  return false;
}

/* The guessed day's note: "; the sentence names no day, and 18:20 EST
 * (UTC-5), in force until 2024-03-10 (03:00), gives 23:20 UTC: right if
 * the time is of 2024-03-09 or before". */
static void S_guess_note(const char *hm, int64_t day, int off,
                         const char *abbr, cc_buf *m) {
  char fo[16], ds[16];
  cc_tz_format_offset(off, fo);
  cc_format_date(day, ds);
  cc_buf_puts(m, ", which is ");
  cc_buf_puts(m, hm);
  cc_buf_putc(m, ' ');
  cc_buf_puts(m, abbr[0] ? abbr : fo);
  cc_buf_puts(m, " (");
  cc_buf_puts(m, fo);
  cc_buf_puts(m, "), the zone's time on ");
  cc_buf_puts(m, ds);
  cc_buf_puts(m, ": its sentence names no day, and the article's date may "
                 "not be the time's");
}

void cc__check_zone_pair(cc__ctx *x, const cc__item *it) {
  const cc_sclaim *c = it->c;
  if (!isfinite(c->lo) && (c->flags & CC_CF_UNRESOLVED)) {
    S_zone_pair_undated(x, it);
    return;
  }
  if (!isfinite(c->lo) || !isfinite(c->more->lo2))
    return;
  double diff = S_day_diff(c->more->lo2, c->lo);
  bool agree = fabs(diff) < S_zone_slack(c);
  if (agree && cc__counts_only(x, CC_VERDICT_CONSISTENT)) {
    cc__emit(x, "", CC_VERDICT_CONSISTENT, CC_SEV_INFO, it, NULL, "", 0);
    return; /* no message: the zone's lookup and the formatting saved */
  }
  char zone[80], what[64], date[16], hm[8];
  S_zone_parts(c, zone, sizeof zone, what, sizeof what);
  S_local_parts(c, date, hm);
  int64_t lday = 0;
  cc_parse_iso_date(date, &lday);
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_puts(m, hm[0] ? hm : c->value);
  cc_buf_puts(m, " in ");
  cc_buf_puts(m, zone[0] ? zone : "local time");
  cc_buf_puts(m, " on ");
  cc_buf_puts(m, date);
  if ((c->flags & CC_CF_TIME_ONLY) && (c->flags & CC_CF_DOC_DATE) &&
      lday == c->src->doc_date)
    cc_buf_puts(m, " (the article's date)");
  cc_buf_puts(m, " is ");
  S_hhmm(c->lo, lday, m);
  cc_buf_puts(m, " UTC");
  if (what[0]) {
    cc_buf_puts(m, " (");
    cc_buf_puts(m, what);
    cc_buf_putc(m, ')');
  }
  bool exact = fabs(diff) < 60;
  cc_buf_puts(m, exact ? ", as the article gives it" : "; the article gives ");
  if (!exact) {
    S_hhmm(c->lo + diff, lday, m);
    cc_buf_puts(m, " UTC, ");
    cc__fmt_span(fabs(diff), m);
    cc_buf_puts(m, diff < 0 ? " earlier" : " later");
    if (agree)
      cc_buf_puts(m, ", within the local time's approximation");
  }
  cc_severity sev = (cc_severity)it->cf->severity;
  int64_t gday;
  int goff;
  char gabbr[16];
  if (!agree && (c->flags & CC_CF_TIME_ONLY) && (c->flags & CC_CF_DOC_DATE) &&
      lday == c->src->doc_date &&
      S_guessed_day(zone, hm, lday, c->more->lo2, &gday, &goff, gabbr)) {
    S_guess_note(hm, gday, goff, gabbr, m);
    if (c->flags & CC_CF_ZONE_INFERRED)
      cc_buf_puts(m, cc__zone_note(c->flags));
    cc__emit(x, "zone_pair", CC_VERDICT_UNVERIFIABLE, CC_SEV_INFO, it, NULL,
             m->ptr, false);
    return;
  }
  int own;
  char own_abbr[16];
  if (S_zone_own(zone, c, date, hm, &own, own_abbr)) {
    /* (local - lo is the offset the label states) */
    double stated = (double)(lday * CC_DAY) + atoi(hm) * 3600.0 +
                    atoi(hm + 3) * 60.0 - c->lo;
    /* the article's UTC time is the zone's own: the label is the slip */
    bool slip = !agree &&
                fabs(S_day_diff(c->more->lo2, c->lo + stated - own)) < 60;
    S_own_note(zone, hm, lday, c, own, own_abbr, stated, slip, m);
    if (slip && sev > CC_SEV_WARNING)
      sev = CC_SEV_WARNING;
  }
  if (c->flags & CC_CF_ZONE_INFERRED) {
    cc_buf_puts(m, cc__zone_note(c->flags));
    /* whole hours off: maybe the time was meant in another zone */
    if (fmod(fabs(diff), 3600.0) == 0 && sev > CC_SEV_WARNING)
      sev = CC_SEV_WARNING;
  }
  cc__emit(x, "zone_pair",
           agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY, sev, it,
           NULL, m->ptr, agree);
}

/* ---- a change and its figures ------------------------------------------------------ */

/* "rose 18% to $12.4bn from $13.1bn" (quantity.change, rule_match.c): lo/hi
 * the stated change in percent (a fall negative, about its rounding),
 * lo2/hi2 the change the two figures allow as rounded.  Consistent when
 * they meet.  A change the figures give the other way round is an error;
 * so is one more than a clear margin off (a fifth of the stated percent,
 * at least a point): a slip of the writer's, not of rounding.  Nearer, a
 * warning (another basis, "like-for-like", may be what was stated). */
static void S_check_change(cc__ctx *x, const cc__item *it) {
  const cc_sclaim *c = it->c;
  double slo = c->lo, shi = c->hi, clo = c->more->lo2, chi = c->more->hi2;
  if (isnan(slo) || isnan(shi) || !isfinite(clo) || !isfinite(chi))
    return; /* (a stated change may be open: "more than 20%") */
  bool agree = clo <= shi && chi >= slo;
  if (agree && cc__counts_only(x, CC_VERDICT_CONSISTENT)) {
    cc__emit(x, "", CC_VERDICT_CONSISTENT, CC_SEV_INFO, it, NULL, "", 0);
    return;
  }
  bool wrong_way = (slo > 0 && chi < 0) || (shi < 0 && clo > 0);
  double gap = clo > shi ? clo - shi : slo - chi;
  double stated = isfinite(slo) && isfinite(shi) ? (slo + shi) / 2
                  : isfinite(slo)                 ? slo
                                                  : shi;
  /* a share's figures are rounded already: a tenth of it is clear; a
   * change in points has no floor of a point (a rate moves by a quarter) */
  double margin = (it->cf->check[0] == 's' ? 0.1 : 0.2) * fabs(stated);
  double least = c->unit[0] == 'p' ? 0.05 : 1;
  cc_severity sev = (cc_severity)it->cf->severity;
  if (!agree && !wrong_way && gap <= (margin > least ? margin : least) &&
      sev > CC_SEV_WARNING)
    sev = CC_SEV_WARNING;
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_puts(m, c->value);
  cc_buf_puts(m, ": ");
  cc_buf_puts(m, c->derivation);
  if (!agree && !wrong_way) {
    cc_buf_puts(m, ", not ");
    cc_buf_puts(m, c->value2);
  }
  cc__emit(x, it->cf->check,
           agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY, sev, it,
           NULL, m->ptr, agree);
}

/* ---- quantity in two units ------------------------------------------------------- */

/* "150 mph (240 km/h)": lo/hi are the figures the first allows, lo2/hi2
 * the second's, each about its figure (rule_match.c); the derivation is
 * the first in the second's unit ("150 mph = 241 km/h").  One of the two
 * was converted from the other and rounded: they agree when either's
 * figure is among those the other allows. */
void cc__check_unit_pair(cc__ctx *x, const cc__item *it) {
  const cc_sclaim *c = it->c;
  /* (a share of a count is checked the same way: the stated share
   * against the one its result gives, share_of) */
  if (strcmp(it->cf->check, "percent_change") == 0 ||
      strcmp(it->cf->check, "share_of") == 0 ||
      strcmp(it->cf->check, "duration_span") == 0) {
    S_check_change(x, it);
    return;
  }
  if (!isfinite(c->lo) || !isfinite(c->hi) || !isfinite(c->more->lo2) ||
      !isfinite(c->more->hi2))
    return;
  double a = (c->lo + c->hi) / 2, b = (c->more->lo2 + c->more->hi2) / 2;
  bool agree = (a >= c->more->lo2 && a <= c->more->hi2) ||
               (b >= c->lo && b <= c->hi);
  if (agree && cc__counts_only(x, CC_VERDICT_CONSISTENT)) {
    cc__emit(x, "", CC_VERDICT_CONSISTENT, CC_SEV_INFO, it, NULL, "", 0);
    return;
  }
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_puts(m, c->derivation[0] ? c->derivation : c->value);
  if (agree) {
    cc_buf_puts(m, ", and the article gives ");
    cc_buf_puts(m, c->value2);
  } else {
    cc_buf_puts(m, ", not ");
    cc_buf_puts(m, c->value2);
    cc_buf_puts(m, " as the article gives it");
  }
  cc__emit(x, "unit_pair",
           agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY,
           (cc_severity)it->cf->severity, it, NULL, m->ptr, agree);
}

/* ---- a conversion on its own ------------------------------------------------------ */

/* The rate r, the way round c->value reads ("1 USD = ..."): b to one a
 * when the value starts with a's code. */
static void S_rate_side(const char *value, const char *a, double r,
                        cc_buf *m) {
  bool ab = strncmp(value + 2, a, 3) == 0;
  char num[32];
  double v = ab ? r : 1 / r;
  snprintf(num, sizeof num, v < 1e4 ? "%.4g" : "%.0f", v);
  cc_buf_puts(m, num);
}

/* "$6.3 (£3.35m)" on its own: its rate (the item's interval: the second
 * currency to one of the first, with the figures' rounding and the
 * market's 5%) against the bounds rules/rates.csv gives the two
 * currencies for the article's year.  Only a rate outside them is told:
 * inside, the table says nothing a reader can use. */
/* The bounds of a conversion's rate (b to one a, the pair "A/B") for its
 * article's year: false when the table has none for either currency or
 * the item has no rate. */
typedef struct S_rb {
  char a[4], b[4];
  const char *an, *bn; /* names, owned by the config */
  double lo, hi;
} S_rb;

static bool S_rate_bounds(const cc__ctx *x, const cc__item *it, S_rb *r) {
  const cc_sclaim *c = it->c;
  /* "GBP/USD", or "GBP/USD 2000" for a conversion tied to a year other
   * than the article's (rule_match.c S_rate_year) */
  const char *pair = c->about->object;
  size_t n = strlen(pair);
  if (!isfinite(it->lo) || !isfinite(it->hi) || n < 7 || pair[3] != '/' ||
      (n > 7 && pair[7] != ' ') || strlen(c->value) < 6)
    return false;
  memcpy(r->a, pair, 3);
  memcpy(r->b, pair + 4, 3);
  r->a[3] = r->b[3] = '\0';
  int year = n > 7                       ? atoi(pair + 8)
             : (c->flags & CC_CF_DOC_DATE) ? cc_civil_from_days(c->src->doc_date).y
                                         : 0;
  double alo, ahi, blo, bhi;
  r->an = cc_check_config_rate_bounds(x->cfg, r->a, year, &alo, &ahi);
  r->bn = cc_check_config_rate_bounds(x->cfg, r->b, year, &blo, &bhi);
  if (!r->an || !r->bn)
    return false;
  r->lo = blo / ahi;
  r->hi = bhi / alo;
  return true;
}

bool cc__rate_out_of_bounds(const cc__ctx *x, const cc__item *it) {
  S_rb r;
  return S_rate_bounds(x, it, &r) && !(it->hi >= r.lo && it->lo <= r.hi);
}

void cc__check_rate_bounds(cc__ctx *x, const cc__item *it) {
  const cc_sclaim *c = it->c;
  S_rb r;
  if (!S_rate_bounds(x, it, &r) || (it->hi >= r.lo && it->lo <= r.hi))
    return;
  const char *a = r.a, *b = r.b, *an = r.an, *bn = r.bn;
  double lo = r.lo, hi = r.hi;
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc__describe(it, m);
  bool ab = strncmp(c->value + 2, a, 3) == 0;
  cc_buf_printf(m, ", outside the bounds rules/rates.csv gives the %s and "
                   "the %s (1 %s = ", an, bn, ab ? a : b);
  S_rate_side(c->value, a, ab ? lo : hi, m);
  cc_buf_puts(m, " to ");
  S_rate_side(c->value, a, ab ? hi : lo, m);
  cc_buf_printf(m, " %s): a lost scale or a slipped digit?", ab ? b : a);
  cc__emit(x, "exchange_rate", CC_VERDICT_DISCREPANCY,
           (cc_severity)it->cf->severity, it, NULL, m->ptr, 0);
}

/* ---- weekday vs date ------------------------------------------------------------------ */

void cc__check_weekday(cc__ctx *x, const cc__item *it) {
  const cc_sclaim *c = it->c;
  if (!isfinite(c->lo) || !isfinite(c->more->lo2) || c->more->lo2 < 0 ||
      c->more->lo2 > 6)
    return;
  if (isfinite(c->hi) && c->hi - c->lo > 86400.0 + 1)
    return; /* not one day: "in August (a Monday)" says nothing */
  int64_t day = (int64_t)floor(c->lo / 86400.0);
  int stated = (int)c->more->lo2, actual = cc_weekday(day);
  if (stated == actual && cc__counts_only(x, CC_VERDICT_CONSISTENT)) {
    cc__emit(x, "", CC_VERDICT_CONSISTENT, CC_SEV_INFO, it, NULL, "", 0);
    return;
  }
  char d[16];
  cc_format_date(day, d);
  bool year_inf = (c->flags & CC_CF_YEAR_INFERRED) != 0;
  cc_ymd ymd = cc_civil_from_days(day);
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_puts(m, d);
  cc_buf_puts(m, " is a ");
  cc_buf_puts(m, S_wdays[actual]);
  cc_verdict v = CC_VERDICT_CONSISTENT;
  if (stated == actual) {
    cc_buf_puts(m, ", as the article says");
  } else {
    v = CC_VERDICT_DISCREPANCY;
    cc_buf_puts(m, ", but the article says ");
    cc_buf_puts(m, S_wdays[stated]);
    /* a year-less date far ahead of the publication date may belong to
     * the year before ("Monday, December 30" in a January article), one
     * far behind it to the year after: then the year, not the article,
     * is wrong */
    int64_t delta = (c->flags & CC_CF_DOC_DATE) ? day - c->src->doc_date : 0;
    for (int dy = -1; year_inf && dy <= 1; dy += 2) {
      if ((dy < 0 && delta <= 60) || (dy > 0 && delta >= -180))
        continue;
      int y = ymd.y + dy;
      if (cc_date_valid(y, ymd.m, ymd.d) &&
          cc_weekday(cc_days_from_civil(y, ymd.m, ymd.d)) == stated) {
        v = CC_VERDICT_UNVERIFIABLE;
        cc_buf_printf(m, "; in %d that date was a %s", y, S_wdays[stated]);
        break;
      }
    }
  }
  if (year_inf) {
    cc_buf_puts(m, " (year ");
    cc__put_int(m, ymd.y);
    /* (a date early in January read in a late December article is next
     * year's: "the nearest", not "taken", which would contradict it) */
    int dy = (it->c->flags & CC_CF_DOC_DATE)
                 ? cc_civil_from_days(it->c->src->doc_date).y
                 : ymd.y;
    /* (a past tense puts a date after the publication date in the year
     * before, which is then not the nearest: "arrested on June 11" in a
     * June 9 article is last year's) */
    cc_buf_puts(m, dy == ymd.y  ? " taken from the publication date"
                   : dy > ymd.y ? ", the last such date before the "
                                  "publication date"
                                : ", the next such date after the "
                                  "publication date");
    cc_buf_puts(m, (it->flags & CC_CF_DATE_INFERRED) ? ", inferred)" : ")");
  }
  cc__emit(x, "weekday_date", v, (cc_severity)it->cf->severity, it, NULL,
           m->ptr, v == CC_VERDICT_CONSISTENT);
}

/* ---- local/UTC pairs across articles -------------------------------------- */

typedef struct {
  const cc__item *it;
  char ev[24];   /* the event's word before the time, "" when none */
  bool framed;   /* a frame claims its UTC half (compared there) */
  /* the story: its article's folder with --story-per-folder (dirlen 0
   * for one story, or an article at the top) */
  const char *dir;
  size_t dirlen;
} S_xpair;

/* Is w[0..n) one of the words a time's lead-in skips ("landed shortly
 * after noon on Monday at")? */
static bool S_pair_skip(const char *w, size_t n) {
  static const char *const skip[] = {
      "at", "about", "around", "approximately", "roughly", "shortly",
      "just", "after", "before", "by", "on", "until", "till", "from",
      "local", "time", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "yesterday", "tonight",
      "morning", "afternoon", "evening", "night", "early", "late", "and",
      "the", "a", "of", "in", "then", "finally", "safely", "eventually"};
  for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
    if (strlen(skip[i]) == n && !strncmp(skip[i], w, n))
      return true;
  return false;
}

/* One event's wordings across outlets: the first of a class is its key
 * ("touched down at" and "landed at" are one landing).  A small generic
 * table of event verbs (data, not story words); a word or two-word phrase
 * not here keys by itself.  (The lexicon has no class tables; a static
 * table as for S_pair_skip.) */
static const char *const S_event_class[][8] = {
    {"landed", "lands", "touched down", "touches down", NULL},
    {"departed", "departs", "took off", "takes off", "left", "lifted off",
     NULL},
    {"began", "begins", "started", "starts", "opened", "opens",
     "kicked off", "kicks off"},
    {"struck", "strikes", "hit", "hits", NULL},
};

/* The class key of w[0..n) (NULL when none). */
static const char *S_event_key(const char *w, size_t n) {
  for (size_t i = 0; i < sizeof S_event_class / sizeof *S_event_class; i++)
    for (size_t k = 0; k < 8 && S_event_class[i][k]; k++)
      if (strlen(S_event_class[i][k]) == n &&
          !strncmp(S_event_class[i][k], w, n))
        return S_event_class[i][0];
  return NULL;
}

static bool S_wch(char ch) {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
         (ch >= '0' && ch <= '9') || ch == '-';
}

/* Lower-case p[0..n) into out (cap bounds it); false for a number or a
 * word too long. */
static bool S_low_word(const char *p, size_t n, char *out, size_t cap) {
  if (n == 0 || n >= cap)
    return false;
  for (size_t i = 0; i < n; i++) {
    char ch = p[i];
    if (ch >= '0' && ch <= '9')
      return false;
    out[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  }
  out[n] = '\0';
  return true;
}

/* out = w, or its class key when it has one (cap bounds it). */
static void S_event_set(char *out, size_t cap) {
  const char *k = S_event_key(out, strlen(out));
  if (k && strlen(k) < cap)
    strcpy(out, k);
}

/* After the time, when nothing before it names the event ("At 3:42 p.m.
 * local time (2042 GMT) the plane landed", "..., when the plane landed"):
 * the first word of an event class within eight words after it, not past
 * a ';'.  Only a class word keys here: "was the time" names no event. */
static bool S_pair_event_after(const char *p, char *out, size_t cap) {
  for (int k = 0; k < 8 && *p; k++) {
    while (*p && !S_wch(*p)) {
      if (*p == ';')
        return false;
      p++;
    }
    const char *w = p;
    while (S_wch(*p))
      p++;
    size_t n = (size_t)(p - w);
    if (n == 0)
      return false;
    /* a two-word phrase first ("touched down") */
    const char *v = p;
    while (*v == ' ')
      v++;
    const char *ve = v;
    while (S_wch(*ve))
      ve++;
    char buf[40];
    if (ve > v && v == p + 1 && S_low_word(w, (size_t)(ve - w), buf,
                                           sizeof buf)) {
      const char *key = S_event_key(buf, strlen(buf));
      if (key && strlen(key) < cap) {
        strcpy(out, key);
        return true;
      }
    }
    if (S_low_word(w, n, buf, sizeof buf)) {
      const char *key = S_event_key(buf, n);
      if (key && strlen(key) < cap) {
        strcpy(out, key);
        return true;
      }
    }
  }
  return false;
}

/* The event a pair's time is told of: the nearest word before it that
 * the lead-in does not skip, lower-cased ("The plane landed at 3:42
 * p.m." -> "landed"; "took off at" -> "took off", its particle with its
 * verb), then its class key (S_event_class).  When the time starts the
 * sentence, a form of "be" stands there ("was at": no event named) or six
 * words give nothing, an event word after the time (S_pair_event_after);
 * a number there gives none (false). */
static bool S_pair_event(const cc_sclaim *c, char *out, size_t cap) {
  if (!c->quote || !c->text || !c->text[0])
    return false;
  size_t tn = strcspn(c->text, " ");
  const char *q = c->quote, *hit = strstr(q, c->text), *after;
  if (hit) {
    after = hit + strlen(c->text);
  } else { /* (the text may be normalized: its first word) */
    char first[32];
    if (tn == 0 || tn >= sizeof first)
      return false;
    memcpy(first, c->text, tn);
    first[tn] = '\0';
    if (!(hit = strstr(q, first)))
      return false;
    after = hit + tn;
  }
  const char *p = hit;
  for (int k = 0; k < 6; k++) {
    while (p > q && !S_wch(p[-1]))
      p--;
    const char *e = p;
    while (p > q && S_wch(p[-1]))
      p--;
    size_t n = (size_t)(e - p);
    if (n == 0)
      break;
    if (!S_low_word(p, n, out, cap))
      return false;
    if (S_pair_skip(out, n))
      continue;
    if (!strcmp(out, "is") || !strcmp(out, "was") || !strcmp(out, "were") ||
        !strcmp(out, "are") || !strcmp(out, "be") || !strcmp(out, "been"))
      break; /* ("It was 3:42 p.m. ..., when the plane landed") */
    if (!strcmp(out, "off") || !strcmp(out, "down")) {
      /* the verb of "took off", "touched down" */
      const char *b = p;
      while (b > q && b[-1] == ' ')
        b--;
      const char *be = b;
      while (b > q && S_wch(b[-1]))
        b--;
      char two[40];
      if (be > b && be == p - 1 && (size_t)(e - b) < cap &&
          S_low_word(b, (size_t)(e - b), two, sizeof two))
        strcpy(out, two);
    }
    S_event_set(out, cap);
    return true;
  }
  return S_pair_event_after(after, out, cap);
}

/* The next proper word of a sentence from *s on (a capitalized word not
 * starting it, not one every story uses, not a zone's capitals "GMT"):
 * its start, length in *n; NULL at the end. */
static const char *S_next_proper(const char **s, const char *q, size_t *n) {
  for (const char *p = *s; *p;) {
    while (*p && !(*p >= 'A' && *p <= 'Z') && !(*p >= 'a' && *p <= 'z'))
      p++;
    const char *w = p;
    bool lower = false;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
      lower |= *p >= 'a';
      p++;
    }
    size_t k = (size_t)(p - w);
    if (k > 1 && w > q && *w >= 'A' && *w <= 'Z' && lower &&
        !cc__common_word(w, k)) {
      *s = p;
      *n = k;
      return w;
    }
  }
  return NULL;
}

/* Do two sentences' proper words meet, or does either name none?  ("Polls
 * opened at 7 a.m. local time" in two countries' articles of one story
 * name two places: other events.) */
static bool S_proper_meet(const char *qa, const char *qb) {
  const char *sa = qa, *wa;
  size_t na, nb;
  bool any_a = false, any_b = false;
  while ((wa = S_next_proper(&sa, qa, &na)) != NULL) {
    any_a = true;
    const char *sb = qb, *wb;
    while ((wb = S_next_proper(&sb, qb, &nb)) != NULL) {
      any_b = true;
      if (na == nb && !strncmp(wa, wb, na))
        return true;
    }
  }
  if (any_a && !any_b) {
    const char *sb = qb;
    any_b = S_next_proper(&sb, qb, &nb) != NULL;
  }
  return !(any_a && any_b);
}

static int S_xpair_cmp(const void *a, const void *b) {
  const S_xpair *x = a, *y = b;
  if (x->it->doc_id != y->it->doc_id)
    return x->it->doc_id < y->it->doc_id ? -1 : 1;
  return x->it->c->sentence < y->it->c->sentence   ? -1
         : x->it->c->sentence > y->it->c->sentence ? 1
                                                   : 0;
}

/* Pairs of two stories (S_xpair's dir) never meet. */
static int S_xdir_cmp(const S_xpair *x, const S_xpair *y) {
  if (x->dirlen != y->dirlen)
    return x->dirlen < y->dirlen ? -1 : 1;
  return x->dirlen ? memcmp(x->dir, y->dir, x->dirlen) : 0;
}

/* By event word and story, then as S_xpair_cmp (an article's pairs in
 * order). */
static int S_xpair_cmp_ev(const void *a, const void *b) {
  const S_xpair *x = a, *y = b;
  int c = strcmp(x->ev, y->ev);
  if (!c)
    c = S_xdir_cmp(x, y);
  return c ? c : S_xpair_cmp(a, b);
}

/* The clock of an ISO value, "2024-11-04T15:42" -> "15:42" (NULL when
 * none). */
static const char *S_xclock(const char *v) {
  const char *t = v ? strchr(v, 'T') : NULL;
  return t && strlen(t) >= 6 ? t + 1 : NULL;
}

static void S_xpair_emit(cc__ctx *x, const S_xpair *a, const S_xpair *b,
                         bool same_local) {
  const cc_sclaim *ca = a->it->c, *cb = b->it->c;
  const char *la = S_xclock(ca->value), *lb = S_xclock(cb->value);
  const char *ua = S_xclock(ca->value2), *ub = S_xclock(cb->value2);
  bool agree = same_local && !strncmp(ua, ub, 5);
  cc_verdict v = agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY;
  if (!cc__counts_only(x, v)) {
    cc_buf *m = &x->msg;
    cc_buf_reset(m);
    cc_buf_printf(m, "\"%s\" (%s) gives %.5s local as %.5s UTC, ", ca->text,
                  ca->src->source ? ca->src->source : "", la, ua);
    cc_buf_puts(m, agree ? "as " : "but ");
    cc_buf_printf(m, "\"%s\" (%s) gives %.5s local as %.5s UTC", cb->text,
                  cb->src->source ? cb->src->source : "", lb, ub);
    if (!agree)
      cc_buf_printf(m, "; the %s differs for one %s time, so one offset is "
                       "wrong",
                    same_local ? "UTC time" : "local time",
                    same_local ? "local" : "UTC");
    cc_buf_printf(m, " (the place's zone is not known; the event: \"%s\")",
                  a->ev);
  }
  cc_severity sev = agree ? CC_SEV_INFO : CC_SEV_WARNING;
  cc__emit(x, "zone_pair", v, sev, a->it, b->it, x->msg.ptr, agree);
}

/* Two pairs of one event compared: which, and how. */
typedef struct {
  uint32_t i, j; /* in the run, i < j */
  bool sl, agree;
} S_xedge;

/* "... but 3 of 4 articles give 15:42 local as 20:42 UTC": the odd pair
 * o against the majority's m (sup of tot articles agree with m). */
static void S_xpair_emit_odd(cc__ctx *x, const S_xpair *o, const S_xpair *m,
                             bool same_local, uint32_t sup, uint32_t tot) {
  if (!cc__counts_only(x, CC_VERDICT_DISCREPANCY)) {
    const cc_sclaim *co = o->it->c, *cm = m->it->c;
    cc_buf *b = &x->msg;
    cc_buf_reset(b);
    cc_buf_printf(b, "\"%s\" (%s) gives %.5s local as %.5s UTC, but %u of "
                     "%u articles give %.5s local as %.5s UTC, as \"%s\" "
                     "(%s) does",
                  co->text, co->src->source ? co->src->source : "",
                  S_xclock(co->value), S_xclock(co->value2), sup, tot,
                  S_xclock(cm->value), S_xclock(cm->value2), cm->text,
                  cm->src->source ? cm->src->source : "");
    cc_buf_printf(b, "; the %s differs for one %s time, so this article's "
                     "offset is likely the wrong one",
                  same_local ? "UTC time" : "local time",
                  same_local ? "local" : "UTC");
    cc_buf_printf(b, " (the place's zone is not known; the event: \"%s\")",
                  o->ev);
  }
  cc__emit(x, "zone_pair", CC_VERDICT_DISCREPANCY, CC_SEV_WARNING, o->it,
           m->it, x->msg.ptr, false);
}

/* A pair's standing in its event's run (S_xrun): the articles compared
 * with it and those agreeing, itself counted in both; the last of each
 * seen (doc id + 1: a pair's other ends come in article order, so each
 * article counts once); and whether it was told against the majority. */
typedef struct {
  uint32_t tot, sup, last, last_agree;
  bool told;
} S_xcount;

static bool S_xmajor(const S_xcount *c) {
  return c->sup >= 2 && 2 * c->sup > c->tot;
}

/* The pairs of one event and story v[0..n) (sorted by article) that are
 * compared (es->len of them in es). */
static void S_xedges(cc__ctx *x, const S_xpair *v, size_t n, cc_vec *es) {
  es->len = 0;
  for (size_t i = 0; i < n; i++) {
    for (size_t j = i + 1; j < n; j++) {
      const S_xpair *a = &v[i], *b = &v[j];
      if (a->it->doc_id == b->it->doc_id || (a->framed && b->framed))
        continue;
      bool sl = !strncmp(S_xclock(a->it->c->value), S_xclock(b->it->c->value), 5);
      bool su =
          !strncmp(S_xclock(a->it->c->value2), S_xclock(b->it->c->value2), 5);
      if (!sl && !su)
        continue;
      if (!S_proper_meet(a->it->c->quote, b->it->c->quote) ||
          !cc__related(x, a->it->doc_id, b->it->doc_id, NULL, NULL))
        continue;
      *(S_xedge *)cc_vec_push(es) =
          (S_xedge){(uint32_t)i, (uint32_t)j, sl, sl && su};
    }
  }
}

/* One event's pairs of one story v[0..n) (sorted by article): the pairs
 * compared, then per pair its standing (S_xcount).  A pair most of whose
 * articles agree is the majority; a pair at odds with a majority pair is
 * reported once, against it, and not against other odd ones; with no
 * majority, every two disagreeing pairs are (as two articles alone). */
static void S_xrun(cc__ctx *x, S_xpair *v, size_t n, cc_vec *es) {
  S_xedges(x, v, n, es);
  if (es->len == 0)
    return;
  S_xcount *cnt = cc_xcalloc(n, sizeof *cnt);
  for (size_t k = 0; k < n; k++)
    cnt[k].tot = cnt[k].sup = 1;
  const S_xedge *ed = es->items;
  for (size_t k = 0; k < es->len; k++) {
    uint32_t ends[2] = {ed[k].i, ed[k].j};
    for (int h = 0; h < 2; h++) {
      S_xcount *me = &cnt[ends[h]];
      uint32_t other = v[ends[1 - h]].it->doc_id + 1;
      if (me->last != other) {
        me->last = other;
        me->tot++;
      }
      if (ed[k].agree && me->last_agree != other) {
        me->last_agree = other;
        me->sup++;
      }
    }
  }
  bool any_major = false;
  for (size_t k = 0; k < n; k++)
    any_major |= S_xmajor(&cnt[k]);
  for (size_t k = 0; k < es->len; k++) {
    const S_xedge *g = &ed[k];
    if (g->agree || !any_major) {
      S_xpair_emit(x, &v[g->i], &v[g->j], g->sl); /* (a story's few) */
      continue;
    }
    bool mi = S_xmajor(&cnt[g->i]), mj = S_xmajor(&cnt[g->j]);
    if (mi == mj) { /* two odd ones (or two majorities: none here) */
      if (mi)
        S_xpair_emit(x, &v[g->i], &v[g->j], g->sl);
      continue;
    }
    uint32_t m = mi ? g->i : g->j, o = mi ? g->j : g->i;
    if (cnt[o].told)
      continue; /* told once, against the majority */
    cnt[o].told = true;
    S_xpair_emit_odd(x, &v[o], &v[m], g->sl, cnt[m].sup, cnt[m].tot);
  }
  free(cnt);
}

void cc__check_zone_pairs_across(cc__ctx *x, cc__item *items, size_t n) {
  cc_vec ps = CC_VEC_INIT(S_xpair);
  for (size_t i = 0; i < n; i++) {
    const cc__item *it = &items[i];
    if (it->vkind != CC_VK_TIMEPAIR || !isnan(it->c->lo) ||
        !S_xclock(it->c->value) || !S_xclock(it->c->value2) ||
        !cc__in_partition(x, it->c->about->key))
      continue;
    S_xpair p = {.it = it};
    if (!S_pair_event(it->c, p.ev, sizeof p.ev))
      continue;
    const char *doc = it->c->src->doc, *slash = strrchr(doc, '/');
    if (!x->opts.one_story && slash) {
      p.dir = doc;
      p.dirlen = (size_t)(slash - doc);
    }
    *(S_xpair *)cc_vec_push(&ps) = p;
  }
  if (ps.len < 2) {
    cc_vec_free(&ps);
    return;
  }
  S_xpair *v = ps.items;
  qsort(v, ps.len, sizeof *v, S_xpair_cmp);
  /* a frame's instant inside a pair's span in its sentence: framed */
  for (size_t i = 0; i < n; i++) {
    const cc__item *it = &items[i];
    if (it->vkind != CC_VK_INSTANT)
      continue;
    S_xpair key = {.it = it};
    S_xpair *f = bsearch(&key, v, ps.len, sizeof *v, S_xpair_cmp);
    if (!f)
      continue;
    while (f > v && !S_xpair_cmp(f - 1, &key))
      f--;
    for (; f < v + ps.len && !S_xpair_cmp(f, &key); f++)
      if (it->c->start >= f->it->c->start && it->c->end <= f->it->c->end + 2)
        f->framed = true;
  }
  /* then by event word and story: only pairs of one word and story are
   * compared, each such run (a story's few) pair by pair */
  qsort(v, ps.len, sizeof *v, S_xpair_cmp_ev);
  cc_vec es = CC_VEC_INIT(S_xedge);
  for (size_t s = 0, e; s < ps.len; s = e) {
    for (e = s + 1; e < ps.len && !strcmp(v[s].ev, v[e].ev) &&
                    !S_xdir_cmp(&v[s], &v[e]);
         e++)
      ;
    if (e - s > 1)
      S_xrun(x, v + s, e - s, &es);
  }
  cc_vec_free(&es);
  cc_vec_free(&ps);
}
