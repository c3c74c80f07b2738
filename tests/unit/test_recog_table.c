/* test_recog_table.c - the table-driven recognizer suite, plus the
 * recognizer behaviours a one-line table cannot express (pairs, sentence
 * boundaries, the document zone, the mention cap).
 *
 * Every .tsv file in tests/recog is read.  A line is
 *   phrase TAB ref_date TAB type TAB value TAB lo TAB hi TAB qualifier TAB unit
 *   [TAB zone [TAB utc]]
 * with '-' for an empty field, '*' for "do not compare", '#' starting a
 * comment line.  ref_date is the document date (YYYY-MM-DD or '-'); zone is
 * the document's zone (IANA) and utc the expected cc_mention_utc.  type '-'
 * (or "none") expects no mention at all.  The phrase is recognized as a
 * document of its own and compared with its first mention or, failing that,
 * its longest; lo and hi as printed by cc_mention_bounds.  Adding a case
 * adds no C.
 */
#include "cc_test.h"

#include <dirent.h>
#include <math.h>
#include <unistd.h>

#include "cc_corpus.h"
#include "cc_lexicon.h"
#include "cc_recog.h"
#include "cc_segment.h"
#include "cc_time.h"

#define S_DIR "tests/recog"

static cc_lexicon *S_lx;
static cc_recog *S_rec;

static int S_setup(void **state) {
  (void)state;
  cc_err err;
  if (cc_lexicon_load(CC_TEST_LEXICON, &S_lx, &err) != 0) {
    print_error("%s\n", err.msg);
    return -1;
  }
  if (cc_recog_new(S_lx, &S_rec, &err) != 0) {
    print_error("%s\n", err.msg);
    return -1;
  }
  return 0;
}

static int S_teardown(void **state) {
  (void)state;
  cc_recog_free(&S_rec);
  cc_lexicon_free(&S_lx);
  return 0;
}

/* A recognized text: owns the document and the arena. */
typedef struct S_run {
  cc_doc *doc;
  cc_arena *arena;
  cc_segmented seg;
  cc_mention *ms;
  uint32_t n;
} S_run;

static bool S_recognize(const char *name, const char *text, const char *date,
                        const char *zone, S_run *r) {
  cc_err err;
  memset(r, 0, sizeof *r);
  r->doc = cc_doc_from_memory(name, text, strlen(text), &err);
  if (!r->doc) {
    print_error("%s\n", err.msg);
    return false;
  }
  r->arena = cc_arena_new();
  cc_segment(r->doc, cc_lexicon_abbrevs(S_lx), NULL, r->arena, &r->seg);
  cc_recog_ctx ctx = {0};
  if (date && cc_parse_iso_date(date, &ctx.doc_date))
    ctx.has_date = true;
  ctx.zone = zone;
  cc_recognize(S_rec, &r->seg, &ctx, r->arena, &r->ms, &r->n);
  return true;
}

static void S_run_free(S_run *r) {
  cc_arena_free(&r->arena);
  cc_doc_free(r->doc);
}

/* ---- the table ------------------------------------------------------------
 */

enum {
  F_PHRASE,
  F_DATE,
  F_TYPE,
  F_VALUE,
  F_LO,
  F_HI,
  F_QUAL,
  F_UNIT,
  F_ZONE,
  F_UTC,
  F__MAX
};

static int S_split(char *line, char **f) {
  int n = 0;
  f[n++] = line;
  for (char *p = line; *p && n < F__MAX; p++)
    if (*p == '\t') {
      *p = '\0';
      f[n++] = p + 1;
    }
  return n;
}

static const char *S_opt(const char *s) { return strcmp(s, "-") ? s : ""; }

/* Compare one mention with the expected fields; describe it in got. */
static bool S_matches(const cc_mention *m, char **f, int nf, char *got,
                      size_t gotsz) {
  char lo[40], hi[40], utc[40];
  cc_mention_bounds(m, lo, hi);
  cc_mention_utc(m, utc);
  const char *act[F__MAX] = {
      NULL, NULL, cc_mtype_name((cc_mtype)m->type), m->value,
      lo,   hi,   cc_qual_name((cc_qual)m->qual),   m->unit,
      NULL, utc};
  snprintf(got, gotsz, "%s %s [%s, %s] qual=%s unit=%s utc=%s", act[F_TYPE],
           act[F_VALUE], lo, hi, act[F_QUAL][0] ? act[F_QUAL] : "-",
           m->unit[0] ? m->unit : "-", utc[0] ? utc : "-");
  for (int k = F_TYPE; k < nf; k++) {
    if (k == F_ZONE || !act[k] || !strcmp(f[k], "*"))
      continue;
    if (strcmp(S_opt(f[k]), act[k]) != 0)
      return false;
  }
  return true;
}

