/* recog_time_memo.c - reading the temporal tables at a token: the
 * longest key with a sense of a kind (cc__time_phrase), the sentence
 * memo that keeps each token's entry, keys, ordinal and parses, the
 * scans for units, set words and joiners, the keys and joins kept per
 * thread across documents, and the driver's lookups (cc__time_word_find,
 * cc__time_join_starts, cc__time_trigger).  recog_time_int.h lists the
 * other files. */
#include "recog_time_int.h"

/* Longest phrase at i (at most max_tokens tokens, within the sentence) with a
 * sense whose kind is in mask.  Tokens join with a space when the text had
 * one ("new year's day", "st. louis"). */
static const S_sense *S_phrase_read(const S_cur *c, uint32_t i, uint64_t mask,
                                    uint32_t *ntok);

/* No key longer than token i (< c->end) with a place sense begins at i:
 * the sentence ends after it, or tokens i and i + 1, both words of the
 * model's word table, begin none (S_jplaces' keys).  False where that is
 * not known. */
bool cc__time_no_place_key(const S_cur *c, uint32_t i) {
  const cc_time_model *tm = c->tm;
  if (i + 1 >= c->end)
    return true;
  const cc_token *a = &c->toks[i], *b = a + 1;
  if (!tm->vocab || c->seg->vocab != tm->vocab || !a->id ||
      a->id >= tm->nids || !b->norm_len)
    return false;
  bool sp = (b->flags & CC_TF_SPACE_BEFORE) != 0;
  size_t nr = b->norm_len < 2 ? b->norm_len : 2;
  return !S_jhas(tm, S_jkey(a->id, sp, b->norm, nr) | S_JPLACE);
}

const S_sense *cc__time_phrase(const S_cur *c, uint32_t i, uint64_t mask,
                               uint32_t *ntok) {
  if (i >= c->end)
    return NULL;
  { /* most tokens start no key, and most keys are one word */
    const S_entry *e = S_entry_at(c, i);
    if (!e)
      return NULL;
#ifndef CC_RECOG_CHECK_INERT
    /* a key at i has a kind of the token's own entry or of the keys it
     * begins (pkinds): none in mask, no key is read ("the" asked for a
     * shift by cc__time_p_duration).  The inert build reads them and checks
     * (S_may_phrase's test below). */
    if (!((e->kinds | (e->prefix ? e->pkinds : 0)) & mask))
      return NULL;
#endif
    /* the keys past token i begin with its bytes, so their kinds are in
     * its pkinds: none in mask, the answer is the token's own (the inert
     * build reads the keys and compares) */
    if (!e->prefix || !(e->pkinds & mask) ||
        (!(mask & ~S_START_KINDS) && cc__time_no_start_key(c, i)) ||
        (!(mask & ~S_M(S_K_PLACE)) && cc__time_no_place_key(c, i))) {
      const S_sense *one = NULL;
      if (e->kinds & mask)
        for (const S_sense *s = e->senses; s; s = s->next)
          if (mask & S_M(s->kind)) {
            one = s;
            break;
          }
#ifdef CC_RECOG_CHECK_INERT
      if (e->prefix && S_phrase_read(c, i, mask, ntok) != one) {
        fprintf(stderr, "recog: a longer key at \"%s\" in mask\n",
                S_w(c, i));
        abort();
      }
#endif
      if (one)
        *ntok = 1;
      return one;
    }
  }
  return S_phrase_read(c, i, mask, ntok);
}

/* cc__time_phrase by the keys at i (cc__time_phrase_keys): the longest with a
 * sense in mask. */
static const S_sense *S_phrase_read(const S_cur *c, uint32_t i, uint64_t mask,
                                    uint32_t *ntok) {
  const S_entry *es[S_PHRASE_MAX];
  uint8_t nt[S_PHRASE_MAX];
  const S_entry *const *e = es;
  const uint8_t *ntk = nt;
  int n = cc__time_phrase_keys(c, i, &e, &ntk, es, nt);
  for (int k = n; k-- > 0;) /* the longest key with a sense in mask */
    if (e[k]->kinds & mask)
      for (const S_sense *s = e[k]->senses; s; s = s->next)
        if (mask & S_M(s->kind)) {
          *ntok = ntk[k];
#ifdef CC_RECOG_CHECK_INERT /* S_may_phrase's test */
          const S_entry *ei = S_entry_at(c, i);
          if (!((ei->kinds | (ei->prefix ? ei->pkinds : 0)) & S_M(s->kind))) {
            fprintf(stderr, "recog: phrase at \"%s\" not in pkinds\n",
                    S_w(c, i));
            abort();
          }
#endif
          return s;
        }
  return NULL;
}

/* An ordinal at i: "16th" or a word the number model reads as an ordinal
 * ("second", "eighteenth").  Returns the end token. */
static uint32_t S_ordinal_run(const S_cur *c, uint32_t i, int *v) {
  if (S_kind_is(c, i, CC_TOK_NUM)) {
    const char *s = S_w(c, i);
    int x = 0, n = 0;
    while (n < 4 && S_dig(s[n]))
      x = x * 10 + (s[n++] - '0');
    if (n > 0 && n <= 3 &&
        (!strcmp(s + n, "st") || !strcmp(s + n, "nd") || !strcmp(s + n, "rd") ||
         !strcmp(s + n, "th"))) {
      *v = x;
      return i + 1;
    }
    return 0;
  }
  cc_numparse np;
  if (S_kind_is(c, i, CC_TOK_WORD) && S_num(c, i, &np) &&
      (np.flags & CC_NP_ORDINAL) && !(np.flags & CC_NP_RANGE) &&
      np.value >= 1 && np.value <= 100 && np.value == floor(np.value)) {
    *v = (int)np.value;
    return np.tok_end;
  }
  return 0;
}

/* Each thread's own memo, handed out by cc__time_memo_new while not in
 * use: the driver makes and frees one per document, and a memo's tags
 * need no clearing to be fresh, only a generation none of them has (as
 * at a sentence: cc__time_memo_reset), so the kilobytes are neither
 * allocated nor walked per document.  Made at the thread's first ask
 * and freed at its end (cc_thread_calloc: as _Thread_local storage, its
 * 58 kB were zeroed for every thread, the ones that never recognize a
 * time too). */
static _Thread_local cc_time_memo *S_memo_own;
static _Thread_local bool S_memo_own_used;

cc_time_memo *cc__time_memo_new(void) {
  if (!S_memo_own_used) { /* (zeroed at first: every tag 0, gen 0) */
    S_memo_own_used = true;
    if (!S_memo_own)
      S_memo_own = cc_thread_calloc(sizeof *S_memo_own);
    cc__time_memo_reset(S_memo_own, 0, 0); /* a generation no tag has */
    return S_memo_own;
  }
  /* one per document: clear the tags only, not the kilobytes of values */
  cc_time_memo *m = cc_xmalloc(sizeof *m);
  for (uint32_t k = 0; k < S_MEMO_TOKS; k++) {
    m->facts[k].gen = 0;
    m->facts[k].pgen = 0;
    m->facts[k].sgen = 0;
    m->clock[k].gen = 0;
    m->count[k].gen = 0;
    m->ord[k].gen = 0;
    for (int d = 0; d < S_CORE_CLASSES; d++)
      m->core[d][k].gen = 0;
  }
  m->jgen = m->ugen = 0;
  m->gen = 1; /* slots with gen 0 are invalid */
  m->begin = m->end = 0;
  m->words = NULL;
  return m;
}

