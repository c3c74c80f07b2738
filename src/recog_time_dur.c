/* recog_time_dur.c - durations ("three hours", "one hour and thirty
 * minutes"), offsets from a date ("three days later", "two weeks ago"),
 * sets ("every Monday", "twice a year", "every day at 9am"), references
 * ("now", "recently") and modifiers ("early June", "about 3pm", "the same
 * day").  recog_time_int.h lists the other files. */
#include "recog_time_int.h"

/* ---- durations
 * ---------------------------------------------------------------- */

static const double S_unit_secs[7] = {31556952.0, 2629746.0, 604800.0, 86400.0,
                                      3600.0,     60.0,      1.0};

static uint8_t S_unit_gran(const S_sense *u) {
  switch (u->v) {
  case 0:
    return u->a >= 1000  ? CC_G_MILLENNIUM
           : u->a >= 100 ? CC_G_CENTURY
           : u->a >= 10  ? CC_G_DECADE
                         : CC_G_YEAR;
  case 1:
    return u->a == 3 ? CC_G_QUARTER : CC_G_MONTH;
  case 2:
    return CC_G_WEEK;
  case 3:
    return CC_G_DAY;
  case 4:
    return CC_G_HOUR;
  case 5:
    return CC_G_MINUTE;
  default:
    return CC_G_SECOND;
  }
}

/* A fraction of a decade or more is as precise as the years it makes:
 * "a quarter of a century" is 25 years, to the year (a century's
 * granularity made "the first in a quarter of a century" any year of
 * 1901-2051); "half a century" is 50, to the decade. */
static uint8_t S_frac_gran(double count, const S_sense *u) {
  if (u->v != 0 || u->a < 10 || !(count > 0 && count < 1))
    return S_unit_gran(u);
  double y = count * u->a;
  if (y != floor(y))
    return CC_G_YEAR;
  return fmod(y, 100) == 0 ? CC_G_CENTURY
         : fmod(y, 10) == 0 ? CC_G_DECADE
                            : CC_G_YEAR;
}

/* ISO 8601 duration of count units ("PT7H", "P10Y", "PT1.5H", "PXY"). */
static void S_dur_str(char *buf, size_t n, double count, int unit, bool vague) {
  char num[32];
  /* less than one unit in whole smaller units: "half an hour" PT30M, "a
   * quarter of an hour" PT15M, "half a day" PT12H, "half a year" P6M */
  static const int lower[7] = {1, -1, 3, 4, 5, 6, -1};
  static const double times[7] = {12, 0, 7, 24, 60, 60, 0};
  if (!vague && count > 0 && count < 1 && lower[unit] >= 0 &&
      fabs(count * times[unit] - round(count * times[unit])) < 1e-9) {
    count = round(count * times[unit]);
    unit = lower[unit];
  }
  if (vague)
    memcpy(num, "X", 2);
  else if (count == floor(count) && count >= 0 && !signbit(count) &&
           count < 1e12) /* "%.0f" of a whole count, without printf */
    *cc_put_uint(num, (unsigned long long)count, 1) = '\0';
  else if (count == floor(count) && fabs(count) < 1e12)
    snprintf(num, sizeof num, "%.0f", count);
  else {
    snprintf(num, sizeof num, "%.6g", count);
    if (strchr(num, 'e') && fabs(count) < 1) /* ISO 8601 has no exponent */
      cc_put_fraction(num, sizeof num, count);
  }
  /* "P", "T" before a time unit, the count and the designator, as
   * snprintf(buf, n, "P%s%s%s", ...) wrote them (cut to n - 1 bytes), but
   * without printf: a duration is formatted at every match */
  static const char des[7] = {'Y', 'M', 'W', 'D', 'H', 'M', 'S'};
  char out[sizeof num + 3];
  size_t len = 0, nl = strlen(num);
  out[len++] = 'P';
  if (unit >= 4)
    out[len++] = 'T';
  memcpy(out + len, num, nl);
  len += nl;
  out[len++] = des[unit];
  if (n) {
    size_t k = len < n - 1 ? len : n - 1;
    memcpy(buf, out, k);
    buf[k] = '\0';
  }
#ifdef CC_RECOG_CHECK_INERT /* the same bytes as snprintf */
  static const char *const dess[7] = {"Y", "M", "W", "D", "H", "M", "S"};
  char old[64];
  size_t on = n < sizeof old ? n : sizeof old;
  if (on) {
    snprintf(old, on, "P%s%s%s", unit >= 4 ? "T" : "", num, dess[unit]);
    if (strcmp(old, buf) != 0) {
      fprintf(stderr, "recog: duration \"%s\" is \"%s\"\n", buf, old);
      abort();
    }
  }
#endif
}

/* ISO 8601 duration of several parts (Y M W D H MIN S): "PT1H30M",
 * "P3Y6M", "P2DT4H". */
static void S_dur_parts(char *buf, size_t n, const double parts[7]) {
  static const char *const des[7] = {"Y", "M", "W", "D", "H", "M", "S"};
  size_t len = (size_t)snprintf(buf, n, "P");
  for (int u = 0; u < 7 && len < n; u++) {
    if (parts[u] == 0)
      continue;
    if (u >= 4 && !strchr(buf, 'T'))
      len += (size_t)snprintf(buf + len, n - len, "T");
    if (len < n)
      len += (size_t)snprintf(buf + len, n - len, "%.6g%s", parts[u], des[u]);
  }
}

/* A plural unit word right after a bare "couple": "couple weeks" counts
 * two, but "the couple" with no unit after it is two people. */
static bool S_couple_unit(const S_cur *c, uint32_t j) {
  return j < c->end && S_word1(c, j, S_K_UNIT) && S_plural_word(c, j);
}

/* The count before a unit: a number expression (number model), "a"/"an",
 * "half a", or a vague word ("recent", "many"). */
static uint32_t S_count_at_run(const S_cur *c, uint32_t i, S_count *k) {
  memset(k, 0, sizeof *k);
  if (S_is(c, i, "half") && (S_is(c, i + 1, "a") || S_is(c, i + 1, "an"))) {
    k->val = k->lo = k->hi = 0.5;
    return i + 2;
  }
  cc_numparse np;
  if (S_num(c, i, &np) && !(np.flags & CC_NP_ORDINAL)) {
    if (S_kind_is(c, i, CC_TOK_NUM) && S_w(c, i)[0] == '0' &&
        S_dig(S_w(c, i)[1]))
      return 0; /* "0800 hours" is a clock time */
    for (uint32_t t = i; t < np.tok_end; t++) { /* "10% year-on-year" */
      const cc_token *tk = S_tok(c, t);
      if (tk->kind == CC_TOK_SYM || tk->norm[tk->norm_len - 1] == '%' ||
          S_is(c, t, "percent") || S_is(c, t, "cent")) /* (t < c->end) */
        return 0;
    }
    k->val = np.value;
    k->lo = np.lo;
    k->hi = np.hi;
    k->qual = np.qual;
    k->vague = (np.flags & CC_NP_VAGUE) != 0;
    k->range = (np.flags & CC_NP_RANGE) != 0;
    k->article = (np.flags & CC_NP_ARTICLE) != 0;
    if (isnan(k->lo) || (k->lo == 0 && k->hi == 0 && k->val != 0))
      k->lo = k->hi = k->val; /* a model that leaves the interval empty */
    if ((np.flags & CC_NP_FRACTION) && np.value < 1 &&
        S_is(c, np.tok_end, "of") &&
        (S_is(c, np.tok_end + 1, "a") || S_is(c, np.tok_end + 1, "an"))) {
      k->article = false; /* "a quarter of an hour", "three quarters of a" */
      return np.tok_end + 2;
    }
    if (np.value == 0.5 && np.tok_end > i + 1 &&
        S_is(c, np.tok_end - 1, "half") &&
        (S_is(c, np.tok_end, "a") || S_is(c, np.tok_end, "an"))) {
      k->article = false; /* "about half an hour": the qualifier's count */
      return np.tok_end + 1;
    }
    return np.tok_end;
  }
  if (S_is(c, i, "quarter") && S_is(c, i + 1, "of") &&
      (S_is(c, i + 2, "a") || S_is(c, i + 2, "an"))) { /* "quarter of an" */
    k->val = k->lo = k->hi = 0.25;
    return i + 3;
  }
  if ((S_is(c, i, "a") || S_is(c, i, "an")) && S_is(c, i + 1, "half")) {
    k->val = k->lo = k->hi = 0.5;
    return i + 2;
  }
  if (S_is(c, i, "a") || S_is(c, i, "an")) {
    k->val = k->lo = k->hi = 1;
    k->article = true;
    return i + 1;
  }
  if (S_is(c, i, "couple")) { /* (its vague row only makes it a start) */
    if (!S_couple_unit(c, i + 1))
      return 0; /* "the couple day trips" */
    k->val = k->lo = k->hi = 2; /* "the next couple weeks" (no "of") */
    return i + 1;
  }
  const S_sense *v = S_word1(c, i, S_K_VAGUE);
  if (v) {
    k->vague = true;
    k->lo = v->a;
    k->hi = v->b ? v->b : INFINITY;
    return i + 1;
  }
  return 0;
}

/* S_count_at_run through the memo: *k is wholly its answer for token i. */
uint32_t cc__time_count_at(const S_cur *c, uint32_t i, S_count *k) {
  if (!c->tmemo || i >= c->end)
    return S_count_at_run(c, i, k);
  S_count_slot *s = &c->tmemo->count[i & (S_MEMO_TOKS - 1)];
  if (s->gen != c->tmemo->gen || s->i != i) {
    s->e = S_count_at_run(c, i, &s->k);
    s->gen = c->tmemo->gen;
    s->i = i;
  }
  *k = s->k;
  return s->e;
}

/* A unit after a count: "hours", "-year", "24h" (attached). */
static const S_sense *S_unit_at(const S_cur *c, uint32_t j, uint32_t *e) {
  uint32_t uj = j;
  if (S_p(c, uj, '-') && S_glued(c, uj) && S_glued(c, uj + 1))
    uj++;
  const S_sense *u = S_word1(c, uj, S_K_UNIT);
  if (!u)
    return NULL;
  if (S_tok(c, uj)->norm_len == 1 &&
      !(uj == j && S_is(c, uj, "h") && !S_cap(c, uj) && uj > c->sb &&
        S_kind_is(c, uj - 1, CC_TOK_NUM) &&
        (uj + 1 >= c->end || S_p(c, uj + 1, '.') || S_p(c, uj + 1, ',') ||
         S_p(c, uj + 1, ';') || S_p(c, uj + 1, ')'))))
    return NULL; /* "y", "h" only attached; "for 3 h." spaced at a clause
                  * end after digits, lower case ("3 H" is a name) */
  *e = uj + 1;
  return u;
}

