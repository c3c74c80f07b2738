/* rule_parse.c - read rules/NAME.rules into compiled patterns and actions.
 *
 * The language (rules/README.md explains it for editors):
 *
 *   file    = { line } ;
 *   line    = blank | "#" comment | "rule" ID | clause ;
 *   clause  = "about" TEXT | "frame" NAME | "match" pattern
 *           | "subject" subject | "object" object | "value" value
 *           | "open" [ "when" WORDS ] | "require" requirement
 *           | "unless" [ "after" | "sentence" ] WORDS
 *           | "context" [ DIGIT ] WORDS ;
 *
 * A rule runs from its "rule" line to the next one.  Every error names
 * "file:line:col" and the offending token, and stops the load: a broken
 * rules folder never half-loads.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cc_lexicon.h"
#include "cc_text.h"
#include "rule_int.h"

/* ---- tables ------------------------------------------------------------ */

static const char *const S_slots[CC__S__COUNT] = {
    [CC__S_DATE] = "DATE",         [CC__S_TIME] = "TIME",
    [CC__S_DURATION] = "DURATION", [CC__S_COUNT] = "COUNT",
    [CC__S_PERCENT] = "PERCENT",   [CC__S_MONEY] = "MONEY",
    [CC__S_ORDINAL] = "ORDINAL",   [CC__S_PERSON] = "PERSON",
    [CC__S_PLACE] = "PLACE",       [CC__S_ORG] = "ORG",
    [CC__S_LIST] = "LIST",         [CC__S_NONN] = "NONN",
    [CC__S_PHRASE] = "PHRASE",     [CC__S_WORD] = "WORD"};

/* The index's key of each slot type ("{DATE}"). */
static const char *const S_slot_keys[CC__S__COUNT] = {
    [CC__S_DATE] = "{DATE}",         [CC__S_TIME] = "{TIME}",
    [CC__S_DURATION] = "{DURATION}", [CC__S_COUNT] = "{COUNT}",
    [CC__S_PERCENT] = "{PERCENT}",   [CC__S_MONEY] = "{MONEY}",
    [CC__S_ORDINAL] = "{ORDINAL}",   [CC__S_PERSON] = "{PERSON}",
    [CC__S_PLACE] = "{PLACE}",       [CC__S_ORG] = "{ORG}",
    [CC__S_LIST] = "{LIST}",         [CC__S_NONN] = "{NONN}",
    [CC__S_PHRASE] = "{PHRASE}",     [CC__S_WORD] = "{WORD}"};

const char *cc__slot_name(cc__slot s) {
  return (unsigned)s < CC__S__COUNT ? S_slots[s] : NULL;
}

static bool S_is(const char *w, size_t n, const char *kw);

static int S_slot_parse(const char *s, size_t n) {
  if (n == 6 && strncmp(s, "NUMBER", 6) == 0)
    return CC__S_COUNT; /* an alias editors reach for */
  for (int i = 0; i < CC__S__COUNT; i++)
    if (S_is(s, n, S_slots[i]))
      return i;
  return -1;
}

/* Slots whose mention is a value a claim can carry. */
static bool S_value_slot(int s) {
  return s == CC__S_DATE || s == CC__S_TIME || s == CC__S_DURATION ||
         s == CC__S_COUNT || s == CC__S_PERCENT || s == CC__S_MONEY ||
         s == CC__S_ORDINAL || s == CC__S_LIST || s == CC__S_NONN;
}

/* ---- parser state and errors ------------------------------------------ */

typedef struct S_node S_node;
enum { N_LIT, N_SLOT, N_GAP, N_SEQ, N_ALT, N_OPT };
struct S_node {
  int kind;
  int a, b;       /* LIT: litset; SLOT: slot, cap; GAP: min, max */
  S_node **kids;  /* SEQ, ALT, OPT (one kid: a SEQ) */
  uint32_t nkids;
  unsigned caps;  /* the captures it can fill, one bit each */
};

/* Where a clause was written: its line, for errors found at the end of
 * the rule (the source outlives the rule's parse). */
typedef struct S_at {
  unsigned line;
  const char *lp;
  size_t llen;
} S_at;

#define S_MAX_BARS 255 /* bars of a word S_lex keeps (a longer list: read
                          again by S_parse_word) */

typedef struct S_parser {
  const char *name;
  cc_ruleset *rs;
  cc_err *err;
  unsigned line;
  const char *lp; /* current line */
  size_t llen;
  size_t pos;     /* cursor in the line */
  cc_arena *tmp;  /* pattern trees of the current line */
  cc__rule *cur;
  cc__prog *prog; /* program being compiled */
  cc_vec code;    /* cc__inst */
  cc_vec lits;    /* cc__litset */
  cc_buf norm;    /* a literal piece's normal form (S_piece_norm) */
  cc_vec alts;    /* cc__lit: a word's alternatives (S_parse_word) */
  unsigned seen;  /* clauses seen in the current rule (bit per clause) */
  int depth;      /* group nesting, bounded so recursion is */
  int opt_depth;  /* optional brackets around the item being parsed */
  bool default_opt; /* the program's default value slot is optional */
  bool failed;
  S_at subj_at, obj_at, val_at; /* the current rule's clauses */
  cc_vec req_at;                /* S_at: each of its requirements */
  /* The alternatives of the word S_lex read last, as it found them (its
   * one pass over the bytes, which S_parse_word then need not make
   * again): bars_off, the word's offset (SIZE_MAX: none, or more than
   * S_MAX_BARS bars); bar_at, each '|' from the word's start; bar_other,
   * whether the alternative before each bar (and the last) has a byte
   * other than an ASCII letter or digit. */
  size_t bars_off;
  uint32_t nbars;
  uint32_t bar_at[S_MAX_BARS];
  bool bar_other[S_MAX_BARS + 1];
} S_parser;

/* Column of byte offset off in the current line, in characters. */
static unsigned S_col(const S_parser *P, size_t off) {
  unsigned col = 1;
  for (size_t i = 0; i < off && i < P->llen; i++)
    col += ((unsigned char)P->lp[i] & 0xC0) != 0x80;
  return col;
}

static int S_fail(S_parser *P, size_t off, const char *fmt, ...)
    CC_PRINTF(3, 4);
static int S_fail(S_parser *P, size_t off, const char *fmt, ...) {
  if (P->failed)
    return -1;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  cc_err_set(P->err, "%s:%u:%u: %s", P->name, P->line, S_col(P, off), msg);
  P->failed = true;
  return -1;
}

/* "near 'tok'" for the token at off, or "at the end of the line" (never
 * an empty "near ''"). */
static void S_near(const S_parser *P, size_t off, char *buf, size_t cap) {
  size_t e = off;
  while (e < P->llen && !isspace((unsigned char)P->lp[e]) && e - off < 40)
    e++;
  if (e == off && off < P->llen)
    e = off + 1;
  if (e == off)
    snprintf(buf, cap, "at the end of the line");
  else
    snprintf(buf, cap, "near '%.*s'", (int)(e - off), P->lp + off);
}

/* (in locals: a store to P->pos could change the line's bytes for all the
 * compiler knows, which it would then read again at every byte) */
static void S_skip_space(S_parser *P) {
  const char *lp = P->lp;
  size_t pos = P->pos, llen = P->llen;
  while (pos < llen && (lp[pos] == ' ' || lp[pos] == '\t'))
    pos++;
  P->pos = pos;
}

/* isspace's bytes in the C locale (which the tool never leaves). */
static const bool S_space[256] = {
    [' '] = true, ['\t'] = true, ['\n'] = true, ['\v'] = true, ['\f'] = true,
    ['\r'] = true};

static bool S_at_end(S_parser *P) {
  S_skip_space(P);
  return P->pos >= P->llen || P->lp[P->pos] == '#';
}

/* A bare word of the action clauses: up to whitespace. */
static size_t S_word(S_parser *P, const char **w) {
  S_skip_space(P);
  const char *lp = P->lp;
  size_t pos = P->pos, llen = P->llen, b = pos;
  *w = lp + b;
  while (pos < llen && !S_space[(unsigned char)lp[pos]])
    pos++;
  P->pos = pos;
  return pos - b;
}

/* (no strlen of kw: the line's keyword is compared with each clause's in
 * turn; w holds no NUL, as the file has none) */
static bool S_is(const char *w, size_t n, const char *kw) {
  for (size_t i = 0; i < n; i++) /* (a NUL of kw differs from w's byte) */
    if (w[i] != kw[i])
      return false;
  return !kw[n];
}

/* ---- literals ------------------------------------------------------------ */

static bool S_word_char(unsigned char c) {
  return isalnum(c) || c >= 0x80 || c == '.' || c == '\'';
}

/* Split one literal alternative into token pieces the way the segmenter
 * splits text: "face-to-face" -> face - to - face, "state's" -> state 's. */
/* Pieces a literal may have: a sentence's worth, and within the uint8_t
 * count of cc__lit. */
#define S_MAX_PIECES 64


/* A piece with room for a form of n bytes: its head and the form's NUL
 * zeroed, not the form the caller writes at once (cc_arena_alloc's
 * memset of the whole was a call per piece). */
static cc__piece *S_piece_room(cc_ruleset *rs, size_t n) {
  cc__piece *p = cc_arena_alloc_raw(rs->mem, sizeof *p + n + 1);
  memset(p, 0, sizeof *p);
  p->norm[n] = '\0';
  return p;
}

/* The normalized form of piece s[0..n), through rs->pieces. */
static char *S_piece_norm(S_parser *P, const char *s, size_t n) {
  cc_ruleset *rs = P->rs;
  cc__piece *p = NULL;
  HASH_FIND(hh, rs->pieces, s, n, p);
  if (p)
    return p->norm;
  /* A piece holds no white space (S_lex cut the word there); of ASCII
   * bytes, cc_lex_normalize only lower-cases it: done here, without its
   * copies (2,260 pieces for the shipped rules). */
  size_t i = 0;
  while (i < n && (unsigned char)s[i] < 0x80)
    i++;
  if (i == n && n <= 256) {
    p = S_piece_room(rs, n);
    for (i = 0; i < n; i++)
      p->norm[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  } else {
    P->norm.len = 0;
    cc_lex_normalize(s, n, &P->norm);
    p = S_piece_room(rs, P->norm.len);
    memcpy(p->norm, P->norm.ptr, P->norm.len);
  }
  p->raw = cc_arena_strndup(rs->mem, s, n);
  HASH_ADD_KEYPTR(hh, rs->pieces, p->raw, n, p);
  return p->norm;
}


/* The token pieces of a literal into out; false (nothing allocated) when
 * it has more than S_MAX_PIECES.  alnum: s is letters and digits alone
 * (S_parse_word has looked at each byte). */
static bool S_pieces(S_parser *P, const char *s, size_t n, bool alnum,
                     cc__lit *out) {
  char *v[S_MAX_PIECES];
  size_t nv = 0;
  size_t i = 0;
  if (alnum && n) { /* letters and digits alone (most): one piece, as the
                     * loop below cuts it */
    v[nv++] = S_piece_norm(P, s, n);
    i = n;
  }
  while (i < n) {
    if (nv == S_MAX_PIECES) {
      *out = (cc__lit){NULL, 0, NULL};
      return false;
    }
    size_t b = i;
    if (s[i] == '\'' && i + 1 < n && (s[i + 1] | 0x20) == 's' &&
        (i + 2 == n || !S_word_char((unsigned char)s[i + 2]))) {
      i += 2; /* possessive */
    } else if (S_word_char((unsigned char)s[i]) && s[i] != '\'') {
      while (i < n && S_word_char((unsigned char)s[i]) &&
             !(s[i] == '\'' && i + 1 < n && (s[i + 1] | 0x20) == 's' &&
               (i + 2 == n || !S_word_char((unsigned char)s[i + 2]))))
        i++;
    } else {
      i++; /* one punctuation character */
    }
    v[nv++] = S_piece_norm(P, s + b, i - b);
  }
  /* (raw: the copy fills it) */
  out->pieces = nv ? cc_arena_alloc_raw(P->rs->mem, nv * sizeof *v) : NULL;
  if (nv)
    memcpy(out->pieces, v, nv * sizeof *v);
  out->npieces = (uint8_t)nv;
  out->ids = NULL;
  return true;
}

/* ---- pattern lexer --------------------------------------------------------- */

enum { T_END, T_WORD, T_SLOT, T_GAP, T_LBRACK, T_RBRACK, T_LPAR, T_RPAR,
       T_BAR };

typedef struct S_tok {
  int kind;
  size_t off, len; /* in the line */
  int gmin, gmax;  /* T_GAP */
} S_tok;

/* The bytes that end a word of a pattern: white space (isspace's in the
 * C locale, which the tool never leaves) and the brackets.  A table: the
 * lexer asks it at every byte of the rules' long word lists. */
static const bool S_stop[256] = {
    [' '] = true, ['\t'] = true, ['\n'] = true, ['\v'] = true, ['\f'] = true,
    ['\r'] = true, ['['] = true,  [']'] = true,  ['('] = true,  [')'] = true,
    ['{'] = true, ['}'] = true};

static bool S_pattern_stop(char c) { return S_stop[(unsigned char)c]; }

/* Each byte for the lexer's pass over a word of a pattern: 0 an ASCII
 * letter or digit, 1 another byte of a word, 2 '|' (looked at twice),
 * 3 a byte of S_stop (ends the word). */
static const unsigned char S_lex_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    3, 1, 1, 1, 1, 1, 1, 1, 3, 3, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 3, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 3, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* The "{MIN,MAX}" at s (NUL-terminated) read as sscanf's "{%d,%d}"
 * would (blanks and a sign before each number): its length, 0 when it is
 * none.  (strtol: sscanf cost as much as lexing the rest of the line.) */
static size_t S_gap_bounds(const char *s, long *lo, long *hi) {
  char *e;
  if (s[0] != '{')
    return 0;
  *lo = strtol(s + 1, &e, 10);
  if (e == s + 1 || *e != ',')
    return 0;
  const char *h = e + 1;
  *hi = strtol(h, &e, 10);
  if (e == h || *e != '}')
    return 0;
  return (size_t)(e + 1 - s);
}

/* gap = "..." [ "{" INT "," INT "}" ] */
static int S_lex_gap(S_parser *P, S_tok *t) {
  t->kind = T_GAP;
  t->gmin = 0;
  t->gmax = 5;
  P->pos += 3;
  if (P->pos < P->llen && P->lp[P->pos] == '{') {
    size_t b = P->pos;
    long lo, hi;
    char tmp[32];
    size_t e = b;
    while (e < P->llen && P->lp[e] != '}' && e - b < 30)
      e++;
    /* (the bytes to the '}' and it, or 31 of them, never past the line:
     * a text parsed from memory need not end in a NUL; a NUL within
     * ends the bounds, which then fail) */
    size_t n = e < P->llen ? e - b + 1 : e - b;
    memcpy(tmp, P->lp + b, n);
    tmp[n] = '\0';
    size_t used = S_gap_bounds(tmp, &lo, &hi);
    if (!used)
      return S_fail(P, b, "a gap is written ...{MIN,MAX}, near '%s'", tmp);
    if (lo < 0 || hi < lo || hi > CC__RULE_MAX_GAP)
      return S_fail(P, b, "gap %s must have 0 <= MIN <= MAX <= %d", tmp,
                    CC__RULE_MAX_GAP);
    t->gmin = (int)lo;
    t->gmax = (int)hi;
    P->pos = b + used;
  }
  t->len = P->pos - t->off;
  return 0;
}

static int S_lex(S_parser *P, S_tok *t) {
  P->bars_off = SIZE_MAX;
  S_skip_space(P);
  memset(t, 0, sizeof *t);
  t->off = P->pos;
  if (P->pos >= P->llen || P->lp[P->pos] == '#') {
    t->kind = T_END;
    return 0;
  }
  char c = P->lp[P->pos];
  /* "\(" is the word "(" of a text, not a group: "46 people \( {COUNT}
   * passengers" (so too "\)", "\[" and "\]") */
  if (c == '\\' && P->pos + 1 < P->llen &&
      strchr("()[]", P->lp[P->pos + 1]) && P->lp[P->pos + 1]) {
    t->kind = T_WORD;
    t->off = P->pos + 1;
    t->len = 1;
    P->pos += 2;
    if (P->pos < P->llen && !S_pattern_stop(P->lp[P->pos]))
      return S_fail(P, P->pos, "'\\%c' is a word of its own: put a space "
                    "after it", P->lp[P->pos - 1]);
    return 0;
  }
  int br = c == '[' ? T_LBRACK : c == ']' ? T_RBRACK : c == '(' ? T_LPAR
         : c == ')' ? T_RPAR : c == '|' ? T_BAR : T_END;
  if (br != T_END) {
    t->kind = br;
    t->len = 1;
    P->pos++;
    return 0;
  }
  if (c == '{') {
    const char *close = memchr(P->lp + P->pos, '}', P->llen - P->pos);
    if (!close)
      return S_fail(P, P->pos, "'{' without a closing '}'");
    t->kind = T_SLOT;
    t->len = (size_t)(close - (P->lp + P->pos)) + 1;
    P->pos += t->len;
    return 0;
  }
  if (c == '}')
    return S_fail(P, P->pos, "'}' without an opening '{'");
  if (P->llen - P->pos >= 3 && strncmp(P->lp + P->pos, "...", 3) == 0)
    return S_lex_gap(P, t);
  t->kind = T_WORD;
  /* (in locals: a store to P->pos could change the line's bytes for all
   * the compiler knows, which it would then read again at every byte) */
  const unsigned char *s = (const unsigned char *)P->lp, *p = s + P->pos,
                      *end = s + P->llen, *w = s + t->off;
  uint32_t nb = 0;
  bool other = false;
  for (;;) {
    while (p < end && !S_lex_class[*p]) /* (letters and digits: most) */
      p++;
    if (p == end)
      break;
    unsigned k = S_lex_class[*p];
    if (k == 1) {
      other = true;
      p++;
      continue;
    }
    /* a '|' joins alternatives only between two word characters */
    if (k == 3 || p + 1 >= end || S_pattern_stop((char)p[1]) || p[1] == '|')
      break;
    if (nb < S_MAX_BARS) {
      P->bar_at[nb] = (uint32_t)(p - w);
      P->bar_other[nb] = other;
    }
    nb++;
    other = false;
    p++;
  }
  if (nb <= S_MAX_BARS) {
    P->bar_other[nb] = other;
    P->nbars = nb;
    P->bars_off = t->off;
  }
  size_t pos = (size_t)(p - s);
  P->pos = pos;
  t->len = P->pos - t->off;
  return 0;
}

/* ---- pattern parser (builds a tree in P->tmp) ------------------------------ */

/* cc_vec_push for the parser's hot vectors (an instruction, a literal, a
 * litset each): inlined, its item of a size known here zeroed in a few
 * stores, where the call and its memset of v->size bytes cost 50
 * instructions an item (25,000 items for the shipped rules).  The same
 * growth and zeroed item as cc_vec_push. */
static inline void *S_push(cc_vec *v, size_t size) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 16;
    v->items = cc_xrealloc(v->items, v->cap * v->size);
  }
  void *p = (char *)v->items + v->len * size;
  memset(p, 0, size);
  v->len++;
  return p;
}

