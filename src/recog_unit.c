/* recog_unit.c - quantities: a number mention followed by a unit of
 * measure ("150 mph", "5,000 acres", "30C", "a 10-mile walk", "6ft 2in")
 * becomes a CC_M_QUANTITY mention whose interval is in the measure's
 * canonical unit (rules/lexicon/units.csv).
 *
 * Runs once per sentence after the other recognizers, over that
 * sentence's mentions only: the work is one table lookup per number
 * mention, nothing per token.
 */
#include "recog_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cc_lexicon.h"
#include "cc_text.h"

#define uthash_malloc(sz) cc_xmalloc(sz)
#define uthash_free(p, sz) cc_xfree(p)
#include <uthash.h>

/* ---- measures -------------------------------------------------------- */

typedef struct S_measure {
  const char *name;    /* as rules and units.csv name it */
  const char *canon;   /* cc_mention.unit: fits its 4 bytes */
  const char *display; /* the canonical unit as reports show it */
} S_measure;

static const S_measure S_measures[] = {
    {"length", "m", "m"},        {"area", "km2", "sq km"},
    {"speed", "kmh", "km/h"},    {"mass", "kg", "kg"},
    {"volume", "l", "l"},        {"temperature", "C", "°C"},
    {"power", "W", "W"},         {"energy", "Wh", "Wh"},
    {"data", "B", "B"},          {"bitrate", "bps", "bit/s"},
    /* a car's distance on a volume of fuel ("55mpg") */
    {"economy", "kml", "km/l"},
    /* degrees on no stated scale: an angle, or a temperature whose scale
     * the reader is left to know ("98 degrees"); never converted */
    {"degrees", "deg", "°"}};
#define S_NMEASURES (sizeof S_measures / sizeof S_measures[0])

static int S_measure_index(const char *name) {
  for (size_t i = 0; i < S_NMEASURES; i++)
    if (strcmp(S_measures[i].name, name) == 0)
      return (int)i;
  if (strcmp(name, "weight") == 0) /* what editors often call it */
    return 3;
  return -1;
}

static int S_canon_index(const char *unit) {
  for (size_t i = 0; i < S_NMEASURES; i++)
    if (strncmp(S_measures[i].canon, unit, 4) == 0)
      return (int)i;
  return -1;
}

const char *cc_quantity_measure(const char *unit) {
  int i = unit ? S_canon_index(unit) : -1;
  return i < 0 ? NULL : S_measures[i].name;
}

const char *cc_quantity_unit_display(const char *unit) {
  int i = unit ? S_canon_index(unit) : -1;
  return i < 0 ? "" : S_measures[i].display;
}

const char *cc_quantity_canon(const char *measure) {
  int i = measure ? S_measure_index(measure) : -1;
  return i < 0 ? NULL : S_measures[i].canon;
}

/* ---- the table --------------------------------------------------------- */

/* (S_ATT_ONLY and the kinds after it are read only glued to the digits) */
enum {
  S_ATT_YES,
  S_ATT_NO,
  S_ATT_ONLY,
  S_ATT_UPPER,
  S_ATT_LOWER,
  S_ATT_CONTEXT, /* lower case, glued; the tokens after the first are
                   context, not part of the quantity ("100m sprint") */
  S_ATT_CASE, /* glued or not, written as its symbol is: "MB" megabytes,
                 "Mb" megabits, and "mb" (millibars) neither */
  S_ATT_CONTEXT_ANY /* as S_ATT_CONTEXT in either case ("a 10K race") */
};
#define S_MAXTOK 4
#define S_TOKLEN 24

typedef struct S_unit {
  char tok[S_MAXTOK][S_TOKLEN]; /* the key's tokens, as the segmenter
                                   splits and folds them */
  uint8_t ntok;
  uint8_t attach;
  uint8_t measure; /* index in S_measures */
  bool article;    /* "a mile", "an acre": one of it (units.csv) */
  char symbol[12];
  double factor, offset, tol;
} S_unit;

/* The units whose key begins with one token, longest keys first. */
typedef struct S_first {
  char tok[S_TOKLEN];
  uint32_t *units;
  uint32_t n;
  bool article; /* some unit of the list is read after "a" / "an" */
  UT_hash_handle hh;
} S_first;

/* A word that makes a nearby "N pounds" a weight (unit_cues.csv), or
 * with money set one that keeps it money: S_MONEY_ANY near "N pounds of"
 * ("of taxpayers' money", "raised 500 pounds of"), S_MONEY_HYPHEN only
 * after "N-pound" ("a 15-pound fine"; "10 pounds of fine sand"). */
enum { S_MONEY_ANY = 1, S_MONEY_HYPHEN = 2 };
typedef struct S_cue {
  char word[S_TOKLEN];
  uint32_t unit;
  uint8_t money;
  UT_hash_handle hh;
} S_cue;

struct cc_unit_model {
  S_unit *units;
  uint32_t nunits;
  S_first *firsts;
  S_cue *cues;
  int inch; /* the unit "in" (feet and inches), or -1 */
  int degrees; /* the unit "degrees" ("20 below zero"), or -1 */
  int lb; /* the unit "lb" ("15 pounds of cocaine"), or -1 */
  int foot; /* the unit "ft" (6'2"), or -1 */
  int metre; /* a unit read as metres ("m" of "100m sprint"), or -1 */
};

/* The bytes of the UTF-8 character at p when it is a letter ("μ" in
 * "μg", which the segmenter keeps in its word), else 0. */
static size_t S_utf8_letter(const unsigned char *p) {
  int32_t cp;
  int n = cc_utf8_decode(p, strlen((const char *)p), &cp);
  return n > 1 && cc_cp_is_letter(cp) ? (size_t)n : 0;
}

/* Split a folded key as the segmenter splits text: runs of letters, ASCII
 * digits and dots are one token, any other character (a UTF-8 sequence)
 * one token of its own, spaces separate.  False when it has too many
 * tokens or one too long. */
static bool S_split(const char *key, S_unit *u) {
  u->ntok = 0;
  const unsigned char *p = (const unsigned char *)key;
  while (*p) {
    if (*p == ' ') {
      p++;
      continue;
    }
    if (u->ntok == S_MAXTOK)
      return false;
    size_t n = 0, l;
    if (isalnum(*p) || *p == '.' || S_utf8_letter(p)) {
      while (isalnum(p[n]) || p[n] == '.' || (l = S_utf8_letter(p + n)))
        n += isalnum(p[n]) || p[n] == '.' ? 1 : l;
    } else {
      n = 1;
      while ((p[n] & 0xC0) == 0x80) /* the rest of a UTF-8 sequence */
        n++;
    }
    if (n >= S_TOKLEN)
      return false;
    memcpy(u->tok[u->ntok], p, n);
    u->tok[u->ntok++][n] = '\0';
    p += n;
  }
  return u->ntok > 0;
}

static int S_attach(const char *s) {
  static const char *const names[] = {"yes",   "no",      "only",
                                      "upper", "lower",   "context",
                                      "case",  "context_any"};
  for (int i = 0; i < 8; i++)
    if (strcmp(s, names[i]) == 0)
      return i;
  return -1;
}

static bool S_double(const char *s, double dflt, double *out) {
  if (!*s) {
    *out = dflt;
    return true;
  }
  if (cc__plain_int(s, out)) /* (most cells) */
    return true;
  char *e;
  *out = strtod(s, &e);
  return e != s && !*e && isfinite(*out);
}

/* units.csv's columns, looked up once for its rows (a lookup by name
 * cost more than the rest of a row) */
typedef struct S_ucols {
  int symbol, measure, attach, article, factor, offset, tolerance;
} S_ucols;

static int S_row(cc_unit_model *um, const S_ucols *c, const cc_lex_entry *e,
                 cc_err *err) {
  S_unit u = {0};
  const char *sym = cc_lex_cell(e, c->symbol);
  const char *meas = cc_lex_cell(e, c->measure);
  const char *att = cc_lex_cell(e, c->attach);
  const char *art = cc_lex_cell(e, c->article);
  int mi = S_measure_index(meas), ai = S_attach(att);
  const char *bad = NULL;
  if (!S_split(e->key, &u))
    bad = "unit too long (at most 4 tokens of 23 bytes)";
  else if (!*sym || strlen(sym) >= sizeof u.symbol)
    bad = "symbol missing or longer than 11 bytes";
  else if (mi < 0)
    bad = "unknown measure (use length, area, speed, mass, volume, "
          "temperature, power, energy, degrees, data, bitrate or economy)";
  else if (ai < 0)
    bad = "attach must be yes, no, only, upper, lower, context, "
          "context_any or case";
  else if ((ai == S_ATT_CONTEXT || ai == S_ATT_CONTEXT_ANY) && u.ntok < 2)
    bad = "a context unit needs a word after the unit (\"m sprint\")";
  else if (ai == S_ATT_CASE &&
           (u.ntok != 1 || strcasecmp(u.tok[0], sym) != 0))
    bad = "a case unit is one word, its symbol that word as written";
  else if (!S_double(cc_lex_cell(e, c->factor), 1, &u.factor) ||
           u.factor <= 0)
    bad = "factor must be a positive number";
  else if (!S_double(cc_lex_cell(e, c->offset), 0, &u.offset))
    bad = "offset must be a number";
  else if (!S_double(cc_lex_cell(e, c->tolerance), 0, &u.tol) ||
           u.tol < 0 || u.tol >= 1)
    bad = "tolerance must be a share from 0 to below 1";
  else if (*art && strcmp(art, "yes") != 0 && strcmp(art, "no") != 0)
    bad = "article must be yes, no or empty";
  if (bad) {
    cc_err_set(err, "units.csv:%u: %s", e->line, bad);
    return -1;
  }
  u.measure = (uint8_t)mi;
  u.attach = (uint8_t)ai;
  u.article = strcmp(art, "yes") == 0;
  memcpy(u.symbol, sym, strlen(sym) + 1);
  um->units[um->nunits++] = u; /* (room for every row: the caller's) */
  return 0;
}

/* Unit i onto the list of the units that begin with its first token. */
static void S_first_add(cc_unit_model *um, uint32_t i) {
  S_first *f = NULL;
  const char *k = um->units[i].tok[0];
  HASH_FIND_STR(um->firsts, k, f);
  if (!f) {
    f = cc_xcalloc(1, sizeof *f);
    memcpy(f->tok, k, strlen(k) + 1);
    HASH_ADD_STR(um->firsts, tok, f);
  }
  f->units = cc_xrealloc(f->units, (f->n + 1) * sizeof *f->units);
  f->units[f->n++] = i;
  f->article |= um->units[i].article;
}

/* The first unit whose key is the one token w, or -1. */
/* (by the list of w's first token, made before: longer keys first, file
 * order within a length, so its first unit of one token is the first of
 * the file; a walk of every unit a cue cost more than the cues) */
