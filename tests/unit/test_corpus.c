/* Unit tests: corpus loading, encoding checks and metadata. */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* mincore and posix_fadvise (S_resident, S_evict) */
#endif
#include "cc_test.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_corpus.h"
#include "cc_time.h"

CC_TEST_SCRATCH("corpus")

static void S_write(const char *name, const char *text, size_t n);
/* Text files: the length is the string's. */
#define S_WRITE_STR(name, text) S_write(name, text, strlen(text))

static void S_write(const char *name, const char *text, size_t n) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", S_dir, name);
  char *slash = strrchr(path, '/');
  *slash = '\0';
  mkdir(path, 0755);
  *slash = '/';
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fwrite(text, 1, n, f);
  fclose(f);
}


static cc_corpus *S_load1(const char *path, const cc_corpus_opts *o,
                          cc_err *err) {
  const char *paths[] = {path};
  return cc_corpus_load(paths, 1, o, err);
}

static void test_directory_recursive_sorted(void **state) {
  (void)state;
  S_write("d/b.txt", "Bee.", 4);
  S_write("d/a.md", "Ay.", 3);
  S_write("d/sub/c.txt", "Sea.", 4);
  S_write("d/skip.csv", "x", 1);
  S_write("d/.hidden.txt", "x", 1);
  char p[512];
  snprintf(p, sizeof p, "%s/d", S_dir);
  cc_err err;
  cc_corpus *c = S_load1(p, NULL, &err);
  assert_non_null(c);
  assert_int_equal(cc_corpus_count(c), 3);
  assert_non_null(strstr(cc_corpus_path(c, 0), "/a.md"));
  assert_non_null(strstr(cc_corpus_path(c, 2), "/sub/c.txt"));
  cc_corpus_free(&c);
  assert_null(c);
}

/* A corpus opened with its folders walked by a thread: the same documents
 * in the same order as a loaded one; cc_corpus_wait says which exist; a
 * folder without articles after others is an error at its place, once the
 * documents before it are known; a path that does not exist fails at once;
 * a corpus freed while walking stops the walk. */
static void test_open_streams(void **state) {
  (void)state;
  char name[64];
  S_WRITE_STR("w/top.md", "Ay."); /* (S_write makes one folder level) */
  for (int i = 0; i < 40; i++) {
    snprintf(name, sizeof name, "w/s%02d/a%d.txt", i, i % 7);
    S_WRITE_STR(name, "It cost 25%.");
  }
  S_WRITE_STR("w-none/list.csv", "a,b");
  char w[512], none[512], missing[512];
  snprintf(w, sizeof w, "%s/w", S_dir);
  snprintf(none, sizeof none, "%s/w-none", S_dir);
  snprintf(missing, sizeof missing, "%s/no-such", S_dir);
  cc_err err;
  const char *one[] = {w};
  cc_corpus *ld = cc_corpus_load(one, 1, NULL, &err);
  cc_corpus *op = cc_corpus_open(one, 1, NULL, &err);
  assert_non_null(ld);
  assert_non_null(op);
  assert_int_equal(cc_corpus_wait(op, 40, &err), 1);
  assert_int_equal(cc_corpus_wait(op, 41, &err), 0);
  assert_int_equal(cc_corpus_count(op), 41);
  for (size_t i = 0; i < 41; i++)
    assert_string_equal(cc_corpus_path(op, i), cc_corpus_path(ld, i));
  cc_doc *d = NULL;
  assert_int_equal(cc_corpus_read(op, 40, &d, &err), 0);
  assert_non_null(strstr(d->path, "top.md"));
  cc_doc_free(d);
  assert_int_equal(cc_corpus_wait(ld, 40, &err), 1);
  assert_int_equal(cc_corpus_wait(ld, 41, &err), 0);
  cc_corpus_free(&ld);
  cc_corpus_free(&op);

  const char *two[] = {w, none};
  op = cc_corpus_open(two, 2, NULL, &err);
  assert_non_null(op);
  assert_int_equal(cc_corpus_wait(op, 40, &err), 1);
  memset(&err, 0, sizeof err);
  assert_int_equal(cc_corpus_wait(op, 41, &err), -1);
  assert_non_null(strstr(err.msg, "w-none: no articles found"));
  cc_corpus_free(&op);

  const char *bad[] = {w, missing};
  assert_null(cc_corpus_open(bad, 2, NULL, &err));
  assert_non_null(strstr(err.msg, "no-such"));

  op = cc_corpus_open(one, 1, NULL, &err); /* freed at once */
  assert_non_null(op);
  cc_corpus_free(&op);
  assert_null(op);
}

/* Documents read into the memory of an earlier one (the engine's slots):
 * the same text and metadata as a fresh read, for a text longer than the
 * spare's memory and one shorter, and a spare kept through a skipped
 * file. */
