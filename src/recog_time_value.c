/* recog_time_value.c - the value being built (S_tv) made a mention: its
 * TIMEX3 value, its interval in UTC and its flags (cc__time_finish); the
 * tense of a sentence and the year a date without one takes; the dates of
 * holidays (Easter, lunar tables).  recog_time_int.h lists the other
 * files. */
#include "recog_time_int.h"

/* S_tv_init kept out of line, for the parser drivers (S_BEST):
 * one call in place of some 26 moves at each of their thirty sites, so
 * their guards stay a few cache lines apart. */
void cc__time_tv_fresh(S_tv *tv) { *tv = S_tv0; }

/* Civil-day interval [lo, hi) of a resolved date; false when open. */
bool cc__time_tv_days(const S_tv *tv, int64_t *lo, int64_t *hi) {
  if (tv->y == S_NOYEAR)
    return false;
  int y = tv->y;
  switch (tv->gran) {
  case CC_G_MILLENNIUM:
    *lo = cc_days_from_civil(y, 1, 1);
    *hi = cc_days_from_civil(y + 1000, 1, 1);
    return true;
  case CC_G_CENTURY:
    *lo = cc_days_from_civil(y, 1, 1);
    *hi = cc_days_from_civil(y + 100, 1, 1);
    return true;
  case CC_G_DECADE:
    *lo = cc_days_from_civil(y, 1, 1);
    *hi = cc_days_from_civil(y + 10, 1, 1);
    return true;
  case CC_G_YEAR:
    *lo = cc_days_from_civil(y, 1, 1);
    *hi = cc_days_from_civil(y + 1, 1, 1);
    return true;
  case CC_G_HALF:
    *lo = cc_days_from_civil(y, (tv->n - 1) * 6 + 1, 1);
    *hi = cc_add_months(*lo, 6);
    return true;
  case CC_G_QUARTER:
    *lo = cc_days_from_civil(y, (tv->n - 1) * 3 + 1, 1);
    *hi = cc_add_months(*lo, 3);
    return true;
  case CC_G_SEASON:
    *lo = cc_days_from_civil(y, tv->a, 1);
    *hi = cc_add_months(*lo, tv->b);
    return true;
  case CC_G_MONTH:
    *lo = cc_days_from_civil(y, tv->m, 1);
    *hi = cc_add_months(*lo, 1);
    return true;
  case CC_G_WEEK:
    *lo = S_iso_week_monday(y, tv->n);
    *hi = *lo + 7;
    if (tv->code) { /* weekend: Saturday and Sunday */
      *lo += 5;
    }
    return true;
  default:
    if (tv->m < 1 || tv->d < 1)
      return false;
    *lo = cc_days_from_civil(y, tv->m, tv->d);
    *hi = *lo + 1;
    return true;
  }
}

/* The two digits of 0..99, at 2 * v. */
static const char S_d2[201] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";

/* The two digits of v (0..99) at p; returns p + 2. */
static inline char *S_put2(char *p, int v) {
  memcpy(p, S_d2 + 2 * v, 2);
#ifdef CC_RECOG_CHECK_INERT /* cc_put_uint's digits */
  char old[4];
  cc_put_uint(old, (unsigned)v, 2);
  if (v < 0 || v > 99 || memcmp(old, p, 2) != 0) {
    fprintf(stderr, "recog: two digits of %d\n", v);
    abort();
  }
#endif
  return p + 2;
}

/* The year y as a value writes it into buf (8 bytes): "XXXX" for none,
 * else four digits at least (cc_put_uint's padding), "-" before a year
 * up to 0; returns its length. */
static size_t S_ys(int y, char *buf) {
  if (y == S_NOYEAR) {
    memcpy(buf, "XXXX", 5);
    return 4;
  }
  if (y >= 1000 && y <= 9999) { /* most years: from the table */
    S_put2(S_put2(buf, y / 100), y % 100)[0] = '\0';
#ifdef CC_RECOG_CHECK_INERT /* cc_put_uint's digits */
    char old[8];
    *cc_put_uint(old, (unsigned)(y % 100000), 4) = '\0';
    if (strcmp(old, buf) != 0) {
      fprintf(stderr, "recog: year \"%s\" is \"%s\"\n", buf, old);
      abort();
    }
#endif
    return 4;
  }
  char *p = buf;
  if (y <= 0)
    *p++ = '-';
  p = cc_put_uint(p, (unsigned)(y <= 0 ? -y % 100000 : y % 100000), 4);
  *p = '\0';
  return (size_t)(p - buf);
}

/* "%s-%02d" and the like: '-' then v in two digits, when 0 <= v <= 99. */
/* snprintf(dst, cap, "%s%s%s", a, b, c) without printf's cost: the same
 * bytes, cut to cap - 1 (cap > 0; dst overlaps none of them). */
void cc__time_cat3(char *dst, size_t cap, const char *a, const char *b,
                   const char *c) {
  const char *part[3] = {a, b, c};
  size_t n = 0;
  for (int k = 0; k < 3; k++) {
    size_t m = strlen(part[k]);
    if (m > cap - 1 - n)
      m = cap - 1 - n;
    memcpy(dst + n, part[k], m);
    n += m;
  }
  dst[n] = '\0';
#ifdef CC_RECOG_CHECK_INERT /* the bytes snprintf writes */
  char old[128];
  if (cap <= sizeof old) {
    snprintf(old, cap, "%s%s%s", a, b, c);
    if (strcmp(old, dst) != 0) {
      fprintf(stderr, "recog: \"%s\" is \"%s\"\n", dst, old);
      abort();
    }
  }
#endif
}

/* '-' and v (0..99) in two digits at p; returns the end. */
static char *S_put_dash2(char *p, int v) {
  *p++ = '-';
  return S_put2(p, v);
}

