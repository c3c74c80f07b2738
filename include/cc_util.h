/* cc_util.h - memory hooks, arena, growable buffers, hashing, errors.
 *
 * Ownership: cc_x* allocators never return NULL; on exhaustion they print
 * "claimcheck: out of memory" and abort (the CLI cannot do anything useful
 * then).  Everything allocated with cc_x* is released with cc_xfree/free.
 * An arena owns every block it hands out; cc_arena_free releases them all.
 */
#ifndef CC_UTIL_H
#define CC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if defined(__GNUC__)
#define CC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CC_PRINTF(a, b)
#endif

/* A small function the hot loops want inline whatever the compiler's
 * estimate (a call, with the registers it saves, can cost as much as the
 * body), and one they want kept out of line. */
#if defined(__GNUC__) || defined(__clang__)
#define CC_ALWAYS_INLINE static inline __attribute__((always_inline))
#define CC_NOINLINE static __attribute__((noinline))
#else
#define CC_ALWAYS_INLINE static inline
#define CC_NOINLINE static
#endif

/* ---- allocation hook --------------------------------------------------- */

typedef struct cc_mem {
  void *(*calloc)(size_t n, size_t size);
  void *(*realloc)(void *p, size_t size);
  void (*free)(void *p);
} cc_mem;

/* Replace the allocator (tests use this to inject failures).  NULL restores
 * the libc allocator. */
void cc_mem_set(const cc_mem *mem);
void *cc_xmalloc(size_t size);
void *cc_xcalloc(size_t n, size_t size);
void *cc_xrealloc(void *p, size_t size);
char *cc_xstrdup(const char *s);
char *cc_xstrndup(const char *s, size_t n);
void cc_xfree(void *p);

/* A zeroed block of size bytes that lives as long as the calling thread:
 * freed when a thread started by pthread_create ends, kept to the
 * process's end on the main thread.  For per-thread caches too large for
 * _Thread_local storage, which every thread (the main one at start-up,
 * each worker at its creation) zeroes whole whether it uses it or not.
 * Not through the hook: the block belongs to no object, and a test's
 * counting allocator would see it as a leak of whatever call came first.
 * Keep the pointer in a _Thread_local of the caller's and ask once:
 *   if (!S_cache) S_cache = cc_thread_calloc(sizeof *S_cache);
 * Never NULL (aborts when memory runs out); at most 16 blocks a thread. */
void *cc_thread_calloc(size_t size);

/* Map the whole pages inside p[0..size) writable now, in one call, where
 * the system can (Linux 5.14's MADV_POPULATE_WRITE; else nothing): for a
 * fresh table that is about to be written all over.  A hash table probed
 * before each insert took two page faults a page, a read of the zero
 * page and then the write, each a kernel entry.  Blocks below 64 kB are
 * left alone. */
void cc_prefault(void *p, size_t size);

/* ---- arena: one per document, freed in one call ------------------------ */

typedef struct cc_arena cc_arena;

cc_arena *cc_arena_new(void);
/* Returns zeroed memory aligned for any scalar type; never NULL.
 * (Inline below: start-up makes about 57,000 small blocks, and the call
 * with its memset cost more than the work; a constant size is then
 * cleared by a few stores.) */
static inline void *cc_arena_alloc(cc_arena *a, size_t size);
/* The same without zeroing, for memory the caller fills at once (copies,
 * string pools). */
void *cc_arena_alloc_raw(cc_arena *a, size_t size);
char *cc_arena_strndup(cc_arena *a, const char *s, size_t n);
char *cc_arena_strdup(cc_arena *a, const char *s);
/* A string written in place: cc_arena_str_room gives room for up to room
 * bytes and a NUL; cc_arena_str_keep, called before any other allocation
 * from a, ends the string after its n bytes (n <= room) and gives the
 * rest of the room back.  For strings whose length is known only once
 * written (a bound is known before), without a scratch buffer and a
 * copy. */
