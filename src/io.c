/* io.c - output sinks; atomic files (temporary + fsync + rename).
 *
 * Why a temporary in the same folder: rename(2) is atomic only inside one
 * file system, and a reader (a spreadsheet, a CI upload step) must see
 * either the old report or the new one, never a truncated mix.  A run
 * killed with SIGKILL can leave a ".NAME.tmp.XXXXXX" file behind, but never
 * touches NAME itself; on SIGTERM or SIGINT the program's handler calls
 * cc_io_unlink_pending(), which removes it.
 */
#include "cc_io.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef enum { S_MEM, S_STREAM, S_ATOMIC } S_kind;

enum { S_BUFSZ = 64 * 1024 };

struct cc_out {
  S_kind kind;
  char *name;       /* target path, or the stream's name */
  char *tmp;        /* atomic: temporary path */
  int fd;           /* atomic: temporary's descriptor */
  mode_t mode;      /* atomic: permission bits for the result */
  bool device;      /* atomic kind, but the target is a device or a pipe
                       (/dev/null, /dev/stdout): written in place */
  bool existed;     /* atomic: the target was there at the start */
  bool reserved;    /* atomic: the target is an empty file this sink
                       created (cc_out_atomic_new), removed unless
                       committed */
  int tmp_slot;     /* atomic: the temporary's and the reserved target's */
  int name_slot;    /* entries in S_pending, or -1 */
  FILE *stream;     /* stream */
  cc_buf buf;       /* memory: everything; atomic: pending bytes */
  cc_buf stage;     /* stream: bytes appended in place (cc_out_append_begin)
                       not yet handed to fwrite */
  bool tty;         /* stream: a terminal, shown each document at its end */
  void *memo;       /* cc_out_memo's block, and its size */
  size_t memo_size;
  bool failed;
  char errmsg[512];
};

/* ---- failure injection ---------------------------------------------------- */

static ssize_t S_sys_write(int fd, const void *p, size_t n, void *ud) {
  (void)ud;
  return write(fd, p, n);
}

static cc_io_write_fn S_write = S_sys_write;
static void *S_write_ud;

void cc_io_set_write_hook(cc_io_write_fn fn, void *ud) {
  S_write = fn ? fn : S_sys_write;
  S_write_ud = fn ? ud : NULL;
}

/* ---- files to remove on a signal ------------------------------------------ */
/*
 * A run stopped by SIGTERM (a CI time-out) or ^C must not leave its
 * temporary beside the report, nor an empty reserved report.  The paths
 * are kept here, in fixed memory a signal handler may read: a slot is
 * claimed and released with lock-free atomics, never a lock or malloc.
 */
enum { S_PENDING_MAX = 8, S_FREE = 0, S_FILLING, S_READY };

static struct {
  atomic_int state;
  char path[PATH_MAX];
} S_pending[S_PENDING_MAX];

/* The slot holding path, or -1 when it is too long or all are taken (the
 * file is then only removed by a normal exit, not on a signal). */
static int S_pending_add(const char *path) {
  if (strlen(path) >= PATH_MAX)
    return -1;
  for (int i = 0; i < S_PENDING_MAX; i++) {
    int expect = S_FREE;
    if (atomic_compare_exchange_strong(&S_pending[i].state, &expect,
                                       S_FILLING)) {
      memcpy(S_pending[i].path, path, strlen(path) + 1);
      atomic_store(&S_pending[i].state, S_READY);
      return i;
    }
  }
  return -1;
}

static void S_pending_drop(int *slot) {
  if (*slot >= 0) {
    int expect = S_READY; /* a handler that holds it keeps it */
    atomic_compare_exchange_strong(&S_pending[*slot].state, &expect, S_FREE);
  }
  *slot = -1;
}

/* Async-signal-safe: atomics and unlink(2) only.  A slot is taken from
 * READY before its path is read, so no thread reuses it meanwhile. */
void cc_io_unlink_pending(void) {
  for (int i = 0; i < S_PENDING_MAX; i++) {
    int expect = S_READY;
    if (atomic_compare_exchange_strong(&S_pending[i].state, &expect,
                                       S_FILLING))
      unlink(S_pending[i].path);
  }
}

