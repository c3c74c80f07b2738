/* cc_time.h - proleptic Gregorian calendar arithmetic on civil days and
 * seconds.  Civil instants are seconds since 1970-01-01T00:00 in "floating"
 * time (no zone); cc_tz converts between floating local time and UTC.
 * Pure functions, thread-safe, no allocation. */
#ifndef CC_TIME_H
#define CC_TIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CC_DAY 86400LL

typedef struct cc_ymd {
  int y, m, d; /* month 1-12, day 1-31 */
} cc_ymd;

int64_t cc_days_from_civil(int y, int m, int d);
cc_ymd cc_civil_from_days(int64_t days);
bool cc_date_valid(int y, int m, int d);
int cc_days_in_month(int y, int m);
/* 0 = Monday ... 6 = Sunday (ISO 8601). */
int cc_weekday(int64_t days);
/* ISO week-numbering year and week of a day. */
void cc_iso_week(int64_t days, int *iso_year, int *week);
/* Add months/years clamping the day to the month's end (Jan 31 + 1 month =
 * Feb 28/29). */
int64_t cc_add_months(int64_t days, int months);
/* Parse "YYYY-MM-DD" exactly; false on anything else or an invalid date. */
bool cc_parse_iso_date(const char *s, int64_t *days);
/* Format days as "YYYY-MM-DD" into buf (at least 12 bytes); a year
 * before 1 AD as ISO 8601's astronomical year with a sign ("-0299-01-01"
 * is 300 BC), a year after 9999 clamped to 9999.  Returns the length
 * (10, or 11 with the sign). */
size_t cc_format_date(int64_t days, char *buf);
/* Format civil seconds as "YYYY-MM-DDTHH:MM", with ":SS" when the
 * seconds are not zero (buf >= 21 bytes; the date as cc_format_date
 * writes it).  Returns the length (16 to 20). */
size_t cc_format_datetime(int64_t secs, char *buf);
/* "THH:MM" of sod seconds into a day at p (6 bytes, no NUL); returns p + 6.
 * cc_format_datetime's time, and the JSON writer's in place. */
static inline char *cc_put_clock(char *p, int64_t sod) {
  unsigned h = (unsigned)(sod / 3600) % 24u,
           m = (unsigned)(sod % 3600 / 60) % 60u;
  p[0] = 'T';
  p[1] = (char)('0' + h / 10);
  p[2] = (char)('0' + h % 10);
  p[3] = ':';
  p[4] = (char)('0' + m / 10);
  p[5] = (char)('0' + m % 10);
  return p + 6;
}

#endif
