/* test_claim_rooms.c - the strings a store made for a set copies itself
 * (values, mentions, quotes, list members) go into pieces of the set's
 * string slabs (S_room_take): strings of every length across a piece's
 * end, strings longer than a quarter of a piece (a piece of their own)
 * and longer than a slab (a block of their own), two stores filling
 * their rooms at once, and stores freed and made again (their rooms
 * taken by the next): every copy reads back as it was added once every
 * store is gone, no two live copies overlap, and list arrays are
 * aligned for pointers. */
#include "cc_test.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cc_claim.h"

/* Claims per store, stores, and the longest "long" string. */
enum { PER = 40, STORES = 60, BIG = 3 << 20 };

/* The length of claim i's value: mostly short, every 7th across a
 * piece's quarter (4 KB), every 50th past a slab's eighth, claim 1,234
 * past a whole slab. */
static size_t S_len(uint32_t i) {
  if (i == 1234)
    return BIG;
  if (i % 50 == 49)
    return 300000 + i;
  if (i % 7 == 3)
    return 3000 + (i * 37) % 3000;
  return 1 + (i * 13) % 90;
}

/* Claim i's value (also its quote, reversed in case), unique to i: its
 * number first, then a filler byte of its own. */
static char *S_text(uint32_t i, bool quote) {
  size_t n = S_len(i);
  char *p = malloc(n + 1);
  char head[16];
  int h = snprintf(head, sizeof head, "%s%u.", quote ? "Q" : "v", i);
  for (size_t k = 0; k < n; k++)
    p[k] = (char)('a' + (i + k) % 26);
  memcpy(p, head, (size_t)h < n ? (size_t)h : n);
  p[n] = '\0';
  return p;
}

static cc_claim S_claim(uint32_t i, const char *value, const char *quote,
                        const char **items) {
  cc_claim c = {0};
  c.frame = "toll.dead";
  c.subject = "story";
  c.object = "";
  c.rule = "toll.dead";
  c.vkind = CC_VK_COUNT;
  c.value = value;
  c.value2 = "";
  c.derivation = "";
  c.doc = "a.md";
  c.source = "BBC";
  c.start = i;
  c.end = i + 1;
  c.sentence = i;
  c.text = i % 2 ? value : "as written";
  c.quote = quote;
  c.items = items;
  c.nitems = 2;
  return c;
}

static void test_rooms_read_back(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  uint32_t i = 0;
  for (int k = 0; k < STORES / 2; k++) {
    /* two stores at once, claims added to each in turn */
    cc_claim_store *st[2] = {cc_claim_store_new_for(s),
                             cc_claim_store_new_for(s)};
    for (int j = 0; j < 2 * PER; j++) {
      uint32_t at = i + (uint32_t)(j % 2) * PER + (uint32_t)j / 2;
      char *v = S_text(at, false), *q = S_text(at, true);
      const char *items[2] = {v, "member"};
      cc_claim c = S_claim(at, v, q, items);
      const cc_claim *n = cc_claim_store_add(st[j % 2], &c);
      assert_string_equal(n->value, v);
      assert_string_equal(n->quote, q);
      assert_true((uintptr_t)n->items % sizeof(void *) == 0);
      free(v);
      free(q);
    }
    for (int j = 0; j < 2; j++) {
      cc_claim_set_add_store(s, st[j]);
      if (k % 3 == 1)
        assert_true(cc_claim_store_reuse(st[j]));
      cc_claim_store_free(&st[j]);
    }
    i += 2 * PER;
  }
  assert_int_equal(cc_claim_set_count(s), i);
  /* every copy whole, and copies of distinct texts apart: each was
   * written after the one before was read, so an overlap would show */
  for (uint32_t j = 0; j < i; j++) {
    const cc_sclaim *c = cc_claim_set_at(s, j);
    char *v = S_text(c->start, false), *q = S_text(c->start, true);
    assert_string_equal(c->value, v);
    assert_string_equal(c->quote, q);
    assert_string_equal(c->more->items[0], v);
    assert_string_equal(c->more->items[1], "member");
    assert_string_equal(c->text, c->start % 2 ? v : "as written");
    free(v);
    free(q);
  }
  cc_claim_set_free(&s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rooms_read_back),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
