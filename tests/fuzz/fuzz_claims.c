/* libFuzzer harness: the claims CSV reader (cc_claims_read_csv, used by
 * `check --claims`), through a temporary file.  What it accepts is written
 * back and read again: the second write must equal the first (the format
 * promises an exact round trip). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cc_claim.h"

static char S_path[64];

static void S_cleanup(void) { unlink(S_path); }

static char *S_write(const cc_claim_store *s, size_t *len) {
  char *buf = NULL;
  FILE *f = open_memstream(&buf, len);
  cc_err err;
  if (!f)
    abort();
  if (cc_claims_write_csv(s, f, &err) != 0)
    __builtin_trap(); /* writing to memory cannot fail */
  fclose(f);
  return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!S_path[0]) {
    snprintf(S_path, sizeof S_path, "/tmp/cc_fuzz_claims_%d.csv",
             (int)getpid());
    atexit(S_cleanup);
  }
  FILE *f = fopen(S_path, "wb");
  if (!f)
    return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  cc_claim_store *s = cc_claim_store_new();
  cc_err err;
  err.msg[0] = '\0';
  if (cc_claims_read_csv(s, S_path, &err) == 0 &&
      cc_claim_store_count(s) > 0) {
    size_t n1, n2;
    char *a = S_write(s, &n1);
    f = fopen(S_path, "wb");
    if (f) {
      fwrite(a, 1, n1, f);
      fclose(f);
      cc_claim_store *s2 = cc_claim_store_new();
      if (cc_claims_read_csv(s2, S_path, &err) != 0)
        __builtin_trap(); /* our own output must read back */
      char *b = S_write(s2, &n2);
      if (n1 != n2 || memcmp(a, b, n1) != 0)
        __builtin_trap(); /* and give the same claims */
      free(b);
      cc_claim_store_free(&s2);
    }
    free(a);
  } else if (!err.msg[0] && cc_claim_store_count(s) == 0) {
    /* an accepted file without claims (header only) is fine */
  }
  cc_claim_store_free(&s);
  return 0;
}
