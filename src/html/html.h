/* HTML extraction internals: charset, parsing, metadata, main content. */
#ifndef CHORUS_HTML_H
#define CHORUS_HTML_H
#include <libxml/HTMLparser.h>
#include <stddef.h>

#include "chorus.h"
#include "util/buf.h"

struct chorus_article {
    char *title, *date, *author, *source, *url, *lang, *text;
};

/* Converts page bytes to valid UTF-8 in *out: charset from the BOM, the
 * server's Content-Type (transport, may be NULL), a meta declaration or a
 * guess, in that order; a declaration the bytes contradict is ignored.
 * forced (may be NULL) overrides detection. Returns 0 or -1 (no memory). */
int html_to_utf8(const char *buf, size_t len, const char *forced, const char *transport, cbuf *out);

/* 1 when iconv can decode the named character set. */
int html_charset_known(const char *name);

/* Extraction with the charset the server declared (NULL: none). */
int html_extract(chorus_ctx *ctx, const char *html, size_t len, const chorus_extract_opts *o,
                 const char *transport, chorus_article **out);

/* Parses UTF-8 HTML with libxml2 (no network, errors silenced). NULL when
 * libxml2 gives up (out of memory). Caller frees with xmlFreeDoc. */
htmlDocPtr html_parse_utf8(const char *utf8, size_t len);

/* Fills the metadata fields of a (title, date, author, source, url, lang)
 * from JSON-LD, OpenGraph, meta tags and visible hints. page_url may be
 * NULL. Returns 0 or -1 (no memory). */
int html_meta(htmlDocPtr doc, const char *page_url, struct chorus_article *a);

/* Appends the main article text of doc to out (paragraphs separated by
 * blank lines); whole_page appends all visible text instead. title (may be
 * NULL) is left out when a heading repeats it. Returns 0 or -1. */
int html_content(htmlDocPtr doc, int whole_page, const char *title, cbuf *out);


/* Tag helpers shared by the walkers. */
int html_tag_is(const xmlNode *n, const char *name);
/* Attribute value or NULL; caller frees with xmlFree. */
char *html_attr(const xmlNode *n, const char *name);

#endif
