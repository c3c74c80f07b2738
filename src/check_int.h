/* check_int.h - internals shared by the check stage (src/check*.c).
 *
 * The checks never touch the claim store: each claim is wrapped in an item
 * holding its working interval (closed, widened for granularity,
 * qualifiers and tolerance) so every comparison is one overlap test.
 */
#ifndef CC_CHECK_INT_H
#define CC_CHECK_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "cc_check.h"
#include "cc_claim.h"
#include "cc_util.h"

typedef struct cc__scope_str cc__scope_str; /* check.c */

/* Append x (of type T) to the cc_vec *v: written in place while there is
 * room, through cc_vec_push (which grows it) when not.  cc_vec_push zeroes
 * each new slot with a memset call, some 25 instructions for a pointer,
 * on the passes that push one entry per claim.  For types without
 * padding (pointers, integers, cc__kv): the bytes are the same. */
#define CC__PUSH(v, T, x)                                                    \
  do {                                                                       \
    cc_vec *pv_ = (v);                                                       \
    if (pv_->len < pv_->cap)                                                 \
      ((T *)pv_->items)[pv_->len++] = (x);                                   \
    else                                                                     \
      *(T *)cc_vec_push(pv_) = (x);                                          \
  } while (0)

/* 48 bytes.  Items sit in canonical order in one array, so an item's
 * address is its position: ties are broken by comparing pointers. */
typedef struct cc__item {
  const cc_sclaim *c; /* an arena copy when members or an inferred date
                        changed it (its derivation is then the one shown
                        in explanations) */
  const cc_check_frame *cf; /* settings of the claim's frame */
  double lo, hi;     /* closed working interval used for overlap */
  cc__scope_str *scope; /* group: key, plus the folder for "story" keys */
  uint32_t doc_id;   /* dense ids in path order (same doc = same id) */
  uint8_t flags;     /* claim flags plus CC_CF_DATE_INFERRED on inference */
  uint8_t vkind;     /* c->vkind, here so that the passes over every item
                        that only ask the kind (groups, names, parts,
                        people) read the items in order and not each
                        claim (a cache miss each at 1 GB) */
  bool reported;     /* a count already shown against a list: its
                        disagreement with other counts says nothing new */
  uint8_t own;       /* CC__OWN_*: where the value is when it is not the
                        claim's lo and hi */
} cc__item;

/* The item's value is its claim's [lo, hi] (NAN when unresolved), but
 * for the few items whose value the check changed: a date inferred for
 * the article (the claim is then a cc__owned, its value beside it), or
 * an undated time moved by whole days to its group's reference (the
 * reference kept in the group's scope, the shift made again from it).
 * No copy of the value in each item: 16 bytes a claim of fresh memory
 * (8 MB at 100 MB) that only these items needed. */
enum { CC__OWN_INFERRED = 1, CC__OWN_REDAYED = 2 };
typedef struct cc__owned {
  cc_sclaim c; /* first: the item's c points here */
  double vlo, vhi;
} cc__owned;
/* (cc__vlo and cc__vhi when it->own is not 0) */
double cc__vval_own(const cc__item *it, bool hi);
static inline double cc__vlo(const cc__item *it) {
  return it->own ? cc__vval_own(it, false) : it->c->lo;
}
static inline double cc__vhi(const cc__item *it) {
  return it->own ? cc__vval_own(it, true) : it->c->hi;
}
/* The undated times of it's group move by whole days to within twelve
 * hours of ref (check_value.c): it->own gets CC__OWN_REDAYED. */
void cc__scope_reday(cc__item *it, double ref);


typedef struct cc__ctx {
  const cc_check_config *cfg;
  cc_check_opts opts;
  cc_findings *out;
  cc_arena *arena;   /* scratch for the run */
  cc_buf msg;        /* message being built */
  cc_buf emit_rule, emit_va, emit_vb; /* cc__emit's scratch */
  /* the people and proper words of each article, made as the checks ask
   * (check_related.c); shared by the tasks */
  struct cc__rel *rel;
  uint32_t ndocs;
  struct cc__scopes *scopes; /* interned group keys (check.c) */
} cc__ctx;

