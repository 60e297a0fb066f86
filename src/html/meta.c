/* Article metadata, in order of trust: JSON-LD (NewsArticle and kin),
 * OpenGraph, other meta tags, then what the page shows (title, h1, time,
 * byline). The outlet is the site name, else the domain. */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html/html.h"
#include "util/date.h"

enum { M_TITLE, M_DATE, M_AUTHOR, M_SOURCE, M_URL, M_LANG, M_N, M_OGTITLE = M_N, M_H1, M_ALL };
enum { P_JSONLD = 1, P_OG, P_META, P_VISIBLE, P_NONE };

typedef struct meta {
    char *v[M_ALL];
    int prio[M_ALL];
    int in_title; /* the <title> text was seen */
    int reads;    /* element texts read for visible hints */
} meta;

static size_t put_utf8(char *o, unsigned long c)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Decodes the character reference at s ("&#8216;", "&amp;"...) into o;
 * returns the bytes of s consumed (0: not a reference) and sets *w. JSON-LD
 * and some meta tags carry references that the HTML parser never sees. */
static size_t entity(const char *s, char *o, size_t *w)
{
    static const struct { const char *name; unsigned long c; } named[] = {
        {"amp", '&'}, {"quot", '"'}, {"lt", '<'}, {"gt", '>'}, {"apos", '\''},
        {"nbsp", ' '}, {"#39", '\''}, {NULL, 0}};
    const char *semi = strchr(s, ';');
    if (!semi || semi - s > 10)
        return 0;
    unsigned long c = 0;
    if (s[1] == '#') {
        char *end;
        const char *digits = s + 2 + (s[2] == 'x' || s[2] == 'X');
        c = strtoul(digits, &end, s[2] == 'x' || s[2] == 'X' ? 16 : 10);
        if (end != semi || end == digits || *digits == '-' || *digits == '+' || isspace((unsigned char)*digits))
            return 0;
        if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) /* no character: U+FFFD, as HTML reads it */
            c = 0xFFFD;
    } else {
        int k = 0;
        while (named[k].name && !(strncmp(s + 1, named[k].name, strlen(named[k].name)) == 0 &&
                                  s + 1 + strlen(named[k].name) == semi))
            k++;
        if (!named[k].name)
            return 0;
        c = named[k].c;
    }
    *w = put_utf8(o, c);
    return (size_t)(semi - s) + 1;
}

/* Trimmed, white space collapsed copy of s (n bytes); NULL if empty. */
static char *clean(const char *s, size_t n)
{
    char *o = malloc(n + 4);
    size_t k = 0, w = 0, used;
    int sp = 0;
    if (!o)
        return NULL;
    for (size_t i = 0; i < n && s[i]; i++) {
        char tmp[4];
        if (s[i] == '&' && (used = entity(s + i, tmp, &w)) > 0 && w <= used) {
            if (sp)
                o[k++] = ' ';
            sp = 0;
            memcpy(o + k, tmp, w);
            k += w;
            i += used - 1;
            continue;
        }
        if (isspace((unsigned char)s[i])) {
            sp = k > 0;
            continue;
        }
        if (sp)
            o[k++] = ' ';
        sp = 0;
        o[k++] = s[i];
    }
    o[k] = 0;
    if (!k) {
        free(o);
        return NULL;
    }
    return o;
}

/* Offers a value for field f at priority p; the most trusted one wins. */
static int offer(meta *m, int f, int p, const char *s)
{
    if (!s || (m->v[f] && m->prio[f] <= p))
        return 0;
    if (f == M_DATE) {
        char d[11];
        if (cdate_norm(s, d) < 0)
            return 0;
        s = d;
        char *c = strdup(d);
        if (!c)
            return -1;
        free(m->v[f]);
        m->v[f] = c;
        m->prio[f] = p;
        return 0;
    }
    if (f == M_AUTHOR && (strncmp(s, "http", 4) == 0 || strlen(s) > 120))
        return 0; /* a profile link or a paragraph, not a name */
    char *c = clean(s, strlen(s));
    if (!c)
        return 0;
    free(m->v[f]);
    m->v[f] = c;
    m->prio[f] = p;
    return 0;
}

static int type_is_article(json_t *t)
{
    if (json_is_array(t)) {
        size_t i;
        json_t *x;
        json_array_foreach(t, i, x) if (type_is_article(x)) return 1;
        return 0;
    }
    const char *s = json_string_value(t);
    return s && (strstr(s, "Article") || strcmp(s, "BlogPosting") == 0 ||
                 strcmp(s, "Report") == 0 || strcmp(s, "LiveBlogPosting") == 0);
}

/* The name of a person/organisation given as a string, an object or an
 * array of them; appended to *names comma-separated. */
