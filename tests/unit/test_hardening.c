/* test_hardening.c - hostile input, lost work and fuzz regressions.
 *
 * Three groups:
 *  - the CLI scenarios of tests/hardening/run.sh (binary input, invalid
 *    UTF-8, 50 MB lines, a million numbers, permissions, a full disk, a
 *    killed run), one cmocka test each, run against the claimcheck binary
 *    next to this test (build/asan/claimcheck under `make asan`), else
 *    build/claimcheck;
 *  - nothing lost, through the library: a write that fails half way (the
 *    io write hook) leaves a report and a reviewed CSV byte-identical;
 *  - regressions for what fuzzing found, and error paths that must neither
 *    crash nor leak (allocations are counted through cc_mem_set).
 */
#include "cc_test.h"

#include <errno.h>
#include <stdbool.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <math.h>

#include "cc_corpus.h"
#include "cc_engine.h"
#include "cc_io.h"
#include "cc_report.h"
#include "cc_review.h"
#include "cc_rule.h"

/* ---- the binary and a scratch folder ------------------------------------- */

static char S_bin[PATH_MAX + 16];
static char S_dir[64];

/* True when BUILD/claimcheck exists and is not older than BUILD's library
 * (`make asan` links the tests before it relinks the binary, so a binary
 * left from an earlier tree may be there, and would test old code). */
static bool S_fresh_bin(const char *build, char *out, size_t n) {
  char lib[PATH_MAX + 32];
  struct stat sb, sl;
  snprintf(out, n, "%s/claimcheck", build);
  snprintf(lib, sizeof lib, "%s/libclaimcheck.a", build);
  if (stat(out, &sb) != 0 || access(out, X_OK) != 0)
    return false;
  return stat(lib, &sl) != 0 || sb.st_mtime >= sl.st_mtime;
}

/* The claimcheck built with this test: BUILD/tests/test_hardening ->
 * BUILD/claimcheck when it is up to date; else build/claimcheck; else none
 * (the CLI tests skip). */
static void S_find_bin(const char *argv0) {
  char build[PATH_MAX];
  snprintf(build, sizeof build, "%s", argv0);
  char *slash = strrchr(build, '/');
  if (slash) {
    *slash = '\0';
    slash = strrchr(build, '/');
    if (slash) {
      *slash = '\0';
      if (S_fresh_bin(build, S_bin, sizeof S_bin))
        return;
    }
  }
  if (!S_fresh_bin("build", S_bin, sizeof S_bin) &&
      access(S_bin, X_OK) != 0)
    S_bin[0] = '\0';
  else if (strcmp(S_bin, "build/claimcheck") == 0)
    fprintf(stderr, "test_hardening: CLI tests use %s\n", S_bin);
}

static void S_path(char *out, size_t n, const char *rel) {
  snprintf(out, n, "%s/%s", S_dir, rel);
}

static void S_write(const char *rel, const char *text, size_t len) {
  char p[PATH_MAX];
  S_path(p, sizeof p, rel);
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, len, f), len);
  assert_int_equal(fclose(f), 0);
}

/* The whole file, NUL-terminated; caller frees. */
static char *S_slurp(const char *rel, size_t *len) {
  char p[PATH_MAX];
  S_path(p, sizeof p, rel);
  FILE *f = fopen(p, "rb");
  assert_non_null(f);
  char *buf = NULL;
  size_t n = 0, cap = 0, got;
  char chunk[4096];
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (n + got + 1 > cap) {
      cap = (n + got + 1) * 2;
      buf = realloc(buf, cap);
      assert_non_null(buf);
    }
    memcpy(buf + n, chunk, got);
    n += got;
  }
  fclose(f);
  if (!buf)
    buf = calloc(1, 1);
  buf[n] = '\0';
  if (len)
    *len = n;
  return buf;
}

/* No ".NAME.tmp.XXXXXX" left in the scratch folder. */
static void S_assert_no_temporaries(void) {
  char cmd[256];
  snprintf(cmd, sizeof cmd, "ls -a '%s' | grep -q '\\.tmp\\.'", S_dir);
  assert_int_not_equal(system(cmd), 0);
}

