/* recog.c - the recognizer driver: one pass over the tokens of each
 * sentence, trying the temporal and the number recognizers at trigger
 * tokens, keeping the longest match, never overlapping, never crossing a
 * sentence end.  Also the names and printers of cc_recog.h.
 */
#include "cc_recog.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cc_time.h"
#include "recog_int.h"

/* ---- the trigger words ----------------------------------------------------
 * Every word of cc__num_trigger's table, of the temporal word entries and
 * of cc__time_trigger's named words, with what each trigger reads of it:
 * the driver asks both triggers of every token, and one probe of this
 * open-addressed table (keys of at most S_WKEY bytes, compared as two
 * words) replaces two filtered hash lookups.  Longer tokens ask the
 * models. */
#define S_WKEY 16

typedef struct S_wslot {
  uint64_t k[2]; /* the key's bytes (S_wkey) */
  uint8_t len;   /* 0: empty */
  int8_t num;    /* 1: the first word of a number key */
  int8_t time;   /* the temporal entry's trigger answer (1, 2), 0: none */
  int8_t named;  /* a word the temporal parsers name ("a", "between") */
  int8_t join;   /* cc__time_starts_has: cc__time_join_starts may hold
                  * (of time and named words; -1 while the table is made:
                  * starts, once it is known) */
  int8_t quiet;  /* cc__time_quiet_word: at a word token of it the driver
                  * asks S_time_skip instead of cc__time_mention */
  int8_t starts; /* cc__time_starts_has (S_time_skip's join test) */
  int8_t plain;  /* cc__time_plain_word (S_plain_at) */
  uint8_t fword; /* S_trig_fill's bits at a word token of the key (made at
                  * load: they depend on the word alone) */
  bool aunit;    /* cc__unit_article_first (S_put_unit) */
  uint32_t wi;   /* the entries of the key: S_wtab.words[wi] */
} S_wslot;

typedef struct S_wtab {
  S_wslot *slots;
  cc_tok_words *words; /* the entries of the keys, in the order of their
                        * slots (S_wslot.wi): the table is at most half
                        * full, the entries as many as the keys */
  uint32_t mask, n;
} S_wtab;

struct cc_recog {
  /* the shared word table and each of its ids' slot here (NULL: none),
   * for ids below nids; the words added later belong to other stages */
  const cc_vocab *vocab;
  const S_wslot **by_id;
  uint32_t nids;
  /* S_trig_fill's reading of a word token of each id below nids, made at
   * load (S_id_bits): its entries (NULL for id 0 and a word longer than
   * the slots' keys: the fill reads those from the text) and its bits */
  const cc_tok_words **id_words;
  uint8_t *id_bits;
  /* the entries the three arrays by id have room for: NULL (and 0) from
   * nids up, as the fill reads an id past nids (a word added later, by
   * the stages loaded after this one: entities, rules), so that while
   * the shared table holds fewer words the fill tests no id (S_IDCAP);
   * cc_recog_cover_ids fills id_words and id_bits of those words in */
  uint32_t idcap;
  /* the same of a one-byte mark (CC_TOK_PUNCT) of each byte (S_mark_bits),
   * without the test of the token after "." and "-" */
  const cc_tok_words *mark_words[256];
  uint8_t mark_bits[256];
  /* cc__time_join_starts' answers for pairs of word ids (S_join_starts),
   * shared by the threads: each entry one atomic word, written whole */
  _Atomic uint64_t *joins;
  cc_num_model *nm;
  cc_time_model *tm;
  cc_unit_model *um;
  cc_open_model *om;
  S_wtab words;
  /* the entries of "the", "between" and "from" when S_quiet's test of
   * the word's entry holds there (S_first_skip), else NULL */
  const cc_tok_words *the, *between, *from;
  uint64_t serial; /* this recognizer's, among all made (S_kslot) */
  /* cc__num_key_bytes' bytes of the number keys and range closers
   * (S_num_within) */
  uint64_t key_first[4], key_pairs[256][4];
  /* the bytes of cc__num_each_marked's texts (the model's) before each
   * mark in them, by the mark: before[c][k] for k < nbefore[c], of
   * before_len[c][k] bytes (S_num_marked) */
  const char **before[256];
  uint32_t *before_len[256];
  uint32_t nbefore[256];
};

/* The serials of cc_recog (S_kslot's key: an address may be reused). */
static atomic_uint_least64_t S_recog_serials;

/* The key of word w (n <= S_WKEY bytes) as two words: its first and its
 * last bytes, loaded in fixed sizes that overlap for short words (a
 * different layout for each length, and the length is compared too). */
static inline void S_wkey(const char *w, size_t n, uint64_t k[2]) {
  if (n >= 8) {
    memcpy(&k[0], w, 8);
    memcpy(&k[1], w + n - 8, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, w, 4);
    memcpy(&b, w + n - 4, 4);
    k[0] = a | (uint64_t)b << 32;
    k[1] = 0;
  } else if (n >= 2) {
    uint16_t a, b;
    memcpy(&a, w, 2);
    memcpy(&b, w + n - 2, 2);
    k[0] = a | (uint64_t)b << 16;
    k[1] = 0;
  } else {
    k[0] = n ? (unsigned char)w[0] : 0;
    k[1] = 0;
  }
}

/* The bytes of slot x's key back from S_wkey's two words (x->len of
 * them): the loads overlap for short keys, so each part is stored back
 * at the offset it was read from. */
static void S_wunkey(const S_wslot *x, char *w) {
  size_t n = x->len;
  if (n >= 8) {
    memcpy(w, &x->k[0], 8);
    memcpy(w + n - 8, &x->k[1], 8);
  } else if (n >= 4) {
    uint32_t a = (uint32_t)x->k[0], b = (uint32_t)(x->k[0] >> 32);
    memcpy(w, &a, 4);
    memcpy(w + n - 4, &b, 4);
  } else if (n >= 2) {
    uint16_t a = (uint16_t)x->k[0], b = (uint16_t)(x->k[0] >> 16);
    memcpy(w, &a, 2);
    memcpy(w + n - 2, &b, 2);
  } else {
    w[0] = (char)x->k[0];
  }
}

static inline uint32_t S_wtab_hash(const uint64_t k[2], size_t n) {
  uint64_t h = (k[0] ^ (k[1] * 0x9E3779B97F4A7C15u) ^ n) * 0xFF51AFD7ED558CCDu;
  return (uint32_t)(h >> 32);
}

/* The slot of word w (n <= S_WKEY bytes), or NULL. */
static inline const S_wslot *S_wtab_find(const S_wtab *t, const char *w,
                                         size_t n) {
  uint64_t k[2];
  S_wkey(w, n, k);
  for (uint32_t s = S_wtab_hash(k, n) & t->mask;; s = (s + 1) & t->mask) {
    const S_wslot *x = &t->slots[s];
    if (!x->len)
      return NULL;
    if (x->len == n && x->k[0] == k[0] && x->k[1] == k[1])
      return x;
  }
}

/* The slot of key, made when new; NULL for keys too long to keep. */
static S_wslot *S_wtab_put(S_wtab *t, const char *key) {
  size_t n = strlen(key);
  if (!n || n > S_WKEY)
    return NULL;
  uint64_t k[2];
  S_wkey(key, n, k);
  uint32_t s = S_wtab_hash(k, n) & t->mask;
  for (; t->slots[s].len; s = (s + 1) & t->mask)
    if (t->slots[s].len == n && t->slots[s].k[0] == k[0] &&
        t->slots[s].k[1] == k[1])
      return &t->slots[s];
  S_wslot *x = &t->slots[s];
  x->k[0] = k[0];
  x->k[1] = k[1];
  x->len = (uint8_t)n;
  t->n++;
  return x;
}

static void S_count_key(void *ud, const char *key) {
  (void)key;
  (*(uint32_t *)ud)++;
}
static void S_count_word(void *ud, const char *key, int trig,
                         const struct cc__time_word *e) {
  (void)trig;
  (void)e;
  S_count_key(ud, key);
}
static void S_put_num(void *ud, const char *key) {
  S_wslot *x = S_wtab_put(ud, key);
  if (x)
    x->num = 1;
}
typedef struct S_build {
  cc_recog *r;
  S_wtab *t;
} S_build;

static void S_put_time(void *ud, const char *key, int trig,
                       const struct cc__time_word *e) {
  (void)e;
  S_build *b = ud;
  S_wslot *x = S_wtab_put(b->t, key);
  if (x) {
    x->time = (int8_t)trig;
    x->join = -1;
  }
}

/* The words cc__time_trigger names itself (as recog_time.c lists them). */
static const char *const S_named[] = {"a",       "an",   "half", "quarter",
                                      "between", "from", "final", NULL};

static void S_put_key(void *ud, const char *key) { S_wtab_put(ud, key); }
static void S_count_start(void *ud, const char *key,
                          const struct cc__num_start *ns) {
  (void)ns;
  S_count_key(ud, key);
}
static void S_count_nkey(void *ud, const char *key,
                         const struct cc__num_key *nk) {
  (void)nk;
  S_count_key(ud, key);
}
static void S_put_start(void *ud, const char *key,
                        const struct cc__num_start *ns) {
  (void)ns;
  S_wtab_put(ud, key);
}
static void S_put_nkey(void *ud, const char *key,
                       const struct cc__num_key *nk) {
  (void)nk;
  S_wtab_put(ud, key);
}
static void S_count_unit(const char *key, void *ud) { S_count_key(ud, key); }
static void S_put_unit(const char *key, void *ud) {
  S_wslot *x = S_wtab_put(ud, key);
  if (x)
    x->aunit = true;
}

/* Each number start's and key's entry into the entries of its word (a
 * word of the table is each model's key or none: the models' lookups of
 * every word of the table cost more) */
static void S_set_ns(void *ud, const char *key,
                     const struct cc__num_start *ns) {
  const S_wtab *t = ud;
  size_t n = strlen(key);
  const S_wslot *x = n <= S_WKEY ? S_wtab_find(t, key, n) : NULL;
  if (x)
    t->words[x->wi].ns = ns;
}
static void S_set_nk(void *ud, const char *key, const struct cc__num_key *nk) {
  const S_wtab *t = ud;
  size_t n = strlen(key);
  const S_wslot *x = n <= S_WKEY ? S_wtab_find(t, key, n) : NULL;
  if (x)
    t->words[x->wi].nk = nk;
}

/* Each temporal entry into the entries of its word (the words of no
 * entry keep tw NULL: cc__time_word_find's answer, unasked). */
static void S_set_tw(void *ud, const char *key, int trig,
                     const struct cc__time_word *e) {
  (void)trig;
  const S_wtab *t = ud;
  size_t n = strlen(key);
  const S_wslot *x = n <= S_WKEY ? S_wtab_find(t, key, n) : NULL;
  if (x)
    t->words[x->wi].tw = e;
}

/* Bit bit into the mask of word w (n bytes) when it has a slot. */
static void S_pfx_bit(void *ud, const char *w, size_t n, unsigned bit) {
  cc_recog *r = ud;
  const S_wslot *x = S_wtab_find(&r->words, w, n);
  if (x)
    r->words.words[x->wi].nextm |= 1ull << bit;
}

static void S_wtab_build(cc_recog *r) {
  uint32_t n = 8;
  cc__num_each_first(r->nm, S_count_key, &n);
  cc__time_each_word(r->tm, S_count_word, &n);
  cc__num_each_start(r->nm, S_count_start, &n);
  cc__num_each_key(r->nm, S_count_nkey, &n);
  cc__time_each_literal(S_count_key, &n);
  cc__unit_each_article_first(r->um, S_count_unit, &n);
  uint32_t cap = 64;
  /* at most half full, less as n counts a key once per table it is in:
   * most misses end at once */
  while (cap < 2 * n)
    cap *= 2;
  r->words.slots = cc_xcalloc(cap, sizeof *r->words.slots);
  cc_prefault(r->words.slots, cap * sizeof *r->words.slots); /* (probed) */
  r->words.mask = cap - 1;
  cc__num_each_first(r->nm, S_put_num, &r->words);
  S_build b = {r, &r->words};
  cc__time_each_word(r->tm, S_put_time, &b);
  for (const char *const *p = S_named; *p; p++) {
    S_wslot *x = S_wtab_put(&r->words, *p);
    x->named = 1;
    x->join = -1;
  }
  /* every key of the tables the parsers ask about a token first, with
   * its entries: the sentence's reading (S_trig_fill) hands them on */
  cc__num_each_start(r->nm, S_put_start, &r->words);
  cc__num_each_key(r->nm, S_put_nkey, &r->words);
  /* and the words the temporal parsers compare: a word token not in the
   * table is then a plain word by its shape alone (S_plain_at) */
  cc__time_each_literal(S_put_key, &r->words);
  /* and the units "a" counts as one of ("a mile"): no number parse reads
   * them as plain words (cc_tok_words' aunit) */
  cc__unit_each_article_first(r->um, S_put_unit, &r->words);
  r->words.words = cc_xcalloc(r->words.n, sizeof *r->words.words);
  for (uint32_t k = 0, wi = 0; k <= r->words.mask; k++)
    if (r->words.slots[k].len)
      r->words.slots[k].wi = wi++;
  cc__num_each_start(r->nm, S_set_ns, &r->words);
  cc__num_each_key(r->nm, S_set_nk, &r->words);
  cc__time_each_word(r->tm, S_set_tw, &r->words);
  for (uint32_t k = 0; k <= r->words.mask; k++) {
    S_wslot *x = &r->words.slots[k];
    if (!x->len)
      continue;
    cc_tok_words *w = &r->words.words[x->wi];
    w->known = true;
    char key[S_WKEY];
    S_wunkey(x, key);
#ifdef CC_RECOG_CHECK_INERT /* (S_set_tw's entry is the lookup's) */
    if (w->tw != cc__time_word_find(r->tm, key, x->len)) {
      fprintf(stderr, "recog: entry of \"%.*s\" differs\n", (int)x->len,
              key);
      abort();
    }
#endif
    w->nextm = 1ull << 63; /* and the rests' bits below (S_pfx_bit) */
    cc__num_word_roles(w);
    w->tscan = cc__time_scan_bits(w->tw, key, x->len);
    w->aunit = x->aunit;
    int tq = cc__time_entry_class(r->tm, w->tw, key, x->len);
    /* S_quiet's test of the word's entry holds (S_first_skip) */
    if (tq & CC_TQ_OWN_QUIET) {
      if (x->len == 3 && !memcmp(key, "the", 3))
        r->the = w;
      else if (x->len == 7 && !memcmp(key, "between", 7))
        r->between = w;
      else if (x->len == 4 && !memcmp(key, "from", 4))
        r->from = w;
    }
    r->words.slots[k].quiet = (int8_t)(tq & (CC_TQ_QUIET | CC_TQ_AN));
    r->words.slots[k].plain = (tq & CC_TQ_PLAIN) != 0;
    x->starts = cc__time_starts_has(r->tm, key, x->len);
    if (x->join < 0) /* (the same question of the same key) */
      x->join = x->starts;
  }
  /* each word's mask (cc__num_next_mask) from the rests' prefixes: a
   * word of the table is in no other mask */
  cc__num_each_rest_prefix(r->nm, S_WKEY, S_pfx_bit, r);
}

