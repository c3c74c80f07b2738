/* Unit tests: Markdown's inline markup blanked in place (cc_markdown.h).
 * Each case is the text before and after; the lengths must match (the
 * blanking never moves a byte). */
#include "cc_test.h"

#include "cc_markdown.h"
#include "cc_util.h"

static const struct {
  const char *in, *out;
} S_cases[] = {
    /* emphasis: runs of one to three that open or close */
    {"**15** people", "  15   people"},
    {"_Fifteen_ people", " Fifteen  people"},
    {"a ***bold*** word", "a    bold    word"},
    {"killed *12*, injured __3__", "killed  12 , injured   3  "},
    /* a lone run has no partner and is text (a QA case: "A*" grades) */
    {"graded A or A*, down", "graded A or A*, down"},
    {"a \xc2\xa3" "5m* deal", "a \xc2\xa3" "5m* deal"},
    {"*12 dead", "*12 dead"},
    {"_x and y", "_x and y"},
    {"*a*\n\nb*", " a \n\nb*"},
    {"*a\n\nb*", "*a\n\nb*"},
    {"*a **b** c*", " a   b   c "},
    /* a blank line after the partner does not hide it */
    {"*a\nb* c\n\nd", " a\nb  c\n\nd"},
    /* not emphasis: spaced, inside words, lists, rules, URLs */
    {"5 * 3 = 15", "5 * 3 = 15"},
    {"snake_case_name", "snake_case_name"},
    {"* a list item", "* a list item"},
    {"****", "****"},
    {"see https://x.org/_2019/a_b now", "see https://x.org/_2019/a_b now"},
    {"see www.x.org/_a_ now", "see www.x.org/_a_ now"},
    /* links: brackets and target out, text in (and its emphasis) */
    {"were [killed](https://x.y/a_b?q=1) there",
     "were  killed                       there"},
    {"[**12** dead](u)", "   12   dead    "},
    {"a [link](https://x.y/(a)) b", "a  link                   b"},
    {"see [the report][rep] here", "see  the report       here"},
    {"[sic] and [1]", "[sic] and [1]"},
    {"[open without close", "[open without close"},
    {"[text](no close", "[text](no close"},
    /* images and definitions go whole */
    {"a ![photo of 40 trucks](img/40.png) b",
     "a                                   b"},
    {"x\n[rep]: https://x.y/2019\ny", "x\n                       \ny"},
    /* code spans and HTML tags */
    {"run `make` now", "run  make  now"},
    {"<strong>12</strong> missing", "        12          missing"},
    {"<a href=\"u\">link</a>", "            link    "},
    {"a < b and <3 and <unclosed", "a < b and <3 and <unclosed"},
    /* a fenced code block goes whole; an unclosed fence is text */
    {"a\n```\n30 killed\n```\nb", "a\n   \n         \n   \nb"},
    {"a\n~~~~\n30\n~~~~\nb", "a\n    \n  \n    \nb"},
    {"a\n```\n30 killed", "a\n   \n30 killed"},
    {"~~gone~~ 12", "~~gone~~ 12"},
    /* an indented code block goes whole (a QA case); an indented line
     * inside a paragraph or a list is text */
    {"a\n\n    30 killed\n\n\tx = 12\nb", "a\n\n             \n\n       \nb"},
    {"    12 dead\ntext", "           \ntext"},
    {"a paragraph\n    12 dead", "a paragraph\n    12 dead"},
    {"- item\n\n    12 dead\n\nend\n\n    40 x",
     "- item\n\n    12 dead\n\nend\n\n        "},
    {"1. item\n    12 dead", "1. item\n    12 dead"},
    {"   3 in\n\n  \n    7 out", "   3 in\n\n  \n         "},
    /* line breaks stay where they were */
    {"**a\nb**", "  a\nb  "},
    /* a character of two or three bytes is one space character of as
     * many bytes, so the columns after it stay (a QA case) */
    {"[\xc3\xa9](\xc3\xa9) 12", " \xc3\xa9  \xc2\xa0  12"},
    {"![\xe2\x82\xac](x) 12", "  \xe2\x80\x82     12"},
};

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof S_cases / sizeof S_cases[0]; i++) {
    size_t n = strlen(S_cases[i].in);
    assert_int_equal(n, strlen(S_cases[i].out));
    char *t = cc_xstrndup(S_cases[i].in, n);
    cc_markdown_blank_inline(t, 0, n);
    if (strcmp(t, S_cases[i].out) != 0)
      fail_msg("case %zu: \"%s\" gave \"%s\", want \"%s\"", i,
               S_cases[i].in, t, S_cases[i].out);
    cc_xfree(t);
  }
}

/* Only text[from, len) is looked at; a NUL inside does not end it. */
static void test_range_and_nul(void **state) {
  (void)state;
  char t[] = "**a** b\0**c** d";
  size_t len = sizeof t - 1;
  cc_markdown_blank_inline(t, 2, len);
  /* (the run after "a" closes one opened before from: it is lone here) */
  assert_memory_equal(t, "**a** b\0  c   d", len);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_range_and_nul),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
