/* util.c - allocation hook, arena, buffers, hashing, errors, file reading. */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* preadv2 and RWF_NOWAIT (S_probe_cold) */
#endif
#include "cc_util.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

/* ---- allocation hook --------------------------------------------------- */

static cc_mem S_mem = {calloc, realloc, free};

void cc_mem_set(const cc_mem *mem) {
  if (mem)
    S_mem = *mem;
  else
    S_mem = (cc_mem){calloc, realloc, free};
}

static void S_oom(void) {
  fputs("claimcheck: out of memory\n", stderr);
  abort();
}

/* ---- blocks that live as long as their thread ------------------------- */

/* Pages of their own (mmap), not calloc's: calloc zeroes whatever its
 * block takes of the heap's top, which the heap has grown but not yet
 * touched, and each page it zeroes is a page fault; fresh pages are
 * zero and cost nothing until the thread touches them (a cache that a
 * short run reaches in a few slots).  The sanitizer build takes calloc's,
 * whose bounds it checks. */
#if defined(__SANITIZE_ADDRESS__)
#define S_THREAD_MMAP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define S_THREAD_MMAP 0
#endif
#endif
#ifndef S_THREAD_MMAP
#define S_THREAD_MMAP 1
#endif

#define S_THREAD_BLOCKS 16u
static _Thread_local struct {
  void *p[S_THREAD_BLOCKS];
  size_t size[S_THREAD_BLOCKS]; /* mapped bytes; 0: calloc's */
  unsigned n;
} S_thread_blocks;
static pthread_key_t S_thread_key;
static pthread_once_t S_thread_once = PTHREAD_ONCE_INIT;
static bool S_thread_keyed;

/* The key's destructor (arg: the thread's S_thread_blocks): runs as a
 * pthread thread ends, never for the main thread (exit), whose blocks
 * stay reachable from its _Thread_local pointers. */
static void S_thread_end(void *arg) {
  (void)arg;
  for (unsigned i = 0; i < S_thread_blocks.n; i++) {
    if (S_thread_blocks.size[i])
      munmap(S_thread_blocks.p[i], S_thread_blocks.size[i]);
    else
      free(S_thread_blocks.p[i]);
  }
  S_thread_blocks.n = 0;
}

static void S_thread_key_make(void) {
  S_thread_keyed = pthread_key_create(&S_thread_key, S_thread_end) == 0;
}

void *cc_thread_calloc(size_t size) {
  if (S_thread_blocks.n == S_THREAD_BLOCKS)
    abort(); /* (a caller that asks more than once per thread) */
  void *p = NULL;
  size_t mapped = 0;
#if S_THREAD_MMAP
  long page = sysconf(_SC_PAGESIZE);
  if (page > 0 && size <= SIZE_MAX - (size_t)page) {
    mapped = (size + (size_t)page - 1) / (size_t)page * (size_t)page;
    p = mmap(NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
             -1, 0);
    if (p == MAP_FAILED) {
      p = NULL;
      mapped = 0;
    }
  }
#endif
  if (!p && !(p = calloc(1, size ? size : 1)))
    S_oom();
  if (S_thread_blocks.n == 0) { /* the thread's first: its destructor */
    pthread_once(&S_thread_once, S_thread_key_make);
    if (S_thread_keyed)
      pthread_setspecific(S_thread_key, &S_thread_blocks);
  }
  S_thread_blocks.size[S_thread_blocks.n] = mapped;
  S_thread_blocks.p[S_thread_blocks.n++] = p;
  return p;
}

/* ---- pages mapped ahead ------------------------------------------------ */

void cc_prefault(void *p, size_t size) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  long page = sysconf(_SC_PAGESIZE);
  if (!p || size < ((size_t)64 << 10) || page <= 0)
    return;
  uintptr_t mask = (uintptr_t)page - 1, at = (uintptr_t)p,
            lo = (at + mask) & ~mask, hi = (at + size) & ~mask;
  if (hi > lo)
    (void)madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)size;
#endif
}

/* ---- allocation ------------------------------------------------------- */

void *cc_xcalloc(size_t n, size_t size) {
  void *p = S_mem.calloc(n ? n : 1, size ? size : 1);
  if (!p)
    S_oom();
  return p;
}

/* Not zeroed, as malloc: callers fill what they take.  (It used to be
 * calloc; zeroing a 1 MiB read buffer for each of the hundreds of zone
 * files read at start-up was most of a run's start-up time.) */
