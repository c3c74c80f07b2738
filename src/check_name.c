/* check_name.c - spellings of one person's name.
 *
 * The rules give one NAME claim per distinct spelling per article, keyed
 * by the person (transliteration variants and near-miss typos inside one
 * article already share the key).  We compare names token by token: the
 * surname (last token) and, when both spellings carry one, the first name.
 * A surname spelled two ways is a variant; first names are a variant only
 * when they are close (Sergey/Sergei), never when they are far apart
 * (Donald/Melania: two people sharing a surname) or one is an initial or a
 * short form of the other.
 *
 * Inside one article a variant is a warning; across outlets, info.  Typos
 * an outlet makes throughout get their own key; those are found by a
 * deletion neighbourhood over the keys (linear, no pairwise scan) and
 * reported only when both spellings come with the same first name.
 */
#include "check_int.h"

#include "cc_text.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h> /* (S_fold: sixteen ASCII bytes lowered at once) */
#endif

#define S_MAXCP 64

/* ---- spellings --------------------------------------------------------------------- */

typedef struct S_name {
  cc__item *it;
  /* tokens of the name case-folded (NFC, possessive stripped), in the
   * scratch arena; the whole folded name is made again when needed */
  const char *first;   /* first token or NULL */
  const char *last;    /* last token */
} S_name;

/* s case-folded, typographic quotes and dashes as ASCII ("O’Neill"),
 * possessive stripped, into b. */
static void S_fold(const char *s, cc_buf *b) {
  cc_buf_reset(b);
  /* the ASCII head lowered in place, as cc_text_norm lowers ASCII (a
   * character at a time, so the rest goes to it alone): its buffer call
   * per byte was most of the folding */
  size_t n = strlen(s), i = 0;
  char *o = cc_buf_room(b, n);
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) { /* no byte of 0x80 or above: 'A'..'Z' */
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    if (_mm_movemask_epi8(v))
      break;
    __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                               _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    v = _mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
    _mm_storeu_si128((__m128i *)(o + i), v);
  }
#endif
  for (; i < n && (unsigned char)s[i] < 0x80; i++)
    o[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  cc_buf_wrote(b, i);
  if (i < n)
    cc_text_norm(s + i, n - i, b);
  if (!b->ptr)
    cc_buf_puts(b, "");
  /* "Lavrov's", "Lavrov’s", "Jones'" */
  char *r = b->ptr;
  size_t len = strlen(r);
  if (len > 2 && strcmp(r + len - 2, "'s") == 0)
    r[len - 2] = '\0';
  else if (len > 1 && r[len - 1] == '\'')
    r[len - 1] = '\0';
}

/* A generational suffix, folded ("jr", "jr.", "iii"): a token after the
 * surname, not the surname (entity.c keys "altieri jr"). */
static bool S_gen_suffix(const char *t) {
  static const char *const sfx[] = {"jr", "jr.", "sr", "sr.",
                                    "ii", "iii",  "iv"};
  for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++)
    if (strcmp(t, sfx[i]) == 0)
      return true;
  return false;
}

/* Bytes a name's tokens are cut at (as strtok_r(" \t-") cuts them), and
 * its end. */
static const unsigned char S_cut[256] = {[0] = 1, [' '] = 1, ['\t'] = 1,
                                         ['-'] = 1};

/* The name's strings go to the run's scratch arena a (a check over an
 * archive folds hundreds of thousands of names: one malloc each, rounded
 * up to a buffer's first size, was most of its memory). */
static void S_name_init(S_name *n, cc__item *it, const char *value,
                        cc_arena *a, cc_buf *tmp) {
  n->it = it;
  S_fold(value, tmp);
  size_t len = strlen(tmp->ptr);
  char *buf = cc_arena_strndup(a, tmp->ptr, len);
  /* tokens cut at spaces, tabs and hyphens as strtok_r(" \t-") cuts
   * them (two calls of it a name were a tenth of this preparation) */
  char *tok[16], *p = buf;
  size_t k = 0;
  while (k < 16) {
    while (*p == ' ' || *p == '\t' || *p == '-')
      p++;
    if (!*p)
      break;
    tok[k++] = p;
    while (!S_cut[(unsigned char)*p])
      p++;
    if (!*p)
      break;
    *p++ = '\0';
  }
  if (k >= 3 && S_gen_suffix(tok[k - 1]))
    k--; /* "Robert Altieri Jr": the surname is "altieri" */
  n->last = k ? tok[k - 1] : "";
  n->first = k >= 2 ? tok[0] : NULL;
}

/* Names already folded, by the address of their value: a run's claim set
 * stores a spelling once, and a person is named in article after article
 * (and several times in one), so most names are folded once for all.
 * Open addressing, filled to half; grows with the distinct values. */
typedef struct S_fname {
  const char *first, *last;
  bool too_short; /* S_too_short */
} S_fname;

typedef struct S_folded {
  cc__ptab ids;  /* values, numbered */
  cc_vec names;  /* S_fname, by the value's number */
} S_folded;

/* A surname of one letter ("S." of "M&S."): not a name worth comparing. */
static bool S_too_short(const S_name *nm) {
  size_t letters = 0;
  for (const char *p = nm->last; *p && letters < 2; p++)
    letters += *p != '.' && *p != '\'';
  return letters < 2;
}

/* S_name_init, or the tokens of the name folded before with the same
 * value (the tokens are only read: names share them).  Returns
 * S_too_short of the name, also kept per value. */
