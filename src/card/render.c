/* The card as a terminal report, Markdown, or one self-contained HTML
 * page. One walk over the sections; the format decides the markup. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "util/sort.h"
#include "util/utf8.h"

typedef enum { R_TEXT, R_MD, R_HTML } rfmt;

typedef struct rw {
    const chorus_card *c;
    cbuf *b;
    rfmt f;
    int err;
} rw;

static void raw(rw *w, const char *s)
{
    if (cbuf_puts(w->b, s) < 0)
        w->err = 1;
}

/* Text with HTML escaping; in Markdown, whose special characters are
 * left alone, a "<" is written "&lt;" (every flavour reads it so, not all
 * a backslash), for Markdown passes HTML through and a page's title
 * ("<img src=x onerror=...>") was markup where the card is published. */
static void esc(rw *w, const char *s)
{
    if (w->f == R_MD) {
        for (const char *lt; (lt = strchr(s, '<')) != NULL; s = lt + 1) {
            if (cbuf_put(w->b, s, (size_t)(lt - s)) < 0)
                w->err = 1;
            raw(w, "&lt;");
        }
    }
    if (w->f != R_HTML) {
        raw(w, s);
        return;
    }
    for (; *s; s++) {
        const char *r = *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : *s == '&' ? "&amp;" : *s == '"' ? "&quot;" : NULL;
        if (r)
            raw(w, r);
        else if (cbuf_putc(w->b, *s) < 0)
            w->err = 1;
    }
}

/* An id, escaped as esc does, and its control characters as escapes:
 * ids are kept as given ("s1\nx"), and one would break its line. */
static void esc_id(rw *w, const char *id)
{
    if (!cutf8_has_controls(id)) {
        esc(w, id);
        return;
    }
    cbuf b = CBUF_INIT;
    if (cutf8_escape_controls(id, &b) < 0)
        w->err = 1;
    else
        esc(w, b.ptr);
    cbuf_free(&b);
}

static void heading(rw *w, const char *title, size_t n)
{
    char num[32];
    snprintf(num, sizeof num, " (%zu)", n);
    if (w->f == R_HTML) {
        raw(w, "<h2>");
        esc(w, title);
        raw(w, num);
        raw(w, "</h2>\n<ul>\n");
    } else if (w->f == R_MD) {
        raw(w, "\n## ");
        raw(w, title);
        raw(w, num);
        raw(w, "\n\n");
    } else {
        raw(w, "\n");
        for (const char *p = title; *p; p++)
            if (cbuf_putc(w->b, (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p)) < 0)
                w->err = 1;
        raw(w, num);
        raw(w, "\n");
    }
}

static void end_section(rw *w) { raw(w, w->f == R_HTML ? "</ul>\n" : ""); }
static void item(rw *w) { raw(w, w->f == R_HTML ? "<li>" : w->f == R_MD ? "- " : "  * "); }
static void end_item(rw *w) { raw(w, w->f == R_HTML ? "</li>\n" : "\n"); }
static void sub(rw *w) { raw(w, w->f == R_HTML ? "<br>&nbsp;&nbsp;" : w->f == R_MD ? "\n  - " : "\n      "); }

static void docs_of(rw *w, const uint8_t *sup, uint32_t n)
{
    char cnt[48];
    snprintf(cnt, sizeof cnt, " [%u/%zu: ", n, w->c->ndocs);
    raw(w, w->f == R_HTML ? "<span class=docs>" : "");
    raw(w, cnt);
    int first = 1;
    for (size_t d = 0; d < w->c->ndocs; d++)
        if (sup[d]) {
            raw(w, first ? "" : ", ");
            esc_id(w, card_doc(w->c, d)->id);
            first = 0;
        }
    raw(w, "]");
    raw(w, w->f == R_HTML ? "</span>" : "");
}

static void sources(rw *w)
{
    const chorus_card *c = w->c;
    heading(w, "Sources", c->ndocs);
    for (size_t d = 0; d < c->ndocs; d++) {
        const chorus_doc *doc = card_doc(c, d);
        char line[160];
        item(w);
        esc_id(w, doc->id);
        const char *parts[] = {doc->source, doc->date, doc->title, doc->author};
        for (int i = 0; i < 4; i++)
            if (parts[i][0]) {
                raw(w, i == 3 ? " | by " : " | ");
                esc(w, parts[i]);
            }
        snprintf(line, sizeof line, " | %u words, %u shared / %u own sentences", c->src[d].words,
                 c->src[d].shared, c->src[d].own);
        raw(w, line);
        if (c->src[d].dup_of != d) {
            raw(w, " (copy of ");
            esc_id(w, card_doc(c, c->src[d].dup_of)->id);
            raw(w, ")");
        }
        end_item(w);
    }
    end_section(w);
}

