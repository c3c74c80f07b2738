/* entity.c - people, places and organizations in one document.
 *
 * Two passes over the tokens:
 *   1. per sentence: [nationality ['s]] title name  ("Freedonian Foreign
 *      Minister Ana Ruiz"), nationality 's name, places and nations from
 *      the lexicon, and runs of capitalized words classified by the words
 *      they hold (name_words.csv: org, place, notname, stop);
 *   2. per document: people found only by shape (two capitalized words,
 *      no title, no known first name) are kept when their surname is also
 *      used alone; single capitalized words that are a known surname (or
 *      one letter off one) become surname-only mentions; each person's
 *      country and leader title are agreed over all its mentions.
 * What the lexicon says of a token is read by its word id (cc_token.id,
 * set by the segmenter) from an array built with the model; only the
 * multi-word lookups after a word a key may start with hash the joined
 * text.  Linear in the document.
 */
#include "cc_entity.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#ifdef CC_RECOG_CHECK_INERT
#include <stdio.h> /* (the skip checks' messages) */
#endif
#include <stdatomic.h>
#include "cc_text.h"

/* Keys here are single words and short names: up to 16 bytes they are
 * hashed as the word tables hash a token (cc_word_pack: a few loads of
 * fixed size), longer ones eight bytes a step; FNV-1a, a byte a step,
 * showed in profiles of the per-document tables.  Every table of this
 * file uses it (the model's uthash table of transliterations, the
 * documents' S_itab indexes); none is shared with other files, and none
 * is walked in bucket order (HASH_ITER goes in order of insertion, an
 * S_itab's entries are an array), so the hash decides no output. */
static inline unsigned S_hash(const void *key, size_t n) {
  if (n > 16)
    return (unsigned)cc_hash_mem(key, n);
  uint64_t a, b;
  cc_word_pack(key, n, &a, &b);
  return cc_word_hash(a, b, n);
}
#define HASH_FUNCTION(keyptr, keylen, hashv)                                   \
  ((hashv) = S_hash((keyptr), (keylen)))
#include <uthash.h>

/* ---- the model ---------------------------------------------------------- */

typedef struct S_tr {
  char *from, *to;
  size_t nfrom, nto;
  UT_hash_handle hh;
} S_tr;

enum { W_NONE, W_STOP, W_ORG, W_PLACE, W_NOTNAME };

/* The tables a multi-word lookup (S_longest) reads. */
enum { S_T_TITLES, S_T_NATIONS, S_T_PLACES, S_T__COUNT };

/* What the one-word tables say of a word (S_pfx.facts). */
enum { S_F_MONTH = 1, S_F_WEEKDAY = 2, S_F_FIRST = 4, S_F_NICK = 8 };

/* A text that begins some key of the titles, nations or places table (a
 * key is a prefix of itself): lets S_longest extend a name token by token
 * with one lookup per token and stop as soon as no key can follow. */
typedef struct S_pfx {
  const char *s;    /* n bytes of a lexicon key (borrowed, as the model
                       borrows the lexicon's tables) */
  uint32_t n;
  uint8_t begins;   /* bit per table (1 << S_T_...): begins one of its keys */
  uint8_t longer;   /* bit per table: begins one of its keys longer than
                       itself (S_walk_on stops where none is) */
  uint8_t tkind;    /* cc_title_kind of hit[S_T_TITLES] (read at load) */
  bool start;       /* the first piece of a key: a word a lookup may start
                       at ("secretary" of "secretary-general") */
  const cc_lex_entry *hit[S_T__COUNT]; /* the entry with exactly this key */
  const char *country; /* cc_lex_cell of hit[S_T_NATIONS], its country
                          (read at load, not at each nation) */
  const char *zone;    /* hit[S_T_PLACES]'s zone cell, NULL when empty
                          (read at load) */
  uint8_t facts;    /* S_F_...: a key of months, weekdays, firstnames */
  uint8_t wclass;   /* W_...: its class in name_words */
#ifdef CC_RECOG_CHECK_INERT
  uint8_t cut;      /* bit per table: the text ends where S_cut_at cuts
                       a key of the table (a node of the other builds) */
#endif
} S_pfx;


struct cc_entity_model {
  const cc_lex_table *titles, *nations, *places, *first, *words, *months,
      *weekdays, *nicks;
  int col_tkind, col_country, col_zone, col_class;
  S_pfx *pfx;     /* prefixes of titles, nations and places keys, and
                     the words of the one-word tables, in one array */
  size_t npfx;
  size_t pfx_max; /* longest such key, in bytes */
  struct S_pslot *ptab; /* the same nodes by S_pfx_find's hash */
  uint32_t pmask;       /* slots - 1 (a power of two) */
  uint64_t *follow;     /* S_follow_bit of every node, table and the
                           bytes that come after its text in a longer key
                           of the table: a clear bit proves S_walk_on
                           needs no lookup of the next token */
  uint32_t fmask;       /* bits - 1 (a power of two) */
  /* each word's node by its id in the lexicon's word table (the ids the
   * segmenter gives the tokens): S_node reads it instead of hashing the
   * token's text; words of no node have S_none.  Ids from nids up (words
   * added after the model, until cc_entity_model_cover_ids) are read as
   * 0 (S_tokens_with_ids), so a token's id is read without a bound */
  const cc_vocab *vocab;
  const S_pfx **by_id;
  uint32_t nids;
  uint8_t *ctx_bits; /* S_C_... of each id under nids (none without a
                        word table: S_tok_in compares the text then), and
                        S_K_... of its node */
  S_tr *tr_word;  /* whole-part transliterations */
  S_tr *nick;     /* nicknames.csv: a short form of a given name and the
                     name ("jim" -> "james"), for a full name's first
                     part (its word's node has S_F_NICK) */
  uint64_t tr_bits[16]; /* S_tr_bit of each: a clear bit proves a part
                           is none of them (most parts are none) */
  bool pre_first[256];  /* the first bytes of the prefix rules */
  bool pre_second[256]; /* their second bytes (all, were a rule's from one
                           byte long) */
  uint64_t fold_ends[1024]; /* a bit per first and last byte of a part
                               (first << 8 | last) some rule may touch:
                               a whole-word rule's from, any first byte
                               of a prefix rule, any last of a suffix
                               rule (S_fold_may's first test) */
  S_tr *suffix;   /* sorted longest first */
  size_t nsuffix;
  int32_t suf_head[256]; /* first suffix (in that order) ending in a byte, */
  int32_t *suf_next;     /* then the next one ending in the same byte */
  S_tr *prefix;
  size_t nprefix;
  size_t tr_grow; /* the most bytes the rules add to one name part
                     (S_canon_room) */
  bool tr_space;  /* some rule writes a space (a part may hold one) */
  uint64_t serial; /* this model's number among those made (S_step's
                      cache holds one model's nodes) */
  uint32_t lit_id[8]; /* the id of each of S_lits' texts (S_tok_is):
                         the word table's, or 1 to 8 without one
                         (S_tokens_with_ids gives them then) */
  uint8_t *firm_bits; /* S_F_... of S_firm_words by id under nids (none
                         without a word table: S_firm_of compares the
                         text then) */
};

/* A slot of the model's open-addressing table of nodes (NULL p: empty):
 * the text packed into a and b (cc_word_pack), so a lookup compares two
 * integers and the length.  Every token and every joined text of
 * S_longest is looked up: uthash's byte loop cost more than the rest of
 * the entity finder's per-token work. */
typedef struct S_pslot {
  uint64_t a, b;
  S_pfx *p;
  uint32_t n;
} S_pslot;

/* The slot of text s[0..n) (a and b: cc_word_pack of it) in the table
 * ptab (mask: its slots - 1): the node's, or the empty one where it
 * would go. */
static inline const S_pslot *S_pslot_packed(const S_pslot *ptab,
                                            uint32_t mask, const char *s,
                                            size_t n, uint64_t a,
                                            uint64_t b) {
  for (uint32_t i = cc_word_hash(a, b, n) & mask;; i = (i + 1) & mask) {
    const S_pslot *x = &ptab[i];
    if (!x->p || (x->a == a && x->b == b && x->n == n &&
                  (n <= 16 || memcmp(x->p->s, s, n) == 0)))
      return x;
  }
}

/* S_pslot_packed with the text packed here. */
static inline const S_pslot *S_pslot_of(const S_pslot *ptab, uint32_t mask,
                                        const char *s, size_t n) {
  uint64_t a, b;
  cc_word_pack(s, n, &a, &b);
  return S_pslot_packed(ptab, mask, s, n, a, b);
}

/* The node of text s[0..n), or NULL. */
static inline const S_pfx *S_pfx_find(const cc_entity_model *m,
                                      const char *s, size_t n) {
  return S_pslot_of(m->ptab, m->pmask, s, n)->p;
}

/* The slots for count nodes: at most a quarter full (per, 4), so a probe
 * sequence is short. */
static uint32_t S_ptab_size(size_t count, size_t per) {
  uint32_t size = 64;
  while (size < per * (count + 1))
    size *= 2;
  return size;
}

static void S_ptab_alloc(cc_entity_model *m, uint32_t size) {
  cc_xfree(m->ptab);
  m->ptab = cc_xcalloc(size, sizeof *m->ptab);
  cc_prefault(m->ptab, size * sizeof *m->ptab); /* (probed, then put) */
  m->pmask = size - 1;
}

/* Put node p in the table (it is not there yet). */
static void S_ptab_put(cc_entity_model *m, S_pfx *p) {
  S_pslot *x = (S_pslot *)S_pslot_of(m->ptab, m->pmask, p->s, p->n);
  uint64_t a, b;
  cc_word_pack(p->s, p->n, &a, &b);
  *x = (S_pslot){a, b, p, p->n};
}

/* The table of S_pfx_find, once every node is made: sized by the nodes
 * made, not by the bound the building table was sized for; the building
 * table itself when it has that size (it holds every node: S_pfx_get). */
static void S_ptab_build(cc_entity_model *m) {
  uint32_t size = S_ptab_size(m->npfx, 4);
  if (size == m->pmask + 1)
    return;
  S_ptab_alloc(m, size);
  for (size_t i = 0; i < m->npfx; i++)
    S_ptab_put(m, &m->pfx[i]);
}

/* The node of a word no table names: every field zero, so it answers
 * every question as "no" (as no node would). */
static const S_pfx S_none;

/* Does a lookup of a single token read node p?  S_node answers for the
 * token from its id; every node it must know is such a one: a word a
 * title, nation or place may start at, and the words of the one-word
 * tables (any other node, a piece of a key such as "secr", is only
 * looked at after a start word, by S_walk_on). */
static bool S_node_of_word(const S_pfx *p) {
  return p->start || p->facts || p->wclass;
}

/* The words S_person_context looks for around a single capitalized word
 * (S_C_...): verbs of speech after it, what may follow "Ruiz and Berg",
 * and the aides before "to".  The model adds them to the word table, so
 * a token is one of them by a byte of its id (S_tok_in). */
enum { S_C_SPEECH = 1, S_C_AFTER = 2, S_C_AIDES = 4 };
/* What S_scan and pass 1 ask of a word's node, in the same byte per id: a
 * place, title or nation may start at it (S_longest_node would not
 * return at once), and it is a stop word of name_words. */
enum {
  S_K_PLACE_START = 8,
  S_K_TITLE_START = 16,
  S_K_STOP = 32,
  S_K_IDLE = 64,
  S_K_NATION_START = 128
};
/* S_K_IDLE: a stop word of name_words no lookup starts at ("The", "He"
 * capitalized): S_sentence does nothing there (no title, nation or place
 * starts at it, and S_run stops before it and returns the next token), so
 * S_scan leaves it out of the list. */
static const char *const S_speech[] = {
    "said",  "says",    "told", "tells", "wrote", "writes", "added",
    "spoke", "tweeted", "replied", "insisted", "stressed", NULL};
/* what may follow "Ruiz and Berg": a clause goes on, no noun does
 * ("Labour and Conservative promises") */
static const char *const S_after[] = {
    "in",   "on",   "at",   "for",  "since", "last", "met", "meet",
    "have", "had",  "has",  "were", "was",   "are",  "is",  "will",
    "would", "said", "say", "to",   "from",  "who",  "after", "before",
    "during", "with", "agreed", "held", "hold", "spoke", "talked",
    "signed", "discussed", "also", "both", "did", "do", "could", "can",
    "first", "previously", NULL};
static const char *const S_aides[] = {"aide",    "aides",    "adviser",
                                      "advisers", "advisor", "advisors",
                                      NULL};
static const char *const *const S_ctx_words[3] = {S_speech, S_after,
                                                  S_aides};

/* The texts pass 1 and 2 compare tokens with (S_tok_is): the model adds
 * them to the word table, so a token is one of them by its id, one
 * compare, not its length and bytes (S_tok_text, which the inert build
 * asks too).  (Every lexicon holds them now: nothing is added.) */
enum { S_L_POSS, S_L_DOT, S_L_DASH, S_L_COMMA, S_L_AND, S_L_THE, S_L_TO,
       S_L_AMP, S_L__COUNT };
static const char *const S_lits[S_L__COUNT] = {"'s", ".",  "-", ",",
                                              "and", "the", "to", "&"};

/* The words that tell a bare name is a firm's (S_firms): the verbs of a
 * firm's results ("Ruizco reported a loss"), "has" before them, the
 * results' nouns, the nouns that describe a firm before its name
 * ("carmaker Ruizco"; any word ending in "maker" too), and "shares" of
 * "shares in Ruizco".  A bit each by the word's id (firm_bits). */
enum { S_FW_VERB = 1, S_FW_HAVE = 2, S_FW_NOUN = 4, S_FW_EARN = 8,
       S_FW_DESC = 16, S_FW_SHARES = 32 };
static const char *const S_firm_verbs[] = {
    "reported", "reports", "posted", "posts", "announced", "announces",
    "recorded", "records", "booked", "made", "makes", "suffered",
    "unveiled", "delivered", "reporting", "posting", "recording", NULL};
static const char *const S_firm_have[] = {"has", "have", "had", NULL};
static const char *const S_firm_nouns[] = {
    "profit", "profits", "loss", "losses", "sales", "revenue", "revenues",
    "turnover", NULL};
/* (after a verb only: "Ruiz's earnings" are a person's as often) */
static const char *const S_firm_earn[] = {"earnings", "income", NULL};
/* (no "producer", "publisher", "broadcaster", "filmmaker": a person's
 * trade as often: "record producer Ana Ruiz") */
static const char *const S_firm_desc[] = {
    "firm", "company", "group", "airline", "retailer", "lender", "insurer",
    "brewer", "carmaker", "automaker", "chipmaker", "steelmaker",
    "drugmaker", "housebuilder", "supermarket", "conglomerate",
    "manufacturer", "giant", "club", "bank", "chain", NULL};
static const char *const S_firm_shares[] = {"shares", NULL};
enum { S_FW__LISTS = 6 };
static const char *const *const S_firm_words[S_FW__LISTS] = {
    S_firm_verbs, S_firm_have, S_firm_nouns, S_firm_earn, S_firm_desc,
    S_firm_shares};

/* Nodes by word id: each node a single token is asked about (S_node_of_
 * word) gets its text added to the lexicon's word table, so the token of
 * that text has its id; then every id's node, found once here. */
static void S_by_id_build(cc_entity_model *m, cc_vocab *v) {
  _Static_assert(sizeof m->lit_id / sizeof m->lit_id[0] == S_L__COUNT,
                 "an id per literal");
  /* (ids 1 to S_L__COUNT without a table: S_tokens_with_ids gives them,
   * and they read as id 0 does) */
  for (uint32_t l = 0; l < S_L__COUNT; l++)
    m->lit_id[l] = v ? cc_vocab_add(v, S_lits[l], strlen(S_lits[l])) : l + 1;
  for (size_t i = 0; v && i < m->npfx; i++)
    if (m->pfx[i].n && S_node_of_word(&m->pfx[i]))
      cc_vocab_add(v, m->pfx[i].s, m->pfx[i].n);
  for (int w = 0; v && w < 3; w++) /* (before nids: their ids are under) */
    for (size_t i = 0; S_ctx_words[w][i]; i++)
      cc_vocab_add(v, S_ctx_words[w][i], strlen(S_ctx_words[w][i]));
  for (int w = 0; v && w < S_FW__LISTS; w++)
    for (size_t i = 0; S_firm_words[w][i]; i++)
      cc_vocab_add(v, S_firm_words[w][i], strlen(S_firm_words[w][i]));
  m->vocab = v;
  m->nids = v ? cc_vocab_count(v) + 1 : S_L__COUNT + 1;
  m->ctx_bits = cc_xcalloc(m->nids, 1);
  for (int w = 0; v && w < 3; w++)
    for (size_t i = 0; S_ctx_words[w][i]; i++)
      m->ctx_bits[cc_vocab_find(v, S_ctx_words[w][i],
                                strlen(S_ctx_words[w][i]))] |=
          (uint8_t)(1u << w);
  m->firm_bits = cc_xcalloc(m->nids, 1);
  for (int w = 0; v && w < S_FW__LISTS; w++)
    for (size_t i = 0; S_firm_words[w][i]; i++)
      m->firm_bits[cc_vocab_find(v, S_firm_words[w][i],
                                 strlen(S_firm_words[w][i]))] |=
          (uint8_t)(1u << w);
  m->by_id = cc_xmalloc(m->nids * sizeof *m->by_id);
  m->by_id[0] = &S_none;
  for (uint32_t id = 1; id < m->nids; id++) {
    size_t n;
    const char *w = cc_vocab_word(v, id, &n);
    const S_pfx *p = w ? S_pfx_find(m, w, n) : NULL;
    m->by_id[id] = p ? p : &S_none;
    if (p && p->start && (p->begins & (1u << S_T_TITLES)))
      m->ctx_bits[id] |= S_K_TITLE_START;
    if (p && p->start && (p->begins & (1u << S_T_NATIONS)))
      m->ctx_bits[id] |= S_K_NATION_START;
    if (p && p->start && (p->begins & (1u << S_T_PLACES)))
      m->ctx_bits[id] |= S_K_PLACE_START;
    if (p && p->wclass == W_STOP)
      m->ctx_bits[id] |= S_K_STOP;
    if (p && p->wclass == W_STOP && !p->start)
      m->ctx_bits[id] |= S_K_IDLE;
  }
}

/* The node of s[0..n) (bytes of a lexicon key), made when there is
 * none: the array holds as many as S_pfx_bound counted, so nodes never
 * move. */
static S_pfx *S_pfx_get(cc_entity_model *m, const char *s, size_t n) {
  uint64_t a, b;
  cc_word_pack(s, n, &a, &b);
  S_pslot *x = (S_pslot *)S_pslot_packed(m->ptab, m->pmask, s, n, a, b);
  if (!x->p) { /* (x: the empty slot where it goes) */
    S_pfx *p = &m->pfx[m->npfx++];
    *p = (S_pfx){.s = s, .n = (uint32_t)n};
    *x = (S_pslot){a, b, p, p->n};
  }
  return x->p;
}

/* The bit of m->follow for node index pi of table ti followed in a key
 * by byte b, after a space when sp. */
static inline uint32_t S_follow_bit(const cc_entity_model *m, size_t pi,
                                    int ti, bool sp, unsigned char b) {
  uint32_t h = (uint32_t)pi * 4 + (uint32_t)ti;
  h = (h * 2 + sp) * 256 + b;
  return (uint32_t)(((uint64_t)h * 0x9E3779B97F4A7C15ull) >> 32) & m->fmask;
}

/* Could a key of table ti go on from node p's text with the token whose
 * text begins with byte b (after a space when sp)? */
static inline bool S_follows(const cc_entity_model *m, const S_pfx *p, int ti,
                             bool sp, unsigned char b) {
  uint32_t bit = S_follow_bit(m, (size_t)(p - m->pfx), ti, sp, b);
  return (m->follow[bit / 64] >> (bit % 64)) & 1;
}

/* Note in m->follow what comes after the first k bytes of key (n bytes
 * long, k < n), node p: its next byte, and the byte after a space. */
static void S_follow_set(cc_entity_model *m, const S_pfx *p, int ti,
                         const char *key, size_t k, size_t n) {
  size_t pi = (size_t)(p - m->pfx);
  uint32_t bit = S_follow_bit(m, pi, ti, false, (unsigned char)key[k]);
  m->follow[bit / 64] |= 1ull << (bit % 64);
  if (key[k] == ' ' && k + 1 < n) {
    bit = S_follow_bit(m, pi, ti, true, (unsigned char)key[k + 1]);
    m->follow[bit / 64] |= 1ull << (bit % 64);
  }
}

/* The kind of title entry en (column kind): S_title reads it from the
 * node instead of comparing the cell's text at every title found. */
static uint8_t S_title_kind(const cc_entity_model *m, const cc_lex_entry *en) {
  const char *k = cc_lex_cell(en, m->col_tkind);
  return strcmp(k, "leader") == 0   ? CC_T_LEADER
         : strcmp(k, "office") == 0 ? CC_T_OFFICE
         : strcmp(k, "role") == 0   ? CC_T_ROLE
         : strcmp(k, "court") == 0  ? CC_T_COURT
                                    : CC_T_HONORIFIC;
}

static void S_add_start(cc_entity_model *m, const char *key) {
  const char *sp = strchr(key, ' ');
  size_t n = sp ? (size_t)(sp - key) : strlen(key);
  /* the first token piece: "secretary-general" starts with "secretary" */
  for (size_t i = 0; i < n; i++)
    if (key[i] == '-' || key[i] == '\'') {
      n = i ? i : n;
      break;
    }
  S_pfx_get(m, key, n)->start = true;
}

/* For the tests: a node at every prefix of every key, as S_cut_at
 * once made (S_same_without_ids compares the two models). */
static bool S_all_prefixes;
void cc__entity_all_prefixes(bool on);
void cc__entity_all_prefixes(bool on) { S_all_prefixes = on; }

static bool S_letter(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* Does the model make a node of the first k bytes (0 < k <= n) of key
 * (n bytes)?  S_walk_on looks up the text of whole tokens joined,
 * and no token begins right after a letter of the token before it
 * without a space between (a word is all its letters and digits), but
 * for a word right after a number's letter suffix ("2nd", then "ary" of
 * "2ndary"; nodes are made after a digit's letters): a walk at a text that ends
 * between two letters of a key ("democratic rep" of "democratic
 * republic") can never go on to the rest of that key, so it may stop
 * there as well, which a missing node makes it do.  No node then between
 * two letters of a key: most of its bytes ("presid" of "president").
 * (The CC_RECOG_CHECK_INERT build makes every node and aborts where a
 * walk finds more after one made only there; test_same_without_ids
 * compares with a model of every prefix over every key of the tables.) */
static bool S_cut_at(const char *key, size_t k, size_t n, bool *digits) {
  /* (*digits: the letters up to k - 1 come right after a digit, and may
   * be a number's suffix that a word follows: every node there; asked
   * for k = 1, 2 ... n in turn) */
  char a = key[k - 1];
  if (!S_letter(a))
    *digits = a >= '0' && a <= '9';
  return k == n || !S_letter(a) || !S_letter(key[k]) || *digits ||
         S_all_prefixes;
}

#ifndef CC_RECOG_CHECK_INERT
/* The prefixes of key (n bytes) S_cut_at makes nodes of. */
static size_t S_cuts(const char *key, size_t n) {
  size_t count = 0;
  bool digits = false;
  for (size_t k = 1; k <= n; k++)
    count += S_cut_at(key, k, n, &digits);
  return count;
}
#endif

/* Every prefix of every key of table t (number ti) S_cut_at cuts, and
 * where a lookup may start. */
static void S_index_table(cc_entity_model *m, const cc_lex_table *t, int ti) {
  if (!t)
    return;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(t, i)) != NULL; i++) {
    size_t n = strlen(e->key);
    S_pfx *p = NULL;
    bool digits = false;
    for (size_t k = 1; k <= n; k++) {
#ifdef CC_RECOG_CHECK_INERT /* (every node, marked where it is cut) */
      p = S_pfx_get(m, e->key, k);
      if (S_cut_at(e->key, k, n, &digits))
        p->cut |= (uint8_t)(1u << ti);
#else
      if (!S_cut_at(e->key, k, n, &digits))
        continue;
      p = S_pfx_get(m, e->key, k);
#endif
      p->begins |= (uint8_t)(1u << ti);
      if (k < n) {
        p->longer |= (uint8_t)(1u << ti);
        S_follow_set(m, p, ti, e->key, k, n);
      }
    }
    /* the entry a lookup of the key finds: the first of its rows (the
     * rows come in file order, as they went into the table's index), so
     * the first row met with the key (p: the node of the whole key) */
    if (n && !p->hit[ti]) {
      p->hit[ti] = e;
      if (ti == S_T_TITLES)
        p->tkind = S_title_kind(m, e);
    }
    if (n > m->pfx_max)
      m->pfx_max = n;
    S_add_start(m, e->key);
  }
}

/* A part's bit in S_tr_bits, from its first and last bytes and length. */
static inline unsigned S_tr_bit(const char *p, size_t n) {
  return ((unsigned char)p[0] * 31u + (unsigned char)p[n - 1] * 7u +
          (unsigned)n) & 1023u;
}

