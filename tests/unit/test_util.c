/* Unit tests: arena, buffers, vectors, hashing, warnings, file reading. */
#include "cc_test.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_util.h"

static void test_arena(void **state) {
  (void)state;
  cc_arena *a = cc_arena_new();
  char *s = cc_arena_strdup(a, "hello");
  assert_string_equal(s, "hello");
  void *big = cc_arena_alloc(a, 200000); /* larger than a chunk */
  memset(big, 1, 200000);
  for (int i = 0; i < 10000; i++) {
    long *p = cc_arena_alloc(a, sizeof(long));
    assert_int_equal(*p, 0); /* zeroed */
    assert_int_equal((uintptr_t)p % sizeof(long), 0);
  }
  assert_string_equal(s, "hello");
  assert_true(cc_arena_used(a) >= 200000);
  cc_arena_free(&a);
  assert_null(a);
  cc_arena_free(&a); /* NULL-safe */
  cc_arena_free(NULL);
}

/* A string written in place: the room not used goes back to the arena
 * (the next string starts right after the kept one's NUL), a big room
 * (behind the head chunk) keeps its bytes, and nothing is overwritten. */
static void test_arena_str_room(void **state) {
  (void)state;
  cc_arena *a = cc_arena_new();
  char *s = cc_arena_str_room(a, 100);
  memcpy(s, "abc", 3);
  cc_arena_str_keep(a, s, 100, 3);
  assert_string_equal(s, "abc");
  size_t used = cc_arena_used(a);
  char *t = cc_arena_strndup(a, "de", 2);
  assert_ptr_equal(t, s + 4);
  assert_int_equal(cc_arena_used(a), used + 3);
  char *e = cc_arena_str_room(a, 10); /* an empty string */
  cc_arena_str_keep(a, e, 10, 0);
  assert_string_equal(e, "");
  assert_ptr_equal(cc_arena_strndup(a, "f", 1), e + 1);
  char *big = cc_arena_str_room(a, 300000);
  memset(big, 'x', 299999);
  cc_arena_str_keep(a, big, 300000, 5);
  assert_string_equal(big, "xxxxx");
  char *u = cc_arena_strndup(a, "gh", 2);
  assert_string_equal(u, "gh");
  assert_string_equal(s, "abc");
  assert_string_equal(t, "de");
  cc_arena_free(&a);
}

static void test_buf_and_vec(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "a");
  cc_buf_printf(&b, "%d-%s", 42, "x");
  cc_buf_putc(&b, '!');
  assert_string_equal(b.ptr, "a42-x!");
  cc_buf_reset(&b);
  assert_string_equal(b.ptr, "");
  char *r = cc_buf_room(&b, 1000); /* room: written, then counted */
  memcpy(r, "xyz", 3);
  cc_buf_wrote(&b, 3);
  assert_string_equal(b.ptr, "xyz");
  assert_true(b.cap >= 1001);
  (void)cc_buf_room(&b, 0);
  cc_buf_wrote(&b, 0);
  assert_string_equal(b.ptr, "xyz");
  cc_buf_reset(&b);
  cc_buf_puts(&b, "kept");
  char *s = cc_buf_detach(&b);
  assert_string_equal(s, "kept");
  assert_null(b.ptr);
  free(s);
  cc_buf_free(&b);
  cc_vec v = CC_VEC_INIT(int);
  for (int i = 0; i < 100; i++)
    *(int *)cc_vec_push(&v) = i;
  assert_int_equal(v.len, 100);
  assert_int_equal(*CC_VEC_AT(&v, int, 99), 99);
  cc_vec_free(&v);
}

static void test_hash_is_stable(void **state) {
  (void)state;
  /* FNV-1a test vectors */
  assert_true(cc_hash64("", 0, CC_HASH_SEED) == 0xcbf29ce484222325ULL);
  assert_true(cc_hash64("a", 1, CC_HASH_SEED) == 0xaf63dc4c8601ec8cULL);
  assert_true(cc_hash64("foobar", 6, CC_HASH_SEED) == 0x85944171f73967e8ULL);
}

static int S_nwarn;
static char S_last[256];
static void S_sink(const char *msg, void *ud) {
  (void)ud;
  S_nwarn++;
  snprintf(S_last, sizeof S_last, "%s", msg);
}