/* ---- errors ---------------------------------------------------------------- */

static void S_vfail(cc_out *o, const char *fmt, va_list ap) {
  if (o->failed)
    return; /* keep the first error: it is the cause */
  o->failed = true;
  vsnprintf(o->errmsg, sizeof o->errmsg, fmt, ap);
}

static void S_fail(cc_out *o, const char *fmt, ...) CC_PRINTF(2, 3);
static void S_fail(cc_out *o, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  S_vfail(o, fmt, ap);
  va_end(ap);
}

void cc_out_fail(cc_out *o, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  S_vfail(o, fmt, ap);
  va_end(ap);
}

bool cc_out_failed(const cc_out *o) { return o->failed; }

void cc_out_error(const cc_out *o, cc_err *err) {
  if (!o->failed)
    return;
  if (o->kind == S_ATOMIC && !o->device)
    cc_err_set(err, o->existed ? "%s ('%s' was left as it was)"
                               : "%s ('%s' was not created)",
               o->errmsg, o->name);
  else
    cc_err_set(err, "%s", o->errmsg);
}

const char *cc_out_name(const cc_out *o) { return o->name; }

/* ---- opening ------------------------------------------------------------------ */

static cc_out *S_new(S_kind kind, const char *name) {
  cc_out *o = cc_xcalloc(1, sizeof *o);
  o->kind = kind;
  o->name = cc_xstrdup(name);
  o->fd = -1;
  o->tmp_slot = o->name_slot = -1;
  return o;
}

cc_out *cc_out_mem(void) { return S_new(S_MEM, "<memory>"); }

cc_out *cc_out_stream(FILE *f, const char *name) {
  cc_out *o = S_new(S_STREAM, name ? name : "<stream>");
  o->stream = f;
  o->tty = isatty(fileno(f)) == 1;
  return o;
}

const char *cc_out_mem_data(const cc_out *o, size_t *len) {
  if (len)
    *len = o->buf.len;
  return o->buf.ptr ? o->buf.ptr : "";
}

/* The folder part of path ("." when there is none). Caller frees. */
static char *S_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash)
    return cc_xstrdup(".");
  if (slash == path)
    return cc_xstrdup("/");
  return cc_xstrndup(path, (size_t)(slash - path));
}

/* Refuse early, with a message a user can act on, what mkstemp would
 * refuse later with a bare strerror. */
static int S_check_folder(const char *path, const char *dir, cc_err *err) {
  struct stat st;
  if (stat(dir, &st) != 0) {
    if (errno == ENOENT)
      cc_err_set(err, "%s: cannot write: folder '%s' does not exist", path,
                 dir);
    else
      cc_err_set(err, "%s: cannot write: folder '%s': %s", path, dir,
                 strerror(errno));
    return -1;
  }
  if (!S_ISDIR(st.st_mode)) {
    cc_err_set(err, "%s: cannot write: '%s' is not a folder", path, dir);
    return -1;
  }
  if (access(dir, W_OK | X_OK) != 0) {
    cc_err_set(err, "%s: cannot write: folder '%s' is not writable (%s)",
               path, dir, strerror(errno));
    return -1;
  }
  return 0;
}

static mode_t S_default_mode(void) {
  mode_t mask = umask(022); /* read the umask: there is no getter */
  umask(mask);
  return (mode_t)(0666 & ~mask);
}

/* A symlink is followed so that the link survives the rename. */
static char *S_resolve_target(const char *path) {
  struct stat st;
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
    char *real = realpath(path, NULL);
    if (real) {
      char *r = cc_xstrdup(real);
      free(real); /* realpath allocates with malloc */
      return r;
    }
  }
  return cc_xstrdup(path);
}

static int S_target_mode(const char *path, const char *target, mode_t *mode,
                         cc_err *err) {
  struct stat st;
  if (stat(target, &st) != 0) {
    *mode = S_default_mode();
    return 0;
  }
  if (S_ISDIR(st.st_mode)) {
    cc_err_set(err, "%s: cannot write: it is a folder", path);
    return -1;
  }
  *mode = st.st_mode & 07777;
  return 0;
}

