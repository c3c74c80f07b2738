/* recog_num.c - numbers, ordinals, fractions, vague amounts, qualifiers,
 * ranges, percentages and money.
 *
 * Grammar (each level is one function below; every step looks at most a
 * few tokens ahead and never past the sentence end):
 *
 *   mention := expr                       (+ percent/money/share typing)
 *   expr    := [prequal] ( opener side closer side | side [sep side] )
 *              [postqual]
 *            | lower-prequal side join upper-prequal side
 *                                         "over 18 and under 65"
 *   side    := [prefix-currency] core [percent | [of] suffix-currency]
 *   core    := digits [scale...]          "1,500" "7.2m" "7.2 million"
 *            | digits [fraction]          "1/2" "3 1/2" ("€3,50" next to
 *                                         a currency)
 *            | words                      "two hundred and fifty thousand"
 *            | article (scale | fraction) "a dozen" "a third"
 *            | fixed [scale]              "a couple of hundred"
 *            | vague [[of] scale]         "tens of thousands"
 *            | plural-scale [of scale]    "hundreds of thousands"
 *            | fraction [[of] a scale]    "half a million"
 *            | ordinal                    "21st" "twenty-first"
 *
 * Every word lives in the CSV tables of rules/lexicon; this file only knows
 * the roles a word plays.  All the tables are merged into one uthash table
 * keyed by the canonical key (hyphens read as spaces, so "one-and-a-half" and
 * "one and a half" are one key; attached tokens are joined without a space,
 * so "US$" is the tokens "us" "$").
 *
 * cc__num_parse (used by the temporal recognizers) reads expr without
 * units: no currency, percent word, share or ratio is consumed ("25%" is
 * one token and parses as 25).  A lone article parses as one token with
 * value 1 and flags WORDS|ARTICLE ("a decade"); cc__num_mention drops it.
 * A hyphen after a number is not consumed ("three-year-long" stops before
 * "-"), except inside number words ("twenty-six", "two-thirds") and after
 * ordinals with a superlative ("third-largest").
 *
 * A mention is dropped when "one" is a pronoun ("one of the", "no one",
 * "one-off": numbers.csv kinds pron/pronpre) and when a qualified or ranged
 * bare four-digit number reads as a year ("until at least 2008"); the
 * temporal recognizers then give the year.
 *
 * Interval conventions are those of cc_recog.h: closed [lo, hi] on the
 * value, +/-INFINITY for open ends.  A qualifier multiplies the ends by the
 * factors in qualifiers.csv (approx is +/-10%).  A vague quantity's point
 * value is its lower end; a range's point value is its first number.
 */
#include "recog_int.h"
#include "cc_text.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define uthash_malloc(sz) cc_xmalloc(sz)
#define uthash_free(p, sz) cc_xfree(p)
/* The tables here are private to this file and asked once or more per
 * token; keys are short words, where FNV-1a costs a fraction of uthash's
 * default (Jenkins).  Iteration order (insertion order) does not depend
 * on the hash. */
#define HASH_FUNCTION(keyptr, keylen, hashv) HASH_FNV(keyptr, keylen, hashv)
#include <uthash.h>

/* ---- the model ----------------------------------------------------------- */

enum {
  R_NUM = 1u << 0,     /* numbers.csv */
  R_ORD = 1u << 1,     /* ordinals.csv */
  R_FRAC = 1u << 2,    /* fractions.csv */
  R_SCALE = 1u << 3,   /* scales.csv, singular */
  R_PLURAL = 1u << 4,  /* scales.csv, plural column */
  R_VAGUE = 1u << 5,   /* vague.csv */
  R_QPRE = 1u << 6,    /* qualifiers.csv, position pre */
  R_QPOST = 1u << 7,   /* qualifiers.csv, position post */
  R_CUR = 1u << 8,     /* currencies.csv */
  R_PCT = 1u << 9,     /* percent.csv */
  R_ROPEN = 1u << 10,  /* ranges.csv open */
  R_RSEP = 1u << 11,   /* ranges.csv sep */
  R_CHANGE = 1u << 12, /* ranges.csv change */
  R_SHARE = 1u << 13,  /* shares.csv */
  R_RATIO = 1u << 14,  /* ratios.csv */
  R_RJOIN = 1u << 16,  /* ranges.csv join */
  R_DECADE = 1u << 17, /* numbers.csv decade: "thirties" (S_age_decade) */
  R_CHANGE_BY = 1u << 18, /* ranges.csv change_by: "cut" (S_change_to) */
  /* set after loading on keys S_core_words can begin a number with: a
   * number word other than a joiner ("and", "of", "point") or a pronoun
   * mark, a vague, plural, fraction, ordinal or scale word.  A token
   * where no key has it, a pre-qualifier or a range opener (or with
   * units a currency) begins no expression (S_no_start). */
  R_CSTART = 1u << 15
};
/* The roles of keys at the token after a number's first token (digits,
 * or a word whose keys end there) that the kept answers allow
 * (S_plain_next, S_dc_slot, S_parse_kept_next): no read there asks them.
 * A share word is read only after "of" (S_share: a key of another role
 * first), and a change word ("from", "rose") only before a range's first
 * side (S_sep_range's S_tok at the token before the expression's start,
 * or before the number after its one pre-qualifier token), never after
 * it, nor a change_by word ("cut": S_change_to, in the five words
 * before the expression); a pre-qualifier ("over", "about") and a range
 * opener ("between") only at an expression's first token (S_expr_parse's,
 * and the start tests of the entry points), and no expression starts at
 * that token (S_and_cents starts one after an "and" there, a key of
 * R_NUM, and S_sep_range's second side after a separator: S_side_parse,
 * which asks neither); every other read asks other roles (S_match by mask, S_tok's
 * role tests, S_tok_nkind: R_NUM) or the kind and spacing the callers
 * test. */
#define S_NEXT_ROLES (R_SHARE | R_CHANGE | R_CHANGE_BY | R_QPRE | R_ROPEN)
/* The roles a key read at a word must have for a number (with units or
 * without) to start there: cc__num_none_at's */
#define S_NONE_ROLES (R_QPRE | R_ROPEN | R_CUR | R_CSTART)

enum {
  NK_UNIT = 1,
  NK_TEEN,
  NK_TENS,
  NK_ARTICLE,
  NK_FIXED,
  NK_AND,
  NK_OF,
  NK_POINT,
  NK_NEG,
  NK_PRON,   /* "one that": after "one", makes it a pronoun */
  NK_PRONPRE /* "no one": before "one", makes it a pronoun */
};
enum { OK_UNIT = 1, OK_TEEN, OK_TENS, OK_SCALE, OK_SUFFIX, OK_POST };
enum { SK_WORD = 1, SK_ABBREV, SK_ABBREV_SEP, SK_AFTER };
/* CP_ADJ: a nationality read only before a currency word after a number
 * ("50bn Indian rupees"), whose code it gives (currencies.csv position
 * "adjective"); such an entry is CP_SUFFIX too.  CP_NOUN: a currency word
 * read only after a nationality, too common a word alone ("11m Swedish
 * crowns", not "won three crowns"; position "noun").  CP_GLUED: a one-
 * letter code read only where the segmenter split it off its digits
 * ("R5bn", "N1,500"; position "glued"), a prefix too. */
enum {
  CP_PREFIX = 1,
  CP_SUFFIX = 2,
  CP_ATTACHED = 4,
  CP_ADJ = 8,
  CP_NOUN = 16,
  CP_GLUED = 32
};

typedef struct cc__num_key {
  char *key;
  uint32_t roles;
  uint8_t nkind, okind, skind, qpre, qpost, cpos;
  bool falone, fsym;
  double nval, oval, fnum, fden, sval;
  double pl_scale, pl_lo, pl_hi; /* plural scale word */
  bool pl_of; /* the plural counts only before "of": "scores of people",
                 not "Messi scores" (a scale of kind "after") */
  double vlo, vhi;
  double qpre_lo, qpre_hi, qpost_lo, qpost_hi;
  double cfac;
  double dval; /* numbers.csv decade: its first year ("thirties" 30) */
  double pfac; /* percent.csv's factor: basis points are 0.01 of a point */
  bool plower; /* percent.csv's written "lower": "25bp", not "BP" */
  bool cupper; /* currencies.csv's written "upper": "RM 5", not "Rm 5" */
  bool cletter; /* a letter spaced from its sign ("c $"): not after a
                   label's word ("hepatitis C $84,000", "Class C $40m") */
  double pmax; /* percent.csv's max: "75 bps", but "9600 bps" (0: none) */
  char cur[4], pct[4];
  char *closer;
  UT_hash_handle hh;
} S_ent;

typedef struct cc__num_start {
  char *key;
  uint32_t maxtok; /* in "starts": the most tokens a key from here spans */
  /* in "starts", set once the model is loaded: the key's own entry and
   * whether it is a proper prefix of a key, so that S_match_all reads its
   * first token with one lookup instead of three */
  const struct cc__num_key *ent;
  bool prefix;
  /* in "starts" with prefix set: the rest of every key that begins with
   * this key and a space ("order of" for "on" in "on the order of"), so
   * that a separate next token that begins none of them ends the read
   * there without joining and hashing the two (S_next_may); nnext
   * S_NEXT_ALL when there were too many to list */
  const char **nextw;
  uint32_t *nextn;
  uint32_t nnext;
  uint64_t nextb[4]; /* the first bytes of nextw[] */
  /* S_match_all keeps the own entry at a token of the key (it has roles
   * and the key is not longer than any key: maxlen) */
  bool own;
  /* ent's roles (0: no ent), and those again when own (else 0), read
   * without following ent (S_no_key_at, S_short_keys) */
  uint32_t ent_roles, own_roles;
  /* in "starts": the roles of every key that begins with this token
   * together (S_plain_next: "the" begins share keys only) */
  uint32_t roles_all;
  /* in "starts": this start's bit in the masks of cc__num_next_mask,
   * shared by the starts with the same rests (S_shared_bit; S_LIST_NONE:
   * no list, S_NEXT_MAY nothing; S_LIST_ALL: every word may go on, nnext
   * S_NEXT_ALL or more sets of rests than bits) */
  uint8_t list;
  /* its slot in the caches kept by start (S_wc_slot): the starts in the
   * order made, so that which starts share a slot depends on the
   * lexicon's order alone, not on where the arena put each entry (by
   * address, one more lexicon row moved every later start, and common
   * words came to share a slot and lost each other's parses: one row
   * cost +0.3 M on the bench corpus that way, and the whole run takes
   * 0.7 M fewer in order) */
  uint16_t wslot;
  UT_hash_handle hh;
} S_first;
#define S_NEXT_MAX 24
#define S_NEXT_ALL UINT32_MAX
/* S_first's list bits (cc__num_next_mask): 0..61 a start's own, 62 none
 * (no mask has it), 63 every word (every mask has it) */
#define S_LIST_NONE 62u
#define S_LIST_ALL 63u

#define S_MAX_SIGNS 16

struct cc_num_model {
  /* the tables' entries, their keys and lists (about 3,400 blocks),
   * freed at once: a malloc and a free each cost more than the rest of
   * the load of the entry */
  cc_arena *mem;
  S_ent *ents;
  S_first *firsts; /* first tokens of keys that can start a number */
  S_first *starts; /* first tokens of all keys: S_match's quick reject */
  S_first *prefixes; /* every proper prefix of every key (its key: the
                      * first hh.keylen bytes of the entry's, no NUL) */
  uint32_t maxtok;
  size_t maxlen;
  const S_ent **plurals; /* [16] plural scale words, for "100s"; apart, so
                            that S_with_cache's copy of the model is small */
  uint32_t nplurals;
  /* S_match's answers for one sentence: NULL in the shared model; set in
   * the copy of it the memo's cache keeps (S_with_cache), which the entry
   * points given a memo pass on */
  struct cc_num_mcache *mc;
  /* quick "not a key" for the tables asked on the hot path */
  cc_wfilter *wf_firsts, *wf_starts, *wf_ents, *wf_prefixes;
  /* this model's number among every model made in the process (never 0):
   * a key cache kept across documents (S_tls_mc) knows whose copy it
   * holds even when a freed model's address is taken again */
  uint64_t serial;
  /* some key begins with a digit: S_digits_alone never holds */
  bool digit_starts;
  /* the units "a" before them counts as one of (S_article_unit) */
  const cc_unit_model *um;
  /* shares.csv's words with share "no": after "of" they make no share
   * of a plain word ("half of what"); 15 bytes at most each */
  char (*noshare)[16];
  uint32_t nnoshare;
  /* the currencies with a minor unit of their own in the table ("pence":
   * GBP; not one named as cents, "euro cents"): "cents" joins any other
   * major unit ("5 euros and 50 cents"), not these ("Rs 500 and 20p" is two amounts) */
  char minor_cur[8][4];
  uint32_t nminor;
  /* currencies.csv's position "sign": the letters after a dollar sign
   * ("$US50m", "$A20m"), apart from the keys so that "$" begins no
   * longer key (S_sign_code) */
  S_ent *signs;
  uint32_t nsigns;
  /* the starts with a list of rests (nnext 1..S_NEXT_MAX), by their bit
   * in cc__num_next_mask's masks, and the first bytes of all their rests */
  const struct cc__num_start *lists[S_LIST_NONE];
  uint32_t nlists;
  uint64_t listb[4];
};

/* Every key read at token k (up to S_MC_MAX, shortest first), for a window
 * of recent tokens: a parse asks S_match at the same token for several
 * roles (pre-qualifier, range opener, currency), and the time parsers and
 * the mention ask for the same tokens again.  Valid while gen is the
 * cache's (one gen per sentence) and end is the same. */
#define S_MC_TOKS 64u /* a power of two */
#define S_MC_MAX 6

typedef struct S_mslot {
  uint32_t gen, k, end;
  int n; /* keys in e[]; -1: more than S_MC_MAX, not kept */
  uint32_t roles; /* the roles of e[] together: most asks have none */
  const struct cc__num_key *e[S_MC_MAX];
  uint32_t after[S_MC_MAX];
  /* S_plain_next held at k: k's start entry (the number mention there is
   * kept for it as the parse is), else NULL */
  const struct cc__num_start *pn;
} S_mslot;

/* One number read at a token (S_core_parse). */
typedef struct S_core {
  uint32_t b, e;
  double v, lo, hi;
  uint32_t np;      /* CC_NP_* */
  double scale;     /* product of the scale words applied */
  bool bare;        /* a lone article: "a" read as one */
  bool pct_tok;     /* "25%" */
  const S_ent *cur; /* attached currency suffix: "50p" */
  const S_ent *pct; /* attached percent suffix: "19pc" */
} S_core;

/* S_core_parse's answer at token k (its flags: S_CS_VARIANT), kept while
 * gen is the cache's and end is the same: the parse without units (the
 * temporal parsers' number), the one with units (the number mention) and
 * the sides of ranges read the same core at the same token again (about
 * a third of the core parses on the generated corpus). */
#define S_CS_VARIANTS 4 /* no_and x money */

typedef struct S_cslot {
  uint32_t gen, k, end;
  bool ok;  /* S_core_parse's answer */
  S_core c; /* all of *c as it left it, even when ok is false */
} S_cslot;

/* A parse at a word token whose next token is a separate word that
 * begins no key (S_plain_next), kept for the document by the word's
 * start entry: such a parse reads nothing past that word, so its answer
 * is the same at every such token ("a spokesperson", "two sides").  d:
 * the tokens it took; np's tok_begin 0. */
/* By the start's wslot: more slots than the shipped lexicon has starts
 * (614), so that no two share one.  256 slots in order took as few
 * instructions on the bench corpus, but then a row added to the lexicon
 * would again decide which common words share.  About 220 kB a thread,
 * of which a run touches the slots of the starts it meets. */
#define S_WC_SLOTS 1024u /* a power of two */

typedef struct S_wcslot {
  const struct cc__num_start *st; /* NULL: empty */
  bool ok;
  cc_numparse np;
} S_wcslot;

/* The same for the number mention there (S_mention_plain_next: tok_end
 * relative, start, end, tok_begin and sentence set again). */
typedef struct S_wmslot {
  const struct cc__num_start *st; /* NULL: empty */
  bool ok;
  cc_mention m;
} S_wmslot;

struct cc_num_mcache {
  uint32_t gen;
  /* S_plain_next's parses and mentions for the model src, kept across
   * sentences */
  S_wcslot wc[S_WC_SLOTS];
  S_wmslot wm[S_WC_SLOTS];
  /* the same for a number in digits that nothing after it goes on with
   * (S_digits_alone), by its text */
  struct S_dcslot *dc;
  /* the driver's reading of tokens [wbase, wend) (cc__num_memo_words) */
  const cc_tok_words *const *words;
  uint32_t wbase, wend;
  uint32_t wn; /* wend - wbase; 0 when words is NULL */
  S_mslot s[S_MC_TOKS];
  S_cslot cs[S_MC_TOKS][S_CS_VARIANTS];
  /* S_with_cache's copy of the model whose serial is src with this cache
   * attached, made at the first ask (src 0 until then) and kept: the
   * entry points ask for it tens of thousands of times per megabyte */
  uint64_t src;
  struct cc_num_model model;
};

/* A number in digits kept by its text (S_digits_alone): the parse (pok)
 * and the mention (mok), each 0 not known yet, 1 none, 2 np or m with
 * tok_begin 0 (and start, end and sentence set again). */
#define S_DC_SLOTS 512u /* a power of two */
#define S_DC_LEN 15u    /* the longest text kept */
_Static_assert(S_DC_LEN + 1 == 16, "S_dc_slot compares a text as two words");
typedef struct S_dcslot {
  char w[S_DC_LEN + 1]; /* NUL-padded; w[0] 0: empty */
  /* the word before the number the answers are for (S_lead_digits: its
   * start entry, and whether the number is attached to it), or NULL */
  const struct cc__num_start *lead;
  bool att;
  /* the scale word after the number the answers are for (S_dc_scale),
   * or NULL */
  const struct cc__num_key *scale;
  uint8_t pok, mok;
  cc_numparse np;
  cc_mention m;
} S_dcslot;

/* The thread's key cache, lent to one memo at a time (busy) and kept
 * between documents: a memo lives for one document (cc_recognize), and
 * making, untagging and freeing a cache of some 30 kB for each cost more
 * than the numbers of a short document; S_plain_next's answers, which
 * depend on the model and the word alone, stay for the next document
 * too.  Made on the thread's first memo and freed at its end
 * (cc_thread_calloc: 220 kB of _Thread_local storage were zeroed for
 * every thread, and the pages a short run never reaches are not even
 * mapped now); a second memo of the same thread at once takes one of its
 * own.  The memo's per-token arrays come with it while a sentence fits. */
#define S_TLS_TOKS 256u /* the memo's arrays for most sentences, lent too */
typedef struct S_tls_mcache {
  bool busy;
  struct cc_num_mcache mc; /* all zero at first: untagged, empty */
  S_dcslot dc[S_DC_SLOTS];
  uint8_t state[S_TLS_TOKS];
  cc_numparse res[S_TLS_TOKS];
} S_tls_mcache;
static _Thread_local S_tls_mcache *S_tls_mc;
static atomic_uint_least64_t S_model_serials;

/* ---- building the model from the lexicon --------------------------------- */

/* Canonical form of a lexicon key: hyphens as spaces, single spaces. */
static void S_canon(const char *key, char *out, size_t cap) {
  size_t n = 0;
  bool space = false;
  for (const char *p = key; *p && n + 2 < cap; p++) {
    if (*p == '-' || *p == ' ') {
      space = n > 0;
      continue;
    }
    if (space)
      out[n++] = ' ';
    space = false;
    out[n++] = *p;
  }
  if (n == 0 && key[0]) /* a key made only of hyphens keeps them */
    n = (size_t)snprintf(out, cap, "%s", key);
  out[n] = '\0';
}

static void S_first_token(const char *key, char *out, size_t cap);

static S_ent *S_ent_get(cc_num_model *m, const char *raw) {
  char key[256];
  S_canon(raw, key, sizeof key);
  size_t kl = strlen(key);
  /* the prefixes' hashes in one pass (cc__fnv_prefixes): hs[kl], the
   * key's, finds and adds the entry too (nearly every key is new) */
  unsigned hs[sizeof key];
  cc__fnv_prefixes(key, kl, hs);
#ifdef CC_RECOG_CHECK_INERT
  unsigned hk;
  HASH_VALUE(key, kl, hk);
  if (hk != hs[kl]) {
    fprintf(stderr, "recog: hash of \"%s\" differs\n", key);
    abort();
  }
#endif
  S_ent *e = NULL;
  HASH_FIND_BYHASHVALUE(hh, m->ents, key, kl, hs[kl], e);
  if (e)
    return e;
  e = cc_arena_alloc(m->mem, sizeof *e);
  e->key = cc_arena_strndup(m->mem, key, kl);
  HASH_ADD_KEYPTR_BYHASHVALUE(hh, m->ents, e->key, kl, hs[kl], e);
  uint32_t words = 1;
  for (const char *p = key; *p; p++)
    words += *p == ' ';
  /* each word may be two tokens ("us$") and hyphens add one between */
  uint32_t toks = words * 2 + 1;
  if (toks > 16)
    toks = 16;
  if (toks > m->maxtok)
    m->maxtok = toks;
  if (kl > m->maxlen)
    m->maxlen = kl;
  char first[256];
  S_first_token(key, first, sizeof first);
  S_first *f = NULL;
  HASH_FIND_STR(m->starts, first, f);
  if (!f) {
    f = cc_arena_alloc(m->mem, sizeof *f);
    f->key = cc_arena_strdup(m->mem, first);
    f->wslot = (uint16_t)(HASH_COUNT(m->starts) & (S_WC_SLOTS - 1));
    HASH_ADD_KEYPTR(hh, m->starts, f->key, strlen(f->key), f);
  }
  if (toks > f->maxtok)
    f->maxtok = toks;
  for (size_t l = kl; l-- > 1;) { /* proper prefixes */
    S_first *p = NULL;
#ifdef CC_RECOG_CHECK_INERT
    unsigned hc;
    HASH_VALUE(key, l, hc);
    if (hc != hs[l]) {
      fprintf(stderr, "recog: prefix hash of \"%.*s\" differs\n", (int)l,
              key);
      abort();
    }
#endif
    HASH_FIND_BYHASHVALUE(hh, m->prefixes, key, l, hs[l], p);
    if (p)
      break; /* its shorter prefixes are there too */
    p = cc_arena_alloc(m->mem, sizeof *p);
    p->key = e->key; /* (its first l bytes: no copy each) */
    HASH_ADD_KEYPTR_BYHASHVALUE(hh, m->prefixes, p->key, l, hs[l], p);
  }
  return e;
}

/* Does a letter (or a later byte of one) start at the non-ASCII byte p of
 * a key: "zł" is one word, "e£" and "gh¢" a word and a sign, as the
 * segmenter splits them? */
static bool S_key_letter(const unsigned char *p) {
  if (*p < 0x80)
    return false;
  if ((*p & 0xC0) == 0x80)
    return true; /* inside a letter the loop took */
  int32_t cp;
  return cc_utf8_decode(p, strlen((const char *)p), &cp) > 0 &&
         (cc_cp_is_letter(cp) || (cp >= 0x300 && cp <= 0x36F));
}

/* The first token of a canonical key as the segmenter would cut it. */
static void S_first_token(const char *key, char *out, size_t cap) {
  size_t n = 0;
  const unsigned char *p = (const unsigned char *)key;
  size_t k = 0;
  while (p[k] && p[k + 1] == '.' &&
         ((p[k] | 0x20) >= 'a' && (p[k] | 0x20) <= 'z') &&
         (k == 0 || p[k - 1] == '.'))
    k += 2; /* dotted abbreviation "u.s." */
  if (k >= 4) {
    n = k < cap - 1 ? k : cap - 1;
    memcpy(out, key, n);
  } else if (p[0] >= 0x80 || (p[0] >= 'a' && p[0] <= 'z') ||
             (p[0] >= '0' && p[0] <= '9')) {
    bool word = p[0] < 0x80;
    while (p[n] && n + 1 < cap) {
      bool alnum = (p[n] >= 'a' && p[n] <= 'z') ||
                   (p[n] >= '0' && p[n] <= '9') || p[n] == '\'';
      if (word ? !(alnum || S_key_letter(p + n))
               : (n > 0 && (p[n] & 0xC0) != 0x80))
        break;
      n++;
    }
    memcpy(out, key, n);
  } else if (cap > 1) {
    out[0] = key[0];
    n = 1;
  }
  out[n] = '\0';
}

static void S_add_first(cc_num_model *m, const char *key) {
  char tok[256];
  S_first_token(key, tok, sizeof tok);
  if (!tok[0])
    return;
  S_first *f = NULL;
  HASH_FIND_STR(m->firsts, tok, f);
  if (f)
    return;
  f = cc_arena_alloc(m->mem, sizeof *f);
  f->key = cc_arena_strdup(m->mem, tok);
  HASH_ADD_KEYPTR(hh, m->firsts, f->key, strlen(f->key), f);
}

/* The columns a table's rows asked, by the address of the name asked
 * (the rows' code asks the same literals row after row, and a lookup by
 * name cost as much as the rest of a row).  A name not kept is looked up
 * by name. */
#define S_COLS 8
typedef struct S_colmemo {
  const char *name[S_COLS];
  int index[S_COLS];
  unsigned n;
} S_colmemo;

/* Loading context for one table. */
typedef struct S_tab {
  const char *name;
  const cc_lex_table *t;
  const cc_lex_entry *e;
  cc_err *err;
  S_colmemo *cols;
} S_tab;

static const char *S_cell(const S_tab *T, const char *col) {
  S_colmemo *c = T->cols;
  for (unsigned k = 0; k < c->n; k++)
    if (c->name[k] == col)
      return cc_lex_cell(T->e, c->index[k]);
  int i = cc_lex_col(T->t, col);
  if (c->n < S_COLS) {
    c->name[c->n] = col;
    c->index[c->n++] = i;
  }
  return cc_lex_cell(T->e, i);
}

static int S_bad(const S_tab *T, const char *col, const char *what) {
  cc_err_set(T->err, "%s.csv:%u: %s '%s' in column %s", T->name, T->e->line,
             what, S_cell(T, col), col);
  return -1;
}

/* A number cell: decimal, "inf" or "-inf". */
static int S_num(const S_tab *T, const char *col, double *out) {
  const char *s = S_cell(T, col);
  if (cc__plain_int(s, out)) /* (most cells) */
    return 0;
  if (strcmp(s, "inf") == 0 || strcmp(s, "+inf") == 0) {
    *out = INFINITY;
    return 0;
  }
  if (strcmp(s, "-inf") == 0) {
    *out = -INFINITY;
    return 0;
  }
  char *endp;
  *out = strtod(s, &endp);
  if (!*s || *endp || !isfinite(*out))
    return S_bad(T, col, "bad number");
  return 0;
}

/* Index of s in names (NULL-terminated), plus 1; 0 when absent. */
static int S_pick(const char *s, const char *const *names) {
  for (int i = 0; names[i]; i++)
    if (strcmp(s, names[i]) == 0)
      return i + 1;
  return 0;
}

static int S_row_numbers(cc_num_model *m, const S_tab *T) {
  static const char *const kinds[] = {"unit", "teen",  "tens",  "article",
                                      "fixed", "and",  "of",    "point",
                                      "neg",  "pron", "pronpre", NULL};
  if (!strcmp(S_cell(T, "kind"), "decade")) { /* a role of its own */
    S_ent *e = S_ent_get(m, T->e->key);
    if (!(e->roles & R_DECADE) && S_num(T, "value", &e->dval) != 0)
      return -1;
    e->roles |= R_DECADE;
    S_add_first(m, e->key);
    return 0;
  }
  int k = S_pick(S_cell(T, "kind"), kinds);
  if (!k)
    return S_bad(T, "kind", "unknown kind");
  S_ent *e = S_ent_get(m, T->e->key);
  if (e->roles & R_NUM)
    return 0;
  if (k <= NK_FIXED && S_num(T, "value", &e->nval) != 0)
    return -1;
  e->roles |= R_NUM;
  e->nkind = (uint8_t)k;
  if (k != NK_AND && k != NK_OF && k != NK_POINT && k != NK_PRON &&
      k != NK_PRONPRE)
    S_add_first(m, e->key);
  return 0;
}

static int S_row_ordinals(cc_num_model *m, const S_tab *T) {
  static const char *const kinds[] = {"unit",   "teen", "tens", "scale",
                                      "suffix", "post", NULL};
  int k = S_pick(S_cell(T, "kind"), kinds);
  if (!k)
    return S_bad(T, "kind", "unknown kind");
  S_ent *e = S_ent_get(m, T->e->key);
  if (e->roles & R_ORD)
    return 0;
  if (k <= OK_SCALE && S_num(T, "value", &e->oval) != 0)
    return -1;
  e->roles |= R_ORD;
  e->okind = (uint8_t)k;
  if (k <= OK_SCALE)
    S_add_first(m, e->key);
  return 0;
}

static int S_row_fractions(cc_num_model *m, const S_tab *T) {
  double num, den;
  if (S_num(T, "numerator", &num) != 0 || S_num(T, "denominator", &den) != 0)
    return -1;
  if (den <= 0)
    return S_bad(T, "denominator", "denominator must be positive");
  const char *alone = S_cell(T, "alone");
  if (strcmp(alone, "yes") != 0 && strcmp(alone, "no") != 0)
    return S_bad(T, "alone", "expected yes or no, got");
  S_ent *e = S_ent_get(m, T->e->key);
  if (e->roles & R_FRAC)
    return 0;
  e->roles |= R_FRAC;
  e->fnum = num;
  e->fden = den;
  e->falone = alone[0] == 'y';
  e->fsym = (unsigned char)e->key[0] >= 0x80; /* "½": a sign, not a word */
  /* (and "quarter", a singular word that is no ordinal: "quarter-point"
   * starts a number, S_core_words; ordinals.csv is read before) */
  size_t kl = strlen(e->key);
  if (e->falone ||
      (!e->fsym && !(e->roles & R_ORD) && e->key[kl - 1] != 's'))
    S_add_first(m, e->key);
  return 0;
}