static int S_cmp_suffix(const void *a, const void *b) {
  const S_tr *x = a, *y = b;
  return x->nfrom < y->nfrom ? 1 : x->nfrom > y->nfrom ? -1 : 0;
}

static int S_load_translit(cc_entity_model *m, const cc_lexicon *lx,
                           cc_err *err) {
  const cc_lex_table *t = cc_lex_table_get(lx, "translit");
  if (!t)
    return 0;
  int cto = cc_lex_col(t, "to"), cwhere = cc_lex_col(t, "where");
  cc_vec suf = CC_VEC_INIT(S_tr), pre = CC_VEC_INIT(S_tr);
  const cc_lex_entry *e;
  int rc = 0;
  for (size_t i = 0; rc == 0 && (e = cc_lex_at(t, i)) != NULL; i++) {
    const char *where = cc_lex_cell(e, cwhere);
    cc_buf to = CC_BUF_INIT;
    const char *raw_to = cc_lex_cell(e, cto);
    cc_text_strip_marks(raw_to, strlen(raw_to), &to);
    if (!*e->key || !to.ptr) {
      cc_err_set(err, "rules/lexicon/translit.csv:%u: empty 'from' or 'to'",
                 e->line);
      rc = -1;
    } else if (strcmp(where, "word") == 0) {
      S_tr *w = cc_xcalloc(1, sizeof *w);
      w->from = cc_xstrdup(e->key);
      w->to = cc_xstrdup(to.ptr);
      w->nfrom = strlen(w->from);
      w->nto = strlen(w->to);
      S_tr *old = NULL;
      HASH_FIND_STR(m->tr_word, w->from, old);
      if (old) { /* first row wins */
        cc_xfree(w->from);
        cc_xfree(w->to);
        cc_xfree(w);
      } else {
        HASH_ADD_KEYPTR(hh, m->tr_word, w->from, w->nfrom, w);
        unsigned bit = S_tr_bit(w->from, w->nfrom);
        m->tr_bits[bit / 64] |= 1ull << (bit % 64);
      }
    } else if (strcmp(where, "suffix") == 0 || strcmp(where, "prefix") == 0) {
      S_tr *w = cc_vec_push(where[0] == 's' ? &suf : &pre);
      w->from = cc_xstrdup(e->key);
      w->to = cc_xstrdup(to.ptr);
      w->nfrom = strlen(w->from);
      w->nto = strlen(w->to);
    } else {
      cc_err_set(err, "rules/lexicon/translit.csv:%u: 'where' must be word, "
                 "suffix or prefix, not '%s'", e->line, where);
      rc = -1;
    }
    cc_buf_free(&to);
  }
  if (suf.len)
    qsort(suf.items, suf.len, sizeof(S_tr), S_cmp_suffix);
  if (pre.len)
    qsort(pre.items, pre.len, sizeof(S_tr), S_cmp_suffix);
  m->suffix = suf.items;
  m->nsuffix = suf.len;
  /* chains by last byte: a part is held only against the suffixes it can
   * end in, in the same order */
  for (int b = 0; b < 256; b++)
    m->suf_head[b] = -1;
  m->suf_next = cc_xmalloc((suf.len ? suf.len : 1) * sizeof *m->suf_next);
  for (size_t i = suf.len; i-- > 0;) {
    const S_tr *sf = &m->suffix[i];
    unsigned char last = (unsigned char)sf->from[sf->nfrom - 1];
    m->suf_next[i] = m->suf_head[last];
    m->suf_head[last] = (int32_t)i;
  }
  m->prefix = pre.items;
  m->nprefix = pre.len;
  for (size_t i = 0; i < pre.len; i++) {
    const S_tr *r = &m->prefix[i];
    m->pre_first[(unsigned char)r->from[0]] = true;
    for (int b = 0; b < 256; b++) /* (a part is longer than a from) */
      m->pre_second[b] |= r->nfrom < 2 ? true
                                       : b == (unsigned char)r->from[1];
  }
  /* a part takes one whole-word rule, or a prefix rule and then a suffix
   * rule; each replaces at least one byte (no 'from' is empty) */
  size_t wmax = 0, pmax = 0, smax = 0;
  for (S_tr *w = m->tr_word; w; w = w->hh.next)
    wmax = w->nto > wmax ? w->nto : wmax;
  for (size_t i = 0; i < pre.len; i++)
    pmax = m->prefix[i].nto > pmax ? m->prefix[i].nto : pmax;
  for (size_t i = 0; i < suf.len; i++)
    smax = m->suffix[i].nto > smax ? m->suffix[i].nto : smax;
  m->tr_grow = pmax + smax > wmax ? pmax + smax : wmax;
  for (S_tr *w = m->tr_word; w; w = w->hh.next)
    m->tr_space |= memchr(w->to, ' ', w->nto) != NULL;
  for (unsigned f = 0; f < 256; f++) /* (a row of 256 bits per first) */
    if (m->pre_first[f])
      memset(&m->fold_ends[f * 4], 0xff, 4 * sizeof(uint64_t));
  for (unsigned l = 0; l < 256; l++)
    for (unsigned f = 0; m->suf_head[l] >= 0 && f < 256; f++)
      m->fold_ends[(f << 8 | l) / 64] |= 1ull << ((f << 8 | l) % 64);
  for (S_tr *w = m->tr_word; w; w = w->hh.next) {
    unsigned i = (unsigned)(unsigned char)w->from[0] << 8 |
                 (unsigned char)w->from[w->nfrom - 1];
    m->fold_ends[i / 64] |= 1ull << (i % 64);
  }
  for (size_t i = 0; i < pre.len; i++)
    m->tr_space |= memchr(m->prefix[i].to, ' ', m->prefix[i].nto) != NULL;
  for (size_t i = 0; i < suf.len; i++)
    m->tr_space |= memchr(m->suffix[i].to, ' ', m->suffix[i].nto) != NULL;
  return rc;
}

/* The words of a one-word table, so one lookup of a token answers them
 * all (S_word_facts). */
static void S_index_facts(cc_entity_model *m, const cc_lex_table *t,
                          uint8_t fact) {
  if (!t)
    return;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(t, i)) != NULL; i++)
    S_pfx_get(m, e->key, strlen(e->key))->facts |= fact;
}

static int S_class_of(const char *k) {
  return strcmp(k, "stop") == 0      ? W_STOP
         : strcmp(k, "org") == 0     ? W_ORG
         : strcmp(k, "place") == 0   ? W_PLACE
         : strcmp(k, "notname") == 0 ? W_NOTNAME
                                     : W_NONE;
}

/* nicknames.csv's rows (name,formal) as m->nick; the first row of a
 * name wins. */
static void S_load_nicks(cc_entity_model *m) {
  if (!m->nicks)
    return;
  int col = cc_lex_col(m->nicks, "formal");
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(m->nicks, i)) != NULL; i++) {
    const char *to = cc_lex_cell(e, col);
    S_tr *old = NULL;
    HASH_FIND_STR(m->nick, e->key, old);
    if (old || !*e->key || !*to || strchr(to, ' '))
      continue;
    S_tr *w = cc_xcalloc(1, sizeof *w);
    w->from = cc_xstrdup(e->key);
    w->to = cc_xstrdup(to);
    w->nfrom = strlen(w->from);
    w->nto = strlen(w->to);
    HASH_ADD_KEYPTR(hh, m->nick, w->from, w->nfrom, w);
  }
}

/* The class of each name_words key, as a lookup of the key reads it. */
static void S_index_classes(cc_entity_model *m) {
  if (!m->words)
    return;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(m->words, i)) != NULL; i++) {
    size_t n = strlen(e->key);
    const cc_lex_entry *first = cc_lex_findn(m->words, e->key, n);
    S_pfx_get(m, e->key, n)->wclass =
        (uint8_t)S_class_of(cc_lex_cell(first, m->col_class));
  }
}

int cc_entity_model_new(const cc_lexicon *lx, cc_entity_model **out,
                        cc_err *err) {
  cc_entity_model *m = cc_xcalloc(1, sizeof *m);
  *out = NULL;
  static atomic_uint_fast64_t serials;
  m->serial = atomic_fetch_add(&serials, 1) + 1;
  for (int b = 0; b < 256; b++)
    m->suf_head[b] = -1; /* no suffix rules (yet) */
  if (lx) {
    m->titles = cc_lex_table_get(lx, "titles");
    m->nations = cc_lex_table_get(lx, "nations");
    m->places = cc_lex_table_get(lx, "places");
    m->first = cc_lex_table_get(lx, "firstnames");
    m->words = cc_lex_table_get(lx, "name_words");
    m->months = cc_lex_table_get(lx, "months");
    m->weekdays = cc_lex_table_get(lx, "weekdays");
    m->nicks = cc_lex_table_get(lx, "nicknames");
  }
  m->col_tkind = m->titles ? cc_lex_col(m->titles, "kind") : -1;
  m->col_country = m->nations ? cc_lex_col(m->nations, "country") : -1;
  m->col_zone = m->places ? cc_lex_col(m->places, "zone") : -1;
  m->col_class = m->words ? cc_lex_col(m->words, "class") : -1;
  /* nodes: at most every prefix of every key S_cut_at cuts (every one in
   * the inert build), plus its start word, plus the words of the one-word
   * tables */
  const cc_lex_table *keyed[] = {m->titles, m->nations, m->places},
                     *words[] = {m->months, m->weekdays, m->first, m->words,
                                 m->nicks};
  size_t bound = 0;
  const cc_lex_entry *e;
  for (size_t t = 0; t < 3; t++)
    for (size_t i = 0; keyed[t] && (e = cc_lex_at(keyed[t], i)) != NULL; i++)
#ifdef CC_RECOG_CHECK_INERT
      bound += strlen(e->key) + 1;
#else
      bound += S_cuts(e->key, strlen(e->key)) + 1;
#endif
  for (size_t t = 0; t < 5; t++)
    bound += words[t] ? cc_lex_size(words[t]) : 0;
  /* (not zeroed: S_pfx_get clears each node it makes, about half the
   * bound, so the rest of the array is never touched) */
  m->pfx = cc_xmalloc((bound + 1) * sizeof *m->pfx);
  /* (two bits at most per byte of a key: 16 times as many keep few set) */
  size_t fbits = 4096;
  while (fbits < 16 * bound)
    fbits *= 2;
  m->follow = cc_xcalloc(fbits / 64, sizeof *m->follow);
  cc_prefault(m->follow, fbits / 8); /* (bits or'ed in all over) */
  m->fmask = (uint32_t)(fbits - 1);
  /* (a quarter full at most, as S_ptab_build wants it: the bound counts
   * the prefixes S_cut_at cuts of every key, and the keys share some, so
   * the table is usually the size S_ptab_build wants; a second table and
   * its pages saved) */
  S_ptab_alloc(m, S_ptab_size(bound, 4));
  S_index_table(m, m->titles, S_T_TITLES);
  S_index_table(m, m->nations, S_T_NATIONS);
  S_index_table(m, m->places, S_T_PLACES);
  S_index_facts(m, m->months, S_F_MONTH);
  S_index_facts(m, m->weekdays, S_F_WEEKDAY);
  S_index_facts(m, m->first, S_F_FIRST);
  S_index_facts(m, m->nicks, S_F_NICK);
  S_load_nicks(m);
  S_index_classes(m);
  S_ptab_build(m);
  for (size_t i = 0; i < m->npfx; i++) { /* (the cells S_titled and
                                            S_place read) */
    S_pfx *p = &m->pfx[i];
    p->country = p->hit[S_T_NATIONS]
                     ? cc_lex_cell(p->hit[S_T_NATIONS], m->col_country)
                     : NULL;
    const char *z = p->hit[S_T_PLACES]
                        ? cc_lex_cell(p->hit[S_T_PLACES], m->col_zone)
                        : "";
    p->zone = *z ? z : NULL;
  }
  S_by_id_build(m, cc_lexicon_vocab(lx));
  if (lx && S_load_translit(m, lx, err) != 0) {
    cc_entity_model_free(&m);
    return -1;
  }
  *out = m;
  return 0;
}

/* For the tests: does every node a single token is asked about have the
 * id of its text, and that id the node (S_by_id_build's promise)? */
bool cc__entity_ids_exact(const cc_entity_model *m);
bool cc__entity_ids_exact(const cc_entity_model *m) {
  for (size_t i = 0; i < m->npfx; i++) {
    const S_pfx *p = &m->pfx[i];
    if (!p->n || !S_node_of_word(p))
      continue;
    uint32_t id = cc_vocab_find(m->vocab, p->s, p->n);
    if (!id || id >= m->nids || m->by_id[id] != p)
      return false;
  }
  return m->by_id[0] == &S_none;
}

/* For the tests: every bit of the walk's filter set, so that it never
 * stops a walk (the same model without the filter). */
void cc__entity_follow_off(cc_entity_model *m);
void cc__entity_follow_off(cc_entity_model *m) {
  memset(m->follow, 0xff, ((size_t)m->fmask + 1) / 8);
}

static void S_free_tr_array(S_tr *a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    cc_xfree(a[i].from);
    cc_xfree(a[i].to);
  }
  cc_xfree(a);
}

void cc_entity_model_free(cc_entity_model **mp) {
  if (!mp || !*mp)
    return;
  cc_entity_model *m = *mp;
  cc_xfree(m->pfx);
  S_tr *t, *tt;
  HASH_ITER(hh, m->tr_word, t, tt) {
    HASH_DEL(m->tr_word, t);
    cc_xfree(t->from);
    cc_xfree(t->to);
    cc_xfree(t);
  }
  HASH_ITER(hh, m->nick, t, tt) {
    HASH_DEL(m->nick, t);
    cc_xfree(t->from);
    cc_xfree(t->to);
    cc_xfree(t);
  }
  S_free_tr_array(m->suffix, m->nsuffix);
  cc_xfree(m->suf_next);
  S_free_tr_array(m->prefix, m->nprefix);
  cc_xfree(m->ptab);
  cc_xfree(m->by_id);
  cc_xfree(m->ctx_bits);
  cc_xfree(m->firm_bits);
  cc_xfree(m->follow);
  cc_xfree(m);
  *mp = NULL;
}

/* ---- canonical keys ---------------------------------------------------------- */

/* One name part p[0..n), folded in place: the whole-part table first,
 * else the prefix rule and the longest suffix rule.  Returns its new
 * length; p has room for n + the model's tr_grow bytes.  A part no rule
 * touches (most) is left where it was gathered, not copied. */
static size_t S_fold_rules(const cc_entity_model *m, char *p, size_t n) {
  unsigned bit = S_tr_bit(p, n);
  if (m->tr_bits[bit / 64] & (1ull << (bit % 64))) {
    S_tr *w = NULL;
    HASH_FIND(hh, m->tr_word, p, n, w);
    if (w) {
      memcpy(p, w->to, w->nto);
      return w->nto;
    }
  }
  /* (a prefix rule matches only a part that begins with its first byte) */
  size_t head = 0; /* the prefix rule's spelling, before the rest */
  for (size_t i = 0; m->pre_first[(unsigned char)p[0]] && i < m->nprefix;
       i++) {
    const S_tr *r = &m->prefix[i];
    if (n > r->nfrom && p[0] == r->from[0] &&
        memcmp(p, r->from, r->nfrom) == 0) {
      memmove(p + r->nto, p + r->nfrom, n - r->nfrom);
      memcpy(p, r->to, r->nto);
      head = r->nto;
      n -= r->nfrom;
      break;
    }
  }
  char *q = p + head;
  for (int32_t i = m->suf_head[(unsigned char)q[n - 1]]; i >= 0;
       i = m->suf_next[i]) {
    const S_tr *r = &m->suffix[i];
    size_t k = r->nfrom;
    if (n > k + 2 && memcmp(q + n - k, r->from, k) == 0) {
      memcpy(q + n - k, r->to, r->nto);
      return head + n - k + r->nto;
    }
  }
  return head + n;
}

/* Could a rule of S_fold_rules touch part p[0..n) (n > 0)?  Its
 * whole-word bit, a prefix rule's first two bytes (a part a prefix
 * rule takes is longer than the rule's from), or a suffix rule ending in
 * the part's last byte (a prefix rule keeps the last byte).  Most parts:
 * none, told without the call, most by their first and last bytes. */
static inline bool S_fold_may(const cc_entity_model *m, const char *p,
                              size_t n) {
  unsigned e = (unsigned)(unsigned char)p[0] << 8 | (unsigned char)p[n - 1];
  if (!((m->fold_ends[e / 64] >> (e % 64)) & 1))
    return false; /* (most parts: one load) */
  unsigned bit = S_tr_bit(p, n);
  return ((m->tr_bits[bit / 64] >> (bit % 64)) & 1) ||
         (m->pre_first[(unsigned char)p[0]] && n >= 2 &&
          m->pre_second[(unsigned char)p[1]]) ||
         m->suf_head[(unsigned char)p[n - 1]] >= 0;
}

/* One name part p[0..n), folded in place (S_fold_rules) where a rule may
 * touch it; returns its new length. */
static inline size_t S_fold_part(const cc_entity_model *m, char *p,
                                 size_t n) {
  if (!m || !n)
    return n;
  if (S_fold_may(m, p, n))
    return S_fold_rules(m, p, n);
#ifdef CC_RECOG_CHECK_INERT /* (the rules, on a copy, touch nothing) */
  char cp[128 + 64];
  if (n <= 128 && m->tr_grow <= 64) {
    memcpy(cp, p, n);
    if (S_fold_rules(m, cp, n) != n || memcmp(cp, p, n) != 0) {
      fprintf(stderr, "entity: a part S_fold_may passes by is folded\n");
      abort();
    }
  }
#endif
  return n;
}

/* The most bytes the canonical key of a text of n bytes takes (without
 * the NUL): a part is never longer than the bytes it was made of, a part
 * after the first has a white space byte of its own before it (its
 * space), there are at most (n + 1) / 2 parts, and the rules add at most
 * tr_grow bytes to each; and eight bytes more, for S_canon_ascii's
 * stores of eight bytes at a time. */
static size_t S_canon_room(const cc_entity_model *m, size_t n) {
  return n + (n + 1) / 2 * (m ? m->tr_grow : 0) + 8;
}

/* cc_text_strip_marks, with ASCII text (most names) lower-cased here
 * into small (128 bytes) without the per-character calls or a buffer to
 * allocate.  Returns the text and sets *len: small, or out's bytes. */
static const char *S_strip_marks(const char *s, size_t n, char *small,
                                 cc_buf *out, size_t *len) {
  bool ascii = n <= 128;
  for (size_t i = 0; i < n && ascii; i++) {
    unsigned char ch = (unsigned char)s[i];
    ascii = ch < 0x80;
    small[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  }
  if (ascii) {
    *len = n;
    return small;
  }
  cc_text_strip_marks(s, n, out);
  *len = out->len;
  return out->ptr;
}

/* A separator of name parts: any ASCII white space, so a name broken
 * across lines ("Ana\nRuiz") has the parts of "Ana Ruiz". */
static bool S_space(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
         ch == '\f' || ch == '\v';
}

/* What S_canon_ascii does with an ASCII byte: 0 drops it (a dot or an
 * apostrophe), 1 looks again (white space ends a part, another byte up
 * to ' ' is kept), anything else is the byte to keep (lower case). */
static const unsigned char S_fold[128] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 33, 34, 35,
    36, 37, 38, 0, 40, 41, 42, 43, 44, 45, 0, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
    60, 61, 62, 63, 64, 97, 98, 99, 100, 101, 102, 103,
    104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115,
    116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107,
    108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
    120, 121, 122, 123, 124, 125, 126, 127,
};

/* The part S_canon_ascii or S_canon_split has gathered at out + *pb
 * (pn bytes, the first 127 kept), folded where it is; none when it is
 * empty (white space, or a part of dots only).  *k: the key's length so
 * far; *pb: where the next part goes (after a space unless it is the
 * first); *last: where the last part made begins. */
static inline void S_canon_flush(const cc_entity_model *m, char *out,
                                 size_t *pb, size_t *pn, size_t *k,
                                 size_t *last) {
  if (*pn == 0)
    return;
  *last = *pb;
  if (*pb)
    out[*pb - 1] = ' ';
  *k = *pb + S_fold_part(m, out + *pb, *pn < 127 ? *pn : 127);
  *pb = *k + 1;
  *pn = 0;
}

/* cc_entity_canon of an ASCII name (most are) into out (S_canon_room
 * bytes): lower-cased, split into parts and stripped of dots and
 * apostrophes in one walk, as the general path does in three
 * (S_strip_marks, then the split, then the copy); each byte by one read
 * of S_fold, straight to its place in the key.  (A part keeps its first
 * 127 bytes, as the general path does.)  Returns the key's length. */
static size_t S_canon_ascii(const cc_entity_model *m, const char *name,
                            size_t n, char *out, size_t *last) {
  size_t k = 0, pb = 0, pn = 0;
  *last = SIZE_MAX;
#if (defined(__GNUC__) || defined(__clang__)) &&                              \
    defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* (a copy with eight zero bytes after it: the loads below may read
   * past the name; a zero byte is no letter) */
  char src[128 + 8];
  memcpy(src, name, n);
  memset(src + n, 0, 8);
  name = src;
#endif
  for (size_t i = 0; i < n; i++) {
#if (defined(__GNUC__) || defined(__clang__)) &&                              \
    defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the letters up to the next other byte, eight at a time (most of a
     * name): a letter's byte with 0x20 set is its lower case, and it is
     * one when that is 'a' to 'z' (every byte is under 0x80: no carry
     * leaves a byte).  The eight bytes are stored whole; those past the
     * letters are written again after or lie past the key (the room has
     * eight bytes for them: S_canon_room). */
    for (;;) {
      const uint64_t ones = 0x0101010101010101ull, hi = ones * 0x80;
      uint64_t w;
      memcpy(&w, name + i, 8);
      uint64_t x = w | ones * 0x20;
      uint64_t ge_a = (x + ones * (0x80 - 'a')) & hi;
      uint64_t gt_z = (x + ones * (0x80 - 'z' - 1)) & hi;
      uint64_t other = ~(ge_a & ~gt_z) & hi;
      memcpy(out + pb + pn, &x, 8);
      size_t run = other ? (size_t)__builtin_ctzll(other) >> 3 : 8;
      pn += run;
      i += run;
      if (run < 8)
        break;
    }
    if (i >= n)
      break;
#endif
    unsigned char ch = (unsigned char)name[i];
    unsigned char f = S_fold[ch & 0x7f]; /* (ASCII: ch is under 0x80) */
    if (f > 1) {
      out[pb + pn++] = (char)f;
      continue;
    }
    if (f == 0)
      continue;
    if (!S_space((char)ch)) {
      out[pb + pn++] = (char)ch;
      continue;
    }
    S_canon_flush(m, out, &pb, &pn, &k, last);
  }
  S_canon_flush(m, out, &pb, &pn, &k, last);
  return k;
}

/* The general path's split of fp[0..flen) (marks stripped, lower case)
 * into out (S_canon_room(m, flen) bytes): parts are separated by white
 * space; dots and apostrophes are dropped so "J.D." and "JD", "O'Neil"
 * and "ONeil" meet.  Returns the key's length. */
static size_t S_canon_split(const cc_entity_model *m, const char *fp,
                            size_t flen, char *out) {
  size_t i = 0, k = 0, pb = 0, pn = 0, last;
  while (fp && i < flen) {
    while (i < flen && S_space(fp[i]))
      i++;
    size_t b = i;
    while (i < flen && !S_space(fp[i]))
      i++;
    if (i == b)
      break;
    for (size_t j = b; j < i && pn < 127; j++)
      if (fp[j] != '.' && fp[j] != '\'')
        out[pb + pn++] = fp[j];
    S_canon_flush(m, out, &pb, &pn, &k, &last);
  }
  return k;
}

/* Is the name one cc_entity_canon folds by S_canon_ascii? */
static inline bool S_canon_is_ascii(const char *name, size_t n) {
  return n <= 128 && cc_is_ascii(name, n);
}

void cc_entity_canon(const cc_entity_model *m, const char *name, size_t n,
                     cc_buf *buf) {
  if (S_canon_is_ascii(name, n)) {
    char *d = cc_buf_room(buf, S_canon_room(m, n));
    size_t last;
    cc_buf_wrote(buf, S_canon_ascii(m, name, n, d, &last));
    return;
  }
  cc_buf f = CC_BUF_INIT;
  char small[128];
  size_t flen;
  const char *fp = S_strip_marks(name, n, small, &f, &flen);
  char *d = cc_buf_room(buf, S_canon_room(m, fp ? flen : 0));
  cc_buf_wrote(buf, S_canon_split(m, fp, fp ? flen : 0, d));
  if (f.ptr) /* (only non-ASCII names use it) */
    cc_buf_free(&f);
}

/* cc_entity_canon of name[0..n) as a string of the arena, written in
 * place (the ASCII names) or copied from scratch; its length in *len,
 * and where its last part begins in *last (SIZE_MAX: not known). */
