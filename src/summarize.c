/* chorus_summarize: builds the story model, runs a method, orders and
 * renders the chosen sentences. */
#include "summarize.h"

#include <jansson.h>
#include <math.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "story.h"
#include "util/buf.h"

static const struct {
    const char *name;
    summ_method_fn fn;
} methods[] = {
    {"default", summ_method_default},
    {"coverage", summ_method_coverage},
    {"lead", summ_method_lead},
    {"centroid", summ_method_centroid},
    {"lexrank", summ_method_lexrank},
    {"textrank", summ_method_textrank},
    {"sumbasic", summ_method_sumbasic},
    {"klsum", summ_method_klsum},
    {"mmr", summ_method_mmr},
    {"submodular", summ_method_submodular},
    {"ilp", summ_method_ilp},
};

static const char *const method_names[] = {"default", "lead", "centroid", "lexrank", "textrank",
                                           "sumbasic", "klsum", "mmr", "submodular", "coverage",
                                           "ilp", NULL};

#define DEFAULT_METHOD "default"

const char *const *chorus_summarize_methods(void) { return method_names; }

struct chorus_summary {
    const char *id;
    const char *dateline; /* NULL when there is none */
    chorus_summary_sentence *sents;
    size_t n;
    carena *arena;
};

/* ---- budget ---- */

static size_t sent_bytes(const summ_job *job, uint32_t s)
{
    return job->tlen[s];
}

int summ_full(const summ_job *job)
{
    if (job->budget_sents && job->chosen.n >= job->budget_sents)
        return 1;
    if (job->budget_words && job->used_words >= job->budget_words)
        return 1;
    return job->budget_bytes && job->used_bytes >= job->budget_bytes;
}

int summ_fits(const summ_job *job, uint32_t s)
{
    if (summ_full(job))
        return 0;
    if (job->opts->truncate) /* the last sentence is cut to fit */
        return 1;
    if (job->budget_words && job->used_words + job->words[s] > job->budget_words)
        return 0;
    /* +1 for the joining space */
    size_t sep = job->chosen.n ? 1 : 0;
    return !job->budget_bytes || job->used_bytes + sep + sent_bytes(job, s) <= job->budget_bytes;
}

int summ_take(summ_job *job, uint32_t s)
{
    if (VEC_PUSH(&job->chosen, s) < 0)
        return -1;
    job->used_bytes += sent_bytes(job, s) + (job->chosen.n > 1 ? 1 : 0);
    job->used_words += job->words[s];
    if (job->opts->truncate && job->cut == SIZE_MAX &&
        ((job->budget_words && job->used_words > job->budget_words) ||
         (job->budget_bytes && job->used_bytes > job->budget_bytes)))
        job->cut = job->chosen.n - 1;
    return 0;
}

uint32_t summ_untake(summ_job *job)
{
    uint32_t s = job->chosen.v[--job->chosen.n];
    job->used_bytes -= sent_bytes(job, s) + (job->chosen.n > 0 ? 1 : 0);
    job->used_words -= job->words[s];
    return s;
}

/* ---- similarity ---- */

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Builds sorted (term, count) lists of each sentence's content terms. */
static int build_vectors(summ_job *job)
{
    const fmodel *m = job->m;
    size_t n = m->nsents;
    job->vec_off = malloc((n + 1) * sizeof(uint32_t));
    job->vec_terms = malloc((m->ntoks ? m->ntoks : 1) * sizeof(uint32_t));
    job->vec_w = malloc((m->ntoks ? m->ntoks : 1) * sizeof(float));
    job->vec_norm = malloc((n ? n : 1) * sizeof(float));
    if (!job->vec_off || !job->vec_terms || !job->vec_w || !job->vec_norm)
        return -1;
    uint32_t o = 0;
    for (size_t i = 0; i < n; i++) {
        const fsent *s = &m->sents[i];
        uint32_t b = o, k = 0;
        for (uint32_t t = s->tok0; t < s->tok0 + s->ntok; t++)
            if (!(m->toks[t].flags & TOK_STOP))
                job->vec_terms[b + k++] = m->toks[t].term;
        qsort(job->vec_terms + b, k, sizeof(uint32_t), cmp_u32);
        job->vec_off[i] = b;
        double norm = 0;
        for (uint32_t j = 0; j < k;) { /* collapse runs into counts */
            uint32_t r = j;
            while (r < k && job->vec_terms[b + r] == job->vec_terms[b + j])
                r++;
            job->vec_terms[o] = job->vec_terms[b + j];
            job->vec_w[o++] = (float)(r - j);
            norm += (double)(r - j) * (r - j);
            j = r;
        }
        job->vec_norm[i] = (float)sqrt(norm);
    }
    job->vec_off[n] = o;
    return 0;
}

