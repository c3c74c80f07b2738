/* recog_time_date.c - calendar dates ("12 March 2019", "March 12",
 * "2019-03-12", years, decades, centuries, quarters, fiscal years,
 * seasons, holidays) and relative ones (weekdays, "last week", "the day
 * after tomorrow", "two Thursdays ago").  recog_time_range.c calls them
 * (cc__time_p_date_core).  recog_time_int.h lists the other files. */
#include "recog_time_int.h"

/* ---- calendar dates ----------------------------------------------------- */

static bool S_prep_before(const S_cur *c, uint32_t i) {
  if (i > c->sb + 1 && S_p(c, i - 1, '-') && S_glued(c, i - 1) &&
      S_glued(c, i))
    i--; /* "mid-March": the word before the hyphen */
  return i > c->sb && S_word1(c, i - 1, S_K_PREP) != NULL;
}

static int S_two_digit_year(const S_cur *c, int yy);

/* A year of two digits after an apostrophe at k ("'98"), not a decade
 * ("'90s" is one token and no digits); the token after it, or 0. */
static uint32_t S_year_apos(const S_cur *c, uint32_t k, int *y) {
  int v, nd;
  if (!S_p(c, k, '\'') || !S_glued(c, k + 1) || !S_digits(c, k + 1, &v, &nd) ||
      nd != 2 || (S_p(c, k + 2, '\'') && S_glued(c, k + 2)))
    return 0;
  *y = S_two_digit_year(c, v);
  return k + 2;
}

static uint32_t S_year_words(const S_cur *c, uint32_t i, bool led, int *y);

/* A count of people or things, not a year, after a date, with or without
 * its comma: "On March 3, 1500 firefighters arrived", "On March 3 1200
 * workers walked out".  A year a century or more from the article's (any before
 * 1900 without a date) followed by a plural noun: a lower-case word
 * ending in "s" that is no verb or pronoun, or an irregular plural.
 * "On July 4, 1776 the colonies", "March 3, 1776 marks" stay years. */
static bool S_count_not_year(const S_cur *c, uint32_t k, int y) {
  int64_t doc;
  int far = S_doc(c, &doc) ? abs(y - cc_civil_from_days(doc).y) >= 100
                           : y < 1900;
  const cc_token *t = S_tok(c, k + 1);
  if (!far || !t || t->kind != CC_TOK_WORD || (t->flags & CC_TF_CAP))
    return false;
  static const char *const plural[] = {"people", "men", "women", "children",
                                       "staff", "personnel", "police",
                                       "cattle", "sheep", "fish", NULL};
  static const char *const verbs[] = {"was", "has", "is", "this", "its",
                                      "his", "hers", "ours", "yours",
                                      "theirs", "marks", "sees", "brings",
                                      "remains", "goes", "does", NULL};
  for (const char *const *w = plural; *w; w++)
    if (!strcmp(t->norm, *w))
      return true;
  if (t->norm_len < 4 || t->norm[t->norm_len - 1] != 's')
    return false;
  for (const char *const *w = verbs; *w; w++)
    if (!strcmp(t->norm, *w))
      return false;
  return true;
}

/* An era word after a year looks like one: in capitals or dotted ("BC",
 * "A.D."), or "bc"/"bce" in lower case, which are no English words ("567
 * bc"; "ad" and "ce" are: "567 ad" no). */
static bool S_era_looks(const S_cur *c, uint32_t k, const S_sense *era) {
  return (S_tok(c, k)->flags & (CC_TF_ALLCAPS | CC_TF_ABBREV)) ||
         (era->v < 0 && (S_is(c, k, "bc") || S_is(c, k, "bce")));
}

/* A year after a date: ", 2018", " 2018", " of 2018" or " '98". */
static uint32_t S_year_after(const S_cur *c, uint32_t j, int *y) {
  uint32_t k = j;
  if (S_p(c, k, ',') || S_is(c, k, "of"))
    k++;
  int v, nd;
  uint32_t a = S_year_apos(c, k, y);
  if (a)
    return a;
  const S_sense *era;
  if (S_digits(c, k, &v, &nd) && v > 0 && (era = S_word1(c, k + 1, S_K_ERA)) &&
      S_era_looks(c, k + 1, era)) {
    *y = era->v < 0 ? 1 - v : v; /* "10 August 234 BC": year -233 */
    return k + 2;
  }
  if (S_year4(c, k, y) && !(S_p(c, k + 1, ':') || S_p(c, k + 1, '%')) &&
      !S_count_not_year(c, k, *y))
    return k + 1;
  /* in words: "13 September nineteen seventy-two", "Easter Sunday two
   * thousand ten" (the date before it leads "two thousand"); not after a
   * comma ("On 12 March, nineteen ninety-nine was...": a new clause) */
  return S_p(c, j, ',') ? 0 : S_year_words(c, k, true, y);
}

static int S_two_digit_year(const S_cur *c, int yy) {
  int64_t doc = 0;
  int cut = 50;
  if (S_doc(c, &doc))
    cut = cc_civil_from_days(doc).y % 100 + 10;
  return yy <= cut ? 2000 + yy : 1900 + yy;
}

/* More days after a day that ends at j: ", 19", "and 19th", ", 19 and
 * 20" (at most S_DAYLIST_MAX of them, so the work stays bounded); the
 * token after the last, or j when none follows. */
#define S_DAYLIST_MAX 6
static uint32_t S_day_list_end(const S_cur *c, uint32_t j) {
  int d;
  for (int n = 0; n < S_DAYLIST_MAX; n++) {
    uint32_t k = j;
    if (S_p(c, k, ','))
      k++;
    if (S_is(c, k, "and") || S_is(c, k, "or"))
      k++;
    uint32_t e = k != j ? S_day(c, k, &d) : 0;
    if (!e || S_p(c, e, ':') || S_p(c, e, '%') || S_p(c, e, '-'))
      break;
    j = e;
  }
  return j;
}

/* The day ending at i (a number token, not after "the") is the last of
 * a list after a month: "June 18 and 19", "June 18, 19 and 20".  The
 * month's number into *m. */
static bool S_day_list_month(const S_cur *c, uint32_t i, int *m) {
  int d;
  uint32_t p = i; /* the earliest day of the list so far */
  for (int n = 0; n < S_DAYLIST_MAX; n++) {
    uint32_t q = p;
    if (q > c->sb && (S_is(c, q - 1, "and") || S_is(c, q - 1, "or")))
      q--;
    if (q > c->sb && S_p(c, q - 1, ','))
      q--;
    if (q == p || q <= c->sb + 1 || !S_kind_is(c, q - 1, CC_TOK_NUM) ||
        S_day(c, q - 1, &d) != q)
      return false;
    p = q - 1;
    const S_sense *ms;
    if (p > c->sb && S_month(c, p - 1, m, &ms) == p &&
        (!ms->strict || S_cap(c, p - 1)))
      return true;
  }
  return false;
}

/* Is the month at i hyphened to another, glued, capitalized ("January-
 * March", "Jan-Feb"), either before it or after it? */
static bool S_month_hyphen(const S_cur *c, uint32_t i) {
  bool after = i + 2 < c->end && S_p(c, i + 1, '-') && S_glued(c, i + 1) &&
               S_glued(c, i + 2) && S_cap(c, i + 2) &&
               S_word1(c, i + 2, S_K_MONTH);
  bool before = i >= c->sb + 2 && S_p(c, i - 1, '-') && S_glued(c, i - 1) &&
                S_glued(c, i) && S_cap(c, i - 2) &&
                S_word1(c, i - 2, S_K_MONTH);
  return S_cap(c, i) && (after || before);
}

/* "July 16, 2018", "July 16", "Jul. 16th", "July 16-17, 2018", "July 2018",
 * "July of 2018", "July". */
/* "next year", "last year", "this year" at k: its year into tv (y2 too
 * for a range of days; none without a document date); the end or 0. */
static uint32_t S_shift_year(const S_cur *c, uint32_t k, S_tv *tv) {
  uint32_t n;
  int64_t doc = 0;
  const S_sense *s = cc__time_phrase(c, k, S_M(S_K_SHIFT), &n);
  if (!s || !S_is(c, k + n, "year"))
    return 0;
  S_set_anchor(c, tv);
  if (S_doc(c, &doc)) {
    tv->y = cc_civil_from_days(doc).y + s->v;
    if (tv->d2)
      tv->y2 = tv->y;
  }
  return k + n + 1;
}

/* After a month at j: more capitalized months joined by commas, "and" or
 * "or" (at most four), the last with its year ("March, April and May
 * 2009", "June and July of 2009"): that year in *y. */
static bool S_month_list_year(const S_cur *c, uint32_t j, int *y) {
  bool conj = false; /* ("in March, April 2009 was quiet": no list) */
  for (int n = 0; n < 4; n++) {
    uint32_t q = j;
    if (S_p(c, q, ','))
      q++;
    if (S_is(c, q, "and") || S_is(c, q, "or")) {
      q++;
      conj = true;
    }
    int m;
    uint32_t qe;
    if (q == j || !S_cap(c, q) || !(qe = S_month(c, q, &m, NULL)))
      return false;
    j = qe;
    uint32_t yj = S_is(c, j, "of") || S_p(c, j, ',') ? j + 1 : j;
    if (S_year4(c, yj, y))
      return conj;
  }
  return false;
}

/* S_shift_year after a month or a day ("August last year", "1 April last
 * year", "April of last year": news writes the "of" as often as not), only
 * with a document date: without one the month and "last year" stay two
 * mentions, as the value "XXXX-08" would lose the shift. */
static uint32_t S_dated_shift_year(const S_cur *c, uint32_t k, S_tv *tv) {
  int64_t doc;
  if (!S_doc(c, &doc))
    return 0;
  return S_shift_year(c, S_is(c, k, "of") ? k + 1 : k, tv);
}

/* A day of the month in number words at j ("twenty one", "eleven"), not
 * a vague or fractional count, ending its clause: a full stop, a comma,
 * a semicolon or the sentence's end after it; eleven and above only
 * ("in March one." is more often a count).  Its end in *e. */
static bool S_month_words_day(const S_cur *c, uint32_t j, int *d,
                              uint32_t *e) {
  S_count k;
  uint32_t ce = cc__time_count_at(c, j, &k);
  if (!ce || k.vague || k.range || k.article || k.qual || k.val < 11 ||
      k.val > 31 || k.val != (int)k.val)
    return false;
  for (uint32_t t = j; t < ce; t++)
    if (!S_kind_is(c, t, CC_TOK_WORD) && !S_p(c, t, '-'))
      return false;
  if (!(ce >= c->end || S_p(c, ce, '.') || S_p(c, ce, ',') ||
        S_p(c, ce, ';')))
    return false;
  *d = (int)k.val;
  *e = ce;
  return true;
}

uint32_t cc__time_p_month_led(S_cur *c, uint32_t i, S_tv *tv) {
  int m, d, d2, y;
  const S_sense *ms;
  uint32_t j = S_month(c, i, &m, &ms), k;
  if (!j)
    return 0;
  /* a month that is also a word ("march", "may") in lower case only with
   * a day and a year: "march 3 2015" */
  bool weak = ms->strict && !S_cap(c, i);
  int o0;
  /* (most "may" and "march": no day next; after a preposition an ordinal
   * may follow "the" or stand in words: "on may the eleventh") */
  if (weak && !S_kind_is(c, j, CC_TOK_NUM) &&
      !(S_prep_before(c, i) &&
        (S_is(c, j, "the") || cc__time_ordinal(c, j, &o0))))
    return 0;
  tv->type = CC_M_DATE;
  tv->m = m;
  uint32_t dj = S_is(c, j, "the") ? j + 1 : j;
  bool glued = (S_p(c, j, '-') || S_p(c, j, '/')) && S_glued(c, j) &&
               S_glued(c, j + 1) && S_kind_is(c, j + 1, CC_TOK_NUM);
  if (glued) /* "Jan-1", "Jan/1" */
    dj = j + 1;
  int tmp;
  if ((k = S_day(c, dj, &d)) &&
      (dj == j || glued || cc__time_ordinal(c, dj, &tmp)) &&
      !S_p(c, k, ':') && !S_p(c, k, '%')) {
    tv->d = d;
    tv->gran = CC_G_DAY;
    j = k;
    if (S_p(c, j, '-') && (k = S_day(c, j + 1, &d2)) && d2 > d) {
      tv->m2 = m;
      tv->d2 = d2;
      j = k;
    }
    if ((k = S_year_after(c, j, &y))) {
      tv->y = y;
      if (tv->d2)
        tv->y2 = y;
      j = k;
    } else if (glued && !tv->d2 && (S_p(c, j, '-') || S_p(c, j, '/')) &&
               S_glued(c, j) && S_glued(c, j + 1) && S_year4(c, j + 1, &y)) {
      tv->y = y; /* "Sep-23-2020" */
      j += 2;
    } else if (!tv->d2 && S_year_after(c, S_day_list_end(c, j), &y)) {
      tv->y = y; /* "June 18 and 19, 2015": the list's year, not read */
    } else if (!weak && (k = S_dated_shift_year(c, j, tv))) {
      j = k; /* "April 1 last year" */
    }
    /* a weak month without a year after a preposition with an ordinal
     * day: "on march 3rd" (not "march 3 miles") */
    bool weak_ok = tv->y != S_NOYEAR ? k != 0
                                     : S_prep_before(c, i) && dj == j - 1 &&
                                           cc__time_ordinal(c, dj, &tmp);
    if (!cc_date_valid(tv->y == S_NOYEAR ? 2000 : tv->y, m, d) ||
        (weak && (tv->d2 || !weak_ok)))
      return 0;
  } else if (weak) {
    return 0;
  } else if (dj == j && S_cap(c, i) && S_kind_is(c, j, CC_TOK_WORD) &&
             S_month_words_day(c, j, &d, &k) && cc_date_valid(2000, m, d)) {
    /* "May twenty one" ending its clause: a day in words (not "in May
     * twenty one people", "May, twenty one") */
    tv->d = d;
    tv->gran = CC_G_DAY;
    j = k;
  } else {
    /* "May of 2019", "May, 2019", "Dec-2018", "Dec/2018" */
    uint32_t yj = S_is(c, j, "of") || S_p(c, j, ',') || glued ? j + 1 : j;
    tv->gran = CC_G_MONTH;
    uint32_t ya;
    if (S_year4(c, yj, &y)) {
      tv->y = y;
      j = yj + 1;
    } else if (!glued && ((ya = S_year_apos(c, yj, &y)) ||
                          (!S_p(c, j, ',') &&
                           (ya = S_year_words(c, yj, true, &y))))) {
      tv->y = y; /* "March '98", "October two thousand and five" */
      j = ya;
    } else {
      /* "January-March", "Jan-Feb": a month hyphened to a month is one */
      bool paired = S_month_hyphen(c, i);
      if (ms->strict && !S_prep_before(c, i) && !paired)
        return 0;
      /* a lone month in lower case only after a preposition ("in
       * august"): "the august body", "an august institution" are words */
      if (!S_cap(c, i) && !S_prep_before(c, i) && !paired)
        return 0;
      /* "April Smith": a lone month before a capitalized word is a name */
      if (S_kind_is(c, j, CC_TOK_WORD) && S_cap(c, j) && !S_prep_before(c, i) &&
          !S_word1(c, j, S_K_WEEKDAY))
        return 0;
      if (S_tok(c, i)->norm_len <= 3 && !S_prep_before(c, i) && !paired)
        return 0; /* "Jun" alone */
      if ((k = S_dated_shift_year(c, j, tv))) /* "August last year" */
        j = k;
      else if (S_month_list_year(c, j, &y))
        tv->y = y; /* "March, April and May 2009": the list's year */
    }
  }
  cc__time_infer_year(c, tv, i, j);
  return j;
}