/* A device or a pipe (-o /dev/stdout, /dev/null) cannot be replaced by a
 * rename, and must not be: renaming over /dev/null as root would swap the
 * device for a regular file.  It is opened and written in place; there is
 * no earlier content to protect. */
static cc_out *S_open_device(const char *path, cc_err *err) {
  int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    cc_err_set(err, "%s: cannot write: %s", path, strerror(errno));
    return NULL;
  }
  cc_out *o = S_new(S_ATOMIC, path);
  o->fd = fd;
  o->device = true;
  return o;
}

static bool S_is_device(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

/* What cc_out_atomic checks before it creates anything: the file the
 * path resolves to (*target), its folder (*dir) and the new file's mode.
 * Caller frees *target and *dir, also on failure. */
static int S_prepare(const char *path, char **target, char **dir,
                     mode_t *mode, cc_err *err) {
  *target = S_resolve_target(path);
  *dir = S_dirname(*target);
  if (S_check_folder(path, *dir, err) != 0)
    return -1;
  return S_target_mode(path, *target, mode, err);
}

int cc_out_check(const char *path, cc_err *err) {
  if (!path || !*path) {
    cc_err_set(err, "cannot write: empty output path");
    return -1;
  }
  if (S_is_device(path)) {
    if (access(path, W_OK) == 0)
      return 0;
    cc_err_set(err, "%s: cannot write: %s", path, strerror(errno));
    return -1;
  }
  char *target, *dir;
  mode_t mode = 0;
  int rc = S_prepare(path, &target, &dir, &mode, err);
  cc_xfree(dir);
  cc_xfree(target);
  return rc;
}

cc_out *cc_out_atomic(const char *path, cc_err *err) {
  if (!path || !*path) {
    cc_err_set(err, "cannot write: empty output path");
    return NULL;
  }
  if (S_is_device(path))
    return S_open_device(path, err);
  char *target, *dir;
  mode_t mode = 0;
  if (S_prepare(path, &target, &dir, &mode, err) != 0) {
    cc_xfree(dir);
    cc_xfree(target);
    return NULL;
  }
  struct stat st;
  const char *base = strrchr(target, '/') ? strrchr(target, '/') + 1 : target;
  cc_buf tmp = CC_BUF_INIT;
  cc_buf_printf(&tmp, "%s/.%s.tmp.XXXXXX", dir, base);
  cc_xfree(dir);
  int fd = mkstemp(tmp.ptr);
  if (fd < 0) {
    cc_err_set(err, "%s: cannot create a temporary file '%s': %s", path,
               tmp.ptr, strerror(errno));
    cc_buf_free(&tmp);
    cc_xfree(target);
    return NULL;
  }
  cc_out *o = S_new(S_ATOMIC, target);
  cc_xfree(target);
  o->tmp = cc_buf_detach(&tmp);
  o->tmp_slot = S_pending_add(o->tmp);
  o->fd = fd;
  o->mode = mode;
  o->existed = stat(o->name, &st) == 0;
  return o;
}

/* path with "-N" before its extension: "r/x.csv" -> "r/x-2.csv". */
static char *S_numbered(const char *path, int n) {
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  const char *dot = strrchr(base, '.');
  if (!dot || dot == base)
    dot = base + strlen(base);
  cc_buf b = CC_BUF_INIT;
  cc_buf_printf(&b, "%.*s-%d%s", (int)(dot - path), path, n, dot);
  return cc_buf_detach(&b);
}

enum { S_MAX_NUMBERED = 999 };

/* Claim a name no file has: path, else path-2, path-3...  O_EXCL makes the
 * claim atomic, so two runs that pick one name (the same second) never
 * share it.  Caller frees. */
static char *S_reserve(const char *path, cc_err *err) {
  for (int n = 1; n <= S_MAX_NUMBERED; n++) {
    char *name = n == 1 ? cc_xstrdup(path) : S_numbered(path, n);
    int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOCTTY | O_CLOEXEC,
                  S_default_mode());
    if (fd >= 0) {
      close(fd);
      return name;
    }
    int e = errno;
    cc_xfree(name);
    if (e != EEXIST) {
      cc_err_set(err, "%s: cannot create: %s", path, strerror(e));
      return NULL;
    }
  }
  cc_err_set(err, "%s: cannot create: it and its numbered names up to -%d "
                  "exist", path, S_MAX_NUMBERED);
  return NULL;
}

