/* segment.c - paragraphs, sentences and tokens in one pass over the bytes.
 *
 * Token rules (why each exists is in the comment beside it):
 *   number: a digit, then digits with internal . , : / before a digit
 *           ("7.2", "1,500", "19:30", "1/2"), an attached letter suffix of
 *           at most 3 letters ("11:30am", "7.2m", "162bn", "2nd", "1940s")
 *           and a trailing % ("25%");
 *   word:   letters and digits, internal apostrophes ("don't"), dotted
 *           abbreviations ("U.S.", "a.m."); a possessive 's is its own token
 *           so "Putin's" matches the name "Putin";
 *   punct:  one character; dashes, quotes and spaces normalized.
 * Sentence ends: . ! ? ... followed by a capitalized word, a digit, an
 * opening quote or bracket, a line break or the end; never after an
 * abbreviation from the lexicon or a single initial.  A blank line ends a
 * paragraph; a single line break ends a sentence unless the next line
 * continues it: it starts in lower case, the line ended with a comma or
 * hyphen, or the break is a soft wrap.  A break is a soft wrap when the
 * next line's first word would not have fitted on the line, measured
 * against the document's wrap width (its longest line that is followed by
 * another line of the same paragraph): hard-wrapped prose breaks lines
 * anywhere ("September\n16", "Minister Grace\nLee"), while a headline or
 * a list item ends well short of the width.  Markdown headings and list
 * items never continue.
 *
 * Links ("https://...", "www....") are found after the pass and their
 * tokens made symbols with no word id, written "^" (S_links): a date, a
 * time or a number in a link's path is not the article's.
 *
 * Speed: this runs over every byte of the corpus, so the common case is
 * kept cheap.  Bytes are classified by a table; one pass over the text
 * first (S_prescan, SSE2) lower-cases it into a copy and marks the bytes
 * that end a word and the line feeds by bits; ASCII tokens are then taken
 * by one loop (S_run: a word measured by the bits at its start, its
 * normal form the copy with a NUL after it, its id in the lexicon's word
 * table and its abbreviation mark found by one probe, for words of up to
 * 8 bytes of an integer table; plain words between boundaries in an inner
 * loop of their own); other tokens take the general paths (S_step, the
 * Unicode path for words); normalized forms are bump-allocated from blocks
 * of the document's arena (one-character punctuation points at a static
 * table); tokens grow in an array in the arena.  Nothing is allocated per
 * token.
 */
#include "cc_segment.h"

#include <stddef.h>
#include <string.h>
#ifdef CC_RECOG_CHECK_INERT
#include <stdlib.h> /* (abort: S_wrap) */
#endif

#include "cc_lexicon.h"
#include "cc_text.h"

typedef struct S_seg {
  const cc_doc *doc;
  const unsigned char *p;
  size_t n, i;
  uint32_t line, col;
  cc_arena *arena;
  const cc_vocab *vocab;    /* the word table of the ids (and the
                               abbreviation marks) */
  cc__vocab_tabs vt;        /* its tables (S_run probes them inline) */
  uint32_t id_dots;         /* the id of "..." */
  uint32_t id_poss;         /* the id of "'s" */
  uint32_t max_sent;
  cc_token *tok;            /* tokens so far (arena; S_grow_tokens) */
  uint32_t ntok, captok;
  cc_sentence *sent;         /* sentences so far (arena; S_grow_sents) */
  uint32_t nsent, capsent;
  cc_paragraph *para;        /* paragraphs so far (arena, the same way) */
  uint32_t npara, cappara;
  uint32_t sent_begin;      /* first token of the open sentence */
  uint32_t para_sent_begin; /* first sentence of the open paragraph */
  int newlines;             /* line breaks since the last token */
  bool space;               /* whitespace since the last token */
  bool terminal;            /* last token ended a sentence if ... */
  bool warned_long;
  bool general;             /* no S_run (cc__segment_general) */
  bool www;                 /* a period after "www" (S_www_before): the
                               text may hold a "www." link (S_links) */
  bool scheme;              /* a colon before a slash: the text may hold
                               a "://" link (S_links) */
  uint32_t wrap_width;      /* longest line followed by a non-blank one;
                               UINT32_MAX until first asked (S_wrap) */
  size_t body;              /* where the text after the front matter
                               starts (the wrap width's lines) */
  uint32_t end_col;         /* column after the last token */
  uint32_t end_line;        /* line of the last token */
  unsigned char line_first; /* first byte of the last token's line */
  char *pool;               /* normalized forms: bump allocation */
  char *low;                /* the text lower-cased, S_run's words'
                               forms (S_prescan; NULL: not made) */
  const uint64_t *wstop;    /* word-stop bits (S_prescan) */
  const uint64_t *lf;       /* line-feed bits (S_prescan, for S_wrap) */
  size_t pool_left;
  cc_buf scratch;
} S_seg;

/* ---- character helpers ------------------------------------------------ */

/* (C_UPPER is odd and C_LOWER even: S_run's capital flag is the low bit;
 * C_HIGH and C_APOS, the bytes after an ASCII word that hand it to the
 * general path, are the two largest; a digit that S_prescan's stop bits
 * end a word before (glued to its letters, "Rs500") does too, so a byte
 * after an S_run word of class C_DIGIT or more goes to the general path) */
enum { C_OTHER, C_SPACE, C_NL, C_DIGIT, C_LOWER, C_UPPER, C_HIGH, C_APOS };

/* Byte classes: what S_step does with a byte. */
static const unsigned char S_class[256] = {
    ['\t'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, [' '] = C_SPACE,
    ['\n'] = C_NL,    ['\r'] = C_NL,    ['\''] = C_APOS,
    ['0'] = C_DIGIT,  ['1'] = C_DIGIT,  ['2'] = C_DIGIT,  ['3'] = C_DIGIT,
    ['4'] = C_DIGIT,  ['5'] = C_DIGIT,  ['6'] = C_DIGIT,  ['7'] = C_DIGIT,
    ['8'] = C_DIGIT,  ['9'] = C_DIGIT,
    ['A'] = C_UPPER,  ['B'] = C_UPPER,  ['C'] = C_UPPER,  ['D'] = C_UPPER,
    ['E'] = C_UPPER,  ['F'] = C_UPPER,  ['G'] = C_UPPER,  ['H'] = C_UPPER,
    ['I'] = C_UPPER,  ['J'] = C_UPPER,  ['K'] = C_UPPER,  ['L'] = C_UPPER,
    ['M'] = C_UPPER,  ['N'] = C_UPPER,  ['O'] = C_UPPER,  ['P'] = C_UPPER,
    ['Q'] = C_UPPER,  ['R'] = C_UPPER,  ['S'] = C_UPPER,  ['T'] = C_UPPER,
    ['U'] = C_UPPER,  ['V'] = C_UPPER,  ['W'] = C_UPPER,  ['X'] = C_UPPER,
    ['Y'] = C_UPPER,  ['Z'] = C_UPPER,
    ['a'] = C_LOWER,  ['b'] = C_LOWER,  ['c'] = C_LOWER,  ['d'] = C_LOWER,
    ['e'] = C_LOWER,  ['f'] = C_LOWER,  ['g'] = C_LOWER,  ['h'] = C_LOWER,
    ['i'] = C_LOWER,  ['j'] = C_LOWER,  ['k'] = C_LOWER,  ['l'] = C_LOWER,
    ['m'] = C_LOWER,  ['n'] = C_LOWER,  ['o'] = C_LOWER,  ['p'] = C_LOWER,
    ['q'] = C_LOWER,  ['r'] = C_LOWER,  ['s'] = C_LOWER,  ['t'] = C_LOWER,
    ['u'] = C_LOWER,  ['v'] = C_LOWER,  ['w'] = C_LOWER,  ['x'] = C_LOWER,
    ['y'] = C_LOWER,  ['z'] = C_LOWER,
#define S_H16(b)                                                             \
  [b] = C_HIGH, [b + 1] = C_HIGH, [b + 2] = C_HIGH, [b + 3] = C_HIGH,        \
  [b + 4] = C_HIGH, [b + 5] = C_HIGH, [b + 6] = C_HIGH, [b + 7] = C_HIGH,    \
  [b + 8] = C_HIGH, [b + 9] = C_HIGH, [b + 10] = C_HIGH, [b + 11] = C_HIGH,  \
  [b + 12] = C_HIGH, [b + 13] = C_HIGH, [b + 14] = C_HIGH, [b + 15] = C_HIGH
    S_H16(0x80), S_H16(0x90), S_H16(0xA0), S_H16(0xB0),
    S_H16(0xC0), S_H16(0xD0), S_H16(0xE0), S_H16(0xF0)
#undef S_H16
};

/* "x\0" for every ASCII character: the normal form of one-character
 * punctuation, shared instead of allocated. */
static const char S_ascii1[128][2] = {
#define S_A8(b)                                                              \
  {b, 0}, {b + 1, 0}, {b + 2, 0}, {b + 3, 0}, {b + 4, 0}, {b + 5, 0},        \
  {b + 6, 0}, {b + 7, 0}
    S_A8(0),  S_A8(8),  S_A8(16), S_A8(24), S_A8(32),  S_A8(40),
    S_A8(48), S_A8(56), S_A8(64), S_A8(72), S_A8(80),  S_A8(88),
    S_A8(96), S_A8(104), S_A8(112), S_A8(120)
#undef S_A8
};

static bool S_is_digit(unsigned char c) { return S_class[c] == C_DIGIT; }
static bool S_is_alpha(unsigned char c) {
  return S_class[c] == C_UPPER || S_class[c] == C_LOWER;
}
static bool S_is_alnum(unsigned char c) {
  unsigned k = S_class[c];
  return k == C_DIGIT || k == C_UPPER || k == C_LOWER;
}

/* Code point at i (0 and length 1 for an invalid byte, which the corpus
 * module rejects before we get here; fuzzers still reach it). */
static int32_t S_cp(const S_seg *s, size_t i, int *len) {
  int32_t cp = 0;
  int l = cc_utf8_decode(s->p + i, s->n - i, &cp);
  if (l == 0) {
    *len = 1;
    return 0xFFFD;
  }
  *len = l;
  return cp;
}

static bool S_letter_at(const S_seg *s, size_t i) {
  if (i >= s->n)
    return false;
  if (s->p[i] < 0x80)
    return S_is_alpha(s->p[i]);
  int l;
  return cc_cp_is_letter(S_cp(s, i, &l));
}

/* Is the period at offset o of the text after body the one of "www."
 * (S_link_mark's test)?  Every path that makes a period's token asks
 * it, so that S_links looks for "www." links only in the texts that
 * have one (it found every period, some 28 a document, with a memchr
 * each: 0.6 M instructions a MB). */
static inline bool S_www_before(const unsigned char *p, size_t body,
                                size_t o) {
  return o >= body + 3 && p[o - 1] == 'w' && p[o - 2] == 'w' &&
         p[o - 3] == 'w';
}

#if defined(__GNUC__) || defined(__clang__)
#define S_LIKELY(x) __builtin_expect(!!(x), 1)
#define S_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define S_LIKELY(x) (x)
#define S_UNLIKELY(x) (x)
#endif

/* Index of the lowest set bit of m (m not 0). */
static inline unsigned S_ctz64(uint64_t m) {
#if defined(__GNUC__) || defined(__clang__)
  return (unsigned)__builtin_ctzll(m);
#else
  unsigned k = 0;
  while (!(m & 1)) {
    m >>= 1;
    k++;
  }
  return k;
#endif
}

/* The same as a 64-bit offset: the instruction writes all 64 bits, which
 * the builtin's int would make GCC extend again (a movslq per word of
 * S_run).  (rep bsf: tzcnt where the CPU has it, bsf where not; the same
 * for m not 0.) */
static inline size_t S_ctz64z(uint64_t m) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  uint64_t k;
  __asm__("rep bsfq %1, %0" : "=r"(k) : "rm"(m) : "cc");
  return k;
#else
  return S_ctz64(m);
#endif
}

/* ---- storage ------------------------------------------------------------ */

/* A new pool block with room for at least n bytes (the rest of the old
 * one is left unused). */
static void S_pool_block(S_seg *s, size_t n) {
  /* the first block fits a typical article's forms; later ones are
   * smaller, so a short document does not pay for a long one */
  size_t left = s->n - s->i;
  /* (S_run's words take their forms from the prescan's copy: numbers
   * and the general paths' tokens are left) */
  size_t want = s->pool ? 16384 : s->low ? left / 4 + 64 : left + left / 4 + 64;
  if (want > ((size_t)1 << 20))
    want = (size_t)1 << 20;
  if (want < n)
    want = n;
  s->pool = cc_arena_alloc_raw(s->arena, want); /* filled as used */
  s->pool_left = want;
}

/* n bytes for a normalized form, from the current arena block. */
static char *S_pool(S_seg *s, size_t n) {
  if (s->pool_left < n)
    S_pool_block(s, n);
  char *p = s->pool;
  s->pool += n;
  s->pool_left -= n;
  return p;
}