static bool S_name_memo(S_folded *t, S_name *n, cc__item *it, const char *v,
                        cc_arena *a, cc_buf *tmp) {
  bool fresh = true;
  uint32_t id = v ? cc__ptab_put(&t->ids, v, &fresh) : 0;
  if (!fresh) {
    const S_fname *f = CC_VEC_AT(&t->names, S_fname, id);
    *n = (S_name){it, f->first, f->last};
    return f->too_short;
  }
  S_name_init(n, it, v, a, tmp);
  bool too_short = S_too_short(n);
  if (v) /* (read field by field: its padding is never read) */
    CC__PUSH(&t->names, S_fname, ((S_fname){n->first, n->last, too_short}));
  return too_short;
}

/* ---- distances ----------------------------------------------------------------------- */

static size_t S_cps(const char *s, int32_t *cp) {
  size_t n = 0;
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  while (*p && n < S_MAXCP) {
    utf8proc_int32_t c;
    utf8proc_ssize_t l = utf8proc_iterate(p, -1, &c);
    if (l <= 0)
      break;
    cp[n++] = c;
    p += l;
  }
  return n;
}

/* Optimal string alignment distance (Damerau: a swap costs one). */
static int S_osa(const char *a, const char *b) {
  int32_t x[S_MAXCP], y[S_MAXCP];
  size_t n = S_cps(a, x), m = S_cps(b, y);
  int d[S_MAXCP + 1][S_MAXCP + 1];
  for (size_t i = 0; i <= n; i++)
    d[i][0] = (int)i;
  for (size_t j = 0; j <= m; j++)
    d[0][j] = (int)j;
  for (size_t i = 1; i <= n; i++)
    for (size_t j = 1; j <= m; j++) {
      int cost = x[i - 1] != y[j - 1];
      int v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v)
        v = d[i][j - 1] + 1;
      if (d[i - 1][j - 1] + cost < v)
        v = d[i - 1][j - 1] + cost;
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] &&
          d[i - 2][j - 2] + 1 < v)
        v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
    }
  return d[n][m];
}

/* x[0..n) and y[0..n + 1) are one insertion apart: y without one of
 * its elements is x. */
static bool S_one_insert(const int32_t *x, size_t n, const int32_t *y) {
  size_t i = 0;
  while (i < n && x[i] == y[i])
    i++;
  for (; i < n; i++)
    if (x[i] != y[i + 1])
      return false;
  return true;
}

/* S_osa(a, b) == 1, without the table: strings one edit apart differ by
 * one substitution, one adjacent swap (equal lengths) or one insertion
 * (lengths one apart), which a walk from each end settles.  The typo
 * search asks it of every candidate pair, and candidates grow faster
 * than the archive (at 1.4 GB the table took 150 times 140 MB's time). */
static bool S_osa_is_one(const char *a, const char *b) {
  int32_t x[S_MAXCP], y[S_MAXCP];
  size_t n = S_cps(a, x), m = S_cps(b, y);
  if (n + 1 == m)
    return S_one_insert(x, n, y);
  if (m + 1 == n)
    return S_one_insert(y, m, x);
  if (n != m)
    return false;
  size_t i = 0, j = n;
  while (i < n && x[i] == y[i])
    i++;
  if (i == n)
    return false; /* equal: 0 */
  while (j > i && x[j - 1] == y[j - 1])
    j--;
  /* x and y differ in [i, j) only, at i and at j - 1 */
  if (j - i == 1)
    return true; /* a substitution */
  return j - i == 2 && x[i] == y[i + 1] && x[i + 1] == y[i]; /* a swap */
}

int cc__name_osa(const char *a, const char *b) { return S_osa(a, b); }

bool cc__name_osa_is_one(const char *a, const char *b) {
  return S_osa_is_one(a, b);
}

static size_t S_len(const char *s) {
  int32_t cp[S_MAXCP];
  return S_cps(s, cp);
}

/* "J." vs "John", "Alex" vs "Alexander": the same person, not a spelling
 * variant. */
static bool S_short_form(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if ((la && a[la - 1] == '.') || (lb && b[lb - 1] == '.') || S_len(a) == 1 ||
      S_len(b) == 1)
    return true;
  return strncmp(a, b, la < lb ? la : lb) == 0;
}

typedef enum { S_SAME, S_VARIANT, S_OTHER } S_rel;

/* Two first names: equal, a spelling variant, or not comparable (another
 * person, or a short form). */
static S_rel S_first_rel(const char *a, const char *b) {
  if (!a || !b || strcmp(a, b) == 0)
    return S_SAME;
  if (S_short_form(a, b))
    return S_OTHER;
  size_t l = S_len(a) < S_len(b) ? S_len(a) : S_len(b);
  int limit = l >= 8 ? 2 : 1;
  return S_osa(a, b) <= limit ? S_VARIANT : S_OTHER;
}

/* "obamas" is the family, "rourke" a clipped "o'rourke": not spellings
 * of another name. */
static bool S_surname_same(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la < lb) {
    const char *t = a;
    a = b;
    b = t;
    size_t tl = la;
    la = lb;
    lb = tl;
  }
  if (strncmp(a, b, lb) == 0 &&
      (strcmp(a + lb, "s") == 0 || strcmp(a + lb, "es") == 0))
    return true;
  return la > lb && strcmp(a + la - lb, b) == 0 && a[la - lb - 1] == '\'';
}

/* Spellings that differ only in accents (Raúl/Raul) are a matter of
 * style, not a misspelling. */
