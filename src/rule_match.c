/* rule_match.c - run the compiled rules over a document and make claims.
 *
 * For every sentence and token, the rules whose pattern can start there
 * are found by hash lookup (the token's normalized word, and the type of
 * each mention, entity, list or "N-on-N" format starting there), as
 * bitsets of programs less those the sentence cannot hold: a program
 * needs one first word of each of its must sets and a filler for each
 * slot type on every path to its match.  A sentence where nothing may
 * start is skipped whole, and one whose mentions, entities and small
 * numbers fill no program's slots is skipped before its words are looked
 * up.  A candidate whose first two steps cannot be taken at its token is
 * not started (S_probe); each other one runs on a Pike-style VM anchored
 * there: threads are kept per (position, instruction) at most once, so a
 * run costs at most (reachable tokens x program length) steps, whatever
 * the input.  The first (shortest) match wins; its action builds the
 * claim.
 *
 * Built-in claims that need no rule come last: time.zone_pair (a local
 * time with its UTC twin), date.weekday (a date stated with its weekday)
 * and person.name (each spelling of each person), see rules/FRAMES.md.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cc_text.h"
#include "cc_time.h"
#include "cc_tz.h"
#include "rule_int.h"

#if defined(__SSE2__)
#include <emmintrin.h> /* (cc__squeeze_ws: sixteen bytes at once) */
#endif

/* VM steps per sentence: a safety net far above what prose needs */
#define S_STEP_BUDGET(ntok) (100000u + 2000u * (ntok))
#define S_MAX_LIST 24         /* people in one list */

/* ---- per-document tables ----------------------------------------------------- */

typedef struct S_list {
  uint32_t end;              /* token after the list */
  uint32_t items[S_MAX_LIST]; /* entity indexes */
  uint32_t n;
} S_list;

typedef struct S_person {
  const char *key;
  const char *country;
  uint32_t count, first;
  bool leader;
} S_person;

/* The person entities of one key, weak ones too: the first and last of
 * the chain through S_doc.knext (S_builtin_names), and the key's person
 * (its index in S_doc.people; UINT32_MAX while only weak ones were met). */
typedef struct S_keyed {
  uint32_t first, last;
  uint32_t person;
} S_keyed;

/* A table of strings (a length, a hash) to a number, open addressing,
 * kept between documents (cc__scratch): a slot is taken when it holds
 * the table's stamp, so a new document starts it by a new stamp instead
 * of a clear, and its keys need no allocation of their own (uthash
 * allocated and zeroed its buckets per table and document, and freed
 * them). */
typedef struct S_hslot {
  const char *key;
  uint32_t len, hash, val, stamp;
} S_hslot;

typedef struct S_htab {
  S_hslot *s;      /* mask + 1 slots, or NULL */
  uint32_t mask, n;
  uint32_t stamp;  /* the taken slots' */
} S_htab;

typedef struct S_cap {
  uint32_t b, e; /* tokens */
  int32_t ref;   /* mention, entity or list index, the N of a format,
                    S_REF_WORDS for words; -1 when the slot was not met */
  uint8_t slot;
} S_cap;
#define S_REF_WORDS (-2)
#define S_REF_NUM (-100) /* S_REF_NUM - n: a bare number word inside
                            another mention ("Eight" of "Eight months
                            later", read as a date) */

/* The claim being built, with buffers for its strings. */
typedef struct S_out {
  cc_claim c;
  union { /* (named, and as an array for S_out_take and the scratch) */
    struct {
      cc_buf subject, object, value, value2, deriv, text, rule;
    };
    cc_buf bufs[7];
  };
  const char *rule_id; /* the rule's name (the rule set's, or a literal:
                          the same address claim after claim, which the
                          store's cache knows), else NULL and rule holds
                          it */
  /* (the quote is the document's: S_commit makes it, S_quote) */
  const char *items[S_MAX_LIST + 1];
  const char *names[S_MAX_LIST + 1];
  cc_buf key;          /* S_commit's key, kept with the claim until the
                          store takes it (S_flush) */
} S_out;

/* Claims kept (S_commit) wait in S_doc.outs and go to the store
 * together (S_flush), at most S_PEND at once: the store's copying
 * (claim.c's S_claim_copy_shared, some 3 kB of code and its caches)
 * interleaved with the matcher claim by claim evicted both (c1,
 * cachegrind: 108 K I1 misses and 75 K mispredicts in 5,242 copies, 20
 * misses a copy).  A document makes 13 claims on average (c1): 16
 * slots serve most in one flush, and the slots' room stays small (c1,
 * I1 / mispredicts in M: 8 slots 2.031 / 3.051, 16 2.018 / 3.047, 32
 * 2.023 / 3.067, 64 2.030 / 3.074). */
#define S_PEND 16

/* What S_word_make reads and writes, copied out of d and d->rs once per
 * loop: the loop stores small numbers through an int8_t pointer, which
 * may alias any field, so read through d the fields would be loaded
 * again at every token. */
typedef struct S_wenv {
  const cc_token *tok;
  int32_t *wid;
  int8_t *snum;
  const uint8_t *tfl, *wstart;
  const cc__wslot *wtab;
  uint32_t wmask;
  const int32_t *by_vid; /* NULL: the tokens' ids are of another table */
  uint32_t nvid;
} S_wenv;

typedef struct S_doc {
  const cc_ruleset *rs;
  const cc_doc_view *v;
  const cc_segmented *seg;
  const cc_token *tok;
  cc_claim_store *store;
  bool has_date;
  int64_t date_days;
  int8_t recent;     /* a day of the week up to the date is named
                        (S_recent_day): 1, 0, or -1 not yet looked */
  int32_t *m_at;     /* mention starting at token, or -1 */
  int32_t *m_cover;  /* mention covering token, or -1 */
  uint32_t *e_off;   /* entities starting at token t (at their title or
                        their name): e_list[e_off[t] .. e_off[t+1]) */
  uint32_t *e_list;
  uint32_t *estart;  /* the tokens some entity starts at, ascending */
  uint32_t nestart;
  bool ents_sorted;  /* the entities in order of tok_begin, none ending
                        before it begins (S_people): S_ents_from */
  int32_t *l_at;     /* list starting at token, or -1 */
  int32_t *wid;      /* word id of each token (cc__word_id), once per
                        document, so the VM compares integers */
  uint16_t *tslot;   /* bit k where the first mention starting at the
                        token (m_at) or an entity starting there (title or
                        name) fills slot type k, as S_sources reads them
                        (CC__S__COUNT <= 16) */
  uint8_t *tfl;      /* S_T_START where a mention or entity starts
                        (S_index_doc; S_word_make adds the word's flags) */
  uint8_t *wmade;    /* by sentence: wid and snum made (S_sentence, and
                        S_sentence_words for a context clause) */
  int8_t *snum;      /* small number 1..99 a token is (S_small_number),
                        or -1 */
  uint32_t *present; /* by word id: S_mark(d, s) when sentence s holds
                        the word */
  uint64_t *cand;    /* S_token's candidates (rs->pwords words) */
  uint64_t *maybe;   /* bitset by program gid (rs->pwords words): the
                        programs without a must set, and those whose first
                        must set has a first in the current sentence, less
                        those needing a slot type it cannot fill */
  uint32_t *sslots;  /* by sentence: bit k when a mention or entity there
                        may fill a slot of type k (S_index_doc) */
  uint32_t *pseen;   /* by program gid: S_mark(d, s) once judged for
                        sentence s */
  uint8_t *pok;      /* ... and whether its needed words are there */
  uint32_t must_met; /* the must sets of a program of d->maybe that the
                        current sentence is known to meet (S_sentence):
                        the first (its bit came from a first of it, by
                        rep_list), and the second where the walk dropped
                        the programs missing theirs */
  cc_vec lists;      /* S_list */
  S_person *people;  /* the document's people (not weak), in order */
  uint32_t npeople;
  S_htab *pkey;      /* a person entity's key: its record in keyed */
  struct S_keyed *keyed; /* by key of the person entities (weak ones
                            too), in order: S_people */
  uint32_t *kat;     /* by person entity: its key's record */
  uint32_t *knext;   /* by entity: the next person entity of its key, in
                        document order, or UINT32_MAX */
  const S_person *main[2];
  uint32_t nmain;
  S_htab *seen;      /* claims made, to drop duplicates (keys in arena) */
  cc_arena *arena;   /* the per-token tables, people and the keys of
                        seen: freed at once */
  cc_buf quote;      /* the quotes made for the document (S_quote), each
                        NUL-ended */
  uint32_t *qat;     /* by sentence: where its quote starts in quote, + 1
                        (0: not made); NULL until the first */
  S_out *outs;       /* S_PEND slots: the claims kept and not yet stored
                        (S_flush), then the claim being built
                        (S_out_take), their buffers kept from claim to
                        claim, and from document to document through
                        cc__scratch.outs */
  uint32_t npend;    /* slots of outs kept, waiting for S_flush */
  const char *frame_at; /* S_commit's last frame, and its length */
  size_t frame_len;
  const char *doc_copy, *source_copy; /* the store's copies of the
                        document's path and outlet, once a claim was
                        stored (S_commit), then given in their place: the
                        store knows its own copy by its address */
  char day[16];      /* S_doc_day, "" until made */
  /* VM scratch */
  uint32_t *visit;   /* (sentence tokens + 1) x max_code stamps, a row
                        of the running program's ncode per position */
  size_t visit_cap;
  size_t vclear;     /* entries of visit zeroed so far: a row is
                        cleared when a thread first reaches it, as most runs
                        die within a few tokens of their start */
  uint32_t stamp;
  uint32_t budget;
  uint32_t mark0;    /* present's and pseen's stamp for sentence 0: the
                        tables outlive the document (cc__scratch), and a
                        stamp above every earlier document's stands for
                        their zeroing */
  cc__vmstats *vs;   /* cc__rules_apply_vmcheck's counts (NULL: none) */
  S_wenv env;        /* S_wenv_of(d), made once a document for S_sentence
                        and S_sentence_may (with a rule set only: from
                        S_index_doc's tables) */
  struct S_inside *inside; /* S_used_inside's table, made the first time
                        it is asked (few documents ask) */
} S_doc;

/* The stamp of sentence s in d->present and d->pseen. */
static inline uint32_t S_mark(const S_doc *d, uint32_t s) {
  return d->mark0 + s;
}

/* ---- small helpers ------------------------------------------------------------- */

/* cc_buf_puts of a string literal: its length known at compile time, no
 * strlen (a claim's "story", " - ", "; " are put thousands of times). */
#define S_PUT_LIT(b, lit) cc_buf_put((b), "" lit, sizeof(lit) - 1)

/* The slot type a mention of each type fills (-1: none). */
static const int8_t S_mslot[CC_M__COUNT] = {
    [CC_M_NUMBER] = CC__S_COUNT,     [CC_M_ORDINAL] = CC__S_ORDINAL,
    [CC_M_PERCENT] = CC__S_PERCENT,  [CC_M_MONEY] = CC__S_MONEY,
    [CC_M_DATE] = CC__S_DATE,        [CC_M_TIME] = CC__S_TIME,
    [CC_M_DATETIME] = CC__S_TIME,    [CC_M_DURATION] = CC__S_DURATION,
    [CC_M_SET] = -1,                 [CC_M_QUANTITY] = CC__S_COUNT};

/* The slot type an entity of kind k fills at its start (S_sources). */
static int S_eslot(uint8_t k) {
  return k == CC_E_PERSON ? CC__S_PERSON : k == CC_E_PLACE ? CC__S_PLACE
                                                          : CC__S_ORG;
}

/* Token flags (S_doc.tfl). */
enum {
  S_T_START = 1, /* a program may start here: a rule word, "the" (a place
                    may follow), a small number, or a mention or entity
                    that starts here (a list starts at a name) */
  S_T_SMALL = 2, /* a small number (d->snum > 0) */
  S_T_ENT = 4    /* a mention or entity starts here */
};

/* Token i is the fixed word w (CC__W_...). */
static bool S_is(const S_doc *d, uint32_t i, int32_t w) {
  return d->wid[i] == w;
}

static const cc_mention *S_mention(const S_doc *d, int32_t i) {
  return i >= 0 ? &d->v->mentions[i] : NULL;
}

static const cc_entity *S_entity(const S_doc *d, int32_t i) {
  return i >= 0 ? &d->v->entities[i] : NULL;
}

static const char *S_vstr(cc_buf *b) { return b->ptr ? b->ptr : ""; }

/* The small number words an "N-on-N" format uses, or digits 1..99, for
 * a token of word id w; -1 otherwise.  Computed once per token
 * (d->snum). */
static int S_small_number(const cc_token *t, int32_t w) {
  if (t->kind == CC_TOK_NUM && t->norm[0] >= '0' && t->norm[0] <= '9') {
    /* digits only: what strtol reads below, without the call */
    unsigned v = 0;
    const char *p = t->norm;
    for (; *p >= '0' && *p <= '9'; p++)
      v = v < 1000 ? v * 10 + (unsigned)(*p - '0') : v;
    if (*p == 0)
      return v > 0 && v < 100 ? (int)v : -1;
    return -1; /* (strtol stops at the other character) */
  }
  if (t->kind == CC_TOK_NUM) {
    char *end;
    long v = strtol(t->norm, &end, 10);
    return *end == 0 && v > 0 && v < 100 ? (int)v : -1;
  }
  if (w >= CC__W_ONE && w <= CC__W_TWELVE)
    return w - CC__W_ONE + 1;
  return -1;
}

/* Inline even where the compiler would not (S_word_make: a call per
 * token cost more than the function's body). */

CC_ALWAYS_INLINE S_wenv S_wenv_of(const S_doc *d) {
  const cc_ruleset *rs = d->rs;
  bool vid = rs->vocab && d->seg->vocab == rs->vocab;
  return (S_wenv){d->tok,      d->wid,   d->snum,
                  d->tfl,      rs->wstart, rs->wtab,
                  rs->wmask,   vid ? rs->by_vid : NULL, rs->nvid};
}

/* Token t's rule word id: by the segmenter's word id when it is of the
 * rule set's table, else by its text. */
CC_ALWAYS_INLINE int32_t S_word_of(const S_wenv env, const cc_token *t) {
  if (env.by_vid) {
    int32_t w = t->id < env.nvid ? env.by_vid[t->id] : CC__W_NONE;
#ifdef CC_RULES_CHECK_PROBE /* the same id as a lookup of the text */
    size_t n = t->norm_len < 65535 ? t->norm_len : strlen(t->norm);
    if (w != cc__word_find_in(env.wtab, env.wmask, t->norm, n)) {
      fprintf(stderr, "rules: word id %u of \"%s\" gives another word\n",
              (unsigned)t->id, t->norm);
      abort();
    }
#endif
    return w;
  }
  size_t n = t->norm_len < 65535 ? t->norm_len : strlen(t->norm);
  return cc__word_find_in(env.wtab, env.wmask, t->norm, n);
}

/* Token i's word id and small number into d->wid and d->snum (through
 * env, S_wenv_of(d)); returns its S_T_... flags (d->tfl's and the
 * word's). */
CC_ALWAYS_INLINE uint8_t S_word_make(const S_wenv env, uint32_t i) {
  const cc_token *t = &env.tok[i];
  int32_t w = S_word_of(env, t);
  env.wid[i] = w;
  /* (S_small_number, its word part inline: most tokens are words) */
  int sn = t->kind == CC_TOK_NUM ? S_small_number(t, w)
           : (uint32_t)(w - CC__W_ONE) <= CC__W_TWELVE - CC__W_ONE
               ? w - CC__W_ONE + 1
               : -1;
  env.snum[i] = (int8_t)sn;
  _Static_assert(S_T_START == 1, "wstart is 0 or S_T_START");
  return (uint8_t)(env.tfl[i] | (sn > 0) * (S_T_START | S_T_SMALL) |
                   env.wstart[w]);
}

/* Word ids and small numbers of tokens [b, e). */
static void S_words_range(S_doc *d, uint32_t b, uint32_t e) {
  const S_wenv env = S_wenv_of(d);
  for (uint32_t i = b; i < e; i++)
    S_word_make(env, i);
}

/* S_words_range over sentence s, once (S_sentence makes them as it reads
 * the sentence). */
static void S_sentence_words(S_doc *d, uint32_t s) {
  if (d->wmade[s])
    return;
  d->wmade[s] = 1;
  const cc_sentence *se = &d->seg->sentences[s];
  S_words_range(d, se->tok_begin, se->tok_end);
}

/* "two-on-two", "one-on-one": N - on - N, same N on both sides. */
static int S_nonn_at(const S_doc *d, uint32_t i, uint32_t e, uint32_t *end) {
  if (i + 5 > e)
    return -1;
  int a = d->snum[i];
  if (a < 0 || !S_is(d, i + 1, CC__W_DASH) || !S_is(d, i + 2, CC__W_ON) ||
      !S_is(d, i + 3, CC__W_DASH))
    return -1;
  int b = d->snum[i + 4];
  if (b != a)
    return -1;
  *end = i + 5;
  return a;
}

/* ---- people: main participants, countries, leaders ------------------------------- */

/* Hash of a key of d->seen (a claim's dedup key) or d->people, computed
 * once for both the lookup and the insertion (cc_hash_mem: keys run to 30
 * or 40 bytes, where uthash's FNV byte loop showed). */
static unsigned S_key_hash(const char *k, size_t n) {
  return (unsigned)cc_hash_mem(k, n);
}

/* Start t for a document that puts about want keys in it: a new stamp
 * (the slots are zeroed only when it wraps), room for twice want. */
static void S_htab_begin(S_htab *t, uint32_t want) {
  t->n = 0;
  if (++t->stamp == 0) {
    if (t->s)
      memset(t->s, 0, ((size_t)t->mask + 1) * sizeof *t->s);
    t->stamp = 1;
  }
  size_t cap = 64;
  while (cap < 2 * (size_t)want)
    cap *= 2;
  if (t->s && cap <= (size_t)t->mask + 1)
    return;
  cc_xfree(t->s);
  t->s = cc_xcalloc(cap, sizeof *t->s);
  t->mask = (uint32_t)(cap - 1);
}

static void S_htab_free(S_htab *t) {
  cc_xfree(t->s);
  memset(t, 0, sizeof *t);
}

/* Twice the room, the taken slots moved (the stamp kept). */
CC_NOINLINE void S_htab_grow(S_htab *t) {
  S_hslot *old = t->s;
  size_t ocap = (size_t)t->mask + 1, cap = 2 * ocap;
  t->s = cc_xcalloc(cap, sizeof *t->s);
  t->mask = (uint32_t)(cap - 1);
  for (size_t i = 0; i < ocap; i++) {
    if (old[i].stamp != t->stamp)
      continue;
    size_t j = old[i].hash & t->mask;
    while (t->s[j].stamp == t->stamp)
      j = (j + 1) & t->mask;
    t->s[j] = old[i];
  }
  cc_xfree(old);
}

/* The slot of key[0..len) (hash h): its own, or a free one (stamp not
 * t's) where it would go, which the caller takes by S_htab_take. */
CC_ALWAYS_INLINE S_hslot *S_htab_find(const S_htab *t, const char *key,
                                      uint32_t len, uint32_t h) {
  for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
    S_hslot *e = &t->s[i];
    if (e->stamp != t->stamp ||
        (e->hash == h && e->len == len && memcmp(e->key, key, len) == 0))
      return e;
  }
}

/* Take free slot e for key (which must outlive the document) and val;
 * false when the table had to grow first (e is then stale: find again). */
CC_ALWAYS_INLINE bool S_htab_take(S_htab *t, S_hslot *e, const char *key,
                                  uint32_t len, uint32_t h, uint32_t val) {
  if (4 * (t->n + 1) > 3 * ((size_t)t->mask + 1)) {
    S_htab_grow(t);
    return false;
  }
  *e = (S_hslot){key, len, h, val, t->stamp};
  t->n++;
  return true;
}

/* S_htab_find, then S_htab_take when key is not there: key's slot. */
CC_ALWAYS_INLINE S_hslot *S_htab_put(S_htab *t, const char *key,
                                     uint32_t len, uint32_t h, uint32_t val,
                                     bool *added) {
  S_hslot *e = S_htab_find(t, key, len, h);
  *added = e->stamp != t->stamp;
  if (*added && !S_htab_take(t, e, key, len, h, val)) {
    e = S_htab_find(t, key, len, h);
    S_htab_take(t, e, key, len, h, val);
  }
  return e;
}

/* For tests: S_htab over n keys of a table started small (so it grows),
 * put, found again and missed, for a few documents' stamps, and across
 * the stamps' wrap; false at the first wrong answer. */
bool cc__htab_selftest(uint32_t n) {
  S_htab t = {0};
  char(*keys)[16] = cc_xmalloc(((size_t)n + 1) * sizeof *keys);
  for (uint32_t i = 0; i < n; i++)
    snprintf(keys[i], sizeof keys[i], "k%u", i);
  bool ok = true;
  for (int round = 0; round < 4 && ok; round++) {
    if (round == 2)
      t.stamp = UINT32_MAX - 1; /* (the next begin wraps, and clears) */
    S_htab_begin(&t, 2);
    uint32_t from = (uint32_t)round; /* (each round its own keys) */
    for (uint32_t i = from; i < n && ok; i += 2) {
      uint32_t len = (uint32_t)strlen(keys[i]), h = S_key_hash(keys[i], len);
      bool added;
      S_hslot *e = S_htab_put(&t, keys[i], len, h, i, &added);
      ok = added && e->val == i;
    }
    for (uint32_t i = 0; i < n && ok; i++) {
      uint32_t len = (uint32_t)strlen(keys[i]), h = S_key_hash(keys[i], len);
      bool mine = i >= from && (i - from) % 2 == 0, added;
      const S_hslot *e = S_htab_find(&t, keys[i], len, h);
      ok = (e->stamp == t.stamp) == mine && (!mine || e->val == i);
      if (ok && mine) { /* (put again: found, not added) */
        e = S_htab_put(&t, keys[i], len, h, n, &added);
        ok = !added && e->val == i;
      }
    }
    ok = ok && t.n == (n > from ? (n - from + 1) / 2 : 0);
  }
  S_htab_free(&t);
  cc_xfree(keys);
  return ok;
}

static void S_people(S_doc *d) {
  const cc_doc_view *v = d->v;
  size_t ne1 = (size_t)v->nentities + 1;
  cc_arena *a = d->arena;
  d->people = cc_arena_alloc_raw(a, ne1 * sizeof *d->people);
  d->keyed = cc_arena_alloc_raw(a, ne1 * sizeof *d->keyed);
  d->kat = cc_arena_alloc_raw(a, ne1 * sizeof *d->kat);
  d->knext = cc_arena_alloc_raw(a, ne1 * sizeof *d->knext);
  uint32_t nkeyed = 0, prev = 0, unsorted = 0;
  for (uint32_t i = 0; i < v->nentities; i++) {
    const cc_entity *en = &v->entities[i];
    d->knext[i] = UINT32_MAX;
    unsorted |= (en->tok_begin < prev) | (en->tok_end < en->tok_begin);
    prev = en->tok_begin;
    if (en->kind != CC_E_PERSON)
      continue;
    uint32_t n = (uint32_t)strlen(en->key);
    bool added;
    S_hslot *e = S_htab_put(d->pkey, en->key, n, S_key_hash(en->key, n),
                            nkeyed, &added);
    S_keyed *g = &d->keyed[e->val];
    if (added) {
      *g = (S_keyed){i, i, UINT32_MAX};
      nkeyed++;
    } else {
      d->knext[g->last] = i;
      g->last = i;
    }
    d->kat[i] = e->val;
    if (en->flags & CC_EF_WEAK)
      continue;
    if (g->person == UINT32_MAX) { /* (people in order of their first
                                      entity that is not weak) */
      g->person = d->npeople++;
      d->people[g->person] = (S_person){.key = en->key, .first = i};
    }
    S_person *p = &d->people[g->person];
    p->count++;
    p->leader |= (en->flags & CC_EF_LEADER) != 0;
    if (!p->country && en->country)
      p->country = en->country;
  }
  d->ents_sorted = !unsorted;
  /* the two people named most often (ties: named first) */
  for (uint32_t x = 0; x < d->npeople; x++) {
    const S_person *p = &d->people[x];
    for (uint32_t k = 0; k < 2; k++) {
      const S_person *q = k < d->nmain ? d->main[k] : NULL;
      if (!q || p->count > q->count ||
          (p->count == q->count && p->first < q->first)) {
        if (k == 0 && d->nmain > 0)
          d->main[1] = d->main[0];
        d->main[k] = p;
        if (d->nmain < 2)
          d->nmain++;
        break;
      }
    }
  }
}

static const S_person *S_person_get(const S_doc *d, const char *key) {
  uint32_t n = (uint32_t)strlen(key);
  const S_hslot *e = S_htab_find(d->pkey, key, n, S_key_hash(key, n));
  if (e->stamp != d->pkey->stamp)
    return NULL;
  uint32_t x = d->keyed[e->val].person; /* (none: weak ones alone) */
  return x != UINT32_MAX ? &d->people[x] : NULL;
}

/* The leader of country c in this document: a person of that country with
 * a leader title, else a main participant with a leader title and no known
 * country ("President X" with the other side's leader placed elsewhere). */
static const char *S_leader(const S_doc *d, const char *c) {
  const S_person *best = NULL;
  for (uint32_t x = 0; x < d->npeople; x++) {
    const S_person *p = &d->people[x];
    if (p->country && strcmp(p->country, c) == 0 &&
        (!best || (p->leader && !best->leader) ||
         (p->leader == best->leader && p->count > best->count)))
      best = p;
  }
  if (best)
    return best->key;
  for (uint32_t k = 0; k < d->nmain; k++)
    if (d->main[k]->leader && !d->main[k]->country)
      return d->main[k]->key;
  return c;
}

/* ---- lists of people -------------------------------------------------------------- */

