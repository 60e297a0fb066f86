/* Article formats: plain text with a header block, DUC/TREC SGML, Multi-News. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "ingest.h"
#include "util/buf.h"
#include "util/date.h"

static int starts_with_ci(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && strncasecmp(s, p, k) == 0;
}

static const char *find_mem(const char *h, size_t hn, const char *needle)
{
    size_t nn = strlen(needle);
    for (size_t i = 0; nn <= hn && i <= hn - nn; i++) {
        const char *c = memchr(h + i, needle[0], hn - nn - i + 1);
        if (!c)
            return NULL;
        i = (size_t)(c - h);
        if (memcmp(c, needle, nn) == 0)
            return c;
    }
    return NULL;
}

static const char *find_ci(const char *h, size_t hn, const char *needle)
{
    size_t nn = strlen(needle);
    for (size_t i = 0; i + nn <= hn; i++)
        if (h[i] == '<' && strncasecmp(h + i, needle, nn) == 0)
            return h + i;
    return NULL;
}

chorus_input_kind chorus_ingest_sniff(const char *name, const char *buf, size_t len)
{
    size_t nl = name ? strlen(name) : 0;
    if (nl > 5 && strcasecmp(name + nl - 5, ".html") == 0)
        return CHORUS_INPUT_HTML;
    if (nl > 4 && strcasecmp(name + nl - 4, ".htm") == 0)
        return CHORUS_INPUT_HTML;
    if (nl > 6 && strcasecmp(name + nl - 6, ".jsonl") == 0)
        return CHORUS_INPUT_JSONL;
    if (memchr(buf, 0, len)) /* binary: read whole, to be refused in one line */
        return CHORUS_INPUT_TEXT;
    size_t i = 0;
    while (i < len && isspace((unsigned char)buf[i]))
        i++;
    const char *p = buf + i;
    size_t n = len - i;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3, n -= 3; /* a UTF-8 byte-order mark */
    if (starts_with_ci(p, n, "<!doctype html") || starts_with_ci(p, n, "<html") ||
        starts_with_ci(p, n, "<head") || starts_with_ci(p, n, "<body") ||
        ((starts_with_ci(p, n, "<!--") || starts_with_ci(p, n, "<?xml")) &&
         find_ci(p, n < 4096 ? n : 4096, "<html")))
        return CHORUS_INPUT_HTML;
    if (starts_with_ci(p, n, "<DOC>") || starts_with_ci(p, n, "<DOC "))
        return CHORUS_INPUT_SGML;
    /* JSON first: an article quoted in a JSONL line may contain "|||||". */
    if (n && *p == '{')
        return CHORUS_INPUT_JSONL;
    if (n && *p == '[') { /* a JSON list of stories, not "[Updated] ..." */
        size_t j = 1;
        while (j < n && isspace((unsigned char)p[j]))
            j++;
        if (j < n && (p[j] == '{' || p[j] == ']'))
            return CHORUS_INPUT_JSONL;
    }
    if (find_mem(buf, len < 65536 ? len : 65536, "|||||"))
        return CHORUS_INPUT_MULTINEWS;
    return CHORUS_INPUT_TEXT;
}

/* ---- plain text with an optional header block ---- */

static const char *const header_keys[] = {"title", "source", "date", "url", "author", NULL};

/* Returns the index of the header key a line starts with, or -1. */
static int header_key(const char *line, size_t n, size_t *vstart)
{
    for (int k = 0; header_keys[k]; k++) {
        size_t kl = strlen(header_keys[k]);
        if (n > kl && strncasecmp(line, header_keys[k], kl) == 0 && line[kl] == ':') {
            size_t v = kl + 1;
            while (v < n && (line[v] == ' ' || line[v] == '\t'))
                v++;
            *vstart = v;
            return k;
        }
    }
    return -1;
}

/* Parses "Key: value" lines up to a blank line. Returns the body offset, or
 * 0 when the text does not start with a header block. */