/* "16 July 2018", "16th of July", "the second of December", "16-17 July". */
uint32_t cc__time_p_day_led(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = i;
  bool the = S_is(c, j, "the");
  if (the)
    j++;
  int d, d2 = 0, m, y, tmp;
  uint32_t k = S_day(c, j, &d);
  if (!k)
    return 0;
  bool ord = cc__time_ordinal(c, j, &tmp) != 0;
  if (the && !ord)
    return 0;
  /* "second July" is not a date; "second of July" is, and so is "the
   * twenty-third day of September" */
  if (!S_kind_is(c, j, CC_TOK_NUM) && !S_is(c, k, "of") &&
      !(the && ord && S_is(c, k, "day") && S_is(c, k + 1, "of")))
    return 0;
  j = k;
  if (S_p(c, j, '-') && (k = S_day(c, j + 1, &d2)) && d2 > d)
    j = k;
  else
    d2 = 0;
  /* "the 15th day of March", "the fifth day of next month": "day" adds
   * nothing to an ordinal day before "of" and a month */
  if (ord && !d2 && S_is(c, j, "day") && S_is(c, j + 1, "of"))
    j++;
  if (S_is(c, j, "of"))
    j++;
  else if ((S_p(c, j, '-') || S_p(c, j, '/')) && S_glued(c, j) &&
           S_glued(c, j + 1) && S_kind_is(c, i, CC_TOK_NUM))
    j++; /* "1-Jan", "28-Nov", "31/Oct/1974" */
  const S_sense *ms;
  k = S_month(c, j, &m, &ms);
  if (!k && !d2 && S_is(c, j - 1, "of")) { /* "the 15th of next month" */
    S_tv t;
    S_tv_init(&t);
    uint32_t e = cc__time_p_shift(c, j, &t);
    /* "the 20th of the previous month", "of the current month": the
     * article adds nothing; "the following month" is anchored to the
     * story's time, not the publication date, so it stays out */
    if (!e && S_is(c, j, "the") && !S_is(c, j + 1, "following")) {
      S_tv_init(&t);
      e = cc__time_p_shift(c, j + 1, &t);
    }
    if (!e || t.gran != CC_G_MONTH) {
      S_tv_init(&t);
      e = cc__time_p_the_period(c, j, &t);
    }
    if (!e || t.gran != CC_G_MONTH || t.preset ||
        (t.y != S_NOYEAR && !cc_date_valid(t.y, t.m, d)))
      return 0;
    *tv = t;
    tv->gran = CC_G_DAY;
    tv->d = d;
    return e;
  }
  uint32_t dend = 0; /* "18 and 19 June": the 18 ends there */
  if (!k && !d2 && !S_is(c, j - 1, "of")) {
    uint32_t le = S_day_list_end(c, j);
    uint32_t mj = S_is(c, le, "of") ? le + 1 : le;
    if (le != j && (k = S_month(c, mj, &m, &ms))) {
      dend = j;
      j = mj;
    } else if (!the && S_kind_is(c, i, CC_TOK_NUM) &&
               S_day_list_month(c, i, &m)) {
      tv->type = CC_M_DATE; /* "June 18 and 19": the 19 */
      tv->gran = CC_G_DAY;
      tv->m = m;
      tv->d = d;
      uint32_t e = i + 1, ye = S_year_after(c, e, &y);
      if (ye) /* "June 18 and 19, 2015": the last day takes the year */
        e = ye;
      else if (S_year_after(c, S_day_list_end(c, e), &y))
        ye = 1; /* "June 18, 19 and 20, 2015": one in the middle */
      if (ye)
        tv->y = y;
      if (!cc_date_valid(tv->y == S_NOYEAR ? 2000 : tv->y, m, d))
        return 0;
      cc__time_infer_year(c, tv, i, e);
      return e;
    }
  }
  /* a month that is also a word ("march") in lower case after an ordinal
   * and "of": "the 1st of march" */
  /* ... or with a year after it: "3 march 2024" */
  if (!k || (ms->strict && !S_cap(c, j) && !(ord && S_is(c, j - 1, "of")) &&
             !S_year_after(c, k, &y)))
    return 0;
  j = k;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  tv->m = m;
  tv->d = d;
  if (d2) {
    tv->m2 = m;
    tv->d2 = d2;
  }
  if ((k = S_year_after(c, j, &y))) {
    tv->y = y;
    if (d2)
      tv->y2 = y;
    j = k;
  } else if (!dend && (k = S_dated_shift_year(c, j, tv))) {
    j = k; /* "1 April last year" */
  } else if (!d2 && !dend && (S_p(c, j - 2, '-') || S_p(c, j - 2, '/')) &&
             S_glued(c, j - 1) &&
             (S_p(c, j, '-') || S_p(c, j, '/')) && S_glued(c, j) &&
             S_glued(c, j + 1) && S_digits(c, j + 1, &y, &tmp) &&
             (tmp == 4 || tmp == 2)) {
    /* "05-Aug-2016", "5-Aug-16": a year glued to a glued month */
    tv->y = tmp == 4 ? y : S_two_digit_year(c, y);
    j += 2;
  }
  if (!cc_date_valid(tv->y == S_NOYEAR ? 2000 : tv->y, m, d))
    return 0;
  if (dend)
    j = dend; /* the month and year are the list's, the mention the day's */
  cc__time_infer_year(c, tv, i, j);
  return j;
}

/* Three numbers in one token: "16/07/2018", "7/16/2018", "19.02.2010",
 * "2018/07/16". */
static bool S_split3(const char *s, int v[3], int n[3], char *sep) {
  int f = 0;
  *sep = 0;
  v[0] = v[1] = v[2] = n[0] = n[1] = n[2] = 0;
  for (const char *p = s; *p; p++) {
    if (S_dig(*p)) {
      if (n[f] >= 4)
        return false;
      v[f] = v[f] * 10 + (*p - '0');
      n[f]++;
    } else if ((*p == '/' || *p == '.') && f < 2 && (!*sep || *sep == *p)) {
      *sep = *p;
      f++;
    } else {
      return false;
    }
  }
  return f == 2 && n[0] && n[1] && n[2];
}

static bool S_ymd_ok(S_tv *tv, int y, int m, int d) {
  if (!cc_date_valid(y, m, d))
    return false;
  tv->y = y;
  tv->m = m;
  tv->d = d;
  tv->gran = CC_G_DAY;
  tv->type = CC_M_DATE;
  return true;
}

/* Betting odds near token i ("7/4 favourite", "odds of 25/1", "from 4/1 to
 * 5/2 favourite"): slash pairs there are odds, not dates.  Looks at most
 * twelve tokens either side. */
static bool S_odds_near(const S_cur *c, uint32_t i) {
  uint32_t lo = i > c->sb + 12 ? i - 12 : c->sb;
  uint32_t hi = i + 13 < c->end ? i + 13 : c->end;
  for (uint32_t k = lo; k < hi; k++)
    if (S_word1(c, k, S_K_ODDS))
      return true;
  return false;
}

/* Two numbers with a slash: "3/2015" (a month), "4/22" (US month/day),
 * "22/04" (day/month when the first cannot be a month).  Proper fractions
 * with a small denominator ("1/2", "3/4") are numbers, "24/7" is not a
 * date. */
/* Two days of a month joined by a slash before its name: "the night of
 * 12/13 October", "the weekend of 6/7 June" (at most two days apart; a
 * month that is also a word capitalized: "3/4 may" no).  The range into
 * *tv; the end, or 0. */
static uint32_t S_slash_days(S_cur *c, uint32_t i, int a, int b, S_tv *tv) {
  int m, y;
  const S_sense *ms;
  uint32_t k;
  if (a < 1 || b <= a || b > a + 2 || b > 31 ||
      !(k = S_month(c, i + 1, &m, &ms)) || (ms->strict && !S_cap(c, i + 1)) ||
      !cc_date_valid(2000, m, b))
    return 0;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  tv->m = tv->m2 = m;
  tv->d = a;
  tv->d2 = b;
  uint32_t ye = S_year_after(c, k, &y);
  if (ye) {
    tv->y = tv->y2 = y;
    k = ye;
  }
  cc__time_infer_year(c, tv, i, k);
  return k;
}

static uint32_t S_p_slash2(S_cur *c, uint32_t i, S_tv *tv) {
  const char *w = S_w(c, i);
  int a = 0, b = 0, na = 0, nb = 0;
  const char *p = w;
  while (S_dig(*p) && na < 5)
    a = a * 10 + (*p++ - '0'), na++;
  if (*p != '/')
    return 0;
  p++;
  while (S_dig(*p) && nb < 5)
    b = b * 10 + (*p++ - '0'), nb++;
  if (*p || !na || !nb || na > 2)
    return 0;
  uint32_t e;
  if (nb <= 2 && (e = S_slash_days(c, i, a, b, tv)))
    return e;
  tv->type = CC_M_DATE;
  if (nb == 4 && a >= 1 && a <= 12 && b >= 1000) { /* "3/2015" */
    tv->y = b;
    tv->m = a;
    tv->gran = CC_G_MONTH;
    return i + 1;
  }
  if (nb > 2 || (a < b && b <= 10) || (a == 24 && b == 7) ||
      (a == 9 && b == 11))
    return 0; /* "24/7", and "9/11" names the attacks of 2001 */
  if (S_odds_near(c, i))
    return 0; /* "4/9 favourite", "odds of 8/13" */
  int m = a, d = b;
  if (!cc_date_valid(2000, m, d)) {
    m = b;
    d = a;
    if (!cc_date_valid(2000, m, d))
      return 0;
  }
  tv->m = m;
  tv->d = d;
  tv->gran = CC_G_DAY;
  cc__time_infer_year(c, tv, i, i + 1);
  return i + 1;
}

/* "2015-3": a month of one digit after year a, when it cannot be a range
 * of years written short: "2015-6" may be 2015-16 and "2001-3" 2001 to
 * 2003, but "2015-3" is no range (3 is before 5): March 2015. */
static bool S_year_digit_month(int a, int b) {
  return a >= 1900 && a <= 2100 && b >= 1 && b <= a % 10;
}

/* "2018-07-16", "2008-04", "7-16-2010", "2025-08-15T19:30" (the date; the
 * time is attached after it), and the one-token forms. */
uint32_t cc__time_p_numeric(S_cur *c, uint32_t i, S_tv *tv) {
  int a, na, b, nb, d, nd;
  if (S_digits(c, i, &a, &na)) {
    bool dash1 = S_p(c, i + 1, '-') && S_glued(c, i + 1) && S_glued(c, i + 2) &&
                 S_digits(c, i + 2, &b, &nb);
    bool dash2 = dash1 && S_p(c, i + 3, '-') && S_glued(c, i + 3) &&
                 S_glued(c, i + 4) && S_digits(c, i + 4, &d, &nd);
    if (na == 4 && dash2 && nb <= 2 && nd <= 2)
      return S_ymd_ok(tv, a, b, d) ? i + 5 : 0;
    if (na == 4 && dash1 && nb <= 2 && S_p(c, i + 3, '-') &&
        S_glued(c, i + 3) && S_glued(c, i + 4) &&
        cc__time_iso_day(c, i + 4, &d))
      return S_ymd_ok(tv, a, b, d) ? i + 5 : 0;
    if (na <= 2 && dash2 && nb <= 2 && (nd == 4 || nd == 2)) {
      int y = nd == 4 ? d : S_two_digit_year(c, d);
      if (a > 12 ? S_ymd_ok(tv, y, b, a) : S_ymd_ok(tv, y, a, b))
        return i + 5;
      return 0;
    }
    /* "2008-04" is a month; "2010-11" and "2003-04" a season of two
     * years (news writes consecutive years this way, "the 2003-04
     * season", "by 2008-09", far more than an ISO month) */
    if (na == 4 && dash1 && nb == 2 && b >= 1 && b <= 12 &&
        b != (a + 1) % 100 && !dash2) {
      tv->y = a;
      tv->m = b;
      tv->gran = CC_G_MONTH;
      tv->type = CC_M_DATE;
      return i + 3;
    }
    if (na == 4 && dash1 && nb == 1 && !dash2 && S_year_digit_month(a, b)) {
      tv->y = a;
      tv->m = b;
      tv->gran = CC_G_MONTH;
      tv->type = CC_M_DATE;
      return i + 3;
    }
    return 0;
  }
  if (!S_kind_is(c, i, CC_TOK_NUM))
    return 0;
  int v[3], n[3];
  char sep;
  if (!S_split3(S_w(c, i), v, n, &sep))
    return S_p_slash2(c, i, tv);
  bool ok;
  if (n[0] == 4)
    ok = n[1] <= 2 && n[2] <= 2 && S_ymd_ok(tv, v[0], v[1], v[2]);
  else if (n[0] <= 2 && n[1] <= 2 &&
           (n[2] == 4 ||
            (n[2] == 2 && (sep != '.' || (n[0] == 2 && n[1] == 2))))) {
    /* (a dotted date with a short year writes day and month in two digits:
     * "05.03.18"; "1.1.30" is a version) */
    int y = n[2] == 4 ? v[2] : S_two_digit_year(c, v[2]);
    if (sep == '.' || v[0] > 12) /* European order, or it cannot be a month */
      ok = S_ymd_ok(tv, y, v[1], v[0]) ||
           (v[1] > 12 && S_ymd_ok(tv, y, v[0], v[1])); /* "10.31.1974" */
    else
      ok = S_ymd_ok(tv, y, v[0], v[1]);
  } else {
    ok = false;
  }
  return ok ? i + 1 : 0;
}

/* Two round hundreds as a range's ends ("from 1000 to 2000", "between
 * 1800 and 1900") before a counted noun are counts: "from 1000 to 2000
 * people", "between 1900 and 2000 years ago" (cc__counted_noun's list:
 * "prices" or "was" after a year leave it a year). */
static bool S_counted_noun(const S_cur *c, uint32_t e) {
  return e < c->end && cc__counted_noun(&c->toks[e]);
}

bool cc__time_round_counts(const S_cur *c, int y1, int y2, uint32_t e) {
  return !(y1 % 100) && !(y2 % 100) && S_counted_noun(c, e);
}

/* Is the lone round hundred v at j a count: before a counted noun with
 * no "the" or preposition before it ("2000 people", "up to 2000 people",
 * but "the 2000 elections", "in 2000 voters"), or the first end of such
 * a range ("from 1000 to 2000 people")? */
static bool S_round_count_at(const S_cur *c, uint32_t j, int v) {
  static const char *const quals[] = {
      "about",  "around", "nearly",  "almost",        "some",  "over",
      "than",   "least",  "roughly", "approximately", "under", "estimated",
      "barely", "just",   NULL};
  if (j > c->sb && S_counted_noun(c, j + 1))
    for (const char *const *q = quals; *q; q++)
      if (S_is(c, j - 1, *q))
        return true; /* "about 2000 people", "more than 1950 homes" */
  if (v % 100) /* "cut 1950 jobs"; "in 1950 jobs were scarce" stays a year */
    return j > c->sb && S_counted_noun(c, j + 1) && !S_is(c, j - 1, "the") &&
           !S_prep_before(c, j);
  int b, nb;
  if ((S_is(c, j + 1, "to") || S_is(c, j + 1, "and") || S_p(c, j + 1, '-') ||
       S_p(c, j + 1, '~')) &&
      S_digits(c, j + 2, &b, &nb) && nb == 4 && b > v &&
      cc__time_round_counts(c, v, b, j + 3))
    return true;
  if (!cc__time_round_counts(c, v, v, j + 1))
    return false;
  if (j == c->sb)
    return true; /* "2000 people came." */
  if (S_is(c, j - 1, "to") || S_is(c, j - 1, "and"))
    return true; /* "up to 2000 people", "between 1000 and 2000 people" */
  return !S_is(c, j - 1, "the") && !S_prep_before(c, j);
}

/* A unit of measure after the number at j, and no word before it that
 * leads a year ("in 2000 tonnes of grain were..." stays a year). */
static bool S_unit_next(const S_cur *c, uint32_t j) {
  static const char *const leads[] = {"in",     "since", "until", "till",
                                      "during", "by",    "before", "after",
                                      NULL};
  if (!c->tm->um || !cc__unit_at(c->tm->um, c->seg, j + 1, c->end))
    return false;
  for (const char *const *w = leads; *w; w++)
    if (j > c->sb && S_is(c, j - 1, *w))
      return false;
  return true;
}

/* A number glued by a hyphen before token i ("138-|2010"), or after
 * the token before e ("2015|-86"). */
bool cc__time_hnum_before(const S_cur *c, uint32_t i) {
  return i >= c->sb + 2 && S_p(c, i - 1, '-') && S_glued(c, i) &&
         S_glued(c, i - 1) && S_kind_is(c, i - 2, CC_TOK_NUM);
}
bool cc__time_hnum_after(const S_cur *c, uint32_t e) {
  return e + 1 < c->end && S_p(c, e, '-') && S_glued(c, e) &&
         S_glued(c, e + 1) && S_kind_is(c, e + 1, CC_TOK_NUM);
}

