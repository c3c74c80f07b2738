/* recog_time_clock.c - times of day: zones after a clock ("3pm GMT",
 * "10:00 local time"), clock times in digits and words, time ranges ("from
 * 9am to 5pm", "between 2 and 4pm"), bare hours next to a day, and a time
 * with its date ("7pm on Friday": cc__time_p_time).  recog_time_int.h
 * lists the other files. */
#include "recog_time_int.h"

/* ---- zones -------------------------------------------------------------- */

typedef struct S_zone {
  const char *name;
  bool fixed, local;
  int32_t off;
} S_zone;

/* "GMT+3", "UTC-08:00": a signed offset glued to GMT/UTC. */
static uint32_t S_zone_suffix(const S_cur *c, uint32_t j, S_zone *z) {
  if (!(S_p(c, j, '+') || S_p(c, j, '-')) || !S_glued(c, j) ||
      !S_kind_is(c, j + 1, CC_TOK_NUM) || !S_glued(c, j + 1))
    return j;
  char buf[16];
  snprintf(buf, sizeof buf, "%c%s", S_w(c, j)[0], S_w(c, j + 1));
  int32_t off;
  if (!cc__time_parse_offset(buf, &off)) {
    /* "+0530" */
    const char *s = S_w(c, j + 1);
    if (strlen(s) != 4 || !S_dig(s[0]))
      return j;
    snprintf(buf, sizeof buf, "%c%.2s:%.2s", S_w(c, j)[0], s, s + 2);
    if (!cc__time_parse_offset(buf, &off))
      return j;
  }
  z->fixed = true;
  z->off = off;
  z->name = NULL;
  if (off % 3600 == 0) { /* Etc/GMT-3 is UTC+3: POSIX signs */
    char name[24];
    snprintf(name, sizeof name, "Etc/GMT%+d", -off / 3600);
    if (off == 0)
      snprintf(name, sizeof name, "Etc/UTC");
    S_str *e = NULL;
    HASH_FIND_STR(c->tm->strings, name, e);
    z->name = e ? e->s : NULL;
  }
  return j + 2;
}

/* A zone after a time of day: "GMT", "Alaska time", "local time", "ET",
 * "Kyiv time", "UTC+3". */
/* Of an abbreviation's zones (zones.csv rows of one name: IST is India's,
 * Ireland's and Israel's), the document's own, else the first: "10am IST
 * (0900 GMT)" in a Dublin story is Irish time. */
static const S_sense *S_zone_sense(const S_cur *c, const S_sense *s) {
  const char *own = c->ctx ? c->ctx->zone : NULL;
  if (!own)
    return s;
  for (const S_sense *k = s; k; k = k->next)
    if (k->kind == S_K_ZONE && k->s && strcmp(k->s, own) == 0)
      return k;
  return s;
}

static uint32_t S_zone_at(const S_cur *c, uint32_t i, S_zone *z) {
  memset(z, 0, sizeof *z);
  uint32_t n;
  const S_sense *s = cc__time_phrase(c, i, S_M(S_K_ZONE), &n);
  if (s && s->next)
    s = S_zone_sense(c, s);
  if (s) {
    const cc_token *t = S_tok(c, i);
    bool ok = true;
    if (n == 1 && s->strict == 1) /* "CAT", not "cat" */
      ok = (t->flags & CC_TF_ALLCAPS) || (t->norm_len == 1 && S_cap(c, i));
    if (n == 1 && s->strict == 2) /* "7pm local", not "7pm local people" */
      ok = !S_kind_is(c, i + n, CC_TOK_WORD);
    if (ok) {
      z->local = strcmp(s->s, "@local") == 0;
      z->name = z->local ? NULL : s->s;
      z->fixed = s->flag != 0;
      z->off = s->v;
      uint32_t j = i + n;
      if (z->fixed && z->off == 0)
        j = S_zone_suffix(c, j, z);
      return j;
    }
  }
  s = cc__time_phrase(c, i, S_M(S_K_PLACE), &n);
  if (s && S_is(c, i + n, "time") && S_cap(c, i)) {
    z->name = s->s;
    return i + n + 1;
  }
  return 0;
}

/* The day of an ISO 8601 date and time, "15T" in "2025-08-15T19:30Z"
 * (the segmenter cuts it "15t" "19:30z"): one or two digits and a "t",
 * with a clock glued after it. */
bool cc__time_iso_day(const S_cur *c, uint32_t i, int *d) {
  if (!S_kind_is(c, i, CC_TOK_NUM) || !S_glued(c, i + 1) ||
      !S_kind_is(c, i + 1, CC_TOK_NUM) || !strchr(S_w(c, i + 1), ':'))
    return false;
  const char *w = S_w(c, i);
  size_t n = strlen(w);
  if (n < 2 || n > 3 || w[n - 1] != 't' || !S_dig(w[0]) || !S_dig(w[n - 2]))
    return false;
  *d = n == 3 ? (w[0] - '0') * 10 + (w[1] - '0') : w[0] - '0';
  return true;
}

/* ---- clock times -------------------------------------------------------- */

typedef struct S_clock {
  int hh, mm, ss;
  bool colon, dot, has_min, has_sec, zulu, hsuffix;
  int ampm; /* -1 none, 0 am, 12 pm */
  int ndig; /* digits before any separator */
} S_clock;

/* "11:30", "11:30am", "7pm", "19.30", "1900", "11:30:15", "0800h",
 * "19:30z". */
static bool S_clock_str(const char *s, S_clock *k) {
  memset(k, 0, sizeof *k);
  k->ampm = -1;
  int v = 0, n = 0;
  while (n < 5 && S_dig(s[n]))
    v = v * 10 + (s[n++] - '0');
  if (n == 0 || n > 4)
    return false;
  k->ndig = n;
  const char *p = s + n;
  if ((*p == ':' || *p == '.') && S_dig(p[1]) &&
      S_dig(p[2]) && n <= 2) {
    k->colon = *p == ':';
    k->dot = *p == '.';
    k->hh = v;
    k->mm = (p[1] - '0') * 10 + (p[2] - '0');
    k->has_min = true;
    p += 3;
    if (*p == ':' && S_dig(p[1]) &&
        S_dig(p[2]) && k->colon) {
      k->ss = (p[1] - '0') * 10 + (p[2] - '0');
      k->has_sec = true;
      p += 3;
    }
  } else if (n == 4 || n == 3) {
    k->hh = v / 100;
    k->mm = v % 100;
    k->has_min = true;
  } else {
    k->hh = v;
  }
  if (!strcmp(p, "am")) /* not "a"/"p": "300p" is 300 pence */
    k->ampm = 0;
  else if (!strcmp(p, "pm"))
    k->ampm = 12;
  else if (!strcmp(p, "z"))
    k->zulu = true;
  else if (!strcmp(p, "h") || !strcmp(p, "hrs") || !strcmp(p, "hr"))
    k->hsuffix = true;
  else if (*p)
    return false;
  if (k->mm > 59 || k->ss > 60 || k->hh > 24 || (k->hh == 24 && k->mm))
    return false;
  if (k->ampm >= 0 && (k->hh < 1 || k->hh > 12))
    return false;
  return true;
}

