/* report_int.h - helpers shared by the report writers (src/report*.c). */
#ifndef CC_REPORT_INT_H
#define CC_REPORT_INT_H

#include "cc_report.h"

/* Does opts ask for f to be written?  Data formats (csv, json, jsonl,
 * sarif) pass all_suppressed: they carry a status or a SARIF suppression,
 * and the CSV is what reviewers edit, so reviewed rows must stay in it. */
bool cc__report_visible(const cc_finding *f, const cc_report_opts *opts,
                        bool all_suppressed);

/* The visible findings of set in (doc_a, line_a, col_a, id) order, without
 * reordering the set itself.  Caller frees the array with cc_xfree. */
const cc_finding **cc__report_sorted(const cc_findings *set,
                                     const cc_report_opts *opts,
                                     bool all_suppressed, size_t *n);

const char *cc__report_version(const cc_report_opts *opts);

/* Append s with every run of whitespace made one space, ends trimmed, and
 * invalid UTF-8 and control characters (C0, DEL, C1: ESC could drive a
 * terminal) replaced by U+FFFD.  max_bytes > 0 cuts at a UTF-8 boundary and appends "...". */
void cc__report_clean(cc_buf *out, const char *s, size_t max_bytes);

/* Append s with invalid UTF-8 and control characters replaced by U+FFFD,
 * nothing else changed (paths, rule ids in terminal-bound formats). */
void cc__report_safe(cc_buf *out, const char *s);

/* Append s with every invalid UTF-8 sequence replaced by U+FFFD (JSON and
 * XML must be valid UTF-8 whatever a caller hands us). */
void cc__report_utf8(cc_buf *out, const char *s);

/* Does the finding have a second side? */
bool cc__report_has_b(const cc_finding *f);
/* One finding as the `json` report's object (a new reference, jansson's
 * json_t); the jsonl writer must produce its compact dump byte for byte,
 * which test_finding_jsonl checks. */
struct json_t;
struct json_t *cc__report_finding_json(const cc_finding *f);

/* The names of the documents, sorted and distinct: opts->docs and the
 * doc_a of the visible findings.  Array owned by the caller (the strings
 * are not copied); *n its length. */
const char **cc__report_docs(const cc_finding **sorted, size_t nsorted,
                             const cc_report_opts *opts, size_t *n);

int cc__report_text(cc_out *out, const cc_findings *set,
                    const cc_report_opts *opts);
int cc__report_csv(cc_out *out, const cc_findings *set,
                   const cc_report_opts *opts);
int cc__report_json(cc_out *out, const cc_findings *set,
                    const cc_report_opts *opts);
int cc__report_jsonl(cc_out *out, const cc_findings *set,
                     const cc_report_opts *opts);
int cc__report_sarif(cc_out *out, const cc_findings *set,
                     const cc_report_opts *opts);
int cc__report_github(cc_out *out, const cc_findings *set,
                      const cc_report_opts *opts);
int cc__report_junit(cc_out *out, const cc_findings *set,
                     const cc_report_opts *opts);

#endif
