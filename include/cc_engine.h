/* cc_engine.h - the extraction pipeline: corpus -> segment -> recognize ->
 * entities -> claim rules, over N threads with results delivered in
 * document order.
 *
 * Memory: each document lives in an arena from reading until its callback
 * returns (the arenas are reset and reused, not freed); at most a window of
 * documents is alive at once (16 with one thread; else 8 per thread and 48
 * more, and only 4 per thread once those waiting hold more than 32 MB of
 * text), so memory is bounded by what the caller keeps (claims), not by
 * the corpus size.  A thread takes up to 16 consecutive documents and runs
 * each stage over a batch of them (up to 64 KB of text) before the next
 * stage; the results are those of cc_engine_process, document by
 * document.
 */
#ifndef CC_ENGINE_H
#define CC_ENGINE_H

#include <stdbool.h>
#include <stdint.h>

#include "cc_claim.h"
#include "cc_corpus.h"
#include "cc_entity.h"
#include "cc_lexicon.h"
#include "cc_recog.h"
#include "cc_rule.h"
#include "cc_segment.h"

typedef struct cc_engine cc_engine;

typedef struct cc_limits {
  size_t max_file_bytes;          /* 0 = CC_DEFAULT_MAX_FILE */
  uint32_t max_sentence_tokens;   /* 0 = CC_DEFAULT_MAX_SENTENCE_TOKENS */
  uint32_t max_mentions_per_sentence; /* 0 = CC_DEFAULT_MAX_MENTIONS */
} cc_limits;

/* Load rules_dir/lexicon and rules_dir/NAME.rules and compile every model.
 * Any error in the rules folder fails here, before an article is read. */
int cc_engine_new(const char *rules_dir, const cc_limits *limits,
                  cc_engine **out, cc_err *err);
void cc_engine_free(cc_engine **e);
const cc_lexicon *cc_engine_lexicon(const cc_engine *e);
const cc_ruleset *cc_engine_rules(const cc_engine *e);

/* Everything known about one processed document. */
typedef struct cc_docresult {
  const cc_doc *doc;
  cc_segmented seg;
  cc_mention *mentions;
  uint32_t nmentions;
  cc_entity *entities;    /* people, places...: found only when claims are
                             wanted (the rules are their only reader) */
  uint32_t nentities;
  const char *zone;
  bool zone_inferred;
  cc_claim_store *claims; /* this document's claims (NULL if not wanted) */
} cc_docresult;

/* Process one document (the caller owns doc and arena). */
void cc_engine_process(const cc_engine *e, const cc_doc *doc, cc_arena *arena,
                       bool want_claims, cc_docresult *out);

/* Called once per document, in corpus order, on the calling thread.
 * Return non-zero to stop the run. */
typedef int (*cc_doc_cb)(const cc_docresult *r, void *ud);

typedef struct cc_run_stats {
  size_t docs, skipped;
  uint64_t bytes;
} cc_run_stats;

/* Read and process every document of the corpus on jobs threads (0 = one
 * per core).  Returns 0, or -1 with err on the first unreadable or
 * malformed document (documents after it are not delivered). */
int cc_engine_run(const cc_engine *e, const cc_corpus *c, int jobs,
                  bool want_claims, cc_doc_cb cb, void *ud,
                  cc_run_stats *stats, cc_err *err);

/* cc_engine_run with claims, each document's store made for into
 * (cc_claim_store_new_for): the claims' strings are interned into the
 * run's set once, as they are made, on the threads that make them, and
 * cc_claim_set_add_store(into, r->claims) in cb copies none.  The
 * callback still decides which stores go into the set. */
int cc_engine_run_into(const cc_engine *e, const cc_corpus *c, int jobs,
                       cc_claim_set *into, cc_doc_cb cb, void *ud,
                       cc_run_stats *stats, cc_err *err);

/* Resolve the rules folder: explicit (if non-NULL), else $CLAIMCHECK_RULES,
 * else the installed one (CC_RULES_DIR), else ./rules.  Returns a static or the given string. */
const char *cc_engine_default_rules(const char *explicit_dir);

#endif