static int S_apply_ampm(int hh, int ampm) {
  if (ampm == 12 && hh < 12)
    return hh + 12;
  if (ampm == 0 && hh == 12)
    return 0;
  return hh;
}

/* "in the morning", "in the afternoon", "at night": 0 or 12, tokens. */
static uint32_t S_daypart_suffix(const S_cur *c, uint32_t j, int *ampm) {
  uint32_t k = j;
  if (S_is(c, k, "in") && S_is(c, k + 1, "the"))
    k += 2;
  else if (S_is(c, k, "at"))
    k += 1;
  else
    return j;
  const S_sense *s = S_word1(c, k, S_K_POD);
  if (!s || !s->s)
    return j;
  if (!strcmp(s->s, "MO"))
    *ampm = 0;
  else if (!strcmp(s->s, "AF") || !strcmp(s->s, "EV") || !strcmp(s->s, "NI"))
    *ampm = 12;
  else
    return j;
  if (S_is(c, j, "at") && strcmp(s->s, "NI") != 0)
    return j; /* "at morning" is not English */
  return k + 1;
}

/* A part of the day that repeats an am or pm at j ("3am in the morning",
 * "11pm at night"): the time's, whose day a date after it then gives ("at
 * 3am in the morning on Sunday"); one that contradicts it ("8pm in the
 * morning") is left alone. */
static uint32_t S_daypart_same(const S_cur *c, uint32_t j, int ampm) {
  int same = -1;
  uint32_t e = S_daypart_suffix(c, j, &same);
  return same == ampm ? e : j;
}

/* Does part of the day pod hold the stated (am/pm) hours of tv: "10am"
 * the morning, "7pm" the evening; a range's end may be the part's end
 * ("10am to 12pm ... morning")? */
static bool S_pod_agrees(const S_tv *tv, const char *pod) {
  int a = tv->hh, b = tv->trange ? tv->hh2 : tv->hh;
  if (tv->ampm < 0 || a < 0 || a > 23 || b < 0 || b > 24)
    return false;
  if (!strcmp(pod, "MO"))
    return a >= 4 && a < 12 && b >= a && b <= 12;
  if (!strcmp(pod, "AF"))
    return a >= 12 && a < 18 && b >= a && b <= 18;
  if (!strcmp(pod, "EV"))
    return a >= 16 && a < 23 && b >= a;
  if (!strcmp(pod, "NI"))
    return a >= 19 && b >= a;
  return false;
}

/* am/pm word or o'clock after a clock time. */
static uint32_t S_ampm_word(const S_cur *c, uint32_t j, int *ampm,
                            bool *oclock) {
  const S_sense *s = S_word1(c, j, S_K_AMPM);
  if (s) {
    *ampm = s->v;
    return j + 1;
  }
  if (S_word1(c, j, S_K_OCLOCK)) {
    *oclock = true;
    s = S_word1(c, j + 1, S_K_AMPM); /* "one o'clock pm" */
    if (s)
      *ampm = s->v;
    return s ? j + 2 : j + 1;
  }
  return j;
}

/* An hour 1-12 spelled out or in digits (for "half past seven"). */
uint32_t cc__time_hour_word(const S_cur *c, uint32_t i, int *hh) {
  int v, nd;
  if (S_digits(c, i, &v, &nd) && nd <= 2 && v >= 1 && v <= 12) {
    *hh = v;
    return i + 1;
  }
  const S_sense *s = S_word1(c, i, S_K_CLOCK);
  if (s) {
    *hh = s->a;
    return i + 1;
  }
  cc_numparse np;
  if (S_kind_is(c, i, CC_TOK_WORD) && S_num(c, i, &np) &&
      (np.flags & CC_NP_WORDS) &&
      !(np.flags & (CC_NP_RANGE | CC_NP_ORDINAL | CC_NP_FRACTION | CC_NP_VAGUE |
                    CC_NP_ARTICLE)) &&
      np.qual == CC_Q_NONE && np.value >= 1 && np.value <= 12 &&
      np.value == floor(np.value)) {
    *hh = (int)np.value;
    return np.tok_end;
  }
  return 0;
}

/* British "half seven", half past seven, with an hour in words after a
 * word that leads a time ("at half seven", "until half ten"): half of
 * nothing else follows those. */
static uint32_t S_half_hour(const S_cur *c, uint32_t i, int *hh, int *mm) {
  static const char *const leads[] = {"at",    "by",     "until", "till",
                                      "from",  "around", "about", "before",
                                      "after", "since",  NULL};
  if (i <= c->sb || !S_kind_is(c, i + 1, CC_TOK_WORD))
    return 0;
  bool led = false;
  for (const char *const *w = leads; *w && !led; w++)
    led = S_is(c, i - 1, *w);
  int h;
  uint32_t k = led ? cc__time_hour_word(c, i + 1, &h) : 0;
  if (!k || S_word1(c, k, S_K_UNIT) || S_is(c, k, "times") ||
      (k < c->end && cc__counted_noun(S_tok(c, k))))
    return 0; /* "after half seven weeks", "cut by half three times",
               * "by half three people": not a time */
  *hh = h;
  *mm = 30;
  return k;
}

/* "half past seven", "a quarter to nine", "ten minutes to three",
 * "twenty after twelve". */