/* Room for more tokens.  The array lives in the arena from the start, so
 * the finished array needs no copy: the first guess (a token per five
 * bytes) holds a typical article; a document with more tokens gets a
 * twice larger array and the old one stays in the arena unused. */
static void S_grow_tokens(S_seg *s) {
  size_t guess = (s->n - s->i) / 5 + 16;
  uint32_t cap = s->captok ? s->captok * 2
                           : (uint32_t)(guess < 65536 ? guess : 65536);
  cc_token *t = cc_arena_alloc_raw(s->arena, (size_t)cap * sizeof *t);
  if (s->ntok)
    memcpy(t, s->tok, (size_t)s->ntok * sizeof *t);
  s->tok = t;
  s->captok = cap;
}

static inline cc_token *S_push_token(S_seg *s) {
  if (s->ntok == s->captok)
    S_grow_tokens(s);
  return &s->tok[s->ntok++]; /* (S_open writes every field) */
}

/* ---- sentences and paragraphs ------------------------------------------ */

static uint32_t S_ntok(const S_seg *s) { return s->ntok; }

/* Room for more sentences or paragraphs (items of size bytes, *cap of
 * them at *arr), as for tokens: in the arena from the start, so the
 * finished arrays need no copy; the first guess is a sentence per 64
 * bytes left and a paragraph per 256, a larger array twice the old one
 * (left unused in the arena). */
static void S_grow_items(S_seg *s, void **arr, uint32_t n, uint32_t *cap,
                         size_t size, size_t bytes_per) {
  size_t guess = (s->n - s->i) / bytes_per + 8;
  uint32_t c = *cap ? *cap * 2 : (uint32_t)(guess < 16384 ? guess : 16384);
  void *a = cc_arena_alloc_raw(s->arena, (size_t)c * size);
  if (n)
    memcpy(a, *arr, (size_t)n * size);
  *arr = a;
  *cap = c;
}

/* (inline in S_close_paragraph, a call at every paragraph) */
CC_ALWAYS_INLINE void S_close_sentence_in(S_seg *s) {
  uint32_t nt = S_ntok(s);
  if (nt == s->sent_begin)
    return;
  if (s->nsent == s->capsent)
    S_grow_items(s, (void **)&s->sent, s->nsent, &s->capsent,
                 sizeof *s->sent, 64);
  cc_sentence *st = &s->sent[s->nsent++];
  const cc_token *t = s->tok;
  st->tok_begin = s->sent_begin;
  st->tok_end = nt;
  st->start = t[s->sent_begin].start;
  st->end = t[nt - 1].end;
  st->para = s->npara;
  s->sent_begin = nt;
  s->terminal = false;
}

static void S_close_sentence(S_seg *s) { S_close_sentence_in(s); }

static void S_close_paragraph(S_seg *s) {
  S_close_sentence_in(s);
  uint32_t ns = s->nsent;
  if (ns == s->para_sent_begin)
    return;
  if (s->npara == s->cappara)
    S_grow_items(s, (void **)&s->para, s->npara, &s->cappara,
                 sizeof *s->para, 256);
  cc_paragraph *pg = &s->para[s->npara++];
  const cc_sentence *st = s->sent;
  pg->sent_begin = s->para_sent_begin;
  pg->sent_end = ns;
  pg->start = st[s->para_sent_begin].start;
  pg->end = st[ns - 1].end;
  s->para_sent_begin = ns;
}

static const cc_token *S_last(const S_seg *s) {
  return s->ntok ? &s->tok[s->ntok - 1] : NULL;
}

/* Characters of the word starting at i (up to whitespace), counted up
 * to lim + 1 at most (the caller asks whether there are more than
 * lim). */
static uint32_t S_word_chars(const S_seg *s, size_t i, uint32_t lim) {
  uint32_t n = 0;
  for (; i < s->n && n <= lim; i++) {
    unsigned char c = s->p[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      break;
    n += (c & 0xC0) != 0x80;
  }
  return n;
}

/* "- item", "* item", "+ item", "> quote", "# Heading", "• item". */
static bool S_block_marker(const S_seg *s, size_t i) {
  unsigned char c = s->p[i];
  if (c == '#' || c == '>')
    return true;
  if ((c == '-' || c == '*' || c == '+') && i + 1 < s->n &&
      (s->p[i + 1] == ' ' || s->p[i + 1] == '\t'))
    return true;
  return c == 0xE2 && i + 2 < s->n && s->p[i + 1] == 0x80 &&
         s->p[i + 2] == 0xA2;
}

/* Does a line break before a token that starts at byte i end the
 * sentence?  Continuation lines start in lower case, follow a comma, or
 * are the rest of a soft-wrapped line. */
static uint32_t S_wrap(S_seg *s);

static bool S_newline_breaks(S_seg *s, size_t i) {
  const cc_token *last = S_last(s);
  if (!last || s->sent_begin == S_ntok(s))
    return false;
  if (s->terminal)
    return true;
  const char *ln = last->norm;
  if (last->kind == CC_TOK_PUNCT &&
      (ln[0] == ',' || ln[0] == '-' || ln[0] == '(' || ln[0] == '&'))
    return false;
  if (s->line_first == '#' || S_block_marker(s, i))
    return true;
  bool lower;
  if (s->p[i] < 0x80) {
    lower = S_class[s->p[i]] == C_LOWER;
  } else {
    int l;
    int32_t cp = S_cp(s, i, &l);
    lower = cc_cp_is_letter(cp) && !cc_cp_is_upper(cp);
  }
  if (lower)
    return false;
  /* soft wrap: the previous line was full for this word */
  uint32_t prev = s->end_line + 1 == s->line ? s->end_col - 1 : 0;
  if (!prev)
    return true;
  /* (prev + 1 + the word's characters > the width: the word's
   * characters counted only as far as that needs) */
  uint32_t width = S_wrap(s);
  return !(prev + 1 > width ||
           S_word_chars(s, i, width - prev - 1) > width - prev - 1);
}

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Characters in p[a, b) (UTF-8 continuation bytes do not count). */
static uint32_t S_chars(const unsigned char *p, size_t a, size_t b) {
  /* 8 bytes at a time: a continuation byte has bit 7 set and bit 6
   * clear; their count, by the multiply that sums the bytes' low bits
   * into the top byte, is taken from the bytes (the sum is at most 8) */
  size_t k = a, cont = 0;
#if defined(__SSE2__)
  /* 16 bytes at a time where SSE2 is: a continuation byte is below -64
   * as a signed byte; each lane counts its own in a byte (255 blocks at
   * most), summed by psadbw */
  const __m128i lim = _mm_set1_epi8(-64), zero = _mm_setzero_si128();
  while (b - k >= 16) {
    size_t blocks = (b - k) / 16;
    if (blocks > 255)
      blocks = 255;
    __m128i acc = zero;
    for (size_t j = 0; j < blocks; j++, k += 16) {
      __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + k));
      acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(x, lim));
    }
    __m128i sum = _mm_sad_epu8(acc, zero);
    cont += (size_t)_mm_cvtsi128_si32(sum) +
            (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
  }
#endif
  for (; k + 8 <= b; k += 8) {
    uint64_t x;
    memcpy(&x, p + k, 8);
    uint64_t c = (x & ~(x << 1)) >> 7 & 0x0101010101010101ull;
    cont += (size_t)((c * 0x0101010101010101ull) >> 56);
  }
  for (; k < b; k++)
    cont += (p[k] & 0xC0) == 0x80;
  return (uint32_t)(b - a - cont);
}

/* The wrap width: the longest line (in characters, trailing blanks
 * excluded) that is followed by a non-blank line.  Hard-wrapped text
 * gives its fill column; text with one paragraph per line gives the
 * longest paragraph, so no break looks like a wrap there.  Lines are found
 * with memchr and only a line longer in bytes than the best so far is
 * counted in characters, so this costs little more than one memchr pass. */
/* The first line feed in p[i, n), n when there is none: by the
 * prescan's bits lf (bit j of lf[k] for byte 64k + j, zero past n) when
 * given, else by memchr. */
static size_t S_next_lf(const unsigned char *p, size_t i, size_t n,
                        const uint64_t *lf) {
  if (!lf) {
    const unsigned char *nl = i < n ? memchr(p + i, '\n', n - i) : NULL;
    return nl ? (size_t)(nl - p) : n;
  }
  size_t k = i >> 6;
  uint64_t m = lf[k] >> (i & 63);
  if (m)
    return i + S_ctz64(m);
  for (size_t last = n >> 6; ++k <= last;)
    if (lf[k])
      return (k << 6) + S_ctz64(lf[k]);
  return n;
}

/* (A line is trimmed only when it may matter: when it is longer in
 * bytes than the best so far, or follows a line that is (then whether
 * it is blank decides whether that one counts).  The best only grows,
 * so a line no longer than it in bytes never counts later.) */
typedef struct S_wrap_st {
  uint32_t best;
  size_t pa, pb; /* previous line, trimmed: [pa, pb) */
  bool cand;     /* it is not blank and longer than best */
} S_wrap_st;

