/* recog_int.h - internal interface between the recognizer driver
 * (recog.c), the number recognizers (recog_num.c) and the temporal
 * recognizers (recog_time*.c).  Not installed. */
#ifndef CC_RECOG_INT_H
#define CC_RECOG_INT_H

#include <stddef.h>

#include "cc_recog.h"

/* ---- what the driver read of each token ---------------------------------
 * The driver probes one table per token (recog.c); its slots also hold the
 * token's entries in the tables the parsers ask first, so that they need
 * not hash the token again.  One per token of the sentence being read. */
struct cc__time_word; /* a temporal word entry (recog_time*.c) */
struct cc__num_start; /* the first token of number keys (recog_num.c) */
struct cc__num_key;   /* a number key (recog_num.c) */

typedef struct cc_tok_words {
  const struct cc__time_word *tw; /* cc__time_word_find of the token */
  const struct cc__num_start *ns; /* cc__num_start_find */
  const struct cc__num_key *nk;   /* cc__num_key_find */
  bool known; /* false: not read (a number, a long token): ask the tables */
  /* the number side's reading of the word (cc__num_word_read, at load):
   * nlist, ns's bit in the masks; nnone, cc__num_none_at at a word token
   * of it (CC_NN_*); nextm, the starts after which a key may go on with
   * this word (S_next_may in recog_num.c: bit nlist of the start's),
   * cc__num_next_known when made so */
  uint8_t nlist, nnone;
  /* the temporal parsers' sentence scans' reading of the word (CC_TS_*:
   * cc__time_scan_bits at load), CC_TS_ASK when not known */
  uint8_t tscan;
  /* the first token of a unit that "a" before it counts as one ("a
   * mile": cc__unit_article_first), which no number parse reads as a
   * plain word */
  bool aunit;
  uint64_t nextm;
} cc_tok_words;

/* cc_tok_words' tscan: what the time recognizer's per-sentence scans look for
 * at a token, by its word alone: its entry (tw) has a unit sense
 * (CC_TS_UNIT), a set, weekend, "every" or frequency sense (CC_TS_SET),
 * begins longer keys of a set kind (CC_TS_SETP: the scan asks the join),
 * or the word is a range's joiner (CC_TS_JOIN: "and", "to", "-"...).
 * CC_TS_ASK: the parsers read the token themselves (a long word);
 * CC_TS_NUM: so too, a number token (it begins with a digit: no
 * joiner). */
enum {
  CC_TS_UNIT = 1,
  CC_TS_SET = 2,
  CC_TS_SETP = 4,
  CC_TS_JOIN = 8,
  CC_TS_NUM = 64,
  CC_TS_ASK = 128
};

/* ---- numbers (recog_num.c) --------------------------------------------- */

typedef struct cc_num_model cc_num_model;

int cc__num_model_new(const cc_lexicon *lx, cc_num_model **out, cc_err *err);
void cc__num_model_free(cc_num_model **m);

enum cc_numparse_flags {
  CC_NP_WORDS = 1u << 0,   /* spelled out ("seven"), not digits */
  CC_NP_RANGE = 1u << 1,   /* "six to seven", "6-7", "between 5 and 10" */
  CC_NP_ORDINAL = 1u << 2, /* "first", "2nd", "third-largest" */
  CC_NP_ARTICLE = 1u << 3, /* "a"/"an" read as one ("a decade") */
  CC_NP_FRACTION = 1u << 4,/* "half", "two-thirds", "one-and-a-half" */
  CC_NP_VAGUE = 1u << 5    /* "tens of thousands", "dozens", "several" */
};

/* A number expression starting at token i, not past token end (the end of
 * the sentence): qualifier, digits or words, scale word, range.  */
typedef struct cc_numparse {
  uint32_t tok_begin, tok_end; /* tokens consumed, [begin, end) */
  double value;                /* point value (lower end of a range) */
  double lo, hi;               /* interval after qualifier and range */
  uint8_t qual;                /* cc_qual */
  uint32_t flags;              /* cc_numparse_flags */
} cc_numparse;

/* True and *out filled when a number expression starts at token i.
 * Bounded work: looks at most a few tokens ahead. */
/* Is the token a lower-case plural that news counts ("people", "homes",
 * "troops", "years")?  Then a year-like number before it is a count
 * ("about 2000 people"), in both recognizers. */
bool cc__counted_noun(const cc_token *t);