char *cc_arena_str_room(cc_arena *a, size_t room);
void cc_arena_str_keep(cc_arena *a, char *p, size_t room, size_t n);
size_t cc_arena_used(const cc_arena *a);
/* NULL-safe; clears *a. */
void cc_arena_free(cc_arena **a);
/* Forget every block (they must not be used again) but keep a few of the
 * arena's chunks for the next allocations: an arena reused document after
 * document then calls malloc and free only for unusually large ones.
 * NULL-safe; cc_arena_used reads 0 after it. */
void cc_arena_reset(cc_arena *a);

/* Internal (util.c): the arena's layout, for cc_arena_alloc's common case
 * inline, and its out-of-line case (a new chunk). */
typedef struct cc__arena_chunk {
  struct cc__arena_chunk *next;
  size_t size, used;
  max_align_t data[]; /* aligned for any scalar */
} cc__arena_chunk;
struct cc_arena {
  cc__arena_chunk *head;
  cc__arena_chunk *spare; /* standard chunks kept by cc_arena_reset */
  size_t total;
};
void *cc__arena_alloc_new(cc_arena *a, size_t size);

static inline void *cc_arena_alloc(cc_arena *a, size_t size) {
  if (size == 0)
    size = 1;
  cc__arena_chunk *c = a->head;
  if (c) {
    size_t align = sizeof(max_align_t);
    size_t off = (c->used + align - 1) & ~(align - 1);
    if (off <= c->size && c->size - off >= size) {
      c->used = off + size;
      a->total += size;
      void *p = (char *)c->data + off;
      memset(p, 0, size);
      return p;
    }
  }
  return cc__arena_alloc_new(a, size);
}

/* v in decimal, zero-padded to at least width digits, written at p (up to
 * 20 bytes plus padding, no NUL); returns the end.  What "%0*llu" does,
 * for hot paths where snprintf costs a hundred times more. */
char *cc_put_uint(char *p, unsigned long long v, int width);
/* |v| < 1 as a plain decimal without an exponent or trailing zeros
 * ("0.000000001", what ISO 8601 durations need; "%g" would write
 * "1e-09"), NUL-ended in buf (cap bytes, 20 at least); returns the
 * end. */
char *cc_put_fraction(char *buf, size_t cap, double v);
/* "00" "01" ... "99": the two digits of n at cc_digits2 + 2 * n. */
extern const char cc_digits2[201];

/* ---- word filters ------------------------------------------------------- */

/* A set of words as 65,536 bits: bit h(w) is set for every member, so a
 * clear bit proves that a token is no key of a table before the table's
 * hash of the whole word and its bucket walk (most tokens are in no
 * table).  h reads the length and three bytes only.  A set bit proves
 * nothing: the caller then asks the table. */
#define CC_WF_WORDS 1024u

typedef struct cc_wfilter {
  uint64_t bits[CC_WF_WORDS];
} cc_wfilter;

/* Is s[0..n) all ASCII (no byte at or above 0x80)?  Eight bytes a step. */
static inline bool cc_is_ascii(const char *s, size_t n) {
  uint64_t w, any = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    memcpy(&w, s + i, 8);
    any |= w;
  }
  for (; i < n; i++)
    any |= (unsigned char)s[i];
  return !(any & 0x8080808080808080ull);
}

static inline uint32_t cc_wf_hash(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  uint32_t h = (uint32_t)n * 2654435761u;
  if (n) {
    h ^= p[0] * 40503u;
    h ^= p[n - 1] * 2246822519u;
    h ^= (n > 1 ? p[1] : 0u) * 3266489917u;
  }
  h ^= h >> 15;
  h *= 2246822519u;
  h ^= h >> 13;
  return h & (CC_WF_WORDS * 64u - 1u);
}

static inline void cc_wf_add(cc_wfilter *f, const char *s, size_t n) {
  uint32_t h = cc_wf_hash(s, n);
  f->bits[h >> 6] |= (uint64_t)1 << (h & 63u);
}

/* False: s (n bytes) is surely not in the set. */
static inline bool cc_wf_may(const cc_wfilter *f, const char *s, size_t n) {
  uint32_t h = cc_wf_hash(s, n);
  return (f->bits[h >> 6] >> (h & 63u)) & 1u;
}