static S_node *S_new(S_parser *P, int kind) {
  S_node *n = cc_arena_alloc(P->tmp, sizeof *n);
  n->kind = kind;
  return n;
}

/* The kids' array holds a power of two (a copy at 1, 2, 4, 8 ... kids,
 * not at every one: a sequence of a line's items grows one by one). */
static void S_add_kid(S_parser *P, S_node *n, S_node *kid) {
  uint32_t nk = n->nkids;
  if (!(nk & (nk - 1))) { /* 0 or a power of two: full */
    S_node **k = cc_arena_alloc_raw(P->tmp, (nk ? 2 * nk : 1) * sizeof *k);
    for (uint32_t i = 0; i < nk; i++)
      k[i] = n->kids[i];
    n->kids = k;
  }
  n->kids[n->nkids++] = kid;
  n->caps |= kid->caps;
}

static S_node *S_parse_seq(S_parser *P, S_tok *t, int closer);

/* A LIT node for litset ls, added to the program's. */
static S_node *S_new_lit(S_parser *P, const cc__litset *ls) {
  *(cc__litset *)S_push(&P->lits, sizeof(cc__litset)) = *ls;
  S_node *n = S_new(P, N_LIT);
  n->a = (int)P->lits.len - 1;
  return n;
}

/* Each byte of a pattern word for S_parse_word's one look: 0 an ASCII
 * letter or digit (isalnum in the C locale, which the tool never
 * leaves), 2 the '|' between alternatives, 1 any other byte. */
static const unsigned char S_alt_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* word = literal { "|" literal }   (no spaces around '|') */
static S_node *S_parse_word(S_parser *P, const S_tok *t) {
  const char *w = P->lp + t->off;
  cc__litset ls = {0};
  cc__altset *as = NULL;
  HASH_FIND(hh, P->rs->altsets, w, t->len, as);
  if (as) {
    ls.alts = as->alts;
    ls.nalts = as->nalts;
    return S_new_lit(P, &ls);
  }
  cc_vec *alts = &P->alts; /* (room kept from word to word) */
  alts->len = 0;
  /* the bars as S_lex found them, when it kept them for this word */
  bool lexed = P->bars_off == t->off;
  for (size_t j = 0, b = 0;; j++) {
    size_t i;   /* the end of the alternative from b: a '|' or the end */
    bool alnum; /* w[b .. i) is letters and digits alone */
    if (lexed) {
      i = j < P->nbars ? P->bar_at[j] : t->len;
      alnum = !P->bar_other[j < P->nbars ? j : P->nbars];
    } else {
      alnum = true;
      for (i = b; i < t->len; i++) {
        unsigned char c = S_alt_class[(unsigned char)w[i]];
        if (c == 2)
          break;
        alnum &= c == 0;
      }
    }
    bool empty = i == b, too_long = false, too_many = alts->len >= UINT16_MAX;
    if (!empty && !too_many) {
      too_long =
          !S_pieces(P, w + b, i - b, alnum, S_push(alts, sizeof(cc__lit)));
      if (too_long)
        alts->len--; /* the refused literal allocated nothing */
    }
    if (empty || too_long || too_many) {
      if (empty)
        S_fail(P, t->off + i, "empty alternative in '%.*s'", (int)t->len, w);
      else if (too_long)
        S_fail(P, t->off + b, "literal longer than %d words and marks",
               S_MAX_PIECES);
      else
        S_fail(P, t->off + b, "more than %d alternatives", UINT16_MAX);
      return NULL;
    }
    if (i >= t->len)
      break;
    b = i + 1;
  }
  /* (raw, its head zeroed: the copy below fills the alternatives, which
   * a word list has by the hundred) */
  as = cc_arena_alloc_raw(P->rs->mem, sizeof *as + alts->len * sizeof(cc__lit));
  memset(as, 0, sizeof *as);
  as->text = cc_arena_strndup(P->rs->mem, w, t->len);
  as->nalts = (uint16_t)alts->len;
  memcpy(as->alts, alts->items, alts->len * sizeof(cc__lit));
  HASH_ADD_KEYPTR(hh, P->rs->altsets, as->text, t->len, as);
  ls.alts = as->alts;
  ls.nalts = as->nalts;
  return S_new_lit(P, &ls);
}

/* slot = "{" TYPE [ ":" NAME ] "}" */
static S_node *S_parse_slot(S_parser *P, const S_tok *t) {
  const char *s = P->lp + t->off + 1;
  size_t n = t->len - 2;
  const char *colon = memchr(s, ':', n);
  size_t tn = colon ? (size_t)(colon - s) : n;
  int slot = S_slot_parse(s, tn);
  if (slot < 0) {
    S_fail(P, t->off, "unknown slot type '%.*s' (use DATE, TIME, DURATION, "
           "COUNT, PERCENT, MONEY, ORDINAL, PERSON, PLACE, ORG, LIST, NONN, "
           "PHRASE or WORD)", (int)tn, s);
    return NULL;
  }
  cc__prog *g = P->prog;
  if (g->ncaps == CC__RULE_MAX_CAPS) {
    S_fail(P, t->off, "more than %d slots in one pattern", CC__RULE_MAX_CAPS);
    return NULL;
  }
  char name[64];
  if (colon) {
    size_t nn = n - tn - 1;
    if (nn == 0 || nn >= sizeof name) {
      S_fail(P, t->off, "bad slot name in '%.*s'", (int)t->len, s - 1);
      return NULL;
    }
    for (size_t i = 0; i < nn; i++)
      if (!isalnum((unsigned char)colon[1 + i]) && colon[1 + i] != '_') {
        S_fail(P, t->off, "slot name '%.*s' may hold letters, digits and _",
               (int)nn, colon + 1);
        return NULL;
      }
    memcpy(name, colon + 1, nn); /* (nn < sizeof name: no snprintf) */
    name[nn] = '\0';
    /* one name in two alternatives ( {DATE:d} - | born {DATE:d} ) is one
     * capture: whichever alternative matched fills it */
    for (int i = 0; i < g->ncaps; i++)
      if (g->cap_names[i] && strcmp(g->cap_names[i], name) == 0) {
        if (g->cap_slot[i] != slot) {
          S_fail(P, t->off, "slot name '%s' used for two slot types", name);
          return NULL;
        }
        S_node *nd = S_new(P, N_SLOT);
        nd->a = slot;
        nd->b = i;
        nd->caps = 1u << i;
        return nd;
      }
    g->cap_names[g->ncaps] = cc_arena_strdup(P->rs->mem, name);
  }
  g->cap_slot[g->ncaps] = (uint8_t)slot;
  /* The value of a rule with no 'value' line: the first value slot, but
   * one outside brackets before one inside ("[by {PERCENT}] to
   * {PERCENT:v}" is worth its rate when "by" is not written). */
  if (S_value_slot(slot) &&
      (g->default_val < 0 || (P->default_opt && P->opt_depth == 0))) {
    g->default_val = (int8_t)g->ncaps;
    P->default_opt = P->opt_depth > 0;
  }
  S_node *nd = S_new(P, N_SLOT);
  nd->a = slot;
  nd->caps = 1u << g->ncaps;
  nd->b = g->ncaps++;
  return nd;
}

/* alts = seq { "|" seq }   (inside "[...]" or "(...)") */
static S_node *S_parse_alts(S_parser *P, S_tok *t, int closer) {
  S_node *alt = S_new(P, N_ALT);
  for (;;) {
    S_node *seq = S_parse_seq(P, t, closer);
    if (!seq)
      return NULL;
    S_add_kid(P, alt, seq);
    if (t->kind != T_BAR)
      break;
    if (S_lex(P, t) != 0)
      return NULL;
  }
  if (t->kind != closer) {
    char near[56];
    S_near(P, t->off, near, sizeof near);
    S_fail(P, t->off, "expected '%c' to close the group, %s",
           closer == T_RBRACK ? ']' : ')', near);
    return NULL;
  }
  return alt->nkids == 1 ? alt->kids[0] : alt;
}

/* item = word | slot | gap | "[" alts "]" | "(" alts ")" */
static S_node *S_parse_item(S_parser *P, S_tok *t) {
  S_node *n = NULL;
  switch (t->kind) {
  case T_WORD: n = S_parse_word(P, t); break;
  case T_SLOT: n = S_parse_slot(P, t); break;
  case T_GAP:
    n = S_new(P, N_GAP);
    n->a = t->gmin;
    n->b = t->gmax;
    break;
  case T_LBRACK:
  case T_LPAR: {
    int closer = t->kind == T_LBRACK ? T_RBRACK : T_RPAR;
    if (++P->depth > 16) {
      S_fail(P, t->off, "groups nested more than 16 deep");
      return NULL;
    }
    if (S_lex(P, t) != 0)
      return NULL;
    P->opt_depth += closer == T_RBRACK;
    S_node *inner = S_parse_alts(P, t, closer);
    P->opt_depth -= closer == T_RBRACK;
    P->depth--;
    if (!inner)
      return NULL;
    if (closer == T_RBRACK) {
      n = S_new(P, N_OPT);
      S_add_kid(P, n, inner);
    } else {
      n = inner;
    }
    break;
  }
  default: {
    char near[56];
    S_near(P, t->off, near, sizeof near);
    S_fail(P, t->off, "unexpected text in a pattern, %s", near);
    return NULL;
  }
  }
  if (!n || S_lex(P, t) != 0)
    return NULL;
  return n;
}

/* seq = item { item }
 * One name in two alternatives is one capture (S_parse_slot); the same
 * name twice in one sequence would be filled twice: refused. */
static S_node *S_parse_seq(S_parser *P, S_tok *t, int closer) {
  S_node *seq = S_new(P, N_SEQ);
  unsigned caps = 0;
  while (t->kind != T_END && t->kind != T_BAR && t->kind != closer) {
    if (t->kind == T_RBRACK || t->kind == T_RPAR) {
      S_fail(P, t->off, "'%c' without an opening bracket",
             P->lp[t->off]);
      return NULL;
    }
    size_t off = t->off;
    S_node *it = S_parse_item(P, t);
    if (!it)
      return NULL;
    unsigned m = it->caps;
    if (m & caps) {
      int c = __builtin_ctz(m & caps);
      S_fail(P, off, "slot name '%s' used twice in one pattern (one name "
             "is one value; name the other slot differently)",
             P->prog->cap_names[c] ? P->prog->cap_names[c] : "?");
      return NULL;
    }
    caps |= m;
    S_add_kid(P, seq, it);
  }
  if (seq->nkids == 0) {
    S_fail(P, t->off, "empty pattern or alternative");
    return NULL;
  }
  return seq;
}

/* ---- compiling the tree to VM code ------------------------------------------ */

static int32_t S_emit(S_parser *P, int op, int a, int b, int32_t x,
                      int32_t y) {
  cc__inst *in = S_push(&P->code, sizeof(cc__inst));
  in->op = (uint8_t)op;
  in->a = (int16_t)a;
  in->b = (int16_t)b;
  in->x = x;
  in->y = y;
  return (int32_t)P->code.len - 1;
}

static cc__inst *S_inst(S_parser *P, int32_t pc) {
  return CC_VEC_AT(&P->code, cc__inst, pc);
}

static void S_compile(S_parser *P, const S_node *n) {
  switch (n->kind) {
  case N_LIT: S_emit(P, CC__OP_LIT, n->a, 0, 0, 0); break;
  case N_SLOT: S_emit(P, CC__OP_SLOT, n->a, n->b, 0, 0); break;
  case N_SEQ:
    for (uint32_t i = 0; i < n->nkids; i++)
      S_compile(P, n->kids[i]);
    break;
  case N_OPT: { /* greedy: try the body first */
    int32_t sp = S_emit(P, CC__OP_SPLIT, 0, 0, 0, 0);
    S_inst(P, sp)->x = sp + 1;
    S_compile(P, n->kids[0]);
    S_inst(P, sp)->y = (int32_t)P->code.len;
    break;
  }
  case N_ALT: {
    int32_t *jumps = cc_arena_alloc(P->tmp, n->nkids * sizeof *jumps);
    uint32_t nj = 0;
    for (uint32_t i = 0; i < n->nkids; i++) {
      int32_t sp = -1;
      if (i + 1 < n->nkids) {
        sp = S_emit(P, CC__OP_SPLIT, 0, 0, 0, 0);
        S_inst(P, sp)->x = sp + 1;
      }
      S_compile(P, n->kids[i]);
      if (i + 1 < n->nkids) {
        jumps[nj++] = S_emit(P, CC__OP_JMP, 0, 0, 0, 0);
        S_inst(P, sp)->y = (int32_t)P->code.len;
      }
    }
    for (uint32_t i = 0; i < nj; i++)
      S_inst(P, jumps[i])->x = (int32_t)P->code.len;
    break;
  }
  case N_GAP: { /* lazy: MIN tokens, then prefer stopping */
    for (int i = 0; i < n->a; i++)
      S_emit(P, CC__OP_ANY, 0, 0, 0, 0);
    int32_t splits[CC__RULE_MAX_GAP];
    int ns = 0;
    for (int i = n->a; i < n->b; i++) {
      splits[ns++] = S_emit(P, CC__OP_SPLIT, 0, 0, 0, 0);
      S_emit(P, CC__OP_ANY, 0, 0, 0, 0);
    }
    for (int i = 0; i < ns; i++) {
      S_inst(P, splits[i])->x = (int32_t)P->code.len;
      S_inst(P, splits[i])->y = splits[i] + 1;
    }
    break;
  }
  }
}

/* ---- FIRST sets: what a pattern can start with, for the index --------------- */

typedef struct S_first {
  const S_node *items[256];
  int n;
  bool any; /* a gap, {WORD} or {PHRASE} can come first */
} S_first;

