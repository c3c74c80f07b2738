/* extract_out.c - mention records for `claimcheck extract`. */
#include "cc_extract.h"

#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cc_report.h"
#include "cc_time.h"

#if defined(__SSE2__)
#include <emmintrin.h> /* (texts and paths checked 16 bytes at a time) */
#endif

static const char *const S_cols[] = {"doc",  "line", "col",      "start",
                                     "end",  "text", "type",     "value",
                                     "unit", "lo",   "hi",       "qualifier",
                                     "zone", "utc"};
#define S_NCOLS (sizeof S_cols / sizeof S_cols[0])

bool cc_extract_fmt_parse(const char *s, cc_extract_fmt *out) {
  /* ("json" too, as scripts have long asked for it: JSON Lines all the
   * same, one object a line) */
  if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0)
    *out = CC_EXTRACT_JSONL;
  else if (strcmp(s, "csv") == 0)
    *out = CC_EXTRACT_CSV;
  else if (strcmp(s, "text") == 0)
    *out = CC_EXTRACT_TEXT;
  else
    return false;
  return true;
}

int cc_extract_write_header(cc_out *out, cc_extract_fmt fmt) {
  if (fmt != CC_EXTRACT_CSV)
    return 0;
  return cc_report_csv_row(out, S_cols, S_NCOLS);
}

/* ---- JSON lines, written directly ------------------------------------------
 * One record per mention is the hot path of `extract`: building a jansson
 * object and dumping it was a fifth of the run.  The writer below produces
 * exactly what json_dumps(JSON_COMPACT) produced (keys in insertion order,
 * the same escapes, reals as jansson formats them); the unit test
 * compares the two on awkward strings and numbers. */

static char *S_str_at8(char *p, const char *s, size_t n, bool read8);

/* Quoted and escaped by S_str_at8 (clean stretches copied 16 bytes at a
 * time) into room reserved for the worst case: 6 * n + 2 bytes, and the
 * 7 it may write past its end.  A string over a megabyte (none a report
 * makes, sentences being split at --max-sentence-tokens) goes through in
 * pieces of that size, so the room stays small; the pieces' escapes join
 * to the whole's, which escapes byte by byte. */
void cc__json_str(cc_buf *b, const char *s, size_t n) {
  enum { PIECE = 1u << 20 };
  if (n <= PIECE) {
    char *p = cc_buf_room(b, 6 * n + 2 + 8);
    cc_buf_wrote(b, (size_t)(S_str_at8(p, s, n, false) - p));
    return;
  }
  cc_buf_putc(b, '"');
  for (size_t i = 0; i < n; i += PIECE) {
    size_t k = n - i < PIECE ? n - i : PIECE;
    char *p = cc_buf_room(b, 6 * (size_t)k + 2 + 8);
    char *e = S_str_at8(p, s + i, k, false); /* (quoted: drop both) */
    memmove(p, p + 1, (size_t)(e - p) - 2);
    cc_buf_wrote(b, (size_t)(e - p) - 2);
  }
  cc_buf_putc(b, '"');
}

static char *S_int_at(char *p, long long v);
static char *S_real_at(char *p, double v);

/* A real as jansson writes it: "%.17g", ".0" added when it has neither a
 * point nor an exponent, and the exponent without '+' or leading zeros.
 * Whole numbers below 10^15 (most values) take the integer path. */
void cc__json_real(cc_buf *b, double v) {
  char buf[48];
  cc_buf_put(b, buf, (size_t)(S_real_at(buf, v) - buf));
}

/* The same at p: at most 40 bytes. */
static char *S_real_at(char *p, double v) {
  char buf[40];
  if (v == floor(v) && fabs(v) < 1e15 && !(v == 0 && signbit(v))) {
    p = S_int_at(p, (long long)v);
    memcpy(p, ".0", 2);
    return p + 2;
  }
  int len = snprintf(buf, sizeof buf, "%.17g", v);
  if (len < 0 || (size_t)len >= sizeof buf - 3)
    return p;
  if (!strchr(buf, '.') && !strchr(buf, 'e')) {
    memcpy(buf + len, ".0", 3);
    len += 2;
  }
  char *e = strchr(buf, 'e');
  if (e) {
    char *start = e + 1, *end = e + 2;
    if (*start == '-')
      start++;
    while (*end == '0')
      end++;
    if (end != start) {
      memmove(start, end, (size_t)(buf + len + 1 - end));
      len -= (int)(end - start);
    }
  }
  memcpy(p, buf, (size_t)len);
  return p + len;
}

static bool S_numeric_type(const cc_mention *m) {
  return m->type == CC_M_NUMBER || m->type == CC_M_ORDINAL ||
         m->type == CC_M_PERCENT || m->type == CC_M_MONEY ||
         m->type == CC_M_QUANTITY;
}

/* ---- the JSON lines record, written in place ----------------------------
 * extract writes more bytes than it reads (about 2.4 per input byte on
 * news), so the record is written straight into room reserved once per
 * mention, keys as literals, instead of a buffer call per piece. */

/* Inline even where the compiler would not: the writer's helpers are a
 * few instructions each, called several times a record, and the calls
 * (saving and restoring registers) cost as much as their bodies. */

/* Room for n more bytes (and the NUL) at the end of b. */
static char *S_room(cc_buf *b, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
      cap *= 2;
    b->ptr = cc_xrealloc(b->ptr, cap);
    b->cap = cap;
  }
  return b->ptr + b->len;
}

/* End the in-place writing at p: the buffer's length and NUL. */
static void S_done(cc_buf *b, char *p) {
  b->len = (size_t)(p - b->ptr);
  *p = '\0';
}

/* (p is evaluated twice: a plain pointer only) */
#define S_LIT(p, lit) (memcpy((p), (lit), sizeof(lit) - 1), (p) + sizeof(lit) - 1)

#define S_ONES 0x0101010101010101ull

/* Does any of the 8 bytes of x need an escape (below 0x20, '"' or '\\')?
 * Exact as a yes or no: the borrow of a subtraction reaches the high
 * bit only above a byte that is itself a hit. */
static inline bool S_esc8(uint64_t x) {
  uint64_t q = x ^ (S_ONES * '"'), b = x ^ (S_ONES * '\\');
  return (((x - S_ONES * 0x20) & ~x) | ((q - S_ONES) & ~q) |
          ((b - S_ONES) & ~b)) &
         (S_ONES * 0x80);
}