/* s[0..n) as two integers that, with n, tell words of up to 16 bytes
 * apart: a few overlapping loads instead of a loop over the bytes.  Open-
 * addressing tables of words (the rule matcher's word ids, the entity
 * finder's nodes) compare these and the length; a longer word is then
 * compared whole.  cc_word_hash spreads them over the table. */
static inline void cc_word_pack(const char *s, size_t n, uint64_t *a,
                                 uint64_t *b) {
  uint32_t x, y;
  uint64_t u, v;
  if (n >= 8) { /* first and last 8 bytes */
    memcpy(&u, s, 8);
    memcpy(&v, s + n - 8, 8);
    *a = u;
    *b = v;
  } else if (n >= 4) { /* first and last 4 */
    memcpy(&x, s, 4);
    memcpy(&y, s + n - 4, 4);
    *a = x;
    *b = y;
  } else { /* first, middle and last byte */
    *a = n ? (uint64_t)(unsigned char)s[0] |
                 (uint64_t)(unsigned char)s[n / 2] << 8 |
                 (uint64_t)(unsigned char)s[n - 1] << 16
           : 0;
    *b = 0;
  }
}

/* Are a[0..n) and b[0..n) the same bytes?  Up to 16 bytes their packs
 * (cc_word_pack, whose loads cover every byte) are the whole of them,
 * compared without memcmp's call: tables compare a key so once its hash
 * and length agree, which is nearly always a hit. */
static inline bool cc_word_same(const char *a, const char *b, size_t n) {
  if (n > 16)
    return memcmp(a, b, n) == 0;
  uint64_t a0, a1, b0, b1;
  cc_word_pack(a, n, &a0, &a1);
  cc_word_pack(b, n, &b0, &b1);
  return ((a0 ^ b0) | (a1 ^ b1)) == 0;
}

static inline uint32_t cc_word_hash(uint64_t a, uint64_t b, size_t n) {
  uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + n) * 0xC2B2AE3D27D4EB4Full;
  return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

/* A fast hash of n bytes, eight at a time, for in-memory tables only: it
 * decides where an entry sits, never what is written (stable ids use
 * cc_hash64).  Keys here are claim keys and whole sentences, where a byte
 * a step (FNV) showed in profiles. */
