/* recog_time.c - dates, times with zones, durations, sets and temporal
 * references, normalized to TIMEX3 values and intervals.
 *
 * Every word the recognizers know comes from the lexicon (months, weekdays,
 * time_units, zones, places, temporal, holidays and the approx rows of
 * qualifiers); they are merged into one uthash keyed by the normalized
 * phrase, each key carrying a list of senses.  A recognizer is a small
 * recursive-descent parser over the tokens of one sentence: every parser
 * looks a bounded number of tokens ahead and never past `end`, so the work
 * per token is constant.  cc__time_mention tries each parser at a token and
 * keeps the longest match.
 *
 * Beyond single dates and times it reads ranges ("from June to August",
 * "July 13 to 15", "Monday-Friday", "from 3 to 5 tomorrow"), n-th days of a
 * month ("the last Friday of October"), holidays, compound durations
 * ("one hour and thirty minutes"), and sets with a time ("every Monday at
 * 10am").  Phrase lookups stop as soon as the joined words begin no key
 * (every proper prefix of every key is kept), so a lookup costs a few hash
 * probes.  notes/RECOGNIZERS.md lists the policies and the gaps.
 *
 * Resolution: relative expressions are resolved against the document date
 * (ctx->doc_date) and record it as their anchor; a date without a year
 * takes the year that puts it nearest the document date in the direction
 * the sentence's tense implies (without a cue: the one under way, else the
 * past one unless the next is less than half as far - news reports what
 * happened).  "N units later/earlier" are resolved
 * against the previous date mention by cc__time_resolve_anchor, called by
 * the driver, which sees the whole document.
 *
 * The parsers are split over recog_time*.c by subject; recog_time_int.h
 * says what each file holds and declares what they share.
 */
#include "recog_time_int.h"

/* S_is_one_of for cc__time_literals or cc__time_first_words: the model's filter
 * of both lists (of the short list alone for cc__time_first_words) answers most
 * words without a comparison. */
static bool S_lit(const S_cur *c, uint32_t j, const char *const *list) {
  const char *w = S_tok(c, j)->norm; /* up to its NUL, as strcmp reads */
  const cc_wfilter *f =
      list == cc__time_first_words ? c->tm->wf_firsts : c->tm->wf_lits;
  return cc_wf_may(f, w, strlen(w)) && S_is_one_of(c, j, list);
}

/* S_lit(c, j, cc__time_first_words) (j < c->end) by the word's first byte and
 * S_is, as strcmp reads the word (S_lit's filter only lets words through
 * to S_is_one_of's strcmp): no length and hash of the word at S_inert's
 * every ask.  The CC_RECOG_CHECK_INERT build compares with S_lit. */
static bool S_first_word(const S_cur *c, uint32_t j) {
  bool is;
  switch (S_tok(c, j)->norm[0]) {
  case 't':
    is = S_is(c, j, "the") || S_is(c, j, "this");
    break;
  case 'h':
    is = S_is(c, j, "half");
    break;
  case 'q':
    is = S_is(c, j, "quarter");
    break;
  case 'b':
    is = S_is(c, j, "between");
    break;
  case 'f':
    is = S_is(c, j, "from") || S_is(c, j, "former") || S_is(c, j, "final");
    break;
  case 'l':
    is = S_is(c, j, "last") || S_is(c, j, "latter");
    break;
  case 'w':
    is = S_is(c, j, "week");
    break;
  case 'n':
    is = S_is(c, j, "next");
    break;
  case 'e':
    is = S_is(c, j, "end");
    break;
  case 's':
    is = S_is(c, j, "start");
    break;
  default:
    is = false;
    break;
  }
#ifdef CC_RECOG_CHECK_INERT
  if (is != S_lit(c, j, cc__time_first_words)) {
    fprintf(stderr, "recog: first word at \"%s\" differs\n", S_w(c, j));
    abort();
  }
#endif
  return is;
}

/* Token j (< c->end) is a word no parser continues a number with: no
 * entry in the temporal tables (so no unit, am/pm, o'clock, zone, part of
 * day, frequency, month or weekday), no number, none of cc__time_literals. */
