/* test_claim_set.c - the compact set a run keeps its claims in: every
 * field reads back as it was added (copied or borrowed), documents share
 * one source record, claims without second values or lists share none,
 * and addresses stay put while the set grows; stores made for a set
 * intern straight into it, from several threads. */
#include "cc_test.h"

#include <math.h>
#include <pthread.h>

#include "cc_claim.h"
#include "cc_recog.h"
#include "cc_time.h"

static const char *S_items[] = {"sergei lavrov", "a;b"};
static const char *S_names[] = {"Sergei Lavrov", "A;B"};

static cc_claim S_list(void) {
  cc_claim c = {0};
  c.frame = "delegation";
  c.subject = "russia";
  c.object = "summit";
  c.rule = "delegation.list";
  c.vkind = CC_VK_LIST;
  c.gran = CC_G_DAY;
  c.qual = CC_Q_AT_LEAST;
  c.flags = CC_CF_DOC_DATE | CC_CF_OPEN_LIST;
  c.lo = 2;
  c.hi = INFINITY;
  c.lo2 = -0.0; /* not +0.0: kept aside, sign and all */
  c.hi2 = NAN;
  memcpy(c.unit, "USD", 4);
  c.value = "Sergei Lavrov; A;B";
  c.value2 = "x";
  c.derivation = "2025-08-15 - P7Y";
  c.items = S_items;
  c.item_names = S_names;
  c.nitems = 2;
  c.doc = "wire/ap.md";
  c.source = "AP";
  c.doc_index = 7;
  c.line = 12;
  c.col = 4;
  c.start = 1000;
  c.end = 1040;
  c.text = "Lavrov and others";
  c.quote = "Lavrov and others came.";
  c.sentence = 9;
  c.doc_date = cc_days_from_civil(2025, 8, 15);
  return c;
}

/* A plain count: no second value, no list. */
static cc_claim S_count(const char *doc, uint32_t start) {
  cc_claim c = {0};
  c.frame = "toll.dead";
  c.subject = "story";
  c.object = "";
  c.rule = "toll.dead";
  c.vkind = CC_VK_COUNT;
  c.lo = c.hi = 12;
  c.value = "12";
  c.value2 = "";
  c.derivation = "";
  c.doc = doc;
  c.source = "BBC";
  c.doc_index = 1;
  c.start = start;
  c.end = start + 2;
  c.text = "12";
  c.quote = "12 died.";
  return c;
}

static void S_assert_same(const cc_claim *a, const cc_sclaim *b) {
  assert_string_equal(a->key, b->about->key);
  assert_string_equal(a->frame, b->about->frame);
  assert_string_equal(a->subject, b->about->subject);
  assert_string_equal(a->object, b->about->object);
  assert_string_equal(a->rule, b->about->rule);
  assert_int_equal(a->vkind, b->vkind);
  assert_int_equal(a->gran, b->gran);
  assert_int_equal(a->qual, b->qual);
  assert_int_equal(a->flags, b->flags);
  assert_memory_equal(&a->lo, &b->lo, sizeof a->lo);
  assert_memory_equal(&a->hi, &b->hi, sizeof a->hi);
  assert_memory_equal(&a->lo2, &b->more->lo2, sizeof a->lo2);
  assert_memory_equal(&a->hi2, &b->more->hi2, sizeof a->hi2);
  assert_string_equal(a->unit, b->unit);
  assert_string_equal(a->value, b->value);
  assert_string_equal(a->value2, b->value2);
  assert_string_equal(a->derivation, b->derivation);
  assert_int_equal(a->nitems, b->nitems);
  for (uint32_t i = 0; i < a->nitems; i++) {
    assert_string_equal(a->items[i], b->more->items[i]);
    if (a->item_names)
      assert_string_equal(a->item_names[i], b->more->item_names[i]);
  }
  assert_true((a->item_names == NULL) == (b->more->item_names == NULL));
  assert_string_equal(a->doc, b->src->doc);
  assert_string_equal(a->source, b->src->source);
  assert_int_equal(a->doc_index, b->src->doc_index);
  assert_int_equal(a->doc_date, b->src->doc_date);
  assert_int_equal(a->line, b->line);
  assert_int_equal(a->col, b->col);
  assert_int_equal(a->start, b->start);
  assert_int_equal(a->end, b->end);
  assert_string_equal(a->text, b->text);
  assert_string_equal(a->quote, b->quote);
  assert_int_equal(a->sentence, b->sentence);
}

static void test_set_copies(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  char doc[32] = "wire/ap.md", value[32] = "Sergei Lavrov; A;B";
  cc_claim c = S_list();
  c.doc = doc;
  c.value = value;
  const cc_sclaim *k = cc_claim_set_add(s, &c);
  assert_non_null(k);
  assert_int_equal(cc_claim_set_count(s), 1);
  assert_ptr_equal(cc_claim_set_at(s, 0), k);
  assert_null(cc_claim_set_at(s, 1));
  strcpy(doc, "changed");
  strcpy(value, "changed");
  cc_claim want = S_list();
  want.key = "delegation{russia}|summit"; /* built when NULL */
  S_assert_same(&want, k);
  cc_claim_set_free(&s);
  assert_null(s);
  cc_claim_set_free(&s);
  cc_claim_set_free(NULL);
}

