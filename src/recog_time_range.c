/* recog_time_range.c - whole dates: every date parser at a token, the
 * longest kept (cc__time_p_date_core, kept by the memo), a date with the
 * time or part of the day after it (cc__time_attach, cc__time_p_date), and
 * ranges of dates ("from June to August", "July 13 to 15") and of
 * datetimes ("from 10pm on Friday until 6am on Monday").
 * recog_time_int.h lists the other files. */
#include "recog_time_int.h"

/* ---- combining dates and times
 * ------------------------------------------------ */

/* S_BEST when cond holds; cond must hold whenever fn could match.  A
 * CC_RECOG_CHECK_INERT build runs fn where cond fails too, and aborts if
 * it matches there (S_BEST_IF does not check: its conds are the parsers'
 * own first tests, read off their code). */
#ifdef CC_RECOG_CHECK_INERT
#define S_BEST_CHECKED(cond, fn)                                               \
  do {                                                                         \
    if (cond) {                                                                \
      S_BEST(fn);                                                              \
    } else {                                                                   \
      cc__time_tv_fresh(cand);                                                 \
      if (fn(c, i, cand)) {                                                    \
        fprintf(stderr, "recog: %s at \"%s\" missed by its guard\n", #fn,      \
                S_w(c, i));                                                    \
        abort();                                                               \
      }                                                                        \
    }                                                                          \
  } while (0)
#else
#define S_BEST_CHECKED(cond, fn) S_BEST_IF(cond, fn)
#endif

/* "the month of May", "the month of June 2016": the month (a month alone,
 * or with its year; not "the month of May 5", a day). */
static uint32_t S_p_month_of(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_is(c, i, "the") || !S_is(c, i + 1, "month") || !S_is(c, i + 2, "of"))
    return 0;
  uint32_t e = cc__time_p_month_led(c, i + 3, tv);
  return e && tv->gran == CC_G_MONTH && !tv->d2 ? e : 0;
}

/* "the weekend": by tense the one just past or the one ahead. */
static uint32_t S_p_weekend(S_cur *c, uint32_t i, S_tv *tv) {
  const S_sense *w;
  uint32_t e;
  bool pl;
  if (!S_is(c, i, "the") || !(w = cc__time_weekend_at(c, i + 1, &e, &pl)) || pl)
    return 0;
  int64_t doc;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_WEEK;
  tv->code = w->s;
  S_set_anchor(c, tv);
  if (!S_doc(c, &doc))
    return e;
  int64_t lo[3], hi[3];
  for (int k = 0; k < 3; k++) {
    int64_t mon = doc - cc_weekday(doc) + 7 * (k - 1);
    lo[k] = mon + 5;
    hi[k] = mon + 7;
  }
  int pick = cc__time_pick(doc, lo, hi, 3, cc__time_tense(c, i, e));
  S_set_week(tv, lo[pick]);
  tv->gran = CC_G_WEEK;
  return e;
}

/* "in the morning", "during the night", "at night", "at dawn": a part of
 * the day, on the document date. */
static uint32_t S_p_pod(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  const S_sense *p = S_word1(c, j, S_K_POD);
  if (!p || !p->s || i <= c->sb || S_name_like(c, j))
    return 0;
  const char *w = S_w(c, j);
  if (w[strlen(w) - 1] == 's')
    return 0; /* "in the mornings" is a habit */
  bool in = S_is(c, i - 1, "in") || S_is(c, i - 1, "during") ||
            S_is(c, i - 1, "throughout") || S_is(c, i - 1, "through");
  bool at = S_is(c, i - 1, "at") || S_is(c, i - 1, "by") ||
            S_is(c, i - 1, "before") || S_is(c, i - 1, "after") ||
            S_is(c, i - 1, "until") || S_is(c, i - 1, "till");
  if (!((j > i && in) || (j == i && at)))
    return 0; /* "in the morning", "at dawn"; not "at the night club" */
  if (j == i && !strcmp(p->s, "NI"))
    return 0; /* "at night" is mostly a habit ("they work at night") */
  if (!cc__time_pod_end_ok(c, j + 1))
    return 0;
  cc__time_pod_today(c, p, tv);
  return j + 1;
}

bool cc__time_pod_end_ok(const S_cur *c, uint32_t k) {
  if (S_is(c, k, "of") || S_kind_is(c, k, CC_TOK_WORD) ||
      (S_p(c, k, '-') && S_glued(c, k)))
    return S_is(c, k, "on") || S_is(c, k, "at") || S_is(c, k, "and") ||
           S_is(c, k, "when") || S_word1(c, k, S_K_DAYREL) ||
           S_word1(c, k, S_K_WEEKDAY);
  return true;
}

/* "the morning of January 31", "the night of August 14". */
static uint32_t S_p_pod_of(S_cur *c, uint32_t i, S_tv *tv) {
  const S_sense *p;
  uint32_t j = S_is(c, i, "the") ? i + 1 : i, n = 1;
  /* (a phrase after "the": "the early hours of Sunday"; its callers ask
   * for one there only) */
  if (!(p = cc__time_phrase(c, j, S_M(S_K_POD), &n)) || !p->s ||
      !(S_is(c, j + n, "of") || S_is(c, j + n, "on")))
    return 0; /* "the morning of January 31", "dawn on Friday" */
  j += n - 1;
  uint32_t e = cc__time_p_date_core(c, j + 2, tv);
  if (e && tv->d2 == tv->d + 1 && tv->m2 == tv->m && (tv->y2 == tv->y ||
                                                      tv->y2 == S_NOYEAR) &&
      !strcmp(p->s, "NI")) {
    tv->d2 = tv->m2 = 0; /* "the night of 12/13 October": of the 12th */
    tv->y2 = S_NOYEAR;
  }
  if (!e || tv->gran != CC_G_DAY || tv->y2 != S_NOYEAR || tv->preset)
    return 0;
  S_set_pod(tv, p);
  /* "the early hours of Sunday morning": that morning's early hours, the
   * part named first */
  if (S_is(c, e, "morning") && p->b <= 12)
    e++;
  return e;
}

/* "on the 15th", "by the 3rd", "for the twenty-second", "the morning of
 * the 5th": a day of the month nearest the document date.  Only after
 * such a preposition (S_nth_day_lead) and before nothing that could be
 * its noun ("on the 27th floor"). */
static const char *const S_nth_preps[] = {"on",    "for",   "by",   "until",
                                          "till",  "since", "from", "before",
                                          "after", NULL};

/* Does the word before i let a day of the month start at i: one of
 * S_nth_preps, or "of" after a part of the day with "the" at i ("the
 * evening of the 14th")? */
static bool S_nth_day_lead(const S_cur *c, uint32_t i) {
  if (i <= c->sb)
    return false;
  if (S_is_one_of(c, i - 1, S_nth_preps))
    return true;
  return S_is(c, i - 1, "of") && i - 1 > c->sb && S_is(c, i, "the") &&
         S_word1(c, i - 2, S_K_POD);
}

/* A word after the day that is no noun the ordinal counts: a
 * preposition, a conjunction or a shift ("on the 14th at noon", "the 3rd
 * and 4th", "the 21st this month"), a verb ("Thursday the 21st will see";
 * a tense cue) or a time in words ("Monday the 24th six pm").  "of" is
 * not one: "of" with a month is a day-led date, and with anything else
 * ("the first of many") no day. */
bool cc__time_nth_day_end(const S_cur *c, uint32_t e) {
  static const char *const next_ok[] = {
      "at",   "and",    "or",      "to",     "until", "till",
      "through", "when", "after",  "before", "in",    "this",
      "next", "last",   "around",  "about",  "from",  "between",
      NULL};
  if (S_kind_is(c, e, CC_TOK_WORD)) {
    if (S_is_one_of(c, e, next_ok) || cc__time_tense_cue(c, e) != 0)
      return true;
    S_tv t;
    S_tv_init(&t);
    return cc__time_p_clock(c, e, &t) > e;
  }
  if (S_kind_is(c, e, CC_TOK_NUM)) { /* "Tuesday the 4th 7pm": a clock */
    S_tv t;
    S_tv_init(&t);
    uint32_t ce = cc__time_p_clock(c, e, &t);
    return ce > e && t.ampm >= 0 && !S_kind_is(c, ce, CC_TOK_NUM);
  }
  return !S_p(c, e, '-');
}

static uint32_t S_p_nth_day(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_nth_day_lead(c, i))
    return 0;
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  int d;
  uint32_t e = cc__time_ordinal(c, j, &d);
  if (!e || d < 1 || d > 31 || (j == i && !S_kind_is(c, j, CC_TOK_NUM)) ||
      !cc__time_nth_day_end(c, e))
    return 0;
  /* "by the 20th", "until the 3rd": a deadline ahead */
  int hint = S_is(c, i - 1, "by") || S_is(c, i - 1, "until") ||
                     S_is(c, i - 1, "till")
                 ? 1
                 : 0;
  return cc__time_day_in_month(c, tv, d, -1, i, e, hint) ? e : 0;
}

/* "week 27" at j: "week" and a count of 1 to 53 (an ISO week), then
 * "of" (the year must follow: "week 3 of the trial" is none). */
static bool S_week_number(const S_cur *c, uint32_t j, int *n) {
  int v, nd;
  if (!S_is(c, j, "week") || !S_digits(c, j + 1, &v, &nd) || nd > 2 ||
      v < 1 || v > 53 || !S_is(c, j + 2, "of"))
    return false;
  *n = v;
  return true;
}