static void test_read_reuse(void **state) {
  (void)state;
  S_WRITE_STR("r/a.txt", "Short.\n");
  S_WRITE_STR("r/b.txt", "---\ndate: 2020-01-02\nplace: Oslo\n---\nA long "
                         "second text, longer than the first.\n");
  S_WRITE_STR("r/c.txt", "");
  S_WRITE_STR("r/d.txt", "---\nsource: Daily\n---\nA text after an empty one.");
  char p[512];
  snprintf(p, sizeof p, "%s/r", S_dir);
  cc_err err;
  cc_corpus *c = S_load1(p, NULL, &err);
  assert_non_null(c);
  assert_int_equal(cc_corpus_count(c), 4);
  cc_doc *spare = NULL;
  for (size_t i = 0; i < 4; i++) {
    cc_doc *want = NULL, *got = NULL;
    int rw = cc_corpus_read(c, i, &want, &err);
    int rg = cc_corpus_read_reuse(c, i, &spare, &got, &err);
    assert_int_equal(rg, rw);
    if (rw != 0) { /* the empty file: skipped, the spare kept */
      assert_null(got);
      assert_non_null(spare);
      continue;
    }
    assert_null(spare);
    assert_int_equal(got->len, want->len);
    assert_memory_equal(got->text, want->text, want->len + 1);
    assert_string_equal(got->path, want->path);
    assert_string_equal(got->path, cc_corpus_path(c, i));
    assert_int_equal(got->body, want->body);
    assert_int_equal(got->index, want->index);
    assert_memory_equal(&got->meta, &want->meta, sizeof want->meta);
    cc_doc_free(want);
    spare = got; /* (done with it: the next read reuses it) */
  }
  cc_doc_free(spare);
  cc_corpus_free(&c);
}

static void test_errors_name_the_file(void **state) {
  (void)state;
  cc_err err;
  char p[512];
  snprintf(p, sizeof p, "%s/missing.txt", S_dir);
  assert_null(S_load1(p, NULL, &err));
  assert_non_null(strstr(err.msg, "missing.txt"));
  S_write("empty/readme.csv", "x", 1);
  snprintf(p, sizeof p, "%s/empty", S_dir);
  assert_null(S_load1(p, NULL, &err));
  assert_non_null(strstr(err.msg, "no articles"));
}

static int S_read1(const char *name, const char *text, size_t n,
                   cc_bad_utf8 mode, cc_doc **d, cc_err *err) {
  S_write(name, text, n);
  char p[512];
  snprintf(p, sizeof p, "%s/%s", S_dir, name);
  cc_corpus_opts o = {.bad_utf8 = mode};
  cc_corpus *c = S_load1(p, &o, err);
  assert_non_null(c);
  int rc = cc_corpus_read(c, 0, d, err);
  cc_corpus_free(&c);
  return rc;
}

static void test_encoding(void **state) {
  (void)state;
  cc_doc *d;
  cc_err err;
  assert_int_equal(S_read1("bad.txt", "ab\xA3" "cd", 5, CC_BAD_UTF8_ERROR, &d,
                           &err), -1);
  assert_non_null(strstr(err.msg, "bad.txt: invalid UTF-8 at byte 2"));
  assert_int_equal(S_read1("bad2.txt", "ab\xA3" "cd", 5,
                           CC_BAD_UTF8_REPLACE, &d, &err), 0);
  assert_string_equal(d->text, "ab?cd");
  cc_doc_free(d);
  assert_int_equal(S_read1("bad3.txt", "ab\xA3" "cd", 5, CC_BAD_UTF8_SKIP, &d,
                           &err), 1);
  assert_int_equal(S_read1("nul.txt", "ab\0cd", 5, CC_BAD_UTF8_REPLACE, &d,
                           &err), -1);
  assert_non_null(strstr(err.msg, "NUL byte at byte 2"));
  assert_int_equal(S_read1("u16.txt", "\xFF\xFEh\0i\0", 6, CC_BAD_UTF8_ERROR,
                           &d, &err), -1);
  assert_non_null(strstr(err.msg, "UTF-16"));
  assert_int_equal(S_read1("empty.txt", "", 0, CC_BAD_UTF8_ERROR, &d, &err),
                   1);
  /* overlong and surrogate encodings are invalid */
  assert_int_equal(S_read1("ov.txt", "\xC0\xAF", 2, CC_BAD_UTF8_ERROR, &d,
                           &err), -1);
  assert_int_equal(S_read1("sur.txt", "\xED\xA0\x80", 3, CC_BAD_UTF8_ERROR,
                           &d, &err), -1);
  /* BOM and CRLF are fine */
  assert_int_equal(S_read1("bom.txt", "\xEF\xBB\xBFHi.\r\n", 6,
                           CC_BAD_UTF8_ERROR, &d, &err), 0);
  assert_int_equal(d->body, 3);
  cc_doc_free(d);
}

/* A bad byte (NUL, a stray continuation byte, a cut sequence) at every
 * offset around the 64-, 16- and 8-byte steps of the check, after ASCII
 * and after valid multi-byte text: reported at its own offset. */
static void test_encoding_offsets(void **state) {
  (void)state;
  static const char *const bad[] = {"\0", "\x80", "\xC3"};
  for (int pre = 0; pre < 2; pre++)
    for (size_t k = 0; k < 3; k++)
      for (size_t at = 0; at < 160; at++) {
        char buf[200];
        memset(buf, 'a', sizeof buf);
        if (pre && at >= 2)
          memcpy(buf, "\xC3\xA9", 2); /* an accent first */
        buf[at] = bad[k][0];
        cc_err err;
        cc_doc *d = cc_doc_from_memory("o.txt", buf, 168, &err);
        assert_null(d);
        char want[64];
        snprintf(want, sizeof want, k ? "at byte %zu (" : "at byte %zu:",
                 at);
        assert_non_null(strstr(err.msg, want));
      }
}