static int S_unit_word(const cc_unit_model *um, const char *w) {
  S_first *f = NULL;
  HASH_FIND_STR(um->firsts, w, f);
  for (uint32_t k = 0; f && k < f->n; k++)
    if (um->units[f->units[k]].ntok == 1)
      return (int)f->units[k];
  return -1;
}

/* A unit read as metres ("m" of a context row: "100m sprint"), or -1. */
static int S_metre(const cc_unit_model *um) {
  S_first *f = NULL;
  HASH_FIND_STR(um->firsts, "m", f);
  for (uint32_t x = 0; f && x < f->n; x++) {
    const S_unit *u = &um->units[f->units[x]];
    if (u->factor == 1 && u->offset == 0 && !strcmp(u->symbol, "m") &&
        !strcmp(S_measures[u->measure].name, "length"))
      return (int)f->units[x];
  }
  return -1;
}

/* unit_cues.csv: each word with the one-token unit it names. */
static int S_load_cues(cc_unit_model *um, const cc_lex_table *t, cc_err *err) {
  if (!t)
    return 0;
  int col = cc_lex_col(t, "unit"), mcol = cc_lex_col(t, "money");
  if (col < 0) {
    cc_err_set(err, "unit_cues.csv:1: missing column 'unit'");
    return -1;
  }
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(t, i)) != NULL; i++) {
    int x = S_unit_word(um, cc_lex_cell(e, col));
    const char *money = mcol >= 0 ? cc_lex_cell(e, mcol) : "";
    const char *bad = strlen(e->key) >= S_TOKLEN || strchr(e->key, ' ')
                          ? "the word must be one word of at most 23 bytes"
                      : x < 0 ? "unit is not a one-word unit of units.csv"
                      : *money && strcmp(money, "yes") != 0 &&
                              strcmp(money, "hyphen") != 0
                          ? "money must be empty, 'yes' or 'hyphen'"
                          : NULL;
    if (bad) {
      cc_err_set(err, "unit_cues.csv:%u: %s", e->line, bad);
      return -1;
    }
    S_cue *c = NULL;
    HASH_FIND_STR(um->cues, e->key, c);
    if (c)
      continue; /* the first row of a word holds */
    c = cc_xcalloc(1, sizeof *c);
    memcpy(c->word, e->key, strlen(e->key) + 1);
    c->unit = (uint32_t)x;
    c->money = !*money               ? 0
               : *money == 'y' ? S_MONEY_ANY
                               : S_MONEY_HYPHEN;
    HASH_ADD_STR(um->cues, word, c);
  }
  return 0;
}

int cc__unit_model_new(const cc_lexicon *lx, cc_unit_model **out,
                       cc_err *err) {
  *out = NULL;
  cc_unit_model *um = cc_xcalloc(1, sizeof *um);
  const cc_lex_table *t = cc_lex_table_get(lx, "units");
  if (t) {
    static const char *const cols[] = {"symbol", "measure", "factor",
                                       "offset", "attach", "tolerance"};
    for (size_t c = 0; c < sizeof cols / sizeof cols[0]; c++)
      if (cc_lex_col(t, cols[c]) < 0) {
        cc_err_set(err, "units.csv:1: missing column '%s'", cols[c]);
        cc__unit_model_free(&um);
        return -1;
      }
    const S_ucols uc = {cc_lex_col(t, "symbol"),    cc_lex_col(t, "measure"),
                        cc_lex_col(t, "attach"),    cc_lex_col(t, "article"),
                        cc_lex_col(t, "factor"),    cc_lex_col(t, "offset"),
                        cc_lex_col(t, "tolerance")};
    /* a unit a row: the array at once (grown a unit at a time, its
     * copies cost as much as the rows) */
    size_t rows = cc_lex_size(t);
    um->units = cc_xmalloc((rows ? rows : 1) * sizeof *um->units);
    const cc_lex_entry *e;
    for (size_t i = 0; (e = cc_lex_at(t, i)) != NULL; i++)
      if (S_row(um, &uc, e, err) != 0) {
        cc__unit_model_free(&um);
        return -1;
      }
  }
  /* each first token's list longest key first, in file order within a
   * length: the units taken longest first */
  for (int nt = S_MAXTOK; nt > 0; nt--)
    for (uint32_t i = 0; i < um->nunits; i++)
      if (um->units[i].ntok == nt)
        S_first_add(um, i);
  if (S_load_cues(um, cc_lex_table_get(lx, "unit_cues"), err) != 0) {
    cc__unit_model_free(&um);
    return -1;
  }
  um->inch = S_unit_word(um, "in");
  um->degrees = S_unit_word(um, "degrees");
  um->lb = S_unit_word(um, "lb");
  um->foot = S_unit_word(um, "ft");
  um->metre = S_metre(um);
  *out = um;
  return 0;
}

void cc__unit_model_free(cc_unit_model **ump) {
  if (!ump || !*ump)
    return;
  cc_unit_model *um = *ump;
  S_first *f, *tmp;
  HASH_ITER(hh, um->firsts, f, tmp) {
    HASH_DEL(um->firsts, f);
    cc_xfree(f->units);
    cc_xfree(f);
  }
  S_cue *c, *ctmp;
  HASH_ITER(hh, um->cues, c, ctmp) {
    HASH_DEL(um->cues, c);
    cc_xfree(c);
  }
  cc_xfree(um->units);
  cc_xfree(um);
  *ump = NULL;
}

/* ---- matching -------------------------------------------------------- */

static const S_first *S_first_of(const cc_unit_model *um, const char *w,
                                 size_t n) {
  if (!n || n >= S_TOKLEN)
    return NULL;
  S_first *f = NULL;
  HASH_FIND(hh, um->firsts, w, n, f);
  return f;
}

static bool S_tok_is(const cc_token *t, const char *w) {
  size_t n = strlen(w);
  return t->norm_len == n && memcmp(t->norm, w, n) == 0;
}

/* Is unit u, read at token t after digits, a word of a title there:
 * capitalized (not all capitals) and spelled out ("21 Grams"), where a
 * symbol keeps its case ("5 Mbps", "2 GHz") and "Celsius", "Fahrenheit"
 * are written so? */
static bool S_cap_word(const cc_token *t, const S_unit *u) {
  static const char *const proper[] = {"celsius", "fahrenheit", "centigrade",
                                       "kelvin", NULL};
  if (!(t->flags & CC_TF_CAP) || (t->flags & CC_TF_ALLCAPS) ||
      t->norm_len < 4 ||
      (strlen(u->symbol) == t->norm_len &&
       !strncasecmp(u->symbol, t->norm, t->norm_len)))
    return false;
  for (const char *const *w = proper; *w; w++)
    if (S_tok_is(t, *w))
      return false;
  return true;
}

/* A capitalized word (not all capitals) after a capitalized word: a
 * unit there is part of a name or a title ("Seven Miles", "A Kilo"). */
static bool S_title_pair(const cc_token *last, const cc_token *t) {
  return (t->flags & CC_TF_CAP) && !(t->flags & CC_TF_ALLCAPS) &&
         last->kind == CC_TOK_WORD && (last->flags & CC_TF_CAP);
}

/* The first token of a unit as the text writes it: n bytes at w. */
typedef struct S_written {
  const char *w;
  size_t n;
} S_written;

/* The written text of token t. */
static S_written S_written_tok(const cc_segmented *seg, const cc_token *t) {
  S_written r = {seg->doc->text + t->start, t->end - t->start};
  return r;
}

/* Is unit u, its first token written as wr, read where it stands (glued
 * to the digits or not)? */
static bool S_attach_ok(const S_unit *u, bool glued, S_written wr) {
  if (u->attach == S_ATT_CASE) /* "MB", not "mb" */
    return wr.n == strlen(u->symbol) && memcmp(wr.w, u->symbol, wr.n) == 0;
  if (!glued)
    return u->attach < S_ATT_ONLY;
  bool upper = wr.n && isupper((unsigned char)wr.w[0]);
  switch (u->attach) {
  case S_ATT_NO:
    return false;
  case S_ATT_UPPER:
    return upper;
  case S_ATT_LOWER:
  case S_ATT_CONTEXT:
    return !upper;
  default:
    return true;
  }
}

/* The longest unit of f whose first token is read already (glued or
 * not; written as wr) and whose other tokens are tokens [k, end): its
 * index, *past set to the token after it; -1 when none. */
static int S_longest(const cc_unit_model *um, const S_first *f,
                     const cc_segmented *seg, uint32_t k, uint32_t end,
                     bool glued, S_written wr, uint32_t *past) {
  for (uint32_t x = 0; x < f->n; x++) {
    const S_unit *u = &um->units[f->units[x]];
    if (!S_attach_ok(u, glued, wr))
      continue;
    uint32_t j = k, t = 1;
    for (; t < u->ntok && j < end; t++, j++) {
      const cc_token *tk = &seg->tokens[j];
      /* the words of a unit are written together: "km/h", "°C", "miles
       * per hour"; a mark after a space starts something else */
      if (tk->kind != CC_TOK_WORD && (tk->flags & CC_TF_SPACE_BEFORE))
        break;
      if (!S_tok_is(tk, u->tok[t]))
        break;
    }
    if (t < u->ntok)
      continue;
    *past = u->attach == S_ATT_CONTEXT || u->attach == S_ATT_CONTEXT_ANY
                ? k
                : j;
    return (int)f->units[x];
  }
  return -1;
}

/* The letters glued after the digits of a number token ("240km" -> "km",
 * "25c" -> "c"), or n = 0. */
static const char *S_suffix(const cc_token *t, size_t *n) {
  const char *w = t->norm;
  size_t len = t->norm_len, k = len;
  while (k > 0 && isalpha((unsigned char)w[k - 1]))
    k--;
  *n = 0;
  if (k == len || k == 0 || !isdigit((unsigned char)w[k - 1]))
    return NULL;
  *n = len - k;
  return w + k;
}

/* After a fraction in words, the token where its unit may start: past
 * "a", "an", "of a", "of an" ("half a mile", "a quarter of a mile",
 * "two thirds of a litre"); k itself when none of them. */
static uint32_t S_fraction_of(const cc_segmented *seg, uint32_t k,
                              uint32_t end) {
  uint32_t j = k + 1 < end && S_tok_is(&seg->tokens[k], "of") ? k + 1 : k;
  if (j + 1 < end &&
      (S_tok_is(&seg->tokens[j], "a") || S_tok_is(&seg->tokens[j], "an")))
    return j + 1;
  return k;
}

