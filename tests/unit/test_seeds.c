/* test_seeds.c - issue 5's acceptance list on ../shared/seeds, through the
 * library pipeline: every article is extracted with the shipped rules
 * (publication date 2025-08-15 when an article gives none, as --date does)
 * and checked with rules/checks.csv.
 *
 * The seeds are read at run time and never copied here: assertions name
 * keys, checks, verdicts, severities and short fragments (one to three
 * words) of the claims.  Without ../shared/seeds every test is skipped.
 */
#include "cc_test.h"

#include <dirent.h>
#include <stdbool.h>

#include "cc_check.h"
#include "cc_engine.h"
#include "cc_util.h"

#define S_SEEDS "../shared/seeds"
#define S_DATE 20315 /* 2025-08-15 in days since the epoch */

static cc_findings *S_found;
static bool S_have_seeds;

/* ---- running the pipeline ---------------------------------------------------- */

static int S_cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void S_extract(const cc_engine *eng, const char *path,
                      cc_claim_store *all) {
  char *src = NULL;
  size_t len = 0;
  cc_err err = {{0}};
  if (cc_read_file(path, 0, &src, &len, &err) != 0)
    fail_msg("%s", err.msg);
  cc_doc *doc = cc_doc_from_memory(path, src, len, &err);
  free(src);
  assert_non_null(doc);
  if (doc->meta.date_src == CC_DATE_NONE) {
    doc->meta.date = S_DATE;
    doc->meta.date_src = CC_DATE_OPTION;
  }
  cc_arena *arena = cc_arena_new();
  cc_docresult r;
  cc_engine_process(eng, doc, arena, true, &r);
  for (size_t i = 0; i < cc_claim_store_count(r.claims); i++)
    cc_claim_store_add(all, cc_claim_store_at(r.claims, i));
  cc_claim_store_free(&r.claims);
  cc_arena_free(&arena);
  cc_doc_free(doc);
}

static int S_setup(void **state) {
  (void)state;
  DIR *d = opendir(S_SEEDS);
  if (!d)
    return 0;
  S_have_seeds = true;
  /* the seeds in name order, so runs are alike */
  char *names[64];
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL && n < 64) {
    size_t len = strlen(de->d_name);
    if (len > 4 && strcmp(de->d_name + len - 4, ".txt") == 0)
      names[n++] = cc_xstrdup(de->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof names[0], S_cmp_str);
  cc_err err = {{0}};
  cc_engine *eng = NULL;
  cc_check_config *cfg = NULL;
  if (cc_engine_new(CC_TEST_RULES, NULL, &eng, &err) != 0 ||
      cc_check_config_load(CC_TEST_RULES, &cfg, &err) != 0) {
    print_error("%s\n", err.msg);
    return -1;
  }
  cc_claim_store *claims = cc_claim_store_new();
  for (size_t i = 0; i < n; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", S_SEEDS, names[i]);
    S_extract(eng, path, claims);
    cc_xfree(names[i]);
  }
  S_found = cc_findings_new();
  cc_check_run(claims, cfg, NULL, S_found);
  cc_claim_store_free(&claims);
  cc_check_config_free(&cfg);
  cc_engine_free(&eng);
  return 0;
}

static int S_teardown(void **state) {
  (void)state;
  cc_findings_free(&S_found);
  return 0;
}

#define S_NEED_SEEDS()                                                       \
  do {                                                                       \
    if (!S_have_seeds) {                                                     \
      print_message("    " S_SEEDS " absent: skipped\n");                    \
      skip();                                                                \
    }                                                                        \
  } while (0)

/* ---- finding a finding ----------------------------------------------------------- */

/* What a finding must show; NULL or -1 fields are not checked.  Sides
 * are matched in either order. */
typedef struct S_want {
  const char *check;
  int verdict;        /* cc_verdict */
  int severity;       /* cc_severity */
  const char *key;    /* prefix of the key */
  const char *text_a; /* fragment of one side's mention */
  const char *text_b; /* fragment of the other side's mention */
  const char *msg;    /* fragment of the message */
  bool two_docs;      /* the sides come from two articles */
} S_want;

static bool S_has(const char *s, const char *frag) {
  return !frag || (s && strstr(s, frag) != NULL);
}

static bool S_sides(const cc_finding *f, const S_want *w) {
  if (S_has(f->a.text, w->text_a) && S_has(f->b.text, w->text_b))
    return true;
  return S_has(f->b.text, w->text_a) && S_has(f->a.text, w->text_b);
}