void cc__time_memo_reset(cc_time_memo *memo, uint32_t begin, uint32_t end) {
  if (!memo)
    return;
  if (++memo->gen == 0) { /* wrapped: old tags could match again */
    memset(memo->facts, 0, sizeof memo->facts);
    memset(memo->core, 0, sizeof memo->core);
    memset(memo->clock, 0, sizeof memo->clock);
    memset(memo->count, 0, sizeof memo->count);
    memset(memo->ord, 0, sizeof memo->ord);
    memo->jgen = memo->ugen = 0;
    memo->gen = 1;
  }
  memo->begin = begin;
  memo->end = end;
  memo->words = NULL;
}

/* Token x (< c->end) is a word S_range_joiner, cc__time_time_range or
 * cc__time_bare_range may read as the joiner of a range, with or without
 * "between": "and", "to", "until", "till", "til", "through", "thru", "up" (of
 * "up to") or a hyphen. */
static bool S_joiner_word(const S_cur *c, uint32_t x) {
  switch (S_tok(c, x)->norm[0]) {
  case 'a':
    return S_is(c, x, "and");
  case 't':
    return S_is(c, x, "to") || S_is(c, x, "till") || S_is(c, x, "til") ||
           S_is(c, x, "through") || S_is(c, x, "thru");
  case 'u':
    return S_is(c, x, "until") || S_is(c, x, "up");
  case '-':
    return S_p(c, x, '-');
  default:
    return false;
  }
}

/* The entry of token x (< c->end) for the sentence scan below, without
 * the memo's window (the scan visits every token and would push out the
 * facts of the tokens being parsed): the driver's reading when it has one
 * (w: the memo's words, or NULL), else the table. */
static inline const S_entry *S_entry_peek(const S_cur *c,
                                          const cc_tok_words *const *w,
                                          uint32_t x) {
  if (w && w[x - c->tmemo->begin]->known)
    return w[x - c->tmemo->begin]->tw;
  const cc_token *t = S_tok(c, x);
  return cc__time_word_find(c->tm, t->norm, t->norm_len);
}

/* The scan bits an entry gives a word (CC_TS_UNIT, CC_TS_SET,
 * CC_TS_SETP); 0 for none.  One place for the load's table and the two
 * slow readings the inert build compares it with. */
static inline uint8_t S_entry_ts(const S_entry *e) {
  const uint64_t set =
      S_M(S_K_WEEKEND) | S_M(S_K_EVERY) | S_M(S_K_FREQ) | S_M(S_K_SET);
  uint8_t b = 0;
  if (e && (e->kinds & S_M(S_K_UNIT)))
    b |= CC_TS_UNIT;
  if (e && (e->kinds & set))
    b |= CC_TS_SET;
  if (e && (e->kinds & S_M(S_K_WEEKDAY))) /* a plural weekday ("Mondays"):
                                          * "9am on Mondays" */
    for (const S_sense *x = e->senses; x; x = x->next)
      if (x->kind == S_K_WEEKDAY && x->flag)
        b |= CC_TS_SET;
  if (e && e->prefix && (e->pkinds & S_M(S_K_SET)))
    b |= CC_TS_SETP;
  return b;
}

uint8_t cc__time_scan_bits(const S_entry *e, const char *w, size_t n) {
  static const char *const joins[] = {"and",  "to",    "till", "through",
                                      "thru", "until", "up",   "til"};
  static const uint8_t jlen[] = {3, 2, 4, 7, 4, 5, 2, 3}; /* (asked at load
                                                       * of every word) */
  uint8_t b = S_entry_ts(e);
  /* (each join starts with 'a', 't' or 'u': most words are none) */
  if (n >= 2 && n <= 7 && (w[0] == 'a' || w[0] == 't' || w[0] == 'u'))
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
      if (jlen[k] == n && memcmp(joins[k], w, n) == 0)
        b |= CC_TS_JOIN;
  if (n == 1 && w[0] == '-')
    b |= CC_TS_JOIN;
  return b;
}

/* The scan bits (CC_TS_*, those of want at least) of token x (< c->end)
 * as the scans read a token: its entry (S_entry_peek), a number's unit
 * suffix (cc__time_num_unit), S_joiner_word. */
static uint8_t S_scan_slow(const S_cur *c, const cc_tok_words *const *w,
                           uint32_t x, uint8_t want) {
  uint8_t b = 0;
  if (want & (CC_TS_UNIT | CC_TS_SET | CC_TS_SETP)) {
    const cc_token *t = S_tok(c, x);
    if (t->kind == CC_TOK_NUM && cc__time_num_unit(c, t))
      b |= CC_TS_UNIT;
    b |= S_entry_ts(S_entry_peek(c, w, x));
  }
  if ((want & CC_TS_JOIN) && S_joiner_word(c, x))
    b |= CC_TS_JOIN;
  return b;
}

/* S_scan_slow at a number token x (CC_TS_NUM: its text begins with a
 * digit, so S_joiner_word is false there): its unit suffix, when want
 * has CC_TS_UNIT, and its entry only where an entry's key begins with a
 * digit (the inert build compares with S_scan_slow). */
static uint8_t S_scan_num(const S_cur *c, const cc_tok_words *const *w,
                          uint32_t x, uint8_t want) {
  const cc_token *t = S_tok(c, x);
  uint8_t b = 0;
  if ((want & CC_TS_UNIT) && cc__time_num_unit(c, t))
    b |= CC_TS_UNIT;
  if (c->tm->num_keys && (want & (CC_TS_UNIT | CC_TS_SET | CC_TS_SETP)))
    b |= S_entry_ts(cc__time_word_find(c->tm, t->norm, t->norm_len));
#ifdef CC_RECOG_CHECK_INERT
  if (t->kind != CC_TOK_NUM || !(t->norm[0] >= '0' && t->norm[0] <= '9') ||
      ((b ^ S_scan_slow(c, w, x, want)) & want)) {
    fprintf(stderr, "recog: number scan bits of \"%s\" differ\n", t->norm);
    abort();
  }
#else
  (void)w;
#endif
  return b;
}

/* S_scan_slow through the driver's reading of token x (w: the memo's
 * words, or NULL): its tscan when it read the word (the inert build
 * compares with S_scan_slow). */
