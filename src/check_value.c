/* check_value.c - checks that compare values of one key by overlap:
 * same fact, elapsed time, relative dates, ranges and qualifiers, age vs
 * birth year, count vs list; and the parts-and-totals checks.
 *
 * Inside a key group the intervals are sorted by their low end and swept
 * once into clusters of claims that all agree with each other (closed
 * intervals: every member contains the cluster's common part).  Two
 * clusters are disjoint, so one discrepancy per cluster pair is reported,
 * with the two sides that best show it; a group with one cluster gives one
 * consistent finding that says how many outlets agree.
 */
#include "check_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cc_recog.h"
#include "cc_time.h"

#define S_MAX_ALL_PAIRS 5   /* clusters up to which every pair is shown */
#define S_CAND 8            /* candidate sides tried per cluster */
#define S_REACH 4           /* past S_MAX_ALL_PAIRS: clusters tried above
                               each one until a pair is told */

typedef struct S_cluster {
  cc__item **v;  /* members, in sweep order */
  size_t n;
  double L, H;   /* common part */
} S_cluster;

/* ---- helpers ----------------------------------------------------------------------- */

/* Arrays of up to S_SMALL elements per group or cluster live on the
 * stack: most groups are a few claims, and a malloc and free each were
 * about a tenth of the value checks. */
#define S_SMALL 32

static int S_by_lo(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  if (a->lo != b->lo)
    return a->lo < b->lo ? -1 : 1;
  if (a->hi != b->hi)
    return a->hi < b->hi ? -1 : 1;
  return a < b ? -1 : a > b;
}

static int S_by_hi(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  if (a->hi != b->hi)
    return a->hi < b->hi ? -1 : 1;
  return a < b ? -1 : a > b;
}

static int S_by_lo_desc(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  if (a->lo != b->lo)
    return a->lo > b->lo ? -1 : 1;
  return a < b ? -1 : a > b;
}

static int S_ptrcmp(const void *pa, const void *pb) {
  const char *a = *(const char *const *)pa, *b = *(const char *const *)pb;
  return a == b ? 0 : strcmp(a, b); /* (a set stores a source once) */
}

/* Outlets among the items: distinct source names (doc paths when no
 * source is known). */
static uint32_t S_outlets(cc__item **v, size_t n) {
  if (!n)
    return 0;
  const char *small[S_SMALL];
  const char **s = n <= S_SMALL ? small : cc_xmalloc(n * sizeof *s);
  for (size_t i = 0; i < n; i++)
    s[i] = *v[i]->c->src->source ? v[i]->c->src->source : v[i]->c->src->doc;
  if (n > 1)
    cc__qsort(s, n, sizeof *s, S_ptrcmp);
  uint32_t k = 1;
  for (size_t i = 1; i < n; i++)
    k += s[i - 1] != s[i] && strcmp(s[i - 1], s[i]) != 0;
  if (s != small)
    cc_xfree(s);
  return k;
}

/* S_outlets(v, n) >= 2, without the sort: some item's outlet differs
 * from the first's. */
static bool S_two_outlets(cc__item **v, size_t n) {
  if (n < 2)
    return false;
  const cc_claim_src *s0 = v[0]->c->src;
  const char *o0 = *s0->source ? s0->source : s0->doc;
  for (size_t i = 1; i < n; i++) {
    const cc_claim_src *si = v[i]->c->src;
    const char *o = *si->source ? si->source : si->doc;
    if (o != o0 && strcmp(o, o0) != 0)
      return true;
  }
  return false;
}

static bool S_resolved(const cc__item *it) {
  return !isnan(it->lo) && !isnan(it->hi);
}

static double S_width(const cc__item *it) {
  double w = cc__vhi(it) - cc__vlo(it);
  return isfinite(w) ? w : INFINITY;
}

/* Sweep sorted items into clusters of mutually overlapping intervals,
 * written at cl (room for n).  Returns the number of clusters. */
static size_t S_sweep(cc__item **v, size_t n, S_cluster *cl) {
  if (n > 1)
    cc__qsort(v, n, sizeof *v, S_by_lo);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k && v[i]->lo <= cl[k - 1].H) {
      S_cluster *c = &cl[k - 1];
      c->n++;
      c->L = v[i]->lo;
      c->H = fmin(c->H, v[i]->hi);
      continue;
    }
    cl[k++] = (S_cluster){.v = &v[i], .n = 1, .L = v[i]->lo, .H = v[i]->hi};
  }
  return k;
}

/* The highest high end among a cluster's members (the sweep orders
 * them by low end only). */
static double S_max_hi(const S_cluster *c) {
  double h = c->v[0]->hi;
  for (size_t i = 1; i < c->n; i++)
    h = fmax(h, c->v[i]->hi);
  return h;
}

/* The members most likely to show a disagreement with the other cluster:
 * lowest high ends (below) or highest low ends (above). */
static size_t S_candidates_n(const S_cluster *c, bool below, cc__item **cand,
                             size_t max) {
  size_t n = c->n;
  cc__item *small[S_SMALL];
  cc__item **tmp = n <= S_SMALL ? small : cc_xmalloc(n * sizeof *tmp);
  memcpy(tmp, c->v, n * sizeof *tmp);
  if (n > 1)
    cc__qsort(tmp, n, sizeof *tmp, below ? S_by_hi : S_by_lo_desc);
  size_t k = n < max ? n : max;
  memcpy(cand, tmp, k * sizeof *cand);
  if (tmp != small)
    cc_xfree(tmp);
  return k;
}

static size_t S_candidates(const S_cluster *c, bool below, cc__item **cand) {
  return S_candidates_n(c, below, cand, S_CAND);
}

/* A difference for people: money of a million or more in millions or
 * billions ("170.5 million", not "170500000"); the values themselves stay
 * whole numbers (a spreadsheet's columns, the findings' ids). */
static void S_fmt_amount(double v, bool money, cc_buf *m) {
  double a = fabs(v);
  if (money && a >= 1e9) {
    cc__fmt_num(v / 1e9, m);
    cc_buf_puts(m, " billion");
  } else if (money && a >= 1e6) {
    cc__fmt_num(v / 1e6, m);
    cc_buf_puts(m, " million");
  } else {
    cc__fmt_num(v, m);
  }
}

/* ---- messages ---------------------------------------------------------------------- */

/* How far b lies above a (b the higher): two values stated alike (19:00
 * and 19:30) are apart by their starts; otherwise by the space between
 * the intervals. */
static double S_gap_value(const cc__item *a, const cc__item *b) {
  double wa = cc__vhi(a) - cc__vlo(a), wb = cc__vhi(b) - cc__vlo(b);
  return fabs(wa - wb) < 1e-9 ? cc__vlo(b) - cc__vlo(a)
                              : cc__vlo(b) - cc__vhi(a);
}

/* The two figures as written, when both are plain numbers ("about
 * 1,500" is 1500): the checks of slips read these, not the intervals. */
static bool S_written(const cc__item *a, const cc__item *b, double *p,
                      double *q) {
  const char *va = a->c->value, *vb = b->c->value;
  if (!va || !vb)
    return false;
  char *ea, *eb;
  *p = strtod(va, &ea);
  *q = strtod(vb, &eb);
  return ea != va && !*ea && eb != vb && !*eb && isfinite(*p) &&
         isfinite(*q);
}

