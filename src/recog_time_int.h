/* recog_time_int.h - internals shared by the temporal recognizers, which
 * are split over these files (the module comment is recog_time.c's).  Not
 * installed.
 *
 *   recog_time.c        cc__time_mention: the quick refusals (a token where
 *                       no parser can start) and every parser at a token,
 *                       the longest match kept; the driver's word classes
 *   recog_time_load.c   the model: loading the lexicon's tables into one
 *                       hash of words and their senses, the indexes built
 *                       after loading, cc__time_model_new/_free
 *   recog_time_memo.c   reading the tables at a token: cc__time_phrase,
 *                       the sentence memo (entries, keys, scans),
 *                       the keys and joins kept per thread, the driver's
 *                       table lookups (cc__time_join_starts, _trigger)
 *   recog_time_value.c  the value being built made a TIMEX3 value and an
 *                       interval (cc__time_finish), tense and the year of
 *                       a date without one, holidays' dates
 *   recog_time_clock.c  zones, clock times, time ranges ("from 9am to
 *                       5pm"), a time with its date ("7pm on Friday")
 *   recog_time_date.c   calendar dates (month-led, day-led, numeric, years,
 *                       decades, quarters, seasons, holidays) and relative
 *                       ones (weekdays, shifts, "the day after tomorrow")
 *   recog_time_dur.c    durations, offsets ("three days later"), sets,
 *                       references ("now") and modifiers ("early June",
 *                       "about", "the same day")
 *   recog_time_range.c  the date parsers' dispatch (cc__time_p_date_core),
 *                       a date with its time (cc__time_attach), ranges of
 *                       dates and of datetimes
 *   recog_time_pair.c   after the mentions: local/UTC pairs, anchored
 *                       offsets, the zone a text's places name
 *
 * Names: the types, macros and small helpers below keep the S_ names they
 * had in one file (static: each file has its own copy); a function one
 * file defines for the others is cc__time_*, declared below by file. */
#ifndef CC_RECOG_TIME_INT_H
#define CC_RECOG_TIME_INT_H

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* The tables of these files are private to them and asked once or more
 * per token; keys are short words, where FNV-1a costs a fraction of
 * uthash's default (Jenkins).  Iteration order (insertion order) does
 * not depend on the hash. */
#define HASH_FUNCTION(keyptr, keylen, hashv) HASH_FNV(keyptr, keylen, hashv)
#include <uthash.h>

#include "cc_time.h"
#include "cc_tz.h"
#include "cc_vocab.h"
#include "recog_int.h"

/* ---- the model ---------------------------------------------------------- */

typedef enum S_kind {
  S_K_MONTH,
  S_K_WEEKDAY,
  S_K_UNIT,
  S_K_ZONE,
  S_K_PLACE,
  S_K_HOLIDAY,
  S_K_QUAL,
  S_K_POD,
  S_K_CLOCK,
  S_K_SEASON,
  S_K_DAYREL,
  S_K_REF,
  S_K_SHIFT,
  S_K_MOD,
  S_K_INPART,
  S_K_OFFSET,
  S_K_DECADE,
  S_K_SET,
  S_K_EVERY,
  S_K_WEEKEND,
  S_K_AMPM,
  S_K_OCLOCK,
  S_K_ERA,
  S_K_TENSE,
  S_K_PREP,
  S_K_FREQ,
  S_K_VAGUE,
  S_K_FISCAL,
  S_K_FILLER,
  S_K_WHOLE,
  S_K_ODDS,
  S_K_CHANGE,
  S_K_REST,   /* "the rest of the year" */
  S_K_SAME,   /* "same day": the period of the last date stated */
  S_K_PREFIX, /* first word of a multi-word key: a trigger only */
  S_K__COUNT
} S_kind;

_Static_assert(S_K__COUNT <= 64, "sense kinds must fit a 64-bit mask");

#define S_M(k) ((uint64_t)1 << (k)) /* S_K__COUNT <= 64 */

typedef struct S_sense {
  uint8_t kind;
  uint8_t strict; /* months/weekdays/zones: see the CSV headers */
  uint8_t flag;   /* weekday: plural; zone: fixed offset; offset: from doc */
  int32_t v, a, b;
  const char *s; /* zone name, TIMEX3 code, holiday rule, unit designator */
  struct S_sense *next;
} S_sense;

typedef struct cc__time_word {
  const char *key;
  S_sense *senses;
  bool prefix; /* the first token of a longer key */
  uint8_t trig; /* cc__time_trigger's answer for the word alone: 1 or 2 */
  uint64_t kinds; /* S_M() of every sense's kind: most asks fail on it */
  uint64_t pkinds; /* the kinds of the longer keys that begin with its
                    * bytes: every key cc__time_phrase joins past its token */
  UT_hash_handle hh;
} S_entry;

typedef struct S_str {
  const char *s;
  bool zone_ok; /* s passed cc_tz_valid (S_valid_zone) */
  bool country; /* s is a country of nations.csv (S_load_national) */
  bool amount;  /* s is a verb of an amount's change (temporal.csv kind
                 * amount: cc__time_amount_verb) */
  bool calendar; /* s is a present verb of the calendar (temporal.csv kind
                  * calendar: cc__time_calendar_verb) */
  UT_hash_handle hh;
} S_str;

/* A set of strings (cc_time_model's prefixes and starts): open addressing
 * (at most half full), each item by its FNV-1a hash (HASH_FNV's, as the
 * readers make it a token at a time: S_sset_fnv), its length and its
 * bytes, kept elsewhere (an entry's key, of which an item is the first
 * len bytes: not NUL-terminated).  Some 11,000 prefixes at start-up: a
 * uthash item each (and its copy of the bytes) cost twice the
 * instructions and three times the memory. */
typedef struct S_sslot {
  const char *s; /* NULL: empty */
  uint32_t hv, len;
} S_sslot;
typedef struct S_sset {
  S_sslot *slots;
  uint32_t mask, n; /* (mask + 1 slots; none while n is 0) */
} S_sset;