static inline uint64_t cc_hash_mem(const void *p, size_t n) {
  const char *s = p;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;
  for (; n >= 8; s += 8, n -= 8) {
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  w = 0;
  memcpy(&w, s, n);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

/* ---- growable byte buffer (always NUL-terminated) ---------------------- */

typedef struct cc_buf {
  char *ptr;
  size_t len, cap;
} cc_buf;

#define CC_BUF_INIT {NULL, 0, 0}
void cc_buf_put(cc_buf *b, const void *s, size_t n);
void cc_buf_puts(cc_buf *b, const char *s);
void cc_buf_putc(cc_buf *b, char c);
void cc_buf_printf(cc_buf *b, const char *fmt, ...) CC_PRINTF(2, 3);
void cc_buf_vprintf(cc_buf *b, const char *fmt, va_list ap);
void cc_buf_reset(cc_buf *b); /* len = 0, keeps memory */
/* Room for n more bytes (and the NUL) at the buffer's end, returned; the
 * caller writes up to n bytes there, then cc_buf_wrote says how many. */
char *cc_buf_room(cc_buf *b, size_t n);
void cc_buf_wrote(cc_buf *b, size_t n);
/* Hands the string to the caller (who frees it) and empties the buffer. */
char *cc_buf_detach(cc_buf *b);
void cc_buf_free(cc_buf *b);

/* Growable array of fixed-size items: cc_vec_push returns a pointer to a
 * zeroed new slot. */
typedef struct cc_vec {
  void *items;
  size_t len, cap, size;
} cc_vec;
#define CC_VEC_INIT(type) {NULL, 0, 0, sizeof(type)}
void *cc_vec_push(cc_vec *v);
#define CC_VEC_AT(v, type, i) (&((type *)(v)->items)[i])
void cc_vec_free(cc_vec *v);

/* ---- hashing ------------------------------------------------------------ */

/* FNV-1a, 64 bit: stable across runs and machines (finding ids, partitions). */
uint64_t cc_hash64(const void *data, size_t n, uint64_t seed);
#define CC_HASH_SEED 0xcbf29ce484222325ULL

/* ---- errors -------------------------------------------------------------- */

/* Library calls that can fail return 0 on success and -1 on failure, filling
 * a cc_err with a message that already names the file (and line, column or
 * byte where that applies): "examples/a.md:3: bad date '2025-02-30'". */
/* Room for a path of PATH_MAX bytes and its reason: a longer message
 * loses the middle of its path, not its reason (cc_err_set). */
typedef struct cc_err {
  char msg[6144];
} cc_err;
void cc_err_set(cc_err *e, const char *fmt, ...) CC_PRINTF(2, 3);

/* Warnings go through one sink so the CLI can count or silence them and
 * tests can capture them.  The default prints "claimcheck: warning: MSG\n"
 * to stderr. */
typedef void (*cc_warn_fn)(const char *msg, void *ud);
void cc_warn_set_sink(cc_warn_fn fn, void *ud);
void cc_warn(const char *fmt, ...) CC_PRINTF(1, 2);
/* fputs(s, f) with each control character (C0, DEL, C1: ESC could drive
 * a terminal) written as U+FFFD, as the reports write them: for messages
 * that name files. */
void cc_fputs_shown(const char *s, FILE *f);
unsigned long cc_warn_count(void);
/* Per-thread capture, so that warnings raised on worker threads reach the
 * sink in corpus order: while B is set on a thread, cc_warn on that thread
 * appends the message (NUL-terminated) to B instead of calling the sink; it
 * is still counted.  cc_warn_capture(NULL) stops.  cc_warn_replay sends
 * every captured message to the sink, in order, and empties B. */
void cc_warn_capture(cc_buf *b);
void cc_warn_replay(cc_buf *b);

/* Read a whole file (or stdin for "-") into a NUL-terminated buffer the
 * caller frees.  Fails with a message naming the path and strerror, or when
 * the file is larger than max_bytes (0 = no limit). */
int cc_read_file(const char *path, size_t max_bytes, char **out, size_t *len,
                 cc_err *err);
/* The same for a corpus, where a file over the limit is skipped, not an
 * error: a regular file larger than max_bytes (0 = no limit) is not
 * read, and 1 is returned with its size in *size.  No stat besides the
 * open file's fstat. */
int cc_read_file_capped(const char *path, size_t max_bytes, char **out,
                        size_t *len, uint64_t *size, cc_err *err);
/* cc_read_file_capped into a buffer kept from file to file: *buf (NULL or
 * *cap bytes the caller owns) is read into when the file and its NUL fit,
 * else replaced by a new buffer (the old one freed, *cap updated).  *buf
 * stays the caller's to reuse or free, whatever the result.  regular: the
 * path was a regular file when its folder was read; a file that then fits
 * in *buf is read without fstat (a short read is its end).  cold: NULL, or
 * set when regular and the file's first byte had to come from the disk
 * (Linux: not in the page cache, asked with one read more; false where
 * that cannot be told), so that a caller can read its next files ahead. */
int cc_read_file_into(const char *path, size_t max_bytes, bool regular,
                      char **buf, size_t *cap, size_t *len, uint64_t *size,
                      bool *cold, cc_err *err);
/* Ask the kernel to bring the first `bytes` of the file at path into
 * memory when its first byte is not there yet (the same test as
 * cc_read_file_into's cold), without waiting for them.  The open waits
 * for the file's inode, and is non-blocking and without a controlling
 * terminal (a file replaced by a FIFO or a terminal neither blocks nor
 * becomes ours).  1: it was on disk and was asked for; 0: it was in
 * memory (or that cannot be told here); -1: it could not be opened. */
int cc_fetch_ahead(const char *path, size_t bytes);

/* True when a spreadsheet could run cell as a formula: it begins (after
 * spaces) with = + - @, a TAB, CR or LF, or a full-width = + - @; a
 * signed number alone ("-3.5") is a number, not a formula.  CSV writers
 * put a ' before such a cell. */
bool cc_csv_needs_guard(const char *cell);

#endif