/* TIMEX3 value of a date/time. */
void cc__time_tv_value(const S_tv *tv, char *out, size_t outsz) {
  char ys[8], dp[32] = "";
  size_t yl = S_ys(tv->y, ys);
  if (tv->y == S_NOYEAR && tv->gran <= CC_G_DECADE) { /* "this century" */
    snprintf(out, outsz, "%s",
             tv->gran == CC_G_DECADE    ? "XXX"
             : tv->gran == CC_G_CENTURY ? "XX"
                                        : "X");
    return;
  }
  switch (tv->gran) {
  case CC_G_MILLENNIUM:
    snprintf(dp, sizeof dp, "%d", tv->y / 1000);
    break;
  case CC_G_CENTURY:
    if (tv->y < 0)
      snprintf(dp, sizeof dp, "-%02d", (-tv->y + 1) / 100 % 100);
    else
      snprintf(dp, sizeof dp, "%02d", tv->y / 100 % 100);
    break;
  case CC_G_DECADE:
    snprintf(dp, sizeof dp, "%03d", tv->y / 10 % 1000);
    break;
  case CC_G_YEAR:
    memcpy(dp, ys, yl + 1);
    break;
  case CC_G_HALF: /* (n 0: "this half" with no date to say which) */
    if (tv->n > 0)
      snprintf(dp, sizeof dp, "%s-H%d", ys, tv->n);
    else
      snprintf(dp, sizeof dp, "%s-HX", ys);
    break;
  case CC_G_QUARTER:
    if (tv->n > 0)
      snprintf(dp, sizeof dp, "%s-Q%d", ys, tv->n);
    else
      snprintf(dp, sizeof dp, "%s-QX", ys);
    break;
  case CC_G_SEASON:
    snprintf(dp, sizeof dp, "%s-%s", ys, tv->code ? tv->code : "XX");
    break;
  case CC_G_MONTH:
    if (tv->m <= 0) /* "the end of the month" with no date to say which */
      snprintf(dp, sizeof dp, "%s-XX", ys);
    else if (tv->m % 100 >= 0) { /* without printf */
      memcpy(dp, ys, yl);
      *S_put_dash2(dp + yl, tv->m % 100) = '\0';
    } else {
      snprintf(dp, sizeof dp, "%s-%02d", ys, tv->m % 100);
    }
    break;
  case CC_G_WEEK:
    if (tv->y == S_NOYEAR) /* "XXXX-WXX%s" without printf */
      cc__time_cat3(dp, sizeof dp, "XXXX-WXX", tv->code ? "-WE" : "", "");
    else if (tv->n % 100 >= 0) { /* "%s-W%02d%s" */
      char w[5] = {'-', 'W', (char)('0' + tv->n % 100 / 10),
                   (char)('0' + tv->n % 10), '\0'};
      cc__time_cat3(dp, sizeof dp, ys, w, tv->code ? "-WE" : "");
    } else
      snprintf(dp, sizeof dp, "%s-W%02d%s", ys, tv->n % 100,
               tv->code ? "-WE" : "");
    break;
  default:
    if (tv->wd_open >= 0 && tv->wd_open <= 8) { /* "on Monday" */
      memcpy(dp, "XXXX-WXX-", 9); /* "XXXX-WXX-%d" without printf */
      dp[9] = (char)('1' + tv->wd_open);
      dp[10] = '\0';
#ifdef CC_RECOG_CHECK_INERT /* the bytes snprintf writes */
      char old[32];
      snprintf(old, sizeof old, "XXXX-WXX-%d", tv->wd_open + 1);
      if (strcmp(old, dp) != 0) {
        fprintf(stderr, "recog: \"%s\" is \"%s\"\n", dp, old);
        abort();
      }
#endif
    } else if (tv->wd_open >= 0)
      snprintf(dp, sizeof dp, "XXXX-WXX-%d", tv->wd_open + 1);
    else if (tv->m > 0 && tv->d > 0) { /* the common case, without printf */
      memcpy(dp, ys, yl);
      *S_put_dash2(S_put_dash2(dp + yl, tv->m % 100), tv->d % 100) = '\0';
    }
    else if (tv->m > 0)
      snprintf(dp, sizeof dp, "%s-%02d-XX", ys, tv->m % 100);
    else if (tv->d > 0)
      snprintf(dp, sizeof dp, "%s-XX-%02d", ys, tv->d % 100);
    else if (tv->gran == CC_G_DAY || tv->gran == CC_G_PART_OF_DAY)
      snprintf(dp, sizeof dp, "XXXX-XX-XX"); /* "yesterday", no date */
    break;
  }
  if (tv->gran == CC_G_PART_OF_DAY)
    cc__time_cat3(out, outsz, dp, "T", tv->code ? tv->code : "XX");
  else if (tv->hh >= 0 && tv->has_sec)
    snprintf(out, outsz, "%sT%02d:%02d:%02d", dp, tv->hh % 100, tv->mm % 100,
             tv->ss % 100);
  else if (tv->hh >= 0 && tv->mm % 100 >= 0 && strlen(dp) + 7 <= outsz) {
    size_t dl = strlen(dp); /* "%sT%02d:%02d" without printf */
    memcpy(out, dp, dl);
    char *p = out + dl;
    *p++ = 'T';
    p = S_put2(p, tv->hh % 100);
    *p++ = ':';
    *S_put2(p, tv->mm % 100) = '\0';
  } else if (tv->hh >= 0)
    snprintf(out, outsz, "%sT%02d:%02d", dp, tv->hh % 100, tv->mm % 100);
  else if (outsz > 0) { /* the date alone, cut to fit */
    size_t dl = strlen(dp);
    dl = dl < outsz ? dl : outsz - 1;
    memcpy(out, dp, dl);
    out[dl] = '\0';
  }
}

/* early / mid / late: the first, middle or last part of the interval.
 * Years split into four-month parts, months at the 10th and 20th, decades
 * and centuries into overlapping thirds; anything else into thirds. */
