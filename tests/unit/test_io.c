/* test_io.c - atomic file output: the target is replaced whole or not at
 * all, temporaries never linger, and a bad folder gets a clear message. */
#include "cc_test.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cc_io.h"

typedef struct S_dir {
  char path[64];
} S_dir;

static int S_setup(void **state) {
  S_dir *d = cc_xcalloc(1, sizeof *d);
  snprintf(d->path, sizeof d->path, "/tmp/cc_io_XXXXXX");
  if (!mkdtemp(d->path))
    return -1;
  *state = d;
  return 0;
}

static int S_teardown(void **state) {
  S_dir *d = *state;
  char cmd[256];
  snprintf(cmd, sizeof cmd, "chmod -R u+rwx %s; rm -rf %s", d->path, d->path);
  int rc = system(cmd);
  cc_xfree(d);
  return rc == 0 ? 0 : -1;
}

static char *S_path(const S_dir *d, const char *name) {
  cc_buf b = CC_BUF_INIT;
  cc_buf_printf(&b, "%s/%s", d->path, name);
  return cc_buf_detach(&b);
}

static void S_write_raw(const char *path, const char *s) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(s, f);
  assert_int_equal(fclose(f), 0);
}

static void S_assert_file(const char *path, const char *want) {
  char *got;
  size_t len;
  cc_err err;
  assert_int_equal(cc_read_file(path, 0, &got, &len, &err), 0);
  assert_int_equal(len, strlen(want));
  assert_memory_equal(got, want, len);
  cc_xfree(got);
}

/* Entries in the folder (a leftover ".x.tmp.XXXXXX" counts). */
static size_t S_entries(const S_dir *d) {
  DIR *dir = opendir(d->path);
  assert_non_null(dir);
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(dir)))
    n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
  closedir(dir);
  return n;
}

/* ---- success ------------------------------------------------------------- */

static void test_new_file(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "new.csv");
  cc_err err;
  cc_out *o = cc_out_atomic(p, &err);
  assert_non_null(o);
  assert_string_equal(cc_out_name(o), p);
  cc_out_puts(o, "hello ");
  cc_out_printf(o, "%d %s\n", 42, "world");
  assert_int_equal(access(p, F_OK), -1); /* nothing visible before close */
  assert_int_equal(cc_out_close(&o, &err), 0);
  assert_null(o);
  S_assert_file(p, "hello 42 world\n");
  mode_t mask = umask(0);
  umask(mask);
  struct stat st;
  assert_int_equal(stat(p, &st), 0);
  assert_int_equal(st.st_mode & 0777, 0666 & ~mask);
  assert_int_equal(S_entries(d), 1);
  cc_xfree(p);
}

static void test_replace_keeps_mode(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "old.csv");
  S_write_raw(p, "old bytes\n");
  assert_int_equal(chmod(p, 0640), 0);
  cc_err err;
  assert_int_equal(cc_io_write_file(p, "new", 3, &err), 0);
  S_assert_file(p, "new");
  struct stat st;
  assert_int_equal(stat(p, &st), 0);
  assert_int_equal(st.st_mode & 0777, 0640);
  assert_int_equal(S_entries(d), 1);
  cc_xfree(p);
}

static void test_big_write(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "big.txt");
  cc_err err;
  cc_out *o = cc_out_atomic(p, &err);
  cc_buf want = CC_BUF_INIT;
  for (int i = 0; i < 50000; i++) {
    cc_out_printf(o, "line %d\n", i);
    cc_buf_printf(&want, "line %d\n", i);
  }
  assert_int_equal(cc_out_close(&o, &err), 0);
  S_assert_file(p, want.ptr);
  cc_buf_free(&want);
  cc_xfree(p);
}

static void test_symlink_followed(void **state) {
  S_dir *d = *state;
  char *real = S_path(d, "real.csv"), *link = S_path(d, "link.csv");
  S_write_raw(real, "old");
  assert_int_equal(symlink(real, link), 0);
  cc_err err;
  assert_int_equal(cc_io_write_file(link, "new", 3, &err), 0);
  struct stat st;
  assert_int_equal(lstat(link, &st), 0);
  assert_true(S_ISLNK(st.st_mode));
  S_assert_file(real, "new");
  assert_int_equal(S_entries(d), 2);
  cc_xfree(real);
  cc_xfree(link);
}

