/* cc_tz.h - time zones from the system tz database (tzdata).
 *
 * Zone names are IANA names ("America/Anchorage").  Conversions use the
 * zone's rules on that date, DST included.  Results are cached per zone and
 * hour; all functions are thread-safe.
 */
#ifndef CC_TZ_H
#define CC_TZ_H

#include <stdbool.h>
#include <stdint.h>

/* True when the tz database has this zone. */
bool cc_tz_valid(const char *zone);

/* UTC offset (seconds east of UTC) and abbreviation ("AKDT") in force in
 * zone at the UTC instant utc.  abbr may be NULL; it holds 16 bytes.
 * Returns 0, or -1 for an unknown zone. */
int cc_tz_offset_at(const char *zone, int64_t utc, int *offset, char *abbr);

/* Convert floating local civil seconds in zone to UTC.  For a time that
 * does not exist (spring-forward gap) or exists twice (fall-back), the
 * earlier offset is used.  Returns 0, or -1 for an unknown zone. */
int cc_tz_local_to_utc(const char *zone, int64_t local, int64_t *utc,
                       int *offset, char *abbr);

/* "UTC-8", "UTC+5:30" into buf (at least 12 bytes). */
void cc_tz_format_offset(int offset, char *buf);

#endif
