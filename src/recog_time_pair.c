/* recog_time_pair.c - what the driver asks after the mentions of a
 * document: local/UTC pairs ("10am local time (0800 GMT)"), offsets
 * anchored on the previous date ("two days later"), and the zone a text's
 * places name (cc__time_text_zone).  recog_time_int.h lists the other
 * files. */
#include "recog_time_int.h"

/* ---- local/UTC pairs ---------------------------------------------------- */

static bool S_is_time(const cc_mention *m) {
  return m->type == CC_M_TIME || m->type == CC_M_DATETIME;
}

/* Seconds into the day of a time's TIMEX3 value ("...T19:30"), or -1. */
static int S_tod(const cc_mention *m) {
  const char *t = strchr(m->value, 'T');
  int h, mi, sec = 0;
  if (!t || sscanf(t + 1, "%d:%d:%d", &h, &mi, &sec) < 2)
    return -1;
  return h * 3600 + mi * 60 + sec;
}

/* Is v a range of two dated times, "2016-11-07T09:00/2016-11-07T17:00"? */
static bool S_dated_range(const char *v) {
  const char *sl = strchr(v, '/');
  return strlen(v) > 11 && v[10] == 'T' && v[4] == '-' && sl &&
         strlen(sl + 1) > 11 && sl[11] == 'T' && sl[5] == '-';
}

/* Move a time by whole days, value included (both ends of a range of
 * dated times). */
/* A time in UTC moved to another day in a zone of its rules ("6 p.m. ET"
 * carried to the Saturday before a clock change): the offset of the new
 * day, not the old one's (a label's own offset, "EDT", stays). */
static void S_reoffset(cc_mention *m) {
  int off;
  int64_t utc;
  if (!(m->flags & CC_MF_UTC) || (m->flags & CC_MF_ZONE_FIXED) ||
      !m->zone || cc_tz_local_to_utc(m->zone, (int64_t)m->lo, &utc, &off,
                                     NULL) != 0 ||
      off == m->utc_offset)
    return;
  m->utc_offset = off;
  m->utc_lo = m->lo - off;
  m->utc_hi = m->hi - off;
}

static void S_shift_days(cc_mention *m, int days) {
  if (!days || isnan(m->lo))
    return;
  double d = (double)days * CC_DAY;
  m->lo += d;
  m->hi += d;
  m->utc_lo += d;
  m->utc_hi += d;
  S_reoffset(m);
  char date[16], date2[16], tail[24];
  cc_format_date((int64_t)floor(m->lo / CC_DAY), date);
  if (S_dated_range(m->value)) { /* the end's own day: it may be the next */
    const char *sl = strchr(m->value, '/');
    int y, mo, dd;
    if (sscanf(sl + 1, "%d-%d-%d", &y, &mo, &dd) != 3)
      return;
    cc_format_date(cc_days_from_civil(y, mo, dd) + days, date2);
    snprintf(tail, sizeof tail, "%s", sl + 11);
    char head[24], buf[96];
    snprintf(head, sizeof head, "%.*s", (int)(sl - m->value - 10),
             m->value + 10);
    int len = snprintf(buf, sizeof buf, "%s%s/%s%s", date, head, date2, tail);
    if (len > 0 && (size_t)len < sizeof m->value) /* (always: same length) */
      memcpy(m->value, buf, (size_t)len + 1);
    return;
  }
  const char *t = strchr(m->value, 'T');
  snprintf(tail, sizeof tail, "%s", t ? t : "");
  snprintf(m->value, sizeof m->value, "%s%s", date, tail);
}

/* A part of the day the local half leaves after its day: "night" in
 * "11pm Saturday night (0400 GMT Sunday)". */
static bool S_day_part_word(const cc_token *t) {
  static const char *const part[] = {"night", "morning", "afternoon", "evening",
                                     NULL};
  if (t->kind != CC_TOK_WORD)
    return false;
  for (const char *const *w = part; *w; w++)
    if (!strcmp(t->norm, *w))
      return true;
  return false;
}

static const S_sense *S_zone_place(const cc_time_model *tm,
                                   const cc_segmented *seg,
                                   const cc_sentence *st, uint32_t i,
                                   const uint16_t *places, uint32_t *n);
static bool S_zone_loc(const cc_time_model *tm, const cc_segmented *seg,
                       uint32_t s, const cc_sentence *st, uint32_t i);

/* The zone of a place with a known zone at token i of a's sentence that
 * ends before token e, or NULL; *n its tokens. */
static const char *S_place_at(const cc_time_model *tm, const cc_segmented *seg,
                              const cc_mention *a, uint32_t i, uint32_t e,
                              uint32_t *n) {
  const cc_sentence *st = &seg->sentences[a->sentence];
  const uint16_t *places =
      tm->places && seg->vocab == tm->vocab ? tm->places : NULL;
  if (i < st->tok_begin || i >= st->tok_end ||
      !(seg->tokens[i].flags & CC_TF_CAP))
    return NULL;
  const S_sense *p = S_zone_place(tm, seg, st, i, places, n);
  return p && i + *n <= e ? p->s : NULL;
}

/* Does a clause begin at token k of sentence st: the sentence's first
 * token, one after a semicolon, or one after a dateline's dash ("GENEVA -
 * In Mumbai ...": words in capitals before it)? */
static bool S_clause_start(const cc_segmented *seg, const cc_sentence *st,
                           uint32_t k) {
  if (k == st->tok_begin)
    return true;
  const cc_token *t = &seg->tokens[k - 1];
  if (t->kind == CC_TOK_PUNCT && !strcmp(t->norm, ";"))
    return true;
  if (t->kind != CC_TOK_PUNCT || k - 1 == st->tok_begin ||
      (strcmp(t->norm, "-") && strcmp(t->norm, "\u2013") &&
       strcmp(t->norm, "\u2014")))
    return false;
  for (uint32_t j = st->tok_begin; j + 1 < k; j++)
    if (!(seg->tokens[j].flags & CC_TF_ALLCAPS))
      return false;
  return true;
}

/* The zone of the place the local half's clause puts it in, when the text
 * names one before it after a preposition: right before the time ("from
 * Adelaide at 7:30 p.m. (0900 GMT)", "in Caracas at 5 a.m."), or opening
 * the clause ("In Nairobi, the call starts at noon (0900 GMT)", "; in
 * Mumbai it will be 2:30 p.m."); the nearest such place within
 * S_CLAUSE_BACK tokens, not past the mention before (from, its end) or a
 * semicolon.  A time said for another city than the article's is that
 * city's time, not the dateline's; a place elsewhere in the sentence
 * ("the minister, who flew in from Perth, said the talks start at 9
 * a.m.") is not the time's. */
