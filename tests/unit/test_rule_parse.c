/* test_rule_parse.c - the rule language: good rules load and are listed,
 * bad rules fail with "file:line:col: message", the shipped rules folder
 * lints clean. */
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
  assert_non_null(rs);
  return rs;
}

static void test_minimal_rule(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("# a comment\n"
                        "rule start.scheduled\n"
                        "  about \"scheduled start\"\n"
                        "  frame event.start_time\n"
                        "  match scheduled to begin|start at {TIME:t}\n"
                        "  subject story\n");
  assert_int_equal(cc_rules_count(rs), 1);
  const cc_rule_info *ri = cc_rules_info(rs, 0);
  assert_string_equal(ri->id, "start.scheduled");
  assert_string_equal(ri->frame, "event.start_time");
  assert_string_equal(ri->description, "scheduled start");
  assert_string_equal(ri->file, "t.rules");
  assert_int_equal(ri->line, 2);
  assert_null(cc_rules_info(rs, 1));
  cc_rules_free(&rs);
  assert_null(rs);
  cc_rules_free(&rs); /* NULL-safe */
}

/* Line ends LF, CRLF, or a CR alone (old Mac editors): the same rules
 * and lines (a CR alone had made the file one comment line). */
static void test_line_ends(void **state) {
  (void)state;
  static const char *const src[] = {
      "# note\nrule a.b\n  frame event.start_time\n"
      "  match began at {TIME:t}\n  subject story\n",
      "# note\r\nrule a.b\r\n  frame event.start_time\r\n"
      "  match began at {TIME:t}\r\n  subject story\r\n",
      "# note\rrule a.b\r  frame event.start_time\r"
      "  match began at {TIME:t}\r  subject story\r"};
  for (size_t i = 0; i < sizeof src / sizeof *src; i++) {
    cc_ruleset *rs = S_ok(src[i]);
    assert_int_equal(cc_rules_count(rs), 1);
    assert_int_equal(cc_rules_info(rs, 0)->line, 2);
    assert_string_equal(cc_rules_info(rs, 0)->frame, "event.start_time");
    cc_rules_free(&rs);
  }
}

/* An 'about' of several quoted examples keeps their quotes; one pair
 * around the whole text is dropped (rules --list showed 'a", "b'). */
static void test_about_quotes(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("rule r.two\n"
                        "  about \"a 24-hour strike\", \"a walkout\"  \n"
                        "  frame event.duration\n"
                        "  match strike of {DURATION:d}\n"
                        "  subject story\n");
  assert_string_equal(cc_rules_info(rs, 0)->description,
                      "\"a 24-hour strike\", \"a walkout\"");
  cc_rules_free(&rs);
}

