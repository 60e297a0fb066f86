/* Error context internals shared by every stage. */
#ifndef CHORUS_ERROR_H
#define CHORUS_ERROR_H
#include "chorus.h"

/* Records a one-line error in ctx (may be NULL) and returns code. */
int chorus_error_set(chorus_ctx *ctx, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Puts "name: " before ctx's message, which did not name the file or page
 * it is about, and returns code. */
int chorus_error_prefix(chorus_ctx *ctx, int code, const char *name);
/* Records CHORUS_ENOMEM and returns it. */
int chorus_error_nomem(chorus_ctx *ctx);
/* Issues a warning through ctx's callback (ctx may be NULL). */
void chorus_warn(chorus_ctx *ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void chorus_error_clear(chorus_ctx *ctx);
/* Sets the prefix of later warnings ("file:3: ", the record being read;
 * NULL or "" for none). */
void chorus_warn_where(chorus_ctx *ctx, const char *where);
/* Names the file or page being read ("name: ") in later warnings, unless
 * a prefix is set already (a record of a stream names it). Returns 1 when
 * it set one, which the caller clears with chorus_warn_where(ctx, NULL). */
int chorus_warn_name(chorus_ctx *ctx, const char *name);

#endif