static uint32_t S_clock_phrase(const S_cur *c, uint32_t i, int *hh, int *mm) {
  uint32_t j = i;
  int mins = -1;
  bool counted = false, numeric = false, bare = false;
  if (S_is(c, j, "half")) {
    mins = 30;
    j++;
  } else if (S_is(c, j, "quarter") ||
             (S_is(c, j, "a") && S_is(c, j + 1, "quarter"))) {
    mins = 15;
    j += S_is(c, j, "a") ? 2 : 1;
  } else {
    cc_numparse np;
    if (S_num(c, j, &np) && np.value >= 1 && np.value < 60 &&
        np.value == floor(np.value) && np.qual == CC_Q_NONE &&
        !(np.flags & (CC_NP_RANGE | CC_NP_ORDINAL | CC_NP_FRACTION |
                      CC_NP_VAGUE | CC_NP_ARTICLE))) {
      mins = (int)np.value;
      numeric = true;
      j = np.tok_end;
      if (S_is(c, j, "minutes") || S_is(c, j, "minute") ||
          S_is(c, j, "mins") || S_is(c, j, "min")) {
        j++;
        counted = true;
      } else if (!(np.flags & CC_NP_WORDS)) {
        bare = true; /* "5 past 6" is too vague; "five past six" is fine,
                      * and "20 past 3pm" (below) */
      }
    }
  }
  if (mins < 0)
    return 0;
  if (!numeric && S_p(c, j, '-') && S_glued(c, j) && S_glued(c, j + 1))
    j++; /* "half-past nine", "quarter-to six" */
  int sign;
  if (S_is(c, j, "past") || S_is(c, j, "after"))
    sign = 1;
  else if (S_is(c, j, "to") || S_is(c, j, "before"))
    sign = -1;
  else if (mins == 30 && j == i + 1)
    return S_half_hour(c, i, hh, mm);
  else
    return 0;
  if (S_is(c, j, "before") && !(S_is(c, j - 1, "minutes")))
    return 0;
  if (sign < 0 && numeric && !counted && i > c->sb && S_is(c, i - 1, "from"))
    return 0; /* "from two to five pm": a range, not 4.58pm */
  int h;
  uint32_t k = cc__time_hour_word(c, j + 1, &h);
  S_clock ck;
  bool glued_ampm = false;
  if (!k && S_kind_is(c, j + 1, CC_TOK_NUM) &&
      S_clock_str(S_w(c, j + 1), &ck) && ck.ampm >= 0 && !ck.has_min &&
      ck.hh >= 1 && ck.hh <= 12) {
    h = S_apply_ampm(ck.hh, ck.ampm); /* "half past 8pm": one token */
    k = j + 2;
    glued_ampm = true;
  }
  if (!k)
    return 0;
  if (bare) { /* digits: "20 past 3pm" ("10 to 9pm" may be a range) */
    int ap = -1;
    bool oc = false;
    /* or after "at": "at 10 past 4" (never "to": "at 20 to 9" may be
     * a score) */
    if (!S_is(c, j, "past") ||
        (!glued_ampm && S_ampm_word(c, k, &ap, &oc) == k &&
         !(i > c->sb && S_is(c, i - 1, "at"))))
      return 0;
  }
  if (S_word1(c, k, S_K_UNIT))
    return 0; /* "six after seven weeks" */
  if (numeric && !counted && (sign < 0 || S_is(c, j, "after"))) {
    /* "five to six" is usually a range: demand clock context */
    int ap = -1;
    bool oc = false;
    bool ctx =
        (i > c->sb && (S_is(c, i - 1, "at") || S_is(c, i - 1, "until"))) ||
        S_ampm_word(c, k, &ap, &oc) != k || S_daypart_suffix(c, k, &ap) != k;
    if (!ctx)
      return 0;
  }
  int t = h * 60 + sign * mins;
  if (t < 0)
    t += 24 * 60;
  *hh = t / 60 % 24;
  *mm = t % 60;
  return k;
}

/* The clock reading before its zone. */
typedef struct S_read {
  int hh, mm, ss, ampm;
  bool has_min, has_sec, zulu;
} S_read;

/* A clock time in digits at i: "11:30", "7pm", "11:30 a.m.", "12 noon",
 * "1900 GMT", "0800 hours", "7 in the evening", "9 o'clock".  Bare numbers
 * count only with am/pm, o'clock or a part of the day; "19.30" and "1900"
 * only with a zone, am/pm or "hours". */
static uint32_t S_clock_digits(const S_cur *c, uint32_t i, S_read *r) {
  S_clock k;
  bool oclock = false;
  S_zone z;
  uint32_t j = i + 1;
  if (!S_clock_str(S_w(c, i), &k)) {
    /* "8p.m." (the segmenter cuts it "8p" "." "m" "."), "3:15p" */
    const char *w = S_w(c, i);
    size_t n = strlen(w);
    char buf[16];
    if (n < 2 || n > 8 || (w[n - 1] != 'a' && w[n - 1] != 'p') ||
        !S_dig(w[n - 2]))
      return 0;
    bool dotted = S_p(c, i + 1, '.') && S_glued(c, i + 1) &&
                  S_is(c, i + 2, "m") && S_glued(c, i + 2);
    if (!dotted && !strchr(w, ':'))
      return 0; /* "300p" is pence */
    snprintf(buf, sizeof buf, "%sm", w);
    if (!S_clock_str(buf, &k))
      return 0;
    if (dotted)
      j = S_p(c, i + 3, '.') && S_glued(c, i + 3) && i + 4 < c->end ? i + 4
                                                                   : i + 3;
  }
  if (k.has_sec && !k.zulu && cc__time_race_before(c, i))
    return 0; /* "won in 2:07:41 on Sunday": a race time, not 02:07 */
  *r = (S_read){k.hh, k.mm, k.ss, k.ampm, k.has_min, k.has_sec, k.zulu};
  if (r->ampm < 0 && !r->zulu)
    j = S_ampm_word(c, j, &r->ampm, &oclock);
  if (r->ampm >= 0 && (r->hh < 1 || r->hh > 12))
    return 0;
  const S_sense *cw = S_word1(c, j, S_K_CLOCK); /* "12 noon" */
  if (r->ampm < 0 && !r->has_min && r->hh == 12 && cw) {
    r->hh = cw->a;
    r->mm = cw->b;
    r->has_min = oclock = true;
    j++;
  }
  bool zone_next = r->zulu || S_zone_at(c, j, &z) > 0;
  bool hours_next =
      S_is(c, j, "hours") || S_is(c, j, "hrs") || S_is(c, j, "hr") || k.hsuffix;
  bool at_before = i > c->sb && S_is(c, i - 1, "at");
  int pm = -1;
  uint32_t dp = r->ampm < 0 ? S_daypart_suffix(c, j, &pm) : j;
  bool eat_hours = false;
  if (k.colon) {
    /* "19:30", "3:10": two-digit minutes make it a clock time */
  } else if (k.dot || k.ndig >= 3) {
    bool lead0 = S_w(c, i)[0] == '0';
    /* "at 1030", "at 0900": a four-digit clock after "at", not before a
     * noun ("at 2000 metres") */
    bool at_clock = at_before && k.ndig == 4 && !k.dot &&
                    (!S_kind_is(c, j, CC_TOK_WORD) || S_is(c, j, "on") ||
                     S_word1(c, j, S_K_DAYREL));
    if (!(r->ampm >= 0 || zone_next || k.hsuffix || at_clock ||
          (hours_next && (lead0 || at_before)) || (k.dot && at_before)))
      return 0;
    eat_hours = hours_next && !k.hsuffix && !zone_next;
  } else if (r->ampm < 0 && !oclock && dp == j) {
    /* "at 8 GMT", "by 17 GMT": a bare hour before a zone, after a word
     * that leads a time ("won 2 EST" no) */
    static const char *const leads[] = {"at",    "by",     "from", "until",
                                        "till",  "before", "after", "around",
                                        "about", NULL};
    if (!zone_next || r->zulu || z.local || r->hh > 23 || i <= c->sb ||
        !S_is_one_of(c, i - 1, leads))
      return 0;
  }
  if (dp != j) {
    r->ampm = pm;
    j = dp;
  } else if (eat_hours) {
    j++; /* "0800 hours" */
  } else if (r->ampm >= 0 && !zone_next) {
    j = S_daypart_same(c, j, r->ampm);
  }
  return j;
}