/* Token j is one of three or more numbers glued by hyphens
 * ("138-2010-2015", "2010-2015-86"): a telephone or reference number,
 * whose parts are no years. */
static bool S_chain3(const S_cur *c, uint32_t j) {
  uint32_t a = j, b = j;
  while (cc__time_hnum_before(c, a))
    a -= 2;
  while (cc__time_hnum_after(c, b + 1))
    b += 2;
  /* (but the year of an ISO-like date with a bad month, "2012-80-10") */
  return b - a >= 4 && !(a == j && S_tok(c, j)->norm_len == 4 &&
                          S_tok(c, j + 2)->norm_len <= 2);
}

/* "2014/10" (one token; "2014/15" is a season): October 2014, for the
 * years 1900-2100 and months of two digits; the end or 0. */
static uint32_t S_year_slash_month(const S_cur *c, uint32_t j, int y, int m,
                                   S_tv *tv) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || S_p(c, j + 1, '/') ||
      S_p(c, j + 1, '-'))
    return 0;
  tv->y = y;
  tv->m = m;
  tv->gran = CC_G_MONTH;
  return j + 1;
}

/* A month right after the year that ends at j: "in 2017 April", "the
 * 2015 October figures", as Asian wire copy orders them.  A month that
 * is also a word ("May", "March") only capitalized and ending its clause
 * ("In 2017 May won" is a year and a name); none before a number ("2017
 * May 3 people"), a capitalized word ("in 2017 April Jones") or a
 * hyphen.  The end: after the month, or j. */
static uint32_t S_year_month(const S_cur *c, uint32_t j, S_tv *tv) {
  int m;
  const S_sense *ms;
  uint32_t k = S_month(c, j, &m, &ms);
  if (!k || S_glued(c, j) || (ms->strict && (!S_cap(c, j) ||
                                             !S_clause_end(c, k))))
    return j;
  if (k < c->end &&
      (S_kind_is(c, k, CC_TOK_NUM) || S_p(c, k, '-') || S_p(c, k, '/') ||
       S_is(c, k, "'s") ||
       (S_kind_is(c, k, CC_TOK_WORD) && S_cap(c, k))))
    return j;
  if (S_tok(c, j)->norm_len <= 3 && !S_cap(c, j))
    return j; /* "2017 jun" */
  tv->m = m;
  tv->gran = CC_G_MONTH;
  return k;
}

/* "an" before v, a year of the 1800s that is no round hundred and no
 * compound's ("an 1898 ruling", "an 1870 treaty": "an" fits "eighteen";
 * not "an 1850-strong crowd"). */
static bool S_an_18xx(const S_cur *c, uint32_t j, int v) {
  return v > 1800 && v < 1900 && v % 100 && j > c->sb &&
         S_is(c, j - 1, "an") && !(S_p(c, j + 1, '-') && S_glued(c, j + 1));
}

/* The number at j whose parse np runs on past it only by a qualifier
 * after it ("2036 and under", read as a bound) is a year after a word
 * that leads one, with no counted noun after the qualifier: "exhausted in
 * 2036 and under current law" ("sold 1950 or more cars" stays a count). */
static bool S_post_qual_year(const S_cur *c, uint32_t j,
                             const cc_numparse *np) {
  return np->qual && np->tok_begin == j &&
         S_prep_before(c, j) && !S_counted_noun(c, np->tok_end);
}

/* A year of two digits after an apostrophe at i, alone after a word
 * that leads a year: "in '08", "the summer of '69", "since '98", "the
 * '08 crash"; not before a counted noun or a number ("in '10 people",
 * a quotation's opening mark).  The end, or 0. */
static uint32_t S_lone_year_apos(const S_cur *c, uint32_t i, int *y) {
  static const char *const leads[] = {
      "in",  "of",    "since", "from",   "until", "till", "by", "before",
      "after", "during", "to", "and", "or", "the", NULL};
  uint32_t e;
  if (i <= c->sb || !S_is_one_of(c, i - 1, leads) ||
      !(e = S_year_apos(c, i, y)) || S_counted_noun(c, e) ||
      S_kind_is(c, e, CC_TOK_NUM) || S_p(c, e, '%') || S_p(c, e, '\''))
    return 0;
  return e;
}

/* A year alone, with its context: "2018", "in 1867", "567 BC", "AD 79",
 * "2014-2018", "2018/19", "from 2014 to 2018", "in '08". */
uint32_t cc__time_p_year(S_cur *c, uint32_t i, S_tv *tv) {
  int v, nd, b, nb;
  const S_sense *era;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_YEAR;
  if (S_p(c, i, '\'')) {
    uint32_t e = S_lone_year_apos(c, i, &v);
    if (e)
      tv->y = v;
    return e;
  }
  /* "AD 79": the era word must look like one (capitals or dots) */
  if ((era = S_word1(c, i, S_K_ERA)) && era->v > 0 &&
      (S_tok(c, i)->flags & (CC_TF_ALLCAPS | CC_TF_ABBREV)) &&
      S_digits(c, i + 1, &v, &nd) && nd <= 4 && v > 0) {
    tv->y = v;
    return i + 2;
  }
  bool span = S_is(c, i, "between") || S_is(c, i, "from");
  uint32_t j = span ? i + 1 : i;
  if (!S_digits(c, j, &v, &nd)) {
    /* "2018/19" */
    const char *w = S_w(c, j);
    int y1, y2;
    char tail;
    /* the length and the slash first: most numbers fail there, and the
     * scan accepts a year of four digits only with its slash at w[4] */
    size_t n = strlen(w);
    if (span || !S_kind_is(c, j, CC_TOK_NUM) || n < 6 || n > 9 || n == 8 ||
        w[4] != '/' || sscanf(w, "%4d/%4d%c", &y1, &y2, &tail) != 2 ||
        y1 < 1000)
      return 0;
    if (n == 9 && y2 != y1 + 1)
      return 0; /* "2003/2004" is a season, "2001/2005" not read */
    if (n == 6 && (y2 != (y1 + 1) % 10 || !y2))
      /* "2015/3", as "2015-3"; "2003/4" is a season */
      return S_year_digit_month(y1, y2) ? S_year_slash_month(c, j, y1, y2, tv)
                                        : 0;
    if (n == 7 && y2 != (y1 + 1) % 100) /* "2014/10": a month, 01-12 */
      return S_year_slash_month(c, j, y1, y2, tv);
    tv->y = y1;
    tv->y2 = y1 + 1;
    return j + 1;
  }
  if (!span && nd <= 4 && v > 0 && (era = S_word1(c, j + 1, S_K_ERA)) &&
      S_era_looks(c, j + 1, era)) {
    tv->y = era->v < 0 ? 1 - v : v; /* 567 BC is year -566 */
    return j + 2;
  }
  if (nd != 4 || v < 1000 || v > 2999)
    return 0;
  /* ranges: "2014-2018", "2014-18", "2014 to 2018" */
  uint32_t k = j + 1;
  /* ("2014~2018": a tilde joins ranges in Asian wire copy) */
  bool joiner = ((S_p(c, k, '-') || S_p(c, k, '~')) && !span) ||
                (S_is(c, k, "to") && !S_is(c, i, "between")) ||
                S_is(c, k, "through") || S_is(c, k, "until") ||
                (S_is(c, k, "and") && S_is(c, i, "between"));
  if (joiner && S_digits(c, k + 1, &b, &nb)) {
    int y2 = nb == 4 ? b : nb == 2 && S_p(c, k, '-') ? v / 100 * 100 + b : -1;
    if (nb == 1 && b && b == (v + 1) % 10 && S_p(c, k, '-') &&
        S_glued(c, k) && S_glued(c, k + 1))
      y2 = v + 1; /* "the 2015-6 season", as "2015-16" */
    if (y2 > v && y2 - v <= 200 && !cc__time_round_counts(c, v, y2, k + 2) &&
        !cc__time_hnum_after(c, k + 2) && !cc__time_hnum_before(c, i)) {
      /* (not "2012-80-10" or "2010-2015-86": three numbers are no range
       * of years) */
      tv->y = v;
      tv->y2 = y2;
      return k + 2;
    }
  }
  if (span)
    return 0;
  /* a lone number as a year: not money, not a percentage, not part of a
   * longer number ("2000 million"); 1900-2100 freely, others in context */
  if (i > c->sb && (S_kind_is(c, i - 1, CC_TOK_SYM) || S_is(c, i - 1, "no") ||
                    S_is(c, i - 1, "#")))
    return 0;
  if (S_kind_is(c, j + 1, CC_TOK_SYM) || S_p(c, j + 1, ':') ||
      S_chain3(c, j))
    return 0;
  cc_numparse np;
  if (S_num(c, j, &np) && np.tok_end > j + 1 && !(np.flags & CC_NP_RANGE) &&
      !S_post_qual_year(c, j, &np))
    return 0;
  if ((v < 1900 || v > 2100) && !S_prep_before(c, j) &&
      !(j > c->sb && S_is(c, j - 1, "the")) && !S_an_18xx(c, j, v))
    return 0;
  if (S_round_count_at(c, j, v))
    return 0;
  if (S_unit_next(c, j))
    return 0; /* "the 1500 metres final", "flew at 1900 feet" */
  if (j >= c->sb + 2 && S_p(c, j - 1, '-') && S_glued(c, j - 1) &&
      S_glued(c, j) && S_kind_is(c, j - 2, CC_TOK_WORD) &&
      ((c->toks[j - 2].flags & CC_TF_ALLCAPS) ||
       (c->toks[j - 2].norm_len == 1 && S_cap(c, j - 2))))
    return 0; /* a model's name: "XR-2000", "F-1900" ("mid-2000" stays) */
  tv->y = v;
  return S_year_month(c, j + 1, tv);
}

/* "FY2023", "FY 2023", "FY23", "fiscal 2024", "fiscal year 2023": the
 * year the fiscal year is named after (its months differ by country and
 * are not guessed). */
uint32_t cc__time_p_fiscal(S_cur *c, uint32_t i, S_tv *tv) {
  const char *w = S_w(c, i);
  int y = -1, v, nd;
  uint32_t e = 0, n;
  size_t len = strlen(w);
  if (len == 6 || len == 4) { /* one token: "fy2023", "fy23" */
    if (w[0] == 'f' && w[1] == 'y' && S_dig(w[2]) &&
        S_dig(w[3]) &&
        (len == 4 ||
         (S_dig(w[4]) && S_dig(w[5])))) {
      y = atoi(w + 2);
      e = i + 1;
    }
  }
  if (y < 0 && cc__time_phrase(c, i, S_M(S_K_FISCAL), &n) &&
      S_digits(c, i + n, &v, &nd) && (nd == 4 || nd == 2)) {
    y = v;
    e = i + n + 1;
  }
  if (y < 0)
    return 0;
  if (y < 100)
    y = S_two_digit_year(c, y);
  if (y < 1000 || y > 2999)
    return 0;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_YEAR;
  tv->y = y;
  int b, nb;
  if (S_p(c, e, '-') && S_glued(c, e) && S_digits(c, e + 1, &b, &nb) &&
      (nb == 2 || nb == 4)) { /* "FY 2023-24" */
    int y2 = nb == 4 ? b : y / 100 * 100 + b;
    if (y2 == y + 1) {
      tv->y2 = y2;
      e += 2;
    }
  }
  return e;
}

/* Years in words: "nineteen eighty-four", "twenty twenty-four", "nineteen
 * oh five".  Two spelled pairs, the first 17-20; a number this way is
 * always a year.  "two thousand and fifteen" is one of this century when
 * led is set (its clause told it is a time) and it ends its clause (else
 * a count: "two thousand and fifteen people").  The token after it into
 * *y's year, or 0. */
static uint32_t S_year_words(const S_cur *c, uint32_t i, bool led, int *y) {
  cc_numparse a, b;
  if (!S_kind_is(c, i, CC_TOK_WORD) || !S_num(c, i, &a) ||
      a.flags != CC_NP_WORDS || a.qual)
    return 0;
  if (a.tok_end != i + 1) {
    uint32_t e = a.tok_end;
    if (!led || a.value < 2000 || a.value > 2099 ||
        a.value != floor(a.value) ||
        (e < c->end && !S_kind_is(c, e, CC_TOK_PUNCT) && !S_is(c, e, "and") &&
         !S_is(c, e, "when")))
      return 0;
    *y = (int)a.value;
    return e;
  }
  if (a.value < 17 || a.value > 20)
    return 0;
  uint32_t j = i + 1;
  int lo = 10;
  if (S_is(c, j, "oh") || S_is(c, j, "o")) {
    j++;
    lo = 1;
  }
  if (!S_kind_is(c, j, CC_TOK_WORD) || !S_num(c, j, &b) ||
      b.flags != CC_NP_WORDS || b.qual || b.value < lo ||
      b.value > (lo == 1 ? 9 : 99) || b.value != floor(b.value))
    return 0;
  if (S_p(c, b.tok_end, '-') || S_word1(c, b.tok_end, S_K_UNIT))
    return 0; /* "twenty thirty-year-olds", "nineteen twenty years" */
  *y = (int)a.value * 100 + (int)b.value;
  return b.tok_end;
}

/* A year in words on its own: "in two thousand and fifteen" (after a
 * preposition of time), "nineteen eighty-four". */
uint32_t cc__time_p_year_words(S_cur *c, uint32_t i, S_tv *tv) {
  static const char *const prep[] = {"in", "since", "until", "till",
                                     "by", "before", "after", NULL};
  int y;
  uint32_t e =
      S_year_words(c, i, i > c->sb && S_is_one_of(c, i - 1, prep), &y);
  if (!e)
    return 0;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_YEAR;
  tv->y = y;
  return e;
}

/* "the year 2018", "the year two thousand", "the year twenty ten" */
uint32_t cc__time_p_the_year(S_cur *c, uint32_t i, S_tv *tv) {
  int y;
  uint32_t e = i + 3;
  if (!S_is(c, i, "the") || !S_is(c, i + 1, "year") ||
      (!S_year4(c, i + 2, &y) &&
       !(S_kind_is(c, i + 2, CC_TOK_WORD) &&
         (e = S_year_words(c, i + 2, true, &y)))))
    return 0;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_YEAR;
  tv->y = y;
  return e;
}

/* "1990s", "the 1990s", "the '90s", "the nineties", "the 1800s" (a
 * century), "1990's". */
/* "the" and a period modifier right before token j: "the late 80s",
 * "the mid-90s" (cc__time_p_mod reads the two; "his late 40s" is an age). */
static bool S_mod_before(const S_cur *c, uint32_t j) {
  if (j > c->sb + 1 && S_p(c, j - 1, '-') && S_glued(c, j - 1) &&
      S_glued(c, j))
    j--;
  return j > c->sb + 1 && S_word1(c, j - 1, S_K_MOD) != NULL &&
         S_is(c, j - 2, "the");
}

/* A decade of two digits at j after another and "and", "or" or a comma
 * (then the list goes on after it): "the 1970s and 80s", "the 1960s, 70s
 * and 80s".  The century of the list's first, which must state it (four
 * digits: "the 70s and 80s" may be ages or temperatures), into *cent;
 * false when no such list is there. */
static bool S_decade_list(const S_cur *c, uint32_t j, int *cent) {
  for (int n = 0; n < 4; n++, j -= 2) {
    bool comma = j > c->sb && S_p(c, j - 1, ',');
    if (j < c->sb + 2 ||
        !(comma || S_is(c, j - 1, "and") || S_is(c, j - 1, "or")) ||
        (comma && !(S_p(c, j + 1, ',') || S_is(c, j + 1, "and") ||
                    S_is(c, j + 1, "or"))))
      return false;
    const char *w = S_w(c, j - 2);
    size_t len = strlen(w);
    if (!S_kind_is(c, j - 2, CC_TOK_NUM) || (len != 3 && len != 5) ||
        w[len - 1] != 's' || w[len - 2] != '0')
      return false;
    for (size_t k = 0; k + 1 < len; k++)
      if (!S_dig(w[k]))
        return false;
    if (len == 5) {
      *cent = (w[0] - '0') * 1000 + (w[1] - '0') * 100;
      return true;
    }
  }
  return false;
}