/* The line [i, e) of S_wrap_width, when it may matter (the test above). */
static void S_wrap_line(S_wrap_st *w, const unsigned char *p, size_t i,
                        size_t e) {
  size_t b = e;
  while (b > i && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\r'))
    b--;
  bool blank = b == i;
  if (w->cand && !blank && w->pb - w->pa > w->best) {
    uint32_t c = S_chars(p, w->pa, w->pb);
    if (c > w->best)
      w->best = c;
  }
  w->cand = !blank && b - i > w->best;
  w->pa = i;
  w->pb = b;
}

static uint32_t S_wrap_width(const unsigned char *p, size_t i, size_t n,
                             const uint64_t *lf) {
  S_wrap_st w = {0};
  if (lf) {
    /* the line feeds one by one from the prescan's bits (zero from n
     * on: the last line ends at n), most lines passed by a compare */
    size_t k = i >> 6, last = n >> 6, base = k << 6;
    uint64_t m = lf[k] & (~(uint64_t)0 << (i & 63));
    /* a line of thr bytes or more is looked at: one that ends at lim or
     * later (lim = i + thr, kept instead of i: i is lim - thr) */
    size_t thr = 1, lim = i + 1;
    for (;;) {
      while (!m) {
        if (++k > last)
          goto tail;
        m = lf[k];
        base += 64;
      }
      size_t e = base + S_ctz64z(m);
      m &= m - 1;
      if (e >= lim) { /* (w.cand || e - i > w.best) */
        S_wrap_line(&w, p, lim - thr, e);
        thr = w.cand ? 0 : (size_t)w.best + 1;
      }
      lim = e + 1 + thr;
    }
  tail:
    i = lim - thr;
    if (w.cand || n - i > w.best)
      S_wrap_line(&w, p, i, n);
    return w.best;
  }
  while (i <= n) {
    size_t e = S_next_lf(p, i, n, lf);
    if (w.cand || e - i > w.best)
      S_wrap_line(&w, p, i, e);
    if (e >= n)
      break;
    i = e + 1;
  }
  return w.best;
}

#ifdef CC_RECOG_CHECK_INERT
/* The width as measured before the skip above, every line trimmed: the
 * inert build (make inert) checks the skip against it. */
static uint32_t S_wrap_width_ref(const unsigned char *p, size_t i, size_t n,
                                 const uint64_t *lf) {
  uint32_t best = 0;
  size_t pa = 0, pb = 0; /* previous line, trimmed: [pa, pb) */
  bool have_prev = false;
  while (i <= n) {
    size_t e = S_next_lf(p, i, n, lf);
    bool nl = e < n;
    size_t b = e;
    while (b > i && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\r'))
      b--;
    bool blank = b == i;
    if (!blank && have_prev && pb - pa > best) {
      uint32_t c = S_chars(p, pa, pb);
      if (c > best)
        best = c;
    }
    have_prev = !blank;
    pa = i;
    pb = b;
    if (!nl)
      break;
    i = e + 1;
  }
  return best;
}

#endif

/* The wrap width, measured the first time a line break needs it: a
 * document with a blank line between paragraphs, or whose lines start
 * in lower case, never asks, and the pass over its text is skipped. */
static uint32_t S_wrap(S_seg *s) {
  if (s->wrap_width == UINT32_MAX) {
    s->wrap_width = S_wrap_width(s->p, s->body, s->n, s->lf);
#ifdef CC_RECOG_CHECK_INERT
    if (s->wrap_width != S_wrap_width_ref(s->p, s->body, s->n, s->lf))
      abort();
#endif
  }
  return s->wrap_width;
}

/* After . ! ? does a token starting at i begin a new sentence? */
static bool S_starts_sentence(const S_seg *s, size_t i) {
  unsigned char c = s->p[i];
  if (!s->space) /* "end.Next" or a closing quote glued to the period */
    return false;
  if (S_is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[' ||
      c == '$' || (c >= 'A' && c <= 'Z'))
    return true;
  if (c < 0x80)
    return false;
  int l;
  int32_t cp = S_cp(s, i, &l);
  int a = cc_text_ascii_alias(cp);
  return a == '"' || a == '\'' || cc_cp_is_upper(cp) ||
         (cp >= 0xA3 && cp <= 0xA5) || cp == 0x20AC;
}

/* A sentence reached --max-sentence-tokens: cut it here. */
static void S_cut_long(S_seg *s) {
  if (!s->warned_long) {
    cc_warn("%s:%u: sentence longer than %u tokens was split "
            "(--max-sentence-tokens)",
            s->doc->path, s->line, s->max_sent);
    s->warned_long = true;
  }
  S_close_sentence(s);
}

/* Called before a token when a line break or a sentence-ending mark came
 * since the last one: decide where the previous sentence ended. */
static void S_boundary(S_seg *s, size_t i) {
  if (s->newlines >= 2)
    S_close_paragraph(s);
  else if (s->newlines == 1 && S_newline_breaks(s, i))
    S_close_sentence(s);
  else if (s->terminal && S_starts_sentence(s, i))
    S_close_sentence(s);
  else if (s->terminal && (S_letter_at(s, i) || S_is_digit(s->p[i])))
    /* a word or a number goes on the sentence that a full stop did not
     * end ("It was big. then no more than 50"): nothing is pending after
     * it, or the next digit or capital would close the sentence there.
     * (Punctuation decides for itself after this, S_punct_terminal: a
     * closing quote keeps a mark pending.) */
    s->terminal = false;
  if (S_ntok(s) - s->sent_begin >= s->max_sent)
    S_cut_long(s);
}

/* ---- tokens -------------------------------------------------------------- */

static void S_set_norm_len(cc_token *t, size_t dn) {
  t->norm_len = (uint16_t)(dn > 65535 ? 65535 : dn);
}

/* Normal form of an ASCII token: lower case. */
static void S_norm_ascii(S_seg *s, cc_token *t) {
  const unsigned char *src = s->p + t->start;
  size_t n = t->end - t->start;
  if (n == 1) {
    t->norm = S_ascii1[src[0] | 0x20 * (S_class[src[0]] == C_UPPER)];
    t->norm_len = 1;
    return;
  }
  char *dst = S_pool(s, n + 1);
  for (size_t k = 0; k < n; k++) {
    unsigned char c = src[k];
    dst[k] = (char)(S_class[c] == C_UPPER ? c + 32 : c);
  }
  dst[n] = '\0';
  t->norm = dst;
  S_set_norm_len(t, n);
}

/* Normal form of any token (the general path). */
static void S_set_norm(S_seg *s, cc_token *t) {
  const unsigned char *src = s->p + t->start;
  size_t n = t->end - t->start;
  bool ascii = true;
  for (size_t k = 0; k < n; k++)
    if (src[k] >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) {
    S_norm_ascii(s, t);
    return;
  }
  t->flags |= CC_TF_NONASCII;
  cc_buf_reset(&s->scratch);
  cc_text_norm((const char *)src, n, &s->scratch);
  size_t dn = s->scratch.len;
  char *dst = S_pool(s, dn + 1);
  memcpy(dst, s->scratch.ptr, dn);
  dst[dn] = '\0';
  t->norm = dst;
  S_set_norm_len(t, dn);
}

/* The token's id, once its normal form is set (every path sets it; S_run
 * finds the same in its own way). */
static void S_set_id(const S_seg *s, cc_token *t) {
  t->id = cc_vocab_find(s->vocab, t->norm, t->norm_len);
}

static void S_case_flags(S_seg *s, cc_token *t) {
  int letters = 0, upper = 0;
  size_t i = t->start;
  while (i < t->end) {
    int l;
    int32_t cp = S_cp(s, i, &l);
    if (cc_cp_is_letter(cp)) {
      bool up = cc_cp_is_upper(cp);
      if (letters == 0 && up)
        t->flags |= CC_TF_CAP;
      letters++;
      upper += up;
    }
    i += (size_t)l;
  }
  if (letters >= 2 && upper == letters)
    t->flags |= CC_TF_ALLCAPS;
}

/* Nothing before a token at the current position can end a sentence: no
 * line break or sentence-ending mark since the last token, and the
 * sentence is below --max-sentence-tokens (most tokens). */
static inline bool S_quiet(const S_seg *s) {
  return !s->newlines && !s->terminal &&
         S_ntok(s) - s->sent_begin < s->max_sent;
}

/* Append token [start, end) of the given kind once the sentence boundary
 * before it is settled: position and spacing flags.  The caller sets the
 * normal form.  Small, so the word path inlines it. */
static inline cc_token *S_put(S_seg *s, size_t start, size_t end,
                              cc_tok_kind kind, uint32_t nchars) {
  bool first = s->ntok == 0;
  uint8_t flags = 0;
  if (s->space || s->newlines)
    flags |= CC_TF_SPACE_BEFORE;
  if (s->newlines || first)
    flags |= CC_TF_LINE_START;
  if (s->end_line != s->line || first)
    s->line_first = s->p[start];
  if (S_ntok(s) == s->sent_begin)
    flags |= CC_TF_SENT_START;
  cc_token *t = S_push_token(s);
  *t = (cc_token){.start = (uint32_t)start, .end = (uint32_t)end,
                  .line = s->line, .col = s->col, .kind = (uint8_t)kind,
                  .flags = flags};
  s->col += nchars;
  s->end_col = s->col;
  s->end_line = s->line;
  s->i = end;
  s->newlines = 0;
  s->space = false;
  return t;
}

/* Start token [start, end) of the given kind: sentence boundary, position
 * and spacing flags.  The caller sets the normal form. */
static cc_token *S_open(S_seg *s, size_t start, size_t end, cc_tok_kind kind,
                        uint32_t nchars) {
  if (s->newlines || s->terminal)
    S_boundary(s, start);
  else if (S_ntok(s) - s->sent_begin >= s->max_sent)
    S_cut_long(s);
  return S_put(s, start, end, kind, nchars);
}

/* Emit a token through the general path. */
static cc_token *S_emit(S_seg *s, size_t start, size_t end, cc_tok_kind kind,
                        uint32_t nchars) {
  cc_token *t = S_open(s, start, end, kind, nchars);
  S_set_norm(s, t);
  S_set_id(s, t);
  if (kind == CC_TOK_WORD)
    S_case_flags(s, t);
  return t;
}

static void S_number(S_seg *s) {
  size_t i = s->i, start = i;
  const unsigned char *p = s->p;
  while (i < s->n && S_is_digit(p[i]))
    i++;
  while (i + 1 < s->n &&
         (p[i] == '.' || p[i] == ',' || p[i] == ':' || p[i] == '/') &&
         S_is_digit(p[i + 1])) {
    i++;
    while (i < s->n && S_is_digit(p[i]))
      i++;
  }
  size_t k = i;
  while (k < s->n && S_is_alpha(p[k]))
    k++;
  if (k - i <= 3 && !S_letter_at(s, k)) /* "11:30am", "2nd"; not "20years" */
    i = k;
  if (i < s->n && p[i] == '%')
    i++;
  cc_token *t = S_open(s, start, i, CC_TOK_NUM, (uint32_t)(i - start));
  S_norm_ascii(s, t); /* digits, ASCII letters and punctuation only */
  S_set_id(s, t);
}

/* "U.S.", "a.m.", "e.g.": single letters each followed by a dot. */
static size_t S_dotted_abbrev(const S_seg *s, size_t i) {
  size_t k = i;
  int pairs = 0;
  while (k + 1 < s->n && S_is_alpha(s->p[k]) && s->p[k + 1] == '.' &&
         (k == i || s->p[k - 1] == '.')) {
    k += 2;
    pairs++;
  }
  return pairs >= 2 ? k : 0;
}

static bool S_apostrophe_at(const S_seg *s, size_t i, int *len) {
  if (i >= s->n)
    return false;
  if (s->p[i] == '\'') {
    *len = 1;
    return true;
  }
  if (s->p[i] < 0x80)
    return false;
  int32_t cp = S_cp(s, i, len);
  return cp == 0x2019 || cp == 0x02BC;
}

/* A word's marks in the word table (an abbreviation, a currency code
 * written before amounts) as its token flags, once its id is set. */
static void S_abbrev_flag(const S_seg *s, cc_token *t) {
  t->flags |= cc_vocab_marks(s->vocab, t->id);
}

/* The length of the currency code that the capitalized ASCII word q[0..n)
 * (lower-cased at low) starts with, glued to the digits after it: two or
 * three letters a prefix code of currencies.csv (the number model marks
 * them, CC_VOCAB_CUR_PREFIX), then a digit ("Rs500", "RM42m", "EUR1" of
 * "EUR1.2bn"); 0 for any other word ("A380", "G20", "MP3", "COVID19").
 * The number model then reads the code and the number as it reads
 * "EUR 1.2bn". */
static size_t S_cur_glued(const S_seg *s, const unsigned char *q,
                          const char *low, size_t n) {
  size_t d = 2;
  while (d < n && d < 4 && S_is_alpha(q[d]))
    d++;
  if (d == n || d == 4 || !S_is_digit(q[d]) || !S_is_alpha(q[1]))
    return 0;
  /* (a code read only in capitals is marked as written: "RM", not "Rm") */
  uint32_t id = cc_vocab_find(s->vocab, low, d);
  if (!(cc_vocab_marks(s->vocab, id) & CC_VOCAB_CUR_PREFIX))
    id = cc_vocab_find(s->vocab, (const char *)q, d);
  return cc_vocab_marks(s->vocab, id) & CC_VOCAB_CUR_PREFIX ? d : 0;
}

/* The end of the thousands groups (",500", ",000,000") at q, after one
 * to three digits; 0 when q holds none or a group is not three digits. */
static size_t S_groups_end(const unsigned char *q) {
  size_t k = 0;
  while (q[k] == ',' && S_is_digit(q[k + 1]) && S_is_digit(q[k + 2]) &&
         S_is_digit(q[k + 3]))
    k += 4;
  return k && !S_is_digit(q[k]) ? k : 0;
}

/* Whether the capital q[0] and the scale word of n letters at w (any
 * case) make a form the number model marked ("R bn", "R billion": see
 * below). */
static bool S_letter_scale(const S_seg *s, const unsigned char *q,
                           const unsigned char *w, size_t n) {
  char f[16] = {(char)q[0], ' '};
  if (n > sizeof f - 2)
    return false;
  for (size_t k = 0; k < n; k++)
    f[k + 2] = (char)(w[k] | 0x20);
  uint32_t id = cc_vocab_find(s->vocab, f, n + 2);
  return cc_vocab_marks(s->vocab, id) & CC_VOCAB_CUR_PREFIX;
}

/* 1 when the capitalized ASCII word q[0..n), a capital and a digit, starts
 * with a currency code of one letter (currencies.csv position "glued": the
 * number model marks the capital, "R", in the word table) whose digits
 * carry what makes them money: thousands separators ("R1,500") or a scale
 * the number model marked with the letter ("R bn", "R billion"), glued or
 * after one space ("R5bn", "R2.3bn", "R450 million"); 0 for any other
 * word, a name, road, plane or grade ("R101", "M25", "A380", "G20", "F1",
 * "R2-D2", "R5").  The text after the word is read up to its NUL. */
static size_t S_cur_letter(const S_seg *s, const unsigned char *q,
                           size_t n) {
  uint32_t id = cc_vocab_find(s->vocab, (const char *)q, 1);
  if (!(cc_vocab_marks(s->vocab, id) & CC_VOCAB_CUR_PREFIX))
    return 0;
  size_t k = 1;
  while (k < n && S_is_digit(q[k]))
    k++;
  if (k == n && k <= 4 && q[k] == ',')
    return S_groups_end(q + k) ? 1 : 0;
  if (k == n && q[k] == '.' && S_is_digit(q[k + 1]))
    for (k += 2; S_is_digit(q[k]);)
      k++;
  k += q[k] == ' '; /* "R450 million" */
  size_t l = k;
  while (S_is_alpha(q[l]))
    l++;
  return l > k && !S_is_digit(q[l]) && S_letter_scale(s, q, q + k, l - k)
             ? 1
             : 0;
}

/* The length of the capitals (one to three) of the word q[0..n) (lower-
 * cased at low), right after a "$", that with the sign make a prefix
 * currency of currencies.csv glued to the digits after them ("$US50m",
 * "$A20m": the number model marks "$us", "$a" in the word table); 0 for
 * any other word. */
static size_t S_dollar_glued(const S_seg *s, const unsigned char *q,
                             const char *low, size_t n) {
  size_t d = 0;
  while (d < n && d < 3 && S_class[q[d]] == C_UPPER)
    d++;
  if (d == 0 || d == n || !S_is_digit(q[d]))
    return 0;
  char w[4] = {'$'};
  memcpy(w + 1, low, d);
  uint32_t id = cc_vocab_find(s->vocab, w, d + 1);
  return cc_vocab_marks(s->vocab, id) & CC_VOCAB_CUR_PREFIX ? d : 0;
}

/* The general word: Unicode letters, combining marks, apostrophes. */
static void S_word_general(S_seg *s, size_t start) {
  size_t i = start;
  uint32_t chars = 0;
  for (;;) {
    int l;
    if (i < s->n && s->p[i] < 0x80) {
      if (!S_is_alnum(s->p[i]))
        goto apostrophe;
      i++;
      chars++;
      continue;
    }
    if (i < s->n) {
      int32_t cp = S_cp(s, i, &l);
      if (cc_cp_is_letter(cp) ||
          (cp >= 0x300 && cp <= 0x36F)) { /* combining marks */
        i += (size_t)l;
        chars++;
        continue;
      }
    }
  apostrophe:
    /* keep "don't", "O'Brien"; split possessive "'s" into its own token */
    if (S_apostrophe_at(s, i, &l) && S_letter_at(s, i + (size_t)l)) {
      size_t after = i + (size_t)l;
      bool poss = (s->p[after] | 0x20) == 's' && !S_letter_at(s, after + 1);
      if (!poss) {
        i = after;
        chars++;
        continue;
      }
    }
    break;
  }
  S_abbrev_flag(s, S_emit(s, start, i, CC_TOK_WORD, chars));
}

/* Room for a word's normal form in the pool: a word of up to this many
 * bytes is scanned and lower-cased straight into the pool block (a longer
 * one, rare, takes S_word_long). */
#define S_WORD_ROOM 64

/* An ASCII word longer than S_WORD_ROOM: scanned again, then copied. */
static void S_word_long(S_seg *s, size_t start) {
  const unsigned char *p = s->p;
  size_t i = start;
  int letters = 0, upper = 0;
  for (; i < s->n && S_is_alnum(p[i]); i++) {
    letters += S_class[p[i]] != C_DIGIT;
    upper += S_class[p[i]] == C_UPPER;
  }
  if (i < s->n && (p[i] >= 0x80 || p[i] == '\'')) {
    S_word_general(s, start);
    return;
  }
  cc_token *t = S_open(s, start, i, CC_TOK_WORD, (uint32_t)(i - start));
  S_norm_ascii(s, t);
  S_set_id(s, t);
  if (S_class[p[start]] == C_UPPER)
    t->flags |= CC_TF_CAP;
  if (letters >= 2 && upper == letters)
    t->flags |= CC_TF_ALLCAPS;
  S_abbrev_flag(s, t);
}

/* How many of the 8 bytes x (in memory order) are ASCII lower-case
 * letters before the first that is not, 8 when all are.  Per byte, adding
 * 0x1f sets the high bit from 'a' up and adding 0x05 from '{' up; a byte
 * of 0x80 or more is no letter and may carry into the bytes after it,
 * which are past the answer.  Little-endian only (S_SWAR). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define S_SWAR 1
static unsigned S_lower_run8(uint64_t x) {
  const uint64_t hi = 0x8080808080808080ull;
  uint64_t lower = (x + 0x1f1f1f1f1f1f1f1full) & ~(x + 0x0505050505050505ull) &
                   ~x & hi;
  uint64_t stop = ~lower & hi;
  if (!stop)
    return 8;
  /* the lowest stop bit is 1 << (8k + 7): its byte index k, by the
   * multiply that moves byte 7 - k of the constant (k) to the top */
  return (unsigned)((((stop & (0 - stop)) >> 7) * 0x0001020304050607ull) >>
                    56);
}
#else
#define S_SWAR 0
static unsigned S_lower_run8(uint64_t x) {
  (void)x;
  return 0;
}
#endif

/* S_prescan 16 bytes at a time where SSE2 is (every x86-64), else byte
 * by byte. */
#if defined(__SSE2__) && S_SWAR
#include <emmintrin.h>
#define S_SSE2 1
#else
#define S_SSE2 0
#endif

/* A word: the ASCII fast path scans, case-flags and lower-cases into the
 * pool in one pass - lower-case letters 8 bytes at a time, the rest byte
 * by byte (the text ends in a NUL, which stops it); a word that
 * continues past ASCII letters and digits (an accented letter, an
 * apostrophe) is rescanned by the general path, and the bytes written
 * to the pool are left to be overwritten. */
static void S_word(S_seg *s) {
  size_t start = s->i;
  const unsigned char *p = s->p;
  if (p[start + 1] == '.') {
    size_t dot = S_dotted_abbrev(s, start);
    if (dot) {
      cc_token *t =
          S_emit(s, start, dot, CC_TOK_WORD, (uint32_t)(dot - start));
      t->flags |= CC_TF_ABBREV;
      return;
    }
  }
  if (s->pool_left < S_WORD_ROOM)
    S_pool_block(s, S_WORD_ROOM);
  char *dst = s->pool;
  const unsigned char *q = p + start;
  unsigned upper = 0;
  bool lower = false;
  size_t n = 0;
  /* 8 bytes are read only inside the text and its NUL, and written only
   * inside S_WORD_ROOM */
  size_t lim8 = s->n + 1 - start;
  if (lim8 > S_WORD_ROOM - 1)
    lim8 = S_WORD_ROOM - 1;
  while (S_SWAR && n + 8 <= lim8) {
    uint64_t x;
    memcpy(&x, q + n, 8);
    unsigned r = S_lower_run8(x);
    memcpy(dst + n, &x, 8);
    n += r;
    lower |= r > 0;
    if (r < 8)
      break;
  }
  for (;; n++) {
    unsigned char c = q[n];
    unsigned k = S_class[c];
    if (k == C_LOWER) {
      lower = true;
    } else if (k == C_UPPER) {
      upper++;
      c += 32;
    } else if (k != C_DIGIT) {
      break;
    }
    if (n == S_WORD_ROOM - 1) {
      S_word_long(s, start);
      return;
    }
    dst[n] = (char)c;
  }
  if (q[n] >= 0x80 || q[n] == '\'') {
    S_word_general(s, start);
    return;
  }
  if (S_class[q[0]] == C_UPPER && n >= 2) {
    size_t d = start && p[start - 1] == '$' ? S_dollar_glued(s, q, dst, n) : 0;
    if (!d) /* (a capital and a digit: rare, "A380", "R5bn") */
      d = S_is_digit(q[1]) ? S_cur_letter(s, q, n)
          : n > 2          ? S_cur_glued(s, q, dst, n)
                           : 0;
    if (d) { /* the code alone: its flags from its own letters */
      n = d;
      upper = 0;
      lower = false;
      for (size_t k = 0; k < d; k++) {
        upper += S_class[q[k]] == C_UPPER;
        lower |= S_class[q[k]] == C_LOWER;
      }
    }
  }
  cc_token *t = S_quiet(s)
                    ? S_put(s, start, start + n, CC_TOK_WORD, (uint32_t)n)
                    : S_open(s, start, start + n, CC_TOK_WORD, (uint32_t)n);
  if (n == 1) {
    t->norm = S_ascii1[(unsigned char)dst[0]]; /* shared, not pooled */
  } else {
    dst[n] = '\0';
    s->pool += n + 1;
    s->pool_left -= n + 1;
    t->norm = dst;
  }
  t->norm_len = (uint16_t)n;
  S_set_id(s, t);
  if (S_class[q[0]] == C_UPPER)
    t->flags |= CC_TF_CAP;
  if (!lower && upper >= 2)
    t->flags |= CC_TF_ALLCAPS;
  S_abbrev_flag(s, t);
}

/* ---- the run: ASCII tokens in one loop ---------------------------------- */

/* Most tokens are ASCII words, numbers and punctuation whose fields only
 * their own bytes decide.  S_run takes them one after another with its
 * state in locals, a word by S_prescan's bits, line breaks and spaces
 * between them, and calls S_boundary itself where one is pending (S_open);
 * it stops in front of anything else (non-ASCII, apostrophes, control
 * bytes, dotted abbreviations and initials, long words and numbers,
 * numbers near the end of the pool, a full token array or sentence) and
 * S_step's general paths take that token.  The tokens are
 * those S_word, S_number and S_punct_ascii would make:
 * test_segment_fast compares both on random texts (cc__segment_general). */

/* Pool room S_run keeps for a number (at most S_WORD_ROOM - 2 bytes and
 * its NUL). */
#define S_RUN_ROOM 72

/* ASCII punctuation as S_punct_ascii takes it: P_ONE, a one-byte token;
 * P_SYM, a symbol (S_sym_cp); P_TERM, it may end a sentence (. ! ?);
 * P_COLON, the colon (S_seg.scheme, asked where the marks are);
 * P_CLOSE, a closer that keeps an ended one so (" ' ) ]).  0: not taken
 * by S_run (control bytes, the NUL at the end). */
enum { P_ONE = 1, P_SYM = 2, P_TERM = 4, P_CLOSE = 8, P_COLON = 16 };
static const unsigned char S_punct_kind[128] = {
    [','] = P_ONE, [';'] = P_ONE, [':'] = P_ONE | P_COLON, ['-'] = P_ONE,
    ['('] = P_ONE, ['['] = P_ONE, ['{'] = P_ONE, ['}'] = P_ONE,
    ['/'] = P_ONE, ['\\'] = P_ONE, ['*'] = P_ONE, ['+'] = P_ONE,
    ['='] = P_ONE, ['<'] = P_ONE, ['>'] = P_ONE, ['|'] = P_ONE,
    ['~'] = P_ONE, ['^'] = P_ONE, ['_'] = P_ONE, ['`'] = P_ONE,
    ['$'] = P_ONE | P_SYM, ['%'] = P_ONE | P_SYM, ['&'] = P_ONE | P_SYM,
    ['#'] = P_ONE | P_SYM, ['@'] = P_ONE | P_SYM,
    ['.'] = P_ONE | P_TERM, ['!'] = P_ONE | P_TERM, ['?'] = P_ONE | P_TERM,
    ['"'] = P_ONE | P_CLOSE, [')'] = P_ONE | P_CLOSE, [']'] = P_ONE | P_CLOSE,
    ['\''] = P_ONE | P_CLOSE, /* (once S_run has ruled out a possessive) */
};

/* ---- the prescan: S_run's words by bits ---------------------------------- */

/* Before S_run, one pass over the whole text (S_prescan) writes it
 * lower-cased into a copy at the same offsets and sets a bit for each
 * byte that is no ASCII letter or digit, a byte that stops a word (bit j
 * of wstop[b] for byte 64b + j), 16 bytes at a time with SSE2.  A word of S_run is then
 * measured by the bits at its start (S_run_len) and its normal form is
 * the copy, ended in place by a NUL over the byte after the word: that
 * byte is no letter or digit, so it is in no word S_run takes, and the
 * tokens that may start there (punctuation, "'s") have static forms.
 * Per word this replaces a 16-byte scan, a masked store into the pool
 * and the pool's bookkeeping by a few shifts. */

/* The 64 bytes at src lower-cased into dst; the answer's bit j is set
 * when src[j] is no ASCII letter or digit, *nl's when it is a line
 * feed.  (SSE2: a byte of 0x80 or more is neither, | 0x20 and the
 * subtraction leave it past both ranges.)  Inline in S_prescan's loop
 * (GCC's limits would call it, 64 bytes a call). */
CC_ALWAYS_INLINE uint64_t S_prescan64(const unsigned char *src, char *dst,
                                      uint64_t *nl, uint64_t *alpha_bits) {
  uint64_t m = 0, lf = 0, a = 0;
#if S_SSE2
  const __m128i b0a = _mm_set1_epi8('\n');
  const __m128i b20 = _mm_set1_epi8(0x20);
  const __m128i ba = _mm_set1_epi8('a');
  const __m128i b25 = _mm_set1_epi8(25);
  const __m128i b0 = _mm_set1_epi8('0');
  const __m128i b9 = _mm_set1_epi8(9);
  const __m128i zero = _mm_setzero_si128();
  /* (unrolled: the shifts are constants, no loop counter.  A byte's
   * distance past a range's first byte less the range's length, with
   * unsigned saturation, is 0 for a byte in the range and only then: ta
   * for the letters (after | 0x20), td for the digits, and their minimum
   * for either.  Fewer instructions than signed less-thans, whose
   * constant operand SSE2 overwrites, so that GCC copied it each time:
   * 88 a 64-byte block, not 96) */
#define S_PRESCAN16(c)                                                      \
  do {                                                                      \
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(src + c));  \
    __m128i ta =                                                            \
        _mm_subs_epu8(_mm_sub_epi8(_mm_or_si128(v, b20), ba), b25);         \
    __m128i td = _mm_subs_epu8(_mm_sub_epi8(v, b0), b9);                    \
    __m128i alpha = _mm_cmpeq_epi8(ta, zero);                               \
    m |= (uint64_t)(unsigned)_mm_movemask_epi8(                             \
             _mm_cmpeq_epi8(_mm_min_epu8(ta, td), zero))                    \
         << c;                                                              \
    _mm_storeu_si128((__m128i *)(void *)(dst + c),                          \
                     _mm_or_si128(v, _mm_and_si128(alpha, b20)));           \
    lf |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, b0a))     \
          << c;                                                             \
    a |= (uint64_t)(unsigned)_mm_movemask_epi8(alpha) << c;                 \
  } while (0)
  S_PRESCAN16(0);
  S_PRESCAN16(16);
  S_PRESCAN16(32);
  S_PRESCAN16(48);