static void test_warnings(void **state) {
  (void)state;
  unsigned long before = cc_warn_count();
  cc_warn_set_sink(S_sink, NULL);
  cc_warn("file %s line %d", "x.txt", 3);
  cc_warn_set_sink(NULL, NULL);
  assert_int_equal(S_nwarn, 1);
  assert_string_equal(S_last, "file x.txt line 3");
  assert_int_equal(cc_warn_count(), before + 1);
  cc_err e;
  cc_err_set(&e, "%s:%d: bad", "f", 2);
  assert_string_equal(e.msg, "f:2: bad");
}

/* A warning is never cut; an error too long for cc_err keeps its head and
 * its end (the reason), the middle of the path dropped. */
static char S_long[8192];
static void S_sink_long(const char *msg, void *ud) {
  (void)ud;
  snprintf(S_long, sizeof S_long, "%s", msg);
}

static void test_long_messages(void **state) {
  (void)state;
  char path[7001];
  memset(path, 'e', 7000);
  path[7000] = '\0';
  cc_warn_set_sink(S_sink_long, NULL);
  cc_warn("%s/bad.txt: invalid UTF-8 (file skipped)", path);
  cc_warn_set_sink(NULL, NULL);
  assert_int_equal(strlen(S_long), 7000 + strlen("/bad.txt: invalid UTF-8 "
                                                 "(file skipped)"));
  cc_err e;
  cc_err_set(&e, "%.4000s/bad.txt: invalid UTF-8", path);
  assert_int_equal(strlen(e.msg), 4000 + strlen("/bad.txt: invalid UTF-8"));
  cc_err_set(&e, "%s/bad.txt: invalid UTF-8", path);
  assert_true(strlen(e.msg) < sizeof e.msg);
  assert_non_null(strstr(e.msg, "eee ... eee"));
  const char *tail = "/bad.txt: invalid UTF-8";
  assert_string_equal(e.msg + strlen(e.msg) - strlen(tail), tail);
}

static void test_put_fraction(void **state) {
  (void)state;
  char buf[32];
  char *e = cc_put_fraction(buf, sizeof buf, 1e-9);
  assert_string_equal(buf, "0.000000001");
  assert_ptr_equal(e, buf + strlen(buf));
  cc_put_fraction(buf, sizeof buf, 0.01);
  assert_string_equal(buf, "0.01");
  cc_put_fraction(buf, sizeof buf, 0.5);
  assert_string_equal(buf, "0.5");
  cc_put_fraction(buf, sizeof buf, 0); /* one digit kept after the point */
  assert_string_equal(buf, "0.0");
  cc_put_fraction(buf, 6, 0.123456); /* cut to the buffer */
  assert_string_equal(buf, "0.123");
}

static void test_put_uint(void **state) {
  (void)state;
  char buf[48];
  *cc_put_uint(buf, 0, 0) = '\0';
  assert_string_equal(buf, "0");
  *cc_put_uint(buf, 7, 2) = '\0';
  assert_string_equal(buf, "07");
  *cc_put_uint(buf, 2025, 2) = '\0';
  assert_string_equal(buf, "2025");
  *cc_put_uint(buf, 18446744073709551615ULL, 0) = '\0';
  assert_string_equal(buf, "18446744073709551615");
  char want[48];
  for (unsigned long long v = 1; v < 10000000000ULL; v = v * 7 + 3) {
    *cc_put_uint(buf, v, 6) = '\0';
    snprintf(want, sizeof want, "%06llu", v);
    assert_string_equal(buf, want);
  }
  /* every width up to the 24 digits it writes at most, around the
   * two-digit steps */
  static const unsigned long long vs[] = {0, 9, 10, 99, 100, 101, 999,
                                          1000, 65535, 100000, 1234567,
                                          18446744073709551615ULL};
  for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++)
    for (int w = 0; w <= 24; w++) {
      *cc_put_uint(buf, vs[i], w) = '\0';
      snprintf(want, sizeof want, "%0*llu", w, vs[i]);
      assert_string_equal(buf, want);
    }
  /* the digit count's edges: 10^k - 1 and 10^k */
  for (unsigned long long v = 1; v <= 1000000000000000000ULL; v *= 10) {
    unsigned long long e[2] = {v - 1, v};
    for (int j = 0; j < 2; j++) {
      *cc_put_uint(buf, e[j], 3) = '\0';
      snprintf(want, sizeof want, "%03llu", e[j]);
      assert_string_equal(buf, want);
    }
  }
  /* around 2^32, where the digits go from 64-bit to 32-bit steps */
  for (unsigned long long v = 4294967196ULL; v <= 4294967396ULL; v++) {
    *cc_put_uint(buf, v, 0) = '\0';
    snprintf(want, sizeof want, "%llu", v);
    assert_string_equal(buf, want);
  }
  *cc_put_uint(buf, 10000000000000000000ULL, 0) = '\0';
  assert_string_equal(buf, "10000000000000000000");
  *cc_put_uint(buf, 5, 30) = '\0'; /* (24 at most) */
  assert_int_equal(strlen(buf), 24);
}

