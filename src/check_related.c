/* check_related.c - could two articles be about one story?
 *
 * A run may hold many stories (a folder of unrelated articles); values
 * are compared across articles only when the articles look like one
 * story: they name the same people (a spelling one letter off counts), or,
 * when one of them names nobody, the proper words of the sentences their
 * claims come from meet.  Per article, the people and the words are
 * sorted and unique, so each test is a merge of two short lists.
 */
#include "check_int.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cc_entity.h"
#include "cc_lexicon.h"
#include "cc_text.h"

/* ---- the evidence of each article, made when first asked ----------------- */

/* An article's people (person keys, sorted, unique) and proper words
 * (ids, sorted, unique).  cc__related is asked about a few pairs of
 * articles (1,365 calls over the 3,967 articles of the 10 MB corpus, the
 * words of two of them), so each article's evidence is made the first
 * time a check asks for it, not for every article up front (that was
 * 41 M of the check stage's 143 M there). */
/* A place an article names: the name as written (the lexicon's key for
 * it: one pointer per name) and the place, then the places that contain
 * it, outward ("lima", "peru"; "denver", "colorado", "united states"),
 * NULL after the last. */
#define S_UP 9 /* (the loader refuses a chain deeper than 8) */
typedef struct S_place {
  const char *said;
  const char *up[S_UP];
} S_place;

typedef struct S_ev {
  const char **people;
  uint32_t *words;
  S_place *places;
  uint32_t npeople, nwords, nplaces;
} S_ev;

enum { S_HAVE_PEOPLE = 1, S_HAVE_WORDS = 2, S_HAVE_PLACES = 4 };

/* Two keys one edit apart (6 letters or more, same first letter): a
 * misspelling of one name. */
static bool S_near_miss(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na < 6 || nb < 6 || a[0] != b[0] || na > nb + 1 || nb > na + 1 ||
      strcmp(a, b) == 0)
    return false;
  size_t i = 0;
  while (i < na && i < nb && a[i] == b[i])
    i++;
  if (na == nb)
    return strcmp(a + i + 1, b + i + 1) == 0 ||
           (i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            strcmp(a + i + 2, b + i + 2) == 0);
  return na > nb ? strcmp(a + i + 1, b + i) == 0
                 : strcmp(a + i, b + i + 1) == 0;
}

/* ---- proper words per article ------------------------------------------------------ */

/* Capitalized words every story uses: they say nothing about which story
 * an article tells.  Sorted by bytes (strcmp order) for a binary search. */
typedef struct S_stopword {
  const char *s;
  size_t n;
} S_stopword;

#define S_W(s) {s, sizeof s - 1}
static const S_stopword S_stop[] = {
    S_W("A"), S_W("AM"), S_W("An"), S_W("And"), S_W("April"), S_W("At"),
    S_W("August"), S_W("BBC"), S_W("BST"), S_W("But"), S_W("CET"),
    S_W("December"), S_W("Dr"), S_W("EDT"), S_W("EST"), S_W("ET"), S_W("EU"),
    S_W("East"), S_W("February"), S_W("Friday"), S_W("GMT"),
    S_W("Government"), S_W("He"), S_W("I"), S_W("In"), S_W("It"),
    S_W("January"), S_W("July"), S_W("June"), S_W("March"), S_W("May"),
    S_W("Minister"), S_W("Monday"), S_W("Mr"), S_W("Mr."), S_W("Mrs"),
    S_W("Ms"), S_W("New"), S_W("North"), S_W("November"), S_W("October"),
    S_W("On"), S_W("PDT"), S_W("PM"), S_W("PST"), S_W("PT"), S_W("President"),
    S_W("S"), S_W("Saturday"), S_W("September"), S_W("She"), S_W("Sir"),
    S_W("South"), S_W("Sunday"), S_W("That"), S_W("The"), S_W("They"),
    S_W("This"), S_W("Thursday"), S_W("Tuesday"), S_W("U"), S_W("UK"),
    S_W("UN"), S_W("US"), S_W("UTC"), S_W("We"), S_W("Wednesday"),
    S_W("West")};
#undef S_W

/* w[0..n) against a stop word, in strcmp order. */
static int S_wcmp(const char *w, size_t n, const S_stopword *s) {
  if (w[0] != s->s[0]) /* settles most probes */
    return (unsigned char)w[0] < (unsigned char)s->s[0] ? -1 : 1;
  int c = memcmp(w, s->s, n < s->n ? n : s->n);
  return c ? c : n < s->n ? -1 : n > s->n;
}

/* Bit n of S_lens[b] is set when a stop word of n bytes begins with byte
 * b: most proper words (names) fail it and skip the search. */
static uint16_t S_lens[256];
static pthread_once_t S_lens_once = PTHREAD_ONCE_INIT;

static void S_lens_init(void) {
  for (size_t i = 0; i < sizeof S_stop / sizeof S_stop[0]; i++)
    S_lens[(unsigned char)S_stop[i].s[0]] |= (uint16_t)(1u << S_stop[i].n);
}