static void test_set_shares_records(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim a = S_count("a.md", 0), b = S_count("a.md", 10),
           c = S_count("b.md", 0);
  const cc_sclaim *ka = cc_claim_set_add(s, &a);
  const cc_sclaim *kb = cc_claim_set_add(s, &b);
  const cc_sclaim *kc = cc_claim_set_add(s, &c);
  assert_ptr_equal(ka->src, kb->src);          /* one per document */
  assert_ptr_not_equal(ka->src, kc->src);
  assert_ptr_equal(ka->more, kc->more);        /* nothing aside: shared */
  assert_ptr_equal(ka->about, kc->about);      /* same key and rule */
  cc_claim r = S_count("b.md", 9);
  r.rule = "toll.other";
  const cc_sclaim *kr = cc_claim_set_add(s, &r);
  assert_ptr_not_equal(kr->about, ka->about);
  assert_string_equal(kr->about->rule, "toll.other");
  assert_ptr_equal(kr->about->key, ka->about->key);
  assert_null(ka->more->items);
  assert_int_equal(ka->nitems, 0);
  cc_claim d = S_count("a.md", 20);            /* back to a.md, new date */
  d.flags = CC_CF_DOC_DATE;
  d.doc_date = 20000;
  const cc_sclaim *kd = cc_claim_set_add(s, &d);
  assert_ptr_not_equal(kd->src, ka->src);
  assert_int_equal(kd->src->doc_date, 20000);
  assert_int_equal(ka->src->doc_date, 0);
  cc_claim_set_free(&s);
}

static void test_set_view_borrows(void **state) {
  (void)state;
  cc_claim_store *st = cc_claim_store_new();
  cc_claim l = S_list(), n = S_count("b.md", 5);
  cc_claim_store_add(st, &l);
  cc_claim_store_add(st, &n);
  cc_claim_set *v = cc_claim_set_view(st);
  assert_int_equal(cc_claim_set_count(v), 2);
  for (size_t i = 0; i < 2; i++) {
    const cc_claim *c = cc_claim_store_at(st, i);
    const cc_sclaim *k = cc_claim_set_at(v, i);
    S_assert_same(c, k);
    assert_ptr_equal(c->value, k->value); /* the store's strings */
    assert_ptr_equal(c->quote, k->quote);
    assert_ptr_equal(c->doc, k->src->doc);
  }
  cc_claim_set_free(&v);
  cc_claim_store_free(&st);
}

/* Past the small blocks: addresses taken early stay valid. */
static void test_set_many(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  const cc_sclaim *first = NULL, *mid = NULL;
  char doc[32];
  for (uint32_t i = 0; i < 5000; i++) {
    snprintf(doc, sizeof doc, "d%u.md", i / 7);
    cc_claim c = S_count(doc, i);
    const cc_sclaim *k = cc_claim_set_add(s, &c);
    if (i == 0)
      first = k;
    if (i == 1500)
      mid = k;
  }
  assert_int_equal(cc_claim_set_count(s), 5000);
  assert_ptr_equal(cc_claim_set_at(s, 0), first);
  assert_ptr_equal(cc_claim_set_at(s, 1500), mid);
  for (uint32_t i = 0; i < 5000; i++) {
    const cc_sclaim *k = cc_claim_set_at(s, i);
    snprintf(doc, sizeof doc, "d%u.md", i / 7);
    assert_int_equal(k->start, i);
    assert_string_equal(k->src->doc, doc);
  }
  cc_claim_set_free(&s);
}

/* An iterator gives cc_claim_set_at's claims in turn from any start
 * (the first blocks' bounds and the full blocks' both), NULL past the
 * end, and claims added after it got there. */
static void test_set_iter(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim_set_iter it;
  cc_claim_set_iter_at(&it, s, 0);
  assert_null(cc_claim_set_next(&it)); /* empty */
  for (uint32_t i = 0; i < 3100; i++) {
    cc_claim c = S_count("a.md", i);
    cc_claim_set_add(s, &c);
  }
  const size_t from[] = {0, 1, 15, 16, 47, 48, 500, 1007, 1008, 2031, 2032,
                         3099, 3100, 4000};
  for (size_t f = 0; f < sizeof from / sizeof *from; f++) {
    cc_claim_set_iter_at(&it, s, from[f]);
    size_t i = from[f];
    for (const cc_sclaim *c; (c = cc_claim_set_next(&it)); i++)
      assert_ptr_equal(c, cc_claim_set_at(s, i));
    assert_int_equal(i, from[f] < 3100 ? 3100 : from[f]);
  }
  /* at the end, then a claim more: the iterator reads it */
  cc_claim_set_iter_at(&it, s, 3090);
  for (size_t i = 3090; i < 3100; i++)
    assert_ptr_equal(cc_claim_set_next(&it), cc_claim_set_at(s, i));
  assert_null(cc_claim_set_next(&it));
  cc_claim c = S_count("b.md", 7);
  cc_claim_set_add(s, &c);
  assert_ptr_equal(cc_claim_set_next(&it), cc_claim_set_at(s, 3100));
  assert_null(cc_claim_set_next(&it));
  cc_claim_set_free(&s);
}

/* A store made for a set, reused document after document
 * (cc_claim_store_reuse), reads as a new one each time: its claims from
 * its first slot, the set's strings, the claims it kept itself while the
 * set's lock was held dropped with the document; a plain store and a
 * store grown large are not reused. */