/* "days" after "working", "business" or "trading" at j: the day unit
 * (S_workdays reads the count), its end in *e; NULL otherwise. */
static const S_sense *S_workdays_at(const S_cur *c, uint32_t j, uint32_t *e) {
  const S_sense *u = S_unit_at(c, j, e);
  return u && u->v == 3 && u->a == 1 && *e == j + 1 ? u : NULL;
}

/* "10 working days", "five business days", "the past three trading
 * days": a length of N working days, "P10D" (ISO 8601 has no working
 * day), whose calendar length runs from N days and the weekends inside
 * them when counted from a Monday, N + 2 * floor((N - 1) / 5), to N + 2 *
 * ceil(N / 5) days (from the day after a Friday: "within 10 working days"
 * of a Friday ends 14 days on); a qualifier widens the count first
 * ("about 10": 9 to 11).  A whole count of one to 500, no range; not a
 * date ("10 working days ago" is no one day). */
static bool S_workdays(const S_count *k, S_tv *tv) {
  if (k->vague || k->range || k->val < 1 || k->val > 500 ||
      k->val != floor(k->val))
    return false;
  double lo = k->lo >= 1 ? floor(k->lo) : 0, hi = ceil(k->hi);
  S_dur_str(tv->value, sizeof tv->value, k->val, 3, false);
  tv->type = CC_M_DURATION;
  tv->gran = CC_G_DAY;
  tv->qual = k->qual;
  tv->preset = true;
  tv->lo = (lo + (lo >= 1 ? 2 * floor((lo - 1) / 5) : 0)) * CC_DAY;
  tv->hi = isinf(hi) ? hi : (hi + 2 * ceil(hi / 5)) * CC_DAY;
  return true;
}

/* Turn "N units ago/later" into a date; returns the end or 0. */
/* day moved by sign * n units (0 years, 1 months, 2 weeks, 3 days);
 * other units leave it where it is. */
int64_t cc__time_shift_day(int64_t day, int unit, int sign, double n) {
  switch (unit) {
  case 0:
    return cc_add_months(day, sign * (int)lround(n * 12));
  case 1:
    return cc_add_months(day, sign * (int)lround(n));
  case 2:
    return day + sign * (int64_t)lround(n * 7);
  case 3:
    return day + sign * (int64_t)lround(n);
  default:
    return day;
  }
}

/* A whole count of days, weeks, months or years (k, u) before (sign -1)
 * or after a day named at j: "two weeks before Christmas", "three days
 * after 12 March".  That day, as precise as the day named; 0 when no day
 * of a known year begins at j. */
static uint32_t S_offset_date(S_cur *c, uint32_t j, const S_count *k,
                              const S_sense *u, int sign, S_tv *tv) {
  double cnt = k->val * u->a;
  /* "more than two weeks before today": the bound of an open interval
   * (cc_mention.open); other qualifiers make no single day */
  bool more = k->qual == CC_Q_MORE_THAN || k->qual == CC_Q_AT_LEAST;
  if (c->depth || k->vague || k->range || (k->qual && !more) || u->v > 3 ||
      cnt < 1 || cnt != floor(cnt))
    return 0;
  S_tv d;
  S_tv_init(&d);
  c->depth++;
  uint32_t de = cc__time_p_date_core(c, j, &d);
  c->depth--;
  if (!de || d.type != CC_M_DATE || d.gran != CC_G_DAY ||
      d.y == S_NOYEAR || d.y2 != S_NOYEAR || d.preset)
    return 0;
  int64_t day =
      cc__time_shift_day(cc_days_from_civil(d.y, d.m, d.d), u->v, sign, cnt);
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  tv->qual = CC_Q_NONE;
  tv->open = !more ? CC_Q_NONE : sign < 0 ? CC_Q_BEFORE : CC_Q_AFTER;
  tv->flags |= CC_MF_RELATIVE;
  S_set_day(tv, day);
  return de;
}

/* A range goes on at token j: "to", "until", "till", "through" or a
 * hyphen. */
static bool S_span_goes_on(const S_cur *c, uint32_t j) {
  return S_is(c, j, "to") || S_is(c, j, "until") || S_is(c, j, "till") ||
         S_is(c, j, "through") || S_p(c, j, '-');
}

static uint32_t S_offset(S_cur *c, uint32_t i, uint32_t e, const S_count *k,
                         const S_sense *u, S_tv *tv) {
  uint32_t on;
  const S_sense *o = cc__time_phrase(c, e, S_M(S_K_OFFSET), &on);
  if (!o && S_is(c, e, "from") &&
      (S_is(c, e + 1, "today") || S_is(c, e + 1, "tomorrow") ||
       S_is(c, e + 1, "yesterday")))
    return S_offset_date(c, e + 1, k, u, 1, tv); /* "three weeks from
                                                   * tomorrow" */
  uint32_t de;
  if (!o && S_is(c, e, "from") && !(i > c->sb && S_is(c, i - 1, "for")) &&
      (de = S_offset_date(c, e + 1, k, u, 1, tv)) && !S_span_goes_on(c, de))
    return de; /* "3 days from Tuesday", "2 weeks from January 15"; not
                * "for three weeks from 1 May", "two weeks from 1 May to
                * 15 May": a span that starts there */
  if (!o)
    return 0;
  bool prep = S_is(c, e, "before") || S_is(c, e, "after");
  if (prep && !S_clause_end(c, e + on)) /* "two days before the vote" is a
                                         * duration, "two weeks before
                                         * Christmas" a date */
    return S_offset_date(c, e + on, k, u, o->v, tv);
  uint32_t end = e + on;
  int sign = o->v;
  double cnt = k->val * u->a;
  tv->type = CC_M_DATE;
  tv->gran = S_unit_gran(u);
  if (tv->gran < CC_G_YEAR)
    tv->gran = CC_G_YEAR;
  if (tv->gran > CC_G_DAY)
    tv->gran = CC_G_DAY;
  if (tv->gran == CC_G_QUARTER)
    tv->gran = CC_G_MONTH;
  tv->qual =
      k->qual == CC_Q_APPROX || k->qual == CC_Q_NEARLY ? k->qual : CC_Q_NONE;
  tv->flags |= CC_MF_RELATIVE;
  int64_t doc = 0;
  if (k->vague) { /* "several years ago" */
    tv->preset = true;
    tv->flags |= CC_MF_REF;
    tv->gran = CC_G_NONE;
    snprintf(tv->value, sizeof tv->value, "%s",
             sign < 0 ? "PAST_REF" : "FUTURE_REF");
    if (S_doc(c, &doc)) {
      tv->anchor = CC_ANCHOR_DOC_DATE;
      tv->anchor_days = doc;
      tv->lo = sign < 0 ? -INFINITY : (double)((doc + 1) * CC_DAY);
      tv->hi = sign < 0 ? (double)(doc * CC_DAY) : INFINITY;
    }
    return end;
  }
  if (o->flag && !S_doc(c, &doc)) { /* "two years ago", no date */
    tv->preset = true;
    tv->flags |= CC_MF_UNRESOLVED;
    snprintf(tv->value, sizeof tv->value, "%s",
             tv->gran <= CC_G_YEAR   ? "XXXX"
             : tv->gran == CC_G_WEEK ? "XXXX-WXX"
             : tv->gran < CC_G_WEEK  ? "XXXX-XX"
                                     : "XXXX-XX-XX");
    return end;
  }
  if (!o->flag) { /* from the previous date mention: resolved by the driver */
    char d[32];
    S_dur_str(d, sizeof d, cnt, u->v, false);
    tv->preset = true;
    cc__time_cat3(tv->value, sizeof tv->value, sign < 0 ? "-" : "+", d, "");
    tv->flags |= CC_MF_UNRESOLVED;
    tv->anchor = CC_ANCHOR_MENTION;
    return end;
  }

  double secs = cnt * S_unit_secs[u->v];
  if (u->v > 3 && secs >= 86400 && secs < 400 * 86400.0) {
    /* "26 hours ago", "36 hours ago": a day or more of hours, minutes or
     * seconds moves off the publication day, to the days that long
     * before (or after) some time of it: [doc - s, doc + 1 day - s) */
    double a = (double)doc + sign * secs / 86400;
    int64_t d0 = (int64_t)floor(a), d1 = (int64_t)ceil(a + 1) - 1;
    if (d1 > d0)
      S_set_day_range(tv, d0, d1);
    else
      S_set_day(tv, d0);
    tv->anchor = CC_ANCHOR_DOC_DATE;
    tv->anchor_days = doc;
    return end;
  }
  int64_t day = cc__time_shift_day(doc, u->v, sign, cnt);
  uint8_t g = tv->gran;
  if (g == CC_G_WEEK)
    S_set_week(tv, day);
  else
    S_set_day(tv, day);
  tv->gran = g == CC_G_WEEK ? CC_G_WEEK : g;
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
  (void)i;
  return end;
}

/* "will vote in three weeks": with a future verb, "in" and a whole count
 * of years, months, weeks or days at i is that long after the
 * publication date, as precise as the unit ("in six months" a month).
 * Without one it stays a duration ("done in three weeks"). */
