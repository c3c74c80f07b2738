/* lexicon.c - the CSV tables of rules/lexicon, read with libcsv, each
 * indexed by normalized key in an open-addressing table. */
#include "cc_lexicon.h"

#include <csv.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The tables by name and the abbreviations are uthash tables: FNV-1a
 * hashes their keys in a few instructions a byte (uthash's default,
 * Jenkins, costs several times more on keys this short), and a Bloom
 * filter answers most misses without walking a bucket. */
#define HASH_FUNCTION(keyptr, keylen, hashv) HASH_FNV(keyptr, keylen, hashv)
#define HASH_BLOOM 12
#include <uthash.h>

#include "cc_segment.h"
#include "cc_text.h"
#include "cc_vocab.h"

typedef struct S_entry {
  cc_lex_entry pub;
  struct S_entry *tail; /* last row with this key (on the first only) */
  size_t klen;          /* strlen(pub.key) */
  uint32_t hash;        /* S_key_hash */
  bool again;           /* an earlier row of the table has this key */
  bool letters; /* the key is lower-case letters and single spaces between
                 * (S_key_normal): its words go in the word table as they
                 * are (S_build_vocab) */
} S_entry;

/* The index of a table: the first row of each key in an open-addressing
 * table at most half full, made once the file is read (S_index).  The
 * models look keys up only while they are built (about 1,100 lookups a
 * run), so the table is made for its making: no filter in front, no
 * growth while rows come in. */
struct cc_lex_table {
  char *name;
  char **columns;
  int ncolumns;
  S_entry **rows; /* file order */
  size_t nrows, caprows;
  S_entry **index; /* mask + 1 slots, NULL: empty */
  size_t mask;
  int max_words;
  UT_hash_handle hh;
};

/* A set of abbreviations, for the segmenter. */
typedef struct S_abbr {
  const char *key;
  UT_hash_handle hh;
} S_abbr;
struct cc_abbrevs {
  S_abbr *set;
  size_t maxlen; /* longer words are not looked up */
  /* every key: the segmenter asks about every word and nearly all are
   * no abbreviation */
  cc_wfilter *wf;
  /* bit n of first[b] (last[b]): a key of n bytes (n < 64) starts (ends)
   * with byte b; a cheaper first test than the hash */
  uint64_t first[256], last[256];
  /* the lexicon's word table, with the set's keys marked CC_VOCAB_ABBREV:
   * the segmenter reads a word's id and abbreviation mark in one probe */
  cc_vocab *vocab;
};

struct cc_lexicon {
  cc_lex_table *tables; /* uthash by name */
  cc_arena *arena;
  struct cc_abbrevs abbrevs;
};

/* ---- normalization -------------------------------------------------- */

/* cc_lex_normalize of ASCII text of at most S_SHORT bytes: cc_text_norm
 * only lower-cases it, so one pass into a stack buffer does both steps
 * (the loader normalizes every key of every table). */
#define S_SHORT 256

static bool S_short_ascii(const char *s, size_t n) {
  if (n > S_SHORT)
    return false;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80)
      return false;
  return true;
}

/* The normal form of s (S_short_ascii) into tmp (S_SHORT bytes, never
 * more than n: a space stands for a run), after text when after. */
static size_t S_normalize_ascii(const char *s, size_t n, bool after,
                                char *tmp) {
  size_t k = 0;
  bool space = false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = after || k > 0;
      continue;
    }
    if (space)
      tmp[k++] = ' ';
    space = false;
    tmp[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return k;
}

