/* gen.c - a synthetic news corpus for `make bench`.
 *
 *   gen OUTDIR SIZE_MB [SEED]
 *
 * Writes OUTDIR/corpus/sNNNNNN/NN-outlet.{md,txt}: many invented stories
 * (two countries' leaders meet in a city on a date), each covered by three
 * to five outlets, and OUTDIR/plants.csv, the discrepancies planted in
 * them.  Every name, number and outlet is made up here; surnames are built
 * from syllables so no two stories share a person (claim keys of different
 * stories never collide by accident).
 *
 * Story i depends only on (SEED, i): the first stories of the 100 MB corpus
 * are the stories of the 10 MB corpus, so recall is comparable across
 * sizes.  Planted kinds (the check that should find each):
 *   zone_pair     "10:30 a.m. local time (0930 GMT)" with the wrong GMT
 *   weekday_date  "on Monday, March 14, 2023" when it was a Tuesday
 *   same_fact     "the talks lasted ten hours" where the others say seven
 *   count_list    "five-member delegation" whose list names four
 *   elapsed_time  "first meeting in seven years" against a dated last one
 * plants.csv has one row per plant: kind,doc,line_first,line_last,detail
 * (lines of the planted sentence, 1-based, as claimcheck reports them).
 * Prints "stories docs bytes plants" on stdout.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---- random numbers: splitmix64, one stream per story ------------------ */

typedef struct rng {
  uint64_t s;
} rng;