static char *S_canon_arena(const cc_entity_model *m, const char *name,
                           size_t n, bool ascii, cc_arena *arena,
                           cc_buf *scratch, size_t *len, size_t *last) {
  *last = SIZE_MAX;
#ifdef CC_RECOG_CHECK_INERT
  if (ascii && !cc_is_ascii(name, n)) {
    fprintf(stderr, "entity: a name its tokens call ASCII is not\n");
    abort();
  }
#endif
  /* (ascii: the caller knows the name is, without cc_is_ascii's walk) */
  if (ascii ? n <= 128 : S_canon_is_ascii(name, n)) {
    size_t room = S_canon_room(m, n);
    char *d = cc_arena_str_room(arena, room);
    *len = S_canon_ascii(m, name, n, d, last);
    cc_arena_str_keep(arena, d, room, *len);
    return d;
  }
  cc_buf_reset(scratch);
  cc_entity_canon(m, name, n, scratch);
  *len = scratch->len;
  return cc_arena_strndup(arena, scratch->ptr, scratch->len);
}

/* Can S_canon_word fold word token t (rn bytes of text)?  An ASCII
 * word's normal form is its text with the letters lower-cased (the
 * segmenter's) and holds no white space, so when it has no dot or
 * apostrophe to drop (nor more than 127 bytes) its canonical key is the
 * one part the form is, folded (S_fold_part): no walk that lower-cases,
 * splits and drops. */
static bool S_word_plain_walk(const cc_token *t, size_t rn) {
  size_t n = t->norm_len;
  if ((t->flags & CC_TF_NONASCII) || n != rn || n > 127 || n == 0)
    return false;
  const char *w = t->norm;
  for (size_t i = 0; i < n; i++)
    if (w[i] == '.' || w[i] == '\'' || (unsigned char)w[i] <= ' ')
      return false;
  return true;
}

/* S_word_plain_walk's answer; a word the segmenter's fast path made
 * (its form in seg->low: ASCII letters and digits, as many as its text's
 * bytes) is told by its length alone.  (The inert build walks it too.) */
static bool S_word_plain(const cc_segmented *seg, const cc_token *t,
                         size_t rn) {
  if (seg->low && t->norm == seg->low + t->start) {
#ifdef CC_RECOG_CHECK_INERT
    if (S_word_plain_walk(t, rn) != (t->norm_len <= 127)) {
      fprintf(stderr, "entity: a fast-path word is not plain\n");
      abort();
    }
#endif
    (void)rn;
    return t->norm_len <= 127;
  }
  return S_word_plain_walk(t, rn);
}

/* cc_entity_canon of the text of one word token t (raw: its bytes, rn
 * of them) in the arena, as S_canon_arena makes it, or NULL where
 * S_word_plain says no.  A form no rule may touch (S_fold_may: most)
 * is its own key: the token's normal form itself (the arena's, as long
 * as the document's), not a copy.  (The inert build compares with
 * cc_entity_canon.) */
CC_NOINLINE const char *S_canon_word_call(const cc_entity_model *m,
                                          const cc_segmented *seg,
                                          const cc_token *t, const char *raw,
                                          size_t rn, cc_arena *arena,
                                          size_t *len) {
  if (!S_word_plain(seg, t, rn))
    return NULL;
  size_t n = t->norm_len;
  const char *d;
  if (m && !S_fold_may(m, t->norm, n)) {
    d = t->norm;
    *len = n;
  } else {
    size_t room = n + (m ? m->tr_grow : 0);
    char *f = cc_arena_str_room(arena, room);
    memcpy(f, t->norm, n);
    *len = S_fold_part(m, f, n);
    cc_arena_str_keep(arena, f, room, *len);
    d = f;
  }
#ifdef CC_RECOG_CHECK_INERT
  {
    cc_buf b = CC_BUF_INIT;
    cc_entity_canon(m, raw, rn, &b);
    if (b.len != *len || memcmp(b.ptr ? b.ptr : "", d, *len) != 0) {
      fprintf(stderr, "entity: S_canon_word differs from the canon\n");
      abort();
    }
    cc_buf_free(&b);
  }
#else
  (void)raw;
#endif
  return d;
}

/* S_canon_word_call's answer; most words (5,199 of 5,682 on the
 * generated corpus), a fast-path word no rule may touch, told here and
 * keyed by their form, without the call and its register saves.  (The
 * inert build always calls: it compares with cc_entity_canon.) */
static inline const char *S_canon_word(const cc_entity_model *m,
                                       const cc_segmented *seg,
                                       const cc_token *t, const char *raw,
                                       size_t rn, cc_arena *arena,
                                       size_t *len) {
#ifndef CC_RECOG_CHECK_INERT
  size_t n = t->norm_len;
  if (m && seg->low && t->norm == seg->low + t->start && n <= 127 && n &&
      !S_fold_may(m, t->norm, n)) {
    *len = n;
    return t->norm;
  }
#endif
  return S_canon_word_call(m, seg, t, raw, rn, arena, len);
}

/* The bytes of a two- or three-letter particle as one integer. */
#define S_P2(a, b) ((uint32_t)(a) | (uint32_t)(b) << 8)
#define S_P3(a, b, c) (S_P2(a, b) | (uint32_t)(c) << 16)

/* von van der den de da di du le la al bin ben el ter ten dos das del
 * della: one switch on the bytes (it runs at every lower-case word after
 * a name part and every person's surname). */
static bool S_particle(const char *p, size_t n) {
  if (n == 5)
    return memcmp(p, "della", 5) == 0;
  if (n != 2 && n != 3)
    return false;
  uint32_t w = S_P2((unsigned char)p[0], (unsigned char)p[1]);
  if (n == 3)
    w |= (uint32_t)(unsigned char)p[2] << 16;
  switch (w) {
  case S_P3('v', 'o', 'n'): case S_P3('v', 'a', 'n'): case S_P3('d', 'e', 'r'):
  case S_P3('d', 'e', 'n'): case S_P2('d', 'e'): case S_P2('d', 'a'):
  case S_P2('d', 'i'): case S_P2('d', 'u'): case S_P2('l', 'e'):
  case S_P2('l', 'a'): case S_P2('a', 'l'): case S_P3('b', 'i', 'n'):
  case S_P3('b', 'e', 'n'): case S_P2('e', 'l'): case S_P3('t', 'e', 'r'):
  case S_P3('t', 'e', 'n'): case S_P3('d', 'o', 's'): case S_P3('d', 'a', 's'):
  case S_P3('d', 'e', 'l'):
    return true;
  default:
    return false;
  }
}

/* Where the surname of full begins, whose last part begins at b: the
 * particles before that part taken too. */
static size_t S_surname_from(const char *full, size_t b) {
  /* take particles before the last part: "von der leyen" */
  while (b > 1) {
    size_t pe = b - 1, pb;
    /* (a particle is 2, 3 or 5 letters, taken only after a space: its
     * begin is told by three bytes, not found by a walk back to the space
     * before the part, whose end was 4.5K mispredicted branches on 1 MB.
     * Where a space is nearer than the one tested, the bytes tested hold
     * it and S_particle, all letters, says no, as it does to the part the
     * walk finds; the inert build walks and compares) */
    if (pe >= 3 && full[pe - 3] == ' ')
      pb = pe - 2;
    else if (pe >= 4 && full[pe - 4] == ' ')
      pb = pe - 3;
    else if (pe >= 6 && full[pe - 6] == ' ')
      pb = pe - 5;
    else
      pb = 0; /* (no particle: S_particle is not asked) */
    bool taken = pb != 0 && S_particle(full + pb, pe - pb);
#ifdef CC_RECOG_CHECK_INERT
    size_t wb = pe;
    while (wb && full[wb - 1] != ' ')
      wb--;
    if (taken != (S_particle(full + wb, pe - wb) && wb != 0) ||
        (taken && wb != pb)) {
      fprintf(stderr, "entity: a particle's begin differs from the "
                      "walk's\n");
      abort();
    }
#endif
    if (!taken)
      break;
    b = pb;
  }
  return b;
}

/* Where the surname of full (n bytes, no space at the end) begins. */
static size_t S_surname_at(const char *full, size_t n) {
  size_t b = n;
  while (b && full[b - 1] != ' ')
    b--;
  return S_surname_from(full, b);
}

/* The length of a generational suffix ending full[0..n) with a space and
 * a name before it (" jr", " sr", " ii", " iii", " iv"), or 0.  The key
 * of such a name is its surname with the suffix ("altieri jr"): not "jr",
 * which every Jr. of a corpus would share (one age, one person for all of
 * them), and not "altieri", which is the father's. */
static size_t S_gen_suffix(const char *full, size_t n) {
  static const char *const sfx[] = {" jr", " sr", " ii", " iii", " iv"};
  if (n < 4 || (full[n - 1] != 'r' && full[n - 1] != 'i' &&
                full[n - 1] != 'v') ||
      (full[n - 3] != ' ' && full[n - 4] != ' '))
    return 0; /* (every key is asked: most end in no suffix's letters) */
  for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
    size_t k = strlen(sfx[i]);
    if (n > k + 1 && memcmp(full + n - k, sfx[i], k) == 0 &&
        full[n - k - 1] != ' ')
      return k;
  }
  return 0;
}

size_t cc_entity_gen_suffix(const char *key, size_t n) {
  return S_gen_suffix(key, n);
}

void cc_entity_surname(const char *full, cc_buf *buf) {
  size_t n = strlen(full);
  while (n && full[n - 1] == ' ')
    n--;
  size_t b = S_surname_at(full, n - S_gen_suffix(full, n));
  cc_buf_put(buf, full + b, n - b);
  if (!buf->ptr)
    cc_buf_puts(buf, "");
}

bool cc_entity_after_pair(const char *norm) {
  for (size_t i = 0; S_after[i]; i++)
    if (strcmp(norm, S_after[i]) == 0)
      return true;
  return false;
}

/* ---- token helpers --------------------------------------------------------------- */

typedef struct S_ctx {
  const cc_entity_model *m;
  const S_pfx *const *by_id; /* m's, for S_word_facts (a load less) */
  const uint8_t *ctx_bits;   /* m's, for S_kbits (a load less) */
  const char *text;          /* seg's document's text, tokens and */
  uint32_t ntokens;          /* lower-cased copy (the loads less) */
  const char *low;
  const cc_segmented *seg;
  const cc_token *tok;
  uint32_t lit[S_L__COUNT]; /* m's lit_id (S_tok_is: a load less) */
  cc_arena *arena;
  cc_vec ents;     /* cc_entity */
  cc_vec pending;  /* S_pend: single capitalized words, weak people */
  uint32_t tl_of;  /* S_title_line: 1 + the sentence it last judged */
  bool tl;         /* ... and whether that one is a title-case line */
  cc_buf tmp;
  cc_buf kfull, ksur; /* S_person_keys' scratch */
  size_t surface_len; /* the length of the last entity's surface (S_emit) */
  bool surface_ascii; /* ... and whether it is ASCII, known from its
                         tokens' flags (a false one may be ASCII) */
  char *join;         /* S_longest's buffer when a key is over 256 bytes */
  struct S_steps *steps; /* the thread's S_step cache, of this model */
  char *sblk;         /* S_str's block of the arena, sleft bytes left */
  size_t sleft;
  uint32_t *next;     /* S_scan's list of the tokens S_sentence stops at */
#ifdef CC_RECOG_CHECK_INERT
  uint32_t cut;       /* where the other builds' S_scan ends that list */
#endif
  struct S_word *words; /* pass 2: the single words' texts (S_surnames) */
  bool strong;          /* some surname has a strong use (S_surnames; the
                           later steps add none) */
  struct S_sur **sur_of; /* pass 2: each person's surname entry, by its
                            index in ents (S_surnames, S_link_pending,
                            S_place_to_person set it) */
  struct S_lens *lens;  /* each person's full key's and key's lengths, by
                           its index in ents, as the keys are made (pass 1:
                           S_person_keys; pass 2: the entry's), so no
                           strlen (S_surnames, S_agree) */
  size_t lens_cap;      /* (room in lens: ents' room, S_push_ent) */
  size_t n1;            /* the entities before S_link_pending's */
  bool spaced;          /* some single word's key (S_surnames) may hold a
                           space: made by S_canon_arena, or rules write
                           spaces (S_agree asks the written keys of
                           S_link_pending's people only then) */
  bool dropped;         /* some entity is dropped (kind 0xff:
                           S_link_pending) */
  uint8_t *is_person;   /* pass 2: the people known before the rounds
                           of S_confirm_by_use (S_person_marks' bits,
                           set as S_surnames walks them), then what the
                           rounds add */
} S_ctx;

typedef struct S_lens {
  uint32_t full, key;
} S_lens;

#if defined(__GNUC__) || defined(__clang__)
#define S_UNLIKELY_E(x) __builtin_expect(!!(x), 0)
#else
#define S_UNLIKELY_E(x) (x)
#endif

/* (the inert build: person i's lengths are its keys') */
static inline void S_lens_check(const S_ctx *c, size_t i) {
#ifdef CC_RECOG_CHECK_INERT
  const cc_entity *en = (const cc_entity *)c->ents.items + i;
  if (strlen(en->full) != c->lens[i].full ||
      strlen(en->key) != c->lens[i].key) {
    fprintf(stderr, "entity: a person's kept lengths are not its keys'\n");
    abort();
  }
#else
  (void)c;
  (void)i;
#endif
}

typedef struct S_pend {
  uint32_t tok, sentence;
  bool weak;     /* a weak multi-word person (index into ents) */
  bool in_run;   /* the last word of a longer capitalized run ("The Great
                    Ruizo"): the name of something else, never a
                    misspelling of a person's surname */
  uint32_t ent;
  const char *canon; /* its canonical key (the arena's), made once */
  uint32_t word; /* its text's entry in S_ctx.words (not a weak one) */
  bool counted;  /* S_confirm_by_use counts its uses */
  uint8_t ctx;   /* ... and the S_context of a counted one */
  struct S_seen *seen; /* ... under this key (S_seen_link) */
  struct S_sur *sur;   /* the surname its key is, when S_surnames looked
                          (entries are only added after: a NULL may
                          have one by S_link_pending) */
} S_pend;

static bool S_is_word(const cc_token *t) { return t->kind == CC_TOK_WORD; }
/* A token's kind and flags in one 16-bit load (they are adjacent bytes),
 * and S_kf_of the value of a kind and flags so read: S_scan's test of a
 * lower-case word, a capitalized one or no word is one compare (a word's
 * kind is 0). */
_Static_assert(offsetof(cc_token, flags) == offsetof(cc_token, kind) + 1,
               "cc_token: flags right after kind");
_Static_assert(CC_TOK_WORD == 0, "a word's kind is 0 (S_scan)");
static inline unsigned S_kf(const cc_token *t) {
  uint16_t v;
  memcpy(&v, &t->kind, sizeof v);
  return v;
}
static inline unsigned S_kf_of(uint8_t kind, uint8_t flags) {
  const uint8_t b[2] = {kind, flags};
  uint16_t v;
  memcpy(&v, b, sizeof v);
  return v;
}
static bool S_cap(const cc_token *t) {
  return t->kind == CC_TOK_WORD && (t->flags & CC_TF_CAP);
}
/* Is token t's text the n bytes of s (and its NUL)?  As strcmp(t->norm,
 * s) == 0 (strcmp's match is no longer than norm_len), without the call:
 * the literals of S_tok_is make it a compare of one to three bytes. */
static inline bool S_tok_text(const cc_token *t, const char *s, size_t n) {
  return t->norm_len >= n && memcmp(t->norm, s, n + 1) == 0;
}
/* Is token t's text S_lits[l]?  By its id (c->lit: every token's id is
 * its text's in the model's table, under nids, or 0 for a text the table
 * lacks; S_lits' are in it), one compare.  The inert build compares the
 * text too. */
static inline bool S_tok_lit(const S_ctx *c, const cc_token *t, unsigned l) {
#ifdef CC_RECOG_CHECK_INERT
  if ((t->id == c->lit[l]) != S_tok_text(t, S_lits[l], strlen(S_lits[l]))) {
    fprintf(stderr, "entity: a token's id and text disagree on a literal\n");
    abort();
  }
#endif
  return t->id == c->lit[l];
}
/* (c: the S_ctx in scope) */
#define S_tok_is(t, L) S_tok_lit(c, (t), (L))

/* The model's node for token t (&S_none: a word no table names), by
 * the word id the segmenter gave it. */
static inline const S_pfx *S_word_facts(const S_ctx *c,
                                         const cc_token *t) {
  return c->by_id[t->id]; /* (every id is under nids: cc_entities_find) */
}

/* Can a title, nation or place start at token t? */
static bool S_may_start(const S_ctx *c, const cc_token *t) {
  return t->kind == CC_TOK_WORD && S_word_facts(c, t)->start;
}

/* The S_K_... bits of word t's node (0 for a token that is no word): a
 * clear S_K_..._START bit of a table says S_longest_node returns NULL at
 * once, told without the call. */
static inline unsigned S_kbits(const S_ctx *c, const cc_token *t) {
  return t->kind == CC_TOK_WORD ? c->ctx_bits[t->id] : 0;
}

/* Normalized text of tokens [i, k): spaces only where the text has them,
 * so "secretary-general" and "d.c." join as written. */
static void S_join(const S_ctx *c, uint32_t i, uint32_t k, cc_buf *b) {
  cc_buf_reset(b);
  for (uint32_t j = i; j < k; j++) {
    if (j > i && (c->tok[j].flags & CC_TF_SPACE_BEFORE))
      cc_buf_putc(b, ' ');
    cc_buf_put(b, c->tok[j].norm, c->tok[j].norm_len);
  }
  if (!b->ptr)
    cc_buf_puts(b, "");
}

/* n bytes of s to d (apart), without a call where n is at most 32:
 * two loads of a size that overlap, none outside s[0..n) (most names
 * and keys are short; memcpy's call and dispatch cost more than the
 * copy). */
static inline void S_copy(char *d, const char *s, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a, b;
    memcpy(&a, s, 8);
    memcpy(&b, s + n - 8, 8);
    memcpy(d, &a, 8);
    memcpy(d + n - 8, &b, 8);
  } else if (n > 16 && n <= 32) {
    uint64_t a, b, x, y;
    memcpy(&a, s, 8);
    memcpy(&b, s + 8, 8);
    memcpy(&x, s + n - 16, 8);
    memcpy(&y, s + n - 8, 8);
    memcpy(d, &a, 8);
    memcpy(d + 8, &b, 8);
    memcpy(d + n - 16, &x, 8);
    memcpy(d + n - 8, &y, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    memcpy(d, &a, 4);
    memcpy(d + n - 4, &b, 4);
  } else if (n < 4) {
    for (size_t i = 0; i < n; i++)
      d[i] = s[i];
  } else {
    memcpy(d, s, n);
  }
}

/* The node of p's text joined with token tk's (after a space when sp),
 * or NULL: none, or longer than any key.  (p's text is the text the walk
 * has joined so far: it found p by it.) */
static const S_pfx *S_step_join(S_ctx *c, const S_pfx *p, bool sp,
                                const cc_token *tk) {
  const cc_entity_model *m = c->m;
  size_t n = p->n;
  if (n + sp + tk->norm_len > m->pfx_max)
    return NULL; /* longer than any key */
  char sbuf[256]; /* (never longer than the longest key) */
  char *buf = c->join ? c->join : sbuf;
  S_copy(buf, p->s, n);
  if (sp)
    buf[n++] = ' ';
  S_copy(buf + n, tk->norm, tk->norm_len);
  return S_pfx_find(m, buf, n + tk->norm_len);
}

/* The thread's answers of S_step_join by node, space and the token's
 * word id (a token's id not 0 tells its text: the model's word table's
 * word), direct-mapped: most walks are the same few titles' ("foreign
 * minister", "prime minister"), each a copy of two texts, their packing
 * and a probe of the node table where the join is made.  The model's
 * serial tells whose nodes they are (cc_entities_find empties the table
 * for another model). */
enum { S_STEP_BITS = 11, S_STEP_SLOTS = 1 << S_STEP_BITS };
typedef struct S_steps {
  uint64_t serial;
  uint64_t key[S_STEP_SLOTS]; /* S_step's key; 0: empty (an id is not 0) */
  const S_pfx *next[S_STEP_SLOTS];
} S_steps;
/* (made at the thread's first document, cc_thread_calloc: as
 * _Thread_local storage its 32 kB were zeroed for every thread, and its
 * keys again at the first model) */
static _Thread_local S_steps *S_steps_tl;

/* S_step_join, from the thread's cache when the token has an id.  (The
 * CC_RECOG_CHECK_INERT build joins at every cached answer too and aborts
 * on a difference.) */
static inline const S_pfx *S_step(S_ctx *c, const S_pfx *p, bool sp,
                                  const cc_token *tk) {
  if (!tk->id)
    return S_step_join(c, p, sp, tk);
  uint64_t key = (uint64_t)(p - c->m->pfx) << 33 |
                 (uint64_t)tk->id << 1 | sp;
  uint32_t h = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >>
                          (64 - S_STEP_BITS));
  S_steps *st = c->steps;
  if (st->key[h] == key) {
#ifdef CC_RECOG_CHECK_INERT
    if (st->next[h] != S_step_join(c, p, sp, tk)) {
      fprintf(stderr, "entity: a cached step differs from the join\n");
      abort();
    }
#endif
    return st->next[h];
  }
  const S_pfx *q = S_step_join(c, p, sp, tk);
  st->key[h] = key;
  st->next[h] = q;
  return q;
}

/* S_longest's walk from its second token on: p is the node of token i,
 * best and *len what the first token gave, and the caller found that a
 * key of the table may go on with the second (S_follows; e - i >= 2,
 * and p->longer has table ti).  The walk stops at a text no longer key
 * of the table begins with (S_pfx.longer): the next, longer text would
 * begin none either. */
static const S_pfx *S_walk_on(S_ctx *c, int ti, uint32_t i, uint32_t e,
                              uint32_t *len, const S_pfx *p,
                              const S_pfx *best) {
  const cc_entity_model *m = c->m;
  uint32_t max = e - i < 8 ? e - i : 8;
#ifdef CC_RECOG_CHECK_INERT
  /* (what the walk had found when it read a node the other builds do
   * not make: they stop there, and must find the same) */
  const S_pfx *cut_best = NULL;
  uint32_t cut_len = 0;
  bool cut = false;
#endif
  for (uint32_t k = 2; k <= max; k++) {
    const cc_token *tk = &c->tok[i + k - 1];
    bool sp = (tk->flags & CC_TF_SPACE_BEFORE) != 0;
    if (k > 2 && tk->norm_len &&
        !S_follows(m, p, ti, sp, (unsigned char)tk->norm[0]))
      break; /* no key of the table goes on so */
    p = S_step(c, p, sp, tk);
#ifdef CC_RECOG_CHECK_INERT
    if (!cut && p && (p->begins & (1u << ti)) && !(p->cut & (1u << ti))) {
      cut = true;
      cut_best = best;
      cut_len = best ? *len : 0;
    }
#endif
    if (!p || !(p->begins & (1u << ti)))
      break;
    /* never end on punctuation ("d.c." is one token) */
    if (p->hit[ti] && (tk->kind != CC_TOK_PUNCT || S_tok_is(tk, S_L_DOT))) {
      best = p;
      *len = k;
    }
    if (!(p->longer & (1u << ti)))
      break;
  }
#ifdef CC_RECOG_CHECK_INERT
  if (cut && (best != cut_best || (best && *len != cut_len))) {
    fprintf(stderr, "entity: a walk went on from a prefix S_cut_at leaves "
                    "out\n");
    abort();
  }
#endif
  return best;
}

#ifdef CC_RECOG_CHECK_INERT
/* S_longest from its first word's node p, which starts and begins a key
 * of table ti: the node of the entry found (hit[ti]), or NULL, token by
 * token from the first (the inert build's check of S_longest_node's
 * answers without it). */
static const S_pfx *S_longest_walk(S_ctx *c, int ti, uint32_t i,
                                   uint32_t e, uint32_t *len,
                                   const S_pfx *p) {
  const cc_token *tk = &c->tok[i];
  const S_pfx *best = NULL;
  if (!p || !(p->begins & (1u << ti)))
    return NULL;
  if (p->hit[ti] && (tk->kind != CC_TOK_PUNCT || S_tok_is(tk, S_L_DOT))) {
    best = p;
    *len = 1;
  }
  if (e - i < 2 || !(p->longer & (1u << ti)))
    return best;
  const cc_token *nx = tk + 1;
  if (nx->norm_len &&
      !S_follows(c->m, p, ti, (nx->flags & CC_TF_SPACE_BEFORE) != 0,
                 (unsigned char)nx->norm[0]))
    return best;
  return S_walk_on(c, ti, i, e, len, p, best);
}
#endif

static inline const S_pfx *S_longest_from(S_ctx *c, int ti, uint32_t i,
                                          uint32_t e, uint32_t *len,
                                          const S_pfx *p);

/* Longest entry of table ti (S_T_...) starting at token i (not past e),
 * up to 8 tokens; *len gets the token count.  The tokens are joined as
 * S_join does, one at a time, while the text so far still begins some
 * key of the table.  Most words begin none: told here from the word's
 * node, without the walk.  (A table the lexicon lacks has no keys.) */
