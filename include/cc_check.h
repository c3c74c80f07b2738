/* cc_check.h - the check catalog: compare claims, produce findings.
 *
 * Claims are grouped by key in a hash table and compared within a group by
 * sorting intervals (no all-pairs over the corpus).  Every finding explains
 * itself with the arithmetic that produced both values.
 */
#ifndef CC_CHECK_H
#define CC_CHECK_H

#include <stdbool.h>
#include <stdint.h>

#include "cc_claim.h"
#include "cc_util.h"

struct cc_lexicon;

typedef enum cc_verdict {
  CC_VERDICT_DISCREPANCY,
  CC_VERDICT_CONSISTENT,
  CC_VERDICT_UNVERIFIABLE
} cc_verdict;

/* Ordered: a gate at WARNING fails on WARNING and ERROR. */
typedef enum cc_severity {
  CC_SEV_INFO = 0,
  CC_SEV_WARNING = 1,
  CC_SEV_ERROR = 2,
  CC_SEV_NONE = 3 /* only as a --fail-on level: never fail */
} cc_severity;

typedef struct cc_side {
  const char *doc;       /* path, "" when the finding has one side */
  uint32_t doc_index;
  uint32_t line, col;
  uint32_t start, end;   /* bytes of the mention */
  const char *quote;     /* the sentence */
  const char *text;      /* the mention as written */
  const char *value;     /* normalized value */
} cc_side;

/* The small fields come first so the struct has no holes (a run over an
 * archive holds a finding per compared group). */
typedef struct cc_finding {
  char id[17];           /* 16 hex digits */
  uint8_t verdict;       /* cc_verdict */
  uint8_t severity;      /* cc_severity */
  bool suppressed;       /* filled by review/suppression */
  bool in_source;        /* suppressed by a comment in the article (SARIF
                            kind inSource), not by a review file */
  uint32_t agree;        /* outlets that agree (consistent findings) */
  const char *check;     /* catalog entry: "zone_pair", "same_fact", ... */
  const char *rule;      /* rule id (check name plus the claim's rule) */
  const char *key;
  const char *message;   /* one line, with the arithmetic */
  cc_side a, b;
  /* filled by review/suppression, not by checks */
  const char *status;    /* "" or confirmed/false_positive/fixed/accepted */
  const char *note;
} cc_finding;

typedef struct cc_findings cc_findings;

cc_findings *cc_findings_new(void);
void cc_findings_free(cc_findings **f);
size_t cc_findings_count(const cc_findings *f);
cc_finding *cc_findings_at(const cc_findings *f, size_t i);
/* Copy f's strings into the set; computes the id from check, rule, key and
 * the normalized quotes of both sides when f->id is empty. */
cc_finding *cc_findings_add(cc_findings *set, const cc_finding *f);
/* A copy of s that lives as long as set (a baseline's note, read from a
 * file freed before the report). */
const char *cc_findings_keep(cc_findings *set, const char *s);
/* While on, cc_findings_add keeps f->key and both sides' doc, quote and
 * text as given instead of copying them: the caller keeps those strings
 * alive as long as the set.  Other strings are always copied.  Returns
 * the previous setting (off in a new set). */
bool cc_findings_borrow(cc_findings *set, bool on);
/* Findings whose verdict is in mask (bits 1 << CC_VERDICT_...) are counted
 * by cc_findings_add but not kept (it returns NULL for them): a report
 * that shows only discrepancies needs no record of the consistent groups,
 * which are most findings of a large run.  Off (0) in a new set. */
void cc_findings_tally_only(cc_findings *set, unsigned mask);
/* True when findings of verdict v are counted but not kept: a check may
 * then skip writing their message. */