/* Minutes in words after an hour word: "thirty", "fifty-nine", "fifteen"
 * ("ten thirty", "seven fifteen"); 10-59 only, so "two four" is not 2:04. */
static uint32_t S_minute_words(const S_cur *c, uint32_t j, int *mm) {
  cc_numparse np;
  if (!S_kind_is(c, j, CC_TOK_WORD) || !S_num(c, j, &np) ||
      !(np.flags & CC_NP_WORDS) ||
      (np.flags & (CC_NP_RANGE | CC_NP_ORDINAL | CC_NP_FRACTION | CC_NP_VAGUE |
                   CC_NP_ARTICLE)) ||
      np.qual != CC_Q_NONE || np.value < 10 || np.value > 59 ||
      np.value != floor(np.value))
    return 0;
  *mm = (int)np.value;
  return np.tok_end;
}

/* A clock word of more than one token at i ("mid-day", "mid day"):
 * asked only at the first word of a longer key (ki, the kinds at i). */
static const S_sense *S_clock_key(const S_cur *c, uint32_t i, uint64_t ki,
                                  uint32_t *n) {
  if (!(ki & S_M(S_K_PREFIX)))
    return NULL;
  const S_sense *s = cc__time_phrase(c, i, S_M(S_K_CLOCK), n);
  return s && *n > 1 ? s : NULL;
}

/* A clock time in words at i: "noon", "half past seven", "seven o'clock",
 * "eleven in the morning", "ten thirty am". */
static bool S_clock_ctx(const S_cur *c, uint32_t i);

static uint32_t S_clock_words(const S_cur *c, uint32_t i, S_read *r) {
  bool oclock = false;
  uint32_t j, e;
  *r = (S_read){-1, 0, 0, -1, false, false, false};
  uint32_t cn = 1;
  const S_sense *cw = S_word1(c, i, S_K_CLOCK);
  if (!cw)
    cw = S_clock_key(c, i, S_kinds_at(c, i), &cn); /* "mid-day" */
  if (cw) {
    if (S_name_like(c, i))
      return 0;
    r->hh = cw->a;
    r->mm = cw->b;
    r->has_min = true;
    return i + cn;
  }
  if ((j = S_clock_phrase(c, i, &r->hh, &r->mm))) {
    r->has_min = true;
    e = S_ampm_word(c, j, &r->ampm, &oclock);
    return e != j ? e : S_daypart_suffix(c, j, &r->ampm);
  }
  if ((j = cc__time_hour_word(c, i, &r->hh))) {
    int mm;
    uint32_t mj = S_kind_is(c, i, CC_TOK_WORD) ? S_minute_words(c, j, &mm) : 0;
    if (mj) { /* "ten thirty am", "at three twenty" */
      e = S_ampm_word(c, mj, &r->ampm, &oclock);
      uint32_t e2 = e == mj ? S_daypart_suffix(c, mj, &r->ampm) : e;
      bool at = i > c->sb && S_is(c, i - 1, "at");
      if (e2 != mj || at) {
        r->mm = mm;
        r->has_min = true;
        return e2;
      }
    }
    e = S_ampm_word(c, j, &r->ampm, &oclock);
    /* "twelve o'clock midnight", "at twelve noon": as "12 noon"; with
     * o'clock or in a clock's context (S_clock_ctx), as
     * cc__time_may_time lets it ("all twelve noon services" no) */
    const S_sense *nw = r->ampm < 0 && r->hh == 12 && e < c->end &&
                                (oclock || S_clock_ctx(c, i))
                            ? S_word1(c, e, S_K_CLOCK)
                            : NULL;
    if (nw) {
      r->hh = nw->a;
      r->mm = nw->b;
      r->has_min = true;
      return e + 1;
    }
    uint32_t e2 = S_daypart_suffix(c, e, &r->ampm);
    return e == j && e2 == e ? 0 : e2;
  }
  return 0;
}

/* A time of day at i, with its zone; fills the time fields of tv. */
static uint32_t S_p_clock_run(const S_cur *c, uint32_t i, S_tv *tv) {
  S_read r;
  uint32_t j = S_kind_is(c, i, CC_TOK_NUM) ? S_clock_digits(c, i, &r)
                                           : S_clock_words(c, i, &r);
  if (!j && S_kind_is(c, i, CC_TOK_NUM) &&
      (S_is(c, i + 1, "minutes") || S_is(c, i + 1, "minute") ||
       S_is(c, i + 1, "mins") || S_is(c, i + 1, "min") ||
       S_is(c, i + 1, "past"))) {
    int hh, mm; /* "20 minutes past eight", "10 mins to 9pm", "20 past 3pm" */
    uint32_t k = S_clock_phrase(c, i, &hh, &mm);
    if (k) {
      bool oc = false;
      r = (S_read){hh, mm, 0, -1, true, false, false};
      j = S_ampm_word(c, k, &r.ampm, &oc);
      if (j == k)
        j = S_daypart_suffix(c, k, &r.ampm);
      /* "took 30 minutes to eight runners" is no clock: with neither
       * am/pm nor a part of day, a word after the hour must be a zone, a
       * day or "on" */
      S_zone z;
      if (j == k && k < c->end && S_kind_is(c, k, CC_TOK_WORD) &&
          !S_is(c, k, "on") && !S_word1(c, k, S_K_DAYREL) &&
          !S_zone_at(c, k, &z))
        j = 0;
    }
  }
  if (!j)
    return 0;
  tv->hh = r.ampm >= 0 ? S_apply_ampm(r.hh, r.ampm) : r.hh;
  tv->ampm = r.ampm;
  tv->mm = r.mm;
  tv->ss = r.ss;
  tv->has_sec = r.has_sec;
  tv->gran = r.has_sec ? CC_G_SECOND : r.has_min ? CC_G_MINUTE : CC_G_HOUR;
  tv->type = CC_M_TIME;
  S_zone z;
  uint32_t ze = 0;
  int d;
  if (r.zulu) { /* "19:30Z" */
    memset(&z, 0, sizeof z);
    z.name = cc__time_zone_intern(c->tm, "Etc/UTC");
    z.fixed = true;
  } else if ((ze = S_zone_at(c, j, &z))) {
  } else if (S_p(c, j, '(') && (ze = S_zone_at(c, j + 1, &z)) &&
             S_p(c, ze, ')')) {
    ze++; /* "9am (BST)": a zone alone in brackets */
  } else if (i > c->sb && S_glued(c, i) && cc__time_iso_day(c, i - 1, &d) &&
             (ze = S_zone_suffix(c, j, &z)) > j) {
    /* "2025-08-15T10:30+02:00": an offset glued to an ISO time; not after
     * a clock alone, where "9:00-17:00" is a range */
  } else {
    return j;
  }
  tv->zone = z.name;
  tv->zstated = true;
  tv->zfixed = z.fixed;
  tv->zoff = z.off;
  tv->zlocal = z.local;
  return ze ? ze : j;
}