/* One table line; returns 1 on a mismatch (printed). */
static int S_case(const char *path, unsigned line, char *text) {
  char *f[F__MAX];
  int nf = S_split(text, f);
  if (nf < 8) {
    print_error("%s:%u: expected 8 tab-separated fields, got %d\n", path, line,
                nf);
    return 1;
  }
  char name[600];
  snprintf(name, sizeof name, "%s:%u", path, line);
  S_run r;
  const char *zone = nf > F_ZONE && strcmp(f[F_ZONE], "-") ? f[F_ZONE] : NULL;
  const char *date = strcmp(f[F_DATE], "-") ? f[F_DATE] : NULL;
  if (!S_recognize(name, f[F_PHRASE], date, zone, &r))
    return 1;
  int bad = 0;
  bool none = !strcmp(f[F_TYPE], "-") || !strcmp(f[F_TYPE], "none");
  char got[256] = "no mention", got2[256] = "";
  if (none) {
    if (r.n) {
      S_matches(&r.ms[0], f, nf, got, sizeof got);
      bad = 1;
    }
  } else if (!r.n) {
    bad = 1;
  } else {
    uint32_t longest = 0;
    for (uint32_t k = 1; k < r.n; k++)
      if (r.ms[k].end - r.ms[k].start > r.ms[longest].end - r.ms[longest].start)
        longest = k;
    /* (as extract shows them: an open end's interval) */
    cc_mention s0, sl;
    bool ok = S_matches(cc_mention_shown(&r.seg, &r.ms[0], &s0), f, nf, got,
                        sizeof got);
    if (!ok && longest != 0)
      ok = S_matches(cc_mention_shown(&r.seg, &r.ms[longest], &sl), f, nf,
                     got2, sizeof got2);
    bad = !ok;
  }
  if (bad) {
    print_error("%s:%u: '%s' (date %s)\n  expected: %s %s [%s, %s] qual=%s "
                "unit=%s%s%s\n  got:      %s%s%s\n",
                path, line, f[F_PHRASE], f[F_DATE], f[F_TYPE], f[F_VALUE],
                f[F_LO], f[F_HI], f[F_QUAL], f[F_UNIT],
                nf > F_UTC ? " utc=" : "", nf > F_UTC ? f[F_UTC] : "", got,
                got2[0] ? "\n  longest:  " : "", got2);
  }
  S_run_free(&r);
  return bad;
}

static int S_name_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_tables(void **state) {
  (void)state;
  DIR *d = opendir(S_DIR);
  assert_non_null(d);
  char *names[256];
  size_t nn = 0;
  struct dirent *de;
  while ((de = readdir(d)) && nn < 256) {
    size_t l = strlen(de->d_name);
    if (l > 4 && !strcmp(de->d_name + l - 4, ".tsv"))
      names[nn++] = strdup(de->d_name);
  }
  closedir(d);
  qsort(names, nn, sizeof names[0], S_name_cmp);
  assert_true(nn > 0);
  unsigned cases = 0, failed = 0;
  for (size_t k = 0; k < nn; k++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", S_DIR, names[k]);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    char buf[4096];
    unsigned line = 0, here = 0, bad = 0;
    while (fgets(buf, sizeof buf, fp)) {
      line++;
      size_t l = strlen(buf);
      while (l && (buf[l - 1] == '\n' || buf[l - 1] == '\r'))
        buf[--l] = '\0';
      if (!l || buf[0] == '#')
        continue;
      here++;
      bad += (unsigned)S_case(path, line, buf);
    }
    fclose(fp);
    print_message("%s: %u cases, %u failed\n", path, here, bad);
    cases += here;
    failed += bad;
    free(names[k]);
  }
  print_message("recognizer tables: %u cases, %u failed\n", cases, failed);
  assert_true(cases > 0);
  assert_int_equal(failed, 0);
}