static int S_row_scales(cc_num_model *m, const S_tab *T) {
  static const char *const kinds[] = {"word", "abbrev", "abbrev_sep", "after",
                                      NULL};
  int k = S_pick(S_cell(T, "kind"), kinds);
  if (!k)
    return S_bad(T, "kind", "unknown kind");
  double v;
  if (S_num(T, "value", &v) != 0)
    return -1;
  if (v <= 0)
    return S_bad(T, "value", "scale must be positive");
  S_ent *e = S_ent_get(m, T->e->key);
  if (!(e->roles & R_SCALE)) {
    e->roles |= R_SCALE;
    e->sval = v;
    e->skind = (uint8_t)k;
    if (k == SK_WORD)
      S_add_first(m, e->key);
  }
  const char *pl = S_cell(T, "plural");
  if (!*pl)
    return 0;
  double lo, hi;
  if (S_num(T, "plural_lo", &lo) != 0 || S_num(T, "plural_hi", &hi) != 0)
    return -1;
  if (lo > hi)
    return S_bad(T, "plural_hi", "plural_hi below plural_lo:");
  cc_buf nb = CC_BUF_INIT;
  cc_lex_normalize(pl, strlen(pl), &nb);
  S_ent *p = S_ent_get(m, nb.ptr);
  cc_buf_free(&nb);
  if (p->roles & R_PLURAL)
    return 0;
  p->roles |= R_PLURAL;
  if (m->nplurals < 16 && k == SK_WORD && v >= 100) /* not "20s" */
    m->plurals[m->nplurals++] = p;
  p->pl_scale = v;
  p->pl_lo = lo;
  p->pl_hi = hi;
  p->pl_of = k == SK_AFTER;
  S_add_first(m, p->key);
  return 0;
}

static int S_row_vague(cc_num_model *m, const S_tab *T) {
  double lo, hi;
  if (S_num(T, "lo", &lo) != 0 || S_num(T, "hi", &hi) != 0)
    return -1;
  if (lo > hi)
    return S_bad(T, "hi", "hi below lo:");
  S_ent *e = S_ent_get(m, T->e->key);
  if (e->roles & R_VAGUE)
    return 0;
  e->roles |= R_VAGUE;
  e->vlo = lo;
  e->vhi = hi;
  S_add_first(m, e->key);
  return 0;
}

static int S_row_qualifiers(cc_num_model *m, const S_tab *T) {
  /* "exact" ("exactly 100", "equal to 2%") gives no qualifier: the
   * number is what it says, the word belongs to the span */
  static const char *const quals[] = {
      "approx", "at_least", "more_than", "at_most", "less_than", "nearly",
      "early",  "mid",      "late",      "exact",   NULL};
  static const uint8_t qvals[] = {
      CC_Q_APPROX, CC_Q_AT_LEAST, CC_Q_MORE_THAN, CC_Q_AT_MOST, CC_Q_LESS_THAN,
      CC_Q_NEARLY, CC_Q_EARLY,    CC_Q_MID,       CC_Q_LATE,    CC_Q_NONE};
  static const char *const scopes[] = {"num", "time", "both", NULL};
  static const char *const poss[] = {"pre", "post", NULL};
  int q = S_pick(S_cell(T, "qual"), quals);
  int sc = S_pick(S_cell(T, "scope"), scopes);
  int pos = S_pick(S_cell(T, "position"), poss);
  if (!q)
    return S_bad(T, "qual", "unknown qualifier");
  if (!sc)
    return S_bad(T, "scope", "unknown scope");
  if (!pos)
    return S_bad(T, "position", "unknown position");
  if (sc == 2) /* dates only: "early", "mid" */
    return 0;
  double lo, hi;
  if (S_num(T, "lo", &lo) != 0 || S_num(T, "hi", &hi) != 0)
    return -1;
  S_ent *e = S_ent_get(m, T->e->key);
  uint8_t qual = qvals[q - 1];
  if (pos == 1 && !(e->roles & R_QPRE)) {
    e->roles |= R_QPRE;
    e->qpre = qual;
    e->qpre_lo = lo;
    e->qpre_hi = hi;
    S_add_first(m, e->key);
  } else if (pos == 2 && !(e->roles & R_QPOST)) {
    e->roles |= R_QPOST;
    e->qpost = qual;
    e->qpost_lo = lo;
    e->qpost_hi = hi;
  }
  return 0;
}

/* A sign row: one to three letters after "$", a main unit; kept in
 * m->signs, no key of the model. */
static int S_row_sign(cc_num_model *m, const S_tab *T, const char *code,
                      double fac) {
  const char *k = T->e->key;
  size_t n = strlen(k);
  bool letters = n >= 1 && n <= 3;
  for (size_t i = 0; i < n; i++)
    letters &= k[i] >= 'a' && k[i] <= 'z';
  if (!letters || fac != 1)
    return S_bad(T, "position", "a sign row is 1-3 letters of factor 1, got");
  if (m->nsigns == S_MAX_SIGNS)
    return S_bad(T, "position", "too many sign rows, at");
  if (!m->signs)
    m->signs = cc_arena_alloc(m->mem, S_MAX_SIGNS * sizeof *m->signs);
  S_ent *e = &m->signs[m->nsigns++];
  memset(e, 0, sizeof *e);
  e->key = cc_arena_strndup(m->mem, k, n);
  e->roles = R_CUR;
  memcpy(e->cur, code, 4);
  e->cpos = CP_PREFIX;
  e->cfac = 1;
  return 0;
}

static int S_row_currencies(cc_num_model *m, const S_tab *T) {
  static const char *const poss[] = {"prefix",    "suffix", "both",
                                     "attached",  "adjective", "sign",
                                     "noun",      "glued",     NULL};
  const char *code = S_cell(T, "code");
  if (strlen(code) != 3 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' ||
      code[1] > 'Z' || code[2] < 'A' || code[2] > 'Z')
    return S_bad(T, "code", "expected an ISO 4217 code, got");
  int pos = S_pick(S_cell(T, "position"), poss);
  if (!pos)
    return S_bad(T, "position", "unknown position");
  double fac = 1;
  if (*S_cell(T, "factor") && S_num(T, "factor", &fac) != 0)
    return -1;
  if (pos == 6)
    return S_row_sign(m, T, code, fac);
  const char *key = T->e->key;
  if (pos == 8 && !(key[0] >= 'a' && key[0] <= 'z' && !key[1] && fac == 1))
    return S_bad(T, "position", "a glued row is one letter of factor 1, got");
  S_ent *e = S_ent_get(m, T->e->key);
  if (e->roles & R_CUR)
    return 0;
  e->roles |= R_CUR;
  memcpy(e->cur, code, 4);
  e->cpos = pos == 1   ? CP_PREFIX
            : pos == 2 ? CP_SUFFIX
            : pos == 3 ? (CP_PREFIX | CP_SUFFIX)
            : pos == 4 ? CP_ATTACHED
            : pos == 7 ? CP_NOUN
            : pos == 8 ? (CP_PREFIX | CP_GLUED)
                       : (CP_ADJ | CP_SUFFIX);
  if ((e->cpos & CP_ADJ) && fac != 1)
    return S_bad(T, "factor", "a nationality names a main unit: factor 1, got");
  e->cfac = fac;
  const char *w = S_cell(T, "written");
  if (*w && strcmp(w, "upper") != 0)
    return S_bad(T, "written", "expected empty or 'upper', got");
  e->cupper = *w != '\0' || pos == 8; /* "R5bn", not "r5bn" */
  size_t kl = strlen(e->key);
  e->cletter = kl >= 3 && e->key[1] == ' ' && e->key[0] >= 'a' &&
               e->key[0] <= 'z';
  /* a minor unit named as cents ("euro cents") leaves bare "cents" free to
   * join that currency's amounts */
  bool cents = (kl >= 4 && memcmp(e->key + kl - 4, "cent", 4) == 0) ||
               (kl >= 5 && memcmp(e->key + kl - 5, "cents", 5) == 0);
  if (fac < 1 && !cents &&
      m->nminor < sizeof m->minor_cur / sizeof m->minor_cur[0]) {
    bool known = false;
    for (uint32_t k = 0; k < m->nminor && !known; k++)
      known = memcmp(m->minor_cur[k], code, 4) == 0;
    if (!known)
      memcpy(m->minor_cur[m->nminor++], code, 4);
  }
  if (e->cpos & CP_PREFIX)
    S_add_first(m, e->key);
  return 0;
}

static int S_row_percent(cc_num_model *m, const S_tab *T) {
  const char *u = S_cell(T, "unit");
  if (!*u || strlen(u) > 3)
    return S_bad(T, "unit", "expected a unit of 1-3 characters, got");
  double fac = 1;
  if (*S_cell(T, "factor") && S_num(T, "factor", &fac) != 0)
    return -1;
  if (!(fac > 0) || isinf(fac))
    return S_bad(T, "factor", "expected a positive factor, got");
  S_ent *e = S_ent_get(m, T->e->key);
  if (e->roles & R_PCT)
    return 0;
  e->roles |= R_PCT;
  e->pfac = fac;
  snprintf(e->pct, sizeof e->pct, "%s", u);
  const char *w = S_cell(T, "written");
  if (*w && strcmp(w, "lower") != 0)
    return S_bad(T, "written", "expected empty or 'lower', got");
  e->plower = *w != '\0';
  if (*S_cell(T, "max") && (S_num(T, "max", &e->pmax) != 0 || !(e->pmax > 0)))
    return S_bad(T, "max", "expected a positive number, got");
  return 0;
}

static int S_row_ranges(cc_num_model *m, const S_tab *T) {
  static const char *const roles[] = {"open", "sep",       "change",
                                      "join", "change_by", NULL};
  int r = S_pick(S_cell(T, "role"), roles);
  if (!r)
    return S_bad(T, "role", "unknown role");
  const char *closer = S_cell(T, "closer");
  if (r == 1 && !*closer)
    return S_bad(T, "closer", "an opener needs a closer, got");
  S_ent *e = S_ent_get(m, T->e->key);
  if (r == 1 && !(e->roles & R_ROPEN)) {
    e->roles |= R_ROPEN;
    cc_buf nb = CC_BUF_INIT;
    cc_lex_normalize(closer, strlen(closer), &nb);
    e->closer = cc_arena_alloc(m->mem, nb.len + 2);
    S_canon(nb.ptr, e->closer, nb.len + 2);
    cc_buf_free(&nb);
    S_add_first(m, e->key);
  }
  if (r == 2)
    e->roles |= R_RSEP;
  if (r == 3)
    e->roles |= R_CHANGE;
  if (r == 4)
    e->roles |= R_RJOIN;
  if (r == 5)
    e->roles |= R_CHANGE_BY;
  return 0;
}

static int S_row_shares(cc_num_model *m, const S_tab *T) {
  const char *sh = S_cell(T, "share");
  if (!*sh || !strcmp(sh, "yes")) {
    S_ent_get(m, T->e->key)->roles |= R_SHARE;
    return 0;
  }
  if (strcmp(sh, "no") != 0)
    return S_bad(T, "share", "expected empty, 'yes' or 'no', got");
  if (strlen(T->e->key) >= sizeof *m->noshare || strchr(T->e->key, ' ') ||
      m->nnoshare == 32)
    return S_bad(T, "word", "a 'no' row is one word of at most 15 bytes "
                            "(32 rows), got");
  if (!m->noshare)
    m->noshare = cc_xcalloc(32, sizeof *m->noshare);
  memcpy(m->noshare[m->nnoshare++], T->e->key, strlen(T->e->key) + 1);
  return 0;
}

static int S_row_ratios(cc_num_model *m, const S_tab *T) {
  S_ent_get(m, T->e->key)->roles |= R_RATIO;
  return 0;
}

typedef int (*S_row_fn)(cc_num_model *m, const S_tab *T);

typedef struct S_table_def {
  const char *name;
  bool required;
  S_row_fn row;
  const char *columns[6]; /* columns every row needs (besides the key) */
} S_table_def;

static const S_table_def S_tables[] = {
    {"numbers", true, S_row_numbers, {"value", "kind"}},
    {"ordinals", false, S_row_ordinals, {"value", "kind"}},
    {"fractions",
     false,
     S_row_fractions,
     {"numerator", "denominator", "alone"}},
    {"scales",
     false,
     S_row_scales,
     {"value", "plural", "plural_lo", "plural_hi", "kind"}},
    {"vague", false, S_row_vague, {"lo", "hi"}},
    {"qualifiers",
     false,
     S_row_qualifiers,
     {"qual", "lo", "hi", "position", "scope"}},
    {"currencies", false, S_row_currencies, {"code", "position", "factor"}},
    {"percent", false, S_row_percent, {"unit", "factor"}},
    {"ranges", false, S_row_ranges, {"role", "closer"}},
    {"shares", false, S_row_shares, {NULL}},
    {"ratios", false, S_row_ratios, {NULL}},
};

static int S_load(cc_num_model *m, const cc_lexicon *lx, const S_table_def *d,
                  cc_err *err) {
  S_colmemo cols = {.n = 0};
  S_tab T = {.name = d->name, .t = cc_lex_table_get(lx, d->name), .err = err,
             .cols = &cols};
  if (!T.t) {
    if (!d->required)
      return 0;
    cc_err_set(err, "%s.csv: table missing from the lexicon", d->name);
    return -1;
  }
  for (int c = 0; c < 6 && d->columns[c]; c++)
    if (cc_lex_col(T.t, d->columns[c]) < 0) {
      cc_err_set(err, "%s.csv:1: missing column '%s'", d->name, d->columns[c]);
      return -1;
    }
  for (size_t i = 0; (T.e = cc_lex_at(T.t, i)) != NULL; i++)
    if (d->row(m, &T) != 0)
      return -1;
  return 0;
}

/* Each start's nextw (see S_first): every key of a space after its first
 * word whose first word is a start's key. */
static void S_next_lists(cc_num_model *m) {
  for (S_ent *e = m->ents; e; e = e->hh.next) {
    const char *sp = strchr(e->key, ' ');
    if (!sp || sp == e->key)
      continue;
    S_first *f = NULL;
    HASH_FIND(hh, m->starts, e->key, (size_t)(sp - e->key), f);
    if (!f || f->nnext == S_NEXT_ALL)
      continue;
    if (f->nnext == S_NEXT_MAX) { /* too many: the read joins and hashes */
      f->nnext = S_NEXT_ALL;
      continue;
    }
    if (!f->nextw) {
      f->nextw = cc_arena_alloc(m->mem, S_NEXT_MAX * sizeof *f->nextw);
      f->nextn = cc_arena_alloc(m->mem, S_NEXT_MAX * sizeof *f->nextn);
    }
    unsigned char b = (unsigned char)sp[1];
    f->nextb[b >> 6] |= 1ull << (b & 63);
    f->nextw[f->nnext] = sp + 1; /* the key lives as long as the model */
    f->nextn[f->nnext++] = (uint32_t)strlen(sp + 1);
  }
}

/* a and b (lists of 1..S_NEXT_MAX rests) hold the same rests, so that
 * S_next_may answers alike for them for every word. */
static bool S_same_rests(const S_first *a, const S_first *b) {
  if (a->nnext != b->nnext || memcmp(a->nextb, b->nextb, sizeof a->nextb))
    return false;
  for (uint32_t t = 0; t < a->nnext; t++) {
    uint32_t u = 0;
    while (u < b->nnext && (b->nextn[u] != a->nextn[t] ||
                            memcmp(b->nextw[u], a->nextw[t], a->nextn[t])))
      u++;
    if (u == b->nnext)
      return false; /* (a key is read once: no rest twice in a list) */
  }
  return true;
}

/* The bit of an earlier start with the same rests as f ("north", "south",
 * "shy": "of" alone), or S_LIST_NONE: starts share a bit, as a word's
 * mask then says exactly what S_next_may says for each of them, so the
 * masks' 62 bits are spent per set of rests, not per start. */
static uint8_t S_shared_bit(const cc_num_model *m, const S_first *f) {
  for (uint32_t k = 0; k < m->nlists; k++)
    if (S_same_rests(m->lists[k], f))
      return (uint8_t)k;
  return S_LIST_NONE;
}

/* Each start's list bit (S_first's list) and m->lists, m->listb. */
static void S_list_bits(cc_num_model *m) {
  for (S_first *f = m->starts; f; f = f->hh.next) {
    uint8_t sh = f->nnext == 0 || f->nnext == S_NEXT_ALL
                     ? S_LIST_NONE
                     : S_shared_bit(m, f);
    if (f->nnext == 0) {
      f->list = S_LIST_NONE;
    } else if (sh != S_LIST_NONE) {
      f->list = sh;
    } else if (f->nnext == S_NEXT_ALL || m->nlists == S_LIST_NONE) {
      f->list = S_LIST_ALL;
    } else {
      f->list = (uint8_t)m->nlists;
      m->lists[m->nlists++] = f;
      for (int q = 0; q < 4; q++)
        m->listb[q] |= f->nextb[q];
    }
  }
}

void cc__num_model_set_units(cc_num_model *nm, const cc_unit_model *um) {
  nm->um = um;
}

/* The scales a one-letter code glued to its digits needs after them
 * ("R5bn", "N2.5 trillion"): a million or more, read after a number
 * ("million", "m", "bn"; not "k" or "grand": "R5k" may be a name). */
static bool S_glued_scale(const S_ent *e) {
  return (e->roles & R_SCALE) && e->sval >= 1e6 && e->skind != SK_AFTER &&
         strlen(e->key) <= 12 && !strchr(e->key, ' ');
}

/* A currency code of one letter (currencies.csv position "glued", "r"),
 * marked in the word table in forms no token's lower-cased one is: the
 * capital alone ("R": glued to digits with thousands separators, "R1,500")
 * and the capital, a space and each scale of S_glued_scale ("R bn": glued
 * to digits with that scale after them, "R5bn", "R2.3 billion").  The
 * segmenter asks for these forms before it splits the letter off. */
static void S_mark_glued_letter(const cc_num_model *m, cc_vocab *v, char c) {
  char w[16] = {(char)(c - 32), ' '};
  cc_vocab_mark(v, cc_vocab_add(v, w, 1), CC_VOCAB_CUR_PREFIX);
  for (const S_ent *e = m->ents; e; e = e->hh.next) {
    if (!S_glued_scale(e))
      continue;
    size_t n = strlen(e->key);
    memcpy(w + 2, e->key, n);
    cc_vocab_mark(v, cc_vocab_add(v, w, n + 2), CC_VOCAB_CUR_PREFIX);
  }
}

/* The currency codes written before amounts, of two or three letters
 * ("rs", "eur"), and the sign rows' letters after "$" ("$us"), marked in
 * the word table: the segmenter splits them off
 * digits glued to them ("EUR1.2bn", "Rs500"), which this model then reads
 * as it reads "EUR 1.2bn".  A code read only in capitals ("RM") is marked
 * in capitals, a form no token's lower-cased one is, which the segmenter
 * asks for as written: "RM42m" splits, "Rm42" stays a word.  Loading only,
 * before the first segmentation (cc_vocab.h). */
static void S_mark_glued_codes(const cc_num_model *m, cc_vocab *v) {
  for (const S_ent *e = m->ents; e; e = e->hh.next) {
    size_t n = strlen(e->key);
    if ((e->roles & R_CUR) && (e->cpos & CP_GLUED))
      S_mark_glued_letter(m, v, e->key[0]);
    if (!(e->roles & R_CUR) || !(e->cpos & CP_PREFIX) || n < 2 || n > 3)
      continue;
    char w[4] = {0};
    bool letters = true;
    for (size_t k = 0; k < n; k++) {
      letters &= e->key[k] >= 'a' && e->key[k] <= 'z';
      w[k] = (char)(e->cupper ? e->key[k] - 32 : e->key[k]);
    }
    if (letters)
      cc_vocab_mark(v, cc_vocab_add(v, w, n), CC_VOCAB_CUR_PREFIX);
  }
  for (uint32_t i = 0; i < m->nsigns; i++) { /* "$us": segment.c splits
                                              * "$US50m" after the sign */
    char w[5] = {'$'};
    size_t n = strlen(m->signs[i].key);
    memcpy(w + 1, m->signs[i].key, n);
    cc_vocab_mark(v, cc_vocab_add(v, w, n + 1), CC_VOCAB_CUR_PREFIX);
  }
}

int cc__num_model_new(const cc_lexicon *lx, cc_num_model **out, cc_err *err) {
  *out = NULL;
  cc_num_model *m = cc_xcalloc(1, sizeof *m);
  m->mem = cc_arena_new();
  m->serial = atomic_fetch_add(&S_model_serials, 1) + 1;
  m->maxtok = 1;
  m->plurals = cc_xcalloc(16, sizeof *m->plurals);
  for (size_t i = 0; i < sizeof S_tables / sizeof S_tables[0]; i++)
    if (S_load(m, lx, &S_tables[i], err) != 0) {
      cc__num_model_free(&m);
      return -1;
    }
  for (S_ent *e = m->ents; e; e = e->hh.next) {
    bool joiner = e->nkind == NK_AND || e->nkind == NK_OF ||
                  e->nkind == NK_POINT || e->nkind == NK_PRON ||
                  e->nkind == NK_PRONPRE;
    if (((e->roles & R_NUM) && !joiner) ||
        (e->roles & (R_VAGUE | R_PLURAL | R_FRAC | R_ORD | R_SCALE)))
      e->roles |= R_CSTART;
  }
  for (S_first *f = m->starts; f; f = f->hh.next) {
    S_ent *e = NULL;
    S_first *p = NULL;
    size_t kl = strlen(f->key);
    unsigned hv; /* (the two tables hash alike: hashed once) */
    HASH_VALUE(f->key, kl, hv);
    HASH_FIND_BYHASHVALUE(hh, m->ents, f->key, kl, hv, e);
    HASH_FIND_BYHASHVALUE(hh, m->prefixes, f->key, kl, hv, p);
    f->ent = e;
    f->prefix = p != NULL;
  }
  for (S_first *f = m->starts; f; f = f->hh.next) { /* maxlen is known now */
    f->own = f->ent && f->ent->roles && strlen(f->key) <= m->maxlen &&
             strlen(f->key) + 1 <= 256;
    f->ent_roles = f->ent ? f->ent->roles : 0; /* (the roles are final) */
    f->own_roles = f->own ? f->ent_roles : 0;
  }
  S_next_lists(m);
  S_list_bits(m);
  for (S_first *f = m->starts; f; f = f->hh.next)
    m->digit_starts |= f->key[0] >= '0' && f->key[0] <= '9';
  for (S_ent *e = m->ents; e; e = e->hh.next) {
    char first[256];
    S_first *f = NULL;
    S_first_token(e->key, first, sizeof first);
    HASH_FIND_STR(m->starts, first, f);
    if (f)
      f->roles_all |= e->roles;
  }
  m->wf_firsts = cc_xcalloc(1, sizeof *m->wf_firsts);
  m->wf_starts = cc_xcalloc(1, sizeof *m->wf_starts);
  for (S_first *f = m->firsts; f; f = f->hh.next)
    cc_wf_add(m->wf_firsts, f->key, strlen(f->key));
  for (S_first *f = m->starts; f; f = f->hh.next)
    cc_wf_add(m->wf_starts, f->key, strlen(f->key));
  m->wf_ents = cc_xcalloc(1, sizeof *m->wf_ents);
  m->wf_prefixes = cc_xcalloc(1, sizeof *m->wf_prefixes);
  for (S_ent *e = m->ents; e; e = e->hh.next)
    cc_wf_add(m->wf_ents, e->key, strlen(e->key));
  for (S_first *f = m->prefixes; f; f = f->hh.next)
    cc_wf_add(m->wf_prefixes, f->key, f->hh.keylen);
  S_mark_glued_codes(m, cc_lexicon_vocab(lx));
  *out = m;
  return 0;
}

void cc__num_model_free(cc_num_model **mp) {
  if (!mp || !*mp)
    return;
  cc_num_model *m = *mp;
  cc_xfree(m->noshare);
  /* each table's buckets (HASH_CLEAR leaves the entries alone), then the
   * entries with the arena */
  HASH_CLEAR(hh, m->ents);
  HASH_CLEAR(hh, m->firsts);
  HASH_CLEAR(hh, m->starts);
  HASH_CLEAR(hh, m->prefixes);
  cc_arena_free(&m->mem);
  cc_xfree(m->plurals);
  cc_xfree(m->wf_firsts);
  cc_xfree(m->wf_starts);
  cc_xfree(m->wf_ents);
  cc_xfree(m->wf_prefixes);
  cc_xfree(m);
  *mp = NULL;
}

/* ---- token helpers ------------------------------------------------------- */

static const cc_token *S_t(const cc_segmented *seg, uint32_t k) {
  return &seg->tokens[k];
}

static bool S_attached(const cc_token *t) {
  return !(t->flags & CC_TF_SPACE_BEFORE);
}

static bool S_hyphen(const cc_token *t) {
  return t->kind == CC_TOK_PUNCT && t->norm_len == 1 && t->norm[0] == '-';
}

/* An attached hyphen joining two attached tokens: "twenty-six". */
static bool S_joining_hyphen(const cc_segmented *seg, uint32_t k,
                             uint32_t end) {
  return k + 1 < end && S_hyphen(S_t(seg, k)) && S_attached(S_t(seg, k)) &&
         S_attached(S_t(seg, k + 1));
}

/* What the driver read of token k (NULL: ask the tables). */
static inline const cc_tok_words *S_read(const cc_num_model *m, uint32_t k) {
  const struct cc_num_mcache *mc = m->mc;
  if (!mc || k - mc->wbase >= mc->wn) /* (k < wbase wraps) */
    return NULL;
  const cc_tok_words *w = mc->words[k - mc->wbase];
  return w->known ? w : NULL;
}

static const S_ent *S_tok(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t k) {
  const cc_tok_words *w = S_read(m, k);
  if (w)
    return w->nk;
  const cc_token *t = S_t(seg, k);
  return cc__num_key_find(m, t->norm, t->norm_len);
}

static bool S_tok_nkind(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t k, uint32_t end, int kind) {
  if (k >= end)
    return false;
  const S_ent *e = S_tok(m, seg, k);
  return e && (e->roles & R_NUM) && e->nkind == kind;
}

/* cc_wf_may with the word's cc_wf_hash already made. */
static inline bool S_wf_has(const cc_wfilter *f, uint32_t h) {
  return (f->bits[h >> 6] >> (h & 63u)) & 1u;
}

#ifdef CC_RECOG_CHECK_INERT
/* S_next_may's "no" checked by the tables: token a's word, a space and
 * token b's are neither a key nor a key's prefix. */
static void S_next_check(const cc_num_model *m, const cc_token *a,
                         const cc_token *b) {
  char buf[512];
  size_t n = a->norm_len + 1 + b->norm_len;
  if (n > sizeof buf)
    return;
  memcpy(buf, a->norm, a->norm_len);
  buf[a->norm_len] = ' ';
  memcpy(buf + a->norm_len + 1, b->norm, b->norm_len);
  S_ent *e = NULL;
  S_first *p = NULL;
  HASH_FIND(hh, m->ents, buf, n, e);
  HASH_FIND(hh, m->prefixes, buf, n, p);
  if (e || p) {
    fprintf(stderr, "recog_num: \"%.*s\" goes on, S_next_may said no\n",
            (int)n, buf);
    abort();
  }
}
#endif

/* A key may begin with st's key, a space and the n bytes of w (a token's
 * word): false when no key longer than st's own that begins with st's
 * key and a space goes on with w (none of st->nextw begins with w), so
 * that neither the joined words nor any longer run of tokens is a key
 * or a key's prefix (S_match_all stops there).  A few compares of
 * short strings instead of joining the words and hashing them twice. */
static inline bool S_next_may(const S_first *st, const char *w,
                              size_t n) {
  if (st->nnext == S_NEXT_ALL || !n)
    return true;
  unsigned char b = (unsigned char)w[0];
  if (!((st->nextb[b >> 6] >> (b & 63)) & 1))
    return false;
  for (uint32_t t = 0; t < st->nnext; t++) {
    const char *v = st->nextw[t];
    if (st->nextn[t] < n || v[0] != w[0])
      continue;
    size_t q = 1; /* short words: a loop, not a call */
    while (q < n && v[q] == w[q])
      q++;
    if (q == n)
      return true;
  }
  return false;
}

/* S_match_all reads no key longer than st's own at token k (< end - 1),
 * the next token a separate word (no hyphen, not attached) that
 * S_next_may lets on: no key is st's key, a space and that word ("on
 * the": no rest in st->nextw is the word in full), and either no third
 * token is read (the sentence's end or st->maxtok) or the third is
 * separate too and no rest goes on with the word, a space and the third
 * word (byte prefixes included, as the prefixes table holds them): "on
 * the harbour" ("the order of" is the rest of "on").  Then the join of
 * the three tokens is neither a key nor a key's prefix and the read ends
 * there.  Most "on the", "of the" and "in the" end here instead of two
 * joins hashed twice.  Out of line: its caller, S_short_keys, stays
 * small where S_next_may refuses (most words). */
__attribute__((noinline)) static bool
S_third_none(const S_first *st, const cc_segmented *seg, uint32_t k,
             uint32_t end) {
  if (st->nnext == S_NEXT_ALL)
    return false;
  const cc_token *a = S_t(seg, k + 1);
  const char *w = a->norm;
  size_t n = a->norm_len;
  if (!n || w[n - 1] == ' ')
    return false;
  const cc_token *b = NULL;
  if (k + 2 < end && st->maxtok >= 3) {
    b = S_t(seg, k + 2);
    if (S_hyphen(b) || S_attached(b) || !b->norm_len)
      return false;
  }
  for (uint32_t t = 0; t < st->nnext; t++) {
    const char *v = st->nextw[t];
    size_t vn = st->nextn[t];
    if (vn < n || v[0] != w[0])
      continue;
    size_t q = 1; /* short words: a loop, not a call (as S_next_may) */
    while (q < n && v[q] == w[q])
      q++;
    if (q < n)
      continue;
    if (vn == n)
      return false; /* st's key and the word are a key */
    if (b && v[n] == ' ' && vn >= n + 1 + b->norm_len &&
        v[n + 1] == b->norm[0] && /* (most differ there: no call) */
        !memcmp(v + n + 1, b->norm, b->norm_len))
      return false; /* a key may go on with the third word */
  }
  return true;
}

