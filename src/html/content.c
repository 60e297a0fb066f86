/* Main-content detection: a readability-style scoring of paragraph
 * containers, weighted by link density and class/id hints, followed by a
 * conditional clean-up of the chosen subtree. Every walk is iterative (the
 * DOM may be nested 100,000 deep). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html/html.h"
#include "util/vec.h"

/* A paragraph has at least GOOD_MIN non-space characters and few links.
 * The density pick charges JUNK_COST per character of other text; it
 * replaces readability's pick when that holds under SWITCH of the
 * paragraph text the density pick holds. */
#define GOOD_MIN 25.0
#define JUNK_COST 2.0
#define SWITCH 0.3

enum { T_OTHER, T_INLINE, T_BLOCK, T_P, T_HEAD, T_LI, T_LIST, T_TABLE, T_TD, T_PRE, T_DIV, T_BR, T_A };

enum { F_KILL = 1, F_DROP = 2, F_OUT = 4, F_HINT = 8, F_DEAD = 16 };

typedef struct ninfo {
    xmlNode *node;
    int parent;      /* index of the parent element, -1 at the root */
    int pblock;      /* nearest block-level ancestor when entered */
    unsigned char tag, flags;
    int weight;      /* class/id hint weight */
    double self, selflink, selfcommas; /* text directly inside */
    double raw;                     /* subtree text before hints */
    double good;                    /* text of real paragraphs below */
    double own, ownlink, owncommas; /* text whose nearest block is this */
    double text, link, commas;      /* whole subtree */
    unsigned np, nli;               /* paragraphs and list items below */
    double score;
    int scored;
} ninfo;

typedef struct walk {
    VEC(ninfo) n;
    const char *title;
} walk;

static const char *const inline_tags[] = {
    "a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "font", "time",
    "abbr", "cite", "code", "mark", "q", "s", "label", "big", "tt", "var", "kbd", "dfn",
    "ins", "del", "strike", "bdi", "bdo", "wbr", "nobr", "data", "img", "picture", NULL};
static const char *const kill_tags[] = {
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "button", "select", "textarea", "input",
    "option", "title", "video", "audio", "map", "meta", "link", NULL};
/* Baseline: what html-text (the benchmark's whole-page text) drops. */
static const char *const whole_kill_tags[] = {
    "script", "style", "iframe", "frame", "object", "embed", "applet", "meta", "link", NULL};
static const char *const drop_tags[] = {
    "nav", "aside", "footer", "header", "form", "figcaption", "figure", "dialog", "menu",
    NULL};

/* Hints, as readability uses them: substrings of class and id. */
static const char *const unlikely[] = {
    "-ad-", "banner", "breadcrumb", "combx", "comment", "community", "disqus", "extra",
    "foot", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break",
    "agegate", "pagination", "pager", "popup", "share", "newsletter", "subscribe",
    "cookie", "promo", "recirc", "outbrain", "taboola", "caption", "signup", "sharing",
    "most-popular", "trending", "byline", "author-bio", "tags", "toolbar", "masthead",
    "navbar", "nav-", "-nav", "modal", "overlay", "print-only", "sr-only", "visually-hidden",
    "read-more", "readmore", "recommend", NULL};
static const char *const maybe[] = {"and", "article", "body", "column", "content", "main",
                                    "shadow", "story", "post", "entry", "text", NULL};
static const char *const negative[] = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer",
    "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
    "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
    "tool", "widget", "newsletter", "caption", "credit", NULL};
static const char *const positive[] = {"article", "body", "content", "entry", "hentry",
                                       "h-entry", "main", "page", "pagination", "post",
                                       "text", "blog", "story", NULL};

static int in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcasecmp(s, list[i]) == 0)
            return 1;
    return 0;
}

static int has_any(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strstr(s, list[i]))
            return 1;
    return 0;
}

