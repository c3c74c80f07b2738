/* test_rule_masks.c - the program bitsets cc__rules_finish builds for the
 * matcher: each index entry's programs by gid, the programs without a must
 * set, those reading a {LIST}, and those that need a slot type on every
 * path to their match (a sentence that cannot fill it skips them), and
 * each program's first steps with what may follow them (S_probe). */
#include "cc_test.h"

#include "cc_rule.h"
#include "rule_int.h"

static cc_ruleset *S_ok(const char *src) {
  cc_ruleset *rs = NULL;
  cc_err err = {{0}};
  int rc = cc_rules_parse("t.rules", src, strlen(src), NULL, &rs, &err);
  if (rc != 0)
    print_error("unexpected error: %s\n", err.msg);
  assert_int_equal(rc, 0);
  return rs;
}

static bool S_has(const uint64_t *set, uint32_t gid) {
  return (set[gid / 64] >> (gid & 63)) & 1;
}

static bool S_needs(const cc_ruleset *rs, int slot, uint32_t gid) {
  return S_has(rs->slot_progs + (size_t)slot * rs->pwords, gid);
}

static const cc__ientry *S_entry(const cc_ruleset *rs, const char *key) {
  cc__ientry *e = NULL;
  HASH_FIND_STR(rs->index, key, e);
  assert_non_null(e);
  return e;
}

/* Are the first words of must set ls exactly a and b? */
static bool S_firsts_are(const cc_ruleset *rs, const cc__litset *ls,
                         const char *a, const char *b) {
  int32_t x = cc__word_id(rs, a, strlen(a)), y = cc__word_id(rs, b, strlen(b));
  return ls->nfirsts == 2 && ((ls->firsts[0] == x && ls->firsts[1] == y) ||
                              (ls->firsts[0] == y && ls->firsts[1] == x));
}

static void test_masks(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule born\n"
      "frame person.birth\n"
      "match {PERSON:p} ( {DATE:d} - | born {DATE:d} )\n"      /* gid 0 */
      "match {PERSON:p} ...{0,4} born ...{0,4} in|on {DATE:d}\n" /* 1 */
      "subject full $p\n"
      "rule count\n"
      "frame delegation.size\n"
      "match {COUNT:n} [{PLACE}] officials\n"                    /* 2 */
      "match officials [numbering {COUNT:n}] arrived\n"          /* 3 */
      "subject story\n"
      "value $n\n"
      "rule list\n"
      "frame delegation\n"
      "match {PLACE:side} delegation included {LIST:l}\n"        /* 4 */
      "subject country $side\n"
      "value $l\n");
  assert_int_equal(rs->nprogs, 5);
  assert_true(rs->pwords >= 1);
  for (uint32_t g = 0; g < 5; g++) { /* gids in file order */
    uint32_t ref = rs->gid_ref[g];
    assert_int_equal(rs->rules[ref >> 8].progs[ref & 0xff].gid, g);
  }
  assert_int_equal(rs->gid_ref[3], (1u << 8) | 1);
  /* no one literal is on every path of the first pattern, but one of
   * "-" and "born" is: a must set of the two (S_find_cut_must) */
  for (uint32_t g = 0; g < 5; g++)
    assert_false(S_has(rs->free_progs, g));
  const cc__prog *p0 = &rs->rules[0].progs[0];
  assert_int_equal(p0->nmust, 1);
  assert_true(S_firsts_are(rs, &p0->lits[p0->must[0]], "-", "born"));
  /* slots on every path, whichever branch is taken */
  assert_true(S_needs(rs, CC__S_PERSON, 0));
  assert_true(S_needs(rs, CC__S_DATE, 0));
  assert_true(S_needs(rs, CC__S_DATE, 1));
  assert_true(S_needs(rs, CC__S_COUNT, 2));
  assert_false(S_needs(rs, CC__S_PLACE, 2)); /* optional */
  assert_false(S_needs(rs, CC__S_COUNT, 3)); /* optional */
  assert_true(S_needs(rs, CC__S_PLACE, 4));
  assert_true(S_needs(rs, CC__S_LIST, 4));
  assert_false(S_needs(rs, CC__S_DATE, 2));
  assert_false(S_needs(rs, CC__S_PERSON, 4));
  /* {LIST} readers */
  for (uint32_t g = 0; g < 5; g++)
    assert_int_equal(S_has(rs->list_progs, g), g == 4);
  /* index entries: the same programs as their ref lists */
  const cc__ientry *person = S_entry(rs, "{PERSON}");
  assert_int_equal(person->n, 2);
  assert_true(S_has(person->mask, 0) && S_has(person->mask, 1));
  assert_false(S_has(person->mask, 2));
  const cc__ientry *count = S_entry(rs, "{COUNT}");
  assert_true(S_has(count->mask, 2));
  assert_false(S_has(count->mask, 3));
  const cc__ientry *off = S_entry(rs, "officials");
  assert_true(S_has(off->mask, 3));
  assert_false(S_has(off->mask, 2));
  assert_true(S_has(S_entry(rs, "{PLACE}")->mask, 4));
  cc_rules_free(&rs);
}