static size_t parse_header(const char *buf, size_t len, char *fields[5])
{
    size_t i = 0;
    int seen = 0;
    while (i < len) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - buf) : len;
        size_t n = e - i, v;
        while (n > 0 && buf[i + n - 1] == '\r')
            n--;
        if (n == 0)
            return seen ? (nl ? e + 1 : len) : 0;
        int k = header_key(buf + i, n, &v);
        if (k < 0)
            return 0;
        free(fields[k]);
        fields[k] = strndup(buf + i + v, n - v);
        seen = 1;
        i = nl ? e + 1 : len;
    }
    return seen ? len : 0;
}

static int add_text(chorus_ctx *ctx, chorus_story *story, const char *id, const char *buf, size_t len)
{
    char *f[5] = {NULL, NULL, NULL, NULL, NULL};
    size_t body = parse_header(buf, len, f);
    if (body == 0)
        for (int k = 0; k < 5; k++) {
            free(f[k]);
            f[k] = NULL;
        }
    chorus_doc d = {id, f[1], f[2], f[0], f[3], buf + body, len - body, f[4]};
    int rc = chorus_story_add_doc(story, ctx, &d);
    for (int k = 0; k < 5; k++)
        free(f[k]);
    return rc;
}

/* ---- DUC/TREC SGML ---- */

/* A numeric character reference ("&#8217;", "&#x2019;") at s, written as
 * UTF-8; 0 when s holds none. */
static int numeric_entity(const char *s, size_t n, cbuf *out, size_t *used)
{
    size_t i = 2;
    int hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
    unsigned long cp = 0;
    for (i += (size_t)hex; i < n && i < 12 && isxdigit((unsigned char)s[i]); i++) {
        if (!hex && !isdigit((unsigned char)s[i]))
            break;
        cp = cp * (hex ? 16 : 10) + (unsigned long)(isdigit((unsigned char)s[i]) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
    }
    if (n < 4 || s[1] != '#' || i >= n || s[i] != ';' || i == 2 + (size_t)hex || cp == 0 || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    char u[4];
    size_t k = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (size_t j = k - 1; j > 0; j--, cp >>= 6)
        u[j] = (char)(0x80 | (cp & 0x3F));
    u[0] = (char)(k == 1 ? cp : (lead[k] | cp));
    *used = i + 1;
    return cbuf_put(out, u, k) < 0 ? -1 : 1;
}

/* LDC newswire's typesetting codes ("&UR;", "&QL;", "&Cx1f;") say nothing;
 * "&MD;" is an em dash and "&HT;" a tab. */
static const char *ldc_code(const char *s, size_t n, size_t *used)
{
    static const char *const silent[] = {"&UR;", "&LR;", "&QL;", "&QC;", "&QR;", "&TF;", "&UG;", NULL};
    for (size_t i = 0; silent[i]; i++)
        if (n >= 4 && !memcmp(s, silent[i], 4))
            return *used = 4, "";
    if (n >= 4 && !memcmp(s, "&MD;", 4))
        return *used = 4, "\xe2\x80\x94";
    if (n >= 4 && !memcmp(s, "&HT;", 4))
        return *used = 4, " ";
    if (n >= 6 && !memcmp(s, "&Cx", 3) && isxdigit((unsigned char)s[3]) && isxdigit((unsigned char)s[4]) && s[5] == ';')
        return *used = 6, "";
    return NULL;
}

static int decode_entity(const char *s, size_t n, cbuf *out, size_t *used)
{
    static const struct {
        const char *name, *text;
    } ents[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
                {"&AMP;", "&"}, {"&LT;", "<"}, {"&GT;", ">"}, {"&nbsp;", " "}};
    for (size_t i = 0; i < sizeof ents / sizeof ents[0]; i++) {
        size_t k = strlen(ents[i].name);
        if (n >= k && memcmp(s, ents[i].name, k) == 0) {
            *used = k;
            return cbuf_puts(out, ents[i].text);
        }
    }
    const char *code = ldc_code(s, n, used);
    if (code)
        return cbuf_puts(out, code);
    int num = numeric_entity(s, n, out, used);
    if (num != 0)
        return num < 0 ? -1 : 0;
    *used = 1;
    return cbuf_putc(out, '&');
}

/* Appends an element's content with tags removed; <P> starts a paragraph. */
static int sgml_text(const char *s, size_t n, cbuf *out)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] == '<') {
            const char *gt = memchr(s + i, '>', n - i);
            size_t e = gt ? (size_t)(gt - s) + 1 : n;
            if (starts_with_ci(s + i, e - i, "<p>") || starts_with_ci(s + i, e - i, "<p "))
                if (cbuf_puts(out, "\n\n") < 0)
                    return -1;
            i = e;
        } else if (s[i] == '&') {
            size_t used;
            if (decode_entity(s + i, n - i, out, &used) < 0)
                return -1;
            i += used;
        } else {
            if (cbuf_putc(out, s[i]) < 0)
                return -1;
            i++;
        }
    }
    return 0;
}

