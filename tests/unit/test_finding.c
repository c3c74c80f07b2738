/* test_finding.c - the findings container: copies, ids, names, order. */
#include "cc_test.h"

#include "cc_check.h"
#include "cc_report.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

static cc_finding S_make(const char *qa, const char *qb) {
  cc_finding f = {0};
  f.verdict = CC_VERDICT_DISCREPANCY;
  f.severity = CC_SEV_ERROR;
  f.check = "same_fact";
  f.rule = "same_fact/meeting";
  f.key = "event.start_time{story}";
  f.message = "19:30 UTC vs 19:00 UTC";
  f.a = (cc_side){.doc = "a.md", .line = 3, .col = 5, .quote = qa,
                  .text = "19:30 GMT", .value = "2025-08-15T19:30Z"};
  f.b = (cc_side){.doc = "b.md", .line = 9, .col = 1, .quote = qb,
                  .text = "19:00 GMT", .value = "2025-08-15T19:00Z"};
  return f;
}

static void test_add_copies(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  char quote[64];
  strcpy(quote, "Talks began at 19:30 GMT.");
  cc_finding f = S_make(quote, "They met at 19:00 GMT.");
  cc_finding *n = cc_findings_add(set, &f);
  strcpy(quote, "overwritten");
  assert_string_equal(n->a.quote, "Talks began at 19:30 GMT.");
  assert_int_equal(strlen(n->id), 16);
  assert_string_equal(n->status, "");
  assert_int_equal(cc_findings_count(set), 1);
  assert_ptr_equal(cc_findings_at(set, 0), n);
  assert_null(cc_findings_at(set, 1));
  cc_findings_free(&set);
  assert_null(set);
  cc_findings_free(&set); /* NULL-safe */
}

static void test_id_stable(void **state) {
  (void)state;
  cc_finding f = S_make("Talks began at 19:30 GMT.", "They met at 19:00 GMT.");
  char id1[17], id2[17], id3[17], id4[17];
  cc_finding_make_id(&f, id1);
  /* lines, columns and whitespace/case of the quote do not matter */
  f.a.line = 40;
  f.b.col = 77;
  f.a.quote = "  talks BEGAN at\n 19:30   GMT. ";
  cc_finding_make_id(&f, id2);
  assert_string_equal(id1, id2);
  /* swapping sides does not matter */
  cc_side t = f.a;
  f.a = f.b;
  f.b = t;
  cc_finding_make_id(&f, id3);
  assert_string_equal(id1, id3);
  /* a different key does */
  f.key = "event.start_time{other}";
  cc_finding_make_id(&f, id4);
  assert_string_not_equal(id1, id4);
}

/* Between two claims the id is the disagreement, not the sentences that
 * stand for it: another outlet stating a value may become a side. */
static void test_id_values_not_quotes(void **state) {
  (void)state;
  cc_finding f = S_make("Talks began at 19:30 GMT.", "They met at 19:00 GMT.");
  char id1[17], id2[17], id3[17];
  cc_finding_make_id(&f, id1);
  f.a = (cc_side){.doc = "other/aaa.md", .line = 1, .col = 9,
                  .quote = "The talks opened at 19:30 GMT on Tuesday.",
                  .text = "19:30 GMT", .value = "2025-08-15T19:30Z"};
  f.rule = "same_fact/meeting.other_rule";
  cc_finding_make_id(&f, id2);
  assert_string_equal(id1, id2);
  f.a.value = "2025-08-15T19:45Z"; /* another disagreement */
  cc_finding_make_id(&f, id3);
  assert_string_not_equal(id1, id3);
}

/* On one claim the id is the claim in its article: the same sentence in
 * two articles is two findings; a folder moved is none. */