static unsigned char classify_tag(const char *t)
{
    if (strcasecmp(t, "a") == 0)
        return T_A;
    if (strcasecmp(t, "br") == 0)
        return T_BR;
    if (in_list(t, inline_tags))
        return T_INLINE;
    if (strcasecmp(t, "p") == 0)
        return T_P;
    if ((t[0] == 'h' || t[0] == 'H') && t[1] >= '1' && t[1] <= '6' && !t[2])
        return T_HEAD;
    if (strcasecmp(t, "li") == 0 || strcasecmp(t, "dd") == 0 || strcasecmp(t, "dt") == 0)
        return T_LI;
    if (strcasecmp(t, "ul") == 0 || strcasecmp(t, "ol") == 0 || strcasecmp(t, "dl") == 0)
        return T_LIST;
    if (strcasecmp(t, "table") == 0)
        return T_TABLE;
    if (strcasecmp(t, "td") == 0 || strcasecmp(t, "th") == 0)
        return T_TD;
    if (strcasecmp(t, "pre") == 0 || strcasecmp(t, "blockquote") == 0)
        return T_PRE;
    if (strcasecmp(t, "div") == 0 || strcasecmp(t, "section") == 0 ||
        strcasecmp(t, "article") == 0 || strcasecmp(t, "main") == 0)
        return T_DIV;
    return T_BLOCK;
}

static int is_block(unsigned char tag) { return tag != T_INLINE && tag != T_A && tag != T_BR; }

/* Lower-cased "class id" of n into buf (cut at cap). */
static void class_id(const xmlNode *n, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = 0;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        const char *an = (const char *)a->name;
        if (strcasecmp(an, "class") != 0 && strcasecmp(an, "id") != 0)
            continue;
        if (!a->children || !a->children->content)
            continue;
        for (const char *s = (const char *)a->children->content; *s && len + 2 < cap; s++)
            buf[len++] = (char)tolower((unsigned char)*s);
        buf[len++] = ' ';
        buf[len] = 0;
    }
}

static int is_hidden(const xmlNode *n)
{
    int hidden = 0;
    for (const xmlAttr *a = n->properties; a && !hidden; a = a->next) {
        const char *an = (const char *)a->name;
        const char *v = a->children && a->children->content ? (const char *)a->children->content : "";
        if (strcasecmp(an, "hidden") == 0)
            hidden = 1;
        else if (strcasecmp(an, "style") == 0)
            hidden = (strstr(v, "display:none") || strstr(v, "display: none") ||
                      strstr(v, "visibility:hidden") || strstr(v, "visibility: hidden"));
        else if (strcasecmp(an, "role") == 0)
            hidden = strcasecmp(v, "navigation") == 0 || strcasecmp(v, "complementary") == 0 ||
                     strcasecmp(v, "dialog") == 0 || strcasecmp(v, "alert") == 0 ||
                     strcasecmp(v, "banner") == 0 || strcasecmp(v, "contentinfo") == 0;
    }
    return hidden;
}

/* Flags and class weight of an element when the walk enters it. */
static void judge(ninfo *in, int whole, int inside_body)
{
    const xmlNode *n = in->node;
    const char *t = (const char *)n->name;
    in->tag = classify_tag(t);
    if (whole) {
        in->flags = in_list(t, whole_kill_tags) ? F_KILL : 0;
        return;
    }
    if (in_list(t, kill_tags) || is_hidden(n)) {
        in->flags = F_KILL;
        return;
    }
    if (in_list(t, drop_tags))
        in->flags = F_HINT;
    char ci[256];
    class_id(n, ci, sizeof ci);
    if (!ci[0])
        return;
    if (inside_body && in->tag != T_A && strcasecmp(t, "body") != 0 && has_any(ci, unlikely) &&
        !has_any(ci, maybe))
        in->flags |= F_HINT;
    in->weight = (has_any(ci, negative) ? -25 : 0) + (has_any(ci, positive) ? 25 : 0);
}

static size_t nonspace(const char *s, double *commas)
{
    size_t k = 0;
    for (; *s; s++) {
        if (!isspace((unsigned char)*s))
            k++;
        if (*s == ',')
            *commas += 1;
    }
    return k;
}

/* Pass 1: one info per element, in document order (a parent before its
 * children), with the text directly inside it. Element i's node->_private
 * holds i + 1. Killed and dropped elements are not entered. */
