/* review.c - reviewed CSV: strict reading (libcsv), baseline, merge and
 * atomic update, the review summary.  Inline suppression comments are in
 * review_inline.c. */
#include "cc_review.h"

#include "cc_check.h"

#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <utf8proc.h>
#include <uthash.h>

typedef struct S_row {
  char *cells[CC_REPORT_CSV_NCOLS]; /* in the arena */
  const char *id;                   /* lower-case, in the arena */
  const char *status;               /* canonical, static */
  size_t line;                      /* where the row starts in the file */
} S_row;

typedef struct S_idx {
  const char *id; /* lower-case, in the arena */
  size_t row;
  UT_hash_handle hh;
} S_idx;

struct cc_review {
  bool bom;    /* the file began with a byte-order mark: kept on update */
  cc_arena *arena;
  cc_vec rows; /* S_row */
  S_idx *by_id;
};

static const char *const S_statuses[] = {"confirmed", "false_positive",
                                         "fixed", "accepted"};

/* ---- small helpers -------------------------------------------------------- */

static void S_trim(const char *s, const char **b, size_t *n) {
  size_t len = strlen(s);
  while (len && isspace((unsigned char)s[len - 1]))
    len--;
  while (len && isspace((unsigned char)*s))
    s++, len--;
  *b = s;
  *n = len;
}

/* "Confirmed", " false positive ", "False-Positive" -> canonical name;
 * "" for an empty cell; NULL when unknown. */
static const char *S_status_canon(const char *cell) {
  const char *s;
  size_t n;
  S_trim(cell, &s, &n);
  if (n == 0)
    return "";
  char buf[32];
  if (n >= sizeof buf)
    return NULL;
  for (size_t i = 0; i < n; i++)
    buf[i] = (s[i] == ' ' || s[i] == '-') ? '_'
                                          : (char)tolower((unsigned char)s[i]);
  buf[n] = '\0';
  for (size_t i = 0; i < 4; i++)
    if (strcmp(buf, S_statuses[i]) == 0)
      return S_statuses[i];
  return NULL;
}

static bool S_is_id(const char *s) {
  if (strlen(s) != 16)
    return false;
  for (; *s; s++)
    if (!isxdigit((unsigned char)*s))
      return false;
  return true;
}

/* An id a spreadsheet read as a number and saved without its leading
 * zeros ("0060144718364423" as "60144718364423"), padded back into buf;
 * else id itself.  (Ids now begin with a letter; earlier ones did not.) */
static const char *S_unnumber(const char *id, char buf[17]) {
  size_t n = strlen(id);
  if (n == 0 || n >= 16 || strspn(id, "0123456789") != n)
    return id;
  memset(buf, '0', 16 - n);
  memcpy(buf + 16 - n, id, n + 1);
  return buf;
}

static S_row *S_row_at(const cc_review *r, size_t i) {
  return CC_VEC_AT(&r->rows, S_row, i);
}

static const S_idx *S_lookup(const cc_review *r, const char *id) {
  char low[17];
  size_t n = strlen(id);
  if (n != 16)
    return NULL;
  for (size_t i = 0; i < 16; i++)
    low[i] = (char)tolower((unsigned char)id[i]);
  low[16] = '\0';
  S_idx *e = NULL;
  HASH_FIND(hh, r->by_id, low, 16, e);
  return e;
}

/* ---- a one-claim finding after its sentence was edited ----------------------- */

/* A finding on one claim (a weekday against its date, a time against its
 * UTC half) takes its id from its sentence: an edit elsewhere in that
 * sentence ("nine" to "eight") gives it a new id, and a reviewer's status
 * would be lost with the old row.  Its edit key is what stays: the rule,
 * key, verdict, the article's file name and the values; 0 for a finding
 * on two claims, whose id is already made of its values. */
static uint64_t S_edit_field(uint64_t h, const char *s) {
  if (s[0] == '\'')
    s++; /* (a cell a spreadsheet would read as a formula, escaped) */
  return cc_hash64(s, strlen(s) + 1, h); /* (the NUL separates fields) */
}

static uint64_t S_edit_key(const char *const *cells) {
  if (cells[CC_COL_DOC_B][0] || !cells[CC_COL_VALUE_A][0])
    return 0;
  const char *doc = cells[CC_COL_DOC_A], *base = strrchr(doc, '/');
  uint64_t h = CC_HASH_SEED;
  h = S_edit_field(h, cells[CC_COL_RULE]);
  h = S_edit_field(h, cells[CC_COL_KEY]);
  h = S_edit_field(h, cells[CC_COL_VERDICT]);
  h = S_edit_field(h, base ? base + 1 : doc);
  h = S_edit_field(h, cells[CC_COL_VALUE_A]);
  h = S_edit_field(h, cells[CC_COL_VALUE_B]);
  return h ? h : 1;
}