static inline const S_pfx *S_longest_node(S_ctx *c, int ti, uint32_t i,
                                          uint32_t e, uint32_t *len) {
  const cc_token *tk = &c->tok[i];
  if (!S_is_word(tk))
    return NULL;
  const S_pfx *p = S_word_facts(c, tk);
  if (!p->start || !(p->begins & (1u << ti)))
    return NULL;
  if (i >= e) /* (the walk's: no token to take) */
    return NULL;
  return S_longest_from(c, ti, i, e, len, p);
}

/* S_longest_node where token i (i < e) is a word whose node p starts and
 * begins a key of table ti. */
static inline const S_pfx *S_longest_from(S_ctx *c, int ti, uint32_t i,
                                          uint32_t e, uint32_t *len,
                                          const S_pfx *p) {
  const cc_token *tk = &c->tok[i];
  /* where no key goes on with the next token (most), the walk would stop
   * at its second step with the word itself, a key or none (a word is no
   * punctuation): told here without the call */
  bool one = e - i < 2 || !(p->longer & (1u << ti));
  const cc_token *nx = tk + 1;
  one = one || (nx->norm_len &&
                !S_follows(c->m, p, ti, (nx->flags & CC_TF_SPACE_BEFORE) != 0,
                           (unsigned char)nx->norm[0]));
  if (!one) { /* (the first token a word: its key, if any, is an end) */
    if (p->hit[ti])
      *len = 1;
    return S_walk_on(c, ti, i, e, len, p, p->hit[ti] ? p : NULL);
  }
#ifdef CC_RECOG_CHECK_INERT /* (the walk finds the same) */
  uint32_t l = 0;
  const S_pfx *w = S_longest_walk(c, ti, i, e, &l, p);
  if (w != (p->hit[ti] ? p : NULL) || (w && l != 1)) {
    fprintf(stderr, "entity: a walk skipped would find another key\n");
    abort();
  }
#endif
  if (!p->hit[ti])
    return NULL;
  *len = 1;
  return p;
}

#ifdef CC_RECOG_CHECK_INERT /* (only the inert build's checks use it) */
/* S_longest_node's entry. */
static inline const cc_lex_entry *S_longest(S_ctx *c, int ti, uint32_t i,
                                            uint32_t e, uint32_t *len) {
  const S_pfx *p = S_longest_node(c, ti, i, e, len);
  return p ? p->hit[ti] : NULL;
}
#endif

/* The class of a word in name_words (indexed by S_index_classes). */
static int S_class(const S_ctx *c, const cc_token *t) {
  const S_pfx *p = S_word_facts(c, t);
  return p ? p->wclass : W_NONE;
}

/* Is token t a key of the months, weekdays or firstnames table (fact)? */
static bool S_in(const S_ctx *c, uint8_t fact, const cc_token *t) {
  const S_pfx *p = S_word_facts(c, t);
  return p && (p->facts & fact);
}

static bool S_firstname(const S_ctx *c, const cc_token *t) {
  return S_cap(t) && S_in(c, S_F_FIRST, t);
}

/* A nation word at i: capitalized; short ones ("US", "UK") in capitals so
 * the pronoun "us" is not a country.  Token i (i < e) is capitalized and
 * has S_K_NATION_START, which both callers test first: a word whose node
 * starts and begins a nation, so the lookup skips those tests.  Returns
 * the node of the nation found (its entry hit[S_T_NATIONS]), or NULL. */
static const S_pfx *S_nation(S_ctx *c, uint32_t i, uint32_t e,
                             uint32_t *len) {
  const S_pfx *p = S_word_facts(c, &c->tok[i]);
#ifdef CC_RECOG_CHECK_INERT /* (what the callers' tests tell) */
  if (i >= e || !S_cap(&c->tok[i]) || !S_may_start(c, &c->tok[i]) ||
      !(p->begins & (1u << S_T_NATIONS))) {
    fprintf(stderr, "entity: S_nation at a word that begins no nation\n");
    abort();
  }
#endif
  p = S_longest_from(c, S_T_NATIONS, i, e, len, p);
  const cc_lex_entry *en = p ? p->hit[S_T_NATIONS] : NULL;
  if (en && *len == 1 && c->tok[i].norm_len <= 3 &&
      !strchr(c->tok[i].norm, '.') && !(c->tok[i].flags & CC_TF_ALLCAPS))
    return NULL;
  return en ? p : NULL;
}

/* A title at i, chained ("Prime Minister Sir X"): returns the tokens used;
 * *best is the most specific title (not an honorific).  Token i (i < e)
 * has S_K_TITLE_START, which both callers test first: a word whose node
 * starts and begins a title, so the first lookup skips those tests. */
static uint32_t S_title(S_ctx *c, uint32_t i, uint32_t e,
                        const cc_lex_entry **best, int *kind) {
  uint32_t j = i, len = 0;
  *best = NULL;
  *kind = CC_T_NONE;
  const S_pfx *p = S_word_facts(c, &c->tok[i]);
#ifdef CC_RECOG_CHECK_INERT /* (what the callers' S_K_TITLE_START tells) */
  if (i >= e || !S_may_start(c, &c->tok[i]) ||
      !(p->begins & (1u << S_T_TITLES))) {
    fprintf(stderr, "entity: S_title at a word that begins no title\n");
    abort();
  }
#endif
  p = S_longest_from(c, S_T_TITLES, i, e, &len, p);
  while (p != NULL) {
    const cc_lex_entry *en = p->hit[S_T_TITLES];
    int tk = p->tkind;
    if (!*best || (*kind == CC_T_HONORIFIC && tk != CC_T_HONORIFIC)) {
      *best = en;
      *kind = tk;
    }
    j += len;
    if (j < e && S_tok_is(&c->tok[j], S_L_DOT)) /* "Mr." "Dr." */
      j++;
    if (j >= e || !S_may_start(c, &c->tok[j]))
      break;
    p = S_longest_node(c, S_T_TITLES, j, e, &len);
  }
  return j - i;
}

/* "Jr", "Sr", "II", "III", "IV" (a token's normal form). */
static bool S_gen_suffix_word(const cc_token *t) {
  static const char *const w[] = {"jr", "sr", "ii", "iii", "iv"};
  for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
    if (t->norm_len == strlen(w[k]) && memcmp(t->norm, w[k], t->norm_len) == 0)
      return true;
  return false;
}

/* Can token t be part of a person's name? */
static inline bool S_namepart(const S_ctx *c, const cc_token *t,
                               bool after_first) {
  if (!S_cap(t))
    return false;
  int cl = S_class(c, t);
  if (cl != W_NONE)
    return false;
  if (!after_first && S_in(c, S_F_MONTH | S_F_WEEKDAY, t))
    return false;
  return true;
}

/* Is sentence s a title-case line ("Mayor Ana Ruiz Backs New Budget")?
 * Every word of four letters or more capitalized, at least three of
 * them, and no full stop at its end.  Such a line writes its verbs and
 * nouns capitalized, so a capitalized word there is no sign of a name.
 * (Judged once a sentence, and only where a verb form asks: S_verbish.) */
/* Can sentence s be a title-case line?  Only when it ends in no full
 * stop: a test of one token that spares most sentences of news the walks
 * below (they cost a fifth of the entity pass when run for every run of
 * capitalized words). */
static inline bool S_maybe_title_line(const S_ctx *c, uint32_t s) {
  const cc_sentence *se = &c->seg->sentences[s];
  return se->tok_end > se->tok_begin &&
         !S_tok_is(&c->tok[se->tok_end - 1], S_L_DOT);
}

static bool S_title_line(S_ctx *c, uint32_t s) {
  if (c->tl_of == s + 1)
    return c->tl;
  const cc_sentence *se = &c->seg->sentences[s];
  uint32_t long_words = 0;
  bool ok = se->tok_end > se->tok_begin &&
            !S_tok_is(&c->tok[se->tok_end - 1], S_L_DOT);
  for (uint32_t j = se->tok_begin; ok && j < se->tok_end; j++) {
    const cc_token *t = &c->tok[j];
    if (t->kind != CC_TOK_WORD || t->norm_len < 4)
      continue;
    long_words++;
    ok = (t->flags & CC_TF_CAP) != 0;
  }
  c->tl_of = s + 1;
  c->tl = ok && long_words >= 3;
  return c->tl;
}

/* A capitalized verb form or plural ("Backs", "Named", "Wins",
 * "Messages"): a word of four letters or more ending in "s" (not "ss",
 * "us", "is") or "ed", of no class and no known first name.  A surname
 * has that shape too ("Reed", "Sanders"): the callers ask it only in a
 * title-case line (S_title_line), after the first part of a name. */
static bool S_verbish(const S_ctx *c, const cc_token *t) {
  size_t n = t->norm_len;
  if (!S_cap(t) || n < 4 || (t->flags & CC_TF_ALLCAPS))
    return false;
  const char *w = t->norm;
  bool sfx = (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
              w[n - 2] != 'i' && w[n - 2] != '\'') ||
             (w[n - 2] == 'e' && w[n - 1] == 'd');
  if (!sfx)
    return false;
  const S_pfx *p = S_word_facts(c, t);
  return p->wclass == W_NONE && !(p->facts & S_F_FIRST);
}

/* Does token t end as English nouns of a person's role or state end
 * ("pensioner", "survivor", "motorist", "pedestrian", "resident",
 * "grandmother", "fisherman", "witness", "retiree", "lifeguard")?  Only
 * asked of a run's first word that starts a sentence, has two words
 * after it and an age after them, and is no known given name: no given
 * name of the lexicon gets here, and the endings leave out those of
 * names written family name first ("Nguyen", "Tran", "Chen"). */
static bool S_role_noun(const cc_token *t) {
  static const char *const end[] = {"er", "or", "ist", "ian", "ant", "ent",
                                    "man", "ess", "ee", "our", "wife",
                                    "girl", "boy", "dow", "rse", "tim", "guard",
                                    NULL};
  size_t n = t->norm_len;
  if (n < 5 || (t->flags & CC_TF_ALLCAPS))
    return false;
  for (const char *const *e = end; *e; e++) {
    size_t m = strlen(*e);
    if (memcmp(t->norm + n - m, *e, m) == 0)
      return true;
  }
  return false;
}

/* Name tokens at i: capitalized parts, particles between them, hyphen
 * joins ("Jean-Luc"), at most 5 parts.  Returns the end token.  In a
 * title-case line of sentence s the name ends before a verb form
 * ("Congressman Apologizes", "Sheriff Ana Ruiz Backs Budget"). */
static uint32_t S_name_at(S_ctx *c, uint32_t i, uint32_t e, uint32_t s) {
  uint32_t j = i, parts = 0;
  bool tl = S_maybe_title_line(c, s);
  while (j < e && parts < 5) {
    const cc_token *t = &c->tok[j];
    if (S_namepart(c, t, parts > 0)) {
      if (tl && (t->flags & CC_TF_SPACE_BEFORE) && S_verbish(c, t) &&
          !(parts > 0 && S_firstname(c, &c->tok[j - 1])) &&
          S_title_line(c, s))
        break;
      j++;
      parts++;
      /* an initial: "James T. Ruiz" (never the last part of a name) */
      if (t->norm_len == 1 && j + 1 < e && S_tok_is(&c->tok[j], S_L_DOT) &&
          !(c->tok[j].flags & CC_TF_SPACE_BEFORE) &&
          S_namepart(c, &c->tok[j + 1], true))
        j++;
      /* hyphen join: "Smith-Jones" */
      while (j + 1 < e && S_tok_is(&c->tok[j], S_L_DASH) &&
             !(c->tok[j].flags & CC_TF_SPACE_BEFORE) &&
             !(c->tok[j + 1].flags & CC_TF_SPACE_BEFORE) &&
             S_cap(&c->tok[j + 1]))
        j += 2;
      continue;
    }
    if (parts > 0 && S_is_word(t) && !(t->flags & CC_TF_CAP) &&
        S_particle(t->norm, t->norm_len)) {
      uint32_t q = j; /* "von der Leyen": particles, then a name part */
      while (q < e && q - j < 3 && S_is_word(&c->tok[q]) &&
             S_particle(c->tok[q].norm, c->tok[q].norm_len))
        q++;
      if (q < e && S_namepart(c, &c->tok[q], true)) {
        j = q;
        continue;
      }
    }
    break;
  }
  /* a trailing initial is no surname: "James T." -> "James" */
  while (j > i + 1 && c->tok[j - 1].norm_len <= 2 &&
         (S_tok_is(&c->tok[j - 1], S_L_DOT) || c->tok[j - 1].norm_len == 1))
    j--;
  /* a generational suffix alone is no name ("King Jr." after a title
   * word, "Jr. was charged") */
  if (j == i + 1 && S_gen_suffix_word(&c->tok[i]))
    return i;
  return parts ? j : i;
}

/* ---- emitting --------------------------------------------------------------------- */

#ifdef CC_RECOG_CHECK_INERT /* (the checks of S_surface's paths) */
/* Does s[0..n) read the same on one line: no line break, tab, form feed
 * or vertical tab, and no two spaces in a row?  Eight bytes a step: only
 * the bytes up to ' ' (exactly those, by a test that carries nothing
 * from byte to byte) are looked at one by one. */
static bool S_plain(const char *s, size_t n) {
  const uint64_t hi = 0x8080808080808080ull;
  size_t i = 0;
#if defined(__GNUC__) || defined(__clang__)
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    /* a byte's top bit: set when its low 7 bits are 0x21 or more, or
     * its own top bit is (no carry leaves a byte: at most 0x7f + 0x5f) */
    uint64_t low = ~(((w & ~hi) + 0x5f5f5f5f5f5f5f5full) | w) & hi;
    while (low) {
      size_t k = i + (size_t)(__builtin_ctzll(low) >> 3);
      low &= low - 1;
      char ch = s[k];
      if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' ||
          ch == '\v' || (ch == ' ' && k + 1 < n && s[k + 1] == ' '))
        return false;
    }
  }
#endif
  for (; i < n; i++) {
    char ch = s[i];
    if ((unsigned char)ch <= ' ' &&
        (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' ||
         ch == '\v' || (ch == ' ' && i + 1 < n && s[i + 1] == ' ')))
      return false;
  }
  return true;
}
#endif

/* A block of the arena for S_str taken (out of line: a few a document). */
CC_NOINLINE void S_str_block(S_ctx *c, size_t need) {
  size_t size = need > 1024 ? need : 1024;
  c->sblk = cc_arena_alloc_raw(c->arena, size);
  c->sleft = size;
}

/* Room for a string of up to room bytes and its NUL, cut from a block
 * of the arena the document's strings share (no call per string), as
 * cc_arena_str_room; S_str_keep keeps n of them, the block's next
 * string right after its NUL (nothing else is cut from the block in
 * between). */
static inline char *S_str_room(S_ctx *c, size_t room) {
  if (S_UNLIKELY_E(room + 1 > c->sleft))
    S_str_block(c, room + 1);
  char *d = c->sblk;
  c->sblk += room + 1;
  c->sleft -= room + 1;
  return d;
}
static inline void S_str_keep(S_ctx *c, char *d, size_t room, size_t n) {
  d[n] = '\0';
  c->sblk = d + n + 1;
  c->sleft += room - n;
}

/* A copy of s[0..n) and a NUL, the arena's (as cc_arena_strndup), from
 * S_str_room's block. */
static inline char *S_str(S_ctx *c, const char *s, size_t n) {
  char *d = S_str_room(c, n);
  S_copy(d, s, n);
  d[n] = '\0';
  return d;
}

#ifdef CC_RECOG_CHECK_INERT /* (S_one_line_toks's check) */
/* The name as written with each run of white space (a line break in
 * hard-wrapped text: "Ana\nRuiz") made one space, so keys, lists and
 * messages read the same whichever way the line was wrapped.  Written
 * straight into the arena (n + 1 bytes are room enough). */
static const char *S_one_line(S_ctx *c, const char *s, size_t n,
                              size_t *len) {
  if (S_plain(s, n)) {
    *len = n;
    return S_str(c, s, n);
  }
  char *d = cc_arena_alloc_raw(c->arena, n + 1);
  size_t k = 0;
  bool space = false;
  for (size_t i = 0; i < n; i++) {
    bool ws = s[i] == ' ' || s[i] == '\n' || s[i] == '\r' ||
              s[i] == '\t' || s[i] == '\f' || s[i] == '\v';
    if (ws && !space)
      d[k++] = ' ';
    else if (!ws)
      d[k++] = s[i];
    space = ws;
  }
  d[k] = '\0';
  *len = k;
  return d;
}
#endif

/* Is ch white space as S_one_line has it? */
static inline bool S_ws(char ch) {
  return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' ||
         ch == '\v';
}

/* S_one_line of the text of tokens [tb, te) (start to end, n bytes),
 * made from the tokens: a token holds no white space, so its bytes are
 * copied as they are (S_copy) and only the gaps between them are walked
 * byte by byte, each run of white space there made one space (a token
 * before a gap ends in none).  Written into S_str_room's block.  (The
 * inert build makes S_one_line's too and compares.) */
/* (out of line: few names, S_emit stays small without it) */
CC_NOINLINE const char *S_one_line_toks(S_ctx *c, uint32_t tb, uint32_t te,
                                        size_t *len) {
  const char *text = c->text;
  const cc_token *tok = c->tok;
  uint32_t start = tok[tb].start, end = tok[te - 1].end;
  size_t n = end - start;
  char *d = S_str_room(c, n);
  size_t k = 0;
  for (uint32_t j = tb; j < te; j++) {
    if (j > tb) {
      bool space = false;
      for (uint32_t q = tok[j - 1].end; q < tok[j].start; q++) {
        bool ws = S_ws(text[q]);
        if (ws && !space)
          d[k++] = ' ';
        else if (!ws)
          d[k++] = text[q];
        space = ws;
      }
    }
    size_t tn = tok[j].end - tok[j].start;
    S_copy(d + k, text + tok[j].start, tn);
    k += tn;
  }
  S_str_keep(c, d, n, k);
  *len = k;
#ifdef CC_RECOG_CHECK_INERT
  size_t n2;
  const char *d2 = S_one_line(c, text + start, n, &n2);
  if (n2 != k || memcmp(d, d2, k) != 0) {
    fprintf(stderr, "entity: a name's text from its tokens is not "
                    "S_one_line's\n");
    abort();
  }
#endif
  return d;
}

/* The text of tokens [tb, te) as S_one_line makes it.  A token holds no
 * white space (the segmenter ends a token at any), so the text reads the
 * same on one line when each gap between two tokens is nothing or one
 * space (most names): then it is copied as it is, without S_plain's
 * walk over its bytes.  (The CC_RECOG_CHECK_INERT build asks S_plain
 * too, and aborts when it disagrees.) */
static const char *S_surface(S_ctx *c, uint32_t tb, uint32_t te,
                             size_t *len) {
  const char *text = c->text;
  const cc_token *tok = c->tok;
  uint32_t start = tok[tb].start, end = tok[te - 1].end;
  bool plain = true;
  unsigned flags = tok[tb].flags;
  for (uint32_t j = tb + 1; j < te && plain; j++) {
    uint32_t gap = tok[j].start - tok[j - 1].end;
    plain = gap == 0 || (gap == 1 && text[tok[j].start - 1] == ' ');
    flags |= tok[j].flags;
  }
  /* (ASCII: its tokens' bytes, and the gaps, nothing or a space) */
  c->surface_ascii = plain && !(flags & CC_TF_NONASCII);
  if (!plain)
    return S_one_line_toks(c, tb, te, len);
#ifdef CC_RECOG_CHECK_INERT
  if (!S_plain(text + start, end - start)) {
    fprintf(stderr, "entity: a name's gaps are plain, its text is not\n");
    abort();
  }
#endif
  *len = end - start;
  return S_str(c, text + start, end - start);
}

/* Room for one more item of v (S_ctx.ents, .pending), whose items are
 * in the document's arena: a full vector moves to twice the room there
 * (no malloc, realloc or free per document; at most twice the bytes). */
static void S_vec_room(S_ctx *c, cc_vec *v) {
  if (v->len < v->cap)
    return;
  size_t cap = v->cap ? v->cap * 2 : 16;
  void *items = cc_arena_alloc_raw(c->arena, cap * v->size);
  if (v->len)
    memcpy(items, v->items, v->len * v->size);
  v->items = items;
  v->cap = cap;
}

/* Room in lens for entity index i and every one before it (a copy in
 * the arena, as S_vec_room's; out of line: few documents need it). */
CC_NOINLINE void S_lens_room(S_ctx *c, size_t i) {
  size_t cap = c->lens_cap * 2 > i ? c->lens_cap * 2 : i + 1;
  S_lens *l = cc_arena_alloc_raw(c->arena, cap * sizeof *l);
  if (c->lens_cap)
    memcpy(l, c->lens, c->lens_cap * sizeof *l);
  c->lens = l;
  c->lens_cap = cap;
}

/* A new entity, its fields S_emit does not write zero (each stored: a
 * zeroed struct was a rep stos of 11 words, then written over). */
static inline cc_entity *S_push_ent(S_ctx *c) {
  S_vec_room(c, &c->ents);
  cc_entity *en = (cc_entity *)c->ents.items + c->ents.len++;
  en->title_kind = 0;
  en->flags = 0;
  en->key = NULL;
  en->full = NULL;
  en->written = NULL;
  en->country = NULL;
  en->place_zone = NULL;
  return en;
}

/* A new pending word, all zero. */
static inline S_pend *S_push_pend(S_ctx *c) {
  S_vec_room(c, &c->pending);
  S_pend *p = (S_pend *)c->pending.items + c->pending.len++;
  *p = (S_pend){0};
  return p;
}

static cc_entity *S_emit(S_ctx *c, int kind, uint32_t tb, uint32_t te,
                         uint32_t title_b, uint32_t sentence) {
  cc_entity *en = S_push_ent(c);
  en->kind = (uint8_t)kind;
  en->tok_begin = tb;
  en->tok_end = te;
  en->tok_title = title_b;
  en->start = c->tok[tb].start;
  en->end = c->tok[te - 1].end;
  en->sentence = sentence;
  en->surface = S_surface(c, tb, te, &c->surface_len);
  en->title = "";
  if (te < c->ntokens && S_tok_is(&c->tok[te], S_L_POSS))
    en->flags |= CC_EF_POSSESSIVE;
  return en;
}

/* Are the tokens [tb, te) all words the segmenter's fast path made (their
 * forms in seg->low: ASCII letters and digits, lower case)? */
static bool S_fast_words(const S_ctx *c, uint32_t tb, uint32_t te) {
  const char *low = c->low;
  if (!low)
    return false;
  for (uint32_t j = tb; j < te; j++)
    if (c->tok[j].norm != low + c->tok[j].start)
      return false;
  return true;
}

/* S_canon_arena of the surface of tokens [tb, te) (surface_len bytes, at
 * most 128) that S_fast_words holds and S_surface calls ASCII: their texts
 * one space apart (two words the fast path made are never glued: its
 * word ends at a byte no letter or digit), so each is one part, and the
 * part is the word's form (lower case; no dot, apostrophe or space to
 * drop), its first 127 bytes, folded: copied from the forms, not walked
 * byte by byte (S_canon_ascii).  (The inert build compares.) */
static char *S_canon_forms(S_ctx *c, uint32_t tb, uint32_t te,
                           size_t surface_len, size_t *len, size_t *last) {
  size_t room = S_canon_room(c->m, surface_len);
  char *d = S_str_room(c, room);
  /* (as S_canon_flush places them: a part begins one byte after the key
   * so far, that byte its space, even after a part the rules emptied) */
  size_t k = 0, pb = 0;
  for (uint32_t j = tb; j < te; j++) {
    const cc_token *t = &c->tok[j];
    size_t pn = t->norm_len < 127 ? t->norm_len : 127;
    S_copy(d + pb, t->norm, pn);
    *last = pb;
    if (pb)
      d[pb - 1] = ' ';
    k = pb + S_fold_part(c->m, d + pb, pn);
    pb = k + 1;
  }
  *len = k;
  S_str_keep(c, d, room, k);
  return d;
}

/* A full name whose first part is a nickname ("jim marlow") keyed by the
 * given name ("james marlow"), so outlets that write "Jim Marlow" and
 * "James Marlow" meet, as transliterations do; the surname is untouched,
 * so only the same surname meets.  *f (n bytes, its last part at *last)
 * is made again in the arena when it changes.  A name of one part (a
 * surname) is never changed. */
static void S_formal_first(S_ctx *c, const cc_entity *en, char **f,
                           size_t *n, size_t *last) {
  if (en->tok_end - en->tok_begin < 2 ||
      !(S_word_facts(c, &c->tok[en->tok_begin])->facts & S_F_NICK))
    return; /* (most people: one load) */
  const char *sp = memchr(*f, ' ', *n);
  if (!sp)
    return;
  size_t p0 = (size_t)(sp - *f);
  S_tr *w = NULL;
  HASH_FIND(hh, c->m->nick, *f, p0, w);
  if (!w)
    return; /* (the first part is another word: "Jim-Bob") */
  size_t nn = *n - p0 + w->nto;
  char *d = S_str_room(c, nn + 1);
  memcpy(d, w->to, w->nto);
  memcpy(d + w->nto, *f + p0, *n - p0);
  d[nn] = '\0';
  S_str_keep(c, d, nn + 1, nn);
  if (*last != SIZE_MAX)
    *last = *last - p0 + w->nto;
  *f = d;
  *n = nn;
}

