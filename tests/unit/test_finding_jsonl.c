/* test_finding_jsonl.c - the jsonl report is written directly, not
 * through jansson objects: every line must be what jansson's compact dump
 * of the same object was, on awkward strings (quotes, backslashes,
 * control characters, non-ASCII, invalid UTF-8), one-sided findings and
 * suppressed ones. */
#include "cc_test.h"

#include <jansson.h>

#include "cc_check.h"
#include "cc_io.h"
#include "cc_report.h"
#include "report_int.h"

/* The reference: the `json` report's object for f, dumped compactly. */
static char *S_reference(const cc_finding *f) {
  json_t *o = cc__report_finding_json(f);
  char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(o);
  return s;
}

static const char *const S_awkward[] = {
    "plain",
    "",
    "\"quoted\" and back\\slash",
    "tab\there, newline\nthere, cr\r, bell\a, esc\x1b, del\x7f, ff\f, bs\b",
    "caf\xc3\xa9 \xe2\x80\x9cquotes\xe2\x80\x9d \xe2\x80\x94 \xf0\x9f\x98\x80",
    "bad \xff byte",
    "cut \xe2\x80 sequence",
    "overlong \xc0\xaf slash",
    "surrogate \xed\xa0\x80 half",
    "/slash/ and \x01\x1f",
};
#define S_N (sizeof S_awkward / sizeof S_awkward[0])

static void test_jsonl_as_jansson(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  for (size_t i = 0; i < S_N; i++) {
    cc_finding f = {0};
    f.verdict = (uint8_t)(i % 3);
    f.severity = (uint8_t)(i % 3);
    f.suppressed = i % 4 == 1;
    f.check = "same_fact";
    f.rule = S_awkward[(i + 1) % S_N];
    f.key = S_awkward[(i + 2) % S_N];
    f.message = S_awkward[i];
    f.a = (cc_side){.doc = S_awkward[(i + 3) % S_N], .line = (uint32_t)i,
                    .col = 4000000000u, .quote = S_awkward[(i + 4) % S_N],
                    .text = "t", .value = S_awkward[(i + 5) % S_N]};
    if (i % 2)
      f.b = (cc_side){.doc = S_awkward[(i + 6) % S_N], .line = 7,
                      .col = 0, .quote = S_awkward[(i + 7) % S_N],
                      .text = "u", .value = S_awkward[(i + 8) % S_N]};
    else
      f.b = (cc_side){.doc = "", .quote = "", .text = "", .value = ""};
    f.status = i % 3 ? "" : "confirmed";
    f.note = S_awkward[(i + 9) % S_N];
    assert_non_null(cc_findings_add(set, &f));
  }
  cc_report_opts ro = {.show_consistent = true, .show_unverifiable = true,
                       .show_suppressed = true};
  cc_out *out = cc_out_mem();
  cc_err err;
  assert_int_equal(cc_report_write(out, "jsonl", set, &ro, &err), 0);
  size_t len;
  const char *data = cc_out_mem_data(out, &len);
  /* the order the writer used */
  size_t n;
  const cc_finding **v = cc__report_sorted(set, &ro, true, &n);
  assert_int_equal(n, S_N);
  cc_buf want = CC_BUF_INIT;
  cc_buf_puts(&want, "");
  for (size_t i = 0; i < n; i++) {
    char *line = S_reference(v[i]);
    cc_buf_puts(&want, line);
    cc_buf_putc(&want, '\n');
    free(line);
  }
  assert_int_equal(len, want.len);
  assert_memory_equal(data, want.ptr, len);
  cc_buf_free(&want);
  cc_xfree(v);
  cc_out_close(&out, &err);
  cc_findings_free(&set);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_jsonl_as_jansson),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
