/* test_claim.c - the claim store, keys, and the CSV / JSONL forms: every
 * field survives a CSV round trip exactly. */
#include "cc_test.h"

#include <math.h>
#include <unistd.h>

#include <jansson.h>

#include "cc_claim.h"
#include "cc_recog.h"
#include "cc_time.h"

static const char *S_items[] = {"sergei lavrov", "a;b", "back\\slash"};
static const char *S_names[] = {"Sergei Lavrov", "A;B", "Back\\Slash"};

static cc_claim S_full(void) {
  cc_claim c = {0};
  c.frame = "delegation";
  c.subject = "russia";
  c.object = "summit, \"the\" talks";
  c.rule = "delegation.list";
  c.vkind = CC_VK_LIST;
  c.gran = CC_G_DAY;
  c.qual = CC_Q_AT_LEAST;
  c.flags = CC_CF_DOC_DATE | CC_CF_OPEN_LIST | CC_CF_YEAR_INFERRED;
  c.lo = 3;
  c.hi = INFINITY;
  c.lo2 = 0.1 + 0.2; /* not representable in few digits */
  c.hi2 = -1e-300;
  memcpy(c.unit, "USD", 4);
  c.value = "Sergei Lavrov; A;B";
  c.value2 = "";
  c.derivation = "2025-08-15 - P7Y";
  c.items = S_items;
  c.item_names = S_names;
  c.nitems = 3;
  c.doc = "wire/ap, \"x\".md";
  c.source = "AP";
  c.doc_index = 7;
  c.line = 12;
  c.col = 4;
  c.start = 1000;
  c.end = 1040;
  c.text = "=HYPERLINK(\"x\")";
  c.quote = "Line one,\nline \"two\" \xe2\x80\x94 caf\xc3\xa9.";
  c.sentence = 9;
  c.doc_date = cc_days_from_civil(2025, 8, 15);
  return c;
}

static void S_assert_same(const cc_claim *a, const cc_claim *b) {
  assert_string_equal(a->key, b->key);
  assert_string_equal(a->frame, b->frame);
  assert_string_equal(a->subject, b->subject);
  assert_string_equal(a->object, b->object);
  assert_string_equal(a->rule, b->rule);
  assert_int_equal(a->vkind, b->vkind);
  assert_int_equal(a->gran, b->gran);
  assert_int_equal(a->qual, b->qual);
  assert_int_equal(a->flags, b->flags);
  assert_memory_equal(&a->lo, &b->lo, sizeof a->lo);
  assert_memory_equal(&a->hi, &b->hi, sizeof a->hi);
  assert_memory_equal(&a->lo2, &b->lo2, sizeof a->lo2);
  assert_memory_equal(&a->hi2, &b->hi2, sizeof a->hi2);
  assert_string_equal(a->unit, b->unit);
  assert_string_equal(a->value, b->value);
  assert_string_equal(a->value2, b->value2);
  assert_string_equal(a->derivation, b->derivation);
  assert_int_equal(a->nitems, b->nitems);
  for (uint32_t i = 0; i < a->nitems; i++) {
    assert_string_equal(a->items[i], b->items[i]);
    if (a->item_names && b->item_names)
      assert_string_equal(a->item_names[i], b->item_names[i]);
  }
  assert_true((a->item_names == NULL) == (b->item_names == NULL));
  assert_string_equal(a->doc, b->doc);
  assert_string_equal(a->source, b->source);
  assert_int_equal(a->doc_index, b->doc_index);
  assert_int_equal(a->line, b->line);
  assert_int_equal(a->col, b->col);
  assert_int_equal(a->start, b->start);
  assert_int_equal(a->end, b->end);
  assert_string_equal(a->text, b->text);
  assert_string_equal(a->quote, b->quote);
  assert_int_equal(a->sentence, b->sentence);
  assert_int_equal(a->zone, b->zone);
  if (a->flags & CC_CF_DOC_DATE)
    assert_int_equal(a->doc_date, b->doc_date);
}