void *cc_xmalloc(size_t size) {
  void *p = S_mem.realloc(NULL, size ? size : 1);
  if (!p)
    S_oom();
  return p;
}

void *cc_xrealloc(void *p, size_t size) {
  void *q = S_mem.realloc(p, size ? size : 1);
  if (!q)
    S_oom();
  return q;
}

char *cc_xstrndup(const char *s, size_t n) {
  char *p = cc_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *cc_xstrdup(const char *s) { return cc_xstrndup(s, strlen(s)); }

void cc_xfree(void *p) {
  if (p)
    S_mem.free(p);
}

/* ---- arena ---------------------------------------------------------------- */

/* (the layout is cc_util.h's, for the inline cc_arena_alloc) */
typedef cc__arena_chunk S_chunk;

#define S_CHUNK_MIN ((size_t)64 * 1024)
/* Standard chunks a reset keeps: 256 kB serves every document of the
 * generated corpus (about 30 kB each) without a malloc, and bounds what an
 * idle arena holds after a huge one. */
#define S_KEEP_CHUNKS 4

cc_arena *cc_arena_new(void) { return cc_xcalloc(1, sizeof(cc_arena)); }

/* Chunks are not zeroed here: cc_arena_alloc zeroes each block it hands
 * out, and zeroing the whole chunk up front cost as much as segmenting a
 * short article.  realloc(NULL, n) keeps the allocation hook in charge. */
static S_chunk *S_chunk_new(size_t need) {
  size_t size = need > S_CHUNK_MIN ? need : S_CHUNK_MIN;
  S_chunk *c = S_mem.realloc(NULL, sizeof(S_chunk) + size);
  if (!c)
    S_oom();
  c->size = size;
  c->used = 0;
  /* a chunk is filled block after block: its pages mapped in one call,
   * not a fault each (a one-article run: 760 of its 1,710 faults) */
  cc_prefault(c->data, size);
  return c;
}

/* size bytes at an offset aligned to align (a power of two), not zeroed.
 * Strings ask for alignment 1, so a claim's short strings pack tightly
 * instead of taking 16 bytes each. */
/* A chunk for need bytes: a spare one when it is large enough. */
static S_chunk *S_chunk_get(cc_arena *a, size_t need) {
  S_chunk *c = a->spare;
  if (!c || need > c->size)
    return S_chunk_new(need);
  a->spare = c->next;
  c->used = 0;
  return c;
}

/* S_arena_take when the head chunk has no room: a new head (or a big
 * block behind it).  Out of line, so the common case inlines small. */
static void *S_arena_take_new(cc_arena *a, size_t size) {
  S_chunk *c = a->head;
  S_chunk *n = S_chunk_get(a, size);
  /* A big one-off block goes behind the head so the head keeps serving
   * small allocations. */
  if (c && size > S_CHUNK_MIN) {
    n->next = c->next;
    c->next = n;
  } else {
    n->next = c;
    a->head = n;
  }
  n->used = size;
  a->total += size;
  return n->data;
}

/* size bytes aligned to align from the head chunk (the common case), or
 * from a new one. */
static inline void *S_arena_take(cc_arena *a, size_t size, size_t align) {
  S_chunk *c = a->head;
  if (c) {
    size_t off = (c->used + align - 1) & ~(align - 1);
    if (off <= c->size && c->size - off >= size) {
      c->used = off + size;
      a->total += size;
      return (char *)c->data + off;
    }
  }
  return S_arena_take_new(a, size);
}

/* (cc_arena_alloc when the head chunk has no room; size is not 0) */
void *cc__arena_alloc_new(cc_arena *a, size_t size) {
  void *p = S_arena_take(a, size, sizeof(max_align_t));
  memset(p, 0, size);
  return p;
}

void *cc_arena_alloc_raw(cc_arena *a, size_t size) {
  return S_arena_take(a, size ? size : 1, sizeof(max_align_t));
}

char *cc_arena_strndup(cc_arena *a, const char *s, size_t n) {
  char *p = S_arena_take(a, n + 1, 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *cc_arena_str_room(cc_arena *a, size_t room) {
  return S_arena_take(a, room + 1, 1);
}

/* (the block is the head chunk's last unless S_arena_take_new put a big
 * one behind the head: that one keeps its room) */
void cc_arena_str_keep(cc_arena *a, char *p, size_t room, size_t n) {
  p[n] = '\0';
  S_chunk *c = a->head;
  if (c && p + room + 1 == (char *)c->data + c->used) {
    c->used -= room - n;
    a->total -= room - n;
  }
}

char *cc_arena_strdup(cc_arena *a, const char *s) {
  return cc_arena_strndup(a, s, strlen(s));
}

size_t cc_arena_used(const cc_arena *a) { return a ? a->total : 0; }

static void S_chunks_free(S_chunk *c) {
  while (c) {
    S_chunk *n = c->next;
    cc_xfree(c);
    c = n;
  }
}

void cc_arena_reset(cc_arena *a) {
  if (!a)
    return;
  int kept = 0;
  for (S_chunk *k = a->spare; k; k = k->next)
    kept++;
  S_chunk *c = a->head;
  while (c) {
    S_chunk *n = c->next;
    if (c->size == S_CHUNK_MIN && kept < S_KEEP_CHUNKS) {
      c->next = a->spare;
      a->spare = c;
      kept++;
    } else {
      cc_xfree(c);
    }
    c = n;
  }
  a->head = NULL;
  a->total = 0;
}

void cc_arena_free(cc_arena **ap) {
  if (!ap || !*ap)
    return;
  S_chunks_free((*ap)->head);
  S_chunks_free((*ap)->spare);
  cc_xfree(*ap);
  *ap = NULL;
}

/* ---- buffers ---------------------------------------------------------------- */

static void S_buf_grow(cc_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1)
    cap *= 2;
  b->ptr = cc_xrealloc(b->ptr, cap);
  b->cap = cap;
}

/* Two digits at a time from a table: a date or a count is one to three
 * steps instead of a division per digit. */
const char cc_digits2[201] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* 10^k for k = 0 .. 19: the digit count by comparisons. */
static const unsigned long long S_pow10[20] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
    10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
    100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
    100000000000000000ULL, 1000000000000000000ULL,
    10000000000000000000ULL};

/* The digits are written backwards from their end, which the digit count
 * gives, straight at p: copying them from a scratch buffer was a memcpy
 * call per number (most are one to four digits). */
char *cc_put_fraction(char *buf, size_t cap, double v) {
  int n = snprintf(buf, cap, "%.15f", v);
  char *z = buf + (n < 0 ? 0 : (size_t)n < cap ? (size_t)n : cap - 1);
  while (z > buf + 2 && z[-1] == '0' && z[-2] != '.')
    *--z = '\0';
  return z;
}

char *cc_put_uint(char *p, unsigned long long v, int width) {
  /* (most numbers written are offsets, lines and years: up to 4 digits
   * by two comparisons, the rest by the table) */
  unsigned n;
  if (v < 100)
    n = v < 10 ? 1 : 2;
  else if (v < 10000)
    n = v < 1000 ? 3 : 4;
  else if (v < 100000000)
    n = v < 1000000 ? (v < 100000 ? 5 : 6) : (v < 10000000 ? 7 : 8);
  else
    for (n = 9; n < 20 && v >= S_pow10[n];)
      n++;
  if (width > 24) /* (the padding's cap) */
    width = 24;
  /* (two zeros a store: a loop of single bytes became a memset call) */
  int pad = width - (int)n;
  for (; pad >= 2; pad -= 2, p += 2)
    memcpy(p, "00", 2);
  if (pad == 1)
    *p++ = '0';
  char *const end = p + n, *q = end;
  while (v > UINT32_MAX) {
    unsigned r = (unsigned)(v % 100);
    v /= 100;
    q -= 2;
    q[0] = cc_digits2[2 * r];
    q[1] = cc_digits2[2 * r + 1];
  }
  /* (the rest in 32 bits: a cheaper division by 100) */
  uint32_t w = (uint32_t)v;
  while (w >= 100) {
    unsigned r = w % 100;
    w /= 100;
    q -= 2;
    memcpy(q, cc_digits2 + 2 * r, 2);
  }
  v = w;
  if (v >= 10) {
    q[-2] = cc_digits2[2 * v];
    q[-1] = cc_digits2[2 * v + 1];
  } else {
    q[-1] = (char)('0' + v);
  }
  return end;
}

void cc_buf_put(cc_buf *b, const void *s, size_t n) {
  if (b->len + n + 1 > b->cap) /* (S_buf_grow's test, without the call) */
    S_buf_grow(b, n);
  if (n)
    memcpy(b->ptr + b->len, s, n);
  b->len += n;
  b->ptr[b->len] = '\0';
}

/* cc_buf_put written out (a writer's most frequent call): one call less. */
void cc_buf_puts(cc_buf *b, const char *s) {
  size_t n = strlen(s);
  if (b->len + n + 1 > b->cap)
    S_buf_grow(b, n);
  memcpy(b->ptr + b->len, s, n + 1); /* (with the NUL) */
  b->len += n;
}

char *cc_buf_room(cc_buf *b, size_t n) {
  if (b->len + n + 1 > b->cap)
    S_buf_grow(b, n);
  return b->ptr + b->len;
}

void cc_buf_wrote(cc_buf *b, size_t n) {
  b->len += n;
  b->ptr[b->len] = '\0';
}

/* One byte is the common case of writers that escape as they go: no memcpy
 * call, and growth only when the buffer is full. */
void cc_buf_putc(cc_buf *b, char c) {
  if (b->len + 2 > b->cap)
    S_buf_grow(b, 1);
  b->ptr[b->len++] = c;
  b->ptr[b->len] = '\0';
}

void cc_buf_vprintf(cc_buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n <= 0)
    return;
  S_buf_grow(b, (size_t)n);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void cc_buf_printf(cc_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  cc_buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void cc_buf_reset(cc_buf *b) {
  b->len = 0;
  if (b->ptr)
    b->ptr[0] = '\0';
}

char *cc_buf_detach(cc_buf *b) {
  char *p = b->ptr ? b->ptr : cc_xstrdup("");
  b->ptr = NULL;
  b->len = b->cap = 0;
  return p;
}

void cc_buf_free(cc_buf *b) {
  if (!b)
    return;
  cc_xfree(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
}

void *cc_vec_push(cc_vec *v) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 16;
    v->items = cc_xrealloc(v->items, v->cap * v->size);
  }
  void *p = (char *)v->items + v->len * v->size;
  memset(p, 0, v->size);
  v->len++;
  return p;
}

void cc_vec_free(cc_vec *v) {
  if (!v)
    return;
  cc_xfree(v->items);
  v->items = NULL;
  v->len = v->cap = 0;
}

/* ---- hashing -------------------------------------------------------------------- */

uint64_t cc_hash64(const void *data, size_t n, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t h = seed;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

/* ---- errors and warnings -------------------------------------------------------- */

/* msg holds n bytes of text (n >= cap): keep its head and its tail, where
 * the reason is, with " ... " between them, cut at character bounds. */
static void S_keep_ends(char *out, size_t cap, const char *msg, size_t n) {
  size_t head = cap / 4, tail = cap - head - 6;
  while (head > 0 && ((unsigned char)msg[head] & 0xC0) == 0x80)
    head--;
  size_t t = n - tail;
  while (t < n && ((unsigned char)msg[t] & 0xC0) == 0x80)
    t++;
  snprintf(out, cap, "%.*s ... %s", (int)head, msg, msg + t);
}

/* The whole message when it fits (a path of PATH_MAX bytes and its reason
 * do); a longer one loses the middle of its path, never its reason. */
void cc_err_set(cc_err *e, const char *fmt, ...) {
  if (!e)
    return;
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
  if (n >= 0 && (size_t)n >= sizeof e->msg) {
    char *full = cc_xmalloc((size_t)n + 1);
    vsnprintf(full, (size_t)n + 1, fmt, ap2);
    S_keep_ends(e->msg, sizeof e->msg, full, (size_t)n);
    cc_xfree(full);
  }
  va_end(ap2);
}

void cc_fputs_shown(const char *s, FILE *f) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    const unsigned char *q = p;
    /* runs of bytes that are no control character go out whole */
    while (*q >= 0x20 && *q != 0x7f && !(q[0] == 0xc2 && q[1] >= 0x80 &&
                                         q[1] <= 0x9f))
      q++;
    fwrite(p, 1, (size_t)(q - p), f);
    if (!*q)
      break;
    fputs("\xef\xbf\xbd", f); /* U+FFFD, as the reports show them */
    p = q + (*q == 0xc2 ? 2 : 1);
  }
}