uint32_t cc__time_p_decade(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = i;
  bool the = S_is(c, j, "the");
  if (the)
    j++;
  int y = -1;
  bool apos = S_p(c, j, '\'') && S_glued(c, j + 1);
  if (apos)
    j++;
  const char *w = S_w(c, j);
  if (S_kind_is(c, j, CC_TOK_NUM)) {
    size_t n = strlen(w);
    int v = 0;
    size_t k = 0;
    while (k < n && k < 5 && S_dig(w[k]))
      v = v * 10 + (w[k++] - '0');
    bool s_suffix = k + 1 == n && w[k] == 's';
    bool poss = k == n && S_p(c, j + 1, '\'') && S_glued(c, j + 1) &&
                S_is(c, j + 2, "s") && S_glued(c, j + 2);
    /* "the 1990 s": the s split off, as text taken from PDFs has it
     * (a lower-case "s" alone: not "1990 S Korea") */
    bool split = k == 4 && k == n && S_is(c, j + 1, "s") && !S_glued(c, j + 1) &&
                 !S_cap(c, j + 1) && !apos;
    if (!(s_suffix || poss || split) || v % 10 != 0)
      return 0;
    int cent;
    if (k == 4 && !apos)
      y = v;
    else if (k == 2 && !apos && !the && S_decade_list(c, j, &cent))
      y = cent + v; /* "the 1970s and 80s" */
    else if (k == 2 && (apos || the || S_mod_before(c, j))) {
      int64_t doc = 0;
      int cut = S_doc(c, &doc) ? cc_civil_from_days(doc).y % 100 : 0;
      y = v <= cut - cut % 10 ? 2000 + v : 1900 + v;
    } else {
      return 0;
    }
    j += poss ? 3 : split ? 2 : 1;
  } else {
    /* a spoken century before the decade word: "the nineteen seventies",
     * "the early eighteen nineties" */
    int cen = S_spoken_century(c, j);
    uint32_t d = cen ? j + 1 : j;
    const S_sense *s = S_word1(c, d, S_K_DECADE);
    /* "the nineties", "the late eighties", "the mid-seventies" ("his
     * late forties" is an age: no "the") */
    if (!s || !(the || S_mod_before(c, j)) || apos || (cen && s->s))
      return 0;
    /* the century is the sense's a column ("noughties": 20), else 19 */
    y = (cen ? cen : s->s ? atoi(s->s) : 19) * 100 + s->v * 10;
    j = d + 1;
  }
  tv->type = CC_M_DATE;
  tv->y = y;
  tv->gran = (y % 100 == 0 && y < 2000) ? CC_G_CENTURY : CC_G_DECADE;
  if (tv->gran == CC_G_CENTURY && !the && !S_prep_before(c, i))
    return 0; /* "1000s of people" are thousands */
  return j;
}

/* "the 18th century", "the eighteenth century", "18th-century". */
uint32_t cc__time_p_century(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  int n;
  uint32_t k = cc__time_ordinal(c, j, &n);
  if (!k || n < 1 || n > 30)
    return 0;
  if (S_p(c, k, '-') && S_glued(c, k))
    k++;
  if (!S_is(c, k, "century"))
    return 0;
  k++;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_CENTURY;
  tv->y = (n - 1) * 100;
  const S_sense *era = S_word1(c, k, S_K_ERA);
  if (era && (S_tok(c, k)->flags & (CC_TF_ALLCAPS | CC_TF_ABBREV))) {
    if (era->v < 0)
      tv->y = -(n * 100) + 1;
    k++;
  }
  return k;
}

/* The year of "of 2024", "2024", "of the year", "of this/last/next year";
 * returns the end or 0. */
static uint32_t S_of_year(S_cur *c, uint32_t j, S_tv *tv) {
  int y;
  uint32_t k = S_is(c, j, "of") ? j + 1 : j;
  if (S_year4(c, k, &y)) {
    tv->y = y;
    return k + 1;
  }
  if (k == j)
    return 0;
  int64_t doc = 0;
  if (S_is(c, k, "the") && S_is(c, k + 1, "year")) {
    if (S_doc(c, &doc)) {
      tv->y = cc_civil_from_days(doc).y;
      S_set_anchor(c, tv);
    } else {
      tv->flags |= CC_MF_UNRESOLVED;
    }
    return k + 2;
  }
  return S_shift_year(c, k, tv);
}

/* "Q1".."Q4", "H1", "H2" at j, capitalized as in business copy, or in
 * lower case beside a year ("q1" alone in running text is more often a
 * code than a quarter): the number. */
static bool S_quarter_code(const S_cur *c, uint32_t j, int *n) {
  const char *w = S_w(c, j);
  if (!((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && !w[2]))
    return false;
  /* in lower case only beside a year: "2019 q3", "q1-2019", "q3 of 2019" */
  int y;
  uint32_t k = j + 1;
  if (S_is(c, k, "of") || ((S_p(c, k, '-') || S_p(c, k, '/')) &&
                           S_glued(c, k) && S_glued(c, k + 1)))
    k++;
  uint32_t b = j > c->sb && S_p(c, j - 1, '-') ? j - 1 : j;
  if (!S_cap(c, j) && !S_year4(c, k, &y) &&
      !(b > c->sb && S_year4(c, b - 1, &y)))
    return false;
  *n = w[1] - '0';
  return w[0] == 'q' || *n <= 2;
}

/* "last" or "final" at j before "quarter", "qtr" or "half" and "of": the
 * year's last one when a year follows (cc__time_p_quarter asks S_of_year;
 * "the last quarter" alone stays a length, "the final quarter" of a game
 * no date). */
static bool S_last_of_year(const S_cur *c, uint32_t j) {
  return (S_is(c, j, "last") || S_is(c, j, "final")) &&
         (S_is(c, j + 1, "quarter") || S_is(c, j + 1, "qtr") ||
          S_is(c, j + 1, "half")) &&
         S_is(c, j + 2, "of");
}

/* "the first quarter", "Q1 2025", "2019-Q1", "Q1-2019", "the 1997 second
 * quarter", "first-quarter",
 * "the second half of 2024", "H1 2025". */
uint32_t cc__time_p_quarter(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  int y, n;
  tv->type = CC_M_DATE;
  if (S_year4(c, j, &y)) {
    tv->y = y;
    j++;
    if (S_p(c, j, '-') && S_glued(c, j) && S_glued(c, j + 1) &&
        S_quarter_code(c, j + 1, &n))
      j++; /* "2019-Q1" */
  }
  bool half, end = false;
  int m;
  const S_sense *ms;
  uint32_t me;
  if (j > i && tv->y == S_NOYEAR && (me = S_month(c, j, &m, &ms)) &&
      S_is(c, me, "quarter")) {
    /* "the December quarter", "the March quarter": the quarter that
     * ends in that month, as Australian and New Zealand figures name it */
    if (m % 3 || (ms->strict && !S_cap(c, j)))
      return 0;
    n = m / 3;
    half = false;
    j = me + 1;
  } else if (S_quarter_code(c, j, &n)) {
    half = S_w(c, j)[0] == 'h';
    j++;
    if (tv->y == S_NOYEAR && (S_p(c, j, '-') || S_p(c, j, '/')) &&
        S_glued(c, j) && S_glued(c, j + 1) && S_year4(c, j + 1, &y)) {
      tv->y = y; /* "Q1-2019", "Q3/2020" */
      j += 2;
    }
  } else {
    uint32_t k = cc__time_ordinal(c, j, &n);
    if (!k && (S_is(c, j, "latter") || S_is(c, j, "former"))) {
      n = S_is(c, j, "latter") ? 2 : 1; /* "the latter half of 2020" */
      k = j + 1;
    }
    end = !k && S_last_of_year(c, j);
    if (end) { /* "the final quarter of 2004", "the last half of the year" */
      k = j + 1;
      n = S_is(c, k, "half") ? 2 : 4;
    }
    if (!k)
      return 0;
    if (S_p(c, k, '-') && S_glued(c, k))
      k++;
    half = S_is(c, k, "half");
    /* "qtr": company results' abbreviation ("4th qtr 2018") */
    if (!((S_is(c, k, "quarter") || S_is(c, k, "qtr")) && n <= 4) &&
        !(half && n <= 2))
      return 0;
    j = k + 1;
  }
  tv->gran = half ? CC_G_HALF : CC_G_QUARTER;
  tv->n = n;
  if (tv->y == S_NOYEAR) {
    uint32_t k = S_of_year(c, j, tv);
    /* "the third quarter last year" (a quarter only: "the second half
     * last year" is as often a match's) */
    if (!k && !half && !end)
      k = S_dated_shift_year(c, j, tv);
    if (k)
      j = k;
    else if (half || end)
      return 0; /* "the second half" of a match */
    else
      cc__time_infer_year(c, tv, i, j);
  }
  return j;
}

/* "the rest of the year", "the remainder of this month", "the rest of
 * the week": from the document date to the end of its year, month or
 * ISO week (a range of days); "the rest of the day" is the day.  With no
 * document date there is no start, so no mention. */
uint32_t cc__time_p_rest(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  if (!S_word1(c, j, S_K_REST) || !S_is(c, j + 1, "of"))
    return 0;
  j += 2;
  if (S_is(c, j, "the") || S_is(c, j, "this"))
    j++;
  int64_t doc;
  if (!S_doc(c, &doc))
    return 0;
  cc_ymd d = cc_civil_from_days(doc), e = d;
  if (S_is(c, j, "year")) {
    e.m = 12;
    e.d = 31;
  } else if (S_is(c, j, "month")) {
    e.d = cc_days_in_month(d.y, d.m);
  } else if (S_is(c, j, "week")) {
    e = cc_civil_from_days(doc + (6 - cc_weekday(doc)));
  } else if (!S_is(c, j, "day")) {
    return 0;
  }
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  tv->y = d.y;
  tv->m = d.m;
  tv->d = d.d;
  if (e.m != d.m || e.d != d.d) {
    tv->y2 = e.y;
    tv->m2 = e.m;
    tv->d2 = e.d;
  }
  S_set_anchor(c, tv);
  return j + 1;
}

/* After "the" at ti: "year to", "quarter to", or a count of one token and
 * "months to" (cc__time_p_months_to's words; cheap, for the guards). */
/* The word that ends such a period at k: "to", or the American "ended",
 * "ending" and "through" ("the three months ended June 30", "the quarter
 * ending in September", "the 12 months through June"). */
static bool S_period_to(const S_cur *c, uint32_t k) {
  return S_is(c, k, "to") || S_is(c, k, "ended") || S_is(c, k, "ending") ||
         S_is(c, k, "through");
}

bool cc__time_months_to_head(const S_cur *c, uint32_t ti) {
  static const char *const units[] = {"months", "month", "weeks", "week",
                                      "days",   "day",   NULL};
  if (S_is(c, ti, "year") || S_is(c, ti, "quarter") || S_is(c, ti, "week"))
    return S_period_to(c, ti + 1);
  return S_period_to(c, ti + 2) && S_is_one_of(c, ti + 1, units);
}

/* "the week to 10 March", "the seven days to Friday", "the four weeks to
 * 3 May": the n days that end with the day at k (its year resolved), as
 * weekly statistics state them. */
static uint32_t S_days_to(S_cur *c, uint32_t k, int n, S_tv *tv) {
  S_tv d;
  S_tv_init(&d);
  c->depth++;
  uint32_t e = cc__time_p_date_core(c, k, &d);
  c->depth--;
  if (!e || d.gran != CC_G_DAY || d.preset || d.y2 != S_NOYEAR ||
      d.y == S_NOYEAR || d.m < 1 || d.d < 1)
    return 0;
  *tv = d;
  int64_t last = cc_days_from_civil(d.y, d.m, d.d);
  S_set_day_range(tv, last - n + 1, last);
  tv->weekday = -1;
  return e;
}

/* "the year to date" (n 0: from the first of January), "the quarter to
 * date", "the 12 months to date" (n months): the days up to the
 * document's, "date" at k.  No document date, no mention. */
static uint32_t S_months_to_date(const S_cur *c, uint32_t k, int n,
                                 S_tv *tv) {
  int64_t doc;
  if (S_is(c, k + 1, "of") || !S_doc(c, &doc))
    return 0; /* "the year to date of birth" */
  cc_ymd d = cc_civil_from_days(doc), s = d;
  if (!n) {
    s.m = s.d = 1;
  } else if (n == 3 && S_is(c, k - 2, "quarter")) {
    s.m = (d.m - 1) / 3 * 3 + 1;
    s.d = 1;
  } else { /* the day after the same day n months before */
    int months = d.y * 12 + (d.m - 1) - n;
    s.y = months / 12;
    s.m = months % 12 + 1;
    if (s.d > cc_days_in_month(s.y, s.m))
      s.d = cc_days_in_month(s.y, s.m);
    s = cc_civil_from_days(cc_days_from_civil(s.y, s.m, s.d) + 1);
  }
  S_set_day_range(tv, cc_days_from_civil(s.y, s.m, s.d), doc);
  S_set_anchor(c, tv);
  return k + 1;
}

/* A word after "year to date" that makes "date" a verb with its object
 * ("a year to date the bones", "took a year to date them"). */
static bool S_date_object(const S_cur *c, uint32_t k) {
  static const char *const w[] = {"the", "a",   "an",    "them", "it",
                                  "his", "her", "their", "its",  "this",
                                  "that", "these", "those", "him", "anyone"};
  for (size_t n = 0; n < sizeof w / sizeof *w; n++)
    if (S_is(c, k, w[n]))
      return true;
  return false;
}

/* Before "year to date" at k: what a change ends with ("up 8%", "8
 * percent", "fell", "higher"), a mark or the sentence's start.  Not a
 * length ("a year to date the bones", "one year") nor a best ("her best
 * year to date": the year so far), so no other word. */
static bool S_ytd_after(const S_cur *c, uint32_t k) {
  static const char *const w[] = {"percent", "cent",   "points", "pct",
                                  "up",      "down",   "rose",   "fell",
                                  "gained",  "lost",   "higher", "lower",
                                  "and",     "but",    "flat"};
  if (k < c->sb || k == UINT32_MAX)
    return true;
  const cc_token *t = S_tok(c, k);
  if (t->kind == CC_TOK_PUNCT)
    return true;
  if (t->kind == CC_TOK_NUM)
    return t->norm_len && t->norm[t->norm_len - 1] == '%';
  for (size_t n = 0; n < sizeof w / sizeof *w; n++)
    if (S_is(c, k, w[n]))
      return true;
  return false;
}

/* "year to date", "year-to-date" without "the" (market and company
 * reports: "up 8% year to date", "year-to-date sales"): the days from the
 * first of January to the document's.  Unhyphened only after a change
 * (S_ytd_after) and not before an object of "date" as a verb. */
uint32_t cc__time_p_ytd(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_is(c, i, "year"))
    return 0;
  bool hy = S_p(c, i + 1, '-') && S_glued(c, i + 1) && S_glued(c, i + 2) &&
            S_is(c, i + 2, "to") && S_p(c, i + 3, '-') && S_glued(c, i + 3) &&
            S_glued(c, i + 4) && S_is(c, i + 4, "date");
  uint32_t k = hy ? i + 4 : i + 2; /* "date" */
  if (!hy && !(S_is(c, i + 1, "to") && S_is(c, i + 2, "date")))
    return 0;
  if (!hy && (S_date_object(c, k + 1) ||
              !S_ytd_after(c, i > c->sb ? i - 1 : UINT32_MAX)))
    return 0;
  tv->type = CC_M_DATE;
  return S_months_to_date(c, k, 0, tv);
}

/* "the three months to June", "the year to March 2019", "the quarter to
 * September", "the 12 months to April": the months that end with that
 * month (its year as a month alone would have it), as statistics and
 * company results state a period; "the week to 10 March", "the seven
 * days to Friday": the days that end with that day (S_days_to). */
