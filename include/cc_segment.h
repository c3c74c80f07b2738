/* cc_segment.h - paragraphs, sentences and tokens in one pass.
 *
 * Tokens point at the original bytes of the document (start, end) and carry
 * a normalized form for matching: case-folded, curly quotes and primes as
 * ASCII quotes, en/em dashes and minus signs as '-', non-breaking and thin
 * spaces as spaces.  All storage lives in the document's arena.
 */
#ifndef CC_SEGMENT_H
#define CC_SEGMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "cc_corpus.h"
#include "cc_util.h"
#include "cc_vocab.h"

typedef enum cc_tok_kind {
  CC_TOK_WORD,  /* letters, apostrophes inside, abbreviations "a.m." "u.s." */
  CC_TOK_NUM,   /* starts with a digit: 7.2 1,500 19:30 11:30am 25% 2nd 1940s */
  CC_TOK_PUNCT, /* one punctuation character (normalized) */
  CC_TOK_SYM    /* currency and other symbols: $ £ € % & */
} cc_tok_kind;

enum cc_tok_flags {
  CC_TF_SPACE_BEFORE = 1 << 0, /* whitespace precedes the token */
  CC_TF_LINE_START = 1 << 1,   /* first token of a line */
  CC_TF_CAP = 1 << 2,          /* first letter upper case */
  CC_TF_ALLCAPS = 1 << 3,      /* all letters upper case, at least two */
  CC_TF_ABBREV = 1 << 4,       /* word with internal dots or in the
                                  abbreviation lexicon, e.g. "Mr", "a.m." */
  CC_TF_SENT_START = 1 << 5,   /* first token of a sentence */
  CC_TF_NONASCII = 1 << 6,     /* source bytes include non-ASCII */
  CC_TF_CUR_PREFIX = 1 << 7    /* a currency code written before amounts
                                  (CC_VOCAB_CUR_PREFIX): "EUR" of "EUR 5"
                                  and of "EUR5", split off the digits */
};

typedef struct cc_token {
  uint32_t start, end; /* byte span in doc->text */
  uint32_t line, col;  /* 1-based; col counts characters, not bytes */
  const char *norm;    /* normalized, NUL-terminated, arena-owned */
  uint16_t norm_len;
  uint8_t kind;        /* cc_tok_kind */
  uint8_t flags;       /* cc_tok_flags */
  uint32_t id;         /* norm's id in the word table the segmenter was
                          given (cc_vocab_find(norm, norm_len)), 0 for a
                          word it does not hold and for a norm_len of
                          65,535: see cc_segmented.vocab */
} cc_token;
_Static_assert(sizeof(cc_token) == 32, "cc_token: 32 bytes (id in the "
                                       "padding after flags)");

typedef struct cc_sentence {
  uint32_t tok_begin, tok_end; /* [begin, end) into cc_segmented.tokens */
  uint32_t start, end;         /* byte span */
  uint32_t para;               /* paragraph index */
} cc_sentence;

typedef struct cc_paragraph {
  uint32_t sent_begin, sent_end;
  uint32_t start, end;
} cc_paragraph;

typedef struct cc_seg_limits {
  uint32_t max_sentence_tokens; /* longer sentences are cut (with a warning) */
} cc_seg_limits;
#define CC_DEFAULT_MAX_SENTENCE_TOKENS 2000u

typedef struct cc_segmented {
  const cc_doc *doc;
  cc_token *tokens;
  uint32_t ntokens;
  cc_sentence *sentences;
  uint32_t nsentences;
  cc_paragraph *paragraphs;
  uint32_t nparagraphs;
  const cc_vocab *vocab; /* the word table of the tokens' ids (that of the
                            abbrevs given to cc_segment; NULL: every id
                            is 0) */
  const char *low;       /* the lower-cased copy of the text that the
                            fast path's words' normal forms are in (the
                            arena's; NULL when there is none): a word
                            token whose norm is low + start has a form
                            of ASCII letters and digits only, as many as
                            its text's bytes */
} cc_segmented;

typedef struct cc_abbrevs cc_abbrevs; /* set of abbreviations (cc_lexicon) */

/* Segment doc->text from doc->body.  Everything is allocated in arena, which
 * the caller owns.  abbrevs (cc_lexicon_abbrevs) brings the abbreviation
 * set and the lexicon's word table, whose ids the tokens get; it may be
 * NULL (built-in behaviour only: initials and dotted abbreviations like
 * "U.S." never end a sentence; every id 0).  limits may be
 * NULL for defaults.  Never fails. */
void cc_segment(const cc_doc *doc, const cc_abbrevs *abbrevs,
                const cc_seg_limits *limits, cc_arena *arena,
                cc_segmented *out);

/* Sentence index containing token t (binary search). */
uint32_t cc_sentence_of(const cc_segmented *s, uint32_t tok);

/* Line and column (1-based, characters) of byte offset off in doc. */
void cc_doc_linecol(const cc_doc *doc, size_t off, uint32_t *line,
                    uint32_t *col);

#endif