void cc_lex_normalize(const char *s, size_t n, cc_buf *out) {
  if (S_short_ascii(s, n)) {
    char tmp[S_SHORT];
    size_t k = S_normalize_ascii(s, n, out->len > 0, tmp);
    if (k)
      cc_buf_put(out, tmp, k);
    if (!out->ptr)
      cc_buf_puts(out, "");
    return;
  }
  cc_buf tmp = CC_BUF_INIT;
  cc_text_norm(s, n, &tmp);
  /* collapse runs of spaces, trim */
  bool space = false;
  for (size_t i = 0; i < tmp.len; i++) {
    char c = tmp.ptr[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = out->len > 0;
      continue;
    }
    if (space)
      cc_buf_putc(out, ' ');
    space = false;
    cc_buf_putc(out, c);
  }
  if (!out->ptr)
    cc_buf_puts(out, "");
  cc_buf_free(&tmp);
}

/* ---- parsing one CSV file ------------------------------------------- */

typedef struct S_load {
  cc_lexicon *lx;
  cc_lex_table *t;
  const char *path;
  char **cells;
  int ncells, capcells;
  size_t len0; /* strlen(cells[0]), told by who cut it */
  unsigned line;     /* line where the current record started */
  unsigned cur_line; /* running line count */
  cc_err *err;
  bool failed;
} S_load;

/* A cell of the record: cell, a string that lives as long as the
 * lexicon. */
CC_NOINLINE void S_cells_grow(S_load *L) {
  L->capcells = L->capcells ? L->capcells * 2 : 8;
  L->cells = cc_xrealloc(L->cells, (size_t)L->capcells * sizeof(char *));
}

/* (inline: a few instructions a cell of the plain lines) */
CC_ALWAYS_INLINE void S_cell_put(S_load *L, char *cell) {
  if (L->ncells == L->capcells)
    S_cells_grow(L);
  L->cells[L->ncells++] = cell;
}

static void S_cell_cb(void *s, size_t n, void *ud) {
  S_load *L = ud;
  char *cell = cc_arena_strndup(L->lx->arena, s ? s : "", n);
  if (!L->ncells)
    L->len0 = strlen(cell); /* (a quoted cell may hold a NUL) */
  S_cell_put(L, cell);
}

static int S_count_words(const char *key, size_t n) {
  int w = 1;
  for (size_t i = 0; i < n; i++)
    w += key[i] == ' ';
  return w;
}

/* S_short_ascii, S_normalize_ascii (after = false) into out (n bytes)
 * and S_count_words of the result in one walk of a row's key: false when
 * s is not ASCII (out holds nothing of use then). */
static bool S_key_ascii(const char *s, size_t n, char *out, size_t *len,
                        int *words) {
  size_t k = 0;
  int w = 1;
  bool space = false;
  unsigned char any = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    any |= c;
    if (c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      space = k > 0;
      continue;
    }
    if (space) {
      out[k++] = ' ';
      w++;
      space = false;
    }
    out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  *len = k;
  *words = w;
  return !(any & 0x80);
}

/* Is s[0..n) (n > 0) its own normal form: ASCII without an upper-case
 * letter, a control byte or a space that is first, last or after
 * another?  *words: its words then.  (Nearly every key of the shipped
 * tables is: its cell is then the key, with no copy.) */
/* S_key_normal's bytes: 0 a lower-case letter, 3 another byte kept as it
 * is, 1 a space, 2 none of a normal key (a control byte, an upper-case
 * letter, a byte of UTF-8). */
static const uint8_t S_kn_class[256] = {
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x00 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x10 */
    1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  /* 0x20 */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,  /* 0x30 */
    3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x40 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3,  /* 0x50 */
    3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x60 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3,  /* 0x70 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x80 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0x90 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xA0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xB0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xC0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xD0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xE0 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  /* 0xF0 */
};

CC_ALWAYS_INLINE bool S_key_normal(const char *s, size_t n, int *words,
                                   bool *letters) {
  if (s[0] == ' ' || s[n - 1] == ' ')
    return false;
  int w = 1;
  bool other = false;
  for (size_t i = 0; i < n; i++) {
    uint8_t k = S_kn_class[(unsigned char)s[i]];
    if (k) { /* (one test a byte for the common letters) */
      if (k == 3) {
        other = true;
        continue;
      }
      if (k == 2 || s[i - 1] == ' ') /* (i > 0: s[0] is no space) */
        return false;
      w++;
    }
  }
  *words = w;
  *letters = !other;
  return true;
}

