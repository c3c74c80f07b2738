/* cc_test.h - common includes for the cmocka unit tests.  Tests run from
 * the top of the source tree, so rules/ and tests/ paths are relative. */
#ifndef CC_TEST_H
#define CC_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CC_TEST_RULES "rules"
#define CC_TEST_LEXICON "rules/lexicon"

/* The lexicon for a test program: defines S_lx, S_setup (loads it) and
 * S_teardown, to be passed to cmocka_run_group_tests.  Needs
 * "cc_lexicon.h". */
#define CC_TEST_LEXICON_FIXTURE                                            \
  static cc_lexicon *S_lx;                                                 \
  static int S_setup(void **state) {                                       \
    (void)state;                                                           \
    cc_err err;                                                            \
    return cc_lexicon_load(CC_TEST_LEXICON, &S_lx, &err);                  \
  }                                                                        \
  static int S_teardown(void **state) {                                    \
    (void)state;                                                           \
    cc_lexicon_free(&S_lx);                                                \
    return 0;                                                              \
  }

/* The engine for a test program: defines S_engine, S_setup (loads the
 * rules, printing why when it cannot) and S_teardown, to be passed to
 * cmocka_run_group_tests.  Needs "cc_engine.h". */
#define CC_TEST_ENGINE_FIXTURE                                             \
  static cc_engine *S_engine;                                              \
  static int S_setup(void **state) {                                       \
    (void)state;                                                           \
    cc_err err = {{0}};                                                    \
    if (cc_engine_new(CC_TEST_RULES, NULL, &S_engine, &err) != 0) {        \
      print_error("%s\n", err.msg);                                        \
      return -1;                                                           \
    }                                                                      \
    return 0;                                                              \
  }                                                                        \
  static int S_teardown(void **state) {                                    \
    (void)state;                                                           \
    cc_engine_free(&S_engine);                                             \
    return 0;                                                              \
  }

/* Removes the folder dir and what is in it (a test's scratch folder);
 * 0 when it is gone. */
static inline int cc_test_rm_tree(const char *dir) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd) == 0 ? 0 : -1;
}

/* Writes text repeat times to dir/rel, making the folders rel names
 * (a test failure when the file cannot be written). */
static inline void cc_test_write(const char *dir, const char *rel,
                                 const char *text, int repeat) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s", dir, rel);
  for (char *s = path + strlen(dir) + 1; *s; s++)
    if (*s == '/') {
      *s = '\0';
      mkdir(path, 0755);
      *s = '/';
    }
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  for (int k = 0; k < repeat; k++)
    fputs(text, f);
  fclose(f);
}

/* S_corpus_at(dir, streamed): the corpus of folder dir, walked before
 * the call returns (cc_corpus_load) or while it is read (cc_corpus_open);
 * a test failure when it cannot be opened.  Needs "cc_corpus.h". */
#define CC_TEST_CORPUS_AT                                                  \
  static cc_corpus *S_corpus_at(const char *dir, bool streamed) {          \
    const char *paths[] = {dir};                                           \
    cc_err err;                                                            \
    cc_corpus *c = streamed ? cc_corpus_open(paths, 1, NULL, &err)         \
                            : cc_corpus_load(paths, 1, NULL, &err);        \
    assert_non_null(c);                                                    \
    return c;                                                              \
  }

/* A scratch folder for a test program: defines S_dir (the folder's path,
 * made by S_setup) and S_teardown (removes it with what is in it), to be
 * passed to cmocka_run_group_tests.  NAME names the folder in /tmp. */
#define CC_TEST_SCRATCH(NAME)                                              \
  static char S_dir[] = "/tmp/cc_" NAME "_XXXXXX";                         \
  static int S_setup(void **state) {                                       \
    (void)state;                                                           \
    return mkdtemp(S_dir) ? 0 : -1;                                        \
  }                                                                        \
  static int S_teardown(void **state) {                                    \
    (void)state;                                                           \
    return cc_test_rm_tree(S_dir);                                         \
  }

#endif