/* Tests: the most slots of the items' memo of group keys (a power of
 * two; 0: the default), so that a small run reuses its slots. */
void cc__check_scmemo_max(size_t slots);

/* ---- check_fmt.c: values and findings ---------------------------------- */

/* The item's value for people: "2018-07-16", "2025-08-15 19:30 UTC",
 * "6 to 7 hours", "at least 5", "52%", "3000000 USD". */
void cc__fmt_value(const cc__item *it, cc_buf *out);
/* " (zone inferred from the article's place)", or, when the article's
 * timezone field gave it (CC_CF_ZONE_GIVEN), " (zone from the article's
 * timezone field)": what a finding says about a zone not stated beside
 * the time.  claim_flags: the claim's, not an item's (8 bits). */
const char *cc__zone_note(unsigned claim_flags);
/* A seconds span as "30 minutes", "7.1 years", ... */
void cc__fmt_span(double secs, cc_buf *out);
/* v in decimal, as "%lld" prints it. */
void cc__put_int(cc_buf *out, long long v);
/* A number with at most two decimals, no trailing zeros. */
void cc__fmt_num(double v, cc_buf *out);
/* '"TEXT" (SOURCE)' then " = DERIVATION = VALUE" [" (inferred)"]. */
void cc__describe(const cc__item *it, cc_buf *out);
/* The same, a rate's value written the way round like's reads (the
 * other side of its finding; like may be NULL). */
void cc__describe_like(const cc__item *it, const cc__item *like,
                       cc_buf *out);
/* Severity of a discrepancy between a and b (same article or not). */
cc_severity cc__severity(const cc__item *a, const cc__item *b);
/* Findings of verdict v are only counted: their message need not be
 * written (cc__emit still counts them). */
bool cc__counts_only(const cc__ctx *x, cc_verdict v);
/* Add a finding; b may be NULL.  check names the catalog entry. */
void cc__emit(cc__ctx *x, const char *check, cc_verdict v, cc_severity sev,
              const cc__item *a, const cc__item *b, const char *message,
              uint32_t agree);
bool cc__same_sentence(const cc__item *a, const cc__item *b);
/* Could two articles be about one story?  Articles that both name people
 * must share two of them (one when either names only one; a spelling one
 * letter off counts), not counting ex1 and ex2 (the people a name check
 * is about; may be NULL).  When one names nobody else, the proper words
 * of their claims' sentences must meet (two of them, one when either has
 * two or fewer).  Inside a story's handful of articles (a few, dated
 * within days, of one group) one shared person or word is enough, a city
 * and its country meet, and articles with no evidence either way are
 * related; in a larger run they are not. */
bool cc__related(const cc__ctx *x, uint32_t doc_a, uint32_t doc_b,
                 const char *ex1, const char *ex2);
/* cc__related, for facts of a period rather than of one story (exchange
 * rates): two articles with no evidence either way count as related
 * however many the run holds. */
bool cc__related_open(const cc__ctx *x, uint32_t doc_a, uint32_t doc_b);
/* Is w[0..n) a capitalized word every story uses ("The", "Monday")? */
bool cc__common_word(const char *w, size_t n);
bool cc__overlap(const cc__item *a, const cc__item *b);

/* ---- check.c: a memo by address ------------------------------------------- */

/* A small table of answers remembered by a string's address (a run's set
 * stores each frame name once) and a tag: the slot from a multiplicative
 * hash of the whole address, so where the strings happen to lie cannot
 * crowd them into a few slots, and a short linear probe for the keys
 * that still share one (a direct-mapped table put two of a run's 20-odd
 * frames in one slot in about half of the memory layouts, and the answer
 * was then asked again for every other item of the two: 6,705 times
 * instead of 10 on the 10 MB corpus).  Zero it before use. */