/* Adds the starters of n; returns true when n can match no tokens. */
static bool S_first_of(const S_node *n, S_first *f) {
  switch (n->kind) {
  case N_LIT:
    if (f->n < 256)
      f->items[f->n++] = n;
    return false;
  case N_SLOT:
    if (n->a == CC__S_WORD || n->a == CC__S_PHRASE)
      f->any = true;
    else if (f->n < 256)
      f->items[f->n++] = n;
    return false;
  case N_GAP:
    f->any = true;
    return n->a == 0;
  case N_OPT:
    S_first_of(n->kids[0], f);
    return true;
  case N_SEQ:
    for (uint32_t i = 0; i < n->nkids; i++)
      if (!S_first_of(n->kids[i], f))
        return false;
    return true;
  case N_ALT: {
    bool nullable = false;
    for (uint32_t i = 0; i < n->nkids; i++)
      nullable |= S_first_of(n->kids[i], f);
    return nullable;
  }
  }
  return false;
}

static void S_index_add(cc_ruleset *rs, const char *key, uint32_t ref) {
  cc__ientry *e = NULL;
  size_t n = strlen(key);
  HASH_FIND(hh, rs->index, key, n, e);
  if (!e) {
    e = cc_arena_alloc(rs->mem, sizeof *e);
    e->key = cc_arena_strndup(rs->mem, key, n);
    HASH_ADD_KEYPTR(hh, rs->index, e->key, n, e);
  }
  for (uint32_t i = 0; i < e->n; i++)
    if (e->progs[i] == ref)
      return;
  if (e->n == e->cap) { /* (twice the room, from rs->mem: the old room is
                           left there, at most as much again) */
    e->cap = e->cap ? e->cap * 2 : 4;
    uint32_t *p = cc_arena_alloc_raw(rs->mem, e->cap * sizeof *p);
    if (e->n)
      memcpy(p, e->progs, e->n * sizeof *p);
    e->progs = p;
  }
  e->progs[e->n++] = ref;
}

static int S_index(S_parser *P, const S_node *root, uint32_t ref) {
  S_first f = {.n = 0, .any = false};
  bool nullable = S_first_of(root, &f);
  if (nullable || f.any)
    return S_fail(P, 0, "a pattern must begin with a word or a typed slot "
                  "(not a gap, {WORD} or {PHRASE})");
  for (int i = 0; i < f.n; i++) {
    const S_node *n = f.items[i];
    if (n->kind == N_SLOT) {
      S_index_add(P->rs, S_slot_keys[n->a], ref);
      continue;
    }
    const cc__litset *ls = CC_VEC_AT(&P->lits, cc__litset, n->a);
    for (uint16_t k = 0; k < ls->nalts; k++)
      S_index_add(P->rs, ls->alts[k].pieces[0], ref);
  }
  return 0;
}

/* ---- clauses ------------------------------------------------------------------ */

static cc__rule *S_need_rule(S_parser *P, size_t off, const char *kw) {
  if (!P->cur)
    S_fail(P, off, "'%s' outside a rule (start one with 'rule ID')", kw);
  return P->cur;
}

/* A copy of v's items of its length (NULL when it has none, as a vector
 * never pushed to), for a program to own. */
static void *S_copy_vec(const cc_vec *v) {
  if (!v->len)
    return NULL;
  void *p = cc_xmalloc(v->len * v->size);
  memcpy(p, v->items, v->len * v->size);
  return p;
}

/* match = pattern */
static int S_clause_match(S_parser *P) {
  cc__rule *r = P->cur;
  if (r->nprogs >= CC__RULE_MAX_PROGS)
    return S_fail(P, 0, "rule '%s': more than %d 'match' lines (split it "
                  "into rules with the same frame)", r->info.id,
                  CC__RULE_MAX_PROGS);
  r->progs = cc_xrealloc(r->progs, (r->nprogs + 1) * sizeof *r->progs);
  P->prog = &r->progs[r->nprogs++];
  memset(P->prog, 0, sizeof *P->prog);
  P->prog->default_val = -1;
  P->default_opt = false;
  P->opt_depth = 0;
  P->prog->line = P->line;
  /* (the vectors keep their room from pattern to pattern: each program
   * takes a copy of its length, not a vector grown from 16 items) */
  P->code.len = 0;
  P->lits.len = 0;
  S_tok t;
  if (S_lex(P, &t) != 0)
    return -1;
  S_node *root = S_parse_seq(P, &t, -1);
  if (root && t.kind == T_BAR)
    return S_fail(P, t.off, "a '|' between whole sequences needs a group: "
                  "( a b | c d )");
  if (root && t.kind != T_END)
    return S_fail(P, t.off, "unexpected '%c'", P->lp[t.off]);
  if (!root)
    return -1;
  S_compile(P, root);
  S_emit(P, CC__OP_MATCH, 0, 0, 0, 0);
  cc__prog *g = P->prog;
  /* (the code from rs->mem, as nothing grows it later: an arena's bump,
   * not a malloc, for each of the rules' programs) */
  g->code = cc_arena_alloc_raw(P->rs->mem, P->code.len * sizeof *g->code);
  memcpy(g->code, P->code.items, P->code.len * sizeof *g->code);
  g->ncode = (uint32_t)P->code.len;
  g->lits = S_copy_vec(&P->lits);
  g->nlits = g->nlits_code = (uint32_t)P->lits.len;
  if (g->ncode > P->rs->max_code)
    P->rs->max_code = g->ncode;
  /* (index after compiling; S_index reads P->lits, the program's copy) */
  return S_index(P, root, ((P->rs->nrules - 1) << 8) | (r->nprogs - 1));
}

/* "$name" -> name (owned copy), or NULL with an error */
static char *S_cap_ref(S_parser *P) {
  const char *w;
  size_t off;
  S_skip_space(P);
  off = P->pos;
  size_t n = S_word(P, &w);
  if (n < 2 || w[0] != '$') {
    char near[56];
    S_near(P, off, near, sizeof near);
    S_fail(P, off, "expected a slot reference like $name, %s", near);
    return NULL;
  }
  return cc_arena_strndup(P->rs->mem, w + 1, n - 1);
}

/* quoted = '"' TEXT '"' */
static char *S_quoted(S_parser *P) {
  S_skip_space(P);
  size_t off = (S_skip_space(P), P->pos);
  if (off >= P->llen || P->lp[off] != '"') {
    S_fail(P, off, "expected a quoted text");
    return NULL;
  }
  const char *close = memchr(P->lp + off + 1, '"', P->llen - off - 1);
  if (!close) {
    S_fail(P, off, "unterminated quoted text");
    return NULL;
  }
  P->pos = (size_t)(close - P->lp) + 1;
  P->norm.len = 0;
  cc_lex_normalize(P->lp + off + 1, (size_t)(close - P->lp) - off - 1,
                   &P->norm);
  return cc_arena_strndup(P->rs->mem, P->norm.ptr, P->norm.len);
}

/* After "name" in a subject or object clause, at offset at: the word
 * "before" (the words before the match), else an error there. */
static int S_name_before(S_parser *P, size_t at) {
  const char *w;
  size_t n = S_word(P, &w);
  if (S_is(w, n, "before"))
    return 0;
  return S_fail(P, at, "expected 'before' or $slot after 'name'");
}

/* subject = "story" | "parties" | "sides" | "main" | "person" | "org" | "$x"
 *         | "country" "$x" | "leader" "$x" | "member" "$x" | "full" "$x"
 *         | quoted */
static int S_clause_subject(S_parser *P) {
  cc__rule *r = P->cur;
  S_skip_space(P);
  size_t off = (S_skip_space(P), P->pos);
  if (off < P->llen && P->lp[off] == '"') {
    r->subj = CC__SUBJ_TEXT;
    return (r->subj_text = S_quoted(P)) ? 0 : -1;
  }
  if (off < P->llen && P->lp[off] == '$') {
    r->subj = CC__SUBJ_CAP;
    return (r->subj_cap = S_cap_ref(P)) ? 0 : -1;
  }
  const char *w;
  size_t n = S_word(P, &w);
  static const struct { const char *kw; int subj; bool cap; } tab[] = {
      {"story", CC__SUBJ_STORY, false},   {"parties", CC__SUBJ_PARTIES, false},
      {"sides", CC__SUBJ_SIDES, false},   {"main", CC__SUBJ_MAIN, false},
      {"person", CC__SUBJ_PERSON, false}, {"org", CC__SUBJ_ORG, false},
      {"country", CC__SUBJ_COUNTRY, true}, {"leader", CC__SUBJ_LEADER, true},
      {"member", CC__SUBJ_MEMBER, true}, {"full", CC__SUBJ_FULL, true}};
  if (S_is(w, n, "name")) { /* "name before": the words before the match */
    size_t at = (S_skip_space(P), P->pos);
    if (at < P->llen && P->lp[at] == '$') { /* "name $x": its capitalized words */
      r->subj = CC__SUBJ_CAP_NAME;
      return (r->subj_cap = S_cap_ref(P)) ? 0 : -1;
    }
    if (S_name_before(P, at) != 0)
      return -1;
    r->subj = CC__SUBJ_NAME_BEFORE;
    return 0;
  }
  if (S_is(w, n, "lone")) { /* "lone country" */
    const char *w2;
    size_t n2 = (S_skip_space(P), S_word(P, &w2));
    if (S_is(w2, n2, "country")) {
      r->subj = CC__SUBJ_LONE_COUNTRY;
      return 0;
    }
  }
  if (S_is(w, n, "full")) { /* "full person", else "full $slot" below */
    size_t at = (S_skip_space(P), P->pos);
    const char *w2;
    size_t n2 = S_word(P, &w2);
    if (S_is(w2, n2, "person")) {
      r->subj = CC__SUBJ_FULL_PERSON;
      return 0;
    }
    if (S_is(w2, n2, "lone")) { /* "full lone person" */
      n2 = (S_skip_space(P), S_word(P, &w2));
      if (S_is(w2, n2, "person")) {
        r->subj = CC__SUBJ_LONE_PERSON;
        return 0;
      }
    }
    P->pos = at;
  }
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) {
    if (!S_is(w, n, tab[i].kw))
      continue;
    r->subj = (uint8_t)tab[i].subj;
    if (tab[i].cap && !(r->subj_cap = S_cap_ref(P)))
      return -1;
    return 0;
  }
  return S_fail(P, off, "unknown subject '%.*s' (use story, parties, sides, "
                "main, person, org, full person, full lone person, lone country, name before, name $slot, $slot, country $slot, leader $slot, "
                "member $slot, full $slot or \"text\")",
                (int)n, w);
}

/* object = "$x" | "name" "$x" | quoted | "none" */
static int S_clause_object(S_parser *P) {
  cc__rule *r = P->cur;
  S_skip_space(P);
  size_t off = (S_skip_space(P), P->pos);
  if (off < P->llen && P->lp[off] == '"')
    return (r->obj_text = S_quoted(P)) ? 0 : -1;
  if (off < P->llen && P->lp[off] == '$')
    return (r->obj_cap = S_cap_ref(P)) ? 0 : -1;
  const char *w;
  size_t n = S_word(P, &w);
  if (S_is(w, n, "none"))
    return 0;
  if (S_is(w, n, "name")) { /* the capitalized words the capture begins with */
    size_t at = (S_skip_space(P), P->pos);
    r->obj_name = true;
    if (at < P->llen && P->lp[at] != '$') { /* "name before" */
      if (S_name_before(P, at) != 0)
        return -1;
      r->obj_before = true;
      return 0;
    }
    return (r->obj_cap = S_cap_ref(P)) ? 0 : -1;
  }
  return S_fail(P, off, "unknown object '%.*s' (use $slot, name $slot, "
                "name before, \"text\" or none)",
                (int)n, w);
}

/* value = "$x" | "docdate" "-" "$x" [ "years" | "months" | "days" ]
 *       | "age" "$n" | "$l" "+" ( "$p" | "leader" "$x" )
 *       | ( "max" | "min" ) "$a" "$b" */
static int S_clause_value(S_parser *P) {
  cc__rule *r = P->cur;
  S_skip_space(P);
  size_t off = (S_skip_space(P), P->pos);
  const char *w;
  if (off < P->llen && P->lp[off] == '$') {
    r->val = CC__VAL_CAP;
    if (!(r->val_cap = S_cap_ref(P)))
      return -1;
    if (S_at_end(P))
      return 0;
    size_t o2 = (S_skip_space(P), P->pos);
    size_t n = S_word(P, &w);
    if (!S_is(w, n, "+"))
      return S_fail(P, o2, "expected '+' or the end of the line, near '%.*s'",
                    (int)n, w);
    r->val = CC__VAL_LIST_PLUS;
    S_skip_space(P);
    if (P->pos < P->llen && P->lp[P->pos] != '$') {
      size_t o3 = (S_skip_space(P), P->pos);
      n = S_word(P, &w);
      if (!S_is(w, n, "leader"))
        return S_fail(P, o3, "expected $slot or leader $slot after '+'");
      r->plus_leader = true;
    }
    return (r->plus_cap = S_cap_ref(P)) ? 0 : -1;
  }
  size_t n = S_word(P, &w);
  if (S_is(w, n, "max") || S_is(w, n, "min")) {
    r->val = CC__VAL_CAP;
    r->val_pick = S_is(w, n, "max") ? 1 : -1;
    if (!(r->val_cap = S_cap_ref(P)))
      return -1;
    return (r->plus_cap = S_cap_ref(P)) ? 0 : -1;
  }
  if (S_is(w, n, "age")) {
    r->val = CC__VAL_AGE;
    r->val_unit = CC__U_YEARS;
    return (r->val_cap = S_cap_ref(P)) ? 0 : -1;
  }
  if (!S_is(w, n, "docdate"))
    return S_fail(P, off, "unknown value '%.*s' (use $slot, docdate - $slot, "
                  "age $slot, $list + $slot, max $a $b or min $a $b)", (int)n, w);
  size_t o2 = (S_skip_space(P), P->pos);
  n = S_word(P, &w);
  if (!S_is(w, n, "-"))
    return S_fail(P, o2, "expected '-' after docdate");
  r->val = CC__VAL_DOC_MINUS;
  if (!(r->val_cap = S_cap_ref(P)))
    return -1;
  if (S_at_end(P))
    return 0;
  o2 = (S_skip_space(P), P->pos);
  n = S_word(P, &w);
  if (S_is(w, n, "years"))
    r->val_unit = CC__U_YEARS;
  else if (S_is(w, n, "months"))
    r->val_unit = CC__U_MONTHS;
  else if (S_is(w, n, "days"))
    r->val_unit = CC__U_DAYS;
  else
    return S_fail(P, o2, "unknown unit '%.*s' (use years, months or days)",
                  (int)n, w);
  return 0;
}

/* WORDS = word { "|" word }   (into *out) */
static int S_words_clause(S_parser *P, cc__litset *out, const char *kw) {
  S_tok t;
  if (S_lex(P, &t) != 0)
    return -1;
  if (t.kind != T_WORD)
    return S_fail(P, t.off, "expected words like a|b|c after %s", kw);
  P->lits.len = 0; /* (its room kept) */
  if (!S_parse_word(P, &t))
    return -1;
  *out = *CC_VEC_AT(&P->lits, cc__litset, 0);
  P->lits.len = 0;
  return S_at_end(P) ? 0 : S_fail(P, P->pos, "unexpected text after the words");
}

/* unless = [ "after" | "sentence" ] WORDS: words in the match or the 4
 * tokens before it; with "after", in the 4 tokens after it; with
 * "sentence", anywhere in the sentence.  One line of each kind; "unless
 * after" alone (no words following) is the word "after", and so for
 * "sentence". */
static int S_clause_unless(S_parser *P) {
  cc__rule *r = P->cur;
  size_t off = (S_skip_space(P), P->pos);
  const char *w;
  size_t n = S_word(P, &w);
  bool more = !S_at_end(P);
  bool after = more && S_is(w, n, "after");
  bool sent = more && S_is(w, n, "sentence");
  if (!after && !sent)
    P->pos = off;
  cc__litset *ls = after ? &r->unless_after
                   : sent ? &r->unless_sentence
                          : &r->unless;
  const char *kw = after ? "unless after" : sent ? "unless sentence" : "unless";
  if (ls->nalts)
    return S_fail(P, off, "rule '%s' has two '%s' lines", r->info.id, kw);
  return S_words_clause(P, ls, kw);
}

/* context = [ "2" | "3" ] WORDS: words in the sentence or the one before
 * it in its paragraph; with a number, in that many sentences before it. */