static bool S_in_future(S_cur *c, uint32_t i, uint32_t e, const S_count *k,
                        const S_sense *u, S_tv *tv) {
  int64_t doc = 0;
  double cnt = k->val * u->a;
  if (i <= c->sb || !S_is(c, i - 1, "in") || k->vague || k->range ||
      u->v > 3 || cnt < 1 || cnt != floor(cnt) || !S_doc(c, &doc))
    return false;
  /* "the first time in eight years", "the highest in a decade": elapsed
   * time, whatever the verb */
  if (i >= c->sb + 2) {
    const char *w = S_w(c, i - 2);
    size_t n = strlen(w);
    if (S_is(c, i - 2, "time") || S_is(c, i - 2, "first") ||
        S_is(c, i - 2, "once") || (n > 4 && !strcmp(w + n - 3, "est")))
      return false;
  }
  /* a future auxiliary before "in", in the same clause: "will vote in two
   * weeks", "are due in two years", "is set to close in six months" (not
   * "expected" or "planned": "nobody expected a deal in one day"); or
   * "time" after the unit's possessive, which says it is ahead: "in a
   * month's time", "in ten years' time" */
  bool fut = (S_is(c, e, "'s") || (S_p(c, e, '\'') && S_glued(c, e))) &&
             S_is(c, e + 1, "time");
  for (uint32_t t = i - 1; t > c->sb && t + 8 >= i && !fut; t--) {
    uint32_t n;
    const S_sense *s = cc__time_phrase(c, t - 1, S_M(S_K_TENSE), &n);
    if ((s && s->v < 0 && cc__time_tense_cue(c, t - 1) < 0) ||
        S_p(c, t - 1, ',') || S_p(c, t - 1, ';'))
      return false; /* (not a participle: "will be held in a month") */
    fut = (s && (s->v > 1 || (s->v > 0 && (n > 1 || S_is(c, t - 1, "due") ||
                                          S_is(c, t - 1, "scheduled"))))) ||
          (cc__time_tense_cue(c, t - 1) > 0 && strstr(S_w(c, t - 1), "'ll"));
  }
  if (!fut)
    return false;
  uint8_t g = S_unit_gran(u);
  if (g < CC_G_YEAR)
    g = CC_G_YEAR;
  if (g == CC_G_QUARTER)
    g = CC_G_MONTH;
  int64_t day = cc__time_shift_day(doc, u->v, 1, cnt);
  if (g == CC_G_WEEK)
    S_set_week(tv, day);
  else
    S_set_day(tv, day);
  tv->gran = g;
  tv->qual = k->qual == CC_Q_APPROX || k->qual == CC_Q_NEARLY ? k->qual
                                                               : CC_Q_NONE;
  tv->flags |= CC_MF_RELATIVE;
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
  return true;
}

/* A compound length of years, months, weeks and days (parts, by unit)
 * before "ago" at e: the date that long before the publication date, as
 * precise as its smallest unit ("two years and three months ago" is a
 * month; with hours or less in it, a day).  The token after "ago", or 0
 * (no "ago", a day or more of hours, no date). */
static uint32_t S_compound_ago(const S_cur *c, uint32_t e,
                               const double parts[7], S_tv *tv) {
  int64_t doc;
  /* hours, minutes and seconds under a day in all ("3 days 2 hours ago",
   * "5 hours 20 minutes ago"): a day, as "3 hours ago" is today */
  double sub = parts[4] * 3600 + parts[5] * 60 + parts[6];
  if (!S_is(c, e, "ago") || sub >= 86400 || !S_doc(c, &doc))
    return 0;
  int64_t day = doc;
  int last = 0;
  for (int v = 0; v <= 3; v++)
    if (parts[v]) {
      day = cc__time_shift_day(day, v, -1, parts[v]);
      last = v;
    }
  if (sub)
    last = 3;
  static const uint8_t grans[] = {CC_G_YEAR, CC_G_MONTH, CC_G_WEEK, CC_G_DAY};
  tv->type = CC_M_DATE;
  tv->flags |= CC_MF_RELATIVE;
  if (grans[last] == CC_G_WEEK)
    S_set_week(tv, day);
  else
    S_set_day(tv, day);
  tv->gran = grans[last];
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
  return e + 1;
}

/* "last" at j is the verb: after "to" or an auxiliary ("expected to last
 * six weeks", "could last years", "will not last long"). */
static bool S_last_verb(const S_cur *c, uint32_t j) {
  static const char *const aux[] = {"to",    "will",   "would", "could",
                                    "can",   "may",    "might", "should",
                                    "must",  "did",    "does",  "do",
                                    "not",   "won't",  "'ll",   NULL};
  return S_is(c, j, "last") && j > c->sb && S_is_one_of(c, j - 1, aux);
}

/* A count spaced from a singular unit that a hyphen joins to another
 * word, the compound or the word after it plural ("two quarter-finals",
 * "three day-long workshops", "two week-long events"): the count is of
 * the compound's things, not of the unit.  A singular after it is the
 * length ("the two hour-long collection", "the 10 year-old boy"), as
 * after "a"/"an" ("a two hour-long meeting"), and "-olds" is an age
 * ("10 year-olds"); "three month-old lambs" are three.  ue is the unit's
 * token; the count an article ("a year-on-year"): false. */
static bool S_hyphen_compound(const S_cur *c, uint32_t i, uint32_t ue,
                              const S_count *k) {
  if (k->article || !S_p(c, ue + 1, '-') || S_glued(c, ue) ||
      !S_glued(c, ue + 1) || !S_glued(c, ue + 2) ||
      !S_kind_is(c, ue + 2, CC_TOK_WORD) || S_is(c, ue + 2, "olds"))
    return false;
  const char *w = S_w(c, ue), *x = S_w(c, ue + 2);
  if (w[strlen(w) - 1] == 's')
    return false;
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  if (j > c->sb && (S_is(c, j - 1, "a") || S_is(c, j - 1, "an")))
    return false;
  if (x[strlen(x) - 1] == 's') /* "quarter-finals" */
    return true;
  if (!S_kind_is(c, ue + 3, CC_TOK_WORD) || S_glued(c, ue + 3))
    return false;
  const char *y = S_w(c, ue + 3);
  size_t yn = strlen(y);
  return yn > 3 && y[yn - 1] == 's' && y[yn - 2] != 's';
}

/* Is the word at j a plural ("months", "weeks")? */
static bool S_plural_unit(const S_cur *c, uint32_t j) {
  const char *w = S_w(c, j);
  size_t n = strlen(w);
  return n > 3 && w[n - 1] == 's';
}

/* "seven hours", "six to seven hours", "a decade", "three-year-long",
 * "over 20 years", "the past three months", "24h", "for years", and with
 * "ago"/"later" a date. */