/* The first steps of each program and what may follow them (cc__probe),
 * and after a literal next step what may follow it (cc__then), read by
 * the matcher's S_probe before a run. */
static const cc__prog *S_prog(const cc_ruleset *rs, uint32_t gid) {
  uint32_t ref = rs->gid_ref[gid];
  return &rs->rules[ref >> 8].progs[ref & 0xff];
}

static uint8_t S_op(const cc__prog *g, uint32_t pc) { return g->code[pc].op; }

static void test_probe(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule a\nframe f\nmatch {PERSON:p} , [aged] {COUNT:n} ,\n"   /* 0 */
      "subject $p\nvalue $n\n"
      "rule b\nframe f\n"
      "match {PERSON:p} ( {DATE:d} - | born {DATE:d} )\n"           /* 1 */
      "match {PERSON:p} ...{0,4} born {DATE:d}\n"                   /* 2 */
      "match [the] {PLACE:x} officials {DATE:d}\n"                  /* 3 */
      "match {DATE:d}\n"                                            /* 4 */
      "subject story\n");
  /* a slot, then the comma */
  const cc__prog *g = S_prog(rs, 0);
  assert_int_equal(g->nprobe, 1);
  assert_int_equal(S_op(g, g->probe[0].pc), CC__OP_SLOT);
  assert_false(g->probe[0].free);
  assert_int_equal(g->probe[0].nnext, 1);
  assert_int_equal(S_op(g, g->probe[0].next[0]), CC__OP_LIT);
  /* ... and after the comma "aged" or the count */
  const cc__then *t = &g->then[g->probe[0].then0];
  assert_false(t->free);
  assert_int_equal(t->n, 2);
  assert_int_equal(S_op(g, t->pc[0]), CC__OP_LIT);
  assert_int_equal(S_op(g, t->pc[1]), CC__OP_SLOT);
  assert_int_equal(g->code[t->pc[1]].a, CC__S_COUNT);
  /* a slot, then a date or "born" */
  g = S_prog(rs, 1);
  assert_int_equal(g->nprobe, 1);
  assert_false(g->probe[0].free);
  assert_int_equal(g->probe[0].nnext, 2);
  assert_int_equal(S_op(g, g->probe[0].next[0]), CC__OP_SLOT);
  assert_int_equal(g->code[g->probe[0].next[0]].a, CC__S_DATE);
  assert_int_equal(S_op(g, g->probe[0].next[1]), CC__OP_LIT);
  /* nothing after the date slot is tested; after "born", the date */
  assert_true(g->then[g->probe[0].then0].free);
  t = &g->then[g->probe[0].then0 + 1];
  assert_false(t->free);
  assert_int_equal(t->n, 1);
  assert_int_equal(g->code[t->pc[0]].a, CC__S_DATE);
  /* a gap may follow: nothing to test after the first step */
  g = S_prog(rs, 2);
  assert_int_equal(g->nprobe, 1);
  assert_true(g->probe[0].free);
  /* "the" or the place first; the place after "the" */
  g = S_prog(rs, 3);
  assert_int_equal(g->nprobe, 2);
  assert_int_equal(S_op(g, g->probe[0].pc), CC__OP_LIT);
  assert_int_equal(g->probe[0].nnext, 1);
  assert_int_equal(S_op(g, g->probe[0].next[0]), CC__OP_SLOT);
  assert_int_equal(S_op(g, g->probe[1].pc), CC__OP_SLOT);
  assert_int_equal(S_op(g, g->probe[1].next[0]), CC__OP_LIT);
  assert_false(g->probe[1].free);
  /* "officials", then the date */
  t = &g->then[g->probe[1].then0];
  assert_false(t->free);
  assert_int_equal(t->n, 1);
  assert_int_equal(g->code[t->pc[0]].a, CC__S_DATE);
  cc_rules_free(&rs);
  /* the match after the literal: nothing to test after it */
  rs = S_ok("rule m\nframe f\nmatch {DATE:d} talks\nsubject story\n");
  g = S_prog(rs, 0);
  assert_int_equal(g->probe[0].nnext, 1);
  assert_true(g->then[g->probe[0].then0].free);
  cc_rules_free(&rs);
  rs = S_ok(
      "rule a\nframe f\nmatch {PERSON:p} , [aged] {COUNT:n} ,\n"
      "subject $p\nvalue $n\n"
      "rule b\nframe f\n"
      "match {PERSON:p} ( {DATE:d} - | born {DATE:d} )\n"
      "match {PERSON:p} ...{0,4} born {DATE:d}\n"
      "match [the] {PLACE:x} officials {DATE:d}\n"
      "match {DATE:d}\n"
      "subject story\n");
  /* the match follows */
  g = S_prog(rs, 4);
  assert_int_equal(g->nprobe, 1);
  assert_true(g->probe[0].free);
  cc_rules_free(&rs);
  /* more first steps than a probe holds: no test */
  rs = S_ok("rule m\nframe f\nmatch [a] [b] [c] [d] [e] [f] [g] [h] [i] "
            "{DATE:d}\nsubject story\n");
  assert_int_equal(S_prog(rs, 0)->nprobe, 0);
  cc_rules_free(&rs);
}