static void test_store_reuse(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim_store *st = cc_claim_store_new_for(s);
  char doc[32], quote[64];
  size_t total = 0;
  for (uint32_t d = 0; d < 6; d++) {
    snprintf(doc, sizeof doc, "d%u.md", d);
    uint32_t n = 5 + 40 * d; /* past the first blocks from the third */
    for (uint32_t i = 0; i < n; i++) {
      cc_claim c = S_count(doc, i);
      snprintf(quote, sizeof quote, "Quote %u of %s.", i % 9, doc);
      c.quote = quote;
      c.sentence = i % 9;
      c.doc_index = d;
      bool hold = d % 2 == 1 && i % 7 == 3; /* kept by the store */
      if (hold)
        cc__claim_set_hold(s, true);
      const cc_claim *k = cc_claim_store_add(st, &c);
      if (hold)
        cc__claim_set_hold(s, false);
      assert_ptr_equal(k, cc_claim_store_at(st, i));
    }
    assert_int_equal(cc_claim_store_count(st), n);
    for (uint32_t i = 0; i < n; i++) {
      const cc_claim *k = cc_claim_store_at(st, i);
      snprintf(quote, sizeof quote, "Quote %u of %s.", i % 9, doc);
      assert_int_equal(k->start, i);
      assert_string_equal(k->doc, doc);
      assert_string_equal(k->quote, quote);
    }
    cc_claim_set_add_store(s, st);
    total += n;
    assert_true(cc_claim_store_reuse(st));
    assert_int_equal(cc_claim_store_count(st), 0);
    assert_null(cc_claim_store_at(st, 0));
  }
  cc_claim_store_free(&st);
  assert_int_equal(cc_claim_set_count(s), total);
  size_t at = 0;
  for (uint32_t d = 0; d < 6; d++) {
    snprintf(doc, sizeof doc, "d%u.md", d);
    for (uint32_t i = 0; i < 5 + 40 * d; i++, at++) {
      const cc_sclaim *k = cc_claim_set_at(s, at);
      snprintf(quote, sizeof quote, "Quote %u of %s.", i % 9, doc);
      assert_int_equal(k->start, i);
      assert_string_equal(k->src->doc, doc);
      assert_string_equal(k->quote, quote);
      /* one copy of a sentence, whoever kept it first */
      if (i >= 9)
        assert_ptr_equal(k->quote, cc_claim_set_at(s, at - 9)->quote);
    }
  }
  cc_claim_store *p = cc_claim_store_new();
  assert_false(cc_claim_store_reuse(p));
  cc_claim_store_free(&p);
  assert_false(cc_claim_store_reuse(NULL));
  st = cc_claim_store_new_for(s);
  for (uint32_t i = 0; i < 1100; i++) {
    cc_claim c = S_count("big.md", i);
    cc_claim_store_add(st, &c);
  }
  assert_false(cc_claim_store_reuse(st)); /* its blocks not kept */
  cc_claim_store_free(&st);
  cc_claim_set_free(&s);
}

/* Equal keys, subjects and paths are one copy, through the table's
 * growth; equal values and quotes a thread met lately too (its cache). */
static void test_set_interns(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  const cc_sclaim *first[300];
  char subj[32], doc[32], quote[32], key[64];
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < 300; i++) {
      snprintf(subj, sizeof subj, "person %d", i);
      snprintf(doc, sizeof doc, "doc%d.md", i);
      snprintf(quote, sizeof quote, "Said %d.", i % 3);
      cc_claim c = S_count(doc, (uint32_t)i);
      c.subject = subj;
      c.quote = quote;
      const cc_sclaim *k = cc_claim_set_add(s, &c);
      assert_string_equal(k->about->subject, subj);
      snprintf(key, sizeof key, "toll.dead{%s}", subj);
      assert_string_equal(k->about->key,
                          key); /* built from frame and subject */
      if (round == 0) {
        first[i] = k;
        continue;
      }
      assert_ptr_equal(k->about->subject, first[i]->about->subject);
      assert_ptr_equal(k->about->key, first[i]->about->key);
      assert_ptr_equal(k->src->doc, first[i]->src->doc);
      assert_ptr_equal(k->about->frame, first[0]->about->frame);
    }
  /* two claims of one sentence in one document share the quote */
  cc_claim a = S_count("same.md", 0), b = S_count("same.md", 5);
  char qa[] = "One sentence.", qb[] = "One sentence.";
  a.quote = qa;
  b.quote = qb;
  const cc_sclaim *ka = cc_claim_set_add(s, &a);
  cc_claim other = S_count("same.md", 3);
  other.quote = "Another.";
  cc_claim_set_add(s, &other);
  const cc_sclaim *kb = cc_claim_set_add(s, &b);
  assert_ptr_equal(ka->quote, kb->quote);
  /* ... and so do two outlets' copies of it, and equal values */
  cc_claim c = S_count("other.md", 0);
  char qc[] = "One sentence.", vc[] = "12";
  c.quote = qc;
  c.value = vc;
  const cc_sclaim *kc = cc_claim_set_add(s, &c);
  assert_ptr_equal(kc->quote, ka->quote);
  assert_ptr_equal(kc->value, ka->value);
  cc_claim_set_free(&s);
}