#define S_CLAUSE_BACK 12u
/* S_clause_zone's answer for a place it does not know right before the
 * time ("landed in Farrowby at 11:20 a.m. (1120 GMT)"): that city's time,
 * in a zone unknown, not the article's (which may be another city's the
 * text names: "departed Dubai at 3:05 a.m."). */
static const char S_unknown_place[] = "?";

/* Tokens [j, i] capitalized words after a locative preposition at j - 1
 * (not before lo), with only "," and "at" from i + 1 up to the time at
 * e: a place named right before the time ("in Farrowby at", "at Port
 * Moresby,"), known or not. */
static bool S_named_before(const cc_time_model *tm, const cc_segmented *seg,
                           const cc_mention *a, uint32_t i, uint32_t lo) {
  const cc_token *tk = seg->tokens;
  uint32_t j = i;
  while (j > lo && (tk[j - 1].flags & CC_TF_CAP) &&
         tk[j - 1].kind == CC_TOK_WORD && i - j < 3)
    j--;
  if (j <= lo || !(tk[j].flags & CC_TF_CAP) || tk[j].kind != CC_TOK_WORD ||
      (strcmp(tk[j - 1].norm, "in") && strcmp(tk[j - 1].norm, "at")))
    return false;
  (void)tm;
  for (uint32_t k = i + 1; k < a->tok_begin; k++)
    if (strcmp(tk[k].norm, ",") && strcmp(tk[k].norm, "at"))
      return false;
  return true;
}

static const char *S_clause_zone(const cc_time_model *tm,
                                 const cc_segmented *seg, const cc_mention *a,
                                 uint32_t from) {
  const cc_sentence *st = &seg->sentences[a->sentence];
  uint32_t lo = st->tok_begin > from ? st->tok_begin : from;
  if (a->tok_begin > lo + S_CLAUSE_BACK)
    lo = a->tok_begin - S_CLAUSE_BACK;
  for (uint32_t i = a->tok_begin; i-- > lo;) {
    const cc_token *t = &seg->tokens[i];
    if (t->kind == CC_TOK_PUNCT && !strcmp(t->norm, ";"))
      return NULL;
    uint32_t n = 0;
    const char *z = S_place_at(tm, seg, a, i, a->tok_begin, &n);
    if (!z && S_named_before(tm, seg, a, i, lo))
      return S_unknown_place;
    if (!z || !S_zone_loc(tm, seg, a->sentence, st, i))
      continue;
    bool next = true; /* only "," and "at" between the place and the time */
    for (uint32_t j = i + n; j < a->tok_begin && next; j++)
      next = !strcmp(seg->tokens[j].norm, ",") ||
             !strcmp(seg->tokens[j].norm, "at");
    if (next || (i > st->tok_begin && S_clause_start(seg, st, i - 1)))
      return z;
  }
  return NULL;
}

/* Between the halves of a pair: an opener ( / [ with commas or "or", and
 * optionally, right after the local time, a part of the day or a
 * capitalized place with a known zone and at most one more word ("11:30am
 * Anchorage time (19:30 GMT)", even when the word is not "time"), or "in"
 * and such a place ("2:30 p.m. in Mumbai (0900 GMT)").  *place_zone gets
 * that zone. */
static bool S_pair_gap(const cc_time_model *tm, const cc_segmented *seg,
                       const cc_mention *a, const cc_mention *b,
                       const char **place_zone) {
  *place_zone = NULL;
  if (b->tok_begin <= a->tok_end || b->tok_begin - a->tok_end > 4)
    return false;
  uint32_t t = a->tok_end, n = 0;
  const cc_token *pt = &seg->tokens[t];
  if ((pt->flags & CC_TF_CAP) && pt->kind == CC_TOK_WORD)
    *place_zone = cc__time_place_lookup(tm, pt->norm);
  if (*place_zone) {
    t++;
    if (t < b->tok_begin && seg->tokens[t].kind == CC_TOK_WORD)
      t++;
  } else if (pt->kind == CC_TOK_WORD && !strcmp(pt->norm, "in") &&
             (*place_zone = S_place_at(tm, seg, a, t + 1, b->tok_begin, &n))) {
    t += 1 + n; /* "2:30 p.m. in Mumbai (0900 GMT)" */
  } else if (S_day_part_word(pt) && b->tok_begin - a->tok_end <= 5) {
    t++; /* "11pm Saturday night (0400 GMT Sunday)" */
    if (t + 2 < b->tok_begin && !strcmp(seg->tokens[t].norm, "local") &&
        !strcmp(seg->tokens[t + 1].norm, "time"))
      t += 2; /* "5am Wednesday morning local time (0200 GMT)" */
  } else if (b->tok_begin - a->tok_end > 2) {
    return false;
  }
  bool opener = false;
  for (; t < b->tok_begin; t++) {
    const char *w = seg->tokens[t].norm;
    if (!strcmp(w, "(") || !strcmp(w, "/") || !strcmp(w, "["))
      opener = true;
    else if (strcmp(w, ",") != 0 && strcmp(w, "or") != 0)
      return false;
  }
  return opener;
}

/* ---- a time after its day --------------------------------------------- */

/* A mention a time alone may take its day from: one day (a part of it
 * too), with or without a time, placed on the calendar, no range. */
static bool S_day_giver(const cc_mention *a) {
  if ((a->flags & (CC_MF_RANGE | CC_MF_REF | CC_MF_UNRESOLVED)) ||
      isnan(a->lo) || a->pair >= 0)
    return false;
  if (a->type == CC_M_DATE)
    return a->gran == CC_G_DAY || a->gran == CC_G_PART_OF_DAY;
  return a->type == CC_M_DATETIME || a->type == CC_M_TIME;
}

/* A word that puts a time ahead of a past day: "was arrested on Friday
 * and will appear in court at 10am", "... and at 7pm he will speak". */
static bool S_future_word(const cc_token *t) {
  static const char *const fut[] = {"will", "shall", "'ll", "wo", "due",
                                    "expected", "scheduled", "would",
                                    "tomorrow", "later", NULL};
  if (!strchr("wsdetl'", t->norm[0]) || !t->norm[0])
    return false; /* (no first letter of theirs: most words) */
  for (const char *const *w = fut; *w; w++)
    if (!strcmp(t->norm, *w))
      return true;
  return false;
}

/* Such a word between the day and the time (tokens [b, e)), or in the
 * few words after the time up to a mark (from f). */