/* Finds <tag>...</tag> within [s, s+n); returns its content bounds. */
static int sgml_elem(const char *s, size_t n, const char *tag, const char **c, size_t *cn)
{
    char open[32], close[32];
    snprintf(open, sizeof open, "<%s", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *o = find_ci(s, n, open);
    if (!o)
        return 0;
    const char *gt = memchr(o, '>', n - (size_t)(o - s));
    if (!gt)
        return 0;
    const char *body = gt + 1;
    const char *e = find_ci(body, n - (size_t)(body - s), close);
    *c = body;
    *cn = e ? (size_t)(e - body) : n - (size_t)(body - s);
    return 1;
}

/* Text of the first of the tags present, trimmed, as a new string. */
static char *sgml_field(const char *s, size_t n, const char *const *tags)
{
    const char *c;
    size_t cn;
    for (; *tags; tags++) {
        if (!sgml_elem(s, n, *tags, &c, &cn))
            continue;
        cbuf b = CBUF_INIT;
        if (sgml_text(c, cn, &b) < 0) {
            cbuf_free(&b);
            return NULL;
        }
        char *r = cbuf_detach(&b);
        return r;
    }
    return NULL;
}

/* The outlet is the letter prefix of a DUC DOCNO (APW19981016.0240 -> APW). */
static char *docno_source(const char *docno)
{
    if (!docno)
        return NULL;
    const char *p = docno;
    while (*p == ' ' || *p == '\n')
        p++;
    size_t k = 0;
    while (isalpha((unsigned char)p[k]))
        k++;
    return k ? strndup(p, k) : NULL;
}

/* 1 when y-m-d is a plausible publication date; writes it as ISO. */
static int iso_date(int y, int m, int d, char out[11])
{
    if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 1;
}

static int digits(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)p[i]))
            return 0;
    return 1;
}

static int num(const char *p, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (p[i] - '0');
    return v;
}

/* The date a DUC/TREC document id holds ("APW19981016.0240",
 * "NYT19981016.0280"; "AP880911-0016" and "WSJ870227-0001" have two-digit
 * years, "LA010189-0001" is month, day, year), written to iso. 1 when it
 * holds one, else 0. */
int chorus_ingest_docno_date(const char *docno, char iso[11])
{
    if (!docno)
        return 0;
    const char *p = docno + strspn(docno, " \t\n"), *q = p;
    while (isalpha((unsigned char)*q))
        q++;
    size_t k = (size_t)(q - p);
    if (k >= 2 && k <= 4 && digits(q, 8) && !isdigit((unsigned char)q[8]) &&
        iso_date(num(q, 4), num(q + 4, 2), num(q + 6, 2), iso))
        return 1;
    if (!digits(q, 6) || isdigit((unsigned char)q[6]))
        return 0;
    if ((k == 2 && !memcmp(p, "AP", 2)) || (k == 3 && !memcmp(p, "WSJ", 3)))
        return iso_date(1900 + num(q, 2), num(q + 2, 2), num(q + 4, 2), iso);
    return k == 2 && !memcmp(p, "LA", 2) && iso_date(1900 + num(q + 4, 2), num(q, 2), num(q + 2, 2), iso);
}