static int collect(walk *w, xmlNode *root, int whole)
{
    int cur = -1, block = -1, in_link = 0, in_body = 0;
    xmlNode *node = root;
    while (node) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            ninfo in = {0};
            in.node = node;
            in.parent = cur;
            in.pblock = block;
            judge(&in, whole, in_body);
            if (VEC_PUSH(&w->n, in) < 0)
                return -1;
            int me = (int)w->n.n - 1;
            node->_private = (void *)(intptr_t)(me + 1);
            if (!(in.flags & (F_KILL | F_DROP))) {
                descend = node->children != NULL;
                in_body |= html_tag_is(node, "body");
            }
            if (descend) {
                cur = me;
                in_link += in.tag == T_A;
                if (is_block(in.tag))
                    block = me;
            }
        } else if (node->type == XML_TEXT_NODE && node->content && cur >= 0) {
            ninfo *e = &w->n.v[cur];
            size_t k = nonspace((const char *)node->content, &e->selfcommas);
            e->self += (double)k;
            if (in_link)
                e->selflink += (double)k;
        }
        if (descend) {
            node = node->children;
            continue;
        }
        while (node && node != root && !node->next) {
            node = node->parent;
            if (!node || node->type != XML_ELEMENT_NODE || cur < 0)
                break;
            ninfo *e = &w->n.v[cur];
            in_link -= e->tag == T_A;
            cur = e->parent;
            block = e->pblock;
        }
        if (!node || node == root)
            break;
        node = node->next;
    }
    return 0;
}

/* Pass 2: class/id hints drop their element unless it holds most of the
 * page's text (wrappers named "page-ad-margins" or "header-style-2" exist),
 * then text, links and paragraphs are summed bottom-up over what is left. */
static void settle(walk *w)
{
    size_t n = w->n.n;
    for (size_t i = n; i-- > 0;) {
        ninfo *e = &w->n.v[i];
        e->raw += e->self;
        if (e->parent >= 0)
            w->n.v[e->parent].raw += e->raw;
    }
    double page = n ? w->n.v[0].raw : 0;
    for (size_t i = 0; i < n; i++) {
        ninfo *e = &w->n.v[i];
        int dead = (e->flags & (F_KILL | F_DROP)) || (e->parent >= 0 && w->n.v[e->parent].flags & F_DEAD);
        if (e->flags & F_HINT && e->raw < 0.6 * page)
            dead = 1;
        if (dead)
            e->flags |= F_DEAD;
    }
    for (size_t i = n; i-- > 0;) {
        ninfo *e = &w->n.v[i];
        if (e->flags & F_DEAD)
            continue;
        e->text += e->self;
        e->link += e->selflink;
        e->commas += e->selfcommas;
        int b = is_block(e->tag) ? (int)i : e->pblock;
        if (b >= 0) {
            w->n.v[b].own += e->self;
            w->n.v[b].ownlink += e->selflink;
            w->n.v[b].owncommas += e->selfcommas;
        }
        e->np += e->tag == T_P;
        e->nli += e->tag == T_LI;
        if (is_block(e->tag) && e->tag != T_HEAD && e->own >= GOOD_MIN && e->ownlink < e->own * 0.3)
            e->good += e->own;
        if (e->parent >= 0) {
            ninfo *pe = &w->n.v[e->parent];
            pe->good += e->good;
            pe->text += e->text;
            pe->link += e->link;
            pe->commas += e->commas;
            pe->np += e->np;
            pe->nli += e->nli;
        }
    }
}

static ninfo *info(walk *w, const xmlNode *n)
{
    intptr_t i = n && n->type == XML_ELEMENT_NODE ? (intptr_t)n->_private : 0;
    return i > 0 && (size_t)i <= w->n.n ? &w->n.v[i - 1] : NULL;
}

static double link_density(const ninfo *e) { return e->text > 0 ? e->link / e->text : 0; }

static double base_score(const ninfo *e)
{
    double s = e->weight;
    switch (e->tag) {
    case T_DIV: s += 5; break;
    case T_PRE: case T_TD: s += 3; break;
    case T_LIST: case T_LI: s -= 3; break;
    case T_HEAD: s -= 5; break;
    default: break;
    }
    return s;
}