static bool S_future_near(const cc_segmented *seg, uint32_t b, uint32_t e,
                          uint32_t f) {
  for (uint32_t t = b; t < e; t++)
    if (S_future_word(&seg->tokens[t]))
      return true;
  for (uint32_t t = f; t < f + 4 && t < seg->ntokens; t++) {
    if (seg->tokens[t].kind == CC_TOK_PUNCT)
      break;
    if (S_future_word(&seg->tokens[t]))
      return true;
  }
  return false;
}

/* A time alone ("10pm") takes the day of the last date its sentence
 * stated before it, which the recognizer gave the document's day: "On
 * Tuesday, the polls closed at 10pm", "opened at 7am on Thursday and
 * closed at 10pm"; or of the day right after it and "on" that the
 * recognizer left apart ("at 5am on the Monday", "at 2pm on a Sunday",
 * "at 2pm (1300 GMT) on Thursday", whose bracket then takes it too).  Not past another
 * date of its sentence that names no one day ("on Friday, as in March,
 * at 10pm") or a set ("on Tuesdays from 2300 GMT"), nor past a word
 * that puts it ahead of a past day. */
static void S_carry_days(const cc_segmented *seg, const cc_recog_ctx *ctx,
                         cc_mention *ms, uint32_t n) {
  if (n < 2)
    return; /* (most sentences: none or one mention) */
  for (uint32_t k = 0; k < n; k++) {
    cc_mention *b = &ms[k];
    if (b->type != CC_M_TIME || isnan(b->lo) ||
        ((b->flags & CC_MF_RANGE) && !S_dated_range(b->value)))
      continue;
    const cc_mention *a = NULL, *c = k + 1 < n ? &ms[k + 1] : NULL;
    uint32_t on = b->tok_end;
    if (c && c->type == CC_M_TIME && k + 2 < n && c->tok_begin == on + 1 &&
        !strcmp(seg->tokens[on].norm, "(") && c->tok_end < seg->ntokens &&
        !strcmp(seg->tokens[c->tok_end].norm, ")")) {
      on = c->tok_end + 1; /* "at 2pm (1300 GMT) on Thursday": the time
                            * in brackets is its other half */
      c = &ms[k + 2];
    }
    if (c && c->type == CC_M_DATE && on + 1 < seg->ntokens &&
        !strcmp(seg->tokens[on].norm, "on") &&
        (c->tok_begin == on + 1 ||
         (c->tok_begin == on + 2 && (!strcmp(seg->tokens[on + 1].norm, "the") ||
                                     !strcmp(seg->tokens[on + 1].norm, "a"))))) {
      if (S_day_giver(c)) /* "at 5am on the Monday": that day's */
        a = c;
      else
        continue;
    }
    for (uint32_t q = k; q-- > 0 && !a;) {
      if (!cc_mtype_dated(ms[q].type) && ms[q].type != CC_M_SET)
        continue;
      if (!S_day_giver(&ms[q]))
        break; /* (a set: "on Tuesdays from 2300 GMT" is every one) */
      a = &ms[q];
    }
    if (!a)
      continue;
    int64_t ad = (int64_t)floor(a->lo / CC_DAY),
            bd = (int64_t)floor(b->lo / CC_DAY);
    if (ad == bd)
      continue;
    if (ctx && ctx->has_date && ad < ctx->doc_date &&
        S_future_near(seg, a->tok_end, b->tok_begin, b->tok_end))
      continue;
    S_shift_days(b, (int)(ad - bd));
  }
}

/* A local half with no day of its own and a UTC half that names one
 * ("8pm (0100 GMT Wednesday)"): the local half takes the day that puts
 * it 10 hours behind to 14 ahead of the UTC half, as zones are (UTC-12
 * to UTC+14 at most): here Tuesday, not the document's day or its
 * sentence's it had. */
static void S_day_from_utc(cc_mention *a, const cc_mention *b) {
  if (a->type != CC_M_TIME || b->type != CC_M_DATETIME ||
      !(b->flags & CC_MF_UTC) || (a->flags & CC_MF_RANGE) || isnan(a->lo) ||
      isnan(b->utc_lo))
    return;
  /* the most days that keep the local half at most 14 hours ahead: then
   * it is at most 10 behind, inside the window */
  double days = floor((14 * 3600.0 - (a->lo - b->utc_lo)) / (double)CC_DAY);
  if (fabs(days) <= 366)
    S_shift_days(a, (int)days);
}

/* Is the document's zone its own: its timezone field, or its place
 * field's, not one the text's places chose over the place field ("place:
 * Dublin" and "departed Dubai at 3:05 a.m.": Dubai's)?  A time said for
 * a place of no known zone may then be taken in it. */
static bool S_doc_zone_own(const cc_time_model *tm, const cc_segmented *seg,
                           const cc_recog_ctx *ctx) {
  if (!ctx || !ctx->zone)
    return false;
  if (!ctx->zone_inferred)
    return true;
  const char *place = seg->doc ? seg->doc->meta.place : "";
  const char *zp = place[0] ? cc__time_place_lookup(tm, place) : NULL;
  return zp && (zp == ctx->zone || strcmp(zp, ctx->zone) == 0);
}