static uint64_t rng_next(rng *r) {
  uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/* uniform in [lo, hi] */
static int rnd(rng *r, int lo, int hi) {
  return lo + (int)(rng_next(r) % (uint64_t)(hi - lo + 1));
}

static int chance(rng *r, int percent) { return rnd(r, 1, 100) <= percent; }

#define PICK(r, a) ((a)[rnd((r), 0, (int)NELEM(a) - 1)])

/* ---- civil dates (days since 1970-01-01) -------------------------------- */

static int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int weekday_of(int64_t days) { /* 0 = Monday */
  return (int)(((days % 7) + 7 + 3) % 7);
}

static const char *const MONTHS[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
static const char *const WEEKDAYS[] = {"Monday", "Tuesday",  "Wednesday",
                                       "Thursday", "Friday", "Saturday",
                                       "Sunday"};
static const char *const NUMWORDS[] = {
    "zero", "one", "two",   "three",  "four",  "five",  "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen"};

/* ---- the world the stories happen in ------------------------------------- */

typedef struct city {
  const char *name, *zone, *country;
} city;

/* Cities the lexicon knows (rules/lexicon/places.csv) with their zones. */
static const city CITIES[] = {
    {"Helsinki", "Europe/Helsinki", "Finland"},
    {"Oslo", "Europe/Oslo", "Norway"},
    {"Stockholm", "Europe/Stockholm", "Sweden"},
    {"Copenhagen", "Europe/Copenhagen", "Denmark"},
    {"Berlin", "Europe/Berlin", "Germany"},
    {"Paris", "Europe/Paris", "France"},
    {"Madrid", "Europe/Madrid", "Spain"},
    {"Lisbon", "Europe/Lisbon", "Portugal"},
    {"Rome", "Europe/Rome", "Italy"},
    {"Vienna", "Europe/Vienna", "Austria"},
    {"Warsaw", "Europe/Warsaw", "Poland"},
    {"Athens", "Europe/Athens", "Greece"},
    {"Ankara", "Europe/Istanbul", "Turkey"},
    {"Cairo", "Africa/Cairo", "Egypt"},
    {"Nairobi", "Africa/Nairobi", "Kenya"},
    {"Lagos", "Africa/Lagos", "Nigeria"},
    {"Johannesburg", "Africa/Johannesburg", "South Africa"},
    {"Tokyo", "Asia/Tokyo", "Japan"},
    {"Seoul", "Asia/Seoul", "South Korea"},
    {"Jakarta", "Asia/Jakarta", "Indonesia"},
    {"Manila", "Asia/Manila", "the Philippines"},
    {"Bangkok", "Asia/Bangkok", "Thailand"},
    {"New Delhi", "Asia/Kolkata", "India"},
    {"Canberra", "Australia/Sydney", "Australia"},
    {"Wellington", "Pacific/Auckland", "New Zealand"},
    {"Ottawa", "America/Toronto", "Canada"},
    {"Mexico City", "America/Mexico_City", "Mexico"},
    {"Brasilia", "America/Sao_Paulo", "Brazil"},
    {"Buenos Aires", "America/Argentina/Buenos_Aires", "Argentina"},
    {"Santiago", "America/Santiago", "Chile"},
    {"Lima", "America/Lima", "Peru"},
    {"Bogota", "America/Bogota", "Colombia"},
    {"Dublin", "Europe/Dublin", "Ireland"},
    {"Reykjavik", "Atlantic/Reykjavik", "Iceland"},
};

static const char *const LEADER_TITLES[] = {"President", "Prime Minister",
                                            "Chancellor"};
static const char *const MEMBER_TITLES[] = {
    "Foreign Minister", "Trade Minister",   "Finance Minister",
    "Defence Minister", "Energy Minister",  "Deputy Foreign Minister",
    "Economy Minister", "Interior Minister", "Agriculture Minister"};
static const char *const FIRST_NAMES[] = {
    "Anna",   "Maria",  "Elena",  "Sofia",  "Laura",   "Clara",  "Irene",
    "Nina",   "Marta",  "Julia",  "Helena", "Lucia",   "Rosa",   "Alice",
    "Paula",  "Vera",   "Teresa", "Karin",  "Ingrid",  "Leila",  "Amara",
    "Yuki",   "Mei",    "Priya",  "Grace",  "Hannah",  "Sarah",  "Emma",
    "Peter",  "Thomas", "Daniel", "Martin", "Michael", "David",  "Paul",
    "Jonas",  "Mark",   "Simon",  "Victor", "Oscar",   "Hugo",   "Felix",
    "Andrew", "Robert", "Samuel", "Joseph", "Carlos",  "Pedro",  "Luis",
    "Omar",   "Ahmed",  "Kenji",  "Hiro",   "Ravi",    "Arjun",  "Tomas",
    "Erik",   "Lars",   "Nils",   "Ivan",   "Pavel",   "Marco",  "Luca",
    "Diego",  "Jorge",  "Kwame",  "Tariq",  "Emil",    "Anton",  "Henrik"};
static const char *const SYL[] = {
    "ka", "ro", "vel", "mi", "dan", "so", "ter", "lu", "bra", "ne", "vik",
    "ta", "mor", "si", "gal", "de", "po", "ren", "sa", "tor", "li", "ban",
    "ko", "ma", "ser", "du", "fen", "ga", "hol", "ri", "nor", "ve"};
static const char *const SUFFIX[] = {"en",  "ov",  "ez",  "ic",
                                     "son", "ari", "ek",  "as"};
static const char *const TOPICS[] = {
    "fishing quotas",      "river water rights",  "a border crossing",
    "rail freight",        "grain exports",       "electricity trading",
    "a gas pipeline",      "customs rules",       "student visas",
    "coastal shipping",    "a joint space probe", "wildfire response",
    "steel tariffs",       "airline routes",      "a fisheries treaty",
    "vaccine production",  "port fees",           "data sharing",
    "a hydropower dam",    "mineral exports",     "refugee resettlement",
    "undersea cables",     "pension transfers",   "a free trade zone"};
static const char *const VENUES[] = {
    "Congress Centre",  "Foreign Ministry",   "Presidential Palace",
    "National Library", "Harbour Hall",       "Government House",
    "City Hall",        "Conference Centre",  "Old Parliament",
    "Garden Pavilion",  "State Guest House",  "Trade Centre"};
static const char *const OUTLETS[] = {
    "Harbour Wire",    "Daily Ledger",     "Evening Courier",
    "Northern Dispatch", "Coastal Times",  "Morning Herald Star",
    "Capital Observer", "Continental Post", "Metro Bulletin",
    "River Valley News", "Weekly Chronicle", "Global Desk",
    "Union Gazette",   "Plains Reporter",  "Summit Review",
    "Lakeside Journal", "Frontier Press",  "Atlas Newswire",
    "Market Monitor",  "Civic Record"};
static const char *const OUTLET_SLUGS[] = {
    "harbour-wire",    "daily-ledger",     "evening-courier",
    "northern-dispatch", "coastal-times",  "morning-herald-star",
    "capital-observer", "continental-post", "metro-bulletin",
    "river-valley-news", "weekly-chronicle", "global-desk",
    "union-gazette",   "plains-reporter",  "summit-review",
    "lakeside-journal", "frontier-press",  "atlas-newswire",
    "market-monitor",  "civic-record"};

/* ---- a story ------------------------------------------------------------------ */

enum { K_ZONE, K_WEEKDAY, K_SAME, K_COUNT, K_ELAPSED, K__N };
static const char *const KIND_NAMES[K__N] = {
    "zone_pair", "weekday_date", "same_fact", "count_list", "elapsed_time"};

#define MAX_MEMBERS 6
#define MAX_OUTLETS 5

typedef struct person {
  char first[24], last[48], title[40];
} person;

typedef struct story {
  uint64_t index;
  const city *host, *guest, *prev;
  int64_t day, prev_day;
  int hour, minute;           /* local start time */
  int utc_hour, utc_minute;   /* the same instant in UTC */
  int hours;                  /* how long the talks lasted */
  int years;                  /* since the last meeting */
  person a, b;                /* the two leaders */
  int age_a;
  person members[MAX_MEMBERS];
  int nmembers;
  const char *topic, *venue;
  int delegates, protesters, trade_tenths, trade_rise, deal_millions;
  int office_year;
  int noutlets, outlets[MAX_OUTLETS];
  /* plants: which outlet (index into outlets) carries each kind, or -1 */
  int plant[K__N];
} story;

static void make_surname(uint64_t id, char *out, size_t n) {
  /* a bijection of the 2^23 ids, so neighbours (people of one story)
   * differ in every syllable, not only the first */
  uint64_t k = id & 0x7FFFFF;
  k = (k * 0x2C9277B5ULL + 0x1234567ULL) & 0x7FFFFF;
  k ^= k >> 11;
  k = (k * 0x5BD1E995ULL) & 0x7FFFFF;
  k ^= k >> 9;
  char buf[64] = "";
  for (int i = 0; i < 4; i++) {
    strcat(buf, SYL[k % NELEM(SYL)]);
    k /= NELEM(SYL);
  }
  strcat(buf, SUFFIX[k % NELEM(SUFFIX)]);
  buf[0] = (char)(buf[0] - 'a' + 'A');
  snprintf(out, n, "%s", buf);
}

static void make_person(rng *r, uint64_t id, const char *title, person *p) {
  snprintf(p->first, sizeof p->first, "%s", PICK(r, FIRST_NAMES));
  make_surname(id, p->last, sizeof p->last);
  snprintf(p->title, sizeof p->title, "%s", title);
}

/* Local wall time in zone -> UTC, using the system's tzdata. */
static void to_utc(const char *zone, int64_t day, int h, int mi, int *uh,
                   int *um) {
  static char current[64];
  if (strcmp(current, zone) != 0) {
    setenv("TZ", zone, 1);
    tzset();
    snprintf(current, sizeof current, "%s", zone);
  }
  int y, m, d;
  civil_from_days(day, &y, &m, &d);
  struct tm lt = {0};
  lt.tm_year = y - 1900;
  lt.tm_mon = m - 1;
  lt.tm_mday = d;
  lt.tm_hour = h;
  lt.tm_min = mi;
  lt.tm_isdst = -1;
  time_t t = mktime(&lt);
  struct tm g;
  gmtime_r(&t, &g);
  *uh = g.tm_hour;
  *um = g.tm_min;
}

static void make_story(uint64_t seed, uint64_t index, story *s) {
  rng r = {seed ^ (index * 0xD1B54A32D192ED03ULL)};
  rng_next(&r);
  memset(s, 0, sizeof *s);
  s->index = index;
  s->host = &PICK(&r, CITIES);
  do
    s->guest = &PICK(&r, CITIES);
  while (s->guest == s->host);
  do
    s->prev = &PICK(&r, CITIES);
  while (s->prev == s->host);
  s->day = days_from_civil(2018, 1, 1) + rnd(&r, 0, 8 * 365 - 1);
  s->hour = rnd(&r, 8, 16);
  s->minute = PICK(&r, ((const int[]){0, 0, 15, 30, 30, 45}));
  to_utc(s->host->zone, s->day, s->hour, s->minute, &s->utc_hour,
         &s->utc_minute);
  s->hours = rnd(&r, 3, 8);
  s->years = rnd(&r, 3, 9);
  s->prev_day = s->day - (int64_t)(s->years * 365.2425 + 0.5) +
                rnd(&r, -100, 100);
  uint64_t base = index * 16;
  make_person(&r, base, PICK(&r, LEADER_TITLES), &s->a);
  make_person(&r, base + 1, PICK(&r, LEADER_TITLES), &s->b);
  s->age_a = rnd(&r, 44, 78);
  s->nmembers = rnd(&r, 3, 5);
  for (int i = 0; i < s->nmembers; i++)
    make_person(&r, base + 2 + (uint64_t)i, MEMBER_TITLES[(i + rnd(&r, 0, 8)) %
                                                          NELEM(MEMBER_TITLES)],
                &s->members[i]);
  s->topic = PICK(&r, TOPICS);
  s->venue = PICK(&r, VENUES);
  s->delegates = rnd(&r, 4, 60) * 50;
  s->protesters = rnd(&r, 2, 40) * 100;
  s->trade_tenths = rnd(&r, 12, 480);
  s->trade_rise = rnd(&r, 2, 30);
  s->deal_millions = rnd(&r, 2, 90) * 50;
  int y, m, d;
  civil_from_days(s->day, &y, &m, &d);
  s->office_year = y - rnd(&r, 1, 6);
  s->noutlets = rnd(&r, 3, MAX_OUTLETS);
  int first = rnd(&r, 0, (int)NELEM(OUTLETS) - 1);
  for (int i = 0; i < s->noutlets; i++)
    s->outlets[i] = (first + i * 3) % (int)NELEM(OUTLETS);
  /* one to three plants per story, each in a random outlet */
  for (int k = 0; k < K__N; k++)
    s->plant[k] = -1;
  int nplants = rnd(&r, 1, 3);
  for (int i = 0; i < nplants; i++)
    s->plant[rnd(&r, 0, K__N - 1)] = rnd(&r, 0, s->noutlets - 1);
  /* outlet 0 states every fact correctly, the reference for same_fact */
  if (s->plant[K_SAME] == 0)
    s->plant[K_SAME] = 1;
}

/* ---- text building ---------------------------------------------------------- */

typedef struct sent {
  char text[640];
  int plant; /* K_* or -1 */
} sent;

#define MAX_SENTS 12
#define MAX_PARAS 24

typedef struct para {
  sent s[MAX_SENTS];
  int n;
} para;

typedef struct article {
  para p[MAX_PARAS];
  int n;
} article;

static para *new_para(article *a) {
  if (a->n == MAX_PARAS)
    return &a->p[MAX_PARAS - 1];
  para *p = &a->p[a->n++];
  p->n = 0;
  return p;
}

static void add(para *p, int plant, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void add(para *p, int plant, const char *fmt, ...) {
  if (p->n == MAX_SENTS)
    return;
  sent *s = &p->s[p->n++];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(s->text, sizeof s->text, fmt, ap);
  va_end(ap);
  s->plant = plant;
}

static const char *full(const person *p, char *buf, size_t n) {
  snprintf(buf, n, "%s %s %s", p->title, p->first, p->last);
  return buf;
}

static void fmt_date(int64_t day, int with_year, char *buf, size_t n) {
  int y, m, d;
  civil_from_days(day, &y, &m, &d);
  if (with_year)
    snprintf(buf, n, "%s %d, %d", MONTHS[m - 1], d, y);
  else
    snprintf(buf, n, "%s %d", MONTHS[m - 1], d);
}

/* "10:30 a.m.", "9am", "2:15 p.m." */
static void fmt_time12(rng *r, int h, int mi, char *buf, size_t n) {
  int h12 = h % 12 ? h % 12 : 12;
  const char *ap = h < 12 ? "a.m." : "p.m.";
  const char *apc = h < 12 ? "am" : "pm";
  int style = rnd(r, 0, 1);
  if (mi == 0)
    snprintf(buf, n, "%d%s%s", h12, style ? " " : "", style ? ap : apc);
  else
    snprintf(buf, n, "%d:%02d%s%s", h12, mi, style ? " " : "",
             style ? ap : apc);
}

/* "1930 GMT", "19:30 GMT", "19:30 UTC" */
static void fmt_utc(rng *r, int h, int mi, char *buf, size_t n) {
  switch (rnd(r, 0, 2)) {
  case 0: snprintf(buf, n, "%02d%02d GMT", h, mi); break;
  case 1: snprintf(buf, n, "%02d:%02d GMT", h, mi); break;
  default: snprintf(buf, n, "%02d:%02d UTC", h, mi); break;
  }
}

static void fmt_thousands(int v, char *buf, size_t n) {
  if (v >= 1000)
    snprintf(buf, n, "%d,%03d", v / 1000, v % 1000);
  else
    snprintf(buf, n, "%d", v);
}

static const char *num_word(int v, char *buf, size_t n) {
  if (v >= 0 && v < (int)NELEM(NUMWORDS))
    return NUMWORDS[v];
  snprintf(buf, n, "%d", v);
  return buf;
}

/* ---- the sentences of one article -------------------------------------------- */

/* A deck: each article draws without replacement, reshuffling when the
 * deck runs out, so one article seldom repeats a sentence. */
typedef struct deck {
  int card[32];
  int n, next;
} deck;

static void deck_init(deck *d, int n) {
  d->n = n;
  d->next = n;
}

static int deck_draw(deck *d, rng *r) {
  if (d->next >= d->n) {
    for (int i = 0; i < d->n; i++)
      d->card[i] = i;
    for (int i = d->n - 1; i > 0; i--) {
      int j = rnd(r, 0, i), t = d->card[i];
      d->card[i] = d->card[j];
      d->card[j] = t;
    }
    d->next = 0;
  }
  return d->card[d->next++];
}

typedef struct decks {
  deck para, analysis, colour, quote;
} decks;

typedef struct ctx {
  const story *s;
  rng *r;
  int outlet;      /* index into s->outlets */
  int64_t pubday;
  char A[48], B[48]; /* host and guest countries */
  decks *d;
} ctx;

static int planted(const ctx *c, int kind) { return c->s->plant[kind] == c->outlet; }

static void lede(ctx *c, para *p) {
  const story *s = c->s;
  char pa[128], pb[128], date[48];
  int wd = weekday_of(s->day);
  int plant = planted(c, K_WEEKDAY);
  if (plant)
    wd = (wd + rnd(c->r, 1, 6)) % 7;
  int with_year = c->pubday != s->day || rnd(c->r, 0, 1);
  fmt_date(s->day, with_year, date, sizeof date);
  full(&s->a, pa, sizeof pa);
  full(&s->b, pb, sizeof pb);
  switch (rnd(c->r, 0, 2)) {
  case 0:
    add(p, plant ? K_WEEKDAY : -1,
        "%s of %s and %s of %s opened talks on %s in %s on %s, %s.", pa, c->A,
        pb, c->B, s->topic, s->host->name, WEEKDAYS[wd], date);
    break;
  case 1:
    add(p, plant ? K_WEEKDAY : -1,
        "Leaders of %s and %s met in %s on %s, %s, for talks on %s.", c->A,
        c->B, s->host->name, WEEKDAYS[wd], date, s->topic);
    break;
  default:
    add(p, plant ? K_WEEKDAY : -1,
        "%s hosted %s in %s on %s, %s, for a day of talks on %s.", pa, pb,
        s->host->name, WEEKDAYS[wd], date, s->topic);
    break;
  }
}

static void start_time(ctx *c, para *p) {
  const story *s = c->s;
  char local[32], utc[32];
  int plant = planted(c, K_ZONE);
  int uh = s->utc_hour, um = s->utc_minute;
  if (plant) /* an hour or two off, as when DST is forgotten */
    uh = (uh + PICK(c->r, ((const int[]){1, 2, 23, 22}))) % 24;
  fmt_time12(c->r, s->hour, s->minute, local, sizeof local);
  fmt_utc(c->r, uh, um, utc, sizeof utc);
  int k = plant ? K_ZONE : -1;
  switch (rnd(c->r, 0, 2)) {
  case 0:
    add(p, k, "The talks began at %s local time (%s) at the %s.", local, utc,
        s->venue);
    break;
  case 1:
    add(p, k, "The meeting started at %s (%s) behind closed doors.", local,
        utc);
    break;
  default:
    add(p, k, "The talks, which began at %s local time (%s), were held at "
              "the %s.", local, utc, s->venue);
    break;
  }
}

static void duration(ctx *c, para *p) {
  const story *s = c->s;
  int plant = planted(c, K_SAME);
  int h = s->hours;
  if (plant)
    h = h >= 6 ? h - 3 : h + 4;
  char nb[16];
  const char *n = num_word(h, nb, sizeof nb);
  int k = plant ? K_SAME : -1;
  switch (rnd(c->r, 0, 2)) {
  case 0:
    add(p, k, "Officials said the talks lasted %s hours.", n);
    break;
  case 1:
    add(p, k, "%s spoke to reporters after %s hours of talks.", s->b.last, n);
    break;
  default:
    add(p, k, "The session ran for %s hours, an aide to %s said.", n,
        s->a.last);
    break;
  }
}

static void elapsed(ctx *c, para *p, int with_first, int with_last) {
  const story *s = c->s;
  int plant = planted(c, K_ELAPSED);
  int y = s->years;
  if (plant)
    y = y >= 6 ? y - 3 : y + 3;
  char nb[16], date[48];
  if (with_first || plant) {
    const char *n = num_word(y, nb, sizeof nb);
    if (rnd(c->r, 0, 1))
      add(p, plant ? K_ELAPSED : -1,
          "It was the first meeting between %s and %s in %s years.",
          s->a.last, s->b.last, n);
    else
      add(p, plant ? K_ELAPSED : -1,
          "The talks were the first face-to-face meeting of %s and %s in "
          "%s years, aides said.", s->b.last, s->a.last, n);
  }
  if (with_last) {
    fmt_date(s->prev_day, 1, date, sizeof date);
    add(p, -1, "%s and %s last met in %s on %s.", s->a.last, s->b.last,
        s->prev->name, date);
  }
}

static void delegation(ctx *c, para *p, int with_count, int with_list) {
  const story *s = c->s;
  int plant = planted(c, K_COUNT);
  int n = s->nmembers;
  if (plant)
    n = n > 3 && rnd(c->r, 0, 1) ? n - 1 : n + 1;
  char nb[16];
  if (with_count || plant)
    add(p, plant ? K_COUNT : -1,
        "%s's %s-member delegation arrived in %s a day before the talks.",
        c->A, num_word(n, nb, sizeof nb), s->host->name);
  if (with_list || plant) {
    char list[512] = "", one[128];
    for (int i = 0; i < s->nmembers; i++) {
      if (i)
        strcat(list, i == s->nmembers - 1 ? " and " : ", ");
      strcat(list, full(&s->members[i], one, sizeof one));
    }
    add(p, -1, "%s's delegation is made up of %s.", c->A, list);
  }
}

/* ---- filler: consistent background, quotes and colour ------------------------ */

static const char *const QUOTES[] = {
    "We have made real progress, but there is still work to do",
    "Nobody expected a breakthrough in one day",
    "Our people want results, not more meetings",
    "The door remains open and we intend to keep it that way",
    "This is a good day for both of our countries",
    "We disagree on the details, not on the goal",
    "There is a deal to be had if both sides are patient",
    "We will not sign anything that hurts our farmers",
    "The talks were frank and at times difficult",
    "We agreed to keep talking, which is not nothing"};
static const char *const VERBS[] = {"told reporters", "said",
                                    "said in a statement", "told a news briefing",
                                    "wrote on social media"};
static const char *const COLOUR[] = {
    "Security was tight around the %s, where roads were closed to traffic "
    "from early morning.",
    "Officials from both sides described the atmosphere at the %s as "
    "businesslike.",
    "Outside the %s, a small crowd waved flags as the motorcades arrived.",
    "Journalists were kept behind barriers at the %s for most of the day.",
    "Aides shuttled between rooms at the %s as drafts of a statement "
    "changed hands.",
    "The %s was chosen for its size and because it is easy to secure."};
static const char *const ANALYSIS[] = {
    "Analysts said the two governments had strong reasons to settle the "
    "dispute before the end of the year.",
    "Diplomats cautioned that any agreement would still need the approval "
    "of both parliaments.",
    "Business groups in both countries have pressed for a quick deal, "
    "arguing that uncertainty is costing them orders.",
    "Opposition politicians accused the government of giving away too much "
    "before the talks had even begun.",
    "Previous rounds of negotiations stalled over the question of who "
    "would pay for new inspections.",
    "Some economists argued that the benefits of a deal had been "
    "overstated by both sides.",
    "Environmental groups warned that a rushed agreement could weaken "
    "existing protections.",
    "A joint working group is expected to report back to ministers within "
    "weeks.",
    "The two sides issued a short joint statement but did not take "
    "questions.",
    "Neither government published the agenda in advance, which drew "
    "criticism from opposition lawmakers.",
    "Trade unions said they had not been consulted and asked to see the "
    "text before anything was signed.",
    "Regional officials, who would carry out much of any agreement, said "
    "they were still waiting for details.",
    "The talks were overshadowed by a row over comments made by a junior "
    "minister earlier in the week.",
    "Both leaders face elections within two years and neither can afford "
    "to be seen making concessions.",
    "A senior diplomat described the mood as cautious but constructive.",
    "Critics said the meeting was more about pictures than about policy.",
    "Lawyers for several companies affected by the dispute followed the "
    "talks closely.",
    "The issue has strained relations between the neighbours for much of "
    "the past decade.",
    "Farmers' associations on both sides of the border staged small "
    "protests in the run-up to the meeting.",
    "Officials played down expectations, saying the meeting was a first "
    "step rather than a final settlement.",
    "An independent review published earlier this year called the current "
    "arrangements outdated and hard to enforce.",
    "Shipping companies have warned that delays are already adding to "
    "their costs.",
    "Local newspapers in the host city gave the talks little coverage.",
    "A spokesperson for the opposition called the outcome disappointing.",
    "The foreign ministries of both countries declined to comment on the "
    "details of the draft."};

#define ANALYSIS_NEXT(c) (ANALYSIS[deck_draw(&(c)->d->analysis, (c)->r)])
#define COLOUR_NEXT(c) (COLOUR[deck_draw(&(c)->d->colour, (c)->r)])
#define QUOTE_NEXT(c) (QUOTES[deck_draw(&(c)->d->quote, (c)->r)])

_Static_assert(sizeof(ANALYSIS) / sizeof(ANALYSIS[0]) <= 32 &&
                   sizeof(COLOUR) / sizeof(COLOUR[0]) <= 32 &&
                   sizeof(QUOTES) / sizeof(QUOTES[0]) <= 32,
               "a deck holds at most 32 cards");

enum { P_DELEGATES, P_TRADE, P_QUOTE_B, P_PROTEST, P_OFFICE, P_PACKAGE,
       P_NEXT, P_QUOTE_A, P_COLOUR, P_BACKGROUND, P_QUOTE_MEMBER, P__N };

static void filler(ctx *c, article *a, int budget) {
  const story *s = c->s;
  char pa[128], pm[128], num[32], date[48];
  full(&s->a, pa, sizeof pa);
  for (int i = 0; i < budget && a->n < MAX_PARAS; i++) {
    para *p = new_para(a);
    switch (deck_draw(&c->d->para, c->r)) {
    case P_DELEGATES:
      fmt_thousands(s->delegates, num, sizeof num);
      add(p, -1, "About %s delegates and observers registered for the "
                 "talks, organisers said.", num);
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    case P_TRADE:
      add(p, -1, "Trade between %s and %s reached $%d.%d billion last year, "
                 "up %d%% from the year before.", c->A, c->B,
          s->trade_tenths / 10, s->trade_tenths % 10, s->trade_rise);
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    case P_QUOTE_B:
      add(p, -1, "\"%s,\" %s %s.", QUOTE_NEXT(c), s->b.last,
          PICK(c->r, VERBS));
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    case P_PROTEST:
      fmt_thousands(s->protesters, num, sizeof num);
      add(p, -1, "Police said some %s protesters gathered near the %s.", num,
          s->venue);
      add(p, -1, COLOUR_NEXT(c), s->venue);
      break;
    case P_OFFICE:
      add(p, -1, "%s, %d, has led %s since %d.", pa, s->age_a, c->A,
          s->office_year);
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    case P_PACKAGE:
      fmt_thousands(s->deal_millions, num, sizeof num);
      add(p, -1, "A draft seen by reporters describes a package worth $%s "
                 "million over five years.", num);
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    case P_NEXT:
      fmt_date(c->pubday + rnd(c->r, 20, 90), 1, date, sizeof date);
      add(p, -1, "Officials from both countries are due to meet again "
                 "before %s, a spokesperson for %s said.", date, s->b.last);
      add(p, -1, COLOUR_NEXT(c), s->venue);
      break;
    case P_QUOTE_A:
      add(p, -1, "\"%s,\" %s %s.", QUOTE_NEXT(c), s->a.last,
          PICK(c->r, VERBS));
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    case P_COLOUR:
      add(p, -1, COLOUR_NEXT(c), s->venue);
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    case P_BACKGROUND:
      add(p, -1, "The question of %s has been on the agenda of every "
                 "meeting between the two governments for years.", s->topic);
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    default: {
      const person *m = &s->members[rnd(c->r, 0, s->nmembers - 1)];
      full(m, pm, sizeof pm);
      add(p, -1, "%s, who sat in on the talks, said the two sides had "
                 "\"narrowed the gaps\" on %s.", pm, s->topic);
      add(p, -1, "%s", ANALYSIS_NEXT(c));
      break;
    }
    }
  }
}

/* ---- one article ---------------------------------------------------------------- */

static void compose(const story *s, int outlet, rng *r, article *a,
                    int64_t *pubday) {
  decks d;
  deck_init(&d.para, P__N);
  deck_init(&d.analysis, (int)NELEM(ANALYSIS));
  deck_init(&d.colour, (int)NELEM(COLOUR));
  deck_init(&d.quote, (int)NELEM(QUOTES));
  ctx c = {.s = s, .r = r, .outlet = outlet, .d = &d};
  c.pubday = s->day + (chance(r, 20) ? 1 : 0);
  *pubday = c.pubday;
  snprintf(c.A, sizeof c.A, "%s", s->host->country);
  snprintf(c.B, sizeof c.B, "%s", s->guest->country);
  a->n = 0;
  lede(&c, new_para(a));
  para *p = new_para(a);
  /* the first outlet always reports every fact, so each planted value has
   * a correct counterpart in the story */
  int all = outlet == 0;
  if (all || chance(r, 80) || planted(&c, K_ZONE))
    start_time(&c, p);
  if (all || chance(r, 70) || planted(&c, K_SAME))
    duration(&c, p);
  filler(&c, a, rnd(r, 1, 3));
  p = new_para(a);
  elapsed(&c, p, outlet == 0 || chance(r, 60), outlet == 0 || chance(r, 50));
  filler(&c, a, rnd(r, 1, 4));
  p = new_para(a);
  delegation(&c, p, outlet == 0 || chance(r, 50),
             outlet == 0 || chance(r, 60));
  filler(&c, a, rnd(r, 2, 8));
}

/* ---- writing -------------------------------------------------------------------- */

typedef struct out {
  FILE *plants;
  uint64_t bytes, docs, nplants;
} out;

static void mkdir_p(const char *path) {
  if (mkdir(path, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
    exit(2);
  }
}

/* Wrap paragraphs at 72 columns, noting the lines of planted sentences. */
static void write_article(out *o, const char *root, const char *rel,
                          const story *s, int oi, const article *a,
                          int64_t pubday, int md) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", root, rel);
  static char buf[1 << 16];
  size_t n = 0;
  int line = 1, y, m, d;
  civil_from_days(pubday, &y, &m, &d);
  n += (size_t)snprintf(buf + n, sizeof buf - n,
                        "---\ndate: %04d-%02d-%02d\nsource: %s\n", y, m, d,
                        OUTLETS[s->outlets[oi]]);
  line += 3;
  if (md || oi % 2 == 0) {
    n += (size_t)snprintf(buf + n, sizeof buf - n, "place: %s\n",
                          s->host->name);
    line++;
  }
  n += (size_t)snprintf(buf + n, sizeof buf - n, "---\n");
  line++;
  if (md) {
    n += (size_t)snprintf(buf + n, sizeof buf - n,
                          "# %s and %s hold talks on %s\n\n",
                          s->host->country, s->guest->country, s->topic);
    line += 2;
  }
  for (int pi = 0; pi < a->n; pi++) {
    const para *p = &a->p[pi];
    if (p->n == 0)
      continue;
    int col = 0;
    for (int si = 0; si < p->n; si++) {
      const sent *st = &p->s[si];
      int first_line = -1;
      const char *w = st->text;
      while (*w) {
        const char *e = strchr(w, ' ');
        size_t wl = e ? (size_t)(e - w) : strlen(w);
        if (col > 0 && col + 1 + (int)wl > 72) {
          buf[n++] = '\n';
          line++;
          col = 0;
        } else if (col > 0) {
          buf[n++] = ' ';
          col++;
        }
        if (first_line < 0)
          first_line = line;
        memcpy(buf + n, w, wl);
        n += wl;
        col += (int)wl;
        w += wl;
        while (*w == ' ')
          w++;
      }
      if (st->plant >= 0) {
        fprintf(o->plants, "%s,%s,%d,%d,story %llu\n", KIND_NAMES[st->plant],
                rel, first_line, line, (unsigned long long)s->index);
        o->nplants++;
      }
    }
    buf[n++] = '\n';
    if (pi + 1 < a->n)
      buf[n++] = '\n';
    line += 2;
  }
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(buf, 1, n, f) != n || fclose(f) != 0) {
    fprintf(stderr, "gen: %s: cannot write: %s\n", path, strerror(errno));
    exit(2);
  }
  o->bytes += n;
  o->docs++;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: gen OUTDIR SIZE_MB [SEED]\n");
    return 2;
  }
  const char *dir = argv[1];
  double mb = atof(argv[2]);
  uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 20250815;
  if (mb <= 0) {
    fprintf(stderr, "gen: SIZE_MB must be positive\n");
    return 2;
  }
  uint64_t target = (uint64_t)(mb * 1e6);
  char root[4096], path[4096], rel[256];
  mkdir_p(dir);
  snprintf(root, sizeof root, "%s/corpus", dir);
  mkdir_p(root);
  snprintf(path, sizeof path, "%s/plants.csv", dir);
  out o = {0};
  o.plants = fopen(path, "w");
  if (!o.plants) {
    fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
    return 2;
  }
  fprintf(o.plants, "kind,doc,line_first,line_last,detail\n");
  static article a;
  uint64_t i = 0;
  for (; o.bytes < target; i++) {
    story s;
    make_story(seed, i, &s);
    rng r = {seed + i * 7919 + 1};
    snprintf(rel, sizeof rel, "corpus/s%06llu", (unsigned long long)i);
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    mkdir_p(path);
    for (int k = 0; k < s.noutlets; k++) {
      int64_t pubday;
      compose(&s, k, &r, &a, &pubday);
      int md = (int)((i + (uint64_t)k) % 3 != 0);
      snprintf(rel, sizeof rel, "corpus/s%06llu/%d-%s.%s",
               (unsigned long long)i, k, OUTLET_SLUGS[s.outlets[k]],
               md ? "md" : "txt");
      write_article(&o, dir, rel, &s, k, &a, pubday, md);
    }
  }
  if (fclose(o.plants) != 0) {
    fprintf(stderr, "gen: plants.csv: %s\n", strerror(errno));
    return 2;
  }
  printf("%llu %llu %llu %llu\n", (unsigned long long)i,
         (unsigned long long)o.docs, (unsigned long long)o.bytes,
         (unsigned long long)o.nplants);
  return 0;
}