#if defined(__SSE2__)
/* The bytes of x that need an escape (below 0x20, '"' or '\\'), as the
 * bits of a mask (byte i, bit i). */
static inline unsigned S_esc16(__m128i x) {
  __m128i lt = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);
  __m128i q = _mm_cmpeq_epi8(x, _mm_set1_epi8('"'));
  __m128i b = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(lt, _mm_or_si128(q, b)));
}
#endif

/* A char[40] field's NUL-terminated string, quoted and escaped as
 * S_str_at8 does, its end found in the same 16-byte (SSE2) or 8-byte
 * steps that look for bytes to escape (a NUL is one of them: the lowest
 * byte flagged is a
 * true hit, so it is the NUL when the string needs no escape) instead of
 * a strlen first.  Writes up to 40 bytes after p + 1 whatever the length
 * (the room has them). */
static char *S_str_slow(char *p, const char *s, size_t n);
#if (defined(__GNUC__) || defined(__clang__)) &&                              \
    defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static char *S_str40_at(char *p, const char *field) {
  char *o = p + 1;
#if defined(__SSE2__)
  /* (16 bytes a step: 0, 16, then 24 to 40 with its first 8 known
   * clean; a value is short, most end in the first) */
  static const size_t at[3] = {0, 16, 24};
  static const unsigned keep[3] = {0xFFFF, 0xFFFF, 0xFF00};
  for (int c = 0; c < 3; c++) {
    __m128i v =
        _mm_loadu_si128((const __m128i *)(const void *)(field + at[c]));
    unsigned mk = S_esc16(v) & keep[c];
    _mm_storeu_si128((__m128i *)(void *)(o + at[c]), v);
    if (!mk)
      continue;
    size_t k = at[c] + (size_t)__builtin_ctz(mk);
    if (field[k] != '\0')
      break;
    *p = '"';
    o[k] = '"';
    return o + k + 1;
  }
#else
  for (size_t i = 0; i < 40; i += 8) {
    uint64_t x, q, b;
    memcpy(&x, field + i, 8);
    q = x ^ (S_ONES * '"');
    b = x ^ (S_ONES * '\\');
    uint64_t hit = (((x - S_ONES * 0x20) & ~x) | ((q - S_ONES) & ~q) |
                    ((b - S_ONES) & ~b)) &
                   (S_ONES * 0x80);
    memcpy(o + i, &x, 8);
    if (!hit)
      continue;
    size_t k = i + ((size_t)__builtin_ctzll(hit) >> 3);
    if (field[k] != '\0')
      break;
    *p = '"';
    o[k] = '"';
    return o + k + 1;
  }
#endif
  return S_str_slow(p, field, strnlen(field, 40));
}
#else
static char *S_str40_at(char *p, const char *field) {
  return S_str_slow(p, field, strnlen(field, 40));
}
#endif

/* The escapes of cc__json_str for the n bytes at s, at p, byte by byte,
 * without quotes; at most 6 * n bytes. */
static char *S_esc_run(char *p, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') {
      *p++ = (char)c;
      continue;
    }
    *p++ = '\\';
    switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\b': *p++ = 'b'; break;
    case '\f': *p++ = 'f'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
      p = S_LIT(p, "u00");
      *p++ = hex[c >> 4];
      *p++ = hex[c & 15];
    }
  }
  return p;
}

/* The same quoted: at most 6 * n + 2 bytes. */
static char *S_str_slow(char *p, const char *s, size_t n) {
  *p++ = '"';
  p = S_esc_run(p, s, n);
  *p++ = '"';
  return p;
}

#if defined(__SSE2__)
/* r clean bytes (nothing to escape) from src to o: two overlapping
 * copies, all reads inside the r bytes. */
static inline char *S_run_at(char *o, const char *src, size_t r) {
  if (r >= 8) {
    memcpy(o, src, 8);
    memcpy(o + r - 8, src + r - 8, 8);
  } else if (r >= 4) {
    memcpy(o, src, 4);
    memcpy(o + r - 4, src + r - 4, 4);
  } else {
    for (size_t i = 0; i < r; i++)
      o[i] = src[i];
  }
  return o + r;
}

/* n bytes at s (n at most 16) whose bytes to escape are the bits of mk:
 * the runs between them copied whole, each flagged byte escaped as
 * S_esc_run escapes it (a text across a line break: a byte or two to
 * escape among clean ones). */
static char *S_esc_mask(char *o, const char *s, size_t n, unsigned mk) {
  size_t at = 0;
  while (mk) {
    size_t k = (size_t)__builtin_ctz(mk);
    mk &= mk - 1;
    o = S_esc_run(S_run_at(o, s + at, k - at), s + k, 1);
    at = k + 1;
  }
  return S_run_at(o, s + at, n - at);
}
#endif

/* The same, at most 6 * n + 2 bytes, but up to 7 bytes past the end may
 * be written over (the rooms reserved have that slack).  Most strings
 * need no escape: they are copied 8 bytes at a time, the last chunk
 * overlapping the one before (or, for a string shorter than 8 bytes
 * whose source has 8 readable bytes, read8, one chunk with the bytes
 * past it read as 'A').  A chunk with a byte to escape (a text across a
 * line break) is escaped byte by byte, and the copy goes on after it:
 * each byte is written alone, so the pieces join to S_str_slow's
 * bytes.  (The last chunk, when clean, holds bytes already written
 * as they are, just before the output's end, whatever came before.) */
