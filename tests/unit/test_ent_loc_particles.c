/* test_ent_loc_particles.c - cc_entity_surname's particles found by the
 * bytes at two, three and five letters before a part (S_surname_from),
 * not by a walk back to the space before it: over every name of up to
 * four parts before "ruiz", drawn from particles, words of other
 * lengths, words holding a particle, and empty parts (two spaces in a
 * row), the surname is the one the walk gives (written here as it was). */
#include "cc_test.h"

#include "cc_entity.h"

/* The particles of entity.c's S_particle. */
static bool S_is_particle(const char *p, size_t n) {
  static const char *const list[] = {
      "von", "van", "der", "den", "de", "da",  "di",  "du",  "le",  "la",
      "al",  "bin", "ben", "el",  "ter", "ten", "dos", "das", "del", "della"};
  for (size_t i = 0; i < sizeof list / sizeof *list; i++)
    if (strlen(list[i]) == n && memcmp(list[i], p, n) == 0)
      return true;
  return false;
}

/* The surname's start as the walk found it: the last part, and each
 * particle before it that has a space before it. */
static size_t S_walk_surname(const char *full, size_t n) {
  size_t b = n;
  while (b && full[b - 1] != ' ')
    b--;
  while (b > 1) {
    size_t pe = b - 1, pb = pe;
    while (pb && full[pb - 1] != ' ')
      pb--;
    if (!S_is_particle(full + pb, pe - pb) || pb == 0)
      break;
    b = pb;
  }
  return b;
}

static void test_particles_as_the_walk(void **state) {
  (void)state;
  /* (particles of each length, words of one letter more or less, words
   * that end or begin in a particle, the empty part) */
  static const char *const parts[] = {
      "de", "la", "von", "der", "della", "x",    "ab",  "abc", "abcd",
      "abcde", "abcdef", "ode", "dell", "ella", "vonn", "adel", "",
      "d",  "ana"};
  enum { NP = sizeof parts / sizeof *parts };
  size_t checked = 0, taken = 0;
  char full[128];
  for (unsigned k = 0; k <= 4; k++) {
    unsigned total = 1;
    for (unsigned i = 0; i < k; i++)
      total *= NP;
    for (unsigned code = 0; code < total; code++) {
      size_t n = 0;
      unsigned c = code;
      for (unsigned i = 0; i < k; i++, c /= NP) {
        const char *p = parts[c % NP];
        memcpy(full + n, p, strlen(p));
        n += strlen(p);
        full[n++] = ' ';
      }
      memcpy(full + n, "ruiz", 5);
      n += 4;
      size_t b = S_walk_surname(full, n);
      cc_buf got = CC_BUF_INIT;
      cc_entity_surname(full, &got);
      assert_string_equal(got.ptr, full + b);
      cc_buf_free(&got);
      checked++;
      taken += b < n - 4;
    }
  }
  /* (the names did hold particles taken: the test tests something) */
  assert_true(taken > 1000);
  assert_true(checked > 100000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_particles_as_the_walk),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