#undef S_PRESCAN16
#else
  for (unsigned j = 0; j < 64; j++) {
    unsigned char c = src[j];
    unsigned k = S_class[c];
    dst[j] = (char)(k == C_UPPER ? c + 32 : c);
    m |= (uint64_t)(k == C_DIGIT || k == C_UPPER || k == C_LOWER) << j;
    lf |= (uint64_t)(c == '\n') << j;
    a |= (uint64_t)(k == C_UPPER || k == C_LOWER) << j;
  }
#endif
  *nl = lf;
  *alpha_bits = a;
  return ~m;
}

/* A block's stop bits with a stop at each digit glued after a letter
 * ("Rs500", "A380", "mp3"): S_run hands such a word to S_word, which may
 * split a currency code off its digits (S_cur_glued; the rest stay one
 * word).  alpha: the block's letter bits; *carry: whether the byte before
 * the block is a letter (updated to this block's last byte). */
static inline uint64_t S_glue_stops(uint64_t stop, uint64_t alpha,
                                    uint64_t *carry) {
  uint64_t digit = ~stop & ~alpha;
  uint64_t glued = digit & (alpha << 1 | *carry);
  *carry = alpha >> 63;
  return stop | glued;
}

/* S_prescan64's blocks 32 bytes at a time where the processor has AVX2
 * (asked once a document, __builtin_cpu_supports): the same range tests
 * and the same answers, in half the instructions (SSE2 has no
 * three-operand forms: a copy before each test), 52 fewer a 64-byte
 * block.  The build stays one for every x86-64 (no -mavx2): only these
 * functions are compiled for AVX2, and only called where it is. */
