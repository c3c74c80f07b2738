/* main.c - the claimcheck command line: option parsing, files, formats.
 * All of the work is in the library; this file only wires it up. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "cc_check.h"
#include "cc_engine.h"
#include "cc_extract.h"
#include "cc_io.h"
#include "cc_report.h"
#include "cc_review.h"
#include "cc_time.h"

#ifndef CC_VERSION
#define CC_VERSION "0"
#endif

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2 };

/* ---- options shared by the subcommands ------------------------------------ */

typedef struct S_opts {
  const char *rules_dir;
  const char *manifest;
  const char *format;
  const char *output;      /* -o FILE (NULL for "-o -": stdout) */
  bool output_dash;        /* -o - was given */
  const char *baseline;
  const char *update;
  const char *show;        /* discrepancies | all */
  bool report;             /* --report: reports/<timestamp>.csv */
  bool claims_mode;        /* extract --claims / check --claims */
  bool quiet, infer_dates, lint, list, per_folder;
  bool no_folder_manifests; /* --no-folder-manifests */
  int color;               /* -1 auto, 0 never, 1 always */
  int jobs;
  int part_k, part_n;
  int64_t date;
  bool has_date;
  cc_severity fail_on;
  cc_bad_utf8 bad_utf8;
  cc_limits limits;
  char **paths;
  int npaths;
  uint64_t given; /* the value options given (S_check_value's bits) */
} S_opts;

static void S_die_usage(const char *cmd, const char *fmt, ...)
    CC_PRINTF(2, 3);
static void S_die_usage(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char msg[4096]; /* (a message naming a path: cut only past this) */
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  fprintf(stderr, "claimcheck%s%s: ", cmd ? " " : "", cmd ? cmd : "");
  cc_fputs_shown(msg, stderr);
  fprintf(stderr, "\nTry 'claimcheck %s%s--help' for more information.\n",
          cmd ? cmd : "", cmd ? " " : "");
  exit(EXIT_USAGE);
}

static int S_fail(const cc_err *err) {
  fputs("claimcheck: ", stderr);
  cc_fputs_shown(err->msg, stderr); /* (it may name a file) */
  fputc('\n', stderr);
  return EXIT_USAGE;
}

/* stdout is checked once, on the way out: printf's errors are only
 * sticky, and a help text or a rules list lost to a full disk or a closed
 * pipe must not pass for success.  A command that already reported its
 * own error (exit 2) is not reported twice. */
static int S_finish_stdout(int rc) {
  errno = 0;
  if (fflush(stdout) == 0 && !ferror(stdout))
    return rc;
  /* a write that failed earlier left its error flag and nothing to
   * flush, so errno says nothing: an empty write asks the descriptor
   * again (a full device, a closed pipe answer it; a test of output
   * sizes found the reason missing when the failed write had emptied
   * the buffer) */
  if (errno == 0 && write(fileno(stdout), "", 0) == 0)
    errno = 0; /* (the descriptor takes writes again: no reason known) */
  if (rc != EXIT_USAGE)
    fprintf(stderr, "claimcheck: <stdout>: write error%s%s\n",
            errno ? ": " : "", errno ? strerror(errno) : "");
  return EXIT_USAGE;
}

static const char S_usage[] =
    "Usage: claimcheck COMMAND [OPTIONS] PATH...\n"
    "\n"
    "Check the factual claims of news articles against each other.\n"
    "\n"
    "Commands:\n"
    "  check     find discrepancies between claims (the main job)\n"
    "  extract   print every recognized mention, or the claims (--claims)\n"
    "  rules     lint (--lint [DIR]) or list (--list [DIR]) a rules folder\n"
    "  review    summarize a reviewed CSV report: statuses and precision\n"
    "\n"
    "PATH is a file, a directory (searched for .txt and .md) or - (stdin).\n"
    "Options may come before or after the PATHs; -- ends the options.\n"
    "Run 'claimcheck COMMAND --help' for the options of a command;\n"
    "'claimcheck --version' prints the version.\n"
    "\n"
    "Exit status: 0 nothing at or above --fail-on; 1 findings at or above\n"
    "it; 2 usage, input or rule error.\n";

static const char S_common_help[] =
    "Input:\n"
    "  --date YYYY-MM-DD      publication date of documents that lack one\n"
    "  --manifest FILE.csv    metadata: path,date,source,place,timezone\n"
    "                         (without it, each folder's own manifest.csv)\n"
    "  --no-folder-manifests  do not read folders' manifest.csv files\n"
    "  --rules DIR            rules folder (default: installed, then ./rules)\n"
    "  --invalid-utf8 MODE    error (default), skip the file (binary\n"
    "                         ones too) or replace bad bytes\n"
    "  --jobs N               threads (default: one per core)\n"
    "  --max-file-size BYTES  refuse larger files (default 64 MiB)\n"
    "  --max-sentence-tokens N  split longer sentences (default 2000)\n"
    "  --max-mentions N       mentions kept per sentence (default 256)\n";

static const char S_check_help[] =
    "Usage: claimcheck check [OPTIONS] PATH...\n"
    "       claimcheck check --claims CLAIMS.csv...\n"
    "\n"
    "Compare the claims of the articles and report discrepancies.\n"
    "\n"
    "Output: the report goes to stdout; the summary line goes to stderr\n"
    "(unless it ends a text report on stdout), as do warnings and progress.\n"
    "  --format FMT     text (default; csv with --report), csv, json,\n"
    "                   jsonl, sarif, github, junit\n"
    "  -o, --output F   write the report to F atomically (- is stdout);\n"
    "                   without --format, F's extension picks it: .csv,\n"
    "                   .json, .jsonl, .sarif, .xml (junit), .txt\n"
    "  --report         write a new reports/<UTC time>.csv (.FMT with\n"
    "                   --format, .txt for text; -2, -3... if taken)\n"
    "  --show WHAT      discrepancies (default) or all\n"
    "  --color WHEN     auto (default; honours NO_COLOR), always, never\n"
    "  -q, --quiet      no report on stdout (a file from -o or --report\n"
    "                   is still written), no progress line: only the\n"
    "                   summary line, on stderr (and the name --report\n"
    "                   chose)\n"
    "Gate and review:\n"
    "  --fail-on LEVEL  error (default), warning, info or none\n"
    "  --baseline F.csv suppress findings reviewed in F (non-empty status)\n"
    "  --update F.csv   merge this run's findings into F, keeping edits\n"
    "Scale:\n"
    "  --claims         PATHs are claim CSVs from 'extract --claims'\n"
    "  --partition K/N  check only claim keys in partition K of N\n"
    "  --infer-dates    date an article without a publication date by its\n"
    "                   own latest explicit date, else the corpus's latest\n"
    "  --story-per-folder  an archive: each folder is a different story, so\n"
    "                   story-level facts are compared only within a folder\n";

static const char S_extract_help[] =
    "Usage: claimcheck extract [OPTIONS] PATH...\n"
    "\n"
    "Print one record per recognized mention (number, ordinal, percent,\n"
    "money, date, time, datetime, duration, set, quantity), or with\n"
    "--claims the keyed claims the rules make of them.\n"
    "\n"
    "  --format FMT     jsonl (default; json is the same), csv or text;\n"
    "                   with --claims, csv (default) or jsonl\n"
    "  --claims         print claims instead of mentions\n"
    "  -o, --output F   write to F atomically (- is stdout); without\n"
    "                   --format, F's extension picks it (.csv, .jsonl,\n"
    "                   .txt)\n"
    "  -q, --quiet      no progress line\n";