static inline uint32_t S_sset_fnv(uint32_t h, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t k = 0; k < n; k++)
    h = (h ^ p[k]) * 16777619u;
  return h;
}
#define S_SSET_FNV0 2166136261u /* S_sset_fnv's start */

/* Is s[0..n) (hash hv) in set? */
static inline bool S_sset_has(const S_sset *set, const char *s, size_t n,
                              uint32_t hv) {
  if (!set->n)
    return false;
  for (uint32_t k = hv & set->mask;; k = (k + 1) & set->mask) {
    const S_sslot *x = &set->slots[k];
    if (!x->s)
      return false;
    if (x->hv == hv && x->len == n && memcmp(x->s, s, n) == 0)
      return true;
  }
}

/* A country's own day of a holiday's name (national_days.csv), and the
 * country of a nation's name or adjective (nations.csv): "India's
 * Independence Day" is 15 August, not the US's 4 July. */
typedef struct S_natday {
  const char *key; /* "independence day\x1findia"; a name alone: any */
  const struct S_sense *sense; /* NULL for a name alone */
  UT_hash_handle hh;
} S_natday;

typedef struct S_nation {
  const char *name, *country;
  UT_hash_handle hh;
} S_nation;

#define S_PLACE1_ASK 0x8000u /* cc_time_model places: see place1 */
/* cc_time_model places: the word's entry has no place sense, only longer
 * keys that begin with it have (cc__time_no_place_key: none begins here, no
 * place) */
#define S_PLACE_LONGER (S_PLACE1_ASK | 1u)

struct cc_time_model {
  cc_arena *arena; /* every key, sense and string */
  S_entry *words;
  S_str *strings; /* interned zone names and codes */
  S_sset prefixes; /* every proper prefix of every key, for cc__time_phrase */
  S_sset starts;   /* every key of a start kind and its prefixes */
  int max_words;
  int max_tokens;          /* the most tokens a key can span */
  const cc_unit_model *um; /* borrowed (cc__time_model_set_units) */
  /* quick "not a key" for the tables asked on the hot path */
  cc_wfilter *wf_words, *wf_starts, *wf_prefixes;
  cc_wfilter *wf_lits; /* cc__time_literals and cc__time_first_words (S_lit) */
  cc_wfilter *wf_firsts; /* cc__time_first_words alone (S_lit of that list) */
  const S_sense *pods[16]; /* the first part-of-day row of each code */
  int npods;
  /* cc__time_join_starts by word id (S_jshort_build): the word table the
   * model was loaded with, its ids then (1..nids-1), and an open-
   * addressing set (jmask + 1 slots, 0 empty) of S_jkey(a, sp, r) for
   * every word a of those ids and text r of 1 or 2 bytes such that a, a
   * space when sp, then r is in starts */
  const cc_vocab *vocab;
  uint32_t nids;
  uint64_t *jkeys;
  uint32_t jmask;
  /* cc__time_join_starts' answers kept by the pair's ids (S_jpair_key,
   * S_JPAIRS entries, 0 empty): with vocab, NULL without */
  _Atomic uint64_t *jpairs;
  /* this model's number among those made in the process (1, 2, ...):
   * a thread's kept phrase keys (S_pk) name the model they are of */
  uint64_t serial;
  /* some word with a unit sense begins with a byte that is no ASCII
   * letter (cc__time_num_unit: else a suffix that does is none) */
  bool unit_odd;
  /* some word entry's key begins with a digit (else a number token, which
   * does, has no entry: S_scan_num) */
  bool num_keys;
  /* places[id] (ids below nids, with vocab): not 0 when the word of
   * that id has an entry with a place sense in its kinds or in the keys
   * it begins (pkinds); 0: cc__time_phrase finds no place at a token of that id
   * (S_place_ids, for cc__time_text_zone); wf_places: the filter of
   * those entries' keys that had no id (below nids) */
  uint16_t *places;
  cc_wfilter *wf_places;
  /* places[id] >= 2: cc__time_phrase's place at a word of that id alone is
   * place1[(places[id] & ~S_PLACE1_ASK) - 2], its entry's first place
   * sense, and it is cc__time_phrase's answer there unless with S_PLACE1_ASK a
   * longer place key begins at the token (cc__time_no_place_key: the entry
   * begins longer keys and some have a place sense, pkinds), but for
   * S_PLACE_LONGER; 1: cc__time_phrase is asked (S_place_ids) */
  const S_sense **place1;
  /* the dates of lunar_dates.csv, table by table, each table's in
   * order (S_load_lunar): a holiday whose rule is "table:NAME" reads its
   * table's, from sense->a, sense->b of them; ltabs: where each table's
   * begin */
  struct S_lunar *lunar;
  size_t nlunar;
  struct S_ltab *ltabs;
  size_t nltabs;
  /* national_days.csv by name and country, and by name alone (a name
   * some country has a row of); nations.csv's words: both empty without
   * national_days.csv */
  S_natday *natdays;
  S_nation *nations;
};

/* Holiday rules: "MM-DD", "M/N/W[+K]", "easter[+-]K", "table:NAME". */
/* A movable feast of another calendar in one Gregorian year: its first
 * day (civil days) and its length in days. */
typedef struct S_lunar { /* (small: a table holds thousands) */
  int32_t start;
  int16_t year, days;
} S_lunar;

/* A table of lunar_dates.csv: its name (interned) and its dates. */
typedef struct S_ltab {
  const char *name;
  int first, n;
} S_ltab;

/* Kinds a temporal expression can begin with (the parsers read them at
 * their first token).  The others (prepositions, tense verbs, fillers,
 * zones and places, am/pm, odds and change words, offsets such as "after",
 * first words of longer keys) only follow or qualify one, so a word with
 * nothing else starts an expression only with a temporal word next. */
