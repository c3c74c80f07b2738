/* tz.c - time zones read from the system tz database (TZif files).
 *
 * We read the compiled zone files ourselves (RFC 8536) instead of going
 * through setenv("TZ")/localtime: that would change process-wide state under
 * every other thread, and glibc silently treats an unknown zone as UTC, which
 * would turn a typo into a wrong conversion.  A zone file is read once and
 * kept in a uthash cache for the life of the process; the cache is guarded
 * by a mutex and the parsed zones are immutable after publication, so each
 * thread keeps the few it used last and finds them again without the lock.  Times past the last transition follow the POSIX TZ
 * rule in the file's footer (slim tzdata files rely on it).
 *
 * The folder is $TZDIR when set, else /usr/share/zoneinfo.
 */
#include "cc_tz.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uthash.h>

#include "cc_time.h"
#include "cc_util.h"

#define S_MAX_FILE (1u << 20) /* real zone files are a few kB */

typedef struct S_type {
  int32_t off;
  bool dst;
  char abbr[16];
} S_type;

/* One half of a POSIX rule: "M3.2.0/2" etc. */
typedef enum { S_R_JULIAN1, S_R_JULIAN0, S_R_MWD } S_rkind;
typedef struct S_rdate {
  S_rkind kind;
  int n, m, w, d; /* Jn / n / Mm.w.d */
  int32_t time;   /* seconds after local midnight (may be <0 or >24h) */
} S_rdate;

typedef struct S_rule {
  bool present;
  S_type std, dst;
  bool has_dst;
  S_rdate start, end;
} S_rule;

typedef struct S_zone {
  char *name;
  bool valid;
  bool loaded; /* trans, tidx, types and rule read (else only checked) */
  int64_t *trans; /* transition instants, ascending */
  uint8_t *tidx;  /* type index per transition */
  uint32_t ntrans;
  S_type *types;
  uint32_t ntypes;
  S_rule rule;
  UT_hash_handle hh;
} S_zone;

static S_zone *S_cache;
static pthread_mutex_t S_lock = PTHREAD_MUTEX_INITIALIZER;

/* ---- POSIX TZ strings ("AKST9AKDT,M3.2.0,M11.1.0") ---------------------- */

static const char *S_p_name(const char *p, char *out) {
  size_t n = 0;
  if (*p == '<') {
    p++;
    while (*p && *p != '>') {
      if (n < 15)
        out[n++] = *p;
      p++;
    }
    if (*p != '>')
      return NULL;
    p++;
  } else {
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
      if (n < 15)
        out[n++] = *p;
      p++;
    }
    if (n < 3)
      return NULL;
  }
  out[n] = '\0';
  return p;
}

static const char *S_p_num(const char *p, int *v) {
  if (*p < '0' || *p > '9')
    return NULL;
  int x = 0;
  while (*p >= '0' && *p <= '9' && x < 100000)
    x = x * 10 + (*p++ - '0');
  *v = x;
  return p;
}

/* [+-]hh[:mm[:ss]] as seconds. */
static const char *S_p_hms(const char *p, int32_t *secs) {
  int sign = 1, h = 0, m = 0, s = 0;
  if (*p == '+' || *p == '-')
    sign = *p++ == '-' ? -1 : 1;
  if (!(p = S_p_num(p, &h)))
    return NULL;
  if (*p == ':' && (p = S_p_num(p + 1, &m)) && *p == ':')
    p = S_p_num(p + 1, &s);
  if (!p)
    return NULL;
  *secs = sign * (h * 3600 + m * 60 + s);
  return p;
}

static const char *S_p_rdate(const char *p, S_rdate *r) {
  r->time = 7200;
  if (*p == 'M') {
    r->kind = S_R_MWD;
    if (!(p = S_p_num(p + 1, &r->m)) || *p != '.' ||
        !(p = S_p_num(p + 1, &r->w)) || *p != '.' ||
        !(p = S_p_num(p + 1, &r->d)))
      return NULL;
    if (r->m < 1 || r->m > 12 || r->w < 1 || r->w > 5 || r->d > 6)
      return NULL;
  } else if (*p == 'J') {
    r->kind = S_R_JULIAN1;
    if (!(p = S_p_num(p + 1, &r->n)) || r->n < 1 || r->n > 365)
      return NULL;
  } else {
    r->kind = S_R_JULIAN0;
    if (!(p = S_p_num(p, &r->n)) || r->n > 365)
      return NULL;
  }
  if (*p == '/')
    p = S_p_hms(p + 1, &r->time);
  return p;
}

