/* Opening words set in capitals ("NEGOTIATIONS FOR a new contract") put
 * in the article's own case. */
#ifndef CHORUS_RECASE_H
#define CHORUS_RECASE_H
#include <stddef.h>

/* Rewrites, in place and at the same length, the capitalised words that
 * open text t[0..len) when a lower-case word follows them: each takes the
 * case the rest of the text writes it in; acronyms stay. */
void chorus_recase_opening(char *t, size_t len);

#endif