bool cc__num_parse(const cc_num_model *m, const cc_segmented *seg,
                   uint32_t i, uint32_t end, cc_numparse *out);

/* Results of cc__num_parse for the tokens of one sentence: the temporal
 * parsers ask for the number at the same token many times.  Owned by the
 * caller of cc__time_mention (one per thread: no sharing), reset with
 * cc__num_memo_reset at each sentence, freed with cc__num_memo_free. */
typedef struct cc_num_memo {
  uint32_t base, n, end; /* tokens [base, base + n), sentence end */
  uint32_t cap;
  uint8_t *state;        /* 0 not asked, 1 no number, 2 res[k] */
  cc_numparse *res;
  struct cc_num_mcache *mc; /* lexicon keys read at recent tokens
                               (recog_num.c); made by the first reset */
  uint32_t sentence; /* the index of the sentence ending at end, when its
                      * owner sets it after the reset; UINT32_MAX: ask
                      * cc_sentence_of */
} cc_num_memo;
#define CC_NUM_MEMO_INIT {0, 0, 0, 0, NULL, NULL, NULL, UINT32_MAX}

/* Start a sentence: tokens [begin, end).  Never fails (cc_x* aborts). */
void cc__num_memo_reset(cc_num_memo *memo, uint32_t begin, uint32_t end);
void cc__num_memo_free(cc_num_memo *memo);
/* cc__num_memo_reset for tokens [begin, end), then cc__num_memo_words
 * with w, base begin: in one call, the common case in a few stores. */
void cc__num_memo_start(cc_num_memo *memo, uint32_t begin, uint32_t end,
                        const cc_tok_words *const *w);

/* cc__num_parse through memo (NULL: no memo).  Same result, same *out. */
bool cc__num_parse_memo(const cc_num_model *m, const cc_segmented *seg,
                        uint32_t i, uint32_t end, cc_num_memo *memo,
                        cc_numparse *out);

/* True when token i may start a number mention (digit, number word,
 * qualifier word, currency symbol, article before a number word). */
bool cc__num_trigger(const cc_num_model *m, const cc_segmented *seg,
                     uint32_t i);

/* Every key of cc__num_trigger's table (the first words of number keys). */
void cc__num_each_first(const cc_num_model *m,
                        void (*fn)(void *ud, const char *key), void *ud);
/* Every first token of a number key, and every number key, with its
 * entry (cc__num_start_find's and cc__num_key_find's answer for it). */
void cc__num_each_start(const cc_num_model *m,
                        void (*fn)(void *ud, const char *key,
                                   const struct cc__num_start *ns),
                        void *ud);
void cc__num_each_key(const cc_num_model *m,
                      void (*fn)(void *ud, const char *key,
                                 const struct cc__num_key *nk),
                      void *ud);
/* The entries of word w (n bytes) in those tables, or NULL. */
const struct cc__num_start *cc__num_start_find(const cc_num_model *m,
                                               const char *w, size_t n);
const struct cc__num_key *cc__num_key_find(const cc_num_model *m,
                                           const char *w, size_t n);
/* The driver's reading of tokens [base, memo's sentence end) (NULL: none),
 * after cc__num_memo_reset; valid until the next reset. */
void cc__num_memo_words(cc_num_memo *memo, const cc_tok_words *const *w,
                        uint32_t base);

/* cc_tok_words' number fields of word w (n bytes), whose ns is set:
 * nnone is CC_NN_NONE when cc__num_none_at holds at a word token of w
 * whatever follows, CC_NN_NEVER when it never does, and CC_NN_NEXT when
 * it holds at the sentence's last token, and else exactly when the next
 * token is separate (CC_TF_SPACE_BEFORE), no hyphen, and its reading's
 * nextm is known (cc__num_next_known) with no bit nlist (otherwise the
 * call decides: a third token may be read). */
enum { CC_NN_ASK = 0, CC_NN_NONE, CC_NN_NEVER, CC_NN_NEXT };
#define CC_NEXT_ASK (3ull << 62)
/* A mask is known (made by cc__num_next_mask) when of CC_NEXT_ASK's bits
 * it has bit 63 alone: a reading made otherwise (0) is asked. */
static inline bool cc__num_next_known(uint64_t nextm) {
  return (nextm & CC_NEXT_ASK) == 1ull << 63;
}
void cc__num_word_read(const cc_num_model *m, const char *w, size_t n,
                       cc_tok_words *tw);