static void test_every_construct(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule a\n"
      "frame previous_meeting\n"
      "about first meeting in N years\n"
      "match first [known|face-to-face] meeting|summit|talks ...{0,8} in "
      "{DURATION:d}\n"
      "match first ( time | face-to-face meeting ) ... in {DURATION:d}\n"
      "subject parties\n"
      "value docdate - $d\n"
      "require $d 0..23 hours\n"
      "rule b\n"
      "frame delegation\n"
      "match {PLACE:side} delegation members include|including : {LIST:l}\n"
      "match {PLACE:side} 's delegation included {LIST:l}\n"
      "subject country $side\n"
      "value $l\n"
      "open when include|includes|including|included\n"
      "rule c\n"
      "frame person.birth\n"
      "match {PERSON:p} , {NUMBER:age} ,\n"
      "subject $p\n"
      "value docdate - $age years\n"
      "require $age 1..120\n"
      "rule d\n"
      "frame meeting.side\n"
      "match {NONN:n} with {PERSON:p} accompanied by {LIST:l}\n"
      "subject country $p\n"
      "value $l + $p\n"
      "rule e\n"
      "frame previous_visit\n"
      "match first visit|trip by [a|an] {PLACE:nat} leader|president to "
      "{PLACE:dest} in {DURATION:d}\n"
      "subject leader $nat\n"
      "object $dest\n"
      "value docdate - $d\n"
      "rule f\n"
      "frame previous_meeting\n"
      "match {DATE:d} {PLACE} summit\n"
      "subject parties\n"
      "require past $d\n"
      "require past $d 14 days\n"
      "require future $d 2\n"
      "require past $d today\n"
      "rule g\n"
      "frame group.members\n"
      "match board 's {COUNT:n} members\n"
      "subject \"board\"\n"
      "object none\n"
      "rule h\n"
      "frame person.birth\n"
      "match {PERSON:p} ( , {COUNT:n} , | aged {COUNT:n} )\n"
      "subject person\n"
      "value age $n\n"
      "unless not|never\n"
      "context born|age\n");
  assert_int_equal(cc_rules_count(rs), 8);
  cc__rule *h = &rs->rules[7];
  assert_int_equal(h->val, CC__VAL_AGE);
  assert_int_equal(h->subj, CC__SUBJ_PERSON);
  assert_int_equal(h->unless.nalts, 2);
  assert_int_equal(h->context.nalts, 2);
  assert_int_equal(h->context_back, 1);
  assert_int_equal(h->progs[0].ncaps, 2); /* $n in both branches is one */
  /* the index: first words and slot types */
  cc__ientry *e = NULL;
  const char *keys[] = {"first", "{PLACE}", "{PERSON}", "{NONN}", "{DATE}",
                        "board"};
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    HASH_FIND_STR(rs->index, keys[i], e);
    assert_non_null(e);
  }
  HASH_FIND_STR(rs->index, "meeting", e);
  assert_null(e); /* not a first word */
  cc__rule *a = &rs->rules[0];
  assert_int_equal(a->nprogs, 2);
  assert_int_equal(a->val, CC__VAL_DOC_MINUS);
  assert_int_equal(rs->rules[2].val_unit, CC__U_YEARS);
  assert_int_equal(rs->rules[2].reqs[0].kind, CC__REQ_RANGE);
  assert_int_equal(rs->rules[5].nreqs, 4);
  assert_int_equal(rs->rules[5].reqs[0].kind, CC__REQ_PAST);
  assert_true(rs->rules[5].reqs[0].lo == 0);
  assert_int_equal(rs->rules[5].reqs[1].kind, CC__REQ_PAST);
  assert_true(rs->rules[5].reqs[1].lo == 14);
  assert_int_equal(rs->rules[5].reqs[2].kind, CC__REQ_FUTURE);
  assert_true(rs->rules[5].reqs[2].lo == 2);
  /* "today": the article's own day passes */
  assert_int_equal(rs->rules[5].reqs[3].kind, CC__REQ_PAST);
  assert_true(rs->rules[5].reqs[3].lo == -1);
  assert_int_equal(rs->rules[0].reqs[0].kind, CC__REQ_RANGE);
  assert_true(rs->rules[0].reqs[0].hi == 23 * 3600.0);
  assert_true(rs->rules[1].open);
  assert_int_equal(rs->rules[1].open_when.nalts, 4);
  assert_int_equal(rs->rules[3].val, CC__VAL_LIST_PLUS);
  assert_int_equal(rs->rules[4].subj, CC__SUBJ_LEADER);
  assert_string_equal(rs->rules[6].subj_text, "board");
  /* "face-to-face" is five token pieces */
  const cc__prog *g = &a->progs[0];
  bool found = false;
  for (uint32_t i = 0; i < g->nlits; i++)
    for (uint16_t k = 0; k < g->lits[i].nalts; k++)
      if (g->lits[i].alts[k].npieces == 5 &&
          strcmp(g->lits[i].alts[k].pieces[2], "to") == 0)
        found = true;
  assert_true(found);
  cc_rules_free(&rs);
}

/* "member $p" (the group a person belongs to) and "full $p" (the person's
 * full name) take a {PERSON} slot. */
static void test_member_and_full_subjects(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("rule m\nframe delegation\n"
                        "match {PERSON:p} , one of {COUNT:n} members\n"
                        "subject member $p\n"
                        "rule f\nframe person.birth\n"
                        "match {PERSON:p} , {COUNT:n} ,\n"
                        "subject full $p\nvalue age $n\n");
  assert_int_equal(rs->rules[0].subj, CC__SUBJ_MEMBER);
  assert_string_equal(rs->rules[0].subj_cap, "p");
  assert_int_equal(rs->rules[1].subj, CC__SUBJ_FULL);
  assert_string_equal(rs->rules[1].subj_cap, "p");
  cc_rules_free(&rs);
}

