/* cc_review.h - the review round trip: reviewed CSV, baseline, update,
 * summary, and inline suppression comments.
 *
 * A reviewed CSV is a csv report (cc_report.h) in which people filled the
 * status column (confirmed, false_positive, fixed, accepted; case and
 * "false positive"/"false-positive" spellings accepted) and the note
 * column.  Rows are matched to findings by id only, so a finding that moved
 * to another line keeps its review.
 *
 * Reading is strict, because guessing would lose someone's work: the
 * header must be exactly the 18 report columns; every row must have 18
 * cells; ids are 16 hex digits and unique; statuses are known ones; the
 * file is UTF-8 (a UTF-8 BOM is skipped).  Anything else is an error
 * naming the file, line, row and column, e.g.
 *   "reviewed.csv:7: row 6, column 17 (status): unknown status 'maybe' ..."
 * and callers then leave the file untouched.
 */
#ifndef CC_REVIEW_H
#define CC_REVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cc_check.h"
#include "cc_io.h"
#include "cc_report.h"
#include "cc_util.h"

typedef struct cc_review cc_review;

/* Load a reviewed CSV.  NULL with err filled on any problem above, or when
 * the file cannot be read.  Caller frees with cc_review_free. */
cc_review *cc_review_load(const char *path, cc_err *err);
/* The same from memory; path only names the data in messages (fuzzers,
 * tests). */
cc_review *cc_review_parse(const char *path, const char *data, size_t len,
                           cc_err *err);
/* NULL-safe; clears *r. */
void cc_review_free(cc_review **r);

/* Data rows (the header not counted). */
size_t cc_review_rows(const cc_review *r);
/* Cell col (CC_COL_*) of data row i, as read; "" when out of range.  Owned
 * by r. */
const char *cc_review_cell(const cc_review *r, size_t row, int col);
/* The row index of id, or -1. */
long cc_review_find(const cc_review *r, const char *id);
/* The canonical status of data row i: "" or one of confirmed,
 * false_positive, fixed, accepted (static strings). */
const char *cc_review_status(const cc_review *r, size_t row);

/* ---- baseline -------------------------------------------------------------- */

/* --baseline: load path and mark every finding whose id has a non-empty
 * status there: suppressed = true, status = the canonical status (a static
 * string), note = "" (the reviewed file keeps the note; use cc_review_mark
 * with a loaded review to carry it).  0, or -1 with err when the file is
 * missing or malformed (see above). */
int cc_review_apply_baseline(const char *path, cc_findings *set, cc_err *err);

/* The same with a loaded review; note points into r (keep r alive while the
 * findings are used).  Returns how many findings were marked. */
size_t cc_review_mark(const cc_review *r, cc_findings *set);

/* ---- update ------------------------------------------------------------------ */

typedef struct cc_review_merge_stats {
  size_t kept;     /* rows whose finding still occurs (refreshed) */
  size_t added;    /* new findings appended */
  size_t gone;     /* rows whose finding no longer occurs (kept, marked) */
  size_t reviewed; /* rows with a status, after the merge */
} cc_review_merge_stats;

/* The note marker of a row whose finding no longer occurs.  Appended once
 * (" [gone]", or "[gone]" to an empty note); removed again if the finding
 * comes back. */
#define CC_REVIEW_GONE "[gone]"

/* Write old (NULL: none) merged with set to out as a reviewed CSV:
 *  - old rows keep their order; a row whose finding still occurs gets the
 *    finding's fresh cells (lines move) with its status and note kept;
 *  - a row whose finding no longer occurs is kept as read, its note marked
 *    CC_REVIEW_GONE once; rows are never deleted;
 *  - findings new to the file are appended in report order, with the
 *    status and note the finding carries (an inline "accepted").
 * Which findings count as occurring: those opts shows, suppressed or not
 * (a baseline from the same file must not make its own rows "gone").
 * Returns like cc_out_write; stats may be NULL. */
int cc_review_merge(const cc_review *old, const cc_findings *set,
                    const cc_report_opts *opts, cc_out *out,
                    cc_review_merge_stats *stats);

/* --update: load path (a missing file is an empty review), merge the
 * discrepancies of set (cc_review_merge with default options), and replace
 * path atomically.  On any error -1 with err filled and the file
 * byte-identical to before. */