/* ---- behaviours beyond one line
 * ---------------------------------------------- */

static const cc_mention *S_find(const S_run *r, const char *text) {
  for (uint32_t k = 0; k < r->n; k++) {
    const cc_mention *m = &r->ms[k];
    size_t len = m->end - m->start;
    if (len == strlen(text) && !memcmp(r->doc->text + m->start, text, len))
      return m;
  }
  return NULL;
}

static void test_pair_alaska_time(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t",
                          "The summit starts at 11:30am Alaska time "
                          "(19:30 GMT) on the base.",
                          "2025-08-15", NULL, &r));
  const cc_mention *a = S_find(&r, "11:30am Alaska time");
  const cc_mention *b = S_find(&r, "19:30 GMT");
  assert_non_null(a);
  assert_non_null(b);
  assert_int_equal(a->pair, (int32_t)(b - r.ms));
  assert_int_equal(b->pair, (int32_t)(a - r.ms));
  assert_true(a->flags & CC_MF_PAIR_LOCAL);
  assert_true(b->flags & CC_MF_PAIR_UTC);
  assert_true(a->flags & CC_MF_ZONE_STATED);
  assert_string_equal(a->zone, "America/Anchorage");
  assert_int_equal(a->utc_offset, -8 * 3600);
  char u[40];
  cc_mention_utc(a, u);
  assert_string_equal(u, "2025-08-15T19:30Z");
  cc_mention_utc(b, u);
  assert_string_equal(u, "2025-08-15T19:30Z");
  assert_int_equal(a->pair_offset, -8 * 3600); /* agrees with AKDT */
  S_run_free(&r);
}

/* A pair written UTC first (session 43): the "local time" half, second,
 * takes the document's zone and is the local half; the first its twin. */
static void test_pair_utc_first(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t",
                          "The plane landed at 03:17 UTC (9:17 a.m. local "
                          "time) on Tuesday.",
                          "2024-03-05", "Asia/Karachi", &r));
  const cc_mention *u = S_find(&r, "03:17 UTC");
  const cc_mention *l = S_find(&r, "9:17 a.m. local time");
  assert_non_null(u);
  assert_non_null(l);
  assert_int_equal(l->pair, (int32_t)(u - r.ms));
  assert_int_equal(u->pair, (int32_t)(l - r.ms));
  assert_true(l->flags & CC_MF_PAIR_LOCAL);
  assert_true(u->flags & CC_MF_PAIR_UTC);
  assert_false(u->flags & CC_MF_PAIR_LOCAL);
  assert_string_equal(l->zone, "Asia/Karachi");
  char s[40];
  cc_mention_utc(l, s);
  assert_string_equal(s, "2024-03-05T04:17Z"); /* an hour off the article */
  cc_mention_utc(u, s);
  assert_string_equal(s, "2024-03-05T03:17Z");
  assert_int_equal(l->pair_offset, 6 * 3600);
  S_run_free(&r);
  /* a time of no zone after a stated one is no pair ("at 0600 GMT (10
   * a.m.)" names no local time) */
  assert_true(S_recognize("t", "It opens at 0600 GMT (10 a.m.) today.",
                          "2024-03-05", "Asia/Karachi", &r));
  for (uint32_t k = 0; k < r.n; k++)
    assert_int_equal(r.ms[k].pair, -1);
  S_run_free(&r);
}

static void test_pair_implied_offset(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t", "Talks begin at 11:30 a.m. (1900 GMT).",
                          "2025-08-15", "America/Anchorage", &r));
  const cc_mention *a = S_find(&r, "11:30 a.m.");
  const cc_mention *b = S_find(&r, "1900 GMT");
  assert_non_null(a);
  assert_non_null(b);
  assert_int_equal(a->pair, (int32_t)(b - r.ms));
  assert_int_equal(a->pair_offset, -(7 * 3600 + 1800)); /* -7:30 */
  assert_true(a->flags & CC_MF_ZONE_INFERRED);
  char u[40];
  cc_mention_utc(a, u);
  assert_string_equal(u, "2025-08-15T19:30Z"); /* from the document zone */
  cc_mention_utc(b, u);
  assert_string_equal(u, "2025-08-15T19:00Z");
  S_run_free(&r);
  /* no document date: still a pair, offset from the times of day */
  assert_true(S_recognize("t", "Talks begin at 11:30 a.m. (1900 GMT).", NULL,
                          NULL, &r));
  a = S_find(&r, "11:30 a.m.");
  b = S_find(&r, "1900 GMT");
  assert_non_null(a);
  assert_non_null(b);
  assert_int_equal(a->pair, (int32_t)(b - r.ms));
  assert_int_equal(a->pair_offset, -(7 * 3600 + 1800));
  assert_string_equal(a->value, "T11:30");
  assert_false(a->flags & CC_MF_UTC);
  S_run_free(&r);
}

