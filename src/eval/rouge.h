/* ROUGE-1.5.5 internals: the lexicon (stop words, WordNet exceptions,
 * stemming), text preparation and per-evaluation scoring. */
#ifndef CHORUS_EVAL_ROUGE_H
#define CHORUS_EVAL_ROUGE_H
#include <stddef.h>
#include <stdint.h>

#include "chorus.h"
#include "util/vec.h"

typedef VEC(uint32_t) u32_vec;

/* Stop words, exception lists and interned (stemmed) tokens. */
typedef struct rouge_lex rouge_lex;

/* Loads the data files from dir (NULL: CHORUS_DATADIR, the source tree's
 * data/, then the installed share/chorus) when stem or stop needs them. */
int rouge_lex_new(chorus_ctx *ctx, const char *dir, int stem, int stop, rouge_lex **out);
void rouge_lex_free(rouge_lex *lx);
/* The id of a raw token (lower-case ASCII letters and digits) after stop
 * word removal and stemming: >= 0, -1 for a removed stop word, -2 on OOM. */
int64_t rouge_lex_id(rouge_lex *lx, const char *tok, size_t n);
/* ROUGE-1.5.5's own Porter stemmer (the script's stem(), which departs from
 * the published algorithm; see docs/eval.md). Writes at most n + 1 bytes
 * plus a NUL to out and returns the length. */
size_t rouge_porter(rouge_lex *lx, const char *w, size_t n, char *out);

/* A summary after the script's readText (n-gram view) and readText_LCS
 * (sentence view): token ids. */
typedef struct rouge_text {
    u32_vec tok;  /* all tokens: n-grams, skip-bigrams, clipping counts */
    u32_vec lcs;  /* sentence view, sentences concatenated */
    u32_vec send; /* end of each sentence in lcs */
} rouge_text;

/* Builds t from sentences, truncated to words (-l) or bytes (-b) as the
 * script does. Returns 0 or -1 when out of memory. */
int rouge_text_build(rouge_lex *lx, const char *const *sents, size_t n, size_t words,
                     size_t bytes, rouge_text *t);
void rouge_text_free(rouge_text *t);

/* One measure to compute. */
typedef enum { RM_N, RM_L, RM_W, RM_S } rouge_kind;

typedef struct rouge_metric {
    rouge_kind kind;
    int n;        /* RM_N: gram size; RM_S: 1 when unigrams are added */
    char name[32];
} rouge_metric;

/* Raw counts of one measure for one evaluation, after -f A/B. */
typedef struct rouge_counts {
    double model, peer, hit;
} rouge_counts;

typedef struct rouge_scorer rouge_scorer;

rouge_scorer *rouge_scorer_new(void);
void rouge_scorer_free(rouge_scorer *s);
/* Scores peer against the models for metric m. formula is 'A' or 'B';
 * gap is the skip distance (< 0: none); weight the ROUGE-W factor. Fills
 * the counts and the rounded R, P, F (out[0..2]) as the script does. */
int rouge_score(rouge_scorer *s, const rouge_metric *m, const rouge_text *peer,
                const rouge_text *models, size_t nmodels, char formula, int gap, double weight,
                double alpha, rouge_counts *c, double out[3]);

/* Rounds as the script's sprintf("%7.5f") and reads the number back. */
double rouge_round5(double x);

/* Perl's drand48-based rand(), seeded like srand(seed). */
typedef struct rouge_rng {
    uint64_t x;
} rouge_rng;
void rouge_rng_seed(rouge_rng *r, uint32_t seed);
double rouge_rng_next(rouge_rng *r);

#endif
