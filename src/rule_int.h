/* rule_int.h - the compiled form of rules/NAME.rules, shared by the parser
 * (rule_parse.c) and the matcher (rule_match.c).  Not installed.
 *
 * A pattern compiles to a small program for a Pike-style VM (Thompson NFA
 * simulation): instructions that consume tokens (a literal, a typed slot,
 * any word) and instructions that do not (split, jump, match).  The
 * matcher runs every program as a set of threads with at most one thread
 * per (position, instruction), so the work per start position is bounded
 * by (reachable tokens x instructions): never exponential.
 */
#ifndef CC_RULE_INT_H
#define CC_RULE_INT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "cc_util.h"
/* The tables of the rule set, all made at load: eight bytes a step
 * (cc_hash_mem), where FNV-1a took one, since the word lists of the rules
 * are keys too (cc__altset: a list repeated from rule to rule is found by
 * its whole text, some 120 kB hashed for the shipped rules).  Every
 * table of rule_parse.c and rule_match.c uses it; none is shared with
 * other files. */
static inline uint64_t cc__rule_hash(const void *p, size_t n);
static inline int cc__rule_keycmp(const void *a, const void *b, size_t n);
#define HASH_FUNCTION(keyptr, keylen, hashv)                                 \
  ((hashv) = (unsigned)cc__rule_hash((keyptr), (keylen)))
#define HASH_KEYCMP(a, b, n) cc__rule_keycmp((a), (b), (n))
#include <uthash.h>

/* memcmp's test of two keys for equality (0: equal), inline: uthash asks
 * it only of keys of one hash and length, nearly always equal, and the
 * keys are short (pieces, words), where the call cost more than the
 * compare.  Eight bytes a step, the last step overlapping. */
static inline int cc__rule_keycmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  uint64_t u, v;
  uint32_t s, t;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      memcpy(&u, x + i, 8);
      memcpy(&v, y + i, 8);
      if (u != v)
        return 1;
    }
    memcpy(&u, x + n - 8, 8);
    memcpy(&v, y + n - 8, 8);
    return u != v;
  }
  if (n >= 4) {
    memcpy(&s, x, 4);
    memcpy(&t, y, 4);
    if (s != t)
      return 1;
    memcpy(&s, x + n - 4, 4);
    memcpy(&t, y + n - 4, 4);
    return s != t;
  }
  for (size_t i = 0; i < n; i++)
    if (x[i] != y[i])
      return 1;
  return 0;
}

/* cc_hash_mem's value, with its last 0..7 bytes read in at most three
 * loads: its memcpy of a variable length cost as much as the rest of
 * the hash (a rule load hashes some 20,000 short keys: pieces, words). */