/* A path without a folder part writes in the current folder. */
static void test_bare_name(void **state) {
  S_dir *d = *state;
  char cwd[4096];
  assert_non_null(getcwd(cwd, sizeof cwd));
  assert_int_equal(chdir(d->path), 0);
  cc_err err;
  int rc = cc_io_write_file("bare.txt", "x", 1, &err);
  assert_int_equal(chdir(cwd), 0);
  assert_int_equal(rc, 0);
  char *p = S_path(d, "bare.txt");
  S_assert_file(p, "x");
  cc_xfree(p);
}

/* ---- failures: the old file stays ----------------------------------------------- */

typedef struct S_budget {
  size_t left;
  int calls;
} S_budget;

static ssize_t S_full_disk(int fd, const void *p, size_t n, void *ud) {
  S_budget *b = ud;
  b->calls++;
  if (b->left == 0) {
    errno = ENOSPC;
    return -1;
  }
  size_t k = n < b->left ? n : b->left;
  b->left -= k;
  return write(fd, p, k);
}

static void test_disk_full_keeps_old(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "report.csv");
  S_write_raw(p, "the previous report\n");
  S_budget b = {100 * 1024, 0}; /* fails after 100 KiB of about 200 */
  cc_io_set_write_hook(S_full_disk, &b);
  cc_err err;
  cc_out *o = cc_out_atomic(p, &err);
  assert_non_null(o);
  int failed_at = -1;
  for (int i = 0; i < 20000; i++)
    if (cc_out_printf(o, "row %05d\n", i) != 0 && failed_at < 0)
      failed_at = i;
  assert_true(failed_at > 0);
  assert_true(cc_out_failed(o));
  assert_int_equal(cc_out_write(o, "x", 1), -1); /* sticky */
  assert_int_equal(cc_out_close(&o, &err), -1);
  cc_io_set_write_hook(NULL, NULL);
  assert_non_null(strstr(err.msg, p));
  assert_non_null(strstr(err.msg, "No space left on device"));
  assert_non_null(strstr(err.msg, "was left as it was"));
  S_assert_file(p, "the previous report\n");
  assert_int_equal(S_entries(d), 1);
  cc_xfree(p);
}

/* Short writes are not errors: the loop must finish the job. */
static ssize_t S_trickle(int fd, const void *p, size_t n, void *ud) {
  S_budget *b = ud;
  b->calls++;
  return write(fd, p, n < 7 ? n : 7);
}

static void test_short_writes(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "short.txt");
  S_budget b = {0, 0};
  cc_io_set_write_hook(S_trickle, &b);
  cc_err err;
  int rc = cc_io_write_file(p, "0123456789abcdefghij", 20, &err);
  cc_io_set_write_hook(NULL, NULL);
  assert_int_equal(rc, 0);
  assert_int_equal(b.calls, 3);
  S_assert_file(p, "0123456789abcdefghij");
  cc_xfree(p);
}

static void test_abort_and_caller_failure(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "keep.csv");
  S_write_raw(p, "keep me");
  cc_err err;
  cc_out *o = cc_out_atomic(p, &err);
  cc_out_puts(o, "half a report");
  cc_out_abort(&o);
  assert_null(o);
  cc_out_abort(&o); /* NULL-safe */
  S_assert_file(p, "keep me");
  assert_int_equal(S_entries(d), 1);

  o = cc_out_atomic(p, &err);
  cc_out_puts(o, "half");
  cc_out_fail(o, "%s: the writer gave up at row %d", p, 3);
  cc_out_fail(o, "a later error that must not hide the first");
  assert_int_equal(cc_out_close(&o, &err), -1);
  assert_non_null(strstr(err.msg, "gave up at row 3"));
  S_assert_file(p, "keep me");
  assert_int_equal(S_entries(d), 1);
  cc_xfree(p);
}

/* A report named by the time never replaces another: a taken name gets
 * -2, -3... before its extension, and a sink that is not committed leaves
 * no file behind. */