static void test_id_one_claim(void **state) {
  (void)state;
  cc_finding f = S_make("They met on Friday, September 2, 2024.", NULL);
  f.b = (cc_side){.doc = "", .quote = "", .text = "", .value = ""};
  f.a.doc = "drafts/beta.md";
  char id1[17], id2[17], id3[17];
  cc_finding_make_id(&f, id1);
  f.a.doc = "archive/2024/beta.md";
  cc_finding_make_id(&f, id2);
  assert_string_equal(id1, id2);
  f.a.doc = "drafts/alpha.md";
  cc_finding_make_id(&f, id3);
  assert_string_not_equal(id1, id3);
}

/* Every id, salted ones too, begins with a letter. */
static void test_id_letter_first(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  for (int i = 0; i < 200; i++) {
    char q[32];
    snprintf(q, sizeof q, "Sentence %d.", i % 50);
    cc_finding f = S_make(q, NULL);
    f.b.doc = "";
    const cc_finding *n = cc_findings_add(set, &f);
    assert_true(n->id[0] >= 'a' && n->id[0] <= 'f');
  }
  cc_findings_free(&set);
}

/* ---- the id against a reference written from its definition ---- */

/* Collapse one byte at a time: whitespace (' ', '\t'..'\r') runs become
 * one space, leading and trailing dropped, ASCII letters lowered when
 * asked.  Returns the OR of the bytes. */
