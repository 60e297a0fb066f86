/* chorus extract: the article in a web page (file or URL) as text or JSON. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cmd_extract_usage(FILE *out)
{
    fprintf(out,
            "usage: chorus extract [options] PAGE.html|URL...\n"
            "\n"
            "Finds the article in each web page (a file, an http(s) URL, or '-' for\n"
            "standard input) and prints its text, paragraphs separated by blank lines.\n"
            "A page that fails (unreadable file, HTTP error, timeout, binary data or\n"
            "a URL that is not a page, no article text) gets one message on stderr;\n"
            "the others are still printed, and the exit code is non-zero. With\n"
            "several pages, text output puts a line \"==> PAGE <==\" before each.\n"
            "\n"
            "options:\n"
            "  --format text|json  json prints one object per page and line, \"page\"\n"
            "                      as given: {\"page\",\"title\",\"date\",\"author\",\"source\",\n"
            "                      \"url\",\"lang\",\"text\"}\n"
            "  --url URL           the address of the page read from a file (gives the\n"
            "                      outlet; one page only)\n"
            "  --charset NAME      force the page's character set (default: the BOM,\n"
            "                      the server's Content-Type, the page's meta tag, a guess)\n"
            "  --whole-page        all visible text, without finding the article\n"
            "  --timeout SECONDS   time limit per URL (default 30)\n"
            "  --max-bytes N       largest page fetched and parsed (default: 32 MiB\n"
            "                      fetched, the first 16 MiB parsed)\n");
}

static int read_file(const char *path, char **buf, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return -1;
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
    int err = !b || ferror(f), why = errno;
    if (f != stdin)
        fclose(f);
    if (err) {
        free(b);
        errno = why;
        return -1;
    }
    *buf = b;
    *len = n;
    return 0;
}

/* The scheme is case-insensitive ("HTTP://..." is a URL too). */
static int has_prefix_ci(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (tolower((unsigned char)*s) != *p)
            return 0;
    return 1;
}

static int is_url(const char *s) { return has_prefix_ci(s, "http://") || has_prefix_ci(s, "https://"); }

/* Writes the page's article through cli_put, which keeps why a write
 * failed; the flush after each page reports it. JSON lines open with the
 * page as given, so that each can be told from the others (a file's "url"
 * is empty). 0, or the exit code after a message when out of memory. */
static int print_article(const chorus_article *a, const char *page, cli_format fmt)
{
    if (fmt == FMT_JSON) {
        char *j = chorus_article_json(a); /* {"title":...}, never empty */
        if (!j)
            return cli_fail(CHORUS_ENOMEM, "%s: out of memory", page);
        cli_put("{\"page\":");
        cli_put_json_string(page, strlen(page));
        cli_put(",");
        cli_put(j + 1);
        cli_put("\n");
        chorus_free(j);
        return 0;
    }
    const char *t = chorus_article_text(a);
    cli_put(t);
    if (*t)
        cli_put("\n");
    return 0;
}

/* Warnings about a page read from a file name it (the library does not
 * know the file); a URL's already do. */
static void page_warn(void *data, const char *msg)
{
    const char *page = data;
    fprintf(stderr, "chorus: warning: %s%s%s\n", page ? page : "", page ? ": " : "", msg);
}

/* several: 0 for one page, else 1 + the pages printed so far. */
static int extract_one(chorus_ctx *ctx, const char *arg, const chorus_extract_opts *eo,
                       const chorus_fetch_opts *fo, cli_format fmt, int *several)
{
    chorus_article *a = NULL;
    int rc;
    chorus_ctx_set_warn(ctx, page_warn, is_url(arg) ? NULL : (void *)(uintptr_t)arg);
    if (is_url(arg)) {
        rc = chorus_extract_url(ctx, arg, fo, eo, &a);
        if (rc < 0)
            return cli_fail_ctx(ctx, rc); /* the message names the URL */
    } else {
        char *buf = NULL;
        size_t len = 0;
        errno = 0;
        if (read_file(arg, &buf, &len) < 0) { /* why, as the other commands say it */
            int e = errno;
            return cli_fail(CHORUS_EIO, "%s: cannot read%s%s%s", arg, e ? " (" : "", e ? strerror(e) : "",
                            e ? ")" : "");
        }
        rc = chorus_extract_html(ctx, buf, len, eo, &a);
        free(buf);
        if (rc < 0)
            return cli_fail(rc, "%s: %s", arg, chorus_ctx_message(ctx));
    }
    if (*several && fmt == FMT_TEXT) /* as head(1) does: which page is which, a blank line before */
        printf("%s==> %s <==\n", (*several)++ > 1 ? "\n" : "", arg);
    /* metadata even without text: a title may be all a user wants */
    rc = print_article(a, arg, fmt);
    int empty = !*chorus_article_text(a);
    chorus_article_free(a);
    if (rc)
        return rc;
    if (empty) /* all script, no body, or nothing but navigation */
        return cli_fail(CHORUS_EINPUT, "%s: no article text found in the page", arg);
    return 0;
}