static const char S_rules_help[] =
    "Usage: claimcheck rules --lint [DIR]\n"
    "       claimcheck rules --list [DIR | --rules DIR]\n"
    "\n"
    "  --lint [DIR]  check a rules folder; report the first error as\n"
    "                FILE:LINE:COL: message and exit 2; warnings (a slow\n"
    "                pattern, a frame spelled almost like one in\n"
    "                checks.csv) leave the exit status 0\n"
    "  --list [DIR]  print each rule's id, frame and description\n";

static const char S_review_help[] =
    "Usage: claimcheck review REVIEWED.csv\n"
    "\n"
    "Count findings per status and print each rule's precision as judged\n"
    "by the reviewers: confirmed / (confirmed + false_positive).\n";

enum {
  O_DATE = 256, O_MANIFEST, O_RULES, O_FORMAT, O_SHOW, O_REPORT, O_BASELINE,
  O_UPDATE, O_FAIL_ON, O_CLAIMS, O_PARTITION, O_INFER, O_JOBS, O_COLOR,
  O_LINT, O_LIST, O_PERFOLDER, O_MAXFILE, O_MAXSENT, O_MAXMENT, O_BADUTF8, O_HELP,
  O_NOFOLDERMAN
};

static const struct option S_longopts[] = {
    {"date", required_argument, 0, O_DATE},
    {"manifest", required_argument, 0, O_MANIFEST},
    {"rules", required_argument, 0, O_RULES},
    {"format", required_argument, 0, O_FORMAT},
    {"output", required_argument, 0, 'o'},
    {"show", required_argument, 0, O_SHOW},
    {"report", no_argument, 0, O_REPORT},
    {"baseline", required_argument, 0, O_BASELINE},
    {"update", required_argument, 0, O_UPDATE},
    {"fail-on", required_argument, 0, O_FAIL_ON},
    {"claims", no_argument, 0, O_CLAIMS},
    {"partition", required_argument, 0, O_PARTITION},
    {"infer-dates", no_argument, 0, O_INFER},
    {"jobs", required_argument, 0, O_JOBS},
    {"color", required_argument, 0, O_COLOR},
    {"colour", required_argument, 0, O_COLOR},
    {"quiet", no_argument, 0, 'q'},
    {"lint", no_argument, 0, O_LINT},
    {"list", no_argument, 0, O_LIST},
    {"story-per-folder", no_argument, 0, O_PERFOLDER},
    {"no-folder-manifests", no_argument, 0, O_NOFOLDERMAN},
    {"max-file-size", required_argument, 0, O_MAXFILE},
    {"max-sentence-tokens", required_argument, 0, O_MAXSENT},
    {"max-mentions", required_argument, 0, O_MAXMENT},
    {"invalid-utf8", required_argument, 0, O_BADUTF8},
    {"help", no_argument, 0, O_HELP},
    {0, 0, 0, 0}};

/* Which commands take each option: one the command does not use is an
 * error, not silently ignored ("extract --update x.csv" would otherwise
 * look as if it had updated x.csv). */
enum { C_CHECK = 1, C_EXTRACT = 2, C_RULES = 4, C_REVIEW = 8 };

static unsigned S_cmd_bit(const char *cmd) {
  if (strcmp(cmd, "check") == 0) return C_CHECK;
  if (strcmp(cmd, "extract") == 0) return C_EXTRACT;
  if (strcmp(cmd, "rules") == 0) return C_RULES;
  return C_REVIEW;
}

static unsigned S_option_cmds(int c) {
  switch (c) {
  case 'h': case O_HELP: return C_CHECK | C_EXTRACT | C_RULES | C_REVIEW;
  case O_RULES: return C_CHECK | C_EXTRACT | C_RULES;
  case O_LINT: case O_LIST: return C_RULES;
  case O_SHOW: case O_REPORT: case O_BASELINE: case O_UPDATE: case O_FAIL_ON:
  case O_PARTITION: case O_INFER: case O_PERFOLDER: case O_COLOR:
    return C_CHECK;
  default: return C_CHECK | C_EXTRACT; /* input and output options */
  }
}

/* Refuse option c (S_longopts[longindex], or a short one when -1) when
 * cmd does not use it, naming it as the user wrote it. */
static void S_check_applies(const char *cmd, int c, int longindex) {
  if (S_option_cmds(c) & S_cmd_bit(cmd))
    return;
  if (longindex >= 0)
    S_die_usage(cmd, "--%s does not apply to '%s'",
                S_longopts[longindex].name, cmd);
  S_die_usage(cmd, "-%c does not apply to '%s'", c, cmd);
}

static long S_number(const char *cmd, const char *opt, const char *s,
                     long min, long max) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end || end == s || v < min || v > max)
    S_die_usage(cmd, "%s: expected a whole number from %ld to %ld, got '%s'",
                opt, min, max, s);
  return v;
}

static bool S_is_command(const char *cmd);

static void S_help(const char *cmd) {
  if (!S_is_command(cmd))
    S_die_usage(NULL, "help: unknown command '%s' (expected check, extract, "
                      "rules or review)", cmd);
  if (strcmp(cmd, "check") == 0)
    printf("%s\n%s", S_check_help, S_common_help);
  else if (strcmp(cmd, "extract") == 0)
    printf("%s\n%s", S_extract_help, S_common_help);
  else if (strcmp(cmd, "rules") == 0)
    printf("%s\n%s", S_rules_help, "  --rules DIR   the folder to list\n");
  else
    printf("%s", S_review_help);
  exit(S_finish_stdout(EXIT_OK));
}

/* K/N: two whole numbers and nothing else ("1/4x" and "1/4/9" are
 * typos that would check the wrong share of the keys). */
static void S_parse_partition(S_opts *o, const char *cmd, const char *s) {
  char *end;
  errno = 0;
  long k = strtol(s, &end, 10), n = -1;
  if (end != s && *end == '/' && end[1] >= '0' && end[1] <= '9') {
    const char *ns = end + 1;
    n = strtol(ns, &end, 10);
  }
  if (errno || *end || s[0] < '0' || s[0] > '9' || n < 1 || n > INT_MAX ||
      k >= n)
    S_die_usage(cmd, "--partition: expected K/N with 0 <= K < N, got '%s'",
                s);
  o->part_k = (int)k;
  o->part_n = (int)n;
}

