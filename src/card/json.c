/* The card as JSON (jansson); the schema is in README.md (chorus story). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "card/card.h"

static const char *doc_id(const chorus_card *c, size_t d) { return card_doc(c, d)->id; }

/* Sets key to a new value, tracking failure in *ok. */
static void put(json_t *o, const char *k, json_t *v, int *ok)
{
    if (!v || json_object_set_new(o, k, v) < 0)
        *ok = 0;
}

static json_t *per_doc(const chorus_card *c, const char *const *v)
{
    json_t *o = json_object();
    for (size_t d = 0; o && d < c->ndocs; d++)
        if (v[d] && json_object_set_new(o, doc_id(c, d), json_string(v[d])) < 0) {
            json_decref(o);
            return NULL;
        }
    return o;
}

static json_t *sources_json(const chorus_card *c)
{
    json_t *a = json_array();
    int ok = a != NULL;
    for (size_t d = 0; ok && d < c->ndocs; d++) {
        const chorus_doc *doc = card_doc(c, d);
        const card_source *s = &c->src[d];
        json_t *o = json_object();
        ok = o && json_array_append_new(a, o) == 0;
        put(o, "doc", json_string(doc->id), &ok);
        put(o, "source", json_string(doc->source), &ok);
        put(o, "title", json_string(doc->title), &ok);
        put(o, "author", json_string(doc->author), &ok);
        put(o, "date", json_string(doc->date), &ok);
        put(o, "words", json_integer(s->words), &ok);
        put(o, "sentences", json_integer(s->sentences), &ok);
        put(o, "shared_sentences", json_integer(s->shared), &ok);
        put(o, "own_sentences", json_integer(s->own), &ok);
        put(o, "duplicate_of", s->dup_of == d ? json_null() : json_string(doc_id(c, s->dup_of)), &ok);
    }
    return ok ? a : (json_decref(a), NULL);
}

static const char *group_name(const chorus_card *c, const card_item *it)
{
    static const char *const names[] = {"all", "several", "one"};
    return names[card_group(c, it)];
}

/* Where a fact's sentence goes on beyond its text: the side a view marks
 * with an ellipsis. */
static const char *cut_name(uint8_t cut)
{
    if (cut == (CARD_CUT_BEFORE | CARD_CUT_AFTER))
        return "both";
    return cut == CARD_CUT_BEFORE ? "before" : "after";
}

static json_t *items_json(const chorus_card *c, const card_item_vec *v)
{
    json_t *a = json_array();
    int ok = a != NULL;
    for (size_t i = 0; ok && i < v->n; i++) {
        const card_item *it = &v->v[i];
        json_t *o = json_object(), *sup = json_array();
        char cnt[48];
        ok = o && sup && json_array_append_new(a, o) == 0;
        for (size_t d = 0; ok && d < c->ndocs; d++)
            if (it->support[d])
                ok = json_array_append_new(sup, json_string(doc_id(c, d))) == 0;
        snprintf(cnt, sizeof cnt, "%u/%zu", it->nsupport, c->ndocs);
        put(o, "text", json_string(it->text), &ok);
        put(o, "doc", json_string(doc_id(c, it->doc)), &ok);
        put(o, "support", sup, &ok);
        put(o, "count", json_string(cnt), &ok);
        put(o, "independent", json_integer(it->nindep), &ok);
        put(o, "group", json_string(group_name(c, it)), &ok);
        if (it->cut)
            put(o, "cut", json_string(cut_name(it->cut)), &ok);
        if (it->verbless)
            put(o, "verbless", json_true(), &ok);
        put(o, "evidence", per_doc(c, it->evidence), &ok);
    }
    return ok ? a : (json_decref(a), NULL);
}

