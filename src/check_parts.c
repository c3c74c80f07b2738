/* check_parts.c - parts and totals: "12 killed and 5 injured, 17
 * casualties", shares of one whole stated in one sentence, and a total
 * told with its parts in one sentence ("26 freed, 16 by one side and 10
 * by the other").
 *
 * Relations are data (the parts column of rules/checks.csv).  The checks
 * stay inside one article: across outlets the parts may come from
 * different moments of a developing story.  A part stated twice with
 * disagreeing values in one article is left to the same-fact check (we
 * would not know which to add).
 */
#include "check_int.h"
#include "cc_recog.h" /* granularities and qualifiers */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define S_MAX_PARTS 8

typedef struct S_rel {
  const cc_check_frame *total;
  const char *frames[S_MAX_PARTS + 1]; /* [0] the total, then the parts */
  char names[S_MAX_PARTS + 1][96];
  size_t n;                            /* frames used, total included */
} S_rel;

/* "a+b+c" into rel->frames[1..]; false when there are too many. */
static bool S_rel_parse(const cc_check_frame *f, S_rel *rel) {
  rel->total = f;
  rel->frames[0] = f->frame;
  rel->n = 1;
  const char *p = f->parts;
  while (*p) {
    size_t len = strcspn(p, "+");
    if (rel->n > S_MAX_PARTS || len >= sizeof rel->names[0])
      return false;
    memcpy(rel->names[rel->n], p, len);
    rel->names[rel->n][len] = '\0';
    rel->frames[rel->n] = rel->names[rel->n];
    rel->n++;
    p += len + (p[len] == '+');
  }
  return rel->n >= 3;
}

static int S_frame_index(const S_rel *rel, const char *frame) {
  if (!frame) /* (a stored claim's frame is never NULL; "" when none) */
    return -1;
  for (size_t i = 0; i < rel->n; i++)
    if (strcmp(rel->frames[i], frame) == 0)
      return (int)i;
  return -1;
}

/* A frame's index remembered by the frame's address (cc__amemo). */
#define S_FIMEMO 64

static int S_frame_index_memo(cc__amemo *t, const S_rel *rel,
                              const char *fr) {
  bool hit;
  cc__amemo *m = cc__amemo_slot(t, S_FIMEMO, fr, 0, &hit);
  if (hit)
    return m->idx;
  int idx = S_frame_index(rel, fr);
  if (m)
    *m = (cc__amemo){.key = fr, .idx = idx};
  return idx;
}

/* The kind is tested first: parts run beside the value groups, which
 * move the intervals of undated times of day (instants, never read here). */
static bool S_numeric(const cc__item *it) {
  unsigned vk = it->vkind;
  return (vk == CC_VK_COUNT || vk == CC_VK_PERCENT || vk == CC_VK_MONEY ||
          vk == CC_VK_DURATION) &&
         !isnan(it->lo) && !isnan(it->hi);
}

typedef struct S_ref {
  cc__item *it;
  int idx; /* frame index in the relation, or the object's order */
} S_ref;

static int S_ref_cmp(const void *pa, const void *pb) {
  const S_ref *a = pa, *b = pb;
  const cc_sclaim *x = a->it->c, *y = b->it->c;
  if (a->it->doc_id != b->it->doc_id)
    return a->it->doc_id < b->it->doc_id ? -1 : 1;
  int c = strcmp(x->about->subject, y->about->subject);
  if (!c)
    c = strcmp(x->about->object, y->about->object);
  if (!c)
    c = a->idx - b->idx;
  if (!c)
    c = a->it < b->it ? -1 : a->it > b->it;
  return c;
}

static bool S_same_run(const S_ref *a, const S_ref *b) {
  return a->it->doc_id == b->it->doc_id &&
         strcmp(a->it->c->about->subject, b->it->c->about->subject) == 0 &&
         strcmp(a->it->c->about->object, b->it->c->about->object) == 0;
}

/* The one value of a frame in an article: the narrowest statement, or
 * NULL when the article's statements do not all agree. */
static cc__item *S_single(S_ref *r, size_t n) {
  double L = -INFINITY, H = INFINITY;
  cc__item *best = NULL;
  for (size_t i = 0; i < n; i++) {
    cc__item *it = r[i].it;
    L = fmax(L, it->lo);
    H = fmin(H, it->hi);
    if (!best || cc__vhi(it) - cc__vlo(it) < cc__vhi(best) - cc__vlo(best))
      best = it;
  }
  return L <= H ? best : NULL;
}

