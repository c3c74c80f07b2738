/* Unit tests: what the run reuses or skips for speed, and the cases where
 * the skipping must not show.
 *
 *  - cc_arena_reset: an arena reused document after document hands out
 *    zeroed, aligned blocks again, keeps its standard chunks and frees the
 *    large ones;
 *  - cc_read_file_capped: one open and read per file; a file over the limit
 *    is reported with its size (even when it cannot be opened), not read;
 *  - manifest rows are matched by a folder's resolved path and the file's
 *    name, through linked folders and files alike;
 *  - cc_check_encoding reads eight ASCII bytes at a time: the first bad byte
 *    is found at every offset and alignment;
 *  - the time-zone lookups each thread remembers give the same answers as
 *    fresh ones, on several threads at once and with more zones than it
 *    remembers;
 *  - the run's window: many more documents than slots, on 1 to 8 jobs, in
 *    order, and a stop far into the run.
 * Files are written here, in a temporary folder. */
#include "cc_test.h"

#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_corpus.h"
#include "cc_engine.h"
#include "cc_tz.h"
#include "cc_util.h"

CC_TEST_SCRATCH("reuse")


static void S_write(const char *rel, const char *text, size_t n) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s", S_dir, rel);
  for (char *slash = strchr(path + strlen(S_dir) + 1, '/'); slash;
       slash = strchr(slash + 1, '/')) { /* mkdir -p */
    *slash = '\0';
    mkdir(path, 0755);
    *slash = '/';
  }
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, n, f), n);
  fclose(f);
}

/* ---- cc_arena_reset ------------------------------------------------------- */

static void test_arena_reset(void **state) {
  (void)state;
  cc_arena *a = cc_arena_new();
  cc_arena_reset(NULL); /* NULL-safe */
  cc_arena_reset(a);    /* empty */
  assert_int_equal(cc_arena_used(a), 0);
  for (int round = 0; round < 20; round++) {
    /* several standard chunks, a large block, then small ones again */
    for (int i = 0; i < 3000; i++) {
      unsigned char *p = cc_arena_alloc(a, 40);
      for (int k = 0; k < 40; k++)
        assert_int_equal(p[k], 0); /* zeroed although the chunk is reused */
      assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
      memset(p, 0xAB, 40);
    }
    char *big = cc_arena_alloc(a, 300000);
    assert_int_equal(big[299999], 0);
    memset(big, 0xCD, 300000);
    char *s = cc_arena_strndup(a, "kept text", 4);
    assert_string_equal(s, "kept");
    assert_true(cc_arena_used(a) >= 3000 * 40 + 300000);
    cc_arena_reset(a);
    assert_int_equal(cc_arena_used(a), 0);
  }
  /* a block larger than a standard chunk after a reset */
  char *b = cc_arena_alloc_raw(a, 70000);
  memset(b, 1, 70000);
  cc_arena_free(&a);
  assert_null(a);
}

/* ---- cc_read_file_capped ---------------------------------------------------- */

static void test_read_capped(void **state) {
  (void)state;
  char path[600];
  S_write("read/ten.txt", "0123456789", 10);
  snprintf(path, sizeof path, "%s/read/ten.txt", S_dir);
  char *text = NULL;
  size_t len = 0;
  uint64_t size = 7;
  cc_err err = {{0}};
  assert_int_equal(cc_read_file_capped(path, 10, &text, &len, &size, &err), 0);
  assert_int_equal(len, 10);
  assert_int_equal(size, 0);
  assert_string_equal(text, "0123456789");
  free(text);
  text = NULL;
  /* over the limit: not read, the size reported */
  assert_int_equal(cc_read_file_capped(path, 9, &text, &len, &size, &err), 1);
  assert_null(text);
  assert_int_equal(size, 10);
  /* the plain reader still calls it an error */
  assert_int_equal(cc_read_file(path, 9, &text, &len, &err), -1);
  assert_non_null(strstr(err.msg, "larger than the limit"));
  /* an empty file, and a missing one */
  S_write("read/empty.txt", "", 0);
  snprintf(path, sizeof path, "%s/read/empty.txt", S_dir);
  assert_int_equal(cc_read_file_capped(path, 9, &text, &len, &size, &err), 0);
  assert_int_equal(len, 0);
  assert_string_equal(text, "");
  free(text);
  snprintf(path, sizeof path, "%s/read/missing.txt", S_dir);
  assert_int_equal(cc_read_file_capped(path, 9, &text, &len, &size, &err), -1);
  assert_non_null(strstr(err.msg, "cannot open"));
  /* unreadable but over the limit: skipped as too large, as a stat before
   * the open said (root reads anything, so only when the mode holds) */
  snprintf(path, sizeof path, "%s/read/ten.txt", S_dir);
  chmod(path, 0);
  if (access(path, R_OK) != 0) {
    assert_int_equal(cc_read_file_capped(path, 9, &text, &len, &size, &err),
                     1);
    assert_int_equal(size, 10);
  }
  chmod(path, 0644);
}