static bool S_marks_only(const char *a, const char *b) {
  cc_buf x = CC_BUF_INIT, y = CC_BUF_INIT;
  cc_text_strip_marks(a, strlen(a), &x);
  cc_text_strip_marks(b, strlen(b), &y);
  bool same = x.ptr && y.ptr && strcmp(x.ptr, y.ptr) == 0;
  cc_buf_free(&x);
  cc_buf_free(&y);
  return same;
}

/* ---- findings ------------------------------------------------------------------------ */

/* S_marks_only over the two whole names, folded again here: a run keeps
 * hundreds of thousands of names and finds few pairs, so a folded copy
 * of each is not kept. */
static bool S_marks_only_names(const S_name *a, const S_name *b) {
  cc_buf fa = CC_BUF_INIT, fb = CC_BUF_INIT;
  S_fold(a->it->c->value, &fa);
  S_fold(b->it->c->value, &fb);
  bool marks = S_marks_only(fa.ptr, fb.ptr);
  cc_buf_free(&fa);
  cc_buf_free(&fb);
  return marks;
}

static void S_emit(cc__ctx *x, const S_name *odd, const S_name *ref,
                   bool first, size_t ref_docs) {
  bool same_doc = odd->it->doc_id == ref->it->doc_id;
  /* outlets differ in whether they print accents (José, Jose): house
   * style, not a misspelling; one article doing both is worth a note */
  bool marks = S_marks_only_names(odd, ref) ||
               (first ? odd->first && ref->first &&
                            S_marks_only(odd->first, ref->first)
                      : S_marks_only(odd->last, ref->last));
  if (!same_doc && marks)
    return;
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  if (same_doc)
    cc_buf_printf(m, "this article spells the %s two ways: \"%s\" and \"%s\"",
                  first ? "first name" : "name", odd->it->c->value,
                  ref->it->c->value);
  else
    cc_buf_printf(m, "\"%s\" (%s) is spelled \"%s\" in %s%s", odd->it->c->value,
                  *odd->it->c->src->source ? odd->it->c->src->source
                                           : odd->it->c->src->doc,
                  ref->it->c->value,
                  *ref->it->c->src->source ? ref->it->c->src->source
                                           : ref->it->c->src->doc,
                  ref_docs > 1 ? " and elsewhere" : "");
  const cc__item *a = odd->it, *b = ref->it;
  cc_severity sev = same_doc ? (cc_severity)a->cf->severity
                             : (cc_severity)a->cf->cross_severity;
  if (marks) {
    sev = CC_SEV_INFO;
    cc_buf_puts(m, " (accents only)");
  }
  cc__emit(x, "name_variant", CC_VERDICT_DISCREPANCY, sev, a, b, m->ptr, 0);
}

/* Spellings of one token (surname or first name) in one key group. */
typedef struct S_form {
  const char *tok;
  size_t docs;        /* articles using it */
  uint32_t last_doc;  /* for counting articles once */
  S_name *first_use;  /* its first spelling, canonical order */
} S_form;

static const char *S_tok(const S_name *n, int which) {
  return which ? n->first : n->last;
}

/* Distinct forms of token `which` (0 last, 1 first) among names[0..n),
 * which are in canonical order, so one article's names are adjacent. */
static size_t S_forms(S_name *names, size_t n, int which, S_form *forms) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const char *t = S_tok(&names[i], which);
    if (!t || !*t)
      continue;
    size_t f = 0;
    /* (names of one value share its tokens: one address, one form) */
    while (f < k && forms[f].tok != t && strcmp(forms[f].tok, t) != 0)
      f++;
    if (f == k)
      forms[k++] = (S_form){t, 0, UINT32_MAX, &names[i]};
    if (forms[f].last_doc != names[i].it->doc_id)
      forms[f].docs++;
    forms[f].last_doc = names[i].it->doc_id;
  }
  return k;
}

/* A name of names[i]'s article whose token is tok, or NULL. */
static const S_name *S_in_doc(S_name *names, size_t n, size_t i, int which,
                              const char *tok) {
  uint32_t doc = names[i].it->doc_id;
  size_t a = i, b = i;
  while (a > 0 && names[a - 1].it->doc_id == doc)
    a--;
  while (b < n && names[b].it->doc_id == doc)
    b++;
  for (size_t j = a; j < b; j++) {
    const char *t = S_tok(&names[j], which);
    if (t && strcmp(t, tok) == 0)
      return &names[j];
  }
  return NULL;
}

/* Would the two first names make these two people? */
static bool S_other_person(const S_name *a, const S_name *b) {
  return S_first_rel(a->first, b->first) == S_OTHER &&
         !S_short_form(a->first ? a->first : "", b->first ? b->first : "");
}

/* Compare every form of one token with the reference form (used by most
 * articles): inside an article a warning, across outlets info (once per
 * form, from an article that does not use the reference). */