static int S_setup(void **state) {
  (void)state;
  snprintf(S_dir, sizeof S_dir, "/tmp/cc_test_hardening_XXXXXX");
  return mkdtemp(S_dir) ? 0 : -1;
}

static int S_teardown(void **state) {
  (void)state;
  return cc_test_rm_tree(S_dir);
}

/* ---- counting allocator: error paths must free what they took ------------ */

static long S_live;

static void *S_count_calloc(size_t n, size_t size) {
  void *p = calloc(n, size);
  if (p)
    S_live++;
  return p;
}

static void *S_count_realloc(void *p, size_t size) {
  void *q = realloc(p, size);
  if (q && !p)
    S_live++;
  return q;
}

static void S_count_free(void *p) {
  if (p)
    S_live--;
  free(p);
}

static const cc_mem S_counting = {S_count_calloc, S_count_realloc,
                                  S_count_free};

static void S_count_start(void) {
  S_live = 0;
  cc_mem_set(&S_counting);
}

/* Blocks still held since S_count_start. */
static long S_count_stop(void) {
  cc_mem_set(NULL);
  return S_live;
}

/* ---- CLI scenarios (tests/hardening/run.sh) --------------------------------- */

static void S_scenario(const char *name) {
  if (!S_bin[0]) {
    fprintf(stderr, "no claimcheck binary: build it first (make)\n");
    skip();
  }
  char cmd[PATH_MAX + 128];
  snprintf(cmd, sizeof cmd, "sh tests/hardening/run.sh '%s' %s", S_bin,
           name);
  int st = system(cmd);
  assert_true(WIFEXITED(st));
  if (WEXITSTATUS(st) == 77)
    skip(); /* the reason was printed by the script */
  assert_int_equal(WEXITSTATUS(st), 0);
}

#define SCENARIO(name)                                                       \
  static void test_cli_##name(void **state) {                                \
    (void)state;                                                             \
    S_scenario(#name);                                                       \
  }
SCENARIO(nul_byte)
SCENARIO(nul_byte_in_folder)
SCENARIO(invalid_utf8)
SCENARIO(invalid_utf8_truncated)
SCENARIO(invalid_utf8_surrogate)
SCENARIO(invalid_utf8_skip)
SCENARIO(invalid_utf8_replace)
SCENARIO(utf16_le)
SCENARIO(utf16_be)
SCENARIO(utf8_bom_ok)
SCENARIO(big_line_50mb)
SCENARIO(million_numbers)
SCENARIO(deep_nesting)
SCENARIO(unbalanced_quotes)
SCENARIO(limit_file_size)
SCENARIO(limit_sentence_tokens)
SCENARIO(limit_mentions)
SCENARIO(unreadable_file)
SCENARIO(unreadable_folder)
SCENARIO(unwritable_report_folder)
SCENARIO(report_to_fifo)
SCENARIO(report_to_dev_full)
SCENARIO(manifest_symlink_escape)
SCENARIO(folder_symlink_loop)
SCENARIO(lost_report_disk_full)
SCENARIO(lost_report_killed)
SCENARIO(lost_update_disk_full)
SCENARIO(lost_update_killed)
SCENARIO(lost_update_readonly)
SCENARIO(lost_update_foreign)
SCENARIO(lost_report_sigkill)
SCENARIO(stdout_to_dev_full)
SCENARIO(extract_write_error)
SCENARIO(report_never_replaced)
SCENARIO(term_removes_temporary)
SCENARIO(progress_on_terminal)

/* ---- nothing lost, through the library ------------------------------------------ */

/* A disk that fills after S_room bytes: the first write past it fails. */
static size_t S_room;

static ssize_t S_full_disk(int fd, const void *p, size_t n, void *ud) {
  (void)ud;
  if (S_room == 0) {
    errno = ENOSPC;
    return -1;
  }
  size_t k = n < S_room ? n : S_room;
  S_room -= k;
  return write(fd, p, k);
}

static const char S_header[] =
    "id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,"
    "value_a,doc_b,line_b,col_b,quote_b,value_b,status,note\r\n";