/* The date of a DUC/TREC document as ISO: from its date field when that
 * holds one ("MM/DD/YYYY", TDT's DATE_TIME, or ISO), else from the
 * DOCNO (DUC 2004's articles have no date field). Otherwise the field as
 * given, or NULL. Caller frees. */
static char *sgml_date(const char *field, const char *docno)
{
    char iso[11];
    const char *f = field ? field + strspn(field, " \t\n") : "";
    if (digits(f, 4) && f[4] == '-')
        return strdup(f);
    if ((*f && cdate_norm(f, iso) == 0) || chorus_ingest_docno_date(docno, iso))
        return strdup(iso);
    return *f ? strdup(f) : NULL;
}

static int add_sgml_doc(chorus_ctx *ctx, chorus_story *story, const char *s, size_t n)
{
    static const char *const t_docno[] = {"DOCNO", NULL};
    static const char *const t_title[] = {"HEADLINE", "HEAD", "TITLE", "HL", NULL};
    static const char *const t_date[] = {"DATE_TIME", "DATE", "DD", NULL};
    static const char *const t_text[] = {"TEXT", "LP", NULL};
    char *docno = sgml_field(s, n, t_docno), *title = sgml_field(s, n, t_title);
    char *given = sgml_field(s, n, t_date), *text = sgml_field(s, n, t_text);
    char *date = sgml_date(given, docno);
    free(given);
    char *src = docno_source(docno);
    char *id = docno ? strndup(docno + strspn(docno, " \n\t"), strcspn(docno + strspn(docno, " \n\t"), " \n\t")) : NULL;
    chorus_doc d = {id, src, date, title, NULL, text ? text : "", text ? strlen(text) : 0, NULL};
    int rc = chorus_story_add_doc(story, ctx, &d);
    free(docno);
    free(title);
    free(date);
    free(text);
    free(src);
    free(id);
    return rc;
}

static int add_sgml(chorus_ctx *ctx, chorus_story *story, const char *name, const char *buf, size_t len)
{
    size_t i = 0, found = 0;
    while (i < len) {
        const char *o = find_ci(buf + i, len - i, "<DOC>");
        if (!o)
            break;
        const char *e = find_ci(o, len - (size_t)(o - buf), "</DOC>");
        size_t n = e ? (size_t)(e - o) : len - (size_t)(o - buf);
        int rc = add_sgml_doc(ctx, story, o, n);
        if (rc < 0)
            return rc;
        found++;
        i = (size_t)(o - buf) + n + (e ? 6 : 0);
    }
    if (!found)
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s: no <DOC> element found", name);
    return 0;
}

/* ---- Multi-News ---- */

/* Appends text with each NEWLINE_CHAR marker turned back into a newline.
 * The marker stands between spaces: "a. NEWLINE_CHAR NEWLINE_CHAR b". */
static int unmark_newlines(cbuf *b, const char *t, size_t n)
{
    static const char mark[] = "NEWLINE_CHAR";
    const size_t mlen = sizeof mark - 1;
    size_t k = 0;
    while (k < n) {
        const char *m = find_mem(t + k, n - k, mark);
        size_t run = m ? (size_t)(m - (t + k)) : n - k;
        if (cbuf_put(b, t + k, run) < 0)
            return -1;
        if (!m)
            break;
        while (b->len && b->ptr[b->len - 1] == ' ')
            b->len--;
        if (cbuf_putc(b, '\n') < 0)
            return -1;
        k += run + mlen;
        while (k < n && t[k] == ' ')
            k++;
    }
    return 0;
}

