/* cc_io.h - output sinks, and atomic file output.
 *
 * Every report is written through a cc_out.  Three kinds exist:
 *  - an atomic file: bytes go to a temporary file created next to the
 *    target (same folder, so rename(2) is atomic), which cc_out_close()
 *    flushes, fsyncs and renames over the target.  Until then the target is
 *    untouched; on any error, or on cc_out_abort(), the temporary file is
 *    removed and the target keeps its old bytes;
 *  - a stream the caller owns (stdout): cc_out_close() only flushes it;
 *  - memory (tests, golden output): cc_out_mem_data() reads it back.
 *
 * Errors are sticky: after the first failed write every later write is a
 * no-op returning -1, and cc_out_close() reports the first error.  Writers
 * may therefore write a whole report and check once at the end.
 *
 * Tests inject failures with cc_io_set_write_hook(), which replaces the
 * write(2) used by atomic files (a full disk after N bytes, say).
 */
#ifndef CC_IO_H
#define CC_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "cc_util.h"

typedef struct cc_out cc_out;

/* Open an atomic writer for path.  Fails (NULL, err filled) when the folder
 * does not exist, is not a folder, is not writable, or path names a folder;
 * the message names the path and says which.  A symlink target is followed
 * (the link's target file is replaced, the link stays).  The new file gets
 * the old file's permission bits, or 0666 less the umask when it is new.
 * Caller finishes with cc_out_close() or cc_out_abort(). */
cc_out *cc_out_atomic(const char *path, cc_err *err);

/* Like cc_out_atomic, for a file that must never replace another (a
 * report named by the time, which two runs may pick in one second): the
 * name is claimed at once with O_EXCL, as path or, when a file has it,
 * path with -2, -3... before its extension; cc_out_name() tells which.
 * Until cc_out_close() commits, the claimed name is an empty file; a
 * failed or aborted sink removes it. */
cc_out *cc_out_atomic_new(const char *path, cc_err *err);

/* Check, without creating anything, that cc_out_atomic(path) would get
 * past its checks (the folder exists and is writable, path is not a
 * folder; a device must be writable), so that a run can refuse an
 * unwritable output before its work instead of after.  0, or -1 with err
 * worded as cc_out_atomic words it. */
int cc_out_check(const char *path, cc_err *err);

/* Wrap a stream the caller keeps owning (stdout).  name is used in error
 * messages ("<stdout>").  Never NULL. */
cc_out *cc_out_stream(FILE *f, const char *name);

/* A memory sink.  Never NULL. */
cc_out *cc_out_mem(void);
/* The bytes written so far (NUL-terminated, owned by o); *len may be NULL. */
const char *cc_out_mem_data(const cc_out *o, size_t *len);

/* Append n bytes.  0 on success, -1 once any write has failed. */
int cc_out_write(cc_out *o, const void *p, size_t n);
int cc_out_puts(cc_out *o, const char *s);
/* Append in place: the buffer to append to (cc_buf_put, cc_buf_room...),
 * then cc_out_append_end, with no other call on o between the two.  The
 * memory and atomic sinks hand out their own pending bytes (nothing is
 * copied); a stream hands out a staging buffer, given to fwrite at
 * cc_out_append_end when it holds 64 kB or, on a terminal, when done is
 * true (the end of a document), and before any other write on o and at
 * cc_out_close and cc_out_abort.  The buffer's
 * capacity stays with o, for the next records.  begin returns NULL and end
 * -1 once any write has failed. */
cc_buf *cc_out_append_begin(cc_out *o);
int cc_out_append_end(cc_out *o, bool done);
int cc_out_printf(cc_out *o, const char *fmt, ...) CC_PRINTF(2, 3);
/* A block of size bytes that the sink's writer keeps from call to call
 * (extract's memo of records' parts written before), zeroed when first
 * asked for, freed with o.  Asking for another size replaces it with a
 * new zeroed block. */
void *cc_out_memo(cc_out *o, size_t size);
/* Record an error of the caller's own (a writer that gave up half way):
 * the sink becomes failed and cc_out_close() will discard the output. */
void cc_out_fail(cc_out *o, const char *fmt, ...) CC_PRINTF(2, 3);
bool cc_out_failed(const cc_out *o);
/* Fill err with the sink's first error, worded as cc_out_close() would
 * report it (for an atomic file: "... ('PATH' was left as it was)", or
 * "... ('PATH' was not created)" when there was none), so a
 * caller can report a failed writer and then cc_out_abort().  Leaves err
 * alone when nothing failed. */
void cc_out_error(const cc_out *o, cc_err *err);
/* The path the sink writes to ("<memory>", the stream's name, or the
 * target path of an atomic file). */
const char *cc_out_name(const cc_out *o);

/* Finish: for an atomic file flush, fsync, rename over the target and fsync
 * the folder; for a stream fflush; for memory nothing.  Frees *o and sets it
 * to NULL in every case.  Returns 0, or -1 with err naming the path (for an
 * atomic file the target is then untouched and the temporary removed).
 * For a memory sink prefer cc_out_mem_data() first: the bytes go with *o. */
int cc_out_close(cc_out **o, cc_err *err);
/* Discard: an atomic file's temporary is removed, the target untouched.
 * NULL-safe; clears *o. */
void cc_out_abort(cc_out **o);

/* Write a whole buffer to path atomically (cc_out_atomic + write + close). */
int cc_io_write_file(const char *path, const void *data, size_t len,
                     cc_err *err);

/* Remove every atomic sink's temporary file, and each empty file reserved
 * by cc_out_atomic_new, that is not committed yet.  Async-signal-safe:
 * for a SIGTERM or SIGINT handler, which then re-raises the signal; the
 * sinks themselves are left for the dying process (a process that goes
 * on may still close or abort them; the entries this took stay used).  At
 * most 8 paths at once are covered. */
void cc_io_unlink_pending(void);

/* ---- failure injection (tests) -------------------------------------------- */

/* Replaces write(2) for atomic files.  Return like write(2): bytes written,
 * or -1 with errno set.  NULL restores write(2).  Not thread-safe: set it
 * before any writer runs. */
typedef ssize_t (*cc_io_write_fn)(int fd, const void *p, size_t n, void *ud);
void cc_io_set_write_hook(cc_io_write_fn fn, void *ud);

#endif