static inline uint8_t S_scan_at(const S_cur *c, const cc_tok_words *const *w,
                                uint32_t x, uint8_t want) {
  if (w) {
    uint8_t b = w[x - c->tmemo->begin]->tscan;
    if (b & CC_TS_NUM)
      return S_scan_num(c, w, x, want);
    if (!(b & CC_TS_ASK)) {
#ifdef CC_RECOG_CHECK_INERT
      uint8_t all = CC_TS_UNIT | CC_TS_SET | CC_TS_SETP | CC_TS_JOIN;
      if (b != S_scan_slow(c, w, x, all) ||
          !w[x - c->tmemo->begin]->known) {
        fprintf(stderr, "recog: scan bits of \"%s\" differ\n",
                S_tok(c, x)->norm);
        abort();
      }
#endif
      return b;
    }
  }
  return S_scan_slow(c, w, x, want);
}

/* The token after the last one in [lo, x) (of the memo's sentence) whose
 * tscan has a bit of mask or CC_TS_ASK, or lo when none has: one byte
 * of the driver's reading a token (CC_TS_NUM is a bit of mask); without
 * it, x (every token is asked: S_scan_at). */
static inline uint32_t S_scan_prev(const cc_time_memo *m, uint32_t lo,
                                   uint32_t x, uint8_t mask) {
  const cc_tok_words *const *w = m->words;
  if (!w || x <= lo)
    return x;
  const uint32_t lk = lo - m->begin;
  const uint8_t mm = mask | CC_TS_ASK;
  uint32_t k = x - m->begin;
  /* four tokens a test while none of them has a bit */
  while (k - lk >= 4 && !((w[k - 1]->tscan | w[k - 2]->tscan |
                           w[k - 3]->tscan | w[k - 4]->tscan) &
                          mm))
    k -= 4;
  while (k > lk && !(w[k - 1]->tscan & mm))
    k--;
  return m->begin + k;
}

/* S_scan_prev passed the tokens [y, x) (looking for the bits of mask):
 * none has them as S_scan_slow reads it (the inert build's check). */
static inline void S_scan_passed(const S_cur *c, uint32_t y, uint32_t x,
                                 uint8_t mask) {
#ifdef CC_RECOG_CHECK_INERT
  for (; y < x; y++)
    if (S_scan_slow(c, c->tmemo->words, y, mask) & mask) {
      fprintf(stderr, "recog: the scan passed \"%s\"\n", S_tok(c, y)->norm);
      abort();
    }
#else
  (void)c, (void)y, (void)x, (void)mask;
#endif
}

/* A number token with a unit attached ("24h", "30min"): the suffix's
 * entry as cc__time_p_duration looks it up has a unit sense. */
bool cc__time_num_unit(const S_cur *c, const cc_token *t) {
  const char *w = t->norm;
  /* most numbers are digits and points only: the loop below would stop
   * at the NUL and answer false (isdigit holds at '0'..'9' in every
   * locale), without a call per byte */
  const char *q = w;
  while ((unsigned char)(*q - '0') < 10 || *q == '.')
    q++;
  if (!*q)
    return false;
  size_t p = 0;
  while (S_dig(w[p]) || w[p] == '.')
    p++;
  if (!(p > 0 && w[p] && S_dig(w[0])))
    return false;
  /* "2,750", "24%", "1990s-era": no unit key begins with "," or "%"
   * (the model's unit_odd), so the table is not asked */
  bool odd = !c->tm->unit_odd && !S_ascii_letter(w[p]);
#ifndef CC_RECOG_CHECK_INERT
  if (odd)
    return false;
#endif
  const S_entry *e = cc__time_word_find(c->tm, w + p, strlen(w + p));
#ifdef CC_RECOG_CHECK_INERT
  if (odd && e && (e->kinds & S_M(S_K_UNIT))) {
    fprintf(stderr, "recog: unit suffix at \"%s\" missed\n", w);
    abort();
  }
#endif
  return e && (e->kinds & S_M(S_K_UNIT));
}

/* The last token in [i, end) that may hold the unit cc__time_p_duration reads
 * (a word whose own entry has a unit sense, which S_word1 and S_unit_at
 * ask for, or a number with a unit attached) and the last one where
 * S_may_set may hold (an entry with a set sense, or a weekend, "every" or
 * frequency sense; a count's frequency word comes after the count; or a
 * set key longer than the token, S_may_phrase, that the token and the
 * next may begin: cc__time_join_starts, as S_phrase_keys_run finds no
 * longer key where their joined text begins none.  "a" begins keys of a
 * set kind by its bytes, "a day" none), and the last one after i that
 * is a joiner word (S_joiner_word, for S_joiner_after): one pass from the
 * sentence's end, once per sentence for the three
 * (the driver asks at rising tokens, so the work stays linear; a token
 * before i is answered as if one followed). */
void cc__time_scan_sentence(const S_cur *c, uint32_t i) {
  cc_time_memo *m = c->tmemo;
  const cc_tok_words *const *w = m->words;
  /* the bits still looked for (a number's unit suffix is read only
   * while no unit is found, as before) */
  uint8_t want = CC_TS_UNIT | CC_TS_SET | CC_TS_SETP | CC_TS_JOIN;
  uint32_t lu = c->end, ls = c->end, lj = c->end;
  for (uint32_t x = c->end; want;) {
    uint32_t x0 = x;
    /* (the tokens it passes have none: a number has none of want but a
     * unit, or the entry's bits where an entry's key begins with a digit) */
    x = S_scan_prev(m, i, x,
                    (uint8_t)(want | ((want & CC_TS_UNIT) || c->tm->num_keys
                                          ? CC_TS_NUM
                                          : 0)));
    S_scan_passed(c, x, x0, want);
    if (x <= i)
      break;
    x--;
    uint8_t b = S_scan_at(c, w, x, want) & want;
    if (!b)
      continue;
    if ((b & CC_TS_JOIN) && x > i) { /* (a joiner after i) */
      lj = x;
      want &= (uint8_t)~CC_TS_JOIN;
    }
    if (b & CC_TS_UNIT) {
      lu = x;
      want &= (uint8_t)~CC_TS_UNIT;
    }
    if ((b & CC_TS_SET) || ((b & CC_TS_SETP) && x + 1 < c->end &&
                            S_join_kept(c->tm, c->seg, x))) {
      ls = x;
      want &= (uint8_t)~(CC_TS_SET | CC_TS_SETP);
    }
  }
  m->last_unit = lu;
  m->last_set = ls;
  m->ulo = i;
  m->ugen = m->gen;
  m->last_join = lj;
  m->jlo = i;
  m->jgen = m->gen;
}

void cc__time_memo_words(cc_time_memo *memo, const cc_tok_words *const *w) {
  if (memo)
    memo->words = w;
}

void cc__time_memo_free(cc_time_memo **memo) {
  if (!memo || !*memo)
    return;
  if (*memo == S_memo_own)
    S_memo_own_used = false;
  else
    cc_xfree(*memo);
  *memo = NULL;
}