/* Every key starting at token k, shortest first, into e[] / after[] (at
 * most cap; returns how many, or -1 when there were more).  Hyphens read
 * as spaces, attached tokens join without one. */
static int S_match_all(const cc_num_model *m, const cc_segmented *seg,
                       uint32_t k, uint32_t end, const S_ent **es,
                       uint32_t *after, int cap) {
  char buf[256];
  size_t len = 0;
  int n = 0;
  const cc_token *t0 = S_t(seg, k);
  const cc_tok_words *w = S_read(m, k);
  const S_first *st =
      w ? w->ns : cc__num_start_find(m, t0->norm, t0->norm_len);
  if (!st)
    return 0; /* no key starts with this token */
  /* token k's bytes are copied into buf only when a longer key is read:
   * st answers for token k alone */
  bool pending = false;
  bool sp = false; /* buf ends with a space (len > 0) */
  for (uint32_t j = k; j < end && j - k < st->maxtok; j++) {
    const cc_token *t = S_t(seg, j);
    bool hy = S_hyphen(t);
    if (j > k && (hy || !S_attached(t)) && len && !sp) {
      buf[len++] = ' ';
      sp = true;
    }
    if (hy)
      continue;
    if (j > k && sp && len == (size_t)t0->norm_len + 1 &&
        !S_next_may(st, t->norm, t->norm_len)) {
#ifdef CC_RECOG_CHECK_INERT /* the joined words are no key, no prefix */
      S_next_check(m, t0, t);
#endif
      break; /* buf is token k's word and a space: no key goes on */
    }
    if (pending) {
      memcpy(buf, t0->norm, t0->norm_len);
      pending = false;
    }
    if (len + t->norm_len > m->maxlen || len + t->norm_len + 1 > sizeof buf)
      break;
    if (j == k)
      pending = true;
    else
      memcpy(buf + len, t->norm, t->norm_len);
    len += t->norm_len;
    if (t->norm_len)
      sp = t->norm[t->norm_len - 1] == ' ';
    const S_ent *e = NULL;
    bool more;
    if (j == k) { /* buf is token k alone: st knows */
      e = st->ent;
      more = st->prefix;
    } else { /* both tables and both filters hash buf the same way:
              * each hash is computed once */
      uint32_t wh = cc_wf_hash(buf, len), hv = 0;
      bool hashed = false;
      S_ent *x = NULL;
      if (!m->wf_ents || S_wf_has(m->wf_ents, wh)) {
        HASH_VALUE(buf, len, hv);
        hashed = true;
        HASH_FIND_BYHASHVALUE(hh, m->ents, buf, len, hv, x);
      }
      e = x;
      S_first *p = NULL;
      if (!m->wf_prefixes || S_wf_has(m->wf_prefixes, wh)) {
        if (!hashed)
          HASH_VALUE(buf, len, hv);
        HASH_FIND_BYHASHVALUE(hh, m->prefixes, buf, len, hv, p);
      }
      more = p != NULL;
    }
    if (e && e->roles) {
      if (n == cap)
        return -1;
      es[n] = e;
      after[n++] = j + 1;
    }
    if (!more)
      break; /* no longer key starts with these words */
  }
  return n;
}

/* S_match without the cache. */
static const S_ent *S_match_run(const cc_num_model *m, const cc_segmented *seg,
                                uint32_t k, uint32_t end, uint32_t mask,
                                uint32_t *after) {
  char buf[256];
  size_t len = 0;
  const S_ent *best = NULL;
  const cc_token *t0 = S_t(seg, k);
  S_first *st = NULL;
  if (!m->wf_starts || cc_wf_may(m->wf_starts, t0->norm, t0->norm_len))
    HASH_FIND(hh, m->starts, t0->norm, t0->norm_len, st);
  if (!st)
    return NULL; /* no key starts with this token */
  for (uint32_t j = k; j < end && j - k < st->maxtok; j++) {
    const cc_token *t = S_t(seg, j);
    bool hy = S_hyphen(t);
    if (j > k && (hy || !S_attached(t)) && len && buf[len - 1] != ' ')
      buf[len++] = ' ';
    if (hy)
      continue;
    if (len + t->norm_len > m->maxlen || len + t->norm_len + 1 > sizeof buf)
      break;
    memcpy(buf + len, t->norm, t->norm_len);
    len += t->norm_len;
    S_ent *e = NULL;
    if (!m->wf_ents || cc_wf_may(m->wf_ents, buf, len))
      HASH_FIND(hh, m->ents, buf, len, e);
    if (e && (e->roles & mask)) {
      best = e;
      *after = j + 1;
    }
    S_first *p = NULL;
    if (!m->wf_prefixes || cc_wf_may(m->wf_prefixes, buf, len))
      HASH_FIND(hh, m->prefixes, buf, len, p);
    if (!p)
      break; /* no longer key starts with these words */
  }
  return best;
}

/* No key longer than st's own can be read at token k (< end), a token of
 * st's key: S_match_all reads token k's own entry (st->ent), then, when
 * st->prefix and a next token is in reach (st->maxtok), the token after
 * a space when it is separate (no hyphen, not attached), which
 * S_next_may refuses exactly (st's key, the token's word, has no space:
 * S_first_token).  Then S_match_all's answer is the own entry alone (a
 * key of no more than maxlen bytes): kept in mc's slot for k (mc NULL:
 * none), as S_match_miss would keep it.  Out of line: asked where a key
 * may begin ("of", "on", "in", "at", "as": "on the order of", "at
 * least"), and most such words are not followed by one. */
__attribute__((noinline)) static bool
S_short_keys(const cc_num_model *m, struct cc_num_mcache *mc,
             const cc_segmented *seg, uint32_t k, uint32_t end,
             const S_first *st) {
  if (st->prefix && k + 1 < end && st->maxtok >= 2) {
    const cc_token *n = S_t(seg, k + 1);
    if (S_hyphen(n) || S_attached(n))
      return false; /* S_match_all reads on */
    /* S_next_may from the driver's reading of the word when there is
     * one (cc__num_word_read: its mask, made at load) */
    const cc_tok_words *nw =
        mc && k + 1 - mc->wbase < mc->wn ? mc->words[k + 1 - mc->wbase] : NULL;
    uint64_t xm = nw && nw->known ? nw->nextm : CC_NEXT_ASK;
    bool may = cc__num_next_known(xm) ? (xm >> st->list) & 1
                                      : S_next_may(st, n->norm, n->norm_len);
#ifdef CC_RECOG_CHECK_INERT
    if (may != S_next_may(st, n->norm, n->norm_len)) {
      fprintf(stderr, "recog_num: the mask of \"%s\" after \"%s\" differs\n",
              n->norm, S_t(seg, k)->norm);
      abort();
    }
#endif
    if (may) {
      if (!S_third_none(st, seg, k, end))
        return false; /* S_match_all reads on */
#ifdef CC_RECOG_CHECK_INERT /* S_match_all finds the own entry alone */
      const S_ent *es[S_MC_MAX];
      uint32_t af[S_MC_MAX];
      int x = S_match_all(m, seg, k, end, es, af, S_MC_MAX);
      if (x != (st->own ? 1 : 0) || (x && es[0] != st->ent)) {
        fprintf(stderr, "recog_num: keys at \"%s %s\", S_third_none said no\n",
                S_t(seg, k)->norm, n->norm);
        abort();
      }
#endif
    } else {
#ifdef CC_RECOG_CHECK_INERT /* the joined words are no key, no prefix */
      S_next_check(m, S_t(seg, k), n);
#endif
    }
  }
  (void)m;
  if (mc) {
    S_mslot *s = &mc->s[k & (S_MC_TOKS - 1)];
    s->gen = mc->gen;
    s->k = k;
    s->end = end;
    s->n = st->own; /* token k's word is st's key */
    s->roles = st->own_roles;
    s->pn = NULL;
    s->e[0] = st->ent;
    s->after[0] = k + 1;
#ifdef CC_RECOG_CHECK_INERT /* the keys S_match_all reads there */
    const S_ent *es[S_MC_MAX];
    uint32_t af[S_MC_MAX];
    int n = S_match_all(m, seg, k, end, es, af, S_MC_MAX);
    if (n != s->n || (n && (es[0] != s->e[0] || af[0] != s->after[0]))) {
      fprintf(stderr, "recog_num: other keys at \"%s\"\n", S_t(seg, k)->norm);
      abort();
    }
#endif
  }
  return true;
}

/* S_match when the cache has no answer for k: read the keys, keep them.
 * Out of line (S_match is inline at each of its many callers, this is
 * their cold path). */
__attribute__((noinline)) static const S_ent *S_match_miss(const cc_num_model *m,
                                 const cc_segmented *seg, uint32_t k,
                                 uint32_t end, uint32_t mask,
                                 uint32_t *after) {
  /* the keys are read into the cache's slot for k (or, with no cache,
   * onto the stack) */
  const S_ent *es_own[S_MC_MAX];
  uint32_t af_own[S_MC_MAX];
  S_mslot *s = m->mc ? &m->mc->s[k & (S_MC_TOKS - 1)] : NULL;
  const S_ent **es = s ? s->e : es_own;
  uint32_t *af = s ? s->after : af_own;
  int n = S_match_all(m, seg, k, end, es, af, S_MC_MAX);
  if (s) {
    s->gen = m->mc->gen;
    s->k = k;
    s->end = end;
    s->n = n;
    s->roles = 0;
    s->pn = NULL;
    for (int t = 0; t < n; t++)
      s->roles |= es[t]->roles;
  }
  if (n < 0) /* too many keys to keep */
    return S_match_run(m, seg, k, end, mask, after);
  for (int t = n; t-- > 0;)
    if (es[t]->roles & mask) {
      *after = af[t];
      return es[t];
    }
  return NULL;
}

/* Longest key with a role in mask starting at token k; *after is the token
 * after it (untouched when none).  A parse asks at the same token for
 * several roles: the cached answer is read inline, the rest out of line. */
static inline const S_ent *S_match(const cc_num_model *m,
                                   const cc_segmented *seg, uint32_t k,
                                   uint32_t end, uint32_t mask,
                                   uint32_t *after) {
  if (k >= end || S_hyphen(S_t(seg, k)))
    return NULL;
  const S_mslot *s = m->mc ? &m->mc->s[k & (S_MC_TOKS - 1)] : NULL;
  if (!s || s->gen != m->mc->gen || s->k != k || s->end != end || s->n < 0) {
    /* no key starts with token k's word (S_match_all's first test, from
     * the driver's reading): no call, nothing to keep */
    const cc_tok_words *w = S_read(m, k);
    if (w && !w->ns)
      return NULL;
    return S_match_miss(m, seg, k, end, mask, after);
  }
  if (!(s->roles & mask))
    return NULL;
  for (int t = s->n; t-- > 0;)
    if (s->e[t]->roles & mask) {
      *after = s->after[t];
      return s->e[t];
    }
  return NULL;
}

/* Do the tokens at k spell the canonical string s (a range closer)? */
static bool S_match_str(const cc_segmented *seg, uint32_t k, uint32_t end,
                        const char *s, uint32_t *after) {
  char buf[256];
  size_t len = 0, n = strlen(s);
  if (k >= end || n >= sizeof buf || S_hyphen(S_t(seg, k)))
    return false;
  for (uint32_t j = k; j < end; j++) {
    const cc_token *t = S_t(seg, j);
    bool hy = S_hyphen(t);
    if (j > k && (hy || !S_attached(t)) && len && buf[len - 1] != ' ')
      buf[len++] = ' ';
    if (hy)
      continue;
    if (len + t->norm_len > n)
      return false;
    memcpy(buf + len, t->norm, t->norm_len);
    len += t->norm_len;
    if (len == n) {
      *after = j + 1;
      return memcmp(buf, s, n) == 0;
    }
  }
  return false;
}

/* ---- numbers in digits --------------------------------------------------- */

typedef struct S_dig {
  double v;
  const char *suf; /* letter suffix ("m", "nd"), not NUL-terminated */
  size_t suflen;
  bool pct;  /* trailing '%' */
  bool pure; /* digits only */
  size_t ndig;
} S_dig;

static bool S_isdigit(char c) { return c >= '0' && c <= '9'; }

/* strtod of tmp (tl bytes: digits, at most one '.' between digits).  Up
 * to 15 digits the digits are an exact integer m and the answer m or
 * m / 10^f (f < 15, exact too): one rounding, as strtod's correctly
 * rounded result (about 470 instructions a call in glibc, 2,600 calls a
 * megabyte).  test_recog_num compares both on many strings. */
static double S_dec_value(const char *tmp, size_t tl) {
  static const double p10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                               1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};
  if (tl > 16)
    return strtod(tmp, NULL);
  uint64_t m = 0;
  size_t nd = 0, f = 0;
  bool frac = false;
  for (size_t k = 0; k < tl; k++) {
    if (tmp[k] == '.') {
      frac = true;
      continue;
    }
    m = m * 10 + (uint64_t)(tmp[k] - '0');
    nd++;
    f += frac;
  }
  if (nd > 15)
    return strtod(tmp, NULL);
  return f ? (double)m / p10[f] : (double)m;
}

/* The end of a whole number grouped the Indian way at s (one or two
 * digits, groups of two, a last group of three: "12,34,567",
 * "1,00,000"), else 0.  No other grouping has a group of two. */
static size_t S_indian_groups(const char *s, size_t n) {
  size_t i = 0, g = 0, twos = 0;
  while (i < n && S_isdigit(s[i]))
    i++;
  if (i == 0 || i > 2)
    return 0;
  while (i + 1 < n && s[i] == ',' && S_isdigit(s[i + 1])) {
    g = 0;
    for (i++; i < n && S_isdigit(s[i]); i++)
      g++;
    if (g == 2)
      twos++;
    else if (g == 3)
      return twos && !(i + 1 < n && s[i] == ',' && S_isdigit(s[i + 1])) ? i
                                                                        : 0;
    else
      return 0;
  }
  return 0;
}

/* "1,500" "7.2" "7.2m" "25%" "2nd": digits, comma groups of three, one
 * decimal part, a letter suffix and a '%'.  Times, dates and fractions
 * ("19:30", "1/2", "1.2.3") are not numbers here. */
static bool S_digits(const cc_token *t, S_dig *d) {
  const char *s = t->norm;
  size_t n = t->norm_len, i = 0, tl = 0, g = 0;
  char tmp[64];
  memset(d, 0, sizeof *d);
  while (i < n && S_isdigit(s[i]) && tl < 60) {
    tmp[tl++] = s[i++];
    g++;
  }
  if (g == 0)
    return false;
  bool comma = false;
  size_t ie = S_indian_groups(s, n);
  if (ie) { /* "12,34,567": lakh grouping */
    for (; i < ie && tl < 60; i++)
      if (s[i] != ',')
        tmp[tl++] = s[i];
    comma = true;
  }
  while (!ie && i + 1 < n && s[i] == ',' && S_isdigit(s[i + 1])) {
    if (!comma && g > 3)
      return false;
    comma = true;
    i++;
    g = 0;
    while (i < n && S_isdigit(s[i]) && tl < 60) {
      tmp[tl++] = s[i++];
      g++;
    }
    if (g != 3)
      return false;
  }
  d->ndig = tl;
  if (i + 1 < n && s[i] == '.' && S_isdigit(s[i + 1])) {
    tmp[tl++] = s[i++];
    while (i < n && S_isdigit(s[i]) && tl < 62)
      tmp[tl++] = s[i++];
  }
  if (i < n && strchr(".,:/", s[i]))
    return false;
  d->pure = i == n && !comma && tl == d->ndig;
  size_t sb = i;
  while (i < n && s[i] >= 'a' && s[i] <= 'z')
    i++;
  d->suf = s + sb;
  d->suflen = i - sb;
  if (i < n && s[i] == '%') {
    d->pct = true;
    i++;
  }
  if (i != n)
    return false;
  tmp[tl] = '\0';
  d->v = S_dec_value(tmp, tl);
  return true;
}

/* ---- the core: one number ------------------------------------------------ */

static void S_core_point(S_core *c, double v, uint32_t e) {
  c->v = c->lo = c->hi = v;
  c->e = e;
}

static bool S_and_frac(const cc_num_model *m, const cc_segmented *seg,
                       uint32_t j, uint32_t end, double *frac,
                       uint32_t *after);

/* "a billion and a half", "a dozen and a half": a fraction of the last
 * scale word, unit, after core c (not "and a half-dozen", "and a half of
 * it"). */
static void S_half_after(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t end, double unit, S_core *c) {
  double fr;
  uint32_t a;
  if (unit > 1 && c->lo == c->hi && S_and_frac(m, seg, c->e, end, &fr, &a) &&
      !S_joining_hyphen(seg, a, end) && !S_tok_nkind(m, seg, a, end, NK_OF)) {
    S_core_point(c, c->v + fr * unit, a);
    c->np |= CC_NP_FRACTION;
  }
}

/* An "after" scale word at token k ("grand", "score") ends the words of
 * an amount: the sentence ends, a mark or digits follow, or a function
 * word ("5 grand a month", "50 grand in cash", "four score and seven").
 * Before another word it is the adjective or the noun: "two grand slams",
 * "three grand tours", "four score goals". */
static bool S_after_scale_ends(const cc_segmented *seg, uint32_t k,
                               uint32_t end) {
  static const char *const fw[] = {
      "a",    "an",   "the",  "and",  "or",   "but",  "to",   "in",
      "on",   "of",   "for",  "from", "at",   "by",   "with", "per",
      "each", "apiece", "worth", "more", "less", "off", "up", "down",
      "into", "plus", "last", "this", "that", "then", "now", "is",
      "was",  "are",  "were", "be",   "been", "it",   "he",   "she",
      "they", "we",   "you",  "i",    "his",  "her",  "their", "its",
      "my",   "our",  "your", "if",   "so",   "just", "back", "when",
      NULL};
  if (k + 1 >= end)
    return true;
  const cc_token *n = S_t(seg, k + 1);
  if (n->kind != CC_TOK_WORD)
    return true;
  for (const char *const *w = fw; *w; w++)
    if (n->norm_len == strlen(*w) && !memcmp(n->norm, *w, n->norm_len))
      return true;
  return false;
}

static bool S_cur_suffix_at(const cc_num_model *m, const cc_segmented *seg,
                            uint32_t k, uint32_t end);

/* A lower-case "k" as its own word after digits is a thousand ("2.33 k",
 * "a 10 k bonus") where the amount ends there or a currency follows;
 * not an upper-case "K" (a grade, a kelvin), nor before more digits. */
static bool S_sep_k(const cc_num_model *m, const cc_segmented *seg,
                    uint32_t k, uint32_t end, double last) {
  const cc_token *t = S_t(seg, k);
  if (last || k == 0 || t->norm_len != 1 || t->norm[0] != 'k' ||
      t->kind != CC_TOK_WORD || (t->flags & CC_TF_CAP) ||
      !(t->flags & CC_TF_SPACE_BEFORE) || S_t(seg, k - 1)->kind != CC_TOK_NUM)
    return false;
  if (k + 1 < end && S_t(seg, k + 1)->kind == CC_TOK_NUM)
    return false;
  return S_after_scale_ends(seg, k, end) || S_cur_suffix_at(m, seg, k + 1, end);
}

/* Scale words after a number: "7.2 million", "5 hundred thousand",
 * "two dozen".  abbrev: a bare abbreviation may follow ("$5 m"). */
static void S_scales(const cc_num_model *m, const cc_segmented *seg,
                     uint32_t end, bool abbrev, S_core *c) {
  double last = 0;
  if (S_joining_hyphen(seg, c->e, end)) { /* "a $5-million deal" */
    const S_ent *h = S_tok(m, seg, c->e + 1);
    if (!(h && (h->roles & R_SCALE) && h->skind == SK_WORD))
      return;
    c->e++;
  }
  for (int n = 0; n < 3 && c->e < end; n++) {
    const S_ent *e = S_tok(m, seg, c->e);
    if (e && (e->roles & R_PLURAL) && !(e->roles & R_SCALE) &&
        e->pl_scale > last && c->v >= 1 && c->v < 1000 &&
        !(c->np & CC_NP_VAGUE)) {
      /* "three billions", "2 dozens": a plural scale after a count (not
       * after a year: "in 2019 thousands marched") */
      c->v *= e->pl_scale;
      c->lo *= e->pl_scale;
      c->hi *= e->pl_scale;
      c->scale *= e->pl_scale;
      c->e++;
      break;
    }
    if (!e || !(e->roles & R_SCALE) ||
        (e->skind == SK_ABBREV && !abbrev &&
         !(e->sval == 1000 && S_sep_k(m, seg, c->e, end, last))))
      break;
    if (e->skind == SK_AFTER && (S_t(seg, c->e)->flags & CC_TF_CAP))
      break; /* "three Grand Slams": a name, not "3 grand" */
    if (e->skind == SK_AFTER && !S_after_scale_ends(seg, c->e, end))
      break;
    if (last && e->sval <= last)
      break;
    last = e->sval;
    c->v *= e->sval;
    c->lo *= e->sval;
    c->hi *= e->sval;
    c->scale *= e->sval;
    c->e++;
  }
  S_half_after(m, seg, end, last, c);
}

/* "[-]and[-]a[-]half", or a count of two to nine of a plural fraction
 * below one, "and three quarters", "and two-thirds": a fraction added to
 * a whole number.  A counted one is not read before "of" ("one and three
 * quarters of the seats" may be a list).  The singular is the form
 * before a noun when hyphened to its count ("one and three-quarter
 * hours"), and after "one" ("two and one-half percent", "one and one
 * third"). */
static bool S_and_frac(const cc_num_model *m, const cc_segmented *seg,
                       uint32_t j, uint32_t end, double *frac,
                       uint32_t *after) {
  if (S_joining_hyphen(seg, j, end))
    j++;
  if (!S_tok_nkind(m, seg, j, end, NK_AND))
    return false;
  j++;
  if (S_joining_hyphen(seg, j, end))
    j++;
  const S_ent *n = j < end ? S_tok(m, seg, j) : NULL;
  if (!n || !(n->roles & R_NUM))
    return false;
  double count = 0; /* 0: the article */
  if (n->nkind == NK_UNIT && n->nval >= 1 && n->nval <= 9 &&
      S_t(seg, j)->kind == CC_TOK_WORD)
    count = n->nval;
  else if (n->nkind != NK_ARTICLE)
    return false;
  j++;
  bool joined = S_joining_hyphen(seg, j, end);
  if (joined)
    j++;
  const S_ent *f = j < end ? S_tok(m, seg, j) : NULL;
  if (!f || !(f->roles & R_FRAC) || f->fsym)
    return false;
  if (count >= 1) {
    const cc_token *t = S_t(seg, j);
    bool plural = t->norm[t->norm_len - 1] == 's';
    if (count == 1 ? plural : (f->falone || (!plural && !joined)))
      return false;
    if (count * f->fnum >= f->fden || S_tok_nkind(m, seg, j + 1, end, NK_OF))
      return false;
    if (!plural && S_joining_hyphen(seg, j + 1, end))
      return false; /* a compound: "one and one quarter-final" */
  } else {
    count = 1;
  }
  *frac = count * f->fnum / f->fden;
  *after = j + 1;
  return true;
}

/* A fraction times a scale: "half a million", "a quarter of a million",
 * "a half million", "half a dozen", "a half-billion-dollar deal". */
static void S_frac_scale(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t end, S_core *c) {
  uint32_t j = c->e;
  if (S_joining_hyphen(seg, j, end)) {
    j++;
  } else {
    if (S_tok_nkind(m, seg, j, end, NK_OF))
      j++;
    if (S_tok_nkind(m, seg, j, end, NK_ARTICLE))
      j++;
    else if (j != c->e)
      return; /* "of" without an article: "half of the" */
  }
  const S_ent *s = j < end ? S_tok(m, seg, j) : NULL;
  if (!s || !(s->roles & R_SCALE) || s->skind != SK_WORD)
    return;
  S_core_point(c, c->v * s->sval, j + 1);
  c->scale = s->sval;
}

/* "point five", "point seventy-seven": decimals in words. */
static void S_point(const cc_num_model *m, const cc_segmented *seg,
                    uint32_t end, S_core *c) {
  if (!S_tok_nkind(m, seg, c->e, end, NK_POINT))
    return;
  char digits[32] = "0.";
  size_t nd = 2;
  uint32_t j = c->e + 1;
  while (j < end && nd + 3 < sizeof digits) {
    const S_ent *e = S_tok(m, seg, j);
    if (!e || !(e->roles & R_NUM) || e->nkind < NK_UNIT || e->nkind > NK_TENS)
      break;
    int v = (int)e->nval;
    j++;
    if (e->nkind == NK_TENS && S_joining_hyphen(seg, j, end) &&
        S_tok_nkind(m, seg, j + 1, end, NK_UNIT)) {
      v += (int)S_tok(m, seg, j + 1)->nval;
      j += 2;
    }
    nd += (size_t)snprintf(digits + nd, sizeof digits - nd,
                           e->nkind == NK_UNIT ? "%d" : "%02d", v);
  }
  if (nd == 2)
    return;
  S_core_point(c, c->v + strtod(digits, NULL), j);
}

/* Spelled-out cardinals and ordinals:
 *   words := group (["and"] group)*   group := unit|teen|tens[-unit]|scale
 * checked so that "five six" or "two hundred three hundred" stop early. */
enum { L_NONE, L_UNIT, L_TEEN, L_TENS, L_HUND, L_LARGE };

typedef struct S_wp {
  double total, cur, last_large;
  double tail; /* the scale word that ends the number: "seven million" */
  int last;
  bool ord;
  uint32_t e;
} S_wp;

static bool S_wstep(S_wp *w, int kind, double val) {
  int l = w->last;
  switch (kind) {
  case L_UNIT:
    if (l == L_UNIT || l == L_TEEN)
      return false;
    w->cur += val;
    w->tail = 1;
    break;
  case L_TEEN:
  case L_TENS:
    if (l == L_UNIT || l == L_TEEN || l == L_TENS)
      return false;
    w->cur += val;
    w->tail = 1;
    break;
  case L_HUND:
    if (l == L_NONE)
      w->cur = 1;
    else if (!((l == L_UNIT || l == L_TEEN || l == L_TENS) && w->cur < 100))
      return false;
    w->cur *= val;
    w->tail = val;
    break;
  default: /* L_LARGE */
    if (l == L_LARGE || (w->last_large && val >= w->last_large))
      return false;
    w->total += (l == L_NONE ? 1 : w->cur) * val;
    w->cur = 0;
    w->last_large = w->tail = val;
    break;
  }
  w->last = kind;
  return true;
}

/* The grammar class of the word at k, or L_NONE. */
static int S_wkind(const S_ent *e, double *val, bool *ord) {
  *ord = false;
  if (!e)
    return L_NONE;
  if ((e->roles & R_NUM) && e->nkind >= NK_UNIT && e->nkind <= NK_TENS) {
    *val = e->nval;
    return e->nkind == NK_UNIT ? L_UNIT : e->nkind == NK_TEEN ? L_TEEN : L_TENS;
  }
  if ((e->roles & R_SCALE) && e->skind == SK_WORD) {
    *val = e->sval;
    return e->sval < 1000 ? L_HUND : L_LARGE;
  }
  if ((e->roles & R_ORD) && e->okind >= OK_UNIT && e->okind <= OK_SCALE) {
    *val = e->oval;
    *ord = true;
    if (e->okind == OK_SCALE)
      return e->oval < 1000 ? L_HUND : L_LARGE;
    return e->okind == OK_UNIT ? L_UNIT : e->okind == OK_TEEN ? L_TEEN : L_TENS;
  }
  return L_NONE;
}

/* Token k is a unit word ("two", "second"). */
static bool S_wp_unit_at(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t k) {
  double v;
  bool o;
  return S_wkind(S_tok(m, seg, k), &v, &o) == L_UNIT;
}

static bool S_words(const cc_num_model *m, const cc_segmented *seg, uint32_t k,
                    uint32_t end, bool no_and, S_wp *w) {
  uint32_t j = k;
  bool any = false;
  while (j < end) {
    uint32_t at = j;
    if (any && S_joining_hyphen(seg, j, end))
      at = j + 1;
    else if (any && w->last == L_TENS && j + 1 < end &&
             S_hyphen(S_t(seg, j)) && !S_attached(S_t(seg, j)) &&
             !S_attached(S_t(seg, j + 1)) && S_wp_unit_at(m, seg, j + 1))
      at = j + 1; /* "fifty - two": a spaced hyphen, tens then a unit */
    else if (any && S_tok_nkind(m, seg, j, end, NK_AND)) {
      if (no_and || !(w->last == L_HUND || w->last == L_LARGE))
        break;
      at = j + 1;
    }
    if (at >= end)
      break;
    double val = 0;
    bool ord;
    const S_ent *we = S_tok(m, seg, at);
    int kind = S_wkind(we, &val, &ord);
    if (kind == L_NONE && any && we && (we->roles & R_SCALE) &&
        we->skind == SK_ABBREV_SEP && we->sval >= 1000) {
      /* a scale that stands only after a number joins the words as its
       * full word does: "three crore twelve lac" (not 30000012 lac) */
      kind = L_LARGE;
      val = we->sval;
    }
    if (kind == L_NONE)
      break;
    /* "and" joins only a number below a hundred: "two hundred and five" */
    if (at != j && !S_hyphen(S_t(seg, j)) &&
        (kind == L_HUND || kind == L_LARGE))
      break;
    S_wp save = *w;
    if (!S_wstep(w, kind, val)) {
      *w = save;
      break;
    }
    any = true;
    j = at + 1;
    w->e = j;
    if (ord) {
      w->ord = true;
      break;
    }
  }
  return any;
}

/* An ordinal may carry "-largest", "-most", "-ever". */
static uint32_t S_ord_compound(const cc_num_model *m, const cc_segmented *seg,
                               uint32_t j, uint32_t end) {
  if (!S_joining_hyphen(seg, j, end))
    return j;
  const cc_token *t = S_t(seg, j + 1);
  const S_ent *e = S_tok(m, seg, j + 1);
  bool sup = t->kind == CC_TOK_WORD && t->norm_len > 4 &&
             memcmp(t->norm + t->norm_len - 3, "est", 3) == 0;
  if (sup || (e && (e->roles & R_ORD) && e->okind == OK_POST))
    return j + 2;
  return j;
}