/* The figures as written, when both are plain numbers of one unit
 * ("about 25,000" is 25000): set *d to how far apart they are.  A reader
 * of "about 25,000" and "about 35,000" looks for 10,000, not for the
 * space between the two roundings' intervals. */
static bool S_written_gap(const cc__item *a, const cc__item *b, double *d) {
  unsigned vk = a->c->vkind;
  double p, q;
  if ((vk != CC_VK_COUNT && vk != CC_VK_MONEY) ||
      (vk == CC_VK_MONEY && strcmp(a->c->unit, b->c->unit) != 0) ||
      !S_written(a, b, &p, &q) || p == q)
    return false;
  *d = fabs(q - p);
  return true;
}

static void S_gap(const cc__item *a, const cc__item *b, cc_buf *m) {
  double gap = S_gap_value(a, b), written;
  if (S_written_gap(a, b, &written)) /* (roundings' intervals may meet) */
    gap = written;
  unsigned vk = a->c->vkind;
  if (!(gap > 0) || !isfinite(gap) || b->c->vkind != vk ||
      vk == CC_VK_RATE) /* (the two rates say it; the amounts differ anyway) */
    return;
  if (vk == CC_VK_INSTANT || vk == CC_VK_DURATION) {
    /* half-open instants: [.., 19:01) and [19:30, ..) are 29 min apart */
    cc_buf_puts(m, "; ");
    cc__fmt_span(gap, m);
    cc_buf_puts(m, " apart");
  } else if (vk != CC_VK_LIST) {
    cc_buf_puts(m, "; a difference of ");
    S_fmt_amount(gap, vk == CC_VK_MONEY, m);
    if (vk == CC_VK_PERCENT) {
      cc_buf_puts(m, " points");
    } else if (vk == CC_VK_MONEY || vk == CC_VK_QUANTITY) {
      /* in the unit both values were shown in: "41.4 km/h", "1050000000
       * USD" */
      const char *u = vk == CC_VK_MONEY ? a->c->unit
                                        : cc_quantity_unit_display(a->c->unit);
      if (u && *u) {
        cc_buf_putc(m, ' ');
        cc_buf_puts(m, u);
      }
    }
  }
}

static void S_tolerance(const cc__item *a, cc_buf *m) {
  if (a->cf->tolerance > 0 && a->c->vkind != CC_VK_INSTANT) {
    cc_buf_puts(m, " (tolerance ");
    cc__fmt_num(a->cf->tolerance, m);
    cc_buf_puts(m, ")");
  } else if (a->cf->rel_tolerance > 0 && a->c->vkind != CC_VK_INSTANT) {
    cc_buf_puts(m, " (tolerance ");
    cc__fmt_num(a->cf->rel_tolerance * 100, m);
    cc_buf_puts(m, "%)");
  }
}

/* One figure ten, a hundred or a thousand times the other's (1,000
 * and 10,000 evacuated; $3.5 billion and $350 million): the same digits,
 * a zero or a unit word slipped, which is the disagreement a desk wants
 * told, not two events: the factor, else 0. */
static double S_digit_slip(const cc__item *a, const cc__item *b) {
  /* (the figures written, "about 1,500" as 1500; two outlets: in one
   * article the two are more often two things, a firm's revenue and a
   * bigger rival's) */
  double p, q;
  if (a->doc_id == b->doc_id || !S_written(a, b, &p, &q) || !(p > 0) ||
      !(q > 0))
    return 0;
  double r = p > q ? p / q : q / p;
  return fabs(r - 10) < 1e-9 * r || fabs(r - 100) < 1e-9 * r ||
                 fabs(r - 1000) < 1e-9 * r
             ? round(r)
             : 0;
}

/* Two whole figures of the same digits with two side by side swapped
 * (14,000 and 41,000 evacuated; 214 and 241 objects): a typing slip a
 * desk wants told, however far apart the two are, not two events.
 * Across outlets only, as for S_digit_slip. */
static bool S_digit_swap(const cc__item *a, const cc__item *b) {
  double p, q;
  if (a->doc_id == b->doc_id || !S_written(a, b, &p, &q) || !(p >= 10) ||
      !(q >= 10) || p == q ||
      p != floor(p) || q != floor(q) || p >= 1e15 || q >= 1e15)
    return false;
  char sa[24], sb[24];
  int na = snprintf(sa, sizeof sa, "%.0f", p);
  int nb = snprintf(sb, sizeof sb, "%.0f", q);
  if (na != nb)
    return false;
  int i = 0;
  while (i < na && sa[i] == sb[i])
    i++;
  /* (i < na - 1: the two differ, so a first difference exists) */
  return i < na - 1 && sa[i] == sb[i + 1] && sa[i + 1] == sb[i] &&
         strcmp(sa + i + 2, sb + i + 2) == 0;
}

/* Two whole figures a "-teen" or a "-ty" apart in words: four and
 * fourteen, fourteen and forty (the words' endings are dropped, added
 * or misheard): the lower figure's index into S_TEENS' three columns
 * and the column of each, else -1.  Across outlets only, as for
 * S_digit_slip. */
static const char *const S_TEENS[][3] = {
    {"three", "thirteen", "thirty"},  {"four", "fourteen", "forty"},
    {"five", "fifteen", "fifty"},     {"six", "sixteen", "sixty"},
    {"seven", "seventeen", "seventy"}, {"eight", "eighteen", "eighty"},
    {"nine", "nineteen", "ninety"}};

/* n's row and column in S_TEENS (3-9, 13-19, 30-90), else false. */
static bool S_teen_cell(double n, int *row, int *col) {
  if (n != floor(n) || !(n >= 3 && n <= 90)) /* (before the cast) */
    return false;
  int k = (int)n;
  if (k >= 3 && k <= 9)
    *row = k - 3, *col = 0;
  else if (k >= 13 && k <= 19)
    *row = k - 13, *col = 1;
  else if (k >= 30 && k <= 90 && k % 10 == 0)
    *row = k / 10 - 3, *col = 2;
  else
    return false;
  return true;
}

/* The note for a teen slip ("; fourteen and four are often confused"),
 * into m; false when the pair is not one. */
static bool S_teen_slip(const cc__item *a, const cc__item *b, cc_buf *m) {
  double p, q;
  int ra, ca, rb, cb;
  if (a->doc_id == b->doc_id || !S_written(a, b, &p, &q) ||
      !S_teen_cell(p, &ra, &ca) ||
      !S_teen_cell(q, &rb, &cb) || ra != rb || ca == cb ||
      (ca != 1 && cb != 1)) /* (four and forty are not confused) */
    return false;
  if (m)
    cc_buf_printf(m, "; %s and %s are often confused (a \"-teen\" or "
                     "\"-ty\" dropped, added or misheard?)",
                  S_TEENS[ra][ca], S_TEENS[rb][cb]);
  return true;
}

/* A count that rises as a story goes on (checks.csv trend "rises": a
 * toll), higher in the article published later: the story moved on, and
 * the note says so ("; the later article, of 2025-08-05, gives the higher
 * figure: it may have risen since the other"). */