static void test_front_matter(void **state) {
  (void)state;
  cc_meta m = {0};
  size_t body;
  cc_err err;
  const char *ok = "---\r\ndate: 2025-08-15\r\nsource: \"Wire\"\r\n"
                   "place: Anchorage\r\ntimezone: America/Anchorage\r\n"
                   "title: ignored\r\n---\r\nText";
  assert_int_equal(cc_meta_parse("a.md", ok, strlen(ok), &m, &body, &err), 0);
  assert_int_equal(m.date, cc_days_from_civil(2025, 8, 15));
  assert_int_equal(m.date_src, CC_DATE_FRONT_MATTER);
  assert_string_equal(m.source, "Wire");
  assert_string_equal(m.timezone, "America/Anchorage");
  assert_string_equal(ok + body, "Text");

  const char *bad_date = "---\ndate: 2025-02-30\n---\n";
  assert_int_equal(cc_meta_parse("b.md", bad_date, strlen(bad_date), &m,
                                 &body, &err), -1);
  assert_non_null(strstr(err.msg, "b.md:2: bad date '2025-02-30'"));
  const char *open = "---\ndate: 2025-01-02\nText without end\n";
  assert_int_equal(cc_meta_parse("c.md", open, strlen(open), &m, &body, &err),
                   -1);
  assert_non_null(strstr(err.msg, "c.md:"));
  assert_non_null(strstr(err.msg, "not closed"));
  const char *zone = "---\ntimezone: Mars/Olympus\n---\n";
  assert_int_equal(cc_meta_parse("d.md", zone, strlen(zone), &m, &body, &err),
                   -1);
  assert_non_null(strstr(err.msg, "unknown time zone 'Mars/Olympus'"));
  /* keys in any case; a key given twice names both lines */
  memset(&m, 0, sizeof m);
  const char *cased = "---\nDate: 2025-08-15\nSOURCE: Wire\n---\nText";
  assert_int_equal(cc_meta_parse("e.md", cased, strlen(cased), &m, &body,
                                 &err), 0);
  assert_int_equal(m.date_src, CC_DATE_FRONT_MATTER);
  assert_string_equal(m.source, "Wire");
  const char *twice = "---\nsource: A\n\nsource: B\n---\nText";
  assert_int_equal(cc_meta_parse("f.md", twice, strlen(twice), &m, &body,
                                 &err), -1);
  assert_non_null(strstr(err.msg, "f.md:4: front matter key 'source' given "
                                  "twice (first on line 2)"));
  /* blank lines before the fence; the block is still read */
  memset(&m, 0, sizeof m);
  const char *blank = "\n \r\n---\ndate: 2025-08-15\n---\nText";
  assert_int_equal(cc_meta_parse("g.md", blank, strlen(blank), &m, &body,
                                 &err), 0);
  assert_int_equal(m.date_src, CC_DATE_FRONT_MATTER);
  assert_string_equal(blank + body, "Text");
  /* a timestamp's time is checked, not only its first digit */
  static const char *const stamps[][2] = {
      {"2025-03-14T10:00:00Z", "1"},    {"2025-03-14 10:00", "1"},
      {"2025-03-14T10:00:00.5+05:30", "1"}, {"2025-03-14T10:00-0500", "1"},
      {"2025-03-14T25:00:00Z", "0"},    {"2025-03-14T10:61", "0"},
      {"2025-03-14T10:00:00+5", "0"},   {"2025-03-14T10:00 EST", "0"}};
  for (size_t i = 0; i < sizeof stamps / sizeof *stamps; i++) {
    char fm[128];
    snprintf(fm, sizeof fm, "---\ndate: %s\n---\nText", stamps[i][0]);
    memset(&m, 0, sizeof m);
    int want = stamps[i][1][0] == '1' ? 0 : -1;
    assert_int_equal(cc_meta_parse("t.md", fm, strlen(fm), &m, &body, &err),
                     want);
    if (want == 0)
      assert_int_equal(m.date, cc_days_from_civil(2025, 3, 14));
  }
  /* old Mac line ends (a CR alone): read as with LF, lines counted */
  memset(&m, 0, sizeof m);
  const char *mac = "\r---\rdate: 2025-03-14\rplace: Oslo\r---\rText";
  assert_int_equal(cc_meta_parse("m.md", mac, strlen(mac), &m, &body, &err),
                   0);
  assert_int_equal(m.date, cc_days_from_civil(2025, 3, 14));
  assert_string_equal(m.place, "Oslo");
  assert_string_equal(mac + body, "Text");
  const char *mac_twice = "\r---\rdate: 2025-03-14\rdate: 2025-03-15\r---\r";
  assert_int_equal(cc_meta_parse("n.md", mac_twice, strlen(mac_twice), &m,
                                 &body, &err), -1);
  assert_non_null(strstr(err.msg, "n.md:4: front matter key 'date' given "
                                  "twice (first on line 3)"));
  /* not front matter, but text: a rule line over prose (closed or not),
   * an empty block, a fence alone */
  static const char *const text[] = {"---\nThe council met.\n",
                                     "---\nThe council met.\n---\nMore.",
                                     "---\n\n---\nText", "---"};
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    memset(&m, 0, sizeof m);
    assert_int_equal(cc_meta_parse("h.txt", text[i], strlen(text[i]), &m,
                                   &body, &err), 0);
    assert_int_equal(body, 0);
    assert_int_equal(m.date_src, CC_DATE_NONE);
  }
}

static void test_first_line_date(void **state) {
  (void)state;
  cc_meta m = {0};
  size_t body;
  cc_err err;
  const char *t = " date 2025-08-15 Your support helps";
  assert_int_equal(cc_meta_parse("s.txt", t, strlen(t), &m, &body, &err), 0);
  assert_int_equal(m.date_src, CC_DATE_FIRST_LINE);
  assert_string_equal(t + body, " Your support helps");
  cc_meta m2 = {0};
  const char *u = "dated 2025-08-15 is not a header";
  assert_int_equal(cc_meta_parse("s.txt", u, strlen(u), &m2, &body, &err), 0);
  assert_int_equal(m2.date_src, CC_DATE_NONE);
}

