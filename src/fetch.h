/* URL fetching internals (libcurl); the API is chorus_fetch_url. */
#ifndef CHORUS_FETCH_H
#define CHORUS_FETCH_H
#include "chorus.h"

/* 1 when s starts with http:// or https:// (case-insensitive). */
int chorus_is_url(const char *s);

/* The response's Content-Type: media type ("text/html") and charset
 * parameter ("koi8-r"), lower case; "" when not given. */
typedef struct fetch_type {
    char media[64];
    char charset[40];
} fetch_type;

/* chorus_fetch_url, also reading the Content-Type header into *type. */
int chorus_fetch_typed(chorus_ctx *ctx, const char *url, const chorus_fetch_opts *opts, char **body,
                       size_t *len, char **final_url, fetch_type *type);

#endif