static void S_add_row(S_load *L) {
  cc_lex_table *t = L->t;
  S_entry *e = cc_arena_alloc(L->lx->arena, sizeof *e);
  const char *c0 = L->cells[0];
  size_t n0 = L->len0, klen;
  int w = 0;
  char *k = NULL;
  if (S_key_normal(c0, n0, &w, &e->letters)) {
    e->pub.key = c0;
    klen = n0;
  } else if ((k = n0 <= S_SHORT ? cc_arena_str_room(L->lx->arena, n0)
                                : NULL) &&
             S_key_ascii(c0, n0, k, &klen, &w)) { /* most others: in place */
    cc_arena_str_keep(L->lx->arena, k, n0, klen);
    e->pub.key = k;
  } else {
    if (k) /* (its room given back) */
      cc_arena_str_keep(L->lx->arena, k, n0, 0);
    cc_buf key = CC_BUF_INIT;
    cc_lex_normalize(c0, n0, &key);
    e->pub.key = cc_arena_strndup(L->lx->arena, key.ptr, key.len);
    klen = key.len;
    cc_buf_free(&key);
  }
  e->klen = klen;
  e->pub.fields = (const char *const *)cc_arena_alloc_raw(
      L->lx->arena, (size_t)L->ncells * sizeof(char *));
  memcpy((void *)e->pub.fields, L->cells, (size_t)L->ncells * sizeof(char *));
  e->pub.nfields = L->ncells;
  e->pub.line = L->line;
  if (t->nrows == t->caprows) {
    t->caprows = t->caprows ? t->caprows * 2 : 32;
    t->rows = cc_xrealloc(t->rows, t->caprows * sizeof(S_entry *));
  }
  t->rows[t->nrows++] = e;
  if (!w) /* (S_key_ascii counted them) */
    w = S_count_words(e->pub.key, klen);
  if (w > t->max_words)
    t->max_words = w;
}

static uint32_t S_key_hash(const char *key, size_t n) {
  uint64_t a, b;
  cc_word_pack(key, n, &a, &b);
  return cc_word_hash(a, b, n);
}

/* The first row of key (n bytes, hash h) in t's index, or the empty slot
 * where it goes. */
static S_entry **S_slot(const cc_lex_table *t, const char *key, size_t n,
                        uint32_t h) {
  for (size_t s = h & t->mask;; s = (s + 1) & t->mask) {
    S_entry *e = t->index[s];
    if (!e || (e->hash == h && e->klen == n && memcmp(e->pub.key, key, n) == 0))
      return &t->index[s];
  }
}

/* t's index, its rows taken in file order: the first row of a key is
 * put in the table, each later one linked after the last (pub.next). */
static void S_index(cc_lex_table *t) {
  size_t size = 8;
  while (size < 2 * t->nrows)
    size *= 2;
  t->index = cc_xcalloc(size, sizeof *t->index);
  t->mask = size - 1;
  for (size_t i = 0; i < t->nrows; i++) {
    S_entry *e = t->rows[i];
    e->hash = S_key_hash(e->pub.key, e->klen);
    S_entry **x = S_slot(t, e->pub.key, e->klen, e->hash);
    if (*x) {
      (*x)->tail->pub.next = &e->pub;
      (*x)->tail = e;
      e->again = true;
    } else {
      e->tail = e;
      *x = e;
    }
  }
}

static void S_row_cb(int c, void *ud) {
  (void)c;
  S_load *L = ud;
  if (L->failed)
    return;
  bool comment = L->ncells > 0 && L->cells[0][0] == '#';
  bool blank = L->ncells == 1 && L->cells[0][0] == '\0';
  if (!comment && !blank) {
    if (!L->t->columns) { /* header row */
      L->t->columns = L->cells;
      L->t->ncolumns = L->ncells;
      L->cells = NULL;
      L->capcells = 0;
    } else if (L->cells[0][0] == '\0') {
      cc_err_set(L->err, "%s:%u: empty key in the first column", L->path,
                 L->line);
      L->failed = true;
    } else {
      S_add_row(L);
    }
  }
  L->ncells = 0;
}