int cc_review_update(const char *path, const cc_findings *set, cc_err *err);
/* The same with options (NULL: defaults) and merge counts (may be NULL). */
int cc_review_update_ex(const char *path, const cc_findings *set,
                        const cc_report_opts *opts,
                        cc_review_merge_stats *stats, cc_err *err);

/* ---- summary (claimcheck review FILE) ------------------------------------------ */

/* Rows whose canonical status is status ("" counts unreviewed rows). */
size_t cc_review_count_status(const cc_review *r, const char *status);
/* Rows whose note carries CC_REVIEW_GONE. */
size_t cc_review_count_gone(const cc_review *r);
/* The verdicts (bits 1 << CC_VERDICT_...) of the rows of the reviewed
 * file at path: a file written with --show all holds consistent and
 * unverifiable rows, which an update must match too.  0 for a missing,
 * empty or unreadable file (its update says why). */
unsigned cc_review_verdicts(const char *path);
/* Precision of rule as judged by the reviewers: confirmed / (confirmed +
 * false_positive); rule NULL for all rules.  Returns -1 when no row of the
 * rule is judged either way.  *confirmed and *false_pos may be NULL. */
double cc_review_precision(const cc_review *r, const char *rule,
                           size_t *confirmed, size_t *false_pos);
/* The human summary: rows, counts per status, gone rows, and a table of
 * per-rule precision sorted by rule.  name labels the first line. */
void cc_review_summary_text(const cc_review *r, const char *name,
                            cc_buf *out);
/* claimcheck review PATH: load path and write the summary to out.  0, or
 * -1 with err (a malformed file, as above; write errors surface at
 * cc_out_close). */
int cc_review_summary(const char *path, cc_out *out, cc_err *err);

/* ---- inline suppression ---------------------------------------------------------- */

/* "<!-- claimcheck-disable-next-line RULE[, RULE...]: reason -->" in a
 * Markdown or text article.  RULE matches a finding's rule or its check;
 * "*" or "all" (or no rule at all) matches every rule. */
typedef struct cc_inline_supp {
  uint32_t line;  /* the line it applies to: the one after the comment's
                     end (1-based, counted like cc_doc_linecol: LF, CR and
                     CRLF end a line; a UTF-8 BOM is not a line) */
  char *rule;     /* one rule per entry */
  char *reason;   /* whitespace collapsed; "" when none was given */
} cc_inline_supp;

/* Scan text (len bytes) and push one cc_inline_supp per rule named into
 * out (a cc_vec of cc_inline_supp, CC_VEC_INIT(cc_inline_supp)).  Linear in
 * len.  Returns the number of entries pushed.  Free with
 * cc_review_inline_free. */
size_t cc_review_inline_scan(const char *text, size_t len, cc_vec *out);
void cc_review_inline_free(cc_vec *v);

/* Mark findings with a side in doc on an entry's line whose rule matches:
 * suppressed = true, status "accepted", note = the reason (owned by v: keep
 * it alive while the findings are used).  Returns how many were marked. */
size_t cc_review_inline_apply(const cc_vec *v, const char *doc,
                              cc_findings *set);

/* The same for a whole run: scan each document as it is read, apply once
 * to the findings.  The list owns its strings; findings marked by it point
 * into it, so free it after the report is written.  Not thread-safe: scan
 * from one thread (the engine's in-order callback). */
typedef struct cc_inline_list cc_inline_list;
cc_inline_list *cc_inline_new(void);
/* Scan one document's text; doc is its path as findings name it. */
void cc_inline_scan(cc_inline_list *l, const char *doc, const char *text,
                    size_t len);
/* The same for a document read by the corpus: its text, and the comments
 * a Markdown file had (blanked in its text, kept in its notes). */
struct cc_doc;
void cc_inline_scan_doc(cc_inline_list *l, const struct cc_doc *d);
/* Mark findings as cc_review_inline_apply does, for every document. */
size_t cc_inline_apply(const cc_inline_list *l, cc_findings *set);
/* Warn of each comment that names neither a check ("zone_pair") nor a
 * CHECK/RULE of the run (rules: the rule ids), suggesting a known name
 * one edit away ("zone-pair"): such a comment would silently suppress
 * nothing.  Returns how many were warned of. */
size_t cc_inline_warn_unknown(const cc_inline_list *l,
                              const char *const *rules, size_t nrules);
size_t cc_inline_count(const cc_inline_list *l);
/* NULL-safe; clears *l. */
void cc_inline_free(cc_inline_list **l);

#endif
