/* finding.c - the findings container: copies, stable ids, names, order.
 *
 * A set owns every string of every finding it holds (one arena), so a
 * checker can build a finding from stack buffers and hand it over.  Ids are
 * unique inside a set: two findings that would hash alike (same rule, key
 * and quotes) get a deterministic second id, so a reviewer's row always
 * maps back to one finding.
 */
#include "cc_check.h"
#include "check_int.h"

#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h> /* (S_plain16: sixteen bytes of a quote at once) */
#endif

/* ---- names ------------------------------------------------------------------ */

static const char *const S_verdicts[] = {"discrepancy", "consistent",
                                         "unverifiable"};
static const char *const S_severities[] = {"info", "warning", "error",
                                           "none"};

const char *cc_verdict_name(cc_verdict v) {
  return (unsigned)v < 3 ? S_verdicts[v] : "unknown";
}

bool cc_verdict_parse(const char *s, cc_verdict *out) {
  for (int i = 0; i < 3; i++)
    if (s && strcasecmp(s, S_verdicts[i]) == 0) {
      *out = (cc_verdict)i;
      return true;
    }
  return false;
}

const char *cc_severity_name(cc_severity s) {
  return (unsigned)s < 4 ? S_severities[s] : "unknown";
}

bool cc_severity_parse(const char *s, cc_severity *out) {
  for (int i = 0; i < 4; i++)
    if (s && strcasecmp(s, S_severities[i]) == 0) {
      *out = (cc_severity)i;
      return true;
    }
  /* "error"/"warning"/"note" are what SARIF and GitHub call them */
  if (s && strcasecmp(s, "note") == 0) {
    *out = CC_SEV_INFO;
    return true;
  }
  return false;
}

/* ---- ids -------------------------------------------------------------------- */

/* A byte as S_collapse writes it, 0 for white space (' ', '\t' .. '\r';
 * NUL is never read): one load a byte instead of a test by range for the
 * space and another for the letter.  S_lower lowers ASCII letters. */
static const unsigned char S_same[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    0, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
    80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};
static const unsigned char S_lower[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    0, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

/* Eight bytes of ASCII text that need no collapsing: no byte below 0x20
 * or of 0x80 and above, no two spaces side by side, a space first only
 * when first_ok (the byte before was text) and last only when last_ok
 * (the byte after is text).  The bytes S_collapse's loop would write
 * for them are then themselves, with 'A'..'Z' lowered when `lower`.
 * Returns false for any other eight. */
static inline bool S_plain8(uint64_t c, bool first_ok, bool last_ok,
                            bool lower, uint64_t *outp) {
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  /* a byte of 0x80 or more, or below 0x20 (exact for ASCII: no borrow
   * crosses a byte that is not itself below 0x20) */
  if ((c & high) || ((c - 0x20 * ones) & ~c & high))
    return false;
  uint64_t t = c ^ (0x20 * ones); /* spaces become zero bytes */
  uint64_t sp = ~(((t & ~high) + ~high) | t) & high; /* exact: 0x80 each */
  /* (the ends by memory order: the first byte is the low one on a
   * little-endian machine, the high one on a big-endian one) */
  uint64_t lo = sp & 0x80, hi = sp >> 56;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  uint64_t first = hi, last = lo;
#else
  uint64_t first = lo, last = hi;
#endif
  if ((first && !first_ok) || (last && !last_ok) || (sp & (sp << 8)))
    return false;
  if (lower) { /* bytes 'A'..'Z' (no carries: every byte is below 0x80) */
    uint64_t ge_a = (c + (0x80 - 'A') * ones) & high;
    uint64_t gt_z = (c + (0x80 - 'Z' - 1) * ones) & high;
    c |= (ge_a & ~gt_z) >> 2;
  }
  *outp = c;
  return true;
}

#if defined(__SSE2__)
/* S_plain8's test and copy for sixteen bytes at p, written at out.  A
 * signed compare with 0x20 flags control bytes and bytes of 0x80 and
 * above alike; mask bit i is byte i. */
static inline bool S_plain16(const char *p, bool first_ok, bool last_ok,
                             bool lower, char *out) {
  __m128i v = _mm_loadu_si128((const __m128i *)p);
  if (_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))))
    return false;
  unsigned sp = (unsigned)_mm_movemask_epi8(
      _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
  if (((sp & 1) && !first_ok) || ((sp & 0x8000) && !last_ok) ||
      (sp & (sp << 1)))
    return false;
  if (lower) {
    __m128i up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                               _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    v = _mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
  }
  _mm_storeu_si128((__m128i *)out, v);
  return true;
}
#endif

