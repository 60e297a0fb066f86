/* chorus summarize: one summary per story. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

void cmd_summarize_usage(FILE *out)
{
    fprintf(out,
            "usage: chorus summarize [options] [INPUT...]\n"
            "\n"
            "Summarises a story told by several articles. INPUT is text files (one\n"
            "article each; optional Title:/Source:/Date:/URL:/Author: header block),\n"
            "a directory of them (several directories: one story each), DUC/TREC\n"
            "SGML files, a Multi-News file (articles separated by |||||, one story\n"
            "per line) or JSONL (one story per line: {\"id\", \"docs\": [{\"id\",\n"
            "\"source\",\"date\",\"title\",\"url\",\"author\",\"text\"}]}). Without\n"
            "INPUT, or with '-', reads standard input (JSONL when it starts with '{').\n"
            "\n"
            "budget (a sentence is never cut unless --truncate; several may be given,\n"
            "all are respected; the 100-word default holds when none is):\n"
            "  --words N        at most N words (default 100)\n"
            "  --bytes N        at most N bytes\n"
            "  --sentences N    at most N sentences\n"
            "  --ratio R        at most R (0..1) of the input's words\n"
            "  --truncate       fill the budget exactly: the sentence that crosses it\n"
            "                   comes last and is cut there\n"
            "  The summary opens with when its articles appeared, from their dates\n"
            "  (\"September 1988: ...\", \"1986–1991: ...\"); those words count in the\n"
            "  budget. --no-date leaves it out; articles without dates have none.\n"
            "\n"
            "options:\n"
            "  --method NAME    default, lead, centroid, lexrank, textrank, sumbasic,\n"
            "                   klsum, mmr, submodular, coverage, ilp (see --list-methods)\n"
            "  --list-methods   print the method names and exit\n"
            "  --format FMT     text (default), json (one object per story), jsonl\n"
            "                   json/jsonl: {\"id\",\"dateline\",\"summary\",\"sentences\":\n"
            "                   [{\"text\",\"doc\",\"source\",\"start\",\"end\"}]}\n"
            "  --no-date        no date line before the sentences\n"
            "  --input KIND     auto (default), text, jsonl, multinews, sgml, html\n"
            "  --id ID          story id for a story made of files\n"
            "  --timeout SEC    seconds allowed to fetch each http(s) URL (default 30)\n"
            "  --lang CODE      language of the articles (default en)\n"
            "  -q, --quiet      no warnings or progress on stderr\n"
            "\n"
            "A bad JSONL line is reported (file:line) and skipped; the other stories\n"
            "are still written, and the exit status is then 65.\n");
}

typedef struct sum_args {
    chorus_summarize_opts so;
    chorus_input_opts io;
    cli_format fmt;
    int quiet;
    const char **paths;
    size_t npaths;
} sum_args;

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

static void list_methods(void)
{
    for (const char *const *m = chorus_summarize_methods(); *m; m++)
        printf("%s\n", *m);
}

/* Returns -1 to continue, or an exit code. */
static int parse_opt(sum_args *a, int argc, char **argv, int *i)
{
    const char *o = argv[*i];
    const char *v = *i + 1 < argc ? argv[*i + 1] : NULL;
    int takes = 1, bad = 0;
    if (strcmp(o, "--words") == 0)
        bad = cli_parse_size(o, v, &a->so.words);
    else if (strcmp(o, "--bytes") == 0)
        bad = cli_parse_size(o, v, &a->so.bytes);
    else if (strcmp(o, "--sentences") == 0)
        bad = cli_parse_size(o, v, &a->so.sentences);
    else if (strcmp(o, "--ratio") == 0)
        bad = cli_parse_double(o, v, &a->so.ratio);
    else if (strcmp(o, "--method") == 0 && v)
        bad = cli_take_value(o, v, "a method name (see --list-methods)", &a->so.method);
    else if (strcmp(o, "--format") == 0)
        bad = cli_parse_format(v, 1u << FMT_TEXT | 1u << FMT_JSON | 1u << FMT_JSONL, &a->fmt);
    else if (strcmp(o, "--input") == 0 && v)
        bad = parse_kind(v, &a->io.kind);
    else if (strcmp(o, "--id") == 0 && v && !*v)
        bad = cli_fail(CHORUS_EUSAGE, "--id needs a non-empty id") != 0;
    else if (strcmp(o, "--id") == 0 && v)
        a->io.story_id = v;
    else if (strcmp(o, "--timeout") == 0)
        bad = cli_parse_seconds(o, v, &a->io.url_timeout);
    else if (strcmp(o, "--lang") == 0 && v)
        bad = cli_take_value(o, v, "a language code such as en", &a->so.lang);
    else {
        takes = 0;
        if (strcmp(o, "--truncate") == 0)
            a->so.truncate = 1;
        else if (strcmp(o, "--no-date") == 0)
            a->so.dateline = 0;
        else if (strcmp(o, "-q") == 0 || strcmp(o, "--quiet") == 0)
            a->quiet = 1;
        else if (strcmp(o, "--list-methods") == 0) {
            list_methods();
            return 0;
        } else
            return cli_fail(CHORUS_EUSAGE, "summarize: unknown option or missing value '%s' (see 'chorus summarize --help')", o);
    }
    if (bad)
        return 2;
    *i += takes;
    return -1;
}