static void test_new_never_replaces(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "20250815T120000Z.csv");
  char *p2 = S_path(d, "20250815T120000Z-2.csv");
  char *p3 = S_path(d, "20250815T120000Z-3.csv");
  S_write_raw(p, "first run");
  cc_err err;
  cc_out *a = cc_out_atomic_new(p, &err);
  cc_out *b = cc_out_atomic_new(p, &err); /* both open at once */
  assert_non_null(a);
  assert_non_null(b);
  assert_string_equal(cc_out_name(a), p2);
  assert_string_equal(cc_out_name(b), p3);
  cc_out_puts(a, "second run");
  cc_out_puts(b, "third run");
  assert_int_equal(cc_out_close(&b, &err), 0);
  assert_int_equal(cc_out_close(&a, &err), 0);
  S_assert_file(p, "first run");
  S_assert_file(p2, "second run");
  S_assert_file(p3, "third run");
  assert_int_equal(S_entries(d), 3);

  cc_out *c = cc_out_atomic_new(p, &err); /* -4, then abandoned */
  cc_out_puts(c, "half");
  cc_out_abort(&c);
  assert_int_equal(S_entries(d), 3);
  c = cc_out_atomic_new(p, &err);
  cc_out_fail(c, "the writer gave up");
  assert_int_equal(cc_out_close(&c, &err), -1);
  assert_non_null(strstr(err.msg, "-4.csv' was not created)"));
  assert_int_equal(S_entries(d), 3);
  cc_xfree(p);
  cc_xfree(p2);
  cc_xfree(p3);
}

/* A name without an extension gets the number at its end. */
static void test_new_without_extension(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "report");
  S_write_raw(p, "old");
  cc_err err;
  cc_out *o = cc_out_atomic_new(p, &err);
  assert_non_null(o);
  char *want = S_path(d, "report-2");
  assert_string_equal(cc_out_name(o), want);
  assert_int_equal(cc_out_close(&o, &err), 0);
  S_assert_file(p, "old");
  cc_xfree(want);
  cc_xfree(p);
}

/* What a SIGTERM handler calls: every uncommitted temporary and reserved
 * name goes; committed files and the old target stay. */
static void test_unlink_pending(void **state) {
  S_dir *d = *state;
  char *old = S_path(d, "old.csv"), *done = S_path(d, "done.csv");
  char *fresh = S_path(d, "fresh.csv");
  S_write_raw(old, "keep me");
  cc_err err;
  cc_out *c = cc_out_atomic_new(done, &err);
  cc_out_puts(c, "complete");
  assert_int_equal(cc_out_close(&c, &err), 0);
  cc_out *a = cc_out_atomic(old, &err);
  cc_out *b = cc_out_atomic_new(fresh, &err);
  cc_out_puts(a, "half");
  assert_int_equal(S_entries(d), 5); /* 2 files, 2 temporaries, 1 claim */
  cc_io_unlink_pending();
  assert_int_equal(S_entries(d), 2);
  S_assert_file(old, "keep me");
  S_assert_file(done, "complete");
  cc_out_abort(&a);
  cc_out_abort(&b);
  assert_int_equal(S_entries(d), 2);
  cc_xfree(old);
  cc_xfree(done);
  cc_xfree(fresh);
}

/* ---- bad places --------------------------------------------------------------- */

static void test_missing_folder(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "no/such/report.csv");
  cc_err err;
  assert_null(cc_out_atomic(p, &err));
  char want[256];
  snprintf(want, sizeof want, "%s: cannot write: folder '%s/no/such' does not "
                              "exist", p, d->path);
  assert_string_equal(err.msg, want);
  assert_int_equal(cc_io_write_file(p, "x", 1, &err), -1);
  assert_int_equal(S_entries(d), 0);
  cc_xfree(p);
}

static void test_folder_is_a_file(void **state) {
  S_dir *d = *state;
  char *f = S_path(d, "plain"), *p = S_path(d, "plain/report.csv");
  S_write_raw(f, "x");
  cc_err err;
  assert_null(cc_out_atomic(p, &err));
  assert_non_null(strstr(err.msg, "is not a folder"));
  assert_non_null(strstr(err.msg, p));
  cc_xfree(f);
  cc_xfree(p);
}

static void test_target_is_a_folder(void **state) {
  S_dir *d = *state;
  char *p = S_path(d, "sub");
  assert_int_equal(mkdir(p, 0755), 0);
  cc_err err;
  assert_null(cc_out_atomic(p, &err));
  char want[256];
  snprintf(want, sizeof want, "%s: cannot write: it is a folder", p);
  assert_string_equal(err.msg, want);
  assert_null(cc_out_atomic("", &err));
  cc_xfree(p);
}

