/* chorus eval: ROUGE scores as ROUGE-1.5.5 computes them. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cmd_eval_usage(FILE *out)
{
    fprintf(out,
            "usage: chorus eval REFS.jsonl SUMMARIES.jsonl [ROUGE-1.5.5 flags] [options]\n"
            "\n"
            "Scores summaries against reference summaries with the numbers ROUGE-1.5.5\n"
            "prints. REFS is clusters JSONL ({\"id\", \"docs\", \"refs\"}; a reference is a\n"
            "string or a list of its sentences; docs may be absent). SUMMARIES has one\n"
            "{\"id\", \"summary\"} per line (string or list of sentences), such as the output\n"
            "of 'chorus summarize --format jsonl'. Strings are split into sentences.\n"
            "Either file may be '-' (standard input).\n"
            "\n"
            "ROUGE-1.5.5 flags (its spelling; paste your command line):\n"
            "  -n N       ROUGE-1..N (N <= 4)           -x        no ROUGE-L\n"
            "  -w W       ROUGE-W with weight W         -2 G      skip-bigrams, gap <= G (-1: any)\n"
            "  -u         skip-bigrams plus unigrams    -U        both ROUGE-S and ROUGE-SU\n"
            "  -m         stem (WordNet exceptions, then ROUGE's Porter stemmer)\n"
            "  -s         remove SMART stop words       -l N / -b N  first N words / bytes\n"
            "  -f A|B     model average / best model    -p ALPHA  F-measure weight (0.5)\n"
            "  -t 0|1|2   average by sentence / token / raw counts\n"
            "  -c CF      confidence interval in %% (95) -r N      bootstrap samples (1000)\n"
            "  -d         per-evaluation scores         -e DIR    ROUGE data directory\n"
            "  -a, -v     accepted and ignored (all systems are the summaries given)\n"
            "\n"
            "options:\n"
            "  --format text|json  text (default): the script's table; json:\n"
            "                      {\"average\": {\"ROUGE-1\": {\"R\",\"P\",\"F\",\"R_ci\",\"P_ci\",\"F_ci\"}},\n"
            "                       \"evals\": {\"<id>\": {\"ROUGE-1\": {\"R\",\"P\",\"F\"}}}}\n"
            "  --system NAME       peer id in the table (default X)\n"
            "  --strict            ids found in one file only are an error, not a warning\n"
            "  -q, --quiet         no warnings\n"
            "\n"
            "Data files (stop words, WordNet exceptions) come from the installed share/chorus\n"
            "or $CHORUS_DATADIR. A malformed line is an error naming file:line (exit 65).\n");
}

typedef struct eval_args {
    chorus_eval_opts o;
    cli_format fmt;
    int strict, quiet;
    const char *paths[2];
    int npaths;
} eval_args;

static void quiet_warn(void *data, const char *msg)
{
    (void)data;
    (void)msg;
}

/* Returns -1 to go on, or an exit code. */
static int parse_one(eval_args *a, chorus_ctx *ctx, int argc, char **argv, int *i)
{
    const char *o = argv[*i];
    if ((strcmp(o, "--format") == 0 || strcmp(o, "--system") == 0) && *i + 1 >= argc)
        return cli_fail(CHORUS_EUSAGE, "eval: %s needs a value", o);
    if (strcmp(o, "--format") == 0) {
        *i += 2;
        return cli_parse_format(argv[*i - 1], 1u << FMT_TEXT | 1u << FMT_JSON, &a->fmt) < 0 ? 2 : -1;
    }
    if (strcmp(o, "--system") == 0) {
        *i += 2;
        return cli_take_value(o, argv[*i - 1], "a name for the table", &a->o.system) < 0 ? 2 : -1;
    }
    if (strcmp(o, "--strict") == 0 || strcmp(o, "-q") == 0 || strcmp(o, "--quiet") == 0) {
        if (strcmp(o, "--strict") == 0)
            a->strict = 1;
        else
            a->quiet = 1;
        ++*i;
        return -1;
    }
    int rc = chorus_eval_parse_flag(ctx, &a->o, argc, argv, i);
    if (rc < 0)
        return cli_fail_ctx(ctx, rc);
    if (rc == 0 && (o[0] != '-' || strcmp(o, "-") == 0)) {
        if (a->npaths == 2)
            return cli_fail(CHORUS_EUSAGE, "eval: takes two files, REFS and SUMMARIES (see 'chorus eval --help')");
        a->paths[a->npaths++] = o;
        ++*i;
        return -1;
    }
    if (rc == 0)
        return cli_fail(CHORUS_EUSAGE, "eval: unknown option '%s' (see 'chorus eval --help')", o);
    return -1;
}

static int write_results(const eval_args *a, const chorus_eval *ev)
{
    char *out = a->fmt == FMT_JSON ? chorus_eval_json(ev, 1) : chorus_eval_table(ev, a->o.per_eval);
    if (!out)
        return cli_fail(CHORUS_ENOMEM, "out of memory");
    cli_put(out);
    chorus_free(out);
    return cli_flush_output();
}

int cmd_eval(int argc, char **argv)
{
    eval_args a;
    memset(&a, 0, sizeof a);
    chorus_eval_opts def = CHORUS_EVAL_OPTS_INIT;
    a.o = def;
    a.fmt = FMT_TEXT;
    chorus_ctx *ctx = cli_ctx();
    int rc = -1;
    for (int i = 1; i < argc && rc < 0;)
        rc = parse_one(&a, ctx, argc, argv, &i);
    if (rc < 0 && a.npaths != 2)
        rc = cli_fail(CHORUS_EUSAGE, "eval: needs REFS.jsonl and SUMMARIES.jsonl (see 'chorus eval --help')");
    if (rc >= 0) {
        chorus_ctx_free(ctx);
        return rc;
    }
    if (a.quiet)
        chorus_ctx_set_warn(ctx, quiet_warn, NULL);
    chorus_eval *ev = NULL;
    rc = chorus_eval_new(ctx, &a.o, &ev);
    if (rc == 0)
        rc = chorus_eval_add_files(ev, ctx, a.paths[0], a.paths[1], a.strict);
    if (rc == 0)
        rc = chorus_eval_run(ev, ctx);
    rc = rc < 0 ? cli_fail_ctx(ctx, rc) : write_results(&a, ev);
    chorus_eval_free(ev);
    chorus_ctx_free(ctx);
    return rc;
}