/* (the tests: true, the SSE2 path on any machine) */
extern bool cc__segment_no_avx2;
bool cc__segment_no_avx2;

#if S_SSE2 && defined(__GNUC__) && defined(__x86_64__)
#define S_AVX2 1
#include <immintrin.h>

static bool S_has_avx2(void) {
  return !cc__segment_no_avx2 && __builtin_cpu_supports("avx2");
}

__attribute__((target("avx2"))) static void
S_prescan_avx2(const unsigned char *src, char *dst, uint64_t *bits,
               uint64_t *nl, size_t nblocks, uint64_t *carry) {
  uint64_t cy = 0; /* (S_glue_stops: the first block's starts the text) */
  const __m256i b0a = _mm256_set1_epi8('\n');
  const __m256i b20 = _mm256_set1_epi8(0x20);
  const __m256i ba = _mm256_set1_epi8('a');
  const __m256i b25 = _mm256_set1_epi8(25);
  const __m256i b0 = _mm256_set1_epi8('0');
  const __m256i b9 = _mm256_set1_epi8(9);
  const __m256i zero = _mm256_setzero_si256();
  for (size_t b = 0; b < nblocks; b++, src += 64, dst += 64) {
    uint64_t m = 0, lf = 0, a = 0;
    /* (as S_PRESCAN16) */
#define S_PRESCAN32(c)                                                      \
  do {                                                                      \
    __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(src + c)); \
    __m256i ta = _mm256_subs_epu8(                                          \
        _mm256_sub_epi8(_mm256_or_si256(v, b20), ba), b25);                 \
    __m256i td = _mm256_subs_epu8(_mm256_sub_epi8(v, b0), b9);              \
    __m256i alpha = _mm256_cmpeq_epi8(ta, zero);                            \
    m |= (uint64_t)(uint32_t)_mm256_movemask_epi8(                          \
             _mm256_cmpeq_epi8(_mm256_min_epu8(ta, td), zero))              \
         << c;                                                              \
    _mm256_storeu_si256((__m256i *)(void *)(dst + c),                       \
                        _mm256_or_si256(v, _mm256_and_si256(alpha, b20)));  \
    lf |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, b0a)) \
          << c;                                                             \
    a |= (uint64_t)(uint32_t)_mm256_movemask_epi8(alpha) << c;              \
  } while (0)
    S_PRESCAN32(0);
    S_PRESCAN32(32);
#undef S_PRESCAN32
    bits[b] = S_glue_stops(~m, a, &cy);
    nl[b] = lf;
  }
  *carry = cy;
}
#else
#define S_AVX2 0
#endif

/* The lower-cased copy, the word-stop and the line-feed bits of the
 * whole text (its NUL and the bytes after it: zeros, each a stop), in
 * the arena.  The
 * copy has 16 bytes more, for a word's 8-byte key read at its start. */
static void S_prescan(S_seg *s) {
  size_t nb = (s->n + 1 + 63) / 64; /* blocks of the text and its NUL */
  size_t full = (s->n + 1) / 64;    /* those read from the text itself */
  char *low = cc_arena_alloc_raw(s->arena, nb * 64 + 16);
  uint64_t *bits = cc_arena_alloc_raw(s->arena, (nb + 1) * sizeof *bits);
  uint64_t *nl = cc_arena_alloc_raw(s->arena, (nb + 1) * sizeof *nl);
  size_t b = 0;
  uint64_t carry = 0, a; /* (S_glue_stops: the last byte's letter bit) */
#if S_AVX2
  if (S_has_avx2()) {
    S_prescan_avx2(s->p, low, bits, nl, full, &carry);
    b = full;
  }
#endif
  for (; b < full; b++) {
    uint64_t stop = S_prescan64(s->p + 64 * b, low + 64 * b, &nl[b], &a);
    bits[b] = S_glue_stops(stop, a, &carry);
  }
  if (full < nb) {
    unsigned char last[64] = {0};
    memcpy(last, s->p + 64 * full, s->n + 1 - 64 * full);
    uint64_t stop = S_prescan64(last, low + 64 * full, &nl[full], &a);
    bits[full] = S_glue_stops(stop, a, &carry);
  }
  memset(low + nb * 64, 0, 16);
  bits[nb] = ~(uint64_t)0; /* (S_run_len reads the block after a word's) */
  nl[nb] = 0;
  s->low = low;
  s->wstop = bits;
  s->lf = nl;
}

/* The length of S_run's word at offset o (an ASCII letter there): its
 * letters and digits, by the prescan's word-stop bits; 0 from
 * S_WORD_ROOM - 1 bytes on (S_word_long takes those). */
static size_t S_run_len_next(const uint64_t *wstop, size_t o);

static inline size_t S_run_len(const uint64_t *wstop, size_t o) {
  const uint64_t *b = wstop + (o >> 6);
  unsigned sh = (unsigned)o & 63;
  /* the stops from o to the block's end (most words end inside their
   * block) */
  uint64_t stop = b[0] >> sh;
  /* (a stop in the first 32 bits: a word short enough, and a test
   * without a 64-bit constant; a longer word takes the next branch) */
  if (S_UNLIKELY(!(uint32_t)stop))
    return S_run_len_next(wstop, o);
  return S_ctz64z(stop);
}

/* The same for a word that reaches the end of its block (or is 32 bytes
 * or longer): the 64 bits
 * from o, the rest of block b[0] and the start of b[1] (by two shifts:
 * one of 64 would be undefined).  Not inlined: the callers' common path
 * computes nothing for it. */
/* The length of the word at o from the stop bits, 0 when it ends past
 * S_WORD_ROOM - 1 bytes (inline in S_run's word branch, out of line as
 * S_run_len_next elsewhere). */
static inline size_t S_run_len_far(const uint64_t *wstop, size_t o) {
  const uint64_t *b = wstop + (o >> 6);
  unsigned sh = (unsigned)o & 63;
  uint64_t stop = b[0] >> sh | (b[1] << 1) << (63 - sh);
  if (!stop)
    return 0;
  size_t w = S_ctz64z(stop);
  return w < S_WORD_ROOM - 1 ? w : 0;
}

CC_NOINLINE size_t S_run_len_next(const uint64_t *wstop, size_t o) {
  return S_run_len_far(wstop, o);
}

/* S_run's word loop: the stop bits from offset o (o up to the text's
 * NUL), at least the first 57 of them (0s past those).  One 8-byte load
 * at the bit map's byte holding o's bit (little-endian, S_SWAR: bit j
 * of a word is byte 64b + j, so the map's bytes are in text order),
 * where the loop had tested whether the stops carried from the last
 * word were known and whether its word reached its block's end: both
 * data-dependent branches (cachegrind, 1 MB: 46 K mispredicts a run).
 * (The map has a block past the text's: the 8 bytes from o's byte are
 * in it.) */
static inline uint64_t S_run_stops(const uint64_t *wstop, size_t o) {
#if S_SWAR
  uint64_t v;
  memcpy(&v, (const unsigned char *)wstop + (o >> 3), 8);
  return v >> (o & 7);
#else
  const uint64_t *b = wstop + (o >> 6);
  unsigned sh = (unsigned)o & 63;
  return b[0] >> sh | (b[1] << 1) << (63 - sh);
#endif
}

/* The first w bytes (1 to 8) of a little-endian 8-byte load: a word's
 * key for the word table (cc__vocab8_find). */
static const uint64_t S_key_mask[9] = {
    0,
    0xFFull,
    0xFFFFull,
    0xFFFFFFull,
    0xFFFFFFFFull,
    0xFFFFFFFFFFull,
    0xFFFFFFFFFFFFull,
    0xFFFFFFFFFFFFFFull,
    0xFFFFFFFFFFFFFFFFull};

/* The length of the number at q as S_number reads it (digits, groups
 * after . , : / and a digit, a suffix of up to 3 letters not followed by
 * a letter, a %), or 0 to leave it to S_number: from S_WORD_ROOM - 1
 * bytes (the pool's room), or a suffix that a non-ASCII byte follows
 * (S_letter_at decodes it).  The text's NUL ends every loop. */
static size_t S_run_number(const unsigned char *q) {
  size_t i = 0;
  while (S_class[q[i]] == C_DIGIT)
    i++;
  while ((q[i] == '.' || q[i] == ',' || q[i] == ':' || q[i] == '/') &&
         S_class[q[i + 1]] == C_DIGIT) {
    i++;
    while (S_class[q[i]] == C_DIGIT)
      i++;
  }
  size_t k = i;
  while (S_class[q[k]] == C_UPPER || S_class[q[k]] == C_LOWER)
    k++;
  if (k - i <= 3) {
    if (q[k] >= 0x80)
      return 0;
    i = k;
  }
  i += q[i] == '%';
  return i < S_WORD_ROOM - 1 ? i : 0;
}

/* The id of a number of 2 to 62 bytes lower-cased at pool, probed as
 * S_run probes a word (the pool has room to read 8 bytes at pool). */
static inline uint32_t S_run_number_id(const cc__vocab_tabs *vt,
                                       const char *pool, size_t w) {
  uint64_t key, last;
  memcpy(&key, pool, 8);
  if (w > 8) {
    memcpy(&last, pool + w - 8, 8);
    return cc__vocabl_find(vt, pool, w, key, last)->id;
  }
  if (w < 8)
    key &= ((uint64_t)1 << (8 * w)) - 1;
  return cc__vocab8_find(vt, key)->id;
}

/* CC_TF_ALLCAPS of the ASCII word q[0..w): no lower-case letter and at
 * least two capitals. */
static bool S_allcaps(const unsigned char *q, size_t w) {
  unsigned n = 0;
  for (size_t k = 0; k < w; k++) {
    if (S_class[q[k]] == C_LOWER)
      return false;
    n += S_class[q[k]] == C_UPPER;
  }
  return n >= 2;
}

/* A word slot's last 8 bytes: n, kind, marks and id as a word token's
 * norm_len, kind, flags and id (cc_vocab.h). */
_Static_assert((int)CC_VOCAB_ABBREV == (int)CC_TF_ABBREV && CC_TOK_WORD == 0,
               "cc_vocab.h: a slot's marks are token flags, its kind a "
               "word's");
_Static_assert(offsetof(cc__vocab_slot8, id) ==
                       offsetof(cc__vocab_slot8, n) + 4 &&
                   offsetof(cc__vocab_slot8, marks) ==
                       offsetof(cc__vocab_slot8, n) + 3 &&
                   offsetof(cc__vocab_slotl, id) ==
                       offsetof(cc__vocab_slotl, n) + 4 &&
                   offsetof(cc__vocab_slotl, marks) ==
                       offsetof(cc__vocab_slotl, n) + 3,
               "cc_vocab.h: a slot's n, kind, marks, id as a token's");
static inline uint64_t S_slot_hi(const cc__vocab_slot8 *x) {
  uint64_t hi;
  memcpy(&hi, (const char *)x + offsetof(cc__vocab_slot8, n), 8);
  return hi;
}
static inline uint64_t S_slotl_hi(const cc__vocab_slotl *x) {
  uint64_t hi;
  memcpy(&hi, (const char *)x + offsetof(cc__vocab_slotl, n), 8);
  return hi;
}

/* Not inlined into the main loop: its few values stay in registers.  The
 * state is in pointers (the next byte, the next token, the pool) and the
 * token's fields are stored two at a time (little-endian layout, S_SWAR:
 * start and end, line and column, and length, kind and flags). */
_Static_assert(offsetof(cc_token, end) == offsetof(cc_token, start) + 4 &&
                   offsetof(cc_token, col) == offsetof(cc_token, line) + 4 &&
                   offsetof(cc_token, kind) ==
                       offsetof(cc_token, norm_len) + 2 &&
                   offsetof(cc_token, flags) ==
                       offsetof(cc_token, norm_len) + 3 &&
                   offsetof(cc_token, id) == offsetof(cc_token, norm_len) + 4,
               "cc_token fields S_run stores together");