/* An item's text; a fact cut from a longer sentence shows an ellipsis on
 * the cut side, and in HTML the whole sentence when pointed at. */
static void clause(rw *w, const card_item *it)
{
    int html = w->f == R_HTML && it->cut;
    if (html) {
        raw(w, "<span title=\"");
        esc(w, it->evidence[it->doc]);
        raw(w, "\">");
    }
    raw(w, it->cut & CARD_CUT_BEFORE ? "\xe2\x80\xa6 " /* U+2026 */ : "");
    esc(w, it->text);
    raw(w, it->cut & CARD_CUT_AFTER ? " \xe2\x80\xa6" : "");
    raw(w, html ? "</span>" : "");
}

/* Where a view lists an item of a group, highest first: claims before parts
 * without a verb, then by independent sources, then by articles. */
static uint64_t view_rank(const card_item *it)
{
    return (uint64_t)!it->verbless << 63 | (uint64_t)(it->nindep & 0x7FFFFFFF) << 32 | it->nsupport;
}

/* The items of a group (summary: group < 0, in its order); facts reported
 * by more independent articles first, then by more articles (the count
 * shown, copies included, so [3/4] never follows [2/4]), ties in the
 * card's order: so the facts shown of a large story are its most widely
 * reported, not its first article's. Parts without a verb come after the
 * claims: short details ("... as a federal appeals court judge ...") often
 * match more articles than the claims do, and led the lists. The sort is
 * stable and ascending, hence the complemented key (view_rank). */
static void items(rw *w, const char *title, const card_item_vec *v, int group, size_t max)
{
    size_t n = 0;
    chorus_kv *r = malloc((v->n + 1) * sizeof *r);
    if (!r) {
        w->err = 1;
        return;
    }
    for (size_t i = 0; i < v->n; i++)
        if (group < 0 || card_group(w->c, &v->v[i]) == group)
            r[n++] = (chorus_kv){group < 0 ? 0 : ~view_rank(&v->v[i]), i};
    if (chorus_kv_sort(r, n) < 0) {
        free(r);
        w->err = 1;
        return;
    }
    heading(w, title, n);
    size_t shown = max && max < n ? max : n;
    for (size_t k = 0; k < shown; k++) {
        const card_item *it = &v->v[r[k].val];
        item(w);
        clause(w, it);
        docs_of(w, it->support, it->nsupport);
        end_item(w);
    }
    free(r);
    if (shown < n) {
        char more[64];
        snprintf(more, sizeof more, "(%zu more in --format json)", n - shown);
        item(w);
        raw(w, more);
        end_item(w);
    }
    end_section(w);
}

static void quotes(rw *w)
{
    const chorus_card *c = w->c;
    heading(w, "Quotes", c->quotes.n);
    for (size_t i = 0; i < c->quotes.n; i++) {
        const card_quote *q = &c->quotes.v[i];
        item(w);
        raw(w, w->f == R_HTML ? "<q>" : "\"");
        esc(w, q->text);
        raw(w, w->f == R_HTML ? "</q>" : "\"");
        for (size_t d = 0; d < c->ndocs; d++) {
            if (!q->qtext[d])
                continue;
            sub(w);
            esc_id(w, card_doc(c, d)->id);
            raw(w, ": ");
            esc(w, q->speaker[d] ? q->speaker[d] : "(speaker not given)");
        }
        if (q->attribution_differs) {
            sub(w);
            raw(w, "! the articles attribute these words differently");
        }
        end_item(w);
    }
    end_section(w);
}

static void divergences(rw *w)
{
    const chorus_card *c = w->c;
    heading(w, "Divergences", c->divs.n);
    for (size_t i = 0; i < c->divs.n; i++) {
        const card_div *dv = &c->divs.v[i];
        item(w);
        esc(w, dv->kind);
        raw(w, ": ");
        esc(w, dv->what);
        for (size_t d = 0; d < c->ndocs; d++)
            if (dv->spans[d]) {
                sub(w);
                esc_id(w, card_doc(c, d)->id);
                raw(w, ": ");
                esc(w, dv->spans[d]);
            }
        end_item(w);
    }
    end_section(w);
}

