/* cc_claim.h - keyed claims and the claim store.
 *
 * A claim is one statement of one fact: a frame ("previous_meeting"), a
 * subject (canonical entity keys, sorted and comma-joined: "putin,trump"),
 * an optional object ("visit to united states"), and a value interval in
 * the frame's unit.  key = frame "{" subject "}" [ "|" object ].  Checks
 * compare only claims with the same key.
 *
 * Ownership: the store owns every claim and every string a claim points to
 * (cc_claim_store_add copies them).  Claims stay valid until the store is
 * freed.
 */
#ifndef CC_CLAIM_H
#define CC_CLAIM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cc_util.h"

typedef enum cc_vkind {
  CC_VK_INSTANT,   /* floating civil seconds (dates) or UTC (zoned times) */
  CC_VK_DURATION,  /* seconds */
  CC_VK_COUNT,
  CC_VK_PERCENT,
  CC_VK_MONEY,     /* unit holds the currency */
  CC_VK_LIST,      /* items[]; lo/hi is the count it implies */
  CC_VK_NAME,      /* value is a spelling of the subject's name */
  CC_VK_TIMEPAIR,  /* a local time (lo/hi, in UTC by the zone rule) and the
                      UTC time stated beside it (lo2/hi2) */
  CC_VK_WEEKDAY,   /* a date (lo/hi) and the weekday stated with it (lo2) */
  CC_VK_QUANTITY,  /* unit holds the canonical unit ("kmh"), lo/hi in it */
  CC_VK_UNITPAIR,  /* a quantity (lo/hi) and the same in another unit stated
                      beside it (lo2/hi2), both canonical */
  CC_VK_RATE,      /* an amount (lo, unit holds its currency) and its
                      conversion (lo2, the currency after the "/" of the
                      object): "$5.3bn (£4.1bn)" */
  CC_VK__COUNT
} cc_vkind;

/* Fields are ordered widest first so the struct has no holes: the store
 * keeps one per claim, and a 100 MB run keeps over half a million. */
typedef struct cc_claim {
  const char *key;
  const char *frame;
  const char *subject;
  const char *object;    /* "" when none */
  const char *rule;      /* id of the rule that made it */
  double lo, hi;
  double lo2, hi2;       /* second value (pairs, weekday) */
  const char *value;     /* display form: "2018-07-16", "PT7H", "5",
                            "Sergei Lavrov", "A; B; C" */
  const char *value2;    /* display form of the second value or "" */
  const char *derivation;/* how lo/hi were computed, for explanations:
                            "2025-08-15 - P7Y" ("" when stated directly) */
  const char **items;    /* list members (canonical keys) */
  const char **item_names; /* list members as written */
  /* where it was said */
  const char *doc;       /* path */
  const char *source;    /* outlet */
  const char *text;      /* the mention as written */
  const char *quote;     /* the sentence, whitespace collapsed */
  int64_t doc_date;      /* civil days, valid if CC_CF_DOC_DATE */
  uint32_t nitems;
  uint32_t doc_index;
  uint32_t line, col;    /* of the mention */
  uint32_t start, end;   /* bytes of the mention */
  uint32_t sentence;
  uint8_t vkind;         /* cc_vkind */
  uint8_t gran;          /* cc_gran of the source value */
  uint8_t qual;          /* cc_qual */
  uint16_t flags;        /* cc_claim_flags (in a hole: same size) */
  char unit[4];
  uint16_t zone;         /* with CC_CF_ZONE_INFERRED: the zone inferred,
                            as cc_zone_id gives it (0: none known); in
                            the tail padding, so the claim is no larger */
} cc_claim;

enum cc_claim_flags {
  CC_CF_DOC_DATE = 1 << 0,      /* doc_date is known */
  CC_CF_DATE_INFERRED = 1 << 1, /* ... but was inferred from the corpus */
  CC_CF_YEAR_INFERRED = 1 << 2, /* a date without a year took the doc's */
  CC_CF_RELATIVE = 1 << 3,      /* value resolved against the doc date */
  CC_CF_UNRESOLVED = 1 << 4,    /* relative but no date: unverifiable;
                                   lo = hi = NAN and derivation "? - P7Y"
                                   (or "? - 61 years"), which the check
                                   stage resolves when it infers a date */
  CC_CF_OPEN_LIST = 1 << 5,     /* "include": at least this many */
  CC_CF_ZONE_INFERRED = 1 << 6,
  CC_CF_TIME_ONLY = 1 << 7,     /* a time of day with no date in its
                                   sentence: the day is the article's
                                   date, a guess (an outlet published a
                                   day later gives the same time a day
                                   later) */
  CC_CF_ZONE_GIVEN = 1 << 8     /* with CC_CF_ZONE_INFERRED: the zone is
                                   the article's timezone field, not one
                                   guessed from its place (what the
                                   findings say; check items keep only
                                   the low 8 bits) */
};