static bool S_core_parse(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t k, uint32_t end, bool no_and, bool money,
                         S_core *c);

/* The plural scale word whose scale is v ("hundreds" for 100), or NULL. */
static const S_ent *S_plural_of(const cc_num_model *m, double v) {
  for (uint32_t i = 0; i < m->nplurals; i++)
    if (m->plurals[i]->pl_scale == v)
      return m->plurals[i];
  return NULL;
}

/* "1/2", "3/4": a proper fraction with a small denominator (2-10).  Larger
 * or improper ones ("9/11", "24/7", "4/22") are dates or names. */
static bool S_slash_frac(const cc_token *t, double *v) {
  const char *s = t->norm;
  int a = 0, b = 0, na = 0, nb = 0;
  size_t i = 0;
  while (i < t->norm_len && S_isdigit(s[i]) && na < 3)
    a = a * 10 + (s[i++] - '0'), na++;
  if (!na || i >= t->norm_len || s[i] != '/')
    return false;
  i++;
  while (i < t->norm_len && S_isdigit(s[i]) && nb < 3)
    b = b * 10 + (s[i++] - '0'), nb++;
  if (!nb || i != t->norm_len || a < 1 || b < 2 || b > 10 || a >= b)
    return false;
  *v = (double)a / b;
  return true;
}

/* "3,50", "1,5": one or two digits, a comma and one or two digits (*nd
 * of them), which no thousands separator can be; read with a decimal
 * comma.  Whether it is one is the caller's: a currency next to it and
 * two decimals ("€3,50"), or a scale word after it ("1,5 million"). */
static bool S_decimal_comma(const cc_token *t, double *v, size_t *nd) {
  const char *s = t->norm;
  size_t n = t->norm_len, i = 0;
  while (i < n && S_isdigit(s[i]))
    i++;
  if (i == 0 || i > 2 || i + 2 > n || i + 3 < n || s[i] != ',')
    return false;
  for (size_t k = i + 1; k < n; k++)
    if (!S_isdigit(s[k]))
      return false;
  *nd = n - i - 1;
  char buf[8];
  snprintf(buf, sizeof buf, "%.*s.%.*s", (int)i, s, (int)*nd, s + i + 1);
  *v = strtod(buf, NULL);
  return true;
}

/* Is the token at k (< end) a scale word: "million", "billion"? */
static bool S_scale_word_at(const cc_num_model *m, const cc_segmented *seg,
                            uint32_t k, uint32_t end) {
  const S_ent *s = k < end ? S_tok(m, seg, k) : NULL;
  return s && (s->roles & R_SCALE) && s->skind == SK_WORD;
}

/* The currency key at token k, through a nationality: "rupees", or
 * "Indian rupees" (the nationality's entry, its code, ending after the
 * word; the word's own entry for the euro).  A nationality with no
 * main-unit currency word after it is none; a word of CP_NOUN alone is
 * returned as it is, which no caller reads as a currency.  *a: the token
 * after the key. */
static const S_ent *S_cur_at(const cc_num_model *m, const cc_segmented *seg,
                             uint32_t k, uint32_t end, uint32_t *a) {
  const S_ent *c = S_match(m, seg, k, end, R_CUR, a);
  if (!c || !(c->cpos & CP_ADJ))
    return c;
  uint32_t a2;
  const S_ent *w = S_match(m, seg, *a, end, R_CUR, &a2);
  if (!w || !(w->cpos & (CP_SUFFIX | CP_NOUN)) || (w->cpos & CP_ADJ) ||
      w->cfac != 1)
    return NULL;
  *a = a2;
  /* the euro is shared: "5m Spanish euros" stays EUR, where "French
   * francs" are the French ones */
  return memcmp(w->cur, "EUR", 4) == 0 ? w : c;
}

static bool S_cur_suffix_at(const cc_num_model *m, const cc_segmented *seg,
                            uint32_t k, uint32_t end) {
  uint32_t a;
  const S_ent *c = S_cur_at(m, seg, k, end, &a);
  return c && (c->cpos & CP_SUFFIX);
}

/* The last n bytes of token t are upper-case letters in the source. */
static bool S_upper_suffix(const cc_segmented *seg, const cc_token *t,
                           size_t n) {
  if (!seg->doc || t->end - t->start < n)
    return false;
  const char *p = seg->doc->text + t->end - n;
  for (size_t k = 0; k < n; k++)
    if (p[k] < 'A' || p[k] > 'Z')
      return false;
  return true;
}

/* No letter of the source bytes [b, e) is lower case ("RM", "KSh" no). */
static bool S_upper_bytes(const cc_segmented *seg, uint32_t b, uint32_t e) {
  if (!seg->doc)
    return false;
  for (const char *p = seg->doc->text + b; p < seg->doc->text + e; p++)
    if (*p >= 'a' && *p <= 'z')
      return false;
  return true;
}

/* The one-letter code at token j was split off the digits glued to it
 * (segment.c splits it only before a scale or thousands separators,
 * "R5bn", "R1,500"): a number token starts where it ends.  "R 5bn" and
 * "R5" (one word) are no amounts. */
static bool S_glued_split(const cc_segmented *seg, uint32_t j, uint32_t end) {
  return j + 1 < end && S_t(seg, j + 1)->kind == CC_TOK_NUM &&
         S_t(seg, j + 1)->start == S_t(seg, j)->end;
}

/* No letter of the source bytes [b, e) is upper case. */
static bool S_lower_bytes(const cc_segmented *seg, uint32_t b, uint32_t e) {
  if (!seg->doc)
    return false;
  for (const char *p = seg->doc->text + b; p < seg->doc->text + e; p++)
    if (*p >= 'A' && *p <= 'Z')
      return false;
  return true;
}

/* Percent word e may be read after the number v at source bytes [b, e):
 * written in lower case when its row says so ("25bp", "75 bps"; "BP" is
 * the company), and v no larger than its row's max ("9600 bps" is a bit
 * rate). */
static bool S_pct_fits(const cc_segmented *seg, const S_ent *e, double v,
                       uint32_t b, uint32_t end) {
  return (!e->pmax || fabs(v) <= e->pmax) &&
         (!e->plower || S_lower_bytes(seg, b, end));
}

/* Is the number token ending in one letter before j a code: digits
 * attached after it ("7E7" the aircraft, "1e6"; in news a model or
 * product name far more often than a number in scientific notation)? */
static bool S_code_after(const cc_segmented *seg, uint32_t j, uint32_t end) {
  if (!(j < end && S_attached(S_t(seg, j)) && S_t(seg, j)->kind == CC_TOK_NUM))
    return false;
  /* "500m2", "40m3": square or cubic metres (recog_unit reads them), when
   * the power ends the run; "2d3" stays a name */
  const cc_token *p = S_t(seg, j), *n = S_t(seg, j - 1);
  bool power = n->norm[n->norm_len - 1] == 'm' && p->norm_len == 1 &&
               (p->norm[0] == '2' || p->norm[0] == '3') &&
               !(j + 1 < end && S_attached(S_t(seg, j + 1)) &&
                 S_t(seg, j + 1)->kind != CC_TOK_PUNCT);
  return !power;
}

/* Scientific notation after number token t, which ends in "e": a sign
 * and up to three digits glued to it, nothing glued after ("1.5e-3",
 * "12.32e+14", "1e10").  An upper-case "E" with neither a point nor a
 * sign is a code ("7E7").  *p10: ten to the power; *past: the token
 * after the power. */
static bool S_sci(const cc_segmented *seg, const cc_token *t, uint32_t j,
                  uint32_t end, double *p10, uint32_t *past) {
  bool neg = false, sign = false;
  if (j + 1 < end && S_attached(S_t(seg, j)) &&
      S_t(seg, j)->kind == CC_TOK_PUNCT && S_t(seg, j)->norm_len == 1 &&
      (S_t(seg, j)->norm[0] == '+' || S_t(seg, j)->norm[0] == '-')) {
    neg = S_t(seg, j)->norm[0] == '-';
    sign = true;
    j++;
  }
  if (!(j < end && S_attached(S_t(seg, j))))
    return false;
  const cc_token *x = S_t(seg, j);
  if (x->kind != CC_TOK_NUM || x->norm_len > 3)
    return false;
  int p = 0;
  for (size_t i = 0; i < x->norm_len; i++) {
    if (!S_isdigit(x->norm[i]))
      return false;
    p = p * 10 + (x->norm[i] - '0');
  }
  if (j + 1 < end && S_attached(S_t(seg, j + 1)) &&
      S_t(seg, j + 1)->kind != CC_TOK_PUNCT)
    return false; /* "1e10x" */
  bool upper = seg->doc->text[t->end - 1] == 'E';
  if (upper && !sign && !memchr(t->norm, '.', t->norm_len))
    return false;
  if (p > 300)
    return false;
  *p10 = pow(10.0, neg ? -p : p);
  *past = j + 1;
  return true;
}

/* Is suf, after the whole number v, an ordinal's suffix: not "st" after
 * a number whose ordinal is not "-st" ("11st", "9st": stones, "11st 4lb",
 * units.csv)?  Other slips ("2th", "May 3th") stay ordinals. */
static bool S_ord_agrees(double v, const char *suf) {
  if (strcmp(suf, "st") != 0)
    return true;
  if (v < 0 || v != floor(v) || v > 1e15)
    return false;
  unsigned long long n = (unsigned long long)v;
  return n % 10 == 1 && n % 100 != 11;
}

/* A number in digits with what may follow it. */
static bool S_core_digits(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t k, uint32_t end, bool money, S_core *c) {
  S_dig d;
  const cc_token *t = S_t(seg, k);
  double fv;
  if (S_slash_frac(t, &fv)) { /* "1/2", "3/4 of the voters" */
    S_core_point(c, fv, k + 1);
    c->np |= CC_NP_FRACTION;
    S_frac_scale(m, seg, end, c);
    return true;
  }
  size_t nd;
  if (S_decimal_comma(t, &fv, &nd)) {
    if (nd == 2 && (money || S_cur_suffix_at(m, seg, k + 1, end))) {
      S_core_point(c, fv, k + 1); /* "€3,50" */
      return true;
    }
    if (S_scale_word_at(m, seg, k + 1, end)) { /* "1,5 million" */
      S_core_point(c, fv, k + 1);
      S_scales(m, seg, end, money, c);
      return true;
    }
  }
  if (!S_digits(t, &d))
    return false;
  S_core_point(c, d.v, k + 1);
  /* "3 1/2": a whole number and a fraction */
  if (d.pure && d.ndig <= 3 && c->e < end && !S_attached(S_t(seg, c->e)) &&
      S_slash_frac(S_t(seg, c->e), &fv)) {
    S_core_point(c, d.v + fv, c->e + 1);
    c->np |= CC_NP_FRACTION;
    S_scales(m, seg, end, money, c);
    return true;
  }
  /* "1 500": a group of three digits after a space */
  if (d.pure && d.ndig <= 3) {
    S_dig g;
    for (int n = 0; n < 4 && c->e < end && !S_attached(S_t(seg, c->e)) &&
                    S_t(seg, c->e)->kind == CC_TOK_NUM &&
                    S_digits(S_t(seg, c->e), &g) && g.pure && g.ndig == 3;
         n++) {
      S_core_point(c, c->v * 1000 + g.v, c->e + 1);
      d = g;
    }
  }
  double p10;
  uint32_t pe;
  if (d.suflen == 1 && d.suf[0] == 'e' && S_sci(seg, t, c->e, end, &p10, &pe)) {
    S_core_point(c, d.v * p10, pe); /* "1.5e-3" */
    return true;
  }
  if (d.suflen == 1 && S_code_after(seg, c->e, end))
    return false; /* "7E7": a name, not a number */
  if (d.suflen) {
    char suf[4] = {0};
    memcpy(suf, d.suf, d.suflen < 3 ? d.suflen : 3);
    S_ent *e = NULL;
    HASH_FIND_STR(m->ents, suf, e);
    if (e && (e->roles & R_SCALE) && e->skind != SK_AFTER) {
      c->v *= e->sval;
      c->lo = c->hi = c->v;
      c->scale = e->sval;
    } else if (e && (e->roles & R_ORD) && e->okind == OK_SUFFIX &&
               S_ord_agrees(c->v, suf)) {
      c->np |= CC_NP_ORDINAL;
      c->e = S_ord_compound(m, seg, c->e, end);
      return true;
    } else if (e && (e->roles & R_PCT) &&
               S_pct_fits(seg, e, c->v, t->end - d.suflen, t->end)) {
      c->pct = e;
    } else if (e && (e->roles & R_CUR) &&
               ((e->cpos & CP_ATTACHED) ||
                (d.suflen == 3 && S_upper_suffix(seg, t, 3)))) {
      c->cur = e; /* "50p", "10USD" */
    } else if (d.suflen >= 2 && m->um && S_upper_suffix(seg, t, d.suflen) &&
               !cc__unit_first(m->um, suf, d.suflen) &&
               !(d.suflen == 2 && suf[1] == 'm' &&
                 (suf[0] == 'a' || suf[0] == 'p'))) {
      return false; /* "3GSM", "200LR", "4WD": a name ("4GB", "10AM" not) */
    } else if (d.suflen == 1 && d.suf[0] == 's') {
      /* "100s", "1000s" read as "hundreds", "thousands"; other plurals
       * ("1940s", "20s") are decades, not numbers */
      const S_ent *p = S_plural_of(m, d.v);
      if (!p || d.ndig != strlen(t->norm) - 1)
        return false;
      c->lo = c->v = p->pl_lo;
      c->hi = p->pl_hi;
      c->np |= CC_NP_VAGUE;
      return true;
    }
  }
  c->pct_tok = d.pct;
  /* "2½" */
  if (c->e < end && S_attached(S_t(seg, c->e))) {
    const S_ent *f = S_tok(m, seg, c->e);
    if (f && (f->roles & R_FRAC) && f->fsym) {
      S_core_point(c, c->v + f->fnum / f->fden, c->e + 1);
      c->np |= CC_NP_FRACTION;
    }
  }
  if (c->scale == 1 && !c->pct_tok && !c->pct && !c->cur) {
    double fr;
    uint32_t a;
    if (S_and_frac(m, seg, c->e, end, &fr, &a)) {
      S_core_point(c, c->v + fr, a);
      c->np |= CC_NP_FRACTION;
    }
    S_scales(m, seg, end, money, c);
  }
  return true;
}

/* May a fraction hyphened to word k (< end) stay one?  Before a scale
 * word, a percent word, "point" or a unit written apart from its number
 * ("a half-billion-dollar deal", "a half-percent rise", "a quarter-point
 * cut", "a half-litre bottle", "the quarter-mile"); "half-brother" is no
 * fraction. */
static bool S_frac_hyphened(const cc_num_model *m, const cc_segmented *seg,
                            uint32_t k, uint32_t end) {
  const cc_token *t = S_t(seg, k);
  if (t->norm_len == 5 && !memcmp(t->norm, "point", 5))
    return true;
  const S_ent *e = S_tok(m, seg, k);
  return (e && (((e->roles & R_SCALE) && e->skind == SK_WORD) ||
                (e->roles & R_PCT))) ||
         cc__unit_at(m->um, seg, k, end);
}

/* Is token k one of the words in list (NULL-ended)? */
static bool S_tok_in(const cc_segmented *seg, uint32_t k,
                     const char *const *list) {
  const cc_token *t = S_t(seg, k);
  for (; *list; list++)
    if (t->norm_len == strlen(*list) && !memcmp(t->norm, *list, t->norm_len))
      return true;
  return false;
}

/* Is the word at j ("third") after "by", a qualifier at most and "a" a
 * part of the amount changed, before a preposition, a conjunction or a
 * word of time ("cut by a third in 2010", "fell by nearly a fifth last
 * year"; "paid by a third party" is the ordinal)? */
static bool S_by_part(const cc_segmented *seg, uint32_t j, uint32_t end) {
  static const char *const by[] = {"by", NULL}, *const a[] = {"a", NULL};
  static const char *const after[] = {
      "for",  "in",    "to",     "from",    "on",      "over",   "since",
      "last", "this",  "next",   "and",     "but",     "while",  "after",
      "before", "as",  "against", "compared", "during", "between", "within",
      "at",   "year-on-year", NULL};
  if (j < 2 || j + 1 >= end || !S_tok_in(seg, j - 1, a) ||
      !S_tok_in(seg, j + 1, after))
    return false;
  for (uint32_t k = j - 2, n = 0; n < 3; k--, n++) {
    if (S_t(seg, k)->kind != CC_TOK_WORD)
      return false;
    if (S_tok_in(seg, k, by))
      return true;
    if (k == 0)
      return false;
  }
  return false;
}

/* Verbs a share of people is the subject of in polls and reports ("a
 * third said", "about a fifth voted"); no ordinal is followed by one
 * without its noun ("a third term"), so they make "third" the fraction. */
static const char *const S_share_verbs[] = {
    "said",     "say",      "says",     "were",      "are",      "voted",
    "believe",  "believed", "think",    "thought",   "want",     "wanted",
    "support",  "supported", "oppose",  "opposed",   "agreed",   "agree",
    "disagreed", "backed",  "felt",     "expect",    "expected", "have",
    "had",      "reported", "admitted", NULL};

/* Is the denominator word at j a fraction here?  Words that are also
 * ordinals ("third", "fifth") are fractions only before "of", a scale word,
 * punctuation or the end: "a third of", "one fifth." but "a third term",
 * "a third-straight win"; before a verb of a share of people ("a third
 * said": S_share_verbs); or when sure (hyphened to "one": "a one-fifth
 * stake", "One-third said no", which no ordinal is written as).  Plain
 * denominators ("half", "quarters") always are, unless a hyphenated word
 * follows ("half-brother"). */
static bool S_denominator(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t j, uint32_t end, const S_ent *f,
                          bool sure) {
  if (!f || !(f->roles & R_FRAC) || f->fsym)
    return false;
  if (S_joining_hyphen(seg, j + 1, end) &&
      S_t(seg, j + 2)->kind == CC_TOK_WORD &&
      !S_frac_hyphened(m, seg, j + 2, end))
    return false;
  if (!(f->roles & R_ORD) || j + 1 >= end || sure)
    return true;
  const cc_token *t = S_t(seg, j + 1);
  const S_ent *n = S_tok(m, seg, j + 1);
  if (n && (((n->roles & R_NUM) && n->nkind == NK_OF) ||
            ((n->roles & R_SCALE) && n->skind == SK_WORD)))
    return true;
  return ((t->kind == CC_TOK_PUNCT || t->kind == CC_TOK_SYM) &&
          !S_hyphen(t)) ||
         S_by_part(seg, j, end) || S_tok_in(seg, j + 1, S_share_verbs);
}

/* "quarters" after a cardinal at b (no hyphen: "three-quarters" is the
 * fraction) is the business period after a word of periods ("the past two
 * quarters"), a preposition of time ("for six quarters") or before "ago",
 * "ahead", "in a row"...; else it is the fraction ("three quarters of the
 * voters", "three quarters full").  Is it the fraction? */
static bool S_quarters_fraction(const cc_num_model *m,
                                const cc_segmented *seg, uint32_t b,
                                uint32_t j, uint32_t end) {
  static const char *const periods[] = {
      "past",      "last",   "next",      "previous",  "coming",
      "first",     "final",  "recent",    "latest",    "following",
      "remaining", "those",  "these",     "preceding", "subsequent",
      "prior",     NULL};
  static const char *const preps[] = {"for", "over", "within", "during",
                                      "in", NULL};
  static const char *const after[] = {"ago",     "ahead",    "later",
                                      "earlier", "running",  "straight",
                                      "in",      "consecutive", NULL};
  if (b > 0 && S_tok_in(seg, b - 1, periods))
    return false;
  if (j + 1 < end) {
    const S_ent *n = S_tok(m, seg, j + 1);
    if (n && (((n->roles & R_NUM) && n->nkind == NK_OF) ||
              ((n->roles & R_SCALE) && n->skind == SK_WORD)))
      return true; /* "three quarters of the voters" */
    if (S_tok_in(seg, j + 1, after))
      return false;
  }
  return !(b > 0 && S_tok_in(seg, b - 1, preps));
}

/* After a spelled-out cardinal: "two-thirds", "one and a half",
 * "two point five", then scales (unless scales is false). */
static void S_words_tail(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t end, bool scales, S_core *c) {
  uint32_t j = S_joining_hyphen(seg, c->e, end) ? c->e + 1 : c->e;
  const S_ent *f = j < end ? S_tok(m, seg, j) : NULL;
  double fr;
  uint32_t a;
  /* "one-fifth", "a one third discount": after "one" hyphened, or after
   * "a one", an ordinal word is a fraction */
  static const char *const indef[] = {"a", "an", NULL};
  bool sure = c->v == 1 && c->e == c->b + 1 &&
              S_t(seg, c->b)->kind == CC_TOK_WORD &&
              (j > c->e || (c->b > 0 && S_tok_in(seg, c->b - 1, indef)));
  if (f && S_denominator(m, seg, j, end, f, sure) && c->v >= 1 && c->v < 100 &&
      c->v == floor(c->v) && (c->v == 1 || !(f->roles & R_ORD)) &&
      !(c->v >= 2 && j == c->e && f->fden == 4 && f->fnum == 1 &&
        S_t(seg, j)->norm_len == 8 && /* "quarters" (not "fourths") */
        !memcmp(S_t(seg, j)->norm, "quarters", 8) &&
        !S_quarters_fraction(m, seg, c->b, j, end))) {
    S_core_point(c, c->v * f->fnum / f->fden, j + 1);
    c->np |= CC_NP_FRACTION;
    S_frac_scale(m, seg, end, c);
    return;
  }
  uint32_t e0 = c->e;
  S_half_after(m, seg, end, c->scale, c); /* "two million and a half" */
  if (c->e == e0) {
    if (c->scale <= 1 && S_and_frac(m, seg, c->e, end, &fr, &a)) {
      S_core_point(c, c->v + fr, a);
      c->np |= CC_NP_FRACTION;
    } else {
      S_point(m, seg, end, c);
    }
  }
  if (scales)
    S_scales(m, seg, end, false, c);
}

/* vague [[of] scale]...: "several hundred", "tens of thousands". */
static void S_vague_scale(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t end, S_core *c) {
  for (int n = 0; n < 3; n++) {
    uint32_t j = c->e;
    if (S_tok_nkind(m, seg, j, end, NK_OF))
      j++;
    const S_ent *s = j < end ? S_tok(m, seg, j) : NULL;
    double sc = 0;
    if (s && (s->roles & R_PLURAL))
      sc = s->pl_scale;
    else if (s && (s->roles & R_SCALE) && s->skind == SK_WORD && j == c->e)
      sc = s->sval;
    if (sc == 0)
      return;
    c->lo *= sc;
    c->hi = (c->hi + 1) * sc - 1;
    c->v = c->lo;
    c->scale *= sc;
    c->e = j + 1;
  }
}

/* A number word at k (after S_match found entry e ending at a). */
static bool S_core_words(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t k, uint32_t end, bool no_and, bool money,
                         const S_ent *e, uint32_t a, S_core *c) {
  c->np |= CC_NP_WORDS;
  if ((e->roles & R_NUM) && e->nkind == NK_NEG) {
    if (!S_core_parse(m, seg, a, end, no_and, money, c) || c->bare ||
        (c->np & CC_NP_ORDINAL))
      return false;
    c->b = k;
    c->v = -c->v;
    double lo = -c->hi;
    c->hi = -c->lo;
    c->lo = lo;
    return true;
  }
  if (e->roles & R_VAGUE) {
    c->lo = c->v = e->vlo;
    c->hi = e->vhi;
    c->e = a;
    c->np |= CC_NP_VAGUE;
    S_vague_scale(m, seg, end, c);
    return true;
  }
  if (e->roles & R_PLURAL) {
    if (e->pl_of && !S_tok_nkind(m, seg, a, end, NK_OF))
      return false;
    c->lo = c->v = e->pl_lo;
    c->hi = e->pl_hi;
    c->e = a;
    c->np |= CC_NP_VAGUE;
    S_vague_scale(m, seg, end, c);
    return true;
  }
  if ((e->roles & R_NUM) && e->nkind == NK_FIXED) {
    S_core_point(c, e->nval, a);
    S_scales(m, seg, end, false, c);
    return true;
  }
  if ((e->roles & R_NUM) && e->nkind == NK_ARTICLE) {
    c->np |= CC_NP_ARTICLE;
    const S_ent *f = a < end ? S_tok(m, seg, a) : NULL;
    if (S_denominator(m, seg, a, end, f, false)) { /* "a third", "a half" */
      S_core_point(c, f->fnum / f->fden, a + 1);
      c->np |= CC_NP_FRACTION;
      S_frac_scale(m, seg, end, c);
      return true;
    }
    S_wp w = {.cur = 1, .last = L_UNIT};
    const S_ent *s = a < end ? S_tok(m, seg, a) : NULL;
    if (s && (s->roles & R_SCALE) && s->skind == SK_WORD &&
        S_words(m, seg, a, end, no_and, &w)) { /* "a hundred and fifty" */
      S_core_point(c, w.total + w.cur, w.e);
      if (w.tail > 1 && w.total + w.cur == w.tail) {
        c->scale = w.tail;
        S_half_after(m, seg, end, w.tail, c); /* "a million and a half" */
      }
      return true;
    }
    S_core_point(c, 1, a);
    c->bare = true;
    return true;
  }
  /* "half", "½"; "quarter" only hyphened to a percent, scale or "point"
   * ("quarter-point rises": S_count_apart) */
  if ((e->roles & R_FRAC) &&
      (e->falone || (!e->fsym && !(e->roles & R_ORD) &&
                     S_joining_hyphen(seg, a, end) &&
                     S_frac_hyphened(m, seg, a + 1, end))) &&
      (e->fsym || S_denominator(m, seg, k, end, e, false))) {
    S_core_point(c, e->fnum / e->fden, a);
    c->np |= CC_NP_FRACTION;
    S_frac_scale(m, seg, end, c);
    return true;
  }
  S_wp w = {0};
  if (!S_words(m, seg, k, end, no_and, &w))
    return false;
  S_core_point(c, w.total + w.cur, w.e);
  if (w.tail > 1 &&
      w.total + w.cur == floor((w.total + w.cur) / w.tail) * w.tail)
    c->scale = w.tail; /* "seven million" shares its scale in a range */
  const S_ent *fd = w.e == k + 2 ? S_tok(m, seg, k + 1) : NULL;
  if (w.ord && w.total + w.cur > 1 && fd && (fd->roles & R_FRAC) &&
      S_t(seg, k)->norm_len == 3 && !memcmp(S_t(seg, k)->norm, "one", 3) &&
      S_tok_nkind(m, seg, w.e, end, NK_OF)) {
    S_core_point(c, fd->fnum / fd->fden, w.e); /* "one hundredth of a" */
    c->np |= CC_NP_FRACTION;
    return true;
  }
  if (w.ord) {
    c->np |= CC_NP_ORDINAL;
    c->e = S_ord_compound(m, seg, c->e, end);
    return true;
  }
  /* no scale after words with a count below their large scale: "twelve
   * lac three cr" is no 1200003 crore ("three thousand million" is) */
  S_words_tail(m, seg, end, !(w.last_large && w.cur != 0), c);
  return true;
}

__attribute__((noinline)) static bool S_core_run(const cc_num_model *m,
                                                 const cc_segmented *seg,
                                                 uint32_t k, uint32_t end,
                                                 bool no_and, bool money,
                                                 S_core *c) {
  memset(c, 0, sizeof *c);
  c->b = k;
  c->scale = 1;
  if (k >= end)
    return false;
  const cc_token *t = S_t(seg, k);
  if (t->kind == CC_TOK_NUM)
    return S_core_digits(m, seg, k, end, money, c);
  /* (a sign after an opening bracket is free too: "-15C (-5F)") */
  bool free_before = !S_attached(t) || (t->flags & CC_TF_SENT_START) || k == 0 ||
                     (S_t(seg, k - 1)->kind == CC_TOK_PUNCT &&
                      S_t(seg, k - 1)->norm_len == 1 &&
                      (S_t(seg, k - 1)->norm[0] == '(' ||
                       S_t(seg, k - 1)->norm[0] == '['));
  if (t->kind == CC_TOK_PUNCT && t->norm_len == 1 && free_before &&
      k + 1 < end && S_attached(S_t(seg, k + 1)) &&
      S_t(seg, k + 1)->kind == CC_TOK_NUM) {
    S_dig d;
    if (t->norm[0] == '.' && S_digits(S_t(seg, k + 1), &d) && d.pure) {
      char buf[80]; /* ".75" */
      snprintf(buf, sizeof buf, "0.%.*s", (int)S_t(seg, k + 1)->norm_len,
               S_t(seg, k + 1)->norm);
      S_core_point(c, strtod(buf, NULL), k + 2);
      S_scales(m, seg, end, money, c);
      return true;
    }
    if (t->norm[0] == '-' && S_core_digits(m, seg, k + 1, end, money, c) &&
        !(c->np & CC_NP_ORDINAL)) { /* "-5" */
      c->b = k;
      c->v = -c->v;
      double lo = -c->hi;
      c->hi = -c->lo;
      c->lo = lo;
      return true;
    }
    memset(c, 0, sizeof *c);
    return false;
  }
  uint32_t a;
  const S_ent *e =
      S_match(m, seg, k, end,
              R_NUM | R_VAGUE | R_PLURAL | R_FRAC | R_ORD | R_SCALE, &a);
  if (!e)
    return false;
  return S_core_words(m, seg, k, end, no_and, money, e, a, c);
}

/* S_core_run, its answer and *c kept in the cache when the model has one:
 * the parse reads only the model, the tokens and its arguments (the
 * cache's key answers are the tables'), so a kept answer is the same. */