static void S_expect_unwritable(const char *p, const char *sub) {
  cc_err err;
  assert_null(cc_out_atomic(p, &err));
  char want[256];
  snprintf(want, sizeof want, "%s: cannot write: folder '%s' is not writable "
                              "(Permission denied)", p, sub);
  assert_string_equal(err.msg, want);
}

/* As root, permission bits do not stop us: check as "nobody" in a child. */
static bool S_expect_unwritable_as_nobody(const S_dir *d, const char *p,
                                          const char *sub) {
  assert_int_equal(chmod(d->path, 0755), 0);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    if (setgid(65534) != 0 || setuid(65534) != 0)
      _exit(3);
    cc_err err;
    cc_out *o = cc_out_atomic(p, &err);
    char want[256];
    snprintf(want, sizeof want, "%s: cannot write: folder '%s' is not "
                                "writable (Permission denied)", p, sub);
    _exit(o == NULL && strcmp(err.msg, want) == 0 ? 0 : 4);
  }
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  if (WEXITSTATUS(status) == 3)
    return false; /* no user to become */
  assert_int_equal(WEXITSTATUS(status), 0);
  return true;
}

static void test_unwritable_folder(void **state) {
  S_dir *d = *state;
  char *sub = S_path(d, "ro"), *p = S_path(d, "ro/report.csv");
  assert_int_equal(mkdir(sub, 0755), 0);
  S_write_raw(p, "old");
  assert_int_equal(chmod(sub, 0555), 0);
  bool ran = true;
  if (access(sub, W_OK) == 0)
    ran = S_expect_unwritable_as_nobody(d, p, sub);
  else
    S_expect_unwritable(p, sub);
  assert_int_equal(chmod(sub, 0755), 0);
  S_assert_file(p, "old");
  cc_xfree(sub);
  cc_xfree(p);
  if (!ran)
    skip();
}

/* A read-only file system says no even to root. */
static void test_readonly_filesystem(void **state) {
  (void)state;
  if (access("/proc/self", F_OK) != 0)
    skip();
  cc_err err;
  cc_out *o = cc_out_atomic("/proc/self/report.csv", &err);
  if (o) { /* not the procfs we know: nothing to learn here */
    cc_out_abort(&o);
    skip();
  }
  assert_non_null(strstr(err.msg, "/proc/self/report.csv: cannot"));
}

/* ---- other sinks ----------------------------------------------------------------- */

static void test_memory_sink(void **state) {
  (void)state;
  cc_out *o = cc_out_mem();
  size_t len = 99;
  assert_string_equal(cc_out_mem_data(o, &len), "");
  assert_int_equal(len, 0);
  cc_out_write(o, "a\0b", 3);
  cc_out_printf(o, "%s", "cd");
  const char *s = cc_out_mem_data(o, &len);
  assert_int_equal(len, 5);
  assert_memory_equal(s, "a\0bcd", 5);
  assert_string_equal(cc_out_name(o), "<memory>");
  cc_err err;
  assert_int_equal(cc_out_close(&o, &err), 0);
  assert_int_equal(cc_out_close(&o, &err), 0); /* NULL-safe */
}

static void test_stream_sink_error(void **state) {
  (void)state;
  FILE *f = fopen("/dev/full", "w");
  if (!f)
    skip();
  cc_out *o = cc_out_stream(f, "<full>");
  cc_out_puts(o, "this cannot be written");
  cc_err err;
  assert_int_equal(cc_out_close(&o, &err), -1);
  assert_string_equal(err.msg, "<full>: write error: No space left on device");
  fclose(f);
}

/* Appending in place (cc_out_append_begin / _end), mixed with ordinary
 * writes, gives every sink the same bytes in the same order, across the
 * 64 kB points where the atomic and stream sinks hand bytes on. */
static void S_append_lines(cc_out *o, cc_buf *want) {
  for (int i = 0; i < 30000; i++) {
    if (i % 1000 == 0) {
      assert_int_equal(cc_out_printf(o, "w%d\n", i), 0);
      cc_buf_printf(want, "w%d\n", i);
    }
    cc_buf *b = cc_out_append_begin(o);
    assert_non_null(b);
    cc_buf_printf(b, "in place %d\n", i);
    cc_buf_printf(want, "in place %d\n", i);
    assert_int_equal(cc_out_append_end(o, i % 7 == 0), 0);
  }
}

