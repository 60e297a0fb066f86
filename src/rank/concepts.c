#include "rank/concepts.h"

#include <stdlib.h>
#include <string.h>
#define UNI_KEY ((uint64_t)0xFFFFFFFFu << 32)

typedef struct occ {
    uint64_t key; /* (term1 << 32) | term2 */
    uint32_t sent;
    uint32_t doc;
} occ;

static int cmp_occ(const void *a, const void *b)
{
    const occ *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->sent < y->sent ? -1 : x->sent > y->sent;
}

static int cmp_occ_sent(const void *a, const void *b)
{
    const occ *x = a, *y = b;
    if (x->sent != y->sent)
        return x->sent < y->sent ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

/* Collects every bigram occurrence of the story, and with uni_weight > 0
 * every content-word occurrence as a unigram concept. */
static occ *collect(const fmodel *m, double uni_weight, size_t *n)
{
    occ *v = malloc((2 * m->ntoks + 1) * sizeof(occ));
    size_t k = 0;
    if (!v)
        return NULL;
    for (uint32_t i = 0; i < m->nsents; i++) {
        const fsent *s = &m->sents[i];
        for (uint32_t t = s->tok0; t + 1 < s->tok0 + s->ntok; t++) {
            const ctoken *a = &m->toks[t], *b = &m->toks[t + 1];
            if ((a->flags & TOK_STOP) && (b->flags & TOK_STOP))
                continue;
            v[k++] = (occ){((uint64_t)a->term << 32) | b->term, i, s->doc};
        }
        for (uint32_t t = s->tok0; uni_weight > 0 && t < s->tok0 + s->ntok; t++)
            if (!(m->toks[t].flags & TOK_STOP))
                v[k++] = (occ){UNI_KEY | m->toks[t].term, i, s->doc};
    }
    *n = k;
    return v;
}

/* Replaces keys by dense concept ids and weighs each by the independent
 * articles that contain it (a copy of an article counts with it once):
 * 1 per article, plus pos_boost / (1 + index of the sentence where it
 * first occurs there), as news puts the core facts first. seen[] holds,
 * per independent article, the last concept id + 1 it was counted for. */
static int assign_ids(const fmodel *m, occ *v, size_t n, const concept_weights *cw, concepts *c)
{
    qsort(v, n, sizeof(occ), cmp_occ);
    c->weight = malloc((n ? n : 1) * sizeof(double));
    uint32_t *seen = calloc(m->ndocs + 1, sizeof(uint32_t));
    if (!c->weight || !seen) {
        free(seen);
        return -1;
    }
    size_t id = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i, docs = 0;
        double w = 0;
        uint64_t key = v[i].key;
        while (j < n && v[j].key == key) {
            uint32_t g = m->doc_copy_of[v[j].doc];
            if (seen[g] != id + 1) { /* first occurrence in this independent article */
                seen[g] = (uint32_t)id + 1;
                docs++;
                w += 1.0 + cw->pos_boost / (1.0 + m->sents[v[j].sent].index);
            }
            v[j++].key = id;
        }
        if ((key & UNI_KEY) == UNI_KEY)
            w *= cw->uni_weight;
        c->weight[id++] = docs >= cw->min_docs ? w : 0.0;
        i = j;
    }
    free(seen);
    c->n = id;
    return 0;
}

static int build_lists(const fmodel *m, occ *v, size_t n, concepts *c)
{
    qsort(v, n, sizeof(occ), cmp_occ_sent);
    c->off = malloc((m->nsents + 1) * sizeof(uint32_t));
    c->ids = malloc((n ? n : 1) * sizeof(uint32_t));
    if (!c->off || !c->ids)
        return -1;
    size_t k = 0, i = 0;
    for (uint32_t s = 0; s < m->nsents; s++) {
        c->off[s] = (uint32_t)k;
        for (; i < n && v[i].sent == s; i++)
            if (k == c->off[s] || c->ids[k - 1] != (uint32_t)v[i].key)
                c->ids[k++] = (uint32_t)v[i].key;
    }
    c->off[m->nsents] = (uint32_t)k;
    return 0;
}

int concepts_build(const fmodel *m, const concept_weights *w, concepts *out)
{
    memset(out, 0, sizeof(*out));
    size_t n;
    occ *v = collect(m, w->uni_weight, &n);
    int rc = -1;
    if (v && assign_ids(m, v, n, w, out) == 0 && build_lists(m, v, n, out) == 0)
        rc = 0;
    free(v);
    if (rc < 0)
        concepts_free(out);
    return rc;
}

void concepts_free(concepts *c)
{
    free(c->weight);
    free(c->off);
    free(c->ids);
    memset(c, 0, sizeof(*c));
}
