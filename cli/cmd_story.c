/* chorus story: the story card of each story. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cmd_story_usage(FILE *out)
{
    fprintf(out,
            "usage: chorus story [options] [INPUT...]\n"
            "\n"
            "Builds the story card of a story told by several articles: the sources,\n"
            "a summary whose sentences name every article reporting them, the facts\n"
            "aligned across articles (reported by all, several or one), quotes with\n"
            "each article's speaker, divergences (number, date, place, negation,\n"
            "hedging, attribution), duplicated copy, and entities. INPUT is read as by\n"
            "'chorus summarize' (files of one story, a directory or one story per\n"
            "directory, JSONL with one story per line, SGML, Multi-News, or standard\n"
            "input).\n"
            "\n"
            "options:\n"
            "  --format FMT     text (default), markdown, html, json\n"
            "                   json: one object per story and line (schema: README, chorus story)\n"
            "  --words N        word budget of the summary (default 100; when no\n"
            "                   sentence fits, the shortest, with a warning)\n"
            "  --facts N        facts shown per group in text/markdown/html (default 12, 0: all)\n"
            "  --input KIND     auto (default), text, jsonl, multinews, sgml, html\n"
            "  --id ID          story id for a story made of files\n"
            "  --timeout SEC    seconds allowed to fetch each http(s) URL (default 30)\n"
            "  --lang CODE      language of the articles (default en)\n"
            "  -q, --quiet      no warnings on stderr\n");
}

typedef struct story_args {
    chorus_card_opts co;
    chorus_input_opts io;
    cli_format fmt;
    int quiet;
    const char **paths;
    size_t npaths;
} story_args;

static int parse_kind(const char *s, chorus_input_kind *k)
{
    static const char *const names[] = {"auto", "text", "jsonl", "multinews", "sgml", "html"};
    for (int i = 0; i < 6; i++)
        if (strcmp(s, names[i]) == 0) {
            *k = (chorus_input_kind)i;
            return 0;
        }
    cli_fail(CHORUS_EUSAGE, "unknown input kind '%s' (auto, text, jsonl, multinews, sgml, html)", s);
    return -1;
}

/* Returns -1 to continue, or an exit code. */
static int parse_opt(story_args *a, int argc, char **argv, int *i)
{
    const char *o = argv[*i];
    const char *v = *i + 1 < argc ? argv[*i + 1] : NULL;
    int bad = 0;
    unsigned fmts = 1u << FMT_TEXT | 1u << FMT_JSON | 1u << FMT_JSONL | 1u << FMT_MARKDOWN | 1u << FMT_HTML;
    if (strcmp(o, "-q") == 0 || strcmp(o, "--quiet") == 0) {
        a->quiet = 1;
        return -1;
    }
    if (strcmp(o, "--format") == 0)
        bad = cli_parse_format(v, fmts, &a->fmt);
    else if (strcmp(o, "--words") == 0) {
        bad = cli_parse_size(o, v, &a->co.summary_words);
        if (!bad && a->co.summary_words == 0)
            return cli_fail(CHORUS_EUSAGE, "story: --words needs at least 1");
    }
    else if (strcmp(o, "--facts") == 0)
        bad = cli_parse_size(o, v, &a->co.max_facts);
    else if (strcmp(o, "--input") == 0 && v)
        bad = parse_kind(v, &a->io.kind);
    else if (strcmp(o, "--id") == 0 && v && !*v)
        bad = cli_fail(CHORUS_EUSAGE, "--id needs a non-empty id") != 0;
    else if (strcmp(o, "--id") == 0 && v)
        a->io.story_id = v;
    else if (strcmp(o, "--timeout") == 0)
        bad = cli_parse_seconds(o, v, &a->io.url_timeout);
    else if (strcmp(o, "--lang") == 0 && v)
        bad = cli_take_value(o, v, "a language code such as en", &a->co.lang);
    else
        return cli_fail(CHORUS_EUSAGE, "story: unknown option or missing value '%s' (see 'chorus story --help')", o);
    if (bad)
        return 2;
    (*i)++;
    return -1;
}

