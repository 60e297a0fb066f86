/* chorus segment: one sentence per line, or JSON with offsets. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cmd_segment_usage(FILE *out)
{
    fprintf(out,
            "usage: chorus segment [options] [FILE]\n"
            "\n"
            "Splits text into sentences and prints one per line (blanks holding a line\n"
            "break inside a sentence become one space). Reads standard input without\n"
            "FILE or with '-'.\n"
            "Input with no sentence (empty, whitespace) or binary input is an error\n"
            "(exit 65).\n"
            "\n"
            "options:\n"
            "  --format text|json  json prints {\"sentences\": [{\"text\",\"start\",\"end\",\n"
            "                      \"paragraph\"}]} with byte offsets into the cleaned input\n"
            "  --lang CODE         ISO 639-1 language code, any case, or the English\n"
            "                      name (default en; en, de, fr and es have their own\n"
            "                      rules, others the English)\n");
}

static int read_input(const char *path, char **buf, size_t *len)
{
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f)
        return cli_fail(CHORUS_EIO, "%s: cannot open (%s)", path, strerror(errno));
    size_t cap = 65536, n = 0, k;
    char *b = malloc(cap);
    while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    int err = b ? ferror(f) : 0, why = errno;
    if (path)
        fclose(f);
    if (!b)
        return cli_fail(CHORUS_ENOMEM, "out of memory");
    if (err) { /* a directory says so ("Is a directory") */
        free(b);
        return cli_fail(CHORUS_EIO, "%s: read error (%s)", path ? path : "<stdin>", strerror(why));
    }
    *buf = b;
    *len = n;
    return 0;
}

/* Prints the sentence on one line: a run of blanks holding a tab or line
 * break becomes one space. */
static void print_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t j = i, breaks = 0;
        while (j < n && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r'))
            breaks += s[j++] != ' ';
        if (j == i) {
            putchar(s[i]);
            continue;
        }
        for (size_t k = breaks ? j - 1 : i; k < j; k++) /* one space for a run with a break */
            putchar(' ');
        i = j - 1;
    }
    putchar('\n');
}

/* Segments the text after the same cleaning the pipeline applies to articles
 * (so offsets match `chorus summarize --format json`). */
static int segment_story(chorus_ctx *ctx, const char *buf, size_t len, const char *name,
                         const chorus_segment_opts *so, cli_format fmt)
{
    chorus_story *st = chorus_story_new(NULL);
    chorus_doc d = {name, NULL, NULL, NULL, NULL, buf, len, NULL};
    chorus_span *sp = NULL;
    size_t n = 0;
    int rc = !st ? CHORUS_ENOMEM : chorus_story_add_doc(st, ctx, &d);
    const chorus_doc *cd = rc == 0 ? chorus_story_doc(st, 0) : NULL;
    if (rc == 0)
        rc = chorus_segment(ctx, cd->text, cd->text_len, so, &sp, &n);
    if (rc < 0) {
        chorus_story_free(st);
        return cli_fail_ctx(ctx, rc);
    }
    if (n == 0) { /* never silent empty output */
        chorus_story_free(st);
        return cli_fail(CHORUS_EINPUT, "%s: no sentences (empty, only whitespace or only control characters)",
                        name);
    }
    if (fmt == FMT_JSON)
        fputs("{\"sentences\": [", stdout);
    for (size_t i = 0; i < n; i++) {
        const char *s = cd->text + sp[i].start;
        size_t k = sp[i].end - sp[i].start;
        if (fmt == FMT_JSON) {
            fputs(i ? ",\n  {\"text\": " : "\n  {\"text\": ", stdout);
            cli_put_json_string(s, k);
            printf(", \"start\": %zu, \"end\": %zu, \"paragraph\": %zu}", sp[i].start, sp[i].end,
                   sp[i].paragraph);
        } else {
            print_line(s, k);
        }
    }
    if (fmt == FMT_JSON)
        fputs(n ? "\n]}\n" : "]}\n", stdout);
    chorus_free(sp);
    chorus_story_free(st);
    return 0;
}

int cmd_segment(int argc, char **argv)
{
    const char *path = NULL, *file = NULL; /* file: as given, "-" included */
    chorus_segment_opts so = CHORUS_SEGMENT_OPTS_INIT;
    cli_format fmt = FMT_TEXT;
    int only_files = 0; /* after "--", as in the other commands ("-" then a file was the file alone) */
    for (int i = 1; i < argc; i++) {
        int opt = !only_files && argv[i][0] == '-' && argv[i][1];
        int takes = opt && (strcmp(argv[i], "--format") == 0 || strcmp(argv[i], "--lang") == 0);
        if (takes && i + 1 >= argc)
            return cli_fail(CHORUS_EUSAGE, "segment: %s needs a value", argv[i]);
        if (opt && strcmp(argv[i], "--") == 0) {
            only_files = 1;
        } else if (opt && strcmp(argv[i], "--format") == 0) {
            if (cli_parse_format(argv[++i], 1u << FMT_TEXT | 1u << FMT_JSON, &fmt) < 0)
                return 2;
        } else if (opt && strcmp(argv[i], "--lang") == 0) {
            if (cli_take_value(argv[i], argv[i + 1], "a language code such as en", &so.lang) < 0)
                return 2;
            i++;
        } else if (opt) {
            return cli_fail(CHORUS_EUSAGE, "segment: unknown option '%s' (see 'chorus segment --help')",
                            argv[i]);
        } else if (file) {
            return cli_fail(CHORUS_EUSAGE, "segment: takes one FILE");
        } else {
            file = argv[i];
            path = strcmp(file, "-") != 0 ? file : NULL;
        }
    }
    char *buf = NULL;
    size_t len = 0;
    int rc = read_input(path, &buf, &len);
    if (rc)
        return rc;
    if (chorus_is_binary(buf, len)) { /* as summarize refuses it */
        free(buf);
        return cli_fail(CHORUS_EINPUT, "%s: binary file (a PDF, image or archive, or NUL bytes), not text",
                        path ? path : "<stdin>");
    }
    chorus_ctx *ctx = cli_ctx();
    rc = segment_story(ctx, buf, len, path ? path : "<stdin>", &so, fmt);
    free(buf);
    chorus_ctx_free(ctx);
    return rc;
}