/* A sealed set keeps its claims and takes more. */
static void test_set_seal(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim a = S_list(), b = S_count("b.md", 3);
  const cc_sclaim *ka = cc_claim_set_add(s, &a);
  cc_claim_set_seal(s);
  cc_claim_set_seal(s);
  cc_claim_set_seal(NULL);
  const cc_sclaim *kb = cc_claim_set_add(s, &b);
  const cc_sclaim *ka2 = cc_claim_set_add(s, &a);
  assert_int_equal(cc_claim_set_count(s), 3);
  assert_ptr_equal(cc_claim_set_at(s, 0), ka);
  cc_claim want = S_list();
  want.key = "delegation{russia}|summit";
  S_assert_same(&want, ka);
  S_assert_same(&want, ka2);
  assert_string_equal(kb->about->key, "toll.dead{story}");
  assert_string_equal(kb->src->doc, "b.md");
  cc_claim_set_free(&s);
}

/* A store made for a set reads as a plain store; its claims go into the
 * set with the set's strings as they are (no copy), the same as a plain
 * store's claims would be kept, and equal strings of two stores are one. */
static void test_store_for_set(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim_store *a = cc_claim_store_new_for(s), *b = cc_claim_store_new_for(s);
  char value[32] = "Sergei Lavrov; A;B", quote[64] = "Lavrov and others came.";
  cc_claim l = S_list(), n = S_count("b.md", 5);
  l.value = value;
  l.quote = quote;
  const cc_claim *sl = cc_claim_store_add(a, &l);
  cc_claim_store_add(a, &n);
  strcpy(value, "changed");
  strcpy(quote, "changed");
  cc_claim want = S_list();
  want.key = "delegation{russia}|summit";
  cc_claim m = S_count("c.md", 7);
  m.value = "Sergei Lavrov; A;B";
  const cc_claim *sm = cc_claim_store_add(b, &m);
  assert_ptr_equal(sm->value, sl->value); /* interned in the set */
  assert_string_equal(sl->value, "Sergei Lavrov; A;B");
  assert_string_equal(sl->quote, "Lavrov and others came.");
  cc_claim_set_add_store(s, a);
  cc_claim_set_add_store(s, b);
  assert_int_equal(cc_claim_set_count(s), 3);
  S_assert_same(&want, cc_claim_set_at(s, 0));
  for (size_t i = 0; i < 2; i++) {
    const cc_claim *c = cc_claim_store_at(a, i);
    const cc_sclaim *k = cc_claim_set_at(s, i);
    S_assert_same(c, k);
    assert_ptr_equal(c->value, k->value); /* not copied again */
    assert_ptr_equal(c->quote, k->quote);
  }
  cc_claim_store_free(&a); /* the strings are the set's: still there */
  cc_claim_store_free(&b);
  S_assert_same(&want, cc_claim_set_at(s, 0));
  assert_string_equal(cc_claim_set_at(s, 2)->value, "Sergei Lavrov; A;B");
  /* a plain store's claims into the same set are copied as before */
  cc_claim_store *p = cc_claim_store_new();
  cc_claim_store_add(p, &n);
  cc_claim_set_add_store(s, p);
  cc_claim_store_free(&p);
  assert_ptr_equal(cc_claim_set_at(s, 3)->src->doc,
                   cc_claim_set_at(s, 1)->src->doc);
  n.key = "toll.dead{story}";
  S_assert_same(&n, cc_claim_set_at(s, 3));
  cc_claim_set_free(&s);
}

/* A mention or a second value that reads as the value is the value's
 * copy, in a set and in a store made for one; an empty one is "". */
static void test_same_as_value(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim_store *st = cc_claim_store_new_for(s);
  char text[16] = "12", value2[16] = "12";
  cc_claim c = S_count("a.md", 1);
  c.text = text;
  c.value2 = value2;
  const cc_sclaim *k = cc_claim_set_add(s, &c);
  const cc_claim *sc = cc_claim_store_add(st, &c);
  c.value2 = NULL;
  c.derivation = NULL;
  const cc_claim *sd = cc_claim_store_add(st, &c);
  assert_ptr_equal(k->text, k->value);
  assert_ptr_equal(k->value2, k->value);
  assert_ptr_equal(sc->text, sc->value);
  assert_ptr_equal(sc->value2, sc->value);
  assert_ptr_equal(sc->value, k->value); /* one table */
  assert_string_equal(sd->value2, "");
  assert_string_equal(sd->derivation, "");
  assert_string_equal(sd->key, "toll.dead{story}");
  cc_claim_store_free(&st);
  cc_claim_set_free(&s);
}

/* A store made for a set that finds the set's lock taken keeps the
 * claim's strings itself (it never sleeps on the lock); the set copies
 * them when the store comes in, and a sort keeps track of them. */