static void test_pair_across_midnight(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t", "It ends at 11pm ET (0300 GMT).", "2025-08-15",
                          NULL, &r));
  const cc_mention *a = S_find(&r, "11pm ET");
  const cc_mention *b = S_find(&r, "0300 GMT");
  assert_non_null(a);
  assert_non_null(b);
  assert_int_equal(a->pair, (int32_t)(b - r.ms));
  assert_string_equal(b->value, "2025-08-16T03:00"); /* the next day */
  assert_int_equal(a->pair_offset, -4 * 3600);
  S_run_free(&r);
}

static void test_no_pair_without_bracket(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t", "Doors open at 7pm and close at 2300 GMT.",
                          "2025-08-15", NULL, &r));
  for (uint32_t k = 0; k < r.n; k++)
    assert_int_equal(r.ms[k].pair, -1);
  S_run_free(&r);
}

static void test_sentence_boundaries(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t",
                          "He left in July. 16 people stayed. It was 2018. "
                          "Talks lasted six. Hours later they met.",
                          "2025-08-15", NULL, &r));
  for (uint32_t k = 0; k < r.n; k++) {
    const cc_mention *m = &r.ms[k];
    const cc_sentence *s = &r.seg.sentences[m->sentence];
    assert_true(m->tok_begin >= s->tok_begin && m->tok_end <= s->tok_end);
    assert_true(m->start >= s->start && m->end <= s->end);
    if (k)
      assert_true(m->start >= r.ms[k - 1].end); /* sorted, no overlap */
  }
  const cc_mention *july = S_find(&r, "July");
  assert_non_null(july);
  assert_string_equal(july->value, "2025-07");
  assert_null(S_find(&r, "July. 16"));
  S_run_free(&r);
}

static void test_anchor_mention(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t",
                          "The war began in February 2022. Eight months "
                          "later, the front had barely moved.",
                          "2025-08-15", NULL, &r));
  const cc_mention *a = S_find(&r, "February 2022");
  const cc_mention *m = S_find(&r, "Eight months later");
  assert_non_null(a);
  assert_non_null(m);
  assert_string_equal(m->value, "2022-10");
  assert_int_equal(m->anchor, CC_ANCHOR_MENTION);
  assert_int_equal(m->anchor_mention, (int32_t)(a - r.ms));
  assert_false(m->flags & CC_MF_UNRESOLVED);
  S_run_free(&r);
  /* nothing to anchor to: stays open */
  assert_true(S_recognize("t", "Two years later, nothing had changed.",
                          "2025-08-15", NULL, &r));
  m = S_find(&r, "Two years later");
  assert_non_null(m);
  assert_true(m->flags & CC_MF_UNRESOLVED);
  assert_string_equal(m->value, "XXXX");
  S_run_free(&r);
  /* a range the text states anchors, moved whole, as precise as it is */
  assert_true(S_recognize("t",
                          "Sales rose in the last three months of 2004, up "
                          "from a year before.",
                          "2025-08-15", NULL, &r));
  a = S_find(&r, "the last three months of 2004");
  m = S_find(&r, "a year before");
  assert_non_null(a);
  assert_non_null(m);
  assert_string_equal(m->value, "2003-10/2003-12");
  assert_int_equal(m->anchor_mention, (int32_t)(a - r.ms));
  S_run_free(&r);
  /* a day after a range of days counts from the last single date, or
   * stays open: not the range moved by a day */
  assert_true(S_recognize("t",
                          "He spoke at a Ramadan dinner on Friday. The next "
                          "day, he clarified.",
                          "2010-08-11", NULL, &r));
  a = S_find(&r, "Friday");
  m = S_find(&r, "The next day");
  assert_non_null(a);
  assert_non_null(m);
  assert_string_equal(m->value, "2010-08-07");
  assert_int_equal(m->anchor_mention, (int32_t)(a - r.ms));
  S_run_free(&r);
  assert_true(S_recognize("t", "They fasted during Ramadan. The next day was "
                               "a holiday.",
                          "2010-08-11", NULL, &r));
  m = S_find(&r, "The next day");
  assert_non_null(m);
  assert_true(m->flags & CC_MF_UNRESOLVED);
  S_run_free(&r);
}

