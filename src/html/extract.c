/* Public entry points of HTML extraction. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "fetch.h"
#include "html/html.h"
#include "util/file.h"
#include "util/utf8.h"

#define DEFAULT_MAX_BYTES ((size_t)16 << 20)

void chorus_article_free(chorus_article *a)
{
    if (!a)
        return;
    free(a->title);
    free(a->date);
    free(a->author);
    free(a->source);
    free(a->url);
    free(a->lang);
    free(a->text);
    free(a);
}

const char *chorus_article_text(const chorus_article *a) { return a && a->text ? a->text : ""; }
const char *chorus_article_title(const chorus_article *a) { return a && a->title ? a->title : ""; }
const char *chorus_article_date(const chorus_article *a) { return a && a->date ? a->date : ""; }
const char *chorus_article_author(const chorus_article *a) { return a && a->author ? a->author : ""; }
const char *chorus_article_source(const chorus_article *a) { return a && a->source ? a->source : ""; }
const char *chorus_article_url(const chorus_article *a) { return a && a->url ? a->url : ""; }
const char *chorus_article_lang(const chorus_article *a) { return a && a->lang ? a->lang : ""; }

char *chorus_article_json(const chorus_article *a)
{
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "title", chorus_article_title(a),
                          "date", chorus_article_date(a), "author", chorus_article_author(a),
                          "source", chorus_article_source(a), "url", chorus_article_url(a),
                          "lang", chorus_article_lang(a), "text", chorus_article_text(a));
    if (!o)
        return NULL;
    char *s = json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT);
    json_decref(o);
    return s;
}

/* Cuts at max bytes (on a UTF-8 or at least a byte boundary; the charset
 * step repairs a cut sequence). */
static size_t capped(chorus_ctx *ctx, size_t len, const chorus_extract_opts *o)
{
    size_t max = o->max_bytes ? o->max_bytes : DEFAULT_MAX_BYTES;
    if (len <= max)
        return len;
    chorus_warn(ctx, "page of %zu bytes cut to its first %zu bytes", len, max);
    return max;
}

/* Bounds the DOM: libxml2 builds one node per tag, so a page of millions
 * of tags (nested 5,000,000 deep, say) would take gigabytes. Pages are cut
 * after MAX_TAGS tags; real articles have a few thousand. */
#define MAX_TAGS 500000

static void cap_tags(chorus_ctx *ctx, cbuf *utf8)
{
    size_t tags = 0;
    const char *p = utf8->ptr, *end = utf8->ptr + utf8->len;
    while (p && p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        if (++tags > MAX_TAGS) {
            chorus_warn(ctx, "page has more than %d tags; only the part before is read", MAX_TAGS);
            utf8->len = (size_t)(p - utf8->ptr);
            utf8->ptr[utf8->len] = 0;
            return;
        }
        p++;
    }
}

/* The value of the numeric reference's digits at s (hexadecimal when hex),
 * 0x110000 for any larger one; *n is the number of digits. */
static unsigned long ref_value(const char *s, int hex, size_t *n)
{
    unsigned long v = 0;
    for (*n = 0;; ++*n) {
        char c = s[*n];
        int d = c >= '0' && c <= '9' ? c - '0' : !hex ? -1 : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return v;
        v = v * (hex ? 16 : 10) + (unsigned long)d;
        v = v > 0x110000 ? 0x110000 : v;
    }
}

/* A numeric reference to no character, "&#0;", a surrogate ("&#xD800;")
 * or one beyond Unicode ("&#99999999;"), is U+FFFD in the HTML standard;
 * libxml2 2.9 drops it, and with it a sign that something stood there.
 * Rewritten in place before parsing (U+FFFD's three bytes are never more
 * than the reference's). */
static void replace_bad_refs(cbuf *utf8)
{
    if (!utf8->ptr)
        return;
    char *s = utf8->ptr, *o = s, *end = s + utf8->len;
    for (char *p = s; p < end;) { /* the buffer's NUL ends a reference's digits */
        int hex = p[0] == '&' && p[1] == '#' && (p[2] == 'x' || p[2] == 'X');
        size_t n = 0;
        unsigned long v = p[0] == '&' && p[1] == '#' ? ref_value(p + 2 + hex, hex, &n) : 1;
        if (!n || !(v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))) {
            *o++ = *p++;
            continue;
        }
        p += 2 + (size_t)hex + n;
        p += p < end && *p == ';';
        memcpy(o, "\xEF\xBF\xBD", 3);
        o += 3;
    }
    if (o != end) {
        *o = '\0';
        utf8->len = (size_t)(o - s);
    }
}

/* libxml2 decodes "&#146;" to the C1 control U+0092 and keeps form feeds;
 * the text cleaner gives the characters a browser shows instead. */