static void S_warn_stderr(const char *msg, void *ud) {
  (void)ud;
  /* (a file's name may hold ESC: "e\e[2J.txt" must not clear the screen) */
  fputs("claimcheck: warning: ", stderr);
  cc_fputs_shown(msg, stderr);
  fputc('\n', stderr);
}

static cc_warn_fn S_warn_fn = S_warn_stderr;
static void *S_warn_ud;
static unsigned long S_warn_n;
static _Thread_local cc_buf *S_warn_buf;

void cc_warn_set_sink(cc_warn_fn fn, void *ud) {
  S_warn_fn = fn ? fn : S_warn_stderr;
  S_warn_ud = ud;
}

/* Never cut: a warning names a path (up to PATH_MAX bytes, or longer in a
 * deep walk) and then says what is wrong with it. */
void cc_warn(const char *fmt, ...) {
  char small[1024], *msg = small;
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n >= 0 && (size_t)n >= sizeof small) {
    msg = cc_xmalloc((size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap2);
  }
  va_end(ap2);
  __atomic_add_fetch(&S_warn_n, 1, __ATOMIC_RELAXED);
  if (S_warn_buf)
    cc_buf_put(S_warn_buf, msg, strlen(msg) + 1); /* keeps the NUL */
  else
    S_warn_fn(msg, S_warn_ud);
  if (msg != small)
    cc_xfree(msg);
}