/* s[0..n) collapsed onto out (leading and trailing whitespace dropped,
 * runs made one space), ASCII letters lowered when `lower`.  Returns the
 * OR of the bytes read, so a caller can tell the text was pure ASCII
 * (bytes taken at once by S_plain16 and S_plain8 are all ASCII).  Plain
 * text goes sixteen or eight bytes a step: the byte loop was some ten
 * instructions a byte of every quote of every finding. */
static unsigned S_collapse(const char *s, size_t n, bool lower,
                           cc_buf *out) {
  size_t start = out->len;
  char *p = cc_buf_room(out, n); /* the result is never longer */
  size_t w = 0;
  unsigned high = 0;
  bool space = false;
  const unsigned char *map = lower ? S_lower : S_same;
  for (size_t r = 0; r < n;) {
    uint64_t c8;
#if defined(__SSE2__)
    if (r + 16 <= n &&
        S_plain16(s + r, !space && w > 0,
                  r + 16 < n && map[(unsigned char)s[r + 16]], lower,
                  p + w + space)) {
      if (space) /* (the sixteen went one byte on, after it) */
        p[w++] = ' ';
      space = false;
      w += 16;
      r += 16;
      continue;
    }
#endif
    if (r + 8 <= n) {
      memcpy(&c8, s + r, 8);
      /* a space may open the eight after text (no space pending, and
       * something written), and close them before text */
      bool first_ok = !space && w > 0;
      bool last_ok = r + 8 < n && map[(unsigned char)s[r + 8]];
      if (S_plain8(c8, first_ok, last_ok, lower, &c8)) {
        if (space)
          p[w++] = ' ';
        space = false;
        memcpy(p + w, &c8, 8);
        w += 8;
        r += 8;
        continue;
      }
    }
    unsigned char c = (unsigned char)s[r++];
    high |= c;
    unsigned char m = map[c];
    if (!m) { /* white space */
      space = w > 0;
      continue;
    }
    if (space)
      p[w++] = ' ';
    space = false;
    p[w++] = (char)m;
  }
  out->len = start + w;
  p[w] = '\0';
  return high;
}

/* Case-folded, NFKC, whitespace collapsed and trimmed: the same sentence
 * re-wrapped or re-cased in a later edit of the article keeps its id.
 * Pure ASCII (most quotes) is only lowered: NFKC and case folding map an
 * ASCII letter to its lower case and leave every other ASCII byte alone,
 * so the fast path gives utf8proc's bytes without calling it. */
static void S_norm_append(const char *s, cc_buf *out) {
  if (!s || !*s)
    return;
  size_t start = out->len, n = strlen(s);
  if (S_collapse(s, n, true, out) < 0x80)
    return;
  out->len = start; /* not ASCII: undo, fold with utf8proc */
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t m = utf8proc_map(
      (const utf8proc_uint8_t *)s, 0, &folded,
      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
          UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  if (m >= 0) /* folded is NUL-terminated */
    S_collapse((const char *)folded, strlen((const char *)folded), false,
               out);
  else /* invalid UTF-8: the raw bytes, ASCII-lowered */
    S_collapse(s, n, true, out);
  free(folded); /* utf8proc allocates with malloc */
}

/* "%016llx" without printf. */
static void S_hex16(uint64_t h, char out[17]) {
  static const char hex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; i--, h >>= 4)
    out[i] = hex[h & 15];
  out[16] = '\0';
}

