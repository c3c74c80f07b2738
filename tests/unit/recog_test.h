/* recog_test.h - what the recognizer unit tests share: the lexicon and
 * models, loaded once per test program by S_setup and freed by
 * S_teardown (pass both to cmocka_run_group_tests), and a walk over the
 * text files of a folder. */
#ifndef CC_RECOG_TEST_H
#define CC_RECOG_TEST_H

#include "cc_test.h"

#include <dirent.h>
#include <math.h>
#include <string.h>

#include "cc_lexicon.h"
#include "cc_util.h"
#include "recog_int.h"

static cc_lexicon *S_lx;
static cc_num_model *S_nm;
static cc_time_model *S_tm;
static cc_recog *S_r;

static int S_setup(void **state) {
  (void)state;
  cc_err err;
  if (cc_lexicon_load(CC_TEST_LEXICON, &S_lx, &err) != 0 ||
      cc__num_model_new(S_lx, &S_nm, &err) != 0 ||
      cc__time_model_new(S_lx, &S_tm, &err) != 0 ||
      cc_recog_new(S_lx, &S_r, &err) != 0) {
    fprintf(stderr, "%s\n", err.msg);
    return -1;
  }
  return 0;
}

/* text segmented as the engine does (the lexicon's abbreviations and word
 * table) into *seg, in a new *arena; the caller frees both the arena and
 * the returned document. */
static inline cc_doc *S_seg_text(const char *path, const char *text,
                                 size_t len, cc_arena **arena,
                                 cc_segmented *seg) {
  cc_err err;
  cc_doc *doc = cc_doc_from_memory(path, text, len, &err);
  assert_non_null(doc);
  *arena = cc_arena_new();
  cc_segment(doc, cc_lexicon_abbrevs(S_lx), NULL, *arena, seg);
  return doc;
}

/* Mentions a[0..na) and b[0..nb) are the same (NaN equal to NaN);
 * what names the text in a failure (a path, "document 3"). */
static inline void S_same_mentions(const cc_mention *a, uint32_t na,
                                   const cc_mention *b, uint32_t nb,
                                   const char *what) {
  if (na != nb)
    fail_msg("%s: %u mentions by ids, %u by text", what, na, nb);
  for (uint32_t k = 0; k < na; k++) {
    const cc_mention *x = &a[k], *y = &b[k];
    bool same =
        x->type == y->type && x->gran == y->gran && x->qual == y->qual &&
        x->flags == y->flags && x->tok_begin == y->tok_begin &&
        x->tok_end == y->tok_end && x->start == y->start &&
        x->end == y->end && x->sentence == y->sentence &&
        ((isnan(x->lo) && isnan(y->lo)) || x->lo == y->lo) &&
        ((isnan(x->hi) && isnan(y->hi)) || x->hi == y->hi) &&
        !strcmp(x->value, y->value) && !strcmp(x->unit, y->unit) &&
        x->pair == y->pair;
    if (!same)
      fail_msg("%s: mention %u (\"%s\" at %u) differs", what, k, x->value,
               x->start);
  }
}

static int S_teardown(void **state) {
  (void)state;
  cc_recog_free(&S_r);
  cc__time_model_free(&S_tm);
  cc__num_model_free(&S_nm);
  cc_lexicon_free(&S_lx);
  return 0;
}

/* fn over the text of every .tsv, .txt and .md file of dir (not below
 * it); the sum of what fn returns. */
typedef uint32_t (*cc_test_text_fn)(const char *path, const char *text,
                                    size_t len);
static inline uint32_t cc_test_each_file(const char *dir, cc_test_text_fn fn) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  uint32_t n = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    if (l < 4 || (strcmp(de->d_name + l - 4, ".tsv") &&
                  strcmp(de->d_name + l - 4, ".txt") &&
                  strcmp(de->d_name + l - 3, ".md")))
      continue;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    char *text = NULL;
    size_t len = 0;
    cc_err err;
    assert_int_equal(cc_read_file(path, 0, &text, &len, &err), 0);
    n += fn(path, text, len);
    free(text);
  }
  closedir(d);
  return n;
}

#endif