static void test_possessive_and_case(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("rule p\nframe x\nmatch Nation's {COUNT} Members\n");
  const cc__prog *g = &rs->rules[0].progs[0];
  assert_int_equal(g->lits[0].alts[0].npieces, 2);
  assert_string_equal(g->lits[0].alts[0].pieces[0], "nation");
  assert_string_equal(g->lits[0].alts[0].pieces[1], "'s");
  assert_string_equal(g->lits[1].alts[0].pieces[0], "members");
  cc_rules_free(&rs);
}

/* "\(" and "\)" are the text's brackets, words of the pattern, where
 * a bare "(" opens a group. */
static void test_escaped_brackets(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("rule p\nframe x\nmatch {COUNT} people \\( {COUNT} "
                        "\\) [\\[] \\]\n");
  const cc__prog *g = &rs->rules[0].progs[0];
  assert_string_equal(g->lits[1].alts[0].pieces[0], "(");
  assert_string_equal(g->lits[2].alts[0].pieces[0], ")");
  assert_string_equal(g->lits[3].alts[0].pieces[0], "[");
  assert_string_equal(g->lits[4].alts[0].pieces[0], "]");
  cc_rules_free(&rs);
}

/* A gap's bounds at the very end of a text parsed from memory, with no
 * NUL after it (a fuzz case: the bounds were copied one byte past the
 * text); the buffer is exactly the text, so ASan sees any overread. */
static void test_gap_at_text_end(void **state) {
  (void)state;
  static const char *const srcs[] = {"rule g\nframe x\nmatch first ...{1,",
                                     "rule g\nframe x\nmatch first ...{la",
                                     "rule g\nframe x\nmatch first ...{"};
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    size_t n = strlen(srcs[i]);
    char *buf = malloc(n);
    memcpy(buf, srcs[i], n);
    cc_ruleset *rs = NULL;
    cc_err err = {{0}};
    assert_int_equal(cc_rules_parse("t.rules", buf, n, NULL, &rs, &err), -1);
    assert_non_null(strstr(err.msg, "a gap is written ...{MIN,MAX}"));
    assert_null(rs);
    free(buf);
  }
}

