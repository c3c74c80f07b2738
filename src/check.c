/* check.c - the check stage: items, groups by key, partitions, dates.
 *
 * Claims are put in a canonical order that does not depend on how the
 * documents were sharded or numbered (doc path, then offsets), wrapped in
 * items with closed working intervals, grouped by key in a hash table and
 * handed group by group to the checks.  Work is O(n log n) in the number of
 * claims: one sort, one hash pass, and sorts inside groups.
 */
#include "check_int.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


#include "cc_recog.h"
#include "cc_time.h"

#define S_YEAR (365.2425 * 86400.0)
#define S_MONTH (30.436875 * 86400.0)

bool cc_check_key_in_partition(const char *key, int k, int n) {
  if (n <= 1)
    return true;
  uint64_t h = cc_hash64(key, strlen(key), CC_HASH_SEED);
  return (int)(h % (uint64_t)n) == k;
}

bool cc__in_partition(const cc__ctx *x, const char *key) {
  return cc_check_key_in_partition(key, x->opts.partition_k,
                                   x->opts.partition_n);
}

/* ---- canonical order ------------------------------------------------------------ */

static int S_u32cmp(uint32_t a, uint32_t b) { return a < b ? -1 : a > b; }

/* strcmp, settled at once for one string (a set's strings are interned:
 * claims of one document share its path, of one key the key). */
static int S_strcmp(const char *a, const char *b) {
  return a == b ? 0 : strcmp(a, b);
}

static int S_claim_cmp(const void *pa, const void *pb) {
  const cc_sclaim *a = *(const cc_sclaim *const *)pa;
  const cc_sclaim *b = *(const cc_sclaim *const *)pb;
  int c = S_strcmp(a->src->doc, b->src->doc);
  if (!c)
    c = S_u32cmp(a->start, b->start);
  if (!c)
    c = S_u32cmp(a->end, b->end);
  if (!c)
    c = S_strcmp(a->about->key, b->about->key);
  if (!c)
    c = S_strcmp(a->value, b->value);
  if (!c)
    c = S_u32cmp(a->vkind, b->vkind);
  if (!c)
    c = S_strcmp(a->about->rule, b->about->rule);
  return c;
}

/* Two rules that read the same mention into the same claim. */
static bool S_duplicate(const cc_sclaim *a, const cc_sclaim *b) {
  return S_strcmp(a->src->doc, b->src->doc) == 0 && a->start == b->start &&
         a->end == b->end && S_strcmp(a->about->key, b->about->key) == 0 &&
         S_strcmp(a->value, b->value) == 0 && a->vkind == b->vkind &&
         S_strcmp(a->value2, b->value2) == 0;
}

/* ---- working intervals ----------------------------------------------------------- */

static double S_gran_secs(unsigned g) {
  switch (g) {
  case CC_G_MILLENNIUM: return 1000 * S_YEAR;
  case CC_G_CENTURY: return 100 * S_YEAR;
  case CC_G_DECADE: return 10 * S_YEAR;
  case CC_G_YEAR: return S_YEAR;
  case CC_G_HALF: return S_YEAR / 2;
  case CC_G_QUARTER:
  case CC_G_SEASON: return S_YEAR / 4;
  case CC_G_MONTH: return S_MONTH;
  case CC_G_WEEK: return 7 * 86400.0;
  case CC_G_DAY: return 86400.0;
  case CC_G_PART_OF_DAY: return 6 * 3600.0;
  case CC_G_HOUR: return 3600.0;
  case CC_G_MINUTE: return 60.0;
  case CC_G_SECOND: return 1.0;
  default: return 0;
  }
}

static double S_maxabs(double lo, double hi) {
  double m = 0;
  if (isfinite(lo))
    m = fabs(lo);
  if (isfinite(hi) && fabs(hi) > m)
    m = fabs(hi);
  return m;
}

/* fmin and fmax as glibc computes them (minsd: on a tie the second
 * argument, so -0 and +0 come out as before; a NaN argument gives the
 * other), inline: S_prepare called them some 2.5 times a claim. */
static inline double S_fmin(double x, double y) {
  return x < y || isnan(y) ? x : y;
}
static inline double S_fmax(double x, double y) {
  return x > y || isnan(y) ? x : y;
}

/* How loose "about" makes a time of day, in seconds: the rounder the
 * time, the looser ("about 10pm" is 21:45 to 22:15, "about 9:45am" 9:35
 * to 9:55, "about 9:42" 9:40 to 9:44).  0 for other instants: "about"
 * before a date is rare and says little. */
static double S_approx_time(const cc__item *it) {
  unsigned g = it->c->gran;
  if (g != CC_G_HOUR && g != CC_G_MINUTE)
    return 0;
  int64_t m = (int64_t)floor(it->lo / 60.0) % 60;
  if (m < 0)
    m += 60;
  return (m == 0 ? 15 : m % 15 == 0 ? 10 : m % 5 == 0 ? 5 : 2) * 60.0;
}

static double S_half_digit(double v);

/* "About N" as the lexicon gives it (N less and more a tenth, the
 * interval's middle being N) is as loose as N's own last digit plus 3%,
 * never looser than that tenth: "about 1.2 million" is 1.11-1.29m, no
 * longer meeting "some 1.4 million" at 1.3m (17% apart; each a tenth wide,
 * two figures up to a fifth apart agreed, QA), and "about 28,000" no
 * longer meets "some 25,000"; "about 300" stays 270-330 and "about 1,200"
 * still takes 1,150.  Other shapes ("200-odd") keep their interval. */
static void S_narrow_approx(cc__item *it) {
  unsigned vk = it->vkind;
  if (vk != CC_VK_COUNT && vk != CC_VK_MONEY && vk != CC_VK_PERCENT &&
      vk != CC_VK_QUANTITY)
    return;
  double p = (it->lo + it->hi) / 2, e = 1e-9 * fabs(p);
  if (!(p > 0) || !isfinite(p) || fabs(it->lo - 0.9 * p) > e ||
      fabs(it->hi - 1.1 * p) > e)
    return;
  double w = S_fmin(S_half_digit(p) + 0.03 * p, 0.1 * p);
  it->lo = p - w;
  it->hi = p + w;
}

/* Qualifiers the recognizer left as a point: "about 100" means roughly
 * 90-110, "nearly 100" 90-100.  "More than 3,000" keeps 3,000: against a
 * plain "3,000" (itself likely rounded) it is no alarm worth raising. */
static void S_widen_qual(cc__item *it) {
  double v = it->lo, w = 0.1 * fabs(v);
  switch (it->c->qual) {
  case CC_Q_APPROX:
    if (it->vkind == CC_VK_INSTANT) {
      w = S_approx_time(it);
      it->lo -= w;
      it->hi += w;
    } else if (it->lo == it->hi) {
      it->lo = v - w;
      it->hi = v + w;
    }
    break;
  case CC_Q_NEARLY:
    if (it->lo == it->hi && it->vkind != CC_VK_INSTANT)
      it->lo = v - w;
    break;
  default:
    break;
  }
}

/* Instants are half-open [lo, hi): close them one second early, and give
 * a point the length of the unit it was stated in ("19:30" is a minute). */
static void S_widen_instant(cc__item *it) {
  double u = S_gran_secs(it->c->gran);
  if (it->hi > it->lo)
    it->hi -= S_fmin(1.0, (it->hi - it->lo) / 2);
  else if (u > 1)
    it->hi = it->lo + u - 1;
}

/* "seven hours" stands for 6.5 to 7.5 hours; a stated range already
 * says how precise it is.  0.499 so that 7 and 8 hours stay apart.  At
 * most a tenth of the figure, though: half a unit of "one year" (6 to
 * 18 months) let a six-month sentence agree with a year's, "two years"
 * with 20 months and "two days" with 36 hours (QA); one is not said for
 * the other. */