/* Pages and options may come in any order; after "--" all are pages.
 * pages has room for argc entries. */
static int parse_args(int argc, char **argv, chorus_extract_opts *eo, chorus_fetch_opts *fo,
                      cli_format *fmt, char **pages, int *npages)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--") == 0) {
            for (i++; i < argc; i++)
                pages[(*npages)++] = argv[i];
            break;
        }
        if (o[0] != '-' || !o[1]) {
            pages[(*npages)++] = argv[i];
            continue;
        }
        if (strcmp(o, "--whole-page") == 0) {
            eo->whole_page = 1;
            continue;
        }
        static const char *const valued[] = {"--format", "--url", "--charset", "--timeout", "--max-bytes"};
        int known = 0;
        for (size_t k = 0; k < sizeof valued / sizeof valued[0]; k++)
            known |= strcmp(o, valued[k]) == 0;
        if (!known)
            return cli_fail(CHORUS_EUSAGE, "unknown option '%s' (see 'chorus extract --help')", o);
        if (i + 1 >= argc)
            return cli_fail(CHORUS_EUSAGE, "%s needs a value", o);
        const char *v = argv[++i];
        size_t sz;
        if (strcmp(o, "--format") == 0) {
            if (cli_parse_format(v, 1u << FMT_TEXT | 1u << FMT_JSON, fmt) < 0)
                return chorus_error_exit_code(CHORUS_EUSAGE);
        } else if (strcmp(o, "--url") == 0) {
            if (cli_take_value(o, v, "the page's address", &eo->url) < 0)
                return chorus_error_exit_code(CHORUS_EUSAGE);
        } else if (strcmp(o, "--charset") == 0) {
            if (cli_take_value(o, v, "a character set name such as utf-8", &eo->charset) < 0)
                return chorus_error_exit_code(CHORUS_EUSAGE);
        } else if (strcmp(o, "--timeout") == 0) {
            if (cli_parse_seconds(o, v, &fo->timeout) < 0)
                return chorus_error_exit_code(CHORUS_EUSAGE);
        } else { /* --max-bytes */
            if (cli_parse_size(o, v, &sz) < 0)
                return chorus_error_exit_code(CHORUS_EUSAGE);
            if (sz == 0)
                return cli_fail(CHORUS_EUSAGE, "--max-bytes needs at least 1");
            eo->max_bytes = fo->max_bytes = sz;
        }
    }
    if (*npages == 0)
        return cli_fail(CHORUS_EUSAGE, "extract needs a page (file, URL or -)");
    int stdins = 0;
    for (int k = 0; k < *npages; k++)
        stdins += strcmp(pages[k], "-") == 0;
    if (stdins > 1) /* the second would read nothing */
        return cli_fail(CHORUS_EUSAGE, "standard input ('-') can be read only once");
    if (eo->url && *npages > 1) /* it would give every page one address and outlet */
        return cli_fail(CHORUS_EUSAGE, "--url names one page; it was given with %d pages", *npages);
    return 0;
}

int cmd_extract(int argc, char **argv)
{
    chorus_extract_opts eo = CHORUS_EXTRACT_OPTS_INIT;
    chorus_fetch_opts fo = CHORUS_FETCH_OPTS_INIT;
    cli_format fmt = FMT_TEXT;
    int npages = 0, status = 0, several;
    char **pages = calloc((size_t)argc, sizeof(char *));
    if (!pages)
        return cli_fail(CHORUS_ENOMEM, "out of memory");
    int rc = parse_args(argc, argv, &eo, &fo, &fmt, pages, &npages);
    if (rc) {
        free(pages);
        return rc;
    }
    chorus_ctx *ctx = cli_ctx();
    several = npages > 1;
    for (int i = 0; i < npages; i++) {
        rc = extract_one(ctx, pages[i], &eo, &fo, fmt, &several);
        if (rc && !status)
            status = rc;
        if ((rc = cli_flush_output()) != 0) { /* the reader went away: stop */
            status = status ? status : rc;
            break;
        }
    }
    chorus_ctx_free(ctx);
    free(pages);
    return status;
}