static char *S_str_at8(char *p, const char *s, size_t n, bool read8) {
  if (n < 8 && !read8)
    return S_str_slow(p, s, n);
  uint64_t x;
  if (n < 8) {
    char *o = p + 1;
    static const unsigned char ones[16] = {0xFF, 0xFF, 0xFF, 0xFF,
                                           0xFF, 0xFF, 0xFF, 0xFF};
    uint64_t keep; /* the first n bytes (in memory order) */
    memcpy(&keep, ones + 8 - n, 8);
    memcpy(&x, s, 8);
    x = (x & keep) | (~keep & (S_ONES * 'A'));
    if (S_esc8(x))
      return S_str_slow(p, s, n);
    memcpy(o, &x, 8);
    *p = '"';
    o[n] = '"';
    return o + n + 1;
  }
  char *o = p;
  *o++ = '"';
  size_t i = 0;
#if defined(__SSE2__)
  if (n >= 16) { /* (the same in 16-byte steps) */
    for (; i + 16 <= n; i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      unsigned mk = S_esc16(v);
      if (mk) {
        o = S_esc_mask(o, s + i, 16, mk);
        continue;
      }
      _mm_storeu_si128((__m128i *)(void *)o, v);
      o += 16;
    }
    if (i < n) {
      __m128i v =
          _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
      if (S_esc16(v)) {
        o = S_esc_run(o, s + i, n - i);
      } else {
        _mm_storeu_si128((__m128i *)(void *)(o - (i - (n - 16))), v);
        o += n - i;
      }
    }
    *o = '"';
    return o + 1;
  }
#endif
  for (; i + 8 <= n; i += 8) {
    memcpy(&x, s + i, 8);
    if (S_esc8(x)) {
      o = S_esc_run(o, s + i, 8);
      continue;
    }
    memcpy(o, &x, 8);
    o += 8;
  }
  if (i < n) {
    memcpy(&x, s + n - 8, 8);
    if (S_esc8(x)) {
      o = S_esc_run(o, s + i, n - i);
    } else {
      memcpy(o - (i - (n - 8)), &x, 8);
      o += n - i;
    }
  }
  *o = '"';
  return o + 1;
}

/* S_str_at8 for a mention's text, up to 16 bytes (most of them) inline:
 * the call and S_str_at8's tests were half of the cost of a short
 * text.  read16: 16 bytes readable at s (one SSE2 step; then up to 15
 * bytes past the end are written over, the record's room has them). */
CC_ALWAYS_INLINE char *S_text_at(char *p, const char *s, size_t n,
                                 bool read8, bool read16) {
#if defined(__SSE2__)
  /* (one 16-byte check for the texts up to 16 bytes with 16 readable,
   * the bytes past the text left out of the mask) */
  if (n <= 16 && read16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    unsigned mk = S_esc16(v) & ((1u << n) - 1);
    *p = '"';
    if (!mk) {
      _mm_storeu_si128((__m128i *)(void *)(p + 1), v);
      p[n + 1] = '"';
      return p + n + 2;
    }
    p = S_esc_mask(p + 1, s, n, mk);
    *p = '"';
    return p + 1;
  }
#else
  (void)read16;
#endif
#if (defined(__GNUC__) || defined(__clang__)) &&                              \
    defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t x, y;
  if (n < 8 && read8) {
    memcpy(&x, s, 8);
    /* (the bytes past the text as 'A': the first n kept) */
    uint64_t keep = (1ull << (8 * n)) - 1;
    x = (x & keep) | (~keep & (S_ONES * 'A'));
    if (!S_esc8(x)) {
      *p = '"';
      memcpy(p + 1, &x, 8);
      p[n + 1] = '"';
      return p + n + 2;
    }
  } else if (n >= 8 && n <= 16) {
    memcpy(&x, s, 8);
    memcpy(&y, s + n - 8, 8);
    if (!S_esc8(x) && !S_esc8(y)) {
      *p = '"';
      memcpy(p + 1, &x, 8);
      memcpy(p + 1 + n - 8, &y, 8);
      p[n + 1] = '"';
      return p + n + 2;
    }
  }
#endif
  return S_str_at8(p, s, n, read8);
}

/* A name of the recognizers' (cc_mtype_name, cc_qual_name,
 * cc_gran_name): fixed words that need no escape (test_extract checks
 * every one), copied whole between quotes. */
static char *S_name_at(char *p, const char *s, size_t n) {
  *p = '"';
  memcpy(p + 1, s, n);
  p[n + 1] = '"';
  return p + n + 2;
}

/* The same names quoted, by their value, made once (cc_mtype_name,
 * cc_qual_name, cc_gran_name): a name function's call, a strlen and a
 * memcpy call for each of a record's three names were a tenth of the
 * writer.  Copied 24 bytes at a time (the rooms have the slack); n is
 * the quoted length, 0 for a name too long for q (written the old way). */
typedef struct S_nm {
  char q[24];
  uint8_t n;
} S_nm;
enum { S_NM_TYPE, S_NM_QUAL, S_NM_GRAN };
static S_nm S_names[3][256];
static pthread_once_t S_names_once = PTHREAD_ONCE_INIT;

static void S_nm_set(S_nm *e, const char *name) {
  size_t n = name ? strlen(name) : 0;
  if (!name || n + 2 > sizeof e->q)
    return;
  e->q[0] = '"';
  memcpy(e->q + 1, name, n);
  e->q[n + 1] = '"';
  e->n = (uint8_t)(n + 2);
}

/* The digits of 100 .. 9999, padded to 4 bytes: 3- and 4-digit offsets
 * copied whole (a division, a remainder and two copies were half of a
 * record's numbers).  Made with the names (S_names_once); written
 * before any writer reads them. */
static char S_d4[10000][4];

static void S_d4_init(void) {
  /* (by hundreds and the two digits below: no division per entry) */
  for (unsigned h = 1; h < 100; h++)
    for (unsigned l = 0; l < 100; l++) {
      char *q = S_d4[h * 100 + l];
      if (h < 10)
        *q++ = (char)('0' + h);
      else {
        memcpy(q, cc_digits2 + 2 * h, 2);
        q += 2;
      }
      memcpy(q, cc_digits2 + 2 * l, 2);
    }
}

static void S_names_init(void) {
  S_d4_init();
  for (unsigned v = 0; v < 256; v++) {
    S_nm_set(&S_names[S_NM_TYPE][v], cc_mtype_name((cc_mtype)v));
    S_nm_set(&S_names[S_NM_QUAL][v], cc_qual_name((cc_qual)v));
    S_nm_set(&S_names[S_NM_GRAN][v], cc_gran_name((cc_gran)v));
  }
}

/* A name too long for S_nm.q, from its function. */
static char *S_nm_long(char *p, unsigned k, uint8_t v) {
  const char *name = k == S_NM_TYPE   ? cc_mtype_name((cc_mtype)v)
                     : k == S_NM_QUAL ? cc_qual_name((cc_qual)v)
                                      : cc_gran_name((cc_gran)v);
  return S_name_at(p, name, strlen(name));
}