void cc_warn_capture(cc_buf *b) { S_warn_buf = b; }

void cc_warn_replay(cc_buf *b) {
  for (size_t i = 0; i < b->len;) {
    const char *msg = b->ptr + i;
    S_warn_fn(msg, S_warn_ud);
    i += strlen(msg) + 1;
  }
  cc_buf_reset(b);
}

unsigned long cc_warn_count(void) {
  return __atomic_load_n(&S_warn_n, __ATOMIC_RELAXED);
}

/* ---- files ---------------------------------------------------------------------- */

static int S_read_stream(FILE *f, const char *path, size_t max, char **out,
                         size_t *len, cc_err *err) {
  cc_buf b = CC_BUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    cc_buf_put(&b, chunk, n);
    if (max && b.len > max) {
      cc_err_set(err, "%s: larger than the limit of %zu bytes (--max-file-size)",
                 path, max);
      cc_buf_free(&b);
      return -1;
    }
  }
  if (ferror(f)) {
    cc_err_set(err, "%s: read error: %s", path, strerror(errno));
    cc_buf_free(&b);
    return -1;
  }
  *len = b.len;
  *out = b.ptr ? cc_buf_detach(&b) : cc_xstrdup("");
  return 0;
}

/* A regular file is read with open, fstat and one read of its size plus
 * one byte (a byte more than fstat said means the file grew): no stdio
 * buffer, no copy, one system call that matters per article, which is
 * what a corpus of many small files spends its time on outside the
 * pipeline. */