static bool S_risen(const cc__item *a, const cc__item *b, cc_buf *m) {
  const cc_sclaim *p = a->c, *q = b->c;
  if (!a->cf->rises || a->doc_id == b->doc_id ||
      !(p->flags & q->flags & CC_CF_DOC_DATE) ||
      p->src->doc_date == q->src->doc_date)
    return false;
  const cc__item *later = p->src->doc_date > q->src->doc_date ? a : b;
  const cc__item *earlier = later == a ? b : a;
  if (!(cc__vlo(later) > cc__vhi(earlier)))
    return false;
  char day[16];
  cc_format_date(later->c->src->doc_date, day);
  cc_buf_printf(m, "; the later article, of %s, gives the higher figure: "
                   "it may have risen since the other", day);
  return true;
}

/* "A (outlet) = value, but B (outlet) = value; the gap" into x->msg. */
static cc_buf *S_but(cc__ctx *x, const cc__item *a, const cc__item *b) {
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc__describe(a, m);
  cc_buf_puts(m, ", but ");
  cc__describe_like(b, a, m);
  S_gap(a, b, m);
  return m;
}

/* Two outlets' times a gap apart that a zone could make: whole or half
 * hours, at most 14 ("9.40" and "10.20pm" of one article are two
 * events). */
static bool S_zone_gap(const cc__item *a, const cc__item *b) {
  double gap = fabs(cc__vlo(b) - cc__vlo(a));
  double half = fmod(gap, 1800.0);
  return a->doc_id != b->doc_id && gap <= 14 * 3600.0 &&
         (half < 60 || half > 1740);
}

/* Two outlets' times hours apart, in one zone inferred for both articles
 * (their places, or a place and a timezone field, name one zone): a
 * wrong guess moves both alike, so the gap is the texts' (a QA case: "2
 * p.m." and "3 p.m." in two Denver articles went unverifiable).  Other
 * gaps stay doubted as any inferred zone's. */
static bool S_zone_same(const cc__item *a, const cc__item *b) {
  return (a->flags & b->flags & CC_CF_ZONE_INFERRED) && a->c->zone &&
         a->c->zone == b->c->zone &&
         fabs(cc__vlo(b) - cc__vlo(a)) >= 3600 && S_zone_gap(a, b);
}

/* "; the zone (America/Denver) was inferred from both articles' places"
 * when S_zone_same holds and a place gave it to either. */
static void S_zone_same_note(const cc__item *a, const cc__item *b,
                             cc_buf *m) {
  unsigned given = a->c->flags & b->c->flags & CC_CF_ZONE_GIVEN;
  const char *z = cc_zone_name(a->c->zone);
  if (given || !z || !S_zone_same(a, b))
    return;
  cc_buf_printf(m, "; the zone (%s) was inferred from %s", z,
                ((a->c->flags | b->c->flags) & CC_CF_ZONE_GIVEN)
                    ? "one article's place and is the other's timezone "
                      "field"
                    : "both articles' places");
}

/* The frame's raise_after: a gap wider than it is more than the rounding
 * of "in 30 years" or "about 200", so the finding is one severity higher
 * ("since 1988" against "in 30 years" in a 2026 article: 6.9 years). */
static cc_severity S_raised(const cc__item *a, const cc__item *b,
                            cc_severity sev, cc_buf *m) {
  double limit = a->cf->raise_after;
  if (!(limit > 0) || sev >= CC_SEV_ERROR || a->c->vkind != b->c->vkind)
    return sev;
  double gap = fmax(S_gap_value(a, b), S_gap_value(b, a));
  if (!(gap > limit) || !isfinite(gap))
    return sev;
  bool secs = a->c->vkind == CC_VK_INSTANT || a->c->vkind == CC_VK_DURATION;
  cc_buf_puts(m, "; more than the ");
  secs ? cc__fmt_span(limit, m) : cc__fmt_num(limit, m);
  cc_buf_puts(m, " rounding could explain");
  return (cc_severity)(sev + 1);
}

static void S_discrepancy(cc__ctx *x, cc__item *a, cc__item *b) {
  cc_buf *m = S_but(x, a, b);
  S_zone_same_note(a, b, m);
  S_tolerance(a, m);
  double slip = S_digit_slip(a, b);
  bool swap = slip == 0 && S_digit_swap(a, b);
  if (slip > 0)
    cc_buf_printf(m, "; one is %g times the other (a zero or a unit word "
                     "slipped?)", slip);
  else if (swap)
    cc_buf_puts(m, "; the same digits, two of them swapped (a typing "
                   "slip?)");
  else
    (void)S_teen_slip(a, b, m); /* (a toll may also have risen) */
  cc_severity sev = cc__severity(a, b);
  if (slip == 0 && !swap && S_risen(a, b, m))
    sev = CC_SEV_INFO;
  else
    sev = S_raised(a, b, sev, m);
  cc__emit(x, cc__check_name(a, b, false), CC_VERDICT_DISCREPANCY, sev, a,
           b, m->ptr, 0);
}

/* ---- same fact ----------------------------------------------------------------------- */

/* A time converted to UTC with a zone guessed from the article's place
 * is off by hours when the guess is wrong: such a side may show a
 * disagreement of less than an hour, never more. */
static bool S_zone_doubt(const cc__item *a, const cc__item *b) {
  if (!((a->flags | b->flags) & CC_CF_ZONE_INFERRED) || S_zone_same(a, b))
    return false;
  /* a zone both articles' timezone fields give is no guess (a QA case:
   * "11 a.m." and "2 p.m." in two London articles went unreported) */
  if ((a->c->flags & b->c->flags & CC_CF_ZONE_GIVEN) ||
      (!(a->flags & CC_CF_ZONE_INFERRED) &&
       (b->c->flags & CC_CF_ZONE_GIVEN)) ||
      (!(b->flags & CC_CF_ZONE_INFERRED) && (a->c->flags & CC_CF_ZONE_GIVEN)))
    return false;
  return fabs(cc__vlo(b) - cc__vlo(a)) >= 3600;
}

/* "on Monday" read as last Monday by one article and next Monday by
 * another: whole weeks apart is the resolution's doubt, not the text's. */
/* A day read from a weekday ("on Monday": relative, its year not merely
 * taken from the article's), and whether it was read forward, after the
 * article's date (a tense guessed: "will meet on Monday"). */
static bool S_weekday_side(const cc__item *s, bool *forward) {
  /* (a day or finer: "at 0100 GMT on Friday" in a Thursday's article is
   * last Friday by the tense, or tonight's in an American zone) */
  if (!(s->flags & CC_CF_RELATIVE) || (s->flags & CC_CF_YEAR_INFERRED) ||
      s->c->derivation[0] || s->c->gran < CC_G_DAY)
    return false;
  *forward = (s->c->flags & CC_CF_DOC_DATE) &&
             cc__vlo(s) >= (double)s->c->src->doc_date * 86400.0 + 86400.0;
  return true;
}

/* Both read from weekdays, or one read forward: a weekday a week off a
 * date written out in the past ("on Monday" in a Wednesday's article,
 * "on June 23") is the text's disagreement (a QA case). */