/* S_entry_at when the memo (c->tmemo) has no answer for i, kept in its
 * slot f: the driver has read most tokens asked about (the table is
 * asked at one miss in ten on the c10 extract), so that path comes
 * first, with one compare for the window [begin, end) (unsigned: begin
 * <= end). */
const S_entry *cc__time_entry_fill(const S_cur *c, uint32_t i, S_fact *f) {
  const cc_time_memo *m = c->tmemo;
  const cc_tok_words *w;
  const S_entry *e;
  if (m->words && i - m->begin < m->end - m->begin &&
      (w = m->words[i - m->begin])->known) {
    e = w->tw;
  } else {
    const cc_token *t = S_tok(c, i);
    e = cc__time_word_find(c->tm, t->norm, t->norm_len);
  }
  f->gen = m->gen;
  f->i = i;
  f->e = e;
  f->pgen = 0;
  f->sgen = 0;
  return e;
}

/* The memo's fact slot of token i, claimed for i (cc__time_entry_fill) when it
 * holds another token's or an older sentence's facts; NULL without a
 * memo. */
static inline S_fact *S_fact_at(const S_cur *c, uint32_t i) {
  cc_time_memo *m = c->tmemo;
  if (!m)
    return NULL;
  S_fact *f = &m->facts[i & (S_MEMO_TOKS - 1)];
  if (f->gen != m->gen || f->i != i)
    cc__time_entry_fill(c, i, f);
  return f;
}

/* Bit h (cc_wf_hash) of filter f: cc_wf_may with the hash given, so that
 * one hash of a key serves both filters below. */
static inline bool S_wf_bit(const cc_wfilter *f, uint32_t h) {
  return (f->bits[h >> 6] >> (h & 63u)) & 1u;
}

/* FNV-1a (uthash's HASH_FNV, these files' HASH_FUNCTION) of s[0..n) after
 * the bytes hashed into h: the joined key's hash grows with it. */
static inline uint32_t S_fnv_more(uint32_t h, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t k = 0; k < n; k++)
    h = (h ^ p[k]) * 16777619u;
  return h;
}

/* S_phrase_keys_run's first token i when its entry (S_entry_at) is the
 * first token of a longer key (e->prefix): its text is then a proper
 * prefix of that key, so in tm->prefixes, and the entry is what the
 * words table holds for it; the key of token i alone goes into es/nt as
 * the loop would put it.  False (nothing done): read the tables. */
static bool S_first_key(const S_cur *c, uint32_t i, const S_entry **es,
                        uint8_t *nt, int *nk) {
  const S_entry *e = c->tmemo ? S_entry_at(c, i) : NULL;
  if (!e || !e->prefix)
    return false;
#ifdef CC_RECOG_CHECK_INERT /* the tables' answers */
  const cc_token *t = S_tok(c, i);
  S_entry *w = NULL;
  HASH_FIND(hh, c->tm->words, t->norm, t->norm_len, w);
  if (w != e || !S_sset_has(&c->tm->prefixes, t->norm, t->norm_len,
                            S_sset_fnv(S_SSET_FNV0, t->norm, t->norm_len))) {
    fprintf(stderr, "recog: first key at \"%s\" differs\n", t->norm);
    abort();
  }
#endif
  if (e->senses) {
    es[*nk] = e;
    nt[(*nk)++] = 1;
  }
  return true;
}

/* The keys at i (cc__time_phrase_keys); *read: how many tokens it read (their
 * texts decide the answer with the sentence's end and the model's longest
 * key), *np: at how many of them, from i, the prefix test passed. */
static int S_phrase_keys_run(const S_cur *c, uint32_t i, const S_entry **es,
                             uint8_t *nt, int *read, int *np) {
  char buf[256];
  *read = *np = 0;
  size_t n = 0;
  int maxw = c->tm->max_tokens < S_PHRASE_MAX ? c->tm->max_tokens
                                              : S_PHRASE_MAX;
  int nk = 0;
  uint32_t hv = 2166136261u; /* HASH_FNV of buf[0..n): both tables' */
  for (int k = 0; k < maxw && i + (uint32_t)k < c->end; k++) {
    const cc_token *t = S_tok(c, i + (uint32_t)k);
    size_t need = t->norm_len + 1;
    *read = k + 1;
    if (n + need >= sizeof buf)
      break;
    if (k > 0 && (t->flags & CC_TF_SPACE_BEFORE)) {
      buf[n++] = ' ';
      hv = S_fnv_more(hv, " ", 1);
    }
    memcpy(buf + n, t->norm, t->norm_len);
    hv = S_fnv_more(hv, t->norm, t->norm_len);
    n += t->norm_len;
    if (k == 0 && S_first_key(c, i, es, nt, &nk)) {
      *np = 1;
      continue;
    }
    uint32_t fh = cc_wf_hash(buf, n); /* both filters' */
    S_entry *e = NULL;
    if (S_wf_bit(c->tm->wf_words, fh))
      HASH_FIND_BYHASHVALUE(hh, c->tm->words, buf, n, hv, e);
    if (e && e->senses) {
      es[nk] = e;
      nt[nk++] = (uint8_t)(k + 1);
    }
    if (!S_wf_bit(c->tm->wf_prefixes, fh) ||
        !S_sset_has(&c->tm->prefixes, buf, n, hv))
      break; /* no longer key starts with these words */
    *np = k + 1;
  }
  return nk;
}

/* S_ordinal_run through the memo (the day, century, quarter and n-th
 * parsers read the ordinal at the same token); *v written on a match. */
uint32_t cc__time_ordinal(const S_cur *c, uint32_t i, int *v) {
  if (!c->tmemo || i >= c->end)
    return S_ordinal_run(c, i, v);
  cc_tok_kind k = S_tok(c, i)->kind;
  if (k != CC_TOK_NUM && k != CC_TOK_WORD)
    return 0; /* S_ordinal_run reads only these */
  if (k == CC_TOK_WORD && c->memo)
    return S_ordinal_run(c, i, v); /* S_num's answer is the number memo's */
  S_ord_slot *s = &c->tmemo->ord[i & (S_MEMO_TOKS - 1)];
  if (s->gen != c->tmemo->gen || s->i != i) {
    s->v = 0;
    s->e = S_ordinal_run(c, i, &s->v);
    s->gen = c->tmemo->gen;
    s->i = i;
  }
  if (s->e)
    *v = s->v;
  return s->e;
}

/* S_phrase_keys_run's answers kept per thread across sentences and
 * documents by the ids of the tokens it read.  The run reads token i,
 * then token i + 1 only where the text of i is a proper prefix of a key
 * (and so on), and a token's text is fixed by its id (in the model's word
 * table: seg->vocab); past that it reads only the sentence's end and the
 * model's longest key.  So an answer is kept by levels: at level L by
 * the ids of tokens i .. i + L - 1 and the spaces between them, the keys
 * of up to L tokens and whether the prefix test passed at the last of
 * them.  A test passed where the sentence goes on past the tokens kept
 * ask the next level; past S_PK_LEVELS, or at a level not kept, the run
 * reads the tokens ("at the end of": three levels).  Direct-mapped slots,
 * the whole table emptied when the thread asks of another model
 * (serial).  The slots are made at the thread's first model
 * (cc_thread_calloc, zeroed: 96 kB of _Thread_local storage were zeroed
 * for every thread and then again at its first model); a slot is asked
 * for only once they are the model's (S_pk_own). */