static void S_widen_duration(cc__item *it) {
  double u = S_gran_secs(it->c->gran);
  if (u <= 0 || !isfinite(it->lo) || !isfinite(it->hi) ||
      it->hi - it->lo >= u || it->c->derivation[0])
    return;
  double mid = (it->lo + it->hi) / 2;
  double w = S_fmin(0.499 * u, 0.1 * fabs(mid));
  it->lo = S_fmin(it->lo, mid - w);
  it->hi = S_fmax(it->hi, mid + w);
}

/* 10^0 .. 10^15, exact in a double (so pow(10, k) gives the same). */
static const double S_pow10[16] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,
                                   1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15};

/* Half the place of a number's last significant digit: "$1.8bn" was
 * rounded to the hundred million, so it stands for 1.75-1.85bn. */
static double S_half_digit(double v) {
  v = fabs(v);
  if (!isfinite(v) || v == 0)
    return 0;
  for (int k = 15; k >= -4; k--) {
    double p = k >= 0 ? S_pow10[k] : pow(10, k);
    if (p > v)
      continue;
    double q = v / p;
    if (fabs(q - round(q)) < 1e-9 * q)
      return p / 2;
  }
  return 0;
}

/* A quantity is as precise as the number it states, in the unit it
 * states it in (cc_quantity_allowance): "150 mph" is 145-155 mph, 233-249
 * km/h.  The unit's size in the canonical one is the interval over the
 * number (a temperature in Fahrenheit: 5/9 of a degree). */
static void S_widen_quantity(cc__item *it) {
  double num, allow;
  if (!cc_quantity_allowance(it->c->value, false, &num, &allow) || num == 0)
    return;
  const char *sym = strchr(it->c->value, ' ') + 1;
  double size = strcmp(it->c->unit, "C") == 0
                    ? (strcmp(sym, "°F") == 0 ? 5.0 / 9.0 : 1.0)
                    : cc__vlo(it) / num;
  double h = allow * fabs(size) * 0.998;
  it->lo -= h;
  it->hi += h;
}

static double S_half_digit2(double v);

/* Money, shares and large round counts are reported rounded. */
static void S_widen_digits(cc__item *it) {
  unsigned vk = it->vkind;
  if (vk == CC_VK_QUANTITY) {
    if (it->c->qual == CC_Q_NONE && cc__vlo(it) == cc__vhi(it))
      S_widen_quantity(it);
    return;
  }
  if (it->c->qual != CC_Q_NONE || cc__vlo(it) != cc__vhi(it) ||
      !(vk == CC_VK_MONEY || vk == CC_VK_PERCENT ||
        (vk == CC_VK_COUNT && fabs(cc__vlo(it)) >= 1000)))
    return;
  /* a sum or a count under a million is written as it is ("fined
   * £5,000", "$250,000 bail", "1,000 jobs"): two significant digits at
   * least, so £5,000 and £10,000 are two sums (as 2.5-7.5k and 5-15k they
   * agreed), and 1,000 and 1,500 jobs two counts (QA); millions and
   * billions are rounded ("$3bn": 2.5-3.5bn, "2 million people") */
  double h = (vk == CC_VK_MONEY || vk == CC_VK_COUNT) &&
                     fabs(cc__vlo(it)) < 1e6
                 ? S_half_digit2(fabs(cc__vlo(it)))
                 : S_half_digit(cc__vlo(it));
  if (vk == CC_VK_COUNT && h < 50)
    return; /* 1,234 is exact */
  /* a hair under half, so "$3bn" and "$4bn" do not meet at 3.5bn */
  h *= 0.998;
  it->lo -= h;
  it->hi += h;
}

/* The rate of an amount and its conversion (CC_VK_RATE): each amount
 * as precise as its last digit ("$5.3bn" is 5.25-5.35bn), or two
 * significant digits ("£4m" 3.95-4.05m: S_half_digit2),
 * then the frame's tolerance for the market's moves between articles. */
/* S_half_digit, but a conversion's figure is taken as precise as two
 * significant digits at least: "$10m (£8m)" and "$10m (£4m)" are two
 * rates (1.25 and 2.5), where "$10m" as 5-15m made them agree. */
static double S_half_digit2(double v) {
  double h = S_half_digit(v);
  if (!(v > 0) || !isfinite(v))
    return h;
  double two = pow(10, floor(log10(v)) - 1) / 2;
  return h < two ? h : two;
}

static void S_prepare_rate(cc__item *it) {
  double x = it->c->lo, y = it->c->more->lo2;
  double hx = S_half_digit2(x) * 0.998, hy = S_half_digit2(y) * 0.998;
  if (!(x > hx) || !(y > hy) || !isfinite(x) || !isfinite(y)) {
    it->lo = it->hi = NAN; /* (a claim file's row no pair makes) */
    return;
  }
  double tol = it->cf->rel_tolerance * (y / x) / 2;
  it->lo = (y - hy) / (x + hx) - tol;
  it->hi = (y + hy) / (x - hx) + tol;
}

/* "More than 100" excludes 100, and "fewer than" or "nearly 100" stop
 * short of it: so "more than 100" and "nearly 100" are disjoint (a QA
 * case: they were consistent), however wide rounding made either.  Only
 * the qualified side is cut, by a hair (d), and a plain figure (itself
 * rounded) is widened by two hairs, so "100" still meets both, as it
 * did. */
static void S_strict_bounds(cc__item *it, double lo, double hi) {
  if (it->vkind == CC_VK_INSTANT || !isfinite(lo))
    return;
  double d = 1e-9 * S_fmax(1.0, S_fmax(fabs(lo), isfinite(hi) ? fabs(hi) : 0));
  switch (it->c->qual) {
  case CC_Q_MORE_THAN:
    it->lo = S_fmax(it->lo, lo + d);
    break;
  case CC_Q_LESS_THAN:
  case CC_Q_NEARLY:
    if (isfinite(hi))
      it->hi = S_fmin(it->hi, hi - d);
    break;
  case CC_Q_NONE:
    if (lo == hi) {
      it->lo = S_fmin(it->lo, lo - 2 * d);
      it->hi = S_fmax(it->hi, hi + 2 * d);
    }
    break;
  default:
    break;
  }
}

static void S_prepare(cc__item *it) {
  if (it->vkind == CC_VK_RATE) {
    S_prepare_rate(it);
    return;
  }
  it->lo = cc__vlo(it);
  it->hi = cc__vhi(it);
  if (isnan(it->lo) || isnan(it->hi))
    return;
  if (it->lo > it->hi) {
    double t = it->lo;
    it->lo = it->hi;
    it->hi = t;
  }
  if (it->vkind == CC_VK_INSTANT)
    S_widen_instant(it); /* closed, before it is widened */
  else if (it->c->qual == CC_Q_APPROX)
    S_narrow_approx(it); /* before the tolerance's reference below */
  double lo = it->lo, hi = it->hi;
  S_widen_qual(it);
  S_widen_digits(it);
  if (it->vkind == CC_VK_DURATION)
    S_widen_duration(it);
  /* The frame's tolerance, or the widening for rounding and qualifiers
   * above, whichever is wider: added together, "$3 billion" and "$4
   * billion" (each widened by just under half a billion for rounding,
   * then by 2% of itself) met, and so did "three hours" and "four". */
  double tol = it->cf->tolerance;
  if (it->vkind != CC_VK_INSTANT)
    tol += it->cf->rel_tolerance * S_maxabs(cc__vlo(it), cc__vhi(it));
  it->lo = S_fmin(it->lo, lo - tol / 2);
  it->hi = S_fmax(it->hi, hi + tol / 2);
  S_strict_bounds(it, lo, hi);
}

