/* cc_recog.h - recognizers: numbers, ordinals, percentages, money, dates,
 * times with zones, durations and sets, normalized to intervals.
 *
 * One pass over a segmented document.  A recognizer is entered only at a
 * trigger token (digit, number word, month or weekday name, zone word,
 * currency symbol...) found by hash lookup, and never looks past the end of
 * the sentence, so work per sentence is bounded and no mention crosses a
 * sentence boundary.
 *
 * Interval conventions (cc_mention.lo/hi):
 *   number, ordinal, percent, money: the value, closed [lo, hi];
 *   date, time, datetime: floating civil seconds since 1970-01-01 (half-open
 *     [lo, hi): "2018" is [2018-01-01, 2019-01-01)); utc_lo/utc_hi hold
 *     the UTC instant when the zone is known;
 *   duration: seconds (a year is 365.2425 days, a month 30.436875 days);
 *   quantity: the measure's canonical unit, named by unit ("m", "km2",
 *     "kmh", "kg", "l", "C", "W", "Wh"); value is the quantity as stated
 *     with the unit's symbol ("150 mph", "6 ft 2 in").
 * Open ends are +/-INFINITY ("more than 5": lo = 5, hi = +inf, qual
 * MORE_THAN).
 */
#ifndef CC_RECOG_H
#define CC_RECOG_H

#include <stdbool.h>
#include <stdint.h>

#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_util.h"

typedef enum cc_mtype {
  CC_M_NUMBER,
  CC_M_ORDINAL,
  CC_M_PERCENT,
  CC_M_MONEY,
  CC_M_DATE,
  CC_M_TIME,     /* time of day without a resolvable date */
  CC_M_DATETIME, /* time of day on a known date */
  CC_M_DURATION,
  CC_M_SET,      /* "every week" */
  CC_M_QUANTITY, /* a number with a unit of measure: "150 mph" */
  CC_M__COUNT
} cc_mtype;

/* Is a mention of type t placed on the calendar: a date, a time or a
 * datetime (the types whose bounds are instants)? */
static inline bool cc_mtype_dated(unsigned t) {
  return t == CC_M_DATE || t == CC_M_TIME || t == CC_M_DATETIME;
}

typedef enum cc_gran {
  CC_G_NONE,
  CC_G_MILLENNIUM,
  CC_G_CENTURY,
  CC_G_DECADE,
  CC_G_YEAR,
  CC_G_HALF,
  CC_G_QUARTER,
  CC_G_SEASON,
  CC_G_MONTH,
  CC_G_WEEK,
  CC_G_DAY,
  CC_G_PART_OF_DAY, /* morning, afternoon, evening, night */
  CC_G_HOUR,
  CC_G_MINUTE,
  CC_G_SECOND
} cc_gran;

typedef enum cc_qual {
  CC_Q_NONE,
  CC_Q_APPROX,    /* about, around, roughly, some, an estimated */
  CC_Q_AT_LEAST,  /* at least, no fewer than */
  CC_Q_MORE_THAN, /* more than, over, above */
  CC_Q_AT_MOST,   /* up to, at most, no more than */
  CC_Q_LESS_THAN, /* fewer than, less than, under, below */
  CC_Q_NEARLY,    /* nearly, almost: just under */
  CC_Q_EARLY,     /* early 2018, the early 1990s */
  CC_Q_MID,
  CC_Q_LATE,
  /* open ends of a date or time (cc_mention.open, never qual): */
  CC_Q_SINCE,  /* since 2014, from 2015 onwards: [start, open) */
  CC_Q_AFTER,  /* after 2014: [end, open); after 3pm: [15:00, open) */
  CC_Q_BEFORE, /* before 2018: (open, start) */
  CC_Q_UNTIL,  /* until, by, no later than Friday: (open, end) */
  CC_Q__COUNT
} cc_qual;