/* "%.15g" of v into buf (24 bytes at least) without a trailing ".0". */
static void S_num(double v, char *buf, size_t cap) {
  if (v == floor(v) && fabs(v) < 1e15)
    snprintf(buf, cap, "%.0f", v);
  else
    snprintf(buf, cap, "%.15g", v);
}

/* The scale the number model read in the letters glued to the digits of
 * m's last token: 1e3, 1e6, 1e9 or 1e12 when m states the digits times
 * it ("5m", "2.5bn", "over 60m"), else 0.  *stated: the number stated. */
static double S_glued_scale(const cc_segmented *seg, const cc_mention *m,
                            double *stated) {
  const cc_token *t = &seg->tokens[m->tok_end - 1];
  char buf[48];
  size_t n = 0;
  for (size_t i = 0; i < t->norm_len && n + 1 < sizeof buf; i++)
    if (isdigit((unsigned char)t->norm[i]) || t->norm[i] == '.')
      buf[n++] = t->norm[i];
    else if (t->norm[i] != ',')
      break;
  buf[n] = '\0';
  double v = strtod(buf, NULL);
  /* the number as stated: a qualifier widens the ends ("over 60m" has no
   * upper end), the value is the stated number */
  *stated = m->qual == CC_Q_NONE ? m->hi : strtod(m->value, NULL);
  if (!(v > 0) || !isfinite(*stated))
    return 0;
  double r = *stated / v;
  static const double scales[] = {1e3, 1e6, 1e9, 1e12};
  for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++)
    if (fabs(r - scales[i]) <= 1e-9 * scales[i])
      return scales[i];
  return 0;
}

/* Did the number model read the letters glued to m's digits as a scale? */
static bool S_scaled(const cc_segmented *seg, const cc_mention *m) {
  double stated;
  return m->type == CC_M_NUMBER && S_glued_scale(seg, m, &stated) > 0;
}

/* A unit glued to the digits is the letters the number model may have
 * read as a scale: "17m/s" is 17 metres a second, not 17 million, and
 * "100m sprint" 100 metres.  The number is then what its digits say
 * (the scale taken off both ends). */
static void S_unscale(const cc_segmented *seg, cc_mention *m) {
  double stated, sc = S_glued_scale(seg, m, &stated);
  if (sc == 0 || sc > 1e9)
    return;
  m->lo /= sc; /* (an infinite end stays so) */
  m->hi /= sc;
  /* the value: a range's first end, else the number stated */
  bool range = (m->flags & CC_MF_RANGE) && m->qual == CC_Q_NONE;
  S_num(range ? m->lo : stated / sc, m->value, sizeof m->value);
}

/* The unit after number mention m: its index and the token after it,
 * or -1; *glued: the unit is the letters after the digits. */
static int S_unit_after(const cc_unit_model *um, const cc_segmented *seg,
                        const cc_mention *m, uint32_t end, uint32_t *past,
                        bool *glued) {
  const cc_token *last = &seg->tokens[m->tok_end - 1];
  *glued = false;
  if (last->kind == CC_TOK_NUM) {
    size_t n;
    const char *suf = S_suffix(last, &n);
    const S_first *f = suf ? S_first_of(um, suf, n) : NULL;
    uint32_t k = m->tok_end;
    char sq[S_TOKLEN];
    const cc_token *p = k < end ? &seg->tokens[k] : NULL;
    if (suf && p && p->kind == CC_TOK_NUM && p->norm_len == 1 &&
        (p->norm[0] == '2' || p->norm[0] == '3') &&
        !(p->flags & CC_TF_SPACE_BEFORE) && n + 2 <= sizeof sq) {
      /* "500m2", "20km2": the segmenter cuts the power off the letters */
      memcpy(sq, suf, n);
      sq[n] = p->norm[0];
      const S_first *fp = S_first_of(um, sq, n + 1);
      if (fp) {
        f = fp;
        k++;
      }
    }
    int ui = -1;
    if (f) {
      S_written wr = {seg->doc->text + last->end - n, n};
      ui = S_longest(um, f, seg, k, end, true, wr, past);
    }
    *glued = ui >= 0;
    /* letters of another kind ("3rd") are no unit; a scale the number
     * model read ("5m", "2bn") may be followed by one: "5m tonnes" */
    if (ui >= 0 || (suf && !S_scaled(seg, m)))
      return ui;
  }
  uint32_t k = m->tok_end;
  if (k < end && seg->tokens[k].kind == CC_TOK_PUNCT &&
      S_tok_is(&seg->tokens[k], "-") &&
      !(seg->tokens[k].flags & CC_TF_SPACE_BEFORE) && k + 1 < end &&
      !(seg->tokens[k + 1].flags & CC_TF_SPACE_BEFORE))
    k++; /* "a 10-mile walk" */
  else if (last->kind == CC_TOK_WORD && m->lo > 0 && m->hi < 1)
    k = S_fraction_of(seg, k, end); /* "half a mile" */
  if (k >= end)
    return -1;
  const cc_token *t = &seg->tokens[k];
  if (S_title_pair(last, t))
    return -1; /* "The Three Degrees", "Seven Miles": a name */
  const S_first *f = S_first_of(um, t->norm, t->norm_len);
  int ui = f ? S_longest(um, f, seg, k + 1, end, false, S_written_tok(seg, t),
                         past)
             : -1;
  if (ui >= 0 && last->kind == CC_TOK_NUM && S_cap_word(t, &um->units[ui]))
    for (uint32_t j = k + 1;; j++) { /* (each word of it: "Kilometers per
                                      * hour" is no title) */
      if (j >= *past)
        return -1; /* "21 Grams", "500 Miles": a title */
      if (seg->tokens[j].kind == CC_TOK_WORD &&
          !(seg->tokens[j].flags & CC_TF_CAP))
        break;
    }
  return ui;
}

static void S_make(const S_unit *u, cc_mention *m, uint32_t past,
                   const cc_segmented *seg) {
  char num[40], hi[24];
  snprintf(num, sizeof num, "%s", m->value[0] ? m->value : "");
  if (!num[0])
    S_num(m->lo, num, sizeof num);
  if ((m->flags & CC_MF_RANGE) && m->qual == CC_Q_NONE && isfinite(m->hi) &&
      m->hi != m->lo) {
    S_num(m->hi, hi, sizeof hi);
    size_t l = strlen(num);
    snprintf(num + l, sizeof num - l, "-%s", hi);
  }
  snprintf(m->value, sizeof m->value, "%s %s", num, u->symbol);
  if (isfinite(m->lo))
    m->lo = m->lo * u->factor + u->offset;
  if (isfinite(m->hi))
    m->hi = m->hi * u->factor + u->offset;
  m->type = CC_M_QUANTITY;
  memset(m->unit, 0, sizeof m->unit);
  memcpy(m->unit, S_measures[u->measure].canon,
         strlen(S_measures[u->measure].canon));
  m->tok_end = past;
  m->end = seg->tokens[past - 1].end;
}

/* Drop ms[k] for each k with drop[k], keeping the local indexes that
 * mentions hold of each other (pair, anchor_mention) right. */
static void S_compact(cc_mention *ms, uint32_t *n, const uint8_t *drop) {
  uint32_t map[CC_DEFAULT_MAX_MENTIONS * 4];
  uint32_t w = 0;
  for (uint32_t k = 0; k < *n; k++)
    map[k] = drop[k] ? UINT32_MAX : w++;
  for (uint32_t k = 0; k < *n; k++) {
    if (drop[k])
      continue;
    cc_mention *m = &ms[k];
    if (m->pair >= 0 && (uint32_t)m->pair < *n)
      m->pair = map[m->pair] == UINT32_MAX ? -1 : (int32_t)map[m->pair];
    if (m->anchor == CC_ANCHOR_MENTION && m->anchor_mention >= 0 &&
        (uint32_t)m->anchor_mention < *n &&
        map[m->anchor_mention] != UINT32_MAX)
      m->anchor_mention = (int32_t)map[m->anchor_mention];
    if (map[k] != k)
      ms[map[k]] = *m;
  }
  *n = w;
}

/* Quantity q (its unit pu) grows by n of unit u, its last token now
 * past - 1: "6ft" + "2in". */
static void S_add_to(cc_mention *q, const S_unit *u, double n, uint32_t past,
                     const cc_segmented *seg) {
  size_t l = strlen(q->value);
  char num[24];
  S_num(n, num, sizeof num);
  snprintf(q->value + l, sizeof q->value - l, " %s %s", num, u->symbol);
  q->lo += n * u->factor;
  q->hi += n * u->factor;
  q->tok_end = past;
  q->end = seg->tokens[past - 1].end;
}

/* Tokens [a, b) join two parts of one quantity: none, "and", ",", or
 * ", and" ("7 feet, 10 inches", "6 feet and 2 inches"). */
static bool S_joined(const cc_segmented *seg, uint32_t a, uint32_t b) {
  if (a < b && S_tok_is(&seg->tokens[a], ","))
    a++;
  if (a < b && S_tok_is(&seg->tokens[a], "and"))
    a++;
  return a == b;
}

/* Can number m, right after quantity q of unit pu, add to q in unit u:
 * a smaller unit of the same measure, a plain number that fits under
 * one pu ("6ft 2in", "10 stone 4lb", not "6ft 14in")? */
static bool S_adds(const cc_segmented *seg, const cc_mention *q,
                   const S_unit *pu, const cc_mention *m, const S_unit *u) {
  return pu->measure == u->measure && u->factor < pu->factor &&
         u->offset == 0 && pu->offset == 0 &&
         S_joined(seg, q->tok_end, m->tok_begin) &&
         q->qual == CC_Q_NONE && !(q->flags & CC_MF_RANGE) &&
         !(m->flags & CC_MF_RANGE) && m->qual == CC_Q_NONE && m->lo >= 0 &&
         m->lo * u->factor < pu->factor;
}

/* Inches after feet written without the unit or with "in" after a space,
 * which alone is the preposition: "12 ft 2 in", "6 foot 2" (then at the
 * sentence's end or before punctuation, "and" or "tall").  Whole inches
 * only.  *past: the token after them. */
static bool S_inches_after(const cc_segmented *seg, const cc_mention *m,
                           uint32_t end, uint32_t *past) {
  if (!(m->lo >= 1 && m->lo <= 11 && m->lo == floor(m->lo)))
    return false;
  uint32_t t = m->tok_end;
  if (t < end && S_tok_is(&seg->tokens[t], "in")) {
    *past = t + 1;
    return true;
  }
  *past = t;
  return t >= end || seg->tokens[t].kind == CC_TOK_PUNCT ||
         S_tok_is(&seg->tokens[t], "and") || S_tok_is(&seg->tokens[t], "tall");
}

/* "6-foot-2": whole inches glued by a hyphen to a quantity in feet, which
 * the number model leaves alone (as it does "F-16").  *past: the token
 * after them. */