/* Iterate the entities starting at token I (title or name) as K. */
#define S_FOR_ENTS(d, I, K)                                                  \
  for (uint32_t K##_ = (d)->e_off[I], K;                                     \
       K##_ < (d)->e_off[(I) + 1] && ((K = (d)->e_list[K##_]), 1); K##_++)

/* First person entity starting at token i (title or name), or -1. */
static int32_t S_person_at(const S_doc *d, uint32_t i) {
  S_FOR_ENTS(d, i, k)
    if (d->v->entities[k].kind == CC_E_PERSON)
      return (int32_t)k;
  return -1;
}

/* "his", "her", "their", "its", "the", "a", "an", "our", "my" */
static bool S_filler_start(const S_doc *d, uint32_t i) {
  return (d->rs->wclass[d->wid[i]] & CC__WC_FILLER) != 0;
}

/* After an item at j: a separator (",", "and", ", and", ";", a dashed
 * aside "- who ... -", "as well as") and an optional short description
 * ("his special envoy for peace missions,") before the next person.
 * Returns the next person's entity or -1. */
CC_NOINLINE int32_t S_list_next(const S_doc *d, uint32_t j, uint32_t e) {
  const cc_token *t = d->tok;
  bool sep = false;
  if (j < e && S_is(d, j, CC__W_DASH) && (t[j].flags & CC_TF_SPACE_BEFORE)) {
    uint32_t q = j + 1; /* an aside set off by dashes */
    while (q < e && q - j < 30 && !S_is(d, q, CC__W_DASH))
      q++;
    if (q >= e || q - j >= 30)
      return -1;
    j = q + 1;
    sep = true;
  }
  if (j < e && (S_is(d, j, CC__W_COMMA) || S_is(d, j, CC__W_SEMI))) {
    j++;
    sep = true;
  }
  if (j < e && (S_is(d, j, CC__W_AND) || S_is(d, j, CC__W_AMP))) {
    j++;
    sep = true;
  } else if (j + 2 < e && S_is(d, j, CC__W_AS) && S_is(d, j + 1, CC__W_WELL)
             && S_is(d, j + 2, CC__W_AS)) {
    j += 3;
    sep = true;
  }
  if (!sep || j >= e)
    return -1;
  int32_t p = S_person_at(d, j);
  if (p >= 0)
    return p;
  /* a description before the name: "his envoy for peace talks, B" or a
   * long title "Special Envoy on Trade and Investment B" */
  bool caps = (t[j].flags & CC_TF_CAP) && t[j].kind == CC_TOK_WORD;
  if (!S_filler_start(d, j) && !caps)
    return -1;
  for (uint32_t q = j + 1; q < e && q - j <= (caps ? 12u : 8u); q++) {
    if (t[q].kind == CC_TOK_PUNCT && !S_is(d, q, CC__W_COMMA))
      return -1;
    p = S_person_at(d, q);
    if (p >= 0)
      return p;
  }
  return -1;
}

static void S_find_lists(S_doc *d, uint32_t b, uint32_t e) {
  /* the tokens of [b, e) an entity starts at (l_at is -1 until set) */
  uint32_t lo = 0, hi = d->nestart;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (d->estart[mid] < b)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (uint32_t x = lo; x < d->nestart && d->estart[x] < e; x++) {
    uint32_t i = d->estart[x];
    int32_t p = S_person_at(d, i);
    if (p < 0)
      continue;
    S_list L = {.n = 0};
    while (p >= 0 && L.n < S_MAX_LIST) {
      const cc_entity *en = &d->v->entities[p];
      bool dup = false; /* (the same key: the same record, S_people) */
      for (uint32_t k = 0; k < L.n; k++)
        dup |= d->kat[L.items[k]] == d->kat[p];
      if (!dup)
        L.items[L.n++] = (uint32_t)p;
      L.end = en->tok_end;
      p = S_list_next(d, en->tok_end, e);
    }
    d->l_at[i] = (int32_t)d->lists.len;
    *(S_list *)cc_vec_push(&d->lists) = L;
  }
}

/* ---- the VM ---------------------------------------------------------------------------- */

typedef struct S_thread {
  uint32_t pc;
  uint32_t q;     /* position, relative to the start */
  uint32_t next;  /* next thread at the same position, or UINT32_MAX */
  uint32_t caps;  /* its captures: row caps of S_run.cp */
} S_thread;

typedef struct S_run {
  S_doc *d;
  const cc__prog *g;
  uint32_t p0, e;  /* start token and sentence end */
  uint32_t ncaps;  /* the program's captures: only these are copied */
  uint32_t ncode;  /* its instructions: the width of a row of d->visit */
  S_thread *th;    /* the threads of this run: nth used, cth allocated */
  uint32_t nth, cth;
  /* the captures of the run's threads, rows of ncaps: row 0 none met, a
   * new row only where a slot is filled (threads share their parent's
   * row otherwise, so a step copies no captures) */
  S_cap *cp;
  uint32_t ncp, ccp; /* rows used, allocated */
  uint32_t *stk;   /* S_add's pending branches: max_code */
  uint32_t *head;  /* per position: first thread, UINT32_MAX none */
  uint32_t *tail;
  uint32_t *pos;   /* S_sentence: the tokens that may start a program */
  int32_t *wbw;    /* S_walk: the words of the tokens, those with wbits */
  uint32_t cap;    /* of head, tail, pos and wbw */
  uint32_t maxq;
  /* S_probe: the first step being tested (S_step_slot then tests what
   * may follow each way the slot fills, instead of adding threads) */
  const cc__probe *probe;
  bool hit;        /* ... and one of them may be followed */
  /* S_fast: S_step_slot only counts the slot's takes that would add a
   * thread (a take ending where the first did adds none: the visit
   * stamp), keeping the first's end and reference */
  bool collect;
  uint32_t ntake, take_end;
  int32_t take_ref;
} S_run;

/* d->visit zeroed up to upto (past vclear: stamps are unique per run,
 * so rows of another program's width need no clearing, and zeroing
 * entries no thread reaches is harmless). */
CC_NOINLINE void S_visit_clear(S_doc *d, size_t upto) {
  memset(d->visit + d->vclear, 0, (upto - d->vclear) * sizeof *d->visit);
  d->vclear = upto;
}

/* Room for one thread more in R->th. */
CC_NOINLINE void S_threads_grow(S_run *R) {
  R->cth = R->cth ? 2 * R->cth : 64;
  R->th = cc_xrealloc(R->th, R->cth * sizeof *R->th);
}

/* Add thread (q, pc) with capture row ci, following jumps and splits
 * first branch first (a stack of pending second branches, not a call per
 * branch): threads are ordered as the branches are written, each
 * (position, instruction) at most once per run.  q is the same for
 * every instruction followed, so its row of visit, and the tables, are
 * read into locals once (stores through visit may alias R's fields). */
CC_ALWAYS_INLINE void S_add_in(S_run *R, uint32_t q, uint32_t pc,
                               uint32_t ci) {
  S_doc *d = R->d;
  const uint32_t ncode = R->ncode, stamp = d->stamp;
  size_t row = (size_t)q * ncode;
  if (row + ncode > d->vclear)
    S_visit_clear(d, row + ncode);
  uint32_t *visit = d->visit + row;
  const cc__prog *g = R->g;
  const cc__inst *code = g->code;
  uint32_t nstk = 0; /* (at most one entry per SPLIT: each pc once) */
  for (;; pc = R->stk[--nstk]) {
    for (;;) {
      if (visit[pc] == stamp)
        break;
      visit[pc] = stamp;
      const cc__inst *in = &code[pc];
      if (d->budget == 0)
        break;
      d->budget--;
      if (in->op == CC__OP_JMP) {
        pc = (uint32_t)in->x;
        continue;
      }
      if (in->op == CC__OP_SPLIT) {
        R->stk[nstk++] = (uint32_t)in->y;
        pc = (uint32_t)in->x;
        continue;
      }
      if (in->op == CC__OP_LIT) { /* a literal that cannot start here: a
                                     thread that would die at its first
                                     step */
        uint32_t i = R->p0 + q;
        if (i >= R->e || !((g->lits[in->a].fmask >> (d->wid[i] & 63)) & 1))
          break;
      }
      if (R->nth == R->cth)
        S_threads_grow(R);
      uint32_t id = R->nth++;
      R->th[id] = (S_thread){pc, q, UINT32_MAX, ci};
      /* positions are opened as threads reach them */
      while (R->maxq < q)
        R->head[++R->maxq] = UINT32_MAX;
      if (R->head[q] == UINT32_MAX)
        R->head[q] = id;
      else
        R->th[R->tail[q]].next = id;
      R->tail[q] = id;
      break;
    }
    if (!nstk)
      return;
  }
}

/* S_add_in out of line: for the slots' steps (S_step_slot); the VM's
 * literal and word steps take it inline. */
CC_NOINLINE void S_add(S_run *R, uint32_t q, uint32_t pc, uint32_t ci) {
  S_add_in(R, q, pc, ci);
}

/* A new capture row, a copy of row from; its index. */
static uint32_t S_row_new(S_run *R, uint32_t from) {
  if (R->ncp == R->ccp) {
    R->ccp = R->ccp ? 2 * R->ccp : 64;
    R->cp = cc_xrealloc(R->cp, (size_t)R->ccp * CC__RULE_MAX_CAPS *
                                   sizeof *R->cp);
  }
  uint32_t r = R->ncp++;
  S_cap *to = R->cp + (size_t)r * R->ncaps;
  const S_cap *fr = R->cp + (size_t)from * R->ncaps;
  for (uint32_t k = 0; k < R->ncaps; k++)
    to[k] = fr[k];
  return r;
}

/* Tokens literal lit takes at token i, or 0. */
static uint32_t S_lit_len(const S_doc *d, const cc__lit *lit, uint32_t i,
                          uint32_t e) {
  if (i + lit->npieces > e)
    return 0;
  for (uint8_t k = 0; k < lit->npieces; k++)
    if (d->wid[i + k] != lit->ids[k])
      return 0;
  return lit->npieces;
}

#ifdef CC_RULES_CHECK_PROBE
/* The build that proves the skips: every alternative of ls that takes
 * something at token i (i < e) is on the chain CC__FOR_ALTS walks for
 * its word (the others are never compared). */
static void S_check_alts(const S_doc *d, const cc__litset *ls, uint32_t i,
                         uint32_t e) {
  for (uint16_t k = 0; k < ls->nalts; k++) {
    if (!S_lit_len(d, &ls->alts[k], i, e))
      continue;
    bool on = false;
    CC__FOR_ALTS(ls, d->wid[i], a)
      on |= a == k;
    if (!on) {
      fprintf(stderr, "CC__FOR_ALTS skipped a matching alternative at "
                      "%s:%u\n", d->seg->doc->path, d->tok[i].line);
      abort();
    }
  }
}
#define S_CHECK_ALTS(d, ls, i, e) S_check_alts(d, ls, i, e)
#else
#define S_CHECK_ALTS(d, ls, i, e) ((void)0)
#endif

/* A number, or a number with its unit: the mentions a {COUNT} takes
 * whole (no small number inside them counts on its own). */
static inline bool S_numeric(const cc_mention *m) {
  return m->type == CC_M_NUMBER || m->type == CC_M_QUANTITY;
}

static bool S_mention_fits(int slot, const cc_mention *m) {
  switch (slot) {
  case CC__S_DATE: return m->type == CC_M_DATE;
  case CC__S_TIME: return m->type == CC_M_TIME || m->type == CC_M_DATETIME;
  case CC__S_DURATION: return m->type == CC_M_DURATION;
  case CC__S_COUNT:
    return m->type == CC_M_NUMBER || m->type == CC_M_QUANTITY;
  case CC__S_PERCENT: return m->type == CC_M_PERCENT;
  case CC__S_MONEY: return m->type == CC_M_MONEY;
  case CC__S_ORDINAL: return m->type == CC_M_ORDINAL;
  default: return false;
  }
}

/* Words a {PHRASE} does not run across (cc__rules_finish lists them). */
static bool S_function_word(const S_doc *d, uint32_t i) {
  return (d->rs->wclass[d->wid[i]] & CC__WC_FUNCTION) != 0;
}

/* May a slot of type slot be filled at token j of a sentence ending at
 * e?  What S_step_slot needs before it takes anything, loosened: true
 * whenever it may take something. */
static bool S_slot_may(const S_doc *d, int slot, uint32_t j, uint32_t e) {
  if (j >= e)
    return false;
  switch (slot) {
  case CC__S_PERSON:
  case CC__S_LIST: /* (a list starts at a person) */
    return d->e_off[j] != d->e_off[j + 1];
  case CC__S_PLACE:
  case CC__S_ORG: /* (an entity here, or after "the") */
    return d->e_off[j] != d->e_off[j + 1] ||
           (j + 1 < e && S_is(d, j, CC__W_THE) &&
            d->e_off[j + 1] != d->e_off[j + 2]);
  case CC__S_NONN: return d->snum[j] > 0;
  case CC__S_PHRASE:
  case CC__S_WORD: return d->tok[j].kind == CC_TOK_WORD;
  default: /* a mention starting here or covering it, or a bare number */
    return d->m_at[j] >= 0 || d->m_cover[j] >= 0 ||
           (slot == CC__S_COUNT && d->snum[j] > 0);
  }
}

static bool S_then(const S_doc *d, const cc__prog *g, const cc__then *t,
                   uint32_t j, uint32_t e);

/* Can step in of g consume token j?  A literal is tested as the run
 * would, a slot by S_slot_may (and not followed further); where then is
 * given, a literal must also leave a token one of those steps can
 * consume (S_then).  One body for S_then's test and S_follows'. */
CC_ALWAYS_INLINE bool S_step_may(const S_doc *d, const cc__prog *g,
                                 const cc__inst *in, const cc__then *then,
                                 uint32_t j, uint32_t e) {
  if (in->op == CC__OP_SLOT)
    return S_slot_may(d, in->a, j, e);
  const cc__litset *ls = &g->lits[in->a];
  if (j >= e || !((ls->fmask >> (d->wid[j] & 63)) & 1))
    return false;
  S_CHECK_ALTS(d, ls, j, e);
  CC__FOR_ALTS(ls, d->wid[j], a) {
    uint32_t n = S_lit_len(d, &ls->alts[a], j, e);
    if (n && (!then || S_then(d, g, then, j + n, e)))
      return true;
  }
  return false;
}

/* Can one of the steps of t consume token j? */
static bool S_then(const S_doc *d, const cc__prog *g, const cc__then *t,
                   uint32_t j, uint32_t e) {
  if (t->free)
    return true;
  for (uint8_t k = 0; k < t->n; k++)
    if (S_step_may(d, g, &g->code[t->pc[k]], NULL, j, e))
      return true;
  return false;
}

/* Can one of the next steps of first step pr consume token j (the first
 * step ended there), and where it is a literal, one of the steps after
 * it the token after the literal? */
static bool S_follows(const S_doc *d, const cc__prog *g, const cc__probe *pr,
                      uint32_t j, uint32_t e) {
  if (pr->free)
    return true;
  for (uint8_t k = 0; k < pr->nnext; k++)
    if (S_step_may(d, g, &g->code[pr->next[k]], &g->then[pr->then0 + k], j,
                   e))
      return true;
  return false;
}

CC_ALWAYS_INLINE void S_step_slot(S_run *R, uint32_t pc, uint32_t q,
                                  uint32_t ci, const cc__inst *in);

/* Can program g take two steps from token i?  Each first step is taken
 * as a run would take it (S_lit_len, S_step_slot), and at each token
 * where it may end, one of the steps that may follow it must be able to
 * consume that token (S_follows).  False: a run of g at i cannot match,
 * so it need not start (most runs die there: a person not followed by a
 * comma, a duration not followed by "meeting"). */
static bool S_probe(S_doc *d, const cc__prog *g, uint32_t i, uint32_t e,
                    S_run *R) {
  if (!g->nprobe)
    return true;
  R->d = d;
  R->g = g;
  R->p0 = i;
  R->e = e;
  R->hit = false;
  for (uint8_t k = 0; k < g->nprobe && !R->hit; k++) {
    const cc__probe *pr = &g->probe[k];
    const cc__inst *in = &g->code[pr->pc];
    if (in->op == CC__OP_LIT) {
      const cc__litset *ls = &g->lits[in->a];
      if (i < e) {
        S_CHECK_ALTS(d, ls, i, e);
        CC__FOR_ALTS(ls, d->wid[i], a) {
          uint32_t n = S_lit_len(d, &ls->alts[a], i, e);
          if ((R->hit = n && S_follows(d, g, pr, i + n, e)))
            break;
        }
      }
    } else if (i < e) {
      R->probe = pr;
      S_step_slot(R, pr->pc, 0, 0, in);
      R->probe = NULL;
    }
  }
  return R->hit;
}

/* Step thread (pc, q, capture row ci) over a slot; the capture the slot
 * fills goes to a new row (given back when no thread took it). */
CC_ALWAYS_INLINE void S_step_slot(S_run *R, uint32_t pc, uint32_t q,
                                  uint32_t ci, const cc__inst *in) {
  S_doc *d = R->d;
  uint32_t i = R->p0 + q;
  uint32_t next = pc + 1;
#define S_TAKE(END, REF)                                                     \
  do {                                                                       \
    if (R->probe) {                                                          \
      R->hit = R->hit || S_follows(d, R->g, R->probe, (END), R->e);          \
      break;                                                                 \
    }                                                                        \
    if (R->collect) {                                                        \
      if (!R->ntake) {                                                       \
        R->take_end = (END);                                                 \
        R->take_ref = (REF);                                                 \
        R->ntake = 1;                                                        \
      } else if ((END) != R->take_end) {                                     \
        R->ntake = 2;                                                        \
      }                                                                      \
      break;                                                                 \
    }                                                                        \
    if (in->b < 0) {                                                         \
      S_add(R, (END) - R->p0, next, ci);                                     \
      break;                                                                 \
    }                                                                        \
    uint32_t row_ = S_row_new(R, ci), nth_ = R->nth;                         \
    S_cap *c_ = R->cp + (size_t)row_ * R->ncaps + in->b;                     \
    c_->b = i;                                                               \
    c_->e = (END);                                                           \
    c_->ref = (REF);                                                         \
    c_->slot = (uint8_t)in->a;                                               \
    S_add(R, (END) - R->p0, next, row_);                                     \
    if (R->nth == nth_) /* no thread took it */                              \
      R->ncp--;                                                              \
  } while (0)
  switch (in->a) {
  case CC__S_PERSON:
  case CC__S_PLACE:
  case CC__S_ORG: {
    int kind = in->a == CC__S_PERSON ? CC_E_PERSON
               : in->a == CC__S_PLACE ? CC_E_PLACE : CC_E_ORG;
    /* places and organizations take a leading "the": "to the Republic" */
    uint32_t at = i;
    if (kind != CC_E_PERSON && i + 1 < R->e && S_is(d, i, CC__W_THE))
      at = i + 1;
    S_FOR_ENTS(d, at, k) {
      const cc_entity *en = &d->v->entities[k];
      if (en->kind == kind && en->tok_end <= R->e)
        S_TAKE(en->tok_end, (int32_t)k);
    }
    if (at != i)
      S_FOR_ENTS(d, i, k) {
        const cc_entity *en = &d->v->entities[k];
        if (en->kind == kind && en->tok_end <= R->e)
          S_TAKE(en->tok_end, (int32_t)k);
      }
    break;
  }
  case CC__S_LIST:
    if (d->l_at[i] >= 0) {
      const S_list *L = CC_VEC_AT(&d->lists, S_list, d->l_at[i]);
      if (L->end <= R->e)
        S_TAKE(L->end, d->l_at[i]);
    }
    break;
  case CC__S_NONN: {
    uint32_t end;
    int n = S_nonn_at(d, i, R->e, &end);
    if (n > 0)
      S_TAKE(end, n);
    break;
  }
  case CC__S_PHRASE: { /* as many words as it can (up to 4), never
                          across punctuation or a preposition */
    uint32_t k = 0;
    while (k < CC__RULE_MAX_PHRASE && i + k < R->e &&
           d->tok[i + k].kind == CC_TOK_WORD &&
           (k == 0 || !S_function_word(d, i + k)))
      k++;
    if (k)
      S_TAKE(i + k, S_REF_WORDS);
    break;
  }
  case CC__S_WORD:
    if (i < R->e && d->tok[i].kind == CC_TOK_WORD)
      S_TAKE(i + 1, S_REF_WORDS);
    break;
  default: {
    const cc_mention *m = S_mention(d, d->m_at[i]);
    int32_t mi = d->m_at[i];
    if (!m && d->m_cover[i] >= 0) {
      /* a mention that swallowed the pattern's last word or two ("talks
       * last {DURATION}" over the mention "last three hours") */
      const cc_mention *cv = S_mention(d, d->m_cover[i]);
      bool words = cv->tok_begin + 2 >= i;
      for (uint32_t k = cv->tok_begin; words && k < i; k++)
        words = d->tok[k].kind == CC_TOK_WORD;
      if (words) {
        m = cv;
        mi = d->m_cover[i];
      }
    }
    if (m && S_mention_fits(in->a, m) && m->tok_end <= R->e) {
      S_TAKE(m->tok_end, mi);
    } else if (in->a == CC__S_COUNT && (!m || !S_numeric(m)) &&
               !(d->m_at[i] < 0 && d->m_cover[i] >= 0 &&
                 S_numeric(S_mention(d, d->m_cover[i])))) {
      /* a small number alone, or inside a mention of another kind ("the
       * 58-year-old"); not the last word of a longer number ("Sixty-one
       * people were injured" is no 1) */
      int n = d->snum[i];
      if (n > 0)
        S_TAKE(i + 1, S_REF_NUM - n);
    }
  }
  }
#undef S_TAKE
}

/* S_fast's threads at one position, in the general VM's order. */
enum { S_FAST_WIDE = 4 };
typedef struct S_flist {
  uint32_t n;
  uint32_t pc[S_FAST_WIDE];
} S_flist;

/* The threads S_add_in would add from pc at token i (following jumps
 * and splits, first branch first, each instruction once, a unit of the
 * budget *bud per instruction, a literal that cannot start there
 * dropped), into L in order, for S_fast.  False when the budget ran out
 * or the closure is too wide for S_fast (S_exec's general VM then
 * decides).  (The compiler's jumps all lead forward, so the instructions
 * met are told by their distance from the first; one farther than 63
 * gives up.) */
CC_ALWAYS_INLINE bool S_close(const S_doc *d, const cc__prog *g, uint32_t i,
                              uint32_t e, uint32_t pc, uint32_t *bud,
                              S_flist *L) {
  const cc__inst *code = g->code;
  L->n = 0;
  if (code[pc].op != CC__OP_SPLIT && code[pc].op != CC__OP_JMP) {
    /* (most steps lead to one instruction that is not a split or a
     * jump: the loop below's first turn alone) */
    const cc__inst *in = &code[pc];
    if (*bud == 0)
      return false;
    --*bud;
    if (in->op != CC__OP_LIT ||
        (i < e && ((g->lits[in->a].fmask >> (d->wid[i] & 63)) & 1)))
      L->pc[L->n++] = pc;
    return true;
  }
  const uint32_t base = pc;
  uint64_t seen = 0;
  uint32_t stk[64], nstk = 0;
  for (;; pc = stk[--nstk]) {
    for (;;) {
      uint32_t off = pc - base; /* (pc < base wraps: too far) */
      if (off > 63 || *bud == 0)
        return false;
      if ((seen >> off) & 1)
        break;
      seen |= 1ull << off;
      --*bud;
      const cc__inst *in = &code[pc];
      if (in->op == CC__OP_JMP) {
        pc = (uint32_t)in->x;
        continue;
      }
      if (in->op == CC__OP_SPLIT) {
        stk[nstk++] = (uint32_t)in->y; /* (one a split met: at most 64) */
        pc = (uint32_t)in->x;
        continue;
      }
      if (in->op == CC__OP_LIT &&
          (i >= e || !((g->lits[in->a].fmask >> (d->wid[i] & 63)) & 1)))
        break;
      if (L->n == S_FAST_WIDE)
        return false;
      L->pc[L->n++] = pc;
      break;
    }
    if (!nstk)
      return true;
  }
}

enum { S_FAST_FAIL, S_FAST_MATCH, S_FAST_HAND, S_FAST_START };

/* The run of g at R->p0 while at most one of the threads at each
 * position takes a step (most runs: the others die at their step, a
 * literal's word not there, a slot not filled): the threads of one
 * position in a small list, captures in cur, no thread lists, visit
 * stamps or capture rows.  It takes the same steps and instructions as
 * S_exec's general VM, so when the budget lasts it leaves the budget as
 * that would (only the order differs: a thread's closure is followed
 * after the other threads of its position step).  A run decided here:
 * S_FAST_FAIL, or S_FAST_MATCH with *q its end.  Where two threads
 * would step on, a slot or literal could end two ways, a closure is too
 * wide or the budget runs out: S_FAST_HAND, the budget as before
 * position *q and *L its threads, which the general VM continues from
 * (captures cur), or S_FAST_START (at the first closure: the budget as
 * at the start).  The probe build runs the general VM too and compares. */
CC_ALWAYS_INLINE int S_fast(S_run *R, S_cap *cur, S_flist *out,
                            uint32_t *q_out) {
  S_doc *d = R->d;
  const cc__prog *g = R->g;
  const uint32_t p0 = R->p0, e = R->e;
  uint32_t q = 0, bud = d->budget; /* (d->budget at each return) */
  S_flist two[2], *L = &two[0]; /* this position's threads, the next's */
  if (!S_close(d, g, p0, e, 0, &bud, L))
    return S_FAST_START;
  for (;;) {
    const uint32_t before = bud, i = p0 + q;
    bool has = false;     /* one thread stepped on: */
    uint32_t nq = 0;      /* to position nq, */
    uint32_t npc = 0;     /* instruction npc, */
    int cb = -1;          /* filling capture cb (or none) from slot step */
    const cc__inst *cin = NULL; /* cin at token i, ending at cend */
    uint32_t cend = 0;
    int32_t cref = 0;
    for (uint32_t t = 0; t < L->n; t++) {
      if (bud == 0)
        goto hand;
      bud--;
      const uint32_t pc = L->pc[t];
      const cc__inst *in = &g->code[pc];
      if (in->op == CC__OP_MATCH) {
        S_flist rest; /* (the general VM followed has's closure first) */
        if (has && !S_close(d, g, p0 + nq, e, npc, &bud, &rest))
          goto hand;
        d->budget = bud;
        *q_out = q;
        return S_FAST_MATCH;
      }
      if (i >= e)
        continue;
      uint32_t len = 0; /* tokens the step takes (0: the thread dies) */
      switch (in->op) {
      case CC__OP_LIT: {
        const cc__litset *ls = &g->lits[in->a];
        S_CHECK_ALTS(d, ls, i, e);
        CC__FOR_ALTS(ls, d->wid[i], k) {
          uint32_t n = S_lit_len(d, &ls->alts[k], i, e);
          if (n && len && n != len)
            goto hand; /* two lengths: two threads */
          if (n)
            len = n;
        }
        break;
      }
      case CC__OP_ANY:
        S_FOR_ENTS(d, i, k) {
          uint32_t te = d->v->entities[k].tok_end;
          if (te > i + 1 && te <= e)
            goto hand; /* a name as one word too */
        }
        len = 1;
        break;
      case CC__OP_SLOT:
        R->collect = true;
        R->ntake = 0;
        S_step_slot(R, pc, q, 0, in);
        R->collect = false;
        if (R->ntake > 1)
          goto hand;
        if (R->ntake && in->b >= 0) {
          cb = in->b;
          cin = in;
          cend = R->take_end;
          cref = R->take_ref;
        }
        len = R->ntake ? R->take_end - i : 0;
        break;
      default: /* (a thread is never at a split or a jump) */
        goto hand;
      }
      if (!len)
        continue;
      if (has)
        goto hand; /* a second thread steps on */
      has = true;
      nq = q + len;
      npc = pc + 1;
    }
    S_flist *next = L == &two[0] ? &two[1] : &two[0];
    if (has && !S_close(d, g, p0 + nq, e, npc, &bud, next))
      goto hand;
    if (!has || !next->n) {
      d->budget = bud;
      return S_FAST_FAIL;
    }
    if (cb >= 0)
      cur[cb] = (S_cap){i, cend, cref, (uint8_t)cin->a};
    L = next;
    q = nq;
    continue;
  hand:
    d->budget = before;
    *out = *L;
    *q_out = q;
    return S_FAST_HAND;
  }
}

_Static_assert(CC__RULE_MAX_CAPS == 8, "one 'none' per capture");
static const S_cap S_none[CC__RULE_MAX_CAPS] = {
    {0, 0, -1, 0}, {0, 0, -1, 0}, {0, 0, -1, 0}, {0, 0, -1, 0},
    {0, 0, -1, 0}, {0, 0, -1, 0}, {0, 0, -1, 0}, {0, 0, -1, 0}};

/* The general VM (Pike: threads by position, in order of priority, each
 * (position, instruction) once): run g at p0 from its start (pc0
 * UINT32_MAX), or from the one thread (pc0, q0) with captures row0 that
 * S_fast handed over; on a match fill caps_out and *end. */
static bool S_exec_general(S_doc *d, const cc__prog *g, uint32_t p0,
                           uint32_t e, const S_cap *row0, const S_flist *L,
                           uint32_t q0, S_cap *caps_out, uint32_t *end,
                           S_run *R) {
  R->d = d;
  R->g = g;
  R->p0 = p0;
  R->e = e;
  R->nth = 0;
  R->ncaps = g->ncaps <= CC__RULE_MAX_CAPS ? g->ncaps : CC__RULE_MAX_CAPS;
  R->ncode = g->ncode;
  uint32_t span = e - p0;
  d->stamp++;
  if (d->stamp == 0) { /* wrapped: clear the stamps again */
    d->vclear = 0;
    d->stamp = 1;
  }
  if (!R->ccp) {
    R->ccp = 64;
    R->cp = cc_xmalloc((size_t)R->ccp * CC__RULE_MAX_CAPS * sizeof *R->cp);
  }
  R->ncp = 1; /* row 0: the captures met before q0 (none from the start) */
  memcpy(R->cp, row0, R->ncaps * sizeof *R->cp);
  if (!L) {
    R->maxq = 0;
    R->head[0] = UINT32_MAX;
    S_add(R, 0, 0, 0);
    q0 = 0;
  } else { /* (no thread is ever added at q0 again: steps consume) */
    if (R->cth < S_FAST_WIDE)
      S_threads_grow(R);
    for (uint32_t k = 0; k < L->n; k++)
      R->th[k] = (S_thread){L->pc[k], q0, k + 1 < L->n ? k + 1 : UINT32_MAX,
                            0};
    R->nth = L->n;
    R->maxq = q0;
    R->head[q0] = L->n ? 0 : UINT32_MAX;
    R->tail[q0] = L->n - 1;
  }
  for (uint32_t q = q0; q <= R->maxq && q <= span; q++) {
    for (uint32_t id = R->head[q]; id != UINT32_MAX;) {
      if (d->budget == 0)
        return false;
      d->budget--;
      /* (read out: S_add may move R->th) */
      uint32_t pc = R->th[id].pc, caps = R->th[id].caps;
      const cc__inst *in = &g->code[pc];
      switch (in->op) {
      case CC__OP_MATCH:
        memcpy(caps_out, S_none, sizeof S_none);
        memcpy(caps_out, R->cp + (size_t)caps * R->ncaps,
               R->ncaps * sizeof *caps_out);
        *end = p0 + q;
        return true;
      case CC__OP_LIT: {
        const cc__litset *ls = &g->lits[in->a];
        if (p0 + q >= e)
          break;
        S_CHECK_ALTS(d, ls, p0 + q, e);
        CC__FOR_ALTS(ls, d->wid[p0 + q], k) {
          uint32_t n = S_lit_len(d, &ls->alts[k], p0 + q, e);
          if (n)
            S_add_in(R, q + n, pc + 1, caps);
        }
        break;
      }
      case CC__OP_ANY: /* one word; a whole name counts as one word */
        if (p0 + q < e) {
          S_add_in(R, q + 1, pc + 1, caps);
          S_FOR_ENTS(d, p0 + q, k) {
            uint32_t te = d->v->entities[k].tok_end;
            if (te > p0 + q + 1 && te <= e)
              S_add(R, te - p0, pc + 1, caps);
          }
        }
        break;
      case CC__OP_SLOT:
        if (p0 + q < e)
          S_step_slot(R, pc, q, caps, in);
        break;
      }
      id = R->th[id].next;
    }
  }
  return false;
}

static bool S_caps_same(const S_cap *a, const S_cap *b) {
  for (int k = 0; k < CC__RULE_MAX_CAPS; k++)
    if (a[k].b != b[k].b || a[k].e != b[k].e || a[k].ref != b[k].ref ||
        a[k].slot != b[k].slot)
      return false;
  return true;
}

/* Does the general VM, run from the start with the budget budget0,
 * decide g's run at p0 as S_exec did (match or not, its end and captures,
 * and the budget left)?  For the probe build and cc__rules_apply_vmcheck:
 * it leaves the budget as it found it. */
CC_NOINLINE bool S_exec_same(S_doc *d, const cc__prog *g, uint32_t p0,
                             uint32_t e, uint32_t budget0, bool m,
                             const S_cap *caps, uint32_t end, S_run *R) {
  const uint32_t budget1 = d->budget;
  d->budget = budget0;
  S_cap gcaps[CC__RULE_MAX_CAPS];
  uint32_t gend = 0;
  bool gm = S_exec_general(d, g, p0, e, S_none, NULL, 0, gcaps, &gend, R);
  bool same = gm == m && d->budget == budget1 &&
              (!m || (gend == end && S_caps_same(gcaps, caps)));
  d->budget = budget1;
  return same;
}

/* Run program g anchored at token p0; on a match fill caps and *end.
 * S_fast runs it while at most one thread a position steps on; the
 * general VM takes over (from the start, or from S_fast's threads of
 * one position) when a second would. */
static bool S_exec(S_doc *d, const cc__prog *g, uint32_t p0, uint32_t e,
                   S_cap *caps_out, uint32_t *end, S_run *R) {
  const uint32_t budget0 = d->budget;
  R->d = d;
  R->g = g;
  R->p0 = p0;
  R->e = e;
  S_cap cur[CC__RULE_MAX_CAPS];
  memcpy(cur, S_none, sizeof cur);
  S_flist L;
  uint32_t q0 = 0;
  bool m;
  int how = S_fast(R, cur, &L, &q0);
  switch (how) {
  case S_FAST_MATCH:
    memcpy(caps_out, cur, sizeof cur);
    *end = p0 + q0;
    m = true;
    break;
  case S_FAST_FAIL:
    m = false;
    break;
  case S_FAST_HAND:
    m = S_exec_general(d, g, p0, e, cur, &L, q0, caps_out, end, R);
    break;
  default:
    m = S_exec_general(d, g, p0, e, S_none, NULL, 0, caps_out, end, R);
  }
#ifdef CC_RULES_CHECK_PROBE
  if (!S_exec_same(d, g, p0, e, budget0, m, caps_out, m ? *end : 0, R)) {
    fprintf(stderr, "S_fast differs from the general VM at %s:%u\n",
            d->seg->doc->path, d->tok[p0].line);
    abort();
  }
#endif
  if (d->vs) {
    d->vs->runs++;
    d->vs->fast += how == S_FAST_MATCH || how == S_FAST_FAIL;
    d->vs->hand += how == S_FAST_HAND;
    d->vs->start += how == S_FAST_START;
    d->vs->matched += m;
    d->vs->spent += d->budget == 0;
    d->vs->differ +=
        !S_exec_same(d, g, p0, e, budget0, m, caps_out, m ? *end : 0, R);
  }
  return m;
}

/* ---- actions: building claims ------------------------------------------------------------ */

#ifdef CC_RULES_CHECK_PROBE /* (by name: the probe build's check of
                               cc__prog's indexes) */
static int S_cap_named(const cc__prog *g, const char *name) {
  for (int i = 0; i < g->ncaps; i++)
    if (g->cap_names[i] && strcmp(g->cap_names[i], name) == 0)
      return i;
  return -1;
}

static const S_cap *S_capture(const cc__prog *g, const S_cap *caps,
                              const char *name) {
  int i = name ? S_cap_named(g, name) : g->default_val;
  return i >= 0 && caps[i].ref != -1 ? &caps[i] : NULL;
}
#endif

/* S_capture of capture i, found at load (cc__prog.cap_val ...). */
static const S_cap *S_capture_at(const S_cap *caps, int i) {
  return i >= 0 && caps[i].ref != -1 ? &caps[i] : NULL;
}

/* Lower-case text of tokens [b, e) joined as written ("western territory"). */
static void S_words(const S_doc *d, uint32_t b, uint32_t e, cc_buf *out) {
  for (uint32_t i = b; i < e; i++) {
    if (i > b && (d->tok[i].flags & CC_TF_SPACE_BEFORE))
      cc_buf_putc(out, ' ');
    cc_buf_put(out, d->tok[i].norm, d->tok[i].norm_len);
  }
  if (!out->ptr)
    S_PUT_LIT(out, "");
}

/* A one-word object as lexicon/key_nouns.csv keys it: "earthquake",
 * "quakes" and "tremor" are all "quake", so outlets that name one thing
 * with different nouns are compared.  Asked only when a {WORD} object
 * is made, which is rare: a lookup in the table's own index. */
static void S_key_noun(const cc_ruleset *rs, cc_buf *obj) {
  const cc_lex_entry *e =
      rs->key_nouns && obj->len ? cc_lex_findn(rs->key_nouns, obj->ptr, obj->len)
                                : NULL;
  const char *k = e ? cc_lex_cell(e, 1) : "";
  if (*k) {
    cc_buf_reset(obj);
    cc_buf_puts(obj, k);
  }
}

/* The noun a one-word object stands for.  A capitalised word inside a
 * sentence is a name's adjective more often than the counted noun: "4,105
 * North American theaters", "the worst Atlantic hurricane since 2005".
 * Up to three such words are stepped over to the lower-case word after
 * them, when that word is one a noun could be (not a function or filler
 * word, no punctuation between) and not a word of the rule's own ("the No
 * campaign took 47.7%" keys `no`: "campaign" is the rule's); otherwise
 * the word captured stays ("2 million Britons on Saturday"). */
static bool S_prog_word(const cc__prog *g, int32_t w) {
  for (uint32_t k = 0; k < g->nlits_code; k++)
    for (uint16_t f = 0; f < g->lits[k].nfirsts; f++)
      if (g->lits[k].firsts[f] == w)
        return true;
  return false;
}

static uint32_t S_noun_after_names(const S_doc *d, const cc__prog *g,
                                   uint32_t b, uint32_t send) {
  const cc_token *t = d->tok;
  if (!(t[b].flags & CC_TF_CAP) || (t[b].flags & CC_TF_SENT_START))
    return b;
  uint32_t j = b + 1;
  while (j < send && j < b + 3 && t[j].kind == CC_TOK_WORD &&
         (t[j].flags & CC_TF_CAP) && (t[j].flags & CC_TF_SPACE_BEFORE))
    j++;
  if (j >= send || t[j].kind != CC_TOK_WORD || (t[j].flags & CC_TF_CAP) ||
      !(t[j].flags & CC_TF_SPACE_BEFORE) ||
      (d->rs->wclass[d->wid[j]] & (CC__WC_FUNCTION | CC__WC_FILLER)) ||
      S_prog_word(g, d->wid[j]))
    return b;
  return j;
}

/* The key a captured entity or phrase stands for ("the island" keys as
 * "island"). */
static void S_cap_key(const S_doc *d, const S_cap *c, cc_buf *out) {
  const cc_entity *en = NULL;
  if (c->slot == CC__S_PERSON || c->slot == CC__S_PLACE ||
      c->slot == CC__S_ORG)
    en = S_entity(d, c->ref);
  if (en) {
    cc_buf_puts(out, en->key);
    return;
  }
  uint32_t b = c->b;
  if (c->e - b > 1 && (S_is(d, b, CC__W_THE) || S_is(d, b, CC__W_A) ||
                       S_is(d, b, CC__W_AN)))
    b++;
  S_words(d, b, c->e, out);
}

static void S_cap_country(const S_doc *d, const S_cap *c, cc_buf *out) {
  const cc_entity *en = c->slot == CC__S_PERSON || c->slot == CC__S_PLACE
                            ? S_entity(d, c->ref)
                            : NULL;
  if (en && en->kind == CC_E_PERSON) {
    const S_person *p = S_person_get(d, en->key);
    cc_buf_puts(out, p && p->country ? p->country
                                     : en->country ? en->country : en->key);
  } else {
    S_cap_key(d, c, out);
  }
}

/* The group a person belongs to: the person's country when this document
 * gives one, else "member:KEY" (rules/FRAMES.md: the check stage joins it
 * to the group whose list names that person). */
static void S_cap_member(const S_doc *d, const S_cap *c, cc_buf *out) {
  const cc_entity *en = c->slot == CC__S_PERSON ? S_entity(d, c->ref) : NULL;
  if (!en)
    return;
  const S_person *p = S_person_get(d, en->key);
  const char *country = p && p->country ? p->country : en->country;
  if (country)
    cc_buf_puts(out, country);
  else
    cc_buf_printf(out, "member:%s", en->key);
}

/* A person's canonical full name: as written when a first name is given,
 * else the one the document gives the surname; nothing when two people of
 * the document share it ("Ruiz, 45," beside Ana and Luis Ruiz). */
/* A person's full name as written, else the full name the document gives
 * the surname; nothing when two people of the document share it. */
static void S_full_key(const cc_entity *en, cc_buf *out) {
  if (en->written && strchr(en->written, ' '))
    cc_buf_puts(out, en->written);
  else if (!(en->flags & CC_EF_SHARED))
    cc_buf_puts(out, en->full ? en->full : en->key);
}

static void S_cap_full(const S_doc *d, const S_cap *c, cc_buf *out) {
  const cc_entity *en = c->slot == CC__S_PERSON ? S_entity(d, c->ref) : NULL;
  if (en)
    S_full_key(en, out);
}

/* The entities that may begin at tokens lo .. hi, as an index range
 * [*i0, *i1): where the document's entities are in order of tok_begin
 * (S_doc.ents_sorted) those beginning there, found by halving, else all
 * of them (the callers test each entity's span as they would at every
 * one: an entity outside the range begins before lo or after hi, and so
 * ends after hi, as none ends before it begins). */
static void S_ents_from(const S_doc *d, uint32_t lo, uint32_t hi,
                        uint32_t *i0, uint32_t *i1) {
  const cc_entity *en = d->v->entities;
  uint32_t n = d->v->nentities;
  if (!d->ents_sorted) {
    *i0 = 0;
    *i1 = n;
    return;
  }
  uint32_t a = 0, b = n; /* the first beginning at lo or after */
  while (a < b) {
    uint32_t m = a + (b - a) / 2;
    if (en[m].tok_begin < lo)
      a = m + 1;
    else
      b = m;
  }
  *i0 = a;
  while (a < n && en[a].tok_begin <= hi)
    a++;
  *i1 = a;
}

/* ---- names joined by "and" that no entity explains (S_parties) --------- */

/* The capitalized words a document writes inside a sentence (not at its
 * start), as (hash of the normal form << 32 | token), sorted: made once,
 * the first time a sentence-initial word is asked about, in one pass. */
typedef struct S_inside {
  uint64_t *v;
  uint32_t n;
  bool made;
} S_inside;

static bool S_capword(const cc_token *t) {
  return t->kind == CC_TOK_WORD && (t->flags & CC_TF_CAP) &&
         !(t->flags & (CC_TF_ALLCAPS | CC_TF_ABBREV));
}

static int S_u64_cmp(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* Does the document write token t's word capitalized inside a sentence?
 * ("Berg and Ruiz met" at a sentence's start is a pair of names when
 * the article also writes "... said Berg"; "Officials and Ruiz met" is
 * not.) */
static bool S_used_inside(const S_doc *d, uint32_t t) {
  S_inside *in = d->inside;
  if (!in->made) {
    in->made = true;
    uint32_t n = d->seg->ntokens, k = 0;
    for (uint32_t i = 0; i < n; i++)
      k += S_capword(&d->tok[i]) && !(d->tok[i].flags & CC_TF_SENT_START);
    in->v = cc_arena_alloc(d->arena, (k ? k : 1) * sizeof *in->v);
    for (uint32_t i = 0; i < n; i++)
      if (S_capword(&d->tok[i]) && !(d->tok[i].flags & CC_TF_SENT_START))
        in->v[in->n++] = (uint64_t)(uint32_t)cc_hash_mem(
                             d->tok[i].norm, d->tok[i].norm_len)
                             << 32 |
                         i;
    qsort(in->v, in->n, sizeof *in->v, S_u64_cmp);
  }
  const cc_token *w = &d->tok[t];
  uint64_t h = (uint64_t)(uint32_t)cc_hash_mem(w->norm, w->norm_len) << 32;
  uint32_t a = 0, b = in->n; /* the first entry of hash h or above */
  while (a < b) {
    uint32_t m = a + (b - a) / 2;
    if (in->v[m] < h)
      a = m + 1;
    else
      b = m;
  }
  for (; a < in->n && (in->v[a] >> 32) == (h >> 32); a++) {
    const cc_token *o = &d->tok[(uint32_t)in->v[a]];
    if (o->norm_len == w->norm_len &&
        memcmp(o->norm, w->norm, w->norm_len) == 0)
      return true;
  }
  return false;
}

/* The entity of the sentence from sb whose tokens (title included) hold
 * token t, or NULL. */
static const cc_entity *S_entity_over(const S_doc *d, uint32_t sb,
                                      uint32_t t) {
  uint32_t i0, i1;
  S_ents_from(d, sb, t, &i0, &i1);
  for (uint32_t i = i0; i < i1; i++) {
    const cc_entity *en = &d->v->entities[i];
    if (en->kind <= CC_E_ORG && en->tok_title <= t && t < en->tok_end)
      return en;
  }
  return NULL;
}

/* Is token t's normal form one of the n words w?  (For the few short
 * lists asked only once a match is made, not per token.) */
static bool S_norm_in(const cc_token *t, const char *const *w, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (t->norm_len == strlen(w[k]) && memcmp(t->norm, w[k], t->norm_len) == 0)
      return true;
  return false;
}

/* Words that start a sentence capitalized but name no side: "They beat
 * Rovers 3-1" has no winner to key by. */
static bool S_pronoun(const cc_token *t) {
  static const char *const w[] = {"they", "we",   "he",    "she",  "it",
                                  "you",  "i",    "who",   "that", "this",
                                  "these", "those", "which", "both", "all",
                                  "each", "then", "but",   "and",  "yet"};
  return S_norm_in(t, w, sizeof w / sizeof w[0]);
}

/* The name written right before token b of the sentence from sb ("Northtown
 * beat", "Real Sociedad beat"): one to four capitalized words that no
 * mention holds, keyed by their words; nothing when there are none, when
 * a fifth capitalized word precedes them (a headline in title case), when
 * a person or a place ends right before b unless any (the rules that
 * take {PERSON} and {PLACE} key a winner; a loser is keyed by its words
 * whatever it is), or when the name is one word starting the
 * sentence that is a pronoun or a function word ("They beat ..."). */
static void S_name_before(const S_doc *d, uint32_t sb, uint32_t b,
                          bool any, cc_buf *out) {
  uint32_t a = b;
  while (a > sb && b - a <= CC__RULE_MAX_PHRASE &&
         S_capword(&d->tok[a - 1]) && d->m_cover[a - 1] == -1 &&
         d->m_at[a - 1] < 0)
    a--;
  if (a == b || b - a > CC__RULE_MAX_PHRASE)
    return;
  if (b - a > 1 && S_is(d, a, CC__W_THE)) /* "The Hawks beat": "hawks" */
    a++;
  const cc_entity *en = S_entity_over(d, sb, b - 1);
  if (!any && en && (en->kind == CC_E_PERSON || en->kind == CC_E_PLACE) &&
      en->tok_end == b)
    return;
  const cc_token *t = &d->tok[a];
  if (b - a == 1 && (t->flags & CC_TF_SENT_START) &&
      (S_pronoun(t) || S_function_word(d, a)))
    return;
  S_words(d, a, b, out);
}

/* The capitalized words capture c begins with (after a "the"): a
 * {PHRASE} at a pattern's end takes the words after a name too ("a 3-1
 * win over Rovers sealed the group"), and only the name keys the side.
 * An entity keys as itself. */
static void S_cap_name(const S_doc *d, const S_cap *c, cc_buf *out) {
  if (c->slot == CC__S_PERSON || c->slot == CC__S_PLACE ||
      c->slot == CC__S_ORG) {
    S_cap_key(d, c, out);
    return;
  }
  uint32_t b = c->b, e = b;
  if (c->e - b > 1 && S_is(d, b, CC__W_THE))
    b = e = b + 1;
  while (e < c->e && S_capword(&d->tok[e]))
    e++;
  if (e > b)
    S_words(d, b, e, out);
}

/* Token t of the sentence from sb as one side of a pair of names: a
 * person whose name ends (left side) or begins (right side, title
 * included) there gives its key; a bare name, a capitalized word that
 * no entity or mention holds, gives its own (folded as a surname is;
 * *bare set), unless the word before it is capitalized too (the second
 * word of a longer name) or, at the sentence's start, the document never
 * writes it capitalized inside a sentence.  *end: the token after the
 * side.  NULL: no side. */
static const char *S_pair_side(const S_doc *d, uint32_t sb, uint32_t t,
                               bool left, uint32_t *end, bool *bare) {
  const cc_token *w = &d->tok[t];
  const cc_entity *en = S_entity_over(d, sb, t);
  if (en) {
    if (en->kind != CC_E_PERSON || (en->flags & CC_EF_WEAK) ||
        (left ? en->tok_end != t + 1 : en->tok_title != t))
      return NULL;
    *end = en->tok_end;
    return en->key;
  }
  if (!S_capword(w) || w->norm_len < 3 || d->m_cover[t] != -1)
    return NULL;
  if (w->flags & CC_TF_SENT_START) {
    if (!S_used_inside(d, t))
      return NULL;
  } else if (t > sb && S_capword(&d->tok[t - 1])) {
    return NULL;
  }
  if (t > sb && S_is(d, t - 1, CC__W_THE))
    return NULL; /* "the Kremlin and the White House": institutions */
  *end = t + 1;
  *bare = true;
  if (!(w->flags & CC_TF_NONASCII))
    return w->norm;
  cc_buf k = CC_BUF_INIT;
  cc_text_strip_marks(d->seg->doc->text + w->start, w->end - w->start, &k);
  char *key = cc_arena_alloc(d->arena, k.len + 1);
  memcpy(key, k.ptr, k.len);
  key[k.len] = '\0';
  cc_buf_free(&k);
  return key;
}

/* Two names joined by "and" at token k ("the first meeting of Ruiz and
 * Berg in six years", "Ruiz and Berg last met"), at least one of them a
 * bare name no entity explains (an article may name both leaders by
 * surname only; two people are the match's or the sentence's already):
 * their keys in *x and *y.  The right side must end the clause's subject
 * or object: what follows it is no capitalized word, no "'s", and a word
 * only when a clause goes on with it. */
static bool S_pair_at(const S_doc *d, const cc_sentence *se, uint32_t k,
                      const char **x, const char **y) {
  if (k <= se->tok_begin || k + 1 >= se->tok_end ||
      !(S_is(d, k, CC__W_AND) || S_is(d, k, CC__W_AMP)) ||
      !(d->tok[k - 1].flags & d->tok[k + 1].flags & CC_TF_CAP))
    return false; /* (every side ends and begins with a capital: most
                     "and"s join other words, told before any lookup) */
  uint32_t end = 0;
  bool bare = false;
  const char *a = S_pair_side(d, se->tok_begin, k - 1, true, &end, &bare);
  const char *b =
      a ? S_pair_side(d, se->tok_begin, k + 1, false, &end, &bare) : NULL;
  if (!b || !bare)
    return false;
  if (end < se->tok_end) {
    const cc_token *nx = &d->tok[end];
    if (nx->kind == CC_TOK_WORD &&
        ((nx->flags & CC_TF_CAP) || !cc_entity_after_pair(nx->norm)))
      return false;
    if (nx->norm_len == 2 && memcmp(nx->norm, "'s", 2) == 0)
      return false;
  }
  *x = a;
  *y = b;
  return true;
}

/* The pair of names of the match (tokens b .. e), else the nearest one
 * of the sentence before it, the clause's subject ("Ruiz and Berg" of
 * "Ruiz and Berg last met in Oslo"). */
static bool S_pair(const S_doc *d, uint32_t b, uint32_t e, uint32_t s,
                   const char **x, const char **y) {
  const cc_sentence *se = &d->seg->sentences[s];
  for (uint32_t k = b + 1; k + 1 < e; k++)
    if (S_pair_at(d, se, k, x, y))
      return true;
  for (uint32_t k = b; k-- > se->tok_begin + 1;)
    if (S_pair_at(d, se, k, x, y))
      return true;
  return false;
}

/* People of the match, then two names joined by "and" (S_pair), then the
 * people of the sentence (nearest before the match, then after it), then
 * the document's main participants, until there are two.  Only the entities beginning in the match, then in the sentence,
 * are read (S_ents_from). */
static void S_parties(const S_doc *d, uint32_t b, uint32_t e, uint32_t s,
                      cc_buf *out) {
  const char *keys[8];
  uint32_t n = 0;
  const cc_doc_view *v = d->v;
  const cc_sentence *se = &d->seg->sentences[s];
#define S_PUSH(K)                                                            \
  do {                                                                       \
    bool dup_ = false;                                                       \
    for (uint32_t z_ = 0; z_ < n; z_++)                                      \
      dup_ |= strcmp(keys[z_], (K)) == 0;                                    \
    if (!dup_ && n < 8)                                                      \
      keys[n++] = (K);                                                       \
  } while (0)
  uint32_t i0, i1;
  S_ents_from(d, b, e, &i0, &i1);
#ifdef CC_RULES_CHECK_PROBE /* every entity the loops take is in range */
  for (uint32_t i = 0; i < v->nentities; i++) {
    const cc_entity *en = &v->entities[i];
    if ((i < i0 || i >= i1) && en->tok_begin >= b && en->tok_end <= e)
      abort();
  }
#endif
  for (uint32_t i = i0; i < i1; i++) {
    const cc_entity *en = &v->entities[i];
    if (en->kind == CC_E_PERSON && !(en->flags & CC_EF_WEAK) &&
        en->tok_begin >= b && en->tok_end <= e)
      S_PUSH(en->key);
  }
  /* then two names joined by "and", in the match or before it in the
   * sentence, that no entity (or one only) explains: "the first meeting
   * of Ruiz and Berg in six years" in an article that never gives their
   * first names (S_pair) */
  const char *px, *py;
  if (n < 2 && S_pair(d, b, e, s, &px, &py)) {
    S_PUSH(px);
    S_PUSH(py);
  }
  /* then the nearest people of the sentence before the match (the
   * subject of the clause: "A said B met C"), then after it */
  if (n < 2)
    S_ents_from(d, se->tok_begin, se->tok_end, &i0, &i1);
#ifdef CC_RULES_CHECK_PROBE
  for (uint32_t i = 0; n < 2 && i < v->nentities; i++) {
    const cc_entity *en = &v->entities[i];
    if ((i < i0 || i >= i1) && en->tok_begin >= se->tok_begin &&
        en->tok_end <= se->tok_end)
      abort();
  }
#endif
  while (n < 2) {
    const cc_entity *best = NULL;
    uint64_t bestrank = UINT64_MAX;
    for (uint32_t i = i0; i < i1; i++) {
      const cc_entity *en = &v->entities[i];
      if (en->kind != CC_E_PERSON || (en->flags & CC_EF_WEAK) ||
          en->tok_begin < se->tok_begin || en->tok_end > se->tok_end ||
          (en->tok_end > b && en->tok_begin < e))
        continue;
      bool dup = false;
      for (uint32_t z = 0; z < n; z++)
        dup |= strcmp(keys[z], en->key) == 0;
      uint64_t rank = en->tok_end <= b ? b - en->tok_end
                                       : (1ull << 32) + (en->tok_begin - e);
      if (!dup && rank < bestrank) {
        best = en;
        bestrank = rank;
      }
    }
    if (!best)
      break;
    S_PUSH(best->key);
  }
  for (uint32_t k = 0; k < d->nmain && n < 2; k++)
    S_PUSH(d->main[k]->key);
#undef S_PUSH
  /* sorted by strcmp, by insertion (at most eight keys, no two equal:
   * qsort's order) */
  for (uint32_t k = 1; k < n; k++) {
    const char *x = keys[k];
    uint32_t j = k;
    for (; j > 0 && strcmp(keys[j - 1], x) > 0; j--)
      keys[j] = keys[j - 1];
    keys[j] = x;
  }
  for (uint32_t k = 0; k < n; k++) {
    if (k)
      cc_buf_putc(out, ',');
    cc_buf_puts(out, keys[k]);
  }
  if (!out->ptr)
    S_PUT_LIT(out, "");
}

/* Is entity en one S_clause_entity may take: a person not weak, or (org)
 * a named organization (S_named_org)? */
static bool S_named_org(const cc_entity *en);
static bool S_org_object(const S_doc *d, uint32_t t, uint32_t sb);
static bool S_clause_kind(const cc_entity *en, bool org) {
  return org ? S_named_org(en)
             : en->kind == CC_E_PERSON && !(en->flags & CC_EF_WEAK);
}

/* The person (or, org, the named organization) a clause is about: in the
 * sentence, one inside the match comes first, then the nearest one before
 * it (the subject of an English clause; for an organization, one that is
 * a preposition's object comes after any other), then the nearest one
 * after it; then the last one of the previous sentence of the same
 * paragraph ("it reported a loss").  NULL when none. */
static const cc_entity *S_clause_entity(const S_doc *d, uint32_t b,
                                        uint32_t e, uint32_t s, bool org) {
  const cc_doc_view *v = d->v;
  const cc_sentence *se = &d->seg->sentences[s];
  const cc_entity *best = NULL;
  uint64_t bestrank = UINT64_MAX;
  for (uint32_t i = 0; i < v->nentities; i++) {
    const cc_entity *en = &v->entities[i];
    if (!S_clause_kind(en, org) || en->tok_begin < se->tok_begin ||
        en->tok_end > se->tok_end)
      continue;
    uint64_t rank = en->tok_begin >= b && en->tok_end <= e ? 0
                    : en->tok_end <= b ? (1ull << 32) + (b - en->tok_end)
                                       : (2ull << 32) + (en->tok_begin - e);
    if (org && rank >> 32 == 1 &&
        S_org_object(d, en->tok_begin, se->tok_begin))
      rank += 1ull << 33;
    if (rank < bestrank) {
      best = en;
      bestrank = rank;
    }
  }
  if (!best && s > 0 && d->seg->sentences[s - 1].para == se->para) {
    const cc_sentence *pv = &d->seg->sentences[s - 1];
    for (uint32_t i = 0; i < v->nentities; i++) {
      const cc_entity *en = &v->entities[i];
      if (S_clause_kind(en, org) && en->tok_begin >= pv->tok_begin &&
          en->tok_end <= pv->tok_end)
        best = en; /* the last one named */
    }
  }
  return best;
}

/* The person a clause is about: see CC__SUBJ_PERSON and S_clause_entity.
 * NULL when none: the document's first main participant stands then. */
static const cc_entity *S_clause_person(const S_doc *d, uint32_t b, uint32_t e,
                                        uint32_t s) {
  return S_clause_entity(d, b, e, s, false);
}

static void S_one_person(const S_doc *d, uint32_t b, uint32_t e, uint32_t s,
                         cc_buf *out) {
  const cc_entity *best = S_clause_person(d, b, e, s);
  if (best)
    cc_buf_puts(out, best->key);
  else if (d->nmain)
    cc_buf_puts(out, d->main[0]->key);
  if (!out->ptr)
    S_PUT_LIT(out, "");
}

/* Is entity en an organization with a proper name (CC_EF_NAMED: not
 * "Council" alone), one subject org may take? */
static bool S_named_org(const cc_entity *en) {
  return en->kind == CC_E_ORG && (en->flags & CC_EF_NAMED);
}

/* The key the article names most often among its named organizations,
 * twice at least (the first named of those named as often; the first 256
 * mentions counted: a long list of firms has no one subject), or NULL:
 * a firm named once is an analyst's or a source's more often than the
 * article's subject. */
static const char *S_main_org(const S_doc *d) {
  const cc_doc_view *v = d->v;
  const char *best = NULL;
  uint32_t bestn = 1, seen = 0;
  for (uint32_t i = 0; i < v->nentities && seen < 256; i++) {
    const cc_entity *en = &v->entities[i];
    if (!S_named_org(en))
      continue;
    seen++;
    uint32_t n = 0;
    for (uint32_t j = i; j < v->nentities; j++)
      n += S_named_org(&v->entities[j]) &&
           strcmp(v->entities[j].key, en->key) == 0;
    if (n > bestn) {
      best = en->key;
      bestn = n;
    }
  }
  return best;
}

/* Is the organization at token t the object of a preposition or of
 * "told" ("listed on the London Stock Exchange", "told BBC News"), the
 * article's capitalized words and "the" between them passed over (sb:
 * the sentence's first token)?  Not the subject of the clause then. */
static bool S_org_object(const S_doc *d, uint32_t t, uint32_t sb) {
  static const char *const preps[] = {"on", "in", "at", "to", "from", "by",
                                      "with", "for", "of", "told", "than",
                                      "against", NULL};
  while (t > sb && (d->tok[t - 1].flags & CC_TF_CAP ||
                    strcmp(d->tok[t - 1].norm, "the") == 0))
    t--;
  if (t == sb)
    return false;
  for (size_t i = 0; preps[i]; i++)
    if (strcmp(d->tok[t - 1].norm, preps[i]) == 0)
      return true;
  return false;
}

/* subject org: the organization of the match, else the nearest one in
 * the sentence (before the match first: the subject of the clause), else
 * the last one named in the sentence before it (of the same paragraph:
 * "it reported a loss"), else the one the article names most often;
 * "story" when it names none.  Only named organizations (S_named_org):
 * firms, most of them ("Ruizco reported a loss of $5m"). */
static void S_one_org(const S_doc *d, uint32_t b, uint32_t e, uint32_t s,
                      cc_buf *out) {
  const cc_entity *best = S_clause_entity(d, b, e, s, true);
  const char *k = best ? best->key : S_main_org(d);
  cc_buf_puts(out, k ? k : "story");
}

/* full person: S_one_person's person by full name (S_full_key); the
 * first main participant's by an entity of its key.  Relatives sentenced
 * in one story keep two keys, and a lede that names nobody ("A former
 * clerk was jailed for six years") meets the outlet that names him. */
/* An entity of person key k, and whether the document ever titles that
 * person as a court's officer ("Judge Ann Crane"). */
static const cc_entity *S_key_entity(const S_doc *d, const char *k,
                                     bool *court) {
  const cc_entity *first = NULL;
  *court = false;
  for (uint32_t i = 0; i < d->v->nentities; i++) {
    const cc_entity *x = &d->v->entities[i];
    if (x->kind == CC_E_PERSON && !strcmp(x->key, k)) {
      first = first ? first : x;
      *court |= x->title_kind == CC_T_COURT;
    }
  }
  return first;
}

static void S_full_person(const S_doc *d, uint32_t b, uint32_t e, uint32_t s,
                          cc_buf *out) {
  const cc_entity *en = S_clause_person(d, b, e, s);
  bool court = false;
  if (en)
    S_key_entity(d, en->key, &court);
  /* a judge or a prosecutor is never the one sentenced: then, or with
   * nobody near, the article's main participant who is no such officer */
  for (uint32_t k = 0; (!en || court) && k < d->nmain; k++)
    en = S_key_entity(d, d->main[k]->key, &court);
  if (en && !court)
    S_full_key(en, out);
  if (!out->ptr)
    S_PUT_LIT(out, "");
}

/* lone country: "Inflation rose to 3.4% in March" in an article that
 * names one country only (by name or nationality word: "Norway",
 * "Norwegian"; its towns do not count), keyed by that country as
 * `country $p` keys "Norway's inflation".  Nothing when the article
 * names two countries, or none, or when the match's sentence names a
 * place (then a rule that names it keys it, or the figure is that
 * place's). */
static void S_lone_country(const S_doc *d, uint32_t s, cc_buf *out) {
  const char *one = NULL;
  for (uint32_t i = 0; i < d->v->nentities; i++) {
    const cc_entity *en = &d->v->entities[i];
    if (en->kind != CC_E_PLACE)
      continue;
    if (en->sentence == s || (en->country && one && strcmp(one, en->country)))
      return;
    if (en->country)
      one = en->country;
  }
  if (one)
    cc_buf_puts(out, one);
}

/* Is token t a personal pronoun (he, she, his, her, him, they...)? */
static bool S_third_pronoun(const S_doc *d, uint32_t t) {
  static const char *const pr[] = {"he",   "she",  "him",  "his",
                                   "her",  "they", "them", "their"};
  return S_norm_in(&d->tok[t], pr, sizeof pr / sizeof pr[0]);
}

/* Does the article name someone else more often than en?  Then "the
 * 60-year-old actor" after a sentence about en is likely that one, the
 * article's subject (a film's star named once, then its producer's age).
 * Asked only when such a match is made: entities by key, quadratic in a
 * document's people, which is small. */
static bool S_outnamed(const S_doc *d, const cc_entity *en) {
  size_t mine = 0;
  for (uint32_t i = 0; i < d->v->nentities; i++)
    mine += d->v->entities[i].kind == CC_E_PERSON &&
            strcmp(d->v->entities[i].key, en->key) == 0;
  for (uint32_t i = 0; i < d->v->nentities; i++) {
    const cc_entity *o = &d->v->entities[i];
    if (o->kind != CC_E_PERSON || strcmp(o->key, en->key) == 0)
      continue;
    size_t n = 0;
    for (uint32_t j = 0; j < d->v->nentities && n <= mine; j++)
      n += d->v->entities[j].kind == CC_E_PERSON &&
           strcmp(d->v->entities[j].key, o->key) == 0;
    if (n > mine)
      return true;
  }
  return false;
}

/* full lone person: "Ann Ruiz, 24, scored twice.  The 24-year-old
 * said": the one person named in the sentence before the match (of any
 * paragraph: a news paragraph is often one sentence) or in its own
 * sentence before it, keyed as S_full_key keys one.  Nothing when two
 * people are named there (a surname and its full name are one), or one
 * after the match ("The 29-year-old finished second to Ann Ruiz"), or
 * none; nor when the one is a preposition's or "told"'s object, nor
 * when a pronoun comes before the one ("as she beat rival Ann
 * Ruiz": the sentence is about someone else), nor when the one has no
 * full name ("Alexander" may be a film), nor when the one is titled an
 * official ("Det Insp Tom Berg said a man was held.  The 24-year-old
 * ..." is the man's): a guess is no claim. */
static void S_lone_person(const S_doc *d, uint32_t b, uint32_t s,
                          cc_buf *out) {
  const cc_sentence *se = &d->seg->sentences[s];
  uint32_t lo = s > 0 ? d->seg->sentences[s - 1].tok_begin : se->tok_begin;
  const cc_entity *one = NULL;
  cc_buf k1 = CC_BUF_INIT, k2 = CC_BUF_INIT;
  bool many = false;
  for (uint32_t i = 0; i < d->v->nentities && !many; i++) {
    const cc_entity *en = &d->v->entities[i];
    if (en->kind != CC_E_PERSON || (en->flags & CC_EF_WEAK) ||
        en->tok_begin < lo || en->tok_end > se->tok_end)
      continue;
    if (en->tok_begin >= b) { /* named after the match: not sure */
      many = true;
      break;
    }
    if (!one) {
      one = en;
      S_full_key(en, &k1);
      for (uint32_t t = lo; t < en->tok_begin && !many; t++)
        many = S_third_pronoun(d, t);
      /* a preposition's or "told"'s object ("has told Ruiz Records
       * that"): seldom the one the next sentence is about */
      many |= S_org_object(d, en->tok_begin,
                           en->tok_begin >= se->tok_begin ? se->tok_begin : lo);
      continue;
    }
    cc_buf_reset(&k2);
    S_full_key(en, &k2);
    many = !k1.len || k1.len != k2.len || memcmp(k1.ptr, k2.ptr, k1.len);
  }
  bool court = false, ok = one && !many && k1.len && memchr(k1.ptr, ' ', k1.len);
  ok = ok && !S_outnamed(d, one);
  if (ok)
    S_key_entity(d, one->key, &court);
  if (ok && !court && one->title_kind != CC_T_ROLE &&
      one->title_kind != CC_T_OFFICE && one->title_kind != CC_T_LEADER)
    cc_buf_puts(out, k1.ptr);
  cc_buf_free(&k1);
  cc_buf_free(&k2);
}

/* Seconds in the unit a duration was stated in (for half-unit slack). */
static double S_gran_seconds(int gran) {
  switch (gran) {
  case CC_G_MILLENNIUM: return 1000 * 365.2425 * CC_DAY;
  case CC_G_CENTURY: return 100 * 365.2425 * CC_DAY;
  case CC_G_DECADE:
  case CC_G_YEAR: return 365.2425 * CC_DAY;
  case CC_G_HALF:
  case CC_G_QUARTER:
  case CC_G_SEASON:
  case CC_G_MONTH: return 30.436875 * CC_DAY;
  case CC_G_WEEK: return 7.0 * CC_DAY;
  case CC_G_DAY: return (double)CC_DAY;
  case CC_G_PART_OF_DAY:
  case CC_G_HOUR: return 3600.0;
  case CC_G_MINUTE: return 60.0;
  default: return 0.0;
  }
}

/* cc_format_date's "YYYY-MM-DD" (a BC year signed), written
 * without snprintf: claims format a day or two each. */
static void S_fmt_day(double secs, char *buf) {
  cc_format_date((int64_t)floor(secs / CC_DAY), buf);
}

void cc__fmt_offset(int offset, char *buf) {
  if (offset <= -360000 || offset >= 360000) {
    cc_tz_format_offset(offset, buf);
    return;
  }
  unsigned a = (unsigned)(offset < 0 ? -offset : offset), h = a / 3600,
           m = a % 3600 / 60;
  char *p = buf;
  memcpy(p, "UTC", 3);
  p += 3;
  *p++ = offset < 0 ? '-' : '+';
  if (h >= 10)
    *p++ = (char)('0' + h / 10);
  *p++ = (char)('0' + h % 10);
  if (a % 3600) {
    *p++ = ':';
    *p++ = (char)('0' + m / 10);
    *p++ = (char)('0' + m % 10);
  }
  *p = '\0';
}

/* "2025-08-15T19:30Z" (buf >= 24 bytes). */
static void S_fmt_utc(double secs, char *buf) {
  size_t n = cc_format_datetime((int64_t)floor(secs), buf);
  memcpy(buf + n, "Z", 2);
}


/* A new claim: the document's own (d->out), emptied, so claims after
 * the first allocate nothing and copy no buffers in or out (items and
 * names are read only up to c.nitems, set when they are filled).  A
 * claim is finished (committed or dropped) before the next is taken. */
/* *c = (cc_claim){0} by sixteen-byte stores: GCC zeroes the claim (192
 * bytes) by rep stosq, which took 33 instructions a claim, and more
 * cycles than the stores. */
static void S_zero_claim(cc_claim *c) {
#if defined(__SSE2__)
  _Static_assert(sizeof *c % 16 == 0, "a claim is whole sixteen bytes");
  char *p = (char *)c;
  CC__UNROLL
  for (size_t k = 0; k < sizeof *c; k += 16)
    _mm_storeu_si128((__m128i *)(void *)(p + k), _mm_setzero_si128());
#else
  memset(c, 0, sizeof *c);
#endif
}

static S_out *S_out_take(S_doc *d) {
  S_out *o = &d->outs[d->npend];
  S_zero_claim(&o->c);
  o->rule_id = NULL;
  /* (cc_buf_reset, inline and unrolled) */
#define S_EMPTY(i)                                                           \
  do {                                                                       \
    o->bufs[i].len = 0;                                                      \
    if (o->bufs[i].ptr)                                                      \
      o->bufs[i].ptr[0] = '\0';                                              \
  } while (0)
  _Static_assert(sizeof o->bufs / sizeof o->bufs[0] == 7, "seven buffers");
  S_EMPTY(0);
  S_EMPTY(1);
  S_EMPTY(2);
  S_EMPTY(3);
  S_EMPTY(4);
  S_EMPTY(5);
  S_EMPTY(6);
#undef S_EMPTY
  return o;
}

/* Eight bytes that squeezing leaves as they are: no control character
 * (tab, CR and LF among them) and no two spaces in a row.  Word-at-a-time
 * tests (bytes below 0x20, bytes equal to a space) may flag a byte that
 * is neither (after a flagged one), never miss one: a false alarm only
 * sends the bytes down the byte-by-byte path. */
static bool S_plain8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  uint64_t ctl = (x - 0x20 * ones) & ~x & highs;
  uint64_t sp = x ^ (0x20 * ones);
  sp = (sp - ones) & ~sp & highs;
  return !ctl && !(sp & (sp << 8));
}

#if defined(__SSE2__)
/* The 16 bytes at p that S_plain8 refuses, as bits: a byte below 0x20
 * (unsigned), or a space followed by a space (the last byte: never, as
 * the one after it is not read). */
static unsigned S_bad16(const char *p) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1f)), x);
  __m128i sp = _mm_cmpeq_epi8(x, _mm_set1_epi8(' '));
  __m128i two = _mm_and_si128(sp, _mm_srli_si128(sp, 1));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, two));
}
#endif

