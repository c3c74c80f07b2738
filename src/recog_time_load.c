/* recog_time_load.c - the temporal model: the lexicon's tables (months,
 * weekdays, time units, zones, places, lunar dates, holidays, national
 * days, qualifiers, the temporal words) loaded into one hash of words and
 * their senses, and the indexes built after loading (start keys, joins by
 * word id, place ids).  recog_time_int.h lists the other files. */
#include "recog_time_int.h"

/* The interned item of s, made when new (s hashed once for the lookup
 * and the insertion: some 1,300 strings a start). */
static S_str *S_intern_str(cc_time_model *tm, const char *s) {
  S_str *e = NULL;
  size_t n = strlen(s);
  unsigned hv;
  HASH_VALUE(s, n, hv);
  HASH_FIND_BYHASHVALUE(hh, tm->strings, s, n, hv, e);
  if (e)
    return e;
  e = cc_arena_alloc(tm->arena, sizeof *e);
  e->s = cc_arena_strndup(tm->arena, s, n);
  HASH_ADD_KEYPTR_BYHASHVALUE(hh, tm->strings, e->s, n, hv, e);
  return e;
}

static const char *S_intern(cc_time_model *tm, const char *s) {
  return S_intern_str(tm, s)->s;
}

/* s interned (as S_intern gives it), when it is a valid IANA zone
 * (cc_tz_valid), else NULL.  The places and zones tables name the same
 * few zones many times over, and cc_tz_valid reads the zone database:
 * each name is checked once. */
static const char *S_valid_zone(cc_time_model *tm, const char *s) {
  S_str *e = NULL;
  HASH_FIND_STR(tm->strings, s, e);
  if (e && e->zone_ok)
    return e->s;
  if (!cc_tz_valid(s))
    return NULL;
  e = e ? e : S_intern_str(tm, s);
  e->zone_ok = true;
  return e->s;
}

/* The entry of key (n bytes, HASH_VALUE hv), made when new. */
static S_entry *S_entry_geth(cc_time_model *tm, const char *key, size_t n,
                             unsigned hv) {
#ifdef CC_RECOG_CHECK_INERT
  unsigned hc;
  HASH_VALUE(key, n, hc);
  if (hc != hv) {
    fprintf(stderr, "recog: hash of \"%.*s\" differs\n", (int)n, key);
    abort();
  }
#endif
  S_entry *e = NULL;
  HASH_FIND_BYHASHVALUE(hh, tm->words, key, n, hv, e);
  if (!e) {
    e = cc_arena_alloc(tm->arena, sizeof *e);
    e->key = cc_arena_strndup(tm->arena, key, n);
    HASH_ADD_KEYPTR_BYHASHVALUE(hh, tm->words, e->key, n, hv, e);
  }
  return e;
}

/* The entry of key (n bytes), made when new (key hashed once for the
 * lookup and the insertion). */
static S_entry *S_entry_getn(cc_time_model *tm, const char *key, size_t n) {
  unsigned hv;
  HASH_VALUE(key, n, hv);
  return S_entry_geth(tm, key, n, hv);
}

static S_entry *S_entry_get(cc_time_model *tm, const char *key) {
  return S_entry_getn(tm, key, strlen(key));
}

#define S_PFX_HASHED 128 /* longer keys: each prefix hashed on its own */

/* s[0..n) (hash hv, not in set) into set, kept by reference.  An empty
 * set's first table has set->mask + 1 slots when S_sset_size set it, else
 * 1024. */
static void S_sset_put(S_sset *set, const char *s, uint32_t n, uint32_t hv) {
  if (2 * (set->n + 1) > (set->n ? set->mask + 1 : 0)) { /* grow */
    uint32_t size = set->n ? 2 * (set->mask + 1)
                           : set->mask >= 1023 ? set->mask + 1 : 1024;
    S_sslot *old = set->slots, *sl = cc_xcalloc(size, sizeof *sl);
    cc_prefault(sl, size * sizeof *sl); /* (probed, then put) */
    for (uint32_t k = 0; set->n && k <= set->mask; k++)
      if (old[k].s) {
        uint32_t h = old[k].hv & (size - 1);
        while (sl[h].s)
          h = (h + 1) & (size - 1);
        sl[h] = old[k];
      }
    cc_xfree(old);
    set->slots = sl;
    set->mask = size - 1;
  }
  uint32_t h = hv & set->mask;
  while (set->slots[h].s)
    h = (h + 1) & set->mask;
  set->slots[h] = (S_sslot){s, hv, n};
  set->n++;
}

/* The first table of the empty set: room for n strings (a power of two
 * slots, at most half full), so that it never grows while the model is
 * made: each growth was a table made, filled and dropped. */
static void S_sset_size(S_sset *set, size_t n) {
  uint32_t size = 1024;
  while (size < 2 * n && size < (1u << 30))
    size *= 2;
  set->mask = size - 1; /* (no slots until the first put) */
}

/* Add key's first len, len - 1, ... 1 bytes to set, stopping at one that
 * is there already (its shorter prefixes are there too).  The prefixes'
 * hashes are made in one pass (cc__fnv_prefixes).  key is kept in tm's
 * arena (an entry's key): each prefix is its first bytes there. */
static void S_add_prefix_run(S_sset *set, const char *key, size_t len) {
  unsigned hs[S_PFX_HASHED + 1];
  if (len <= S_PFX_HASHED)
    cc__fnv_prefixes(key, len, hs);
  for (size_t l = len; l > 0; l--) {
    unsigned hv; /* hashed once for the lookup and the insertion */
    if (len <= S_PFX_HASHED)
      hv = hs[l];
    else
      HASH_VALUE(key, l, hv);
#ifdef CC_RECOG_CHECK_INERT
    unsigned hc;
    HASH_VALUE(key, l, hc);
    if (hc != hv) {
      fprintf(stderr, "recog: prefix hash of \"%.*s\" differs\n", (int)l,
              key);
      abort();
    }
#endif
    if (S_sset_has(set, key, l, hv))
      return;
    S_sset_put(set, key, (uint32_t)l, hv);
  }
}

/* Record the proper prefixes of key (n bytes): cc__time_phrase stops as
 * soon as the words it has joined begin no key. */
static void S_add_prefixes(cc_time_model *tm, const char *key, size_t n) {
  if (n > 1)
    S_add_prefix_run(&tm->prefixes, key, n - 1);
}

/* The word key[0..n) begins longer keys: cc__time_phrase is asked at it. */
static void S_add_trigger(cc_time_model *tm, const char *key, size_t n) {
  if (n >= 64) /* (as long as the copy it once was made in) */
    return;
  S_entry *f = S_entry_getn(tm, key, n);
  f->prefix = true;
  for (S_sense *x = f->senses; x; x = x->next)
    if (x->kind == S_K_PREFIX)
      return;
  S_sense *p = cc_arena_alloc(tm->arena, sizeof *p);
  p->kind = S_K_PREFIX;
  S_sense **fp = &f->senses;
  while (*fp)
    fp = &(*fp)->next;
  *fp = p;
}

