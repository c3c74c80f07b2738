/* corpus.c - find articles, read them, check their encoding, and gather
 * their metadata (front matter, first line, manifest, --date). */
#include "cc_corpus.h"

#include <csv.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uthash.h>
#if defined(__linux__)
#include <sys/syscall.h> /* (S_list: getdents64 without a DIR) */
#endif
#if defined(__SSE2__)
#include <emmintrin.h> /* (S_first_bad: sixty-four bytes at a time) */
#endif

#include "cc_markdown.h"
#include "cc_time.h"
#include "cc_tz.h"

struct S_mrow;

typedef struct S_entry {
  char *path;
  char *real;   /* realpath, to match manifest rows */
  /* its manifest row, found when the entry is added (by the thread that
   * loads the manifests: a reader of entries never reads the table) */
  const struct S_mrow *mrow;
  char *text;   /* stdin only: read at load time */
  size_t len;
  bool reg;     /* a regular file by its directory entry (read without fstat) */
} S_entry;

typedef struct S_mrow { /* one manifest row, keyed by realpath */
  char *real;
  cc_meta meta;
  unsigned row;
  unsigned src;          /* which manifest: 1, 2... in the order read */
  struct S_mrow *dead;   /* in the corpus's list of replaced rows */
  UT_hash_handle hh;
} S_mrow;

/* A corpus opened with cc_corpus_open: a thread walks the folders and
 * appends entries while the documents already found are read and
 * processed, so the walk (a tenth of an extract's wall time over tens of
 * thousands of small files, nearly all of it in the kernel) no longer
 * runs before everything else.  Entries are appended and copied out under
 * mu; `known` counts the complete ones. */
typedef struct S_stream {
  pthread_t walker;
  bool threaded; /* walker runs (else the walk was done at open) */
  pthread_mutex_t mu;
  pthread_cond_t grown;
  size_t known;
  bool done;
  int rc;        /* the walk's result, once done */
  cc_err err;    /* its error, when rc != 0 */
  atomic_bool stop; /* the corpus is being freed: end the walk early */
  char **paths;  /* copies of the paths to walk */
  size_t npaths;
} S_stream;

typedef struct S_ahead S_ahead; /* reading ahead from disk (below) */
static S_ahead *S_ahead_new(const cc_corpus *c);

/* The files listed so far, by device and inode: a file named twice (a
 * path given twice, a folder and a file in it, a link to a file also
 * listed, a hard link) is read once.  Open addressing: one probe a file
 * of a corpus, no allocation per file.  Only the walk touches it. */
typedef struct S_fslot {
  uint64_t dev, ino;
  size_t entry; /* the entry's index + 1; 0: free */
} S_fslot;
typedef struct S_fset {
  S_fslot *slot;
  size_t cap, n; /* cap: a power of two, or 0 */
} S_fset;

struct cc_corpus {
  cc_vec entries; /* S_entry */
  S_mrow *manifest;
  /* rows a later row of the same manifest replaced: an entry may point at
   * one (a file reached through a link before), so they live as long */
  S_mrow *dead;
  unsigned nmanifests;
  char *manifest_path;
  cc_corpus_opts opts;
  S_stream *stream; /* NULL: every entry known at load */
  S_ahead *ahead;   /* reading ahead when the files are on disk */
  S_fset files;     /* the entries' files, to list each once */
  cc_vec named_dirs; /* char *: folders of files named one by one whose
                       manifest.csv was looked for (realpaths) */
  size_t repeats;   /* files skipped as repeats */
  size_t repeats0;  /* repeats before the path being added */
};

/* ---- metadata helpers ----------------------------------------------------- */

static void S_copy(char *dst, size_t cap, const char *s, size_t n) {
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, s, n);
  dst[n] = '\0';
}

/* (inline: called three times a front-matter line, and a call cost more
 * than the trimming of a key or value that has nothing to trim) */