/* Bad rules: each must fail with this exact prefix and a message part. */
static const struct {
  const char *src, *where, *what;
} S_bad[] = {
    {"frame x\n", "t.rules:1:1:", "outside a rule"},
    {"rule a\nframe x\nmatch first {DATUM}\n", "t.rules:3:13:",
     "unknown slot type 'DATUM'"},
    {"rule a\nframe x\nmatch first [since {DATE}\n", "t.rules:3:",
     "expected ']'"},
    {"rule a\nframe x\nmatch first since {DATE} )\n", "t.rules:3:26:",
     "without an opening"},
    {"rule a\nframe x\nmatch ... first {DATE}\n", "t.rules:3:", "must begin"},
    {"rule a\nframe x\nmatch [first] ... {DATE}\n", "t.rules:3:",
     "must begin"},
    {"rule a\nframe x\nmatch {WORD} {DATE}\n", "t.rules:3:", "must begin"},
    {"rule a\nframe x\nmatch first ...{0,99} {DATE}\n", "t.rules:3:",
     "MAX <= 12"},
    {"rule a\nframe x\nmatch first ...{3,1} {DATE}\n", "t.rules:3:",
     "MIN <= MAX"},
    {"rule a\nframe x\nmatch first ...{x} {DATE}\n", "t.rules:3:",
     "...{MIN,MAX}"},
    {"rule a\nframe x\nmatch first | second {DATE}\n", "t.rules:3:13:",
     "needs a group"},
    {"rule a\nframe x\nmatch first {DATE\n", "t.rules:3:13:",
     "without a closing"},
    {"rule a\nframe x\nmatch first a||b {DATE}\n", "t.rules:3:14:",
     "needs a group"},
    {"rule a\nframe x\nmatch first ( a | | b ) {DATE}\n", "t.rules:3:19:",
     "empty pattern or alternative"},
    {"rule a\nframe x\nmatch first \\(x {DATE}\n", "t.rules:3:15:",
     "a word of its own"},
    {"rule a\nframe x\nmatch first ( ) {DATE}\n", "t.rules:3:",
     "empty pattern"},
    {"rule a\nmatch first {DATE}\n", "t.rules:1:1:", "no 'frame' line"},
    {"rule a\nframe x\n", "t.rules:1:1:", "no 'match' line"},
    {"rule a\nframe x\nmatch first {PLACE}\n", "t.rules:3:1:",
     "no value slot"},
    {"rule a\nframe x\nmatch first {DATE:d}\nsubject $p\n", "t.rules:4:9:",
     "the pattern on line 3 has no slot named p"},
    {"rule a\nframe x\nmatch first {DATE:d} {PERSON:p}\nmatch second {DATE:d}"
     "\nsubject $p\n",
     "t.rules:5:9:", "the pattern on line 4 has no slot named p"},
    {"rule a\nframe x\nmatch first {DATE:d}\nvalue docdate - $d\n",
     "t.rules:4:17:", "cannot use $d, a {DATE} slot on line 3"},
    {"rule a\nframe x\nmatch first {DATE:d} {PLACE:p}\nsubject leader $d\n",
     "t.rules:4:16:", "cannot use $d"},
    {"rule a\nframe x\nmatch first {DATE:d} {TIME:d}\n", "t.rules:3:22:",
     "two slot types"},
    {"rule a\nframe x\nmatch first {DATE}\nsubject everyone\n",
     "t.rules:4:9:", "unknown subject 'everyone'"},
    {"rule a\nframe x\nmatch first {DATE}\nobject this\n", "t.rules:4:8:",
     "unknown object"},
    {"rule a\nframe x\nmatch first {DATE}\nsubject name after\n",
     "t.rules:4:14:", "expected 'before' or $slot after 'name'"},
    {"rule a\nframe x\nmatch first {DATE}\nobject name after\n",
     "t.rules:4:13:", "expected 'before' or $slot after 'name'"},
    {"rule a\nframe x\nmatch first {DATE:d}\nvalue now - $d\n",
     "t.rules:4:7:", "unknown value 'now'"},
    {"rule a\nframe x\nmatch first {COUNT:d}\nvalue docdate - $d weeks\n",
     "t.rules:4:20:", "unknown unit 'weeks'"},
    {"rule a\nframe x\nmatch first {COUNT:d}\nrequire $d 5\n", "t.rules:4:12:",
     "a range like"},
    {"rule a\nframe x\nmatch first {COUNT:d}\nrequire soon $d\n",
     "t.rules:4:9:", "unknown requirement"},
    {"rule a\nframe x\nmatch first {DURATION:d}\nrequire $d 1..5 parsecs\n",
     "t.rules:4:17:", "unknown unit 'parsecs'"},
    {"rule a\nframe x\nmatch first {DATE:d}\nrequire past $d soon\n",
     "t.rules:4:17:", "number of days"},
    {"rule a\nframe x\nmatch first {DATE:d}\nrequire past $d -3\n",
     "t.rules:4:17:", "number of days"},
    {"rule a\nframe x\nmatch first {DATE:d}\nrequire past $d today on\n",
     "t.rules:4:23:", "unexpected text after today"},
    {"rule a\nframe x\nmatch first {DATE:d}\nrequire future $d today\n",
     "t.rules:4:19:", "number of days"},
    {"rule a\nframe x\nmatch first {DATE:d}\nrequire past $d 14 weeks\n",
     "t.rules:4:20:", "expected 'days'"},
    {"rule a\nframe x\nmatch first {DATE}\nsubject story\nsubject story\n",
     "t.rules:5:1:", "two 'subject' lines"},
    {"rule a\nframe x\nframe y\n", "t.rules:3:7:", "two 'frame' lines"},
    {"rule a\nframe Bad\n", "t.rules:2:7:", "expected a frame name"},
    {"rule a\nframe x\nmatch first {DATE}\nrule a\n", "t.rules:4:6:",
     "duplicate rule id 'a'"},
    {"rule a b\n", "t.rules:1:8:", "unexpected text"},
    {"rule\n", "t.rules:1:5:", "expected a rule id"},
    {"rule a\nframe x\nmatch first {DATE}\nwhen now\n", "t.rules:4:1:",
     "unknown keyword 'when'"},
    {"rule a\nframe x\nmatch first {DATE}\nopen sometimes\n",
     "t.rules:4:6:", "expected 'when'"},
    {"rule a\nframe x\nmatch first {DATE}\nunless\n", "t.rules:4:7:",
     "expected words"},
    {"rule a\nframe x\nmatch first {DATE}\nunless a\nunless b\n",
     "t.rules:5:8:", "two 'unless' lines"},
    {"rule a\nframe x\nmatch first {DATE}\nunless after a\nunless after b\n",
     "t.rules:5:8:", "two 'unless after' lines"},
    {"rule a\nframe x\nmatch first {DATE}\nunless sentence a\nunless sentence b\n",
     "t.rules:5:8:", "two 'unless sentence' lines"},
    {"rule a\nframe x\nmatch first {DATE}\nunless after a|b extra\n",
     "t.rules:4:18:", "unexpected text"},
    {"rule a\nframe x\nmatch first {DATE}\ncontext a|b extra\n",
     "t.rules:4:13:", "unexpected text"},
    {"rule a\nframe x\nmatch first {DATE}\ncontext 4 a|b\n", "t.rules:4:9:",
     "1 to 3 sentences back"},
    {"rule a\nframe x\nmatch first {DATE:d}\nvalue age $d\n", "t.rules:4:11:",
     "cannot use $d"},
    {"rule a\nframe x\nmatch first {DATE:d} {PLACE:p}\nsubject member $p\n",
     "t.rules:4:16:", "cannot use $p"},
    {"rule a\nframe x\nmatch first {DATE:d}\nsubject full $d\n",
     "t.rules:4:14:", "cannot use $d"},
    /* an object is an entity, words, a period (a {DATE}) or a count's
       words (an index's number: "FTSE 100"), not a percent */
    {"rule a\nframe x\nmatch first {DATE} {PERCENT:n}\nobject $n\n",
     "t.rules:4:8:", "object cannot use $n, a {PERCENT} slot"},
    /* max and min pick between two counts, not dates */
    {"rule a\nframe x\nmatch first {DATE:d} {COUNT:n}\nvalue max $d $n\n",
     "t.rules:4:", "cannot use $d"},
    {"rule a\nframe x\nmatch first {DATE}\nsubject member\n", "t.rules:4:",
     "$"},
    {"rule a\nframe x\nmatch first|a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-"
     "w-x-y-z-a-b-c-d-e-f-g-h {DATE}\n",
     "t.rules:3:13:", "literal longer than 64"},
    {"rule a\nframe x\nmatch ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( a ) ) ) ) ) ) ) )"
     " ) ) ) ) ) ) ) ) ) {DATE}\n", "t.rules:3:", "nested more than 16"},
    {"rule a\nframe x\nmatch first {DATE} {DATE} {DATE} {DATE} {DATE} "
     "{DATE} {DATE} {DATE} {DATE}\n",
     "t.rules:3:", "more than 8 slots"},
};