static uint64_t S_finding_edit_key(const cc_finding *f) {
  if (f->b.doc && f->b.doc[0])
    return 0; /* (two claims: no need to make the cells) */
  char *cells[CC_REPORT_CSV_NCOLS];
  cc_report_csv_cells(f, cells);
  uint64_t h = S_edit_key((const char *const *)cells);
  cc_report_csv_cells_free(cells);
  return h;
}

/* ---- parsing ------------------------------------------------------------------ */

/* The parse state shared with libcsv's callbacks. */
typedef struct S_parse {
  const char *path;
  cc_review *r;
  cc_err *err;
  char *cells[CC_REPORT_CSV_NCOLS + 1]; /* current row, in the arena */
  size_t ncells;     /* fields seen in the current row (may exceed 18) */
  size_t records;    /* records completed, header included */
  size_t line;       /* physical line being fed */
  size_t row_line;   /* line of the current record's first field */
  bool failed;
} S_parse;

static void S_fail(S_parse *p, const char *fmt, ...) CC_PRINTF(2, 3);
static void S_fail(S_parse *p, const char *fmt, ...) {
  if (p->failed)
    return;
  p->failed = true;
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  cc_err_set(p->err, "%s:%zu: %s", p->path, p->row_line ? p->row_line : p->line,
             msg);
}

static void S_field_cb(void *s, size_t len, void *data) {
  S_parse *p = data;
  if (p->failed)
    return;
  if (p->ncells == 0)
    p->row_line = p->line;
  if (p->ncells < CC_REPORT_CSV_NCOLS + 1) /* bounded: extra cells counted */
    p->cells[p->ncells] = cc_arena_strndup(p->r->arena, s ? s : "", s ? len : 0);
  p->ncells++;
}

static void S_check_header(S_parse *p) {
  if (p->ncells != CC_REPORT_CSV_NCOLS) {
    S_fail(p,
           "row 1: %zu columns, expected the %d of a claimcheck report "
           "(id,severity,verdict,rule,key,message,doc_a,line_a,col_a,"
           "quote_a,value_a,doc_b,line_b,col_b,quote_b,value_b,status,note)",
           p->ncells, CC_REPORT_CSV_NCOLS);
    return;
  }
  for (size_t i = 0; i < CC_REPORT_CSV_NCOLS; i++) {
    const char *s;
    size_t n;
    S_trim(p->cells[i], &s, &n);
    if (n != strlen(cc_report_csv_columns[i]) ||
        strncmp(s, cc_report_csv_columns[i], n) != 0) {
      S_fail(p,
             "row 1, column %zu: expected '%s', found '%.60s' (not a "
             "claimcheck report, or its columns were changed)",
             i + 1, cc_report_csv_columns[i], p->cells[i]);
      return;
    }
  }
}

static bool S_blank_row(const S_parse *p) {
  size_t n = p->ncells < CC_REPORT_CSV_NCOLS + 1 ? p->ncells
                                                 : CC_REPORT_CSV_NCOLS + 1;
  for (size_t i = 0; i < n; i++) {
    const char *s;
    size_t len;
    S_trim(p->cells[i], &s, &len);
    if (len)
      return false;
  }
  return p->ncells == 1 || p->ncells == CC_REPORT_CSV_NCOLS;
}

static void S_add_row(S_parse *p) {
  size_t rowno = p->records + 1; /* 1-based, header is row 1 */
  if (S_blank_row(p))
    return; /* a spreadsheet's trailing empty row */
  if (p->ncells != CC_REPORT_CSV_NCOLS) {
    S_fail(p, "row %zu: %zu columns, expected %d", rowno, p->ncells,
           CC_REPORT_CSV_NCOLS);
    return;
  }
  char padded[17];
  const char *id = S_unnumber(p->cells[CC_COL_ID], padded);
  if (!S_is_id(id)) {
    S_fail(p, "row %zu, column 1 (id): '%.40s' is not a finding id (16 hex "
              "digits)%s", rowno, id,
           strpbrk(id, "Ee") && strchr(id, '+')
               ? "; a spreadsheet turned it into a number: restore the "
                 "id column from an earlier copy, and keep it as text"
               : "");
    return;
  }
  const char *status = S_status_canon(p->cells[CC_COL_STATUS]);
  if (!status) {
    S_fail(p, "row %zu, column %d (status): unknown status '%.40s' (expected "
              "confirmed, false_positive, fixed, accepted or empty)",
           rowno, CC_COL_STATUS + 1, p->cells[CC_COL_STATUS]);
    return;
  }
  char *low = cc_arena_strdup(p->r->arena, id);
  for (char *c = low; *c; c++)
    *c = (char)tolower((unsigned char)*c);
  const S_idx *dup = S_lookup(p->r, low);
  if (dup) {
    S_fail(p, "row %zu, column 1 (id): id %s already used at line %zu", rowno,
           low, S_row_at(p->r, dup->row)->line);
    return;
  }
  /* a cell claimcheck guarded against a spreadsheet's formulas ("'-3
   * hours per wire", a reviewer's note) is read without the guard, which
   * the writer puts back: else the note kept the ' for good */
  for (size_t i = 0; i < CC_REPORT_CSV_NCOLS; i++)
    if (p->cells[i][0] == '\'' && cc_csv_needs_guard(p->cells[i] + 1))
      p->cells[i]++;
  S_row *row = cc_vec_push(&p->r->rows);
  memcpy(row->cells, p->cells, sizeof row->cells);
  row->id = low;
  row->status = status;
  row->line = p->row_line;
  S_idx *e = cc_arena_alloc(p->r->arena, sizeof *e);
  e->id = low;
  e->row = p->r->rows.len - 1;
  HASH_ADD_KEYPTR(hh, p->r->by_id, e->id, 16, e);
}