#define S_START_KINDS                                                          \
  (~(S_M(S_K_PREP) | S_M(S_K_TENSE) | S_M(S_K_FILLER) | S_M(S_K_ZONE) |        \
     S_M(S_K_PLACE) | S_M(S_K_AMPM) | S_M(S_K_OCLOCK) | S_M(S_K_ODDS) |        \
     S_M(S_K_CHANGE) | S_M(S_K_OFFSET) | S_M(S_K_PREFIX)))

#define S_JPAIRS 8192u /* cc_time_model jpairs: a power of two */

/* S_jkey's mark of a place key's join (S_jplaces), apart from the start
 * keys' (S_jkey leaves bits 18 to 23 clear) */
#define S_JPLACE ((uint64_t)1 << 20)

/* ---- cursor and token helpers ------------------------------------------- */

typedef struct S_cur {
  const cc_time_model *tm;
  const cc_num_model *nm;
  const cc_segmented *seg;
  const cc_token *toks; /* seg->tokens: one load less a token read */
  const cc_recog_ctx *ctx;
  uint32_t sb, end; /* sentence tokens [sb, end) */
  int depth;        /* recursion guard for modifiers */
  cc_num_memo *memo; /* the sentence's number parses, or NULL */
  cc_time_memo *tmemo; /* the sentence's entries and dates, or NULL */
  /* with tmemo, its words (the driver's reading of tokens [sb, end),
   * tmemo's [begin, end)), or NULL: S_entry_at's first way; wn, end - sb
   * with words, else 0 (one compare tells both) */
  const cc_tok_words *const *words;
  uint32_t wn;
} S_cur;

#define S_PHRASE_MAX 8 /* cc__time_phrase joins at most this many tokens */

/* ---- the value being built ---------------------------------------------- */

#define S_NOYEAR INT_MIN

typedef struct S_tv { /* widest fields first: no padding, fewer bytes to
                       * copy (every parser attempt starts a fresh one) */
  const char *code; /* season, part of day, "WE" */
  /* zone stated in the text */
  const char *zone;
  /* durations, sets, references and unresolved offsets */
  double lo, hi;
  int64_t anchor_days;
  uint32_t flags;
  /* the date part; y == S_NOYEAR when unknown */
  int y, m, d;
  int n;            /* ISO week, quarter or half */
  int wd_open;      /* weekday not resolved to a date ("XXXX-WXX-5"), or -1 */
  int a, b;         /* season first month and length; part-of-day hours */
  int y2, m2, d2;   /* end of a range ("July 16-17", "2014-2018") */
  /* time of day; a range of times ends at hh2:mm2 */
  int hh, mm, ss;
  int ampm; /* am/pm as stated: -1 none, 0 am, 12 pm */
  int hh2, mm2;
  int32_t zoff;
  int inpart; /* "earlier this month" -1, "later this year" +1 */
  uint8_t type, gran, qual;
  uint8_t qual_to; /* "mid-to-late March": the later part it runs to */
  int8_t weekday; /* weekday named together with a date */
  bool has_sec, trange;
  bool zstated, zfixed, zlocal;
  bool preset;
  uint8_t anchor;
  uint8_t open; /* cc_qual CC_Q_SINCE..: "on 3 June before 10pm" */
  char value[40];
} S_tv;

/* A fresh value: copied from a template (every parser attempt starts one,
 * and a copy costs less than clearing and setting). */
static const S_tv S_tv0 = {.y = S_NOYEAR,
                           .y2 = S_NOYEAR,
                           .weekday = -1,
                           .wd_open = -1,
                           .hh = -1,
                           .ampm = -1,
                           .lo = NAN,
                           .hi = NAN};

/* ---- the sentence memo ---------------------------------------------------
 * Direct-mapped by token index over a window of S_MEMO_TOKS tokens: the
 * parsers at one start token look a bounded distance ahead and the driver
 * moves forward, so a window holds what is asked again, in fixed memory.
 * An entry is valid when its gen is the memo's (one gen per sentence). */

#define S_MEMO_TOKS 64u /* a power of two */
#define S_CORE_CLASSES 3 /* cc__time_p_date_core's depth: 0, 1, 2 or more */

typedef struct S_fact {
  uint32_t gen, i;
  const S_entry *e; /* the token's word entry, or NULL */
  uint32_t pgen;    /* keys[] below are valid when pgen == gen */
  uint32_t sgen;    /* solo below is valid when sgen == gen */
  bool solo;        /* cc__time_no_start_key's answer */
  int nkeys;
  const S_entry *keys[S_PHRASE_MAX]; /* cc__time_phrase_keys's answer */
  uint8_t ntok[S_PHRASE_MAX];
} S_fact;

/* cc__time_ordinal's answer at a token. */
typedef struct S_ord_slot {
  uint32_t gen, i;
  uint32_t e;
  int v;
} S_ord_slot;

/* The count before a unit (cc__time_count_at). */
typedef struct S_count {
  double val, lo, hi;
  uint8_t qual;
  bool vague, range, article;
} S_count;

/* cc__time_count_at's answer at a token: durations, sets and references read
 * the count at the same token. */
typedef struct S_count_slot {
  uint32_t gen, i;
  uint32_t e;
  S_count k;
} S_count_slot;

/* cc__time_p_clock's reading at a token: the time_range, the time and the set
 * parsers each read the clock at the same token. */
typedef struct S_clock_slot {
  uint32_t gen, i;
  uint32_t e; /* cc__time_p_clock's answer; tv holds its fields when e != 0 */
  S_tv tv;
} S_clock_slot;

typedef struct S_core_slot {
  uint32_t gen, i;
  uint32_t e; /* cc__time_p_date_core's answer; tv valid when e != 0 */
  S_tv tv;
} S_core_slot;