/* The name of kind k for value v, quoted, at p. */
CC_ALWAYS_INLINE char *S_nm_at(char *p, unsigned k, uint8_t v) {
  const S_nm *e = &S_names[k][v];
  if (e->n) {
    memcpy(p, e->q, sizeof e->q);
    return p + e->n;
  }
  return S_nm_long(p, k, v);
}

static size_t S_len0(const char *s) { return s ? strlen(s) : 0; }

/* An unsigned number as cc_put_uint writes it, one and two digits
 * without the call (lines and columns mostly). */
CC_ALWAYS_INLINE char *S_u32_at(char *p, uint32_t v) {
  if (v < 10) {
    *p = (char)('0' + v);
    return p + 1;
  }
  if (v < 100) {
    memcpy(p, cc_digits2 + 2 * v, 2);
    return p + 2;
  }
  if (v < 10000) { /* (offsets in a document of a few kB) */
    memcpy(p, S_d4[v], 4);
    return p + 3 + (v >= 1000);
  }
  return cc_put_uint(p, v, 0);
}

static char *S_int_at(char *p, long long v) {
  if (v < 0)
    *p++ = '-';
  return cc_put_uint(p, v < 0 ? 0ULL - (unsigned long long)v
                              : (unsigned long long)v, 0);
}

/* 10^k for k = 0 .. 14, exact in a double. */
static const double S_p10[15] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};

/* The whole number that "%.15g" prints x as, when it prints one: x in
 * [1, 10^14) within a quarter of its 15th significant digit's unit of a
 * whole number r (an approximate 2,300 gives 2,070.0000000000002 to
 * 2,530.0000000000005).  "%.15g" rounds x to that digit: the exact
 * distance |x - r| (a dyadic number, never the decimal half unit exactly)
 * under half the unit prints r, and a quarter leaves room for the
 * rounding of the unit itself.  The exponent is exact (comparisons with
 * exact powers).  False where it may not: those take the text path. */
static bool S_near_whole(double x, double *r) {
  double a = fabs(x);
  if (!(a >= 1 && a < 1e14))
    return false;
  int e = 0; /* 10^e <= a < 10^(e+1) */
  while (e < 13 && a >= S_p10[e + 1])
    e++;
  double w = round(x);
  double unit = S_p10[e] / 1e14; /* 10^(e-14): the 15th digit's */
  if (!(fabs(x - w) < 0.25 * unit))
    return false;
  *r = w;
  return true;
}

/* A numeric bound the way S_jkv_bound writes it, without the round trip
 * through text, when that is exact: a whole number below 10^15 prints as
 * its digits ("%.15g"), reads back as itself and is written with ".0";
 * so does one that "%.15g" prints as a whole number (S_near_whole); NaN
 * and infinity print as nothing, written null.  False for the rest. */
CC_ALWAYS_INLINE bool S_bound_direct(double x, char **pp) {
  char *p = *pp;
  if (x >= 0 && x < 4294967296.0 && (double)(uint32_t)x == x) {
    /* (the usual bound: a whole number, written as below, without the
     * tests for the rest; -0.0 is written "0.0" here as there) */
    p = S_u32_at(p, (uint32_t)x);
    *pp = S_LIT(p, ".0");
    return true;
  }
  if (isnan(x) || isinf(x)) {
    *pp = S_LIT(p, "null");
    return true;
  }
  if (!(x == floor(x) && fabs(x) < 1e15) && !S_near_whole(x, &x))
    return false;
  if (x < 0)
    *p++ = '-';
  double a = fabs(x);
  p = a < 4294967296.0 ? S_u32_at(p, (uint32_t)a)
                       : cc_put_uint(p, (unsigned long long)a, 0);
  *pp = S_LIT(p, ".0");
  return true;
}

/* Days formatted (cc_format_date), kept across documents by the writing
 * thread: a corpus's instants fall on few days (the documents' dates, the
 * days they name, their next days as ends), and the calendar and the
 * digits were most of an instant's cost.  Direct-mapped by the day, so
 * neighbouring days do not evict each other; a pure function's memo, so
 * any thread may keep its own, made at its first day (cc_thread_calloc:
 * as _Thread_local storage its 96 kB were zeroed for every thread). */
#define S_NDAYS 4096 /* (a news archive's days over a decade or so) */
typedef struct S_day {
  int64_t day;
  bool used;
  char ymd[10]; /* "YYYY-MM-DD" (years 0..9999: S_datetime_at) */
} S_day;
static _Thread_local S_day *S_days; /* [S_NDAYS], or NULL */

/* A day not in S_days yet, into its entry e. */
static const char *S_ymd_fill(S_day *e, int64_t days) {
  /* cc_format_date's digits, two at a time: its year (never BC here:
   * the callers write those through cc_format_date) clamped to 9999 and
   * zero-padded to 4, month and day to 2 (they have 2) */
  cc_ymd d = cc_civil_from_days(days);
  int y = d.y < 0 ? 0 : d.y > 9999 ? 9999 : d.y;
  char *q = e->ymd;
  memcpy(q, cc_digits2 + 2 * (y / 100), 2);
  memcpy(q + 2, cc_digits2 + 2 * (y % 100), 2);
  q[4] = '-';
  memcpy(q + 5, cc_digits2 + 2 * d.m, 2);
  q[7] = '-';
  memcpy(q + 8, cc_digits2 + 2 * d.d, 2);
  e->day = days;
  e->used = true;
  return q;
}

CC_ALWAYS_INLINE const char *S_ymd(int64_t days) {
  if (!S_days)
    S_days = cc_thread_calloc(S_NDAYS * sizeof *S_days);
  S_day *e = &S_days[(uint64_t)days % S_NDAYS];
  if (e->used && e->day == days)
    return e->ymd;
  return S_ymd_fill(e, days);
}

/* cc_format_datetime(secs) at p without its NUL: 16 bytes, the date
 * from the cache, the hour and minute as it takes them; BC instants and
 * ones with seconds (up to 20 bytes and a NUL) through
 * cc_format_datetime itself. */
CC_ALWAYS_INLINE char *S_datetime_at(char *p, int64_t secs) {
  int64_t days = secs / CC_DAY;
  if (secs % CC_DAY != 0 && secs < 0) /* (floor division) */
    days--;
  int64_t sod = secs - days * CC_DAY;
  if (days < -719528 || sod % 60) /* a BC year's sign, or seconds */
    return p + cc_format_datetime(secs, p);
  memcpy(p, S_ymd(days), 10);
  if (sod == 0) { /* (a date's bounds) */
    memcpy(p + 10, "T00:00", 6);
    return p + 16;
  }
  return cc_put_clock(p + 10, sod);
}