enum cc_mention_flags {
  CC_MF_RELATIVE = 1u << 0,       /* resolved against an anchor */
  CC_MF_UNRESOLVED = 1u << 1,     /* relative, but no anchor known */
  CC_MF_YEAR_INFERRED = 1u << 2,  /* "January 20": year from the doc date */
  CC_MF_UTC = 1u << 3,            /* utc_lo/utc_hi are valid */
  CC_MF_ZONE_STATED = 1u << 4,    /* zone named in the text */
  CC_MF_ZONE_INFERRED = 1u << 5,  /* zone from metadata or places */
  CC_MF_RANGE = 1u << 6,          /* "six to seven", "6-7" */
  CC_MF_PAIR_LOCAL = 1u << 7,     /* local half of "11:30am (19:30 GMT)" */
  CC_MF_PAIR_UTC = 1u << 8,       /* converted half of such a pair */
  CC_MF_REF = 1u << 9,            /* PRESENT_REF / PAST_REF / FUTURE_REF */
  CC_MF_SHARE = 1u << 10,         /* "a quarter" read as a share */
  CC_MF_ZONE_GIVEN = 1u << 12,    /* with CC_MF_ZONE_INFERRED: the zone is
                                     the article's timezone field */
  CC_MF_ZONE_FIXED = 1u << 13,    /* utc_offset is the label's ("EDT",
                                     "GMT"), not the zone's rule on the
                                     day: a move to another day keeps it */
  CC_MF_OFFSET = 1u << 11         /* a time with no date in a zone of one
                                     offset ("1900 GMT", "2pm EST"):
                                     utc_offset is valid, so the time of
                                     day in UTC is known (utc_lo is not) */
};

typedef enum cc_anchor {
  CC_ANCHOR_NONE,
  CC_ANCHOR_DOC_DATE, /* the publication date */
  CC_ANCHOR_MENTION   /* another mention (anchor_mention) */
} cc_anchor;

typedef struct cc_mention {
  uint8_t type;        /* cc_mtype */
  uint8_t gran;        /* cc_gran */
  uint8_t qual;        /* cc_qual */
  int8_t weekday;      /* weekday named with the date, 0=Mon..6=Sun, or -1 */
  uint32_t flags;      /* cc_mention_flags */
  uint32_t tok_begin, tok_end; /* token range [begin, end) */
  uint32_t start, end;         /* byte span in doc->text */
  uint32_t sentence;
  double lo, hi;       /* interval, see above */
  double utc_lo, utc_hi;
  char value[40];      /* TIMEX3 value or decimal string: "2018-07-16",
                          "PT7H", "P10Y", "2025-08-15T11:30", "7200000" */
  char unit[4];        /* ISO 4217 code for money, "%" for percent, the
                          canonical unit of a quantity ("kmh") */
  const char *zone;    /* IANA zone name (owned by the model) or NULL */
  int32_t utc_offset;  /* seconds east of UTC used for utc_lo, if CC_MF_UTC */
  int32_t pair;        /* index of the other half of a local/UTC pair, -1 */
  int32_t pair_offset; /* on the local half: local - stated UTC, seconds */
  uint8_t anchor;      /* cc_anchor */
  /* An open end told by the words around a date or time ("since 2014",
   * "2015 onwards"; open_ends.csv): open is CC_Q_SINCE..CC_Q_UNTIL or 0,
   * lead and trail the tokens before tok_begin and from tok_end that say
   * it.  lo, hi, the span and the value stay the date's own (what rules
   * match and claims take); cc_mention_shown gives the open interval. */
  uint8_t open;
  uint8_t lead, trail;
  int32_t anchor_mention;
  int64_t anchor_days; /* the anchor date (civil days) when anchor != NONE */
} cc_mention;

typedef struct cc_recog cc_recog;

/* Compile the lexicon tables the recognizers need (numbers, ordinals,
 * months, weekdays, qualifiers, units, currencies, zones, places...).
 * Returns -1 with "rules/lexicon/x.csv:LINE: message" on a bad entry.  The
 * model borrows nothing from lx after return. */
