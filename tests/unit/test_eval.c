/* ROUGE evaluation: the ROUGE-1.5.5 test vectors (read from the shared
 * data at test time), the stemmer, the bootstrap RNG and edge cases. */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chorus.h"
#include "check.h"
#include "eval/rouge.h"
#include "util/vec.h"

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

/* A text straight from token ids: sentence lengths in lens. */
static void make_text(rouge_text *t, const uint32_t *ids, const size_t *lens, size_t nsent)
{
    memset(t, 0, sizeof(*t));
    size_t k = 0;
    for (size_t i = 0; i < nsent; i++) {
        for (size_t j = 0; j < lens[i]; j++, k++) {
            CHECK(VEC_PUSH(&t->lcs, ids[k]) == 0);
            CHECK(VEC_PUSH(&t->tok, ids[k]) == 0);
        }
        CHECK(VEC_PUSH(&t->send, (uint32_t)t->lcs.n) == 0);
    }
}

/* The script's lcs() written plainly: per model sentence, union of the
 * LCS walks with every peer sentence, then hits clipped by unigram counts. */
static double reference_lcs(const uint32_t *p, const size_t *plen, size_t np, const uint32_t *m,
                            const size_t *mlen, size_t nm)
{
    static int c[200][200];
    int pc[64] = {0}, mc[64] = {0};
    size_t ptot = 0, mtot = 0;
    for (size_t i = 0; i < np; i++)
        ptot += plen[i];
    for (size_t i = 0; i < nm; i++)
        mtot += mlen[i];
    for (size_t k = 0; k < ptot; k++)
        pc[p[k]]++;
    for (size_t k = 0; k < mtot; k++)
        mc[m[k]]++;
    double hit = 0;
    const uint32_t *a = m;
    for (size_t s = 0; s < nm; a += mlen[s++]) {
        unsigned char mask[200] = {0};
        const uint32_t *b = p;
        for (size_t t = 0; t < np; b += plen[t++]) {
            size_t M = mlen[s], N = plen[t];
            for (size_t i = 0; i <= M; i++)
                for (size_t j = 0; j <= N; j++)
                    c[i][j] = i == 0 || j == 0 ? 0
                              : a[i - 1] == b[j - 1] ? c[i - 1][j - 1] + 1
                              : c[i - 1][j] >= c[i][j - 1] ? c[i - 1][j] : c[i][j - 1];
            for (size_t i = M, j = N; i && j;) {
                if (a[i - 1] == b[j - 1]) {
                    mask[--i] = 1;
                    j--;
                } else if (c[i - 1][j] >= c[i][j - 1]) {
                    i--;
                } else {
                    j--;
                }
            }
        }
        for (size_t j = 0; j < mlen[s]; j++)
            if (mask[j] && mc[a[j]] > 0 && pc[a[j]] > 0) {
                hit++;
                mc[a[j]]--;
                pc[a[j]]--;
            }
    }
    return hit;
}

/* ROUGE-L runs a bit-parallel LCS (several words per row past 64 tokens):
 * it must mark exactly what the script's dynamic programme marks. */
static void test_lcs_paths(void)
{
    rouge_scorer *sc = rouge_scorer_new();
    unsigned seed = 12345;
    int same = 1;
    for (int round = 0; round < 300; round++) {
        uint32_t ids[2][1000];
        size_t lens[2][6], nsent[2], total[2];
        for (int t = 0; t < 2; t++) {
            nsent[t] = 1 + (size_t)(round % 5);
            total[t] = 0;
            for (size_t i = 0; i < nsent[t]; i++) {
                seed = seed * 1103515245u + 12345u;
                lens[t][i] = (seed >> 16) % (round % 3 == 0 ? 150 : 40);
                total[t] += lens[t][i];
            }
            for (size_t k = 0; k < total[t]; k++) {
                seed = seed * 1103515245u + 12345u;
                ids[t][k] = (seed >> 16) % (round % 2 ? 8 : 30);
            }
        }
        rouge_text peer, model;
        make_text(&peer, ids[0], lens[0], nsent[0]);
        make_text(&model, ids[1], lens[1], nsent[1]);
        rouge_metric l = {RM_L, 0, "ROUGE-L"};
        rouge_counts cl;
        double vl[3];
        CHECK(rouge_score(sc, &l, &peer, &model, 1, 'A', -1, 0, 0.5, &cl, vl) == 0);
        double want = reference_lcs(ids[0], lens[0], nsent[0], ids[1], lens[1], nsent[1]);
        if (cl.hit != want || cl.model != (double)total[1] || cl.peer != (double)total[0]) {
            fprintf(stderr, "round %d: LCS hits %g, reference %g\n", round, cl.hit, want);
            same = 0;
        }
        rouge_text_free(&peer);
        rouge_text_free(&model);
    }
    CHECK(same);
    rouge_scorer_free(sc);
}