/* The probe by the word after a first slot (cc_ruleset.pgate, pfollow,
 * pnext): only programs whose first steps are a person or a mention other
 * than a count, each followed by literals and mention slots other than a
 * count alone, by the first words of those literals, and whether a
 * mention slot may follow. */
static void test_probe_gate(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule a\nframe f\nmatch {PERSON:p} , [aged] {COUNT:n} ,\n"   /* 0 */
      "subject $p\nvalue $n\n"
      "rule b\nframe f\n"
      "match {PERSON:p} ( {DATE:d} - | born {DATE:d} )\n"           /* 1 */
      "match {PERSON:p} ...{0,4} born {DATE:d}\n"                   /* 2 */
      "match {DURATION:d} of talks|meetings\n"                      /* 3 */
      "match {COUNT:n} people died on {DATE:d}\n"                   /* 4 */
      "match ( {PERSON:p} was born | {DATE:d} saw ) {DATE:e}\n"     /* 5 */
      "match held {DATE:d} talks\n"                                 /* 6 */
      "match {DATE:d}\n"                                            /* 7 */
      "match {DATE:d} {COUNT:n} people\n"                           /* 8 */
      "match {PERSON:p} {PERSON:q} met {DATE:d}\n"                  /* 9 */
      "subject story\n");
  assert_non_null(rs->pgate);
  assert_non_null(rs->pnext);
  assert_non_null(rs->pfollow);
  uint32_t pw = rs->pwords;
  assert_true(S_has(rs->pgate, 0));
  assert_true(S_has(rs->pgate, 1)); /* a date or "born" */
  assert_true(S_has(rs->pnext, 1));
  assert_false(S_has(rs->pgate, 2)); /* a gap may follow */
  assert_true(S_has(rs->pgate, 3));
  assert_false(S_has(rs->pgate, 4)); /* a count: bare numbers too */
  assert_true(S_has(rs->pgate, 5));  /* a person or a date, then words */
  assert_false(S_has(rs->pgate, 6)); /* a literal first */
  assert_false(S_has(rs->pgate, 7)); /* the match follows */
  assert_false(S_has(rs->pgate, 8)); /* a count follows: bare numbers */
  assert_false(S_has(rs->pgate, 9)); /* a person follows */
  assert_false(S_has(rs->pnext, 0));
  assert_false(S_has(rs->pnext, 3));
  int32_t comma = cc__word_id(rs, ",", 1), of = cc__word_id(rs, "of", 2),
          was = cc__word_id(rs, "was", 3), saw = cc__word_id(rs, "saw", 3),
          talks = cc__word_id(rs, "talks", 5),
          born = cc__word_id(rs, "born", 4);
  assert_true(S_has(rs->pfollow + (size_t)born * pw, 1));
  assert_true(S_has(rs->pfollow + (size_t)comma * pw, 0));
  assert_false(S_has(rs->pfollow + (size_t)comma * pw, 3));
  assert_true(S_has(rs->pfollow + (size_t)of * pw, 3));
  assert_false(S_has(rs->pfollow + (size_t)talks * pw, 3));
  assert_true(S_has(rs->pfollow + (size_t)was * pw, 5));
  assert_true(S_has(rs->pfollow + (size_t)saw * pw, 5));
  assert_false(S_has(rs->pfollow + (size_t)was * pw, 0));
  for (uint32_t gid = 0; gid < rs->nprogs; gid++) /* none outside pgate */
    for (uint32_t w = 0; w <= rs->nwords; w++)
      if (S_has(rs->pfollow + (size_t)w * pw, gid))
        assert_true(S_has(rs->pgate, gid));
  for (uint32_t gid = 0; gid < rs->nprogs; gid++)
    if (S_has(rs->pnext, gid))
      assert_true(S_has(rs->pgate, gid));
  cc_rules_free(&rs);
}