size_t cc__squeeze_ws(char *p, size_t n) {
  return cc__squeeze_ws_to(p, p, n);
}

size_t cc__squeeze_ws_to(char *p, const char *src, size_t n) {
  static const bool ws[256] = {[' '] = 1, ['\n'] = 1, ['\r'] = 1, ['\t'] = 1};
  size_t w = 0, i = 0;
  bool space = false; /* a space is owed before the next word */
  while (i < n) {
    /* most of a sentence: sixteen or eight bytes at once, when no space
     * is owed, the block does not start the text with a space and holds
     * no control byte and no two spaces in a row; a space at its end
     * (which could start a run) is left for the next step */
#if defined(__SSE2__)
    /* (a block with a byte S_bad16 flags: the bytes before the first
     * such go as one, and that byte down the byte-by-byte path: wrapped
     * text has a line break every line) */
    while (!space && n - i >= 16 && (w || src[i] != ' ')) {
      unsigned bad = S_bad16(src + i);
      size_t m = bad ? (size_t)__builtin_ctz(bad) : 16;
      size_t k = m - (m && src[i + m - 1] == ' ');
      if (bad) { /* (k bytes only: in place, 16 would change bytes past
                    i + k still to be read) */
        memmove(p + w, src + i, k);
        w += k;
        i += k;
        break;
      }
      memmove(p + w, src + i, 16); /* (w <= i) */
      w += k;
      i += k;
    }
    if (i == n)
      break;
#endif
    if (!space && n - i >= 8 && (w || src[i] != ' ')) {
      uint64_t x;
      memcpy(&x, src + i, 8);
      if (S_plain8(x)) {
        size_t k = 8 - (src[i + 7] == ' ');
        memcpy(p + w, &x, 8);
        w += k;
        i += k;
        continue;
      }
    }
    char ch = src[i++];
    if (ws[(unsigned char)ch]) {
      space = w > 0;
      continue;
    }
    if (space)
      p[w++] = ' ';
    space = false;
    p[w++] = ch;
  }
  return w;
}

/* The sentence's text with each run of white space made one space and
 * none at either end, appended to out with its NUL (kept in out->len):
 * squeezed from the text into the buffer's room, one pass. */
static void S_quote_make(const S_doc *d, uint32_t s, cc_buf *out) {
  const cc_sentence *se = &d->seg->sentences[s];
  uint32_t n = se->end - se->start;
  size_t at = out->len;
  char *p = cc_buf_room(out, n);
  size_t w = cc__squeeze_ws_to(p, d->seg->doc->text + se->start, n);
  p[w] = '\0';
  out->len = at + w + 1;
}

/* The quote of sentence s, valid until the next quote is made: made
 * once per sentence and document, as most claims of a sentence quote it
 * and the built-in claims come back to sentences the rules quoted, and
 * only for a claim S_commit keeps (the store copies it at once). */
static const char *S_quote(S_doc *d, uint32_t s) {
  if (!d->qat)
    d->qat = cc_arena_alloc(d->arena, ((size_t)d->seg->nsentences + 1) *
                                          sizeof *d->qat);
  if (!d->qat[s]) {
    d->qat[s] = (uint32_t)d->quote.len + 1;
    S_quote_make(d, s, &d->quote);
  }
  return d->quote.ptr + d->qat[s] - 1;
}

/* Where it was said: position and text of tokens [b, e) (S_commit
 * quotes sentence s). */
static void S_where(S_doc *d, S_out *o, uint32_t b, uint32_t e,
                    uint32_t s) {
  const cc_doc *doc = d->seg->doc;
  o->c.doc = d->doc_copy ? d->doc_copy : doc->path;
  o->c.source = d->doc_copy ? d->source_copy : doc->meta.source;
  o->c.doc_index = doc->index;
  o->c.line = d->tok[b].line;
  o->c.col = d->tok[b].col;
  o->c.start = d->tok[b].start;
  o->c.end = d->tok[e - 1].end;
  o->c.sentence = s;
  cc_buf_reset(&o->text);
  cc_buf_put(&o->text, doc->text + o->c.start, o->c.end - o->c.start);
  if (d->has_date) {
    o->c.flags |= CC_CF_DOC_DATE;
    o->c.doc_date = d->date_days;
    if (doc->meta.date_src == CC_DATE_INFERRED)
      o->c.flags |= CC_CF_DATE_INFERRED;
  }
}

