/* The chorus_eval object, shared by eval.c, boot.c and output.c. */
#ifndef CHORUS_EVAL_EVAL_H
#define CHORUS_EVAL_EVAL_H
#include "chorus.h"
#include "eval/rouge.h"
#include "util/vec.h"

struct chorus_eval {
    chorus_eval_opts o;
    char *system;
    char confidence[24];    /* -c as the table prints it */
    rouge_lex *lx;
    rouge_scorer *sc;
    rouge_metric metrics[16];
    size_t nm;
    VEC(char *) ids;
    VEC(double) vals;       /* per evaluation, per measure: 3 values */
    chorus_eval_score *avg; /* per measure, after chorus_eval_run */
    size_t *order;          /* evaluations in the script's -d order */
    int ran;
};

/* Drops the evaluations from index n on, so a call that fails part way
 * leaves none of its own. */
void eval_drop_from(chorus_eval *ev, size_t n);

#endif