/* ---- scopes ---------------------------------------------------------------------- */

struct cc__scope_str {
  const char *s;   /* in x->arena */
  uint32_t group;  /* S_run_groups: index in order of first use, or
                      UINT32_MAX */
  uint32_t count;  /* S_run_groups: items, then the next free slot */
  double reday;    /* cc__scope_reday: the undated times' reference */
};

/* Before a shift the value is the claim's (or its inferred one); the
 * shift is made again as S_reday made it, from the group's reference. */
double cc__vval_own(const cc__item *it, bool hi) {
  double v;
  if (it->own & CC__OWN_INFERRED) {
    const cc__owned *w = (const cc__owned *)it->c;
    v = hi ? w->vhi : w->vlo;
  } else {
    v = hi ? it->c->hi : it->c->lo;
  }
  if (it->own & CC__OWN_REDAYED) {
    double base = (it->own & CC__OWN_INFERRED)
                      ? ((const cc__owned *)it->c)->vlo
                      : it->c->lo;
    v += round((it->scope->reday - base) / 86400.0) * 86400.0;
  }
  return v;
}

void cc__scope_reday(cc__item *it, double ref) {
  it->scope->reday = ref; /* (the group's, written by its task only) */
  it->own |= CC__OWN_REDAYED;
}

/* The run's group keys: s[0..n) stored once per run, since a group key is
 * shared by every claim of the group (one copy per claim would cost
 * memory in proportion to the claims) and equal keys are one entry, so a
 * group is found without hashing its key again.  While the items are
 * made on several threads the strings are spread over S_SHARDS tables by
 * their hash, each with its lock: behind one lock the two threads met at
 * one in ten of their 302K new keys each at 1 GB, and every meeting was
 * a futex sleep and wake-up (8-15% of the items' CPU). */
#define S_SHARD_BITS 6
#define S_SHARDS (1u << S_SHARD_BITS)

struct cc__scopes {
  unsigned nshards;  /* 1 or S_SHARDS */
  bool locked;       /* the parts run on threads: lock a table to use it */
  cc__stab tab[S_SHARDS];
  pthread_mutex_t mu[S_SHARDS];
  cc_arena *arena[CC__NAMEFOLD_MAX]; /* the parts' entries (locked) */
  size_t narenas;
};

/* One table (no lock), or S_SHARDS (locked) for several parts. */
static void S_scopes_init(struct cc__scopes *g, bool shared) {
  g->nshards = shared ? S_SHARDS : 1;
  g->locked = shared;
  g->narenas = 0;
  for (unsigned i = 0; i < g->nshards; i++) {
    g->tab[i] = (cc__stab){NULL, 0, 0};
    if (shared) {
      cc__stab_init(&g->tab[i], 64); /* a small run makes few keys */
      pthread_mutex_init(&g->mu[i], NULL);
    }
  }
}

/* After the parts: one thread from here on. */
static void S_scopes_unlock(struct cc__scopes *g) {
  if (g->locked)
    for (unsigned i = 0; i < g->nshards; i++)
      pthread_mutex_destroy(&g->mu[i]);
  g->locked = false;
}

static void S_scopes_free(struct cc__scopes *g) {
  S_scopes_unlock(g);
  for (unsigned i = 0; i < g->nshards; i++)
    cc__stab_free(&g->tab[i]);
  for (size_t i = 0; i < g->narenas; i++)
    cc_arena_free(&g->arena[i]);
}

/* The entry of s[0..n), new ones made in a (the caller's own while the
 * tables are locked). */
static cc__scope_str *S_scope_intern(struct cc__scopes *g, cc_arena *a,
                                     const char *s, size_t n) {
  uint32_t h = (uint32_t)cc_hash_mem(s, n);
  unsigned k = g->nshards > 1 ? h >> (32 - S_SHARD_BITS) : 0;
  if (g->locked)
    pthread_mutex_lock(&g->mu[k]);
  bool fresh;
  cc__sslot *slot = cc__stab_put_h(&g->tab[k], s, n, h, &fresh);
  cc__scope_str *e = slot->v; /* (read under the lock: a put may move it) */
  if (fresh) {
    e = cc_arena_alloc(a, sizeof *e);
    e->s = slot->s = cc_arena_strndup(a, s, n);
    e->group = UINT32_MAX;
    e->reday = NAN;
    slot->v = e;
  }
  if (g->locked)
    pthread_mutex_unlock(&g->mu[k]);
  return e;
}

/* Kinds compared by value inside a group (the others are checked one
 * claim at a time or across keys). */
static bool S_value_kind(unsigned vk) {
  return vk == CC_VK_INSTANT || vk == CC_VK_DURATION || vk == CC_VK_COUNT ||
         vk == CC_VK_PERCENT || vk == CC_VK_MONEY || vk == CC_VK_LIST ||
         vk == CC_VK_QUANTITY || vk == CC_VK_RATE;
}

/* How a claim's group key is made (cc__scope). */
typedef enum {
  S_SC_NONE,    /* in no group */
  S_SC_ARTICLE, /* key and article */
  S_SC_KEY,     /* key alone */
  S_SC_FOLDER   /* key and folder */
} S_scmode;

/* In a run over an archive of many stories (--story-per-folder: one folder
 * each) two folders' delegations, tolls or "story" start times are
 * different facts, so claims are grouped per folder; facts about a person
 * (the spelling of a name, an age) hold across the archive. */
static S_scmode S_scope_mode(const cc__ctx *x, const cc_sclaim *c,
                             const cc_check_frame *cf) {
  if (!S_value_kind(c->vkind))
    return S_SC_NONE; /* in no group: no entry to keep */
  if (cf->article_only) /* compared inside one article only */
    return S_SC_ARTICLE;
  const char *f = c->about->frame;
  if (x->opts.one_story || (f[0] == 'p' && strncmp(f, "person.", 7) == 0))
    return S_SC_KEY;
  return S_SC_FOLDER;
}

/* The group key's string of a claim in mode m (not S_SC_NONE): at *s,
 * *n bytes (in tmp, or the key itself). */
static void S_scope_key(const cc_sclaim *c, S_scmode m, cc_buf *tmp,
                        const char **s, size_t *n) {
  switch (m) {
  case S_SC_ARTICLE:
    cc_buf_reset(tmp);
    cc_buf_printf(tmp, "%s\x1f\x1f%s", c->about->key, c->src->doc);
    break;
  case S_SC_KEY:
    *s = c->about->key;
    *n = strlen(c->about->key);
    return;
  default: {
    const char *slash = strrchr(c->src->doc, '/');
    cc_buf_reset(tmp);
    cc_buf_puts(tmp, c->about->key);
    cc_buf_putc(tmp, '\x1f');
    if (slash)
      cc_buf_put(tmp, c->src->doc, (size_t)(slash - c->src->doc));
  }
  }
  *s = tmp->ptr;
  *n = tmp->len;
}

cc__scope_str *cc__scope(cc__ctx *x, const cc_sclaim *c,
                         const cc_check_frame *cf, cc_buf *tmp) {
  S_scmode m = S_scope_mode(x, c, cf);
  if (m == S_SC_NONE)
    return NULL;
  const char *s;
  size_t n;
  S_scope_key(c, m, tmp, &s, &n);
  return S_scope_intern(x->scopes, x->arena, s, n);
}

/* ---- the scope of every item, remembered ------------------------------------------ */