static void test_store_for_set_busy(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  cc_claim_store *st = cc_claim_store_new_for(s);
  cc_claim a = S_count("a.md", 30), b = S_list(), c = S_count("a.md", 10);
  char quote[32] = "Held while the lock was.";
  b.quote = quote;
  b.doc_index = 1;
  cc_claim_store_add(st, &a);
  cc__claim_set_hold(s, true);
  const cc_claim *sb = cc_claim_store_add(st, &b); /* kept by the store */
  cc__claim_set_hold(s, false);
  cc_claim_store_add(st, &c);
  strcpy(quote, "changed");
  b.quote = "Held while the lock was.";
  cc_claim want = b;
  want.key = "delegation{russia}|summit";
  assert_string_equal(sb->quote, "Held while the lock was.");
  cc_claim_store_sort(st); /* c, a, b by (doc_index, start) */
  assert_int_equal(cc_claim_store_at(st, 2)->doc_index, 1);
  cc_claim_set_add_store(s, st);
  cc_claim_store_free(&st); /* b's strings were the store's: copied */
  assert_int_equal(cc_claim_set_count(s), 3);
  S_assert_same(&want, cc_claim_set_at(s, 2));
  assert_int_equal(cc_claim_set_at(s, 0)->start, 10);
  assert_int_equal(cc_claim_set_at(s, 1)->start, 30);
  /* the copy is the set's own: equal strings are one */
  cc_claim d = S_list();
  d.quote = "Held while the lock was.";
  const cc_sclaim *kd = cc_claim_set_add(s, &d);
  assert_ptr_equal(kd->quote, cc_claim_set_at(s, 2)->quote);
  cc_claim_set_free(&s);
}

/* Documents' stores packed into a set in runs (their key records looked
 * up a run at a time, runs cut at the claims a store kept itself while
 * the lock was held), with the lookup tables backed by huge pages from a
 * few KB on (cc__claim_set_huge_min): through the tables' growth every
 * claim reads back right, equal records and strings are one, and seal
 * and free drop the tables. */
static void test_set_runs_huge_tables(void **state) {
  (void)state;
  cc__claim_set_huge_min(4096);
  cc_claim_set *s = cc_claim_set_new();
  char doc[32], subject[32], value[32], quote[64];
  uint32_t n = 0;
  for (uint32_t d = 0; d < 120; d++) {
    cc_claim_store *st = cc_claim_store_new_for(s);
    snprintf(doc, sizeof doc, "s%u/d%u.md", d % 7, d);
    for (uint32_t i = 0; i < 1 + d % 41; i++, n++) {
      snprintf(subject, sizeof subject, "p%u", (d * 31 + i) % 577);
      snprintf(value, sizeof value, "%u", n);
      snprintf(quote, sizeof quote, "Sentence %u of doc %u.", i / 3, d);
      cc_claim c = S_count(doc, i);
      c.subject = subject;
      c.value = value;
      c.quote = quote;
      c.doc_index = d;
      bool hold = i % 17 == 5; /* kept by the store: cuts a run */
      if (hold)
        cc__claim_set_hold(s, true);
      cc_claim_store_add(st, &c);
      if (hold)
        cc__claim_set_hold(s, false);
    }
    cc_claim_set_add_store(s, st);
    cc_claim_store_free(&st);
  }
  assert_int_equal(cc_claim_set_count(s), n);
  n = 0;
  for (uint32_t d = 0; d < 120; d++)
    for (uint32_t i = 0; i < 1 + d % 41; i++, n++) {
      const cc_sclaim *k = cc_claim_set_at(s, n);
      snprintf(doc, sizeof doc, "s%u/d%u.md", d % 7, d);
      snprintf(subject, sizeof subject, "p%u", (d * 31 + i) % 577);
      snprintf(value, sizeof value, "%u", n);
      snprintf(quote, sizeof quote, "Sentence %u of doc %u.", i / 3, d);
      char key[64];
      snprintf(key, sizeof key, "toll.dead{%s}", subject);
      assert_string_equal(k->about->key, key);
      assert_string_equal(k->about->subject, subject);
      assert_string_equal(k->about->rule, "toll.dead");
      assert_string_equal(k->src->doc, doc);
      assert_int_equal(k->src->doc_index, d);
      assert_string_equal(k->value, value);
      assert_string_equal(k->quote, quote);
      assert_int_equal(k->start, i);
    }
  /* one record per key and rule, one copy per string */
  for (size_t a = 0; a < 2000; a += 37)
    for (size_t b = a + 1; b < cc_claim_set_count(s); b += 101) {
      const cc_sclaim *x = cc_claim_set_at(s, a), *y = cc_claim_set_at(s, b);
      if (strcmp(x->about->key, y->about->key) == 0)
        assert_ptr_equal(x->about, y->about);
      if (strcmp(x->quote, y->quote) == 0)
        assert_ptr_equal(x->quote, y->quote);
    }
  cc_claim_set_seal(s);
  cc_claim c = S_count("late.md", 1);
  const cc_sclaim *late = cc_claim_set_add(s, &c); /* after the seal */
  c.key = "toll.dead{story}";
  S_assert_same(&c, late);
  cc_claim_set_free(&s);
  cc__claim_set_huge_min(0);
}

/* Stores made for one set on two threads at once, then added in order:
 * every claim reads back right, and a subject both threads meet is one
 * copy (the set's table; a quote or a value is each thread's own copy,
 * S_keep) (run it under the thread sanitizer too). */
typedef struct S_th {
  cc_claim_set *set;
  cc_claim_store *st;
  int id;
} S_th;

static void *S_fill(void *arg) {
  S_th *t = arg;
  char doc[32], value[32], quote[64], subject[32];
  for (uint32_t i = 0; i < 3000; i++) {
    snprintf(doc, sizeof doc, "t%d/d%u.md", t->id, i / 50);
    snprintf(value, sizeof value, "%u", i % 97);
    snprintf(quote, sizeof quote, "Sentence %u of both.", i % 13);
    snprintf(subject, sizeof subject, "person %u", i % 31);
    cc_claim c = S_count(doc, i);
    c.value = value;
    c.quote = quote;
    c.subject = subject;
    cc_claim_store_add(t->st, &c);
  }
  return NULL;
}

