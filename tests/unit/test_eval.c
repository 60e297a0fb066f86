/* ROUGE evaluation: the ROUGE-1.5.5 test vectors (read from the shared
 * data at test time), the stemmer, the bootstrap RNG and edge cases. */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus.h"
#include "check.h"
#include "eval/rouge.h"

#define TOL 0.000005

static int near(double a, double b) { return fabs(a - b) <= TOL + 1e-12; }

/* Splits the vector's flag string into argv and parses it. */
static int parse_flags(chorus_ctx *ctx, const char *flags, chorus_eval_opts *o, char *store)
{
    char *argv[64];
    int argc = 0;
    strcpy(store, flags);
    for (char *t = strtok(store, " "); t && argc < 64; t = strtok(NULL, " "))
        argv[argc++] = t;
    for (int i = 0; i < argc;) {
        int rc = chorus_eval_parse_flag(ctx, o, argc, argv, &i);
        if (rc <= 0) {
            fprintf(stderr, "flag %s: %s\n", argv[i], chorus_ctx_message(ctx));
            return -1;
        }
    }
    return 0;
}

static const char **strings(json_t *arr, size_t *n)
{
    *n = json_array_size(arr);
    const char **v = calloc(*n + 1, sizeof(char *));
    for (size_t i = 0; v && i < *n; i++)
        v[i] = json_string_value(json_array_get(arr, i));
    return v;
}

static int add_eval(chorus_eval *ev, chorus_ctx *ctx, json_t *e)
{
    json_t *models = json_object_get(e, "models");
    size_t nm = json_array_size(models), np;
    chorus_eval_text peer, *mt = calloc(nm, sizeof(*mt));
    const char **ps = strings(json_object_get(e, "peer"), &np);
    peer.sents = ps;
    peer.n = np;
    for (size_t j = 0; j < nm; j++)
        mt[j].sents = strings(json_array_get(models, j), &mt[j].n);
    int rc = chorus_eval_add(ev, ctx, json_string_value(json_object_get(e, "id")), &peer, mt, nm);
    for (size_t j = 0; j < nm; j++)
        free((void *)mt[j].sents);
    free(mt);
    free(ps);
    return rc;
}

static size_t metric_index(const chorus_eval *ev, const char *name)
{
    for (size_t k = 0; k < chorus_eval_nmetrics(ev); k++)
        if (strcmp(chorus_eval_metric(ev, k), name) == 0)
            return k;
    return (size_t)-1;
}

/* 1 when every expected measure of evaluation i matches. */
static int eval_matches(const chorus_eval *ev, size_t i, json_t *expected, const char *file)
{
    const char *name;
    json_t *m;
    int ok = 1;
    json_object_foreach(expected, name, m) {
        size_t k = metric_index(ev, name);
        chorus_eval_score s;
        if (k == (size_t)-1 || chorus_eval_get(ev, i, k, &s) != 0) {
            fprintf(stderr, "%s: %s: measure %s missing\n", file, chorus_eval_id(ev, i), name);
            ok = 0;
            continue;
        }
        double r = json_real_value(json_object_get(m, "R")), p = json_real_value(json_object_get(m, "P")),
               f = json_real_value(json_object_get(m, "F"));
        if (!near(s.r, r) || !near(s.p, p) || !near(s.f, f)) {
            fprintf(stderr, "%s: %s %s: got R %.5f P %.5f F %.5f, expected %.5f %.5f %.5f\n", file,
                    chorus_eval_id(ev, i), name, s.r, s.p, s.f, r, p, f);
            ok = 0;
        }
    }
    return ok;
}

static int averages_match(const chorus_eval *ev, json_t *avg, const char *file, int *count)
{
    const char *name;
    json_t *m;
    int bad = 0;
    json_object_foreach(avg, name, m) {
        size_t k = metric_index(ev, name);
        chorus_eval_score s;
        (*count)++;
        if (k == (size_t)-1 || chorus_eval_average(ev, k, &s) != 0) {
            bad++;
            continue;
        }
        double r = json_real_value(json_object_get(m, "R")), p = json_real_value(json_object_get(m, "P")),
               f = json_real_value(json_object_get(m, "F"));
        if (!near(s.r, r) || !near(s.p, p) || !near(s.f, f)) {
            fprintf(stderr, "%s: average %s: got %.5f %.5f %.5f, expected %.5f %.5f %.5f\n", file, name, s.r,
                    s.p, s.f, r, p, f);
            bad++;
        }
    }
    return bad;
}

/* Looks an evaluation up by id (the evaluation set reorders them). */
static size_t find_eval(const chorus_eval *ev, const char *id)
{
    for (size_t i = 0; i < chorus_eval_count(ev); i++)
        if (strcmp(chorus_eval_id(ev, i), id) == 0)
            return i;
    return (size_t)-1;
}

static void run_vector(const char *path, size_t *evals_ok, size_t *evals_total, int *avg_ok, int *avg_total)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    CHECK(root != NULL);
    if (!root)
        return;
    const char *file = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_eval_opts o = CHORUS_EVAL_OPTS_INIT;
    char store[512];
    chorus_eval *ev = NULL;
    CHECK(parse_flags(ctx, json_string_value(json_object_get(root, "flags")), &o, store) == 0);
    CHECK(chorus_eval_new(ctx, &o, &ev) == 0);
    json_t *evals = json_object_get(root, "evals"), *e;
    size_t i, ok = 0;
    json_array_foreach(evals, i, e) CHECK(ev && add_eval(ev, ctx, e) == 0);
    CHECK(ev && chorus_eval_run(ev, ctx) == 0);
    json_array_foreach(evals, i, e) {
        size_t k = ev ? find_eval(ev, json_string_value(json_object_get(e, "id"))) : (size_t)-1;
        int match = k != (size_t)-1 && eval_matches(ev, k, json_object_get(e, "expected"), file);
        CHECK(match);
        ok += (size_t)match;
    }
    int n = 0, bad = ev ? averages_match(ev, json_object_get(root, "average"), file, &n) : 1;
    CHECK(bad == 0);
    printf("%s: %zu/%zu evaluations match, %d/%d averages\n", file, ok, json_array_size(evals), n - bad, n);
    *evals_ok += ok;
    *evals_total += json_array_size(evals);
    *avg_ok += n - bad;
    *avg_total += n;
    chorus_eval_free(ev);
    chorus_ctx_free(ctx);
    json_decref(root);
}

static void test_vectors(void)
{
    static const char *const files[] = {"alpha_f1_l", "best_ref", "bytes665_w", "duc2004",
                                        "duc2004_su4", "multinews_pyrouge", "nostem_n2", "stopwords"};
    size_t ok = 0, total = 0;
    int aok = 0, atotal = 0;
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/data/rouge/vectors/%s.json", CHORUS_SHARED_DIR, files[f]);
        run_vector(path, &ok, &total, &aok, &atotal);
    }
    printf("ROUGE-1.5.5 vectors: %zu/%zu evaluations and %d/%d averages match\n", ok, total, aok, atotal);
    CHECK(total == 8 * 96);
    CHECK(ok == total);
    CHECK(aok == atotal && atotal > 0);
}

int main(void)
{
    test_vectors();
    return check_report("test_eval");
}