static bool S_hyphen_inches(const cc_segmented *seg, uint32_t k, uint32_t end,
                            double *n, uint32_t *past) {
  if (k + 1 >= end || !S_tok_is(&seg->tokens[k], "-") ||
      (seg->tokens[k].flags & CC_TF_SPACE_BEFORE) ||
      (seg->tokens[k + 1].flags & CC_TF_SPACE_BEFORE))
    return false;
  const cc_token *t = &seg->tokens[k + 1];
  if (t->kind != CC_TOK_NUM || t->norm_len > 2 ||
      !isdigit((unsigned char)t->norm[0]) ||
      (t->norm_len == 2 && !isdigit((unsigned char)t->norm[1])))
    return false;
  if (k + 2 < end && !(seg->tokens[k + 2].flags & CC_TF_SPACE_BEFORE) &&
      seg->tokens[k + 2].kind != CC_TOK_PUNCT)
    return false; /* "6-foot-2x" */
  *n = atoi(t->norm);
  *past = k + 2;
  return *n >= 1 && *n <= 11;
}

/* "six-foot-four": the inches a number word hyphened to a quantity in
 * feet (ending at token k) gives, the number mention i, when its one word
 * is glued to the hyphen and no word is glued after it ("six-foot-four
 * guard"; not "six-foot-four-year"). */
static bool S_word_inches(const cc_segmented *seg, const cc_mention *i,
                          uint32_t k, uint32_t end) {
  if (i->type != CC_M_NUMBER || i->tok_begin != k + 1 ||
      i->tok_end != k + 2 || k + 1 >= end || !S_tok_is(&seg->tokens[k], "-") ||
      (seg->tokens[k].flags & CC_TF_SPACE_BEFORE) ||
      (seg->tokens[k + 1].flags & CC_TF_SPACE_BEFORE) ||
      seg->tokens[k + 1].kind != CC_TOK_WORD)
    return false;
  if (k + 2 < end && !(seg->tokens[k + 2].flags & CC_TF_SPACE_BEFORE) &&
      seg->tokens[k + 2].kind != CC_TOK_PUNCT)
    return false;
  if (k + 3 < end && S_tok_is(&seg->tokens[k + 2], "-") &&
      !(seg->tokens[k + 3].flags & CC_TF_SPACE_BEFORE))
    return false; /* "six-foot-four-year" */
  return i->lo == i->hi && i->lo >= 1 && i->lo <= 11 && i->lo == floor(i->lo);
}

/* ---- inch and foot marks: 5", 5'', 6'2" ------------------------------- */

/* Is token k (< end) a mark glued to the token before it, written as the
 * ASCII character c (' or ") or as the prime of it (U+2032, U+2033)?  A
 * curly quote (U+2019, U+201D) is a quotation's, never a mark. */
static bool S_mark(const cc_segmented *seg, uint32_t k, uint32_t end, char c) {
  if (k >= end)
    return false;
  const cc_token *t = &seg->tokens[k];
  if (t->kind != CC_TOK_PUNCT || (t->flags & CC_TF_SPACE_BEFORE) ||
      t->norm_len != 1 || t->norm[0] != c)
    return false;
  const unsigned char *b = (const unsigned char *)seg->doc->text + t->start;
  if (b[0] == (unsigned char)c)
    return true;
  int32_t cp = 0;
  cc_utf8_decode(b, t->end - t->start, &cp);
  return cp == (c == '"' ? 0x2033 : 0x2032);
}

/* Is a quotation open before token k: an odd number of double quotes in
 * its paragraph before it (a '"' after digits then closes it: "we paid
 * 5")?  One glued to digits is not counted: a mark as often ("6'2"") or a
 * close that leaves the count where a mark would. */
static bool S_quote_open(const cc_segmented *seg, uint32_t sent, uint32_t k) {
  const cc_paragraph *pg = &seg->paragraphs[seg->sentences[sent].para];
  unsigned n = 0;
  for (uint32_t j = seg->sentences[pg->sent_begin].tok_begin; j < k; j++) {
    const cc_token *t = &seg->tokens[j];
    n += t->kind == CC_TOK_PUNCT && t->norm_len == 1 && t->norm[0] == '"' &&
         !(j > 0 && !(t->flags & CC_TF_SPACE_BEFORE) &&
           seg->tokens[j - 1].kind == CC_TOK_NUM);
  }
  return n & 1;
}

/* An inch mark glued to the digits of number m: '"' or "''" (no '"'
 * that closes a quotation), the inch unit and *past after it; else a
 * foot mark, digits of 0 to 11 and an inch mark, "6'2"", "5' 10"": the
 * foot unit, *in the inches and *past after them; else -1. */
static int S_marks(const cc_unit_model *um, const cc_segmented *seg,
                   const cc_mention *m, uint32_t end, uint32_t *past,
                   double *in) {
  uint32_t k = m->tok_end;
  const cc_token *last = &seg->tokens[m->tok_end - 1];
  if (last->kind != CC_TOK_NUM || !isdigit((unsigned char)
                                           last->norm[last->norm_len - 1]))
    return -1;
  if (S_mark(seg, k, end, '"') && !S_quote_open(seg, m->sentence, k)) {
    *past = k + 1; /* 5" */
    return um->inch;
  }
  if (!S_mark(seg, k, end, '\''))
    return -1;
  if (S_mark(seg, k + 1, end, '\'')) {
    *past = k + 2; /* 5'' */
    return um->inch;
  }
  const cc_token *d = k + 1 < end ? &seg->tokens[k + 1] : NULL;
  if (um->foot < 0 || !d || d->kind != CC_TOK_NUM || d->norm_len > 2 ||
      !isdigit((unsigned char)d->norm[0]) ||
      (d->norm_len == 2 && !isdigit((unsigned char)d->norm[1])) ||
      atoi(d->norm) > 11 || !S_mark(seg, k + 2, end, '"'))
    return -1;
  *in = atoi(d->norm); /* 6'2" */
  *past = k + 3;
  return um->foot;
}

/* A word of unit_cues.csv whose unit is of measure meas among the nw
 * words before token k (not before the sentence's first token sb): the
 * cue's unit, else -1. */
static int S_cue_before(const cc_unit_model *um, const cc_segmented *seg,
                        uint32_t k, uint32_t sb, uint32_t nw, int meas) {
  for (uint32_t d = 0; k > sb && d < nw; k--, d++) {
    const cc_token *t = &seg->tokens[k - 1];
    S_cue *c = NULL;
    if (t->kind == CC_TOK_WORD && t->norm_len < S_TOKLEN)
      HASH_FIND(hh, um->cues, t->norm, t->norm_len, c);
    if (c && !c->money && um->units[c->unit].measure == meas)
      return (int)c->unit;
  }
  return -1;
}

/* A money word of unit_cues.csv among the nw words before token k (not
 * before the sentence's first token sb): "raised 500 pounds of". */
static bool S_money_before(const cc_unit_model *um, const cc_segmented *seg,
                           uint32_t k, uint32_t sb, uint32_t nw) {
  for (uint32_t d = 0; k > sb && d < nw; k--, d++) {
    const cc_token *t = &seg->tokens[k - 1];
    S_cue *c = NULL;
    if (t->kind == CC_TOK_WORD && t->norm_len < S_TOKLEN)
      HASH_FIND(hh, um->cues, t->norm, t->norm_len, c);
    if (c && c->money == S_MONEY_ANY)
      return true;
  }
  return false;
}

/* After money mention m, "of" and a word: 1 when a money word of
 * unit_cues.csv is among the few words after "of" ("50 pounds of
 * taxpayers' money", "of his own savings"), else 0; -1 with no "of" and
 * word after m. */
#define S_OF_WORDS 4
static int S_of_money(const cc_unit_model *um, const cc_segmented *seg,
                      const cc_mention *m) {
  uint32_t end = seg->sentences[m->sentence].tok_end, k = m->tok_end;
  if (k + 1 >= end || !S_tok_is(&seg->tokens[k], "of") ||
      seg->tokens[k + 1].kind != CC_TOK_WORD)
    return -1;
  for (uint32_t j = k + 1; j < end && j <= k + S_OF_WORDS; j++) {
    const cc_token *t = &seg->tokens[j];
    if (t->kind != CC_TOK_WORD) {
      if (S_tok_is(t, "'"))
        continue; /* "taxpayers' money" */
      break;
    }
    S_cue *c = NULL;
    if (t->norm_len < S_TOKLEN)
      HASH_FIND(hh, um->cues, t->norm, t->norm_len, c);
    if (c && c->money == S_MONEY_ANY)
      return 1;
  }
  return 0;
}

/* Money mention m, "210 pounds" written with the word and no sign, after
 * a word of unit_cues.csv of a mass among the S_CUE_WORDS before it, or
 * "N pounds of" a weighed thing: the unit, else -1. */
#define S_CUE_WORDS 4
/* Is money mention m "210 pounds" written with the word, no sign, one
 * amount below a million (that a weight may be)? */
static bool S_word_pounds(const cc_segmented *seg, const cc_mention *m) {
  const cc_token *last = &seg->tokens[m->tok_end - 1];
  if (!(S_tok_is(last, "pounds") || S_tok_is(last, "pound")) ||
      m->tok_end - m->tok_begin < 2 || (m->flags & CC_MF_RANGE) ||
      !(m->lo < 1e6) || (isfinite(m->hi) && !(m->hi < 1e6)))
    /* "lost 25 million pounds" is money; "over two pounds" has no top */
    return false;
  for (uint32_t k = m->tok_begin; k < m->tok_end; k++)
    if (seg->tokens[k].kind == CC_TOK_SYM)
      return false; /* a sign: "£210" */
  return true;
}

static int S_cued_weight(const cc_unit_model *um, const cc_segmented *seg,
                         const cc_mention *m) {
  if (!S_word_pounds(seg, m))
    return -1;
  /* "15 pounds of cocaine", "two pounds of meat": what is weighed comes
   * after "of", and an amount of money is rarely "of" anything but money
   * ("lost 30 pounds of his savings"); a money word before the number
   * keeps it money too ("raised 500 pounds of") */
  int of = S_of_money(um, seg, m);
  if (of == 1)
    return -1;
  uint32_t sb = seg->sentences[m->sentence].tok_begin;
  int ui = S_cue_before(um, seg, m->tok_begin, sb, S_CUE_WORDS,
                        S_measure_index("mass"));
  /* (not a vague amount, "thousands of pounds of equipment": British
   * copy's money, as often as not) */
  if (ui < 0 && of == 0 && um->lb >= 0 &&
      !S_tok_is(&seg->tokens[m->tok_end - 2], "of") &&
      !S_money_before(um, seg, m->tok_begin, sb, S_CUE_WORDS))
    ui = um->lb;
  return ui;
}

