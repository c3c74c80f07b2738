/* rule_lint.c - checks `claimcheck rules --lint` makes beyond parsing: a
 * rule whose frame has no checks.csv row but is spelled almost like one
 * that has (a typo makes a separate frame, compared with default
 * settings and never with the frame meant). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cc_check.h"
#include "cc_rule.h"

/* Levenshtein distance of a and b, or max + 1 once it exceeds max (frames
 * are short: one row of at most 64 cells). */
static size_t S_distance(const char *a, const char *b, size_t max) {
  size_t na = strlen(a), nb = strlen(b);
  if (na > 63 || nb > 63 || (na > nb ? na - nb : nb - na) > max)
    return max + 1;
  size_t row[64];
  for (size_t j = 0; j <= nb; j++)
    row[j] = j;
  for (size_t i = 1; i <= na; i++) {
    size_t diag = row[0], best = row[0] = i;
    for (size_t j = 1; j <= nb; j++) {
      size_t up = row[j];
      size_t v = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < v)
        v = up + 1;
      if (row[j - 1] + 1 < v)
        v = row[j - 1] + 1;
      row[j] = v;
      diag = up;
      if (v < best)
        best = v;
    }
    if (best > max)
      return max + 1;
  }
  return row[nb];
}

/* Edits a typo may hold: one in a short frame, two in a long one. */
static size_t S_max_edits(const char *frame) {
  return strlen(frame) >= 12 ? 2 : 1;
}

/* Does cfg hold a row for frame, exactly or by a "prefix*" row? */
static bool S_has_row(const struct cc_check_config *cfg, const char *frame) {
  for (size_t i = 0; i < cc_check_config_count(cfg); i++) {
    const char *f = cc_check_config_at(cfg, i)->frame;
    size_t n = strlen(f);
    if (strcmp(f, frame) == 0 ||
        (n && f[n - 1] == '*' && strncmp(f, frame, n - 1) == 0))
      return true;
  }
  return false;
}

/* The nearest of cfg's exact frames and the other rules' frames, within
 * the edits allowed, or NULL. */
static const char *S_near(const cc_ruleset *rs,
                          const struct cc_check_config *cfg,
                          const char *frame) {
  size_t max = S_max_edits(frame), best = max + 1;
  const char *near = NULL;
  for (size_t i = 0; i < cc_check_config_count(cfg); i++) {
    const char *f = cc_check_config_at(cfg, i)->frame;
    size_t d = strchr(f, '*') ? max + 1 : S_distance(frame, f, max);
    if (d > 0 && d < best)
      best = d, near = f;
  }
  for (size_t i = 0; i < cc_rules_count(rs); i++) {
    const char *f = cc_rules_info(rs, i)->frame;
    size_t d = S_distance(frame, f, max);
    if (d > 0 && d < best)
      best = d, near = f;
  }
  return near;
}

size_t cc_rules_frame_typos(const cc_ruleset *rs,
                            const struct cc_check_config *cfg,
                            void (*fn)(const cc_rule_info *ri,
                                       const char *near, void *ud),
                            void *ud) {
  size_t n = 0;
  for (size_t i = 0; i < cc_rules_count(rs); i++) {
    const cc_rule_info *ri = cc_rules_info(rs, i);
    if (S_has_row(cfg, ri->frame))
      continue;
    const char *near = S_near(rs, cfg, ri->frame);
    if (!near)
      continue;
    n++;
    if (fn)
      fn(ri, near, ud);
  }
  return n;
}

/* Reads the file from the rule's line to its 'frame' line. */
void cc_rules_frame_where(const cc_rule_info *ri, unsigned *line,
                          unsigned *col) {
  *line = ri->line;
  *col = 1;
  FILE *f = fopen(ri->file, "r");
  if (!f)
    return;
  char buf[1024];
  bool start = true; /* buf starts a line (a longer line comes in parts) */
  for (unsigned k = 1; fgets(buf, sizeof buf, f);) {
    bool was_start = start;
    start = strchr(buf, '\n') != NULL;
    k += start;
    if (!was_start || k - start <= ri->line)
      continue;
    const char *p = buf + strspn(buf, " \t");
    if (strncmp(p, "rule", 4) == 0 && (p[4] == ' ' || p[4] == '\t'))
      break; /* the next rule: the frame line was not found */
    if (strncmp(p, "frame", 5) != 0 || (p[5] != ' ' && p[5] != '\t'))
      continue;
    p += 5 + strspn(p + 5, " \t");
    *line = k - start;
    *col = (unsigned)(p - buf) + 1;
    break;
  }
  fclose(f);
}