#define S_PK_SLOTS 2048u /* a power of two: 96 KB a thread */
#define S_PK_LEVELS 3
typedef struct S_pk_slot {
  uint64_t ka, kb; /* S_pk_slot_of's key (ka 0: empty) */
  const S_entry *keys[S_PK_LEVELS];
  uint8_t ntok[S_PK_LEVELS];
  uint8_t nkeys;
  bool pass; /* the prefix test passed at the last token of the key */
} S_pk_slot;

static _Thread_local uint64_t S_pk_serial; /* the slots' model (0: none) */
static _Thread_local S_pk_slot *S_pk_slots;  /* [S_PK_SLOTS], or NULL */

/* The thread's slots made tm's: emptied when they were another model's. */
static void S_pk_own(const cc_time_model *tm) {
  if (S_pk_serial != tm->serial) {
    if (!S_pk_slots)
      S_pk_slots = cc_thread_calloc(S_PK_SLOTS * sizeof *S_pk_slots);
    else
      memset(S_pk_slots, 0, S_PK_SLOTS * sizeof *S_pk_slots);
    S_pk_serial = tm->serial;
  }
}

/* Token x's id for the keys below, or 0 when it has none of the model's
 * word table. */
static inline uint32_t S_pk_id(const S_cur *c, uint32_t x) {
  return c->tm->vocab && c->seg->vocab == c->tm->vocab ? c->toks[x].id
                                                       : 0;
}

/* The key of level L (1 .. S_PK_LEVELS) of ids[0..L) (each nonzero; 0
 * past L) and the spaces before tokens 1 .. L - 1 (bits 1 .. L - 1 of
 * sp): ka holds L, sp and ids[0], kb ids[1] and ids[2]. */
static inline S_pk_slot *S_pk_slot_of(int level, uint32_t sp,
                                      const uint32_t *ids, uint64_t *ka,
                                      uint64_t *kb) {
  *ka = (uint64_t)level | (uint64_t)sp << 4 | (uint64_t)ids[0] << 32;
  *kb = (uint64_t)ids[1] | (uint64_t)ids[2] << 32;
  uint64_t h = (*ka ^ *kb * 0xC2B2AE3D27D4EB4Full) * 0x9E3779B97F4A7C15ull;
  return &S_pk_slots[h >> 40 & (S_PK_SLOTS - 1)];
}

/* S_entry_at without a memo: the table, through the thread's slots
 * (level 7: the entry of the word of an id, in keys[0]) where the token
 * has an id (cc__time_text_zone asks at capitals, places and names that
 * come back in every story). */
const S_entry *cc__time_entry_miss(const S_cur *c, uint32_t i) {
  const cc_token *t = S_tok(c, i);
  uint32_t ids[S_PK_LEVELS] = {t->id, 0, 0};
  if (!ids[0] || !c->tm->vocab || c->seg->vocab != c->tm->vocab)
    return cc__time_word_find(c->tm, t->norm, t->norm_len);
  uint64_t ka, kb;
  S_pk_own(c->tm); /* (a slot of another model's would not match) */
  S_pk_slot *s = S_pk_slot_of(7, 0, ids, &ka, &kb);
  if (s->ka == ka && s->kb == kb) {
#ifdef CC_RECOG_CHECK_INERT
    if (s->keys[0] != cc__time_word_find(c->tm, t->norm, t->norm_len)) {
      fprintf(stderr, "recog: kept entry at \"%s\" differs\n", t->norm);
      abort();
    }
#endif
    return s->keys[0];
  }
  const S_entry *e = cc__time_word_find(c->tm, t->norm, t->norm_len);
  s->ka = ka;
  s->kb = kb;
  s->keys[0] = e;
  s->nkeys = 0;
  s->pass = false;
  return e;
}

/* The kept answer at i into es/nt (its count), or -1 when none is.
 * Where token i's entry (the memo's) begins a longer key, level 1 is
 * known without its slot: the run's first step (S_first_key) keeps the
 * entry as the key of one token if it has senses and goes on (cc__time_phrase
 * asks only there). */
static int S_pk_find(const S_cur *c, uint32_t i, const S_entry **es,
                     uint8_t *nt) {
  const cc_time_model *tm = c->tm;
  if (S_pk_serial != tm->serial || i >= c->end || !tm->vocab ||
      c->seg->vocab != tm->vocab)
    return -1;
  int maxw = tm->max_tokens < S_PHRASE_MAX ? tm->max_tokens : S_PHRASE_MAX;
  if (maxw < 1)
    return -1;
  uint32_t lim = c->end - i; /* the tokens the run may read */
  if ((uint32_t)maxw < lim)
    lim = (uint32_t)maxw;
  const cc_token *t = &c->toks[i];
  uint32_t ids[S_PK_LEVELS] = {t->id, 0, 0}, sp = 0;
  if (!ids[0])
    return -1;
  uint32_t L = 1;
  const S_entry *e = c->tmemo ? S_entry_at(c, i) : NULL;
  if (e && e->prefix && t->norm_len + 1 < 256) { /* (the run's buffer) */
    if (lim == 1) { /* (the sentence or the longest key ends there) */
      es[0] = e;
      nt[0] = 1;
      return e->senses ? 1 : 0;
    }
    L = 2;
  }
  for (; L <= S_PK_LEVELS; L++) {
    if (L > 1) {
      if (!(ids[L - 1] = t[L - 1].id))
        return -1;
      if (t[L - 1].flags & CC_TF_SPACE_BEFORE)
        sp |= 1u << (L - 1);
    }
    uint64_t ka, kb;
    const S_pk_slot *s = S_pk_slot_of((int)L, sp, ids, &ka, &kb);
    if (s->ka != ka || s->kb != kb)
      return -1;
    if (!s->pass || L == lim) { /* the run stops */
      for (int k = 0; k < s->nkeys; k++) {
        es[k] = s->keys[k];
        nt[k] = s->ntok[k];
      }
      return s->nkeys;
    }
  }
  return -1; /* it reads more tokens */
}

/* Keep the answer of a run at i (nk keys es/nt; it read `read` tokens,
 * the prefix test passed at the first np of them). */