static bool S_matches(const cc_finding *f, const S_want *w) {
  return (!w->check || strcmp(f->check, w->check) == 0) &&
         (w->verdict < 0 || f->verdict == w->verdict) &&
         (w->severity < 0 || f->severity == w->severity) &&
         (!w->key || strncmp(f->key, w->key, strlen(w->key)) == 0) &&
         S_has(f->message, w->msg) && S_sides(f, w) &&
         (!w->two_docs || (f->b.doc && *f->b.doc &&
                           strcmp(f->a.doc, f->b.doc) != 0));
}

static const cc_finding *S_find(const S_want *w) {
  for (size_t i = 0; i < cc_findings_count(S_found); i++) {
    const cc_finding *f = cc_findings_at(S_found, i);
    if (S_matches(f, w))
      return f;
  }
  return NULL;
}

static void S_dump(void) {
  for (size_t i = 0; i < cc_findings_count(S_found); i++) {
    const cc_finding *f = cc_findings_at(S_found, i);
    print_message("    %s %s %s [%s] %s\n", cc_verdict_name(f->verdict),
                  cc_severity_name(f->severity), f->check, f->key,
                  f->message);
  }
}

static void S_expect(const S_want *w, const char *what) {
  if (!S_find(w)) {
    print_error("missing: %s\n", what);
    S_dump();
    fail();
  }
}

static void S_reject(const S_want *w, const char *what) {
  const cc_finding *f = S_find(w);
  if (f) {
    print_error("unexpected: %s: %s\n", what, f->message);
    fail();
  }
}

#define D CC_VERDICT_DISCREPANCY
#define C CC_VERDICT_CONSISTENT

/* ---- the acceptance list ------------------------------------------------------------- */

/* "11:30 a.m. (1900 GMT)": Alaska in August is UTC-8, so 19:30, inside
 * its article and against "19:30 GMT" in another outlet. */
static void test_zone_pair_and_start_time(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){"zone_pair", D, -1, "time.zone_pair", "1900 GMT", NULL,
                     "19:30 UTC", false},
           "zone pair 11:30 (1900 GMT) is a discrepancy");
  S_expect(&(S_want){"zone_pair", D, -1, NULL, NULL, NULL, "AKDT", false},
           "the zone pair names the Alaska rule");
  /* the other outlet's side is its local time or its GMT time, both 19:30
   * UTC once "11:30am Alaska ... (19:30 GMT)" is read as a pair */
  S_expect(&(S_want){"same_fact", D, -1, "event.start_time", "1900 GMT",
                     NULL, "19:30 UTC", true},
           "start time 1900 GMT against 19:30 GMT in another outlet");
}

/* "first meeting ... in seven years" against July 16, 2018. */
static void test_seven_years_against_dated_meeting(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){"elapsed_time", C, -1, "previous_meeting{",
                     "seven years", "July 16, 2018", NULL, true},
           "seven years agrees with July 16, 2018");
  const cc_finding *f = S_find(&(S_want){"elapsed_time", C, -1,
                                         "previous_meeting{", "seven years",
                                         NULL, NULL, false});
  assert_non_null(f);
  assert_true(f->agree >= 3); /* three outlets tell of the last meeting */
}

/* "first visit ... in a decade" against "since 2015". */
static void test_decade_against_since(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){"elapsed_time", C, -1, "previous_visit{", "a decade",
                     "2015", NULL, false},
           "a decade agrees with since 2015");
}

/* "five members of ... delegation" against five names in another outlet. */
static void test_five_members_five_names(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){"count_list", C, -1, "delegation{", "five", NULL,
                     "names 5", true},
           "five members agree with the five names of another outlet");
  S_reject(&(S_want){"count_list", D, -1, "delegation{", NULL, NULL, NULL,
                     false},
           "a delegation count against a list");
}

/* "seven hours of talks" against "six to seven hours". */
static void test_seven_hours_in_six_to_seven(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){"range_qualifier", C, -1, "event.duration{",
                     "seven hours", "six to seven", NULL, true},
           "seven hours agrees with six to seven hours");
}

/* "three-on-three" against the three people named on a side. */
static void test_three_on_three(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){"count_list", C, -1, "meeting.side{",
                     "three-on-three", NULL, "names 3", false},
           "three-on-three agrees with three named per side");
}