static json_t *quotes_json(const chorus_card *c)
{
    json_t *a = json_array();
    int ok = a != NULL;
    for (size_t i = 0; ok && i < c->quotes.n; i++) {
        const card_quote *q = &c->quotes.v[i];
        json_t *o = json_object(), *docs = json_array();
        ok = o && docs && json_array_append_new(a, o) == 0;
        for (size_t d = 0; ok && d < c->ndocs; d++)
            if (q->qtext[d])
                ok = json_array_append_new(docs, json_string(doc_id(c, d))) == 0;
        put(o, "text", json_string(q->text), &ok);
        put(o, "docs", docs, &ok);
        put(o, "speakers", per_doc(c, q->speaker), &ok);
        put(o, "texts", per_doc(c, q->qtext), &ok);
        put(o, "attribution_differs", json_boolean(q->attribution_differs), &ok);
    }
    return ok ? a : (json_decref(a), NULL);
}

static json_t *divs_json(const chorus_card *c)
{
    json_t *a = json_array();
    int ok = a != NULL;
    for (size_t i = 0; ok && i < c->divs.n; i++) {
        const card_div *dv = &c->divs.v[i];
        json_t *o = json_object();
        ok = o && json_array_append_new(a, o) == 0;
        put(o, "kind", json_string(dv->kind), &ok);
        put(o, "what", json_string(dv->what), &ok);
        put(o, "spans", per_doc(c, dv->spans), &ok);
    }
    return ok ? a : (json_decref(a), NULL);
}

static json_t *dups_json(const chorus_card *c)
{
    json_t *a = json_array();
    int ok = a != NULL;
    for (size_t i = 0; ok && i < c->dups.n; i++) {
        const card_dup *dp = &c->dups.v[i];
        json_t *o = json_object();
        ok = o && json_array_append_new(a, o) == 0;
        put(o, "kind", json_string(dp->text ? "paragraph" : "article"), &ok);
        put(o, "docs", json_pack("[ss]", doc_id(c, dp->a), doc_id(c, dp->b)), &ok);
        put(o, "similarity", json_real((double)(long)(dp->similarity * 1000 + 0.5) / 1000), &ok);
        if (dp->text)
            put(o, "text", json_string(dp->text), &ok);
    }
    return ok ? a : (json_decref(a), NULL);
}

static json_t *ents_json(const chorus_card *c)
{
    json_t *a = json_array();
    int ok = a != NULL;
    for (size_t i = 0; ok && i < c->ents.n; i++) {
        const card_entity *e = &c->ents.v[i];
        json_t *o = json_object(), *m = json_object();
        ok = o && m && json_array_append_new(a, o) == 0;
        for (size_t d = 0; ok && d < c->ndocs; d++)
            if (e->count[d])
                ok = json_object_set_new(m, doc_id(c, d), json_integer(e->count[d])) == 0;
        put(o, "name", json_string(e->name), &ok);
        put(o, "kind", json_string(e->kind), &ok);
        put(o, "total", json_integer(e->total), &ok);
        put(o, "mentions", m, &ok);
        if (e->nalso) {
            json_t *al = json_array();
            for (uint32_t k = 0; al && k < e->nalso; k++)
                ok = ok && json_array_append_new(al, json_string(e->also[k])) == 0;
            put(o, "also", al, &ok);
        }
    }
    return ok ? a : (json_decref(a), NULL);
}

char *chorus_card_json(const chorus_card *c)
{
    json_t *o = json_object();
    int ok = o != NULL;
    char *out = NULL;
    put(o, "id", json_string(chorus_story_id(c->story)), &ok);
    put(o, "note", c->note ? json_string(c->note) : json_null(), &ok);
    put(o, "sources", sources_json(c), &ok);
    put(o, "summary", items_json(c, &c->summary), &ok);
    put(o, "facts", items_json(c, &c->facts), &ok);
    put(o, "quotes", quotes_json(c), &ok);
    put(o, "divergences", divs_json(c), &ok);
    put(o, "duplicates", dups_json(c), &ok);
    put(o, "entities", ents_json(c), &ok);
    if (ok)
        out = json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT);
    json_decref(o);
    return out;
}