/* ---- clock times: an end = a start + a duration ------------------------ */

/* "Talks began at 11:30 a.m. ... lasted about three hours ... ended at
 * 2:45 p.m.": a relation whose total is an instant (checks.csv
 * "event.start_time+event.duration" on event.end_time).  Times of day
 * are compared modulo a day: an undated time takes the article's date (a
 * guess), and the value groups, running beside this task, move such
 * times by whole days, so only the claims' own values are read here,
 * never an item's working interval. */
#define S_DAY 86400.0

/* A UTC instant (a zone stated or inferred) is shown with a final 'Z';
 * a floating local time is not.  The two never meet: "9 a.m. EST" then
 * "ended at noon" would be five hours off. */
static bool S_utc(const cc_sclaim *c) {
  size_t len = strlen(c->value);
  return len && c->value[len - 1] == 'Z';
}

static bool S_clock_ok(const cc__item *it, bool instant) {
  const cc_sclaim *c = it->c;
  if (isnan(c->lo) || isnan(c->hi))
    return false;
  if (instant)
    return it->vkind == CC_VK_INSTANT && c->gran > CC_G_DAY &&
           c->hi - c->lo <= 3600;
  /* durations of the clock: under a day, of hours or minutes */
  return it->vkind == CC_VK_DURATION && c->lo > 0 && c->lo < S_DAY;
}

/* The one value of a frame in an article, from the claims' values: NULL
 * when they do not all agree. */
static cc__item *S_single_claim(S_ref *r, size_t n) {
  double L = -INFINITY, H = INFINITY;
  cc__item *best = NULL;
  for (size_t i = 0; i < n; i++) {
    const cc_sclaim *c = r[i].it->c;
    double lo = c->lo, hi = c->hi;
    if (c->vkind == CC_VK_INSTANT && best) { /* whole days apart: one time */
      double d = floor((best->c->lo - lo) / S_DAY + 0.5) * S_DAY;
      lo += d, hi += d;
    }
    L = fmax(L, lo);
    H = fmin(H, hi);
    if (!best || hi - lo < best->c->hi - best->c->lo)
      best = r[i].it;
  }
  return L <= H ? best : NULL;
}

/* A copy of an item that reads its claim's value (not the working
 * interval or a moved day, which another task may be writing). */
static cc__item S_plain(const cc__item *it) {
  /* field by field: a whole copy would read own, lo and hi too */
  return (cc__item){.c = it->c,
                    .cf = it->cf,
                    .lo = it->c->lo,
                    .hi = it->c->hi,
                    .scope = it->scope,
                    .doc_id = it->doc_id,
                    .flags = it->flags,
                    .vkind = it->vkind};
}

static void S_fmt_hm(double t, cc_buf *m) {
  t = fmod(t, S_DAY);
  if (t < 0)
    t += S_DAY;
  int mins = (int)(t / 60);
  cc_buf_printf(m, "%02d:%02d", mins / 60, mins % 60);
}

static void S_fmt_clock(const cc_sclaim *c, cc_buf *m) {
  cc_buf_printf(m, "\"%s\" ", c->text);
  S_fmt_hm(c->lo, m);
}

/* The length's range: a qualified one ("about", "more than") is already
 * widened by its qualifier; a plain one gets the frame's tolerances, and
 * a plain whole-hour one ("lasted three hours") a quarter of an hour
 * either side at least, a writer's rounding of a clock's 3h15. */
static void S_dur_range(const cc__item *d, double *lo, double *hi) {
  const cc_sclaim *c = d->c;
  double slack = 0;
  if (c->qual == CC_Q_NONE) {
    slack = c->lo * d->cf->rel_tolerance + d->cf->tolerance;
    if (c->gran == CC_G_HOUR)
      slack = fmax(slack, 900);
  }
  *lo = c->lo - slack;
  *hi = c->hi + slack;
}