typedef struct cc__amemo {
  const void *key; /* NULL: empty */
  unsigned tag;
  const void *ptr; /* the answer: the caller's */
  int idx;
} cc__amemo;

/* The slot of (key, tag) in t, nslots (a power of two) slots: *hit tells
 * whether it holds their answer; if not, the caller writes key, tag and
 * the answer there (past a few occupied slots it is the home slot, whose
 * answer is dropped: a miss only asks again).  NULL for a NULL key,
 * which is never remembered. */
#define CC__AMEMO_PROBE 8

static inline cc__amemo *cc__amemo_slot(cc__amemo *t, size_t nslots,
                                        const void *key, unsigned tag,
                                        bool *hit) {
  *hit = false;
  if (!key)
    return NULL;
  uint64_t h = ((uint64_t)(uintptr_t)key ^ tag) * 0x9E3779B97F4A7C15ull;
  size_t mask = nslots - 1, home = (size_t)(h >> 32) & mask, i = home;
  for (int k = 0; k < CC__AMEMO_PROBE; k++, i = (i + 1) & mask) {
    if (t[i].key == key && t[i].tag == tag) {
      *hit = true;
      return &t[i];
    }
    if (!t[i].key)
      return &t[i]; /* (slots fill in probe order: key is not further on) */
  }
  return &t[home];
}

/* ---- check.c, check_members.c, check_related.c: before the checks ------- */

/* The group key of a claim: its key, plus the folder for "story" keys
 * (one story per folder) or the article for frames of scope "article".
 * cf: the settings of the claim's frame.  Interned in x->arena: claims of
 * one group share one entry.  NULL for kinds not compared in groups
 * (names, time pairs, weekdays). */
cc__scope_str *cc__scope(cc__ctx *x, const cc_sclaim *c,
                         const cc_check_frame *cf, cc_buf *tmp);
/* Give "frame{member:KEY}" claims the key of the group whose list names
 * KEY (see check_members.c); items[i].c may point to an arena copy. */
/* A claim keyed by the group its subject belongs to ("member:KEY"); the
 * first byte first: asked of every claim, and nearly every subject fails
 * there. */
static inline bool cc__is_member(const cc_sclaim *c) {
  const char *s = c->about->subject;
  return s[0] == 'm' && strncmp(s, "member:", 7) == 0;
}
/* first: the first item that cc__is_member (n: none), found by the pass
 * that makes the items. */
void cc__join_members(cc__ctx *x, cc__item *items, size_t n, size_t first);
/* Ready x for cc__related over items[0..n) (in article order, ids below
 * ndocs): each article's people and proper words are made when a check
 * first asks, on any thread; items must not change meanwhile but for the
 * fields the value groups write.  cc__related_free frees them.  It also
 * gives a value claim keyed by a surname alone the full name its story
 * group gives that one person (c and scope of its item: a copy of the
 * claim in x->arena), before the groups are made; NAME items are only
 * read (the names thread reads them meanwhile). */
void cc__related_init(cc__ctx *x, cc__item *items, size_t n,
                      uint32_t ndocs);
void cc__related_free(cc__ctx *x);

/* ---- the checks --------------------------------------------------------------- */

/* Same fact, elapsed time, relative dates, ranges, count vs list, age vs
 * birth year over one key group (items sorted canonically). */
void cc__check_values(cc__ctx *x, cc__item **items, size_t n);
/* Parts and totals, shares of one whole: over every item. */
void cc__check_parts(cc__ctx *x, cc__item *items, size_t n);
/* Intrinsic checks of one claim. */
void cc__check_zone_pair(cc__ctx *x, const cc__item *it);
/* Local/UTC pairs of one story's articles whose zone is unknown (one at
 * least), told of one event (the word before the time, "landed at"): the
 * same local time with another UTC time, or the same UTC time with
 * another local time, is a discrepancy between them (one offset is
 * wrong); both the same, consistent.  Pairs whose UTC half a frame
 * claims in both articles are left to that frame's comparison. */