bool cc_findings_counts_only(const cc_findings *set, cc_verdict v);
/* How many findings of verdict v were counted but not kept. */
size_t cc_findings_tallied(const cc_findings *set, cc_verdict v);
/* Sort by (doc_a, line_a, col_a, id). */
void cc_findings_sort(cc_findings *set);
/* Stable id, 16 hex digits, the first a letter (a spreadsheet keeps it
 * as text): a hash of the check, the key, the verdict and, for a finding
 * between two claims, their two values; for a finding on one claim, its
 * article's file name and its quote and mention with whitespace collapsed
 * and case folded.  Never line numbers. */
void cc_finding_make_id(const cc_finding *f, char out[17]);
/* The id of earlier releases (rule, key, verdict and both sides' quotes),
 * by which review files they wrote are still matched. */
void cc_finding_legacy_id(const cc_finding *f, char out[17]);

/* Names: "discrepancy", "consistent", "unverifiable"; "info", "warning",
 * "error", "none".  Parsers are case-insensitive and return false on an
 * unknown name (cc_severity_parse also takes SARIF's "note" for info). */
const char *cc_verdict_name(cc_verdict v);
bool cc_verdict_parse(const char *s, cc_verdict *out);
const char *cc_severity_name(cc_severity s);
bool cc_severity_parse(const char *s, cc_severity *out);

typedef struct cc_check_opts {
  bool infer_dates;    /* infer missing doc dates from the corpus: the
                          article's latest explicit date, else the latest
                          publication date in the corpus, else the latest
                          explicit date; explanations say "inferred" */
  int partition_k, partition_n; /* check only keys with hash % n == k;
                                   n == 0: all (an out-of-range k: all).
                                   Name variants compare across keys, so
                                   they run in the partition of their
                                   frame name ("person.name"); parts and
                                   totals in the partition of the total's
                                   key. */
  bool one_story;      /* a subject "story" means one event for the whole
                          run; by default it means one event per folder,
                          so an archive of stories (one folder each) is
                          not compared across stories */
  bool borrow_strings; /* findings keep pointers to the claims' strings
                          (key, and each side's doc, quote and text)
                          instead of copies: the claim store must then
                          outlive the findings.  Saves the copies on a
                          large run (cc_findings_borrow). */
  int jobs;            /* threads for the checks (the caller's is one of
                          them); 0 or 1: the caller's only.  The findings
                          are the same for any number */
  const struct cc_lexicon *lexicon; /* its places (column in) and nations
                          say which place contains which, so that an
                          article's city and another's country count as
                          one place when articles are told apart as
                          stories; NULL: no places known */
} cc_check_opts;

/* ---- check settings (rules/checks.csv) -------------------------------- */

/* Settings of one frame.  A row whose frame ends in '*' is a prefix
 * default ("count.*"); the longest matching prefix wins over the built-in
 * defaults of the value kind. */
typedef struct cc_check_frame {
  const char *frame;
  uint8_t vkind;          /* cc_vkind */
  bool single;            /* one true value: disjoint claims disagree */
  double tolerance;       /* absolute slack in the value's unit */
  double rel_tolerance;   /* relative slack (0.05 = 5%) */
  uint8_t severity;       /* cc_severity of a discrepancy in one article */
  uint8_t cross_severity; /* ... across outlets */
  const char *parts;      /* "toll.dead+toll.injured": this frame is their
                             total (same subject and object, one article);
                             "whole:100": claims of this frame in one
                             sentence are shares of one whole; "" none */
  const char *check;      /* catalog name of findings on a derived or
                             relative value of this frame ("elapsed_time",
                             "age_birth"); "" for "relative_date"; and of
                             every finding on a rate ("exchange_rate") */
  const char *description;
  bool article_only;      /* scope "article": claims are compared inside
                             one article only (a spokesman's briefings on
                             two days are two briefings, not a
                             disagreement between outlets) */
  bool rises;             /* trend "rises": a count that grows as a story
                             goes on (a toll): a later article's higher
                             figure is told as info, not a disagreement */
  double raise_after;     /* raise_after: two values further apart than
                             this (the value's unit; seconds for times)
                             are a discrepancy one severity higher ("since
                             1988" against "in 30 years" is no rounding);
                             0: never */
} cc_check_frame;