static void S_clock_finding(cc__ctx *x, const S_rel *rel, cc__item *end,
                            cc__item *start, cc__item *dur) {
  const cc_sclaim *e = end->c, *s = start->c;
  if (S_utc(e) != S_utc(s))
    return;
  /* the elapsed time, the end taken on the start's day or the next */
  double shift = floor((e->lo - s->lo) / S_DAY) * S_DAY;
  double el = e->lo - s->hi - shift, eh = e->hi - s->lo - shift;
  double dl, dh;
  S_dur_range(dur, &dl, &dh);
  bool agree = fmax(el, dl) <= fmin(eh, dh);
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_puts(m, "clock arithmetic: ");
  S_fmt_clock(s, m);
  cc_buf_printf(m, " + \"%s\" = ", dur->c->text);
  S_fmt_hm(s->lo + dl, m);
  if (isinf(dh)) {
    cc_buf_puts(m, " or later");
  } else if (dh - dl >= 60) {
    cc_buf_puts(m, " to ");
    S_fmt_hm(s->lo + dh, m);
  }
  cc_buf_puts(m, agree ? ", matching " : ", but ");
  S_fmt_clock(e, m);
  int mins = (int)(fmax(0, (el + eh) / 2) / 60 + 0.5);
  cc_buf_printf(m, " is %dh%02d after the start%s", mins / 60, mins % 60,
                S_utc(s) ? ", in UTC" : "");
  cc__item d = S_plain(dur), en = S_plain(end);
  cc_buf_printf(m, " (%s = %s)", rel->frames[0], rel->total->parts);
  cc__emit(x, "parts_total",
           agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY,
           cc__severity(&d, &en), &en, &d, m->ptr, agree);
}

/* One article's run of the relation: its end, its start and its length,
 * each stated once or alike. */
static void S_clock_run(cc__ctx *x, const S_rel *rel, S_ref *r, size_t n) {
  cc__item *one[S_MAX_PARTS + 1] = {0};
  for (size_t a = 0; a < n;) {
    size_t b = a;
    while (b < n && r[b].idx == r[a].idx)
      b++;
    one[r[a].idx] = S_single_claim(r + a, b - a);
    if (!one[r[a].idx])
      return;
    a = b;
  }
  cc__item *start = NULL, *dur = NULL;
  for (size_t k = 1; k < rel->n; k++) {
    if (!one[k])
      return;
    if (one[k]->vkind == CC_VK_INSTANT)
      start = one[k];
    else
      dur = one[k];
  }
  if (one[0] && start && dur && cc__in_partition(x, one[0]->c->about->key))
    S_clock_finding(x, rel, one[0], start, dur);
}

static uint32_t S_doc_of(const cc_vec *refs) {
  return ((const S_ref *)refs->items)[0].it->doc_id;
}

/* One article's refs: its runs of one subject and object. */
static void S_clock_doc(cc__ctx *x, const S_rel *rel, S_ref *r, size_t n) {
  if (n > 1)
    cc__qsort(r, n, sizeof *r, S_ref_cmp);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && S_same_run(&r[i], &r[j]))
      j++;
    if (j - i >= 3)
      S_clock_run(x, rel, r + i, j - i);
    i = j;
  }
}

static void S_clock(cc__ctx *x, const S_rel *rel, cc__item *items,
                    size_t n) {
  if (rel->n != 3)
    return;
  /* each frame's settings, compared by address with the items' (a
   * name lookup for every instant and duration doubled this pass) */
  const cc_check_frame *cf[3];
  for (size_t k = 0; k < 3; k++) {
    cf[k] = cc_check_config_frame(x->cfg, rel->frames[k], CC_VK_INSTANT);
    if (!cf[k] || strcmp(cf[k]->frame, rel->frames[k]) != 0)
      return; /* (a frame with no row of its own: never a part here) */
  }
  /* the items hold each article's claims together (canonical order): one
   * article's refs at a time, sorted only when all three frames are
   * there (most articles have none or one of them) */
  cc_vec refs = CC_VEC_INIT(S_ref);
  unsigned seen = 0;
  for (size_t i = 0; i <= n; i++) {
    if (refs.len && (i == n || items[i].doc_id != S_doc_of(&refs))) {
      if (seen == 7)
        S_clock_doc(x, rel, refs.items, refs.len);
      refs.len = 0;
      seen = 0;
    }
    if (i == n)
      break;
    const cc_check_frame *c = items[i].cf;
    int idx = c == cf[0] ? 0 : c == cf[1] ? 1 : c == cf[2] ? 2 : -1;
    if (idx >= 0 && S_clock_ok(&items[i], items[i].vkind == CC_VK_INSTANT)) {
      *(S_ref *)cc_vec_push(&refs) = (S_ref){&items[i], idx};
      seen |= 1u << idx;
    }
  }
  cc_vec_free(&refs);
}