/* "unless after WORDS" is a second set, looked for after the match; a
 * bare "unless after" is the word "after" itself. */
static void test_unless_after(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("rule a\nframe x\nmatch {COUNT:n} arrests\n"
                        "unless not|no\nunless after since|overall\n"
                        "rule b\nframe x\nmatch {COUNT:n} arrests\n"
                        "unless after  # the word\n");
  assert_int_equal(rs->rules[0].unless.nalts, 2);
  assert_int_equal(rs->rules[0].unless_after.nalts, 2);
  assert_int_equal(rs->rules[1].unless.nalts, 1);
  assert_int_equal(rs->rules[1].unless_after.nalts, 0);
  cc_rules_free(&rs);
}

/* Regression: a literal every match needs, after more than 16 optional
 * ones, is still a must set (the matcher skips sentences without it). */
static void test_must_after_many_literals(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok(
      "rule a\nframe x\nmatch {COUNT:n} [people|persons] [ are | were | "
      "have been | had been | is | was | are still | were still | remain | "
      "remained | still | have long been ] missing|unaccounted\n");
  const cc__prog *g = &rs->rules[0].progs[0];
  assert_int_equal(g->nmust, 1);
  assert_int_equal(g->lits[g->must[0]].nalts, 2); /* missing|unaccounted */
  cc_rules_free(&rs);
}