static void S_table_free(cc_lex_table *t) {
  cc_xfree(t->index);
  cc_xfree(t->rows);
  cc_xfree(t->columns);
  cc_xfree(t->name);
  cc_xfree(t);
}

/* A line as libcsv reads it at the start of a record, when it has no
 * quote, CR or NUL and ends in '\n': the cells between commas with spaces
 * and tabs around them dropped, and no record when the line holds only
 * spaces and tabs.  libcsv costs over a hundred instructions a byte and
 * nearly every lexicon line is this simple.  False: libcsv reads it.
 * The cells are cut in place (a NUL after each: s is the lexicon's copy
 * of the file, bytes already read); plain: the line is known to hold no
 * quote, CR or NUL (false: libcsv reads it). */
static bool S_plain_line(S_load *L, char *s, size_t n, bool plain) {
  if (!plain || !n || s[n - 1] != '\n')
    return false;
  char *e = s + n - 1;
  const char *p = s;
  while (p < e && (*p == ' ' || *p == '\t'))
    p++;
  if (p == e)
    return true; /* blank: libcsv reports no row */
  for (char *f = s;;) {
    char *c = memchr(f, ',', (size_t)(e - f));
    if (!c)
      c = e;
    char *a = f, *b = c;
    while (a < b && (*a == ' ' || *a == '\t'))
      a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
      b--;
    *b = '\0'; /* (at c or before: the comma or the line's end is found) */
    if (!L->ncells)
      L->len0 = (size_t)(b - a);
    S_cell_put(L, a);
    if (c == e)
      break;
    f = c + 1;
  }
  S_row_cb('\n', L);
  return true;
}

/* Feed the file line by line so errors can name the line.  text: the
 * lexicon's copy (S_plain_line cuts its cells there). */
/* Does s[0..n) hold no quote, CR or NUL? */
static bool S_no_special(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == '"' || s[i] == '\r' || s[i] == '\0')
      return false;
  return true;
}

static int S_parse_file(S_load *L, char *text, size_t len) {
  /* Which lines hold a quote, CR or NUL: most files have no CR or NUL,
   * and in those a line is plain when the next quote of the file is past
   * its end (a scan of the file's quotes, not a test per byte). */
  bool odd = memchr(text, '\r', len) || memchr(text, '\0', len);
  const char *quote = memchr(text, '"', len); /* the next one, or NULL */
  struct csv_parser p;
  csv_init(&p, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI);
  size_t i = 0;
  L->cur_line = 1;
  L->line = 1;
  int rc = 0;
  while (i < len && !L->failed) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - text) + 1 : len;
    bool at_record_start = L->ncells == 0 && p.pstate == 0;
    if (at_record_start && text[i] == '#') { /* comment line: not CSV */
      L->cur_line++;
      i = end;
      continue;
    }
    if (at_record_start)
      L->line = L->cur_line;
    bool plain = false;
    if (at_record_start) {
      if (quote && quote < text + i)
        quote = memchr(text + i, '"', len - i);
      plain = odd ? S_no_special(text + i, end - i)
                  : !quote || quote >= text + end;
    }
    if (at_record_start && S_plain_line(L, text + i, end - i, plain)) {
      L->cur_line++;
      i = end;
      continue;
    }
    if (csv_parse(&p, text + i, end - i, S_cell_cb, S_row_cb, L) != end - i) {
      cc_err_set(L->err, "%s:%u: %s", L->path, L->cur_line,
                 csv_strerror(csv_error(&p)));
      rc = -1;
      break;
    }
    L->cur_line++;
    i = end;
  }
  if (rc == 0 && !L->failed && csv_fini(&p, S_cell_cb, S_row_cb, L) != 0) {
    cc_err_set(L->err, "%s:%u: quoted field is not closed before the end "
               "of the file", L->path, L->line);
    rc = -1;
  }
  csv_free(&p);
  return L->failed ? -1 : rc;
}

