/* cc_rule.h - the claim-rule language (rules/NAME.rules) and its matcher.
 *
 * A rule set is read at start-up; any error stops the run with
 * "rules/x.rules:LINE:COL: message" before an article is read.  Patterns
 * are indexed by their first literal or slot type, so matching is one pass
 * over the tokens of each sentence, with bounded work per rule and position
 * (no backtracking that can grow exponentially).
 */
#ifndef CC_RULE_H
#define CC_RULE_H

#include <stdbool.h>
#include <stdint.h>

#include "cc_claim.h"
#include "cc_corpus.h"
#include "cc_entity.h"
#include "cc_lexicon.h"
#include "cc_recog.h"
#include "cc_segment.h"
#include "cc_util.h"

typedef struct cc_ruleset cc_ruleset;

/* One rule, for `claimcheck rules --list`.  Strings are owned by the rule
 * set and live until cc_rules_free. */
typedef struct cc_rule_info {
  const char *id;
  const char *frame;
  const char *description;
  const char *file;
  unsigned line;
} cc_rule_info;

/* Read every NAME.rules file in dir, in name order, into one rule set
 * (this is also `claimcheck rules --lint DIR`).  lx may be NULL: the rule
 * language needs no lexicon.  On success *out is a new set the caller frees
 * with cc_rules_free.  On failure returns -1, *out is NULL and err holds
 * "DIR/x.rules:LINE:COL: message" (a missing folder, a folder without
 * rules files, or the first error in a file). */
int cc_rules_load(const char *dir, const cc_lexicon *lx, cc_ruleset **out,
                  cc_err *err);
/* Parse rules from memory (tests, the fuzzer); name is used in messages.
 * Same ownership and failure as cc_rules_load. */
int cc_rules_parse(const char *name, const char *src, size_t len,
                   const cc_lexicon *lx, cc_ruleset **out, cc_err *err);
/* NULL-safe; clears *rs. */
void cc_rules_free(cc_ruleset **rs);

/* Number of rules, and rule i in file order (NULL when out of range): for
 * `claimcheck rules --list` (id, frame, description). */
size_t cc_rules_count(const cc_ruleset *rs);

/* Match lines over all rules, and how many the matcher's fast path takes:
 * past that every sentence is matched by the general path (the same
 * claims; the rules take about a third more time on the bench corpus),
 * which `rules --lint` warns of. */
#define CC_RULES_FAST_MATCH_LINES 512
size_t cc_rules_match_lines(const cc_ruleset *rs);
const cc_rule_info *cc_rules_info(const cc_ruleset *rs, size_t i);
/* The match lines that begin with a slot and hold no word every match
 * needs (a group of phrases, or only optional words): the matcher tries
 * them at every such slot of every sentence.  A cost, not an error: `rules
 * --lint` warns.  Calls fn (when not NULL) with each one's rule id and
 * line; returns how many. */
size_t cc_rules_unanchored(const cc_ruleset *rs,
                           void (*fn)(const char *rule, unsigned line,
                                      void *ud),
                           void *ud);
/* `rules --lint`: rules whose frame has no row in cfg's checks.csv (exact
 * or prefix), so it is compared with default settings, and which lies
 * within an edit or two of a frame that has one or of another rule's
 * frame: likely a typo ("toll.ded" for "toll.dead").  A frame with no row
 * is no error (a new rule needs none), so this only warns.  Calls fn with
 * each such rule and the frame it is near; returns how many. */
struct cc_check_config;
size_t cc_rules_frame_typos(const cc_ruleset *rs,
                            const struct cc_check_config *cfg,
                            void (*fn)(const cc_rule_info *ri,
                                       const char *near, void *ud),
                            void *ud);
/* Where rule ri's 'frame' line is: its line, and the column of the frame
 * name (the file is read again; the rule's own line when it cannot be). */
void cc_rules_frame_where(const cc_rule_info *ri, unsigned *line,
                          unsigned *col);


/* Everything the matcher sees for one document. */
typedef struct cc_doc_view {
  const cc_doc *doc;
  const cc_segmented *seg;
  const cc_mention *mentions;
  uint32_t nmentions;
  const cc_entity *entities;
  uint32_t nentities;
  const char *zone;   /* the document's zone, or NULL */
  bool zone_inferred;
  const struct cc_recog *recog; /* the units of quantities, for the
                                   built-in quantity.unit_pair; NULL: none */
} cc_doc_view;

/* The figures a number as written allows (the built-in quantity.change):
 * text[0..n) holds it ("$12.4bn", "5,000", "18%"), value is what it
 * reads as (12.4e9).  Half a unit of its last digit ("12.4": 0.05); when
 * strip, an integer's trailing zeros beyond two significant digits are
 * not significant ("4,000": to the hundred) and a one-digit figure is
 * taken to a quarter of it ("£1bn": 0.75-1.25bn), scaled to value.  False
 * when text holds no digit. */
bool cc_change_figure(const char *text, size_t n, double value, bool strip,
                      double *lo, double *hi);
/* The percent change from a figure in [ylo, yhi] (> 0) to one in
 * [xlo, xhi] (>= 0): its least and greatest, in percent. */
void cc_change_pct(double xlo, double xhi, double ylo, double yhi,
                   double *lo, double *hi);

/* Match every rule over the document and add the claims to store (which
 * copies them), plus the built-in claims (time.zone_pair, date.weekday,
 * quantity.unit_pair, quantity.change, person.name; rules/FRAMES.md).  rs
 * may be NULL: built-ins only.  Work is
 * linear in the tokens of each sentence.  Thread-safe for distinct stores;
 * never fails (scratch memory comes from cc_x*, which aborts on
 * exhaustion). */
void cc_rules_apply(const cc_ruleset *rs, const cc_doc_view *view,
                    cc_claim_store *store);

#endif