static void S_parse_value(S_opts *o, const char *cmd, int c) {
  switch (c) {
  case O_DATE:
    if (!cc_parse_iso_date(optarg, &o->date))
      S_die_usage(cmd, "--date: expected YYYY-MM-DD (a real calendar date), "
                       "got '%s'", optarg);
    o->has_date = true;
    break;
  case O_MANIFEST: o->manifest = optarg; break;
  case O_RULES: o->rules_dir = optarg; break;
  case O_FORMAT: o->format = optarg; break;
  case 'o': o->output = optarg; break;
  case O_SHOW:
    if (strcmp(optarg, "discrepancies") && strcmp(optarg, "all"))
      S_die_usage(cmd, "--show: expected discrepancies or all, got '%s'",
                  optarg);
    o->show = optarg;
    break;
  case O_BASELINE: o->baseline = optarg; break;
  case O_UPDATE: o->update = optarg; break;
  case O_FAIL_ON:
    if (!cc_severity_parse(optarg, &o->fail_on))
      S_die_usage(cmd, "--fail-on: expected error, warning, info or none, "
                       "got '%s'", optarg);
    break;
  case O_PARTITION: S_parse_partition(o, cmd, optarg); break;
  case O_JOBS: o->jobs = (int)S_number(cmd, "--jobs", optarg, 1, 256); break;
  case O_COLOR:
    if (strcmp(optarg, "auto") == 0) o->color = -1;
    else if (strcmp(optarg, "always") == 0) o->color = 1;
    else if (strcmp(optarg, "never") == 0) o->color = 0;
    else S_die_usage(cmd, "--color: expected auto, always or never, got "
                          "'%s'", optarg);
    break;
  case O_MAXFILE:
    o->limits.max_file_bytes =
        (size_t)S_number(cmd, "--max-file-size", optarg, 1, LONG_MAX);
    break;
  case O_MAXSENT:
    o->limits.max_sentence_tokens = (uint32_t)S_number(
        cmd, "--max-sentence-tokens", optarg, 8, 1000000);
    break;
  case O_MAXMENT:
    o->limits.max_mentions_per_sentence =
        (uint32_t)S_number(cmd, "--max-mentions", optarg, 1, 1000000);
    break;
  case O_BADUTF8:
    if (strcmp(optarg, "error") == 0) o->bad_utf8 = CC_BAD_UTF8_ERROR;
    else if (strcmp(optarg, "skip") == 0) o->bad_utf8 = CC_BAD_UTF8_SKIP;
    else if (strcmp(optarg, "replace") == 0) o->bad_utf8 = CC_BAD_UTF8_REPLACE;
    else S_die_usage(cmd, "--invalid-utf8: expected error, skip or "
                          "replace, got '%s'", optarg);
    break;
  }
}

/* An option's name as the user wrote it: "--update", "-o". */
static void S_opt_name(int c, int li, char *buf, size_t n) {
  if (li >= 0)
    snprintf(buf, n, "--%s", S_longopts[li].name);
  else
    snprintf(buf, n, "-%c", c);
}

/* A value option's value: one that looks like an option ("--update
 * --fail-on warning" took "--fail-on" as the file) is refused, and so is
 * a second use of the option (the last one would silently win). */
static void S_check_value(const char *cmd, int c, int li, uint64_t *seen) {
  char name[40];
  S_opt_name(c, li, name, sizeof name);
  bool file = c == 'o' || c == O_MANIFEST || c == O_RULES ||
              c == O_BASELINE || c == O_UPDATE;
  if (strncmp(optarg, "--", 2) == 0 && optarg[2] && file)
    S_die_usage(cmd, "%s needs a FILE; got the option %s (a file whose "
                     "name starts with '--' is given as ./%s)",
                name, optarg, optarg);
  if (strncmp(optarg, "--", 2) == 0 && optarg[2])
    S_die_usage(cmd, "%s needs a value; got the option %s", name, optarg);
  int bit = c == 'o' ? 0 : c - O_DATE + 1;
  if (bit >= 0 && bit < 64 && (*seen >> bit & 1))
    S_die_usage(cmd, "%s given twice: give it once", name);
  if (bit >= 0 && bit < 64)
    *seen |= UINT64_C(1) << bit;
}

static void S_parse(S_opts *o, const char *cmd, int argc, char **argv) {
  memset(o, 0, sizeof *o);
  o->fail_on = CC_SEV_ERROR;
  o->color = -1;
  o->part_n = 0;
  optind = 1;
  opterr = 0;
  /* Options may follow the PATHs, as in GNU tools ("check ex --format
   * csv"); "--" ends the options.  The leading '-' makes getopt hand each
   * PATH back in place (as code 1) whatever POSIXLY_CORRECT says, and the
   * PATHs are gathered at the front of argv, in slots getopt has already
   * passed, so nothing is allocated. */
  int c, np = 1, li = -1;
  uint64_t seen = 0; /* the value options given (S_check_value) */
  while ((c = getopt_long(argc, argv, "-o:qh", S_longopts, &li)) != -1) {
    if (c == 1) {
      argv[np++] = optarg;
      continue;
    }
    if (c == '?')
      S_die_usage(cmd, "unknown or incomplete option '%s'", argv[optind - 1]);
    S_check_applies(cmd, c, li);
    if (c == 'o' || (li >= 0 && S_longopts[li].has_arg == required_argument))
      S_check_value(cmd, c, li, &seen);
    li = -1; /* getopt sets it for long options only */
    if (c == 'h' || c == O_HELP)
      S_help(cmd);
    else if (c == 'q')
      o->quiet = true;
    else if (c == O_REPORT)
      o->report = true;
    else if (c == O_CLAIMS)
      o->claims_mode = true;
    else if (c == O_INFER)
      o->infer_dates = true;
    else if (c == O_LINT)
      o->lint = true;
    else if (c == O_LIST)
      o->list = true;
    else if (c == O_PERFOLDER)
      o->per_folder = true;
    else if (c == O_NOFOLDERMAN)
      o->no_folder_manifests = true;
    else
      S_parse_value(o, cmd, c);
  }
  o->given = seen;
  while (optind < argc) /* the PATHs after "--" */
    argv[np++] = argv[optind++];
  if (o->output && strcmp(o->output, "-") == 0) {
    o->output = NULL; /* stdout, as without -o: no "written to -" */
    o->output_dash = true;
  }
  o->paths = argv + 1;
  o->npaths = np - 1;
  int stdins = 0;
  for (int i = 0; i < o->npaths; i++)
    stdins += strcmp(o->paths[i], "-") == 0;
  if (stdins > 1) /* (the second would read nothing) */
    S_die_usage(cmd, "standard input (-) is named %d times: give it once",
                stdins);
  if (o->update && strcmp(o->update, "-") == 0)
    S_die_usage(cmd, "--update needs a file to read and rewrite, not - "
                     "(standard input or output)");
}

static const char *S_path_ext(const char *path);
static const char *S_rules_dir(const char *explicit_dir);

/* ---- output --------------------------------------------------------------------- */

/* Where a file is, or would be created: its folder resolved (links, ..)
 * and its name.  NULL when the folder does not exist.  Caller frees. */
static char *S_resolved(const char *path) {
  const char *slash = strrchr(path, '/');
  char *dir = slash ? cc_xstrndup(path, (size_t)(slash - path + 1))
                    : cc_xstrdup(".");
  char *real = realpath(dir, NULL);
  cc_xfree(dir);
  if (!real)
    return NULL;
  cc_buf b = CC_BUF_INIT;
  cc_buf_printf(&b, "%s/%s", real, slash ? slash + 1 : path);
  free(real); /* realpath allocates with malloc */
  return cc_buf_detach(&b);
}

/* Whether two paths name one file: by device and inode when either
 * exists (links and "./" spellings included), else by resolved path (both
 * would be created). */
static bool S_same_file(const char *a, const char *b) {
  struct stat sa, sb;
  bool ea = stat(a, &sa) == 0, eb = stat(b, &sb) == 0;
  if (ea || eb)
    return ea && eb && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  char *ra = S_resolved(a), *rb = S_resolved(b);
  bool same = ra && rb && strcmp(ra, rb) == 0;
  cc_xfree(ra);
  cc_xfree(rb);
  return same;
}

/* -o must not name a file the run reads: the report would replace a
 * reviewed CSV (--update's merge, every status and note, lost to the plain
 * report) or an input.  Checked before any work. */