static bool S_parse_rule(const char *p, S_rule *r) {
  memset(r, 0, sizeof *r);
  int32_t off;
  if (!(p = S_p_name(p, r->std.abbr)) || !(p = S_p_hms(p, &off)))
    return false;
  r->std.off = -off; /* POSIX offsets are west-positive */
  if (*p) {
    if (!(p = S_p_name(p, r->dst.abbr)))
      return false;
    r->dst.off = r->std.off + 3600;
    r->dst.dst = true;
    if (*p && *p != ',') {
      if (!(p = S_p_hms(p, &off)))
        return false;
      r->dst.off = -off;
    }
    if (*p != ',' || !(p = S_p_rdate(p + 1, &r->start)) || *p != ',' ||
        !(p = S_p_rdate(p + 1, &r->end)))
      return false;
    r->has_dst = true;
  }
  r->present = *p == '\0';
  return r->present;
}

/* Local day (civil days) a rule date falls on in year y. */
static int64_t S_rdate_day(const S_rdate *r, int y) {
  if (r->kind == S_R_JULIAN0)
    return cc_days_from_civil(y, 1, 1) + r->n;
  if (r->kind == S_R_JULIAN1) { /* 1..365, Feb 29 never counted */
    int64_t d = cc_days_from_civil(y, 1, 1) + r->n - 1;
    bool leap = cc_days_in_month(y, 2) == 29;
    return leap && r->n >= 60 ? d + 1 : d;
  }
  /* Mm.w.d: day d (0 = Sunday) of week w (5 = last) of month m */
  int64_t first = cc_days_from_civil(y, r->m, 1);
  int wd_first = (cc_weekday(first) + 1) % 7; /* Sunday = 0 */
  int64_t day = first + (r->d - wd_first + 7) % 7 + (int64_t)(r->w - 1) * 7;
  int64_t last = first + cc_days_in_month(y, r->m) - 1;
  while (day > last)
    day -= 7;
  return day;
}

static const S_type *S_rule_type(const S_rule *r, int64_t utc) {
  if (!r->has_dst)
    return &r->std;
  int64_t localstd = utc + r->std.off;
  int64_t d = localstd >= 0 ? localstd / CC_DAY : (localstd + 1) / CC_DAY - 1;
  int y = cc_civil_from_days(d).y;
  /* start is given in standard local time, end in daylight local time */
  int64_t start =
      S_rdate_day(&r->start, y) * CC_DAY + r->start.time - r->std.off;
  int64_t end = S_rdate_day(&r->end, y) * CC_DAY + r->end.time - r->dst.off;
  bool in_dst =
      start < end ? (utc >= start && utc < end) : !(utc >= end && utc < start);
  return in_dst ? &r->dst : &r->std;
}

/* ---- TZif files --------------------------------------------------------- */

static uint32_t S_be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 |
         p[3];
}

static int64_t S_be64(const unsigned char *p) {
  return (int64_t)((uint64_t)S_be32(p) << 32 | S_be32(p + 4));
}

typedef struct S_hdr {
  uint32_t isut, isstd, leap, time, type, chars;
} S_hdr;

static bool S_header(const unsigned char *p, size_t n, S_hdr *h, int *ver) {
  if (n < 44 || memcmp(p, "TZif", 4) != 0)
    return false;
  *ver = p[4] ? p[4] - '0' : 1;
  h->isut = S_be32(p + 20);
  h->isstd = S_be32(p + 24);
  h->leap = S_be32(p + 28);
  h->time = S_be32(p + 32);
  h->type = S_be32(p + 36);
  h->chars = S_be32(p + 40);
  return h->type > 0 && h->type < 256 && h->time < 100000 && h->chars < 4096 &&
         h->leap < 10000;
}

static size_t S_block_len(const S_hdr *h, int tsize) {
  return (size_t)h->time * tsize + h->time + (size_t)h->type * 6 + h->chars +
         (size_t)h->leap * (tsize + 4) + h->isstd + h->isut;
}