/* Most claims share their group key with an earlier claim of the same
 * key string (one address in the set) and the same article or folder:
 * the key is then found by (key address, mode, article or folder id)
 * without making and hashing its string.  An id stands for one article
 * or folder string, so a hit is the entry cc__scope would give. */
typedef struct S_scslot {
  const char *key;   /* NULL: free */
  uint32_t where;    /* doc id (S_SC_ARTICLE), folder id (S_SC_FOLDER) */
  uint32_t mode;
  cc__scope_str *e;
} S_scslot;

typedef struct S_scmemo {
  S_scslot *slot;
  size_t cap; /* a power of two */
} S_scmemo;

/* The memo's most slots (2 MB): a cache, not a table of every group.  At
 * 1 GB a part met 302K groups, and the memo that held them all (1M slots,
 * 32 MB, and as much again in the tables it grew through) missed the
 * cache at every claim and was fresh memory; a group's claims come
 * close together (one story's folder, one article), so a slot reused
 * for a newer group costs only its string made and looked up again. */
#define S_SCMEMO_MAX ((size_t)1 << 16)
static size_t S_scmemo_max = S_SCMEMO_MAX;
/* Slots probed from the home slot before the home slot is reused. */
#define S_SCMEMO_PROBE 8

void cc__check_scmemo_max(size_t slots) {
  S_scmemo_max = slots ? slots : S_SCMEMO_MAX;
}

/* The article or folder and the mode spread over every bit before the
 * product (shifted to bits 40 and 60 they moved only the top bits, above
 * the ones read: one key's groups in a hundred folders probed one run). */
static size_t S_scmemo_home(const S_scmemo *t, const char *key,
                            uint32_t where, uint32_t mode) {
  uint64_t h = (uint64_t)(uintptr_t)key ^
               ((uint64_t)where << 2 | mode) * 0xc2b2ae3d27d4eb4fULL;
  h *= 0x9e3779b97f4a7c15ULL;
  return (size_t)(h >> 32) & (t->cap - 1);
}

/* A memo for a part of n claims: a slot for every 4 claims (at 1 and
 * 100 MB a part had a group for every 8), at most S_scmemo_max, so a
 * small run clears little. */
static void S_scmemo_init(S_scmemo *t, size_t n) {
  size_t cap = S_scmemo_max < 1024 ? S_scmemo_max : 1024;
  while (cap < n / 4 && cap < S_scmemo_max)
    cap *= 2;
  *t = (S_scmemo){.slot = cc_xmalloc(cap * sizeof *t->slot), .cap = cap};
  for (size_t i = 0; i < cap; i++) /* free: key NULL (no memset) */
    t->slot[i].key = NULL;
}

static cc__scope_str *S_scope_memo(cc__ctx *x, S_scmemo *t,
                                   const cc_sclaim *c,
                                   const cc_check_frame *cf, uint32_t doc_id,
                                   uint32_t folder_id, cc_buf *tmp,
                                   cc_arena *arena) {
  S_scmode mode = S_scope_mode(x, c, cf);
  if (mode == S_SC_NONE)
    return NULL;
  uint32_t where = mode == S_SC_ARTICLE ? doc_id
                   : mode == S_SC_FOLDER ? folder_id
                                         : 0;
  const char *key = c->about->key;
  size_t home = S_scmemo_home(t, key, where, mode), i = home;
  S_scslot *free = NULL;
  for (int k = 0; k < S_SCMEMO_PROBE; k++, i = (i + 1) & (t->cap - 1)) {
    S_scslot *e = &t->slot[i];
    if (!e->key) {
      free = e; /* (slots fill in probe order: the key is not further) */
      break;
    }
    if (e->key == key && e->where == where && e->mode == mode)
      return e->e;
  }
  /* the string made outside the lock: the parts share only the tables */
  const char *s;
  size_t n;
  S_scope_key(c, mode, tmp, &s, &n);
  cc__scope_str *e = S_scope_intern(x->scopes, arena, s, n);
  *(free ? free : &t->slot[home]) = (S_scslot){key, where, mode, e};
  return e;
}

/* The frame settings of a claim, remembered by the frame's address and
 * the kind (cc__amemo). */
#define S_CFMEMO 256

static const cc_check_frame *S_frame_memo(const cc__ctx *x, cc__amemo *t,
                                          const cc_sclaim *c) {
  const char *f = c->about->frame;
  bool hit;
  cc__amemo *m = cc__amemo_slot(t, S_CFMEMO, f, c->vkind, &hit);
  if (hit)
    return m->ptr;
  const cc_check_frame *cf =
      cc_check_config_frame(x->cfg, f, (cc_vkind)c->vkind);
  if (m)
    *m = (cc__amemo){.key = f, .tag = c->vkind, .ptr = cf};
  return cf;
}

/* Does doc lie in the folder prev[0..plen) names?  Sets them to doc's. */
static bool S_same_folder(const char *doc, const char **prev, size_t *plen) {
  const char *slash = strrchr(doc, '/');
  size_t len = slash ? (size_t)(slash - doc) : 0;
  bool same = *prev && len == *plen && memcmp(doc, *prev, len) == 0;
  *prev = doc;
  *plen = len;
  return same;
}

/* ---- inferred publication dates ------------------------------------------------- */

static bool S_explicit_day(const cc__item *it, int64_t *day) {
  const cc_sclaim *c = it->c;
  if ((c->flags & (CC_CF_RELATIVE | CC_CF_UNRESOLVED | CC_CF_YEAR_INFERRED)) ||
      c->derivation[0] || !isfinite(c->lo) || c->gran != CC_G_DAY ||
      (c->vkind != CC_VK_INSTANT && c->vkind != CC_VK_WEEKDAY))
    return false;
  *day = (int64_t)floor(c->lo / 86400.0);
  return true;
}

/* "? - P7Y", "? + P8M", "? - 61 years" (an age) against day: the interval the
 * rules would have given with that publication date (rules/FRAMES.md). */
static bool S_resolve(const char *deriv, int64_t day, double *lo,
                      double *hi) {
  if (deriv[0] != '?' || deriv[1] != ' ' ||
      (deriv[2] != '-' && deriv[2] != '+'))
    return false;
  int sign = deriv[2] == '-' ? -1 : 1;
  const char *p = deriv + 3;
  while (*p == ' ')
    p++;
  bool iso = *p == 'P';
  char *end;
  double n = strtod(p + iso, &end);
  if (end == p + iso || n < 0)
    return false;
  double d = (double)day * 86400.0, u;
  if (!iso) {
    /* an age: born between D - (A+1) units and D - A units */
    if (strcmp(end, " years") == 0 || strcmp(end, " year") == 0)
      u = S_YEAR;
    else if (strcmp(end, " months") == 0 || strcmp(end, " month") == 0)
      u = S_MONTH;
    else if (strcmp(end, " days") == 0 || strcmp(end, " day") == 0)
      u = 86400.0;
    else
      return false;
    *lo = d - (n + 1) * u;
    *hi = d - n * u;
    return true;
  }
  switch (*end) {
  case 'Y': u = S_YEAR; break;
  case 'M': u = S_MONTH; break;
  case 'W': u = 7 * 86400.0; break;
  case 'D': u = 86400.0; break;
  default: return false;
  }
  if (end[1] != '\0')
    return false;
  /* N units stand for N - 1/2 to N + 1 (rules/FRAMES.md) */
  double a = d + sign * (n * u - u / 2), b = d + sign * (n * u + u);
  *lo = fmin(a, b);
  *hi = fmax(a, b);
  return true;
}

typedef struct S_docdate {
  bool known, inferable;
  int64_t day, latest;
} S_docdate;