static void test_append_in_place(void **state) {
  S_dir *d = *state;
  cc_err err;
  cc_buf want = CC_BUF_INIT;
  /* memory */
  cc_out *o = cc_out_mem();
  S_append_lines(o, &want);
  size_t len;
  const char *got = cc_out_mem_data(o, &len);
  assert_int_equal(len, want.len);
  assert_memory_equal(got, want.ptr, len);
  assert_int_equal(cc_out_close(&o, &err), 0);
  /* atomic file */
  char *p = S_path(d, "append.txt");
  o = cc_out_atomic(p, &err);
  assert_non_null(o);
  cc_buf_reset(&want);
  S_append_lines(o, &want);
  assert_int_equal(cc_out_close(&o, &err), 0);
  S_assert_file(p, want.ptr);
  /* stream */
  char *q = S_path(d, "stream.txt");
  FILE *f = fopen(q, "wb");
  assert_non_null(f);
  o = cc_out_stream(f, "<stream>");
  cc_buf_reset(&want);
  S_append_lines(o, &want);
  assert_int_equal(cc_out_close(&o, &err), 0);
  assert_int_equal(fclose(f), 0);
  S_assert_file(q, want.ptr);
  cc_buf_free(&want);
  cc_xfree(p);
  cc_xfree(q);
}

/* A failed sink hands out no buffer, and says so at the end. */
static void test_append_after_failure(void **state) {
  (void)state;
  FILE *f = fopen("/dev/full", "w");
  if (!f)
    skip();
  setvbuf(f, NULL, _IONBF, 0);
  cc_out *o = cc_out_stream(f, "<full>");
  cc_buf *b = cc_out_append_begin(o);
  assert_non_null(b);
  cc_buf_puts(b, "this cannot be written\n");
  cc_out_append_end(o, true); /* (held: not a terminal) */
  assert_int_equal(cc_out_puts(o, "nor this"), -1); /* the staged first */
  assert_null(cc_out_append_begin(o));
  assert_int_equal(cc_out_append_end(o, true), -1);
  cc_err err;
  assert_int_equal(cc_out_close(&o, &err), -1);
  assert_string_equal(err.msg, "<full>: write error: No space left on device");
  fclose(f);
}

/* Bytes staged for a stream reach it even when the writer gives up:
 * written at the end of their document, they used to be in stdio's
 * buffer already. */
static void test_append_abort_keeps_stream(void **state) {
  S_dir *d = *state;
  char *q = S_path(d, "abort.txt");
  FILE *f = fopen(q, "wb");
  assert_non_null(f);
  cc_out *o = cc_out_stream(f, "<stream>");
  assert_int_equal(cc_out_puts(o, "head\n"), 0);
  cc_buf *b = cc_out_append_begin(o);
  cc_buf_puts(b, "record\n");
  assert_int_equal(cc_out_append_end(o, true), 0);
  cc_out_abort(&o);
  assert_null(o);
  assert_int_equal(fclose(f), 0);
  S_assert_file(q, "head\nrecord\n");
  cc_xfree(q);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_new_file, S_setup, S_teardown),
      cmocka_unit_test_setup_teardown(test_replace_keeps_mode, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_big_write, S_setup, S_teardown),
      cmocka_unit_test_setup_teardown(test_symlink_followed, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_bare_name, S_setup, S_teardown),
      cmocka_unit_test_setup_teardown(test_disk_full_keeps_old, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_short_writes, S_setup, S_teardown),
      cmocka_unit_test_setup_teardown(test_abort_and_caller_failure, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_new_never_replaces, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_new_without_extension, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_unlink_pending, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_missing_folder, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_folder_is_a_file, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_target_is_a_folder, S_setup,
                                      S_teardown),
      cmocka_unit_test_setup_teardown(test_unwritable_folder, S_setup,
                                      S_teardown),
      cmocka_unit_test(test_readonly_filesystem),
      cmocka_unit_test(test_memory_sink),
      cmocka_unit_test(test_stream_sink_error),
      cmocka_unit_test_setup_teardown(test_append_in_place, S_setup,
                                      S_teardown),
      cmocka_unit_test(test_append_after_failure),
      cmocka_unit_test_setup_teardown(test_append_abort_keeps_stream, S_setup,
                                      S_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