/* Entries of cc_recog.joins (a power of two): 512 kB, room for the
 * pairs of real text (BBC news: 24.7K misses in 4,096 entries, 469 in
 * these), zeroed by the allocator at no cost where the atomics are the
 * plain words they are where lock-free. */
#define S_JOINS 65536u

static void S_wtab_bits(cc_recog *r);
static void S_id_bits(cc_recog *r);
static void S_mark_bits(cc_recog *r);

/* (cc__num_each_rest_prefix) */
static void S_pfx_add(void *ud, const char *w, size_t n, unsigned bit) {
  (void)bit;
  cc_vocab_add(ud, w, n);
}

/* The room of cc_recog's arrays by id for nids ids: twice as many and
 * more, as the stages loaded after the recognizer add to the shared word
 * table (the default rules: 3,354 words at its load, 3,765 at the
 * end). */
#define S_IDCAP(nids) (2 * (nids) + 1024)

/* Every word of the table into the shared word table v, then each id's
 * slot, so a token's slot is one load (S_word_slot) instead of a hash:
 * a word not in v is in no slot, since every slot's word was added. */
static void S_by_id(cc_recog *r, cc_vocab *v) {
  if (!v)
    return;
  /* each slot's id as its word is added: the word of that id is the
   * slot's (the same bytes) and no other id's word has a slot, so by_id
   * is these and NULL for the rest (no lookup of every word of v) */
  uint32_t *vids = cc_xmalloc((r->words.mask + 1) * sizeof *vids);
  for (uint32_t k = 0; k <= r->words.mask; k++) {
    const S_wslot *x = &r->words.slots[k];
    vids[k] = 0;
    if (!x->len)
      continue;
    char key[S_WKEY];
    S_wunkey(x, key);
    vids[k] = cc_vocab_add(v, key, x->len);
  }
  /* and every rest's prefix, so that a word with id 0 or added later is
   * none of them (S_none_of) */
  cc__num_each_rest_prefix(r->nm, S_WKEY, S_pfx_add, v);
  r->vocab = v;
  r->nids = cc_vocab_count(v) + 1;
  r->idcap = S_IDCAP(r->nids);
  r->by_id = cc_xcalloc(r->idcap, sizeof *r->by_id);
  for (uint32_t k = 0; k <= r->words.mask; k++)
    if (vids[k]) /* (0: an empty slot, or a word v cannot hold) */
      r->by_id[vids[k]] = &r->words.slots[k];
  cc_xfree(vids);
#ifdef CC_RECOG_CHECK_INERT /* the same as a lookup of each id's word */
  for (uint32_t id = 1; id < r->nids; id++) {
    size_t n;
    const char *w = cc_vocab_word(v, id, &n);
    if (r->by_id[id] != (n <= S_WKEY ? S_wtab_find(&r->words, w, n) : NULL)) {
      fprintf(stderr, "recog: slot of word id %u differs\n", (unsigned)id);
      abort();
    }
  }
#endif
}

/* cc__num_each_marked's texts into r->before: counted, then kept. */
static bool S_is_mark(unsigned char c) {
  return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == ' ');
}
static void S_count_marked(void *ud, const char *text) {
  cc_recog *r = ud;
  for (size_t k = 1; text[k]; k++)
    if (S_is_mark((unsigned char)text[k]))
      r->nbefore[(unsigned char)text[k]]++;
}
static void S_put_marked(void *ud, const char *text) {
  cc_recog *r = ud;
  for (size_t k = 1; text[k]; k++) {
    unsigned char c = (unsigned char)text[k];
    if (S_is_mark(c)) {
      r->before[c][r->nbefore[c]] = text;
      r->before_len[c][r->nbefore[c]++] = (uint32_t)k;
    }
  }
}

int cc_recog_new(const cc_lexicon *lx, cc_recog **out, cc_err *err) {
  *out = NULL;
  cc_recog *r = cc_xcalloc(1, sizeof *r);
  if (cc__num_model_new(lx, &r->nm, err) != 0 ||
      cc__time_model_new(lx, &r->tm, err) != 0 ||
      cc__unit_model_new(lx, &r->um, err) != 0 ||
      cc__open_model_new(lx, &r->om, err) != 0) {
    cc_recog_free(&r);
    return -1;
  }
  cc__time_model_set_units(r->tm, r->um);
  cc__num_model_set_units(r->nm, r->um);
  S_wtab_build(r);
  S_wtab_bits(r);
  S_by_id(r, cc_lexicon_vocab(lx));
  S_id_bits(r);
  S_mark_bits(r);
  cc__num_key_bytes(r->nm, r->key_first, r->key_pairs);
  cc__num_each_marked(r->nm, S_count_marked, r);
  for (unsigned c = 0; c < 256; c++) {
    if (r->nbefore[c]) { /* (the few marks in keys: NULL for the rest) */
      r->before[c] = cc_xcalloc(r->nbefore[c], sizeof *r->before[c]);
      r->before_len[c] = cc_xcalloc(r->nbefore[c], sizeof(uint32_t));
    }
    r->nbefore[c] = 0;
  }
  cc__num_each_marked(r->nm, S_put_marked, r);
  r->serial = atomic_fetch_add(&S_recog_serials, 1) + 1;
#if ATOMIC_LLONG_LOCK_FREE == 2 && ATOMIC_LONG_LOCK_FREE == 2
  r->joins = cc_xcalloc(S_JOINS, sizeof *r->joins); /* (0: empty) */
#else
  r->joins = cc_xmalloc(S_JOINS * sizeof *r->joins);
  for (uint32_t k = 0; k < S_JOINS; k++)
    atomic_init(&r->joins[k], 0);
#endif
  *out = r;
  return 0;
}

void cc_recog_free(cc_recog **r) {
  if (!r || !*r)
    return;
  cc__num_model_free(&(*r)->nm);
  cc__time_model_free(&(*r)->tm);
  cc__unit_model_free(&(*r)->um);
  cc__open_model_free(&(*r)->om);
  cc_xfree((*r)->words.slots);
  cc_xfree((*r)->words.words);
  cc_xfree((*r)->by_id);
  cc_xfree((*r)->id_bits);
  cc_xfree((*r)->id_words);
  cc_xfree((*r)->joins);
  for (unsigned c = 0; c < 256; c++) {
    cc_xfree((void *)(*r)->before[c]);
    cc_xfree((*r)->before_len[c]);
  }
  cc_xfree(*r);
  *r = NULL;
}

/* Token i's slot in the table: NULL when its word is in neither table or
 * longer than the keys (then the triggers ask the models), or a number. */
static inline const S_wslot *S_word_slot(const cc_recog *r,
                                         const cc_segmented *seg,
                                         const cc_token *t) {
  if (t->kind == CC_TOK_NUM || t->norm_len > S_WKEY)
    return NULL;
  if (seg->vocab && seg->vocab == r->vocab) { /* the segmenter's id */
    const S_wslot *x = t->id < r->nids ? r->by_id[t->id] : NULL;
#ifdef CC_RECOG_CHECK_INERT /* the same slot as a lookup of the text */
    if (x != S_wtab_find(&r->words, t->norm, t->norm_len)) {
      fprintf(stderr, "recog: word id %u of \"%s\" gives another slot\n",
              (unsigned)t->id, t->norm);
      abort();
    }
#endif
    return x;
  }
  return S_wtab_find(&r->words, t->norm, t->norm_len);
}

/* cc__num_trigger, x the slot of token i's word (S_word_slot). */
static inline bool S_num_trigger(const cc_recog *r, const cc_segmented *seg,
                                 uint32_t i, const S_wslot *x) {
  const cc_token *t = &seg->tokens[i];
  if (t->kind == CC_TOK_NUM)
    return true;
  if (t->kind == CC_TOK_PUNCT && t->norm_len == 1 &&
      (t->norm[0] == '.' || t->norm[0] == '-'))
    return i + 1 < seg->ntokens &&
           !(seg->tokens[i + 1].flags & CC_TF_SPACE_BEFORE) &&
           seg->tokens[i + 1].kind == CC_TOK_NUM;
  if (t->norm_len > S_WKEY)
    return cc__num_trigger(r->nm, seg, i);
  return x && x->num;
}

/* Word w is "q1".."h4" or "fy" and a digit ("FY2023"): a trigger by its
 * shape alone. */
static inline bool S_shape_trig(const char *w) {
  return ((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' &&
          !w[2]) ||
         (w[0] == 'f' && w[1] == 'y' && w[2] >= '0' &&
          w[2] <= '9'); /* isdigit: only these in any locale (C11 7.4.1.5) */
}

/* The first bytes of the words S_shape_trig holds at: the fill tests
 * the many words of no table by one load first. */
static const uint8_t S_shape_first[256] = {['q'] = 1, ['h'] = 1, ['f'] = 1};

/* S_time_trigger's answer without the join test: 0, 1, 2, or -1 when
 * cc__time_join_starts decides between 1 and 2. */
static inline int S_time_pre(const cc_recog *r, const cc_segmented *seg,
                             uint32_t i, const S_wslot *x) {
  const cc_token *t = &seg->tokens[i];
  int k = cc__time_trigger_kind(t);
  if (k >= 0)
    return k;
  if (t->norm_len > S_WKEY)
    return cc__time_trigger(r->tm, seg, i);
  if (S_shape_trig(t->norm))
    return 1;
  int trig = x ? x->time : 0;
  if (trig == 1)
    return 1;
  if (!trig && !(x && x->named))
    return 0;
  /* cc__time_join_starts, unless the word alone begins no start key */
  return x->join ? -1 : 2;
}

/* cc__time_trigger, x the slot of token i's word (S_word_slot). */
static inline int S_time_trigger(const cc_recog *r, const cc_segmented *seg,
                                 uint32_t i, const S_wslot *x) {
  int t = S_time_pre(r, seg, i, x);
  if (t >= 0)
    return t;
  return cc__time_join_starts(r->tm, seg, i) ? 1 : 2;
}

bool cc__recog_num_trigger(const cc_recog *r, const cc_segmented *seg,
                           uint32_t i) {
  return r && seg && i < seg->ntokens &&
         S_num_trigger(r, seg, i, S_word_slot(r, seg, &seg->tokens[i]));
}

/* A number at token i (< end) as the temporal parsers read it (S_num):
 * ns, a number key begins with its word (else there is none); memo: the
 * sentence's, or NULL. */
static bool S_num_at(const cc_recog *r, const cc_segmented *seg, uint32_t i,
                     uint32_t end, cc_num_memo *memo, bool ns,
                     cc_numparse *np) {
  return ns && cc__num_parse_memo(r->nm, seg, i, end, memo, np) &&
         np->tok_end > i && np->tok_end <= end;
}

/* Some byte of w[0..n) is NUL (memchr's answer): words of up to 16
 * bytes by two overlapping loads (the bytes outside w set), as most are. */
static inline bool S_has_nul(const char *w, size_t n) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t a, b;
  if (n > 16)
    return memchr(w, 0, n) != NULL;
  if (n >= 8) {
    memcpy(&a, w, 8);
    memcpy(&b, w + n - 8, 8);
  } else if (n >= 4) {
    uint32_t x, y;
    memcpy(&x, w, 4);
    memcpy(&y, w + n - 4, 4);
    a = x | ~(uint64_t)UINT32_MAX;
    b = y | ~(uint64_t)UINT32_MAX;
  } else if (n >= 2) {
    uint16_t x, y;
    memcpy(&x, w, 2);
    memcpy(&y, w + n - 2, 2);
    a = x | ~(uint64_t)UINT16_MAX;
    b = y | ~(uint64_t)UINT16_MAX;
  } else {
    return n && !w[0];
  }
  /* (v - ones) & ~v & high is not 0 exactly when a byte of v is 0 */
  bool nul = (((a - ones) & ~a) | ((b - ones) & ~b)) & high;
#ifdef CC_RECOG_CHECK_INERT
  if (nul != (memchr(w, 0, n) != NULL)) {
    fprintf(stderr, "recog: S_has_nul differs from memchr\n");
    abort();
  }
#endif
  return nul;
}

