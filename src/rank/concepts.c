#include "rank/concepts.h"

#include <stdlib.h>
#include <string.h>

#include "util/sort.h"

#define UNI_KEY ((uint64_t)0xFFFFFFFFu << 32)

/* An occurrence of a concept: key (term1 << 32) | term2, or UNI_KEY | term
 * for a content word; val (sentence << 32) | article. */
static chorus_kv occ(uint64_t key, uint32_t sent, uint32_t doc)
{
    return (chorus_kv){key, ((uint64_t)sent << 32) | doc};
}

static uint32_t occ_sent(const chorus_kv *o)
{
    return (uint32_t)(o->val >> 32);
}

static uint32_t occ_doc(const chorus_kv *o)
{
    return (uint32_t)o->val;
}

/* Collects every bigram occurrence of the story, and with uni_weight > 0
 * every content-word occurrence as a unigram concept. */
static chorus_kv *collect(const fmodel *m, double uni_weight, size_t *n)
{
    chorus_kv *v = malloc((2 * m->ntoks + 1) * sizeof(*v));
    size_t k = 0;
    if (!v)
        return NULL;
    for (uint32_t i = 0; i < m->nsents; i++) {
        const fsent *s = &m->sents[i];
        for (uint32_t t = s->tok0; t + 1 < s->tok0 + s->ntok; t++) {
            const ctoken *a = &m->toks[t], *b = &m->toks[t + 1];
            if ((a->flags & TOK_STOP) && (b->flags & TOK_STOP))
                continue;
            v[k++] = occ(((uint64_t)a->term << 32) | b->term, i, s->doc);
        }
        for (uint32_t t = s->tok0; uni_weight > 0 && t < s->tok0 + s->ntok; t++)
            if (!(m->toks[t].flags & TOK_STOP))
                v[k++] = occ(UNI_KEY | m->toks[t].term, i, s->doc);
    }
    *n = k;
    return v;
}

/* Replaces keys by dense concept ids and weighs each by the independent
 * articles that contain it (a copy of an article counts with it once):
 * 1 per article, plus pos_boost / (1 + index of the sentence where it
 * first occurs there), as news puts the core facts first. seen[] holds,
 * per independent article, the last concept id + 1 it was counted for. */
static int assign_ids(const fmodel *m, chorus_kv *v, size_t n, const concept_weights *cw, concepts *c)
{
    /* collect() wrote occurrences in sentence order, and the sort is
     * stable: each concept's occurrences stay in sentence order */
    if (chorus_kv_sort(v, n) < 0)
        return -1;
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
            uint32_t g = m->doc_copy_of[occ_doc(&v[j])];
            if (seen[g] != id + 1) { /* first occurrence in this independent article */
                seen[g] = (uint32_t)id + 1;
                docs++;
                w += 1.0 + cw->pos_boost / (1.0 + m->sents[occ_sent(&v[j])].index);
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

/* Drops repeats from each sentence's sorted id list, closing the gaps. */
static void dedup_lists(uint32_t nsents, concepts *c)
{
    uint32_t k = 0;
    for (uint32_t s = 0; s < nsents; s++) {
        uint32_t a = c->off[s], b = c->off[s + 1];
        c->off[s] = k;
        for (uint32_t i = a; i < b; i++)
            if (k == c->off[s] || c->ids[k - 1] != c->ids[i])
                c->ids[k++] = c->ids[i];
    }
    c->off[nsents] = k;
}

/* Lists each sentence's distinct concept ids, ascending: a counting sort
 * of the occurrences, already in id order, by sentence. */
static int build_lists(const fmodel *m, const chorus_kv *v, size_t n, concepts *c)
{
    uint32_t *pos = calloc(m->nsents + 1, sizeof(uint32_t));
    c->off = malloc((m->nsents + 1) * sizeof(uint32_t));
    c->ids = malloc((n ? n : 1) * sizeof(uint32_t));
    if (!pos || !c->off || !c->ids) {
        free(pos);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        pos[occ_sent(&v[i]) + 1]++;
    for (uint32_t s = 0; s < m->nsents; s++)
        pos[s + 1] += pos[s];
    memcpy(c->off, pos, (m->nsents + 1) * sizeof(uint32_t));
    for (size_t i = 0; i < n; i++)
        c->ids[pos[occ_sent(&v[i])]++] = (uint32_t)v[i].key;
    free(pos);
    dedup_lists(m->nsents, c);
    return 0;
}

int concepts_build(const fmodel *m, const concept_weights *w, concepts *out)
{
    memset(out, 0, sizeof(*out));
    size_t n;
    chorus_kv *v = collect(m, w->uni_weight, &n);
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