static bool S_weekday_doubt(const cc__item *a, const cc__item *b) {
  bool fa = false, fb = false;
  bool wa = S_weekday_side(a, &fa), wb = S_weekday_side(b, &fb);
  bool rel = (wa && wb) || fa || fb;
  double d = fabs(cc__vlo(b) - cc__vlo(a)) / 86400.0;
  return rel && d >= 7 && fabs(d / 7 - round(d / 7)) < 1e-6;
}

/* A time of day with no date ("the talks began at 10:30 (08:30 UTC)")
 * takes its article's date; outlets published a day apart then put the
 * same time a day apart.  Whole days between two such instants is the
 * resolution's doubt, not the text's; a different time of day still
 * counts. */
static bool S_day_doubt(const cc__item *a, const cc__item *b) {
  if (!((a->c->flags | b->c->flags) & CC_CF_TIME_ONLY) ||
      a->c->vkind != CC_VK_INSTANT || b->c->vkind != CC_VK_INSTANT)
    return false;
  double d = fabs(cc__vlo(b) - cc__vlo(a));
  double r = fmod(d, 86400.0);
  return d >= 86400.0 - 60 && (r < 60 || r > 86400.0 - 60);
}

/* Two counts, sums, shares or durations of one story a factor of three
 * apart ("killed two students" in a background paragraph, "26 people
 * were killed"; "nine hours" and "three months" after something) are
 * more likely two events than a disagreement. */
static double S_finite_max(const cc__item *a) {
  double m = -INFINITY;
  if (isfinite(cc__vlo(a)))
    m = fabs(cc__vlo(a));
  if (isfinite(cc__vhi(a)))
    m = fmax(m, fabs(cc__vhi(a)));
  return m;
}

/* The lower figure an item's text gives: its low end, or for "fewer
 * than 100" (0 to 100) the 100; dflt when it has none. */
static double S_figure_lo(const cc__item *a, double dflt) {
  unsigned q = a->c->qual;
  double v = (q == CC_Q_LESS_THAN || q == CC_Q_AT_MOST) ? cc__vhi(a)
                                                        : cc__vlo(a);
  return isfinite(v) ? fabs(v) : dflt;
}

static bool S_other_event(const cc__item *a, const cc__item *b) {
  unsigned vk = a->c->vkind;
  if (vk != b->c->vkind || vk == CC_VK_INSTANT || vk == CC_VK_LIST ||
      vk == CC_VK_RATE || /* one story, one rate: a tenfold gap is a slip */
      strcmp(a->c->about->subject, "story") != 0)
    return false;
  double x = fmax(S_finite_max(a), S_finite_max(b));
  double y = fmin(S_figure_lo(a, x), S_figure_lo(b, x));
  return isfinite(x) && x >= 3 * fmax(y, 1) && S_digit_slip(a, b) == 0 &&
         !S_digit_swap(a, b) && !S_teen_slip(a, b, NULL);
}

/* Could items a and b be of one story (cc__related)?  Exchange rates are
 * facts of their period, not of one story: articles with no evidence
 * either way count as related however many the run holds. */
static bool S_rel(const cc__ctx *x, const cc__item *a, const cc__item *b) {
  return a->c->vkind == CC_VK_RATE && b->c->vkind == CC_VK_RATE
             ? cc__related_open(x, a->doc_id, b->doc_id)
             : cc__related(x, a->doc_id, b->doc_id, NULL, NULL);
}

/* Pairs that would be false alarms more often than not. */
static bool S_doubt(const cc__ctx *x, const cc__item *a, const cc__item *b) {
  return S_zone_doubt(a, b) || S_weekday_doubt(a, b) || S_day_doubt(a, b) ||
         S_other_event(a, b) ||
         !S_rel(x, a, b);
}

/* Times hours apart that only a zone guessed from an article's place
 * puts in doubt. */
static bool S_zone_doubt_only(const cc__ctx *x, const cc__item *a,
                              const cc__item *b) {
  return S_zone_gap(a, b) && S_zone_doubt(a, b) &&
         !S_weekday_doubt(a, b) && !S_day_doubt(a, b) &&
         S_rel(x, a, b);
}

/* Told, not dropped (a QA case: "11 p.m. on Saturday" in London and
 * "2200 GMT on Saturday" gave nothing): unverifiable, the gap and why. */
static void S_zone_unverifiable(cc__ctx *x, cc__item *a, cc__item *b) {
  cc_buf *m = S_but(x, a, b);
  cc_buf_puts(m, "; a zone was inferred from an article's place, and the "
                 "time may be another zone's");
  cc__emit(x, cc__check_name(a, b, false), CC_VERDICT_UNVERIFIABLE,
           CC_SEV_INFO, a, b, m->ptr, 0);
}

/* Two outlets' figures only the another-event test doubts ("Five
 * killed" against "Eighteen killed"): told as unverifiable with the
 * factor, not dropped without a word (a QA case), since only a reader
 * can say whether one is a background figure. */
static bool S_other_event_only(const cc__ctx *x, const cc__item *a,
                               const cc__item *b) {
  /* (at most ten times: "five" killed against "an estimated 150,000"
   * dead of a war is no question a desk needs asked) */
  double p = S_finite_max(a), q = S_finite_max(b);
  return a->doc_id != b->doc_id && fmax(p, q) < 10 * fmin(p, q) &&
         S_other_event(a, b) &&
         !S_zone_doubt(a, b) && !S_weekday_doubt(a, b) &&
         !S_day_doubt(a, b) && S_rel(x, a, b);
}

static void S_other_event_unverifiable(cc__ctx *x, cc__item *a, cc__item *b) {
  cc_buf *m = S_but(x, a, b);
  double p = S_finite_max(a), q = S_finite_max(b);
  cc_buf_printf(m, "; one is %.1f times the other, more often another "
                   "event's figure than the same fact's",
                fmax(p, q) / fmin(p, q));
  cc__emit(x, cc__check_name(a, b, false), CC_VERDICT_UNVERIFIABLE,
           CC_SEV_INFO, a, b, m->ptr, 0);
}

/* Whether a member of cluster c is of document doc and gives a figure
 * apart from own (that document's figure in the other cluster).  A vague
 * figure reaching both ("dozens dead" in a headline, 24 to 99, and "52
 * were confirmed dead" below it) gives no other figure: another outlet's
 * 48 met the headline and the 52 went unchecked (QA). */
static bool S_doc_in(const S_cluster *c, uint32_t doc, const cc__item *own) {
  for (size_t i = 0; i < c->n; i++)
    if (c->v[i]->doc_id == doc && !cc__overlap(c->v[i], own))
      return true;
  return false;
}

/* Two outlets' figures, either of which also gives the other's figure
 * ("police said 2,000; organisers said 10,000", in both): the outlets do
 * not disagree; a figure that is an article's own slip shows against its
 * other figure, in the article. */
static bool S_both_carried(const S_cluster *lo, const S_cluster *hi,
                           const cc__item *a, const cc__item *b) {
  /* (not times: an article's local time and the UTC time beside it are
   * two figures of one sentence, and the UTC one may be the slip that
   * another outlet's shows) */
  return a->doc_id != b->doc_id && a->c->vkind != CC_VK_INSTANT &&
         (S_doc_in(hi, a->doc_id, a) || S_doc_in(lo, b->doc_id, b));
}