static void S_row_cb(int c, void *data) {
  (void)c;
  S_parse *p = data;
  if (p->failed)
    return;
  if (p->records == 0)
    S_check_header(p);
  else
    S_add_row(p);
  p->records++;
  p->ncells = 0;
  p->row_line = 0;
}

/* Cells keep their spaces: a reviewer's note is theirs, byte for byte. */
static int S_no_space(unsigned char c) {
  (void)c;
  return 0;
}

static void *S_csv_realloc(void *q, size_t n) { return cc_xrealloc(q, n); }

/* Encoding first: a file saved by a spreadsheet in a legacy code page must
 * be refused before a single cell is trusted. */
static int S_check_encoding(const char *path, const char *d, size_t len,
                            cc_err *err) {
  if (len >= 2 && ((d[0] == '\xff' && d[1] == '\xfe') ||
                   (d[0] == '\xfe' && d[1] == '\xff'))) {
    cc_err_set(err, "%s: UTF-16 text; save the file as CSV UTF-8", path);
    return -1;
  }
  size_t line = 1;
  for (size_t i = 0; i < len;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)d + i,
                                          (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0 || cp == 0) {
      cc_err_set(err, "%s:%zu: byte %zu: %s", path, line, i,
                 cp == 0 && n > 0 ? "NUL byte (not a CSV text file)"
                                  : "not UTF-8; save the file as CSV UTF-8");
      return -1;
    }
    line += d[i] == '\n';
    i += (size_t)n;
  }
  return 0;
}

static void S_column_name(size_t i, char *buf, size_t n) {
  snprintf(buf, n, "%s",
           i < CC_REPORT_CSV_NCOLS ? cc_report_csv_columns[i] : "beyond the last");
}

/* Feed libcsv one physical line at a time so errors can name the line. */
static void S_feed(struct csv_parser *csv, S_parse *p, const char *d,
                   size_t len) {
  size_t at = 0;
  while (at < len && !p->failed) {
    const char *nl = memchr(d + at, '\n', len - at);
    size_t n = nl ? (size_t)(nl - (d + at)) + 1 : len - at;
    size_t got = csv_parse(csv, d + at, n, S_field_cb, S_row_cb, p);
    if (got != n && !p->failed && p->records == 0) {
      p->row_line = p->line; /* the header row itself is no CSV */
      S_fail(p, "not a claimcheck CSV report: its first row is not the "
                "header id,severity,... (%s)",
             csv_error(csv) == CSV_EPARSE ? "a quote inside a cell"
                                          : csv_strerror(csv_error(csv)));
    }
    if (got != n && !p->failed) {
      char col[32];
      S_column_name(p->ncells, col, sizeof col);
      p->row_line = p->line;
      S_fail(p, "row %zu, column %zu (%s): %s", p->records + 1,
             p->ncells + 1, col,
             csv_error(csv) == CSV_EPARSE
                 ? "malformed quoting (a quote inside an unquoted cell, or "
                   "text after a closing quote)"
                 : csv_strerror(csv_error(csv)));
    }
    at += n;
    p->line++;
  }
}

static void S_finish(struct csv_parser *csv, S_parse *p) {
  if (p->failed)
    return;
  if (csv_fini(csv, S_field_cb, S_row_cb, p) != 0 && !p->failed) {
    char col[32];
    S_column_name(p->ncells, col, sizeof col);
    S_fail(p, "row %zu, column %zu (%s): a quoted cell is never closed "
              "(unbalanced quotes)", p->records + 1, p->ncells + 1, col);
  }
  if (!p->failed && p->records == 0) {
    p->row_line = 1;
    S_fail(p, "empty file: expected the header row of a claimcheck report");
  }
}

/* A line of claimcheck's text report: its summary ("0 discrepancies
 * (...), ...") or a finding ("a.txt:3:33: error: ..."), which hold commas
 * but are no CSV header. */