/* The middle of mention m's bounds (its low end when it has no top). */
static double S_mid(const cc_mention *m) {
  return isfinite(m->hi) ? (m->lo + m->hi) / 2 : m->lo;
}

/* Do w1 and w2 (kg) agree as a rounded conversion does, within a tenth? */
static bool S_same_mass(double w1, double w2) {
  return w1 > 0 && w2 > 0 && fabs(w1 - w2) <= 0.1 * (w1 > w2 ? w1 : w2);
}

/* Is quantity h a person's height (a length of 1.2 to 2.3 m) that money
 * mention m follows after "and", "tall" or a comma, as a description gives
 * height and weight ("5-foot-11 and 215 pounds", "6ft 2in, 200 pounds")? */
static bool S_height_before(const cc_segmented *seg, const cc_mention *h,
                            const cc_mention *m) {
  if (h->type != CC_M_QUANTITY || strcmp(h->unit, "m") != 0 ||
      !(S_mid(h) >= 1.2 && S_mid(h) <= 2.3) || h->tok_end >= m->tok_begin ||
      m->tok_begin - h->tok_end > 3)
    return false;
  for (uint32_t j = h->tok_end; j < m->tok_begin; j++)
    if (!S_tok_is(&seg->tokens[j], "and") && !S_tok_is(&seg->tokens[j], ",") &&
        !S_tok_is(&seg->tokens[j], "tall"))
      return false;
  return true;
}

/* Money mention ms[k], "198 pounds" in words (S_word_pounds), that glosses
 * a mass next to it in the imperial unit, as wire copy writes conversions:
 * after the quantity just made (ms[prev], of unit pu: "90kg (198 pounds)",
 * "a tonne, or 2,204 pounds") or before a number with a unit of mass
 * ("220 pounds (100 kilograms)").  At most S_GLOSS_GAP tokens apart, and
 * the two must weigh the same: "300 tonnes of grain for 2,000 pounds"
 * stays money.  Or after a height (S_height_before). */
#define S_GLOSS_GAP 3
/* Tokens a..b (exclusive) join a gloss: few, and only marks or "or"
 * ("(", ", or"), no word that makes them two things ("50 kg of rice for
 * 60 pounds"). */
static bool S_gloss_gap(const cc_segmented *seg, uint32_t a, uint32_t b) {
  if (b < a || b - a > S_GLOSS_GAP)
    return false;
  for (uint32_t j = a; j < b; j++)
    if (seg->tokens[j].kind != CC_TOK_PUNCT && !S_tok_is(&seg->tokens[j], "or"))
      return false;
  return true;
}
static bool S_pounds_gloss(const cc_unit_model *um, const cc_segmented *seg,
                           const cc_mention *ms, uint32_t n, uint32_t k,
                           int prev, const S_unit *pu, uint32_t end) {
  const cc_mention *m = &ms[k];
  if (um->lb < 0 || !S_word_pounds(seg, m))
    return false;
  int mass = S_measure_index("mass");
  double w = S_mid(m) * um->units[um->lb].factor;
  if (prev >= 0 && pu && pu->measure == mass &&
      S_gloss_gap(seg, ms[prev].tok_end, m->tok_begin))
    return S_same_mass(S_mid(&ms[prev]), w);
  if ((k > 0 && S_height_before(seg, &ms[k - 1], m)) ||
      (prev >= 0 && S_height_before(seg, &ms[prev], m)))
    return true; /* (ms[prev]: "5ft 4in", whose inches were a mention) */
  const cc_mention *b = k + 1 < n ? &ms[k + 1] : NULL;
  if (!b || b->type != CC_M_NUMBER ||
      !S_gloss_gap(seg, m->tok_end, b->tok_begin))
    return false;
  uint32_t past;
  bool glued;
  int ui = S_unit_after(um, seg, b, end, &past, &glued);
  return ui >= 0 && um->units[ui].measure == mass &&
         S_same_mass(S_mid(b) * um->units[ui].factor, w);
}

/* ---- a level in a decade of degrees ---------------------------------- */

/* The decade's first number of token t: "80s" (10s-90s) 80, "100s" 100,
 * else -1 (a decade word: the caller reads the mention). */
static double S_decade_digits(const cc_token *t) {
  const char *w = t->norm;
  if (t->kind != CC_TOK_NUM)
    return -1;
  if (t->norm_len == 3 && w[2] == 's' && w[1] == '0' && w[0] >= '1' &&
      w[0] <= '9')
    return (w[0] - '0') * 10;
  return t->norm_len == 4 && !memcmp(w, "100s", 4) ? 100 : -1;
}

/* The level words of a decade d ending before token k (not before sb):
 * "mid-" and "mid" the middle five, "low", "lower" and "early" the
 * first five, "high", "upper" and "late" the last four, into *lo and
 * *hi (untouched without one); the token they begin at. */
static uint32_t S_level_before(const cc_segmented *seg, uint32_t k,
                               uint32_t sb, double d, double *lo, double *hi) {
  const cc_token *p = k > sb ? &seg->tokens[k - 1] : NULL;
  if (p && S_tok_is(p, "-") && k - 1 > sb && S_tok_is(p - 1, "mid"))
    return *lo = d + 3, *hi = d + 7, k - 2;
  if (p && S_tok_is(p, "mid"))
    return *lo = d + 3, *hi = d + 7, k - 1;
  if (p && (S_tok_is(p, "low") || S_tok_is(p, "lower") ||
            S_tok_is(p, "early")))
    return *lo = d, *hi = d + 4, k - 1;
  if (p && (S_tok_is(p, "high") || S_tok_is(p, "upper") ||
            S_tok_is(p, "late")))
    return *lo = d + 6, *hi = d + 9, k - 1;
  return k;
}

/* Mention m ends in a decade read as one ("the 80s", "the mid-90s": the
 * temporal recognizer's decade of years, "80s" or "eighties"; "low 30s",
 * "high 100s": the number recognizer's level or "hundreds"), with "the"
 * and a word of level before it, or two ("the low to mid 80s"): the
 * decade's first number (*d), the level's bounds in it (*lo, *hi:
 * S_level_before) and the token of "the" (*the); else false. */
static bool S_decade_phrase(const cc_segmented *seg, const cc_mention *m,
                            double *d, double *lo, double *hi, uint32_t *the) {
  const cc_token *t = &seg->tokens[m->tok_end - 1];
  *d = S_decade_digits(t);
  if (*d < 0 && m->type == CC_M_DATE && t->kind == CC_TOK_WORD &&
      strlen(m->value) == 3 && isdigit((unsigned char)m->value[2]))
    *d = (m->value[2] - '0') * 10; /* "the eighties": "198" */
  else if (*d < 0 && m->type == CC_M_NUMBER && t->kind == CC_TOK_WORD &&
           (m->flags & CC_MF_RANGE) && m->lo >= 20 && m->hi < 100)
    *d = floor(m->lo / 10) * 10; /* "the low thirties" */
  if (*d < 0)
    return false;
  uint32_t sb = seg->sentences[m->sentence].tok_begin;
  *lo = *d, *hi = *d + 9;
  uint32_t k = S_level_before(seg, m->tok_end - 1, sb, *d, lo, hi);
  double l2, h2;
  uint32_t k2;
  if (k < m->tok_end - 1 && k > sb + 1 && S_tok_is(&seg->tokens[k - 1], "to") &&
      (k2 = S_level_before(seg, k - 1, sb, *d, &l2, &h2)) < k - 1)
    k = k2, *lo = l2; /* "the low to mid 80s" */
  *the = k - 1;
  return k > sb && S_tok_is(&seg->tokens[k - 1], "the");
}

/* A second decade after the one ending at token k (< end), joined by
 * "and", "or", "to" or a hyphen ("the 80s and 90s", "the upper 80s to
 * low 90s"): its last number into *hi and the token after it, else k. */
static uint32_t S_decade_after(const cc_segmented *seg, uint32_t k,
                               uint32_t end, double *hi) {
  if (k + 1 >= end || !(S_tok_is(&seg->tokens[k], "and") ||
                        S_tok_is(&seg->tokens[k], "or") ||
                        S_tok_is(&seg->tokens[k], "to") ||
                        S_tok_is(&seg->tokens[k], "-")))
    return k;
  for (uint32_t j = k + 1; j < end && j < k + 4; j++) {
    double d = S_decade_digits(&seg->tokens[j]);
    if (d < 0)
      continue;
    double l2 = d, h2 = d + 9;
    if (S_level_before(seg, j, k + 1, d, &l2, &h2) != k + 1)
      return k; /* other words between */
    if (h2 <= *hi)
      return k;
    *hi = h2;
    return j + 1;
  }
  return k;
}

/* "highs in the 80s", "temperatures in the low 30s", "lows in the
 * mid-20s": a decade after a word of temperature (unit_cues.csv, unit
 * "degrees") within S_DEG_WORDS before its "the" is a level in degrees
 * on no stated scale, [80, 89] (the span the decade's token): the
 * temporal recognizer's "the 80s" (the 1980s) and the number
 * recognizer's "low 30s" become that quantity.  Not where another
 * mention of the sentence anchors to it. */
#define S_DEG_WORDS 6

/* S_degree_decade's first test, inline: a date or number mention whose
 * last token ends in "s" ("80s", "eighties"), a few of all. */
static inline bool S_may_decade(const cc_segmented *seg, const cc_mention *m) {
  const cc_token *t = &seg->tokens[m->tok_end - 1];
  return t->norm[t->norm_len - 1] == 's' &&
         (m->type == CC_M_DATE || m->type == CC_M_NUMBER);
}
static bool S_degree_decade(const cc_unit_model *um, const cc_segmented *seg,
                            cc_mention *ms, uint32_t n, uint32_t k) {
  cc_mention *m = &ms[k];
  double d, lo, hi;
  uint32_t the;
  if (um->degrees < 0 || !um->cues ||
      !(m->type == CC_M_DATE || (m->type == CC_M_NUMBER &&
                                 !(m->flags & CC_MF_SHARE))) ||
      !S_decade_phrase(seg, m, &d, &lo, &hi, &the) ||
      S_cue_before(um, seg, the, seg->sentences[m->sentence].tok_begin,
                   S_DEG_WORDS, um->units[um->degrees].measure) < 0)
    return false;
  for (uint32_t x = 0; x < n; x++)
    if ((ms[x].anchor == CC_ANCHOR_MENTION && ms[x].anchor_mention == (int)k) ||
        ms[x].pair == (int)k)
      return false;
  uint32_t past = m->tok_end;
  const cc_token *t = &seg->tokens[past - 1];
  uint32_t end = seg->sentences[m->sentence].tok_end;
  double h2 = hi;
  uint32_t p2 = S_decade_after(seg, past, end, &h2);
  if (p2 > past && !(k + 1 < n && ms[k + 1].tok_begin < p2))
    past = p2, hi = h2; /* "the 80s and 90s": one level from 80 to 99 */
  cc_mention q;
  memset(&q, 0, sizeof q);
  q.type = CC_M_NUMBER;
  q.flags = CC_MF_RANGE;
  q.weekday = -1;
  q.tok_begin = m->tok_end - 1;
  q.tok_end = past;
  q.start = t->start;
  q.end = seg->tokens[past - 1].end;
  q.sentence = m->sentence;
  q.lo = lo;
  q.hi = hi;
  q.pair = q.anchor_mention = -1;
  q.anchor = CC_ANCHOR_NONE;
  *m = q;
  S_make(&um->units[um->degrees], m, past, seg);
  return true;
}