/* Pass 2: each paragraph gives points to its ancestors. */
static void score(walk *w)
{
    for (size_t i = 0; i < w->n.n; i++) {
        ninfo *e = &w->n.v[i];
        if (e->flags & F_DEAD || !is_block(e->tag) || e->tag == T_HEAD ||
            e->own < 25 || e->ownlink > e->own * 0.5)
            continue;
        double cs = 1 + e->owncommas + (e->own / 100 < 3 ? (double)(int)(e->own / 100) : 3);
        int a = e->tag == T_P || e->tag == T_LI || e->tag == T_TD ? e->parent : (int)i;
        /* Five block levels up; inline wrappers do not count, but at most
         * 64 steps are taken so that deep inline nesting stays linear. */
        int steps = 0;
        for (int level = 0; a >= 0 && level < 5 && steps++ < 64; level++, a = w->n.v[a].parent) {
            ninfo *anc = &w->n.v[a];
            if (!is_block(anc->tag)) {
                level--;
                continue;
            }
            if (!anc->scored) {
                anc->scored = 1;
                anc->score = base_score(anc);
            }
            anc->score += cs / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }
}

/* The container that best separates paragraphs from the rest: most
 * paragraph text, least other text (links, menus, teasers). */
static int pick_dense(walk *w)
{
    int top = -1;
    double best = 0;
    for (size_t i = 0; i < w->n.n; i++) {
        ninfo *e = &w->n.v[i];
        if (e->flags & F_DEAD || !is_block(e->tag))
            continue;
        double sc = e->good - JUNK_COST * (e->text - e->good);
        if (top < 0 || sc > best)
            top = (int)i, best = sc;
    }
    return top;
}

static int pick_top(walk *w)
{
    int top = -1;
    double best = 0;
    for (size_t i = 0; i < w->n.n; i++) {
        ninfo *e = &w->n.v[i];
        if (!e->scored)
            continue;
        e->score *= 1 - link_density(e);
        if (top < 0 || e->score > best)
            top = (int)i, best = e->score;
    }
    int dense = pick_dense(w);
    if (top < 0 || (dense >= 0 && w->n.v[top].good < SWITCH * w->n.v[dense].good))
        return dense;
    /* Climb while a scored parent holds a good share of the score: the
     * article often spans several sibling containers. */
    double last = best, threshold = best / 3;
    for (int p = w->n.v[top].parent; p >= 0; p = w->n.v[p].parent) {
        ninfo *pe = &w->n.v[p];
        if (html_tag_is(pe->node, "body"))
            break;
        if (!pe->scored)
            continue;
        if (pe->score < threshold)
            break;
        if (pe->score > last) {
            top = p;
            break;
        }
        last = pe->score;
    }
    /* A lone child says nothing more than its parent. */
    while (w->n.v[top].parent >= 0) {
        ninfo *pe = &w->n.v[w->n.v[top].parent];
        if (html_tag_is(pe->node, "body") || xmlChildElementCount(pe->node) != 1)
            break;
        top = w->n.v[top].parent;
    }
    return top;
}

/* Marks the top candidate and those of its siblings that look like more
 * of the article. */
static void mark_out(walk *w, int top)
{
    ninfo *t = &w->n.v[top];
    xmlNode *parent = t->node->parent;
    if (!parent || !info(w, parent)) {
        t->flags |= F_OUT;
        return;
    }
    double threshold = t->score * 0.2 > 10 ? t->score * 0.2 : 10;
    for (xmlNode *c = parent->children; c; c = c->next) {
        ninfo *s = info(w, c);
        if (!s || s->flags & F_DEAD)
            continue;
        if (s == t) {
            s->flags |= F_OUT;
            continue;
        }
        double ld = link_density(s);
        if (s->scored && s->score >= threshold)
            s->flags |= F_OUT;
        else if (s->tag == T_P && s->text > 80 && ld < 0.25)
            s->flags |= F_OUT;
        else if (s->tag == T_P && s->text > 0 && ld == 0 && s->commas > 0)
            s->flags |= F_OUT;
    }
}

/* Readability's conditional clean: containers inside the article that
 * look like link lists, widgets or forms go. */
static int unwanted(const ninfo *e)
{
    if (e->tag != T_DIV && e->tag != T_LIST && e->tag != T_TABLE && e->tag != T_BLOCK)
        return 0;
    if (e->weight < 0 && e->score + e->weight < 0)
        return 1;
    if (e->commas >= 10)
        return 0;
    double ld = link_density(e);
    if (e->nli > e->np + 2 && e->tag != T_LIST && e->tag != T_TABLE)
        return 1;
    if ((ld > 0.2 && e->weight < 25) || ld > 0.5)
        return 1;
    return 0;
}

typedef struct emitter {
    cbuf *out;
    cbuf para;
    size_t link;     /* bytes of para inside links */
    int space;       /* a space is pending */
    int heading;     /* para is a heading */
    int filter;      /* 0 for the whole-page baseline */
    int articles;    /* <article> elements around the current node */
    int outer;       /* <article> elements above the emitted subtrees */
    const char *title;
} emitter;

/* Lower-cased letters and digits only, for comparing headings. */
static int same_words(const char *a, const char *b)
{
    while (*a || *b) {
        while (*a && !isalnum((unsigned char)*a) && !((unsigned char)*a & 0x80))
            a++;
        while (*b && !isalnum((unsigned char)*b) && !((unsigned char)*b & 0x80))
            b++;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
        if (*a)
            a++, b++;
    }
    return 1;
}

static int flush(emitter *em)
{
    int rc = 0;
    cbuf *p = &em->para;
    int keep = p->len > 0;
    if (keep && em->filter) {
        if (em->link * 2 > p->len && p->len < 300)
            keep = 0; /* a link line: "Read more", related stories */
        else if (em->heading && em->title && same_words(p->ptr, em->title))
            keep = 0; /* the headline is metadata, not body */
    }
    if (keep) {
        if (em->out->len)
            rc = cbuf_put(em->out, "\n\n", 2);
        if (rc == 0)
            rc = cbuf_put(em->out, p->ptr, p->len);
    }
    cbuf_clear(p);
    em->link = 0;
    em->space = 0;
    em->heading = 0;
    return rc;
}

/* Appends text with runs of white space collapsed. */
static int put_text(emitter *em, const char *s, int in_link)
{
    while (*s) {
        size_t sp = 0, k = 0;
        while (s[sp] && isspace((unsigned char)s[sp]))
            sp++;
        em->space |= sp > 0;
        s += sp;
        while (s[k] && !isspace((unsigned char)s[k]))
            k++;
        if (!k)
            break;
        if (em->space && em->para.len && cbuf_putc(&em->para, ' ') < 0)
            return -1;
        em->space = 0;
        if (cbuf_put(&em->para, s, k) < 0)
            return -1;
        if (in_link)
            em->link += k;
        s += k;
    }
    return 0;
}

/* An <article> inside another one is, in HTML's own terms, a related item
 * (a comment, a teaser for another story); a short one is dropped. */
static int teaser(const emitter *em, const ninfo *e, const ninfo *root)
{
    if (!em->articles || !root || !html_tag_is(e->node, "article") || e->text >= 0.3 * root->text)
        return 0;
    return e->text < 600 || link_density(e) > 0.2;
}

/* Emits the text below root (itself included) in document order. */
static int emit(walk *w, xmlNode *root, emitter *em)
{
    int in_link = 0;
    em->articles = em->outer;
    xmlNode *node = root;
    while (node) {
        int descend = 0;
        ninfo *e = info(w, node);
        if (e) {
            int skip = e->flags & F_DEAD;
            if (em->filter && node != root && !skip)
                skip = unwanted(e) || teaser(em, e, info(w, root));
            if (is_block(e->tag) || e->tag == T_BR)
                if (flush(em) < 0)
                    return -1;
            if (!skip && node->children) {
                descend = 1;
                in_link += e->tag == T_A;
                em->articles += html_tag_is(node, "article");
                em->heading |= e->tag == T_HEAD;
            }
        } else if (node->type == XML_TEXT_NODE && node->content) {
            if (put_text(em, (const char *)node->content, in_link) < 0)
                return -1;
        }
        if (descend) {
            node = node->children;
            continue;
        }
        while (node && node != root && !node->next) {
            node = node->parent;
            ninfo *pe = info(w, node);
            if (pe && is_block(pe->tag) && flush(em) < 0)
                return -1;
            if (pe) {
                in_link -= pe->tag == T_A;
                em->articles -= html_tag_is(node, "article");
            }
        }
        if (!node || node == root)
            break;
        node = node->next;
    }
    return flush(em);
}

int html_content(htmlDocPtr doc, int whole_page, const char *title, cbuf *out)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return 0;
    walk w = {0};
    emitter em = {.out = out, .para = CBUF_INIT, .filter = !whole_page, .title = title};
    int rc = collect(&w, root, whole_page);
    if (rc == 0)
        settle(&w);
    if (rc == 0 && whole_page) {
        rc = emit(&w, root, &em);
    } else if (rc == 0) {
        score(&w);
        int top = pick_top(&w);
        if (top >= 0) {
            mark_out(&w, top);
            for (int p = w.n.v[top].parent; p >= 0; p = w.n.v[p].parent)
                em.outer += html_tag_is(w.n.v[p].node, "article");
            for (size_t i = 0; i < w.n.n && rc == 0; i++)
                if (w.n.v[i].flags & F_OUT)
                    rc = emit(&w, w.n.v[i].node, &em);
        }
    }
    for (size_t i = 0; i < w.n.n; i++)
        w.n.v[i].node->_private = NULL;
    cbuf_free(&em.para);
    VEC_FREE(&w.n);
    return rc;
}