static void test_store_for_set_threads(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  S_th t[2];
  pthread_t th[2];
  for (int k = 0; k < 2; k++) {
    t[k] = (S_th){s, cc_claim_store_new_for(s), k};
    assert_int_equal(pthread_create(&th[k], NULL, S_fill, &t[k]), 0);
  }
  /* the set takes a plain claim meanwhile */
  cc_claim x = S_list();
  cc_claim_set_add(s, &x);
  for (int k = 0; k < 2; k++)
    pthread_join(th[k], NULL);
  for (int k = 0; k < 2; k++) {
    cc_claim_set_add_store(s, t[k].st);
    cc_claim_store_free(&t[k].st);
  }
  assert_int_equal(cc_claim_set_count(s), 6001);
  char doc[32], value[32], quote[64], subject[32];
  for (int k = 0; k < 2; k++)
    for (uint32_t i = 0; i < 3000; i++) {
      const cc_sclaim *c = cc_claim_set_at(s, 1 + (size_t)k * 3000 + i);
      snprintf(doc, sizeof doc, "t%d/d%u.md", k, i / 50);
      snprintf(value, sizeof value, "%u", i % 97);
      snprintf(quote, sizeof quote, "Sentence %u of both.", i % 13);
      snprintf(subject, sizeof subject, "person %u", i % 31);
      assert_string_equal(c->src->doc, doc);
      assert_string_equal(c->value, value);
      assert_string_equal(c->quote, quote);
      assert_string_equal(c->about->subject, subject);
      assert_int_equal(c->start, i);
      const cc_sclaim *o = cc_claim_set_at(s, 1 + (size_t)(1 - k) * 3000 + i);
      /* one copy for both threads */
      assert_ptr_equal(c->about->subject, o->about->subject);
      assert_ptr_equal(c->about->key, o->about->key);
      assert_string_equal(c->quote, o->quote);
    }
  cc_claim_set_free(&s);
}

/* A thread remembers the last strings it found in a set (a cache by hash
 * and length, outliving a document's store): with two sets in use on one
 * thread, turn about, each claim's strings are its own set's, the same
 * copy of an interned one (a subject) each time a set sees it again, and
 * a set freed and another made (at the same address, often) starts from
 * nothing. */
static void test_thread_cache_sets(void **state) {
  (void)state;
  cc_claim_set *s[2] = {cc_claim_set_new(), cc_claim_set_new()};
  const char *first[2] = {NULL, NULL};
  char subject[32];
  for (int round = 0; round < 3; round++)
    for (int k = 0; k < 2; k++) {
      cc_claim_store *st = cc_claim_store_new_for(s[k]);
      strcpy(subject, "seven years");
      cc_claim c = S_count("a.md", (uint32_t)round);
      c.subject = subject;
      c.value = subject;
      const cc_claim *sc = cc_claim_store_add(st, &c);
      assert_string_equal(sc->subject, "seven years");
      assert_string_equal(sc->value, "seven years");
      if (!first[k])
        first[k] = sc->subject;
      assert_ptr_equal(sc->subject, first[k]);
      cc_claim_set_add_store(s[k], st);
      cc_claim_store_free(&st);
    }
  assert_ptr_not_equal(first[0], first[1]);
  for (int round = 0; round < 3; round++) {
    cc_claim_set_free(&s[0]);
    s[0] = cc_claim_set_new();
    cc_claim_store *st = cc_claim_store_new_for(s[0]);
    cc_claim c = S_count("a.md", 1);
    c.subject = "seven years";
    const cc_claim *sc = cc_claim_store_add(st, &c);
    /* the new set's copy, found in its table by the set's own add */
    cc_claim d = S_count("b.md", 2);
    d.subject = "seven years";
    assert_ptr_equal(cc_claim_set_add(s[0], &d)->about->subject,
                     sc->subject);
    cc_claim_set_add_store(s[0], st);
    cc_claim_store_free(&st);
  }
  cc_claim_set_free(&s[0]);
  cc_claim_set_free(&s[1]);
}

/* Strings of every length up to 40 that differ in one byte only (the
 * first, a middle one, the last) are told apart by the set's tables and
 * the thread's cache (hashed and compared a word at a time, the tail in
 * overlapping loads), and each interned one (a subject) reads back as
 * one copy, also once more strings than the cache holds came between. */
static void test_thread_cache_lengths(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  enum { MAXLEN = 40, NPOS = 3 };
  const char *got[MAXLEN + 1][NPOS + 1];
  char buf[MAXLEN + 1];
  for (int round = 0; round < 3; round++) {
    cc_claim_store *st = cc_claim_store_new_for(s);
    for (int n = 1; n <= MAXLEN; n++)
      for (int p = 0; p <= NPOS; p++) {
        memset(buf, 'x', (size_t)n);
        buf[n] = '\0';
        if (p > 0) /* the byte at the first, middle or last place */
          buf[p == 1 ? 0 : p == 2 ? n / 2 : n - 1] = 'y';
        cc_claim c = S_count("a.md", (uint32_t)n);
        c.subject = buf;
        const cc_claim *sc = cc_claim_store_add(st, &c);
        assert_string_equal(sc->subject, buf);
        if (round == 0)
          got[n][p] = sc->subject;
        else
          assert_ptr_equal(sc->subject, got[n][p]);
      }
    if (round == 1) /* push every string out of the thread's cache */
      for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "filler %d", i);
        cc_claim c = S_count("b.md", (uint32_t)i);
        c.subject = buf;
        c.value = buf;
        c.text = buf;
        assert_string_equal(cc_claim_store_add(st, &c)->subject, buf);
      }
    cc_claim_set_add_store(s, st);
    cc_claim_store_free(&st);
  }
  /* strings that differ are distinct copies (some equal ones coincide:
   * a middle byte of a short string is its first or last) */
  for (int n = 1; n <= MAXLEN; n++)
    for (int p = 0; p <= NPOS; p++)
      for (int q = 0; q < p; q++)
        if (strcmp(got[n][p], got[n][q]) != 0)
          assert_ptr_not_equal(got[n][p], got[n][q]);
        else
          assert_ptr_equal(got[n][p], got[n][q]);
  cc_claim_set_free(&s);
}