void cc__time_link_pairs(const cc_time_model *tm, const cc_segmented *seg,
                         const cc_recog_ctx *ctx, cc_mention *ms, uint32_t n) {
  S_carry_days(seg, ctx, ms, n);
  for (uint32_t k = 0; k + 1 < n; k++) {
    cc_mention *a = &ms[k], *b = &ms[k + 1];
    if (!S_is_time(a) || !S_is_time(b) || a->pair >= 0 || b->pair >= 0 ||
        !(b->flags & CC_MF_ZONE_STATED) || a->sentence != b->sentence)
      continue;
    /* the second half names no zone of its own ("local time"): the pair
     * the other way round when the first names one, "03:17 UTC (9:17
     * a.m. local time)": the second is the local half, the first its
     * twin; else no pair */
    bool rev = (b->flags & CC_MF_ZONE_INFERRED) || !b->zone;
    if (rev && (!(a->flags & CC_MF_ZONE_STATED) || !(a->flags & CC_MF_UTC) ||
                (a->flags & CC_MF_ZONE_INFERRED) || !a->zone))
      continue;
    const char *place_zone;
    if (!S_pair_gap(tm, seg, a, b, &place_zone) || (rev && place_zone))
      continue;
    /* the local half l, the stated one u; the clause's place is read
     * before the first (a) either way */
    cc_mention *l = rev ? b : a, *u = rev ? a : b;
    int32_t li = (int32_t)(rev ? k + 1 : k), ui = (int32_t)(rev ? k : k + 1);
    bool own_zone = (l->flags & CC_MF_UTC) && !(l->flags & CC_MF_ZONE_INFERRED);
    bool unknown = false;
    if (!place_zone && !own_zone) {
      const char *cz = S_clause_zone(
          tm, seg, a,
          k > 0 && ms[k - 1].sentence == a->sentence ? ms[k - 1].tok_end : 0);
      if (cz == S_unknown_place)
        unknown = !S_doc_zone_own(tm, seg, ctx);
      else if (cz && (!ctx || !ctx->zone || strcmp(cz, ctx->zone) != 0))
        place_zone = cz;
    }
    if (unknown && (l->flags & CC_MF_ZONE_INFERRED)) {
      /* (the zone the document's place gave it when it was read) */
      l->flags &= ~(uint32_t)(CC_MF_UTC | CC_MF_ZONE_INFERRED |
                              CC_MF_ZONE_GIVEN);
      l->zone = NULL;
      l->utc_offset = 0;
      l->utc_lo = l->utc_hi = NAN;
    }
    S_day_from_utc(l, u);
    /* the local half without a stated zone: the place named right after
     * it, else the document's zone (none for a place of no known zone) */
    const char *zone = place_zone ? place_zone
                       : ctx && !unknown ? ctx->zone
                                         : NULL;
    bool guessed = !(l->flags & CC_MF_UTC) ||
                   (place_zone && (l->flags & CC_MF_ZONE_INFERRED));
    /* how a zone that is not the place named here came: the article's
     * timezone field, or a guess from its place */
    uint32_t how = place_zone ? CC_MF_ZONE_STATED
                   : ctx && !ctx->zone_inferred
                       ? CC_MF_ZONE_INFERRED | CC_MF_ZONE_GIVEN
                       : CC_MF_ZONE_INFERRED;
    if (guessed && zone && !isnan(l->lo)) {
      int off;
      int64_t utc;
      if (cc_tz_local_to_utc(zone, (int64_t)l->lo, &utc, &off, NULL) == 0) {
        l->flags &= ~(uint32_t)(CC_MF_ZONE_INFERRED | CC_MF_ZONE_GIVEN);
        const char *own = cc__time_zone_intern(tm, zone);
        l->zone = own ? own : zone;
        l->utc_offset = off;
        l->utc_lo = l->lo - off;
        l->utc_hi = l->hi - off;
        l->flags |= CC_MF_UTC | how;
      }
    } else if (guessed && zone && isnan(l->lo) && !l->zone) {
      /* no date: the zone's offset that day is unknown, the zone is not
       * (the zone pair check weighs every offset it keeps) */
      const char *own = cc__time_zone_intern(tm, zone);
      l->zone = own ? own : zone;
      l->flags |= how;
    }
    /* the stated half takes the day that puts it nearest the local one */
    double ref = (l->flags & CC_MF_UTC) ? l->utc_lo : l->lo;
    if ((u->flags & CC_MF_UTC) && !isnan(ref) && !isnan(u->utc_lo)) {
      /* whole days: the local half may be dated days before the article
       * ("on May 5 at 10am (0800 GMT)" published May 7) */
      double d = round((ref - u->utc_lo) / (double)CC_DAY);
      if (fabs(d) <= 366)
        S_shift_days(u, (int)d);
    }
    l->pair = ui;
    u->pair = li;
    l->flags |= CC_MF_PAIR_LOCAL;
    u->flags |= CC_MF_PAIR_UTC;
    if (!isnan(l->lo) && (u->flags & CC_MF_UTC)) {
      l->pair_offset = (int32_t)(l->lo - u->utc_lo);
    } else {
      int ta = S_tod(l), tb = S_tod(u);
      if (ta >= 0 && tb >= 0) {
        int off = ta - (tb - u->utc_offset);
        while (off > 14 * 3600)
          off -= 86400;
        while (off < -14 * 3600)
          off += 86400;
        l->pair_offset = off;
      }
    }
  }
}

/* ---- anchors
 * ------------------------------------------------------------------ */

/* Is the anchor coarser than the shift's unit ("In 2018 ...  Eight months
 * later", "In March ... The next day")?  Then no one day of the anchor is
 * the one counted from. */
static bool S_anchor_coarse(const cc_mention *a, int unit) {
  static const uint8_t ugran[4] = {CC_G_YEAR, CC_G_MONTH, CC_G_WEEK,
                                   CC_G_DAY};
  return unit >= 0 && unit <= 3 && a->gran >= CC_G_DECADE &&
         a->gran < ugran[unit] && !isnan(a->hi) && a->hi > a->lo;
}

/* A year as cc__time_tv_value writes one: four digits, a sign before BC ones
 * (b: 8 bytes; years past four digits are cut to them). */
static void S_year_fmt(char b[8], int y) {
  int a = (y < 0 ? -y : y) % 10000;
  snprintf(b, 8, y < 0 ? "-%04d" : "%04d", a);
}

/* The anchor's whole span moved by the shift: eight months after 2018 is
 * somewhere from September 2018 to August 2019, never 2018 alone (which
 * the coarser-of-the-two rule below would give: a year that may be
 * wrong).  Written as a range of the unit's precision, "2018-09/2019-08"
 * or "2017-12-31/2018-12-30"; a range, so it anchors nothing after it. */
static void S_anchor_span(cc_mention *m, const cc_mention *a, int64_t base,
                          int unit, int sign, double n, int32_t aidx) {
  int64_t last = (int64_t)ceil(a->hi / CC_DAY) - 1; /* inclusive */
  int64_t lo = cc__time_shift_day(base, unit, sign, n);
  int64_t hi = cc__time_shift_day(last + 1, unit, sign, n); /* exclusive */
  if (hi <= lo)
    hi = lo + 1;
  cc_ymd x = cc_civil_from_days(lo), y = cc_civil_from_days(hi - 1);
  char xy[8], yy[8];
  S_year_fmt(xy, x.y);
  S_year_fmt(yy, y.y);
  /* a stated range of months or days moved by years keeps its precision:
   * "a year before" the last three months of 2004 is 2003-10/2003-12 */
  if ((a->flags & CC_MF_RANGE) && a->gran == CC_G_MONTH && unit == 0)
    unit = 1;
  else if ((a->flags & CC_MF_RANGE) && a->gran == CC_G_DAY && unit < 3)
    unit = 3;
  if (unit == 0)
    snprintf(m->value, sizeof m->value, "%s/%s", xy, yy);
  else if (unit == 1)
    snprintf(m->value, sizeof m->value, "%s-%02d/%s-%02d", xy, x.m, yy, y.m);
  else
    snprintf(m->value, sizeof m->value, "%s-%02d-%02d/%s-%02d-%02d", xy, x.m,
             x.d, yy, y.m, y.d);
  m->lo = (double)(lo * CC_DAY);
  m->hi = (double)(hi * CC_DAY);
  m->gran = unit == 0 ? CC_G_YEAR : unit == 1 ? CC_G_MONTH : CC_G_DAY;
  m->flags &= ~(uint32_t)CC_MF_UNRESOLVED;
  m->flags |= CC_MF_RANGE;
  m->anchor = CC_ANCHOR_MENTION;
  m->anchor_mention = aidx;
  m->anchor_days = base;
}