uint32_t cc__time_p_months_to(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_is(c, i, "the"))
    return 0;
  uint32_t j = i + 1;
  int n, days = 0; /* days: a period of days or weeks, n days long */
  if (S_is(c, j, "year")) {
    n = 12;
    j++;
  } else if (S_is(c, j, "quarter")) {
    n = 3;
    j++;
  } else if (S_is(c, j, "week")) {
    n = days = 7;
    j++;
  } else {
    S_count k;
    uint32_t ce = cc__time_count_at(c, j, &k);
    if (!ce || k.vague || k.range || k.qual || k.article || k.val < 1 ||
        k.val > 24 || k.val != floor(k.val))
      return 0;
    n = (int)k.val;
    bool one = k.val == 1;
    if (S_is(c, ce, "weeks") || (one && S_is(c, ce, "week")))
      n = days = 7 * n;
    else if (S_is(c, ce, "days") || (one && S_is(c, ce, "day")))
      days = n;
    else if (!(S_is(c, ce, "months") || (one && S_is(c, ce, "month"))))
      return 0;
    j = ce + 1;
  }
  if (!S_period_to(c, j))
    return 0;
  bool to = S_is(c, j, "to");
  if (!to && S_is(c, j + 1, "in"))
    j++; /* "the quarter ending in September" */
  else if (!days && S_is(c, j + 1, "the") && S_is(c, j + 2, "end") &&
           S_is(c, j + 3, "of"))
    j += 3; /* "the three months to the end of March": to March */
  if (days)
    return S_is(c, j + 1, "date") ? 0 : S_days_to(c, j + 1, days, tv);
  if (to && S_is(c, j + 1, "date"))
    return S_months_to_date(c, j + 1, S_is(c, i + 1, "year") ? 0 : n, tv);
  S_tv m;
  S_tv_init(&m);
  uint32_t e = cc__time_p_month_led(c, j + 1, &m);
  /* a month's last day ends its months ("the three months ended June
   * 30") */
  if (e && m.gran == CC_G_DAY && m.y != S_NOYEAR && m.y2 == S_NOYEAR &&
      m.d == cc_days_in_month(m.y, m.m)) {
    m.gran = CC_G_MONTH;
    m.d = 0;
    m.weekday = -1;
  }
  /* (a year is needed: without one the period's first month has none,
   * and the month alone is read, as before) */
  if (!e || m.gran != CC_G_MONTH || m.y2 != S_NOYEAR || m.y == S_NOYEAR)
    return 0;
  *tv = m;
  if (n > 1) {
    int months = m.y * 12 + (m.m - 1) - (n - 1);
    tv->y2 = m.y;
    tv->m2 = m.m;
    tv->m = months % 12 + 1;
    tv->y = months / 12;
  }
  return e;
}

/* After an optional "the" at ti: "first" or "last", a count of one
 * token, "months of" (cc__time_p_first_months' words; cheap, for the guards).
 * */
bool cc__time_first_months_head(const S_cur *c, uint32_t ti) {
  return (S_is(c, ti, "first") || S_is(c, ti, "last") ||
          S_is(c, ti, "final")) &&
         (S_is(c, ti + 2, "months") || S_is(c, ti + 2, "weeks") ||
          S_is(c, ti + 2, "days")) &&
         S_is(c, ti + 3, "of");
}

/* "the first two weeks of January", "the last ten days of 2019": n days
 * (weeks given as 7) at the start or end of the month or year at e
 * (depth: a part of the date read). */
static uint32_t S_first_days(S_cur *c, uint32_t e, int n, bool first,
                             S_tv *tv) {
  S_tv p;
  S_tv_init(&p);
  uint32_t pe = S_of_year(c, e - 1, &p); /* "of the year", "of 2019" */
  if (pe && p.y != S_NOYEAR) {
    p.type = CC_M_DATE;
    p.gran = CC_G_YEAR;
  } else {
    S_tv_init(&p);
    c->depth++;
    pe = cc__time_p_date_core(c, e, &p);
    c->depth--;
  }
  int64_t lo, hi;
  if (!pe || p.preset || p.y == S_NOYEAR || p.y2 != S_NOYEAR ||
      p.hh >= 0 || (p.gran != CC_G_MONTH && p.gran != CC_G_YEAR) ||
      !cc__time_tv_days(&p, &lo, &hi) || n >= hi - lo)
    return 0;
  *tv = p;
  S_set_day_range(tv, first ? lo : hi - n, first ? lo + n - 1 : hi - 1);
  return pe;
}

/* "the first nine months of the year", "the first three months of 2019",
 * "the last six months of last year": those months of that year (the
 * publication's for "the year" and "this year"); weeks and days of a
 * month or year (S_first_days). */
uint32_t cc__time_p_first_months(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  if (!cc__time_first_months_head(c, j))
    return 0;
  bool first = S_is(c, j, "first");
  S_count k;
  uint32_t ce = cc__time_count_at(c, j + 1, &k);
  if (ce != j + 2 || k.vague || k.range || k.qual || k.article ||
      k.val < 2 || k.val > 60 || k.val != floor(k.val))
    return 0;
  int n = (int)k.val, y;
  uint32_t e = j + 4;
  if (!S_is(c, j + 2, "months"))
    return S_first_days(c, e, S_is(c, j + 2, "weeks") ? 7 * n : n, first, tv);
  if (n > 11)
    return 0;
  int64_t doc;
  bool have = S_doc(c, &doc);
  int dy = have ? cc_civil_from_days(doc).y : 0;
  if (S_year4(c, e, &y)) {
    e++;
  } else if ((S_is(c, e, "the") || S_is(c, e, "this")) &&
             S_is(c, e + 1, "year") && have) {
    y = dy;
    e += 2;
  } else if (S_is(c, e, "last") && S_is(c, e + 1, "year") && have) {
    y = dy - 1;
    e += 2;
  } else {
    return 0;
  }
  tv->type = CC_M_DATE;
  tv->gran = CC_G_MONTH;
  tv->y = tv->y2 = y;
  tv->m = first ? 1 : 13 - n;
  tv->m2 = first ? n : 12;
  return e;
}

/* "summer 2018", "the summer of 1964", "in the spring". */
/* Two consecutive years in one token at k, "2019/20" or "2019/2020"; the
 * first into *y. */
static bool S_winter_slash(const S_cur *c, uint32_t k, int *y) {
  int a, b;
  char tail;
  const char *w = S_w(c, k);
  size_t n = strlen(w);
  if (!S_kind_is(c, k, CC_TOK_NUM) || (n != 7 && n != 9) || w[4] != '/' ||
      sscanf(w, "%4d/%4d%c", &a, &b, &tail) != 2 || a < 1000 ||
      b != (n == 7 ? (a + 1) % 100 : a + 1))
    return false;
  *y = a;
  return true;
}

/* A word at j that ends "all summer" or "the whole winter" as a time
 * rather than a noun's modifier ("all winter sports"): "long", a
 * preposition or a conjunction ("all summer in Rome", "all spring and"). */
static bool S_season_whole_end(const S_cur *c, uint32_t j) {
  static const char *const ends[] = {"long", "in",  "at",    "on",  "and",
                                     "but",  "as",  "while", "for", "to",
                                     "with", "when", "before", "after", NULL};
  return S_is_one_of(c, j, ends);
}

uint32_t cc__time_p_season(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  /* after "the whole", "the entire", "all" (cc__time_p_whole) as after
   * "the" */
  bool whole = i > c->sb && S_word1(c, i - 1, S_K_WHOLE) && !S_is(c, i, "fall");
  bool the = j > i || whole;
  const S_sense *s = S_word1(c, j, S_K_SEASON);
  if (!s)
    return 0;
  j++;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_SEASON;
  tv->code = s->s;
  tv->a = s->a;
  tv->b = s->b;
  int y, y2, n2;
  uint32_t yj = S_is(c, j, "of") ? j + 1 : j;
  if (S_year4(c, yj, &y)) {
    tv->y = y;
    /* "the winter of 2022-23": the winter that starts in 2022 */
    if (!strcmp(s->s, "WI") && S_p(c, yj + 1, '-') && S_glued(c, yj + 1) &&
        S_glued(c, yj + 2) && S_digits(c, yj + 2, &y2, &n2) &&
        ((n2 == 2 && y2 == (y + 1) % 100) || (n2 == 4 && y2 == y + 1)))
      return yj + 3;
    return yj + 1;
  }
  uint32_t k;
  if (!strcmp(s->s, "WI") && S_winter_slash(c, yj, &y)) {
    tv->y = y; /* "winter 2019/20": the winter that starts in 2019 */
    return yj + 1;
  }
  if (yj > j && (k = S_year_apos(c, yj, &y))) { /* "the summer of '69" */
    tv->y = y;
    return k;
  }
  /* "the summer of 69": two digits alone after "the SEASON of", at the
   * clause's end or before a preposition ("the summer of 69 in Rome");
   * not before a noun ("the winter of 12 deaths") or "%" */
  if (yj > j && the && S_digits(c, yj, &y, &n2) && n2 == 2 &&
      (yj + 1 >= c->end ||
       (S_kind_is(c, yj + 1, CC_TOK_PUNCT) && !S_p(c, yj + 1, '%') &&
        !S_p(c, yj + 1, '-') && !S_p(c, yj + 1, '/')) ||
       S_season_whole_end(c, yj + 1))) {
    tv->y = S_two_digit_year(c, y);
    return yj + 1;
  }
  if ((k = S_of_year(c, j, tv)) && k > j + 1) /* "spring of next year" */
    return k;
  if (!the && !S_prep_before(c, i))
    return 0; /* (and "prices could fall next year") */
  /* "the fall of Rome", "the spring of the movement" */
  if (S_is(c, j, "of"))
    return 0;
  if (!strcmp(S_w(c, j - 1), "fall") &&
      (!the || (!S_prep_before(c, i) && S_word1(c, j, S_K_TENSE))))
    return 0; /* "began to fall", "fall in the group"; "the fall could be
               * short-lived", "the fall was steep": a drop, the verb's
               * subject (not "in the fall will") */
  if ((k = S_shift_year(c, j, tv))) /* "by autumn next year" */
    return k;
  if (i > c->sb && S_p(c, i - 1, '-') && S_glued(c, i) && !c->depth)
    return 0; /* "near-summer air"; "mid-summer" comes through cc__time_p_mod */
  if (S_kind_is(c, j, CC_TOK_WORD) && !S_prep_before(c, i) &&
      !S_word1(c, j, S_K_TENSE) && !(whole && S_season_whole_end(c, j)))
    return 0; /* "the summer holidays", "the winter games" */
  cc__time_infer_year(c, tv, i, j);
  return j;
}

/* When a table (cc__time_holiday_date) lists two rows in year y, the one whose
 * first day is nearer doc into *lo, *hi, *nd. */
static void S_holiday_nearer(const cc_time_model *tm, const S_sense *s, int y,
                             int64_t doc, int64_t *lo, int64_t *hi, int *nd) {
  if (strncmp(s->s, "table:", 6) != 0)
    return;
  for (int i = s->a; i < s->a + s->b; i++) {
    const S_lunar *r = &tm->lunar[i];
    if (r->year == y && r->start != *lo &&
        llabs(r->start - doc) < llabs(*lo - doc)) {
      *lo = r->start;
      *hi = r->start + r->days;
      *nd = r->days;
    }
  }
}

/* The tokens [a, b) joined by single spaces into buf (cap bytes): false
 * when they do not fit. */
static bool S_join(const S_cur *c, uint32_t a, uint32_t b, char *buf,
                   size_t cap) {
  size_t n = 0;
  for (uint32_t k = a; k < b; k++) {
    const cc_token *t = &c->toks[k];
    if (n + t->norm_len + 2 > cap)
      return false;
    if (k > a)
      buf[n++] = ' ';
    memcpy(buf + n, t->norm, t->norm_len);
    n += t->norm_len;
  }
  buf[n] = '\0';
  return true;
}

/* The country named right before token h ("India's", "Indian", "South
 * Sudan's"), or NULL. */
static const char *S_nation_before(const S_cur *c, uint32_t h) {
  uint32_t e = h > c->sb && S_is(c, h - 1, "'s") ? h - 1 : h;
  char buf[64];
  for (uint32_t w = 3; w >= 1; w--) {
    S_nation *x = NULL;
    if (e >= c->sb + w && S_cap(c, e - w) &&
        S_join(c, e - w, e, buf, sizeof buf))
      HASH_FIND_STR(c->tm->nations, buf, x);
    if (x)
      return x->country;
  }
  return NULL;
}

/* A holiday's name at [h, h + n) after a country's name: that country's
 * own day (national_days.csv) in *own; false when the name is one some
 * other country keeps and this one has no row of (no date then: "Kenya's
 * Independence Day" is not the US's 4 July). */
static bool S_national(const S_cur *c, uint32_t h, uint32_t n,
                       const S_sense **own) {
  *own = NULL;
  const char *ctry = c->tm->natdays ? S_nation_before(c, h) : NULL;
  char buf[128];
  if (!ctry || !S_join(c, h, h + n, buf, sizeof buf - 64))
    return true;
  S_natday *d = NULL;
  HASH_FIND_STR(c->tm->natdays, buf, d);
  if (!d)
    return true; /* no country keeps a day of that name apart */
  size_t k = strlen(buf), m = strlen(ctry);
  if (k + m + 2 > sizeof buf)
    return false;
  buf[k] = '\x1f';
  memcpy(buf + k + 1, ctry, m + 1);
  HASH_FIND_STR(c->tm->natdays, buf, d);
  *own = d ? d->sense : NULL;
  return d != NULL;
}

/* A holiday of several days ("Ramadan", "Passover"): the range of them. */
static void S_holiday_span(S_tv *tv, int64_t first, int ndays) {
  if (ndays > 1)
    S_set_day_range(tv, first, first + ndays - 1);
}

/* "the Labor Day weekend", "the Easter weekend": a one-day holiday's
 * long weekend, its days with the weekend next to it (a Monday: Saturday
 * to Monday; a Thursday or Friday: to the Sunday; a Saturday or Sunday:
 * that weekend).  j: the token after the holiday; the token after
 * "weekend", or j when it names no such weekend. */
static uint32_t S_holiday_weekend(const S_cur *c, uint32_t j, S_tv *tv,
                                  int64_t day, int ndays) {
  if (ndays != 1 || !S_is(c, j, "weekend"))
    return j;
  static const int8_t from[7] = {-2, 9, 9, 0, 0, 0, -1},
                      to[7] = {0, 9, 9, 3, 2, 1, 0};
  int wd = cc_weekday(day);
  if (from[wd] == 9)
    return j; /* a Tuesday or Wednesday holiday has no weekend of its own */
  if (wd >= 5) { /* that week's weekend, as "2021-W43-WE" */
    S_tv_init(tv);
    tv->type = CC_M_DATE;
    tv->code = "WE";
    S_set_week(tv, day);
    return j + 1;
  }
  S_set_day_range(tv, day + from[wd], day + to[wd]);
  return j + 1;
}

/* A name wholly in lower case right after "on": "on clean monday", "on
 * good friday" (not "a clean Monday", "on good Friday form"). */
static bool S_lower_on(S_cur *c, uint32_t h, uint32_t n) {
  if (h <= c->sb || !S_is(c, h - 1, "on"))
    return false;
  for (uint32_t t = h; t < h + n; t++)
    if (S_cap(c, t))
      return false;
  return true;
}

/* "Christmas", "Christmas 2024", "Thanksgiving", "last Christmas", "next
 * Halloween", "Labor Day of last year", "thanksgiving of 2014", "Ramadan"
 * (a table's dates: cc__time_holiday_date). */