static void S_refuse_output_over_input(const S_opts *o, const char *cmd) {
  const char *out = o->output;
  if (!out)
    return;
  const struct { const char *opt, *path; } named[] = {
      {"--update", o->update}, {"--baseline", o->baseline},
      {"--manifest", o->manifest}};
  for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
    if (named[i].path && S_same_file(out, named[i].path))
      S_die_usage(cmd, "-o '%s' and %s '%s' are the same file: the output "
                       "would replace it; give -o another file",
                  out, named[i].opt, named[i].path);
  for (int i = 0; i < o->npaths; i++)
    if (strcmp(o->paths[i], "-") != 0 && S_same_file(out, o->paths[i]))
      S_die_usage(cmd, "-o '%s' is the input '%s': the output would replace "
                       "it; give -o another file", out, o->paths[i]);
}

/* Whether the existing file real (resolved) is one the rules folder's
 * loading reads: a .rules or .csv file anywhere under it. */
static bool S_in_rules(const char *rules, const char *real) {
  char rd[PATH_MAX];
  if (!realpath(rules, rd))
    return false;
  size_t n = strlen(rd);
  if (strncmp(real, rd, n) != 0 || real[n] != '/')
    return false;
  const char *ext = S_path_ext(real);
  return ext && (strcasecmp(ext, ".rules") == 0 ||
                 strcasecmp(ext, ".csv") == 0);
}

static void S_corpus_opts(const S_opts *o, cc_corpus_opts *co);

/* Whether the file ends with a text report's summary line ("3
 * discrepancies (...), 2 consistent, 0 unverifiable in 4 documents"):
 * an earlier run's -o report, which a re-run may replace (the walk
 * leaves it out), not an article. */
static bool S_is_text_report(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return false;
  char tail[512];
  size_t n = 0;
  if (fseek(f, -(long)(sizeof tail - 1), SEEK_END) != 0)
    rewind(f);
  n = fread(tail, 1, sizeof tail - 1, f);
  fclose(f);
  while (n > 0 && (tail[n - 1] == '\n' || tail[n - 1] == '\r'))
    n--;
  tail[n] = '\0';
  char *line = strrchr(tail, '\n');
  line = line ? line + 1 : tail;
  return line[0] >= '0' && line[0] <= '9' &&
         strstr(line, " discrepanc") && strstr(line, " unverifiable in ");
}

/* A file the run writes (-o, --update) that exists and that the run also
 * reads as an input (an article found in a walked folder, a folder's
 * manifest, a rules file) would be replaced by the report: refused before
 * any work.  A new file, or one the walk does not read, is fine. */
static void S_refuse_write_over_read(const S_opts *o, const char *cmd,
                                     const char *opt, const char *file) {
  struct stat st;
  char real[PATH_MAX];
  if (!file || stat(file, &st) != 0 || !S_ISREG(st.st_mode) ||
      !realpath(file, real))
    return;
  if (S_in_rules(S_rules_dir(o->rules_dir), real))
    S_die_usage(cmd, "%s '%s' is a file of the rules folder '%s', which "
                     "this run reads: the output would replace it; give %s "
                     "another file", opt, file, S_rules_dir(o->rules_dir),
                opt);
  if (o->claims_mode)
    return;
  cc_corpus_opts co;
  S_corpus_opts(o, &co);
  const char *via = NULL;
  const char *what = cc_corpus_reads((const char *const *)o->paths,
                                     (size_t)o->npaths, &co, file, &via);
  if (what && !(strcmp(what, "an article") == 0 && S_is_text_report(file)))
    S_die_usage(cmd, "%s '%s' is %s this run reads (in the folder '%s'): "
                     "the output would replace it; give %s another file",
                opt, file, what, via, opt);
}

/* The folder reports/ (made at the end when missing), else the folder it
 * would be made in, must be writable: found now, not after the work. */
static int S_check_report_folder(cc_err *err) {
  struct stat st;
  if (stat("reports", &st) != 0)
    return cc_out_check("reports", err);
  char probe[PATH_MAX];
  if (cc_report_default_path("reports", "csv", time(NULL), probe,
                             sizeof probe) != 0)
    return 0;
  return cc_out_check(probe, err);
}

/* Every file the run will write, checked before the work starts (a
 * missing or read-only folder would otherwise be found after an hour's
 * analysis).  The writes themselves check again. */
static int S_check_outputs(const S_opts *o, cc_err *err) {
  if (o->output && cc_out_check(o->output, err) != 0)
    return -1;
  if (o->report && S_check_report_folder(err) != 0)
    return -1;
  return o->update ? cc_out_check(o->update, err) : 0;
}

static cc_out *S_open_out(const char *path, cc_err *err) {
  if (!path || strcmp(path, "-") == 0)
    return cc_out_stream(stdout, "<stdout>");
  return cc_out_atomic(path, err);
}

/* The rules folder: --rules, else $CLAIMCHECK_RULES, else the folder
 * installed beside this binary (PREFIX/bin/../share/claimcheck/rules, so an
 * installed tree can be moved), else the library's default (the configured
 * PREFIX, then ./rules). */
static const char *S_rules_dir(const char *explicit_dir) {
  static char beside[PATH_MAX];
  const char *env = getenv("CLAIMCHECK_RULES");
  if (explicit_dir || (env && env[0]))
    return cc_engine_default_rules(explicit_dir);
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      int w = snprintf(beside, sizeof beside, "%.*s/../share/claimcheck/rules",
                       PATH_MAX - 32, exe);
      if (w > 0 && w < (int)sizeof beside && access(beside, R_OK) == 0)
        return beside;
    }
  }
  return cc_engine_default_rules(NULL);
}

/* The engine at the end of a command that exits next: left to the
 * process's end, not freed.  Its tables (some 9 MB: thousands of small
 * blocks and several mapped ones) go with the process, and freeing them
 * block by block and unmapping the big ones was 3% of a one-article
 * check (0.4 ms of 13).  Kept reachable (S_engine_kept), so that leak
 * checkers count it as in use; the sanitizer build frees it, so that its
 * teardown stays checked. */
#if defined(__SANITIZE_ADDRESS__)
#define S_FREE_AT_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define S_FREE_AT_EXIT 1
#endif
#endif
#ifdef S_FREE_AT_EXIT
static void S_engine_done(cc_engine **e) { cc_engine_free(e); }
#else
static cc_engine *volatile S_engine_kept; /* (volatile: a store the
                                              compiler keeps) */

static void S_engine_done(cc_engine **e) {
  S_engine_kept = *e;
  *e = NULL;
}
#endif

static cc_engine *S_engine(const S_opts *o, cc_err *err) {
  cc_engine *e = NULL;
  cc_engine_new(S_rules_dir(o->rules_dir), &o->limits, &e, err);
  return e;
}

static void S_corpus_opts(const S_opts *o, cc_corpus_opts *co) {
  *co = (cc_corpus_opts){.manifest = o->manifest,
                         .no_folder_manifests = o->no_folder_manifests,
                         .default_date = o->date,
                         .has_default_date = o->has_date,
                         .max_file_bytes = o->limits.max_file_bytes,
                         .bad_utf8 = o->bad_utf8};
  struct stat st;
  /* (an existing -o file the walk reads is refused before the run; one
   * reached another way, through a link, is still left out) */
  if (o->output && strcmp(o->output, "-") != 0 && stat(o->output, &st) == 0 &&
      S_ISREG(st.st_mode)) {
    co->skip_out = true;
    co->out_dev = (uint64_t)st.st_dev;
    co->out_ino = (uint64_t)st.st_ino;
  }
  if (stat("reports", &st) == 0 && S_ISDIR(st.st_mode)) {
    co->skip_dir = true; /* (--report's folder: earlier runs' reports) */
    co->dir_dev = (uint64_t)st.st_dev;
    co->dir_ino = (uint64_t)st.st_ino;
  }
}