CC_ALWAYS_INLINE const char *S_trim(const char *s, size_t *n) {
  while (*n && (*s == ' ' || *s == '\t')) {
    s++;
    (*n)--;
  }
  while (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\t' || s[*n - 1] == '\r'))
    (*n)--;
  if (*n >= 2 && ((s[0] == '"' && s[*n - 1] == '"') ||
                  (s[0] == '\'' && s[*n - 1] == '\''))) {
    s++;
    *n -= 2;
  }
  return s;
}

/* The metadata keys, in cc_meta's order; -1 for another key.  Keys are
 * matched without regard to case ("Date:"). */
enum { S_KEY_DATE, S_KEY_SOURCE, S_KEY_PLACE, S_KEY_TIMEZONE, S_NKEYS };
static const char *const S_keys[S_NKEYS] = {"date", "source", "place",
                                            "timezone"};

static int S_key_index(const char *key, size_t kn) {
  static const size_t lens[S_NKEYS] = {4, 6, 5, 8};
  for (int k = 0; k < S_NKEYS; k++)
    if (kn == lens[k] && ((unsigned char)key[0] | 0x20) == S_keys[k][0] &&
        strncasecmp(key, S_keys[k], kn) == 0)
      return k;
  return -1;
}

/* Set metadata field k; returns -1 with a message on a bad value.  The
 * value is read as a char[256] copy of it would be, then strlen: its
 * first 255 bytes up to a NUL (a fuzzed text may hold one), without the
 * copy unless a NUL-terminated string is needed (a zone to look up, a
 * message). */
/* Two digits at s, at most max, into *v. */
static bool S_two(const char *s, int max, int *v) {
  if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
    return false;
  *v = (s[0] - '0') * 10 + (s[1] - '0');
  return *v <= max;
}

/* A timestamp's time (n bytes at s): "HH:MM", with ":SS" and a fraction,
 * then "Z" or an offset "+HH:MM" / "-HHMM" (QA: "T25:00:00Z" passed). */
static bool S_time_ok(const char *s, size_t n) {
  int v;
  size_t i = 5;
  if (n < 5 || !S_two(s, 23, &v) || s[2] != ':' || !S_two(s + 3, 59, &v))
    return false;
  if (i + 3 <= n && s[i] == ':' && S_two(s + i + 1, 60, &v)) {
    i += 3;
    if (i < n && (s[i] == '.' || s[i] == ','))
      for (i++; i < n && s[i] >= '0' && s[i] <= '9';)
        i++;
  }
  if (i < n && (s[i] == 'Z' || s[i] == 'z'))
    i++;
  else if (i < n && (s[i] == '+' || s[i] == '-')) {
    size_t c = i + 3 < n && s[i + 3] == ':';
    if (i + 5 + c > n || !S_two(s + i + 1, 14, &v) ||
        !S_two(s + i + 3 + c, 59, &v))
      return false;
    i += 5 + c;
  }
  return i == n;
}

static int S_meta_set(cc_meta *m, int k, const char *v, size_t vn,
                      const char *path, unsigned line, cc_err *err) {
  size_t vl = vn < 255 ? vn : 255;
  const char *nul = memchr(v, '\0', vl);
  if (nul)
    vl = (size_t)(nul - v);
  char val[256];
  if (k == S_KEY_DATE) {
    int64_t days;
    char head[11];
    S_copy(head, sizeof head, v, vl < 10 ? vl : 10);
    /* "2025-08-15" or a timestamp "2025-08-15T10:00:00Z" or "2025-08-15
     *10:00": use the day.  Anything else after the day ("2025-08-15 or
     * so") is refused rather than half read. */
    bool stamp = vl > 11 && (v[10] == 'T' || v[10] == ' ') &&
                 S_time_ok(v + 11, vl - 11);
    if (!cc_parse_iso_date(head, &days) || (vl > 10 && !stamp)) {
      S_copy(val, sizeof val, v, vl);
      cc_err_set(err, "%s:%u: bad date '%s' (expected YYYY-MM-DD, a real "
                      "calendar date)", path, line, val);
      return -1;
    }
    m->date = days;
    return 0;
  }
  if (k == S_KEY_SOURCE)
    S_copy(m->source, sizeof m->source, v, vl);
  else if (k == S_KEY_PLACE)
    S_copy(m->place, sizeof m->place, v, vl);
  else if (k == S_KEY_TIMEZONE) {
    S_copy(val, sizeof val, v, vl);
    if (val[0] && !cc_tz_valid(val)) {
      cc_err_set(err, "%s:%u: unknown time zone '%s' (expected an IANA "
                      "name such as America/Anchorage)", path, line, val);
      return -1;
    }
    S_copy(m->timezone, sizeof m->timezone, val, vl);
  }
  return 0;
}

/* Keys common in front matter that claimcheck does not read, ignored
 * without a word; any other key is named in a warning (a misspelt
 * "sorce:" or a "published:" meant as the date). */
static bool S_common_key(const char *key, size_t kn) {
  static const char *const common[] = {
      "title",    "subtitle", "headline",    "author",   "authors",
      "byline",   "tags",     "categories",  "category", "section",
      "keywords", "description", "summary",  "excerpt",  "url",
      "link",     "slug",     "layout",      "draft",    "lang",
      "language", "id",       "image",       "updated",  "modified",
      "lastmod",  "publisher", "outlet_url", "type",     "status"};
  for (size_t i = 0; i < sizeof common / sizeof *common; i++)
    if (kn == strlen(common[i]) && strncasecmp(key, common[i], kn) == 0)
      return true;
  return false;
}

/* The end of the line at i: its LF, or a CR alone (files saved with
 * old Mac line ends: their front matter was silently text), or len.  A
 * CR before an LF stays in the line, for S_trim. */
static size_t S_line_end(const char *t, size_t len, size_t i) {
  const char *nl = memchr(t + i, '\n', len - i);
  size_t e = nl ? (size_t)(nl - t) : len;
  const char *cr = memchr(t + i, '\r', e - i);
  return cr && (size_t)(cr - t) + 1 < e + (nl == NULL) ? (size_t)(cr - t)
                                                       : e;
}

/* The lines that end before i (blank lines before a fence), as
 * S_line_end ends them. */
static unsigned S_lines_before(const char *t, size_t i) {
  unsigned n = 0;
  for (size_t p = 0; p < i; p++)
    n += t[p] == '\n' || (t[p] == '\r' && t[p + 1] != '\n');
  return n;
}

CC_ALWAYS_INLINE bool S_is_fence(const char *t, size_t a, size_t b) {
  size_t n = b - a;
  /* (most lines are keys: a first byte S_trim keeps, and not '-' or '.',
   * is no fence without the trimming) */
  char c = n ? t[a] : ' ';
  if (c != '-' && c != '.' && c != ' ' && c != '\t' && c != '"' &&
      c != '\'')
    return false;
  const char *s = S_trim(t + a, &n);
  return n == 3 && (memcmp(s, "---", 3) == 0 || memcmp(s, "...", 3) == 0);
}

/* A line [a, b) "key: value" whose key is a word (letters, digits, '_',
 * '-'): its key trimmed in *k, *kn. */
static bool S_key_line(const char *t, size_t a, size_t b, const char **k,
                       size_t *kn) {
  size_t n = b - a;
  const char *s = S_trim(t + a, &n);
  const char *colon = n ? memchr(s, ':', n) : NULL;
  if (!colon)
    return false;
  *kn = (size_t)(colon - s);
  *k = S_trim(s, kn);
  for (size_t i = 0; i < *kn; i++) {
    unsigned char c = (unsigned char)(*k)[i];
    if (!(c == '_' || c == '-' || (c >= '0' && c <= '9') ||
          ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
      return false;
  }
  return *kn > 0;
}

/* A line with nothing to read: blank, or a "# comment". */
static bool S_idle_line(const char *t, size_t a, size_t b) {
  size_t n = b - a;
  const char *s = S_trim(t + a, &n);
  return n == 0 || s[0] == '#';
}

/* Whether the "---" line at i opens front matter: its first line with
 * something to read is "key: value" (an empty block, or a rule line over
 * prose, is text), and a fence closes it (1).  Unclosed after a key line,
 * its end was forgotten (-1, err). */
static int S_opens_block(const char *path, const char *t, size_t len,
                         size_t i, cc_err *err) {
  size_t a = S_line_end(t, len, i) + 1, e = a, kn;
  const char *k;
  while (a < len && S_idle_line(t, a, (e = S_line_end(t, len, a))))
    a = e + 1;
  if (a >= len || S_is_fence(t, a, e) || !S_key_line(t, a, e, &k, &kn))
    return 0;
  for (size_t b = a; b < len; b = S_line_end(t, len, b) + 1)
    if (S_is_fence(t, b, S_line_end(t, len, b)))
      return 1;
  unsigned line = 1;
  line += S_lines_before(t, i); /* (blank lines before the fence) */
  cc_err_set(err, "%s:%u: front matter block opened with '---' is not "
                  "closed (expected a line '---' after the metadata)",
             path, line);
  return -1;
}

/* A value's YAML comment (" # ..." outside quotes) cut off:
 * "date: 2024-03-07 # draft". */
static const char *S_cut_comment(const char *v, size_t *vn) {
  char q = *vn ? v[0] : 0;
  bool quoted = q == '"' || q == '\'';
  for (size_t i = quoted ? 1 : 0; i < *vn; i++) {
    if (quoted && v[i] == q) {
      quoted = false;
      continue;
    }
    if (!quoted && v[i] == '#' && i > 0 &&
        (v[i - 1] == ' ' || v[i - 1] == '\t')) {
      *vn = i;
      break;
    }
  }
  return S_trim(v, vn);
}

/* The quotes around a quoted value taken away: 'source: "The Wire"'. */
static const char *S_unquote(const char *v, size_t *vn) {
  if (*vn >= 2 && (v[0] == '"' || v[0] == '\'') && v[*vn - 1] == v[0]) {
    v++;
    *vn -= 2;
  }
  return v;
}

/* A value that says it continues on the lines below: empty (a list or a
 * map follows) or a block scalar's indicator ("|", ">-", ...). */
static bool S_value_below(const char *v, size_t vn) {
  if (vn == 0)
    return true;
  if (v[0] != '|' && v[0] != '>')
    return false;
  for (size_t i = 1; i < vn; i++)
    if (v[i] != '-' && v[i] != '+' && (v[i] < '1' || v[i] > '9'))
      return false;
  return true;
}

/* A line of the value above it: indented, or a list item "- x". */
static bool S_continues(const char *t, size_t a, size_t b) {
  return a < b && (t[a] == ' ' || t[a] == '\t' ||
                   (t[a] == '-' && (a + 1 == b || t[a + 1] == ' ')));
}

/* front-matter := "---" NL { key ":" value NL } ("---" | "...") NL, known
 * to be closed (S_opens_block).  A key given twice is an error naming both
 * lines; a key neither read nor common is warned of.  As Hugo and Jekyll
 * write it, a key's value may continue on the lines below (a list, a
 * folded or literal block): those lines are skipped for a key not read,
 * and an error for one read (its value goes on its line). */
static int S_front_matter(const char *path, const char *t, size_t len,
                          size_t i, cc_meta *m, size_t *body, cc_err *err) {
  size_t e = S_line_end(t, len, i);
  unsigned line = 2, seen[S_NKEYS] = {0}; /* the line of each key read */
  int below = -1; /* the key whose value may continue below (S_NKEYS: one
                     not read), else -1; on the line below_line */
  unsigned below_line = 0;
  line += S_lines_before(t, i); /* (blank lines before the fence) */
  for (size_t a = e + 1; a <= len && e < len; a = e + 1, line++) {
    e = S_line_end(t, len, a);
    if (S_is_fence(t, a, e)) {
      *body = e < len ? e + 1 : len;
      if (seen[S_KEY_DATE])
        m->date_src = CC_DATE_FRONT_MATTER;
      return 0;
    }
    size_t n = e - a;
    const char *s = S_trim(t + a, &n);
    if (n == 0 || s[0] == '#')
      continue;
    if (below >= 0 && S_continues(t, a, e)) {
      if (below < S_NKEYS) {
        cc_err_set(err, "%s:%u: front matter key '%s' has its value on the "
                        "lines below; give it on the key's line", path,
                   below_line, S_keys[below]);
        return -1;
      }
      continue; /* (the value of a key not read) */
    }
    below = -1;
    const char *colon = memchr(s, ':', n);
    if (!colon) { /* (the place "path:line" formatted only for a message) */
      cc_err_set(err, "%s:%u: front matter line is not 'key: value'", path,
                 line);
      return -1;
    }
    size_t kn = (size_t)(colon - s), vn = n - kn - 1;
    const char *k = S_trim(s, &kn), *v = S_trim(colon + 1, &vn);
    v = S_cut_comment(v, &vn);
    int ki = S_key_index(k, kn);
    /* (a key not read may also continue a plain value on indented lines:
     * "summary: Six ministers" / "  met on Tuesday.") */
    if (ki < 0 || S_value_below(v, vn)) {
      below = ki < 0 ? S_NKEYS : ki;
      below_line = line;
    }
    v = S_unquote(v, &vn);
    if (ki < 0) {
      if (!S_common_key(k, kn))
        cc_warn("%s:%u: front matter key '%.*s' is not one claimcheck reads "
                "(date, source, place, timezone): ignored",
                path, line, (int)(kn < 64 ? kn : 64), k);
      continue;
    }
    if (seen[ki]) {
      cc_err_set(err, "%s:%u: front matter key '%s' given twice (first on "
                      "line %u)", path, line, S_keys[ki], seen[ki]);
      return -1;
    }
    seen[ki] = line;
    if (S_meta_set(m, ki, v, vn, path, line, err) != 0)
      return -1;
  }
  return -1; /* (not reached: the block is closed) */
}

/* A first line " date 2025-08-15 ..." (as some scraped articles start). */
static bool S_first_line_date(const char *t, size_t len, size_t i,
                              cc_meta *m, size_t *body) {
  while (i < len && (t[i] == ' ' || t[i] == '\t'))
    i++;
  if (len - i < 15 || strncmp(t + i, "date", 4) != 0)
    return false;
  size_t j = i + 4;
  if (t[j] == ':')
    j++;
  if (t[j] != ' ' && t[j] != '\t')
    return false;
  while (j < len && (t[j] == ' ' || t[j] == '\t'))
    j++;
  char head[11];
  if (len - j < 10)
    return false;
  S_copy(head, sizeof head, t + j, 10);
  int64_t days;
  if (!cc_parse_iso_date(head, &days))
    return false;
  m->date = days;
  m->date_src = CC_DATE_FIRST_LINE;
  *body = j + 10;
  return true;
}

int cc_meta_parse(const char *path, const char *text, size_t len,
                  cc_meta *meta, size_t *body, cc_err *err) {
  size_t i = 0;
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  *body = i;
  /* blank lines before the opening fence are allowed (a file saved with
   * one): the block is still the file's front matter */
  size_t f = i, e = S_line_end(text, len, f);
  while (e < len && S_idle_line(text, f, e) && !memchr(text + f, '#', e - f))
    e = S_line_end(text, len, f = e + 1);
  if (S_is_fence(text, f, e) && text[f] == '-') {
    int o = S_opens_block(path, text, len, f, err);
    if (o != 0)
      return o < 0 ? -1 : S_front_matter(path, text, len, f, meta, body, err);
  }
  S_first_line_date(text, len, i, meta, body);
  return 0;
}

/* ---- encoding --------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at p, or 0 (overlongs, surrogates and
 * values above U+10FFFF are invalid, as in RFC 3629). */
static size_t S_utf8_len(const unsigned char *p, size_t n) {
  unsigned char c = p[0];
  if (c < 0x80)
    return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0)
      lo = 0xA0;
    if (c == 0xED)
      hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0)
      lo = 0x90;
    if (c == 0xF4)
      hi = 0x8F;
  } else
    return 0;
  if (n < len || p[1] < lo || p[1] > hi)
    return 0;
  for (size_t k = 2; k < len; k++)
    if ((p[k] & 0xC0) != 0x80)
      return 0;
  return len;
}

/* Eight bytes that are all ASCII and none NUL (the usual case). */
static bool S_plain8(const unsigned char *p) {
  const uint64_t hi = 0x8080808080808080ull, lo = 0x0101010101010101ull;
  uint64_t w;
  memcpy(&w, p, 8);
  /* (w - lo) & ~w & hi is non-zero exactly when a byte of w is 0 */
  return ((w & hi) | ((w - lo) & ~w & hi)) == 0;
}

/* The same for sixteen bytes, with one test of the high bits. */
static bool S_plain16(const unsigned char *p) {
  const uint64_t hi = 0x8080808080808080ull, lo = 0x0101010101010101ull;
  uint64_t w, x;
  memcpy(&w, p, 8);
  memcpy(&x, p + 8, 8);
  return (((w | x) & hi) | ((w - lo) & ~w & hi) | ((x - lo) & ~x & hi)) ==
         0;
}

#if defined(__SSE2__)
/* The same for sixty-four bytes (most of a text, in the usual case): the
 * high bits of their OR, and a NUL as a zero in their bytewise minimum. */
static bool S_plain64(const unsigned char *p) {
  const __m128i *v = (const __m128i *)p;
  __m128i a = _mm_loadu_si128(v), b = _mm_loadu_si128(v + 1),
          c = _mm_loadu_si128(v + 2), d = _mm_loadu_si128(v + 3);
  __m128i hi = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
  __m128i mn = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
  __m128i nul = _mm_cmpeq_epi8(mn, _mm_setzero_si128());
  return _mm_movemask_epi8(_mm_or_si128(hi, nul)) == 0;
}
#endif