static void test_store_copies(void **state) {
  (void)state;
  cc_claim_store *s = cc_claim_store_new();
  char frame[32];
  strcpy(frame, "event.date");
  cc_claim c = S_full();
  c.frame = frame;
  c.vkind = CC_VK_INSTANT;
  cc_claim *n = cc_claim_store_add(s, &c);
  strcpy(frame, "changed");
  assert_string_equal(n->frame, "event.date");
  assert_string_equal(n->key, "event.date{russia}|summit, \"the\" talks");
  assert_ptr_not_equal(n->items, S_items);
  assert_string_equal(n->items[1], "a;b");
  assert_int_equal(cc_claim_store_count(s), 1);
  assert_ptr_equal(cc_claim_store_at(s, 0), n);
  assert_null(cc_claim_store_at(s, 1));
  /* NULL strings become "" */
  cc_claim e = {0};
  e.frame = "x";
  cc_claim *m = cc_claim_store_add(s, &e);
  assert_string_equal(m->object, "");
  assert_string_equal(m->quote, "");
  assert_string_equal(m->key, "x{}");
  assert_null(m->items);
  cc_claim_store_free(&s);
  assert_null(s);
  cc_claim_store_free(&s);
}

static void test_make_key(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  cc_claim_make_key("previous_meeting", "putin,trump", "", &b);
  assert_string_equal(b.ptr, "previous_meeting{putin,trump}");
  cc_claim_make_key("previous_visit", "putin", "united states", &b);
  assert_string_equal(b.ptr, "previous_visit{putin}|united states");
  cc_claim_make_key("f", "s", NULL, &b);
  assert_string_equal(b.ptr, "f{s}");
  cc_buf_free(&b);
}

static void test_sort_and_merge(void **state) {
  (void)state;
  cc_claim_store *s = cc_claim_store_new(), *t = cc_claim_store_new();
  cc_claim c = S_full();
  c.doc_index = 2;
  c.start = 5;
  cc_claim_store_add(s, &c);
  c.doc_index = 1;
  c.start = 50;
  cc_claim_store_add(s, &c);
  c.start = 10;
  cc_claim_store_add(s, &c);
  cc_claim_store_sort(s);
  assert_int_equal(cc_claim_store_at(s, 0)->start, 10);
  assert_int_equal(cc_claim_store_at(s, 1)->start, 50);
  assert_int_equal(cc_claim_store_at(s, 2)->doc_index, 2);
  cc_claim_store_merge(t, s);
  assert_int_equal(cc_claim_store_count(t), 3);
  cc_claim_store_free(&s);
  /* t owns its copies */
  assert_string_equal(cc_claim_store_at(t, 0)->items[2], "back\\slash");
  cc_claim_store_free(&t);
}

/* Claims live in blocks of growing size: every index finds its claim,
 * across block boundaries, and added claims never move. */
static void test_many_claims(void **state) {
  (void)state;
  cc_claim_store *s = cc_claim_store_new();
  enum { N = 5000 };
  cc_claim **at = calloc(N, sizeof *at);
  cc_claim c = S_full();
  for (uint32_t i = 0; i < N; i++) {
    c.start = i;
    at[i] = cc_claim_store_add(s, &c);
  }
  assert_int_equal(cc_claim_store_count(s), N);
  for (uint32_t i = 0; i < N; i++) {
    assert_ptr_equal(cc_claim_store_at(s, i), at[i]);
    assert_int_equal(at[i]->start, i);
  }
  assert_null(cc_claim_store_at(s, N));
  free(at);
  cc_claim_store_free(&s);
}

/* Files go to a scratch folder of their own, not the build tree (a
 * build in another folder, such as `make inert`, has no build/tests). */
CC_TEST_SCRATCH("claim")

static char *S_tmp(const char *tag) {
  static char path[256];
  snprintf(path, sizeof path, "%s/%s.csv", S_dir, tag);
  return path;
}

