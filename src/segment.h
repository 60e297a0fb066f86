/* Sentence segmentation internals. */
#ifndef CHORUS_SEGMENT_H
#define CHORUS_SEGMENT_H
#include "chorus.h"
#include "util/vec.h"

typedef VEC(chorus_span) span_vec;

/* Appends the sentences of text to out (offsets relative to text). */
int chorus_segment_spans(const char *text, size_t len, const char *lang, span_vec *out);

#endif