/* The token limit of the quiet path: the sentence limit (S_open cuts
 * there) or the end of the token array, whichever comes first. */
static cc_token *S_run_stop(const S_seg *s) {
  uint32_t stop_at = s->sent_begin + s->max_sent;
  return s->tok + (stop_at < s->captok ? stop_at : s->captok);
}

/* A token S_run does not take after all gives back its pooled form (the
 * last w + 1 bytes of the pool, when norm is there; a shared form is
 * not). */
static inline void S_run_unpool(const char *norm, size_t w, char **pool) {
  if (norm + w + 1 == *pool)
    *pool -= w + 1;
}

/* An ASCII word followed by the apostrophe at a ends there, as
 * S_word_general reads it: no letter follows the apostrophe, or a
 * possessive "'s" that no letter follows; false for a word that goes on
 * ("don't", "O'Brien") and wherever a non-ASCII byte would have to be
 * decoded to tell (S_letter_at). */
static inline bool S_run_apos_ends(const unsigned char *a) {
  unsigned k1 = S_class[a[1]];
  if (a[0] != '\'' || k1 == C_HIGH)
    return false;
  if (k1 != C_UPPER && k1 != C_LOWER)
    return true;
  unsigned k2 = S_class[a[2]];
  return (a[1] | 0x20) == 's' && k2 != C_HIGH && k2 != C_UPPER &&
         k2 != C_LOWER;
}

/* After a line feed, at offset o: a lower-case ASCII word that S_run's
 * word loop takes (as its breaks test: a length, an ASCII byte after it,
 * no initial's period), after a line that starts with no '#' (a
 * heading, S_newline_breaks).  Not inlined: the loop computes nothing
 * for it. */
CC_NOINLINE bool S_run_line_goes_on(const S_seg *s, const unsigned char *p,
                                    const uint64_t *wstop, size_t o) {
  if (S_class[p[o]] != C_LOWER || s->line_first == '#')
    return false;
  size_t w = S_run_len(wstop, o);
  return w && S_class[p[o + w]] < C_DIGIT && !(w == 1 && p[o + 1] == '.');
}

/* A blank line at o (two line feeds) and an ASCII letter after it. */
static inline bool S_run_para_at(const unsigned char *p, size_t o) {
  return p[o] == '\n' && p[o + 1] == '\n' &&
         (unsigned char)((p[o + 2] | 0x20) - 'a') < 26u;
}

/* An ASCII letter at o that starts a word S_run's word loop takes (as
 * S_run_line_goes_on): after a line break the loop makes its token with
 * the break's flags, which the general path would not know.  Not
 * inlined: the loop computes nothing for it. */
CC_NOINLINE bool S_run_word_taken(const unsigned char *p, const uint64_t *wstop,
                                  size_t o) {
  if ((unsigned char)((p[o] | 0x20) - 'a') >= 26u)
    return false;
  size_t w = S_run_len(wstop, o);
  return w && S_class[p[o + w]] < C_DIGIT && !(w == 1 && p[o + 1] == '.');
}

/* S_run_para_at, and a word S_run_word_taken after the blank line. */
static inline bool S_run_para_goes_on(const unsigned char *p,
                                      const uint64_t *wstop, size_t o) {
  return S_run_para_at(p, o) && S_run_word_taken(p, wstop, o + 2);
}

/* The column after an S_run token (ASCII: a byte is a character). */
static inline uint32_t S_run_end_col(const cc_token *t) {
  return t->col + (t->end - t->start);
}

/* S_run's word branch calls no function (a call there would want the
 * loop's values in the few registers a call keeps, and GCC kept more of
 * them on the stack): S_run_len_next, S_allcaps and cc__vocabl_find
 * inline, the last one's memcmp by 8-byte words (the same answers). */
static inline bool S_allcaps_inl(const unsigned char *q, size_t w) {
  unsigned n = 0;
  for (size_t k = 0; k < w; k++) {
    if (q[k] - (unsigned)'a' < 26u)
      return false;
    n += q[k] - (unsigned)'A' < 26u;
  }
  return n >= 2;
}
static inline const cc__vocab_slotl *S_vocabl_find(const cc__vocab_tabs *t,
                                                   const char *w, size_t n,
                                                   uint64_t a, uint64_t b) {
  for (uint32_t h = cc__vocabl_hash(a, b, n) & t->maskl;;
       h = (h + 1) & t->maskl) {
    const cc__vocab_slotl *x = &t->slotl[h];
    if (!x->id)
      return x;
    if (x->a == a && x->b == b && x->n == n) {
      /* (the first and last 8 bytes are a and b: the 8-byte words
       * between them, the last one ending before the last byte) */
      size_t k = 8;
      for (; k + 8 < n; k += 8) {
        uint64_t u, v;
        memcpy(&u, x->s + k, 8);
        memcpy(&v, w + k, 8);
        if (u != v)
          break;
      }
      if (k + 8 >= n)
        return x;
    }
  }
}

