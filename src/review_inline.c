/* review_inline.c - "<!-- claimcheck-disable-next-line RULE: reason -->".
 *
 * One forward pass: find "<!--", then its "-->", and count line ends only
 * over bytes not yet counted, so the scan is linear in the text whatever
 * the comments look like (an unclosed "<!--" ends the scan: nothing after
 * it can be a comment). */
#include "cc_review.h"

#include "cc_check.h"
#include "cc_corpus.h"

#include <string.h>
#include <strings.h>

#include <uthash.h>

#define S_DIRECTIVE "claimcheck-disable-next-line"

static bool S_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* memmem is a GNU extension; needles here are 3 or 4 bytes, so memchr
 * plus a compare stays linear. */
static const char *S_find(const char *hay, size_t n, const char *needle,
                          size_t m) {
  const char *end = hay + n;
  for (const char *p = hay; (size_t)(end - p) >= m;) {
    p = memchr(p, needle[0], (size_t)(end - p) - m + 1);
    if (!p)
      return NULL;
    if (memcmp(p, needle, m) == 0)
      return p;
    p++;
  }
  return NULL;
}

/* Line ends as cc_doc_linecol counts them: LF, a lone CR, CRLF once. */
typedef struct S_lines {
  const char *text;
  size_t len, at;
  uint32_t line;
} S_lines;

static uint32_t S_line_at(S_lines *l, size_t off) {
  for (; l->at < off && l->at < l->len; l->at++) {
    char c = l->text[l->at];
    if (c == '\n' ||
        (c == '\r' && !(l->at + 1 < l->len && l->text[l->at + 1] == '\n')))
      l->line++;
  }
  return l->line;
}

static char *S_collapse(const char *s, size_t n) {
  cc_buf b = CC_BUF_INIT;
  bool space = false;
  for (size_t i = 0; i < n; i++) {
    if (S_space(s[i])) {
      space = b.len > 0;
      continue;
    }
    if (space)
      cc_buf_putc(&b, ' ');
    space = false;
    cc_buf_putc(&b, s[i]);
  }
  return b.ptr ? cc_buf_detach(&b) : cc_xstrdup("");
}

static void S_push(cc_vec *out, uint32_t line, const char *rule, size_t n,
                   const char *reason) {
  cc_inline_supp *e = cc_vec_push(out);
  e->line = line;
  e->rule = cc_xstrndup(rule, n);
  e->reason = cc_xstrdup(reason);
}

/* body: what follows the directive up to "-->": "RULE, RULE: reason". */
static size_t S_directive(cc_vec *out, uint32_t line, const char *body,
                          size_t n) {
  const char *colon = memchr(body, ':', n);
  size_t rn = colon ? (size_t)(colon - body) : n;
  char *reason = colon ? S_collapse(colon + 1, n - rn - 1) : cc_xstrdup("");
  size_t pushed = 0;
  for (size_t i = 0; i < rn;) {
    while (i < rn && (S_space(body[i]) || body[i] == ','))
      i++;
    size_t j = i;
    while (j < rn && !S_space(body[j]) && body[j] != ',')
      j++;
    if (j > i) {
      S_push(out, line, body + i, j - i, reason);
      pushed++;
    }
    i = j;
  }
  if (!pushed) { /* no rule named: every rule */
    S_push(out, line, "*", 1, reason);
    pushed++;
  }
  cc_xfree(reason);
  return pushed;
}

size_t cc_review_inline_scan(const char *text, size_t len, cc_vec *out) {
  S_lines lines = {text, len, 0, 1};
  size_t pos = 0, pushed = 0;
  const size_t dl = strlen(S_DIRECTIVE);
  while (pos < len) {
    const char *open = S_find(text + pos, len - pos, "<!--", 4);
    if (!open)
      break;
    size_t body = (size_t)(open - text) + 4;
    const char *close = S_find(text + body, len - body, "-->", 3);
    if (!close)
      break;
    size_t end = (size_t)(close - text);
    pos = end + 3;
    while (body < end && S_space(text[body]))
      body++;
    if (end - body < dl || memcmp(text + body, S_DIRECTIVE, dl) != 0)
      continue;
    body += dl;
    if (body < end && !S_space(text[body]) && text[body] != ':')
      continue; /* claimcheck-disable-next-linex: some other word */
    uint32_t line = S_line_at(&lines, end) + 1;
    pushed += S_directive(out, line, text + body, end - body);
  }
  return pushed;
}

void cc_review_inline_free(cc_vec *v) {
  for (size_t i = 0; v && i < v->len; i++) {
    cc_inline_supp *e = CC_VEC_AT(v, cc_inline_supp, i);
    cc_xfree(e->rule);
    cc_xfree(e->reason);
  }
  if (v)
    cc_vec_free(v);
}