/* The n-th month of the year in t into tv; returns e. */
static uint32_t S_nth_month(S_tv *tv, const S_tv *t, int n, uint32_t e) {
  *tv = *t;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_MONTH;
  tv->m = n;
  return e;
}

/* "the first Friday of July", "last Monday of March 2014", "the third day
 * of October", "the last day of next month", "the first week of October
 * 2014", "the last week of July".  Week n of a month starts on its n-th
 * Monday; the last week on the last Monday with three more days of the
 * month after it. */
static uint32_t S_p_nth_of(S_cur *c, uint32_t i, S_tv *tv) {
  if (c->depth)
    return 0;
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  int n = 0;
  uint32_t k, kw;
  if (S_week_number(c, j, &n)) {
    k = j; /* "week 27 of last year": "week" as the unit, the count after */
    kw = j + 2;
  } else if (S_is(c, j, "last")) {
    n = -1;
    k = j + 1;
    kw = k + 1; /* after the unit */
  } else if (!(k = cc__time_ordinal(c, j, &n)) || n < 1 ||
             n > (S_is(c, k, "month") ? 12 : 5)) {
    return 0;
  } else {
    kw = k + 1;
  }
  const S_sense *wd = S_word1(c, k, S_K_WEEKDAY);
  bool day = S_is(c, k, "day"), week = S_is(c, k, "week");
  bool month = S_is(c, k, "month"); /* "the third month of 2021" */
  bool pl, wkend = week && cc__time_weekend_at(c, k, &kw, &pl) && kw > k + 1;
  wkend = wkend || S_is(c, k, "weekend"); /* its Saturday and Sunday */
  week = week && !wkend;
  if (!(day || week || wkend || month || (wd && !wd->flag)))
    return 0;
  /* "the 3rd Thursday this September", "the first Monday next month":
   * a weekday before a shifted month with no "of" (the month only) */
  bool bare = wd && n > 0 && !(S_is(c, kw, "of") || S_is(c, kw, "in")) &&
              S_word1(c, kw, S_K_SHIFT);
  if (!(S_is(c, kw, "of") || S_is(c, kw, "in") || bare))
    return 0;
  S_tv t;
  S_tv_init(&t);
  c->depth++;
  uint32_t e;
  if (bare) {
    e = cc__time_p_shift(c, kw, &t);
    if (t.gran != CC_G_MONTH)
      e = 0; /* ("the first Monday next year": none) */
  } else {
    e = cc__time_p_month_led(c, kw + 1, &t);
    if (!e || t.gran != CC_G_MONTH) {
      S_tv_init(&t);
      e = cc__time_p_shift(c, kw + 1, &t);
    }
    if (!e || (t.gran != CC_G_MONTH && t.gran != CC_G_YEAR)) {
      S_tv_init(&t);
      e = cc__time_p_the_period(c, kw + 1, &t);
    }
    if (!e || (t.gran != CC_G_MONTH && t.gran != CC_G_YEAR)) {
      S_tv_init(&t);
      e = S_year4(c, kw + 1, &t.y) ? kw + 2 : 0;
      t.gran = CC_G_YEAR;
    }
  }
  c->depth--;
  if (!e || (t.gran != CC_G_MONTH && t.gran != CC_G_YEAR) || t.preset ||
      t.y2 != S_NOYEAR)
    return 0;
  if (t.gran == CC_G_YEAR && !day && !week && !month)
    return 0; /* "the first Monday of 2025": rare, left alone */
  if (month) /* of a year only ("the second month of the war": none) */
    return t.gran == CC_G_YEAR && t.y != S_NOYEAR
               ? S_nth_month(tv, &t, n > 0 ? n : 12, e)
               : 0;
  if (n > 5 && t.gran != CC_G_YEAR)
    return 0; /* "week 27 of July" */
  if (wkend && t.y == S_NOYEAR)
    return 0;
  *tv = t;
  tv->type = CC_M_DATE;
  if (t.y == S_NOYEAR) { /* no date to count from: the month only */
    tv->gran = day ? CC_G_DAY : week ? CC_G_WEEK : CC_G_DAY;
    return e;
  }
  int64_t lo, hi;
  cc__time_tv_days(&t, &lo, &hi);
  int64_t d;
  if (wd || wkend) {
    int w = wkend ? 5 : wd->v; /* (Monday 0: Saturday 5) */
    if (n > 0)
      d = lo + (w - cc_weekday(lo) + 7) % 7 + 7 * (n - 1);
    else
      d = hi - 1 - (cc_weekday(hi - 1) - w + 7) % 7;
  } else if (day) {
    d = n > 0 ? lo + n - 1 : hi - 1;
  } else if (t.gran == CC_G_YEAR) { /* ISO weeks of the year */
    d = n > 0 ? S_iso_week_monday(t.y, n)
              : cc_days_from_civil(t.y, 12, 28) -
                    cc_weekday(cc_days_from_civil(t.y, 12, 28));
    lo = d; /* an ISO week may start in the year before */
  } else {
    int64_t mon1 = lo + (7 - cc_weekday(lo)) % 7; /* the first Monday */
    /* the last Monday whose week has its Thursday in the month: "the
     * last week of July" 2017 is 24-30 July, not 31 July-6 August */
    d = n > 0 ? mon1 + 7 * (n - 1) : hi - 4 - cc_weekday(hi - 4);
  }
  if (d < lo || d >= hi)
    return 0; /* "the fifth Friday of February" */
  uint32_t fl = tv->flags;
  if (week)
    S_set_week(tv, d);
  else
    S_set_day(tv, d);
  if (wkend)
    S_set_day_range(tv, d, d + 1);
  tv->flags = fl;
  return e;
}

/* The word after "week" at k that names the day a week is counted from
 * ("the week beginning 4 March", "week commencing", "starting"), +1, or
 * to ("the week ending 10 March": statistics' weeks), -1; "of", 0 ("the
 * week of October 6th": the week that holds the day); else 2. */
static int S_week_from(const S_cur *c, uint32_t k) {
  static const char *const from[] = {"beginning", "commencing", "starting",
                                     NULL};
  if (S_is(c, k, "of"))
    return 0;
  if (S_is_one_of(c, k, from))
    return 1;
  return S_is(c, k, "ending") ? -1 : 2;
}

/* "the week of the 18th" (k at "the"): the week that holds that day of
 * the nearest month by the tense (cc__time_day_in_month), the day in
 * digits and no noun after it ("the week of the 1st round" counts). */
static uint32_t S_week_of_nth(S_cur *c, uint32_t i, uint32_t k, S_tv *tv) {
  int d;
  uint32_t e;
  if (!S_is(c, k, "the") || !S_kind_is(c, k + 1, CC_TOK_NUM) ||
      !(e = cc__time_ordinal(c, k + 1, &d)) || d < 1 || d > 31 ||
      !cc__time_nth_day_end(c, e))
    return 0;
  S_tv t;
  S_tv_init(&t);
  if (!cc__time_day_in_month(c, &t, d, -1, i, e, 0))
    return 0;
  *tv = t;
  int64_t lo, hi;
  if (cc__time_tv_days(&t, &lo, &hi)) {
    uint32_t fl = tv->flags;
    S_set_week(tv, lo);
    tv->flags = fl;
  } else {
    tv->gran = CC_G_WEEK; /* no document date: "XXXX-XX-18"'s week */
  }
  return e;
}

/* "the week of October 6th": the week that holds the day; "the week
 * beginning 4 March", "the week ending Friday 10 March": the seven days
 * from or to it (the ISO week when they are one). */
static uint32_t S_p_week_of(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  int dir;
  if (c->depth || !S_is(c, j, "week") || (dir = S_week_from(c, j + 1)) == 2)
    return 0;
  uint32_t k = j + 2;
  if (dir && S_is(c, k, "on"))
    k++; /* "the week starting on 4 March" */
  S_tv t;
  S_tv_init(&t);
  c->depth++;
  uint32_t e = cc__time_p_date_core(c, k, &t);
  c->depth--;
  if (!e && !dir)
    return S_week_of_nth(c, i, k, tv);
  if (!e || t.gran != CC_G_DAY || t.preset || t.y2 != S_NOYEAR || t.m < 1 ||
      t.d < 1 || (dir && t.y == S_NOYEAR))
    return 0;
  *tv = t;
  if (t.y == S_NOYEAR) {
    tv->gran = CC_G_WEEK;
    return e;
  }
  uint32_t fl = tv->flags;
  int64_t d = cc_days_from_civil(t.y, t.m, t.d);
  int64_t first = dir < 0 ? d - 6 : d;
  if (dir && cc_weekday(first) != 0) /* (0: Monday) */
    S_set_day_range(tv, first, first + 6);
  else
    S_set_week(tv, dir ? first : d);
  tv->weekday = -1; /* ("Friday 10 March": the end's weekday) */
  tv->flags = fl;
  return e;
}

/* "q1".."q4", "h1".."h4" (cc__time_p_quarter) or "fy..." (cc__time_p_fiscal).
 * */