static cc_corpus *S_corpus(const S_opts *o, cc_err *err) {
  cc_corpus_opts co;
  S_corpus_opts(o, &co);
  const char *const *paths = (const char *const *)o->paths;
  /* Folders are walked while the first documents are processed (with
   * --jobs 1 too: the walk's waits for the disk and its system calls
   * then overlap the one processing thread); the first is awaited here
   * so that a folder without articles fails before anything is written,
   * as with cc_corpus_load. */
  cc_corpus *c = cc_corpus_open(paths, (size_t)o->npaths, &co, err);
  if (c && cc_corpus_wait(c, 0, err) < 0)
    cc_corpus_free(&c);
  return c;
}

/* Files skipped (invalid UTF-8 under --invalid-utf8 skip, too large,
 * empty) were each named in a warning; their count ends the run's
 * warnings (in a run over thousands of files they scroll away), and a
 * run that read nothing does not pass for a clean one: it fails (exit
 * 2, as a folder without articles does), so a CI gate cannot pass on
 * no input. */
static int S_note_skipped(const cc_run_stats *st, cc_err *err) {
  if (st->skipped == 1 && !st->docs) {
    cc_err_set(err, "the one file was skipped: nothing was read");
    return -1;
  }
  if (st->skipped && !st->docs) {
    cc_err_set(err, "all %zu files skipped (see the warnings above): "
                    "nothing was read", st->skipped);
    return -1;
  }
  if (st->skipped > 1) /* (one is plain from its own warning) */
    cc_warn("%zu file%s skipped (see the warnings above), %zu read",
            st->skipped, st->skipped == 1 ? "" : "s", st->docs);
  return 0;
}

/* ---- progress line -------------------------------------------------------------- */

typedef struct S_progress {
  bool on;
  const cc_corpus *c; /* its count is the total (it grows while walking) */
  size_t done;
  uint64_t bytes;
  double start, last;
} S_progress;

static double S_now(void) {
  struct timeval tv;
  gettimeofday(&tv, NULL);
  return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static void S_progress_tick(S_progress *p, uint64_t bytes, bool final) {
  if (!p->on)
    return;
  if (!final) {
    p->done++;
    p->bytes += bytes;
  }
  double now = S_now();
  if (!final && now - p->last < 0.25)
    return;
  p->last = now;
  double mb = (double)p->bytes / 1e6, dt = now - p->start;
  fprintf(stderr, "\r%zu/%zu files, %.1f MB, %.1f MB/s   ", p->done,
          cc_corpus_count(p->c), mb, dt > 0 ? mb / dt : 0.0);
  if (final)
    fputc('\n', stderr);
}

/* ---- a document's place --------------------------------------------------------- */

/* A front matter or manifest place: that is not in the places table has
 * no zone, and the zone checks then go by the places the text names:
 * said once for the file ("place: Atlantis", "Vancouver, B.C.").  Not when
 * a timezone is given (the place is then not asked). */
static void S_note_place(const cc_lex_table *places, const cc_doc *d) {
  if (!places || !d->meta.place[0] || d->meta.timezone[0])
    return;
  cc_buf b = CC_BUF_INIT;
  cc_lex_normalize(d->meta.place, strlen(d->meta.place), &b);
  if (!cc_lex_find(places, b.ptr ? b.ptr : ""))
    cc_warn("%s: place '%s' is not in the places table (lexicon/places.csv): "
            "its time zone is unknown, so the zone checks go by the places "
            "the text names (timezone: sets the zone)",
            d->path, d->meta.place);
  cc_buf_free(&b);
}

/* ---- extract ------------------------------------------------------------------ */

typedef struct S_extract {
  cc_out *out;
  cc_extract_fmt fmt;
  bool claims;      /* --claims: write each document's claims */
  bool header_done; /* the claims CSV header is written once */
  const cc_lex_table *places; /* S_note_place */
  cc_err err;
  S_progress progress;
} S_extract;

/* Write one store's claims to out (through a memory stream: the claims
 * writers take a FILE). */
static int S_write_claims(cc_out *out, const cc_claim_store *s,
                          cc_extract_fmt fmt, bool header, cc_err *err) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) {
    cc_err_set(err, "cannot buffer claims: %s", strerror(errno));
    return -1;
  }
  int rc = fmt == CC_EXTRACT_CSV ? cc_claims_write_csv_rows(s, f, header, err)
                                 : cc_claims_write_jsonl(s, f, err);
  fclose(f);
  if (rc == 0)
    rc = cc_out_write(out, buf, len);
  free(buf);
  return rc;
}

/* Documents arrive in corpus order; their claims are written as they come,
 * so memory does not grow with the corpus. */
static int S_extract_doc(const cc_docresult *r, void *ud) {
  S_extract *x = ud;
  S_progress_tick(&x->progress, r->doc->len, false);
  S_note_place(x->places, r->doc);
  if (!x->claims)
    return cc_extract_write_doc(x->out, x->fmt, r) != 0;
  int rc = S_write_claims(x->out, r->claims, x->fmt, !x->header_done, &x->err);
  x->header_done = true;
  return rc != 0;
}

/* extract's format without --format: -o's extension, as for check (.csv,
 * .jsonl, .txt for mentions), else the default with a warning for an
 * extension no format has (.json among them: JSON Lines is no JSON
 * document). */
static const char *S_extract_format(const S_opts *o) {
  const char *def = o->claims_mode ? "csv" : "jsonl";
  const char *ext = o->output ? S_path_ext(o->output) : NULL;
  if (!ext)
    return def;
  if (strcasecmp(ext, ".csv") == 0)
    return "csv";
  if (strcasecmp(ext, ".jsonl") == 0)
    return "jsonl";
  if (strcasecmp(ext, ".json") == 0) { /* (QA: a .json that json.load
                                        * refused, with no word said) */
    cc_warn("%s: extract writes JSON Lines, one object a line, not one JSON "
            "document: writing jsonl (name the file .jsonl; jq -s . makes "
            "a document of it)", o->output);
    return "jsonl";
  }
  if (strcasecmp(ext, ".txt") == 0 && !o->claims_mode)
    return "text";
  cc_warn("%s: no %s format has this extension (%s): writing %s "
          "(--format chooses)", o->output, o->claims_mode ? "claims" : "extract",
          o->claims_mode ? ".csv .jsonl" : ".csv .jsonl .txt", def);
  return def;
}