static void test_bad_rules(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof S_bad / sizeof S_bad[0]; i++) {
    cc_ruleset *rs = (cc_ruleset *)1;
    cc_err err = {{0}};
    int rc = cc_rules_parse("t.rules", S_bad[i].src, strlen(S_bad[i].src),
                            NULL, &rs, &err);
    if (rc != -1 || strncmp(err.msg, S_bad[i].where, strlen(S_bad[i].where))
        || !strstr(err.msg, S_bad[i].what))
      print_error("case %zu: rc=%d msg='%s' want '%s' ... '%s'\n", i, rc,
                  err.msg, S_bad[i].where, S_bad[i].what);
    assert_int_equal(rc, -1);
    assert_null(rs);
    assert_int_equal(strncmp(err.msg, S_bad[i].where, strlen(S_bad[i].where)),
                     0);
    assert_non_null(strstr(err.msg, S_bad[i].what));
  }
}

static void test_load_folder_errors(void **state) {
  (void)state;
  cc_ruleset *rs = NULL;
  cc_err err = {{0}};
  assert_int_equal(cc_rules_load("tests/no-such-folder", NULL, &rs, &err), -1);
  assert_non_null(strstr(err.msg, "tests/no-such-folder"));
  assert_int_equal(cc_rules_load("tests/unit", NULL, &rs, &err), -1);
  assert_non_null(strstr(err.msg, "no *.rules files"));
  assert_null(rs);
}

/* The shipped rules must lint clean and every rule must say what it does. */
static void test_shipped_rules_lint(void **state) {
  (void)state;
  cc_ruleset *rs = NULL;
  cc_err err = {{0}};
  int rc = cc_rules_load(CC_TEST_RULES, NULL, &rs, &err);
  if (rc)
    print_error("%s\n", err.msg);
  assert_int_equal(rc, 0);
  assert_true(cc_rules_count(rs) >= 20);
  for (size_t i = 0; i < cc_rules_count(rs); i++) {
    const cc_rule_info *ri = cc_rules_info(rs, i);
    assert_true(strlen(ri->description) > 0);
    assert_non_null(strstr(ri->file, ".rules"));
  }
  cc_rules_free(&rs);
}

/* Hostile input: long lines, deep nesting, junk bytes never crash. */
static void test_hostile_sources(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_buf_puts(&b, "rule a\nframe x\nmatch first ");
  for (int i = 0; i < 200; i++)
    cc_buf_puts(&b, "( a | [ b ");
  cc_buf_puts(&b, "{DATE}");
  cc_ruleset *rs = NULL;
  cc_err err = {{0}};
  assert_int_equal(cc_rules_parse("t.rules", b.ptr, b.len, NULL, &rs, &err),
                   -1);
  cc_buf_reset(&b);
  for (int i = 0; i < 256; i++)
    cc_buf_putc(&b, (char)(i ? i : 1));
  assert_int_equal(cc_rules_parse("t.rules", b.ptr, b.len, NULL, &rs, &err),
                   -1);
  assert_int_equal(cc_rules_parse("t.rules", "rule a\0", 7, NULL, &rs, &err),
                   -1);
  cc_buf_free(&b);
}

static int32_t S_id(const cc_ruleset *rs, const char *w) {
  return cc__word_id(rs, w, strlen(w));
}

/* Does program g have to pass the literal set whose first alternative
 * starts with word w? */
static bool S_must_has(const cc__prog *g, const char *w) {
  for (uint32_t k = 0; k < g->nmust; k++)
    if (strcmp(g->lits[g->must[k]].alts[0].pieces[0], w) == 0)
      return true;
  return false;
}

/* Words are interned once per rule set: equal pieces share an id, the
 * matcher's own words have their fixed ids, unknown words have none; rules
 * are indexed by word id and slot; each program knows the literal sets
 * every match of it passes through. */
