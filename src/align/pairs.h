/* Labelled sentence pairs: the alignment evaluation shared by the bench
 * program and the unit test. Stories are read at run time from
 * <shared>/data/mds/<set>/clusters.jsonl; pair files hold only references. */
#ifndef CHORUS_ALIGN_PAIRS_H
#define CHORUS_ALIGN_PAIRS_H
#include <stdio.h>

#include "chorus.h"

typedef struct align_pairs_result {
    size_t n, pos, tp, fp, fn, tn;
    double precision, recall;
} align_pairs_result;

/* Reads story id of set from the shared data; caller frees *out. */
int align_pairs_load(const char *shared, const char *set, const char *id, chorus_story **out);
/* Prints the story's sentences (doc id, start, end, text) as alignment sees them. */
int align_pairs_dump(const char *shared, const char *set, const char *id, FILE *out);
/* Scores the pairs file; mistakes are listed on log (may be NULL). */
int align_pairs_eval(const char *shared, const char *pairs, align_pairs_result *r, FILE *log);

#endif