/* Add a sense under an already normalized key; senses keep file order. */
static S_sense *S_add(cc_time_model *tm, const char *key, S_kind kind) {
  /* one walk: the key's length and hash (HASH_FNV, a byte a step), its
   * words (spaces), the tokens it may span ("semi-annual" is three) and
   * its first token's end */
  int w = 1;
  size_t span = 1, n = 0, first_len = SIZE_MAX;
  unsigned hv = 2166136261u;
  for (; key[n]; n++) {
    char ch = key[n];
    hv = (hv ^ (unsigned char)ch) * 16777619u;
    if (ch == ' ' || ch == '-' || ch == '.' || ch == '\'') {
      span++;
      w += ch == ' ';
      if (first_len == SIZE_MAX)
        first_len = n;
    }
  }
  S_entry *e = S_entry_geth(tm, key, n, hv);
  S_add_prefixes(tm, e->key, n);
  S_sense *s = cc_arena_alloc(tm->arena, sizeof *s);
  s->kind = (uint8_t)kind;
  S_sense **pp = &e->senses;
  while (*pp)
    pp = &(*pp)->next;
  *pp = s;
  if (w > tm->max_words)
    tm->max_words = w;
  if ((int)span > tm->max_tokens)
    tm->max_tokens = (int)span;
  if (first_len != SIZE_MAX && first_len > 0) /* the first token triggers */
    S_add_trigger(tm, key, first_len);
  return s;
}

/* ---- loading the tables ------------------------------------------------- */

typedef struct S_load {
  cc_time_model *tm;
  const cc_lex_table *t;
  const char *name;
  cc_err *err;
} S_load;

static int S_fail(S_load *L, const cc_lex_entry *e, const char *what,
                  const char *cell) {
  cc_err_set(L->err, "%s.csv:%u: %s '%s'", L->name, e->line, what, cell);
  return -1;
}

/* A decimal integer in [lo, hi] filling s (spaces before it and a sign
 * allowed, as strtol reads them; by hand, as the tables hold thousands of
 * cells and strtol costs some 500 instructions a call). */
static bool S_parse_int(const char *s, int lo, int hi, int *out) {
  if (!s)
    return false;
  while (*s == ' ' || *s == '\t')
    s++;
  bool neg = *s == '-';
  if (*s == '-' || *s == '+')
    s++;
  long v = 0;
  int n = 0;
  for (; *s >= '0' && *s <= '9'; s++, n++) {
    if (n >= 9)
      return false;
    v = v * 10 + (*s - '0');
  }
  if (!n || *s)
    return false;
  if (neg)
    v = -v;
  if (v < lo || v > hi)
    return false;
  *out = (int)v;
  return true;
}

/* Column index, or an error naming the table and the missing column. */
static int S_col(S_load *L, const char *col, int *idx) {
  *idx = cc_lex_col(L->t, col);
  if (*idx < 0) {
    cc_err_set(L->err, "%s.csv:1: missing column '%s'", L->name, col);
    return -1;
  }
  return 0;
}

static int S_table(S_load *L, const cc_lexicon *lx, const char *name,
                   bool required) {
  L->name = name;
  L->t = cc_lex_table_get(lx, name);
  if (!L->t && required) {
    cc_err_set(L->err, "%s.csv: table missing from the lexicon", name);
    return -1;
  }
  return 0;
}

static bool S_strict_ok(const char *s, int *v) {
  if (!s || !*s) {
    *v = 0;
    return true;
  }
  return S_parse_int(s, 0, 2, v);
}

static int S_load_months(S_load *L, const cc_lexicon *lx) {
  int cm, cs;
  if (S_table(L, lx, "months", true) || S_col(L, "month", &cm) ||
      S_col(L, "strict", &cs))
    return -1;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    int m, st;
    if (!S_parse_int(cc_lex_cell(e, cm), 1, 12, &m))
      return S_fail(L, e, "bad month", cc_lex_cell(e, cm));
    if (!S_strict_ok(cc_lex_cell(e, cs), &st))
      return S_fail(L, e, "bad strict flag", cc_lex_cell(e, cs));
    S_sense *s = S_add(L->tm, e->key, S_K_MONTH);
    s->v = m;
    s->strict = (uint8_t)st;
  }
  return 0;
}

static int S_load_weekdays(S_load *L, const cc_lexicon *lx) {
  int cw, cp, cs;
  if (S_table(L, lx, "weekdays", true) || S_col(L, "weekday", &cw) ||
      S_col(L, "plural", &cp) || S_col(L, "strict", &cs))
    return -1;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    int w, pl, st;
    if (!S_parse_int(cc_lex_cell(e, cw), 0, 6, &w))
      return S_fail(L, e, "bad weekday (0-6)", cc_lex_cell(e, cw));
    if (!S_strict_ok(cc_lex_cell(e, cp), &pl))
      return S_fail(L, e, "bad plural flag", cc_lex_cell(e, cp));
    if (!S_strict_ok(cc_lex_cell(e, cs), &st))
      return S_fail(L, e, "bad strict flag", cc_lex_cell(e, cs));
    S_sense *s = S_add(L->tm, e->key, S_K_WEEKDAY);
    s->v = w;
    s->flag = (uint8_t)pl;
    s->strict = (uint8_t)st;
  }
  return 0;
}

static const char *const S_units[] = {"Y", "M", "W", "D", "H", "MIN", "S"};

static int S_unit_index(const char *u) {
  for (int i = 0; i < 7; i++)
    if (strcmp(u, S_units[i]) == 0)
      return i;
  return -1;
}

static int S_load_units(S_load *L, const cc_lexicon *lx) {
  int cu, cm;
  if (S_table(L, lx, "time_units", true) || S_col(L, "unit", &cu) ||
      S_col(L, "mult", &cm))
    return -1;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    int u = S_unit_index(cc_lex_cell(e, cu)), mult;
    if (u < 0)
      return S_fail(L, e, "bad unit (Y M W D H MIN S)", cc_lex_cell(e, cu));
    if (!S_parse_int(cc_lex_cell(e, cm), 1, 1000, &mult))
      return S_fail(L, e, "bad multiplier", cc_lex_cell(e, cm));
    S_sense *s = S_add(L->tm, e->key, S_K_UNIT);
    s->v = u;
    s->a = mult;
    s->s = S_units[u];
  }
  return 0;
}