static inline uint64_t cc__rule_hash(const void *p, size_t n) {
  const unsigned char *s = p;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;
  for (; n >= 8; s += 8, n -= 8) {
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  if (n >= 4) { /* bytes 0..3, then n-4..n-1 shifted to 4..n-1 */
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    w = lo | ((uint64_t)hi >> (8 * (8 - n))) << 32;
  } else if (n) { /* 1..3 bytes: the first, middle and last */
    w = (uint64_t)s[0] | (uint64_t)s[n / 2] << (8 * (n / 2)) |
        (uint64_t)s[n - 1] << (8 * (n - 1));
  } else {
    w = 0;
  }
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

#include "cc_rule.h"

#define CC__RULE_MAX_CAPS 8   /* slots per pattern */
#define CC__RULE_MAX_PROGS 256 /* match lines per rule: an index entry packs
                                 (rule << 8 | pattern) */
#define CC__RULE_MAX_GAP 12   /* widest gap "...{0,12}" */
#define CC__RULE_MAX_PHRASE 4 /* words a {PHRASE} slot takes */

/* Slot types, one table (rule_parse.c S_slots) gives their names. */
typedef enum cc__slot {
  CC__S_DATE,
  CC__S_TIME,     /* time of day, with or without a date */
  CC__S_DURATION,
  CC__S_COUNT,    /* a number mention */
  CC__S_PERCENT,
  CC__S_MONEY,
  CC__S_ORDINAL,
  CC__S_PERSON,   /* a person, title included */
  CC__S_PLACE,    /* a place, or a nationality word ("Freedonian") */
  CC__S_ORG,
  CC__S_LIST,     /* one or more people: "A, B and C" */
  CC__S_NONN,     /* a meeting format "two-on-two" */
  CC__S_PHRASE,   /* 1..4 words, for objects */
  CC__S_WORD,     /* any one word */
  CC__S__COUNT
} cc__slot;

typedef enum cc__op {
  CC__OP_LIT,   /* a: literal-set index; consumes that literal's tokens */
  CC__OP_SLOT,  /* a: cc__slot, b: capture index (-1 none) */
  CC__OP_ANY,   /* one token of the sentence (a gap) */
  CC__OP_SPLIT, /* try x first, then y */
  CC__OP_JMP,   /* go to x */
  CC__OP_MATCH
} cc__op;

typedef struct cc__inst {
  uint8_t op;
  int16_t a, b;
  int32_t x, y;
} cc__inst;

/* A literal alternative as token pieces: "face-to-face" is 5 pieces.
 * ids are the pieces' word ids (see cc__word), set once the whole rule set
 * is read, so matching a literal compares integers, not strings. */
typedef struct cc__lit {
  char **pieces;
  uint8_t npieces;
  int32_t *ids;
} cc__lit;

typedef struct cc__litset {
  cc__lit *alts;
  uint16_t nalts;
  int32_t *firsts; /* distinct ids of the alternatives' first pieces, */
  uint16_t nfirsts; /* set by cc__rules_finish */
  uint64_t fmask;   /* bit (id & 63) of each first: a sentence none of whose
                       rule words has one of these bits holds no first */
  /* of two alternatives or more (else NULL), by the bit (id & 63) of
   * their first piece: the first at achain[bit], each one's next (in
   * order) at achain[64 + k]; CC__NO_ALT ends a chain (set by
   * cc__rules_finish): a token's word is compared with the alternatives
   * it may start, in their order, not with each */
  uint16_t *achain;
} cc__litset;
#define CC__NO_ALT UINT16_MAX

/* Each alternative K of litset LS whose first piece may be word W (in
 * their order): the only ones a token of word W may start. */
#define CC__FOR_ALTS(LS, W, K)                                               \
  for (uint16_t K = (LS)->achain ? (LS)->achain[(W) & 63]                    \
                                 : (LS)->nalts ? 0 : CC__NO_ALT;             \
       K != CC__NO_ALT; K = (LS)->achain ? (LS)->achain[64 + K] : CC__NO_ALT)

/* One first step of a program, for the matcher's test before a run
 * (S_probe in rule_match.c): a LIT or SLOT instruction the program can
 * begin with, and the LIT and SLOT instructions that may consume the next
 * token after it.  A run that matches takes some first step and then one
 * of its next steps at the token where the first ended, so a program
 * none of whose first steps can be followed there cannot match. */
#define CC__RULE_MAX_PROBE 8
typedef struct cc__probe {
  uint32_t pc;   /* the first step (LIT or SLOT) */
  bool free;     /* a gap or the match may follow (or too many steps):
                    nothing to test after it */
  uint8_t nnext;
  uint32_t next[CC__RULE_MAX_PROBE]; /* LIT and SLOT instructions */
  /* the steps after each next step: cc__prog.then[then0 + k] for
   * next[k] (a third step, tested after a literal next step) */
  uint32_t then0;
} cc__probe;

/* The LIT and SLOT instructions that may consume the token after a next
 * step of a probe (cc__probe.next) that is a literal: a run that takes
 * the literal takes one of them there.  free: a gap, the match or another
 * step may follow, or there are too many (and for a slot next step):
 * nothing to test. */
typedef struct cc__then {
  bool free;
  uint8_t n;
  uint32_t pc[CC__RULE_MAX_PROBE];
} cc__then;

typedef struct cc__prog {
  cc__inst *code;
  uint32_t ncode;
  cc__litset *lits;
  uint32_t nlits;
  /* the litsets the code refers to; those after them (to nlits) are must
   * sets of several literals (cc__rules_finish), firsts only */
  uint32_t nlits_code;
  int8_t default_val; /* first capture of a value slot, or -1 */
  char *cap_names[CC__RULE_MAX_CAPS];
  uint8_t cap_slot[CC__RULE_MAX_CAPS]; /* cc__slot of each capture */
  uint8_t ncaps;
  unsigned line; /* of the "match" line */
  /* set by cc__rules_finish: the literal sets every match passes through
   * (a sentence holding none of a set's first words cannot match), and
   * the program's number over the whole rule set */
  uint16_t *must;
  uint32_t nmust;
  uint32_t gid;
  /* set by cc__rules_finish: the program's first steps (nprobe 0: no
   * test, when a gap can come first or there are more than
   * CC__RULE_MAX_PROBE of them) */
  cc__probe probe[CC__RULE_MAX_PROBE];
  uint8_t nprobe;
  cc__then *then; /* the probes' third steps (cc__probe.then0) */
  /* set by cc__rules_finish: the captures its rule's val_cap (NULL: the
   * default_val), subj_cap, obj_cap and plus_cap name, -1 when none is
   * named so (plus_cap NULL: the default_val, as val_cap): found once,
   * not by name at each match */
  int8_t cap_val, cap_subj, cap_obj, cap_plus;
  /* ... and the capture each of its rule's requirements names (reqs[k].cap,
   * NULL: the default_val; -1 none, or a CC__REQ_CURRENT), by k */
  int8_t *req_cap;
} cc__prog;

/* ---- actions ---------------------------------------------------------- */

typedef enum cc__subj {
  CC__SUBJ_STORY,   /* "story" */
  CC__SUBJ_CAP,     /* $x: the key of a captured entity or phrase */
  CC__SUBJ_COUNTRY, /* country $x: the country a person or place belongs to */
  CC__SUBJ_LEADER,  /* leader $x: the leader of country $x in this document */
  CC__SUBJ_PARTIES, /* people of the match, then bare names joined by
                       "and" (S_pair), then the sentence, then the
                       document's main participants, to make two */
  CC__SUBJ_SIDES,   /* one claim per main participant, keyed by side */
  CC__SUBJ_MAIN,    /* the document's two main participants */
  CC__SUBJ_PERSON,  /* the person of the match, else the nearest one in
                       the sentence, else the last one of the previous
                       sentence, else the first main participant */
  CC__SUBJ_TEXT,    /* a literal text ("board") */
  CC__SUBJ_MEMBER,  /* member $p: the group person $p belongs to: the
                       person's country when the document gives one, else
                       "member:KEY", which the check stage joins to the
                       group whose list names that person */
  CC__SUBJ_FULL,    /* full $p: the person's canonical full name as
                       written, else the full name the document gives
                       the surname; no claim when two people of the
                       document share the surname */
  CC__SUBJ_FULL_PERSON, /* full person: CC__SUBJ_PERSON's person, keyed
                           as CC__SUBJ_FULL keys one */
  CC__SUBJ_LONE_COUNTRY, /* lone country: the one country the document
                            names, when the sentence names no place */
  CC__SUBJ_LONE_PERSON, /* full lone person: the one person named in the
                           sentence and the one before it, keyed as
                           CC__SUBJ_FULL keys one; none when two */
  CC__SUBJ_NAME_BEFORE, /* name before: the capitalized words written
                           right before the match ("Northtown beat"),
                           a side no recognizer knows as a name */
  CC__SUBJ_CAP_NAME,    /* name $x: only the capitalized words that begin
                           the capture (a side told after "lost to") */
  CC__SUBJ_ORG      /* org: the named organization of the match, else the
                       nearest in the sentence, else the last one of the
                       sentence before, else the document's most named;
                       "story" when none */
} cc__subj;

typedef enum cc__val {
  CC__VAL_CAP,       /* $x */
  CC__VAL_DOC_MINUS, /* docdate - $x [unit] */
  CC__VAL_AGE,       /* age $n: born n to n+1 years before the document */
  CC__VAL_LIST_PLUS  /* $l + $p | $l + leader $x */
} cc__val;

typedef enum cc__unit { CC__U_NONE, CC__U_YEARS, CC__U_MONTHS, CC__U_DAYS }
    cc__unit;

typedef enum cc__req {
  CC__REQ_PAST,   /* require past $d [N]: ends N days (default 0) or more
                     before the document date; "today": N is -1, so the
                     document's own day passes */
  CC__REQ_FUTURE, /* require future $d [N]: begins N days or more after */
  CC__REQ_RANGE,  /* require $n A..B */
  CC__REQ_YEAR,   /* require year $d: the date as written has a year */
  CC__REQ_CURRENT,/* require current: no year before the document's in the
                     sentence (not a past event: "in 1998 it killed 10") */
  CC__REQ_MEASURE /* require $v measure speed: a quantity of that measure
                     (a quantity fills a {COUNT} only in a rule that asks
                     for its measure so) */
} cc__req;

typedef struct cc__require {
  uint8_t kind;
  char *cap;
  double lo, hi; /* REQ_RANGE: the range; REQ_PAST, REQ_FUTURE: lo is the
                    least number of days from the article's date */
  char unit[4];  /* REQ_MEASURE: the measure's canonical unit ("kmh") */
} cc__require;

typedef struct cc__rule {
  cc_rule_info info;
  cc__prog *progs;
  uint32_t nprogs;
  /* action */
  uint8_t subj;     /* cc__subj */
  char *subj_cap;   /* capture name for CAP/COUNTRY/LEADER */
  char *subj_text;  /* CC__SUBJ_TEXT */
  char *obj_cap;    /* object from a capture, or NULL */
  char *obj_text;   /* literal object, or NULL */
  bool obj_name;    /* object name $x: only the capitalized words that
                       begin the capture; no claim when there are none */
  bool obj_before;  /* object name before: the name written right before
                       the match (the loser of "Leeds lost 2-1 to Hull") */
  uint8_t val;      /* cc__val */
  char *val_cap;    /* the value capture (NULL: the first value slot) */
  uint8_t val_unit; /* cc__unit, for docdate - $n years */
  char *plus_cap;   /* list plus this capture; max/min: the second count */
  int8_t val_pick;  /* value max $a $b (1) or min $a $b (-1): the larger
                       or smaller of two counts ("lost 1-2 to": the
                       winner's is the larger, whichever comes first) */
  bool plus_leader; /* ... plus the leader of that capture */
  bool open;        /* the list is open ("include") */
  cc__litset open_when; /* ... only when one of these words is in the match */
  cc__require *reqs;
  uint32_t nreqs;
  bool measure;       /* a requirement is a REQ_MEASURE */
  cc__litset unless;  /* no claim when one of these words is in the match
                         or the 4 tokens before it */
  cc__litset unless_after; /* ... or in the 4 tokens after it ("unless
                              after"): "300 arrests since January" */
  cc__litset unless_sentence; /* ... or anywhere in the sentence ("unless
                                 sentence"): "the storm weakened to a
                                 Category 2 by noon, with winds of..." */
  cc__litset context; /* a claim only when one of these words is in the
                         sentence or the previous one of its paragraph */
  uint8_t context_back; /* ... or the previous context_back (1 to 3) */
} cc__rule;

/* Words the matcher tests by itself, interned before any rule word so
 * their ids are these constants (id 0: a word no rule and no test names).
 * The small numbers one..twelve must stay in order: an "N-on-N" format
 * reads its N as id - CC__W_ONE + 1. */
#define CC__FIXED_WORDS(X)                                                   \
  X(DASH, "-") X(ON, "on") X(THE, "the") X(COMMA, ",") X(SEMI, ";")          \
  X(AND, "and") X(AMP, "&") X(AS, "as") X(WELL, "well") X(LPAR, "(")         \
  X(A, "a") X(AN, "an") X(ONE, "one") X(TWO, "two") X(THREE, "three")        \
  X(FOUR, "four") X(FIVE, "five") X(SIX, "six") X(SEVEN, "seven")            \
  X(EIGHT, "eight") X(NINE, "nine") X(TEN, "ten") X(ELEVEN, "eleven")        \
  X(TWELVE, "twelve")

enum {
  CC__W_NONE,
#define CC__W_ENUM(N, S) CC__W_##N,
  CC__FIXED_WORDS(CC__W_ENUM)
#undef CC__W_ENUM
  CC__W__FIXED
};

/* cc_ruleset.wflags (START and SMALL are the matcher's token flags). */
/* The matcher's fast path holds a set of programs in CC__FW 64-bit words
 * (CC__FW * 64 match lines over all rules; an even number, for the
 * 16-byte loads): past that, every sentence takes the general path. */
#ifndef CC__FW
#define CC__FW 8
#endif
_Static_assert(CC__FW >= 2 && CC__FW % 2 == 0, "CC__FW: pairs of words");
_Static_assert(CC_RULES_FAST_MATCH_LINES == CC__FW * 64,
               "cc_rule.h tells the fast path's size");
/* (the fast path's loops over CC__FW words, and over 16-byte halves of
 * them, run unrolled, so their sets stay in registers) */
#define CC__UNROLL _Pragma("GCC unroll 12")
/* cc_ruleset.wbits: a word's row, and where its three sets are in it */
enum {
  CC__WROW = 3 * CC__FW,
  CC__WR_REP = 0,
  CC__WR_START = CC__FW,
  CC__WR_SECOND = 2 * CC__FW
};
enum { CC__WF_START = 1, CC__WF_SMALL = 2, CC__WF_BITS = 8 };

/* Word classes the matcher asks about (cc_ruleset.wclass). */
enum {
  CC__WC_FUNCTION = 1, /* a {PHRASE} does not run across it: "of", "in" */
  CC__WC_FILLER = 2    /* starts a description in a list: "his", "the" */
};

/* One interned word: every literal piece of every rule and the fixed
 * words above. */
typedef struct cc__word {
  const char *w; /* (S_intern's string: a piece's norm or a fixed word,
                  * as long-lived as the ruleset) */
  int32_t id;
  UT_hash_handle hh;
} cc__word;

/* A literal piece as written in a rule file and its normalized form,
 * which every cc__lit piece of that text points to (owned here: a word
 * list repeated from rule to rule is normalized and stored once).  The
 * form is the struct's last member, so a piece leads back to its word id
 * (cc__rules_finish interns a text once, not at every literal of it). */
typedef struct cc__piece {
  char *raw;
  int32_t id; /* norm's word id (cc__word), 0 until interned */
  UT_hash_handle hh;
  char norm[];
} cc__piece;

/* A word of a pattern or of a WORDS clause as written ("votes|voted")
 * and its alternatives, which every literal set of that text shares: a
 * word list repeated from rule to rule (55% of the rules' words) is split
 * and its pieces interned once, and its firsts and chains made once (done:
 * the first set of the text finished, its firsts NULL until then).  The
 * alternatives are the struct's last member, so a set's alts lead back to
 * it (cc__rules_finish). */
typedef struct cc__altset {
  char *text;
  UT_hash_handle hh;
  cc__litset done;
  uint16_t nalts;
  cc__lit alts[];
} cc__altset;

/* A slot of cc_ruleset.wtab, the open-addressing table cc__word_id
 * reads: a word packed into a and b (cc_word_pack), so a lookup compares
 * two integers and the length (id 0: an empty slot). */
typedef struct cc__wslot {
  uint64_t a, b;
  const char *w; /* the word (compared whole when over 16 bytes) */
  uint32_t n;
  int32_t id;
} cc__wslot;

/* A rule by its id (info.id, in cc_ruleset.mem), for the parser's test
 * of a duplicate id: one lookup, where a pass over the rules read so far
 * compared ids that share their beginning ("deal.amount.") byte by byte. */
typedef struct cc__ruleid {
  uint32_t rule;
  UT_hash_handle hh;
} cc__ruleid;

/* Index from a first literal piece or a slot type to rules. */
typedef struct cc__ientry {
  char *key; /* literal piece, or "{SLOT}" */
  uint32_t *progs; /* (rule << 8) | prog, ascending (rules are indexed
                      in file order) */
  uint32_t n, cap;
  uint64_t *mask; /* the same programs as a bitset by gid
                     (cc_ruleset.pwords words, cc__rules_finish) */
  UT_hash_handle hh;
} cc__ientry;

/* A matcher's memory kept from one document to the next (rule_match.c):
 * its arena, reset rather than freed, and the per-word and per-program
 * tables stamped by sentence, which then need no zeroing per document. */
typedef struct cc__scratch cc__scratch;
void cc__scratch_free(cc__scratch *sc);
enum { CC__SPARES = 8 };

struct cc_ruleset {
  /* scratch given back by cc_rules_apply for the next document (each
   * slot taken and given by one atomic exchange, so threads share them
   * without a lock; freed by cc_rules_free) */
  _Atomic(cc__scratch *) spare[CC__SPARES];
  /* a number no other rule set of the process has (cc__rules_finish):
   * the claims' frames and rule names are its strings, which never change
   * while it lives (cc_claim_store_add_fixed) */
  uint32_t serial;
  /* the shared word table (cc_vocab.h) and each of its ids' word id here
   * (CC__W_NONE: no rule names it), for ids below nvid: a token's id is
   * then one load (S_word_make) instead of a hash; NULL without a
   * lexicon */
  const cc_vocab *vocab;
  /* the lexicon's key_nouns table (NULL without one): what a one-word
   * {WORD} object is keyed as, so that "quake" and "earthquake" meet */
  const struct cc_lex_table *key_nouns;
  int32_t *by_vid;
  uint32_t nvid;
  cc__rule *rules;
  uint32_t nrules, caprules;
  cc__ientry *index;
  char **files; /* names for messages (the array owned, the names mem's) */
  uint32_t nfiles;
  uint32_t max_code; /* longest program, for the matcher's tables */
  /* interned words (cc__rules_finish): id by text, class by id, and the
   * index entry of each word id and slot type (NULL: no rule starts so) */
  cc__word *words;
  cc__piece *pieces; /* by raw text (S_pieces) */
  cc__altset *altsets; /* by text (S_parse_word) */
  cc__ruleid *ids;      /* the rules by id (S_clause_rule's duplicates) */
  /* what lives as long as the rule set and is never resized: the pieces,
   * words and index entries with their strings, every literal set's
   * arrays, the rules' names and texts (freed at once: the rule set is
   * some 25,000 blocks, and freeing them one by one cost as much as
   * reading them) */
  cc_arena *mem;
  uint32_t nwords;
  uint32_t nprogs; /* programs over all rules (cc__prog.gid) */
  uint8_t *wclass;
  cc__wslot *wtab;      /* every word, by cc_word_hash */
  uint32_t wmask;       /* slots - 1 (a power of two) */
  cc__ientry **by_word;
  uint8_t *wstart;      /* by word id: 1 when a program may start at the
                           word (by_word) or it is "the" (a place may
                           follow), what the matcher flags per token */
  /* by word id, what the matcher's walk over a sentence reads of a word
   * in one load: CC__WF_START as wstart, plus CC__WF_START | CC__WF_SMALL
   * for "one" .. "twelve" (a small number), and CC__WF_BITS when its
   * wbits are not all zero (S_word_tables) */
  uint8_t *wflags;
  /* by word id, a row of CC__WROW words each (NULL when pwords > CC__FW):
   * the programs of rep_list for the word (CC__WR_REP), by_word's mask
   * (CC__WR_START) and the programs whose second must set
   * (S_order_must) has the word among its firsts (CC__WR_SECOND),
   * CC__FW words each (pwords used, the rest 0), so the walk ORs a word's
   * programs into the sentence's sets from one row, without a list or a
   * loop.  A sentence keeps a program of two or more must sets only
   * where a word of its second set is, as S_prog_viable would find;
   * few_must, the programs with fewer than two must sets */
  uint64_t *wbits;
  uint64_t *wbits_mem; /* (what wbits is in: wbits is 16-byte aligned, so
                          the walk reads a row sixteen bytes a load) */
  uint64_t *few_must;
  /* by slot type k, CC__FW words each (NULL when pwords > CC__FW):
   * by_slot[k]'s
   * mask (0 without an entry), and the types with an entry (bit k) */
  uint64_t *slot_bits;
  uint32_t slot_any;
  /* programs (by gid) whose first must set (the rarest, see
   * S_order_must) has word id w among its firsts:
   * rep_list[rep_off[w] .. rep_off[w + 1]) */
  uint32_t *rep_off, *rep_list;
  cc__ientry *by_slot[CC__S__COUNT];
  /* bitsets of programs by gid, pwords 64-bit words each: the matcher
   * ORs the masks of a token's index entries and keeps the programs
   * the sentence may hold, so most programs are never looked at */
  uint32_t pwords;
  uint32_t *gid_ref;     /* by gid: (rule << 8) | prog, as in the index */
  uint64_t *free_progs;  /* programs without a must set */
  uint64_t *list_progs;  /* programs with a {LIST} slot (lists are found
                            only in sentences where one of them may run) */
  uint64_t *slot_progs;  /* by cc__slot k, at k * pwords: the programs
                            with a slot of type k on every path to their
                            match (a sentence where no such slot can be
                            filled cannot hold them) */
  /* by the slot types a sentence may fill (have, a bit per cc__slot):
   * the programs needing none outside them, as the AND of two tables,
   * by have's low and high 7 bits (none at all: the sentence holds no
   * program, whatever its words), and the programs starting at a slot of
   * have, as the OR of two (pwords words an entry, 128 entries a half:
   * S_have_tables) */
  uint64_t *hkeep, *hstart;
  /* by have's 14 bits: bit have & 7 of byte have >> 3 is set when some
   * program needs only slot types of have (hkeep's two entries meet:
   * S_have_tables) */
  uint8_t *hmet;
  /* the probe by the word after a first slot (S_probe_gate; NULL when
   * pwords > CC__FW): pgate, the programs each of whose first steps is a
   * {PERSON} or a mention slot other than {COUNT}, followed only by
   * literals and mention slots other than {COUNT}; pfollow, by word id w
   * (pwords words each, CC__FW more after the last row), those of them
   * with a next literal starting with w; pnext (CC__FW words, zero past
   * pwords), those with a next mention slot.  At a token where no slot
   * such a program starts with can end before a word of its pfollow (or
   * a mention, for pnext), S_probe would refuse it */
  uint64_t *pgate, *pfollow, *pnext;
};

/* After the last rule is read: intern every literal piece, give each
 * piece its id and index the rules by word id and slot type. */
void cc__rules_finish(cc_ruleset *rs);
/* Id of the word s[0..n), or CC__W_NONE when no rule names it. */
int32_t cc__word_id(const cc_ruleset *rs, const char *s, size_t n);

/* cc__word_id in table wtab of wmask + 1 slots (a ruleset's, which a
 * caller's loop may hold in registers). */
static inline int32_t cc__word_find_in(const cc__wslot *wtab, uint32_t wmask,
                                       const char *s, size_t n) {
  uint64_t a, b;
  cc_word_pack(s, n, &a, &b);
  for (uint32_t i = cc_word_hash(a, b, n) & wmask;; i = (i + 1) & wmask) {
    const cc__wslot *w = &wtab[i];
    if (!w->id)
      return CC__W_NONE;
    if (w->a == a && w->b == b && w->n == n &&
        (n <= 16 || memcmp(w->w, s, n) == 0))
      return w->id;
  }
}

/* cc__word_id, inline for the matcher's loop over every token. */
static inline int32_t cc__word_find(const cc_ruleset *rs, const char *s,
                                    size_t n) {
  return cc__word_find_in(rs->wtab, rs->wmask, s, n);
}

/* Squeeze p[0..n) in place: each run of spaces, tabs, CRs and LFs made
 * one space, none at either end (a claim's quote).  Returns the new
 * length; writes no NUL. */
size_t cc__squeeze_ws(char *p, size_t n);
/* The same from src[0..n) into dst (room for n bytes): dst is src, or
 * does not overlap it. */
size_t cc__squeeze_ws_to(char *dst, const char *src, size_t n);

/* cc_tz_format_offset's text ("UTC+0", "UTC-5", "UTC+5:30"), written
 * without snprintf for offsets within 100 hours (others: by the call). */
void cc__fmt_offset(int offset, char *buf);

/* For tests: the matcher's string table (S_htab in rule_match.c) over n
 * keys, grown from a small start, across documents' stamps and their
 * wrap; false at the first wrong answer. */
bool cc__htab_selftest(uint32_t n);

/* For tests: cc_rules_apply, with each run of the VM (rule_match.c
 * S_exec) run again by its general VM from the start and compared (match
 * or not, end, captures, budget left), counted in *vs: how many runs,
 * how many the one-thread path (S_fast) decided, handed to the general VM
 * part way or from the start, matched, left the sentence's step budget
 * at 0, and decided differently (0). */
typedef struct cc__vmstats {
  uint64_t runs, fast, hand, start, matched, spent, differ;
} cc__vmstats;
void cc__rules_apply_vmcheck(const cc_ruleset *rs, const cc_doc_view *view,
                             cc_claim_store *store, cc__vmstats *vs);

/* Slot name ("DATE") for messages and the index; NULL for bad values. */
const char *cc__slot_name(cc__slot s);

#endif