#if defined(__SSE2__) && defined(__GNUC__) && defined(__x86_64__)
#define S_AVX2 1
#include <immintrin.h>
/* The plain bytes at p that S_plain64 would pass, 128 a step and 32-byte
 * registers where the processor has AVX2 (__builtin_cpu_supports: the
 * build stays one for every x86-64): half the instructions a byte. */
__attribute__((target("avx2"))) static size_t
S_plain_run_avx2(const unsigned char *p, size_t len) {
  const __m256i zero = _mm256_setzero_si256();
  size_t i = 0;
  for (; len - i >= 128; i += 128) {
    const __m256i *v = (const __m256i *)(const void *)(p + i);
    __m256i a = _mm256_loadu_si256(v), b = _mm256_loadu_si256(v + 1),
            c = _mm256_loadu_si256(v + 2), d = _mm256_loadu_si256(v + 3);
    __m256i hi =
        _mm256_or_si256(_mm256_or_si256(a, b), _mm256_or_si256(c, d));
    __m256i mn =
        _mm256_min_epu8(_mm256_min_epu8(a, b), _mm256_min_epu8(c, d));
    if (_mm256_movemask_epi8(
            _mm256_or_si256(hi, _mm256_cmpeq_epi8(mn, zero))) != 0)
      break;
  }
  return i;
}
#else
#define S_AVX2 0
#endif

static size_t S_first_bad(const char *text, size_t len) {
  const unsigned char *p = (const unsigned char *)text;
  size_t i = 0;
#if S_AVX2
  bool avx2 = __builtin_cpu_supports("avx2");
#endif
  while (i < len) {
#if S_AVX2
    if (avx2)
      i += S_plain_run_avx2(p + i, len - i);
#endif
#if defined(__SSE2__)
    while (len - i >= 64 && S_plain64(p + i))
      i += 64;
#endif
    while (len - i >= 16 && S_plain16(p + i))
      i += 16;
    while (len - i >= 8 && S_plain8(p + i))
      i += 8;
    if (i >= len)
      break;
    if (p[i] >= 0x80) {
      size_t l = S_utf8_len(p + i, len - i);
      if (!l)
        return i;
      i += l;
    } else if (p[i] == 0) {
      return i;
    } else {
      i++;
    }
  }
  return len;
}

int cc_check_encoding(const char *path, const char *text, size_t len,
                      cc_err *err) {
  const unsigned char *p = (const unsigned char *)text;
  if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) ||
                   (p[0] == 0xFE && p[1] == 0xFF))) {
    cc_err_set(err, "%s: UTF-16 text (byte-order mark at byte 0); convert it "
                    "to UTF-8, e.g. iconv -f UTF-16 -t UTF-8", path);
    return -1;
  }
  size_t bad = S_first_bad(text, len);
  if (bad == len)
    return 0;
  if (p[bad] == 0)
    cc_err_set(err, "%s: NUL byte at byte %zu: binary file, not text", path,
               bad);
  else
    cc_err_set(err, "%s: invalid UTF-8 at byte %zu (0x%02X); claimcheck "
                    "reads UTF-8 text only (see --invalid-utf8)",
               path, bad, p[bad]);
  return -1;
}

/* Replace each invalid byte with '?': same length, so offsets hold. */
static size_t S_replace_bad(char *text, size_t len) {
  size_t n = 0, i = 0;
  while ((i += S_first_bad(text + i, len - i)) < len) {
    text[i++] = '?';
    n++;
  }
  return n;
}

/* ---- documents ---------------------------------------------------------------- */

static void S_default_source(cc_meta *m, const char *path) {
  if (m->source[0])
    return;
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  const char *dot = strrchr(b, '.');
  size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
  S_copy(m->source, sizeof m->source, b, n);
}

/* ---- Markdown comments ---------------------------------------------------- */

static bool S_is_markdown(const char *path) {
  const char *dot = strrchr(path, '.');
  return dot && !strchr(dot, '/') &&
         (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0);
}

/* The "-->" ending a comment opened at a ("<!-->" and "<!--->" end
 * themselves, as in CommonMark), or NULL. */
static const char *S_comment_end(const char *t, size_t len, size_t a) {
  for (size_t i = a + 2; len - i >= 3;) {
    const char *p = memchr(t + i, '-', len - i - 2);
    if (!p)
      return NULL;
    if (p[1] == '-' && p[2] == '>')
      return p;
    i = (size_t)(p - t) + 1;
  }
  return NULL;
}

static void S_keep_note(cc_doc *d, size_t a, size_t e) {
  const char *s = d->text + a + 4;
  while (s < d->text + e && (*s == ' ' || *s == '\t' || *s == '\n' ||
                             *s == '\r'))
    s++;
  if ((size_t)(d->text + e - s) < 10 || memcmp(s, "claimcheck", 10) != 0)
    return;
  d->notes = cc_xrealloc(d->notes, (d->nnotes + 1) * sizeof *d->notes);
  d->notes[d->nnotes++] =
      (cc_doc_note){a, cc_xstrndup(d->text + a, e - a), e - a};
}

static void S_notes_free(cc_doc *d) {
  for (size_t i = 0; i < d->nnotes; i++)
    cc_xfree(d->notes[i].text);
  cc_xfree(d->notes);
  d->notes = NULL;
  d->nnotes = 0;
}

/* A Markdown file's comments after its front matter blanked, in one pass
 * (cc_corpus.h says why); only Markdown files are looked at. */
static void S_blank_comments(cc_doc *d) {
  if (!S_is_markdown(d->path))
    return;
  char *t = d->text;
  size_t len = d->len;
  for (size_t i = d->body; len - i >= 4;) {
    const char *lt = memchr(t + i, '<', len - i - 3);
    if (!lt)
      return;
    size_t a = (size_t)(lt - t);
    i = a + 1;
    if (memcmp(lt, "<!--", 4) != 0)
      continue;
    const char *end = S_comment_end(t, len, a);
    if (!end)
      return; /* unclosed: text, and so is all after it */
    size_t e = (size_t)(end - t) + 3;
    S_keep_note(d, a, e);
    cc_markdown_blank(t, a, e); /* (columns after "café" stay) */
    i = e;
  }
}

/* A Markdown file's comments, then its inline markup ("**15** people",
 * "[killed](url)": cc_markdown.h), blanked. */
static void S_blank_markup(cc_doc *d) {
  S_blank_comments(d);
  if (S_is_markdown(d->path))
    cc_markdown_blank_inline(d->text, d->body, d->len);
}

static cc_doc *S_doc_new(const char *path, char *text, size_t len,
                         cc_err *err) {
  cc_doc *d = cc_xcalloc(1, sizeof *d);
  d->path = cc_xstrdup(path);
  d->text = text;
  d->len = len;
  if (cc_meta_parse(path, text, len, &d->meta, &d->body, err) != 0) {
    cc_doc_free(d);
    return NULL;
  }
  S_blank_markup(d);
  return d;
}

cc_doc *cc_doc_from_memory(const char *path, const char *text, size_t len,
                           cc_err *err) {
  if (cc_check_encoding(path, text, len, err) != 0)
    return NULL;
  cc_doc *d = S_doc_new(path, cc_xstrndup(text, len), len, err);
  if (d)
    S_default_source(&d->meta, path);
  return d;
}

void cc_doc_free(cc_doc *d) {
  if (!d)
    return;
  if (!d->path_borrowed)
    cc_xfree(d->path);
  S_notes_free(d);
  cc_xfree(d->text);
  cc_xfree(d);
}

/* ---- manifest --------------------------------------------------------------- */

typedef struct S_mload {
  cc_corpus *c;
  const char *path;
  char dir[PATH_MAX];
  char *cells[16];
  int ncells;
  int col[5]; /* path,date,source,place,timezone -> cell index */
  int width;  /* cells in the header: every row must have as many */
  unsigned row;
  bool keep_old; /* a folder's manifest: a row of an earlier manifest
                  * stays (the first manifest to list a file gives it) */
  unsigned src;  /* this manifest's number (S_mrow.src) */
  bool header_done;
  cc_err *err;
  bool failed;
} S_mload;

static const char *const S_mcols[5] = {"path", "date", "source", "place",
                                       "timezone"};

static void S_mcell(void *s, size_t n, void *ud) {
  S_mload *L = ud;
  if (L->ncells < 16)
    L->cells[L->ncells] = cc_xstrndup(s ? s : "", s ? n : 0);
  L->ncells++;
}

static int S_mheader(S_mload *L) {
  for (int k = 0; k < 5; k++)
    L->col[k] = -1;
  int unknown = -1;
  for (int i = 0; i < L->ncells && i < 16; i++) {
    /* (as a spreadsheet may write it: "Path", " date") */
    size_t n = strlen(L->cells[i]);
    const char *name = S_trim(L->cells[i], &n);
    bool known = false;
    for (int k = 0; k < 5; k++)
      if (n == strlen(S_mcols[k]) && strncasecmp(name, S_mcols[k], n) == 0) {
        L->col[k] = i;
        known = true;
      }
    if (!known && unknown < 0 && n > 0)
      unknown = i;
  }
  if (L->col[0] >= 0 && unknown >= 0)
    cc_warn("%s:1: manifest column '%.64s' is not one claimcheck reads "
            "(path, date, source, place, timezone): ignored", L->path,
            L->cells[unknown]);
  if (L->col[0] < 0) {
    cc_err_set(L->err, "%s:1: manifest has no 'path' column (expected the "
                       "header path,date,source,place,timezone)", L->path);
    return -1;
  }
  L->width = L->ncells;
  return 0;
}

/* Two rows' metadata the same (a manifest joined from two may repeat a
 * row). */
static bool S_meta_same(const cc_meta *a, const cc_meta *b) {
  return a->date_src == b->date_src && (!a->date_src || a->date == b->date) &&
         strcmp(a->source, b->source) == 0 &&
         strcmp(a->place, b->place) == 0 &&
         strcmp(a->timezone, b->timezone) == 0;
}

/* The row's path, resolved inside the manifest's folder. */
static int S_mresolve(S_mload *L, const char *rel, char *real) {
  char joined[PATH_MAX * 2];
  if (rel[0] == '/' || strstr(rel, "..")) {
    bool escapes = rel[0] == '/';
    for (const char *p = rel; !escapes && (p = strstr(p, "..")); p += 2)
      escapes = (p == rel || p[-1] == '/') && (p[2] == '/' || !p[2]);
    if (escapes) {
      cc_err_set(L->err, "%s:%u: path '%s' leaves the manifest's folder",
                 L->path, L->row, rel);
      return -1;
    }
  }
  snprintf(joined, sizeof joined, "%s/%s", L->dir, rel);
  if (!realpath(joined, real)) {
    cc_err_set(L->err, "%s:%u: '%s': %s", L->path, L->row, rel,
               strerror(errno));
    return -1;
  }
  /* A symlink inside the folder can still lead out of it: judge the
   * resolved path, not only the spelling. */
  size_t dn = strlen(L->dir);
  if (strncmp(real, L->dir, dn) != 0 ||
      (real[dn] != '/' && !(dn == 1 && L->dir[0] == '/'))) {
    cc_err_set(L->err, "%s:%u: path '%s' leaves the manifest's folder (it "
                       "resolves to '%s')", L->path, L->row, rel, real);
    return -1;
  }
  return 0;
}