/* cc_hash64 (FNV-1a) from state h, four bytes a step: the same
 * products in the same order, without the loop's test per byte. */
static uint64_t S_fnv(uint64_t h, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    h = (h ^ u[i]) * 0x100000001b3ULL;
    h = (h ^ u[i + 1]) * 0x100000001b3ULL;
    h = (h ^ u[i + 2]) * 0x100000001b3ULL;
    h = (h ^ u[i + 3]) * 0x100000001b3ULL;
  }
  for (; i < n; i++)
    h = (h ^ u[i]) * 0x100000001b3ULL;
  return h;
}

/* s[0..n) then the field separator ("ab"+"c" != "a"+"bc"). */
static uint64_t S_hash_field(uint64_t h, const char *s, size_t n) {
  h = S_fnv(h, s, n);
  return (h ^ 0x1f) * 0x100000001b3ULL;
}

static uint64_t S_hash_str(uint64_t h, const char *s) {
  return S_hash_field(h, s ? s : "", s ? strlen(s) : 0);
}

/* One side as hashed: its normalized quote and the mention as written
 * (two claims in one sentence differ by their mention). */
static void S_side_norm(const cc_side *s, cc_buf *out) {
  cc_buf_reset(out);
  S_norm_append(s->quote, out);
  cc_buf_putc(out, '\x1e');
  S_norm_append(s->text, out);
}

/* The file's name without its folders: a one-claim finding names its
 * article (the same sentence in two articles is two findings), but moving
 * a story's folder changes nothing. */
static const char *S_base(const char *path) {
  const char *b = path ? strrchr(path, '/') : NULL;
  return b ? b + 1 : path ? path : "";
}

/* An id a spreadsheet keeps as text: it begins with a letter.  A digit
 * first, with only digits after it in one id in some 8,000 ("0060144718364423"),
 * was read as a number, its leading zeros dropped on save. */
static void S_letter_first(char id[17]) {
  if (id[0] >= '0' && id[0] <= '9')
    id[0] = (char)('a' + (id[0] - '0') % 6);
}

/* The two sides' strings in sorted order: the id does not depend on which
 * side a check put first. */
static uint64_t S_hash_sides(uint64_t h, const cc_buf *a, const cc_buf *b) {
  const cc_buf *x = a, *y = b;
  if (strcmp(x->ptr, y->ptr) > 0) {
    const cc_buf *t = x;
    x = y;
    y = t;
  }
  h = S_hash_field(h, x->ptr, x->len);
  return S_hash_field(h, y->ptr, y->len);
}

/* cc_finding_make_id with the caller's buffers for the two sides.
 * Between two claims the finding is what the values are: "16:00 UTC"
 * against "17:00 UTC" under one key is one disagreement whichever
 * articles' sentences stand for each side (a check picks one claim of
 * each cluster, and another article stating a value changed the pick, and
 * with it an id made of quotes).  On one claim it is the claim: its
 * article's file name, its sentence and its mention. */
static void S_make_id(const cc_finding *f, char out[17], cc_buf *a,
                      cc_buf *b) {
  uint64_t h = CC_HASH_SEED;
  h = S_hash_str(h, "v2");
  h = S_hash_str(h, f->check);
  h = S_hash_str(h, f->key);
  h = S_hash_str(h, cc_verdict_name((cc_verdict)f->verdict));
  bool two = f->b.doc && f->b.doc[0] && f->a.value && f->a.value[0] &&
             f->b.value && f->b.value[0];
  if (two) {
    cc_buf_reset(a);
    S_norm_append(f->a.value, a);
    cc_buf_putc(a, '\0'); /* (ptr NUL-terminated for S_hash_sides) */
    a->len--;
    cc_buf_reset(b);
    S_norm_append(f->b.value, b);
    cc_buf_putc(b, '\0');
    b->len--;
    h = S_hash_sides(h, a, b);
  } else {
    h = S_hash_str(h, S_base(f->a.doc));
    S_side_norm(&f->a, a);
    S_side_norm(&f->b, b);
    h = S_hash_sides(h, a, b);
  }
  S_hex16(h, out);
  S_letter_first(out);
}