static inline bool S_core_parse(const cc_num_model *m,
                                const cc_segmented *seg, uint32_t k,
                                uint32_t end, bool no_and, bool money,
                                S_core *c) {
  struct cc_num_mcache *mc = m->mc;
  if (!mc)
    return S_core_run(m, seg, k, end, no_and, money, c);
  S_cslot *s = &mc->cs[k & (S_MC_TOKS - 1)][(no_and ? 2 : 0) | (money ? 1 : 0)];
  if (s->gen == mc->gen && s->k == k && s->end == end) {
    *c = s->c;
#ifdef CC_RECOG_CHECK_INERT /* the kept answer is the parse's */
    S_core t;
    bool ok = S_core_run(m, seg, k, end, no_and, money, &t);
    if (ok != s->ok || t.b != c->b || t.e != c->e || t.np != c->np ||
        memcmp(&t.v, &c->v, sizeof t.v) || memcmp(&t.lo, &c->lo, sizeof t.lo) ||
        memcmp(&t.hi, &c->hi, sizeof t.hi) ||
        memcmp(&t.scale, &c->scale, sizeof t.scale) || t.bare != c->bare ||
        t.pct_tok != c->pct_tok || t.cur != c->cur || t.pct != c->pct) {
      fprintf(stderr, "recog: kept number core at token %u differs\n", k);
      abort();
    }
#endif
    return s->ok;
  }
  bool ok = S_core_run(m, seg, k, end, no_and, money, c);
  /* (the recursive parse of "minus five" may have used the slot) */
  s->gen = mc->gen;
  s->k = k;
  s->end = end;
  s->ok = ok;
  s->c = *c;
  return ok;
}

/* ---- sides, ranges, qualifiers ------------------------------------------- */

typedef struct S_side {
  S_core c;
  const S_ent *cur, *pct;
  uint32_t b, e;
} S_side;

/* "a quarter point", "half a point", "a half-point rise": a fraction of
 * a point at token pk is of a percentage point ("point five" is a
 * decimal: a number follows).  Sets s's percent and end. */
static bool S_frac_point(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t pk, uint32_t end, S_side *s) {
  const cc_token *pt = pk < end ? S_t(seg, pk) : NULL;
  if (!pt || pt->kind != CC_TOK_WORD || pt->norm_len != 5 ||
      memcmp(pt->norm, "point", 5) != 0 ||
      (pk + 1 < end && S_t(seg, pk + 1)->kind == CC_TOK_NUM) ||
      (pk + 1 < end && S_tok_nkind(m, seg, pk + 1, end, NK_UNIT)))
    return false;
  S_ent *pp = NULL;
  HASH_FIND_STR(m->ents, "percentage point", pp);
  if (!pp || !(pp->roles & R_PCT))
    return false;
  s->pct = pp;
  s->e = pk + 1;
  return true;
}

/* Side s's fraction, ending at token j, is a count before its
 * denominator written apart ("three quarter-point rises" are three
 * rises of a quarter point), not an article or "one" ("a quarter-point",
 * "one half-point") nor hyphened ("three-quarter-point"). */
static bool S_counted_frac(const cc_num_model *m, const cc_segmented *seg,
                           const S_side *s, uint32_t j) {
  if (j < s->b + 2 || !(S_t(seg, j - 1)->flags & CC_TF_SPACE_BEFORE))
    return false;
  const cc_token *n = S_t(seg, j - 2);
  return !S_tok_nkind(m, seg, j - 2, j, NK_ARTICLE) &&
         !(n->norm_len == 3 && !memcmp(n->norm, "one", 3));
}

/* Side s is a count, a denominator apart and a hyphen before "point" or
 * a percent word at pk ("three quarter-point rises", "two half-percent
 * cuts"): the count alone is the side, and the denominator starts the
 * size of each (S_core_words).  Only a number mention reads so: the
 * temporal parsers' number keeps the fraction, whose "quarter" is then
 * no unit of "three". */
static bool S_count_apart(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t pk, S_side *s) {
  uint32_t d = s->c.e - 1;
  const S_ent *f = S_tok(m, seg, d);
  const S_ent *p = S_tok(m, seg, pk);
  const cc_token *t = S_t(seg, pk);
  if (!f || !(f->roles & R_FRAC) || f->fnum <= 0 || s->c.scale != 1 ||
      !((p && (p->roles & R_PCT)) ||
        (t->norm_len == 5 && !memcmp(t->norm, "point", 5))))
    return false;
  double n = s->c.v * f->fden / f->fnum;
  if (n < 2 || fabs(n - floor(n + 0.5)) > 1e-9)
    return false;
  S_core_point(&s->c, floor(n + 0.5), d);
  s->c.np &= ~(uint32_t)CC_NP_FRACTION;
  s->e = d;
  return true;
}

/* Is the currency word ending at token k, after the number v, part of a
 * name: capitalized, singular and after a number other than one ("50
 * Cent" the rapper; "50 cents", "a 50 cent coin", "10 Canadian dollars"
 * are amounts)? */
static bool S_cur_name(const cc_segmented *seg, uint32_t k, double v) {
  const cc_token *t = S_t(seg, k);
  return t->kind == CC_TOK_WORD && (t->flags & CC_TF_CAP) &&
         !(t->flags & CC_TF_ALLCAPS) && t->norm_len > 1 &&
         t->norm[t->norm_len - 1] != 's' && v != 1;
}

/* Is the letter at token k ("C" of "C $5") a label after the word before
 * it: a capitalized word inside the sentence ("Class C", "Vitamin C") or
 * a word that takes a letter ("hepatitis C", "grade C")? */
static bool S_letter_label(const cc_segmented *seg, uint32_t k) {
  static const char *const takes[] = {
      "vitamin", "hepatitis", "grade",   "class",  "type",     "group",
      "category", "plan",     "section", "part",   "tier",     "level",
      "division", "series",   "league",  "block",  "row",      "unit",
      "model",    "option",   "phase",   "stage",  "zone",     "gate",
      "terminal", "platform", "wing",    "pool",   "ward",     "route",
      "size",     "band",     "form",    "schedule", "exhibit", NULL};
  if (k == 0 || S_t(seg, k)->flags & CC_TF_SENT_START)
    return false;
  const cc_token *t = S_t(seg, k - 1);
  if (t->kind != CC_TOK_WORD)
    return false;
  return ((t->flags & CC_TF_CAP) && !(t->flags & CC_TF_SENT_START)) ||
         S_tok_in(seg, k - 1, takes);
}

/* The currency of the letters at token k, glued after a dollar sign read
 * as a prefix ("$US50m", "$A 20m", "$NZ3m": currencies.csv's sign
 * rows), or NULL. */
static const S_ent *S_sign_code(const cc_num_model *m,
                                const cc_segmented *seg, uint32_t k) {
  const cc_token *t = S_t(seg, k);
  if (t->kind != CC_TOK_WORD || !S_attached(t) || t->norm_len > 3)
    return NULL;
  for (uint32_t i = 0; i < m->nsigns; i++)
    if (strlen(m->signs[i].key) == t->norm_len &&
        !memcmp(m->signs[i].key, t->norm, t->norm_len))
      return &m->signs[i];
  return NULL;
}

/* Currency word c (a main unit) followed at token a by "cent(s)": the
 * table's entry of c's key glued to "cents" ("euro cents": "eurocents",
 * a hundredth of a euro, where "50 euro" alone would read fifty euros),
 * else NULL.  (Spaced keys of two words would each cost a start key.) */
static const S_ent *S_named_cents(const cc_num_model *m,
                                  const cc_segmented *seg, const S_ent *c,
                                  uint32_t a, uint32_t end) {
  if (a >= end || c->cfac != 1 || S_attached(S_t(seg, a)))
    return NULL;
  const cc_token *t = S_t(seg, a);
  if (!((t->norm_len == 4 || t->norm_len == 5) &&
        !memcmp(t->norm, "cents", t->norm_len)))
    return NULL;
  char key[32];
  size_t kl = strlen(c->key);
  if (kl + 6 > sizeof key)
    return NULL;
  memcpy(key, c->key, kl);
  memcpy(key + kl, "cents", 6);
  S_ent *e = NULL;
  HASH_FIND_STR(m->ents, key, e);
  return e && (e->roles & R_CUR) && e->cfac < 1 ? e : NULL;
}

/* The token after "minus" or "negative" at k when a prefix currency and
 * its digits follow ("minus $3m", "negative £40bn"), else k.  (A minus
 * sign glued to the currency, "-$4.5bn", is read by the unit pass: the
 * trigger of a number does not fire on a sign before "$".) */
static uint32_t S_money_minus(const cc_num_model *m, const cc_segmented *seg,
                              uint32_t k, uint32_t end) {
  const cc_token *t = S_t(seg, k);
  if (k + 1 >= end || t->kind != CC_TOK_WORD)
    return k;
  uint32_t a;
  const S_ent *e = S_match(m, seg, k, end, R_NUM, &a);
  if (!e || e->nkind != NK_NEG || a != k + 1)
    return k;
  const S_ent *c = S_match(m, seg, k + 1, end, R_CUR, &a);
  return c && (c->cpos & CP_PREFIX) && a < end &&
                 S_t(seg, a)->kind == CC_TOK_NUM
             ? k + 1
             : k;
}

/* A side's prefix currency (with units) and core from token j into s;
 * false when no core reads there or a currency has no amount. */
static bool S_side_core(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t j, uint32_t end, bool units, bool no_and,
                        S_side *s) {
  uint32_t a;
  s->cur = NULL;
  if (units) {
    const S_ent *c = S_match(m, seg, j, end, R_CUR, &a);
    if (c && (c->cpos & CP_PREFIX) &&
        (!c->cupper || S_upper_bytes(seg, S_t(seg, j)->start,
                                     S_t(seg, a - 1)->end)) &&
        (!c->cletter || !S_letter_label(seg, j)) &&
        (!(c->cpos & CP_GLUED) || S_glued_split(seg, j, end))) {
      const S_ent *g = c->key[0] == '$' && !c->key[1] && a < end
                           ? S_sign_code(m, seg, a)
                           : NULL;
      s->cur = g ? g : c;
      j = g ? a + 1 : a;
    }
  }
  if (!S_core_parse(m, seg, j, end, no_and, s->cur != NULL, &s->c))
    return false;
  return !(s->cur && (s->c.bare || (s->c.np & CC_NP_ORDINAL) || s->c.pct_tok));
}

static bool S_side_parse(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t k, uint32_t end, bool units, bool no_and,
                         S_side *s) {
  /* (no memset: S_core_parse writes all of s->c, s->e is set below) */
  s->cur = s->pct = NULL;
  s->b = k;
  s->e = k;
  uint32_t j = k, a;
  if (!S_side_core(m, seg, j, end, units, no_and, s)) {
    /* "minus $3m": only where the plain read fails (cheap for the rest) */
    if (!units || s->cur || (j = S_money_minus(m, seg, k, end)) == k ||
        !S_side_core(m, seg, j, end, units, no_and, s) || !s->cur)
      return false;
    double lo = -s->c.hi;
    s->c.v = -s->c.v;
    s->c.hi = -s->c.lo;
    s->c.lo = lo;
  }
  j = s->c.e;
  s->e = j;
  if ((s->c.np & CC_NP_ORDINAL) || !units)
    return true;
  if (s->c.pct_tok) { /* "25%": the sign's unit from percent.csv */
    S_ent *p = NULL;
    HASH_FIND_STR(m->ents, "%", p);
    s->pct = p && (p->roles & R_PCT) ? p : NULL;
  }
  if (s->c.pct)
    s->pct = s->c.pct;
  if (s->c.cur && !s->cur)
    s->cur = s->c.cur;
  if (s->pct || s->c.pct_tok || s->cur)
    return true;
  /* "50-percent", "a 10-per-cent rise"; a fraction's "half a
   * percentage point", "a quarter of a per cent" */
  uint32_t pj = S_joining_hyphen(seg, j, end) ? j + 1 : j;
  /* a decimal below one reads so too: "0.3 of a percentage point" */
  bool part = (s->c.np & CC_NP_FRACTION) ||
              (!(s->c.np & (CC_NP_WORDS | CC_NP_VAGUE | CC_NP_ORDINAL)) &&
               s->c.v > 0 && s->c.v < 1 && s->c.scale == 1);
  if (part && pj == j) {
    uint32_t fj = S_tok_nkind(m, seg, j, end, NK_OF) ? j + 1 : j;
    if (S_tok_nkind(m, seg, fj, end, NK_ARTICLE) && fj + 1 < end) {
      const S_ent *fp = S_match(m, seg, fj + 1, end, R_PCT, &a);
      if (fp) {
        s->pct = fp;
        s->e = a;
        return true;
      }
    }
    uint32_t pk = fj == j && S_tok_nkind(m, seg, j, end, NK_ARTICLE) ? j + 1
                  : fj > j && S_tok_nkind(m, seg, fj, end, NK_ARTICLE)
                      ? fj + 1
                      : j;
    if (S_frac_point(m, seg, pk, end, s))
      return true;
  } else if ((s->c.np & CC_NP_FRACTION) && S_counted_frac(m, seg, s, j)) {
    if (pj > j && S_count_apart(m, seg, pj, s))
      return true;
  } else if ((s->c.np & CC_NP_FRACTION) && S_frac_point(m, seg, pj, end, s)) {
    return true; /* "a quarter-point cut" */
  }
  const S_ent *p = S_match(m, seg, pj, end, R_PCT, &a);
  /* (an abbreviation written in lower case follows digits, never "a":
   * "a pc game") */
  if (p && !(s->c.bare && p->plower) &&
      S_pct_fits(seg, p, s->c.v, S_t(seg, pj)->start,
                 S_t(seg, a - 1)->end)) {
    s->pct = p;
    s->e = a;
    return true;
  }
  uint32_t jj = j;
  if ((s->c.np & CC_NP_VAGUE) && S_tok_nkind(m, seg, j, end, NK_OF))
    jj++; /* "billions of dollars" */
  const S_ent *c = S_cur_at(m, seg, jj, end, &a);
  uint32_t cb = jj; /* the currency's first token */
  /* "a 12-cent dividend"; "an 800-pound gorilla" is a weight or an
   * idiom, "a million-pound house" money, and so is "a 15-pound fine"
   * (a money word of unit_cues.csv after it) */
  if (!c && jj == j && S_joining_hyphen(seg, j, end) &&
      S_t(seg, j + 1)->kind == CC_TOK_WORD &&
      !(S_t(seg, j + 1)->norm_len == 5 &&
        !memcmp(S_t(seg, j + 1)->norm, "pound", 5) && s->c.v < 1e6 &&
        s->c.scale <= 1 && /* (but "a quarter-million-pound house") */
        !(j + 2 < end && cc__unit_money_word(m->um, S_t(seg, j + 2))))) {
    c = S_cur_at(m, seg, j + 1, end, &a);
    cb = j + 1;
  }
  /* "a $7.2m fund": a sign before digits is their prefix, not our suffix */
  bool prefix_of_next =
      c && (c->cpos & CP_PREFIX) && a < end && S_t(seg, a)->kind == CC_TOK_NUM;
  if (c && (c->cpos & CP_SUFFIX) && !prefix_of_next &&
      !(s->c.bare && (c->cpos & CP_PREFIX))) {
    /* (a nationality before it makes no name: "42 Kuwaiti Dinar") */
    if (a - 1 == cb && S_cur_name(seg, a - 1, s->c.v))
      return false;
    const S_ent *mc = S_named_cents(m, seg, c, a, end);
    s->cur = mc ? mc : c;
    s->e = mc ? a + 1 : a;
  }
  return true;
}

typedef struct S_expr {
  uint32_t b, e;
  double v, lo, hi;
  uint8_t qual;
  uint32_t np;
  bool range, bare, share;
  double ratio; /* "one in five": the 5, else 0 */
  const S_ent *cur;
  const char *pct; /* "%" or "pp", or NULL */
  double pfac;     /* the percent word's factor ("basis points"), 0: 1 */
} S_expr;

/* The percent unit a side carries: its entry, or "%" for "25%". */
static const char *S_pct_unit(const S_side *s) {
  if (s->pct)
    return s->pct->pct;
  return s->c.pct_tok ? "%" : NULL;
}

/* Join two sides into a range; false when they do not make one. */
/* Is side s one digits token with no comma or point, a whole number
 * under 1000 ("30" of "30-40,000")? */
static bool S_plain_small(const cc_segmented *seg, const S_side *s) {
  if (s->c.e != s->c.b + 1 || s->c.scale != 1 || (s->c.np & CC_NP_VAGUE) ||
      !(s->c.v >= 1 && s->c.v < 1000) || s->c.v != floor(s->c.v))
    return false;
  const cc_token *t = S_t(seg, s->c.b);
  return t->kind == CC_TOK_NUM && !memchr(t->norm, ',', t->norm_len) &&
         !memchr(t->norm, '.', t->norm_len);
}

/* "30-40,000 people", "between 20 and 30,000": a small first end shares
 * the thousands the second writes as ",000", when that puts it below the
 * second and within ten times of it ("1-10,000" stays 1 to 10,000).
 * The first end's factor, 1000 or 1. */
static double S_thousands_share(const cc_segmented *seg, const S_side *l,
                                const S_side *r) {
  if (!S_plain_small(seg, l) || r->c.e != r->c.b + 1 || r->c.scale != 1)
    return 1;
  const cc_token *t = S_t(seg, r->c.b);
  size_t n = t->norm_len;
  double k = l->c.v * 1000;
  return t->kind == CC_TOK_NUM && n >= 5 &&
                 !memcmp(t->norm + n - 4, ",000", 4) &&
                 !memchr(t->norm, '.', n) && k < r->c.v && k * 10 > r->c.v
             ? 1000
             : 1;
}

static bool S_range(const cc_segmented *seg, S_side *l, S_side *r,
                    S_expr *x) {
  if ((l->c.np | r->c.np) & CC_NP_ORDINAL || l->c.bare || r->c.bare)
    return false;
  const char *lp = S_pct_unit(l), *rp = S_pct_unit(r);
  if ((lp && rp && strcmp(lp, rp) != 0) || ((lp || rp) && (l->cur || r->cur)))
    return false;
  if (lp && !rp)
    return false; /* "10% to 1.2 million": the level is not a share */
  if (l->pct && r->pct && l->pct->pfac != r->pct->pfac)
    return false; /* "1 percentage point to 50 basis points" */
  if (l->cur && r->cur && strcmp(l->cur->cur, r->cur->cur) != 0)
    return false;
  if (r->cur && !l->cur && !lp && r->c.b > r->b)
    return false; /* "in 2003 to £2.89bn": "£5 to £10", "£5 to 10" */
  double lv = l->c.v, llo = l->c.lo, lhi = l->c.hi;
  /* "6-7 million", "between 5 and 10 billion": the scale is shared */
  if (r->c.scale > 1 && l->c.scale == 1 && !(l->c.np & CC_NP_VAGUE) &&
      lv < r->c.v / r->c.scale) {
    lv *= r->c.scale;
    llo *= r->c.scale;
    lhi *= r->c.scale;
  } else if (r->c.v >= 1000) {
    double k = S_thousands_share(seg, l, r);
    lv *= k;
    llo *= k;
    lhi *= k;
  }
  if (!(lv < r->c.v && llo <= r->c.lo && lhi <= r->c.hi))
    return false;
  x->v = lv;
  x->lo = llo;
  x->hi = r->c.hi;
  x->np = l->c.np | r->c.np | CC_NP_RANGE;
  x->range = true;
  x->cur = l->cur ? l->cur : r->cur;
  x->pct = lp ? lp : rp;
  x->pfac = r->pct ? r->pct->pfac : l->pct ? l->pct->pfac : 0;
  return true;
}

static void S_single(const S_side *s, S_expr *x) {
  x->v = s->c.v;
  x->lo = s->c.lo;
  x->hi = s->c.hi;
  x->np = s->c.np;
  x->bare = s->c.bare;
  x->cur = s->cur;
  x->pct = S_pct_unit(s);
  x->pfac = s->pct ? s->pct->pfac : 0;
}

static void S_apply_qual(S_expr *x, uint8_t q, double flo, double fhi) {
  double lo = isinf(flo) ? flo : x->lo * flo;
  double hi = isinf(fhi) ? fhi : x->hi * fhi;
  if (lo > hi) {
    double t = lo;
    lo = hi;
    hi = t;
  }
  x->lo = lo;
  x->hi = hi;
  x->qual = q;
}

/* Is "N to M" one unit written once, on M, for both ends ("rose 3 to 4
 * per cent", "fell by 2 to 3 percent"): N with no unit, M a percent or
 * money, and M not far above N (over four times N is a change and a new
 * level: "fell 0.2 to 7.5 per cent")? */
static bool S_one_unit(const S_side *l, const S_side *r) {
  if (l->pct || l->c.pct_tok || l->cur || !(r->pct || r->c.pct_tok || r->cur))
    return false;
  double lv = l->c.v; /* "6 to 7 million": the scale is shared */
  if (r->c.scale > 1 && l->c.scale == 1 && lv < r->c.v / r->c.scale)
    lv *= r->c.scale;
  return lv > 0 && r->c.v > lv && r->c.v <= 4 * lv;
}

/* Is "N to M" (sides l and r; b the expression's first token, before
 * its qualifier) a change of N and a new level M, not a range?  So after
 * a verb of change (ranges.csv change or change_by) up to four words
 * before, or before "by" ("cut rates by 0.5% to 4.5%", "closed up $2.80
 * to $51.15", "rose a higher than expected 17,000 to 4.483 million"),
 * when M is more than twice N and N has a unit of its own, or M is ten
 * times N; and right after "VERB by" when the verb is a past one of
 * ranges.csv change ("rose by 3 to 10"; not "rose by 3 to 4 per cent",
 * one unit for both, unless M is over four times N).  "increase the seats by 25 to
 * 30", "grow by 2 to 3 percent" (one unit for both), "cut its profits by
 * $3.8m to $4.9m" (ends near each other) and "cut 10% to 15% of jobs" (a
 * share of a noun) stay ranges; a past verb right before N was read
 * before (S_sep_range). */
static bool S_change_to(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t b, uint32_t end, const S_side *l,
                        const S_side *r) {
  static const char *const by[] = {"by", NULL}, *const from[] = {"from", NULL};
  bool isby = b >= 2 && S_tok_in(seg, b - 1, by);
  if (b < 1u + (uint32_t)isby)
    return false;
  double lv = l->c.v; /* "6 to 7 million": the scale is shared */
  if (r->c.scale > 1 && l->c.scale == 1 && lv < r->c.v / r->c.scale)
    lv *= r->c.scale;
  /* a level well above the change: over twice it when N has a unit of
   * its own ("by $3.8m to $4.9m" is a range of the cut), over four times
   * after "by" ("cut its workforce by 500 to 4,500": a range of a cut is
   * narrower), ten times else */
  bool unit = l->pct || l->c.pct_tok || l->cur;
  bool shared = S_one_unit(l, r); /* "rose by 3 to 4 per cent" */
  bool level = lv > 0 && (r->c.v >= 10 * lv || (unit && r->c.v > 2 * lv) ||
                          (isby && r->c.v > 4 * lv));
  if (!isby && r->e < end && S_tok_nkind(m, seg, r->e, end, NK_OF))
    return false;
  for (uint32_t k = b - 1 - isby, n = 0; n < 5; k--, n++) {
    if (S_t(seg, k)->kind != CC_TOK_WORD)
      return false;
    const S_ent *e = S_tok(m, seg, k);
    if (e && ((n == 0 && !isby && (e->roles & R_CHANGE)) ||
              S_tok_in(seg, k, from)))
      return false; /* (a range after all: "range from $10 to $20", "from
                     * its normal £3 to £5") */
    if (e && (e->roles & (R_CHANGE | R_CHANGE_BY)))
      return (isby && n == 0 && (e->roles & R_CHANGE) && !shared) || level;
    if (k == 0)
      return false;
  }
  return false;
}

/* ---- scores -------------------------------------------------------------- */

/* Is token k one to three digits and nothing else (a score's side)? */
static bool S_score_digits(const cc_segmented *seg, uint32_t k) {
  const cc_token *t = S_t(seg, k);
  if (t->kind != CC_TOK_NUM || t->norm_len > 3)
    return false;
  for (uint32_t c = 0; c < t->norm_len; c++)
    if (!S_isdigit(t->norm[c]))
      return false;
  return true;
}

/* Does a score "N-M" (its digits glued to the hyphen) start at token k? */
static bool S_score_pair(const cc_segmented *seg, uint32_t k, uint32_t end) {
  return k + 2 < end && S_score_digits(seg, k) &&
         S_hyphen(S_t(seg, k + 1)) && S_attached(S_t(seg, k + 1)) &&
         S_attached(S_t(seg, k + 2)) && S_score_digits(seg, k + 2);
}

/* Are tokens [i - n, i] of one sentence (none after i - n starts one)? */
static bool S_back_ok(const cc_segmented *seg, uint32_t i, uint32_t n) {
  if (i < n)
    return false;
  for (uint32_t k = i - n + 1; k <= i; k++)
    if (S_t(seg, k)->flags & CC_TF_SENT_START)
      return false;
  return true;
}

/* Is token k a capitalized word (a side's name: "England 17-18 France")? */
static bool S_name_word(const cc_segmented *seg, uint32_t k) {
  const cc_token *t = S_t(seg, k);
  return t->kind == CC_TOK_WORD && (t->flags & CC_TF_CAP);
}

/* Is the score pair at k won by its first side ("6-4", not "3-6")? */
static bool S_pair_falls(const cc_segmented *seg, uint32_t k) {
  return strtol(S_t(seg, k)->norm, NULL, 10) >
         strtol(S_t(seg, k + 2)->norm, NULL, 10);
}

/* Is the pair at i one of a list of pairs joined by commas or "and", one
 * of which falls ("won 6-4, 3-6, 7-6", "sets of 6-3, 4-6 and 7-5")?  A
 * match's sets, no ranges; a list of ranges rises in each ("children aged
 * 5-7, 8-10 and 11-13"). */
static bool S_score_list(const cc_segmented *seg, uint32_t i, uint32_t end) {
  static const char *const join[] = {",", "and", NULL};
  uint32_t k = i;
  while (S_back_ok(seg, k, 4) && S_tok_in(seg, k - 1, join) &&
         S_score_pair(seg, k - 4, end))
    k -= 4; /* back to the list's first pair */
  bool falls = false;
  uint32_t n = 0;
  for (;; k += 4) {
    n++;
    falls = falls || S_pair_falls(seg, k);
    if (k + 3 >= end || !S_tok_in(seg, k + 3, join) ||
        !S_score_pair(seg, k + 4, end) ||
        (S_t(seg, k + 4)->flags & CC_TF_SENT_START))
      break;
  }
  return n > 1 && falls;
}

/* Is "N-M" at token i (hyphen at i + 1, M at i + 2) a score or a tally,
 * two numbers and no range, though N is below M?  Sets of a match ("4-6
 * 7-6 (7-5)"), between two names ("Wasps 31-37 Leicester"), before a
 * word of results ("a 1-3 defeat", "0-40 down", "a 5-4 ruling") or after
 * a verb of them with nothing after the score ("lost 0-2 to", "voted
 * 48-52."; not "won 20-30 seats"). */
static bool S_score(const cc_segmented *seg, uint32_t i, uint32_t end) {
  static const char *const after[] = {
      "win",      "wins",     "victory",   "defeat",    "loss",  "draw",
      "lead",     "deficit",  "scoreline", "thrashing", "down",  "drubbing",
      "triumph",  "reverse",  "aggregate", "vote",      "votes", "decision",
      "ruling",   "verdict",  "majority",  NULL};
  static const char *const verbs[] = {
      "won",     "lost",    "beat",    "beaten",   "drew",     "trailed",
      "trailing", "led",    "leading", "losing",   "winning",  "defeated",
      "thrashed", "edged",  "voted",   "passed",   "failed",   "rejected",
      "approved", "confirmed", NULL};
  static const char *const ends[] = {"to",   "against", "at",  "in",  "on",
                                     "over", "after",   "with", "and", NULL};
  static const char *const open[] = {"(", NULL}, *const close[] = {")", NULL};
  if (!S_score_pair(seg, i, end))
    return false;
  uint32_t n = i + 3; /* the token after the score */
  if (n < end && (S_score_pair(seg, n, end) || S_tok_in(seg, n, open)))
    return true; /* "6-4 7-6", "7-6 (7-5)" */
  if (S_score_list(seg, i, end))
    return true; /* "6-4, 3-6, 7-6" */
  if ((S_back_ok(seg, i, 3) && S_score_pair(seg, i - 3, end)) ||
      (S_back_ok(seg, i, 1) && S_tok_in(seg, i - 1, close)) ||
      (S_back_ok(seg, i, 4) && S_tok_in(seg, i - 1, open) &&
       S_score_pair(seg, i - 4, end)))
    return true; /* the last set, a tie-break's "6-7 (3-7)" */
  if (n < end && S_tok_in(seg, n, after))
    return true;
  if (S_back_ok(seg, i, 1) && n < end && S_name_word(seg, i - 1) &&
      S_name_word(seg, n))
    return true;
  if (n < end && S_t(seg, n)->kind == CC_TOK_WORD && !S_tok_in(seg, n, ends))
    return false;
  for (uint32_t c = 1; c <= 3 && S_back_ok(seg, i, c); c++)
    if (S_tok_in(seg, i - c, verbs))
      return true; /* "beat Arsenal 3-1 at home" */
  return false;
}

/* Is "N-M" at token i a model's name after its maker's ("Boeing 737-800",
 * "ATR 72-500"): a capitalized word before it inside the sentence, N of
 * two or three digits and no multiple of ten, M a round hundred above
 * it?  No number at all, as a phone number's ("between 300-400 people"
 * has no name before it). */
static bool S_model_pair(const cc_segmented *seg, uint32_t i, uint32_t end) {
  if (!S_score_pair(seg, i, end) || !S_back_ok(seg, i, 1) ||
      !S_name_word(seg, i - 1) || S_t(seg, i - 1)->norm_len < 2)
    return false;
  const cc_token *a = S_t(seg, i), *b = S_t(seg, i + 2);
  long n = strtol(a->norm, NULL, 10), mm = strtol(b->norm, NULL, 10);
  return a->norm_len >= 2 && n % 10 != 0 && b->norm_len == 3 &&
         mm % 100 == 0 && n < mm;
}