static bool S_qfy(const char *w) {
  return (w[0] == 'f' && w[1] == 'y') ||
         ((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && !w[2]);
}

/* Token k is a number in words that may begin a year ("two thousand",
 * "twenty ten": cc__time_p_the_year after "the year"). */
static bool S_year_in_words(const S_cur *c, uint32_t k) {
  cc_numparse np;
  return S_kind_is(c, k, CC_TOK_WORD) && S_num(c, k, &np) &&
         (np.flags & CC_NP_WORDS) && np.value >= 17 && np.value <= 2099;
}

/* Token ti (< c->end) is "latter", "former", "last", "week" or "year"
 * (S_date_none); "year" only after "the" (the) and before four digits
 * (S_year4): cc__time_p_the_year's guard, the only one that asks for "year"
 * ("the year before the election" reads no date). */
static bool S_ti_word(const S_cur *c, uint32_t ti, bool the) {
  int y;
  switch (S_tok(c, ti)->norm[0]) {
  case 'l':
    return S_is(c, ti, "latter") || S_is(c, ti, "last");
  case 'f': /* "the final quarter of 2004", "the final three months of" */
    return S_is(c, ti, "former") || S_is(c, ti, "final");
  case 'w':
    return S_is(c, ti, "week");
  case 'y': /* (or a year in words: cc__time_p_the_year) */
    return the && S_is(c, ti, "year") &&
           (S_year4(c, ti + 1, &y) || S_year_in_words(c, ti + 1));
  default:
    return false;
  }
}

/* cc__time_p_after_next's own test after the word at ti: "after next" or
 * "before last" at the next token, or at the one after it (a month may
 * take its period, S_month). */
static bool S_after_next_at(const S_cur *c, uint32_t ti) {
  for (uint32_t k = ti + 1; k <= ti + 2; k++)
    if ((S_is(c, k, "after") && S_is(c, k + 1, "next")) ||
        (S_is(c, k, "before") && S_is(c, k + 1, "last")))
      return true;
  return false;
}

/* No guard of S_p_date_core_all holds at token i (< c->end), a word, so no
 * date parser is called there.  Read off the guards, with ti the token after
 * an optional "the" (the guards' own): at i no weekday, month or era sense,
 * not "between" or "from", no "q3" or "fy...", no ordinal or number word of
 * 17 to 20 or words of 2000 to 2099 (S_num: cc__time_ordinal,
 * cc__time_p_year_words) and no key of a fiscal, holiday, shift or
 * day-relative kind (S_has_phrase; cc__time_p_holiday's shift is one); ti
 * past the sentence, or a word (so no digits: S_digits, S_year4; no
 * apostrophe) that is no ordinal, not "q3", "latter", "former", "last",
 * "final", "week" or "the year" before four digits, whose kinds have no season, part
 * of day, weekend, decade or rest sense, and a unit, weekday or month sense
 * only with no "after next" or "before last" at the next two tokens (after
 * "the", a month not before "quarter": cc__time_p_quarter).  Most
 * words that reach the date parsers ("the team", "a", "over", "years",
 * "five") end here after a few tests instead of some twenty guards.  So does
 * a mark (a punctuation or symbol token) with no entry that begins with no
 * letter and no apostrophe (")" after a clock, where cc__time_p_time asks
 * for a date): no "the" there, no digits, no ordinal (cc__time_ordinal reads
 * a number or a word), no kind, no key (no entry), no "fy", "q3", "last" or
 * "week", no apostrophe (cc__time_p_decade), so every guard fails.  A
 * CC_RECOG_CHECK_INERT build runs the guards anyway. */
static bool S_date_none(const S_cur *c, uint32_t i, const S_entry *ei) {
  const cc_token *t = S_tok(c, i);
  uint64_t ki = ei ? ei->kinds : 0;
  if ((t->kind == CC_TOK_PUNCT || t->kind == CC_TOK_SYM) && !ei &&
      !S_ascii_letter(t->norm[0]) && t->norm[0] != '\'')
    return true; /* a mark: below */
  if (t->kind != CC_TOK_WORD ||
      (ki & (S_M(S_K_WEEKDAY) | S_M(S_K_MONTH) | S_M(S_K_ERA))) ||
      S_qfy(t->norm) ||
      ((t->norm[0] == 'b' || t->norm[0] == 'f') &&
       (S_is(c, i, "between") || S_is(c, i, "from"))))
    return false;
  cc_numparse np;
  if (S_num(c, i, &np) &&
      ((np.flags & CC_NP_ORDINAL) || S_year_words_may(&np, i)))
    return false;
  bool the = S_is(c, i, "the");
  if (!the && t->norm[0] == 'y' && S_is(c, i, "year") &&
      (S_is(c, i + 1, "to") || S_p(c, i + 1, '-')))
    return false; /* cc__time_p_ytd: "year to date" */
  uint32_t ti = the ? i + 1 : i;
  if (the && S_is(c, ti, "month") && S_is(c, ti + 1, "of"))
    return false; /* S_p_month_of: "the month of May" */
  if (ti < c->end) {
    const cc_token *tt = S_tok(c, ti);
    uint64_t kt = the ? S_kinds_at(c, ti) : ki;
    if (tt->kind != CC_TOK_WORD ||
        (kt & (S_M(S_K_SEASON) | S_M(S_K_POD) | S_M(S_K_WEEKEND) |
               S_M(S_K_DECADE) | S_M(S_K_REST))) ||
        S_qfy(tt->norm) || S_ti_word(c, ti, the))
      return false;
    /* a part of the day in words: "the early hours of" (S_p_pod_of) */
    if (the && S_may_phrase(S_entry_at(c, ti), S_M(S_K_POD)))
      return false;
    if (the && cc__time_months_to_head(c, ti)) /* "the three months to June" */
      return false;
    if (the && (kt & S_M(S_K_MONTH)) && (S_is(c, ti + 1, "quarter") ||
                                          S_is(c, ti + 2, "quarter")))
      return false; /* "the December quarter", "the Sept. quarter" */
    if ((kt & (S_M(S_K_UNIT) | S_M(S_K_WEEKDAY) | S_M(S_K_MONTH))) &&
        S_after_next_at(c, ti))
      return false;
    if (the && S_num(c, ti, &np) && (np.flags & CC_NP_ORDINAL))
      return false;
    if (the && S_spoken_century(c, ti))
      return false; /* cc__time_p_decade: "the nineteen seventies" */
  }
  return !S_has_phrase(c, i, ei,
                       S_M(S_K_FISCAL) | S_M(S_K_HOLIDAY) | S_M(S_K_SHIFT) |
                           S_M(S_K_DAYREL));
}

static uint32_t S_p_date_core_all(S_cur *c, uint32_t i, S_tv *tv);

/* S_p_date_core_all where S_date_none does not hold. */
static uint32_t S_p_date_core_run(S_cur *c, uint32_t i, S_tv *tv) {
  if (i >= c->end)
    return 0;
  if (S_date_none(c, i, S_entry_at(c, i))) {
#ifdef CC_RECOG_CHECK_INERT
    S_tv t;
    S_tv_init(&t);
    if (S_p_date_core_all(c, i, &t)) {
      fprintf(stderr, "recog: date at \"%s\" S_date_none misses\n",
              S_w(c, i));
      abort();
    }
#endif
    return 0;
  }
  return S_p_date_core_all(c, i, tv);
}

/* Every date parser whose guard holds at token i (< c->end). */
static uint32_t S_p_date_core_all(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t best = 0;
  S_tv buf[2], *won = &buf[0], *cand = &buf[1]; /* S_BEST's */
  /* Each guard is a condition without which the parser returns 0 (its own
   * first test, or a part of it): a parser that cannot match is not
   * called, which spares a fresh value and the call per parser. */
  const S_entry *ei = S_entry_at(c, i);
  uint64_t ki = ei ? ei->kinds : 0; /* the kinds S_word1 can find at i */
  bool the = S_is(c, i, "the"), num = S_kind_is(c, i, CC_TOK_NUM);
  uint32_t ti = the ? i + 1 : i; /* after an optional "the" */
  uint64_t kt = the ? S_kinds_at(c, ti) : ki;
  const char *w = S_w(c, i);
  int gv; /* guards' scratch: the day or ordinal after "the" (memo) */
  /* the ordinal at ti, which four guards read (S_day's and three more):
   * read once here */
  int ov = 0, dv, nd;
  bool ord = cc__time_ordinal(c, ti, &ov) != 0;
  bool day = (S_digits(c, ti, &dv, &nd) && nd <= 2 && dv >= 1 && dv <= 31) ||
             (ord && ov >= 1 && ov <= 31); /* S_day */
  S_BEST_IF(ki & S_M(S_K_WEEKDAY), cc__time_p_weekday_led);
  S_BEST_IF(ki & S_M(S_K_MONTH), cc__time_p_month_led);
  S_BEST_IF(day, cc__time_p_day_led);
  /* cc__time_p_numeric: digits alone ("2018") only before a glued hyphen */
  int nv, nn;
  S_BEST_CHECKED(num && (!S_digits(c, i, &nv, &nn) ||
                         (S_p(c, i + 1, '-') && S_glued(c, i + 1))),
                 cc__time_p_numeric);
  S_BEST_IF(num || (ki & S_M(S_K_ERA)) || S_is(c, i, "between") ||
                S_is(c, i, "from") || S_p(c, i, '\''),
            cc__time_p_year);
  S_BEST_CHECKED(the && S_is(c, ti, "year") &&
                     (S_year4(c, ti + 1, &gv) || S_year_in_words(c, ti + 1)),
                 cc__time_p_the_year);
  S_BEST_IF((w[0] == 'f' && w[1] == 'y') ||
                S_has_phrase(c, i, ei, S_M(S_K_FISCAL)),
            cc__time_p_fiscal);
  cc_numparse np; /* cc__time_p_year_words: a number word alone */
  S_BEST_CHECKED(S_kind_is(c, i, CC_TOK_WORD) && S_num(c, i, &np) &&
                     S_year_words_may(&np, i),
                 cc__time_p_year_words);
  /* cc__time_p_decade: at ti digits with an "s" or before "'s" or "s", an
   * apostrophe ("'90s") or a decade word (after "the", or "the late":
   * cc__time_p_mod's) */
  const cc_token *tt = ti < c->end ? S_tok(c, ti) : NULL;
  S_BEST_CHECKED((tt && tt->kind == CC_TOK_NUM &&
                  ((tt->norm[0] && tt->norm[strlen(tt->norm) - 1] == 's') ||
                   S_p(c, ti + 1, '\'') || S_is(c, ti + 1, "s"))) ||
                S_p(c, ti, '\'') || (kt & S_M(S_K_DECADE)) ||
                S_spoken_century(c, ti),
            cc__time_p_decade);
  S_BEST_IF(ord, cc__time_p_century);
  /* "2020 Q3" (S_year4 reads a number token only: most ti are words) */
  uint32_t qj =
      ti + (tt && tt->kind == CC_TOK_NUM && S_year4(c, ti, &gv) ? 1 : 0);
  if (qj > ti && S_p(c, qj, '-'))
    qj++; /* "2019-Q1" */
  const char *qw = S_w(c, qj);
  S_BEST_IF(((qw[0] == 'q' || qw[0] == 'h') && qw[1] >= '1' && qw[1] <= '4' &&
             !qw[2]) ||
                (qj == ti ? ord : cc__time_ordinal(c, qj, &gv) != 0) ||
                S_is(c, qj, "latter") || S_is(c, qj, "former") ||
                S_is(c, qj, "last") || S_is(c, qj, "final") ||
                (the && qj == ti && (kt & S_M(S_K_MONTH)) &&
                 (S_is(c, ti + 1, "quarter") || S_is(c, ti + 2, "quarter"))),
            cc__time_p_quarter);
  S_BEST_IF(kt & S_M(S_K_SEASON), cc__time_p_season);
  S_BEST_IF(kt & S_M(S_K_REST), cc__time_p_rest);
  S_BEST_CHECKED(the && cc__time_months_to_head(c, ti), cc__time_p_months_to);
  /* cc__time_p_ytd: "year to date", "year-to-date" */
  S_BEST_CHECKED(S_is(c, i, "year") &&
                     (S_is(c, i + 1, "to") || S_p(c, i + 1, '-')),
                 cc__time_p_ytd);
  S_BEST_CHECKED(cc__time_first_months_head(c, ti), cc__time_p_first_months);
  /* cc__time_p_holiday: a holiday key at i, or "last", "this" or "next" as a
   * shift key (a holiday after it) */
  S_BEST_IF(S_has_phrase(c, i, ei, S_M(S_K_HOLIDAY)) ||
                ((S_is(c, i, "last") || S_is(c, i, "this") ||
                  S_is(c, i, "next")) &&
                 S_has_phrase(c, i, ei, S_M(S_K_SHIFT))),
            cc__time_p_holiday);
  S_BEST_IF(S_has_phrase(c, i, ei, S_M(S_K_SHIFT)), cc__time_p_shift);
  S_BEST_IF(S_has_phrase(c, i, ei, S_M(S_K_DAYREL)), cc__time_p_dayrel);
  S_BEST_CHECKED(the && S_is(c, ti, "month") && S_is(c, ti + 1, "of"),
                 S_p_month_of);
  S_BEST_CHECKED(the && ((kt & S_M(S_K_WEEKEND)) ||
                         (S_is(c, ti, "week") && S_p(c, ti + 1, '-'))),
                 S_p_weekend);
  /* S_p_nth_day: an ordinal day at ti, digits when there is no "the" */
  S_BEST_CHECKED(ord && ov >= 1 && ov <= 31 && (the || num) &&
                    S_nth_day_lead(c, i),
                S_p_nth_day);
  /* cc__time_p_after_next: "after next" or "before last" after the word at ti
   * (a month may take its period) */
  S_BEST_CHECKED((kt & (S_M(S_K_UNIT) | S_M(S_K_WEEKDAY) | S_M(S_K_MONTH) |
                      S_M(S_K_SEASON) | S_M(S_K_WEEKEND))) &&
                (S_is(c, ti + 1, "after") || S_is(c, ti + 1, "before") ||
                 S_is(c, ti + 2, "after") || S_is(c, ti + 2, "before")),
            cc__time_p_after_next);
  S_BEST_IF(!c->depth && (S_is(c, ti, "last") || ord || S_is(c, ti, "week")),
            S_p_nth_of);
  S_BEST_IF(!c->depth && S_is(c, ti, "week"), S_p_week_of);
  S_BEST_IF(kt & S_M(S_K_POD), S_p_pod);
  if (c->depth < 2 &&
      ((kt & S_M(S_K_POD)) ||
       (the && S_may_phrase(S_entry_at(c, ti), S_M(S_K_POD))))) {
    c->depth += 2; /* (a phrase too: "the early hours of") */
    S_BEST(S_p_pod_of);
    c->depth -= 2;
  }
  if (best)
    *tv = *won;
  return best;
}

/* Every date parser at i, the longest wins; *tv is written only on a match,
 * and then wholly (S_tv_unset).  The answer depends on i, the sentence and
 * whether depth is 0, 1 or more, so the memo keeps it: cc__time_p_date, the
 * ends of a range and the date after a time ask for the same token. */
uint32_t cc__time_p_date_core(S_cur *c, uint32_t i, S_tv *tv) {
  if (!c->tmemo || i >= c->end)
    return S_p_date_core_run(c, i, tv);
  int cls = c->depth < S_CORE_CLASSES - 1 ? c->depth : S_CORE_CLASSES - 1;
  S_core_slot *s = &c->tmemo->core[cls][i & (S_MEMO_TOKS - 1)];
  if (s->gen == c->tmemo->gen && s->i == i) {
    if (s->e)
      *tv = s->tv;
    return s->e;
  }
  uint32_t e = S_p_date_core_run(c, i, tv);
  s = &c->tmemo->core[cls][i & (S_MEMO_TOKS - 1)];
  s->gen = c->tmemo->gen;
  s->i = i;
  s->e = e;
  if (e)
    s->tv = *tv;
  return e;
}

/* A bare hour stated with a part of the day: "at 8" with "tonight" is
 * 20:00, "at 7" with "this morning" 07:00. */
int cc__time_pod_hour(int hh, const char *pod) {
  if (!pod || hh < 1 || hh > 12)
    return hh;
  if (!strcmp(pod, "MO"))
    return hh == 12 ? 0 : hh;
  if (!strcmp(pod, "AF") || !strcmp(pod, "EV") ||
      (!strcmp(pod, "NI") && hh >= 6))
    return hh < 12 ? hh + 12 : hh;
  return hh;
}

/* Copy the time of day of t into tv (a day or a part of one). */
static void S_take_time(S_tv *tv, const S_tv *t) {
  const char *pod = tv->gran == CC_G_PART_OF_DAY ? tv->code : NULL;
  tv->hh = t->ampm < 0 ? cc__time_pod_hour(t->hh, pod) : t->hh;
  tv->mm = t->mm;
  tv->ss = t->ss;
  tv->ampm = t->ampm;
  tv->has_sec = t->has_sec;
  tv->gran = t->gran;
  tv->code = NULL;
  tv->zone = t->zone;
  tv->zstated = t->zstated;
  tv->zfixed = t->zfixed;
  tv->zoff = t->zoff;
  tv->zlocal = t->zlocal;
  tv->trange = t->trange;
  tv->hh2 = t->ampm < 0 && t->trange ? cc__time_pod_hour(t->hh2, pod) : t->hh2;
  tv->mm2 = t->mm2;
  tv->type = CC_M_DATETIME;
}

/* The words that may lead a time after a day, and the token after them:
 * "at", then "about" or "around" ("on Tuesday at about 1pm"); "before"
 * or "after", with "shortly", "just", "soon" or "right" before it or not
 * ("on 12 May shortly after 3pm", "at just before 1pm"); without "at",
 * "by", "until", "till", "no later than" or "not before" ("on 3 June
 * before 10pm": the time, with the open end they tell in *open, which
 * the words after an adverb do not: "shortly after 3pm" is about 3pm). */
static uint32_t S_time_lead(const S_cur *c, uint32_t k, bool *at,
                            bool *approx, uint8_t *open) {
  *open = CC_Q_NONE;
  *at = S_is(c, k, "at");
  if (*at)
    k++;
  *approx = S_is(c, k, "about") || S_is(c, k, "around") ||
            S_is(c, k, "approximately") || S_is(c, k, "roughly");
  if (*approx)
    return k + 1;
  uint32_t a = k;
  bool adv = S_is(c, a, "shortly") || S_is(c, a, "just") ||
             S_is(c, a, "soon") || S_is(c, a, "right");
  if (adv)
    a++;
  bool before = S_is(c, a, "before");
  if (before || S_is(c, a, "after")) {
    if (!adv && !*at)
      *open = before ? CC_Q_BEFORE : CC_Q_AFTER;
    return adv || !*at ? a + 1 : k;
  }
  if (*at || adv)
    return k;
  if (S_is(c, a, "by") || S_is(c, a, "until") || S_is(c, a, "till")) {
    *open = CC_Q_UNTIL;
    return a + 1;
  }
  bool later = S_is(c, a + 1, "later");
  if ((S_is(c, a, "no") || S_is(c, a, "not")) &&
      (later || S_is(c, a + 1, "earlier")) && S_is(c, a + 2, "than")) {
    *open = later ? CC_Q_UNTIL : CC_Q_SINCE;
    return a + 3;
  }
  before = S_is(c, a + 1, "before");
  if (S_is(c, a, "not") && (before || S_is(c, a + 1, "after"))) {
    *open = before ? CC_Q_SINCE : CC_Q_UNTIL;
    return a + 2;
  }
  return k;
}

/* What may follow a bare hour after "DAY at" ("on Tuesday at 3."): the
 * sentence's end, a mark, or a word that goes on with the sentence, not
 * a noun the number counts or names ("at 10 Downing Street", "at 3
 * venues"). */
static bool S_bare_hour_end(const S_cur *c, uint32_t k) {
  static const char *const ok[] = {"and", "or", "when", "with", "but",
                                   "to",  "in",  "on",   NULL};
  if (k >= c->end)
    return true;
  if (S_kind_is(c, k, CC_TOK_PUNCT))
    return S_p(c, k, '.') || S_p(c, k, ',') || S_p(c, k, ';') ||
           S_p(c, k, ':') || S_p(c, k, ')') || S_p(c, k, '!') ||
           S_p(c, k, '?');
  return S_kind_is(c, k, CC_TOK_WORD) && S_is_one_of(c, k, ok);
}

/* A weekday at j after a day and a comma, when it is that day's: "Jul
 * 18, Fri", "on June 15, Friday, the court ..." (a year that fits it
 * taken, as "(Friday)" takes one).  Not a weekday of its own ("June 15,
 * Friday and Saturday" names three days only where it is not that day's),
 * one that leads another date ("June 14, Friday June 15"), a possessive
 * ("June 15, Friday's vote") or an abbreviation that does not end the
 * clause ("3 March, Sun readers"); its end, or 0. */
CC_NOINLINE uint32_t S_weekday_after(const S_cur *c, uint32_t j, S_tv *tv) {
  const S_sense *ws;
  uint32_t k = S_weekday(c, j, &ws);
  int mo;
  if (!k || ws->flag ||
      (ws->strict && (!S_cap(c, j) || !S_clause_end(c, k))) || /* "Sun" */
      (k < c->end && (S_kind_is(c, k, CC_TOK_NUM) || S_is(c, k, "'s") ||
                      S_month(c, k, &mo, NULL))))
    return 0;
  S_tv t = *tv;
  t.weekday = (int8_t)ws->v;
  cc__time_weekday_year(c, &t, j, k);
  if (t.y == S_NOYEAR || !cc_date_valid(t.y, t.m, t.d) ||
      cc_weekday(cc_days_from_civil(t.y, t.m, t.d)) != ws->v)
    return 0;
  *tv = t;
  return k;
}

/* "the early hours" at k after a day and "in" ("on Sunday in the early
 * hours", "... of the morning"): that day's; its end, or j. */
static uint32_t S_early_hours_after(const S_cur *c, uint32_t k, S_tv *tv,
                                    uint32_t j) {
  uint32_t n = 1;
  const S_sense *p = cc__time_phrase(c, k, S_M(S_K_POD), &n);
  if (!p || !p->s || n < 2)
    return j; /* (one word: read above) */
  S_set_pod(tv, p);
  k += n;
  if (S_is(c, k, "of") && S_is(c, k + 1, "the") && S_is(c, k + 2, "morning"))
    k += 3;
  return k;
}

/* After a day: "(Friday)", a part of the day ("Friday evening", "Friday
 * in the evening"), or a time ("at 7pm", "from 9:30 to 11:00"); after a
 * part of a day a time ("tonight at 8"). */
uint32_t cc__time_attach(S_cur *c, uint32_t j, S_tv *tv) {
  bool pod = tv->gran == CC_G_PART_OF_DAY;
  if ((tv->gran != CC_G_DAY && !pod) || tv->y2 != S_NOYEAR || tv->preset ||
      tv->hh >= 0)
    return j;
  const S_sense *ws;
  uint32_t k;
  if (!pod) {
    if (S_p(c, j, '(') && (k = S_weekday(c, j + 1, &ws)) && S_p(c, k, ')') &&
        !ws->flag) {
      tv->weekday = (int8_t)ws->v;
      cc__time_weekday_year(c, tv, j + 1, k);
      j = k + 1;
    } else if (S_p(c, j, ',') && tv->weekday < 0 &&
               (k = S_weekday_after(c, j + 1, tv))) {
      j = k; /* "Jul 18, Fri", "on June 15, Friday, the court" */
    }
    const S_sense *p = S_word1(c, j, S_K_POD);
    uint32_t pj = j;
    if (!p && (S_is(c, j, "early") || S_is(c, j, "late")) &&
        (p = S_word1(c, j + 1, S_K_POD)))
      pj = j + 1; /* "Sunday early morning": that morning, whole */
    if (p && p->s) {
      S_set_pod(tv, p);
      int wv;
      uint32_t we;
      if (pj == j && j > c->sb && S_word1(c, j - 1, S_K_WEEKDAY) &&
          !S_plural_word(c, j) &&
          (we = cc__time_week_shift(c, j + 1, &wv)))
        return we; /* "Wednesday evening next week": the weekday's
                    * reader put the day in that week */
      return cc__time_attach(c, pj + 1, tv); /* "Friday morning at 9" */
    }
    /* "on Friday in the evening": that day's evening, not today's; "on
     * Sunday early in the morning", "late in the evening": that part,
     * whole (as "Sunday early morning") */
    uint32_t in = j;
    if ((S_is(c, j, "early") || S_is(c, j, "late")) && S_is(c, j + 1, "in"))
      in = j + 1;
    if (S_is(c, in, "in") && S_is(c, in + 1, "the") &&
        (p = S_word1(c, in + 2, S_K_POD)) && p->s) {
      S_set_pod(tv, p);
      return cc__time_attach(c, in + 3, tv);
    }
    if (in == j && S_is(c, j, "in") && S_is(c, j + 1, "the"))
      return S_early_hours_after(c, j + 2, tv, j);
    /* "on Friday at dawn", "on 3 March at lunchtime", "on Friday around
     * lunchtime": that day's (not "at nights") */
    bool about = S_is(c, j, "around") || S_is(c, j, "about");
    if ((S_is(c, j, "at") || about) && (p = S_word1(c, j + 1, S_K_POD)) &&
        p->s && S_w(c, j + 1)[S_tok(c, j + 1)->norm_len - 1] != 's') {
      S_set_pod(tv, p);
      if (about && !tv->qual)
        tv->qual = CC_Q_APPROX; /* "on Friday around lunchtime" */
      return j + 2;
    }
  }
  k = j;
  if (S_p(c, k, ','))
    k++;
  /* every time read below starts with "from" or "between" at k or with a
   * clock, digits or an hour word after an optional "at" (cc__time_may_clock:
   * cc__time_hour_word reads digits, a clock word or a number) */
  bool fb = S_is(c, k, "from") || S_is(c, k, "between");
  bool at, approx;
  uint8_t open;
  uint32_t kc = S_time_lead(c, k, &at, &approx, &open);
  bool may =
      fb || (kc < c->end && cc__time_may_clock(c, kc, S_kinds_at(c, kc)));
#ifndef CC_RECOG_CHECK_INERT
  if (!may)
    return j;
#endif
  S_tv t;
  S_tv_init(&t);
  uint32_t e = 0;
  if (fb) {
    e = cc__time_time_range(c, k, &t);
    if (!e) { /* "tomorrow from 3 to 5" */
      S_tv_init(&t);
      e = cc__time_bare_range(c, k, &t);
    }
    if (!e && S_is(c, k, "from") && !cc__time_change_before(c, k)) {
      S_tv_init(&t); /* "on Friday from 9am": its start */
      e = cc__time_p_clock(c, k + 1, &t);
    }
  } else {
    bool lead = kc != k;
    k = kc;
    e = cc__time_time_range(c, k, &t);
    if (!e) {
      S_tv_init(&t);
      e = cc__time_p_clock(c, k, &t);
    }
    int v, nd;
    uint32_t he;
    if (!e && lead && pod && S_digits(c, k, &v, &nd) && nd <= 2 && v >= 1 &&
        v <= 12 && S_bare_hour_end(c, k + 1)) {
      /* "tonight at 8", "tonight around 7"; not "Thursday afternoon after
       * 8 years" */
      t.hh = v;
      t.gran = CC_G_HOUR;
      e = k + 1;
    } else if (!e && lead && pod && S_kind_is(c, k, CC_TOK_WORD) &&
               (he = cc__time_hour_word(c, k, &v)) && S_bare_hour_end(c, he)) {
      t.hh = v; /* "this evening at eight" */
      t.gran = CC_G_HOUR;
      e = he;
    } else if (!e && (at || (approx && (k + 1 >= c->end ||
                                        S_kind_is(c, k + 1, CC_TOK_PUNCT)))) &&
               !pod && S_digits(c, k, &v, &nd) && nd <= 2 && v >= 1 &&
               v <= (at ? 23 : 12) && S_bare_hour_end(c, k + 1)) {
      /* "Friday the 26th around 4." too: an hour about which the clause
       * ends */
      /* "on Tuesday at 3": an hour next to a day, 1-6 afternoon ones
       * (S_work_hour); not "on Friday at 10 Downing Street" */
      t.hh = S_work_hour(v);
      t.gran = CC_G_HOUR;
      e = k + 1;
    } else if (!e && at && !pod && S_kind_is(c, k, CC_TOK_WORD) &&
               (he = cc__time_hour_word(c, k, &v)) && he == k + 1 &&
               S_bare_hour_end(c, he)) {
      t.hh = S_work_hour(v); /* "on Friday at seven", as "at 7" */
      t.gran = CC_G_HOUR;
      e = he;
    }
  }
#ifdef CC_RECOG_CHECK_INERT
  if (e && !may) {
    fprintf(stderr, "recog: time after a day at \"%s\" not foreseen\n",
            S_w(c, k));
    abort();
  }
#endif
  if (!e)
    return j;
  S_take_time(tv, &t);
  if (approx && tv->qual == CC_Q_NONE)
    tv->qual = CC_Q_APPROX; /* "on Tuesday at about 1pm" */
  if (!fb && !tv->trange)
    tv->open = open; /* "on Thursday before 5pm" */
  return e;
}

/* A day named by a weekday ([i, e): "Friday", "this Friday") and its date
 * in brackets after it: "Friday (June 15)", "this Friday (15 Jun)", as
 * Asian wire copy writes them, or glued to it by a hyphen (brk false):
 * "Friday-Jun-15", "Fri-15-Jun", as calendars and listings write them
 * (no weekday range: "Friday-Jun-15" is not Friday to 15 June).  The
 * date is the day, the weekday the one named with it (the year that fits
 * it, and the weekday check's to test, as for "Friday, June 15"); the
 * end, or e. */
CC_NOINLINE uint32_t S_bracket_date(S_cur *c, uint32_t i, uint32_t e,
                                    S_tv *tv, bool brk) {
  const S_sense *ws = S_word1(c, e - 1, S_K_WEEKDAY);
  if (!ws || ws->flag || tv->gran != CC_G_DAY || tv->preset ||
      tv->y2 != S_NOYEAR || tv->hh >= 0 || tv->type != CC_M_DATE ||
      e + 2 >= c->end || S_word1(c, e + 1, S_K_WEEKDAY))
    return e;
  S_tv t;
  S_tv_init(&t);
  c->depth++;
  uint32_t te = cc__time_p_date_core(c, e + 1, &t);
  c->depth--;
  if (!te || (brk && !S_p(c, te, ')')) || t.type != CC_M_DATE ||
      t.gran != CC_G_DAY || t.preset || t.y2 != S_NOYEAR || t.m2 || t.d2)
    return e;
  *tv = t;
  tv->weekday = (int8_t)ws->v;
  if (tv->flags & CC_MF_YEAR_INFERRED) { /* by the tense of it all */
    tv->y = S_NOYEAR;
    cc__time_infer_year(c, tv, i, te + 1);
  }
  cc__time_weekday_year(c, tv, i, te + 1);
  return brk ? te + 1 : te;
}

/* A hyphen glued to both neighbours at e: "Friday-Jun-15". */
static bool S_glued_hyphen(const S_cur *c, uint32_t e) {
  return S_p(c, e, '-') && S_glued(c, e) && S_glued(c, e + 1);
}

uint32_t cc__time_p_date(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t e = cc__time_p_date_core(c, i, tv);
  if (e && S_p(c, e, '('))
    e = S_bracket_date(c, i, e, tv, true);
  else if (e && S_glued_hyphen(c, e))
    e = S_bracket_date(c, i, e, tv, false);
  return e ? cc__time_attach(c, e, tv) : 0;
}

/* ---- date ranges --------------------------------------------------------- */

/* The word joining the two ends of a date range at j, or 0. */
static uint32_t S_range_joiner(const S_cur *c, uint32_t j, bool between) {
  if (between)
    return S_is(c, j, "and") ? j + 1 : 0;
  if (S_is(c, j, "to") || S_is(c, j, "until") || S_is(c, j, "till") ||
      S_is(c, j, "through") || S_is(c, j, "thru") || S_p(c, j, '-'))
    return j + 1;
  if (S_is(c, j, "up") && S_is(c, j + 1, "to"))
    return j + 2;
  return 0;
}

/* A key of cc__time_p_mod's at j or after "the" there: its first test. */
bool cc__time_mod_at(S_cur *c, uint32_t j) {
  if (j >= c->end) /* (a range's joiner may end the sentence: "2025-") */
    return false;
  return S_has_phrase(c, j, S_entry_at(c, j), S_M(S_K_MOD)) ||
         (S_is(c, j, "the") && j + 1 < c->end &&
          S_has_phrase(c, j + 1, S_entry_at(c, j + 1), S_M(S_K_MOD)));
}

/* A plain date at j for one end of a range: no time, no range, no set. */
static uint32_t S_range_end(S_cur *c, uint32_t j, S_tv *t) {
  S_tv_init(t);
  uint32_t e = cc__time_p_date_core(c, j, t);
  if (!e && cc__time_mod_at(c, j))
    e = cc__time_p_mod(c, j, t);
  /* "early April", "the end of June": the part of the period bounds the
   * range ("from early April until the end of June") */
  bool part = t->qual == CC_Q_EARLY || t->qual == CC_Q_MID ||
              t->qual == CC_Q_LATE;
  if (!e || t->preset || t->hh >= 0 || t->type != CC_M_DATE ||
      t->y2 != S_NOYEAR || t->gran == CC_G_PART_OF_DAY || (t->qual && !part))
    return 0;
  return e;
}

/* "now" or "today" at j as the first end of a range ("between now and
 * November", "from today until Friday"): the document's day. */
static uint32_t S_range_now(const S_cur *c, uint32_t j, S_tv *t) {
  int64_t doc;
  if (!(S_is(c, j, "now") || S_is(c, j, "today")) || !S_doc(c, &doc))
    return 0;
  S_tv_init(t);
  S_set_day(t, doc);
  return j + 1;
}

/* "date", "now", "today" or "the present" at k as the second end ("from
 * March to date", "2015 until now"): the document's day. */
static uint32_t S_range_to_now(const S_cur *c, uint32_t k, S_tv *t) {
  int64_t doc;
  uint32_t e = 0;
  if (S_is(c, k, "date") || S_is(c, k, "now") || S_is(c, k, "today"))
    e = k + 1;
  else if (S_is(c, k, "the") && S_is(c, k + 1, "present"))
    e = k + 2;
  if (!e || S_is(c, e, "of") || S_p(c, e, '\'') || !S_doc(c, &doc))
    return 0; /* "to date of birth", "to today's" */
  S_tv_init(t);
  S_set_day(t, doc);
  return e;
}

/* "in 2017" or ", 2020" after a range whose ends took their year from the
 * document ("from April to June in 2017"): both ends take it. */
static uint32_t S_range_year_after(const S_cur *c, uint32_t e, S_tv *a,
                                   S_tv *b) {
  int y;
  bool infa = a->y == S_NOYEAR || (a->flags & CC_MF_YEAR_INFERRED),
       infb = b->y == S_NOYEAR || (b->flags & CC_MF_YEAR_INFERRED);
  if (!infa || !infb || !(S_is(c, e, "in") || S_p(c, e, ',')) ||
      !S_year4(c, e + 1, &y) || S_p(c, e + 2, '-') || S_p(c, e + 2, '/'))
    return 0;
  a->y = b->y = y;
  a->flags &= ~(uint32_t)CC_MF_YEAR_INFERRED;
  b->flags &= ~(uint32_t)CC_MF_YEAR_INFERRED;
  return e + 2;
}

/* A bare day of the month at j: "4", "13th", "twenty-second". */
static uint32_t S_range_day(const S_cur *c, uint32_t j, int *d) {
  uint32_t e = S_day(c, j, d);
  if (!e || S_p(c, e, ':') || S_p(c, e, '%'))
    return 0;
  return e;
}

/* "from June to August", "between 4 and 22 January 1995", "July 13 to 15",
 * "13th to 15th July", "Monday to Friday", "from March 2020 to May 2021":
 * one date mention whose value is "start/end" and whose interval runs from
 * the start of the first to the end of the second. */
/* The word before a bare first day ("runs 12 to 16 September") may lead
 * a range of days: a word, not one of change or of amount ("raised 4 to
 * 5", "up 12 to 16 September": a change to a level), nor a number. */
static bool S_day_range_lead(const S_cur *c, uint32_t i) {
  static const char *const change[] = {
      "rose",    "fell",    "raised",  "cut",     "up",      "down",
      "by",      "grew",    "dropped", "jumped",  "climbed", "gained",
      "lost",    "slipped", "lifted",  "lowered", "rise",    "fall",
      "rising",  "falling", "reduced", "increased", "decreased", "from",
      "to",      "and",     "or",      "between", "of",      NULL};
  if (i <= c->sb)
    return true; /* "12 to 16 September: the festival" */
  return S_kind_is(c, i - 1, CC_TOK_WORD) && !S_is_one_of(c, i - 1, change);
}

/* The second end of a range of bare days at k before a month named by
 * its distance: "from the 4th to the 9th next month", "from 4-23 in
 * next month" (one digit day hyphened after "from"; "of next month" is
 * cc__time_p_day_led's).  Only ordinals or that hyphen: "rates go from
 * 4 to 5 next month" are levels.  The day in t, which takes the month;
 * the end, or 0. */
static uint32_t S_range_rel_month(S_cur *c, uint32_t k, bool from,
                                  bool hyphen, S_tv *t) {
  int d, tmp;
  uint32_t dk = S_is(c, k, "the") ? k + 1 : k;
  uint32_t e = S_range_day(c, dk, &d);
  if (!e || !(cc__time_ordinal(c, dk, &tmp) || (from && hyphen)))
    return 0;
  if (S_is(c, e, "in"))
    e++;
  S_tv_init(t);
  uint32_t me = cc__time_p_shift(c, e, t);
  if (!me || t->gran != CC_G_MONTH || t->preset || t->y == S_NOYEAR ||
      !cc_date_valid(t->y, t->m, d))
    return 0;
  t->gran = CC_G_DAY;
  t->d = d;
  return me;
}

/* Both ends of a range without a year ("from May to September", the
 * second after the first): the year of the whole range, as cc__time_infer_year
 * gives one date's, so a range under way is this year's ("will happen
 * from May to September", written in July) even where its first end is
 * over. */
static void S_range_year(const S_cur *c, S_tv *a, S_tv *b, uint32_t i,
                         uint32_t e) {
  int64_t doc, lo[3], hi[3], l2, h2;
  int ys[3], n = 0, off = b->y - a->y, y1 = a->y;
  if (!S_doc(c, &doc))
    return;
  int y0 = cc_civil_from_days(doc).y;
  for (int y = y0 - 1; y <= y0 + 1; y++) {
    a->y = y;
    b->y = y + off;
    if (cc__time_tv_days(a, &lo[n], &h2) && cc__time_tv_days(b, &l2, &hi[n]))
      ys[n++] = y;
  }
  a->y = y1;
  b->y = y1 + off;
  if (!n)
    return;
  int k = cc__time_pick_under_way(doc, lo, hi, n);
  if (k < 0)
    k = cc__time_pick(doc, lo, hi, n, cc__time_infer_tense(c, i, e));
  a->y = ys[k];
  b->y = ys[k] + off;
}

/* A capitalized weekday at j before a bare day of the month: "Monday 9"
 * in "from Monday 9 to Wednesday 11 May", whose month and year the second
 * end gives (not the nearest Monday 9th's).  The weekday, *dj at the day;
 * or -1. */
static int S_weekday_day(const S_cur *c, uint32_t j, bool between,
                         uint32_t *dj) {
  const S_sense *ws;
  uint32_t k, e;
  int d;
  if (j >= c->end || !S_cap(c, j) || !(k = S_weekday(c, j, &ws)) || ws->flag ||
      !(e = S_range_day(c, k, &d)) || !S_range_joiner(c, e, between))
    return -1; /* ("from Monday 9 May to ...": a whole first end) */
  *dj = k;
  return ws->v;
}

static uint32_t S_p_drange_run(S_cur *c, uint32_t i, S_tv *tv) {
  if (c->depth)
    return 0;
  bool between = S_is(c, i, "between"), from = S_is(c, i, "from");
  uint32_t j = between || from ? i + 1 : i;
  /* "moved from May to April", "postponed from Monday to Friday": a
   * change of date, not a range */
  if (from && cc__time_change_before(c, i))
    return 0;
  if (!from && !between && i > c->sb &&
      (S_is(c, i - 1, "from") ||
       (i > c->sb + 1 && S_is(c, i - 1, "the") && S_is(c, i - 2, "from"))))
    return 0; /* the range, if any, starts at "from" */
  S_tv a, b;
  int da = 0, db = 0;
  uint32_t e1 = between || from ? S_range_now(c, j, &a) : 0, e2 = 0, k;
  bool now = e1 != 0, to_now = false;
  if (!now)
    e1 = S_range_end(c, j, &a);
  uint32_t dj = S_is(c, j, "the") ? j + 1 : j;
  int tmp;
  /* a weekday before the first day: "Monday 9 to Wednesday 11 May" */
  int wda = S_weekday_day(c, j, between, &dj);
  if (!now && (!e1 || S_range_day(c, dj, &tmp) == e1 || wda >= 0)) {
    /* a bare first day: "from 4 to 22 January", "13th to 15th", "from the
     * 4th to the 8th of May" */
    e1 = S_range_day(c, dj, &da);
    /* a bare cardinal first needs "on" or "of" before it: "on 4 to 5
     * March", "the night of 4 to 5 March" ("raised 4 to 5 March" no) */
    bool on = S_day_range_lead(c, i) || wda >= 0 ||
              (S_is(c, i - 1, "on") || S_is(c, i - 1, "of"));
    if (!e1 || (j == i && !on && !cc__time_ordinal(c, j, &tmp)) ||
        (dj > j && wda < 0 && !cc__time_ordinal(c, dj, &tmp) && !from &&
         !between))
      return 0; /* ("the 4 to 5 March" no; "from the 13 to the 15 July") */
  }
  if (!(k = S_range_joiner(c, e1, between)))
    return 0;
  if (S_is(c, k, "the") && S_kind_is(c, k + 1, CC_TOK_NUM))
    k++; /* "from the 4th to the 8th of May" */
  if (!da && !now && (e2 = S_range_to_now(c, k, &b)))
    to_now = true;
  if (!e2)
    e2 = S_range_end(c, k, &b);
  if (!e2 && da)
    e2 = S_range_rel_month(c, k, from, S_p(c, e1, '-'), &b);
  if (!to_now && !da && !now && a.gran == CC_G_DAY && a.m > 0) {
    /* "July 13 to 15", "April the ninth till the seventeenth": a bare
     * day (no date, or a date of that day alone, its month the
     * document's) takes the first end's month */
    int dd;
    uint32_t ed = S_range_day(c, S_is(c, k, "the") ? k + 1 : k, &dd);
    if (ed && (!e2 || ed == e2) && !S_is(c, ed, "of")) {
      e2 = ed;
      db = dd;
    }
  }
  if (!e2)
    return 0;
  uint32_t ey;
  if (!now && !to_now &&
      (ey = S_range_year_after(c, e2, da ? &b : &a, db ? &a : &b)))
    e2 = ey;
  /* two bare years before a counted noun are counts ("from 1000 to 2000
   * people") */
  if (a.gran == CC_G_YEAR && b.gran == CC_G_YEAR && e1 == j + 1 &&
      e2 == k + 1 && S_kind_is(c, j, CC_TOK_NUM) &&
      S_kind_is(c, k, CC_TOK_NUM) && cc__time_round_counts(c, a.y, b.y, e2))
    return 0;
  if (da) { /* the first end takes the second's month and year */
    if (b.gran != CC_G_DAY || b.m <= 0 || da >= b.d || b.wd_open >= 0)
      return 0;
    a = b;
    a.d = da;
    a.weekday = (int8_t)wda; /* (its own, for the weekday check) */
  } else if (db) {
    if (db <= a.d || !cc_date_valid(a.y == S_NOYEAR ? 2000 : a.y, a.m, db))
      return 0;
    b = a;
    b.d = db;
  } else if (now || to_now) {
    /* the other end's year was inferred without knowing which side of
     * the document's day it is on */
    S_tv *o = now ? &b : &a;
    int64_t la, ha, lb, hb;
    if (o->wd_open >= 0)
      return 0;
    if ((o->flags & CC_MF_YEAR_INFERRED) && cc__time_tv_days(&a, &la, &ha) &&
        cc__time_tv_days(&b, &lb, &hb) && lb <= la)
      o->y += now ? 1 : -1;
  } else {
    /* ends of different sizes only with years stated ("2014 through May
     * 2018"): "from 2019 to March" is more likely a change */
    bool stated = a.y != S_NOYEAR && b.y != S_NOYEAR &&
                  !((a.flags | b.flags) & CC_MF_YEAR_INFERRED);
    if ((a.gran != b.gran && !stated) || a.wd_open >= 0 || b.wd_open >= 0)
      return 0;
    /* (a shift before the first: "from next Monday to Friday" is that
     * week's, whose Friday comes before next Monday) */
    uint32_t wj = S_word1(c, j, S_K_SHIFT) ? j + 1 : j;
    const S_sense *wa = S_word1(c, wj, S_K_WEEKDAY),
                  *wb = S_word1(c, k, S_K_WEEKDAY);
    if (wa && wb && e1 <= wj + 2 && e2 <= k + 2 && a.y != S_NOYEAR &&
        a.gran == CC_G_DAY) { /* "Monday to Friday": the next Friday */
      int64_t la = cc_days_from_civil(a.y, a.m, a.d);
      int gap = (wb->v - wa->v + 7) % 7;
      S_set_day(&b, la + (gap ? gap : 7));
    } else if ((a.y == S_NOYEAR || (a.flags & CC_MF_YEAR_INFERRED)) &&
               b.y != S_NOYEAR) {
      /* "June to August 2024": the first end takes the second's year, or
       * the one before when it would come after it (with no document
       * date the first end has no year at all: it still takes it) */
      bool infb = (b.flags & CC_MF_YEAR_INFERRED) != 0;
      int64_t la, ha, lb, hb;
      if (!infb) {
        a.y = b.y;
        if (cc__time_tv_days(&a, &la, &ha) && cc__time_tv_days(&b, &lb, &hb) &&
            la >= lb)
          a.y--;
      } else { /* both inferred: the second follows the first, within a
                  * year ("from November to February") */
        b.y = a.y;
        if (cc__time_tv_days(&a, &la, &ha) && cc__time_tv_days(&b, &lb, &hb) &&
            lb <= la) {
          b.y++;
          if (cc__time_tv_days(&b, &lb, &hb) && hb - la > 250)
            return 0; /* "from May to April" reads as a change */
        }
        S_range_year(c, &a, &b, i, e2);
      }
    }
  }
  if (a.gran == CC_G_DAY && a.m > 0 &&
      !cc_date_valid(a.y == S_NOYEAR ? 2000 : a.y, a.m, a.d))
    return 0;
  cc_mention ma, mb;
  memset(&ma, 0, sizeof ma);
  memset(&mb, 0, sizeof mb);
  cc__time_finish(c, &a, &ma);
  cc__time_finish(c, &b, &mb);
  if (!isnan(ma.lo) && !isnan(mb.lo) && !(mb.lo > ma.lo))
    return 0;
  if (isnan(ma.lo) != isnan(mb.lo))
    return 0;
  *tv = a;
  tv->preset = true;
  tv->qual = CC_Q_NONE; /* a part of an end is in lo or hi */
  tv->flags |= b.flags | CC_MF_RANGE;
  size_t la = strlen(ma.value), lb = strlen(mb.value);
  if (la + lb + 2 > sizeof tv->value)
    return 0;
  memcpy(tv->value, ma.value, la);
  tv->value[la] = '/';
  memcpy(tv->value + la + 1, mb.value, lb + 1);
  tv->lo = ma.lo;
  tv->hi = mb.hi;
  return e2;
}

/* The end of cc__time_p_date_core at j (< c->end), read from the memo when it
 * holds the answer (cc__time_p_date asked at the same token and depth), so no
 * value is copied. */
static uint32_t S_core_end(S_cur *c, uint32_t j) {
  if (c->tmemo) {
    int cls = c->depth < S_CORE_CLASSES - 1 ? c->depth : S_CORE_CLASSES - 1;
    const S_core_slot *s = &c->tmemo->core[cls][j & (S_MEMO_TOKS - 1)];
    if (s->gen == c->tmemo->gen && s->i == j)
      return s->e;
  }
  S_tv t;
  S_tv_unset(&t);
  return cc__time_p_date_core(c, j, &t);
}

/* S_p_drange_run's first tests at i, without its values: no depth, no
 * "from" before a first end that is not "from" or "between", and a
 * joiner (S_range_joiner) right after the first end, which is the date
 * at j (S_range_end ends where cc__time_p_date_core does, or reads none) or a
 * bare day (S_range_day, after an optional "the").  Most tokens where a
 * joiner comes later in the sentence are followed by none ("last year
 * and", "two years to"). */
static bool S_drange_may(S_cur *c, uint32_t i) {
  if (c->depth)
    return false;
  bool between = S_is(c, i, "between"), from = S_is(c, i, "from");
  if (!from && !between && i > c->sb && S_is(c, i - 1, "from"))
    return false;
  uint32_t j = between || from ? i + 1 : i, e;
  if (j >= c->end)
    return false;
  if (j > i && S_is(c, j, "now")) /* S_range_now */
    return S_range_joiner(c, j + 1, between) != 0;
  if ((e = S_core_end(c, j)) && S_range_joiner(c, e, between))
    return true;
  S_tv t;
  if (cc__time_mod_at(c, j) && (e = cc__time_p_mod(c, j, &t)) &&
      S_range_joiner(c, e, between))
    return true; /* "from early April" (S_range_end) */
  int d;
  uint32_t dj;
  if (S_weekday_day(c, j, between, &dj) >= 0)
    return true; /* "from Monday 9 to Wednesday 11 May" */
  e = S_range_day(c, S_is(c, j, "the") ? j + 1 : j, &d);
  return e && S_range_joiner(c, e, between);
}

/* Digits [i, e) glued by hyphens to more digits before or after them: a
 * telephone or reference number ("138-2010-2015", "2010-2015-86"), no
 * range of dates. */
static bool S_digit_chain(const S_cur *c, uint32_t i, uint32_t e) {
  return S_kind_is(c, i, CC_TOK_NUM) &&
         (cc__time_hnum_before(c, i) ||
          (S_kind_is(c, e - 1, CC_TOK_NUM) && cc__time_hnum_after(c, e)));
}

/* S_p_drange_run past its first tests (S_drange_may) and a joiner after
 * its first end (> i): none after i, no range; a CC_RECOG_CHECK_INERT
 * build asks it anyway.  Writes *tv only past its guards, from a fresh
 * value (S_mention_at passes none). */
uint32_t cc__time_p_drange(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_drange_may(c, i)) {
#ifdef CC_RECOG_CHECK_INERT
    S_tv t;
    S_tv_init(&t);
    if (S_p_drange_run(c, i, &t)) {
      fprintf(stderr, "recog: S_drange_may misses at \"%s\"\n", S_w(c, i));
      abort();
    }
#endif
    return 0;
  }
  if (!S_joiner_after(c, i)) {
#ifdef CC_RECOG_CHECK_INERT
    S_tv t;
    S_tv_init(&t);
    if (S_p_drange_run(c, i, &t)) {
      fprintf(stderr, "recog: date range with no joiner at \"%s\"\n",
              S_w(c, i));
      abort();
    }
#endif
    return 0;
  }
  S_tv_init(tv);
  uint32_t e = S_p_drange_run(c, i, tv);
  return e && S_digit_chain(c, i, e) ? 0 : e;
}