/* Two halves of one sentence that are never compared (cc__same_sentence:
 * a local time and the UTC time beside it, "from 200 to 241", one
 * phrase's two readings), except a time told twice by separate phrases,
 * once as an elapsed time from the article's date and once outright:
 * "for the first time in 23 years; its first trophy since 1990" (the
 * two are meant to agree, and the writer's sum is what is checked). */
static bool S_halves(const cc__item *a, const cc__item *b) {
  if (!cc__same_sentence(a, b))
    return false;
  const cc_sclaim *p = a->c, *q = b->c;
  if (p->vkind != CC_VK_INSTANT || q->vkind != CC_VK_INSTANT ||
      (p->start < q->end && q->start < p->end)) /* one phrase */
    return true;
  bool dp = (a->flags & CC_CF_RELATIVE) && p->derivation[0];
  bool dq = (b->flags & CC_CF_RELATIVE) && q->derivation[0];
  bool ep = !(a->flags & CC_CF_RELATIVE) && !p->derivation[0];
  bool eq = !(b->flags & CC_CF_RELATIVE) && !q->derivation[0];
  return !((dp && eq) || (dq && ep));
}

/* One discrepancy between clusters lo < hi from candidates ca of lo and
 * cb of hi: the first candidate pair that is disjoint and not two halves
 * of one sentence (a local time and the UTC time beside it are the
 * zone-pair check's business). */
static bool S_pair_of(cc__ctx *x, const S_cluster *lo, const S_cluster *hi,
                      cc__item **ca, size_t na, cc__item **cb, size_t nb) {
  cc__item *za = NULL, *zb = NULL; /* a pair only a zone's guess doubts */
  cc__item *oa = NULL, *ob = NULL; /* ... only the another-event test */
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++) {
      if (cc__overlap(ca[i], cb[j]) || S_halves(ca[i], cb[j]) ||
          ca[i]->reported || cb[j]->reported ||
          S_both_carried(lo, hi, ca[i], cb[j]))
        continue;
      if (!S_doubt(x, ca[i], cb[j])) {
        S_discrepancy(x, ca[i], cb[j]);
        return true;
      }
      if (!za && S_zone_doubt_only(x, ca[i], cb[j])) {
        za = ca[i];
        zb = cb[j];
      } else if (!oa && S_other_event_only(x, ca[i], cb[j])) {
        oa = ca[i];
        ob = cb[j];
      }
    }
  if (za)
    S_zone_unverifiable(x, za, zb);
  else if (oa)
    S_other_event_unverifiable(x, oa, ob);
  return za != NULL || oa != NULL;
}

static bool S_pair(cc__ctx *x, const S_cluster *lo, const S_cluster *hi) {
  cc__item *ca[S_CAND], *cb[S_CAND];
  size_t na = S_candidates(lo, true, ca), nb = S_candidates(hi, false, cb);
  return S_pair_of(x, lo, hi, ca, na, cb, nb);
}

/* A far cluster c against the main cluster m, every member of m a
 * candidate: the outlier is apart from all of them, and the few of the
 * main cluster nearest to it may all be of articles unrelated to its
 * own (an outlier among 150 conversions went unseen so). */
static bool S_pair_main(cc__ctx *x, const S_cluster *cl, size_t c,
                        size_t m) {
  cc__item *cf[S_CAND], *small[S_SMALL];
  cc__item **cm = cl[m].n <= S_SMALL ? small
                                     : cc_xmalloc(cl[m].n * sizeof *cm);
  size_t nf = S_candidates(&cl[c], c < m, cf);
  size_t nm = S_candidates_n(&cl[m], c > m, cm, cl[m].n);
  bool r = c < m ? S_pair_of(x, &cl[c], &cl[m], cf, nf, cm, nm)
                 : S_pair_of(x, &cl[m], &cl[c], cm, nm, cf, nf);
  if (cm != small)
    cc_xfree(cm);
  return r;
}

/* The cluster with the most outlets, if one has more than any other and
 * at least two: the rate the market gave, which an outlier is best told
 * against.  k when none does (a few clusters of one outlet each are no
 * market). */
static size_t S_main_cluster(const S_cluster *cl, size_t k) {
  size_t m = k;
  uint32_t best = 1;
  bool tie = false;
  for (size_t i = 0; i < k; i++) {
    if (cl[i].n < best)
      continue; /* (fewer claims than the best's outlets: fewer outlets) */
    uint32_t o = S_outlets(cl[i].v, cl[i].n);
    if (o > best) {
      best = o;
      m = i;
      tie = false;
    } else if (o == best) {
      tie = true;
    }
  }
  return tie ? k : m;
}

/* Whether no member of cluster c meets a member of the main cluster m:
 * c lies outside the spread of the rates the market gave (a neighbour a
 * few percent off, whose vague members reach m's, stays quiet). */
static bool S_far(const S_cluster *cl, size_t c, size_t m) {
  if (c > m)
    return cl[c].v[0]->lo > S_max_hi(&cl[m]);
  return S_max_hi(&cl[c]) < cl[m].v[0]->lo;
}

/* A far cluster c told against the main cluster m (every member of m a
 * candidate when wide), else against the nearest cluster (at most
 * S_REACH away, toward m first) with which a pair can be told. */
static bool S_tell_far(cc__ctx *x, const S_cluster *cl, size_t k, size_t c,
                       size_t m, bool wide) {
  if (wide ? S_pair_main(x, cl, c, m)
           : S_pair(x, &cl[c < m ? c : m], &cl[c < m ? m : c]))
    return true;
  for (size_t d = 1; d <= S_REACH; d++) {
    size_t in = c < m ? c + d : c - d, out = c < m ? c - d : c + d;
    if (in != m && (c < m ? in < m : in > m) &&
        S_pair(x, &cl[c < in ? c : in], &cl[c < in ? in : c]))
      return true;
    if (out < k && /* (c - d wraps past 0 to a huge index) */
        S_pair(x, &cl[c < out ? c : out], &cl[c < out ? out : c]))
      return true;
  }
  return false;
}

/* Discrepancies between the k clusters of a group: every pair of a few.
 * Of more, each cluster against its neighbour below it; for exchange
 * rates, first each cluster outside the market's spread against the
 * main cluster (S_tell_far), then the others each against the nearest
 * one (at most S_REACH away) with which a pair can be told, below it,
 * else above it.  A rate is one per currency pair whatever the story,
 * and its neighbour may be in articles about other things (cc__related)
 * or the same sentence, or a second outlier: an outlier told only
 * against neighbours went unseen when unrelated claims joined the group.
 * Other frames' many clusters are more often several facts under one
 * key (two deals of one article), which only neighbours keep from being
 * told. */