static int S_load_file(cc_lexicon *lx, const char *dir, const char *fname,
                       cc_err *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, fname);
  char *text;
  size_t len;
  if (cc_read_file(path, 0, &text, &len, err) != 0)
    return -1;
  cc_lex_table *t = cc_xcalloc(1, sizeof *t);
  t->name = cc_xstrndup(fname, strlen(fname) - 4); /* drop ".csv" */
  S_load L = {.lx = lx, .t = t, .path = path, .err = err};
  /* (kept: the cells of plain lines are its bytes) */
  char *kept = cc_arena_strndup(lx->arena, text, len);
  cc_xfree(text);
  int rc = S_parse_file(&L, kept, len);
  cc_xfree(L.cells);
  if (rc == 0 && !t->columns) {
    cc_err_set(err, "%s:1: no header row", path);
    rc = -1;
  }
  if (rc != 0) {
    S_table_free(t);
    return -1;
  }
  S_index(t);
  HASH_ADD_KEYPTR(hh, lx->tables, t->name, strlen(t->name), t);
  return 0;
}

static int S_name_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void S_build_abbrevs(cc_lexicon *lx) {
  const cc_lex_table *t = cc_lex_table_get(lx, "abbreviations");
  if (!t)
    return;
  for (size_t i = 0; i < t->nrows; i++) {
    const char *k = t->rows[i]->pub.key;
    S_abbr *a = NULL;
    HASH_FIND_STR(lx->abbrevs.set, k, a);
    if (a)
      continue;
    a = cc_arena_alloc(lx->arena, sizeof *a);
    a->key = k;
    HASH_ADD_KEYPTR(hh, lx->abbrevs.set, k, strlen(k), a);
    if (!lx->abbrevs.wf) /* cc_arena_alloc clears */
      lx->abbrevs.wf = cc_arena_alloc(lx->arena, sizeof *lx->abbrevs.wf);
    cc_wf_add(lx->abbrevs.wf, k, strlen(k));
    size_t n = strlen(k);
    uint64_t bit = n < 64 ? (uint64_t)1 << n : 1; /* bit 0: long keys */
    if (n) { /* (an empty key is looked up without these) */
      lx->abbrevs.first[(unsigned char)k[0]] |= bit;
      lx->abbrevs.last[(unsigned char)k[n - 1]] |= bit;
    }
    if (strlen(k) > lx->abbrevs.maxlen)
      lx->abbrevs.maxlen = strlen(k);
    cc_vocab_mark(lx->abbrevs.vocab, cc_vocab_add(lx->abbrevs.vocab, k, n),
                  CC_VOCAB_ABBREV);
  }
}

/* ---- the word table ------------------------------------------------------ */

/* The words of every key of every table, as the segmenter splits and
 * normalizes them, in the lexicon's word table (ids in file order).  A
 * piece between spaces of lower-case letters only (most) is one word;
 * the others (digits, punctuation, non-ASCII letters) are put on lines
 * of their own and segmented, so they split as in a text. */