bool cc__common_word(const char *w, size_t n) {
  pthread_once(&S_lens_once, S_lens_init);
  if (n == 0 || n >= 16 || !(S_lens[(unsigned char)w[0]] >> n & 1))
    return false;
  size_t lo = 0, hi = sizeof S_stop / sizeof S_stop[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = S_wcmp(w, n, &S_stop[mid]);
    if (c == 0)
      return true;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return false;
}

/* A proper word, stored once per run: articles are compared by word ids
 * (equal ids, equal words, ids in order of first use), so an article's
 * words cost 4 bytes each and a comparison is an integer compare. */
typedef struct S_wid {
  const char *w; /* in a quote of the claim set (not NUL-terminated);
                    NULL: a free slot */
  uint32_t n, id; /* id S_COMMON: a common word (cc__common_word) */
} S_wid;

#define S_COMMON UINT32_MAX

/* The words met so far (open addressing, filled to half: a uthash entry
 * was 56 bytes and its hash a third of the lookups); dropped once every
 * article's ids are known. */
typedef struct S_vocab {
  S_wid *slot;
  size_t cap, used; /* cap a power of two, used <= cap / 2 */
  uint32_t ids;     /* proper words among them: the next id */
} S_vocab;

/* A word's hash: most words are at most 16 bytes, packed by two loads
 * of fixed size (cc_word_pack) where cc_hash_mem copied the tail with a
 * memcpy call.  It places a word in the table only: ids are given in
 * order of first use. */
static inline uint64_t S_whash(const char *w, size_t n) {
  if (n > 16)
    return cc_hash_mem(w, n);
  uint64_t a, b;
  cc_word_pack(w, n, &a, &b);
  return cc_word_hash(a, b, n);
}

static void S_vocab_grow(S_vocab *v) {
  size_t ocap = v->cap;
  S_wid *old = v->slot;
  v->cap = ocap ? 2 * ocap : 1024;
  v->slot = cc_xmalloc(v->cap * sizeof *v->slot);
  for (size_t i = 0; i < v->cap; i++) /* free: w NULL (no memset) */
    v->slot[i].w = NULL;
  for (size_t i = 0; i < ocap; i++)
    if (old[i].w) {
      size_t j = (size_t)S_whash(old[i].w, old[i].n) & (v->cap - 1);
      while (v->slot[j].w)
        j = (j + 1) & (v->cap - 1);
      v->slot[j] = old[i];
    }
  cc_xfree(old);
}

/* The id of capitalized word w, or S_COMMON for a common word: the
 * stop-word search runs once per distinct word, not per occurrence. */
static uint32_t S_word_id(S_vocab *voc, const char *w, size_t n,
                          uint64_t h) {
  if (2 * (voc->used + 1) > voc->cap)
    S_vocab_grow(voc);
  size_t i = (size_t)h & (voc->cap - 1);
  for (; voc->slot[i].w; i = (i + 1) & (voc->cap - 1))
    if (voc->slot[i].n == n && cc_word_same(voc->slot[i].w, w, n))
      return voc->slot[i].id;
  uint32_t id = cc__common_word(w, n) ? S_COMMON : voc->ids++;
  voc->slot[i] = (S_wid){w, (uint32_t)n, id};
  voc->used++;
  return id;
}

/* Classes of a byte, one load per byte in the scans below (the tests by
 * range were 1.0 M of the check stage's 22 M on 1 MB of articles):
 * S_B_GAP an ASCII byte between words (not a letter, not NUL), S_B_WORD
 * an ASCII byte a word goes on with (a letter or '-'). */
enum { S_B_GAP = 1, S_B_WORD = 2 };
static const unsigned char S_bclass[256] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1,
    1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* An ASCII byte a word goes on with: a letter or '-' (not NUL). */
static bool S_word_byte(unsigned char c) {
  return S_bclass[c] & S_B_WORD;
}

/* The end of the word that begins at p (a letter), and its letters (code
 * points): runs of ASCII letters and hyphens are taken in a tight loop,
 * other bytes decoded one code point at a time. */
static const unsigned char *S_word_end(const unsigned char *p,
                                       const unsigned char *end,
                                       size_t *letters) {
  size_t k = 0;
  for (;;) {
    const unsigned char *r = p;
    while (S_word_byte(*p))
      p++;
    k += (size_t)(p - r);
    if (*p < 0x80) /* NUL or another ASCII byte */
      break;
    int32_t cp;
    int l = cc_utf8_decode(p, (size_t)(end - p), &cp);
    if (l <= 0 || !cc_cp_is_letter(cp))
      break;
    p += l;
    k++;
  }
  *letters = k;
  return p;
}

/* A proper word of a sentence, found before it is looked up. */
typedef struct S_qword {
  const char *w;
  size_t n;
  uint64_t h;
} S_qword;

#define S_QBATCH 32
/* Slots of a vocabulary that outgrows the cache: below this the words are
 * looked up one by one (a batch only costs instructions there). */
#define S_QBIG ((size_t)1 << 17)

/* The ids of words[0..n), in order, appended to ids: the slots are asked
 * for together first (at 1 GB the vocabulary is far larger than the
 * cache and each lookup missed on its own). */
static void S_word_ids(S_vocab *voc, const S_qword *words, size_t n,
                       cc_vec *ids) {
  while (2 * (voc->used + n) > voc->cap) /* no growth in between */
    S_vocab_grow(voc);
  for (size_t k = 0; k < n; k++)
    __builtin_prefetch(&voc->slot[words[k].h & (voc->cap - 1)]);
  for (size_t k = 0; k < n; k++) {
    uint32_t id = S_word_id(voc, words[k].w, words[k].n, words[k].h);
    if (id != S_COMMON)
      CC__PUSH(ids, uint32_t, id);
  }
}

/* At a dateline's dash: the words before it are dropped (those in ids
 * from mark on, and the batch's).  They are the city an outlet files from
 * and the outlet's own name ("SAN FRANCISCO (Business Report) -"), not
 * the story's: two outlets' articles seemed to share less than they do.
 * Only an opening with a word in capitals or a bracket is a dateline:
 * "Ana Ruiz - the former minister - said" keeps its name.  Returns true:
 * the word after the dash opens the sentence. */
static bool S_drop_dateline(cc_vec *ids, size_t mark, size_t *nb,
                            bool dateline) {
  if (dateline) {
    ids->len = mark;
    *nb = 0;
  }
  return true;
}

/* Is the word [b, e) in capitals, two letters or more ("YORK")? */
static bool S_loud(const unsigned char *b, const unsigned char *e) {
  if (e - b < 2)
    return false;
  for (; b < e; b++)
    if (*b >= 'a' && *b <= 'z')
      return false;
  return true;
}

/* Ids of the proper words of one sentence appended to ids (uint32_t):
 * capitalized (ASCII or not), two letters or more, not the sentence's
 * first word.  ASCII bytes are tested in place (a run of them between
 * words, or in a word, in a loop of its own); others go through the code
 * point tables. */
static void S_quote_words(S_vocab *voc, const char *q, cc_vec *ids) {
  const unsigned char *p = (const unsigned char *)q, *end = p + strlen(q);
  S_qword batch[S_QBATCH];
  size_t nb = 0;
  bool first = true, batched = voc->cap >= S_QBIG;
  /* a dateline ("LAGOS - Gunmen freed ...", "NEW YORK (Reuters) —"): while
   * every word so far is capitalized, the word after a dash opens the
   * sentence, and is no more a name than a first word is */
  bool opening = true;
  size_t mark = ids->len; /* (the sentence's first id) */
  bool dateline = false; /* (a capitals word or a bracket in the opening) */
  for (;;) {
    const unsigned char *gap = p;
    while (S_bclass[*p] & S_B_GAP)
      p++;
    if (opening && p > gap) {
      dateline |= memchr(gap, '(', (size_t)(p - gap)) != NULL;
      if (memchr(gap, '-', (size_t)(p - gap)))
        first = S_drop_dateline(ids, mark, &nb, dateline);
    }
    if (!*p)
      break;
    bool upper;
    if (*p < 0x80) { /* a letter: gaps and NUL are past */
      upper = *p >= 'A' && *p <= 'Z';
    } else {
      int32_t cp;
      int l = cc_utf8_decode(p, (size_t)(end - p), &cp);
      if (l <= 0) {
        p++;
        continue;
      }
      if (!cc_cp_is_letter(cp)) {
        if (opening && (cp == 0x2013 || cp == 0x2014))
          first = S_drop_dateline(ids, mark, &nb, dateline);
        p += l;
        continue;
      }
      upper = cc_cp_is_upper(cp);
    }
    opening &= upper;
    const unsigned char *b = p;
    size_t letters;
    p = S_word_end(p, end, &letters);
    size_t n = (size_t)(p - b);
    dateline |= opening && S_loud(b, p);
    /* a plural is its word: "the Socialists", "the Socialist Party";
     * "Republicans" (not "Congress", "Ross") */
    if (n >= 5 && b[n - 1] == 's' && b[n - 2] != 's')
      n--;
    if (upper && !first && letters >= 2 && !batched) {
      uint64_t h = S_whash((const char *)b, n);
      uint32_t id = S_word_id(voc, (const char *)b, n, h);
      if (id != S_COMMON)
        CC__PUSH(ids, uint32_t, id);
    } else if (upper && !first && letters >= 2) {
      if (nb == S_QBATCH) {
        S_word_ids(voc, batch, nb, ids);
        nb = 0;
      }
      const char *w = (const char *)b;
      batch[nb++] = (S_qword){w, n, S_whash(w, n)};
    }
    first = false;
  }
  if (nb)
    S_word_ids(voc, batch, nb, ids);
}

/* Sentences already read, by address: a run's claim set stores a
 * sentence once for every outlet that prints it (wire copy), so its words
 * are found once.  Open addressing; a slot's words are ids[at, at + n). */
typedef struct S_qwords_at {
  uint32_t at, n; /* the sentence's word ids: ids[at .. at + n) */
} S_qwords_at;

typedef struct S_qseen {
  cc__ptab quotes; /* numbered */
  cc_vec where;    /* S_qwords_at, by the quote's number */
  cc_vec ids;      /* uint32_t */
} S_qseen;

/* The words of sentence q, read now or before. */
static S_qwords_at S_qwords(S_qseen *t, S_vocab *voc, const char *q) {
  bool fresh;
  uint32_t k = cc__ptab_put(&t->quotes, q, &fresh);
  if (fresh) {
    size_t at = t->ids.len;
    S_quote_words(voc, q, &t->ids);
    *(S_qwords_at *)cc_vec_push(&t->where) =
        (S_qwords_at){(uint32_t)at, (uint32_t)(t->ids.len - at)};
  }
  return *CC_VEC_AT(&t->where, S_qwords_at, k);
}

/* ids[0..n) sorted (few: by insertion; many: radix, no comparator call
 * per comparison). */
static void S_sort_ids(uint32_t *w, size_t n) {
  if (n > 48) {
    cc__sort_u32(w, n);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    uint32_t t = w[i];
    size_t j = i;
    for (; j > 0 && w[j - 1] > t; j--)
      w[j] = w[j - 1];
    w[j] = t;
  }
}

/* Which article last took each word id (its id + 1; 0: none yet): an
 * article's sentences repeat its names, and an id taken once is not
 * pushed again, so the sort has only distinct ids to order.  Grows with
 * the vocabulary's ids. */
typedef struct S_stamps {
  uint32_t *last;
  size_t cap;
} S_stamps;

static void S_stamps_grow(S_stamps *t, uint32_t id) {
  size_t cap = t->cap ? t->cap : 1024;
  while (cap <= id)
    cap *= 2;
  t->last = cc_xrealloc(t->last, cap * sizeof *t->last);
  memset(t->last + t->cap, 0, (cap - t->cap) * sizeof *t->last);
  t->cap = cap;
}

/* Push id to cur unless article doc took it already. */
static void S_take(S_stamps *t, uint32_t id, uint32_t doc, cc_vec *cur) {
  if (id >= t->cap)
    S_stamps_grow(t, id);
  if (t->last[id] != doc + 1) {
    t->last[id] = doc + 1;
    CC__PUSH(cur, uint32_t, id);
  }
}

/* The run's evidence: made under lock, article by article, and read
 * without it once an article's bit in ready is set (release, acquire).
 * The checks run on --jobs threads, and any of them may ask first. */
/* The most articles a story group may hold and still count as one
 * story's coverage (cc__related's looser test). */
#define S_FEW_DOCS 12u
/* ... and published at most this many days apart */
#define S_FEW_DAYS 3
#define S_NO_DAY INT64_MIN

struct cc__rel {
  const cc__item *items;
  size_t *at;           /* article d's items: [at[d], at[d + 1]) */
  uint32_t ndocs;
  /* article d's story group (the run, or its folder with
   * --story-per-folder) and whether that group is a handful of articles
   * (S_FEW_DOCS or fewer): one story's coverage, not an archive */
  uint32_t *group;
  bool *few;
  int64_t *day; /* article d's publication day, S_NO_DAY when unknown */
  S_ev *ev;
  _Atomic unsigned char *ready; /* S_HAVE_* bits per article */
  pthread_mutex_t lock; /* for everything below */
  cc_arena *arena;      /* the evidence */
  S_vocab voc;          /* word ids: equal ids, equal words */
  S_stamps stamps;
  S_qseen seen;
  cc_vec cur;           /* one article's word ids */
  cc_vec names;         /* one article's people (const char *) */
  /* the lexicon's places (column in: the place containing each) and
   * nations (a country's names and adjectives); NULL: none */
  const cc_lex_table *places, *nations;
  int col_in, col_country, place_words;
  cc_vec found;         /* one article's places (S_place) */
  cc_vec toks;          /* one sentence's tokens (S_tok) */
  cc_buf key;           /* a name being looked up */
};

static int S_key_cmp(const void *pa, const void *pb) {
  const char *a = *(const char *const *)pa, *b = *(const char *const *)pb;
  /* a set stores a subject once: one address, one person */
  return a == b ? 0 : strcmp(a, b);
}

/* Article d's people: the subjects of its NAME claims, sorted, unique. */
static void S_make_people(struct cc__rel *r, uint32_t d) {
  cc_vec *v = &r->names;
  v->len = 0;
  for (size_t i = r->at[d]; i < r->at[d + 1]; i++) {
    const cc__item *it = &r->items[i];
    if (it->vkind == CC_VK_NAME && it->c->about->subject[0])
      CC__PUSH(v, const char *, it->c->about->subject);
  }
  const char **p = v->items;
  if (v->len > 1)
    cc__qsort(p, v->len, sizeof *p, S_key_cmp);
  size_t k = 0;
  for (size_t j = 0; j < v->len; j++)
    if (k == 0 || strcmp(p[k - 1], p[j]) != 0)
      p[k++] = p[j];
  S_ev *e = &r->ev[d];
  e->people = cc_arena_alloc_raw(r->arena, (k ? k : 1) * sizeof *e->people);
  if (k)
    memcpy(e->people, p, k * sizeof *p);
  e->npeople = (uint32_t)k;
  v->len = 0;
}

/* Article d's proper words: those of the sentences its claims come from,
 * as sorted unique ids. */
static void S_make_words(struct cc__rel *r, uint32_t d) {
  cc_vec *cur = &r->cur;
  cur->len = 0;
  for (size_t i = r->at[d]; i < r->at[d + 1]; i++) {
    const char *q = r->items[i].c->quote;
    /* one look per sentence: an article's claims share the quote */
    if (i > r->at[d] && q == r->items[i - 1].c->quote)
      continue;
    S_qwords_at e = S_qwords(&r->seen, &r->voc, q);
    const uint32_t *ids = r->seen.ids.items;
    for (uint32_t k = 0; k < e.n; k++)
      S_take(&r->stamps, ids[e.at + k], d, cur);
  }
  S_ev *e = &r->ev[d];
  S_sort_ids(cur->items, cur->len);
  e->words = cc_arena_alloc_raw(r->arena,
                                (cur->len ? cur->len : 1) * sizeof *e->words);
  if (cur->len)
    memcpy(e->words, cur->items, cur->len * sizeof *e->words);
  e->nwords = (uint32_t)cur->len;
  cur->len = 0;
}

/* ---- places per article ------------------------------------------------------ */

/* Outlets name one event's place at different sizes: "near Lima" and
 * "in Peru", "the Peruvian capital"; "in Denver" and "in Colorado".  An
 * article's places are the names of the lexicon's places and nations
 * table in the sentences of its claims, each with the places that
 * contain it (places.csv, column in); two articles' places meet when one
 * contains the other, or two names are one place (a country and its
 * adjective).  Two cities of one country do not meet, nor do two
 * countries.  Made only for a pair whose words have not met. */

/* A piece of a sentence between spaces, its quotes and brackets and its
 * punctuation trimmed ("(Lima," -> "Lima"; "Peru's" -> "Peru"). */
typedef struct S_tok {
  const unsigned char *b, *e;
  bool lead; /* something trimmed before it */
  bool end;  /* something trimmed after it */
  bool hard; /* ... other than one dot ("St.", "U.S." go on) */
} S_tok;

/* Is the code point at s an upper-case letter? */
static bool S_upper_at(const unsigned char *s, const unsigned char *end) {
  if (*s < 0x80)
    return *s >= 'A' && *s <= 'Z';
  int32_t cp;
  int l = cc_utf8_decode(s, (size_t)(end - s), &cp);
  return l > 0 && cc_cp_is_upper(cp);
}

/* The length of a quote mark or bracket ending at e (0: none). */
static size_t S_mark_before(const unsigned char *b, const unsigned char *e) {
  if (e - b >= 3 && e[-3] == 0xE2 && e[-2] == 0x80 &&
      (e[-1] == 0x99 || e[-1] == 0x9D)) /* ' " */
    return 3;
  return e > b && strchr(",;:!?)]\"'.", e[-1]) ? 1 : 0;
}

/* The sentence's tokens into r->toks. */
static void S_tokens(struct cc__rel *r, const char *q) {
  cc_vec *v = &r->toks;
  v->len = 0;
  const unsigned char *p = (const unsigned char *)q;
  const unsigned char *end = p + strlen(q);
  while (p < end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
      p++;
    const unsigned char *b = p;
    while (p < end && *p != ' ' && *p != '\t' && *p != '\n')
      p++;
    if (b == p)
      break;
    S_tok t = {b, p, false, false, false};
    while (t.b < t.e && (strchr("([\"'", *t.b) ||
                         (t.e - t.b >= 3 && t.b[0] == 0xE2 &&
                          t.b[1] == 0x80 && (t.b[2] == 0x98 || t.b[2] == 0x9C)))) {
      t.b += *t.b == 0xE2 ? 3 : 1;
      t.lead = true;
    }
    const unsigned char *e0 = t.e;
    for (size_t k; (k = S_mark_before(t.b, t.e)) > 0;)
      t.e -= k;
    /* a possessive: "Peru's", "Peru’s" */
    if (t.e - t.b > 2 && (t.e[-1] == 's' || t.e[-1] == 'S') &&
        (t.e[-2] == '\'' ||
         (t.e - t.b > 4 && t.e[-2] == 0x99 && t.e[-3] == 0x80 &&
          t.e[-4] == 0xE2)))
      t.e -= t.e[-2] == '\'' ? 2 : 4;
    t.end = t.e != e0;
    t.hard = t.end && !(e0 - t.e == 1 && *t.e == '.');
    if (t.b < t.e)
      CC__PUSH(v, S_tok, t);
  }
}

/* Words before a name that make it a person's ("Mr Austin"), though they
 * are common words (cc__common_word). */
static bool S_title(const unsigned char *w, size_t n) {
  static const char *const t[] = {"Dr", "Mr", "Mr.", "Mrs", "Ms", "Sir",
                                  "President", "Minister"};
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    if (strlen(t[i]) == n && memcmp(t[i], w, n) == 0)
      return true;
  return false;
}

/* The place a name of the lexicon (k, normalized) is: a nation's name or
 * adjective gives its country ("peruvian" -> "peru"), a place of the
 * places table is itself; *said is the name's key.  NULL: neither.  The
 * strings are the lexicon's. */
static const char *S_place_node(const struct cc__rel *r, const char *k,
                                size_t n, const char **said) {
  const cc_lex_entry *e = cc_lex_findn(r->nations, k, n);
  if (e) {
    const char *c = cc_lex_cell(e, r->col_country);
    *said = e->key;
    return *c ? c : e->key;
  }
  e = cc_lex_findn(r->places, k, n);
  if (e)
    *said = e->key;
  return e ? e->key : NULL;
}

/* p->up from node: the place, then each place that contains it. */
static void S_place_up(struct cc__rel *r, S_place *p, const char *node) {
  int k = 0;
  while (node && k < S_UP) {
    p->up[k++] = node;
    /* (the loader made the column's cells normal keys) */
    const char *in = cc_lex_cell(cc_lex_find(r->places, node), r->col_in);
    if (!*in)
      break;
    const char *said;
    const char *up = S_place_node(r, in, strlen(in), &said);
    node = up ? up : in; /* (a country only nations' column names) */
  }
  if (k < S_UP)
    p->up[k] = NULL;
}

/* The place named by tokens t[i..j] (with the dot after t[j] when dot),
 * or NULL. */
static const char *S_span_place(struct cc__rel *r, const S_tok *t, size_t i,
                                size_t j, bool dot, const char **said) {
  cc_buf_reset(&r->key);
  cc_lex_normalize((const char *)t[i].b, (size_t)(t[j].e - t[i].b) + dot,
                   &r->key);
  return S_place_node(r, r->key.ptr, r->key.len, said);
}

/* Add place node (named said) to r->found, once per name. */
static void S_found(struct cc__rel *r, const char *said, const char *node) {
  S_place *f = r->found.items;
  for (size_t i = 0; i < r->found.len; i++)
    if (f[i].said == said)
      return;
  S_place *p = cc_vec_push(&r->found);
  p->said = said;
  S_place_up(r, p, node);
}

/* May the name at t[i] be a place, by the words around it?  Not when a
 * capitalized word other than a common one goes before ("Denzel
 * Washington", "Mr Austin") or, at its end j, after it ("Washington
 * Post", "Lima Airport"; "Denver Monday" is a place). */
static bool S_alone_before(const S_tok *t, size_t i) {
  if (i == 0 || t[i].lead || t[i - 1].end)
    return true;
  const S_tok *w = &t[i - 1];
  size_t n = (size_t)(w->e - w->b);
  return !S_upper_at(w->b, w->e) ||
         (!S_title(w->b, n) && cc__common_word((const char *)w->b, n));
}

static bool S_alone_after(const S_tok *t, size_t n, size_t j) {
  if (j + 1 >= n || t[j].end || t[j + 1].lead)
    return true;
  const S_tok *w = &t[j + 1];
  return !S_upper_at(w->b, w->e) ||
         cc__common_word((const char *)w->b, (size_t)(w->e - w->b));
}

/* The places named in sentence q, into r->found: at each capitalized
 * word, the longest name of up to r->place_words words. */
static void S_quote_places(struct cc__rel *r, const char *q) {
  S_tokens(r, q);
  const S_tok *t = r->toks.items;
  size_t n = r->toks.len;
  for (size_t i = 0; i < n;) {
    if (!S_upper_at(t[i].b, t[i].e) || !S_alone_before(t, i)) {
      i++;
      continue;
    }
    size_t last = i; /* how far a name may run: no punctuation inside */
    while (last + 1 < n && last + 1 - i < (size_t)r->place_words &&
           !t[last].hard && !t[last + 1].lead)
      last++;
    size_t took = 1;
    for (size_t j = last + 1; j-- > i;) {
      const char *said = NULL, *node = NULL;
      bool dot = t[j].end && *t[j].e == '.';
      if (dot)
        node = S_span_place(r, t, i, j, true, &said);
      if (!node)
        node = S_span_place(r, t, i, j, false, &said);
      if (!node)
        continue;
      if (S_alone_after(t, n, j))
        S_found(r, said, node);
      took = j + 1 - i;
      break;
    }
    i += took;
  }
}

/* Does place q contain place p (strictly)? */
static bool S_contains(const S_place *q, const char *p) {
  for (int k = 1; k < S_UP && q->up[k]; k++)
    if (q->up[k] == p || strcmp(q->up[k], p) == 0)
      return true;
  return false;
}

/* Article d's places: the names of its claims' sentences, the places a
 * place of the article contains dropped ("Lima ... Peru" is Lima: its
 * country says no more, and would meet every other city of Peru). */
static void S_make_places(struct cc__rel *r, uint32_t d) {
  r->found.len = 0;
  for (size_t i = r->at[d]; i < r->at[d + 1]; i++) {
    const char *q = r->items[i].c->quote;
    if (i > r->at[d] && q == r->items[i - 1].c->quote)
      continue;
    S_quote_places(r, q);
  }
  S_place *f = r->found.items;
  size_t k = 0;
  for (size_t i = 0; i < r->found.len; i++) {
    bool inner = false;
    for (size_t j = 0; j < r->found.len && !inner; j++)
      inner = j != i && S_contains(&f[j], f[i].up[0]);
    if (!inner)
      f[k++] = f[i];
  }
  S_ev *e = &r->ev[d];
  e->places = cc_arena_alloc_raw(r->arena, (k ? k : 1) * sizeof *e->places);
  if (k)
    memcpy(e->places, f, k * sizeof *f);
  e->nplaces = (uint32_t)k;
  r->found.len = 0;
}

/* Article d's evidence with the bits of what (S_HAVE_*) made. */
static const S_ev *S_ev_of(struct cc__rel *r, uint32_t d, unsigned what) {
  if ((atomic_load_explicit(&r->ready[d], memory_order_acquire) & what) ==
      what)
    return &r->ev[d];
  pthread_mutex_lock(&r->lock);
  unsigned have = atomic_load_explicit(&r->ready[d], memory_order_relaxed);
  if ((what & S_HAVE_PEOPLE) && !(have & S_HAVE_PEOPLE))
    S_make_people(r, d);
  if ((what & S_HAVE_WORDS) && !(have & S_HAVE_WORDS))
    S_make_words(r, d);
  if ((what & S_HAVE_PLACES) && !(have & S_HAVE_PLACES))
    S_make_places(r, d);
  atomic_store_explicit(&r->ready[d], (unsigned char)(have | what),
                        memory_order_release);
  pthread_mutex_unlock(&r->lock);
  return &r->ev[d];
}

/* Do two articles' places meet: one name's place in or equal to the
 * other's (two different names: one name in both is a shared word)? */
static bool S_places_meet(struct cc__rel *r, uint32_t a, uint32_t b) {
  if (!r->places && !r->nations)
    return false;
  const S_ev *ea = S_ev_of(r, a, S_HAVE_PLACES);
  const S_ev *eb = S_ev_of(r, b, S_HAVE_PLACES);
  for (uint32_t i = 0; i < ea->nplaces; i++)
    for (uint32_t j = 0; j < eb->nplaces; j++) {
      const S_place *p = &ea->places[i], *q = &eb->places[j];
      if (p->said == q->said)
        continue;
      if (strcmp(p->up[0], q->up[0]) == 0 || S_contains(p, q->up[0]) ||
          S_contains(q, p->up[0]))
        return true;
    }
  return false;
}

/* Do the proper words of articles a and b meet?  With places, a place of
 * one in or equal to a place of the other counts as one shared word: a
 * story's handful of articles only (cc__related's few), for in an
 * archive most articles name their country ("UK", "British"), and that
 * joins nothing. */
static bool S_words_meet(struct cc__rel *r, uint32_t a, uint32_t b,
                         bool empty, bool places) {
  const S_ev *ea = S_ev_of(r, a, S_HAVE_WORDS);
  const S_ev *eb = S_ev_of(r, b, S_HAVE_WORDS);
  size_t na = ea->nwords, nb = eb->nwords, shared = 0;
  if (na == 0 || nb == 0)
    return empty; /* no evidence either way: the caller's default */
  size_t need = na <= 2 || nb <= 2 ? 1 : 2;
  size_t i = 0, j = 0;
  while (i < na && j < nb && shared < need) {
    uint32_t wa = ea->words[i], wb = eb->words[j];
    shared += wa == wb;
    i += wa <= wb;
    j += wa >= wb;
  }
  /* a city and its country, written differently, count as one word */
  if (shared < need && places && S_places_meet(r, a, b))
    shared++;
  return shared >= need;
}

static bool S_excluded(const char *k, const char *ex1, const char *ex2) {
  return (ex1 && strcmp(k, ex1) == 0) || (ex2 && strcmp(k, ex2) == 0);
}

static bool S_related(const cc__ctx *x, uint32_t a, uint32_t b,
                      const char *ex1, const char *ex2, bool open);

bool cc__related(const cc__ctx *x, uint32_t a, uint32_t b, const char *ex1,
                 const char *ex2) {
  return S_related(x, a, b, ex1, ex2, false);
}

bool cc__related_open(const cc__ctx *x, uint32_t a, uint32_t b) {
  return S_related(x, a, b, NULL, NULL, true);
}

static bool S_related(const cc__ctx *x, uint32_t a, uint32_t b,
                      const char *ex1, const char *ex2, bool open) {
  if (a == b || a >= x->ndocs || b >= x->ndocs)
    return true;
  /* a handful of articles given together (a run, or a story folder) and
   * published within days of each other are one story's coverage: one
   * shared person, or the proper words of their claims' sentences
   * meeting, is enough there; outlets quote different bystanders.  Hundreds (an archive, a topic folder) keep
   * the stricter test, measured on BBC and mixed BASIL (notes/PRECISION.md) */
  const struct cc__rel *rl = x->rel;
  bool few = rl->few[a] && rl->few[b] && rl->group[a] == rl->group[b] &&
             rl->day[a] != S_NO_DAY && rl->day[b] != S_NO_DAY &&
             llabs(rl->day[a] - rl->day[b]) <= S_FEW_DAYS;
  const S_ev *ea = S_ev_of(x->rel, a, S_HAVE_PEOPLE);
  const S_ev *eb = S_ev_of(x->rel, b, S_HAVE_PEOPLE);
  const char *const *pa = ea->people, *const *pb = eb->people;
  size_t ie = ea->npeople, je = eb->npeople;
  size_t na = 0, nb = 0, shared = 0;
  for (size_t k = 0; k < ie; k++)
    na += !S_excluded(pa[k], ex1, ex2);
  for (size_t k = 0; k < je; k++)
    nb += !S_excluded(pb[k], ex1, ex2);
  /* no people on a side: the words decide; with no words either, two
   * articles of a large run or folder (an archive, or stories given
   * together) are no more one story than any two ("The crash happened at
   * 6:40 a.m." beside a fire's time), unless the caller asks of facts of
   * the period, not of a story (open: exchange rates); a handful of
   * articles, or two folders' articles keyed by one person, are */
  if (na == 0 || nb == 0) {
    bool large = rl->group[a] == rl->group[b] && !rl->few[a];
    return S_words_meet(x->rel, a, b, !large || open, few);
  }
  size_t need = few || na < 2 || nb < 2 ? 1u : 2u;
  size_t i = 0, j = 0;
  while (i < ie && j < je) {
    int c = strcmp(pa[i], pb[j]);
    if (c == 0 && !S_excluded(pa[i], ex1, ex2))
      shared++;
    i += c <= 0;
    j += c >= 0;
  }
  if (shared >= need)
    return true;
  /* one outlet's misspelling of a name the other spells right is still
   * the same person ("Natarajan", "Nataraajan"); articles name a few dozen
   * people at most, so the pairs stay few */
  for (size_t p = 0; p < ie && shared < need; p++) {
    if (S_excluded(pa[p], ex1, ex2))
      continue;
    for (size_t q = 0; q < je; q++)
      if (!S_excluded(pb[q], ex1, ex2) && S_near_miss(pa[p], pb[q])) {
        shared++;
        break;
      }
  }
  /* (words meeting, not their absence: two people apiece and none shared
   * say two stories unless the words say one; in an archive, one person
   * on a side says little, as one side's only other name may be a song's
   * ("Jailhouse Rock"), so there too the words decide) */
  bool thin = na < 2 || nb < 2;
  return shared >= need ||
         ((few || thin) && S_words_meet(x->rel, a, b, false, few));
}

/* The folder part of a path: its length up to the last '/', 0 for none. */
static size_t S_dir_len(const char *p) {
  const char *slash = strrchr(p, '/');
  return slash ? (size_t)(slash - p) : 0;
}

/* r->group and r->few: with one story per run every article is in group
 * 0; with --story-per-folder, articles (in path order) share a group
 * while their folder does.  An article with no items has a group of its
 * own (it is never compared). */
static void S_groups(struct cc__rel *r, bool one_story) {
  uint32_t n = r->ndocs, g = 0;
  uint32_t *size = cc_xcalloc(n ? n : 1, sizeof *size);
  const char *prev = NULL;
  size_t prevn = 0;
  for (uint32_t d = 0; d < n; d++) {
    const char *p = r->at[d] < r->at[d + 1] ? r->items[r->at[d]].c->src->doc
                                            : NULL;
    size_t pn = p ? S_dir_len(p) : 0;
    if (one_story)
      g = 0;
    else if (d > 0 && !(p && prev && pn == prevn && !memcmp(p, prev, pn)))
      g++;
    r->group[d] = g;
    r->day[d] = S_NO_DAY;
    if (p) {
      const cc_sclaim *c = r->items[r->at[d]].c;
      if (c->flags & CC_CF_DOC_DATE)
        r->day[d] = c->src->doc_date;
    }
    size[g]++;
    prev = p;
    prevn = pn;
  }
  for (uint32_t d = 0; d < n; d++)
    r->few[d] = size[r->group[d]] <= S_FEW_DOCS;
  cc_xfree(size);
}

/* ---- a surname alone, joined to the story's one full name ------------------ */

/* An article that only ever writes "Mr Harlan" keys a full-name claim
 * (an age: `full $p`) by the surname, another outlet by "joe harlan", and
 * the two never meet.  Inside one story group (the run, or its folder
 * with --story-per-folder; never across two) such a claim takes the full
 * name when the story names exactly one person of that surname (its
 * people: the spellings of its NAME claims, two first names neither a
 * short form of the other being two people; a Jr. another person than
 * the man without it) and exactly one full name of that very surname
 * keys a claim of the same frame and object there, in an article that
 * may tell the same story (cc__related).  Two Harlans: no join.  Not to
 * a Jr.: "Mr. Trump" beside "Donald Trump Jr." in one story is the
 * father as often as the son (BASIL). */

/* The subject's kind here: a full name (a space, one person), a single
 * word (a surname, or anything else), or neither. */
enum { S_SUBJ_OTHER, S_SUBJ_FULL, S_SUBJ_WORD };

static int S_subject_kind(const char *s) {
  if (!s[0] || (s[0] == 's' && strcmp(s, "story") == 0))
    return S_SUBJ_OTHER; /* (most claims) */
  size_t k = strcspn(s, " ,:"); /* (libc's scan: a byte loop cost more) */
  if (!s[k])
    return S_SUBJ_WORD;
  return s[k] == ' ' && !strpbrk(s + k, ",:") ? S_SUBJ_FULL : S_SUBJ_OTHER;
}

/* The surname of a person key, into b: "joe harlan" -> "harlan",
 * "robert altieri jr" -> "altieri jr", or "altieri" with strip (its
 * generational suffix left out). */
static void S_surname_of(const char *key, cc_buf *b, bool strip) {
  cc_buf_reset(b);
  cc_entity_surname(key, b);
  size_t k = strip ? cc_entity_gen_suffix(b->ptr, b->len) : 0;
  b->len -= k;
  b->ptr[b->len] = '\0';
}

/* One full name under a key of S_join_people's tables, or many. */
typedef struct S_one {
  const char *name; /* the full key; for people, the first name */
  const char *subj; /* people: the NAME claim's key (with a suffix) */
  uint32_t doc;     /* an article that writes it */
  bool many;
} S_one;

/* t's entry for key b (made, zeroed, when fresh and add). */
static S_one *S_one_at(cc__stab *t, cc_arena *a, const cc_buf *b, bool add) {
  if (!add && !t->slot)
    return NULL;
  bool fresh;
  cc__sslot *e = cc__stab_put(t, b->ptr, b->len, &fresh);
  if (fresh) {
    if (!add) { /* (a lookup's put: the key stays, with no entry) */
      e->s = cc_arena_strndup(a, b->ptr, b->len);
      e->v = NULL;
      return NULL;
    }
    e->s = cc_arena_strndup(a, b->ptr, b->len);
    e->v = cc_arena_alloc(a, sizeof(S_one));
    memset(e->v, 0, sizeof(S_one));
  }
  return e->v;
}

/* "\x1f" and the group's four bytes after b (no printf: it cost some
 * 3,000 instructions a call). */
static void S_put_group(cc_buf *b, uint32_t g) {
  char v[5] = {'\x1f', (char)(g & 0xff), (char)(g >> 8 & 0xff),
               (char)(g >> 16 & 0xff), (char)(g >> 24)};
  cc_buf_put(b, v, sizeof v);
}

/* frame \x1f object \x1f surname \x1f group */
static void S_full_tag(const cc_sclaim *c, const char *sur, uint32_t g,
                       cc_buf *b) {
  cc_buf_reset(b);
  cc_buf_puts(b, c->about->frame);
  cc_buf_putc(b, '\x1f');
  cc_buf_puts(b, c->about->object);
  cc_buf_putc(b, '\x1f');
  cc_buf_puts(b, sur);
  S_put_group(b, g);
}

/* The first name of NAME value v (its first word of two or more, folded:
 * ASCII lower case, dots dropped), into b; false when v is one word. */
static bool S_first_name(const char *v, cc_buf *b) {
  const char *sp = strchr(v, ' ');
  if (!sp)
    return false;
  cc_buf_reset(b);
  for (const char *p = v; p < sp; p++)
    if (*p != '.')
      cc_buf_putc(b, (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p));
  return b->len > 0;
}

/* One person: the same first name, or an initial or a short form of it
 * ("j", "joe"; "alex", "alexander"), and the same key (suffix and all). */
static bool S_same_person(const S_one *p, const char *first,
                          const char *subj) {
  size_t a = strlen(p->name), b = strlen(first);
  return strcmp(p->subj, subj) == 0 &&
         strncmp(p->name, first, a < b ? a : b) == 0;
}

/* A claim keyed by the full name now: a copy with the key, and its group. */
static void S_rekey(cc__ctx *x, cc__item *it, const char *full, cc_buf *b) {
  const cc_sclaim *c = it->c;
  cc_sclaim *nc = cc_arena_alloc(x->arena, sizeof *nc);
  cc_claim_about *ab = cc_arena_alloc(x->arena, sizeof *ab);
  *nc = *c;
  *ab = *c->about;
  ab->subject = full;
  cc_buf_reset(b);
  cc_claim_make_key(ab->frame, full, ab->object, b);
  ab->key = cc_arena_strndup(x->arena, b->ptr, b->len);
  nc->about = ab;
  it->c = nc;
  it->scope = cc__scope(x, nc, it->cf, b);
}

/* The people of article d's story group named by surname base: the NAME
 * claims of its articles (items in article order; a group's articles are
 * adjacent, so the walk starts at d's group's first). */
static void S_story_people(const struct cc__rel *r, uint32_t d0,
                           const char *base, S_one *p, cc_arena *a,
                           cc_buf *tmp, cc_buf *first) {
  size_t bn = strlen(base);
  uint32_t g = r->group[d0];
  while (d0 > 0 && r->group[d0 - 1] == g)
    d0--;
  for (uint32_t d = d0; d < r->ndocs && r->group[d] == g; d++) {
    for (size_t i = r->at[d]; i < r->at[d + 1]; i++) {
      const cc__item *it = &r->items[i];
      const char *s = it->c->about->subject;
      if (it->vkind != CC_VK_NAME || s[0] != base[0] ||
          strncmp(s, base, bn) != 0 || (s[bn] && s[bn] != ' '))
        continue;
      S_surname_of(s, tmp, true);
      if (strcmp(tmp->ptr, base) != 0 || !S_first_name(it->c->value, first))
        continue;
      if (!p->name) {
        p->name = cc_arena_strndup(a, first->ptr, first->len);
        p->subj = s;
      } else if (!S_same_person(p, first->ptr, s)) {
        p->many = true;
        return;
      }
    }
  }
}

/* S_join_people's filter: a hash of word w, it's frame (a run's set
 * stores a frame's name once: its address) and story group, to 10 bits. */
static unsigned S_word_hash(const cc__item *it, const char *w,
                            const struct cc__rel *r) {
  uint64_t h = 0xcbf29ce484222325ull; /* (FNV-1a: short words) */
  for (; *w; w++)
    h = (h ^ (unsigned char)*w) * 0x100000001b3ull;
  h ^= ((uint64_t)(uintptr_t)it->c->about->frame + r->group[it->doc_id]) *
       0x9E3779B97F4A7C15ull;
  h *= 0x9E3779B97F4A7C15ull;
  return (unsigned)(h >> 40) & 1023;
}

static void S_join_people(cc__ctx *x, struct cc__rel *r, cc__item *items,
                          size_t n) {
  /* (uint64_t: an index beside a 10-bit hash above bit 48, below) */
  cc_vec fulls = CC_VEC_INIT(uint64_t), words = CC_VEC_INIT(uint64_t);
  const char *prev = NULL; /* (a set stores a subject once: the claims of
                              one subject, mostly together, ask once) */
  int k = S_SUBJ_OTHER;
  for (size_t i = 0; i < n; i++) {
    const cc__item *it = &items[i];
    if (!it->scope || it->own || it->vkind == CC_VK_NAME)
      continue; /* (not in a group; an inferred date's item keeps its c;
                 * NAME items: the names thread reads them meanwhile) */
    if (it->c->about->subject != prev)
      k = S_subject_kind(prev = it->c->about->subject);
    if (k == S_SUBJ_FULL)
      CC__PUSH(&fulls, uint64_t, i);
    else if (k == S_SUBJ_WORD)
      CC__PUSH(&words, uint64_t, i);
  }
  /* a word meets a full name only if it is the name's last word, in the
   * same frame and story group: their hashes in a filter, and the words
   * that pass it kept (most pass none, and then no table is made) */
  uint64_t seen[16] = {0}, met[16] = {0};
  for (size_t j = 0; j < fulls.len; j++) {
    uint64_t *i = CC_VEC_AT(&fulls, uint64_t, j);
    const cc__item *it = &items[*i];
    const char *lw = strrchr(it->c->about->subject, ' ') + 1;
    unsigned h = S_word_hash(it, lw, r);
    seen[h / 64] |= 1ull << (h % 64);
    *i |= (uint64_t)h << 48; /* (kept beside the index for the next walk) */
  }
  size_t nw = 0;
  for (size_t j = 0; j < words.len; j++) {
    uint64_t i = *CC_VEC_AT(&words, uint64_t, j);
    unsigned h = S_word_hash(&items[i], items[i].c->about->subject, r);
    if (seen[h / 64] >> (h % 64) & 1) {
      *CC_VEC_AT(&words, uint64_t, nw++) = i;
      met[h / 64] |= 1ull << (h % 64);
    }
  }
  words.len = nw;
  size_t nf = 0; /* the full names some word may meet */
  for (size_t j = 0; j < fulls.len; j++) {
    uint64_t i = *CC_VEC_AT(&fulls, uint64_t, j), h = i >> 48;
    if (met[h / 64] >> (h % 64) & 1)
      *CC_VEC_AT(&fulls, uint64_t, nf++) = i & (((uint64_t)1 << 48) - 1);
  }
  fulls.len = nf;
  if (!words.len) {
    cc_vec_free(&fulls);
    cc_vec_free(&words);
    return;
  }
  cc_arena *a = cc_arena_new();
  cc__stab full = {NULL, 0, 0}, people = {NULL, 0, 0};
  cc_buf b = CC_BUF_INIT, base = CC_BUF_INIT, first = CC_BUF_INIT;
  for (size_t j = 0; j < fulls.len; j++) {
    const cc__item *it = &items[*CC_VEC_AT(&fulls, uint64_t, j)];
    const char *f = it->c->about->subject;
    S_surname_of(f, &base, false);
    S_full_tag(it->c, base.ptr, r->group[it->doc_id], &b);
    S_one *o = S_one_at(&full, a, &b, true);
    if (!o->name)
      *o = (S_one){.name = f, .doc = it->doc_id};
    else if (strcmp(o->name, f) != 0)
      o->many = true;
  }
  for (size_t j = 0; j < words.len; j++) {
    cc__item *it = &items[*CC_VEC_AT(&words, uint64_t, j)];
    const char *s = it->c->about->subject;
    uint32_t g = r->group[it->doc_id];
    S_full_tag(it->c, s, g, &b);
    const S_one *o = S_one_at(&full, a, &b, false);
    if (!o || o->many)
      continue;
    cc_buf_reset(&b);
    cc_buf_puts(&b, s);
    S_put_group(&b, g);
    S_one *p = S_one_at(&people, a, &b, true);
    if (!p->doc) { /* (doc: 1 once the story's people are read) */
      S_story_people(r, it->doc_id, s, p, a, &base, &first);
      p->doc = 1;
    }
    if (p->name && !p->many &&
        cc__related(x, it->doc_id, o->doc, NULL, NULL))
      S_rekey(x, it, o->name, &b);
  }
  cc__stab_free(&full);
  cc__stab_free(&people);
  cc_buf_free(&b);
  cc_buf_free(&base);
  cc_buf_free(&first);
  cc_arena_free(&a);
  cc_vec_free(&fulls);
  cc_vec_free(&words);
}

void cc__related_init(cc__ctx *x, cc__item *items, size_t n,
                      uint32_t ndocs) {
  struct cc__rel *r = cc_xcalloc(1, sizeof *r);
  r->items = items;
  r->ndocs = ndocs;
  r->at = cc_xmalloc((ndocs + 1) * sizeof *r->at);
  /* items come in article order, ids dense from 0 */
  uint32_t d = 0;
  for (size_t i = 0; i < n; i++)
    for (; d <= items[i].doc_id; d++)
      r->at[d] = i;
  for (; d <= ndocs; d++)
    r->at[d] = n;
  r->group = cc_xmalloc((ndocs ? ndocs : 1) * sizeof *r->group);
  r->few = cc_xmalloc((ndocs ? ndocs : 1) * sizeof *r->few);
  r->day = cc_xmalloc((ndocs ? ndocs : 1) * sizeof *r->day);
  S_groups(r, x->opts.one_story);
  r->ev = cc_xmalloc((ndocs ? ndocs : 1) * sizeof *r->ev);
  r->ready = cc_xcalloc(ndocs ? ndocs : 1, sizeof *r->ready);
  pthread_mutex_init(&r->lock, NULL);
  r->arena = cc_arena_new();
  r->seen = (S_qseen){{NULL, 0, 0}, CC_VEC_INIT(S_qwords_at),
                      CC_VEC_INIT(uint32_t)};
  r->cur = (cc_vec)CC_VEC_INIT(uint32_t);
  r->names = (cc_vec)CC_VEC_INIT(const char *);
  r->found = (cc_vec)CC_VEC_INIT(S_place);
  r->toks = (cc_vec)CC_VEC_INIT(S_tok);
  r->key = (cc_buf)CC_BUF_INIT;
  r->places = cc_lex_table_get(x->opts.lexicon, "places");
  r->nations = cc_lex_table_get(x->opts.lexicon, "nations");
  r->col_in = cc_lex_col(r->places, "in");
  r->col_country = cc_lex_col(r->nations, "country");
  r->place_words = cc_lex_max_words(r->places);
  if (cc_lex_max_words(r->nations) > r->place_words)
    r->place_words = cc_lex_max_words(r->nations);
  x->ndocs = ndocs;
  x->rel = r;
  S_join_people(x, r, items, n);
}

void cc__related_free(cc__ctx *x) {
  struct cc__rel *r = x->rel;
  if (!r)
    return;
  cc__ptab_free(&r->seen.quotes);
  cc_vec_free(&r->seen.where);
  cc_vec_free(&r->seen.ids);
  cc_vec_free(&r->cur);
  cc_vec_free(&r->names);
  cc_vec_free(&r->found);
  cc_vec_free(&r->toks);
  cc_buf_free(&r->key);
  cc_xfree(r->stamps.last);
  cc_xfree(r->voc.slot);
  cc_arena_free(&r->arena);
  pthread_mutex_destroy(&r->lock);
  cc_xfree((void *)r->ready);
  cc_xfree(r->ev);
  cc_xfree(r->group);
  cc_xfree(r->few);
  cc_xfree(r->day);
  cc_xfree(r->at);
  cc_xfree(r);
  x->rel = NULL;
}