uint32_t cc__time_p_duration(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = i, e = 0;
  bool the = S_is(c, j, "the"), implicit = false;
  if (the)
    j++;
  int rel = 0;
  uint32_t n;
  const S_sense *sh = cc__time_phrase(c, j, S_M(S_K_SHIFT), &n);
  if (sh && S_last_verb(c, j))
    return 0; /* "is expected to last six weeks": the length after it */
  if (sh && sh->v != 0 && !S_is(c, j, "following")) {
    rel = sh->v;
    j += n;
  }
  /* "the previous year", "the next day" are dates (cc__time_p_the_rel); "the
   * past week", "the coming weeks" durations */
  const S_sense *hu = S_word1(c, j, S_K_UNIT);
  bool implicit_ok =
      rel && (S_is(c, j - n, "past") || S_is(c, j - n, "last") ||
              S_is(c, j - n, "coming") || S_is(c, j - n, "upcoming") ||
              (S_is(c, j - n, "next") && hu &&
               (hu->v >= 4 || (hu->v == 2 && hu->a == 2) ||
                (the && S_plural_unit(c, j)))));
  /* (next hour, next fortnight; "the next months" as "the coming
   * months": no date has a plural unit) */
  S_count k;
  const S_sense *u = NULL;
  uint32_t ce = cc__time_count_at(c, j, &k);
  bool workdays = false;
  if (ce) {
    u = S_unit_at(c, ce, &e);
    if (!u && S_word1(c, ce, S_K_FILLER)) /* "five full years" */
      u = S_unit_at(c, ce + 1, &e);
    if (!u && (S_is(c, ce, "working") || S_is(c, ce, "business") ||
               S_is(c, ce, "trading")))
      workdays = (u = S_workdays_at(c, ce + 1, &e)) != NULL;
  }
  /* "One day, he will return": "some day", no length */
  if (u && i == c->sb && j == i && e == i + 2 && S_is(c, i, "one") &&
      S_is(c, i + 1, "day") && S_p(c, e, ','))
    return 0;
  if (!u && S_kind_is(c, j, CC_TOK_NUM)) { /* "24h", "30min" */
    const char *w = S_w(c, j);
    size_t p = 0;
    while (S_dig(w[p]) || w[p] == '.')
      p++;
    if (p > 0 && w[p] && S_dig(w[0])) {
      S_entry *en = NULL;
      HASH_FIND_STR(c->tm->words, w + p, en);
      for (const S_sense *x = en ? en->senses : NULL; x && !u; x = x->next)
        if (x->kind == S_K_UNIT)
          u = x;
      if (u) {
        memset(&k, 0, sizeof k);
        k.val = k.lo = k.hi = strtod(w, NULL);
        e = j + 1;
      }
    }
  }
  bool bare_ok = !rel && i > c->sb &&
                 (S_is(c, i - 1, "for") || S_is(c, i - 1, "within") ||
                  S_is(c, i - 1, "over"));
  if (!rel && !the && hu && S_is(c, j + 1, "ago") &&
      S_w(c, j)[strlen(S_w(c, j)) - 1] == 's')
    bare_ok = true; /* "years ago", "decades ago" */
  if (!u && (implicit_ok || bare_ok)) {
    /* "the coming weeks", "the past week", "for years" */
    u = S_word1(c, j, S_K_UNIT);
    if (!u || S_tok(c, j)->norm_len <= 2)
      return 0;
    memset(&k, 0, sizeof k);
    const char *w = S_w(c, j);
    bool plural = w[strlen(w) - 1] == 's';
    if (!plural && !the)
      return 0; /* "last week" is a date */
    if (!plural && !rel)
      return 0;
    k.val = k.lo = k.hi = 1;
    k.vague = plural;
    if (plural) {
      k.lo = 1;
      k.hi = INFINITY;
    }
    implicit = true;
    e = j + 1;
  }
  if (!u || (rel && k.qual))
    return 0; /* "last more than a few days" is a verb */
  if (ce && e == ce + 1 && S_hyphen_compound(c, i, ce, &k))
    return 0; /* "two quarter-finals", "three day-long workshops" */
  const char *uw = S_w(c, e - 1);
  if (k.article && (!strcmp(uw, "second") || !strcmp(uw, "quarter")))
    return 0; /* "a second term", "a quarter of" */
  if (the && !rel && !ce)
    return 0;
  (void)implicit;
  /* "an hour and a half" */
  if (S_is(c, e, "and") && S_is(c, e + 1, "a") && S_is(c, e + 2, "half") &&
      !k.vague && !k.range) {
    k.val += 0.5;
    k.lo += 0.5;
    k.hi += 0.5;
    e += 3;
  }
  /* "one hour and thirty minutes", "3 years 6 months": smaller units */
  double parts[7] = {0}, extra = 0;
  bool compound = false;
  if (!k.vague && !k.range) {
    int last = u->v;
    parts[u->v] = k.val * u->a;
    /* a list with commas ("2 years, 3 months and 4 days") joins only if
     * it ends with "and" or ends the clause: "10 years, 5 days a week" is
     * two things; the state before its first comma is kept to go back to */
    double parts0[7], extra0 = 0;
    uint32_t e0 = 0;
    int last0 = 0;
    bool comma = false, by_and = false;
    for (int t = 0; t < 3; t++) {
      bool c1 = S_p(c, e, ',') && e + 1 < c->end;
      uint32_t q = c1 ? e + 1 : e, e2, ee;
      bool a1 = S_is(c, q, "and");
      q += a1;
      S_count k2;
      const S_sense *u2;
      /* "2h 30m": after hours, digits glued to "m" are minutes, not
       * millions */
      const char *mw = q < c->end ? S_w(c, q) : "";
      int mv = -1;
      if (S_dig(mw[0]) && mw[1] == 'm' && !mw[2])
        mv = mw[0] - '0';
      else if (S_dig(mw[0]) && S_dig(mw[1]) && mw[2] == 'm' && !mw[3])
        mv = (mw[0] - '0') * 10 + (mw[1] - '0');
      if (last == 4 && !c1 && mv >= 0 && mv < 60 &&
          S_kind_is(c, q, CC_TOK_NUM)) {
        parts[5] += mv;
        extra += mv * S_unit_secs[5];
        last = 5;
        e = q + 1;
        compound = true;
        continue;
      }
      /* a smaller unit ends a count at q (one token or more), at or after
       * q + 1: no unit after q (S_unit_after), no count is read there
       * ("three hours and neither"); the inert build reads it and checks */
#ifndef CC_RECOG_CHECK_INERT
      if (q + 1 >= c->end || !S_unit_after(c, q + 1))
        break;
#endif
      if (!(e2 = cc__time_count_at(c, q, &k2)) || k2.vague || k2.range ||
          k2.qual || !(u2 = S_unit_at(c, e2, &ee)) || u2->v <= last)
        break;
      /* "for the last 3 months and 2 days ago they...": a part after
       * "and" that is a date of its own, not a part of the span */
      if (rel && a1 && (S_is(c, ee, "ago") || S_is(c, ee, "later") ||
                        S_is(c, ee, "earlier")))
        break;
#ifdef CC_RECOG_CHECK_INERT
      if (!S_unit_after(c, q + 1)) {
        fprintf(stderr, "recog: compound unit at \"%s\" S_unit_after misses\n",
                S_w(c, q));
        abort();
      }
#endif
      if (c1 && !comma) {
        memcpy(parts0, parts, sizeof parts);
        extra0 = extra;
        e0 = e;
        last0 = last;
        comma = true;
      }
      parts[u2->v] += k2.val * u2->a;
      extra += k2.val * u2->a * S_unit_secs[u2->v];
      last = u2->v;
      e = ee;
      compound = true;
      by_and = a1;
    }
    /* without "and" the list must end the clause: "2 years, 3 months." */
    if (comma && !by_and && e < c->end && !S_kind_is(c, e, CC_TOK_PUNCT)) {
      memcpy(parts, parts0, sizeof parts);
      extra = extra0;
      e = e0;
      compound = last0 != u->v; /* a part joined before the comma */
    }
  }
  /* "a day or two", "an hour or two" */
  S_count k3;
  uint32_t e3;
  if (!compound && !k.vague && !k.range && !k.qual && S_is(c, e, "or") &&
      (e3 = cc__time_count_at(c, e + 1, &k3)) && !k3.vague && !k3.range &&
      !k3.article && !k3.qual && k3.val > k.val && k3.val <= 10 * k.val + 10) {
    uint32_t ue;
    const S_sense *u3 = S_unit_at(c, e3, &ue);
    if (!u3 || (u3->v == u->v && u3->a == u->a)) { /* "a week or two weeks" */
      k.lo = k.val;
      k.hi = k3.val;
      k.range = true;
      e = u3 ? ue : e3;
    }
  }
  if (S_p(c, e, '-') && S_glued(c, e) &&
      (S_is(c, e + 1, "long") || S_is(c, e + 1, "old")))
    e += 2;
  else if (S_is(c, e, "long") && !S_is(c, e + 1, "as"))
    e += 1;
  /* a match from here on (S_offset's, or the duration's): a fresh value,
   * which nothing above reads or writes (S_mention_at passes none) */
  S_tv_init(tv);
  if (workdays)
    return S_workdays(&k, tv) ? e : 0;
  if (!rel && !the && !compound) {
    uint32_t oe = S_offset(c, i, e, &k, u, tv);
    if (oe)
      return oe;
    if (S_in_future(c, i, e, &k, u, tv))
      return e;
  }
  double secs = S_unit_secs[u->v] * u->a;
  uint32_t ae;
  if (compound && !rel && !the && (ae = S_compound_ago(c, e, parts, tv)))
    return ae;
  if (compound) {
    tv->type = CC_M_DURATION;
    /* as precise as its last part: "two hours, five minutes and 12
     * seconds" is to the second, not "about 2.1 hours" */
    tv->gran = S_unit_gran(u);
    for (int v = 6; v > u->v; v--)
      if (parts[v] != 0) {
        static const uint8_t fine[7] = {CC_G_YEAR, CC_G_MONTH, CC_G_WEEK,
                                        CC_G_DAY,  CC_G_HOUR,  CC_G_MINUTE,
                                        CC_G_SECOND};
        tv->gran = fine[v];
        break;
      }
    tv->qual = k.qual;
    tv->preset = true;
    S_dur_parts(tv->value, sizeof tv->value, parts);
    tv->lo = k.lo * secs + extra;
    tv->hi = k.hi * secs + extra;
    return e;
  }
  tv->type = CC_M_DURATION;
  tv->gran = S_frac_gran(k.val, u);
  tv->qual = k.qual;
  tv->preset = true;
  if (k.range) {
    char a[24], b[24];
    S_dur_str(a, sizeof a, k.lo * u->a, u->v, false);
    S_dur_str(b, sizeof b, k.hi * u->a, u->v, false);
    snprintf(tv->value, sizeof tv->value, "%.19s/%.19s", a, b);
    tv->flags |= CC_MF_RANGE;
  } else {
    S_dur_str(tv->value, sizeof tv->value, k.val * u->a, u->v, k.vague);
  }
  tv->lo = k.lo * secs;
  tv->hi = k.hi * secs;
  return e;
}

/* Before hours, minutes and seconds with no fraction, a word that makes
 * them a performance, not a clock: "won in 2:07:41", "a record of",
 * "clocked", or a bracket after a name ("Kiprop (2:06:13)").  A clock
 * time takes "at" ("at 14:46:18") or a zone after it. */
bool cc__time_race_before(const S_cur *c, uint32_t i) {
  static const char *const words[] = {"in",    "of",       "clocked",
                                      "clocks", "clocking", "timed",
                                      NULL};
  if (i <= c->sb)
    return false;
  return S_is_one_of(c, i - 1, words) ||
         (S_p(c, i - 1, '(') && i - 1 > c->sb && S_cap(c, i - 2));
}

/* A race time, minutes and seconds with hundredths ("won in 7:39.89",
 * "3:46.04"), hours before them too ("2:05:37.5"): a duration.  The
 * fraction of a second is what tells it from a clock time; with none,
 * hours and the word before (cc__time_race_before) do. */
uint32_t cc__time_p_race_time(S_cur *c, uint32_t i, S_tv *tv) {
  const char *w = S_w(c, i);
  int f[3], nf = 0;
  for (;;) {
    int v = 0, nd = 0;
    while (S_dig(*w) && nd < 3)
      v = v * 10 + (*w++ - '0'), nd++;
    if (!nd || (nf && nd != 2) || (nf && v >= 60))
      return 0;
    f[nf++] = v;
    if (*w != ':')
      break;
    if (nf == 3)
      return 0;
    w++;
  }
  if (nf == 3 && !*w && f[0] < 100 && cc__time_race_before(c, i))
    w = ".0"; /* "in 2:07:41": whole seconds */
  else if (nf < 2 || *w != '.' || !S_dig(w[1]))
    return 0;
  double frac = strtod(w, NULL);
  for (const char *p = w + 1; *p; p++)
    if (!S_dig(*p) || p - w > 3)
      return 0;
  double parts[7] = {0};
  if (nf == 3)
    parts[4] = f[0];
  parts[5] = f[nf - 2];
  parts[6] = f[nf - 1] + frac;
  tv->type = CC_M_DURATION;
  tv->gran = CC_G_SECOND;
  tv->preset = true;
  S_dur_parts(tv->value, sizeof tv->value, parts);
  tv->lo = tv->hi = parts[4] * 3600 + parts[5] * 60 + parts[6];
  return i + 1;
}

/* "the whole day", "the entire week", "all day", "all year": one unit. */
uint32_t cc__time_p_whole(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  if (!S_word1(c, j, S_K_WHOLE) || (j > i) == S_is(c, j, "all"))
    return 0;
  /* "the whole summer", "all winter long": that season, a date ("all
   * fall" is a verb: "shares all fall") */
  if (S_word1(c, j + 1, S_K_SEASON) && !S_is(c, j + 1, "fall")) {
    uint32_t e = cc__time_p_season(c, j + 1, tv);
    return e && S_is(c, e, "long") ? e + 1 : e;
  }
  const S_sense *u = S_word1(c, j + 1, S_K_UNIT);
  const char *w = S_w(c, j + 1);
  if (!u || S_tok(c, j + 1)->norm_len < 3 || w[strlen(w) - 1] == 's' ||
      u->v > 3 || S_p(c, j + 2, '-'))
    return 0; /* "all day-care centres" */
  tv->type = CC_M_DURATION;
  tv->gran = S_unit_gran(u);
  tv->preset = true;
  S_dur_str(tv->value, sizeof tv->value, u->a, u->v, false);
  tv->lo = tv->hi = S_unit_secs[u->v] * u->a;
  return S_is(c, j + 2, "long") ? j + 3 : j + 2; /* "all day long" */
}