/* cc__num_word_read but for nextm: nlist and nnone alone. */
void cc__num_word_roles(cc_tok_words *tw);
/* The starts after which a key may go on with word w (n bytes): a bit
 * per start with a list of rests, and bit 63 (every start with more);
 * CC_NEXT_ASK for the empty word. */
uint64_t cc__num_next_mask(const cc_num_model *m, const char *w, size_t n);
/* Every byte prefix, up to max bytes, of every rest after a start's
 * word and a space ("the order of" after "on"), with the start's bit:
 * the words whose mask has a bit other than 63 are among them, and the
 * bits of a word's mask are 63 and those fn saw it with (fn may see a
 * word many times). */
void cc__num_each_rest_prefix(const cc_num_model *m, size_t max,
                              void (*fn)(void *ud, const char *w, size_t n,
                                         unsigned bit),
                              void *ud);

/* The bytes of the texts a number expression's keys are read against
 * (every key, as S_match_all joins tokens to compare, and every range
 * closer): first bit c of the bytes one begins with, pairs[a] bit c of
 * the pairs of bytes a, c that follow one another in one.  Set bits
 * only: the caller zeroes both. */
void cc__num_key_bytes(const cc_num_model *m, uint64_t first[4],
                       uint64_t pairs[256][4]);
/* Every number key and range closer with a byte that is no letter,
 * digit or space. */
void cc__num_each_marked(const cc_num_model *m,
                         void (*fn)(void *ud, const char *text), void *ud);

/* Neither cc__num_parse_memo nor cc__num_mention_memo finds a number at
 * token i (< end), a word or symbol, known from the driver's reading
 * (cc__num_memo_words) of it and of the next token alone: no key with a
 * role that starts a number begins there ("of", "on", "at" before most
 * words: "on the order of", "at least").  False when it cannot tell;
 * memo is reset for the sentence ending at end. */
bool cc__num_none_at(const cc_num_model *m, const cc_segmented *seg,
                     uint32_t i, uint32_t end, cc_num_memo *memo);

/* What cc__num_none_at keeps where it holds at token i (< end): the
 * memo's answer there, no number (for a caller that knew it otherwise). */
static inline void cc__num_memo_none(cc_num_memo *memo, uint32_t i,
                                     uint32_t end) {
  if (memo && end == memo->end && i - memo->base < memo->n)
    memo->state[i - memo->base] = 1;
}

/* A full number/ordinal/percent/money mention at token i. */
bool cc__num_mention(const cc_num_model *m, const cc_segmented *seg,
                     uint32_t i, uint32_t end, cc_mention *out);
/* The same through memo (NULL: none), reset for the sentence ending at
 * end: the lexicon keys read there are shared with cc__num_parse_memo. */
bool cc__num_mention_memo(const cc_num_model *m, const cc_segmented *seg,
                          uint32_t i, uint32_t end, cc_num_memo *memo,
                          cc_mention *out);

/* ---- temporal (recog_time*.c) ------------------------------------------- */

typedef struct cc_time_model cc_time_model;
typedef struct cc_unit_model cc_unit_model;

int cc__time_model_new(const cc_lexicon *lx, cc_time_model **out,
                       cc_err *err);
/* The units the time model asks about (borrowed; outlives it): a four-
 * digit number before a unit is no year ("1500 metres", "2000 kg"). */
void cc__time_model_set_units(cc_time_model *tm, const cc_unit_model *um);
/* The units the number model asks whether "a" before a word counts as
 * one ("a mile": cc__unit_article_at); NULL: none. */
void cc__num_model_set_units(cc_num_model *nm, const cc_unit_model *um);
void cc__time_model_free(cc_time_model **m);

/* Whether a temporal expression may start at token i: 0 no, 1 yes, 2 only
 * when a later token can carry one (a preposition, an article, a zone or a
 * filler word: "the" in "the next day", "in" in "in the past"); the caller
 * then asks about the next tokens (recog.c, S_time_trig).  One hash lookup
 * (two for weak words); the word classes come from the lexicon kinds. */
/* The first tests of cc__time_trigger, by token kind alone: 1 for a
 * number, 1 or 0 for punctuation ("'90s"), 0 for any other non-word, -1
 * for a word (the word's own tests decide).  The driver's fast path
 * (recog.c) starts with the same tests. */