/* A full name with one middle initial ("john f baxter") keyed without it
 * ("john baxter"), so an outlet that drops the initial names the same
 * person; the first part stays even when an initial ("j baxter"), and so
 * does the surname.  *f (n bytes, its last part at *last) is made again
 * in the arena when it changes. */
static void S_drop_initials(S_ctx *c, const cc_entity *en, char **f,
                            size_t *n, size_t *last) {
  /* (most people: no one-letter word inside the name).  Two initials
   * stay: "George H. W. Smith" is not "George W. Smith", a son's name. */
  unsigned inits = 0;
  for (uint32_t j = en->tok_begin + 1; j + 1 < en->tok_end && inits < 2; j++)
    inits += c->tok[j].norm_len == 1 && S_is_word(&c->tok[j]);
  const char *sp = inits == 1 ? memchr(*f, ' ', *n) : NULL;
  if (!sp)
    return;
  char *d = S_str_room(c, *n + 1);
  size_t p0 = (size_t)(sp - *f), k = p0, nl = SIZE_MAX;
  memcpy(d, *f, p0);
  for (size_t b = p0 + 1; b <= *n;) { /* each part after the first */
    const char *e = memchr(*f + b, ' ', *n - b);
    size_t pe = e ? (size_t)(e - *f) : *n;
    bool initial = e && pe - b == 1 && (*f)[b] >= 'a' && (*f)[b] <= 'z';
    if (!initial) {
      if (b == *last)
        nl = k + 1;
      d[k++] = ' ';
      memcpy(d + k, *f + b, pe - b);
      k += pe - b;
    }
    b = pe + 1;
  }
  d[k] = '\0';
  S_str_keep(c, d, *n + 1, k);
  if (*last != SIZE_MAX)
    *last = nl;
  *f = d;
  *n = k;
}

/* A person's full key and surname key: the surname is the full key's
 * end (cc_entity_surname), so the key points into the full key's copy
 * (a canonical key has no space at its end; were there one, the key is
 * made apart as cc_entity_surname makes it). */
static void S_person_keys(S_ctx *c, cc_entity *en, size_t surface_len) {
  size_t n, last;
  char *f = c->surface_ascii && surface_len <= 128 &&
                    S_fast_words(c, en->tok_begin, en->tok_end)
                ? S_canon_forms(c, en->tok_begin, en->tok_end, surface_len,
                                &n, &last)
                : S_canon_arena(c->m, en->surface, surface_len,
                                c->surface_ascii, c->arena, &c->kfull, &n,
                                &last);
#ifdef CC_RECOG_CHECK_INERT
  {
    size_t n2, last2;
    const char *f2 =
        S_canon_arena(c->m, en->surface, surface_len, c->surface_ascii,
                      c->arena, &c->kfull, &n2, &last2);
    if (n2 != n || last2 != last || memcmp(f, f2, n + 1) != 0) {
      fprintf(stderr, "entity: S_canon_forms differs from the canon\n");
      abort();
    }
  }
#endif
  S_formal_first(c, en, &f, &n, &last);
  if (en->tok_end - en->tok_begin >= 3)
    S_drop_initials(c, en, &f, &n, &last);
  en->full = f;
  en->written = f;
  size_t i = (size_t)(en - (cc_entity *)c->ents.items);
  if (S_UNLIKELY_E(i >= c->lens_cap))
    S_lens_room(c, i);
  S_lens *lens = &c->lens[i];
  lens->full = (uint32_t)n; /* (a key of a sentence's bytes: under 4 GB) */
  if (n && f[n - 1] == ' ') {
    cc_buf *sur = &c->ksur;
    cc_buf_reset(sur);
    cc_entity_surname(f, sur);
    en->key = cc_arena_strndup(c->arena, sur->ptr, sur->len);
    lens->key = (uint32_t)sur->len;
    return;
  }
  size_t sfx = n ? S_gen_suffix(f, n) : 0;
  if (sfx) { /* "altieri jr": the part before the suffix, and it */
    size_t k = S_surname_at(f, n - sfx);
    en->key = f + k;
    lens->key = (uint32_t)(n - k);
    return;
  }
  /* (the last part's start, known from the canon when no rule writes a
   * space into a part; the inert build checks it) */
  if (last != SIZE_MAX && !c->m->tr_space) {
#ifdef CC_RECOG_CHECK_INERT
    size_t b = n;
    while (b && f[b - 1] != ' ')
      b--;
    if (b != last) {
      fprintf(stderr, "entity: the canon's last part is not the key's\n");
      abort();
    }
#endif
    size_t k = S_surname_from(f, last);
    en->key = f + k;
    lens->key = (uint32_t)(n - k);
    return;
  }
  size_t k = S_surname_at(f, n);
  en->key = f + k;
  lens->key = (uint32_t)(n - k);
}

static cc_entity *S_person(S_ctx *c, uint32_t tb, uint32_t te,
                           uint32_t title_b, uint32_t s,
                           const cc_lex_entry *title, int tkind,
                           const char *country) {
  cc_entity *en = S_emit(c, CC_E_PERSON, tb, te, title_b, s);
  S_person_keys(c, en, c->surface_len);
  if (title) {
    en->title = title->key;
    en->title_kind = (uint8_t)tkind;
  }
  if (tkind == CC_T_LEADER)
    en->flags |= CC_EF_LEADER;
  en->country = country;
  if (te - tb == 1)
    en->flags |= CC_EF_SURNAME_ONLY;
  return en;
}

/* The key of a place or organization: tokens [tb, te) joined (S_join),
 * marks stripped and lower-cased (ASCII here, the rest by
 * cc_text_strip_marks), in the arena. */
static const char *S_joined_key(S_ctx *c, uint32_t tb, uint32_t te) {
  /* a word the segmenter's fast path made (its form in seg->low: ASCII
   * letters and digits) is its own key: the form itself, the arena's, not
   * a copy (the inert build makes the copy below and compares) */
  const char *low = c->low;
  if (te == tb + 1 && low && c->tok[tb].norm == low + c->tok[tb].start &&
      c->tok[tb].norm_len <= 128) {
#ifndef CC_RECOG_CHECK_INERT
    return c->tok[tb].norm;
#endif
  } else {
    low = NULL; /* (the inert build: no form to compare with) */
  }
  /* most keys: ASCII of up to 128 bytes, joined and lower-cased straight
   * into the arena, as S_strip_marks lower-cases them */
  size_t len = 0;
  unsigned flags = 0;
  for (uint32_t j = tb; j < te; j++) {
    len += c->tok[j].norm_len +
           (j > tb && (c->tok[j].flags & CC_TF_SPACE_BEFORE) != 0);
    flags |= c->tok[j].flags;
  }
  if (len <= 128) {
    /* (a token's normal form is case-folded already: its ASCII letters
     * are lower case, so it is copied as it is; the inert build checks) */
    char *d = S_str_room(c, len);
    size_t n = 0;
    for (uint32_t j = tb; j < te; j++) {
      const cc_token *t = &c->tok[j];
      if (j > tb && (t->flags & CC_TF_SPACE_BEFORE))
        d[n++] = ' ';
      S_copy(d + n, t->norm, t->norm_len);
      n += t->norm_len;
    }
    d[n] = '\0';
#ifdef CC_RECOG_CHECK_INERT
    for (size_t q = 0; q < n; q++)
      if (d[q] >= 'A' && d[q] <= 'Z') {
        fprintf(stderr, "entity: a normal form with an upper-case letter\n");
        abort();
      }
#endif
    /* (the normal form of a token of ASCII bytes is ASCII: told by the
     * flags without cc_is_ascii's walk; the inert build checks) */
#ifdef CC_RECOG_CHECK_INERT
    if (!(flags & CC_TF_NONASCII) && !cc_is_ascii(d, n)) {
      fprintf(stderr, "entity: an ASCII token's normal form is not\n");
      abort();
    }
#endif
#ifdef CC_RECOG_CHECK_INERT
    if (low && (flags & CC_TF_NONASCII || strcmp(d, c->tok[tb].norm) != 0)) {
      fprintf(stderr, "entity: a fast-path word's key is not its form\n");
      abort();
    }
#endif
    if (!(flags & CC_TF_NONASCII) || cc_is_ascii(d, n))
      return d;
    /* (else the general path below; d is left unused) */
  }
  S_join(c, tb, te, &c->tmp);
  cc_buf k = CC_BUF_INIT;
  char small[128];
  size_t n;
  const char *p = S_strip_marks(c->tmp.ptr, c->tmp.len, small, &k, &n);
  const char *key = cc_arena_strndup(c->arena, p ? p : "", p ? n : 0);
  cc_buf_free(&k);
  return key;
}

/* A place of tokens [tb, te): a nation's (its country cell, country:
 * the caller read it), or a known place's (place: its node, whose
 * hit[S_T_PLACES] it is), or by its words. */
static void S_place(S_ctx *c, uint32_t tb, uint32_t te, uint32_t s,
                    const char *country, const S_pfx *place) {
  cc_entity *en = S_emit(c, CC_E_PLACE, tb, te, tb, s);
  if (country) {
    en->key = country;
    en->country = en->key;
    en->flags |= CC_EF_NATION;
  } else {
    en->key = S_joined_key(c, tb, te);
  }
  if (place) {
#ifdef CC_RECOG_CHECK_INERT
    const char *z = cc_lex_cell(place->hit[S_T_PLACES], c->m->col_zone);
    if ((*z ? z : NULL) != place->zone) {
      fprintf(stderr, "entity: a place's zone is not its cell\n");
      abort();
    }
#endif
    en->place_zone = place->zone;
  }
  en->full = en->key;
  en->written = en->key;
}

static void S_org(S_ctx *c, uint32_t tb, uint32_t te, uint32_t s) {
  cc_entity *en = S_emit(c, CC_E_ORG, tb, te, tb, s);
  en->key = S_joined_key(c, tb, te);
  en->full = en->key;
  en->written = en->key;
}

/* An organization of tokens [tb, te) whose run held an organization
 * word: named (CC_EF_NAMED) when a word of it is of no class ("Atlantic
 * Council"), not when its words are all organization words and the
 * like ("Council", "News", "Air Force"). */
static void S_named_org(S_ctx *c, uint32_t tb, uint32_t te, uint32_t s) {
  S_org(c, tb, te, s);
  for (uint32_t j = tb; j < te; j++)
    if (S_is_word(&c->tok[j]) && S_word_facts(c, &c->tok[j])->wclass == W_NONE &&
        !(S_word_facts(c, &c->tok[j])->facts & (S_F_MONTH | S_F_WEEKDAY))) {
      ((cc_entity *)c->ents.items)[c->ents.len - 1].flags |= CC_EF_NAMED;
      break;
    }
}

/* Is "X&Y" at tokens [i, k] ("&" at k) a common noun's initials: "R&D",
 * "Q&A", "M&A", "P&L", "R&B", "A&E" (no firm's name)? */
static bool S_amp_noun(const S_ctx *c, uint32_t i, uint32_t k) {
  static const char pairs[][2] = {{'r', 'd'}, {'q', 'a'}, {'m', 'a'},
                                  {'p', 'l'}, {'r', 'b'}, {'a', 'e'}};
  const cc_token *a = &c->tok[i], *b = &c->tok[k + 1];
  if (k != i + 1 || a->norm_len != 1 || b->norm_len != 1)
    return false;
  for (size_t j = 0; j < sizeof pairs / sizeof pairs[0]; j++)
    if (a->norm[0] == pairs[j][0] && b->norm[0] == pairs[j][1])
      return true;
  return false;
}

/* Is token t, alone on its side of "&", a person's: a known first name,
 * or the surname of a person the article has named ("Henman & Murray",
 * two players, are no firm)? */
static bool S_amp_person(const S_ctx *c, const cc_token *t) {
  if (S_firstname(c, t))
    return true;
  const cc_entity *en = c->ents.items;
  for (size_t k = 0; k < c->ents.len; k++)
    if (en[k].kind == CC_E_PERSON && en[k].tok_end > en[k].tok_begin) {
      const cc_token *l = &c->tok[en[k].tok_end - 1];
      if (l->norm_len == t->norm_len &&
          memcmp(l->norm, t->norm, t->norm_len) == 0)
        return true;
    }
  return false;
}

/* "Smith & Jones" where both sides are one word and people's (S_amp_person
 * for either): two people, not a partnership's name. */
static bool S_amp_people(const S_ctx *c, uint32_t i, uint32_t k,
                         uint32_t e) {
  if (k != i + 1 || k + 2 > e ||
      (k + 2 < e && S_cap(&c->tok[k + 2])))
    return false;
  return S_amp_person(c, &c->tok[i]) || S_amp_person(c, &c->tok[k + 1]);
}

/* "Ruiz & Berg": the run from tb, "&" and the capitalized words from j
 * (up to a stop word) as one named organization.  Returns the next token. */
static uint32_t S_amp_org(S_ctx *c, uint32_t tb, uint32_t j, uint32_t e,
                          uint32_t s) {
  while (j < e && S_cap(&c->tok[j]) &&
         S_word_facts(c, &c->tok[j])->wclass != W_STOP)
    j++;
  if (j + 1 < e && S_tok_is(&c->tok[j], S_L_AMP) && S_cap(&c->tok[j + 1]))
    return S_amp_org(c, tb, j + 1, e, s); /* ("A & B & C") */
  S_org(c, tb, j, s);
  ((cc_entity *)c->ents.items)[c->ents.len - 1].flags |= CC_EF_NAMED;
  return j;
}

/* ---- pass 1: one sentence ----------------------------------------------------------- */

/* One walk over the tokens [b, e) of a sentence, before S_sentence:
 * lists in c->next the tokens where something may start (capitalized
 * words, and lower-case words that may start a title: S_sentence passes
 * by the rest) and sets *nnext to their count.  The list ends at the
 * last capitalized word: a title that starts at a lower-case word names
 * no one without a capitalized word after it (S_name_at's first part),
 * and there it adds nothing and only passes by other lower-case words.
 * Returns whether the sentence is a title-case line ("Leaders Meet In
 * Capital For Talks"): capitalized runs there say nothing about names.
 * A list of titled names is mostly capitalized too, so it takes a
 * capitalized function word inside the line ("In", "For") to call it a
 * headline. */
static bool S_scan(S_ctx *c, uint32_t b, uint32_t e, uint32_t *nnext) {
  /* (in locals: a store to next[] might be any uint32_t, for all the
   * compiler knows) */
  const cc_token *tok = c->tok;
  const uint8_t *bits = c->ctx_bits; /* (a byte per id, not the node) */
  uint32_t *next = c->next;
  uint32_t caps = 0, n = 0, cut = 0;
  size_t capstops = 0; /* (S_K_STOP for each: 64 bits, no wrap) */
  const unsigned mask = S_kf_of(0xff, CC_TF_CAP);
  const unsigned cap = S_kf_of(CC_TOK_WORD, CC_TF_CAP);
  /* (by pointer, the index made only for a token listed; a token's kind
   * and capital tested in one load and compare: a lower-case word, most
   * tokens, costs that and its id's byte) */
  const cc_token *end = tok + e;
#ifndef CC_RECOG_CHECK_INERT /* (that build walks every token: S_sentence
                                checks the cut) */
  /* the tokens after the last capitalized word are passed by with one
   * test each (most of a sentence's: 62% on the generated corpus): the
   * list would end before them.  (A sentence that begins with a capital,
   * most, needs no bound: the walk stops there at the latest.) */
  if (b < e && (S_kf(&tok[b]) & mask) == cap) {
    /* (four tokens a step, one exit each, no bound: tok[b] stops it, so
     * where three tokens before end are not capitalized the fourth is at
     * tok[b] or after it.  As one loop gcc merged it with the bounded
     * walk below: seven instructions a token, not four and a quarter.
     * Each step tests the capital's flag alone, a byte: a token with it
     * that is no word, which the segmenter never makes, only sends the
     * walk on from there) */
    for (;;) {
      for (;; end -= 4) {
        if (end[-1].flags & CC_TF_CAP)
          break;
        if (end[-2].flags & CC_TF_CAP) {
          end -= 1;
          break;
        }
        if (end[-3].flags & CC_TF_CAP) {
          end -= 2;
          break;
        }
        if (end[-4].flags & CC_TF_CAP) {
          end -= 3;
          break;
        }
      }
      if (end[-1].kind == CC_TOK_WORD)
        break; /* (a capitalized word: tok[b] at the latest) */
      end--;
    }
  } else {
    while (end > tok + b && (S_kf(end - 1) & mask) != cap)
      end--;
  }
#endif
#ifdef CC_RECOG_CHECK_INERT /* (the whole list: S_sentence checks the cut) */
  for (const cc_token *t = tok + b; t < end; t++) {
    unsigned kf = S_kf(t) & mask;
    if (kf == 0) {
      if (bits[t->id] & S_K_TITLE_START)
        next[n++] = (uint32_t)(t - tok);
    } else if (kf == cap) {
      uint8_t k = bits[t->id];
      caps++;
      capstops += k & S_K_STOP;
      next[n++] = (uint32_t)(t - tok);
      cut = n;
    }
  }
  c->cut = cut;
  *nnext = n;
#else
  /* (the walk back stopped after a capitalized word, where the list
   * ends: only there is the bound tested, not at each token; a lower-case
   * word, most tokens, costs its kind, its capital and its id's byte) */
  (void)cut;
  if (end > tok + b) {
    const cc_token *last = end - 1;
    for (const cc_token *t = tok + b;; t++) {
      if (!(t->flags & CC_TF_CAP)) {
        /* a lower-case word, or no word (its kind asked only where its
         * id's byte says a title may start at it: a token without the
         * capital's flag, most, costs that flag and that byte) */
        if ((bits[t->id] & S_K_TITLE_START) && t->kind == CC_TOK_WORD)
          next[n++] = (uint32_t)(t - tok); /* a title may start at the
                                              lower-case word (nothing
                                              else can: see S_sentence) */
      } else if (t->kind == CC_TOK_WORD) {
        uint8_t k = bits[t->id]; /* (every id is under nids) */
        caps++;
        capstops += k & S_K_STOP; /* (S_K_STOP a stop word: a multiple
                                     of it, no compare) */
        if (!(k & S_K_IDLE))
          next[n++] = (uint32_t)(t - tok);
        if (t == last)
          break;
      }
    }
  }
  *nnext = n; /* (it ends at the last capitalized word) */
#endif
  /* (a stop word first in the sentence does not count: "The" begins
   * many) */
  if (capstops && (S_kf(&tok[b]) & mask) == cap &&
      (bits[tok[b].id] & S_K_STOP))
    capstops -= S_K_STOP;
  if (!capstops)
    return false;
  /* (counted only here: few sentences get this far; and only until
   * there are too many words for the capitals, caps * 10 < words * 6) */
  uint32_t words = 0, most = caps * 10 / 6;
  for (const cc_token *t = tok + b; t < tok + e; t++)
    if ((words += t->kind == CC_TOK_WORD) > most)
      return false;
  if (words < 4)
    return false;
  /* a headline's function word stands between two capitalized words
   * ("Meet In Capital"); a stop word at the edge of a name ("won the US
   * Open on Sunday", "moved to New York") is the name's */
  for (const cc_token *t = tok + b + 1; t + 1 < tok + e; t++)
    if (S_cap(t) && (bits[t->id] & S_K_STOP) && S_cap(t - 1) && S_cap(t + 1))
      return true;
  return false;
}

/* [nation ['s]] title name, or nation 's name.  Returns the next token. */
static uint32_t S_titled(S_ctx *c, uint32_t i, uint32_t e, uint32_t s) {
  uint32_t nl = 0, j = i;
  /* (S_nation and S_title find nothing where no key starts: most
   * capitalized words, told here without the calls) */
  const S_pfx *nat =
      S_cap(&c->tok[i]) && (S_kbits(c, &c->tok[i]) & S_K_NATION_START)
          ? S_nation(c, i, e, &nl) : NULL;
  if (nat) {
    j = i + nl;
    if (j < e && S_tok_is(&c->tok[j], S_L_POSS))
      j++;
  }
  const cc_lex_entry *title = NULL;
  int tkind = CC_T_NONE;
  uint32_t tl = j < e && (S_kbits(c, &c->tok[j]) & S_K_TITLE_START)
                    ? S_title(c, j, e, &title, &tkind) : 0;
  if (!nat && tl == 0)
    return i; /* (no title, no nation: nothing is named here, whatever
                 name S_name_at would find; most capitalized words) */
  uint32_t k = S_name_at(c, j + tl, e, s);
  /* (the country cell, read at load) */
  const char *country = nat ? nat->country : NULL;
#ifdef CC_RECOG_CHECK_INERT
  if (nat && country != cc_lex_cell(nat->hit[S_T_NATIONS],
                                    c->m->col_country)) {
    fprintf(stderr, "entity: a nation's country is not its cell\n");
    abort();
  }
#endif
  bool named = k > j + tl && (tl > 0 || (nat && j > i + nl &&
                                         (k - j >= 2 ||
                                          S_firstname(c, &c->tok[j]))));
  /* a lower-case title needs a name; a capitalized word after a lone
   * honorific-less nation is not enough ("Freedonian Airlines") */
  if (nat)
    S_place(c, i, i + nl, s, country, NULL);
  if (named) {
    S_person(c, j + tl, k, nat ? i : j, s, title, tkind, country);
    return k;
  }
  if (tl > 0) /* "the President said": a title alone is no entity */
    return j + tl;
  return nat ? i + nl : i;
}

/* The class S_run gives token t of a run (S_class, a month or weekday
 * W_NOTNAME), and what it makes of the run so far: the run's class (*cls:
 * the first W_ORG stays) and where a name may begin (*name_b: after the
 * last word of a class). */
static inline void S_run_class(const S_ctx *c, const cc_token *t, uint32_t j,
                               int *cls, uint32_t *name_b) {
  const S_pfx *p = S_word_facts(c, t);
  int cl = p->wclass;
  if (cl == W_NONE && (p->facts & (S_F_MONTH | S_F_WEEKDAY)))
    cl = W_NOTNAME;
  if (cl != W_NONE) {
    if (*cls != W_ORG)
      *cls = cl;
    *name_b = j + 1;
  }
}

/* A run of capitalized words at i that no title introduced. */
/* An age in apposition after token k: ", 63," (a whole number from 1 to
 * 120 between two commas). */
static bool S_age_after(const S_ctx *c, uint32_t k) {
  if (k + 2 >= c->ntokens || !S_tok_is(&c->tok[k], S_L_COMMA) ||
      !S_tok_is(&c->tok[k + 2], S_L_COMMA))
    return false;
  const cc_token *t = &c->tok[k + 1];
  if (t->kind != CC_TOK_NUM || t->norm_len < 1 || t->norm_len > 3)
    return false;
  int v = 0;
  for (uint32_t j = 0; j < t->norm_len; j++) {
    if (t->norm[j] < '0' || t->norm[j] > '9')
      return false;
    v = v * 10 + (t->norm[j] - '0');
  }
  return v >= 1 && v <= 120;
}

/* Is run [i, k) a known given name and one place word ("Helen Park",
 * "Mike Lake", "Wayne Bridge"), with no preposition or article before it
 * that makes it a place ("in Stanley Park", "at Griffin Park")?  Then it
 * is a person: a surname that is also a place word. */
static bool S_given_then_place(const S_ctx *c, uint32_t i, uint32_t k) {
  static const char *const before[] = {"in", "at", "to", "of", "near",
                                       "from", "into", "outside", "the",
                                       "by", "across", "around", NULL};
  if (k != i + 2 || !S_firstname(c, &c->tok[i]) ||
      S_word_facts(c, &c->tok[i])->wclass != W_NONE ||
      (c->tok[i].flags & CC_TF_ALLCAPS))
    return false;
  if (i == 0 || (c->tok[i].flags & CC_TF_SENT_START))
    return true;
  const cc_token *t = &c->tok[i - 1];
  if (t->kind != CC_TOK_WORD || (t->flags & CC_TF_CAP))
    return true;
  for (size_t w = 0; before[w]; w++)
    if (t->norm_len == strlen(before[w]) &&
        memcmp(t->norm, before[w], t->norm_len) == 0)
      return false;
  return true;
}

/* A run of capitalized words at i in a title-case line: a run stops
 * before a verb form or plural after two words or more ("Ana Ruiz Backs
 * Tim Berg": two names, the verb neither's), unless a first name stands
 * before it ("Mary Ann Sanders"); the verb form is passed by.  Returns
 * the run's end when it is decided here, else 0 with *e (and *stop) set
 * to the verb form's token and *headline to how the words before it are
 * read; S_run then reads them.  (Kept apart from S_run_to so that the
 * common path calls it once and the compiler keeps it inline.) */