/* cc__time_p_clock through the memo: the fields S_p_clock_run writes (the
 * zone's only when it names one, and then zstated is set) are copied from the
 * reading kept for token i. */
uint32_t cc__time_p_clock(const S_cur *c, uint32_t i, S_tv *tv) {
  if (!c->tmemo || i >= c->end)
    return S_p_clock_run(c, i, tv);
  S_clock_slot *s = &c->tmemo->clock[i & (S_MEMO_TOKS - 1)];
  if (s->gen != c->tmemo->gen || s->i != i) {
    S_tv_init(&s->tv);
    s->e = S_p_clock_run(c, i, &s->tv);
    s->gen = c->tmemo->gen;
    s->i = i;
  }
  if (!s->e)
    return 0;
  const S_tv *r = &s->tv;
  tv->hh = r->hh;
  tv->ampm = r->ampm;
  tv->mm = r->mm;
  tv->ss = r->ss;
  tv->has_sec = r->has_sec;
  tv->gran = r->gran;
  tv->type = r->type;
  if (r->zstated) {
    tv->zone = r->zone;
    tv->zstated = true;
    tv->zfixed = r->zfixed;
    tv->zoff = r->zoff;
    tv->zlocal = r->zlocal;
  }
  return s->e;
}

/* The weekday at k (ending at e) begins a run of days: "Monday to
 * Friday", "Mon-Sat", "Thursday through Sunday" (not "until": "10pm
 * Friday until Monday" is one stretch of time). */
static bool S_weekday_run(const S_cur *c, uint32_t k, uint32_t e) {
  return e == k + 1 && S_word1(c, k, S_K_WEEKDAY) &&
         (S_is(c, e, "to") || S_p(c, e, '-') || S_is(c, e, "through") ||
          S_is(c, e, "thru")) &&
         S_word1(c, e + 1, S_K_WEEKDAY);
}

/* Copy the date of d into the time tv. */
static void S_merge_date(S_tv *tv, const S_tv *d) {
  tv->y = d->y;
  tv->m = d->m;
  tv->d = d->d;
  tv->wd_open = d->wd_open;
  tv->weekday = d->weekday;
  tv->flags |= d->flags;
  tv->anchor = d->anchor;
  tv->anchor_days = d->anchor_days;
}

/* Is "from" at i the start of a change, not of a range: a word such as
 * "moved", "postponed" or "brought forward" among the three tokens before
 * it ("brought forward from 2115 GMT to 1945 GMT")? */
bool cc__time_change_before(const S_cur *c, uint32_t i) {
  uint32_t cn;
  for (uint32_t k = i > c->sb + 3 ? i - 3 : c->sb; k < i; k++)
    if (cc__time_phrase(c, k, S_M(S_K_CHANGE), &cn))
      return true;
  return false;
}

/* A bare hour of cc__time_bare_range at j: digits of two at most, or "one" to
 * "twelve" ("from five to seven tonight"); its value 1-12, or 0. */
static int S_bare_hour(const S_cur *c, uint32_t j) {
  static const char *const names[] = {"one", "two",   "three",  "four",
                                      "five", "six",  "seven",  "eight",
                                      "nine", "ten",  "eleven", "twelve",
                                      NULL};
  int v, nd;
  if (S_digits(c, j, &v, &nd))
    return nd <= 2 && v >= 1 && v <= 12 ? v : 0;
  if (j >= c->end || !S_kind_is(c, j, CC_TOK_WORD))
    return 0;
  for (int k = 0; names[k]; k++)
    if (S_is(c, j, names[k]))
      return k + 1;
  return 0;
}

/* A verb of an amount's change (temporal.csv kind amount) before token i
 * ("rose from two to four", "fell sharply from 5 to 3"): the numbers
 * after it are amounts. */
static bool S_amount_change_before(const S_cur *c, uint32_t i) {
  if (i <= c->sb)
    return false;
  uint32_t p = i - 1;
  const char *w = S_w(c, p);
  size_t n = strlen(w);
  if (p > c->sb && n > 2 && w[n - 2] == 'l' && w[n - 1] == 'y')
    p--; /* "fell sharply from" */
  return cc__time_amount_verb(c->tm, S_w(c, p));
}

/* "from 3 to 5", "between 9 and 11": two bare hours, a time range only
 * next to a day (the caller checks). */
uint32_t cc__time_bare_range(S_cur *c, uint32_t i, S_tv *tv) {
  bool from = S_is(c, i, "from"), between = S_is(c, i, "between");
  if ((!from && !between) || (from && cc__time_change_before(c, i)) ||
      S_amount_change_before(c, i))
    return 0;
  int a, b;
  uint32_t j = i + 1;
  if (!(a = S_bare_hour(c, j)))
    return 0;
  bool join = between ? S_is(c, j + 1, "and")
                      : (S_is(c, j + 1, "to") || S_is(c, j + 1, "until") ||
                         S_is(c, j + 1, "till") || S_is(c, j + 1, "til") ||
                         S_p(c, j + 1, '-'));
  if (!join || !(b = S_bare_hour(c, j + 2)) ||
      S_kind_is(c, j, CC_TOK_NUM) != S_kind_is(c, j + 2, CC_TOK_NUM))
    return 0; /* (both in digits or both in words) */
  tv->hh = S_work_hour(a);
  tv->hh2 = S_work_hour(b);
  if (tv->hh2 <= tv->hh && tv->hh2 + 12 <= 23)
    tv->hh2 += 12; /* "from 5 to 7": 17:00 to 19:00 */
  if (tv->hh2 <= tv->hh)
    return 0;
  tv->mm = tv->mm2 = 0;
  tv->gran = CC_G_HOUR;
  tv->type = CC_M_TIME;
  tv->trange = true;
  return j + 3;
}

/* Four digits at i that read as a clock, "0730" or "2100" (hours below
 * 24, minutes below 60), into tv; the caller decides whether they are one. */
static bool S_hhmm4(const S_cur *c, uint32_t i, S_tv *tv) {
  int v, nd;
  if (!S_digits(c, i, &v, &nd) || nd != 4 || v / 100 > 23 || v % 100 > 59)
    return false;
  tv->hh = v / 100;
  tv->mm = v % 100;
  tv->gran = CC_G_MINUTE;
  tv->type = CC_M_TIME;
  return true;
}

/* What may follow a bare hour ending a range of clock times at k: the
 * clause's end, a mark, or a word that leads a day ("from 10:30 to 3 on
 * Sunday"); not a counted noun ("from 10:30 to 3 people"). */