void cc__check_zone_pairs_across(cc__ctx *x, cc__item *items, size_t n);
void cc__check_weekday(cc__ctx *x, const cc__item *it);
void cc__check_unit_pair(cc__ctx *x, const cc__item *it);
/* A conversion (CC_VK_RATE) whose rate lies outside the bounds of
 * rules/rates.csv for its currencies: a discrepancy (check_intrinsic.c);
 * nothing otherwise. */
void cc__check_rate_bounds(cc__ctx *x, const cc__item *it);
/* Is it such a conversion?  The value check leaves it out of its pairs:
 * its own finding says it, once (not once per other conversion). */
bool cc__rate_out_of_bounds(const cc__ctx *x, const cc__item *it);
/* Name variants over every NAME item: cc__namefold_add for each, then
 * cc__names_prep and cc__names_run. */
void cc__check_names(cc__ctx *x, cc__item **items, size_t n);
/* The name check's first step, made as the items are: each NAME item of
 * the partition, in item order, folded with the claim c it was made from
 * (still in the cache of the thread that makes the items).  One per part
 * of the items (at most CC__NAMEFOLD_MAX); cc__namefold_shift moves its
 * items' addresses back by `by` items when their stretch of the array is
 * moved. */
#define CC__NAMEFOLD_MAX 16
typedef struct cc__namefold cc__namefold;
cc__namefold *cc__namefold_new(void);
void cc__namefold_add(cc__namefold *f, cc__item *it, const cc_sclaim *c);
/* No more names: the memo of values folded is freed and the names' room
 * cut to their number (the parts' names wait for the names thread while
 * the other steps run). */
void cc__namefold_done(cc__namefold *f);
void cc__namefold_shift(cc__namefold *f, size_t by);
/* The part of the name check that needs no evidence of related articles
 * (cc__related_init may run beside it) and makes no finding, over the
 * parts' names in part order (the parts are freed, and set NULL). */
typedef struct cc__names cc__names;
cc__names *cc__names_prep(cc__namefold **parts, size_t nparts);
/* The findings; frees *nm. */
void cc__names_run(cc__ctx *x, cc__names **nm);

/* Catalog name for a pair of claims compared by value. */
const char *cc__check_name(const cc__item *a, const cc__item *b,
                           bool consistent);
bool cc__in_partition(const cc__ctx *x, const char *key);

/* ---- finding.c: findings made on several threads ------------------------ */

/* An empty set for one task of a run that adds to like: like's borrow and
 * tally settings, and ids left as computed (a clash with a finding of
 * another task can only be settled in the run's set). */
cc_findings *cc__findings_part(const cc_findings *like);
/* Add every finding of *src to dst in order, as cc_findings_add would
 * have, add its tallies, and free *src. */
void cc__findings_absorb(cc_findings *dst, cc_findings **src);

/* For tests (check_name.c): the optimal string alignment distance of two
 * names by code point, and the typo search's test that it is 1. */
int cc__name_osa(const char *a, const char *b);
bool cc__name_osa_is_one(const char *a, const char *b);

/* ---- check_sort.c: radix sorts ----------------------------------------------------- */

typedef struct cc__kv {
  uint64_t k, v;
} cc__kv;
/* Stable sort by k (records with equal k keep their order). */
void cc__sort_kv(cc__kv *v, size_t n);

/* The same order for keys below nkeys (dense ranks): a counting sort. */
void cc__sort_kv_dense(cc__kv *v, size_t n, size_t nkeys);
/* The same order, for records nearly in order: by insertion, in linear
 * work (the radix sort takes over past a few moves per record). */
void cc__sort_kv_near(cc__kv *v, size_t n);
/* qsort's order: by insertion up to 16 elements (of at most 32 bytes),
 * where qsort's merge sort cost some 800 instructions a call, else
 * qsort.  Stable, as glibc's merge sort is, so equal elements end in the
 * same order (the check stage's comparators are total orders anyway). */