static void test_stemmer(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    rouge_lex *lx = NULL;
    CHECK(rouge_lex_new(ctx, NULL, 1, 0, &lx) == 0);
    if (!lx) {
        chorus_ctx_free(ctx);
        return;
    }
    /* ROUGE-1.5.5's stem() differs from the published Porter algorithm
     * (and from libstemmer's "porter"): step 4 strips -ement, -ment and
     * -ent in turn; step 2 has -bli and -logi. */
    static const char *const cases[][2] = {
        {"agreement", "agreem"}, {"possibly", "possibl"}, {"apology", "apolog"}, {"argument", "argum"},
        {"caresses", "caress"}, {"ponies", "poni"}, {"hopping", "hop"}, {"relational", "relat"},
        {"generalization", "gener"}, {"yelling", "yell"}, {"controlling", "control"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[64];
        size_t n = rouge_porter(lx, cases[i][0], strlen(cases[i][0]), out);
        CHECK(n == strlen(out));
        CHECK_STR(out, cases[i][1]);
    }
    /* Exceptions come first; for "better"/"best" the adjective entry wins,
     * as the script's database gives it. Short tokens are left alone. */
    CHECK(rouge_lex_id(lx, "better", 6) == rouge_lex_id(lx, "good", 4));
    CHECK(rouge_lex_id(lx, "best", 4) == rouge_lex_id(lx, "good", 4));
    CHECK(rouge_lex_id(lx, "went", 4) == rouge_lex_id(lx, "go", 2));
    CHECK(rouge_lex_id(lx, "ran", 3) != rouge_lex_id(lx, "run", 3));
    rouge_lex_free(lx);
    chorus_ctx_free(ctx);
}

static void test_edge_cases(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_eval_opts o = CHORUS_EVAL_OPTS_INIT;
    char *argv[] = {"-n", "2", "-mx", "-l100", "-2", "-1", "-U", "-f", "B", "-q"};
    int i = 0;
    while (i < 9)
        CHECK(chorus_eval_parse_flag(ctx, &o, 10, argv, &i) == 1);
    CHECK(chorus_eval_parse_flag(ctx, &o, 10, argv, &i) == 0); /* -q is not a ROUGE flag */
    CHECK(o.max_n == 2 && o.stem && o.no_lcs && o.words == 100 && o.skip && o.skip_gap == -1);
    CHECK(o.skip_both && o.formula == 'B');
    chorus_eval *ev = NULL;
    CHECK(chorus_eval_new(ctx, &o, &ev) == 0);
    if (ev) {
        CHECK(chorus_eval_nmetrics(ev) == 4);
        CHECK_STR(chorus_eval_metric(ev, 2), "ROUGE-S*");
        CHECK_STR(chorus_eval_metric(ev, 3), "ROUGE-SU*");
        const char *ref[] = {"The cat sat on the mat.", "It was happy."};
        const char *punct[] = {"-- ... !!!"};
        chorus_eval_text model = {ref, 2}, empty = {NULL, 0}, p2 = {punct, 1};
        CHECK(chorus_eval_add(ev, ctx, "empty", &empty, &model, 1) == 0);
        CHECK(chorus_eval_add(ev, ctx, "punct", &p2, &model, 1) == 0);
        CHECK(chorus_eval_add(ev, ctx, "none", &p2, &model, 0) == CHORUS_EINPUT);
        CHECK(chorus_eval_run(ev, ctx) == 0);
        chorus_eval_score s;
        for (size_t k = 0; k < 4; k++) {
            CHECK(chorus_eval_get(ev, 0, k, &s) == 0 && s.r == 0 && s.p == 0 && s.f == 0);
            CHECK(chorus_eval_average(ev, k, &s) == 0 && s.r == 0 && s.f == 0);
        }
        char *js = chorus_eval_json(ev, 1);
        CHECK(js && strstr(js, "\"ROUGE-SU*\"") && strstr(js, "\"evals\""));
        chorus_free(js);
    }
    chorus_eval_free(ev);
    o.words = 10;
    o.bytes = 10;
    CHECK(chorus_eval_new(ctx, &o, &ev) == CHORUS_EUSAGE);
    chorus_ctx_free(ctx);
}

/* Labels print -w and -2 as typed, like the script, but only when the text
 * spells the number the options hold; the typed text is not kept. */
static void test_typed_labels(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_eval_opts o = CHORUS_EVAL_OPTS_INIT;
    char *argv[] = {"-w", "1.20", "-2", "04"};
    int i = 0;
    while (i < 4)
        CHECK(chorus_eval_parse_flag(ctx, &o, 4, argv, &i) == 1);
    CHECK(o.weight_text == argv[1] && o.skip_gap_text == argv[3]);
    chorus_eval *ev = NULL;
    CHECK(chorus_eval_new(ctx, &o, &ev) == 0);
    CHECK(ev && chorus_eval_nmetrics(ev) == 3);
    if (ev) {
        CHECK_STR(chorus_eval_metric(ev, 1), "ROUGE-W-1.20");
        CHECK_STR(chorus_eval_metric(ev, 2), "ROUGE-S04");
    }
    chorus_eval_free(ev);
    o.weight = 1.5;      /* set by a program after parsing: the text is stale */
    o.skip_gap_text = "four";
    CHECK(chorus_eval_new(ctx, &o, &ev) == 0);
    if (ev) {
        CHECK_STR(chorus_eval_metric(ev, 1), "ROUGE-W-1.5");
        CHECK_STR(chorus_eval_metric(ev, 2), "ROUGE-S4");
    }
    chorus_eval_free(ev);
    o.skip_gap = 1000000; /* a whole number, as Perl prints it, not "ROUGE-S1e+06" */
    o.skip_gap_text = NULL;
    CHECK(chorus_eval_new(ctx, &o, &ev) == 0);
    if (ev)
        CHECK_STR(chorus_eval_metric(ev, 2), "ROUGE-S1000000");
    chorus_eval_free(ev);
    chorus_ctx_free(ctx);
}

static void quiet(void *data, const char *msg)
{
    (void)data;
    (void)msg;
}

/* A rejected flag value leaves the options as they were, and a value that
 * is not a finite number is rejected (NaN passed every range check). */
static void test_flag_rejects(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_eval_opts o = CHORUS_EVAL_OPTS_INIT;
    char *argv[] = {"-n", "2", "-n", "-w", "0", "-c", "nan", "-p", "inf", "-r", "4294967297"};
    int i = 0;
    CHECK(chorus_eval_parse_flag(ctx, &o, 2, argv, &i) == 1 && o.max_n == 2);
    CHECK(chorus_eval_parse_flag(ctx, &o, 3, argv, &i) == CHORUS_EUSAGE && o.max_n == 2);
    i = 3;
    CHECK(chorus_eval_parse_flag(ctx, &o, 11, argv, &i) == CHORUS_EUSAGE && o.weight == 0);
    i = 5;
    CHECK(chorus_eval_parse_flag(ctx, &o, 11, argv, &i) == CHORUS_EUSAGE && o.confidence == 95.0);
    i = 7;
    CHECK(chorus_eval_parse_flag(ctx, &o, 11, argv, &i) == CHORUS_EUSAGE && o.alpha == 0.5);
    i = 9;
    CHECK(chorus_eval_parse_flag(ctx, &o, 11, argv, &i) == CHORUS_EUSAGE && o.resamples == 1000);
    chorus_eval *ev = NULL;
    o.alpha = NAN;
    CHECK(chorus_eval_new(ctx, &o, &ev) == CHORUS_EUSAGE && !ev);
    o.alpha = 0.5;
    o.confidence = NAN;
    CHECK(chorus_eval_new(ctx, &o, &ev) == CHORUS_EUSAGE && !ev);
    chorus_ctx_free(ctx);
}

static void write_file(const char *path, const char *body)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(body, f);
        fclose(f);
    }
}