static void S_token(cc__ctx *x, S_name *names, size_t n, int which) {
  /* most keys have a few names: their forms on the stack (twice per key
   * of the run, a calloc was a third of this function) */
  S_form small[16];
  S_form *forms = n <= 16 ? small : cc_xcalloc(n, sizeof *forms);
  size_t k = S_forms(names, n, which, forms);
  size_t ref = 0;
  for (size_t f = 1; f < k; f++)
    if (forms[f].docs > forms[ref].docs)
      ref = f;
  for (size_t f = 0; f < k && k > 1; f++) {
    if (f == ref ||
        (which && S_first_rel(forms[f].tok, forms[ref].tok) != S_VARIANT) ||
        (!which && S_surname_same(forms[f].tok, forms[ref].tok)))
      continue;
    const S_name *outside = NULL;
    for (size_t i = 0; i < n; i++) {
      const char *t = S_tok(&names[i], which);
      if (!t || strcmp(t, forms[f].tok) != 0)
        continue;
      const S_name *r = S_in_doc(names, n, i, which, forms[ref].tok);
      if (r && !S_other_person(&names[i], r))
        S_emit(x, &names[i], r, which, forms[ref].docs);
      else if (!r && !outside)
        outside = &names[i];
    }
    if (outside && !S_other_person(outside, forms[ref].first_use) &&
        cc__related(x, outside->it->doc_id, forms[ref].first_use->it->doc_id,
                    outside->it->c->about->subject, NULL))
      S_emit(x, outside, forms[ref].first_use, which, forms[ref].docs);
  }
  if (forms != small)
    cc_xfree(forms);
}

/* ---- typos with their own key ----------------------------------------------------------- */

typedef struct S_key {
  const char *key;     /* subject */
  S_name *names;
  size_t n;
} S_key;

/* One deletion neighbour of a key: k = a 64-bit hash of the key with one
 * code point deleted (or of the whole key), v = the key's index.  A flat
 * array of these, sorted, groups keys one deletion apart with 16 bytes a
 * neighbour instead of a hash entry, a string and a vector each; the rare
 * hash collision only adds a candidate pair, which S_osa then rejects.
 * Neighbours are made in key order, so a stable sort by hash orders them
 * by (hash, key). */
typedef cc__kv S_del;

/* The articles a key's names are in (names in canonical order: one
 * article's are adjacent). */
static size_t S_key_docs(const S_key *k) {
  size_t docs = 0;
  for (size_t i = 0; i < k->n; i++)
    docs += i == 0 || k->names[i].it->doc_id != k->names[i - 1].it->doc_id;
  return docs;
}

/* The same first name with two surname spellings, in two outlets. */
static void S_typo_pair(cc__ctx *x, const S_key *a, const S_key *b) {
  for (size_t i = 0; i < a->n && i < 64; i++)
    for (size_t j = 0; j < b->n && j < 64; j++) {
      const S_name *p = &a->names[i], *q = &b->names[j];
      if (p->first && q->first && strcmp(p->first, q->first) == 0 &&
          S_len(p->first) >= 2 && p->it->doc_id != q->it->doc_id &&
          cc__related(x, p->it->doc_id, q->it->doc_id, a->key, b->key)) {
        /* the rarer spelling is the odd one: used by fewer articles
         * (an article naming one person twice, once misspelt, counts
         * once), then by fewer names */
        size_t da = S_key_docs(a), db = S_key_docs(b);
        bool p_odd = da != db   ? da < db
                     : a->n != b->n ? a->n < b->n
                                    : p->it > q->it;
        S_emit(x, p_odd ? p : q, p_odd ? q : p, false, p_odd ? db : da);
        return;
      }
    }
}

/* Keys sharing a deletion neighbour (at most 16 of them: a crowded
 * neighbour is a common stem, not a typo) are candidate pairs, packed as
 * (first key << 32 | second key). */
static void S_del_pairs(const S_del *d, size_t n, cc_vec *pairs) {
  for (size_t a = 0; a < n;) {
    /* most neighbours are no other key's: passed at one compare */
    while (a + 1 < n && d[a + 1].k != d[a].k)
      a++;
    if (a + 1 >= n)
      break;
    size_t b = a + 1, distinct = 1;
    for (; b < n && d[b].k == d[a].k; b++)
      distinct += d[b].v != d[b - 1].v;
    for (size_t i = a; i < b && distinct <= 16; i++) {
      if (i > a && d[i].v == d[i - 1].v)
        continue;
      for (size_t j = i + 1; j < b; j++) {
        if (d[j].v == d[j - 1].v)
          continue;
        /* sorted by key within a hash: i < j */
        CC__PUSH(pairs, uint64_t, d[i].v << 32 | d[j].v);
      }
    }
    a = b;
  }
}

/* Keys long enough for a typo to be told from another name. */
static bool S_typo_key(const char *s, size_t *ncp, bool *ascii) {
  /* an ASCII key has a code point a byte (S_cps would stop at S_MAXCP) */
  size_t n = 0;
  while (s[n] && (unsigned char)s[n] < 0x80)
    n++;
  if ((*ascii = !s[n]))
    *ncp = n < S_MAXCP ? n : S_MAXCP;
  else {
    int32_t cp[S_MAXCP];
    *ncp = S_cps(s, cp);
  }
  return *ncp >= 6 && *ncp < S_MAXCP && !memchr(s, ',', *ascii ? n : strlen(s));
}

/* Deletion neighbours go through the sort in S_DEL_PARTS parts, by their
 * length in bytes: equal neighbours have equal lengths, so a group never
 * spans two parts, and the array and the sort's copy of it are a part's
 * size (at 100 MB the whole was 25 MB, the check stage's peak).  Eight
 * since the preparation runs beside the other checks, whose memory now
 * adds to its own at the peak. */
#define S_DEL_PARTS 8

/* Byte length of the code point at p, or 0 at an invalid sequence. */
static size_t S_cp_len(const char *p) {
  if ((unsigned char)*p < 0x80)
    return 1; /* most names are ASCII: no decoding */
  int32_t c;
  utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &c);
  return l > 0 ? (size_t)l : 0;
}