static int S_mrow_add(S_mload *L) {
  if (L->ncells != L->width) {
    /* a missing or extra cell shifts every value after it: refuse rather
     * than give a document another's date */
    cc_err_set(L->err, "%s:%u: row has %d cell%s, but the header has %d "
                       "columns (a missing or unquoted comma?)",
               L->path, L->row, L->ncells, L->ncells == 1 ? "" : "s",
               L->width);
    return -1;
  }
  const char *rel = L->col[0] < L->ncells ? L->cells[L->col[0]] : "";
  if (!rel[0]) {
    cc_err_set(L->err, "%s:%u: empty path", L->path, L->row);
    return -1;
  }
  char real[PATH_MAX];
  if (S_mresolve(L, rel, real) != 0)
    return -1;
  S_mrow *r = cc_xcalloc(1, sizeof *r);
  r->real = cc_xstrdup(real);
  r->row = L->row;
  r->src = L->src;
  for (int k = 1; k < 5; k++) {
    int ci = L->col[k];
    const char *v = ci >= 0 && ci < L->ncells && ci < 16 ? L->cells[ci] : "";
    if (v[0] && S_meta_set(&r->meta, k - 1, v, strlen(v), L->path, L->row,
                           L->err) != 0) {
      cc_xfree(r->real);
      cc_xfree(r);
      return -1;
    }
    if (k == 1 && v[0])
      r->meta.date_src = CC_DATE_MANIFEST;
  }
  S_mrow *old = NULL;
  HASH_FIND_STR(L->c->manifest, r->real, old);
  if (old && L->keep_old && old->src != L->src) {
    cc_xfree(r->real);
    cc_xfree(r);
    return 0;
  }
  if (old && old->src == L->src && !S_meta_same(&old->meta, &r->meta)) {
    /* (as a front matter key given twice: which row is right is the
     * user's to say, not the last one's) */
    cc_err_set(L->err, "%s:%u: path '%s' given twice, with other metadata "
                       "(first on line %u)", L->path, L->row, rel, old->row);
    cc_xfree(r->real);
    cc_xfree(r);
    return -1;
  }
  if (old) { /* a repeated row, or a later manifest's: the later one */
    HASH_DEL(L->c->manifest, old);
    old->dead = L->c->dead;
    L->c->dead = old;
  }
  HASH_ADD_KEYPTR(hh, L->c->manifest, r->real, strlen(r->real), r);
  return 0;
}

static void S_mrow_cb(int c, void *ud) {
  (void)c;
  S_mload *L = ud;
  L->row++;
  bool blank = L->ncells == 1 && !L->cells[0][0];
  if (!L->failed && !blank) {
    if (!L->header_done) {
      L->failed = S_mheader(L) != 0;
      L->header_done = true;
    } else {
      L->failed = S_mrow_add(L) != 0;
    }
  }
  for (int i = 0; i < L->ncells && i < 16; i++)
    cc_xfree(L->cells[i]);
  L->ncells = 0;
}

/* Whether the header line separates its cells with ';' (a spreadsheet
 * in a locale whose decimal comma takes ','): a ';' and no ',' outside
 * quotes. */
static bool S_semicolons(const char *t, size_t len) {
  bool quoted = false, semi = false;
  for (size_t i = 0; i < len && (quoted || (t[i] != '\n' && t[i] != '\r'));
       i++) {
    if (t[i] == '"')
      quoted = !quoted;
    else if (!quoted && t[i] == ',')
      return false;
    else if (!quoted && t[i] == ';')
      semi = true;
  }
  return semi;
}

static int S_manifest_load(cc_corpus *c, const char *path, bool keep_old,
                           cc_err *err) {
  char *text;
  size_t len;
  if (cc_read_file(path, 0, &text, &len, err) != 0)
    return -1;
  S_mload L = {.c = c, .path = path, .keep_old = keep_old,
               .src = ++c->nmanifests, .err = err};
  char tmp[PATH_MAX];
  snprintf(tmp, sizeof tmp, "%s", path);
  char *slash = strrchr(tmp, '/');
  if (slash)
    *slash = '\0';
  if (!realpath(slash ? tmp : ".", L.dir)) {
    cc_err_set(err, "%s: %s", path, strerror(errno));
    cc_xfree(text);
    return -1;
  }
  /* Excel's "CSV UTF-8" starts with a byte-order mark: not a header byte */
  size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  struct csv_parser p;
  csv_init(&p, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI);
  if (S_semicolons(text + bom, len - bom))
    csv_set_delim(&p, ';');
  size_t used = csv_parse(&p, text + bom, len - bom, S_mcell, S_mrow_cb, &L);
  if (used != len - bom && !L.failed) {
    cc_err_set(err, "%s:%u: %s", path, L.row + 1, csv_strerror(csv_error(&p)));
    L.failed = true;
  }
  if (!L.failed && csv_fini(&p, S_mcell, S_mrow_cb, &L) != 0 && !L.failed) {
    cc_err_set(err, "%s:%u: unterminated quoted field", path, L.row + 1);
    L.failed = true;
  }
  for (int i = 0; i < L.ncells && i < 16; i++)
    cc_xfree(L.cells[i]);
  csv_free(&p);
  cc_xfree(text);
  if (!L.failed && !L.header_done) {
    cc_err_set(err, "%s:1: empty manifest (expected the header "
                    "path,date,source,place,timezone)", path);
    L.failed = true;
  }
  return L.failed ? -1 : 0;
}

/* ---- finding files --------------------------------------------------------------- */

/* A .txt, .md or .markdown file, in any case (".TXT" from a Windows
 * tool). */
static bool S_is_article(const char *name) {
  size_t n = strlen(name);
  if (n > 9 && name[n - 9] == '.' && strcasecmp(name + n - 9, ".markdown") == 0)
    return true; /* Markdown's long extension, as a named file is read */
  const char *dot = n > 3 ? name + n - (name[n - 3] == '.' ? 3 : 4) : name;
  if (*dot != '.' || dot == name)
    return false;
  return strcmp(dot, ".txt") == 0 || strcmp(dot, ".md") == 0 ||
         strcasecmp(dot, ".txt") == 0 || strcasecmp(dot, ".md") == 0;
}

/* Whether a walk of the folder realdir (resolved) would read the file
 * real (resolved): below it, through no hidden folder nor the --report
 * folder, and an article by its name, or (when folders' manifests are
 * read) a manifest.csv.  What it would be read as, or NULL. */
static const char *S_walk_reads(const cc_corpus_opts *opts,
                                const char *realdir, const char *real) {
  size_t n = strlen(realdir);
  if (strcmp(realdir, "/") == 0)
    n = 0;
  else if (strncmp(real, realdir, n) != 0 || real[n] != '/')
    return NULL;
  const char *rel = real + n + 1, *name = strrchr(rel, '/');
  name = name ? name + 1 : rel;
  for (const char *p = rel; p < name; p = strchr(p, '/') + 1)
    if (*p == '.')
      return NULL; /* (a hidden folder is not walked) */
  if (opts->skip_dir) {
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", real);
    for (char *s = strrchr(dir, '/'); s && s > dir + n; s = strrchr(dir, '/')) {
      *s = '\0';
      struct stat st;
      if (stat(dir, &st) == 0 && (uint64_t)st.st_dev == opts->dir_dev &&
          (uint64_t)st.st_ino == opts->dir_ino)
        return NULL;
    }
  }
  if (*name != '.' && S_is_article(name))
    return "an article";
  if (strcmp(name, "manifest.csv") == 0 && !opts->manifest &&
      !opts->no_folder_manifests)
    return "a folder's manifest";
  return NULL;
}

const char *cc_corpus_reads(const char *const *paths, size_t npaths,
                            const cc_corpus_opts *opts, const char *file,
                            const char **via) {
  struct stat st;
  char real[PATH_MAX], realdir[PATH_MAX];
  if (stat(file, &st) != 0 || !S_ISREG(st.st_mode) || !realpath(file, real))
    return NULL;
  for (size_t i = 0; i < npaths; i++) {
    if (stat(paths[i], &st) != 0 || !S_ISDIR(st.st_mode) ||
        !realpath(paths[i], realdir))
      continue;
    const char *what = S_walk_reads(opts, realdir, real);
    if (what) {
      *via = paths[i];
      return what;
    }
  }
  return NULL;
}

/* The resolved path serves only to find the file's manifest row, so it is
 * computed only when there is a manifest (the manifest is loaded before any
 * path is added): realpath is a readlink per path component. */
/* Append an entry (its strings already the corpus's) and publish it. */
static void S_append(cc_corpus *c, S_entry e) {
  S_stream *st = c->stream;
  if (st)
    pthread_mutex_lock(&st->mu);
  *(S_entry *)cc_vec_push(&c->entries) = e;
  if (st) {
    st->known = c->entries.len;
    pthread_cond_broadcast(&st->grown);
    pthread_mutex_unlock(&st->mu);
  }
}

/* The manifest row of the file at real, or NULL. */
static const S_mrow *S_row_of(const cc_corpus *c, const char *real) {
  S_mrow *r = NULL;
  if (c->manifest)
    HASH_FIND_STR(c->manifest, real, r);
  return r;
}

/* ---- each file once ------------------------------------------------------------ */