typedef struct cc_claim_store cc_claim_store;
typedef struct cc_claim_set cc_claim_set;

cc_claim_store *cc_claim_store_new(void);
/* A store whose claims are meant for set (one document's, on any thread):
 * it interns the strings of their keys, paths and outlets straight into
 * set, as the set would (under the set's lock), and copies values,
 * mentions, quotes and lists into memory of set's (no lock; one copy
 * while the thread's cache knows it), so that cc_claim_set_add_store(set,
 * store) packs its claims without copying a string.  Its claims read as a
 * plain store's.  set must outlive the store. */
cc_claim_store *cc_claim_store_new_for(cc_claim_set *set);
void cc_claim_store_free(cc_claim_store **s);
/* Empty s for another document's claims, keeping its memory (no
 * allocation for the next one's): true for a store made for a set, which
 * then adds into the same set; false for any other (or one that grew
 * large), to be freed instead.  Claims taken from s before are gone. */
bool cc_claim_store_reuse(cc_claim_store *s);
/* Copy c (and every string and array it points to) into the store; builds
 * key from frame/subject/object when c->key is NULL.  Returns the stored
 * claim. */
cc_claim *cc_claim_store_add(cc_claim_store *s, const cc_claim *c);
/* cc_claim_store_add for a caller whose c->frame and c->rule are strings
 * that stay as they are, at their address, while owner lives: a number
 * no other owner ever has (the claim rules' serial; string literals
 * qualify under any owner), or 0 (cc_claim_store_add).  A store made for
 * a set then knows them by their address, as met before from the same
 * owner, without reading them. */
cc_claim *cc_claim_store_add_fixed(cc_claim_store *s, const cc_claim *c,
                                   uint32_t owner);
size_t cc_claim_store_count(const cc_claim_store *s);
cc_claim *cc_claim_store_at(const cc_claim_store *s, size_t i);
/* Copy every claim of src into dst (per-thread stores into one). */
void cc_claim_store_merge(cc_claim_store *dst, const cc_claim_store *src);
/* Sort claims by (doc_index, start, rule, key, end, value) so output is
 * identical whatever order documents were processed in (--jobs).  Claims
 * move: cc_claim_store_at(s, i) is the i-th in the new order, and a
 * pointer taken before the sort now shows another claim. */
void cc_claim_store_sort(cc_claim_store *s);

/* ---- claims kept for a run -------------------------------------------- */

/* A run keeps every claim of the corpus until the check stage is done (over
 * half a million at 100 MB), so it keeps them compact: what every claim of
 * a document repeats (its path, outlet, date and index) is stored once per
 * document, key, frame, subject, object and rule once per combination, and
 * the fields most claims leave empty (second values, lists) once per claim
 * that has them.  112 bytes a claim against 192. */

/* What a claim is about and which rule made it: shared by every claim of
 * one key made by one rule. */
typedef struct cc_claim_about {
  const char *key;
  const char *frame;
  const char *subject;
  const char *object;    /* "" when none */
  const char *rule;
} cc_claim_about;

/* Where a claim was said: shared by the claims of one document. */
typedef struct cc_claim_src {
  const char *doc;       /* path */
  const char *source;    /* outlet */
  int64_t doc_date;      /* civil days, valid if CC_CF_DOC_DATE */
  uint32_t doc_index;
} cc_claim_src;

/* The fields most claims leave empty (0 and NULL when they do): second
 * values (time pairs, weekdays) and lists. */
typedef struct cc_claim_more {
  double lo2, hi2;
  const char **items;
  const char **item_names; /* NULL when the names were not given */
} cc_claim_more;

/* A kept claim: the fields of cc_claim, the same values; about, src and
 * more are never NULL and may be shared. */
typedef struct cc_sclaim {
  const cc_claim_about *about;
  double lo, hi;
  const char *value;
  const char *text;
  const char *quote;
  const char *value2;
  const char *derivation;
  const cc_claim_src *src;
  const cc_claim_more *more;
  uint32_t nitems;
  uint32_t line, col;
  uint32_t start, end;
  uint32_t sentence;
  uint8_t vkind;
  uint8_t gran;
  uint8_t qual;
  uint16_t flags;
  char unit[4];
  uint16_t zone;         /* cc_claim's (tail padding: no larger) */
} cc_sclaim;

/* An empty set that copies what it keeps (like the store). */
cc_claim_set *cc_claim_set_new(void);
/* A set of src's claims that borrows src's strings and lists instead of
 * copying them: src must outlive the set and not change meanwhile. */
cc_claim_set *cc_claim_set_view(const cc_claim_store *src);
/* NULL-safe; clears *s. */
void cc_claim_set_free(cc_claim_set **s);
/* Keep c (copying it as cc_claim_store_add does, key built when NULL);
 * returns the kept claim, valid until the set is freed. */