static bool S_bare_end_ok(const S_cur *c, uint32_t k) {
  static const char *const days[] = {"on",    "at",       "in",    "this",
                                     "today", "tomorrow", "tonight", "next",
                                     "every", "each",     NULL};
  return k >= c->end || !S_kind_is(c, k, CC_TOK_WORD) ||
         S_is_one_of(c, k, days) || S_word1(c, k, S_K_WEEKDAY);
}

/* "from 9am to 5pm", "between 2 and 4pm", "9am-5pm": the first time, with
 * the second as the end of a range; the first takes the second's am/pm
 * and zone when it has none. */
static uint32_t S_time_range_run(S_cur *c, uint32_t i, S_tv *tv) {
  bool from = S_is(c, i, "from"), between = S_is(c, i, "between");
  if (from ? cc__time_change_before(c, i)
           : i > c->sb && S_is(c, i - 1, "from") &&
                 cc__time_change_before(c, i - 1))
    return 0; /* "moved from 9pm to 7pm": two times */
  uint32_t j = from || between ? i + 1 : i;
  int v, nd;
  S_tv a, b;
  S_tv_init(&a); /* b: below, once there is a joiner */
  uint32_t e = cc__time_p_clock(c, j, &a);
  bool bare = false;
  if (!e && S_digits(c, j, &v, &nd) && nd <= 2 && v >= 1 && v <= 12) {
    bare = true; /* "2" in "between 2 and 4pm" */
    a.hh = v;
    a.gran = CC_G_HOUR;
    a.type = CC_M_TIME;
    e = j + 1;
  }
  bool word = false;
  if (!e && (from || between) && S_kind_is(c, j, CC_TOK_WORD) &&
      (e = cc__time_hour_word(c, j, &v)) && v >= 1 && v <= 12) {
    bare = word = true; /* "from two to five pm": only before a clock
                         * with its am/pm (below) */
    a.hh = v;
    a.gran = CC_G_HOUR;
    a.type = CC_M_TIME;
  }
  /* "between 0730 and 0930 GMT": four digits after "from" or "between"
   * take their clock from the second end (below); so do four digits
   * hyphened to a clock of four with its zone ("0730-0930 GMT", wire
   * copy's hours), and after "between" ("between 0730-0930") */
  bool hhmm = false, glued = S_p(c, j + 1, '-') && S_glued(c, j + 1) &&
                             S_glued(c, j + 2);
  if (!e && (from || between || glued) && S_hhmm4(c, j, &a)) {
    hhmm = true;
    e = j + 1;
  }
  if (!e)
    return 0;
  bool join = between ? S_is(c, e, "and") || (hhmm && glued)
                      : (S_is(c, e, "to") || S_is(c, e, "until") ||
                         S_is(c, e, "till") || S_is(c, e, "til") ||
                         S_p(c, e, '-'));
  if (!join)
    return 0;
  S_tv_init(&b);
  uint32_t e2 = cc__time_p_clock(c, e + 1, &b);
  if (hhmm) {
    /* the second end is four digits too, and a clock by its zone or
     * "hours" ("and 0930 GMT"), or one of the two has a leading zero
     * ("from 0700 until 2200"): "from 2010 to 2015" stays years */
    S_tv h;
    S_tv_init(&h);
    if (!S_hhmm4(c, e + 1, &h) || (!e2 && !from && !between))
      return 0; /* ("0800-1234": no zone, a number) */
    if (!e2) {
      if (S_w(c, j)[0] != '0' && S_w(c, e + 1)[0] != '0')
        return 0;
      b = h;
      e2 = e + 2;
    }
  }
  if (!e2 && !bare && a.ampm >= 0 && S_digits(c, e + 1, &v, &nd) && nd <= 2 &&
      v >= 1 && v <= 12 && !S_kind_is(c, e + 2, CC_TOK_WORD)) {
    /* "8am until 6" ends at 18:00, "2pm to 5" at 17:00, "11pm to 2" at
     * 02:00 the next day */
    if (a.ampm == 12)
      b.hh = v < 12 && v + 12 > a.hh ? v + 12 : v;
    else
      b.hh = v <= a.hh && v < 12 ? v + 12 : v;
    e2 = e + 2;
  }
  if (!e2 && (from || between) && a.ampm < 0 && a.gran == CC_G_MINUTE &&
      !hhmm && a.hh >= 1 && a.hh <= 12 && S_digits(c, e + 1, &v, &nd) &&
      nd <= 2 && v >= 1 && v <= 12 && S_bare_end_ok(c, e + 2) &&
      !S_amount_change_before(c, i)) {
    /* "from 10:30 to 3", "between 9:30 and 11": a clock of minutes then a
     * bare hour, the working day's ("10:30 to 3" ends at 15:00) */
    b.hh = v <= a.hh && v < 12 ? v + 12 : v;
    e2 = e + 2;
  }
  if (!e2 || (word && b.ampm < 0))
    return 0;
  /* "3:30 to 6 PM", "between 2 and 4pm": the first takes the second's pm */
  if ((bare || a.ampm < 0) && b.ampm == 12 && a.hh < 12 && a.hh + 12 <= b.hh)
    a.hh += 12;
  /* "11:30-1:30", neither half marked: two hours to 13:30, not fourteen
   * to 01:30 the next day (a 24-hour "22:00-01:00" still crosses) */
  if (!bare && a.ampm < 0 && b.ampm < 0 && a.hh >= 1 && a.hh <= 12 &&
      b.hh < a.hh && b.hh + 12 > a.hh && b.hh + 12 <= 23 &&
      S_w(c, e + 1)[0] != '0') /* "11:00-02:00" is a 24-hour clock */
    b.hh += 12;
  if (!a.zstated && b.zstated) {
    a.zone = b.zone;
    a.zstated = true;
    a.zfixed = b.zfixed;
    a.zoff = b.zoff;
    a.zlocal = b.zlocal;
  }
  *tv = a;
  tv->trange = true;
  tv->hh2 = b.hh;
  tv->mm2 = b.mm;
  return e2;
}

/* S_time_range_run, which reads a joiner after its first clock (> i):
 * none after i, no range.  A CC_RECOG_CHECK_INERT build asks it anyway. */
uint32_t cc__time_time_range(S_cur *c, uint32_t i, S_tv *tv) {
  if (!S_joiner_after(c, i)) {
#ifdef CC_RECOG_CHECK_INERT
    S_tv t;
    S_tv_init(&t);
    if (S_time_range_run(c, i, &t)) {
      fprintf(stderr, "recog: time range with no joiner at \"%s\"\n",
              S_w(c, i));
      abort();
    }
#endif
    return 0;
  }
  return S_time_range_run(c, i, tv);
}

/* Token i opens its sentence or follows a clock preposition ("at 8",
 * "until five"): cc__time_p_time takes an hour alone there. */
