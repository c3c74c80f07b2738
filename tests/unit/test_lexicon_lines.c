/* Unit tests: the lexicon loader reads simple lines itself (no quote, CR
 * or NUL) and the others with libcsv; both must give the rows and cells
 * libcsv gives, and keys must be normalized as cc_lex_normalize does. */
#include "cc_test.h"

#include <csv.h>
#include <stdbool.h>

#include "cc_lexicon.h"

CC_TEST_SCRATCH("lexl")


/* libcsv's reading of one line, as the loader configures it. */
typedef struct S_ref {
  char cells[32][64];
  int ncells, nrows;
} S_ref;

static void S_ref_cell(void *s, size_t n, void *ud) {
  S_ref *r = ud;
  if (r->ncells < 32) {
    snprintf(r->cells[r->ncells], sizeof r->cells[0], "%.*s", (int)n,
             s ? (const char *)s : "");
    r->ncells++;
  }
}

static void S_ref_row(int c, void *ud) {
  (void)c;
  ((S_ref *)ud)->nrows++;
}

static void S_ref_read(const char *line, S_ref *r) {
  memset(r, 0, sizeof *r);
  struct csv_parser p;
  csv_init(&p, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI);
  assert_int_equal(csv_parse(&p, line, strlen(line), S_ref_cell, S_ref_row, r),
                   strlen(line));
  csv_fini(&p, S_ref_cell, S_ref_row, r);
  csv_free(&p);
}

/* Random rows of spaces, tabs, commas and letters after a key (some with
 * spaces around it, some ending in CR LF or holding a quoted cell, which
 * libcsv reads), blank and space-only lines between them: every row and
 * cell is libcsv's. */
static void test_lines_as_libcsv(void **state) {
  (void)state;
  enum { N = 400 };
  static char lines[N][96];
  static const char alpha[] = " \t,aB";
  uint32_t seed = 12345;
  char path[600];
  snprintf(path, sizeof path, "%s/t.csv", S_dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("key,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u\n", f);
  for (int r = 0; r < N; r++) {
    char *l = lines[r];
    int n = snprintf(l, sizeof lines[0], "%sK%d%s,", r % 3 ? "" : " \t",
                     r, r % 5 ? "" : "  X ");
    seed = seed * 1103515245u + 12345u;
    int len = (int)(seed >> 16) % 20;
    for (int k = 0; k < len; k++) {
      seed = seed * 1103515245u + 12345u;
      l[n++] = alpha[(seed >> 16) % 5];
    }
    if (r % 7 == 3)
      n += snprintf(l + n, sizeof lines[0] - (size_t)n, ",\"q, \"\"x\"\" \"");
    n += snprintf(l + n, sizeof lines[0] - (size_t)n,
                  r % 11 == 4 ? "\r\n" : "\n");
    fputs(l, f);
    if (r % 9 == 0)
      fputs(r % 2 ? "\n" : " \t \n", f); /* no row */
    if (r % 13 == 0)
      fputs("# a comment, with commas\n", f);
  }
  fputs("last,  no newline ", f);
  fclose(f);

  cc_lexicon *lx;
  cc_err err;
  if (cc_lexicon_load(S_dir, &lx, &err) != 0)
    fail_msg("%s", err.msg);
  const cc_lex_table *t = cc_lex_table_get(lx, "t");
  assert_non_null(t);
  assert_int_equal(cc_lex_size(t), N + 1);
  for (int r = 0; r < N; r++) {
    S_ref ref;
    S_ref_read(lines[r], &ref);
    assert_int_equal(ref.nrows, 1);
    const cc_lex_entry *e = cc_lex_at(t, (size_t)r);
    assert_int_equal(e->nfields, ref.ncells);
    for (int c = 0; c < ref.ncells; c++)
      assert_string_equal(e->fields[c], ref.cells[c]);
    cc_buf key = CC_BUF_INIT;
    cc_lex_normalize(ref.cells[0], strlen(ref.cells[0]), &key);
    assert_string_equal(e->key, key.ptr);
    cc_buf_free(&key);
  }
  const cc_lex_entry *last = cc_lex_at(t, N);
  assert_string_equal(last->key, "last");
  assert_string_equal(cc_lex_cell(last, 1), "no newline");
  cc_lexicon_free(&lx);
  remove(path);
}

/* The ASCII path of cc_lex_normalize: lower case, runs of spaces, tabs
 * and line ends as one space, none at either end; appending to text
 * already there keeps a space before the first word. */
static void test_normalize_ascii(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  const char *in = " \t New\r\n  YORK\tCity  ";
  cc_lex_normalize(in, strlen(in), &b);
  assert_string_equal(b.ptr, "new york city");
  cc_lex_normalize(" Next", 5, &b);
  assert_string_equal(b.ptr, "new york city next");
  cc_buf_free(&b);
  cc_lex_normalize(" \t ", 3, &b);
  assert_non_null(b.ptr);
  assert_string_equal(b.ptr, "");
  cc_buf_free(&b);
  char longer[400]; /* past the stack buffer: the general path */
  for (int i = 0; i < 399; i++)
    longer[i] = i % 4 == 3 ? ' ' : 'A';
  longer[399] = '\0';
  cc_lex_normalize(longer, 399, &b);
  assert_int_equal(b.len, 399);
  assert_int_equal(b.ptr[0], 'a');
  cc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lines_as_libcsv),
      cmocka_unit_test(test_normalize_ascii),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