cc_out *cc_out_atomic_new(const char *path, cc_err *err) {
  if (cc_out_check(path, err) != 0)
    return NULL;
  char *name = S_reserve(path, err);
  if (!name)
    return NULL;
  cc_out *o = cc_out_atomic(name, err);
  if (!o)
    unlink(name);
  else {
    o->reserved = true;
    o->name_slot = S_pending_add(name);
    o->existed = false; /* the empty reservation is not a user's file */
  }
  cc_xfree(name);
  return o;
}

/* ---- writing --------------------------------------------------------------------- */

static int S_flush_fd(cc_out *o) {
  size_t off = 0;
  while (off < o->buf.len) {
    ssize_t w = S_write(o->fd, o->buf.ptr + off, o->buf.len - off, S_write_ud);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0) {
      S_fail(o, "%s: write error: %s", o->name,
             w < 0 ? strerror(errno) : "no progress");
      return -1;
    }
    off += (size_t)w;
  }
  cc_buf_reset(&o->buf);
  return 0;
}

/* A stream's staged bytes (cc_out_append_begin) to fwrite. */
static int S_stage_out(cc_out *o) {
  size_t n = o->stage.len;
  bool ok = fwrite(o->stage.ptr, 1, n, o->stream) == n;
  cc_buf_reset(&o->stage);
  if (!ok) {
    S_fail(o, "%s: write error: %s", o->name, strerror(errno));
    return -1;
  }
  return 0;
}

int cc_out_write(cc_out *o, const void *p, size_t n) {
  if (o->failed)
    return -1;
  if (n == 0)
    return 0;
  switch (o->kind) {
  case S_MEM:
    cc_buf_put(&o->buf, p, n);
    return 0;
  case S_STREAM:
    if (o->stage.len && S_stage_out(o) != 0) /* (bytes appended before) */
      return -1;
    if (fwrite(p, 1, n, o->stream) != n) {
      S_fail(o, "%s: write error: %s", o->name, strerror(errno));
      return -1;
    }
    return 0;
  case S_ATOMIC:
    cc_buf_put(&o->buf, p, n);
    return o->buf.len >= S_BUFSZ ? S_flush_fd(o) : 0;
  }
  return -1;
}

/* A writer of many small records (extract's) appends them in place: the
 * memory and atomic sinks hand out their own pending bytes, so the records
 * are not copied from the writer's buffer into the sink's; the writer's
 * buffer was also a malloc, growth and free per document. */
cc_buf *cc_out_append_begin(cc_out *o) {
  if (o->failed)
    return NULL;
  return o->kind == S_STREAM ? &o->stage : &o->buf;
}

int cc_out_append_end(cc_out *o, bool done) {
  if (o->failed)
    return -1;
  switch (o->kind) {
  case S_MEM:
    return 0;
  case S_STREAM:
    /* one fwrite per 64 kB: a document's records given to stdio at its
     * end were a write(2) or two per document; a terminal still sees each
     * document when it is done */
    return (done && o->tty) || o->stage.len >= S_BUFSZ ? S_stage_out(o) : 0;
  case S_ATOMIC:
    return o->buf.len >= S_BUFSZ ? S_flush_fd(o) : 0;
  }
  return -1;
}

/* The writer's memo lives as long as the sink it writes, so its bytes
 * never outlive what they were made for, and one sink is written by one
 * thread at a time: no lock and no thread-local storage. */
void *cc_out_memo(cc_out *o, size_t size) {
  if (o->memo_size != size) {
    cc_xfree(o->memo);
    o->memo = size ? cc_xcalloc(1, size) : NULL;
    o->memo_size = size;
  }
  return o->memo;
}