/* Captured warnings are counted at once but reach the sink only on
 * replay, in the order they were raised. */
static void test_warning_capture(void **state) {
  (void)state;
  S_nwarn = 0;
  unsigned long before = cc_warn_count();
  cc_buf held = CC_BUF_INIT;
  cc_warn_set_sink(S_sink, NULL);
  cc_warn_capture(&held);
  cc_warn("first %d", 1);
  cc_warn("second %d", 2);
  cc_warn_capture(NULL);
  assert_int_equal(S_nwarn, 0);
  assert_int_equal(cc_warn_count(), before + 2);
  cc_warn_replay(&held);
  assert_int_equal(S_nwarn, 2);
  assert_string_equal(S_last, "second 2");
  assert_int_equal(held.len, 0);
  cc_warn_replay(&held); /* nothing left: nothing sent again */
  assert_int_equal(S_nwarn, 2);
  cc_warn("direct");
  assert_int_equal(S_nwarn, 3);
  cc_warn_set_sink(NULL, NULL);
  cc_buf_free(&held);
}

static void test_read_file(void **state) {
  (void)state;
  char path[] = "/tmp/cc_util_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, "0123456789", 10), 10);
  close(fd);
  char *s;
  size_t n;
  cc_err err;
  assert_int_equal(cc_read_file(path, 0, &s, &n, &err), 0);
  assert_int_equal(n, 10);
  assert_string_equal(s, "0123456789");
  free(s);
  assert_int_equal(cc_read_file(path, 5, &s, &n, &err), -1);
  assert_non_null(strstr(err.msg, "larger than the limit"));
  unlink(path);
  assert_int_equal(cc_read_file(path, 0, &s, &n, &err), -1);
  assert_non_null(strstr(err.msg, "cannot open"));
  assert_non_null(strstr(err.msg, path));
}

static int S_fail_after;
/* A known regular file read into a kept buffer without fstat: what fits
 * with room to spare is read in place; one that fills the buffer, or is
 * larger, is read the usual way (fstat, a new buffer); the limit holds
 * either way, with the file's size, and the buffer is kept. */
static void test_read_file_into_regular(void **state) {
  (void)state;
  char path[] = "/tmp/cc_util_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, "0123456789", 10), 10);
  close(fd);
  cc_err err = {{0}};
  size_t cap = 16, len = 0;
  uint64_t size = 7;
  char *buf = cc_xmalloc(cap), *kept = buf;
  /* fits: in place, its size from the short read */
  assert_int_equal(cc_read_file_into(path, 100, true, &buf, &cap, &len,
                                     &size, NULL, &err), 0);
  assert_ptr_equal(buf, kept);
  assert_int_equal(cap, 16);
  assert_int_equal(len, 10);
  assert_int_equal(size, 0);
  assert_string_equal(buf, "0123456789");
  /* over the limit, though it fits: skipped with its size, buffer kept */
  assert_int_equal(cc_read_file_into(path, 9, true, &buf, &cap, &len,
                                     &size, NULL, &err), 1);
  assert_int_equal(size, 10);
  assert_ptr_equal(buf, kept);
  /* fills the buffer (10 bytes of 11): the usual way, into it all the same */
  cap = 11;
  assert_int_equal(cc_read_file_into(path, 100, true, &buf, &cap, &len,
                                     &size, NULL, &err), 0);
  assert_ptr_equal(buf, kept);
  assert_int_equal(len, 10);
  assert_string_equal(buf, "0123456789");
  /* larger than the buffer: a new one; over the limit: skipped */
  cap = 8;
  assert_int_equal(cc_read_file_into(path, 9, true, &buf, &cap, &len,
                                     &size, NULL, &err), 1);
  assert_int_equal(size, 10);
  assert_ptr_equal(buf, kept);
  assert_int_equal(cc_read_file_into(path, 100, true, &buf, &cap, &len,
                                     &size, NULL, &err), 0);
  assert_int_equal(len, 10);
  assert_int_equal(cap, 11);
  assert_string_equal(buf, "0123456789");
  /* empty */
  assert_int_equal(truncate(path, 0), 0);
  assert_int_equal(cc_read_file_into(path, 100, true, &buf, &cap, &len,
                                     &size, NULL, &err), 0);
  assert_int_equal(len, 0);
  assert_string_equal(buf, "");
  unlink(path);
  assert_int_equal(cc_read_file_into(path, 100, true, &buf, &cap, &len,
                                     &size, NULL, &err), -1);
  assert_non_null(strstr(err.msg, "cannot open"));
  cc_xfree(buf);
}