static int S_clause_context(S_parser *P) {
  S_skip_space(P);
  const char *c = P->lp + P->pos;
  P->cur->context_back = 1;
  if (P->pos + 1 < P->llen && c[0] >= '0' && c[0] <= '9' &&
      isspace((unsigned char)c[1])) {
    if (c[0] < '1' || c[0] > '3')
      return S_fail(P, P->pos, "context reaches 1 to 3 sentences back");
    P->cur->context_back = (uint8_t)(c[0] - '0');
    P->pos++;
  }
  return S_words_clause(P, &P->cur->context, "context");
}

/* open = [ "when" WORDS ] */
static int S_clause_open(S_parser *P) {
  cc__rule *r = P->cur;
  r->open = true;
  if (S_at_end(P))
    return 0;
  const char *w;
  size_t off = (S_skip_space(P), P->pos);
  size_t n = S_word(P, &w);
  if (!S_is(w, n, "when"))
    return S_fail(P, off, "expected 'when' or the end of the line after open");
  return S_words_clause(P, &r->open_when, "when");
}

/* requirement = ( "past" | "future" ) "$x" [ DAYS [ "days" ] ]
 *             | "past" "$x" "today" | "year" "$x"
 *             | "$x" NUMBER ".." NUMBER [ UNIT ] | "current"
 *             | "$x" "measure" MEASURE */
static int S_clause_require(S_parser *P) {
  cc__rule *r = P->cur;
  cc__require q = {0};
  S_skip_space(P);
  size_t off = (S_skip_space(P), P->pos);
  if (off < P->llen && P->lp[off] == '$') {
    if (!(q.cap = S_cap_ref(P)))
      return -1;
    const char *w;
    size_t o2 = (S_skip_space(P), P->pos);
    size_t n = S_word(P, &w);
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*s", (int)n, w);
    if (S_is(w, n, "measure")) {
      /* "require $v measure speed" */
      size_t o6 = (S_skip_space(P), P->pos);
      const char *mw;
      size_t mn = S_word(P, &mw);
      char name[32];
      snprintf(name, sizeof name, "%.*s", (int)(mn < 31 ? mn : 31), mw);
      const char *canon = mn && mn < 31 ? cc_quantity_canon(name) : NULL;
      if (!canon) {
        return S_fail(P, o6, "unknown measure '%.*s' (use length, area, "
                      "speed, mass, volume, temperature, power, energy, "
                      "degrees, data or bitrate)",
                      (int)mn, mw);
      }
      if (!S_at_end(P)) {
        return S_fail(P, P->pos, "unexpected text after the measure");
      }
      q.kind = CC__REQ_MEASURE;
      memcpy(q.unit, canon, strlen(canon) + 1);
      r->measure = true;
      r->reqs = cc_xrealloc(r->reqs, (r->nreqs + 1) * sizeof *r->reqs);
      r->reqs[r->nreqs++] = q;
      return 0;
    }
    /* "1..120", or open at one end: "1.." (one or more, "more than a
     * decade" included), "..5" */
    char *dots = strstr(tmp, "..");
    char *e1 = NULL, *e2 = NULL;
    bool open_lo = false, open_hi = false;
    if (dots) {
      *dots = 0;
      open_lo = tmp[0] == '\0';
      open_hi = dots[2] == '\0';
      q.lo = open_lo ? -INFINITY : strtod(tmp, &e1);
      q.hi = open_hi ? INFINITY : strtod(dots + 2, &e2);
    }
    if (!dots || (open_lo && open_hi) || (!open_lo && (e1 == tmp || *e1)) ||
        (!open_hi && (e2 == dots + 2 || *e2)) || q.hi < q.lo) {
      return S_fail(P, o2, "expected a range like 1..120, 1.. or ..5, near "
                    "'%.*s'", (int)n, w);
    }
    q.kind = CC__REQ_RANGE;
    if (!S_at_end(P)) {
      /* "require $d 0..23 hours": a range of durations (in seconds) */
      static const struct {
        const char *w;
        double s;
      } units[] = {{"seconds", 1},  {"minutes", 60},     {"hours", 3600},
                   {"days", 86400}, {"weeks", 7 * 86400}};
      size_t o5 = (S_skip_space(P), P->pos);
      const char *uw;
      size_t un = S_word(P, &uw);
      double f = 0;
      for (size_t i = 0; i < sizeof units / sizeof units[0] && !f; i++)
        if (S_is(uw, un, units[i].w))
          f = units[i].s;
      if (!f) {
        return S_fail(P, o5, "unknown unit '%.*s' after the range (use "
                      "seconds, minutes, hours, days or weeks)", (int)un, uw);
      }
      q.lo *= f;
      q.hi *= f;
    }
  } else {
    const char *w;
    size_t n = S_word(P, &w);
    if (S_is(w, n, "current")) {
      q.kind = CC__REQ_CURRENT;
      r->reqs = cc_xrealloc(r->reqs, (r->nreqs + 1) * sizeof *r->reqs);
      r->reqs[r->nreqs++] = q;
      return S_at_end(P) ? 0 : S_fail(P, P->pos, "unexpected text after "
                                      "current");
    }
    if (S_is(w, n, "past"))
      q.kind = CC__REQ_PAST;
    else if (S_is(w, n, "future"))
      q.kind = CC__REQ_FUTURE;
    else if (S_is(w, n, "year"))
      q.kind = CC__REQ_YEAR;
    else
      return S_fail(P, off, "unknown requirement '%.*s' (use past $slot, "
                    "future $slot, year $slot, current or $slot MIN..MAX)", (int)n, w);
    if (!(q.cap = S_cap_ref(P)))
      return -1;
    if ((q.kind == CC__REQ_PAST || q.kind == CC__REQ_FUTURE) && !S_at_end(P)) {
      /* "require past $d 14": at least 14 days before the article */
      const char *w2;
      size_t o3 = (S_skip_space(P), P->pos);
      size_t n2 = S_word(P, &w2);
      if (q.kind == CC__REQ_PAST && S_is(w2, n2, "today")) {
        /* "require past $d today": on the article's day or before it
         * ("the quake struck on Wednesday" in a Wednesday article) */
        q.lo = -1;
        r->reqs = cc_xrealloc(r->reqs, (r->nreqs + 1) * sizeof *r->reqs);
        r->reqs[r->nreqs++] = q;
        return S_at_end(P) ? 0 : S_fail(P, P->pos, "unexpected text after "
                                        "today");
      }
      char num[32];
      snprintf(num, sizeof num, "%.*s", (int)(n2 < 31 ? n2 : 31), w2);
      char *e3 = NULL;
      long days = n2 && n2 < 31 ? strtol(num, &e3, 10) : -1;
      if (days < 0 || days > 36500 || !e3 || *e3) {
        return S_fail(P, o3, "expected a number of days (0..36500) after "
                      "the slot, near '%.*s'", (int)n2, w2);
      }
      q.lo = (double)days;
      size_t o4 = (S_skip_space(P), P->pos);
      if (!S_at_end(P)) {
        n2 = S_word(P, &w2);
        if (!S_is(w2, n2, "days") && !S_is(w2, n2, "day")) {
            return S_fail(P, o4, "expected 'days' or the end of the line, "
                        "near '%.*s'", (int)n2, w2);
        }
      }
    }
  }
  r->reqs = cc_xrealloc(r->reqs, (r->nreqs + 1) * sizeof *r->reqs);
  r->reqs[r->nreqs++] = q;
  return 0;
}

/* ---- rule checks at the end of a rule ----------------------------------------- */

static int S_cap_index(const cc__prog *g, const char *name) {
  for (int i = 0; i < g->ncaps; i++)
    if (g->cap_names[i] && strcmp(g->cap_names[i], name) == 0)
      return i;
  return -1;
}

/* Point the parser at the "$name" of the clause written at `at` (at the
 * start of the rule's first pattern when that is not known); returns
 * its offset. */
static size_t S_goto_ref(S_parser *P, const S_at *at, const char *name,
                         unsigned fallback_line) {
  if (!at->line) {
    P->line = fallback_line;
    return 0;
  }
  P->line = at->line;
  P->lp = at->lp;
  P->llen = at->llen;
  size_t n = strlen(name);
  for (size_t o = 0; o + n < P->llen; o++)
    if (P->lp[o] == '$' && memcmp(P->lp + o + 1, name, n) == 0)
      return o;
  return 0;
}

/* Every $name the action uses must be a slot of every pattern, of a type
 * the action can use.  The error points at the clause that uses it. */
static int S_check_ref(S_parser *P, const char *name, const char *what,
                       const S_at *at, unsigned mask) {
  cc__rule *r = P->cur;
  for (uint32_t i = 0; i < r->nprogs; i++) {
    unsigned pl = r->progs[i].line;
    int c = S_cap_index(&r->progs[i], name);
    if (c < 0) {
      size_t off = S_goto_ref(P, at, name, pl);
      return S_fail(P, off, "rule '%s': the %s uses $%s but the pattern on "
                    "line %u has no slot named %s", r->info.id, what, name,
                    pl, name);
    }
    if (mask && !(mask & (1u << r->progs[i].cap_slot[c]))) {
      size_t off = S_goto_ref(P, at, name, pl);
      return S_fail(P, off, "rule '%s': the %s cannot use $%s, a {%s} slot "
                    "on line %u", r->info.id, what, name,
                    S_slots[r->progs[i].cap_slot[c]], pl);
    }
  }
  return 0;
}

#define M(s) (1u << (s))
static int S_finish_rule(S_parser *P) {
  cc__rule *r = P->cur;
  if (!r)
    return 0;
  unsigned save = P->line;
  const char *save_lp = P->lp;
  size_t save_len = P->llen;
  P->line = r->info.line;
  P->lp = "";
  P->llen = 0;
  int rc = 0;
  if (!r->info.frame)
    rc = S_fail(P, 0, "rule '%s' has no 'frame' line", r->info.id);
  else if (r->nprogs == 0)
    rc = S_fail(P, 0, "rule '%s' has no 'match' line", r->info.id);
  unsigned ent = M(CC__S_PERSON) | M(CC__S_PLACE) | M(CC__S_ORG) |
                 M(CC__S_PHRASE) | M(CC__S_WORD);
  unsigned val = M(CC__S_DATE) | M(CC__S_TIME) | M(CC__S_DURATION) |
                 M(CC__S_COUNT) | M(CC__S_PERCENT) | M(CC__S_MONEY) |
                 M(CC__S_ORDINAL) | M(CC__S_LIST) | M(CC__S_NONN);
  if (!rc && r->subj_cap)
    rc = S_check_ref(P, r->subj_cap, "subject", &P->subj_at,
                     r->subj == CC__SUBJ_CAP || r->subj == CC__SUBJ_CAP_NAME
                         ? ent
                     : r->subj == CC__SUBJ_MEMBER || r->subj == CC__SUBJ_FULL
                         ? M(CC__S_PERSON)
                                                  : M(CC__S_PERSON) | M(CC__S_PLACE));
  if (!rc && r->obj_cap)
    rc = S_check_ref(P, r->obj_cap, "object", &P->obj_at,
                     r->obj_name ? ent : ent | M(CC__S_DATE) | M(CC__S_COUNT));
  if (!rc && r->val_cap)
    rc = S_check_ref(P, r->val_cap, "value", &P->val_at,
                     r->val == CC__VAL_AGE || r->val_pick ? M(CC__S_COUNT)
                     : r->val == CC__VAL_DOC_MINUS
                         ? (r->val_unit ? M(CC__S_COUNT) : M(CC__S_DURATION))
                     : r->val == CC__VAL_LIST_PLUS ? M(CC__S_LIST)
                                                   : val);
  if (!rc && r->plus_cap)
    rc = S_check_ref(P, r->plus_cap, "value", &P->val_at,
                     r->val_pick       ? M(CC__S_COUNT)
                     : r->plus_leader ? M(CC__S_PLACE)
                                      : M(CC__S_PERSON));
  for (uint32_t i = 0; !rc && i < r->nreqs; i++) {
    const S_at *at = i < P->req_at.len ? CC_VEC_AT(&P->req_at, S_at, i)
                                       : &(S_at){0};
    rc = r->reqs[i].kind == CC__REQ_CURRENT ? 0 : S_check_ref(P, r->reqs[i].cap, "requirement", at,
                     r->reqs[i].kind == CC__REQ_RANGE
                         ? M(CC__S_COUNT) | M(CC__S_PERCENT) | M(CC__S_MONEY) |
                               M(CC__S_NONN) | M(CC__S_DURATION)
                     : r->reqs[i].kind == CC__REQ_MEASURE
                         ? M(CC__S_COUNT)
                         : M(CC__S_DATE) | M(CC__S_TIME));
  }
  for (uint32_t i = 0; !rc && !r->val_cap && i < r->nprogs; i++)
    if (r->progs[i].default_val < 0) {
      P->line = r->progs[i].line;
      rc = S_fail(P, 0, "rule '%s': this pattern has no value slot and the "
                  "rule has no 'value' line", r->info.id);
    }
  if (!rc && !r->info.description)
    r->info.description = "";
  P->line = save;
  P->lp = save_lp;
  P->llen = save_len;
  P->cur = NULL;
  return rc;
}
#undef M

/* rule = "rule" ID */
static int S_clause_rule(S_parser *P) {
  if (S_finish_rule(P) != 0)
    return -1;
  const char *w;
  size_t off = (S_skip_space(P), P->pos);
  size_t n = S_word(P, &w);
  if (n == 0)
    return S_fail(P, off, "expected a rule id after 'rule'");
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)w[i]) && !strchr("._-", w[i]))
      return S_fail(P, off, "rule id '%.*s' may hold letters, digits, '.', "
                    "'_' and '-'", (int)n, w);
  cc_ruleset *rs = P->rs;
  cc__ruleid *dup = NULL;
  HASH_FIND(hh, rs->ids, w, n, dup);
  if (dup)
    return S_fail(P, off, "duplicate rule id '%.*s' (first at %s:%u)",
                  (int)n, w, rs->rules[dup->rule].info.file,
                  rs->rules[dup->rule].info.line);
  if (rs->nrules >= (1u << 23))
    return S_fail(P, off, "too many rules");
  if (rs->nrules == rs->caprules) {
    rs->caprules = rs->caprules ? rs->caprules * 2 : 16;
    rs->rules = cc_xrealloc(rs->rules, rs->caprules * sizeof *rs->rules);
  }
  P->cur = &rs->rules[rs->nrules++];
  P->seen = 0;
  P->subj_at = P->obj_at = P->val_at = (S_at){0};
  P->req_at.len = 0;
  memset(P->cur, 0, sizeof *P->cur);
  P->cur->info.id = cc_arena_strndup(rs->mem, w, n);
  cc__ruleid *id = cc_arena_alloc(rs->mem, sizeof *id);
  id->rule = rs->nrules - 1;
  HASH_ADD_KEYPTR(hh, rs->ids, P->cur->info.id, n, id);
  P->cur->info.file = rs->files[rs->nfiles - 1];
  P->cur->info.line = P->line;
  return S_at_end(P) ? 0 : S_fail(P, P->pos, "unexpected text after the id");
}

/* frame = NAME */
static int S_clause_frame(S_parser *P) {
  const char *w;
  size_t off = (S_skip_space(P), P->pos);
  size_t n = S_word(P, &w);
  if (n == 0 || !islower((unsigned char)w[0]))
    return S_fail(P, off, "expected a frame name like event.start_time");
  for (size_t i = 0; i < n; i++)
    if (!islower((unsigned char)w[i]) && !isdigit((unsigned char)w[i]) &&
        !strchr("._", w[i]))
      return S_fail(P, off, "frame name '%.*s' may hold a-z, 0-9, '.' and "
                    "'_'", (int)n, w);
  if (P->cur->info.frame)
    return S_fail(P, off, "rule '%s' has two 'frame' lines", P->cur->info.id);
  P->cur->info.frame = cc_arena_strndup(P->rs->mem, w, n);
  return S_at_end(P) ? 0 : S_fail(P, P->pos, "unexpected text after the frame");
}

/* about = TEXT (quotes optional) */
static int S_clause_about(S_parser *P) {
  S_skip_space(P);
  size_t b = P->pos, e = P->llen;
  while (e > b && isspace((unsigned char)P->lp[e - 1]))
    e--;
  /* One pair of quotes around the whole text is dropped; "a", "b" is two
   * quoted examples, whose outer quotes belong to them. */
  if (e - b >= 2 && P->lp[b] == '"' && P->lp[e - 1] == '"' &&
      !memchr(P->lp + b + 1, '"', e - b - 2)) {
    b++;
    e--;
  } else if (e > b && P->lp[b] == '"' &&
             (e - b == 1 || !memchr(P->lp + b + 1, '"', e - b - 1))) {
    return S_fail(P, b, "unterminated quoted text (a '\"' opens the "
                  "description but none closes it)");
  }
  P->cur->info.description = cc_arena_strndup(P->rs->mem, P->lp + b, e - b);
  return 0;
}