/* ---- sets --------------------------------------------------------------- */

static double S_period_secs(const char *v) {
  /* "P1W", "PT1H", "P2W" */
  const char *p = v + 1;
  bool t = *p == 'T';
  if (t)
    p++;
  double n = strtod(p, (char **)&p);
  switch (*p) {
  case 'Y':
    return n * S_unit_secs[0];
  case 'M':
    return n * (t ? 60.0 : S_unit_secs[1]);
  case 'W':
    return n * S_unit_secs[2];
  case 'D':
    return n * S_unit_secs[3];
  case 'H':
    return n * 3600.0;
  default:
    return n;
  }
}

/* "every week", "daily", "every other day", "each Monday", "twice a
 * year", "every two years". */
static uint32_t S_p_set(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t n, j;
  const S_sense *s;
  tv->type = CC_M_SET;
  tv->preset = true;
  if ((s = cc__time_phrase(c, i, S_M(S_K_SET), &n)) && s->s &&
      !S_name_like(c, i)) {
    snprintf(tv->value, sizeof tv->value, "%s", s->s);
    tv->lo = tv->hi = S_period_secs(s->s);
    return i + n;
  }
  const char *w = S_w(c, i);
  if ((s = S_word1(c, i, S_K_WEEKEND)) && w[strlen(w) - 1] == 's' &&
      i > c->sb && (S_is(c, i - 1, "on") || S_is(c, i - 1, "at"))) {
    snprintf(tv->value, sizeof tv->value, "XXXX-WXX-%s", s->s); /* weekends */
    tv->lo = tv->hi = S_unit_secs[2];
    tv->gran = CC_G_WEEK;
    return i + 1;
  }
  double cnt = 1;
  bool vague = false;
  const S_sense *inner = NULL; /* "days" of "2 days each week" */
  if (S_word1(c, i, S_K_EVERY)) {
    j = i + 1;
    S_count k;
    uint32_t e;
    if (S_is(c, j, "other")) {
      cnt = 2;
      j++;
    } else if ((e = cc__time_count_at(c, j, &k)) && !k.range && !k.article &&
               (k.vague || k.val >= 1)) {
      cnt = k.vague ? 1 : k.val;
      vague = k.vague;
      j = e;
    }
  } else {
    /* once / twice / N times + a|per|every + period */
    const S_sense *f = S_word1(c, i, S_K_FREQ);
    S_count k;
    uint32_t e, ue;
    if (f && f->v > 0)
      j = i + 1;
    else if ((e = cc__time_count_at(c, i, &k)) && !k.vague &&
             S_word1(c, e, S_K_FREQ))
      j = e + 1;
    else if (e && !k.vague && !k.range && (inner = S_unit_at(c, e, &ue)) &&
             (S_is(c, ue, "each") || S_is(c, ue, "every")))
      j = ue; /* "2 days each week": a share of every week */
    else
      return 0;
    if ((s = cc__time_phrase(c, j, S_M(S_K_SET), &n)) &&
        s->s) { /* "twice daily" */
      snprintf(tv->value, sizeof tv->value, "%s", s->s);
      tv->lo = tv->hi = S_period_secs(s->s);
      return j + n;
    }
    if (!(S_is(c, j, "a") || S_is(c, j, "an") || S_is(c, j, "per") ||
          S_is(c, j, "each") || S_is(c, j, "every")))
      return 0;
    j++;
  }
  const S_sense *x;
  uint32_t e;
  bool pl;
  if (!(S_is(c, j, "week") && cc__time_weekend_at(c, j, &e, &pl)) &&
      (x = S_unit_at(c, j, &e)) && S_tok(c, e - 1)->norm_len > 2 &&
      (!inner ||
       S_unit_secs[inner->v] * inner->a < S_unit_secs[x->v] * x->a)) {
    S_dur_str(tv->value, sizeof tv->value, cnt * x->a, x->v, vague);
    tv->lo = tv->hi = cnt * x->a * S_unit_secs[x->v];
    tv->gran = S_unit_gran(x);
    return e;
  }
  if (vague || inner)
    return 0;
  if ((x = S_word1(c, j, S_K_WEEKDAY))) {
    snprintf(tv->value, sizeof tv->value, "XXXX-WXX-%d", x->v + 1);
    tv->lo = tv->hi = cnt * 7 * (double)CC_DAY; /* "every other Tuesday" */
    tv->gran = CC_G_DAY;
    return j + 1;
  }
  if ((x = S_word1(c, j, S_K_POD)) && x->s) {
    snprintf(tv->value, sizeof tv->value, "T%s", x->s);
    tv->lo = tv->hi = (double)CC_DAY;
    tv->gran = CC_G_PART_OF_DAY;
    return j + 1;
  }
  int m;
  if ((e = S_month(c, j, &m, NULL)) && S_cap(c, j)) {
    snprintf(tv->value, sizeof tv->value, "XXXX-%02d", m);
    tv->lo = tv->hi = S_unit_secs[0];
    tv->gran = CC_G_MONTH;
    return e;
  }
  if ((x = S_word1(c, j, S_K_SEASON))) { /* "every summer" */
    snprintf(tv->value, sizeof tv->value, "XXXX-%s", x->s);
    tv->lo = tv->hi = S_unit_secs[0];
    tv->gran = CC_G_SEASON;
    return j + 1;
  }
  uint32_t we;
  if ((x = cc__time_weekend_at(c, j, &we, &pl))) { /* "every weekend" */
    snprintf(tv->value, sizeof tv->value, "XXXX-WXX-%s", x->s);
    tv->lo = tv->hi = S_unit_secs[2];
    tv->gran = CC_G_WEEK;
    return we;
  }
  return 0;
}

/* ---- references
 * --------------------------------------------------------------- */

/* "now" PRESENT_REF, "recently" PAST_REF, "in the future" FUTURE_REF. */
uint32_t cc__time_p_ref(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t n;
  const S_sense *s = cc__time_phrase(c, i, S_M(S_K_REF), &n);
  if (!s || !s->s)
    return 0;
  uint32_t j = i + n;
  S_count k;
  int mo;
  if (cc__time_count_at(c, j, &k) || S_word1(c, j, S_K_UNIT) ||
      S_word1(c, j, S_K_DECADE) || S_word1(c, j, S_K_WEEKEND) ||
      S_word1(c, j, S_K_SEASON) || S_word1(c, j, S_K_WEEKDAY) ||
      (S_month(c, j, &mo, NULL) && S_cap(c, j)))
    return 0; /* "the past three months", "the past decade", "the past
               * weekend" */
  tv->type = CC_M_DATE;
  tv->preset = true;
  tv->flags |= CC_MF_REF;
  cc__time_cat3(tv->value, sizeof tv->value, s->s, "", ""); /* ("%s") */
  int64_t doc = 0;
  if (S_doc(c, &doc)) {
    tv->anchor = CC_ANCHOR_DOC_DATE;
    tv->anchor_days = doc;
    tv->flags |= CC_MF_RELATIVE;
    double d0 = (double)(doc * CC_DAY), d1 = d0 + CC_DAY;
    if (!strcmp(s->s, "PAST_REF")) {
      tv->lo = -INFINITY;
      tv->hi = d1;
    } else if (!strcmp(s->s, "FUTURE_REF")) {
      tv->lo = d0;
      tv->hi = INFINITY;
    } else {
      tv->lo = d0;
      tv->hi = d1;
    }
  }
  return j;
}

/* ---- modifiers and anchored phrases ------------------------------------- */

/* "the year", "the month", "the week" after "the end of": the current one. */
uint32_t cc__time_p_the_period(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_is(c, i, "the"))
    return 0;
  const S_sense *u = S_word1(c, i + 1, S_K_UNIT);
  const char *w = S_w(c, i + 1);
  if (!u || w[strlen(w) - 1] == 's' || u->v > 2 || (u->v == 1 && u->a != 1))
    return 0;
  int64_t doc = 0;
  tv->type = CC_M_DATE;
  S_set_anchor(c, tv);
  bool have = S_doc(c, &doc);
  cc_ymd dc = have ? cc_civil_from_days(doc) : (cc_ymd){0, 0, 0};
  if (u->v == 0) {
    tv->gran = u->a == 1 ? CC_G_YEAR : u->a == 10 ? CC_G_DECADE : CC_G_CENTURY;
    if (have)
      tv->y = dc.y / u->a * u->a;
  } else if (u->v == 1) {
    tv->gran = CC_G_MONTH;
    if (have) {
      tv->y = dc.y;
      tv->m = dc.m;
    }
  } else {
    tv->gran = CC_G_WEEK;
    if (have)
      S_set_week(tv, doc);
  }
  return i + 2;
}

/* Token i is "end" or "start" glued by a hyphen to what follows, as
 * wire copy writes "by end-2017", "from start-March". */
bool cc__time_end_hyphen(const S_cur *c, uint32_t i) {
  return (S_is(c, i, "end") || S_is(c, i, "start")) && S_p(c, i + 1, '-') &&
         S_glued(c, i + 1) && i + 2 < c->end && S_glued(c, i + 2);
}

/* "year-end", "year end", "quarter-end", "month-end" at i after a
 * preposition of time ("by year-end", "at year end 2023"): the token after
 * "end", or 0. */
uint32_t cc__time_unit_end(const S_cur *c, uint32_t i) {
  static const char *const preps[] = {
      "by",    "at",   "before", "until",   "till",   "after", "since",
      "from",  "into", "around", "towards", "toward", "near",  NULL};
  uint32_t k = i + 1; /* (the word after first: "end" or "-" is rare) */
  if (S_p(c, k, '-') && S_glued(c, k) && S_glued(c, k + 1))
    k++;
  if (!S_is(c, k, "end") || i <= c->sb ||
      !(S_is(c, i, "year") || S_is(c, i, "quarter") || S_is(c, i, "month")) ||
      !S_is_one_of(c, i - 1, preps))
    return 0;
  return k + 1;
}

/* "by year-end", "at year end 2023": the late part of the current year
 * (quarter, month) or of the year stated; not before a noun it names
 * ("at year-end results": cc__time_nth_day_end's words may follow). */