static void test_csv_round_trip(void **state) {
  (void)state;
  cc_claim_store *s = cc_claim_store_new();
  cc_claim c = S_full();
  cc_claim_store_add(s, &c);
  /* a second claim: no lists, no date, NaN bounds, other enums */
  cc_claim d = S_full();
  d.vkind = CC_VK_INSTANT;
  d.items = NULL;
  d.item_names = NULL;
  d.nitems = 0;
  /* (zone_given: the flag past the first byte) */
  d.flags = CC_CF_UNRESOLVED | CC_CF_RELATIVE | CC_CF_ZONE_INFERRED |
            CC_CF_ZONE_GIVEN;
  d.lo = d.hi = NAN;
  d.lo2 = -INFINITY;
  d.gran = CC_G_SECOND;
  d.qual = CC_Q_LATE;
  d.unit[0] = '\0';
  d.derivation = "? - P7Y";
  d.zone = cc_zone_id("America/Denver");
  cc_claim_store_add(s, &d);
  /* items without names; article text a spreadsheet would run, or that
   * begins with the guard's own quote: both come back as they were */
  cc_claim e = S_full();
  e.item_names = NULL;
  e.key = "explicit{key}";
  e.quote = "=HYPERLINK(\"http://x\") said 12 people died.";
  e.text = "'twelve'";
  e.value2 = "-3.5";
  e.derivation = "@sum";
  cc_claim_store_add(s, &e);
  char path[256]; /* S_tmp's buffer is reused below */
  snprintf(path, sizeof path, "%s", S_tmp("rt"));
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  cc_err err;
  assert_int_equal(cc_claims_write_csv(s, f, &err), 0);
  fclose(f);
  cc_claim_store *r = cc_claim_store_new();
  if (cc_claims_read_csv(r, path, &err) != 0)
    fail_msg("%s", err.msg);
  assert_int_equal(cc_claim_store_count(r), 3);
  S_assert_same(cc_claim_store_at(s, 0), cc_claim_store_at(r, 0));
  const cc_claim *rd = cc_claim_store_at(r, 1);
  assert_true(isnan(rd->lo) && isnan(rd->hi));
  assert_true(isinf(rd->lo2) && rd->lo2 < 0);
  assert_int_equal(rd->flags, CC_CF_UNRESOLVED | CC_CF_RELATIVE |
                                  CC_CF_ZONE_INFERRED | CC_CF_ZONE_GIVEN);
  assert_int_equal(rd->zone, cc_zone_id("America/Denver"));
  assert_string_equal(cc_zone_name(rd->zone), "America/Denver");
  assert_int_equal(rd->gran, CC_G_SECOND);
  assert_int_equal(rd->qual, CC_Q_LATE);
  assert_null(rd->items);
  S_assert_same(cc_claim_store_at(s, 2), cc_claim_store_at(r, 2));
  assert_string_equal(cc_claim_store_at(r, 2)->quote, e.quote);
  assert_string_equal(cc_claim_store_at(r, 2)->text, "'twelve'");
  /* on disk, the formula and the quote are guarded; the number is not */
  char *raw;
  size_t lraw;
  assert_int_equal(cc_read_file(path, 0, &raw, &lraw, &err), 0);
  assert_non_null(strstr(raw, "\"'=HYPERLINK("));
  assert_non_null(strstr(raw, "\"''twelve'\""));
  assert_non_null(strstr(raw, "\"'@sum\""));
  assert_non_null(strstr(raw, ",\"-3.5\","));
  free(raw);
  /* and a second write gives the same bytes */
  const char *path2 = S_tmp("rt2");
  f = fopen(path2, "wb");
  assert_int_equal(cc_claims_write_csv(r, f, &err), 0);
  fclose(f);
  char *a, *b;
  size_t la, lb;
  assert_int_equal(cc_read_file(path, 0, &a, &la, &err), 0);
  assert_int_equal(cc_read_file(path2, 0, &b, &lb, &err), 0);
  assert_int_equal(la, lb);
  assert_memory_equal(a, b, la);
  free(a);
  free(b);
  remove(path);
  remove(path2);
  cc_claim_store_free(&s);
  cc_claim_store_free(&r);
}

/* Two writers' outputs joined (cat, xargs, a Hadoop part file): the
 * repeated header is skipped and every claim of both is read. */
/* Zone ids: one per name, 0 for none; a claims CSV written before the
 * zone column was added reads (no zones), its header repeated too. */