static int clean_field(char **field)
{
    if (!*field)
        return 0;
    cbuf b = CBUF_INIT;
    size_t repaired = 0;
    if (cutf8_clean(*field, strlen(*field), &b, &repaired) < 0) {
        cbuf_free(&b);
        return -1;
    }
    free(*field);
    *field = cbuf_detach(&b);
    return *field ? 0 : -1;
}

static int clean_fields(chorus_article *a)
{
    char **fields[] = {&a->title, &a->author, &a->source, &a->text};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (clean_field(fields[i]) < 0)
            return -1;
    return 0;
}

/* An image, a PDF or an archive (its signature, or NUL bytes outside
 * UTF-16) is not a web page: refused as binary, as text files are. */
static int is_binary(const char *html, size_t len, const char *forced)
{
    const unsigned char *u = (const unsigned char *)html;
    if (!cfile_binary(html, len))
        return 0;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return 0;
    return !(forced && (strncasecmp(forced, "utf-16", 6) == 0 || strncasecmp(forced, "utf-32", 6) == 0 ||
                        strncasecmp(forced, "ucs-", 4) == 0));
}

int html_extract(chorus_ctx *ctx, const char *html, size_t len, const chorus_extract_opts *opts,
                 const char *transport, chorus_article **out)
{
    chorus_extract_opts defaults = CHORUS_EXTRACT_OPTS_INIT;
    const chorus_extract_opts *o = opts ? opts : &defaults;
    cbuf utf8 = CBUF_INIT, text = CBUF_INIT;
    htmlDocPtr doc = NULL;
    int rc = CHORUS_ENOMEM;
    *out = NULL;
    if (o->charset && *o->charset && !html_charset_known(o->charset))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "unknown character set '%s'", o->charset);
    if (o->url && !cutf8_valid(o->url, strlen(o->url))) /* it goes into the article, which is UTF-8 */
        return chorus_error_set(ctx, CHORUS_EUSAGE, "the page URL is not valid UTF-8");
    if (is_binary(html, len, o->charset))
        return chorus_error_set(ctx, CHORUS_EINPUT, "binary data (a PDF, image or archive, or NUL bytes), not a web page");
    chorus_article *a = calloc(1, sizeof *a);
    if (!a || html_to_utf8(html ? html : "", html ? capped(ctx, len, o) : 0, o->charset, transport, &utf8) < 0)
        goto done;
    if (utf8.ptr)
        cap_tags(ctx, &utf8);
    replace_bad_refs(&utf8);
    doc = html_parse_utf8(utf8.ptr ? utf8.ptr : "", utf8.len);
    if (!doc)
        goto done;
    if (html_meta(doc, o->url, a) < 0 || html_content(doc, o->whole_page, a->title, &text) < 0)
        goto done;
    a->text = text.ptr ? cbuf_detach(&text) : strdup("");
    if (!a->text || clean_fields(a) < 0)
        goto done;
    *out = a;
    a = NULL;
    rc = 0;
done:
    if (doc)
        xmlFreeDoc(doc);
    cbuf_free(&utf8);
    cbuf_free(&text);
    chorus_article_free(a);
    return rc ? chorus_error_nomem(ctx) : 0;
}

int chorus_extract_html(chorus_ctx *ctx, const char *html, size_t len,
                        const chorus_extract_opts *opts, chorus_article **out)
{
    return html_extract(ctx, html, len, opts, NULL, out);
}

/* Media types that can hold an article: HTML, XHTML, XML and plain text
 * (or none given). Anything else, an image or a PDF, is not a page. */
static int page_type(const char *media)
{
    static const char *const ok[] = {"text/", "application/xhtml+xml", "application/xml"};
    if (!*media)
        return 1;
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (strncmp(media, ok[i], strlen(ok[i])) == 0)
            return 1;
    return 0;
}

int chorus_extract_url(chorus_ctx *ctx, const char *url, const chorus_fetch_opts *fopts,
                       const chorus_extract_opts *eopts, chorus_article **out)
{
    char *body = NULL, *final = NULL;
    size_t len = 0;
    fetch_type type;
    *out = NULL;
    int rc = chorus_fetch_typed(ctx, url, fopts, &body, &len, &final, &type);
    if (rc == 0 && !page_type(type.media))
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s: not a web page (Content-Type %s)", url, type.media);
    if (rc == 0) {
        chorus_extract_opts o = CHORUS_EXTRACT_OPTS_INIT;
        if (eopts)
            o = *eopts;
        o.url = final ? final : url;
        int named = chorus_warn_name(ctx, url); /* a page cut at its size limit is named */
        rc = html_extract(ctx, body, len, &o, type.charset, out);
        if (named)
            chorus_warn_where(ctx, NULL);
        if (rc == CHORUS_EINPUT) /* the message above does not name the page */
            chorus_error_prefix(ctx, rc, url);
    }
    free(body);
    free(final);
    return rc;
}