static void S_flush(S_doc *d);

/* Keep o for the store (S_flush) unless an equal claim was made; true
 * when kept (o is then the store's to read: not to be changed). */
static bool S_commit(S_doc *d, S_out *o) {
  cc_claim *c = &o->c;
  c->subject = S_vstr(&o->subject);
  c->object = S_vstr(&o->object);
  c->value = S_vstr(&o->value);
  c->value2 = S_vstr(&o->value2);
  c->derivation = S_vstr(&o->deriv);
  c->text = S_vstr(&o->text);
  c->rule = o->rule_id ? o->rule_id : S_vstr(&o->rule);
  c->items = c->nitems ? o->items : NULL;
  c->item_names = c->nitems ? o->names : NULL;
  c->key = NULL;
  cc_buf k = o->key;
  /* one claim per frame, subject and value mention: the first rule (in
   * file order) that reads a mention wins, whatever object it names */
  /* the key is "FRAME{SUBJECT}@" and START's four bytes as they are in
   * memory (not in decimal: a fixed length after the "@" tells keys
   * apart as well, and the key is never read as text) */
  char num[6] = {'}', '@'};
  uint32_t v = c->start;
  memcpy(num + 2, &v, sizeof v);
  /* (written in place: one room check, no call per piece) */
  /* (the frame is the rule set's or a literal: the same address, the
   * same length; the subject's is its buffer's) */
  if (c->frame != d->frame_at) {
    d->frame_at = c->frame;
    d->frame_len = strlen(c->frame);
  }
  size_t fl = d->frame_len, sl = o->subject.len, nl = sizeof num;
#ifdef CC_RULES_CHECK_PROBE
  if (fl != strlen(c->frame) || sl != strlen(c->subject))
    abort();
#endif
  k.len = 0;
  char *p = cc_buf_room(&k, fl + 1 + sl + nl);
  memcpy(p, c->frame, fl);
  p[fl] = '{';
  memcpy(p + fl + 1, c->subject, sl);
  size_t base = fl + 1 + sl;
  memcpy(p + base, num, nl);
  k.len = base + nl;
  p[k.len] = '\0';
  uint32_t hv = S_key_hash(k.ptr, k.len);
  S_hslot *e = S_htab_find(d->seen, k.ptr, (uint32_t)k.len, hv);
  if (e->stamp == d->seen->stamp) {
    o->key = k; /* (kept for the next claim) */
    return false;
  }
  const char *kept = memcpy(cc_arena_alloc_raw(d->arena, k.len), k.ptr, k.len);
  if (!S_htab_take(d->seen, e, kept, (uint32_t)k.len, hv, 0))
    S_htab_take(d->seen, S_htab_find(d->seen, k.ptr, (uint32_t)k.len, hv),
                kept, (uint32_t)k.len, hv, 0);
  /* the claim's key is cc_claim_make_key's "FRAME{SUBJECT}[|OBJECT]":
   * the same start, given so that the store need not build it */
  k.len = base + 1;
  k.ptr[base] = '}';
  k.ptr[base + 1] = '\0';
  if (*c->object) {
    cc_buf_putc(&k, '|');
    cc_buf_puts(&k, c->object);
  }
  c->key = k.ptr;
  o->key = k;
  if (++d->npend == S_PEND)
    S_flush(d);
  return true;
}

/* The kept claims to the store, in the order kept (the store numbers
 * them so), each with its sentence's quote (made now: a claim made
 * already needed none). */
static void S_flush(S_doc *d) {
  for (uint32_t i = 0; i < d->npend; i++) {
    S_out *o = &d->outs[i];
    cc_claim *c = &o->c;
    if (d->doc_copy) { /* (the store knows its own copies by address) */
      c->doc = d->doc_copy;
      c->source = d->source_copy;
    }
    c->quote = S_quote(d, c->sentence);
    /* the frame is the rule set's or a literal, and so is the rule name
     * unless rule_id is NULL (then a buffer of o's); the built-in claims
     * alone have no rule set, and literals (owner 0: compared) */
    const cc_claim *n = cc_claim_store_add_fixed(
        d->store, c, o->rule_id && d->rs ? d->rs->serial : 0);
    d->doc_copy = n->doc;
    d->source_copy = n->source;
  }
  d->npend = 0;
}

/* A buffer as another reads (its length and bytes; empty stays
 * empty). */
static void S_buf_copy(cc_buf *dst, const cc_buf *src) {
  dst->len = 0;
  if (src->len)
    cc_buf_put(dst, src->ptr, src->len);
  else if (dst->ptr)
    dst->ptr[0] = '\0';
}

/* S_commit for a caller that goes on with o (another subject, a twin):
 * a kept o waits for the store unchanged, so the caller goes on with a
 * copy of it in the next slot (rare: most claims are made once). */
static S_out *S_commit_on(S_doc *d, S_out *o) {
  if (!S_commit(d, o))
    return o;
  S_out *n = &d->outs[d->npend];
  n->c = o->c;
  n->rule_id = o->rule_id;
  for (int i = 0; i < 7; i++)
    S_buf_copy(&n->bufs[i], &o->bufs[i]);
  memcpy(n->items, o->items, sizeof n->items);
  memcpy(n->names, o->names, sizeof n->names);
  return n;
}

/* A time with no date in a zone of one offset ("1900 GMT", "2pm EST"):
 * its time of day in UTC, "T19:00Z", into out (the check stage puts it
 * on the story's day); false for any other mention. */
static bool S_utc_clock(const cc_mention *m, cc_buf *out) {
  int h, mi;
  char tail;
  if (!(m->flags & CC_MF_OFFSET) || m->type != CC_M_TIME || !isnan(m->lo) ||
      sscanf(m->value, "T%2d:%2d%c", &h, &mi, &tail) != 2 || h > 23 ||
      mi > 59)
    return false;
  int t = ((h * 3600 + mi * 60 - m->utc_offset) % 86400 + 86400) % 86400;
  cc_buf_printf(out, "T%02d:%02dZ", t / 3600, t % 3600 / 60);
  return true;
}

/* The claim's flags for how a time's zone was known: inferred (not said
 * beside it), and then whether from the article's timezone field; and
 * the zone inferred, which two articles may share (the check then
 * compares their times as they are). */
static void S_zone_set(cc_claim *c, const cc_mention *m) {
  if (!(m->flags & CC_MF_ZONE_INFERRED))
    return;
  c->flags |= (m->flags & CC_MF_ZONE_GIVEN)
                  ? CC_CF_ZONE_INFERRED | CC_CF_ZONE_GIVEN
                  : CC_CF_ZONE_INFERRED;
  c->zone = cc_zone_id(m->zone);
}

/* Is m a count written with a dash glued to it after a space or at the
 * start ("HELSINKI -12 people were killed": a dateline's dash that lost
 * its space; "-12 people" as a list's bullet)?  No count of people,
 * votes or pages is below zero, so that dash is punctuation and the count
 * is its magnitude: the figure the other outlets give.  A dash between two
 * figures ("3-1", "88-4") has no space before it, and "minus 12" and
 * U+2212 are no dash (the writer meant a sign); temperatures and changes are quantities and
 * percentages, which keep their sign. */
static bool S_dash_count(const S_doc *d, const cc_mention *m) {
  if (m->type != CC_M_NUMBER || !(m->hi < 0))
    return false;
  const char *t = d->seg->doc->text;
  uint32_t s = m->start, n = 1; /* (a hyphen, else an en or em dash) */
  if (t[s] != '-') {
    if (memcmp(t + s, "\xe2\x80\x93", 3) && memcmp(t + s, "\xe2\x80\x94", 3))
      return false;
    n = 3;
  }
  if (t[s + n] < '0' || t[s + n] > '9')
    return false;
  return s <= d->seg->doc->body || t[s - 1] == ' ' || t[s - 1] == '\t' ||
         t[s - 1] == '\n';
}

/* Value of a mention: interval, display, granularity, flags. */
static void S_value_mention(const S_doc *d, S_out *o, const cc_mention *m) {
  o->c.gran = m->gran;
  o->c.qual = m->qual;
  if (m->flags & CC_MF_YEAR_INFERRED)
    o->c.flags |= CC_CF_YEAR_INFERRED;
  if (m->flags & CC_MF_RELATIVE)
    o->c.flags |= CC_CF_RELATIVE;
  if (m->flags & CC_MF_UNRESOLVED)
    o->c.flags |= CC_CF_UNRESOLVED;
  S_zone_set(&o->c, m);
  if (m->type == CC_M_TIME && (m->flags & CC_MF_RELATIVE))
    o->c.flags |= CC_CF_TIME_ONLY;
  memcpy(o->c.unit, m->unit, sizeof o->c.unit);
  switch (m->type) {
  case CC_M_DATE: o->c.vkind = CC_VK_INSTANT; break;
  case CC_M_TIME:
  case CC_M_DATETIME: o->c.vkind = CC_VK_INSTANT; break;
  case CC_M_DURATION: o->c.vkind = CC_VK_DURATION; break;
  case CC_M_PERCENT: o->c.vkind = CC_VK_PERCENT; break;
  case CC_M_MONEY: o->c.vkind = CC_VK_MONEY; break;
  case CC_M_QUANTITY: o->c.vkind = CC_VK_QUANTITY; break;
  default: o->c.vkind = CC_VK_COUNT; break;
  }
  cc_buf_reset(&o->value);
  if ((m->type == CC_M_TIME || m->type == CC_M_DATETIME) &&
      (m->flags & CC_MF_UTC)) {
    o->c.lo = m->utc_lo;
    o->c.hi = m->utc_hi;
    char buf[40];
    S_fmt_utc(m->utc_lo, buf);
    cc_buf_puts(&o->value, buf);
  } else if (S_utc_clock(m, &o->value)) {
    o->c.lo = o->c.hi = NAN;
  } else if (S_dash_count(d, m)) { /* (its magnitude) */
    o->c.lo = -m->hi;
    o->c.hi = -m->lo;
    cc_buf_puts(&o->value, m->value + (m->value[0] == '-'));
  } else {
    o->c.lo = m->lo;
    o->c.hi = m->hi;
    cc_buf_puts(&o->value, m->value);
  }
}

/* The day (as civil seconds) secs before day D: whole months and years
 * are counted on the calendar (2025-03-10 minus 8 months is 2024-07-10),
 * the rest in seconds. */
static double S_back(int64_t D, double secs) {
  double month = 30.436875 * CC_DAY;
  double months = secs / month;
  double whole = floor(months + 0.5);
  if (secs >= 28.0 * CC_DAY && fabs(months - whole) < 0.02 && whole < 120000)
    return (double)cc_add_months(D, -(int)whole) * CC_DAY;
  return (double)D * CC_DAY - secs;
}

/* snprintf's "%g %s" of v and unit into buf (cap bytes); whole numbers
 * under a million, which %g writes as integers, without snprintf. */
static void S_num_unit(double v, const char *unit, char *buf, size_t cap) {
  size_t un = strlen(unit);
  if (v == floor(v) && fabs(v) < 1e6 && !(v == 0 && signbit(v)) &&
      un + 9 < cap) {
    char *p = buf;
    if (v < 0)
      *p++ = '-';
    p = cc_put_uint(p, (unsigned long long)fabs(v), 1);
    *p++ = ' ';
    memcpy(p, unit, un + 1);
    return;
  }
  snprintf(buf, cap, "%g %s", v, unit);
}

/* The document's date as cc_format_date writes it, made once. */
static const char *S_doc_day(S_doc *d) {
  if (!d->day[0])
    cc_format_date(d->date_days, d->day);
  return d->day;
}

/* docdate - $x [unit] and age $n: the instant the text counts back to.
 * A duration or a count of units stands for N - 1/2 to N + 1 units
 * ("six years" is 5.5 to 7 years: elapsed time is rounded down more often
 * than up); an age of n means born n to n+1 years before. */
static bool S_value_back(S_doc *d, const cc__rule *r, S_out *o,
                         const cc_mention *m) {
  double lo = m->lo, hi = m->hi, u;
  char iso[48];
  if (r->val_unit) {
    static const char *const names[] = {"", "years", "months", "days"};
    double unit = r->val_unit == CC__U_YEARS ? 365.2425 * CC_DAY
                  : r->val_unit == CC__U_MONTHS ? 30.436875 * CC_DAY
                                                : (double)CC_DAY;
    lo *= unit;
    hi = r->val == CC__VAL_AGE ? (hi + 1) * unit : hi * unit;
    u = r->val == CC__VAL_AGE ? 0 : unit;
    S_num_unit(m->lo, names[r->val_unit], iso, sizeof iso);
    o->c.gran = r->val_unit == CC__U_YEARS ? CC_G_YEAR
                : r->val_unit == CC__U_MONTHS ? CC_G_MONTH : CC_G_DAY;
  } else { /* (what snprintf "%s" would write, without its cost) */
    u = S_gran_seconds(m->gran);
    size_t n = strnlen(m->value, sizeof iso - 1);
    memcpy(iso, m->value, n);
    iso[n] = '\0';
    o->c.gran = m->gran == CC_G_DECADE ? CC_G_YEAR : m->gran;
  }
  o->c.qual = m->qual;
  o->c.vkind = CC_VK_INSTANT;
  o->c.flags |= CC_CF_RELATIVE;
  cc_buf_reset(&o->deriv);
  cc_buf_reset(&o->value);
  if (!d->has_date) {
    o->c.flags |= CC_CF_UNRESOLVED;
    o->c.lo = o->c.hi = NAN;
    S_PUT_LIT(&o->deriv, "? - ");
    cc_buf_puts(&o->deriv, iso);
    S_PUT_LIT(&o->value, "?");
    return true;
  }
  cc_buf_puts(&o->deriv, S_doc_day(d));
  S_PUT_LIT(&o->deriv, " - ");
  cc_buf_puts(&o->deriv, iso);
  /* news rounds elapsed time down: "the first meeting in five years"
   * after five and a half years is usual, so N units stand for N - 1/2
   * to N + 1 units */
  double blo = S_back(d->date_days, lo), /* (each once: S_back may add */
      bhi = isinf(hi) ? 0 : S_back(d->date_days, hi); /* months) */
  o->c.lo = isinf(hi) ? -INFINITY : bhi - u;
  o->c.hi = isinf(lo) ? INFINITY : blo + u / 2;
  char mid[16];
  S_fmt_day(isinf(hi) ? blo : (blo + bhi) / 2, mid);
  cc_buf_puts(&o->value, mid);
  return true;
}

/* Fill a list value from list L (plus one person). */
static void S_value_list(const S_doc *d, S_out *o, const S_list *L,
                         const char *plus_key, const char *plus_name) {
  uint32_t n = 0;
  cc_buf_reset(&o->value);
  for (uint32_t k = 0; k < L->n && n < S_MAX_LIST; k++) {
    const cc_entity *en = &d->v->entities[L->items[k]];
    o->items[n] = en->key;
    o->names[n++] = en->surface;
  }
  if (plus_key) {
    bool dup = false;
    for (uint32_t k = 0; k < n; k++)
      dup |= strcmp(o->items[k], plus_key) == 0;
    if (!dup) {
      o->items[n] = plus_key;
      o->names[n++] = plus_name;
    }
  }
  for (uint32_t k = 0; k < n; k++) {
    if (k)
      S_PUT_LIT(&o->value, "; ");
    cc_buf_puts(&o->value, o->names[k]);
  }
  if (!o->value.ptr)
    S_PUT_LIT(&o->value, "");
  o->c.nitems = n;
  o->c.vkind = CC_VK_LIST;
  o->c.lo = o->c.hi = n;
}

/* A number mention n over tokens [b, e), made in *tmp. */
static const cc_mention *S_num_mention(cc_mention *tmp, int n, uint32_t b,
                                       uint32_t e) {
  memset(tmp, 0, sizeof *tmp);
  tmp->type = CC_M_NUMBER;
  tmp->weekday = -1;
  tmp->pair = tmp->anchor_mention = -1;
  tmp->lo = tmp->hi = n;
  tmp->tok_begin = b;
  tmp->tok_end = e;
  snprintf(tmp->value, sizeof tmp->value, "%d", n);
  return tmp;
}

/* The mention a capture holds; a bare number, or the N of "two-on-two"
 * (for ranges), is made into one in *tmp. */
static const cc_mention *S_cap_mention(const S_doc *d, const S_cap *c,
                                       cc_mention *tmp) {
  if (!c)
    return NULL;
  if (c->ref <= S_REF_NUM)
    return S_num_mention(tmp, S_REF_NUM - c->ref, c->b, c->e);
  if (c->slot == CC__S_NONN)
    return S_num_mention(tmp, c->ref, c->b, c->e);
  if (c->slot == CC__S_PERSON || c->slot == CC__S_PLACE ||
      c->slot == CC__S_ORG || c->slot == CC__S_LIST)
    return NULL;
  return S_mention(d, c->ref);
}

/* The capture a rule's value is read from: its value slot's, or for
 * "value max $a $b" ("min"), the one of the two counts that is larger
 * (smaller); a loss is written either way round ("lost 1-2", "lost 2-1"). */
static const S_cap *S_value_cap(const S_doc *d, const cc__rule *r,
                                const cc__prog *g, const S_cap *caps) {
  const S_cap *c = S_capture_at(caps, g->cap_val);
  const S_cap *c2 = r->val_pick ? S_capture_at(caps, g->cap_plus) : NULL;
  if (!c || !c2)
    return c;
  cc_mention t1, t2;
  const cc_mention *m1 = S_cap_mention(d, c, &t1);
  const cc_mention *m2 = S_cap_mention(d, c2, &t2);
  if (!m1 || !m2)
    return c;
  return (r->val_pick > 0 ? m2->lo > m1->lo : m2->lo < m1->lo) ? c2 : c;
}

/* Frames named "*.date" hold days: "Friday morning" claims the whole
 * Friday, so morning and afternoon reports of one day agree. */
static void S_whole_day(const cc__rule *r, S_out *o, const cc_mention *m) {
  size_t n = strlen(r->info.frame);
  if (n < 5 || strcmp(r->info.frame + n - 5, ".date") != 0 ||
      m->type != CC_M_DATE || m->gran <= CC_G_DAY || !isfinite(m->lo))
    return;
  double day = floor(m->lo / CC_DAY) * CC_DAY;
  o->c.lo = day;
  o->c.hi = day + CC_DAY;
  o->c.gran = CC_G_DAY;
  char buf[16];
  S_fmt_day(day, buf);
  cc_buf_reset(&o->value);
  cc_buf_puts(&o->value, buf);
}

/* Is the date mention m after the match's end e and after a word of
 * comparison that follows e ("Turnout was 58%, up from 57% at the
 * previous election in 2022": the earlier year is the comparison's; "X,
 * 63, who served from 2008 to 2011": a background span)? */
/* Is token k a word of comparison ("from", "than", "compared", "versus",
 * "vs": S_compared_after, S_compared_before)? */
static bool S_compare_word(const S_doc *d, uint32_t k) {
  static const char *const words[] = {"from", "than", "compared", "versus",
                                      "vs", NULL};
  if (d->tok[k].kind != CC_TOK_WORD)
    return false;
  for (const char *const *w = words; *w; w++)
    if (!strcmp(d->tok[k].norm, *w))
      return true;
  return false;
}

static bool S_compared_after(const S_doc *d, const cc_mention *m, uint32_t e) {
  if (m->tok_begin < e)
    return false;
  /* (the mention's own first word too: "from 2008 to 2011") */
  for (uint32_t k = e; k <= m->tok_begin; k++)
    if (S_compare_word(d, k))
      return true;
  return false;
}

#define S_PAST_BEGIN (28 * CC_DAY)
#define S_PAST_END (7 * CC_DAY)

/* Does the article name a day in the week up to its date ("on
 * Wednesday", "on May 28")?  Then that is its story's time, and a time
 * weeks before it another event's (S_weeks_before); without one, a
 * story told weeks on ("closed for six days in March", in October) is
 * its own. */
static bool S_recent_day(S_doc *d) {
  if (d->recent < 0) {
    double date = (double)d->date_days * CC_DAY;
    d->recent = 0;
    for (uint32_t i = 0; i < d->v->nmentions && !d->recent; i++) {
      const cc_mention *m = &d->v->mentions[i];
      d->recent = (m->type == CC_M_DATE || m->type == CC_M_DATETIME) &&
                  m->gran <= CC_G_DAY && m->lo >= date - S_PAST_END &&
                  m->lo < date + CC_DAY;
    }
  }
  return d->recent;
}

/* A date of a dated article's sentence that makes its figures background:
 * a year before the article's ("in 1987"), anywhere in the sentence. */
static bool S_past_year(const cc_mention *m, int year) {
  if (m->type != CC_M_DATE || (m->flags & CC_MF_RELATIVE) ||
      !isfinite(m->hi) || !isfinite(m->lo) || m->open == CC_Q_SINCE)
    return false; /* ("the lowest since 2001": a span up to now) */
  return cc_civil_from_days((int64_t)floor((m->hi - 1) / CC_DAY)).y < year;
}

/* "since 2015, when a dam failure killed 19": a "since" year that a
 * "when" clause right after it dates, told before the figure (te: the
 * sentence's end), is that earlier event's time, past as "in 2015" is. */
static bool S_since_when(const S_doc *d, const cc_mention *m, int year,
                         uint32_t b, uint32_t te) {
  if (m->type != CC_M_DATE || m->open != CC_Q_SINCE ||
      (m->flags & CC_MF_RELATIVE) || !isfinite(m->lo) ||
      m->tok_end + 1 >= te || m->tok_end + 1 >= b)
    return false;
  const cc_token *c = &d->tok[m->tok_end], *w = &d->tok[m->tok_end + 1];
  return c->norm_len == 1 && c->norm[0] == ',' && w->norm_len == 4 &&
         memcmp(w->norm, "when", 4) == 0 &&
         cc_civil_from_days((int64_t)floor(m->lo / CC_DAY)).y < year;
}

/* The time nearest before a figure, in an article that names a day of
 * its last week (S_recent_day), that makes the figure another event's: it
 * began four weeks or more before the article's date and ended a week or
 * more before it ("Last year, 40 people were killed", "a similar attack
 * two years ago killed 20", "In March, a landslide killed seven" in a June
 * article).  Only the nearest: "Last year's floods hit the town, and on
 * Monday 25 people were killed" is Monday's figure.  A time after the
 * figure is its own or a clause's ("closed for four days in September",
 * "pleaded guilty on Friday ... when he was questioned early this
 * year"); "since May" is a span up to now. */
static bool S_weeks_before(S_doc *d, const cc_mention *m) {
  if (!isfinite(m->hi) || !isfinite(m->lo) || m->open == CC_Q_SINCE)
    return false;
  double date = (double)d->date_days * CC_DAY;
  return m->lo <= date - S_PAST_BEGIN && m->hi <= date - S_PAST_END &&
         S_recent_day(d);
}

static bool S_tok_is(const S_doc *d, uint32_t k, const char *w) {
  return d->tok[k].norm_len == strlen(w) && !strcmp(d->tok[k].norm, w);
}

/* Is the date m inside a clause about a person set off by a comma (",
 * who co-wrote a 1998 memoir,", ", whose 2010 campaign ...") that does
 * not hold the match (tokens b to e)?  Such a clause tells the person's
 * past, not when the sentence's figure happened.  Only "who", "whose"
 * and "whom": a "which" clause may date the figure's own event ("the
 * dam, which burst in 1987, killed 14 people"). */
static bool S_who_clause(const S_doc *d, const cc_sentence *se,
                         const cc_mention *m, uint32_t b, uint32_t e) {
  uint32_t k = m->tok_begin, end = m->tok_end;
  for (;;) { /* back to the clause's first word, no comma between */
    if (k <= se->tok_begin + 1 || S_tok_is(d, k - 1, ","))
      return false;
    k--;
    if ((S_tok_is(d, k, "who") || S_tok_is(d, k, "whose") ||
         S_tok_is(d, k, "whom")) && S_tok_is(d, k - 1, ","))
      break;
  }
  while (end < se->tok_end && !S_tok_is(d, end, ","))
    end++;
  return e <= k || b >= end;
}

/* Is the date mention m, before the match's start b, a comparison's
 * told ahead of the figure ("Down from 28.9% last year, the pass rate was
 * 97.1%", "Compared with 40 in 2019, 55 died")?  A word of comparison
 * and then a number in the five words before m, no comma between, and a
 * comma after m before b: the date is the earlier figure's, not this
 * one's.  A span's start ("From 2020, the rate rose") has no number
 * between. */
static bool S_compared_before(const S_doc *d, const cc_sentence *se,
                              const cc_mention *m, uint32_t b) {
  if (m->tok_end > b)
    return false;
  bool comma = false;
  for (uint32_t k = m->tok_end; k < b && !comma; k++)
    comma = S_tok_is(d, k, ",");
  if (!comma)
    return false;
  bool num = false;
  for (uint32_t k = m->tok_begin, n = 0; k > se->tok_begin && n < 5; n++) {
    k--;
    if (S_tok_is(d, k, ","))
      return false;
    if (d->tok[k].kind == CC_TOK_NUM)
      num = true;
    else if (num && S_compare_word(d, k))
      return true;
  }
  return false;
}

/* No date in sentence s makes its figure (tokens b to e) background
 * (S_past_year, S_weeks_before), but for one that a comparison after the
 * match's end e brings in, or a clause about a person (S_who_clause).  Without a
 * publication date any year written out counts: "the flood killed 4,000 in
 * 1987" is background, whatever the article's date. */
static bool S_current(S_doc *d, uint32_t s, uint32_t b, uint32_t e) {
  const cc_sentence *se = &d->seg->sentences[s];
  if (!d->has_date) {
    for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
      const cc_mention *m = S_mention(d, d->m_at[t]);
      if (!m || m->type != CC_M_DATE || (m->flags & CC_MF_RELATIVE) ||
          m->open == CC_Q_SINCE || S_compared_after(d, m, e) ||
          S_compared_before(d, se, m, b) || S_who_clause(d, se, m, b, e))
        continue;
      for (uint32_t k = m->tok_begin; k < m->tok_end; k++)
        if (d->tok[k].kind == CC_TOK_NUM && d->tok[k].norm_len == 4)
          return false;
    }
    return true;
  }
  int year = cc_civil_from_days(d->date_days).y;
  const cc_mention *near = NULL; /* the last time ending before b */
  for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
    const cc_mention *m = S_mention(d, d->m_at[t]);
    if (!m)
      continue;
    bool past = S_past_year(m, year) ||
                S_since_when(d, m, year, b, se->tok_end);
    if ((past || m->tok_end <= b) &&
        (S_compared_after(d, m, e) || S_compared_before(d, se, m, b)))
      continue;
    bool before = (m->type == CC_M_DATE || m->type == CC_M_DATETIME) &&
                  m->tok_end <= b;
    if ((past || before) && S_who_clause(d, se, m, b, e))
      continue; /* (neither background nor the figure's time) */
    if (past)
      return false;
    if (before)
      near = m;
  }
  return !near || !S_weeks_before(d, near);
}

/* Does m lie in q's range?  A value open at one end ("over an hour",
 * "more than 200": [1 hour, open)) is tested by its known end, which
 * must lie in the range; the open end leaves the range only when that end
 * is already its bound ("over 23 hours" is not in ..23 hours).  A dashed
 * count (S_dash_count) is tested by its magnitude. */
static bool S_in_range(const S_doc *d, const cc_mention *m,
                       const cc__require *q) {
  double lo = m->lo, hi = m->hi;
  if (S_dash_count(d, m)) {
    lo = -m->hi;
    hi = -m->lo;
  }
  if (isinf(hi) && !isinf(lo)) /* open above */
    return lo >= q->lo && (lo < q->hi || isinf(q->hi));
  if (isinf(lo) && !isinf(hi)) /* open below */
    return hi <= q->hi && (hi > q->lo || isinf(q->lo));
  return lo >= q->lo && hi <= q->hi;
}

static bool S_require(S_doc *d, const cc__rule *r, const cc__prog *g,
                      const S_cap *caps, uint32_t s, uint32_t b, uint32_t e) {
  if (!r->measure) { /* a quantity is a count only where a rule asks */
    cc_mention tmp;
    const cc_mention *v = S_cap_mention(d, S_value_cap(d, r, g, caps),
                                        &tmp);
    if (v && v->type == CC_M_QUANTITY)
      return false;
  }
  for (uint32_t i = 0; i < r->nreqs; i++) {
    const cc__require *q = &r->reqs[i];
    if (q->kind == CC__REQ_CURRENT) {
      if (!S_current(d, s, b, e))
        return false;
      continue;
    }
    const S_cap *c = S_capture_at(caps, g->req_cap[i]);
#ifdef CC_RULES_CHECK_PROBE /* the capture cc__rules_finish found */
    if (c != S_capture(g, caps, q->cap))
      abort();
#endif
    cc_mention tmp;
    const cc_mention *m = S_cap_mention(d, c, &tmp);
    if (!m)
      return false;
    double D = (double)d->date_days * CC_DAY;
    switch (q->kind) {
    case CC__REQ_PAST:
      if (!d->has_date || !(m->hi <= D - q->lo * CC_DAY))
        return false;
      break;
    case CC__REQ_FUTURE:
      if (!d->has_date || !(m->lo >= D + q->lo * CC_DAY))
        return false;
      break;
    case CC__REQ_RANGE:
      if (!S_in_range(d, m, q))
        return false;
      break;
    case CC__REQ_MEASURE:
      if (m->type != CC_M_QUANTITY ||
          strncmp(m->unit, q->unit, sizeof m->unit) != 0)
        return false;
      break;
    case CC__REQ_YEAR: { /* the text itself gives a year */
      bool year = false;
      for (uint32_t t = m->tok_begin; t < m->tok_end && !year; t++)
        year = d->tok[t].kind == CC_TOK_NUM && d->tok[t].norm_len == 4;
      if (!year)
        return false;
      break;
    }
    }
  }
  return true;
}

/* Does an alternative of ls start at a token of [b, to) (and end by e)? */
static bool S_any_word_to(const S_doc *d, const cc__litset *ls, uint32_t b,
                          uint32_t to, uint32_t e) {
  for (uint32_t i = b; i < to && i < e; i++) {
    S_CHECK_ALTS(d, ls, i, e);
    CC__FOR_ALTS(ls, d->wid[i], k)
      if (S_lit_len(d, &ls->alts[k], i, e))
        return true;
  }
  return false;
}

/* Does sentence s (the one being matched) hold a first word of ls?  If
 * not, no alternative of ls starts in it. */
static bool S_firsts_present(const S_doc *d, const cc__litset *ls,
                             uint32_t s) {
  for (uint16_t a = 0; a < ls->nfirsts; a++)
    if (d->present[ls->firsts[a]] == S_mark(d, s))
      return true;
  return false;
}

/* S_any_word over [b, e) where the tokens from tb on are sentence s's:
 * those are scanned only when s holds a first word of ls. */
static bool S_any_word_in(const S_doc *d, const cc__litset *ls, uint32_t b,
                          uint32_t e, uint32_t tb, uint32_t s) {
  uint32_t mid = tb > b ? (tb < e ? tb : e) : b;
  if (mid > b && S_any_word_to(d, ls, b, mid, e))
    return true;
  return mid < e && S_firsts_present(d, ls, s) &&
         S_any_word_to(d, ls, mid, e, e);
}

/* The "unless" and "context" clauses (a context word may be in the
 * previous sentence, whose words are then looked up if they were not). */
static bool S_context_ok(S_doc *d, const cc__rule *r, uint32_t b,
                         uint32_t e, uint32_t s) {
  const cc_sentence *se = &d->seg->sentences[s];
  if (r->unless.nalts) {
    uint32_t from = b >= se->tok_begin + 4 ? b - 4 : se->tok_begin;
    if (S_any_word_in(d, &r->unless, from, e, se->tok_begin, s))
      return false;
  }
  if (r->unless_after.nalts) {
    uint32_t to = e + 4 < se->tok_end ? e + 4 : se->tok_end;
    if (S_any_word_in(d, &r->unless_after, e, to, se->tok_begin, s))
      return false;
  }
  if (r->unless_sentence.nalts &&
      S_any_word_in(d, &r->unless_sentence, se->tok_begin, se->tok_end,
                    se->tok_begin, s))
    return false;
  if (r->context.nalts) {
    uint32_t from = se->tok_begin;
    for (uint32_t k = 1; k <= r->context_back && k <= s; k++) {
      const cc_sentence *pe = &d->seg->sentences[s - k];
      if (pe->para != se->para)
        break;
      from = pe->tok_begin;
      if (!d->wmade[s - k]) { /* (its words, and those up to the next) */
        S_sentence_words(d, s - k);
        S_words_range(d, pe->tok_end, d->seg->sentences[s - k + 1].tok_begin);
      }
    }
    if (!S_any_word_in(d, &r->context, from, se->tok_end, se->tok_begin, s))
      return false;
  }
  return true;
}

static bool S_open(const S_doc *d, const cc__rule *r, uint32_t b, uint32_t e,
                   uint32_t s) {
  if (!r->open)
    return false;
  return r->open_when.nalts == 0 ||
         S_any_word_in(d, &r->open_when, b, e, b, s);
}

/* The value of the match into o; false when it cannot be made. */
static bool S_value(S_doc *d, const cc__rule *r, const cc__prog *g,
                    const S_cap *caps, S_out *o, const cc_mention **vm,
                    cc_mention *tmp) {
  const S_cap *c = S_value_cap(d, r, g, caps);
  *vm = NULL;
  if (!c)
    return false;
  if (c->slot == CC__S_LIST) {
    const S_list *L = CC_VEC_AT(&d->lists, S_list, c->ref);
    const char *pk = NULL, *pn = NULL;
    if (r->val == CC__VAL_LIST_PLUS) {
      const S_cap *pc = S_capture_at(caps, g->cap_plus);
      if (pc && r->plus_leader) {
        cc_buf k = CC_BUF_INIT;
        S_cap_key(d, pc, &k);
        pk = S_leader(d, k.ptr);
        pn = pk;
        /* a leader found among the people: show a name as written */
        for (uint32_t i = 0; i < d->v->nentities; i++)
          if (d->v->entities[i].kind == CC_E_PERSON &&
              strcmp(d->v->entities[i].key, pk) == 0) {
            pk = d->v->entities[i].key;
            pn = d->v->entities[i].surface;
            break;
          }
        if (pk == pn) /* no such person: nothing to add */
          pk = pn = NULL;
        cc_buf_free(&k);
      } else if (pc) {
        const cc_entity *en = S_entity(d, pc->ref);
        if (en) {
          pk = en->key;
          pn = en->surface;
        }
      }
    }
    S_value_list(d, o, L, pk, pn);
    return true;
  }
  if (c->slot == CC__S_NONN) {
    o->c.vkind = CC_VK_COUNT;
    o->c.lo = o->c.hi = c->ref;
    cc_buf_reset(&o->value);
    cc_buf_printf(&o->value, "%d", c->ref);
    return true;
  }
  const cc_mention *m = S_cap_mention(d, c, tmp);
  if (!m)
    return false;
  *vm = m;
  if (r->val == CC__VAL_DOC_MINUS || r->val == CC__VAL_AGE)
    return S_value_back(d, r, o, m);
  S_value_mention(d, o, m);
  S_whole_day(r, o, m);
  return true;
}