/* A file its folder listed as regular but that is a FIFO by the time it
 * is read (the walk and the read are apart in a streamed run): the read
 * must not wait for a writer that never comes.  Before the fix the open
 * blocked for ever; alarm() turns such a hang into a failed test. */
static void test_read_file_into_fifo(void **state) {
  (void)state;
  char dir[] = "/tmp/cc_util_fifo_XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[64];
  snprintf(path, sizeof path, "%s/story.md", dir);
  assert_int_equal(mkfifo(path, 0600), 0);
  alarm(20);
  cc_err err = {{0}};
  size_t cap = 16, len = 7;
  uint64_t size = 0;
  char *buf = cc_xmalloc(cap);
  /* no writer: nothing to read, and what it is now (one fstat, for an
   * empty read only), an error naming it */
  assert_int_equal(cc_read_file_into(path, 100, true, &buf, &cap, &len,
                                     &size, NULL, &err), -1);
  assert_non_null(strstr(err.msg, "no longer a regular file"));
  assert_non_null(strstr(err.msg, path));
  /* no kept buffer: the fstat as for any file, the same error */
  memset(&err, 0, sizeof err);
  char *none = NULL;
  size_t ncap = 0;
  assert_int_equal(cc_read_file_into(path, 100, true, &none, &ncap, &len,
                                     &size, NULL, &err), -1);
  assert_non_null(strstr(err.msg, "no longer a regular file"));
  assert_non_null(strstr(err.msg, path));
  assert_null(none);
  /* a writer that has written nothing yet: an error, not a wait */
  int w = open(path, O_RDWR | O_NONBLOCK);
  assert_true(w >= 0);
  memset(&err, 0, sizeof err);
  assert_int_equal(cc_read_file_into(path, 100, true, &buf, &cap, &len,
                                     &size, NULL, &err), -1);
  assert_non_null(strstr(err.msg, "no longer a regular file"));
  assert_non_null(strstr(err.msg, path));
  close(w);
  alarm(0);
  cc_xfree(buf);
  unlink(path);
  rmdir(dir);
}

static void *S_calloc(size_t n, size_t s) {
  return S_fail_after-- > 0 ? calloc(n, s) : NULL;
}
static void *S_realloc(void *p, size_t s) { return realloc(p, s); }

static void test_mem_hook(void **state) {
  (void)state;
  cc_mem m = {S_calloc, S_realloc, free};
  S_fail_after = 1;
  cc_mem_set(&m);
  char *p = cc_xstrdup("ok");
  cc_mem_set(NULL);
  assert_string_equal(p, "ok");
  cc_xfree(p);
  cc_xfree(NULL);
}

/* cc_word_same agrees with memcmp for every length up to 24 and a
 * one-byte difference at every position (the packs of 4-7 and 8-16
 * bytes overlap; a byte they missed would go unseen). */
static void test_word_same(void **state) {
  (void)state;
  char a[25], b[25];
  for (size_t n = 0; n <= 24; n++) {
    for (size_t i = 0; i < n; i++)
      a[i] = (char)('a' + i);
    memcpy(b, a, n);
    assert_true(cc_word_same(a, b, n));
    for (size_t i = 0; i < n; i++) {
      b[i] = 'Z';
      assert_false(cc_word_same(a, b, n));
      b[i] = a[i];
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arena),       cmocka_unit_test(test_buf_and_vec),
      cmocka_unit_test(test_arena_str_room),
      cmocka_unit_test(test_hash_is_stable), cmocka_unit_test(test_warnings),
      cmocka_unit_test(test_long_messages),
      cmocka_unit_test(test_warning_capture),
      cmocka_unit_test(test_put_uint), cmocka_unit_test(test_put_fraction), cmocka_unit_test(test_word_same),
      cmocka_unit_test(test_read_file),   cmocka_unit_test(test_mem_hook),
      cmocka_unit_test(test_read_file_into_regular),
      cmocka_unit_test(test_read_file_into_fifo),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