static bool S_text_report_line(const char *s, size_t n) {
  size_t d = 0;
  while (d < n && s[d] >= '0' && s[d] <= '9')
    d++;
  if (d && n - d >= 13 && memcmp(s + d, " discrepanc", 11) == 0)
    return true;
  static const char *const sev[] = {": error: ", ": warning: ", ": info: "};
  for (size_t k = 0; k < 3; k++) {
    size_t m = strlen(sev[k]);
    for (size_t i = 0; i + m <= n; i++)
      if (memcmp(s + i, sev[k], m) == 0 && i && s[i - 1] >= '0' &&
          s[i - 1] <= '9')
        return true;
  }
  return false;
}

/* A file that is plainly no CSV report, told by its first line, gets a
 * message saying what it looks like instead of the CSV reader's first
 * complaint ("malformed quoting" for a text report's quotes).  A line
 * with commas goes on to the header check, which names the columns. */
static int S_sniff(const char *path, const char *d, size_t len, cc_err *err) {
  const char *nl = memchr(d, '\n', len);
  size_t n = nl ? (size_t)(nl - d) : len, b = 0;
  while (b < n && (d[b] == ' ' || d[b] == '\t'))
    b++;
  const char *line = d + b;
  n -= b;
  bool comma = memchr(line, ',', n) != NULL;
  bool semi = memchr(line, ';', n) != NULL;
  if ((n >= 3 && memcmp(line, "id;", 3) == 0) ||
      (n >= 5 && memcmp(line, "\"id\";", 5) == 0) || (semi && !comma)) {
    cc_err_set(err, "%s:1: the columns are separated by ';', not ',' (a "
               "spreadsheet's regional setting): save it again as \"CSV "
               "UTF-8 (comma delimited)\", or set the list separator to ',' "
               "before saving", path);
    return -1;
  }
  if (n == 0 || (comma && !S_text_report_line(line, n)))
    return 0;
  const char *kind = line[0] == '{' || line[0] == '[' ? "a JSON or SARIF report?"
                     : line[0] == '<'                 ? "an XML (JUnit) report?"
                                                      : "a text report?";
  cc_err_set(err, "%s: not a claimcheck CSV report (%s): its first line "
             "is not the header id,severity,...; write one with --format "
             "csv, or -o FILE.csv", path, kind);
  return -1;
}

