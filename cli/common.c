#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_fail(int err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("chorus: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return chorus_error_exit_code(err);
}

int cli_fail_ctx(const chorus_ctx *ctx, int err)
{
    const char *m = chorus_ctx_message(ctx);
    return cli_fail(err, "%s", *m ? m : chorus_error_name(err));
}

int cli_is_help(const char *arg) { return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0; }

int cli_take_value(const char *opt, const char *v, const char *what, const char **out)
{
    if (!v || !*v) {
        cli_fail(CHORUS_EUSAGE, "%s needs %s, not an empty value", opt, what);
        return -1;
    }
    *out = v;
    return 0;
}

int cli_parse_size(const char *opt, const char *s, size_t *out)
{
    char *end;
    errno = 0;
    if (!s || !*s || *s == '-') {
        cli_fail(CHORUS_EUSAGE, "%s needs a non-negative integer", opt);
        return -1;
    }
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end) {
        cli_fail(CHORUS_EUSAGE, "%s: '%s' is not a non-negative integer", opt, s);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

int cli_parse_double(const char *opt, const char *s, double *out)
{
    char *end;
    errno = 0;
    if (!s || !*s) {
        cli_fail(CHORUS_EUSAGE, "%s needs a number", opt);
        return -1;
    }
    double v = strtod(s, &end);
    if (errno || *end || !isfinite(v)) {
        cli_fail(CHORUS_EUSAGE, "%s: '%s' is not a number", opt, s);
        return -1;
    }
    *out = v;
    return 0;
}

int cli_parse_seconds(const char *opt, const char *s, double *out)
{
    if (cli_parse_double(opt, s, out) < 0)
        return -1;
    if (!(*out > 0 && *out <= 86400)) {
        cli_fail(CHORUS_EUSAGE, "%s: '%s' is not a number of seconds in (0, 86400]", opt, s);
        return -1;
    }
    return 0;
}

/* Why the first failed write failed: once stdio has dropped the bytes it
 * could not write, fflush succeeds and the cause is lost. */
static int out_errno;

static void put_failed(void)
{
    if (!out_errno)
        out_errno = errno;
}

void cli_put(const char *s)
{
    if (fputs(s, stdout) == EOF)
        put_failed();
}

void cli_put_json_string(const char *s, size_t n)
{
    int ok = putchar('"') != EOF;
    for (size_t i = 0; ok && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            ok = printf("\\%c", c) >= 0;
        else if (c == '\n')
            ok = fputs("\\n", stdout) != EOF;
        else if (c == '\t')
            ok = fputs("\\t", stdout) != EOF;
        else if (c < 0x20)
            ok = printf("\\u%04x", c) >= 0;
        else
            ok = putchar(c) != EOF;
    }
    if (!ok || putchar('"') == EOF)
        put_failed();
}

void cli_put_escaped(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    int ok = 1;
    for (size_t i = 0; ok && u[i]; i++) {
        int c1 = u[i] == 0xC2 && u[i + 1] >= 0x80 && u[i + 1] < 0xA0; /* U+0080..U+009F */
        int c = c1 ? u[++i] : u[i];
        if (c == '\n' || c == '\t' || c == '\r')
            ok = printf("\\%c", c == '\n' ? 'n' : c == '\t' ? 't' : 'r') >= 0;
        else if (c < 0x20 || c == 0x7F || c1)
            ok = printf("\\u%04x", (unsigned)c) >= 0;
        else
            ok = putchar(c) != EOF;
    }
    if (!ok)
        put_failed();
}

int cli_flush_output(void)
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout))
        return 0;
    int e = errno ? errno : out_errno;
    return cli_fail(CHORUS_EIO, "cannot write the output%s%s", e ? ": " : "", e ? strerror(e) : "");
}

chorus_ctx *cli_ctx(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    if (!ctx) {
        cli_fail(CHORUS_ENOMEM, "out of memory");
        exit(chorus_error_exit_code(CHORUS_ENOMEM));
    }
    return ctx;
}

static const char *const format_names[] = {"text", "json", "jsonl", "markdown", "html"};

int cli_parse_format(const char *s, unsigned allowed, cli_format *out)
{
    if (!s) {
        cli_fail(CHORUS_EUSAGE, "--format needs a value");
        return -1;
    }
    for (unsigned i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
        if (s && strcmp(s, format_names[i]) == 0 && (allowed & (1u << i))) {
            *out = (cli_format)i;
            return 0;
        }
    }
    char list[128] = "";
    for (unsigned i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
        if (allowed & (1u << i)) {
            if (*list)
                strcat(list, ", ");
            strcat(list, format_names[i]);
        }
    }
    cli_fail(CHORUS_EUSAGE, "unknown format '%s' (expected one of: %s)", s ? s : "", list);
    return -1;
}