uint32_t cc__time_p_holiday(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t n, sn = 0;
  int nd;
  /* a shift only as "last", "this" or "next" (asked first: most tokens
   * here are "the" or "a", which begin holiday and shift keys) */
  const S_sense *sh =
      S_is(c, i, "last") || S_is(c, i, "this") || S_is(c, i, "next")
          ? cc__time_phrase(c, i, S_M(S_K_SHIFT), &sn)
          : NULL;
  uint32_t h = sh ? i + sn : i;
  const S_sense *s = cc__time_phrase(c, h, S_M(S_K_HOLIDAY), &n);
  int y;
  /* a name that is also plain English ("black friday", "good friday") in
   * lower case only with its year right after it: "black friday 2013"
   * ("in the new year, 2014 will..." no) */
  if (!s || (s->strict && !S_cap(c, h) &&
             (S_p(c, h + n, ',') || !S_year_after(c, h + n, &y)) &&
             !S_lower_on(c, h, n)))
    return 0;
  static const char *const calendars[] = {"chinese",    "lunar",   "jewish",
                                          "persian",    "islamic", "hijri",
                                          "vietnamese", "tibetan", "thai",
                                          "orthodox",   NULL};
  if (h > c->sb && S_is_one_of(c, h - 1, calendars))
    return 0; /* "Chinese New Year" moves with its calendar: not Jan 1 */
  const S_sense *own;
  if (!sh && h > c->sb) {
    if (!S_national(c, h, n, &own))
      return 0;
    if (own)
      s = own;
  }
  uint32_t j = h + n, k;
  int64_t day;
  S_tv yt;
  S_tv_init(&yt);
  /* the year may follow "weekend": "the Easter weekend of 2015" */
  uint32_t jy = !sh && S_is(c, j, "weekend") ? j + 1 : j;
  if (!sh && ((k = S_year_after(c, jy, &y)) ||
              ((k = S_of_year(c, jy, &yt)) && yt.y != S_NOYEAR &&
               (y = yt.y, true)))) {
    if (!cc__time_holiday_date(c->tm, s, y, &day, &nd))
      return 0;
    S_set_day(tv, day);
    S_holiday_span(tv, day, nd);
    if (jy > j && S_holiday_weekend(c, j, tv, day, nd) == j)
      return 0; /* no weekend of its own: the year is not the holiday's */
    tv->flags |= yt.flags;
    tv->anchor = yt.anchor;
    tv->anchor_days = yt.anchor_days;
    return k;
  }
  int64_t doc = 0;
  if (!S_doc(c, &doc)) {
    int mm, dd;
    char tail;
    tv->type = CC_M_DATE;
    tv->gran = CC_G_DAY;
    tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
    if (sscanf(s->s, "%2d-%2d%c", &mm, &dd, &tail) == 2) {
      tv->m = mm;
      tv->d = dd;
    }
    return j;
  }
  int y0 = cc_civil_from_days(doc).y;
  int64_t lo[3], hi[3];
  int nds[3];
  for (int d = 0; d < 3; d++) {
    if (!cc__time_holiday_date(c->tm, s, y0 - 1 + d, &lo[d], &nds[d]))
      return 0;
    hi[d] = lo[d] + nds[d];
  }
  /* a table's feast may fall twice in the document's year: the one
   * nearer the document's day stands for that year */
  S_holiday_nearer(c->tm, s, y0, doc, &lo[1], &hi[1], &nds[1]);
  int pick;
  if (sh && sh->v < 0) /* the last one before the document date */
    pick = lo[1] < doc ? 1 : 0;
  else if (sh && sh->v > 0) /* the next one after it */
    pick = lo[1] > doc ? 1 : 2;
  else if (sh)
    pick = 1; /* this year's */
  else
    pick = cc__time_pick(doc, lo, hi, 3, cc__time_tense(c, i, j));
  S_set_day(tv, lo[pick]);
  S_holiday_span(tv, lo[pick], nds[pick]);
  tv->flags |= CC_MF_YEAR_INFERRED | CC_MF_RELATIVE;
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
  return S_holiday_weekend(c, j, tv, lo[pick], nds[pick]);
}

/* ---- relative dates
 * ---------------------------------------------------------- */

/* A weekday wd made tv's day: a relative date, and the document's day
 * in *doc; false (tv left open on wd, unresolved) without one. */
static bool S_weekday_begin(const S_cur *c, S_tv *tv, int wd, int64_t *doc) {
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  tv->flags |= CC_MF_RELATIVE;
  if (!S_doc(c, doc)) {
    tv->wd_open = wd;
    tv->flags |= CC_MF_UNRESOLVED;
    return false;
  }
  return true;
}

/* Resolve a weekday (shift as for cc__time_weekday_date) into tv. */
static void S_weekday_into(const S_cur *c, S_tv *tv, int wd, int shift,
                           uint32_t b, uint32_t e) {
  int64_t doc = 0;
  if (!S_weekday_begin(c, tv, wd, &doc))
    return;
  /* a plain weekday after "by" or "until" is a deadline ahead ("must
   * decide by Friday") unless the clause says otherwise, as after a
   * present verb of the calendar ("falls on Saturday"); in the phrase of
   * an infinitive after a past verb, past ("forced the airline to cancel
   * flights on Monday") */
  int tense = shift != 2                          ? cc__time_tense(c, b, e)
              : cc__time_past_infinitive(c, b) ? -1
                                               : cc__time_infer_tense(c, b, e);
  if (shift == 2 && tense == 0 && cc__time_calendar_on(c, b))
    tense = 1; /* "Independence Day falls on Saturday": the one ahead */
  S_set_day(tv, cc__time_weekday_date(doc, wd, shift, tense));
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
}

/* "Tuesday 9 November" without a year: when exactly one year within 245
 * days of the document date makes the weekday true, take it (a stated
 * weekday is stronger evidence than the tense: "Fri, Sep 20" in a
 * February article is this September's, 220 days ahead).  The window
 * keeps a wrong weekday near the document date for the weekday check to
 * report: another year's date within 245 days leaves the nearest one at
 * least 120 days (four months) off, so a day named within four months of
 * the publication date keeps its year. */
void cc__time_weekday_year(const S_cur *c, S_tv *tv, uint32_t b,
                           uint32_t e) {
  int64_t doc;
  if (!(tv->flags & CC_MF_YEAR_INFERRED) || tv->gran != CC_G_DAY ||
      !S_doc(c, &doc))
    return;
  int y0 = cc_civil_from_days(doc).y, found = 0, fy = 0;
  for (int y = y0 - 1; y <= y0 + 1; y++) {
    if (!cc_date_valid(y, tv->m, tv->d))
      continue;
    int64_t d = cc_days_from_civil(y, tv->m, tv->d);
    if (cc_weekday(d) == tv->weekday && llabs(d - doc) <= 245) {
      found++;
      fy = y;
    }
  }
  if (found != 1 || fy == tv->y)
    return;
  /* not against the tense: "was held on Friday, Sept 20" in a February
   * article is no day ahead (the weekday is then wrong, for the check to
   * say); the tense read only here, where the year would move */
  int64_t d = cc_days_from_civil(fy, tv->m, tv->d);
  if (d > doc + 1 || d < doc) {
    int t = cc__time_tense(c, b, e);
    if ((t < 0 && d > doc + 1) || (t > 0 && d < doc))
      return;
  }
  tv->y = fy;
}

/* "next week", "this week", "last week" at j: the shift, and the end. */
uint32_t cc__time_week_shift(const S_cur *c, uint32_t j, int *v) {
  uint32_t n;
  const S_sense *sh = cc__time_phrase(c, j, S_M(S_K_SHIFT), &n);
  const S_sense *u = sh ? S_word1(c, j + n, S_K_UNIT) : NULL;
  if (!u || u->v != 2 || u->a != 1 || !S_is(c, j + n, "week"))
    return 0;
  *v = sh->v;
  return j + n + 1;
}

/* Weekday wd in the week v weeks from the document date. */
static void S_weekday_in_week(const S_cur *c, S_tv *tv, int wd, int v) {
  int64_t doc = 0;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  if (!S_doc(c, &doc)) {
    tv->wd_open = wd;
    tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
    return;
  }
  S_set_day(tv, doc - cc_weekday(doc) + 7 * v + wd);
  S_set_anchor(c, tv);
}

/* When no month next to the document's has day d on weekday wd
 * ("Tuesday the 13th" written in a month whose 13th is a Sunday), the
 * nearest earlier and later months that do, within 14 months: the stated
 * weekday is the writer's evidence, as in cc__time_weekday_year.  Fills
 * lo/hi (at least 2 slots), returns how many were found. */
static int S_weekday_months(cc_ymd dc, int d, int wd, int64_t *lo,
                            int64_t *hi) {
  int64_t m0 = cc_days_from_civil(dc.y, dc.m, 1);
  int n = 0;
  for (int dir = -1; dir <= 1; dir += 2)
    for (int k = 2; k <= 14; k++) {
      cc_ymd f = cc_civil_from_days(cc_add_months(m0, dir * k));
      if (!cc_date_valid(f.y, f.m, d))
        continue;
      int64_t day = cc_days_from_civil(f.y, f.m, d);
      if (cc_weekday(day) == wd) {
        lo[n] = day;
        hi[n++] = day + 1;
        break;
      }
    }
  return n;
}

/* Day d of the month nearest the document date (by the tense of [b, e)),
 * preferring months where that day is weekday wd (-1: any). */
bool cc__time_day_in_month(const S_cur *c, S_tv *tv, int d, int wd,
                           uint32_t b, uint32_t e, int hint) {
  int64_t doc = 0;
  if (!S_doc(c, &doc)) {
    tv->type = CC_M_DATE;
    tv->gran = CC_G_DAY;
    tv->d = d;
    tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
    return true; /* "XXXX-XX-14" */
  }
  cc_ymd dc = cc_civil_from_days(doc);
  int64_t lo[3], hi[3];
  int n = 0, nw = 0;
  int64_t wlo[3], whi[3];
  for (int dm = -1; dm <= 1; dm++) {
    int64_t first = cc_add_months(cc_days_from_civil(dc.y, dc.m, 1), dm);
    cc_ymd f = cc_civil_from_days(first);
    if (!cc_date_valid(f.y, f.m, d))
      continue;
    lo[n] = first + d - 1;
    hi[n] = lo[n] + 1;
    if (wd >= 0 && cc_weekday(lo[n]) == wd) {
      wlo[nw] = lo[n];
      whi[nw++] = hi[n];
    }
    n++;
  }
  if (!n)
    return false;
  int tense = hint ? hint : cc__time_tense(c, b, e);
  if (wd >= 0 && !nw)
    nw = S_weekday_months(dc, d, wd, wlo, whi);
  if (nw == 1)
    S_set_day(tv, wlo[0]);
  else if (nw > 1)
    S_set_day(tv, wlo[cc__time_pick(doc, wlo, whi, nw, tense)]);
  else
    S_set_day(tv, lo[cc__time_pick(doc, lo, hi, n, tense)]);
  tv->flags |= CC_MF_RELATIVE | CC_MF_YEAR_INFERRED;
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
  return true;
}

/* A parser cc__time_p_weekday_led passes over after a month led at k matched
 * (me) has matched: the CC_RECOG_CHECK_INERT build aborts. */
static inline void S_weekday_tried(const S_cur *c, uint32_t k, uint32_t me,
                                   const char *fn) {
#ifdef CC_RECOG_CHECK_INERT
  if (me) {
    fprintf(stderr, "recog: %s after a month at \"%s\"\n", fn, S_w(c, k));
    abort();
  }
#else
  (void)c, (void)k, (void)me, (void)fn;
#endif
}

/* "Friday", "Friday, August 15, 2025", "Monday 11 August", "Tuesday the
 * 14th", "Mondays" (a set). */
/* A capitalized abbreviation of a weekday (i, ending at j, its day in
 * *tv) is one when a time follows it ("Thu at 8 GMT", "Sat 3pm"), which
 * cc__time_p_date then attaches, or one with am/pm or o'clock ends before
 * "on" ("3pm on Sun"), as one with minutes ("11:45 on Wed", "quarter to
 * twelve on Wed"); not after "the" ("The Sun at 10"). */
static bool S_strict_day_time(S_cur *c, uint32_t i, uint32_t j,
                              const S_tv *tv) {
  static const char *const before[] = {"the", "to",   "through", "thru",
                                       "and", "or",   "until",   "till",
                                       "-",   NULL};
  if (i > c->sb && S_is_one_of(c, i - 1, before))
    return false; /* the end of a range or list ("Mon-Fri 9am-5pm"): hours
                   * of every day in it, not of its last */
  const cc_token *pt = i >= c->sb + 2 ? S_tok(c, i - 2) : NULL;
  bool glued = pt && pt->kind == CC_TOK_NUM && pt->norm_len >= 3 &&
               (pt->norm[pt->norm_len - 1] | 32) == 'm' &&
               ((pt->norm[pt->norm_len - 2] | 32) == 'a' ||
                (pt->norm[pt->norm_len - 2] | 32) == 'p'); /* "3pm" */
  int hh;
  /* a clock in digits with minutes ("11:45 on Wed"), or a quarter or half
   * past or to an hour ("quarter to twelve on Wed") */
  bool clock = pt && ((pt->kind == CC_TOK_NUM && pt->norm_len >= 4 &&
                       pt->norm_len <= 5 &&
                       pt->norm[pt->norm_len - 3] == ':') ||
                      (i >= c->sb + 4 &&
                       (S_is(c, i - 3, "to") || S_is(c, i - 3, "past")) &&
                       (S_is(c, i - 4, "quarter") || S_is(c, i - 4, "half")) &&
                       cc__time_hour_word(c, i - 2, &hh)));
  if (pt && S_is(c, i - 1, "on") &&
      (glued || clock || S_word1(c, i - 2, S_K_AMPM) ||
       S_word1(c, i - 2, S_K_OCLOCK)) &&
      !(j < c->end && S_kind_is(c, j, CC_TOK_WORD) && S_cap(c, j)))
    return true; /* "3pm on Sun": after a time, not "on Sun Online" */
  S_tv t = *tv;
  return cc__time_attach(c, j, &t) > j && t.hh >= 0;
}

/* A joiner of two weekdays at k: "or", "and", a comma, "-", "to". */
static bool S_day_joiner(const S_cur *c, uint32_t k) {
  static const char *const joins[] = {"or", "and", ",", "-", "to", "through",
                                      NULL};
  return k >= c->sb && k < c->end && S_is_one_of(c, k, joins);
}

/* A capitalized weekday (a single word, no set) at k, not after "the";
 * an abbreviation's period may follow ("Mon or Tue. Staff said": the
 * segmenter keeps such a period inside the sentence). */
static bool S_cap_weekday(const S_cur *c, uint32_t k) {
  const S_sense *w;
  return k < c->end && S_cap(c, k) && S_weekday(c, k, &w) > k && !w->flag &&
         !(k > c->sb && S_is(c, k - 1, "the"));
}

/* A capitalized weekday that ends at q (before a joiner there): "Mon or",
 * "Mon. or". */
static bool S_cap_weekday_to(const S_cur *c, uint32_t q) {
  if (q >= c->sb + 2 && S_p(c, q - 1, '.') && S_cap_weekday(c, q - 2))
    return true;
  return q >= c->sb + 1 && S_cap_weekday(c, q - 1);
}

/* A capitalized abbreviation of a weekday ([i, j)) is one when it is
 * joined to another capitalized weekday: "Mon or Tue", "Mon-Fri",
 * "Tuesday and Thu", as schedules write them; not after "the" ("the Sun
 * and the Times" has no weekday after "and"). */
static bool S_strict_day_pair(const S_cur *c, uint32_t i, uint32_t j) {
  if (!S_cap(c, i) || (i > c->sb && S_is(c, i - 1, "the")))
    return false;
  return (i >= c->sb + 2 && S_day_joiner(c, i - 1) &&
          S_cap_weekday_to(c, i - 1)) ||
         (S_day_joiner(c, j) && S_cap_weekday(c, j + 1));
}

/* At e a joiner and another capitalized weekday with its day: "Monday 11
 * to Wednesday 13 February", "Monday 11 and Tuesday 12 March" (the month
 * named once, after the last day). */
static bool S_day_joined(const S_cur *c, uint32_t e) {
  static const char *const joins[] = {"to",   "and",     "or", "until",
                                      "till", "through", "-",  NULL};
  int d, nd;
  return e + 2 < c->end && S_is_one_of(c, e, joins) &&
         S_cap_weekday(c, e + 1) && S_digits(c, e + 2, &d, &nd) && nd <= 2;
}

/* A bare day of the month in digits at k after weekday wd: "on Thursday
 * 9.", "Monday 21 at 8pm", where the clause ends or a time follows, and
 * a month near the document date has that day on that weekday ("Monday 21
 * people" counts people), or another weekday and its day follow
 * (S_day_joined: the month named after the last); its end and *d, or 0. */
CC_NOINLINE uint32_t S_weekday_cardinal(const S_cur *c, uint32_t k, int wd,
                                        int *d) {
  static const char *const next[] = {"at", "from", "between", NULL};
  int nd;
  int64_t doc;
  uint32_t e = k + 1;
  if (!S_digits(c, k, d, &nd) || nd > 2 || *d < 1 || *d > 31 ||
      !S_doc(c, &doc) ||
      !((S_clause_end(c, e) && !S_p(c, e, ':') && !S_p(c, e, '%') &&
         !S_p(c, e, '/') && !(S_p(c, e, '.') && e + 1 < c->end)) ||
        (e < c->end && S_is_one_of(c, e, next)) || S_day_joined(c, e)))
    return 0; /* (a full stop inside the sentence: "9.30" split) */
  cc_ymd dc = cc_civil_from_days(doc);
  for (int dm = -1; dm <= 1; dm++) {
    cc_ymd f = cc_civil_from_days(
        cc_add_months(cc_days_from_civil(dc.y, dc.m, 1), dm));
    if (cc_date_valid(f.y, f.m, *d) &&
        cc_weekday(cc_days_from_civil(f.y, f.m, *d)) == wd)
      return e;
  }
  return 0;
}