static void S_subject(const S_doc *d, const cc__rule *r, const cc__prog *g,
                      const S_cap *caps, uint32_t b, uint32_t e, uint32_t s,
                      cc_buf *out) {
  const S_cap *c = S_capture_at(caps, g->cap_subj);
  switch (r->subj) {
  case CC__SUBJ_CAP:
    if (c)
      S_cap_key(d, c, out);
    break;
  case CC__SUBJ_COUNTRY:
    if (c)
      S_cap_country(d, c, out);
    break;
  case CC__SUBJ_MEMBER:
    if (c)
      S_cap_member(d, c, out);
    break;
  case CC__SUBJ_FULL:
    if (c)
      S_cap_full(d, c, out);
    break;
  case CC__SUBJ_LEADER:
    if (c) {
      cc_buf k = CC_BUF_INIT;
      S_cap_country(d, c, &k);
      cc_buf_puts(out, S_leader(d, k.ptr));
      cc_buf_free(&k);
    }
    break;
  case CC__SUBJ_PARTIES: S_parties(d, b, e, s, out); break;
  case CC__SUBJ_MAIN:
    for (uint32_t k = 0; k < d->nmain; k++) {
      if (k)
        cc_buf_putc(out, ',');
      cc_buf_puts(out, d->main[k]->key);
    }
    if (d->nmain == 2 && strcmp(d->main[0]->key, d->main[1]->key) > 0) {
      cc_buf_reset(out);
      cc_buf_printf(out, "%s,%s", d->main[1]->key, d->main[0]->key);
    }
    break;
  case CC__SUBJ_PERSON: S_one_person(d, b, e, s, out); break;
  case CC__SUBJ_ORG: S_one_org(d, b, e, s, out); break;
  case CC__SUBJ_NAME_BEFORE:
    S_name_before(d, d->seg->sentences[s].tok_begin, b, false, out);
    break;
  case CC__SUBJ_CAP_NAME:
    if (c)
      S_cap_name(d, c, out);
    break;
  case CC__SUBJ_FULL_PERSON: S_full_person(d, b, e, s, out); break;
  case CC__SUBJ_LONE_PERSON: S_lone_person(d, b, s, out); break;
  case CC__SUBJ_LONE_COUNTRY: S_lone_country(d, s, out); break;
  case CC__SUBJ_TEXT: cc_buf_puts(out, r->subj_text); break;
  default: S_PUT_LIT(out, "story"); break;
  }
  if (!out->ptr)
    S_PUT_LIT(out, "");
}

/* The UTC twin of a local time: the recognizer's pair, else a time with a
 * stated zone in brackets right after it ("10am local (09:00 GMT)"). */
static const cc_mention *S_twin_of(const S_doc *d, const cc_mention *m) {
  const cc_doc_view *v = d->v;
  if (m->type != CC_M_TIME && m->type != CC_M_DATETIME)
    return NULL;
  if (m->pair >= 0)
    return (m->flags & CC_MF_PAIR_LOCAL) && (uint32_t)m->pair < v->nmentions
               ? &v->mentions[m->pair]
               : NULL;
  uint32_t end = d->seg->sentences[m->sentence].tok_end;
  for (uint32_t t = m->tok_end; t + 1 < end && t < m->tok_end + 4; t++) {
    if (!S_is(d, t, CC__W_LPAR))
      continue;
    const cc_mention *u = S_mention(d, d->m_at[t + 1]);
    if (u && u != m && (u->type == CC_M_TIME || u->type == CC_M_DATETIME) &&
        (u->flags & CC_MF_ZONE_STATED) && (u->flags & CC_MF_UTC))
      return u;
    break;
  }
  return NULL;
}

/* One more claim from the UTC twin u of a local time. */
static void S_twin(S_doc *d, S_out *o, const cc_mention *u) {
  o->c.flags = 0;
  S_value_mention(d, o, u);
  if (o->rule_id) { /* (the rule's name, then the suffix) */
    cc_buf_reset(&o->rule);
    cc_buf_puts(&o->rule, o->rule_id);
    o->rule_id = NULL;
  }
  S_PUT_LIT(&o->rule, ".utc");
  S_where(d, o, u->tok_begin, u->tok_end, u->sentence);
  if (o->subject.len)
    S_commit(d, o);
}

/* An object from a {DATE}: the period the date names, written one way
 * whatever the wording, so that growth in one quarter and in another are
 * different facts and "the second quarter", "the three months to June"
 * and "April to June" of one year are the same ("2025-q2"; a year
 * "2004", a half "2024-h1", a month "2025-03", a day "2025-03-14", any
 * other run of days "2025-03-10/2025-03-16").  False when the date has
 * no whole-day interval (no year and no article date to take one from,
 * or a part of a day): the words as written are the object then. */
static bool S_period_key(const cc_mention *m, cc_buf *out) {
  if (!m || m->type != CC_M_DATE || !isfinite(m->lo) || !isfinite(m->hi) ||
      m->hi <= m->lo || fmod(m->lo, CC_DAY) != 0 || fmod(m->hi, CC_DAY) != 0)
    return false;
  int64_t a = (int64_t)(m->lo / CC_DAY), b = (int64_t)(m->hi / CC_DAY);
  cc_ymd ya = cc_civil_from_days(a);
  char buf[48];
  int months = 0;
  for (int k = 1; k <= 12 && !months; k++)
    if (cc_add_months(a, k) == b)
      months = k;
  if (ya.d == 1 && months == 12 && ya.m == 1)
    snprintf(buf, sizeof buf, "%d", ya.y);
  else if (ya.d == 1 && months == 6 && (ya.m == 1 || ya.m == 7))
    snprintf(buf, sizeof buf, "%d-h%d", ya.y, ya.m == 1 ? 1 : 2);
  else if (ya.d == 1 && months == 3 && (ya.m - 1) % 3 == 0)
    snprintf(buf, sizeof buf, "%d-q%d", ya.y, (ya.m - 1) / 3 + 1);
  else if (ya.d == 1 && months == 1)
    snprintf(buf, sizeof buf, "%04d-%02d", ya.y, ya.m);
  else {
    size_t n = cc_format_date(a, buf);
    if (b - a > 1) {
      buf[n++] = '/';
      cc_format_date(b - 1, buf + n);
    }
  }
  cc_buf_puts(out, buf);
  return true;
}

/* Make the claim(s) of a match; false when a condition refused it, so
 * the rule's other patterns may still try. */
static bool S_act(S_doc *d, const cc__rule *r, const cc__prog *g,
                  const S_cap *caps, uint32_t b, uint32_t e, uint32_t s) {
  if (!S_require(d, r, g, caps, s, b, e) || !S_context_ok(d, r, b, e, s))
    return false;
  S_out *o = S_out_take(d);
  o->c.frame = r->info.frame;
  o->rule_id = r->info.id;
  const cc_mention *vm = NULL;
  cc_mention tmp;
  if (!S_value(d, r, g, caps, o, &vm, &tmp))
    return false;
  if (S_open(d, r, b, e, s) && o->c.vkind == CC_VK_LIST) {
    o->c.flags |= CC_CF_OPEN_LIST;
    o->c.hi = INFINITY;
  }
  const S_cap *vc = S_value_cap(d, r, g, caps);
  if (vm && vm->tok_begin < vc->b) /* quote the whole mention */
    S_where(d, o, vm->tok_begin, vc->e, s);
  else
    S_where(d, o, vc->b, vc->e, s);
  if (r->obj_cap) {
    const S_cap *oc = S_capture_at(caps, g->cap_obj);
    if (oc && r->obj_name) {
      S_cap_name(d, oc, &o->object);
      if (!o->object.len) /* no name: no side to key the fact by */
        return false;
    } else if (oc && oc->slot == CC__S_WORD &&
               (d->rs->wclass[d->wid[oc->b]] &
                (CC__WC_FUNCTION | CC__WC_FILLER))) {
      return false; /* "the largest of its kind since 2014": no noun to
                       key by, and "of" would meet any other such one */
    } else if (oc && oc->slot == CC__S_WORD) {
      uint32_t k = S_noun_after_names(d, g, oc->b,
                                      d->seg->sentences[s].tok_end);
      S_words(d, k, k + 1, &o->object);
      S_key_noun(d->rs, &o->object);
    } else if (oc && !(oc->slot == CC__S_DATE &&
                       S_period_key(S_cap_mention(d, oc, &tmp), &o->object))) {
      S_cap_key(d, oc, &o->object);
    }
  } else if (r->obj_before) {
    /* a place or a person too: a loser is keyed by its words, as the
       winner's sentence keys it ("Peru beat Scotland": "scotland") */
    S_name_before(d, d->seg->sentences[s].tok_begin, b, true, &o->object);
    if (!o->object.len) /* no name: no side to key the fact by */
      return false;
  } else if (r->obj_text) {
    cc_buf_puts(&o->object, r->obj_text);
  }
  /* a local time with a UTC twin: when the local zone was only inferred,
   * the time stated in UTC is the claim (the zone_pair check weighs the
   * two); when the zone is known, both are claims */
  const cc_mention *tw = vm && r->val == CC__VAL_CAP ? S_twin_of(d, vm) : NULL;
  bool local = !tw || ((vm->flags & CC_MF_UTC) &&
                       !(vm->flags & CC_MF_ZONE_INFERRED));
  if (r->subj == CC__SUBJ_SIDES) {
    for (uint32_t k = 0; k < d->nmain; k++) {
      cc_buf_reset(&o->subject);
      cc_buf_puts(&o->subject, d->main[k]->key);
      o = S_commit_on(d, o); /* (the next subject, a twin: from o) */
    }
  } else {
    S_subject(d, r, g, caps, b, e, s, &o->subject);
    if (r->obj_name && o->subject.len == o->object.len &&
        memcmp(o->subject.ptr, o->object.ptr, o->object.len) == 0)
      return false; /* a side against itself: "Oldham's win against
                       Oldham", a slip of the article, is no pair */
    if (o->subject.len && local) {
      if (tw) /* (the twin is made from o) */
        o = S_commit_on(d, o);
      else
        S_commit(d, o);
    }
  }
  if (tw)
    S_twin(d, o, tw);
  return true;
}

/* ---- driving the matcher over the document ------------------------------------------------ */

/* The index entries whose programs may start at token i: its word's, its
 * mention's slot, a bare number's COUNT, its entities' slots (and a place's
 * or organization's after "the"), LIST and NONN.  Each entry once, in the
 * order met (at most one word and the slots); returns their number. */
#define S_MAX_SRC (1 + CC__S__COUNT)
static uint32_t S_sources(const S_doc *d, uint32_t i, uint32_t e,
                          const cc__ientry *src[S_MAX_SRC]) {
  cc__ientry *const *slot = d->rs->by_slot;
  const int8_t *mslots = S_mslot;
  uint32_t n = 0, used = 0; /* used: bit k once slot k is in src */
#define S_SRC_SLOT(K)                                                        \
  do {                                                                       \
    int sk_ = (K);                                                           \
    if (slot[sk_] && !(used & (1u << sk_))) {                                \
      used |= 1u << sk_;                                                     \
      src[n++] = slot[sk_];                                                  \
    }                                                                        \
  } while (0)
  if (d->rs->by_word[d->wid[i]])
    src[n++] = d->rs->by_word[d->wid[i]];
  const cc_mention *m = S_mention(d, d->m_at[i]);
  if (m && m->type < CC_M__COUNT && mslots[m->type] >= 0)
    S_SRC_SLOT(mslots[m->type]);
  if ((!m || !S_numeric(m)) && d->snum[i] > 0)
    S_SRC_SLOT(CC__S_COUNT);
  S_FOR_ENTS(d, i, k) {
    uint8_t kind = d->v->entities[k].kind;
    S_SRC_SLOT(kind == CC_E_PERSON  ? CC__S_PERSON
               : kind == CC_E_PLACE ? CC__S_PLACE
                                    : CC__S_ORG);
  }
  if (S_is(d, i, CC__W_THE) && i + 1 < e)
    S_FOR_ENTS(d, i + 1, k) {
      uint8_t kind = d->v->entities[k].kind;
      if (kind != CC_E_PERSON)
        S_SRC_SLOT(kind == CC_E_PLACE ? CC__S_PLACE : CC__S_ORG);
    }
  if (d->l_at[i] >= 0)
    S_SRC_SLOT(CC__S_LIST);
  uint32_t end;
  if (slot[CC__S_NONN] && d->snum[i] > 0 && S_nonn_at(d, i, e, &end) > 0)
    S_SRC_SLOT(CC__S_NONN);
#undef S_SRC_SLOT
  return n;
}

/* Is some first of literal set ls in sentence s? */
static bool S_firsts_in(const S_doc *d, const cc__litset *ls, uint32_t s) {
  for (uint16_t a = 0; a < ls->nfirsts; a++)
    if (d->present[ls->firsts[a]] == S_mark(d, s))
      return true;
  return false;
}

/* Can program g match in sentence s at all?  Every literal set it must
 * pass through needs one of its first words in the sentence; the first
 * d->must_met of them are known to have one when g is in d->maybe. */
static bool S_prog_viable(S_doc *d, const cc__prog *g, uint32_t s) {
  if (d->pseen[g->gid] == S_mark(d, s))
    return d->pok[g->gid];
  bool ok = (d->maybe[g->gid / 64] >> (g->gid & 63)) & 1;
#ifdef CC_RULES_CHECK_PROBE /* prove the sets skipped below are met */
  for (uint32_t k = 0; k < g->nmust && k < d->must_met && ok; k++)
    if (!S_firsts_in(d, &g->lits[g->must[k]], s))
      abort();
#endif
  for (uint32_t k = d->must_met; k < g->nmust && ok; k++)
    ok = S_firsts_in(d, &g->lits[g->must[k]], s);
  d->pseen[g->gid] = S_mark(d, s);
  d->pok[g->gid] = ok;
  return ok;
}

/* Lowest set bit of x (not 0). */
static unsigned S_ctz64(uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
  return (unsigned)__builtin_ctzll(x);
#else
  unsigned n = 0;
  while (!(x & 1)) {
    x >>= 1;
    n++;
  }
  return n;
#endif
}

/* Run program ref at token i: true when it made a claim. */
static bool S_try(S_doc *d, uint32_t ref, uint32_t i, uint32_t e, uint32_t s,
                  S_run *R) {
  const cc__rule *r = &d->rs->rules[ref >> 8];
  const cc__prog *g = &r->progs[ref & 0xff];
  if (!S_prog_viable(d, g, s)) {
    /* (not at any token of the sentence: no candidate from now on) */
    d->maybe[g->gid / 64] &= ~(1ull << (g->gid & 63));
    return false;
  }
  S_cap caps[CC__RULE_MAX_CAPS];
  uint32_t end;
  if (!S_probe(d, g, i, e, R)) {
#ifdef CC_RULES_CHECK_PROBE /* a build that proves the probe on a corpus */
    if (S_exec(d, g, i, e, caps, &end, R)) {
      fprintf(stderr, "S_probe refused a match: rule %s pattern %u at %s:%u\n",
              r->info.id, ref & 0xff, d->seg->doc->path, d->tok[i].line);
      abort();
    }
#endif
    return false;
  }
  return S_exec(d, g, i, e, caps, &end, R) && S_act(d, r, g, caps, i, end, s);
}

/* The programs of cc_ruleset.pgate that S_probe may take when their
 * first slot ends at token j (before e), ORed into f: those with a next
 * literal starting with j's word, and where a mention starts at or covers
 * j, those with a next mention slot (S_slot_may). */
static void S_gate_end(const S_doc *d, uint32_t j, uint64_t f[CC__FW]) {
  const cc_ruleset *rs = d->rs;
  /* (a constant count of words, unrolled, and pnext taken by a mask, not
   * a branch: the words of f past pwords, read from the next row, meet
   * no candidate, as c is zero there) */
  const uint64_t *m = rs->pfollow + (size_t)d->wid[j] * rs->pwords;
  uint64_t ms = -(uint64_t)(d->m_at[j] >= 0 || d->m_cover[j] >= 0);
  CC__UNROLL
  for (uint32_t w = 0; w < CC__FW; w++)
    f[w] |= m[w] | (ms & rs->pnext[w]);
}

/* S_probe for the candidates c at token i (pwords <= CC__FW) of the programs
 * cc_ruleset.pgate holds, all at once: each of their first steps is a
 * slot whose fillers end where a person starting at i ends, or where the
 * mention starting at i (else the one covering i) ends, and is followed
 * only by literals and mention slots, so S_probe accepts one only if, at
 * one of those ends before e, the word is a first of one of its next
 * literals or a mention may fill its next slot (S_gate_end).  The others
 * are dropped from c; returns whether any candidate is left.  (Most
 * refusals: a person not followed by a comma, "born" or a date.) */
static uint64_t S_gate(S_doc *d, uint32_t i, uint32_t e, uint64_t c[CC__FW]) {
  const cc_ruleset *rs = d->rs;
  /* (c, pgate and f: CC__FW words, zero past pwords; the caller saw that
   * c meets pgate) */
  uint64_t f[CC__FW] = {0};
  S_FOR_ENTS(d, i, k) {
    const cc_entity *en = &d->v->entities[k];
    if (en->kind == CC_E_PERSON && en->tok_end < e)
      S_gate_end(d, en->tok_end, f);
  }
  int32_t mi = d->m_at[i] >= 0 ? d->m_at[i] : d->m_cover[i];
  if (mi >= 0 && d->v->mentions[mi].tok_end < e)
    S_gate_end(d, d->v->mentions[mi].tok_end, f);
#ifdef CC_RULES_CHECK_PROBE /* prove each program dropped is one S_probe
                               refuses (S_try's check proves S_probe) */
  for (uint32_t w = 0; w < CC__FW; w++)
    for (uint64_t x = c[w] & rs->pgate[w] & ~f[w]; x; x &= x - 1) {
      uint32_t ref = rs->gid_ref[w * 64 + S_ctz64(x)];
      const cc__rule *r = &rs->rules[ref >> 8];
      S_run R = {.d = d};
      if (S_probe(d, &r->progs[ref & 0xff], i, e, &R)) {
        fprintf(stderr, "S_gate dropped a program S_probe takes: rule %s "
                "pattern %u at %s:%u\n", r->info.id, ref & 0xff,
                d->seg->doc->path, d->tok[i].line);
        abort();
      }
    }
#endif
  /* c less the gated programs f does not keep: c & ~pgate | c & f */
#if defined(__SSE2__)
  __m128i any = _mm_setzero_si128();
  CC__UNROLL
  for (int h = 0; h < CC__FW / 2; h++) {
    __m128i *cv = (__m128i *)(void *)c + h;
    __m128i x = _mm_loadu_si128(cv);
    x = _mm_or_si128(
        _mm_andnot_si128(_mm_loadu_si128((const __m128i *)(const void *)
                                             rs->pgate + h), x),
        _mm_and_si128(x, _mm_loadu_si128((const __m128i *)(void *)f + h)));
    _mm_storeu_si128(cv, x);
    any = _mm_or_si128(any, x);
  }
  return _mm_movemask_epi8(_mm_cmpeq_epi8(any, _mm_setzero_si128())) !=
         0xffff;
#else
  uint64_t any = 0;
  CC__UNROLL
  for (uint32_t w = 0; w < CC__FW; w++)
    any |= c[w] &= ~rs->pgate[w] | f[w];
  return any;
#endif
}

/* The programs that may start at token i, in file order (gid order); a
 * rule's first matching pattern wins.  c: the candidates, the OR of the
 * token's index entries' program masks (pwords words, at least CC__FW)
 * ANDed with the programs the sentence may still hold (d->maybe), not
 * empty: the callers drop the many tokens where the AND leaves none
 * before calling.  Every candidate is tried, however many rules start
 * at one slot type (a list of them once kept only the first 64: with 45
 * rules starting at a count, and more to come, it would have dropped
 * real ones); the sentence's step budget bounds the work. */
static void S_token_c(S_doc *d, uint32_t i, uint32_t e, uint32_t s,
                      S_run *R, uint64_t *c, bool gated) {
  uint32_t pw = d->rs->pwords;
  /* (gated: some candidate is of cc_ruleset.pgate, which exists when
   * pwords <= CC__FW; then c, d->maybe and pgate have CC__FW words, zero
   * past pwords) */
  if (gated && !S_gate(d, i, e, c))
    return;
  uint32_t done = UINT32_MAX;
  for (uint32_t w = 0; w < pw; w++)
    for (uint64_t x = c[w]; x; x &= x - 1) {
      uint32_t ref = d->rs->gid_ref[w * 64 + S_ctz64(x)];
      if ((ref >> 8) != done && S_try(d, ref, i, e, s, R))
        done = ref >> 8;
    }
}

/* S_token_c at token i with the candidates of S_sources' entries (the
 * general path, over CC__FW words of programs: d->cand has room). */
static void S_token(S_doc *d, uint32_t i, uint32_t e, uint32_t s, S_run *R) {
  const cc__ientry *src[S_MAX_SRC];
  uint32_t nsrc = S_sources(d, i, e, src);
  uint32_t pw = d->rs->pwords;
  uint64_t *c = d->cand;
  memset(c, 0, pw * sizeof *c);
  for (uint32_t k = 0; k < nsrc; k++)
    for (uint32_t w = 0; w < pw; w++)
      c[w] |= src[k]->mask[w];
  uint64_t any = 0;
  for (uint32_t w = 0; w < pw; w++)
    any |= c[w] &= d->maybe[w];
  if (any) /* (no pgate without the fast path's tables) */
    S_token_c(d, i, e, s, R, c, false);
}

#if defined(__SSE2__)
/* Does the row of CC__FW words r meet m (in CC__FW / 2 registers, two
 * words each)? */
CC_ALWAYS_INLINE bool S_meets16(const __m128i m[CC__FW / 2],
                                const __m128i *r) {
  __m128i x = _mm_and_si128(m[0], _mm_loadu_si128(r));
  CC__UNROLL
  for (int k = 1; k < CC__FW / 2; k++)
    x = _mm_or_si128(x, _mm_and_si128(m[k], _mm_loadu_si128(r + k)));
  return _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_setzero_si128())) != 0xffff;
}
#else
/* Does the row of CC__FW words r meet m (CC__FW words)? */
CC_ALWAYS_INLINE bool S_meets4(const uint64_t m[CC__FW], const uint64_t *r) {
  uint64_t x = 0;
  CC__UNROLL
  for (int k = 0; k < CC__FW; k++)
    x |= r[k] & m[k];
  return x != 0;
}
#endif

/* S_token at each of the npos tokens pos of sentence s ending at e
 * (pwords <= CC__FW) where some program of d->maybe may start, while the
 * step budget lasts.  A token is skipped when a superset of the slot
 * types S_sources reads there (d->tslot, a small number's COUNT and NONN,
 * a place or organization after "the", a list) meets none of the types
 * programs of d->maybe start at (kany, worked out once per sentence for
 * its types have), and its word starts none of them either (none can
 * when the sentence's words start none: starts, S_sentence's): S_token
 * would find no candidate there.  At the others the candidates are made
 * from the same tables (the exact types: NONN by S_nonn_at), not from
 * S_sources' list.  Most tokens that may start a program are dropped in
 * a few loads. */
CC_NOINLINE void S_starts(S_doc *d, uint32_t e, uint32_t s, S_run *R,
                          uint32_t have, const uint64_t starts[CC__FW],
                          const uint32_t *pos, uint32_t npos) {
  const cc_ruleset *rs = d->rs;
  const uint64_t *wbits = rs->wbits, *sb = rs->slot_bits;
  /* (d->maybe: CC__FW words, zero past pwords; see S_sentence) */
#ifdef CC_RULES_CHECK_PROBE
  uint32_t pw = rs->pwords;
#endif
#if defined(__SSE2__)
  /* d->maybe in registers of sixteen bytes: each test of a row of
   * CC__FW words against it an AND a register, ORs and a compare */
  const __m128i *mv = (const __m128i *)(const void *)d->maybe;
  __m128i mreg[CC__FW / 2];
  CC__UNROLL
  for (int k = 0; k < CC__FW / 2; k++)
    mreg[k] = _mm_loadu_si128(mv + k);
#define S_MEETS(row) S_meets16(mreg, (const __m128i *)(const void *)(row))
#else
  uint64_t mb[CC__FW];
  memcpy(mb, d->maybe, sizeof mb);
#define S_MEETS(row) S_meets4(mb, row)
#endif
  bool words = S_MEETS(starts);
  /* (pgate exists with the fast path's tables, as pwords > 0 where a
   * sentence comes here) */
  const __m128i *pg = (const __m128i *)(const void *)rs->pgate;
  /* the slot types of the sentence (a token's are among them, but for
   * COUNT and NONN, which a small number adds): kany, those programs of
   * d->maybe start at; a type outside them (none) keeps the token */
  uint32_t known = have | 1u << CC__S_COUNT | 1u << CC__S_NONN, kany = 0;
  for (uint32_t ask = known & rs->slot_any; ask; ask &= ask - 1) {
    unsigned k = S_ctz64(ask);
    kany |= (uint32_t)S_MEETS(sb + k * CC__FW) << k;
  }
  kany |= ~known;
  const uint16_t *tslot = d->tslot;
  const int8_t *snum = d->snum;
  const int32_t *wid = d->wid, *l_at = d->l_at;
  for (uint32_t k = 0; k < npos && d->budget; k++) {
    uint32_t i = pos[k], kinds = tslot[i];
    if (snum[i] > 0)
      kinds |= 1u << CC__S_COUNT | 1u << CC__S_NONN;
    if (wid[i] == CC__W_THE && i + 1 < e)
      kinds |= tslot[i + 1] & (1u << CC__S_PLACE | 1u << CC__S_ORG);
    if (l_at[i] >= 0)
      kinds |= 1u << CC__S_LIST;
    bool busy = (kinds & kany) != 0;
    const uint64_t *wm = wbits + (size_t)wid[i] * CC__WROW + CC__WR_START;
    if (!busy && words)
      busy = S_MEETS(wm);
    /* the candidates as S_sources' entries give them: the word's, and
     * each slot type's with an entry (NONN only where one is) */
    uint64_t c[CC__FW] = {0};
    uint32_t end;
    if (busy) {
      if (!(snum[i] > 0 && rs->by_slot[CC__S_NONN] &&
            S_nonn_at(d, i, e, &end) > 0))
        kinds &= ~(1u << CC__S_NONN);
      const cc__ientry *we = rs->by_word[wid[i]];
      if (we) {
        CC__UNROLL
        for (uint32_t w = 0; w < CC__FW; w++)
          c[w] = wm[w];
      }
      for (uint32_t x = kinds & rs->slot_any; x; x &= x - 1) {
        unsigned t = S_ctz64(x);
        CC__UNROLL
        for (uint32_t w = 0; w < CC__FW; w++)
          c[w] |= sb[t * CC__FW + w];
      }
    }
#ifdef CC_RULES_CHECK_PROBE /* prove a dropped token (S_sources' entries
                               give no program of d->maybe) and the others'
                               candidates */
    const cc__ientry *src[S_MAX_SRC];
    uint32_t nsrc = S_sources(d, i, e, src);
    uint64_t nc[CC__FW] = {0};
    for (uint32_t x = 0; x < nsrc; x++) {
      for (uint32_t w = 0; w < pw; w++)
        nc[w] |= src[x]->mask[w];
    }
    for (uint32_t w = 0; w < pw; w++)
      if (busy ? nc[w] != c[w]
               : (nc[w] & d->maybe[w]) != 0) {
        fprintf(stderr, "S_starts: other candidates than S_sources' at "
                "%s:%u\n", d->seg->doc->path, d->tok[i].line);
        abort();
      }
#endif
    if (!busy)
      continue;
    /* the candidates the sentence may still hold */
#if defined(__SSE2__)
    /* (mreg is d->maybe: reloaded after each S_token_c, as S_try drops
     * programs from it) */
    __m128i any = _mm_setzero_si128(), gated = any;
    CC__UNROLL
    for (int h = 0; h < CC__FW / 2; h++) {
      __m128i *cv = (__m128i *)(void *)c + h;
      __m128i x = _mm_and_si128(_mm_loadu_si128(cv), mreg[h]);
      _mm_storeu_si128(cv, x);
      any = _mm_or_si128(any, x);
      /* (and whether S_gate has any to judge) */
      gated = _mm_or_si128(gated, _mm_and_si128(x, _mm_loadu_si128(pg + h)));
    }
    const __m128i zero = _mm_setzero_si128();
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(any, zero)) == 0xffff)
      continue;
    S_token_c(d, i, e, s, R, c,
              _mm_movemask_epi8(_mm_cmpeq_epi8(gated, zero)) != 0xffff);
    CC__UNROLL
    for (int h = 0; h < CC__FW / 2; h++)
      mreg[h] = _mm_loadu_si128(mv + h);
#else
    uint64_t any = 0, gated = 0;
    CC__UNROLL
    for (uint32_t w = 0; w < CC__FW; w++) {
      any |= c[w] &= d->maybe[w];
      gated |= c[w] & rs->pgate[w];
    }
    if (any)
      S_token_c(d, i, e, s, R, c, gated != 0);
#endif
  }
#undef S_MEETS
}

/* Does some program need only slot types of have (cc_ruleset.hmet, the
 * two entries of hkeep ANDed at load)? */
CC_ALWAYS_INLINE bool S_needs_met(const cc_ruleset *rs, uint32_t have) {
  uint32_t h = have & 0x3fff; /* (hkeep reads the low 14 bits alone) */
  bool met = (rs->hmet[h >> 3] >> (h & 7)) & 1;
#ifdef CC_RULES_CHECK_PROBE /* the table as hkeep's entries tell */
  uint32_t pw = rs->pwords;
  const uint64_t *k0 = rs->hkeep + (have & 127) * pw,
                 *k1 = rs->hkeep + (128 + (have >> 7 & 127)) * pw;
  uint64_t any = 0;
  for (uint32_t x = 0; x < pw; x++)
    any |= k0[x] & k1[x];
  if (met != (any != 0))
    abort();
#endif
  return met;
}

/* Is token t a small number (S_small_number > 0), told without the word
 * table for most words: only words of three to six letters starting as
 * "one" to "twelve" do are looked up. */
static bool S_small_token(const cc_ruleset *rs, const cc_token *t) {
  if (t->kind == CC_TOK_NUM)
    return S_small_number(t, CC__W_NONE) > 0;
  size_t n = t->norm_len;
  unsigned char c = (unsigned char)t->norm[0];
  if (n < 3 || n > 6 ||
      !(c == 'o' || c == 't' || c == 'f' || c == 's' || c == 'e' || c == 'n'))
    return false;
  return S_small_number(t, cc__word_find(rs, t->norm, n)) > 0;
}

/* Can sentence s hold a program at all, by the slot types its mentions and
 * entities may fill (d->sslots) and its small numbers (COUNT, NONN)?
 * S_sentence drops every program needing a slot type the sentence cannot
 * fill; when that drops them all, nothing else it does matters, and the
 * sentence's words need not be looked up. */
static bool S_sentence_may(const S_doc *d, uint32_t s) {
  const cc_ruleset *rs = d->rs;
  uint32_t have = d->sslots[s] | 1u << CC__S_PHRASE | 1u << CC__S_WORD;
  if (S_needs_met(rs, have))
    return true;
  if (!S_needs_met(rs, have | 1u << CC__S_COUNT | 1u << CC__S_NONN))
    return false;
  const cc_sentence *se = &d->seg->sentences[s];
  if (d->env.by_vid) { /* (a word's id by one load: S_word_of) */
    /* the tokens by pointer and the tables in locals: most sentences
     * come here have no small number, and every token is read */
    const int32_t *by_vid = d->env.by_vid;
    const uint32_t nvid = d->env.nvid;
    for (const cc_token *t = d->tok + se->tok_begin,
                       *te = d->tok + se->tok_end;
         t < te; t++) {
      if (t->kind == CC_TOK_NUM) {
        if (S_small_number(t, CC__W_NONE) > 0)
          return true;
        continue;
      }
#ifdef CC_RULES_CHECK_PROBE
      if ((t->id < nvid ? by_vid[t->id] : CC__W_NONE) != S_word_of(d->env, t))
        abort();
#endif
      if (t->id < nvid &&
          (uint32_t)(by_vid[t->id] - CC__W_ONE) <= CC__W_TWELVE - CC__W_ONE)
        return true;
    }
    return false;
  }
  for (uint32_t i = se->tok_begin; i < se->tok_end; i++)
    if (S_small_token(rs, &d->tok[i]))
      return true;
  return false;
}

/* S_sentence's walk over the tokens [b, e) of sentence s when the
 * tokens' ids are of the rule set's table and pwords <= CC__FW: each token's
 * word id and small number as S_word_make makes them, the tokens it
 * flags S_T_START and the number tokens into pos (returns their number;
 * a number token that is no small number is where S_sources finds
 * nothing, unless it starts a mention, flagged anyway), the sentence's words
 * into d->present, its words' programs
 * (cc_ruleset.wbits, one row a word) into d->maybe and starts and
 * those whose second must set it is a first of into second, and S_T_SMALL into *fall
 * when a small number is there.  One table load (wflags) tells most
 * tokens' part: only number tokens and "one" .. "twelve" are small
 * numbers (d->snum stays -1 at the others, as S_index_doc set it), and
 * only a word with programs is ORed in (listed in wbw, room for e - b
 * words). */