static int S_cmd_extract(int argc, char **argv) {
  S_opts o;
  S_parse(&o, "extract", argc, argv);
  S_extract x = {0};
  const char *fmt = o.format ? o.format : S_extract_format(&o);
  if (!cc_extract_fmt_parse(fmt, &x.fmt) ||
      (o.claims_mode && x.fmt == CC_EXTRACT_TEXT))
    S_die_usage("extract", "--format: expected jsonl, csv or text (claims: "
                           "csv or jsonl), got '%s'", fmt);
  if (o.npaths == 0 && !o.manifest)
    S_die_usage("extract", "no PATH given");
  S_refuse_output_over_input(&o, "extract");
  S_refuse_write_over_read(&o, "extract", "-o", o.output);
  cc_err err = {{0}};
  if (S_check_outputs(&o, &err) != 0) /* before the rules are loaded */
    return S_fail(&err);
  cc_engine *e = S_engine(&o, &err);
  if (!e)
    return S_fail(&err);
  cc_corpus *c = S_corpus(&o, &err);
  if (!c) {
    cc_engine_free(&e);
    return S_fail(&err);
  }
  x.out = S_open_out(o.output, &err);
  int rc = x.out ? 0 : -1;
  x.claims = o.claims_mode;
  x.places = cc_lex_table_get(cc_engine_lexicon(e), "places");
  /* records written to the terminal show the progress themselves, and a
   * progress line there would run into them */
  x.progress = (S_progress){.on = !o.quiet && isatty(2) &&
                                  (o.output || !isatty(1)),
                            .c = c,
                            .start = S_now()};
  if (rc == 0 && !x.claims)
    rc = cc_extract_write_header(x.out, x.fmt);
  cc_run_stats st = {0};
  if (rc == 0)
    rc = cc_engine_run(e, c, o.jobs, o.claims_mode, S_extract_doc, &x, &st,
                       &err);
  if (x.progress.on && x.progress.done)
    S_progress_tick(&x.progress, 0, true);
  if (rc == 0)
    rc = S_note_skipped(&st, &err);
  if (rc != 0 && x.err.msg[0])
    err = x.err; /* the claims writer's own message */
  else if (rc != 0 && x.out && cc_out_failed(x.out))
    cc_out_error(x.out, &err); /* "PATH: write error: REASON", not the
                                  engine's bare "stopped" */
  if (rc == 0 && x.claims && !x.header_done && x.fmt == CC_EXTRACT_CSV) {
    cc_claim_store *none = cc_claim_store_new(); /* header only */
    rc = S_write_claims(x.out, none, x.fmt, true, &err);
    cc_claim_store_free(&none);
  }
  if (x.out) {
    if (rc == 0)
      rc = cc_out_close(&x.out, &err);
    else
      cc_out_abort(&x.out);
  }
  cc_corpus_free(&c);
  S_engine_done(&e);
  return rc == 0 ? EXIT_OK : S_fail(&err);
}

/* ---- check ---------------------------------------------------------------------- */

typedef struct S_check {
  cc_claim_set *claims;       /* compact: every claim of the run is kept */
  cc_inline_list *inline_sup; /* disable-next-line comments per document */
  cc_vec docs;                /* char* paths, for the report */
  const cc_lex_table *places; /* S_note_place */
  S_progress progress;
} S_check;

static int S_check_doc(const cc_docresult *r, void *ud) {
  S_check *k = ud;
  S_progress_tick(&k->progress, r->doc->len, false);
  S_note_place(k->places, r->doc);
  cc_claim_set_add_store(k->claims, r->claims);
  *(char **)cc_vec_push(&k->docs) = cc_xstrdup(r->doc->path);
  cc_inline_scan_doc(k->inline_sup, r->doc);
  return 0;
}

static int S_strcmp_p(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The documents named by the claims, each once, into k->docs: claim CSVs
 * hold no row for a document without claims, so these are all the report
 * can count. */
static void S_claim_docs(S_check *k) {
  const char *last = NULL;
  for (size_t i = 0; i < cc_claim_set_count(k->claims); i++) {
    const char *doc = cc_claim_set_at(k->claims, i)->src->doc;
    if (last && strcmp(doc, last) == 0)
      continue; /* a document's claims come together */
    *(char **)cc_vec_push(&k->docs) = cc_xstrdup(doc);
    last = doc;
  }
  char **v = k->docs.items;
  if (k->docs.len > 1) /* (qsort's array may not be NULL, even empty) */
    qsort(v, k->docs.len, sizeof *v, S_strcmp_p);
  size_t u = 0;
  for (size_t i = 0; i < k->docs.len; i++) {
    if (u > 0 && strcmp(v[u - 1], v[i]) == 0)
      cc_xfree(v[i]);
    else
      v[u++] = v[i];
  }
  k->docs.len = u;
}

static int S_gather_claims(const S_opts *o, cc_engine *e, S_check *k,
                           cc_err *err) {
  if (o->claims_mode) {
    /* one file at a time into a store, then kept compact */
    cc_run_stats st = {0};
    for (int i = 0; i < o->npaths; i++) {
      cc_claim_store *s = cc_claim_store_new();
      int rc = cc_claims_read_csv(s, o->paths[i], err);
      cc_claim_set_add_store(k->claims, s);
      cc_claim_store_free(&s);
      if (rc < 0)
        return -1;
      /* (empty part files only: every map task died before writing, and
       * a reduce over nothing must not pass a gate) */
      *(rc ? &st.skipped : &st.docs) += 1;
    }
    S_claim_docs(k);
    return S_note_skipped(&st, err);
  }
  cc_corpus *c = S_corpus(o, err);
  if (!c)
    return -1;
  k->progress = (S_progress){.on = !o->quiet && isatty(2), .c = c,
                             .start = S_now()};
  /* the claims' strings go into the run's set as they are made */
  cc_run_stats st = {0};
  int rc = cc_engine_run_into(e, c, o->jobs, k->claims, S_check_doc, k, &st,
                              err);
  if (k->progress.on && k->progress.done)
    S_progress_tick(&k->progress, 0, true);
  if (rc == 0)
    rc = S_note_skipped(&st, err);
  cc_corpus_free(&c);
  return rc;
}

/* The extension of a path's last component (".csv"), or NULL when it has
 * none: "/dev/null", "report", ".hidden" and "dir.d/report" have none. */
static const char *S_path_ext(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  return dot && dot != base && dot[1] ? dot : NULL;
}

/* The report format a file name asks for by its extension, or NULL: a
 * review.csv written as a text report could not be read back. */
static const char *S_format_of_path(const char *path) {
  static const struct { const char *ext, *fmt; } tab[] = {
      {".csv", "csv"},     {".json", "json"},   {".jsonl", "jsonl"},
      {".sarif", "sarif"}, {".xml", "junit"},   {".txt", "text"}};
  const char *dot = S_path_ext(path);
  if (!dot)
    return NULL;
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    if (strcasecmp(dot, tab[i].ext) == 0)
      return tab[i].fmt;
  return NULL;
}

static const char *S_report_format(const S_opts *o) {
  if (o->format)
    return o->format;
  const char *by_ext = o->output ? S_format_of_path(o->output) : NULL;
  if (by_ext)
    return by_ext;
  if (o->report && !o->output)
    return "csv";
  return "text";
}

/* check --claims reads claim CSVs: the options that say how to read
 * articles would be silently ignored, so they are refused (--infer-dates
 * still applies: it dates the claims when they are checked). */
static void S_refuse_article_options(const S_opts *o) {
  static const struct { int c; const char *name; } article[] = {
      {O_DATE, "--date"}, {O_BADUTF8, "--invalid-utf8"},
      {O_MAXFILE, "--max-file-size"}, {O_MAXSENT, "--max-sentence-tokens"},
      {O_MAXMENT, "--max-mentions"}};
  if (!o->claims_mode)
    return;
  for (size_t i = 0; i < sizeof article / sizeof article[0]; i++)
    if (o->given >> (article[i].c - O_DATE + 1) & 1)
      S_die_usage("check", "--claims reads claim CSVs; %s applies to "
                           "articles (give it to 'extract --claims')",
                  article[i].name);
  if (o->no_folder_manifests)
    S_die_usage("check", "--claims reads claim CSVs; --no-folder-manifests "
                         "applies to articles (give it to 'extract --claims')");
}

static void S_check_validate(const S_opts *o) {
  if (!cc_report_format_find(S_report_format(o)))
    S_die_usage("check", "--format: unknown format '%s' (expected text, csv, "
                         "json, jsonl, sarif, github or junit)",
                S_report_format(o));
  /* (only an extension that names no format: "-o /dev/null" or "-o
   * report" is a text report, as asked) */
  if (!o->format && o->output && S_path_ext(o->output) &&
      !S_format_of_path(o->output))
    cc_warn("%s: no report format has this extension (.csv .json .jsonl "
            ".sarif .xml .txt): writing a text report (--format chooses)",
            o->output);
  if (o->npaths == 0 && !o->manifest)
    S_die_usage("check", "no PATH given");
  if (o->claims_mode && o->manifest)
    S_die_usage("check", "--claims reads claim CSVs; --manifest applies to "
                         "articles");
  S_refuse_article_options(o);
  if (o->report && (o->output || o->output_dash))
    S_die_usage("check", "--report and -o both say where the report goes; "
                         "give one");
  S_refuse_output_over_input(o, "check");
  S_refuse_write_over_read(o, "check", "-o", o->output);
  S_refuse_write_over_read(o, "check", "--update", o->update);
}

static int S_report_path(const S_opts *o, char *buf, size_t n,
                         const char **path) {
  *path = o->output;
  if (o->output || !o->report)
    return 0;
  const char *fmt = S_report_format(o);
  if (cc_report_default_path("reports", strcmp(fmt, "text") ? fmt : "txt",
                             time(NULL), buf, n) != 0)
    return -1;
  *path = buf;
  return 0;
}

/* The report's sink: -o, stdout, or for --report a new file in reports/
 * (made on first use) that never replaces another: two runs in one second
 * pick the same time stamp, and the second gets NAME-2.FMT. */
static cc_out *S_open_report(const S_opts *o, const char *path,
                             cc_err *err) {
  if (!o->report)
    return S_open_out(path, err);
  (void)mkdir("reports", 0777); /* if that fails, the writer says why */
  return cc_out_atomic_new(path, err);
}

/* Write the report to out; the name it got (--report may number it) into
 * *written when it is a file.  Closes out. */
static int S_write_report(const S_opts *o, cc_out *out, const cc_findings *set,
                          const cc_report_opts *ro, char **written,
                          cc_err *err) {
  *written = o->report   ? cc_xstrdup(cc_out_name(out))
             : o->output ? cc_xstrdup(o->output)
                         : NULL;
  int rc = cc_report_write(out, S_report_format(o), set, ro, err);
  if (rc == 0)
    return cc_out_close(&out, err);
  cc_out_abort(&out);
  return rc;
}

static int S_emit_report(const S_opts *o, const cc_findings *set,
                         const cc_report_opts *ro, cc_err *err) {
  char defpath[PATH_MAX];
  const char *path;
  if (S_report_path(o, defpath, sizeof defpath, &path) != 0) {
    cc_err_set(err, "report path too long");
    return -1;
  }
  cc_buf sum = CC_BUF_INIT;
  cc_report_summary(set, ro, &sum);
  int rc = 0;
  char *written = NULL;
  if (!o->quiet || path) {
    cc_out *out = S_open_report(o, path, err);
    rc = out ? S_write_report(o, out, set, ro, &written, err) : -1;
  }
  bool text_stdout = !path && strcmp(S_report_format(o), "text") == 0;
  if (rc == 0 && (o->quiet || !text_stdout)) {
    /* (-q: not the -o file the user named; a --report name the run
     * chose is still told, since it is known nowhere else) */
    if (written && !(o->quiet && o->output)) {
      fputs("claimcheck: report written to ", stderr);
      cc_fputs_shown(written, stderr);
      fputc('\n', stderr);
    }
    fprintf(stderr, "%s\n", sum.ptr ? sum.ptr : "");
  }
  cc_xfree(written);
  cc_buf_free(&sum);
  return rc;
}

/* --jobs for the check stage: as given, else one per core (as the
 * engine counts them for extraction). */
static int S_jobs(int jobs) {
  if (jobs > 0)
    return jobs;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)(n > 64 ? 64 : n) : 1;
}

