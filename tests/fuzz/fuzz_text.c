/* libFuzzer harness: encoding check, metadata, segmenter and recognizers
 * on arbitrary bytes.  The first byte picks the document date (bit 0) and
 * whether the text is Markdown (bit 1: comments and inline markup
 * blanked, cc_markdown.h). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "cc_engine.h"

static cc_engine *S_engine;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  cc_err err;
  if (cc_engine_new(cc_engine_default_rules(NULL), NULL, &S_engine, &err)) {
    fprintf(stderr, "fuzz_text: %s\n", err.msg);
    abort();
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  cc_err err;
  cc_doc *d = cc_doc_from_memory((data[0] & 2) ? "fuzz.md" : "fuzz.txt",
                                 (const char *)data + 1,
                                 size - 1, &err);
  if (!d)
    return 0;
  if (d->meta.date_src == CC_DATE_NONE && (data[0] & 1)) {
    d->meta.date = 20000 + data[0]; /* a day in 2024 */
    d->meta.date_src = CC_DATE_OPTION;
  }
  cc_arena *a = cc_arena_new();
  cc_docresult r;
  cc_engine_process(S_engine, d, a, true, &r);
  cc_claim_store_free(&r.claims);
  cc_arena_free(&a);
  cc_doc_free(d);
  return 0;
}