static inline int cc__time_trigger_kind(const cc_token *t) {
  if (t->kind == CC_TOK_NUM)
    return 1;
  if (t->kind == CC_TOK_PUNCT)
    return t->norm[0] == '\'' && t->norm[1] == 0;
  return t->kind == CC_TOK_WORD ? -1 : 0;
}
int cc__time_trigger(const cc_time_model *m, const cc_segmented *seg,
                     uint32_t i);

/* Every word the parsers compare a token with (S_literals): with the
 * word entries, every word cc__time_plain_word is false at by its text. */
void cc__time_each_literal(void (*fn)(void *ud, const char *key), void *ud);
/* Every word entry's key, its trigger answer (1 or 2) and the entry
 * (cc__time_word_find's answer at the key). */
void cc__time_each_word(const cc_time_model *m,
                        void (*fn)(void *ud, const char *key, int trig,
                                   const struct cc__time_word *e),
                        void *ud);
/* Tokens i and i + 1 joined as the temporal phrases join them begin a key
 * of a start kind ("at the moment", "the turn of"): cc__time_trigger's
 * answer for a weak or named word is 1 then, else 2. */
bool cc__time_join_starts(const cc_time_model *m, const cc_segmented *seg,
                          uint32_t i);
/* cc__time_join_starts where tokens i and i + 1 are not both words of the
 * shared table (a token of no id): the model keeps answers by the ids
 * only, so it neither looks for one nor keeps this one.  *fixed: the
 * answer is the same at every token i + 1 that begins with the same
 * bytes (its whole text when it has one or two, else its first two, more
 * following), with the same space before it, after the same word i. */
bool cc__time_join_short(const cc_time_model *m, const cc_segmented *seg,
                         uint32_t i, bool *fixed);
/* A key of a start kind of two tokens or more may begin at token i of
 * the sentence ending at end (false: none does, as the temporal parsers
 * read the longer keys there; false too where cc__time_join_starts is). */
bool cc__time_longer_start(const cc_time_model *m, const cc_segmented *seg,
                           uint32_t i, uint32_t end);
/* w (n bytes) is a key of a start kind or a prefix of one: when it is
 * not, cc__time_join_starts is false at a token of word w. */
bool cc__time_starts_has(const cc_time_model *m, const char *w, size_t n);
/* cc__time_mention is false at a word token (CC_TOK_WORD) of word w (n
 * bytes) when it is quiet (CC_TQ_QUIET, or CC_TQ_AN for "a" and "an"),
 * no longer key of a start kind begins there (w begins none,
 * cc__time_starts_has, or cc__time_longer_start is false), and
 * - no number begins there (no number key begins with w,
 *   cc__num_start_find, or cc__num_parse finds none) and w is not "a" or
 *   "an";
 * - or one does, no ordinal when w is "a" or "an", and it ends before a
 *   plain word (cc__time_plain_word, and no number there).
 * The driver need not ask it there (recog_time*.c say why). */
enum { CC_TQ_NONE = 0, CC_TQ_QUIET = 1, CC_TQ_AN = 2, CC_TQ_PLAIN = 4 };
/* cc__time_word_class's bit for S_quiet's test of a word token's own
 * entry (recog_time*.c): no "fy..." or "q1".."h4", and no sense of a start
 * kind in the word's entry (the longer keys that begin there are not
 * asked).  Set for first words ("the") too, unlike CC_TQ_QUIET. */
enum { CC_TQ_OWN_QUIET = 8 };
int cc__time_quiet_word(const cc_time_model *m, const char *w, size_t n);
bool cc__time_plain_word(const cc_time_model *m, const char *w, size_t n);
/* Both in one: CC_TQ_QUIET or CC_TQ_AN (or none), and CC_TQ_PLAIN. */
int cc__time_word_class(const cc_time_model *m, const char *w, size_t n);
/* The same with w's entry given (cc__time_word_find's answer at w: the
 * driver has it from cc__time_each_word, and NULL for the other words of
 * its table). */
int cc__time_entry_class(const cc_time_model *m,
                         const struct cc__time_word *e, const char *w,
                         size_t n);

/* The driver's fast answers (recog.c): cc__num_trigger and
 * cc__time_trigger through one table of every word either knows. */
bool cc__recog_num_trigger(const cc_recog *r, const cc_segmented *seg,
                           uint32_t i);