void cc__time_narrow(const S_tv *tv, double *lo, double *hi) {
  if (tv->qual_to > tv->qual && tv->qual >= CC_Q_EARLY &&
      tv->qual_to <= CC_Q_LATE) { /* "mid-to-late March": mid's start to
                                    * late's end */
    S_tv to = *tv;
    to.qual = tv->qual_to;
    to.qual_to = 0;
    double l2 = *lo, h2 = *hi;
    cc__time_narrow(&to, &l2, &h2);
    to.qual = tv->qual;
    cc__time_narrow(&to, lo, hi);
    *hi = h2;
    return;
  }
  int q = tv->qual;
  if (q != CC_Q_EARLY && q != CC_Q_MID && q != CC_Q_LATE)
    return;
  if (isnan(*lo) || isnan(*hi))
    return;
  int part = q == CC_Q_EARLY ? 0 : q == CC_Q_MID ? 1 : 2;
  int64_t l, h;
  switch (tv->gran) {
  case CC_G_YEAR:
    l = cc_days_from_civil(tv->y, 1 + 4 * part, 1);
    h = cc_add_months(l, 4);
    break;
  case CC_G_MONTH: {
    static const int from[3] = {1, 11, 21};
    l = cc_days_from_civil(tv->y, tv->m, from[part]);
    h = part == 2 ? cc_add_months(cc_days_from_civil(tv->y, tv->m, 1), 1)
                  : l + 10;
    break;
  }
  case CC_G_DECADE:
  case CC_G_CENTURY: {
    int span = tv->gran == CC_G_DECADE ? 10 : 100;
    static const int a10[3] = {0, 3, 6}, b10[3] = {4, 7, 10};
    static const int a100[3] = {0, 33, 66}, b100[3] = {34, 67, 100};
    const int *a = span == 10 ? a10 : a100, *b = span == 10 ? b10 : b100;
    l = cc_days_from_civil(tv->y + a[part], 1, 1);
    h = cc_days_from_civil(tv->y + b[part], 1, 1);
    break;
  }
  default: {
    double span = *hi - *lo;
    double nl = *lo + span * part / 3.0, nh = *lo + span * (part + 1) / 3.0;
    if (tv->code && strcmp(tv->code, "NI") == 0 && span > 6 * 3600.0) {
      /* a night's parts are told by its evening hours, not its small
       * hours: "late Friday night" is towards midnight (22:00-03:00 of a
       * 20:00-06:00 night), "early" its first hours; the small hours are
       * "the early hours of Saturday" */
      static const double a[3] = {0, 0.2, 0.2}, b[3] = {0.3, 0.6, 0.7};
      nl = *lo + span * a[part];
      nh = *lo + span * b[part];
    }
    if (tv->gran < CC_G_WEEK) {
      nl = floor(nl / CC_DAY + 0.5) * CC_DAY;
      nh = floor(nh / CC_DAY + 0.5) * CC_DAY;
    }
    *lo = nl;
    *hi = nh;
    return;
  }
  }
  *lo = (double)(l * CC_DAY);
  *hi = (double)(h * CC_DAY);
}

/* Zone and UTC of a time of day on a known date. */
/* The thread's last answer of cc_tz_local_to_utc for a zone the model
 * interned (own: its text is the zone's, and it is of the model of that
 * serial, never given twice) at a local time: a story's times are
 * mostly of one zone and one day. */
static _Thread_local struct {
  uint64_t serial;
  const char *own;
  int64_t local;
  int rc, off;
} S_off_last;

/* cc_tz_local_to_utc's answer and offset for zone at local (own: the
 * model's copy of zone, or NULL), from the thread's last answer where it
 * is of the same zone and time (the CC_RECOG_CHECK_INERT build asks again
 * and compares). */
static int S_local_off(const cc_time_model *tm, const char *zone,
                       const char *own, int64_t local, int *off) {
  int64_t utc;
  if (own && S_off_last.own == own && S_off_last.serial == tm->serial &&
      S_off_last.local == local) {
#ifdef CC_RECOG_CHECK_INERT
    int o2 = 0;
    int rc2 = cc_tz_local_to_utc(zone, local, &utc, &o2, NULL);
    if (rc2 != S_off_last.rc || (rc2 == 0 && o2 != S_off_last.off)) {
      fprintf(stderr, "recog: kept offset of %s differs\n", zone);
      abort();
    }
#endif
    *off = S_off_last.off;
    return S_off_last.rc;
  }
  int rc = cc_tz_local_to_utc(zone, local, &utc, off, NULL);
  if (own) {
    S_off_last.serial = tm->serial;
    S_off_last.own = own;
    S_off_last.local = local;
    S_off_last.rc = rc;
    S_off_last.off = rc == 0 ? *off : 0;
  }
  return rc;
}

static void S_tv_utc(const S_cur *c, const S_tv *tv, cc_mention *m) {
  bool dated = !isnan(m->lo);
  const char *zone = tv->zone;
  bool inferred = false;
  if (tv->zlocal || !tv->zstated) {
    zone = c->ctx ? c->ctx->zone : NULL;
    inferred = true;
  }
  if (tv->zstated)
    m->flags |= CC_MF_ZONE_STATED;
  if (tv->zstated && tv->zfixed && !tv->zlocal) {
    m->zone = tv->zone;
    m->utc_offset = tv->zoff;
    m->flags |= CC_MF_ZONE_FIXED;
  } else {
    if (!zone)
      return;
    const char *own = cc__time_zone_intern(c->tm, zone);
    if (!dated) { /* a zone's rule needs the date to give an offset */
      if (tv->zstated)
        m->zone = own ? own : zone;
      return;
    }
    int off;
    if (S_local_off(c->tm, zone, own, (int64_t)m->lo, &off) != 0)
      return;
    m->zone = own ? own : zone;
    m->utc_offset = off;
    if (inferred)
      m->flags |= CC_MF_ZONE_INFERRED |
                  (c->ctx && !c->ctx->zone_inferred ? CC_MF_ZONE_GIVEN : 0);
  }
  if (!dated) {
    if (tv->zstated && tv->zfixed && !tv->zlocal)
      m->flags |= CC_MF_OFFSET;
    return;
  }
  m->utc_lo = m->lo - m->utc_offset;
  m->utc_hi = m->hi - m->utc_offset;
  m->flags |= CC_MF_UTC;
}

/* A time range with no date to place it ("from 3pm to 4pm" in an article
 * without one): its value names both ends, "T15:00/T16:00", as a dated
 * one's does; the interval stays unknown.  An end past midnight on a
 * named day ("Friday from 10pm to 2am") would need the next day's name,
 * so that one keeps its start alone. */
static void S_trange_open(const S_tv *tv, cc_mention *m) {
  S_tv end = *tv;
  end.hh = tv->hh2;
  end.mm = tv->mm2;
  end.ss = 0;
  end.has_sec = false;
  end.trange = false;
  bool wraps = tv->hh2 * 60 + tv->mm2 <= tv->hh * 60 + tv->mm;
  if (tv->hh2 < 0 || (wraps && m->value[0] != 'T'))
    return;
  char v2[40];
  cc__time_tv_value(&end, v2, sizeof v2);
  size_t n = strlen(m->value);
  if (n + 1 + strlen(v2) < sizeof m->value) {
    snprintf(m->value + n, sizeof m->value - n, "/%s", v2);
    m->flags |= CC_MF_RANGE;
  }
}