/* Fill z from the data block at p (tsize 4 for v1, 8 for v2+); with z
 * NULL, only check it as the fill would. */
static bool S_load_block(S_zone *z, const unsigned char *p, size_t n,
                         const S_hdr *h, int tsize) {
  if (S_block_len(h, tsize) > n)
    return false;
  if (!z) {
    const unsigned char *ti = p + (size_t)h->time * tsize;
    for (uint32_t i = 0; i < h->time; i++)
      if (ti[i] >= h->type)
        return false;
    return true;
  }
  z->ntrans = h->time;
  z->ntypes = h->type;
  z->trans = cc_xcalloc(h->time ? h->time : 1, sizeof *z->trans);
  z->tidx = cc_xcalloc(h->time ? h->time : 1, 1);
  z->types = cc_xcalloc(h->type, sizeof *z->types);
  for (uint32_t i = 0; i < h->time; i++)
    z->trans[i] = tsize == 8 ? S_be64(p + 8 * i) : (int32_t)S_be32(p + 4 * i);
  p += (size_t)h->time * tsize;
  for (uint32_t i = 0; i < h->time; i++) {
    if (p[i] >= h->type)
      return false;
    z->tidx[i] = p[i];
  }
  p += h->time;
  const unsigned char *chars = p + (size_t)h->type * 6;
  for (uint32_t i = 0; i < h->type; i++) {
    const unsigned char *t = p + 6 * i;
    z->types[i].off = (int32_t)S_be32(t);
    z->types[i].dst = t[4] != 0;
    unsigned ai = t[5];
    if (ai < h->chars) {
      size_t k = 0;
      while (ai + k < h->chars && chars[ai + k] && k < 15) {
        z->types[i].abbr[k] = (char)chars[ai + k];
        k++;
      }
    }
  }
  return true;
}

/* z from the file's bytes p[0..n); with z NULL, only whether they are a
 * zone (the same answer, no tables made). */
static bool S_parse_tzif(S_zone *z, const unsigned char *p, size_t n) {
  S_hdr h;
  int ver;
  if (!S_header(p, n, &h, &ver))
    return false;
  size_t v1 = 44 + S_block_len(&h, 4);
  if (ver < 2 || v1 + 44 > n)
    return S_load_block(z, p + 44, n - 44, &h, 4);
  const unsigned char *q = p + v1;
  S_hdr h2;
  int ver2;
  if (!S_header(q, n - v1, &h2, &ver2) ||
      !S_load_block(z, q + 44, n - v1 - 44, &h2, 8))
    return false;
  if (!z)
    return true;
  size_t foot = v1 + 44 + S_block_len(&h2, 8);
  if (foot < n && p[foot] == '\n') {
    const unsigned char *e = memchr(p + foot + 1, '\n', n - foot - 1);
    if (e && e - (p + foot + 1) < 128) {
      char tzs[128];
      size_t len = (size_t)(e - (p + foot + 1));
      memcpy(tzs, p + foot + 1, len);
      tzs[len] = '\0';
      if (len)
        S_parse_rule(tzs, &z->rule);
    }
  }
  return true;
}

/* IANA names: letters, digits, '/', '_', '-', '+', '.', no ".." part and
 * no leading '/' (the name must not escape the tz folder). */
static bool S_name_ok(const char *name) {
  size_t n = strlen(name);
  if (n == 0 || n > 200 || name[0] == '/' || name[0] == '.' ||
      strstr(name, "..") || strstr(name, "//"))
    return false;
  for (const char *p = name; *p; p++) {
    char c = *p;
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
          (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-' ||
          c == '+' || c == '.'))
      return false;
  }
  return true;
}

/* The zone folder open (under S_lock, as S_slurp is): its path and a
 * descriptor of it, opened at the first zone file and again only when
 * $TZDIR names another folder.  A file opened by its name in the folder
 * (openat) is not looked up from the root through every folder of the
 * path each time: the time model checks some two hundred zone files at
 * every start, and the lookups were a third of their cost. */
static int S_dir_fd = -1;
static char *S_dir_path;