/* Token k (< end) is a plain word (S_plain in recog_time.c). */
static bool S_plain_at(const cc_recog *r, const cc_segmented *seg,
                       uint32_t k, uint32_t end, cc_num_memo *memo) {
  const cc_token *t = &seg->tokens[k];
  if (t->kind != CC_TOK_WORD)
    return false;
  const S_wslot *x = S_word_slot(r, seg, t);
  bool ns;
  if (x) {
    if (!x->plain)
      return false;
    ns = r->words.words[x->wi].ns != NULL;
  } else if (t->norm_len <= S_WKEY) {
    /* no temporal entry, none of the literals, no number key begins
     * with it (the table holds them all): cc__time_plain_word's tests of
     * the text are left, and no number starts there */
    const char *w = t->norm;
    size_t n = t->norm_len;
    bool plain = n && !S_has_nul(w, n) &&
                 !(n >= 2 && w[0] == 'f' && w[1] == 'y') &&
                 !(n == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' &&
                   w[1] <= '4');
#ifdef CC_RECOG_CHECK_INERT /* what the tables answer */
    if (plain != (cc__time_plain_word(r->tm, w, n) &&
                  !cc__num_start_find(r->nm, w, n))) {
      fprintf(stderr, "recog: plain word \"%s\" not read as the tables do\n",
              w);
      abort();
    }
#endif
    return plain;
  } else {
    if (!cc__time_plain_word(r->tm, t->norm, t->norm_len))
      return false;
    ns = cc__num_start_find(r->nm, t->norm, t->norm_len) != NULL;
  }
  cc_numparse np;
  return !S_num_at(r, seg, k, end, memo, ns, &np);
}

int cc__recog_time_trigger(const cc_recog *r, const cc_segmented *seg,
                           uint32_t i) {
  return r && seg && i < seg->ntokens
             ? S_time_trigger(r, seg, i, S_word_slot(r, seg, &seg->tokens[i]))
             : 0;
}

/* ---- the document's zone
 * ------------------------------------------------------ */

const char *cc_recog_doc_zone(const cc_recog *r, const cc_segmented *seg,
                              bool *inferred) {
  if (inferred)
    *inferred = false;
  if (!r || !seg || !seg->doc)
    return NULL;
  const cc_meta *meta = &seg->doc->meta;
  if (meta->timezone[0]) {
    const char *z = cc__time_zone_intern(r->tm, meta->timezone);
    return z ? z : meta->timezone;
  }
  if (inferred)
    *inferred = true;
  if (meta->place[0]) {
    /* the place given is the story's unless the text never names a place
     * of its zone and names others: an outlet's own city ("place:
     * London") over a story told from elsewhere ("derailed in northern
     * Spain"; datelines "MADRID, March 13") */
    const char *zp = cc__time_place_lookup(r->tm, meta->place);
    if (zp) {
      bool has = false;
      const char *zt = cc__time_text_zone_has(r->tm, seg, zp, &has);
      return !zt || has ? zp : zt;
    }
  }
  const char *z = cc__time_text_zone(r->tm, seg);
  if (!z && inferred)
    *inferred = false;
  return z;
}

/* ---- recognition -------------------------------------------------------- */

/* A blank mention's bytes, padding too (zero in static storage): S_blank
 * copies them in one memcpy rather than a memset and the stores after. */
static const cc_mention S_blank_m = {.weekday = -1,
                                     .pair = -1,
                                     .anchor_mention = -1,
                                     .lo = NAN,
                                     .hi = NAN,
                                     .utc_lo = NAN,
                                     .utc_hi = NAN};

static void S_blank(cc_mention *m) { memcpy(m, &S_blank_m, sizeof *m); }

/* The trigger answers of a sentence's tokens, read in one pass before
 * the sentence is scanned: one table probe per token in a tight loop, and
 * the scan then passes over the many tokens that trigger nothing with one
 * byte test.  Bits of a token's byte: */
enum {
  S_TF_NUM = 1,   /* cc__num_trigger */
  S_TF_TIME1 = 2, /* cc__time_trigger answers 1 */
  S_TF_TIME2 = 4, /* ... answers 2 */
  S_TF_JOIN = 8,  /* 1 or 2, by cc__time_join_starts: asked when needed
                   * (the scan asks few of them) */
  S_TF_QUIET = 16, /* a word token of a quiet word (S_wslot), or a symbol
                    * one (S_quiet_tok: "$"): the time
                    * triggers still read it as the ones before it look
                    * ahead, but cc__time_mention is asked there only
                    * when S_time_skip is false */
  S_TF_STARTS = 32, /* its word begins a start key (S_wslot) */
  S_TF_AN = 64,     /* its word is "a" or "an" (CC_TQ_AN) */
  S_TF_DEAD = 128   /* a quiet word that begins no start key and no number
                     * key, and no number trigger: S_time_skip holds in
                     * any context, so the scan passes it at once */
};

#ifdef CC_RECOG_CHECK_INERT
#define S_PASS_DEAD 0 /* S_at checks them */
#else
#define S_PASS_DEAD S_TF_DEAD
#endif

typedef struct S_trig {
  uint8_t *f;        /* f[k]: the bits of token base + k; 0 past the end
                      * up to a multiple of 8 (S_next_try reads 8 at once) */
  const cc_tok_words **w; /* w[k]: its entries, for the parsers (in the
                           * word table, or none/ask below) */
  uint32_t *rest;    /* the fill's: the tokens left to S_fill_rest */
  uint32_t base, cap;
  bool ids; /* the tokens' ids are of r->vocab (S_join_key) */
  cc_mention *blank; /* S_at's: S_blank's between its uses */
} S_trig;
#define S_TRIG_INIT {NULL, NULL, NULL, 0, 0, false, NULL}

static void S_trig_free(S_trig *tc) {
  cc_xfree(tc->f);
  cc_xfree(tc->w);
  cc_xfree(tc->rest);
}

/* The scan tries a token of bits f: some trigger, and not S_TF_DEAD (in
 * the inert build S_at checks those too).  A token keeps this answer
 * once filled: S_time_trig1 only turns S_TF_JOIN into a time bit.  A
 * token of none of the trigger bits (S_TF_QUIET, S_TF_STARTS or S_TF_AN
 * alone: a quiet word) is not tried either: S_no_try holds there at its
 * second test, with nothing asked; the inert build tries it, so that
 * S_at checks it. */
_Static_assert(S_TF_DEAD == 128, "S_next_try: S_TF_DEAD is the top bit");
#ifdef CC_RECOG_CHECK_INERT
#define S_TRY_BITS 0x7fu
#else
#define S_TRY_BITS (S_TF_NUM | S_TF_TIME1 | S_TF_TIME2 | S_TF_JOIN)
#endif

/* The top bit of each of the eight bytes of bits at f that the scan
 * tries: their low seven bits plus 0x7f carry into the top bit when any
 * is set (never into the next byte), and the byte's own top bit must be
 * clear (not S_TF_DEAD; in the inert build, a set one is tried too).
 * Byte k of the eight is bits 8k..8k+7, whatever the byte order. */