/* "Eight months later" counted from January 20 to mid-August. */
static void test_eight_months_later(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){NULL, D, -1, "office.start{", "Eight", "January 20",
                     "8 months", false},
           "eight months later contradicts January 20");
  const cc_finding *f = S_find(&(S_want){NULL, D, -1, "office.start{",
                                         "Eight", NULL, NULL, false});
  assert_non_null(f);
  assert_true(f->severity >= CC_SEV_WARNING);
}

/* "on Monday ... August 11": 2025-08-11 was a Monday. */
static void test_monday_august_11(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){NULL, C, -1, NULL, "August 11", "Monday", "2025-08-11",
                     false},
           "Monday agrees with August 11");
  S_reject(&(S_want){NULL, D, -1, NULL, "August 11", NULL, NULL, false},
           "a discrepancy on August 11");
}

/* Name variants: inside one article a warning, across outlets info. */
static void test_name_variants(void **state) {
  (void)state;
  S_NEED_SEEDS();
  S_expect(&(S_want){"name_variant", D, CC_SEV_WARNING, NULL, NULL, NULL,
                     "Zelenkyy", false},
           "Zelenkyy beside Zelenskyy in one article is a warning");
  S_expect(&(S_want){"name_variant", D, CC_SEV_INFO, NULL, NULL, NULL,
                     "Sergei", true},
           "Sergei against Sergey across outlets is info");
  const cc_finding *f = S_find(&(S_want){"name_variant", D, -1, NULL, NULL,
                                         NULL, "Sergei", false});
  assert_non_null(f);
  assert_non_null(strstr(f->message, "Sergey"));
  assert_int_equal(f->severity, CC_SEV_INFO);
}

/* "first trip to Western territory since ... 2022" and "first ... on U.S.
 * soil since 2015" are about different places: two keys, no
 * discrepancy. */
static void test_different_objects_not_compared(void **state) {
  (void)state;
  S_NEED_SEEDS();
  for (size_t i = 0; i < cc_findings_count(S_found); i++) {
    const cc_finding *f = cc_findings_at(S_found, i);
    if (strncmp(f->key, "previous_visit{", 15) == 0 &&
        f->verdict == CC_VERDICT_DISCREPANCY) {
      S_dump();
      fail_msg("previous_visit discrepancy: %s", f->message);
    }
  }
}

/* No noise: every discrepancy of the run is one of those above. */
static void test_no_other_discrepancies(void **state) {
  (void)state;
  S_NEED_SEEDS();
  static const S_want ok[] = {
      {"zone_pair", D, -1, "time.zone_pair", "1900 GMT", NULL, NULL, false},
      {"same_fact", D, -1, "event.start_time", "1900 GMT", NULL,
       NULL, true},
      {NULL, D, -1, "office.start{", "Eight", NULL, NULL, false},
      {"name_variant", D, CC_SEV_WARNING, NULL, NULL, NULL, "Zelenkyy",
       false},
      {"name_variant", D, CC_SEV_INFO, NULL, NULL, NULL, "Sergei", true},
      {"name_variant", D, CC_SEV_INFO, NULL, NULL, NULL, "Zelensky", true},
  };
  size_t n = 0;
  for (size_t i = 0; i < cc_findings_count(S_found); i++) {
    const cc_finding *f = cc_findings_at(S_found, i);
    if (f->verdict != CC_VERDICT_DISCREPANCY)
      continue;
    n++;
    bool known = false;
    for (size_t k = 0; k < sizeof ok / sizeof ok[0] && !known; k++)
      known = S_matches(f, &ok[k]);
    if (!known) {
      S_dump();
      fail_msg("unexpected discrepancy [%s] %s", f->key, f->message);
    }
  }
  assert_true(n >= 5);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_zone_pair_and_start_time),
      cmocka_unit_test(test_seven_years_against_dated_meeting),
      cmocka_unit_test(test_decade_against_since),
      cmocka_unit_test(test_five_members_five_names),
      cmocka_unit_test(test_seven_hours_in_six_to_seven),
      cmocka_unit_test(test_three_on_three),
      cmocka_unit_test(test_eight_months_later),
      cmocka_unit_test(test_monday_august_11),
      cmocka_unit_test(test_name_variants),
      cmocka_unit_test(test_different_objects_not_compared),
      cmocka_unit_test(test_no_other_discrepancies),
  };
  return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