static int ld_names(json_t *v, cbuf *names)
{
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) if (ld_names(x, names) < 0) return -1;
        return 0;
    }
    const char *s = json_is_object(v) ? json_string_value(json_object_get(v, "name"))
                                      : json_string_value(v);
    if (!s || !*s || strncmp(s, "http", 4) == 0)
        return 0;
    if (names->len && cbuf_puts(names, ", ") < 0)
        return -1;
    return cbuf_puts(names, s);
}

static int ld_article(meta *m, json_t *o)
{
    cbuf names = CBUF_INIT;
    int rc = offer(m, M_TITLE, P_JSONLD, json_string_value(json_object_get(o, "headline")));
    if (rc == 0)
        rc = offer(m, M_DATE, P_JSONLD, json_string_value(json_object_get(o, "datePublished")));
    if (rc == 0)
        rc = offer(m, M_DATE, P_JSONLD, json_string_value(json_object_get(o, "dateCreated")));
    json_t *pub = json_object_get(o, "publisher");
    if (rc == 0 && json_is_object(pub))
        rc = offer(m, M_SOURCE, P_META, json_string_value(json_object_get(pub, "name")));
    if (rc == 0 && ld_names(json_object_get(o, "author"), &names) < 0)
        rc = -1;
    if (rc == 0 && names.len)
        rc = offer(m, M_AUTHOR, P_JSONLD, names.ptr);
    cbuf_free(&names);
    return rc;
}

/* Looks for article objects in a JSON-LD value (arrays, @graph). */
static int ld_walk(meta *m, json_t *v, int depth)
{
    if (depth > 6)
        return 0;
    size_t i;
    json_t *x;
    if (json_is_array(v)) {
        json_array_foreach(v, i, x) if (ld_walk(m, x, depth + 1) < 0) return -1;
        return 0;
    }
    if (!json_is_object(v))
        return 0;
    if (type_is_article(json_object_get(v, "@type")) && ld_article(m, v) < 0)
        return -1;
    json_t *g = json_object_get(v, "@graph");
    return g ? ld_walk(m, g, depth + 1) : 0;
}

static int on_jsonld(meta *m, xmlNode *n)
{
    char *txt = (char *)xmlNodeGetContent(n);
    if (!txt)
        return 0;
    json_t *j = json_loads(txt, JSON_DISABLE_EOF_CHECK, NULL);
    xmlFree(txt);
    if (!j)
        return 0; /* broken JSON-LD is common; the other sources remain */
    int rc = ld_walk(m, j, 0);
    json_decref(j);
    return rc;
}

static const struct { const char *key; int field, prio; } meta_keys[] = {
    {"og:title", M_TITLE, P_OG}, {"twitter:title", M_TITLE, P_META},
    {"og:title", M_OGTITLE, P_OG}, {"twitter:title", M_OGTITLE, P_META},
    {"article:published", M_DATE, P_OG},
    {"og:site_name", M_SOURCE, P_OG}, {"og:url", M_URL, P_OG},
    {"article:published_time", M_DATE, P_OG}, {"og:article:published_time", M_DATE, P_OG},
    {"datepublished", M_DATE, P_META}, {"article:author", M_AUTHOR, P_OG},
    {"author", M_AUTHOR, P_META}, {"dc.creator", M_AUTHOR, P_META},
    {"byl", M_AUTHOR, P_META}, {"date", M_DATE, P_META}, {"pubdate", M_DATE, P_META},
    {"publishdate", M_DATE, P_META}, {"publish-date", M_DATE, P_META},
    {"publish_date", M_DATE, P_META}, {"dc.date", M_DATE, P_META},
    {"dc.date.issued", M_DATE, P_META}, {"dcterms.created", M_DATE, P_META},
    {"sailthru.date", M_DATE, P_META}, {"parsely-pub-date", M_DATE, P_META},
    {"article.published", M_DATE, P_META}, {"og:locale", M_LANG, P_META},
    {"application-name", M_SOURCE, P_VISIBLE}, {NULL, 0, 0}};

/* 1 when the space-separated list s holds word (case-insensitive). */
static int has_token(const char *s, const char *word)
{
    size_t n = strlen(word);
    while (*s) {
        while (*s == ' ')
            s++;
        size_t k = strcspn(s, " ");
        if (k == n && strncasecmp(s, word, n) == 0)
            return 1;
        s += k;
    }
    return 0;
}

static int on_meta(meta *m, xmlNode *n)
{
    static const char *const attrs[] = {"property", "name", "itemprop", NULL};
    char *content = html_attr(n, "content");
    int rc = 0;
    if (!content)
        content = html_attr(n, "datetime");
    for (int a = 0; attrs[a] && content && rc == 0; a++) {
        char *key = html_attr(n, attrs[a]);
        if (!key)
            continue;
        for (int k = 0; meta_keys[k].key && rc == 0; k++)
            if (has_token(key, meta_keys[k].key))
                rc = offer(m, meta_keys[k].field, meta_keys[k].prio, content);
        xmlFree(key);
    }
    xmlFree(content);
    return rc;
}

