/* cc_markdown.h - Markdown's inline markup blanked out of an article's
 * text, so that "**15** people were killed", "_fifteen_ people" and "were
 * [killed](https://...)" read as the plain sentences they are.
 *
 * Markup bytes become spaces in place (line breaks are kept), so every
 * offset, line and column the later stages report is the file's own.
 * What is blanked:
 *   - emphasis delimiters: runs of one to three '*' or '_' that open or
 *     close emphasis by CommonMark's flanking rules ("5 * 3", a list's
 *     "* item" and "snake_case" stay);
 *   - links "[text](url)" and "[text][ref]": the brackets and the target,
 *     the text kept; images "![alt](url)" whole (alt text is not the
 *     article's); reference definitions "[ref]: url" whole;
 *   - code spans' backticks (the code kept); fenced code blocks ("```"
 *     or "~~~" lines with a closing fence) whole; indented code blocks
 *     (four columns in, after a blank line, outside a list) whole;
 *   - inline HTML tags ("<strong>", "</a>", "<a href=...>"), one line each.
 * HTML comments are the corpus's business (cc_corpus.h).
 */
#ifndef CC_MARKDOWN_H
#define CC_MARKDOWN_H

#include <stddef.h>

/* text[a, e) made spaces in place: line breaks kept, and a character of
 * two or three bytes made one space character of as many bytes (U+00A0,
 * U+2002), so columns counted in characters stay the file's; a four-byte
 * one stays.  (The HTML comments of Markdown files are blanked so too.) */
void cc_markdown_blank(char *text, size_t a, size_t e);

/* Blank the inline markup of text[from, len) in place.  text[len] must
 * be readable (the reader's NUL); NUL bytes inside are skipped over. */
void cc_markdown_blank_inline(char *text, size_t from, size_t len);

#endif