static void test_zone_ids_and_old_csv(void **state) {
  (void)state;
  char buf[32];
  strcpy(buf, "America/Denver");
  uint16_t denver = cc_zone_id("America/Denver");
  assert_true(denver != 0);
  assert_int_equal(cc_zone_id(buf), denver); /* by text, not address */
  uint16_t oslo = cc_zone_id("Europe/Oslo");
  assert_true(oslo != 0 && oslo != denver);
  assert_int_equal(cc_zone_id("America/Denver"), denver);
  assert_int_equal(cc_zone_id(NULL), 0);
  assert_int_equal(cc_zone_id(""), 0);
  assert_string_equal(cc_zone_name(oslo), "Europe/Oslo");
  assert_null(cc_zone_name(0));
  assert_null(cc_zone_name(60000));
  /* a kept claim keeps its zone */
  cc_claim_set *set = cc_claim_set_new();
  cc_claim c = S_full();
  c.zone = oslo;
  assert_int_equal(cc_claim_set_add(set, &c)->zone, oslo);
  cc_claim_set_free(&set);
  const char *old =
      "\"key\",\"frame\",\"subject\",\"object\",\"rule\",\"vkind\",\"gran\","
      "\"qual\",\"flags\",\"lo\",\"hi\",\"lo2\",\"hi2\",\"unit\",\"value\","
      "\"value2\",\"derivation\",\"items\",\"item_names\",\"doc\",\"source\","
      "\"doc_index\",\"line\",\"col\",\"start\",\"end\",\"text\",\"quote\","
      "\"sentence\",\"doc_date\"\r\n";
  const char *row =
      "\"t{story}\",\"t\",\"story\",\"\",\"t\",\"instant\",\"hour\",\"\","
      "\"doc_date;zone_inferred\",\"100\",\"160\",\"0\",\"0\",\"\",\"x\",\"\","
      "\"\",\"\",\"\",\"a.md\",\"A\",\"0\",\"1\",\"1\",\"0\",\"6\",\"2 p.m.\","
      "\"At 2 p.m.\",\"0\",\"2025-01-02\"\r\n";
  const char *path = S_tmp("oldzone");
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fprintf(f, "%s%s%s%s", old, row, old, row);
  fclose(f);
  cc_claim_store *r = cc_claim_store_new();
  cc_err err;
  if (cc_claims_read_csv(r, path, &err) != 0)
    fail_msg("%s", err.msg);
  assert_int_equal(cc_claim_store_count(r), 2);
  assert_int_equal(cc_claim_store_at(r, 1)->zone, 0);
  assert_int_equal(cc_claim_store_at(r, 1)->flags,
                   CC_CF_DOC_DATE | CC_CF_ZONE_INFERRED);
  cc_claim_store_free(&r);
}

static void test_csv_joined_files(void **state) {
  (void)state;
  cc_claim_store *s = cc_claim_store_new();
  cc_claim c = S_full();
  cc_claim_store_add(s, &c);
  const char *path = S_tmp("joined");
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  cc_err err;
  assert_int_equal(cc_claims_write_csv(s, f, &err), 0);
  assert_int_equal(cc_claims_write_csv(s, f, &err), 0);
  fclose(f);
  cc_claim_store *r = cc_claim_store_new();
  if (cc_claims_read_csv(r, path, &err) != 0)
    fail_msg("%s", err.msg);
  assert_int_equal(cc_claim_store_count(r), 2);
  S_assert_same(cc_claim_store_at(s, 0), cc_claim_store_at(r, 1));
  cc_claim_store_free(&r);
  /* an empty file adds nothing and is no error: told apart (1) */
  f = fopen(path, "wb");
  fclose(f);
  r = cc_claim_store_new();
  assert_int_equal(cc_claims_read_csv(r, path, &err), 1);
  assert_int_equal(cc_claim_store_count(r), 0);
  remove(path);
  cc_claim_store_free(&r);
  cc_claim_store_free(&s);
}

static void S_expect_error(const char *csv, const char *want) {
  const char *path = S_tmp("err");
  FILE *f = fopen(path, "wb");
  fputs(csv, f);
  fclose(f);
  cc_claim_store *s = cc_claim_store_new();
  cc_err err;
  assert_int_equal(cc_claims_read_csv(s, path, &err), -1);
  if (!strstr(err.msg, want))
    fail_msg("got '%s', want '%s'", err.msg, want);
  assert_non_null(strstr(err.msg, path));
  cc_claim_store_free(&s);
  remove(path);
}

