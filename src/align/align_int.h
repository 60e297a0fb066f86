/* Internals shared by the alignment files. */
#ifndef CHORUS_ALIGN_INT_H
#define CHORUS_ALIGN_INT_H
#include "align/align.h"
#include "util/vec.h"

#define ALIGN_STOP UINT32_MAX

typedef VEC(uint32_t) u32_vec;
typedef VEC(aunit) aunit_vec;

/* Fills a->canon (model term -> canonical id or ALIGN_STOP); *ncanon
 * receives the number of canonical ids. */
int align_canon_build(aligner *a, size_t *ncanon);
/* Appends the units of sentence s to uv (their terms to tv). */
int align_split_sentence(const aligner *a, uint32_t s, void *uv, u32_vec *tv);

/* Appends the distinct canonical content terms of tokens [k0, k1) to tv,
 * sorted; *n receives their number. */
int align_unit_terms(const aligner *a, uint32_t k0, uint32_t k1, u32_vec *tv, uint32_t *n);

/* 1 when the stem names a role (president, spokesman ...), not a thing. */
int align_is_role(const char *stem);
/* The first index in [lo, hi) of the ascending v whose value is at least
 * x (hi when none): a sentence's first posting, a term in a unit's terms. */
uint32_t align_lower_bound(const uint32_t *v, uint32_t lo, uint32_t hi, uint32_t x);

/* Marks each unit term written in lower case there and not a role noun. */
int align_plain_build(aligner *a);

#endif