typedef int (*S_clause_fn)(S_parser *);
static const struct {
  const char *kw;
  S_clause_fn fn;
  bool once; /* may appear at most once per rule */
} S_clauses[] = {
    {"about", S_clause_about, true},     {"frame", S_clause_frame, false},
    {"match", S_clause_match, false},     {"subject", S_clause_subject, true},
    {"object", S_clause_object, true},    {"value", S_clause_value, true},
    {"open", S_clause_open, true},        {"require", S_clause_require, false},
    {"unless", S_clause_unless, false},   {"context", S_clause_context, true},
};

/* Remember where the clauses that name slots were written (S_check_ref). */
static void S_note_at(S_parser *P, S_clause_fn fn, uint32_t nreqs, S_at at) {
  if (fn == S_clause_subject)
    P->subj_at = at;
  else if (fn == S_clause_object)
    P->obj_at = at;
  else if (fn == S_clause_value)
    P->val_at = at;
  for (uint32_t k = nreqs; P->cur && k < P->cur->nreqs; k++)
    *(S_at *)cc_vec_push(&P->req_at) = at;
}

static int S_line(S_parser *P) {
  if (S_at_end(P))
    return 0;
  const char *w;
  size_t off = (S_skip_space(P), P->pos);
  size_t n = S_word(P, &w);
  if (S_is(w, n, "rule"))
    return S_clause_rule(P);
  for (size_t i = 0; i < sizeof S_clauses / sizeof S_clauses[0]; i++) {
    if (!S_is(w, n, S_clauses[i].kw))
      continue;
    cc__rule *r = S_need_rule(P, off, S_clauses[i].kw);
    if (!r)
      return -1;
    if (S_clauses[i].once && (P->seen & (1u << i)))
      return S_fail(P, off, "rule '%s' has two '%s' lines", r->info.id,
                    S_clauses[i].kw);
    P->seen |= 1u << i;
    uint32_t nreqs = r->nreqs;
    S_at at = {P->line, P->lp, P->llen};
    int rc = S_clauses[i].fn(P);
    S_note_at(P, S_clauses[i].fn, nreqs, at);
    return rc;
  }
  return S_fail(P, off, "unknown keyword '%.*s' (use rule, about, frame, "
                "match, subject, object, value, open, require, unless or "
                "context)", (int)(n < 40 ? n : 40), w);
}

/* ---- entry points ---------------------------------------------------------------- */

/* Offset of the first byte of src that is not valid UTF-8, or len.  ASCII
 * bytes are skipped 32 at a time, then 8: rules files are mostly ASCII. */
static size_t S_bad_utf8_at(const char *src, size_t len) {
  const unsigned char *p = (const unsigned char *)src;
  size_t i = 0;
  while (i < len) {
    uint64_t w, x[4];
    if (len - i >= 32 && (memcpy(x, p + i, 32),
                          !((x[0] | x[1] | x[2] | x[3]) &
                            0x8080808080808080ull))) {
      i += 32;
      continue;
    }
    if (len - i >= 8 && (memcpy(&w, p + i, 8), !(w & 0x8080808080808080ull))) {
      i += 8;
      continue;
    }
    int32_t cp;
    int n = cc_utf8_decode(p + i, len - i, &cp);
    if (n == 0)
      return i;
    i += (size_t)n;
  }
  return len;
}

/* A rules file must be UTF-8: its words are compared with the articles'. */
static int S_check_utf8(const char *name, const char *src, size_t len,
                        cc_err *err) {
  size_t bad = S_bad_utf8_at(src, len);
  if (bad == len)
    return 0;
  unsigned line = 1, col = 1;
  for (size_t k = 0; k < bad; k++) {
    if (src[k] == '\n')
      line++, col = 1;
    else
      col += ((unsigned char)src[k] & 0xC0) != 0x80;
  }
  cc_err_set(err, "%s:%u:%u: invalid UTF-8 (byte 0x%02X): save the file as "
             "UTF-8", name, line, col, (unsigned char)src[bad]);
  return -1;
}

static int S_parse_into(cc_ruleset *rs, const char *name, const char *src,
                        size_t len, cc_err *err) {
  rs->files = cc_xrealloc(rs->files, (rs->nfiles + 1) * sizeof *rs->files);
  rs->files[rs->nfiles++] = cc_arena_strdup(rs->mem, name);
  S_parser P = {.name = name, .rs = rs, .err = err, .bars_off = SIZE_MAX,
                .code = CC_VEC_INIT(cc__inst), .lits = CC_VEC_INIT(cc__litset),
                .alts = CC_VEC_INIT(cc__lit), .req_at = CC_VEC_INIT(S_at)};
  P.tmp = cc_arena_new();
  size_t i = 0;
  int rc = 0;
  if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
    i = 3; /* the byte-order mark Notepad writes: skipped, as manifests do */
  if (memchr(src, '\0', len)) {
    cc_err_set(err, "%s: NUL byte in a rules file", name);
    rc = -1;
  }
  if (rc == 0)
    rc = S_check_utf8(name, src + i, len - i, err);
  /* (a file without a CR, as most are, needs no search for one a line) */
  bool any_cr = memchr(src + i, '\r', len - i) != NULL;
  while (rc == 0 && i < len) {
    /* LF, CRLF, or a CR alone (old Mac editors: without it the whole
     * file was one comment line, its rules silently lost); memchr, as a
     * byte loop cost 1 M instructions a run */
    const char *nl = memchr(src + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - src) : len;
    const char *cr = any_cr ? memchr(src + i, '\r', e - i) : NULL;
    bool crlf = cr && (size_t)(cr - src) + 1 == e && nl;
    if (cr && !crlf)
      e = (size_t)(cr - src);
    P.line++;
    P.lp = src + i;
    P.llen = e - i - crlf;
    P.pos = 0;
    rc = S_line(&P);
    i = e + 1;
  }
  if (rc == 0) {
    P.line++;
    rc = S_finish_rule(&P);
  }
  cc_vec_free(&P.code);
  cc_vec_free(&P.lits); /* (a failed pattern's litsets: rs->mem's) */
  cc_vec_free(&P.alts);
  cc_vec_free(&P.req_at);
  cc_buf_free(&P.norm);
  cc_arena_free(&P.tmp);
  return rc;
}

/* (what a rule holds that is not rs->mem's: the arrays grown as it is
 * read) */
static void S_free_rule(cc__rule *r) {
  for (uint32_t i = 0; i < r->nprogs; i++) {
    cc__prog *g = &r->progs[i];
    cc_xfree(g->lits); /* (the code: rs->mem's) */
  }
  cc_xfree(r->progs);
  cc_xfree(r->reqs);
}

void cc_rules_free(cc_ruleset **rsp) {
  if (!rsp || !*rsp)
    return;
  cc_ruleset *rs = *rsp;
  for (int i = 0; i < CC__SPARES; i++)
    cc__scratch_free(atomic_exchange(&rs->spare[i], NULL));
  for (uint32_t i = 0; i < rs->nrules; i++)
    S_free_rule(&rs->rules[i]);
  cc_xfree(rs->rules);
  HASH_CLEAR(hh, rs->index); /* (the entries, keys and arrays: rs->mem) */
  cc_xfree(rs->files);
  HASH_CLEAR(hh, rs->words); /* (the words and pieces: rs->mem) */
  HASH_CLEAR(hh, rs->pieces);
  HASH_CLEAR(hh, rs->altsets);
  HASH_CLEAR(hh, rs->ids);
  cc_arena_free(&rs->mem);
  cc_xfree(rs->by_vid);
  cc_xfree(rs->wclass);
  cc_xfree(rs->wtab);
  cc_xfree(rs->rep_off);
  cc_xfree(rs->rep_list);
  cc_xfree(rs->by_word);
  cc_xfree(rs->wstart);
  cc_xfree(rs->wflags);
  cc_xfree(rs->wbits_mem);
  cc_xfree(rs->few_must);
  cc_xfree(rs->slot_bits);
  cc_xfree(rs->gid_ref);
  cc_xfree(rs->free_progs);
  cc_xfree(rs->list_progs);
  cc_xfree(rs->slot_progs);
  cc_xfree(rs->hkeep);
  cc_xfree(rs->hstart);
  cc_xfree(rs->hmet);
  cc_xfree(rs->pgate);
  cc_xfree(rs->pfollow);
  cc_xfree(rs->pnext);
  cc_xfree(rs);
  *rsp = NULL;
}

/* ---- interned words ------------------------------------------------------------ */

static int32_t S_intern(cc_ruleset *rs, const char *s) {
  cc__word *w = NULL;
  size_t n = strlen(s);
  HASH_FIND(hh, rs->words, s, n, w);
  if (w)
    return w->id;
  w = cc_arena_alloc(rs->mem, sizeof *w);
  w->w = s; /* (no copy: every caller's string lives as long) */
  w->id = (int32_t)++rs->nwords;
  HASH_ADD_KEYPTR(hh, rs->words, w->w, n, w);
  return w->id;
}

static int S_cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return x < y ? -1 : x > y;
}

/* a[0..n) in ascending order.  A set's first words come mostly in order
 * already (the first set of a text interns its new words in its own
 * order), where an insertion sort takes about n steps and qsort's calls
 * of S_cmp_i32 cost some 700 instructions a set; qsort past S_ISORT
 * words (a long list out of order would cost n * n / 4 moves). */
#define S_ISORT 64
static void S_sort_ids(int32_t *a, size_t n) {
  if (n > S_ISORT) {
    qsort(a, n, sizeof *a, S_cmp_i32);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    int32_t x = a[i];
    size_t j = i;
    for (; j > 0 && a[j - 1] > x; j--)
      a[j] = a[j - 1];
    a[j] = x;
  }
}

/* Make ls's firsts, fmask and achain, its pieces' ids first when no set
 * of its text has (the first set of a text interns its words, where each
 * set interned its own before: the ids come in the same order). */
static void S_make_litset(cc_ruleset *rs, cc__litset *ls);

static void S_intern_litset(cc_ruleset *rs, cc__litset *ls) {
  if (!ls->nalts) { /* (a clause the rule does not have) */
    S_make_litset(rs, ls);
    return;
  }
  /* (every set of alternatives is an altset's: S_parse_word) */
  cc__altset *as =
      (cc__altset *)((char *)ls->alts - offsetof(cc__altset, alts));
  if (!as->done.firsts) {
    S_make_litset(rs, ls);
    as->done = *ls;
  }
  *ls = as->done;
}

static void S_make_litset(cc_ruleset *rs, cc__litset *ls) {
  ls->firsts =
      cc_arena_alloc(rs->mem, (ls->nalts ? ls->nalts : 1) * sizeof *ls->firsts);
  uint16_t n = 0;
  /* the alternatives' ids in one block (one allocation a set, not one an
   * alternative), each its npieces, or 1 for none, as before */
  size_t nids = 0;
  for (uint16_t k = 0; k < ls->nalts; k++)
    nids += ls->alts[k].npieces ? ls->alts[k].npieces : 1;
  int32_t *ids = cc_arena_alloc(rs->mem, (nids ? nids : 1) * sizeof *ids);
  for (uint16_t k = 0; k < ls->nalts; k++) {
    cc__lit *l = &ls->alts[k];
    l->ids = ids;
    ids += l->npieces ? l->npieces : 1;
    for (uint8_t q = 0; q < l->npieces; q++) { /* (each piece is a
                                                  cc__piece's norm) */
      cc__piece *p = (cc__piece *)(l->pieces[q] - offsetof(cc__piece, norm));
      if (!p->id)
        p->id = S_intern(rs, p->norm);
      l->ids[q] = p->id;
    }
    if (l->npieces)
      ls->firsts[n++] = l->ids[0];
  }
  /* distinct first words: sorted, repeats dropped (n log n, whatever the
   * number of alternatives) */
  S_sort_ids(ls->firsts, n);
  ls->nfirsts = 0;
  ls->fmask = 0;
  for (uint16_t k = 0; k < n; k++) {
    if (!ls->nfirsts || ls->firsts[ls->nfirsts - 1] != ls->firsts[k])
      ls->firsts[ls->nfirsts++] = ls->firsts[k];
    ls->fmask |= 1ull << (ls->firsts[k] & 63);
  }
  /* the chains by first piece's bit, each in the alternatives' order (an
   * alternative of no piece takes nothing: in none) */
  ls->achain = NULL;
  if (ls->nalts < 2)
    return;
  ls->achain =
      cc_arena_alloc_raw(rs->mem, (64 + (size_t)ls->nalts) * sizeof *ls->achain);
  uint16_t tail[64];
  _Static_assert(CC__NO_ALT == UINT16_MAX, "all bits set");
  memset(ls->achain, 0xff, 64 * sizeof *ls->achain);
  memset(tail, 0xff, sizeof tail);
  for (uint16_t k = 0; k < ls->nalts; k++) {
    const cc__lit *l = &ls->alts[k];
    ls->achain[64 + k] = CC__NO_ALT;
    if (!l->npieces)
      continue;
    unsigned b = (unsigned)l->ids[0] & 63;
    if (tail[b] == CC__NO_ALT)
      ls->achain[b] = k;
    else
      ls->achain[64 + tail[b]] = k;
    tail[b] = k;
  }
}

/* The captures of g its rule's actions name (cc__prog.cap_val ...), as
 * the matcher found them by name (S_capture: NULL is the default value's
 * for val_cap and plus_cap, none for the others). */
static void S_find_caps(cc_arena *mem, const cc__rule *r, cc__prog *g) {
  g->cap_val = (int8_t)(r->val_cap ? S_cap_index(g, r->val_cap)
                                   : g->default_val);
  g->cap_subj = (int8_t)(r->subj_cap ? S_cap_index(g, r->subj_cap) : -1);
  g->cap_obj = (int8_t)(r->obj_cap ? S_cap_index(g, r->obj_cap) : -1);
  g->cap_plus = (int8_t)(r->plus_cap ? S_cap_index(g, r->plus_cap)
                                     : g->default_val);
  g->req_cap =
      r->nreqs ? cc_arena_alloc(mem, r->nreqs * sizeof *g->req_cap) : NULL;
  for (uint32_t k = 0; k < r->nreqs; k++) {
    const cc__require *q = &r->reqs[k];
    g->req_cap[k] = (int8_t)(q->kind == CC__REQ_CURRENT ? -1
                             : q->cap                   ? S_cap_index(g, q->cap)
                                                        : g->default_val);
  }
}

/* Room for a walk over a program of ncode instructions: seen, ncode
 * bytes, and stack, 2 * ncode + 1 entries.  In the caller's frame for a
 * program of up to S_ROOM instructions (all but 11 of the shipped 273),
 * from the heap past that: the load walks the programs some 4,000 times,
 * and a malloc and free a walk cost as much as the walk. */
enum { S_ROOM = 128 };
typedef struct S_room {
  uint8_t *seen;
  uint32_t *stack;
  uint8_t seen0[S_ROOM];
  uint32_t stack0[2 * S_ROOM + 1];
} S_room;

static void S_room_take(S_room *r, uint32_t ncode) {
  bool big = ncode > S_ROOM;
  r->seen = big ? cc_xmalloc(ncode) : r->seen0;
  r->stack = big ? cc_xmalloc((2 * (size_t)ncode + 1) * sizeof *r->stack)
                 : r->stack0;
}

static void S_room_give(S_room *r) {
  if (r->seen != r->seen0) {
    cc_xfree(r->seen);
    cc_xfree(r->stack);
  }
}

/* Can program g reach its match without instruction skip, and without a
 * slot of type slot (-1: any slot may be passed)?  A depth-first walk over
 * the (small) program. */
static bool S_reach_avoiding(const cc__prog *g, const uint8_t *skipset,
                             uint32_t skip, int slot);
static bool S_reach_without(const cc__prog *g, uint32_t skip, int slot) {
  return S_reach_avoiding(g, NULL, skip, slot);
}

/* S_reach_without, also without the instructions pc of skipset[pc] (NULL:
 * none). */
static bool S_reach_in(const cc__prog *g, const uint8_t *skipset,
                       uint32_t skip, int slot, uint8_t *seen,
                       uint32_t *stack);

/* The instructions a run goes on to after instruction in at pc (not a
 * MATCH), into next (room for two), in the order a depth-first walk pops
 * them last: their number. */
