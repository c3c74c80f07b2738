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
 * continues it (starts in lower case, or the line ended with a comma or
 * hyphen).
 */
#include "cc_segment.h"

#include <string.h>

#include "cc_text.h"

bool cc__abbrev_has(const struct cc_abbrevs *a, const char *key, size_t n);

typedef struct S_seg {
  const cc_doc *doc;
  const unsigned char *p;
  size_t n, i;
  uint32_t line, col;
  cc_arena *arena;
  const cc_abbrevs *abbrevs;
  uint32_t max_sent;
  cc_vec toks, sents, paras;
  uint32_t sent_begin;      /* first token of the open sentence */
  uint32_t para_sent_begin; /* first sentence of the open paragraph */
  int newlines;             /* line breaks since the last token */
  bool space;               /* whitespace since the last token */
  bool terminal;            /* last token ended a sentence if ... */
  bool warned_long;
  cc_buf scratch;
} S_seg;

/* ---- character helpers ------------------------------------------------ */

static bool S_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool S_is_alpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
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

/* ---- sentences and paragraphs ------------------------------------------ */

static uint32_t S_ntok(const S_seg *s) { return (uint32_t)s->toks.len; }

static void S_close_sentence(S_seg *s) {
  uint32_t nt = S_ntok(s);
  if (nt == s->sent_begin)
    return;
  cc_sentence *st = cc_vec_push(&s->sents);
  const cc_token *t = s->toks.items;
  st->tok_begin = s->sent_begin;
  st->tok_end = nt;
  st->start = t[s->sent_begin].start;
  st->end = t[nt - 1].end;
  st->para = (uint32_t)s->paras.len;
  s->sent_begin = nt;
  s->terminal = false;
}

static void S_close_paragraph(S_seg *s) {
  S_close_sentence(s);
  uint32_t ns = (uint32_t)s->sents.len;
  if (ns == s->para_sent_begin)
    return;
  cc_paragraph *pg = cc_vec_push(&s->paras);
  const cc_sentence *st = s->sents.items;
  pg->sent_begin = s->para_sent_begin;
  pg->sent_end = ns;
  pg->start = st[s->para_sent_begin].start;
  pg->end = st[ns - 1].end;
  s->para_sent_begin = ns;
}

static const cc_token *S_last(const S_seg *s) {
  return s->toks.len ? CC_VEC_AT(&s->toks, cc_token, s->toks.len - 1) : NULL;
}

/* Does a line break before a token that starts with byte c end the
 * sentence?  Continuation lines start in lower case or follow a comma. */
