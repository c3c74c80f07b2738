/* time.c - proleptic Gregorian calendar arithmetic on civil days.
 *
 * The day-number conversions are the closed-form algorithms of Howard
 * Hinnant ("chrono-compatible low-level date algorithms"): they are exact for
 * every int year, need no tables and no loops.
 */
#include "cc_time.h"

#include "cc_util.h"

#include <stdio.h>
#include <string.h>

/* Floor division for the era computations (C division truncates). */
static int64_t S_floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

/* The same formulas in 32-bit unsigned arithmetic, for the dates that
 * occur (year 0 to about a million, a real month and day): with no
 * operand negative the divisions are the floor ones, and a 32-bit
 * division by a constant is a shorter multiply than a 64-bit signed one
 * (the recognizers convert a few dates a mention). */
static bool S_small_civil(int64_t yy, int m, int d) {
  return yy >= 0 && yy < (1 << 20) && m >= 1 && m <= 12 && d >= 1 &&
         d <= (1 << 20);
}

int64_t cc_days_from_civil(int y, int m, int d) {
  int64_t yy = (int64_t)y - (m <= 2);
  if (S_small_civil(yy, m, d)) {
    uint32_t uy = (uint32_t)yy, era = uy / 400, yoe = uy - era * 400;
    uint32_t doy = (153u * (uint32_t)(m + (m > 2 ? -3 : 9)) + 2) / 5 +
                   (uint32_t)d - 1;
    uint32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int64_t)era * 146097 + doe - 719468;
  }
  int64_t era = S_floordiv(yy, 400);
  int64_t yoe = yy - era * 400;                                 /* [0, 399] */
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; /* [0, 365] */
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* [0, 146096] */
  return era * 146097 + doe - 719468;
}

cc_ymd cc_civil_from_days(int64_t z) {
  z += 719468;
  if (z >= 0 && z <= (int64_t)UINT32_MAX) { /* (as S_small_civil) */
    uint32_t uz = (uint32_t)z, era = uz / 146097, doe = uz - era * 146097;
    uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    uint32_t mp = (5 * doy + 2) / 153;
    cc_ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(yoe + era * 400 + (r.m <= 2));
    return r;
  }
  int64_t era = S_floordiv(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  cc_ymd r;
  r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
  r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
  r.y = (int)(yoe + era * 400 + (r.m <= 2));
  return r;
}

static bool S_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int cc_days_in_month(int y, int m) {
  static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  return m == 2 && S_leap(y) ? 29 : dim[m - 1];
}

bool cc_date_valid(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= cc_days_in_month(y, m);
}

int cc_weekday(int64_t days) {
  /* 1970-01-01 was a Thursday (3 with Monday = 0). */
  int64_t w = (days + 3) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

void cc_iso_week(int64_t days, int *iso_year, int *week) {
  /* The ISO week belongs to the year that holds its Thursday. */
  int64_t thursday = days - cc_weekday(days) + 3;
  int y = cc_civil_from_days(thursday).y;
  int64_t jan1 = cc_days_from_civil(y, 1, 1);
  if (iso_year)
    *iso_year = y;
  if (week)
    *week = (int)((thursday - jan1) / 7 + 1);
}

int64_t cc_add_months(int64_t days, int months) {
  cc_ymd c = cc_civil_from_days(days);
  int64_t mi = (int64_t)c.y * 12 + (c.m - 1) + months;
  int y = (int)S_floordiv(mi, 12);
  int m = (int)(mi - (int64_t)y * 12) + 1;
  int dim = cc_days_in_month(y, m);
  return cc_days_from_civil(y, m, c.d > dim ? dim : c.d);
}

static bool S_digits(const char *s, int n, int *out) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool cc_parse_iso_date(const char *s, int64_t *days) {
  int y, m, d;
  if (!s || !S_digits(s, 4, &y) || s[4] != '-' || !S_digits(s + 5, 2, &m) ||
      s[7] != '-' || !S_digits(s + 8, 2, &d) || s[10] != '\0')
    return false;
  if (!cc_date_valid(y, m, d))
    return false;
  *days = cc_days_from_civil(y, m, d);
  return true;
}

/* Without snprintf: claims, mentions and findings format dates on their
 * hot paths. */
/* Days formatted, kept by each thread, direct-mapped by the day: the
 * instants a run formats (bounds of the mentions, rows of the reports)
 * fall on few days, and the calendar and the digits were most of their
 * cost.  A pure function's memo: any thread keeps its own. */
#define S_NFMT 256
typedef struct S_fmt_day {
  int64_t day;
  bool used;
  uint8_t len;
  char ymd[11];
} S_fmt_day;
static _Thread_local S_fmt_day S_fmt_days[S_NFMT];

size_t cc_format_date(int64_t days, char *buf) {
  S_fmt_day *e = &S_fmt_days[(uint64_t)days % S_NFMT];
  if (!e->used || e->day != days) {
    cc_ymd c = cc_civil_from_days(days);
    /* BC years keep their sign (ISO 8601's expanded form, astronomical
     * numbering); within 12 bytes either way */
    int y = c.y < -9999 ? -9999 : c.y > 9999 ? 9999 : c.y;
    char *p = e->ymd;
    if (y < 0) {
      *p++ = '-';
      y = -y;
    }
    p = cc_put_uint(p, (unsigned)y, 4);
    *p++ = '-';
    p = cc_put_uint(p, (unsigned)c.m, 2);
    *p++ = '-';
    p = cc_put_uint(p, (unsigned)c.d, 2);
    e->len = (uint8_t)(p - e->ymd);
    e->day = days;
    e->used = true;
  }
  memcpy(buf, e->ymd, e->len);
  buf[e->len] = '\0';
  return e->len;
}

size_t cc_format_datetime(int64_t secs, char *buf) {
  int64_t days = S_floordiv(secs, CC_DAY);
  int64_t sod = secs - days * CC_DAY;
  char *p = cc_put_clock(buf + cc_format_date(days, buf), sod);
  unsigned s = (unsigned)(sod % 60);
  if (s) { /* seconds only when there are some ("15:23:24") */
    p[0] = ':';
    p[1] = (char)('0' + s / 10);
    p[2] = (char)('0' + s % 10);
    p += 3;
  }
  *p = '\0';
  return (size_t)(p - buf);
}