static void S_total_finding(cc__ctx *x, const S_rel *rel, cc__item **part,
                            cc__item *total) {
  double slo = 0, shi = 0;
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  for (size_t i = 1; i < rel->n; i++) {
    slo += cc__vlo(part[i]);
    shi += cc__vhi(part[i]);
    if (i > 1)
      cc_buf_puts(m, " + ");
    cc_buf_printf(m, "\"%s\" ", part[i]->c->text);
    cc__fmt_value(part[i], m);
  }
  cc_buf_puts(m, " = ");
  if (isinf(shi)) {
    cc_buf_puts(m, "at least ");
    cc__fmt_num(slo, m);
  } else {
    cc__fmt_num(slo, m);
    if (shi > slo) {
      cc_buf_puts(m, " to ");
      cc__fmt_num(shi, m);
    }
  }
  bool agree = fmax(slo, total->lo) <= fmin(shi, total->hi);
  cc_buf_puts(m, agree ? ", matching " : ", but ");
  cc__describe(total, m);
  cc_buf_printf(m, " (%s = %s)", rel->frames[0], rel->total->parts);
  cc__emit(x, "parts_total",
           agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY,
           cc__severity(total, part[1]), total, part[1], m->ptr, agree);
}

static void S_totals(cc__ctx *x, const cc_check_frame *f, cc__item *items,
                     size_t n) {
  S_rel rel;
  if (!S_rel_parse(f, &rel))
    return;
  if (f->vkind == CC_VK_INSTANT) {
    S_clock(x, &rel, items, n);
    return;
  }
  cc_vec refs = CC_VEC_INIT(S_ref);
  /* each frame's index, remembered by the frame's address (a run's set
   * stores a frame name once): a strcmp per relation frame and numeric
   * item was most of this loop. */
  cc__amemo memo[S_FIMEMO] = {{0}};
  for (size_t i = 0; i < n; i++) {
    int idx = -1;
    if (S_numeric(&items[i]))
      idx = S_frame_index_memo(memo, &rel, items[i].c->about->frame);
    if (idx >= 0)
      *(S_ref *)cc_vec_push(&refs) = (S_ref){&items[i], idx};
  }
  S_ref *r = refs.items;
  if (refs.len > 1)
    cc__qsort(r, refs.len, sizeof *r, S_ref_cmp);
  for (size_t i = 0; i < refs.len;) {
    size_t j = i;
    while (j < refs.len && S_same_run(&r[i], &r[j]))
      j++;
    cc__item *one[S_MAX_PARTS + 1] = {0};
    bool ok = true;
    for (size_t a = i; a < j && ok;) {
      size_t b = a;
      while (b < j && r[b].idx == r[a].idx)
        b++;
      one[r[a].idx] = S_single(r + a, b - a);
      ok = one[r[a].idx] != NULL;
      a = b;
    }
    for (size_t k = 0; k < rel.n && ok; k++)
      ok = one[k] != NULL;
    if (ok && cc__in_partition(x, one[0]->c->about->key))
      S_total_finding(x, &rel, one, one[0]);
    i = j;
  }
  cc_vec_free(&refs);
}

/* ---- shares of one whole --------------------------------------------------------- */

static int S_share_cmp(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  if (a->doc_id != b->doc_id)
    return a->doc_id < b->doc_id ? -1 : 1;
  if (a->c->sentence != b->c->sentence)
    return a->c->sentence < b->c->sentence ? -1 : 1;
  int c = strcmp(a->c->about->subject, b->c->about->subject);
  if (!c)
    c = strcmp(a->c->about->object, b->c->about->object);
  if (!c && cc__vlo(a) != cc__vlo(b))
    c = cc__vlo(a) < cc__vlo(b) ? -1 : 1;
  if (!c)
    c = a < b ? -1 : a > b;
  return c;
}

static int S_share_desc(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  if (cc__vlo(a) != cc__vlo(b))
    return cc__vlo(a) > cc__vlo(b) ? -1 : 1;
  return a < b ? -1 : a > b;
}