typedef struct cc_check_config cc_check_config;

/* The checks a finding's check column may name ("same_fact", "zone_pair",
 * ...): the i-th, or NULL past the last.  One list for checks.csv's check
 * column and the names a disable comment may give. */
const char *cc_check_name_at(size_t i);
/* Whether s[0..n) is one of them. */
bool cc_check_name_known(const char *s, size_t n);

/* Read rules_dir/checks.csv (libcsv).  Columns, with a header row:
 * frame,vkind,single,tolerance,rel_tolerance,severity,cross_severity,parts,
 * check,description,scope,trend,raise_after (vkind, tolerances,
 * cross_severity, parts, check, description, scope, trend and raise_after
 * may be left out; scope is "all" (the default) or "article"; trend is ""
 * or "rises"; raise_after is "", a number, or a number and a time unit
 * (s, min, h, d, w, y: "2y"); a frame starting with '#'
 * is a comment).
 * Fails with "DIR/checks.csv:ROW: column 'x': message" on a bad row; a
 * missing file is an error too (the rules folder is incomplete).  The
 * caller frees *out with cc_check_config_free. */
int cc_check_config_load(const char *rules_dir, cc_check_config **out,
                         cc_err *err);
/* Parse the same table from memory; name is used in messages. */
int cc_check_config_parse(const char *name, const char *src, size_t len,
                          cc_check_config **out, cc_err *err);
/* Read a table of currencies' bounds against the US dollar (the format of
 * rules/rates.csv: code,low,high,from,to,name; low and high in units to
 * one dollar, from and to years or empty) into cfg, replacing any read
 * before.  cc_check_config_load reads rules_dir/rates.csv when it exists.
 * On a bad row fails with "NAME:ROW: column 'x': message" and leaves cfg
 * as it was. */
int cc_check_config_parse_rates(cc_check_config *cfg, const char *name,
                                const char *src, size_t len, cc_err *err);
/* The bounds of currency code (ISO 4217) against the dollar for an
 * article of the given year (0: unknown: the bounds of all its eras
 * together, for a currency still in use): its name (owned by cfg), with *low and *high set; NULL
 * when the table has none (cfg may be NULL). */
const char *cc_check_config_rate_bounds(const cc_check_config *cfg,
                                        const char *code, int year,
                                        double *low, double *high);
/* Built-in defaults only (no file); never fails. */
cc_check_config *cc_check_config_default(void);
/* NULL-safe; clears *c. */
void cc_check_config_free(cc_check_config **c);
/* Settings for a frame: the exact row, else the longest prefix row, else
 * a built-in default for vkind.  Never NULL; owned by the config (cfg may
 * be NULL: built-in defaults). */
const cc_check_frame *cc_check_config_frame(const cc_check_config *cfg,
                                            const char *frame,
                                            cc_vkind vkind);
size_t cc_check_config_count(const cc_check_config *cfg);
const cc_check_frame *cc_check_config_at(const cc_check_config *cfg,
                                         size_t i);

/* True when key falls in partition k of n (hash % n == k); n == 0: all. */
bool cc_check_key_in_partition(const char *key, int k, int n);

/* Run every check over the claims with the settings in cfg (NULL: the
 * built-in defaults).  Findings of every verdict are added to out (and out
 * is sorted); the caller filters.  opts may be NULL.  The claims are not
 * modified.  The findings do not depend on the order of the claims in the
 * store or on doc_index (so shards read back with --claims give the same
 * findings as one run), and cost is O(n log n) in the claims.  Never
 * fails. */
void cc_check_run(const cc_claim_store *claims, const cc_check_config *cfg,
                  const cc_check_opts *opts, cc_findings *out);
/* The same over a set of kept claims (cc_claim_set_new: what a run keeps
 * in memory).  With opts->borrow_strings the set must outlive out. */
void cc_check_run_set(const cc_claim_set *claims, const cc_check_config *cfg,
                      const cc_check_opts *opts, cc_findings *out);

#endif
