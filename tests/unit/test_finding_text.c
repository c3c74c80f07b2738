/* test_finding_text.c - how reports clean a finding's text (message,
 * quotes): whitespace runs become one space, control characters and
 * invalid UTF-8 are replaced, and a quote cut at max_bytes ends in "...".
 * Printable ASCII is copied a run at a time; these cases pin the cut at
 * every position of a run against the rule "whole characters up to
 * max_bytes, then ...". */
#include "cc_test.h"

#include "report_int.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

static char *S_clean(const char *s, size_t max) {
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "");
  cc__report_clean(&b, s, max);
  char *r = strdup(b.ptr);
  cc_buf_free(&b);
  return r;
}

static char *S_safe(const char *s) {
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "");
  cc__report_safe(&b, s);
  char *r = strdup(b.ptr);
  cc_buf_free(&b);
  return r;
}

static void S_is(char *got, const char *want) {
  assert_string_equal(got, want);
  free(got);
}

static void test_clean_spaces(void **state) {
  (void)state;
  S_is(S_clean("  a  b\t\nc  ", 0), "a b c");
  S_is(S_clean("", 0), "");
  S_is(S_clean(NULL, 0), "");
  S_is(S_clean("caf\xc3\xa9 \x01x", 0), "caf\xc3\xa9 \xef\xbf\xbdx");
  S_is(S_clean("a\xffz", 0), "a\xef\xbf\xbdz");
}

/* The cut, byte by byte, against a reference written from the rule. */
static void S_ref_cut(const char *s, size_t max, cc_buf *out) {
  /* s is ASCII words separated by single spaces here */
  size_t len = strlen(s);
  if (len <= max) {
    cc_buf_puts(out, s);
    return;
  }
  size_t k = max;
  if (k > 0 && s[k - 1] == ' ')
    k--; /* a space is only written before a character that fits */
  cc_buf_put(out, s, k);
  cc_buf_puts(out, "...");
}

static void test_clean_cut(void **state) {
  (void)state;
  const char *s = "Talks began in Geneva on Monday";
  for (size_t max = 1; max <= strlen(s) + 2; max++) {
    cc_buf want = CC_BUF_INIT;
    cc_buf_puts(&want, "");
    S_ref_cut(s, max, &want);
    char *got = S_clean(s, max);
    assert_string_equal(got, want.ptr);
    free(got);
    cc_buf_free(&want);
  }
  /* a multi-byte character that does not fit is not split */
  S_is(S_clean("ab\xc3\xa9", 3), "ab...");
  S_is(S_clean("ab\xc3\xa9", 4), "ab\xc3\xa9");
}

/* The cleaning one printable word at a time (a space, a word, a space
 * ...), as reports did before whole runs with their single spaces were
 * copied at once: the reference for random texts below.  Characters
 * other than printable ASCII go as in cc__report_clean. */
static void S_ref_clean(cc_buf *out, const char *s, size_t max) {
  const unsigned char *p = (const unsigned char *)s;
  size_t start = out->len;
  bool space = false;
  while (*p) {
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
        *p == '\v') {
      space = out->len > start;
      p++;
      continue;
    }
    size_t n = 1, w;
    bool ok = true;
    bool word = *p > 0x20 && *p < 0x7f;
    if (word) {
      while (p[n] > 0x20 && p[n] < 0x7f)
        n++;
      w = n;
    } else {
      /* one character, decoded as the reports decode it */
      utf8proc_int32_t cp;
      utf8proc_ssize_t l = utf8proc_iterate(p, -1, &cp);
      ok = l > 0 && !(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f));
      n = l > 0 ? (size_t)l : 1;
      w = ok ? n : 3;
    }
    size_t used = out->len - start + (space ? 1 : 0);
    if (word) {
      size_t room = !max ? n : used < max ? max - used : 0;
      if (room == 0) {
        cc_buf_puts(out, "...");
        return;
      }
      if (space)
        cc_buf_putc(out, ' ');
      space = false;
      cc_buf_put(out, p, n < room ? n : room);
      if (n > room) {
        cc_buf_puts(out, "...");
        return;
      }
    } else {
      if (max && used + w > max) {
        cc_buf_puts(out, "...");
        return;
      }
      if (space)
        cc_buf_putc(out, ' ');
      space = false;
      if (ok)
        cc_buf_put(out, p, n);
      else
        cc_buf_puts(out, "\xef\xbf\xbd");
    }
    p += n;
  }
}

/* Random texts of words, single and double spaces, tabs, line breaks,
 * UTF-8 letters and control bytes, cut at every length. */
static void test_clean_random(void **state) {
  (void)state;
  static const char *parts[] = {"a", "Geneva", "x,", "(1500", "GMT)", " ",
                                " ", " ", "  ", "\t", "\n", " \n ",
                                "caf\xc3\xa9", "\xe2\x80\x9c", "\x01",
                                "\xff", "-", "\"", "12:30",
                                "the Presidential Palace,",
                                "abcdefghijklmnopqrstuvwxyz0123", "\x7f"};
  size_t np = sizeof parts / sizeof parts[0];
  uint64_t r = 0x9e3779b97f4a7c15ULL;
  for (int round = 0; round < 2000; round++) {
    char s[512] = "";
    size_t len = 0;
    int k = (int)(r % 24);
    for (int i = 0; i < k; i++) {
      r = r * 6364136223846793005ULL + 1442695040888963407ULL;
      const char *t = parts[(r >> 33) % np];
      if (len + strlen(t) + 1 >= sizeof s)
        break;
      memcpy(s + len, t, strlen(t) + 1);
      len += strlen(t);
    }
    r = r * 6364136223846793005ULL + 1442695040888963407ULL;
    for (size_t max = 0; max <= len + 2; max++) {
      cc_buf want = CC_BUF_INIT;
      cc_buf_puts(&want, "");
      S_ref_clean(&want, s, max);
      char *got = S_clean(s, max);
      assert_string_equal(got, want.ptr);
      free(got);
      cc_buf_free(&want);
    }
  }
}

static void test_safe(void **state) {
  (void)state;
  S_is(S_safe("a b\tc"), "a b\xef\xbf\xbd" "c");
  S_is(S_safe("plain text, 100%"), "plain text, 100%");
  S_is(S_safe("caf\xc3\xa9"), "caf\xc3\xa9");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_clean_spaces),
      cmocka_unit_test(test_clean_cut),
      cmocka_unit_test(test_clean_random),
      cmocka_unit_test(test_safe),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