CC_NOINLINE uint32_t S_walk(S_doc *d, const S_wenv *env, uint32_t b,
                            uint32_t e, uint32_t s, uint32_t *pos,
                            int32_t *wbw,
                            uint64_t starts[CC__FW], uint64_t second[CC__FW],
                            uint8_t *fall_out) {
  _Static_assert(CC__W_NONE == 0, "by_vid[0] (id 0: no word) reads as none");
  _Static_assert((int)S_T_START == (int)CC__WF_START &&
                     (int)S_T_SMALL == (int)CC__WF_SMALL &&
                     !((int)CC__WF_BITS & (S_T_START | S_T_SMALL | S_T_ENT)),
                 "wflags carries the token flags' bits");
  /* short loops, each with its tables in locals (one loop was longer
   * than these: the stores of bytes may alias any memory, and its tables
   * did not fit the registers) */
  const uint8_t *wflags = d->rs->wflags, *tfl = env->tfl;
  const int32_t *by_vid = env->by_vid;
  const cc_token *tok = env->tok;
  int32_t *wid = env->wid;
  uint32_t nvid = env->nvid;
  size_t npos = 0, nw = 0; /* (size_t, as i: no widening at each index) */
  uint8_t fall = 0;
  uint32_t *present = d->present, mark = S_mark(d, s);
  /* the word ids and the tokens that may start a program: those
   * S_word_make flags, and number tokens (a small number or not: where
   * none starts, S_starts tells as at any token) */
  for (size_t i = b; i < e; i++) {
    const cc_token *t = &tok[i];
    uint32_t id = t->id;
    /* (by_vid[0] is CC__W_NONE: an id past the table reads it, without
     * a branch) */
    int32_t w = by_vid[id < nvid ? id : 0];
#ifdef CC_RULES_CHECK_PROBE
    if (w != S_word_of(*env, t))
      abort(); /* (S_word_of checks the id against the text) */
#endif
    wid[i] = w;
    uint8_t f = wflags[w] | tfl[i] | (t->kind == CC_TOK_NUM);
    pos[npos] = (uint32_t)i; /* (a branch-free append, as S_sentence's) */
    npos += f & S_T_START;
    /* the words that have programs, for the loop over their rows below:
     * appended without a branch, each as often as met (a row ORed twice
     * adds nothing; a third of the tokens, in no pattern: tested there
     * with "the first time the sentence has it", the test was 66 K of the
     * 3.1 M mispredicts a MB on c1, the most of any branch in the
     * matcher), and every word present */
    wbw[nw] = w;
    nw += (wflags[w] & CC__WF_BITS) / CC__WF_BITS;
    present[w] = mark;
  }
  /* the small numbers, as S_word_make finds them (out of the loop above:
   * a call there kept its tables out of the registers); all are in pos
   * (a test whether the sentence has any cost more than it saved) */
  int8_t *snum = env->snum;
  for (size_t k = 0; k < npos; k++) {
    size_t i = pos[k];
    int32_t w = wid[i];
    int sn = tok[i].kind == CC_TOK_NUM         ? S_small_number(&tok[i], w)
             : (wflags[w] & CC__WF_SMALL) ? w - CC__W_ONE + 1
                                          : -1;
    if (sn > 0) { /* (S_word_make's: -1 stays at the others) */
      snum[i] = (int8_t)sn;
      fall |= S_T_SMALL;
    }
  }
  /* the words: present, and each distinct word's programs (no set of
   * the words' bits by id & 63 to test a literal set's firsts by first:
   * it cost more in this loop than its tests spared) */
  const uint64_t *wbits = d->rs->wbits;
#if defined(__SSE2__)
  /* a row's three sets ORed sixteen bytes at a time, in registers (the
   * row is 16-byte aligned: see cc_ruleset.wbits_mem) */
#ifdef CC_RULES_CHECK_PROBE
  if ((uintptr_t)wbits & 15)
    abort();
#endif
  __m128i acc[CC__WROW / 2];
  CC__UNROLL
  for (int x = 0; x < CC__WROW / 2; x++)
    acc[x] = _mm_setzero_si128();
  for (size_t k = 0; k < nw; k++) {
    const __m128i *wb = (const __m128i *)(const void *)(
        wbits + (size_t)wbw[k] * CC__WROW);
    CC__UNROLL
    for (int x = 0; x < CC__WROW / 2; x++)
      acc[x] = _mm_or_si128(acc[x], _mm_load_si128(wb + x));
  }

  uint64_t v[CC__WROW];
  CC__UNROLL
  for (int x = 0; x < CC__WROW / 2; x++)
    _mm_storeu_si128((__m128i *)(void *)(v + 2 * x), acc[x]);
  CC__UNROLL
  for (int x = 0; x < CC__FW; x++) { /* (maybe has pwords + CC__FW words) */
    d->maybe[x] |= v[CC__WR_REP + x];
    starts[x] |= v[CC__WR_START + x];
    second[x] |= v[CC__WR_SECOND + x];
  }
#else
  uint64_t *maybe = d->maybe;
  for (size_t k = 0; k < nw; k++) {
    const uint64_t *wb = wbits + (size_t)wbw[k] * CC__WROW;
    CC__UNROLL
    for (int x = 0; x < CC__FW; x++) { /* (maybe has pwords + CC__FW) */
      maybe[x] |= wb[CC__WR_REP + x];
      starts[x] |= wb[CC__WR_START + x];
      second[x] |= wb[CC__WR_SECOND + x];
    }
  }
#endif
  *fall_out |= fall;
  return (uint32_t)npos;
}

#ifdef CC_RULES_CHECK_PROBE
/* The build that proves the skips: each program the second must sets
 * drop from d->maybe (those of second and few_must kept) has no first
 * word of its second must set in sentence s, so S_prog_viable refuses
 * it (d->present is made for s by then). */
static void S_check_second(const S_doc *d, uint32_t s,
                           const uint64_t second[CC__FW]) {
  for (uint32_t x = 0; x < d->rs->pwords && x < CC__FW; x++) {
    uint64_t drop = d->maybe[x] & ~(second[x] | d->rs->few_must[x]);
    for (; drop; drop &= drop - 1) {
      uint32_t ref = d->rs->gid_ref[x * 64 + S_ctz64(drop)];
      const cc__prog *g = &d->rs->rules[ref >> 8].progs[ref & 0xff];
      const cc__litset *ls = &g->lits[g->must[1]];
      for (uint16_t a = 0; a < ls->nfirsts; a++)
        if (d->present[ls->firsts[a]] == S_mark(d, s)) {
          fprintf(stderr, "second must set dropped a viable program: "
                          "rule %s at %s:%u\n",
                  d->rs->rules[ref >> 8].info.id, d->seg->doc->path,
                  d->tok[d->seg->sentences[s].tok_begin].line);
          abort();
        }
    }
  }
}
#endif

static void S_sentence(S_doc *d, uint32_t s, S_run *R) {
  if (!S_sentence_may(d, s))
    return;
  d->wmade[s] = 1; /* (made below; making them again would change nothing) */
  const cc_sentence *se = &d->seg->sentences[s];
  uint32_t b = se->tok_begin, e = se->tok_end;
  /* (d->visit and R's tables have room for the longest sentence:
   * S_apply sized them once for the document) */
#ifdef CC_RULES_CHECK_PROBE
  if ((size_t)(e - b + 1) * d->rs->max_code > d->visit_cap ||
      e - b + 2 > R->cap)
    abort();
#endif
  uint32_t pw = d->rs->pwords;
  if (pw <= CC__FW) /* (CC__FW words: free_progs has zeros past pwords) */
    memcpy(d->maybe, d->rs->free_progs, CC__FW * sizeof *d->maybe);
  else
    memcpy(d->maybe, d->rs->free_progs, pw * sizeof *d->maybe);
  const uint32_t *roff = d->rs->rep_off, *rlist = d->rs->rep_list;
  cc__ientry *const *by_word = d->rs->by_word;
  uint8_t fall = 0; /* the tokens' flags ORed: S_T_SMALL when a number a
                       COUNT or NONN slot reads is there */
  uint64_t starts[CC__FW] = {0}; /* the programs its words start */
  uint32_t npos = 0;
  uint32_t *pos = R->pos, *present = d->present, mark = S_mark(d, s);
  uint64_t *maybe = d->maybe;
  if (d->env.by_vid && d->rs->wbits) { /* (most runs: a lexicon was given) */
    uint64_t second[CC__FW] = {0};
    /* (S_walk copies the tables it reads into locals) */
    npos = S_walk(d, &d->env, b, e, s, pos, R->wbw, starts, second, &fall);
    d->must_met = 2; /* (the first by rep_list, the second just below) */
    /* a program whose second must set has no first here fails
     * S_prog_viable: dropped now, before any token tries it */
    const uint64_t *few = d->rs->few_must;
#ifdef CC_RULES_CHECK_PROBE
    S_check_second(d, s, second);
#endif
    CC__UNROLL
    for (int x = 0; x < CC__FW; x++)
      maybe[x] &= second[x] | few[x];
  } else {
    d->must_met = 1; /* (the first, by rep_list) */
    const S_wenv env = d->env; /* (the tables in locals: see S_wenv) */
    for (uint32_t i = b; i < e; i++) {
      uint8_t f = S_word_make(env, i);
      int32_t w = env.wid[i];
      fall |= f;
      /* most tokens start nothing (S_T_START): a branch-free append */
      pos[npos] = i;
      npos += f & S_T_START;
      if (present[w] == mark)
        continue;
      present[w] = mark;
      for (uint32_t k = roff[w]; k < roff[w + 1]; k++)
        maybe[rlist[k] / 64] |= 1ull << (rlist[k] & 63);
      if (by_word[w] && pw <= CC__FW)
        for (uint32_t x = 0; x < pw; x++)
          starts[x] |= by_word[w]->mask[x];
    }
  }
  /* no program needing a slot the sentence cannot fill */
  uint32_t have = d->sslots[s] | 1u << CC__S_PHRASE | 1u << CC__S_WORD;
  bool small = (fall & S_T_SMALL) != 0;
  if (small)
    have |= 1u << CC__S_COUNT;
  if (small && d->present[CC__W_ON] == S_mark(d, s) &&
      d->present[CC__W_DASH] == S_mark(d, s))
    have |= 1u << CC__S_NONN;
  const uint64_t *k0 = d->rs->hkeep + (have & 127) * pw,
                 *k1 = d->rs->hkeep + (128 + (have >> 7 & 127)) * pw;
  const uint64_t *s0 = d->rs->hstart + (have & 127) * pw,
                 *s1 = d->rs->hstart + (128 + (have >> 7 & 127)) * pw;
  uint64_t live = pw > CC__FW, lists = 0;
  if (pw <= CC__FW) {
    /* CC__FW words each (the tables have room: see S_have_tables), the
     * words of d->maybe past pwords zero: ANDed, they stay so, and they
     * add nothing to live and lists */
#ifdef CC_RULES_CHECK_PROBE
    for (uint32_t x = pw; x < CC__FW; x++)
      if (d->maybe[x])
        abort();
#endif
#if defined(__SSE2__)
    /* (sixteen bytes at a time: two words of each set a step) */
    const __m128i zero = _mm_setzero_si128();
    __m128i lv = zero, ls = zero;
    __m128i *mv = (__m128i *)(void *)d->maybe;
    CC__UNROLL
    for (int x = 0; x < CC__FW / 2; x++) {
#define S_V(p) _mm_loadu_si128((const __m128i *)(const void *)(p) + x)
      __m128i m = _mm_and_si128(_mm_and_si128(S_V(d->maybe), S_V(k0)),
                                S_V(k1));
      _mm_storeu_si128(mv + x, m);
      lv = _mm_or_si128(
          lv, _mm_and_si128(_mm_or_si128(S_V(starts),
                                         _mm_or_si128(S_V(s0), S_V(s1))),
                            m));
      ls = _mm_or_si128(ls, _mm_and_si128(S_V(d->rs->list_progs), m));
#undef S_V
    }
    live = _mm_movemask_epi8(_mm_cmpeq_epi8(lv, zero)) != 0xffff;
    lists = _mm_movemask_epi8(_mm_cmpeq_epi8(ls, zero)) != 0xffff;
#else
    CC__UNROLL
    for (uint32_t x = 0; x < CC__FW; x++) {
      uint64_t m = d->maybe[x] & k0[x] & k1[x];
      d->maybe[x] = m;
      /* nothing to do when no program the sentence may hold starts at
       * one of its words or at a slot it may fill */
      live |= (starts[x] | s0[x] | s1[x]) & m;
      /* lists of people only where a program reading one may run */
      lists |= m & d->rs->list_progs[x];
    }
#endif
  } else {
    for (uint32_t w = 0; w < pw; w++) {
      d->maybe[w] &= k0[w] & k1[w];
      lists |= d->maybe[w] & d->rs->list_progs[w];
    }
  }
  if (!live)
    return;
  if (lists)
    S_find_lists(d, b, e);
  d->budget = S_STEP_BUDGET(e - b);
  if (pw <= CC__FW)
    S_starts(d, e, s, R, have, starts, R->pos, npos);
  for (uint32_t k = 0; k < npos && d->budget && pw > CC__FW; k++)
    S_token(d, R->pos[k], e, s, R);
  if (!d->budget)
    cc_warn("%s:%u: sentence too complex for the claim rules; rest of it "
            "skipped", d->seg->doc->path, d->tok[b].line);
}

/* ---- built-in claims ------------------------------------------------------------------------ */

/* The abbreviation zone uses at offset off around the instant utc: the
 * day's own, else the one half a year away.  "10 a.m. EST" in July
 * states UTC-5 while New York keeps EDT that day: the label written is
 * the winter one, EST, not the day's.  "" when neither has that offset. */
static void S_zone_abbr(const char *zone, int64_t utc, int off,
                        char abbr[16]) {
  static const int64_t away[] = {0, 182 * CC_DAY, -182 * CC_DAY};
  abbr[0] = '\0';
  for (size_t k = 0; k < sizeof away / sizeof away[0]; k++) {
    int o;
    char a[16];
    if (cc_tz_offset_at(zone, utc + away[k], &o, a) == 0 && o == off) {
      memcpy(abbr, a, sizeof a);
      return;
    }
  }
}

/* Does mention i's sentence name a day ("On Monday", "on March 10"), one
 * day on the calendar, other than mention i and its pair? */
static bool S_sentence_names_day(const S_doc *d, uint32_t i, int32_t pair) {
  const cc_mention *ms = d->v->mentions;
  uint32_t s = ms[i].sentence, a = i, n = d->v->nmentions;
  while (a > 0 && ms[a - 1].sentence == s)
    a--;
  for (uint32_t k = a; k < n && ms[k].sentence == s; k++) {
    const cc_mention *m = &ms[k];
    if (k != i && (int32_t)k != pair &&
        (m->type == CC_M_DATE || m->type == CC_M_DATETIME) &&
        m->gran >= CC_G_DAY && isfinite(m->lo) &&
        !(m->flags & (CC_MF_UNRESOLVED | CC_MF_RANGE)))
      return true;
  }
  return false;
}

/* Is token j "since"?  A day after it begins a period ("a fire that has
 * burned since Thursday"): no day the story's events are told on. */
static bool S_since_at(const S_doc *d, uint32_t j) {
  const cc_token *t = &d->tok[j];
  return t->norm_len == 5 && memcmp(t->norm, "since", 5) == 0;
}

/* The day the article last named before mention i's sentence, in the
 * week up to its date ("... in Lisbon on Monday, October 30.  The talks
 * began at 11 a.m. (1000 GMT)"): the story's day, which a time its own
 * sentence gives no day belongs to; INT64_MIN when there is none.  A day
 * after "since" is passed over, and so are a year's or a month's dates
 * ("since 1987", "in March": CC_G_ grows finer, so "< CC_G_DAY" is
 * coarser than a day). */
static int64_t S_story_day(const S_doc *d, uint32_t i) {
  const cc_mention *ms = d->v->mentions;
  for (uint32_t k = i; k-- > 0;) {
    const cc_mention *m = &ms[k];
    if (m->sentence == ms[i].sentence ||
        (m->type != CC_M_DATE && m->type != CC_M_DATETIME) ||
        m->gran < CC_G_DAY || !isfinite(m->lo) ||
        (m->flags & (CC_MF_UNRESOLVED | CC_MF_RANGE)) ||
        (m->tok_begin > 0 && S_since_at(d, m->tok_begin - 1)))
      continue;
    int64_t day = (int64_t)floor(m->lo / CC_DAY);
    return day <= d->date_days && day >= d->date_days - 7 ? day : INT64_MIN;
  }
  return INT64_MIN;
}

/* A local time moved to day D (its zone's offset that day, a label's
 * own offset kept), its value's date rewritten. */
static void S_pair_on_day(cc_mention *m, int64_t day) {
  double shift = (double)(day - (int64_t)floor(m->lo / CC_DAY)) * CC_DAY;
  m->lo += shift;
  m->hi += shift;
  int off = m->utc_offset;
  int64_t utc;
  if (!(m->flags & CC_MF_ZONE_FIXED) && m->zone &&
      cc_tz_local_to_utc(m->zone, (int64_t)m->lo, &utc, &off, NULL) != 0)
    off = m->utc_offset;
  m->utc_offset = off;
  m->utc_lo = m->lo - off;
  m->utc_hi = m->hi - off;
  char date[16];
  cc_format_date(day, date);
  if (strlen(m->value) >= 10 && m->value[4] == '-' && m->value[7] == '-')
    memcpy(m->value, date, 10);
}

/* A local time the night the clocks go back shows twice ("1:30 a.m."
 * when 2:00 becomes 1:00): its second reading, the offset after the
 * change, into *out.  False for a time met once, and for a label with an
 * offset of its own ("1:30 a.m. EDT" is the first). */
static bool S_second_reading(const cc_mention *m, cc_mention *out) {
  int after, at;
  if ((m->flags & CC_MF_ZONE_FIXED) || !m->zone ||
      cc_tz_offset_at(m->zone, (int64_t)m->utc_lo + 3 * 3600, &after,
                      NULL) != 0 ||
      after >= m->utc_offset ||
      cc_tz_offset_at(m->zone, (int64_t)(m->lo - after), &at, NULL) != 0 ||
      at != after)
    return false;
  *out = *m;
  out->utc_offset = after;
  out->utc_lo = m->lo - after;
  out->utc_hi = m->hi - after;
  return true;
}

/* Whether UTC instants a and b name one minute of the day (the UTC half
 * may be a time of day the check compares modulo a day). */
static bool S_same_minute_of_day(double a, double b) {
  double diff = fmod(fabs(a - b), (double)CC_DAY);
  return diff < 60 || diff > CC_DAY - 60;
}

static void S_builtin_pairs(S_doc *d) {
  for (uint32_t i = 0; i < d->v->nmentions; i++) {
    const cc_mention *m = &d->v->mentions[i];
    if (!(m->flags & CC_MF_PAIR_LOCAL) || m->pair < 0 ||
        (uint32_t)m->pair >= d->v->nmentions)
      continue;
    const cc_mention *u = &d->v->mentions[m->pair];
    S_out *o = S_out_take(d);
    o->c.frame = "time.zone_pair";
    o->c.vkind = CC_VK_TIMEPAIR;
    o->c.gran = m->gran;
    o->c.qual = m->qual;
    /* a local time its sentence gives no day: on the day the article last
     * named (the story's), or on its date as a guess the zone pair check
     * weighs (a clock change may be between); "On Monday, trading opened
     * at 9:30am (1430 GMT)" names it */
    cc_mention moved;
    if (m->type == CC_M_TIME && (m->flags & CC_MF_RELATIVE) &&
        d->has_date && isfinite(m->lo) && (m->flags & CC_MF_UTC) &&
        !S_sentence_names_day(d, i, m->pair)) {
      int64_t day = S_story_day(d, i);
      if (day == INT64_MIN) {
        o->c.flags |= CC_CF_TIME_ONLY;
      } else if (day != (int64_t)floor(m->lo / CC_DAY)) {
        moved = *m;
        S_pair_on_day(&moved, day);
        m = &moved;
      }
    }
    /* the repeated hour of a fall-back night: the reading the article's
     * UTC half gives ("1:30 a.m. ET (0630 GMT)" is the second 1:30) */
    cc_mention second;
    if ((m->flags & CC_MF_UTC) && (u->flags & CC_MF_UTC) &&
        isfinite(m->lo) && !S_same_minute_of_day(m->utc_lo, u->utc_lo) &&
        S_second_reading(m, &second) &&
        S_same_minute_of_day(second.utc_lo, u->utc_lo)) {
      moved = second;
      m = &moved;
    }
    o->rule_id = "builtin.zone_pair";
    S_PUT_LIT(&o->subject, "story");
    cc_buf_puts(&o->value, m->value);
    /* (the UTC half may come first: "03:17 UTC (9:17 a.m. local time)") */
    S_where(d, o, u->tok_begin < m->tok_begin ? u->tok_begin : m->tok_begin,
            u->tok_end > m->tok_end ? u->tok_end : m->tok_end, m->sentence);
    char ubuf[40];
    if (u->flags & CC_MF_UTC)
      S_fmt_utc(u->utc_lo, ubuf);
    else
      snprintf(ubuf, sizeof ubuf, "%s", u->value);
    if (!(u->flags & CC_MF_UTC) && S_utc_clock(u, &o->value2))
      ubuf[0] = '\0'; /* (no date: "T19:00Z", the UTC time of day) */
    cc_buf_puts(&o->value2, ubuf);
    o->c.lo2 = (u->flags & CC_MF_UTC) ? u->utc_lo : u->lo;
    o->c.hi2 = (u->flags & CC_MF_UTC) ? u->utc_hi : u->hi;
    if ((m->flags & CC_MF_UTC) && m->zone) {
      o->c.lo = m->utc_lo;
      o->c.hi = m->utc_hi;
      char abbr[16], off[16];
      S_zone_abbr(m->zone, (int64_t)m->utc_lo, m->utc_offset, abbr);
      cc__fmt_offset(m->utc_offset, off);
      cc_buf_puts(&o->deriv, m->zone); /* "ZONE OFFSET[ (ABBR)]" */
      cc_buf_putc(&o->deriv, ' ');
      cc_buf_puts(&o->deriv, off);
      if (abbr[0]) {
        S_PUT_LIT(&o->deriv, " (");
        cc_buf_puts(&o->deriv, abbr);
        cc_buf_putc(&o->deriv, ')');
      }
      S_zone_set(&o->c, m);
    } else {
      o->c.lo = o->c.hi = NAN;
      o->c.flags |= CC_CF_UNRESOLVED;
      /* no date: the zone alone (the check tries each of its offsets),
       * or with the one its label states ("0630 BST": UTC+1) */
      cc_buf_puts(&o->deriv, m->zone ? m->zone : "zone unknown");
      if (m->zone && (m->flags & CC_MF_OFFSET)) {
        char off[16];
        cc__fmt_offset(m->utc_offset, off);
        cc_buf_putc(&o->deriv, ' ');
        cc_buf_puts(&o->deriv, off);
      }
      if (m->zone)
        S_zone_set(&o->c, m);
    }
    S_commit(d, o);
  }
}

/* ---- quantity in two units ------------------------------------------------ */

/* One side of a pair, canonical: the figures its rounding allows
 * (cc_quantity_allowance) and the unit's looseness ("tons"); false when
 * its unit is unknown.  The interval is symmetric about the figure. */
static bool S_unit_side(const cc_recog *rc, const cc_mention *m,
                        double *lo, double *hi, double *factor,
                        double *offset, const char **sym) {
  double num, allow, tol;
  /* (a qualifier, "about 38mph (61km/h)", is the pair's: the figures
   * are compared as stated) */
  if ((m->flags & CC_MF_RANGE) ||
      !cc_quantity_allowance(m->value, true, &num, &allow))
    return false;
  *sym = strchr(m->value, ' ') + 1;
  if (!cc_recog_unit(rc, *sym, factor, offset, &tol))
    return false;
  allow += tol * fabs(num);
  *lo = (num - allow) * *factor + *offset;
  *hi = (num + allow) * *factor + *offset;
  return true;
}

/* Is the text between two quantities what puts one in the other's units:
 * "150 mph (240 km/h)", "100 km, or 62 miles,"? */
static bool S_unit_gap(const S_doc *d, uint32_t b, uint32_t e) {
  const cc_token *t = d->tok;
  if (e == b + 1)
    return t[b].norm_len == 1 && t[b].norm[0] == '(';
  if (e == b + 2)
    return t[b].norm_len == 1 && t[b].norm[0] == ',' &&
           t[b + 1].norm_len == 2 && memcmp(t[b + 1].norm, "or", 2) == 0;
  return false;
}

static void S_builtin_units(S_doc *d) {
  const cc_recog *rc = d->v->recog;
  if (!rc)
    return;
  for (uint32_t i = 0; i + 1 < d->v->nmentions; i++) {
    const cc_mention *a = &d->v->mentions[i], *b = a + 1;
    if (a->type != CC_M_QUANTITY || b->type != CC_M_QUANTITY ||
        a->sentence != b->sentence || memcmp(a->unit, b->unit, 4) != 0 ||
        !S_unit_gap(d, a->tok_end, b->tok_begin))
      continue;
    double alo, ahi, blo, bhi, af, ao, bf, bo;
    const char *asym, *bsym;
    if (!S_unit_side(rc, a, &alo, &ahi, &af, &ao, &asym) ||
        !S_unit_side(rc, b, &blo, &bhi, &bf, &bo, &bsym) ||
        strcmp(asym, bsym) == 0)
      continue;
    S_out *o = S_out_take(d);
    o->c.frame = "quantity.unit_pair";
    o->c.vkind = CC_VK_UNITPAIR;
    o->rule_id = "builtin.unit_pair";
    memcpy(o->c.unit, a->unit, sizeof o->c.unit);
    S_PUT_LIT(&o->subject, "story");
    cc_buf_puts(&o->value, a->value);
    cc_buf_puts(&o->value2, b->value);
    o->c.lo = alo;
    o->c.hi = ahi;
    o->c.lo2 = blo;
    o->c.hi2 = bhi;
    /* "150 mph = 241.4 km/h": the first in the second's unit */
    char num[40];
    double conv = ((alo + ahi) / 2 - bo) / bf;
    /* a decimal more than the second figure gives when it gives any
     * ("47.2C (117.2F)": 116.96 F, not "117 F" beside the article's
     * 117.2, which read as a mismatch) */
    const char *dot = strchr(b->value, '.');
    int bd = 0;
    while (dot && bd < 6 && dot[bd + 1] >= '0' && dot[bd + 1] <= '9')
      bd++;
    int dec = fabs(conv) >= 100 ? 0 : fabs(conv) >= 10 ? 1 : 2;
    if (bd && dec < bd + 1)
      dec = bd + 1;
    snprintf(num, sizeof num, "%.*f", dec, conv);
    cc_buf_puts(&o->deriv, a->value);
    S_PUT_LIT(&o->deriv, " = ");
    cc_buf_puts(&o->deriv, num);
    cc_buf_putc(&o->deriv, ' ');
    cc_buf_puts(&o->deriv, bsym);
    S_where(d, o, a->tok_begin, b->tok_end, a->sentence);
    S_commit(d, o);
    i++; /* b is spoken for */
  }
}

/* ---- a change and its two figures ----------------------------------------- */

bool cc_change_figure(const char *text, size_t n, double value, bool strip,
                      double *lo, double *hi) {
  size_t i = 0;
  while (i < n && !(text[i] >= '0' && text[i] <= '9'))
    i++;
  if (i == n)
    return false;
  double num = 0, half = 0.5;
  int dec = -1; /* digits after the point, -1 before it */
  for (; i < n; i++) {
    char ch = text[i];
    if (ch >= '0' && ch <= '9') {
      num = num * 10 + (ch - '0');
      if (dec >= 0)
        dec++;
    } else if (ch == '.' && dec < 0 && i + 1 < n && text[i + 1] >= '0' &&
               text[i + 1] <= '9') {
      dec = 0;
    } else if (ch != ',') {
      break;
    }
  }
  if (dec > 0) {
    num /= pow(10, dec);
    half = 0.5 * pow(10, -dec);
  } else if (strip) {
    /* two significant digits kept: "4,000" is 3,950-4,050, "30" exact */
    double p = 1;
    while (fmod(num, p * 10) == 0 && num / (p * 10) >= 10)
      p *= 10;
    half = 0.5 * p;
  }
  if (!(num > 0)) {
    *lo = *hi = value;
    return num == 0;
  }
  if (strip && half > 0.25 * num)
    half = 0.25 * num; /* "£1bn": 0.75-1.25bn, not 0.5-1.5bn */
  double scale = value / num;
  *lo = (num - half) * scale;
  *hi = (num + half) * scale;
  return true;
}

void cc_change_pct(double xlo, double xhi, double ylo, double yhi,
                   double *lo, double *hi) {
  *lo = (xlo / yhi - 1) * 100;
  *hi = (xhi / ylo - 1) * 100;
}

static bool S_norm_is(const cc_token *t, const char *w) {
  return t->norm_len == strlen(w) && memcmp(t->norm, w, t->norm_len) == 0;
}

/* ---- a duration beside the times it runs between ---------------------- */

/* Is the text between a duration and a clock range (either first) what
 * puts one beside the other: nothing, a comma, a bracket or a dash, or
 * ", a" / ", or" before the duration ("for 14 hours, from 6:30am to
 * 4:30pm", "between 2:15 and 9:45 p.m., a five-hour stretch")? */
static bool S_span_gap(const S_doc *d, uint32_t b, uint32_t e, bool dur_2nd) {
  const cc_token *t = d->tok;
  if (e == b)
    return true;
  /* "shut for 14 hours on Thursday, from 6am to 10pm": the range read
   * with its day */
  if (e == b + 1 && !dur_2nd && S_norm_is(&t[b], "on"))
    return true;
  if (t[b].kind != CC_TOK_PUNCT || t[b].norm_len != 1 ||
      !strchr(",(-", t[b].norm[0]))
    return false;
  if (e == b + 1)
    return true;
  return e == b + 2 && dur_2nd && t[b].norm[0] == ',' &&
         (S_norm_is(&t[b + 1], "a") || S_norm_is(&t[b + 1], "or"));
}

/* A duration in hours or minutes a span can be checked against: its
 * figures as stated (its qualifier's: "more than 14 hours", "about six
 * hours"), half its unit either way; false for another kind.
 * A word after it that makes it a difference ("two hours longer", "an
 * hour late") is no length of the span. */
static bool S_span_duration(const S_doc *d, const cc_mention *m, double *lo,
                            double *hi) {
  static const char *const diff[] = {"longer", "shorter", "more",  "less",
                                     "earlier", "later",  "late",  "early",
                                     "after",  "before",  "ahead", "behind",
                                     "ago",    "each",    "a",     "per"};
  if (m->type != CC_M_DURATION || (m->flags & CC_MF_RANGE) ||
      (m->gran != CC_G_HOUR && m->gran != CC_G_MINUTE) || isnan(m->lo) ||
      isnan(m->hi) || !(m->hi > 0))
    return false;
  if (m->tok_end < d->seg->ntokens)
    for (size_t k = 0; k < sizeof diff / sizeof diff[0]; k++)
      if (S_norm_is(&d->tok[m->tok_end], diff[k]))
        return false;
  /* (a qualified duration's interval is the recognizer's already: "about
   * six hours" 5h24m-6h36m, "more than three hours" 3h-) */
  double h = (m->gran == CC_G_HOUR ? 3600 : 60) / 2.0;
  *lo = fmax(0, m->lo - h);
  *hi = m->hi + h;
  return true;
}

/* The length of a clock range ("from 6:30am to 4:30pm", "between 2:15
 * and 9:45 p.m. on Thursday"), in seconds, or -1: a range of times of
 * day, under a day long. */
static double S_span_length(const cc_mention *m) {
  if ((m->type != CC_M_TIME && m->type != CC_M_DATETIME) ||
      !strchr(m->value, '/') ||
      (m->gran != CC_G_MINUTE && m->gran != CC_G_HOUR) || m->open)
    return -1;
  double lo = m->lo, hi = m->hi;
  if ((m->flags & CC_MF_UTC) && isfinite(m->utc_lo) && isfinite(m->utc_hi)) {
    lo = m->utc_lo; /* (a clock change between the two times) */
    hi = m->utc_hi;
  }
  return isfinite(lo) && isfinite(hi) && hi > lo && hi - lo < CC_DAY
             ? hi - lo
             : -1;
}

static void S_fmt_hours(double secs, cc_buf *out) {
  long mins = lround(secs / 60), h = mins / 60, mm = mins % 60;
  if (h)
    cc_buf_printf(out, "%ld hour%s", h, h == 1 ? "" : "s");
  if (h && mm)
    cc_buf_putc(out, ' ');
  if (mm || !h)
    cc_buf_printf(out, "%ld minute%s", mm, mm == 1 ? "" : "s");
}

/* A duration stated beside the clock range it spans, in one sentence:
 * "closed for 14 hours, from 6:30am to 4:30pm" (10 hours).  One claim of
 * the built-in time.span: lo/hi the figures the duration allows, lo2/hi2
 * the range's length; the check is duration_span's (checks.csv). */
CC_NOINLINE void S_builtin_spans(S_doc *d) {
  const char *text = d->seg->doc->text;
  for (uint32_t i = 0; i + 1 < d->v->nmentions; i++) {
    const cc_mention *a = &d->v->mentions[i], *b = a + 1;
    /* (most pairs are no duration and time: the types first) */
    bool dur_first = a->type == CC_M_DURATION;
    if (!(dur_first ? b->type == CC_M_TIME || b->type == CC_M_DATETIME
                    : b->type == CC_M_DURATION &&
                          (a->type == CC_M_TIME || a->type == CC_M_DATETIME)) ||
        a->sentence != b->sentence)
      continue;
    const cc_mention *du = dur_first ? a : b, *ra = dur_first ? b : a;
    double lo, hi, len;
    if (!S_span_gap(d, a->tok_end, b->tok_begin, !dur_first) ||
        (len = S_span_length(ra)) < 0 || !S_span_duration(d, du, &lo, &hi))
      continue;
    S_out *o = S_out_take(d);
    o->c.frame = "time.span";
    o->c.vkind = CC_VK_UNITPAIR;
    o->rule_id = "builtin.span";
    memcpy(o->c.unit, "s", 2);
    S_PUT_LIT(&o->subject, "story");
    cc_buf_put(&o->value, text + du->start, du->end - du->start);
    cc_buf_put(&o->value2, text + du->start, du->end - du->start);
    o->c.lo = lo;
    o->c.hi = hi;
    o->c.lo2 = o->c.hi2 = len;
    /* "from 6:30am to 4:30pm is 10 hours" */
    cc_buf_put(&o->deriv, text + ra->start, ra->end - ra->start);
    cc_buf_puts(&o->deriv, " is ");
    S_fmt_hours(len, &o->deriv);
    S_where(d, o, a->tok_begin, b->tok_end, a->sentence);
    S_commit(d, o);
    i++; /* (the two are taken) */
  }
}

