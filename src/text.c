/* text.c - UTF-8 decoding and the normal form used for matching. */
#include "cc_text.h"

#include <string.h>
#include <utf8proc.h>

int cc_utf8_decode(const unsigned char *s, size_t n, int32_t *cp) {
  if (n == 0)
    return 0;
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  utf8proc_int32_t c;
  utf8proc_ssize_t len =
      utf8proc_iterate(s, (utf8proc_ssize_t)(n < 4 ? n : 4), &c);
  if (len <= 0 || c < 0)
    return 0;
  *cp = c;
  return (int)len;
}

int cc_text_ascii_alias(int32_t cp) {
  switch (cp) {
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
  case 0x02BC: case 0x00B4: case 0x0060:
    return '\'';
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
  case 0x00AB: case 0x00BB:
    return '"';
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
  case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
    return '-';
  case 0x00A0: case 0x2007: case 0x2009: case 0x200A: case 0x202F:
  case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
  case 0x2008: case 0x205F: case 0x3000:
    return ' ';
  default:
    return 0;
  }
}

bool cc_cp_is_letter(int32_t cp) {
  if (cp < 0x80)
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_MC;
}

bool cc_cp_is_upper(int32_t cp) {
  if (cp < 0x80)
    return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool cc_cp_is_space(int32_t cp) {
  if (cp < 0x80)
    return cp == ' ' || (cp >= '\t' && cp <= '\r');
  if (cc_text_ascii_alias(cp) == ' ')
    return true;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
         c == UTF8PROC_CATEGORY_ZP;
}

static void S_put_cp(cc_buf *out, int32_t cp) {
  utf8proc_uint8_t tmp[4];
  utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
  cc_buf_put(out, tmp, (size_t)k);
}

/* Map one code point through case folding (and optionally mark
 * stripping), appending the result. */
static void S_fold_cp(cc_buf *out, int32_t cp, int options) {
  utf8proc_int32_t dst[8];
  utf8proc_ssize_t k = utf8proc_decompose_char(
      cp, dst, 8, (utf8proc_option_t)options, NULL);
  if (k < 0 || k > 8) {
    S_put_cp(out, cp);
    return;
  }
  for (utf8proc_ssize_t i = 0; i < k; i++)
    S_put_cp(out, dst[i]);
}

static void S_norm(const char *s, size_t n, cc_buf *out, int options) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { /* ASCII fast path */
      unsigned char c = p[i++];
      cc_buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
      continue;
    }
    int32_t cp;
    int len = cc_utf8_decode(p + i, n - i, &cp);
    if (len == 0) { /* invalid byte: keep it, never loop */
      cc_buf_putc(out, (char)p[i++]);
      continue;
    }
    i += (size_t)len;
    int a = cc_text_ascii_alias(cp);
    if (a)
      cc_buf_putc(out, (char)a);
    else
      S_fold_cp(out, cp, options);
  }
}

void cc_text_norm(const char *s, size_t n, cc_buf *out) {
  S_norm(s, n, out, UTF8PROC_CASEFOLD); /* per char: keeps precomposed forms */
}

void cc_text_strip_marks(const char *s, size_t n, cc_buf *out) {
  S_norm(s, n, out,
         UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
}
