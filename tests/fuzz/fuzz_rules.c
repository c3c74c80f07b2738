/* libFuzzer harness: the claim-rule language parser (cc_rules_parse), with
 * the repo's lexicon when it loads (slot types that need it) and without
 * one on alternate inputs.  A parsed rule set is walked through its public
 * accessors so a half-initialized rule shows up under ASan. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cc_engine.h"
#include "cc_rule.h"

static cc_lexicon *S_lx;

static void S_quiet(const char *msg, void *ud) {
  (void)msg;
  (void)ud;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  cc_warn_set_sink(S_quiet, NULL);
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/lexicon", cc_engine_default_rules(NULL));
  cc_err err;
  if (cc_lexicon_load(dir, &S_lx, &err) != 0)
    S_lx = NULL; /* fuzz without a lexicon */
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cc_ruleset *rs = NULL;
  cc_err err;
  const cc_lexicon *lx = (size & 1) ? NULL : S_lx;
  if (cc_rules_parse("fuzz.rules", (const char *)data, size, lx, &rs,
                     &err) == 0) {
    if (!rs)
      __builtin_trap(); /* success must give a rule set */
    for (size_t i = 0; i < cc_rules_count(rs); i++) {
      const cc_rule_info *ri = cc_rules_info(rs, i);
      if (!ri || !ri->id || !ri->frame)
        __builtin_trap();
    }
  } else if (rs || !err.msg[0]) {
    __builtin_trap(); /* failure: no set, and a message */
  }
  cc_rules_free(&rs);
  return 0;
}