/* The driver does not ask cc__time_mention at token i of the sentence
 * ending at end (cc__time_quiet_word and its tests at the token, or "the",
 * "between" or "from" before such a token: S_first_skip in recog.c). */
bool cc__recog_time_skip(const cc_recog *r, const cc_segmented *seg,
                         uint32_t i, uint32_t end);
int cc__recog_time_trigger(const cc_recog *r, const cc_segmented *seg,
                           uint32_t i);
/* No number mention (cc__num_mention) that starts before token e (<=
 * end, the end of the sentence) ends past e, as the driver reads it: at
 * e == end, or at a mark no number expression reads (recog.c,
 * S_num_within); there the driver does not ask the number recognizer
 * where a temporal mention ends at e.  False when it cannot tell. */
bool cc__recog_num_within(const cc_recog *r, const cc_segmented *seg,
                          uint32_t e, uint32_t end);

/* What the temporal parsers learned about the tokens of one sentence:
 * each token's lexicon entry and the date read at a token (the same date is
 * asked for by several parsers and from several start tokens).  Small and
 * of fixed size (a window of recent tokens, so a hostile sentence costs no
 * memory); one per thread, reset at each sentence. */
typedef struct cc_time_memo cc_time_memo;

/* Freed (cc__time_memo_free) by the thread that made it: each thread's
 * first memo in use is its own storage, reused (recog_time*.c). */
cc_time_memo *cc__time_memo_new(void);
/* Start the sentence of tokens [begin, end). */
void cc__time_memo_reset(cc_time_memo *memo, uint32_t begin, uint32_t end);
/* The driver's reading of the sentence's tokens (w[0] is token begin's),
 * after the reset; valid until the next one. */
void cc__time_memo_words(cc_time_memo *memo, const cc_tok_words *const *w);
/* cc_tok_words' tscan of a token of word w (n bytes; not a number)
 * whose entry is e (cc__time_word_find's, or NULL). */
uint8_t cc__time_scan_bits(const struct cc__time_word *e, const char *w,
                           size_t n);
/* The temporal word entry of word w (n bytes), or NULL. */
const struct cc__time_word *cc__time_word_find(const cc_time_model *m,
                                               const char *w, size_t n);
void cc__time_memo_free(cc_time_memo **memo);

/* A date/time/datetime/duration/set mention at token i (it may use the
 * number model for "seven hours", "eight months later"; memo and tmemo,
 * NULL or reset for the sentence that ends at end, keep their answers). */
bool cc__time_mention(const cc_time_model *tm, const cc_num_model *nm,
                      const cc_segmented *seg, uint32_t i, uint32_t end,
                      const cc_recog_ctx *ctx, cc_num_memo *memo,
                      cc_time_memo *tmemo, cc_mention *out);

/* After all mentions of a sentence are found: link local/UTC pairs
 * ("11:30am Alaska time (19:30 GMT)") and fill utc fields. */
void cc__time_link_pairs(const cc_time_model *tm, const cc_segmented *seg,
                         const cc_recog_ctx *ctx, cc_mention *ms, uint32_t n);

/* Resolve m ("eight months later", "the next day": anchor
 * CC_ANCHOR_MENTION, still CC_MF_UNRESOLVED, value a signed offset such as
 * "+P8M") against the earlier date mention a, index aidx in the document's
 * array.  With a NULL, m keeps an open TIMEX3 value ("XXXX-XX"). */
void cc__time_resolve_anchor(const cc_time_model *tm, cc_mention *m,
                             const cc_mention *a, int32_t aidx);

/* The zone of the place the text names most often as a location ("in
 * Anchorage", a dateline), else most often at all (ties: first named).
 * Owned by the model; NULL when the text names no known place. */
const char *cc__time_text_zone(const cc_time_model *tm,
                               const cc_segmented *seg);
/* cc__time_text_zone, and whether the text names a place of zone want
 * (*has; want NULL: false).  When it does, the answer is want (the walk
 * stops there). */
const char *cc__time_text_zone_has(const cc_time_model *tm,
                                   const cc_segmented *seg, const char *want,
                                   bool *has);
/* The zone of a place name given as text (front matter "place:"). */
const char *cc__time_place_lookup(const cc_time_model *tm, const char *place);
/* The model's copy of an IANA zone name it knows, or NULL. */
const char *cc__time_zone_intern(const cc_time_model *tm, const char *zone);