static uint32_t S_succ(const cc__inst *in, uint32_t pc, uint32_t next[2]) {
  switch (in->op) {
  case CC__OP_JMP: next[0] = (uint32_t)in->x; return 1;
  case CC__OP_SPLIT:
    next[0] = (uint32_t)in->y;
    next[1] = (uint32_t)in->x;
    return 2;
  default: next[0] = pc + 1; return 1;
  }
}

static bool S_reach_avoiding(const cc__prog *g, const uint8_t *skipset,
                             uint32_t skip, int slot) {
  S_room room;
  S_room_take(&room, g->ncode);
  bool found = S_reach_in(g, skipset, skip, slot, room.seen, room.stack);
  S_room_give(&room);
  return found;
}

/* S_reach_avoiding in the caller's room: seen, ncode bytes; stack,
 * 2 * ncode + 1 entries. */
static bool S_reach_in(const cc__prog *g, const uint8_t *skipset,
                       uint32_t skip, int slot, uint8_t *seen,
                       uint32_t *stack) {
  memset(seen, 0, g->ncode);
  uint32_t n = 0;
  bool found = false;
  stack[n++] = 0;
  while (n && !found) {
    uint32_t pc = stack[--n];
    if (pc >= g->ncode || pc == skip || seen[pc] || (skipset && skipset[pc]))
      continue;
    seen[pc] = 1;
    const cc__inst *in = &g->code[pc];
    if (in->op == CC__OP_SLOT && in->a == slot)
      continue;
    if (in->op == CC__OP_MATCH)
      found = true;
    else
      n += S_succ(in, pc, stack + n);
  }
  return found;
}

/* Literals tried for S_find_must: each try walks the program, so a
 * hostile pattern of many literals costs at most this many walks.  Not
 * fewer: "{COUNT} [people|...] [ are | were | have been | are still |
 * ... ] missing" has 16 literals before "missing", and without that must
 * set the program ran at every count of every sentence (+31% of the
 * matcher's instructions on the benchmark). */
#define S_MUST_TRIES 64

/* A must set of firsts only: the union of the firsts of the literals at
 * the pcs of skip, appended to g->lits; its index. */
static uint32_t S_union_litset(cc_arena *mem, cc__prog *g,
                               const uint8_t *skip) {
  uint32_t n = 0;
  for (uint32_t pc = 0; pc < g->ncode; pc++)
    if (skip[pc])
      n += g->lits[g->code[pc].a].nfirsts;
  cc__litset u = {0};
  u.firsts = cc_arena_alloc(mem, (n ? n : 1) * sizeof *u.firsts);
  for (uint32_t pc = 0; pc < g->ncode; pc++)
    if (skip[pc]) {
      const cc__litset *ls = &g->lits[g->code[pc].a];
      memcpy(u.firsts + u.nfirsts, ls->firsts, ls->nfirsts * sizeof *u.firsts);
      u.nfirsts = (uint16_t)(u.nfirsts + ls->nfirsts);
    }
  S_sort_ids(u.firsts, u.nfirsts);
  uint16_t k = 0;
  for (uint16_t a = 0; a < u.nfirsts; a++)
    if (!k || u.firsts[k - 1] != u.firsts[a])
      u.firsts[k++] = u.firsts[a];
  u.nfirsts = k;
  for (uint16_t a = 0; a < u.nfirsts; a++)
    u.fmask |= 1ull << (u.firsts[a] & 63);
  g->lits = cc_xrealloc(g->lits, (g->nlits + 1) * sizeof *g->lits);
  g->lits[g->nlits] = u;
  return g->nlits++;
}

/* A path of g from its start to its match avoiding the pcs of skip: the
 * LIT instruction on it whose literal set has the fewest first words,
 * not counting common ones (ids up to common: sets of them go last), or
 * UINT32_MAX when no path is left (skip cuts every one: done) or the
 * path has no literal (no set can cut it: give up, returns ncode). */
static uint32_t S_cut_next(const cc__prog *g, const uint8_t *skip,
                           int32_t common, uint32_t *from, uint32_t *stack) {
  if (skip[0])
    return UINT32_MAX;
  memset(from, 0xff, g->ncode * sizeof *from); /* (each UINT32_MAX) */
  uint32_t n = 0, end = UINT32_MAX;
  from[0] = 0;
  stack[n++] = 0;
  while (n && end == UINT32_MAX) {
    uint32_t pc = stack[--n];
    const cc__inst *in = &g->code[pc];
    if (in->op == CC__OP_MATCH) {
      end = pc;
      continue;
    }
    uint32_t next[2], nn = S_succ(in, pc, next);
    for (uint32_t k = 0; k < nn; k++) {
      uint32_t q = next[k];
      if (q < g->ncode && from[q] == UINT32_MAX && !skip[q]) {
        from[q] = pc;
        stack[n++] = q;
      }
    }
  }
  if (end == UINT32_MAX)
    return UINT32_MAX;
  uint32_t best = g->ncode, best_rank = UINT32_MAX;
  for (uint32_t pc = from[end]; pc != 0; pc = from[pc]) {
    const cc__inst *in = &g->code[pc];
    if (in->op != CC__OP_LIT)
      continue;
    const cc__litset *ls = &g->lits[in->a];
    uint32_t rank = ls->nfirsts;
    for (uint16_t a = 0; a < ls->nfirsts; a++)
      if (ls->firsts[a] <= common)
        rank += 1u << 16;
    if (rank <= best_rank) { /* (the earliest of equals) */
      best = pc;
      best_rank = rank;
    }
  }
  if (g->code[0].op == CC__OP_LIT && !skip[0]) {
    const cc__litset *ls = &g->lits[g->code[0].a];
    uint32_t rank = ls->nfirsts;
    for (uint16_t a = 0; a < ls->nfirsts; a++)
      if (ls->firsts[a] <= common)
        rank += 1u << 16;
    if (rank <= best_rank)
      best = 0;
  }
  return best;
}

/* At most this many first words in a must set made of several literals:
 * a longer one filters little. */
#define S_CUT_FIRSTS 32

/* A must set no one literal makes: "( {COUNT} of rain|rainfall | rain of
 * {COUNT} )" passes "rain" in either branch, through two literals.
 * Literals are taken one from each path that avoids those taken so far
 * (its rarest), until no path is left: their firsts together are a must
 * set (a sentence needs one of them).  Appended to g->must when found. */
static void S_find_cut_must(cc_arena *mem, cc__prog *g, int32_t common) {
  if (!g->ncode)
    return;
  uint8_t *skip = cc_xcalloc(g->ncode, 1);
  uint32_t *from = cc_xmalloc(g->ncode * sizeof *from);
  uint32_t *stack = cc_xmalloc(2 * (size_t)g->ncode * sizeof *stack + 1);
  uint32_t firsts = 0, pc;
  bool cut = false;
  while (firsts <= S_CUT_FIRSTS &&
         (pc = S_cut_next(g, skip, common, from, stack)) < g->ncode) {
    skip[pc] = 1;
    firsts += g->lits[g->code[pc].a].nfirsts;
  }
  cut = pc == UINT32_MAX && firsts <= S_CUT_FIRSTS;
  if (cut) {
    uint32_t x = S_union_litset(mem, g, skip);
    g->must[g->nmust++] = (uint16_t)x; /* (room: S_find_must) */
  }
  cc_xfree(stack);
  cc_xfree(from);
  cc_xfree(skip);
}

static bool S_has_first(const cc__litset *ls, int32_t w) {
  for (uint16_t a = 0; a < ls->nfirsts; a++)
    if (ls->firsts[a] == w)
      return true;
  return false;
}

/* First words tried by S_find_word_must. */
#define S_WORD_TRIES 32

/* A must set of several literals sharing a word: "( {COUNT} of
 * rain|rainfall | rainfall|rain of {COUNT} )" passes "rain" or
 * "rainfall" in either branch, through two literals.  For each uncommon
 * first word of two literals or more (of the first S_WORD_TRIES), the
 * literals that may begin with it: when no path avoids them all, their
 * firsts together are a must set.  True when one was appended. */
static bool S_find_word_must(cc_arena *mem, cc__prog *g, int32_t common) {
  uint8_t *skip = cc_xcalloc(g->ncode ? g->ncode : 1, 1);
  /* the literals' pcs: each word tried marks those that may begin with it
   * (the programs asked are the long ones, 200 instructions and more) */
  uint32_t *lit = cc_xmalloc((g->ncode ? g->ncode : 1) * sizeof *lit), nlit = 0;
  /* and each one's fmask, the test most words fail, in one array (g->lits
   * moves only once a set is found, which ends the search) */
  uint64_t *fm = cc_xmalloc((g->ncode ? g->ncode : 1) * sizeof *fm);
  for (uint32_t pc = 0; pc < g->ncode; pc++)
    if (g->code[pc].op == CC__OP_LIT) {
      fm[nlit] = g->lits[g->code[pc].a].fmask;
      lit[nlit++] = pc;
    }
  S_room room;
  S_room_take(&room, g->ncode);
  int32_t tried[S_WORD_TRIES];
  uint32_t ntried = 0;
  bool found = false;
  for (uint32_t pc = 0; pc < g->ncode && ntried < S_WORD_TRIES && !found;
       pc++) {
    if (g->code[pc].op != CC__OP_LIT)
      continue;
    const cc__litset *ls = &g->lits[g->code[pc].a];
    /* (!found first: adding a set moves g->lits, and ls with it) */
    for (uint16_t a = 0; !found && a < ls->nfirsts && ntried < S_WORD_TRIES;
         a++) {
      int32_t w = ls->firsts[a];
      bool done = w <= common;
      for (uint32_t t = 0; t < ntried && !done; t++)
        done = tried[t] == w;
      if (done)
        continue;
      tried[ntried++] = w;
      uint32_t n = 0;
      for (uint32_t k = 0; k < nlit; k++) {
        bool hit = ((fm[k] >> (w & 63)) & 1) &&
                   S_has_first(&g->lits[g->code[lit[k]].a], w);
        skip[lit[k]] = hit;
        n += hit;
      }
      if (n < 2 ||
          S_reach_in(g, skip, UINT32_MAX, -1, room.seen, room.stack))
        continue;
      uint32_t x = S_union_litset(mem, g, skip);
      g->must[g->nmust++] = (uint16_t)x; /* (room: S_find_must) */
      found = true;
    }
  }
  S_room_give(&room);
  cc_xfree(fm);
  cc_xfree(lit);
  cc_xfree(skip);
  return found;
}

/* Does every must set of g hold a common word (ids up to common)? */
static bool S_musts_common(const cc__prog *g, int32_t common) {
  for (uint32_t k = 0; k < g->nmust; k++) {
    const cc__litset *ls = &g->lits[g->must[k]];
    bool c = false;
    for (uint16_t a = 0; a < ls->nfirsts && !c; a++)
      c = ls->firsts[a] <= common;
    if (!c)
      return false;
  }
  return true;
}

/* Which instructions every path of g from its start to its match passes
 * through: on[pc] 1 for each (all of them when no path reaches the
 * match, as a walk avoiding any one of them finds).  One pass, where a
 * walk per literal cost about 430 instructions (2,495 walks for the
 * shipped rules): a path P to the match is found first, and an
 * instruction off P is on no path's way, since P avoids it.  Then P's
 * instructions in order, with reach, the furthest place on P met so far
 * from those before it through instructions off P (each explored once,
 * from the first that meets it): the next one on P is on every path
 * unless reach is past it.  room: seen and stack; pos and path, ncode
 * entries each. */
static void S_on_every_path(const cc__prog *g, uint8_t *on, S_room *room,
                            uint32_t *pos, uint32_t *path) {
  const uint32_t ncode = g->ncode;
  uint32_t *from = pos, *stack = room->stack, n = 0, end = UINT32_MAX;
  /* P: the walk's first path to the match (from: each one's parent) */
  for (uint32_t pc = 0; pc < ncode; pc++)
    from[pc] = UINT32_MAX;
  from[0] = 0;
  stack[n++] = 0;
  while (n && end == UINT32_MAX) {
    uint32_t pc = stack[--n], next[2];
    if (g->code[pc].op == CC__OP_MATCH) {
      end = pc;
      continue;
    }
    for (uint32_t k = 0, nn = S_succ(&g->code[pc], pc, next); k < nn; k++)
      if (next[k] < ncode && from[next[k]] == UINT32_MAX) {
        from[next[k]] = pc;
        stack[n++] = next[k];
      }
  }
  memset(on, end == UINT32_MAX, ncode);
  if (end == UINT32_MAX)
    return;
  uint32_t last = 0; /* (P's places 0 .. last) */
  for (uint32_t pc = end; pc != 0; pc = from[pc])
    last++;
  for (uint32_t pc = end, i = last;; pc = from[pc], i--) {
    path[i] = pc;
    if (!i)
      break;
  }
  for (uint32_t pc = 0; pc < ncode; pc++)
    pos[pc] = UINT32_MAX;
  for (uint32_t i = 0; i <= last; i++)
    pos[path[i]] = i;
  memset(room->seen, 0, ncode);
  uint32_t reach = 0;
  for (uint32_t i = 0; i < last; i++) {
    on[path[i]] = reach <= i;
    n = S_succ(&g->code[path[i]], path[i], stack);
    while (n) {
      uint32_t pc = stack[--n];
      if (pc >= ncode)
        continue;
      if (pos[pc] != UINT32_MAX || g->code[pc].op == CC__OP_MATCH) {
        uint32_t at = pos[pc] != UINT32_MAX ? pos[pc] : last;
        reach = at > reach ? at : reach;
      } else if (!room->seen[pc]) {
        room->seen[pc] = 1;
        n += S_succ(&g->code[pc], pc, stack + n);
      }
    }
  }
  on[end] = 1;
}

/* Literal sets on every path of g to its match (among its first
 * S_MUST_TRIES literals: fewer sets only filter less), and when each of
 * those holds a common word (ids up to common: "of", "the"), a set made
 * of several literals (S_find_cut_must). */
static void S_find_must(cc_arena *mem, cc__prog *g, int32_t common) {
  /* room for a set per literal tried and one of several literals (from
   * mem: a second finish leaves the first's there) */
  uint32_t nlit = 0;
  for (uint32_t pc = 0; pc < g->ncode && nlit < S_MUST_TRIES; pc++)
    nlit += g->code[pc].op == CC__OP_LIT;
  g->must = cc_arena_alloc_raw(mem, (nlit + 1) * sizeof *g->must);
  g->nmust = 0;
  g->nlits = g->nlits_code; /* (a second finish: made again below) */
  uint32_t tries = 0;
  S_room room;
  S_room_take(&room, g->ncode);
  uint32_t two0[2 * S_ROOM], *two = g->ncode > S_ROOM
                                         ? cc_xmalloc(2 * g->ncode * sizeof *two)
                                         : two0;
  uint8_t on0[S_ROOM], *on = g->ncode > S_ROOM ? cc_xmalloc(g->ncode) : on0;
  S_on_every_path(g, on, &room, two, two + g->ncode);
  for (uint32_t pc = 0; pc < g->ncode && tries < S_MUST_TRIES; pc++) {
    const cc__inst *in = &g->code[pc];
    if (in->op != CC__OP_LIT)
      continue;
    tries++;
#ifdef CC_RULES_CHECK_PROBE /* the walk per literal S_on_every_path saves */
    if (on[pc] == S_reach_in(g, NULL, pc, -1, room.seen, room.stack)) {
      fprintf(stderr, "S_on_every_path: pc %u of %u differs\n", pc, g->ncode);
      abort();
    }
#endif
    if (!on[pc])
      continue;
    g->must[g->nmust++] = (uint16_t)in->a;
  }
  if (on != on0) {
    cc_xfree(on);
    cc_xfree(two);
  }
  S_room_give(&room);
  if (S_musts_common(g, common) && !S_find_word_must(mem, g, common))
    S_find_cut_must(mem, g, common);
}

/* The consuming instructions (LIT, SLOT, ANY, MATCH) reachable from pc
 * through SPLIT and JMP, into out (at most max, in the order a run adds
 * them); returns their number, or max + 1 when there are more. */
