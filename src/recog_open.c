/* recog_open.c - open ends of dates and times: "since 2014", "before
 * 5pm", "from 2015 onwards", "no later than Friday" (open_ends.csv).
 *
 * A pass over one sentence's finished mentions, after the recognizers:
 * the words around a date are read only where a date was found, so the
 * scan of the text is not touched.  The mention keeps its own span and
 * value, which the rules match and the claims take ("their first meeting
 * since {DATE}" wants 2014, not an open interval); the open end is a
 * note beside them (cc_mention.open, lead, trail) that
 * cc_mention_shown turns into the interval extract prints. */
#include "recog_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cc_lexicon.h"

#define uthash_malloc(sz) cc_xmalloc(sz)
#define uthash_free(p, sz) cc_xfree(p)
#include <uthash.h>

/* Longest phrase, in words, and its bytes (a key is the words' norms
 * joined by single spaces). */
#define S_MAXW 4
#define S_KEYLEN 48

enum { S_PRE, S_POST };

typedef struct S_row {
  char key[S_KEYLEN];
  uint8_t mod;   /* cc_qual: CC_Q_SINCE..CC_Q_UNTIL, or CC_Q_NONE */
  uint8_t pos;   /* S_PRE or S_POST */
  bool alone;    /* false: only with a phrase of the other side */
  UT_hash_handle hh;
} S_row;

/* The words at the ends of the phrases, by the lexicon's word id that
 * the segmenter gives each token: a small open-addressed table (the
 * phrases have a few dozen words; an array by id would be cleared for
 * every word of the lexicon at each start).  bits[S_NEAR], the lengths
 * of the phrases whose word next to the date this is (the last word of
 * one before it, the first of one after: S_len_bit); bits[S_FAR], the
 * lengths of those whose word away from the date it is. */
#define S_IDS 256 /* slots, a power of two; at most half of them used */
enum { S_NEAR, S_FAR };
typedef struct S_idslot {
  uint32_t id; /* 0: empty */
  uint8_t bits[2];
  const struct S_row *one[2]; /* the word's phrase of one word, by side */
} S_idslot;

struct cc_open_model {
  S_row *rows[2]; /* by position */
  int maxw[2];
  /* the word table of ids (NULL: the phrases' words did not fit; each
   * date's neighbours are then looked up by their text) */
  const cc_vocab *vocab;
  S_idslot ids[S_IDS];
};

static int S_mod_of(const char *s) {
  static const struct {
    const char *name;
    int mod;
  } mods[] = {{"since", CC_Q_SINCE},
              {"after", CC_Q_AFTER},
              {"before", CC_Q_BEFORE},
              {"until", CC_Q_UNTIL},
              {"none", CC_Q_NONE}};
  for (size_t k = 0; k < sizeof mods / sizeof mods[0]; k++)
    if (!strcmp(s, mods[k].name))
      return mods[k].mod;
  return -1;
}

static int S_words(const char *key) {
  int n = 1;
  for (const char *p = key; *p; p++)
    n += *p == ' ';
  return n;
}

/* One row of open_ends.csv into om; -1 with the message in err. */
static int S_row_add(cc_open_model *om, const cc_lex_entry *e,
                     const int col[3], cc_err *err) {
  const char *ms = cc_lex_cell(e, col[0]), *ps = cc_lex_cell(e, col[1]),
             *as = cc_lex_cell(e, col[2]);
  int mod = S_mod_of(ms);
  int pos = !strcmp(ps, "pre") ? S_PRE : !strcmp(ps, "post") ? S_POST : -1;
  int alone = !strcmp(as, "yes") ? 1 : !strcmp(as, "no") ? 0 : -1;
  int nw = S_words(e->key);
  const char *bad =
      mod < 0     ? "mod must be since, after, before, until or none"
      : pos < 0   ? "position must be pre or post"
      : alone < 0 ? "alone must be yes or no"
      : strlen(e->key) >= S_KEYLEN || nw > S_MAXW
          ? "the phrase must be at most 4 words of 47 bytes"
          : NULL;
  if (bad) {
    cc_err_set(err, "open_ends.csv:%u: %s", e->line, bad);
    return -1;
  }
  S_row *r = NULL;
  HASH_FIND_STR(om->rows[pos], e->key, r);
  if (r)
    return 0; /* the first row of a phrase holds */
  r = cc_xcalloc(1, sizeof *r);
  memcpy(r->key, e->key, strlen(e->key) + 1);
  r->mod = (uint8_t)mod;
  r->pos = (uint8_t)pos;
  r->alone = alone == 1;
  HASH_ADD_STR(om->rows[pos], key, r);
  if (nw > om->maxw[pos])
    om->maxw[pos] = nw;
  return 0;
}

/* The bit of a phrase of w words on side pos in an S_idslot's bits. */
static inline uint8_t S_len_bit(int pos, int w) {
  return (uint8_t)(1u << (4 * pos + w - 1));
}