/* The part of the day or weekend sense of word w ("evening", "weekend"),
 * or NULL. */
static const S_sense *S_part_sense(const cc_time_model *tm, const char *w) {
  S_entry *e = NULL;
  HASH_FIND_STR(tm->words, w, e);
  for (const S_sense *p = e ? e->senses : NULL; p; p = p->next)
    if ((p->kind == S_K_POD || p->kind == S_K_WEEKEND) && p->s)
      return p;
  return NULL;
}

/* m is the part (a part of the day's sense) of day, or the weekend of
 * its week, counted from the anchor a. */
static void S_part_resolve(cc_mention *m, const cc_mention *a, int32_t aidx,
                           const S_sense *part, int64_t day) {
  S_tv tv;
  S_tv_init(&tv);
  tv.type = CC_M_DATE;
  if (part->kind == S_K_POD) {
    S_set_day(&tv, day);
    tv.gran = CC_G_PART_OF_DAY;
    tv.a = part->a;
    tv.b = part->b;
  } else {
    S_set_week(&tv, day);
    tv.gran = CC_G_WEEK;
  }
  tv.code = part->s;
  cc__time_tv_value(&tv, m->value, sizeof m->value);
  int64_t lo, hi;
  if (cc__time_tv_days(&tv, &lo, &hi)) {
    m->lo = (double)(lo * CC_DAY);
    m->hi = (double)(hi * CC_DAY);
    if (part->kind == S_K_POD) { /* its hours, as a stated one's */
      m->hi = m->lo + part->b * 3600.0;
      m->lo += part->a * 3600.0;
    }
  }
  m->gran = tv.gran;
  m->flags &= ~(uint32_t)CC_MF_UNRESOLVED;
  m->anchor = CC_ANCHOR_MENTION;
  m->anchor_mention = aidx;
  m->anchor_days = (int64_t)floor(a->lo / CC_DAY);
}

/* "Twenty minutes later", "two hours earlier" after a time of day ("at
 * 22:10 on Saturday"): that instant moved by the count, a datetime as
 * precise as the finer of the anchor and the unit (to the minute), in the
 * anchor's zone, when the time is in its sentence or the one before; past
 * midnight it is the next day's (the anchor's day, which the caller
 * gives otherwise, would be the wrong one).  unit 4, 5, 6:
 * hours, minutes, seconds.  False when the anchor has no time of day. */
static bool S_clock_shift(cc_mention *m, const cc_mention *a, int32_t aidx,
                          int unit, int sign, double n) {
  if ((a->type != CC_M_DATETIME && a->type != CC_M_TIME) ||
      a->gran < CC_G_HOUR || (a->flags & CC_MF_RANGE) ||
      m->sentence > a->sentence + 1)
    return false; /* (a time further back: events between may be the ones
                   * counted from, "kick-off at 3pm ... in the 20th
                   * minute ... two minutes later"; its day stays) */
  static const double secs[3] = {3600.0, 60.0, 1.0};
  static const uint8_t ugran[3] = {CC_G_HOUR, CC_G_MINUTE, CC_G_MINUTE};
  double shift = sign * n * secs[unit - 4];
  double t = floor((a->lo + shift) / 60.0) * 60.0; /* (whole minutes) */
  int64_t day = (int64_t)floor(t / CC_DAY);
  int sod = (int)(t - (double)day * CC_DAY);
  cc_ymd d = cc_civil_from_days(day);
  char y[8];
  S_year_fmt(y, d.y);
  snprintf(m->value, sizeof m->value, "%s-%02d-%02dT%02d:%02d", y, d.m, d.d,
           sod / 3600, sod / 60 % 60);
  m->type = CC_M_DATETIME;
  m->gran = a->gran > ugran[unit - 4] ? a->gran : ugran[unit - 4];
  if (m->gran > CC_G_MINUTE)
    m->gran = CC_G_MINUTE;
  m->lo = t;
  m->hi = t + 60.0;
  uint32_t zf = CC_MF_UTC | CC_MF_ZONE_STATED | CC_MF_ZONE_INFERRED |
                CC_MF_ZONE_GIVEN | CC_MF_ZONE_FIXED;
  m->flags = (m->flags & ~(uint32_t)CC_MF_UNRESOLVED) | (a->flags & zf);
  m->zone = a->zone;
  m->utc_offset = a->utc_offset;
  m->utc_lo = m->lo - a->lo + a->utc_lo;
  m->utc_hi = m->utc_lo + 60.0;
  m->anchor = CC_ANCHOR_MENTION;
  m->anchor_mention = aidx;
  m->anchor_days = (int64_t)floor(a->lo / CC_DAY);
  return true;
}

/* "48 hours later", "36 hours earlier" after a day: the day or two days
 * the count reaches (a range of two where it is no whole number of days);
 * counts under a day stay on the anchor's day (by the caller: what news
 * means by "two hours later" after a day is nearly always that day).  False
 * for those. */
static bool S_clock_days(cc_mention *m, const cc_mention *a, int32_t aidx,
                         int unit, int sign, double n) {
  double h = n * (unit == 4 ? 1.0 : unit == 5 ? 1.0 / 60 : 1.0 / 3600);
  if (h < 24.0 || a->gran != CC_G_DAY || (a->flags & CC_MF_RANGE))
    return false;
  int64_t base = (int64_t)floor(a->lo / CC_DAY);
  int64_t lo = base + sign * (int64_t)(sign > 0 ? floor(h / 24) : ceil(h / 24));
  int64_t hi = lo + (h == 24.0 * floor(h / 24) ? 1 : 2); /* exclusive */
  cc_ymd x = cc_civil_from_days(lo), z = cc_civil_from_days(hi - 1);
  char xy[8], zy[8];
  S_year_fmt(xy, x.y);
  S_year_fmt(zy, z.y);
  if (hi - lo == 1)
    snprintf(m->value, sizeof m->value, "%s-%02d-%02d", xy, x.m, x.d);
  else {
    snprintf(m->value, sizeof m->value, "%s-%02d-%02d/%s-%02d-%02d", xy, x.m,
             x.d, zy, z.m, z.d);
    m->flags |= CC_MF_RANGE;
  }
  m->type = CC_M_DATE;
  m->gran = CC_G_DAY;
  m->lo = (double)(lo * CC_DAY);
  m->hi = (double)(hi * CC_DAY);
  m->flags &= ~(uint32_t)CC_MF_UNRESOLVED;
  m->anchor = CC_ANCHOR_MENTION;
  m->anchor_mention = aidx;
  m->anchor_days = base;
  return true;
}