static void S_infer_dates(cc__ctx *x, cc__item *items, size_t n,
                          uint32_t ndocs) {
  S_docdate *dd = cc_xcalloc(ndocs ? ndocs : 1, sizeof *dd);
  bool any_known = false, any_explicit = false;
  int64_t max_known = 0, max_explicit = 0, day;
  for (size_t i = 0; i < n; i++) {
    S_docdate *d = &dd[items[i].doc_id];
    if (items[i].c->flags & CC_CF_DOC_DATE) {
      d->known = true;
      d->day = items[i].c->src->doc_date;
      if (!any_known || d->day > max_known)
        max_known = d->day;
      any_known = true;
    }
    if (S_explicit_day(&items[i], &day)) {
      if (!d->inferable || day > d->latest)
        d->latest = day;
      d->inferable = true;
      if (!any_explicit || day > max_explicit)
        max_explicit = day;
      any_explicit = true;
    }
  }
  cc_buf tmp = CC_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    cc__item *it = &items[i];
    S_docdate *d = &dd[it->doc_id];
    if (d->known || !(it->flags & CC_CF_UNRESOLVED))
      continue;
    /* the article's own latest date, else the corpus's */
    int64_t when = d->inferable ? d->latest
                   : any_known  ? max_known
                                : max_explicit;
    if (!d->inferable && !any_known && !any_explicit)
      continue;
    double lo, hi;
    if (!S_resolve(it->c->derivation, when, &lo, &hi))
      continue;
    char ds[16];
    cc_format_date(when, ds);
    cc_buf_reset(&tmp);
    cc_buf_printf(&tmp, "%s%s", ds, it->c->derivation + 1);
    /* the claim copied, its resolved value beside it (cc__vlo) */
    cc__owned *w = cc_arena_alloc(x->arena, sizeof *w);
    w->c = *it->c; /* the explanation shows the resolved derivation */
    w->c.derivation = cc_arena_strdup(x->arena, tmp.ptr);
    w->vlo = lo;
    w->vhi = hi;
    it->c = &w->c;
    it->own = CC__OWN_INFERRED;
    it->flags = (uint8_t)((it->flags & ~(unsigned)CC_CF_UNRESOLVED) |
                          CC_CF_DATE_INFERRED | CC_CF_RELATIVE);
    S_prepare(it); /* its interval again, from the resolved value */
  }
  cc_buf_free(&tmp);
  cc_xfree(dd);
}

/* ---- the checks, as tasks on --jobs threads ------------------------------------- */

/* After the items are ready the checks share nothing that changes: each
 * task reads the items and adds findings.  A value group writes only to
 * its own items (`reported`, and the intervals of undated times of day,
 * which no other task reads).  On several threads every task adds to a
 * set of its own, and the sets are absorbed into the run's in task order,
 * which is the order one thread makes them in: the run's set, ids and
 * all, is the same for any --jobs. */
typedef enum { S_T_INTRINSIC, S_T_NAMES, S_T_GROUPS, S_T_PARTS } S_tkind;

typedef struct S_task {
  S_tkind kind;
  size_t lo, hi;     /* S_T_GROUPS: groups [lo, hi) */
  cc_findings *out;  /* the run's set, or the task's own */
  bool done;         /* on several threads: out is complete (under mu) */
} S_task;

/* The names task's place in the plan (S_plan_tasks). */
#define S_NAMES_TASK 1

typedef struct S_plan {
  const cc__ctx *x;
  cc__item *items;
  size_t n;
  uint32_t ndocs;
  cc__namefold **fold; /* NAME items of this partition, folded */
  size_t nfold;
  cc__names *nm;     /* their cc__names_prep */
  cc__item **all;    /* value items, group by group */
  size_t *start;     /* group k is all[start[k] .. start[k + 1]) */
  S_task *tasks;
  size_t ntasks;
  size_t *exec;      /* task indexes in the order they are started */
  atomic_size_t next; /* the next place in exec to start */
  /* on several threads: the names thread waits for the plan, the caller
   * for each task it absorbs */
  pthread_mutex_t mu;
  pthread_cond_t cv;
  bool planned;      /* tasks, exec and the tasks' sets are made */
  bool names_thread; /* the names task is the names thread's (not in exec) */
} S_plan;

/* Value items grouped by scope into one array, groups in order of first
 * use (the order their findings are made in): a count, then a fill.
 * Returns the number of groups; *total the items in them. */
static size_t S_groups(S_plan *p, size_t *total) {
  cc_vec order = CC_VEC_INIT(cc__scope_str *);
  cc__item *items = p->items;
  size_t n = p->n;
  *total = 0;
  for (size_t i = 0; i < n; i++) {
    if (!S_value_kind(items[i].vkind))
      continue;
    cc__scope_str *e = items[i].scope;
    if (e->group == UINT32_MAX) {
      e->group = (uint32_t)order.len;
      e->count = 0;
      *(cc__scope_str **)cc_vec_push(&order) = e;
    }
    e->count++;
    (*total)++;
  }
  cc__scope_str **g = order.items;
  p->start = cc_xcalloc(order.len + 1, sizeof *p->start);
  for (size_t k = 0; k < order.len; k++) {
    p->start[k + 1] = p->start[k] + g[k]->count;
    g[k]->count = (uint32_t)p->start[k];
  }
  p->all = cc_xmalloc((*total ? *total : 1) * sizeof *p->all);
  for (size_t i = 0; i < n; i++)
    if (S_value_kind(items[i].vkind))
      p->all[items[i].scope->count++] = &items[i];
  size_t ng = order.len;
  cc_vec_free(&order);
  return ng;
}

static void S_run_intrinsic(cc__ctx *x, cc__item *items, size_t n) {
  for (size_t i = 0; i < n; i++) {
    cc__item *it = &items[i];
    if (it->vkind == CC_VK_TIMEPAIR) {
      if (cc__in_partition(x, it->c->about->key))
        cc__check_zone_pair(x, it);
    } else if (it->vkind == CC_VK_WEEKDAY) {
      if (cc__in_partition(x, it->c->about->key))
        cc__check_weekday(x, it);
    } else if (it->vkind == CC_VK_UNITPAIR) {
      if (cc__in_partition(x, it->c->about->key))
        cc__check_unit_pair(x, it);
    } else if (it->vkind == CC_VK_RATE) {
      if (cc__in_partition(x, it->c->about->key))
        cc__check_rate_bounds(x, it);
    }
  }
  cc__check_zone_pairs_across(x, items, n);
}

static void S_run_groups(cc__ctx *x, const S_plan *p, size_t lo, size_t hi) {
  for (size_t k = lo; k < hi; k++) {
    cc__item **v = p->all + p->start[k];
    if (cc__in_partition(x, v[0]->c->about->key))
      cc__check_values(x, v, p->start[k + 1] - p->start[k]);
  }
}

/* A task with a context of its own: message buffers, scratch arena and
 * the set it adds to.  On several threads its set is then marked done
 * for the caller, who absorbs the sets in task order. */
static void S_task_run(S_plan *p, S_task *t) {
  cc__ctx x = *p->x;
  x.out = t->out;
  x.arena = cc_arena_new();
  x.msg = x.emit_rule = x.emit_va = x.emit_vb = (cc_buf)CC_BUF_INIT;
  switch (t->kind) {
  case S_T_INTRINSIC: S_run_intrinsic(&x, p->items, p->n); break;
  case S_T_NAMES:
    if (p->nm)
      cc__names_run(&x, &p->nm);
    break;
  case S_T_GROUPS: S_run_groups(&x, p, t->lo, t->hi); break;
  case S_T_PARTS: cc__check_parts(&x, p->items, p->n); break;
  }
  cc_buf_free(&x.msg);
  cc_buf_free(&x.emit_rule);
  cc_buf_free(&x.emit_va);
  cc_buf_free(&x.emit_vb);
  cc_arena_free(&x.arena);
  if (t->out != p->x->out) {
    pthread_mutex_lock(&p->mu);
    t->done = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
  }
}