/* How many deletion neighbours key s has in each part (an ASCII key of
 * len bytes: len neighbours of len - 1 bytes).  Returns s's length. */
static size_t S_key_count(const char *s, bool ascii,
                          size_t count[S_DEL_PARTS]) {
  size_t len = strlen(s), l;
  count[len % S_DEL_PARTS]++;
  if (ascii) {
    count[(len - 1) % S_DEL_PARTS] += len;
    return len;
  }
  for (const char *p = s; *p && (l = S_cp_len(p)) > 0; p += l)
    count[(len - l) % S_DEL_PARTS]++;
  return len;
}

/* A neighbour's hash is a polynomial one, P(t) = fold of h = h * S_B + byte
 * from S_POLY_SEED, mod 2^64, finished by S_mix: unlike FNV it resumes from
 * the right, so with the key's prefix hashes P[i] the key without bytes
 * [i, i + l) hashes in O(1),
 *   P[len] + (P[i] - P[i + l]) * S_B^(len - i - l),
 * not by folding the rest of the key again (FNV made a key's neighbours
 * quadratic in its length).  Equal strings hash equal whichever way the
 * fold was reached (the arithmetic is exact mod 2^64); S_mix spreads the
 * polynomial's bits to the top ones the hashed sort buckets by. */
#define S_B 0x9e3779b97f4a7c15ULL
#define S_POLY_SEED 0xcbf29ce484222325ULL

static inline uint64_t S_mix(uint64_t h) {
  h ^= h >> 31;
  h *= 0xd6e8feb86659fd93ULL;
  return h ^ (h >> 32);
}

/* Prefix hashes P[0..len] of s. */
static void S_prefix(const char *s, size_t len, uint64_t *P) {
  uint64_t h = S_POLY_SEED;
  P[0] = h;
  for (size_t i = 0; i < len; i++)
    P[i + 1] = h = h * S_B + (unsigned char)s[i];
}

/* Prefix hashes of keys up to this many bytes on the stack (an ASCII key
 * has fewer than S_MAXCP; a longer one, with invalid UTF-8, on the heap). */
#define S_PREFIX_STACK 256

/* The deletion neighbours of key s (index k) in part, stored at d (in any
 * order: a key's own equal neighbours are equal records).  An ASCII key's
 * neighbours without a byte all have len - 1 bytes: in one part, the
 * others skip them. */
static size_t S_key_dels(const char *s, size_t len, bool ascii, size_t k,
                         unsigned part, S_del *d) {
  size_t m = 0, l;
  bool whole = len % S_DEL_PARTS == part;
  if (ascii && !whole && (len - 1) % S_DEL_PARTS != part)
    return 0;
  uint64_t stack[S_PREFIX_STACK + 1];
  uint64_t *P = len <= S_PREFIX_STACK ? stack
                                      : cc_xmalloc((len + 1) * sizeof *P);
  S_prefix(s, len, P);
  uint64_t full = P[len];
  if (whole)
    d[m++] = (S_del){S_mix(full), k};
  if (ascii) { /* (as the loop below with a byte a code point) */
    if ((len - 1) % S_DEL_PARTS == part) {
      uint64_t pw = 1; /* S_B^(len - i - 1), from the right */
      for (size_t i = len; i-- > 0; pw *= S_B)
        d[m++] = (S_del){S_mix(full + (P[i] - P[i + 1]) * pw), k};
    }
  } else {
    for (const char *p = s; *p && (l = S_cp_len(p)) > 0; p += l) {
      size_t i = (size_t)(p - s);
      if ((len - l) % S_DEL_PARTS != part)
        continue;
      uint64_t pw = 1, b = S_B; /* S_B^(len - i - l), by squaring */
      for (size_t e = len - i - l; e; e >>= 1, b *= b)
        if (e & 1)
          pw *= b;
      d[m++] = (S_del){S_mix(full + (P[i] - P[i + l]) * pw), k};
    }
  }
  if (P != stack)
    cc_xfree(P);
  return m;
}

/* Keys of the typo search: S_TK_ASCII or S_TK_OTHER (0: not searched),
 * with their lengths in bytes. */
enum { S_TK_OTHER = 1, S_TK_ASCII = 2 };

/* Does key k have neighbours in part?  (An ASCII key's are in two.) */
static bool S_in_part(unsigned char typo, uint32_t len, unsigned part) {
  return typo == S_TK_OTHER ||
         (typo == S_TK_ASCII && (len % S_DEL_PARTS == part ||
                                 (len - 1) % S_DEL_PARTS == part));
}

/* Keys ahead whose strings S_dels asks for (at 1 GB a key's string is a
 * cache miss: they lie where their claims were made). */
#define S_DELS_AHEAD 8

/* The neighbours in part of every key marked in typo, in key order, into
 * d (room for count: the size of the part, S_key_count). */
static size_t S_dels(const S_key *keys, size_t nk, const unsigned char *typo,
                     const uint32_t *klen, unsigned part, S_del *d) {
  size_t m = 0;
  for (size_t k = 0; k < nk; k++) {
    size_t ka = k + S_DELS_AHEAD;
    if (ka < nk && S_in_part(typo[ka], klen[ka], part))
      __builtin_prefetch(keys[ka].key);
    if (S_in_part(typo[k], klen[k], part))
      m += S_key_dels(keys[k].key, klen[k], typo[k] == S_TK_ASCII, k, part,
                      d + m);
  }
  return m;
}

