/* cc_entity.h - people, places and organizations, with canonical keys.
 *
 * Canonical keys merge case, diacritics, titles ("Foreign Minister",
 * "Mr") and transliteration variants listed in rules/lexicon/translit.csv
 * (Sergey/Sergei, -sky/-skyy), so one person named by several outlets gets
 * one key.  Surname-only mentions are linked to the full name seen earlier
 * (or later) in the same document; a surname one letter off a known one
 * (6+ letters) is linked too and flagged CC_EF_FUZZY (a misspelling the
 * name-variant check reports).  A surname the document never gives a
 * first name or title is a person when the document uses it as one
 * (joined by "and" to a person, two quoted speakers joined by "and", a
 * quoted speaker with an aide).  Names broken across lines key and read
 * as on one line (surface has each run of white space made one space).
 *
 * Lexicon tables used (all optional): titles, nations, places, firstnames,
 * name_words, translit, months, weekdays (rules/lexicon/NAME.csv).
 */
#ifndef CC_ENTITY_H
#define CC_ENTITY_H

#include <stdint.h>

#include "cc_lexicon.h"
#include "cc_segment.h"
#include "cc_util.h"

typedef enum cc_ekind { CC_E_PERSON, CC_E_PLACE, CC_E_ORG } cc_ekind;

/* The kind of a title (rules/lexicon/titles.csv, column kind). */
typedef enum cc_title_kind {
  CC_T_NONE,
  CC_T_LEADER,   /* president, prime minister, king */
  CC_T_OFFICE,   /* foreign minister, secretary of state */
  CC_T_ROLE,     /* envoy, aide, general */
  CC_T_HONORIFIC, /* Mr, Dr, Sir */
  CC_T_COURT     /* judge, prosecutor: a court's officer */
} cc_title_kind;

enum cc_entity_flags {
  CC_EF_SURNAME_ONLY = 1 << 0, /* "Mr Ivanov", "Ivanov said" */
  CC_EF_FUZZY = 1 << 1,        /* linked to a surname one letter off */
  CC_EF_POSSESSIVE = 1 << 2,   /* followed by 's */
  CC_EF_WEAK = 1 << 3,         /* a person only by shape (two capitalized
                                  words, no title or known first name) */
  CC_EF_LEADER = 1 << 4,       /* this person has a leader title somewhere
                                  in the document */
  CC_EF_NATION = 1 << 5,       /* a place named by a nationality word or a
                                  country name ("Freedonian") */
  CC_EF_SHARED = 1 << 6,       /* people: the document names two people
                                  with this surname ("Ana Ruiz", "Luis
                                  Ruiz"), so a surname alone is ambiguous */
  CC_EF_NAMED = 1 << 7         /* organizations: a proper name, not an
                                  organization word alone ("Atlantic
                                  Council", not "Council"): one with a
                                  word of no class, one joined by "&"
                                  ("Ruiz & Berg"), or a bare name the
                                  document uses as a firm's (S_firms in
                                  entity.c: "Ruizco reported a loss",
                                  "carmaker Ruizco", "shares in Ruizco") */
};

typedef struct cc_entity {
  uint8_t kind;                /* cc_ekind */
  uint8_t title_kind;          /* cc_title_kind of this mention's title */
  uint8_t flags;               /* cc_entity_flags */
  uint32_t tok_begin, tok_end; /* name tokens (title excluded) */
  uint32_t tok_title;          /* first token of title and nationality
                                  ("Freedonian Foreign Minister ..."), or
                                  tok_begin when there is none */
  uint32_t start, end;         /* bytes of the name as written */
  uint32_t sentence;
  const char *surface;         /* name as written, title excluded, white
                                  space runs as one space (arena) */
  const char *key;             /* claim key: people by canonical surname
                                  ("ivanov", "von der leyen"), places by
                                  name or country ("united states"),
                                  organizations by normalized name */
  const char *full;            /* people: canonical full name ("sergei
                                  ivanov", or the surname when never
                                  given); others: = key */
  const char *written;         /* people: canonical name of this mention
                                  as written ("ivanov" for "Mr Ivanov",
                                  "ana ruiz"); others: = key */
  const char *title;           /* normalized title or "" */
  const char *country;         /* people: country key from a title or
                                  "Freedonia's X", agreed over the whole
                                  document, else NULL; places: the country
                                  key when a country, else NULL */
  const char *place_zone;      /* IANA zone when a known place, else NULL */
} cc_entity;

typedef struct cc_entity_model cc_entity_model;

/* Build the model from lx.  The model borrows lx's tables: keep lx alive
 * until cc_entity_model_free.  It adds the words it asks a token about to
 * lx's word table (cc_lexicon_vocab), so build it before the first
 * cc_segment; it then reads what it knows of a token by the token's id.  Fails (-1, "rules/lexicon/translit.csv:LINE:
 * message") only on a malformed transliteration row; missing tables just
 * disable what they feed. */
int cc_entity_model_new(const cc_lexicon *lx, cc_entity_model **out,
                        cc_err *err);
/* NULL-safe; clears *m. */
void cc_entity_model_free(cc_entity_model **m);

/* Let the model read by id every word its lexicon's word table holds
 * now: words added after the model (the rules add theirs) are no word of
 * the model, but cc_entities_find copies a document's tokens to hide
 * their ids until this is called (the engine calls it once the rules are
 * loaded; the table is frozen then). */
void cc_entity_model_cover_ids(cc_entity_model *m);

/* Find entities in seg (sorted by start, then longer first; a nationality
 * word inside a person's title is also a place entity), allocated in
 * arena.  seg is best segmented with the abbrevs of the model's lexicon
 * (cc_lexicon_abbrevs), whose ids the model reads; a seg of another word
 * table or none has its tokens' ids looked up again (a copy in arena).
 * Never fails; linear in the tokens. */
void cc_entities_find(const cc_entity_model *m, const cc_segmented *seg,
                      cc_arena *arena, cc_entity **out, uint32_t *n);

/* Canonical full key of a name as written (titles not stripped): case and
 * diacritics folded, each part transliterated: "Sergey  Ivanov" ->
 * "sergei ivanov".  Appends to buf. */
void cc_entity_canon(const cc_entity_model *m, const char *name, size_t n,
                     cc_buf *buf);
/* The surname key of a canonical full key: "sergei ivanov" -> "ivanov",
 * "ursula von der leyen" -> "von der leyen".  Appends to buf. */
void cc_entity_surname(const char *full, cc_buf *buf);

/* The length of the generational suffix that ends key[0..n) after a
 * name (" jr", " sr", " ii", " iii", " iv": "altieri jr" -> 3), or 0. */
size_t cc_entity_gen_suffix(const char *key, size_t n);

/* Whether a word (normal form) may follow two names joined by "and" as
 * the clause goes on ("Ruiz and Berg met", "... of Ruiz and Berg in six
 * years"): no noun does ("Labour and Conservative promises"). */
bool cc_entity_after_pair(const char *norm);

#endif
