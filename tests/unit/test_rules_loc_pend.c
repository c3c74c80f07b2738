/* test_rules_loc_pend.c - the matcher keeps the claims of a document in
 * slots (rule_match.c, S_PEND of them, 16 now) and gives them to the store
 * together (S_flush): the store sees them in the order they were made,
 * each with its own strings and its sentence's quote, across flushes
 * within a document, from document to document with one scratch, and
 * when a claim is made again from the same slot (each main
 * participant's side: S_commit_on). */
#include "cc_test.h"

#include "cc_engine.h"
#include "cc_rule.h"

CC_TEST_ENGINE_FIXTURE

/* Claims of text with rules rs (NULL: the engine's). */
static cc_claim_store *S_claims(const char *text, const cc_ruleset *rs) {
  cc_err err = {{0}};
  cc_doc *doc = cc_doc_from_memory("case.txt", text, strlen(text), &err);
  assert_non_null(doc);
  cc_arena *arena = cc_arena_new();
  cc_docresult r;
  cc_engine_process(S_engine, doc, arena, true, &r);
  cc_claim_store *out = r.claims;
  if (rs) {
    cc_claim_store_free(&out);
    out = cc_claim_store_new();
    cc_doc_view v = {doc,        &r.seg,       r.mentions, r.nmentions,
                     r.entities, r.nentities, r.zone,     r.zone_inferred};
    cc_rules_apply(rs, &v, out);
  }
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return out;
}

static cc_ruleset *S_rules(const char *src) {
  cc_ruleset *rs = NULL;
  cc_err err = {{0}};
  if (cc_rules_parse("t.rules", src, strlen(src), NULL, &rs, &err) != 0)
    print_error("%s\n", err.msg);
  assert_non_null(rs);
  return rs;
}

/* n sentences "The talks last K hours." for K = 1..n (n < 1000). */
static char *S_many(int n) {
  char *t = malloc((size_t)n * 32 + 64);
  assert_non_null(t);
  size_t at = (size_t)sprintf(t, "---\ndate: 2025-03-10\n---\n");
  for (int k = 1; k <= n; k++)
    at += (size_t)sprintf(t + at, "The talks last %d hours. ", k);
  t[at++] = '\n';
  t[at] = '\0';
  return t;
}

/* Claim k (from 0) of S_many's document: its value, quote, rule, key. */
static void S_check_many(const cc_claim_store *s, int n) {
  assert_int_equal(cc_claim_store_count(s), (size_t)n);
  uint32_t last = 0;
  for (int k = 0; k < n; k++) {
    const cc_claim *c = cc_claim_store_at(s, (size_t)k);
    char want[64];
    snprintf(want, sizeof want, "PT%dH", k + 1);
    assert_string_equal(c->value, want);
    snprintf(want, sizeof want, "The talks last %d hours.", k + 1);
    assert_string_equal(c->quote, want);
    assert_string_equal(c->rule, "many");
    assert_string_equal(c->key, "t.many{story}");
    assert_string_equal(c->doc, "case.txt");
    assert_true(k == 0 || c->start > last);
    last = c->start;
  }
}

static const char *S_src = "rule many\nabout many\nframe t.many\n"
                           "match talks last {DURATION:d}\nsubject story\n";

/* More claims than slots: two flushes within the document, then the
 * rest; the same document again and a short one with the same scratch. */
static void test_claims_across_flushes(void **state) {
  (void)state;
  cc_ruleset *rs = S_rules(S_src);
  const int sizes[] = {150, 64, 63, 65, 1, 16, 15, 17, 32, 33, 150, 128};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    char *t = S_many(sizes[i]);
    cc_claim_store *s = S_claims(t, rs);
    assert_non_null(s);
    S_check_many(s, sizes[i]);
    cc_claim_store_free(&s);
    free(t);
  }
  cc_rules_free(&rs);
}

/* One match, a claim for each main participant's side: the second made
 * from the first's slot after it was kept. */
static void test_sides_from_one_slot(void **state) {
  (void)state;
  const char *text =
      "---\ndate: 2025-03-10\n---\n"
      "Chilean President Ana Ruiz met Norwegian Prime Minister Tomas Berg. "
      "The format shifted from a planned one-on-one to a two-on-two, with "
      "Ruiz accompanied by Foreign Minister Carla Soto.\n";
  cc_claim_store *s = S_claims(text, NULL);
  assert_non_null(s);
  size_t sides = 0;
  const char *subj[2] = {NULL, NULL};
  for (size_t i = 0; i < cc_claim_store_count(s); i++) {
    const cc_claim *c = cc_claim_store_at(s, i);
    if (strcmp(c->rule, "meeting.side.format") != 0)
      continue;
    assert_string_equal(c->value, "2");
    assert_non_null(strstr(c->quote, "two-on-two"));
    if (sides < 2)
      subj[sides] = c->subject;
    sides++;
  }
  assert_int_equal(sides, 2);
  assert_string_not_equal(subj[0], subj[1]);
  cc_claim_store_free(&s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_claims_across_flushes),
      cmocka_unit_test(test_sides_from_one_slot),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
