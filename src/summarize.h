/* Summarisation internals: the job every method works on. A method picks
 * sentences of the story model into job->chosen, checking each against the
 * budget with summ_fits(); ordering and rendering are shared. */
#ifndef CHORUS_SUMMARIZE_H
#define CHORUS_SUMMARIZE_H
#include <stdint.h>

#include "chorus.h"
#include "model.h"
#include "util/vec.h"

typedef struct summ_job {
    const fmodel *m;
    const chorus_summarize_opts *opts;
    size_t budget_words, budget_bytes, budget_sents; /* 0: unlimited */
    uint8_t *eligible;   /* per sentence: 1 when a good candidate */
    VEC(uint32_t) chosen;
    size_t used_words, used_bytes;
    /* Sparse content-term vectors per sentence, for similarity. */
    uint32_t *vec_off;   /* sentence i uses vec_terms[vec_off[i] .. vec_off[i+1]) */
    uint32_t *vec_terms; /* sorted content term ids */
    float *vec_w;        /* counts of those terms */
    float *vec_norm;     /* Euclidean norm per sentence */
    /* The text each sentence contributes, its bytes and words: what budgets
     * count and the summary shows. */
    const char **text;
    uint32_t *tlen, *words;
    /* Under --truncate, the sentence that crossed the budget: chosen[cut]
     * is shown last and cut there. SIZE_MAX until one crosses it. */
    size_t cut;
    /* The date line and the words and bytes of the budget kept for it
     * (with its ": "); dateline_len 0 when there is none. */
    char dateline[64];
    size_t dateline_len, dateline_words, dateline_bytes;
} summ_job;

/* 1 when sentence s still fits the budget. */
int summ_fits(const summ_job *job, uint32_t s);
/* Adds sentence s to the summary. Returns 0 or -1 when out of memory. */
int summ_take(summ_job *job, uint32_t s);
/* Takes the last added sentence out of the summary (chosen.n > 0, not
 * under --truncate) and returns it. */
uint32_t summ_untake(summ_job *job);
/* 1 when no further sentence can be added. */
int summ_full(const summ_job *job);
/* Cosine similarity of the content terms of two sentences. */
double summ_cosine(const summ_job *job, uint32_t a, uint32_t b);
/* Highest cosine between s and the sentences chosen so far. */
double summ_max_sim_chosen(const summ_job *job, uint32_t s);
/* Greedy selection by descending score with a redundancy threshold, used
 * by the methods that only score sentences. */
int summ_select_by_score(summ_job *job, const double *score, double max_sim);

typedef int (*summ_method_fn)(summ_job *job);

int summ_method_lead(summ_job *job);
int summ_method_coverage(summ_job *job);
int summ_method_centroid(summ_job *job);
int summ_method_ilp(summ_job *job);
int summ_method_lexrank(summ_job *job);
int summ_method_textrank(summ_job *job);
int summ_method_sumbasic(summ_job *job);
int summ_method_klsum(summ_job *job);
int summ_method_mmr(summ_job *job);
int summ_method_submodular(summ_job *job);
int summ_method_default(summ_job *job);
/* Greedy concept coverage extending the current summary (used to fill
 * what an exact solution leaves, e.g. under --truncate). */
int summ_coverage_fill(summ_job *job, double pos_boost);

/* Days since 1970-01-01 of the proleptic Gregorian date y-m-d (m 1-12). */
long summ_days_from_civil(int y, int m, int d);
/* Days since 1970-01-01 of an article date that starts with a full
 * "YYYY-MM-DD" that exists, or -1. */
long summ_day_of(const char *date);
/* Writes the summary's date line for st ("September 1988") into buf (NUL
 * terminated); returns its length, 0 when no article has a date or it does
 * not fit in cap. */
size_t summ_dateline(const chorus_story *st, char *buf, size_t cap);
/* Length of a dateline prefix of t ("WASHINGTON (AP) _ ", "CAIRO—"), or 0. */
size_t summ_dateline_len(const char *t, size_t len);
/* 0 when t opens or closes a quotation it does not finish (a sentence from
 * inside a quote of several sentences, whose speaker it does not show). */
int summ_quotes_balanced(const char *t, size_t len);
/* Sets flags[i] (m->nsents of them) to what sentence i is besides the
 * story's prose: | 1 a web page's furniture, a call to action, a credit to
 * reporters, a video player's or a newsletter box's labels ("Click here",
 * "Video Unavailable", "Invalid Email"); | 2 a photo's caption or credit
 * ("Image caption", "FILE -", "(AP Photo", or a caption's shape that the
 * summary's candidates leave out: "... in Harlow, Tuesday, March 3,
 * 2020.", "... is pictured with ..."), which names the story's people; 0
 * prose. */
void summ_page_furniture(const fmodel *m, uint8_t *flags);
/* Strips datelines from the sentences of m (their start moves). */
void summ_clean_model(fmodel *m);
/* Fills job->text/tlen/words from the model. Returns 0 or -1. */
int summ_compress(fmodel *m, summ_job *job);
/* Sets eligible[i] (m->nsents of them) to 1 when sentence i is a whole,
 * informative sentence worth choosing; returns how many are. */
size_t summ_candidates(const fmodel *m, uint8_t *eligible);

/* Independent articles (copies counted once, fmodel.doc_copy_of) a bigram
 * must appear in to count as a concept. */
uint32_t summ_concept_min_docs(const fmodel *m);

#endif