static bool S_clock_ctx(const S_cur *c, uint32_t i) {
  if (i == c->sb)
    return true;
  uint32_t p = i - 1;
  switch (S_w(c, p)[0]) { /* (the words' first letters) */
  case 'a':
    return S_is(c, p, "at") || S_is(c, p, "around") || S_is(c, p, "about") ||
           S_is(c, p, "after");
  case 'b':
    return S_is(c, p, "by") || S_is(c, p, "before");
  case 't':
    return S_is(c, p, "till");
  case 'u':
    return S_is(c, p, "until");
  default:
    return false;
  }
}

/* Token i, a bare hour, follows "at" that no word of a level leads
 * ("closed at 10", "stood at 3"): an hour before its day ("at 10 on
 * Friday"). */
CC_NOINLINE bool S_at_hour(const S_cur *c, uint32_t i) {
  static const char *const level[] = {
      "closed",  "opened", "stood",   "stands",  "ended",  "finished",
      "traded",  "trading", "fixed",  "set",     "held",   "peaked",
      "steady",  "unchanged", "remained", "stayed", "kept", "capped",
      "priced",  "valued", "rated",   "pegged",  "rate",   "rates",
      "level",   "levels", "number",  "ranked",  "placed", "seeded",
      "aged",    NULL};
  return i >= c->sb + 1 && S_is(c, i - 1, "at") &&
         !(i >= c->sb + 2 && S_is_one_of(c, i - 2, level));
}

/* A time of day, then perhaps its date: "7pm on Friday", "11:30am today",
 * "9 a.m. Friday, October 1, 1999". */
uint32_t cc__time_p_time(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t j = cc__time_time_range(c, i, tv);
  if (!j)
    j = cc__time_p_clock(c, i, tv);
  bool bare = false;
  int v, nd;
  /* a bare count before "this morning" is a time only after a clock
   * preposition or alone: "at 8 tonight", but "arrested 5 this morning" */
  bool clock_ctx = S_clock_ctx(c, i);
  if (!j && (j = cc__time_bare_range(c, i, tv))) {
    bare = true; /* "from 5 to 7 tomorrow": only before a day */
  } else if (!j && clock_ctx &&
      ((S_digits(c, i, &v, &nd) && nd <= 2) ||
       (S_kind_is(c, i, CC_TOK_WORD) && cc__time_hour_word(c, i, &v)))) {
    bare = true; /* "8 tonight", "five this afternoon": with a part of day */
    j = S_kind_is(c, i, CC_TOK_NUM) ? i + 1 : cc__time_hour_word(c, i, &v);
    if (v < 1 || v > 12)
      return 0;
    tv->hh = v;
    tv->gran = CC_G_HOUR;
    tv->type = CC_M_TIME;
  }
  if (!j)
    return 0;
  uint32_t k = j;
  if (S_p(c, k, ','))
    k++;
  /* an hour after "at" before its day, "at 10 on Friday", "at 7
   * tomorrow" (1-6 afternoon hours, as "on Friday at 3"); not a level
   * ("shares closed at 10 on Friday") */
  bool at_hour = bare && !tv->trange && k == j && S_at_hour(c, i);
  if (S_is(c, k, "on"))
    k++;
  S_tv d;
  S_tv_unset(&d);
  uint32_t e = bare && k != j && !tv->trange && !at_hour
                   ? 0
                   : cc__time_p_date_core(c, k, &d);
  if (e && S_weekday_run(c, k, e))
    e = 0; /* "9am-5pm Monday to Friday", "from 9am to 5pm, Monday to
            * Friday": hours of every day in the run */
  if (e && (d.gran == CC_G_DAY || d.gran == CC_G_PART_OF_DAY) &&
      d.y2 == S_NOYEAR && !d.preset && d.type == CC_M_DATE &&
      (!bare || tv->trange || d.gran == CC_G_PART_OF_DAY || at_hour)) {
    /* a part of the day after the day: "at 7.30 on Friday evening",
     * "9:15 on Tuesday night" (not "Sunday mornings", a set) */
    const S_sense *pd = d.gran == CC_G_DAY && e < c->end
                            ? S_word1(c, e, S_K_POD)
                            : NULL;
    if (pd && (!pd->s || S_plural_word(c, e)))
      pd = NULL;
    if (pd && tv->ampm < 0) {
      tv->hh = cc__time_pod_hour(tv->hh, pd->s);
      if (tv->trange)
        tv->hh2 = cc__time_pod_hour(tv->hh2, pd->s);
      e++;
    } else if (pd && S_pod_agrees(tv, pd->s)) {
      e++; /* "10am Monday morning", "10am to 12pm Monday morning": a
            * part of the day the stated am/pm repeats */
    } else if (at_hour && d.gran == CC_G_DAY) {
      tv->hh = S_work_hour(tv->hh);
    }
    if (d.gran == CC_G_PART_OF_DAY && tv->ampm < 0) {
      tv->hh = cc__time_pod_hour(tv->hh, d.code);
      if (tv->trange)
        tv->hh2 = cc__time_pod_hour(tv->hh2, d.code);
    }
    S_merge_date(tv, &d);
    /* "midnight tonight" ends the night's day: the next day's 00:00;
     * so does the word before a day ("at midnight Dec. 21", "midnight
     * on Friday": news style puts midnight in the day that is ending),
     * not "12 a.m. Friday", which starts it */
    bool night = d.gran == CC_G_PART_OF_DAY && d.code && !strcmp(d.code, "NI");
    bool ending = d.gran == CC_G_DAY && j == i + 1 && S_is(c, i, "midnight");
    if ((night || ending) && !tv->trange && tv->hh == 0 && tv->mm == 0 &&
        tv->y != S_NOYEAR && tv->m > 0 && tv->d > 0) {
      cc_ymd nx =
          cc_civil_from_days(cc_days_from_civil(tv->y, tv->m, tv->d) + 1);
      tv->y = nx.y;
      tv->m = nx.m;
      tv->d = nx.d;
    }
    tv->type = CC_M_DATETIME;
    return e;
  }
  if (bare)
    return 0;
  int64_t doc = 0;
  if (S_doc(c, &doc)) { /* a time alone happens on the publication day */
    cc_ymd dc = cc_civil_from_days(doc);
    tv->y = dc.y;
    tv->m = dc.m;
    tv->d = dc.d;
    tv->flags |= CC_MF_RELATIVE;
    tv->anchor = CC_ANCHOR_DOC_DATE;
    tv->anchor_days = doc;
  }
  return j;
}

/* Whether cc__time_p_clock can match at i, whose entry has the kinds ki (only
 * the sign: cc__time_may_clock is true wherever it may), and whether
 * cc__time_p_time can.  A clock is digits (a NUM token) or a clock in words
 * (S_clock_words): a clock word, "half", "quarter", "a quarter" or a
 * whole number from 1 to 59 with no qualifier (S_clock_phrase,
 * cc__time_hour_word; the inert build's cc__time_p_time_checked and
 * cc__time_attach check it); each of cc__time_p_time's ways in
 * reads a clock, a NUM token (a bare hour) or "from" or "between" (a
 * range, cc__time_time_range, cc__time_bare_range) at i.  Most words that reach
 * the parsers ("the", "in", "about") are none of these. */
