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
    "nations", "board", "fund", "league", "guardian", "chiefs", "bureau", "agency", "corporation",
    "administration", "institute", "foundation", "center", "centre", "house", "lines", "airlines",
    "times", "daily", NULL};
static const char *const place_words[] = {"island", "islands", "port", "city", "county", "river",
                                          "lake", "mount", "bay", "street", "province", "valley",
                                          "coast", "sea", "ocean", "strait", "peninsula", NULL};
static const char *const place_preps[] = {"in", "near", "at", "from", "across", "into",
                                          "outside", "throughout", NULL};
static const char *const not_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "i", "mr", "mrs", "ms", "dr", NULL};

enum { K_PERSON, K_ORG, K_PLACE, K_OTHER, NKINDS };
static const char *const kind_names[NKINDS] = {"person", "organisation", "place", "other"};

/* The kind one mention suggests; the entity takes the most suggested. */
static int entity_kind(const char *t, const lword_vec *v, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (lex_in(t, &v->v[i], org_words))
            return K_ORG;
    if (b - a == 1) {
        size_t n = v->v[a].end - v->v[a].start, up = 0;
        for (size_t k = 0; k < n; k++)
            up += t[v->v[a].start + k] >= 'A' && t[v->v[a].start + k] <= 'Z';
        if (n >= 2 && up == n)
            return K_ORG;
    }
    if (a > 0 && lex_in(t, &v->v[a - 1], lex_titles))
        return K_PERSON;
    for (size_t i = a; i < b; i++)
        if (lex_in(t, &v->v[i], place_words))
            return K_PLACE;
    size_t p = a > 0 && lex_in(t, &v->v[a - 1], (const char *const[]){"the", NULL}) ? a - 1 : a;
    if (p > 0 && lex_in(t, &v->v[p - 1], place_preps) && b - a <= 3)
        return K_PLACE;
    if (b < v->n && !v->v[b].punct && lex_in(t, &v->v[b], lex_speech_verbs) && p == a)
        return K_PERSON;
    if (b - a >= 2 && b - a <= 3 && p == a) /* "Joe Biden", not "the United States" */
        return K_PERSON;
    return K_OTHER;
}

typedef struct ent_acc {
    chmap *ids;
    card_entity_vec *ents;
    VEC(uint32_t) votes; /* NKINDS per entity */
} ent_acc;

/* 1 for a single word that is no name: a stop word ("If" opening a quote)
 * or a compound modifier ("US-led", "Western-backed"). */
static int not_a_name(const card_build *bd, const char *t, const lword *w)
{
    size_t n = w->end - w->start;
    const char *s = t + w->start;
    const char *h = memchr(s, '-', n);
    if (h && h + 1 < s + n && h[1] >= 'a' && h[1] <= 'z' && !(h - s == 2 && (s[0] | 32) == 'a'))
        return 1;
    char low[32];
    size_t up = 0;
    for (size_t i = 0; i < n; i++)
        up += s[i] >= 'A' && s[i] <= 'Z';
    if (n >= sizeof low || up == n) /* "IS", "US": acronyms are names */
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    return chorus_tokens_is_stop(bd->m->tok, low, n);
}

static int add_mention(const card_build *bd, ent_acc *acc, const char *t, const lword_vec *v, size_t a,
                       size_t b, uint32_t doc)
{
    chorus_card *c = bd->card;
    while (a < b && (lex_in(t, &v->v[a], lex_titles) ||
                     lex_in(t, &v->v[a], (const char *const[]){"the", "a", "an", NULL})))
        a++;
    if (a >= b || (b - a == 1 && (not_a_name(bd, t, &v->v[a]) || v->v[a].end - v->v[a].start < 2)))
        return 0;
    size_t s = v->v[a].start, e = v->v[b - 1].end;
    for (size_t k = s; k < e; k++) { /* "Biden's" counts as "Biden"; "I've" is no name */
        size_t al = t[k] == '\'' ? 1 : (k + 2 < e && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 && (unsigned char)t[k + 2] == 0x99) ? 3 : 0;
        if (!al)
            continue;
        if (k + al + 1 == e && (t[k + al] == 's' || t[k + al] == 'S')) {
            e = k;
            break;
        }
        if (b - a == 1)
            return 0;
    }
    if (e <= s)
        return 0;
    int64_t id = chmap_intern(acc->ids, t + s, e - s);
    if (id < 0)
        return -1;
    if ((size_t)id == acc->ents->n) {
        card_entity en = {card_span(c, t + s, e - s), NULL,
                          carena_alloc(c->arena, c->ndocs * sizeof(uint32_t)), 0};
        if (!en.name || !en.count || VEC_PUSH(acc->ents, en) < 0 ||
            VEC_RESERVE(&acc->votes, (size_t)(id + 1) * NKINDS) < 0)
            return -1;
        memset(acc->votes.v + id * NKINDS, 0, NKINDS * sizeof(uint32_t));
        acc->votes.n = (size_t)(id + 1) * NKINDS;
    }
    acc->votes.v[id * NKINDS + entity_kind(t, v, a, b)]++;
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
            rc = add_mention(b, acc, t, &v, i, j, fs->doc);
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
    ent_acc acc = {chmap_new(), &c->ents, {0}};
    int rc = acc.ids ? 0 : -1;
    for (size_t s = 0; s < b->m->nsents && rc == 0; s++)
        rc = sentence_entities(b, &acc, s);
    for (size_t i = 0; rc == 0 && i < c->ents.n; i++) {
        const uint32_t *vt = acc.votes.v + i * NKINDS;
        int best = K_OTHER; /* ties: organisation, place, person before other */
        static const int order[] = {K_ORG, K_PLACE, K_PERSON, K_OTHER};
        for (int k = 3; k >= 0; k--)
            if (vt[order[k]] >= vt[best])
                best = order[k];
        c->ents.v[i].kind = kind_names[best];
    }
    chmap_free(acc.ids);
    VEC_FREE(&acc.votes);
    if (rc == 0 && c->ents.n > 1)
        qsort(c->ents.v, c->ents.n, sizeof *c->ents.v, cmp_entity);
    if (c->ents.n > MAX_ENTITIES)
        c->ents.n = MAX_ENTITIES;
    return rc;
}