cc_review *cc_review_parse(const char *path, const char *data, size_t len,
                           cc_err *err) {
  if (S_check_encoding(path, data, len, err) != 0)
    return NULL;
  bool bom = len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0;
  if (bom)
    data += 3, len -= 3; /* the BOM spreadsheets write for "CSV UTF-8" */
  if (S_sniff(path, data, len, err) != 0)
    return NULL;
  cc_review *r = cc_xcalloc(1, sizeof *r);
  r->bom = bom;
  r->arena = cc_arena_new();
  r->rows = (cc_vec)CC_VEC_INIT(S_row);
  S_parse p = {.path = path, .r = r, .err = err, .line = 1};
  struct csv_parser csv;
  csv_init(&csv, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_space_func(&csv, S_no_space);
  csv_set_realloc_func(&csv, S_csv_realloc);
  csv_set_free_func(&csv, cc_xfree);
  S_feed(&csv, &p, data, len);
  S_finish(&csv, &p);
  csv_free(&csv);
  if (p.failed)
    cc_review_free(&r);
  return r;
}

cc_review *cc_review_load(const char *path, cc_err *err) {
  char *data;
  size_t len;
  if (cc_read_file(path, 0, &data, &len, err) != 0)
    return NULL;
  cc_review *r = cc_review_parse(path, data, len, err);
  cc_xfree(data);
  return r;
}

void cc_review_free(cc_review **rp) {
  if (!rp || !*rp)
    return;
  cc_review *r = *rp;
  HASH_CLEAR(hh, r->by_id); /* entries live in the arena */
  cc_vec_free(&r->rows);
  cc_arena_free(&r->arena);
  cc_xfree(r);
  *rp = NULL;
}

/* ---- access ----------------------------------------------------------------------- */

size_t cc_review_rows(const cc_review *r) { return r ? r->rows.len : 0; }

const char *cc_review_cell(const cc_review *r, size_t row, int col) {
  if (!r || row >= r->rows.len || col < 0 || col >= CC_REPORT_CSV_NCOLS)
    return "";
  return S_row_at(r, row)->cells[col];
}

long cc_review_find(const cc_review *r, const char *id) {
  char padded[17]; /* (a row's id as a spreadsheet saved it, "60144718364423",
                      finds its row: the parser padded it back) */
  const S_idx *e = r && id ? S_lookup(r, S_unnumber(id, padded)) : NULL;
  return e ? (long)e->row : -1;
}

const char *cc_review_status(const cc_review *r, size_t row) {
  if (!r || row >= r->rows.len)
    return "";
  return S_row_at(r, row)->status;
}

/* ---- baseline ------------------------------------------------------------------------- */

/* The row of f's id, or of the id an earlier release gave it, or NULL. */
static const S_idx *S_row_of(const cc_review *r, const cc_finding *f) {
  const S_idx *e = S_lookup(r, f->id);
  if (!e) { /* a row of an earlier release's id */
    char old[17];
    cc_finding_legacy_id(f, old);
    e = S_lookup(r, old);
  }
  return e;
}

/* Reviewed rows by edit key (S_edit_key), those no finding named by id
 * (taken[row] false); the first row of a key. */
typedef struct S_erow {
  uint64_t key;
  size_t row;
  UT_hash_handle hh;
} S_erow;

static S_erow *S_edit_rows(const cc_review *r, const bool *taken) {
  S_erow *h = NULL;
  for (size_t i = 0; i < r->rows.len; i++) {
    const S_row *row = S_row_at(r, i);
    uint64_t k;
    if (taken[i] || !row->status[0] ||
        !(k = S_edit_key((const char *const *)row->cells)))
      continue;
    S_erow *d = NULL;
    HASH_FIND(hh, h, &k, sizeof k, d);
    if (d)
      continue;
    d = cc_xcalloc(1, sizeof *d);
    d->key = k;
    d->row = i;
    HASH_ADD(hh, h, key, sizeof d->key, d);
  }
  return h;
}

/* The rows the findings of set name (by id, else by edit key: a
 * one-claim finding whose sentence was edited since it was reviewed); in
 * rows[i], SIZE_MAX for none. */
static void S_rows_for(const cc_review *r, const cc_findings *set,
                       size_t *rows) {
  size_t n = cc_findings_count(set), missed = 0;
  bool *taken = cc_xcalloc(r->rows.len + 1, sizeof *taken);
  for (size_t i = 0; i < n; i++) {
    const S_idx *e = S_row_of(r, cc_findings_at(set, i));
    rows[i] = e ? e->row : SIZE_MAX;
    if (e)
      taken[e->row] = true;
    else
      missed++;
  }
  S_erow *by_edit = missed ? S_edit_rows(r, taken) : NULL;
  for (size_t i = 0; i < n && by_edit; i++) {
    uint64_t k;
    S_erow *d = NULL;
    if (rows[i] != SIZE_MAX ||
        !(k = S_finding_edit_key(cc_findings_at(set, i))))
      continue;
    HASH_FIND(hh, by_edit, &k, sizeof k, d);
    if (d && !taken[d->row]) {
      rows[i] = d->row;
      taken[d->row] = true;
    }
  }
  S_erow *d, *tmp;
  HASH_ITER(hh, by_edit, d, tmp) {
    HASH_DEL(by_edit, d);
    cc_xfree(d);
  }
  cc_xfree(taken);
}

static size_t S_mark(const cc_review *r, cc_findings *set, bool notes) {
  size_t marked = 0, n = r ? cc_findings_count(set) : 0;
  size_t *rows = cc_xcalloc(n + 1, sizeof *rows);
  if (r)
    S_rows_for(r, set, rows);
  for (size_t i = 0; i < n; i++) {
    cc_finding *f = cc_findings_at(set, i);
    if (rows[i] == SIZE_MAX || !S_row_at(r, rows[i])->status[0])
      continue;
    const S_row *row = S_row_at(r, rows[i]);
    f->suppressed = true;
    f->in_source = false; /* (the review file's word wins) */
    f->status = row->status;
    /* (a baseline's notes are copied into set: r is freed before the
     * report is written) */
    const char *note = row->cells[CC_COL_NOTE];
    f->note = notes ? note : note[0] ? cc_findings_keep(set, note) : "";
    marked++;
  }
  cc_xfree(rows);
  return marked;
}

size_t cc_review_mark(const cc_review *r, cc_findings *set) {
  return S_mark(r, set, true);
}

int cc_review_apply_baseline(const char *path, cc_findings *set, cc_err *err) {
  cc_review *r = cc_review_load(path, err);
  if (!r)
    return -1;
  S_mark(r, set, false); /* (statuses are static, notes copied) */
  cc_review_free(&r);
  return 0;
}

/* ---- merge and update -------------------------------------------------------------------- */

typedef struct S_seen {
  const cc_finding *f;
  bool used;
  bool claimed;    /* a row has its id (or legacy id) */
  char legacy[17]; /* cc_finding_legacy_id, for S_legacy_table */
  uint64_t edit;   /* S_finding_edit_key, for S_edit_table */
  UT_hash_handle hh, lh, eh;
} S_seen;

static bool S_note_gone(const char *note) {
  size_t n = strlen(note), m = strlen(CC_REVIEW_GONE);
  return n >= m && strcmp(note + n - m, CC_REVIEW_GONE) == 0;
}

static char *S_mark_gone(const char *note) {
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, note);
  if (!S_note_gone(note))
    cc_buf_puts(&b, note[0] ? " " CC_REVIEW_GONE : CC_REVIEW_GONE);
  return b.ptr ? cc_buf_detach(&b) : cc_xstrdup("");
}