static void test_relative_anchor_recorded(void **state) {
  (void)state;
  S_run r;
  assert_true(
      S_recognize("t", "Officials met yesterday.", "2025-08-15", NULL, &r));
  const cc_mention *m = S_find(&r, "yesterday");
  assert_non_null(m);
  assert_string_equal(m->value, "2025-08-14");
  assert_int_equal(m->anchor, CC_ANCHOR_DOC_DATE);
  assert_int_equal(m->anchor_days, cc_days_from_civil(2025, 8, 15));
  assert_true(m->flags & CC_MF_RELATIVE);
  S_run_free(&r);
  assert_true(
      S_recognize("t", "He arrived on January 20.", "2025-08-15", NULL, &r));
  m = S_find(&r, "January 20");
  assert_non_null(m);
  assert_string_equal(m->value, "2025-01-20");
  assert_true(m->flags & CC_MF_YEAR_INFERRED);
  S_run_free(&r);
  assert_true(S_recognize("t", "Officials met yesterday.", NULL, NULL, &r));
  m = S_find(&r, "yesterday");
  assert_non_null(m);
  assert_true(m->flags & CC_MF_UNRESOLVED);
  S_run_free(&r);
}

static void test_weekday_with_date(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t", "They met on Monday, August 11.", "2025-08-15",
                          NULL, &r));
  const cc_mention *m = S_find(&r, "Monday, August 11");
  assert_non_null(m);
  assert_string_equal(m->value, "2025-08-11");
  assert_int_equal(m->weekday, 0);
  S_run_free(&r);
  assert_true(S_recognize("t", "The summit is on August 15 (Friday).",
                          "2025-08-10", NULL, &r));
  m = S_find(&r, "August 15 (Friday)");
  assert_non_null(m);
  assert_int_equal(m->weekday, 4);
  S_run_free(&r);
}

/* A list of days sharing one month ("18, 19 and 20 June", "June 18, 19 and
 * 20, 2015"): every day is a date of that month, with the list's year. */
static void test_day_lists(void **state) {
  (void)state;
  static const struct {
    const char *text, *date, *days[3], *values[3];
  } cases[] = {
      {"Tests are on 25 June, 2 and 9 July.", "2016-11-07",
       {"25 June", "2", "9 July"},
       {"2016-06-25", "2016-07-02", "2016-07-09"}},
      {"The festival runs on June 18, 19 and 20, 2015.", "2016-11-07",
       {"June 18", "19", "20, 2015"},
       {"2015-06-18", "2015-06-19", "2015-06-20"}},
      {"Hearings were held on 4, 5 and 6 March.", "2016-11-07",
       {"4", "5", "6 March"},
       {"2016-03-04", "2016-03-05", "2016-03-06"}},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    S_run r;
    assert_true(S_recognize("t", cases[k].text, cases[k].date, NULL, &r));
    for (int d = 0; d < 3; d++) {
      const cc_mention *m = S_find(&r, cases[k].days[d]);
      if (!m)
        print_error("%s: no mention \"%s\"\n", cases[k].text,
                    cases[k].days[d]);
      assert_non_null(m);
      assert_int_equal(m->type, CC_M_DATE);
      assert_string_equal(m->value, cases[k].values[d]);
    }
    S_run_free(&r);
  }
}

