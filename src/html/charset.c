/* Character set detection and conversion to UTF-8 before parsing. */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "html/html.h"

/* Length of the valid UTF-8 sequence at p, or 0 if invalid. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    size_t k;
    unsigned min;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        k = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        k = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        k = 4, min = 0x10000;
    else
        return 0;
    if (n < k)
        return 0;
    unsigned cp = c & (0x7F >> k);
    for (size_t i = 1; i < k; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return k;
}

/* 1 when the bytes are valid UTF-8 (a cut sequence at the end is allowed);
 * *multi counts multi-byte sequences. */
static int utf8_valid(const char *buf, size_t len, size_t *multi)
{
    const unsigned char *p = (const unsigned char *)buf;
    size_t i = 0, m = 0;
    while (i < len) {
        size_t k = utf8_seq(p + i, len - i);
        if (!k)
            return len - i < 4 && p[i] >= 0xC2 ? (*multi = m, 1) : 0;
        m += k > 1;
        i += k;
    }
    *multi = m;
    return 1;
}

/* Copies a charset name following "charset=" at s into out (lower case). */
static int read_charset(const char *s, const char *end, char *out, size_t cap)
{
    while (s < end && (*s == ' ' || *s == '"' || *s == '\'' || *s == '='))
        s++;
    size_t n = 0;
    while (s < end && n + 1 < cap && (isalnum((unsigned char)*s) || strchr("-_:.", *s)))
        out[n++] = (char)tolower((unsigned char)*s++);
    out[n] = 0;
    return n ? 0 : -1;
}

/* The HTML5 prescan, simplified: the first charset= inside a <meta ...>
 * tag within the first 8 KiB. Byte scanning of tags, not of text. */
static int declared_charset(const char *buf, size_t len, char *out, size_t cap)
{
    size_t lim = len < 8192 ? len : 8192;
    for (size_t i = 0; i + 5 < lim; i++) {
        if (buf[i] != '<' || strncasecmp(buf + i + 1, "meta", 4) != 0)
            continue;
        const char *end = memchr(buf + i, '>', lim - i);
        if (!end)
            return -1;
        for (const char *s = buf + i; s + 8 <= end; s++)
            if (strncasecmp(s, "charset", 7) == 0) {
                const char *v = s + 7;
                while (v < end && *v == ' ')
                    v++;
                if (v < end && *v == '=')
                    return read_charset(v, end, out, cap);
            }
    }
    return -1;
}

static int is_utf8_name(const char *cs)
{
    return strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0;
}

/* Appends buf as UTF-8; each invalid byte becomes U+FFFD. Valid runs are
 * copied in one piece. */
static int copy_utf8(const char *buf, size_t len, cbuf *out)
{
    const unsigned char *p = (const unsigned char *)buf;
    size_t i = 0, run = 0;
    if (cbuf_grow(out, len + 1) < 0)
        return -1;
    while (i < len) {
        size_t k = p[i] < 0x80 ? 1 : utf8_seq(p + i, len - i);
        if (k) {
            i += k;
            continue;
        }
        if (cbuf_put(out, buf + run, i - run) < 0 || cbuf_put(out, "\xEF\xBF\xBD", 3) < 0)
            return -1;
        run = ++i;
    }
    return cbuf_put(out, buf + run, len - run);
}

/* Converts with iconv, skipping bytes the charset cannot decode.
 * Returns 0, -1 (no memory) or -2 (charset unknown to iconv). */
static int convert(const char *buf, size_t len, const char *cs, cbuf *out)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1)
        return -2;
    int rc = 0;
    char *in = (char *)buf;
    size_t inleft = len;
    while (inleft) {
        if (cbuf_grow(out, inleft * 2 + 16) < 0) {
            rc = -1;
            break;
        }
        char *o = out->ptr + out->len;
        size_t oleft = out->cap - out->len - 1;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        out->len = (size_t)(o - out->ptr);
        out->ptr[out->len] = 0;
        if (r == (size_t)-1 && errno != E2BIG) {
            in++; /* undecodable or cut byte: skip it */
            inleft--;
        }
    }
    iconv_close(cd);
    return rc;
}

int html_charset_known(const char *name)
{
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return 0;
    iconv_close(cd);
    return 1;
}

/* Lower-cases a charset name into cs (cap bytes). */
static void lower_name(const char *name, char *cs, size_t cap)
{
    size_t n = strlen(name) < cap - 1 ? strlen(name) : cap - 1;
    for (size_t i = 0; i < n; i++)
        cs[i] = (char)tolower((unsigned char)name[i]);
    cs[n] = 0;
}

int html_to_utf8(const char *buf, size_t len, const char *forced, const char *transport, cbuf *out)
{
    char cs[40] = "";
    const unsigned char *u = (const unsigned char *)buf;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return copy_utf8(buf + 3, len - 3, out);
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return convert(buf + 2, len - 2, u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", out) == -1 ? -1 : 0;
    if (forced && *forced) {
        lower_name(forced, cs, sizeof cs);
    } else {
        size_t multi = 0;
        int valid = utf8_valid(buf, len, &multi);
        int declared = 1;
        if (transport && *transport && html_charset_known(transport))
            lower_name(transport, cs, sizeof cs);
        else
            declared = declared_charset(buf, len, cs, sizeof cs) == 0;
        if (declared && is_utf8_name(cs))
            return copy_utf8(buf, len, out); /* repair stray bytes */
        if (!declared || (valid && multi > 0) || strncmp(cs, "utf-16", 6) == 0)
            /* No declaration, or one the bytes contradict: valid UTF-8
             * with non-ASCII text is UTF-8; anything else is most likely
             * Windows-1252, the web's commonest legacy charset. */
            strcpy(cs, valid ? "utf-8" : "windows-1252");
    }
    if (is_utf8_name(cs) || strcmp(cs, "us-ascii") == 0)
        return copy_utf8(buf, len, out);
    if (strcmp(cs, "iso-8859-1") == 0 || strcmp(cs, "latin1") == 0)
        strcpy(cs, "windows-1252"); /* what browsers do */
    int rc = convert(buf, len, cs, out);
    if (rc == -2)
        return copy_utf8(buf, len, out);
    return rc;
}