static void *S_task_worker(void *arg) {
  S_plan *p = arg;
  for (;;) {
    size_t i = atomic_fetch_add(&p->next, 1);
    if (i >= p->ntasks - p->names_thread)
      return NULL;
    S_task_run(p, &p->tasks[p->exec[i]]);
  }
}

static S_task *S_add_task(S_plan *p, S_tkind kind, size_t lo, size_t hi) {
  S_task *t = &p->tasks[p->ntasks++];
  *t = (S_task){kind, lo, hi, NULL, false};
  return t;
}

/* Tasks in the order one thread runs them: intrinsic checks, names, the
 * value groups (cut into pieces of about equal items on several
 * threads), parts and totals.  Started in another order: the names
 * first (most often the longest), or, when the names thread runs them
 * after its preparation, not from the shared list at all; then the
 * parts (one task, the longest of the rest), so that no long task is
 * left for the end. */
static void S_plan_tasks(S_plan *p, size_t ngroups, size_t total, int jobs) {
  size_t piece = jobs > 1 ? total / (8 * (size_t)jobs) + 1 : SIZE_MAX;
  /* (not zeroed: S_add_task writes each task it uses) */
  p->tasks = cc_xmalloc((ngroups + 3) * sizeof *p->tasks);
  S_add_task(p, S_T_INTRINSIC, 0, 0);
  S_add_task(p, S_T_NAMES, 0, 0);
  for (size_t k = 0; k < ngroups;) {
    size_t e = k, items = 0;
    while (e < ngroups && (e == k || items < piece)) {
      items += p->start[e + 1] - p->start[e];
      e++;
    }
    S_add_task(p, S_T_GROUPS, k, e);
    k = e;
  }
  S_add_task(p, S_T_PARTS, 0, 0);
  p->exec = cc_xcalloc(p->ntasks, sizeof *p->exec);
  size_t m = 0;
  if (!p->names_thread)
    p->exec[m++] = S_NAMES_TASK;
  p->exec[m++] = p->ntasks - 1;
  p->exec[m++] = 0;
  for (size_t i = 2; i + 1 < p->ntasks; i++)
    p->exec[m++] = i;
}

/* The name check's preparation (folding, sorting: no finding, no need of
 * the evidence of related articles), on a thread of its own beside
 * cc__related_init (which only readies that evidence, made as the checks
 * ask), the value groups' fill and, once the plan is made, the other
 * tasks; then this thread runs the names task itself and joins the
 * workers (the names were the check stage's longest step on one thread:
 * the other thread had nothing to do meanwhile).  The thread gets the
 * part whose memory lives on (the folded names): what a thread frees
 * stays in its malloc arena. */
static void *S_names_thread(void *arg) {
  S_plan *p = arg;
  p->nm = cc__names_prep(p->fold, p->nfold);
  if (!p->names_thread)
    return NULL;
  pthread_mutex_lock(&p->mu);
  while (!p->planned)
    pthread_cond_wait(&p->cv, &p->mu);
  pthread_mutex_unlock(&p->mu);
  S_task_run(p, &p->tasks[S_NAMES_TASK]);
  return S_task_worker(p);
}

/* Fewer items than this (a few articles' claims: one article gives a
 * dozen) are checked on the calling thread alone, as with --jobs 1 (the
 * same findings in the same order): a thread's start, its malloc arena
 * and its end cost more than their checks. */
#define S_THREADS_MIN_ITEMS 256

/* fold[0..nfold): the NAME items of this partition, in item order
 * (spellings are compared across keys: one partition per frame), folded
 * and taken over. */
static void S_run_checks(cc__ctx *x, cc__item *items, size_t n,
                         uint32_t ndocs, cc__namefold **fold, size_t nfold) {
  S_plan p = {.x = x, .items = items, .n = n, .ndocs = ndocs,
              .fold = fold, .nfold = nfold};
  atomic_init(&p.next, 0);
  int jobs = x->opts.jobs > 1 && n >= S_THREADS_MIN_ITEMS ? x->opts.jobs : 1;
  pthread_t nth;
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.cv, NULL);
  p.names_thread = jobs > 1;
  if (p.names_thread &&
      pthread_create(&nth, NULL, S_names_thread, &p) != 0)
    p.names_thread = false;
  cc__related_init(x, items, n, ndocs);
  if (!p.names_thread)
    S_names_thread(&p);
  size_t total, ngroups = S_groups(&p, &total);
  S_plan_tasks(&p, ngroups, total, jobs);
  if ((size_t)jobs > p.ntasks)
    jobs = (int)p.ntasks;
  for (size_t i = 0; i < p.ntasks; i++)
    p.tasks[i].out = jobs > 1 ? cc__findings_part(x->out) : x->out;
  if (p.names_thread) {
    pthread_mutex_lock(&p.mu);
    p.planned = true;
    pthread_cond_broadcast(&p.cv);
    pthread_mutex_unlock(&p.mu);
  }
  /* the names thread is a worker too */
  int more = jobs - 1 - p.names_thread;
  pthread_t *th = cc_xcalloc(more > 0 ? (size_t)more : 1, sizeof *th);
  int started = 0;
  while (started < more &&
         pthread_create(&th[started], NULL, S_task_worker, &p) == 0)
    started++;
  S_task_worker(&p); /* the caller is a worker too (and the only one when no
                   thread could be started) */
  /* the sets in task order, each as soon as it is done: the last tasks
   * of the other threads run meanwhile */
  for (size_t i = 0; i < p.ntasks; i++) {
    if (p.tasks[i].out == x->out)
      continue;
    pthread_mutex_lock(&p.mu);
    while (!p.tasks[i].done)
      pthread_cond_wait(&p.cv, &p.mu);
    pthread_mutex_unlock(&p.mu);
    cc__findings_absorb(x->out, &p.tasks[i].out);
  }
  if (p.names_thread)
    pthread_join(nth, NULL);
  for (int i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  pthread_cond_destroy(&p.cv);
  pthread_mutex_destroy(&p.mu);
  cc_xfree(th);
  cc_xfree(p.exec);
  cc_xfree(p.tasks);
  cc_xfree(p.all);
  cc_xfree(p.start);
}

/* ---- the run ---------------------------------------------------------------------- */

static int S_path_cmp(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* A path's bytes after the prefix every path of the run shares (*ctx
 * bytes), 8 a level: S_path_cmp's order. */
static uint64_t S_path_key(const void *p, const void *ctx, unsigned depth) {
  return cc__str_key8((const char *)p + *(const size_t *)ctx + 8 * depth);
}

/* The bytes every path of doc[0..n) begins with. */
static size_t S_common_prefix(const char *const *doc, size_t n) {
  size_t lcp = n ? strlen(doc[0]) : 0;
  for (size_t r = 1; r < n && lcp; r++) {
    /* most paths share the whole prefix found so far: one strncmp (a
     * byte at a time was some 100 instructions a path) */
    if (strncmp(doc[r], doc[0], lcp) == 0)
      continue;
    size_t l = 0;
    while (l < lcp && doc[r][l] == doc[0][l])
      l++;
    lcp = l;
  }
  return lcp;
}

/* A run of claims of one document record (the set keeps a document's
 * claims together). */
typedef struct S_drun {
  size_t lo, hi; /* claims [lo, hi) */
} S_drun;

/* The articles in canonical order: the set's runs of one document, put
 * in path order by rank (order[].k the path's rank, order[].v the run;
 * the runs of one path in set order). */