/* An instant as cc_mention_bounds and cc_mention_utc write it
 * (cc_format_datetime of its floor: digits, '-', 'T' and ':', nothing to
 * escape), quoted, written in place; null for NaN and infinity, which
 * they leave empty. */
/* (int64_t)floor(x) of a finite x, without the call where the
 * truncation is exact: one less below zero when it was not whole. */
CC_ALWAYS_INLINE int64_t S_floor64(double x) {
  if (x > -4e18 && x < 4e18) {
    int64_t t = (int64_t)x;
    return t - ((double)t > x);
  }
  return (int64_t)floor(x);
}

CC_ALWAYS_INLINE char *S_instant_at(char *p, double x) {
  if (isnan(x) || isinf(x))
    return S_LIT(p, "null");
  *p = '"';
  p = S_datetime_at(p + 1, S_floor64(x));
  *p = '"';
  return p + 1;
}

static bool S_instant_type(const cc_mention *m) {
  return cc_mtype_dated(m->type);
}

/* A bound's text (cc_mention_bounds) as a value at p: a real when the
 * mention is numeric and the text parses, else the text; null when
 * empty.  At most 6 * 40 + 8 bytes. */
static char *S_bound_text_at(char *p, const char *s, bool numeric) {
  if (!s[0])
    return S_LIT(p, "null");
  if (numeric) {
    char *end;
    double v = strtod(s, &end);
    if (*end == '\0' && isfinite(v))
      return S_real_at(p, v);
  }
  return S_str_at8(p, s, strlen(s), true); /* (s is a char[40]) */
}

/* "lo" and "hi" (key and value) at p: directly when both numeric bounds
 * allow it, or both are instants, else through cc_mention_bounds. */
static char *S_jbounds_at(char *p, const cc_mention *m, bool num) {
  char *q = S_LIT(p, ",\"lo\":");
  if (S_instant_type(m)) { /* (S_fmt_one's S_fmt_instant) */
    q = S_instant_at(q, m->lo);
    return S_instant_at(S_LIT(q, ",\"hi\":"), m->hi);
  }
  if (num && S_bound_direct(m->lo, &q)) {
    q = S_LIT(q, ",\"hi\":");
    if (S_bound_direct(m->hi, &q))
      return q;
    q = S_LIT(p, ",\"lo\":"); /* (both through the text, as before) */
  }
  /* Bounds of the same bits print the same (cc_mention_bounds formats
   * each from the type and the number alone): most durations and exact
   * fractions ("P1D" to "P1D", 7.5 to 7.5) are formatted and written
   * once, and copied. */
  char lo[40], hi[40];
  bool same = memcmp(&m->lo, &m->hi, sizeof m->lo) == 0;
  if (same) {
    cc_mention one = *m;
    one.hi = NAN; /* (left empty: not formatted) */
    cc_mention_bounds(&one, lo, hi);
  } else {
    cc_mention_bounds(m, lo, hi);
  }
  char *v = q;
  q = S_bound_text_at(q, lo, num);
  size_t vn = (size_t)(q - v);
  q = S_LIT(q, ",\"hi\":");
  if (same) {
    memcpy(q, v, vn);
    return q + vn;
  }
  return S_bound_text_at(q, hi, num);
}

/* The fields that depend on the mention's values alone, "type" to
 * "anchor", at p: at most S_MID_ROOM + 6 * zonen bytes written over. */
#define S_MID_ROOM 1280
static char *S_jmid_at(char *p, const cc_mention *m, size_t zonen) {
  /* (unit is char[4]: its length without the call) */
  size_t unitn = !m->unit[0] ? 0 : !m->unit[1] ? 1 : !m->unit[2] ? 2
                 : strnlen(m->unit, sizeof m->unit);
  p = S_nm_at(S_LIT(p, ",\"type\":"), S_NM_TYPE, m->type);
  p = S_LIT(p, ",\"value\":");
  _Static_assert(sizeof m->value == 40, "S_str40_at reads 40 bytes");
  p = S_str40_at(p, m->value); /* (never null) */
  p = S_LIT(p, ",\"unit\":");
  p = unitn ? S_str_slow(p, m->unit, unitn) : S_LIT(p, "null");
  p = S_jbounds_at(p, m, S_numeric_type(m));
  p = S_LIT(p, ",\"qualifier\":");
  p = m->qual ? S_nm_at(p, S_NM_QUAL, m->qual) : S_LIT(p, "null");
  p = S_LIT(p, ",\"zone\":");
  p = m->zone ? S_str_at8(p, m->zone, zonen, false) : S_LIT(p, "null");
  /* cc_mention_utc's "...Z" (nothing to escape) or its "" as null */
  p = S_LIT(p, ",\"utc\":");
  if ((m->flags & CC_MF_UTC) && !isnan(m->utc_lo)) {
    *p = '"';
    p = S_datetime_at(p + 1, (int64_t)floor(m->utc_lo));
    p = S_LIT(p, "Z\"");
  } else {
    p = S_LIT(p, "null");
  }
  p = S_LIT(p, ",\"granularity\":");
  p = S_nm_at(p, S_NM_GRAN, m->gran); /* (never null) */
  if (m->anchor != CC_ANCHOR_NONE) {
    p = S_LIT(p, ",\"anchor\":\"");
    if (m->anchor_days < -719528) { /* (a BC day: signed) */
      p += cc_format_date(m->anchor_days, p);
    } else {
      memcpy(p, S_ymd(m->anchor_days), 10); /* (cc_format_date) */
      p += 10;
    }
    p = S_LIT(p, "\"");
  }
  return p;
}

/* ---- the record's middle, remembered --------------------------------------
 * "type" to "anchor" depend on the mention's values alone (type, value,
 * unit, bounds, qualifier, zone, UTC instant, granularity, anchor day),
 * not on where it is, and a corpus repeats them: the same dates, "P1D",
 * small numbers, the same amounts.  About three records in four (the
 * 10 MB bench corpus and BBC news alike) repeat the values of one among
 * the few hundred before.  The middles are kept per sink
 * (cc_out_memo), direct-mapped by a hash of the values, and copied when
 * every value matches bit for bit (the bounds and the UTC instant by
 * their bits, value and unit by all their bytes, the zone by its text):
 * S_jmid_at is a function of those alone, so the bytes are its bytes. */
