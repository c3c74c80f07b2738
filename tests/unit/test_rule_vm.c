/* test_rule_vm.c - the matcher's one-thread path (rule_match.c S_fast)
 * against its general VM: every run of the VM is run again by the
 * general VM from the start (cc__rules_apply_vmcheck), which must decide
 * it the same way (match or not, end, captures, step budget left), on
 * patterns that fork after a while (a gap whose way out is met twice),
 * that capture before and after the fork, that fork at their first step,
 * that fail late, and that spend a sentence's step budget. */
#include "cc_test.h"

#include "cc_engine.h"
#include "cc_rule.h"
#include "rule_int.h"

CC_TEST_ENGINE_FIXTURE

static cc_ruleset *S_rules(const char *src) {
  cc_ruleset *rs = NULL;
  cc_err err = {{0}};
  if (cc_rules_parse("t.rules", src, strlen(src), NULL, &rs, &err) != 0)
    print_error("%s\n", err.msg);
  assert_non_null(rs);
  return rs;
}

/* Rules rs over text (analysed by the engine), each VM run compared with
 * the general VM's: the claims, and the counts in *vs. */
static cc_claim_store *S_vm_claims(const char *text, const cc_ruleset *rs,
                                   cc__vmstats *vs) {
  cc_err err = {{0}};
  cc_doc *doc = cc_doc_from_memory("case.txt", text, strlen(text), &err);
  assert_non_null(doc);
  cc_arena *arena = cc_arena_new();
  cc_docresult r;
  cc_engine_process(S_engine, doc, arena, true, &r);
  cc_claim_store_free(&r.claims);
  cc_claim_store *out = cc_claim_store_new();
  cc_doc_view v = {doc,        &r.seg,       r.mentions, r.nmentions,
                   r.entities, r.nentities, r.zone,     r.zone_inferred, NULL};
  *vs = (cc__vmstats){0};
  cc__rules_apply_vmcheck(rs, &v, out, vs);
  cc_arena_free(&arena);
  cc_doc_free(doc);
  return out;
}

static const cc_claim *S_find(const cc_claim_store *s, const char *key,
                              const char *value) {
  for (size_t i = 0; i < cc_claim_store_count(s); i++) {
    const cc_claim *c = cc_claim_store_at(s, i);
    if (strcmp(c->key, key) == 0 && (!value || strcmp(c->value, value) == 0))
      return c;
  }
  return NULL;
}

static void S_dump(const cc_claim_store *s, const cc__vmstats *vs) {
  for (size_t i = 0; i < cc_claim_store_count(s); i++) {
    const cc_claim *c = cc_claim_store_at(s, i);
    print_message("    have %s = %s (%s)\n", c->key, c->value, c->rule);
  }
  print_message("    runs %llu fast %llu hand %llu start %llu matched %llu "
                "spent %llu differ %llu\n",
                (unsigned long long)vs->runs, (unsigned long long)vs->fast,
                (unsigned long long)vs->hand, (unsigned long long)vs->start,
                (unsigned long long)vs->matched,
                (unsigned long long)vs->spent,
                (unsigned long long)vs->differ);
}

/* A gap whose way out ("in") is met at "in Oslo" while the gap goes on:
 * two threads step on there, and the general VM takes over from that
 * position, with the person captured before it; the match is the later
 * "in" with a date. */
static void test_fork_after_a_while(void **state) {
  (void)state;
  cc_ruleset *rs = S_rules(
      "rule m\nabout met\nframe t.met\n"
      "match {PERSON:p} met ...{0,6} in|on {DATE:d}\nsubject $p\n");
  cc__vmstats vs;
  cc_claim_store *s = S_vm_claims(
      "---\ndate: 2025-03-10\n---\n"
      "President Ana Ruiz met the foreign ministers in Oslo in March 2024. "
      "Prime Minister Tomas Berg met officials on Monday.\n",
      rs, &vs);
  if (vs.differ || !vs.hand || !S_find(s, "t.met{ruiz}", NULL))
    S_dump(s, &vs);
  assert_int_equal(vs.differ, 0);
  assert_true(vs.hand > 0); /* at "in Oslo" and at "on Monday" */
  assert_non_null(S_find(s, "t.met{ruiz}", NULL));
  assert_non_null(S_find(s, "t.met{berg}", NULL));
  cc_claim_store_free(&s);
  cc_rules_free(&rs);
}

/* Captures on the one-thread path: a person, a count and a phrase, each
 * taken where one way fills it, the match's captures those of its one
 * thread; the claim's subject, value and object read them. */