static void test_doc_zone(void **state) {
  (void)state;
  S_run r;
  assert_true(S_recognize("t",
                          "Leaders met in Anchorage. Moscow said little. The "
                          "base near Anchorage, Alaska, was closed.",
                          "2025-08-15", NULL, &r));
  bool inferred = false;
  const char *z = cc_recog_doc_zone(S_rec, &r.seg, &inferred);
  assert_non_null(z);
  assert_string_equal(z, "America/Anchorage");
  assert_true(inferred);
  S_run_free(&r);
  assert_true(S_recognize("t",
                          "---\ndate: 2025-08-15\ntimezone: Europe/Helsinki\n"
                          "---\nLeaders met in Anchorage.\n",
                          NULL, NULL, &r));
  z = cc_recog_doc_zone(S_rec, &r.seg, &inferred);
  assert_non_null(z);
  assert_string_equal(z, "Europe/Helsinki");
  assert_false(inferred);
  S_run_free(&r);
  /* the place given names the story's zone when the text names a place
   * of it too; when the text names only others, the place given is the
   * outlet's own city ("place: London" over a crash in Spain) */
  assert_true(S_recognize("t",
                          "---\nplace: Helsinki\n---\nLeaders met in Moscow.\n",
                          NULL, NULL, &r));
  z = cc_recog_doc_zone(S_rec, &r.seg, &inferred);
  assert_non_null(z);
  assert_string_equal(z, "Europe/Moscow");
  assert_true(inferred);
  S_run_free(&r);
  assert_true(S_recognize("t",
                          "---\nplace: Helsinki\n---\nLeaders flew from "
                          "Helsinki and met in Moscow.\n",
                          NULL, NULL, &r));
  z = cc_recog_doc_zone(S_rec, &r.seg, &inferred);
  assert_non_null(z);
  assert_string_equal(z, "Europe/Helsinki");
  S_run_free(&r);
  assert_true(S_recognize("t", "---\nplace: Helsinki\n---\nNo place here.\n",
                          NULL, NULL, &r));
  z = cc_recog_doc_zone(S_rec, &r.seg, &inferred);
  assert_non_null(z);
  assert_string_equal(z, "Europe/Helsinki");
  S_run_free(&r);
  assert_true(S_recognize("t", "Nothing here names a place.", NULL, NULL, &r));
  assert_null(cc_recog_doc_zone(S_rec, &r.seg, &inferred));
  S_run_free(&r);
}

static unsigned S_warns;
static void S_sink(const char *msg, void *ud) {
  (void)msg;
  (void)ud;
  S_warns++;
}

static void test_mention_cap(void **state) {
  (void)state;
  cc_buf b = CC_BUF_INIT;
  for (int k = 0; k < 40; k++)
    cc_buf_printf(&b, "%s%d", k ? ", " : "In ", 1900 + k);
  cc_buf_puts(&b, " it rained.");
  cc_err err;
  cc_doc *doc = cc_doc_from_memory("cap", b.ptr, b.len, &err);
  assert_non_null(doc);
  cc_arena *a = cc_arena_new();
  cc_segmented seg;
  cc_segment(doc, cc_lexicon_abbrevs(S_lx), NULL, a, &seg);
  cc_recog_ctx ctx = {0};
  ctx.max_mentions_per_sentence = 10;
  cc_mention *ms;
  uint32_t n;
  S_warns = 0;
  cc_warn_set_sink(S_sink, NULL);
  cc_recognize(S_rec, &seg, &ctx, a, &ms, &n);
  cc_warn_set_sink(NULL, NULL);
  assert_int_equal(n, 10);
  assert_int_equal(S_warns, 1);
  cc_arena_free(&a);
  cc_doc_free(doc);
  cc_buf_free(&b);
}