double summ_cosine(const summ_job *job, uint32_t a, uint32_t b)
{
    if (job->vec_norm[a] == 0 || job->vec_norm[b] == 0)
        return 0;
    uint32_t i = job->vec_off[a], ie = job->vec_off[a + 1];
    uint32_t j = job->vec_off[b], je = job->vec_off[b + 1];
    double dot = 0;
    while (i < ie && j < je) {
        if (job->vec_terms[i] < job->vec_terms[j])
            i++;
        else if (job->vec_terms[i] > job->vec_terms[j])
            j++;
        else
            dot += (double)job->vec_w[i++] * job->vec_w[j++];
    }
    return dot / ((double)job->vec_norm[a] * job->vec_norm[b]);
}

double summ_max_sim_chosen(const summ_job *job, uint32_t s)
{
    double best = 0;
    for (size_t k = 0; k < job->chosen.n; k++) {
        double c = summ_cosine(job, s, job->chosen.v[k]);
        if (c > best)
            best = c;
    }
    return best;
}

typedef struct scored {
    double score;
    uint32_t s;
} scored;

static int cmp_scored(const void *a, const void *b)
{
    const scored *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->s < y->s ? -1 : x->s > y->s; /* ties: earlier sentence first */
}

int summ_select_by_score(summ_job *job, const double *score, double max_sim)
{
    size_t n = job->m->nsents, k = 0;
    scored *v = malloc((n ? n : 1) * sizeof(scored));
    if (!v)
        return -1;
    for (uint32_t i = 0; i < n; i++)
        if (job->eligible[i])
            v[k++] = (scored){score[i], i};
    qsort(v, k, sizeof(scored), cmp_scored);
    int rc = 0;
    for (size_t i = 0; i < k && rc == 0 && !summ_full(job); i++)
        if (summ_fits(job, v[i].s) && summ_max_sim_chosen(job, v[i].s) <= max_sim)
            rc = summ_take(job, v[i].s);
    free(v);
    return rc;
}

/* ---- candidates ---- */

static int mark_candidates(summ_job *job)
{
    size_t n = job->m->nsents;
    job->eligible = malloc(n ? n : 1);
    if (!job->eligible)
        return -1;
    if (summ_candidates(job->m, job->eligible) == 0) /* short or odd stories: any sentence may do */
        memset(job->eligible, 1, n);
    return 0;
}

/* ---- ordering and output ---- */


/* Reports published days apart are ordered by date, so a developing story
 * reads in the order it happened. When they all come from the same day or
 * two (or state no date), the chosen sentences are ordered by where they
 * stand in their articles: leads first, details after, as a news story is
 * written. */
static int use_chrono(const summ_job *job)
{
    long lo = LONG_MAX, hi = LONG_MIN;
    for (size_t i = 0; i < job->chosen.n; i++) {
        const fsent *x = &job->m->sents[job->chosen.v[i]];
        long d = summ_day_of(chorus_story_doc(job->m->story, x->doc)->date);
        if (d < 0)
            return 0;
        lo = d < lo ? d : lo;
        hi = d > hi ? d : hi;
    }
    return hi - lo > 2;
}

static double rel_position(const fmodel *m, const fsent *x)
{
    uint32_t n = m->doc_first[x->doc + 1] - m->doc_first[x->doc];
    return n ? (double)x->index / n : 0.0;
}

/* What the reading order compares, taken out of the model so that the
 * comparison needs no shared state (the library may run in many threads). */
typedef struct order_key {
    double rel;       /* relative position in the article; 0 for all when by date */
    const char *date; /* "" when unknown */
    uint32_t doc, index, sent;
} order_key;

static int cmp_order(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->rel != y->rel)
        return x->rel < y->rel ? -1 : 1;
    int c = (*x->date && *y->date) ? strcmp(x->date, y->date) : 0;
    if (c)
        return c;
    if (x->doc != y->doc)
        return x->doc < y->doc ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Sorts chosen[0..n) into reading order. Returns 0 or -1 (memory). */