/* A side, then a separator and a second side: "6-7", "six to seven". */
static bool S_sep_range(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t i, uint32_t end, bool units, S_side *l,
                        S_expr *x) {
  uint32_t k = l->e, a = 0;
  bool change = false, after_verb = false;
  if (k >= end || (l->c.np & CC_NP_ORDINAL))
    return false;
  static const char *const to_w[] = {"to", NULL};
  if (S_hyphen(S_t(seg, k)) && k + 2 < end && S_tok_in(seg, k + 1, to_w) &&
      !(S_t(seg, k)->flags & CC_TF_SPACE_BEFORE)) {
    a = k + 2; /* a suspended hyphen: "a 40- to 60-hour course" */
  } else if (S_hyphen(S_t(seg, k))) {
    if (k == i + 1 && S_score(seg, i, end))
      return false; /* "lost 0-2 to", "6-7 (5-7)": a score */
    a = k + 1;
  } else {
    const S_ent *sep = S_match(m, seg, k, end, R_RSEP, &a);
    if (!sep)
      return false;
    /* words before "from" that make "from N to M" a span, not a change:
     * a range, an age or a price ("aged from 18 to 65", "priced from $5
     * to $10", "anything from 5 to 10"; not "cost", also the noun of "cut
     * the cost from $5 to $3") */
    static const char *const spans[] = {
        "range",    "ranges", "ranged",   "ranging", "anywhere", "vary",
        "varies",   "varied", "varying",  "anything", "aged",    "priced",
        "costing",  NULL};
    static const char *const to[] = {"to", NULL}, *const or[] = {"or", NULL};
    const S_ent *before = i > 0 ? S_tok(m, seg, i - 1) : NULL;
    static const char *const from[] = {"from", NULL};
    if (before && (before->roles & R_CHANGE) && /* "rose from 5 to 7" */
        !S_tok_in(seg, k, or) &&                 /* ("rose 2 or 3%") */
        !(i > 1 && S_tok_in(seg, i - 2, spans))) { /* "range from $10 to $20" */
      /* a verb right before "N to M": a range only when one unit serves
       * both ends ("rose 3 to 4 percent"; S_one_unit) */
      if (!S_tok_in(seg, k, to) || S_tok_in(seg, i - 1, from))
        return false;
      after_verb = true;
    }
    change = S_tok_in(seg, k, to); /* (not "raise taxes by £10bn or £11bn") */
  }
  S_side r;
  if (!S_side_parse(m, seg, a, end, units, false, &r) ||
      (after_verb && !S_one_unit(l, &r)) ||
      (change && S_change_to(m, seg, x->b, end, l, &r)) || !S_range(seg, l, &r, x))
    return false;
  x->e = r.e;
  return true;
}

/* "one in five", "9 out of 10": a count of a count, read as a share.
 * Whole numbers only, the second larger, and no four-digit year after
 * "in" ("5 in 2018"). */
static void S_ratio(const cc_num_model *m, const cc_segmented *seg,
                    uint32_t end, S_expr *x) {
  uint32_t a;
  /* hyphened as an adjective: "a one-in-five chance" */
  bool hy = S_joining_hyphen(seg, x->e, end);
  if (x->cur || x->pct || x->bare || x->v < 0 || x->v != floor(x->v) ||
      (x->np & (CC_NP_ORDINAL | CC_NP_VAGUE | CC_NP_FRACTION)) ||
      !S_match(m, seg, x->e + hy, end, R_RATIO, &a))
    return;
  if (hy && !S_joining_hyphen(seg, a, end))
    return;
  a += hy;
  S_core d;
  if (!S_core_parse(m, seg, a, end, false, false, &d) || d.bare || d.pct ||
      d.pct_tok || d.cur || d.v <= x->v || d.v != floor(d.v) ||
      (d.np & (CC_NP_ORDINAL | CC_NP_VAGUE | CC_NP_FRACTION)))
    return;
  const cc_token *t = S_t(seg, a);
  if (t->kind == CC_TOK_NUM && t->norm_len == 4 && d.e == a + 1)
    return;
  x->ratio = d.v;
  x->e = d.e;
}

/* Token t is one punctuation mark of set. */
static bool S_punct_is(const cc_token *t, const char *set) {
  return t->kind == CC_TOK_PUNCT && t->norm_len == 1 && strchr(set, t->norm[0]);
}

/* May the pre-qualifier at tokens [i, a) qualify a number at a?  A sign
 * ("≥", ">=") qualifies only the number after it, and "<" and ">" also
 * mark up text ("<b>5</b>") and draw arrows ("->5", "=>6"): with those
 * the number must be attached, and no tag may open before them. */
static bool S_sign_qual(const cc_segmented *seg, uint32_t i, uint32_t a,
                        uint32_t end) {
  const cc_token *t = S_t(seg, i);
  if (t->kind == CC_TOK_WORD)
    return true;
  if (a >= end)
    return false;
  if (!S_punct_is(t, "<>"))
    return true; /* "≥ 5" */
  if (!S_attached(S_t(seg, a)))
    return false;
  if (i > 0 && S_attached(t) && S_punct_is(S_t(seg, i - 1), "-=<>"))
    return false; /* "->5", "<<5" */
  for (uint32_t k = i; k > 0 && i - k < 16 && S_attached(S_t(seg, k)); k--)
    if (S_punct_is(S_t(seg, k - 1), "<"))
      return false; /* "<b>5", "</span>5" */
  return true;
}

/* Is the post-qualifier read at [k, a) ("and over", "or more than") the
 * start of another qualified number instead: its words after the first
 * are a pre-qualifier and a number follows ("won 3 and over 2,000 fans
 * came"), or "than" follows ("200 or greater than 190")? */
static bool S_post_leads(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t k, uint32_t a, uint32_t end) {
  if (a >= end)
    return false;
  const cc_token *t = S_t(seg, a);
  if (t->kind == CC_TOK_WORD && t->norm_len == 4 && !memcmp(t->norm, "than", 4))
    return true;
  uint32_t b;
  S_side n;
  return S_match(m, seg, k + 1, end, R_QPRE, &b) && b == a &&
         S_side_parse(m, seg, a, end, true, false, &n); /* ("and under £5") */
}

static bool S_q_lower(uint8_t q) {
  return q == CC_Q_MORE_THAN || q == CC_Q_AT_LEAST;
}

static bool S_q_upper(uint8_t q) {
  return q == CC_Q_LESS_THAN || q == CC_Q_AT_MOST;
}

/* A lower bound, "and" or "but", an upper bound: "over 18 and under 65",
 * "more than $10 but less than $20" bound one range, as "between" does
 * (x has the lower bound l qualified by q).  Only in that order and when
 * the bounds make a range: "under 5 and over 65" are two groups. */
static void S_bound_pair(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t end, bool units, const S_ent *q,
                         S_side *l, S_expr *x) {
  uint32_t a, b;
  const S_ent *q2;
  S_side r;
  S_expr y;
  /* the upper bound may come first: "no more than 50 and no less than
   * 20" (a band only if the ends leave room: "under 5 and over 65" are
   * two groups) */
  bool up = S_q_upper(q->qpre);
  if ((!S_q_lower(q->qpre) && !up) || (l->c.np & CC_NP_ORDINAL) ||
      x->e >= end || !S_match(m, seg, x->e, end, R_RJOIN, &a) ||
      !(q2 = S_match(m, seg, a, end, R_QPRE, &b)) ||
      !(up ? S_q_lower(q2->qpre) : S_q_upper(q2->qpre)) ||
      !S_sign_qual(seg, a, b, end) ||
      !S_side_parse(m, seg, b, end, units, false, &r))
    return;
  memset(&y, 0, sizeof y);
  if (!(up ? S_range(seg, &r, l, &y) : S_range(seg, l, &r, &y)))
    return;
  y.b = x->b;
  y.e = r.e;
  /* the ends as each qualifier gives them ("just over" 1x, "under" 1x) */
  const S_ent *ql = up ? q2 : q, *qh = up ? q : q2;
  if (!isinf(ql->qpre_lo))
    y.lo *= ql->qpre_lo;
  if (!isinf(qh->qpre_hi))
    y.hi *= qh->qpre_hi;
  if (!(y.lo < y.hi))
    return;
  *x = y;
}

/* Is pre-qualifier q at token i a particle of the verb before it: "up"
 * and a "to" of the level ("the rate went up to 5.5%", "fans turned up
 * to one gig"; "could cost up to £5m" is an upper bound), or "over"
 * ("handed over $5m", "slotted over four penalties", "presided over
 * two hearings")? */
static bool S_particle(const cc_segmented *seg, uint32_t i, const S_ent *q) {
  static const char *const ups[] = {
      "went",    "go",     "goes",   "gone",   "going",    "turned",
      "turn",    "turns",  "turning", "shot",  "moved",    "move",
      "moves",   "moving", "edged",  "ticked", "crept",    "came",
      "come",    "comes",  "stepped", "ramped", "revised", "bumped",
      "ratcheted", "marked", NULL};
  static const char *const overs[] = {
      "handed", "hand",    "hands",    "handing",  "slotted", "kicked",
      "turned", "turning", "signed",   "signing",  "presided", "presides",
      "preside", "presiding", NULL};
  if (i == 0)
    return false;
  if (!strcmp(q->key, "up to"))
    return S_tok_in(seg, i - 1, ups);
  return !strcmp(q->key, "over") && S_tok_in(seg, i - 1, overs);
}

/* Is "over", "under", "above" or "below" (q) a preposition before a
 * lone "one" at token j ("the row over one sentence", "a game under one
 * manager")?  "More than one" is written so; "over one million" is. */
static bool S_over_one(const cc_segmented *seg, uint32_t j, const S_ent *q,
                       const S_expr *x) {
  static const char *const preps[] = {"over", "under", "above", "below",
                                      NULL};
  static const char *const one[] = {"one", NULL};
  return x->e == j + 1 && !x->range && S_tok_in(seg, j, one) &&
         (q->qpre == CC_Q_MORE_THAN || q->qpre == CC_Q_LESS_THAN) &&
         S_tok_in(seg, j - 1, preps);
}

/* A post-qualifier after expression x ("5 or more", "20-odd"), which had
 * the pre-qualifier q (or none).  After an exact one ("exactly") or
 * "about" before an open end ("about 300 or more") it shapes the
 * interval; after another it only belongs to the span ("more than 5,000
 * or so", "some 40-odd": the first word says what is meant). */
static void S_post_qual(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t end, const S_ent *q, S_expr *x) {
  uint32_t k = S_joining_hyphen(seg, x->e, end) ? x->e + 1 : x->e, a;
  const S_ent *pq = S_match(m, seg, k, end, R_QPOST, &a);
  if (!pq || !(k == x->e || S_attached(S_t(seg, k))) ||
      S_post_leads(m, seg, k, a, end))
    return;
  if (!q || q->qpre == CC_Q_NONE ||
      (q->qpre == CC_Q_APPROX && pq->qpost != CC_Q_APPROX))
    S_apply_qual(x, pq->qpost, pq->qpost_lo, pq->qpost_hi);
  x->e = a;
}

/* expr := [prequal] (opener side closer side | side [sep side]) [postqual]
 *       | lower-prequal side join upper-prequal side */
static bool S_expr_parse(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t i, uint32_t end, bool units, S_expr *x) {
  memset(x, 0, sizeof *x);
  x->b = i;
  uint32_t j = i, a;
  const S_ent *q = S_match(m, seg, j, end, R_QPRE, &a);
  if (q && !S_sign_qual(seg, i, a, end))
    return false;
  /* "the run-up to 2015", "the lead-up to 50 days": a word hyphened to
   * the one before is part of it, no qualifier */
  if (q && i > 0 && S_joining_hyphen(seg, i - 1, end) &&
      S_attached(S_t(seg, i - 1)))
    return false;
  if (q)
    j = a;
  const S_ent *op = S_match(m, seg, j, end, R_ROPEN, &a);
  S_side l, r;
  if (op) { /* "between 5 and 10" */
    uint32_t c;
    if (!S_side_parse(m, seg, a, end, units, true, &l) ||
        !S_match_str(seg, l.e, end, op->closer, &c) ||
        !S_side_parse(m, seg, c, end, units, false, &r) || !S_range(seg, &l, &r, x))
      return false;
    x->e = r.e;
  } else {
    if (!S_side_parse(m, seg, j, end, units, false, &l))
      return false;
    if (!S_sep_range(m, seg, j, end, units, &l, x)) {
      S_single(&l, x);
      x->e = l.e;
      if (units)
        S_ratio(m, seg, end, x);
    }
  }
  if ((x->np & CC_NP_ORDINAL) && q)
    return false; /* "over first" is not a quantity */
  if (q && (S_over_one(seg, j, q, x) || S_particle(seg, i, q)))
    return false; /* (asked once a number is read: "over" is common) */
  if (q) {
    S_apply_qual(x, q->qpre, q->qpre_lo, q->qpre_hi);
    if (!op && !x->range)
      S_bound_pair(m, seg, end, units, q, &l, x);
  }
  if (!(x->np & CC_NP_ORDINAL) && !x->bare && x->e < end && !(q && x->range))
    S_post_qual(m, seg, end, q, x);
  return true;
}

/* ---- public entry points ------------------------------------------------- */

/* No number expression (without units) can start at token i < end: a
 * word or symbol that starts no pre-qualifier, range opener or number
 * word fails every way into S_expr_parse, which needs digits, a
 * punctuation mark before digits or such a key at its first token (a
 * currency, a percent word, a ratio or a range separator alone do not
 * start one: "in", "to", "percent").  The answer comes from S_match's
 * cache, so most words cost one lookup. */
static bool S_no_start(const cc_num_model *m, const cc_segmented *seg,
                       uint32_t i, uint32_t end) {
  const cc_token *t = S_t(seg, i);
  uint32_t a;
  /* the roles S_expr_parse (no units) can begin with at a word: a
   * pre-qualifier, a range opener, or a key S_core_words can begin a
   * number with (not "of", "and") */
  return t->kind != CC_TOK_NUM && t->kind != CC_TOK_PUNCT &&
         !S_match(m, seg, i, end, R_QPRE | R_ROPEN | R_CSTART, &a);
}

/* No parse or mention kept for any word (S_plain_next). */
static void S_wc_clear(struct cc_num_mcache *mc) {
  for (uint32_t k = 0; k < S_WC_SLOTS; k++)
    mc->wc[k].st = mc->wm[k].st = NULL;
  if (mc->dc)
    for (uint32_t k = 0; k < S_DC_SLOTS; k++)
      memset(mc->dc[k].w, 0, sizeof mc->dc[k].w);
}

/* The model with memo's key cache attached (a shallow copy: the tables
 * are shared and read-only), or m itself when memo has none for end. */
static inline const cc_num_model *S_with_cache(const cc_num_model *m,
                                        const cc_num_memo *memo,
                                        uint32_t end) {
  if (!m || !memo || !memo->mc || memo->end != end)
    return m;
  struct cc_num_mcache *mc = memo->mc;
  if (mc->src != m->serial) { /* the tables are read-only: one copy serves */
    mc->model = *m;
    mc->model.mc = mc;
    if (mc->src) /* (0: a cache never used, empty: its fresh pages stay
                    unwritten) */
      S_wc_clear(mc); /* another model's entries */
    mc->src = m->serial;
  }
  return &mc->model;
}

bool cc__num_parse(const cc_num_model *m, const cc_segmented *seg, uint32_t i,
                   uint32_t end, cc_numparse *out) {
  if (!m || !seg || i >= end || end > seg->ntokens)
    return false;
  S_expr x;
  if (!S_expr_parse(m, seg, i, end, false, &x))
    return false;
  memset(out, 0, sizeof *out);
  out->tok_begin = i;
  out->tok_end = x.e;
  out->value = x.v;
  out->lo = x.lo;
  out->hi = x.hi;
  out->qual = x.qual;
  out->flags = x.np;
  return true;
}

/* No slot of mc valid for any gen but 0. */
static void S_mc_untag(struct cc_num_mcache *mc) {
  for (uint32_t k = 0; k < S_MC_TOKS; k++) {
    mc->s[k].gen = 0;
    for (uint32_t v = 0; v < S_CS_VARIANTS; v++)
      mc->cs[k][v].gen = 0;
  }
}

void cc__num_memo_reset(cc_num_memo *memo, uint32_t begin, uint32_t end) {
  uint32_t n = end > begin ? end - begin : 0;
  if (!memo->mc && !S_tls_mc)
    S_tls_mc = cc_thread_calloc(sizeof *S_tls_mc);
  if (!memo->mc && !S_tls_mc->busy) { /* the thread's, as it was left */
    S_tls_mc->busy = true;
    memo->mc = &S_tls_mc->mc;
    memo->mc->dc = S_tls_mc->dc;
    memo->state = S_tls_mc->state;
    memo->res = S_tls_mc->res;
    memo->cap = S_TLS_TOKS;
  } else if (!memo->mc) { /* clear the tags only */
    memo->mc = cc_xmalloc(sizeof *memo->mc);
    memo->mc->src = 0;
    memo->mc->dc = NULL; /* (the thread's cache alone keeps numbers) */
    S_wc_clear(memo->mc);
    S_mc_untag(memo->mc);
    memo->mc->gen = 0;
  }
  if (n > memo->cap) {
    uint32_t cap = memo->cap ? memo->cap : 64;
    while (cap < n)
      cap *= 2;
    /* (nothing in the thread's arrays is kept) */
    if (S_tls_mc && memo->state == S_tls_mc->state) {
      memo->state = NULL;
      memo->res = NULL;
    }
    memo->state = cc_xrealloc(memo->state, cap);
    memo->res = cc_xrealloc(memo->res, cap * sizeof *memo->res);
    memo->cap = cap;
  }
  memo->base = begin;
  memo->n = n;
  memo->end = end;
  memo->sentence = UINT32_MAX;
  if (n)
    memset(memo->state, 0, n);
  if (++memo->mc->gen == 0) { /* wrapped: old tags could match again */
    S_mc_untag(memo->mc);
    memo->mc->gen = 1;
  }
  memo->mc->words = NULL;
  memo->mc->wn = 0;
}

/* cc__num_memo_start's rare cases (the first sentence, a longer one, the
 * generation's wrap): out of line, so that the common case saves no
 * registers. */
__attribute__((noinline)) static void
S_memo_start_rare(cc_num_memo *memo, uint32_t begin, uint32_t end,
                  const cc_tok_words *const *w) {
  cc__num_memo_reset(memo, begin, end);
  cc__num_memo_words(memo, w, begin);
}

void cc__num_memo_start(cc_num_memo *memo, uint32_t begin, uint32_t end,
                        const cc_tok_words *const *w) {
  uint32_t n = end > begin ? end - begin : 0;
  struct cc_num_mcache *mc = memo->mc;
  if (!mc || n > memo->cap || mc->gen == UINT32_MAX) {
    S_memo_start_rare(memo, begin, end, w); /* (a tail call) */
    return;
  }
  memo->base = begin;
  memo->n = n;
  memo->end = end;
  memo->sentence = UINT32_MAX;
  mc->gen++; /* (not UINT32_MAX before: no wrap) */
  mc->words = w;
  mc->wbase = begin;
  mc->wend = end;
  mc->wn = w ? n : 0;
  if (n <= 32 && memo->cap >= 32) {
    /* most sentences: two stores, not a call (the states past n are
     * never read: every ask is below n) */
    static const uint8_t zero[32];
    memcpy(memo->state, zero, sizeof zero);
  } else {
    memset(memo->state, 0, n); /* (last: a tail call) */
  }
}

void cc__num_memo_words(cc_num_memo *memo, const cc_tok_words *const *w,
                        uint32_t base) {
  if (!memo || !memo->mc)
    return;
  memo->mc->words = w;
  memo->mc->wbase = base;
  memo->mc->wend = memo->end;
  memo->mc->wn = w && base <= memo->end ? memo->end - base : 0;
}

void cc__num_memo_free(cc_num_memo *memo) {
  bool lent = S_tls_mc && memo->mc == &S_tls_mc->mc;
  if (!S_tls_mc || memo->state != S_tls_mc->state) {
    cc_xfree(memo->state);
    cc_xfree(memo->res);
  }
  if (lent)
    S_tls_mc->busy = false; /* kept for the thread's next memo */
  else
    cc_xfree(memo->mc);
  *memo = (cc_num_memo)CC_NUM_MEMO_INIT;
}

/* S_match(mask) finds nothing at token i, known from the driver's reading
 * alone: a word or symbol that begins no key (most words), or whose own
 * entry has no role in mask and no longer key is read there
 * (S_short_keys, which keeps that answer for S_match). */
static inline bool S_no_key_at(const cc_num_model *m, const cc_num_memo *memo,
                               const cc_segmented *seg, uint32_t i,
                               uint32_t mask) {
  const struct cc_num_mcache *mc = memo->mc;
  if (!mc || i - mc->wbase >= mc->wn) /* (wend is memo's end then) */
    return false;
  const cc_tok_words *w = mc->words[i - mc->wbase];
  const cc_token *t = S_t(seg, i);
  if (!w->known || t->kind == CC_TOK_NUM || t->kind == CC_TOK_PUNCT)
    return false;
  const S_first *st = w->ns;
  return !st || (!(st->ent_roles & mask) &&
                 S_short_keys(m, memo->mc, seg, i, memo->end, st));
}

/* Token i is a mark (a punctuation token) that begins no key (the
 * driver's reading: no ns) and is not followed by attached digits (the
 * sentence ends there, or the next token is separate or no number): no
 * number starts there ("." at a sentence's end, ", aides").
 * S_expr_parse finds no qualifier or range opener at it (S_match reads
 * the reading), and S_core_run reads a mark only before attached digits
 * ("-5", ".75"), else as a key. */
static inline bool S_last_mark(const cc_num_memo *memo,
                               const cc_segmented *seg, uint32_t i) {
  const struct cc_num_mcache *mc = memo->mc;
  if (!mc || i - mc->wbase >= mc->wn) /* (wend is memo's end then) */
    return false;
  const cc_tok_words *w = mc->words[i - mc->wbase];
  if (!w->known || w->ns || S_t(seg, i)->kind != CC_TOK_PUNCT)
    return false;
  const cc_token *n = i + 1 < memo->end ? S_t(seg, i + 1) : NULL;
  return !n || !S_attached(n) || n->kind != CC_TOK_NUM;
}

/* Token i (< end, the memo's end) is a word whose own entry may start a
 * number and token i + 1 a separate word (a word token, not attached)
 * that begins no key and is none (the driver's reading: no ns, so no
 * nk), or whose keys, its own among them, are share words only ("the",
 * "all": S_share alone asks for them, after "of", which is a key of
 * another role), after which no longer key goes on from token i
 * (S_short_keys, which keeps S_match's answer at i): then the parse at i
 * reads token i's keys, finds none of a role it asks at token i + 1
 * (S_match, S_tok: its reading; a word token is no hyphen, no digits and
 * no mark before digits, and every read of a later token goes through
 * it) and stops there, so its answer depends on token i's word alone
 * ("between the", "over the", "half the" as "between us").  Its start
 * entry, else NULL. */
static const S_first *S_plain_next(const cc_num_model *m,
                                   const cc_num_memo *memo,
                                   const cc_segmented *seg, uint32_t i,
                                   uint32_t end) {
  struct cc_num_mcache *mc = memo->mc;
  if (!mc || !mc->words || i < mc->wbase || i + 1 >= mc->wend ||
      end != mc->wend)
    return NULL;
  const cc_tok_words *w = mc->words[i - mc->wbase];
  const cc_tok_words *x = mc->words[i + 1 - mc->wbase];
  const cc_token *n = S_t(seg, i + 1);
  if (S_t(seg, i)->kind != CC_TOK_WORD || !w->known || !w->ns ||
      n->kind != CC_TOK_WORD || !x->known ||
      (x->ns && (x->ns->roles_all & ~(uint32_t)S_NEXT_ROLES)) ||
      (x->nk && (x->nk->roles & ~(uint32_t)S_NEXT_ROLES)) || x->aunit ||
      S_attached(n))
    return NULL;
  if (!S_short_keys(m, mc, seg, i, end, w->ns))
    return NULL;
  mc->s[i & (S_MC_TOKS - 1)].pn = w->ns; /* for the mention (S_pn_at) */
  return w->ns;
}

/* The start entry S_plain_next found at token i of the sentence ending at
 * end, when the parse there asked it (the slot is still i's), else
 * NULL. */
static inline const S_first *S_pn_at(const cc_num_memo *memo, uint32_t i,
                                      uint32_t end) {
  const struct cc_num_mcache *mc = memo->mc;
  if (!mc || memo->end != end)
    return NULL;
  const S_mslot *s = &mc->s[i & (S_MC_TOKS - 1)];
  return s->gen == mc->gen && s->k == i && s->end == end ? s->pn : NULL;
}

static inline S_wcslot *S_wc_slot(struct cc_num_mcache *mc,
                                  const S_first *st) {
  return &mc->wc[st->wslot];
}

/* The parse at token i kept for st (S_plain_next), or a new one kept. */
static bool S_parse_plain_next(const cc_num_model *m, cc_num_memo *memo,
                               const cc_segmented *seg, uint32_t i,
                               uint32_t end, const S_first *st,
                               cc_numparse *out) {
  S_wcslot *c = S_wc_slot(memo->mc, st);
  if (c->st == st) {
    if (c->ok) {
      *out = c->np;
      out->tok_begin += i;
      out->tok_end += i;
    }
#ifdef CC_RECOG_CHECK_INERT /* the plain parse's answer */
    cc_numparse p;
    memset(&p, 0, sizeof p);
    bool ok = cc__num_parse(m, seg, i, end, &p);
    if (ok != c->ok ||
        (ok && (p.tok_begin != out->tok_begin || p.tok_end != out->tok_end ||
                memcmp(&p.value, &out->value, sizeof p.value) ||
                memcmp(&p.lo, &out->lo, sizeof p.lo) ||
                memcmp(&p.hi, &out->hi, sizeof p.hi) || p.qual != out->qual ||
                p.flags != out->flags))) {
      fprintf(stderr, "recog_num: another parse at \"%s\" before \"%s\"\n",
              S_t(seg, i)->norm, S_t(seg, i + 1)->norm);
      abort();
    }
#endif
    return c->ok;
  }
  bool ok = !S_no_start(m, seg, i, end) && cc__num_parse(m, seg, i, end, out);
  c->st = st;
  c->ok = ok;
  if (ok) {
    c->np = *out;
    c->np.tok_begin -= i;
    c->np.tok_end -= i;
  }
  return ok;
}

/* Token i (< end, the memo's end) is a number in digits whose text is
 * digits, ',', '.', '%' and ':' only (at most S_DC_LEN bytes; a ':', as
 * in "12:30", makes S_digits fail, as no branch of it takes one, and
 * S_slash_frac and S_decimal_comma want a '/' or ',' instead: the core
 * fails at the number, reading its text alone), and after it
 * the sentence ends, or comes a word whose keys, its own among them, are
 * share words only (none at most), or a mark (no hyphen) that begins no
 * key and is none (the driver's reading).  Then the parse there and the
 * mention read token i's text (S_digits: no letter suffix, so no
 * S_upper_suffix; no '/'; no key begins with a digit, digit_starts), find
 * nothing of a role they ask at token i + 1 (scale, fraction, "and",
 * "of", separator, percent, currency, ratio, post-qualifier: all keys,
 * read through S_match and S_tok; the kind tests of "3 1/2", "1 500" and
 * "2½" want a number or a fraction sign there) and stop, so their
 * answers depend on the text alone; of what is before token i the
 * mention reads only S_model_name ("COVID-19"), which its caller asks
 * first.  The cache's slot for the text, else NULL. */
static int S_str_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool cc__counted_noun(const cc_token *t) {
  /* sorted for bsearch */
  static const char *const nouns[] = {
      "acres",     "adults",       "animals",    "birds",      "buildings",
      "cars",      "cases",        "cattle",     "children",   "citizens",
      "civilians", "copies",       "deaths",     "delegates",  "demonstrators",
      "doctors",   "employees",    "families",   "fans",       "feet",
      "firefighters", "hectares",  "homes",      "households", "houses",
      "infections", "inmates",     "jobs",       "kilometers", "kilometres",
      "members",   "men",          "meters",     "metres",     "migrants",
      "miles",     "nurses",       "officers",   "passengers", "patients",
      "people",    "personnel",    "persons",    "police",     "policemen",
      "prisoners", "protesters",   "pupils",     "refugees",   "residents",
      "seats",     "sheep",        "signatures", "soldiers",   "spectators",
      "staff",     "students",     "supporters", "survivors",  "teachers",
      "tonnes",    "tons",         "tourists",   "trees",      "troops",
      "vehicles",  "victims",      "visitors",   "volunteers", "voters",
      "votes",     "women",        "workers",    "years"};
  if (t->kind != CC_TOK_WORD || (t->flags & CC_TF_CAP) || t->norm_len < 3 ||
      t->norm_len > 15)
    return false;
  char w[16];
  memcpy(w, t->norm, t->norm_len);
  w[t->norm_len] = '\0';
  const char *key = w;
  return bsearch(&key, nouns, sizeof nouns / sizeof nouns[0], sizeof nouns[0],
                 S_str_cmp) != NULL;
}

/* Is token e (< end) a counted noun (cc__counted_noun)? */
static bool S_counted_after(const cc_segmented *seg, uint32_t e,
                            uint32_t end) {
  return e < end && cc__counted_noun(S_t(seg, e));
}

static S_dcslot *S_dc_slot(const cc_num_model *m, const cc_num_memo *memo,
                           const cc_segmented *seg, uint32_t i, uint32_t end,
                           const S_first *lead);

/* Token k (< end, the memo's end), after a number's core, holds nothing
 * of a role the parse or the mention asks there: a word whose keys, its
 * own among them, have S_NEXT_ROLES only (none at most), or a mark (no
 * hyphen) that begins no key and is none (the driver's reading). */