/* A reviewed CSV with statuses and notes typed in by a person. */
static char *S_reviewed_csv(size_t rows) {
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, S_header);
  for (size_t i = 0; i < rows; i++)
    cc_buf_printf(&b,
                  "\"%016zx\",\"warning\",\"discrepancy\",\"same_fact/x.y\","
                  "\"x{a}\",\"\"\"5\"\" vs \"\"6\"\"\",\"a.txt\",\"%zu\",\"1\","
                  "\"It was 5.\",\"5\",\"b.txt\",\"2\",\"3\",\"It was 6.\","
                  "\"6\",\"%s\",\"note %zu, by the desk\"\r\n",
                  i + 1, i + 1, i % 2 ? "confirmed" : "false_positive", i);
  return cc_buf_detach(&b);
}

static void test_update_disk_full_keeps_reviewed_csv(void **state) {
  (void)state;
  char *csv = S_reviewed_csv(200);
  size_t len = strlen(csv);
  S_write("reviewed.csv", csv, len);
  char p[PATH_MAX];
  S_path(p, sizeof p, "reviewed.csv");
  cc_findings *set = cc_findings_new(); /* nothing found: every row "gone" */
  cc_err err;
  size_t rooms[] = {0, 1, 100, len / 2, len - 1};
  for (size_t k = 0; k < sizeof rooms / sizeof rooms[0]; k++) {
    S_room = rooms[k];
    cc_io_set_write_hook(S_full_disk, NULL);
    int rc = cc_review_update(p, set, &err);
    cc_io_set_write_hook(NULL, NULL);
    assert_int_equal(rc, -1);
    assert_non_null(strstr(err.msg, "reviewed.csv"));
    assert_non_null(strstr(err.msg, "was left as it was"));
    size_t n;
    char *now = S_slurp("reviewed.csv", &n);
    assert_int_equal(n, len);
    assert_memory_equal(now, csv, len);
    free(now);
    S_assert_no_temporaries();
  }
  /* and with room, the same update goes through and keeps every note */
  assert_int_equal(cc_review_update(p, set, &err), 0);
  char *now = S_slurp("reviewed.csv", NULL);
  assert_non_null(strstr(now, "note 199, by the desk"));
  free(now);
  cc_findings_free(&set);
  free(csv);
}

static void test_report_disk_full_keeps_old_report(void **state) {
  (void)state;
  const char old[] = "the previous report\n";
  S_write("report.csv", old, sizeof old - 1);
  char p[PATH_MAX];
  S_path(p, sizeof p, "report.csv");
  cc_findings *set = cc_findings_new();
  for (int i = 0; i < 300; i++) {
    cc_finding f;
    memset(&f, 0, sizeof f);
    char msg[64];
    snprintf(msg, sizeof msg, "finding %d: 5 vs 6", i);
    f.verdict = CC_VERDICT_DISCREPANCY;
    f.severity = CC_SEV_WARNING;
    f.check = "same_fact";
    f.rule = "same_fact/x.y";
    f.key = "x{a}";
    f.message = msg;
    f.a = (cc_side){.doc = "a.txt", .line = (uint32_t)i + 1, .col = 1,
                    .quote = "It was 5.", .text = "5", .value = "5"};
    f.b = (cc_side){.doc = "b.txt", .line = 2, .col = 1,
                    .quote = "It was 6.", .text = "6", .value = "6"};
    f.status = "";
    f.note = "";
    cc_findings_add(set, &f);
  }
  cc_report_opts ro;
  memset(&ro, 0, sizeof ro);
  const char *formats[] = {"csv", "json", "sarif", "junit", "text"};
  for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
    cc_err err;
    S_room = 5000; /* part of the report fits, then the disk is full */
    cc_io_set_write_hook(S_full_disk, NULL);
    cc_out *out = cc_out_atomic(p, &err);
    assert_non_null(out);
    int rc = cc_report_write(out, formats[k], set, &ro, &err);
    if (rc == 0)
      rc = cc_out_close(&out, &err);
    else
      cc_out_abort(&out);
    cc_io_set_write_hook(NULL, NULL);
    assert_int_equal(rc, -1);
    size_t n;
    char *now = S_slurp("report.csv", &n);
    assert_int_equal(n, sizeof old - 1);
    assert_memory_equal(now, old, n);
    free(now);
    S_assert_no_temporaries();
  }
  cc_findings_free(&set);
}