static unsigned S_ref_collapse(const char *s, bool lower, cc_buf *out) {
  unsigned high = 0;
  bool space = false;
  size_t start = out->len;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    unsigned char c = *p;
    high |= c;
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      space = out->len > start;
      continue;
    }
    if (space)
      cc_buf_putc(out, ' ');
    space = false;
    cc_buf_putc(out, (char)(lower && c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return high;
}

static void S_ref_norm(const char *s, cc_buf *out) {
  if (!s || !*s)
    return;
  size_t start = out->len;
  if (S_ref_collapse(s, true, out) < 0x80)
    return;
  out->len = start;
  out->ptr[start] = '\0';
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t m = utf8proc_map(
      (const utf8proc_uint8_t *)s, 0, &folded,
      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
          UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  if (m >= 0)
    S_ref_collapse((const char *)folded, false, out);
  else
    S_ref_collapse(s, true, out);
  free(folded);
}

static uint64_t S_ref_field(uint64_t h, const char *s) {
  if (s)
    h = cc_hash64(s, strlen(s), h);
  return cc_hash64("\x1f", 1, h);
}

static void S_ref_legacy_id(const cc_finding *f, char out[17]) {
  cc_buf a = CC_BUF_INIT, b = CC_BUF_INIT;
  cc_buf_puts(&a, "");
  cc_buf_puts(&b, "");
  S_ref_norm(f->a.quote, &a);
  cc_buf_putc(&a, '\x1e');
  S_ref_norm(f->a.text, &a);
  S_ref_norm(f->b.quote, &b);
  cc_buf_putc(&b, '\x1e');
  S_ref_norm(f->b.text, &b);
  const char *x = a.ptr, *y = b.ptr;
  if (strcmp(x, y) > 0) {
    const char *t = x;
    x = y;
    y = t;
  }
  uint64_t h = CC_HASH_SEED;
  h = S_ref_field(h, f->check);
  h = S_ref_field(h, f->rule);
  h = S_ref_field(h, f->key);
  h = S_ref_field(h, cc_verdict_name((cc_verdict)f->verdict));
  h = S_ref_field(h, x);
  h = S_ref_field(h, y);
  snprintf(out, 17, "%016llx", (unsigned long long)h);
  cc_buf_free(&a);
  cc_buf_free(&b);
}

/* The id from its definition (cc_check.h): "v2", check, key, verdict,
 * then the two values sorted (a finding between two claims) or the file
 * name and the two sides' quote and mention sorted (on one claim); the
 * first hex digit, when a digit, turned into a letter a-f. */
static void S_ref_id(const cc_finding *f, char out[17]) {
  cc_buf a = CC_BUF_INIT, b = CC_BUF_INIT;
  cc_buf_puts(&a, "");
  cc_buf_puts(&b, "");
  bool two = f->b.doc && f->b.doc[0] && f->a.value && f->a.value[0] &&
             f->b.value && f->b.value[0];
  const char *base = "";
  if (two) {
    S_ref_norm(f->a.value, &a);
    S_ref_norm(f->b.value, &b);
  } else {
    S_ref_norm(f->a.quote, &a);
    cc_buf_putc(&a, '\x1e');
    S_ref_norm(f->a.text, &a);
    S_ref_norm(f->b.quote, &b);
    cc_buf_putc(&b, '\x1e');
    S_ref_norm(f->b.text, &b);
    const char *slash = f->a.doc ? strrchr(f->a.doc, '/') : NULL;
    base = slash ? slash + 1 : f->a.doc ? f->a.doc : "";
  }
  const char *x = a.ptr, *y = b.ptr;
  if (strcmp(x, y) > 0) {
    const char *t = x;
    x = y;
    y = t;
  }
  uint64_t h = CC_HASH_SEED;
  h = S_ref_field(h, "v2");
  h = S_ref_field(h, f->check);
  h = S_ref_field(h, f->key);
  h = S_ref_field(h, cc_verdict_name((cc_verdict)f->verdict));
  if (!two)
    h = S_ref_field(h, base);
  h = S_ref_field(h, x);
  h = S_ref_field(h, y);
  snprintf(out, 17, "%016llx", (unsigned long long)h);
  if (out[0] >= '0' && out[0] <= '9')
    out[0] = (char)('a' + (out[0] - '0') % 6);
  cc_buf_free(&a);
  cc_buf_free(&b);
}

/* Random quotes of words, spaces, runs of white space, capitals,
 * control bytes, UTF-8 (some of it folded by NFKC) and invalid bytes:
 * the id is the reference's, through cc_finding_make_id and a set. */
static void test_id_reference(void **state) {
  (void)state;
  static const char *parts[] = {"Talks", "began", " ", " ", " ", "  ", "\t",
                                "\n", "\r\n ", "AT", "19:30", "GMT.",
                                "x", "\x01", "\x7f", "caf\xc3\xa9",
                                "\xef\xac\x81", "\xff", "Zz@[`{", "12345678"};
  size_t np = sizeof parts / sizeof parts[0];
  uint64_t r = 0x2545F4914F6CDD1DULL;
  static char seen[3000][17];
  cc_findings *set = cc_findings_new();
  for (int round = 0; round < 3000; round++) {
    char q[2][200];
    for (int side = 0; side < 2; side++) {
      size_t len = 0;
      q[side][0] = '\0';
      r = r * 6364136223846793005ULL + 1442695040888963407ULL;
      int k = (int)((r >> 40) % 30);
      for (int i = 0; i < k; i++) {
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        const char *t = parts[(r >> 33) % np];
        if (len + strlen(t) + 1 >= sizeof q[side])
          break;
        memcpy(q[side] + len, t, strlen(t) + 1);
        len += strlen(t);
      }
    }
    cc_finding f = S_make(q[0], round % 3 ? q[1] : NULL);
    if (round % 5 == 0)
      f.b.text = q[0];
    char want[17], got[17];
    if (round % 7 == 0)
      f.a.value = q[1]; /* (values as odd as quotes) */
    if (round % 4 == 0)
      f.b.doc = ""; /* a finding on one claim */
    S_ref_id(&f, want);
    cc_finding_make_id(&f, got);
    assert_string_equal(got, want);
    S_ref_legacy_id(&f, want);
    cc_finding_legacy_id(&f, got);
    assert_string_equal(got, want);
    f.key = round % 2 ? "k1" : "k2"; /* through a set's kept buffers */
    S_ref_id(&f, want);
    cc_finding *n = cc_findings_add(set, &f);
    bool clash = false; /* a clash takes a salted id instead */
    for (int i = 0; i < round && !clash; i++)
      clash = strcmp(seen[i], want) == 0;
    if (!clash)
      assert_string_equal(n->id, want);
    memcpy(seen[round], want, 17);
  }
  cc_findings_free(&set);
}

static void test_id_unique_in_set(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  cc_finding f = S_make("A.", "B.");
  cc_finding *a = cc_findings_add(set, &f);
  char first[17];
  memcpy(first, a->id, 17);
  cc_finding *b = cc_findings_add(set, &f);
  assert_string_not_equal(first, b->id);
  /* deterministic: a second set numbers the clash the same way */
  cc_findings *set2 = cc_findings_new();
  cc_findings_add(set2, &f);
  cc_finding *b2 = cc_findings_add(set2, &f);
  assert_string_equal(b->id, b2->id);
  cc_findings_free(&set);
  cc_findings_free(&set2);
}

/* The salted-id chain the findings set walks on a clash: c(s) = H(c(s-1),
 * seed + s) as 16 hex digits. */
static void S_chain_next(char id[17], unsigned salt) {
  static const char hex[] = "0123456789abcdef";
  uint64_t h = cc_hash64(id, 16, CC_HASH_SEED + salt);
  for (int i = 15; i >= 0; i--, h >>= 4)
    id[i] = hex[h & 15];
  id[16] = '\0';
  if (id[0] >= '0' && id[0] <= '9')
    id[0] = (char)('a' + (id[0] - '0') % 6);
}

/* Many clashes on one id (a sentence repeated across an archive) take the
 * chain's ids in order, skipping one already taken by another finding,
 * exactly as walking the chain from its start each time would. */
static void test_id_clash_chain(void **state) {
  (void)state;
  enum { N = 400 };
  static char chain[N + 2][17];
  cc_finding f = S_make("Repeated.", "Sentence.");
  cc_finding_make_id(&f, chain[0]);
  for (unsigned s = 1; s < N + 2; s++) {
    memcpy(chain[s], chain[s - 1], 17);
    S_chain_next(chain[s], s);
  }
  cc_findings *set = cc_findings_new();
  cc_finding other = S_make("Other.", "Finding.");
  memcpy(other.id, chain[3], 17); /* takes the chain's third salted id */
  cc_findings_add(set, &other);
  for (unsigned k = 0; k < N; k++) {
    cc_finding *n = cc_findings_add(set, &f);
    unsigned want = k < 3 ? k : k + 1; /* c(3) is skipped */
    assert_string_equal(n->id, chain[want]);
  }
  assert_int_equal(cc_findings_count(set), N + 1);
  cc_findings_free(&set);
}

/* The id table through several doublings: thousands of distinct ids
 * given as made, one byte apart, and ids that share their first or last
 * eight bytes, each re-added once: every re-add clashes (found in the
 * table) and takes the id the salted chain gives, which no other finding
 * holds; a second set numbers everything alike. */
static void test_id_table_grows(void **state) {
  (void)state;
  enum { N = 3000 };
  cc_findings *set = cc_findings_new(), *set2 = cc_findings_new();
  cc_finding f = S_make("Table.", "Growth.");
  for (int round = 0; round < 2; round++) {
    for (unsigned i = 0; i < N; i++) {
      snprintf(f.id, sizeof f.id, i % 3 ? "%016x" : "abcdefgh%08x", i);
      if (i % 5 == 0) /* only the first eight bytes differ */
        snprintf(f.id, sizeof f.id, "%08xabcdefgh", i);
      cc_finding *a = cc_findings_add(set, &f);
      cc_finding *b = cc_findings_add(set2, &f);
      assert_string_equal(a->id, b->id);
      if (round == 0)
        assert_string_equal(a->id, f.id);
      else
        assert_string_not_equal(a->id, f.id);
    }
  }
  size_t n = cc_findings_count(set);
  assert_int_equal(n, 2 * N);
  cc_findings_sort(set); /* doc, line, col equal: ordered by id */
  for (size_t i = 1; i < n; i++)
    assert_true(strcmp(cc_findings_at(set, i - 1)->id,
                       cc_findings_at(set, i)->id) < 0);
  cc_findings_free(&set);
  cc_findings_free(&set2);
}

/* Tally-only verdicts are counted, not kept; others are kept as before. */
static void test_tally_only(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  cc_findings_tally_only(set, 1u << CC_VERDICT_CONSISTENT);
  cc_finding f = S_make("A met B at 10:00.", "A met B at 11:00.");
  f.verdict = CC_VERDICT_CONSISTENT;
  assert_null(cc_findings_add(set, &f));
  assert_null(cc_findings_add(set, &f));
  f.verdict = CC_VERDICT_UNVERIFIABLE;
  assert_non_null(cc_findings_add(set, &f));
  f.verdict = CC_VERDICT_DISCREPANCY;
  assert_non_null(cc_findings_add(set, &f));
  assert_int_equal(cc_findings_count(set), 2);
  assert_int_equal(cc_findings_tallied(set, CC_VERDICT_CONSISTENT), 2);
  assert_int_equal(cc_findings_tallied(set, CC_VERDICT_UNVERIFIABLE), 0);
  cc_report_counts c;
  cc_report_count(set, NULL, &c);
  assert_int_equal(c.consistent, 2);
  assert_int_equal(c.unverifiable, 1);
  assert_int_equal(c.discrepancies, 1);
  cc_findings_free(&set);
}

static void test_sort(void **state) {
  (void)state;
  cc_findings *set = cc_findings_new();
  cc_finding f = S_make("x", "y");
  f.a.doc = "b.md";
  f.a.line = 1;
  cc_findings_add(set, &f);
  f.a.doc = "a.md";
  f.a.line = 9;
  f.a.quote = "z";
  cc_findings_add(set, &f);
  f.a.line = 2;
  f.a.quote = "w";
  cc_findings_add(set, &f);
  cc_findings_sort(set);
  assert_string_equal(cc_findings_at(set, 0)->a.doc, "a.md");
  assert_int_equal(cc_findings_at(set, 0)->a.line, 2);
  assert_int_equal(cc_findings_at(set, 1)->a.line, 9);
  assert_string_equal(cc_findings_at(set, 2)->a.doc, "b.md");
  cc_findings_free(&set);
}

static void test_names(void **state) {
  (void)state;
  cc_severity s;
  cc_verdict v;
  assert_string_equal(cc_verdict_name(CC_VERDICT_UNVERIFIABLE),
                      "unverifiable");
  assert_string_equal(cc_severity_name(CC_SEV_WARNING), "warning");
  assert_true(cc_severity_parse("Error", &s));
  assert_int_equal(s, CC_SEV_ERROR);
  assert_true(cc_severity_parse("none", &s));
  assert_int_equal(s, CC_SEV_NONE);
  assert_false(cc_severity_parse("fatal", &s));
  assert_true(cc_verdict_parse("consistent", &v));
  assert_int_equal(v, CC_VERDICT_CONSISTENT);
  assert_false(cc_verdict_parse("maybe", &v));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_add_copies),
      cmocka_unit_test(test_id_stable),
      cmocka_unit_test(test_id_values_not_quotes),
      cmocka_unit_test(test_id_one_claim),
      cmocka_unit_test(test_id_letter_first),
      cmocka_unit_test(test_id_reference),
      cmocka_unit_test(test_id_unique_in_set),
      cmocka_unit_test(test_id_clash_chain),
      cmocka_unit_test(test_id_table_grows),
      cmocka_unit_test(test_sort),
      cmocka_unit_test(test_tally_only),
      cmocka_unit_test(test_names),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