static int S_read_regular(int fd, const char *path, size_t size, char *into,
                          char **out, size_t *len, cc_err *err) {
  char *p = into ? into : cc_xmalloc(size + 1);
  size_t got = 0;
  for (;;) {
    ssize_t r = read(fd, p + got, size + 1 - got);
    if (r < 0 && errno == EINTR)
      continue;
    if (r < 0) {
      cc_err_set(err, "%s: read error: %s", path, strerror(errno));
      if (p != into)
        cc_xfree(p);
      return -1;
    }
    if (r == 0 || (got += (size_t)r) > size)
      break;
    /* A short read of a regular file is its end: no second read to be
     * told so (one read per article, as wc does for a small file). */
    if (got == size)
      break;
  }
  if (got != size) { /* the file changed under us: the caller streams it */
    if (p != into)
      cc_xfree(p);
    return 1;
  }
  p[size] = '\0';
  *out = p;
  *len = size;
  return 0;
}

/* Size of the regular file at path when it is larger than max, else 0: a
 * file that cannot be opened is still reported as too large when it is,
 * as a stat before the open would have. */
static uint64_t S_over_at(const char *path, size_t max) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
      (uint64_t)st.st_size > (uint64_t)max)
    return (uint64_t)st.st_size;
  return 0;
}

/* A file known to be regular (its directory entry said so) read straight
 * into a kept buffer of cap bytes, without the fstat: a read that returns
 * less than it asked for is the file's end, so its size is what was read.
 * 2 when the buffer filled (the file may be larger: the caller asks fstat
 * for its size, as for any file); else as S_read_path returns. */