static void test_manifest(void **state) {
  (void)state;
  S_write("m/one.txt", "One.", 4);
  S_WRITE_STR("m/two.txt", "---\ndate: 2020-01-01\n---\nTwo.");
  S_WRITE_STR("m/manifest.csv",
              "path,date,source,place,timezone\n"
              "one.txt,2010-02-20,fox,Vancouver,America/Vancouver\n"
              "two.txt,2010-02-21,nyt,,\n");
  char man[512];
  snprintf(man, sizeof man, "%s/m/manifest.csv", S_dir);
  cc_corpus_opts o = {.manifest = man};
  cc_err err;
  cc_corpus *c = cc_corpus_load(NULL, 0, &o, &err);
  assert_non_null(c);
  assert_int_equal(cc_corpus_count(c), 2);
  cc_doc *d;
  assert_int_equal(cc_corpus_read(c, 0, &d, &err), 0);
  assert_int_equal(d->meta.date, cc_days_from_civil(2010, 2, 20));
  assert_string_equal(d->meta.source, "fox");
  assert_string_equal(d->meta.timezone, "America/Vancouver");
  cc_doc_free(d);
  assert_int_equal(cc_corpus_read(c, 1, &d, &err), 0);
  /* front matter beats the manifest */
  assert_int_equal(d->meta.date, cc_days_from_civil(2020, 1, 1));
  cc_doc_free(d);
  cc_corpus_free(&c);

  S_WRITE_STR("m/bad.csv", "path,date\n../../etc/passwd,2010-01-01\n");
  snprintf(man, sizeof man, "%s/m/bad.csv", S_dir);
  assert_null(cc_corpus_load(NULL, 0, &o, &err));
  assert_non_null(strstr(err.msg, "bad.csv:2: path '../../etc/passwd' leaves"));
  S_WRITE_STR("m/nocol.csv", "file,date\none.txt,2010-01-01\n");
  snprintf(man, sizeof man, "%s/m/nocol.csv", S_dir);
  assert_null(cc_corpus_load(NULL, 0, &o, &err));
  assert_non_null(strstr(err.msg, "no 'path' column"));
}

/* The date of document i of c, by its path's ending (the walk's order). */
static int64_t S_date_of(cc_corpus *c, const char *ending) {
  cc_err err;
  for (size_t i = 0; i < cc_corpus_count(c); i++) {
    const char *p = cc_corpus_path(c, i);
    size_t n = strlen(p), m = strlen(ending);
    if (n < m || strcmp(p + n - m, ending))
      continue;
    cc_doc *d = NULL;
    assert_int_equal(cc_corpus_read(c, i, &d, &err), 0);
    int64_t date = d->meta.date_src ? d->meta.date : -1;
    cc_doc_free(d);
    return date;
  }
  fail_msg("no document ending in %s", ending);
  return -1;
}

/* A folder's own manifest.csv, found by the walk, loaded or streamed: each
 * event folder's rows for its files; none with --no-folder-manifests or
 * with an explicit manifest; a bad one stops the run naming it. */