/* A frame and a rule name read at the address of an earlier claim's
 * (the thread's cache knows copies by address, S_addr) are the set's copy
 * of what is there now: the same copy while the text stays, another once
 * it changed (a buffer the caller reuses), the first again when it comes
 * back; also across stores and with the empty string. */
static void test_thread_cache_addresses(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  char frame[32], rule[32];
  static const char *const texts[] = {"toll.dead", "toll.hurt", "toll.dead",
                                      "", "toll.dead2", "toll.dea",
                                      "toll.dead"};
  const char *first = NULL, *prev = NULL;
  for (int round = 0; round < 2; round++) {
    cc_claim_store *st = cc_claim_store_new_for(s);
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
      strcpy(frame, texts[k]);
      strcpy(rule, texts[k]);
      cc_claim c = S_count("a.md", (uint32_t)k);
      c.frame = frame;
      c.rule = rule;
      const cc_claim *sc = cc_claim_store_add(st, &c);
      assert_string_equal(sc->frame, texts[k]);
      assert_string_equal(sc->rule, texts[k]);
      assert_ptr_equal(sc->frame, sc->rule); /* (one copy of a text) */
      assert_ptr_not_equal(sc->frame, frame);
      if (!first && strcmp(texts[k], "toll.dead") == 0)
        first = sc->frame;
      if (strcmp(texts[k], "toll.dead") == 0)
        assert_ptr_equal(sc->frame, first);
      else
        assert_ptr_not_equal(sc->frame, first);
      if (prev)
        assert_ptr_not_equal(sc->frame, prev); /* each differs from the last */
      prev = sc->frame;
    }
    prev = NULL;
    cc_claim_set_add_store(s, st);
    cc_claim_store_free(&st);
  }
  cc_claim_set_free(&s);
}

/* cc_claim_store_add_fixed: a frame and rule name met at an address from
 * the same owner are known by the address (the copy of what was there
 * then, as the owner promised it never changes); from another owner, or
 * none, they are read again, and the copy is of what is there now. */
static void test_thread_cache_owner(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  char frame[32], rule[32];
  strcpy(frame, "toll.dead");
  strcpy(rule, "rule.one");
  cc_claim_store *st = cc_claim_store_new_for(s);
  cc_claim c = S_count("a.md", 0);
  c.frame = frame;
  c.rule = rule;
  const cc_claim *a = cc_claim_store_add_fixed(st, &c, 7);
  assert_string_equal(a->frame, "toll.dead");
  assert_string_equal(a->rule, "rule.one");
  const char *dead = a->frame, *one = a->rule;
  c.start = 1;
  const cc_claim *b = cc_claim_store_add_fixed(st, &c, 7);
  assert_ptr_equal(b->frame, dead);
  assert_ptr_equal(b->rule, one);
  /* the text changed: read again without the owner's word, or with
   * another owner's */
  strcpy(frame, "toll.hurt");
  strcpy(rule, "rule.two");
  c.start = 2;
  const cc_claim *d = cc_claim_store_add_fixed(st, &c, 8);
  assert_string_equal(d->frame, "toll.hurt");
  assert_string_equal(d->rule, "rule.two");
  const char *hurt = d->frame;
  strcpy(frame, "toll.dead");
  strcpy(rule, "rule.one");
  c.start = 3;
  const cc_claim *e = cc_claim_store_add(st, &c);
  assert_ptr_equal(e->frame, dead);
  assert_ptr_equal(e->rule, one);
  /* owner 8's entry was replaced by one of no owner: read again */
  strcpy(frame, "toll.hurt");
  c.start = 4;
  const cc_claim *f = cc_claim_store_add_fixed(st, &c, 8);
  assert_ptr_equal(f->frame, hurt);
  assert_ptr_equal(f->rule, one);
  cc_claim_set_add_store(s, st);
  cc_claim_store_free(&st);
  cc_claim_set_free(&s);
}

/* A claim's key by the set's copies of its frame, subject and object
 * (the thread's cache, S_key): a key made by the store (none given) is
 * cc_claim_make_key's of the three, whatever keys callers gave with the
 * same three before; a key given is the set's copy of that text, found
 * again by it, whatever was made or given with them; across stores. */