/* <title> without a trailing " | Site" or " - Site". */
static int on_title(meta *m, xmlNode *n)
{
    char *t = (char *)xmlNodeGetContent(n);
    if (!t)
        return 0;
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xC2\xBB ", NULL};
    for (int i = 0; seps[i]; i++) {
        char *s = strstr(t, seps[i]), *last = NULL;
        for (; s; s = strstr(s + 1, seps[i]))
            last = s;
        /* Cut only when the head is the longer part: the site name is short. */
        if (last && (size_t)(last - t) > strlen(last))
            *last = 0;
    }
    int rc = offer(m, M_TITLE, P_VISIBLE, t);
    xmlFree(t);
    m->in_title = 1;
    return rc;
}

static int has_class_word(xmlNode *n, const char *w)
{
    char *c = html_attr(n, "class");
    int r = 0;
    if (c) {
        for (char *p = c; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        r = strstr(c, w) != NULL;
    }
    xmlFree(c);
    return r;
}

/* Dates, headline and byline as the page shows them. Each text is read at
 * most a few times (MAX_READS): nested "publish" or "byline" elements must
 * not make the walk quadratic. */
#define MAX_READS 16

static char *read_text(meta *m, xmlNode *n)
{
    if (m->reads >= MAX_READS)
        return NULL;
    m->reads++;
    return (char *)xmlNodeGetContent(n);
}

static int on_visible(meta *m, xmlNode *n, const char *t)
{
    int rc = 0, ip = 0, is_time = strcasecmp(t, "time") == 0;
    char *prop = html_attr(n, "itemprop");
    ip = prop && has_token(prop, "datePublished");
    xmlFree(prop);
    if (!ip && !is_time && !m->v[M_DATE] && has_class_word(n, "publish")) {
        char *d = read_text(m, n); /* a visible "Published ..." line */
        rc = d && strlen(d) < 100 ? offer(m, M_DATE, P_NONE, d) : 0;
        xmlFree(d);
        return rc;
    }
    if ((ip && (!m->v[M_DATE] || m->prio[M_DATE] > P_META)) ||
        (is_time && (!m->v[M_DATE] || m->prio[M_DATE] > P_VISIBLE))) {
        char *d = html_attr(n, "datetime");
        if (!d)
            d = html_attr(n, "content");
        if (!d)
            d = read_text(m, n);
        rc = offer(m, M_DATE, ip ? P_META : P_VISIBLE, d);
        xmlFree(d);
        return rc;
    }
    int h1 = strcasecmp(t, "h1") == 0 && !m->v[M_H1];
    if (h1 || (!m->v[M_AUTHOR] && has_class_word(n, "byline"))) {
        char *s = read_text(m, n);
        const char *v = s;
        while (v && !h1 && (isspace((unsigned char)*v) || strncasecmp(v, "by ", 3) == 0))
            v += isspace((unsigned char)*v) ? 1 : 3;
        rc = offer(m, h1 ? M_TITLE : M_AUTHOR, h1 ? P_NONE : P_VISIBLE, v);
        if (rc == 0 && h1)
            rc = offer(m, M_H1, P_VISIBLE, v ? v : "");
        xmlFree(s);
    }
    return rc;
}

static int on_element(meta *m, xmlNode *n)
{
    const char *t = (const char *)n->name;
    int rc = 0;
    if (strcasecmp(t, "meta") == 0)
        return on_meta(m, n);
    if (strcasecmp(t, "title") == 0 && !m->in_title)
        return on_title(m, n);
    if (strcasecmp(t, "script") == 0) {
        char *ty = html_attr(n, "type");
        if (ty && strcasecmp(ty, "application/ld+json") == 0)
            rc = on_jsonld(m, n);
        xmlFree(ty);
        return rc;
    }
    if (strcasecmp(t, "html") == 0 || strcasecmp(t, "link") == 0) {
        int html = t[0] == 'h' || t[0] == 'H';
        char *v = html_attr(n, html ? "lang" : "rel");
        char *href = !html && v && strcasecmp(v, "canonical") == 0 ? html_attr(n, "href") : NULL;
        rc = html ? offer(m, M_LANG, P_OG, v) : offer(m, M_URL, P_META, href);
        xmlFree(v);
        xmlFree(href);
        return rc;
    }
    return on_visible(m, n, t);
}

/* Domain of an http(s) URL without "www."; NULL if none. */
static char *domain_of(const char *url)
{
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return NULL;
    p += 3;
    if (strncasecmp(p, "www.", 4) == 0)
        p += 4;
    size_t n = strcspn(p, "/:?#");
    return n ? strndup(p, n) : NULL;
}

/* Lower-case letters and digits of s (other ASCII dropped; UTF-8 kept). */
static char *squash(const char *s)
{
    char *o = malloc(strlen(s) + 1), *p = o;
    for (; o && *s; s++) {
        const unsigned char *u = (const unsigned char *)s;
        if (u[0] == 0xE2 && u[1] == 0x80 && u[2]) { /* curly quotes, dashes, ellipsis */
            s += 2;
            continue;
        }
        if (u[0] == 0xC2 && u[1] == 0xA0) { /* no-break space */
            s++;
            continue;
        }
        if (isalnum(u[0]) || u[0] >= 0x80)
            *p++ = (char)tolower(u[0]);
    }
    if (o)
        *p = 0;
    return o;
}

/* The headline: the first h1 when another source confirms it (og:title
 * agrees, or the chosen title is the h1 plus a section or site name);
 * then a trailing " | Site" naming the outlet is cut. */
static int settle_title(meta *m)
{
    char *t = m->v[M_TITLE], *h = m->v[M_H1], *og = m->v[M_OGTITLE];
    char *nt = t ? squash(t) : NULL, *nh = h ? squash(h) : NULL, *no = og ? squash(og) : NULL;
    int rc = 0;
    if ((t && !nt) || (h && !nh) || (og && !no))
        rc = -1;
    else if (nt && nh && *nh && strcmp(nt, nh) != 0 &&
             ((no && strcmp(no, nh) == 0) || (strstr(nt, nh) && strlen(nh) * 2 >= strlen(nt)))) {
        char *c = strdup(h);
        if (!c)
            rc = -1;
        else {
            free(m->v[M_TITLE]);
            m->v[M_TITLE] = t = c;
        }
    }
    free(nt);
    free(nh);
    free(no);
    return rc;
}

/* Cuts " | Site" / " - Site" when Site is the outlet's name or domain. */
static void cut_site(char *title, const char *site, const char *domain)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " : ", NULL};
    char *best = NULL;
    for (int i = 0; seps[i]; i++) {
        char *p = strstr(title, seps[i]);
        for (char *q = p; q; q = strstr(q + 1, seps[i]))
            p = q;
        if (p && p > title && (!best || p > best))
            best = p;
    }
    if (!best)
        return;
    const char *tail = best + strcspn(best + 1, " ") + 2;
    char *nt = squash(tail), *ns = site ? squash(site) : NULL, *nd = domain ? squash(domain) : NULL;
    if (nt && *nt && ((ns && strcmp(nt, ns) == 0) || (nd && strstr(nd, nt))))
        *best = 0;
    free(nt);
    free(ns);
    free(nd);
}

