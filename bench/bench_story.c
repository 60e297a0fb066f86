/* Story card timing.
 *   bench_story ten CLUSTERS.jsonl RUNS   cards of every story cut to its first
 *                                         10 articles (stories with >= 10): ms per card
 *   bench_story all CLUSTERS.jsonl RUNS   all stories of the file: seconds per pass
 * Each run builds the card and its JSON; prints the median over RUNS. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chorus.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* A copy of st with its first n articles. */
static chorus_story *first_n(const chorus_story *st, size_t n)
{
    chorus_story *o = chorus_story_new(chorus_story_id(st));
    for (size_t i = 0; o && i < n && i < chorus_story_ndocs(st); i++)
        if (chorus_story_add_doc(o, NULL, chorus_story_doc(st, i)) < 0)
            return NULL;
    return o;
}

static int card_once(chorus_ctx *ctx, const chorus_story *st)
{
    chorus_card *card = NULL;
    int rc = chorus_card_new(ctx, st, NULL, &card);
    char *j = rc == 0 ? chorus_card_json(card) : NULL;
    rc = rc == 0 && j ? 0 : -1;
    chorus_free(j);
    chorus_card_free(card);
    return rc;
}

static size_t load(chorus_ctx *ctx, const char *path, int ten, chorus_story ***out)
{
    const char *paths[] = {path};
    chorus_input_opts io = CHORUS_INPUT_OPTS_INIT;
    chorus_input *in = NULL;
    size_t n = 0, cap = 0;
    chorus_story **v = NULL, *st = NULL;
    io.kind = CHORUS_INPUT_JSONL;
    if (chorus_input_open(ctx, paths, 1, &io, &in) < 0)
        return 0;
    while (chorus_input_next(in, ctx, &st) == 1) {
        if (ten && chorus_story_ndocs(st) < 10) {
            chorus_story_free(st);
            continue;
        }
        chorus_story *keep = ten ? first_n(st, 10) : st;
        if (ten)
            chorus_story_free(st);
        if (n == cap && !(v = realloc(v, (cap = cap ? 2 * cap : 64) * sizeof *v)))
            exit(1);
        v[n++] = keep;
    }
    chorus_input_free(in);
    *out = v;
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_story ten|all CLUSTERS.jsonl [RUNS]\n");
        return 2;
    }
    int ten = strcmp(argv[1], "ten") == 0, runs = argc > 3 ? atoi(argv[3]) : 5;
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    chorus_story **st = NULL;
    size_t n = load(ctx, argv[2], ten, &st);
    double *t = calloc((size_t)(runs > 0 ? runs : 1), sizeof *t);
    if (!n || !t || runs < 1)
        return 1;
    if (ten) { /* each story on its own: median of its runs; report mean and worst */
        double sum = 0, worst = 0;
        for (size_t i = 0; i < n; i++) {
            for (int r = 0; r < runs; r++) {
                double t0 = now();
                if (card_once(ctx, st[i]) < 0)
                    return 1;
                t[r] = now() - t0;
            }
            qsort(t, (size_t)runs, sizeof *t, cmp_d);
            sum += t[runs / 2];
            worst = t[runs / 2] > worst ? t[runs / 2] : worst;
        }
        printf("10-article stories: %zu, median of %d runs each: mean %.2f ms, slowest %.2f ms per card\n",
               n, runs, 1000 * sum / (double)n, 1000 * worst);
    } else {
        for (int r = 0; r < runs; r++) {
            double t0 = now();
            for (size_t i = 0; i < n; i++)
                if (card_once(ctx, st[i]) < 0)
                    return 1;
            t[r] = now() - t0;
        }
        qsort(t, (size_t)runs, sizeof *t, cmp_d);
        printf("stories: %zu, median over %d runs: %.3f s for all cards\n", n, runs, t[runs / 2]);
    }
    for (size_t i = 0; i < n; i++)
        chorus_story_free(st[i]);
    free(st);
    free(t);
    chorus_ctx_free(ctx);
    return 0;
}