#ifdef CC_RECOG_CHECK_INERT
/* The inert build: the neighbours sorted by hash (each bucket, as the
 * search once did), and the pairs S_del_pairs makes from all of them,
 * must be the pairs it makes from the shared ones alone. */
static void S_check_shared(const S_del *d, size_t n, const S_del *sh,
                           size_t nsh) {
  S_del *all = cc_xmalloc((n ? n : 1) * sizeof *all);
  cc__sort_kv_hashed_to(d, n, all);
  cc_vec a = CC_VEC_INIT(uint64_t), b = CC_VEC_INIT(uint64_t);
  S_del_pairs(all, n, &a);
  S_del_pairs(sh, nsh, &b);
  cc__sort_u64(a.items, a.len);
  cc__sort_u64(b.items, b.len);
  if (a.len != b.len ||
      (a.len && memcmp(a.items, b.items, a.len * sizeof(uint64_t)) != 0))
    abort(); /* cc__shared_kv lost or made a pair */
  cc_vec_free(&a);
  cc_vec_free(&b);
  cc_xfree(all);
}
#endif

/* Candidate pairs of keys one deletion apart, sorted (duplicates kept):
 * no finding yet, so this runs before the articles' evidence is ready. */
static void S_typo_cands(S_key *keys, size_t nk, cc_vec *pairs) {
  unsigned char *typo = cc_xcalloc(nk ? nk : 1, sizeof *typo);
  uint32_t *klen = cc_xmalloc((nk ? nk : 1) * sizeof *klen);
  size_t ncp, count[S_DEL_PARTS] = {0};
  for (size_t k = 0; k < nk; k++) {
    if (k + 8 < nk) /* keys are far apart in memory at 1 GB */
      __builtin_prefetch(keys[k + 8].key);
    bool ascii;
    if (S_typo_key(keys[k].key, &ncp, &ascii)) {
      typo[k] = ascii ? S_TK_ASCII : S_TK_OTHER;
      klen[k] = (uint32_t)S_key_count(keys[k].key, ascii, count);
    }
  }
  /* the parts' table and arrays, made once for the largest part (made
   * for each part, the kernel zeroed new pages of them every time) */
  size_t most = 1;
  for (unsigned part = 0; part < S_DEL_PARTS; part++)
    most = count[part] > most ? count[part] : most;
  cc__kvtab tab = {NULL, 0};
  S_del *dels = cc_xmalloc(most * sizeof *dels);
  S_del *shared = cc_xmalloc(most * sizeof *shared);
  for (unsigned part = 0; part < S_DEL_PARTS; part++) {
    size_t ndels = S_dels(keys, nk, typo, klen, part, dels);
    /* only the neighbours two or more keys share make pairs (most are
     * one key's): those alone, grouped by hash, keys in order */
    size_t nshared = cc__shared_kv(dels, ndels, shared, &tab);
#ifdef CC_RECOG_CHECK_INERT
    S_check_shared(dels, ndels, shared, nshared);
#endif
    S_del_pairs(shared, nshared, pairs);
  }
  cc_xfree(dels);
  cc_xfree(shared);
  cc_xfree(tab.slot);
  cc_xfree(typo);
  cc_xfree(klen);
  /* sorted: the order the parts came in does not matter */
  cc__sort_u64(pairs->items, pairs->len);
}

static void S_typos(cc__ctx *x, S_key *keys, const cc_vec *pairs) {
  const uint64_t *pr = pairs->items;
  for (size_t i = 0; i < pairs->len; i++) {
    /* the second key of a pair is anywhere (at 1 GB a cache miss for
     * its record, another for its string): asked for ahead */
    if (i + 8 < pairs->len)
      __builtin_prefetch(&keys[pr[i + 8] & 0xffffffffu]);
    if (i + 4 < pairs->len) {
      __builtin_prefetch(keys[pr[i + 4] & 0xffffffffu].key);
      __builtin_prefetch(keys[pr[i + 4] >> 32].key);
    }
    if (i && pr[i] == pr[i - 1])
      continue;
    size_t ka = (size_t)(pr[i] >> 32), kb = (size_t)(pr[i] & 0xffffffffu);
    if (S_osa_is_one(keys[ka].key, keys[kb].key))
      S_typo_pair(x, &keys[ka], &keys[kb]);
  }
}

/* ---- entry ------------------------------------------------------------------------------ */

static int S_name_cmp(const void *pa, const void *pb) {
  const S_name *a = pa, *b = pb;
  const cc_claim_about *x = a->it->c->about, *y = b->it->c->about;
  int c = 0;
  if (x != y) { /* one record: one frame and subject */
    c = strcmp(x->frame, y->frame);
    if (!c)
      c = strcmp(x->subject, y->subject);
  }
  if (!c)
    c = a->it < b->it ? -1 : a->it > b->it;
  return c;
}

/* strcmp, settled at once for one string: a set stores a frame once,
 * and the names' records mostly share one ("person.name"). */
static int S_strcmp(const char *a, const char *b) {
  return a == b ? 0 : strcmp(a, b);
}

static int S_about_cmp(const void *pa, const void *pb) {
  const cc_claim_about *x = *(const cc_claim_about *const *)pa;
  const cc_claim_about *y = *(const cc_claim_about *const *)pb;
  int c = S_strcmp(x->frame, y->frame);
  return c ? c : S_strcmp(x->subject, y->subject);
}