static void test_words_interned_and_needed(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("rule a\nframe event.start_time\n"
                        "match scheduled [to] begin|start|begin at {TIME:t}\n"
                        "subject story\n"
                        "rule b\nframe event.start_time\n"
                        "match {PERSON:p} said ( talks | the meeting ) "
                        "began at {TIME:t}\n"
                        "match face-to-face talks began ...{0,2} {TIME:t}\n"
                        "subject story\n"
                        "unless press|begin\n");
  assert_int_equal(S_id(rs, "-"), CC__W_DASH);
  assert_int_equal(S_id(rs, "twelve"), CC__W_TWELVE);
  assert_int_equal(S_id(rs, "twelve") - S_id(rs, "one"), 11);
  assert_int_equal(S_id(rs, "zebra"), CC__W_NONE);
  assert_int_equal(cc__word_id(rs, "begins", 5), S_id(rs, "begin"));
  assert_true(rs->wclass[S_id(rs, "of")] & CC__WC_FUNCTION);
  assert_true(rs->wclass[S_id(rs, "his")] & CC__WC_FILLER);
  assert_false(rs->wclass[S_id(rs, "scheduled")]);
  /* literal pieces carry their ids; "begin" is one word everywhere */
  const cc__prog *ga = &rs->rules[0].progs[0];
  int32_t begin = S_id(rs, "begin");
  assert_true(begin > CC__W_NONE);
  assert_int_equal(rs->rules[1].unless.alts[1].ids[0], begin);
  bool seen = false;
  for (uint32_t k = 0; k < ga->nlits; k++)
    for (uint16_t a = 0; a < ga->lits[k].nalts; a++) {
      const cc__lit *l = &ga->lits[k].alts[a];
      for (uint8_t q = 0; q < l->npieces; q++)
        assert_int_equal(l->ids[q], S_id(rs, l->pieces[q]));
      if (ga->lits[k].nalts == 3) { /* begin|start|begin */
        assert_int_equal(ga->lits[k].nfirsts, 2);
        seen = true;
      }
    }
  assert_true(seen);
  const cc__prog *gf = &rs->rules[1].progs[1]; /* face - to - face */
  assert_int_equal(gf->lits[0].alts[0].npieces, 5);
  assert_int_equal(gf->lits[0].alts[0].ids[1], CC__W_DASH);
  /* the index */
  assert_non_null(rs->by_word[S_id(rs, "scheduled")]);
  assert_int_equal(rs->by_word[S_id(rs, "scheduled")]->progs[0], 0);
  assert_null(rs->by_word[S_id(rs, "begin")]);
  assert_non_null(rs->by_slot[CC__S_PERSON]);
  assert_int_equal(rs->by_slot[CC__S_PERSON]->progs[0], 1u << 8);
  assert_non_null(rs->by_word[S_id(rs, "face")]);
  assert_null(rs->by_slot[CC__S_TIME]);
  /* what every match needs: not the optional "to", not one side of a
   * group */
  assert_true(S_must_has(ga, "scheduled"));
  assert_true(S_must_has(ga, "begin"));
  assert_true(S_must_has(ga, "at"));
  assert_false(S_must_has(ga, "to"));
  const cc__prog *gb = &rs->rules[1].progs[0];
  assert_true(S_must_has(gb, "said"));
  assert_true(S_must_has(gb, "began"));
  assert_false(S_must_has(gb, "talks"));
  assert_false(S_must_has(gb, "the"));
  assert_true(S_must_has(gf, "face"));
  assert_int_equal(rs->rules[0].progs[0].gid, 0);
  assert_int_equal(gf->gid, 2);
  assert_int_equal(rs->nprogs, 3);
  cc_rules_free(&rs);
}

/* The word table packs a word's bytes into two integers (first and last
 * 8, 4 or 1 bytes by length) and compares longer words whole: every
 * length finds its own word, and a word differing in any byte finds
 * none. */