void cc__time_resolve_anchor(const cc_time_model *tm, cc_mention *m,
                             const cc_mention *a, int32_t aidx) {
  (void)tm;
  const char *v = m->value;
  if (!(m->flags & CC_MF_UNRESOLVED) || (v[0] != '+' && v[0] != '-'))
    return;
  int sign = v[0] == '-' ? -1 : 1;
  const char *p = v + 2; /* after the sign and 'P' */
  bool t = *p == 'T';
  if (t)
    p++;
  char *q;
  double n = strtod(p, &q);
  int unit = *q == 'Y'   ? 0
             : *q == 'M' ? (t ? 5 : 1)
             : *q == 'W' ? 2
             : *q == 'D' ? 3
             : *q == 'H' ? 4
                         : 6;
  S_tv tv;
  S_tv_init(&tv);
  tv.type = CC_M_DATE;
  tv.gran = m->gran;
  /* "the next morning" ("+P1Dmorning"), "that weekend": the part of the
   * day or the weekend of the day counted to */
  const S_sense *part = *q && q[1] ? S_part_sense(tm, q + 1) : NULL;
  /* "the same day" (no offset) is a date the text has just stated: in
   * its sentence or the one before, else one it does not date ("one day
   * after he insisted ...  On that same day") */
  if (n == 0 && a && m->sentence > a->sentence + 1)
    a = NULL;
  if (a && part && a->gran < (part->kind == S_K_POD ? CC_G_DAY : CC_G_WEEK))
    a = NULL; /* "In March ... that evening": no one day's */
  if (!a || isnan(a->lo)) { /* nothing to count from: an open value */
    m->lo = m->hi = NAN;
    const char *open = m->gran <= CC_G_YEAR   ? "XXXX"
                       : m->gran == CC_G_WEEK ? "XXXX-WXX"
                       : m->gran < CC_G_WEEK  ? "XXXX-XX"
                                              : "XXXX-XX-XX";
    cc__time_cat3(m->value, sizeof m->value, open,
                  !part ? "" : part->kind == S_K_POD ? "T" : "-",
                  part ? part->s : "");
    return;
  }
  if (part) {
    S_part_resolve(m, a, aidx, part,
                   cc__time_shift_day((int64_t)floor(a->lo / CC_DAY), unit,
                                      sign, n));
    return;
  }
  if (unit >= 4 && (S_clock_shift(m, a, aidx, unit, sign, n) ||
                    S_clock_days(m, a, aidx, unit, sign, n)))
    return;
  int64_t base = (int64_t)floor(a->lo / CC_DAY);
  if (unit == 0 && n != floor(n)) { /* "a year and a half": months */
    unit = 1;
    n *= 12;
  }
  /* as precise as the unit counted: "half a year later" comes as +P6M
   * with the precision of "year" */
  if (unit == 1 && m->gran < CC_G_MONTH)
    m->gran = CC_G_MONTH;
  if (S_anchor_coarse(a, unit) || ((a->flags & CC_MF_RANGE) && unit <= 3)) {
    S_anchor_span(m, a, base, unit, sign, n, aidx);
    return;
  }
  int64_t day = cc__time_shift_day(base, unit, sign, n);
  /* as precise as the coarser of the anchor and the unit */
  uint8_t g = m->gran;
  if (a->gran < g && a->gran >= CC_G_YEAR)
    g = a->gran;
  if (g < CC_G_YEAR)
    g = CC_G_YEAR;
  if (g > CC_G_DAY || g == CC_G_QUARTER || g == CC_G_SEASON || g == CC_G_HALF)
    g = g > CC_G_DAY ? CC_G_DAY : CC_G_MONTH;
  if (g == CC_G_WEEK)
    S_set_week(&tv, day);
  else
    S_set_day(&tv, day);
  tv.gran = g;
  cc__time_tv_value(&tv, m->value, sizeof m->value);
  int64_t lo, hi;
  if (cc__time_tv_days(&tv, &lo, &hi)) {
    m->lo = (double)(lo * CC_DAY);
    m->hi = (double)(hi * CC_DAY);
    tv.qual = m->qual; /* "at the end of the following month": its part */
    cc__time_narrow(&tv, &m->lo, &m->hi);
  }
  m->gran = g;
  m->flags &= ~(uint32_t)CC_MF_UNRESOLVED;
  m->anchor = CC_ANCHOR_MENTION;
  m->anchor_mention = aidx;
  m->anchor_days = base;
}

/* ---- places ------------------------------------------------------------- */

/* cc__time_phrase finds no place at token i: its word has no entry with a place
 * sense in its kinds or pkinds (cc__time_phrase's first test), known by its id
 * in the shared table (places: tm->places when the ids are tm->vocab's,
 * else NULL: not known); a word of no id there (id 0: most names) or of
 * one added later (from nids up) is no key that had an id when the model
 * was made, so it may be only one of the others, all in the filter. */
static inline bool S_no_place(const cc_time_model *tm,
                              const cc_segmented *seg, uint32_t i,
                              const uint16_t *places) {
  const cc_token *t = &seg->tokens[i];
  if (!places)
    return false;
  if (t->id && t->id < tm->nids)
    return !places[t->id];
  return !cc_wf_may(tm->wf_places, t->norm, t->norm_len);
}

typedef struct S_zc {
  const char *zone;
  unsigned city, loc, all, first; /* city: loc, naming no country */
  UT_hash_handle hh;
} S_zc;

/* The zones a text names and their counts: the first S_ZC_FEW in few
 * (a text names one or two zones mostly: found by a look at each, with
 * no allocation), any more in the table more. */
#define S_ZC_FEW 16
typedef struct S_zcs {
  S_zc few[S_ZC_FEW];
  unsigned nfew, order;
  S_zc *more;
} S_zcs;

