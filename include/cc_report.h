/* cc_report.h - report writers, the summary line and the CI gate.
 *
 * One table maps a format name to its writer (cc_report_formats):
 *
 *   text    compiler style "file:line:col: severity: message [rule]", then
 *           the quoted sentence of each side, indented; grouped per
 *           document; a final summary line.  ANSI colour only when
 *           opts->color (the CLI decides: a terminal and no NO_COLOR).
 *   csv     RFC 4180 (libcsv, CRLF line ends), UTF-8, a header row with
 *           exactly cc_report_csv_columns (plain), then rows with every
 *           cell quoted.  Cells a spreadsheet would read as a formula are
 *           neutralized (below).
 *   json    one object: tool, version, summary, findings[] (jansson).
 *   jsonl   one finding object per line, the same fields as json.
 *   sarif   SARIF 2.1.0, one run, rules, results, partial fingerprints.
 *   github  GitHub Actions workflow commands (::error file=...::message).
 *   junit   JUnit XML: a test case per document, a failure per finding.
 *
 * Output is deterministic: findings are written in (doc_a, line_a, col_a,
 * id) order whatever the order of the set, and no format carries a time
 * stamp (none requires one).  The tool version appears in json and sarif;
 * golden tests pin it with opts->tool_version.
 *
 * CSV injection (OWASP "CSV Injection"): article text is written by anyone,
 * and a cell such as =HYPERLINK("http://x", "click") runs when the report is
 * opened.  A cell that starts with = + - @ TAB CR or LF, or with spaces
 * followed by one of those, or with a full-width ＝ ＋ － ＠, gets a single
 * quote (') prepended, so spreadsheets show it as text.  Every data cell is
 * also enclosed in double quotes with inner double quotes doubled, so a comma or
 * semicolon inside a quote cannot start a new cell.  The guard applies to
 * every column (a value such as "-5" is written '-5).  Reading a CSV back
 * does not strip the quote: writing it again is then a no-op, so a
 * reviewed file is stable across round trips.
 */
#ifndef CC_REPORT_H
#define CC_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "cc_check.h"
#include "cc_io.h"
#include "cc_util.h"

/* Which findings a writer shows, and what it needs to know about the run.
 * Unsuppressed discrepancies are always shown.  The summary line counts
 * every finding in the set whatever these flags say. */
typedef struct cc_report_opts {
  bool color;             /* text: ANSI colours */
  bool show_consistent;   /* include consistent findings */
  bool show_unverifiable; /* include unverifiable findings */
  bool show_suppressed;   /* text, github, junit: include findings a
                             baseline or an inline comment suppressed.
                             csv, json, jsonl and sarif always include
                             them, with their status (SARIF: a
                             suppression), because the CSV is what
                             reviewers edit */
  /* The documents checked: junit makes a test case of each (so a clean
   * document is a passing test), the summary counts them.  NULL: the
   * documents named by the findings; then ndocs, when not 0, still gives
   * the count for the summary. */
  const char *const *docs;
  size_t ndocs;
  /* The docs are only those with claims (check --claims: a document
   * without claims leaves no row in the claims CSV): the summary says
   * "documents with claims". */
  bool docs_with_claims;
  const char *tool_version; /* NULL: CC_VERSION (or "0") */
  /* junit: the discrepancies that fail (unsuppressed, at or above it;
   * CC_SEV_NONE: none); the others pass with their text as output */
  cc_severity fail_on;
  /* review merge (--update with check --partition K/N): a row whose key
   * is outside partition K is another partition's, kept as it is, not
   * marked gone (partition_n 0: no partition) */
  int partition_k, partition_n;
} cc_report_opts;

/* Writes the report for the findings in set to out.  Errors are recorded in
 * out (sticky) and surface at cc_out_close(); the return value is 0, or -1
 * when out has failed. */
typedef int (*cc_report_fn)(cc_out *out, const cc_findings *set,
                            const cc_report_opts *opts);