/* chorus_eval_add_files adds all of its evaluations or none; a BOM and an
 * empty "refs" list are read; no evaluation at all is an error to run. */
static void test_add_files(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, quiet, NULL);
    char refs[] = "/tmp/chorus_eval_refs_XXXXXX", sums[] = "/tmp/chorus_eval_sums_XXXXXX";
    int fr = mkstemp(refs), fs = mkstemp(sums);
    CHECK(fr >= 0 && fs >= 0);
    close(fr);
    close(fs);
    write_file(refs, "\xEF\xBB\xBF{\"id\":\"a\",\"refs\":[\"The cat sat.\"]}\n"
                     "{\"id\":\"b\",\"refs\":[\"A dog ran.\"]}\n{\"id\":\"c\",\"refs\":[]}\n");
    write_file(sums, "{\"id\":\"a\",\"summary\":\"The cat.\"}\n{\"id\":\"b\",\"summary\":\"A dog.\"}\n"
                     "{\"id\":\"c\",\"summary\":\"x\"}\n{oops\n");
    chorus_eval_opts o = CHORUS_EVAL_OPTS_INIT;
    o.max_n = 1;
    chorus_eval *ev = NULL;
    CHECK(chorus_eval_new(ctx, &o, &ev) == 0);
    if (ev) {
        CHECK(chorus_eval_run(ev, ctx) == CHORUS_EINPUT);
        CHECK(chorus_eval_add_files(ev, ctx, refs, sums, 0) == CHORUS_EINPUT);
        CHECK(strstr(chorus_ctx_message(ctx), ":4:") != NULL);
        CHECK(chorus_eval_count(ev) == 0); /* the two good lines were dropped too */
        write_file(sums, "{\"id\":\"a\",\"summary\":\"The cat.\"}\n{\"id\":\"b\",\"summary\":\"A dog.\"}\n"
                         "{\"id\":\"c\",\"summary\":\"x\"}\n");
        CHECK(chorus_eval_add_files(ev, ctx, refs, sums, 1) == 0); /* c is not "unmatched" */
        CHECK(chorus_eval_count(ev) == 2);
        CHECK(chorus_eval_run(ev, ctx) == 0);
    }
    chorus_eval_free(ev);
    unlink(refs);
    unlink(sums);
    chorus_ctx_free(ctx);
}