static void test_thread_cache_keys(void **state) {
  (void)state;
  cc_claim_set *s = cc_claim_set_new();
  char subject[32], key[64];
  const char *made = NULL, *odd = NULL;
  for (int round = 0; round < 3; round++) {
    cc_claim_store *st = cc_claim_store_new_for(s);
    for (uint32_t k = 0; k < 12; k++) {
      strcpy(subject, k % 3 == 2 ? "putin,trump" : "story");
      cc_claim c = S_count("a.md", k);
      c.subject = subject;
      c.key = NULL;
      if (k % 4 == 1) { /* a key of the caller's own, not the three's */
        strcpy(key, "toll.dead{other}");
        c.key = key;
      } else if (k % 4 == 3) { /* one that reads as the made one */
        snprintf(key, sizeof key, "toll.dead{%s}", subject);
        c.key = key;
      }
      const cc_claim *sc = cc_claim_store_add(st, &c);
      if (k % 4 == 1) {
        assert_string_equal(sc->key, "toll.dead{other}");
        if (!odd)
          odd = sc->key;
        assert_ptr_equal(sc->key, odd);
      } else {
        char want[64];
        snprintf(want, sizeof want, "toll.dead{%s}", subject);
        assert_string_equal(sc->key, want);
        if (strcmp(subject, "story") == 0) {
          if (!made)
            made = sc->key;
          assert_ptr_equal(sc->key, made);
        }
      }
      /* an empty key is built too */
      c.key = "";
      c.start = 100 + k;
      sc = cc_claim_store_add(st, &c);
      char want[64];
      snprintf(want, sizeof want, "toll.dead{%s}", subject);
      assert_string_equal(sc->key, want);
    }
    /* a key longer than the store's room for one on its stack, with an
     * object */
    char longsub[200], want[256];
    memset(longsub, 'p', sizeof longsub - 1);
    longsub[sizeof longsub - 1] = '\0';
    cc_claim c = S_count("a.md", 500);
    c.subject = longsub;
    c.object = "visit";
    c.key = NULL;
    snprintf(want, sizeof want, "toll.dead{%s}|visit", longsub);
    assert_string_equal(cc_claim_store_add(st, &c)->key, want);
    cc_claim_set_add_store(s, st);
    cc_claim_store_free(&st);
  }
  cc_claim_set_free(&s);
}

/* Enough strings that the set's table grows many times and some of its
 * buckets (seven strings to a cache line) fill and pass strings on to
 * the next: each string is kept once and found again, through a store
 * made for the set and through the set itself; a plain store's quotes,
 * forgotten at each new document, read back too. */
static void test_set_many_strings(void **state) {
  (void)state;
  enum { N = 30000 };
  cc_claim_set *s = cc_claim_set_new();
  const char **got = cc_xcalloc(N, sizeof *got);
  char buf[48];
  for (int round = 0; round < 2; round++) {
    cc_claim_store *st = cc_claim_store_new_for(s);
    for (int i = 0; i < N; i++) {
      snprintf(buf, sizeof buf, "%d subject %d", i % 7, i);
      cc_claim c = S_count("a.md", (uint32_t)i);
      c.subject = buf;
      const char *v = round == 0 ? cc_claim_store_add(st, &c)->subject
                                 : cc_claim_set_add(s, &c)->about->subject;
      assert_string_equal(v, buf);
      if (round == 0)
        got[i] = v;
      else
        assert_ptr_equal(v, got[i]);
    }
    cc_claim_set_add_store(s, st);
    cc_claim_store_free(&st);
  }
  assert_int_equal(cc_claim_set_count(s), 2 * N);
  cc_xfree(got);
  cc_claim_set_free(&s);
  /* a plain store: one quote table per document, cleared between */
  cc_claim_store *p = cc_claim_store_new();
  char doc[32], quote[48];
  for (int i = 0; i < 2000; i++) {
    snprintf(doc, sizeof doc, "d%d.md", i / 300);
    snprintf(quote, sizeof quote, "Sentence %d.", i % 50);
    cc_claim c = S_count(doc, (uint32_t)i);
    c.quote = quote;
    cc_claim_store_add(p, &c);
  }
  for (int i = 0; i < 2000; i++) {
    snprintf(quote, sizeof quote, "Sentence %d.", i % 50);
    const cc_claim *c = cc_claim_store_at(p, (size_t)i);
    assert_string_equal(c->quote, quote);
    if (i % 300 >= 50) /* the same sentence of the same document: one copy */
      assert_ptr_equal(c->quote, cc_claim_store_at(p, (size_t)i - 50)->quote);
  }
  cc_claim_store_free(&p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_set_copies),
      cmocka_unit_test(test_set_shares_records),
      cmocka_unit_test(test_set_view_borrows),
      cmocka_unit_test(test_set_many),
      cmocka_unit_test(test_set_iter),
      cmocka_unit_test(test_store_reuse),
      cmocka_unit_test(test_set_interns),
      cmocka_unit_test(test_set_seal),
      cmocka_unit_test(test_store_for_set),
      cmocka_unit_test(test_same_as_value),
      cmocka_unit_test(test_store_for_set_busy),
      cmocka_unit_test(test_store_for_set_threads),
      cmocka_unit_test(test_set_runs_huge_tables),
      cmocka_unit_test(test_thread_cache_sets),
      cmocka_unit_test(test_thread_cache_lengths),
      cmocka_unit_test(test_thread_cache_addresses),
      cmocka_unit_test(test_thread_cache_owner),
      cmocka_unit_test(test_thread_cache_keys),
      cmocka_unit_test(test_set_many_strings),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