static inline uint32_t S_id_hash(uint32_t id) {
  return (id * 2654435761u) >> 24 & (S_IDS - 1);
}

/* The slot of id (not 0), or NULL. */
static inline const S_idslot *S_id_find(const cc_open_model *om,
                                        uint32_t id) {
  for (uint32_t h = S_id_hash(id);; h = (h + 1) & (S_IDS - 1)) {
    if (om->ids[h].id == id)
      return &om->ids[h];
    if (!om->ids[h].id)
      return NULL;
  }
}

/* Set bit in side k (S_NEAR, S_FAR) of the slot of the word w[0..n)
 * of row r (and r as the word's one-word phrase of its side when it is
 * one); false when the table is half full or the word has no id. */
static bool S_id_mark(cc_open_model *om, const S_row *r, const char *w,
                      size_t n, int k, uint8_t bit, uint32_t *used) {
  uint32_t id = cc_vocab_find(om->vocab, w, n);
  if (!id)
    return false; /* (every word of the lexicon's keys has one) */
  uint32_t h = S_id_hash(id);
  while (om->ids[h].id && om->ids[h].id != id)
    h = (h + 1) & (S_IDS - 1);
  if (!om->ids[h].id) {
    if (++*used > S_IDS / 2)
      return false;
    om->ids[h].id = id;
  }
  om->ids[h].bits[k] |= bit;
  if (!strchr(r->key, ' '))
    om->ids[h].one[r->pos] = r;
  return true;
}

/* The id table of the rows' end words (cc_open_model.ids). */
static void S_ends(cc_open_model *om, const cc_vocab *v) {
  om->vocab = v;
  uint32_t used = 0;
  for (int pos = 0; pos < 2 && om->vocab; pos++)
    for (S_row *r = om->rows[pos]; r; r = r->hh.next) {
      const char *last = strrchr(r->key, ' ');
      last = last ? last + 1 : r->key;
      size_t nfirst = strcspn(r->key, " "), nlast = strlen(last);
      uint8_t bit = S_len_bit(pos, S_words(r->key));
      /* a phrase before a date ends next to it, one after begins so */
      if (!S_id_mark(om, r, r->key, nfirst, pos == S_PRE ? S_FAR : S_NEAR,
                     bit, &used) ||
          !S_id_mark(om, r, last, nlast, pos == S_PRE ? S_NEAR : S_FAR, bit,
                     &used)) {
        om->vocab = NULL;
        return;
      }
    }
}

int cc__open_model_new(const cc_lexicon *lx, cc_open_model **out,
                       cc_err *err) {
  *out = NULL;
  cc_open_model *om = cc_xcalloc(1, sizeof *om);
  const cc_lex_table *t = cc_lex_table_get(lx, "open_ends");
  if (t) {
    static const char *const names[3] = {"mod", "position", "alone"};
    int col[3];
    for (int k = 0; k < 3; k++)
      if ((col[k] = cc_lex_col(t, names[k])) < 0) {
        cc_err_set(err, "open_ends.csv:1: missing column '%s'", names[k]);
        cc__open_model_free(&om);
        return -1;
      }
    const cc_lex_entry *e;
    for (size_t i = 0; (e = cc_lex_at(t, i)) != NULL; i++)
      if (S_row_add(om, e, col, err) != 0) {
        cc__open_model_free(&om);
        return -1;
      }
  }
  S_ends(om, cc_lexicon_vocab(lx));
  *out = om;
  return 0;
}

void cc__open_model_free(cc_open_model **omp) {
  if (!omp || !*omp)
    return;
  for (int pos = 0; pos < 2; pos++) {
    S_row *r, *tmp;
    HASH_ITER(hh, (*omp)->rows[pos], r, tmp) {
      HASH_DEL((*omp)->rows[pos], r);
      cc_xfree(r);
    }
  }
  cc_xfree(*omp);
  *omp = NULL;
}

/* The row of the words [j, j + n) of seg (all word tokens), or NULL. */
static const S_row *S_find(const cc_open_model *om, int pos,
                           const cc_segmented *seg, uint32_t j, uint32_t n) {
  char key[S_KEYLEN];
  size_t len = 0;
  for (uint32_t k = j; k < j + n; k++) {
    const cc_token *t = &seg->tokens[k];
    if (t->kind != CC_TOK_WORD || len + t->norm_len + 1 >= S_KEYLEN)
      return NULL;
    if (k > j)
      key[len++] = ' ';
    memcpy(key + len, t->norm, t->norm_len);
    len += t->norm_len;
  }
  S_row *r = NULL;
  HASH_FIND(hh, om->rows[pos], key, len, r);
  return r;
}

/* The slot of token t's word (NULL: none), in *known whether the ids
 * can tell (the tokens' ids are the model's). */
static inline const S_idslot *S_slot(const cc_open_model *om,
                                     const cc_segmented *seg, uint32_t t,
                                     bool *known) {
  *known = om->vocab && seg->vocab == om->vocab;
  uint32_t id = seg->tokens[t].id;
  return *known && id ? S_id_find(om, id) : NULL;
}

