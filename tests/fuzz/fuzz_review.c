/* libFuzzer harness: the reviewed-CSV reader (cc_review_parse) used by
 * --baseline, --update and `claimcheck review`, plus what runs on a file
 * it accepted: the summary, precision, and a merge with no findings (which
 * must keep every row). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cc_review.h"

static void S_quiet(const char *msg, void *ud) {
  (void)msg;
  (void)ud;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cc_warn_set_sink(S_quiet, NULL);
  cc_err err;
  err.msg[0] = '\0';
  cc_review *r = cc_review_parse("fuzz.csv", (const char *)data, size, &err);
  if (!r) {
    if (!err.msg[0])
      __builtin_trap(); /* a refusal must say why */
    return 0;
  }
  size_t rows = cc_review_rows(r);
  for (size_t i = 0; i < rows; i++) {
    const char *id = cc_review_cell(r, i, 0);
    if (cc_review_find(r, id) != (long)i)
      __builtin_trap(); /* ids are unique, so each finds its own row */
    (void)cc_review_status(r, i);
  }
  cc_buf sum = CC_BUF_INIT;
  cc_review_summary_text(r, "fuzz.csv", &sum);
  cc_buf_free(&sum);
  (void)cc_review_precision(r, NULL, NULL, NULL);
  cc_findings *set = cc_findings_new();
  cc_out *out = cc_out_mem();
  cc_review_merge_stats st;
  memset(&st, 0, sizeof st);
  cc_report_opts ro;
  memset(&ro, 0, sizeof ro);
  cc_review_merge(r, set, &ro, out, &st);
  if (st.kept + st.gone != rows)
    __builtin_trap(); /* rows are never dropped */
  cc_err e2;
  cc_out_close(&out, &e2);
  cc_findings_free(&set);
  cc_review_free(&r);
  return 0;
}