void cc_finding_make_id(const cc_finding *f, char out[17]) {
  cc_buf a = CC_BUF_INIT, b = CC_BUF_INIT;
  S_make_id(f, out, &a, &b);
  cc_buf_free(&a);
  cc_buf_free(&b);
}

/* The id releases before this one gave (rule, key, verdict and both
 * sides' quotes), kept so that a review file written by them still finds
 * its findings (review.c). */
void cc_finding_legacy_id(const cc_finding *f, char out[17]) {
  cc_buf a = CC_BUF_INIT, b = CC_BUF_INIT;
  S_side_norm(&f->a, &a);
  S_side_norm(&f->b, &b);
  uint64_t h = CC_HASH_SEED;
  h = S_hash_str(h, f->check);
  h = S_hash_str(h, f->rule);
  h = S_hash_str(h, f->key);
  h = S_hash_str(h, cc_verdict_name((cc_verdict)f->verdict));
  h = S_hash_sides(h, &a, &b);
  S_hex16(h, out);
  cc_buf_free(&a);
  cc_buf_free(&b);
}

/* ---- the set ---------------------------------------------------------------- */

/* A finding with what the id table needs (nodes never move). */
typedef struct S_ident {
  /* The last id handed out on the chain of salted ids that starts at this
   * one, and the salt that made it: findings that clash on one id (an
   * outlet's sentence repeated across an archive) resume the walk there
   * instead of rehashing every id already taken, which was quadratic in
   * the number of clashes. */
  const struct S_ident *chain_last;
  unsigned chain_salt;
  cc_finding f;
} S_ident;

/* The id table: open addressing on the id's 16 bytes folded to 64 bits.
 * A slot keeps that key, so a probe reads a finding only on an equal key
 * and growing reads none (with uthash each probe and each rehash walked
 * 56-byte handles inside the findings: a cache miss each in a large run). */
typedef struct S_idslot {
  uint64_t k;
  S_ident *e; /* NULL: free */
} S_idslot;
typedef struct S_idtab {
  S_idslot *slot;
  size_t cap, used; /* cap a power of two, used <= cap / 2 */
} S_idtab;

/* Findings live in the arena (a set grows by one block at a time, never
 * by copying itself into a vector twice its size); `order` points at them
 * in insertion order, then in sorted order.  A run's findings repeat a
 * few strings many times (quotes, documents, keys, rules, values): those
 * are stored once by content; messages are unique and simply copied. */
struct cc_findings {
  cc_vec order;  /* cc_finding * */
  cc_arena *arena;
  S_idtab ids;   /* on id: uniqueness (entries in the arena) */
  cc__stab strs; /* strings held once, however many findings name them
                    (open addressing on content; strings in the arena) */
  bool borrow;   /* cc_findings_borrow */
  unsigned tally_mask;  /* cc_findings_tally_only */
  size_t tallied[3];    /* per verdict */
  bool part;            /* cc__findings_part: ids left unsalted */
  cc_buf id_a, id_b;    /* S_make_id's sides, kept from finding to finding */
  cc_arena **kept;      /* the arenas of parts absorbed in place */
  size_t nkept;
};

const char *cc_findings_keep(cc_findings *set, const char *s) {
  return cc_arena_strdup(set->arena, s ? s : "");
}

cc_findings *cc_findings_new(void) {
  cc_findings *f = cc_xcalloc(1, sizeof *f);
  f->order = (cc_vec)CC_VEC_INIT(cc_finding *);
  f->arena = cc_arena_new();
  return f;
}