/* The folder's descriptor, or -1 when it cannot be opened (S_slurp then
 * opens each file by its full path, as before). */
static int S_zone_dir(const char *dir) {
  if (S_dir_path && strcmp(S_dir_path, dir) == 0)
    return S_dir_fd;
  if (S_dir_fd >= 0)
    close(S_dir_fd);
  cc_xfree(S_dir_path);
  S_dir_path = cc_xstrdup(dir);
  S_dir_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  return S_dir_fd;
}

/* Zone file name in folder dir, opened for reading; -1 when it cannot
 * be. */
static int S_open_zone(const char *dir, const char *name) {
  int dfd = S_zone_dir(dir);
  if (dfd >= 0)
    return openat(dfd, name, O_RDONLY | O_CLOEXEC);
  size_t dl = strlen(dir), nl = strlen(name); /* (nl <= 200: S_name_ok) */
  char small[512];
  char *path = dl + nl + 2 <= sizeof small ? small : cc_xmalloc(dl + nl + 2);
  memcpy(path, dir, dl);
  path[dl] = '/';
  memcpy(path + dl + 1, name, nl + 1);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (path != small)
    cc_xfree(path);
  return fd;
}

/* The bytes of zone file name (at most S_MAX_FILE, as one fread of that
 * many would give) into *data (the caller frees it); 0 when it cannot be
 * opened or read.  open and read into a buffer of the file's size: the
 * places list names some two hundred zones, and fopen's FILE, a path
 * built by printf and a megabyte's buffer cost more than the parse.  A
 * regular file's read that gives fewer bytes than its size and one is at
 * its end: no second read to see it. */
static size_t S_slurp(const char *name, unsigned char **data) {
  *data = NULL;
  const char *dir = getenv("TZDIR");
  if (!dir || !*dir)
    dir = "/usr/share/zoneinfo";
  int fd = S_open_zone(dir, name);
  if (fd < 0)
    return 0;
  struct stat st;
  size_t cap = 4096;
  bool sized = false;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
      (uint64_t)st.st_size < S_MAX_FILE) {
    cap = (size_t)st.st_size + 1; /* (one more: the end is seen at once) */
    sized = true;
  }
  unsigned char *p = cc_xmalloc(cap);
  size_t n = 0;
  for (;;) {
    if (n == cap) {
      if (cap == S_MAX_FILE)
        break;
      cap = cap * 2 < S_MAX_FILE ? cap * 2 : S_MAX_FILE;
      p = cc_xrealloc(p, cap);
    }
    ssize_t r = read(fd, p + n, cap - n);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      break;
    n += (size_t)r;
    if (sized && n < cap)
      break; /* (a regular file's short read: its end) */
  }
  close(fd);
  *data = p;
  return n;
}

/* z's file read: its tables when full, else only whether it is valid. */
static void S_read_zone(S_zone *z, bool full) {
  unsigned char *data;
  size_t n = S_slurp(z->name, &data);
  z->valid = n > 0 && n < S_MAX_FILE && S_parse_tzif(full ? z : NULL, data, n);
  z->loaded = full;
  cc_xfree(data);
  if (!z->valid) {
    cc_xfree(z->trans);
    cc_xfree(z->tidx);
    cc_xfree(z->types);
    z->trans = NULL;
    z->tidx = NULL;
    z->types = NULL;
    z->ntrans = z->ntypes = 0;
  }
}

/* The last zones this thread looked up: a document asks for the same one
 * or two zones again and again, and the global lock on every lookup was
 * taken from every thread.  A zone is never changed or freed after it is
 * published under the lock, and this thread read the pointer under the
 * lock, so reading it here without the lock is safe. */
#define S_RECENT 4
static _Thread_local const S_zone *S_recent[S_RECENT];
static _Thread_local unsigned S_recent_next;

static const S_zone *S_recent_find(const char *name) {
  for (unsigned k = 0; k < S_RECENT; k++) {
    const S_zone *z = S_recent[k];
    if (z && strcmp(z->name, name) == 0)
      return z;
  }
  return NULL;
}

/* The cache's zone of name (S_name_ok), under the lock: read when new,
 * its tables too when full.  Only zones read in full leave the lock
 * (S_zone_get): one only checked is read again before, so no thread sees
 * it change. */