static void S_pk_keep(const S_cur *c, uint32_t i, const S_entry *const *es,
                      const uint8_t *nt, int nk, int read, int np) {
  S_pk_own(c->tm);
  uint32_t ids[S_PK_LEVELS] = {0}, sp = 0;
  for (int L = 1; L <= S_PK_LEVELS && L <= read; L++) {
    uint32_t x = i + (uint32_t)L - 1;
    if (!(ids[L - 1] = S_pk_id(c, x)))
      return;
    if (L > 1 && (c->toks[x].flags & CC_TF_SPACE_BEFORE))
      sp |= 1u << (L - 1);
    uint64_t ka, kb;
    S_pk_slot *s = S_pk_slot_of(L, sp, ids, &ka, &kb);
    s->ka = ka;
    s->kb = kb;
    s->nkeys = 0;
    for (int k = 0; k < nk && nt[k] <= L; k++) {
      s->keys[k] = es[k];
      s->ntok[k] = nt[k];
      s->nkeys++;
    }
    s->pass = np >= L;
  }
}

/* S_phrase_keys_run through the thread's kept answers (S_pk); the inert
 * build runs it at each kept answer and compares. */
static int S_phrase_keys_kept(const S_cur *c, uint32_t i, const S_entry **es,
                              uint8_t *nt) {
  int nk = S_pk_find(c, i, es, nt);
  int read, np;
  if (nk >= 0) {
#ifdef CC_RECOG_CHECK_INERT
    const S_entry *xs[S_PHRASE_MAX];
    uint8_t xn[S_PHRASE_MAX];
    int xk = S_phrase_keys_run(c, i, xs, xn, &read, &np);
    bool same = xk == nk;
    for (int k = 0; same && k < nk; k++)
      same = xs[k] == es[k] && xn[k] == nt[k];
    if (!same) {
      fprintf(stderr, "recog: kept phrase keys at \"%s\" differ\n",
              S_w(c, i));
      abort();
    }
#endif
    return nk;
  }
  nk = S_phrase_keys_run(c, i, es, nt, &read, &np);
  S_pk_keep(c, i, es, nt, nk, read, np);
  return nk;
}

int cc__time_phrase_keys(const S_cur *c, uint32_t i, const S_entry *const **e,
                         const uint8_t **ntk, const S_entry **es,
                         uint8_t *nt) {
  S_fact *f = S_fact_at(c, i);
  if (!f)
    return S_phrase_keys_kept(c, i, es, nt);
  if (f->pgen != c->tmemo->gen) {
    f->nkeys = S_phrase_keys_kept(c, i, f->keys, f->ntok);
    f->pgen = c->tmemo->gen;
  }
  *e = f->keys;
  *ntk = f->ntok;
  return f->nkeys;
}

/* No key longer than token i (< c->end, whose entry e begins one:
 * e->prefix) and of a start kind (S_START_KINDS) begins at i: tokens i
 * and i + 1 begin no key of starts (cc__time_join_starts), which holds
 * every byte prefix of the keys of a start kind, and the text of such a
 * key at i is that of its tokens joined as S_phrase_keys_run joins
 * them.  So cc__time_phrase_keys would find no such key but e; asked where a
 * caller wants start kinds only ("a spokesperson", "the team": "a" and
 * "the" begin keys), it spares building the keys.  Kept per token by
 * the memo.  The CC_RECOG_CHECK_INERT build reads the keys and checks. */
bool cc__time_no_start_key(const S_cur *c, uint32_t i) {
  S_fact *f = S_fact_at(c, i);
  if (f && f->sgen == c->tmemo->gen)
    return f->solo;
  if (f && f->pgen == c->tmemo->gen) /* the keys are known: read them */
    return false;
  bool solo = i + 1 >= c->end || !S_join_kept(c->tm, c->seg, i);
#ifdef CC_RECOG_CHECK_INERT
  const S_entry *es[S_PHRASE_MAX];
  uint8_t nt[S_PHRASE_MAX];
  const S_entry *const *ke = es;
  const uint8_t *kn = nt;
  int n = cc__time_phrase_keys(c, i, &ke, &kn, es, nt);
  for (int k = 0; solo && k < n; k++)
    if (kn[k] > 1 && (ke[k]->kinds & S_START_KINDS)) {
      fprintf(stderr, "recog: start key at \"%s\" missed\n", S_w(c, i));
      abort();
    }
#endif
  if (f) {
    f->sgen = c->tmemo->gen;
    f->solo = solo;
  }
  return solo;
}

/* The kinds of every key at token i (< c->end) that cc__time_phrase reads: the
 * entry's own when it begins no longer key, else those of the keys
 * cc__time_phrase_keys finds there (kept per token by the memo).
 * cc__time_phrase(c, i, mask) finds a sense exactly when these meet mask. */
static uint64_t S_phrase_kinds(const S_cur *c, uint32_t i) {
  const S_entry *e = S_entry_at(c, i);
  if (!e || !e->prefix)
    return e ? e->kinds : 0;
  if (cc__time_no_start_key(
          c, i)) /* (cc__time_phrase_meets asks start kinds only) */
    return e->kinds;
  const S_entry *es[S_PHRASE_MAX];
  uint8_t nt[S_PHRASE_MAX];
  const S_entry *const *ke = es;
  const uint8_t *kn = nt;
  int n = cc__time_phrase_keys(c, i, &ke, &kn, es, nt);
  uint64_t k = 0;
  for (int x = 0; x < n; x++)
    k |= ke[x]->kinds;
  return k;
}

/* A parser whose first test is cc__time_phrase(c, i, mask) can pass it
 * (S_has_phrase): e (the entry of token i < c->end) may begin a key of a
 * kind in mask (S_may_phrase, inline) and one is there (cc__time_phrase_meets).
 * Most words that may ("the", "a", "may") begin none ("the ides of
 * march" is not read at "the team").  The CC_RECOG_CHECK_INERT build
 * checks the answer against cc__time_phrase and runs the parser wherever
 * S_may_phrase holds. */
bool cc__time_phrase_meets(const S_cur *c, uint32_t i, uint64_t mask) {
  bool has = (S_phrase_kinds(c, i) & mask) != 0;
#ifdef CC_RECOG_CHECK_INERT
  uint32_t n;
  if (has != (cc__time_phrase(c, i, mask, &n) != NULL)) {
    fprintf(stderr, "recog: phrase kinds at \"%s\" differ\n", S_w(c, i));
    abort();
  }
  return true;
#else
  return has;
#endif
}

/* ---- entry points ------------------------------------------------------- */

/* cc_wf_may of the text a (na > 0 bytes), a space when sp, then b (nb
 * bytes), without joining them: cc_wf_hash (cc_util.h) reads only the
 * length and the first, second and last bytes, so its formula is
 * repeated here on those (the CC_RECOG_CHECK_INERT build compares it with
 * cc_wf_may of the joined text). */