/* The frames of the names' key records, ranked in strcmp order (few:
 * most names share "person.name"), for S_about_key; bytes: the bytes
 * of a key the rank takes (none for one frame: the subject's first 8
 * bytes, where a rank and 6 bytes left most of the synthetic surnames,
 * made of syllables, to strcmp). */
#define S_MAXFRAMES 16
typedef struct S_frames {
  const char *f[S_MAXFRAMES];
  uint64_t rank[S_MAXFRAMES];
  size_t n;
  unsigned bytes;
} S_frames;

/* The frames of ab[0..n) into fr; false when there are too many. */
static bool S_frames_rank(const cc_claim_about *const *ab, size_t n,
                          S_frames *fr) {
  fr->n = 0;
  for (size_t i = 0; i < n; i++) {
    size_t j = 0;
    while (j < fr->n && fr->f[j] != ab[i]->frame)
      j++;
    if (j < fr->n)
      continue;
    if (fr->n == S_MAXFRAMES)
      return false;
    fr->f[fr->n++] = ab[i]->frame;
  }
  for (size_t j = 0; j < fr->n; j++) { /* rank: frames below it */
    fr->rank[j] = 0;
    for (size_t k = 0; k < fr->n; k++)
      fr->rank[j] += strcmp(fr->f[k], fr->f[j]) < 0;
  }
  fr->bytes = fr->n > 1; /* (ranks below S_MAXFRAMES: a byte) */
  return true;
}

/* S_about_cmp's order by levels (cc__rank_ptrs_levels): the frame's
 * rank and the subject's first bytes, then 8 bytes of the subject a
 * level. */
static uint64_t S_about_key(const void *p, const void *ctx, unsigned depth) {
  const cc_claim_about *ab = p;
  const S_frames *fr = ctx;
  if (depth)
    return cc__str_key8(ab->subject + 8 * depth - fr->bytes);
  size_t j = 0;
  while (fr->f[j] != ab->frame)
    j++;
  unsigned shift = 8 * fr->bytes;
  return (shift ? fr->rank[j] << (64 - shift) : 0) |
         cc__str_key8(ab->subject) >> shift;
}

/* *names in S_name_cmp order.  Names come in item order (ascending
 * addresses), so that order is (rank of frame and subject, position):
 * the strings are compared once per key record, not per comparison of a
 * sort, and the names radix-sorted into a new array (*names is freed and
 * replaced); key[i] is then the rank of names[i]'s frame and subject
 * (equal ranks, one key) and the answer true.  Any other order: qsort in
 * place, and false (key untouched). */
static bool S_sort_names(S_name **names, size_t n,
                         const cc_claim_about **ab, uint32_t *key,
                         const cc_claim_about **about) {
  S_name *v = *names;
  bool ascending = true;
  for (size_t i = 1; i < n && ascending; i++)
    ascending = v[i - 1].it < v[i].it;
  if (!ascending || n >= UINT32_MAX) {
    qsort(v, n, sizeof *v, S_name_cmp);
    return false;
  }
  uint32_t *rank = cc_xmalloc((n ? n : 1) * sizeof *rank);
  S_frames fr;
  size_t nr = cc__rank_ptrs_levels((const void *const *)ab, n, S_about_cmp,
                                   S_frames_rank(ab, n, &fr) ? S_about_key
                                                             : NULL,
                                   &fr, rank);
  /* a stable count by rank, then each name scattered to its place: the
   * writes are independent (following the permutation's cycles in place
   * made a chain of dependent cache misses, 0.8 s of 2 million names at
   * 1 GB); the old array is freed at once, and the folded names' parts
   * were twice the names just before */
  size_t *at = cc_xcalloc(nr + 1, sizeof *at);
  for (size_t i = 0; i < n; i++)
    at[rank[i] + 1]++;
  for (size_t r = 0; r < nr; r++)
    at[r + 1] += at[r];
  S_name *out = cc_xmalloc((n ? n : 1) * sizeof *out);
  for (size_t i = 0; i < n; i++) {
    size_t j = at[rank[i]]++;
    out[j] = v[i];
    key[j] = rank[i];
    about[j] = ab[i];
  }
  cc_xfree(at);
  cc_xfree(rank);
  cc_xfree(v);
  *names = out;
  return true;
}

/* Do names a and b have one frame and subject (one key)? */
static bool S_same_key(const S_name *a, const S_name *b) {
  const cc_claim_about *x = a->it->c->about, *y = b->it->c->about;
  return x == y || (strcmp(x->frame, y->frame) == 0 &&
                    strcmp(x->subject, y->subject) == 0);
}

/* The first step, on the thread that makes the items (the claim is in
 * its cache there; read again through the item it was two cache misses
 * a name): names folded, the too short left out, with their key records
 * (the sort's keys).  One per part of the items; the folded tokens live
 * in its arena until the check's end. */
struct cc__namefold {
  S_folded memo;   /* by the value's address */
  cc_arena *arena; /* the folded tokens */
  cc_buf tmp;
  cc_vec names;    /* S_name */
  cc_vec about;    /* const cc_claim_about *: each name's key record */
};

cc__namefold *cc__namefold_new(void) {
  cc__namefold *f = cc_xcalloc(1, sizeof *f);
  f->memo = (S_folded){{NULL, 0, 0}, CC_VEC_INIT(S_fname)};
  f->arena = cc_arena_new();
  f->tmp = (cc_buf)CC_BUF_INIT;
  f->names = (cc_vec)CC_VEC_INIT(S_name);
  f->about = (cc_vec)CC_VEC_INIT(const cc_claim_about *);
  return f;
}

