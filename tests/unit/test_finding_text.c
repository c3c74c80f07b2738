/* test_finding_text.c - how reports clean a finding's text (message,
 * quotes): whitespace runs become one space, control characters and
 * invalid UTF-8 are replaced, and a quote cut at max_bytes ends in "...".
 * Printable ASCII is copied a run at a time; these cases pin the cut at
 * every position of a run against the rule "whole characters up to
 * max_bytes, then ...". */
#include "cc_test.h"

#include "report_int.h"

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
      cmocka_unit_test(test_safe),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