static char *S_unmark_gone(const char *note) {
  size_t n = strlen(note);
  if (S_note_gone(note)) {
    n -= strlen(CC_REVIEW_GONE);
    if (n && note[n - 1] == ' ')
      n--;
  }
  return cc_xstrndup(note, n);
}

/* A person's status as written, less surrounding white space: a leading
 * TAB would otherwise draw the formula guard's quote and stop reading as
 * a status on the next run. */
static char *S_status_out(const char *raw) {
  const char *b;
  size_t n;
  S_trim(raw, &b, &n);
  return cc_xstrndup(b, n);
}

static void S_replace(char **cell, char *v) {
  cc_xfree(*cell);
  *cell = v;
}

/* A row whose finding still occurs: fresh cells, the person's status and
 * note, each as written (the finding's own only where the cell is empty:
 * an inline "accepted" and its reason). */
static void S_write_kept(cc_out *out, const S_row *row, const cc_finding *f) {
  char *cells[CC_REPORT_CSV_NCOLS];
  cc_report_csv_cells(f, cells);
  if (row->status[0])
    S_replace(&cells[CC_COL_STATUS], S_status_out(row->cells[CC_COL_STATUS]));
  if (row->cells[CC_COL_NOTE][0]) {
    char *note = S_unmark_gone(row->cells[CC_COL_NOTE]);
    if (note[0] || !cells[CC_COL_NOTE][0])
      S_replace(&cells[CC_COL_NOTE], note);
    else
      cc_xfree(note); /* the note was only our marker */
  }
  cc_report_csv_row(out, (const char *const *)cells, CC_REPORT_CSV_NCOLS);
  cc_report_csv_cells_free(cells);
}

static void S_write_gone(cc_out *out, const S_row *row) {
  const char *cells[CC_REPORT_CSV_NCOLS];
  memcpy(cells, row->cells, sizeof cells);
  char *note = S_mark_gone(row->cells[CC_COL_NOTE]);
  char *status = S_status_out(row->cells[CC_COL_STATUS]);
  cells[CC_COL_NOTE] = note;
  cells[CC_COL_STATUS] = status;
  cc_report_csv_row(out, cells, CC_REPORT_CSV_NCOLS);
  cc_xfree(note);
  cc_xfree(status);
}

static bool S_occurs(const cc_finding *f, const cc_report_opts *opts) {
  if (f->verdict == CC_VERDICT_CONSISTENT)
    return opts->show_consistent;
  if (f->verdict == CC_VERDICT_UNVERIFIABLE)
    return opts->show_unverifiable;
  return true;
}

static S_seen *S_seen_table(const cc_findings *set,
                            const cc_report_opts *opts) {
  S_seen *h = NULL;
  for (size_t i = 0; i < cc_findings_count(set); i++) {
    const cc_finding *f = cc_findings_at(set, i);
    S_seen *e = NULL;
    HASH_FIND(hh, h, f->id, 16, e);
    if (e || !S_occurs(f, opts))
      continue;
    e = cc_xcalloc(1, sizeof *e);
    e->f = f;
    HASH_ADD_KEYPTR(hh, h, f->id, 16, e);
  }
  return h;
}

/* The same findings by the ids earlier releases gave them: a review file
 * they wrote keeps its statuses and notes, its rows taking the new ids. */
static S_seen *S_legacy_table(S_seen *seen) {
  S_seen *h = NULL;
  for (S_seen *e = seen; e; e = e->hh.next) {
    cc_finding_legacy_id(e->f, e->legacy);
    S_seen *d = NULL;
    HASH_FIND(lh, h, e->legacy, 16, d);
    if (!d)
      HASH_ADD(lh, h, legacy, 16, e);
  }
  return h;
}

/* The findings no row names by id, by edit key (the first of a key). */
static S_seen *S_edit_table(S_seen *seen) {
  S_seen *h = NULL;
  for (S_seen *e = seen; e; e = e->hh.next) {
    if (e->claimed || !(e->edit = S_finding_edit_key(e->f)))
      continue;
    S_seen *d = NULL;
    HASH_FIND(eh, h, &e->edit, sizeof e->edit, d);
    if (!d)
      HASH_ADD(eh, h, edit, sizeof e->edit, e);
  }
  return h;
}

/* The lookups of a merge, each table made once, when first needed. */
typedef struct S_match {
  S_seen *seen, *legacy, *edits;
  bool made_legacy, made_edits;
} S_match;

/* The finding row names by its id or an earlier release's. */
static S_seen *S_by_id(S_match *m, const S_row *row) {
  S_seen *e = NULL;
  HASH_FIND(hh, m->seen, row->id, 16, e);
  if (!e) { /* a row of an earlier release? */
    if (!m->made_legacy)
      m->legacy = S_legacy_table(m->seen);
    m->made_legacy = true;
    HASH_FIND(lh, m->legacy, row->id, 16, e);
  }
  return e;
}