/* Disable comments naming no check or rule of the run are warned of. */
static void S_warn_unknown_inline(cc_engine *e, const cc_inline_list *l) {
  if (!cc_inline_count(l))
    return;
  const cc_ruleset *rs = cc_engine_rules(e);
  size_t n = cc_rules_count(rs);
  const char **ids = cc_xcalloc(n + 1, sizeof *ids);
  for (size_t i = 0; i < n; i++)
    ids[i] = cc_rules_info(rs, i)->id;
  cc_inline_warn_unknown(l, ids, n);
  cc_xfree(ids);
}

static int S_check_run(const S_opts *o, cc_engine *e, S_check *k,
                       cc_err *err) {
  cc_check_config *cfg = NULL;
  if (cc_check_config_load(S_rules_dir(o->rules_dir), &cfg,
                           err) != 0)
    return -1;
  cc_findings *set = cc_findings_new();
  bool all = o->show && strcmp(o->show, "all") == 0;
  /* --update keeps the show level its file was written with: a file of
   * --show all has consistent rows, which must not turn [gone] */
  unsigned upd = o->update ? cc_review_verdicts(o->update) : 0;
  if (all)
    upd |= 1u << CC_VERDICT_CONSISTENT | 1u << CC_VERDICT_UNVERIFIABLE;
  /* Consistent and unverifiable groups are most findings of a large run;
   * unless --show all prints them (or the --update file has them), only
   * their numbers are needed (the summary). */
  unsigned tally = (1u << CC_VERDICT_CONSISTENT |
                    1u << CC_VERDICT_UNVERIFIABLE) & ~upd;
  if (tally)
    cc_findings_tally_only(set, tally);
  int rc = S_gather_claims(o, e, k, err);
  if (rc == 0) {
    /* k->claims outlives set (freed by the caller), so findings may
     * point at the claims' strings instead of copying them */
    cc_check_opts co = {.infer_dates = o->infer_dates,
                        .one_story = !o->per_folder,
                        .partition_k = o->part_k, .partition_n = o->part_n,
                        .borrow_strings = true, .jobs = S_jobs(o->jobs),
                        .lexicon = cc_engine_lexicon(e)};
    cc_claim_set_seal(k->claims); /* every claim is in: free its tables */
    cc_check_run_set(k->claims, cfg, &co, set);
    cc_inline_apply(k->inline_sup, set);
    S_warn_unknown_inline(e, k->inline_sup);
    if (o->baseline)
      rc = cc_review_apply_baseline(o->baseline, set, err);
  }
  if (rc == 0 && o->update) {
    cc_report_opts uo = {
        .show_consistent = upd >> CC_VERDICT_CONSISTENT & 1,
        .show_unverifiable = upd >> CC_VERDICT_UNVERIFIABLE & 1,
        .partition_k = o->part_k, .partition_n = o->part_n};
    rc = cc_review_update_ex(o->update, set, &uo, NULL, err);
  }
  cc_report_opts ro = {
      /* (a file is never coloured: --color always is for a pager) */
      .color = !o->output && !o->report &&
               (o->color == 1 ||
                (o->color == -1 && isatty(1) && !getenv("NO_COLOR"))),
      .show_consistent = o->show && strcmp(o->show, "all") == 0,
      .show_unverifiable = o->show && strcmp(o->show, "all") == 0,
      .docs = (const char *const *)k->docs.items,
      .ndocs = k->docs.len,
      .docs_with_claims = o->claims_mode,
      .fail_on = o->fail_on};
  if (rc == 0)
    rc = S_emit_report(o, set, &ro, err);
  int gate = rc == 0 ? cc_report_gate(set, o->fail_on) : 0;
  cc_findings_free(&set);
  cc_check_config_free(&cfg);
  return rc != 0 ? -1 : gate;
}