static int sort_chosen(summ_job *job, size_t n, int chrono)
{
    const fmodel *m = job->m;
    order_key *k = malloc((n ? n : 1) * sizeof(order_key));
    if (!k)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const fsent *x = &m->sents[job->chosen.v[i]];
        k[i] = (order_key){chrono ? 0.0 : rel_position(m, x), chorus_story_doc(m->story, x->doc)->date,
                           x->doc, x->index, job->chosen.v[i]};
    }
    qsort(k, n, sizeof(order_key), cmp_order);
    for (size_t i = 0; i < n; i++)
        job->chosen.v[i] = k[i].sent;
    free(k);
    return 0;
}

/* Cuts a sentence so that the summary stays within the budget. */
static size_t truncated_len(const summ_job *job, const char *t, size_t len, size_t words_before,
                            size_t bytes_before)
{
    size_t keep = len;
    if (job->budget_words) {
        size_t left = job->budget_words > words_before ? job->budget_words - words_before : 0;
        size_t w = 0, i = 0;
        while (i < len) {
            while (i < len && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t'))
                i++;
            if (i < len && w == left) {
                keep = i;
                break;
            }
            while (i < len && !(t[i] == ' ' || t[i] == '\n' || t[i] == '\t'))
                i++;
            w++;
        }
    }
    if (job->budget_bytes) {
        size_t left = job->budget_bytes > bytes_before ? job->budget_bytes - bytes_before : 0;
        if (keep > left) {
            keep = left;
            while (keep > 0 && ((unsigned char)t[keep] & 0xC0) == 0x80)
                keep--; /* never split a UTF-8 sequence */
        }
    }
    while (keep > 0 && (t[keep - 1] == ' ' || t[keep - 1] == '\n'))
        keep--;
    return keep;
}

/* The sentence on one line: a run of blanks holding a tab or line break (a
 * wrap, a wrapped line's indent, a blank line inside a sentence) becomes
 * one space. */
static char *one_line(carena *a, const char *t, size_t n)
{
    char *p = carena_strndup(a, t, n);
    size_t o = 0;
    for (size_t i = 0; p && i < n; i++) {
        size_t j = i, nl = 0;
        while (j < n && (t[j] == ' ' || t[j] == '\n' || t[j] == '\t' || t[j] == '\r'))
            nl += t[j++] != ' ';
        if (j == i) {
            p[o++] = t[i];
            continue;
        }
        if (nl) /* one space for the run; spaces alone are kept */
            p[o++] = ' ';
        else
            for (size_t k = i; k < j; k++)
                p[o++] = ' ';
        i = j - 1;
    }
    if (p)
        p[o] = 0;
    return p;
}

static int make_summary(const summ_job *job, chorus_summary *out)
{
    const fmodel *m = job->m;
    out->sents = carena_alloc(out->arena, (job->chosen.n + 1) * sizeof(chorus_summary_sentence));
    if (!out->sents)
        return -1;
    size_t words = 0, bytes = 0;
    for (size_t k = 0; k < job->chosen.n; k++) {
        const fsent *s = &m->sents[job->chosen.v[k]];
        size_t len;
        const char *t = job->text[job->chosen.v[k]];
        len = job->tlen[job->chosen.v[k]];
        size_t full = len;
        size_t sep = out->n ? 1 : 0;
        if (job->opts->truncate)
            len = truncated_len(job, t, len, words, bytes + sep);
        if (len == 0)
            break;
        char *text = one_line(out->arena, t, len);
        if (!text)
            return -1;
        /* start/end give the source span; cut sentences end where the cut is */
        size_t end = len == full ? s->end : s->start + len;
        out->sents[out->n++] = (chorus_summary_sentence){text, s->doc, s->start, (uint32_t)end};
        words += chorus_count_words(t, len);
        bytes += len + sep;
    }
    return 0;
}

static summ_method_fn find_method(const char *name)
{
    if (!name || !*name || strcmp(name, "default") == 0)
        name = DEFAULT_METHOD;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(methods[i].name, name) == 0)
            return methods[i].fn;
    return NULL;
}