struct cc_time_memo {
  uint32_t gen, begin, end;
  const cc_tok_words *const *words; /* the driver's, for [begin, end), or
                                      * NULL */
  S_fact facts[S_MEMO_TOKS];
  S_core_slot core[S_CORE_CLASSES][S_MEMO_TOKS];
  S_clock_slot clock[S_MEMO_TOKS];
  S_count_slot count[S_MEMO_TOKS];
  S_ord_slot ord[S_MEMO_TOKS];
  /* the last token in (jlo, end) that S_joiner_word holds at (valid when
   * jgen == gen; last_join == end: none; cc__time_scan_sentence's) */
  uint32_t jgen, jlo, last_join;
  /* cc__time_scan_sentence's answers for the tokens [ulo, end) (valid when ugen
   * == gen; end: none) */
  uint32_t ugen, ulo, last_unit, last_set;
};

/* A CC_RECOG_CHECK_INERT build runs the parsers some guards below pass
 * over: their own first tests then check that they do not match. */
#ifdef CC_RECOG_CHECK_INERT
#define S_CHECK_ALL 1
#else
#define S_CHECK_ALL 0
#endif

/* ---- keeping the longest parse ------------------------------------------
 * S_BEST runs parser fn at token i in the scratch value *cand (fresh) and
 * keeps the longest match in *won (best: its end; *won is valid when
 * best != 0) by swapping the two, so no value is copied on a win and
 * *won needs no fresh value before the first (cc__time_finish and
 * S_p_date_core_all read it only after a match).  The fresh value is made
 * out of line (cc__time_tv_fresh): an inline copy of S_tv0 is some 26
 * moves, and with two copies per parser they made S_p_date_core_all 14 KB,
 * its guards spread over hundreds of cache lines (cachegrind: 85 K I1
 * misses per MB there, the most of any function).  S_BEST_WHOLE is for a
 * parser that writes *tv only on a match, and then wholly
 * (cc__time_p_date: cc__time_p_date_core copies a whole value in,
 * cc__time_attach edits it): its scratch value needs no fresh one. */
#define S_BEST_WHOLE(fn)                                                       \
  do {                                                                         \
    uint32_t e_ = fn(c, i, cand);                                              \
    if (e_ > best) {                                                           \
      best = e_;                                                               \
      S_tv *x_ = won;                                                          \
      won = cand;                                                              \
      cand = x_;                                                               \
    }                                                                          \
  } while (0)

#define S_BEST(fn)                                                             \
  do {                                                                         \
    cc__time_tv_fresh(cand);                                                   \
    S_BEST_WHOLE(fn);                                                          \
  } while (0)

#define S_BEST_IF(cond, fn)                                                    \
  do {                                                                         \
    if (cond)                                                                  \
      S_BEST(fn);                                                              \
  } while (0)

/* ---- what one file defines for the others ------------------------------ */

/* recog_time_load.c */
bool cc__time_parse_offset(const char *s, int32_t *off);

/* Word w is a verb of an amount's change (temporal.csv kind amount: "rose",
 * "fell", "up"). */
bool cc__time_amount_verb(const cc_time_model *tm, const char *w);

/* Word w is a present verb of the calendar (temporal.csv kind calendar:
 * "falls", "is", "begins" in "falls on Saturday"). */
bool cc__time_calendar_verb(const cc_time_model *tm, const char *w);
extern const char *const cc__time_literals[];
extern const char *const cc__time_first_words[];

/* recog_time_memo.c */
bool cc__time_no_place_key(const S_cur *c, uint32_t i);
const S_sense *cc__time_phrase(const S_cur *c, uint32_t i, uint64_t mask,
                               uint32_t *ntok);
bool cc__time_num_unit(const S_cur *c, const cc_token *t);
void cc__time_scan_sentence(const S_cur *c, uint32_t i);
const S_entry *cc__time_entry_fill(const S_cur *c, uint32_t i, S_fact *f);

/* S_ordinal_run through the memo. */
uint32_t cc__time_ordinal(const S_cur *c, uint32_t i, int *v);

/* S_entry_at without a memo (through the thread's kept entries). */
const S_entry *cc__time_entry_miss(const S_cur *c, uint32_t i);

/* Every key at i, shortest first (at most S_PHRASE_MAX: the tokens
 * cc__time_phrase joins), into es/nt (entry, tokens spanned); returns how many.
 * Through the memo when there is one (*e and *ntk then point into it). */
int cc__time_phrase_keys(const S_cur *c, uint32_t i, const S_entry *const **e,
                         const uint8_t **ntk, const S_entry **es, uint8_t *nt);

/* No key of a start kind longer than token i begins at i. */
bool cc__time_no_start_key(const S_cur *c, uint32_t i);
bool cc__time_phrase_meets(const S_cur *c, uint32_t i, uint64_t mask);

/* recog_time_value.c */
void cc__time_tv_fresh(S_tv *tv);
bool cc__time_tv_days(const S_tv *tv, int64_t *lo, int64_t *hi);
/* early / mid / late (tv->qual): the part of [*lo, *hi) tv names, in
 * place; any other qualifier leaves them. */
void cc__time_narrow(const S_tv *tv, double *lo, double *hi);
void cc__time_cat3(char *dst, size_t cap, const char *a, const char *b,
                   const char *c);
void cc__time_tv_value(const S_tv *tv, char *out, size_t outsz);
void cc__time_finish(const S_cur *c, const S_tv *tv, cc_mention *m);
int cc__time_tense_cue(const S_cur *c, uint32_t i);
int cc__time_tense(const S_cur *c, uint32_t b, uint32_t e);
bool cc__time_past_infinitive(const S_cur *c, uint32_t b);
bool cc__time_calendar_on(const S_cur *c, uint32_t b);
int cc__time_pick(int64_t doc, const int64_t *lo, const int64_t *hi, int n,
                  int tense);
int cc__time_pick_under_way(int64_t doc, const int64_t *lo, const int64_t *hi,
                            int n);
int cc__time_infer_tense(const S_cur *c, uint32_t b, uint32_t e);
void cc__time_infer_year(const S_cur *c, S_tv *tv, uint32_t b, uint32_t e);
int64_t cc__time_weekday_date(int64_t doc, int wd, int shift, int tense);
bool cc__time_holiday_date(const cc_time_model *tm, const S_sense *s, int y,
                           int64_t *days, int *ndays);

