#include "util/minhash.h"

uint64_t chorus_hash_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* One permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed
 * once, its top bits pick one of K bins and each bin keeps its least
 * value; one hash per shingle instead of K. */
void chorus_minhash_words(const uint64_t *w, size_t n, size_t shingle, chorus_minhash *out)
{
    out->nshingles = n >= shingle ? n - shingle + 1 : (n ? 1 : 0);
    for (size_t k = 0; k < CHORUS_MINHASH_K; k++)
        out->h[k] = UINT64_MAX;
    for (size_t i = 0; i < out->nshingles; i++) {
        /* Word hashes rotated by their place in the shingle (order counts),
         * one mix for the whole shingle. */
        uint64_t sh = 0x9e3779b97f4a7c15ULL;
        for (size_t j = i, r = 0; j < i + shingle && j < n; j++, r = (r + 13) & 63)
            sh ^= r ? (w[j] << r) | (w[j] >> (64 - r)) : w[j];
        sh = chorus_hash_mix(sh);
        size_t bin = (size_t)(sh >> 57); /* 128 bins */
        if (sh < out->h[bin])
            out->h[bin] = sh;
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
double chorus_minhash_containment(const chorus_minhash *a, const chorus_minhash *b)
{
    double j = chorus_minhash_jaccard(a, b);
    if (j <= 0)
        return 0;
    double na = (double)a->nshingles, nb = (double)b->nshingles;
    double c = j * (na + nb) / (1.0 + j) / (na < nb ? na : nb);
    return c > 1.0 ? 1.0 : c;
}

int chorus_minhash_copies(const chorus_minhash *a, const chorus_minhash *b, double min, size_t min_shingles)
{
    if (chorus_minhash_jaccard(a, b) >= min)
        return 1;
    size_t small = a->nshingles < b->nshingles ? a->nshingles : b->nshingles;
    return small >= min_shingles && chorus_minhash_containment(a, b) >= min;
}