static void duplicates(rw *w)
{
    const chorus_card *c = w->c;
    heading(w, "Duplicates", c->dups.n);
    for (size_t i = 0; i < c->dups.n; i++) {
        const card_dup *dp = &c->dups.v[i];
        char sim[64];
        item(w);
        raw(w, dp->text ? "paragraph " : "article ");
        esc_id(w, card_doc(c, dp->a)->id);
        raw(w, " = ");
        esc_id(w, card_doc(c, dp->b)->id);
        snprintf(sim, sizeof sim, " (similarity %.2f)", dp->similarity);
        raw(w, sim);
        if (dp->text) {
            sub(w);
            esc(w, dp->text);
        }
        end_item(w);
    }
    end_section(w);
}

static void entities(rw *w)
{
    const chorus_card *c = w->c;
    heading(w, "Entities", c->ents.n);
    for (size_t i = 0; i < c->ents.n; i++) {
        const card_entity *e = &c->ents.v[i];
        item(w);
        esc(w, e->name);
        raw(w, " (");
        raw(w, e->kind);
        for (uint32_t k = 0; k < e->nalso; k++) {
            raw(w, k ? ", " : "; also ");
            esc(w, e->also[k]);
        }
        raw(w, "):");
        for (size_t d = 0; d < c->ndocs; d++)
            if (e->count[d]) {
                char n[32];
                raw(w, " ");
                esc_id(w, card_doc(c, d)->id);
                snprintf(n, sizeof n, " %u", e->count[d]);
                raw(w, n);
            }
        end_item(w);
    }
    end_section(w);
}

/* The page's head up to its title (the story's id follows), and the rest;
 * a fact with its sentence as a tooltip is underlined with dots. */
static const char *const html_head =
    "<head>\n<meta charset=utf-8>\n<title>Story card: ";
static const char *const html_style =
    "</title>\n<style>"
    "body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
    "h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ccc;margin-top:1.5em}"
    ".docs{color:#666;font-size:.85em}.note{background:#fff4d6;padding:.5em}li{margin:.3em 0}"
    "q{font-style:italic}span[title]{text-decoration:underline dotted #999}</style>\n</head>\n<body>\n";

static int render(const chorus_card *c, cbuf *out, rfmt f)
{
    rw w = {c, out, f, 0};
    size_t max = c->opts.max_facts;
    char hdr[64];
    snprintf(hdr, sizeof hdr, " (%zu article%s)", c->ndocs, c->ndocs == 1 ? "" : "s");
    if (f == R_HTML) {
        /* the articles' language as the tokenizer read --lang, a code ("DE") or a name
         * ("german") alike; the card keeps it, for opts.lang is the caller's */
        raw(&w, "<!DOCTYPE html>\n<html lang=");
        raw(&w, c->lang);
        raw(&w, ">\n");
        raw(&w, html_head);
        esc_id(&w, chorus_story_id(c->story));
        raw(&w, html_style);
    }
    raw(&w, f == R_HTML ? "<h1>Story card: " : f == R_MD ? "# Story card: " : "Story card: ");
    esc_id(&w, chorus_story_id(c->story));
    raw(&w, hdr);
    raw(&w, f == R_HTML ? "</h1>\n" : "\n");
    if (c->note) {
        raw(&w, f == R_HTML ? "<p class=note>" : f == R_MD ? "\n> " : "Note: ");
        esc(&w, c->note);
        raw(&w, f == R_HTML ? "</p>\n" : "\n");
    }
    sources(&w);
    items(&w, "Summary", &c->summary, -1, 0);
    items(&w, "Facts reported by all", &c->facts, 0, max);
    items(&w, "Facts reported by several", &c->facts, 1, max);
    items(&w, "Facts reported by one", &c->facts, 2, max);
    quotes(&w);
    divergences(&w);
    duplicates(&w);
    entities(&w);
    raw(&w, f == R_HTML ? "</body>\n</html>\n" : "");
    return w.err ? -1 : 0;
}

int card_render_text(const chorus_card *c, cbuf *out) { return render(c, out, R_TEXT); }
int card_render_markdown(const chorus_card *c, cbuf *out) { return render(c, out, R_MD); }
int card_render_html(const chorus_card *c, cbuf *out) { return render(c, out, R_HTML); }

static char *detach(int rc, cbuf *b)
{
    if (rc < 0) {
        cbuf_free(b);
        return NULL;
    }
    if (!b->ptr && cbuf_puts(b, "") < 0)
        return NULL;
    return cbuf_detach(b);
}

char *chorus_card_text(const chorus_card *card)
{
    cbuf b = CBUF_INIT;
    return detach(card_render_text(card, &b), &b);
}

char *chorus_card_markdown(const chorus_card *card)
{
    cbuf b = CBUF_INIT;
    return detach(card_render_markdown(card, &b), &b);
}

char *chorus_card_html(const chorus_card *card)
{
    cbuf b = CBUF_INIT;
    return detach(card_render_html(card, &b), &b);
}