static bool S_rule_matches(const char *want, const cc_finding *f) {
  if (strcmp(want, "*") == 0 || strcasecmp(want, "all") == 0)
    return true;
  return (f->rule && strcmp(want, f->rule) == 0) ||
         (f->check && strcmp(want, f->check) == 0);
}

static bool S_on_line(const cc_side *s, const char *doc, uint32_t line) {
  return s->doc && strcmp(s->doc, doc) == 0 && s->line == line;
}

size_t cc_review_inline_apply(const cc_vec *v, const char *doc,
                              cc_findings *set) {
  size_t marked = 0;
  for (size_t i = 0; v && i < cc_findings_count(set); i++) {
    cc_finding *f = cc_findings_at(set, i);
    for (size_t k = 0; k < v->len; k++) {
      const cc_inline_supp *e = CC_VEC_AT(v, cc_inline_supp, k);
      if (!S_rule_matches(e->rule, f) ||
          !(S_on_line(&f->a, doc, e->line) || S_on_line(&f->b, doc, e->line)))
        continue;
      marked += !f->suppressed;
      f->suppressed = true;
      f->in_source = true;
      f->status = "accepted";
      f->note = e->reason;
      break;
    }
  }
  return marked;
}

/* ---- a run's worth: every document, looked up by (document, line) ------------ */

typedef struct S_item {
  char *doc;
  cc_inline_supp s;
  size_t next; /* the next item of the same (doc, line), or SIZE_MAX */
} S_item;

typedef struct S_slot {
  char *key; /* doc, NUL, line as decimal */
  size_t keylen;
  size_t first;
  UT_hash_handle hh;
} S_slot;

struct cc_inline_list {
  cc_vec items; /* S_item */
  S_slot *slots;
};

static size_t S_key(cc_buf *b, const char *doc, uint32_t line) {
  cc_buf_reset(b);
  cc_buf_puts(b, doc);
  cc_buf_putc(b, '\0');
  cc_buf_printf(b, "%u", line);
  return b->len;
}

cc_inline_list *cc_inline_new(void) {
  cc_inline_list *l = cc_xcalloc(1, sizeof *l);
  l->items = (cc_vec)CC_VEC_INIT(S_item);
  return l;
}

size_t cc_inline_count(const cc_inline_list *l) { return l ? l->items.len : 0; }

static void S_index(cc_inline_list *l, size_t i, cc_buf *key) {
  S_item *it = CC_VEC_AT(&l->items, S_item, i);
  size_t n = S_key(key, it->doc, it->s.line);
  S_slot *slot = NULL;
  HASH_FIND(hh, l->slots, key->ptr, n, slot);
  if (!slot) {
    slot = cc_xcalloc(1, sizeof *slot);
    slot->key = cc_xstrndup(key->ptr, n);
    slot->keylen = n;
    slot->first = SIZE_MAX;
    HASH_ADD_KEYPTR(hh, l->slots, slot->key, slot->keylen, slot);
  }
  /* Chain in scan order: the first comment naming a rule wins. */
  size_t *at = &slot->first;
  while (*at != SIZE_MAX)
    at = &CC_VEC_AT(&l->items, S_item, *at)->next;
  *at = i;
}

/* The entries of v (lines moved down by shift) into the list, which takes
 * their strings. */
static void S_add_scanned(cc_inline_list *l, const char *doc, cc_vec *v,
                          uint32_t shift) {
  cc_buf key = CC_BUF_INIT;
  for (size_t i = 0; i < v->len; i++) {
    S_item *it = cc_vec_push(&l->items);
    it->doc = cc_xstrdup(doc);
    it->s = *CC_VEC_AT(v, cc_inline_supp, i); /* takes its strings */
    it->s.line += shift;
    it->next = SIZE_MAX;
    S_index(l, l->items.len - 1, &key);
  }
  cc_buf_free(&key);
  cc_vec_free(v);
}

void cc_inline_scan(cc_inline_list *l, const char *doc, const char *text,
                    size_t len) {
  cc_vec v = CC_VEC_INIT(cc_inline_supp);
  cc_review_inline_scan(text, len, &v);
  S_add_scanned(l, doc, &v, 0);
}

/* A note scanned alone counts its lines from 1: moved down to the line
 * its "<!--" is on (the blanked text keeps every line end). */
void cc_inline_scan_doc(cc_inline_list *l, const cc_doc *d) {
  cc_inline_scan(l, d->path, d->text, d->len);
  S_lines lines = {d->text, d->len, 0, 1};
  for (size_t i = 0; i < d->nnotes; i++) {
    uint32_t first = S_line_at(&lines, d->notes[i].at);
    cc_vec v = CC_VEC_INIT(cc_inline_supp);
    cc_review_inline_scan(d->notes[i].text, d->notes[i].len, &v);
    S_add_scanned(l, d->path, &v, first - 1);
  }
}

