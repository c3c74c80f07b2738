/* cc_text.h - text normalization shared by the segmenter and the lexicon,
 * so a token and a lexicon key normalize to the same bytes.
 *
 * Normal form: case-folded (utf8proc), curly quotes and primes as
 * ASCII ' and ", en/em dashes, minus and hyphen variants as '-', no-break,
 * thin and other spaces as ' '.  ASCII input takes a fast path. */
#ifndef CC_TEXT_H
#define CC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cc_util.h"

/* Append the normal form of s[0..n) to out. */
void cc_text_norm(const char *s, size_t n, cc_buf *out);

/* Punctuation look-alikes: the ASCII character a code point stands for
 * ('\'' '"' '-' ' ') or 0 when it has none. */
int cc_text_ascii_alias(int32_t cp);

/* Decode one UTF-8 code point at s (n bytes available).  Returns its length
 * (1-4) and sets *cp, or returns 0 for an invalid sequence. */
int cc_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);

/* True for letters (utf8proc categories L*), digits (Nd) and spaces
 * (Zs and ASCII whitespace). */
bool cc_cp_is_letter(int32_t cp);
bool cc_cp_is_upper(int32_t cp);
bool cc_cp_is_space(int32_t cp);
/* Remove diacritics and fold case (for entity keys): "Šoigu" -> "soigu". */
void cc_text_strip_marks(const char *s, size_t n, cc_buf *out);

#endif