/* ---- encodings: every refusal names the byte --------------------------------------- */

static void test_encoding_messages(void **state) {
  (void)state;
  static const struct {
    const char *text;
    size_t len;
    const char *want;
  } cases[] = {
      {"ok\xC0\x80", 4, "x.txt: invalid UTF-8 at byte 2 (0xC0)"},  /* overlong */
      {"ok\xE0\x80\x80", 5, "x.txt: invalid UTF-8 at byte 2 (0xE0)"},
      {"\xF5\x80\x80\x80", 4, "x.txt: invalid UTF-8 at byte 0 (0xF5)"},
      {"ab\xF4\x90\x80\x80", 6, "x.txt: invalid UTF-8 at byte 2 (0xF4)"},
      {"ab\xED\xA0\x80", 5, "x.txt: invalid UTF-8 at byte 2 (0xED)"},
      {"abc\x80", 4, "x.txt: invalid UTF-8 at byte 3 (0x80)"},
      {"caf\xC3", 4, "x.txt: invalid UTF-8 at byte 3 (0xC3)"},
      {"\xE2\x80", 2, "x.txt: invalid UTF-8 at byte 0 (0xE2)"},
      {"a\0b", 3, "x.txt: NUL byte at byte 1: binary file, not text"},
      {"\xFF\xFEh\0", 4, "x.txt: UTF-16 text (byte-order mark at byte 0)"},
      {"\xFE\xFF\0h", 4, "x.txt: UTF-16 text (byte-order mark at byte 0)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    cc_err err;
    err.msg[0] = '\0';
    assert_int_equal(
        cc_check_encoding("x.txt", cases[i].text, cases[i].len, &err), -1);
    if (!strstr(err.msg, cases[i].want))
      fail_msg("case %zu: '%s' lacks '%s'", i, err.msg, cases[i].want);
  }
  cc_err err;
  static const char ok[] = "\xEF\xBB\xBF" "caf\xC3\xA9 \xF0\x9F\x99\x82";
  assert_int_equal(cc_check_encoding("x.txt", ok, sizeof ok - 1, &err), 0);
}

/* ---- metadata on hostile input --------------------------------------------------- */

static void test_meta_hostile(void **state) {
  (void)state;
  cc_err err;
  cc_meta m;
  size_t body;
  /* a front matter that never closes, 100,000 lines long: refused,
   * naming line 1, in one pass */
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "---\n");
  for (int i = 0; i < 100000; i++)
    cc_buf_puts(&b, "title: x\n");
  memset(&m, 0, sizeof m);
  assert_int_equal(cc_meta_parse("a.md", b.ptr, b.len, &m, &body, &err), -1);
  assert_non_null(strstr(err.msg, "a.md:1: front matter block opened"));
  /* a 100 kB value and a 100 kB key: no overflow, the date still read */
  cc_buf_reset(&b);
  cc_buf_puts(&b, "---\nsource: ");
  for (int i = 0; i < 100000; i++)
    cc_buf_putc(&b, 'x');
  cc_buf_puts(&b, "\n");
  for (int i = 0; i < 100000; i++)
    cc_buf_putc(&b, 'k');
  cc_buf_puts(&b, ": v\ndate: 2024-02-29\n---\nText.\n");
  memset(&m, 0, sizeof m);
  assert_int_equal(cc_meta_parse("a.md", b.ptr, b.len, &m, &body, &err), 0);
  assert_int_equal(m.date_src, CC_DATE_FRONT_MATTER);
  assert_int_equal(strlen(m.source), sizeof m.source - 1);
  /* bad dates name the line */
  static const char *const bad[] = {"date: 2025-02-30", "date: 2025-13-01",
                                    "date: 2025-8-15", "date: 15/08/2025",
                                    "date: 2025-08-15 or so", "date: "};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    cc_buf_reset(&b);
    cc_buf_printf(&b, "---\nsource: s\n%s\n---\nText.\n", bad[i]);
    memset(&m, 0, sizeof m);
    int rc = cc_meta_parse("a.md", b.ptr, b.len, &m, &body, &err);
    if (i + 1 == sizeof bad / sizeof bad[0]) {
      /* an empty date is refused or left unset, never a date */
      assert_true(rc == -1 || m.date_src == CC_DATE_NONE);
      continue;
    }
    assert_int_equal(rc, -1);
    if (!strstr(err.msg, "a.md:3: bad date"))
      fail_msg("'%s': %s", bad[i], err.msg);
  }
  /* timestamps keep their day */
  const char ok[] = "---\ndate: 2025-08-15 10:30\n---\nText.\n";
  memset(&m, 0, sizeof m);
  assert_int_equal(cc_meta_parse("a.md", ok, sizeof ok - 1, &m, &body, &err),
                   0);
  assert_int_equal(m.date_src, CC_DATE_FRONT_MATTER);
  cc_buf_free(&b);
}