static bool S_plain(const S_cur *c, uint32_t j) {
  const cc_token *t = S_tok(c, j);
  if (t->kind != CC_TOK_WORD)
    return false;
  const char *w = t->norm;
  if ((w[0] == 'f' && w[1] == 'y') ||
      ((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && !w[2]))
    return false;
  cc_numparse np;
  return !S_entry_at(c, j) && !S_num(c, j, &np) &&
         !S_lit(c, j, cc__time_literals);
}

/* Token j (< c->end) is a word or symbol with no temporal sense of a
 * start kind (no entry, or only the kinds that follow or qualify an
 * expression: a preposition, a tense, a zone, a place...) besides those
 * of allow, that begins no key of such a kind here (cc__time_phrase finds only
 * the keys cc__time_phrase_keys reads at j), and no "fy2023" or "q3".  *seen:
 * the kinds of allow that its entry or keys have. */
static bool S_quiet(const S_cur *c, uint32_t j, uint64_t allow,
                    uint64_t *seen) {
  *seen = 0;
  const cc_token *t = S_tok(c, j);
  if (t->kind == CC_TOK_SYM) { /* "$": as a word, unless S_p may test it */
    if (t->norm_len == 1 && strchr("%()+,-./:'", t->norm[0]))
      return false;
  } else if (t->kind != CC_TOK_WORD) {
    return false;
  }
  const char *w = t->norm;
  if (w[0] == 'f' && w[1] == 'y') /* cc__time_p_fiscal */
    return false;
  if ((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && !w[2])
    return false; /* cc__time_p_quarter */
  const S_entry *e = S_entry_at(c, j);
  uint64_t start = S_START_KINDS & ~allow;
  if (e && (e->kinds & start))
    return false;
  uint64_t kinds = e ? e->kinds : 0;
  /* the longer keys that are there ("at the time"), when one may have a
   * kind asked about: each has the bytes of the token's word as a proper
   * prefix, so its kinds are among the entry's pkinds (a
   * CC_RECOG_CHECK_INERT build reads them all and checks) */
  if (e && e->prefix && (S_CHECK_ALL || (e->pkinds & (start | allow))) &&
      (((start | allow) & ~S_START_KINDS) || !cc__time_no_start_key(c, j))) {
    const S_entry *es[S_PHRASE_MAX];
    uint8_t nt[S_PHRASE_MAX];
    const S_entry *const *ke = es;
    const uint8_t *kn = nt;
    int n = cc__time_phrase_keys(c, j, &ke, &kn, es, nt);
    for (int k = 0; k < n; k++) {
#ifdef CC_RECOG_CHECK_INERT
      if (ke[k] != e && (ke[k]->kinds & (start | allow) & ~e->pkinds)) {
        fprintf(stderr, "recog: key at \"%s\" not in pkinds\n", S_w(c, j));
        abort();
      }
#endif
      if (ke[k]->kinds & start)
        return false;
      kinds |= ke[k]->kinds;
    }
  }
  *seen = kinds & allow;
  return true;
}

static bool S_cannot_start_at(const S_cur *c, uint32_t i, bool outer);

/* The kinds a parser may read at the token after a number word: all but
 * the start kinds (a key of one there is S_quiet's to refuse), a place
 * and the first word of a longer key.  A place is read only by S_zone_at,
 * after a clock: digits (a number token, not a word) or a clock in words,
 * which ends with a clock word, "past"/"to" and an hour, or an hour and
 * am/pm, "o'clock" or a part of the day, never with the number word
 * alone; S_K_PREFIX is no parser's. */
#define S_READ_AFTER_NUM                                                       \
  (~S_START_KINDS & ~(S_M(S_K_PLACE) | S_M(S_K_PREFIX)))

/* Token k (< c->end) after a number word, where nothing continues it:
 * a plain word (S_plain), or a word that is no number and none of
 * cc__time_literals whose entry has no kind but a place or the first word of a
 * longer key, where no key of a start kind or of S_READ_AFTER_NUM begins
 * ("a joint working" before "joint base ...", "a good day" before "good
 * friday"). */
static bool S_plain_after(const S_cur *c, uint32_t k) {
  if (S_plain(c, k))
    return true;
  const cc_token *t = S_tok(c, k);
  const S_entry *e = t->kind == CC_TOK_WORD ? S_entry_at(c, k) : NULL;
  if (!e || (e->kinds & ~(S_M(S_K_PLACE) | S_M(S_K_PREFIX))))
    return false;
  uint64_t seen;
  cc_numparse np;
  return S_quiet(c, k, S_READ_AFTER_NUM, &seen) && !seen &&
         !S_num(c, k, &np) && !S_lit(c, k, cc__time_literals);
}

/* S_plain_after at token k (< c->end), or k a hyphen glued to the number
 * word before it and to a word after it where S_plain_after holds
 * ("five-member"): after a number word a hyphen is read only before a
 * unit (S_unit_at: the word after it has a unit sense) or as the joiner of
 * a range whose second end is a number, a day, a date or a clock (a plain
 * word is none: no entry, no number; cc__time_p_time is not asked there, as
 * S_time_word_may wants a number or a clock word after the number). */
static bool S_plain_after_num(const S_cur *c, uint32_t k) {
  if (S_plain_after(c, k))
    return true;
  return S_p(c, k, '-') && S_glued(c, k) && k + 1 < c->end &&
         S_glued(c, k + 1) && S_plain_after(c, k + 1);
}

/* Token j (< c->end) is a quiet word (S_quiet: at most a preposition, a
 * tense, a zone... there) that is no number and none of cc__time_literals:
 * after a shift nothing continues with it. */
static bool S_still(const S_cur *c, uint32_t j) {
  uint64_t seen;
  cc_numparse np;
  return S_quiet(c, j, 0, &seen) && !S_num(c, j, &np) &&
         !S_lit(c, j, cc__time_literals);
}

/* No parser below can match at token j < c->end, a number token whose
 * text begins with a digit and holds a comma or ends with "%" ("2,750",
 * "24%"), with no temporal entry and no unit attached (cc__time_num_unit):
 * - no helper that reads the shape of digits takes such a token: not
 *   S_digits (digits only), S_clock_str (digits, then ":" or "." and two
 *   digits, then a suffix such as "am") nor the "8p" form (a last "a" or
 *   "p"), S_ordinal_run (digits then "st", "nd", "rd" or "th"), S_split3
 *   and S_p_slash2 (digits, "/" and "."), cc__time_p_year's "2018/19"
 *   (the scan leaves a tail) or cc__time_p_decade (digits, then "s" or
 *   nothing); so no clock, day, ordinal, year, date or decade starts
 *   there, and the parsers that ask a word's kinds, "the" or a first word
 *   find none;
 * - what is left reads the number as a count (cc__time_count_at, in
 *   cc__time_p_duration and S_p_set: S_clock_phrase reads words only,
 *   through S_clock_words), which cc__time_count_at refuses at a token
 *   that ends with "%"; a count continues at the number's end with a unit
 *   (maybe after a filler word or a hyphen) or a frequency word, or after
 *   "of" ("three quarters of a"), none of which is a plain word (S_plain).
 * cc__time_p_duration's "24h" reads the same entry as cc__time_num_unit.
 * Nor at digits alone (S_digits) of three, or of two from 32 up, that
 * are the whole number (S_num) before the sentence's end, a plain word
 * (S_plain) or a comma, full stop or semicolon with no entry
 * (S_digits_end): such digits are no day, month or hour (S_day, the bare
 * hours of cc__time_p_time and its ranges want 31 or 12 at most), no year
 * (cc__time_p_year wants four digits, or an era word next), no date
 * (cc__time_p_numeric a hyphen next) and no decade (an "s" or an
 * apostrophe), and S_clock_str reads "99" as no time and "950" as one
 * only with am/pm, "o'clock", a clock word, a zone or place ("GMT", "New
 * York time": entries), "hours" or a part of the day after it
 * (S_clock_digits; "at 1030" wants four digits); a count ends there as
 * above. */
static bool S_digits_end(const S_cur *c, uint32_t k) {
  if (k >= c->end)
    return true;
  const cc_token *t = S_tok(c, k);
  if (t->kind == CC_TOK_PUNCT)
    return t->norm_len == 1 && strchr(",.;", t->norm[0]) && !S_entry_at(c, k);
  return S_plain(c, k);
}

static bool S_inert_num(const S_cur *c, uint32_t j) {
  const cc_token *t = S_tok(c, j);
  const char *w = t->norm;
  size_t n = t->norm_len;
  if (!n || !S_dig(w[0]))
    return false;
  int v, nd;
  if (S_digits(c, j, &v, &nd)) {
    cc_numparse np;
    if (!(nd == 3 || (nd <= 2 && v >= 32)) || S_entry_at(c, j))
      return false;
    uint32_t k = S_num(c, j, &np) ? np.tok_end : j + 1;
    return k == j + 1 && S_digits_end(c, k);
  }
  bool pct = w[n - 1] == '%';
  if ((!pct && !memchr(w, ',', n)) || S_entry_at(c, j) ||
      cc__time_num_unit(c, t))
    return false;
  cc_numparse np;
  return pct || !S_num(c, j, &np) ||
         (np.tok_end < c->end && S_plain(c, np.tok_end));
}

/* No parser below can match at token j < c->end, a quiet word (S_quiet)
 * that is none of the words the parsers test at their first token (the,
 * between, half, last, week...), when
 * - it is no number (S_num) and not "a" either: every way in of every
 *   parser needs one of these ("of", "on", "as", "up");
 * - or it is a number word whose number ends before a plain word
 *   (S_plain_after), or a hyphen and one (S_plain_after_num): every
 *   parser that starts with a number word continues at its end with a
 *   unit, a clock word, a month, a joiner...  ("two sides", "a
 *   spokesperson", "a joint", "five-member").
 * With outer, j may also be "every" or a shift (below), a qualifier or a
 * vague count: cc__time_p_approx
 * reads a time or a date after the qualifier's key (where nothing may
 * start: the test there is not outer, so the work stays bounded), and
 * cc__time_count_at reads a vague word alone as a count, which
 * cc__time_p_duration continues at the next token with a unit or a filler word
 * (not plain) and S_p_set not at all ("about policy", "some economists"). */
static bool S_inert(const S_cur *c, uint32_t j, bool outer) {
  if (S_tok(c, j)->kind == CC_TOK_NUM)
    return S_inert_num(c, j);
  uint64_t seen;
  uint64_t allow = outer ? S_M(S_K_QUAL) | S_M(S_K_VAGUE) |
                               S_M(S_K_SHIFT) | S_M(S_K_EVERY)
                         : 0;
  /* The tests below are one conjunction, asked in the order that fails
   * soonest.  After "the" or a qualifier (not outer) S_quiet first: most
   * words there have a start kind ("year", "day").  Else the number test
   * (the last one before this order) first: it fails at most number
   * words the driver asks about ("five years", "a year", "over 20
   * years"), where S_quiet would read keys ("five", "a"). */
  if (!outer && !S_quiet(c, j, allow, &seen))
    return false;
  /* A word whose own entry has a start kind not allowed ("may", "years",
   * "day"): S_quiet's first tests refuse it, whatever the number test
   * finds, so that test (a number memo ask) is not made.  The
   * CC_RECOG_CHECK_INERT build makes both and compares. */
  const S_entry *ej;
  if (outer && S_tok(c, j)->kind == CC_TOK_WORD &&
      (ej = S_entry_at(c, j)) && (ej->kinds & S_START_KINDS & ~allow)) {
#ifdef CC_RECOG_CHECK_INERT
    if (S_quiet(c, j, allow, &seen)) {
      fprintf(stderr, "recog: start-kind word \"%s\" quiet\n", S_w(c, j));
      abort();
    }
#endif
    return false;
  }
  cc_numparse np;
  bool num = S_num(c, j, &np);
  if (num && !(S_tok(c, j)->kind == CC_TOK_WORD && np.tok_end < c->end &&
               S_plain_after_num(c, np.tok_end)))
    return false;

  if (outer && !S_quiet(c, j, allow, &seen))
    return false;
  /* "every" is read by S_p_set alone, with a count, a unit, a weekday, a
   * part of day, a month, a season or a weekend next */
  if ((seen & S_M(S_K_EVERY)) && j + 1 < c->end && !S_still(c, j + 1))
    return false;
  uint32_t n;
  if (seen & S_M(S_K_SHIFT)) {
    /* a shift ("last", "current", "previous") is read by cc__time_p_shift (a
     * unit, weekend, season, month, weekday or part of day after it),
     * cc__time_p_holiday (a holiday after it), cc__time_p_duration (a count or
     * unit after it) and, for "last", S_p_nth_of (a weekday, "day" or "week"
     * next): a still word there and next ends them all */
    if (!cc__time_phrase(c, j, S_M(S_K_SHIFT), &n) ||
        (j + 1 < c->end && !S_still(c, j + 1)) ||
        (n > 1 && j + n < c->end && !S_still(c, j + n)))
      return false;
    if (!S_is(c, j, "last") && !S_is(c, j, "this") && !S_is(c, j, "next") &&
        S_first_word(c, j))
      return false;
  } else if (S_first_word(c, j)) {
    return false;
  }
  if ((seen & S_M(S_K_QUAL)) && cc__time_phrase(c, j, S_M(S_K_QUAL), &n) &&
      j + n < c->end && !S_cannot_start_at(c, j + n, false))
    return false;
  /* cc__time_count_at reads "a", "an" or a vague word alone when there is no
   * number but an ordinal there */
  bool alone = !num || (np.flags & CC_NP_ORDINAL);
  if (alone && (S_is(c, j, "a") || S_is(c, j, "an")))
    return false;
  return !(alone && S_word1(c, j, S_K_VAGUE) && j + 1 < c->end &&
           !S_plain(c, j + 1));
}

/* No parser below can match at token i: an inert word (S_inert); a
 * quiet "the" that is no number before an inert word or the sentence end
 * (the parsers that take "the" make their first test at the word after
 * it); a quiet "between" or "from" before a token where nothing can start
 * either (their parsers read a clock, a date, a day or digits there, and
 * after a day a joiner).  So most of the driver's number-word and
 * weak-word triggers cost a few memo lookups instead of some twenty
 * parsers.  The tests at later tokens are not outer: bounded work. */
/* Token i is a quiet word (S_quiet, no kind allowed) where no number
 * starts: S_cannot_start_at's test at "the", "between" and "from". */
static bool S_quiet_no_num(const S_cur *c, uint32_t i) {
  uint64_t seen;
  cc_numparse np;
  return S_quiet(c, i, 0, &seen) && !S_num(c, i, &np);
}

static bool S_cannot_start_at(const S_cur *c, uint32_t i, bool outer) {
  /* "the", "between" and "from" are cc__time_first_words, which S_inert never
   * holds at (its S_quiet and S_lit are not asked there) */
  bool the = S_is(c, i, "the");
  if (!the && !(outer && (S_is(c, i, "between") || S_is(c, i, "from"))))
    return S_inert(c, i, outer);
#ifdef CC_RECOG_CHECK_INERT
  if (S_inert(c, i, outer)) {
    fprintf(stderr, "recog: inert first word at \"%s\"\n", S_w(c, i));
    abort();
  }
#endif
  if (i + 1 >= c->end)
    return S_quiet_no_num(c, i);
  /* the test at the next token first: it fails there at most calls ("the
   * year", "the day", "from the", "from early": a word of a start kind,
   * refused by its own S_quiet's first tests), and then S_quiet's keys
   * at i ("the" begins many) are not read; a conjunction of the same
   * tests either way */
  if (the ? !S_inert(c, i + 1, false) : !S_cannot_start_at(c, i + 1, false))
    return false;
  return S_quiet_no_num(c, i);
}

/* No parser can match at token i, a lower-case word whose entry has a
 * weekday sense alone, strict ("sat", "sun", "wed": capitals only), that
 * begins no longer key and no number, with no "after" or "before" next:
 * cc__time_p_weekday_led refuses a strict weekday without a capital,
 * cc__time_p_after_next needs "after" or "before" next (S_p_date_core_run reads
 * no other weekday at its first token, and cc__time_p_drange reads its first
 * end there), and no other parser reads a weekday at its first token
 * (S_p_set and S_p_nth_of read one after "every", a count or an
 * ordinal): every other first test asks a kind the entry lacks, digits,
 * a number or a word of cc__time_first_words ("sat in on", "sun cream"). */
static bool S_strict_weekday(const S_cur *c, uint32_t i) {
  if (S_tok(c, i)->kind != CC_TOK_WORD || S_cap(c, i))
    return false;
  const S_entry *e = S_entry_at(c, i);
  const S_sense *ws;
  cc_numparse np;
  return e && e->kinds == S_M(S_K_WEEKDAY) && !e->prefix &&
         S_weekday(c, i, &ws) && ws->strict && !S_is(c, i + 1, "after") &&
         !S_is(c, i + 1, "before") && !S_num(c, i, &np);
}

/* No parser can match at token i, a quiet "from" or "between" where no
 * number starts (as S_cannot_start_at asks), when at the next token j no
 * clock can start (cc__time_may_clock: digits are one), no date
 * (cc__time_p_date_core, kept in the memo for the parsers at j) and no day
 * after an optional "the" (S_day): the parsers read these words only as the
 * start of a range (cc__time_p_drange: a date, a part of one ("early",
 * cc__time_mod_at) or a day at j; cc__time_p_time: a clock or digits;
 * cc__time_p_year: digits) and S_quiet finds no key of a start kind there
 * ("from early morning": "early" starts "early morning", but no range). */
static bool S_span_inert(S_cur *c, uint32_t i) {
  uint64_t seen;
  cc_numparse np;
  uint32_t j = i + 1;
  if (j >= c->end || c->depth || S_is(c, j, "now") ||
      !(S_is(c, i, "from") || S_is(c, i, "between")) ||
      !S_quiet(c, i, 0, &seen) || S_num(c, i, &np) ||
      cc__time_may_clock(c, j, S_kinds_at(c, j)))
    return false;
  S_tv t;
  S_tv_unset(&t);
  int d;
  return !cc__time_p_date_core(c, j, &t) &&
         !S_day(c, S_is(c, j, "the") ? j + 1 : j, &d) && !cc__time_mod_at(c, j);
}

/* No parser can match at token i, an apostrophe (a mark, the driver's
 * trigger) with no entry that is not glued to a number after it
 * ("farmers' associations"): cc__time_p_decade reads one there only before a
 * glued number ("'90s"), and every other parser's first test at its
 * first token asks a word, digits, a number, "the", a kind or a key of
 * the token's entry (cc__time_p_time: cc__time_may_time; cc__time_p_drange:
 * S_drange_may, a date or a day there), none of which a mark with no entry is.
 * */
static bool S_apostrophe_inert(const S_cur *c, uint32_t i) {
  const cc_token *t = S_tok(c, i);
  return (t->kind == CC_TOK_PUNCT || t->kind == CC_TOK_SYM) &&
         t->norm[0] == '\'' && !t->norm[1] && !S_entry_at(c, i) &&
         !(S_glued(c, i + 1) && S_kind_is(c, i + 1, CC_TOK_NUM));
}

static bool S_cannot_start(S_cur *c, uint32_t i) {
  const cc_token *t = S_tok(c, i);
  if (t->kind == CC_TOK_PUNCT && t->norm[0] == '\'')
    return S_apostrophe_inert(c, i);
  return S_cannot_start_at(c, i, true) || S_strict_weekday(c, i) ||
         S_span_inert(c, i);
}

/* S_cannot_start holds at a word token of word w (n bytes, no NUL) when
 * (1) w is none of cc__time_first_words, not "fy..." (cc__time_p_fiscal)
 *     and not "q1".."h4" (cc__time_p_quarter), and its entry (if any) has
 *     no sense of a start kind (this function's part: CC_TQ_QUIET, or
 *     CC_TQ_AN for "a" and "an", which S_inert reads alone as a count);
 * (2) no longer key of a start kind begins at the token: none when w
 *     begins none (cc__time_starts_has, as tm->starts holds every such key
 *     and all its byte prefixes), else when cc__time_join_starts is false
 *     there (every longer key cc__time_phrase_keys reads begins with the
 *     bytes it joins, in the same way and within the same length);
 * (3) S_num is false there (the number memo reads a word that begins no
 *     number key as no number: recog_num.c's S_no_key_at) and w is not "a"
 *     or "an"; or it reads a number that is no ordinal or w is not "a" or
 *     "an", and the number ends before a plain word (S_plain:
 *     cc__time_plain_word and no number there).
 * Then S_quiet holds and sees none of the outer kinds (a qualifier, a
 * vague word, a shift, "every": all start kinds, so none in w's entry or
 * in the longer keys, nor a vague sense), and S_inert is true.  The
 * driver reads (1) and the table of (2) and (3) once per word at load
 * time, and asks the rest at the token instead of cc__time_mention;
 * test_recog_inert.c compares both ways at every token of a corpus. */
int cc__time_quiet_word(const cc_time_model *tm, const char *w, size_t n) {
  return cc__time_word_class(tm, w, n) & (CC_TQ_QUIET | CC_TQ_AN);
}

/* S_plain at a word token of word w (n bytes), but for its S_num: no
 * "fy..." or "q1".."h4", no temporal entry, none of cc__time_literals (asked
 * at tokens the table does not hold; cc__time_word_class at load). */
bool cc__time_plain_word(const cc_time_model *tm, const char *w, size_t n) {
  if (!n || memchr(w, 0, n))
    return false;
  if ((n >= 2 && w[0] == 'f' && w[1] == 'y') ||
      (n == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4'))
    return false;
  if (cc__time_word_find(tm, w, n))
    return false;
  if (!cc_wf_may(tm->wf_lits, w, n)) /* most words, at once */
    return true;
  for (const char *const *p = cc__time_literals; *p; p++)
    if (w[0] == (*p)[0] && strlen(*p) == n && !memcmp(*p, w, n))
      return false;
  return true;
}

/* cc__time_quiet_word and cc__time_plain_word with one lookup (the
 * driver asks both of every word of its table at load time). */
int cc__time_word_class(const cc_time_model *tm, const char *w, size_t n) {
  if (!n || memchr(w, 0, n))
    return CC_TQ_NONE;
  return cc__time_entry_class(tm, cc__time_word_find(tm, w, n), w, n);
}

int cc__time_entry_class(const cc_time_model *tm, const S_entry *e,
                         const char *w, size_t n) {
  if (!n || memchr(w, 0, n))
    return CC_TQ_NONE;
  if ((n >= 2 && w[0] == 'f' && w[1] == 'y') ||
      (n == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4'))
    return CC_TQ_NONE; /* neither quiet nor plain */
  bool lit = false, first = false;
  if (cc_wf_may(tm->wf_lits, w, n)) { /* most words pass neither list */
    for (const char *const *p = cc__time_literals; *p && !lit; p++)
      lit = w[0] == (*p)[0] && strlen(*p) == n && !memcmp(*p, w, n);
    for (const char *const *p = cc__time_first_words; *p && !first; p++)
      first = w[0] == (*p)[0] && strlen(*p) == n && !memcmp(*p, w, n);
  }
  int c = !e && !lit ? CC_TQ_PLAIN : CC_TQ_NONE;
  if (!(e && (e->kinds & S_START_KINDS)))
    c |= CC_TQ_OWN_QUIET; /* S_quiet's first tests, for a word token */
  if (first || (e && (e->kinds & S_START_KINDS)))
    return c;
  bool an = (n == 1 && w[0] == 'a') || (n == 2 && w[0] == 'a' && w[1] == 'n');
  return c | (an ? CC_TQ_AN : CC_TQ_QUIET);
}

static bool S_mention_at(S_cur *c, uint32_t i, uint32_t end, cc_mention *out);

bool cc__time_mention(const cc_time_model *tm, const cc_num_model *nm,
                      const cc_segmented *seg, uint32_t i, uint32_t end,
                      const cc_recog_ctx *ctx, cc_num_memo *memo,
                      cc_time_memo *tmemo, cc_mention *out) {
  if (i >= end || end > seg->ntokens)
    return false;
  S_cur cur = {tm, nm, seg, seg->tokens, ctx, i, end, 0, memo, NULL, NULL, 0};
  S_cur *c = &cur;
  if (tmemo && tmemo->end == end && tmemo->begin <= i && i < end) {
    /* the memo was reset for the sentence [begin, end) that holds i
     * (sentences are disjoint, so no other one ends at end) */
    c->sb = tmemo->begin;
    c->tmemo = tmemo;
    c->words = tmemo->words;
    c->wn = c->words ? end - c->sb : 0;
  } else if (seg->nsentences) {
    uint32_t s = cc_sentence_of(seg, i);
    uint32_t sb = seg->sentences[s].tok_begin;
    c->sb = sb <= i ? sb : i;
  }

  if (S_cannot_start(c, i)) {
#ifdef CC_RECOG_CHECK_INERT /* every parser anyway: none may match */
    cc_mention m = *out;
    if (S_mention_at(c, i, end, &m)) {
      fprintf(stderr, "recog: no start at \"%s\" but a mention\n", S_w(c, i));
      abort();
    }
#endif
    return false;
  }
  return S_mention_at(c, i, end, out);
}

#ifdef CC_RECOG_CHECK_INERT
/* cc__time_p_date from a value no parser starts from, checked against the same
 * parse from a fresh one: the answer and every field up to the value's
 * text (the struct's last bytes may be padding) must agree. */
static uint32_t S_p_date_whole(S_cur *c, uint32_t i, S_tv *tv) {
  S_tv fresh;
  S_tv_init(&fresh);
  uint32_t ef = cc__time_p_date(c, i, &fresh);
  memset(tv, 0x5a, sizeof *tv);
  uint32_t e = cc__time_p_date(c, i, tv);
  if (e != ef ||
      (e && memcmp(tv, &fresh, offsetof(S_tv, value) + sizeof tv->value))) {
    fprintf(stderr, "recog: cc__time_p_date at \"%s\" reads its value\n",
            S_w(c, i));
    abort();
  }
  return e;
}
#else
#define S_p_date_whole cc__time_p_date
#endif

/* cc__time_p_duration and cc__time_p_set_time where S_unit_after and
 * S_set_after hold; a CC_RECOG_CHECK_INERT build runs them everywhere and
 * checks that they match nowhere else. */
static uint32_t S_p_duration_checked(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t e = cc__time_p_duration(c, i, tv);
#ifdef CC_RECOG_CHECK_INERT
  if (e && !S_unit_after(c, i)) {
    fprintf(stderr, "recog: duration at \"%s\" S_unit_after misses\n",
            S_w(c, i));
    abort();
  }
#endif
  return e;
}

static uint32_t S_p_set_time_checked(S_cur *c, uint32_t i, S_tv *tv) {
  uint32_t e = cc__time_p_set_time(c, i, tv);
#ifdef CC_RECOG_CHECK_INERT
  if (e && !S_set_after(c, i)) {
    fprintf(stderr, "recog: set at \"%s\" S_set_after misses\n", S_w(c, i));
    abort();
  }
#endif
  return e;
}

/* Is the mention [i, e) a weekday that names a newspaper or a show: "the
 * Sunday Times", "the Mail on Sunday", "Monday Night Football"? */
static bool S_paper_day(const S_cur *c, uint32_t i, uint32_t e) {
  static const char *const papers[] = {
      "times", "telegraph", "mirror", "express",     "post",  "herald",
      "mail",  "people",    "sport",  "independent", "star",  "tribune",
      NULL};
  if (e >= i + 2 && S_is(c, e - 1, "night") && S_cap(c, e - 1) &&
      S_word1(c, e - 2, S_K_WEEKDAY) && S_cap(c, e) &&
      S_kind_is(c, e, CC_TOK_WORD))
    return true; /* "Monday Night Football" read as "Monday Night" */
  if (!S_word1(c, e - 1, S_K_WEEKDAY) || !S_cap(c, e - 1))
    return false;
  if (S_cap(c, e) && S_kind_is(c, e, CC_TOK_WORD) &&
      (S_is_one_of(c, e, papers) ||
       (S_is(c, e, "night") && S_cap(c, e + 1) &&
        S_kind_is(c, e + 1, CC_TOK_WORD))))
    return true; /* "Sunday Times", "Monday Night Football" */
  uint32_t on = e - 2; /* "on" before the weekday, inside or before */
  return e >= c->sb + 3 && on >= c->sb && S_is(c, on, "on") &&
         (on == i || on + 1 == i) && S_cap(c, on - 1) &&
         (S_is(c, on - 1, "mail") || S_is(c, on - 1, "independent"));
}

/* Every parser at token i (< end), the longest match into *out. */
static bool S_mention_at(S_cur *c, uint32_t i, uint32_t end, cc_mention *out) {
  S_tv buf[2], *won = &buf[0], *cand = &buf[1]; /* S_BEST's */
  uint32_t best = 0;
  /* guards as in S_p_date_core_run: the parser's own first test */
  const S_entry *ei = S_entry_at(c, i);
  bool the = S_is(c, i, "the");
  uint64_t ki = ei ? ei->kinds : 0, kt = the ? S_kinds_at(c, i + 1) : ki;
  /* first, to win over the clock a time that a word before makes a race
   * time ("in 2:07:41"); fractions of a second are always one */
  S_BEST_IF(S_kind_is(c, i, CC_TOK_NUM) && strchr(S_w(c, i), ':'),
            cc__time_p_race_time);
#ifdef CC_RECOG_CHECK_INERT
  S_BEST(cc__time_p_time_checked);
#else
  S_BEST_IF(cc__time_may_time(c, i, ki), cc__time_p_time);
#endif
  S_BEST_WHOLE(S_p_date_whole);
  if (S_CHECK_ALL || S_unit_after(c, i)) /* (it starts its own value) */
    S_BEST_WHOLE(S_p_duration_checked);
  S_BEST_IF(S_CHECK_ALL || S_set_after(c, i), S_p_set_time_checked);
  /* cc__time_p_weekdays_off: a count of one token and a weekday */
  S_BEST_IF(i + 1 < end && (S_kinds_at(c, i + 1) & S_M(S_K_WEEKDAY)),
             cc__time_p_weekdays_off);
  S_BEST_IF(S_has_phrase(c, i, ei, S_M(S_K_REF)), cc__time_p_ref);
  S_BEST_IF(S_has_phrase(c, i, ei, S_M(S_K_MOD)) ||
                 cc__time_end_hyphen(c, i) ||
                 ((ki & S_M(S_K_UNIT)) && cc__time_unit_end(c, i)) ||
                 (the && i + 1 < end &&
                  S_has_phrase(c, i + 1, S_entry_at(c, i + 1), S_M(S_K_MOD))),
             cc__time_p_mod);
  S_BEST_IF(S_has_phrase(c, i, ei, S_M(S_K_QUAL)), cc__time_p_approx);
  S_BEST_IF(ki & S_M(S_K_INPART), cc__time_p_inpart);
  S_BEST_IF(the, cc__time_p_the_rel);
  S_BEST_IF(S_has_phrase(c, i, ei, S_M(S_K_SAME)), cc__time_p_same);
  if (S_CHECK_ALL || S_joiner_after(c, i)) { /* (starts its own value) */
    S_BEST_WHOLE(cc__time_p_drange);
    S_BEST_IF(S_is(c, i, "from") || S_is(c, i, "between"), cc__time_p_dtrange);
  }
  S_BEST_IF(kt & S_M(S_K_WHOLE), cc__time_p_whole);
  if (!best || best > end || S_paper_day(c, i, best))
    return false;
  cc__time_finish(c, won, out);
  out->tok_begin = i;
  out->tok_end = best;
  return true;
}