/* Count the place p (its zone p->s) in z; loc: it is used as where the
 * story is (after a preposition, opening a paragraph or the text). */
static void S_zc_count(S_zcs *z, const S_sense *p, bool loc) {
  S_zc *e = NULL;
  for (unsigned k = 0; k < z->nfew && !e; k++)
    if (z->few[k].zone == p->s)
      e = &z->few[k];
  if (!e && z->more)
    HASH_FIND_PTR(z->more, &p->s, e);
  if (!e) {
    if (z->nfew < S_ZC_FEW) {
      e = &z->few[z->nfew++];
      memset(e, 0, sizeof *e);
      e->zone = p->s;
    } else {
      e = cc_xcalloc(1, sizeof *e);
      e->zone = p->s;
      HASH_ADD_PTR(z->more, zone, e);
    }
    e->first = z->order++;
  }
  e->all++;
  if (loc) {
    e->loc++;
    e->city += !p->flag;
  }
}

/* e ranks before the best so far (b; NULL: none): a city where it
 * happens, then places so used, then all uses, then the first named
 * (unique, so the order the zones are read in does not matter). */
static bool S_zc_before(const S_zc *e, const S_zc *b) {
  return !b                 ? true
         : e->city != b->city ? e->city > b->city
         : e->loc != b->loc   ? e->loc > b->loc
         : e->all != b->all   ? e->all > b->all
                              : e->first < b->first;
}

/* The zone z ranks first (z's table freed). */
static const char *S_zc_best(S_zcs *z) {
  const S_zc *best = NULL;
  for (unsigned k = 0; k < z->nfew; k++)
    if (S_zc_before(&z->few[k], best))
      best = &z->few[k];
  S_zc *e, *tmp;
  const char *bz = best ? best->zone : NULL;
  S_zc keep = best ? *best : (S_zc){0};
  HASH_ITER(hh, z->more, e, tmp) {
    if (S_zc_before(e, bz ? &keep : NULL)) {
      keep = *e;
      bz = e->zone;
    }
    HASH_DEL(z->more, e);
    cc_xfree(e);
  }
  return bz;
}

/* The place at token i of sentence s (st), or NULL; *n its tokens. */
static const S_sense *S_zone_place(const cc_time_model *tm,
                                   const cc_segmented *seg,
                                   const cc_sentence *st, uint32_t i,
                                   const uint16_t *places, uint32_t *n) {
  S_cur c = {tm, NULL, seg, seg->tokens, NULL, st->tok_begin,
             st->tok_end, 0, NULL, NULL, NULL, 0};
  if (S_no_place(tm, seg, i, places)) {
#ifdef CC_RECOG_CHECK_INERT
    uint32_t n2 = 0;
    if (cc__time_phrase(&c, i, S_M(S_K_PLACE), &n2)) {
      fprintf(stderr, "recog: a place at \"%s\" missed\n",
              seg->tokens[i].norm);
      abort();
    }
#endif
    return NULL;
  }
  const S_sense *p = cc__time_phrase(&c, i, S_M(S_K_PLACE), n);
#ifdef CC_RECOG_CHECK_INERT
  uint32_t n2 = 0;
  if (!p && cc__time_phrase(&c, i, S_M(S_K_PLACE), &n2)) {
    fprintf(stderr, "recog: a place at \"%s\" missed\n", seg->tokens[i].norm);
    abort();
  }
#endif
  return p;
}

/* The place at i (of sentence s, st) is used as where the story is:
 * after a preposition, or opening a paragraph (a dateline) or the text. */
static bool S_zone_loc(const cc_time_model *tm, const cc_segmented *seg,
                       uint32_t s, const cc_sentence *st, uint32_t i) {
  if (i == st->tok_begin)
    return s == 0 || seg->sentences[s - 1].para != st->para;
  S_cur c = {tm, NULL, seg, seg->tokens, NULL, st->tok_begin,
             st->tok_end, 0, NULL, NULL, NULL, 0};
  return S_word1(&c, i - 1, S_K_PREP) != NULL;
}

/* The first token from i on (below n) marked capitalized, or n: four
 * tokens a step where four are left, each a test and a branch (the zone's
 * walk passes over most tokens here). */
static inline uint32_t S_next_cap(const cc_token *t, uint32_t i,
                                  uint32_t n) {
  if (i >= n)
    return n; /* (a text of no tokens has no array: t may be NULL) */
  const cc_token *p = t + i, *e = t + n;
  for (; e - p >= 4; p += 4) {
    if (p[0].flags & CC_TF_CAP)
      return (uint32_t)(p - t);
    if (p[1].flags & CC_TF_CAP)
      return (uint32_t)(p - t) + 1;
    if (p[2].flags & CC_TF_CAP)
      return (uint32_t)(p - t) + 2;
    if (p[3].flags & CC_TF_CAP)
      return (uint32_t)(p - t) + 3;
  }
  while (p < e && !(p->flags & CC_TF_CAP))
    p++;
  return (uint32_t)(p - t);
}

#ifdef CC_RECOG_CHECK_INERT
/* cc__time_text_zone's walk as it was, sentence by sentence over every
 * token: the inert build compares its answer with the capitals' walk. */
static const char *S_text_zone_every(const cc_time_model *tm,
                                     const cc_segmented *seg) {
  S_zcs z;
  z.nfew = z.order = 0;
  z.more = NULL;
  const uint16_t *places =
      tm->places && seg->vocab == tm->vocab ? tm->places : NULL;
  for (uint32_t s = 0; s < seg->nsentences; s++) {
    const cc_sentence *st = &seg->sentences[s];
    for (uint32_t i = st->tok_begin; i < st->tok_end;) {
      uint32_t n = 0;
      const S_sense *p = (seg->tokens[i].flags & CC_TF_CAP)
                             ? S_zone_place(tm, seg, st, i, places, &n)
                             : NULL;
      if (!p) {
        i++;
        continue;
      }
      S_zc_count(&z, p, S_zone_loc(tm, seg, s, st, i));
      i += n;
    }
  }
  return S_zc_best(&z);
}
#endif

const char *cc__time_text_zone(const cc_time_model *tm,
                               const cc_segmented *seg) {
  return cc__time_text_zone_has(tm, seg, NULL, NULL);
}