static int finish(meta *m, const char *page_url)
{
    int rc = settle_title(m);
    if (page_url && !m->v[M_URL])
        rc = offer(m, M_URL, P_NONE, page_url);
    if (rc == 0 && !m->v[M_SOURCE]) {
        char *d = domain_of(m->v[M_URL] ? m->v[M_URL] : page_url);
        rc = offer(m, M_SOURCE, P_NONE, d);
        free(d);
    }
    if (m->v[M_TITLE]) {
        char *d = domain_of(m->v[M_URL] ? m->v[M_URL] : page_url);
        cut_site(m->v[M_TITLE], m->v[M_SOURCE], d);
        free(d);
    }
    if (m->v[M_LANG]) { /* "en-US", "en_US" -> "en" */
        char *l = m->v[M_LANG];
        l[strcspn(l, "-_")] = 0;
        for (char *c = l; *c; c++)
            *c = (char)tolower((unsigned char)*c);
    }
    return rc;
}

int html_meta(htmlDocPtr doc, const char *page_url, struct chorus_article *a)
{
    meta m = {0};
    int rc = 0;
    xmlNode *root = xmlDocGetRootElement(doc), *node = root;
    while (node && rc == 0) {
        if (node->type == XML_ELEMENT_NODE)
            rc = on_element(&m, node);
        if (node->type == XML_ELEMENT_NODE && node->children && !html_tag_is(node, "script")) {
            node = node->children;
            continue;
        }
        while (node && node != root && !node->next)
            node = node->parent;
        if (!node || node == root)
            break;
        node = node->next;
    }
    if (rc == 0)
        rc = finish(&m, page_url);
    char **dst[M_N] = {&a->title, &a->date, &a->author, &a->source, &a->url, &a->lang};
    for (int f = M_N; f < M_ALL; f++)
        free(m.v[f]);
    for (int f = 0; f < M_N; f++) {
        *dst[f] = m.v[f] ? m.v[f] : strdup("");
        if (!*dst[f])
            rc = -1;
    }
    return rc < 0 ? -1 : 0;
}

