/* markdown.c - Markdown's inline markup blanked (cc_markdown.h).
 *
 * One pass: strcspn finds the next byte that can start markup ('*' '_'
 * '[' '`' '<' '~'; news text has few), and each is looked at where it is.
 * Nothing is allocated and nothing moves: markup becomes spaces.
 */
#include "cc_markdown.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* how far a link's parts, a tag or a URL's start are looked for: markup
 * is short, and a stray '[' or '<' must not cost a scan of the file */
#define S_LINK_TEXT 1000
#define S_LINK_DEST 2000
#define S_TAG 300
#define S_URL_BACK 300

static bool S_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

/* ASCII punctuation (CommonMark's flanking rules; other bytes count as
 * letters, which keeps a run beside a multi-byte quote as it was) */
static bool S_punct(int c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
         (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

static bool S_alnum(int c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Spaces over t[a, e), line breaks kept, and a character of several
 * bytes made one space character of as many bytes (U+00A0, U+2002, read
 * as spaces), so that the columns after it, counted in characters, stay
 * the file's ("[said](https://x.org/Événement) 12").  A four-byte one has
 * no such space and stays (an emoji in a link's address: a symbol). */
void cc_markdown_blank(char *t, size_t a, size_t e) {
  for (size_t k = a; k < e;) {
    unsigned char b = (unsigned char)t[k];
    size_t n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (k + n > e)
      n = e - k; /* (a sequence cut by the span: bytes as they come) */
    if (n == 1) {
      if (b != '\n' && b != '\r')
        t[k] = ' ';
    } else if (n == 2) {
      t[k] = (char)0xc2;
      t[k + 1] = (char)0xa0;
    } else if (n == 3) {
      t[k] = (char)0xe2;
      t[k + 1] = (char)0x80;
      t[k + 2] = (char)0x82;
    }
    k += n;
  }
}

static int S_at(const char *t, size_t from, size_t len, size_t i,
                bool before) {
  if (before)
    return i > from ? (unsigned char)t[i - 1] : '\n';
  return i < len ? (unsigned char)t[i] : '\n';
}

/* Is t[a] inside a bare URL ("https://host/a_b", "www.x.org/_c")?  Its
 * underscores and stars are the address's, not emphasis. */
static bool S_in_url(const char *t, size_t from, size_t a) {
  size_t s = a, stop = a - from > S_URL_BACK ? a - S_URL_BACK : from;
  while (s > stop && !S_space((unsigned char)t[s - 1]))
    s--;
  if (a - s >= 4 && strncmp(t + s, "www.", 4) == 0)
    return true;
  for (size_t k = s; k + 2 < a; k++)
    if (t[k] == ':' && t[k + 1] == '/' && t[k + 2] == '/')
      return true;
  return false;
}

/* Does the newline at k (< b) end its paragraph: is the line after it
 * blank and closed by another newline before b? */
static bool S_blank_next(const char *t, size_t k, size_t b) {
  size_t j = k + 1;
  while (j < b && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
    j++;
  return j < b && t[j] == '\n';
}

/* Does text[a, b) hold a blank line (a paragraph's end)? */
static bool S_para_break(const char *t, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (t[k] == '\n' && S_blank_next(t, k, b))
      return true;
  return false;
}

/* Is there a run of ch after e in its paragraph, within S_LINK_TEXT
 * bytes: a partner an opening run can close on? */
static bool S_partner_after(const char *t, size_t len, size_t e, char ch) {
  size_t lim = len - e > S_LINK_TEXT ? e + S_LINK_TEXT : len;
  for (size_t k = e; k < lim; k++) {
    if (t[k] == ch)
      return true;
    if (t[k] == '\n' && S_blank_next(t, k, lim))
      return false;
  }
  return false;
}

/* A run of '*' or '_' at a: blanked when it can open or close emphasis
 * (CommonMark's left- and right-flanking runs; '_' not inside a word)
 * and has a partner: an opening run a later run of its character in the
 * paragraph, a closing run an earlier one blanked (open[0] for '*',
 * open[1] for '_': where the last blanked run ended, or SIZE_MAX).  A
 * lone run is text: "graded A or A*," and a footnote's "£5m*" keep their
 * star in the quotes the reports show.  Runs of four or more are rules or
 * decoration and stay.  Returns the index after the run. */
static size_t S_emphasis(char *t, size_t from, size_t len, size_t a,
                         size_t open[2]) {
  char ch = t[a];
  size_t e = a;
  while (e < len && t[e] == ch)
    e++;
  if (e - a > 3)
    return e;
  int prev = S_at(t, from, len, a, true), next = S_at(t, from, len, e, false);
  bool left = !S_space(next) &&
              (!S_punct(next) || S_space(prev) || S_punct(prev));
  bool right = !S_space(prev) &&
               (!S_punct(prev) || S_space(next) || S_punct(next));
  bool delim;
  if (ch == '*')
    delim = left || right;
  else /* "snake_case" and "a_b_c" are words */
    delim = (left && (!right || S_punct(prev))) ||
            (right && (!left || S_punct(next)));
  if (!delim || (S_alnum(prev) && S_alnum(next) && ch == '_') ||
      S_in_url(t, from, a))
    return e;
  size_t *o = &open[ch == '_'];
  bool closes = right && *o != SIZE_MAX && a - *o <= S_LINK_TEXT &&
                !S_para_break(t, *o, a);
  bool opens = left && S_partner_after(t, len, e, ch);
  if (closes || opens) {
    memset(t + a, ' ', e - a);
    *o = e;
  }
  return e;
}

/* Only up to three spaces between the line's start and a. */
static bool S_line_start(const char *t, size_t from, size_t a) {
  size_t k = a, n = 0;
  while (k > from && t[k - 1] == ' ' && n <= 3) {
    k--;
    n++;
  }
  return n <= 3 && (k == from || t[k - 1] == '\n');
}

/* The ']' closing a link text opened at a, or 0: on one paragraph, no
 * '[' inside (an inner bracket is looked at on its own). */
static size_t S_text_end(const char *t, size_t len, size_t a) {
  size_t lim = len - a > S_LINK_TEXT ? a + S_LINK_TEXT : len;
  for (size_t c = a + 1; c < lim; c++) {
    if (t[c] == ']')
      return c;
    if (t[c] == '[' || (t[c] == '\n' && c + 1 < len && t[c + 1] == '\n'))
      return 0;
  }
  return 0;
}

/* The index after the ")" of a destination "(...)" opened at o (nested
 * brackets balanced, on one line), or 0. */
static size_t S_dest_end(const char *t, size_t len, size_t o) {
  size_t lim = len - o > S_LINK_DEST ? o + S_LINK_DEST : len;
  int depth = 0;
  for (size_t d = o; d < lim && t[d] != '\n'; d++) {
    if (t[d] == '(')
      depth++;
    else if (t[d] == ')' && --depth == 0)
      return d + 1;
  }
  return 0;
}

/* The index after a reference "[ref]" opened at o, or 0. */
static size_t S_ref_end(const char *t, size_t len, size_t o) {
  for (size_t d = o + 1; d < len && d - o < 200; d++) {
    if (t[d] == ']')
      return d + 1;
    if (t[d] == '[' || t[d] == '\n')
      return 0;
  }
  return 0;
}

/* A '[' at a: a link's brackets and target blanked, its text kept (and
 * scanned after: it may hold emphasis); an image or a reference
 * definition blanked whole.  Returns where the scan goes on. */
static size_t S_link(char *t, size_t from, size_t len, size_t a) {
  size_t c = S_text_end(t, len, a);
  if (!c)
    return a + 1;
  size_t e = 0;
  if (c + 1 < len && t[c + 1] == '(')
    e = S_dest_end(t, len, c + 1);
  else if (c + 1 < len && t[c + 1] == '[')
    e = S_ref_end(t, len, c + 1);
  else if (c + 1 < len && t[c + 1] == ':' && S_line_start(t, from, a)) {
    e = c + 1; /* "[ref]: https://...": the whole line */
    while (e < len && t[e] != '\n')
      e++;
    cc_markdown_blank(t, a, e);
    return e;
  }
  if (!e)
    return a + 1; /* "[sic]", "[1]": brackets of the text */
  if (a > from && t[a - 1] == '!') {
    cc_markdown_blank(t, a - 1, e);
    return e;
  }
  t[a] = ' ';
  cc_markdown_blank(t, c, e);
  return a + 1;
}

/* A '<' at a: an HTML tag on one line ("<b>", "</a>", "<a href=...>")
 * blanked.  "a < b", "<3" and an unclosed '<' stay. */
static size_t S_tag(char *t, size_t len, size_t a) {
  size_t n = a + 1;
  if (n < len && t[n] == '/')
    n++;
  if (n >= len || !((t[n] >= 'a' && t[n] <= 'z') ||
                    (t[n] >= 'A' && t[n] <= 'Z')))
    return a + 1;
  size_t lim = len - a > S_TAG ? a + S_TAG : len;
  for (size_t e = n; e < lim; e++) {
    if (t[e] == '>') {
      cc_markdown_blank(t, a, e + 1);
      return e + 1;
    }
    if (t[e] == '<' || t[e] == '\n')
      break;
  }
  return a + 1;
}

/* A fenced code block opening at a ("```" or "~~~" at a line's start):
 * the index after its closing fence's line, blanked whole (code is not
 * article text), or 0 when no fence of that run closes it (then the run
 * is text, as an unclosed fence would otherwise blank the rest). */
static size_t S_fence(char *t, size_t from, size_t len, size_t a) {
  char ch = t[a];
  size_t n = 0;
  while (a + n < len && t[a + n] == ch)
    n++;
  if (n < 3 || !S_line_start(t, from, a))
    return 0;
  for (size_t k = a + n; k < len;) {
    const char *nl = memchr(t + k, '\n', len - k);
    if (!nl)
      return 0;
    k = (size_t)(nl - t) + 1;
    size_t b = k, m = 0;
    while (b < len && b - k < 3 && t[b] == ' ')
      b++;
    while (b + m < len && t[b + m] == ch)
      m++;
    if (m >= n) {
      size_t e = b + m;
      while (e < len && t[e] != '\n')
        e++;
      cc_markdown_blank(t, a, e);
      return e;
    }
  }
  return 0;
}

/* The columns of leading spaces of the line at a (a tab counts to the
 * next multiple of four), stopping at 4, and where they end. */
static size_t S_indent(const char *t, size_t len, size_t a, size_t *end) {
  size_t col = 0, k = a;
  while (k < len && col < 4 && (t[k] == ' ' || t[k] == '\t')) {
    col = t[k] == '\t' ? (col + 4) / 4 * 4 : col + 1;
    k++;
  }
  *end = k;
  return col;
}

static size_t S_line_end(const char *t, size_t len, size_t a) {
  const char *nl = memchr(t + a, '\n', len - a);
  return nl ? (size_t)(nl - t) : len;
}

/* Whether t[a, e) holds only spaces, tabs and a CR. */
static bool S_blank_line(const char *t, size_t a, size_t e) {
  for (; a < e; a++)
    if (t[a] != ' ' && t[a] != '\t' && t[a] != '\r')
      return false;
  return true;
}

/* Whether the text at k opens a list item: "-", "*" or "+", or one to
 * nine digits and "." or ")", then a space or the line's end. */
static bool S_list_item(const char *t, size_t e, size_t k) {
  size_t d = k;
  if (k < e && (t[k] == '-' || t[k] == '*' || t[k] == '+'))
    d = k + 1;
  else {
    while (d < e && d - k < 9 && t[d] >= '0' && t[d] <= '9')
      d++;
    if (d == k || d >= e || (t[d] != '.' && t[d] != ')'))
      return false;
    d++;
  }
  return d >= e || t[d] == ' ' || t[d] == '\t' || t[d] == '\r';
}

/* Indented code blocks (CommonMark 4.4) blanked whole: lines indented by
 * four columns or more after a blank line (or the body's start), with
 * the blank lines between them, to the first line indented less.  Not
 * code: such lines inside a list, which continue its items, and a
 * paragraph's indented lines, which are text (code cannot interrupt a
 * paragraph).  A list lasts until a line indented less than four columns
 * that is no item follows a blank line. */
static void S_indented_code(char *t, size_t from, size_t len) {
  bool after_blank = true, in_list = false;
  size_t a = from;
  while (a < len) {
    size_t e = S_line_end(t, len, a), k;
    if (S_blank_line(t, a, e)) {
      after_blank = true;
      a = e < len ? e + 1 : len;
      continue;
    }
    size_t ind = S_indent(t, len, a, &k);
    if (ind >= 4 && after_blank && !in_list) {
      size_t last = e; /* the block's last line that is not blank */
      size_t n = e < len ? e + 1 : len;
      while (n < len) {
        size_t ne = S_line_end(t, len, n), nk;
        if (!S_blank_line(t, n, ne) && S_indent(t, len, n, &nk) < 4)
          break;
        if (!S_blank_line(t, n, ne))
          last = ne;
        n = ne < len ? ne + 1 : len;
      }
      cc_markdown_blank(t, a, last);
      e = last;
      after_blank = false;
    } else {
      if (ind < 4 && S_list_item(t, e, k))
        in_list = true;
      else if (ind < 4 && after_blank)
        in_list = false;
      after_blank = false;
    }
    a = e < len ? e + 1 : len;
  }
}

void cc_markdown_blank_inline(char *t, size_t from, size_t len) {
  S_indented_code(t, from, len);
  size_t i = from;
  size_t open[2] = {SIZE_MAX, SIZE_MAX}; /* (S_emphasis) */
  while (i < len) {
    i += strcspn(t + i, "*_[`<~");
    if (i >= len)
      break;
    switch (t[i]) {
    case '*':
    case '_':
      i = S_emphasis(t, from, len, i, open);
      break;
    case '[':
      i = S_link(t, from, len, i);
      break;
    case '`':
    case '~': {
      size_t f = S_fence(t, from, len, i);
      if (f) {
        i = f;
        break;
      }
      size_t e = i;
      while (e < len && t[e] == t[i])
        e++;
      if (t[i] == '`') /* a code span's backticks; tildes stay */
        memset(t + i, ' ', e - i);
      i = e;
      break;
    }
    case '<':
      i = S_tag(t, len, i);
      break;
    default: /* a NUL inside the text: strcspn stopped there */
      i++;
      break;
    }
  }
}