/* ---- manifest ------------------------------------------------------------------- */

static cc_corpus *S_manifest(const char *text, cc_err *err) {
  char p[PATH_MAX];
  S_path(p, sizeof p, "man/m.csv");
  S_write("man/m.csv", text, strlen(text));
  cc_corpus_opts o;
  memset(&o, 0, sizeof o);
  o.manifest = p;
  return cc_corpus_load(NULL, 0, &o, err);
}

static void test_manifest_hostile(void **state) {
  (void)state;
  char p[PATH_MAX], q[PATH_MAX];
  S_path(p, sizeof p, "man");
  mkdir(p, 0755);
  S_path(p, sizeof p, "outside");
  mkdir(p, 0755);
  S_write("man/a.txt", "It cost 5%.\n", 12);
  S_write("outside/b.txt", "It cost 6%.\n", 12);
  S_path(q, sizeof q, "man/link");
  assert_int_equal(symlink("../outside", q), 0);
  cc_err err;
  static const struct {
    const char *csv;
    const char *want;
  } cases[] = {
      {"path,date,source\na.txt,2025-08-15\n",
       "m.csv:2: row has 2 cells, but the header has 3 columns"},
      {"path,date\na.txt,2025-08-15,Wire\n",
       "m.csv:2: row has 3 cells, but the header has 2 columns"},
      {"path,date\nlink/b.txt,2025-08-15\n",
       "m.csv:2: path 'link/b.txt' leaves the manifest's folder"},
      {"path,date\n../outside/b.txt,2025-08-15\n",
       "m.csv:2: path '../outside/b.txt' leaves the manifest's folder"},
      {"path,date\n/etc/hostname,2025-08-15\n", "leaves the manifest's folder"},
      {"path,date\na.txt,2025-02-30\n", "m.csv:2: bad date '2025-02-30'"},
      {"path,date\n\"a.txt,2025-08-15\n", "m.csv:2: unterminated quoted field"},
      {"path,date\na\"b.txt,2025-08-15\n", "m.csv:2:"},
      {"path,date\n", "m.csv: the manifest lists no articles"},
      {"", "m.csv:1: empty manifest"},
      {"date\n2025-08-15\n", "m.csv:1: manifest has no 'path' column"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    err.msg[0] = '\0';
    S_count_start();
    cc_corpus *c = S_manifest(cases[i].csv, &err);
    long live = S_count_stop();
    if (c)
      fail_msg("case %zu accepted: %s", i, cases[i].csv);
    if (!strstr(err.msg, cases[i].want))
      fail_msg("case %zu: '%s' lacks '%s'", i, err.msg, cases[i].want);
    if (live != 0)
      fail_msg("case %zu: %ld blocks leaked on the error path", i, live);
  }
  /* a manifest with 16+ columns and a path with .. that stays inside */
  cc_corpus *c = S_manifest(
      "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,path\n"
      "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,a.txt\n", &err);
  if (c) { /* the 18th column is past what the reader keeps: either works */
    assert_int_equal(cc_corpus_count(c), 1);
    cc_corpus_free(&c);
  }
}

/* ---- reviewed CSV: error paths are clean --------------------------------------------- */

static void test_review_malformed_no_leak(void **state) {
  (void)state;
  char *good = S_reviewed_csv(3);
  size_t n = strlen(good);
  static const char *const bad[] = {
      "", "\xEF\xBB\xBF", "id\r\n", "a,\"b\r\n",
      "File,Line,Column,Severity,Message\r\nsrc/a.c,3,4,warning,x\r\n",
  };
  cc_err err;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    S_count_start();
    cc_review *r = cc_review_parse("r.csv", bad[i], strlen(bad[i]), &err);
    long live;
    if (r)
      cc_review_free(&r);
    live = S_count_stop();
    assert_null(r);
    assert_non_null(strstr(err.msg, "r.csv"));
    assert_int_equal(live, 0);
  }
  /* every prefix of a good file: refused or read, never a crash or leak */
  for (size_t k = 0; k < n; k += 7) {
    S_count_start();
    cc_review *r = cc_review_parse("r.csv", good, k, &err);
    cc_review_free(&r);
    long live = S_count_stop();
    if (live != 0)
      fail_msg("prefix %zu: %ld blocks leaked", k, live);
  }
  free(good);
}