static void S_build_vocab(cc_lexicon *lx) {
  cc_vocab *v = lx->abbrevs.vocab;
  cc_buf rest = CC_BUF_INIT;
  for (cc_lex_table *t = lx->tables; t; t = t->hh.next)
    for (size_t i = 0; i < t->nrows; i++) {
      if (t->rows[i]->again)
        continue;
      const char *k = t->rows[i]->pub.key, *end = k + t->rows[i]->klen;
      if (t->rows[i]->letters) { /* every word plain, none empty */
        for (;;) {
          const char *p = memchr(k, ' ', (size_t)(end - k));
          cc_vocab_add(v, k, (size_t)((p ? p : end) - k));
          if (!p)
            break;
          k = p + 1;
        }
        continue;
      }
      for (;;) { /* (a piece's end and its letters in one walk) */
        const char *p = k;
        bool plain = true;
        for (; p < end && *p != ' '; p++)
          plain &= *p >= 'a' && *p <= 'z';
        size_t n = (size_t)(p - k);
        if (n && plain) {
          cc_vocab_add(v, k, n);
        } else if (n) {
          cc_buf_put(&rest, k, n);
          cc_buf_puts(&rest, "\n\n");
        }
        if (p == end)
          break;
        k = p + 1;
      }
    }
  if (rest.len) {
    cc_doc d = {.path = "<lexicon>", .text = rest.ptr, .len = rest.len};
    cc_arena *a = cc_arena_new();
    cc_segmented seg;
    cc_segment(&d, NULL, NULL, a, &seg);
    for (uint32_t i = 0; i < seg.ntokens; i++)
      cc_vocab_add(v, seg.tokens[i].norm, seg.tokens[i].norm_len);
    cc_arena_free(&a);
  }
  cc_buf_free(&rest);
}

/* ---- places: which place contains which ------------------------------- */

/* Is key k (normalized) a place of pl, a name of na, or a country na
 * maps a name to (column country: "jordan", which only "jordanian"
 * names)?  The last is a scan, asked only of the few such keys. */
static bool S_place_known(const cc_lex_table *pl, const cc_lex_table *na,
                          const char *k) {
  if (cc_lex_find(pl, k) || cc_lex_find(na, k))
    return true;
  int c = cc_lex_col(na, "country");
  for (size_t i = 0; c >= 0 && i < cc_lex_size(na); i++)
    if (strcmp(cc_lex_cell(cc_lex_at(na, i), c), k) == 0)
      return true;
  return false;
}

/* Places' column in (optional): its cells made normal keys (the check
 * stage looks them up as they are, with no copy), then each must name a
 * known place, and the places above a row must end (no cycle: the check
 * stage walks them up).  A chain longer than S_PLACE_DEPTH is refused as
 * one. */
#define S_PLACE_DEPTH 8
static int S_check_places(cc_lexicon *lx, const char *dir, cc_err *err) {
  const cc_lex_table *pl = cc_lex_table_get(lx, "places");
  const cc_lex_table *na = cc_lex_table_get(lx, "nations");
  int in = cc_lex_col(pl, "in");
  if (in < 0)
    return 0;
  cc_buf k = CC_BUF_INIT;
  for (size_t i = 0; i < pl->nrows; i++) {
    cc_lex_entry *e = &pl->rows[i]->pub;
    const char *c = cc_lex_cell(e, in);
    int w;
    bool letters;
    if (!*c || S_key_normal(c, strlen(c), &w, &letters))
      continue; /* (the shipped table's are) */
    cc_buf_reset(&k);
    cc_lex_normalize(c, strlen(c), &k);
    ((const char **)e->fields)[in] = cc_arena_strndup(lx->arena, k.ptr, k.len);
  }
  cc_buf_free(&k);
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < pl->nrows; i++) {
    const cc_lex_entry *e = &pl->rows[i]->pub;
    const char *up = cc_lex_cell(e, in);
    for (int depth = 0; rc == 0 && *up; depth++) {
      if (!S_place_known(pl, na, up)) {
        cc_err_set(err, "%s/places.csv:%u: column 'in': '%s' is neither a "
                   "place of places.csv nor a country of nations.csv",
                   dir, e->line, up);
        rc = -1;
      } else if (depth == S_PLACE_DEPTH) {
        cc_err_set(err, "%s/places.csv:%u: column 'in': the places "
                   "containing '%s' go round in a circle (or more than %d "
                   "deep)", dir, e->line, e->key, S_PLACE_DEPTH);
        rc = -1;
      } else {
        up = cc_lex_cell(cc_lex_find(pl, up), in);
      }
    }
  }
  return rc;
}

