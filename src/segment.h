/* Sentence segmentation internals. */
#ifndef CHORUS_SEGMENT_H
#define CHORUS_SEGMENT_H
#include "chorus.h"
#include "util/vec.h"

typedef VEC(chorus_span) span_vec;

/* Appends the sentences of text to out (offsets relative to text). */
int chorus_segment_spans(const char *text, size_t len, const char *lang, span_vec *out);

/* The ISO 639-1 code of lang into out (see seg_lang_code); CHORUS_EUSAGE,
 * with the one message every stage gives, when lang names no language. */
int chorus_segment_lang(chorus_ctx *ctx, const char *lang, char out[3]);

#endif