static inline bool S_dc_after(const struct cc_num_mcache *mc,
                              const cc_segmented *seg, uint32_t k) {
  const cc_token *n = S_t(seg, k);
  const cc_tok_words *x = mc->words[k - mc->wbase];
  return x->known && (n->kind == CC_TOK_WORD || n->kind == CC_TOK_PUNCT) &&
         !S_hyphen(n) &&
         !(x->ns && (n->kind == CC_TOK_PUNCT ||
                     (x->ns->roles_all & ~(uint32_t)S_NEXT_ROLES))) &&
         !(x->nk && (n->kind == CC_TOK_PUNCT ||
                     (x->nk->roles & ~(uint32_t)S_NEXT_ROLES)));
}

/* Token k (< end), after a number in digits, is a separate word whose
 * own key is a scale ("million", "billion": roles R_SCALE, and R_CSTART,
 * which only reads at an expression's first token ask) and whose keys,
 * the longer ones from it among them, have no other role: its entry, else
 * NULL.  Every read of the parse and the mention at such a token is of
 * its entry (S_tok; S_match, which finds nothing of the roles asked
 * there: R_CUR, R_PCT, R_RSEP, R_RATIO, R_QPOST; S_tok_nkind's NK_AND and
 * the fractions' R_FRAC find nothing either; S_scales takes the scale
 * or stops before it, by the entry and whether a currency comes before
 * the number, which the slot's lead fixes) or of its text ("3 1/2", a
 * year: no '/' and no digits in a scale word), which the entry fixes (the
 * keys are texts); a scale taken, the read goes on at token k + 1 as it
 * would after the number alone (S_dc_after holds there: S_scales stops,
 * as R_SCALE and R_PLURAL are asked).  So S_dc_slot keeps the answers
 * of "$ 3,100 million" by the number's text, lead and this entry. */
static inline const struct cc__num_key *
S_dc_scale(const struct cc_num_mcache *mc, const cc_segmented *seg,
           uint32_t k) {
  const cc_token *n = S_t(seg, k);
  const cc_tok_words *x = mc->words[k - mc->wbase];
  if (!x->known || n->kind != CC_TOK_WORD || S_attached(n) || !x->nk ||
      !x->ns || x->ns->ent != x->nk ||
      (x->nk->roles & ~(uint32_t)(R_SCALE | R_CSTART)) ||
      !(x->nk->roles & R_SCALE) || x->ns->roles_all != x->nk->roles)
    return NULL;
  return x->nk;
}

static S_dcslot *S_digits_alone(const cc_num_model *m,
                                const cc_num_memo *memo,
                                const cc_segmented *seg, uint32_t i,
                                uint32_t end) {
  return S_dc_slot(m, memo, seg, i, end, NULL);
}

/* S_digits_alone's tests of the number at token i and of what follows
 * it; the slot for its text and lead (NULL: none), else NULL. */
