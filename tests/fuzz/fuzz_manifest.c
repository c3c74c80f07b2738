/* libFuzzer harness: the --manifest CSV (cc_corpus_load with a manifest and
 * no paths, then cc_corpus_read of every listed document).  The manifest
 * lives in a private temporary folder next to three small articles and a
 * symlink that points out of the folder; a path that leaves the folder
 * must never be accepted. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cc_corpus.h"

static char S_dir[PATH_MAX];
static char S_man[PATH_MAX + 16];

static void S_quiet(const char *msg, void *ud) {
  (void)msg;
  (void)ud;
}

static void S_put(const char *rel, const char *text) {
  char p[PATH_MAX + 64];
  snprintf(p, sizeof p, "%s/%s", S_dir, rel);
  FILE *f = fopen(p, "wb");
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

static void S_cleanup(void) {
  const char *rel[] = {"a.txt", "b.md", "sub/c.txt", "sub/e.txt", "out",
                       "m.csv"};
  char p[PATH_MAX + 64];
  for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
    snprintf(p, sizeof p, "%s/%s", S_dir, rel[i]);
    unlink(p);
  }
  snprintf(p, sizeof p, "%s/sub", S_dir);
  rmdir(p);
  rmdir(S_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  cc_warn_set_sink(S_quiet, NULL);
  snprintf(S_dir, sizeof S_dir, "/tmp/cc_fuzz_man_%d", (int)getpid());
  mkdir(S_dir, 0700);
  char p[PATH_MAX + 16];
  snprintf(p, sizeof p, "%s/sub", S_dir);
  mkdir(p, 0700);
  S_put("a.txt", "It cost 25% more on Friday.\n");
  S_put("b.md", "---\ndate: 2024-03-01\n---\nTalks began at 9 a.m.\n");
  S_put("sub/c.txt", "");
  S_put("sub/e.txt", "caf\xE9\n");
  snprintf(p, sizeof p, "%s/out", S_dir);
  if (symlink("/etc", p) != 0) {
    /* the escape check is then only lexical; still worth fuzzing */
  }
  snprintf(S_man, sizeof S_man, "%s/m.csv", S_dir);
  atexit(S_cleanup);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FILE *f = fopen(S_man, "wb");
  if (!f)
    return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  cc_corpus_opts o;
  memset(&o, 0, sizeof o);
  o.manifest = S_man;
  o.bad_utf8 = size ? (cc_bad_utf8)(data[0] % 3) : CC_BAD_UTF8_ERROR;
  cc_err err;
  err.msg[0] = '\0';
  cc_corpus *c = cc_corpus_load(NULL, 0, &o, &err);
  if (!c) {
    if (!err.msg[0])
      __builtin_trap(); /* a refusal must say why */
    return 0;
  }
  size_t dn = strlen(S_dir);
  for (size_t i = 0; i < cc_corpus_count(c); i++) {
    const char *p = cc_corpus_path(c, i);
    if (strncmp(p, S_dir, dn) != 0 || p[dn] != '/')
      __builtin_trap(); /* a path outside the manifest's folder */
    cc_doc *d = NULL;
    if (cc_corpus_read(c, i, &d, &err) == 0)
      cc_doc_free(d);
  }
  cc_corpus_free(&c);
  return 0;
}