typedef struct cc_report_format {
  const char *name;
  cc_report_fn write;
  const char *help; /* one line, for --help and the man page */
} cc_report_format;

/* The table, ending with a {NULL, NULL, NULL} row. */
extern const cc_report_format cc_report_formats[];

/* Look a format up by name (case-sensitive); NULL when unknown. */
const cc_report_format *cc_report_format_find(const char *name);

/* Write set in format name.  Fails (-1, err "unknown report format 'x'
 * (expected text, csv, ...)") for an unknown name, or when out has failed
 * (err then holds out's error, as cc_out_error words it); the caller then
 * discards out with cc_out_abort(). */
int cc_report_write(cc_out *out, const char *format, const cc_findings *set,
                    const cc_report_opts *opts, cc_err *err);

/* ---- summary and gate ---------------------------------------------------------- */

typedef struct cc_report_counts {
  size_t discrepancies;          /* unsuppressed */
  size_t by_severity[3];         /* unsuppressed discrepancies: info,
                                    warning, error */
  size_t consistent, unverifiable;
  size_t suppressed;             /* suppressed discrepancies */
  size_t documents;
} cc_report_counts;

void cc_report_count(const cc_findings *set, const cc_report_opts *opts,
                     cc_report_counts *out);

/* Appends (no newline) "N discrepancies (E errors, W warnings, I info),
 * C consistent, U unverifiable in D documents", singular where a count is 1
 * ("1 discrepancy", "1 error", "1 document"), followed by " (S suppressed)"
 * when a review suppressed any. */
void cc_report_summary(const cc_findings *set, const cc_report_opts *opts,
                       cc_buf *line);

/* 1 when an unsuppressed discrepancy has severity >= fail_on, else 0.
 * fail_on CC_SEV_NONE never fails. */
int cc_report_gate(const cc_findings *set, cc_severity fail_on);

/* "DIR/YYYYMMDDTHHMMSSZ.EXT" for now (UTC) into out: the default name of
 * `--report`.  now is a parameter so tests can pin it.  Returns -1 when it
 * does not fit in n bytes. */
int cc_report_default_path(const char *dir, const char *ext, time_t now,
                           char *out, size_t n);

/* ---- CSV pieces shared with the review module ----------------------------------- */

#define CC_REPORT_CSV_NCOLS 18
/* id,severity,verdict,rule,key,message,doc_a,line_a,col_a,quote_a,value_a,
 * doc_b,line_b,col_b,quote_b,value_b,status,note */
extern const char *const cc_report_csv_columns[CC_REPORT_CSV_NCOLS];

enum {
  CC_COL_ID, CC_COL_SEVERITY, CC_COL_VERDICT, CC_COL_RULE, CC_COL_KEY,
  CC_COL_MESSAGE, CC_COL_DOC_A, CC_COL_LINE_A, CC_COL_COL_A, CC_COL_QUOTE_A,
  CC_COL_VALUE_A, CC_COL_DOC_B, CC_COL_LINE_B, CC_COL_COL_B, CC_COL_QUOTE_B,
  CC_COL_VALUE_B, CC_COL_STATUS, CC_COL_NOTE
};

/* The header row: the column names, unquoted, CRLF. */
void cc_report_csv_header(cc_out *out);

/* True when a spreadsheet could read cell as a formula (see above). */
bool cc_report_csv_needs_guard(const char *cell);

/* Write one CSV record of n cells (NULL counts as "") with the guard and
 * CRLF.  Returns like cc_out_write. */
int cc_report_csv_row(cc_out *out, const char *const *cells, size_t n);

/* The 18 cells of f, in column order, each a new string (quotes with their
 * whitespace collapsed to single spaces; side b's cells empty when the
 * finding has one side).  Free them with cc_report_csv_cells_free(). */
void cc_report_csv_cells(const cc_finding *f,
                         char *cells[CC_REPORT_CSV_NCOLS]);
void cc_report_csv_cells_free(char *cells[CC_REPORT_CSV_NCOLS]);

#endif