static S_dcslot *S_dc_slot(const cc_num_model *m, const cc_num_memo *memo,
                           const cc_segmented *seg, uint32_t i, uint32_t end,
                           const S_first *lead) {
  struct cc_num_mcache *mc = memo->mc;
  const cc_token *t = S_t(seg, i);
  if (t->kind != CC_TOK_NUM || !mc || !mc->dc || !mc->words ||
      end != mc->wend || end != memo->end || i < mc->wbase ||
      t->norm_len > S_DC_LEN || m->digit_starts)
    return NULL;
  uint32_t h = 2166136261u;
  /* the text NUL-padded as the slots keep it: two words compared, not
   * strncmp (the text has no NUL) */
  char key[S_DC_LEN + 1] = {0};
  for (uint32_t k = 0; k < t->norm_len; k++) {
    char c = t->norm[k];
    if (!((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '%' ||
          c == ':'))
      return NULL;
    key[k] = c;
    h = (h ^ (uint8_t)c) * 16777619u;
  }
  const struct cc__num_key *scale = NULL;
  if (i + 1 < end && !S_dc_after(mc, seg, i + 1)) {
    scale = S_dc_scale(mc, seg, i + 1);
    if (!scale || (i + 2 < end && !S_dc_after(mc, seg, i + 2)))
      return NULL;
  }
  /* a year-like number before a counted noun is read by that noun too
   * (S_mention's "about 2000 people"): not kept */
  if (t->norm_len == 4 && S_counted_after(seg, scale ? i + 2 : i + 1, end))
    return NULL;
  bool att = lead && S_attached(t);
  h ^= (uint32_t)((uintptr_t)lead >> 4) * 2654435761u + att;
  h ^= (uint32_t)((uintptr_t)scale >> 4) * 0x85EBCA6Bu;
  S_dcslot *d = &mc->dc[(h ^ (h >> 15)) & (S_DC_SLOTS - 1)];
  uint64_t k0, k1, w0, w1;
  memcpy(&k0, key, 8);
  memcpy(&k1, key + 8, 8);
  memcpy(&w0, d->w, 8);
  memcpy(&w1, d->w + 8, 8);
  if (((k0 ^ w0) | (k1 ^ w1)) != 0 || d->lead != lead || d->att != att ||
      d->scale != scale) {
    memcpy(d->w, key, sizeof d->w); /* another number's: now this one's */
    d->lead = lead;
    d->att = att;
    d->scale = scale;
    d->pok = d->mok = 0;
  }
  return d;
}

/* Token i (< end, the memo's end) is a word or a sign ("over", "some",
 * "$"; not "one", S_pronoun_one) whose start entry is st, own entry
 * (st->own) no range opener (its closer is read as text) and after which
 * no longer key is read (S_short_keys), and token i + 1 a number that
 * S_digits_alone holds at.  Then the parse and the mention at i read
 * token i's keys (st's own entry alone: a qualifier, a currency, a
 * number word), token i + 1 by its text and kind (no key begins with a
 * digit: none is read there; as a core, S_core_digits, or as what
 * follows a word's core: a number, so no hyphen, mark, fraction, scale,
 * "of" or "and") and nothing of a role they ask at token i + 2, as at
 * S_digits_alone; of what is before token i, only a separator after the
 * number would make S_sep_range read the word before it ("rose from"),
 * and there is none; S_has_year reads the two tokens' texts.  So their
 * answers depend on st, the number's text and whether it is attached
 * ("$5"): the slot kept for them, else NULL. */
static S_dcslot *S_lead_digits(const cc_num_model *m, const cc_num_memo *memo,
                               const cc_segmented *seg, uint32_t i,
                               uint32_t end) {
  struct cc_num_mcache *mc = memo->mc;
  const cc_token *t = S_t(seg, i);
  if ((t->kind != CC_TOK_WORD && t->kind != CC_TOK_SYM) || !mc ||
      !mc->dc || i - mc->wbase >= mc->wn || end != mc->wend ||
      i + 1 >= end || S_t(seg, i + 1)->kind != CC_TOK_NUM)
    return NULL;
  const cc_tok_words *w = mc->words[i - mc->wbase];
  const S_first *st = w->known ? w->ns : NULL;
  if (!st || !st->own || (st->ent->roles & R_ROPEN) ||
      (t->norm_len == 3 && !memcmp(t->norm, "one", 3)) ||
      !S_short_keys(m, mc, seg, i, end, st))
    return NULL;
  return S_dc_slot(m, memo, seg, i + 1, end, st);
}

/* The parse at token i kept in d (S_digits_alone), or a new one kept. */
static bool S_parse_digits_kept(const cc_num_model *m, const cc_segmented *seg,
                                uint32_t i, uint32_t end, S_dcslot *d,
                                cc_numparse *out) {
  if (!d->pok) {
    bool ok = cc__num_parse(m, seg, i, end, out);
    d->pok = ok ? 2 : 1;
    if (ok) {
      d->np = *out;
      d->np.tok_begin -= i;
      d->np.tok_end -= i;
    }
    return ok;
  }
  if (d->pok == 2) {
    *out = d->np;
    out->tok_begin += i;
    out->tok_end += i;
  }
#ifdef CC_RECOG_CHECK_INERT /* the plain parse's answer */
  cc_numparse p;
  memset(&p, 0, sizeof p);
  bool ok = cc__num_parse(m, seg, i, end, &p);
  if (ok != (d->pok == 2) ||
      (ok && (p.tok_begin != out->tok_begin || p.tok_end != out->tok_end ||
              memcmp(&p.value, &out->value, sizeof p.value) ||
              memcmp(&p.lo, &out->lo, sizeof p.lo) ||
              memcmp(&p.hi, &out->hi, sizeof p.hi) || p.qual != out->qual ||
              p.flags != out->flags))) {
    fprintf(stderr, "recog_num: another parse of \"%s\" at token %u\n",
            S_t(seg, i)->norm, i);
    abort();
  }
#endif
  return d->pok == 2;
}

/* S_parse_first's most common way, read from the driver's readings of
 * tokens i and i + 1 alone: where S_plain_next holds at token i (< end,
 * the memo's end) and S_short_keys does without a third token (the next
 * word's mask, known, has no bit of st's list: S_next_may refuses it),
 * and a parse is kept for st (S_parse_plain_next), that parse, placed at
 * i into memo->res[k], and what S_short_keys and S_plain_next keep for
 * the token (its keys, S_pn_at's entry).  The new state (1, 2), or 0
 * when it cannot tell (then the whole way).  The inert build compares
 * the plain parse. */
static inline uint8_t S_parse_kept_next(const cc_num_model *m,
                                        const cc_segmented *seg, uint32_t i,
                                        uint32_t end, cc_num_memo *memo,
                                        uint32_t k) {
  struct cc_num_mcache *mc = memo->mc;
  if (!mc || mc->src != m->serial || !mc->words || end != mc->wend ||
      i - mc->wbase >= mc->wn || i + 1 >= end)
    return 0;
  const cc_token *t = S_t(seg, i), *n = t + 1;
  const cc_tok_words *w = mc->words[i - mc->wbase];
  const S_first *st = w->ns;
  if (t->kind != CC_TOK_WORD || !w->known || !st)
    return 0;
  S_wcslot *c = S_wc_slot(mc, st);
  const cc_tok_words *x = mc->words[i + 1 - mc->wbase];
  if (c->st != st || n->kind != CC_TOK_WORD || S_attached(n) || !x->known ||
      (x->ns && (x->ns->roles_all & ~(uint32_t)S_NEXT_ROLES)) ||
      (x->nk && (x->nk->roles & ~(uint32_t)S_NEXT_ROLES)) || x->aunit)
    return 0; /* (S_plain_next's tests) */
  /* S_short_keys: a word is no hyphen, and not attached */
  if (st->prefix && st->maxtok >= 2 &&
      (!cc__num_next_known(x->nextm) || ((x->nextm >> st->list) & 1)))
    return 0;
  S_mslot *s = &mc->s[i & (S_MC_TOKS - 1)];
  s->gen = mc->gen;
  s->k = i;
  s->end = end;
  s->n = st->own;
  s->roles = st->own_roles;
  s->e[0] = st->ent;
  s->after[0] = i + 1;
  s->pn = st;
  cc_numparse *out = &memo->res[k];
  if (c->ok) {
    *out = c->np;
    out->tok_begin += i;
    out->tok_end += i;
  }
#ifdef CC_RECOG_CHECK_INERT /* the whole way's tests, and the plain parse */
  {
    const S_first *pn = S_plain_next(S_with_cache(m, memo, end), memo, seg,
                                     i, end);
    cc_numparse p;
    memset(&p, 0, sizeof p);
    bool ok = cc__num_parse(m, seg, i, end, &p);
    if (pn != st || ok != c->ok ||
        (ok && (p.tok_begin != out->tok_begin || p.tok_end != out->tok_end ||
                memcmp(&p.value, &out->value, sizeof p.value) ||
                memcmp(&p.lo, &out->lo, sizeof p.lo) ||
                memcmp(&p.hi, &out->hi, sizeof p.hi) || p.qual != out->qual ||
                p.flags != out->flags))) {
      fprintf(stderr, "recog_num: the kept parse at \"%s\" read otherwise\n",
              t->norm);
      abort();
    }
  }
#endif
  return c->ok ? 2 : 1;
}

/* cc__num_parse_memo's first ask at token i (k in the memo) where
 * neither S_no_key_at nor S_last_mark holds: the parse, read through the
 * answers kept for words and numbers; the memo's new state (1 none, 2
 * res[k]).  Out of line: the entry point stays small for the many asks
 * it answers at once. */
__attribute__((noinline)) static uint8_t
S_parse_first(const cc_num_model *m, const cc_segmented *seg, uint32_t i,
              uint32_t end, cc_num_memo *memo, uint32_t k) {
  uint8_t fast = S_parse_kept_next(m, seg, i, end, memo, k);
  if (fast)
    return memo->state[k] = fast;
  const cc_num_model *mc = S_with_cache(m, memo, end);
  const S_first *st = S_plain_next(mc, memo, seg, i, end);
  S_dcslot *d = st ? NULL : S_digits_alone(mc, memo, seg, i, end);
  if (!st && !d)
    d = S_lead_digits(mc, memo, seg, i, end);
  bool ok = st  ? S_parse_plain_next(mc, memo, seg, i, end, st,
                                     &memo->res[k])
            : d ? S_parse_digits_kept(mc, seg, i, end, d, &memo->res[k])
                : !S_no_start(mc, seg, i, end) &&
                      cc__num_parse(mc, seg, i, end, &memo->res[k]);
  return memo->state[k] = ok ? 2 : 1;
}

/* cc__num_parse without a memo, out of line: cc__num_parse_memo, which
 * asks it seldom, keeps no frame for it. */
__attribute__((noinline)) static bool
S_parse_unkept(const cc_num_model *m, const cc_segmented *seg, uint32_t i,
               uint32_t end, cc_numparse *out) {
  return cc__num_parse(m, seg, i, end, out);
}

/* The parse depends only on (i, end), so a sentence's answers are kept;
 * other questions go to the parser directly. */
bool cc__num_parse_memo(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t i, uint32_t end, cc_num_memo *memo,
                        cc_numparse *out) {
  /* (i < base wraps past n: one compare) */
  if (!memo || end != memo->end || i - memo->base >= memo->n)
    return S_parse_unkept(m, seg, i, end, out);
  uint32_t k = i - memo->base;
  uint8_t state = memo->state[k];
  if (!state) {
    if (S_no_key_at(m, memo, seg, i, R_QPRE | R_ROPEN | R_CSTART) ||
        S_last_mark(memo, seg, i)) {
      /* most words: S_no_start */
#ifdef CC_RECOG_CHECK_INERT /* the plain parse finds none either */
      cc_numparse p;
      if (cc__num_parse(m, seg, i, end, &p)) {
        fprintf(stderr, "recog_num: a number at \"%s\", memo said none\n",
                S_t(seg, i)->norm);
        abort();
      }
#endif
      memo->state[k] = state = 1;
    } else {
      state = S_parse_first(m, seg, i, end, memo, k);
    }
  }
  if (state == 1)
    return false;
  *out = memo->res[k];
  return true;
}

bool cc__num_none_at(const cc_num_model *m, const cc_segmented *seg,
                     uint32_t i, uint32_t end, cc_num_memo *memo) {
  if (!memo || end != memo->end || i - memo->base >= memo->n ||
      !S_no_key_at(m, memo, seg, i, S_NONE_ROLES))
    return false;
  /* S_no_start holds too (its roles are among these): no number */
  memo->state[i - memo->base] = 1;
  return true;
}

bool cc__num_trigger(const cc_num_model *m, const cc_segmented *seg,
                     uint32_t i) {
  if (!m || !seg || i >= seg->ntokens)
    return false;
  const cc_token *t = S_t(seg, i);
  if (t->kind == CC_TOK_NUM)
    return true;
  if (t->kind == CC_TOK_PUNCT && t->norm_len == 1 &&
      (t->norm[0] == '.' || t->norm[0] == '-'))
    return i + 1 < seg->ntokens && S_attached(S_t(seg, i + 1)) &&
           S_t(seg, i + 1)->kind == CC_TOK_NUM;
  S_first *f = NULL;
  if (!m->wf_firsts || cc_wf_may(m->wf_firsts, t->norm, t->norm_len))
    HASH_FIND(hh, m->firsts, t->norm, t->norm_len, f);
  return f != NULL;
}

const struct cc__num_start *cc__num_start_find(const cc_num_model *m,
                                               const char *w, size_t n) {
  S_first *st = NULL;
  if (!m->wf_starts || cc_wf_may(m->wf_starts, w, n))
    HASH_FIND(hh, m->starts, w, n, st);
  return st;
}

const struct cc__num_key *cc__num_key_find(const cc_num_model *m,
                                           const char *w, size_t n) {
  S_ent *e = NULL;
  if (!m->wf_ents || cc_wf_may(m->wf_ents, w, n))
    HASH_FIND(hh, m->ents, w, n, e);
  return e;
}

void cc__num_each_start(const cc_num_model *m,
                        void (*fn)(void *ud, const char *key,
                                   const struct cc__num_start *ns),
                        void *ud) {
  for (const S_first *f = m->starts; f; f = f->hh.next)
    fn(ud, f->key, f);
}

void cc__num_each_key(const cc_num_model *m,
                      void (*fn)(void *ud, const char *key,
                                 const struct cc__num_key *nk),
                      void *ud) {
  for (const S_ent *e = m->ents; e; e = e->hh.next)
    fn(ud, e->key, e);
}

/* The bytes of text into first and pairs (cc__num_key_bytes). */
static void S_key_bytes(const char *text, uint64_t first[4],
                        uint64_t pairs[256][4]) {
  const unsigned char *t = (const unsigned char *)text;
  if (!t || !t[0])
    return;
  first[t[0] >> 6] |= 1ull << (t[0] & 63);
  for (size_t k = 1; t[k]; k++)
    pairs[t[k - 1]][t[k] >> 6] |= 1ull << (t[k] & 63);
}

void cc__num_key_bytes(const cc_num_model *m, uint64_t first[4],
                       uint64_t pairs[256][4]) {
  for (const S_ent *e = m->ents; e; e = e->hh.next) {
    S_key_bytes(e->key, first, pairs);
    S_key_bytes(e->closer, first, pairs);
  }
}

/* text has a byte that is no letter, digit or space. */
static bool S_marked(const char *text) {
  for (const unsigned char *t = (const unsigned char *)text; t && *t; t++)
    if (!((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
          (*t >= '0' && *t <= '9') || *t == ' '))
      return true;
  return false;
}

void cc__num_each_marked(const cc_num_model *m,
                         void (*fn)(void *ud, const char *text), void *ud) {
  for (const S_ent *e = m->ents; e; e = e->hh.next) {
    if (S_marked(e->key))
      fn(ud, e->key);
    if (S_marked(e->closer))
      fn(ud, e->closer);
  }
}

void cc__num_each_first(const cc_num_model *m,
                        void (*fn)(void *ud, const char *key), void *ud) {
  for (const S_first *f = m->firsts; f; f = f->hh.next)
    fn(ud, f->key);
}

uint64_t cc__num_next_mask(const cc_num_model *m, const char *w, size_t n) {
  uint64_t mask = 1ull << S_LIST_ALL;
  if (!n)
    return CC_NEXT_ASK; /* (S_next_may lets an empty word on) */
  unsigned char b = (unsigned char)w[0];
  if (!((m->listb[b >> 6] >> (b & 63)) & 1))
    return mask; /* no rest begins with its first byte */
  for (uint32_t k = 0; k < m->nlists; k++)
    if (S_next_may(m->lists[k], w, n))
      mask |= 1ull << k;
  return mask;
}

void cc__num_each_rest_prefix(const cc_num_model *m, size_t max,
                              void (*fn)(void *ud, const char *w, size_t n,
                                         unsigned bit),
                              void *ud) {
  for (uint32_t k = 0; k < m->nlists; k++)
    for (uint32_t t = 0; t < m->lists[k]->nnext; t++)
      for (size_t n = 1; n <= m->lists[k]->nextn[t] && n <= max; n++)
        fn(ud, m->lists[k]->nextw[t], n, k);
}

void cc__num_word_read(const cc_num_model *m, const char *w, size_t n,
                       cc_tok_words *tw) {
  tw->nextm = cc__num_next_mask(m, w, n);
  cc__num_word_roles(tw);
}

void cc__num_word_roles(cc_tok_words *tw) {
  const S_first *st = tw->ns;
  tw->nlist = st ? st->list : S_LIST_NONE;
  if (!st)
    tw->nnone = CC_NN_NONE; /* S_no_key_at: no key begins with it */
  else if (st->ent && (st->ent->roles & S_NONE_ROLES))
    tw->nnone = CC_NN_NEVER;
  else if (!(st->prefix && st->maxtok >= 2))
    tw->nnone = CC_NN_NONE; /* S_short_keys reads no next token */
  else
    tw->nnone = CC_NN_NEXT;
}

/* snprintf(buf, n, "%.15g", v) for v of 1e-4 <= |v| < 1e15, not whole,
 * where a decimal d of at most six places and fifteen digits reads as v
 * (the first that does, so its last place is not 0): true, with d in buf
 * (24 bytes at least), else false.  u / 10^k (u below 2^53, so exact, as
 * 10^k is) is the double nearest to d, so it equals v exactly when d
 * reads as v; and v is then within half a unit in the last place of d,
 * less than half a step of fifteen digits, so "%.15g" rounds v to d and
 * writes it as a fixed-point number without trailing zeros (the exponent
 * is -4 or more and below 15).  Values with no such d ("66.666...",
 * most thirds): false.  The inert build compares with snprintf. */
static bool S_fmt_short(double v, char *buf) {
  static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  double a = fabs(v);
  for (int k = 1; k <= 6; k++) {
    double sc = a * p10[k];
    if (!(sc < 9007199254740992.0)) /* 2^53 */
      return false;
    uint64_t u = (uint64_t)(sc + 0.5);
    if ((double)u / p10[k] != a)
      continue;
    if (u >= 1000000000000000ull) /* more than fifteen digits */
      return false;
    char tmp[24];
    int nd = 0;
    for (uint64_t x = u; x; x /= 10)
      tmp[nd++] = (char)('0' + x % 10);
    while (nd <= k) /* "0.25": a 0 before the point */
      tmp[nd++] = '0';
    size_t o = 0;
    if (v < 0)
      buf[o++] = '-';
    for (int d = nd; d-- > 0;) {
      buf[o++] = tmp[d];
      if (d == k)
        buf[o++] = '.';
    }
    buf[o] = '\0';
    return true;
  }
  return false;
}

/* Shortest decimal that reads back as v: "7200000", "0.25", "66.6666666666667".
 */
static void S_fmt(double v, char *buf, size_t n) {
  double a = fabs(v);
  if (isinf(v)) {
    snprintf(buf, n, "%s", v > 0 ? "inf" : "-inf");
  } else if (a >= 1e15) {
    snprintf(buf, n, "%.0f", v);
  } else if (a != 0 && a < 1e-4) {
    snprintf(buf, n, "%.12f", v);
    char *p = buf + strlen(buf);
    while (p > buf && p[-1] == '0')
      *--p = '\0';
  } else if (v == floor(v) && n >= 17) {
    /* an integer below 1e15 (most values): "%.15g" prints its digits, and
     * printf costs a hundred times more than this */
    char tmp[24];
    size_t k = 0;
    unsigned long long u = (unsigned long long)a;
    do {
      tmp[k++] = (char)('0' + u % 10);
      u /= 10;
    } while (u);
    size_t o = 0;
    if (v < 0)
      buf[o++] = '-';
    while (k)
      buf[o++] = tmp[--k];
    buf[o] = '\0';
  } else if (!(n >= 24 && S_fmt_short(v, buf))) {
    snprintf(buf, n, "%.15g", v == 0 ? 0.0 : v);
  }
#ifdef CC_RECOG_CHECK_INERT /* the bytes snprintf writes */
  if (!isinf(v) && a < 1e15 && !(a != 0 && a < 1e-4) && n >= 24) {
    char old[64];
    snprintf(old, sizeof old, "%.15g", v == 0 ? 0.0 : v);
    if (strcmp(old, buf) != 0) {
      fprintf(stderr, "recog: value %s written as %s\n", old, buf);
      abort();
    }
  }
#endif
}

/* Is the number token k the digits ending a code of digits, a letter and
 * digits ("7E7"'s last "7"; S_code_after)? */
static bool S_code_before(const cc_segmented *seg, uint32_t k) {
  if (k == 0 || !S_attached(S_t(seg, k)))
    return false;
  const cc_token *p = S_t(seg, k - 1);
  if (p->kind != CC_TOK_NUM || p->norm_len < 2)
    return false;
  unsigned char z = (unsigned char)p->norm[p->norm_len - 1];
  return (z >= 'a' && z <= 'z') || (z >= 'A' && z <= 'Z');
}

/* "COVID-19", "F-16": digits glued by a hyphen to a word are a name; so
 * are the last digits of "7E7".  Not after "magnitude", which measures
 * them ("a magnitude-6.8 quake"). */
static bool S_model_name(const cc_segmented *seg, uint32_t i) {
  if (S_code_before(seg, i))
    return true; /* "7E7"'s last "7" */
  if (i < 2 || S_t(seg, i)->kind != CC_TOK_NUM)
    return false;
  const cc_token *h = S_t(seg, i - 1), *w = S_t(seg, i - 2);
  return S_hyphen(h) && S_attached(h) && S_attached(S_t(seg, i)) &&
         w->kind == CC_TOK_WORD &&
         !(w->norm_len == 9 && memcmp(w->norm, "magnitude", 9) == 0);
}

/* Is token k a group of digits only (a part of a phone number)? */
static bool S_digit_group(const cc_segmented *seg, uint32_t k) {
  const cc_token *t = S_t(seg, k);
  if (t->kind != CC_TOK_NUM)
    return false;
  for (uint32_t c = 0; c < t->norm_len; c++)
    if (!S_isdigit(t->norm[c]))
      return false;
  return true;
}

/* Is the group of digits at token g joined by an attached hyphen to the
 * group dir tokens on (-2 or +2)? */
static bool S_group_joined(const cc_segmented *seg, uint32_t g, int dir,
                           uint32_t end) {
  uint32_t h = dir < 0 ? g - 1 : g + 1, o = dir < 0 ? g - 2 : g + 2;
  if (dir < 0 ? g < 2 : o >= end)
    return false;
  uint32_t later = dir < 0 ? g : o; /* the group after the hyphen */
  return S_hyphen(S_t(seg, h)) && S_attached(S_t(seg, h)) &&
         S_attached(S_t(seg, later)) && S_digit_group(seg, o);
}

/* Is the number token i the decimals of a word glued to digits, "EUR1.2bn",
 * "USD3.14", "GBP1.5m" (the segmenter cuts "EUR1" off as a word: a
 * code glued to its digits, a gap of the recognizer), which alone would
 * read 2bn, 14, 5m?  Or the digits after its thousands comma ("Rs10,000"
 * would read 0)? */
static bool S_glued_tail(const cc_segmented *seg, uint32_t i) {
  if (i < 2 || !S_attached(S_t(seg, i)))
    return false;
  const cc_token *d = S_t(seg, i - 1), *w = S_t(seg, i - 2);
  return d->kind == CC_TOK_PUNCT && d->norm_len == 1 &&
         (d->norm[0] == '.' || d->norm[0] == ',') && S_attached(d) &&
         w->kind == CC_TOK_WORD && w->norm_len >= 2 &&
         S_isdigit(w->norm[w->norm_len - 1]);
}

/* Token i is a word after a word that ends in a digit: a code glued to
 * its digits ("Rs500 crore", "USD3 billion"), where a scale word alone
 * would read one crore or a billion. */
static inline bool S_after_code(const cc_segmented *seg, uint32_t i) {
  const cc_token *w = i > 0 ? S_t(seg, i - 1) : NULL;
  return w && S_t(seg, i)->kind == CC_TOK_WORD && w->kind == CC_TOK_WORD &&
         w->norm_len >= 2 && S_isdigit(w->norm[w->norm_len - 1]);
}

/* Is token k a spaced group of digits after a group of digits ("555" in
 * "0800 555 111")? */
static bool S_spaced_group(const cc_segmented *seg, uint32_t k) {
  return k > 0 && !S_attached(S_t(seg, k)) && S_digit_group(seg, k) &&
         S_digit_group(seg, k - 1);
}

/* A phone number written in groups of digits spaced apart ("0800 555 111",
 * "020 7946 0000", "+44 20 7946 0000"), which would otherwise read as one
 * number in spaced thousands ("555 111").  Its first group opens with a
 * zero and has three digits or more (a trunk prefix: a count never opens
 * with a zero), or is glued to a "+" with three groups or more in all;
 * "1 500 000" keeps its thousands. */
static bool S_spaced_phone(const cc_segmented *seg, uint32_t i,
                           uint32_t end) {
  const cc_token *t = S_t(seg, i);
  if (t->kind != CC_TOK_NUM)
    return false;
  uint32_t first = i, n = 1;
  while (n < 6 && S_spaced_group(seg, first))
    first--, n++;
  for (uint32_t x = i + 1; n < 3 && x < end && S_spaced_group(seg, x); x++)
    n++;
  if (n < 2)
    return false;
  const cc_token *f = S_t(seg, first);
  if (f->norm[0] == '0' && f->norm_len >= 3)
    return true;
  const cc_token *p = first > 0 ? S_t(seg, first - 1) : NULL;
  return n >= 3 && p && p->norm_len == 1 && p->norm[0] == '+' &&
         S_attached(f);
}

/* A phone number, no count or range: token i is "+" or a group of digits
 * in groups joined by hyphens, three or more of them ("0800-123-4567",
 * "4-4-2") or two after a "+" ("+1-222-2222", "+44-20"); or digits glued
 * to a word's (S_glued_tail).  Only the attached tokens next to it are
 * read (S_mention refuses it, as the memo's ways before it). */
static bool S_phone(const cc_segmented *seg, uint32_t i, uint32_t end) {
  const cc_token *t = S_t(seg, i);
  uint32_t g = i;
  if (t->kind == CC_TOK_NUM ? S_glued_tail(seg, i)
                             : i > 0 && S_t(seg, i - 1)->kind == CC_TOK_NUM &&
                                   S_glued_tail(seg, i - 1))
    return true; /* (one test for both; its scale: "EUR1.2 billion") */
  if (t->kind != CC_TOK_NUM) { /* "+" glued to the first group */
    if (t->norm_len != 1 || t->norm[0] != '+' || i + 1 >= end ||
        !S_attached(S_t(seg, i + 1)))
      return false;
    g = i + 1;
  }
  if (!S_digit_group(seg, g))
    return false;
  if (S_spaced_phone(seg, g, end))
    return true;
  uint32_t first = g, n = 1;
  while (n < 8 && S_group_joined(seg, first, -1, end))
    first -= 2, n++;
  for (uint32_t x = g; n < 8 && S_group_joined(seg, x, +1, end); x += 2)
    n++;
  const cc_token *p = first > 0 ? S_t(seg, first - 1) : NULL;
  bool plus = p && p->norm_len == 1 && p->norm[0] == '+' &&
              S_attached(S_t(seg, first));
  return n >= 3 || (n == 2 && plus);
}

/* Does token k read w (lower case, n bytes)? */
static bool S_tok_eq(const cc_segmented *seg, uint32_t k, const char *w,
                     size_t n) {
  const cc_token *t = S_t(seg, k);
  return t->norm_len == n && memcmp(t->norm, w, n) == 0;
}

/* The first number of the decade token i names: "30s" (20s-90s),
 * "thirties" (numbers.csv decade), else -1. */
static double S_decade_tok(const cc_num_model *m, const cc_segmented *seg,
                           uint32_t i) {
  const cc_token *t = S_t(seg, i);
  if (t->kind == CC_TOK_NUM)
    return t->norm_len == 3 && t->norm[2] == 's' && t->norm[1] == '0' &&
                   t->norm[0] >= '2' && t->norm[0] <= '9'
               ? (t->norm[0] - '0') * 10
               : -1;
  const S_ent *e = t->kind == CC_TOK_WORD && m ? S_tok(m, seg, i) : NULL;
  return e && (e->roles & R_DECADE) ? e->dval : -1;
}

/* A decade of someone's age, "20s" to "90s" or "twenties" to "nineties"
 * after "in his", "in her", "in their" (or "my",
 * "your", "our"), an "early", "mid" or "late" between them ("a man in
 * his 30s", "in her late twenties", "in their mid-40s", "in his 30s or
 * 40s"); or a level in a decade after "in the low", "lower", "high" or
 * "upper" ("in the low 30s": "the 30s" and "the early 30s" are years,
 * read as dates).  The decade's first number into *lo and its last into
 * *hi, narrowed by the word before ("early" and "low" the first five,
 * "mid" the middle five, "late" and "high" the last four: writers' own
 * bounds overlap).  Reads the tokens before i back to "in" only. */
static bool S_age_decade(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t i, double *lo, double *hi) {
  double d = S_decade_tok(m, seg, i);
  if (d < 0)
    return false;
  uint32_t k = i; /* the token before the decade's words */
  *lo = d, *hi = d + 9;
  bool level = false; /* "low", "high": a level in the decade */
  static const char *const lows[] = {"low", "lower", NULL};
  static const char *const highs[] = {"high", "upper", NULL};
  if (k >= 2 && S_hyphen(S_t(seg, k - 1)) && S_tok_eq(seg, k - 2, "mid", 3))
    k -= 2, *lo = d + 3, *hi = d + 7; /* "mid-30s" */
  else if (k >= 1 && S_tok_eq(seg, k - 1, "mid", 3))
    k -= 1, *lo = d + 3, *hi = d + 7;
  else if (k >= 1 && S_tok_eq(seg, k - 1, "early", 5))
    k -= 1, *hi = d + 4;
  else if (k >= 1 && S_tok_eq(seg, k - 1, "late", 4))
    k -= 1, *lo = d + 6;
  else if (k >= 1 && S_tok_in(seg, k - 1, lows))
    k -= 1, *hi = d + 4, level = true;
  else if (k >= 1 && S_tok_in(seg, k - 1, highs))
    k -= 1, *lo = d + 6, level = true;
  static const char *const firsts[] = {"low", "lower", "early", NULL};
  if (k != i && k >= 3 && S_tok_eq(seg, k - 1, "to", 2) &&
      S_tok_in(seg, k - 2, firsts)) /* "the low to mid 80s" */
    k -= 2, *lo = d, level |= !S_tok_eq(seg, k, "early", 5);
  if (k < 2)
    return false;
  static const char *const owners[] = {"his", "her", "their", "my",
                                       "your", "our", NULL};
  if (S_tok_in(seg, k - 1, owners) || (level && S_tok_eq(seg, k - 1, "the", 3)))
    return S_tok_eq(seg, k - 2, "in", 2); /* not "his 30s records" */
  /* "in his 30s or 40s", "in their 20s and 30s": a decade of the list */
  double l2, h2;
  return k >= 3 && (S_tok_eq(seg, k - 1, "or", 2) ||
                    S_tok_eq(seg, k - 1, "and", 3) ||
                    S_tok_eq(seg, k - 1, ",", 1)) &&
         S_age_decade(m, seg, k - 2, &l2, &h2);
}

/* The number mention of an age's decade at token i (S_age_decade).  Out
 * of line: rare. */
__attribute__((noinline)) static bool
S_age_mention(const cc_num_model *m, const cc_segmented *seg, uint32_t i,
              uint32_t end, uint32_t sentence, cc_mention *out) {
  double lo, hi;
  if (i >= end || !S_age_decade(m, seg, i, &lo, &hi))
    return false;
  memset(out, 0, sizeof *out);
  out->type = CC_M_NUMBER;
  out->flags = CC_MF_RANGE;
  out->gran = CC_G_NONE;
  out->weekday = -1;
  out->tok_begin = i;
  out->tok_end = i + 1;
  out->start = S_t(seg, i)->start;
  out->end = S_t(seg, i)->end;
  out->sentence = sentence != UINT32_MAX ? sentence : cc_sentence_of(seg, i);
  out->lo = lo;
  out->hi = hi;
  S_fmt(lo, out->value, sizeof out->value);
  out->pair = -1;
  out->anchor = CC_ANCHOR_NONE;
  out->anchor_mention = -1;
  return true;
}

/* Word token k, after a fraction and "of", names the whole it is a share
 * of without a determiner: a plain word ("two-thirds of voters", "a
 * third of e-mail users") that is no key of the model ("half of a
 * million", "half of one") nor a share "no" row ("half of what", "half
 * of next year"), or a capitalized word ending in "s" or before "'s"
 * ("a third of Britons", "half of India's"; "half of March" stays a
 * number). */
static bool S_share_noun(const cc_num_model *m, const cc_segmented *seg,
                         uint32_t k, uint32_t end) {
  const cc_token *t = S_t(seg, k);
  if (t->kind != CC_TOK_WORD || S_tok(m, seg, k))
    return false;
  for (uint32_t q = 0; q < m->nnoshare; q++)
    if (t->norm_len == strlen(m->noshare[q]) &&
        !memcmp(t->norm, m->noshare[q], t->norm_len))
      return false;
  if (!(t->flags & CC_TF_CAP))
    return true;
  const cc_token *n = k + 1 < end ? S_t(seg, k + 1) : NULL;
  return t->norm[t->norm_len - 1] == 's' ||
         (n && n->norm_len == 2 && !memcmp(n->norm, "'s", 2));
}

/* "a quarter of the voters", "half of adults": a fraction of a whole is
 * a percentage. */
static bool S_share(const cc_num_model *m, const cc_segmented *seg,
                    uint32_t end, const S_expr *x) {
  if (!(x->np & CC_NP_FRACTION) || x->range || x->cur || x->pct || x->v <= 0 ||
      x->v > 1 || x->e + 1 >= end || !S_tok_nkind(m, seg, x->e, end, NK_OF))
    return false;
  if (x->b > 0) { /* (a sentence ends in a mark, no ordinal) */
    const S_ent *o = S_tok(m, seg, x->b - 1);
    if (o && (((o->roles & R_ORD) && !(o->roles & R_FRAC)) ||
              ((o->roles & R_NUM) && o->nkind == NK_AND &&
               S_tok_nkind(m, seg, x->b, end, NK_ARTICLE))))
      return false; /* "the first half of the match": a part, no share;
                       "an hour and a half of it": a mixed amount's part
                       (but "a third of A and two-fifths of B") */
  }
  const S_ent *s = S_tok(m, seg, x->e + 1);
  return (s && (s->roles & R_SHARE)) || S_share_noun(m, seg, x->e + 1, end);
}

/* A bare four-digit number that reads as a year (1800-2100, no comma, no
 * scale) among tokens [b, e). */
static bool S_has_year(const cc_segmented *seg, uint32_t b, uint32_t e,
                       bool round_ok) {
  /* S_digits reads a pure number of four digits from a token of exactly
   * four digits only: those are tested in place */
  for (uint32_t k = b; k < e; k++) {
    const cc_token *t = S_t(seg, k);
    const char *w = t->norm;
    bool four = t->kind == CC_TOK_NUM && t->norm_len == 4 &&
                S_isdigit(w[0]) && S_isdigit(w[1]) && S_isdigit(w[2]) &&
                S_isdigit(w[3]);
    int v = four ? (w[0] - '0') * 1000 + (w[1] - '0') * 100 +
                       (w[2] - '0') * 10 + (w[3] - '0')
                 : 0;
#ifdef CC_RECOG_CHECK_INERT
    S_dig d;
    bool pure4 = t->kind == CC_TOK_NUM && S_digits(t, &d) && d.pure &&
                 d.ndig == 4;
    if (pure4 != four || (four && d.v != v)) {
      fprintf(stderr, "recog: year digits \"%s\"\n", w);
      abort();
    }
#endif
    if (four && v >= 1800 && v <= 2100 && !(round_ok && v % 100 == 0))
      return true;
  }
  return false;
}

/* "one" as a pronoun rather than a count: before a word of kind "pron" in
 * numbers.csv ("one that", "one which"), before "of" unless a count follows
 * ("one of the biggest", but "one of 12"), after a word of kind "pronpre"
 * ("no one", "every one"), or glued to a following word ("one-off",
 * "one-way"; "one-third" and "one-year" are read before this). */
static bool S_pronoun_one(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t i, uint32_t end, const S_expr *x) {
  const cc_token *t = S_t(seg, i);
  if (x->e != i + 1 || x->v != 1 || x->qual || x->range || x->cur || x->pct ||
      t->norm_len != 3 || strcmp(t->norm, "one") != 0)
    return false;
  if (i > 0 && S_tok_nkind(m, seg, i - 1, i, NK_PRONPRE))
    return true;
  if (i + 1 >= end)
    return false;
  if (S_joining_hyphen(seg, i + 1, end) &&
      S_t(seg, i + 2)->kind == CC_TOK_WORD)
    return true;
  if (S_tok_nkind(m, seg, i + 1, end, NK_PRON))
    return true;
  if (S_tok_nkind(m, seg, i + 1, end, NK_OF)) {
    S_core c;
    return !(i + 2 < end &&
             S_core_parse(m, seg, i + 2, end, false, false, &c) && !c.bare);
  }
  return false;
}

/* Is minor a minor unit of major's currency: of the same code, or the
 * word "cent(s)" (the hundredth of dollars of every kind, of the euro and
 * of many more) after a currency whose own minor unit the table does not
 * name?  ("Rs 500 and 20p" is two amounts, "EUR 5 and 50 cents" one.) */
static bool S_minor_of(const cc_num_model *m, const S_ent *major,
                       const S_ent *minor) {
  if (memcmp(major->cur, minor->cur, 4) == 0)
    return true;
  if (strcmp(minor->key, "cent") != 0 && strcmp(minor->key, "cents") != 0)
    return false;
  for (uint32_t k = 0; k < m->nminor; k++)
    if (memcmp(m->minor_cur[k], major->cur, 4) == 0)
      return false;
  return true;
}

/* "twenty dollars and fifty cents": the minor unit added to the major;
 * after a currency word the "and" may be left out ("3 dollars 50
 * cents", "five pounds 20p").  A bound moves with it ("more than 1 dollar
 * and 42 cents"), not the floor of one from above ("under", 0). */
static void S_and_cents(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t end, S_expr *x) {
  S_expr y;
  if (x->range || x->cur->cfac != 1 || x->v != floor(x->v))
    return;
  uint32_t b = x->e + 1;
  if (!S_tok_nkind(m, seg, x->e, end, NK_AND)) {
    unsigned char k0 = (unsigned char)x->cur->key[0];
    if (x->e >= end || k0 < 'a' || k0 > 'z' ||
        S_t(seg, x->e - 1)->kind != CC_TOK_WORD)
      return;
    b = x->e; /* "3 dollars 50 cents": the currency word ends x */
  }
  if (!S_expr_parse(m, seg, b, end, true, &y))
    return;
  if (!y.cur || y.range || y.qual || y.cur->cfac >= 1 ||
      y.v * y.cur->cfac >= 1 || y.v <= 0 || !S_minor_of(m, x->cur, y.cur))
    return;
  double add = y.v * y.cur->cfac;
  if (!x->qual || x->lo != 0)
    x->lo += add; /* (infinite bounds stay so) */
  x->v += add;
  x->hi += add;
  x->e = y.e;
}

/* "a" at i is one of the unit after it ("a mile", "an acre"), not the
 * "a" of a rate after an amount ("$3 a gallon", "80 cents a litre",
 * "miles a gallon"): the token before it is no number and begins no key
 * of an amount (a number word, scale, currency, percent) and no unit. */
static bool S_article_unit(const cc_num_model *m, const cc_segmented *seg,
                           uint32_t i, uint32_t end) {
  uint32_t a;
  if (!m->um || !cc__unit_article_at(m->um, seg, i + 1, end))
    return false;
  if (i == 0 || (S_t(seg, i)->flags & CC_TF_SENT_START))
    return true; /* (the token before is another sentence's) */
  const cc_token *p = S_t(seg, i - 1);
  if ((p->norm_len == 3 && !memcmp(p->norm, "and", 3)) ||
      (p->norm_len == 2 && !memcmp(p->norm, "or", 2)))
    return true; /* (a joiner of numbers, not one: "forest and an acre") */
  const uint32_t amount = R_NUM | R_ORD | R_FRAC | R_SCALE | R_PLURAL |
                          R_VAGUE | R_CUR | R_PCT;
  return p->kind != CC_TOK_NUM && !S_match(m, seg, i - 1, end, amount, &a) &&
         !cc__unit_at(m->um, seg, i - 1, end);
}

/* The driver's reading of token k says it begins no unit "a" counts one
 * of (cc_tok_words' aunit; every such word is in its table): the
 * lookup S_article_unit makes is not needed. */
static inline bool S_no_aunit(const cc_num_memo *memo, uint32_t k) {
  const struct cc_num_mcache *mc = memo->mc;
  if (!mc || !mc->words || k < mc->wbase || k - mc->wbase >= mc->wn)
    return false;
  const cc_tok_words *w = mc->words[k - mc->wbase];
  return w->known && !w->aunit;
}

/* The memo's parse at i (no units) is a lone article ("a", "an": one
 * token, no qualifier) and with units it would be the same: no currency,
 * qualifier or range opener at i, and the next word starts no key (no
 * unit, percent, separator, ratio or post-qualifier after it).  The
 * mention drops a lone article: no mention. */
static bool S_lone_article(const cc_num_model *m, const cc_segmented *seg,
                           uint32_t i, uint32_t end, const cc_num_memo *memo) {
  if (!memo || memo->end != end || i < memo->base ||
      i - memo->base >= memo->n || memo->state[i - memo->base] != 2)
    return false;
  const cc_numparse *p = &memo->res[i - memo->base];
  uint32_t a;
  return p->tok_end == i + 1 && i + 1 < end && !p->qual &&
         (p->flags & ~(uint32_t)CC_NP_WORDS) == CC_NP_ARTICLE &&
         S_t(seg, i + 1)->kind == CC_TOK_WORD &&
         !S_match(m, seg, i, end, R_QPRE | R_ROPEN | R_CUR, &a) &&
         !S_match(m, seg, i + 1, end, UINT32_MAX, &a) &&
         (S_no_aunit(memo, i + 1) || !S_article_unit(m, seg, i, end));
}

static bool S_mention(const cc_num_model *m, const cc_segmented *seg,
                      uint32_t i, uint32_t end, uint32_t sentence,
                      cc_mention *out);

/* A mention kept with token offsets relative to its first token (kept),
 * placed at token i: its tokens, bytes and sentence there. */
static inline void S_kept_at(const cc_mention *kept, const cc_segmented *seg,
                             uint32_t i, uint32_t sentence, cc_mention *out) {
  *out = *kept;
  out->tok_begin = i;
  out->tok_end = i + kept->tok_end;
  out->start = S_t(seg, i)->start;
  out->end = S_t(seg, out->tok_end - 1)->end;
  out->sentence = sentence != UINT32_MAX ? sentence : cc_sentence_of(seg, i);
}

/* The number mention at token i where the parse found S_plain_next to
 * hold (st: token i's start entry), kept for st, or a new one kept.  As
 * the parse, the mention reads nothing past the next word (its units,
 * percent, separator, ratio, post-qualifier and "and" cents are keys
 * read there; S_share reads "of" there; S_has_year reads token i alone,
 * a word; S_model_name holds at digits only), and nothing before token
 * i but for "one" (S_pronoun_one: "no one"), which is not kept. */
static bool S_mention_plain_next(const cc_num_model *m, cc_num_memo *memo,
                                 const cc_segmented *seg, uint32_t i,
                                 uint32_t end, uint32_t sentence,
                                 const S_first *st, cc_mention *out) {
  S_wmslot *c = &memo->mc->wm[st->wslot];
  if (c->st != st) {
    bool ok = S_mention(m, seg, i, end, sentence, out);
    c->st = st;
    c->ok = ok;
    if (ok) {
      c->m = *out;
      c->m.tok_end -= i;
    }
    return ok;
  }
  if (c->ok)
    S_kept_at(&c->m, seg, i, sentence, out);
#ifdef CC_RECOG_CHECK_INERT /* the plain mention's answer */
  cc_mention p;
  if (S_mention(m, seg, i, end, sentence, &p) != c->ok ||
      (c->ok && memcmp(&p, out, sizeof p) != 0)) {
    fprintf(stderr, "recog_num: another mention at \"%s\" before \"%s\"\n",
            S_t(seg, i)->norm, S_t(seg, i + 1)->norm);
    abort();
  }
#endif
  return c->ok;
}

/* The number mention at token i kept in d (S_digits_alone; not a model
 * name, S_model_name), or a new one kept: as S_mention_plain_next. */
static bool S_mention_digits_kept(const cc_num_model *m,
                                  const cc_segmented *seg, uint32_t i,
                                  uint32_t end, uint32_t sentence,
                                  S_dcslot *d, cc_mention *out) {
  if (!d->mok) {
    bool ok = S_mention(m, seg, i, end, sentence, out);
    d->mok = ok ? 2 : 1;
    if (ok) {
      d->m = *out;
      d->m.tok_end -= i;
    }
    return ok;
  }
  if (d->mok == 2)
    S_kept_at(&d->m, seg, i, sentence, out);
#ifdef CC_RECOG_CHECK_INERT /* the plain mention's answer */
  cc_mention p;
  if (S_mention(m, seg, i, end, sentence, &p) != (d->mok == 2) ||
      (d->mok == 2 && memcmp(&p, out, sizeof p) != 0)) {
    fprintf(stderr, "recog_num: another mention of \"%s\" at token %u\n",
            S_t(seg, i)->norm, i);
    abort();
  }
#endif
  return d->mok == 2;
}

static bool S_mention_memo_run(const cc_num_model *m, const cc_segmented *seg,
                               uint32_t i, uint32_t end, cc_num_memo *memo,
                               cc_mention *out);

/* The mention kept for token i's start entry where the parse there found
 * S_plain_next to hold (S_pn_at: "a spokesperson", "between the", "two
 * sides"; not "one"), when memo's cache holds one for it (for model m):
 * S_mention_memo_run's answer, read with none of its other tests
 * (S_match's at token i reads st's own entry there, as the kept mention
 * did).  Else -1. */
static inline int S_mention_kept(const cc_num_model *m,
                                 const cc_segmented *seg, uint32_t i,
                                 uint32_t end, cc_num_memo *memo,
                                 cc_mention *out) {
  if (!m || !memo || !memo->mc || memo->end != end || i < memo->base ||
      !seg || i >= end || end > seg->ntokens || memo->mc->src != m->serial)
    return -1;
  const S_first *st = S_pn_at(memo, i, end);
  const cc_token *t = S_t(seg, i);
  if (!st || memo->mc->wm[st->wslot].st != st ||
      (t->norm_len == 3 && !memcmp(t->norm, "one", 3)))
    return -1;
  return S_mention_plain_next(&memo->mc->model, memo, seg, i, end,
                              memo->sentence, st, out);
}

/* Might token i be a phone number's or a glued code's digits, or an age's
 * decade (S_phone, S_age_decade)?  A load or two for most tokens: each
 * of those has digits glued to a mark, or is "+", "20s", a word right
 * after glued digits, one ending in "ies" ("thirties") or one after a
 * code glued to its digits ("Rs500 crore"). */
static inline bool S_odd_at(const cc_segmented *seg, uint32_t i,
                            uint32_t end) {
  const cc_token *t = S_t(seg, i);
  if (t->kind == CC_TOK_NUM)
    return (t->norm_len == 3 && t->norm[2] == 's') ||
           ((t->norm[0] == '0' || (i > 0 && S_t(seg, i - 1)->kind ==
                                               CC_TOK_NUM)) &&
            S_spaced_phone(seg, i, end)) ||
           (i > 0 && S_attached(t)) ||
           (i + 1 < end && S_hyphen(S_t(seg, i + 1)) &&
            S_attached(S_t(seg, i + 1)));
  return (t->norm_len == 1 && t->norm[0] == '+') ||
         (i > 0 && S_t(seg, i - 1)->kind == CC_TOK_NUM &&
          S_attached(S_t(seg, i - 1))) ||
         (t->norm_len >= 6 && t->norm[t->norm_len - 1] == 's' &&
          t->norm[t->norm_len - 2] == 'e' && t->norm[t->norm_len - 3] == 'i') ||
         S_after_code(seg, i);
}

/* Where S_odd_at holds: 0 for a phone number's or code's digits or a
 * scale after a code's ("Rs500 crore"), 1 with
 * the mention of an age's decade in out, -1 for neither.  Out of line. */
__attribute__((noinline)) static int
S_odd_mention(const cc_num_model *m, const cc_segmented *seg, uint32_t i,
              uint32_t end, const cc_num_memo *memo, cc_mention *out) {
  if (S_phone(seg, i, end) || S_model_pair(seg, i, end) ||
      (i >= 2 && S_model_pair(seg, i - 2, end)))
    return 0;
  const S_ent *sc = S_after_code(seg, i) ? S_tok(m, seg, i) : NULL;
  if (sc && (sc->roles & (R_SCALE | R_PLURAL)))
    return 0; /* "Rs500 crore": no crore of its own */
  uint32_t sentence = memo && memo->end == end && i >= memo->base
                          ? memo->sentence
                          : UINT32_MAX;
  return S_age_mention(m, seg, i, end, sentence, out) ? 1 : -1;
}

bool cc__num_mention_memo(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t i, uint32_t end, cc_num_memo *memo,
                          cc_mention *out) {
  /* (before the kept answers, which read no neighbours) */
  if (m && seg && i < end && end <= seg->ntokens && S_odd_at(seg, i, end)) {
    int odd = S_odd_mention(m, seg, i, end, memo, out);
    if (odd >= 0)
      return odd;
  }
  int kept = S_mention_kept(m, seg, i, end, memo, out);
  if (kept < 0)
    return S_mention_memo_run(m, seg, i, end, memo, out);
#ifdef CC_RECOG_CHECK_INERT /* the whole way's answer */
  cc_mention p;
  if (S_mention_memo_run(m, seg, i, end, memo, &p) != kept ||
      (kept && memcmp(&p, out, sizeof p) != 0)) {
    fprintf(stderr, "recog_num: the kept mention at \"%s\" differs\n",
            S_t(seg, i)->norm);
    abort();
  }
#endif
  return kept;
}

/* cc__num_mention_memo past S_mention_kept.  Out of line. */
__attribute__((noinline)) static bool
S_mention_memo_run(const cc_num_model *m, const cc_segmented *seg,
                   uint32_t i, uint32_t end, cc_num_memo *memo,
                   cc_mention *out) {
  const cc_num_model *mc = S_with_cache(m, memo, end);
  if (mc && seg && i < end && end <= seg->ntokens) {
    /* S_expr_parse with units starts at a word only with a pre-qualifier,
     * a range opener, a currency prefix or a key S_core_words can begin
     * a number with ("in", "on", "of" start keys of other roles only):
     * the parse would fail */
    const cc_token *t = S_t(seg, i);
    uint32_t a;
    const uint32_t roles = R_QPRE | R_ROPEN | R_CUR | R_CSTART;
    if (t->kind != CC_TOK_NUM && t->kind != CC_TOK_PUNCT &&
        !S_match(mc, seg, i, end, roles, &a))
      return false;
    /* (the kept mention first: a lone article before a plain word, "a
     * spokesperson", is kept there too) */
    const S_first *st = memo && i >= memo->base ? S_pn_at(memo, i, end) : NULL;
    if (st && !(t->norm_len == 3 && !memcmp(t->norm, "one", 3)))
      return S_mention_plain_next(mc, memo, seg, i, end, memo->sentence, st,
                                  out);
    if (S_lone_article(mc, seg, i, end, memo))
      return false;
    S_dcslot *d;
    if (memo && t->kind == CC_TOK_NUM && !S_model_name(seg, i) &&
        (d = S_digits_alone(mc, memo, seg, i, end)))
      return S_mention_digits_kept(mc, seg, i, end, memo->sentence, d, out);
    if (memo && t->kind != CC_TOK_NUM &&
        (d = S_lead_digits(mc, memo, seg, i, end)))
      return S_mention_digits_kept(mc, seg, i, end, memo->sentence, d, out);
  }
  return S_mention(mc, seg, i, end,
                   memo && memo->end == end && i >= memo->base
                       ? memo->sentence
                       : UINT32_MAX,
                   out);
}

bool cc__num_mention(const cc_num_model *m, const cc_segmented *seg, uint32_t i,
                     uint32_t end, cc_mention *out) {
  return S_mention(m, seg, i, end, UINT32_MAX, out);
}

/* cc__num_mention; sentence: the index of the sentence of token i when the
 * caller knows it, else UINT32_MAX. */
static bool S_mention(const cc_num_model *m, const cc_segmented *seg,
                      uint32_t i, uint32_t end, uint32_t sentence,
                      cc_mention *out) {
  if (!m || !seg || i >= end || end > seg->ntokens || S_model_name(seg, i) ||
      S_phone(seg, i, end))
    return false;
  S_expr x;
  if (!S_expr_parse(m, seg, i, end, true, &x))
    return S_age_mention(m, seg, i, end, sentence, out); /* "in his 30s" */
  if (x.bare && !x.cur && !x.pct && !S_article_unit(m, seg, i, end))
    return false; /* a lone "a", but one of "a mile" */
  /* "until at least 2008", "in 2011 or 2012": years; but "about 2000
   * people", and round hundreds in "between 1500 and 2000 people" */
  if ((x.qual || x.range) && !x.cur && !x.pct) {
    bool counted = S_counted_after(seg, x.e, end);
    if (!(counted && !x.range) && S_has_year(seg, i, x.e, counted))
      return false;
  }
  if (S_pronoun_one(m, seg, i, end, &x))
    return false; /* "one of the biggest", "a one-off" */
  memset(out, 0, sizeof *out);
  out->type = CC_M_NUMBER;
  if (x.np & CC_NP_ORDINAL) {
    out->type = CC_M_ORDINAL;
  } else if (x.pct) {
    out->type = CC_M_PERCENT;
    /* snprintf(out->unit, sizeof out->unit, "%s", x.pct), cut alike */
    size_t n = strlen(x.pct);
    if (n > sizeof out->unit - 1)
      n = sizeof out->unit - 1;
    memcpy(out->unit, x.pct, n);
    out->unit[n] = '\0';
    if (x.pfac > 0 && x.pfac != 1) { /* "25 basis points": 0.25 pp */
      x.v *= x.pfac;
      x.lo *= x.pfac;
      x.hi = isinf(x.hi) ? x.hi : x.hi * x.pfac;
    }
  } else if (x.cur) {
    out->type = CC_M_MONEY;
    memcpy(out->unit, x.cur->cur, 4);
    x.v *= x.cur->cfac;
    x.lo *= x.cur->cfac;
    x.hi *= x.cur->cfac;
    S_and_cents(m, seg, end, &x);
  } else if (x.ratio > 0) {
    out->type = CC_M_PERCENT;
    out->flags |= CC_MF_SHARE;
    snprintf(out->unit, sizeof out->unit, "%%");
    x.v = x.v / x.ratio * 100;
    x.lo = x.lo / x.ratio * 100;
    x.hi = isinf(x.hi) ? x.hi : x.hi / x.ratio * 100;
  } else if (S_share(m, seg, end, &x)) {
    out->type = CC_M_PERCENT;
    out->flags |= CC_MF_SHARE;
    snprintf(out->unit, sizeof out->unit, "%%");
    x.v *= 100;
    x.lo *= 100;
    x.hi = isinf(x.hi) ? x.hi : x.hi * 100;
  }
  if (x.range)
    out->flags |= CC_MF_RANGE;
  out->gran = CC_G_NONE;
  out->qual = x.qual;
  out->weekday = -1;
  out->tok_begin = i;
  out->tok_end = x.e;
  out->start = S_t(seg, i)->start;
  out->end = S_t(seg, x.e - 1)->end;
  out->sentence = sentence != UINT32_MAX ? sentence : cc_sentence_of(seg, i);
#ifdef CC_RECOG_CHECK_INERT
  if (out->sentence != cc_sentence_of(seg, i)) {
    fprintf(stderr, "recog: number mention's sentence at token %u\n", i);
    abort();
  }
#endif
  out->lo = x.lo;
  out->hi = x.hi;
  S_fmt(x.v, out->value, sizeof out->value);
  out->pair = -1;
  out->anchor = CC_ANCHOR_NONE;
  out->anchor_mention = -1;
  return true;
}
