/* chorus: the command. A table of subcommands, each in cmd_<verb>.c. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const cli_cmd commands[] = {
    {"summarize", "summarise a story told by several articles", cmd_summarize, cmd_summarize_usage},
    {"segment", "split text into sentences", cmd_segment, cmd_segment_usage},
    {"eval", "ROUGE scores of summaries, as ROUGE-1.5.5 computes them", cmd_eval, cmd_eval_usage},
    {"extract", "the article and its metadata from a web page or URL", cmd_extract, cmd_extract_usage},
    {"story", "the story card: who reports what, agreements, differences, quotes", cmd_story, cmd_story_usage},
};

static const size_t ncommands = sizeof commands / sizeof commands[0];

static void usage(FILE *out)
{
    fprintf(out,
            "usage: chorus <command> [options] [input...]\n"
            "\n"
            "chorus turns the many reports of one news story into one account:\n"
            "a summary whose sentences name the articles that report them.\n"
            "\n"
            "commands:\n");
    for (size_t i = 0; i < ncommands; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out,
            "  %-10s %s\n"
            "\n"
            "options:\n"
            "  -h, --help     show this help (or 'chorus <command> --help')\n"
            "  -V, --version  print the version\n"
            "\n"
            "Input is text files (one article each), web pages (.html) or http(s)\n"
            "URLs, a directory of them, JSONL (one story per line), Multi-News or\n"
            "DUC SGML files, or standard input.\n",
            "help", "show help for a command");
}

static const cli_cmd *find_command(const char *name)
{
    for (size_t i = 0; i < ncommands; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

/* 'chorus help [COMMAND]', 'chorus --help': 'help' and its options name
 * the general help. */
static int run_help(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "help") == 0 || cli_is_help(argv[1])) {
        usage(stdout);
        return cli_flush_output();
    }
    const cli_cmd *c = find_command(argv[1]);
    if (!c)
        return cli_fail(CHORUS_EUSAGE, "unknown command '%s' (see 'chorus help')", argv[1]);
    c->usage(stdout);
    return cli_flush_output(); /* help that could not be written is an error too */
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *verb = argv[1];
    if (cli_is_help(verb) || strcmp(verb, "help") == 0)
        return run_help(argc - 1, argv + 1);
    if (strcmp(verb, "-V") == 0 || strcmp(verb, "--version") == 0 || strcmp(verb, "version") == 0) {
        printf("chorus %s\n", chorus_version());
        return cli_flush_output();
    }
    const cli_cmd *c = find_command(verb);
    if (!c && verb[0] == '-')
        return cli_fail(CHORUS_EUSAGE, "unknown option '%s' (see 'chorus --help')", verb);
    if (!c)
        return cli_fail(CHORUS_EUSAGE, "unknown command '%s' (see 'chorus help')", verb);
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (cli_is_help(argv[i])) {
            c->usage(stdout);
            return cli_flush_output();
        }
    }
    int rc = c->run(argc - 1, argv + 1);
    if (rc != 0) { /* already said, a failed write included */
        fflush(stdout);
        return rc;
    }
    return cli_flush_output(); /* output that could not be written is lost data */
}