/* "+05:30" / "-8" / "+0530" -> seconds east of UTC. */
bool cc__time_parse_offset(const char *s, int32_t *off) {
  int sign = 1, h = 0, m = 0;
  if (*s == '+' || *s == '-')
    sign = *s++ == '-' ? -1 : 1;
  else
    return false;
  int nd = 0;
  while (S_dig(*s) && nd < 2) {
    h = h * 10 + (*s++ - '0');
    nd++;
  }
  if (!nd)
    return false;
  if (*s == ':')
    s++;
  if (*s) {
    if (!S_dig(s[0]) || !S_dig(s[1]) || s[2])
      return false;
    m = (s[0] - '0') * 10 + (s[1] - '0');
  }
  if (h > 14 || m > 59)
    return false;
  *off = sign * (h * 3600 + m * 60);
  return true;
}

static int S_load_zones(S_load *L, const cc_lexicon *lx) {
  int cz, co, cs;
  if (S_table(L, lx, "zones", true) || S_col(L, "zone", &cz) ||
      S_col(L, "offset", &co) || S_col(L, "strict", &cs))
    return -1;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    const char *z = cc_lex_cell(e, cz), *o = cc_lex_cell(e, co), *zi;
    int st;
    if (strcmp(z, "@local") == 0)
      zi = NULL;
    else if (!(zi = S_valid_zone(L->tm, z)))
      return S_fail(L, e, "unknown IANA zone", z);
    if (!S_strict_ok(cc_lex_cell(e, cs), &st))
      return S_fail(L, e, "bad strict flag", cc_lex_cell(e, cs));
    S_sense *s = S_add(L->tm, e->key, S_K_ZONE);
    s->s = zi ? zi : S_intern(L->tm, z);
    s->strict = (uint8_t)st;
    if (*o) {
      int32_t off;
      if (!cc__time_parse_offset(o, &off))
        return S_fail(L, e, "bad offset (+HH:MM)", o);
      s->flag = 1;
      s->v = off;
    }
  }
  return 0;
}

static int S_load_places(S_load *L, const cc_lexicon *lx) {
  int cz;
  if (S_table(L, lx, "places", false))
    return -1;
  if (!L->t)
    return 0;
  if (S_col(L, "zone", &cz))
    return -1;
  /* a country's name is weaker evidence of where the story is than a
   * city's: "leaders of Kenya and Indonesia met in Jakarta" */
  const cc_lex_table *nations = cc_lex_table_get(lx, "nations");
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    const char *z = cc_lex_cell(e, cz), *zi = S_valid_zone(L->tm, z);
    if (!zi)
      return S_fail(L, e, "unknown IANA zone", z);
    S_sense *s = S_add(L->tm, e->key, S_K_PLACE);
    s->s = zi;
    s->flag = nations && cc_lex_findn(nations, e->key, strlen(e->key));
  }
  return 0;
}

/* One date of a table's list at *p (the list ends at end): "YYYY-MM-DD",
 * "/PND" after it for a feast of its own length N (Ramadan's 29 or 30
 * days); *p moved past it and the space after it.  (By hand, with few
 * branches: a list holds thousands of dates.) */
static bool S_lunar_date(const char **p, const char *end, int def,
                         S_lunar *r) {
  const char *s = *p;
  if (end - s < 10)
    return false;
  /* "YYYY-MM-" as one integer, tested against byte patterns loaded the
   * same way (so in any byte order): a digit's high nibble is 3 before
   * and after adding 6 (a byte that passes the first test carries
   * nothing into the next), a dash is a dash */
  static const unsigned char m1[8] = {0xF0, 0xF0, 0xF0, 0xF0,
                                      0xFF, 0xF0, 0xF0, 0xFF},
                             p1[8] = {0x30, 0x30, 0x30, 0x30,
                                      '-',  0x30, 0x30, '-'},
                             a2[8] = {6, 6, 6, 6, 0, 6, 6, 0},
                             m2[8] = {0xF0, 0xF0, 0xF0, 0xF0,
                                      0, 0xF0, 0xF0, 0};
  uint64_t v, M1, P1, A2, M2;
  memcpy(&v, s, 8);
  memcpy(&M1, m1, 8);
  memcpy(&P1, p1, 8);
  memcpy(&A2, a2, 8);
  memcpy(&M2, m2, 8);
  unsigned g8 = (unsigned)(unsigned char)s[8] - '0',
           g9 = (unsigned)(unsigned char)s[9] - '0';
  if (((v & M1) != P1) | (((v + A2) & M2) != (P1 & M2)) | (g8 > 9) |
      (g9 > 9))
    return false;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
          (s[3] - '0'),
      m = (s[5] - '0') * 10 + (s[6] - '0'), d = (int)(g8 * 10 + g9),
      n = def;
  if (!cc_date_valid(y, m, d))
    return false;
  s += 10;
  if (s[0] == '/') { /* "/P30D" */
    if (s[1] != 'P' || !(s[2] >= '1' && s[2] <= '9'))
      return false;
    n = 0;
    for (s += 2; *s >= '0' && *s <= '9' && n <= 60; s++)
      n = n * 10 + (*s - '0');
    if (*s++ != 'D' || n > 60)
      return false;
  }
  if (*s && *s++ != ' ')
    return false;
  r->year = (int16_t)y;
  r->days = (int16_t)n;
  r->start = (int32_t)cc_days_from_civil(y, m, d);
  *p = s;
  return true;
}

/* The dates of one row (table e->key) after the n already read. */
static int S_lunar_row(S_load *L, const cc_lex_entry *e, int cd, int cl,
                       size_t *n) {
  int def = 0;
  const char *dc = cc_lex_cell(e, cd), *p = cc_lex_cell(e, cl),
             *end = p + strlen(p);
  if (*dc && !S_parse_int(dc, 1, 60, &def))
    return S_fail(L, e, "bad number of days", dc);
  S_ltab *t = &L->tm->ltabs[L->tm->nltabs++];
  t->name = S_intern(L->tm, e->key);
  t->first = (int)*n;
  for (const char *at = p; *at; (*n)++) {
    S_lunar *r = &L->tm->lunar[*n];
    const char *was = at;
    bool ok = S_lunar_date(&at, end, def, r);
    /* (in order: S_holiday_nearer and the year's lookup rely on it) */
    if (!ok || (*n > (size_t)t->first && r->start <= r[-1].start)) {
      char bad[24];
      snprintf(bad, sizeof bad, "%.*s", (int)strcspn(was, " "), was);
      return S_fail(L, e, "bad date", bad);
    }
    if (!r->days)
      return S_fail(L, e, "bad number of days", dc);
  }
  t->n = (int)*n - t->first;
  if (!t->n)
    return S_fail(L, e, "no dates for table", e->key);
  return 0;
}