/* ---- rules: fuzz regressions ----------------------------------------------------------- */

/* fuzz_rules: a literal of more than 255 token pieces ("----...-", 300
 * punctuation characters) overflowed the uint8_t piece count in
 * rule_parse.c S_pieces: the pieces leaked (LeakSanitizer) and the
 * literal was stored with a wrong length.  It must be refused (or kept
 * whole), and nothing may leak. */
static void test_rules_long_literal(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "rule x.long\n  frame   event.date\n  match   met ");
  for (int i = 0; i < 300; i++)
    cc_buf_putc(&b, '-');
  cc_buf_puts(&b, " on {DATE:d}\n");
  cc_ruleset *rs = NULL;
  cc_err err;
  S_count_start();
  int rc = cc_rules_parse("long.rules", b.ptr, b.len, NULL, &rs, &err);
  cc_rules_free(&rs);
  long live = S_count_stop();
  if (rc != 0)
    assert_non_null(strstr(err.msg, "long.rules:3:"));
  if (live != 0)
    fail_msg("%ld blocks leaked parsing a 300-piece literal (rule_parse.c "
             "S_pieces: npieces is a uint8_t)", live);
  cc_buf_free(&b);
}

/* Malformed rules: refused with file:line:col, nothing leaked. */
static void test_rules_malformed_no_leak(void **state) {
  (void)state;
  static const char *const bad[] = {
      "rule\n",
      "rule x\n  match met on {DATE:d\n",
      "rule x\n  frame f\n  match [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[met\n",
      "rule x\n  frame f\n  match ((((((((((((((((((((met|a|b\n",
      "rule x\n  frame f\n  match a|||b {DATE:d}\n",
      "rule x\n  frame f\n  match ...{9,2} {DATE:d}\n",
      "rule x\n  frame f\n  match met {NOPE:d}\n",
      "rule x\n  frame f\n  match met {DATE:d} {DATE:d}\n  value $q\n",
      "  match met\n",
      "rule x\n  frame f\n  whence met\n",
      "rule x\nrule x\n",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    cc_ruleset *rs = NULL;
    cc_err err;
    err.msg[0] = '\0';
    S_count_start();
    int rc = cc_rules_parse("bad.rules", bad[i], strlen(bad[i]), NULL, &rs,
                            &err);
    cc_rules_free(&rs);
    long live = S_count_stop();
    if (rc == 0)
      continue; /* some are legal; only refusals are checked */
    if (strncmp(err.msg, "bad.rules:", 10) != 0)
      fail_msg("case %zu: message '%s' does not start with bad.rules:LINE",
               i, err.msg);
    if (live != 0)
      fail_msg("case %zu: %ld blocks leaked on the error path", i, live);
  }
}

/* Deep nesting in a rule pattern must not exhaust the stack. */
static void test_rules_deep_nesting(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "rule x.deep\n  frame event.date\n  match ");
  for (int i = 0; i < 100000; i++)
    cc_buf_putc(&b, '[');
  cc_buf_puts(&b, "met");
  for (int i = 0; i < 100000; i++)
    cc_buf_putc(&b, ']');
  cc_buf_puts(&b, " on {DATE:d}\n");
  cc_ruleset *rs = NULL;
  cc_err err;
  int rc = cc_rules_parse("deep.rules", b.ptr, b.len, NULL, &rs, &err);
  if (rc != 0)
    assert_non_null(strstr(err.msg, "deep.rules:3:"));
  cc_rules_free(&rs);
  cc_buf_free(&b);
}