static void test_names_and_bounds(void **state) {
  (void)state;
  assert_string_equal(cc_mtype_name(CC_M_DATETIME), "datetime");
  assert_string_equal(cc_mtype_name(CC_M_SET), "set");
  assert_string_equal(cc_qual_name(CC_Q_AT_LEAST), "at_least");
  assert_string_equal(cc_qual_name(CC_Q_NONE), "");
  assert_string_equal(cc_gran_name(CC_G_PART_OF_DAY), "part_of_day");
  cc_mention m;
  memset(&m, 0, sizeof m);
  m.type = CC_M_DURATION;
  m.lo = 5400;
  m.hi = INFINITY;
  char lo[40], hi[40];
  cc_mention_bounds(&m, lo, hi);
  assert_string_equal(lo, "PT1H30M");
  assert_string_equal(hi, "");
  m.lo = 36 * 3600;
  m.hi = 10 * 31556952.0;
  cc_mention_bounds(&m, lo, hi);
  assert_string_equal(lo, "P1DT12H");
  assert_string_equal(hi, "P10Y");
  m.lo = -3 * 2629746.0; /* months, negative */
  m.hi = 0;
  cc_mention_bounds(&m, lo, hi);
  assert_string_equal(lo, "-P3M");
  assert_string_equal(hi, "PT0S");
  m.lo = 2 * 86400 + 90.5; /* days, minutes and a part of a second */
  m.hi = 45;
  cc_mention_bounds(&m, lo, hi);
  assert_string_equal(lo, "P2DT1M30.5S");
  assert_string_equal(hi, "PT45S");
  m.lo = 86400 * 3 + 7200; /* days and hours */
  m.hi = 1e17 * 31556952.0; /* past 10^15 years: printed by "%.0f" */
  cc_mention_bounds(&m, lo, hi);
  assert_string_equal(lo, "P3DT2H");
  assert_string_equal(hi, "P100000000000000000Y");
  m.type = CC_M_NUMBER;
  m.lo = 7200000;
  m.hi = 0.25;
  cc_mention_bounds(&m, lo, hi);
  assert_string_equal(lo, "7200000");
  assert_string_equal(hi, "0.25");
  m.type = CC_M_DATE;
  m.lo = (double)cc_days_from_civil(2018, 7, 16) * CC_DAY;
  m.hi = NAN;
  cc_mention_bounds(&m, lo, hi);
  assert_string_equal(lo, "2018-07-16T00:00");
  assert_string_equal(hi, "");
  char u[40];
  cc_mention_utc(&m, u);
  assert_string_equal(u, "");
}

/* A copy of the lexicon with one table replaced; returns the folder. */
static void S_copy_lexicon(char *dir, const char *table, const char *text) {
  assert_non_null(mkdtemp(dir));
  DIR *d = opendir(CC_TEST_LEXICON);
  assert_non_null(d);
  struct dirent *de;
  char src[512], dst[512];
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    if (l < 5 || strcmp(de->d_name + l - 4, ".csv") != 0)
      continue;
    snprintf(src, sizeof src, "%s/%s", CC_TEST_LEXICON, de->d_name);
    snprintf(dst, sizeof dst, "%s/%s", dir, de->d_name);
    FILE *in = fopen(src, "rb"), *out = fopen(dst, "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
      fwrite(buf, 1, n, out);
    fclose(in);
    fclose(out);
  }
  closedir(d);
  snprintf(dst, sizeof dst, "%s/%s.csv", dir, table);
  FILE *out = fopen(dst, "wb");
  assert_non_null(out);
  fputs(text, out);
  fclose(out);
}

static void S_remove_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d)
    return;
  struct dirent *de;
  char path[512];
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    remove(path);
  }
  closedir(d);
  rmdir(dir);
}

static void S_expect_bad(const char *table, const char *text, const char *msg) {
  char dir[] = "/tmp/cc_lexXXXXXX";
  S_copy_lexicon(dir, table, text);
  cc_lexicon *lx = NULL;
  cc_recog *r = NULL;
  cc_err err;
  assert_int_equal(cc_lexicon_load(dir, &lx, &err), 0);
  assert_int_equal(cc_recog_new(lx, &r, &err), -1);
  assert_null(r);
  if (!strstr(err.msg, msg))
    print_error("message was: %s\n", err.msg);
  assert_non_null(strstr(err.msg, msg));
  cc_lexicon_free(&lx);
  S_remove_dir(dir);
}