/* lunar_dates.csv (optional): table, days, dates (the first day of each
 * year's feast, in order, a space between).  The dates of Ramadan, Eid
 * or Passover follow calendars that no rule of holidays.csv can compute;
 * a generator (tools/gen_lunar_dates.py) lists them, a row a table (a
 * row a date cost some 3,000 instructions each at start-up). */
static int S_load_lunar(S_load *L, const cc_lexicon *lx) {
  int cd, cl;
  if (S_table(L, lx, "lunar_dates", false))
    return -1;
  if (!L->t)
    return 0;
  if (S_col(L, "days", &cd) || S_col(L, "dates", &cl))
    return -1;
  size_t rows = cc_lex_size(L->t), n = 0;
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) /* room: 11 bytes a date */
    n += (strlen(cc_lex_cell(e, cl)) + 1) / 11;
  L->tm->lunar = cc_arena_alloc(L->tm->arena, (n ? n : 1) * sizeof(S_lunar));
  L->tm->ltabs =
      cc_arena_alloc(L->tm->arena, (rows ? rows : 1) * sizeof(S_ltab));
  n = 0;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    if (e != cc_lex_find(L->t, e->key))
      return S_fail(L, e, "table listed twice", e->key);
    if (S_lunar_row(L, e, cd, cl, &n))
      return -1;
  }
  L->tm->nlunar = n;
  return 0;
}

/* The dates of table name (interned, as the tables' names are): the
 * first into *first, how many returned. */
static int S_lunar_rows(const cc_time_model *tm, const char *name,
                        int *first) {
  for (size_t i = 0; i < tm->nltabs; i++)
    if (tm->ltabs[i].name == name) {
      *first = tm->ltabs[i].first;
      return tm->ltabs[i].n;
    }
  return 0;
}

/* sscanf's %d at p where no space comes first: a sign, then at most 6
 * digits (more, or none: NULL, for the caller to ask sscanf itself). */
static const char *S_scan_int(const char *p, int *v) {
  int sign = *p == '-' ? -1 : 1;
  if (*p == '+' || *p == '-')
    p++;
  int x = 0, n = 0;
  for (; S_dig(*p); p++) {
    if (++n > 6)
      return NULL;
    x = x * 10 + (*p - '0');
  }
  if (!n)
    return NULL;
  *v = sign * x;
  return p;
}

/* S_holiday_rule_ok's sscanf answers for "easter+K" (after the name, at
 * p) and "M/N/W" or "M/N/W+K" (at r), read by hand when the rule is
 * written so (a sign before K, no space): 1 valid, 0 not, -1 written
 * otherwise (ask sscanf). */
static int S_easter_fast(const char *p) {
  int k;
  const char *e = S_scan_int(p, &k);
  return e && !*e ? k > -100 && k < 100 : -1;
}
static int S_mnw_fast(const char *r) {
  int a, b, c, k;
  const char *p = S_scan_int(r, &a);
  if (!p || *p != '/' || !(p = S_scan_int(p + 1, &b)) || *p != '/' ||
      !(p = S_scan_int(p + 1, &c)))
    return -1;
  if (*p && (!(*p == '+' || *p == '-') || !(p = S_scan_int(p, &k)) || *p))
    return -1;
  return a >= 1 && a <= 12 && b >= -1 && b <= 5 && b != 0 && c >= 0 && c <= 6;
}

static bool S_holiday_rule_ok(const char *r) {
  int a, b, c, k, f;
  char tail;
  /* most rules are "MM-DD" or "table:NAME": by hand (sscanf costs some
   * thousand instructions a call), as the first sscanf reads them (a
   * letter first is no number) */
  if (S_dig(r[0]) && S_dig(r[1]) && r[2] == '-' && S_dig(r[3]) &&
      S_dig(r[4]) && !r[5])
    return cc_date_valid(2000, (r[0] - '0') * 10 + (r[1] - '0'),
                         (r[3] - '0') * 10 + (r[4] - '0'));
  if (strncmp(r, "table:", 6) == 0)
    return r[6] != 0; /* (S_load_holidays finds its rows) */
  /* (the names and "M/N/W" first: the sscanf of "MM-DD" reads neither
   * as two numbers) */
  if (strncmp(r, "oeaster", 7) == 0)
    return (f = S_easter_fast(r + 7)) >= 0
               ? f
               : sscanf(r + 7, "%d%c", &k, &tail) == 1 && k > -100 && k < 100;
  if (strncmp(r, "easter", 6) == 0)
    return (f = S_easter_fast(r + 6)) >= 0
               ? f
               : sscanf(r + 6, "%d%c", &k, &tail) == 1 && k > -100 && k < 100;
  if ((f = S_mnw_fast(r)) >= 0)
    return f;
  if (sscanf(r, "%2d-%2d%c", &a, &b, &tail) == 2)
    return cc_date_valid(2000, a, b);
  int n = sscanf(r, "%d/%d/%d%d%c", &a, &b, &c, &k, &tail);
  return (n == 3 || n == 4) && a >= 1 && a <= 12 && b >= -1 && b <= 5 &&
         b != 0 && c >= 0 && c <= 6;
}

/* A holiday whose first word keeps an apostrophe inside ("tish'a b'av",
 * "jumu'atul-wida"): the segmenter reads that word as one token, where
 * S_add triggers the key at the letters before the apostrophe ("tish");
 * the whole word triggers it too.  Not a possessive's "'s" ("valentine's
 * day"), which the segmenter splits off. */
static void S_holiday_trigger(cc_time_model *tm, const char *key) {
  size_t n = strcspn(key, " -.");
  const char *a = memchr(key, '\'', n);
  if (!a || a == key || !key[n] || (a[1] == 's' && a + 2 == key + n))
    return;
  S_add_trigger(tm, key, n);
}

static int S_load_holidays(S_load *L, const cc_lexicon *lx) {
  int cr;
  if (S_table(L, lx, "holidays", false))
    return -1;
  if (!L->t)
    return 0;
  if (S_col(L, "rule", &cr))
    return -1;
  int cs = cc_lex_col(L->t, "strict"); /* optional columns */
  int cd = cc_lex_col(L->t, "days");
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    const char *r = cc_lex_cell(e, cr);
    int st = 0;
    if (!S_holiday_rule_ok(r))
      return S_fail(L, e, "bad holiday rule", r);
    if (cs >= 0 && !S_strict_ok(cc_lex_cell(e, cs), &st))
      return S_fail(L, e, "bad strict flag", cc_lex_cell(e, cs));
    int first = 0, rows = 0;
    if (!strncmp(r, "table:", 6) &&
        !(rows = S_lunar_rows(L->tm, S_intern(L->tm, r + 6), &first)))
      return S_fail(L, e, "no rows in lunar_dates.csv for holiday rule", r);
    int days = 1;
    const char *dc = cd >= 0 ? cc_lex_cell(e, cd) : "";
    if (*dc && (rows || !S_parse_int(dc, 1, 60, &days)))
      return S_fail(L, e, "bad number of days", dc);
    /* a name listed twice would keep the first row only, silently */
    for (const S_sense *x = S_entry_get(L->tm, e->key)->senses; x; x = x->next)
      if (x->kind == S_K_HOLIDAY)
        return S_fail(L, e, "holiday listed twice", e->key);
    S_sense *s = S_add(L->tm, e->key, S_K_HOLIDAY);
    S_holiday_trigger(L->tm, e->key);
    s->s = S_intern(L->tm, r);
    s->strict = (uint8_t)st;
    s->a = first;
    s->b = rows;
    s->v = days;
  }
  return 0;
}