/* ---- text: fuzz regressions ----------------------------------------------------------- */

/* fuzz_text (UBSan): "It was on Friday, August 15." in an article without a
 * publication date.  The date has no year, so its interval is NaN, and the
 * built-in weekday claim (rule_match.c S_builtin_weekdays) formatted it
 * with S_fmt_day: (int64_t)floor(NaN) is undefined behaviour, and the
 * claim's value came out as "9999-06-07".  A claim with a NaN value must be
 * marked unresolved, and no value may be made up. */
static void test_text_weekday_without_year(void **state) {
  (void)state;
  cc_engine *e = NULL;
  cc_err err;
  assert_int_equal(cc_engine_new(CC_TEST_RULES, NULL, &e, &err), 0);
  static const char *const texts[] = {
      "It was on Friday, August 15.\n",
      "-\n-m-daAlaska t9( ie m1:03GMT) on Friday, August 15.\n2",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    cc_doc *d = cc_doc_from_memory("a.txt", texts[i], strlen(texts[i]), &err);
    assert_non_null(d);
    cc_arena *a = cc_arena_new();
    cc_docresult r;
    cc_engine_process(e, d, a, true, &r);
    for (size_t k = 0; k < cc_claim_store_count(r.claims); k++) {
      const cc_claim *c = cc_claim_store_at(r.claims, k);
      if ((isnan(c->lo) || isnan(c->hi)) && !(c->flags & CC_CF_UNRESOLVED))
        fail_msg("text %zu: claim %s (%s) has a NaN value but is not marked "
                 "unresolved", i, c->key, c->rule);
      if (c->value && strstr(c->value, "9999"))
        fail_msg("text %zu: claim %s (%s) has the made-up value '%s'", i,
                 c->key, c->rule, c->value);
    }
    cc_claim_store_free(&r.claims);
    cc_arena_free(&a);
    cc_doc_free(d);
  }
  cc_engine_free(&e);
}

/* fuzz_text and fuzz_lexicon (clang's UBSan): texts of a few bytes, such
 * as ` "g` or `a.[`, reached the segmenter's fast loop before it had a
 * word pool, and it computed NULL + 0 (undefined, even with no offset).
 * Every short text segments into tokens inside the text, each sentence
 * over tokens in order. */
static void test_text_tiny(void **state) {
  (void)state;
  static const char *const texts[] = {"", " ", " \"g", "a.[", "x", "'",
                                      "a\n[", "\"", "..", "A. b"};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    cc_err err;
    cc_doc *d = cc_doc_from_memory("a.txt", texts[i], strlen(texts[i]), &err);
    assert_non_null(d);
    cc_arena *a = cc_arena_new();
    cc_segmented seg;
    cc_segment(d, NULL, NULL, a, &seg);
    for (uint32_t k = 0; k < seg.ntokens; k++)
      assert_true(seg.tokens[k].start < seg.tokens[k].end &&
                  seg.tokens[k].end <= d->len);
    for (uint32_t k = 0; k < seg.nsentences; k++)
      assert_true(seg.sentences[k].tok_begin <= seg.sentences[k].tok_end &&
                  seg.sentences[k].tok_end <= seg.ntokens);
    cc_arena_free(&a);
    cc_doc_free(d);
  }
}

/* fuzz_text (clang's UBSan): a text of one space, " " (no tokens), went
 * through the whole pipeline to the zone's walk over capitalized words
 * (recog_time.c S_next_cap), which computed NULL + 0 from the empty
 * token array.  Every tiny text runs the engine to the end, with a date
 * and without one, and makes no claim it cannot point at. */
