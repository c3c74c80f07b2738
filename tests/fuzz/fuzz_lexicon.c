/* libFuzzer harness: the CSV lexicon reader, through a temporary folder. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_lexicon.h"

static char S_dir[64];

static void S_cleanup(void) {
  char path[128];
  snprintf(path, sizeof path, "%s/t.csv", S_dir);
  unlink(path);
  rmdir(S_dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!S_dir[0]) {
    snprintf(S_dir, sizeof S_dir, "/tmp/cc_fuzz_lex_%d", (int)getpid());
    mkdir(S_dir, 0700);
    atexit(S_cleanup);
  }
  char path[128];
  snprintf(path, sizeof path, "%s/t.csv", S_dir);
  FILE *f = fopen(path, "wb");
  if (!f)
    return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  cc_lexicon *lx = NULL;
  cc_err err;
  if (cc_lexicon_load(S_dir, &lx, &err) == 0) {
    const cc_lex_table *t = cc_lex_table_get(lx, "t");
    for (size_t i = 0; i < cc_lex_size(t); i++)
      cc_lex_find(t, cc_lex_at(t, i)->key);
  }
  cc_lexicon_free(&lx);
  return 0;
}