static void S_pairs(cc__ctx *x, const S_cluster *cl, size_t k) {
  if (k <= S_MAX_ALL_PAIRS) {
    for (size_t i = 0; i < k; i++)
      for (size_t j = i + 1; j < k; j++)
        S_pair(x, &cl[i], &cl[j]);
    return;
  }
  bool rate = cl[0].v[0]->c->vkind == CC_VK_RATE;
  size_t reach = rate ? S_REACH : 1;
  bool small[128];
  bool *told = k <= 64 ? small : cc_xmalloc(2 * k * sizeof *told);
  bool *done = told + k; /* far clusters told against the main one */
  memset(told, 0, 2 * k * sizeof *told);
  if (rate) {
    /* (the first S_CAND far clusters scan the whole main cluster: a
     * group scattered over many rates costs no more than its sort) */
    size_t m = S_main_cluster(cl, k), nfar = 0;
    for (size_t c = 0; m < k && c < k; c++)
      if (c != m && S_far(cl, c, m) &&
          S_tell_far(x, cl, k, c, m, nfar++ < S_CAND))
        done[c] = told[c] = true;
  }
  for (size_t j = 1; j < k; j++)
    for (size_t i = j; !done[j] && i-- > 0 && j - i <= reach;)
      if (!done[i] && S_pair(x, &cl[i], &cl[j])) {
        told[i] = told[j] = true;
        break;
      }
  for (size_t i = 0; reach > 1 && i < k; i++)
    for (size_t j = i + 1; !told[i] && j < k && j - i <= reach; j++)
      if (!done[j] && S_pair(x, &cl[i], &cl[j]))
        told[i] = told[j] = true;
  if (told != small)
    cc_xfree(told);
}

/* The side a consistent finding leads with: a derived or relative value
 * (the interesting arithmetic), else the most precise one. */
static cc__item *S_lead(cc__item **v, size_t n) {
  cc__item *best = NULL;
  for (size_t i = 0; i < n; i++) {
    cc__item *it = v[i];
    bool d = it->c->derivation[0] || (it->flags & CC_CF_RELATIVE);
    bool bd =
        best && (best->c->derivation[0] || (best->flags & CC_CF_RELATIVE));
    if (!best || (d && !bd) ||
        (d == bd && (S_width(it) < S_width(best) ||
                     (S_width(it) == S_width(best) && it < best))))
      best = it;
  }
  return best;
}

/* Its partner: another article if possible, an explicit value if
 * possible, and the one whose stated value differs most (a range against
 * a point shows the qualifier check at work). */
static cc__item *S_partner(const cc__ctx *x, cc__item *a, cc__item **v,
                           size_t n) {
  cc__item *best = NULL;
  double best_score = -1;
  for (size_t i = 0; i < n; i++) {
    cc__item *it = v[i];
    if (it == a || cc__same_sentence(it, a) ||
        !S_rel(x, a, it))
      continue;
    double d = fabs(it->lo - a->lo) + fabs(it->hi - a->hi);
    double score =
        (isfinite(d) ? d / (1 + d) : 1) + 2.0 * (it->doc_id != a->doc_id) +
        4.0 * !(it->c->derivation[0] || (it->flags & CC_CF_RELATIVE)) +
        /* (the set stores a value once: one address, one value) */
        0.5 * (it->c->value != a->c->value &&
               strcmp(it->c->value, a->c->value) != 0);
    if (score > best_score || (score == best_score && it < best)) {
      best = it;
      best_score = score;
    }
  }
  return best;
}

/* Has the lead of v[0..n) a partner?  S_partner passes by the lead, the
 * items in its sentence and those of articles that tell another story
 * (cc__related).  One sentence is a class of equals (cc__same_sentence:
 * the same article and sentence), and so is one article: when every
 * item is in one article, the lead, whichever it is, has a partner
 * exactly when the items are not all in one sentence.  Otherwise the
 * lead is found and its partners tried, as S_partner does. */
static bool S_has_partner(const cc__ctx *x, cc__item **v, size_t n) {
  bool one_doc = true;
  for (size_t i = 1; i < n && one_doc; i++)
    one_doc = v[i]->doc_id == v[0]->doc_id;
  if (one_doc) {
    for (size_t i = 1; i < n; i++)
      if (!cc__same_sentence(v[i], v[0]))
        return true;
    return false;
  }
  cc__item *a = S_lead(v, n);
  for (size_t i = 0; i < n; i++)
    if (v[i] != a && !cc__same_sentence(v[i], a) &&
        S_rel(x, a, v[i]))
      return true;
  return false;
}

static void S_consistent(cc__ctx *x, cc__item **v, size_t n) {
  if (cc__counts_only(x, CC_VERDICT_CONSISTENT)) {
    /* counted, not kept: only whether there is a pair to count, not
     * which (the lead and partner searches were most of this check) */
    bool pair = S_has_partner(x, v, n);
#ifdef CC_RECOG_CHECK_INERT
    cc__item *ra = S_lead(v, n);
    if (pair != (ra && S_partner(x, ra, v, n)))
      abort(); /* S_has_partner is not the searches' answer */
#endif
    if (pair)
      cc__emit(x, "", CC_VERDICT_CONSISTENT, CC_SEV_INFO, v[0], v[1], "", 0);
    return;
  }
  cc__item *a = S_lead(v, n), *b = a ? S_partner(x, a, v, n) : NULL;
  if (!b)
    return;
  uint32_t outlets = S_outlets(v, n);
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc__describe(a, m);
  cc_buf_puts(m, " agrees with ");
  cc__describe_like(b, a, m);
  cc_buf_puts(m, "; ");
  cc__put_int(m, outlets);
  cc_buf_puts(m, outlets == 1 ? " outlet agrees (" : " outlets agree (");
  cc__put_int(m, (long long)n);
  cc_buf_puts(m, n == 1 ? " claim)" : " claims)");
  cc__emit(x, cc__check_name(a, b, true), CC_VERDICT_CONSISTENT,
           CC_SEV_INFO, a, b, m->ptr, outlets);
}

/* ---- count vs list ------------------------------------------------------------------- */

static void S_list_names(const cc_sclaim *c, size_t max, cc_buf *m) {
  const char **names =
      c->more->item_names ? c->more->item_names : c->more->items;
  for (size_t i = 0; i < c->nitems && i < max; i++) {
    cc_buf_puts(m, i ? ", " : "");
    cc_buf_puts(m, names[i]);
  }
  if (c->nitems > max)
    cc_buf_puts(m, ", ...");
}

static void S_count_list(cc__ctx *x, cc__item *count, cc__item *list,
                         bool agree, uint32_t outlets) {
  if (agree && cc__counts_only(x, CC_VERDICT_CONSISTENT)) {
    cc__emit(x, "", CC_VERDICT_CONSISTENT, CC_SEV_INFO, count, list, "", 0);
    return;
  }
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc__describe(count, m);
  cc_buf_puts(m, agree ? " agrees with " : ", but ");
  cc__describe(list, m);
  cc_buf_puts(m, ": ");
  S_list_names(list->c, 12, m);
  if (agree) {
    cc_buf_puts(m, "; ");
    cc__put_int(m, outlets);
    cc_buf_puts(m, outlets == 1 ? " outlet agrees" : " outlets agree");
  }
  cc__emit(x, "count_list",
           agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY,
           cc__severity(count, list), count, list, m->ptr,
           agree ? outlets : 0);
}

/* A list against each cluster of counts: disjoint from a cluster means
 * disjoint from its member nearest to the list. */