void cc_findings_free(cc_findings **fp) {
  if (!fp || !*fp)
    return;
  cc_findings *f = *fp;
  cc_xfree(f->ids.slot); /* entries are in the arena */
  cc__stab_free(&f->strs);
  cc_vec_free(&f->order);
  cc_buf_free(&f->id_a);
  cc_buf_free(&f->id_b);
  cc_arena_free(&f->arena);
  for (size_t i = 0; i < f->nkept; i++)
    cc_arena_free(&f->kept[i]);
  cc_xfree(f->kept);
  cc_xfree(f);
  *fp = NULL;
}

size_t cc_findings_count(const cc_findings *f) { return f ? f->order.len : 0; }

cc_finding *cc_findings_at(const cc_findings *f, size_t i) {
  if (!f || i >= f->order.len)
    return NULL;
  return *CC_VEC_AT(&f->order, cc_finding *, i);
}

static const char *S_dup(cc_arena *a, const char *s) {
  return s && *s ? cc_arena_strdup(a, s) : "";
}

static const char *S_intern(cc_findings *set, const char *s) {
  if (!s || !*s)
    return "";
  size_t n = strlen(s);
  bool fresh;
  cc__sslot *e = cc__stab_put(&set->strs, s, n, &fresh);
  if (fresh)
    e->s = cc_arena_strndup(set->arena, s, n);
  return e->s;
}

bool cc_findings_borrow(cc_findings *set, bool on) {
  bool was = set->borrow;
  set->borrow = on;
  return was;
}

/* A string of the claims: kept as given when borrowing. */
static const char *S_claim_str(cc_findings *set, const char *s) {
  if (set->borrow)
    return s ? s : "";
  return S_intern(set, s);
}

/* A finding quotes at most this many bytes of a sentence: a page with no
 * sentence ends (a garbled scrape, 800 KB on one line) gave quotes of
 * 8 KB a finding, a 164 MB review file, and cells past a spreadsheet's
 * limit of 32,767 characters. */
#define S_QUOTE_MAX 600

static bool S_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The S_QUOTE_MAX bytes of the long quote q[0..n) around its first
 * "text" (else its start), cut between words where a space is near, else
 * between characters, with "..." where it was cut, kept in the set. */
static const char *S_quote_window(cc_findings *set, const char *q, size_t n,
                                  const char *text) {
  const char *at = text && *text ? strstr(q, text) : NULL;
  size_t mid = at ? (size_t)(at - q) + strlen(text) / 2 : 0;
  size_t b = mid > S_QUOTE_MAX / 2 ? mid - S_QUOTE_MAX / 2 : 0;
  if (b + S_QUOTE_MAX > n)
    b = n - S_QUOTE_MAX;
  size_t e = b + S_QUOTE_MAX;
  /* at a space near each cut (a word whole), else at a character */
  for (size_t k = 0; b > 0 && k < 40 && b + k < e; k++)
    if (q[b + k] == ' ') {
      b += k + 1;
      break;
    }
  for (size_t k = 0; e < n && k < 40 && e - k > b; k++)
    if (q[e - k] == ' ') {
      e -= k;
      break;
    }
  while (b > 0 && S_cont((unsigned char)q[b]))
    b--;
  while (e < n && S_cont((unsigned char)q[e]))
    e--;
  cc_buf w = CC_BUF_INIT;
  if (b > 0)
    cc_buf_puts(&w, "...");
  cc_buf_put(&w, q + b, e - b);
  if (e < n)
    cc_buf_puts(&w, "...");
  const char *kept = S_intern(set, w.ptr);
  cc_buf_free(&w);
  return kept;
}