static uint32_t S_unit_end_mod(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t e = cc__time_unit_end(c, i);
  const S_sense *u = S_word1(c, i, S_K_UNIT);
  int64_t doc = 0;
  bool have = S_doc(c, &doc);
  int y;
  if (!e || !u)
    return 0;
  S_tv_init(tv);
  tv->type = CC_M_DATE;
  if (S_is(c, i, "year") && S_year4(c, e, &y)) { /* "year-end 2023" */
    tv->gran = CC_G_YEAR;
    tv->y = y;
    e++;
  } else { /* the current one; in a past sentence the last one over
             * ("debt rose at year-end", written in August) */
    S_set_anchor(c, tv);
    if (!cc__time_shift_unit(tv, u, cc__time_tense(c, i, e) < 0 ? -1 : 0,
                             have, doc))
      return 0;
  }
  if (!cc__time_nth_day_end(c, e))
    return 0;
  tv->qual = CC_Q_LATE;
  return e;
}

/* A week, month or year counted from the last date the text stated ("the
 * following month": "+P1M", resolved by the driver), whose part "late"
 * or "the end of" may name: cc__time_resolve_anchor narrows it then. */
static bool S_anchored_period(const S_tv *t) {
  return t->anchor == CC_ANCHOR_MENTION && (t->flags & CC_MF_UNRESOLVED) &&
         (t->value[0] == '+' || t->value[0] == '-') &&
         (t->gran == CC_G_WEEK || t->gran == CC_G_MONTH ||
          t->gran == CC_G_YEAR);
}

/* After a one-word early / mid / late at k, "to" and a later one of them
 * ("mid-to-late March", "early to mid-April", "mid- to late 2014"): the
 * token after that second word, its part in *q2; else 0. */
static uint32_t S_mod_to(S_cur *c, uint32_t k, uint8_t qual, uint8_t *q2) {
  if (S_p(c, k, '-'))
    k++;
  if (!S_is(c, k, "to"))
    return 0;
  k++;
  if (S_p(c, k, '-') && S_glued(c, k))
    k++;
  uint32_t n;
  const S_sense *s = cc__time_phrase(c, k, S_M(S_K_MOD), &n);
  if (!s || n != 1 || s->v <= qual || s->v > CC_Q_LATE ||
      !(S_is(c, k, "mid") || S_is(c, k, "late")))
    return 0;
  *q2 = (uint8_t)s->v;
  return k + 1;
}

/* "the end of the day", "end of day" at k after "the end of" (qual late)
 * at i, as a deadline: after "by", "until", "till" or "before" only (not
 * the idiom "at the end of the day"), and not before a day that says
 * which ("by the end of the day on Friday", "... Friday": that day is
 * read alone), nor in a past sentence.  The document's day. */
static uint32_t S_end_of_day(S_cur *c, uint32_t i, uint32_t k, S_tv *t) {
  static const char *const preps[] = {"by", "until", "till", "before", NULL};
  uint32_t e = S_is(c, k, "the") ? k + 1 : k;
  int64_t doc;
  if (!S_is(c, e, "day") || i <= c->sb || !S_is_one_of(c, i - 1, preps) ||
      !S_doc(c, &doc))
    return 0;
  e++;
  const S_entry *en = e < c->end ? S_entry_at(c, e) : NULL;
  if (S_is(c, e, "on") || S_is(c, e, "of") ||
      (en && (en->kinds & (S_M(S_K_WEEKDAY) | S_M(S_K_MONTH) |
                           S_M(S_K_DAYREL)))))
    return 0;
  if (cc__time_tense(c, i, e) < 0)
    return 0; /* "prices had cooled by the end of the day": the day told
               * of, maybe not the document's */
  S_tv_init(t);
  t->type = CC_M_DATE;
  S_set_day(t, doc);
  S_set_anchor(c, t);
  return e;
}

/* early / mid / late / the end of + a date: "early 2018", "mid-August",
 * "the late 1990s", "late last year", "the end of the year"; "by
 * year-end" (S_unit_end_mod). */
uint32_t cc__time_p_mod(S_cur *c, uint32_t i, S_tv *tv) {
  if (c->depth)
    return 0;
  if (cc__time_unit_end(c, i))
    return S_unit_end_mod(c, i, tv);
  uint32_t n, j = i;
  const S_sense *s = cc__time_phrase(c, j, S_M(S_K_MOD), &n);
  if (!s && S_is(c, i, "the")) {
    j = i + 1;
    s = cc__time_phrase(c, j, S_M(S_K_MOD), &n);
  }
  uint8_t qual = s ? (uint8_t)s->v : CC_Q_NONE;
  if (!s && cc__time_end_hyphen(c, i)) { /* "end-2017", "start-March" */
    qual = S_is(c, i, "end") ? CC_Q_LATE : CC_Q_EARLY;
    n = 1;
  } else if (!s) {
    return 0;
  }
  uint32_t k = j + n;
  uint8_t qual_to = 0;
  uint32_t kt = n == 1 && qual >= CC_Q_EARLY && qual < CC_Q_LATE
                    ? S_mod_to(c, k, qual, &qual_to)
                    : 0;
  if (kt)
    k = kt;
  if (S_p(c, k, '-') && S_glued(c, k))
    k++;
  c->depth++;
  S_tv t;
  S_tv_unset(&t);
  uint32_t e = cc__time_p_date_core(c, k, &t);
  if (e && t.gran == CC_G_DAY && S_word1(c, e, S_K_POD)) {
    S_tv u = t; /* "late Friday night", "early Sunday morning": that part
                 * of that day, as "late on Friday night" is */
    uint32_t pe = cc__time_attach(c, e, &u);
    if (pe > e) {
      t = u;
      e = pe;
    }
  }
  if (!e && S_is(c, k, "on")) { /* "late on Friday", "early on Monday
                                 * morning" (its part of the day) */
    S_tv_init(&t);
    e = cc__time_p_date(c, k + 1, &t);
  }
  if (!e && n > 1) { /* "the end of the year" */
    S_tv_init(&t);
    e = cc__time_p_the_period(c, k, &t);
  }
  if (!e && S_is(c, k, "the")) { /* "late the following month" */
    S_tv_init(&t);
    e = cc__time_p_the_rel(c, k, &t);
    if (e && !S_anchored_period(&t))
      e = 0;
  }
  if (!e && (S_p(c, k - 1, '-') || (n > 1 && !S_is(c, j, "the"))) &&
      (S_is(c, k, "year") || S_is(c, k, "month") || S_is(c, k, "week"))) {
    /* "mid-year", "mid-month", "by end of year": the current one */
    const S_sense *u = S_word1(c, k, S_K_UNIT);
    int64_t doc = 0;
    bool have = S_doc(c, &doc);
    S_tv_init(&t);
    t.type = CC_M_DATE;
    S_set_anchor(c, &t);
    if (u && cc__time_shift_unit(&t, u, 0, have, doc))
      e = k + 1;
  }
  if (!e && n > 1 && qual == CC_Q_LATE)
    e = S_end_of_day(c, i, k, &t);
  const S_sense *p;
  uint32_t pk = n == 1 && S_is(c, k, "in") && S_is(c, k + 1, "the") ? k + 2
                                                                    : k;
  if (!e && n == 1 && (p = S_word1(c, pk, S_K_POD)) && p->s &&
      S_w(c, pk)[strlen(S_w(c, pk)) - 1] != 's' &&
      (pk == k || cc__time_pod_end_ok(c, pk + 1))) {
    S_tv_init(&t); /* "early morning", "late in the evening" */
    cc__time_pod_today(c, p, &t);
    e = pk + 1;
  }
  c->depth--;
  /* "late on Friday at 10pm", "late Friday night at 11": the time of
   * that day says more than "late" (the time alone gave it today) */
  bool timed = e && t.hh >= 0 && t.type == CC_M_DATETIME;
  if (!e || (t.preset && !S_anchored_period(&t)) ||
      (t.type != CC_M_DATE && !timed) || t.y2 != S_NOYEAR)
    return 0;
  if (qual_to && (timed || t.gran > CC_G_MONTH))
    return 0; /* a range of parts of a month, a year or more only */
  *tv = t;
  if (!timed)
    tv->qual = qual;
  tv->qual_to = qual_to;
  return e;
}

/* about / around / circa + a date or time. */
uint32_t cc__time_p_approx(S_cur *c, uint32_t i, S_tv *tv) {
  if (c->depth)
    return 0;
  uint32_t n;
  const S_sense *s = cc__time_phrase(c, i, S_M(S_K_QUAL), &n);
  if (!s)
    return 0;
  uint32_t j = i + n;
  c->depth++;
  S_tv a, b;
  S_tv_init(&a);
  S_tv_init(&b);
  uint32_t ea = cc__time_time_at(c, j, &a), eb = cc__time_p_date(c, j, &b);
  c->depth--;
  uint32_t e = ea >= eb ? ea : eb;
  if (!e)
    return 0;
  *tv = ea >= eb ? a : b;
  if (tv->preset)
    return 0;
  if (tv->qual == CC_Q_NONE)
    tv->qual = CC_Q_APPROX;
  return e;
}

/* The weekend of a day x ("the weekend of 12 March", "the weekend of
 * Thanksgiving"), as a holiday's own weekend is ("the Labor Day
 * weekend"): a Saturday's or Sunday's that weekend, a Monday's from the
 * Saturday, a Thursday's or Friday's to the Sunday; none of a Tuesday or
 * Wednesday. */
static bool S_weekend_of(S_tv *tv, int64_t x) {
  static const int8_t to[5] = {0, -1, -1, 3, 2};
  int wd = cc_weekday(x);
  if (wd >= 5) { /* that week's weekend, "2024-W11-WE" */
    S_set_week(tv, x);
    tv->code = "WE";
    return true;
  }
  if (to[wd] < 0)
    return false;
  S_set_day_range(tv, wd ? x : x - 2, x + to[wd]);
  return true;
}

/* Is d a range of two or three days in one month ("27-28 November"),
 * which "the weekend of" may name? */
static bool S_weekend_days(const S_tv *d) {
  return d->type == CC_M_DATE && !d->preset && d->gran == CC_G_DAY &&
         d->hh < 0 && d->d2 && d->m2 == d->m && d->y2 == d->y &&
         d->d2 > d->d && d->d2 - d->d <= 2;
}