typedef struct S_arts {
  S_drun *run;
  cc__kv *order;
  size_t nr;
} S_arts;

/* The claims are in canonical order (S_claim_cmp; equal claims keep their
 * order in the set, as qsort's merge sort keeps them).  Comparing paths
 * was most of a plain qsort, so the order is (rank of path, start, place
 * in the set), and only claims equal on the first two go through
 * S_claim_cmp.  The set holds a document's claims together, so the
 * paths are ranked once per run of one document, the runs put in path
 * order (here), and each article's claims sorted by start on their own
 * (S_part_run): no array of the run's size (at 1 GB the sort of every
 * claim at once wrote some 50 bytes a claim of fresh memory). */
static void S_articles(const cc_claim_set *claims, size_t n, S_arts *out) {
  cc_vec runs = CC_VEC_INIT(S_drun);
  const cc_claim_src *last = NULL;
  cc_claim_set_iter it;
  cc_claim_set_iter_at(&it, claims, 0);
  for (size_t i = 0; i < n; i++) {
    const cc_claim_src *src = cc_claim_set_next(&it)->src;
    if (!runs.len || src != last)
      *(S_drun *)cc_vec_push(&runs) = (S_drun){i, i};
    CC_VEC_AT(&runs, S_drun, runs.len - 1)->hi = i + 1;
    last = src;
  }
  size_t nr = runs.len;
  S_drun *run = runs.items;
  const char **doc = cc_xmalloc((nr ? nr : 1) * sizeof *doc);
  for (size_t r = 0; r < nr; r++)
    doc[r] = cc_claim_set_at(claims, run[r].lo)->src->doc;
  uint32_t *rank = cc_xmalloc((nr ? nr : 1) * sizeof *rank);
  size_t lcp = S_common_prefix(doc, nr);
  cc__rank_ptrs_levels((const void *const *)doc, nr, S_path_cmp, S_path_key,
                       &lcp, rank);
  cc_xfree(doc);
  cc__kv *order = cc_xmalloc((nr ? nr : 1) * sizeof *order);
  for (size_t r = 0; r < nr; r++)
    order[r] = (cc__kv){rank[r], r};
  cc_xfree(rank);
  /* stable: runs of one path in set order; ranks are below nr */
  cc__sort_kv_dense(order, nr, nr);
  out->run = run; /* (the vector's array, taken over) */
  out->order = order;
  out->nr = nr;
}

/* The working interval of an item of a kind that no check compares by
 * interval (names, weekdays, time pairs: the value groups, parts and the
 * overlap test take value kinds only; the intrinsic checks read the
 * claim's own value): its value as it is.  The inert build prepares
 * every item, and its output is the plain build's. */
static void S_prepare_kind(cc__item *it) {
#ifndef CC_RECOG_CHECK_INERT
  if (!S_value_kind(it->vkind)) {
    it->lo = cc__vlo(it);
    it->hi = cc__vhi(it);
    return;
  }
#endif
  S_prepare(it);
}

/* The items of some whole articles, made on a thread of their own: the
 * articles in order[ra, rb) (doc ids from doc0) make items from items[0]
 * on (at most their claims; fewer when claims repeat).  The group keys'
 * tables are the run's, locked when there are several parts, and new
 * entries go to the part's arena (the run's for the only part); the
 * folder ids are the part's own (its memo's keys only). */
typedef struct S_part {
  cc__ctx *x;
  const cc_claim_set *claims;
  const S_arts *arts;
  size_t ra, rb;
  size_t nclaims;    /* the claims of articles [ra, rb) */
  uint32_t doc0;
  cc__item *items;
  cc_arena *arena;
  /* out */
  size_t m;          /* items made */
  cc__namefold *fold; /* the part's name items, folded */
  size_t member;     /* the first "member:" item, or SIZE_MAX */
} S_part;

/* One claim into part p's next item, with the pass over every claim
 * doing what later passes over every item did (the name items gathered,
 * the first claim with a "member:" subject found): each claim is read
 * once, while it is in the cache.  *doc_id and *folder_id follow the
 * claims; *folder and *flen are S_same_folder's. */
typedef struct S_fill {
  S_scmemo memo;
  cc__amemo *cfs;
  cc_buf tmp;
  const char *folder;
  size_t folder_len;
  uint32_t doc_id, folder_id;
} S_fill;

/* A time of day in UTC from an article with no date ("1900 GMT": value
 * "T19:00Z", unresolved; rule_match.c): a time of day on day 0, which the
 * value check moves to the story's day (S_reday) as it moves the times
 * that dated articles give without a day.  The claim is copied into a
 * (cc__owned), its value beside it. */
static void S_clock_item(cc__item *it, cc_arena *a) {
  const cc_sclaim *c = it->c;
  int h, mi;
  char z, tail;
  if (c->vkind != CC_VK_INSTANT || !(c->flags & CC_CF_UNRESOLVED) ||
      c->value[0] != 'T' ||
      sscanf(c->value, "T%2d:%2d%c%c", &h, &mi, &z, &tail) != 3 ||
      z != 'Z' || h > 23 || mi > 59)
    return;
  cc__owned *w = cc_arena_alloc(a, sizeof *w);
  w->c = *c;
  w->c.flags = (uint16_t)((c->flags & ~CC_CF_UNRESOLVED) | CC_CF_TIME_ONLY);
  w->vlo = h * 3600.0 + mi * 60.0;
  w->vhi = w->vlo + 60;
  it->c = &w->c;
  it->own = CC__OWN_INFERRED;
  it->flags = w->c.flags;
}

static void S_item(S_part *p, S_fill *f, const cc_sclaim *c) {
  cc__ctx *x = p->x;
  cc__item *items = p->items;
  size_t m = p->m;
  if (m && S_duplicate(items[m - 1].c, c))
    return;
  if (m && S_strcmp(items[m - 1].c->src->doc, c->src->doc) != 0)
    f->doc_id++;
  if ((!m || f->doc_id != items[m - 1].doc_id) &&
      !S_same_folder(c->src->doc, &f->folder, &f->folder_len))
    f->folder_id++;
  cc__item *it = &items[m];
  it->c = c;
  it->cf = S_frame_memo(x, f->cfs, c);
  it->own = 0;
  it->flags = (uint8_t)c->flags; /* (the low 8 bits: cc__item) */
  it->vkind = (uint8_t)c->vkind;
  it->doc_id = f->doc_id;
  it->reported = false;
  it->scope = S_scope_memo(x, &f->memo, c, it->cf, f->doc_id, f->folder_id,
                           &f->tmp, p->arena);
  if (c->flags & CC_CF_UNRESOLVED)
    S_clock_item(it, p->arena);
  /* the working interval now, while the claim is in the cache (at 1 GB
   * a pass of its own missed on every claim); the members' join keeps
   * what it reads, and an inferred date prepares its item again */
  S_prepare_kind(it);
  if (it->vkind == CC_VK_NAME && cc__in_partition(x, c->about->frame))
    cc__namefold_add(p->fold, it, c);
  if (p->member == SIZE_MAX && cc__is_member(c))
    p->member = m;
  p->m = m + 1;
}

/* Part p's articles, each sorted and made into items at once (its claims
 * are still in the cache). */