static const S_item *S_match(const cc_inline_list *l, const cc_side *side,
                             const cc_finding *f, cc_buf *key) {
  if (!side->doc || !side->doc[0])
    return NULL;
  size_t n = S_key(key, side->doc, side->line);
  S_slot *slot = NULL;
  HASH_FIND(hh, l->slots, key->ptr, n, slot);
  for (size_t i = slot ? slot->first : SIZE_MAX; i != SIZE_MAX;) {
    const S_item *it = CC_VEC_AT(&l->items, S_item, i);
    if (S_rule_matches(it->s.rule, f))
      return it;
    i = it->next;
  }
  return NULL;
}

size_t cc_inline_apply(const cc_inline_list *l, cc_findings *set) {
  if (!l || !l->slots)
    return 0;
  size_t marked = 0;
  cc_buf key = CC_BUF_INIT;
  for (size_t i = 0; i < cc_findings_count(set); i++) {
    cc_finding *f = cc_findings_at(set, i);
    const S_item *it = S_match(l, &f->a, f, &key);
    if (!it)
      it = S_match(l, &f->b, f, &key);
    if (!it)
      continue;
    marked += !f->suppressed;
    f->suppressed = true;
    f->in_source = true;
    f->status = "accepted";
    f->note = it->s.reason;
  }
  cc_buf_free(&key);
  return marked;
}

/* Whether a and b are at most one edit apart (a letter added, removed or
 * changed), and differ. */
static bool S_one_edit(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na < nb) {
    const char *t = a;
    a = b, b = t;
    size_t tn = na;
    na = nb, nb = tn;
  }
  if (na - nb > 1 || strcmp(a, b) == 0)
    return false;
  size_t i = 0;
  while (i < nb && a[i] == b[i])
    i++;
  /* the rest matches after one change (same length) or one removal */
  return strcmp(a + i + 1, b + i + (na == nb)) == 0;
}

/* A name a comment may give: a check, or CHECK/RULE with a known check
 * and a rule of the run's rules (or one of the check's own, builtin.*). */
static bool S_known_name(const char *name, const char *const *rules,
                         size_t nrules) {
  if (strcmp(name, "*") == 0 || strcasecmp(name, "all") == 0)
    return true;
  const char *slash = strchr(name, '/');
  if (!cc_check_name_known(name,
                           slash ? (size_t)(slash - name) : strlen(name)))
    return false;
  if (!slash || strncmp(slash + 1, "builtin.", 8) == 0)
    return true;
  for (size_t i = 0; i < nrules; i++)
    if (strcmp(slash + 1, rules[i]) == 0)
      return true;
  return false;
}

/* The known name one edit away from name, or NULL. */
static const char *S_near_name(const char *name, const char *const *rules,
                               size_t nrules) {
  const char *c;
  for (size_t i = 0; (c = cc_check_name_at(i)); i++)
    if (S_one_edit(name, c))
      return c;
  const char *slash = strchr(name, '/');
  for (size_t i = 0; slash && i < nrules; i++)
    if (S_one_edit(slash + 1, rules[i]))
      return rules[i];
  return NULL;
}

size_t cc_inline_warn_unknown(const cc_inline_list *l,
                              const char *const *rules, size_t nrules) {
  size_t n = 0;
  for (size_t i = 0; l && i < l->items.len; i++) {
    const S_item *it = CC_VEC_AT(&l->items, S_item, i);
    if (S_known_name(it->s.rule, rules, nrules))
      continue;
    const char *near = S_near_name(it->s.rule, rules, nrules);
    const char *doc = it->doc, *rule = it->s.rule;
    cc_warn("%s:%u: unknown check or rule '%s' in a " S_DIRECTIVE
            " comment: it suppresses nothing%s%s%s", doc,
            it->s.line > 1 ? it->s.line - 1 : 1, rule,
            near ? " (did you mean '" : "", near ? near : "",
            near ? "'?)" : "");
    n++;
  }
  return n;
}

void cc_inline_free(cc_inline_list **lp) {
  if (!lp || !*lp)
    return;
  cc_inline_list *l = *lp;
  S_slot *slot, *tmp;
  HASH_ITER(hh, l->slots, slot, tmp) {
    HASH_DEL(l->slots, slot);
    cc_xfree(slot->key);
    cc_xfree(slot);
  }
  for (size_t i = 0; i < l->items.len; i++) {
    S_item *it = CC_VEC_AT(&l->items, S_item, i);
    cc_xfree(it->doc);
    cc_xfree(it->s.rule);
    cc_xfree(it->s.reason);
  }
  cc_vec_free(&l->items);
  cc_xfree(l);
  *lp = NULL;
}