static void test_csv_errors(void **state) {
  (void)state;
  /* write one good row, then corrupt copies of it */
  cc_claim_store *s = cc_claim_store_new();
  cc_claim c = S_full();
  cc_claim_store_add(s, &c);
  const char *path = S_tmp("good");
  FILE *f = fopen(path, "wb");
  cc_err err;
  assert_int_equal(cc_claims_write_csv(s, f, &err), 0);
  fclose(f);
  char *good;
  size_t n;
  assert_int_equal(cc_read_file(path, 0, &good, &n, &err), 0);
  remove(path);
  cc_claim_store_free(&s);

  S_expect_error("a,b,c\r\n1,2,3\r\n", ":1: header lacks the column 'key'");
  char *bad = strdup(good);
  char *p = strstr(bad, "\"0.30000000000000004\"");
  assert_non_null(p);
  memcpy(p, "\"0.3x", 5);
  S_expect_error(bad, ":2: column 'lo2': not a number");
  free(bad);
  bad = strdup(good);
  p = strstr(bad, "\"list\"");
  memcpy(p, "\"lisp\"", 6);
  S_expect_error(bad, ":2: column 'vkind': unknown value kind 'lisp'");
  free(bad);
  bad = strdup(good);
  p = strstr(bad, "\"2025-08-15\",\"\"\r\n"); /* (then the zone) */
  memcpy(p, "\"2025-02-30\"", 12);
  S_expect_error(bad, "column 'doc_date'");
  free(bad);
  /* an unterminated quote */
  size_t len = strlen(good);
  bad = malloc(len + 8);
  memcpy(bad, good, len);
  strcpy(bad + len, "\"abc");
  S_expect_error(bad, "malformed CSV");
  free(bad);
  s = cc_claim_store_new();
  char missing[256];
  snprintf(missing, sizeof missing, "%s/no/such.csv", S_dir);
  assert_int_equal(cc_claims_read_csv(s, missing, &err), -1);
  assert_non_null(strstr(err.msg, "/no/such.csv: cannot open"));
  cc_claim_store_free(&s);
  free(good);
}

static void test_jsonl(void **state) {
  (void)state;
  cc_claim_store *s = cc_claim_store_new();
  cc_claim c = S_full();
  cc_claim_store_add(s, &c);
  c.flags = 0;
  c.lo = 5;
  cc_claim_store_add(s, &c);
  const char *path = S_tmp("jsonl");
  FILE *f = fopen(path, "wb");
  cc_err err;
  assert_int_equal(cc_claims_write_jsonl(s, f, &err), 0);
  fclose(f);
  f = fopen(path, "rb");
  char line[8192];
  int rows = 0;
  while (fgets(line, sizeof line, f)) {
    json_error_t je;
    json_t *o = json_loads(line, 0, &je);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "frame")),
                        "delegation");
    assert_int_equal(json_array_size(json_object_get(o, "items")), 3);
    if (rows == 0) {
      assert_string_equal(json_string_value(json_object_get(o, "hi")), "inf");
      assert_string_equal(json_string_value(json_object_get(o, "doc_date")),
                          "2025-08-15");
      assert_string_equal(json_string_value(json_object_get(o, "flags")),
                          "doc_date;year_inferred;open_list");
    } else {
      assert_true(json_is_null(json_object_get(o, "doc_date")));
      assert_true(json_real_value(json_object_get(o, "lo")) == 5);
    }
    json_decref(o);
    rows++;
  }
  fclose(f);
  remove(path);
  assert_int_equal(rows, 2);
  cc_claim_store_free(&s);
}

static void test_vkind_names(void **state) {
  (void)state;
  cc_vkind k;
  for (int i = 0; i < CC_VK__COUNT; i++) {
    assert_true(cc_vkind_parse(cc_vkind_name((cc_vkind)i), &k));
    assert_int_equal(k, i);
  }
  assert_false(cc_vkind_parse("bogus", &k));
  cc_buf b = CC_BUF_INIT;
  cc_claim_flags_format(CC_CF_RELATIVE | CC_CF_UNRESOLVED, &b);
  assert_string_equal(b.ptr, "relative;unresolved");
  cc_claim_flags_format(CC_CF_ZONE_INFERRED | CC_CF_ZONE_GIVEN, &b);
  assert_string_equal(b.ptr, "zone_inferred;zone_given");
  cc_claim_flags_format(0, &b);
  assert_string_equal(b.ptr, "");
  cc_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_store_copies),
      cmocka_unit_test(test_make_key),
      cmocka_unit_test(test_sort_and_merge),
      cmocka_unit_test(test_many_claims),
      cmocka_unit_test(test_csv_round_trip),
      cmocka_unit_test(test_csv_joined_files),
      cmocka_unit_test(test_zone_ids_and_old_csv),
      cmocka_unit_test(test_csv_errors),
      cmocka_unit_test(test_jsonl),
      cmocka_unit_test(test_vkind_names),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
