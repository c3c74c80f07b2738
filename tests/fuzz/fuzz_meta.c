/* libFuzzer harness: front matter and first-line metadata. */
#include <stddef.h>
#include <stdint.h>

#include "cc_corpus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cc_meta m = {0};
  size_t body = 0;
  cc_err err;
  cc_check_encoding("fuzz.md", (const char *)data, size, &err);
  if (cc_meta_parse("fuzz.md", (const char *)data, size, &m, &body, &err) ==
          0 &&
      body > size)
    __builtin_trap(); /* the body must start inside the text */
  return 0;
}
