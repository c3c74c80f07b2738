/* cc_extract.h - writers for `claimcheck extract`: one record per mention
 * (jsonl, csv, text).  Fields: doc, line, col, start, end, text, type,
 * value, unit, lo, hi, qualifier, zone, utc (and granularity, anchor,
 * flags in jsonl).  CSV has the same columns in that order, written with
 * the spreadsheet guard of cc_report_csv_row. */
#ifndef CC_EXTRACT_H
#define CC_EXTRACT_H

#include <stdbool.h>

#include "cc_engine.h"
#include "cc_io.h"

typedef enum cc_extract_fmt {
  CC_EXTRACT_JSONL,
  CC_EXTRACT_CSV,
  CC_EXTRACT_TEXT
} cc_extract_fmt;

/* Parse "jsonl", "csv" or "text"; false otherwise. */
bool cc_extract_fmt_parse(const char *s, cc_extract_fmt *out);
/* The CSV header row (write once, before the first document). */
int cc_extract_write_header(cc_out *out, cc_extract_fmt fmt);
/* Every mention of one processed document. */
int cc_extract_write_doc(cc_out *out, cc_extract_fmt fmt,
                         const cc_docresult *r);

/* Internal, exposed for its unit test: append V as jansson's compact dump
 * writes a real ("25.0", "0.10000000000000001", "1e21"). */
void cc__json_real(cc_buf *b, double v);
/* Internal, shared with the jsonl report: append the n bytes at s as a
 * JSON string the way jansson writes one ('"', '\\' and control characters
 * escaped, other bytes as they are; s must already be valid UTF-8). */
void cc__json_str(cc_buf *b, const char *s, size_t n);
/* Internal, exposed for its unit test: append the CSV row of n cells (at
 * most the 14 columns) as cc_report_csv_row writes it. */
void cc__extract_csv_row(cc_buf *b, const char *const *cells, size_t n);

#endif