#define S_MEMO_BITS 10
#define S_MEMO_N (1u << S_MEMO_BITS)
#define S_MEMO_BYTES 256 /* a middle kept, at most (a multiple of 32) */
#define S_MEMO_ZONE 40   /* a zone's text kept, at most */

/* An entry: the values S_jmid_at reads and the bytes it wrote.  The
 * mention's first 8 bytes (type, granularity, qualifier, the weekday,
 * the flags) are read as one word and masked to the fields the middle
 * reads (the weekday is written after it, and of the flags only UTC
 * matters): one load and a mask instead of a tag put together field by
 * field. */
typedef struct S_ment {
  uint64_t v[5], lo, hi; /* value's words; lo and hi's bits */
  uint64_t head;   /* the first 8 bytes, masked (S_head_mask) */
  uint64_t more;   /* unit, anchor kind, the zone's length plus one (0:
                      no zone; at most S_MEMO_ZONE, the caller's test) */
  uint64_t utc, anchor; /* the UTC instant's bits when flagged, the
                           anchor day when there is one, else 0 */
  uint16_t len; /* of bytes; 0: empty */
  char zone[S_MEMO_ZONE];
  char bytes[S_MEMO_BYTES];
} S_ment;

_Static_assert(offsetof(cc_mention, type) == 0 &&
                   offsetof(cc_mention, gran) == 1 &&
                   offsetof(cc_mention, qual) == 2 &&
                   offsetof(cc_mention, flags) == 4 &&
                   sizeof(((cc_mention *)0)->flags) == 4,
               "type, granularity, qualifier and flags in the first 8 bytes");

/* The mask of those 8 bytes: the first three, and CC_MF_UTC among the
 * flags (as the machine stores them: a constant once folded). */
CC_ALWAYS_INLINE uint64_t S_head_mask(void) {
  unsigned char b[8] = {0xFF, 0xFF, 0xFF, 0};
  uint32_t f = CC_MF_UTC;
  uint64_t k;
  memcpy(b + 4, &f, 4);
  memcpy(&k, b, 8);
  return k;
}

/* S_jmid_at through the memo (NULL: none): at most S_MID_ROOM +
 * 6 * zonen bytes written over, as S_jmid_at.  The values are compared
 * in place (loads from the mention and the entry, no key built). */
static char *S_jmid_memo(char *p, S_ment *memo, const cc_mention *m,
                         size_t zonen) {
  if (!memo || zonen > S_MEMO_ZONE)
    return S_jmid_at(p, m, zonen);
  uint64_t head, v[5], lo, hi;
  uint32_t unit;
  memcpy(&head, m, 8);
  head &= S_head_mask();
  memcpy(v, m->value, 40);
  memcpy(&lo, &m->lo, 8);
  memcpy(&hi, &m->hi, 8);
  memcpy(&unit, m->unit, 4);
  uint64_t more = unit | (uint64_t)m->anchor << 32 |
                  (uint64_t)(m->zone ? zonen + 1 : 0) << 40;
  /* (the slot: a multiplicative hash of the words that differ most; a
   * collision only costs a miss) */
  uint64_t h = (v[0] ^ head ^ more) * 0x9E3779B97F4A7C15ull ^
               (v[1] ^ lo) * 0xC2B2AE3D27D4EB4Full ^
               hi * 0x165667B19E3779F9ull;
  S_ment *e = &memo[h >> (64 - S_MEMO_BITS)];
  bool utc = m->flags & CC_MF_UTC, anchor = m->anchor != CC_ANCHOR_NONE;
  if (e->len &&
      ((e->v[0] ^ v[0]) | (e->v[1] ^ v[1]) | (e->v[2] ^ v[2]) |
       (e->v[3] ^ v[3]) | (e->v[4] ^ v[4]) | (e->lo ^ lo) | (e->hi ^ hi) |
       (e->head ^ head) | (e->more ^ more)) == 0 &&
      (!utc || memcmp(&e->utc, &m->utc_lo, 8) == 0) &&
      (!anchor || e->anchor == (uint64_t)m->anchor_days) &&
      (!zonen || memcmp(e->zone, m->zone, zonen) == 0)) {
#ifdef CC_RECOG_CHECK_INERT /* the kept bytes are the ones written */
    char fresh[S_MID_ROOM + 6 * S_MEMO_ZONE];
    char *end = S_jmid_at(fresh, m, zonen);
    if ((size_t)(end - fresh) != e->len ||
        memcmp(fresh, e->bytes, e->len) != 0) {
      fprintf(stderr, "extract: kept record middle differs: %.*s\n",
              (int)(end - fresh), fresh);
      abort();
    }
#endif
    /* (fixed copies, past len within the room's slack: most middles are
     * under 160 bytes) */
    memcpy(p, e->bytes, 160);
    for (size_t i = 160; i < e->len; i += 32)
      memcpy(p + i, e->bytes + i, 32);
    return p + e->len;
  }
  char *end = S_jmid_at(p, m, zonen);
  size_t n = (size_t)(end - p);
  if (n <= S_MEMO_BYTES) {
    memcpy(e->v, v, sizeof v);
    e->lo = lo;
    e->hi = hi;
    e->head = head;
    e->more = more;
    e->utc = 0;
    if (utc)
      memcpy(&e->utc, &m->utc_lo, 8);
    e->anchor = anchor ? (uint64_t)m->anchor_days : 0;
    e->len = (uint16_t)n;
    memcpy(e->zone, m->zone ? m->zone : "", zonen);
    memcpy(e->bytes, p, n);
  }
  return end;
}

/* A record's prefix up to this length is copied whole: it is then in an
 * S_pfx's small buffer, which has the bytes to read (a prefix in the
 * heap one is longer: its path needed more than the small one). */
#define S_PFX_COPY 96

/* The room a record needs at most, its prefix, text and zone apart:
 * "line" to "text" (numbers, keys, the text's slack), the middle (or the
 * memo's 32-byte steps) and the tail. */
#define S_REC_ROOM (S_PFX_COPY + 256 + S_MID_ROOM + S_MEMO_BYTES + 128)