static inline uint64_t S_tries8(const uint8_t *f) {
  const uint64_t lo7 = 0x7f7f7f7f7f7f7f7full, hi = 0x8080808080808080ull;
  const uint64_t try = 0x0101010101010101ull * S_TRY_BITS; /* (<= lo7) */
  uint64_t x;
  memcpy(&x, f, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  x = __builtin_bswap64(x);
#endif
  uint64_t t = ((x & try) + lo7) & hi;
  return S_PASS_DEAD ? t & ~x : t | (x & hi);
}

/* Token t is a word, or a symbol that S_quiet in recog_time.c reads as a
 * word ("$", "&": not one of the marks S_p may test there), so a quiet
 * word's tests hold at it alike; S_time_skip asks a symbol for no number
 * after it (S_inert reads one after a word only). */
static inline bool S_quiet_tok(const cc_token *t) {
  return t->kind == CC_TOK_WORD ||
         (t->kind == CC_TOK_SYM && t->norm[0] &&
          !(t->norm_len == 1 && strchr("%()+,-./:'", t->norm[0])));
}

/* The bits of token i, x its slot (S_word_slot). */
static uint8_t S_bits(const cc_recog *r, const cc_segmented *seg, uint32_t i,
                      const S_wslot *x) {
  const cc_token *tok = &seg->tokens[i];
  int t = S_time_pre(r, seg, i, x);
  bool nt = S_num_trigger(r, seg, i, x);
  bool dead = x && x->quiet == CC_TQ_QUIET && !x->starts && !nt &&
              !r->words.words[x->wi].ns &&
              tok->kind == CC_TOK_WORD;
  return (uint8_t)((nt ? S_TF_NUM : 0) | (dead ? S_TF_DEAD : 0) |
                   (t == 1 ? S_TF_TIME1 : t == 2 ? S_TF_TIME2
                                        : t < 0  ? S_TF_JOIN
                                                 : 0) |
                   (x && x->quiet && S_quiet_tok(tok)
                        ? S_TF_QUIET | (x->starts ? S_TF_STARTS : 0) |
                              (x->quiet == CC_TQ_AN ? S_TF_AN : 0)
                        : 0));
}

/* S_bits of a word token of each slot's key, kept in the slot: at a word
 * token they read only the slot and the word's bytes (S_time_pre: the
 * token kind, S_shape_trig of the word, the slot; S_num_trigger: the
 * slot), so S_trig_fill copies one byte at the many known words. */
static void S_wtab_bits(cc_recog *r) {
  for (uint32_t k = 0; k <= r->words.mask; k++) {
    S_wslot *x = &r->words.slots[k];
    if (!x->len)
      continue;
    char key[S_WKEY + 1];
    S_wunkey(x, key);
    key[x->len] = '\0';
    cc_token tok;
    memset(&tok, 0, sizeof tok);
    tok.kind = CC_TOK_WORD;
    tok.norm = key;
    tok.norm_len = x->len;
    cc_segmented one;
    memset(&one, 0, sizeof one);
    one.tokens = &tok;
    one.ntokens = 1;
    x->fword = S_bits(r, &one, 0, x);
  }
}

/* The entries of a word in no table (read, none there): S_none when it
 * is known to begin no rest of a number key after a start's word
 * (cc__num_each_rest_prefix: its mask is bit 63 alone), S_none_any when
 * it may; and of a token the driver did not read (a number, a long
 * word: the parsers ask). */
static const cc_tok_words S_none = {.known = true,
                                    .nnone = CC_NN_NONE,
                                    .nlist = 62,
                                    .nextm = 1ull << 63},
                          S_none_any = {.known = true,
                                        .nnone = CC_NN_NONE,
                                        .nlist = 62,
                                        .nextm = CC_NEXT_ASK},
                          /* the same of "-", a range's joiner (the
                           * temporal scans' CC_TS_JOIN) */
                          S_none_dash = {.known = true,
                                         .nnone = CC_NN_NONE,
                                         .nlist = 62,
                                         .tscan = CC_TS_JOIN,
                                         .nextm = 1ull << 63},
                          S_none_any_dash = {.known = true,
                                             .nnone = CC_NN_NONE,
                                             .nlist = 62,
                                             .tscan = CC_TS_JOIN,
                                             .nextm = CC_NEXT_ASK},
                          S_ask = {.known = false,
                                   .tscan = CC_TS_ASK,
                                   .nextm = CC_NEXT_ASK},
                          /* S_ask of a number token (CC_TS_NUM) */
                          S_ask_num = {.known = false,
                                       .tscan = CC_TS_NUM,
                                       .nextm = CC_NEXT_ASK};

/* The entries of token tok in no slot of the table, a word or a mark of
 * at most S_WKEY bytes (ids: its id is r->vocab's): S_none when its id
 * says it begins no rest (S_by_id added every rest's prefix to the word
 * table first: a word added later or with id 0 is none of them), else
 * S_none_any. */
static const cc_tok_words *S_none_of1(const cc_recog *r,
                                      const cc_token *tok, bool ids) {
  if (!ids || !r->id_words)
    return &S_none_any;
  if (!tok->id || tok->id >= r->nids)
    return &S_none;
  return r->id_words[tok->id] ? r->id_words[tok->id] : &S_none_any;
}

/* S_none_of1, as S_none_dash or S_none_any_dash for "-". */
static const cc_tok_words *S_none_of(const cc_recog *r, const cc_token *tok,
                                     bool ids) {
  const cc_tok_words *w = S_none_of1(r, tok, ids);
  if (tok->norm_len == 1 && tok->norm[0] == '-')
    return w == &S_none ? &S_none_dash
           : w == &S_none_any ? &S_none_any_dash
                              : w;
  return w;
}

/* The ids of the rests' prefixes (cc__num_each_rest_prefix). */
typedef struct S_pfx {
  const cc_vocab *v;
  uint8_t *is; /* is[id]: a prefix */
  uint32_t nids;
} S_pfx;

static void S_pfx_mark(void *ud, const char *w, size_t n, unsigned bit) {
  (void)bit;
  S_pfx *p = ud;
  uint32_t id = cc_vocab_find(p->v, w, n);
  if (id && id < p->nids)
    p->is[id] = 1;
}

/* r->id_words, r->id_bits: what S_trig_fill reads at a word token of
 * each id, from its slot (S_word_slot: by_id, none for a word longer than
 * S_WKEY) as the loop below reads it. */
static void S_id_bits(cc_recog *r) {
  if (!r->by_id)
    return;
  r->id_words = cc_xcalloc(r->idcap, sizeof *r->id_words);
  r->id_bits = cc_xcalloc(r->idcap, 1);
  S_pfx p = {r->vocab, cc_xcalloc(r->nids, 1), r->nids};
  cc__num_each_rest_prefix(r->nm, S_WKEY, S_pfx_mark, &p);
  for (uint32_t id = 1; id < r->nids; id++) {
    size_t n;
    const char *w = cc_vocab_word(r->vocab, id, &n);
    const S_wslot *x = r->by_id[id];
    if (x) {
      r->id_words[id] = &r->words.words[x->wi];
      r->id_bits[id] = x->fword;
    } else if (n <= S_WKEY) {
      r->id_words[id] = p.is[id] ? &S_none_any : &S_none;
      r->id_bits[id] = S_shape_trig(w) ? S_TF_TIME1 : 0;
    }
  }
  cc_xfree(p.is);
}

void cc_recog_cover_ids(cc_recog *r) {
  if (!r || !r->vocab || !r->id_words)
    return;
  uint32_t nids = cc_vocab_count(r->vocab) + 1;
  if (nids > r->idcap) { /* (more than the room: grown, zeroed past it) */
    uint32_t cap = S_IDCAP(nids), old = r->idcap;
    r->by_id = cc_xrealloc(r->by_id, cap * sizeof *r->by_id);
    r->id_words = cc_xrealloc(r->id_words, cap * sizeof *r->id_words);
    r->id_bits = cc_xrealloc(r->id_bits, cap);
    memset(r->by_id + old, 0, (cap - old) * sizeof *r->by_id);
    memset(r->id_words + old, 0, (cap - old) * sizeof *r->id_words);
    memset(r->id_bits + old, 0, cap - old);
    r->idcap = cap;
  }
  /* the fill's reading of a word added after r's (none is a slot's key
   * or a rest's prefix: S_by_id added those first), as S_trig_fill reads
   * an id from nids up: in no slot, read by its shape (S_none), or longer
   * than the keys (NULL: the models read it); r->nids stays, so the
   * other readings by id (S_word_slot, S_none_of1) are as they were */
  for (uint32_t id = r->nids; id < nids; id++) {
    size_t n;
    const char *w = cc_vocab_word(r->vocab, id, &n);
    r->id_words[id] = n <= S_WKEY ? &S_none : NULL;
    r->id_bits[id] = n <= S_WKEY && S_shape_trig(w) ? S_TF_TIME1 : 0;
  }
}

/* r->mark_words, r->mark_bits: S_fill_rest's reading of a one-byte
 * mark, by its byte: its slot (S_word_slot finds the same through the
 * mark's id, as every key of the table has one), its bits (S_bits: no
 * word tests, "'" a time trigger, a number trigger when its slot says
 * so), without the next-token test of "." and "-" (a number trigger when
 * a number follows them without a space). */
static void S_mark_bits(cc_recog *r) {
  for (unsigned c = 0; c < 256; c++) {
    char w = (char)c;
    const S_wslot *x = S_wtab_find(&r->words, &w, 1);
    bool any = cc__num_next_mask(r->nm, &w, 1) != 1ull << 63;
    r->mark_words[c] = x          ? &r->words.words[x->wi]
                       : c == '-' ? (any ? &S_none_any_dash : &S_none_dash)
                       : any      ? &S_none_any
                                  : &S_none;
    bool nt = c != '.' && c != '-' && x && x->num;
    r->mark_bits[c] =
        (uint8_t)((nt ? S_TF_NUM : 0) | (c == '\'' ? S_TF_TIME1 : 0));
  }
}

/* S_trig_fill's reading of token i when it is not a word of an id (the
 * loop's fast path): its bits, and its entries into *tw.  Out of line so
 * that the loop over the many id words stays small. */
__attribute__((noinline)) static uint8_t S_fill_rest(const cc_recog *r,
                                                     const cc_segmented *seg,
                                                     uint32_t i, bool ids,
                                                     const cc_tok_words **tw) {
  const cc_token *tok = &seg->tokens[i];
  if (tok->kind == CC_TOK_NUM) { /* a number: no slot, both triggers */
    *tw = &S_ask_num;
#ifdef CC_RECOG_CHECK_INERT /* as S_bits reads it */
    if (S_bits(r, seg, i, S_word_slot(r, seg, tok)) !=
        (S_TF_NUM | S_TF_TIME1)) {
      fprintf(stderr, "recog: number bits of \"%s\"\n", tok->norm);
      abort();
    }
#endif
    return S_TF_NUM | S_TF_TIME1;
  }
  const S_wslot *x =
      tok->kind == CC_TOK_WORD && (!tok->id || tok->id >= r->nids) && ids
          ? NULL /* a word the table does not hold is in no slot */
          : S_word_slot(r, seg, tok);
#ifdef CC_RECOG_CHECK_INERT
  if (x != S_word_slot(r, seg, tok)) {
    fprintf(stderr, "recog: unknown word \"%s\" has a slot\n", tok->norm);
    abort();
  }
#endif
  if (!x && tok->kind == CC_TOK_WORD && tok->norm_len <= S_WKEY) {
    /* a word in no table, which S_time_pre and S_num_trigger read by its
     * shape alone */
    *tw = S_none_of(r, tok, ids);
    return S_shape_trig(tok->norm) ? S_TF_TIME1 : 0;
  }
  *tw = x ? &r->words.words[x->wi]
          : tok->kind == CC_TOK_NUM || tok->norm_len > S_WKEY
              ? &S_ask
              : S_none_of(r, tok, ids);
  if (x && tok->kind == CC_TOK_WORD) { /* a known word: its bits */
#ifdef CC_RECOG_CHECK_INERT
    if (x->fword != S_bits(r, seg, i, x)) {
      fprintf(stderr, "recog: word bits of \"%s\"\n", tok->norm);
      abort();
    }
#endif
    return x->fword;
  }
  if (tok->kind == CC_TOK_PUNCT && tok->norm_len == 1) {
    /* a mark (most of the rest): S_bits without the word tests */
    char c = tok->norm[0];
    bool nt = c == '.' || c == '-'
                  ? i + 1 < seg->ntokens &&
                        !(seg->tokens[i + 1].flags & CC_TF_SPACE_BEFORE) &&
                        seg->tokens[i + 1].kind == CC_TOK_NUM
                  : x && x->num;
    uint8_t f = (uint8_t)((nt ? S_TF_NUM : 0) | (c == '\'' ? S_TF_TIME1 : 0));
#ifdef CC_RECOG_CHECK_INERT
    if (f != S_bits(r, seg, i, x)) {
      fprintf(stderr, "recog: mark bits of \"%s\"\n", tok->norm);
      abort();
    }
#endif
    return f;
  }
  return S_bits(r, seg, i, x);
}

#ifdef CC_RECOG_CHECK_INERT
/* The fill's reading of token i (bits f, entries w) is S_bits' and
 * S_fill_rest's, token by token. */
static void S_fill_check(const cc_recog *r, const cc_segmented *seg,
                         uint32_t i, uint8_t f, const cc_tok_words *w) {
  const cc_token *tok = &seg->tokens[i];
  const S_wslot *x = S_word_slot(r, seg, tok);
  const cc_tok_words *rw =
      x ? &r->words.words[x->wi]
      : tok->kind == CC_TOK_NUM ? &S_ask_num
      : tok->norm_len > S_WKEY  ? &S_ask
      : tok->kind == CC_TOK_PUNCT && tok->norm_len == 1
          ? r->mark_words[(unsigned char)tok->norm[0]]
          : S_none_of(r, tok, true);
  if (f != S_bits(r, seg, i, x) || w != rw) {
    fprintf(stderr, "recog: fill of \"%s\"\n", tok->norm);
    abort();
  }
  /* the scan bits are the word's (its entry, its text), or asked */
  if (w->known ? w->tscan != cc__time_scan_bits(w->tw, tok->norm,
                                                 tok->norm_len)
               : w->tscan != (tok->kind == CC_TOK_NUM ? CC_TS_NUM
                                                       : CC_TS_ASK)) {
    fprintf(stderr, "recog: scan bits of \"%s\"\n", tok->norm);
    abort();
  }
  /* a slot's mask is the number side's */
  if (x && w->nextm != cc__num_next_mask(r->nm, tok->norm, tok->norm_len)) {
    fprintf(stderr, "recog: the mask of \"%s\" differs\n", tok->norm);
    abort();
  }
  /* S_none: no rest begins with the word (the mask is exact) */
  if ((w == &S_none || w == &S_none_dash) &&
      cc__num_next_mask(r->nm, tok->norm, tok->norm_len) != 1ull << 63) {
    fprintf(stderr, "recog: \"%s\" read as no rest's prefix\n", tok->norm);
    abort();
  }
}
#endif

/* S_trig_fill's loop over tokens tok[0..n) (the bits into tf, the
 * entries into tw, the tokens left to S_fill_rest into rest: their count
 * returned); last: the document's last token.  covered: every id of the
 * tokens is below r->idcap (the shared table holds fewer words), so no
 * id is tested: the entries from r->nids up are id 0's.  Inline always,
 * in two copies: the test is a constant in each. */
CC_ALWAYS_INLINE uint32_t
S_fill_loop(const cc_recog *r, const cc_token *tok, uint32_t n,
            const cc_token *last, uint8_t *tf, const cc_tok_words **tw,
            uint32_t *rest, bool covered) {
  const cc_tok_words *const *idw = r->id_words;
  const uint8_t *idb = r->id_bits;
  const cc_tok_words *const *mw = r->mark_words;
  const uint8_t *mb = r->mark_bits;
  uint32_t nids = r->nids, nrest = 0;
  for (uint32_t k = 0; k < n; k++, tok++) {
    const cc_tok_words *w;
    uint8_t f;
    if (tok->kind == CC_TOK_WORD) {
      uint32_t id = tok->id;
      /* (an id past the table's: as id 0's, with no loads, or read as
       * id 0's entries) */
      w = covered || id < nids ? idw[id] : NULL;
      f = covered || id < nids ? idb[id] : 0;
      if (!w) {
        /* id 0's entries: a word the table does not hold (id 0, or
         * added to the shared table after this one's words: no key of
         * the table is among them) is in no slot, so S_time_pre and
         * S_num_trigger read it by its shape alone; or a word longer
         * than the keys (then the models read it) */
        if (tok->norm_len <= S_WKEY) {
          w = &S_none;
          f = S_shape_first[(unsigned char)tok->norm[0]] &&
                      S_shape_trig(tok->norm)
                  ? S_TF_TIME1
                  : 0;
        } else {
          rest[nrest++] = k;
        }
      }
    } else if (tok->kind == CC_TOK_NUM) { /* no slot, both triggers */
      w = &S_ask_num;
      f = S_TF_NUM | S_TF_TIME1;
    } else if (tok->kind == CC_TOK_PUNCT && tok->norm_len == 1) {
      unsigned char c = (unsigned char)tok->norm[0];
      w = mw[c];
      f = mb[c];
      /* "-5", ".5": a number trigger before a number with no space */
      if ((c == '.' || c == '-') && tok < last &&
          !(tok[1].flags & CC_TF_SPACE_BEFORE) && tok[1].kind == CC_TOK_NUM)
        f |= S_TF_NUM;
    } else {
      w = NULL;
      f = 0;
      rest[nrest++] = k;
    }
    tw[k] = w;
    tf[k] = f;
  }
  return nrest;
}

/* Fill tc with the bits of tokens [begin, end).  The loop over the
 * tokens makes no call, so that its locals stay in registers: a word of
 * the segmenter's ids reads two tables by its id (a word the table does
 * not hold, id 0 or added later, has id 0's NULL entries and is read by
 * its shape), a number has fixed bits, a one-byte mark reads two tables
 * by its byte.  The rest (symbols, long words, longer marks: few) are
 * listed, and S_fill_rest reads them after the loop. */
static void S_trig_fill(const cc_recog *r, const cc_segmented *seg,
                        S_trig *tc, uint32_t begin, uint32_t end) {
  uint32_t n = end - begin;
  if (n + 8 > tc->cap) {
    tc->cap = n + n / 2 + 64;
    tc->f = cc_xrealloc(tc->f, tc->cap);
    tc->w = cc_xrealloc(tc->w, tc->cap * sizeof *tc->w);
    tc->rest = cc_xrealloc(tc->rest, tc->cap * sizeof *tc->rest);
  }
  tc->base = begin;
  /* in locals: a store through tf (bytes) may alias anything in memory,
   * so fields read through pointers would be loaded again per token */
  uint8_t *tf = tc->f;
  const cc_tok_words **tw = tc->w;
  memset(tf + n, 0, 8); /* S_tries8's last word */
  tc->ids = seg->vocab && seg->vocab == r->vocab;
  if (!(tc->ids && r->id_words)) {
    /* another word table's ids (tests): every token by its text */
    for (uint32_t k = 0; k < n; k++)
      tf[k] = S_fill_rest(r, seg, begin + k, false, &tw[k]);
    return;
  }
  uint32_t *rest = tc->rest;
  const cc_token *tok = &seg->tokens[begin];
  /* the last token of the document: "." and "-" read the next one */
  const cc_token *last = &seg->tokens[seg->ntokens - 1];
  /* (the arrays have room for every id of the shared table: none is
   * past them) */
  uint32_t nrest =
      cc_vocab_count(r->vocab) < r->idcap
          ? S_fill_loop(r, tok, n, last, tf, tw, rest, true)
          : S_fill_loop(r, tok, n, last, tf, tw, rest, false);
  for (uint32_t j = 0; j < nrest; j++)
    tf[rest[j]] = S_fill_rest(r, seg, begin + rest[j], true, &tw[rest[j]]);
#ifdef CC_RECOG_CHECK_INERT
  for (uint32_t k = 0; k < n; k++)
    S_fill_check(r, seg, begin + k, tf[k], tw[k]);
#endif
}

static inline bool S_num_trig(const S_trig *tc, uint32_t i) {
  return tc->f[i - tc->base] & S_TF_NUM;
}

/* The key of cc__time_join_starts' answer at token i in r->joins, or 0
 * unless token i is a word of the shared table (ids: the tokens' ids are
 * r->vocab's).  The answer reads the tokens' texts (fixed by their ids,
 * which never change once documents are read) and the space between
 * them alone, and the same pairs ("in the", "at the") come back in every
 * document: the key is 1, the space, the two ids.  Where token i + 1 has
 * no id (a name, a rare word: "the Smiths"), the key (bit 63 set) holds
 * its first bytes instead (one or two, which, and whether more follow:
 * cc__time_join_short says when they fix the answer, and only then is it
 * kept).  An entry holds the key and the answer (bit 1), so a racing
 * write leaves another whole entry, never a wrong answer; a miss asks the
 * model. */
static inline uint64_t S_join_key(const cc_segmented *seg, uint32_t i,
                                  bool ids) {
  if (!ids || i + 1 >= seg->ntokens)
    return 0;
  const cc_token *a = &seg->tokens[i];
  uint64_t ia = a[0].id, ib = a[1].id;
  if (!ia || ia >= 1u << 30 || ib >= 1u << 30)
    return 0;
  uint64_t k = 1 | (uint64_t)(a[1].flags & CC_TF_SPACE_BEFORE ? 4 : 0) |
               ia << 3;
  if (ib)
    return k | ib << 33;
  uint32_t n = a[1].norm_len;
  if (!n)
    return 0;
  const unsigned char *w = (const unsigned char *)a[1].norm;
  /* (bits 0-1: one byte, two, or more: "pr" is all of its text, a key's
   * prefix, "problem" begins with it) */
  uint64_t r = n < 2 ? 1 | (uint64_t)w[0] << 2
                     : (n == 2 ? 2 : 3) | (uint64_t)w[0] << 2 |
                           (uint64_t)w[1] << 10;
  return k | r << 33 | 1ull << 63;
}

/* The entry of key (not 0) in r->joins. */
static inline _Atomic uint64_t *S_join_slot(const cc_recog *r, uint64_t key) {
  return &r->joins[(key * 0x9E3779B97F4A7C15ull) >> 40 & (S_JOINS - 1)];
}

/* Token i's S_TF_JOIN turned into its time bit by the model's answer,
 * kept under key (0: none): out of line, as the scan asks few. */
__attribute__((noinline)) static void S_join(const cc_recog *r,
                                             const cc_segmented *seg,
                                             uint8_t *f, uint32_t i,
                                             uint64_t key) {
  /* (the model keeps answers by both ids only) */
  bool fixed = true, j = key && !(key >> 63)
                             ? cc__time_join_starts(r->tm, seg, i)
                             : cc__time_join_short(r->tm, seg, i, &fixed);
  if (key && fixed)
    atomic_store_explicit(S_join_slot(r, key), key | (j ? 2 : 0),
                          memory_order_relaxed);
  *f = (uint8_t)((*f & ~S_TF_JOIN) | (j ? S_TF_TIME1 : S_TF_TIME2));
}

/* cc__time_trigger of token i (in the filled sentence).  Inline always:
 * the scan asks it at most tokens, and its kept answer is a few loads. */
CC_ALWAYS_INLINE int S_time_trig1(const cc_recog *r,
                                  const cc_segmented *seg, S_trig *tc,
                                  uint32_t i) {
  uint8_t *f = &tc->f[i - tc->base];
  if (*f & S_TF_JOIN) {
    uint64_t key = S_join_key(seg, i, tc->ids);
    uint64_t e = key ? atomic_load_explicit(S_join_slot(r, key),
                                            memory_order_relaxed)
                     : 0;
    if (key && (e & ~2ull) == key) {
#ifdef CC_RECOG_CHECK_INERT /* the kept answer is the model's */
      if (!(e & 2) != !cc__time_join_starts(r->tm, seg, i)) {
        fprintf(stderr, "recog: kept join at \"%s\" \"%s\" differs\n",
                seg->tokens[i].norm, seg->tokens[i + 1].norm);
        abort();
      }
#endif
      *f = (uint8_t)((*f & ~S_TF_JOIN) | (e & 2 ? S_TF_TIME1 : S_TF_TIME2));
    } else {
      S_join(r, seg, f, i, key);
    }
  }
  return *f & S_TF_TIME1 ? 1 : *f & S_TF_TIME2 ? 2 : 0;
}

/* Token i may start a temporal expression: a temporal word or number
 * here, or a weak word ("the", "in", "a") followed within a few tokens by
 * one ("the next day", "in the past", "a further two weeks"). */
static bool S_time_trig(const cc_recog *r, const cc_segmented *seg, uint32_t i,
                        uint32_t end, S_trig *tc) {
  int t = S_time_trig1(r, seg, tc, i);
  for (uint32_t k = i + 1; t == 2 && k < end && k < i + 4; k++) {
    if (S_num_trig(tc, k))
      return true;
    t = S_time_trig1(r, seg, tc, k);
  }
  return t == 1;
}

/* cc__time_longer_start at token i (< end) of S_TF_STARTS (its word
 * begins a start key, so its time trigger, if any, was S_TF_JOIN when
 * filled: S_bits): its first test is cc__time_join_starts at i, which
 * S_time_trig1 reads (through r->joins: no call on a kept answer) while
 * the token still has S_TF_JOIN, and has read when it has S_TF_TIME2;
 * when it is false, so is this. */
static inline bool S_longer_start(const cc_recog *r, const cc_segmented *seg,
                                  S_trig *tc, uint32_t i, uint32_t end) {
  if ((tc->f[i - tc->base] & (S_TF_JOIN | S_TF_TIME2)) &&
      S_time_trig1(r, seg, tc, i) == 2) {
#ifdef CC_RECOG_CHECK_INERT /* the model's answer */
    if (cc__time_longer_start(r->tm, seg, i, end)) {
      fprintf(stderr, "recog: a longer start at \"%s\" not asked\n",
              seg->tokens[i].norm);
      abort();
    }
#endif
    return false;
  }
  return cc__time_longer_start(r->tm, seg, i, end);
}

/* cc__time_mention is false at token i (< end, the sentence's end), a
 * word token of a quiet word (cc__time_quiet_word; an: "a" or "an") or a
 * symbol token of one (S_quiet_tok), when no longer key of a start kind
 * begins there (join: the word begins one, so the tokens after it are
 * asked: S_longer_start) and either no number either (ns: a
 * number key begins with the word, so the parse is asked), or, at a word
 * token, a number that ends before a plain word (recog_time.c says why:
 * S_inert). */
static bool S_time_skip(const cc_recog *r, const cc_segmented *seg,
                        uint32_t i, uint32_t end, cc_num_memo *memo,
                        S_trig *tc, bool join, bool ns, bool an) {
  if (join && S_longer_start(r, seg, tc, i, end))
    return false;
  cc_numparse np;
  if (!S_num_at(r, seg, i, end, memo, ns, &np))
    return !an; /* "a" alone is a count */
  if (an && (np.flags & CC_NP_ORDINAL))
    return false;
  if (an && np.tok_end < end && tc->w[np.tok_end - tc->base]->aunit)
    return false; /* "a mile": one of the unit (cc__units_apply) */
  return seg->tokens[i].kind == CC_TOK_WORD && np.tok_end < end &&
         S_plain_at(r, seg, np.tok_end, end, memo);
}

/* S_inert holds at token j (< end) with outer false: j is a plain word
 * where no number starts (S_plain_at: no temporal entry, none of the
 * words the parsers compare, among them S_first_words, and no "fy..." or
 * "q1".."h4", so S_quiet holds and sees no kind; no number, S_inert's
 * last test) or a quiet word where S_time_skip holds (whose tests are
 * S_inert's at such a word: S_quiet sees no kind of the outer ones there
 * either, none in the word's entry and no longer key of a start kind). */
static int S_kept_tskip(const cc_recog *r, const cc_segmented *seg,
                        S_trig *tc, uint32_t j, uint32_t end);

static bool S_inert_word(const cc_recog *r, const cc_segmented *seg,
                         uint32_t j, uint32_t end, cc_num_memo *memo,
                         S_trig *tc) {
  uint8_t g = tc->f[j - tc->base];
  if (g & S_TF_QUIET) {
    /* (S_time_skip's answer kept for j's word, when there is one) */
    const uint8_t nq = S_TF_NUM | S_TF_QUIET;
    int kept = (g & nq) == nq ? S_kept_tskip(r, seg, tc, j, end) : -1;
    if (kept >= 0 ? kept
                  : S_time_skip(r, seg, j, end, memo, tc, g & S_TF_STARTS,
                                tc->w[j - tc->base]->ns != NULL,
                                g & S_TF_AN))
      return true;
  }
  return S_plain_at(r, seg, j, end, memo);
}

/* S_cannot_start_at at token i (< end), a word token of "the", "between"
 * or "from" whose entries are w (r->the, r->between, r->from: S_quiet's
 * test of the word's entry holds), as recog_time.c reads these words:
 * S_quiet holds, as no longer key of a start kind begins there either
 * (its time trigger answers 2: cc__time_join_starts is false, or the word
 * begins no start key), and no number starts there (S_num_at: S_num);
 * then, at the sentence's end, true; else at the next token j, for "the"
 * S_inert with outer false (S_inert_word), for "between" and "from"
 * S_cannot_start_at(j, false): this test again when j is "the", else
 * S_inert with outer false.  The work stays bounded: "the" after
 * "between" looks one token further.  A CC_RECOG_CHECK_INERT build asks
 * cc__time_mention wherever this holds. */
static inline int S_none_read(const cc_segmented *seg, const S_trig *tc,
                              uint32_t i, uint32_t end);

static bool S_first_skip(const cc_recog *r, const cc_segmented *seg,
                         uint32_t i, uint32_t end, cc_num_memo *memo,
                         S_trig *tc, const cc_tok_words *w) {
  cc_numparse np;
  if (S_time_trig1(r, seg, tc, i) != 2)
    return false;
  /* no number where the readings say cc__num_none_at holds */
  if (S_none_read(seg, tc, i, end) == 1) {
#ifdef CC_RECOG_CHECK_INERT
    if (S_num_at(r, seg, i, end, memo, w->ns != NULL, &np)) {
      fprintf(stderr, "recog: a number at \"%s\" read as none\n",
              seg->tokens[i].norm);
      abort();
    }
#endif
  } else if (S_num_at(r, seg, i, end, memo, w->ns != NULL, &np)) {
    return false;
  }
  uint32_t j = i + 1;
  if (j >= end)
    return true;
  if (w != r->the && seg->tokens[j].norm_len == 3 &&
      !memcmp(seg->tokens[j].norm, "now", 3))
    return false; /* "between now and May" (S_range_now) */
  if (w != r->the && tc->w[j - tc->base] == r->the &&
      seg->tokens[j].kind == CC_TOK_WORD)
    return S_first_skip(r, seg, j, end, memo, tc, r->the);
  return S_inert_word(r, seg, j, end, memo, tc);
}

/* The entries of token i when S_first_skip may hold there, else NULL. */
static const cc_tok_words *S_first_word(const cc_recog *r,
                                        const cc_segmented *seg, uint32_t i,
                                        const S_trig *tc) {
  const cc_tok_words *w = tc->w[i - tc->base];
  return seg->tokens[i].kind == CC_TOK_WORD &&
                 (w == r->the || w == r->between || w == r->from)
             ? w
             : NULL;
}

bool cc__recog_time_skip(const cc_recog *r, const cc_segmented *seg,
                         uint32_t i, uint32_t end) {
  if (!r || !seg || i >= end || end > seg->ntokens ||
      (seg->tokens[i].kind != CC_TOK_WORD && seg->tokens[i].kind != CC_TOK_SYM))
    return false;
  S_trig tc = S_TRIG_INIT; /* the tokens from i on, as S_at reads */
  S_trig_fill(r, seg, &tc, i, end);
  uint8_t f = tc.f[0];
  const cc_tok_words *w = S_first_word(r, seg, i, &tc);
  bool skip = (f & S_TF_QUIET)
                  ? S_time_skip(r, seg, i, end, NULL, &tc, f & S_TF_STARTS,
                                tc.w[0]->ns != NULL, f & S_TF_AN)
                  : w && S_first_skip(r, seg, i, end, NULL, &tc, w);
  S_trig_free(&tc);
  return skip;
}

/* S_at's answer at a number trigger that is a quiet word (not "a" or
 * "an") where no number starts (cc__num_none_at: "of", "on", "at" before
 * most words) and no longer key of a start kind either (no S_TF_STARTS,
 * or cc__time_longer_start is false): false.  S_time_skip holds there
 * (its number test finds none, and the word is not "a"), so the temporal
 * recognizer is not asked, and cc__num_mention_memo refuses a word where
 * no key of a starting role begins.  The inert build runs S_at anyway. */
static bool S_no_mention(const cc_recog *r, const cc_segmented *seg,
                         uint32_t i, uint32_t end, const cc_recog_ctx *ctx,
                         cc_num_memo *memo, cc_time_memo *tmemo) {
#ifdef CC_RECOG_CHECK_INERT /* the plain calls find nothing either */
  cc_mention m;
  cc_numparse np;
  S_blank(&m);
  if (cc__num_parse(r->nm, seg, i, end, &np) ||
      cc__num_mention(r->nm, seg, i, end, &m) ||
      cc__time_mention(r->tm, r->nm, seg, i, end, ctx, memo, tmemo, &m)) {
    fprintf(stderr, "recog: a mention at \"%s\" where none was found\n",
            seg->tokens[i].norm);
    abort();
  }
#else
  (void)r, (void)seg, (void)i, (void)end, (void)ctx, (void)memo;
  (void)tmemo;
#endif
  return false;
}

/* cc__num_none_at at token i (< end), a word token of the filled
 * sentence, from the readings of tokens i and i + 1 alone (their
 * cc__num_word_read fields): 1 it holds, 0 it does not, -1 ask it (the
 * reading cannot tell: a third token may be read, or the next is not
 * read).  The inert build asks it anyway. */
static inline int S_none_read(const cc_segmented *seg, const S_trig *tc,
                              uint32_t i, uint32_t end) {
  const cc_tok_words *w = tc->w[i - tc->base];
  if (!w->known)
    return -1;
  if (w->nnone != CC_NN_NEXT)
    return w->nnone == CC_NN_NONE ? 1 : w->nnone == CC_NN_NEVER ? 0 : -1;
  if (i + 1 >= end)
    return 1; /* no next token to read */
  const cc_token *n = &seg->tokens[i + 1];
  if (!(n->flags & CC_TF_SPACE_BEFORE) ||
      (n->kind == CC_TOK_PUNCT && n->norm_len == 1 && n->norm[0] == '-'))
    return 0; /* the keys' read goes on */
  const cc_tok_words *x = tc->w[i + 1 - tc->base];
  uint64_t xm = x->known ? x->nextm : CC_NEXT_ASK;
  if (!cc__num_next_known(xm) || ((xm >> w->nlist) & 1))
    return -1;
  return 1; /* no key goes on with the next word */
}

/* cc__num_none_at's answers kept by the words of its three tokens, per
 * thread (S_none_asked). */
typedef struct S_nslot {
  uint64_t serial; /* the recognizer's; 0: empty */
  uint32_t w, u, v; /* the ids of tokens i, i + 1 and i + 2 (0: none) */
  bool none;
} S_nslot;
#define S_NSLOTS 1024u /* a power of two */
/* (made at the thread's first ask, cc_thread_calloc: _Thread_local
 * storage is zeroed for every thread, those that recognize nothing too) */
static _Thread_local S_nslot *S_nslots; /* [S_NSLOTS], or NULL */

/* cc__num_none_at at token i (< end) where the readings cannot tell
 * (S_none_read: "on the", "of the", where a rest of a key after the
 * word begins with the next one: "on the order of").  Where tokens i,
 * i + 1 and i + 2 (or the sentence's end after i + 1) are separate word
 * tokens with ids of the table (tc->ids), its answer is kept for the
 * three ids: it reads token i's reading and its start entry's roles
 * (fixed by its word: the fill's, by id), then S_short_keys at i, which
 * reads token i + 1's kind, spacing, reading and text (a word: no
 * hyphen, and its id fixes the rest) and S_third_none, which reads the
 * next word's text, whether token i + 2 is before end, and its spacing
 * and text: all fixed by the ids and the kinds and spacing tested here.
 * Where it holds, the memo keeps it (cc__num_memo_none), as
 * cc__num_none_at does.  The inert build asks it and compares. */
__attribute__((noinline)) static bool
S_none_asked(const cc_recog *r, const cc_segmented *seg, const S_trig *tc,
             uint32_t i, uint32_t end, cc_num_memo *memo) {
  const cc_token *t = &seg->tokens[i];
  S_nslot *ns = NULL;
  uint32_t v = 0;
  if (tc->ids && t->kind == CC_TOK_WORD && t->id && i + 1 < end &&
      t[1].kind == CC_TOK_WORD && t[1].id &&
      (t[1].flags & CC_TF_SPACE_BEFORE) &&
      (i + 2 >= end || (t[2].kind == CC_TOK_WORD && t[2].id &&
                        (t[2].flags & CC_TF_SPACE_BEFORE)))) {
    v = i + 2 < end ? t[2].id : 0;
    uint32_t h = (t->id * 0x9E3779B9u) ^ (t[1].id * 0x85EBCA6Bu) ^
                 (v * 0xC2B2AE35u);
    if (!S_nslots)
      S_nslots = cc_thread_calloc(S_NSLOTS * sizeof *S_nslots);
    ns = &S_nslots[(h ^ (h >> 16)) & (S_NSLOTS - 1)];
    if (ns->serial == r->serial && ns->w == t->id && ns->u == t[1].id &&
        ns->v == v) {
#ifdef CC_RECOG_CHECK_INERT /* the number side's answer */
      if (ns->none != cc__num_none_at(r->nm, seg, i, end, memo)) {
        fprintf(stderr, "recog: the kept no-number at \"%s\" differs\n",
                t->norm);
        abort();
      }
#endif
      if (ns->none)
        cc__num_memo_none(memo, i, end);
      return ns->none;
    }
  }
  bool none = cc__num_none_at(r->nm, seg, i, end, memo);
  if (ns) {
    ns->serial = r->serial;
    ns->w = t->id;
    ns->u = t[1].id;
    ns->v = v;
    ns->none = none;
  }
  return none;
}

/* cc__num_none_at through S_none_read. */
static inline bool S_none_at(const cc_recog *r, const cc_segmented *seg,
                             const S_trig *tc, uint32_t i, uint32_t end,
                             cc_num_memo *memo) {
  int none = S_none_read(seg, tc, i, end);
  if (none < 0)
    return S_none_asked(r, seg, tc, i, end, memo);
#ifdef CC_RECOG_CHECK_INERT /* the number side's answer */
  if (none != cc__num_none_at(r->nm, seg, i, end, memo)) {
    fprintf(stderr, "recog: no number at \"%s\" read otherwise\n",
            seg->tokens[i].norm);
    abort();
  }
#endif
  return none;
}

/* Byte c is set in bits (a 256-bit set). */
static inline bool S_bit256(const uint64_t *bits, unsigned char c) {
  return (bits[c >> 6] >> (c & 63)) & 1;
}

/* No number mention at a token before e (<= end, the sentence's end)
 * ends past token e: where a mention of the temporal recognizer ends at
 * e, one of the number recognizer is never the longer (S_at), so it need
 * not be asked.  At e == end, none does.  Else token e is a mark of one
 * byte c that no number expression reads as such: the tokens of a
 * number expression run on from its first one (a qualifier, a side, a
 * range's separator or closer, units, a ratio, "and" cents: each ends
 * where the last token it read ends), so one ending past e reads token
 * e as a key's token, digits, a hyphen, a closer's text, or "." or "-"
 * before a number (S_core_run); c is no hyphen, no number follows it,
 * and no key or closer begins with c or has c after the byte that the
 * read joins before it (S_match_all: a space where e is spaced or comes
 * after a hyphen, else the last byte of token e - 1), so token e is none
 * of these.  The inert build asks the number mention anyway and checks
 * that it is not the longer. */
static bool S_num_marked(const cc_recog *r, const cc_token *b,
                         unsigned char c);

static inline bool S_num_within(const cc_recog *r, const cc_segmented *seg,
                                uint32_t e, uint32_t end) {
  if (e >= end)
    return true;
  const cc_token *t = &seg->tokens[e], *b = t - 1;
  if (t->kind != CC_TOK_PUNCT || t->norm_len != 1 || !b->norm_len)
    return false;
  unsigned char c = (unsigned char)t->norm[0];
  if (c == '-' || (c == '.' && e + 1 < end && t[1].kind == CC_TOK_NUM) ||
      S_bit256(r->key_first, c))
    return false;
  bool sp = (t->flags & CC_TF_SPACE_BEFORE) ||
            (b->kind == CC_TOK_PUNCT && b->norm_len == 1 && b->norm[0] == '-');
  unsigned char a = sp ? ' ' : (unsigned char)b->norm[b->norm_len - 1];
  return !S_bit256(r->key_pairs[a], c) || (!sp && !S_num_marked(r, b, c));
}

bool cc__recog_num_within(const cc_recog *r, const cc_segmented *seg,
                          uint32_t e, uint32_t end) {
  return r && seg && end <= seg->ntokens && e > 0 && e <= end &&
         S_num_within(r, seg, e, end);
}

/* No number key or range closer has token b's text and byte c after it
 * (b's text joined before a mark c: S_match_all reads the whole text of
 * each token it joins, so a key read that takes the mark has them in a
 * row).  Out of line: most marks pass on their pair of bytes alone. */
__attribute__((noinline)) static bool S_num_marked(const cc_recog *r,
                                                   const cc_token *b,
                                                   unsigned char c) {
  size_t n = b->norm_len;
  for (uint32_t k = 0; k < r->nbefore[c]; k++) {
    size_t p = r->before_len[c][k];
    if (p >= n && !memcmp(r->before[c][k] + p - n, b->norm, n))
      return true;
  }
  return false;
}

/* Token i is the "about" of "how about" / "what about" (a suggestion
 * or a question, "how about next week?", not "about next week"): no
 * mention starts there; the one after it starts at i + 1. */
static inline bool S_suggestion(const cc_segmented *seg, uint32_t i) {
  const cc_token *t = &seg->tokens[i];
  if (t->norm_len != 5 || memcmp(t->norm, "about", 5) != 0 || i == 0 ||
      seg->tokens[i - 1].kind != CC_TOK_WORD)
    return false;
  const cc_token *p = t - 1;
  return (p->norm_len == 3 && !memcmp(p->norm, "how", 3)) ||
         (p->norm_len == 4 && !memcmp(p->norm, "what", 4));
}

/* The best mention starting at token i, or false. */
static bool S_at(const cc_recog *r, const cc_segmented *seg, uint32_t i,
                 uint32_t end, const cc_recog_ctx *ctx, cc_num_memo *memo,
                 cc_time_memo *tmemo, S_trig *tc, cc_mention *best,
                 bool *timeless) {
  bool nt = S_num_trig(tc, i);
  uint8_t f0 = tc->f[i - tc->base];
  *timeless = true; /* (until cc__time_mention is asked) */
  if (S_suggestion(seg, i))
    return false;
  if (nt && (f0 & S_TF_QUIET) && !(f0 & S_TF_AN) &&
      seg->tokens[i].kind == CC_TOK_WORD &&
      S_none_at(r, seg, tc, i, end, memo) &&
      !((f0 & S_TF_STARTS) && S_longer_start(r, seg, tc, i, end)))
    return S_no_mention(r, seg, i, end, ctx, memo, tmemo);
  bool tt = !nt && S_time_trig(r, seg, i, end, tc); /* nt tries both anyway */
  uint8_t f = tc->f[i - tc->base];
  bool skip = (tt || nt) && (f & S_TF_QUIET) &&
              S_time_skip(r, seg, i, end, memo, tc, f & S_TF_STARTS,
                          tc->w[i - tc->base]->ns != NULL, f & S_TF_AN);
  const cc_tok_words *fw;
  if ((tt || nt) && !skip && (fw = S_first_word(r, seg, i, tc)))
    skip = S_first_skip(r, seg, i, end, memo, tc, fw); /* "the two sides" */
  bool found = false;
  cc_mention m;
#ifdef CC_RECOG_CHECK_INERT /* the skip below changes no answer */
  if (skip) {
    S_blank(&m);
    if (cc__time_mention(r->tm, r->nm, seg, i, end, ctx, memo, tmemo, &m)) {
      fprintf(stderr, "recog: quiet word \"%s\" starts a mention\n",
              seg->tokens[i].norm);
      abort();
    }
  }
#endif
  if ((tt || nt) && !skip) { /* durations start with numbers: try both */
    /* into the call's blank mention, which cc__time_mention writes only
     * when it finds one: blanked again then alone */
    cc_mention *t = tc->blank;
    *timeless = false;
    if (cc__time_mention(r->tm, r->nm, seg, i, end, ctx, memo, tmemo, t)) {
      if (t->tok_end > i && t->tok_end <= end) {
        *best = *t;
        found = true;
      }
      S_blank(t);
    } else {
#ifdef CC_RECOG_CHECK_INERT /* still blank */
      S_blank(&m);
      if (memcmp(&m, t, sizeof m) != 0) {
        fprintf(stderr, "recog: no mention at \"%s\" but one written\n",
                seg->tokens[i].norm);
        abort();
      }
#endif
    }
  }
  if (nt && found && S_num_within(r, seg, best->tok_end, end)) {
#ifdef CC_RECOG_CHECK_INERT /* the number mention is not the longer */
    if (cc__num_mention_memo(r->nm, seg, i, end, memo, &m) && m.tok_end > i &&
        m.tok_end <= end && m.tok_end > best->tok_end) {
      fprintf(stderr, "recog: a longer number mention at \"%s\" not asked\n",
              seg->tokens[i].norm);
      abort();
    }
#endif
  } else if (nt) { /* (the number side fills the whole mention when it
                    * finds one) */
    if (cc__num_mention_memo(r->nm, seg, i, end, memo, &m) && m.tok_end > i &&
        m.tok_end <= end && (!found || m.tok_end > best->tok_end)) {
      m.weekday = -1; /* fields the number side does not use */
      m.pair = -1;
      m.anchor_mention = -1;
      m.zone = NULL;
      m.flags &= ~(uint32_t)(CC_MF_PAIR_LOCAL | CC_MF_PAIR_UTC | CC_MF_UTC);
      *best = m;
      found = true;
    }
  }
  return found;
}

/* ---- S_at's answers kept by word ------------------------------------------
 * At a quiet number trigger ("a", "two", "several", "over") before a
 * plain word of no table ("a spokesperson", "two governments"), S_at's
 * answer depends on the trigger's word alone wherever the temporal
 * recognizer is not asked (S_time_skip or S_first_skip holds, or S_at's
 * first test does): S_kslot_at says why.  Each thread keeps the answer
 * of the words it met last, by word id. */
typedef struct S_kslot {
  uint64_t serial; /* the recognizer's (cc_recog.serial); 0: empty */
  uint32_t id;     /* the word's id */
  bool has_at;     /* found and m hold S_at's answer */
  bool found;
  /* S_time_skip's answer there: 0 not known, 1 false, 2 true (kept where
   * the word is not "the", "between" or "from": there S_at asks
   * cc__time_mention exactly where it is false) */
  uint8_t tskip;
  cc_mention m; /* found: the mention, tok_end relative to its token */
} S_kslot;
#define S_KSLOTS 256u /* a power of two */
static _Thread_local S_kslot *S_kslots; /* [S_KSLOTS], as S_nslots */

/* Word w (n bytes), of no slot of the table, is a plain word (S_plain_of:
 * cc__time_plain_word's tests of the text, no number key begins there). */
static inline bool S_plain_shape(const char *w, size_t n) {
  return n && !S_has_nul(w, n) && !(n >= 2 && w[0] == 'f' && w[1] == 'y') &&
         !(n == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' &&
           w[1] <= '4');
}

/* Token i is capitalized after a capitalized word ("Air Force One",
 * "Ground Zero"): the number side may read it as a name by its capital
 * and the word before, which its id does not fix, so no answer there is
 * kept by the word. */
static inline bool S_in_name(const cc_segmented *seg, uint32_t i) {
  const cc_token *t = &seg->tokens[i];
  return (t->flags & CC_TF_CAP) && i > 0 && t[-1].kind == CC_TOK_WORD &&
         (t[-1].flags & CC_TF_CAP);
}

/* The slot for S_at's answer at token i (< end) of the filled sentence
 * when it depends on token i's word alone, else NULL.  Token i is a word
 * token of the table (an id below r->nids) with S_TF_NUM and S_TF_QUIET,
 * not "one" (S_pronoun_one reads the token before it), nor in a name
 * (S_in_name); token i + 1 (<
 * end) a separate word token whose reading is S_none (no slot, so no
 * temporal entry, none of the literals, no number key begins with it, and
 * it begins no rest of a number key after a start's word), no trigger
 * bit, and a plain word (S_plain_shape); token i's reading answers
 * S_none_read (nnone not CC_NN_ASK, and for CC_NN_NEXT a list bit below
 * 63, which S_none's mask lacks); where token i begins a start key
 * (S_TF_STARTS), its time trigger is 2 (cc__time_join_starts is false:
 * S_longer_start is false without the model).  Then, by S_at's order:
 * nt holds, tt is not asked; S_none_read reads the two readings;
 * S_longer_start reads the join; the number parse at i reads token i's
 * keys (S_short_keys: token i + 1's mask has no bit of its list, so no
 * longer key, and no third token) and finds nothing of any role at token
 * i + 1 (no key, no digits, no mark: a word), so it ends at i + 1 at
 * most (S_plain_next and S_parse_kept_next keep it by start entry for
 * the same reason); S_plain_at reads token i + 1's shape; S_first_skip
 * reads i's time trigger (its join: fixed by the word without
 * S_TF_STARTS), the parse, and S_inert_word at i + 1: a plain word; and
 * the number mention reads the keys at i and none at i + 1 (units,
 * percent, separator, ratio, post-qualifier, "of", "and": all keys) and
 * S_has_year token i alone.  Where cc__time_mention is asked (the others
 * fail), the answer is not kept (S_at's timeless).  The inert build asks
 * S_at at each kept answer and compares. */
__attribute__((noinline)) static S_kslot *
S_kslot_rest(const cc_recog *r, const cc_segmented *seg, S_trig *tc,
             uint32_t i) {
  const uint8_t f = tc->f[i - tc->base];
  const cc_token *t = &seg->tokens[i], *u = t + 1;
  if (!tc->ids || !r->id_words || t->kind != CC_TOK_WORD || !t->id ||
      t->id >= r->nids || u->kind != CC_TOK_WORD ||
      !(u->flags & CC_TF_SPACE_BEFORE))
    return NULL;
  const cc_tok_words *w = tc->w[i - tc->base];
  if (!w->known || w->nnone == CC_NN_ASK ||
      (w->nnone == CC_NN_NEXT && w->nlist >= 63) ||
      (t->norm_len == 3 && !memcmp(t->norm, "one", 3)) || S_in_name(seg, i) ||
      !S_plain_shape(u->norm, u->norm_len) ||
      ((f & S_TF_STARTS) && S_time_trig1(r, seg, tc, i) != 2))
    return NULL;
  if (!S_kslots)
    S_kslots = cc_thread_calloc(S_KSLOTS * sizeof *S_kslots);
  return &S_kslots[(t->id * 0x9E3779B9u) >> 24 & (S_KSLOTS - 1)];
}

/* S_kslot_rest's first tests, and token i's word "a" or "an" (S_TF_AN)
 * or one where cc__num_none_at never holds (CC_NN_NEVER: "two",
 * "several"): at the others ("of", "on", "in", "not") S_at's first test
 * answers sooner than this would (S_none_read: no number starts there
 * before such a word). */
static inline S_kslot *S_kslot_at(const cc_recog *r, const cc_segmented *seg,
                                  S_trig *tc, uint32_t i, uint32_t end) {
  const uint32_t k = i - tc->base;
  return i + 1 < end && tc->w[k + 1] == &S_none && !tc->f[k + 1] &&
                 ((tc->f[k] & S_TF_AN) || tc->w[k]->nnone == CC_NN_NEVER)
             ? S_kslot_rest(r, seg, tc, i)
             : NULL;
}

static void S_kslot_keep(const cc_recog *r, const cc_segmented *seg,
                         S_trig *tc, uint32_t i, S_kslot *k, bool timeless,
                         bool found, const cc_mention *best);

/* S_at, through the answer kept for token i's word where S_kslot_at
 * says it depends on the word alone (asked at a token of S_TF_NUM and
 * S_TF_QUIET only: out of line, as most tries are at others). */
static inline bool S_at_kept(const cc_recog *r, const cc_segmented *seg,
                             uint32_t i, uint32_t end,
                             const cc_recog_ctx *ctx, cc_num_memo *memo,
                             cc_time_memo *tmemo, S_trig *tc,
                             cc_mention *best) {
  bool timeless;
  const uint8_t nq = S_TF_NUM | S_TF_QUIET;
  S_kslot *k = (tc->f[i - tc->base] & nq) == nq
                   ? S_kslot_at(r, seg, tc, i, end)
                   : NULL;
  if (k && k->serial == r->serial && k->id == seg->tokens[i].id &&
      k->has_at) {
    if (k->found) {
      *best = k->m;
      best->tok_end += i;
    }
#ifdef CC_RECOG_CHECK_INERT /* S_at's answer, but for the fields the scan
                             * writes (tok_begin, start, end, sentence) */
    cc_mention a, b;
    S_blank(&a);
    bool found = S_at(r, seg, i, end, ctx, memo, tmemo, tc, &a, &timeless);
    if (found) {
      b = *best;
      a.tok_begin = b.tok_begin = a.start = b.start = a.end = b.end = 0;
      a.sentence = b.sentence = 0;
    }
    if (found != k->found || !timeless ||
        (found && memcmp(&a, &b, sizeof a) != 0)) {
      fprintf(stderr, "recog: the answer kept at \"%s\" differs\n",
              seg->tokens[i].norm);
      abort();
    }
#endif
    return k->found;
  }
  /* (one call: S_at stays inline) */
  bool found = S_at(r, seg, i, end, ctx, memo, tmemo, tc, best, &timeless);
  if (k)
    S_kslot_keep(r, seg, tc, i, k, timeless, found, best);
  return found;
}

/* Keep S_at's answer at token i in k (S_at_kept), where it was asked
 * (timeless: cc__time_mention was not asked; found: *best) and
 * S_time_skip's.  Out of line: most asks find the answer kept. */
__attribute__((noinline)) static void
S_kslot_keep(const cc_recog *r, const cc_segmented *seg, S_trig *tc,
             uint32_t i, S_kslot *k, bool timeless, bool found,
             const cc_mention *best) {
  {
    if (k->serial != r->serial || k->id != seg->tokens[i].id) {
      k->serial = r->serial;
      k->id = seg->tokens[i].id;
      k->has_at = false;
      k->tskip = 0;
    }
    if (timeless) {
      k->has_at = true;
      k->found = found;
      if (found) {
        k->m = *best;
        k->m.tok_end -= i;
      }
    }
    /* S_at's first test fails at these words (S_kslot_at: "a", "an", or
     * CC_NN_NEVER), tt is not asked, nt and S_TF_QUIET hold: skip is
     * S_time_skip's answer, and where it is false only S_first_skip may
     * spare the temporal recognizer */
    if (!S_first_word(r, seg, i, tc))
      k->tskip = timeless ? 2 : 1;
  }
}

/* S_time_skip's answer at token j (< end, S_TF_NUM and S_TF_QUIET) kept
 * for its word (S_at_kept: the same tests as S_at's answer), 0 or 1, or
 * -1 when none is kept.  The inert build asks it and compares. */
static int S_kept_tskip(const cc_recog *r, const cc_segmented *seg,
                        S_trig *tc, uint32_t j, uint32_t end) {
  S_kslot *k = S_kslot_at(r, seg, tc, j, end);
  if (!k || k->serial != r->serial || k->id != seg->tokens[j].id ||
      !k->tskip)
    return -1;
#ifdef CC_RECOG_CHECK_INERT
  uint8_t g = tc->f[j - tc->base];
  if (S_time_skip(r, seg, j, end, NULL, tc, g & S_TF_STARTS,
                  tc->w[j - tc->base]->ns != NULL,
                  g & S_TF_AN) != (k->tskip == 2)) {
    fprintf(stderr, "recog: the kept skip at \"%s\" differs\n",
            seg->tokens[j].norm);
    abort();
  }
#endif
  return k->tskip - 1;
}

static bool S_can_anchor(const cc_mention *c) {
  /* a range anchors when the text states it ("the last three months of
   * 2004 ... a year before"), not when it was worked out from another
   * mention (a span already) */
  bool range = (c->flags & CC_MF_RANGE) != 0;
  return cc_mtype_dated(c->type) &&
         !(c->flags & (CC_MF_REF | CC_MF_UNRESOLVED)) &&
         (!range || (c->type == CC_M_DATE && c->anchor != CC_ANCHOR_MENTION &&
                     !isnan(c->hi))) &&
         !isnan(c->lo);
}

/* "eight months later": from the last date the document stated before it.
 * last[0] carries that index across sentences (-1: none yet), last[1] the
 * last such date that is no range: "the next day" or "hours later" after
 * a range of days ("a Ramadan dinner ... The next day") counts from it. */
static void S_resolve_anchors(const cc_recog *r, cc_mention *ms, size_t from,
                              size_t n, int32_t last[2]) {
  for (size_t k = from; k < n; k++) {
    cc_mention *m = &ms[k];
    if (m->anchor == CC_ANCHOR_MENTION && (m->flags & CC_MF_UNRESOLVED)) {
      int32_t a = last[0];
      if (a >= 0 && (ms[a].flags & CC_MF_RANGE) && m->gran >= CC_G_DAY)
        a = last[1];
      cc__time_resolve_anchor(r->tm, m, a >= 0 ? &ms[a] : NULL, a);
    }
    if (S_can_anchor(m)) {
      last[0] = (int32_t)k;
      if (!(m->flags & CC_MF_RANGE))
        last[1] = (int32_t)k;
    }
  }
}

/* S_at is false at token i (< end, the sentence's end) of the filled
 * tokens by the bits of i and i + 1 (none after the sentence's last
 * token), and i's join: no
 * number trigger, and no time trigger either: no time trigger of 1, and
 * a time trigger of 2 ("the", "in", or a join that turns out so) only
 * before a token that triggers nothing (S_time_trig stops there).  Such a
 * try changes nothing but i's join, which S_at would ask first too; most
 * tries that find no mention are of this kind.  The inert build asks
 * S_at anyway. */
static inline bool S_no_try(const cc_recog *r, const cc_segmented *seg,
                            S_trig *tc, uint32_t i, uint32_t end) {
  const uint8_t *f = &tc->f[i - tc->base];
  const uint8_t any = S_TF_NUM | S_TF_TIME1 | S_TF_TIME2 | S_TF_JOIN;
  if (f[0] & (S_TF_NUM | S_TF_TIME1))
    return false;
  if (!(f[0] & (S_TF_TIME2 | S_TF_JOIN)))
    return true; /* no trigger of either kind */
  if (i + 1 < end && (f[1] & any))
    return false; /* the look-ahead may find one */
  return !(f[0] & S_TF_JOIN) || S_time_trig1(r, seg, tc, i) != 1;
}

/* The slot after v's last (of cc_mention), made when v is full: S_at
 * writes a mention there, which the scan keeps by counting it (no copy,
 * and no zeroing as in cc_vec_push: S_at writes all of it).  With an
 * arena, v's items are the document's array itself, grown there (first
 * room: v->size mentions), and nothing is copied or freed at the end. */
static inline cc_mention *S_room(cc_vec *v, cc_arena *arena) {
  if (v->len == v->cap) {
    if (arena) {
      size_t cap = v->cap ? v->cap * 2 : v->size;
      cc_mention *p = cc_arena_alloc_raw(arena, cap * sizeof *p);
      if (v->len)
        memcpy(p, v->items, v->len * sizeof *p);
      v->items = p;
      v->cap = cap;
    } else {
      v->cap = v->cap ? v->cap * 2 : 32;
      v->items = cc_xrealloc(v->items, v->cap * sizeof(cc_mention));
    }
  }
  return (cc_mention *)v->items + v->len;
}

void cc_recognize(const cc_recog *r, const cc_segmented *seg,
                  const cc_recog_ctx *ctx, cc_arena *arena, cc_mention **out,
                  uint32_t *n) {
  *out = NULL;
  *n = 0;
  if (!r || !seg || !seg->ntokens)
    return;
  cc_recog_ctx dflt = {0};
  if (!ctx)
    ctx = &dflt;
  uint32_t cap = ctx->max_mentions_per_sentence ? ctx->max_mentions_per_sentence
                                                : CC_DEFAULT_MAX_MENTIONS;
  /* (v.size: S_room's first room in the arena, by the document's size) */
  cc_vec v = {NULL, 0, 0, 16 + seg->ntokens / 16};
  cc_num_memo memo = CC_NUM_MEMO_INIT; /* this call's only: thread-safe */
  cc_time_memo *tmemo = cc__time_memo_new();
  /* the reading of the whole document's tokens, in one fill (not one
   * per sentence), in its arena (with no arena, the fill makes its own
   * arrays); each sentence reads its part (the bits of the tokens after
   * its end are the next sentence's: the scan and S_no_try read none) */
  S_trig trig = S_TRIG_INIT;
  cc_mention blank;
  S_blank(&blank);
  trig.blank = &blank;
  if (arena) {
    trig.cap = seg->ntokens + 8;
    trig.f = cc_arena_alloc_raw(arena, trig.cap);
    trig.w = cc_arena_alloc_raw(arena, trig.cap * sizeof *trig.w);
    trig.rest = cc_arena_alloc_raw(arena, trig.cap * sizeof *trig.rest);
  }
  S_trig_fill(r, seg, &trig, 0, seg->ntokens);
  bool warned = false;
  int32_t last_date[2] = {-1, -1}; /* S_resolve_anchors */
  for (uint32_t s = 0; s < seg->nsentences; s++) {
    const cc_sentence *st = &seg->sentences[s];
    size_t first = v.len;
    uint32_t count = 0;
    cc__time_memo_reset(tmemo, st->tok_begin, st->tok_end);
    cc__num_memo_start(&memo, st->tok_begin, st->tok_end,
                       trig.w + st->tok_begin);
    memo.sentence = s;
    cc__time_memo_words(tmemo, trig.w + st->tok_begin);
    /* the tokens the scan tries, eight tokens' bits at a time (most
     * trigger nothing): the set bits of t, token base + at + k for bit
     * 8k + 7; a mention ending at token next passes those before it */
    /* (end in a local: the stores through the mentions and the bits
     * would reload st->tok_end at every try) */
    const uint32_t base = st->tok_begin, end = st->tok_end, nt = end - base;
    uint32_t next = base;
    for (uint32_t at = 0; at < nt; at += 8) {
      uint64_t t = S_tries8(trig.f + base + at);
      if (nt - at < 8) /* the next sentence's tokens */
        t &= (1ull << (8 * (nt - at))) - 1;
      for (; t; t &= t - 1) {
        uint32_t i = base + at + (uint32_t)__builtin_ctzll(t) / 8;
        if (i < next)
          continue;
#ifdef CC_RECOG_CHECK_INERT /* S_at finds nothing where S_no_try holds */
        bool timeless;
        if (S_no_try(r, seg, &trig, i, end) &&
            S_at(r, seg, i, end, ctx, &memo, tmemo, &trig, S_room(&v, arena),
                 &timeless)) {
          fprintf(stderr, "recog: a mention at \"%s\" not tried\n",
                  seg->tokens[i].norm);
          abort();
        }
#endif
        if (S_no_try(r, seg, &trig, i, end))
          continue;
        cc_mention *m = S_room(&v, arena); /* (only where S_at is asked) */
        if (!S_at_kept(r, seg, i, end, ctx, &memo, tmemo, &trig, m))
          continue;
        if (count == cap) {
          if (!warned) {
            const cc_token *tk = &seg->tokens[i];
            cc_warn("%s:%u: more than %u mentions in one sentence; the "
                    "rest are skipped",
                    seg->doc && seg->doc->path ? seg->doc->path : "<text>",
                    tk->line, cap);
            warned = true;
          }
          at = nt; /* the sentence is done */
          break;
        }
        m->tok_begin = i;
        m->start = seg->tokens[i].start;
        m->end = seg->tokens[m->tok_end - 1].end;
        m->sentence = s;
        v.len++; /* keeps *m */
        count++;
        next = m->tok_end;
      }
    }
    cc_mention *ms = v.items;
    if (v.len > first) {
      uint32_t nq = (uint32_t)(v.len - first);
      cc__units_apply(r->um, seg, ms + first, &nq);
      v.len = first + nq;
    }
    if (v.len > first) {
      cc__time_link_pairs(r->tm, seg, ctx, ms + first,
                          (uint32_t)(v.len - first));
      for (size_t k = first; k < v.len; k++) /* local -> document indexes */
        if (ms[k].pair >= 0)
          ms[k].pair += (int32_t)first;
      S_resolve_anchors(r, ms, first, v.len, last_date);
      cc__open_ends(r->om, seg, base, end, ms + first,
                    (uint32_t)(v.len - first));
    }
  }
  /* Invariant for every later stage: a temporal value that could not be
   * placed on the calendar (NaN: "August 15" with no year to take) is
   * marked unresolved, so nothing downstream formats or compares it. */
  for (size_t k = 0; k < v.len; k++) {
    cc_mention *m = (cc_mention *)v.items + k;
    if (cc_mtype_dated(m->type) && (isnan(m->lo) || isnan(m->hi)))
      m->flags |= CC_MF_UNRESOLVED;
  }
  if (v.len) {
    if (arena) { /* the array is the document's already */
      *out = v.items;
    } else { /* (no arena: not the API's use, as before) */
      *out = cc_arena_alloc_raw(arena, v.len * sizeof(cc_mention));
      memcpy(*out, v.items, v.len * sizeof(cc_mention));
    }
    *n = (uint32_t)v.len;
  }
  if (!arena)
    cc_xfree(v.items);
  cc__num_memo_free(&memo);
  cc__time_memo_free(&tmemo);
  if (!arena)
    S_trig_free(&trig);
}

/* ---- names -------------------------------------------------------------- */

const char *cc_mtype_name(cc_mtype t) {
  static const char *const names[CC_M__COUNT] = {
      "number", "ordinal",  "percent",  "money", "date",
      "time",   "datetime", "duration", "set",   "quantity"};
  return (unsigned)t < CC_M__COUNT ? names[t] : "unknown";
}

const char *cc_qual_name(cc_qual q) {
  static const char *const names[CC_Q__COUNT] = {
      "",          "approx", "at_least", "more_than", "at_most",
      "less_than", "nearly", "early",    "mid",       "late",
      "since",     "after",  "before",   "until"};
  return (unsigned)q < CC_Q__COUNT ? names[q] : "";
}

const char *cc_gran_name(cc_gran g) {
  static const char *const names[] = {
      "none", "millennium",  "century", "decade", "year",
      "half", "quarter",     "season",  "month",  "week",
      "day",  "part_of_day", "hour",    "minute", "second"};
  return (unsigned)g < sizeof names / sizeof names[0] ? names[g] : "none";
}

/* ---- printing intervals
 * ------------------------------------------------------ */

/* "%.0f" of a whole, non-negative v and the designator d at p, inside
 * buf's 40 bytes; digits without snprintf below 10^15 (nearly always: one
 * call cost about 900 instructions and extract formats every bound). */
static char *S_put_whole(char *buf, char *p, double v, char d) {
  if (v < 1e15) {
    p = cc_put_uint(p, (unsigned long long)v, 0);
  } else {
    int n = snprintf(p, (size_t)(buf + 38 - p), "%.0f", v);
    p = n < 0 ? p : p + n < buf + 37 ? p + n : buf + 37;
  }
  *p++ = d;
  *p = '\0';
  return p;
}

/* Seconds as an ISO 8601 duration: whole years or months when exact (our
 * year is 365.2425 days, a month a twelfth of it), else days and time. */
static void S_fmt_duration(double x, char *buf) {
  const double Y = 31556952.0, M = 2629746.0;
  double a = fabs(x);
  double ny = a / Y, nm = a / M;
  char *p = buf;
  if (a == 0) {
    memcpy(buf, "PT0S", 5);
    return;
  }
  if (x < 0)
    *p++ = '-';
  *p++ = 'P';
  if (a < 1) { /* "a hundredth of a second": PT0.01S, with no exponent */
    *p++ = 'T';
    memcpy(cc_put_fraction(p, (size_t)(buf + 38 - p), a), "S", 2);
  } else if (fabs(ny - round(ny)) < 1e-9 * (ny + 1)) {
    S_put_whole(buf, p, round(ny), 'Y');
  } else if (fabs(nm - round(nm)) < 1e-9 * (nm + 1)) {
    S_put_whole(buf, p, round(nm), 'M');
  } else {
    double days = floor(a / 86400.0 + 1e-9);
    double rem = a - days * 86400.0;
    if (rem < 1e-6)
      rem = 0;
    double h = floor(rem / 3600.0 + 1e-9);
    rem -= h * 3600.0;
    double mi = floor(rem / 60.0 + 1e-9);
    rem -= mi * 60.0;
    if (rem < 1e-6)
      rem = 0;
    *p = '\0';
    if (days > 0)
      p = S_put_whole(buf, p, days, 'D');
    if (h > 0 || mi > 0 || rem > 0) {
      *p++ = 'T';
      *p = '\0';
      if (h > 0)
        p = S_put_whole(buf, p, h, 'H');
      if (mi > 0)
        p = S_put_whole(buf, p, mi, 'M');
      if (rem > 0)
        snprintf(p, (size_t)(buf + 40 - p), "%.6gS", rem);
    }
  }
}

static void S_fmt_instant(double x, char *buf) {
  cc_format_datetime((int64_t)floor(x), buf); /* 17 bytes of buf's 40 */
}

static void S_fmt_one(const cc_mention *m, double x, char *buf) {
  buf[0] = '\0';
  if (isnan(x) || isinf(x))
    return;
  switch (m->type) {
  case CC_M_DATE:
  case CC_M_TIME:
  case CC_M_DATETIME:
    S_fmt_instant(x, buf);
    break;
  case CC_M_DURATION:
  case CC_M_SET:
    S_fmt_duration(x, buf);
    break;
  default:
    if (x == floor(x) && fabs(x) < 1e15) { /* "%.15g" of a whole number */
      char *p = buf;
      if (x < 0)
        *p++ = '-';
      *cc_put_uint(p, (unsigned long long)fabs(x), 0) = '\0';
    } else {
      snprintf(buf, 40, "%.15g", x);
    }
    break;
  }
}

void cc_mention_bounds(const cc_mention *m, char *lo, char *hi) {
  S_fmt_one(m, m->lo, lo);
  S_fmt_one(m, m->hi, hi);
}

const cc_mention *cc_mention_shown(const cc_segmented *seg,
                                   const cc_mention *m, cc_mention *buf) {
  if (!m->open)
    return m;
  *buf = *m;
  buf->tok_begin = m->tok_begin - m->lead;
  buf->tok_end = m->tok_end + m->trail;
  buf->start = seg->tokens[buf->tok_begin].start;
  buf->end = seg->tokens[buf->tok_end - 1].end;
  buf->qual = m->open;
  /* Which end of the date bounds the interval.  A day or a time of day is
   * a point: the bound is that day or instant ("after 3pm" from 15:00,
   * "until April 27" to its start).  A longer period is from its start
   * ("since 2014", "before 2018") or its end ("after 2014" from 2015,
   * "until 2019" to 2020), as the Recognizers-Text suite has them; "after
   * the beginning of March" is from its start, "before the end of 2006"
   * to its end. */
  bool point = m->gran >= CC_G_DAY;
  bool from_lo = m->open == CC_Q_SINCE ||
                 (m->open == CC_Q_AFTER && (point || m->qual == CC_Q_EARLY));
  bool to_lo = point || (m->open == CC_Q_BEFORE && m->qual != CC_Q_LATE);
  bool utc = (m->flags & CC_MF_UTC) != 0;
  if (m->open == CC_Q_SINCE || m->open == CC_Q_AFTER) {
    if (!from_lo) {
      buf->lo = m->hi;
      buf->utc_lo = m->utc_hi;
    }
    buf->hi = buf->utc_hi = INFINITY;
  } else { /* CC_Q_BEFORE, CC_Q_UNTIL */
    if (to_lo) {
      buf->hi = m->lo;
      buf->utc_hi = m->utc_lo;
    }
    buf->lo = buf->utc_lo = -INFINITY;
    utc = false;
  }
  if (!utc)
    buf->flags &= ~(uint32_t)CC_MF_UTC;
  return buf;
}

bool cc_recog_unit(const cc_recog *r, const char *symbol, double *factor,
                   double *offset, double *tol) {
  return r && symbol &&
         cc__unit_stated(r->um, symbol, factor, offset, tol);
}

void cc_mention_utc(const cc_mention *m, char *buf) {
  buf[0] = '\0';
  if (!(m->flags & CC_MF_UTC) || isnan(m->utc_lo))
    return;
  size_t n = cc_format_datetime((int64_t)floor(m->utc_lo), buf);
  memcpy(buf + n, "Z", 2);
}