static inline bool S_wf_may_join(const cc_wfilter *f, const char *a,
                                 size_t na, bool sp, const char *b,
                                 size_t nb) {
  size_t n = na + (sp ? 1 : 0) + nb;
  unsigned p0 = (unsigned char)a[0];
  unsigned p1 = na > 1 ? (unsigned char)a[1]
                : sp   ? ' '
                : nb   ? (unsigned char)b[0]
                       : 0u;
  unsigned pl = nb ? (unsigned char)b[nb - 1]
                : sp ? ' '
                     : (unsigned char)a[na - 1];
  uint32_t h = (uint32_t)n * 2654435761u;
  h ^= p0 * 40503u;
  h ^= pl * 2246822519u;
  h ^= (n > 1 ? p1 : 0u) * 3266489917u;
  h ^= h >> 15;
  h *= 2246822519u;
  h ^= h >> 13;
  h &= CC_WF_WORDS * 64u - 1u;
  return (f->bits[h >> 6] >> (h & 63u)) & 1u;
}

/* The text a (na bytes), a space when sp, then b (nb bytes) is in the
 * set: S_sset_has with the hash grown over the pieces and the key
 * compared piece by piece, so the pieces are never copied. */
static bool S_str_has_join(const S_sset *set, const char *a, size_t na,
                           bool sp, const char *b, size_t nb) {
  if (!set->n)
    return false;
  uint32_t hv = S_fnv_more(2166136261u, a, na); /* HASH_FNV's */
  if (sp)
    hv = S_fnv_more(hv, " ", 1);
  hv = S_fnv_more(hv, b, nb);
  size_t n = na + (sp ? 1 : 0) + nb;
  for (uint32_t s = hv & set->mask;; s = (s + 1) & set->mask) {
    const S_sslot *x = &set->slots[s];
    if (!x->s)
      return false;
    const char *k = x->s;
    if (x->hv == hv && x->len == n && !memcmp(k, a, na) &&
        (!sp || k[na] == ' ') && !memcmp(k + na + (sp ? 1 : 0), b, nb))
      return true;
  }
}

/* The join of tokens a and b by the text's hash (cc__time_join_starts). */
static bool S_join_starts_text(const cc_time_model *tm, const cc_token *a,
                               const cc_token *b);

static bool S_join_starts_ids(const cc_time_model *tm,
                              const cc_segmented *seg, const cc_token *a,
                              const cc_token *b);

/* Tokens i and i + 1 joined as cc__time_phrase joins them begin a key of a
 * start kind ("at the moment", "the turn of"). */
bool cc__time_join_starts(const cc_time_model *tm, const cc_segmented *seg,
                          uint32_t i) {
  if (i + 1 >= seg->ntokens)
    return false;
  const cc_token *a = &seg->tokens[i], *b = &seg->tokens[i + 1];
  uint64_t key = S_jpair_key(tm, seg, a);
  if (!key)
    return S_join_starts_ids(tm, seg, a, b);
  _Atomic uint64_t *slot = S_jpair_slot(tm, key);
  uint64_t e = atomic_load_explicit(slot, memory_order_relaxed);
  if ((e & ~2ull) == key) {
#ifdef CC_RECOG_CHECK_INERT /* the kept answer is the text's */
    if (!(e & 2) != !S_join_starts_text(tm, a, b)) {
      fprintf(stderr, "recog: kept join at \"%s\" \"%s\" differs\n",
              a->norm, b->norm);
      abort();
    }
#endif
    return (e & 2) != 0;
  }
  bool has = S_join_starts_ids(tm, seg, a, b);
  atomic_store_explicit(slot, key | (has ? 2 : 0), memory_order_relaxed);
  return has;
}

bool cc__time_join_short(const cc_time_model *tm, const cc_segmented *seg,
                         uint32_t i, bool *fixed) {
  *fixed = false;
  if (i + 1 >= seg->ntokens)
    return false;
  const cc_token *a = &seg->tokens[i], *b = &seg->tokens[i + 1];
  /* S_join_starts_ids' id path, told apart: b's first bytes begin no key
   * (S_jhas) is false whatever follows them (a longer b over 256 bytes
   * in all, off this path, is false too: S_join_starts_text), and a b of
   * one or two bytes is all in the key */
  if (!(tm->vocab && seg->vocab == tm->vocab && a->id && a->id < tm->nids &&
        b->norm_len && a->norm_len + b->norm_len + 2 <= 256))
    return S_join_starts_text(tm, a, b);
  bool sp = (b->flags & CC_TF_SPACE_BEFORE) != 0;
  size_t nr = b->norm_len < 2 ? b->norm_len : 2;
  bool has = S_jhas(tm, S_jkey(a->id, sp, b->norm, nr));
  if (!has || b->norm_len <= 2) {
    *fixed = true;
  } else {
    has = S_join_starts_text(tm, a, b);
  }
#ifdef CC_RECOG_CHECK_INERT
  if (has != S_join_starts_text(tm, a, b)) {
    fprintf(stderr, "recog: short join at \"%s\" \"%s\" differs\n",
            a->norm, b->norm);
    abort();
  }
#endif
  return has;
}

/* cc__time_join_starts of tokens a and b (a + 1) with no kept answer. */
static bool S_join_starts_ids(const cc_time_model *tm,
                              const cc_segmented *seg, const cc_token *a,
                              const cc_token *b) {
  /* a word of the model's word table, then one or two bytes: the answer
   * is in S_jshort_build's set (tm->jkeys); a longer b whose first two
   * bytes are not there begins no key either (starts holds every byte
   * prefix).  Most joins end here with one probe ("the team", "on
   * Monday"). */
  if (tm->vocab && seg->vocab == tm->vocab && a->id && a->id < tm->nids &&
      b->norm_len &&
      a->norm_len + b->norm_len + 2 <= 256) {
    bool sp = (b->flags & CC_TF_SPACE_BEFORE) != 0;
    size_t nr = b->norm_len < 2 ? b->norm_len : 2;
    bool has = S_jhas(tm, S_jkey(a->id, sp, b->norm, nr));
    if (has && b->norm_len > 2)
      has = S_join_starts_text(tm, a, b);
#ifdef CC_RECOG_CHECK_INERT
    if (has != S_join_starts_text(tm, a, b)) {
      fprintf(stderr, "recog: join by id at \"%s\" \"%s\" differs\n",
              a->norm, b->norm);
      abort();
    }
#endif
    return has;
  }
  return S_join_starts_text(tm, a, b);
}

static bool S_join_starts_text(const cc_time_model *tm, const cc_token *a,
                               const cc_token *b) {
  /* starts holds every byte prefix of its keys, so the joined text is a
   * key only when token i alone is one: a clear bit ends it here */
  if (!cc_wf_may(tm->wf_starts, a->norm, a->norm_len))
    return false;
  size_t n = a->norm_len;
  if (n + b->norm_len + 2 > 256) /* (as S_phrase_keys_run's buffer) */
    return false;
  bool sp = (b->flags & CC_TF_SPACE_BEFORE) != 0;
  /* the filter of the joined text from its few bytes: most joins end
   * here; the rest are looked up without being copied */
  bool may = n == 0 || S_wf_may_join(tm->wf_starts, a->norm, n, sp, b->norm,
                                     b->norm_len);
  bool has = may && S_str_has_join(&tm->starts, a->norm, n, sp, b->norm,
                                   b->norm_len);
#ifdef CC_RECOG_CHECK_INERT /* the filter's bit and the table's answer */
  char buf[256];
  memcpy(buf, a->norm, n);
  if (sp)
    buf[n++] = ' ';
  memcpy(buf + n, b->norm, b->norm_len);
  n += b->norm_len;
  bool p = cc_wf_may(tm->wf_starts, buf, n) &&
           S_sset_has(&tm->starts, buf, n, S_sset_fnv(S_SSET_FNV0, buf, n));
  if (may != cc_wf_may(tm->wf_starts, buf, n) || has != p) {
    fprintf(stderr, "recog: join at \"%s\" \"%s\" differs\n", a->norm,
            b->norm);
    abort();
  }
#endif
  return has;
}