static bool S_list_vs_clusters(cc__ctx *x, cc__item *list, S_cluster *cl,
                               size_t k) {
  bool all = true;
  for (size_t c = 0; c < k; c++) {
    if (fmax(cl[c].L, list->lo) <= fmin(cl[c].H, list->hi))
      continue;
    all = false;
    bool below = cl[c].H < list->lo;
    cc__item *cand[S_CAND];
    size_t nc = S_candidates(&cl[c], below, cand);
    for (size_t i = 0; i < nc; i++)
      if (!cc__overlap(cand[i], list) &&
          S_rel(x, cand[i], list)) {
        S_count_list(x, cand[i], list, false, 0);
        cand[i]->reported = true;
        break;
      }
  }
  return all;
}

static bool S_same_members(const cc_sclaim *a, const cc_sclaim *b) {
  if (a->nitems != b->nitems)
    return false;
  for (uint32_t i = 0; i < a->nitems; i++) {
    uint32_t j = 0;
    while (j < b->nitems && strcmp(a->more->items[i], b->more->items[j]) != 0)
      j++;
    if (j == b->nitems)
      return false;
  }
  return true;
}

/* Members of a not in b, as written. */
static size_t S_missing(const cc_sclaim *a, const cc_sclaim *b, cc_buf *m) {
  size_t k = 0;
  const char **names =
      a->more->item_names ? a->more->item_names : a->more->items;
  for (uint32_t i = 0; i < a->nitems; i++) {
    uint32_t j = 0;
    while (j < b->nitems && strcmp(a->more->items[i], b->more->items[j]) != 0)
      j++;
    if (j < b->nitems)
      continue;
    cc_buf_puts(m, k++ ? ", " : "");
    cc_buf_puts(m, names[i]);
  }
  return k;
}

/* Two closed lists of one side naming different people: worth a look but
 * often one outlet names fewer, so info. */
static void S_list_vs_list(cc__ctx *x, cc__item **lists, size_t n) {
  cc__item *first = NULL;
  size_t shown = 0;
  for (size_t i = 0; i < n && shown < 3; i++) {
    cc__item *l = lists[i];
    if ((l->flags & CC_CF_OPEN_LIST) || l->c->nitems < 2)
      continue;
    if (!first) {
      first = l;
      continue;
    }
    if (S_same_members(first->c, l->c) || cc__same_sentence(first, l) ||
        !S_rel(x, first, l))
      continue;
    cc_buf *m = &x->msg;
    cc_buf_reset(m);
    cc__describe(first, m);
    cc_buf_puts(m, " and ");
    cc__describe(l, m);
    cc_buf_puts(m, " name different people");
    cc_buf tmp = CC_BUF_INIT;
    if (S_missing(first->c, l->c, &tmp))
      cc_buf_printf(m, "; only in the first: %s", tmp.ptr);
    cc_buf_reset(&tmp);
    if (S_missing(l->c, first->c, &tmp))
      cc_buf_printf(m, "; only in the second: %s", tmp.ptr);
    cc_buf_free(&tmp);
    cc__emit(x, "count_list", CC_VERDICT_DISCREPANCY, CC_SEV_INFO, first, l,
             m->ptr, 0);
    shown++;
  }
}

/* How far the people a list names are from the counts of cluster c: the
 * list that shows the agreement best names as many as the count says. */
static double S_list_fit(const cc__item *l, const S_cluster *c) {
  double n = (double)l->c->nitems;
  double d = n < c->L ? c->L - n : n > c->H ? n - c->H : 0;
  return d + ((l->flags & CC_CF_OPEN_LIST) ? 0.5 : 0);
}

static void S_lists(cc__ctx *x, cc__item **lists, size_t nl, S_cluster *cl,
                    size_t k) {
  if (!k) {
    S_list_vs_list(x, lists, nl);
    return;
  }
  cc__item *agreeing = NULL;
  double last_lo = NAN, last_hi = NAN;
  for (size_t i = 0; i < nl; i++) {
    cc__item *l = lists[i];
    if (l->lo == last_lo && l->hi == last_hi)
      continue; /* same count as the list before: same verdicts */
    last_lo = l->lo;
    last_hi = l->hi;
    if (S_list_vs_clusters(x, l, cl, k) &&
        (!agreeing || S_list_fit(l, &cl[0]) < S_list_fit(agreeing, &cl[0])))
      agreeing = l;
  }
  if (agreeing && k == 1) {
    /* a count from another article than the list, if there is one */
    cc__item *count = cl[0].v[0];
    for (size_t i = 0; i < cl[0].n; i++)
      if (cl[0].v[i]->doc_id != agreeing->doc_id) {
        count = cl[0].v[i];
        break;
      }
    cc__item **all = cc_xmalloc((cl[0].n + nl) * sizeof *all);
    memcpy(all, cl[0].v, cl[0].n * sizeof *all);
    memcpy(all + cl[0].n, lists, nl * sizeof *all);
    uint32_t outlets = S_outlets(all, cl[0].n + nl);
    cc_xfree(all);
    S_count_list(x, count, agreeing, true, outlets);
  }
}

/* ---- one group --------------------------------------------------------------------- */

static void S_unverifiable(cc__ctx *x, cc__item *it, cc__item *other) {
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_printf(m, "\"%s\" (%s) is relative (%s) and %s has no publication "
                   "date, so it cannot be checked",
                *it->c->text ? it->c->text : it->c->value,
                *it->c->src->source ? it->c->src->source : it->c->src->doc,
                *it->c->derivation ? it->c->derivation : "no anchor",
                it->c->src->doc);
  if (other) {
    cc_buf_puts(m, " against ");
    cc__describe(other, m);
  }
  cc_buf_puts(m, " (give --date or a manifest)");
  cc__emit(x, cc__check_name(it, other, false), CC_VERDICT_UNVERIFIABLE,
           CC_SEV_INFO, it, other, m->ptr, 0);
}

/* One value class of a group: items of one kind (and currency). */
static void S_class(cc__ctx *x, cc__item **v, size_t n) {
  /* values, lists and unresolved items: n places each, in one block */
  cc__item *small[3 * S_SMALL];
  cc__item **vals = n <= S_SMALL ? small : cc_xmalloc(3 * n * sizeof *vals);
  cc__item **lists = vals + n, **open = vals + 2 * n;
  size_t nvals = 0, nlists = 0, nopen = 0;
  for (size_t i = 0; i < n; i++) {
    if (v[i]->c->vkind == CC_VK_RATE && cc__rate_out_of_bounds(x, v[i]))
      continue; /* (told on its own: cc__check_rate_bounds) */
    if (!S_resolved(v[i]))
      open[nopen++] = v[i];
    else if (v[i]->c->vkind == CC_VK_LIST)
      lists[nlists++] = v[i];
    else
      vals[nvals++] = v[i];
  }
  cc__item *counterpart = nvals ? vals[0] : nlists ? lists[0] : NULL;
  for (size_t i = 0; counterpart && i < nopen; i++)
    S_unverifiable(x, open[i], counterpart);
  if (v[0]->cf->single) {
    S_cluster small_cl[S_SMALL];
    S_cluster *cl = nvals <= S_SMALL ? small_cl
                                     : cc_xmalloc(nvals * sizeof *cl);
    size_t k = S_sweep(vals, nvals, cl);
    /* counts against the people named first: "three members" against
     * four names says more than against "four members" */
    if (nlists)
      S_lists(x, lists, nlists, cl, k);
    S_pairs(x, cl, k);
    if (k == 1 && !nlists)
      S_consistent(x, cl[0].v, cl[0].n);
    /* beside a disagreement, the outlets that agree with each other
     * ("eight hours" and "seven to eight hours" against "eleven") */
    for (size_t i = 0; k > 1 && !nlists && i < k; i++)
      if (S_two_outlets(cl[i].v, cl[i].n))
        S_consistent(x, cl[i].v, cl[i].n);
    if (cl != small_cl)
      cc_xfree(cl);
  }
  if (vals != small)
    cc_xfree(vals);
}