void cc__time_finish(const S_cur *c, const S_tv *tv, cc_mention *m) {
  m->type = tv->type;
  m->gran = tv->gran;
  m->qual = tv->qual;
  m->open = tv->open;
  m->weekday = tv->weekday;
  m->flags |= tv->flags;
  m->anchor = tv->anchor;
  m->anchor_days = tv->anchor_days;
  m->anchor_mention = -1;
  m->pair = -1;
  m->lo = m->hi = m->utc_lo = m->utc_hi = NAN;
  if (tv->preset) {
    /* snprintf(m->value, sizeof m->value, "%s", tv->value), without its
     * cost at every mention: the value cut to fit (it always does) */
    const char *z = memchr(tv->value, 0, sizeof tv->value);
    size_t vn = z ? (size_t)(z - tv->value) : sizeof tv->value;
    if (vn > sizeof m->value - 1)
      vn = sizeof m->value - 1;
    memcpy(m->value, tv->value, vn);
    m->value[vn] = '\0';
#ifdef CC_RECOG_CHECK_INERT
    char old[sizeof m->value];
    snprintf(old, sizeof old, "%.*s", (int)sizeof tv->value, tv->value);
    if (strcmp(old, m->value) != 0) {
      fprintf(stderr, "recog: value \"%s\" is \"%s\"\n", m->value, old);
      abort();
    }
#endif
    m->lo = tv->lo;
    m->hi = tv->hi;
    return;
  }
  cc__time_tv_value(tv, m->value, sizeof m->value);
  if (tv->y2 != S_NOYEAR && tv->y != S_NOYEAR) { /* a range: "a/b" */
    S_tv end = *tv;
    end.y = tv->y2;
    end.m = tv->m2;
    end.d = tv->d2;
    char v2[40];
    cc__time_tv_value(&end, v2, sizeof v2);
    size_t n = strlen(m->value);
    snprintf(m->value + n, sizeof m->value - n, "/%s", v2);
    int64_t lo, hi, lo2, hi2;
    if (cc__time_tv_days(tv, &lo, &hi) && cc__time_tv_days(&end, &lo2, &hi2)) {
      m->lo = (double)(lo * CC_DAY);
      m->hi = (double)(hi2 * CC_DAY);
    }
    m->flags |= CC_MF_RANGE;
    return;
  }
  int64_t lo, hi;
  if (!cc__time_tv_days(tv, &lo, &hi)) {
    if (tv->trange && tv->hh >= 0)
      S_trange_open(tv, m);
    if (tv->hh >= 0) /* "11:30 a.m. (1900 GMT)" with no date: zones only */
      S_tv_utc(c, tv, m);
    return;
  }
  double l = (double)(lo * CC_DAY), h = (double)(hi * CC_DAY);
  if (tv->gran == CC_G_PART_OF_DAY) {
    h = l + tv->b * 3600.0;
    l += tv->a * 3600.0;
  } else if (tv->hh >= 0) {
    double day = l;
    l += tv->hh * 3600.0 + tv->mm * 60.0 + tv->ss;
    h = l + (tv->has_sec ? 1 : 60);
    if (tv->trange) { /* "from 9am to 5pm": [09:00, 17:00] */
      h = day + tv->hh2 * 3600.0 + tv->mm2 * 60.0;
      if (h <= l)
        h += CC_DAY; /* "10pm to 2am" */
      char end[24];
      cc_format_datetime((int64_t)h, end);
      size_t n = strlen(m->value);
      snprintf(m->value + n, sizeof m->value - n, "/%.20s", end);
      m->flags |= CC_MF_RANGE;
    }
  }
  cc__time_narrow(tv, &l, &h);
  if (tv->inpart && tv->anchor == CC_ANCHOR_DOC_DATE) {
    double doc = (double)(tv->anchor_days * CC_DAY);
    if (tv->inpart < 0 && doc + CC_DAY < h && doc + CC_DAY > l)
      h = doc + CC_DAY;
    else if (tv->inpart > 0 && doc > l && doc < h)
      l = doc;
  }
  m->lo = l;
  m->hi = h;
  if (tv->hh >= 0)
    S_tv_utc(c, tv, m);
}

/* ---- tense and resolution ----------------------------------------------- */

/* The cue at token i for cc__time_tense: a past or future word from the table,
 * a regular past tense ("-ed") or "'ll"; -1 past, +1 future, 0 none, 3 a
 * modal ("must", "needs to"; S_tense_at says when it counts). */
/* Is the "-ed" word at i a participle after a present form of "be",
 * "stay" or "remain" (an adverb in "-ly" may stand between): "Shops stay
 * closed until Friday", "the border is temporarily closed"?  Then it
 * tells no tense; a past auxiliary ("was closed") is a cue of its own. */
static bool S_participle(const S_cur *c, uint32_t i) {
  static const char *const aux[] = {"is",   "are",   "am",     "be",
                                    "been", "being", "stay",   "stays",
                                    "remain", "remains", NULL};
  uint32_t k = i;
  if (k > c->sb + 1) {
    const cc_token *t = S_tok(c, k - 1);
    if (t->norm_len > 4 && t->norm[t->norm_len - 2] == 'l' &&
        t->norm[t->norm_len - 1] == 'y')
      k--; /* "is temporarily closed" */
  }
  if (k <= c->sb)
    return false;
  return S_is_one_of(c, k - 1, aux);
}

/* Token i right after a determiner or a possessive: an adjective or a
 * noun ("a registered nurse", "the planned vote", "his plans"), no verb. */
static bool S_after_det(const S_cur *c, uint32_t i) {
  static const char *const det[] = {"a",    "an",    "the",   "his",  "her",
                                    "its",  "their", "our",   "your", "my",
                                    "this", "these", "those", "'s",   NULL};
  return i > c->sb && S_is_one_of(c, i - 1, det);
}

/* "plan" or "plans" at i as a noun ("approved the budget plan on March
 * 29", "rejected the plans on Thursday"), which tells no tense: after a
 * determiner; else the verb has "to" after it or a pronoun before it
 * ("plans to vote", "they plan a vote"), and plans "for" something lie
 * ahead ("told them not to make plans for Christmas"). */
static bool S_plan_noun(const S_cur *c, uint32_t i) {
  static const char *const subj[] = {"he",  "she",   "it",  "they", "we",
                                     "i",   "you",   "who", "also", "still",
                                     "now", "which", NULL};
  if (!S_is(c, i, "plan") && !S_is(c, i, "plans"))
    return false;
  if (S_after_det(c, i))
    return true; /* "criticized him over his plans to address Congress" */
  return !S_is(c, i + 1, "to") && !S_is(c, i + 1, "for") &&
         !(i > c->sb && S_is_one_of(c, i - 1, subj));
}