/* "the day before Christmas", "the week after Easter", "the weekend
 * before 12 March", "the weekend of Thanksgiving", "the year after
 * 2008": the unit next to a date of a known year named at once (one day
 * off; the seven days before or after; the nearest weekend that does not
 * hold the day; the month or year before or after the day's).  i: "the";
 * the end, or 0 ("the day after the vote" names no date). */
static uint32_t S_the_unit_of(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = i + 1, we, k = S_p(c, i + 2, '-') ? i + 4 : i + 2;
  if (!S_is(c, k, "before") && !S_is(c, k, "after") && !S_is(c, k, "of"))
    return 0; /* (most "the": the word after no unit's) */
  bool pl = false;
  const S_sense *u = S_word1(c, j, S_K_UNIT);
  bool wknd = !u && cc__time_weekend_at(c, j, &we, &pl) && !pl;
  if (wknd)
    j = we;
  else if (u && u->v <= 3 && u->a == 1 &&
           S_w(c, j)[S_tok(c, j)->norm_len - 1] != 's')
    j++;
  else
    return 0;
  int sign = S_is(c, j, "before") ? -1 : S_is(c, j, "after") ? 1 : 0;
  if (!sign && !(wknd && S_is(c, j, "of")))
    return 0;
  S_tv d;
  S_tv_init(&d);
  c->depth++;
  uint32_t e = cc__time_p_date_core(c, j + 1, &d);
  c->depth--;
  if (e && wknd && !sign && S_weekend_days(&d)) {
    *tv = d; /* "the weekend of 27-28 November": those days */
    return e;
  }
  if (!e || d.type != CC_M_DATE || d.preset || d.y == S_NOYEAR ||
      d.y2 != S_NOYEAR || d.hh >= 0 ||
      (d.gran != CC_G_DAY && (wknd || u->v >= 2)) ||
      (d.gran != CC_G_DAY && d.gran != CC_G_MONTH && u && u->v == 1))
    return 0;
  int64_t x = cc_days_from_civil(d.y, d.m ? d.m : 1, d.d ? d.d : 1);
  S_tv_init(tv);
  if (wknd && !sign) {
    if (!S_weekend_of(tv, x))
      return 0; /* (tv as fresh as it came) */
  } else if (wknd) { /* the Saturday and Sunday next to x, x not in them */
    int64_t a = x + sign;
    while (cc_weekday(a) != (sign < 0 ? 6 : 5))
      a += sign;
    S_set_day_range(tv, sign < 0 ? a - 1 : a, sign < 0 ? a : a + 1);
  } else if (u->v == 3) {
    S_set_day(tv, x + sign);
  } else if (u->v == 2) {
    S_set_day_range(tv, sign < 0 ? x - 7 : x + 1, sign < 0 ? x - 1 : x + 7);
  } else {
    cc_ymd m = cc_civil_from_days(cc__time_shift_day(x, u->v, sign, 1));
    tv->type = CC_M_DATE;
    tv->y = m.y;
    tv->m = u->v == 1 ? m.m : 0;
    tv->gran = u->v == 1 ? CC_G_MONTH : CC_G_YEAR;
  }
  tv->flags |= CC_MF_RELATIVE | (d.flags & CC_MF_YEAR_INFERRED);
  tv->anchor = d.anchor;
  tv->anchor_days = d.anchor_days;
  return e;
}

static bool S_same_part(const S_cur *c, uint32_t j, int *uv, uint8_t *gran,
                        const char **code);

/* "the next day", "the following week", "the previous year", "the day
 * before": one unit from the previous date mention (resolved by the
 * driver); "the day before Christmas" (S_the_unit_of). */
uint32_t cc__time_p_the_rel(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_is(c, i, "the"))
    return 0;
  if (!c->depth && !S_clause_end(c, i + 3)) {
    uint32_t ue = S_the_unit_of(c, i, tv); /* (tv written on a match) */
    if (ue)
      return ue;
  }
  uint32_t n, e;
  int sign;
  const S_sense *u;
  const S_sense *sh = cc__time_phrase(c, i + 1, S_M(S_K_SHIFT), &n);
  bool shifted = sh && sh->v != 0 && !S_is(c, i + 1, "past") &&
                 !S_is(c, i + 1, "last") && !S_is(c, i + 1, "coming") &&
                 !S_is(c, i + 1, "upcoming");
  int uv;
  uint8_t gran;
  const char *code;
  if (shifted && !S_word1(c, i + 1 + n, S_K_UNIT) &&
      S_same_part(c, i + 1 + n, &uv, &gran, &code) && uv == 3) {
    /* "the next morning", "the previous evening": that part of the day
     * after or before the last date ("+P1Dmorning", resolved as "that
     * morning" is) */
    tv->type = CC_M_DATE;
    tv->gran = gran;
    tv->preset = true;
    cc__time_cat3(tv->value, sizeof tv->value, sh->v < 0 ? "-P1D" : "+P1D",
                  S_w(c, i + 1 + n), "");
    tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
    tv->anchor = CC_ANCHOR_MENTION;
    return i + 2 + n;
  }
  if (shifted && (u = S_word1(c, i + 1 + n, S_K_UNIT)) && u->v <= 3 &&
      u->a == 1 && S_w(c, i + 1 + n)[strlen(S_w(c, i + 1 + n)) - 1] != 's') {
    sign = sh->v;
    e = i + 2 + n;
  } else if ((S_is(c, i + 2, "before") || S_is(c, i + 2, "after")) &&
             S_clause_end(c, i + 3) && !S_word1(c, i + 1, S_K_UNIT) &&
             S_same_part(c, i + 1, &uv, &gran, &code) && uv == 3) {
    /* "the morning after", "the night before": as "the next morning" */
    tv->type = CC_M_DATE;
    tv->gran = gran;
    tv->preset = true;
    cc__time_cat3(tv->value, sizeof tv->value,
                  S_is(c, i + 2, "before") ? "-P1D" : "+P1D", S_w(c, i + 1),
                  "");
    tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
    tv->anchor = CC_ANCHOR_MENTION;
    return i + 3;
  } else if ((u = S_word1(c, i + 1, S_K_UNIT)) && u->v <= 3 && u->a == 1 &&
             (S_is(c, i + 2, "before") || S_is(c, i + 2, "after")) &&
             S_clause_end(c, i + 3)) { /* "the day before", "the year after" */
    sign = S_is(c, i + 2, "before") ? -1 : 1;
    e = i + 3;
  } else {
    return 0;
  }
  if (!u)
    return 0;
  char d[24];
  S_dur_str(d, sizeof d, u->a, u->v, false);
  tv->type = CC_M_DATE;
  tv->gran = S_unit_gran(u);
  tv->preset = true;
  cc__time_cat3(tv->value, sizeof tv->value, sign < 0 ? "-" : "+", d, "");
  tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
  tv->anchor = CC_ANCHOR_MENTION;
  return e;
}

/* "the same day", "that same year", "in the same week": the period of
 * the last date the text stated, anchored to it as "the next day" is (an
 * offset of none), or an open value where a clause after it names its
 * event (S_same_last); the mention is "same day" (a determiner before it:
 * not "same-day delivery").  Not where the words after it name the day
 * another way: "the same day as the vote" (another event's), "the same
 * month last year", "the same week a year earlier", "the same month in
 * 2004" or "of 2004". */
/* Is "same day" at [i, e) the last date stated?  When the phrase ends
 * there (a mark, a preposition or a conjunction next: "charged the same
 * day.", "later the same day by"), stands beside that date ("on
 * Thursday, the same day the ...") or opens the sentence before its
 * subject ("In the same year she also ..."); not before a clause that
 * names its event ("the same day that the court ruled", "the same week
 * the US said"), which may be of another day. */
CC_NOINLINE bool S_same_last(const S_cur *c, uint32_t i, uint32_t e) {
  static const char *const go_on[] = {"and",  "but", "or",    "by",   "in",
                                      "on",   "at",  "for",   "with", "to",
                                      "from", "after", "before", "while",
                                      NULL};
  static const char *const rel[] = {"that", "when", "which", "where", NULL};
  static const char *const lead[] = {"in",   "on",  "during", "at",
                                     "but",  "and", "later",  "earlier",
                                     "then", "so",  "yet",    NULL};
  if (e >= c->end || S_kind_is(c, e, CC_TOK_PUNCT) ||
      S_is_one_of(c, e, go_on))
    return true;
  if (S_is_one_of(c, e, rel))
    return false;
  if (i >= c->sb + 3 && S_p(c, i - 2, ',') &&
      (S_kind_is(c, i - 3, CC_TOK_NUM) ||
       (S_kinds_at(c, i - 3) &
        (S_M(S_K_WEEKDAY) | S_M(S_K_MONTH) | S_M(S_K_DAYREL)))))
    return true;
  if (i - 1 - c->sb > 3) /* (the determiner is at i - 1) */
    return false;
  for (uint32_t k = c->sb; k + 1 < i; k++)
    if (!S_is_one_of(c, k, lead))
      return false;
  return true;
}

/* The word at j of "that morning", "the same evening", "that weekend":
 * a part of the day (a day, *gran the part's, *code its code: the anchor
 * resolver reads the word after the offset, "+P0Devening") or the
 * weekend (a week, "WE"); singular only ("that weekend", not "those weekends"). */
static bool S_same_part(const S_cur *c, uint32_t j, int *uv, uint8_t *gran,
                        const char **code) {
  const char *w = S_w(c, j);
  size_t n = strlen(w);
  if (n == 0 || w[n - 1] == 's') /* (a token with no word: punctuation) */
    return false;
  const S_sense *p = S_word1(c, j, S_K_POD);
  if (p && p->s && strlen(p->s) == 2) {
    *uv = 3;
    *gran = CC_G_PART_OF_DAY;
    *code = p->s;
    return true;
  }
  if (!S_word1(c, j, S_K_WEEKEND))
    return false;
  *uv = 2;
  *gran = CC_G_WEEK;
  *code = "WE";
  return true;
}

