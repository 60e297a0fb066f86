/* Which articles of a story are copies of another (MODEL_COPY_MIN): by
 * MinHash signatures of 5-stem shingles, compared only between articles
 * that share a locality-sensitive band, so a story of 50,000 articles costs
 * about as much per article as one of ten. */
#include <stdlib.h>

#include "model.h"
#include "util/hmap.h"
#include "util/minhash.h"
#include "util/vec.h"

/* One text inside another counts only when the smaller has this many
 * shingles (a one-line brief shares its words with many articles); texts
 * that are nearly the same whole (Jaccard >= MODEL_COPY_MIN) count at any
 * length. */
#define COPY_MIN_SHINGLES 20
/* A pair of texts shares at least one of COPY_BANDS bands of two bins with
 * probability 1 - (1 - J^2)^COPY_BANDS (J = 0.5: 0.9999). */
#define COPY_BANDS (CHORUS_MINHASH_K / 2)
/* Earlier articles looked at per band, most recent first: bounds the work
 * when many articles share phrases without copying each other. */
#define CHAIN_MAX 8

typedef struct band_node {
    uint32_t doc, next; /* next: older node with the same key, or UINT32_MAX */
} band_node;

typedef struct copy_index {
    chmap *heads; /* band key -> newest node */
    VEC(band_node) nodes;
    uint32_t *seen; /* per article: last article + 1 it was compared with */
} copy_index;

static void doc_signature(const fmodel *m, size_t d, uint64_t *w, chorus_minhash *out)
{
    size_t n = 0;
    if (m->doc_first[d + 1] > m->doc_first[d]) {
        const fsent *last = &m->sents[m->doc_first[d + 1] - 1];
        for (uint32_t k = m->sents[m->doc_first[d]].tok0; k < last->tok0 + last->ntok; k++)
            w[n++] = chorus_hash_mix((uint64_t)m->toks[k].term + 1);
    }
    chorus_minhash_words(w, n, 5, out);
}

/* The key of band k, or 0 when a bin of it is empty (short texts leave
 * bins empty, and those bands would pair every short text). Band
 * COPY_BANDS is the whole signature, so identical texts meet however
 * short they are. */
static uint64_t band_key(const chorus_minhash *s, size_t k)
{
    uint64_t h = chorus_hash_mix(k + 1);
    if (k == COPY_BANDS) {
        for (size_t i = 0; i < CHORUS_MINHASH_K; i++)
            h = chorus_hash_mix(h ^ s->h[i]);
        return s->nshingles ? h | 1 : 0;
    }
    if (s->h[2 * k] == UINT64_MAX || s->h[2 * k + 1] == UINT64_MAX)
        return 0;
    return chorus_hash_mix(h ^ s->h[2 * k] ^ chorus_hash_mix(s->h[2 * k + 1])) | 1;
}

/* The earliest indexed article that article b copies, or b. */
static uint32_t copy_source(copy_index *ix, const chorus_minhash *sig, uint32_t b)
{
    uint32_t best = b, head;
    for (size_t k = 0; k <= COPY_BANDS; k++) {
        uint64_t key = band_key(&sig[b], k);
        if (!key || !chmap_get(ix->heads, (const char *)&key, sizeof key, &head))
            continue;
        for (uint32_t i = head, n = 0; i != UINT32_MAX && n < CHAIN_MAX; i = ix->nodes.v[i].next, n++) {
            uint32_t a = ix->nodes.v[i].doc;
            if (ix->seen[a] == b + 1 || a >= best)
                continue;
            ix->seen[a] = b + 1;
            if (chorus_minhash_copies(&sig[a], &sig[b], MODEL_COPY_MIN, COPY_MIN_SHINGLES))
                best = a;
        }
    }
    return best;
}

static int index_doc(copy_index *ix, const chorus_minhash *s, uint32_t b)
{
    for (size_t k = 0; k <= COPY_BANDS; k++) {
        uint64_t key = band_key(s, k);
        uint32_t head = UINT32_MAX;
        if (!key)
            continue;
        chmap_get(ix->heads, (const char *)&key, sizeof key, &head);
        band_node node = {b, head};
        if (VEC_PUSH(&ix->nodes, node) < 0 ||
            chmap_set(ix->heads, (const char *)&key, sizeof key, (uint32_t)(ix->nodes.n - 1)) < 0)
            return -1;
    }
    return 0;
}

int chorus_model_find_copies(fmodel *m)
{
    copy_index ix = {chmap_new(), {0}, calloc(m->ndocs + 1, sizeof(uint32_t))};
    m->doc_copy_of = malloc((m->ndocs + 1) * sizeof(uint32_t));
    chorus_minhash *sig = malloc((m->ndocs + 1) * sizeof(chorus_minhash));
    uint64_t *w = malloc((m->ntoks + 1) * sizeof(uint64_t));
    int rc = m->doc_copy_of && sig && w && ix.heads && ix.seen ? 0 : -1;
    for (size_t d = 0; rc == 0 && d < m->ndocs; d++)
        doc_signature(m, d, w, &sig[d]);
    m->nindep = 0;
    for (uint32_t b = 0; rc == 0 && b < m->ndocs; b++) {
        m->doc_copy_of[b] = copy_source(&ix, sig, b);
        if (m->doc_copy_of[b] == b) {
            m->nindep++;
            rc = index_doc(&ix, &sig[b], b);
        }
    }
    chmap_free(ix.heads);
    VEC_FREE(&ix.nodes);
    free(ix.seen);
    free(sig);
    free(w);
    return rc;
}