/* recog_time_clock.c */
bool cc__time_iso_day(const S_cur *c, uint32_t i, int *d);
uint32_t cc__time_hour_word(const S_cur *c, uint32_t i, int *hh);
uint32_t cc__time_p_clock(const S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_change_before(const S_cur *c, uint32_t i);
uint32_t cc__time_bare_range(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_time_range(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_time(S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_may_clock(const S_cur *c, uint32_t i, uint64_t ki);
bool cc__time_may_time(const S_cur *c, uint32_t i, uint64_t ki);
#ifdef CC_RECOG_CHECK_INERT
uint32_t cc__time_p_time_checked(S_cur *c, uint32_t i, S_tv *tv);
#endif
uint32_t cc__time_time_at(S_cur *c, uint32_t i, S_tv *tv);

/* recog_time_date.c */
uint32_t cc__time_p_month_led(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_day_led(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_numeric(S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_round_counts(const S_cur *c, int y1, int y2, uint32_t e);
bool cc__time_hnum_before(const S_cur *c, uint32_t i);
bool cc__time_hnum_after(const S_cur *c, uint32_t e);
uint32_t cc__time_p_year(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_fiscal(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_year_words(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_the_year(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_decade(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_century(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_quarter(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_time_shifted(const S_cur *c, uint32_t j, S_tv *tv);
uint32_t cc__time_p_rest(S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_months_to_head(const S_cur *c, uint32_t ti);
uint32_t cc__time_p_months_to(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_ytd(S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_first_months_head(const S_cur *c, uint32_t ti);
uint32_t cc__time_p_first_months(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_season(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_holiday(S_cur *c, uint32_t i, S_tv *tv);
void cc__time_weekday_year(const S_cur *c, S_tv *tv, uint32_t b,
                           uint32_t e);
bool cc__time_day_in_month(const S_cur *c, S_tv *tv, int d, int wd, uint32_t b,
                           uint32_t e, int hint);
uint32_t cc__time_p_weekday_led(S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_shift_unit(S_tv *tv, const S_sense *x, int v, bool have,
                         int64_t doc);
const S_sense *cc__time_weekend_at(S_cur *c, uint32_t j, uint32_t *e, bool *pl);
uint32_t cc__time_p_shift(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_after_next(S_cur *c, uint32_t i, S_tv *tv);
void cc__time_pod_today(const S_cur *c, const S_sense *p, S_tv *tv);
uint32_t cc__time_p_dayrel(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_inpart(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_weekdays_off(S_cur *c, uint32_t i, S_tv *tv);

/* recog_time_dur.c */
uint32_t cc__time_count_at(const S_cur *c, uint32_t i, S_count *k);
int64_t cc__time_shift_day(int64_t day, int unit, int sign, double n);
uint32_t cc__time_p_duration(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_race_time(S_cur *c, uint32_t i, S_tv *tv);
/* a word before hours, minutes and seconds at i that makes them a race time */
bool cc__time_race_before(const S_cur *c, uint32_t i);
uint32_t cc__time_p_whole(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_ref(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_the_period(S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_end_hyphen(const S_cur *c, uint32_t i);
uint32_t cc__time_unit_end(const S_cur *c, uint32_t i);
uint32_t cc__time_p_mod(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_approx(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_the_rel(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_same(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_set_time(S_cur *c, uint32_t i, S_tv *tv);

/* recog_time_range.c */
uint32_t cc__time_p_date_core(S_cur *c, uint32_t i, S_tv *tv);
int cc__time_pod_hour(int hh, const char *pod);
uint32_t cc__time_attach(S_cur *c, uint32_t j, S_tv *tv);
/* "next week", "this week", "last week" at j: the shift, and the end. */
uint32_t cc__time_week_shift(const S_cur *c, uint32_t j, int *v);
uint32_t cc__time_p_date(S_cur *c, uint32_t i, S_tv *tv);
bool cc__time_mod_at(S_cur *c, uint32_t j);
uint32_t cc__time_p_drange(S_cur *c, uint32_t i, S_tv *tv);
uint32_t cc__time_p_dtrange(S_cur *c, uint32_t i, S_tv *tv);

/* What follows a day of the month read from an ordinal alone at e ("on
 * the 15th", "Thursday, the 21st"): no noun it counts ("on the 27th
 * floor", "Thursday, the first cut"). */
bool cc__time_nth_day_end(const S_cur *c, uint32_t e);

/* What may follow a part of the day at k - 1 read as today's ("in the
 * morning", "early in the morning"): not a noun it names ("the night
 * sky"), "of" ("the morning of", S_p_pod_of) or a glued hyphen ("the
 * morning-after"). */
bool cc__time_pod_end_ok(const S_cur *c, uint32_t k);

/* ---- helpers ---------------------------------------------------------- */

/* Each file that includes this has its own copy of the helpers below,
 * as static as they were in one file: an inline keyword on those that
 * had none would change the compiler's inlining choices in the parsers
 * (GCC then inlines them everywhere and the parsers outgrow its limits
 * for the rest).  A file that does not call one is no warning. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"

/* isdigit((unsigned char)ch), inline: C's decimal digits are '0'..'9' in
 * every locale, and the library's test cost a call per byte through its
 * table (S_digits_run: some 90 instructions at "2022"). */
static inline bool S_dig(char ch) {
  return (unsigned)((unsigned char)ch - '0') < 10u;
}

/* An ASCII letter (not isalpha: no locale). */
static inline bool S_ascii_letter(char ch) {
  unsigned char u = (unsigned char)(ch | 0x20);
  return u >= 'a' && u <= 'z';
}

/* The key of S_jshort_build's set (tm->jkeys) for word id a, a space
 * when sp, then r (1 or 2 bytes): never 0, as a is not. */
static inline uint64_t S_jkey(uint32_t a, bool sp, const char *r, size_t nr) {
  uint64_t k = (uint64_t)a << 32 | (uint64_t)sp << 24 | (uint64_t)nr << 16 |
               (uint64_t)(unsigned char)r[0] << 8;
  return nr > 1 ? k | (unsigned char)r[1] : k;
}

static inline uint32_t S_jslot(uint64_t k, uint32_t mask) {
  return (uint32_t)((k * 0x9E3779B97F4A7C15u) >> 40) & mask;
}

static bool S_jhas(const cc_time_model *tm, uint64_t k) {
  for (uint32_t h = S_jslot(k, tm->jmask);; h = (h + 1) & tm->jmask) {
    if (tm->jkeys[h] == k)
      return true;
    if (!tm->jkeys[h])
      return false;
  }
}

/* The key of tokens a and b (a + 1) in tm->jpairs, or 0 unless both have
 * ids of tm's word table.  cc__time_join_starts reads their texts (fixed
 * by their ids, which never change once documents are read) and the
 * space between them alone, and the same pairs ("the year", "a day",
 * "at the") come back in every document.  An entry holds the key (1, the
 * space, the two ids) and the answer (bit 1), so a racing write leaves
 * another whole entry, never a wrong answer (as the driver's r->joins). */
static inline uint64_t S_jpair_key(const cc_time_model *tm,
                                   const cc_segmented *seg,
                                   const cc_token *a) {
  uint64_t ia = a[0].id, ib = a[1].id;
  if (!ia || !ib || ia >= 1u << 30 || ib >= 1u << 30 || !tm->jpairs ||
      seg->vocab != tm->vocab)
    return 0;
  return 1 | (uint64_t)(a[1].flags & CC_TF_SPACE_BEFORE ? 4 : 0) | ia << 3 |
         ib << 33;
}

static inline _Atomic uint64_t *S_jpair_slot(const cc_time_model *tm,
                                             uint64_t key) {
  return &tm->jpairs[(key * 0x9E3779B97F4A7C15ull) >> 40 & (S_JPAIRS - 1)];
}

/* cc__time_join_starts read inline where its pair's answer is kept (the
 * call cost about 48 instructions, most of a kept answer's); a pair not
 * kept, or of no ids, goes through it.  The inert build always calls it
 * (which checks a kept answer against the text's). */
static inline bool S_join_kept(const cc_time_model *tm,
                               const cc_segmented *seg, uint32_t i) {
#ifndef CC_RECOG_CHECK_INERT
  if (i + 1 < seg->ntokens) {
    uint64_t key = S_jpair_key(tm, seg, &seg->tokens[i]);
    if (key) {
      uint64_t e =
          atomic_load_explicit(S_jpair_slot(tm, key), memory_order_relaxed);
      if ((e & ~2ull) == key)
        return (e & 2) != 0;
    }
  }
#endif
  return cc__time_join_starts(tm, seg, i);
}

static inline const S_entry *S_entry_at(const S_cur *c, uint32_t i);

static const cc_token *S_tok(const S_cur *c, uint32_t i) {
  return &c->toks[i];
}

static const char *S_w(const S_cur *c, uint32_t i) {
  return i < c->end ? c->toks[i].norm : "";
}

/* Is the word at j a plural ("mornings", "nights"): a set of parts of the
 * day, not one? */
static inline bool S_plural_word(const S_cur *c, uint32_t j) {
  size_t n = j < c->end ? c->toks[j].norm_len : 0;
  return n > 1 && c->toks[j].norm[n - 1] == 's';
}

/* strcmp(norm, s) == 0, but with s a literal (not "") the length is a
 * constant once inlined: most tokens are rejected on the first byte
 * alone, then on norm_len, and the n + 1 bytes compared include the
 * terminator, so an embedded NUL still reads as strcmp would (the rest
 * after the first byte: a call to memcmp for the longer words when all
 * n + 1 were compared at once). */
static inline bool S_is(const S_cur *c, uint32_t i, const char *s) {
  if (i >= c->end)
    return false;
  const cc_token *t = &c->toks[i];
  size_t n = strlen(s);
  return t->norm[0] == s[0] && t->norm_len >= n &&
         memcmp(t->norm + 1, s + 1, n) == 0;
}

/* A century spoken before a decade word at i ("the nineteen seventies",
 * "the early eighteen nineties"): 19 or 18, else 0.  Asked by
 * cc__time_p_decade and by the guards that let it run. */
static inline int S_spoken_century(const S_cur *c, uint32_t i) {
  return S_is(c, i, "nineteen") ? 19 : S_is(c, i, "eighteen") ? 18 : 0;
}

/* S_is for any word of a NULL-terminated list (not literals: the first
 * byte is compared before the rest). */
static bool S_is_one_of(const S_cur *c, uint32_t i, const char *const *list) {
  if (i >= c->end)
    return false;
  const char *w = c->toks[i].norm;
  for (; *list; list++)
    if (w[0] == (*list)[0] && strcmp(w, *list) == 0)
      return true;
  return false;
}

static bool S_kind_is(const S_cur *c, uint32_t i, cc_tok_kind k) {
  return i < c->end && c->toks[i].kind == k;
}

/* Token i is glued to the previous one ("mid-2018", "18th-century"). */
static bool S_glued(const S_cur *c, uint32_t i) {
  return i < c->end && !(c->toks[i].flags & CC_TF_SPACE_BEFORE);
}

static bool S_cap(const S_cur *c, uint32_t i) {
  return i < c->end && (c->toks[i].flags & CC_TF_CAP);
}

/* A capitalized word inside a sentence, not after punctuation: "the Today
 * programme", "the Daily Mail", "Matthew Noon" are names. */
static bool S_name_like(const S_cur *c, uint32_t i) {
  const cc_token *t = &c->toks[i];
  if (!(t->flags & CC_TF_CAP) ||
      (t->flags & (CC_TF_SENT_START | CC_TF_ALLCAPS | CC_TF_LINE_START)))
    return false;
  return i > c->sb && c->toks[i - 1].kind == CC_TOK_WORD;
}

/* Token i is punctuation ch (one character). */
static bool S_p(const S_cur *c, uint32_t i, char ch) {
  return i < c->end &&
         (c->toks[i].kind == CC_TOK_PUNCT ||
          c->toks[i].kind == CC_TOK_SYM) &&
         c->toks[i].norm[0] == ch && c->toks[i].norm[1] == 0;
}

/* S_digits at a NUM token. */
static bool S_digits_run(const S_cur *c, uint32_t i, int *v, int *nd) {
  const char *s = S_w(c, i);
  int x = 0, n = 0;
  for (; *s; s++, n++) {
    if (!S_dig(*s) || n >= 9)
      return false;
    x = x * 10 + (*s - '0');
  }
  *v = x;
  *nd = n;
  return n > 0;
}

/* A NUM token made only of digits: value and digit count.  Most tokens
 * asked are words: the kind test is inline. */
static inline bool S_digits(const S_cur *c, uint32_t i, int *v, int *nd) {
  return S_kind_is(c, i, CC_TOK_NUM) && S_digits_run(c, i, v, nd);
}

/* The sense of kind of token i alone. */
static const S_sense *S_word1(const S_cur *c, uint32_t i, S_kind kind) {
  if (i >= c->end)
    return NULL;
  const S_entry *e = S_entry_at(c, i);
  if (!e || !(e->kinds & S_M(kind)))
    return NULL;
  for (const S_sense *s = e->senses; s; s = s->next)
    if (s->kind == kind)
      return s;
  return NULL;
}

/* S_num where the number memo holds no answer: parse through it. */
static bool S_num_parse(const S_cur *c, uint32_t i, cc_numparse *np) {
  memset(np, 0, sizeof *np);
  return cc__num_parse_memo(c->nm, c->seg, i, c->end, c->memo, np) &&
         np->tok_end > i &&
         np->tok_end <= c->end;
}

/* The number at token i (cc__num_parse through the memo), within the
 * sentence.  Asked some forty times per token the parsers visit, mostly
 * where the memo already knows there is none: that answer is inline. */
static inline bool S_num(const S_cur *c, uint32_t i, cc_numparse *np) {
  if (!c->nm || i >= c->end)
    return false;
  const cc_num_memo *mm = c->memo; /* most asks: known to be no number */
  /* (i < base wraps past n: one unsigned compare for the window) */
  if (mm && mm->end == c->end && i - mm->base < mm->n) {
    uint8_t st = mm->state[i - mm->base];
    if (st == 1)
      return false; /* (no caller reads *np after false) */
    if (st == 2) { /* known: cc__num_parse_memo's copy, read inline */
      *np = mm->res[i - mm->base];
      return np->tok_end > i && np->tok_end <= c->end;
    }
  }
  return S_num_parse(c, i, np);
}

/* A day of the month at i: "16", "16th", "sixteenth" (words only when
 * ordinal).  */
static uint32_t S_day(const S_cur *c, uint32_t i, int *d) {
  int v, nd;
  if (S_digits(c, i, &v, &nd) && nd <= 2 && v >= 1 && v <= 31) {
    *d = v;
    return i + 1;
  }
  uint32_t j = cc__time_ordinal(c, i, &v);
  if (j && v >= 1 && v <= 31) {
    *d = v;
    return j;
  }
  return 0;
}

/* A four-digit year 1000-2999 at i: a number token whose text is four
 * bytes to its NUL (as S_digits_run reads it; read only where norm_len
 * is four at least), all digits. */
static bool S_year4(const S_cur *c, uint32_t i, int *y) {
  int v, nd;
  if (S_kind_is(c, i, CC_TOK_NUM) && S_tok(c, i)->norm_len >= 4 &&
      !S_tok(c, i)->norm[4] && S_digits_run(c, i, &v, &nd) && nd == 4 &&
      v >= 1000 && v <= 2999) {
    *y = v;
    return true;
  }
  return false;
}

/* A month name at i (skipping a period after an abbreviation). */
static uint32_t S_month(const S_cur *c, uint32_t i, int *m,
                        const S_sense **sense) {
  const S_sense *s = S_word1(c, i, S_K_MONTH);
  if (!s)
    return 0;
  *m = s->v;
  if (sense)
    *sense = s;
  uint32_t j = i + 1;
  /* "Jan. 5": the period of an abbreviation, never a sentence's last */
  if (S_p(c, j, '.') && S_glued(c, j) && S_tok(c, i)->norm_len <= 4 &&
      j + 1 < c->end)
    j++;
  return j;
}

static uint32_t S_weekday(const S_cur *c, uint32_t i, const S_sense **sense) {
  const S_sense *s = S_word1(c, i, S_K_WEEKDAY);
  if (!s)
    return 0;
  *sense = s;
  uint32_t j = i + 1;
  if (S_p(c, j, '.') && S_glued(c, j) && S_tok(c, i)->norm_len <= 5 &&
      j + 1 < c->end)
    j++;
  return j;
}

static void S_tv_init(S_tv *tv) { *tv = S_tv0; }

/* A value passed to cc__time_p_date_core, which writes it only on a match and
 * then wholly (its S_BEST and its memo copy a whole value), when the
 * caller reads it only after a match: no fresh value is needed.  The
 * CC_RECOG_CHECK_INERT build poisons it instead, so that a read of a
 * field cc__time_p_date_core did not write would change its output. */
static inline void S_tv_unset(S_tv *tv) {
#ifdef CC_RECOG_CHECK_INERT
  memset(tv, 0x5a, sizeof *tv);
#else
  (void)tv;
#endif
}

/* Some token after i in the sentence is a joiner word (S_joiner_word):
 * a range that starts at i reads one after its first end, which lies
 * after i.  Found from the sentence's end down to the first token asked
 * about, once per sentence through the memo, in the pass that finds the
 * last unit and set word (cc__time_scan_sentence: S_mention_at asks all three
 * at its token; the parsers ask at rising tokens, so the work stays
 * linear; an earlier token is answered true); without a memo, true. */
static bool S_joiner_after(const S_cur *c, uint32_t i) {
  cc_time_memo *m = c->tmemo;
  if (!m)
    return true;
  if (m->jgen != m->gen)
    cc__time_scan_sentence(c, i);
  return i < m->jlo || (m->last_join != c->end && m->last_join > i);
}

/* cc__time_p_duration can match at i only when a unit follows
 * (cc__time_scan_sentence); without a memo, true. */
static bool S_unit_after(const S_cur *c, uint32_t i) {
  cc_time_memo *m = c->tmemo;
  if (!m)
    return true;
  if (m->ugen != m->gen)
    cc__time_scan_sentence(c, i);
  return i < m->ulo || (m->last_unit != c->end && m->last_unit >= i);
}

/* cc__time_p_set_time can match at i only when a set word follows: its set
 * starts at i or after the clock that starts at i. */
static bool S_set_after(const S_cur *c, uint32_t i) {
  cc_time_memo *m = c->tmemo;
  if (!m)
    return true;
  if (m->ugen != m->gen)
    cc__time_scan_sentence(c, i);
  return i < m->ulo || (m->last_set != c->end && m->last_set >= i);
}

/* The word entry of token i alone (i < c->end): asked dozens of times per
 * token, so inline.  The driver's reading of the token when it has one
 * (the memo's words: cc__time_entry_fill's first way, read without the fact's
 * slot, which is then filled only for the tokens the driver has not read
 * and by cc__time_phrase_keys and cc__time_no_start_key, whose answers it
 * keeps: 270K fills on the c10 check, most of them for one or two asks), else
 * through the memo. */
static inline const S_entry *S_entry_at(const S_cur *c, uint32_t i) {
  const cc_tok_words *w;
  if (i - c->sb < c->wn && (w = c->words[i - c->sb])->known)
    return w->tw;
  cc_time_memo *m = c->tmemo;
  if (!m)
    return cc__time_entry_miss(c, i);
  S_fact *f = &m->facts[i & (S_MEMO_TOKS - 1)];
  if (f->gen == m->gen && f->i == i)
    return f->e;
  return cc__time_entry_fill(c, i, f);
}

static bool S_doc(const S_cur *c, int64_t *days) {
  if (!c->ctx || !c->ctx->has_date)
    return false;
  *days = c->ctx->doc_date;
  return true;
}

static void S_set_anchor(const S_cur *c, S_tv *tv) {
  int64_t doc = 0;
  tv->flags |= CC_MF_RELATIVE;
  if (S_doc(c, &doc)) {
    tv->anchor = CC_ANCHOR_DOC_DATE;
    tv->anchor_days = doc;
  } else {
    tv->flags |= CC_MF_UNRESOLVED;
  }
}

static void S_set_day(S_tv *tv, int64_t days) {
  cc_ymd c = cc_civil_from_days(days);
  tv->y = c.y;
  tv->m = c.m;
  tv->d = c.d;
  tv->gran = CC_G_DAY;
  tv->type = CC_M_DATE;
}

/* The days a to b (civil days, b >= a) as one date range: "start/end". */
static void S_set_day_range(S_tv *tv, int64_t a, int64_t b) {
  S_set_day(tv, a);
  cc_ymd e = cc_civil_from_days(b);
  tv->y2 = e.y;
  tv->m2 = e.m;
  tv->d2 = e.d;
}

static void S_set_week(S_tv *tv, int64_t days) {
  cc_iso_week(days, &tv->y, &tv->n);
  tv->gran = CC_G_WEEK;
  tv->type = CC_M_DATE;
}

static int64_t S_iso_week_monday(int iso_year, int week) {
  int64_t jan4 = cc_days_from_civil(iso_year, 1, 4);
  return jan4 - cc_weekday(jan4) + (int64_t)(week - 1) * 7;
}

/* cc__time_p_year_words's first test on the number read at token i: one word
 * of 17 to 20 ("nineteen"), or words of 2000 to 2099 ("two thousand and
 * fifteen"). */
static bool S_year_words_may(const cc_numparse *np, uint32_t i) {
  return np->flags == CC_NP_WORDS &&
         (np->tok_end == i + 1 ? np->value >= 17 && np->value <= 20
                               : np->value >= 2000 && np->value <= 2099);
}

static void S_set_pod(S_tv *tv, const S_sense *p) {
  tv->gran = CC_G_PART_OF_DAY;
  tv->code = p->s;
  tv->a = p->a;
  tv->b = p->b;
}

static bool S_clause_end(const S_cur *c, uint32_t j) {
  return j >= c->end || (S_kind_is(c, j, CC_TOK_PUNCT) && !S_p(c, j, '-'));
}

/* The kinds S_word1 can find at token i (0 past the sentence). */
static uint64_t S_kinds_at(const S_cur *c, uint32_t i) {
  if (i >= c->end)
    return 0;
  const S_entry *e = S_entry_at(c, i);
  return e ? e->kinds : 0;
}

/* Whether cc__time_phrase can find a sense of mask at the token whose own entry
 * is e: a one-word key needs the kind, a longer one a first word whose
 * bytes it begins with (pkinds: cc__time_phrase joins from the token's text).
 * A CC_RECOG_CHECK_INERT build lets every first word through, and
 * cc__time_phrase checks that each sense it finds is one of these. */
static bool S_may_phrase(const S_entry *e, uint64_t mask) {
#ifdef CC_RECOG_CHECK_INERT
  return e && (e->prefix || (e->kinds & mask));
#else
  return e && ((e->kinds | (e->prefix ? e->pkinds : 0)) & mask);
#endif
}

static inline bool S_has_phrase(const S_cur *c, uint32_t i, const S_entry *e,
                                uint64_t mask) {
  return S_may_phrase(e, mask) && cc__time_phrase_meets(c, i, mask);
}

/* An hour said without am/pm next to a day: 1-6 are afternoon hours, 7-11
 * morning ones ("from 9 to 5", "from 3 to 5 tomorrow"). */
static int S_work_hour(int v) { return v >= 1 && v <= 6 ? v + 12 : v; }

#pragma GCC diagnostic pop

#endif
