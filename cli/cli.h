/* Shared helpers for the chorus command's subcommands. Sees only chorus.h. */
#ifndef CHORUS_CLI_H
#define CHORUS_CLI_H
#include <stdio.h>

#include "chorus.h"

typedef struct cli_cmd {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
    void (*usage)(FILE *out);
} cli_cmd;

/* Each subcommand: cmd_<verb>.c defines these two. */
#define CLI_DECLARE(verb) \
    int cmd_##verb(int argc, char **argv); \
    void cmd_##verb##_usage(FILE *out)

CLI_DECLARE(segment);
CLI_DECLARE(summarize);
CLI_DECLARE(eval);
CLI_DECLARE(story);
CLI_DECLARE(extract);

/* Prints "chorus: <msg>" to stderr and returns the exit code for err. */
int cli_fail(int err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints the context's error and returns its exit code. */
int cli_fail_ctx(const chorus_ctx *ctx, int err);
/* True when argv[i] is -h or --help. */
int cli_is_help(const char *arg);
/* Takes a string option's value into *out, or refuses an empty one (a
 * shell variable that was not set) as a usage error naming the option and
 * what it needs: read as the default, it hid the slip. Returns 0 or -1. */
int cli_take_value(const char *opt, const char *v, const char *what, const char **out);
/* Parses a non-negative integer option value; returns 0 or -1. */
int cli_parse_size(const char *opt, const char *s, size_t *out);
/* Parses a double option value; returns 0 or -1. */
int cli_parse_double(const char *opt, const char *s, double *out);
/* Parses a positive number of seconds (at most a day); returns 0 or -1. */
int cli_parse_seconds(const char *opt, const char *s, double *out);
/* Flushes standard output (after each story of a stream, so a consumer
 * gets each record when it is done: stdout to a pipe is block-buffered).
 * 0, or the exit code after a message when the output cannot be written
 * (a full disk, a reader that has gone). */
int cli_flush_output(void);
/* Writes S to stdout, remembering why a write failed for
 * cli_flush_output's message. */
void cli_put(const char *s);
/* Writes s[0, n) to stdout as a JSON string, quotes included, as cli_put
 * does. */
void cli_put_json_string(const char *s, size_t n);
/* Writes S to stdout as cli_put does, its control characters (C0, DEL,
 * C1) written as JSON writes them ("\n", "\u001b"): an id is kept as
 * given, and one in a line of text ("# a\nb") would break it. */
void cli_put_escaped(const char *s);
/* Creates a context or exits when out of memory. */
chorus_ctx *cli_ctx(void);

/* Output formats shared by the subcommands. */
typedef enum { FMT_TEXT, FMT_JSON, FMT_JSONL, FMT_MARKDOWN, FMT_HTML } cli_format;
/* Parses a --format value from the allowed set (a mask of 1 << cli_format). */
int cli_parse_format(const char *s, unsigned allowed, cli_format *out);

#endif