static uint32_t S_closure(const cc__prog *g, uint32_t pc, uint32_t *out,
                          uint32_t max) {
  S_room room;
  S_room_take(&room, g->ncode);
  uint8_t *seen = room.seen;
  uint32_t *stack = room.stack;
  memset(seen, 0, g->ncode);
  uint32_t n = 0, nout = 0;
  stack[n++] = pc;
  while (n && nout <= max) {
    uint32_t at = stack[--n];
    if (at >= g->ncode || seen[at])
      continue;
    seen[at] = 1;
    const cc__inst *in = &g->code[at];
    if (in->op == CC__OP_JMP) {
      stack[n++] = (uint32_t)in->x;
    } else if (in->op == CC__OP_SPLIT) {
      stack[n++] = (uint32_t)in->y;
      stack[n++] = (uint32_t)in->x;
    } else {
      if (nout < max)
        out[nout] = at;
      nout++;
    }
  }
  S_room_give(&room);
  return nout;
}

/* The program's first steps and what may follow each (cc__probe): none
 * when a gap or the match can come first, or when there are more than
 * CC__RULE_MAX_PROBE first steps; a step is "free" when a gap or the
 * match may follow it, or more than CC__RULE_MAX_PROBE steps. */
/* The steps that may follow instruction pc (S_closure from pc + 1), as
 * a cc__then: free when a gap, the match or any other step may, or when
 * there are more than CC__RULE_MAX_PROBE. */
static cc__then S_then_of(const cc__prog *g, uint32_t pc) {
  cc__then t;
  memset(&t, 0, sizeof t);
  uint32_t n = S_closure(g, pc + 1, t.pc, CC__RULE_MAX_PROBE);
  t.free = n > CC__RULE_MAX_PROBE;
  for (uint32_t q = 0; q < n && !t.free; q++) {
    uint8_t op = g->code[t.pc[q]].op;
    t.free = op != CC__OP_LIT && op != CC__OP_SLOT;
  }
  t.n = t.free ? 0 : (uint8_t)n;
  return t;
}

static void S_find_probe(cc_arena *mem, cc__prog *g) {
  uint32_t first[CC__RULE_MAX_PROBE];
  cc__then then[CC__RULE_MAX_PROBE * CC__RULE_MAX_PROBE];
  g->nprobe = 0;
  g->then = NULL; /* (a second finish leaves the first's in mem) */
  uint32_t nthen = 0;
  uint32_t nf = S_closure(g, 0, first, CC__RULE_MAX_PROBE);
  if (nf > CC__RULE_MAX_PROBE)
    return;
  for (uint32_t k = 0; k < nf; k++) {
    uint8_t op = g->code[first[k]].op;
    if (op != CC__OP_LIT && op != CC__OP_SLOT)
      return;
  }
  for (uint32_t k = 0; k < nf; k++) {
    cc__probe *pr = &g->probe[k];
    memset(pr, 0, sizeof *pr);
    pr->pc = first[k];
    uint32_t nn = S_closure(g, first[k] + 1, pr->next, CC__RULE_MAX_PROBE);
    pr->free = nn > CC__RULE_MAX_PROBE;
    for (uint32_t q = 0; q < nn && !pr->free; q++) {
      uint8_t op = g->code[pr->next[q]].op;
      pr->free = op != CC__OP_LIT && op != CC__OP_SLOT;
    }
    pr->nnext = pr->free ? 0 : (uint8_t)nn;
    /* the third steps, after each next step that is a literal */
    pr->then0 = nthen;
    if (pr->nnext) {
      nthen += pr->nnext;
      for (uint32_t q = 0; q < pr->nnext; q++) {
        cc__then *t = &then[pr->then0 + q];
        if (g->code[pr->next[q]].op == CC__OP_LIT) {
          *t = S_then_of(g, pr->next[q]);
        } else {
          memset(t, 0, sizeof *t);
          t->free = true;
        }
      }
    }
  }
  g->nprobe = (uint8_t)nf;
  if (nthen) { /* (into mem: the probes' third steps, never resized) */
    g->then = cc_arena_alloc_raw(mem, nthen * sizeof *g->then);
    memcpy(g->then, then, nthen * sizeof *g->then);
  }
}

/* The word table of cc__word_id: at most a quarter full, so a probe
 * sequence is short. */
/* The contractions of "not": a text's "didn't" is the rules' word "not"
 * (its id in the word table and by_vid), so "unless not|never" refuses
 * "didn't" as it does "did not", and no rule has to list them; a
 * contraction a rule names itself keeps its own id. */
static const char *const S_nots[] = {
    "didn't", "doesn't", "don't",  "wasn't",   "weren't",  "isn't",
    "aren't", "hasn't",  "haven't", "hadn't",  "won't",    "wouldn't",
    "couldn't", "can't", "shouldn't", "mustn't", "cannot"};
#define S_NNOTS (sizeof S_nots / sizeof S_nots[0])

static void S_wtab_build(cc_ruleset *rs) {
  uint32_t size = 64;
  while (size < 4 * (rs->nwords + 1 + S_NNOTS))
    size *= 2;
  cc_xfree(rs->wtab);
  rs->wtab = cc_xcalloc(size, sizeof *rs->wtab);
  cc_prefault(rs->wtab, size * sizeof *rs->wtab); /* (probed, then put) */
  rs->wmask = size - 1;
  for (cc__word *w = rs->words; w; w = w->hh.next) {
    size_t n = w->hh.keylen; /* (its strlen) */
    uint64_t a, b;
    cc_word_pack(w->w, n, &a, &b);
    uint32_t i = cc_word_hash(a, b, n) & rs->wmask;
    while (rs->wtab[i].id)
      i = (i + 1) & rs->wmask;
    rs->wtab[i] = (cc__wslot){a, b, w->w, (uint32_t)n, w->id};
  }
  int32_t not_id = cc__word_find(rs, "not", 3);
  for (size_t k = 0; not_id && k < S_NNOTS; k++) {
    size_t n = strlen(S_nots[k]);
    if (cc__word_find(rs, S_nots[k], n))
      continue;
    uint64_t a, b;
    cc_word_pack(S_nots[k], n, &a, &b);
    uint32_t i = cc_word_hash(a, b, n) & rs->wmask;
    while (rs->wtab[i].id)
      i = (i + 1) & rs->wmask;
    rs->wtab[i] = (cc__wslot){a, b, S_nots[k], (uint32_t)n, not_id};
  }
}

/* How likely a sentence holds a first of literal set ls, for ordering:
 * sets with a common word (one the matcher or a word class names: "the",
 * "of", ",") last, then by their number of first words. */
static uint32_t S_must_rank(const cc_ruleset *rs, const cc__litset *ls) {
  bool common = false;
  for (uint16_t a = 0; a < ls->nfirsts && !common; a++)
    common = ls->firsts[a] < CC__W__FIXED || rs->wclass[ls->firsts[a]];
  return (common ? 1u << 16 : 0) + ls->nfirsts;
}

/* The matcher tries a program's must sets in order and stops at the
 * first one the sentence lacks: the rarest first. */
static void S_order_must(const cc_ruleset *rs, cc__prog *g) {
  for (uint32_t i = 1; i < g->nmust; i++) {
    uint16_t x = g->must[i];
    uint32_t rx = S_must_rank(rs, &g->lits[x]), j = i;
    for (; j > 0 && S_must_rank(rs, &g->lits[g->must[j - 1]]) > rx; j--)
      g->must[j] = g->must[j - 1];
    g->must[j] = x;
  }
}

/* For each word id, the programs whose first (rarest) must set it is a
 * first of: a counting sort over word ids.  The matcher marks these
 * programs from a sentence's words, so most programs a sentence cannot
 * match are told so by one mark. */
static void S_index_rep(cc_ruleset *rs) {
  cc_xfree(rs->rep_off);
  cc_xfree(rs->rep_list);
  rs->rep_off = cc_xcalloc(rs->nwords + 2, sizeof *rs->rep_off);
  for (int pass = 0; pass < 2; pass++) {
    uint32_t *fill = NULL;
    if (pass == 1) {
      for (uint32_t w = 0; w <= rs->nwords; w++)
        rs->rep_off[w + 1] += rs->rep_off[w];
      uint32_t total = rs->rep_off[rs->nwords + 1];
      rs->rep_list = cc_xmalloc((total ? total : 1) * sizeof *rs->rep_list);
      fill = cc_xmalloc((rs->nwords + 1) * sizeof *fill);
      memcpy(fill, rs->rep_off, (rs->nwords + 1) * sizeof *fill);
    }
    for (uint32_t r = 0; r < rs->nrules; r++)
      for (uint32_t g = 0; g < rs->rules[r].nprogs; g++) {
        const cc__prog *pg = &rs->rules[r].progs[g];
        if (!pg->nmust)
          continue;
        const cc__litset *ls = &pg->lits[pg->must[0]];
        for (uint16_t a = 0; a < ls->nfirsts; a++) /* (distinct) */
          if (pass == 0)
            rs->rep_off[ls->firsts[a] + 1]++;
          else
            rs->rep_list[fill[ls->firsts[a]]++] = pg->gid;
      }
    cc_xfree(fill);
  }
}

/* The slot types on every path of g to its match (a bit per cc__slot):
 * one walk per slot type the program uses. */
static uint32_t S_must_slots(const cc__prog *g) {
  uint32_t used = 0, must = 0;
  for (uint32_t pc = 0; pc < g->ncode; pc++)
    if (g->code[pc].op == CC__OP_SLOT && g->code[pc].a >= 0 &&
        g->code[pc].a < CC__S__COUNT)
      used |= 1u << g->code[pc].a;
  for (int k = 0; k < CC__S__COUNT; k++)
    if ((used & (1u << k)) && !S_reach_without(g, UINT32_MAX, k))
      must |= 1u << k;
  return must;
}

/* The program bitsets (cc_ruleset.pwords): each index entry's programs,
 * the programs without a must set, those with a {LIST} slot and those that
 * need each slot type. */
static void S_prog_masks(cc_ruleset *rs) {
  rs->pwords = (rs->nprogs + 63) / 64;
  size_t pw = rs->pwords ? rs->pwords : 1, bytes = pw * sizeof(uint64_t);
  cc_xfree(rs->gid_ref);
  cc_xfree(rs->free_progs);
  cc_xfree(rs->list_progs);
  cc_xfree(rs->slot_progs);
  rs->gid_ref = cc_xmalloc((rs->nprogs ? rs->nprogs : 1) *
                           sizeof *rs->gid_ref);
  /* (at least CC__FW words, zero past pwords: the matcher reads CC__FW
   * when pwords <= CC__FW) */
  rs->free_progs = cc_xcalloc(pw < CC__FW ? CC__FW : pw, sizeof(uint64_t));
  rs->list_progs = cc_xcalloc(pw < CC__FW ? CC__FW : pw, sizeof(uint64_t));
  rs->slot_progs = cc_xcalloc(CC__S__COUNT, bytes);
  for (uint32_t r = 0; r < rs->nrules; r++)
    for (uint32_t g = 0; g < rs->rules[r].nprogs; g++) {
      const cc__prog *pg = &rs->rules[r].progs[g];
      uint64_t bit = 1ull << (pg->gid & 63);
      size_t w = pg->gid / 64;
      rs->gid_ref[pg->gid] = (r << 8) | g;
      if (!pg->nmust)
        rs->free_progs[w] |= bit;
      for (uint32_t pc = 0; pc < pg->ncode; pc++)
        if (pg->code[pc].op == CC__OP_SLOT && pg->code[pc].a == CC__S_LIST)
          rs->list_progs[w] |= bit;
      uint32_t must = S_must_slots(pg);
      for (int k = 0; k < CC__S__COUNT; k++)
        if (must & (1u << k))
          rs->slot_progs[k * pw + w] |= bit;
    }
  for (cc__ientry *e = rs->index; e; e = e->hh.next) {
    e->mask = cc_arena_alloc(rs->mem, bytes);
    for (uint32_t i = 0; i < e->n; i++) {
      uint32_t r = e->progs[i] >> 8, g = e->progs[i] & 0xff;
      if (r >= rs->nrules || g >= rs->rules[r].nprogs)
        continue; /* (the parser allows CC__RULE_MAX_PROGS a rule) */
      uint32_t gid = rs->rules[r].progs[g].gid;
      e->mask[gid / 64] |= 1ull << (gid & 63);
    }
  }
}

/* cc_ruleset.hkeep and hstart: entry h of half k stands for the slot
 * types of h << (7 * k), so a sentence's masks are two lookups a side
 * instead of a pass over the slot types. */
static void S_have_tables(cc_ruleset *rs) {
  _Static_assert(CC__S__COUNT <= 14, "two halves of 7 slot types");
  size_t pw = rs->pwords;
  cc_xfree(rs->hkeep);
  cc_xfree(rs->hstart);
  /* (CC__FW words more: the matcher reads CC__FW of an entry when
   * pwords <= CC__FW, the words past pwords ANDed with its zeros) */
  rs->hkeep = cc_xcalloc(2 * 128 * pw + CC__FW, sizeof *rs->hkeep);
  rs->hstart = cc_xcalloc(2 * 128 * pw + CC__FW, sizeof *rs->hstart);
  for (uint32_t half = 0; half < 2; half++)
    for (uint32_t h = 0; h < 128; h++) {
      uint64_t *keep = rs->hkeep + (half * 128 + h) * pw;
      uint64_t *start = rs->hstart + (half * 128 + h) * pw;
      for (size_t x = 0; x < pw; x++) /* (no bit past the last program) */
        keep[x] = x + 1 < pw || rs->nprogs % 64 == 0
                      ? ~0ull
                      : (1ull << (rs->nprogs % 64)) - 1;
      for (uint32_t b = 0; b < 7; b++) {
        uint32_t k = half * 7 + b;
        if (k >= CC__S__COUNT)
          break;
        if (!(h & (1u << b))) { /* a type it cannot fill */
          for (size_t x = 0; x < pw; x++)
            keep[x] &= ~rs->slot_progs[k * pw + x];
        } else if (rs->by_slot[k]) {
          for (size_t x = 0; x < pw; x++)
            start[x] |= rs->by_slot[k]->mask[x];
        }
      }
    }
  /* hmet: a have meets a program's needs (hkeep keeps the program) when
   * it holds each slot type of slot_progs the program is in; each set of
   * needs not met already (by a smaller one: then every have holding it
   * is marked) marks the haves holding it, eight a byte (the low three
   * bits: a byte's pattern), in the order of the supersets of its high
   * eleven bits */
  cc_xfree(rs->hmet);
  rs->hmet = cc_xcalloc(1u << 11, 1);
  for (uint32_t p = 0; p < rs->nprogs; p++) {
    uint32_t m = 0;
    for (uint32_t k = 0; k < CC__S__COUNT; k++)
      m |= (uint32_t)(rs->slot_progs[k * pw + p / 64] >> (p & 63) & 1) << k;
    if ((rs->hmet[m >> 3] >> (m & 7)) & 1)
      continue;
    uint8_t pat = 0;
    for (uint32_t j = 0; j < 8; j++)
      if ((j & m & 7) == (m & 7))
        pat |= (uint8_t)(1u << j);
    for (uint32_t hb = m >> 3;; hb = (hb + 1) | (m >> 3)) {
      rs->hmet[hb] |= pat;
      if (hb == 0x7ff)
        break;
    }
  }
}

/* Is slot type k one whose fillers at a token end where S_probe_gate's
 * ends do: a person's (an entity starting at the token) or a mention's
 * other than a count's (the mention starting at the token, or else the
 * one covering it)? */
static bool S_gate_slot(int32_t k) {
  return k == CC__S_PERSON || k == CC__S_DATE || k == CC__S_TIME ||
         k == CC__S_DURATION || k == CC__S_PERCENT || k == CC__S_MONEY ||
         k == CC__S_ORDINAL;
}

/* cc_ruleset.pgate and pfollow (see there), for at most CC__FW words of
 * programs (the matcher's own limit for its masks). */