uint32_t cc__time_p_same(S_cur *c, uint32_t i, S_tv *tv) {
  static const char *const dets[] = {"the", "that", "this", NULL};
  uint32_t n;
  /* "that day", "that year" (keys of their own): as "the same day", but
   * only where the phrase is the last date's (S_same_last, "that" as
   * its determiner): "that" leads many clauses ("said that day traders
   * ...", "that week after week") */
  bool that = S_is(c, i, "that");
  if ((!that && (i <= c->sb || !S_is_one_of(c, i - 1, dets))) ||
      !cc__time_phrase(c, i, S_M(S_K_SAME), &n))
    return 0;
  uint32_t e = i + n;
  if (!that && S_is(c, e - 1, "time")) /* "the same time last year" */
    return cc__time_time_shifted(c, e - 1, tv);
  const S_sense *u = S_word1(c, e - 1, S_K_UNIT);
  const char *part = NULL; /* "that morning": its code; "that weekend" */
  int uv = u ? u->v : 0;
  uint8_t gran = u ? S_unit_gran(u) : CC_G_WEEK;
  if (u ? u->v > 3 || u->a != 1 : !S_same_part(c, e - 1, &uv, &gran, &part))
    return 0;
  /* "later that night", "earlier that year", "by that evening", "over
   * that weekend": "that" after these leads no clause */
  static const char *const lead[] = {"later",   "earlier", "early", "late",
                                     "by",      "until",   "over",  "during",
                                     "through", "on",      "in",    NULL};
  bool later = that && i > c->sb && S_is_one_of(c, i - 1, lead);
  /* "..., and that evening he spoke", "and the same year she left": a
   * clause's opener before its subject, as at the sentence's start */
  static const char *const subj[] = {"he",  "she", "they", "we", "i",
                                     "it",  "the", "police", NULL};
  static const char *const join[] = {"and", "but", "then", ",", NULL};
  uint32_t det = that ? i : i - 1; /* "and the same year she ...", too */
  if (!later && det > c->sb && S_is_one_of(c, det - 1, join) &&
      S_is_one_of(c, e, subj))
    later = true;
  if (that && ((!later && !S_same_last(c, i + 1, e)) ||
               S_is(c, e + 1, S_w(c, e - 1)) ||
               S_is(c, e, "'s") ||
               (S_p(c, e, ',') && (S_is(c, e + 1, "on") ||
                                   S_is(c, e + 1, "in"))) ||
               (i > c->sb && (S_kind_is(c, i - 1, CC_TOK_NUM) ||
                              (S_kinds_at(c, i - 1) &
                               (S_M(S_K_MONTH) | S_M(S_K_WEEKDAY)))))))
    return 0; /* (not "that week after week", "that day's", "on July 22
               * that year": that date's year, not a date of its own;
               * "the end of that week, on Oct. 7": the date after it) */
  if (e < c->end) {
    S_count k;
    uint32_t ce, ue, j = e + 1;
    int y, mo;
    if (S_is(c, e, "as") || S_p(c, e, '-') ||
        S_word1(c, e, S_K_SHIFT) || S_year4(c, e, &y) ||
        ((ce = cc__time_count_at(c, e, &k)) && S_unit_at(c, ce, &ue)))
      return 0;
    if ((S_is(c, e, "in") || S_is(c, e, "of")) &&
        (S_kind_is(c, j, CC_TOK_NUM) || S_word1(c, j, S_K_SHIFT) ||
         S_month(c, j, &mo, NULL) ||
         (S_is(c, j, "the") && S_word1(c, j + 1, S_K_SHIFT))))
      return 0;
  }
  tv->type = CC_M_DATE;
  tv->gran = gran;
  tv->preset = true;
  tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
  if (!later && !S_same_last(c, that ? i + 1 : i, e)) {
    /* another event's period: an open value */
    static const char *const open[4] = {"XXXX", "XXXX-XX", "XXXX-WXX-",
                                        "XXXX-XX-XXT"};
    cc__time_cat3(tv->value, sizeof tv->value, open[uv],
                  part ? part : "", "");
    if (!part && uv >= 2) /* (no code: no dash or T after it) */
      tv->value[strlen(tv->value) - 1] = '\0';
    return e;
  }
  char d[24];
  S_dur_str(d, sizeof d, 0, uv, false);
  /* the part's word after the offset ("+P0Devening"): the resolver
   * reads its hours in the lexicon */
  cc__time_cat3(tv->value, sizeof tv->value, "+", d, part ? S_w(c, e - 1) : "");
  tv->anchor = CC_ANCHOR_MENTION;
  return e;
}

/* A set with a time of day: "every day at 9am" T09:00, "every Monday at
 * 9am" XXXX-WXX-1T09:00, "9am every day", "daily at 6pm". */
static uint32_t S_set_time_value(const S_cur *c, S_tv *set, const S_tv *t) {
  (void)c;
  char base[40] = "";
  const char *v = set->value;
  if (!strncmp(v, "XXXX-WXX-", 9) && S_dig(v[9]) && !v[10])
    snprintf(base, sizeof base, "%s", v);
  else if (strcmp(v, "P1D") != 0 && !(v[0] == 'T' && !strchr(v, ':')))
    return 0; /* "every year at 9am" is not a time set */
  if (t->has_sec)
    snprintf(set->value, sizeof set->value, "%.12sT%02d:%02d:%02d", base,
             t->hh % 100, t->mm % 100, t->ss % 100);
  else
    snprintf(set->value, sizeof set->value, "%.12sT%02d:%02d", base,
             t->hh % 100, t->mm % 100);
  set->gran = t->gran;
  return 1;
}

/* Whether S_p_set can match at i: its ways in are a set phrase, a weekend
 * word, "every", a frequency word, or a count that is not vague with a
 * frequency word after it ("three times a week"), which is S_p_set's own
 * test there (most counts are followed by none). */
static bool S_may_set(const S_cur *c, uint32_t i) {
  if (i >= c->end)
    return false;
  const S_entry *e = S_entry_at(c, i);
  uint64_t ways = S_M(S_K_WEEKEND) | S_M(S_K_EVERY) | S_M(S_K_FREQ);
  if ((e && (e->kinds & ways)) || S_has_phrase(c, i, e, S_M(S_K_SET)))
    return true;
  S_count k;
  uint32_t ce = cc__time_count_at(c, i, &k), ue;
  if (!ce || k.vague)
    return false;
  if (S_word1(c, ce, S_K_FREQ))
    return true;
  /* "2 days each week" (S_p_set's own test) */
  return ce + 1 < c->end &&
         (S_is(c, ce + 1, "each") || S_is(c, ce + 1, "every") ||
          S_is(c, ce + 2, "each") || S_is(c, ce + 2, "every")) &&
         !k.range && S_unit_at(c, ce, &ue) &&
         (S_is(c, ue, "each") || S_is(c, ue, "every"));
}

/* S_p_set at i when S_may_set holds there, else 0.  A
 * CC_RECOG_CHECK_INERT build asks S_p_set anyway. */
static uint32_t S_set_at(S_cur *c, uint32_t i, S_tv *tv) {
  if (S_may_set(c, i))
    return S_p_set(c, i, tv);
#ifdef CC_RECOG_CHECK_INERT
  S_tv t;
  S_tv_init(&t);
  if (i < c->end && S_p_set(c, i, &t)) {
    fprintf(stderr, "recog: set at \"%s\" S_may_set misses\n", S_w(c, i));
    abort();
  }
#endif
  return 0;
}

uint32_t cc__time_p_set_time(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t e = S_set_at(c, i, tv), e2;
  S_tv t;
  if (e) {
    S_tv_init(&t);
    if (S_is(c, e, "at") && (e2 = cc__time_p_clock(c, e + 1, &t)) &&
        S_set_time_value(c, tv, &t))
      return e2;
    int v, nd;
    if (tv->value[0] == 'T' && S_is(c, e, "at") &&
        S_digits(c, e + 1, &v, &nd) && nd <= 2 && v >= 1 &&
        v <= 12) { /* "every morning at 7" */
      S_tv_init(&t);
      t.hh = cc__time_pod_hour(v, tv->value + 1);
      t.gran = CC_G_HOUR;
      if (S_set_time_value(c, tv, &t))
        return e + 2;
    }
    if (!strncmp(tv->value, "XXXX-WXX-", 9) && e < c->end &&
        S_kind_is(c, e, CC_TOK_NUM) && !S_p(c, e - 1, ',')) {
      /* "each Monday 4pm": a weekday's set and a clock with its half of
       * the day (the clock's am/pm as read) right after it */
      S_tv set = *tv;
      S_tv_init(&t);
      if ((e2 = cc__time_p_clock(c, e, &t)) && t.ampm >= 0 &&
          !S_p(c, e2, '-') && !S_is(c, e2, "to") && !S_is(c, e2, "until") &&
          !S_is(c, e2, "till") && !S_is(c, e2, "and") &&
          S_set_time_value(c, &set, &t)) {
        *tv = set;
        return e2;
      }
    }
    return e;
  }
  if (!cc__time_may_clock(c, i, S_kinds_at(c, i))) {
#ifdef CC_RECOG_CHECK_INERT
    S_tv_init(&t);
    if (cc__time_p_clock(c, i, &t)) {
      fprintf(stderr, "recog: clock at \"%s\" cc__time_may_clock misses\n",
              S_w(c, i));
      abort();
    }
#endif
    return 0;
  }
  S_tv_init(&t);
  if (!(e = cc__time_p_clock(c, i, &t)))
    return 0;
  S_tv_init(tv);
  e2 = S_set_at(c, e, tv);
  if (!e2 && S_is(c, e, "on")) { /* "9am on Mondays": a weekday's set */
    S_tv_init(tv);
    if ((e2 = cc__time_p_weekday_led(c, e + 1, tv)) && tv->type != CC_M_SET)
      e2 = 0;
  } else if (!e2 && t.ampm >= 0 && e < c->end &&
             !S_p(c, e, ',') && !(i > c->sb && (S_p(c, i - 1, '-') ||
                                              S_is(c, i - 1, "to") ||
                                              S_is(c, i - 1, "and")))) {
    /* "9am Mondays", not the end of "7am-9am Mondays" */
    S_tv_init(tv);
    if ((e2 = cc__time_p_weekday_led(c, e, tv)) &&
        (tv->type != CC_M_SET || strncmp(tv->value, "XXXX-WXX-", 9)))
      e2 = 0;
  }
  if (!e2 || !S_set_time_value(c, tv, &t))
    return 0;
  return e2;
}
