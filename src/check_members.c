/* check_members.c - "A, one of the delegation's four members": claims
 * keyed by the group a person belongs to.
 *
 * The rules key such a claim "frame{member:KEY}" when the article does
 * not say which group the person belongs to (subject member $p).  Lists of
 * the same frame say it: the claim takes the key of the one group whose
 * list names KEY, or a spelling one letter off it (six letters or more).
 * One hash of list members, looked up by the key and its one-letter
 * deletions, so the work is linear in the claims.
 */
#include "check_int.h"

#include <stdint.h>
#include <string.h>

#include <uthash.h>

#define S_MEMBER "member:"

typedef struct S_memb {
  char *k;            /* frame '\x1f' person key (or one of its deletions) */
  const cc_sclaim *c;  /* a list naming the person */
  bool ambiguous;     /* lists of two groups name the person */
  bool exact;         /* the person's key itself, not a deletion */
  UT_hash_handle hh;
} S_memb;

static void S_memb_put(S_memb **map, cc_arena *a, cc_buf *k,
                       const cc_sclaim *c, bool exact) {
  S_memb *e = NULL;
  HASH_FIND(hh, *map, k->ptr, k->len, e);
  if (!e) {
    e = cc_arena_alloc(a, sizeof *e);
    e->k = cc_arena_strndup(a, k->ptr, k->len);
    e->c = c;
    e->exact = exact;
    HASH_ADD_KEYPTR(hh, *map, e->k, k->len, e);
  } else if (strcmp(e->c->about->key, c->about->key) != 0) {
    if (exact && !e->exact) { /* a real name beats a deletion */
      e->c = c;
      e->exact = true;
      e->ambiguous = false;
    } else if (exact == e->exact) {
      e->ambiguous = true;
    }
  }
}

/* k = frame '\x1f' key, with byte `skip` of key left out (SIZE_MAX: none). */
static void S_memb_key(cc_buf *k, const char *frame, const char *key,
                       size_t skip) {
  size_t n = strlen(key);
  cc_buf_reset(k);
  cc_buf_puts(k, frame);
  cc_buf_putc(k, '\x1f');
  if (skip >= n) {
    cc_buf_put(k, key, n);
    return;
  }
  cc_buf_put(k, key, skip);
  cc_buf_put(k, key + skip + 1, n - skip - 1);
}

static bool S_fuzzy_ok(const char *key) {
  size_t n = strlen(key);
  if (n < 6)
    return false;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)key[i] >= 0x80 || key[i] == ' ' || key[i] == ',')
      return false;
  return true;
}

static const cc_sclaim *S_memb_find(S_memb *map, cc_buf *k, const char *frame,
                                   const char *who) {
  S_memb *e = NULL;
  S_memb_key(k, frame, who, SIZE_MAX);
  HASH_FIND(hh, map, k->ptr, k->len, e);
  if (e && e->exact)
    return e->ambiguous ? NULL : e->c;
  if (!S_fuzzy_ok(who))
    return NULL;
  const cc_sclaim *hit = NULL;
  size_t n = strlen(who);
  for (size_t skip = SIZE_MAX;; skip = skip == SIZE_MAX ? 0 : skip + 1) {
    if (skip != SIZE_MAX && skip >= n)
      break;
    S_memb_key(k, frame, who, skip);
    e = NULL;
    HASH_FIND(hh, map, k->ptr, k->len, e);
    if (!e)
      continue;
    if (e->ambiguous || (hit && strcmp(hit->about->key, e->c->about->key) != 0))
      return NULL;
    hit = e->c;
  }
  return hit;
}

#define S_is_member cc__is_member

void cc__join_members(cc__ctx *x, cc__item *items, size_t n, size_t first) {
  if (first >= n) /* most runs: no map of list members to build */
    return;
  S_memb *map = NULL;
  cc_arena *a = cc_arena_new(); /* the map's entries, dropped at the end */
  cc_buf k = CC_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    const cc_sclaim *c = items[i].c;
    if (S_is_member(c) || c->vkind != CC_VK_LIST)
      continue;
    for (uint32_t j = 0; j < c->nitems; j++) {
      const char *who = c->more->items[j];
      S_memb_key(&k, c->about->frame, who, SIZE_MAX);
      S_memb_put(&map, a, &k, c, true);
      if (!S_fuzzy_ok(who))
        continue;
      for (size_t skip = 0; who[skip]; skip++) {
        S_memb_key(&k, c->about->frame, who, skip);
        S_memb_put(&map, a, &k, c, false);
      }
    }
  }
  for (size_t i = first; i < n; i++) {
    const cc_sclaim *c = items[i].c;
    if (!S_is_member(c))
      continue;
    const cc_sclaim *g = S_memb_find(map, &k, c->about->frame,
                                     c->about->subject + strlen(S_MEMBER));
    if (!g)
      continue;
    cc_sclaim *nc = cc_arena_alloc(x->arena, sizeof *nc);
    cc_claim_about *ab = cc_arena_alloc(x->arena, sizeof *ab);
    *nc = *c;
    *ab = *c->about;
    ab->subject = g->about->subject;
    ab->object = g->about->object;
    ab->key = g->about->key;
    nc->about = ab;
    items[i].c = nc;
    items[i].scope = cc__scope(x, nc, items[i].cf, &k); /* same frame */
  }
  HASH_CLEAR(hh, map);
  cc_arena_free(&a);
  cc_buf_free(&k);
}