/* "NAME\x1fCOUNTRY" (or NAME alone), interned in tm's arena. */
static const char *S_natkey(cc_time_model *tm, const char *name,
                            const char *country) {
  size_t n = strlen(name), m = country ? strlen(country) : 0;
  char *k = cc_arena_alloc(tm->arena, n + m + 2);
  memcpy(k, name, n);
  k[n] = '\0';
  if (country) {
    k[n] = '\x1f';
    memcpy(k + n + 1, country, m + 1);
  }
  return k;
}

static void S_natday_add(cc_time_model *tm, const char *key,
                         const S_sense *sense) {
  S_natday *d = NULL;
  HASH_FIND_STR(tm->natdays, key, d);
  if (d)
    return;
  d = cc_arena_alloc(tm->arena, sizeof *d);
  d->key = key;
  d->sense = sense;
  HASH_ADD_KEYPTR(hh, tm->natdays, d->key, strlen(d->key), d);
}

/* national_days.csv: a holiday's name (a key of holidays.csv), the
 * country whose day it is (a country of nations.csv) and that country's
 * rule; and nations.csv's names and adjectives, to tell the country
 * written before a holiday. */
static int S_load_national(S_load *L, const cc_lexicon *lx) {
  int cc, cr;
  if (S_table(L, lx, "national_days", false))
    return -1;
  if (!L->t)
    return 0;
  if (S_col(L, "country", &cc) || S_col(L, "rule", &cr))
    return -1;
  const cc_lex_table *nt = cc_lex_table_get(lx, "nations");
  int nc = nt ? cc_lex_col(nt, "country") : -1;
  if (nc < 0) {
    cc_err_set(L->err, "national_days.csv needs nations.csv (its country "
                       "column)");
    return -1;
  }
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(nt, i)); i++) {
    S_nation *x = NULL;
    HASH_FIND_STR(L->tm->nations, e->key, x);
    if (x)
      continue;
    x = cc_arena_alloc(L->tm->arena, sizeof *x);
    x->name = cc_arena_strdup(L->tm->arena, e->key);
    x->country = S_intern(L->tm, cc_lex_cell(e, nc));
    HASH_ADD_KEYPTR(hh, L->tm->nations, x->name, strlen(x->name), x);
    S_str *k = NULL;
    HASH_FIND_STR(L->tm->strings, x->country, k);
    k->country = true;
  }
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    const char *r = cc_lex_cell(e, cr), *ctry = cc_lex_cell(e, cc);
    if (!S_holiday_rule_ok(r))
      return S_fail(L, e, "bad holiday rule", r);
    S_str *k = NULL;
    HASH_FIND_STR(L->tm->strings, ctry, k);
    if (!k || !k->country)
      return S_fail(L, e, "country not in nations.csv", ctry);
    int first = 0, rows = 0;
    if (!strncmp(r, "table:", 6) &&
        !(rows = S_lunar_rows(L->tm, S_intern(L->tm, r + 6), &first)))
      return S_fail(L, e, "no rows in lunar_dates.csv for holiday rule", r);
    const char *key = S_natkey(L->tm, e->key, ctry);
    S_natday *d = NULL;
    HASH_FIND_STR(L->tm->natdays, key, d);
    if (d)
      return S_fail(L, e, "country listed twice for holiday", ctry);
    S_sense *s = cc_arena_alloc(L->tm->arena, sizeof *s);
    memset(s, 0, sizeof *s);
    s->kind = S_K_HOLIDAY;
    s->s = S_intern(L->tm, r);
    s->a = first;
    s->b = rows;
    s->v = 1;
    S_natday_add(L->tm, key, s);
    S_natday_add(L->tm, S_natkey(L->tm, e->key, NULL), NULL);
  }
  return 0;
}

/* Rows of qualifiers.csv that apply to times: approx only (early, mid and
 * late come from temporal.csv, where they also narrow the interval). */
static int S_load_quals(S_load *L, const cc_lexicon *lx) {
  if (S_table(L, lx, "qualifiers", false))
    return -1;
  if (!L->t)
    return 0;
  int cq = cc_lex_col(L->t, "qual"), cp = cc_lex_col(L->t, "position"),
      cs = cc_lex_col(L->t, "scope");
  if (cq < 0 || cp < 0 || cs < 0)
    return 0; /* the number model reports a malformed table */
  const cc_lex_entry *e;
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    const char *q = cc_lex_cell(e, cq), *scope = cc_lex_cell(e, cs);
    if (strcmp(q, "approx") != 0 || strcmp(cc_lex_cell(e, cp), "pre") != 0 ||
        (strcmp(scope, "time") != 0 && strcmp(scope, "both") != 0))
      continue;
    S_sense *s = S_add(L->tm, e->key, S_K_QUAL);
    s->v = CC_Q_APPROX;
  }
  return 0;
}

static const struct {
  const char *name;
  S_kind kind;
} S_tkinds[] = {
    {"pod", S_K_POD},         {"clock", S_K_CLOCK},   {"season", S_K_SEASON},
    {"dayrel", S_K_DAYREL},   {"ref", S_K_REF},       {"shift", S_K_SHIFT},
    {"mod", S_K_MOD},         {"inpart", S_K_INPART}, {"offset", S_K_OFFSET},
    {"decade", S_K_DECADE},   {"set", S_K_SET},       {"every", S_K_EVERY},
    {"weekend", S_K_WEEKEND}, {"ampm", S_K_AMPM},     {"oclock", S_K_OCLOCK},
    {"era", S_K_ERA},         {"tense", S_K_TENSE},   {"prep", S_K_PREP},
    {"freq", S_K_FREQ},       {"vague", S_K_VAGUE},     {"fiscal", S_K_FISCAL},
    {"filler", S_K_FILLER},   {"whole", S_K_WHOLE},     {"odds", S_K_ODDS},
    {"change", S_K_CHANGE},   {"rest", S_K_REST},       {"same", S_K_SAME},
};