/* ---- manifest rows found without a realpath per file ----------------------- */

/* Files reached through a linked folder and a linked file (to a file
 * outside the folder walked: a link to one in it is that file, read once)
 * still find their manifest rows (the row names the real path); a file
 * without a row gets none. */
static void test_manifest_through_links(void **state) {
  (void)state;
  S_write("man/real/a.txt", "Alpha text.\n", 12);
  S_write("man/real/c.txt", "Gamma text.\n", 12);
  S_write("man/other/d.txt", "Delta text.\n", 12);
  S_write("man/manifest.csv", "path,date,source\nreal/a.txt,2024-01-02,Wire\n"
          "other/d.txt,2024-01-02,Wire\n", 72);
  char base[600], link[700], target[700], man[700];
  snprintf(base, sizeof base, "%s/man", S_dir);
  snprintf(link, sizeof link, "%s/via", base);
  snprintf(target, sizeof target, "%s/real", base);
  assert_int_equal(symlink(target, link), 0);
  snprintf(link, sizeof link, "%s/real/b.txt", base);
  snprintf(target, sizeof target, "%s/other/d.txt", base);
  assert_int_equal(symlink(target, link), 0);
  snprintf(man, sizeof man, "%s/manifest.csv", base);
  snprintf(link, sizeof link, "%s/via", base);
  const char *paths[] = {link};
  cc_corpus_opts o = {.manifest = man};
  cc_err err = {{0}};
  cc_corpus *c = cc_corpus_load(paths, 1, &o, &err);
  assert_non_null(c);
  assert_int_equal(cc_corpus_count(c), 3); /* a, b (a link to d), c */
  const int dated[3] = {1, 1, 0};
  for (size_t i = 0; i < 3; i++) {
    cc_doc *d = NULL;
    assert_int_equal(cc_corpus_read(c, i, &d, &err), 0);
    if (dated[i]) {
      assert_int_equal(d->meta.date_src, CC_DATE_MANIFEST);
      assert_string_equal(d->meta.source, "Wire");
    } else {
      assert_int_equal(d->meta.date_src, CC_DATE_NONE);
      assert_string_equal(d->meta.source, "c");
    }
    cc_doc_free(d);
  }
  cc_corpus_free(&c);
}

/* ---- encoding ------------------------------------------------------------------ */

static void test_first_bad_every_offset(void **state) {
  (void)state;
  char text[80];
  cc_err err = {{0}};
  for (size_t len = 1; len < sizeof text; len++)
    for (size_t at = 0; at < len; at++) {
      memset(text, 'a', len);
      assert_int_equal(cc_check_encoding("t", text, len, &err), 0);
      char want[64];
      text[at] = '\0';
      snprintf(want, sizeof want, "NUL byte at byte %zu:", at);
      assert_int_equal(cc_check_encoding("t", text, len, &err), -1);
      assert_non_null(strstr(err.msg, want));
      text[at] = (char)0xFF;
      snprintf(want, sizeof want, "invalid UTF-8 at byte %zu ", at);
      if (at > 0 || len < 2) { /* 0xFF first could read as UTF-16 */
        assert_int_equal(cc_check_encoding("t", text, len, &err), -1);
        assert_non_null(strstr(err.msg, want));
      }
      /* a valid two-byte character at the same place, then a bad one
       * after it */
      if (at + 2 < len) {
        text[at] = (char)0xC3;
        text[at + 1] = (char)0xA9;
        assert_int_equal(cc_check_encoding("t", text, len, &err), 0);
        text[at + 2] = (char)0x80;
        snprintf(want, sizeof want, "invalid UTF-8 at byte %zu ", at + 2);
        assert_int_equal(cc_check_encoding("t", text, len, &err), -1);
        assert_non_null(strstr(err.msg, want));
      }
    }
}

/* ---- time zones remembered per thread ----------------------------------------- */

static const char *const S_zones[] = {
    "America/Anchorage", "Europe/Oslo",   "Asia/Kolkata", "UTC",
    "Australia/Sydney",  "Africa/Nairobi", "No/Such_Zone", "Europe/Lisbon"};
enum { S_NZ = sizeof S_zones / sizeof S_zones[0] };

/* Offsets at a few instants for every zone, zones taken in turn so each
 * thread's few remembered zones keep being replaced. */