static void S_side_copy(cc_findings *set, cc_side *dst, const cc_side *src) {
  *dst = *src;
  dst->doc = S_claim_str(set, src->doc);
  size_t qn = src->quote ? strlen(src->quote) : 0;
  dst->quote = qn > S_QUOTE_MAX
                   ? S_quote_window(set, src->quote, qn, src->text)
                   : S_claim_str(set, src->quote);
  dst->text = S_claim_str(set, src->text);
  dst->value = S_intern(set, src->value);
}

/* The 16 bytes of an id (hex digits as made, but any bytes work) as one
 * 64-bit key; equal keys are confirmed on the bytes. */
static uint64_t S_id_key(const char *id) {
  uint64_t a, b;
  memcpy(&a, id, 8);
  memcpy(&b, id + 8, 8);
  uint64_t h = a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 31);
}

static size_t S_id_home(const S_idtab *t, uint64_t k) {
  return (size_t)((k * 0xff51afd7ed558ccdULL) >> 32) & (t->cap - 1);
}

static void S_id_grow(S_idtab *t) {
  size_t cap = t->cap ? t->cap * 2 : 256;
  S_idslot *old = t->slot;
  size_t ocap = t->cap;
  t->slot = cc_xcalloc(cap, sizeof *t->slot);
  t->cap = cap;
  for (size_t i = 0; i < ocap; i++) {
    if (!old[i].e)
      continue;
    size_t j = S_id_home(t, old[i].k);
    while (t->slot[j].e)
      j = (j + 1) & (cap - 1);
    t->slot[j] = old[i];
  }
  cc_xfree(old);
}

/* The slot holding id, or the free slot where it would go. */
static S_idslot *S_id_slot(const S_idtab *t, const char *id, uint64_t k) {
  size_t j = S_id_home(t, k);
  for (;; j = (j + 1) & (t->cap - 1)) {
    S_idslot *s = &t->slot[j];
    if (!s->e || (s->k == k && memcmp(s->e->f.id, id, 16) == 0))
      return s;
  }
}

static S_ident *S_id_find(const cc_findings *set, const char *id) {
  if (!set->ids.cap)
    return NULL;
  return S_id_slot(&set->ids, id, S_id_key(id))->e;
}

/* node's id is not in the table yet (S_settle_id made sure). */
static void S_id_add(cc_findings *set, S_ident *node) {
  S_idtab *t = &set->ids;
  if (2 * (t->used + 1) > t->cap)
    S_id_grow(t);
  uint64_t k = S_id_key(node->f.id);
  S_idslot *s = S_id_slot(t, node->f.id, k);
  s->k = k;
  s->e = node;
  t->used++;
}

/* Settles a clash on n's id: the chain id, H(id, 1), H(H(id, 1), 2), ...
 * is walked to its first free id, deterministically, so the same input
 * always numbers its findings alike.  Ids are never removed, so every id
 * on the chain up to the last one handed out is still taken: the walk
 * resumes from there (the result is the one the full walk would give). */
static void S_settle_id(cc_findings *set, S_ident *node) {
  char *id = node->f.id;
  S_ident *head = S_id_find(set, id);
  if (!head)
    return;
  unsigned salt = 0;
  if (head->chain_last) {
    memcpy(id, head->chain_last->f.id, 16);
    salt = head->chain_salt;
  }
  do {
    salt++;
    S_hex16(cc_hash64(id, 16, CC_HASH_SEED + salt), id);
    S_letter_first(id);
  } while (S_id_find(set, id));
  head->chain_last = node;
  head->chain_salt = salt;
}

void cc_findings_tally_only(cc_findings *set, unsigned mask) {
  set->tally_mask = mask;
}

bool cc_findings_counts_only(const cc_findings *set, cc_verdict v) {
  return (unsigned)v < 3 && (set->tally_mask & (1u << v));
}

size_t cc_findings_tallied(const cc_findings *set, cc_verdict v) {
  return (unsigned)v < 3 ? set->tallied[v] : 0;
}