/* The lengths (S_len_bit) of the phrases of side pos whose word at side
 * k (S_NEAR, S_FAR) token t's word may be: all when the ids cannot
 * tell. */
static inline uint8_t S_lens(const cc_open_model *om, const cc_segmented *seg,
                             uint32_t t, int k, int pos) {
  bool known;
  const S_idslot *x = S_slot(om, seg, t, &known);
  uint8_t all = (uint8_t)(0xFu << (4 * pos));
  return !known ? all : x ? (uint8_t)(x->bits[k] & all) : 0;
}

/* The longest phrase of side pos that ends at token b (pre: the words
 * [b - n, b)) or begins there (post: [b, b + n)), inside [lo, hi);
 * its length in *n. */
static const S_row *S_longest(const cc_open_model *om, int pos,
                              const cc_segmented *seg, uint32_t b,
                              uint32_t lo, uint32_t hi, uint32_t *n) {
  if (pos == S_PRE ? b <= lo : b >= hi)
    return NULL;
  /* the lengths the word next to the date may end (most: none) */
  bool known;
  const S_idslot *x = S_slot(om, seg, pos == S_PRE ? b - 1 : b, &known);
  uint8_t near = !known ? 0xFF : x ? x->bits[S_NEAR] : 0;
  for (int w = om->maxw[pos]; w > 0; w--) {
    if (w == 1 && known) { /* the word's own phrase, without a lookup */
      *n = 1;
      return x ? x->one[pos] : NULL;
    }
    uint32_t uw = (uint32_t)w;
    if (pos == S_PRE ? b < lo + uw : b + uw > hi)
      continue;
    uint32_t j = pos == S_PRE ? b - uw : b;
    bool may = (near & S_len_bit(pos, w)) &&
               (S_lens(om, seg, pos == S_PRE ? j : b + uw - 1, S_FAR, pos) &
                S_len_bit(pos, w));
#ifdef CC_RECOG_CHECK_INERT /* the ids pass no phrase a lookup finds */
    if (!may && S_find(om, pos, seg, j, uw)) {
      fprintf(stderr, "recog: an open end's words passed at \"%s\"\n",
              seg->tokens[j].norm);
      abort();
    }
#endif
    if (!may)
      continue;
    const S_row *r = S_find(om, pos, seg, j, uw);
    if (r) {
      *n = uw;
      return r;
    }
  }
  return NULL;
}

/* Can m take an open end?  A date or time the text places on the
 * calendar, on its own: not a range (its ends are stated), not the UTC
 * half of a pair (the local half takes the words), not "now". */
static bool S_openable(const cc_mention *m) {
  return cc_mtype_dated(m->type) &&
         !(m->flags & (CC_MF_RANGE | CC_MF_UNRESOLVED | CC_MF_REF |
                       CC_MF_PAIR_UTC)) &&
         isfinite(m->lo) && isfinite(m->hi);
}

void cc__open_ends(const cc_open_model *om, const cc_segmented *seg,
                   uint32_t sb, uint32_t se, cc_mention *ms, uint32_t n) {
  if (!om || (!om->rows[S_PRE] && !om->rows[S_POST]))
    return;
  for (uint32_t k = 0; k < n; k++) {
    cc_mention *m = &ms[k];
    if (m->open || !S_openable(m)) /* (open: told inside, "Friday before
                                     * 5pm") */
      continue;
    /* the words between the mention and its neighbours */
    uint32_t lo = k ? ms[k - 1].tok_end + ms[k - 1].trail : sb;
    uint32_t hi = k + 1 < n ? ms[k + 1].tok_begin : se;
    uint32_t np = 0, nq = 0;
    const S_row *pre = S_longest(om, S_PRE, seg, m->tok_begin, lo, hi, &np);
    const S_row *post = S_longest(om, S_POST, seg, m->tok_end, lo, hi, &nq);
    if ((pre && pre->mod == CC_Q_NONE) || (post && post->mod == CC_Q_NONE))
      continue;
    /* "until 2018" right after another date is a span's second half
     * ("2014 until 2018" the recognizers did not join); not after a set
     * ("daily until April 27") */
    if (pre && pre->mod == CC_Q_UNTIL && k &&
        ms[k - 1].tok_end == m->tok_begin - np &&
        cc_mtype_dated(ms[k - 1].type))
      pre = NULL;
    /* words that lead into the next mention are its own ("on 1/1/2016
     * and after 6PM") */
    if (post && k + 1 < n && ms[k + 1].tok_begin == m->tok_end + nq)
      post = NULL;
    bool both = pre && post && pre->mod == post->mod;
    if (!both) {
      if (pre && !pre->alone)
        pre = NULL;
      if (post && (!post->alone || pre))
        post = NULL;
    }
    if (!pre && !post)
      continue;
    m->open = pre ? pre->mod : post->mod;
    m->lead = pre ? (uint8_t)np : 0;
    m->trail = post ? (uint8_t)nq : 0;
  }
}
