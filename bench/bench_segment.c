/* Sentence-splitter scorer for bench/segmentation.sh.
 * usage: bench_segment exact|f1 FILE.jsonl [LANG]
 * exact: counts the lines whose "sentences" list is reproduced exactly and
 *        prints the failures;
 * f1:    over the character spans ("spans") of the gold sentences:
 *        sentence F1 (a sentence is right when its start and end both match a
 *        gold span, as the CoNLL 2018 UD scorer counts) and boundary F1 (a
 *        predicted sentence end is right when a gold sentence ends there). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "segment.h"

/* Character (code point) offset of each byte offset, for UD's spans. */
static size_t char_offset(const char *t, size_t byte)
{
    size_t n = 0;
    for (size_t i = 0; i < byte; i++)
        n += ((unsigned char)t[i] & 0xC0) != 0x80;
    return n;
}

/* 1 when a and b[0..n) are equal once runs of whitespace count as one
 * space: the reference sentences are whitespace-normalised ("cold \nnight"
 * is "cold night"), our spans point into the raw text. */
static int same_text(const char *a, const char *b, size_t n)
{
    size_t i = 0, k = 0, la = strlen(a);
    while (i < la && k < n) {
        int wa = strchr(" \t\n\r", a[i]) != NULL, wb = strchr(" \t\n\r", b[k]) != NULL;
        if (wa && wb) {
            while (i < la && strchr(" \t\n\r", a[i]))
                i++;
            while (k < n && strchr(" \t\n\r", b[k]))
                k++;
        } else if (a[i] == b[k] && !wa) {
            i++, k++;
        } else {
            return 0;
        }
    }
    return i == la && k == n;
}

static int exact(json_t *doc, const char *text, size_t len, const span_vec *v)
{
    json_t *gold = json_object_get(doc, "sentences");
    int ok = json_array_size(gold) == v->n;
    for (size_t i = 0; ok && i < v->n; i++) {
        const char *g = json_string_value(json_array_get(gold, i));
        size_t k = v->v[i].end - v->v[i].start;
        ok = g && same_text(g, text + v->v[i].start, k);
    }
    if (!ok) {
        printf("FAIL %s: %.*s\n", json_string_value(json_object_get(doc, "id")), (int)len, text);
        for (size_t i = 0; i < v->n; i++)
            printf("   | %.*s\n", (int)(v->v[i].end - v->v[i].start), text + v->v[i].start);
    }
    return ok;
}

typedef struct score {
    size_t tp, np, ng; /* sentences: correct (start and end), predicted, gold */
    size_t btp;        /* boundaries (sentence ends) found */
} score;

static void f1(json_t *doc, const char *text, const span_vec *v, score *sc)
{
    json_t *gold = json_object_get(doc, "spans");
    size_t g = 0, ngold = json_array_size(gold);
    size_t *ch = malloc((v->n + 1) * 2 * sizeof *ch);
    if (!ch)
        exit(2);
    /* Predicted spans are in text order, so one incremental pass converts them. */
    size_t pos = 0, cpos = 0;
    for (size_t i = 0; i < v->n * 2; i++) {
        size_t b = i % 2 ? v->v[i / 2].end : v->v[i / 2].start;
        cpos += char_offset(text + pos, b - pos);
        pos = b;
        ch[i] = cpos;
    }
    /* Boundaries: the end offsets of the sentences, both sorted. */
    for (size_t i = 0, h = 0; i < v->n; i++) {
        while (h < ngold && json_integer_value(json_array_get(json_array_get(gold, h), 1)) < (json_int_t)ch[2 * i + 1])
            h++;
        if (h < ngold && json_integer_value(json_array_get(json_array_get(gold, h), 1)) == (json_int_t)ch[2 * i + 1])
            sc->btp++;
    }
    for (size_t i = 0; i < v->n; i++) {
        while (g < ngold && json_integer_value(json_array_get(json_array_get(gold, g), 0)) < (json_int_t)ch[2 * i])
            g++;
        if (g < ngold) {
            json_t *sp = json_array_get(gold, g);
            if (json_integer_value(json_array_get(sp, 0)) == (json_int_t)ch[2 * i] &&
                json_integer_value(json_array_get(sp, 1)) == (json_int_t)ch[2 * i + 1])
                sc->tp++;
        }
    }
    sc->np += v->n;
    sc->ng += ngold;
    free(ch);
}

static void report(const char *what, size_t tp, size_t np, size_t ng, size_t docs)
{
    double p = np ? (double)tp / (double)np : 0, r = ng ? (double)tp / (double)ng : 0;
    printf("%s f1: %.4f precision %.4f recall %.4f (docs %zu, gold %zu, predicted %zu, correct %zu)\n",
           what, p + r > 0 ? 2 * p * r / (p + r) : 0, p, r, docs, ng, np, tp);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_segment exact|f1 FILE.jsonl [LANG]\n");
        return 2;
    }
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", argv[2]);
        return 2;
    }
    int is_exact = strcmp(argv[1], "exact") == 0;
    char *line = NULL;
    size_t cap = 0, n = 0, good = 0, lineno = 0;
    score sc = {0, 0, 0, 0};
    while (getline(&line, &cap, f) > 0) {
        json_error_t e;
        json_t *doc = json_loads(line, 0, &e);
        lineno++;
        const char *text = doc ? json_string_value(json_object_get(doc, "text")) : NULL;
        if (!text) {
            fprintf(stderr, "%s:%zu: bad line\n", argv[2], lineno);
            return 2;
        }
        size_t len = json_string_length(json_object_get(doc, "text"));
        span_vec v = {0};
        if (chorus_segment_spans(text, len, argc > 3 ? argv[3] : "en", &v) < 0)
            return 2;
        if (is_exact)
            good += (size_t)exact(doc, text, len, &v);
        else
            f1(doc, text, &v, &sc);
        n++;
        VEC_FREE(&v);
        json_decref(doc);
    }
    free(line);
    fclose(f);
    if (is_exact) {
        printf("exact: %zu/%zu\n", good, n);
    } else {
        report("sentence", sc.tp, sc.np, sc.ng, n);
        report("boundary", sc.btp, sc.np, sc.ng, n);
    }
    return 0;
}