/* Classes: times in UTC never meet floating times, counts meet lists,
 * money meets money of the same currency only. */
static int S_class_of(const cc__item *it) {
  const cc_sclaim *c = it->c;
  switch (c->vkind) {
  case CC_VK_INSTANT: {
    size_t n = strlen(c->value);
    return n && c->value[n - 1] == 'Z' ? 0 : 1;
  }
  case CC_VK_DURATION: return 2;
  case CC_VK_COUNT:
  case CC_VK_LIST: return 3;
  case CC_VK_PERCENT: return 4;
  default: return 5;
  }
}

static int S_by_class(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  int ca = S_class_of(a), cb = S_class_of(b);
  if (ca != cb)
    return ca - cb;
  int u = ca == 5 ? strcmp(a->c->unit, b->c->unit) : 0;
  if (u)
    return u;
  return a < b ? -1 : a > b;
}

/* The day of a time of day given with no date is only its article's date:
 * before comparing, such times move by whole days to within twelve hours
 * of a reference instant (the group's earliest dated instant, else the
 * first time on the day most of them have), so that "10:30 GMT"
 * published on the 4th and "11:30 GMT" published on the 5th are one hour
 * apart, not twenty-five, and "23:15" and "01:15" two hours apart. */
static double S_day_of(const cc__item *it) { return floor(cc__vlo(it) / 86400.0); }

static bool S_undated(const cc__item *it) {
  return (it->c->flags & CC_CF_TIME_ONLY) && it->c->vkind == CC_VK_INSTANT &&
         isfinite(cc__vlo(it));
}

/* Finite doubles in ascending order. */
static int S_dblcmp(const void *pa, const void *pb) {
  double a = *(const double *)pa, b = *(const double *)pb;
  return a < b ? -1 : a > b;
}

static double S_reday_ref(cc__item **v, size_t n) {
  double ref = NAN;
  for (size_t i = 0; i < n; i++)
    if (v[i]->c->vkind == CC_VK_INSTANT && isfinite(cc__vlo(v[i])) &&
        !(v[i]->c->flags & CC_CF_TIME_ONLY) && (isnan(ref) || cc__vlo(v[i]) < ref))
      ref = cc__vlo(v[i]);
  if (!isnan(ref))
    return ref;
  /* the most common day, the earliest on a tie: the undated items' days
   * sorted, and the longest run of one day, the first of equal ones (a
   * count per item over the group was quadratic in it) */
  double small[S_SMALL];
  double *days = n <= S_SMALL ? small : cc_xmalloc(n * sizeof *days);
  size_t nd = 0;
  for (size_t i = 0; i < n; i++)
    if (S_undated(v[i]))
      days[nd++] = S_day_of(v[i]);
  if (nd > 1)
    cc__qsort(days, nd, sizeof *days, S_dblcmp);
  size_t best = 0;
  double day = NAN;
  for (size_t a = 0, b; a < nd; a = b) {
    for (b = a + 1; b < nd && days[b] == days[a]; b++)
      ;
    if (b - a > best) {
      best = b - a;
      day = days[a];
    }
  }
  if (days != small)
    cc_xfree(days);
  for (size_t i = 0; i < n; i++) /* its first time in group order */
    if (S_undated(v[i]) && S_day_of(v[i]) == day)
      return cc__vlo(v[i]);
  return NAN;
}

static void S_reday(cc__item **v, size_t n) {
  size_t undated = 0;
  for (size_t i = 0; i < n; i++)
    undated += S_undated(v[i]);
  if (!undated)
    return;
  double ref = S_reday_ref(v, n);
  if (isnan(ref))
    return;
  for (size_t i = 0; i < n; i++) {
    cc__item *it = v[i];
    if (!S_undated(it))
      continue;
    /* the value's shift is made again from ref when it is read
     * (cc__vval_own) */
    double shift = round((ref - cc__vlo(it)) / 86400.0) * 86400.0;
    cc__scope_reday(it, ref);
    it->lo += shift;
    it->hi += shift;
  }
}

/* Money of one currency last, then the item's place. */
static int S_by_unit(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  int u = strcmp(a->c->unit, b->c->unit);
  if (u)
    return u;
  return a < b ? -1 : a > b;
}

#define S_CLASSES 6

/* items[0..n) in S_by_class order into v, with each one's class in cls:
 * the class asked once per item (it reads the value's text), a stable
 * count by class, and only class 5 sorted by unit.  Items in ascending
 * places (a group's are) keep that order inside a class, as S_by_class
 * orders them; any other order goes through the comparator. */
static void S_sort_by_class(cc__item **items, size_t n, cc__item **v,
                            unsigned char *cls) {
  bool ascending = true;
  size_t at[S_CLASSES + 1] = {0};
  for (size_t i = 0; i < n; i++) {
    ascending = ascending && (i == 0 || items[i - 1] < items[i]);
    cls[i] = (unsigned char)S_class_of(items[i]);
    at[cls[i] + 1]++;
  }
  if (!ascending) {
    memcpy(v, items, n * sizeof *v);
    cc__qsort(v, n, sizeof *v, S_by_class);
    for (size_t i = 0; i < n; i++)
      cls[i] = (unsigned char)S_class_of(v[i]);
    return;
  }
  for (int c = 0; c < S_CLASSES; c++)
    at[c + 1] += at[c];
  size_t five = at[5], nfive = at[6] - at[5];
  for (size_t i = 0; i < n; i++)
    v[at[cls[i]]++] = items[i];
  for (int c = 0, i = 0; c < S_CLASSES; c++) /* cls in v's order */
    for (; (size_t)i < at[c]; i++)
      cls[i] = (unsigned char)c;
  if (nfive > 1)
    cc__qsort(v + five, nfive, sizeof *v, S_by_unit);
}

void cc__check_values(cc__ctx *x, cc__item **items, size_t n) {
  if (n < 2)
    return;
  S_reday(items, n);
  /* the items and their classes in one block (on the stack when small) */
  cc__item *small[S_SMALL + S_SMALL / sizeof(cc__item *)];
  cc__item **v = n <= S_SMALL ? small : cc_xmalloc(n * (sizeof *v + 1));
  unsigned char *cls = (unsigned char *)(v + n);
  S_sort_by_class(items, n, v, cls);
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && cls[j] == cls[i] &&
           (cls[i] != 5 || strcmp(v[i]->c->unit, v[j]->c->unit) == 0))
      j++;
    if (j - i >= 2)
      S_class(x, v + i, j - i);
    i = j;
  }
  if (v != small)
    cc_xfree(v);
}