/* The tables by a sentence's slot types (cc_ruleset.hkeep, hstart), two
 * lookups a side, against a pass over the slot types, for every set of
 * types. */
/* hmet: for every have of 14 bits, whether some program needs only slot
 * types of it, as the programs' slot_progs tell. */
static void S_check_hmet(const cc_ruleset *rs) {
  assert_non_null(rs->hmet);
  for (uint32_t have = 0; have < (1u << 14); have++) {
    bool met = false;
    for (uint32_t g = 0; g < rs->nprogs && !met; g++) {
      bool keep = true;
      for (int k = 0; k < CC__S__COUNT; k++)
        if (!(have & (1u << k)) && S_needs(rs, k, g))
          keep = false;
      met = keep;
    }
    assert_int_equal((rs->hmet[have >> 3] >> (have & 7)) & 1, met);
  }
}

static void test_have_tables(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule born\nframe person.birth\n"
      "match {PERSON:p} ( {DATE:d} - | born {DATE:d} )\n"
      "subject full $p\n"
      "rule count\nframe delegation.size\n"
      "match {COUNT:n} [{PLACE}] officials\n"
      "match the {ORG} sent {COUNT:n} [{NONN}]\n"
      "subject story\nvalue $n\n"
      "rule list\nframe delegation\n"
      "match {PLACE:side} delegation included {LIST:l}\n"
      "match {TIME:t} {PHRASE:o} {WORD} {PLACE:side} {LIST:l}\n"
      "subject country $side\nvalue $l\n");
  uint32_t pw = rs->pwords;
  for (uint32_t have = 0; have < (1u << CC__S__COUNT); have++) {
    const uint64_t *k0 = rs->hkeep + (have & 127) * pw,
                   *k1 = rs->hkeep + (128 + (have >> 7)) * pw,
                   *s0 = rs->hstart + (have & 127) * pw,
                   *s1 = rs->hstart + (128 + (have >> 7)) * pw;
    for (uint32_t g = 0; g < rs->nprogs; g++) {
      bool keep = true, start = false;
      for (int k = 0; k < CC__S__COUNT; k++) {
        if (!(have & (1u << k)) && S_needs(rs, k, g))
          keep = false;
        if ((have & (1u << k)) && rs->by_slot[k] &&
            S_has(rs->by_slot[k]->mask, g))
          start = true;
      }
      uint64_t bit = 1ull << (g & 63);
      assert_int_equal(((k0[g / 64] & k1[g / 64]) & bit) != 0, keep);
      assert_int_equal(((s0[g / 64] | s1[g / 64]) & bit) != 0, start);
    }
    /* no bit past the last program: a sentence whose slots keep no
     * program is told so by the whole entry */
    for (uint32_t g = rs->nprogs; g < pw * 64; g++)
      assert_false((k0[g / 64] & k1[g / 64]) >> (g & 63) & 1);
  }
  /* the born pattern needs a person and a date, and starts at a person */
  uint32_t pd = 1u << CC__S_PERSON | 1u << CC__S_DATE;
  assert_true((rs->hkeep[(pd & 127) * pw] & rs->hkeep[(128 + (pd >> 7)) * pw]) &
              1);
  assert_true((rs->hstart[(pd & 127) * pw] |
               rs->hstart[(128 + (pd >> 7)) * pw]) & 1);
  S_check_hmet(rs);
  /* (a have with no person, date, count nor place meets no program) */
  uint32_t none = 1u << CC__S_PHRASE | 1u << CC__S_WORD | 1u << CC__S_TIME;
  assert_false((rs->hmet[none >> 3] >> (none & 7)) & 1);
  cc_rules_free(&rs);
}

/* wflags, wbits (its rows' three sets) and slot_bits (S_word_tables), what the
 * matcher's walk over a sentence reads: each word's flags and program sets
 * agree with wstart, rep_list, by_word and the programs' second must sets,
 * and each slot type's with by_slot. */
