/* MinHash signatures of word shingles, to tell copies of a text (wire copy
 * republished, an article's updated version) from texts that only share a
 * subject. Words come in as 64-bit hashes, so callers choose what a word is
 * (raw text, stems). */
#ifndef CHORUS_UTIL_MINHASH_H
#define CHORUS_UTIL_MINHASH_H
#include <stddef.h>
#include <stdint.h>

#include "util/postings.h"

#define CHORUS_MINHASH_K 128 /* bins; the code takes a bin from 7 hash bits */

typedef struct chorus_minhash {
    uint64_t h[CHORUS_MINHASH_K]; /* least hash per bin; UINT64_MAX: empty */
    size_t nshingles; /* shingles hashed (with repeats); 0: empty text */
} chorus_minhash;

/* A 64-bit finaliser (MurmurHash3's) spreading the bits of x. */
uint64_t chorus_hash_mix(uint64_t x);
/* Hashes of the shingles of `shingle` consecutive words of w[0..n) into
 * out, which has room for n; a text shorter than one shingle is one
 * shingle. Returns how many (0 for no words). */
size_t chorus_shingle_hashes(const uint64_t *w, size_t n, size_t shingle, uint64_t *out);
/* Signature of a text given the hashes of its shingles (repeats allowed). */
void chorus_minhash_of(const uint64_t *sh, size_t n, chorus_minhash *out);
/* Estimated Jaccard similarity of the two shingle sets, in [0, 1]; 0 when
 * either is empty. */
double chorus_minhash_jaccard(const chorus_minhash *a, const chorus_minhash *b);
/* Estimated share of the smaller text's shingles that the other holds, in
 * [0, 1]: near 1 when one text is the other cut or extended. */
double chorus_minhash_containment(const chorus_minhash *a, const chorus_minhash *b);

/* Sorts the shingle hashes sh[0..n) and drops repeats, making the exact
 * set that the overlap below reads. Returns the set's size. */
size_t chorus_shingle_set(uint64_t *sh, size_t n);
/* Exact overlap of two shingle sets (from chorus_shingle_set): *jaccard
 * gets |A n B| / |A u B| and *containment |A n B| / the smaller size (0
 * when either is empty). */
void chorus_shingle_overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb, double *jaccard,
                            double *containment);

/* Locality-sensitive bands: band k < CHORUS_MINHASH_BANDS - 1 is bins 2k
 * and 2k + 1, so two texts share at least one with probability about
 * 1 - (1 - J^2)^64 (J = 0.5: 0.9999). An empty bin borrows the next filled
 * one's value, shifted by the distance (Shrivastava & Li's densification),
 * so a band of a short text, which leaves most bins empty, has a key when
 * one of its bins is filled. The last band is the whole signature, so
 * identical texts always meet. */
#define CHORUS_MINHASH_BANDS (CHORUS_MINHASH_K / 2 + 1)
/* The key of band k < CHORUS_MINHASH_BANDS; 0 when both its bins are
 * empty (a short text) or the text is. */
uint64_t chorus_minhash_band(const chorus_minhash *s, size_t k);
/* Files id under every band key of s. 0 or -1 when out of memory. */
int chorus_minhash_file(chorus_postings *p, const chorus_minhash *s, uint32_t id);
/* Calls visit(ctx, id) once for each id filed in p under one of s's band
 * keys, looking at no more than chain_max ids per band (newest first), so
 * that a text repeated many times does not make the search quadratic.
 * seen[id] == stamp marks an id already visited for this search; visited
 * ids get it. */
void chorus_minhash_candidates(const chorus_postings *p, const chorus_minhash *s, size_t chain_max, uint32_t *seen,
                               uint32_t stamp, void (*visit)(void *ctx, uint32_t id), void *ctx);

/* The copy rule, on exact or estimated figures: 1 when two texts' shingle
 * sets are at least `min` similar (Jaccard), or the smaller one, of at
 * least min_shingles shingles, is at least `min` contained in the other. */
int chorus_copy_rule(double jaccard, double containment, size_t smaller, double min, size_t min_shingles);
/* The copy rule on the signatures' estimates. */
int chorus_minhash_copies(const chorus_minhash *a, const chorus_minhash *b, double min, size_t min_shingles);

#endif