const cc_sclaim *cc_claim_set_add(cc_claim_set *s, const cc_claim *c);
/* Keep every claim of src (a document's claims into the run's); a store
 * made for s (cc_claim_store_new_for) is packed without copies.  Adding to
 * s is safe while stores made for it add claims on other threads. */
void cc_claim_set_add_store(cc_claim_set *s, const cc_claim_store *src);
size_t cc_claim_set_count(const cc_claim_set *s);
const cc_sclaim *cc_claim_set_at(const cc_claim_set *s, size_t i);
/* Claims i, i + 1, ... of a set in turn, each block of them found once
 * (cc_claim_set_at finds the block of every claim):
 *   cc_claim_set_iter it;
 *   cc_claim_set_iter_at(&it, s, i);
 *   for (const cc_sclaim *c; (c = cc_claim_set_next(&it));) ...
 * cc_claim_set_next gives NULL past the set's last claim (claims added
 * meanwhile included). */
typedef struct cc_claim_set_iter {
  const cc_sclaim *at, *end; /* the rest of the block being read */
  const cc_claim_set *s;
  size_t next;               /* the index of the claim at end */
} cc_claim_set_iter;
void cc_claim_set_iter_at(cc_claim_set_iter *it, const cc_claim_set *s,
                          size_t i);
/* cc_claim_set_next past the end of a block (not to be called else). */
const cc_sclaim *cc__claim_set_iter_block(cc_claim_set_iter *it);
static inline const cc_sclaim *cc_claim_set_next(cc_claim_set_iter *it) {
  return it->at != it->end ? it->at++ : cc__claim_set_iter_block(it);
}
/* Drop the tables that find equal strings and records (some 10 MB at
 * 100 MB), for a set that is complete: the claims stay as they are, and
 * claims added later are kept as well, only sharing less. */
void cc_claim_set_seal(cc_claim_set *s);

/* For tests: take (on) or release the lock that guards the set's strings,
 * as another thread's store would. */
void cc__claim_set_hold(cc_claim_set *s, bool on);
/* For tests: the size from which the set's lookup tables are backed by
 * huge pages where the system has them (0: the default, 32 MB). */
void cc__claim_set_huge_min(size_t bytes);

/* Zones by number, so that a claim keeps the zone its time was inferred
 * in within two bytes of padding: the id of an IANA name ("Europe/Oslo")
 * for this process, the same for equal names on any thread, 0 for NULL,
 * "" or when the table is full (some thousand zones: a claims CSV may
 * name any).  Ids are never written out: the claims CSV carries the
 * name. */
uint16_t cc_zone_id(const char *zone);
/* The name of a zone id, NULL for 0 or an id not given. */
const char *cc_zone_name(unsigned id);

/* Flags as names joined by ';' ("doc_date;relative"), into out. */
void cc_claim_flags_format(unsigned flags, cc_buf *out);

/* Build "frame{subject}" or "frame{subject}|object" into buf. */
void cc_claim_make_key(const char *frame, const char *subject,
                       const char *object, cc_buf *buf);

const char *cc_vkind_name(cc_vkind k);
bool cc_vkind_parse(const char *s, cc_vkind *out);

/* Claims as CSV (libcsv): a header row, then one row per claim with every
 * field above, so cc_claims_read_csv gives back the same claims.  Numbers
 * are written with %.17g ("inf"/"-inf" for open ends) so intervals survive
 * the round trip exactly; gran, qual, vkind and flags as names; lists with
 * items joined by ';' (a ';' or '\' inside an item is escaped with '\');
 * doc_date as YYYY-MM-DD or empty; zone (last) the name of the zone
 * inferred, or empty.  Returns -1 on a write error. */
int cc_claims_write_csv(const cc_claim_store *s, FILE *out, cc_err *err);
/* The same, with the header row only when header is true: a streaming
 * writer calls it once per document. */
int cc_claims_write_csv_rows(const cc_claim_store *s, FILE *out, bool header,
                             cc_err *err);
/* One JSON object a line, same fields (lists as arrays, open ends as the
 * strings "inf"/"-inf", doc_date null when unknown). */
int cc_claims_write_jsonl(const cc_claim_store *s, FILE *out, cc_err *err);
/* Append the claims in a CSV written by cc_claims_write_csv (path "-":
 * stdin).  Columns are found by header name, so their order may change.
 * The header repeated later in the same layout (outputs joined by cat or
 * xargs, Hadoop/Spark part files) is skipped; an empty file adds nothing
 * (with a warning) and returns 1.  Errors name path, row and column:
 * "x.csv:7: column 'lo': not a number" (-1).  A file without the zone
 * column (written before it was added) is read with no zones. */
int cc_claims_read_csv(cc_claim_store *s, const char *path, cc_err *err);

#endif