static void S_check_word_tables(const cc_ruleset *rs) {
  uint32_t pw = rs->pwords;
  assert_true(pw >= 1 && pw <= CC__FW);
  assert_non_null(rs->wbits);
  /* the second sets and few_must, made again from the programs */
  uint64_t *sec = calloc(((size_t)rs->nwords + 1) * CC__FW, sizeof *sec);
  uint64_t few[CC__FW] = {0};
  assert_non_null(sec);
  for (uint32_t r = 0; r < rs->nrules; r++)
    for (uint32_t g = 0; g < rs->rules[r].nprogs; g++) {
      const cc__prog *pg = &rs->rules[r].progs[g];
      uint64_t bit = 1ull << (pg->gid & 63);
      if (pg->nmust < 2) {
        few[pg->gid / 64] |= bit;
        continue;
      }
      const cc__litset *ls = &pg->lits[pg->must[1]];
      for (uint16_t a = 0; a < ls->nfirsts; a++)
        sec[(size_t)ls->firsts[a] * CC__FW + pg->gid / 64] |= bit;
    }
  for (uint32_t x = 0; x < CC__FW; x++)
    assert_true(rs->few_must[x] == few[x]);
  for (uint32_t w = 0; w <= rs->nwords; w++) {
    uint8_t f = rs->wflags[w];
    bool small = w >= CC__W_ONE && w <= CC__W_TWELVE;
    assert_int_equal((f & CC__WF_START) != 0, rs->wstart[w] || small);
    assert_int_equal((f & CC__WF_SMALL) != 0, small);
    const uint64_t *b = rs->wbits + (size_t)w * CC__WROW;
    uint64_t rep[CC__FW] = {0}, any = 0;
    for (uint32_t k = rs->rep_off[w]; k < rs->rep_off[w + 1]; k++)
      rep[rs->rep_list[k] / 64] |= 1ull << (rs->rep_list[k] & 63);
    for (uint32_t x = 0; x < CC__FW; x++) {
      assert_true(b[CC__WR_REP + x] == rep[x]);
      uint64_t st = rs->by_word[w] && x < pw ? rs->by_word[w]->mask[x] : 0;
      assert_true(b[CC__WR_START + x] == st);
      assert_true(b[CC__WR_SECOND + x] == sec[(size_t)w * CC__FW + x]);
      any |= rep[x] | st | sec[(size_t)w * CC__FW + x];
    }
    assert_int_equal((f & CC__WF_BITS) != 0, any != 0);
  }
  free(sec);
  for (int k = 0; k < CC__S__COUNT; k++) {
    assert_int_equal((rs->slot_any >> k) & 1, rs->by_slot[k] != NULL);
    for (uint32_t x = 0; x < CC__FW; x++)
      assert_true(rs->slot_bits[k * CC__FW + x] ==
                  (rs->by_slot[k] && x < pw ? rs->by_slot[k]->mask[x] : 0));
  }
}