static int S_temporal_row(S_load *L, const cc_lex_entry *e, S_kind k,
                          const char *v, const char *a, const char *b) {
  S_sense *s = S_add(L->tm, e->key, k);
  int x, y;
  switch (k) {
  case S_K_POD:
    if (!S_parse_int(a, 0, 48, &x) || !S_parse_int(b, 0, 48, &y) || y <= x)
      return S_fail(L, e, "bad hours", a);
    s->s = S_intern(L->tm, v);
    s->a = x;
    s->b = y;
    {
      int q = 0;
      while (q < L->tm->npods && L->tm->pods[q]->s != s->s)
        q++;
      if (q == L->tm->npods && q < 16)
        L->tm->pods[L->tm->npods++] = s;
    }
    break;
  case S_K_CLOCK:
    if (sscanf(v, "%d:%d", &x, &y) != 2 || x < 0 || x > 23 || y < 0 || y > 59)
      return S_fail(L, e, "bad clock time", v);
    s->a = x;
    s->b = y;
    break;
  case S_K_SEASON:
    if (!S_parse_int(a, 1, 12, &x) || !S_parse_int(b, 1, 12, &y))
      return S_fail(L, e, "bad season months", a);
    s->s = S_intern(L->tm, v);
    s->a = x;
    s->b = y;
    break;
  case S_K_VAGUE:
    if (!S_parse_int(a, 0, 1000000, &x))
      return S_fail(L, e, "bad least count", a);
    s->a = x;
    s->b = *b ? (S_parse_int(b, x, 1000000, &y) ? y : -1) : 0;
    if (s->b < 0)
      return S_fail(L, e, "bad most count", b);
    break;
  case S_K_DAYREL:
  case S_K_SHIFT:
  case S_K_INPART:
  case S_K_DECADE:
  case S_K_AMPM:
  case S_K_TENSE:
  case S_K_PREP:
  case S_K_FREQ:
    if (!S_parse_int(v, -100, 100, &x))
      return S_fail(L, e, "bad value", v);
    s->v = x;
    s->s = *a ? S_intern(L->tm, a) : NULL;
    break;
  case S_K_OFFSET:
    if (!S_parse_int(v, -1, 1, &x) ||
        (strcmp(a, "doc") != 0 && strcmp(a, "mention") != 0))
      return S_fail(L, e, "bad offset (value -1/1, a doc/mention)", v);
    s->v = x;
    s->flag = strcmp(a, "doc") == 0;
    break;
  case S_K_MOD:
    if (strcmp(v, "early") == 0)
      s->v = CC_Q_EARLY;
    else if (strcmp(v, "mid") == 0)
      s->v = CC_Q_MID;
    else if (strcmp(v, "late") == 0)
      s->v = CC_Q_LATE;
    else
      return S_fail(L, e, "bad modifier (early/mid/late)", v);
    break;
  case S_K_ERA:
    if (strcmp(v, "bc") != 0 && strcmp(v, "ad") != 0)
      return S_fail(L, e, "bad era (bc/ad)", v);
    s->v = strcmp(v, "bc") == 0 ? -1 : 1;
    break;
  default:
    s->s = *v ? S_intern(L->tm, v) : NULL;
    break;
  }
  return 0;
}

/* A verb of an amount's change or of the calendar, kept among the
 * interned strings and not as a word's sense: it is asked only before the
 * "from" or "between" of a range of bare hours, or before the "on" of a
 * weekday, and as entries such common words ("up", "cut", "is") would no
 * longer be plain words to the quick refusals (cc__time_plain_word). */
static S_str *S_add_flagged(cc_time_model *tm, const char *w) {
  S_str *e = NULL;
  const char *s = S_intern(tm, w);
  HASH_FIND_STR(tm->strings, s, e);
  return e;
}

static const S_str *S_flagged(const cc_time_model *tm, const char *w) {
  S_str *e = NULL;
  HASH_FIND_STR(tm->strings, w, e);
  return e;
}

bool cc__time_amount_verb(const cc_time_model *tm, const char *w) {
  const S_str *e = S_flagged(tm, w);
  return e && e->amount;
}

bool cc__time_calendar_verb(const cc_time_model *tm, const char *w) {
  const S_str *e = S_flagged(tm, w);
  return e && e->calendar;
}

static int S_load_temporal(S_load *L, const cc_lexicon *lx) {
  int ck, cv, ca, cb;
  if (S_table(L, lx, "temporal", true) || S_col(L, "kind", &ck) ||
      S_col(L, "value", &cv) || S_col(L, "a", &ca) || S_col(L, "b", &cb))
    return -1;
  const cc_lex_entry *e;
  size_t last = 0; /* S_tkinds' index of the last row's kind */
  for (size_t i = 0; (e = cc_lex_at(L->t, i)); i++) {
    const char *kind = cc_lex_cell(e, ck);
    if (strcmp(kind, "amount") == 0 || strcmp(kind, "calendar") == 0) {
      S_str *x = S_add_flagged(L->tm, e->key);
      if (kind[0] == 'a')
        x->amount = true;
      else
        x->calendar = true;
      continue;
    }
    /* (the rows of a kind come together: the last row's first) */
    size_t k = last, nk = sizeof S_tkinds / sizeof S_tkinds[0];
    if (strcmp(S_tkinds[k].name, kind) != 0)
      for (k = 0; k < nk && strcmp(S_tkinds[k].name, kind) != 0;)
        k++;
    if (k == nk)
      return S_fail(L, e, "unknown kind", kind);
    last = k;
    if (S_temporal_row(L, e, S_tkinds[k].kind, cc_lex_cell(e, cv),
                       cc_lex_cell(e, ca), cc_lex_cell(e, cb)))
      return -1;
  }
  return 0;
}

/* Every word the parsers compare a token with (S_is): a word after a
 * number is plain (S_plain) only when it is none of these. */
const char *const cc__time_literals[] = {
    "#", "'s", "a", "about", "after", "ago", "all", "an", "and", "around",
    "as", "at", "before", "between", "by", "century", "coming", "day",
    "during", "each", "every", "final", "following", "for", "former", "from", "half",
    "hours", "hr", "hrs", "in", "last", "latter", "long", "m", "minute",
    "minutes", "month", "next", "no", "o", "of", "oh", "old", "on", "or",
    "other", "over", "past", "per", "quarter", "s", "shall", "the", "this",
    "through", "throughout", "thru", "till", "time", "to", "until", "up",
    "upcoming", "week", "when", "will", "within", "won't", "year",
    "working", "business", "trading", NULL}; /* (S_workdays) */

/* The words the parsers test at the first token of an expression (or
 * after "the"), besides "a" and "an" (S_inert). */
/* (S_first_word tests these by their first bytes: the two stay alike, as
 * the inert build checks) */
const char *const cc__time_first_words[] = {
    "the",    "half",   "quarter", "between", "from", "last",
    "latter", "former", "week",    "this",    "next", "end",
    "start",  "final",  NULL}; /* ("end-2017": cc__time_end_hyphen) */