/* One sentence's shares (one per object, the smallest stated). */
static void S_share_finding(cc__ctx *x, const cc_check_frame *f,
                            cc__item **s, size_t k, double whole) {
  double sum = 0;
  for (size_t i = 0; i < k; i++)
    sum += cc__vlo(s[i]);
  cc_buf key = CC_BUF_INIT;
  cc_claim_make_key(s[0]->c->about->frame, s[0]->c->about->subject, "", &key);
  bool mine = cc__in_partition(x, key.ptr);
  cc_buf_free(&key);
  if (!mine)
    return;
  if (k > 1)
    cc__qsort(s, k, sizeof *s, S_share_desc);
  bool agree = sum <= whole + f->tolerance * (double)k;
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  cc_buf_puts(m, "shares of one whole in one sentence: ");
  for (size_t i = 0; i < k; i++) {
    cc_buf_puts(m, i ? " + " : "");
    cc_buf_printf(m, "\"%s\" (%s) ", s[i]->c->text,
                  *s[i]->c->about->object ? s[i]->c->about->object : "?");
    cc__fmt_value(s[i], m);
  }
  cc_buf_puts(m, " = ");
  cc__fmt_num(sum, m);
  cc_buf_puts(m, agree ? "%, within " : "%, more than ");
  cc__fmt_num(whole, m);
  cc_buf_puts(m, "%");
  cc__emit(x, "parts_total",
           agree ? CC_VERDICT_CONSISTENT : CC_VERDICT_DISCREPANCY,
           cc__severity(s[0], s[1]), s[0], s[1], m->ptr, agree);
}

static void S_shares(cc__ctx *x, const cc_check_frame *f, cc__item *items,
                     size_t n) {
  double whole = strtod(f->parts + 6, NULL);
  cc_vec v = CC_VEC_INIT(cc__item *);
  for (size_t i = 0; i < n; i++)
    if (S_numeric(&items[i]) && strcmp(items[i].c->about->frame, f->frame) == 0)
      *(cc__item **)cc_vec_push(&v) = &items[i];
  cc__item **p = v.items;
  if (v.len > 1)
    cc__qsort(p, v.len, sizeof *p, S_share_cmp);
  cc__item **shares = cc_xcalloc(v.len ? v.len : 1, sizeof *shares);
  for (size_t i = 0; i < v.len;) {
    size_t j = i, k = 0;
    while (j < v.len && p[j]->doc_id == p[i]->doc_id &&
           p[j]->c->sentence == p[i]->c->sentence &&
           strcmp(p[j]->c->about->subject, p[i]->c->about->subject) == 0) {
      /* the first of each object is its smallest statement */
      if (j == i ||
          strcmp(p[j]->c->about->object, p[j - 1]->c->about->object) != 0)
        shares[k++] = p[j];
      j++;
    }
    if (k >= 2)
      S_share_finding(x, f, shares, k, whole);
    i = j;
  }
  cc_xfree(shares);
  cc_vec_free(&v);
}

/* ---- a breakdown: a total and its parts in one sentence ------------------ */

/* "26 prisoners were freed, 16 by one side and 10 by the other": the
 * total's frame (checks.csv parts "sum:FRAME") and FRAME's claims after
 * it in the sentence.  Rules tell the shapes; here only the arithmetic.
 * A sentence with two totals is left alone (which parts are whose?). */

static int S_sent_cmp(const void *pa, const void *pb) {
  const cc__item *a = *(cc__item *const *)pa, *b = *(cc__item *const *)pb;
  if (a->doc_id != b->doc_id)
    return a->doc_id < b->doc_id ? -1 : 1;
  if (a->c->sentence != b->c->sentence)
    return a->c->sentence < b->c->sentence ? -1 : 1;
  if (a->c->start != b->c->start)
    return a->c->start < b->c->start ? -1 : 1;
  return a < b ? -1 : a > b;
}

/* More than the total: a discrepancy; as much: consistent; less says
 * nothing ("including" may name a few groups of the whole), unless the
 * list is the whole (`whole`: a total told after its parts, "3 gold, 2
 * silver and 6 bronze, for a total of 11"), where less is wrong too. */