/* One record at p (room for S_REC_ROOM + pfxn + 6 * (text + zone)). */
static char *S_jrec_at(char *p, const cc_docresult *d, const cc_mention *m,
                       const char *pfx, size_t pfxn, S_ment *memo,
                       size_t zonen) {
  const cc_token *t = &d->seg.tokens[m->tok_begin];
  size_t tn = m->end - m->start;
  if (pfxn <= S_PFX_COPY) /* (a fixed copy: moves, not a call) */
    memcpy(p, pfx, S_PFX_COPY);
  else
    memcpy(p, pfx, pfxn);
  p += pfxn;
  p = S_u32_at(p, t->line);
  p = S_u32_at(S_LIT(p, ",\"col\":"), t->col);
  p = S_u32_at(S_LIT(p, ",\"start\":"), m->start);
  p = S_u32_at(S_LIT(p, ",\"end\":"), m->end);
  /* (8 bytes readable from the text's start when it is not in the
   * document's last 7 bytes, counting its NUL; 16 likewise) */
  p = S_text_at(S_LIT(p, ",\"text\":"), d->doc->text + m->start, tn,
                (size_t)m->start + 8 <= d->doc->len + 1,
                (size_t)m->start + 16 <= d->doc->len + 1);
  p = S_jmid_memo(p, memo, m, zonen);
  if (m->pair >= 0)
    p = S_u32_at(S_LIT(p, ",\"pair\":"), (uint32_t)m->pair); /* (>= 0) */
  if (m->flags & CC_MF_PAIR_LOCAL)
    p = S_int_at(S_LIT(p, ",\"pair_offset_min\":"), m->pair_offset / 60);
  if (m->weekday >= 0)
    p = S_u32_at(S_LIT(p, ",\"weekday\":"), (uint32_t)m->weekday);
  if (m->flags & CC_MF_YEAR_INFERRED)
    p = S_LIT(p, ",\"year_inferred\":true");
  return S_LIT(p, "}\n");
}

/* A document's records are appended in place to the sink's pending bytes
 * (cc_out_append_begin), handed back every 64 kB and at the document's
 * end: a write per record was a call and a copy each, and a buffer of the
 * writer's own a malloc, growth, copy and free per document. */
#define S_FLUSH_AT 65536

/* The records' common start, `{"doc":"<path>","line":`, made once per
 * document: on the stack unless the path is long. */
typedef struct S_pfx {
  const char *ptr;
  size_t len;
  char small[512];
  cc_buf big;
} S_pfx;

static void S_pfx_make(S_pfx *x, const char *path) {
  size_t n = strlen(path);
  x->big = (cc_buf)CC_BUF_INIT;
  if (6 * n + 32 > sizeof x->small) { /* (escaped, with S_str_at8's slack) */
    cc_buf_put(&x->big, "{\"doc\":", 7);
    cc__json_str(&x->big, path, n);
    cc_buf_put(&x->big, ",\"line\":", 8);
    x->ptr = x->big.ptr;
    x->len = x->big.len;
    return;
  }
  char *p = S_LIT(x->small, "{\"doc\":");
  p = S_str_at8(p, path, n, false);
  p = S_LIT(p, ",\"line\":");
  x->ptr = x->small;
  x->len = (size_t)(p - x->small);
}

static int S_jsonl_doc(cc_out *out, const cc_docresult *d) {
  cc_buf *b = cc_out_append_begin(out);
  if (!b)
    return -1;
  S_ment *memo = cc_out_memo(out, S_MEMO_N * sizeof(S_ment));
  S_pfx pfx;
  S_pfx_make(&pfx, d->doc->path);
  /* room for the records at once (about 300 bytes each after the
   * prefix), up to a flush's worth: growing by doubling was a realloc for
   * every few records (now only while the sink's buffer first grows) */
  size_t want = (size_t)d->nmentions * (pfx.len + 320);
  S_room(b, want < S_FLUSH_AT + 4096 ? want : S_FLUSH_AT + 4096);
  int rc = 0;
  for (uint32_t i = 0; i < d->nmentions && rc == 0; i++) {
    cc_mention shown; /* (an open end's interval: cc_mention_shown) */
    const cc_mention *m = cc_mention_shown(&d->seg, &d->mentions[i], &shown);
    size_t zonen = S_len0(m->zone);
    /* one room for the whole record */
    char *p = S_room(b, S_REC_ROOM + pfx.len +
                            6 * ((size_t)(m->end - m->start) + zonen));
    S_done(b, S_jrec_at(p, d, m, pfx.ptr, pfx.len, memo, zonen));
    if (b->len >= S_FLUSH_AT && (rc = cc_out_append_end(out, false)) == 0)
      b = cc_out_append_begin(out);
  }
  if (rc == 0)
    rc = cc_out_append_end(out, true);
  cc_buf_free(&pfx.big);
  return rc;
}

/* The fields of one mention as strings, in S_cols order. */
typedef struct S_rec {
  char line[16], col[16], start[16], end[16], lo[40], hi[40], utc[40];
  const char *text; /* points into the document: not NUL-terminated */
  size_t text_len;
} S_rec;

/* Decimal digits of v, terminated (snprintf costs about 1,000
 * instructions a call and extract formats four of these per mention; up
 * to 4 digits inline). */
static void S_utoa(uint32_t v, char *buf) { *S_u32_at(buf, v) = '\0'; }

static void S_fill(S_rec *r, const cc_docresult *d, const cc_mention *m) {
  const cc_token *t = &d->seg.tokens[m->tok_begin];
  S_utoa(t->line, r->line);
  S_utoa(t->col, r->col);
  S_utoa(m->start, r->start);
  S_utoa(m->end, r->end);
  if (S_instant_type(m)) { /* (as S_instant_at, the text unquoted) */
    r->lo[0] = r->hi[0] = '\0';
    if (!isnan(m->lo) && !isinf(m->lo))
      *S_datetime_at(r->lo, S_floor64(m->lo)) = '\0';
    if (!isnan(m->hi) && !isinf(m->hi))
      *S_datetime_at(r->hi, S_floor64(m->hi)) = '\0';
  } else {
    cc_mention_bounds(m, r->lo, r->hi);
  }
  r->utc[0] = '\0'; /* (cc_mention_utc's, as S_jtail writes it) */
  if ((m->flags & CC_MF_UTC) && !isnan(m->utc_lo))
    memcpy(S_datetime_at(r->utc, (int64_t)floor(m->utc_lo)), "Z", 2);
  r->text = d->doc->text + m->start;
  r->text_len = m->end - m->start;
}