void cc__qsort(void *base, size_t n, size_t size,
               int (*cmp)(const void *, const void *));
/* The same order by insertion: for a few records only (quadratic). */
void cc__insert_kv(cc__kv *v, size_t n);
void cc__sort_u64(uint64_t *v, size_t n);
void cc__sort_u32(uint32_t *v, size_t n);
/* The same order as cc__sort_kv, for keys spread evenly over 64 bits
 * (hashes): one counting pass on the top bits, then each bucket (a few
 * records) by insertion, or by cc__sort_kv when a bucket is crowded. */
void cc__sort_kv_hashed(cc__kv *v, size_t n);
/* The same, v sorted into out (n records, not v). */
void cc__sort_kv_hashed_to(const cc__kv *v, size_t n, cc__kv *out);
/* Its first step alone: v scattered into out by the keys' top bits,
 * stably; returns the buckets' ends (bucket b is out[end[b - 1], end[b]),
 * end[-1] taken as 0), *nbuckets of them, to free (NULL when n < 2).
 * Equal keys share a bucket, so a caller that wants only runs of equal
 * keys sorts just the buckets of two or more records
 * (cc__sort_bucket_kv: a bucket by insertion, or by cc__sort_kv when
 * crowded). */
size_t *cc__bucket_kv_hashed_to(const cc__kv *v, size_t n, cc__kv *out,
                                size_t *nbuckets);
void cc__sort_bucket_kv(cc__kv *v, size_t m);
/* The records of v[0..n) whose k two or more distinct v share (k a hash
 * spread evenly over 64 bits; v below UINT32_MAX and in ascending order,
 * each v's records together), one per (k, v), written to out (room for
 * n) in (k, v) order; returns their number.  One pass through an
 * open-addressing table of the k met (a slot the indexes of its first
 * and last v's records, 8 bytes, at most two thirds of them used):
 * most k are no other v's, and only the shared ones are sorted.  Equal to
 * cc__sort_kv_hashed_to's order with the runs of one k and one v cut to
 * one record and the runs of one k and a single v left out.  The table
 * is t's, made larger when n needs it: a caller with several arrays
 * makes it once (its pages touched once). */
typedef struct cc__kvtab {
  void *slot; /* the table, kept from call to call (cc_xfree it) */
  size_t cap;
} cc__kvtab;
size_t cc__shared_kv(const cc__kv *v, size_t n, cc__kv *out, cc__kvtab *t);
/* Distinct pointers, each numbered 0, 1, ... in order of first sight:
 * open addressing on the address, for the check stage's tables keyed by
 * a string the run's set stores once (a value, a quote, a path).  Zero
 * it to start; cc__ptab_free frees it. */
typedef struct cc__pslot {
  const void *p; /* NULL: free */
  uint32_t idx;
} cc__pslot;
typedef struct cc__ptab {
  cc__pslot *slot;
  size_t cap, used; /* cap a power of two, used <= cap / 2 */
} cc__ptab;
/* p's number (p not NULL); *fresh tells whether p was new, numbered
 * t->used - 1 now. */
static inline uint32_t cc__ptab_put(cc__ptab *t, const void *p,
                                    bool *fresh);
/* (for cc__ptab_put: doubles the table, or makes its first) */
void cc__ptab_grow(cc__ptab *t);
static inline size_t cc__ptab_home(const cc__ptab *t, const void *p) {
  uint64_t h = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15ULL;
  return (size_t)(h >> 32) & (t->cap - 1);
}
/* Inline: the check stage asks it once or twice per claim. */
static inline uint32_t cc__ptab_put(cc__ptab *t, const void *p,
                                    bool *fresh) {
  if (2 * (t->used + 1) > t->cap)
    cc__ptab_grow(t);
  size_t k = cc__ptab_home(t, p);
  while (t->slot[k].p && t->slot[k].p != p)
    k = (k + 1) & (t->cap - 1);
  *fresh = !t->slot[k].p;
  if (*fresh)
    t->slot[k] = (cc__pslot){p, (uint32_t)t->used++};
  return t->slot[k].idx;
}
/* Ask the cache for p's slot ahead of a put (a hint only). */
void cc__ptab_prefetch(const cc__ptab *t, const void *p);
void cc__ptab_free(cc__ptab *t);