/* ---- key_nouns: one key for a noun's synonyms and plurals ------------- */

/* key_nouns (optional): each row's key made a normal key (rule_match.c
 * puts it into a claim's key as it is), not empty, and final: a key
 * that is itself a row's word must map to itself, so that keying never
 * depends on the order of two rows. */
static int S_check_key_nouns(cc_lexicon *lx, const char *dir, cc_err *err) {
  const cc_lex_table *kn = cc_lex_table_get(lx, "key_nouns");
  int col = cc_lex_col(kn, "key");
  if (!kn)
    return 0;
  if (col != 1) {
    cc_err_set(err, "%s/key_nouns.csv: the second column must be 'key'", dir);
    return -1;
  }
  cc_buf k = CC_BUF_INIT;
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < kn->nrows; i++) {
    cc_lex_entry *e = &kn->rows[i]->pub;
    const char *c = cc_lex_cell(e, col);
    cc_buf_reset(&k);
    cc_lex_normalize(c, strlen(c), &k);
    if (!k.len) {
      cc_err_set(err, "%s/key_nouns.csv:%u: column 'key' is empty for '%s'",
                 dir, e->line, e->key);
      rc = -1;
    } else {
      ((const char **)e->fields)[col] =
          cc_arena_strndup(lx->arena, k.ptr, k.len);
    }
  }
  for (size_t i = 0; rc == 0 && i < kn->nrows; i++) {
    const cc_lex_entry *e = &kn->rows[i]->pub;
    const char *key = cc_lex_cell(e, col);
    const cc_lex_entry *f = cc_lex_find(kn, key);
    if (f && strcmp(cc_lex_cell(f, col), key) != 0) {
      cc_err_set(err, "%s/key_nouns.csv:%u: '%s' keys as '%s', which is "
                 "itself keyed as '%s' (line %u): give the last key",
                 dir, e->line, e->key, key, cc_lex_cell(f, col), f->line);
      rc = -1;
    }
  }
  cc_buf_free(&k);
  return rc;
}

int cc_lexicon_load(const char *dir, cc_lexicon **out, cc_err *err) {
  *out = NULL;
  DIR *d = opendir(dir);
  if (!d) {
    cc_err_set(err, "%s: cannot open lexicon folder: %s", dir, strerror(errno));
    return -1;
  }
  cc_vec names = CC_VEC_INIT(char *);
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    size_t n = strlen(de->d_name);
    if (n > 4 && strcmp(de->d_name + n - 4, ".csv") == 0 && de->d_name[0] != '.')
      *(char **)cc_vec_push(&names) = cc_xstrdup(de->d_name);
  }
  closedir(d);
  qsort(names.items, names.len, sizeof(char *), S_name_cmp);
  cc_lexicon *lx = cc_xcalloc(1, sizeof *lx);
  lx->arena = cc_arena_new();
  int rc = 0;
  for (size_t i = 0; i < names.len; i++) {
    char *name = *CC_VEC_AT(&names, char *, i);
    if (rc == 0 && S_load_file(lx, dir, name, err) != 0)
      rc = -1;
    cc_xfree(name);
  }
  cc_vec_free(&names);
  if (rc == 0)
    rc = S_check_places(lx, dir, err);
  if (rc == 0)
    rc = S_check_key_nouns(lx, dir, err);
  if (rc != 0) {
    cc_lexicon_free(&lx);
    return -1;
  }
  lx->abbrevs.vocab = cc_vocab_new();
  /* the words of the keys and of the stages after (the rules' words),
   * the tables' rows told, so that the table never grows: each growth
   * was a table the size of the last one made, filled and dropped (the
   * shipped tables: 4,552 rows; 4,106 words of up to 8 bytes and 1,466
   * longer once the rules are read) */
  size_t rows = 0;
  for (const cc_lex_table *t = lx->tables; t; t = t->hh.next)
    rows += t->nrows;
  if (rows < UINT32_MAX)
    cc_vocab_reserve(lx->abbrevs.vocab, (uint32_t)rows, (uint32_t)rows / 3);
  S_build_abbrevs(lx);
  S_build_vocab(lx);
  *out = lx;
  return 0;
}