static uint32_t S_title_run(S_ctx *c, uint32_t i, uint32_t *e, uint32_t s,
                            bool *headline, uint32_t *stop) {
  /* a verb form after a capitalized word that ended a name or a title
   * ("Aide Quits", "Mayor Ana Ruiz Backs Budget") starts nothing */
  if (i > c->seg->sentences[s].tok_begin && S_cap(&c->tok[i - 1]) &&
      (c->tok[i].flags & CC_TF_SPACE_BEFORE) && S_verbish(c, &c->tok[i]) &&
      S_title_line(c, s))
    return i + 1;
  /* (most runs are one or two words: the walk ends at the first token
   * that is no capitalized word, a hyphen or an initial's dot) */
  for (uint32_t j = i + 1; j < *e && j < i + 8; j++) {
    const cc_token *t = &c->tok[j];
    if (!S_cap(t)) {
      if (S_tok_is(t, S_L_DASH) || S_tok_is(t, S_L_DOT))
        continue;
      break;
    }
    if (j >= i + 2 && (t->flags & CC_TF_SPACE_BEFORE) && S_verbish(c, t) &&
        !S_firstname(c, &c->tok[j - 1]) && S_title_line(c, s)) {
      /* (the words before it a person's name only from a first name:
       * "Impeach Ruiz Angers Party" names no one "Impeach Ruiz") */
      *headline = *headline || !S_firstname(c, &c->tok[i]);
      *e = *stop = j;
      return 0;
    }
  }
  return 0;
}

static uint32_t S_run_to(S_ctx *c, uint32_t i, uint32_t e, uint32_t s,
                         bool headline);

/* A run of capitalized words at i that no title introduced (in a
 * title-case line, S_title_run first). */
static uint32_t S_run(S_ctx *c, uint32_t i, uint32_t e, uint32_t s,
                      bool headline) {
  uint32_t stop = 0;
  if (S_maybe_title_line(c, s)) {
    uint32_t r = S_title_run(c, i, &e, s, &headline, &stop);
    if (r)
      return r;
  }
  uint32_t k = S_run_to(c, i, e, s, headline);
  return stop && k == stop ? stop + 1 : k;
}

static uint32_t S_run_to(S_ctx *c, uint32_t i, uint32_t e, uint32_t s,
                         bool headline) {
  uint32_t k = i;
  /* classify by the words held, as they are taken (each token of [i, k)
   * once, in order: S_run_class); find a name after the last non-name
   * word */
  int cls = W_NONE;
  uint32_t name_b = i;
  while (k < e && S_cap(&c->tok[k])) {
    /* (a word of id 0, no word the model knows, most names, is asked
     * too: S_none's node and no bits, whose tests are seldom taken and
     * so predicted, where a test of the id that passed it by was 5.4K
     * mispredicted branches of 13.8K on 1 MB: known and unknown words
     * come at random) */
    {
      const cc_lex_entry *t;
      int tk;
      uint32_t len;
      unsigned kb = S_kbits(c, &c->tok[k]);
      if (k > i && (kb & (S_K_TITLE_START | S_K_NATION_START)) &&
          (((kb & S_K_TITLE_START) && S_title(c, k, e, &t, &tk) > 0 &&
            !(k + 1 < e && S_gen_suffix_word(&c->tok[k + 1]))) ||
           ((kb & S_K_NATION_START) && S_nation(c, k, e, &len))))
        break; /* "Capital Mayor Ana Ruiz": the title starts a new entity;
                * not a title word a suffix follows ("Martin Luther King
                * III", "Larry King Jr.": a surname) */
      const S_pfx *wp = S_word_facts(c, &c->tok[k]);
#ifdef CC_RECOG_CHECK_INERT
      if (c->tok[k].id == 0 && (kb || wp != &S_none)) {
        fprintf(stderr, "entity: id 0 has a node or bits\n");
        abort();
      }
#endif
      if (wp->wclass == W_STOP)
        break;
      /* (S_run_class of tok[k], its node at hand) */
      if (wp->wclass != W_NONE) {
        if (cls != W_ORG)
          cls = wp->wclass;
        name_b = k + 1;
      } else if (wp->facts & (S_F_MONTH | S_F_WEEKDAY)) {
        if (cls != W_ORG)
          cls = W_NOTNAME;
        name_b = k + 1;
      }
    }
    k++;
    /* a middle initial: "James T. Smith", or one of two ("George H. W.
     * Smith": the next an initial too) */
    if (k + 1 < e && c->tok[k - 1].norm_len == 1 &&
        S_tok_is(&c->tok[k], S_L_DOT) && !(c->tok[k].flags & CC_TF_SPACE_BEFORE) &&
        S_cap(&c->tok[k + 1]) &&
        (c->tok[k + 1].norm_len >= 2
             ? S_class(c, &c->tok[k + 1]) == W_NONE
             : k + 2 < e && S_tok_is(&c->tok[k + 2], S_L_DOT))) {
      S_run_class(c, &c->tok[k], k, &cls, &name_b);
      k++;
    }
    while (k + 1 < e && S_tok_is(&c->tok[k], S_L_DASH) &&
           !(c->tok[k].flags & CC_TF_SPACE_BEFORE) && S_cap(&c->tok[k + 1])) {
      S_run_class(c, &c->tok[k], k, &cls, &name_b);
      S_run_class(c, &c->tok[k + 1], k + 1, &cls, &name_b);
      k += 2;
    }
    /* (the capital after it asked first: most words after a run are
     * followed by a lower-case one, and S_particle is a call) */
    if (k + 1 < e && S_cap(&c->tok[k + 1]) && !S_cap(&c->tok[k]) &&
        S_is_word(&c->tok[k]) &&
        S_particle(c->tok[k].norm, c->tok[k].norm_len)) {
      S_run_class(c, &c->tok[k], k, &cls, &name_b);
      k++;
    }
  }
  if (k == i)
    return i + 1;
#ifdef CC_RECOG_CHECK_INERT /* (the classes as one walk over [i, k) has them) */
  {
    int cls2 = W_NONE;
    uint32_t name_b2 = i;
    for (uint32_t j = i; j < k; j++) {
      int cl = S_class(c, &c->tok[j]);
      if (cl == W_NONE && S_in(c, S_F_MONTH | S_F_WEEKDAY, &c->tok[j]))
        cl = W_NOTNAME;
      if (cl != W_NONE) {
        if (cls2 != W_ORG)
          cls2 = cl;
        name_b2 = j + 1;
      }
    }
    if (cls2 != cls || name_b2 != name_b) {
      fprintf(stderr, "entity: S_run's classes differ from the walk's\n");
      abort();
    }
  }
#endif
  /* "Bradford & Bingley", "B&B": capitalized words joined by "&" are a
   * firm's or a partnership's name, whatever words they hold */
  if (k + 1 < e && !headline && cls != W_PLACE &&
      S_tok_is(&c->tok[k], S_L_AMP) && S_cap(&c->tok[k + 1]) &&
      S_word_facts(c, &c->tok[k + 1])->wclass != W_STOP &&
      !S_amp_noun(c, i, k) && !S_amp_people(c, i, k, e))
    return S_amp_org(c, i, k + 1, e, s);
  if (cls == W_PLACE && S_given_then_place(c, i, k))
    cls = W_NONE, name_b = i;
  if (cls == W_ORG && name_b > i)
    S_named_org(c, i, name_b, s);
  else if (cls == W_PLACE && name_b > i)
    S_place(c, i, name_b, s, NULL, NULL);
  uint32_t nlen = k - name_b;
  if (nlen == 0)
    return k;
  if (headline) {
    /* a headline capitalizes every word, so its runs name no one; but
     * for a known first name and one more word ending the run after a
     * word of the line ("Indicting Roger Stone, ...", "Judge Frees Ana
     * Ruiz"), a person as in "Farmer Jorge Lagos" below */
    if (nlen < 3 || !S_firstname(c, &c->tok[k - 2]) ||
        S_tok_is(&c->tok[k - 3], S_L_DASH) || S_verbish(c, &c->tok[k - 1]))
      return k;
    name_b = k - 2;
    nlen = 2;
  }
  bool firstname = S_firstname(c, &c->tok[name_b]);
  /* "Farmer Jorge Lagos", "Veteran Ana Ruiz": capitalized words before a
   * known first name are a description, like a title */
  for (uint32_t j = name_b + 1; !firstname && nlen >= 3 && j + 1 < k; j++)
    if (S_firstname(c, &c->tok[j]) && !S_tok_is(&c->tok[j - 1], S_L_DASH)) {
      nlen -= j - name_b;
      name_b = j;
      firstname = true;
    }
  if (nlen == 1 && !firstname) {
    /* "Berg, 31, scored twice": a lone capitalized word with an age in
     * apposition is a person's surname, the document's full name or not
     * (not the end of a longer run, nor a word in capitals: "NATO") */
    if (name_b == i && S_age_after(c, k) &&
        !(c->tok[name_b].flags & CC_TF_ALLCAPS)) {
      S_person(c, name_b, k, name_b, s, NULL, CC_T_NONE, NULL);
      return k;
    }
    S_pend *p = S_push_pend(c);
    p->tok = name_b;
    p->sentence = s;
    p->in_run = name_b > i;
    return k;
  }
  /* "Pensioner Ana Dravelis, 84, died": a role noun capitalized only
   * because it starts the sentence describes the person whose name and
   * age follow, as "Farmer Jorge Lagos" above (a given name the lexicon
   * lacks) */
  if (!firstname && nlen == 3 && (c->tok[name_b].flags & CC_TF_SENT_START) &&
      S_age_after(c, k) && S_role_noun(&c->tok[name_b])) {
    name_b++;
    nlen = 2;
  }
  if (nlen > 4 && !firstname)
    return k;
  /* "Nikos Dravelis, 63, said": two capitalized words with an age after
   * them are a person's name, first name known or not */
  bool aged = !firstname && nlen == 2 && S_age_after(c, k);
  if (!firstname && nlen == 2 && !aged &&
      (c->tok[name_b].flags & CC_TF_SENT_START)) {
    /* "Asked Ruiz ...": a sentence's first word is capitalized anyway */
    S_pend *p = S_push_pend(c);
    p->tok = name_b + 1;
    p->sentence = s;
    return k;
  }
  /* "Carl Benson Jr. pleaded guilty": the suffix's dot is the name's, so
   * a rule's words after the name follow it */
  if (k < e && k > name_b + 1 && S_tok_is(&c->tok[k], S_L_DOT) &&
      !(c->tok[k].flags & CC_TF_SPACE_BEFORE) &&
      S_gen_suffix_word(&c->tok[k - 1]) && c->tok[k - 1].norm_len == 2)
    k++;
  cc_entity *en = S_person(c, name_b, k, name_b, s, NULL, CC_T_NONE, NULL);
  if (!firstname && !aged) {
    en->flags |= CC_EF_WEAK;
    S_pend *p = S_push_pend(c);
    p->weak = true;
    p->ent = (uint32_t)c->ents.len - 1;
    p->sentence = s;
  }
  return k;
}

static void S_sentence(S_ctx *c, uint32_t s) {
  const cc_sentence *se = &c->seg->sentences[s];
  uint32_t e = se->tok_end, nnext;
  bool headline = S_scan(c, se->tok_begin, e, &nnext);
  /* Only at the tokens S_scan listed: a lower-case word can only start a
   * title (S_nation, S_run and the place lookup below want a capital),
   * and a title lookup (S_title, S_longest) that starts at a word
   * beginning no title key finds nothing, so S_titled would pass it by;
   * nothing starts at a token that is no word. */
  uint32_t i = se->tok_begin;
#ifdef CC_RECOG_CHECK_INERT
  /* (the entries past S_scan's cut, listed in this build only, must add
   * nothing) */
  size_t cut_ne = 0, cut_np = 0;
#endif
  const uint32_t *next = c->next; /* (a local: the calls below store
                                     through c) */
  for (uint32_t x = 0; x < nnext; x++) {
#ifdef CC_RECOG_CHECK_INERT
    if (x == c->cut)
      cut_ne = c->ents.len, cut_np = c->pending.len;
#endif
    if (next[x] < i)
      continue; /* (inside what the last stop took) */
    i = next[x];
    const cc_token *t = &c->tok[i];
#ifdef CC_RECOG_CHECK_INERT
    /* (S_scan of the other builds leaves out a capitalized S_K_IDLE word:
     * here it is listed, and must take the next token and add nothing) */
    if (S_cap(t) && (c->m->ctx_bits[t->id] & S_K_IDLE)) {
      size_t ne = c->ents.len, np = c->pending.len;
      uint32_t at = i;
      uint32_t k = S_may_start(c, t) ? S_titled(c, i, e, s) : i;
      uint32_t len = 0;
      bool pl = k == i && S_longest(c, S_T_PLACES, i, e, &len) != NULL;
      if (k != i || pl || S_run(c, i, e, s, headline) != at + 1 ||
          c->ents.len != ne || c->pending.len != np) {
        fprintf(stderr, "entity: a stop word S_scan leaves out did "
                        "something\n");
        abort();
      }
      i = at + 1;
      continue;
    }
#endif
    /* (where no title or nation starts, S_titled finds nothing: most
     * capitalized words, passed by without the call) */
    unsigned kb = S_kbits(c, t);
    uint32_t k = kb & (S_K_TITLE_START | S_K_NATION_START)
                     ? S_titled(c, i, e, s) : i;
    if (k > i) {
      i = k;
      continue;
    }
    uint32_t len = 0;
    /* (S_K_PLACE_START: a word whose node starts and begins a place, so
     * the lookup skips S_longest_node's tests of them; i < e) */
    const S_pfx *pp = S_cap(t) && (kb & S_K_PLACE_START)
                          ? S_longest_from(c, S_T_PLACES, i, e, &len,
                                           S_word_facts(c, t))
                          : NULL;
    const cc_lex_entry *pl = pp ? pp->hit[S_T_PLACES] : NULL;
#ifdef CC_RECOG_CHECK_INERT
    if (S_cap(t) && (kb & S_K_PLACE_START)) {
      uint32_t l2 = 0;
      if (i >= e || S_longest(c, S_T_PLACES, i, e, &l2) != pl ||
          (pl && l2 != len)) {
        fprintf(stderr, "entity: a place's lookup differs from "
                        "S_longest's\n");
        abort();
      }
    }
#endif
    if (pl) {
      S_place(c, i, i + len, s, NULL, pp);
      i += len;
      continue;
    }
    i = S_cap(t) ? S_run(c, i, e, s, headline) : i + 1;
  }
#ifdef CC_RECOG_CHECK_INERT
  if (c->cut < nnext &&
      (c->ents.len != cut_ne || c->pending.len != cut_np)) {
    fprintf(stderr, "entity: a lower-case word after a sentence's last "
                    "capitalized word named something\n");
    abort();
  }
#endif
}

/* ---- pass 2: the document ------------------------------------------------------------ */

/* A document's index of the entries of an array by their keys (pass 2's
 * surnames, its single words by text, their keys by S_seen_link): open
 * addressing over the entries' numbers (a slot holds an entry's index +
 * 1, 0 is empty), in the document's arena, made for at most n entries
 * and so at most half full: a probe always ends.  The entries hold their
 * keys and the keys' S_hash; each user probes with its own compare
 * (S_sur_get_hv, S_word_slot, S_seen_slot).  Nothing walks it: the
 * entries' order is the array's.  (uthash's tables cost a bucket array
 * per document and a handle per entry, and most keys here are looked up
 * once and added.) */
typedef struct S_itab {
  uint32_t *slot;
  uint32_t mask; /* slots - 1 (a power of two) */
} S_itab;

static size_t S_itab_slots(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n + 2)
    cap *= 2;
  return cap;
}

/* (pass 2's arrays are cut from two allocations, S_resolve's: the sizes
 * of their pieces rounded up as the arena's alignment) */
static inline size_t S_al16(size_t n) { return (n + 15) & ~(size_t)15; }

/* An index for n entries cut from *z (zeroed memory, S_itab_slots(n)
 * slots), *z moved past it. */
static S_itab S_itab_cut(char **z, size_t n) {
  size_t cap = S_itab_slots(n);
  S_itab t = {(uint32_t *)(void *)*z, (uint32_t)(cap - 1)};
  *z += S_al16(cap * sizeof(uint32_t));
  return t;
}

typedef struct S_sur {
  const char *key;  /* surname key */
  const char *full; /* longest full key seen */
  size_t full_len;  /* ... its length (the key's, len in hh) */
  uint32_t strong;  /* mentions with a title or first name */
  uint32_t alone;   /* single-word mentions of it */
  /* S_agree's tally of the people with this key, after the links (every
   * person's key is an entry's: its own, or the one it was linked to) */
  const char *agreed_full; /* longest full key, NULL before the first */
  size_t agreed_len;
  const char *first;  /* first part of a full name written with this
                         surname, and whether another one was seen */
  bool shared;
  bool leader;
  const char *country[4];
  uint32_t votes[4];
  uint32_t len; /* the key's length */
  unsigned hv;  /* its S_hash */
  bool titled;  /* a mention has a title other than "Mr" ("President
                   Trump", "Mrs Biden"): someone of the document's own */
  struct S_sur *suffixed; /* S_suffix_links: the one entry of this key
                             with a generational suffix ("altieri jr"),
                             S_MANY for two */
} S_sur;
#define S_MANY ((S_sur *)(uintptr_t)1) /* (an address no entry has) */

/* The surnames of a document's people (S_surnames and S_confirm_by_use
 * add them): the entries in the order they came, in the document's arena
 * with room for as many as can be added (a person's key each, and a
 * counted single word's: S_resolve), so they never move (sur_of and the
 * pending words point at them), and their index by key. */
typedef struct S_surs {
  S_sur *v;
  uint32_t n;
  S_itab t;
} S_surs;


/* The entry of surname key (len bytes, S_hash hv); a new one when add and
 * there is none. */
CC_ALWAYS_INLINE S_sur *S_sur_get_hv(S_surs *map, const char *key, size_t len,
                                  unsigned hv, bool add) {
  uint32_t *slot;
  for (uint32_t h = hv & map->t.mask;; h = (h + 1) & map->t.mask) {
    slot = &map->t.slot[h];
    if (!*slot)
      break;
    S_sur *x = &map->v[*slot - 1];
    if (x->hv == hv && x->len == len && cc_word_same(x->key, key, len))
      return x;
  }
  if (!add)
    return NULL;
  S_sur *x = &map->v[map->n++];
  *x = (S_sur){.key = key, .full = key, .full_len = len,
               .len = (uint32_t)len, .hv = hv};
  *slot = map->n;
  return x;
}

CC_ALWAYS_INLINE S_sur *S_sur_get(S_surs *map, const char *key, size_t len,
                        bool add) {
  /* (hashed once for the lookup and the add) */
  return S_sur_get_hv(map, key, len, S_hash(key, len), add);
}

/* Does x's full key hold a space (a full name's)?  A full key longer
 * than its surname key does: the key is the full key's end from a part
 * after a space (S_surname_from), or made apart from a full key that ends
 * in a space; where they are as long, the key is the full key, asked.
 * (The inert build asks strchr every time.) */
static inline bool S_full_spaced(const S_sur *x) {
#ifdef CC_RECOG_CHECK_INERT
  if (x->full_len > x->len && !strchr(x->full, ' ')) {
    fprintf(stderr, "entity: a full key longer than its key has no space\n");
    abort();
  }
#endif
  return x->full_len > x->len || strchr(x->full, ' ');
}

/* Levenshtein distance, stopping once it exceeds 1. */
static bool S_one_off(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na > nb + 1 || nb > na + 1 || strcmp(a, b) == 0)
    return false;
  size_t i = 0;
  while (i < na && i < nb && a[i] == b[i])
    i++;
  if (na == nb)
    return strcmp(a + i + 1, b + i + 1) == 0;
  return na > nb ? strcmp(a + i + 1, b + i) == 0 : strcmp(a + i, b + i + 1) == 0;
}

/* A known surname one letter off key: a misspelling, not another person.
 * Only surnames of full names count, the first letter must agree, and an
 * added or dropped final e or s is a different name (Brown/Browne). */
static S_sur *S_fuzzy(const S_surs *map, const char *key, size_t n) {
  if (n < 6)
    return NULL;
  S_sur *hit = NULL;
  for (S_sur *x = map->v; x < map->v + map->n; x++) {
    /* (the tests without a call first) */
    if (!x->strong || x->key[0] != key[0] || !S_full_spaced(x))
      continue;
    size_t xn = x->len;
    if (xn + 1 == n && strncmp(key, x->key, xn) == 0 &&
        (key[n - 1] == 'e' || key[n - 1] == 's'))
      continue;
    if (n + 1 == xn && strncmp(key, x->key, n) == 0 &&
        (x->key[xn - 1] == 'e' || x->key[xn - 1] == 's'))
      continue;
    if (S_one_off(key, x->key)) {
      if (hit)
        return NULL; /* ambiguous */
      hit = x;
    }
  }
  return hit;
}

/* A single word's text (the words S_surnames gives the one key, each
 * text once): its key (in the arena), and what the later
 * steps ask of the key, asked once per text rather than per use. */
typedef struct S_word {
  const char *canon;
  uint32_t len;        /* the key's length (its strlen: a document holds
                          no NUL byte, cc_check_encoding) */
  unsigned khv;        /* the key's S_hash (S_seen_link's table) */
  struct S_seen *seen; /* the key's S_seen entry (S_seen_link) */
  bool looked;         /* seen is known, were it none (S_seen_link) */
  S_sur *sur;          /* the surname entry of the key when S_surnames
                          looked (before S_confirm_by_use added any) */
  S_sur *fuzzy;        /* S_fuzzy of the key (S_link_pending) */
  bool fuzzy_known;
  const char *raw;     /* the text (the document's), rn bytes, and its */
  uint32_t rn;         /* S_hash: S_surnames' table */
  unsigned hv;
} S_word;

/* The slot of the word of text raw (rn bytes, S_hash hv) among ws in t,
 * or the empty one where it goes. */
static inline uint32_t *S_word_slot(const S_itab *t, const S_word *ws,
                                    const char *raw, size_t rn, unsigned hv) {
  for (uint32_t h = hv & t->mask;; h = (h + 1) & t->mask) {
    uint32_t x = t->slot[h];
    if (!x)
      return &t->slot[h];
    const S_word *w = &ws[x - 1];
    if (w->hv == hv && w->rn == rn && cc_word_same(w->raw, raw, rn))
      return &t->slot[h];
  }
}

enum { S_INSIDE = 1, S_QUOTED = 2, S_AIDE = 4, S_COORD = 8 };

typedef struct S_seen {
  const char *key;  /* canonical word (S_word.canon) */
  uint32_t len;     /* its length */
  uint8_t how;      /* S_INSIDE | S_person_context bits */
  uint8_t before;   /* how, in the round before (the inert build's
                       S_confirm_round) */
  uint32_t uses;
  bool confirmed;
#ifdef CC_RECOG_CHECK_INERT
  bool checked;     /* confirmed, by S_confirm_round */
#endif
  unsigned hv;      /* the key's S_hash (S_word.khv) */
} S_seen;

/* The slot of key k (n bytes, S_hash hv) among the entries pool in t, or
 * the empty one where it goes. */
static inline uint32_t *S_seen_slot(const S_itab *t, const S_seen *pool,
                                    const char *k, size_t n, unsigned hv) {
  for (uint32_t h = hv & t->mask;; h = (h + 1) & t->mask) {
    uint32_t x = t->slot[h];
    if (!x)
      return &t->slot[h];
    const S_seen *e = &pool[x - 1];
    if (e->hv == hv && e->len == n && cc_word_same(e->key, k, n))
      return &t->slot[h];
  }
}

/* May key x be confirmed (S_confirms: used twice, once inside a
 * sentence)?  Known once every use is counted. */
#define S_S_MAY(x) ((x)->uses >= 2 && ((x)->how & S_INSIDE))

static uint8_t S_context(const S_ctx *c, uint32_t t);

/* The keys single words are counted under (S_confirm_by_use): their
 * entries (pool[0..n), in the order their first counted use came, room
 * for one per pending word) and their index. */
typedef struct S_seens {
  S_seen *pool;
  size_t n;
  S_itab t;
} S_seens;

/* Whether S_confirm_by_use counts the use of pending word p (token t,
 * its text's word w) and, if so, the use counted under its key (made
 * when it is the first): what no round changes, the uses and S_INSIDE
 * (S_seen_link adds S_QUOTED and S_AIDE once every use is counted). */