/* The direction a word before a percent tells: 1 up ("rose 18%"), -1
 * down ("fell 12%"), 0 none. */
static int S_change_word(const cc_token *t) {
  static const char *const up[] = {
      "rose",    "rise",     "rises",    "risen",    "rising",  "up",
      "jumped",  "jump",     "jumps",    "climbed",  "climbs",  "grew",
      "grow",    "grows",    "grown",    "growth",   "increased",
      "increase", "increases", "surged",  "surge",    "surges",  "soared",
      "soars",   "gained",   "gain",     "gains",    "rallied", "advanced",
      "higher",  "leapt",    "leaped",   "rocketed", "expanded"};
  static const char *const down[] = {
      "fell",     "fall",      "falls",     "fallen",   "falling", "down",
      "dropped",  "drop",      "drops",     "declined", "decline", "declines",
      "decreased", "decrease", "decreases", "slumped",  "slump",   "plunged",
      "plummeted", "tumbled",  "slid",      "sank",     "dipped",  "slipped",
      "shrank",   "shrunk",    "contracted", "eased",   "lower",   "lost",
      "cut"};
  if (t->norm_len < 2 || t->norm_len > 10)
    return 0;
  for (size_t k = 0; k < sizeof up / sizeof up[0]; k++)
    if (S_norm_is(t, up[k]))
      return 1;
  for (size_t k = 0; k < sizeof down / sizeof down[0]; k++)
    if (S_norm_is(t, down[k]))
      return -1;
  return 0;
}

/* The change word before percent p: "rose 18%", "rose by 18%", "a rise
 * of 18%"; its token into *at; 0 when none. */
static int S_change_before(const S_doc *d, const cc_mention *p,
                           uint32_t first, uint32_t *at) {
  uint32_t k = p->tok_begin;
  if (k <= first)
    return 0;
  k--;
  if ((S_norm_is(&d->tok[k], "by") || S_norm_is(&d->tok[k], "of")) &&
      k > first)
    k--;
  *at = k;
  return S_change_word(&d->tok[k]);
}

/* Tokens [b, e) between the "to" figure x and the "from" one: "from",
 * ", up from", "units, up from" (a count's noun once, right after it),
 * "a kilo from", "a square metre from" (a price's rate in words). */
static bool S_change_from_gap(const S_doc *d, const cc_mention *x,
                              uint32_t b, uint32_t e) {
  if (e <= b || e - b > 4 || !S_norm_is(&d->tok[e - 1], "from"))
    return false;
  if (x->type == CC_M_MONEY && e - b >= 3 &&
      (S_norm_is(&d->tok[b], "a") || S_norm_is(&d->tok[b], "an") ||
       S_norm_is(&d->tok[b], "per"))) {
    for (uint32_t k = b + 1; k + 1 < e; k++)
      if (d->tok[k].kind != CC_TOK_WORD)
        return false;
    return true;
  }
  for (uint32_t k = b; k + 1 < e; k++) {
    const cc_token *t = &d->tok[k];
    if (S_norm_is(t, ",") || S_norm_is(t, "up") || S_norm_is(t, "down"))
      continue;
    if (k == b && x->type == CC_M_NUMBER && t->kind == d->tok[e - 1].kind)
      continue; /* "5,000 units, up from 4,000" */
    return false;
  }
  return true;
}

/* Are a and b figures of one kind: an amount in one currency, a count, a
 * quantity in one unit; each one figure as stated?  With pts (a change
 * in points: "by 25 basis points"), two percentages: a rate's levels. */
static bool S_change_pair(const cc_mention *a, const cc_mention *b,
                          bool pts) {
  if (a->type != b->type ||
      !(pts ? a->type == CC_M_PERCENT && a->unit[0] == '%'
            : a->type == CC_M_MONEY || a->type == CC_M_NUMBER ||
                  a->type == CC_M_QUANTITY) ||
      memcmp(a->unit, b->unit, sizeof a->unit) != 0)
    return false;
  for (int k = 0; k < 2; k++) {
    const cc_mention *m = k ? b : a;
    if ((m->flags & CC_MF_RANGE) || m->qual != CC_Q_NONE ||
        !isfinite(m->lo) || m->lo != m->hi || m->lo < 0)
      return false;
  }
  return b->lo > 0;
}

/* The stated percent of p: "18%", or a fraction word "a third". */
static bool S_change_stated(const S_doc *d, const cc_mention *p, double *lo,
                            double *hi) {
  const char *text = d->seg->doc->text + p->start;
  size_t n = p->end - p->start;
  if (p->type == CC_M_PERCENT && !(p->flags & CC_MF_RANGE) &&
      p->qual != CC_Q_NONE && !isnan(p->lo) && !isnan(p->hi) &&
      p->lo < p->hi) {
    /* "more than 20%" (20 up), "nearly 20%" (18-20), "about 20%": the
     * recognizer's interval, widened by the figure's rounding */
    double v = strtod(p->value, NULL), a, b;
    if (!(v > 0) || !cc_change_figure(text, n, v, false, &a, &b))
      return false;
    *lo = p->lo - (v - a);
    *hi = p->hi + (b - v);
    return *lo >= 0;
  }
  if ((p->flags & CC_MF_RANGE) || p->qual != CC_Q_NONE || !isfinite(p->lo) ||
      p->lo != p->hi || !(p->lo > 0))
    return false;
  if (p->type == CC_M_PERCENT) {
    if (cc_change_figure(text, n, p->lo, false, lo, hi))
      return true;
    /* "half a percentage point", "a quarter point": exact as worded */
    *lo = *hi = p->lo;
    return p->unit[0] == 'p' && !memchr(text, '%', n);
  }
  if (p->type != CC_M_NUMBER || !(p->lo < 1) || n == 0 ||
      (text[0] >= '0' && text[0] <= '9'))
    return false;
  /* "by a third": a loose fraction, an eighth of it either way */
  *lo = p->lo * 100 * 0.875;
  *hi = p->lo * 100 * 1.125;
  return true;
}

/* A figure's rate right after it at token k: "an hour", "a month", "per
 * day" (a duration of one unit, which the recognizer reads as such), "a
 * dozen" (a price per so many: the number's mention). */
static bool S_change_per(const S_doc *d, const cc_mention *m, uint32_t k) {
  const cc_token *t = &d->tok[k];
  return (m->type == CC_M_DURATION || m->type == CC_M_NUMBER) &&
         m->tok_begin == k && m->tok_end == k + 2 &&
         (S_norm_is(t, "a") || S_norm_is(t, "an") || S_norm_is(t, "per"));
}

/* The figure ms[ai] after "to" or "from", then "to X from Y" or "from Y
 * to X": x and y into *xo, *yo, the index of the second figure into *bo.
 * The first figure may have its year: "from 36,500 in 2019 to 28,000",
 * "from £1bn last year to £880m". */
static bool S_change_figures_at(const S_doc *d, uint32_t ai,
                                const cc_mention **xo, const cc_mention **yo,
                                uint32_t *bo, bool pts) {
  const cc_mention *ms = d->v->mentions, *a = &ms[ai];
  uint32_t n = d->v->nmentions, j = ai + 1;
  if (j >= n || ms[j].sentence != a->sentence || a->tok_begin == 0)
    return false;
  const cc_token *t = d->tok;
  uint32_t a_end = a->tok_end; /* a's end, or its year's or its rate's */
  if ((ms[j].type == CC_M_DATE || ms[j].type == CC_M_DATETIME) &&
      (ms[j].tok_begin == a->tok_end ||
       (ms[j].tok_begin == a->tok_end + 1 &&
        S_norm_is(&t[a->tok_end], "in"))) &&
      j + 1 < n && ms[j + 1].sentence == a->sentence)
    a_end = ms[j++].tok_end;
  else if (S_change_per(d, &ms[j], a->tok_end) && j + 1 < n &&
           ms[j + 1].sentence == a->sentence)
    a_end = ms[j++].tok_end; /* "to $13.50 an hour from $12.50" */
  const cc_mention *b = &ms[j];
  if (!S_change_pair(a, b, pts))
    return false;
  *bo = j;
  const cc_token *w = &t[a->tok_begin - 1];
  /* "closed down 3.2% at $41.10, from $43.50": a close's "at" is "to" */
  if ((S_norm_is(w, "to") || S_norm_is(w, "at")) &&
      S_change_from_gap(d, a, a_end, b->tok_begin)) {
    *xo = a, *yo = b;
    return true;
  }
  uint32_t g = b->tok_begin - a_end;
  if (S_norm_is(w, "from") && g >= 1 && g <= 2 &&
      S_norm_is(&t[b->tok_begin - 1], "to") &&
      (g == 1 || a->type == CC_M_NUMBER)) { /* "from 4,000 units to" */
    *xo = b, *yo = a;
    return true;
  }
  return false;
}

/* A built-in arithmetic claim of the story, its values in percent: the
 * out slot with its frame, kind, rule, unit and subject set. */
static S_out *S_out_pct(S_doc *d, const char *frame, const char *rule) {
  S_out *o = S_out_take(d);
  o->c.frame = frame;
  o->c.vkind = CC_VK_UNITPAIR;
  o->rule_id = rule;
  memcpy(o->c.unit, "%", 2);
  S_PUT_LIT(&o->subject, "story");
  return o;
}

/* "18%" then "to X from Y" or "from Y to X" (see S_change_figures_at),
 * their first figure after mention k (the percent's or its period's);
 * the mentions they take after the percent into *used. */
static bool S_change_figures(const S_doc *d, uint32_t i, uint32_t k,
                             const cc_mention **xo, const cc_mention **yo,
                             uint32_t *used, bool pts) {
  uint32_t j;
  if (!S_change_figures_at(d, k + 1, xo, yo, &j, pts) ||
      d->v->mentions[j].sentence != d->v->mentions[i].sentence)
    return false;
  *used = j - i;
  return true;
}

/* One claim: lo/hi the stated change (signed: a fall is negative),
 * lo2/hi2 the change the two figures allow; the derivation says it. */
CC_NOINLINE void S_change_claim(S_doc *d, uint32_t verb,
                                       const cc_mention *p, int dir,
                                       double slo, double shi,
                                       const cc_mention *x,
                                       const cc_mention *y) {
  const char *text = d->seg->doc->text;
  double xlo, xhi, ylo, yhi, clo, chi;
  if (!cc_change_figure(text + x->start, x->end - x->start, x->lo, true, &xlo,
                        &xhi) ||
      !cc_change_figure(text + y->start, y->end - y->start, y->lo, true, &ylo,
                        &yhi) ||
      !(ylo > 0))
    return;
  bool pts = p->type == CC_M_PERCENT && p->unit[0] == 'p';
  if (pts) {
    /* a rate's move in points: the difference of its levels, each as
     * precise as the finer one is written ("to 3% from 3.75%": 3.00) */
    double h = fmin(xhi - xlo, yhi - ylo) / 2;
    clo = (x->lo - h) - (y->lo + h);
    chi = (x->lo + h) - (y->lo - h);
  } else {
    cc_change_pct(xlo, xhi, ylo, yhi, &clo, &chi);
  }
  S_out *o = S_out_pct(d, "quantity.change", "builtin.percent_change");
  if (pts)
    memcpy(o->c.unit, "pp", 3);
  uint32_t end = x->end > y->end ? x->end : y->end;
  cc_buf_put(&o->value, text + d->tok[verb].start, end - d->tok[verb].start);
  cc_buf_put(&o->value2, text + p->start, p->end - p->start);
  o->c.lo = dir > 0 ? slo : -shi;
  o->c.hi = dir > 0 ? shi : -slo;
  o->c.lo2 = clo;
  o->c.hi2 = chi;
  /* "from $13.1bn to $12.4bn is a fall of 5.3%"; "from 4.50% to 4.75%
   * is a rise of 0.25 points" */
  double mid = pts ? x->lo - y->lo : (x->lo / y->lo - 1) * 100;
  cc_buf_puts(&o->deriv, "from ");
  cc_buf_put(&o->deriv, text + y->start, y->end - y->start);
  cc_buf_puts(&o->deriv, " to ");
  cc_buf_put(&o->deriv, text + x->start, x->end - x->start);
  if (pts)
    cc_buf_printf(&o->deriv, " is %s of %.2f points",
                  mid > 0 ? "a rise" : mid < 0 ? "a fall" : "no change",
                  fabs(mid));
  else
    cc_buf_printf(&o->deriv, " is %s of %.*f%%",
                  mid > 0 ? "a rise" : mid < 0 ? "a fall" : "no change",
                  fabs(mid) < 10 ? 1 : 0, fabs(mid));
  S_where(d, o, verb, (x->tok_end > y->tok_end ? x->tok_end : y->tok_end),
          p->sentence);
  S_commit(d, o);
}

/* The change a multiple word tells, in percent: "doubled" +100,
 * "halved" -50; 0 for none. */
static double S_change_multiple(const cc_token *t) {
  if (t->norm_len < 6 || t->norm_len > 10)
    return 0;
  return S_norm_is(t, "doubled")      ? 100
         : S_norm_is(t, "tripled")    ? 200
         : S_norm_is(t, "trebled")    ? 200
         : S_norm_is(t, "quadrupled") ? 300
         : S_norm_is(t, "halved")     ? -50
                                      : 0;
}

/* A word before a multiple that loosens it: "more than doubled", "nearly
 * halved", "roughly tripled" (the multiple is then no figure). */
static bool S_change_hedge(const cc_token *t) {
  static const char *const w[] = {"than",   "nearly", "almost", "about",
                                  "roughly", "around", "over",  "virtually",
                                  "effectively", "practically", "not",
                                  "never", "all", "but"};
  for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
    if (S_norm_is(t, w[k]))
      return true;
  return false;
}

/* The percent right after the second figure ms[bi]: ", an increase of
 * 20%", ", a rise of 25 per cent", ", or 12%", after the figure's date
 * too ("from $40.6bn a year earlier, a decline of 9%", "in 2023, an
 * increase of"); the direction its word tells (0 for "or") into *dir,
 * the percent's index into *pi. */
static bool S_change_after(const S_doc *d, uint32_t bi, int *dir,
                           uint32_t *pi) {
  const cc_mention *ms = d->v->mentions;
  uint32_t n = d->v->nmentions;
  if (bi + 1 >= n)
    return false;
  const cc_mention *b = &ms[bi], *p = &ms[bi + 1];
  const cc_token *t = d->tok;
  uint32_t k = b->tok_end;
  if ((p->type == CC_M_DATE || p->type == CC_M_DATETIME) && bi + 2 < n &&
      (p->tok_begin == k ||
       (p->tok_begin == k + 1 && S_norm_is(&t[k], "in")))) {
    k = p->tok_end;
    p = &ms[++bi + 1];
  }
  *pi = bi + 1;
  uint32_t e = p->tok_begin;
  if (p->sentence != b->sentence || e <= k + 1 || e - k > 4 ||
      !S_norm_is(&t[k], ","))
    return false;
  k++;
  if (p->tok_end < d->seg->ntokens && S_norm_is(&t[p->tok_end], "of"))
    return false; /* "rose from 1.5m to 1.6m, or 5.1% of the workforce" */
  if (e - k == 1 && S_norm_is(&t[k], "or")) {
    *dir = 0;
    return true;
  }
  if (e - k == 3 && (S_norm_is(&t[k], "a") || S_norm_is(&t[k], "an")) &&
      S_norm_is(&t[k + 1 + 1], "of")) {
    *dir = S_change_word(&t[k + 1]);
    return *dir != 0;
  }
  return false;
}

/* "412 breaks last year, up from 350 the year before, a rise of 25%":
 * the figure reached (a count's noun of two words at most after it, then
 * its date),
 * ", up from" or ", down from", the figure it started from, ms[i], and
 * the percent after it as S_change_after reads it.  The mentions taken
 * after ms[i] into *used. */
static bool S_change_up_from(S_doc *d, uint32_t i, uint32_t *used) {
  const cc_mention *ms = d->v->mentions, *b = &ms[i];
  const cc_token *t = d->tok;
  uint32_t f = b->tok_begin - 1; /* "from" (the caller saw it) */
  if (f < 3 || i == 0 || !S_norm_is(&t[f - 2], ","))
    return false;
  int dir = S_norm_is(&t[f - 1], "up")     ? 1
            : S_norm_is(&t[f - 1], "down") ? -1
                                           : 0;
  uint32_t c = f - 2, xi = i - 1;
  const cc_mention *x = &ms[xi];
  if (!dir || x->sentence != b->sentence)
    return false;
  if ((x->type == CC_M_DATE || x->type == CC_M_DATETIME) &&
      x->tok_end == c && xi > 0) { /* "412 last year, up from" */
    c = x->tok_begin;
    if (S_norm_is(&t[c - 1], "in"))
      c--;
    x = &ms[--xi];
    if (x->sentence != b->sentence)
      return false;
  }
  /* the figure, or a count's noun of a word or two after it: "412
   * breaks", "412 burst mains" */
  bool noun = x->type == CC_M_NUMBER && x->tok_end < c && c - x->tok_end <= 2;
  for (uint32_t k = x->tok_end; noun && k < c; k++)
    noun = t[k].kind == CC_TOK_WORD;
  if (!(x->tok_end == c || noun) || !S_change_pair(x, b, false))
    return false;
  int said;
  uint32_t pi;
  double slo, shi;
  if (!S_change_after(d, i, &said, &pi) || (said && said != dir) ||
      !S_change_stated(d, &ms[pi], &slo, &shi))
    return false;
  S_change_claim(d, x->tok_begin, &ms[pi], dir, slo, shi, x, b);
  *used = pi - i;
  return true;
}

/* A change told at its figures: "rose from $10bn to $12bn, an increase
 * of 20%" (the percent after them) or "doubled to 900 from 450" (a
 * multiple, no percent), ms[i] the figure after "to" or "from".  The
 * mentions taken after ms[i] into *used. */
CC_NOINLINE bool S_change_at_figure(S_doc *d, uint32_t i,
                                    uint32_t *used) {
  const cc_mention *ms = d->v->mentions, *a = &ms[i];
  const cc_token *t = d->tok;
  if (a->tok_begin < 2)
    return false;
  const cc_token *w = &t[a->tok_begin - 1];
  if (!S_norm_is(w, "to") && !S_norm_is(w, "from"))
    return false; /* (the cheap test first) */
  uint32_t vb = a->tok_begin - 2, before = i;
  /* "rose this year to 18m from 12m": the period between the verb and
   * "to" (then the verb before it, "in" too: "rose in 2024 to") */
  const cc_mention *q = i > 0 ? &ms[i - 1] : NULL;
  if (q && q->sentence == a->sentence &&
      (q->type == CC_M_DATE || q->type == CC_M_DATETIME) &&
      !(q->flags & CC_MF_RANGE) && q->tok_end == a->tok_begin - 1 &&
      q->tok_begin >= 2) {
    vb = q->tok_begin - 1;
    if (S_norm_is(&t[vb], "in") && vb > 0)
      vb--;
    before = i - 1;
  }
  if (before > 0 && ms[before - 1].sentence == a->sentence &&
      ms[before - 1].tok_end > vb)
    return false;
  const cc_mention *x, *y;
  uint32_t bi;
  if (!S_change_figures_at(d, i, &x, &y, &bi, false))
    return before == i && S_change_up_from(d, i, used);
  /* (the figures first: cheaper than the word lists) */
  double mult = S_change_multiple(&t[vb]);
  int dir = mult ? 0 : S_change_word(&t[vb]);
  if (!mult && !dir)
    return false;
  double slo, shi;
  if (mult) {
    if (vb > 0 && S_change_hedge(&t[vb - 1]))
      return false;
    /* the writer's multiple, as loose as "doubled" is (a twentieth) */
    cc_mention m = *a;
    m.start = t[vb].start, m.end = t[vb].end;
    dir = mult > 0 ? 1 : -1;
    slo = fabs(mult) * 0.95, shi = fabs(mult) * 1.05;
    S_change_claim(d, vb, &m, dir, slo, shi, x, y);
    *used = bi - i;
    return true;
  }
  int said;
  uint32_t pi;
  if (!S_change_after(d, bi, &said, &pi) || (said && said != dir) ||
      !S_change_stated(d, &ms[pi], &slo, &shi))
    return false;
  S_change_claim(d, vb, &ms[pi], dir, slo, shi, x, y);
  *used = pi - i;
  return true;
}

CC_NOINLINE bool S_share_at(S_doc *d, uint32_t i);
CC_NOINLINE bool S_share_before(S_doc *d, uint32_t i);
CC_NOINLINE bool S_share_lead(S_doc *d, uint32_t i);
CC_NOINLINE bool S_share_claim(S_doc *d, const cc_mention *p,
                               const cc_mention *tot, const cc_mention *r);

/* The period a change is told for, right after the percent ms[i]: a
 * date ("in January", "last year", "in the fourth quarter"), a duration
 * ("in a month", "over two years") or "year on year", "on the year".  Its last mention into *k (the date's, else i)
 * and its end into *end. */
static bool S_change_period(const S_doc *d, uint32_t i, uint32_t *k,
                            uint32_t *end) {
  static const char *const yoy[][5] = {{"year", "on", "year", NULL},
                                       {"year", "-", "on", "-", "year"},
                                       {"on", "the", "year", NULL}};
  const cc_mention *ms = d->v->mentions, *p = &ms[i], *q = &ms[i + 1];
  const cc_token *t = d->tok;
  uint32_t e = p->tok_end, nt = d->seg->ntokens;
  /* (a duration only after "in" or "over": "up 12% in a month") */
  if ((q->type == CC_M_DATE || q->type == CC_M_DATETIME ||
       q->type == CC_M_DURATION) &&
      !(q->flags & CC_MF_RANGE) && q->sentence == p->sentence &&
      ((q->tok_begin == e && q->type != CC_M_DURATION) ||
       (q->tok_begin == e + 1 &&
        (S_norm_is(&t[e], "in") || S_norm_is(&t[e], "over") ||
         (q->type != CC_M_DURATION &&
          (S_norm_is(&t[e], "during") || S_norm_is(&t[e], "on")))))) &&
      i + 2 < d->v->nmentions) {
    *k = i + 1;
    *end = q->tok_end;
    return true;
  }
  for (size_t r = 0; r < sizeof yoy / sizeof yoy[0]; r++) {
    uint32_t w = 0;
    while (w < 5 && yoy[r][w] && e + w < nt && S_norm_is(&t[e + w], yoy[r][w]))
      w++;
    if (w == 5 || (w < 5 && !yoy[r][w])) {
      *end = e + w;
      return true;
    }
  }
  return false;
}

/* "sales were $31.5m, down 45% from $65.6m", "took $31.5m, a fall of 45%
 * from the $65.6m": the figure reached first (at most three words of a
 * period after it, "in the quarter"), then ", down|up" or ", a
 * fall|drop|decline|rise|increase|jump of" the percent, then "from" and
 * the figure it started from ("its", "the" or "their" allowed before
 * it).  ms[i] the percent; S_builtin_changes calls it (S_change_after is the
 * other order, "from X to Y, a fall of 5%"). */
CC_NOINLINE bool S_change_trail(S_doc *d, uint32_t i) {
  const cc_mention *ms = d->v->mentions;
  const cc_token *t = d->tok;
  const cc_mention *x = &ms[i - 1], *p = &ms[i], *y = &ms[i + 1];
  const cc_mention *when = NULL;
  if ((x->type == CC_M_ORDINAL || x->type == CC_M_DATE) && i >= 2) {
    /* "in its second weekend", "in the third quarter" */
    when = x;
    x = &ms[i - 2];
  }
  if (x->sentence != p->sentence || y->sentence != p->sentence ||
      p->unit[0] != '%' || !S_change_pair(x, y, false) ||
      !S_norm_is(&t[p->tok_end], "from"))
    return false;
  /* the comma, after at most three words of a period: "$31.5m in its
   * second weekend, down", or after the figure's date: "fell to 212 last
   * year, down", "$31.5m in 2023, down" */
  uint32_t c = x->tok_end;
  if (when && when->type == CC_M_DATE &&
      (when->tok_begin == c ||
       (when->tok_begin == c + 1 && S_norm_is(&t[c], "in"))))
    c = when->tok_end;
  else if (S_norm_is(&t[c], "in"))
    for (uint32_t k = c + 1; k < p->tok_begin && k <= c + 4; k++) {
      if (t[k].kind != CC_TOK_WORD) {
        c = k;
        break;
      }
    }
  if (!S_norm_is(&t[c], ","))
    return false;
  uint32_t g = p->tok_begin - c, o = p->tok_end + 1;
  int dir = 0;
  if (g == 2) {
    const cc_token *w = &t[c + 1];
    dir = S_norm_is(w, "down") ? -1 : S_norm_is(w, "up") ? 1 : 0;
  } else if (g == 4 && S_norm_is(&t[c + 1], "a") &&
             S_norm_is(&t[c + 3], "of")) {
    const cc_token *w = &t[c + 2];
    dir = S_norm_is(w, "fall") || S_norm_is(w, "drop") ||
                  S_norm_is(w, "decline")
              ? -1
          : S_norm_is(w, "rise") || S_norm_is(w, "increase") ||
                  S_norm_is(w, "jump")
              ? 1
              : 0;
  }
  if (!dir || y->tok_begin < o || y->tok_begin > o + 1 ||
      (y->tok_begin == o + 1 && !S_norm_is(&t[o], "its") &&
       !S_norm_is(&t[o], "the") && !S_norm_is(&t[o], "their")))
    return false;
  double slo, shi;
  if (!S_change_stated(d, p, &slo, &shi))
    return false;
  S_change_claim(d, x->tok_begin, p, dir, slo, shi, x, y);
  return true;
}

/* "revenue rose 18% to $12.4bn from $13.1bn": a percent after a change
 * word, then the figure it reached and the one it started from, of one
 * kind.  The check (check_intrinsic.c) compares the stated change with
 * the one the figures give.  Points ("rose 2 points to 5%") are no
 * percent, and percents as figures are left out (points or percent?). */
CC_NOINLINE void S_builtin_changes(S_doc *d) {
  const cc_mention *ms = d->v->mentions;
  uint32_t n = d->v->nmentions, i = 0;
  for (; i + 1 < n; i++) {
    const cc_mention *p = &ms[i];
    uint32_t used;
    /* the cheap test inline: a figure right after "to" or "from" */
    const cc_token *w = &d->tok[p->tok_begin ? p->tok_begin - 1 : 0];
    if (p->tok_begin >= 2 && p->type != CC_M_PERCENT &&
        (w->norm_len == 2 || w->norm_len == 4) &&
        (w->norm[0] == 't' || w->norm[0] == 'f') &&
        S_change_at_figure(d, i, &used)) {
      i += used;
      continue;
    }
    /* the result first, "cut 4,200 jobs, or 6% of its 70,000 staff"
     * (S_share_before; the share first is S_share_at, below) */
    if (p->type == CC_M_PERCENT && i > 0 && p->tok_end < d->seg->ntokens &&
        d->tok[p->tok_end].norm_len == 2 && S_share_before(d, i)) {
      i += 1;
      continue;
    }
    /* the total first, "Of the 400 staff, about 90, or 22%," */
    if (p->type == CC_M_PERCENT && i > 1 && S_share_lead(d, i)) {
      i += 1;
      continue;
    }
    /* the figure reached first, "$31.5m, down 45% from $65.6m" */
    if (p->type == CC_M_PERCENT && i > 0 && p->tok_end < d->seg->ntokens &&
        d->tok[p->tok_end].norm_len == 4 && S_change_trail(d, i)) {
      i += 1;
      continue;
    }
    if (i + 2 >= n || (p->type != CC_M_PERCENT && p->type != CC_M_NUMBER))
      continue;
    /* a share and its result, "19% of the 5.6 million residents, or
     * about 900,000" (below; one walk over the mentions for both) */
    if (p->type == CC_M_PERCENT && p->tok_end < d->seg->ntokens &&
        d->tok[p->tok_end].norm_len == 2 && S_share_at(d, i)) {
      i += 2;
      continue;
    }
    if (p->tok_end >= d->seg->ntokens)
      continue;
    /* the cheap test first: a figure right after "to" or "from", or
     * after the period the change is of */
    const cc_mention *x, *y;
    uint32_t k = i, end = p->tok_end;
    bool date = ms[i + 1].type == CC_M_DATE ||
                ms[i + 1].type == CC_M_DATETIME ||
                ms[i + 1].type == CC_M_DURATION;
    /* (a period only after a percent or a fraction word, which
     * S_change_stated takes: numbers are most mentions) */
    if ((ms[i + 1].tok_begin != end + 1 || date) &&
        (!(p->type == CC_M_PERCENT || p->lo < 1) ||
         !S_change_period(d, i, &k, &end)))
      continue;
    bool pts = p->type == CC_M_PERCENT && p->unit[0] == 'p';
    if (ms[k + 1].tok_begin != end + 1 ||
        !S_change_figures(d, i, k, &x, &y, &used, pts))
      continue;
    uint32_t first =
        i > 0 && ms[i - 1].sentence == p->sentence ? ms[i - 1].tok_end : 0;
    uint32_t verb = p->tok_begin - 1;
    int dir = S_change_before(d, p, first, &verb);
    /* "raised its key rate by 50 basis points to 4.75% from 4.50%": the
     * verb is far, so the levels give the way; the size is checked */
    if (!dir && pts && S_norm_is(&d->tok[p->tok_begin - 1], "by"))
      dir = x->lo > y->lo ? 1 : x->lo < y->lo ? -1 : 0;
    double slo, shi;
    if (!dir || !S_change_stated(d, p, &slo, &shi))
      continue;
    S_change_claim(d, verb, p, dir, slo, shi, x, y);
    i += used; /* its figures are spoken for */
  }
  /* the loop stops before the last mention; a total-first share may end
   * the text ("... or 24%."), and only that shape needs no mention after */
  if (i + 1 == n && n > 2 && ms[i].type == CC_M_PERCENT)
    S_share_lead(d, i);
}

/* ---- a share of a count and its result ------------------------------------- */

/* The figures m allows: an approximate one its interval widened by its
 * rounding ("about 900,000": 810,000-990,000), else its rounding. */
static bool S_share_figure(const S_doc *d, const cc_mention *m, double *lo,
                           double *hi) {
  const char *text = d->seg->doc->text + m->start;
  size_t n = m->end - m->start;
  if ((m->flags & CC_MF_RANGE) || !isfinite(m->lo) || !isfinite(m->hi) ||
      !(m->lo > 0))
    return false;
  if (m->qual == CC_Q_NONE)
    return m->lo == m->hi &&
           cc_change_figure(text, n, m->lo, true, lo, hi);
  double v = strtod(m->value, NULL), a, b;
  if (!(m->lo < m->hi) || !(v > 0) ||
      !cc_change_figure(text, n, v, true, &a, &b))
    return false;
  *lo = m->lo - (v - a);
  *hi = m->hi + (b - v);
  return true;
}

/* Tokens [b, e) between the total and the result: ", or", "-", "(" after
 * at most one word (the count's noun: "residents, or"). */
static bool S_share_gap(const S_doc *d, uint32_t b, uint32_t e) {
  const cc_token *t = d->tok;
  if (e <= b || e - b > 3)
    return false;
  if (e - b >= 2 && t[b].kind == CC_TOK_WORD && !S_norm_is(&t[b], "or"))
    b++;
  if (e - b == 2)
    return S_norm_is(&t[b], ",") && S_norm_is(&t[b + 1], "or");
  if (e - b != 1)
    return false;
  const cc_token *s = &t[b];
  return S_norm_is(s, "(") || S_norm_is(s, "-") || S_norm_is(s, "\xe2\x80\x93") ||
         S_norm_is(s, "\xe2\x80\x94");
}

/* "19% of the 5.6 million residents, or about 900,000 people", "a third
 * of the 300 staff - some 100 workers": a share of a total, and the
 * result right after it.  lo/hi the stated share, lo2/hi2 the share the
 * result of the total gives (both as rounded); the check (`share_of`,
 * check_intrinsic.c) compares them.  ms[i] the share, ms[i + 2] there;
 * S_builtin_changes calls it. */
CC_NOINLINE bool S_share_at(S_doc *d, uint32_t i) {
  const cc_mention *ms = d->v->mentions;
  const cc_token *t = d->tok;
  {
    const cc_mention *p = &ms[i], *tot = &ms[i + 1], *r = &ms[i + 2];
    if (p->tok_end + 3 < tot->tok_begin ||
        tot->tok_begin <= p->tok_end || !S_norm_is(&t[p->tok_end], "of"))
      return false;
    uint32_t g = tot->tok_begin - p->tok_end;
    if (g == 3 || (g == 2 && !S_norm_is(&t[p->tok_end + 1], "the") &&
                   !S_norm_is(&t[p->tok_end + 1], "its") &&
                   !S_norm_is(&t[p->tok_end + 1], "their")))
      return false;
    if (r->sentence != p->sentence || tot->type != r->type ||
        !(tot->type == CC_M_NUMBER || tot->type == CC_M_MONEY) ||
        memcmp(tot->unit, r->unit, sizeof r->unit) != 0 ||
        !S_share_gap(d, tot->tok_end, r->tok_begin))
      return false;
    return S_share_claim(d, p, tot, r);
  }
}

/* The claim of share p of total tot with its result r (S_share_at,
 * S_share_before); false when a figure gives none. */
CC_NOINLINE bool S_share_claim(S_doc *d, const cc_mention *p,
                               const cc_mention *tot, const cc_mention *r) {
  const char *text = d->seg->doc->text;
  {
    double slo, shi, tlo, thi, rlo, rhi;
    const char *pt = text + p->start;
    if (p->start < p->end && !(pt[0] >= '0' && pt[0] <= '9') &&
        p->qual == CC_Q_NONE && isfinite(p->lo) && p->lo == p->hi) {
      slo = p->lo * 0.875; /* "a third": loose, an eighth either way */
      shi = p->lo * 1.125;
    } else if (!S_change_stated(d, p, &slo, &shi) || !isfinite(shi)) {
      return false;
    }
    if (!(shi <= 100) || !S_share_figure(d, tot, &tlo, &thi) ||
        !S_share_figure(d, r, &rlo, &rhi) || !(rhi < thi))
      return false;
    S_out *o = S_out_pct(d, "quantity.share", "builtin.share_of");
    const cc_mention *a = r < p ? r : p, *z = r < p ? tot : r;
    if (tot < a) { /* "Of the 400 staff, 90, or 22%" (S_share_lead) */
      a = tot;
      z = p;
    }
    cc_buf_put(&o->value, text + a->start, z->end - a->start);
    cc_buf_put(&o->value2, pt, p->end - p->start);
    o->c.lo = slo;
    o->c.hi = shi;
    o->c.lo2 = rlo / thi * 100;
    o->c.hi2 = rhi / tlo * 100;
    /* "900,000 of 5.6 million is 16%" */
    double mid = (rlo + rhi) / (tlo + thi) * 100;
    cc_buf_put(&o->deriv, text + r->start, r->end - r->start);
    cc_buf_puts(&o->deriv, " of ");
    cc_buf_put(&o->deriv, text + tot->start, tot->end - tot->start);
    cc_buf_printf(&o->deriv, " is %.*f%%", mid < 10 ? 1 : 0, mid);
    S_where(d, o, a->tok_begin, z->tok_end, p->sentence);
    S_commit(d, o);
    return true;
  }
}