/* One end of a range of datetimes at j: a day with its time ("Friday
 * 10pm", "Friday at 10pm") or a time with its day ("10pm on Friday",
 * "22:00 on 3 March"); not a range itself, no qualifier or open end, and
 * no zone (a range is one preset value, whose UTC is not worked out).
 * Its end and mention, or 0. */
/* A day's part ("Friday evening") or, with day_ok, a day alone: an end
 * of such a range too ("from Friday evening to Monday morning", "from
 * Friday until 6am Monday"), from its start or to its end. */
static bool S_dt_day_end(const S_tv *t, bool day_ok) {
  return t->type == CC_M_DATE && t->hh < 0 &&
         ((t->gran == CC_G_PART_OF_DAY && t->code) ||
          (day_ok && t->gran == CC_G_DAY));
}

static uint32_t S_dt_end(S_cur *c, uint32_t j, S_tv *t, cc_mention *m,
                         bool day_ok) {
  if (j >= c->end)
    return 0;
  S_tv_init(t);
  uint32_t e = cc__time_p_date(c, j, t);
  if (e && t->hh < 0 && S_dt_day_end(t, day_ok)) {
    /* (a part of the day or a day: kept) */
  } else if (day_ok && e && t->open) { /* "from Friday until 6am": the
                                        * day, whose end follows */
    S_tv_init(t);
    e = cc__time_p_date_core(c, j, t);
    if (!e || !S_dt_day_end(t, true))
      return 0;
  } else if (!e || t->hh < 0) {
    S_tv_init(t);
    e = cc__time_p_time(c, j, t);
  }
  if (!e || (t->type != CC_M_DATETIME && !S_dt_day_end(t, day_ok)) ||
      (t->hh < 0 && !S_dt_day_end(t, day_ok)) || t->trange ||
      t->preset || t->zstated || t->qual || t->open ||
      t->y2 != S_NOYEAR || t->wd_open >= 0)
    return 0;
  memset(m, 0, sizeof *m);
  cc__time_finish(c, t, m);
  return isnan(m->lo) ? 0 : e;
}