static void *S_part_run(void *arg) {
  S_part *p = arg;
  const S_arts *ar = p->arts;
  const cc__kv *order = ar->order;
  S_fill f = {.cfs = cc_xcalloc(S_CFMEMO, sizeof *f.cfs),
              .tmp = CC_BUF_INIT,
              .doc_id = p->doc0};
  S_scmemo_init(&f.memo, p->nclaims);
  cc_vec one = CC_VEC_INIT(cc__kv); /* one path's claims: start, claim */
  const cc_sclaim **sorted = NULL; /* the same, in order */
  size_t cap = 0;
  cc_claim_set_iter it;
  for (size_t a = p->ra, b; a < p->rb; a = b) {
    one.len = 0;
    for (b = a; b < p->rb && order[b].k == order[a].k; b++) {
      const S_drun *u = &ar->run[order[b].v];
      cc_claim_set_iter_at(&it, p->claims, u->lo);
      for (size_t i = u->lo; i < u->hi; i++) {
        const cc_sclaim *c = cc_claim_set_next(&it);
        CC__PUSH(&one, cc__kv, ((cc__kv){c->start, (uintptr_t)c}));
      }
    }
    cc__kv *kv = one.items;
    /* an article's claims mostly come in order of their offsets */
    cc__sort_kv_near(kv, one.len);
    size_t len = one.len;
    if (cap < len) {
      cap = len > 2 * cap ? len : 2 * cap;
      sorted = cc_xrealloc(sorted, cap * sizeof *sorted);
    }
    for (size_t i = 0; i < len; i++)
      sorted[i] = (const cc_sclaim *)(uintptr_t)kv[i].v;
    /* claims at one offset (rare) by S_claim_cmp; the others are
     * passed at one compare */
    for (size_t i = 0, j; i + 1 < len; i = j) {
      j = i + 1;
      if (kv[j].k != kv[i].k)
        continue;
      while (j < len && kv[j].k == kv[i].k)
        j++;
      qsort(sorted + i, j - i, sizeof *sorted, S_claim_cmp);
    }
    for (size_t i = 0; i < len; i++)
      S_item(p, &f, sorted[i]);
  }
  cc_vec_free(&one);
  cc_xfree(sorted);
  cc__namefold_done(p->fold);
  cc_xfree(f.memo.slot);
  cc_xfree(f.cfs);
  cc_buf_free(&f.tmp);
  return NULL;
}

/* Parts of the articles for this many threads at most. */
#define S_MAXPARTS CC__NAMEFOLD_MAX

/* The items in canonical order: the articles cut into parts of about
 * equal claims, one per thread (up to --jobs; the items were the longest
 * step of the check stage on one thread, with the other core idle), each
 * filling its own stretch of the array; the stretches are then moved
 * together (a part makes fewer items than it has claims when claims
 * repeat).  The same items, ids and order as one pass over every claim:
 * articles never span two parts, so no repeat does; doc ids run on from
 * part to part (one an article); the folder ids only key each part's
 * memo. */
static cc__item *S_items(cc__ctx *x, const cc_claim_set *claims,
                         size_t *nout, uint32_t *ndocs, cc__namefold **fold,
                         size_t *nfold, size_t *first_member) {
  size_t n = cc_claim_set_count(claims);
  S_arts ar;
  S_articles(claims, n, &ar);
  /* not zeroed: each field is written below (a memset of 64 bytes a
   * claim, for memory written again at once) */
  cc__item *items = cc_xmalloc((n ? n : 1) * sizeof *items);
  int jobs = x->opts.jobs > 1 ? x->opts.jobs : 1;
  size_t nparts = jobs < S_MAXPARTS ? (size_t)jobs : S_MAXPARTS;
  if (nparts > ar.nr)
    nparts = ar.nr ? ar.nr : 1;
  struct cc__scopes *g = x->scopes;
  S_scopes_init(g, nparts > 1);
  S_part part[S_MAXPARTS];
  /* cut at article boundaries after each n / nparts claims */
  size_t r = 0, c = 0, arts = 0;
  for (size_t k = 0; k < nparts; k++) {
    size_t want = k + 1 == nparts ? SIZE_MAX : n / nparts * (k + 1);
    part[k] = (S_part){.x = x, .claims = claims, .arts = &ar, .ra = r,
                       .doc0 = (uint32_t)arts, .items = items + c,
                       .arena = nparts > 1 ? cc_arena_new() : x->arena,
                       .fold = cc__namefold_new(),
                       .member = SIZE_MAX};
    while (r < ar.nr && c < want) {
      size_t b = r;
      for (; b < ar.nr && ar.order[b].k == ar.order[r].k; b++)
        c += ar.run[ar.order[b].v].hi - ar.run[ar.order[b].v].lo;
      r = b;
      arts++;
    }
    part[k].rb = r;
    if (nparts > 1)
      g->arena[g->narenas++] = part[k].arena;
    part[k].nclaims = c - (size_t)(part[k].items - items);
  }
  pthread_t th[S_MAXPARTS];
  bool started[S_MAXPARTS] = {false};
  for (size_t k = 1; k < nparts; k++)
    started[k] = pthread_create(&th[k], NULL, S_part_run, &part[k]) == 0;
  S_part_run(&part[0]);
  for (size_t k = 1; k < nparts; k++) {
    if (started[k])
      pthread_join(th[k], NULL);
    else
      S_part_run(&part[k]);
  }
  S_scopes_unlock(g);
  /* the parts' stretches moved together, their name items with them */
  size_t m = 0, member = SIZE_MAX;
  for (size_t k = 0; k < nparts; k++) {
    S_part *p = &part[k];
    size_t shift = (size_t)(p->items - items) - m;
    if (shift) {
      memmove(items + m, p->items, p->m * sizeof *items);
      cc__namefold_shift(p->fold, shift);
    }
    fold[k] = p->fold;
    if (member == SIZE_MAX && p->member != SIZE_MAX)
      member = m + p->member;
    m += p->m;
  }
  cc_xfree(ar.order);
  cc_xfree(ar.run);
  *nfold = nparts;
  *nout = m;
  *ndocs = m ? (uint32_t)arts : 0;
  *first_member = member == SIZE_MAX ? m : member;
  return items;
}

void cc_check_run(const cc_claim_store *claims, const cc_check_config *cfg,
                  const cc_check_opts *opts, cc_findings *out) {
  cc_claim_set *set = cc_claim_set_view(claims);
  cc_check_run_set(set, cfg, opts, out);
  cc_claim_set_free(&set); /* the strings findings borrow are the store's */
}

void cc_check_run_set(const cc_claim_set *claims, const cc_check_config *cfg,
                      const cc_check_opts *opts, cc_findings *out) {
  struct cc__scopes scopes; /* (S_items makes them) */
  cc__ctx x = {.cfg = cfg, .out = out, .arena = cc_arena_new(),
               .scopes = &scopes};
  if (opts)
    x.opts = *opts;
  if (x.opts.partition_n > 0 &&
      (x.opts.partition_k < 0 || x.opts.partition_k >= x.opts.partition_n))
    x.opts.partition_n = x.opts.partition_k = 0;
  size_t n, first_member;
  uint32_t ndocs;
  bool borrowed = cc_findings_borrow(out, x.opts.borrow_strings);
  cc__namefold *fold[CC__NAMEFOLD_MAX];
  size_t nfold;
  cc__item *items =
      S_items(&x, claims, &n, &ndocs, fold, &nfold, &first_member);
  cc__join_members(&x, items, n, first_member);
  if (x.opts.infer_dates)
    S_infer_dates(&x, items, n, ndocs);
  S_run_checks(&x, items, n, ndocs, fold, nfold);
  cc__related_free(&x);
  cc_findings_sort(out);
  cc_findings_borrow(out, borrowed);
  cc_xfree(items);
  S_scopes_free(&scopes);
  cc_buf_free(&x.msg);
  cc_buf_free(&x.emit_rule);
  cc_buf_free(&x.emit_va);
  cc_buf_free(&x.emit_vb);
  cc_arena_free(&x.arena);
}