/* The word after "of" before a share's total: "of the 400 staff", "of
 * its 70,000 staff", "of their 12 seats". */
static bool S_total_det(const cc_token *w) {
  return S_norm_is(w, "the") || S_norm_is(w, "its") || S_norm_is(w, "their");
}

/* A word of approximation before a figure that did not take it. */
static bool S_approx_word(const cc_token *w) {
  return S_norm_is(w, "about") || S_norm_is(w, "some") ||
         S_norm_is(w, "roughly") || S_norm_is(w, "around") ||
         S_norm_is(w, "nearly") || S_norm_is(w, "almost");
}

/* "cut 4,200 jobs, or about 6% of its 70,000 staff", "12 seats (40% of
 * the 30 at stake)", "of its workforce of 70,000": the result first,
 * then ", or" or a bracket (one noun and one word of approximation
 * allowed), then the share of a total, "its" or "the" after "of" and at
 * most three words ending in "of" before the total.  ms[i] the share. */
CC_NOINLINE bool S_share_before(S_doc *d, uint32_t i) {
  const cc_mention *ms = d->v->mentions;
  const cc_token *t = d->tok;
  const cc_mention *r = &ms[i - 1], *p = &ms[i], *tot = &ms[i + 1];
  if (r->sentence != p->sentence || tot->sentence != p->sentence ||
      tot->type != r->type ||
      !(r->type == CC_M_NUMBER || r->type == CC_M_MONEY) ||
      memcmp(tot->unit, r->unit, sizeof r->unit) != 0 ||
      !S_norm_is(&t[p->tok_end], "of"))
    return false;
  uint32_t b = r->tok_end, e = p->tok_begin;
  if (e > b && t[e - 1].kind == CC_TOK_WORD && S_approx_word(&t[e - 1]))
    e--; /* "or about 6%" when the percent does not take "about" */
  if (!S_share_gap(d, b, e))
    return false;
  uint32_t o = p->tok_end + 1, g = tot->tok_begin - o;
  if (tot->tok_begin <= o || g > 4 || !S_total_det(&t[o]))
    return false;
  if (g > 1) { /* "of its workforce of 70,000" */
    if (!S_norm_is(&t[tot->tok_begin - 1], "of"))
      return false;
    for (uint32_t k = o + 1; k < tot->tok_begin; k++)
      if (t[k].kind != CC_TOK_WORD)
        return false;
  }
  return S_share_claim(d, p, tot, r);
}

/* "Of the 400 staff, about 90, or 22%, were ...": the total after "of
 * the" (its, their), at most two words and a comma, the result (one word
 * of approximation allowed), then ", or" or a bracket and the share, not
 * followed by "of" (a share of some other whole).  ms[i] the share. */
CC_NOINLINE bool S_share_lead(S_doc *d, uint32_t i) {
  const cc_mention *ms = d->v->mentions;
  const cc_token *t = d->tok;
  const cc_mention *tot = &ms[i - 2], *r = &ms[i - 1], *p = &ms[i];
  if (tot->sentence != p->sentence || r->sentence != p->sentence ||
      tot->type != r->type ||
      !(r->type == CC_M_NUMBER || r->type == CC_M_MONEY) ||
      memcmp(tot->unit, r->unit, sizeof r->unit) != 0 || tot->tok_begin < 2 ||
      !S_norm_is(&t[tot->tok_begin - 2], "of") ||
      !S_total_det(&t[tot->tok_begin - 1]))
    return false;
  if (p->tok_end < d->seg->ntokens && S_norm_is(&t[p->tok_end], "of"))
    return false;
  uint32_t b = tot->tok_end, e = r->tok_begin;
  if (e > b && t[e - 1].kind == CC_TOK_WORD && S_approx_word(&t[e - 1]))
    e--;
  if (e <= b || e - b > 3 || !S_norm_is(&t[e - 1], ","))
    return false;
  for (uint32_t k = b; k + 1 < e; k++)
    if (t[k].kind != CC_TOK_WORD)
      return false;
  b = r->tok_end;
  e = p->tok_begin;
  if (e > b && t[e - 1].kind == CC_TOK_WORD && S_approx_word(&t[e - 1]))
    e--;
  if (!S_share_gap(d, b, e))
    return false;
  return S_share_claim(d, p, tot, r);
}

/* An amount and its conversion in brackets, "$5.3bn (£4.1bn)": the rate
 * the writer used.  Two such pairs of one currency pair should imply one
 * rate (within the rounding of the figures and the market's moves), in an
 * article and across outlets; a slipped scale ("$1.8 billion (£9.4
 * million)") or a lost "m" ("$6.3 (£3.35m)") does not.  The claim keeps
 * both amounts, the currencies in order of their codes (lo: the first,
 * lo2: the second); the check makes the rate's interval from them.  Only
 * brackets: "$5m, or £4m," may be two figures, not one in two currencies. */
/* The year a conversion is tied to, when it is not the article's: a date
 * right after the brackets, "684bn yen ($6.4bn) loss in 2000 into 331bn
 * yen ($2.7bn) profit the following year" (each may be at its own year's
 * rate, so the two are not one rate), else one within 8 tokens before the
 * amount with no other mention between ("In 2008 the club was bought for
 * $50m (£25m)"), else 0.  a is the amount, b its conversion; a date after
 * must begin within 3 tokens of the closing bracket (the next amount is
 * then not between them). */
static int S_rate_year(const S_doc *d, const cc_mention *a,
                       const cc_mention *b) {
  const cc_mention *end = d->v->mentions + d->v->nmentions;
  const cc_mention *m = b + 1;
  if (m >= end || m->sentence != b->sentence ||
      (m->type != CC_M_DATE && m->type != CC_M_DATETIME) ||
      m->tok_begin > b->tok_end + 4)
    m = a > d->v->mentions ? a - 1 : NULL; /* "in 2005 for $1.4bn (£790m)" */
  if (!m || m->sentence != b->sentence ||
      (m->type != CC_M_DATE && m->type != CC_M_DATETIME) ||
      (m < a && m->tok_end + 8 < a->tok_begin) || !isfinite(m->lo) ||
      !isfinite(m->hi) || m->hi - m->lo > 366.0 * CC_DAY)
    return 0;
  int y = cc_civil_from_days((int64_t)floor(m->lo / CC_DAY)).y;
  if (cc_civil_from_days((int64_t)floor((m->hi - 1) / CC_DAY)).y != y)
    return 0; /* (a span across years: no one year) */
  if (d->has_date && cc_civil_from_days(d->date_days).y == y)
    return 0; /* the article's own year: compared with its other rates */
  return y;
}

/* The claim of a and its conversion b (S_builtin_rates); false when
 * either gives no figure.  (Out of line: the matcher's loop, which calls
 * the built-ins, keeps its own inlining; c1 +0.27 M with it inline.) */
CC_NOINLINE bool S_rate_claim(S_doc *d, const cc_mention *a,
                              const cc_mention *b) {
  double av = strtod(a->value, NULL), bv = strtod(b->value, NULL);
  if (!(av > 0) || !(bv > 0) || !isfinite(av) || !isfinite(bv))
    return false; /* a range or a word the recognizer gave no figure */
  bool swap = memcmp(a->unit, b->unit, sizeof a->unit) > 0;
  const cc_mention *x = swap ? b : a, *y = swap ? a : b;
  double xv = swap ? bv : av, yv = swap ? av : bv;
  S_out *o = S_out_take(d);
  o->c.frame = "money.rate";
  o->c.vkind = CC_VK_RATE;
  o->rule_id = "builtin.rate";
  memcpy(o->c.unit, x->unit, sizeof o->c.unit);
  S_PUT_LIT(&o->subject, "story");
  cc_buf_puts(&o->object, x->unit);
  cc_buf_putc(&o->object, '/');
  cc_buf_puts(&o->object, y->unit);
  int year = S_rate_year(d, a, b);
  if (year)
    cc_buf_printf(&o->object, " %d", year);
  o->c.lo = o->c.hi = xv;
  o->c.lo2 = o->c.hi2 = yv;
  /* "1 GBP = 1.293 USD", the way round that reads as one or more */
  char num[64];
  bool up = yv >= xv;
  double r = up ? yv / xv : xv / yv;
  snprintf(num, sizeof num, r < 1e4 ? "1 %s = %.4g %s" : "1 %s = %.0f %s",
           up ? x->unit : y->unit, r, up ? y->unit : x->unit);
  cc_buf_puts(&o->value, num);
  cc_buf_puts(&o->value2, y->value);
  S_where(d, o, a->tok_begin, b->tok_end + 1, a->sentence);
  S_commit(d, o);
  return true;
}

static void S_builtin_rates(S_doc *d) {
  const cc_token *t = d->tok;
  for (uint32_t i = 0; i + 1 < d->v->nmentions; i++) {
    const cc_mention *a = &d->v->mentions[i], *b = a + 1;
    if (a->type != CC_M_MONEY || b->type != CC_M_MONEY ||
        a->sentence != b->sentence || b->tok_begin != a->tok_end + 1 ||
        b->tok_end >= d->seg->ntokens || !a->unit[0] || !b->unit[0] ||
        memcmp(a->unit, b->unit, sizeof a->unit) == 0)
      continue;
    const cc_token *open = &t[a->tok_end], *close = &t[b->tok_end];
    if (open->norm_len == 1 && open->norm[0] == '(' &&
        close->norm_len == 1 && close->norm[0] == ')' &&
        S_rate_claim(d, a, b))
      i++; /* b is spoken for */
  }
}

/* Does s begin with a weekday's first three letters, in any case (what
 * strncasecmp(s, "Monday", 3) == 0 tells, for each day, in one test)? */
static bool S_weekday_word(const char *s) {
  uint32_t k = 0;
  for (int i = 0; i < 3; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!c)
      return false;
    k = k << 8 | (c >= 'A' && c <= 'Z' ? c + 32u : c);
  }
#define S_DAY3(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (c))
  return k == S_DAY3('m', 'o', 'n') || k == S_DAY3('t', 'u', 'e') ||
         k == S_DAY3('w', 'e', 'd') || k == S_DAY3('t', 'h', 'u') ||
         k == S_DAY3('f', 'r', 'i') || k == S_DAY3('s', 'a', 't') ||
         k == S_DAY3('s', 'u', 'n');
#undef S_DAY3
}

static void S_builtin_weekdays(S_doc *d) {
  static const char *const days[7] = {"Monday", "Tuesday",  "Wednesday",
                                      "Thursday", "Friday", "Saturday",
                                      "Sunday"};
  for (uint32_t i = 0; i < d->v->nmentions; i++) {
    const cc_mention *m = &d->v->mentions[i];
    if ((m->type != CC_M_DATE && m->type != CC_M_DATETIME) ||
        m->weekday < 0 || m->weekday > 6 ||
        (m->flags & CC_MF_UNRESOLVED) || !isfinite(m->lo))
      continue; /* no calendar date to hold the weekday against */
    /* a day number and a month named beside the weekday: "on Friday"
     * alone, or "Friday the 13th" (a film), names no date to check */
    bool digits = false, month = false, seen_day = false;
    for (uint32_t t = m->tok_begin; t < m->tok_end; t++) {
      const cc_token *k = &d->tok[t];
      digits |= k->kind == CC_TOK_NUM;
      bool day = S_weekday_word(k->norm);
      if (day && !seen_day) {
        seen_day = true;
        continue;
      }
      month |= k->kind == CC_TOK_WORD && (k->flags & CC_TF_CAP);
    }
    if (!digits || !month)
      continue;
    S_out *o = S_out_take(d);
    o->c.frame = "date.weekday";
    o->c.vkind = CC_VK_WEEKDAY;
    o->c.gran = CC_G_DAY;
    o->rule_id = "builtin.weekday";
    S_PUT_LIT(&o->subject, "story");
    o->c.lo = m->lo;
    o->c.hi = m->lo + CC_DAY;
    o->c.lo2 = o->c.hi2 = m->weekday;
    char day[16];
    S_fmt_day(m->lo, day);
    cc_buf_puts(&o->value, day);
    cc_buf_puts(&o->value2, days[m->weekday]);
    if (m->flags & CC_MF_YEAR_INFERRED)
      o->c.flags |= CC_CF_YEAR_INFERRED;
    S_where(d, o, m->tok_begin, m->tok_end, m->sentence);
    S_commit(d, o);
  }
}

/* Case-insensitive ASCII compare of the surname part (last token). */
static const char *S_last_word(const char *s) {
  const char *sp = strrchr(s, ' ');
  return sp ? sp + 1 : s;
}

/* The surname as written, after a generational suffix is left out
 * ("Roger Altieri Jr." -> "Altieri"): the name's key keeps the suffix ("altieri jr"), which tells a son from
 * his father, but the surname a reader compares is the name's. */
static void S_put_surname(const char *s, cc_buf *out) {
  static const char *const sfx[] = {"jr", "jr.", "sr", "sr.",
                                    "ii", "iii", "iv"};
  const char *w = S_last_word(s);
  size_t n = strlen(w);
  char c0 = (char)(w[0] | 0x20); /* (the cheap test: most names end in none) */
  if (w != s && n >= 2 && n <= 3 + (w[n - 1] == '.') &&
      (c0 == 'j' || c0 == 's' || c0 == 'i'))
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++)
      if (strcasecmp(w, sfx[i]) == 0) {
        const char *e = w - 1, *b = e; /* (e: the space before it) */
        while (b > s && b[-1] != ' ')
          b--;
        if (b < e) {
          w = b;
          n = (size_t)(e - b);
        }
        break;
      }
  cc_buf_put(out, w, n);
}

static void S_builtin_names(S_doc *d) {
  const cc_doc_view *v = d->v;
  uint32_t ne = v->nentities;
  const uint32_t *next = d->knext; /* (the chains: S_people) */
  for (uint32_t i = 0; i < ne; i++) {
    const cc_entity *en = &v->entities[i];
    if (en->kind != CC_E_PERSON || (en->flags & CC_EF_WEAK))
      continue;
    bool single = (en->flags & CC_EF_SURNAME_ONLY) != 0;
    bool skip = false;
    /* the persons of the same key (a chain in document order) */
    for (uint32_t k = d->keyed[d->kat[i]].first; k != UINT32_MAX && !skip;
         k = next[k]) {
      const cc_entity *o2 = &v->entities[k];
      if (k < i && strcasecmp(o2->surface, en->surface) == 0)
        skip = true; /* this spelling was claimed already */
      else if (single && !(o2->flags & CC_EF_SURNAME_ONLY) &&
               strcasecmp(S_last_word(o2->surface), en->surface) == 0)
        skip = true; /* the surname of a full name given in the document */
    }
    if (skip)
      continue;
    S_out *o = S_out_take(d);
    o->c.frame = "person.name";
    o->c.vkind = CC_VK_NAME;
    o->rule_id = "builtin.name";
    cc_buf_puts(&o->subject, en->key);
    cc_buf_puts(&o->value, en->surface);
    S_put_surname(en->surface, &o->value2);
    S_where(d, o, en->tok_begin, en->tok_end, en->sentence);
    S_commit(d, o);
  }
}

/* ---- entry point ------------------------------------------------------------------------------ */

/* Compare two uint64_t (qsort). */
static int S_cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* Sort the entity entries of S_index_doc ascending: they come in token
 * order but for overlaps, so a pass tells most documents' are sorted
 * already; the others are sorted by qsort (n log n, whatever the
 * input).  Keys are distinct (each holds its entry's own number). */
static void S_ent_keys(uint64_t *keys, uint32_t n) {
  for (uint32_t k = 1; k < n; k++)
    if (keys[k - 1] > keys[k]) {
      qsort(keys, n, sizeof *keys, S_cmp_u64);
      return;
    }
}

/* p[0 .. n) = v, eight at a time with SSE2, else four (most runs are
 * long: the tokens between two entities). */
CC_ALWAYS_INLINE void S_fill_u32(uint32_t *p, uint32_t v, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  __m128i vv = _mm_set1_epi32((int)v);
  if (n >= 4) {
    for (; i + 8 <= n; i += 8) {
      _mm_storeu_si128((__m128i *)(void *)(p + i), vv);
      _mm_storeu_si128((__m128i *)(void *)(p + i + 4), vv);
    }
    /* the rest (under eight) by one or two stores of four ending at n,
     * over entries already v where they overlap: a run's tail was a
     * store a loop step, about half of S_index_doc's fill */
    if (i + 4 < n)
      _mm_storeu_si128((__m128i *)(void *)(p + i), vv);
    if (i < n)
      _mm_storeu_si128((__m128i *)(void *)(p + n - 4), vv);
    return;
  }
#else
  uint64_t vv = (uint64_t)v << 32 | v;
  for (; i + 4 <= n; i += 4) {
    memcpy(p + i, &vv, 8);
    memcpy(p + i + 2, &vv, 8);
  }
#endif
  for (; i < n; i++)
    p[i] = v;
}

/* p[0 .. n) = byte c, 64 bytes a step: glibc's memset stores the
 * document-sized tables by rep stosb, which callgrind counts a byte an
 * instruction (S_index_doc's four fills were 2,100 a document on c1). */
static void S_fill(void *p, int c, size_t n) {
#if defined(__SSE2__)
  char *q = p;
  __m128i v = _mm_set1_epi8((char)c);
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    _mm_storeu_si128((__m128i *)(void *)(q + i), v);
    _mm_storeu_si128((__m128i *)(void *)(q + i + 16), v);
    _mm_storeu_si128((__m128i *)(void *)(q + i + 32), v);
    _mm_storeu_si128((__m128i *)(void *)(q + i + 48), v);
  }
  for (; i + 16 <= n; i += 16)
    _mm_storeu_si128((__m128i *)(void *)(q + i), v);
  if (i < n)
    memset(q + i, c, n - i);
#else
  memset(p, c, n);
#endif
}

static void S_index_doc(S_doc *d) {
  const cc_doc_view *v = d->v;
  uint32_t nt = d->seg->ntokens;
  /* (the tables live in the document's arena, freed at once) */
  cc_arena *a = d->arena;
  /* m_at, m_cover and l_at in one block: -1 everywhere (all bits set),
   * in one fill */
  d->m_at = cc_arena_alloc_raw(a, 3 * ((size_t)nt + 1) * sizeof *d->m_at);
  d->m_cover = d->m_at + nt + 1;
  d->l_at = d->m_cover + nt + 1;
  S_fill(d->m_at, 0xff, 3 * ((size_t)nt + 1) * sizeof *d->m_at);
  d->e_off = cc_arena_alloc_raw(a, (nt + 2) * sizeof *d->e_off);
  /* (wid and snum are made sentence by sentence, S_sentence; d->wid[nt],
   * past the last sentence, is 0) */
  d->wid = d->rs ? cc_arena_alloc_raw(a, (nt + 1) * sizeof *d->wid)
                 : cc_arena_alloc(a, (nt + 1) * sizeof *d->wid);
  d->wid[nt] = 0;
  d->snum = cc_arena_alloc_raw(a, nt + 1);
  S_fill(d->snum, 0xff, nt + 1);
  d->tslot = cc_arena_alloc_raw(a, (nt + 1) * sizeof *d->tslot);
  S_fill(d->tslot, 0, (nt + 1) * sizeof *d->tslot);
  d->tfl = cc_arena_alloc_raw(a, nt + 1);
  S_fill(d->tfl, 0, nt + 1);
  d->wmade = cc_arena_alloc(a, d->seg->nsentences + 1);
  d->e_list = cc_arena_alloc_raw(a, (2 * (size_t)v->nentities + 1) *
                                         sizeof *d->e_list);
  /* the slot types the mentions and entities of each sentence may fill
   * (d->sslots, for a rule set; COUNT from a bare number and NONN are
   * added per sentence), in the same loops.  Over-approximate: a bit may
   * be set where no slot is filled, never the other way.  A mention or
   * entity outside the sentence it names (never seen) turns the filter
   * off: every bit set. */
  const cc_segmented *seg = d->seg;
  const cc_sentence *sent = seg->sentences;
  uint32_t ns = seg->nsentences;
  bool slots = d->rs && d->rs->nrules, all = false;
  uint32_t *sslots = NULL;
  if (slots)
    sslots = d->sslots = cc_arena_alloc(a, (ns + 1) * sizeof *d->sslots);
  static const uint8_t eslot[3] = {[CC_E_PERSON] = CC__S_PERSON,
                                   [CC_E_PLACE] = CC__S_PLACE,
                                   [CC_E_ORG] = CC__S_ORG};
  /* (the tables in locals: each store through one may alias the
   * others, and d's fields were read again after each) */
  int32_t *m_at = d->m_at, *m_cover = d->m_cover;
  uint8_t *tfl = d->tfl;
  uint16_t *tslot = d->tslot;
  for (uint32_t i = 0; i < v->nmentions; i++) {
    const cc_mention *m = &v->mentions[i];
    uint32_t tb = m->tok_begin, te = m->tok_end < nt ? m->tok_end : nt;
    int ms = m->type < CC_M__COUNT ? S_mslot[m->type] : -1;
    if (slots) {
      uint32_t s = m->sentence;
      if (s >= ns || tb < sent[s].tok_begin || m->tok_end > sent[s].tok_end)
        all = true;
      else if (ms >= 0)
        sslots[s] |= 1u << ms;
    }
    if (tb < nt && m_at[tb] < 0) {
      m_at[tb] = (int32_t)i;
      tfl[tb] |= S_T_START | S_T_ENT;
      if (ms >= 0)
        tslot[tb] |= (uint16_t)(1u << ms);
    }
    for (size_t t = tb; t < te; t++) /* (size_t: no widening a step) */
      if (m_cover[t] < 0)
        m_cover[t] = (int32_t)i;
  }
  /* entities by first token, at the title and at the name, each token's
   * in their order: the entries as (start << 32 | 2 * entity + at name),
   * ascending (S_ent_keys), so e_off is written once per token in one
   * tight loop and estart is read off the keys, not found by a pass over
   * every token */
  uint32_t nk = 0;
  uint64_t *keys = cc_arena_alloc_raw(a, (2 * (size_t)v->nentities + 1) *
                                             sizeof *keys);
  for (uint32_t i = 0; i < v->nentities; i++) {
    const cc_entity *en = &v->entities[i];
    if (slots) {
      uint32_t s = en->sentence;
      if (s >= ns || en->tok_title < sent[s].tok_begin ||
          en->tok_begin < sent[s].tok_begin ||
          en->tok_title >= sent[s].tok_end ||
          en->tok_begin >= sent[s].tok_end) {
        all = true;
      } else {
        if (en->kind <= CC_E_ORG)
          sslots[s] |= 1u << eslot[en->kind];
        if (en->kind == CC_E_PERSON) /* a list starts at a person */
          sslots[s] |= 1u << CC__S_LIST;
      }
    }
    if (en->tok_title < nt) {
      keys[nk++] = (uint64_t)en->tok_title << 32 | 2 * (uint64_t)i;
      d->tfl[en->tok_title] |= S_T_START | S_T_ENT;
      d->tslot[en->tok_title] |= (uint16_t)(1u << S_eslot(en->kind));
    }
    if (en->tok_begin != en->tok_title && en->tok_begin < nt) {
      keys[nk++] = (uint64_t)en->tok_begin << 32 | (2 * (uint64_t)i + 1);
      d->tfl[en->tok_begin] |= S_T_START | S_T_ENT;
      d->tslot[en->tok_begin] |= (uint16_t)(1u << S_eslot(en->kind));
    }
  }
  S_ent_keys(keys, nk);
  d->estart = cc_arena_alloc_raw(a, ((size_t)nk + 1) * sizeof *d->estart);
  d->nestart = 0;
  uint32_t t = 0; /* e_off[0 .. t) written */
  for (uint32_t k = 0; k < nk; k++) {
    uint32_t at = (uint32_t)(keys[k] >> 32);
    d->e_list[k] = (uint32_t)keys[k] >> 1;
    if (t > at) /* (the same token as the previous entry) */
      continue;
    S_fill_u32(d->e_off + t, k, at + 1 - t); /* entries before k start
                                                before token at */
    t = at + 1;
    d->estart[d->nestart++] = at;
  }
  S_fill_u32(d->e_off + t, nk, nt + 2 - t);
  if (all)
    for (uint32_t s = 0; s < ns; s++)
      sslots[s] = UINT32_MAX;
}

/* ---- scratch kept between documents ------------------------------------- */

struct cc__scratch {
  cc_arena *arena;   /* S_doc.arena, reset after each document */
  uint32_t *present; /* S_doc.present, nwords + 1 entries */
  uint32_t *pseen;   /* S_doc.pseen, nprogs entries */
  uint8_t *pok;      /* S_doc.pok, nprogs entries */
  uint32_t used;     /* the stamps present and pseen hold are <= used */
  /* S_doc's VM stamps (visit, visit_cap, vclear, stamp: the stamps only
   * grow, so a row cleared for an earlier document holds none of the
   * next one's), its buffers, and the run's tables (S_run: th, cp, stk,
   * head, tail, pos and their sizes), all grown as needed, never shrunk */
  uint32_t *visit;
  size_t visit_cap, vclear;
  uint32_t stamp;
  cc_buf quote;
  S_out *outs;       /* S_doc.outs (S_PEND slots, NULL until the first) */
  cc_vec lists;
  S_run run;
  S_htab tabs[2];    /* S_doc.seen and pkey */
};

/* S_PEND slots of S_doc.outs, and their buffers, freed. */
static void S_outs_free(S_out *outs) {
  if (!outs)
    return;
  for (uint32_t i = 0; i < S_PEND; i++) {
    for (int j = 0; j < 7; j++)
      cc_buf_free(&outs[i].bufs[j]);
    cc_buf_free(&outs[i].key);
  }
  cc_xfree(outs);
}

void cc__scratch_free(cc__scratch *sc) {
  if (!sc)
    return;
  cc_arena_free(&sc->arena);
  cc_xfree(sc->visit);
  cc_buf_free(&sc->quote);
  S_outs_free(sc->outs);
  cc_vec_free(&sc->lists);
  for (int i = 0; i < 2; i++)
    S_htab_free(&sc->tabs[i]);
  cc_xfree(sc->run.th);
  cc_xfree(sc->run.cp);
  cc_xfree(sc->run.stk);
  cc_xfree(sc->run.head);
  cc_xfree(sc->run.tail);
  cc_xfree(sc->run.pos);
  cc_xfree(sc->run.wbw);
  cc_xfree(sc->present);
  cc_xfree(sc->pseen);
  cc_xfree(sc->pok);
  cc_xfree(sc);
}

/* A spare scratch of rs's, or a new one (zeroed tables, stamp 0). */
static cc__scratch *S_scratch_take(const cc_ruleset *rs) {
  cc_ruleset *m = (cc_ruleset *)rs; /* (the spares alone change) */
  for (int i = 0; i < CC__SPARES; i++) {
    cc__scratch *sc = atomic_exchange(&m->spare[i], NULL);
    if (sc)
      return sc;
  }
  cc__scratch *sc = cc_xcalloc(1, sizeof *sc);
  sc->arena = cc_arena_new();
  sc->present = cc_xcalloc(rs->nwords + 1, sizeof *sc->present);
  sc->pseen = cc_xcalloc(rs->nprogs + 1, sizeof *sc->pseen);
  sc->pok = cc_xcalloc(rs->nprogs + 1, 1);
  sc->lists = (cc_vec)CC_VEC_INIT(S_list);
  sc->run.stk = cc_xmalloc((rs->max_code + 1) * sizeof *sc->run.stk);
  return sc;
}

/* Give sc back to rs's spares (freed when every slot is taken). */
static void S_scratch_give(const cc_ruleset *rs, cc__scratch *sc) {
  cc_ruleset *m = (cc_ruleset *)rs;
  cc_arena_reset(sc->arena);
  for (int i = 0; i < CC__SPARES; i++) {
    cc__scratch *none = NULL;
    if (atomic_compare_exchange_strong(&m->spare[i], &none, sc))
      return;
  }
  cc__scratch_free(sc);
}

/* d's stamps for its nsent sentences, above every stamp sc's tables hold
 * (zeroed again in the rare case the stamps would wrap). */
static uint32_t S_scratch_marks(const cc_ruleset *rs, cc__scratch *sc,
                                uint32_t nsent) {
  if (nsent >= UINT32_MAX - 1 - sc->used) {
    memset(sc->present, 0, (rs->nwords + 1) * sizeof *sc->present);
    memset(sc->pseen, 0, (rs->nprogs + 1) * sizeof *sc->pseen);
    sc->used = 0;
  }
  uint32_t mark0 = sc->used + 1;
  sc->used += nsent + 1;
  return mark0;
}

static void S_apply(const cc_ruleset *rs, const cc_doc_view *view,
                    cc_claim_store *store, cc__vmstats *vs);

void cc_rules_apply(const cc_ruleset *rs, const cc_doc_view *view,
                    cc_claim_store *store) {
  S_apply(rs, view, store, NULL);
}

void cc__rules_apply_vmcheck(const cc_ruleset *rs, const cc_doc_view *view,
                             cc_claim_store *store, cc__vmstats *vs) {
  S_apply(rs, view, store, vs);
}

static void S_apply(const cc_ruleset *rs, const cc_doc_view *view,
                    cc_claim_store *store, cc__vmstats *vs) {
  if (!view || !view->seg || !store)
    return;
  cc__scratch *sc = rs ? S_scratch_take(rs) : NULL;
  S_doc d = {.rs = rs, .v = view, .seg = view->seg, .tok = view->seg->tokens,
             .store = store, .lists = CC_VEC_INIT(S_list),
             .arena = sc ? sc->arena : cc_arena_new(), .vs = vs};
  if (sc) { /* (the buffers as the last document left them: each is
               emptied where it is used) */
    d.lists = sc->lists;
    d.lists.len = 0;
    d.quote = sc->quote;
    d.quote.len = 0;
    d.outs = sc->outs;
    d.visit = sc->visit;
    d.visit_cap = sc->visit_cap;
    d.vclear = sc->vclear;
    d.stamp = sc->stamp;
  }
  if (!d.outs) /* (zeroed: empty buffers) */
    d.outs = cc_xcalloc(S_PEND, sizeof *d.outs);
  S_htab own[2] = {{0}}; /* (without a rule set: the document's own) */
  S_htab *tabs = sc ? sc->tabs : own;
  d.seen = &tabs[0];
  d.pkey = &tabs[1];
  S_htab_begin(d.seen, view->nmentions + view->nentities);
  S_htab_begin(d.pkey, view->nentities);
  const cc_doc *doc = view->seg->doc;
  d.has_date = doc && doc->meta.date_src != CC_DATE_NONE;
  d.date_days = d.has_date ? doc->meta.date : 0;
  d.recent = -1;
  S_inside inside = {0};
  d.inside = &inside;
  S_index_doc(&d);
  S_people(&d);
  if (rs && rs->nrules) {
    d.present = sc->present;
    d.pseen = sc->pseen;
    d.pok = sc->pok;
    d.mark0 = S_scratch_marks(rs, sc, d.seg->nsentences);
    d.maybe = cc_arena_alloc(d.arena,
                             (rs->pwords + CC__FW) * sizeof *d.maybe);
    d.cand = cc_arena_alloc(d.arena, (rs->pwords + 1) * sizeof *d.cand);
    S_run R = {.th = sc->run.th, .cth = sc->run.cth, .cp = sc->run.cp,
               .ccp = sc->run.ccp, .stk = sc->run.stk, .head = sc->run.head,
               .tail = sc->run.tail, .pos = sc->run.pos,
               .wbw = sc->run.wbw, .cap = sc->run.cap};
    /* the VM tables once, for the longest sentence, unless an earlier
     * document's were as long (S_sentence counts on it: it grows none) */
    uint32_t longest = 0;
    for (uint32_t s = 0; s < d.seg->nsentences; s++) {
      const cc_sentence *se = &d.seg->sentences[s];
      if (se->tok_end - se->tok_begin > longest)
        longest = se->tok_end - se->tok_begin;
    }
    size_t vneed = (size_t)(longest + 1) * rs->max_code;
    if (!d.visit || vneed > d.visit_cap) { /* (entries past vclear are
                                              cleared as reached) */
      d.visit_cap = vneed ? vneed : 1;
      d.visit = cc_xrealloc(d.visit, d.visit_cap * sizeof *d.visit);
    }
    if (longest + 2 > R.cap) {
      R.cap = longest + 2;
      R.head = cc_xrealloc(R.head, R.cap * sizeof *R.head);
      R.tail = cc_xrealloc(R.tail, R.cap * sizeof *R.tail);
      R.pos = cc_xrealloc(R.pos, R.cap * sizeof *R.pos);
      R.wbw = cc_xrealloc(R.wbw, R.cap * sizeof *R.wbw);
    }
    d.env = S_wenv_of(&d); /* (S_index_doc made its tables) */
    for (uint32_t s = 0; s < d.seg->nsentences; s++)
      S_sentence(&d, s, &R);
    sc->run = R;
  }
  S_builtin_pairs(&d);
  S_builtin_units(&d);
  S_builtin_spans(&d);
  S_builtin_changes(&d);
  S_builtin_rates(&d);
  S_builtin_weekdays(&d);
  S_builtin_names(&d);
  S_flush(&d);
  if (sc) {
    sc->lists = d.lists;
    sc->quote = d.quote;
    sc->outs = d.outs;
    sc->visit = d.visit;
    sc->visit_cap = d.visit_cap;
    sc->vclear = d.vclear;
    sc->stamp = d.stamp;
    S_scratch_give(rs, sc);
    return;
  }
  for (int i = 0; i < 2; i++)
    S_htab_free(&own[i]);
  cc_arena_free(&d.arena);
  cc_vec_free(&d.lists);
  cc_xfree(d.visit);
  cc_buf_free(&d.quote);
  S_outs_free(d.outs);
}