/* Regression: a file in UTF-16 (Windows' "Unicode" text) is refused with
 * the way to convert it, as chorus summarize refuses one; each line was
 * "malformed JSON". */
static void test_utf16_file(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, quiet, NULL);
    char refs[] = "/tmp/chorus_eval_refs_XXXXXX", sums[] = "/tmp/chorus_eval_sums_XXXXXX";
    int fr = mkstemp(refs), fs = mkstemp(sums);
    CHECK(fr >= 0 && fs >= 0);
    static const char u16[] = "\xFF\xFE{\0\n\0"; /* "{" and a line break, little-endian */
    CHECK(write(fr, u16, sizeof u16 - 1) == (ssize_t)(sizeof u16 - 1));
    close(fr);
    close(fs);
    write_file(sums, "{\"id\":\"a\",\"summary\":\"The cat.\"}\n");
    chorus_eval_opts o = CHORUS_EVAL_OPTS_INIT;
    chorus_eval *ev = NULL;
    CHECK(chorus_eval_new(ctx, &o, &ev) == 0);
    if (ev) {
        CHECK(chorus_eval_add_files(ev, ctx, refs, sums, 0) == CHORUS_EINPUT);
        CHECK(strstr(chorus_ctx_message(ctx), "UTF-16; convert the file to UTF-8") != NULL);
    }
    chorus_eval_free(ev);
    unlink(refs);
    unlink(sums);
    chorus_ctx_free(ctx);
}

int main(void)
{
    test_vectors();
    test_lcs_paths();
    test_stemmer();
    test_edge_cases();
    test_typed_labels();
    test_flag_rejects();
    test_add_files();
    test_utf16_file();
    return check_report("test_eval");
}
