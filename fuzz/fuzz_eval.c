/* Fuzz target for the parsers of chorus eval: the input's first line is
 * read as ROUGE-1.5.5 flags (split at spaces, through
 * chorus_eval_parse_flag); the rest, split at its first NUL byte, is a
 * references file (clusters JSONL) and a summaries file (JSONL) for
 * chorus_eval_add_files, and the same two parts, split into lines, are
 * a peer and a model for chorus_eval_add. Every evaluation is run and
 * printed. Build with clang -fsanitize=fuzzer (see fuzz/CMakeLists.txt);
 * tests replay the corpus through fuzz/replay.c. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chorus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ARGS 32

/* The flags of the first line; a rejected one leaves opts as it was, so
 * the evaluation still runs with what was accepted. */
static void parse_flags(chorus_ctx *ctx, chorus_eval_opts *o, char *line)
{
    char *argv[MAX_ARGS];
    int argc = 0;
    for (char *t = strtok(line, " "); t && argc < MAX_ARGS; t = strtok(NULL, " "))
        argv[argc++] = t;
    for (int i = 0; i < argc;)
        if (chorus_eval_parse_flag(ctx, o, argc, argv, &i) != 1)
            i++;
    o->datadir = NULL; /* -e would name a directory of the fuzzer's choosing */
    if (o->resamples > 20)
        o->resamples = 20; /* the bootstrap's cost, not a parser */
}

static int write_temp(char *path, const char *p, size_t n)
{
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    int ok = write(fd, p, n) == (ssize_t)n;
    close(fd);
    return ok ? 0 : -1;
}

/* Splits s (NUL-terminated, modified) into its lines. */
static size_t split_lines(char *s, const char **out, size_t cap)
{
    size_t n = 0;
    for (char *t = strtok(s, "\n"); t && n < cap; t = strtok(NULL, "\n"))
        out[n++] = t;
    return n;
}

static void run_and_print(chorus_eval *ev, chorus_ctx *ctx)
{
    if (chorus_eval_run(ev, ctx) != 0)
        return;
    chorus_free(chorus_eval_json(ev, 1));
    chorus_free(chorus_eval_table(ev, 1));
}

static void eval_files(chorus_ctx *ctx, const chorus_eval_opts *o, const char *refs, size_t nr,
                       const char *sums, size_t ns)
{
    char rp[] = "/tmp/chorus_fuzz_refs_XXXXXX", sp[] = "/tmp/chorus_fuzz_sums_XXXXXX";
    chorus_eval *ev = NULL;
    int made_r = write_temp(rp, refs, nr) == 0;
    int made_s = made_r && write_temp(sp, sums, ns) == 0;
    if (made_s && chorus_eval_new(ctx, o, &ev) == 0 && chorus_eval_add_files(ev, ctx, rp, sp, 0) == 0)
        run_and_print(ev, ctx);
    chorus_eval_free(ev);
    if (made_r)
        unlink(rp);
    if (made_s)
        unlink(sp);
}

static void eval_texts(chorus_ctx *ctx, const chorus_eval_opts *o, char *peer, char *model)
{
    const char *ps[64], *ms[64];
    chorus_eval_text p = {ps, split_lines(peer, ps, 64)}, m = {ms, split_lines(model, ms, 64)};
    chorus_eval *ev = NULL;
    if (m.n && chorus_eval_new(ctx, o, &ev) == 0 && chorus_eval_add(ev, ctx, "fuzz", &p, &m, 1) == 0)
        run_and_print(ev, ctx);
    chorus_eval_free(ev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    char *nl = memchr(s, '\n', size);
    size_t head = nl ? (size_t)(nl - s) : size;
    char *body = nl ? nl + 1 : s + size;
    size_t nbody = size - (size_t)(body - s);
    char *nul = memchr(body, '\0', nbody);
    size_t nrefs = nul ? (size_t)(nul - body) : nbody;
    char *sums = nul ? nul + 1 : body + nbody;
    size_t nsums = nbody - (size_t)(sums - body);

    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    chorus_eval_opts o = CHORUS_EVAL_OPTS_INIT;
    s[head] = '\0';
    parse_flags(ctx, &o, s);
    eval_files(ctx, &o, body, nrefs, sums, nsums);
    body[nrefs] = '\0';
    eval_texts(ctx, &o, sums, body);
    chorus_ctx_free(ctx);
    free(s);
    return 0;
}