/* "next" at i before a day or a part of one: "the next day", "the next
 * morning" tell a story's order, not the future. */
static bool S_next_day(const S_cur *c, uint32_t i) {
  static const char *const day[] = {"day",     "morning", "afternoon",
                                    "evening", "night",   NULL};
  return S_is(c, i, "next") && S_is_one_of(c, i + 1, day);
}

/* "due to" at i meaning "because of": a determiner or a cause's word
 * after it ("cancelled due to fog on Tuesday", "due to the strike"), not
 * a verb ("due to vote on Tuesday"). */
static bool S_due_cause(const S_cur *c, uint32_t i) {
  static const char *const cause[] = {
      "the",   "a",       "an",     "his",      "her",       "its",
      "their", "our",     "this",   "that",     "bad",       "heavy",
      "poor",  "severe",  "high",   "low",      "strong",    "technical",
      "fog",   "rain",    "snow",   "ice",      "wind",      "winds",
      "storms", "weather", "flooding", "lack",  "concerns",  "problems",
      "issues", "illness", "injury", "delays",  "congestion", "safety",
      "security", "staff", "staffing", "industrial", "unforeseen", NULL};
  return S_is(c, i, "due") && S_is(c, i + 1, "to") &&
         S_is_one_of(c, i + 2, cause);
}

/* The "-ed" word at i the tail of a hyphenated compound before a noun:
 * an adjective ("old-fashioned sweets", "Iran-backed groups", "a
 * long-awaited vote"), no verb.  A verb's compound has an object or a
 * preposition after it ("fast-tracked the bill", "test-fired it on
 * Monday") or a verb's prefix ("re-elected", "co-founded"). */
static bool S_compound_adj(const S_cur *c, uint32_t i) {
  static const char *const prefix[] = {"re", "co", "pre", "de", "un", "e",
                                       "mis", "over", "under", "out", NULL};
  static const char *const fn[] = {
      "the",  "a",    "an",     "his",   "her",  "its",  "their", "our",
      "my",   "your", "him",    "them",  "it",   "us",   "me",    "this",
      "that", "these", "those", "on",    "in",   "at",   "by",    "to",
      "for",  "from", "with",   "into",  "after", "before", "last", "and",
      "or",   "but",  "as",     "off",   "up",   "down", "out",   "over",
      "through", "back", "away", "again", NULL};
  if (i < c->sb + 2 || i + 1 >= c->end || !S_p(c, i - 1, '-') ||
      !S_glued(c, i) || !S_glued(c, i - 1) ||
      !S_kind_is(c, i - 2, CC_TOK_WORD) || S_is_one_of(c, i - 2, prefix))
    return false;
  return S_kind_is(c, i + 1, CC_TOK_WORD) && !S_is_one_of(c, i + 1, fn);
}