static void S_add_start(cc_time_model *tm, const char *key, size_t len) {
  S_add_prefix_run(&tm->starts, key, len);
}

/* After loading: each word's trigger answer, and the keys (with their
 * prefixes) a weak word may begin together with the next token. */
static void S_index_starts(cc_time_model *tm) {
  for (S_entry *e = tm->words; e; e = e->hh.next) {
    uint64_t kinds = 0;
    for (const S_sense *x = e->senses; x; x = x->next)
      kinds |= S_M(x->kind);
    e->kinds = kinds;
    e->trig = (kinds & S_START_KINDS) ? 1 : 2;
    if (e->trig == 1)
      S_add_start(tm, e->key, strlen(e->key));
  }
}

static void S_jadd(cc_time_model *tm, uint64_t k) {
  uint32_t h = S_jslot(k, tm->jmask);
  while (tm->jkeys[h] && tm->jkeys[h] != k)
    h = (h + 1) & tm->jmask;
  tm->jkeys[h] = k;
}

/* tm->places from the entries with a place sense in their kinds or
 * pkinds: each key's id, when the word table has one (cc__time_phrase's first
 * test at a token of any other id fails: cc__time_text_zone). */
static void S_place_ids(cc_time_model *tm) {
  if (!tm->vocab)
    return;
  tm->places = cc_xcalloc(tm->nids, sizeof *tm->places);
  tm->wf_places = cc_arena_alloc(tm->arena, sizeof *tm->wf_places);
  memset(tm->wf_places, 0, sizeof *tm->wf_places);
  size_t n1 = 0, cap1 = 0;
  for (S_entry *e = tm->words; e; e = e->hh.next)
    if ((e->kinds | (e->prefix ? e->pkinds : 0)) & S_M(S_K_PLACE)) {
      size_t n = strlen(e->key);
      uint32_t id = cc_vocab_find(tm->vocab, e->key, n);
      if (!id || id >= tm->nids) { /* ("new york", "port-au-prince") */
        cc_wf_add(tm->wf_places, e->key, n);
        continue;
      }
      tm->places[id] = 1;
      const S_sense *one = NULL; /* cc__time_phrase's answer at a word alone */
      for (const S_sense *x = e->senses; x && !one; x = x->next)
        if (x->kind == S_K_PLACE)
          one = x;
      if (!one) { /* ("new", "hong"): places of longer keys alone */
        tm->places[id] = S_PLACE_LONGER;
        continue;
      }
      if (n1 + 2 > S_PLACE1_ASK - 1)
        continue;
      if (n1 == cap1) {
        cap1 = cap1 ? 2 * cap1 : 256;
        tm->place1 = cc_xrealloc(tm->place1, cap1 * sizeof *tm->place1);
      }
      tm->place1[n1] = one;
      tm->places[id] = (uint16_t)(n1++ + 2);
      if (e->prefix && (e->pkinds & S_M(S_K_PLACE)))
        tm->places[id] |= S_PLACE1_ASK;
    }
}

/* A key split after its first at bytes, at a proper prefix that is an
 * entry (S_index_pkinds, for S_jplaces); len: the key's length. */
typedef struct S_split {
  const char *key;
  size_t at, len;
} S_split;

/* Into keys, S_jkey | S_JPLACE of every key with a place sense split
 * after each of its proper byte prefixes a that is an entry (sp[0..n),
 * S_index_pkinds) and a word of v: a, a space when the key has one
 * there, then its next one and two bytes.  A longer place key at a token whose
 * entry is a (cc__time_phrase) is a joined with the next token's text, so it
 * begins with a, the space between (if any) and that text's first one or two
 * bytes: a pair of tokens no such key is in begins no place key
 * (cc__time_no_place_key). Returns how many keys. */
static size_t S_jplaces(const cc_time_model *tm, const cc_vocab *v,
                        const S_split *sp, size_t n, uint64_t *keys) {
  size_t nk = 0;
  for (size_t k = 0; k < n; k++) {
    const char *key = sp[k].key;
    size_t p = sp[k].at;
    uint32_t a = cc_vocab_find(v, key, p);
    if (!a || a >= tm->nids)
      continue;
    bool space = key[p] == ' ';
    size_t left = sp[k].len - p - space;
    for (size_t nr = 1; nr <= 2 && nr <= left; nr++)
      keys[nk++] = S_jkey(a, space, key + p + space, nr) | S_JPLACE;
  }
  return nk;
}

/* S_jkey of every string of starts that is a word of v, a space or not,
 * then one or two more bytes: starts holds every byte prefix of its keys,
 * so each such string is an entry s split at its last one, two or three
 * bytes (entries: 2,028; words of v: about 2,700). */
static void S_jshort_build(cc_time_model *tm, const cc_vocab *v,
                           const S_split *splits, size_t nsplits) {
  if (!v)
    return;
  tm->vocab = v;
  tm->nids = cc_vocab_count(v) + 1;
  tm->jpairs = cc_xmalloc(S_JPAIRS * sizeof *tm->jpairs);
  for (uint32_t k = 0; k < S_JPAIRS; k++)
    atomic_init(&tm->jpairs[k], 0);
  size_t n = tm->starts.n;
  /* 4 keys a start entry, 2 a place key's split */
  uint64_t *keys = cc_xmalloc((4 * n + 2 * nsplits + 1) * sizeof *keys);
  size_t nk = S_jplaces(tm, v, splits, nsplits, keys);
  for (uint32_t sk = 0; n && sk <= tm->starts.mask; sk++) {
    const S_sslot *e = &tm->starts.slots[sk];
    if (!e->s)
      continue;
    size_t len = e->len;
    for (size_t r = 1; r <= 3 && r < len; r++) {
      size_t p = len - r; /* a = s[0..p), then r bytes */
      if (r == 3 && e->s[p] != ' ')
        break; /* (three bytes only as a space and two) */
      uint32_t a = cc_vocab_find(v, e->s, p);
      if (!a)
        continue;
      if (r <= 2) /* a and r bytes with no space between */
        keys[nk++] = S_jkey(a, false, e->s + p, r);
      if (r >= 2 && e->s[p] == ' ') /* a, a space, r - 1 bytes */
        keys[nk++] = S_jkey(a, true, e->s + p + 1, r - 1);
    }
  }
  uint32_t cap = 16;
  while (cap < 2 * nk) /* half full at most */
    cap *= 2;
  tm->jmask = cap - 1;
  tm->jkeys = cc_xcalloc(cap, sizeof *tm->jkeys);
  cc_prefault(tm->jkeys, cap * sizeof *tm->jkeys); /* (probed, then put) */
  for (size_t k = 0; k < nk; k++)
    S_jadd(tm, keys[k]);
  cc_xfree(keys);
}

