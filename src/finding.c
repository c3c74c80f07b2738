/* finding.c - the findings container: copies, stable ids, names, order.
 *
 * A set owns every string of every finding it holds (one arena), so a
 * checker can build a finding from stack buffers and hand it over.  Ids are
 * unique inside a set: two findings that would hash alike (same rule, key
 * and quotes) get a deterministic second id, so a reviewer's row always
 * maps back to one finding.
 */
#include "cc_check.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>
#include <uthash.h>

typedef struct S_ident {
  char id[17];
  UT_hash_handle hh;
} S_ident;

struct cc_findings {
  cc_vec items;  /* cc_finding */
  cc_arena *arena;
  S_ident *ids;  /* uthash on id: uniqueness */
};

/* ---- names ------------------------------------------------------------------ */

static const char *const S_verdicts[] = {"discrepancy", "consistent",
                                         "unverifiable"};
static const char *const S_severities[] = {"info", "warning", "error",
                                           "none"};

const char *cc_verdict_name(cc_verdict v) {
  return (unsigned)v < 3 ? S_verdicts[v] : "unknown";
}

bool cc_verdict_parse(const char *s, cc_verdict *out) {
  for (int i = 0; i < 3; i++)
    if (s && strcasecmp(s, S_verdicts[i]) == 0) {
      *out = (cc_verdict)i;
      return true;
    }
  return false;
}

const char *cc_severity_name(cc_severity s) {
  return (unsigned)s < 4 ? S_severities[s] : "unknown";
}

bool cc_severity_parse(const char *s, cc_severity *out) {
  for (int i = 0; i < 4; i++)
    if (s && strcasecmp(s, S_severities[i]) == 0) {
      *out = (cc_severity)i;
      return true;
    }
  /* "error"/"warning"/"note" are what SARIF and GitHub call them */
  if (s && strcasecmp(s, "note") == 0) {
    *out = CC_SEV_INFO;
    return true;
  }
  return false;
}

/* ---- ids -------------------------------------------------------------------- */

/* Case-folded, NFKC, whitespace collapsed and trimmed: the same sentence
 * re-wrapped or re-cased in a later edit of the article keeps its id. */
static void S_norm_text(const char *s, cc_buf *out) {
  cc_buf_reset(out);
  if (!s || !*s)
    return;
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t n = utf8proc_map(
      (const utf8proc_uint8_t *)s, 0, &folded,
      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
          UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  const char *src = n >= 0 ? (const char *)folded : s;
  bool space = false;
  for (const char *p = src; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v') {
      space = out->len > 0;
      continue;
    }
    if (space)
      cc_buf_putc(out, ' ');
    space = false;
    /* invalid UTF-8 falls back to the raw bytes, ASCII-lowered */
    if (n < 0 && c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + ('a' - 'A'));
    cc_buf_putc(out, (char)c);
  }
  free(folded); /* utf8proc allocates with malloc */
}

static uint64_t S_hash_str(uint64_t h, const char *s) {
  if (s)
    h = cc_hash64(s, strlen(s), h);
  return cc_hash64("\x1f", 1, h); /* field separator: "ab"+"c" != "a"+"bc" */
}

/* Hash of one side: its normalized quote and the mention as written (two
 * claims in one sentence differ by their mention). */
static void S_side_norm(const cc_side *s, cc_buf *tmp, cc_buf *out) {
  cc_buf_reset(out);
  S_norm_text(s->quote, tmp);
  cc_buf_puts(out, tmp->ptr ? tmp->ptr : "");
  cc_buf_putc(out, '\x1e');
  S_norm_text(s->text, tmp);
  cc_buf_puts(out, tmp->ptr ? tmp->ptr : "");
}