int cc__time_tense_cue(const S_cur *c, uint32_t i) {
  uint32_t n;
  const S_sense *s = cc__time_phrase(c, i, S_M(S_K_TENSE), &n);
  int v = 0;
  if (s) {
    if (s->v == 3)
      return 3; /* a modal: S_tense_at */
    v = s->v;
    if (v < 0 && n == 1 && S_participle(c, i))
      v = 0; /* "the summit is held every year", "will be held in June" */
    else if (v == 1 && n == 1 &&
             (S_plan_noun(c, i) || S_next_day(c, i) || S_due_cause(c, i)))
      v = 0; /* "unveiled a plan on Monday": the verb tells */
  } else if (S_kind_is(c, i, CC_TOK_WORD)) {
    const cc_token *t = S_tok(c, i);
    const char *w = t->norm;
    size_t len = t->norm_len;
    bool lower = !(t->flags & CC_TF_CAP) || (t->flags & CC_TF_SENT_START);
    /* the tails compared as strcmp would, byte by byte (w[len] ends the
     * token's text, as strcmp reads it) */
    if (len >= 5 && lower && w[len - 2] == 'e' && w[len - 1] == 'd' &&
        !w[len] && w[len - 3] != 'e' && !S_is(c, i, "hundred") &&
        !S_participle(c, i) && !S_after_det(c, i) && !S_compound_adj(c, i))
      v = -1; /* a regular past tense ("a registered nurse": no verb) */
    else if (len >= 4 && w[len - 3] == '\'' && w[len - 2] == 'l' &&
             w[len - 1] == 'l' && !w[len])
      v = 1;
  }
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/* The cue at token i outside the date [b, e): a modal after the date
 * counts only in the date's own clause ("talks on Monday should not go
 * ahead"; not "hinted on Tuesday that he might quit"). */
static int S_tense_at(const S_cur *c, uint32_t i, uint32_t b, uint32_t e) {
  static const char *const clause[] = {
      "that", "which", "who", "if",    "when",     "because", "as",
      "while", "although", "but", "and", "whether", NULL};
  int v = cc__time_tense_cue(c, i);
  if (v != 3)
    return v;
  if (i < b)
    return 1;
  for (uint32_t k = e; k < i; k++)
    if (S_p(c, k, ',') || S_p(c, k, ';') || S_is_one_of(c, k, clause))
      return 0;
  return 1;
}

#ifdef CC_RECOG_CHECK_INERT
/* cc__time_tense's cue around [b, e) as it was found before: every token of
 * [lo, hi) outside [b, e), the nearest cue, the earlier one on a tie. */
static int S_tense_scan(const S_cur *c, uint32_t b, uint32_t e, uint32_t lo,
                        uint32_t hi) {
  int best = 0;
  uint32_t bestd = UINT32_MAX;
  for (uint32_t i = lo; i < hi; i++) {
    if (i >= b && i < e)
      continue;
    uint32_t d = i < b ? b - i : i - e + 1;
    if (d >= bestd)
      continue;
    int v = S_tense_at(c, i, b, e); /* the order of the scan differs */
    if (v) {
      best = v;
      bestd = d;
    }
  }
  return best;
}
#endif

/* Is the weekday at b in the phrase of an infinitive whose governing
 * verb is past: "forced the airline to cancel 1,200 flights on Monday",
 * "asked residents to leave on Friday"?  The day is then the one of the
 * past verb's time, whatever the sentence says after it ("..., and more
 * are expected").  The "to" within eight tokens before b and in its
 * clause, before a lower-case word that is no determiner ("to the", "to
 * Paris" are places), not after "not" ("told them not to travel on
 * Friday": ahead), and the nearest cue among the six tokens before it
 * past.  Weekdays only: a holiday or month there is often a purpose
 * ("told lawmakers to make plans for Christmas"). */
bool cc__time_past_infinitive(const S_cur *c, uint32_t b) {
  static const char *const det[] = {"the",   "a",     "an",    "his",
                                    "her",   "its",   "their", "our",
                                    "this",  "that",  "these", "those",
                                    "my",    "your",  NULL};
  uint32_t lo = b > c->sb + 8 ? b - 8 : c->sb, k = b;
  while (k > lo && !S_is(c, k - 1, "to")) {
    if (S_kind_is(c, k - 1, CC_TOK_PUNCT))
      return false;
    k--;
  }
  if (k <= lo || k >= b || !S_kind_is(c, k, CC_TOK_WORD) || S_cap(c, k) ||
      S_is_one_of(c, k, det))
    return false;
  uint32_t to = k - 1, glo = to > c->sb + 6 ? to - 6 : c->sb;
  if (to > c->sb && S_is(c, to - 1, "not"))
    return false;
  for (uint32_t m = to; m > glo; m--) {
    if (S_kind_is(c, m - 1, CC_TOK_PUNCT))
      return false;
    int v = cc__time_tense_cue(c, m - 1);
    if (v)
      return v < 0;
  }
  return false;
}

/* Tense of the clause around tokens [b, e): the nearest cue within a few
 * tokens (a past or future word from the table, "-ed" verbs, "'ll").
 * -1 past, +1 future, 0 unknown. */
static const char *const S_sched[] = {"set", "slated", "scheduled", NULL};
static const char *const S_past_be[] = {"was", "were", NULL};

/* A plan phrase at i told in the past: "was" or "were" among the three
 * tokens before it ("were originally scheduled to be held before
 * Thanksgiving but were delayed", "was going to"): the plan may have
 * passed, so the phrase does not make the date future; the nearest cue
 * decides. */
static bool S_past_plan(const S_cur *c, uint32_t i) {
  for (uint32_t k = i > c->sb + 3 ? i - 3 : c->sb; k < i; k++)
    if (S_is_one_of(c, k, S_past_be))
      return true;
  return false;
}

int cc__time_tense(const S_cur *c, uint32_t b, uint32_t e) {
  /* "has been missing since Thursday", "the first rise since April": a
   * start before now, whatever the verb */
  if (b > c->sb && S_is(c, b - 1, "since"))
    return -1;
  /* "bought air time ahead of the Jan. 3 caucuses": the date lies after
   * the verb's time, so the verb's tense does not place it */
  uint32_t a = b > c->sb && S_is(c, b - 1, "the") ? b - 1 : b;
  if (a >= c->sb + 2 && S_is(c, a - 1, "of") && S_is(c, a - 2, "ahead"))
    return 0;
  /* "was set for June 28", "were scheduled for May 3": a plan reported
   * in the past, for a day on either side of the document date; no tense
   * (the nearest) */
  if (a >= c->sb + 3 && S_is(c, a - 1, "for") &&
      S_is_one_of(c, a - 2, S_sched) && S_is_one_of(c, a - 3, S_past_be))
    return 0;
  /* a future auxiliary shortly before governs its participle: "will be
   * held on March 3" */
  for (uint32_t i = b > c->sb + 6 ? b - 6 : c->sb; i < b; i++) {
    uint32_t n;
    const S_sense *s = cc__time_phrase(c, i, S_M(S_K_TENSE), &n);
    if (s && (s->v > 1 || (s->v > 0 && n > 1 && !S_past_plan(c, i))))
      return 1;
    const char *w = S_w(c, i);
    size_t len = strlen(w);
    if (len >= 4 && w[len - 3] == '\'' && w[len - 2] == 'l' &&
        w[len - 1] == 'l') /* strcmp(w + len - 3, "'ll") == 0 */
      return 1;
  }
  uint32_t lo = b > c->sb + 12 ? b - 12 : c->sb;
  uint32_t hi = e + 12 < c->end ? e + 12 : c->end;
  /* nearest first, the token before ahead of the one after at the same
   * distance: the first cue is the answer (S_tense_scan's, which reads
   * every token; the inert build compares) */
  uint32_t nb = b - lo, na = hi > e ? hi - e : 0;
  int best = 0;
  for (uint32_t d = 1; !best && (d <= nb || d <= na); d++) {
    if (d <= nb)
      best = S_tense_at(c, b - d, b, e);
    if (!best && d <= na)
      best = S_tense_at(c, e + d - 1, b, e);
  }
#ifdef CC_RECOG_CHECK_INERT
  if (best != S_tense_scan(c, b, e, lo, hi)) {
    fprintf(stderr, "recog: tense at \"%s\" differs\n", S_w(c, b));
    abort();
  }
#endif
  return best;
}

/* Choose among candidate instants [lo, hi) (civil days) the one nearest the
 * document date in the direction of the tense: past = the latest that has
 * started by the document date, future = the earliest that has not ended,
 * none = the nearest (ties go to the past). */
int cc__time_pick(int64_t doc, const int64_t *lo, const int64_t *hi, int n,
                  int tense) {
  int best = -1;
  if (tense < 0) {
    for (int k = 0; k < n; k++)
      if (lo[k] <= doc && (best < 0 || lo[k] > lo[best]))
        best = k;
  } else if (tense > 0) {
    for (int k = 0; k < n; k++)
      if (hi[k] > doc && (best < 0 || lo[k] < lo[best]))
        best = k;
  }
  if (best >= 0)
    return best;
  /* no tense: the one under way, else the past one unless the future one
   * is much nearer (news mostly reports what happened) */
  int past = -1, fut = -1;
  for (int k = 0; k < n; k++) {
    if (lo[k] <= doc && doc < hi[k])
      return k;
    if (hi[k] <= doc && (past < 0 || lo[k] > lo[past]))
      past = k;
    if (lo[k] > doc && (fut < 0 || lo[k] < lo[fut]))
      fut = k;
  }
  if (past >= 0 && fut >= 0)
    return (lo[fut] - doc) * 2 < doc - hi[past] + 1 ? fut : past;
  if (past >= 0 || fut >= 0)
    return past >= 0 ? past : fut;
  int64_t bd = INT64_MAX;
  for (int k = 0; k < n; k++) {
    int64_t d = doc < lo[k] ? lo[k] - doc : doc >= hi[k] ? doc - hi[k] + 1 : 0;
    if (d < bd || (d == bd && best >= 0 && lo[k] < lo[best])) {
      bd = d;
      best = k;
    }
  }
  return best;
}

/* The one of n spans [lo, hi) under way at doc where the spans are in
 * order and apart (a date in consecutive years), or -1: that span is
 * cc__time_pick's answer whatever the tense (the past's latest start at or
 * before doc, the future's first end after it, no tense's span under
 * way), so cc__time_infer_year need not read the tense (cc__time_tense reads
 * the sentence: some 1,800 instructions).  The CC_RECOG_CHECK_INERT build asks
 * cc__time_pick with the tense and compares. */
int cc__time_pick_under_way(int64_t doc, const int64_t *lo, const int64_t *hi,
                            int n) {
  int u = -1;
  for (int k = 0; k < n; k++) {
    if (lo[k] >= hi[k] || (k > 0 && hi[k - 1] > lo[k]))
      return -1; /* empty, or not in order and apart */
    if (lo[k] <= doc && doc < hi[k])
      u = k;
  }
  return u;
}

/* Give tv (a date without a year: month, day, season or quarter) the year
 * nearest the document date that the tense implies. */
/* "on" before the weekday at b, after a present verb of the calendar
 * (temporal.csv kind calendar), maybe with a time between: "the holiday
 * falls on Saturday", "the vote is on Thursday", "the offer ends at
 * 23:59 on Sunday".  A calendar says what lies ahead: the day is today's
 * or the next, where the sentence has no tense cue ("after sharp falls on
 * Monday" in a past sentence stays the last).  Weekdays only: a date
 * with its month is placed in the year nearest the publication date,
 * days of one list alike ("is on 22 and 23 June"). */
bool cc__time_calendar_on(const S_cur *c, uint32_t b) {
  if (b < c->sb + 2 || !S_is(c, b - 1, "on"))
    return false;
  uint32_t lo = b > c->sb + 6 ? b - 6 : c->sb;
  for (uint32_t k = b - 1; k > lo; k--) {
    if (S_kind_is(c, k - 1, CC_TOK_WORD) &&
        cc__time_calendar_verb(c->tm, S_w(c, k - 1)))
      return true;
    if (!S_kind_is(c, k - 1, CC_TOK_NUM) && !S_is(c, k - 1, "at") &&
        !(S_kinds_at(c, k - 1) & (S_M(S_K_ZONE) | S_M(S_K_AMPM) |
                                  S_M(S_K_CLOCK) | S_M(S_K_OCLOCK))))
      return false; /* (over a time: "at 23:59", "at 9pm GMT") */
  }
  return false;
}

/* A present verb of the calendar ends at k: one of temporal.csv ("starts",
 * "is", "ends"), or "takes place", "is held" ("held" alone after "is"
 * tells no tense: S_participle). */
static bool S_calendar_before(const S_cur *c, uint32_t k) {
  static const char *const aux[] = {"takes", "take", "is", "are", NULL};
  if (cc__time_calendar_verb(c->tm, S_w(c, k - 1)))
    return true;
  return k - 1 > c->sb && (S_is(c, k - 1, "place") || S_is(c, k - 1, "held")) &&
         S_is_one_of(c, k - 2, aux);
}

/* The tense for a date without its year at [b, e): the sentence's
 * (cc__time_tense), else ahead after "by", "until" or "till" ("by March",
 * "until the end of June": a deadline), else none. */
int cc__time_infer_tense(const S_cur *c, uint32_t b, uint32_t e) {
  int t = cc__time_tense(c, b, e);
  if (t)
    return t;
  /* over a modifier read around the date: "by the end of March", "until
   * early June", "by mid-2018" (at most four tokens) */
  static const char *const mod[] = {"the",    "end",  "start", "beginning",
                                    "middle", "of",   "early", "late",
                                    "mid",    "-",    NULL};
  uint32_t p = b;
  for (int n = 0; n < 4 && p > c->sb && S_is_one_of(c, p - 1, mod); n++)
    p--;
  if (p <= c->sb)
    return 0;
  if (S_is(c, p - 1, "by"))
    return 1;
  /* a present verb of the calendar right before "in" or "on": "the
   * season starts in August", "the vote is on March 3", "the offer ends
   * on 1 May" tell a schedule, the next such date (no other cue around:
   * a past one, "the fair opened on 3 May", was read above).  Not the
   * first of a list or a range ("is on 22 and 23 June": the days of one
   * list take one year, the later day's read without the verb) */
  static const char *const join[] = {"and", "or", "to", "-", "until",
                                     "till", "through", "&", NULL};
  if (p - 1 > c->sb && (S_is(c, p - 1, "in") || S_is(c, p - 1, "on")) &&
      S_kind_is(c, p - 2, CC_TOK_WORD) && S_calendar_before(c, p - 1) &&
      !(e < c->end && (S_is_one_of(c, e, join) ||
                       (S_p(c, e, ',') && e + 1 < c->end &&
                        S_kind_is(c, e + 1, CC_TOK_NUM)))))
    return 1;
  /* "until" joins the ends of a range ("from 3 until 12 September"): a
   * deadline only after a word that ends no date ("closed until June") */
  int m;
  cc_numparse np;
  return (S_is(c, p - 1, "until") || S_is(c, p - 1, "till")) &&
                 p - 1 > c->sb && S_kind_is(c, p - 2, CC_TOK_WORD) &&
                 !S_month(c, p - 2, &m, NULL) &&
                 !S_word1(c, p - 2, S_K_WEEKDAY) && !S_num(c, p - 2, &np)
             ? 1
             : 0;
}

/* A day at b that names an event or a limit rather than when the verb
 * happened: after a determiner ("the June 19 vote", "his own Dec. 27
 * debate"), "of" ("a deadline of May 1") or "through" ("open through
 * Feb. 15").  ("arrived on the second of August" is the verb's day.) */
static bool S_day_named(const S_cur *c, uint32_t b) {
  static const char *const lead[] = {"the",     "a",     "an",  "his", "her",
                                     "its",     "their", "own", "'s",  "of",
                                     "through", "thru",  NULL};
  return b > c->sb && S_is_one_of(c, b - 1, lead);
}

/* Such a day without its year that the tense placed a year away from the
 * document date, where the other year's is within weeks of it: that one
 * ("were pushing to delay the June 19 vote" written on June 13; "signed
 * a bill to fund it through Feb. 15").  News gives the year of a day
 * that far off.  Candidate k of n; the one to take. */
static int S_near_day(int64_t doc, const int64_t *lo, const int64_t *hi, int n,
                      int k) {
  for (int j = 0; j < n; j++) {
    if (doc - lo[k] >= 300 && lo[j] > doc && lo[j] - doc <= 45)
      return j; /* past far, the coming one near */
    if (lo[k] - doc >= 300 && hi[j] <= doc && doc - lo[j] <= 14)
      return j; /* ahead far, the one just over near */
  }
  return k;
}

/* A day the past tense placed a year back, where this year's falls on the
 * day after the document date: this year's ("were killed on Tuesday, Feb.
 * 18" in a story dated Feb. 17).  A dateline's zone or a story written
 * overnight puts a past day one after the publication date; a year back
 * is never meant there.  Days only (a month or a season after the
 * document date in a past sentence is last year's; weekdays go by
 * cc__time_pick alone: "was killed on Wednesday" written on a Tuesday is
 * last week's).  Candidate k of n; the one to take. */
static int S_past_next_day(int64_t doc, const int64_t *lo, int n, int k) {
  for (int j = 0; j < n; j++)
    if (lo[j] == doc + 1)
      return j;
  return k;
}

void cc__time_infer_year(const S_cur *c, S_tv *tv, uint32_t b, uint32_t e) {
  int64_t doc = 0;
  if (tv->y != S_NOYEAR || !S_doc(c, &doc))
    return;
  int y0 = cc_civil_from_days(doc).y;
  int64_t lo[3], hi[3];
  int ys[3], n = 0;
  /* each year tried in tv itself (cc__time_tv_days only reads it), not in a
   * copy of the whole value; tv->y is S_NOYEAR again after */
  bool ok = true;
  for (int y = y0 - 1; y <= y0 + 1 && ok; y++) {
    if (tv->gran == CC_G_DAY && !cc_date_valid(y, tv->m, tv->d))
      continue; /* February 29 */
    tv->y = y;
    ok = cc__time_tv_days(tv, &lo[n], &hi[n]);
    if (ok)
      ys[n++] = y;
  }
  tv->y = S_NOYEAR;
  if (!ok || n == 0)
    return;
  int k = cc__time_pick_under_way(doc, lo, hi, n);
  if (k < 0) {
    int t = cc__time_infer_tense(c, b, e);
    k = cc__time_pick(doc, lo, hi, n, t);
    if (t < 0 && tv->gran == CC_G_DAY)
      k = S_past_next_day(doc, lo, n, k);
  }
#ifdef CC_RECOG_CHECK_INERT
  else if (cc__time_pick(doc, lo, hi, n, cc__time_infer_tense(c, b, e)) != k) {
    fprintf(stderr, "recog: cc__time_pick_under_way at \"%s\"\n", S_w(c, b));
    abort();
  }
#endif
  if (tv->gran == CC_G_DAY && S_day_named(c, b))
    k = S_near_day(doc, lo, hi, n, k);
  tv->y = ys[k];
  if (tv->y2 == S_NOYEAR && (tv->m2 || tv->d2))
    tv->y2 = tv->y;
  tv->flags |= CC_MF_YEAR_INFERRED | CC_MF_RELATIVE;
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
}

/* The date of weekday wd: shift -1 last, 0 this (same ISO week), +1 next,
 * 2 plain ("on Friday": by tense, else the nearest). */
int64_t cc__time_weekday_date(int64_t doc, int wd, int shift, int tense) {
  int diff = wd - cc_weekday(doc); /* -6 .. 6 */
  switch (shift) {
  case -1:
    return doc + (diff >= 0 ? diff - 7 : diff);
  case 0:
    return doc + diff;
  case 1:
    return doc + (diff <= 0 ? diff + 7 : diff);
  default:
    if (tense < 0)
      return doc + (diff > 0 ? diff - 7 : diff);
    if (tense > 0)
      return doc + (diff < 0 ? diff + 7 : diff);
    if (diff > 3)
      diff -= 7;
    else if (diff < -3)
      diff += 7;
    return doc + diff;
  }
}

/* Orthodox Easter Sunday (Meeus's Julian algorithm), as civil days: the
 * Julian calendar's date, moved to the Gregorian one (13 days from 1900
 * to 2099). */
static int64_t S_orthodox_easter(int y) {
  int a = y % 4, b = y % 7, c = y % 19;
  int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int m = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  return cc_days_from_civil(y, m, day) + (y / 100 - y / 400 - 2);
}

/* Western Easter Sunday (Meeus/Jones/Butcher), as civil days. */
static int64_t S_easter(int y) {
  int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return cc_days_from_civil(y, month, day);
}

/* Date of a holiday rule in year y; false on a bad rule. */
bool cc__time_holiday_date(const cc_time_model *tm, const S_sense *s, int y,
                           int64_t *days, int *ndays) {
  const char *r = s->s;
  int a, b, wd, k = 0;
  char tail;
  *ndays = s->v; /* (holidays.csv's days; a table's rows have their own) */
  if (!strncmp(r, "table:", 6)) { /* the year's row, if listed */
    for (int i = s->a; i < s->a + s->b; i++)
      if (tm->lunar[i].year == y) {
        *days = tm->lunar[i].start;
        *ndays = tm->lunar[i].days;
        return true;
      }
    return false;
  }
  if (sscanf(r, "%2d-%2d%c", &a, &b, &tail) == 2) {
    *days = cc_days_from_civil(y, a, b);
    return true;
  }
  if (strncmp(r, "easter", 6) == 0 && sscanf(r + 6, "%d", &k) == 1) {
    *days = S_easter(y) + k;
    return true;
  }
  if (strncmp(r, "oeaster", 7) == 0 && sscanf(r + 7, "%d", &k) == 1) {
    *days = S_orthodox_easter(y) + k;
    return true;
  }
  int n = sscanf(r, "%d/%d/%d%d", &a, &b, &wd, &k);
  if (n < 3)
    return false;
  if (n == 3)
    k = 0;
  int64_t first = cc_days_from_civil(y, a, 1);
  int64_t d;
  if (b > 0) {
    d = first + (wd - cc_weekday(first) + 7) % 7 + (int64_t)(b - 1) * 7;
  } else {
    int64_t last = first + cc_days_in_month(y, a) - 1;
    d = last - (cc_weekday(last) - wd + 7) % 7;
  }
  *days = d + k;
  return true;
}