static void test_folder_manifests(void **state) {
  (void)state;
  char top[512], badman[512];
  snprintf(top, sizeof top, "%s/fm", S_dir);
  mkdir(top, 0755); /* (S_write makes the last folder level only) */
  S_WRITE_STR("fm/e1/1.txt", "One.");
  S_WRITE_STR("fm/e1/2.txt", "Two.");
  S_WRITE_STR("fm/e1/manifest.csv", "path,date,source,place,timezone\n"
                                    "1.txt,2010-02-20,fox,,\n"
                                    "2.txt,2010-02-21,nyt,,\n");
  S_WRITE_STR("fm/e2/1.txt", "Three.");
  S_WRITE_STR("fm/e2/manifest.csv", "path,date\n1.txt,2011-03-01\n");
  S_WRITE_STR("fm/e3/1.txt", "No manifest here.");
  const char *paths[] = {top};
  cc_err err;
  for (int streamed = 0; streamed < 2; streamed++) {
    cc_corpus *c = streamed ? cc_corpus_open(paths, 1, NULL, &err)
                            : cc_corpus_load(paths, 1, NULL, &err);
    assert_non_null(c);
    assert_int_equal(cc_corpus_wait(c, 3, &err), 1);
    assert_int_equal(cc_corpus_wait(c, 4, &err), 0);
    assert_int_equal(cc_corpus_count(c), 4); /* manifest.csv is no article */
    assert_int_equal(S_date_of(c, "e1/1.txt"), cc_days_from_civil(2010, 2, 20));
    assert_int_equal(S_date_of(c, "e1/2.txt"), cc_days_from_civil(2010, 2, 21));
    assert_int_equal(S_date_of(c, "e2/1.txt"), cc_days_from_civil(2011, 3, 1));
    assert_int_equal(S_date_of(c, "e3/1.txt"), -1);
    cc_corpus_free(&c);
  }
  cc_corpus_opts off = {.no_folder_manifests = true};
  cc_corpus *c = cc_corpus_load(paths, 1, &off, &err);
  assert_non_null(c);
  assert_int_equal(S_date_of(c, "e1/1.txt"), -1);
  cc_corpus_free(&c);
  /* an explicit manifest is the only one read */
  char man[512];
  snprintf(man, sizeof man, "%s/fm/e2/manifest.csv", S_dir);
  cc_corpus_opts one = {.manifest = man};
  snprintf(badman, sizeof badman, "%s/fm/e3/manifest.csv", S_dir);
  c = cc_corpus_load(paths, 1, &one, &err);
  assert_non_null(c);
  assert_int_equal(S_date_of(c, "e1/1.txt"), -1);
  assert_int_equal(S_date_of(c, "e2/1.txt"), cc_days_from_civil(2011, 3, 1));
  cc_corpus_free(&c);
  /* a file listed twice in one folder manifest with other dates is an
   * error naming both rows, as with --manifest (the later row had won);
   * a row repeated as it was is read; a link to nothing named
   * manifest.csv is not read */
  S_WRITE_STR("fm/e2/manifest.csv", "path,date\n1.txt,2011-03-01\n"
                                    "1.txt,2012-04-02\n");
  memset(&err, 0, sizeof err);
  assert_null(cc_corpus_load(paths, 1, NULL, &err));
  assert_non_null(strstr(err.msg, "e2/manifest.csv:3: path '1.txt' given "
                                  "twice, with other metadata (first on "
                                  "line 2)"));
  S_WRITE_STR("fm/e2/manifest.csv", "path,date\n1.txt,2012-04-02\n"
                                    "1.txt,2012-04-02\n");
  char dangling[512];
  snprintf(dangling, sizeof dangling, "%s/fm/e3/manifest.csv", S_dir);
  assert_int_equal(symlink("no-such-file.csv", dangling), 0);
  c = cc_corpus_load(paths, 1, NULL, &err);
  assert_non_null(c);
  assert_int_equal(S_date_of(c, "e2/1.txt"), cc_days_from_civil(2012, 4, 2));
  assert_int_equal(S_date_of(c, "e3/1.txt"), -1);
  cc_corpus_free(&c);
  c = cc_corpus_load(NULL, 0, &one, &err);
  assert_non_null(c);
  assert_int_equal(S_date_of(c, "e2/1.txt"), cc_days_from_civil(2012, 4, 2));
  /* (the tests run in the source tree: a file outside it keeps its
   * resolved path) */
  assert_int_equal(cc_corpus_path(c, 0)[0], '/');
  cc_corpus_free(&c);
  remove(dangling);
  /* a bad one is an error that names it, loaded or streamed */
  S_WRITE_STR("fm/e3/manifest.csv", "path,date\n1.txt,2011-13-01\n");
  memset(&err, 0, sizeof err);
  assert_null(cc_corpus_load(paths, 1, NULL, &err));
  assert_non_null(strstr(err.msg, "e3/manifest.csv:2"));
  c = cc_corpus_open(paths, 1, NULL, &err);
  assert_non_null(c);
  memset(&err, 0, sizeof err);
  assert_int_equal(cc_corpus_wait(c, 4, &err), -1);
  assert_non_null(strstr(err.msg, "e3/manifest.csv:2"));
  cc_corpus_free(&c);
  remove(badman);
}

static void test_default_date_and_source(void **state) {
  (void)state;
  S_write("dd/wire-copy.txt", "Text.", 5);
  char p[512];
  snprintf(p, sizeof p, "%s/dd/wire-copy.txt", S_dir);
  cc_corpus_opts o = {.has_default_date = true,
                      .default_date = cc_days_from_civil(2025, 8, 15)};
  cc_err err;
  cc_corpus *c = S_load1(p, &o, &err);
  cc_doc *d;
  assert_int_equal(cc_corpus_read(c, 0, &d, &err), 0);
  assert_int_equal(d->meta.date_src, CC_DATE_OPTION);
  assert_string_equal(d->meta.source, "wire-copy");
  cc_doc_free(d);
  cc_corpus_free(&c);
}

/* A folder of n articles in folders of ten, each text naming its number
 * (S_ahead_text), for the read-ahead tests. */
static void S_ahead_text(char *buf, size_t n, int i) {
  snprintf(buf, n, "Article %d said 25%% of the %d votes.", i, i * 3);
}

/* ... in the folder sub of the scratch folder, whose path goes to top (of
 * 512 bytes). */
static void S_ahead_corpus(const char *sub, int n, char *top) {
  char name[512], text[128];
  snprintf(top, 512, "%s/%s", S_dir, sub);
  mkdir(top, 0755); /* (S_write makes the last folder level only) */
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "%s/s%03d/a%03d.txt", sub, i / 10, i);
    S_ahead_text(text, sizeof text, i);
    S_WRITE_STR(name, text);
  }
}

/* Every document of c read with a spare, in order, as written. */
static void S_read_all_as_written(const cc_corpus *c, int n) {
  cc_err err;
  cc_doc *spare = NULL, *d = NULL;
  char want[128];
  for (int i = 0; i < n; i++) {
    assert_int_equal(cc_corpus_wait(c, (size_t)i, &err), 1);
    assert_int_equal(cc_corpus_read_reuse(c, (size_t)i, &spare, &d, &err), 0);
    S_ahead_text(want, sizeof want, i);
    assert_string_equal(d->text, want);
    spare = d;
  }
  assert_int_equal(cc_corpus_wait(c, (size_t)n, &err), 0);
  cc_doc_free(spare);
}

/* Reading ahead changes nothing that is read: the same texts in the same
 * order, for a corpus walked by a thread and one loaded at once, started
 * at the first entry or past it, started twice (once is kept); a corpus
 * freed while its threads run (after two reads: they wait at the end of
 * their window) or before the walk ended stops them (no hang; asan and
 * valgrind see no leak). */
