/* The story model every later stage works on: the sentences of all the
 * articles of a story, their tokens as interned term ids, and per-term
 * statistics across the story. Built once per story, in the story's arena
 * where possible. */
#ifndef CHORUS_MODEL_H
#define CHORUS_MODEL_H
#include <stdint.h>

#include "chorus.h"
#include "tokens.h"
#include "util/arena.h"

typedef struct fsent {
    uint32_t doc;        /* article index in the story */
    uint32_t index;      /* sentence index within its article */
    uint32_t paragraph;  /* paragraph index within its article */
    uint32_t start, end; /* byte offsets into the article text */
    uint32_t tok0, ntok; /* tokens are model->toks[tok0 .. tok0+ntok) */
    uint32_t nwords;     /* whitespace-separated words (the budget unit) */
    uint32_t ncontent;   /* tokens that are not stop words */
    uint32_t flags;      /* FSENT_* */
} fsent;

/* The sentence is an entry written as notes, not prose: one of a
 * chronology without its date ("May 13 _ About 2,000 students begin ...",
 * whose date summ_clean_model removes, or one of the next three sentences
 * of its paragraph), or an item of AP's lists ("_ Linda Leigh, 38, a
 * botanist who ..."). */
#define FSENT_NOTE 1u
/* The sentence opens a chronology's entry with its date. */
#define FSENT_CHRONO_HEAD 2u

typedef struct fmodel {
    const chorus_story *story;
    chorus_tokenizer *tok; /* borrowed */
    fsent *sents;
    size_t nsents;
    ctoken *toks;
    size_t ntoks;
    uint32_t *doc_first; /* first sentence index of each doc; [ndocs] = nsents */
    size_t ndocs;
    size_t nterms;        /* term ids are < nterms */
    uint32_t *term_docs;  /* number of articles containing each term */
    uint32_t *term_count; /* occurrences in the story */
    /* Per article: the earliest article it is a copy of (itself if none),
     * see MODEL_COPY_MIN; nindep counts the articles that copy none. */
    uint32_t *doc_copy_of;
    double *doc_copy_sim; /* per copy: share of the shorter's shingles in the other */
    size_t nindep;
} fmodel;

/* An article is a copy of an earlier one when at least this share of the
 * 5-word shingles of the shorter of the two (stems, stop words included;
 * at least 20 of them) is in the other (wire copy republished, or an
 * article's updated or cut version), or when their shingle sets are this
 * similar (Jaccard). */
#define MODEL_COPY_MIN 0.8
/* Pairs whose MinHash estimate is this far under MODEL_COPY_MIN are still
 * checked on the exact shingle sets (an estimate from 128 bins strays by
 * about 0.05, and for a short text inside a much longer one by more). */
#define MODEL_COPY_SLACK 0.15

/* Builds the model: segments and tokenises every article. The tokenizer is
 * borrowed and must outlive the model. Caller frees with chorus_model_free. */
int chorus_model_build(chorus_ctx *ctx, const chorus_story *story, chorus_tokenizer *tok,
                       fmodel **out);
void chorus_model_free(fmodel *m);
/* Sets m->doc_copy_of, m->doc_copy_sim and m->nindep (model_copies.c).
 * 0 or -1 when out of memory. */
int chorus_model_find_copies(fmodel *m);
/* The text of sentence i (not NUL-terminated); *len receives its length. */
const char *chorus_model_sent_text(const fmodel *m, size_t i, size_t *len);
/* Counts whitespace-separated words in s. */
size_t chorus_count_words(const char *s, size_t n);

#endif
