/* Internals shared by quotes.c and speaker.c. */
#ifndef CHORUS_CARD_QUOTE_INT_H
#define CHORUS_CARD_QUOTE_INT_H
#include <stdint.h>

#include "card/lex.h"

typedef struct qspan {
    uint32_t s, e; /* byte range in the article */
} qspan;

/* Speaker in the words after a quote: "..., X said" or "..., said X". */
int speaker_after(const char *t, const lword_vec *v, qspan *np, int *pron);
/* Speaker in the words before a quote: "X said: ..." or "according to X". */
int speaker_before(const char *t, const lword_vec *v, qspan *np, int *pron);
/* The last name among words [0, n). */
int name_before(const char *t, const lword_vec *v, size_t n, qspan *np);
/* Strips a leading title; with expand, a bare surname becomes the fullest
 * form of the name in the article text before upto. */
void speaker_resolve_name(const char *t, size_t upto, qspan *np, int expand);

#endif