cc_finding *cc_findings_add(cc_findings *set, const cc_finding *f) {
  if (f->verdict < 3 && (set->tally_mask & (1u << f->verdict))) {
    set->tallied[f->verdict]++;
    return NULL;
  }
  S_ident *node = cc_arena_alloc(set->arena, sizeof *node);
  cc_finding *n = &node->f;
  *(cc_finding **)cc_vec_push(&set->order) = n;
  *n = *f;
  n->check = S_intern(set, f->check);
  n->rule = S_intern(set, f->rule);
  /* (the key copied even when borrowing: a claim the check stage rekeyed
   * by a full name holds its key in the run's arena, freed before the
   * findings are written; valgrind saw the CSV writer read it) */
  n->key = S_intern(set, f->key);
  n->message = S_dup(set->arena, f->message);
  n->status = S_intern(set, f->status);
  n->note = S_dup(set->arena, f->note);
  S_side_copy(set, &n->a, &f->a);
  S_side_copy(set, &n->b, &f->b);
  if (!n->id[0])
    S_make_id(n, n->id, &set->id_a, &set->id_b);
  n->id[16] = '\0';
  if (set->part)
    return n; /* the clash is settled where the part is absorbed */
  /* A clash (same rule, key and quotes twice) takes the next free id. */
  S_settle_id(set, node);
  S_id_add(set, node);
  return n;
}

static int S_cmp(const void *pa, const void *pb) {
  const cc_finding *a = *(const cc_finding *const *)pa;
  const cc_finding *b = *(const cc_finding *const *)pb;
  int c = a->a.doc == b->a.doc ? 0 : strcmp(a->a.doc, b->a.doc);
  if (c)
    return c;
  if (a->a.line != b->a.line)
    return a->a.line < b->a.line ? -1 : 1;
  if (a->a.col != b->a.col)
    return a->a.col < b->a.col ? -1 : 1;
  return strcmp(a->id, b->id);
}

void cc_findings_sort(cc_findings *set) {
  if (set && set->order.len > 1)
    qsort(set->order.items, set->order.len, sizeof(cc_finding *), S_cmp);
}

/* ---- parts of one run's findings -------------------------------------------- */

cc_findings *cc__findings_part(const cc_findings *like) {
  cc_findings *p = cc_findings_new();
  p->borrow = like->borrow;
  p->tally_mask = like->tally_mask;
  p->part = true;
  return p;
}

/* Re-adding each finding with its unsalted id settles clashes against
 * dst's ids exactly as if the checks had added it to dst directly.  A
 * part made like dst (cc__findings_part) already holds each finding as
 * cc_findings_add(dst) would copy it: its strings borrowed or copied
 * alike, its id made, nothing tallied that dst keeps; so its findings
 * join dst where they lie, only their ids settled and entered (copying
 * them again, each string looked up in dst's table, was most of the
 * absorbing, on the thread that then waits for the others), and its
 * arena lives on with dst's. */
void cc__findings_absorb(cc_findings *dst, cc_findings **srcp) {
  cc_findings *src = *srcp;
  bool alike = src->part && !dst->part && src->borrow == dst->borrow &&
               src->tally_mask == dst->tally_mask;
  for (size_t i = 0; i < src->order.len; i++) {
    cc_finding *f = *CC_VEC_AT(&src->order, cc_finding *, i);
    if (!alike) {
      cc_findings_add(dst, f);
      continue;
    }
    S_ident *node = (S_ident *)(void *)((char *)f - offsetof(S_ident, f));
    *(cc_finding **)cc_vec_push(&dst->order) = f;
    S_settle_id(dst, node);
    S_id_add(dst, node);
  }
  if (alike && src->order.len) {
    dst->kept = cc_xrealloc(dst->kept, (dst->nkept + 1) * sizeof *dst->kept);
    dst->kept[dst->nkept++] = src->arena;
    src->arena = NULL; /* (its findings are dst's now) */
  }
  for (int v = 0; v < 3; v++)
    dst->tallied[v] += src->tallied[v];
  cc_findings_free(srcp);
}