/* ... else a one-claim finding whose sentence was edited, that no row
 * names by id (rows are all claimed first: an edited row never takes a
 * finding another row has). */
static S_seen *S_row_match(S_match *m, const S_row *row) {
  S_seen *e = S_by_id(m, row);
  uint64_t k;
  if (e || !(k = S_edit_key((const char *const *)row->cells)))
    return e;
  if (!m->made_edits)
    m->edits = S_edit_table(m->seen);
  m->made_edits = true;
  HASH_FIND(eh, m->edits, &k, sizeof k, e);
  return e;
}

static void S_seen_free(S_seen **h) {
  S_seen *e, *tmp;
  HASH_ITER(hh, *h, e, tmp) {
    HASH_DEL(*h, e);
    cc_xfree(e);
  }
}

static int S_finding_cmp(const void *pa, const void *pb) {
  const cc_finding *a = *(const cc_finding *const *)pa;
  const cc_finding *b = *(const cc_finding *const *)pb;
  int c = strcmp(a->a.doc ? a->a.doc : "", b->a.doc ? b->a.doc : "");
  if (c)
    return c;
  if (a->a.line != b->a.line)
    return a->a.line < b->a.line ? -1 : 1;
  if (a->a.col != b->a.col)
    return a->a.col < b->a.col ? -1 : 1;
  return strcmp(a->id, b->id);
}

/* Findings the file has no row for, in report order. */
static void S_write_new(cc_out *out, S_seen *seen,
                        cc_review_merge_stats *st) {
  size_t n = HASH_COUNT(seen), k = 0;
  const cc_finding **v = cc_xcalloc(n + 1, sizeof *v);
  for (S_seen *e = seen; e; e = e->hh.next)
    if (!e->used)
      v[k++] = e->f;
  qsort(v, k, sizeof *v, S_finding_cmp);
  for (size_t i = 0; i < k && !cc_out_failed(out); i++) {
    char *cells[CC_REPORT_CSV_NCOLS];
    cc_report_csv_cells(v[i], cells);
    cc_report_csv_row(out, (const char *const *)cells, CC_REPORT_CSV_NCOLS);
    cc_report_csv_cells_free(cells);
    st->added++;
    st->reviewed += v[i]->status && v[i]->status[0];
  }
  cc_xfree(v);
}

int cc_review_merge(const cc_review *old, const cc_findings *set,
                    const cc_report_opts *opts, cc_out *out,
                    cc_review_merge_stats *stats) {
  static const cc_report_opts defaults;
  cc_review_merge_stats st = {0, 0, 0, 0};
  opts = opts ? opts : &defaults;
  S_match m = {S_seen_table(set, opts), NULL, NULL, false, false};
  for (size_t i = 0; i < cc_review_rows(old); i++) {
    S_seen *e = S_by_id(&m, S_row_at(old, i));
    if (e)
      e->claimed = true;
  }
  /* a file saved by a spreadsheet with a byte-order mark keeps it: without
   * it, the spreadsheet reads the file's curly quotes as Latin-1 */
  if (old && old->bom)
    cc_out_write(out, "\xef\xbb\xbf", 3);
  cc_report_csv_header(out);
  for (size_t i = 0; i < cc_review_rows(old) && !cc_out_failed(out); i++) {
    const S_row *row = S_row_at(old, i);
    S_seen *e = S_row_match(&m, row);
    if (e && !e->used) {
      e->used = true;
      S_write_kept(out, row, e->f);
      st.kept++;
      st.reviewed += row->status[0] || (e->f->status && e->f->status[0]);
    } else if (opts->partition_n > 0 &&
               !cc_check_key_in_partition(row->cells[CC_COL_KEY],
                                          opts->partition_k,
                                          opts->partition_n)) {
      /* (another partition's finding: this run did not look for it) */
      cc_report_csv_row(out, (const char *const *)row->cells,
                        CC_REPORT_CSV_NCOLS);
      st.kept++;
      st.reviewed += row->status[0] != '\0';
    } else {
      S_write_gone(out, row);
      st.gone++;
      st.reviewed += row->status[0] != '\0';
    }
  }
  S_write_new(out, m.seen, &st);
  HASH_CLEAR(lh, m.legacy); /* (their entries are seen's) */
  HASH_CLEAR(eh, m.edits);
  S_seen_free(&m.seen);
  if (stats)
    *stats = st;
  return cc_out_failed(out) ? -1 : 0;
}

int cc_review_update_ex(const char *path, const cc_findings *set,
                        const cc_report_opts *opts,
                        cc_review_merge_stats *stats, cc_err *err) {
  cc_review *old = NULL;
  struct stat st;
  /* (an empty file, as "touch reviewed.csv" makes it, is no review yet) */
  bool empty = stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0;
  if (!empty && (stat(path, &st) == 0 || errno != ENOENT)) {
    old = cc_review_load(path, err);
    if (!old)
      return -1;
  }
  cc_out *out = cc_out_atomic(path, err);
  if (!out) {
    cc_review_free(&old);
    return -1;
  }
  cc_review_merge(old, set, opts, out, stats);
  cc_review_free(&old);
  return cc_out_close(&out, err);
}

