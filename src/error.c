#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chorus_ctx {
    int code;
    char message[1024];
    chorus_warn_fn warn;
    void *warn_data;
    size_t nwarnings;
    char where[256]; /* prefix of warnings: the record being read */
};

static void warn_stderr(void *data, const char *message)
{
    (void)data;
    fprintf(stderr, "chorus: warning: %s\n", message);
}

const char *chorus_version(void) { return CHORUS_VERSION; }

chorus_ctx *chorus_ctx_new(void)
{
    chorus_ctx *ctx = calloc(1, sizeof(*ctx));
    if (ctx)
        ctx->warn = warn_stderr;
    return ctx;
}

void chorus_ctx_free(chorus_ctx *ctx) { free(ctx); }

const char *chorus_ctx_message(const chorus_ctx *ctx) { return ctx ? ctx->message : ""; }

int chorus_ctx_code(const chorus_ctx *ctx) { return ctx ? ctx->code : 0; }

void chorus_ctx_set_warn(chorus_ctx *ctx, chorus_warn_fn fn, void *data)
{
    ctx->warn = fn;
    ctx->warn_data = data;
}

size_t chorus_ctx_warnings(const chorus_ctx *ctx) { return ctx ? ctx->nwarnings : 0; }

void chorus_free(void *p) { free(p); }

/* Keeps messages to one line: a newline in a file name or quoted input
 * (an id is kept as given) would otherwise break the one-line contract,
 * and another control character could be a terminal's escape: a C1 one
 * too ("\xc2\x9b", CSI in UTF-8), whose two bytes become two spaces. */
static void flatten(char *s)
{
    for (unsigned char *u = (unsigned char *)s; *u; u++) {
        if (*u < 0x20 || *u == 0x7F) {
            *u = ' ';
        } else if (u[0] == 0xC2 && u[1] >= 0x80 && u[1] < 0xA0) {
            u[0] = u[1] = ' ';
            u++;
        }
    }
}

int chorus_error_set(chorus_ctx *ctx, int code, const char *fmt, ...)
{
    if (!ctx)
        return code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ctx->message, sizeof ctx->message, fmt, ap);
    va_end(ap);
    flatten(ctx->message);
    ctx->code = code;
    return code;
}

int chorus_error_prefix(chorus_ctx *ctx, int code, const char *name)
{
    if (!ctx)
        return code;
    char why[sizeof ctx->message];
    memcpy(why, ctx->message, sizeof why);
    return chorus_error_set(ctx, code, "%s: %s", name, why);
}

int chorus_error_nomem(chorus_ctx *ctx) { return chorus_error_set(ctx, CHORUS_ENOMEM, "out of memory"); }

void chorus_error_clear(chorus_ctx *ctx)
{
    if (ctx) {
        ctx->code = 0;
        ctx->message[0] = '\0';
    }
}

void chorus_warn(chorus_ctx *ctx, const char *fmt, ...)
{
    if (!ctx)
        return;
    ctx->nwarnings++;
    if (!ctx->warn)
        return;
    char msg[1024];
    size_t k = (size_t)snprintf(msg, sizeof msg, "%s", ctx->where);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + k, sizeof msg - k, fmt, ap);
    va_end(ap);
    flatten(msg);
    ctx->warn(ctx->warn_data, msg);
}

void chorus_warn_where(chorus_ctx *ctx, const char *where)
{
    if (ctx)
        snprintf(ctx->where, sizeof ctx->where, "%s", where ? where : "");
}

int chorus_warn_name(chorus_ctx *ctx, const char *name)
{
    if (!ctx || !name || ctx->where[0])
        return 0;
    snprintf(ctx->where, sizeof ctx->where, "%s: ", name);
    return 1;
}

/* One table maps each error to its exit code and HTTP status. */
static const struct {
    int code;
    const char *name;
    int exit_code;
    int http;
} error_table[] = {
    {CHORUS_OK, "ok", 0, 200},
    {CHORUS_ENOMEM, "out-of-memory", 71, 503},
    {CHORUS_EIO, "io", 66, 404},
    {CHORUS_EINPUT, "input", 65, 422},
    {CHORUS_EUSAGE, "usage", 2, 400},
    {CHORUS_ENET, "network", 69, 502},
    {CHORUS_EINTERNAL, "internal", 70, 500},
};

static size_t error_index(int err)
{
    for (size_t i = 0; i < sizeof error_table / sizeof error_table[0]; i++)
        if (error_table[i].code == err)
            return i;
    return sizeof error_table / sizeof error_table[0] - 1;
}

int chorus_error_exit_code(int err) { return error_table[error_index(err)].exit_code; }

int chorus_error_http_status(int err) { return error_table[error_index(err)].http; }

const char *chorus_error_name(int err) { return error_table[error_index(err)].name; }