/* "from 10pm on Friday until 6am on Monday", "between Friday 8pm and
 * Saturday 5am", "from 22:00 on 3 March to 06:00 on 4 March": one
 * datetime range "start/end" from the first time to the second (each
 * end was read alone before, the second end's weekday without the first:
 * "until 6am on Monday" could fall before "Friday").  A second end
 * named by a weekday alone is the first such day from the first end. */
uint32_t cc__time_p_dtrange(S_cur *c, uint32_t i, S_tv *tv) {
  bool between = S_is(c, i, "between"), from = S_is(c, i, "from");
  if (c->depth || !(between || from) || (from && cc__time_change_before(c, i)))
    return 0; /* "moved from 8pm on Friday to 6pm on Saturday" */
  S_tv a, b;
  cc_mention ma, mb;
  /* (a day alone only as the first end, from its start: "from Friday
   * until 6am Monday"; "until Monday" after a time leaves open which
   * part of Monday, so "from 10pm on Friday until Monday" is no range) */
  uint32_t e1 = S_dt_end(c, i + 1, &a, &ma, true), k, e2;
  if (!e1 || !(k = S_range_joiner(c, e1, between)) ||
      !(e2 = S_dt_end(c, k, &b, &mb, false)))
    return 0;
  /* a second end named by a weekday alone is the first such day from the
   * first end ("from Friday night until Sunday": that weekend's; "until
   * 6am on Monday" read before "Friday": the Monday after it) */
  const S_sense *ws = NULL;
  for (uint32_t x = k; x < e2 && !ws; x++)
    ws = S_word1(c, x, S_K_WEEKDAY);
  int mo;
  bool month = false;
  for (uint32_t x = k; x < e2 && !month; x++)
    month = S_month(c, x, &mo, NULL) != 0;
  if (ws && !ws->flag && !month && a.y != S_NOYEAR && b.y != S_NOYEAR) {
    int64_t ad = cc_days_from_civil(a.y, a.m, a.d),
            bd = cc_days_from_civil(b.y, b.m, b.d);
    int64_t want = ad + (cc_weekday(bd) - cc_weekday(ad) + 7) % 7;
    if (want == ad && !(mb.lo - (double)(bd - ad) * CC_DAY > ma.lo))
      want += 7; /* the same weekday: a week on, unless later that day */
    if (want != bd) {
      uint8_t g = b.gran, ty = b.type; /* (its part of the day or time
                                         * kept) */
      S_set_day(&b, want);
      b.gran = g;
      b.type = ty;
      memset(&mb, 0, sizeof mb);
      cc__time_finish(c, &b, &mb);
    }
  }
  if (!(mb.lo > ma.lo) || mb.lo - ma.lo > 7.0 * CC_DAY * (ws ? 1 : 400))
    return 0;
  size_t la = strlen(ma.value), lb = strlen(mb.value);
  if (la + lb + 2 > sizeof tv->value)
    return 0;
  *tv = a;
  tv->preset = true;
  tv->flags |= b.flags | CC_MF_RANGE;
  memcpy(tv->value, ma.value, la);
  tv->value[la] = '/';
  memcpy(tv->value + la + 1, mb.value, lb + 1);
  tv->lo = ma.lo;
  /* as "from 9am to 5pm" ends at 17:00; "to Monday morning" at its end */
  tv->hi = b.hh >= 0 ? mb.lo : mb.hi;
  return e2;
}