static size_t S_fhome(const S_fset *f, uint64_t dev, uint64_t ino) {
  uint64_t h = (ino ^ (dev * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
  return (size_t)(h >> 32) & (f->cap - 1);
}

static void S_fgrow(S_fset *f) {
  size_t oldcap = f->cap;
  S_fslot *old = f->slot;
  f->cap = oldcap ? oldcap * 2 : 256;
  f->slot = cc_xcalloc(f->cap, sizeof *f->slot);
  for (size_t i = 0; i < oldcap; i++) {
    if (!old[i].entry)
      continue;
    size_t j = S_fhome(f, old[i].dev, old[i].ino);
    while (f->slot[j].entry)
      j = (j + 1) & (f->cap - 1);
    f->slot[j] = old[i];
  }
  cc_xfree(old);
}

/* The slot holding (dev, ino), or the free one where it would go. */
static S_fslot *S_fslot_of(S_fset *f, uint64_t dev, uint64_t ino) {
  if (2 * (f->n + 1) > f->cap)
    S_fgrow(f);
  size_t j = S_fhome(f, dev, ino);
  while (f->slot[j].entry && (f->slot[j].dev != dev || f->slot[j].ino != ino))
    j = (j + 1) & (f->cap - 1);
  return &f->slot[j];
}

/* Whether the file at path, (dev, ino), is listed already: then a note
 * names both spellings and the caller lists it no more.  Else it is
 * recorded as the entry the caller appends next.  A key may come from a
 * directory entry (its folder's device, the entry's inode: no stat per
 * file), which some file systems number apart from stat's (overlayfs over
 * several devices), so a clash is confirmed with stat before a file is
 * left out. */
#define S_REPEAT_NOTES 3

static bool S_repeat(cc_corpus *c, const char *path, uint64_t dev,
                     uint64_t ino) {
  S_fslot *s = S_fslot_of(&c->files, dev, ino);
  if (!s->entry) {
    *s = (S_fslot){dev, ino, c->entries.len + 1};
    c->files.n++;
    return false;
  }
  /* (only the walk appends: its own reads of the entries need no lock) */
  const char *first = CC_VEC_AT(&c->entries, S_entry, s->entry - 1)->path;
  struct stat a, b;
  if (stat(path, &a) != 0 || stat(first, &b) != 0 || a.st_dev != b.st_dev ||
      a.st_ino != b.st_ino)
    return false;
  /* a folder named twice would give a note per file: a few, then one for
   * the rest (S_add_path) */
  if (++c->repeats - c->repeats0 > S_REPEAT_NOTES)
    return true;
  if (strcmp(path, first) == 0)
    cc_warn("%s: named twice (read once)", path);
  else
    cc_warn("%s: the same file as %s (read once)", path, first);
  return true;
}

static void S_add_entry(cc_corpus *c, const char *path, bool reg) {
  S_entry e = {.path = cc_xstrdup(path), .reg = reg};
  if (c->manifest) {
    char real[PATH_MAX];
    e.real = cc_xstrdup(realpath(path, real) ? real : path);
    e.mrow = S_row_of(c, e.real);
  }
  S_append(c, e);
}

/* A file found by stat (st), or a manifest's row (st NULL: the rows are
 * each a file once already). */
/* Is the file dev, ino the run's own output (opts.skip_out)?  Noted. */
static bool S_is_output(const cc_corpus *c, const char *path, uint64_t dev,
                        uint64_t ino) {
  if (!c->opts.skip_out || dev != c->opts.out_dev || ino != c->opts.out_ino)
    return false;
  cc_warn("%s: the file this run writes (-o), not read as an article",
          path);
  return true;
}

static void S_add_file(cc_corpus *c, const char *path,
                       const struct stat *st) {
  if (st && S_is_output(c, path, (uint64_t)st->st_dev, (uint64_t)st->st_ino))
    return;
  if (!st || !S_repeat(c, path, (uint64_t)st->st_dev, (uint64_t)st->st_ino))
    S_add_entry(c, path, false);
}

/* A regular file (not a link) named in a folder on device dev, inode ino
 * by its directory entry: its resolved path is the folder's, resolved once
 * (realdir, NULL when unknown), and its name. */
static void S_add_file_in(cc_corpus *c, const char *path, const char *realdir,
                          const char *name, uint64_t dev, uint64_t ino) {
  if (S_is_output(c, path, dev, ino) || S_repeat(c, path, dev, ino))
    return;
  char real[PATH_MAX];
  int n = realdir ? snprintf(real, sizeof real, "%s%s%s", realdir,
                             strcmp(realdir, "/") ? "/" : "", name)
                  : -1;
  if (!c->manifest || n < 0 || (size_t)n >= sizeof real) {
    S_add_entry(c, path, true);
    return;
  }
  S_append(c, (S_entry){.path = cc_xstrdup(path), .real = cc_xstrdup(real),
                        .mrow = S_row_of(c, real), .reg = true});
}

typedef struct S_name {
  char *name;
  uint64_t ino;       /* d_ino */
  unsigned char type; /* d_type: DT_UNKNOWN where the file system has none */
} S_name;

static int S_cmp_name(const void *a, const void *b) {
  return strcmp(((const S_name *)a)->name, ((const S_name *)b)->name);
}

/* The folders being walked, innermost first: a symlink back to one of them
 * would otherwise be followed until the depth limit stops the whole run. */
typedef struct S_up {
  dev_t dev;
  ino_t ino;
  const struct S_up *up;
} S_up;

static bool S_seen(const S_up *u, const struct stat *st) {
  for (; u; u = u->up)
    if (u->dev == st->st_dev && u->ino == st->st_ino)
      return true;
  return false;
}

/* snprintf(out, cap, "%s%s%s", a, b, name) with a's length known: the
 * same bytes (cut at cap - 1 as snprintf cuts them) without its format
 * parsing, which was a thousand instructions a file of a corpus. */
static void S_join3(char *out, size_t cap, const char *a, size_t an,
                    const char *b, const char *name) {
  size_t n = 0;
  const char *parts[3] = {a, b, name};
  size_t lens[3] = {an, strlen(b), strlen(name)};
  for (int k = 0; k < 3 && n + 1 < cap; k++) {
    size_t m = lens[k] < cap - 1 - n ? lens[k] : cap - 1 - n;
    memcpy(out + n, parts[k], m);
    n += m;
  }
  out[n] = '\0';
}

static void S_name_add(cc_vec *names, const char *name, uint64_t ino,
                       unsigned char type) {
  if (name[0] != '.') {
    S_name *nm = cc_vec_push(names);
    nm->name = cc_xstrdup(name);
    nm->ino = ino;
    nm->type = type;
  }
}

#if defined(__linux__) && defined(SYS_getdents64)
/* The names in the folder open as fd (closed here), read with getdents64
 * itself: opendir would fstat the folder a second time (its dev/ino is
 * already known, from the fstat that S_walk_entry_dir made), once per folder of
 * a corpus. A read error ends the list, as readdir's NULL did. */
typedef struct S_dent64 {
  uint64_t ino;
  int64_t off;
  unsigned short reclen;
  unsigned char type;
  char name[];
} S_dent64;

static void S_list(int fd, cc_vec *names) {
  enum { S_DENTS = 32768 }; /* as glibc's readdir buffer */
  char *buf = cc_xmalloc(S_DENTS);
  long n;
  while ((n = syscall(SYS_getdents64, fd, buf, S_DENTS)) > 0)
    for (long at = 0; at < n;) {
      const S_dent64 *de = (const S_dent64 *)(buf + at);
      S_name_add(names, de->name, de->ino, de->type);
      at += de->reclen;
    }
  cc_xfree(buf);
  close(fd);
}
#else
static void S_list(int fd, cc_vec *names) {
  DIR *d = fdopendir(fd);
  if (!d) {
    close(fd);
    return;
  }
  struct dirent *de;
  while ((de = readdir(d)) != NULL)
    S_name_add(names, de->d_name, (uint64_t)de->d_ino, de->d_type);
  closedir(d);
}
#endif

/* The folder dir as opendir opens it (the same flags, so the same errors). */
static int S_open_dir(const char *dir) {
  return open(dir, O_RDONLY | O_NONBLOCK | O_DIRECTORY | O_CLOEXEC);
}

static int S_walk_fd(cc_corpus *c, const char *dir, int fd, const S_up *up,
                     int depth, cc_err *err);

static int S_walk(cc_corpus *c, const char *dir, const S_up *up, int depth,
                  cc_err *err) {
  if (depth > 64) {
    cc_err_set(err, "%s: directories nested too deeply", dir);
    return -1;
  }
  int fd = S_open_dir(dir);
  if (fd < 0) {
    cc_err_set(err, "%s: cannot open directory: %s", dir, strerror(errno));
    return -1;
  }
  return S_walk_fd(c, dir, fd, up, depth, err);
}

/* A folder's entry (not a link) that said it is a folder: opened first and
 * its dev/ino taken from the open folder, not from a stat of its path
 * before the open. 1 when it could not be opened or fstat'ed (the caller
 * then does what it does for any other entry, with the same messages). */
/* Is the folder st the run's report folder (opts.skip_dir)?  Noted. */
static bool S_is_report_dir(const cc_corpus *c, const char *path,
                            const struct stat *st) {
  if (!c->opts.skip_dir || (uint64_t)st->st_dev != c->opts.dir_dev ||
      (uint64_t)st->st_ino != c->opts.dir_ino)
    return false;
  cc_warn("%s: the folder --report writes into, not read for articles",
          path);
  return true;
}

static int S_walk_entry_dir(cc_corpus *c, const char *path, const S_up *up,
                            int depth, cc_err *err, int *rc) {
  int fd = S_open_dir(path);
  if (fd < 0)
    return 1;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return 1;
  }
  if (S_is_report_dir(c, path, &st)) {
    close(fd);
    return 0;
  }
  if (S_seen(up, &st)) {
    close(fd);
    cc_warn("%s: a link back to a folder already being read (skipped)",
            path);
    return 0;
  }
  S_up here = {st.st_dev, st.st_ino, up};
  if (depth + 1 > 64) {
    close(fd);
    *rc = S_walk(c, path, &here, depth + 1, err); /* (its error) */
    return 0;
  }
  *rc = S_walk_fd(c, path, fd, &here, depth + 1, err);
  return 0;
}

/* The folder's own manifest.csv among its names (sorted), loaded before
 * its files are added; -1 with err when it is bad. */
static int S_folder_manifest(cc_corpus *c, const char *dir, const char *sep,
                             const cc_vec *names, cc_err *err) {
  if (c->opts.manifest || c->opts.no_folder_manifests)
    return 0;
  S_name key = {.name = (char *)"manifest.csv"};
  const S_name *m = bsearch(&key, names->items, names->len, sizeof(S_name),
                            S_cmp_name);
  if (!m || (m->type != DT_REG && m->type != DT_LNK &&
             m->type != DT_UNKNOWN))
    return 0;
  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s%s%s", dir, sep, m->name);
  struct stat st;
  if (m->type != DT_REG) {
    if (stat(path, &st) != 0) {
      cc_warn("%s: %s (this folder's manifest is not read)", path,
              strerror(errno));
      return 0;
    }
    if (!S_ISREG(st.st_mode))
      return 0; /* a folder of that name: walked as one */
  }
  return S_manifest_load(c, path, true, err);
}

/* A folder's entry that stat cannot follow (a link to a file since
 * removed, a loop of links): said, and skipped.  (A folder's manifest.csv
 * was said already, when it was looked for.) */
static void S_unreadable_entry(const cc_corpus *c, const char *path,
                               const char *name) {
  int e = errno;
  if (strcmp(name, "manifest.csv") == 0 && !c->opts.manifest &&
      !c->opts.no_folder_manifests)
    return;
  char to[PATH_MAX];
  ssize_t n = readlink(path, to, sizeof to - 1);
  if (n >= 0) {
    to[n] = '\0';
    cc_warn("%s: a link to '%s', which cannot be read: %s (skipped)", path,
            to, strerror(e));
  } else {
    cc_warn("%s: %s (skipped)", path, strerror(e));
  }
}

/* An entry whose path is past PATH_MAX cannot be opened by its path:
 * named in a warning, whole, and skipped (not cut into another path). */
static bool S_too_long(const char *dir, const char *sep, const char *name) {
  size_t n = strlen(dir) + strlen(sep) + strlen(name);
  if (n < PATH_MAX)
    return false;
  cc_warn("%s%s%s: a path of %zu bytes, past the system's limit of %d: "
          "cannot be opened (skipped)", dir, sep, name, n, PATH_MAX);
  return true;
}

static int S_walk_fd(cc_corpus *c, const char *dir, int fd, const S_up *up,
                     int depth, cc_err *err) {
  cc_vec names = CC_VEC_INIT(S_name);
  S_list(fd, &names);
  qsort(names.items, names.len, sizeof(S_name), S_cmp_name);
  int rc = 0;
  size_t dirn = strlen(dir);
  const char *sep = dir[dirn - 1] == '/' ? "" : "/";
  if (S_folder_manifest(c, dir, sep, &names, err) != 0)
    rc = -1; /* (the names are freed below) */
  char realdir[PATH_MAX]; /* for manifest rows: one realpath a folder */
  bool has_real = c->manifest && realpath(dir, realdir);
  for (size_t i = 0; i < names.len; i++) {
    const S_name *nm = CC_VEC_AT(&names, S_name, i);
    if (rc == 0 && c->stream && atomic_load(&c->stream->stop))
      rc = -1; /* the run is over: the rest is not wanted */
    char *name = nm->name;
    char path[PATH_MAX];
    if (rc == 0 && S_too_long(dir, sep, name)) {
      cc_xfree(name);
      continue;
    }
    S_join3(path, sizeof path, dir, dirn, sep, name);
    /* A regular file (not a link) is known from its directory entry: no
     * stat for each of a corpus's files, only for folders and links. */
    if (rc == 0 && nm->type == DT_REG) {
      if (S_is_article(name)) /* (up is this folder) */
        S_add_file_in(c, path, has_real ? realdir : NULL, name,
                      (uint64_t)up->dev, nm->ino);
      cc_xfree(name);
      continue;
    }
    if (rc == 0 && nm->type == DT_DIR &&
        S_walk_entry_dir(c, path, up, depth, err, &rc) == 0) {
      cc_xfree(name);
      continue;
    }
    struct stat st;
    if (rc == 0 && stat(path, &st) != 0)
      S_unreadable_entry(c, path, name);
    else if (rc == 0) {
      if (S_ISDIR(st.st_mode) && S_seen(up, &st))
        cc_warn("%s: a link back to a folder already being read (skipped)",
                path);
      else if (S_ISDIR(st.st_mode) && S_is_report_dir(c, path, &st))
        ;
      else if (S_ISDIR(st.st_mode)) {
        S_up here = {st.st_dev, st.st_ino, up};
        rc = S_walk(c, path, &here, depth + 1, err);
      }
      else if (S_ISREG(st.st_mode) && S_is_article(name))
        S_add_file(c, path, &st);
    }
    cc_xfree(name);
  }
  cc_vec_free(&names);
  return rc;
}

static int S_add_path1(cc_corpus *c, const char *path, cc_err *err);

/* path with each run of '/' as one and no '/' at its end (but "/"), so
 * that "ex//" lists "ex/a.md", not "ex//a.md"; a path too long for out is
 * left as it is. */
static const char *S_tidy_path(const char *path, char *out, size_t cap) {
  size_t n = 0;
  for (const char *p = path; *p; p++) {
    if (n + 1 >= cap)
      return path;
    if (!(*p == '/' && n && out[n - 1] == '/'))
      out[n++] = *p;
  }
  while (n > 1 && out[n - 1] == '/')
    n--;
  out[n] = '\0';
  return n ? out : path;
}

/* One path's entries; the repeats it held beyond the few noted one by one
 * are counted in one note. */
static int S_add_path(cc_corpus *c, const char *path, cc_err *err) {
  char tidy[PATH_MAX];
  path = S_tidy_path(path, tidy, sizeof tidy);
  c->repeats0 = c->repeats;
  int rc = S_add_path1(c, path, err);
  size_t more = c->repeats - c->repeats0;
  if (rc == 0 && more > S_REPEAT_NOTES)
    cc_warn("%s: %zu more file%s named before (each read once)", path,
            more - S_REPEAT_NOTES, more - S_REPEAT_NOTES == 1 ? "" : "s");
  return rc;
}

/* A file named on its own still takes its folder's manifest.csv, as the
 * files of a folder given do ("claimcheck check ev/a.txt ev/b.txt" gave
 * the articles no dates and no outlets); each folder is looked at once. */
static int S_named_manifest(cc_corpus *c, const char *path, cc_err *err) {
  if (c->opts.manifest || c->opts.no_folder_manifests)
    return 0;
  char dir[PATH_MAX], real[PATH_MAX];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (slash)
    slash == dir ? (void)(slash[1] = '\0') : (void)(*slash = '\0');
  if (!realpath(slash ? dir : ".", real))
    return 0; /* (the file's own error comes when it is read) */
  char **seen = c->named_dirs.items;
  for (size_t i = 0; i < c->named_dirs.len; i++)
    if (strcmp(seen[i], real) == 0)
      return 0;
  if (!c->named_dirs.size)
    c->named_dirs = (cc_vec)CC_VEC_INIT(char *);
  *(char **)cc_vec_push(&c->named_dirs) = cc_xstrdup(real);
  char mpath[PATH_MAX];
  int n = snprintf(mpath, sizeof mpath, "%s/manifest.csv",
                   slash ? dir : ".");
  struct stat st;
  if (n < 0 || (size_t)n >= sizeof mpath || stat(mpath, &st) != 0 ||
      !S_ISREG(st.st_mode))
    return 0;
  return S_manifest_load(c, mpath, true, err);
}

static int S_add_path1(cc_corpus *c, const char *path, cc_err *err) {
  if (strcmp(path, "-") == 0) {
    S_entry e = {.path = cc_xstrdup("<stdin>"), .real = cc_xstrdup("<stdin>")};
    int rc = cc_read_file("-", c->opts.max_file_bytes, &e.text, &e.len, err);
    S_append(c, e); /* (freed with the corpus either way) */
    return rc;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    cc_err_set(err, "%s: %s", path, strerror(errno));
    return -1;
  }
  if (S_ISDIR(st.st_mode)) {
    /* (only this thread appends; a folder of files read already has
     * articles all the same) */
    size_t before = c->entries.len + c->repeats;
    S_up top = {st.st_dev, st.st_ino, NULL};
    if (S_walk(c, path, &top, 0, err) != 0)
      return -1;
    if (c->entries.len + c->repeats == before) {
      cc_err_set(err, "%s: no articles found (looked for .txt, .md and "
                 ".markdown files)", path);
      return -1;
    }
    return 0;
  }
  if (S_named_manifest(c, path, err) != 0)
    return -1;
  S_add_file(c, path, &st); /* any named file is read, whatever its
                                extension */
  return 0;
}

/* The manifest's files, in row order, when no path is given.  Each is
 * named relative to the current folder when it is under it (as a path
 * given would be: SARIF and GitHub annotations then point into the
 * repository), else by its resolved path. */
static void S_manifest_paths(cc_corpus *c) {
  char cwd[PATH_MAX];
  bool known = getcwd(cwd, sizeof cwd) != NULL;
  size_t cn = known ? strlen(cwd) : 0;
  if (cn == 1) /* "/": every path is under it, named after its "/" */
    cn = 0;
  size_t n = HASH_COUNT(c->manifest), k = 0;
  S_mrow **rows = cc_xcalloc(n ? n : 1, sizeof *rows);
  for (S_mrow *r = c->manifest; r; r = r->hh.next)
    rows[k++] = r;
  for (size_t i = 1; i < n; i++) /* insertion sort by row: n is small */
    for (size_t j = i; j > 0 && rows[j - 1]->row > rows[j]->row; j--) {
      S_mrow *t = rows[j];
      rows[j] = rows[j - 1];
      rows[j - 1] = t;
    }
  for (size_t i = 0; i < n; i++) {
    const char *real = rows[i]->real;
    bool under = known && strncmp(real, cwd, cn) == 0 && real[cn] == '/';
    S_append(c, (S_entry){.path = cc_xstrdup(under ? real + cn + 1 : real),
                          .real = cc_xstrdup(real), .mrow = rows[i]});
  }
  cc_xfree(rows);
}

/* The corpus's options and manifest, before any path is added. */
static cc_corpus *S_new(const cc_corpus_opts *opts, cc_err *err) {
  cc_corpus *c = cc_xcalloc(1, sizeof *c);
  c->entries = (cc_vec)CC_VEC_INIT(S_entry);
  c->ahead = S_ahead_new(c);
  if (opts)
    c->opts = *opts;
  if (!c->opts.max_file_bytes)
    c->opts.max_file_bytes = CC_DEFAULT_MAX_FILE;
  if (c->opts.manifest) {
    c->manifest_path = cc_xstrdup(c->opts.manifest);
    c->opts.manifest = c->manifest_path;
    if (S_manifest_load(c, c->manifest_path, false, err) != 0)
      cc_corpus_free(&c);
  }
  return c;
}

/* Every path's entries, in order; -1 with err as cc_corpus_load says. */
static int S_add_paths(cc_corpus *c, const char *const *paths, size_t npaths,
                       cc_err *err) {
  for (size_t i = 0; i < npaths; i++)
    if (S_add_path(c, paths[i], err) != 0)
      return -1;
  if (npaths == 0 && c->manifest)
    S_manifest_paths(c);
  if (c->entries.len == 0) {
    if (npaths == 0 && c->manifest_path)
      cc_err_set(err, "%s: the manifest lists no articles (expected a row "
                      "per article after the header)", c->manifest_path);
    else
      cc_err_set(err, "no articles given");
    return -1;
  }
  return 0;
}

cc_corpus *cc_corpus_load(const char *const *paths, size_t npaths,
                          const cc_corpus_opts *opts, cc_err *err) {
  cc_corpus *c = S_new(opts, err);
  if (c && S_add_paths(c, paths, npaths, err) != 0)
    cc_corpus_free(&c);
  return c;
}

static void *S_walker(void *ud) {
  cc_corpus *c = ud;
  S_stream *st = c->stream;
  cc_err err = {{0}};
  int rc = S_add_paths(c, (const char *const *)st->paths, st->npaths, &err);
  pthread_mutex_lock(&st->mu);
  st->done = true;
  st->rc = rc;
  if (rc != 0)
    st->err = err;
  pthread_cond_broadcast(&st->grown);
  pthread_mutex_unlock(&st->mu);
  return NULL;
}

/* Worth a thread: every path is a folder or a file (stdin is read at once,
 * and with no paths the manifest's rows are the list); a path that does not
 * exist is an error now, before anything is read. */
static int S_stream_wanted(const char *const *paths, size_t npaths,
                           cc_err *err) {
  bool folder = false;
  for (size_t i = 0; i < npaths; i++) {
    struct stat st;
    if (strcmp(paths[i], "-") == 0)
      return 0;
    if (stat(paths[i], &st) != 0) {
      cc_err_set(err, "%s: %s", paths[i], strerror(errno));
      return -1;
    }
    folder |= S_ISDIR(st.st_mode);
  }
  return folder;
}

cc_corpus *cc_corpus_open(const char *const *paths, size_t npaths,
                          const cc_corpus_opts *opts, cc_err *err) {
  int want = S_stream_wanted(paths, npaths, err);
  if (want < 0)
    return NULL;
  if (want == 0)
    return cc_corpus_load(paths, npaths, opts, err);
  cc_corpus *c = S_new(opts, err);
  if (!c)
    return NULL;
  S_stream *st = cc_xcalloc(1, sizeof *st);
  pthread_mutex_init(&st->mu, NULL);
  pthread_cond_init(&st->grown, NULL);
  atomic_init(&st->stop, false);
  st->paths = cc_xcalloc(npaths, sizeof *st->paths);
  for (size_t i = 0; i < npaths; i++)
    st->paths[i] = cc_xstrdup(paths[i]);
  st->npaths = npaths;
  c->stream = st;
  st->threaded = pthread_create(&st->walker, NULL, S_walker, c) == 0;
  if (!st->threaded)
    S_walker(c); /* no thread to be had: walk now */
  return c;
}

int cc_corpus_wait(const cc_corpus *c, size_t i, cc_err *err) {
  S_stream *st = c->stream;
  if (!st)
    return i < c->entries.len;
  pthread_mutex_lock(&st->mu);
  while (i >= st->known && !st->done)
    pthread_cond_wait(&st->grown, &st->mu);
  int r = i < st->known ? 1 : st->rc != 0 ? -1 : 0;
  if (r < 0 && err)
    *err = st->err;
  pthread_mutex_unlock(&st->mu);
  return r;
}

size_t cc_corpus_count(const cc_corpus *c) {
  if (!c)
    return 0;
  S_stream *st = c->stream;
  if (!st)
    return c->entries.len;
  pthread_mutex_lock(&st->mu);
  size_t n = st->known;
  pthread_mutex_unlock(&st->mu);
  return n;
}

/* Entry i (known: cc_corpus_wait said so), copied out: the walker may be
 * moving the entries as it appends. */
static S_entry S_entry_at(const cc_corpus *c, size_t i) {
  S_stream *st = c->stream;
  if (!st)
    return *CC_VEC_AT(&c->entries, S_entry, i);
  pthread_mutex_lock(&st->mu);
  S_entry e = *CC_VEC_AT(&c->entries, S_entry, i);
  pthread_mutex_unlock(&st->mu);
  return e;
}

const char *cc_corpus_path(const cc_corpus *c, size_t i) {
  return S_entry_at(c, i).path;
}

static void S_apply_meta(const cc_corpus *c, const S_entry *e, cc_doc *d) {
  const S_mrow *r = e->mrow;
  if (r) {
    cc_meta *m = &d->meta;
    if (r->meta.date_src && (m->date_src == CC_DATE_NONE ||
                             m->date_src == CC_DATE_FIRST_LINE)) {
      m->date = r->meta.date;
      m->date_src = CC_DATE_MANIFEST;
    }
    if (r->meta.source[0] && !m->source[0])
      memcpy(m->source, r->meta.source, sizeof m->source);
    if (r->meta.place[0] && !m->place[0])
      memcpy(m->place, r->meta.place, sizeof m->place);
    if (r->meta.timezone[0] && !m->timezone[0])
      memcpy(m->timezone, r->meta.timezone, sizeof m->timezone);
  }
  if (d->meta.date_src == CC_DATE_NONE && c->opts.has_default_date) {
    d->meta.date = c->opts.default_date;
    d->meta.date_src = CC_DATE_OPTION;
  }
  S_default_source(&d->meta, e->path);
}

static int S_check_text(const cc_corpus *c, const S_entry *e, char *text,
                        size_t len, cc_err *err) {
  if (cc_check_encoding(e->path, text, len, err) == 0)
    return 0;
  bool is_nul = S_first_bad(text, len) < len &&
                text[S_first_bad(text, len)] == 0;
  bool utf16 = len >= 2 && ((unsigned char)text[0] == 0xFF ||
                            (unsigned char)text[0] == 0xFE);
  /* skip: any file that is not UTF-8 text, a binary one with NUL bytes
   * too (one stray image among 10,000 articles does not stop the run);
   * replace refuses those, as there is no text to mend */
  if (c->opts.bad_utf8 == CC_BAD_UTF8_SKIP) {
    cc_warn("%s (file skipped)", err->msg);
    return 1;
  }
  if (is_nul || utf16 || c->opts.bad_utf8 == CC_BAD_UTF8_ERROR)
    return -1;
  size_t n = S_replace_bad(text, len);
  cc_warn("%s: %zu invalid UTF-8 byte(s) replaced with '?'", e->path, n);
  return 0;
}

/* The text of entry e into *buf (of *cap bytes, NULL or reused); as
 * cc_corpus_read returns.  cold: as cc_read_file_into says, or NULL. */
static int S_read_text(const cc_corpus *c, const S_entry *e, char **buf,
                       size_t *cap, size_t *len, bool *cold, cc_err *err) {
  if (e->text) {
    if (!*buf || *cap < e->len + 1) {
      cc_xfree(*buf);
      *cap = e->len + 1;
      *buf = cc_xmalloc(*cap);
    }
    memcpy(*buf, e->text, e->len);
    (*buf)[e->len] = '\0';
    *len = e->len;
    return 0;
  }
  /* Over the limit: warn and skip, so one huge file does not stop a run
   * over a whole folder (the limit bounds memory, it is not an error). */
  uint64_t size;
  int rr = cc_read_file_into(e->path, c->opts.max_file_bytes, e->reg, buf,
                             cap, len, &size, cold, err);
  if (rr > 0) {
    cc_warn("%s: %lld bytes, larger than the limit of %zu bytes "
            "(--max-file-size); file skipped",
            e->path, (long long)size, c->opts.max_file_bytes);
    return 1;
  }
  return rr != 0 ? -1 : 0;
}

/* ---- reading ahead from disk ----------------------------------------------- */

/* A corpus on disk, not in the page cache, is read at the pace of its
 * files' inodes and first blocks fetched one at a time by the threads
 * that process them: `check` over 100 MB of small files took 3.2-3.6 s
 * so on a quiet machine, where the processing takes about 1.3.  When a
 * read finds its file's first byte not in memory (cc_read_file_into's
 * cold), S_AHEAD_THREADS threads start opening the next files and asking
 * the kernel for the ones on disk (cc_fetch_ahead), keeping that many
 * fetches in flight: the same run then took 2.0-2.3 s (4 threads; 8 did
 * no better, 16 worse, their system calls competing with the processing
 * for two cores).
 *
 * They stay at most S_AHEAD_WINDOW files ahead of the reads, so the pages
 * they bring in are still there when they are wanted, and fetch at most
 * S_AHEAD_BYTES of each (the kernel's own read-ahead serves the rest of a
 * large file, which is read from start to end).  Woken for the window
 * once in S_AHEAD_WAKE reads, not at every read: at 1 GB, mostly cached,
 * a wake-up per read took 3 s of system time.  S_AHEAD_WARM files in a row
 * found in memory (a corpus cached after all, or the part of it that is)
 * and they rest until a read finds a file on disk again: a run over
 * cached files has no threads, or resting ones, and pays one probe in
 * S_PROBE_EVERY reads. */
#define S_AHEAD_THREADS 4
#define S_AHEAD_WINDOW 128
#define S_AHEAD_WAKE 32
#define S_AHEAD_WARM 64
#define S_AHEAD_BYTES (256 * 1024)
#define S_PROBE_EVERY 16

struct S_ahead {
  const cc_corpus *c;
  pthread_mutex_t mu;  /* guards th and nth, and the waits on cv */
  pthread_cond_t cv;   /* consumed grew, fetching is on again, or stop */
  pthread_t th[S_AHEAD_THREADS];
  int nth;             /* threads made (they may be resting) */
  /* fetching (bit 0; else the threads rest, or none), and above it the
   * number of times it was turned on: a thread turns it off only if it
   * was not turned on again since the thread looked (S_fetch) */
  atomic_uint_fast64_t state;
  atomic_bool stop;
  atomic_size_t reads;    /* reads while off (S_PROBE_EVERY) */
  atomic_size_t next;     /* the next entry a thread fetches */
  atomic_size_t consumed; /* entries before this one were asked for */
  atomic_int waiting;     /* threads waiting on cv for the window */
  atomic_int warm;        /* files found in memory in a row */
  atomic_size_t colds;    /* probes that found a file on disk (tests) */
};

static S_ahead *S_ahead_new(const cc_corpus *c) {
  S_ahead *a = cc_xcalloc(1, sizeof *a);
  a->c = c;
  pthread_mutex_init(&a->mu, NULL);
  pthread_cond_init(&a->cv, NULL);
  atomic_init(&a->state, 0);
  atomic_init(&a->stop, false);
  atomic_init(&a->reads, 0);
  atomic_init(&a->next, 0);
  atomic_init(&a->consumed, 0);
  atomic_init(&a->waiting, 0);
  atomic_init(&a->warm, 0);
  atomic_init(&a->colds, 0);
  return a;
}

static bool S_ahead_on(S_ahead *a) {
  return atomic_load(&a->state) & 1;
}

/* Wait while fetching is off (false: stop). */
static bool S_ahead_resting(S_ahead *a) {
  if (S_ahead_on(a))
    return !atomic_load(&a->stop);
  pthread_mutex_lock(&a->mu);
  while (!atomic_load(&a->stop) && !S_ahead_on(a))
    pthread_cond_wait(&a->cv, &a->mu);
  pthread_mutex_unlock(&a->mu);
  return !atomic_load(&a->stop);
}

/* Wait until entry j is within the window (false: stop). */
static bool S_ahead_window(S_ahead *a, size_t j) {
  if (j < atomic_load(&a->consumed) + S_AHEAD_WINDOW)
    return !atomic_load(&a->stop);
  pthread_mutex_lock(&a->mu);
  atomic_fetch_add(&a->waiting, 1);
  while (!atomic_load(&a->stop) &&
         j >= atomic_load(&a->consumed) + S_AHEAD_WINDOW)
    pthread_cond_wait(&a->cv, &a->mu);
  atomic_fetch_sub(&a->waiting, 1);
  pthread_mutex_unlock(&a->mu);
  return !atomic_load(&a->stop);
}

/* Entry e fetched when it is on disk; S_AHEAD_WARM in a row in memory
 * turn fetching off.  Errors are the read's to report, not this. */
static void S_fetch(S_ahead *a, const S_entry *e) {
  if (e->text)
    return;
  uint_fast64_t st = atomic_load(&a->state);
  int r = cc_fetch_ahead(e->path, S_AHEAD_BYTES);
  if (r > 0)
    atomic_store(&a->warm, 0);
  else if (r == 0 && (st & 1) &&
           atomic_fetch_add(&a->warm, 1) + 1 >= S_AHEAD_WARM)
    /* (fails if it was turned on again meanwhile: then the warm count
     * this thread saw is the old one's) */
    atomic_compare_exchange_strong(&a->state, &st, st & ~(uint_fast64_t)1);
}

static void *S_fetcher(void *ud) {
  S_ahead *a = ud;
  for (;;) {
    if (!S_ahead_resting(a))
      return NULL;
    size_t j = atomic_fetch_add(&a->next, 1);
    if (!S_ahead_window(a, j) || cc_corpus_wait(a->c, j, NULL) != 1)
      return NULL; /* stopped, or past the last entry */
    if (atomic_load(&a->stop))
      return NULL;
    S_entry e = S_entry_at(a->c, j);
    S_fetch(a, &e);
  }
}

/* Fetching on, from entry from on (the threads made the first time), by
 * whichever read found a file on disk. */
static void S_ahead_begin(S_ahead *a, size_t from) {
  if (S_ahead_on(a))
    return;
  pthread_mutex_lock(&a->mu);
  if (!S_ahead_on(a) && !atomic_load(&a->stop)) {
    if (atomic_load(&a->next) < from) /* (what is behind was read) */
      atomic_store(&a->next, from);
    atomic_store(&a->warm, 0);
    atomic_store(&a->state, (atomic_load(&a->state) | 1) + 2);
    for (int k = a->nth; k < S_AHEAD_THREADS; k++)
      if (pthread_create(&a->th[a->nth], NULL, S_fetcher, a) == 0)
        a->nth++;
    pthread_cond_broadcast(&a->cv);
  }
  pthread_mutex_unlock(&a->mu);
}

/* Entry i is being read: the window moves; threads waiting for it are
 * woken once in S_AHEAD_WAKE reads (each entry is read once). */
static void S_ahead_moved(S_ahead *a, size_t i) {
  if (!(atomic_load_explicit(&a->state, memory_order_relaxed) & 1))
    return;
  /* (a max kept loosely: two readers may store out of order, which only
   * holds the window back by the few entries between them) */
  if (i + 1 > atomic_load(&a->consumed))
    atomic_store(&a->consumed, i + 1);
  if ((i + 1) % S_AHEAD_WAKE == 0 && atomic_load(&a->waiting)) {
    pthread_mutex_lock(&a->mu);
    pthread_cond_broadcast(&a->cv);
    pthread_mutex_unlock(&a->mu);
  }
}

/* Whether this read should probe for a file on disk: one in
 * S_PROBE_EVERY (the first one included) while fetching is off. */
static bool S_ahead_probe(S_ahead *a) {
  return !(atomic_load_explicit(&a->state, memory_order_relaxed) & 1) &&
         atomic_fetch_add_explicit(&a->reads, 1, memory_order_relaxed) %
                 S_PROBE_EVERY == 0;
}

/* Stop the threads (they end at their next file or wait); S_ahead_free
 * joins them. */
static void S_ahead_stop(S_ahead *a) {
  atomic_store(&a->stop, true);
  pthread_mutex_lock(&a->mu);
  pthread_cond_broadcast(&a->cv);
  pthread_mutex_unlock(&a->mu);
}

/* After S_ahead_stop, and after the walker ended (a thread waiting in
 * cc_corpus_wait for an entry wakes when the walk is done). */
static void S_ahead_free(S_ahead **ap) {
  S_ahead *a = *ap;
  if (!a)
    return;
  pthread_mutex_lock(&a->mu);
  int n = a->nth;
  pthread_mutex_unlock(&a->mu);
  for (int k = 0; k < n; k++)
    pthread_join(a->th[k], NULL);
  pthread_cond_destroy(&a->cv);
  pthread_mutex_destroy(&a->mu);
  cc_xfree(a);
  *ap = NULL;
}

/* S_read_text for entry i, probing now and then for files on disk, and
 * the read-ahead started (or its window moved) accordingly. */
static int S_read_entry(const cc_corpus *c, size_t i, const S_entry *e,
                        char **buf, size_t *cap, size_t *len, cc_err *err) {
  S_ahead *a = c->ahead;
  bool cold = false;
  int rc = S_read_text(c, e, buf, cap, len, S_ahead_probe(a) ? &cold : NULL,
                       err);
  if (cold) {
    atomic_fetch_add_explicit(&a->colds, 1, memory_order_relaxed);
    S_ahead_begin(a, i + 1);
  }
  S_ahead_moved(a, i);
  return rc;
}

bool cc__corpus_reading_ahead(const cc_corpus *c) {
  if (!c || !c->ahead)
    return false;
  pthread_mutex_lock(&c->ahead->mu);
  bool made = c->ahead->nth > 0;
  pthread_mutex_unlock(&c->ahead->mu);
  return made;
}

size_t cc__corpus_cold_reads(const cc_corpus *c) {
  return c && c->ahead ? atomic_load(&c->ahead->colds) : 0;
}

bool cc__corpus_fetching(const cc_corpus *c) {
  return c && c->ahead && S_ahead_on(c->ahead);
}

void cc__corpus_read_ahead(const cc_corpus *c, size_t from) {
  if (c && c->ahead)
    S_ahead_begin(c->ahead, from);
}

/* Whether a document has no text after its front matter: only spaces,
 * or nothing (a file of a byte-order mark, blank lines, or front matter
 * alone).  Such a file is skipped with a warning as an empty one is: a
 * run over nothing else must not pass a gate (QA). */
static bool S_no_text(const char *path, const cc_doc *d) {
  for (size_t k = d->body; k < d->len; k++)
    if (!(d->text[k] == ' ' || (d->text[k] >= '\t' && d->text[k] <= '\r')))
      return false;
  cc_warn("%s: no text%s (skipped)", path,
          d->body > 3 ? " after its front matter" : "");
  return true;
}

int cc_corpus_read_reuse(const cc_corpus *c, size_t i, cc_doc **spare,
                         cc_doc **out, cc_err *err) {
  *out = NULL;
  const S_entry ent = S_entry_at(c, i), *e = &ent;
  cc_doc *d = *spare;
  if (!d) {
    d = cc_xcalloc(1, sizeof *d);
    d->path_borrowed = true;
    *spare = d;
  }
  int rc = S_read_entry(c, i, e, &d->text, &d->cap, &d->len, err);
  if (rc == 0)
    rc = S_check_text(c, e, d->text, d->len, err);
  if (rc == 0 && d->len == 0) {
    cc_warn("%s: empty file (skipped)", e->path);
    rc = 1;
  }
  if (rc != 0)
    return rc;
  /* (S_doc_new's fields, the path the corpus's own) */
  d->path = e->path;
  d->body = 0;
  memset(&d->meta, 0, sizeof d->meta);
  if (d->nnotes)
    S_notes_free(d);
  if (cc_meta_parse(e->path, d->text, d->len, &d->meta, &d->body, err) != 0)
    return -1;
  S_blank_markup(d);
  if (S_no_text(e->path, d)) /* (as cc_corpus_read: markup blanked) */
    return 1;
  d->index = (unsigned)i;
  S_apply_meta(c, e, d);
  *spare = NULL;
  *out = d;
  return 0;
}

int cc_corpus_read(const cc_corpus *c, size_t i, cc_doc **out, cc_err *err) {
  *out = NULL;
  const S_entry ent = S_entry_at(c, i), *e = &ent;
  char *text = NULL;
  size_t len, cap = 0;
  int rc = S_read_entry(c, i, e, &text, &cap, &len, err);
  if (rc == 0)
    rc = S_check_text(c, e, text, len, err);
  if (rc == 0 && len == 0) {
    cc_warn("%s: empty file (skipped)", e->path);
    rc = 1;
  }
  if (rc != 0) {
    cc_xfree(text);
    return rc;
  }
  cc_doc *d = S_doc_new(e->path, text, len, err);
  if (!d)
    return -1;
  if (S_no_text(e->path, d)) {
    cc_doc_free(d);
    return 1;
  }
  d->cap = cap;
  d->index = (unsigned)i;
  S_apply_meta(c, e, d);
  *out = d;
  return 0;
}

void cc_corpus_free(cc_corpus **cp) {
  if (!cp || !*cp)
    return;
  cc_corpus *c = *cp;
  S_stream *st = c->stream;
  if (c->ahead)
    S_ahead_stop(c->ahead);
  if (st) {
    atomic_store(&st->stop, true);
    if (st->threaded)
      pthread_join(st->walker, NULL);
    S_ahead_free(&c->ahead); /* (before the stream its threads wait on) */
    pthread_cond_destroy(&st->grown);
    pthread_mutex_destroy(&st->mu);
    for (size_t i = 0; i < st->npaths; i++)
      cc_xfree(st->paths[i]);
    cc_xfree(st->paths);
    cc_xfree(st);
  }
  S_ahead_free(&c->ahead);
  for (size_t i = 0; i < c->entries.len; i++) {
    S_entry *e = CC_VEC_AT(&c->entries, S_entry, i);
    cc_xfree(e->path);
    cc_xfree(e->real);
    cc_xfree(e->text);
  }
  cc_vec_free(&c->entries);
  S_mrow *r, *tmp;
  HASH_ITER(hh, c->manifest, r, tmp) {
    HASH_DEL(c->manifest, r);
    cc_xfree(r->real);
    cc_xfree(r);
  }
  while ((r = c->dead)) {
    c->dead = r->dead;
    cc_xfree(r->real);
    cc_xfree(r);
  }
  cc_xfree(c->files.slot);
  for (size_t i = 0; i < c->named_dirs.len; i++)
    cc_xfree(((char **)c->named_dirs.items)[i]);
  cc_vec_free(&c->named_dirs);
  cc_xfree(c->manifest_path);
  cc_xfree(c);
  *cp = NULL;
}