static void test_bad_tables(void **state) {
  (void)state;
  S_expect_bad("months", "name,month,strict\njanuary,1,0\nsmarch,13,0\n",
               "months.csv:3: bad month '13'");
  S_expect_bad("zones", "name,zone,offset,strict\nmars time,Mars/Base,,0\n",
               "zones.csv:2: unknown IANA zone 'Mars/Base'");
  S_expect_bad("zones", "name,zone,offset,strict\nxt,Etc/UTC,+25:00,0\n",
               "zones.csv:2: bad offset");
  S_expect_bad("time_units", "name,unit,mult\nyear,Q,1\n",
               "time_units.csv:2: bad unit");
  S_expect_bad("temporal", "word,kind,value,a,b\nsoon,maybe,1,,\n",
               "temporal.csv:2: unknown kind 'maybe'");
  S_expect_bad("holidays", "name,rule\nodd day,13-45\n",
               "holidays.csv:2: bad holiday rule '13-45'");
  S_expect_bad("holidays", "name,rule\nodd day,03-04\nodd day,03-05\n",
               "holidays.csv:3: holiday listed twice 'odd day'");
  S_expect_bad("weekdays", "name,weekday\nmonday,0\n",
               "weekdays.csv:1: missing column 'plural'");
  S_expect_bad("national_days",
               "name,country,rule\nindependence day,atlantis,07-04\n",
               "national_days.csv:2: country not in nations.csv 'atlantis'");
  S_expect_bad("national_days",
               "name,country,rule\nindependence day,india,08-15\n"
               "independence day,india,08-16\n",
               "national_days.csv:3: country listed twice for holiday 'india'");
  S_expect_bad("national_days", "name,country,rule\nfeast day,india,8/9/9\n",
               "national_days.csv:2: bad holiday rule '8/9/9'");
  S_expect_bad("holidays", "name,rule\nfeast,table:nosuch\n",
               "holidays.csv:2: no rows in lunar_dates.csv for holiday rule "
               "'table:nosuch'");
  S_expect_bad("lunar_dates",
               "table,days,dates\nfeast,30,2024-03-11\n"
               "fest,30,2024-03-11 2025-13-01\n",
               "lunar_dates.csv:3: bad date '2025-13-01'");
  S_expect_bad("lunar_dates", "table,days,dates\nfeast,3,2024-03-11 2024-03-11\n",
               "lunar_dates.csv:2: bad date '2024-03-11'"); /* not in order */
  S_expect_bad("lunar_dates", "table,days,dates\nfeast,1,2024-03-11/P3\n",
               "lunar_dates.csv:2: bad date '2024-03-11/P3'");
  S_expect_bad("lunar_dates", "table,days,dates\nfeast,0,2024-03-11\n",
               "lunar_dates.csv:2: bad number of days '0'");
  S_expect_bad("lunar_dates", "table,days,dates\nfeast,,2024-03-11\n",
               "lunar_dates.csv:2: bad number of days ''");
  S_expect_bad("lunar_dates",
               "table,days,dates\nfeast,1,2024-03-11\nfeast,1,2025-03-01\n",
               "lunar_dates.csv:3: table listed twice 'feast'");
  S_expect_bad("lunar_dates", "table,days\nfeast,1\n",
               "lunar_dates.csv:1: missing column 'dates'");
  S_expect_bad("holidays", "name,rule,strict,days\nfeast,03-01,0,0\n",
               "holidays.csv:2: bad number of days '0'");
  S_expect_bad("holidays",
               "name,rule,strict,days\nfeast,table:ramadan,0,3\n",
               "holidays.csv:2: bad number of days '3'");
  S_expect_bad("open_ends", "phrase,mod,position,alone\nsince,ever,pre,yes\n",
               "open_ends.csv:2: mod must be since, after, before, until or "
               "none");
  S_expect_bad("open_ends", "phrase,mod,position,alone\nsince,since,mid,yes\n",
               "open_ends.csv:2: position must be pre or post");
  S_expect_bad("open_ends", "phrase,mod,position,alone\nsince,since,pre,1\n",
               "open_ends.csv:2: alone must be yes or no");
  S_expect_bad("open_ends",
               "phrase,mod,position,alone\na b c d e,since,pre,yes\n",
               "open_ends.csv:2: the phrase must be at most 4 words of 47 "
               "bytes");
  S_expect_bad("open_ends", "phrase,mod,position\nsince,since,pre\n",
               "open_ends.csv:1: missing column 'alone'");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tables),
      cmocka_unit_test(test_pair_alaska_time),
      cmocka_unit_test(test_pair_implied_offset),
      cmocka_unit_test(test_pair_utc_first),
      cmocka_unit_test(test_pair_across_midnight),
      cmocka_unit_test(test_no_pair_without_bracket),
      cmocka_unit_test(test_sentence_boundaries),
      cmocka_unit_test(test_anchor_mention),
      cmocka_unit_test(test_relative_anchor_recorded),
      cmocka_unit_test(test_weekday_with_date),
      cmocka_unit_test(test_day_lists),
      cmocka_unit_test(test_doc_zone),
      cmocka_unit_test(test_mention_cap),
      cmocka_unit_test(test_names_and_bounds),
      cmocka_unit_test(test_bad_tables),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