static void S_tz_table(int out[S_NZ][4]) {
  static const int64_t when[4] = {0, 1687000000, 1700000000, 1735689600};
  for (int rep = 0; rep < 50; rep++)
    for (int z = 0; z < S_NZ; z++)
      for (int k = 0; k < 4; k++) {
        int off = 12345;
        int rc = cc_tz_offset_at(S_zones[z], when[k], &off, NULL);
        out[z][k] = rc == 0 ? off : -999999;
      }
}

static void *S_tz_thread(void *ud) {
  S_tz_table(ud);
  return NULL;
}

static void test_tz_threads(void **state) {
  (void)state;
  if (!cc_tz_valid("Europe/Oslo"))
    skip(); /* no tz database here */
  int want[S_NZ][4], got[3][S_NZ][4];
  S_tz_table(want);
  assert_int_equal(want[6][0], -999999); /* unknown stays unknown */
  assert_int_equal(want[3][1], 0);
  assert_int_equal(want[2][1], 19800);
  pthread_t th[3];
  for (int t = 0; t < 3; t++)
    assert_int_equal(pthread_create(&th[t], NULL, S_tz_thread, got[t]), 0);
  for (int t = 0; t < 3; t++) {
    pthread_join(th[t], NULL);
    assert_memory_equal(want, got[t], sizeof want);
  }
  assert_false(cc_tz_valid("No/Such_Zone"));
  assert_false(cc_tz_valid("../etc/passwd"));
}

/* ---- the run's window ---------------------------------------------------------- */

typedef struct S_seen {
  unsigned delivered, stop_at;
  long last; /* index of the last document delivered */
  cc_buf out;
} S_seen;

static int S_seen_doc(const cc_docresult *r, void *ud) {
  S_seen *s = ud;
  assert_true((long)r->doc->index > s->last); /* in corpus order */
  s->last = r->doc->index;
  s->delivered++;
  cc_buf_printf(&s->out, "%s %u %u %u\n", r->doc->path, r->seg.ntokens,
                r->nmentions, (unsigned)cc_claim_store_count(r->claims));
  return s->stop_at && s->delivered >= s->stop_at;
}

static void S_count_warning(const char *msg, void *ud) {
  if (strstr(msg, "empty file"))
    ++*(int *)ud;
}

static void test_window(void **state) {
  (void)state;
  enum { N = 300 };
  for (int i = 0; i < N; i++) {
    char rel[64], text[400];
    snprintf(rel, sizeof rel, "win/d%03d.txt", i);
    int n = snprintf(text, sizeof text,
                     "Report %d. The bridge took %d years and cost %d%% more "
                     "than planned. About %d people came on March %d, 2024.\n",
                     i, 2 + i % 7, 10 + i % 50, 100 + i, 1 + i % 28);
    /* every tenth document is empty: skipped with a warning */
    S_write(rel, text, i % 10 == 9 ? 0 : (size_t)n);
  }
  cc_engine *e = NULL;
  cc_err err = {{0}};
  assert_int_equal(cc_engine_new(CC_TEST_RULES, NULL, &e, &err), 0);
  char dir[600];
  snprintf(dir, sizeof dir, "%s/win", S_dir);
  const char *paths[] = {dir};
  cc_corpus *c = cc_corpus_load(paths, 1, NULL, &err);
  assert_non_null(c);
  assert_int_equal(cc_corpus_count(c), N);
  int warned = 0;
  cc_warn_set_sink(S_count_warning, &warned);
  char *first = NULL;
  const int jobs[] = {1, 2, 3, 8};
  for (int stop = 0; stop < 2; stop++) {
    for (size_t k = 0; k < sizeof jobs / sizeof jobs[0]; k++) {
      S_seen s = {0, stop ? 250 : 0, -1, CC_BUF_INIT};
      cc_run_stats st;
      warned = 0;
      int rc = cc_engine_run(e, c, jobs[k], true, S_seen_doc, &s, &st, &err);
      assert_int_equal(rc, stop ? -1 : 0);
      assert_int_equal(st.docs, stop ? 250 : N - N / 10);
      if (!stop)
        assert_int_equal(warned, N / 10);
      if (k == 0) {
        free(first);
        first = cc_buf_detach(&s.out);
      } else {
        assert_string_equal(first, s.out.ptr);
        cc_buf_free(&s.out);
      }
    }
  }
  cc_warn_set_sink(NULL, NULL);
  free(first);
  cc_corpus_free(&c);
  cc_engine_free(&e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arena_reset),
      cmocka_unit_test(test_read_capped),
      cmocka_unit_test(test_manifest_through_links),
      cmocka_unit_test(test_first_bad_every_offset),
      cmocka_unit_test(test_tz_threads),
      cmocka_unit_test(test_window),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