static void set_budget(summ_job *job, const chorus_summarize_opts *o)
{
    job->budget_words = o->words;
    job->budget_bytes = o->bytes;
    job->budget_sents = o->sentences;
    if (o->ratio > 0) {
        size_t total = 0;
        for (size_t i = 0; i < job->m->nsents; i++)
            total += job->words[i];
        size_t w = (size_t)(o->ratio * (double)total + 0.5);
        if (!w)
            w = 1;
        /* Budgets combine: the ratio only lowers a word budget given too. */
        if (!job->budget_words || w < job->budget_words)
            job->budget_words = w;
    }
}

/* Keeps room in the budget for the date line ("September 1988: "), when
 * asked for, known and the budget holds more than it. */
static void reserve_dateline(summ_job *job, const chorus_story *st)
{
    if (!job->opts->dateline || !(job->dateline_len = summ_dateline(st, job->dateline, sizeof job->dateline)))
        return;
    size_t w = chorus_count_words(job->dateline, job->dateline_len), b = job->dateline_len + 2;
    if ((job->budget_words && job->budget_words <= w) || (job->budget_bytes && job->budget_bytes <= b)) {
        job->dateline_len = 0;
        return;
    }
    job->dateline_words = job->budget_words ? w : 0;
    job->dateline_bytes = job->budget_bytes ? b : 0;
    job->budget_words -= job->dateline_words;
    job->budget_bytes -= job->dateline_bytes;
}

/* Gives the date line's room back to the sentences. */
static void drop_dateline(summ_job *job)
{
    job->budget_words += job->dateline_words;
    job->budget_bytes += job->dateline_bytes;
    job->dateline_len = job->dateline_words = job->dateline_bytes = 0;
}

static void job_free(summ_job *job)
{
    free(job->eligible);
    VEC_FREE(&job->chosen);
    free(job->vec_off);
    free(job->vec_terms);
    free(job->vec_w);
    free(job->vec_norm);
    free(job->text);
    free(job->tlen);
    free(job->words);
}

/* Runs the method; a method that finds nothing to say (no sentence with
 * any weight) falls back to the lead. Returns 0 or -1 (memory). */
static int choose(summ_job *job, summ_method_fn fn)
{
    if (fn(job) < 0)
        return -1;
    return job->chosen.n == 0 ? summ_method_lead(job) : 0;
}

/* 1 when a sentence opens with a pronoun or a connective ("It was ...",
 * "But ..."), with a quotation, whose speaker comes after it or in
 * another sentence ("\"We don't trust the regime anymore,\" he said ..."),
 * or is too short to open ("Even the tourist trade dropped off."): it
 * leans on a sentence before it and reads badly first. */
static int dependent_opening(const summ_job *job, uint32_t s)
{
    const char *t = job->text[s];
    size_t len = job->tlen[s];
    if (len > 3 && (t[0] == '"' || t[0] == '`' || t[0] == '\'' || !memcmp(t, "\xe2\x80\x9c", 3) ||
                    !memcmp(t, "\xe2\x80\x98", 3)))
        return 1;
    static const char *const words[] = {"It", "He", "She", "They", "This", "That", "These", "Those", "His",
                                        "Her", "Their", "Its", "But", "And", "Or", "Nor", "So", "Yet", "However",
                                        "Also", "Still", "Meanwhile", "Instead", "Then", "Next", "Such", "Even",
                                        "Now", NULL};
    for (size_t k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (len > n && memcmp(t, words[k], n) == 0 && (t[n] == ' ' || t[n] == ','))
            return 1;
    }
    return job->words[s] < 8; /* words, not spaces: wrapped wire text breaks lines */
}

/* Days since 1970 of the date of chosen sentence s's article, or -1. */
static long sent_day(const summ_job *job, uint32_t s)
{
    return summ_day_of(chorus_story_doc(job->m->story, job->m->sents[s].doc)->date);
}

/* Index of the first of v[from..n) that does not lean on context (only of
 * day `day` when day >= 0), or n. */
static size_t first_standalone(summ_job *job, size_t from, size_t n, long day)
{
    const uint32_t *v = job->chosen.v;
    for (size_t k = from; k < n && (day < 0 || sent_day(job, v[k]) == day); k++)
        if (!dependent_opening(job, v[k]))
            return k;
    return n;
}

/* 1 when chosen sentence s opens its article and stands alone: a lead,
 * which says what happened. */