static void test_word_table_lengths(void **state) {
  (void)state;
  static const char *const words[] = {
      "x",        "ab",        "abc",              "abcd",
      "abcdefg",  "abcdefgh",  "abcdefghi",        "abcdefghijklmnop",
      "abcdefghijklmnopq",     "internationalizationwords"};
  cc_ruleset *rs = S_ok("rule a\nframe event.start_time\n"
                        "match x|ab|abc|abcd|abcdefg|abcdefgh|abcdefghi|"
                        "abcdefghijklmnop|abcdefghijklmnopq|"
                        "internationalizationwords at {TIME:t}\n"
                        "subject story\n");
  int32_t ids[sizeof words / sizeof words[0]];
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    ids[i] = S_id(rs, words[i]);
    assert_true(ids[i] > CC__W_NONE);
    for (size_t k = 0; k < i; k++)
      assert_int_not_equal(ids[i], ids[k]);
  }
  static const char *const misses[] = {
      "y",     "ac",       "axc",      "abxd",     "abcdexg",
      "abcdefgx", "abcdxfghi", "abcdefghijklmnoq",
      "abcdefghiXklmnopq", /* same first and last 8 bytes */
      "abcdefghijklmnopr", "internationalizationword", ""};
  for (size_t i = 0; i < sizeof misses / sizeof misses[0]; i++)
    assert_int_equal(S_id(rs, misses[i]), CC__W_NONE);
  /* a prefix of a longer text, as the matcher passes token texts */
  assert_int_equal(cc__word_id(rs, "abcdefghijklmnopqrs", 17), ids[8]);
  cc_rules_free(&rs);
}

/* A word text written in several places ("vote|votes|voted" in a pattern
 * and in two clauses) is split once: its sets share the alternatives with
 * their interned ids, the firsts and the chains; a text differing in one
 * character is a set of its own. */
static void test_word_texts_shared(void **state) {
  (void)state;
  cc_ruleset *rs = S_ok("rule a\nframe event.start_time\n"
                        "match vote|votes|voted at {TIME:t}\n"
                        "subject story\n"
                        "context vote|votes|voted\n"
                        "rule b\nframe event.start_time\n"
                        "match {TIME:t} vote|votes|voted\n"
                        "subject story\n"
                        "unless vote|votes|Voted\n");
  const cc__litset *la = &rs->rules[0].progs[0].lits[0];
  const cc__litset *lc = &rs->rules[0].context;
  const cc__litset *lb = &rs->rules[1].progs[0].lits[0];
  const cc__litset *lu = &rs->rules[1].unless;
  assert_ptr_equal(la->alts, lc->alts);
  assert_ptr_equal(la->alts, lb->alts);
  assert_ptr_not_equal(la->alts, lu->alts);
  assert_ptr_equal(la->firsts, lb->firsts);
  assert_ptr_equal(la->achain, lc->achain);
  assert_ptr_not_equal(la->firsts, lu->firsts);
  const cc__litset *sets[] = {la, lc, lb, lu};
  for (size_t i = 0; i < 4; i++) {
    assert_int_equal(sets[i]->nalts, 3);
    assert_int_equal(sets[i]->nfirsts, 3);
    assert_non_null(sets[i]->achain);
    assert_int_equal(sets[i]->alts[2].ids[0], S_id(rs, "voted"));
    assert_int_equal(sets[i]->firsts[0], S_id(rs, "vote"));
  }
  cc_rules_free(&rs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_minimal_rule),
      cmocka_unit_test(test_about_quotes),
      cmocka_unit_test(test_every_construct),
      cmocka_unit_test(test_possessive_and_case),
      cmocka_unit_test(test_member_and_full_subjects),
      cmocka_unit_test(test_unless_after),
    cmocka_unit_test(test_must_after_many_literals),
    cmocka_unit_test(test_bad_rules),
      cmocka_unit_test(test_load_folder_errors),
      cmocka_unit_test(test_escaped_brackets),
      cmocka_unit_test(test_gap_at_text_end),
      cmocka_unit_test(test_shipped_rules_lint),
      cmocka_unit_test(test_hostile_sources),
      cmocka_unit_test(test_line_ends),
      cmocka_unit_test(test_words_interned_and_needed),
      cmocka_unit_test(test_word_table_lengths),
      cmocka_unit_test(test_word_texts_shared),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