static void S_probe_gate(cc_ruleset *rs) {
  size_t pw = rs->pwords;
  cc_xfree(rs->pgate);
  cc_xfree(rs->pfollow);
  cc_xfree(rs->pnext);
  rs->pgate = rs->pfollow = rs->pnext = NULL;
  if (pw == 0 || pw > CC__FW)
    return;
  rs->pgate = cc_xcalloc(CC__FW, sizeof *rs->pgate); /* (zero past pw: the
                                                        matcher reads CC__FW) */
  /* (pnext CC__FW words, zero past pw, and CC__FW words more after
   * pfollow's last row: the matcher ORs a constant count of words,
   * unrolled, the ones past pw read where no candidate is) */
  size_t fwords = (rs->nwords + 1) * pw + CC__FW;
  rs->pnext = cc_xcalloc(CC__FW, sizeof *rs->pnext);
  rs->pfollow = cc_xcalloc(fwords, sizeof *rs->pfollow);
  cc_prefault(rs->pfollow, fwords * sizeof *rs->pfollow);
  for (uint32_t r = 0; r < rs->nrules; r++)
    for (uint32_t gi = 0; gi < rs->rules[r].nprogs; gi++) {
      const cc__prog *g = &rs->rules[r].progs[gi];
      bool gate = g->nprobe > 0, slot = false;
      for (uint8_t k = 0; k < g->nprobe && gate; k++) {
        const cc__probe *pr = &g->probe[k];
        const cc__inst *in = &g->code[pr->pc];
        gate = in->op == CC__OP_SLOT && S_gate_slot(in->a) && !pr->free &&
               pr->nnext > 0;
        for (uint8_t x = 0; x < pr->nnext && gate; x++) {
          const cc__inst *nx = &g->code[pr->next[x]];
          /* (a mention slot may follow where a mention starts or covers
           * the token: S_slot_may) */
          bool ms = nx->op == CC__OP_SLOT && S_gate_slot(nx->a) &&
                    nx->a != CC__S_PERSON;
          slot = slot || ms;
          gate = nx->op == CC__OP_LIT || ms;
        }
      }
      if (!gate)
        continue;
      uint64_t bit = 1ull << (g->gid & 63);
      size_t w = g->gid / 64;
      rs->pgate[w] |= bit;
      if (slot)
        rs->pnext[w] |= bit;
      for (uint8_t k = 0; k < g->nprobe; k++)
        for (uint8_t x = 0; x < g->probe[k].nnext; x++) {
          if (g->code[g->probe[k].next[x]].op != CC__OP_LIT)
            continue;
          const cc__litset *ls = &g->lits[g->code[g->probe[k].next[x]].a];
          for (uint16_t a = 0; a < ls->nfirsts; a++)
            if (ls->firsts[a] >= 0 && (uint32_t)ls->firsts[a] <= rs->nwords)
              rs->pfollow[(size_t)ls->firsts[a] * pw + w] |= bit;
        }
    }
}

/* cc_ruleset.wbits' CC__WR_SECOND sets and few_must, from the programs'
 * must sets (in S_order_must's order). */
static void S_second_tables(cc_ruleset *rs) {
  rs->few_must = cc_xcalloc(CC__FW, sizeof *rs->few_must);
  for (uint32_t r = 0; r < rs->nrules; r++)
    for (uint32_t g = 0; g < rs->rules[r].nprogs; g++) {
      const cc__prog *pg = &rs->rules[r].progs[g];
      uint64_t bit = 1ull << (pg->gid & 63);
      size_t x = pg->gid / 64;
      if (pg->nmust < 2) {
        rs->few_must[x] |= bit;
        continue;
      }
      const cc__litset *ls = &pg->lits[pg->must[1]];
      for (uint16_t a = 0; a < ls->nfirsts; a++) {
        rs->wbits[(size_t)ls->firsts[a] * CC__WROW + CC__WR_SECOND + x] |=
            bit;
        rs->wflags[ls->firsts[a]] = CC__WF_BITS; /* (its row: not zero) */
      }
    }
}

/* cc_ruleset.wflags and wbits, from wstart, rep_list, by_word
 * and the programs' second must sets. */
static void S_word_tables(cc_ruleset *rs) {
  size_t pw = rs->pwords, nw = (size_t)rs->nwords + 1;
  cc_xfree(rs->wflags);
  cc_xfree(rs->wbits_mem);
  cc_xfree(rs->few_must);
  rs->wflags = cc_xcalloc(nw, 1);
  rs->wbits = rs->wbits_mem = NULL;
  if (pw > 0 && pw <= CC__FW) { /* (a row is 24 * CC__FW bytes: each row
                                   aligned too) */
    rs->wbits_mem = cc_xcalloc(nw * CC__WROW + 2, sizeof *rs->wbits);
    cc_prefault(rs->wbits_mem, (nw * CC__WROW + 2) * sizeof *rs->wbits);
    rs->wbits = rs->wbits_mem + ((uintptr_t)rs->wbits_mem & 8) / 8;
  }
  rs->few_must = NULL;
  if (rs->wbits)
    S_second_tables(rs);
  for (uint32_t w = 0; w < nw; w++) {
    uint8_t f = rs->wstart[w] ? CC__WF_START : 0;
    if (w >= CC__W_ONE && w <= CC__W_TWELVE)
      f |= CC__WF_START | CC__WF_SMALL;
    if (rs->wbits) {
      /* (whether the row is not all zero from what is put in it, not
       * from a pass over its CC__WROW words: S_second_tables marked the
       * rows of the second sets) */
      uint64_t *b = rs->wbits + w * CC__WROW, any = rs->wflags[w];
      for (uint32_t k = rs->rep_off[w]; k < rs->rep_off[w + 1]; k++) {
        b[CC__WR_REP + rs->rep_list[k] / 64] |= 1ull
                                                << (rs->rep_list[k] & 63);
        any = 1;
      }
      for (size_t x = 0; rs->by_word[w] && x < pw; x++)
        any |= b[CC__WR_START + x] = rs->by_word[w]->mask[x];
      if (any)
        f |= CC__WF_BITS;
    }
    rs->wflags[w] = f;
  }
  cc_xfree(rs->slot_bits);
  rs->slot_bits = NULL;
  rs->slot_any = 0;
  if (!rs->wbits)
    return;
  rs->slot_bits = cc_xcalloc(CC__S__COUNT * CC__FW, sizeof *rs->slot_bits);
  for (int k = 0; k < CC__S__COUNT; k++)
    for (size_t x = 0; rs->by_slot[k] && x < pw; x++) {
      rs->slot_bits[k * CC__FW + x] = rs->by_slot[k]->mask[x];
      rs->slot_any |= 1u << k;
    }
}

int32_t cc__word_id(const cc_ruleset *rs, const char *s, size_t n) {
  return cc__word_find(rs, s, n);
}

/* The rule sets' serials (cc_ruleset.serial): 1, 2, ..., and 0 (no
 * number: cc_claim_store_add) past UINT32_MAX, so none comes twice. */
static atomic_uint_least64_t S_serials;

void cc__rules_finish(cc_ruleset *rs) {
  uint64_t serial = atomic_fetch_add(&S_serials, 1) + 1;
  rs->serial = serial <= UINT32_MAX ? (uint32_t)serial : 0;
  static const char *const fixed[] = {
#define S_FIXED_STR(N, S) S,
      CC__FIXED_WORDS(S_FIXED_STR)
#undef S_FIXED_STR
  };
  static const char *const function[] = {
      "from", "in",  "to",  "for",  "since",  "of",   "on",   "at", "by",
      "with", "and", "or",  "but",  "than",   "after", "before", "into",
      "over", "as",  "when"};
  static const char *const filler[] = {"his", "her", "their", "its", "the",
                                       "a",   "an",  "our",   "my"};
  for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
    S_intern(rs, fixed[i]); /* ids 1.. in order: the CC__W_ constants */
  for (size_t i = 0; i < sizeof function / sizeof function[0]; i++)
    S_intern(rs, function[i]);
  int32_t common = 0; /* the fixed, function and filler words' ids */
  for (size_t i = 0; i < sizeof filler / sizeof filler[0]; i++)
    common = S_intern(rs, filler[i]);
  for (uint32_t r = 0; r < rs->nrules; r++) {
    cc__rule *ru = &rs->rules[r];
    for (uint32_t g = 0; g < ru->nprogs; g++) {
      for (uint32_t k = 0; k < ru->progs[g].nlits; k++)
        S_intern_litset(rs, &ru->progs[g].lits[k]);
      S_find_must(rs->mem, &ru->progs[g], common);
      S_find_probe(rs->mem, &ru->progs[g]);
      S_find_caps(rs->mem, ru, &ru->progs[g]);
      ru->progs[g].gid = rs->nprogs++;
    }
    S_intern_litset(rs, &ru->open_when);
    S_intern_litset(rs, &ru->unless);
    S_intern_litset(rs, &ru->unless_after);
    S_intern_litset(rs, &ru->unless_sentence);
    S_intern_litset(rs, &ru->context);
  }
  rs->wclass = cc_xcalloc(rs->nwords + 1, 1);
  for (size_t i = 0; i < sizeof function / sizeof function[0]; i++)
    rs->wclass[S_intern(rs, function[i])] |= CC__WC_FUNCTION;
  for (size_t i = 0; i < sizeof filler / sizeof filler[0]; i++)
    rs->wclass[S_intern(rs, filler[i])] |= CC__WC_FILLER;
  S_wtab_build(rs);
  for (uint32_t r = 0; r < rs->nrules; r++)
    for (uint32_t g = 0; g < rs->rules[r].nprogs; g++)
      S_order_must(rs, &rs->rules[r].progs[g]);
  S_index_rep(rs);
  S_prog_masks(rs);
  rs->by_word = cc_xcalloc(rs->nwords + 1, sizeof *rs->by_word);
  for (cc__word *w = rs->words; w; w = w->hh.next)
    HASH_FIND(hh, rs->index, w->w, w->hh.keylen, rs->by_word[w->id]);
  cc_xfree(rs->wstart);
  rs->wstart = cc_xcalloc(rs->nwords + 1, 1);
  for (uint32_t w = 0; w <= rs->nwords; w++)
    rs->wstart[w] = rs->by_word[w] != NULL || w == CC__W_THE;
  for (int k = 0; k < CC__S__COUNT; k++)
    HASH_FIND_STR(rs->index, S_slot_keys[k], rs->by_slot[k]);
  S_have_tables(rs);
  S_probe_gate(rs);
  S_word_tables(rs);
}

/* Every rule word into the lexicon's word table, then each table id's
 * word id here (cc_ruleset.by_vid): every rule word has an id, so a
 * token whose id maps to none names no rule word. */

static void S_by_vid(cc_ruleset *rs, const cc_lexicon *lx) {
  cc_vocab *v = lx ? cc_lexicon_vocab(lx) : NULL;
  rs->key_nouns = lx ? cc_lex_table_get(lx, "key_nouns") : NULL;
  if (!v)
    return;
  /* the contractions of "not" too (S_wtab_build), added first: nvid
   * below counts them */
  uint32_t nots[S_NNOTS];
  for (size_t i = 0; i < S_NNOTS; i++)
    nots[i] = cc_vocab_add(v, S_nots[i], strlen(S_nots[i]));
  /* each word's id in v as it is added: the word of that id is the rule
   * word (the same bytes), and no other id's word is one (a rule word
   * has one id), so by_vid is these and CC__W_NONE (0) for the rest */
  uint32_t *vids = cc_xmalloc((rs->nwords + 1) * sizeof *vids);
  size_t k = 0;
  for (cc__word *w = rs->words; w; w = w->hh.next)
    vids[k++] = cc_vocab_add(v, w->w, w->hh.keylen); /* (its strlen) */
  rs->vocab = v;
  rs->nvid = cc_vocab_count(v) + 1;
  rs->by_vid = cc_xcalloc(rs->nvid, sizeof *rs->by_vid); /* (CC__W_NONE) */
  k = 0;
  for (cc__word *w = rs->words; w; w = w->hh.next, k++)
    if (vids[k]) /* (0: a word the table cannot hold) */
      rs->by_vid[vids[k]] = w->id;
  cc_xfree(vids);
  for (size_t i = 0; i < S_NNOTS; i++)
    if (nots[i])
      rs->by_vid[nots[i]] = cc__word_find(rs, S_nots[i], strlen(S_nots[i]));
#ifdef CC_RULES_CHECK_PROBE /* the same as a lookup of each id's word */
  for (uint32_t id = 1; id < rs->nvid; id++) {
    size_t n;
    const char *w = cc_vocab_word(v, id, &n);
    if (rs->by_vid[id] != cc__word_find(rs, w, n)) {
      fprintf(stderr, "S_by_vid: word id of \"%s\" differs\n", w);
      abort();
    }
  }
#endif
}

static cc_ruleset *S_ruleset_new(void) {
  cc_ruleset *rs = cc_xcalloc(1, sizeof *rs);
  rs->mem = cc_arena_new();
  return rs;
}

int cc_rules_parse(const char *name, const char *src, size_t len,
                   const cc_lexicon *lx, cc_ruleset **out, cc_err *err) {
  *out = NULL;
  cc_ruleset *rs = S_ruleset_new();
  if (S_parse_into(rs, name, src, len, err) != 0) {
    cc_rules_free(&rs);
    return -1;
  }
  cc__rules_finish(rs);
  S_by_vid(rs, lx);
  *out = rs;
  return 0;
}

static int S_cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "x.rules", in any case ("X.RULES" from a Windows tool), as articles'
 * ".TXT" are read. */
static bool S_is_rules_name(const char *name) {
  size_t n = strlen(name);
  return n > 6 && name[0] != '.' && strcasecmp(name + n - 6, ".rules") == 0;
}

/* Rules are read from the folder itself, not its subfolders (lexicon/
 * holds the word lists): a subfolder with .rules files in it is named,
 * so its rules are not silently missing. */
static void S_warn_subfolder(const char *dir, const char *sub) {
  cc_buf path = CC_BUF_INIT;
  cc_buf_printf(&path, "%s/%s", dir, sub);
  DIR *d = opendir(path.ptr); /* NULL for a file of DT_UNKNOWN: fine */
  size_t n = 0;
  struct dirent *de;
  while (d && (de = readdir(d)) != NULL)
    n += S_is_rules_name(de->d_name);
  if (d)
    closedir(d);
  if (n)
    cc_warn("%s: %zu .rules file%s in a subfolder, not read (rules are read "
            "from the rules folder itself: move them up into %s)",
            path.ptr, n, n == 1 ? "" : "s", dir);
  cc_buf_free(&path);
}

int cc_rules_load(const char *dir, const cc_lexicon *lx, cc_ruleset **out,
                  cc_err *err) {
  *out = NULL;
  DIR *d = opendir(dir);
  if (!d) {
    cc_err_set(err, "%s: cannot open rules folder: %s", dir, strerror(errno));
    return -1;
  }
  cc_vec names = CC_VEC_INIT(char *);
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (S_is_rules_name(de->d_name))
      *(char **)cc_vec_push(&names) = cc_xstrdup(de->d_name);
    else if (de->d_name[0] != '.' && strcmp(de->d_name, "lexicon") != 0 &&
             (de->d_type == DT_DIR || de->d_type == DT_UNKNOWN))
      S_warn_subfolder(dir, de->d_name);
  }
  closedir(d);
  if (names.len)
    qsort(names.items, names.len, sizeof(char *), S_cmp_str);
  int rc = 0;
  if (names.len == 0) {
    cc_err_set(err, "%s: no *.rules files in the rules folder", dir);
    rc = -1;
  }
  cc_ruleset *rs = S_ruleset_new();
  for (size_t i = 0; rc == 0 && i < names.len; i++) {
    cc_buf path = CC_BUF_INIT;
    cc_buf_printf(&path, "%s/%s", dir, *CC_VEC_AT(&names, char *, i));
    char *src = NULL;
    size_t len = 0;
    rc = cc_read_file(path.ptr, 0, &src, &len, err);
    if (rc == 0)
      rc = S_parse_into(rs, path.ptr, src, len, err);
    free(src);
    cc_buf_free(&path);
  }
  for (size_t i = 0; i < names.len; i++)
    cc_xfree(*CC_VEC_AT(&names, char *, i));
  cc_vec_free(&names);
  if (rc != 0) {
    cc_rules_free(&rs);
    return -1;
  }
  cc__rules_finish(rs);
  S_by_vid(rs, lx);
  *out = rs;
  return 0;
}

size_t cc_rules_count(const cc_ruleset *rs) { return rs ? rs->nrules : 0; }

size_t cc_rules_match_lines(const cc_ruleset *rs) {
  return rs ? rs->nprogs : 0;
}

const cc_rule_info *cc_rules_info(const cc_ruleset *rs, size_t i) {
  return rs && i < rs->nrules ? &rs->rules[i].info : NULL;
}

size_t cc_rules_unanchored(const cc_ruleset *rs,
                           void (*fn)(const char *rule, unsigned line,
                                      void *ud),
                           void *ud) {
  size_t n = 0;
  for (uint32_t r = 0; rs && r < rs->nrules; r++)
    for (uint32_t g = 0; g < rs->rules[r].nprogs; g++) {
      const cc__prog *p = &rs->rules[r].progs[g];
      if (p->nmust || !p->ncode || p->code[0].op != CC__OP_SLOT)
        continue;
      n++;
      if (fn)
        fn(rs->rules[r].info.id, p->line, ud);
    }
  return n;
}
