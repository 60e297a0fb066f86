/* Postings: a 64-bit key -> the ids filed under it, newest first. Finds
 * candidates (texts sharing a MinHash band, quotes sharing a word run)
 * without comparing every pair. */
#ifndef CHORUS_UTIL_POSTINGS_H
#define CHORUS_UTIL_POSTINGS_H
#include <stddef.h>
#include <stdint.h>

#include "util/hmap.h"
#include "util/vec.h"

#define CHORUS_POSTINGS_END UINT32_MAX

typedef struct chorus_posting {
    uint32_t id;
    uint32_t next; /* older posting under the same key, or CHORUS_POSTINGS_END */
} chorus_posting;

typedef struct chorus_postings {
    chmap *heads; /* key -> newest posting */
    VEC(chorus_posting) v;
} chorus_postings;

/* 0, or -1 when out of memory; free with chorus_postings_free either way. */
int chorus_postings_init(chorus_postings *p);
void chorus_postings_free(chorus_postings *p);
/* Files id under key. 0 or -1 when out of memory. */
int chorus_postings_add(chorus_postings *p, uint64_t key, uint32_t id);
/* Index into p->v of the newest posting under key, or CHORUS_POSTINGS_END;
 * follow .next for older ones. */
uint32_t chorus_postings_first(const chorus_postings *p, uint64_t key);

#endif