static bool S_newline_breaks(const S_seg *s, size_t i) {
  const cc_token *last = S_last(s);
  if (!last || s->sent_begin == S_ntok(s))
    return false;
  if (s->terminal)
    return true;
  const char *ln = last->norm;
  if (last->kind == CC_TOK_PUNCT &&
      (ln[0] == ',' || ln[0] == '-' || ln[0] == '(' || ln[0] == '&'))
    return false;
  if (s->p[i] < 0x80) {
    unsigned char c = s->p[i];
    return !(c >= 'a' && c <= 'z');
  }
  int l;
  int32_t cp = S_cp(s, i, &l);
  return !cc_cp_is_letter(cp) || cc_cp_is_upper(cp);
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

/* Called before each token: decide where the previous sentence ended. */
static void S_boundary(S_seg *s, size_t i) {
  if (s->newlines >= 2)
    S_close_paragraph(s);
  else if (s->newlines == 1 && S_newline_breaks(s, i))
    S_close_sentence(s);
  else if (s->terminal && S_starts_sentence(s, i))
    S_close_sentence(s);
  if (S_ntok(s) - s->sent_begin >= s->max_sent) {
    if (!s->warned_long) {
      cc_warn("%s:%u: sentence longer than %u tokens was split "
              "(--max-sentence-tokens)",
              s->doc->path, s->line, s->max_sent);
      s->warned_long = true;
    }
    S_close_sentence(s);
  }
}

/* ---- tokens -------------------------------------------------------------- */

static void S_set_norm(S_seg *s, cc_token *t) {
  const unsigned char *src = s->p + t->start;
  size_t n = t->end - t->start;
  bool ascii = true;
  for (size_t k = 0; k < n; k++)
    if (src[k] >= 0x80) {
      ascii = false;
      break;
    }
  char *dst;
  size_t dn;
  if (ascii) {
    dst = cc_arena_alloc(s->arena, n + 1);
    for (size_t k = 0; k < n; k++) {
      unsigned char c = src[k];
      dst[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    dn = n;
  } else {
    t->flags |= CC_TF_NONASCII;
    cc_buf_reset(&s->scratch);
    cc_text_norm((const char *)src, n, &s->scratch);
    dn = s->scratch.len;
    dst = cc_arena_strndup(s->arena, s->scratch.ptr, dn);
  }
  t->norm = dst;
  t->norm_len = (uint16_t)(dn > 65535 ? 65535 : dn);
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

/* Emit token [start, i) of the given kind; columns advance by chars. */
static cc_token *S_emit(S_seg *s, size_t start, size_t end, cc_tok_kind kind,
                        uint32_t nchars) {
  S_boundary(s, start);
  cc_token *t = cc_vec_push(&s->toks);
  t->start = (uint32_t)start;
  t->end = (uint32_t)end;
  t->line = s->line;
  t->col = s->col;
  t->kind = (uint8_t)kind;
  if (s->space || s->newlines)
    t->flags |= CC_TF_SPACE_BEFORE;
  if (s->newlines || s->toks.len == 1)
    t->flags |= CC_TF_LINE_START;
  if (S_ntok(s) - 1 == s->sent_begin)
    t->flags |= CC_TF_SENT_START;
  S_set_norm(s, t);
  if (kind == CC_TOK_WORD)
    S_case_flags(s, t);
  s->col += nchars;
  s->i = end;
  s->newlines = 0;
  s->space = false;
  return t;
}

static void S_number(S_seg *s) {
  size_t i = s->i, start = i;
  while (i < s->n && S_is_digit(s->p[i]))
    i++;
  while (i + 1 < s->n && strchr(".,:/", s->p[i]) && s->p[i] &&
         S_is_digit(s->p[i + 1])) {
    i++;
    while (i < s->n && S_is_digit(s->p[i]))
      i++;
  }
  size_t k = i;
  while (k < s->n && S_is_alpha(s->p[k]))
    k++;
  if (k - i <= 3 && !S_letter_at(s, k)) /* "11:30am", "2nd"; not "20years" */
    i = k;
  if (i < s->n && s->p[i] == '%')
    i++;
  S_emit(s, start, i, CC_TOK_NUM, (uint32_t)(i - start));
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

static void S_word(S_seg *s) {
  size_t start = s->i;
  size_t dot = S_dotted_abbrev(s, start);
  if (dot) {
    cc_token *t = S_emit(s, start, dot, CC_TOK_WORD, (uint32_t)(dot - start));
    t->flags |= CC_TF_ABBREV;
    return;
  }
  size_t i = start;
  uint32_t chars = 0;
  for (;;) {
    int l;
    if (i < s->n && s->p[i] < 0x80) {
      if (!(S_is_alpha(s->p[i]) || S_is_digit(s->p[i])))
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
  cc_token *t = S_emit(s, start, i, CC_TOK_WORD, chars);
  if (cc__abbrev_has(s->abbrevs, t->norm, t->norm_len))
    t->flags |= CC_TF_ABBREV;
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

static void S_punct(S_seg *s) {
  size_t start = s->i;
  int l;
  int32_t cp = S_cp(s, start, &l);
  bool dots = cp == '.' && start + 2 < s->n && s->p[start + 1] == '.' &&
              s->p[start + 2] == '.';
  if (dots)
    l = 3; /* "..." */
  bool abbrev_dot = cp == '.' && l == 1 && S_period_is_abbrev(s);
  bool sym = cp == '$' || cp == '%' || cp == '&' || cp == '#' || cp == '@' ||
             (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
  cc_token *t = S_emit(s, start, start + (size_t)l,
                       sym ? CC_TOK_SYM : CC_TOK_PUNCT, dots ? 3 : 1);
  if (cp == 0x2026) {
    t->norm = "...";
    t->norm_len = 3;
  }
  bool term = (cp == '.' && !abbrev_dot) || cp == '!' || cp == '?' ||
              cp == 0x2026 || dots;
  /* closing quotes and brackets after the period keep the sentence open */
  bool closer = t->norm[0] == '"' || t->norm[0] == '\'' || cp == ')' ||
                cp == ']';
  if (term)
    s->terminal = true;
  else if (!(closer && s->terminal))
    s->terminal = false;
}

static void S_newline(S_seg *s) {
  if (s->p[s->i] == '\r' && s->i + 1 < s->n && s->p[s->i + 1] == '\n')
    s->i++;
  s->i++;
  s->line++;
  s->col = 1;
  s->newlines++;
}

static void S_step(S_seg *s) {
  unsigned char c = s->p[s->i];
  if (c == '\n' || c == '\r') {
    S_newline(s);
  } else if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
    s->i++;
    s->col++;
    s->space = true;
  } else if (S_is_digit(c)) {
    S_number(s);
  } else if (S_is_alpha(c)) {
    S_word(s);
  } else if (c < 0x80) {
    if (!S_possessive(s))
      S_punct(s);
  } else {
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
      S_word(s);
    } else if (!S_possessive(s)) {
      S_punct(s);
    }
  }
}

static void *S_to_arena(cc_arena *a, cc_vec *v) {
  if (v->len == 0)
    return NULL;
  void *p = cc_arena_alloc(a, v->len * v->size);
  memcpy(p, v->items, v->len * v->size);
  return p;
}

void cc_segment(const cc_doc *doc, const cc_abbrevs *abbrevs,
                const cc_seg_limits *limits, cc_arena *arena,
                cc_segmented *out) {
  S_seg s = {0};
  s.doc = doc;
  s.p = (const unsigned char *)doc->text;
  s.n = doc->len;
  s.i = doc->body <= doc->len ? doc->body : doc->len;
  s.line = 1;
  s.col = 1;
  s.arena = arena;
  s.abbrevs = abbrevs;
  s.max_sent = limits && limits->max_sentence_tokens
                   ? limits->max_sentence_tokens
                   : CC_DEFAULT_MAX_SENTENCE_TOKENS;
  s.toks = (cc_vec)CC_VEC_INIT(cc_token);
  s.sents = (cc_vec)CC_VEC_INIT(cc_sentence);
  s.paras = (cc_vec)CC_VEC_INIT(cc_paragraph);
  cc_doc_linecol(doc, s.i, &s.line, &s.col);
  while (s.i < s.n)
    S_step(&s);
  S_close_paragraph(&s);
  memset(out, 0, sizeof *out);
  out->doc = doc;
  out->tokens = S_to_arena(arena, &s.toks);
  out->ntokens = (uint32_t)s.toks.len;
  out->sentences = S_to_arena(arena, &s.sents);
  out->nsentences = (uint32_t)s.sents.len;
  out->paragraphs = S_to_arena(arena, &s.paras);
  out->nparagraphs = (uint32_t)s.paras.len;
  cc_vec_free(&s.toks);
  cc_vec_free(&s.sents);
  cc_vec_free(&s.paras);
  cc_buf_free(&s.scratch);
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