/* hs[l] = the FNV-1a hash (uthash's HASH_FNV, the recognizers' hash
 * tables' HASH_FUNCTION) of key's first l bytes, for l = 0 .. len, in one
 * pass from the left: a key's prefixes hashed together, not each from
 * the start (quadratic in the key's length).  hs has len + 1 entries. */
/* A plain decimal integer of at most 15 digits ("0", "100", "-1") at s
 * (the whole string) by hand: the double strtod reads (exact below
 * 2^53), at a tenth of its cost (the models' tables hold some thousand
 * numbers, nearly all such).  False: not one (ask strtod). */
static inline bool cc__plain_int(const char *s, double *out) {
  bool neg = *s == '-';
  const char *p = s + neg;
  uint64_t v = 0;
  int n = 0;
  for (; *p >= '0' && *p <= '9'; p++, n++) {
    if (n == 15)
      return false;
    v = v * 10 + (uint64_t)(*p - '0');
  }
  if (!n || *p)
    return false;
  *out = neg ? -(double)v : (double)v;
  return true;
}

static inline void cc__fnv_prefixes(const char *key, size_t len,
                                    unsigned *hs) {
  unsigned h = 2166136261u;
  hs[0] = h;
  for (size_t l = 0; l < len; l++)
    hs[l + 1] = h = (h ^ (unsigned char)key[l]) * 16777619u;
}

/* ---- quantities (recog_unit.c) ---------------------------------------- */

/* The units table (units.csv; none: no quantities).  -1 with
 * "units.csv:LINE: message" on a bad row. */
int cc__unit_model_new(const cc_lexicon *lx, cc_unit_model **out,
                       cc_err *err);
void cc__unit_model_free(cc_unit_model **um);
/* One sentence's mentions ms[0..*n), sorted: each number followed by a
 * unit becomes a quantity over the unit's tokens; mentions inside those
 * tokens ("an hour" of "miles an hour") and the second part of "6ft 2in"
 * are dropped (*n shrinks; pair and anchor_mention, local indexes, stay
 * right). */
void cc__units_apply(const cc_unit_model *um, const cc_segmented *seg,
                     cc_mention *ms, uint32_t *n);
bool cc__unit_stated(const cc_unit_model *um, const char *symbol,
                     double *factor, double *offset, double *tol);
/* Does token k (< end) begin a unit written apart from its number ("1500
 * metres", "2000 kg")? */
bool cc__unit_at(const cc_unit_model *um, const cc_segmented *seg, uint32_t k,
                 uint32_t end);
/* Does token k (< end) begin a unit that "a" / "an" before it counts as
 * one ("a mile", "an acre", "a square kilometre": units.csv's article
 * column)? */
bool cc__unit_article_at(const cc_unit_model *um, const cc_segmented *seg,
                         uint32_t k, uint32_t end);
/* Is the word w (n bytes, folded) the first token of such a unit? */
bool cc__unit_article_first(const cc_unit_model *um, const char *w, size_t n);
/* Is the word w (n bytes, folded) the first token of any unit ("gb" of
 * "4GB"; not "gsm" of "3GSM")? */
bool cc__unit_first(const cc_unit_model *um, const char *w, size_t n);
/* Is token t a money word of unit_cues.csv (its money column: "fine" of
 * "a 15-pound fine", "money" of "50 pounds of taxpayers' money")? */
bool cc__unit_money_word(const cc_unit_model *um, const cc_token *t);
/* fn(word, ctx) for each first token of such a unit. */
void cc__unit_each_article_first(const cc_unit_model *um,
                                 void (*fn)(const char *word, void *ctx),
                                 void *ctx);

/* ---- open ends (recog_open.c) ------------------------------------------ */

typedef struct cc_open_model cc_open_model;
/* The phrases of open_ends.csv (none: no open ends).  -1 with
 * "open_ends.csv:LINE: message" on a bad row. */
int cc__open_model_new(const cc_lexicon *lx, cc_open_model **out,
                       cc_err *err);
void cc__open_model_free(cc_open_model **om);
/* Mark the open ends of one sentence's mentions ms[0..n) (sorted; the
 * sentence's tokens [sb, se)): cc_mention.open, lead and trail. */
void cc__open_ends(const cc_open_model *om, const cc_segmented *seg,
                   uint32_t sb, uint32_t se, cc_mention *ms, uint32_t n);

#endif