static inline void S_seen_count(S_ctx *c, S_pend *p, const cc_token *t,
                                S_word *w, S_seens *seen) {
  uint32_t n = c->ntokens;
  p->counted = !(p->in_run || (t->flags & (CC_TF_ALLCAPS | CC_TF_ABBREV)) ||
                 t->norm_len < 3 ||
                 (p->tok + 1 < n && S_tok_is(&c->tok[p->tok + 1], S_L_DOT) &&
                  !(c->tok[p->tok + 1].flags & CC_TF_SPACE_BEFORE)));
  if (!p->counted)
    return; /* (not "Gov." nor "NATO") */
#ifdef CC_RECOG_CHECK_INERT /* (its S_confirm_round reads every use's) */
  p->ctx = S_context(c, p->tok);
#endif
  /* (once per text: the words of one text have one key) */
  if (!w->seen) {
    uint32_t *slot = S_seen_slot(&seen->t, seen->pool, w->canon, w->len,
                                 w->khv);
    if (*slot) {
      w->seen = &seen->pool[*slot - 1];
    } else {
      S_seen *x = &seen->pool[seen->n++];
      memset(x, 0, sizeof *x);
      x->key = w->canon;
      x->len = w->len;
      x->hv = w->khv;
      *slot = (uint32_t)seen->n;
      w->seen = x;
    }
  }
  S_seen *x = p->seen = w->seen;
  x->uses++;
  if (!(t->flags & CC_TF_SENT_START))
    x->how |= S_INSIDE;
}

/* Surnames of this document's people, with how they are used. */
static void S_surnames(S_ctx *c, S_surs *map, S_seens *seen, S_word *cms,
                       S_itab memo) {
  cc_vec *E = &c->ents;
  for (size_t i = 0; i < E->len; i++) {
    cc_entity *en = CC_VEC_AT(E, cc_entity, i);
    if (en->kind != CC_E_PERSON)
      continue;
    S_lens_check(c, i);
    S_sur *x = S_sur_get(map, en->key, c->lens[i].key, true);
    c->sur_of[i] = x;
    if (!(en->flags & CC_EF_WEAK)) {
      x->strong++, c->strong = true;
      /* (S_person_marks' first bits) */
      if (en->tok_title == en->tok_begin)
        c->is_person[en->tok_begin] |= 3, c->is_person[en->tok_end - 1] |= 3;
    }
    if (en->flags & CC_EF_SURNAME_ONLY)
      x->alone++;
    x->titled |= en->title_kind != CC_T_NONE &&
                 (en->title_kind != CC_T_HONORIFIC || !en->title ||
                  strcmp(en->title, "mr") != 0);
    size_t fn = c->lens[i].full;
    if (fn > x->full_len)
      x->full = en->full, x->full_len = fn;
  }
  /* single capitalized words count as uses of a surname they equal;
   * a word used again ("Ruiz said ... Ruiz added") shares the key made
   * for it the first time, and its surname lookup (the map only grows
   * after this loop: S_confirm_by_use); each use is counted for
   * S_confirm_by_use in the same walk (S_seen_count) */
  /* (cms: room for a word per pending word; memo: their index) */
  c->words = cms;
  size_t ncm = 0;
  for (size_t i = 0; i < c->pending.len; i++) {
    S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (p->weak)
      continue; /* (never counted, no key: S_push_pend zeroed both) */
    const cc_token *t = &c->tok[p->tok];
    const char *raw = c->text + t->start;
    size_t rn = t->end - t->start;
    unsigned hv = S_hash(raw, rn); /* (once for the lookup and the add) */
    uint32_t *slot = S_word_slot(&memo, cms, raw, rn, hv);
    S_word *w;
    if (*slot) {
      w = &cms[*slot - 1];
    } else {
      size_t kn;
      const char *k = S_canon_word(c->m, c->seg, t, raw, rn, c->arena, &kn);
      /* (a plain word's key is its form, no byte of white space in it,
       * as folded by the rules: a space only where a rule writes one) */
      c->spaced |= !k;
      if (!k)
        k = S_canon_arena(c->m, raw, rn, false, c->arena, &c->kfull, &kn,
                          &(size_t){0});
      w = &cms[ncm++];
      unsigned khv = S_hash(k, kn);
      *w = (S_word){.canon = k, .len = (uint32_t)kn, .khv = khv,
                    .sur = S_sur_get_hv(map, k, kn, khv, false), .raw = raw,
                    .rn = (uint32_t)rn, .hv = hv};
      *slot = (uint32_t)ncm;
    }
    p->canon = w->canon;
    p->word = (uint32_t)(w - cms);
    S_sur *x = w->sur;
    p->sur = x;
    if (x) {
      x->alone++;
      if (x->strong) /* (S_person_marks' other bits: strong is known) */
        c->is_person[p->tok] |= 3;
    }
    S_seen_count(c, p, t, w, seen);
  }
}

/* "T Kovalenkko" is not Petra Kovalenko: an initial before a surname that is
 * not the first letter of the full name's first part. */
static bool S_initial_differs(const S_ctx *c, uint32_t t, const char *full) {
  if (t == 0 || !full)
    return false;
  uint32_t b = t - 1;
  if (S_tok_is(&c->tok[b], S_L_DOT) && b > 0)
    b--;
  const cc_token *ini = &c->tok[b];
  /* (the tokens asked before the full name's walk: few words follow an
   * initial) */
  if (ini->kind != CC_TOK_WORD || ini->norm_len != 1 || !S_cap(ini) ||
      !strchr(full, ' '))
    return false;
  return ini->norm[0] != full[0];
}

/* A team sheet ("Brown, Dawsonn, Dowsonn, Ellis"): a single surname between
 * commas, in a document that also uses the surname it is one letter off
 * on its own, is another person of the list, not a misspelling. */
static bool S_other_in_list(const S_ctx *c, uint32_t t, const S_sur *near) {
  bool comma = (t + 1 < c->ntokens && S_tok_is(&c->tok[t + 1], S_L_COMMA)) ||
               (t > 0 && S_tok_is(&c->tok[t - 1], S_L_COMMA));
  return comma && near->alone > 0;
}

/* Is token t one of the words of S_C_... bit w?  By its id, as the
 * model added them to the word table; by the text when the model has no
 * table (every token's id is 0 then). */
static bool S_tok_in(const S_ctx *c, const cc_token *t, unsigned w) {
  const cc_entity_model *m = c->m;
  if (m->vocab)
    return c->ctx_bits[t->id] & w; /* (every id is under nids) */
  const char *const *words = S_ctx_words[w == S_C_SPEECH ? 0
                                         : w == S_C_AFTER ? 1 : 2];
  for (size_t i = 0; words[i]; i++) /* (the first bytes before the call) */
    if (t->norm[0] == words[i][0] && strcmp(t->norm, words[i]) == 0)
      return true;
  return false;
}

/* S_context's bits besides S_QUOTED and S_AIDE: "and" follows the word
 * (a person after it makes it S_COORD), "and" comes before it with a
 * clause after it (a person before it does). */
enum { S_AND_NEXT = 16, S_AND_BEFORE = 32 };

/* How the single capitalized word at t is used as only a person is
 * (S_QUOTED, S_AIDE, S_COORD): named as the speaker of a quote ("'We
 * will go,' Ruiz said"), as the one an aide or adviser works for ("an
 * aide to Ruiz"; a spokesman may speak for a company), or joined by
 * "and" to a person ("talks between Ruiz and President Tomas Berg").
 * What the tokens around it say, read once: S_QUOTED, S_AIDE, and where
 * an "and" may join it to a person (S_AND_...); S_person_context adds
 * the people known in a round. */
static uint8_t S_context(const S_ctx *c, uint32_t t) {
  uint32_t n = c->ntokens;
  const cc_token *tk = c->tok;
  uint8_t how = 0;
  if (t > 0 && S_tok_is(&tk[t - 1], S_L_THE))
    return 0; /* "the Kremlin said": an institution */
  uint32_t q = t > 0 && S_tok_is(&tk[t - 1], S_L_COMMA) ? t - 1 : t;
  if (q > 0 && S_tok_text(&tk[q - 1], "\"", 1) && t + 1 < n &&
      S_tok_in(c, &tk[t + 1], S_C_SPEECH))
    how |= S_QUOTED;
  if (t >= 2 && S_tok_is(&tk[t - 1], S_L_TO) &&
      S_tok_in(c, &tk[t - 2], S_C_AIDES))
    how |= S_AIDE;
  /* joined to a person, the word is a name of its own, not the first
   * word of a longer one: not "Munster's coach", "Labour peer Ana Ruiz" */
  if (t + 1 < n && (S_tok_is(&tk[t + 1], S_L_POSS) || S_cap(&tk[t + 1])))
    return how;
  if (t + 2 < n && S_tok_is(&tk[t + 1], S_L_AND))
    how |= S_AND_NEXT;
  if (t >= 2 && S_tok_is(&tk[t - 1], S_L_AND) &&
      (t + 1 >= n || !S_is_word(&tk[t + 1]) ||
       S_tok_in(c, &tk[t + 1], S_C_AFTER)))
    how |= S_AND_BEFORE;
  return how;
}

/* The S_QUOTED, S_AIDE and S_COORD bits of the word at t, whose
 * S_context is ctx, given the people known (is_person: the first and
 * last tokens of each, bits 1 and 2) and whether its key was quoted in
 * the round before. */
static int S_person_context(uint8_t ctx, uint32_t t, const uint8_t *is_person,
                            bool quoted) {
  int how = ctx & (S_QUOTED | S_AIDE);
  /* two quoted speakers joined by "and" are two people (bit 4) */
  uint8_t partner = quoted ? 4 : 0;
  if ((ctx & S_AND_NEXT) && (is_person[t + 2] & (1 | partner)))
    how |= S_COORD;
  if ((ctx & S_AND_BEFORE) && (is_person[t - 2] & (2 | partner)))
    how |= S_COORD;
  return how;
}

/* What the uses of the keys S_surnames counted (S_seen_count) say
 * around them, once every use is counted, and the words an "and" may
 * join to a person (joined: their indexes in pending). */
static void S_seen_link(S_ctx *c, uint32_t *joined, size_t *njoined) {
  uint32_t n = c->ntokens;
  /* S_context only where what it says can count: S_confirms wants a key
   * used twice and inside a sentence (S_S_MAY), so only such a key's
   * uses go on the joined list (S_COORD on any other key confirms
   * nothing) and need S_QUOTED and S_AIDE for S_confirms.  Another key's
   * S_QUOTED counts only as the partner (bit 4 of is_person, with
   * S_INSIDE) of a word on that list, "and" between them: asked only of
   * a use with "and" next to it.
   * (The inert build's S_confirm_round reads every use's S_context and
   * checks what is confirmed.) */
  for (size_t i = 0; i < c->pending.len; i++) {
    S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (!p->counted)
      continue;
    S_seen *x = p->seen;
    if (!S_S_MAY(x)) {
      /* (a partner has "and" next to it: S_person_context reads it two
       * tokens past a joined word, over its "and"; where the list stays
       * empty its S_QUOTED counts for nothing) */
      uint32_t t = p->tok;
      if ((x->how & S_INSIDE) &&
          ((t + 1 < n && S_tok_is(&c->tok[t + 1], S_L_AND)) ||
           (t > 0 && S_tok_is(&c->tok[t - 1], S_L_AND)))) {
        p->ctx = S_context(c, t);
        x->how |= p->ctx & (S_QUOTED | S_AIDE);
      }
      continue;
    }
    p->ctx = S_context(c, p->tok);
    x->how |= p->ctx & (S_QUOTED | S_AIDE);
    if (p->ctx & (S_AND_NEXT | S_AND_BEFORE))
      joined[(*njoined)++] = (uint32_t)i;
  }
}

/* The key single word p (no weak one) is under: a counted one's was made
 * as it was counted (S_seen_count); one S_confirm_by_use does not count
 * finds its text's, or none, asked only where a round reads it
 * (S_confirm_keys with joined words; the inert build's rounds, through
 * S_seen_rest).  The table is complete then: a text's entry, or none, is
 * known for good. */
static inline const S_seen *S_seen_of(S_ctx *c, S_seens *seen, S_pend *p) {
  if (!p->counted) {
    S_word *w = &c->words[p->word];
    if (!w->seen && !w->looked) {
      uint32_t *slot = S_seen_slot(&seen->t, seen->pool, p->canon, w->len,
                                   w->khv);
      w->seen = *slot ? &seen->pool[*slot - 1] : NULL;
      w->looked = true;
    }
    p->seen = w->seen;
  }
  return p->seen;
}

#ifdef CC_RECOG_CHECK_INERT
/* S_seen_of of every single word (the inert build's rounds read all). */
static void S_seen_rest(S_ctx *c, S_seens *seen) {
  for (size_t i = 0; i < c->pending.len; i++) {
    S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (!p->weak)
      S_seen_of(c, seen, p);
  }
}
#endif

/* Is key x confirmed, by what its uses say (x->how, x->uses)? */
static bool S_confirms(const S_seen *x) {
  return (x->how & S_INSIDE) && x->uses >= 2 &&
         ((x->how & S_COORD) ||
          (x->how & (S_QUOTED | S_AIDE)) == (S_QUOTED | S_AIDE));
}

/* A round of S_confirm_by_use: S_COORD, the one bit of a use a round
 * can change, asked only at the words an "and" may join to a person
 * (joined: their indexes in pending, by S_seen_link, which counted the
 * uses and the other bits once); quoted: the round after the first, when
 * a key's S_QUOTED (the uses' S_QUOTED, the same in every round) lets
 * two quoted speakers confirm each other.  A bit once set stays: the
 * people known only grow from round to round, and so does what S_COORD
 * finds. */
static void S_confirm_joined(S_ctx *c, const uint32_t *joined,
                             size_t njoined, const uint8_t *is_person,
                             bool quoted) {
  for (size_t i = 0; i < njoined; i++) {
    const S_pend *p = CC_VEC_AT(&c->pending, S_pend, joined[i]);
    S_seen *x = p->seen;
    x->how |= (uint8_t)(S_person_context(p->ctx, p->tok, is_person,
                                         quoted && (x->how & S_QUOTED)) &
                        S_COORD);
  }
}

#ifdef CC_RECOG_CHECK_INERT
/* One round of S_confirm_by_use: the uses of every pending word, given
 * the people known (is_person); confirmed words are marked people too.
 * (The rounds as they were: the inert build runs them to check
 * S_confirm_joined's.) */
static void S_confirm_round(S_ctx *c, S_seen *pool, size_t npool,
                            uint8_t *is_person) {
  S_seen *x;
  for (x = pool; x < pool + npool; x++) {
    x->before = x->how;
    x->how = 0;
    x->uses = 0;
  }
  for (size_t i = 0; i < c->pending.len; i++) {
    const S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (!p->counted)
      continue;
    const cc_token *t = &c->tok[p->tok];
    x = p->seen;
    x->uses++;
    if (!(t->flags & CC_TF_SENT_START))
      x->how |= S_INSIDE;
    x->how |= (uint8_t)S_person_context(p->ctx, p->tok, is_person,
                                        (x->before & S_QUOTED) != 0);
  }
  for (x = pool; x < pool + npool; x++)
    x->confirmed |= (x->how & S_INSIDE) && x->uses >= 2 &&
                    ((x->how & S_COORD) ||
                     (x->how & (S_QUOTED | S_AIDE)) == (S_QUOTED | S_AIDE));
  for (size_t i = 0; i < c->pending.len; i++) {
    const S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (p->weak)
      continue;
    x = p->seen;
    if (x && x->confirmed)
      is_person[p->tok] |= 3;
    if (x && (x->how & S_INSIDE) && (x->how & S_QUOTED))
      is_person[p->tok] |= 4;
  }
}
#endif

#ifdef CC_RECOG_CHECK_INERT /* (the rounds as they were; S_surnames sets
                               the same bits in c->is_person) */
/* The people known before the rounds, as is_person's bits (n + 1 of
 * them, zero): 1 at the first token of each, 2 at the last. */
static void S_person_marks(const S_ctx *c, uint8_t *is_person) {
  for (size_t i = 0; i < c->ents.len; i++) {
    const cc_entity *en = CC_VEC_AT(&c->ents, cc_entity, i);
    if (en->kind != CC_E_PERSON || (en->flags & CC_EF_WEAK))
      continue;
    /* a name written as the word is, without a title: "Arsenal and
     * England defender Cole" joins a team to a person */
    if (en->tok_title == en->tok_begin)
      is_person[en->tok_begin] |= 3, is_person[en->tok_end - 1] |= 3;
  }
  /* and the single words that are the surname of one of them ("Ruiz and
   * Berg" after "President Ana Ruiz") */
  for (size_t i = 0; i < c->pending.len; i++) {
    const S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    const S_sur *x = p->weak ? NULL
                             : p->sur;
    if (x && x->strong)
      is_person[p->tok] |= 3;
  }
}
#endif

/* The two rounds of S_confirm_by_use, on the keys S_seen_link made
 * (pool[0..npool), their uses and the bits no round changes counted),
 * given the words an "and" may join (joined): sets each key's
 * confirmed.  The first round reads is_person (c->is_person: the people
 * known, S_person_marks' bits, which S_surnames set as it walked them)
 * only at the joined words' neighbours, the second also the people the
 * first confirmed and its quoted speakers (no second round without
 * joined words: it could confirm no key the first did not). */
static void S_confirm_keys(S_ctx *c, S_seens *seen, const uint32_t *joined,
                           size_t njoined) {
  S_seen *pool = seen->pool;
  size_t npool = seen->n;
  uint8_t *is_person = c->is_person; /* (S_person_marks' bits: S_surnames) */
  if (njoined)
    S_confirm_joined(c, joined, njoined, is_person, false);
  for (size_t k = 0; k < npool; k++)
    pool[k].confirmed = S_confirms(&pool[k]);
  if (!njoined)
    return;
  for (size_t i = 0; i < c->pending.len; i++) {
    S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    const S_seen *x = p->weak ? NULL : S_seen_of(c, seen, p);
    if (x && x->confirmed)
      is_person[p->tok] |= 3;
    if (x && (x->how & S_INSIDE) && (x->how & S_QUOTED))
      is_person[p->tok] |= 4;
  }
  S_confirm_joined(c, joined, njoined, is_person, true);
  for (size_t k = 0; k < npool; k++)
    pool[k].confirmed |= S_confirms(&pool[k]);
}

/* Single capitalized words no full name explains are surnames too (an
 * article may name a leader by surname only) when the document uses them
 * twice or more, capitalized at least once inside a sentence (not
 * "Officials said"), and either joined by "and" to a person or quoted
 * as a speaker and served by an aide (S_person_context; a company is
 * quoted too, but has no aides).  Two rounds, so that "Ruiz and Berg"
 * confirms Berg once Ruiz is, and two quoted speakers joined by "and"
 * confirm each other.  Not a word one letter off a known surname (a
 * misspelling, S_fuzzy links it), not an acronym or abbreviation. */
static void S_confirm_by_use(S_ctx *c, S_surs *map, S_seens *seen,
                             uint32_t *joined) {
  S_seen *pool = seen->pool;
  size_t npool = seen->n;
  size_t njoined = 0; /* (joined: room for a pending word each) */
  S_seen_link(c, joined, &njoined);
#ifdef CC_RECOG_CHECK_INERT /* (S_surnames set S_person_marks' bits) */
  {
    uint8_t *marks = cc_arena_alloc(c->arena, c->ntokens + 1);
    S_person_marks(c, marks);
    if (memcmp(marks, c->is_person, c->ntokens + 1) != 0) {
      fprintf(stderr, "entity: the people marked are not S_person_marks'\n");
      abort();
    }
  }
#endif
  S_confirm_keys(c, seen, joined, njoined);
#ifdef CC_RECOG_CHECK_INERT
  S_seen_rest(c, seen); /* (the rounds read every single word's key) */
  /* the rounds as they were, over every use, from the start */
  for (size_t k = 0; k < npool; k++) {
    pool[k].checked = pool[k].confirmed;
    pool[k].confirmed = false;
    pool[k].how = 0;
  }
  uint32_t n = c->ntokens;
  uint8_t *is_person = cc_arena_alloc(c->arena, n + 1);
  S_person_marks(c, is_person);
  S_confirm_round(c, pool, npool, is_person);
  S_confirm_round(c, pool, npool, is_person);
  for (size_t k = 0; k < npool; k++)
    if (pool[k].checked != pool[k].confirmed) {
      fprintf(stderr, "entity: S_confirm_keys and the rounds disagree\n");
      abort();
    }
#endif
  for (const S_seen *x = pool; x < pool + npool; x++) {
    if (x->confirmed && !S_sur_get_hv(map, x->key, x->len, x->hv, false) &&
        !S_fuzzy(map, x->key, x->len)) {
      /* (the key is the arena's, as the map's entries) */
      S_sur_get_hv(map, x->key, x->len, x->hv, true)->alone++;
    }
  }
}

/* Keep shape-only people whose surname is used elsewhere; make single
 * capitalized words that are a known surname (or one letter off a strong
 * one) surname-only mentions.  A word S_surnames found no surname for
 * can only find one S_confirm_by_use added since (grew). */
static void S_link_pending(S_ctx *c, S_surs *map, bool grew) {
  cc_vec *E = &c->ents;
  /* the first bytes of the keys S_fuzzy may find (strong, of a full
   * name): a key beginning with none finds nothing there, told without
   * its walk over the map (which the loop below does not change) */
  uint64_t fz_first[4] = {0};
  for (const S_sur *x = map->v; x < map->v + map->n; x++)
    if (x->strong && S_full_spaced(x))
      fz_first[(unsigned char)x->key[0] / 64] |=
          1ull << ((unsigned char)x->key[0] % 64);
  for (size_t i = 0; i < c->pending.len; i++) {
    S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (p->weak) {
      cc_entity *en = CC_VEC_AT(E, cc_entity, p->ent);
      S_sur *x = c->sur_of[p->ent]; /* (its key's entry, by S_surnames) */
      if (x && (x->strong || x->alone))
        en->flags &= (uint8_t)~CC_EF_WEAK; /* confirmed by other uses */
      else
        en->kind = 0xff, c->dropped = true; /* by cc_entities_find */
      continue;
    }
    const char *k = p->canon; /* made by S_surnames */
    /* a surname some person of this document has (a weak one was
     * confirmed above by this very use), else one letter off a strong one */
    S_word *w = &c->words[p->word];
    S_sur *x = p->sur ? p->sur
                      : grew ? S_sur_get_hv(map, k, w->len, w->khv, false)
                             : NULL;
    S_sur *fz = NULL;
    if (!x && !p->in_run) { /* (once per text: the map does not change) */
      if (!w->fuzzy_known) {
        unsigned char b = (unsigned char)k[0];
        bool may = (fz_first[b / 64] >> (b % 64)) & 1;
#ifdef CC_RECOG_CHECK_INERT /* (the walk finds nothing where it is skipped) */
        if (!may && S_fuzzy(map, k, w->len)) {
          fprintf(stderr, "entity: S_fuzzy skipped would find a key\n");
          abort();
        }
#endif
        w->fuzzy = may ? S_fuzzy(map, k, w->len) : NULL;
        w->fuzzy_known = true;
      }
      fz = w->fuzzy;
    }
    if (fz && S_other_in_list(c, p->tok, fz))
      fz = NULL;
    if ((!x && !fz) || S_initial_differs(c, p->tok, fz ? fz->full : x->full))
      continue;
    cc_entity *en = S_emit(c, CC_E_PERSON, p->tok, p->tok + 1, p->tok,
                           p->sentence);
    en->flags |= CC_EF_SURNAME_ONLY | (fz ? CC_EF_FUZZY : 0);
    c->sur_of[c->ents.len - 1] = fz ? fz : x;
    en->key = fz ? fz->key : x->key;
    en->full = fz ? fz->full : x->full;
    c->lens[c->ents.len - 1] =
        (S_lens){(uint32_t)(fz ? fz->full_len : x->full_len),
                 fz ? fz->len : x->len};
    en->written = k; /* (the arena's, made by S_surnames) */
  }
}

/* A one-word "place" that is the surname of a person of this document is
 * that person ("Finance Minister Ana Lagos ... Lagos said"): place i, en,
 * made one where it is (S_agree asks each place as it comes, before it
 * tallies the people; nothing it tallies is what this reads). */
static void S_place_to_person(S_ctx *c, S_surs *map, size_t i,
                              cc_entity *en) {
  if ((en->flags & CC_EF_NATION) || en->tok_end - en->tok_begin != 1)
    return;
  cc_buf *pk = &c->kfull; /* (S_person_keys' scratch, free in pass 2) */
  /* (the key of its one word, as pass 2's single words get theirs: its
   * surface is the word's text) */
  const cc_token *t = &c->tok[en->tok_begin];
  size_t kn;
  const char *k = S_canon_word(c->m, c->seg, t, c->text + t->start,
                               t->end - t->start, c->arena, &kn);
  if (!k) {
    cc_buf_reset(pk);
    cc_entity_canon(c->m, en->surface, strlen(en->surface), pk);
    k = pk->ptr;
    kn = pk->len;
  }
  S_sur *x = S_sur_get(map, k, kn, false);
  if (x && x->strong) {
#ifdef CC_RECOG_CHECK_INERT
    if (!c->strong) {
      fprintf(stderr, "entity: a place skipped is a person's surname\n");
      abort();
    }
#endif
    c->sur_of[i] = x;
    en->kind = CC_E_PERSON;
    en->key = x->key;
    en->full = x->full;
    c->lens[i] = (S_lens){(uint32_t)x->full_len, x->len};
    en->written = x->key;
    en->place_zone = NULL;
    en->country = NULL;
    en->flags |= CC_EF_SURNAME_ONLY;
  }
}