/* Tokens t[0..k) joined as S_phrase_keys_run joins them (a space before
 * each later token that has one) into buf (cap bytes): the length, or 0
 * when they do not fit (S_phrase_keys_run stops there too). */
static size_t S_join_into(const cc_token *t, uint32_t k, char *buf,
                          size_t cap) {
  size_t n = 0;
  for (uint32_t x = 0; x < k; x++) {
    if (n + t[x].norm_len + 1 >= cap)
      return 0;
    if (x > 0 && (t[x].flags & CC_TF_SPACE_BEFORE))
      buf[n++] = ' ';
    memcpy(buf + n, t[x].norm, t[x].norm_len);
    n += t[x].norm_len;
  }
  return n;
}

/* A key of a start kind of two tokens or more may begin at token i in
 * the sentence ending at end, as S_quiet reads the longer keys there
 * (cc__time_phrase_keys: the keys of tm->words that tokens i.. joined make,
 * within the sentence); false only when none does:
 * - a join of two tokens that begins no such key (cc__time_join_starts:
 *   tm->starts holds each key of a start kind and all its byte prefixes);
 * - else the two tokens are no such key themselves (their entry, if any,
 *   has no start kind) and either the sentence ends after them or the
 *   join of three tokens is in tm->starts neither, as every longer key
 *   begins with those bytes.
 * "at the harbour", "in the host": "at the" begins keys ("at the
 * moment"), but no key of a start kind begins with "at the harbour". */
static bool S_longer_start_run(const cc_time_model *tm, const cc_token *t,
                               bool three) {
  char buf[256];
  size_t n = S_join_into(t, 2, buf, sizeof buf);
  if (!n)
    return true; /* (cc__time_join_starts copies the pair: not reached) */
  const S_entry *e = cc__time_word_find(tm, buf, n);
  if (e && (e->kinds & S_START_KINDS))
    return true;
  if (!three)
    return false;
  n = S_join_into(t, 3, buf, sizeof buf);
  return !n || cc__time_starts_has(tm, buf, n);
}

/* The slot of S_pk keeping cc__time_longer_start's answer past the join
 * at t (tokens t[0], t[1] and, when three, t[2]: their texts, fixed by
 * their ids, and the spaces between decide it; levels 5 and 6, apart
 * from S_pk_find's), or NULL where a token has no id. */
static S_pk_slot *S_ls_slot(const cc_time_model *tm, const cc_segmented *seg,
                            const cc_token *t, bool three, uint64_t *ka,
                            uint64_t *kb) {
  if (!tm->vocab || seg->vocab != tm->vocab)
    return NULL;
  uint32_t ids[S_PK_LEVELS] = {t[0].id, t[1].id, three ? t[2].id : 0};
  if (!ids[0] || !ids[1] || (three && !ids[2]))
    return NULL;
  uint32_t sp = (t[1].flags & CC_TF_SPACE_BEFORE ? 2u : 0u) |
                (three && (t[2].flags & CC_TF_SPACE_BEFORE) ? 4u : 0u);
  S_pk_own(tm); /* (a slot of another model's would not match) */
  return S_pk_slot_of(three ? 6 : 5, sp, ids, ka, kb);
}

bool cc__time_longer_start(const cc_time_model *tm, const cc_segmented *seg,
                           uint32_t i, uint32_t end) {
  if (end > seg->ntokens)
    end = seg->ntokens;
  if (i + 1 >= end || !S_join_kept(tm, seg, i))
    return false;
  const cc_token *t = &seg->tokens[i];
  bool three = i + 2 < end;
  /* the same pairs and triples come back ("at the end", "in the first"):
   * the answer kept per thread (S_pk's table), the inert build checks */
  uint64_t ka, kb;
  S_pk_slot *s = S_ls_slot(tm, seg, t, three, &ka, &kb);
  if (s && s->ka == ka && s->kb == kb) {
#ifdef CC_RECOG_CHECK_INERT
    if (s->pass != S_longer_start_run(tm, t, three)) {
      fprintf(stderr, "recog: kept longer start at \"%s\" differs\n",
              t->norm);
      abort();
    }
#endif
    return s->pass;
  }
  bool has = S_longer_start_run(tm, t, three);
  if (s) {
    s->ka = ka;
    s->kb = kb;
    s->nkeys = 0;
    s->pass = has;
  }
  return has;
}

const struct cc__time_word *cc__time_word_find(const cc_time_model *tm,
                                               const char *w, size_t n) {
  S_entry *e = NULL;
  if (cc_wf_may(tm->wf_words, w, n))
    HASH_FIND(hh, tm->words, w, n, e);
  return e;
}

bool cc__time_starts_has(const cc_time_model *tm, const char *w, size_t n) {
  return cc_wf_may(tm->wf_starts, w, n) &&
         S_sset_has(&tm->starts, w, n, S_sset_fnv(S_SSET_FNV0, w, n));
}

int cc__time_trigger(const cc_time_model *tm, const cc_segmented *seg,
                     uint32_t i) {
  const cc_token *t = &seg->tokens[i];
  int k = cc__time_trigger_kind(t);
  if (k >= 0)
    return k;
  const char *w = t->norm;
  if ((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && !w[2])
    return 1;
  if (w[0] == 'f' && w[1] == 'y' && S_dig(w[2])) /* FY2023 */
    return 1;
  S_entry *e = NULL;
  if (cc_wf_may(tm->wf_words, w, t->norm_len))
    HASH_FIND(hh, tm->words, w, t->norm_len, e);
  if (e && e->trig == 1)
    return 1;
  /* words the parsers name themselves ("a week", "between 4 and 6") */
  static const char *const named[] = {"a",       "an",   "half", "quarter",
                                      "between", "from", "final", NULL};
  if (!e) {
    bool is_named = false;
    if (w[0] == 'a' || w[0] == 'h' || w[0] == 'q' || w[0] == 'b' ||
        w[0] == 'f') /* the named words' first letters */
      for (const char *const *p = named; *p && !is_named; p++)
        is_named = w[0] == (*p)[0] && strcmp(w, *p) == 0;
    if (!is_named)
      return 0;
  }
  return cc__time_join_starts(tm, seg, i) ? 1 : 2;
}
