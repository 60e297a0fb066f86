/* Entities: capitalised names (people, organisations, places) with their
 * mention counts per article. */
#include <stdlib.h>
#include <string.h>

#include "card/card.h"
#include "card/lex.h"
#include "util/hmap.h"

#define MAX_ENTITIES 40

static const char *const org_words[] = {
    "group", "front", "party", "council", "ministry", "army", "forces", "force", "press",
    "agency", "union", "committee", "association", "bank", "company", "corp", "inc", "university",
    "college", "court", "congress", "senate", "parliament", "government", "department", "journal",
    "times", "news", "post", "reuters", "organization", "organisation", "coalition", "brigade",
    "brigades", "network", "institute", "commission", "office", "service", "police", "state",
    "nations", "board", "fund", "league", "guardian", "chiefs", NULL};
static const char *const place_preps[] = {"in", "near", "at", "from", "across", "to", "into",
                                          "outside", "of", "throughout", NULL};
static const char *const not_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "i", "mr", "mrs", "ms", "dr", NULL};

static const char *entity_kind(const char *t, const lword_vec *v, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (lex_in(t, &v->v[i], org_words))
            return "organisation";
    if (b - a == 1) {
        size_t n = v->v[a].end - v->v[a].start, up = 0;
        for (size_t k = 0; k < n; k++)
            up += t[v->v[a].start + k] >= 'A' && t[v->v[a].start + k] <= 'Z';
        if (n >= 2 && up == n)
            return "organisation";
    }
    if (a > 0 && lex_in(t, &v->v[a - 1], lex_titles))
        return "person";
    if (a > 0 && lex_in(t, &v->v[a - 1], place_preps) && b - a <= 2)
        return "place";
    if (b - a >= 2 && b - a <= 4)
        return "person";
    return "other";
}

typedef struct ent_acc {
    chmap *ids;
    card_entity_vec *ents;
} ent_acc;

static int add_mention(chorus_card *c, ent_acc *acc, const char *t, const lword_vec *v, size_t a,
                       size_t b, uint32_t doc)
{
    while (a < b && lex_in(t, &v->v[a], lex_titles))
        a++;
    if (a >= b)
        return 0;
    size_t s = v->v[a].start, e = v->v[b - 1].end;
    int64_t id = chmap_intern(acc->ids, t + s, e - s);
    if (id < 0)
        return -1;
    if ((size_t)id == acc->ents->n) {
        card_entity en = {card_span(c, t + s, e - s), entity_kind(t, v, a, b),
                          carena_alloc(c->arena, c->ndocs * sizeof(uint32_t)), 0};
        if (!en.name || !en.count || VEC_PUSH(acc->ents, en) < 0)
            return -1;
    }
    acc->ents->v[id].count[doc]++;
    acc->ents->v[id].total++;
    return 0;
}

/* Runs of capitalised words in one sentence; a sentence-initial function
 * word ("The", "But") is not part of a name. */
static int sentence_entities(card_build *b, ent_acc *acc, size_t s)
{
    const fsent *fs = &b->m->sents[s];
    const char *t = card_doc(b->card, fs->doc)->text;
    lword_vec v = {0};
    int rc = lex_range(t, fs->start, fs->end, &v);
    size_t i = 0;
    while (rc == 0 && i < v.n) {
        if (!lex_cap(t, &v.v[i]) || lex_in(t, &v.v[i], not_names) ||
            (i == 0 && chorus_tokens_is_stop(b->m->tok, t + v.v[i].start, v.v[i].end - v.v[i].start))) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < v.n && (lex_cap(t, &v.v[j]) ||
                           (lex_in(t, &v.v[j], (const char *const[]){"of", NULL}) && j + 1 < v.n &&
                            lex_cap(t, &v.v[j + 1]))))
            j++;
        if (!(i == 0 && j == 1))
            rc = add_mention(b->card, acc, t, &v, i, j, fs->doc);
        i = j;
    }
    VEC_FREE(&v);
    return rc;
}

static int cmp_entity(const void *x, const void *y)
{
    const card_entity *a = x, *b = y;
    if (a->total != b->total)
        return a->total > b->total ? -1 : 1;
    return strcmp(a->name, b->name);
}

int card_entities(card_build *b)
{
    chorus_card *c = b->card;
    ent_acc acc = {chmap_new(), &c->ents};
    int rc = acc.ids ? 0 : -1;
    for (size_t s = 0; s < b->m->nsents && rc == 0; s++)
        rc = sentence_entities(b, &acc, s);
    chmap_free(acc.ids);
    if (rc == 0 && c->ents.n > 1)
        qsort(c->ents.v, c->ents.n, sizeof *c->ents.v, cmp_entity);
    if (c->ents.n > MAX_ENTITIES)
        c->ents.n = MAX_ENTITIES;
    return rc;
}