/* The number b states before its scale: its first digits' token read
 * up to letters glued to them ("1.5" of "1.5 billion euros", "$1.5bn"),
 * or 0 when b has none or they hold a comma. */
static double S_stated(const cc_segmented *seg, const cc_mention *b) {
  for (uint32_t t = b->tok_begin; t < b->tok_end; t++) {
    const cc_token *tk = &seg->tokens[t];
    if (tk->kind != CC_TOK_NUM)
      continue;
    char buf[32], *e;
    if (tk->norm_len >= sizeof buf)
      return 0;
    memcpy(buf, tk->norm, tk->norm_len);
    buf[tk->norm_len] = 0;
    double v = strtod(buf, &e);
    return e > buf && (!*e || isalpha((unsigned char)*e)) ? v : 0;
  }
  return 0;
}

/* Level a, before "to" and a level of scale sc stating st ("from 5 to 7
 * million tonnes": st 7, sc 1e6), takes the scale when it has none of its
 * own (under 1000) and is near st (within ten times: "from 900 to 1.2
 * million" keeps 900).  Did it? */
static bool S_share_scale(cc_mention *a, double st, double sc) {
  if (!(sc >= 1000) || !(a->lo < 1000) || !(a->lo * 10 > st) ||
      !(a->lo < st * 10))
    return false;
  a->lo *= sc;
  a->hi *= sc;
  S_num(a->lo, a->value, sizeof a->value);
  return true;
}

/* Number a, then "to", then quantity q of unit u: "from 50 to 80 mph",
 * "fell 20 to 80 mph" (the number model leaves such ends apart: a level
 * and a change, or two levels), where a is in q's unit too.  Not for
 * temperatures, where a change of 5 degrees is no temperature of 5. */
static bool S_shares_unit(const cc_segmented *seg, const cc_mention *a,
                          const cc_mention *q, const S_unit *u) {
  if (a->type != CC_M_NUMBER || (a->flags & (CC_MF_RANGE | CC_MF_SHARE)) ||
      a->tok_end + 1 != q->tok_begin || !isfinite(a->lo) || !isfinite(a->hi))
    return false;
  const cc_token *w = &seg->tokens[a->tok_end];
  if (S_tok_is(w, "to"))
    return strcmp(S_measures[u->measure].name, "temperature") != 0;
  /* the sides of a shape: "5 by 10 metres", "25 x 10 ft" */
  return (S_tok_is(w, "by") || S_tok_is(w, "x") || S_tok_is(w, "×")) &&
         strcmp(S_measures[u->measure].name, "length") == 0 &&
         a->qual == CC_Q_NONE && a->lo > 0;
}

/* Number a, just before a race distance q read by its context ("200m
 * titles"), glued to an "m" of its own and joined to q by "and", "or" or
 * a comma: the first of a list of distances ("the 100m and 200m
 * titles"), not 100 million. */
static bool S_listed_metres(const cc_segmented *seg, const cc_mention *a,
                            const cc_mention *q, const S_unit *u, bool glued) {
  if (!glued || u->attach != S_ATT_CONTEXT || a->type != CC_M_NUMBER ||
      a->qual != CC_Q_NONE || (a->flags & (CC_MF_RANGE | CC_MF_SHARE)) ||
      a->tok_end + 1 != q->tok_begin)
    return false;
  const cc_token *w = &seg->tokens[a->tok_end];
  size_t n;
  const char *suf = S_suffix(&seg->tokens[a->tok_end - 1], &n);
  return suf && n == 1 && suf[0] == 'm' && S_scaled(seg, a) &&
         (S_tok_is(w, "and") || S_tok_is(w, "or") || S_tok_is(w, ","));
}

/* Is token t one of the words in ws? */
static bool S_tok_in_list(const cc_token *t, const char *const *ws) {
  for (; *ws; ws++)
    if (S_tok_is(t, *ws))
      return true;
  return false;
}

/* Is number m (the k-th mention) an athletics or swimming distance named
 * as the event itself, glued to a lower-case "m" the number model read as
 * millions: after "the" ("won the 800m in Paris", "fifth in the 5,000m.")
 * or listed after one ("the 800m and 1500m at"), with nothing after it
 * but a mark or a preposition.  Not "the 800m euro loan" (a word of its
 * own after), nor any sum outside the standard distances. */
static bool S_race_metres(const cc_segmented *seg, const cc_mention *ms,
                          uint32_t k, uint32_t end) {
  static const double dist[] = {50,   60,   100,  110,  200,  400,  800,
                                1000, 1500, 3000, 5000, 10000};
  static const char *const after[] = {
      ",", ".", ";", ":", ")", "-", "in", "at", "and", "or", "on", "for",
      "with", "after", "before", NULL};
  static const char *const join[] = {"and", "or", ",", NULL};
  const cc_mention *m = &ms[k];
  const cc_token *t = &seg->tokens[m->tok_end - 1];
  /* (first the cheap test most numbers fail: a glued lower-case "m") */
  if (t->kind != CC_TOK_NUM || t->norm_len < 2 ||
      t->norm[t->norm_len - 1] != 'm' ||
      !isdigit((unsigned char)t->norm[t->norm_len - 2]) ||
      seg->doc->text[t->end - 1] != 'm' || m->qual != CC_Q_NONE ||
      (m->flags & (CC_MF_RANGE | CC_MF_SHARE)) || m->tok_begin == 0 ||
      (seg->tokens[m->tok_begin].flags & CC_TF_SENT_START) ||
      (m->tok_end < end && !S_tok_in_list(&seg->tokens[m->tok_end], after)))
    return false;
  double stated;
  if (S_glued_scale(seg, m, &stated) != 1e6)
    return false;
  bool known = false;
  for (size_t x = 0; x < sizeof dist / sizeof *dist; x++)
    known |= stated / 1e6 == dist[x];
  if (!known)
    return false;
  const cc_token *b = &seg->tokens[m->tok_begin - 1];
  return S_tok_is(b, "the") ||
         (k > 0 && ms[k - 1].type == CC_M_QUANTITY &&
          !strcmp(ms[k - 1].unit, "m") && ms[k - 1].tok_end + 1 == m->tok_begin &&
          S_tok_in_list(b, join));
}

/* Does number m's last token end in a glued "m" ("5m", "800m")?  The
 * cheap test before the readings of a glued "m" as metres. */
static inline bool S_ends_m(const cc_segmented *seg, const cc_mention *m) {
  const cc_token *t = &seg->tokens[m->tok_end - 1];
  return t->kind == CC_TOK_NUM && t->norm_len >= 2 &&
         t->norm[t->norm_len - 1] == 'm';
}

/* Is m a plain number glued to a lower-case "m" the number model read as
 * millions ("5m")?  (The cheap test first: most numbers have no "m".) */
static bool S_glued_million_m(const cc_segmented *seg, const cc_mention *m) {
  const cc_token *t = &seg->tokens[m->tok_end - 1];
  double stated;
  return m->type == CC_M_NUMBER && t->kind == CC_TOK_NUM &&
         t->norm_len >= 2 && t->norm[t->norm_len - 1] == 'm' &&
         isdigit((unsigned char)t->norm[t->norm_len - 2]) &&
         seg->doc->text[t->end - 1] == 'm' &&
         !(m->flags & (CC_MF_RANGE | CC_MF_SHARE)) &&
         S_glued_scale(seg, m, &stated) == 1e6;
}

/* Is number m (the k-th mention) a side of a shape glued to "m", next to
 * another side glued to "m" across "x", "×" or "by": "a 5m x 3m banner",
 * "a pool 25m by 10m", "30m x 40m x 5m", or after a side of digits alone
 * across "x" ("a 3 x 4m tarpaulin").  Both sides are metres, not
 * millions ("grew 5m by June" has no second side). */
static bool S_shape_metres(const cc_segmented *seg, const cc_mention *ms,
                           uint32_t n, uint32_t k) {
  static const char *const sides[] = {"x", "×", "by", NULL};
  const cc_mention *m = &ms[k];
  if (!S_glued_million_m(seg, m))
    return false;
  if (k + 1 < n && ms[k + 1].tok_begin == m->tok_end + 1 &&
      S_tok_in_list(&seg->tokens[m->tok_end], sides) &&
      S_glued_million_m(seg, &ms[k + 1]))
    return true;
  const cc_mention *p = k > 0 ? &ms[k - 1] : NULL;
  if (!p || p->tok_end + 1 != m->tok_begin)
    return false;
  const cc_token *w = &seg->tokens[p->tok_end];
  if (p->type == CC_M_NUMBER && p->qual == CC_Q_NONE && p->lo > 0 &&
      p->lo < 1e4 && !(p->flags & (CC_MF_RANGE | CC_MF_SHARE)) &&
      seg->tokens[p->tok_end - 1].kind == CC_TOK_NUM &&
      isdigit((unsigned char)seg->doc->text[seg->tokens[p->tok_end - 1].end - 1]))
    return S_tok_is(w, "x") || S_tok_is(w, "×"); /* "a 3 x 4m tarpaulin":
                                                     * the unit once */
  return S_tok_in_list(w, sides) && p->type == CC_M_QUANTITY &&
         !strcmp(p->unit, "m") &&
         seg->doc->text[seg->tokens[p->tok_end - 1].end - 1] == 'm';
}

/* The unit part of quantity q's value when it is one plain number and
 * its symbol ("7 kg" -> "kg"), else NULL: parts ("6 ft 2 in") and ranges
 * have more. */
static const char *S_plain_symbol(const cc_mention *q) {
  const char *sp = strchr(q->value, ' ');
  if (!sp || strchr(sp + 1, ' ') || strchr(q->value, '-') > sp)
    return NULL;
  return sp + 1;
}

/* Number f, after quantity q and "and", a fraction in words of q's unit:
 * "a mile and a half", "two miles and a quarter" (not "a quarter of
 * ..."). */
