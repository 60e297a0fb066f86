/* URL fetching internals (libcurl); the API is chorus_fetch_url. */
#ifndef CHORUS_FETCH_H
#define CHORUS_FETCH_H
#include "chorus.h"

/* 1 when s starts with http:// or https:// (case-insensitive). */
int chorus_is_url(const char *s);

#endif