/* A bare day at k after a weekday, before another weekday with its day
 * and month (S_day_joined): "Monday 9 and Tuesday 10 September", "Monday
 * 9 to Wednesday 11 September" (the range reads both).  The first day
 * takes the month and year the second's date has; its end, or 0. */
static uint32_t S_weekday_listed(S_cur *c, uint32_t k, S_tv *tv) {
  int d, nd;
  if (!S_digits(c, k, &d, &nd) || nd > 2 || d < 1 || !S_day_joined(c, k + 1))
    return 0;
  S_tv t;
  S_tv_init(&t);
  uint32_t e = cc__time_p_weekday_led(c, k + 2, &t);
  if (!e || t.gran != CC_G_DAY || t.m <= 0 || t.d <= d || t.preset ||
      t.y2 != S_NOYEAR || t.hh >= 0)
    return 0;
  *tv = t;
  tv->d = d;
  return k + 1;
}

/* After a weekday, at j: more weekdays joined by commas, "and" or "or"
 * (at most four), then the week they all fall in: "Monday and Tuesday
 * next week", "Monday, Wednesday or Friday of last week"; that week's
 * shift into *wv.  The later days read the week themselves. */
static bool S_list_week(const S_cur *c, uint32_t j, int *wv) {
  for (int n = 0; n < 4; n++) {
    uint32_t q = j;
    if (S_p(c, q, ','))
      q++;
    if (S_is(c, q, "and") || S_is(c, q, "or"))
      q++;
    const S_sense *w;
    uint32_t qe;
    if (q == j || !(qe = S_weekday(c, q, &w)) || w->flag ||
        (w->strict && !S_cap(c, q)))
      return false;
    j = qe;
    if (cc__time_week_shift(c, S_is(c, j, "of") ? j + 1 : j, wv))
      return true;
  }
  return false;
}

/* "week" at j after a weekday, ending its phrase ("on Monday week.",
 * "on Thursday week, when", "on Friday week and"): the British "a week
 * after the coming Monday". */
static bool S_day_week(const S_cur *c, uint32_t j) {
  static const char *const go_on[] = {"and", "but", "or",    "when", "at",
                                      "in",  "to",  "after", "before", NULL};
  return S_is(c, j, "week") &&
         (S_clause_end(c, j + 1) || S_is_one_of(c, j + 1, go_on));
}

/* The weekday wd a week after its next one (the document's day
 * included: "Monday week" said on a Monday is a week today). */
static void S_weekday_week_on(const S_cur *c, S_tv *tv, int wd) {
  int64_t doc = 0;
  if (!S_weekday_begin(c, tv, wd, &doc))
    return;
  S_set_day(tv, doc + (wd - cc_weekday(doc) + 7) % 7 + 7);
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
}

/* The first day of a list of weekdays that token i (a weekday) ends:
 * "next Tuesday and Wednesday", "Monday or Tuesday", "last Monday,
 * Tuesday or Wednesday" (at most four; the first may follow a shift).
 * Its day into *hd; false when no list is there or its first day has no
 * day (no document date) or more than a weekday ("Monday 21"). */
static bool S_list_head(S_cur *c, uint32_t i, int64_t *hd) {
  uint32_t p = i;
  for (int n = 0; n < 4; n++) {
    uint32_t q = p;
    if (q > c->sb && (S_is(c, q - 1, "and") || S_is(c, q - 1, "or")))
      q--;
    if (q > c->sb && S_p(c, q - 1, ','))
      q--;
    const S_sense *w;
    if (q == p || q <= c->sb || S_weekday(c, q - 1, &w) != q || w->flag ||
        !S_cap(c, q - 1))
      break;
    p = q - 1; /* the weekday before */
  }
  if (p == i)
    return false;
  bool shift = p > c->sb && S_word1(c, p - 1, S_K_SHIFT);
  S_tv h;
  S_tv_init(&h);
  c->depth++;
  uint32_t e = shift ? cc__time_p_shift(c, p - 1, &h)
                     : cc__time_p_date_core(c, p, &h);
  c->depth--;
  int64_t hi;
  return e == p + 1 && h.gran == CC_G_DAY && !h.preset &&
         cc__time_tv_days(&h, hd, &hi);
}

/* A weekday wd at i later in a list of weekdays, whose day (by tense)
 * is in *tv: when that is before the list's first day, the first wd
 * after it ("next Tuesday and Wednesday", "will meet on Monday and
 * Tuesday": not tomorrow's Wednesday, today's Tuesday), unless that is
 * after the document's day and the first day is not ("met on Monday and
 * Friday", written on a Tuesday, is last Friday). */
static void S_list_day(S_cur *c, uint32_t i, int wd, S_tv *tv) {
  int64_t hd, lo, hi, doc;
  if (!S_cap(c, i) || !cc__time_tv_days(tv, &lo, &hi) || !S_doc(c, &doc) ||
      !S_list_head(c, i, &hd) || lo >= hd)
    return;
  int delta = (wd - cc_weekday(hd) + 7) % 7;
  if (!delta || (hd + delta > doc && hd <= doc))
    return;
  S_set_day(tv, hd + delta);
}

/* A plural part of the day at j ("afternoons", "nights"): its sense,
 * else NULL. */
static const S_sense *S_plural_pod(const S_cur *c, uint32_t j) {
  const S_sense *ps = S_word1(c, j, S_K_POD);
  if (!ps || !ps->s)
    return NULL;
  return S_plural_word(c, j) ? ps : NULL;
}

/* tv becomes the weekly set of weekday wd's part of the day ps. */
static void S_weekly_part(S_tv *tv, int wd, const S_sense *ps) {
  tv->preset = true;
  tv->type = CC_M_SET;
  tv->gran = CC_G_PART_OF_DAY;
  snprintf(tv->value, sizeof tv->value, "XXXX-WXX-%dT%s", wd + 1, ps->s);
  tv->lo = tv->hi = 7 * (double)CC_DAY;
}