int cc_review_update(const char *path, const cc_findings *set, cc_err *err) {
  return cc_review_update_ex(path, set, NULL, NULL, err);
}

/* ---- summary -------------------------------------------------------------------------------- */

size_t cc_review_count_status(const cc_review *r, const char *status) {
  const char *want = status ? S_status_canon(status) : "";
  size_t n = 0;
  for (size_t i = 0; want && i < cc_review_rows(r); i++)
    n += strcmp(S_row_at(r, i)->status, want) == 0;
  return n;
}

unsigned cc_review_verdicts(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0 || st.st_size == 0)
    return 0;
  cc_err err;
  cc_review *r = cc_review_load(path, &err);
  unsigned mask = 0;
  for (size_t i = 0; i < cc_review_rows(r); i++) {
    const char *v = S_row_at(r, i)->cells[CC_COL_VERDICT];
    for (int k = CC_VERDICT_DISCREPANCY; k <= CC_VERDICT_UNVERIFIABLE; k++)
      if (strcmp(v, cc_verdict_name((cc_verdict)k)) == 0)
        mask |= 1u << k;
  }
  cc_review_free(&r);
  return mask;
}

size_t cc_review_count_gone(const cc_review *r) {
  size_t n = 0;
  for (size_t i = 0; i < cc_review_rows(r); i++)
    n += S_note_gone(S_row_at(r, i)->cells[CC_COL_NOTE]);
  return n;
}

double cc_review_precision(const cc_review *r, const char *rule,
                           size_t *confirmed, size_t *false_pos) {
  size_t c = 0, fp = 0;
  for (size_t i = 0; i < cc_review_rows(r); i++) {
    const S_row *row = S_row_at(r, i);
    if (rule && strcmp(row->cells[CC_COL_RULE], rule) != 0)
      continue;
    c += row->status == S_statuses[0];
    fp += row->status == S_statuses[1];
  }
  if (confirmed)
    *confirmed = c;
  if (false_pos)
    *false_pos = fp;
  return c + fp ? (double)c / (double)(c + fp) : -1.0;
}

static int S_strcmp_p(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void S_precision_line(cc_buf *out, const cc_review *r,
                             const char *rule, const char *label, int width) {
  size_t c, fp;
  double p = cc_review_precision(r, rule, &c, &fp);
  if (p < 0)
    cc_buf_printf(out, "  %-*s      -  (0 judged)\n", width, label);
  else
    cc_buf_printf(out, "  %-*s  %5.2f  (%zu confirmed, %zu false_positive)\n",
                  width, label, p, c, fp);
}

void cc_review_summary_text(const cc_review *r, const char *name,
                            cc_buf *out) {
  size_t rows = cc_review_rows(r);
  size_t unreviewed = cc_review_count_status(r, "");
  cc_buf_printf(out, "%s: %zu findings, %zu reviewed, %zu gone\n",
                name ? name : "review", rows, rows - unreviewed,
                cc_review_count_gone(r));
  cc_buf_puts(out, "status:\n");
  for (size_t i = 0; i < 4; i++)
    cc_buf_printf(out, "  %-16s %zu\n", S_statuses[i],
                  cc_review_count_status(r, S_statuses[i]));
  cc_buf_printf(out, "  %-16s %zu\n", "(none)", unreviewed);
  const char **rules = cc_xcalloc(rows + 1, sizeof *rules);
  int width = 9; /* "all rules" */
  for (size_t i = 0; i < rows; i++) {
    rules[i] = S_row_at(r, i)->cells[CC_COL_RULE];
    size_t n = strlen(rules[i]);
    if ((int)n > width)
      width = n > 60 ? 60 : (int)n; /* a silly rule name must not push
                                        the numbers off the screen */
  }
  qsort(rules, rows, sizeof *rules, S_strcmp_p);
  cc_buf_puts(out, "precision by rule (confirmed / (confirmed + "
                   "false_positive)):\n");
  for (size_t i = 0; i < rows; i++)
    if (i == 0 || strcmp(rules[i - 1], rules[i]) != 0)
      S_precision_line(out, r, rules[i], rules[i][0] ? rules[i] : "(no rule)",
                       width);
  S_precision_line(out, r, NULL, "all rules", width);
  cc_xfree(rules);
}

int cc_review_summary(const char *path, cc_out *out, cc_err *err) {
  cc_review *r = cc_review_load(path, err);
  if (!r)
    return -1;
  cc_buf b = CC_BUF_INIT;
  cc_review_summary_text(r, path, &b);
  cc_out_write(out, b.ptr, b.len);
  cc_buf_free(&b);
  cc_review_free(&r);
  return 0;
}