static void test_read_ahead_same_texts(void **state) {
  (void)state;
  enum { N = 300 }; /* more than the threads' window */
  char top[512];
  S_ahead_corpus("ra", N, top);
  const char *one[] = {top};
  cc_err err;

  cc_corpus *op = cc_corpus_open(one, 1, NULL, &err);
  assert_non_null(op);
  assert_false(cc__corpus_reading_ahead(op));
  cc__corpus_read_ahead(op, 0);
  cc__corpus_read_ahead(op, 5);
  assert_true(cc__corpus_reading_ahead(op));
  S_read_all_as_written(op, N);
  cc_corpus_free(&op);

  cc_corpus *ld = cc_corpus_load(one, 1, NULL, &err);
  assert_non_null(ld);
  cc__corpus_read_ahead(ld, 7);
  S_read_all_as_written(ld, N);
  cc_corpus_free(&ld);

  op = cc_corpus_open(one, 1, NULL, &err);
  assert_non_null(op);
  cc__corpus_read_ahead(op, 0);
  cc_doc *d = NULL;
  for (size_t i = 0; i < 2; i++) {
    assert_int_equal(cc_corpus_wait(op, i, &err), 1);
    assert_int_equal(cc_corpus_read(op, i, &d, &err), 0);
    cc_doc_free(d);
  }
  cc_corpus_free(&op);
  assert_null(op);

  op = cc_corpus_open(one, 1, NULL, &err); /* freed at once */
  assert_non_null(op);
  cc__corpus_read_ahead(op, 0);
  cc_corpus_free(&op);
  assert_null(op);
}

/* Threads that find the files in memory rest: fetching, turned on over a
 * cached corpus, turns itself off after a run of files found in memory
 * (polled: the threads go on after the last read), and a read that then
 * finds a file on disk... here, the hook, turns it on again. */
static void test_read_ahead_rests_in_memory(void **state) {
  (void)state;
  /* more files than the 64 in a row that put the threads to rest, and
   * fewer than twice that: once on again, the files they have not seen
   * are too few to put them to rest a second time */
  enum { N = 100 };
  char top[512];
  S_ahead_corpus("rm", N, top);
  const char *one[] = {top};
  cc_err err;
  cc_corpus *c = cc_corpus_load(one, 1, NULL, &err);
  assert_non_null(c);
  assert_false(cc__corpus_fetching(c));
  cc__corpus_read_ahead(c, 0);
  assert_true(cc__corpus_reading_ahead(c));
  S_read_all_as_written(c, N);
  for (int k = 0; k < 10000 && cc__corpus_fetching(c); k++)
    usleep(1000);
  assert_false(cc__corpus_fetching(c));
  assert_true(cc__corpus_reading_ahead(c)); /* (resting, not gone) */
  cc__corpus_read_ahead(c, 0);
  assert_true(cc__corpus_fetching(c));
  cc_corpus_free(&c);
}

/* A file gone between the walk and its read is the read's error, naming
 * it, with the read-ahead on as without (its threads skip what they
 * cannot open); the files after it are read as written. */
static void test_read_ahead_file_gone(void **state) {
  (void)state;
  enum { N = 30 };
  char top[512], gone[512];
  S_ahead_corpus("rg", N, top);
  snprintf(gone, sizeof gone, "%s/rg/s000/a005.txt", S_dir);
  const char *one[] = {top};
  cc_err err;
  cc_corpus *c = cc_corpus_load(one, 1, NULL, &err);
  assert_non_null(c);
  assert_int_equal(unlink(gone), 0);
  cc__corpus_read_ahead(c, 0);
  char want[128];
  for (int i = 0; i < N; i++) {
    cc_doc *d = NULL;
    memset(&err, 0, sizeof err);
    int rc = cc_corpus_read(c, (size_t)i, &d, &err);
    if (i == 5) {
      assert_int_equal(rc, -1);
      assert_non_null(strstr(err.msg, "a005.txt: cannot open"));
      continue;
    }
    assert_int_equal(rc, 0);
    S_ahead_text(want, sizeof want, i);
    assert_string_equal(d->text, want);
    cc_doc_free(d);
  }
  cc_corpus_free(&c);
}

/* Whether the first page of the file at path is in the page cache. */
static bool S_resident(const char *path) {
  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  void *p = mmap(NULL, 1, PROT_READ, MAP_SHARED, fd, 0);
  assert_true(p != MAP_FAILED);
  unsigned char v = 0;
  assert_int_equal(mincore(p, 1, &v), 0);
  munmap(p, 1);
  close(fd);
  return v & 1;
}

/* The pages of the file at path written out and dropped from memory, as
 * far as the file system lets them be (tmpfs keeps them). */
static void S_evict(const char *path) {
  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  assert_int_equal(fsync(fd), 0);
  (void)posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  close(fd);
}

/* The read-ahead starts by itself when a read finds its file on disk,
 * and not otherwise: its threads are made exactly when a probe found a
 * file cold.  Whether the files this test drops from memory are then
 * found cold is the kernel's to say, not this test's: tmpfs keeps them,
 * some file systems do not answer RWF_NOWAIT, and two clean-clone CI runs
 * saw the first file's probe served although mincore had it out of
 * memory.  So it asserts the mechanism on both corpora, and that files
 * still in memory are not found cold. */