/* Note the first part of a full name written with a's surname; a second,
 * different one ("ana" then "luis"; not an initial or a short form of the
 * first) makes the surname shared by two people. */
static void S_first_part(S_sur *a, const char *written) {
  const char *sp = written ? strchr(written, ' ') : NULL;
  if (!sp || sp == written)
    return;
  size_t n = (size_t)(sp - written);
  if (!a->first) {
    a->first = written;
    return;
  }
  const char *sp0 = strchr(a->first, ' ');
  size_t n0 = (size_t)(sp0 - a->first);
  size_t m = n < n0 ? n : n0;
  if (m == 1 || strncmp(written, a->first, m) == 0)
    return; /* "j" and "james", "alex" and "alexander" */
  a->shared = true;
}

/* A surname the document never gives a first name ("Mr Altieri") is the
 * one person of that surname with a generational suffix it names in full
 * ("Robert Altieri Jr."): the son when no father is named in full (his
 * entry would have a full name) nor by a title but "Mr" ("President
 * Trump" beside "Donald Trump Jr.": the father, BASIL; "Mrs Biden"
 * beside "Joseph R. Biden Jr.": his wife), nobody's when two
 * suffixes are ("Jr.", "III").  Each such entry's suffixed is set
 * (S_MANY for two). */
static void S_suffix_links(S_surs *map) {
  for (S_sur *y = map->v; y < map->v + map->n; y++) {
    size_t k = y->strong ? S_gen_suffix(y->key, y->len) : 0;
    if (!k || !S_full_spaced(y))
      continue; /* (most: no suffix) */
    S_sur *x = S_sur_get(map, y->key, y->len - k, false);
    if (!x || x->titled || S_full_spaced(x))
      continue;
    x->suffixed = x->suffixed && x->suffixed != y ? S_MANY : y;
  }
}

/* Agree on each person's country (majority of the mentions that give
 * one), leader title and longest full name, over the whole document: the
 * people of one key tallied in its surname entry (c->sur_of).  The walk
 * that tallies them first makes each one-word place that is a person's
 * surname that person (S_place_to_person), as it comes. */
static void S_agree(S_ctx *c, S_surs *map) {
  cc_vec *E = &c->ents;
#ifdef CC_RECOG_CHECK_INERT /* (that build checks the skip) */
  bool places = true;
#else
  bool places = c->strong; /* (else no surname a place could be: the
                              place's x->strong) */
#endif
  /* (the people, as the first walk leaves them, listed for the second:
   * it walks them alone, not every entity with a test of its kind, 3.3K
   * mispredicted branches on 1 MB; only the first walk changes a kind) */
  uint32_t *people =
      cc_arena_alloc_raw(c->arena, (E->len + 1) * sizeof *people);
  size_t np = 0;
  for (size_t i = 0; i < E->len; i++) {
    cc_entity *en = CC_VEC_AT(E, cc_entity, i);
    if (en->kind == CC_E_PLACE && places)
      S_place_to_person(c, map, i, en);
    if (en->kind != CC_E_PERSON)
      continue;
    people[np++] = (uint32_t)i;
    S_sur *a = c->sur_of[i];
    if (S_UNLIKELY_E(a->suffixed && a->suffixed != S_MANY)) {
      a = c->sur_of[i] = a->suffixed; /* "Mr Altieri": Robert Altieri Jr. */
      en->key = a->key;
      en->full = a->full;
      c->lens[i] = (S_lens){(uint32_t)a->full_len, a->len};
    }
    S_lens_check(c, i);
    size_t fn = c->lens[i].full;
    if (!a->agreed_full || fn > a->agreed_len)
      a->agreed_full = en->full, a->agreed_len = fn;
    /* (S_link_pending's people are written as their single word's key:
     * no space, so no first part, unless c->spaced) */
#ifdef CC_RECOG_CHECK_INERT
    if (i >= c->n1 && !c->spaced && strchr(en->written, ' ')) {
      fprintf(stderr, "entity: a single word's key has a space\n");
      abort();
    }
#endif
    if (i < c->n1 || c->spaced)
      S_first_part(a, en->written);
    a->leader |= (en->flags & CC_EF_LEADER) != 0;
    for (int v = 0; en->country && v < 4; v++)
      if (!a->country[v] || strcmp(a->country[v], en->country) == 0) {
        a->country[v] = en->country;
        a->votes[v]++;
        break;
      }
  }
  for (size_t j = 0; j < np; j++) {
    size_t i = people[j];
    cc_entity *en = CC_VEC_AT(E, cc_entity, i);
    const S_sur *a = c->sur_of[i];
    int best = -1;
    for (int v = 0; v < 4 && a->country[v]; v++)
      if (best < 0 || a->votes[v] > a->votes[best])
        best = v;
    en->country = best >= 0 ? a->country[best] : NULL;
    if (a->leader)
      en->flags |= CC_EF_LEADER;
    if (a->shared && strchr(en->written, ' ')) {
      /* two people of one surname ("Ana Ruiz", "Luis Ruiz"): a mention
       * in full keeps its own full name, not the longest of either */
      en->flags |= CC_EF_SHARED;
      en->full = en->written;
      continue;
    }
    if (a->shared)
      en->flags |= CC_EF_SHARED;
    else if (en->written[0] && en->written[1] == ' ' &&
             a->agreed_full[0] == en->written[0] &&
             a->agreed_full[1] != ' ' && strchr(a->agreed_full, ' '))
      en->written = a->agreed_full; /* "J. Baxter" beside "John Baxter":
                                       the one person of the initial */
    en->full = a->agreed_full;
  }
}

/* (out of line, once a document: inline, pass 2 takes the room pass 1's
 * loop keeps S_scan inline in) */
CC_NOINLINE void S_resolve(S_ctx *c) {
  /* the arrays and indexes of pass 2, cut from one allocation of the
   * arena and the indexes and is_person from one zeroed one, not nine of
   * their own: (S_link_pending adds a person per pending word at most)
   * sur_of; the surname entries, a person's key each and a counted
   * single word's (S_confirm_by_use); the keys the single words are
   * counted under (an entry per counted word at most, in the order they
   * came); the single words' texts (S_surnames); the joined words
   * (S_confirm_by_use) */
  size_t ne = c->ents.len, np = c->pending.len;
  size_t room = ne + np + 1;
  size_t raw = S_al16(room * sizeof *c->sur_of) +
               S_al16(room * sizeof(S_sur)) +
               S_al16((np + 1) * sizeof(S_seen)) +
               S_al16((np + 1) * sizeof(S_word)) +
               S_al16((np + 1) * sizeof(uint32_t));
  size_t zeroed = S_al16(S_itab_slots(room) * sizeof(uint32_t)) +
                  2 * S_al16(S_itab_slots(np) * sizeof(uint32_t)) +
                  c->ntokens + 1;
  char *r = cc_arena_alloc_raw(c->arena, raw);
  char *z = cc_arena_alloc(c->arena, zeroed);
  c->sur_of = (S_sur **)(void *)r;
  r += S_al16(room * sizeof *c->sur_of);
  if (ne + np >= c->lens_cap) /* (as sur_of) */
    S_lens_room(c, ne + np);
  S_surs map = {(S_sur *)(void *)r, 0, S_itab_cut(&z, room)};
  r += S_al16(room * sizeof(S_sur));
  S_seens seen = {(S_seen *)(void *)r, 0, S_itab_cut(&z, np)};
  r += S_al16((np + 1) * sizeof(S_seen));
  S_word *cms = (S_word *)(void *)r;
  r += S_al16((np + 1) * sizeof(S_word));
  uint32_t *joined = (uint32_t *)(void *)r;
  S_itab memo = S_itab_cut(&z, np);
  c->is_person = (uint8_t *)z; /* (the last piece: ntokens + 1 bytes) */
  S_surnames(c, &map, &seen, cms, memo);
  uint32_t known = map.n;
  S_confirm_by_use(c, &map, &seen, joined);
  c->n1 = c->ents.len;
  c->spaced |= c->m->tr_space;
  S_link_pending(c, &map, map.n != known);
  S_suffix_links(&map);
  S_agree(c, &map);
}

/* ---- firms named by a bare name ------------------------------------------------ */

/* S_firm_of by the text (no word table). */
static unsigned S_firm_text(const cc_token *t) {
  unsigned b = 0;
  for (int w = 0; w < S_FW__LISTS; w++)
    for (size_t i = 0; S_firm_words[w][i]; i++)
      if (strcmp(t->norm, S_firm_words[w][i]) == 0)
        b |= 1u << w;
  return b;
}

/* The S_FW_... bits of token t: by its id, or by its text when the
 * model has no word table (every id is 0 then). */
static inline unsigned S_firm_of(const S_ctx *c, const cc_token *t) {
  if (t->kind != CC_TOK_WORD)
    return 0;
  if (c->m->vocab)
    return c->m->firm_bits[t->id]; /* (every id is under nids) */
  return S_firm_text(t);
}

/* Is token t the lower-case word w (2 bytes)? */
static bool S_tok_two(const cc_token *t, const char *w) {
  return t->kind == CC_TOK_WORD && !(t->flags & CC_TF_CAP) &&
         t->norm_len == 2 && t->norm[0] == w[0] && t->norm[1] == w[1];
}

/* Does a results noun (bits nouns) come in tokens [j, end)? */
static bool S_firm_noun_in(const S_ctx *c, uint32_t j, uint32_t end,
                           unsigned nouns) {
  for (; j < end; j++)
    if (S_firm_of(c, &c->tok[j]) & nouns)
      return true;
  return false;
}

/* Is the name of tokens [b, en), in the sentence of tokens [sb, se),
 * used as a firm's: after a noun that describes a firm ("carmaker
 * Ruizco") or "shares in|of"; before "'s" and a results noun ("Ruizco's
 * profits"); or the subject of a results verb with a results noun after
 * it, "has" and an apposition between commas allowed ("Ruizco, the
 * country's biggest carmaker, has reported a rise in profit")? */
static bool S_firm_frame(const S_ctx *c, uint32_t b, uint32_t en,
                         uint32_t sb, uint32_t se) {
  const cc_token *tok = c->tok;
  if (b > sb && !(tok[b - 1].flags & CC_TF_CAP)) {
    const cc_token *t = &tok[b - 1];
    if (S_firm_of(c, t) & S_FW_DESC)
      return true;
    if (b - 1 > sb && (S_tok_two(t, "in") || S_tok_two(t, "of")) &&
        (S_firm_of(c, &tok[b - 2]) & S_FW_SHARES))
      return true;
  }
  uint32_t k = en;
  if (k >= se)
    return false;
  if (S_tok_is(&tok[k], S_L_POSS))
    return S_firm_noun_in(c, k + 1, k + 4 < se ? k + 4 : se, S_FW_NOUN);
  if (S_tok_is(&tok[k], S_L_COMMA)) { /* an apposition, up to 12 tokens */
    uint32_t j = k + 1;
    while (j < se && j < k + 13 && !S_tok_is(&tok[j], S_L_COMMA))
      j++;
    if (j >= se || !S_tok_is(&tok[j], S_L_COMMA))
      return false;
    k = j + 1;
  }
  if (k < se && (S_firm_of(c, &tok[k]) & S_FW_HAVE))
    k++;
  if (k >= se || !(S_firm_of(c, &tok[k]) & S_FW_VERB))
    return false;
  return S_firm_noun_in(c, k + 1, k + 9 < se ? k + 9 : se,
                        S_FW_NOUN | S_FW_EARN);
}

/* Is token t (in sentence s) used as a firm's name (S_firm_frame of the
 * one word)? */
static bool S_firm_word(const S_ctx *c, uint32_t t, uint32_t s) {
  const cc_sentence *se = &c->seg->sentences[s];
  return S_firm_frame(c, t, t + 1, se->tok_begin, se->tok_end);
}

/* Is en a person, or a weak one pass 2 dropped (kind 0xff: a name by
 * its shape no other use confirmed, as a firm's bare name often is)? */
static bool S_personish(const cc_entity *en) {
  return en->kind == CC_E_PERSON || en->kind == 0xff;
}

/* Is person en titled ("Mr Ruiz", "Chief Executive Ana Ruiz")? */
static bool S_titled_person(const cc_entity *en) {
  return en->tok_title < en->tok_begin || en->title_kind != CC_T_NONE ||
         (en->title && *en->title);
}

/* Does token t hold the same word as token u (their normal forms)? */
static bool S_same_word(const cc_token *t, const cc_token *u) {
  return t->norm_len == u->norm_len &&
         memcmp(t->norm, u->norm, t->norm_len) == 0;
}

/* Is en a named organization of word w and organization words ("Ruizco
 * Group", "Ruizco plc")? */
static bool S_org_of_word(const S_ctx *c, const cc_entity *en,
                          const cc_token *w) {
  if (en->kind != CC_E_ORG || !(en->flags & CC_EF_NAMED) ||
      en->tok_end - en->tok_begin < 2 ||
      !S_same_word(&c->tok[en->tok_begin], w))
    return false;
  for (uint32_t j = en->tok_begin + 1; j < en->tok_end; j++)
    if (S_word_facts(c, &c->tok[j])->wclass != W_ORG)
      return false;
  return true;
}

/* The firm of word w (a token, the last word of its name): is it ever
 * written capitalized inside a sentence (a sentence's first word is
 * capitalized anyway), and is no person of that word titled?  The key of
 * its longest name then (as an organization's is made: "george wimpey"
 * of "George Wimpey" and "Wimpey"). */
static const char *S_firm_key(S_ctx *c, const cc_token *w, bool *inside) {
  const cc_entity *E = c->ents.items;
  const cc_entity *longest = NULL;
  for (size_t i = 0; i < c->ents.len; i++) {
    const cc_entity *en = &E[i];
    if (!S_personish(en) || !S_same_word(&c->tok[en->tok_end - 1], w))
      continue;
    if (S_titled_person(en))
      return NULL;
    if (!longest || en->tok_end - en->tok_begin >
                        longest->tok_end - longest->tok_begin)
      longest = en;
    *inside |= en->tok_end - en->tok_begin > 1 ||
               !(c->tok[en->tok_begin].flags & CC_TF_SENT_START);
  }
  for (size_t i = 0; !*inside && i < c->pending.len; i++) {
    const S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    *inside |= !p->weak && S_same_word(&c->tok[p->tok], w) &&
               !(c->tok[p->tok].flags & CC_TF_SENT_START);
  }
  if (!*inside)
    return NULL;
  /* "Ruizco" of "Ruizco Group": a named organization of the word and
   * organization words only (S_org_of_word) */
  for (size_t i = 0; !longest && i < c->ents.len; i++)
    if (S_org_of_word(c, &E[i], w))
      return E[i].key;
  return longest ? S_joined_key(c, longest->tok_begin, longest->tok_end)
                 : S_joined_key(c, (uint32_t)(w - c->tok),
                                (uint32_t)(w - c->tok) + 1);
}

/* Is token t inside one of the first ne entities (none dropped)?  (Asked
 * of a firm's words only: a few a document.) */
static bool S_covered(const S_ctx *c, uint32_t t, size_t ne) {
  const cc_entity *E = c->ents.items;
  for (size_t i = 0; i < ne; i++)
    if (E[i].kind != 0xff && E[i].tok_begin <= t && t < E[i].tok_end)
      return true;
  return false;
}

/* Make the names of firm word w organizations of key k: its people (no
 * titled one, S_firm_key) and the single words no entity took ("Ruizco
 * said"). */
static void S_firm_make(S_ctx *c, const cc_token *w, const char *k) {
  size_t ne = c->ents.len;
  for (size_t i = 0; i < ne; i++) {
    cc_entity *en = CC_VEC_AT(&c->ents, cc_entity, i);
    if (!S_personish(en) || !S_same_word(&c->tok[en->tok_end - 1], w))
      continue;
    en->kind = CC_E_ORG;
    en->flags = (uint8_t)((en->flags & CC_EF_POSSESSIVE) | CC_EF_NAMED);
    en->key = en->full = en->written = k;
    en->country = NULL;
  }
  for (size_t i = 0; i < c->pending.len; i++) {
    const S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (p->weak || p->in_run || !S_same_word(&c->tok[p->tok], w) ||
        S_covered(c, p->tok, ne))
      continue;
    cc_entity *en = S_emit(c, CC_E_ORG, p->tok, p->tok + 1, p->tok,
                           p->sentence);
    en->flags |= CC_EF_NAMED;
    en->key = en->full = en->written = k;
  }
}

/* Bare names used as firms' (S_firm_frame) become organizations, with
 * every other mention of their last word.  After pass 2, so a name the
 * document gives a title stays a person's.  (The frames are asked at
 * each untitled person and single capitalized word: the words before
 * and after it, mostly no word of S_firm_words.) */
static void S_firms(S_ctx *c) {
  const cc_token *firm[8];
  uint32_t nf = 0;
  const cc_entity *E = c->ents.items;
  for (size_t i = 0; i < c->ents.len && nf < 8; i++) {
    const cc_entity *en = &E[i];
    if (S_personish(en) && !S_titled_person(en)) {
      const cc_sentence *se = &c->seg->sentences[en->sentence];
      if (S_firm_frame(c, en->tok_begin, en->tok_end, se->tok_begin,
                       se->tok_end))
        firm[nf++] = &c->tok[en->tok_end - 1];
    }
  }
  for (size_t i = 0; i < c->pending.len && nf < 8; i++) {
    const S_pend *p = CC_VEC_AT(&c->pending, S_pend, i);
    if (!p->weak && !p->in_run && S_firm_word(c, p->tok, p->sentence))
      firm[nf++] = &c->tok[p->tok];
  }
  if (!nf)
    return;
  for (uint32_t f = 0; f < nf; f++) {
    bool done = false, inside = false;
    for (uint32_t g = 0; g < f; g++)
      done |= S_same_word(firm[g], firm[f]);
    const char *k = done ? NULL : S_firm_key(c, firm[f], &inside);
    if (k)
      S_firm_make(c, firm[f], k);
  }
}

static int S_cmp_ent(const void *a, const void *b) {
  const cc_entity *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return (int)x->kind - (int)y->kind;
}

/* The w entities of v, sorted by S_cmp_ent, in place.  The first pass
 * finds them in order and the second appends its own in order: two
 * sorted runs, merged in one pass (ties from the first run first, as the
 * stable sort would keep them); anything else is sorted in full.  One
 * run (most documents) is left as it is; two are merged from the back
 * with the second copied aside (the arena's), so the first run's
 * entities before the second's first stay where they are. */
static void S_sort(cc_entity *v, size_t w, cc_arena *arena) {
  size_t k = 1;
  while (k < w && S_cmp_ent(&v[k - 1], &v[k]) <= 0)
    k++;
  if (k >= w)
    return; /* (one run) */
  size_t j = k + 1;
  while (j < w && S_cmp_ent(&v[j - 1], &v[j]) <= 0)
    j++;
  if (j < w) { /* three runs or more */
    qsort(v, w, sizeof *v, S_cmp_ent);
    return;
  }
  size_t nb = w - k;
  cc_entity *t = cc_arena_alloc_raw(arena, nb * sizeof *t);
  memcpy(t, v + k, nb * sizeof *t);
  size_t a = k, b = nb, o = w;
  while (a > 0 && b > 0)
    v[--o] = S_cmp_ent(&v[a - 1], &t[b - 1]) > 0 ? v[--a] : t[--b];
  while (b > 0)
    v[--o] = t[--b];
}

/* The tokens of seg with their ids in the model's word table, when seg
 * was segmented with another one (or none: a test may segment without
 * the lexicon), or with the model's after it took words the model does
 * not cover (cc_entity_model_cover_ids not called since): ids from nids
 * up made 0, a word of no node as they are; or when the model has no word
 * table: each token of a text of S_lits its lit_id, the rest 0.  A copy
 * in the arena. */
static const cc_token *S_tokens_with_ids(const cc_entity_model *m,
                                         const cc_segmented *seg,
                                         cc_arena *arena) {
  cc_token *t = cc_arena_alloc_raw(arena, (seg->ntokens + 1) * sizeof *t);
  bool same = seg->vocab == m->vocab;
  for (uint32_t i = 0; i < seg->ntokens; i++) {
    t[i] = seg->tokens[i];
    if (!same)
      t[i].id = cc_vocab_find(m->vocab, t[i].norm, t[i].norm_len);
    if (t[i].id >= m->nids)
      t[i].id = 0;
    /* (no table: S_lits' texts get the ids the model gave them) */
    for (uint32_t l = 0; !m->vocab && l < S_L__COUNT; l++)
      if (S_tok_text(&t[i], S_lits[l], strlen(S_lits[l])))
        t[i].id = m->lit_id[l];
  }
  return t;
}

void cc_entity_model_cover_ids(cc_entity_model *m) {
  uint32_t nids = cc_vocab_count(m->vocab) + 1;
  if (!m->vocab || nids <= m->nids)
    return;
  m->by_id = cc_xrealloc(m->by_id, nids * sizeof *m->by_id);
  m->ctx_bits = cc_xrealloc(m->ctx_bits, nids);
  m->firm_bits = cc_xrealloc(m->firm_bits, nids);
  for (uint32_t id = m->nids; id < nids; id++) {
    m->by_id[id] = &S_none; /* (a word added after the model is no node's:
                               S_by_id_build added every node's word) */
    m->ctx_bits[id] = 0;
    m->firm_bits[id] = 0;
  }
  m->nids = nids;
}

void cc_entities_find(const cc_entity_model *m, const cc_segmented *seg,
                      cc_arena *arena, cc_entity **out, uint32_t *n) {
  S_ctx c = {.m = m, .by_id = m->by_id, .ctx_bits = m->ctx_bits,
             .text = seg->doc->text, .ntokens = seg->ntokens, .low = seg->low,
             .seg = seg, .tok = seg->tokens, .arena = arena,
             .ents = CC_VEC_INIT(cc_entity), .pending = CC_VEC_INIT(S_pend),
             .tmp = CC_BUF_INIT,
             .kfull = CC_BUF_INIT, .ksur = CC_BUF_INIT};
  c.join = m->pfx_max > 256 ? cc_xmalloc(m->pfx_max) : NULL;
  if (!S_steps_tl) {
    S_steps_tl = cc_thread_calloc(sizeof *S_steps_tl); /* (empty) */
    S_steps_tl->serial = m->serial;
  }
  c.steps = S_steps_tl;
  if (c.steps->serial != m->serial) { /* (another model's nodes) */
    memset(c.steps->key, 0, sizeof c.steps->key);
    c.steps->serial = m->serial;
  }
  /* room for the entities and pending words of most documents (about one
   * of each per 17 and 27 tokens on the generated corpus), so they seldom
   * grow; a long document's grow as they come */
  size_t room = seg->ntokens < 16 * 1024 ? seg->ntokens / 16 + 16 : 1024;
  c.ents.cap = c.pending.cap = room;
  /* (the three, and S_scan's list below, cut from one allocation) */
  size_t ents_b = S_al16(room * c.ents.size),
         lens_b = S_al16(room * sizeof *c.lens),
         pend_b = S_al16(room * c.pending.size);
  char *r = cc_arena_alloc_raw(arena, ents_b + lens_b + pend_b +
                                          (seg->ntokens + 1) * sizeof *c.next);
  c.ents.items = r;
  c.lens = (S_lens *)(void *)(r + ents_b);
  c.lens_cap = room;
  c.pending.items = r + ents_b + lens_b;
  c.next = (uint32_t *)(void *)(r + ents_b + lens_b + pend_b);
  /* (S_word_facts, S_scan and S_tok_in read by id without a bound; S_tok_is
   * compares ids) */
  if (seg->vocab != m->vocab || cc_vocab_count(m->vocab) >= m->nids ||
      !m->vocab)
    c.tok = S_tokens_with_ids(m, seg, arena);
  memcpy(c.lit, m->lit_id, sizeof c.lit);
  /* (S_scan writes the entries of next it reads) */
  for (uint32_t s = 0; s < seg->nsentences; s++)
    S_sentence(&c, s);
  S_resolve(&c);
  S_firms(&c);
  /* drop rejected weak people, sort, copy into the arena */
  size_t w = c.dropped ? 0 : c.ents.len; /* (none: each in its place) */
  for (size_t i = w; i < c.ents.len; i++) {
    cc_entity *en = CC_VEC_AT(&c.ents, cc_entity, i);
    if (en->kind == 0xff)
      continue;
    if (w != i) /* (until the first dropped one, each is in its place) */
      *CC_VEC_AT(&c.ents, cc_entity, w) = *en;
    w++;
  }
  *n = (uint32_t)w;
  if (w) { /* (the vector's items are the arena's) */
    S_sort(c.ents.items, w, arena);
    *out = c.ents.items;
  } else {
    *out = cc_arena_alloc(arena, sizeof(cc_entity));
  }
  /* (the vectors' items are the arena's; the buffers, used by few
   * documents, are freed where they were) */
  if (c.tmp.ptr)
    cc_buf_free(&c.tmp);
  if (c.kfull.ptr)
    cc_buf_free(&c.kfull);
  if (c.ksur.ptr)
    cc_buf_free(&c.ksur);
  cc_xfree(c.join);
}