/* Each entry's pkinds, from every key's proper byte prefixes that are
 * entries (after S_index_starts and the word filter). */
/* Also each key with a place sense split after such a prefix, into
 * *splits (*nsplits of them; the caller frees the array): S_jplaces'
 * keys. */
static void S_index_pkinds(cc_time_model *tm, S_split **splits,
                           size_t *nsplits) {
  size_t cap = 0;
  *splits = NULL;
  *nsplits = 0;
  for (S_entry *k = tm->words; k; k = k->hh.next) {
    size_t n = strlen(k->key);
    unsigned hv = 2166136261u; /* HASH_FNV of the prefix, a byte a step */
    for (size_t l = 1; l < n; l++) {
      S_entry *p = NULL;
      hv = (hv ^ (unsigned char)k->key[l - 1]) * 16777619u;
#ifdef CC_RECOG_CHECK_INERT
      unsigned hc;
      HASH_VALUE(k->key, l, hc);
      if (hc != hv) {
        fprintf(stderr, "recog: prefix hash of \"%.*s\" differs\n", (int)l,
                k->key);
        abort();
      }
#endif
      if (cc_wf_may(tm->wf_words, k->key, l))
        HASH_FIND_BYHASHVALUE(hh, tm->words, k->key, l, hv, p);
      if (!p)
        continue;
      p->pkinds |= k->kinds;
      if (k->kinds & S_M(S_K_PLACE)) {
        if (*nsplits == cap) {
          cap = cap ? 2 * cap : 256;
          *splits = cc_xrealloc(*splits, cap * sizeof **splits);
        }
        (*splits)[(*nsplits)++] = (S_split){k->key, l, n};
      }
    }
  }
}

void cc__time_model_set_units(cc_time_model *tm, const cc_unit_model *um) {
  tm->um = um;
}

int cc__time_model_new(const cc_lexicon *lx, cc_time_model **out, cc_err *err) {
  *out = NULL;
  cc_time_model *tm = cc_xcalloc(1, sizeof *tm);
  tm->arena = cc_arena_new();
  /* the sets' sizes, from the words of the lexicon's keys (the shipped
   * tables: some 3,400 words; 4,096 to 8,192 prefixes, 2,048 to 4,096
   * starts) */
  size_t nw = cc_vocab_count(cc_lexicon_vocab(lx));
  S_sset_size(&tm->prefixes, 2 * nw);
  S_sset_size(&tm->starts, nw);
  S_load L = {tm, NULL, "", err};
  if (S_load_months(&L, lx) || S_load_weekdays(&L, lx) ||
      S_load_units(&L, lx) || S_load_zones(&L, lx) || S_load_places(&L, lx) ||
      S_load_lunar(&L, lx) || S_load_holidays(&L, lx) ||
      S_load_national(&L, lx) || S_load_quals(&L, lx) ||
      S_load_temporal(&L, lx)) {
    cc__time_model_free(&tm);
    return -1;
  }
  S_index_starts(tm);
  tm->wf_words = cc_arena_alloc(tm->arena, sizeof *tm->wf_words);
  tm->wf_starts = cc_arena_alloc(tm->arena, sizeof *tm->wf_starts);
  memset(tm->wf_words, 0, sizeof *tm->wf_words);
  memset(tm->wf_starts, 0, sizeof *tm->wf_starts);
  tm->wf_prefixes = cc_arena_alloc(tm->arena, sizeof *tm->wf_prefixes);
  memset(tm->wf_prefixes, 0, sizeof *tm->wf_prefixes);
  for (uint32_t k = 0; tm->prefixes.n && k <= tm->prefixes.mask; k++)
    if (tm->prefixes.slots[k].s)
      cc_wf_add(tm->wf_prefixes, tm->prefixes.slots[k].s,
                tm->prefixes.slots[k].len);
  for (S_entry *e = tm->words; e; e = e->hh.next) {
    cc_wf_add(tm->wf_words, e->key, strlen(e->key));
    if (e->key[0] >= '0' && e->key[0] <= '9')
      tm->num_keys = true;
    for (const S_sense *x = e->senses; x; x = x->next)
      if (x->kind == S_K_UNIT && !S_ascii_letter(e->key[0]))
        tm->unit_odd = true;
  }
  for (uint32_t k = 0; tm->starts.n && k <= tm->starts.mask; k++)
    if (tm->starts.slots[k].s)
      cc_wf_add(tm->wf_starts, tm->starts.slots[k].s, tm->starts.slots[k].len);
  S_split *splits;
  size_t nsplits;
  S_index_pkinds(tm, &splits, &nsplits);
  S_jshort_build(tm, cc_lexicon_vocab(lx), splits, nsplits);
  cc_xfree(splits);
  static _Atomic uint64_t serials;
  tm->serial = atomic_fetch_add(&serials, 1) + 1;
  S_place_ids(tm);
  tm->wf_lits = cc_arena_alloc(tm->arena, sizeof *tm->wf_lits);
  memset(tm->wf_lits, 0, sizeof *tm->wf_lits);
  for (const char *const *p = cc__time_literals; *p; p++)
    cc_wf_add(tm->wf_lits, *p, strlen(*p));
  tm->wf_firsts = cc_arena_alloc(tm->arena, sizeof *tm->wf_firsts);
  memset(tm->wf_firsts, 0, sizeof *tm->wf_firsts);
  for (const char *const *p = cc__time_first_words; *p; p++) {
    cc_wf_add(tm->wf_lits, *p, strlen(*p));
    cc_wf_add(tm->wf_firsts, *p, strlen(*p));
  }
  *out = tm;
  return 0;
}

void cc__time_model_free(cc_time_model **m) {
  if (!m || !*m)
    return;
  HASH_CLEAR(hh, (*m)->words);
  HASH_CLEAR(hh, (*m)->strings);
  cc_xfree((*m)->prefixes.slots);
  cc_xfree((*m)->starts.slots);
  HASH_CLEAR(hh, (*m)->natdays);
  HASH_CLEAR(hh, (*m)->nations);
  cc_xfree((*m)->jkeys);
  cc_xfree((void *)(*m)->jpairs);
  cc_xfree((*m)->places);
  cc_xfree((*m)->place1);
  cc_arena_free(&(*m)->arena);
  cc_xfree(*m);
  *m = NULL;
}

void cc__time_each_literal(void (*fn)(void *ud, const char *key), void *ud) {
  for (const char *const *p = cc__time_literals; *p; p++)
    fn(ud, *p);
}

void cc__time_each_word(const cc_time_model *tm,
                        void (*fn)(void *ud, const char *key, int trig,
                                   const S_entry *e),
                        void *ud) {
  for (const S_entry *e = tm->words; e; e = e->hh.next)
    fn(ud, e->key, e->trig, e);
}