int cc_out_puts(cc_out *o, const char *s) {
  return cc_out_write(o, s, strlen(s));
}

int cc_out_printf(cc_out *o, const char *fmt, ...) {
  cc_buf b = CC_BUF_INIT;
  va_list ap;
  va_start(ap, fmt);
  cc_buf_vprintf(&b, fmt, ap);
  va_end(ap);
  int rc = cc_out_write(o, b.ptr ? b.ptr : "", b.len);
  cc_buf_free(&b);
  return rc;
}

/* ---- finishing ----------------------------------------------------------------------- */

static void S_destroy(cc_out **op) {
  cc_out *o = *op;
  /* A stream's staged bytes go to stdio even when the writer gives up
   * (cc_out_abort): they would have been there already, written at the
   * end of their documents, and stdio writes them at exit. */
  if (o->kind == S_STREAM && o->stage.len && !o->failed)
    (void)S_stage_out(o);
  if (o->fd >= 0)
    close(o->fd);
  if (o->tmp) { /* not committed */
    unlink(o->tmp);
    if (o->reserved)
      unlink(o->name);
  }
  S_pending_drop(&o->tmp_slot); /* after the unlinks: a signal between */
  S_pending_drop(&o->name_slot); /* them finds nothing left to remove */
  cc_buf_free(&o->buf);
  cc_buf_free(&o->stage);
  cc_xfree(o->memo);
  cc_xfree(o->tmp);
  cc_xfree(o->name);
  cc_xfree(o);
  *op = NULL;
}

void cc_out_abort(cc_out **op) {
  if (op && *op)
    S_destroy(op);
}

/* Make the rename itself durable.  Failure here is not worth failing the
 * run for: the report is already complete and in place. */
static void S_sync_folder(const char *target) {
  char *dir = S_dirname(target);
  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    (void)fsync(dfd);
    close(dfd);
  }
  cc_xfree(dir);
}

static int S_commit(cc_out *o) {
  if (S_flush_fd(o) != 0)
    return -1;
  if (o->device) {
    int rc = close(o->fd);
    o->fd = -1;
    if (rc != 0) {
      S_fail(o, "%s: write error (close): %s", o->name, strerror(errno));
      return -1;
    }
    return 0;
  }
  if (fchmod(o->fd, o->mode) != 0) {
    S_fail(o, "%s: cannot set permissions: %s", o->name, strerror(errno));
    return -1;
  }
  if (fsync(o->fd) != 0) {
    S_fail(o, "%s: write error (fsync): %s", o->name, strerror(errno));
    return -1;
  }
  int rc = close(o->fd);
  o->fd = -1;
  if (rc != 0) {
    S_fail(o, "%s: write error (close): %s", o->name, strerror(errno));
    return -1;
  }
  /* from here the target is the report: a signal must not remove it */
  S_pending_drop(&o->name_slot);
  if (rename(o->tmp, o->name) != 0) {
    S_fail(o, "%s: cannot replace the file: %s", o->name, strerror(errno));
    return -1;
  }
  cc_xfree(o->tmp);
  o->tmp = NULL;
  S_sync_folder(o->name);
  return 0;
}

int cc_out_close(cc_out **op, cc_err *err) {
  if (!op || !*op)
    return 0;
  cc_out *o = *op;
  if (!o->failed) {
    if (o->kind == S_ATOMIC)
      (void)S_commit(o);
    else if (o->kind == S_STREAM &&
             ((o->stage.len && S_stage_out(o) != 0) ||
              fflush(o->stream) != 0))
      S_fail(o, "%s: write error: %s", o->name, strerror(errno));
  }
  int rc = o->failed ? -1 : 0;
  cc_out_error(o, err);
  S_destroy(op);
  return rc;
}

int cc_io_write_file(const char *path, const void *data, size_t len,
                     cc_err *err) {
  cc_out *o = cc_out_atomic(path, err);
  if (!o)
    return -1;
  cc_out_write(o, data, len);
  return cc_out_close(&o, err);
}