static int S_read_short(int fd, const char *path, size_t max, char *into,
                        size_t cap, char **out, size_t *len, uint64_t *over,
                        cc_err *err) {
  size_t got = 0;
  for (;;) {
    ssize_t r = read(fd, into + got, cap - 1 - got);
    if (r < 0 && errno == EINTR)
      continue;
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      /* (a regular file never says so: it is a FIFO or device now) */
      cc_err_set(err, "%s: no longer a regular file (changed while the "
                      "folder was being read)", path);
      return -1;
    }
    if (r < 0) {
      cc_err_set(err, "%s: read error: %s", path, strerror(errno));
      return -1;
    }
    got += (size_t)r;
    if (got == cap - 1)
      return 2;
    break; /* short (or none): the end */
  }
  if (max && got > max) { /* (what fstat would have said, as its size) */
    if (over) {
      *over = got;
      return 1;
    }
    cc_err_set(err, "%s: %zu bytes, larger than the limit of %zu bytes "
                    "(--max-file-size)", path, got, max);
    return -1;
  }
  into[got] = '\0';
  *out = into;
  *len = got;
  return 0;
}

/* Whether the open file fd's first byte must come from the disk: a read
 * of it with RWF_NOWAIT, which the page cache either serves at once or
 * refuses (EAGAIN).  It reads at offset 0 without moving the file's
 * position, so the read that follows is the same as without the probe.
 * False where the system or the file system cannot tell (then nothing
 * is ever read ahead, as before). */
static bool S_probe_cold(int fd) {
#if defined(RWF_NOWAIT)
  char b;
  struct iovec v = {&b, 1};
  return preadv2(fd, &v, 1, 0, RWF_NOWAIT) < 0 && errno == EAGAIN;
#else
  (void)fd;
  return false;
#endif
}

/* over: NULL (a file over max is an error) or where the size of a regular
 * file over max goes, which is then not read (returns 1). */
/* into: NULL, or room for into_cap bytes that a regular file small enough
 * is read into (*out is then into). */
/* regular: the path named a regular file when its folder was read (a
 * short read into "into" is then its end, see S_read_short). */
/* cold: NULL, or set when the file's first byte was not in memory
 * (S_probe_cold; only for a file its folder listed as regular). */
static int S_read_path(const char *path, size_t max, bool regular,
                       char *into, size_t into_cap, char **out, size_t *len,
                       uint64_t *over, bool *cold, cc_err *err) {
  if (strcmp(path, "-") == 0)
    return S_read_stream(stdin, "<stdin>", max, out, len, err);
  /* A file its folder listed as regular may since have been replaced by
   * a FIFO or a device: O_NONBLOCK so that the open of a FIFO with no
   * writer does not wait for one (a run over a folder would hang), and
   * O_NOCTTY so that a terminal never becomes ours.  It changes nothing
   * for a regular file.  A path named by the user opens as before: a FIFO
   * there ("<(cmd)") is meant to be waited for. */
  int fd = open(path, O_RDONLY | O_CLOEXEC |
                          (regular ? O_NONBLOCK | O_NOCTTY : 0));
  if (fd < 0) {
    int e = errno;
    if (over && max && (*over = S_over_at(path, max)) != 0)
      return 1;
    cc_err_set(err, "%s: cannot open: %s", path, strerror(e));
    return -1;
  }
  if (cold && regular)
    *cold = S_probe_cold(fd);
  if (regular && into && into_cap > 1) {
    int rc = S_read_short(fd, path, max, into, into_cap, out, len, over, err);
    struct stat st;
    if (rc == 0 && *len == 0 && fstat(fd, &st) == 0 &&
        !S_ISREG(st.st_mode)) { /* (nothing read: a FIFO with no writer?
                                 * one fstat, for empty files only) */
      cc_err_set(err, "%s: no longer a regular file (changed while the "
                      "folder was being read)", path);
      rc = -1;
    }
    if (rc != 2) {
      close(fd);
      return rc;
    }
    if (lseek(fd, 0, SEEK_SET) != 0) { /* filled: read it the usual way */
      cc_err_set(err, "%s: changed while being read", path);
      close(fd);
      return -1;
    }
  }
  struct stat st;
  bool stated = fstat(fd, &st) == 0;
  if (regular && stated && !S_ISREG(st.st_mode)) {
    cc_err_set(err, "%s: no longer a regular file (changed while the "
                    "folder was being read)", path);
    close(fd);
    return -1;
  }
  if (stated && S_ISREG(st.st_mode)) {
    if (over && max && (uint64_t)st.st_size > (uint64_t)max) {
      *over = (uint64_t)st.st_size;
      close(fd);
      return 1;
    }
    if (max && (size_t)st.st_size > max) {
      cc_err_set(err, "%s: %lld bytes, larger than the limit of %zu bytes "
                      "(--max-file-size)",
                 path, (long long)st.st_size, max);
      close(fd);
      return -1;
    }
    size_t size = (size_t)st.st_size;
    int rc = S_read_regular(fd, path, size, size < into_cap ? into : NULL,
                            out, len, err);
    if (rc <= 0) {
      close(fd);
      return rc;
    }
    if (lseek(fd, 0, SEEK_SET) != 0) {
      cc_err_set(err, "%s: changed while being read", path);
      close(fd);
      return -1;
    }
  }
  FILE *f = fdopen(fd, "rb"); /* pipes, devices, changing files */
  if (!f) {
    cc_err_set(err, "%s: cannot open: %s", path, strerror(errno));
    close(fd);
    return -1;
  }
  int rc = S_read_stream(f, path, max, out, len, err);
  fclose(f);
  return rc;
}