uint32_t cc__time_p_weekday_led(S_cur *c, uint32_t i, S_tv *tv) {
  const S_sense *ws;
  uint32_t j = S_weekday(c, i, &ws);
  if (!j || (ws->strict && !S_cap(c, i)))
    return 0;
  if (ws->flag) {
    tv->preset = true;
    tv->type = CC_M_SET;
    tv->gran = CC_G_DAY;
    snprintf(tv->value, sizeof tv->value, "XXXX-WXX-%d", ws->v + 1);
    tv->lo = tv->hi = 7 * (double)CC_DAY;
    S_tv t;
    S_tv_init(&t);
    uint32_t te; /* "Mondays at 9am", as "every Monday at 9am" */
    if (S_is(c, j, "at") && (te = cc__time_p_clock(c, j + 1, &t)) &&
        t.type == CC_M_TIME && t.hh >= 0 && t.hh < 24 && t.mm >= 0 &&
        !strchr(t.value, '/')) {
      snprintf(tv->value, sizeof tv->value, "XXXX-WXX-%dT%02d:%02d",
               ws->v + 1, t.hh, t.mm % 60);
      tv->gran = t.gran;
      return te;
    }
    return j;
  }
  const S_sense *ps = S_plural_pod(c, j);
  if (ps) {
    /* "Monday afternoons", "Friday nights": that part of every such
     * weekday, as "Mondays" is every Monday */
    S_weekly_part(tv, ws->v, ps);
    return j + 1;
  }
  if ((S_is(c, j, "and") || S_is(c, j, "or")) && j + 2 < c->end &&
      S_word1(c, j + 1, S_K_WEEKDAY) && S_tok(c, j + 1)->norm_len > 1 &&
      S_tok(c, j + 1)->norm[S_tok(c, j + 1)->norm_len - 1] != 's' &&
      (ps = S_plural_pod(c, j + 2)) != NULL) {
    /* "Monday and Tuesday nights": this weekday's part of the day as the
     * next one's, every week */
    S_weekly_part(tv, ws->v, ps);
    return j;
  }
  /* (a comma, or a hyphen glued to both: "Fri-15-Jun", "Friday-Jun-15") */
  uint32_t k = S_p(c, j, ',') || (S_p(c, j, '-') && S_glued(c, j) &&
                                  S_glued(c, j + 1))
                   ? j + 1
                   : j;
  uint32_t e = 0, best = 0;
  S_tv t;
  S_tv_init(&t);
  uint32_t me = cc__time_p_month_led(c, k, &t);
  if (me && t.gran == CC_G_DAY) {
    best = me;
    *tv = t;
  }
  /* A month led at k ("Friday, August 15, 2025": the dateline), so k is
   * a month word: no day ("16 July", "the 16th") and no number
   * ("8/15/2025") begins there, and the two parsers are not tried.  The
   * CC_RECOG_CHECK_INERT build tries them and checks that they fail. */
#ifdef CC_RECOG_CHECK_INERT
  if (true) {
#else
  if (!me) {
#endif
    S_tv_init(&t);
    if ((e = cc__time_p_day_led(c, k, &t)) > best) {
      S_weekday_tried(c, k, me, "cc__time_p_day_led");
      best = e;
      *tv = t;
    }
    S_tv_init(&t);
    if ((e = cc__time_p_numeric(c, k, &t)) > best && t.gran == CC_G_DAY) {
      S_weekday_tried(c, k, me, "cc__time_p_numeric");
      best = e;
      *tv = t;
    }
  }
  if (best) {
    tv->weekday = (int8_t)ws->v;
    if ((tv->flags & CC_MF_YEAR_INFERRED) && tv->gran == CC_G_DAY) {
      /* the year again by the tense around the whole date, weekday
       * included: "announced on Monday, June 10, will lead to" is past
       * (from the month, "will" was nearer than "announced") */
      tv->y = S_NOYEAR;
      cc__time_infer_year(c, tv, i, best);
    }
    cc__time_weekday_year(c, tv, i, best);
    return best;
  }
  int d;
  uint32_t dk = S_is(c, k, "the") ? k + 1 : k;
  if ((e = cc__time_ordinal(c, dk, &d)) && d >= 1 && d <= 31 &&
      (dk > k || S_kind_is(c, dk, CC_TOK_NUM))) {
    /* "Tuesday the 14th", "Thu 15th": the nearest month where it fits;
     * not "Thursday, the first cut in years" (a count of cuts, after the
     * weekday alone), nor "the Friday the 13th films" (a name) */
    if (cc__time_nth_day_end(c, e)) {
      if (cc__time_day_in_month(c, tv, d, ws->v, i, e, 0)) {
        tv->weekday = (int8_t)ws->v;
        return e;
      }
    } else if (i > c->sb && S_is(c, i - 1, "the")) {
      return 0;
    }
  }
  if (dk > k && S_month_words_day(c, dk, &d, &e) &&
      cc__time_day_in_month(c, tv, d, ws->v, i, e, 0)) {
    tv->weekday = (int8_t)ws->v; /* "Friday the fifteen." ending its clause */
    return e;
  }
  if (k == j && (e = S_weekday_listed(c, k, tv))) {
    tv->weekday = (int8_t)ws->v; /* "Monday 9 and Tuesday 10 September" */
    return e;
  }
  if (k == j && (e = S_weekday_cardinal(c, k, ws->v, &d)) &&
      cc__time_day_in_month(c, tv, d, ws->v, i, e, 0)) {
    tv->weekday = (int8_t)ws->v; /* "on Thursday 9.", "Monday 21 at 8pm" */
    return e;
  }
  int wv;
  uint32_t wk = S_is(c, j, "of") || S_p(c, j, ',') ? j + 1 : j;
  if ((e = cc__time_week_shift(c, wk, &wv))) { /* "Wednesday of next week" */
    S_weekday_in_week(c, tv, ws->v, wv);
    return e;
  }
  if (S_word1(c, j, S_K_POD) && cc__time_week_shift(c, j + 1, &wv)) {
    /* "Wednesday evening next week": the day of that week, which ends
     * here so that the caller reads its part of the day */
    S_weekday_in_week(c, tv, ws->v, wv);
    return j;
  }
  if ((S_p(c, j, ',') || S_is(c, j, "and") || S_is(c, j, "or")) &&
      S_list_week(c, j, &wv)) {
    S_weekday_in_week(c, tv, ws->v, wv); /* "Monday and Tuesday next
                                          * week": that week's Monday */
    return j;
  }
  if (k == j && S_day_week(c, j)) {
    S_weekday_week_on(c, tv, ws->v); /* "on Monday week" */
    return j + 1;
  }
  S_weekday_into(c, tv, ws->v, 2, i, j);
  if (tv->y != S_NOYEAR)
    S_list_day(c, i, ws->v, tv); /* "next Mon and Wednesday" */
  if (ws->strict && !S_strict_day_time(c, i, j, tv) &&
      !S_strict_day_pair(c, i, j))
    return 0; /* "Sun" alone */
  return j;
}

/* The calendar period v steps from the document date: "last year",
 * "next month", "this quarter", "last decade", "last week".  False for a
 * unit that names no calendar period. */
bool cc__time_shift_unit(S_tv *tv, const S_sense *x, int v, bool have,
                         int64_t doc) {
  cc_ymd dc = have ? cc_civil_from_days(doc) : (cc_ymd){0, 0, 0};
  if (x->v == 0 && (x->a == 1 || x->a == 10 || x->a == 100)) {
    tv->gran = x->a == 1 ? CC_G_YEAR : x->a == 10 ? CC_G_DECADE : CC_G_CENTURY;
    if (have)
      tv->y = (dc.y / x->a + v) * x->a;
  } else if (x->v == 1 && x->a == 1) {
    tv->gran = CC_G_MONTH;
    if (have) {
      cc_ymd t = cc_civil_from_days(cc_add_months(doc, v));
      tv->y = t.y;
      tv->m = t.m;
    }
  } else if (x->v == 1 && x->a == 3) {
    tv->gran = CC_G_QUARTER;
    if (have) {
      int q = dc.y * 4 + (dc.m - 1) / 3 + v;
      tv->y = q / 4;
      tv->n = q % 4 + 1;
    }
  } else if (x->v == 2 && x->a == 1) {
    tv->gran = CC_G_WEEK;
    if (have)
      S_set_week(tv, doc + 7 * v);
  } else {
    return false; /* "the next day" is anchored elsewhere */
  }
  return true;
}

/* "this summer": the one under way, else the nearest of the current
 * year's (written in November, the summer just past; in March, the winter
 * just over); "last summer": the last one over; "next summer": the first
 * one not yet begun. */
static bool S_shift_season(S_tv *tv, const S_sense *x, int v, bool have,
                           int64_t doc) {
  tv->gran = CC_G_SEASON;
  tv->code = x->s;
  tv->a = x->a;
  tv->b = x->b;
  if (!have)
    return true;
  int y0 = cc_civil_from_days(doc).y, pick = -1;
  int64_t ylo = cc_days_from_civil(y0, 1, 1);
  int64_t yhi = cc_days_from_civil(y0 + 1, 1, 1), near = INT64_MAX;
  for (int k = 0; k < 4; k++) {
    S_tv t = *tv;
    int64_t lo, hi;
    t.y = y0 - 2 + k;
    cc__time_tv_days(&t, &lo, &hi);
    if (v == 0) {
      int64_t d = lo > doc ? lo - doc : hi <= doc ? doc - hi + 1 : -1;
      if (lo < yhi && hi > ylo && d < near) {
        near = d;
        pick = k;
      }
    } else if ((v < 0 && hi <= doc) || (v > 0 && lo > doc && pick < 0)) {
      pick = k;
    }
  }
  if (pick < 0)
    return false;
  tv->y = y0 - 2 + pick;
  return true;
}

/* last/this/next + a period: "last week", "this year", "next month", "last
 * Friday", "this summer", "last June", "this morning", "last night", "this
 * weekend", "next quarter", "this century". */
/* A weekend word at j: "weekend", or the British "week-end" (a key of
 * three tokens, which "week" as a unit would otherwise read: "this
 * week-end" is no week).  *e: the token after it; *pl: a plural. */
const S_sense *cc__time_weekend_at(S_cur *c, uint32_t j, uint32_t *e,
                                   bool *pl) {
  uint32_t n = 1;
  const S_sense *x = S_word1(c, j, S_K_WEEKEND);
  if (!x && (!S_is(c, j, "week") || !S_p(c, j + 1, '-') ||
             !(x = cc__time_phrase(c, j, S_M(S_K_WEEKEND), &n))))
    return NULL;
  *e = j + n;
  const char *w = S_w(c, j + n - 1);
  *pl = w[strlen(w) - 1] == 's';
  return x;
}

/* "time", then "last" or "next" and a year, month or week at j: "this
 * time last year", "the same time next month" (cc__time_p_same): about
 * the publication date moved by that unit, to the day; the end, or 0. */
uint32_t cc__time_time_shifted(const S_cur *c, uint32_t j, S_tv *tv) {
  int64_t doc;
  int sign = S_is(c, j + 1, "last") ? -1 : S_is(c, j + 1, "next") ? 1 : 0;
  const S_sense *u = S_word1(c, j + 2, S_K_UNIT);
  if (!S_is(c, j, "time") || !sign || !u || u->a != 1 || u->v > 2 ||
      S_plural_word(c, j + 2) || !S_doc(c, &doc))
    return 0;
  S_set_day(tv, cc__time_shift_day(doc, u->v, sign, 1));
  tv->qual = CC_Q_APPROX;
  S_set_anchor(c, tv);
  return j + 3;
}

/* "this Friday, June 15", "next Friday 6/15", "next Friday the 15th": a
 * weekday after a shift with its date after it; the date names the day
 * (the shift adds nothing), one mention.  The end, or 0 (tv untouched). */
static uint32_t S_shift_dated_weekday(S_cur *c, uint32_t j, S_tv *tv) {
  int m;
  if (!S_p(c, j + 1, ',') && !S_kind_is(c, j + 1, CC_TOK_NUM) &&
      !S_is(c, j + 1, "the") && !S_month(c, j + 1, &m, NULL))
    return 0; /* no date can follow: the plain weekday */
  S_tv t;
  S_tv_init(&t);
  uint32_t e = cc__time_p_weekday_led(c, j, &t);
  if (e <= j + 1 || t.gran != CC_G_DAY || t.m <= 0 || t.d <= 0 ||
      t.m2 > 0)
    return 0;
  *tv = t;
  return e;
}

/* After "this/next/last year's" (tv holds that year): a quarter, a half
 * or a season of it at k ("next year's first quarter", "this year's
 * second half", "last year's summer"); the end, or 0 with tv untouched. */
static uint32_t S_year_part(S_cur *c, uint32_t k, S_tv *tv) {
  S_tv t;
  S_tv_init(&t);
  t.y = tv->y;
  uint32_t e = 0;
  const S_sense *s = S_word1(c, k, S_K_SEASON);
  if (s && strcmp(S_w(c, k), "fall")) {
    t.type = CC_M_DATE;
    t.gran = CC_G_SEASON;
    t.code = s->s;
    t.a = s->a;
    t.b = s->b;
    e = k + 1;
  } else if (S_kind_is(c, k, CC_TOK_WORD) &&
             (e = cc__time_p_quarter(c, k, &t)) && t.y != tv->y) {
    e = 0; /* ("next year's first quarter of 2024": not ours) */
  }
  if (!e || S_is(c, e, "of"))
    return 0; /* ("last year's second half of the season") */
  *tv = t;
  S_set_anchor(c, tv);
  return e;
}

uint32_t cc__time_p_shift(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t n;
  const S_sense *s = cc__time_phrase(c, i, S_M(S_K_SHIFT), &n);
  if (!s)
    return 0;
  uint32_t te;
  if (s->v == 0 && n == 1 && (te = cc__time_time_shifted(c, i + 1, tv)))
    return te; /* "this time last year" */
  int v = s->v;
  uint32_t j = i + n;
  int64_t doc = 0;
  bool have = S_doc(c, &doc);
  int dm = have ? cc_civil_from_days(doc).m : 0,
      dy = have ? cc_civil_from_days(doc).y : 0;
  tv->type = CC_M_DATE;
  const S_sense *x, *msense = NULL;
  if ((S_is(c, j, "fiscal") || S_is(c, j, "financial") ||
       S_is(c, j, "calendar")) &&
      S_is(c, j + 1, "year"))
    j++; /* "last fiscal year": the year (as "FY2024" is, by convention);
          * "this calendar year" */
  const char *w = S_w(c, j);
  uint32_t we;
  bool wpl;
  const S_sense *wk = cc__time_weekend_at(c, j, &we, &wpl);
  if (!wk && (x = S_word1(c, j, S_K_UNIT))) {
    if (w[strlen(w) - 1] == 's')
      return 0; /* "last three years" is a duration */
    if (!cc__time_shift_unit(tv, x, v, have, doc))
      return 0;
    j++;
    uint32_t pe;
    if (tv->gran == CC_G_YEAR && have && S_is(c, j, "'s") &&
        (pe = S_year_part(c, j + 1, tv)))
      return pe; /* "next year's first quarter", "this year's summer" */
    /* "next week on Friday", "last week's Sunday", "next week Friday" */
    const S_sense *wd;
    uint32_t k = S_is(c, j, "on") || S_is(c, j, "'s") || S_p(c, j, ',')
                     ? j + 1
                     : j;
    if (tv->gran == CC_G_WEEK && (wd = S_word1(c, k, S_K_WEEKDAY)) &&
        !wd->flag && (!wd->strict || S_cap(c, k))) {
      S_tv_init(tv);
      S_weekday_in_week(c, tv, wd->v, v);
      return k + 1;
    }
  } else if ((x = wk)) {
    if (wpl)
      return 0; /* "past weekends" */
    tv->gran = CC_G_WEEK;
    tv->code = x->s;
    if (have)
      S_set_week(tv, doc + 7 * v);
    j = we;
  } else if ((x = S_word1(c, j, S_K_SEASON))) {
    if (!S_shift_season(tv, x, v, have, doc))
      return 0;
    j++;
  } else if (S_month(c, j, &tv->m, &msense) &&
             (S_cap(c, j) || !msense->strict)) {
    tv->gran = CC_G_MONTH; /* "last June": the last June before this month */
    if (have)
      tv->y = v == 0  ? dy
              : v < 0 ? (tv->m < dm ? dy : dy - 1)
                      : (tv->m > dm ? dy : dy + 1);
    uint32_t mj = j;
    j = S_month(c, j, &tv->m, NULL);
    S_tv t;
    S_tv_init(&t);
    uint32_t de;
    if (have && S_kind_is(c, j, CC_TOK_NUM) &&
        (de = cc__time_p_month_led(c, mj, &t)) && t.gran == CC_G_DAY &&
        (t.flags & CC_MF_YEAR_INFERRED) && t.m == tv->m) {
      /* "this November 24", "next March 3": the month's year by the
       * shift, the day's own ("last March 30" written on 31 March is
       * the day before) */
      int dd = cc_civil_from_days(doc).d, y = v == 0 ? dy
          : v < 0 ? (t.m * 32 + t.d < dm * 32 + dd ? dy : dy - 1)
                  : (t.m * 32 + t.d > dm * 32 + dd ? dy : dy + 1);
      static const char *const next[] = {"at", "and", "or", "in", "to",
                                         "until", "when", "from", NULL};
      /* ("last November 24 people were killed": a count) */
      if (de == j + 1 &&
          (de >= c->end || !S_kind_is(c, de, CC_TOK_WORD) ||
           S_is_one_of(c, de, next)) &&
          S_ymd_ok(tv, y, t.m, t.d))
        j = de;
    }
  } else if ((x = S_word1(c, j, S_K_WEEKDAY)) && !x->flag) {
    if (S_is(c, i, "following") && S_is(c, j + 1, "'s"))
      return 0; /* "spoke following Tuesday's primaries": after them */
    uint32_t de = S_shift_dated_weekday(c, j, tv);
    if (de)
      return de;
    S_weekday_into(c, tv, x->v, v, i, j + 1);
    j++;
  } else if ((x = S_word1(c, j, S_K_POD)) && x->s &&
             (S_is(c, i, "this") || S_is(c, i, "last"))) {
    if (have) /* "this morning", "last night" */
      S_set_day(tv, doc + (v < 0 ? -1 : 0));
    S_set_pod(tv, x);
    j++;
  } else {
    return 0;
  }
  if (tv->wd_open < 0)
    S_set_anchor(c, tv);
  return j;
}

/* "the week after next", "the year before last", "Friday after next",
 * "March after next": two steps from the document date. */
uint32_t cc__time_p_after_next(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = S_is(c, i, "the") ? i + 1 : i;
  int sign;
  const S_sense *x;
  int m = 0;
  uint32_t k = j + 1;
  if ((x = S_word1(c, j, S_K_UNIT)) || (x = S_word1(c, j, S_K_WEEKDAY)) ||
      (x = S_word1(c, j, S_K_SEASON)) || (x = S_word1(c, j, S_K_WEEKEND))) {
  } else if ((k = S_month(c, j, &m, NULL)) && S_cap(c, j)) {
    x = NULL;
  } else {
    return 0;
  }
  if (S_is(c, k, "after") && S_is(c, k + 1, "next"))
    sign = 1;
  else if (S_is(c, k, "before") && S_is(c, k + 1, "last"))
    sign = -1;
  else
    return 0;
  /* "the winter before last season", "the summer before last year's
   * vote": "last" shifts the noun after it, not the season */
  if (x && (x->kind == S_K_SEASON || x->kind == S_K_WEEKEND) &&
      (S_is(c, k + 2, "season") || S_word1(c, k + 2, S_K_UNIT) ||
       S_word1(c, k + 2, S_K_SEASON) || S_word1(c, k + 2, S_K_WEEKEND) ||
       S_word1(c, k + 2, S_K_WEEKDAY) || S_month(c, k + 2, &m, NULL)))
    return 0;
  int64_t doc = 0;
  bool have = S_doc(c, &doc);
  tv->type = CC_M_DATE;
  if (x && x->kind == S_K_UNIT) {
    const char *w = S_w(c, j);
    if (w[strlen(w) - 1] == 's')
      return 0;
    if (x->v == 3 && x->a == 1) { /* "the day after next" */
      tv->gran = CC_G_DAY;
      if (have)
        S_set_day(tv, doc + 2 * sign);
    } else if (!cc__time_shift_unit(tv, x, 2 * sign, have, doc)) {
      return 0;
    }
  } else if (x && x->kind == S_K_SEASON) {
    /* "the summer before last": the one before last summer, a year on */
    if (!S_shift_season(tv, x, sign, have, doc))
      return 0;
    if (have)
      tv->y += sign;
  } else if (x && x->kind == S_K_WEEKEND) {
    tv->gran = CC_G_WEEK; /* "the weekend before last", as "last weekend" */
    tv->code = x->s;
    if (have)
      S_set_week(tv, doc + 14 * sign);
  } else if (x) {
    if (x->flag)
      return 0;
    tv->gran = CC_G_DAY;
    if (have)
      S_set_day(tv, cc__time_weekday_date(doc, x->v, sign, 0) + 7 * sign);
    else
      tv->wd_open = x->v;
  } else {
    tv->gran = CC_G_MONTH;
    tv->m = m;
    if (have) {
      cc_ymd dc = cc_civil_from_days(doc);
      tv->y = sign > 0 ? (m > dc.m ? dc.y : dc.y + 1) + 1
                       : (m < dc.m ? dc.y : dc.y - 1) - 1;
    }
  }
  if (tv->wd_open < 0)
    S_set_anchor(c, tv);
  else
    tv->flags |= CC_MF_RELATIVE | CC_MF_UNRESOLVED;
  return k + 2;
}

/* Part of the day p on the document date ("in the morning"). */
void cc__time_pod_today(const S_cur *c, const S_sense *p, S_tv *tv) {
  int64_t doc = 0;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  S_set_anchor(c, tv);
  if (S_doc(c, &doc))
    S_set_day(tv, doc);
  S_set_pod(tv, p);
}

/* "today", "yesterday morning", "tonight", "the day before yesterday". */
uint32_t cc__time_p_dayrel(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t n;
  const S_sense *s = cc__time_phrase(c, i, S_M(S_K_DAYREL), &n);
  if (!s || S_name_like(c, i))
    return 0;
  uint32_t j = i + n;
  int64_t doc = 0;
  tv->type = CC_M_DATE;
  tv->gran = CC_G_DAY;
  S_set_anchor(c, tv);
  if (S_doc(c, &doc))
    S_set_day(tv, doc + s->v);
  if (s->s) { /* tonight: today's night */
    for (int k = 0; k < c->tm->npods; k++)
      if (!strcmp(c->tm->pods[k]->s, s->s))
        S_set_pod(tv, c->tm->pods[k]);
  } else {
    const S_sense *p = S_word1(c, j, S_K_POD);
    if (p && p->s) {
      S_set_pod(tv, p);
      j++;
    }
  }
  return j;
}

/* "earlier this month", "later this year": the part of the period before or
 * after the document date; "later today", "earlier this morning", "later
 * tonight": that day or part of it (the document's time of day is not
 * known, so the whole of it). */
uint32_t cc__time_p_inpart(S_cur *c, uint32_t i, S_tv *tv) {
  const S_sense *s = S_word1(c, i, S_K_INPART);
  if (!s)
    return 0;
  uint32_t j = cc__time_p_shift(c, i + 1, tv);
  if (!j && S_is(c, i + 1, "in") && S_is(c, i + 2, "the")) {
    S_tv_init(tv); /* "later in the year", "earlier in the week" */
    j = cc__time_p_the_period(c, i + 2, tv);
  }
  bool today = j && tv->gran == CC_G_PART_OF_DAY && S_is(c, i + 1, "this");
  const S_sense *p;
  if (!j && (S_is(c, i + 1, "today") || S_is(c, i + 1, "tonight"))) {
    S_tv_init(tv);
    today = (j = cc__time_p_dayrel(c, i + 1, tv)) != 0;
  } else if (!j && S_is(c, i + 1, "in") && S_is(c, i + 2, "the") &&
             (p = S_word1(c, i + 3, S_K_POD)) && p->s &&
             S_w(c, i + 3)[strlen(S_w(c, i + 3)) - 1] != 's' &&
             cc__time_pod_end_ok(c, i + 4)) {
    S_tv_init(tv); /* "later in the afternoon": as "the afternoon" */
    cc__time_pod_today(c, p, tv);
    today = true;
    j = i + 4;
  }
  if (!j || (!today && (tv->gran > CC_G_WEEK || tv->gran == CC_G_DAY)))
    return 0;
  tv->inpart = s->v;
  return j;
}

/* "two Thursdays ago", "three Fridays from now", "2 Sundays back": the
 * n-th such weekday before or after the document's day (a count of one
 * token up to ten, a plural weekday and "ago", "back", "from now" or
 * "hence"). */
uint32_t cc__time_p_weekdays_off(S_cur *c, uint32_t i, S_tv *tv) {
  S_count k;
  const S_sense *ws, *o;
  uint32_t e = cc__time_count_at(c, i, &k), on = 1;
  int64_t doc;
  if (e != i + 1 || k.vague || k.range || k.qual || k.article || k.val < 1 ||
      k.val > 10 || k.val != floor(k.val) ||
      !(ws = S_word1(c, e, S_K_WEEKDAY)) || !ws->flag || !S_doc(c, &doc))
    return 0;
  int sign = -1;
  if (!S_is(c, e + 1, "back")) {
    if (!(o = cc__time_phrase(c, e + 1, S_M(S_K_OFFSET), &on)) || !o->flag)
      return 0; /* ("two Thursdays later": no day to count from) */
    sign = o->v;
  }
  int n = (int)k.val, dw = cc_weekday(doc), step;
  if (sign < 0)
    step = -((dw - ws->v + 6) % 7 + 1); /* the last one before doc */
  else
    step = (ws->v - dw + 6) % 7 + 1; /* the next one after it */
  S_set_day(tv, doc + step + 7 * sign * (n - 1));
  tv->type = CC_M_DATE;
  tv->flags |= CC_MF_RELATIVE;
  tv->anchor = CC_ANCHOR_DOC_DATE;
  tv->anchor_days = doc;
  return e + 1 + on;
}