static void test_captures(void **state) {
  (void)state;
  cc_ruleset *rs = S_rules(
      "rule c\nabout count\nframe t.cnt\n"
      "match {PERSON:p} said {COUNT:n} people were killed in "
      "{PHRASE:o}\nsubject $p\nvalue $n\nobject $o\n");
  cc__vmstats vs;
  cc_claim_store *s = S_vm_claims(
      "Ana Ruiz said 14 people were killed in heavy shelling.\n"
      "Prime Minister Tomas Berg said 9 people were killed in the north.\n",
      rs, &vs);
  if (vs.differ || !S_find(s, "t.cnt{ruiz}|heavy shelling", "14"))
    S_dump(s, &vs);
  assert_int_equal(vs.differ, 0);
  assert_true(vs.fast > 0);
  assert_true(vs.matched >= 2);
  assert_non_null(S_find(s, "t.cnt{ruiz}|heavy shelling", "14"));
  assert_non_null(S_find(s, "t.cnt{berg}|north", "9"));
  cc_claim_store_free(&s);
  cc_rules_free(&rs);
}

/* Runs that fail late: the whole pattern but its last word is met (on
 * the one-thread path, and after a fork), and the general VM fails them
 * too, with the same budget left; the sentence that has the last word
 * matches. */
static void test_fails_late(void **state) {
  (void)state;
  cc_ruleset *rs = S_rules(
      "rule l\nabout late\nframe t.late\n"
      "match talks lasted {DURATION:d} in total\nsubject story\n"
      "rule g\nabout gap\nframe t.gap\n"
      "match first meeting ...{0,4} since {DATE:d} ended\nsubject story\n");
  cc__vmstats vs;
  cc_claim_store *s = S_vm_claims(
      "---\ndate: 2025-03-10\n---\n"
      "The talks lasted three hours in Oslo, not in total. "
      "It was the first meeting of the two since 2019 in the city, which "
      "ended. "
      "It was the first meeting since talks since 2019 ended badly. "
      "The talks lasted two hours in total.\n",
      rs, &vs);
  if (vs.differ || vs.matched != 2)
    S_dump(s, &vs);
  assert_int_equal(vs.differ, 0);
  assert_true(vs.runs > vs.matched);
  assert_int_equal(vs.matched, 2);
  assert_non_null(S_find(s, "t.late{story}", "PT2H"));
  assert_null(S_find(s, "t.late{story}", "PT3H"));
  assert_non_null(S_find(s, "t.gap{story}", NULL));
  cc_claim_store_free(&s);
  cc_rules_free(&rs);
}

/* A program whose first step can be either of two slots: its first
 * closure holds two threads, and where both are filled the general VM
 * runs it from the start. */
static void test_fork_at_start(void **state) {
  (void)state;
  cc_ruleset *rs = S_rules(
      "rule s\nabout start\nframe t.start\n"
      "match [{COUNT:n}] {DURATION:d} of talks\nsubject story\n"
      "value $d\n");
  cc__vmstats vs;
  cc_claim_store *s = S_vm_claims(
      "They held three hours of talks. Then came 2 five hours of talks.\n",
      rs, &vs);
  if (vs.differ || !S_find(s, "t.start{story}", "PT3H"))
    S_dump(s, &vs);
  assert_int_equal(vs.differ, 0);
  assert_non_null(S_find(s, "t.start{story}", "PT3H"));
  cc_claim_store_free(&s);
  cc_rules_free(&rs);
}

/* A hostile sentence (as test_rule_match's, shorter): gap-heavy runs at
 * each of its words, none of which can reach the duration at its end
 * but the last few, until the sentence's step budget is spent, S_fast
 * handing each to the general VM as its gaps fork; every run, the last
 * ones cut short by the budget, decided as the general VM decides it. */
static void test_budget_spent(void **state) {
  (void)state;
  cc_ruleset *rs = S_rules(
      "rule h\nabout h\nframe t.h\n"
      "match first ...{0,12} first ...{0,12} first ...{0,12} first "
      "...{0,12} ( first | meeting ) ...{0,12} {DURATION:d}\nsubject story\n");
  cc_buf b = CC_BUF_INIT;
  for (int i = 0; i < 300; i++)
    cc_buf_puts(&b, i == 290 ? "six years " : i % 7 == 6 ? "meeting "
                                                         : "first ");
  cc_buf_puts(&b, "ago.\n");
  cc__vmstats vs;
  cc_claim_store *s = S_vm_claims(b.ptr, rs, &vs);
  if (vs.differ || !vs.spent)
    S_dump(s, &vs);
  assert_int_equal(vs.differ, 0);
  assert_true(vs.hand > 0);
  assert_true(vs.spent > 0);
  cc_claim_store_free(&s);
  cc_rules_free(&rs);
  cc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fork_after_a_while),
      cmocka_unit_test(test_captures),
      cmocka_unit_test(test_fails_late),
      cmocka_unit_test(test_fork_at_start),
      cmocka_unit_test(test_budget_spent),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