static void test_text_tiny_engine(void **state) {
  (void)state;
  cc_engine *e = NULL;
  cc_err err;
  assert_int_equal(cc_engine_new(CC_TEST_RULES, NULL, &e, &err), 0);
  static const char *const texts[] = {"", " ", "\n\n", " \"g", "a.[", "'",
                                      "\"", "..", "A. b", "Oslo"};
  for (size_t i = 0; i < 2 * (sizeof texts / sizeof texts[0]); i++) {
    const char *t = texts[i / 2];
    cc_doc *d = cc_doc_from_memory("a.txt", t, strlen(t), &err);
    assert_non_null(d);
    if (i % 2) {
      d->meta.date = 20000; /* (as fuzz_text gives one) */
      d->meta.date_src = CC_DATE_OPTION;
    }
    cc_arena *a = cc_arena_new();
    cc_docresult r;
    cc_engine_process(e, d, a, true, &r);
    for (size_t k = 0; k < cc_claim_store_count(r.claims); k++)
      assert_true(cc_claim_store_at(r.claims, k)->end <= d->len);
    cc_claim_store_free(&r.claims);
    cc_arena_free(&a);
    cc_doc_free(d);
  }
  cc_engine_free(&e);
}

int main(int argc, char **argv) {
  (void)argc;
  S_find_bin(argv[0]);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_encoding_messages),
      cmocka_unit_test(test_meta_hostile),
      cmocka_unit_test(test_manifest_hostile),
      cmocka_unit_test(test_review_malformed_no_leak),
      cmocka_unit_test(test_rules_long_literal),
      cmocka_unit_test(test_rules_malformed_no_leak),
      cmocka_unit_test(test_rules_deep_nesting),
      cmocka_unit_test(test_text_weekday_without_year),
      cmocka_unit_test(test_text_tiny),
      cmocka_unit_test(test_text_tiny_engine),
      cmocka_unit_test(test_update_disk_full_keeps_reviewed_csv),
      cmocka_unit_test(test_report_disk_full_keeps_old_report),
      cmocka_unit_test(test_cli_nul_byte),
      cmocka_unit_test(test_cli_nul_byte_in_folder),
      cmocka_unit_test(test_cli_invalid_utf8),
      cmocka_unit_test(test_cli_invalid_utf8_truncated),
      cmocka_unit_test(test_cli_invalid_utf8_surrogate),
      cmocka_unit_test(test_cli_invalid_utf8_skip),
      cmocka_unit_test(test_cli_invalid_utf8_replace),
      cmocka_unit_test(test_cli_utf16_le),
      cmocka_unit_test(test_cli_utf16_be),
      cmocka_unit_test(test_cli_utf8_bom_ok),
      cmocka_unit_test(test_cli_big_line_50mb),
      cmocka_unit_test(test_cli_million_numbers),
      cmocka_unit_test(test_cli_deep_nesting),
      cmocka_unit_test(test_cli_unbalanced_quotes),
      cmocka_unit_test(test_cli_limit_file_size),
      cmocka_unit_test(test_cli_limit_sentence_tokens),
      cmocka_unit_test(test_cli_limit_mentions),
      cmocka_unit_test(test_cli_unreadable_file),
      cmocka_unit_test(test_cli_unreadable_folder),
      cmocka_unit_test(test_cli_unwritable_report_folder),
      cmocka_unit_test(test_cli_report_to_fifo),
      cmocka_unit_test(test_cli_report_to_dev_full),
      cmocka_unit_test(test_cli_manifest_symlink_escape),
      cmocka_unit_test(test_cli_folder_symlink_loop),
      cmocka_unit_test(test_cli_lost_report_disk_full),
      cmocka_unit_test(test_cli_lost_report_killed),
      cmocka_unit_test(test_cli_lost_update_disk_full),
      cmocka_unit_test(test_cli_lost_update_killed),
      cmocka_unit_test(test_cli_lost_update_readonly),
      cmocka_unit_test(test_cli_lost_update_foreign),
      cmocka_unit_test(test_cli_lost_report_sigkill),
      cmocka_unit_test(test_cli_stdout_to_dev_full),
      cmocka_unit_test(test_cli_extract_write_error),
      cmocka_unit_test(test_cli_report_never_replaced),
      cmocka_unit_test(test_cli_term_removes_temporary),
      cmocka_unit_test(test_cli_progress_on_terminal),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