int chorus_ingest_multinews_line(chorus_ctx *ctx, chorus_story *story, const char *line, size_t len)
{
    size_t i = 0, ndoc = 0;
    cbuf b = CBUF_INIT;
    int rc = 0;
    while (i <= len && rc == 0) {
        const char *sep = find_mem(line + i, len - i, "|||||");
        size_t e = sep ? (size_t)(sep - line) : len;
        cbuf_clear(&b);
        rc |= unmark_newlines(&b, line + i, e - i);
        size_t j = 0;
        while (j < b.len && isspace((unsigned char)b.ptr[j]))
            j++;
        while (b.len > j && isspace((unsigned char)b.ptr[b.len - 1]))
            b.len--;
        if (rc == 0 && j < b.len) {
            char id[32];
            snprintf(id, sizeof id, "doc%zu", ++ndoc);
            chorus_doc d = {id, NULL, NULL, NULL, NULL, b.ptr + j, b.len - j, NULL};
            rc = chorus_story_add_doc(story, ctx, &d);
        }
        i = e + 5;
    }
    cbuf_free(&b);
    return rc < 0 ? chorus_error_nomem(ctx) : 0;
}

int chorus_ingest_buffer(chorus_ctx *ctx, chorus_story *story, const char *name, const char *id,
                         const char *buf, size_t len, chorus_input_kind kind)
{
    if (kind == CHORUS_INPUT_AUTO)
        kind = chorus_ingest_sniff(name, buf, len);
    /* A UTF-8 byte-order mark would hide a header block ("Title: ...");
     * a web page keeps it, as it names the page's charset. */
    if (kind != CHORUS_INPUT_HTML && len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        buf += 3, len -= 3;
    switch (kind) {
    case CHORUS_INPUT_SGML:
        return add_sgml(ctx, story, name, buf, len);
    case CHORUS_INPUT_MULTINEWS:
        return chorus_ingest_multinews_line(ctx, story, buf, len);
    case CHORUS_INPUT_HTML: {
        chorus_doc given = {id, NULL, NULL, NULL, NULL, NULL, 0, NULL};
        return chorus_ingest_html(ctx, story, name, &given, buf, len);
    }
    default:
        return add_text(ctx, story, id, buf, len);
    }
}

/* ---- web pages ---- */

static const char *nonempty(const char *given, const char *found)
{
    return given && *given ? given : found;
}

int chorus_ingest_html(chorus_ctx *ctx, chorus_story *story, const char *name, const chorus_doc *given,
                       const char *html, size_t len)
{
    chorus_extract_opts eo = CHORUS_EXTRACT_OPTS_INIT;
    chorus_article *a = NULL;
    eo.url = given->url && *given->url ? given->url : NULL;
    int named = chorus_warn_name(ctx, name); /* a page cut at its size limit is named */
    int rc = chorus_extract_html(ctx, html, len, &eo, &a);
    if (named)
        chorus_warn_where(ctx, NULL);
    if (rc == CHORUS_EINPUT) /* binary data: name the page */
        return chorus_error_prefix(ctx, rc, name);
    if (rc < 0)
        return rc;
    rc = chorus_ingest_article(ctx, story, name, given, a);
    chorus_article_free(a);
    return rc;
}

int chorus_ingest_article(chorus_ctx *ctx, chorus_story *story, const char *name, const chorus_doc *given,
                          const chorus_article *a)
{
    const char *text = chorus_article_text(a);
    if (!*text) {
        chorus_warn(ctx, "%s: no article text found in the page, skipped", name);
        return 0;
    }
    /* What the caller states (a JSONL line's fields) beats what the page says. */
    chorus_doc d = {given->id, nonempty(given->source, chorus_article_source(a)),
                    nonempty(given->date, chorus_article_date(a)),
                    nonempty(given->title, chorus_article_title(a)),
                    nonempty(given->url, chorus_article_url(a)), text, strlen(text),
                    nonempty(given->author, chorus_article_author(a))};
    return chorus_story_add_doc(story, ctx, &d);
}