CC_NOINLINE void S_run(S_seg *s) {
  const unsigned char *const p = s->p, *q = p + s->i;
  char *const low = s->low;           /* (S_prescan) */
  const uint64_t *const wstop = s->wstop;
  /* line and column as a token stores them (S_put): every byte S_run
   * passes is one character, so the column is the offset plus a number
   * fixed until the next line break, kept in the high half of lbase
   * (mod 2^32): the token at offset o has lbase + (o << 32) */
  uint64_t lbase =
      s->line | (uint64_t)(s->col - (uint32_t)s->i) << 32;
  /* the column after the last token (S_put's end_col): the entry's until
   * S_run makes a token, then that token's end (S_run_end_col) */
  cc_token *const t0 = s->tok + s->ntok;
  const uint32_t end_col0 = s->end_col;
  cc_token *t = s->tok + s->ntok, *t_stop = S_run_stop(s);
  cc_token *const t_cap = s->tok + s->captok;
  const cc__vocab_tabs vt = s->vt; /* (a local: token stores may alias s) */
  /* numbers are pooled while room for one is left */
  /* (no pool yet: NULL, and no arithmetic on it, which C leaves undefined
   * even for an offset of 0) */
  char *pool = s->pool,
       *const pool_end = s->pool ? s->pool + s->pool_left : NULL;
  char *const pool_lim =
      s->pool_left >= S_RUN_ROOM ? pool_end - S_RUN_ROOM : NULL;
  /* Before q_safe the pool test cannot fail: a pooled number of w bytes
   * takes w + 1 <= 2w of the pool and moves q by w, so half the pool's
   * spare room in bytes of text is safe.  Past it each number tests. */
  size_t spare = pool_lim ? (size_t)(pool_lim - pool) / 2 : 0;
  const unsigned char *const q_safe =
      spare < s->n - s->i ? q + spare : p + s->n;
  /* a boundary is pending (S_open): line breaks since the last token
   * (counted from bit 1) or a sentence mark before them (bit 0) */
  unsigned pend = (unsigned)s->newlines << 1 | s->terminal;
  /* flags of the next token: whitespace before it (not line breaks), a
   * sentence start when no boundary is pending (sent_begin moves only
   * at a boundary, S_boundary below) */
  unsigned pre = (s->space ? CC_TF_SPACE_BEFORE : 0) |
                 (!pend && s->ntok == s->sent_begin ? CC_TF_SENT_START
                                                    : 0);
  for (;;) {
    if (!pend) {
      /* The plain words while no boundary is pending (most tokens), and
       * the spaces between them, in a loop of their own with few values
       * live: ASCII words before a space or ASCII punctuation, below the
       * sentence limit (t_stop).  It stops in front of anything else,
       * which the code below takes; the tokens are those it would make
       * (its word branch with nothing pending). */
      size_t o = (size_t)(q - p); /* (offsets: the token's start at hand) */
      for (;;) {
        unsigned c = p[o], k = S_class[c];
        if (k == C_SPACE) {
          pre |= CC_TF_SPACE_BEFORE;
          do {
            c = p[++o];
            k = S_class[c];
          } while (k == C_SPACE); /* (the NUL at the end stops it) */
        }
        if (S_UNLIKELY(t >= t_stop))
          break;
        if (!(k == C_UPPER || k == C_LOWER)) {
          if (k == C_OTHER) {
            /* punctuation that ends no sentence (a comma, a dash): the
             * token of the code below, whose S_punct_terminal leaves
             * nothing pending after it */
            unsigned pk = S_punct_kind[c]; /* (C_OTHER: below 0x80) */
            if (!pk)
              break;
            /* . ! ?: an abbreviation's or initial's period is no mark
             * (as the code below, "..." left to it); a mark before one
             * space and an ASCII capital ends the sentence there, as
             * S_boundary would (S_starts_sentence, no cut: the new
             * sentence is empty); any other mark is left to the code
             * below */
            bool ends = false, ends_nl = false;
            if (pk & (P_TERM | P_COLON)) {
              const cc_token *prev = t - 1; /* (S_step calls with one) */
              if (c == '.' && S_UNLIKELY(p[o - 1] == 'w')) /* (o > 0) */
                s->www |= S_www_before(p, s->body, o);
              if (c == ':') {
                s->scheme |= p[o + 1] == '/'; /* (no mark: taken) */
              } else if (c == '.' && !(pre & CC_TF_SPACE_BEFORE) &&
                  prev->kind == CC_TOK_WORD &&
                  ((prev->flags & CC_TF_ABBREV) ||
                   (prev->norm_len == 1 && (prev->flags & CC_TF_CAP)))) {
                if (p[o + 1] == '.')
                  break;
              } else if (p[o + 1] == ' ' &&
                         (unsigned char)(p[o + 2] - 'A') < 26u) {
                ends = true;
              } else if (S_run_para_at(p, o + 1)) {
                /* (before a paragraph break, taken below, the sentence
                 * closes whether a mark ended it or not) */
              } else if (p[o + 1] == '\n' && t + 1 < t_cap &&
                         S_run_word_taken(p, wstop, o + 2)) {
                ends_nl = true;
              } else {
                break;
              }
            }
            uint64_t kf = pk & P_SYM ? CC_TOK_SYM : CC_TOK_PUNCT;
            uint64_t se = (uint32_t)o | (uint64_t)(uint32_t)(o + 1) << 32;
            uint64_t lenkf =
                1u | (kf | pre << 8) << 16 | (uint64_t)vt.id1[c] << 32;
            uint64_t lc = lbase + ((uint64_t)o << 32);
            t->norm = S_ascii1[c];
            memcpy(&t->start, &se, 8);
            memcpy(&t->line, &lc, 8);
            memcpy(&t->norm_len, &lenkf, 8);
            o++;
            pre = 0;
            ++t;
            if (ends) {
              /* the capital's S_open: the sentence closed, the space
               * passed, the loop's top takes the word (or stops at the
               * new sentence limit) */
              s->ntok = (uint32_t)(t - s->tok);
              S_close_sentence(s);
              t_stop = S_run_stop(s);
              o++;
              pre = CC_TF_SPACE_BEFORE | CC_TF_SENT_START;
            } else if (ends_nl) {
              /* a mark, one line feed and a word the loop takes (room for
               * its token, as for a blank line below): S_newline, then
               * S_boundary's close (S_newline_breaks: the sentence is
               * not empty and a mark ended it) and S_put's line
               * bookkeeping at the word, taken by the loop's top */
              s->ntok = (uint32_t)(t - s->tok);
              S_close_sentence(s);
              t_stop = S_run_stop(s);
              o++;
              uint32_t line = ++s->line;
              lbase = line | (uint64_t)(1 - (uint32_t)o) << 32; /* col 1 */
              pre = CC_TF_SPACE_BEFORE | CC_TF_LINE_START | CC_TF_SENT_START;
              s->line_first = p[o];
              s->end_line = line;
            }
            continue;
          }
          if (c == '\n' && t < t_cap && S_run_para_goes_on(p, wstop, o)) {
            /* a blank line before a word the loop takes (room for its
             * token: t_stop is past t after the close): S_boundary's
             * paragraph close (whatever came before), and S_put's
             * bookkeeping at the word, taken by the loop's top */
            o += 2;
            uint32_t line = s->line += 2;
            lbase = line | (uint64_t)(1 - (uint32_t)o) << 32; /* col 1 */
            s->ntok = (uint32_t)(t - s->tok);
            S_close_paragraph(s);
            t_stop = S_run_stop(s);
            pre = CC_TF_SPACE_BEFORE | CC_TF_LINE_START | CC_TF_SENT_START;
            s->line_first = p[o];
            s->end_line = line;
            continue;
          }
          if (c != '\n' || !S_run_line_goes_on(s, p, wstop, o + 1))
            break;
          /* one line feed before a lower-case word this loop takes, on
           * a line after no heading: the code below would close
           * nothing (its S_open's first case); S_newline and S_put's
           * line bookkeeping */
          o++;
          uint32_t line = ++s->line;
          lbase = line | (uint64_t)(1 - (uint32_t)o) << 32; /* col 1 */
          pre |= CC_TF_SPACE_BEFORE | CC_TF_LINE_START;
          if (t == s->tok + s->sent_begin)
            pre |= CC_TF_SENT_START;
          if (s->end_line != line)
            s->line_first = p[o];
          s->end_line = line;
          continue;
        }
        /* a word: its flags so far (f), the fast step at the end of this
         * branch coming back with them */
        unsigned f = pre | (k & 1) * CC_TF_CAP; /* (C_UPPER) */
      word:;
        /* the length: the stop bits from o, read by an 8-byte load at
         * the bit map's byte of o (S_run_stops: 57 bits or more, the
         * block's end no case of its own); a word of 32 bytes or more
         * (rare) takes S_run_len_far */
        uint64_t stop = S_run_stops(wstop, o);
        size_t w;
        if (S_LIKELY((uint32_t)stop)) {
          w = S_ctz64z(stop);
        } else if (!(w = S_run_len_far(wstop, o))) {
          pre = f & ~(unsigned)CC_TF_CAP; /* (the flags before it) */
          break;                          /* S_word_long */
        }
        /* the byte after the word: a space (most words) needs no more
         * tests; else an apostrophe or non-ASCII (S_run_apos_ends, or the
         * general path) and an initial's or "U.S."'s period (S_word) are
         * left to the code below, and so is a digit glued to the
         * letters (S_prescan's stop: S_word may split a currency code off
         * it, "EUR1.2bn").  (A table for the three tests after
         * the space's, and the all-capitals test below as one flag from
         * a table, each cut its own mispredicts but the program's stayed
         * the same (cachegrind, 1 MB: they moved to the next tests,
         * whether the next word follows at once) and no CPU time was
         * saved (a segmenter-only bench): not kept) */
        unsigned after = p[o + w];
        if (S_UNLIKELY(after != ' ') &&
            S_UNLIKELY(after >= 0x80 || after == '\'' || after - '0' < 10u ||
                       (w == 1 && after == '.'))) {
          pre = f & ~(unsigned)CC_TF_CAP;
          break;
        }
        /* the form: the copy, ended by a NUL over the byte after the word
         * (no letter or digit: see S_prescan), a one-letter word's too */
        if ((f & CC_TF_CAP) && S_UNLIKELY(p[o + 1] - (unsigned)'a' >= 26u) &&
            S_allcaps_inl(p + o, w))
          f |= CC_TF_ALLCAPS;
        /* the token's length and flags as stored (the slot's bits are
         * its length, kind, abbreviation flag and id, or 0s: or'ed in
         * below), made before the probe, which then needs neither f
         * nor w kept */
        uint64_t fw = w | (uint64_t)f << 24; /* (w < 64) */
        char *lw = low + o;
        uint64_t key;
        memcpy(&key, lw, 8);
        uint64_t hi; /* the slot's n, kind, marks and id (cc_vocab.h) */
        if (w <= 8) {
          key &= S_key_mask[w];
          lw[w] = '\0';
          hi = S_slot_hi(cc__vocab8_find(&vt, key));
        } else {
          uint64_t last;
          memcpy(&last, lw + w - 8, 8);
          lw[w] = '\0';
          hi = S_slotl_hi(S_vocabl_find(&s->vt, lw, w, key, last));
        }
        /* (start and end stored apart: two stores, no shift and or) */
        uint64_t lenkf = hi | fw;
        uint64_t lc = lbase + ((uint64_t)o << 32);
        t->norm = lw;
        t->start = (uint32_t)o;
        o += w;
        t->end = (uint32_t)o;
        memcpy(&t->line, &lc, 8);
        memcpy(&t->norm_len, &lenkf, 8);
        ++t;
        /* one space and an ASCII letter below the token limit: the next
         * word at once, as the loop's top would take it (the space's stop
         * bit shifted out) */
        if (S_LIKELY(after == ' ')) {
          unsigned c1 = p[o + 1];
          if (S_LIKELY((unsigned char)((c1 | 0x20) - 'a') < 26u) &&
              S_LIKELY(t < t_stop)) {
            o++;
            /* (a letter's bit 5 is set in lower case: CC_TF_CAP, bit 2,
             * from it) */
            _Static_assert(CC_TF_CAP == 0x20 >> 3, "CC_TF_CAP: bit 2");
            f = (CC_TF_SPACE_BEFORE | CC_TF_CAP) ^ (c1 >> 3 & CC_TF_CAP);
            goto word;
          }
        }
        pre = 0;
      }
      q = p + o;
    }
    unsigned c = *q, k = S_class[c];
    if (k == C_SPACE) {
      pre |= CC_TF_SPACE_BEFORE;
      do {
        c = *++q;
        k = S_class[c];
      } while (k == C_SPACE); /* (the NUL at the end stops it) */
    }
    if (S_UNLIKELY(k == C_NL)) { /* S_newline */
      q += (c == '\r' && q[1] == '\n') + 1;
      s->line++;
      lbase = s->line | (uint64_t)(1 - (uint32_t)(q - p)) << 32; /* col 1 */
      pend += 2;
      continue;
    }
    size_t w;
    unsigned kf; /* kind and flags of the token, as stored (<< 16) */
    unsigned pk = 0;
    uint32_t id; /* (cc_vocab_find of the normal form) */
    const char *norm;
    if (S_LIKELY(k == C_UPPER || k == C_LOWER)) {
      size_t o = (size_t)(q - p);
      if (S_UNLIKELY(!(w = S_run_len(wstop, o))))
        break; /* S_word_long */
      if (S_UNLIKELY(S_class[q[w]] >= C_DIGIT) && !S_run_apos_ends(q + w))
        break; /* non-ASCII, or "don't": S_word_general; glued digits:
                  S_word */
      unsigned f = (k & 1) * CC_TF_CAP; /* (C_UPPER) */
      /* a capital then a lower-case letter (most capitals) is no
       * all-caps word */
      if ((k & 1) && S_UNLIKELY(S_class[q[1]] != C_LOWER) && S_allcaps(q, w))
        f |= CC_TF_ALLCAPS;
      /* the id and abbreviation mark: one probe with the word's first 8
       * bytes (zero past it) from the lower-cased copy */
      char *lw = low + o;
      uint64_t key;
      memcpy(&key, lw, 8);
      uint64_t hi; /* (as in the loop above) */
      if (w <= 8) {
        key &= S_key_mask[w];
        hi = S_slot_hi(cc__vocab8_find(&vt, key));
      } else {
        uint64_t last;
        memcpy(&last, lw + w - 8, 8);
        hi = S_slotl_hi(cc__vocabl_find(&vt, lw, w, key, last));
      }
      id = (uint32_t)(hi >> 32);
      f |= (unsigned)(hi >> 24) & 0xFFu; /* (the marks: token flags) */
      kf = (unsigned)CC_TOK_WORD | f << 8;
      if (w == 1) {
        if (q[1] == '.')
          break; /* S_dotted_abbrev's "U.S." or an initial: S_word */
        norm = S_ascii1[(unsigned char)lw[0]]; /* shared */
      } else {
        lw[w] = '\0'; /* (over no letter or digit: see S_prescan) */
        norm = lw;
      }
    } else if (k == C_DIGIT) {
      /* (S_run_number reads byte by byte, up to the text's NUL at most) */
      if (q >= q_safe && (!pool_lim || pool > pool_lim))
        break;
      if (!(w = S_run_number(q)))
        break; /* a long number, or a suffix running into non-ASCII */
      if (w == 1) {
        norm = S_ascii1[c];
        id = vt.id1[c];
      } else {
        for (size_t j = 0; j < w; j++) /* S_norm_ascii */
          pool[j] = (char)(q[j] + (S_class[q[j]] == C_UPPER ? 32 : 0));
        pool[w] = '\0';
        norm = pool;
        id = S_run_number_id(&vt, pool, w);
        pool += w + 1;
      }
      kf = CC_TOK_NUM;
    } else if (k == C_APOS && !(pre & CC_TF_SPACE_BEFORE) &&
               t[-1].kind == CC_TOK_WORD && (q[1] | 0x20) == 's' &&
               S_class[q[2]] != C_UPPER && S_class[q[2]] != C_LOWER) {
      /* S_possessive: "'s" right after a word, no letter after it */
      if (S_class[q[2]] == C_HIGH)
        break; /* (S_letter_at decodes it) */
      w = 2;
      norm = "'s";
      id = s->id_poss;
      kf = (unsigned)CC_TOK_WORD | (q[1] == 'S' ? CC_TF_CAP : 0) << 8;
    } else {
      /* (k == C_OTHER or C_APOS hold only below 0x80; the NUL at the
       * end stops) */
      pk = k == C_OTHER || k == C_APOS ? S_punct_kind[c] : 0;
      if (!pk)
        break;
      if (c == '.')
        s->www |= S_www_before(p, s->body, (size_t)(q - p));
      else if (c == ':')
        s->scheme |= q[1] == '/';
      w = 1;
      norm = S_ascii1[c];
      id = vt.id1[c];
      if (c == '.' && q[1] == '.' && q[2] == '.') {
        w = 3; /* S_punct_ascii's dots: they end a sentence */
        norm = "...";
        id = s->id_dots;
      } else if (c == '.' && !(pre & CC_TF_SPACE_BEFORE)) {
        /* S_period_is_abbrev: after an abbreviation or an initial */
        const cc_token *prev = t - 1; /* (S_step calls with a token) */
        if (prev->kind == CC_TOK_WORD &&
            ((prev->flags & CC_TF_ABBREV) ||
             (prev->norm_len == 1 && (prev->flags & CC_TF_CAP))))
          pk &= ~(unsigned)P_TERM;
      }
      kf = (unsigned)(pk & P_SYM ? CC_TOK_SYM : CC_TOK_PUNCT);
    }
    /* S_open: the boundary before the token, or the sentence limit */
    if (S_UNLIKELY(pend)) {
      if (t == t_cap) {
        if (k == C_DIGIT)
          S_run_unpool(norm, w, &pool);
        break; /* (S_push_token grows the array) */
      }
      /* One line break and no sentence mark before a lower-case word:
       * S_boundary would close nothing (S_newline_breaks: no heading
       * line, and a block marker starts with no letter), and the
       * sentence limit is ahead (t_stop) */
      if (pend >> 1)
        pre |= CC_TF_SPACE_BEFORE | CC_TF_LINE_START;
      if (pend != 2 || k != C_LOWER || s->line_first == '#' ||
          t >= t_stop) {
        s->ntok = (uint32_t)(t - s->tok);
        s->terminal = pend & 1;
        if (pend == 1 && k == C_UPPER && (pre & CC_TF_SPACE_BEFORE)) {
          /* a sentence mark, a space and a capital: S_boundary would
           * close the sentence (S_starts_sentence) and cut nothing */
          S_close_sentence(s);
        } else {
          s->space = (pre & CC_TF_SPACE_BEFORE) != 0;
          s->newlines = (int)(pend >> 1);
          s->end_col = t > t0 ? S_run_end_col(t - 1) : end_col0;
          S_boundary(s, (size_t)(q - p));
        }
        t_stop = S_run_stop(s);
        pend = s->terminal;
      } else {
        pend = 0; /* (s->terminal is not written here) */
      }
      if (t == s->tok + s->sent_begin)
        pre |= CC_TF_SENT_START;
      if (s->end_line != s->line) /* S_put */
        s->line_first = *q;
      s->end_line = s->line;
    } else if (S_UNLIKELY(t >= t_stop)) {
      if (k == C_DIGIT)
        S_run_unpool(norm, w, &pool);
      break; /* S_cut_long, or S_push_token */
    }
    if (pk) { /* S_punct_terminal (pend is 0 or 1 here: no line break) */
      if (pk & P_TERM)
        pend = 1;
      else if (!(pk & P_CLOSE))
        pend = 0;
    }
    uint32_t start = (uint32_t)(q - p);
    uint64_t se = start | (uint64_t)(start + (uint32_t)w) << 32;
    uint64_t lenkf = (unsigned)w | (kf | pre << 8) << 16 | (uint64_t)id << 32;
    uint64_t lc = lbase + ((uint64_t)start << 32);
    t->norm = norm;
    memcpy(&t->start, &se, 8);
    memcpy(&t->line, &lc, 8);
    memcpy(&t->norm_len, &lenkf, 8);
    q += w;
    pre = 0;
    ++t;
  }
  s->i = (size_t)(q - p);
  s->col = (uint32_t)((lbase + ((uint64_t)(q - p) << 32)) >> 32);
  s->space = (pre & CC_TF_SPACE_BEFORE) != 0;
  s->newlines = (int)(pend >> 1);
  s->terminal = pend & 1;
  s->ntok = (uint32_t)(t - s->tok);
  s->pool = pool;
  s->pool_left = pool ? (size_t)(pool_end - pool) : 0;
  s->end_col = t > t0 ? S_run_end_col(t - 1) : end_col0;
}

/* Possessive 's / ’s as one word token. */
static bool S_possessive(S_seg *s) {
  int l;
  if (!S_apostrophe_at(s, s->i, &l) || s->space || !S_last(s) ||
      S_last(s)->kind != CC_TOK_WORD)
    return false;
  size_t after = s->i + (size_t)l;
  if (after >= s->n || (s->p[after] | 0x20) != 's' ||
      S_letter_at(s, after + 1))
    return false;
  S_emit(s, s->i, after + 1, CC_TOK_WORD, 2);
  return true;
}