static void test_read_ahead_starts_on_disk(void **state) {
  (void)state;
  enum { N = 40 };
  char top[512], first[512];
  S_ahead_corpus("rd", N, top);
  snprintf(first, sizeof first, "%s/rd/s000/a000.txt", S_dir);
  const char *one[] = {top};
  cc_err err;

  bool was_in = S_resident(first);
  cc_corpus *c = cc_corpus_open(one, 1, NULL, &err);
  assert_non_null(c);
  S_read_all_as_written(c, N);
  if (was_in)
    assert_int_equal(cc__corpus_cold_reads(c), 0);
  assert_int_equal(cc__corpus_reading_ahead(c), cc__corpus_cold_reads(c) > 0);
  cc_corpus_free(&c);

  char name[512];
  for (int i = 0; i < N; i++) {
    snprintf(name, sizeof name, "%s/rd/s%03d/a%03d.txt", S_dir, i / 10, i);
    S_evict(name);
  }
  c = cc_corpus_open(one, 1, NULL, &err);
  assert_non_null(c);
  assert_int_equal(cc_corpus_wait(c, 0, &err), 1);
  cc_doc *d = NULL;
  assert_int_equal(cc_corpus_read(c, 0, &d, &err), 0);
  cc_doc_free(d);
  assert_int_equal(cc__corpus_reading_ahead(c), cc__corpus_cold_reads(c) > 0);
  cc_corpus_free(&c);
}

/* Warnings raised while a corpus is loaded, one a line (S_warned). */
static char S_warned[16384];
static void S_warn_sink(const char *msg, void *ud) {
  (void)ud;
  size_t n = strlen(S_warned);
  snprintf(S_warned + n, sizeof S_warned - n, "%s\n", msg);
}

/* The paths of a corpus, walked to its end, joined by spaces. */
static void S_paths_of(cc_corpus *c, char *out, size_t cap) {
  cc_err err;
  out[0] = '\0';
  for (size_t i = 0; cc_corpus_wait(c, i, &err) == 1; i++) {
    const char *p = strstr(cc_corpus_path(c, i), "once/");
    size_t n = strlen(out);
    snprintf(out + n, cap - n, "%s%s", n ? " " : "", p ? p : "?");
  }
}

/* Each file once, by device and inode: a folder given twice, a file in a
 * folder also named, a link in the folder to a file of it, a hard link;
 * a note names each repeat and the first spelling.  The same streamed.
 * A folder whose every file was read before is no "folder without
 * articles". */
/* A folder whose path is past PATH_MAX is named in a warning, whole, with
 * the reason (not cut into another path and "No such file"). */
static void test_path_past_path_max(void **state) {
  (void)state;
  char top[600], name[201];
  snprintf(top, sizeof top, "%s/deep", S_dir);
  assert_int_equal(mkdir(top, 0755), 0);
  memset(name, 'd', 200);
  name[200] = '\0';
  int back = open(".", O_RDONLY | O_DIRECTORY);
  assert_true(back >= 0);
  assert_int_equal(chdir(top), 0);
  for (int i = 0; i < 22; i++) /* 22 * 201 bytes: past 4096 */
    assert_true(mkdir(name, 0755) == 0 && chdir(name) == 0);
  int fd = open("a.txt", O_WRONLY | O_CREAT, 0644);
  assert_true(fd >= 0 && write(fd, "Ay.\n", 4) == 4);
  close(fd);
  assert_int_equal(fchdir(back), 0);
  close(back);
  cc_err err = {{0}};
  S_warned[0] = '\0';
  cc_warn_set_sink(S_warn_sink, NULL);
  const char *paths[] = {top};
  cc_corpus *c = cc_corpus_load(paths, 1, NULL, &err);
  cc_warn_set_sink(NULL, NULL);
  assert_null(c);
  assert_non_null(strstr(S_warned, "past the system's limit of"));
  assert_non_null(strstr(S_warned, "cannot be opened (skipped)"));
  assert_non_null(strstr(err.msg, "no articles found"));
}

static void test_each_file_once(void **state) {
  (void)state;
  S_WRITE_STR("once/a.txt", "Ay.");
  S_WRITE_STR("once/b.md", "Bee.");
  char a[512], lnk[512], hard[512], dir[512], dir2[512], b[512];
  snprintf(dir, sizeof dir, "%s/once", S_dir);
  snprintf(dir2, sizeof dir2, "%s/once/", S_dir);
  snprintf(a, sizeof a, "%s/once/a.txt", S_dir);
  snprintf(b, sizeof b, "%s/once/b.md", S_dir);
  snprintf(lnk, sizeof lnk, "%s/once/c-link.txt", S_dir);
  snprintf(hard, sizeof hard, "%s/once/d-hard.md", S_dir);
  assert_int_equal(symlink("a.txt", lnk), 0);
  assert_int_equal(link(b, hard), 0);
  const char *paths[] = {b, dir, dir2};
  char got[1024];
  for (int streamed = 0; streamed < 2; streamed++) {
    cc_err err = {{0}};
    S_warned[0] = '\0';
    cc_warn_set_sink(S_warn_sink, NULL);
    cc_corpus *c = streamed ? cc_corpus_open(paths, 3, NULL, &err)
                            : cc_corpus_load(paths, 3, NULL, &err);
    assert_non_null(c);
    S_paths_of(c, got, sizeof got);
    cc_corpus_free(&c);
    cc_warn_set_sink(NULL, NULL);
    assert_string_equal(got, "once/b.md once/a.txt");
    assert_non_null(strstr(S_warned, "once/b.md: named twice (read once)"));
    assert_non_null(strstr(S_warned, "once/c-link.txt: the same file as "));
    assert_non_null(strstr(S_warned, "once/d-hard.md: the same file as "));
    /* the folder again: three notes, then one for the rest */
    assert_non_null(strstr(S_warned, "once/a.txt: named twice"));
    assert_non_null(strstr(S_warned, "once: 1 more file named before"));
  }
  remove(lnk);
  remove(hard);
}