static void test_word_tables(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule born\nframe person.birth\n"
      "match {PERSON:p} ( {DATE:d} - | born {DATE:d} )\n"
      "match {PERSON:p} ...{0,4} born ...{0,4} in|on {DATE:d}\n"
      "subject full $p\n"
      "rule count\nframe delegation.size\n"
      "match {COUNT:n} [{PLACE}] officials\n"
      "match officials [numbering {COUNT:n}] arrived\n"
      "match the {ORG} sent two|three {WORD} {COUNT:n}\n"
      "subject story\nvalue $n\n");
  S_check_word_tables(rs);
  /* "officials" starts program 3 and is the rarest must word of 2 and 3 */
  int32_t w = cc__word_id(rs, "officials", 9);
  assert_true(w > 0);
  assert_true(rs->wflags[w] & CC__WF_START);
  assert_true(rs->wflags[w] & CC__WF_BITS);
  assert_true((rs->wbits[(size_t)w * CC__WROW + CC__WR_START] >> 3) & 1);
  assert_true((rs->wbits[(size_t)w * CC__WROW + CC__WR_REP] >> 2) & 1);
  /* "in" is the second (the commoner) must set of program 1, after
   * "born": its row's second set holds the program, which few_must does not */
  int32_t in = cc__word_id(rs, "in", 2);
  assert_true(in > 0);
  assert_true(rs->wflags[in] & CC__WF_BITS);
  assert_true((rs->wbits[(size_t)in * CC__WROW + CC__WR_SECOND] >> 1) & 1);
  assert_false((rs->few_must[0] >> 1) & 1);
  assert_true(rs->few_must[0] & 1); /* (program 0: no must set) */
  /* a word no program starts at nor needs first: no flags */
  int32_t a = cc__word_id(rs, "arrived", 7);
  assert_true(a > 0);
  assert_false(rs->wflags[a] & CC__WF_START);
  assert_true(rs->wflags[CC__W_TWO] & CC__WF_SMALL);
  cc_rules_free(&rs);
  /* more than one word of programs */
  char src[20000];
  size_t n = 0;
  for (int r = 0; r < 150; r++)
    n += (size_t)snprintf(src + n, sizeof src - n,
                          "rule r%d\nframe f\nmatch word%d {DATE:d}\n"
                          "subject story\n",
                          r, r % 40);
  rs = S_ok(src);
  assert_int_equal(rs->pwords, 3);
  S_check_word_tables(rs);
  cc_rules_free(&rs);
  /* the fast path's last words (CC__FW of them) */
  size_t cap = (size_t)CC__FW * 64 * 60;
  char *big = malloc(cap);
  assert_non_null(big);
  n = 0;
  for (int r = 0; r < CC__FW * 64; r++)
    n += (size_t)snprintf(big + n, cap - n,
                          "rule r%d\nframe f\nmatch word%d {DATE:d}\n"
                          "subject story\n",
                          r, r % 90);
  rs = S_ok(big);
  free(big);
  assert_int_equal(rs->pwords, CC__FW);
  S_check_word_tables(rs);
  cc_rules_free(&rs);
}

/* More programs than one 64-bit word holds: gids past 63 land in later
 * words. */
static void test_many_programs(void **state) {
  (void)state;
  char src[20000];
  size_t n = 0;
  for (int r = 0; r < 70; r++)
    n += (size_t)snprintf(src + n, sizeof src - n,
                          "rule r%d\nframe f\nmatch word%d {DATE:d}\n"
                          "subject story\n",
                          r, r);
  cc_ruleset *rs = S_ok(src);
  assert_int_equal(rs->nprogs, 70);
  assert_true(rs->pwords * 64 >= 70);
  const cc__ientry *e = S_entry(rs, "word69");
  assert_true(S_has(e->mask, 69));
  assert_false(S_has(e->mask, 5));
  assert_true(S_needs(rs, CC__S_DATE, 69));
  assert_int_equal(rs->gid_ref[69], 69u << 8);
  S_check_hmet(rs);
  cc_rules_free(&rs);
}

/* Must sets made of several literals: one word in each branch ("rain"
 * in two literals), or different words that together cut every path;
 * none where a branch has no literal, or where one literal already
 * makes an uncommon must set. */
static void test_must_unions(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule rain\n"
      "frame weather.rainfall\n"
      "match ( {COUNT:n} of rain|snow | rain|snow of {COUNT:n} )\n" /* 0 */
      "subject story\n"
      "rule high\n"
      "frame weather.temperature\n"
      "match ( record {COUNT:n} | highest of {COUNT:n} )\n"         /* 1 */
      "subject story\n"
      "rule open\n"
      "frame t.open\n"
      "match ( {COUNT:n} | record {COUNT:n} )\n"                    /* 2 */
      "subject story\n"
      "rule one\n"
      "frame t.one\n"
      "match {COUNT:n} ( people | persons ) fled\n"                 /* 3 */
      "subject story\n");
  const cc__prog *g = &rs->rules[0].progs[0];
  assert_int_equal(g->nmust, 1); /* ("of" is common: no set of it alone) */
  assert_true(S_firsts_are(rs, &g->lits[g->must[0]], "rain", "snow"));
  g = &rs->rules[1].progs[0];
  assert_int_equal(g->nmust, 1);
  assert_true(S_firsts_are(rs, &g->lits[g->must[0]], "record", "highest"));
  assert_true(S_has(rs->free_progs, 2)); /* a bare count: nothing to cut */
  g = &rs->rules[3].progs[0];
  assert_int_equal(g->nlits, g->nlits_code); /* its own literals suffice */
  assert_false(S_has(rs->free_progs, 3));
  cc_rules_free(&rs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_masks),
      cmocka_unit_test(test_must_unions),
      cmocka_unit_test(test_many_programs),
      cmocka_unit_test(test_probe),
      cmocka_unit_test(test_probe_gate),
      cmocka_unit_test(test_have_tables),
      cmocka_unit_test(test_word_tables),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
