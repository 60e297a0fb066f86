/* UTF-8 helpers on top of utf8proc. */
#ifndef CHORUS_UTIL_UTF8_H
#define CHORUS_UTIL_UTF8_H
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* Decodes one code point at s (n bytes available). Returns its byte length
 * and sets *cp, or returns -1 for an invalid or truncated sequence. */
int cutf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Decodes the code point ending just before s+i (i > 0); returns its start. */
size_t cutf8_prev(const char *s, size_t i);
/* Appends the UTF-8 encoding of cp. */
int cutf8_encode(cbuf *out, int32_t cp);

/* Cleans text for the pipeline: invalid bytes are read as Windows-1252
 * (Latin-1 where 1252 has a hole), C1 controls as their 1252 characters,
 * \v and \f become spaces, other control characters than \n and \t are
 * dropped, \r\n and \r become \n, and the result is NFC-normalised.
 * *repaired counts the invalid bytes that were reinterpreted.
 * Returns 0 or -1 when out of memory. */
int cutf8_clean(const char *s, size_t n, cbuf *out, size_t *repaired);

/* The lower-case ASCII letter that the capital letter at s (n bytes
 * available) is written on: 'e' for "E" and for "\xC3\x89" (E with
 * acute); 0 when s does not start with a capital written on an ASCII
 * letter ("\xC3\x98", O with stroke, has none). */
char cutf8_capital_base(const char *s, size_t n);

/* 1 when s (n bytes available) starts with U+2019, the right single
 * quotation mark that news text writes as its apostrophe ("O’Neill"). */
int cutf8_is_rsquo(const char *s, size_t n);

/* 1 when s[0..n) holds a letter or a number (Unicode L* or N*), not only
 * spaces, punctuation and symbols. Invalid bytes count as neither. */
int cutf8_has_word(const char *s, size_t n);

/* When s[0..n) opens with a UTF-16 byte-order mark (FF FE little-endian,
 * FE FF big-endian: Windows' "Unicode" text), appends its text as UTF-8
 * after a UTF-8 byte-order mark (which says that a page is UTF-8 whatever
 * its <meta> says) and returns 1; an unpaired surrogate or an odd last
 * byte becomes U+FFFD. Returns 0 (nothing appended) without that mark,
 * -1 when out of memory. */
int cutf16_to_utf8(const char *s, size_t n, cbuf *out);

/* Appends s with its control characters (C0, DEL, C1) written as JSON
 * writes them ("\n", "\t", "\r", "\u001b"), other bytes as they are:
 * an id shown in a line of text ("# a\nb") must neither break the line nor
 * send a terminal escape. Returns 0 or -1 when out of memory. */
int cutf8_escape_controls(const char *s, cbuf *out);
/* 1 when s holds a character cutf8_escape_controls writes as an escape. */
int cutf8_has_controls(const char *s);

/* 1 when s[0..n) is valid UTF-8. */
int cutf8_valid(const char *s, size_t n);

/* Appends the case-folded form of s (full Unicode case folding). */
int cutf8_casefold(const char *s, size_t n, cbuf *out);

#endif