const char *cc__time_text_zone_has(const cc_time_model *tm,
                                   const cc_segmented *seg, const char *want,
                                   bool *has) {
  if (has)
    *has = false;
  /* Places count when capitalized; a place after a preposition ("in
   * Anchorage", "from Helsinki") or opening a paragraph (a dateline) is
   * where the story is, one in any other role ("Russia said") only breaks
   * the tie when no place is used that way.  A city so placed outranks a
   * country ("leaders of Kenya and Indonesia met in Jakarta"): countries
   * are named as the sides of a story more often than as its place.
   * Only capitals are read: the walk goes over the document's tokens in
   * one run, testing a flag, and finds a capital's sentence by moving on
   * from the last one's (sentences are in order and apart); a place's
   * tokens after its first are passed over, as the walk by sentence
   * did. */
  S_zcs z;
  z.nfew = z.order = 0;
  z.more = NULL;
  const uint16_t *places =
      tm->places && seg->vocab == tm->vocab ? tm->places : NULL;
  const cc_token *toks = seg->tokens;
  uint32_t nt = seg->ntokens, ns = seg->nsentences, s = 0;
  for (uint32_t i = 0; (i = S_next_cap(toks, i, nt)) < nt; i++) {
    /* most capitals begin no place: known by the word's id (S_zone_place
     * asks again; the inert build's walk by sentence checks the answer) */
    if (S_no_place(tm, seg, i, places))
      continue;
    while (s < ns && seg->sentences[s].tok_end <= i)
      s++;
    if (s == ns)
      break;
    const cc_sentence *st = &seg->sentences[s];
    if (i < st->tok_begin) /* between sentences: read by none */
      continue;
    /* a word that begins no longer place key here: its place sense by
     * its id */
    uint32_t n = 1, id = toks[i].id;
    unsigned v = places && id && id < tm->nids ? places[id] : 0;
    const S_sense *p = NULL;
    if (v >= 2) {
      S_cur c = {tm, NULL, seg, toks, NULL, st->tok_begin,
                 st->tok_end, 0, NULL, NULL, NULL, 0};
      if (v == S_PLACE_LONGER) {
        if (cc__time_no_place_key(&c, i)) {
#ifdef CC_RECOG_CHECK_INERT
          uint32_t n3 = 0;
          if (S_zone_place(tm, seg, st, i, places, &n3)) {
            fprintf(stderr, "recog: a longer place at \"%s\" missed\n",
                    toks[i].norm);
            abort();
          }
#endif
          continue;
        }
      } else if (!(v & S_PLACE1_ASK) || cc__time_no_place_key(&c, i)) {
        p = tm->place1[(v & ~S_PLACE1_ASK) - 2];
      }
    }
#ifdef CC_RECOG_CHECK_INERT
    uint32_t n2 = 0;
    if (p && (S_zone_place(tm, seg, st, i, places, &n2) != p || n2 != 1)) {
      fprintf(stderr, "recog: the place of id at \"%s\" differs\n",
              toks[i].norm);
      abort();
    }
#endif
    if (!p && !(p = S_zone_place(tm, seg, st, i, places, &n)))
      continue;
    if (want && has && (p->s == want || !strcmp(p->s, want))) {
      *has = true; /* the answer: the rest of the walk changes nothing */
      S_zc_best(&z); /* (frees) */
      return want;
    }
    S_zc_count(&z, p, S_zone_loc(tm, seg, s, st, i));
    i += n - 1; /* n >= 1; the loop adds the last */
  }
  const char *best = S_zc_best(&z);
#ifdef CC_RECOG_CHECK_INERT
  if (best != S_text_zone_every(tm, seg)) {
    fprintf(stderr, "recog: the text's zone differs\n");
    abort();
  }
#endif
  return best;
}

/* cc__time_place_lookup's answers kept per thread by the place's text
 * (direct-mapped by its hash) and the model's serial (never given twice:
 * a freed model's strings are not read): a corpus names the same few
 * places in its documents' front matter, and each answer cost a
 * normalized copy on the heap and a table lookup. */
#define S_PLACE_SLOTS 64u /* a power of two */
typedef struct S_place_slot {
  uint64_t serial; /* 0: empty */
  const char *zone;
  char place[96]; /* the text asked (shorter than this) */
} S_place_slot;
static _Thread_local S_place_slot S_place_kept[S_PLACE_SLOTS];

static const char *S_place_lookup(const cc_time_model *tm,
                                  const char *place);

const char *cc__time_place_lookup(const cc_time_model *tm, const char *place) {
  size_t n = strlen(place);
  if (n >= sizeof S_place_kept[0].place)
    return S_place_lookup(tm, place);
  uint32_t h = 2166136261u;
  for (size_t k = 0; k < n; k++)
    h = (h ^ (unsigned char)place[k]) * 16777619u;
  S_place_slot *sl =
      &S_place_kept[(h * 0x9E3779B9u) >> 26 & (S_PLACE_SLOTS - 1)];
  if (sl->serial == tm->serial && memcmp(sl->place, place, n + 1) == 0) {
#ifdef CC_RECOG_CHECK_INERT
    if (sl->zone != S_place_lookup(tm, place)) {
      fprintf(stderr, "recog: the kept zone of place \"%s\" differs\n",
              place);
      abort();
    }
#endif
    return sl->zone;
  }
  const char *z = S_place_lookup(tm, place);
  sl->serial = tm->serial;
  sl->zone = z;
  memcpy(sl->place, place, n + 1);
  return z;
}

/* The zone of the place named place (its normalized text's place sense),
 * or NULL. */
static const char *S_place_lookup(const cc_time_model *tm,
                                  const char *place) {
  cc_buf b = CC_BUF_INIT;
  cc_lex_normalize(place, strlen(place), &b);
  S_entry *e = NULL;
  HASH_FIND_STR(tm->words, b.ptr ? b.ptr : "", e);
  cc_buf_free(&b);
  for (const S_sense *s = e ? e->senses : NULL; s; s = s->next)
    if (s->kind == S_K_PLACE)
      return s->s;
  return NULL;
}

/* The thread's last answer of cc__time_zone_intern and the model it is
 * of (by serial, never given twice: a freed model's strings are not
 * read): a story's times ask for the same zone again and again. */
static _Thread_local struct {
  uint64_t serial;
  const char *s;
} S_zone_last;

const char *cc__time_zone_intern(const cc_time_model *tm, const char *zone) {
  S_str *e = NULL;
  if (!zone)
    return NULL;
  /* a text equal to the last answer's has it as its answer (the table's
   * keys are unique) */
  if (S_zone_last.serial == tm->serial && strcmp(zone, S_zone_last.s) == 0)
    return S_zone_last.s;
  HASH_FIND_STR(tm->strings, zone, e);
  if (!e)
    return NULL;
  S_zone_last.serial = tm->serial;
  S_zone_last.s = e->s;
  return e->s;
}