static int parse_args(sum_args *a, int argc, char **argv)
{
    int explicit_budget = 0;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if (o[0] == '-' && o[1] && strcmp(o, "--") != 0) {
            if (!strcmp(o, "--bytes") || !strcmp(o, "--sentences") || !strcmp(o, "--ratio"))
                explicit_budget = 1;
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
    /* --bytes or --sentences alone replaces the default word budget. */
    if (explicit_budget && a->so.words == 100) {
        int words_given = 0;
        for (int i = 1; i < argc; i++)
            words_given |= strcmp(argv[i], "--words") == 0;
        if (!words_given)
            a->so.words = 0;
    }
    return -1;
}

/* The options the library would refuse for every story, refused before
 * any input is read and named as the user typed them. */
static int check_args(const sum_args *a)
{
    int known = !a->so.method || !*a->so.method;
    for (const char *const *m = chorus_summarize_methods(); *m && !known; m++)
        known = strcmp(*m, a->so.method) == 0;
    if (!known)
        return cli_fail(CHORUS_EUSAGE, "summarize: unknown method '%s' (see --list-methods)", a->so.method);
    if (!(a->so.ratio >= 0 && a->so.ratio <= 1))
        return cli_fail(CHORUS_EUSAGE, "--ratio: %g is not between 0 and 1", a->so.ratio);
    if (!a->so.words && !a->so.bytes && !a->so.sentences && a->so.ratio == 0)
        return cli_fail(CHORUS_EUSAGE, "summarize: a budget of 0 holds nothing; give --words, --bytes, "
                                       "--sentences or --ratio above 0");
    return -1;
}

static void quiet_warn(void *data, const char *msg)
{
    (void)data;
    (void)msg;
}

static int write_summary(const sum_args *a, const chorus_story *st, const chorus_summary *s, size_t nth,
                         int stream)
{
    char *out = a->fmt == FMT_TEXT ? chorus_summary_text(s) : chorus_summary_json(s, st);
    if (!out)
        return -1;
    /* Text output of a stream separates stories with a blank line and a header. */
    if (a->fmt == FMT_TEXT && (nth > 0 || stream)) {
        cli_put(nth > 0 ? "\n# " : "# ");
        cli_put_escaped(chorus_story_id(st));
        cli_put("\n");
    }
    puts(out);
    chorus_free(out);
    return 0;
}

static int summarize_one(sum_args *a, chorus_ctx *ctx, chorus_story *st, size_t nth, int stream)
{
    chorus_summary *s = NULL;
    int rc = chorus_summarize(ctx, st, &a->so, &s);
    if (rc == 0 && write_summary(a, st, s, nth, stream) < 0)
        rc = CHORUS_ENOMEM;
    chorus_summary_free(s);
    return rc;
}

static int summarize_stream(sum_args *a, chorus_ctx *ctx, chorus_input *in)
{
    int status = 0, progress = !a->quiet && isatty(2);
    size_t done = 0, failed = 0;
    for (;;) {
        chorus_story *st = NULL;
        int rc = chorus_input_next(in, ctx, &st);
        if (rc == 0)
            break;
        if (rc == CHORUS_EINPUT) { /* a bad story: report it, the rest still flow */
            fprintf(stderr, "chorus: %s\n", chorus_ctx_message(ctx));
            failed++;
            status = chorus_error_exit_code(rc);
            continue;
        }
        if (rc < 0)
            return cli_fail_ctx(ctx, rc);
        rc = summarize_one(a, ctx, st, done, chorus_input_is_stream(in));
        chorus_story_free(st);
        if (rc == CHORUS_EINPUT) { /* this story only: the others still flow */
            fprintf(stderr, "chorus: %s\n", chorus_ctx_message(ctx));
            failed++;
            status = chorus_error_exit_code(rc);
            continue;
        }
        if (rc < 0)
            return cli_fail_ctx(ctx, rc);
        done++;
        if ((rc = cli_flush_output()) != 0) /* the reader went away: stop reading */
            return rc;
        if (progress && done % 50 == 0)
            fprintf(stderr, "\rchorus: %zu stories summarised", done);
    }
    if (progress && done >= 50)
        fprintf(stderr, "\rchorus: %zu stories summarised\n", done);
    /* A failure may be a story or a whole input with none (an empty file),
     * so the tally counts errors, not stories that could not be read. */
    if (failed && done + failed > 1)
        fprintf(stderr, "chorus: %zu %s summarised, %zu %s above\n", done,
                done == 1 ? "story" : "stories", failed, failed == 1 ? "error" : "errors");
    fflush(stdout);
    return status;
}

int cmd_summarize(int argc, char **argv)
{
    sum_args a;
    memset(&a, 0, sizeof a);
    chorus_summarize_opts so = CHORUS_SUMMARIZE_OPTS_INIT;
    chorus_input_opts io = CHORUS_INPUT_OPTS_INIT;
    a.so = so;
    a.io = io;
    a.fmt = FMT_TEXT;
    a.paths = calloc((size_t)argc + 1, sizeof(char *));
    if (!a.paths)
        return cli_fail(CHORUS_ENOMEM, "out of memory");
    int rc = parse_args(&a, argc, argv);
    if (rc < 0)
        rc = check_args(&a);
    if (rc >= 0) {
        free(a.paths);
        return rc;
    }
    chorus_ctx *ctx = cli_ctx();
    if (a.quiet)
        chorus_ctx_set_warn(ctx, quiet_warn, NULL);
    chorus_input *in = NULL;
    rc = chorus_input_open(ctx, a.paths, a.npaths, &a.io, &in);
    if (rc < 0)
        rc = cli_fail_ctx(ctx, rc);
    else
        rc = summarize_stream(&a, ctx, in);
    chorus_input_free(in);
    chorus_ctx_free(ctx);
    free(a.paths);
    return rc;
}