static int opens_article(const summ_job *job, uint32_t s)
{
    return job->m->sents[s].index == 0 && !dependent_opening(job, s);
}

/* In date order the first sentence is the earliest article's, often a
 * detail or background from deep in it ("The 16-inch guns are the biggest
 * in the Navy arsenal.", "The cause of the crash was not determined,
 * officials said."). A reader needs the event first: when that sentence
 * stands alone (one that leans is lead_with_standalone's) and another
 * chosen sentence is an article's lead, the earliest such moves to the
 * front. */
static void lead_with_lead(summ_job *job, size_t n)
{
    uint32_t *v = job->chosen.v;
    if (n < 2 || opens_article(job, v[0]) || dependent_opening(job, v[0]))
        return;
    size_t k = 1;
    while (k < n && !opens_article(job, v[k]))
        k++;
    if (k == n)
        return;
    uint32_t s = v[k];
    memmove(v + 1, v, k * sizeof(uint32_t));
    v[0] = s;
}

/* In the first n chosen sentences: when the first leans on context and
 * another does not, the first one that does not moves to the front. In
 * date order one of the same day is preferred, so the order still holds;
 * a later one moves only when no sentence of that day stands alone. */
static void lead_with_standalone(summ_job *job, size_t n, int chrono)
{
    uint32_t *v = job->chosen.v;
    if (n < 2 || !dependent_opening(job, v[0]))
        return;
    size_t k = n;
    if (chrono && sent_day(job, v[0]) >= 0)
        k = first_standalone(job, 1, n, sent_day(job, v[0]));
    if (k == n)
        k = first_standalone(job, 1, n, -1);
    if (k == n)
        return;
    uint32_t s = v[k];
    memmove(v + 1, v, k * sizeof(uint32_t));
    v[0] = s;
}

static int finish(summ_job *job, chorus_summary *out)
{
    int chrono = use_chrono(job);
    /* The sentence that crossed the budget goes last, where the cut is:
     * cutting another one would drop words the method chose whole. */
    size_t n = job->chosen.n;
    if (job->cut < n) {
        uint32_t c = job->chosen.v[job->cut];
        memmove(job->chosen.v + job->cut, job->chosen.v + job->cut + 1, (n - job->cut - 1) * sizeof(uint32_t));
        job->chosen.v[--n] = c;
    }
    if (n > 1 && sort_chosen(job, n, chrono) < 0)
        return -1;
    if (chrono)
        lead_with_lead(job, n);
    lead_with_standalone(job, n, chrono);
    return make_summary(job, out);
}

static int run_job(chorus_ctx *ctx, summ_job *job, summ_method_fn fn, chorus_summary *out)
{
    if (mark_candidates(job) < 0 || build_vectors(job) < 0 || choose(job, fn) < 0)
        return chorus_error_nomem(ctx);
    if (job->chosen.n == 0 && job->dateline_len && !job->opts->truncate) {
        /* No whole sentence fits beside the date line: sentences first. */
        drop_dateline(job);
        if (choose(job, fn) < 0)
            return chorus_error_nomem(ctx);
    }
    if (job->chosen.n > 0 || job->opts->truncate)
        return finish(job, out) < 0 ? chorus_error_nomem(ctx) : 0;
    /* A budget below the shortest sentence still yields output: the best
     * sentence, cut to the budget, with a warning. */
    chorus_summarize_opts o = *job->opts;
    const chorus_summarize_opts *saved = job->opts;
    o.truncate = 1;
    job->opts = &o;
    chorus_warn(ctx, "%s: budget is smaller than every sentence; the summary is cut mid-sentence",
                chorus_story_id(job->m->story));
    int rc = choose(job, fn);
    if (rc == 0)
        rc = finish(job, out);
    job->opts = saved;
    return rc < 0 ? chorus_error_nomem(ctx) : 0;
}

static int check_opts(chorus_ctx *ctx, const chorus_summarize_opts *o)
{
    if (!find_method(o->method))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "unknown method '%s' (chorus_summarize_methods() lists them)",
                                o->method);
    if (!(o->ratio >= 0 && o->ratio <= 1))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "ratio must be between 0 and 1");
    if (!o->words && !o->bytes && !o->sentences && o->ratio == 0)
        return chorus_error_set(ctx, CHORUS_EUSAGE, "no budget: give words, bytes, sentences or a ratio");
    return 0;
}

