#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int cutf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)n, &c);
    if (k < 0)
        return -1;
    *cp = c;
    return (int)k;
}

int cutf8_is_rsquo(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, "\xe2\x80\x99", 3) == 0;
}

char cutf8_capital_base(const char *s, size_t n)
{
    int32_t cp, d[4];
    int boundclass = 0; /* utf8proc's last_boundclass, read only with UTF8PROC_CHARBOUND */
    if (n && *s >= 'A' && *s <= 'Z')
        return (char)(*s | 32);
    if (!n || (unsigned char)*s < 0x80 || cutf8_decode((const unsigned char *)s, n, &cp) < 0 ||
        utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
        return 0;
    /* the canonical decomposition puts the base letter first: E, U+0301 */
    utf8proc_ssize_t nd = utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE, &boundclass);
    if (nd < 1 || nd > 4 || d[0] < 'A' || d[0] > 'Z')
        return 0;
    return (char)(d[0] | 32);
}

size_t cutf8_prev(const char *s, size_t i)
{
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4)
        j--;
    return j;
}

int cutf8_encode(cbuf *out, int32_t cp)
{
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
    if (k <= 0)
        return 0;
    return cbuf_put(out, (const char *)tmp, (size_t)k);
}

int cutf16_to_utf8(const char *s, size_t n, cbuf *out)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n < 2 || !((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return 0;
    int le = u[0] == 0xFF;
    if (cbuf_put(out, "\xEF\xBB\xBF", 3) < 0)
        return -1;
    for (size_t i = 2; i < n; i += 2) {
        int32_t c = i + 1 < n ? (le ? u[i] | u[i + 1] << 8 : u[i] << 8 | u[i + 1]) : 0xFFFD;
        int32_t lo = i + 3 < n ? (le ? u[i + 2] | u[i + 3] << 8 : u[i + 2] << 8 | u[i + 3]) : 0;
        if (c >= 0xD800 && c < 0xDC00 && lo >= 0xDC00 && lo < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
            i += 2;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
        }
        if (cutf8_encode(out, c) < 0)
            return -1;
    }
    return 1;
}

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes, kept as Latin-1. */
static const uint16_t cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

static int32_t byte_to_cp(unsigned char b)
{
    if (b >= 0x80 && b < 0xA0 && cp1252[b - 0x80])
        return cp1252[b - 0x80];
    return b;
}

static int keep_cp(int32_t c)
{
    if (c == '\n' || c == '\t')
        return 1;
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        return 0;
    if (c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)
        return 0;
    return 1;
}

/* What a dropped control becomes instead: a vertical tab or form feed
 * (a line or page break in exported text) separates words as a space; a
 * C1 control is Windows-1252 decoded twice or an HTML reference such as
 * "&#146;", which browsers show as the 1252 character (U+2019). Returns
 * 0 to drop c. */
static int32_t replace_cp(int32_t c)
{
    if (c == '\v' || c == '\f')
        return ' ';
    if (c >= 0x80 && c < 0xA0)
        return cp1252[c - 0x80];
    return 0;
}

/* Code points that NFC leaves alone and that never combine with a neighbour:
 * everything below the combining diacritics, general punctuation (curly
 * quotes, dashes) and currency signs. Text made only of these skips NFC. */
static int nfc_inert(int32_t c)
{
    return c < 0x300 || (c >= 0x2010 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF);
}

/* Copies runs of valid, kept characters in one go; only repaired bytes,
 * line ends and dropped controls break a run. */
static int repair(const unsigned char *s, size_t n, cbuf *out, size_t *repaired, int *needs_nfc)
{
    size_t i = 0, run = 0;
    while (i < n) {
        int32_t c;
        int k = s[i] < 0x80 ? (c = s[i], 1) : cutf8_decode(s + i, n - i, &c);
        if (k > 0 && c != '\r' && keep_cp(c)) {
            if (!nfc_inert(c))
                *needs_nfc = 1;
            i += (size_t)k;
            continue;
        }
        if (cbuf_put(out, (const char *)s + run, i - run) < 0)
            return -1;
        if (k < 0) {
            c = byte_to_cp(s[i]);
            k = 1;
            (*repaired)++;
        }
        if (c == '\r') {
            c = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                k = 2;
        }
        if (!keep_cp(c))
            c = replace_cp(c);
        if (c && cutf8_encode(out, c) < 0)
            return -1;
        i += (size_t)k;
        run = i;
    }
    return cbuf_put(out, (const char *)s + run, i - run);
}

static int is_ascii_clean(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x7F || (s[i] < 0x20 && s[i] != '\n' && s[i] != '\t'))
            return 0;
    return 1;
}