static S_zone *S_cached(const char *name, bool full) {
  S_zone *z = NULL;
  HASH_FIND_STR(S_cache, name, z);
  if (!z) {
    z = cc_xcalloc(1, sizeof *z);
    z->name = cc_xstrdup(name);
    S_read_zone(z, full);
    HASH_ADD_KEYPTR(hh, S_cache, z->name, strlen(z->name), z);
  } else if (full && z->valid && !z->loaded) {
    S_read_zone(z, true);
  }
  return z;
}

static const S_zone *S_zone_get(const char *name) {
  if (!name)
    return NULL;
  const S_zone *hit = S_recent_find(name); /* its name passed S_name_ok */
  if (hit)
    return hit->valid ? hit : NULL;
  if (!S_name_ok(name))
    return NULL;
  pthread_mutex_lock(&S_lock);
  S_zone *z = S_cached(name, true);
  pthread_mutex_unlock(&S_lock);
  S_recent[S_recent_next++ % S_RECENT] = z;
  return z->valid ? z : NULL;
}

/* ---- lookups ------------------------------------------------------------ */

static const S_type *S_type_at(const S_zone *z, int64_t utc) {
  if (z->ntrans == 0 || utc < z->trans[0]) {
    if (z->ntrans == 0 && z->rule.present)
      return S_rule_type(&z->rule, utc);
    /* before the first transition: the first standard-time type */
    for (uint32_t i = 0; i < z->ntypes; i++)
      if (!z->types[i].dst)
        return &z->types[i];
    return &z->types[0];
  }
  if (utc >= z->trans[z->ntrans - 1] && z->rule.present)
    return S_rule_type(&z->rule, utc);
  uint32_t lo = 0, hi = z->ntrans; /* last transition <= utc */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (z->trans[mid] <= utc)
      lo = mid;
    else
      hi = mid;
  }
  return &z->types[z->tidx[lo]];
}

/* Only checked, not read into tables: the time model checks the two
 * hundred zones of its lists at every start and converts in one or two. */
bool cc_tz_valid(const char *zone) {
  if (!zone)
    return false;
  const S_zone *hit = S_recent_find(zone);
  if (hit)
    return hit->valid;
  if (!S_name_ok(zone))
    return false;
  pthread_mutex_lock(&S_lock);
  bool ok = S_cached(zone, false)->valid;
  pthread_mutex_unlock(&S_lock);
  return ok;
}

static void S_out(const S_type *t, int *offset, char *abbr) {
  if (offset)
    *offset = t->off;
  if (abbr)
    snprintf(abbr, 16, "%s", t->abbr);
}

int cc_tz_offset_at(const char *zone, int64_t utc, int *offset, char *abbr) {
  const S_zone *z = S_zone_get(zone);
  if (!z)
    return -1;
  S_out(S_type_at(z, utc), offset, abbr);
  return 0;
}

int cc_tz_local_to_utc(const char *zone, int64_t local, int64_t *utc,
                       int *offset, char *abbr) {
  const S_zone *z = S_zone_get(zone);
  if (!z)
    return -1;
  /* The offsets in force a day before and a day after bracket any single
   * transition near local; try the earlier one first so that a repeated
   * hour maps to its first occurrence and a skipped one uses the offset
   * from before the gap. */
  const S_type *before = S_type_at(z, local - CC_DAY);
  const S_type *after = S_type_at(z, local + CC_DAY);
  const S_type *pick = before;
  if (S_type_at(z, local - before->off)->off != before->off &&
      S_type_at(z, local - after->off)->off == after->off)
    pick = after;
  if (utc)
    *utc = local - pick->off;
  S_out(pick, offset, abbr);
  return 0;
}

void cc_tz_format_offset(int offset, char *buf) {
  int a = offset < 0 ? -offset : offset;
  char sign = offset < 0 ? '-' : '+';
  if (offset == 0)
    snprintf(buf, 12, "UTC+0");
  else if (a % 3600)
    snprintf(buf, 12, "UTC%c%d:%02d", sign, a / 3600 % 100, a % 3600 / 60);
  else
    snprintf(buf, 12, "UTC%c%d", sign, a / 3600 % 100);
}