int cc_recog_new(const cc_lexicon *lx, cc_recog **out, cc_err *err);
void cc_recog_free(cc_recog **r);
/* Read the words added to the lexicon's word table (cc_lexicon_vocab)
 * after r was made, by the stages loaded since (entities, rules), from
 * r's arrays by word id, as its own: the trigger fill then takes them
 * without reading their text.  Loading only, before any document (the
 * engine calls it after the rules); NULL-safe; changes no answer. */
void cc_recog_cover_ids(cc_recog *r);

typedef struct cc_recog_ctx {
  bool has_date;
  int64_t doc_date;           /* civil days */
  bool date_inferred;
  const char *zone;           /* document zone (IANA) or NULL */
  bool zone_inferred;
  uint32_t max_mentions_per_sentence; /* 0 = default */
} cc_recog_ctx;
#define CC_DEFAULT_MAX_MENTIONS 256u

/* The zone a document is set in: meta.timezone, else meta.place looked up
 * in the places table, else the place with a known zone named most often in
 * the text (ties: first named).  NULL when none. *inferred is set when the
 * zone did not come from metadata. */
const char *cc_recog_doc_zone(const cc_recog *r, const cc_segmented *seg,
                              bool *inferred);

/* Recognize every mention in seg.  The array is allocated in arena and
 * sorted by start offset; mentions never overlap.  Never fails. */
void cc_recognize(const cc_recog *r, const cc_segmented *seg,
                  const cc_recog_ctx *ctx, cc_arena *arena,
                  cc_mention **out, uint32_t *n);

/* m as extract shows it: m itself when it has no open end, else *buf
 * made from it, its span widened over the lead and trail words (tok_begin,
 * tok_end, start, end from seg's tokens), qual the open end (CC_Q_SINCE..)
 * and lo, hi the open interval (CC_Q_AFTER: from the date's end, or from
 * the instant for a time of day); a UTC instant is kept only where it
 * still is lo. */
const cc_mention *cc_mention_shown(const cc_segmented *seg,
                                   const cc_mention *m, cc_mention *buf);

/* Names for output: "number", "date", ...; "approx", "at_least", ... */
const char *cc_mtype_name(cc_mtype t);
const char *cc_qual_name(cc_qual q);
const char *cc_gran_name(cc_gran g);
/* lo and hi as text: decimal for numbers, ISO 8601 for instants
 * ("2018-07-16T00:00"), ISO durations for durations; "" for an open end.
 * Each buffer holds 40 bytes. */
void cc_mention_bounds(const cc_mention *m, char *lo, char *hi);
/* Quantities.  The measure a canonical unit belongs to ("kmh" ->
 * "speed"), or NULL; the canonical unit as reports show it ("km/h"), or
 * ""; the canonical unit of a measure ("speed" -> "kmh"; "weight" is
 * "mass"), or NULL.  Static strings. */
const char *cc_quantity_measure(const char *unit);
const char *cc_quantity_unit_display(const char *unit);
const char *cc_quantity_canon(const char *measure);
/* How far from the exact figure a quantity stated as value ("150 mph")
 * may be, in its own unit: half its last significant digit, the trailing
 * zeros of a whole number significant from the tens up ("150" is 145 to
 * 155, "200" 195 to 205).  A figure converted from another unit
 * (converted: "150 mph (240 km/h)", either side) is rounded more freely:
 * its trailing zeros are not significant ("200" is 150 to 250), at most
 * a quarter of it and at least 1.5% of it.  *num is the number stated.
 * False when value states no single number ("6 ft 2 in", a range). */
bool cc_quantity_allowance(const char *value, bool converted, double *num,
                           double *allow);
/* The unit a quantity's value names by its symbol ("mph"): one of it in
 * the canonical unit is factor, plus offset (temperatures), and tol how
 * loosely news uses it (units.csv).  False for a symbol r does not know. */
bool cc_recog_unit(const cc_recog *r, const char *symbol, double *factor,
                   double *offset, double *tol);

/* "2025-08-15T19:30Z" when CC_MF_UTC, else "" (40 bytes). */
void cc_mention_utc(const cc_mention *m, char *buf);

#endif