/* Distinct strings, each with a value: open addressing on cc_hash_mem,
 * a slot holding the string, its length, the low 32 bits of its hash
 * (a probe compares bytes only on an equal hash, and growing never reads
 * a string again) and the value.  For the check stage's group keys:
 * hundreds of thousands of them at 1 GB, where uthash's entry and chain
 * walk were cache misses.  Zero it to start; cc__stab_free frees it. */
typedef struct cc__sslot {
  const char *s; /* NULL: free */
  void *v;
  uint32_t n, h;
} cc__sslot;
typedef struct cc__stab {
  cc__sslot *slot;
  size_t cap, used; /* cap a power of two, used <= cap / 2 */
} cc__stab;
/* The slot of s[0..n) (n < 4 GB).  *fresh: the slot is new, with s as
 * given and v NULL: the caller points s at a copy that lives as long as
 * the table and sets v.  The slot's address holds until the next put. */
cc__sslot *cc__stab_put(cc__stab *t, const char *s, size_t n, bool *fresh);
/* The same with h, (uint32_t)cc_hash_mem(s, n), given: a caller that
 * picks one of several tables by h hashes once. */
cc__sslot *cc__stab_put_h(cc__stab *t, const char *s, size_t n, uint32_t h,
                          bool *fresh);
/* An empty t with room for cap / 2 strings before it grows (cap rounded
 * up to a power of two, at least 2), for a table that starts smaller
 * than the 1024 slots of a zeroed one. */
void cc__stab_init(cc__stab *t, size_t cap);
void cc__stab_free(cc__stab *t);

/* Ranks of p[0..n) (non-NULL pointers, many of them equal) in the order
 * of cmp, which compares two elements of an array of pointers as qsort
 * does: rank[i] for p[i], equal pointers or equal under cmp get equal
 * ranks, 0 the least.  cmp runs over the distinct pointers only (a run
 * stores a path or a key record once for every claim that names it).
 * Returns the number of distinct ranks. */
size_t cc__rank_ptrs(const void *const *p, size_t n,
                     int (*cmp)(const void *, const void *), uint32_t *rank);
/* The same ranks, with key(pointer, ctx) a prefix of cmp's order (a
 * smaller key: a smaller element under cmp): the distinct pointers are
 * sorted by key without a comparator call, and cmp orders only those
 * of one key. */
size_t cc__rank_ptrs_keyed(const void *const *p, size_t n,
                           int (*cmp)(const void *, const void *),
                           uint64_t (*key)(const void *, const void *),
                           const void *ctx, uint32_t *rank);
/* Level `depth` of an element's key for cc__rank_ptrs_levels: the
 * levels in turn are cmp's order (a smaller key at the first level
 * where two differ: a smaller element under cmp), as 8-byte chunks of a
 * string are.  A key whose low byte is 0 has ended: elements equal on
 * every level up to it are equal under cmp (a string's chunk with its
 * NUL in it).  The next level is asked for only of elements equal on
 * all levels before it and not ended. */
typedef uint64_t (*cc__rank_key)(const void *p, const void *ctx,
                                 unsigned depth);
/* The same ranks by key's levels: sorted by the first level, then level
 * by level inside the runs still equal (each element's string read once
 * a level, not at every compare of a sort: at 1 GB each was a cache
 * miss), and cmp orders only those equal on many levels. */
size_t cc__rank_ptrs_levels(const void *const *p, size_t n,
                            int (*cmp)(const void *, const void *),
                            cc__rank_key key, const void *ctx,
                            uint32_t *rank);
/* Up to 8 bytes of s, big-endian, zeros past its end: a key that is a
 * prefix of strcmp's order. */
uint64_t cc__str_key8(const char *s);

#endif