static void S_breakdown_finding(cc__ctx *x, cc__item *total, cc__item **part,
                                size_t k, bool whole) {
  double slo = 0, shi = 0;
  for (size_t i = 0; i < k; i++) {
    slo += cc__vlo(part[i]);
    shi += cc__vhi(part[i]);
  }
  double tlo = cc__vlo(total), thi = cc__vhi(total);
  /* a total more than twice its parts counts on from an earlier figure
   * ("opened 12 stores and 8 outlets, for a total of 340"), not a
   * closed list with a slip */
  bool more = slo > thi, less = whole && shi < tlo && 2 * shi >= tlo;
  bool agree = !more && shi >= tlo;
  if ((!more && !less && !agree) ||
      !cc__in_partition(x, total->c->about->key))
    return;
  cc_verdict v =
      more || less ? CC_VERDICT_DISCREPANCY : CC_VERDICT_CONSISTENT;
  cc_buf *m = &x->msg;
  cc_buf_reset(m);
  if (!cc__counts_only(x, v)) {
    cc_buf_puts(m, "parts of a total in one sentence: ");
    for (size_t i = 0; i < k; i++) {
      cc_buf_puts(m, i ? " + " : "");
      cc_buf_printf(m, "\"%s\" ", part[i]->c->text);
      cc__fmt_value(part[i], m);
    }
    cc_buf_puts(m, " = ");
    cc__fmt_num(slo, m);
    if (isinf(shi))
      cc_buf_puts(m, " or more");
    else if (shi > slo) {
      cc_buf_puts(m, " to ");
      cc__fmt_num(shi, m);
    }
    cc_buf_puts(m, more   ? ", more than the total "
                   : less ? ", less than the total "
                          : ", matching the total ");
    cc__describe(total, m);
  }
  cc__emit(x, "parts_total", v, cc__severity(total, part[0]), total, part[0],
           m->ptr, agree);
}

/* One sentence's claims of the two frames, in text order: one total,
 * then its two parts right after it (the rules read two; a part claimed
 * further on is another shape's, with no total of its own).  Another
 * total says the sentence is not one breakdown.  A total of a whole list
 * told after it (object "all", breakdown.rules) adds the parts before
 * it instead: all of them, two to four, with none after it. */
static void S_breakdown_sentence(cc__ctx *x, const cc_check_frame *f,
                                 cc__item **s, size_t n) {
  cc__item *total = NULL;
  size_t first = n;
  for (size_t i = 0; i < n; i++)
    if (s[i]->cf == f) {
      if (total)
        return;
      total = s[i];
      first = i + 1;
    }
  if (!total)
    return;
  if (strcmp(total->c->about->object, "all") == 0) {
    /* four parts may be the tail of a longer list (the rules read up to
     * four, from the fourth last): less is then no error */
    size_t k = first - 1;
    if (first == n && k >= 2 && k <= 4)
      S_breakdown_finding(x, total, s, k, k < 4);
    return;
  }
  if (n - first >= 2)
    S_breakdown_finding(x, total, s + first, 2, false);
}

static void S_breakdown(cc__ctx *x, const cc_check_frame *f, cc__item *items,
                        size_t n) {
  const char *pf = f->parts + 4;
  char c0 = pf[0], t0 = f->frame[0];
  cc_vec v = CC_VEC_INIT(cc__item *);
  for (size_t i = 0; i < n; i++) {
    if (!S_numeric(&items[i]))
      continue;
    const char *fr = items[i].c->about->frame;
    /* (the first byte before a name compare: most items are neither) */
    if ((fr[0] == t0 && items[i].cf == f) ||
        (fr[0] == c0 && strcmp(fr, pf) == 0))
      CC__PUSH(&v, cc__item *, &items[i]);
  }
  cc__item **p = v.items;
  if (v.len > 1)
    cc__qsort(p, v.len, sizeof *p, S_sent_cmp);
  for (size_t i = 0; i < v.len;) {
    size_t j = i;
    while (j < v.len && p[j]->doc_id == p[i]->doc_id &&
           p[j]->c->sentence == p[i]->c->sentence)
      j++;
    if (j - i >= 3)
      S_breakdown_sentence(x, f, p + i, j - i);
    i = j;
  }
  cc_vec_free(&v);
}

void cc__check_parts(cc__ctx *x, cc__item *items, size_t n) {
  for (size_t i = 0; i < cc_check_config_count(x->cfg); i++) {
    const cc_check_frame *f = cc_check_config_at(x->cfg, i);
    if (!f->parts[0])
      continue;
    if (strncmp(f->parts, "whole:", 6) == 0)
      S_shares(x, f, items, n);
    else if (strncmp(f->parts, "sum:", 4) == 0)
      S_breakdown(x, f, items, n);
    else
      S_totals(x, f, items, n);
  }
}