/* ---- CSV rows, written in place ------------------------------------------
 * The bytes of cc_report_csv_row (libcsv's csv_write: every cell quoted,
 * its quotes doubled; a cell that a spreadsheet would run as a formula
 * preceded by a ' inside the quotes; cells joined by ',', the row ended
 * by CRLF), appended to the sink's pending bytes: cc_report_csv_row
 * measured each cell twice through libcsv, with a malloc and a free a
 * cell, nine thousand instructions a row.  test_extract compares the
 * two on awkward cells. */

/* One cell, s NUL-terminated. */
static char *S_csv_cell_at(char *p, const char *s, size_t n) {
  *p++ = '"';
  /* (the guard's triggers, after spaces, start with one of these bytes:
   * most cells are digits, words or empty, and need not ask) */
  unsigned char c0 = (unsigned char)s[0];
  if ((c0 == ' ' || c0 == '=' || c0 == '+' || c0 == '-' || c0 == '@' ||
       c0 == '\t' || c0 == '\r' || c0 == '\n' || c0 == 0xEF) &&
      cc_report_csv_needs_guard(s))
    *p++ = '\'';
  if (n < 16) { /* (short: byte by byte, no calls) */
    for (size_t i = 0; i < n; i++) {
      if (s[i] == '"')
        *p++ = '"';
      *p++ = s[i];
    }
    *p++ = '"';
    return p;
  }
  const char *q;
  while ((q = memchr(s, '"', n)) != NULL) {
    size_t k = (size_t)(q - s) + 1; /* (with the quote, written twice) */
    memcpy(p, s, k);
    p += k;
    *p++ = '"';
    s += k;
    n -= k;
  }
  memcpy(p, s, n);
  p += n;
  *p++ = '"';
  return p;
}

/* The cells of one row: each at most 2 n + 3 bytes, and a comma. */
static void S_csv_row(cc_buf *b, const char *const *cells, size_t ncells) {
  size_t lens[S_NCOLS], room = 2;
  for (size_t i = 0; i < ncells; i++) {
    lens[i] = strlen(cells[i]);
    room += 2 * lens[i] + 4;
  }
  char *p = S_room(b, room);
  for (size_t i = 0; i < ncells; i++) {
    if (i)
      *p++ = ',';
    p = S_csv_cell_at(p, cells[i], lens[i]);
  }
  S_done(b, S_LIT(p, "\r\n"));
}

/* Exposed for test_extract: a row as S_csv_doc writes it. */
void cc__extract_csv_row(cc_buf *b, const char *const *cells, size_t n) {
  if (n > S_NCOLS)
    n = S_NCOLS;
  S_csv_row(b, cells, n);
}

/* A record's text NUL-terminated: in small (n bytes) when it fits, as
 * most do, else in memory the caller frees (the result is then not
 * small): not a malloc and a free per mention. */
static char *S_text_z(const S_rec *r, char *small, size_t n) {
  char *text = r->text_len < n ? small : cc_xmalloc(r->text_len + 1);
  memcpy(text, r->text, r->text_len);
  text[r->text_len] = '\0';
  return text;
}

static int S_csv_doc(cc_out *out, const cc_docresult *d) {
  cc_buf *b = cc_out_append_begin(out);
  if (!b)
    return -1;
  int rc = 0;
  for (uint32_t i = 0; i < d->nmentions && rc == 0; i++) {
    cc_mention shown; /* (an open end's interval: cc_mention_shown) */
    const cc_mention *m = cc_mention_shown(&d->seg, &d->mentions[i], &shown);
    S_rec r;
    S_fill(&r, d, m);
    char small[256]; /* (the guard reads the text NUL-terminated) */
    char *text = S_text_z(&r, small, sizeof small);
    const char *cells[S_NCOLS] = {
        d->doc->path, r.line, r.col,   r.start,
        r.end,        text,   cc_mtype_name(m->type), m->value,
        m->unit,      r.lo,   r.hi,    m->qual ? cc_qual_name(m->qual) : "",
        m->zone ? m->zone : "", r.utc};
    S_csv_row(b, cells, S_NCOLS);
    if (text != small)
      cc_xfree(text);
    if (b->len >= S_FLUSH_AT && (rc = cc_out_append_end(out, false)) == 0)
      b = cc_out_append_begin(out);
  }
  if (rc == 0)
    rc = cc_out_append_end(out, true);
  return rc;
}

static int S_text(cc_out *out, const cc_docresult *d, const cc_mention *m,
                  const S_rec *r, const char *text) {
  int rc = cc_out_printf(out, "%s:%s:%s: %s %s \"%s\"", d->doc->path, r->line,
                         r->col, cc_mtype_name(m->type), m->value, text);
  if (r->lo[0] || r->hi[0])
    rc |= cc_out_printf(out, " [%s, %s]", r->lo, r->hi);
  if (m->unit[0])
    rc |= cc_out_printf(out, " %s", m->unit);
  if (m->qual)
    rc |= cc_out_printf(out, " (%s)", cc_qual_name(m->qual));
  if (r->utc[0])
    rc |= cc_out_printf(out, " = %s", r->utc);
  return rc | cc_out_puts(out, "\n");
}

int cc_extract_write_doc(cc_out *out, cc_extract_fmt fmt,
                         const cc_docresult *d) {
  pthread_once(&S_names_once, S_names_init); /* (names and S_d4) */
  if (fmt == CC_EXTRACT_JSONL)
    return d->nmentions ? S_jsonl_doc(out, d) : 0;
  if (fmt == CC_EXTRACT_CSV)
    return d->nmentions ? S_csv_doc(out, d) : 0;
  int rc = 0;
  for (uint32_t i = 0; i < d->nmentions && rc == 0; i++) {
    cc_mention shown; /* (an open end's interval: cc_mention_shown) */
    const cc_mention *m = cc_mention_shown(&d->seg, &d->mentions[i], &shown);
    S_rec r;
    S_fill(&r, d, m);
    char small[256];
    char *text = S_text_z(&r, small, sizeof small);
    rc = S_text(out, d, m, &r, text);
    if (text != small)
      cc_xfree(text);
  }
  return rc;
}