/* A Markdown file's HTML comments after its front matter read as spaces,
 * line ends kept (every offset holds); those addressed to claimcheck are
 * kept as notes; "<!-->" and "<!--->" are whole comments; an unclosed
 * "<!--" is text; a .txt file is left as it is.  A document reused for a
 * file without notes has none. */
static void test_markdown_comments(void **state) {
  (void)state;
  const char *src = "---\ndate: 2024-01-02\n---\nAy <!-- one\r\ntwo --> bee"
                    "<!-->c<!--->d\n<!--  claimcheck-disable-next-line r -->"
                    "\nSea <!-- open";
  const char *want = "---\ndate: 2024-01-02\n---\nAy         \r\n        bee"
                     "     c      d\n                                        "
                     "\nSea <!-- open";
  cc_err err = {{0}};
  size_t n = strlen(src);
  assert_int_equal(strlen(want), n);
  const char *names[] = {"a.md", "b/A.MD", "c.markdown"};
  for (int k = 0; k < 3; k++) {
    cc_doc *d = cc_doc_from_memory(names[k], src, n, &err);
    assert_non_null(d);
    assert_int_equal(d->len, n);
    assert_string_equal(d->text, want);
    assert_int_equal(d->nnotes, 1);
    const char *note = "<!--  claimcheck-disable-next-line r -->";
    assert_int_equal(d->notes[0].len, strlen(note));
    assert_memory_equal(d->notes[0].text, note, strlen(note));
    assert_memory_equal(src + d->notes[0].at, note, strlen(note));
    cc_doc_free(d);
  }
  cc_doc *t = cc_doc_from_memory("a.txt", src, n, &err);
  assert_non_null(t);
  assert_string_equal(t->text, src);
  assert_int_equal(t->nnotes, 0);
  cc_doc_free(t);

  S_WRITE_STR("mdc/a.md", "One <!-- claimcheck-x --> two.");
  S_WRITE_STR("mdc/b.md", "Three <!-- four --> five.");
  char p[512];
  snprintf(p, sizeof p, "%s/mdc", S_dir);
  cc_corpus *c = S_load1(p, NULL, &err);
  assert_non_null(c);
  cc_doc *spare = NULL, *d = NULL;
  assert_int_equal(cc_corpus_read_reuse(c, 0, &spare, &d, &err), 0);
  assert_int_equal(d->nnotes, 1);
  assert_string_equal(d->text, "One                       two.");
  spare = d;
  assert_int_equal(cc_corpus_read_reuse(c, 1, &spare, &d, &err), 0);
  assert_int_equal(d->nnotes, 0);
  assert_string_equal(d->text, "Three               five.");
  cc_doc_free(d);
  cc_corpus_free(&c);
}

/* Upper-case extensions are articles; a link in a folder that leads
 * nowhere (its file removed, a loop) is named in a warning and skipped,
 * as is nothing else. */
static void test_upper_case_and_dangling(void **state) {
  (void)state;
  S_WRITE_STR("up/A.TXT", "Ay.");
  S_WRITE_STR("up/B.MD", "Bee.");
  char dir[512], gone[512], l1[512], l2[512];
  snprintf(dir, sizeof dir, "%s/up", S_dir);
  snprintf(gone, sizeof gone, "%s/up/c.md", S_dir);
  snprintf(l1, sizeof l1, "%s/up/d1", S_dir);
  snprintf(l2, sizeof l2, "%s/up/d2", S_dir);
  assert_int_equal(symlink("removed.md", gone), 0);
  assert_int_equal(symlink("d2", l1), 0);
  assert_int_equal(symlink("d1", l2), 0);
  cc_err err = {{0}};
  S_warned[0] = '\0';
  cc_warn_set_sink(S_warn_sink, NULL);
  cc_corpus *c = S_load1(dir, NULL, &err);
  cc_warn_set_sink(NULL, NULL);
  assert_non_null(c);
  assert_int_equal(cc_corpus_count(c), 2);
  assert_non_null(strstr(cc_corpus_path(c, 0), "up/A.TXT"));
  assert_non_null(strstr(cc_corpus_path(c, 1), "up/B.MD"));
  cc_corpus_free(&c);
  assert_non_null(strstr(S_warned, "up/c.md: a link to 'removed.md', which "
                                   "cannot be read: No such file"));
  assert_non_null(strstr(S_warned, "up/d1: a link to 'd2', which cannot"));
  assert_non_null(strstr(S_warned, "up/d2: a link to 'd1', which cannot"));
  remove(gone);
  remove(l1);
  remove(l2);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_directory_recursive_sorted),
      cmocka_unit_test(test_errors_name_the_file),
      cmocka_unit_test(test_read_reuse),
      cmocka_unit_test(test_encoding),
      cmocka_unit_test(test_encoding_offsets),
      cmocka_unit_test(test_front_matter),
      cmocka_unit_test(test_first_line_date),
      cmocka_unit_test(test_manifest),
      cmocka_unit_test(test_folder_manifests),
      cmocka_unit_test(test_open_streams),
      cmocka_unit_test(test_default_date_and_source),
      cmocka_unit_test(test_each_file_once),
      cmocka_unit_test(test_path_past_path_max),
      cmocka_unit_test(test_markdown_comments),
      cmocka_unit_test(test_upper_case_and_dangling),
      cmocka_unit_test(test_read_ahead_same_texts),
      cmocka_unit_test(test_read_ahead_starts_on_disk),
      cmocka_unit_test(test_read_ahead_file_gone),
      cmocka_unit_test(test_read_ahead_rests_in_memory),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