static int S_cmd_check(int argc, char **argv) {
  S_opts o;
  S_parse(&o, "check", argc, argv);
  S_check_validate(&o);
  cc_err err = {{0}};
  if (S_check_outputs(&o, &err) != 0)
    return S_fail(&err);
  cc_engine *e = S_engine(&o, &err);
  if (!e)
    return S_fail(&err);
  S_check k = {.claims = cc_claim_set_new(),
               .inline_sup = cc_inline_new(),
               .docs = CC_VEC_INIT(char *),
               .places = cc_lex_table_get(cc_engine_lexicon(e), "places")};
  int rc = S_check_run(&o, e, &k, &err);
  for (size_t i = 0; i < k.docs.len; i++)
    cc_xfree(*CC_VEC_AT(&k.docs, char *, i));
  cc_vec_free(&k.docs);
  cc_inline_free(&k.inline_sup);
  cc_claim_set_free(&k.claims);
  S_engine_done(&e);
  if (rc < 0)
    return S_fail(&err);
  return rc ? EXIT_FINDINGS : EXIT_OK;
}

/* ---- rules and review --------------------------------------------------------- */

/* rules --lint: a slow pattern is worth a warning, not a failure. */
static void S_warn_unanchored(const char *rule, unsigned line, void *ud) {
  const cc_ruleset *rs = ud;
  const char *file = NULL;
  for (size_t i = 0; i < cc_rules_count(rs) && !file; i++)
    if (strcmp(cc_rules_info(rs, i)->id, rule) == 0)
      file = cc_rules_info(rs, i)->file;
  /* (in the compiler's form, as the other lint warnings) */
  fprintf(stderr, "claimcheck: %s:%u: warning: rule %s: no word every "
          "match needs, so it is tried at every slot of its first kind; "
          "give it one outside [...], or one in each branch of its ( | ) "
          "groups\n", file ? file : "?", line, rule);
}

/* rules --lint: a frame with no checks.csv row is compared with default
 * settings; one spelled almost like a known frame is likely a typo.  A
 * warning in the compiler's form, not a failure: a new rule needs no
 * row. */
static void S_warn_frame_typo(const cc_rule_info *ri, const char *near,
                              void *ud) {
  (void)ud;
  unsigned line, col;
  cc_rules_frame_where(ri, &line, &col);
  fprintf(stderr, "claimcheck: %s:%u:%u: warning: frame '%s' has no row in "
          "checks.csv, so it is compared with default settings; did you "
          "mean '%s'?\n", ri->file, line, col, ri->frame, near);
}

static int S_cmd_rules(int argc, char **argv) {
  S_opts o;
  S_parse(&o, "rules", argc, argv);
  if (o.lint == o.list)
    S_die_usage("rules", "expected one of --lint [DIR] and --list");
  if (o.npaths > 1 || (o.npaths == 1 && o.rules_dir))
    S_die_usage("rules", "expected one rules folder, got %d",
                o.npaths + (o.rules_dir != NULL));
  const char *dir = o.npaths > 0 ? o.paths[0] : o.rules_dir;
  dir = S_rules_dir(dir);
  struct stat st;
  if (o.npaths == 1 && stat(dir, &st) != 0) /* (not the default's hint) */
    S_die_usage("rules", "%s: no such rules folder: %s", dir,
                strerror(errno));
  if (o.npaths == 1 && !S_ISDIR(st.st_mode))
    S_die_usage("rules", "%s: not a folder (--lint takes a rules folder)",
                dir);
  cc_err err = {{0}};
  cc_engine *e = NULL;
  if (cc_engine_new(dir, NULL, &e, &err) != 0)
    return S_fail(&err);
  cc_check_config *cfg = NULL;
  if (cc_check_config_load(dir, &cfg, &err) != 0) {
    cc_engine_free(&e);
    return S_fail(&err);
  }
  const cc_ruleset *rs = cc_engine_rules(e);
  if (o.list) {
    for (size_t i = 0; i < cc_rules_count(rs); i++) {
      const cc_rule_info *ri = cc_rules_info(rs, i);
      printf("%-32s %-28s %s\n", ri->id, ri->frame, ri->description);
    }
  } else {
    cc_rules_unanchored(rs, S_warn_unanchored, (void *)rs);
    cc_rules_frame_typos(rs, cfg, S_warn_frame_typo, NULL);
    size_t lines = cc_rules_match_lines(rs);
    if (lines > CC_RULES_FAST_MATCH_LINES)
      cc_warn("%zu match lines over all rules: past %d the matcher leaves "
              "its fast path and the rules take about a third longer; join "
              "alternatives of one rule into one line with ( | )",
              lines, CC_RULES_FAST_MATCH_LINES);
    printf("%s: %zu rules, %zu frame settings: OK\n", dir, cc_rules_count(rs),
           cc_check_config_count(cfg));
  }
  cc_check_config_free(&cfg);
  cc_engine_free(&e);
  return EXIT_OK;
}

static int S_cmd_review(int argc, char **argv) {
  S_opts o;
  S_parse(&o, "review", argc, argv);
  if (o.npaths != 1)
    S_die_usage("review", "expected one reviewed CSV file");
  cc_err err = {{0}};
  cc_out *out = cc_out_stream(stdout, "<stdout>");
  int rc = cc_review_summary(o.paths[0], out, &err);
  cc_err e2 = {{0}};
  if (cc_out_close(&out, &e2) != 0 && rc == 0) {
    err = e2;
    rc = -1;
  }
  return rc == 0 ? EXIT_OK : S_fail(&err);
}

/* ---- dispatch ------------------------------------------------------------------- */

typedef struct S_command {
  const char *name;
  int (*run)(int argc, char **argv);
} S_command;

static const S_command S_commands[] = {
    {"check", S_cmd_check},
    {"extract", S_cmd_extract},
    {"rules", S_cmd_rules},
    {"review", S_cmd_review},
};

/* SIGTERM (a CI time-out), SIGINT (^C), SIGHUP: remove the temporary
 * output files, then die of the same signal, so that the caller still
 * sees how the run ended.  Async-signal-safe calls only. */
static void S_on_signal(int sig) {
  cc_io_unlink_pending();
  signal(sig, SIG_DFL);
  raise(sig); /* delivered when the handler returns */
}

static void S_catch_signals(void) {
  const int sigs[] = {SIGTERM, SIGINT, SIGHUP};
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = S_on_signal;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
    /* an ignored signal stays ignored (nohup, a background job's ^C) */
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
      sigaction(sigs[i], &sa, NULL);
  }
}

static bool S_is_command(const char *cmd) {
  for (size_t i = 0; i < sizeof S_commands / sizeof S_commands[0]; i++)
    if (strcmp(cmd, S_commands[i].name) == 0)
      return true;
  return false;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(S_usage, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    if (argc > 3 && strcmp(cmd, "help") == 0)
      S_die_usage(NULL, "help: expected one command, got %d", argc - 2);
    if (argc > 2 && strcmp(cmd, "help") == 0)
      S_help(argv[2]);
    fputs(S_usage, stdout);
    return S_finish_stdout(EXIT_OK);
  }
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
    printf("claimcheck %s\n", CC_VERSION);
    return S_finish_stdout(EXIT_OK);
  }
  S_catch_signals();
  for (size_t i = 0; i < sizeof S_commands / sizeof S_commands[0]; i++)
    if (strcmp(cmd, S_commands[i].name) == 0)
      return S_finish_stdout(S_commands[i].run(argc - 1, argv + 1));
  S_die_usage(NULL, "unknown command '%s' (expected check, extract, rules or "
                    "review)", cmd);
  return EXIT_USAGE;
}