void cc_lexicon_free(cc_lexicon **lxp) {
  if (!lxp || !*lxp)
    return;
  cc_lexicon *lx = *lxp;
  cc_lex_table *t, *tmp;
  HASH_ITER(hh, lx->tables, t, tmp) {
    HASH_DEL(lx->tables, t);
    S_table_free(t);
  }
  HASH_CLEAR(hh, lx->abbrevs.set);
  cc_vocab_free(&lx->abbrevs.vocab);
  cc_arena_free(&lx->arena);
  cc_xfree(lx);
  *lxp = NULL;
}

/* ---- lookups ---------------------------------------------------------- */

const cc_lex_table *cc_lex_table_get(const cc_lexicon *lx, const char *name) {
  if (!lx)
    return NULL;
  cc_lex_table *t = NULL;
  HASH_FIND_STR(lx->tables, name, t);
  return t;
}

/* (The models ask for a column by name at every row they read, about
 * 16,000 times a run: most names differ from the first byte, so the
 * compare is inline rather than strcmp's call.) */
int cc_lex_col(const cc_lex_table *t, const char *column) {
  if (!t)
    return -1;
  for (int i = 0; i < t->ncolumns; i++) {
    const char *c = t->columns[i];
    size_t k = 0;
    while (c[k] == column[k] && c[k])
      k++;
    if (c[k] == column[k])
      return i;
  }
  return -1;
}

const cc_lex_entry *cc_lex_findn(const cc_lex_table *t, const char *key,
                                 size_t n) {
  if (!t || !t->index)
    return NULL;
  S_entry *e = *S_slot(t, key, n, S_key_hash(key, n));
  return e ? &e->pub : NULL;
}

const cc_lex_entry *cc_lex_find(const cc_lex_table *t, const char *key) {
  return cc_lex_findn(t, key, strlen(key));
}

const char *cc_lex_cell(const cc_lex_entry *e, int col) {
  if (!e || col < 0 || col >= e->nfields || !e->fields[col])
    return "";
  return e->fields[col];
}

const cc_lex_entry *cc_lex_at(const cc_lex_table *t, size_t i) {
  return t && i < t->nrows ? &t->rows[i]->pub : NULL;
}

size_t cc_lex_size(const cc_lex_table *t) { return t ? t->nrows : 0; }

int cc_lex_max_words(const cc_lex_table *t) { return t ? t->max_words : 0; }

const struct cc_abbrevs *cc_lexicon_abbrevs(const cc_lexicon *lx) {
  return lx ? &lx->abbrevs : NULL;
}

cc_vocab *cc_lexicon_vocab(const cc_lexicon *lx) {
  return lx ? lx->abbrevs.vocab : NULL;
}

const cc_vocab *cc__abbrevs_vocab(const struct cc_abbrevs *a) {
  return a ? a->vocab : NULL;
}

bool cc__abbrev_has(const struct cc_abbrevs *a, const char *key, size_t n);
bool cc__abbrev_has(const struct cc_abbrevs *a, const char *key, size_t n) {
  if (!a || n > a->maxlen)
    return false;
  uint64_t bit = n < 64 ? (uint64_t)1 << n : 1;
  if (n && (!(a->first[(unsigned char)key[0]] & bit) ||
            !(a->last[(unsigned char)key[n - 1]] & bit)))
    return false; /* no key of this length starts and ends so */
  if (a->wf && !cc_wf_may(a->wf, key, n))
    return false; /* a clear bit: surely no key */
  S_abbr *x = NULL;
  HASH_FIND(hh, a->set, key, n, x);
  return x != NULL;
}