/* A period after an abbreviation or an initial does not end a sentence. */
static bool S_period_is_abbrev(const S_seg *s) {
  const cc_token *prev = S_last(s);
  if (!prev || prev->kind != CC_TOK_WORD || s->space)
    return false;
  if (prev->flags & CC_TF_ABBREV)
    return true;
  return prev->norm_len == 1 && (prev->flags & CC_TF_CAP); /* "J. Smith" */
}

/* After punctuation cp (normal form norm; dots: "..."; abbrev_dot: the
 * period of an abbreviation), is the sentence ended so far? */
static void S_punct_terminal(S_seg *s, int32_t cp, bool dots,
                             bool abbrev_dot, const char *norm) {
  bool term = (cp == '.' && !abbrev_dot) || cp == '!' || cp == '?' ||
              cp == 0x2026 || dots;
  /* closing quotes and brackets after the period keep the sentence open */
  bool closer = norm[0] == '"' || norm[0] == '\'' || cp == ')' ||
                cp == ']';
  if (term)
    s->terminal = true;
  else if (!(closer && s->terminal))
    s->terminal = false;
}

static bool S_sym_cp(int32_t cp) {
  return cp == '$' || cp == '%' || cp == '&' || cp == '#' || cp == '@' ||
         (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
}

/* ASCII punctuation c (one byte, or "..."): its normal form is itself,
 * from the static table, without the general path's decoding. */
static void S_punct_ascii(S_seg *s, unsigned char c) {
  size_t start = s->i;
  bool dots = c == '.' && s->p[start + 1] == '.' && s->p[start + 2] == '.';
  bool abbrev_dot = c == '.' && !dots && S_period_is_abbrev(s);
  if (c == '.')
    s->www |= S_www_before(s->p, s->body, start);
  else if (c == ':')
    s->scheme |= s->p[start + 1] == '/';
  cc_token *t = S_open(s, start, start + (dots ? 3 : 1),
                       S_sym_cp(c) ? CC_TOK_SYM : CC_TOK_PUNCT,
                       dots ? 3 : 1);
  t->norm = dots ? "..." : S_ascii1[c];
  t->norm_len = dots ? 3 : 1;
  t->id = dots ? s->id_dots : s->vt.id1[c];
  S_punct_terminal(s, c, dots, abbrev_dot, t->norm);
}

/* Non-ASCII punctuation and symbols: normalized by the general path. */
static void S_punct(S_seg *s) {
  size_t start = s->i;
  int l;
  int32_t cp = S_cp(s, start, &l);
  cc_token *t = S_emit(s, start, start + (size_t)l,
                       S_sym_cp(cp) ? CC_TOK_SYM : CC_TOK_PUNCT, 1);
  if (cp == 0x2026) {
    t->norm = "...";
    t->norm_len = 3;
    t->id = s->id_dots;
  }
  S_punct_terminal(s, cp, false, false, t->norm);
}

static void S_newline(S_seg *s) {
  if (s->p[s->i] == '\r' && s->i + 1 < s->n && s->p[s->i + 1] == '\n')
    s->i++;
  s->i++;
  s->line++;
  s->col = 1;
  s->newlines++;
}

static void S_high(S_seg *s) {
  int l;
  int32_t cp = S_cp(s, s->i, &l);
  if (cc_cp_is_space(cp)) {
    s->i += (size_t)l;
    s->col++;
    s->space = true;
  } else if (cp == 0x2028 || cp == 0x2029) {
    s->i += (size_t)l;
    s->line++;
    s->col = 1;
    s->newlines++;
  } else if (cc_cp_is_letter(cp)) {
    S_word_general(s, s->i);
  } else if (!S_possessive(s)) {
    S_punct(s);
  }
}

static void S_step(S_seg *s) {
  if (S_SWAR && s->ntok && !s->general) { /* (the first sets line_first) */
    S_run(s);
    if (s->i >= s->n)
      return;
  }
  switch (S_class[s->p[s->i]]) {
  case C_NL:
    S_newline(s);
    break;
  case C_SPACE: {
    size_t i = s->i;
    do
      i++;
    while (S_class[s->p[i]] == C_SPACE); /* (the NUL at the end stops it) */
    s->col += (uint32_t)(i - s->i);
    s->i = i;
    s->space = true;
    /* most spaces come before a word: take it without another turn */
    unsigned k = S_class[s->p[i]];
    if (k != C_UPPER && k != C_LOWER)
      break;
  }
  /* fall through */
  case C_UPPER:
  case C_LOWER:
    S_word(s);
    break;
  case C_DIGIT:
    S_number(s);
    break;
  case C_HIGH:
    S_high(s);
    break;
  default:
    if (s->p[s->i] != '\'' || !S_possessive(s))
      S_punct_ascii(s, s->p[s->i]);
    break;
  }
}

/* ---- links ---------------------------------------------------------------- */

/* A byte a link may hold: printable ASCII but quotes, angle brackets,
 * brackets and braces (which close it in running text). */
static bool S_link_byte(unsigned char c) {
  return c > 0x20 && c < 0x7f && !strchr("\"'<>()[]{}`", c);
}

/* The link found at "://" or "www." at offset at in text[b..n): its span
 * [*ls, *le), or false (no scheme before "://", "www." inside a word). */
static bool S_link_span(const char *text, size_t b, size_t n, size_t at,
                        bool scheme, size_t *ls, size_t *le) {
  const unsigned char *t = (const unsigned char *)text;
  size_t a = at;
  if (scheme) { /* "https", "ftp": letters, then digits + . - */
    while (a > b && (S_is_alnum(t[a - 1]) || t[a - 1] == '+' ||
                     t[a - 1] == '.' || t[a - 1] == '-'))
      a--;
    if (at - a < 2 || !S_is_alpha(t[a]))
      return false;
  } else if (a > b && S_link_byte(t[a - 1]) && t[a - 1] != '/') {
    return false; /* "awww." */
  }
  size_t e = at;
  while (e < n && S_link_byte(t[e]))
    e++;
  while (e > at && strchr(".,;:!?", t[e - 1])) /* the sentence's, not its */
    e--;
  *ls = a;
  *le = e;
  return true;
}

/* The tokens inside [ls, le) made symbols without a word id, all written
 * "^", which no table holds (so a reader by text finds nothing either). */
static void S_link_tokens(cc_token *tok, uint32_t ntok, size_t ls, size_t le) {
  uint32_t lo = 0, hi = ntok;
  while (lo < hi) { /* the first token starting at ls or after */
    uint32_t mid = lo + (hi - lo) / 2;
    if (tok[mid].start < ls)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (uint32_t k = lo; k < ntok && tok[k].end <= le; k++) {
    tok[k].kind = CC_TOK_SYM;
    tok[k].id = 0;
    tok[k].norm = "^";
    tok[k].norm_len = 1;
  }
}

/* The next "://" (scheme) or "www." in text[from..n) found by its mark
 * (':' or '.', rarer in prose than any letter), or NULL. */
static const char *S_link_mark(const char *text, size_t b, size_t from,
                               size_t n, bool scheme) {
  const char *end = text + n;
  for (const char *p = text + from; p < end;) {
    p = memchr(p, scheme ? ':' : '.', (size_t)(end - p));
    if (!p)
      return NULL;
    if (scheme && end - p >= 3 && p[1] == '/' && p[2] == '/')
      return p;
    if (!scheme && p - text >= (ptrdiff_t)b + 3 && p[-1] == 'w' &&
        p[-2] == 'w' && p[-3] == 'w')
      return p - 3;
    p++;
  }
  return NULL;
}

/* Every link of the text after its front matter (S_link_span); "://"
 * ones only where scheme says a colon's token came before a slash, "www."
 * ones where www says a period's came after "www" (S_www_before): the
 * marks' searches stopped at every colon and period (0.7 M instructions
 * a MB, most of the texts having no link). */
static void S_links(const cc_doc *doc, size_t body, cc_token *tok,
                    uint32_t ntok, bool scheme, bool www) {
  for (int k = 0; k < 2; k++) {
#ifndef CC_RECOG_CHECK_INERT /* (that build looks, and checks the skip) */
    if (!(k == 0 ? scheme : www))
      continue;
#endif
    size_t from = body;
    const char *p;
    while (from < doc->len &&
           (p = S_link_mark(doc->text, body, from, doc->len, k == 0)) !=
               NULL) {
      size_t at = (size_t)(p - doc->text), ls, le;
      if (S_link_span(doc->text, body, doc->len, at, k == 0, &ls, &le)) {
#ifdef CC_RECOG_CHECK_INERT
        if (!(k == 0 ? scheme : www))
          abort(); /* (a link no colon's or period's token told of) */
#endif
        S_link_tokens(tok, ntok, ls, le);
        from = le > at + 4 ? le : at + 4;
      } else {
        from = at + 4;
      }
    }
  }
}

static void S_segment(const cc_doc *doc, const cc_abbrevs *abbrevs,
                      const cc_seg_limits *limits, cc_arena *arena,
                      cc_segmented *out, bool general) {
  S_seg s = {0};
  s.general = general;
  s.doc = doc;
  s.p = (const unsigned char *)doc->text;
  s.n = doc->len;
  s.i = doc->body <= doc->len ? doc->body : doc->len;
  s.line = 1;
  s.col = 1;
  s.arena = arena;
  s.vocab = cc__abbrevs_vocab(abbrevs);
  cc__vocab_tables(s.vocab, &s.vt);
  s.id_dots = cc_vocab_find(s.vocab, "...", 3);
  s.id_poss = cc_vocab_find(s.vocab, "'s", 2);
  s.max_sent = limits && limits->max_sentence_tokens
                   ? limits->max_sentence_tokens
                   : CC_DEFAULT_MAX_SENTENCE_TOKENS;
  cc_doc_linecol(doc, s.i, &s.line, &s.col);
  s.body = s.i;
  s.wrap_width = UINT32_MAX; /* (S_wrap) */
  if (S_SWAR && !general)
    S_prescan(&s);
  while (s.i < s.n)
    S_step(&s);
  S_close_paragraph(&s);
  S_links(doc, s.body, s.tok, s.ntok, s.scheme, s.www);
  memset(out, 0, sizeof *out);
  out->doc = doc;
  out->tokens = s.ntok ? s.tok : NULL; /* already in the arena */
  out->ntokens = s.ntok;
  out->sentences = s.nsent ? s.sent : NULL; /* already in the arena */
  out->nsentences = s.nsent;
  out->paragraphs = s.npara ? s.para : NULL;
  out->nparagraphs = s.npara;
  out->vocab = s.vocab;
  out->low = s.low; /* (S_run's words' forms: ASCII letters and digits,
                       S_run_len's run of them) */
  cc_buf_free(&s.scratch);
}

void cc_segment(const cc_doc *doc, const cc_abbrevs *abbrevs,
                const cc_seg_limits *limits, cc_arena *arena,
                cc_segmented *out) {
  S_segment(doc, abbrevs, limits, arena, out, false);
}

/* For the tests: the same without S_run, every token by the general
 * paths, which S_run must agree with field by field. */
void cc__segment_general(const cc_doc *doc, const cc_abbrevs *abbrevs,
                         const cc_seg_limits *limits, cc_arena *arena,
                         cc_segmented *out);
void cc__segment_general(const cc_doc *doc, const cc_abbrevs *abbrevs,
                         const cc_seg_limits *limits, cc_arena *arena,
                         cc_segmented *out) {
  S_segment(doc, abbrevs, limits, arena, out, true);
}

uint32_t cc_sentence_of(const cc_segmented *sg, uint32_t tok) {
  uint32_t lo = 0, hi = sg->nsentences;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (sg->sentences[mid].tok_end <= tok)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < sg->nsentences ? lo : (sg->nsentences ? sg->nsentences - 1 : 0);
}

void cc_doc_linecol(const cc_doc *doc, size_t off, uint32_t *line,
                    uint32_t *col) {
  uint32_t l = 1, c = 1;
  const unsigned char *p = (const unsigned char *)doc->text;
  size_t start = 0;
  if (doc->len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    start = 3;
  size_t end = off < doc->len ? off : doc->len;
  /* without a CR (most texts): the lines by memchr, the column by
   * S_chars over the last one */
  if (start < end && !memchr(p + start, '\r', end - start)) {
    const unsigned char *nl;
    while ((nl = memchr(p + start, '\n', end - start)) != NULL) {
      l++;
      start = (size_t)(nl - p) + 1;
    }
    *line = l;
    *col = 1 + S_chars(p, start, end);
    return;
  }
  for (size_t k = start; k < off && k < doc->len; k++) {
    if (p[k] == '\n' || (p[k] == '\r' && !(k + 1 < doc->len &&
                                           p[k + 1] == '\n'))) {
      l++;
      c = 1;
    } else if (p[k] != '\r' && (p[k] & 0xC0) != 0x80) {
      c++;
    }
  }
  *line = l;
  *col = c;
}