static bool S_and_fraction(const cc_segmented *seg, const cc_mention *q,
                           const cc_mention *f, uint32_t end) {
  return f->type == CC_M_NUMBER && f->tok_begin == q->tok_end + 1 &&
         S_tok_is(&seg->tokens[q->tok_end], "and") &&
         seg->tokens[f->tok_begin].kind == CC_TOK_WORD && f->lo > 0 &&
         f->lo < 1 && f->lo == f->hi && f->qual == CC_Q_NONE &&
         !(f->flags & (CC_MF_RANGE | CC_MF_SHARE)) &&
         q->qual == CC_Q_NONE && !(q->flags & CC_MF_RANGE) &&
         S_plain_symbol(q) &&
         !(f->tok_end < end && S_tok_is(&seg->tokens[f->tok_end], "of"));
}

/* Quantity q of unit u grows by fraction f of it, to f's end. */
static void S_add_fraction(cc_mention *q, const S_unit *u,
                           const cc_mention *f) {
  char num[24];
  S_num(strtod(q->value, NULL) + f->lo, num, sizeof num);
  snprintf(q->value, sizeof q->value, "%s %s", num, u->symbol);
  q->lo += f->lo * u->factor;
  q->hi += f->lo * u->factor;
  q->tok_end = f->tok_end;
  q->end = f->end;
}

/* A rate of fuel after a length at token k: "per gallon", "a litre", "to
 * the gallon" ("50 miles per gallon" is no distance). */
static bool S_per_fuel(const cc_segmented *seg, uint32_t k, uint32_t end) {
  static const char *const fuel[] = {"gallon", "litre", "liter", NULL};
  if (k + 1 >= end || !(S_tok_is(&seg->tokens[k], "per") ||
                        S_tok_is(&seg->tokens[k], "a") ||
                        S_tok_is(&seg->tokens[k], "to")))
    return false;
  k++;
  if (k + 1 < end && S_tok_is(&seg->tokens[k], "the"))
    k++;
  for (const char *const *w = fuel; *w; w++)
    if (S_tok_is(&seg->tokens[k], *w))
      return true;
  return false;
}

/* "below zero" at tokens [k, k + 2)? */
static bool S_below_zero_at(const cc_segmented *seg, uint32_t k,
                            uint32_t end) {
  return k + 1 < end && S_tok_is(&seg->tokens[k], "below") &&
         S_tok_is(&seg->tokens[k + 1], "zero");
}

/* "below zero" at past after a plain number in degrees (of a scale or
 * none): "10 degrees below zero" is -10. */
static bool S_below_zero(const cc_segmented *seg, const cc_mention *m,
                         const S_unit *u, uint32_t past, uint32_t end) {
  const char *meas = S_measures[u->measure].name;
  return m->qual == CC_Q_NONE && !(m->flags & CC_MF_RANGE) && m->lo > 0 &&
         m->lo == m->hi &&
         (!strcmp(meas, "temperature") || !strcmp(meas, "degrees")) &&
         S_below_zero_at(seg, past, end);
}

/* Number m made negative, its value string too. */
static void S_negate(cc_mention *m) {
  char v[sizeof m->value];
  snprintf(v, sizeof v, "-%s", m->value);
  memcpy(m->value, v, sizeof v);
  m->lo = -m->lo;
  m->hi = -m->hi;
}

static bool S_is_feet(const S_unit *u) {
  return u && strcmp(u->symbol, "ft") == 0;
}


/* "between 2 kg and 7 kg": quantities a and b of one unit, a after
 * "between" and b after "and", are one range, as "between 2 and 7 kg"
 * and "between $20 and $30" are.  Qualified ends ("about 7 kg") and a
 * first end not below the second stay apart. */
static bool S_between_pair(const cc_segmented *seg, const cc_mention *a,
                           const cc_mention *b) {
  if (a->type != CC_M_QUANTITY || b->type != CC_M_QUANTITY ||
      a->tok_begin <= seg->sentences[a->sentence].tok_begin ||
      a->tok_end + 1 != b->tok_begin ||
      a->qual != CC_Q_NONE || b->qual != CC_Q_NONE ||
      ((a->flags | b->flags) & CC_MF_RANGE) || !(a->hi < b->lo) ||
      !S_tok_is(&seg->tokens[a->tok_end], "and") ||
      !S_tok_is(&seg->tokens[a->tok_begin - 1], "between"))
    return false;
  const char *sa = S_plain_symbol(a), *sb = S_plain_symbol(b);
  return sa && sb && strcmp(sa, sb) == 0;
}

/* Quantity a becomes the range from a to b ("2-7 kg"), its span from
 * "between" to b's end. */
static void S_between_join(const cc_segmented *seg, cc_mention *a,
                           const cc_mention *b) {
  char v[2 * sizeof a->value];
  int na = (int)(strchr(a->value, ' ') - a->value);
  int len = snprintf(v, sizeof v, "%.*s-%s", na, a->value, b->value);
  if (len > 0 && (size_t)len < sizeof a->value) /* (else the first value) */
    memcpy(a->value, v, (size_t)len + 1);
  a->tok_begin--;
  a->start = seg->tokens[a->tok_begin].start;
  a->tok_end = b->tok_end;
  a->end = b->end;
  a->hi = b->hi;
  a->flags |= CC_MF_RANGE;
}

/* Number a, glued to an "m" read as millions ("10m"), and length q beside
 * it in brackets, one the other's conversion: "10m (33ft)", "33ft
 * (10m)".  Then a is metres.  The two agree within a tenth (rounding). */
static bool S_bracket_metres(const cc_segmented *seg, const cc_mention *a,
                             const cc_mention *q) {
  const cc_mention *l = a->tok_begin < q->tok_begin ? a : q;
  const cc_mention *r = l == a ? q : a;
  if (q->type != CC_M_QUANTITY || strcmp(q->unit, "m") != 0 ||
      a->type != CC_M_NUMBER || a->qual != CC_Q_NONE ||
      (a->flags & CC_MF_RANGE) || l->tok_end + 1 != r->tok_begin ||
      r->tok_end >= seg->sentences[a->sentence].tok_end ||
      !S_tok_is(&seg->tokens[l->tok_end], "(") ||
      !S_tok_is(&seg->tokens[r->tok_end], ")"))
    return false;
  size_t n;
  const char *suf = S_suffix(&seg->tokens[a->tok_end - 1], &n);
  double stated, sc = suf && n == 1 && suf[0] == 'm'
                          ? S_glued_scale(seg, a, &stated)
                          : 0;
  /* (the length as stated: the middle of a qualified one's ends) */
  double w = isfinite(q->hi) ? (q->lo + q->hi) / 2 : q->lo;
  if (sc != 1e6 || !(w > 0))
    return false;
  double v = stated / sc;
  return fabs(v - w) <= 0.1 * (v > w ? v : w);
}

/* "from 1.2 to 1.5 billion euros", "from $1.2 to $1.5bn", "from 30 to 40
 * per cent", "from 1.2 to 1.5 million": a change's first level a (a
 * number, or money of b's
 * currency) written without the currency, percent sign or scale that
 * level b after "to" states once for both.  The number model reads "from
 * N to M" after a verb of change as two levels, so a kept only its digits.
 * The scale is shared only by a number under 1000 close to b's stated one
 * (within ten times: "from 900 to 1.2 million" keeps 900 and is left). */
static void S_from_level(const cc_segmented *seg, cc_mention *a,
                         const cc_mention *b) {
  bool num = b->type == CC_M_NUMBER; /* "from 1.2 to 1.5 million": scale */
  if ((b->type != CC_M_MONEY && b->type != CC_M_PERCENT && !num) ||
      (a->type != CC_M_NUMBER &&
       (a->type != b->type || memcmp(a->unit, b->unit, sizeof a->unit))) ||
      ((a->flags | b->flags) & (CC_MF_RANGE | CC_MF_SHARE)) ||
      a->tok_end + 1 != b->tok_begin || a->tok_begin == 0 ||
      !S_tok_is(&seg->tokens[a->tok_end], "to") ||
      !S_tok_is(&seg->tokens[a->tok_begin - 1], "from") ||
      !isfinite(a->lo) || !isfinite(a->hi) || !(a->lo > 0) || !(b->lo > 0))
    return;
  double st = S_stated(seg, b), sc = st > 0 ? b->lo / st : 0;
  if (!(sc >= 1))
    return;
  if (sc >= 1000) { /* b is scaled: a must be too, or be as large */
    if (!S_share_scale(a, st, sc) &&
        (num || !(a->lo * 10 > b->lo && a->lo < b->lo * 10)))
      return;
  } else if (a->type != CC_M_NUMBER || num)
    return; /* (already the same, or nothing to share) */
  S_num(a->lo, a->value, sizeof a->value);
  a->type = b->type;
  memcpy(a->unit, b->unit, sizeof a->unit);
  a->gran = b->gran;
}

/* Money m written after a minus sign glued to its currency and standing
 * apart from what precedes ("-$4.5bn", "a loss of -£3m", "(-$2m)"): the
 * sign is the amount's.  Not a hyphen glued to what precedes ("2012-$5m")
 * nor a spaced one ("$3m - $4m"), nor a range. */
static bool S_money_signed(const cc_segmented *seg, const cc_mention *m) {
  if (m->type != CC_M_MONEY || m->tok_begin == 0 ||
      (m->flags & CC_MF_RANGE) || m->qual != CC_Q_NONE)
    return false;
  const cc_token *t = &seg->tokens[m->tok_begin - 1],
                 *c = &seg->tokens[m->tok_begin];
  if (t->kind != CC_TOK_PUNCT || (c->flags & CC_TF_SPACE_BEFORE) ||
      c->kind == CC_TOK_NUM ||
      !((t->norm_len == 1 && t->norm[0] == '-') ||
        (t->norm_len == 3 && !memcmp(t->norm, "\xe2\x88\x92", 3))))
    return false; /* (U+2212, the minus sign) */
  return m->tok_begin - 1 <= seg->sentences[m->sentence].tok_begin ||
         (t->flags & CC_TF_SPACE_BEFORE) || S_tok_is(t - 1, "(");
}

