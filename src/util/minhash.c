#include "util/minhash.h"

#include <stdlib.h>

uint64_t chorus_hash_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* Word hashes rotated by their place in the shingle (order counts), one
 * mix for the whole shingle. */
static uint64_t shingle_hash(const uint64_t *w, size_t n, size_t i, size_t shingle)
{
    uint64_t sh = 0x9e3779b97f4a7c15ULL;
    for (size_t j = i, r = 0; j < i + shingle && j < n; j++, r = (r + 13) & 63)
        sh ^= r ? (w[j] << r) | (w[j] >> (64 - r)) : w[j];
    return chorus_hash_mix(sh);
}

size_t chorus_shingle_hashes(const uint64_t *w, size_t n, size_t shingle, uint64_t *out)
{
    size_t ns = n >= shingle ? n - shingle + 1 : (n ? 1 : 0);
    for (size_t i = 0; i < ns; i++)
        out[i] = shingle_hash(w, n, i, shingle);
    return ns;
}

/* One permutation hashing (Li, Owen & Zhang 2012): the top bits of a
 * shingle's hash pick one of K bins and each bin keeps its least value;
 * one hash per shingle instead of K. */
void chorus_minhash_of(const uint64_t *sh, size_t n, chorus_minhash *out)
{
    out->nshingles = n;
    for (size_t k = 0; k < CHORUS_MINHASH_K; k++)
        out->h[k] = UINT64_MAX;
    for (size_t i = 0; i < n; i++) {
        size_t bin = (size_t)(sh[i] >> 57); /* 128 bins */
        if (sh[i] < out->h[bin])
            out->h[bin] = sh[i];
    }
}

/* Matching bins over the bins either text fills (bins both leave empty say
 * nothing): the estimator of Li et al. for one permutation hashing. */
double chorus_minhash_jaccard(const chorus_minhash *a, const chorus_minhash *b)
{
    if (!a->nshingles || !b->nshingles)
        return 0;
    size_t eq = 0, used = 0;
    for (size_t k = 0; k < CHORUS_MINHASH_K; k++) {
        if (a->h[k] == UINT64_MAX && b->h[k] == UINT64_MAX)
            continue;
        used++;
        eq += a->h[k] == b->h[k];
    }
    return used ? (double)eq / (double)used : 0;
}

/* |A n B| = J (|A| + |B|) / (1 + J), over the smaller set; shingle counts
 * stand in for set sizes (repeated shingles are rare in prose). */
static double containment_of(double j, const chorus_minhash *a, const chorus_minhash *b)
{
    if (j <= 0)
        return 0;
    double na = (double)a->nshingles, nb = (double)b->nshingles;
    double c = j * (na + nb) / (1.0 + j) / (na < nb ? na : nb);
    return c > 1.0 ? 1.0 : c;
}

double chorus_minhash_containment(const chorus_minhash *a, const chorus_minhash *b)
{
    return containment_of(chorus_minhash_jaccard(a, b), a, b);
}

int chorus_copy_rule(double jaccard, double containment, size_t smaller, double min, size_t min_shingles)
{
    return jaccard >= min || (smaller >= min_shingles && containment >= min);
}

int chorus_minhash_copies(const chorus_minhash *a, const chorus_minhash *b, double min, size_t min_shingles)
{
    size_t small = a->nshingles < b->nshingles ? a->nshingles : b->nshingles;
    double j = chorus_minhash_jaccard(a, b);
    return chorus_copy_rule(j, containment_of(j, a, b), small, min, min_shingles);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

size_t chorus_shingle_set(uint64_t *sh, size_t n)
{
    qsort(sh, n, sizeof(uint64_t), cmp_u64);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || sh[i] != sh[k - 1])
            sh[k++] = sh[i];
    return k;
}

void chorus_shingle_overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb, double *jaccard,
                            double *containment)
{
    size_t i = 0, j = 0, common = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j])
            common++, i++, j++;
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    size_t small = na < nb ? na : nb;
    *jaccard = small ? (double)common / (double)(na + nb - common) : 0;
    *containment = small ? (double)common / (double)small : 0;
}

/* Bin k's value, or for an empty bin the next filled bin's (circularly)
 * plus a multiple of the distance, so that two texts' densified bins agree
 * about as often as their Jaccard similarity. UINT64_MAX when all bins are
 * empty. */
static uint64_t dense_bin(const chorus_minhash *s, size_t k)
{
    for (size_t t = 0; t < CHORUS_MINHASH_K; t++) {
        uint64_t v = s->h[(k + t) % CHORUS_MINHASH_K];
        if (v != UINT64_MAX)
            return v + t * 0x9e3779b97f4a7c15ULL;
    }
    return UINT64_MAX;
}

uint64_t chorus_minhash_band(const chorus_minhash *s, size_t k)
{
    uint64_t h = chorus_hash_mix(k + 1);
    if (!s->nshingles)
        return 0;
    if (k == CHORUS_MINHASH_BANDS - 1) {
        for (size_t i = 0; i < CHORUS_MINHASH_K; i++)
            h = chorus_hash_mix(h ^ s->h[i]);
        return h | 1;
    }
    if (s->h[2 * k] == UINT64_MAX && s->h[2 * k + 1] == UINT64_MAX)
        return 0; /* both borrowed: nothing the neighbouring bands lack */
    return chorus_hash_mix(h ^ dense_bin(s, 2 * k) ^ chorus_hash_mix(dense_bin(s, 2 * k + 1))) | 1;
}

void chorus_minhash_candidates(const chorus_postings *p, const chorus_minhash *s, size_t chain_max, uint32_t *seen,
                               uint32_t stamp, void (*visit)(void *ctx, uint32_t id), void *ctx)
{
    for (size_t k = 0; k < CHORUS_MINHASH_BANDS; k++) {
        uint64_t key = chorus_minhash_band(s, k);
        uint32_t i = key ? chorus_postings_first(p, key) : CHORUS_POSTINGS_END;
        for (size_t n = 0; i != CHORUS_POSTINGS_END && n < chain_max; i = p->v.v[i].next, n++) {
            uint32_t id = p->v.v[i].id;
            if (seen[id] != stamp) {
                seen[id] = stamp;
                visit(ctx, id);
            }
        }
    }
}

int chorus_minhash_file(chorus_postings *p, const chorus_minhash *s, uint32_t id)
{
    for (size_t k = 0; k < CHORUS_MINHASH_BANDS; k++) {
        uint64_t key = chorus_minhash_band(s, k);
        if (key && chorus_postings_add(p, key, id) < 0)
            return -1;
    }
    return 0;
}
