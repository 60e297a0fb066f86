/* Throughput of the text pipeline: reading + cleaning + sentence splitting +
 * tokenising + stemming, on the articles of story files of any input kind
 * chorus reads (JSONL, Multi-News, text ...), detected as `chorus summarize`
 * detects them.
 * usage: bench_pipeline FILE... ; prints MB/s over the article bytes. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chorus.h"
#include "model.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_pipeline FILE...\n");
        return 2;
    }
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    chorus_tokenizer *tok = NULL;
    if (chorus_tokenizer_new(ctx, "en", &tok) < 0)
        return 1;
    double t0 = now();
    size_t bytes = 0, sents = 0, toks = 0, stories = 0;
    chorus_input *in = NULL;
    chorus_input_opts o = CHORUS_INPUT_OPTS_INIT;
    if (chorus_input_open(ctx, (const char *const *)argv + 1, (size_t)argc - 1, &o, &in) < 0) {
        fprintf(stderr, "%s\n", chorus_ctx_message(ctx));
        return 1;
    }
    chorus_story *st;
    int rc;
    while ((rc = chorus_input_next(in, ctx, &st)) != 0) {
        if (rc < 0)
            continue;
        fmodel *m = NULL;
        if (chorus_model_build(ctx, st, tok, &m) == 0) {
            for (size_t d = 0; d < chorus_story_ndocs(st); d++)
                bytes += chorus_story_doc(st, d)->text_len;
            sents += m->nsents;
            toks += m->ntoks;
            stories++;
        }
        chorus_model_free(m);
        chorus_story_free(st);
    }
    double dt = now() - t0;
    printf("stories %zu, article bytes %zu, sentences %zu, tokens %zu\n", stories, bytes, sents, toks);
    printf("time %.3f s, throughput %.1f MB/s\n", dt, bytes / dt / 1e6);
    chorus_input_free(in);
    chorus_tokenizer_free(tok);
    chorus_ctx_free(ctx);
    return 0;
}