int cc_fetch_ahead(const char *path, size_t bytes) {
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  int r = S_probe_cold(fd);
#if defined(POSIX_FADV_WILLNEED)
  if (r)
    (void)posix_fadvise(fd, 0, (off_t)bytes, POSIX_FADV_WILLNEED);
#else
  (void)bytes;
#endif
  close(fd);
  return r;
}

int cc_read_file(const char *path, size_t max, char **out, size_t *len,
                 cc_err *err) {
  return S_read_path(path, max, false, NULL, 0, out, len, NULL, NULL, err);
}

int cc_read_file_capped(const char *path, size_t max, char **out,
                        size_t *len, uint64_t *size, cc_err *err) {
  *size = 0;
  return S_read_path(path, max, false, NULL, 0, out, len, size, NULL, err);
}

int cc_read_file_into(const char *path, size_t max, bool regular,
                      char **buf, size_t *cap, size_t *len, uint64_t *size,
                      bool *cold, cc_err *err) {
  *size = 0;
  if (cold)
    *cold = false;
  char *got;
  int rc = S_read_path(path, max, regular, *buf, *buf ? *cap : 0, &got, len,
                       size, cold, err);
  if (rc == 0 && got != *buf) { /* (a new buffer: larger, or streamed) */
    cc_xfree(*buf);
    *buf = got;
    *cap = *len + 1;
  }
  return rc;
}

/* ---- the CSV formula guard ---------------------------------------------------- */

static bool S_trigger(const unsigned char *p) {
  switch (*p) {
  case '=': case '+': case '-': case '@': case '\t': case '\r': case '\n':
    return true;
  default:
    break;
  }
  /* Full-width = + - @ (U+FF1D, U+FF0B, U+FF0D, U+FF20): some spreadsheet
   * locales normalize them to their ASCII forms on input. */
  if (p[0] == 0xef && p[1] == 0xbc &&
      (p[2] == 0x9d || p[2] == 0x8b || p[2] == 0x8d))
    return true;
  return p[0] == 0xef && p[1] == 0xbc && p[2] == 0xa0;
}

/* A signed decimal number ("-3.5", "+12", "-1.5e-3") and nothing else: a
 * spreadsheet reads it as the number it is, and a quote before it would
 * turn a column of figures into text. */
static bool S_signed_number(const unsigned char *p) {
  if (*p != '-' && *p != '+')
    return false;
  p++;
  bool digits = false;
  while (*p >= '0' && *p <= '9')
    p++, digits = true;
  if (*p == '.')
    for (p++; *p >= '0' && *p <= '9'; p++)
      digits = true;
  if (digits && (*p == 'e' || *p == 'E')) {
    const unsigned char *e = p + 1 + (p[1] == '-' || p[1] == '+');
    if (*e >= '0' && *e <= '9') {
      while (*e >= '0' && *e <= '9')
        e++;
      p = e;
    }
  }
  return digits && *p == '\0';
}

bool cc_csv_needs_guard(const char *cell) {
  if (!cell)
    return false;
  const unsigned char *p = (const unsigned char *)cell;
  /* Leading spaces: importers that trim cells would expose what follows. */
  while (*p == ' ')
    p++;
  return *p && S_trigger(p) && !S_signed_number(p);
}