int cutf8_clean(const char *s, size_t n, cbuf *out, size_t *repaired)
{
    *repaired = 0;
    if (is_ascii_clean((const unsigned char *)s, n))
        return cbuf_put(out, s, n); /* fast path: ASCII is already NFC */
    cbuf tmp = CBUF_INIT;
    int needs_nfc = 0;
    if (repair((const unsigned char *)s, n, &tmp, repaired, &needs_nfc) < 0) {
        cbuf_free(&tmp);
        return -1;
    }
    if (!needs_nfc) {
        int rc = cbuf_put(out, tmp.ptr ? tmp.ptr : "", tmp.len);
        cbuf_free(&tmp);
        return rc;
    }
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)tmp.ptr, (utf8proc_ssize_t)tmp.len,
                                      &nfc, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    int rc = k < 0 ? cbuf_put(out, tmp.ptr, tmp.len) : cbuf_put(out, (const char *)nfc, (size_t)k);
    free(nfc);
    cbuf_free(&tmp);
    return rc;
}

int cutf8_has_word(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        int32_t c = u[i];
        int k = u[i] < 0x80 ? 1 : cutf8_decode(u + i, n - i, &c);
        if (k < 0) {
            i++;
            continue;
        }
        utf8proc_category_t cat = utf8proc_category(c);
        /* L* and N*, not the marks between them: a variation selector
         * ("\u2764\ufe0f") or a combining mark alone is no word */
        if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
            (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO))
            return 1;
        i += (size_t)k;
    }
    return 0;
}

/* The control character at s (C0, DEL, or C1 as UTF-8 "\xc2\x80".."\xc2\x9f"):
 * its code point, or -1. */
static int32_t control_at(const unsigned char *s)
{
    if (s[0] < 0x20 || s[0] == 0x7F)
        return s[0];
    return s[0] == 0xC2 && s[1] >= 0x80 && s[1] < 0xA0 ? s[1] : -1;
}

int cutf8_has_controls(const char *s)
{
    for (const unsigned char *u = (const unsigned char *)s; *u; u++)
        if (control_at(u) >= 0)
            return 1;
    return 0;
}

int cutf8_escape_controls(const char *s, cbuf *out)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; u[i]; i++) {
        int32_t c = control_at(u + i);
        int rc = c < 0      ? cbuf_putc(out, (char)u[i])
                 : c == '\n' ? cbuf_puts(out, "\\n")
                 : c == '\t' ? cbuf_puts(out, "\\t")
                 : c == '\r' ? cbuf_puts(out, "\\r")
                             : cbuf_printf(out, "\\u%04x", (unsigned)c);
        if (rc < 0)
            return -1;
        i += c >= 0x80; /* the C1 control's second byte */
    }
    return 0;
}

int cutf8_valid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        int32_t c;
        int k = u[i] < 0x80 ? 1 : cutf8_decode(u + i, n - i, &c);
        if (k < 0)
            return 0;
        i += (size_t)k;
    }
    return 1;
}

int cutf8_casefold(const char *s, size_t n, cbuf *out)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { /* ASCII fast path */
            if (cbuf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c)) < 0)
                return -1;
            i++;
            continue;
        }
        int32_t cp;
        int k = cutf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k < 0) {
            i++;
            continue;
        }
        utf8proc_int32_t dst[8];
        utf8proc_ssize_t m = utf8proc_decompose_char(cp, dst, 8, UTF8PROC_CASEFOLD, NULL);
        for (utf8proc_ssize_t j = 0; j < m && j < 8; j++)
            if (cutf8_encode(out, dst[j]) < 0)
                return -1;
        i += (size_t)k;
    }
    return 0;
}