void cc__units_apply(const cc_unit_model *um, const cc_segmented *seg,
                     cc_mention *ms, uint32_t *n) {
  if (!um || !um->firsts || !*n ||
      *n > CC_DEFAULT_MAX_MENTIONS * 4) /* (a cap set far higher: skip) */
    return;
  uint8_t drop[CC_DEFAULT_MAX_MENTIONS * 4];
  bool any = false, made = false; /* made: a quantity in this sentence */
  int prev = -1;           /* the quantity just made, for "6ft 2in" */
  const S_unit *pu = NULL; /* its unit */
  uint32_t end = seg->sentences[ms[0].sentence].tok_end;
  memset(drop, 0, *n);
  for (uint32_t k = 0; k < *n; k++) {
    cc_mention *m = &ms[k];
    uint32_t past;
    bool glued = false;
    int ui = -1;
    if (m->type == CC_M_MONEY && um->cues && !drop[k] &&
        ((ui = S_cued_weight(um, seg, m)) >= 0 ||
         (S_pounds_gloss(um, seg, ms, *n, k, prev, pu, end) &&
          (ui = um->lb) >= 0))) {
      past = m->tok_end; /* "weighs 210 pounds": the pounds are weight */
      m->tok_end--;
      m->type = CC_M_NUMBER;
    }
    if (!drop[k] && S_money_signed(seg, m)) {
      m->tok_begin--; /* "-$4.5bn" */
      m->start = seg->tokens[m->tok_begin].start;
      S_negate(m);
      continue;
    }
    if (!drop[k] && S_may_decade(seg, m) && S_degree_decade(um, seg, ms, *n, k))
      continue; /* "highs in the 80s" */
    if (drop[k] || m->type != CC_M_NUMBER || (m->flags & CC_MF_SHARE))
      continue;
    if (ui < 0)
      ui = S_unit_after(um, seg, m, end, &past, &glued);
    double mark_in = -1; /* 6'2": the inches */
    if (ui < 0 && um->inch >= 0 && m->tok_end < end &&
        (seg->tokens[m->tok_end].norm[0] == '"' ||
         seg->tokens[m->tok_end].norm[0] == '\'')) /* (most: no mark) */
      ui = S_marks(um, seg, m, end, &past, &mark_in);
    if (ui < 0 && um->inch >= 0 && prev >= 0 && S_is_feet(pu) &&
        S_joined(seg, ms[prev].tok_end, m->tok_begin) &&
        S_inches_after(seg, m, end, &past))
      ui = um->inch; /* "12 ft 2 in" */
    if (ui < 0 && um->metre >= 0 && S_ends_m(seg, m) &&
        (S_race_metres(seg, ms, k, end) || S_shape_metres(seg, ms, *n, k))) {
      ui = um->metre; /* "won the 800m in Paris", "a 5m x 3m banner" */
      past = m->tok_end;
      glued = true;
    }
    if (ui < 0 && um->degrees >= 0 && S_below_zero_at(seg, m->tok_end, end)) {
      ui = um->degrees; /* "20 below zero": degrees, the scale unsaid */
      past = m->tok_end;
    }
    if (ui < 0 ||
        (!strcmp(S_measures[um->units[ui].measure].name, "length") &&
         S_per_fuel(seg, past, end)))
      continue; /* (a rate of fuel: "50 miles per gallon") */
    if (glued)
      S_unscale(seg, m);
    bool below = S_below_zero(seg, m, &um->units[ui], past, end);
    if (below) {
      past += 2;
      S_negate(m);
    }
    /* the mentions the unit's words hold ("an hour" of "miles an hour")
     * go; one that runs past them keeps its words, and no unit is read */
    uint32_t j = k + 1;
    while (j < *n && ms[j].tok_begin < past && ms[j].tok_end <= past)
      j++;
    if (j < *n && ms[j].tok_begin < past)
      continue;
    for (uint32_t x = k + 1; x < j; x++)
      drop[x] = 1;
    any |= j > k + 1;
    const S_unit *u = &um->units[ui];
    if (prev >= 0 && pu && S_adds(seg, &ms[prev], pu, m, u)) {
      S_add_to(&ms[prev], u, m->lo, past, seg);
      drop[k] = 1;
      any = true;
      pu = u; /* a third part smaller still: "2 yd 7 ft 10 in" */
      continue;
    }
    double st = S_stated(seg, m), sc = st > 0 ? m->lo / st : 0;
    S_make(u, m, mark_in >= 0 ? past - 2 : past, seg);
    made = true;
    if (mark_in >= 0)
      S_add_to(m, &um->units[um->inch], mark_in, past, seg);
    if (k > 0 && !drop[k - 1] &&
        S_listed_metres(seg, &ms[k - 1], m, u, glued)) {
      S_unscale(seg, &ms[k - 1]);
      S_make(u, &ms[k - 1], ms[k - 1].tok_end, seg);
    } else if (k > 0 && !drop[k - 1] &&
               S_shares_unit(seg, &ms[k - 1], m, u)) { /* "from 50 to 80 mph",
                                                        * "5 by 10 metres" */
      if (S_tok_is(&seg->tokens[ms[k - 1].tok_end], "to"))
        S_share_scale(&ms[k - 1], st, sc); /* "from 5 to 7 million tonnes" */
      S_make(u, &ms[k - 1], ms[k - 1].tok_end, seg);
    }
    if (k + 1 < *n && mark_in < 0 &&
        S_and_fraction(seg, m, &ms[k + 1], end)) {
      S_add_fraction(m, u, &ms[k + 1]); /* "a mile and a half" */
      drop[k + 1] = 1;
      any = true;
    }
    prev = (int)k;
    pu = u;
    double in;
    if (S_is_feet(u) && um->inch >= 0 &&
        (k + 1 >= *n || ms[k + 1].tok_begin > past + 1) &&
        S_hyphen_inches(seg, past, end, &in, &past)) {
      S_add_to(m, &um->units[um->inch], in, past, seg); /* "6-foot-2" */
      prev = -1;
    } else if (S_is_feet(u) && um->inch >= 0 && k + 1 < *n && !drop[k + 1] &&
               S_word_inches(seg, &ms[k + 1], past, end)) {
      S_add_to(m, &um->units[um->inch], ms[k + 1].lo, past + 2, seg);
      drop[k + 1] = 1; /* "six-foot-four" */
      any = true;
      prev = -1;
    }
  }
  for (uint32_t k = 1; k < *n; k++) /* "from 1.2 to 1.5 billion euros" */
    if (!drop[k] && !drop[k - 1] && ms[k - 1].tok_end < ms[k].tok_begin)
      S_from_level(seg, &ms[k - 1], &ms[k]);
  /* (the pairs below need a quantity made here: most sentences have none) */
  const S_unit *metre =
      made && um->metre >= 0 ? &um->units[um->metre] : NULL;
  for (uint32_t k = 0; k + 1 < *n && metre; k++) { /* "10m (33ft)" */
    cc_mention *a = &ms[k], *b = &ms[k + 1];
    if (drop[k] || drop[k + 1])
      continue;
    cc_mention *num = a->type == CC_M_NUMBER ? a : b;
    if (S_bracket_metres(seg, num, num == a ? b : a)) {
      S_unscale(seg, num);
      S_make(metre, num, num->tok_end, seg);
    }
  }
  for (uint32_t k = 0, j; made && k < *n; k = j) { /* (after every unit) */
    for (j = k + 1; j < *n && drop[j]; j++)
      ;
    if (!drop[k] && j < *n && S_between_pair(seg, &ms[k], &ms[j])) {
      S_between_join(seg, &ms[k], &ms[j]);
      drop[j] = 1;
      any = true;
    }
  }
  if (any)
    S_compact(ms, n, drop);
}

bool cc__unit_money_word(const cc_unit_model *um, const cc_token *t) {
  S_cue *c = NULL;
  if (um && t->kind == CC_TOK_WORD && t->norm_len < S_TOKLEN)
    HASH_FIND(hh, um->cues, t->norm, t->norm_len, c);
  return c && c->money;
}

bool cc__unit_article_first(const cc_unit_model *um, const char *w, size_t n) {
  const S_first *f = um ? S_first_of(um, w, n) : NULL;
  return f && f->article;
}

void cc__unit_each_article_first(const cc_unit_model *um,
                                 void (*fn)(const char *word, void *ctx),
                                 void *ctx) {
  if (!um)
    return;
  for (const S_first *f = um->firsts; f; f = f->hh.next)
    if (f->article)
      fn(f->tok, ctx);
}

bool cc__unit_article_at(const cc_unit_model *um, const cc_segmented *seg,
                         uint32_t k, uint32_t end) {
  if (!um || k >= end || seg->tokens[k].kind != CC_TOK_WORD)
    return false;
  const cc_token *t = &seg->tokens[k];
  if (k > 0 && S_title_pair(&seg->tokens[k - 1], t))
    return false; /* "A Mile" in a title: as S_unit_after reads it */
  const S_first *f = S_first_of(um, t->norm, t->norm_len);
  uint32_t past;
  int ui;
  return f && f->article &&
         (ui = S_longest(um, f, seg, k + 1, end, false, S_written_tok(seg, t),
                         &past)) >= 0 &&
         um->units[ui].article;
}

bool cc__unit_first(const cc_unit_model *um, const char *w, size_t n) {
  return um && S_first_of(um, w, n) != NULL;
}

bool cc__unit_at(const cc_unit_model *um, const cc_segmented *seg, uint32_t k,
                 uint32_t end) {
  if (!um || k >= end)
    return false;
  const cc_token *t = &seg->tokens[k];
  const S_first *f = S_first_of(um, t->norm, t->norm_len);
  uint32_t past;
  return f && S_longest(um, f, seg, k + 1, end, false, S_written_tok(seg, t),
                        &past) >= 0;
}

/* ---- how precise a stated quantity is --------------------------------- */

bool cc_quantity_allowance(const char *value, bool converted, double *num,
                           double *allow) {
  char *e;
  *num = strtod(value, &e);
  if (e == value || *e != ' ' || !isfinite(*num) || strchr(e + 1, ' '))
    return false; /* no one number: "6 ft 2 in", a range "10-15 km" */
  double a = fabs(*num), half;
  const char *dot = memchr(value, '.', (size_t)(e - value));
  if (dot) { /* "2.5": to the tenth */
    half = 0.5 * pow(10, -(double)(e - dot - 1));
  } else { /* "38": to the unit; "150": to the ten */
    double p = 1;
    while (a >= 10 && fmod(a, p * 10) == 0 && (converted || p < 10))
      p *= 10;
    half = 0.5 * p;
  }
  if (!converted) {
    *allow = half;
    return true;
  }
  if (a > 0 && half > 0.25 * a) /* "30 ft (10 m)": 10 is not 5 to 15 */
    half = 0.25 * a;
  /* converted figures are often cut, not rounded: "0.83 mph" for 0.839 */
  *allow = half > 0.015 * a ? half : 0.015 * a;
  return true;
}

/* ---- the unit a quantity was stated in -------------------------------- */

bool cc__unit_stated(const cc_unit_model *um, const char *symbol,
                     double *factor, double *offset, double *tol) {
  for (uint32_t i = 0; um && i < um->nunits; i++)
    if (strcmp(um->units[i].symbol, symbol) == 0) {
      *factor = um->units[i].factor;
      *offset = um->units[i].offset;
      *tol = um->units[i].tol;
      return true;
    }
  return false;
}