bool cc__time_may_clock(const S_cur *c, uint32_t i, uint64_t ki) {
  uint32_t cn;
  if (S_kind_is(c, i, CC_TOK_NUM) || (ki & S_M(S_K_CLOCK)) ||
      S_is(c, i, "half") || S_is(c, i, "quarter") ||
      (S_is(c, i, "a") && S_is(c, i + 1, "quarter")) ||
      S_clock_key(c, i, ki, &cn))
    return true;
  /* the number cc__time_hour_word and S_clock_phrase read at a word: whole, 1
   * to 59, with no qualifier and none of these flags ("about 2,750", "some
   * 400", "a" as an article fail every way in) */
  cc_numparse np;
  return S_num(c, i, &np) && np.qual == CC_Q_NONE &&
         !(np.flags & (CC_NP_RANGE | CC_NP_ORDINAL | CC_NP_FRACTION |
                       CC_NP_VAGUE | CC_NP_ARTICLE)) &&
         np.value >= 1 && np.value < 60 && np.value == floor(np.value);
}

/* Whether cc__time_p_time may match at a word i (< c->end) where
 * cc__time_may_clock holds.  A word with no clock sense that is not "half",
 * "quarter", "a" ("a quarter"), "from" or "between" is a clock there only as a
 * number (S_num) whose clock in words (S_clock_words, through cc__time_p_clock)
 * continues at the number's end k: with "minutes", "minute", "mins",
 * "min", "past",
 * "after", "to" or "before" (S_clock_phrase), minutes in words (a number
 * word, S_minute_words), am/pm or o'clock (S_ampm_word: an entry with
 * such a sense) or "in the" or "at" and a part of day
 * (S_daypart_suffix).  Without that clock cc__time_p_time reads no range (its
 * ranges start with "from" or "between" or with the same clock) and
 * takes an hour alone only in a clock context (S_clock_ctx).  Most
 * number words are counts: "five years", "three hours". */
static bool S_time_word_may(const S_cur *c, uint32_t i, uint64_t ki) {
  uint32_t cn;
  if (S_tok(c, i)->kind != CC_TOK_WORD || (ki & S_M(S_K_CLOCK)) ||
      S_is(c, i, "half") || S_is(c, i, "quarter") || S_is(c, i, "a") ||
      S_is(c, i, "from") || S_is(c, i, "between") ||
      S_clock_key(c, i, ki, &cn))
    return true;
  cc_numparse np;
  if (!S_num(c, i, &np) || S_clock_ctx(c, i))
    return true;
  uint32_t k = np.tok_end;
  if (k >= c->end)
    return false;
  if (S_is(c, k, "minutes") || S_is(c, k, "minute") || S_is(c, k, "mins") ||
      S_is(c, k, "min") || S_is(c, k, "past") ||
      S_is(c, k, "after") || S_is(c, k, "to") || S_is(c, k, "before") ||
      S_is(c, k, "in") || S_is(c, k, "at"))
    return true;
  const S_entry *ek = S_entry_at(c, k);
  if (ek && (ek->kinds & (S_M(S_K_AMPM) | S_M(S_K_OCLOCK))))
    return true;
  cc_numparse nk;
  return S_kind_is(c, k, CC_TOK_WORD) && S_num(c, k, &nk);
}

/* cc__time_p_time cannot match at token i, three or four digits alone
 * (S_digits: "2018", "950") not after "at", before the sentence's end or
 * a mark with no entry ("in 2018.", "2,018" is no such token):
 * - cc__time_p_clock reads digits by S_clock_digits, which refuses three
 *   or four digits with no separator and no suffix (what S_clock_str then
 *   reads; where it fails, the "8p" form wants a last "a" or "p") unless
 *   am/pm or "o'clock" (S_ampm_word: an entry's sense), a zone or place
 *   (S_zone_at: cc__time_phrase finds no key at a token with no entry),
 *   "hours" after them, or "at" before ("at 1030") come with them: a mark
 *   with no entry or no token is none of these;
 * - cc__time_time_range reads a clock there (cc__time_p_clock, as above),
 *   digits of two at most, or four hyphened to four more ("0730-0930
 *   GMT": a glued hyphen, which is no such mark here);
 *   cc__time_bare_range wants "from" or "between" at i, and the bare hour
 *   digits of two at most.
 * The CC_RECOG_CHECK_INERT build runs cc__time_p_time anyway
 * (cc__time_p_time_checked checks cc__time_may_time wherever it matches). */
static bool S_digits_no_clock(const S_cur *c, uint32_t i) {
  int v, nd;
  if (!S_digits(c, i, &v, &nd) || nd < 3 || nd > 4 ||
      (i > c->sb && S_is(c, i - 1, "at")))
    return false;
  uint32_t j = i + 1;
  if (nd == 4 && S_p(c, j, '-') && S_glued(c, j) && S_glued(c, j + 1))
    return false;
  return j >= c->end ||
         (S_tok(c, j)->kind == CC_TOK_PUNCT && !S_entry_at(c, j));
}

bool cc__time_may_time(const S_cur *c, uint32_t i, uint64_t ki) {
  /* after "from" or "between" both ranges read a clock or digits (a NUM
   * token) at the next token: "from the year" is no time */
  return (cc__time_may_clock(c, i, ki) && S_time_word_may(c, i, ki) &&
          !S_digits_no_clock(c, i)) ||
         ((S_is(c, i, "from") || S_is(c, i, "between")) && i + 1 < c->end &&
          cc__time_may_clock(c, i + 1, S_kinds_at(c, i + 1)));
}

#ifdef CC_RECOG_CHECK_INERT
/* cc__time_p_time, checking that cc__time_may_time holds wherever it matches.
 * */
uint32_t cc__time_p_time_checked(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t e = cc__time_p_time(c, i, tv);
  if (e && !cc__time_may_time(c, i, S_kinds_at(c, i))) {
    fprintf(stderr, "recog: time at \"%s\" cc__time_may_time misses\n",
            S_w(c, i));
    abort();
  }
  return e;
}
#endif

/* cc__time_p_time where cc__time_may_time holds (a CC_RECOG_CHECK_INERT build:
 * cc__time_p_time everywhere, checked). */
uint32_t cc__time_time_at(S_cur *c, uint32_t i, S_tv *tv) {
#ifdef CC_RECOG_CHECK_INERT
  return cc__time_p_time_checked(c, i, tv);
#else
  return cc__time_may_time(c, i, S_kinds_at(c, i)) ? cc__time_p_time(c, i, tv)
                                                   : 0;
#endif
}