int chorus_summarize(chorus_ctx *ctx, const chorus_story *story, const chorus_summarize_opts *opts,
                     chorus_summary **out)
{
    chorus_summarize_opts defaults = CHORUS_SUMMARIZE_OPTS_INIT;
    const chorus_summarize_opts *o = opts ? opts : &defaults;
    *out = NULL;
    int rc = check_opts(ctx, o);
    if (rc < 0)
        return rc;
    chorus_tokenizer *tok = NULL;
    fmodel *m = NULL;
    summ_job job;
    memset(&job, 0, sizeof job);
    job.cut = SIZE_MAX;
    chorus_summary *s = calloc(1, sizeof(*s));
    if (!s || !(s->arena = carena_new()) || !(s->id = carena_strdup(s->arena, chorus_story_id(story)))) {
        rc = chorus_error_nomem(ctx);
        goto cleanup;
    }
    if ((rc = chorus_tokenizer_new(ctx, o->lang, &tok)) < 0 || (rc = chorus_model_build(ctx, story, tok, &m)) < 0)
        goto cleanup;
    if (m->nsents == 0) {
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "story '%s' has no text to summarise", chorus_story_id(story));
        goto cleanup;
    }
    summ_clean_model(m);
    job.m = m;
    job.opts = o;
    if (summ_compress(m, &job) < 0) { /* sentence texts */
        rc = chorus_error_nomem(ctx);
        goto cleanup;
    }
    set_budget(&job, o);
    reserve_dateline(&job, story);
    if ((rc = run_job(ctx, &job, find_method(o->method), s)) < 0)
        goto cleanup;
    if (s->n == 0) { /* never an empty summary: a budget under one character */
        rc = chorus_error_set(ctx, CHORUS_EUSAGE, "story '%s': the budget holds none of its text",
                              chorus_story_id(story));
        goto cleanup;
    }
    if (job.dateline_len && s->n && !(s->dateline = carena_strdup(s->arena, job.dateline))) {
        rc = chorus_error_nomem(ctx);
        goto cleanup;
    }
    *out = s;
    s = NULL;
cleanup:
    job_free(&job);
    chorus_model_free(m);
    chorus_tokenizer_free(tok);
    chorus_summary_free(s);
    return rc;
}

void chorus_summary_free(chorus_summary *s)
{
    if (!s)
        return;
    carena_free(s->arena);
    free(s);
}

size_t chorus_summary_count(const chorus_summary *s) { return s->n; }

const chorus_summary_sentence *chorus_summary_get(const chorus_summary *s, size_t i)
{
    return i < s->n ? &s->sents[i] : NULL;
}

const char *chorus_summary_dateline(const chorus_summary *s) { return s->dateline; }

char *chorus_summary_text(const chorus_summary *s)
{
    cbuf b = CBUF_INIT;
    if (s->dateline && (cbuf_puts(&b, s->dateline) < 0 || cbuf_puts(&b, ": ") < 0)) {
        cbuf_free(&b);
        return NULL;
    }
    for (size_t i = 0; i < s->n; i++)
        if ((i && cbuf_putc(&b, ' ') < 0) || cbuf_puts(&b, s->sents[i].text) < 0) {
            cbuf_free(&b);
            return NULL;
        }
    return cbuf_detach(&b);
}

char *chorus_summary_json(const chorus_summary *s, const chorus_story *story)
{
    char *text = chorus_summary_text(s);
    json_t *arr = json_array();
    json_t *o = json_object();
    char *res = NULL;
    if (!text || !arr || !o)
        goto cleanup;
    for (size_t i = 0; i < s->n; i++) {
        const chorus_summary_sentence *x = &s->sents[i];
        const chorus_doc *d = chorus_story_doc(story, x->doc);
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:I, s:I}", "text", x->text, "doc",
                                             d ? d->id : "", "source", d ? d->source : "", "start",
                                             (json_int_t)x->start, "end", (json_int_t)x->end));
    }
    json_object_set_new(o, "id", json_string(s->id));
    json_object_set_new(o, "dateline", s->dateline ? json_string(s->dateline) : json_null());
    json_object_set_new(o, "summary", json_string(text));
    json_object_set(o, "sentences", arr);
    res = json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII * 0);
cleanup:
    free(text);
    json_decref(arr);
    json_decref(o);
    return res;
}