static int parse_args(story_args *a, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if (o[0] == '-' && o[1] && strcmp(o, "--") != 0) {
            int rc = parse_opt(a, argc, argv, &i);
            if (rc >= 0)
                return rc;
            continue;
        }
        /* Inputs and options may come in any order; after "--" all is input. */
        if (strcmp(o, "--") != 0) {
            a->paths[a->npaths++] = o;
            continue;
        }
        for (i++; i < argc; i++)
            a->paths[a->npaths++] = argv[i];
    }
    return -1;
}

static void quiet_warn(void *data, const char *msg)
{
    (void)data;
    (void)msg;
}

static int write_card(const story_args *a, const chorus_card *card, size_t nth)
{
    char *out = a->fmt == FMT_JSON || a->fmt == FMT_JSONL ? chorus_card_json(card)
                : a->fmt == FMT_MARKDOWN                  ? chorus_card_markdown(card)
                : a->fmt == FMT_HTML                      ? chorus_card_html(card)
                                                          : chorus_card_text(card);
    if (!out)
        return -1;
    int sep = nth > 0 && (a->fmt == FMT_TEXT || a->fmt == FMT_MARKDOWN);
    /* a failed write is reported by the flush after each card */
    if (sep)
        cli_put("\n");
    cli_put(out);
    if (a->fmt == FMT_JSON || a->fmt == FMT_JSONL)
        cli_put("\n");
    chorus_free(out);
    return 0;
}

static int story_stream(story_args *a, chorus_ctx *ctx, chorus_input *in)
{
    int status = 0;
    for (size_t done = 0;;) {
        chorus_story *st = NULL;
        chorus_card *card = NULL;
        int rc = chorus_input_next(in, ctx, &st);
        if (rc == 0)
            break;
        if (rc == CHORUS_EINPUT) { /* a bad JSONL line: report it, go on */
            fprintf(stderr, "chorus: %s\n", chorus_ctx_message(ctx));
            status = chorus_error_exit_code(rc);
            continue;
        }
        if (rc < 0)
            return cli_fail_ctx(ctx, rc);
        if (a->fmt == FMT_HTML && done > 0) { /* two pages joined would be no valid page */
            chorus_story_free(st);
            return cli_fail(CHORUS_EUSAGE, "--format html writes one page, and the input holds more than one "
                                           "story (the first was written); give one story, or use --format json");
        }
        rc = chorus_card_new(ctx, st, &a->co, &card);
        if (rc == 0 && write_card(a, card, done++) < 0)
            rc = CHORUS_ENOMEM;
        chorus_card_free(card);
        chorus_story_free(st);
        if (rc == CHORUS_EINPUT) { /* this story only: the others still flow */
            fprintf(stderr, "chorus: %s\n", chorus_ctx_message(ctx));
            status = chorus_error_exit_code(rc);
            continue;
        }
        if (rc < 0)
            return cli_fail_ctx(ctx, rc);
        if ((rc = cli_flush_output()) != 0) /* the reader went away: stop reading */
            return rc;
    }
    fflush(stdout);
    return status;
}

int cmd_story(int argc, char **argv)
{
    story_args a;
    memset(&a, 0, sizeof a);
    chorus_card_opts co = CHORUS_CARD_OPTS_INIT;
    chorus_input_opts io = CHORUS_INPUT_OPTS_INIT;
    a.co = co;
    a.io = io;
    a.fmt = FMT_TEXT;
    a.paths = calloc((size_t)argc + 1, sizeof(char *));
    if (!a.paths)
        return cli_fail(CHORUS_ENOMEM, "out of memory");
    int rc = parse_args(&a, argc, argv);
    if (rc >= 0) {
        free(a.paths);
        return rc;
    }
    chorus_ctx *ctx = cli_ctx();
    if (a.quiet)
        chorus_ctx_set_warn(ctx, quiet_warn, NULL);
    chorus_input *in = NULL;
    rc = chorus_input_open(ctx, a.paths, a.npaths, &a.io, &in);
    rc = rc < 0 ? cli_fail_ctx(ctx, rc) : story_stream(&a, ctx, in);
    chorus_input_free(in);
    chorus_ctx_free(ctx);
    free(a.paths);
    return rc;
}