void cc__namefold_add(cc__namefold *f, cc__item *it, const cc_sclaim *c) {
  S_name nm;
  if (S_name_memo(&f->memo, &nm, it, c->value, f->arena, &f->tmp))
    return;
  CC__PUSH(&f->names, S_name, nm);
  CC__PUSH(&f->about, const cc_claim_about *, c->about);
}

/* A vector's room cut to its length. */
static void S_vec_fit(cc_vec *v) {
  if (v->len && v->len < v->cap) {
    v->items = cc_xrealloc(v->items, v->len * v->size);
    v->cap = v->len;
  }
}

void cc__namefold_done(cc__namefold *f) {
  cc__ptab_free(&f->memo.ids);
  cc_vec_free(&f->memo.names);
  cc_buf_free(&f->tmp);
  S_vec_fit(&f->names);
  S_vec_fit(&f->about);
}

void cc__namefold_shift(cc__namefold *f, size_t by) {
  S_name *v = f->names.items;
  for (size_t i = 0; i < f->names.len; i++)
    v[i].it -= by;
}

/* Spellings folded, sorted by key and cut into keys, and the typo
 * candidates: everything before the first finding. */
struct cc__names {
  S_name *names;
  cc_arena *arena[CC__NAMEFOLD_MAX]; /* the names' folded tokens */
  size_t narenas;
  cc_vec keys;      /* S_key */
  cc_vec pairs;     /* uint64_t: S_typo_cands */
};

cc__names *cc__names_prep(cc__namefold **parts, size_t nparts) {
  cc__names *nm = cc_xcalloc(1, sizeof *nm);
  size_t n = 0;
  for (size_t k = 0; k < nparts; k++)
    n += parts[k]->names.len;
  /* the parts' names one after another: item order */
  S_name *names = nm->names = cc_xmalloc((n ? n : 1) * sizeof *names);
  const cc_claim_about **ab = cc_xmalloc((n ? n : 1) * sizeof *ab);
  size_t m = 0;
  for (size_t k = 0; k < nparts; k++) {
    cc__namefold *f = parts[k];
    if (f->names.len) {
      memcpy(names + m, f->names.items, f->names.len * sizeof *names);
      memcpy(ab + m, f->about.items, f->names.len * sizeof *ab);
    }
    m += f->names.len;
    nm->arena[nm->narenas++] = f->arena;
    cc__ptab_free(&f->memo.ids);
    cc_vec_free(&f->memo.names);
    cc_buf_free(&f->tmp);
    cc_vec_free(&f->names);
    cc_vec_free(&f->about);
    cc_xfree(f);
    parts[k] = NULL;
  }
  /* the keys are cut where the rank changes: at 1 GB reading each name's
   * claim, key record and strings again was half of this function */
  uint32_t *rank = cc_xmalloc((n ? n : 1) * sizeof *rank);
  const cc_claim_about **about = cc_xmalloc((n ? n : 1) * sizeof *about);
  bool ranked = S_sort_names(&nm->names, n, ab, rank, about);
  names = nm->names;
  cc_xfree(ab);
  /* at most a key a name: room made once (growing by doubling copied
   * the keys some ten times) */
  nm->keys = (cc_vec){cc_xmalloc((n ? n : 1) * sizeof(S_key)), 0, n ? n : 1,
                      sizeof(S_key)};
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && (ranked ? rank[j] == rank[i]
                            : S_same_key(&names[i], &names[j])))
      j++;
    /* the key record as the sort read it, not through the name's item
     * and claim (two more cache misses a key at 1 GB) */
    const cc_claim_about *kab = ranked ? about[i] : names[i].it->c->about;
    CC__PUSH(&nm->keys, S_key, ((S_key){kab->subject, names + i, j - i}));
    i = j;
  }
  cc_xfree(about);
  cc_xfree(rank);
  nm->pairs = (cc_vec)CC_VEC_INIT(uint64_t);
  S_typo_cands(nm->keys.items, nm->keys.len, &nm->pairs);
  return nm;
}

void cc__names_run(cc__ctx *x, cc__names **nmp) {
  cc__names *nm = *nmp;
  S_key *keys = nm->keys.items;
  for (size_t k = 0; k < nm->keys.len; k++) {
    /* a key's names are together, but their items and folded tokens lie
     * where their articles were: the next keys' asked for ahead */
    if (k + 2 < nm->keys.len) {
      const S_name *a = keys[k + 2].names;
      __builtin_prefetch(a->it);
      __builtin_prefetch(a->last);
    }
    S_token(x, keys[k].names, keys[k].n, 0);
    S_token(x, keys[k].names, keys[k].n, 1);
  }
  S_typos(x, keys, &nm->pairs);
  cc_vec_free(&nm->pairs);
  cc_vec_free(&nm->keys);
  for (size_t k = 0; k < nm->narenas; k++)
    cc_arena_free(&nm->arena[k]);
  cc_xfree(nm->names);
  cc_xfree(nm);
  *nmp = NULL;
}

void cc__check_names(cc__ctx *x, cc__item **items, size_t n) {
  cc__namefold *f = cc__namefold_new();
  for (size_t i = 0; i < n; i++)
    cc__namefold_add(f, items[i], items[i]->c);
  cc__names *nm = cc__names_prep(&f, 1);
  cc__names_run(x, &nm);
}