void cc_finding_make_id(const cc_finding *f, char out[17]) {
  cc_buf tmp = CC_BUF_INIT, a = CC_BUF_INIT, b = CC_BUF_INIT;
  S_side_norm(&f->a, &tmp, &a);
  S_side_norm(&f->b, &tmp, &b);
  /* Order-free: the same two claims give the same id whichever side a
   * check happened to put first. */
  const char *x = a.ptr ? a.ptr : "", *y = b.ptr ? b.ptr : "";
  if (strcmp(x, y) > 0) {
    const char *t = x;
    x = y;
    y = t;
  }
  uint64_t h = CC_HASH_SEED;
  h = S_hash_str(h, f->check);
  h = S_hash_str(h, f->rule);
  h = S_hash_str(h, f->key);
  h = S_hash_str(h, cc_verdict_name((cc_verdict)f->verdict));
  h = S_hash_str(h, x);
  h = S_hash_str(h, y);
  snprintf(out, 17, "%016llx", (unsigned long long)h);
  cc_buf_free(&tmp);
  cc_buf_free(&a);
  cc_buf_free(&b);
}

/* ---- the set ---------------------------------------------------------------- */

cc_findings *cc_findings_new(void) {
  cc_findings *f = cc_xcalloc(1, sizeof *f);
  f->items = (cc_vec)CC_VEC_INIT(cc_finding);
  f->arena = cc_arena_new();
  return f;
}

void cc_findings_free(cc_findings **fp) {
  if (!fp || !*fp)
    return;
  cc_findings *f = *fp;
  S_ident *e, *tmp;
  HASH_ITER(hh, f->ids, e, tmp) {
    HASH_DEL(f->ids, e);
    cc_xfree(e);
  }
  cc_vec_free(&f->items);
  cc_arena_free(&f->arena);
  cc_xfree(f);
  *fp = NULL;
}

size_t cc_findings_count(const cc_findings *f) { return f ? f->items.len : 0; }

cc_finding *cc_findings_at(const cc_findings *f, size_t i) {
  if (!f || i >= f->items.len)
    return NULL;
  return CC_VEC_AT(&f->items, cc_finding, i);
}

static const char *S_dup(cc_arena *a, const char *s) {
  return cc_arena_strdup(a, s ? s : "");
}

static void S_side_copy(cc_arena *a, cc_side *dst, const cc_side *src) {
  *dst = *src;
  dst->doc = S_dup(a, src->doc);
  dst->quote = S_dup(a, src->quote);
  dst->text = S_dup(a, src->text);
  dst->value = S_dup(a, src->value);
}

static bool S_id_taken(const cc_findings *set, const char *id) {
  S_ident *e = NULL;
  HASH_FIND(hh, set->ids, id, 16, e);
  return e != NULL;
}

cc_finding *cc_findings_add(cc_findings *set, const cc_finding *f) {
  cc_finding *n = cc_vec_push(&set->items);
  *n = *f;
  n->check = S_dup(set->arena, f->check);
  n->rule = S_dup(set->arena, f->rule);
  n->key = S_dup(set->arena, f->key);
  n->message = S_dup(set->arena, f->message);
  n->status = S_dup(set->arena, f->status);
  n->note = S_dup(set->arena, f->note);
  S_side_copy(set->arena, &n->a, &f->a);
  S_side_copy(set->arena, &n->b, &f->b);
  if (!n->id[0])
    cc_finding_make_id(n, n->id);
  n->id[16] = '\0';
  /* A clash (same rule, key and quotes twice): derive the next free id
   * deterministically, so the same input always numbers them alike. */
  for (unsigned salt = 1; S_id_taken(set, n->id); salt++) {
    uint64_t h = cc_hash64(n->id, 16, CC_HASH_SEED + salt);
    snprintf(n->id, sizeof n->id, "%016llx", (unsigned long long)h);
  }
  S_ident *e = cc_xcalloc(1, sizeof *e);
  memcpy(e->id, n->id, sizeof e->id);
  HASH_ADD(hh, set->ids, id, 16, e);
  return n;
}

static int S_cmp(const void *pa, const void *pb) {
  const cc_finding *a = pa, *b = pb;
  int c = strcmp(a->a.doc, b->a.doc);
  if (c)
    return c;
  if (a->a.line != b->a.line)
    return a->a.line < b->a.line ? -1 : 1;
  if (a->a.col != b->a.col)
    return a->a.col < b->a.col ? -1 : 1;
  return strcmp(a->id, b->id);
}

void cc_findings_sort(cc_findings *set) {
  if (set && set->items.len > 1)
    qsort(set->items.items, set->items.len, sizeof(cc_finding), S_cmp);
}
