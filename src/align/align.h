/* Content alignment across the articles of a story.
 *
 * "Same content" (the definition every story-card section relies on):
 *  - Sentences are the segmenter's, cut again at visible sentence ends it
 *    missed (align_resplit).
 *  - A content unit is a clause: a sentence cut at , ; : ( ) quotes and
 *    dashes and before clause-opening words (which, who, while, because,
 *    after, and, but, saying, according ...), but not around a subject's
 *    name in commas ("The ferry, the Northern Gull, left ..."); pieces with
 *    fewer than ALIGN_UNIT_TERMS content terms are merged into a neighbour.
 *  - Its content is the set of its non-stop-word Snowball stems, after
 *    folding spelling variants (Qaida/Qaeda, Kurdish/Kurd), irregular verb
 *    forms (met/meet) and dropping attribution verbs (say, tell, report,
 *    according). Each term weighs log(1 + S / sf), S the sentences of the
 *    story and sf those containing the term. A term is PLAIN in a unit when
 *    it is written in lower case there (not a name) and is not a role noun
 *    (president, spokesman ...); numbers are plain but never rare. A plain
 *    term is RARE when at most ALIGN_RARE_SF sentences of the story hold it.
 *  - A sentence REPORTS a unit with at least ALIGN_UNIT_PLAIN plain terms
 *    when it shares at least ALIGN_MIN_SHARED of the unit's terms, at least
 *    ALIGN_MIN_PLAIN of them plain, and either ALIGN_COVER of the unit's
 *    weight, or ALIGN_RARE_COVER of it with a rare term and ALIGN_RARE_PLAIN
 *    plain terms among those shared. Names alone never make a match. A
 *    sentence of ALIGN_MIN_SHARED terms ("Ten people died.") is also
 *    reported by a sentence of at most one term more that shares the rest
 *    and counts the same noun with another number (align_count_variant).
 *  - Two sentences of different articles are ALIGNED (have the same
 *    content) when one of them reports a unit of the other.
 *  - Attribution heads ("the AP reported that", "he told AP that") and a
 *    subject named in commas are not part of a unit's content.
 * Precision first: the thresholds were set on tests/fixtures/
 * alignment_pairs.jsonl (precision 0.897, recall 0.603 with the current
 * splitter; held-out pairs 0.929 / 0.565; docs/story.md).
 */
#ifndef CHORUS_ALIGN_H
#define CHORUS_ALIGN_H
#include <stdint.h>

#include "model.h"

#define ALIGN_MIN_TERMS 2
#define ALIGN_UNIT_TERMS 3
#define ALIGN_UNIT_PLAIN 2
#define ALIGN_MIN_SHARED 3
#define ALIGN_MIN_PLAIN 1
#define ALIGN_COVER 0.60
#define ALIGN_RARE_SF 3
#define ALIGN_RARE_COVER 0.38
#define ALIGN_RARE_N 1
#define ALIGN_RARE_PLAIN 2

typedef struct aunit {
    uint32_t doc, sent;  /* article and global sentence index */
    uint32_t start, end; /* byte offsets into the article text */
    uint32_t t0, nt;     /* distinct canonical terms: al->terms[t0 .. t0+nt), sorted */
    double weight;       /* total weight of the terms */
    uint32_t nplain;     /* terms written in lower case there, not roles */
} aunit;

typedef struct aligner {
    const fmodel *m;
    uint32_t *canon;     /* model term -> canonical term */
    double *w;           /* weight per canonical term */
    uint8_t *is_name;    /* per canonical term: mostly written capitalised mid-sentence */
    aunit *units;
    size_t nunits;
    uint32_t *sent_unit; /* first unit of each sentence; [nsents] = nunits */
    uint32_t *terms;     /* unit term pool */
    uint8_t *tplain;     /* per unit term: a plain word there (not a name or role) */
    uint32_t *sterm_off; /* sentence term sets: sterms[sterm_off[i] .. sterm_off[i+1]) */
    uint32_t *sterms;
    uint32_t *post_off;  /* postings: canonical term -> sentences containing it */
    uint32_t *post;
    uint32_t *sf;        /* per canonical term: sentences holding it, those of an
                            article that copies another left out (all of them
                            when only copies hold it) */
    double *acc;         /* scratch, one per sentence */
    uint32_t *cnt;
    uint32_t *touched;
    double *bestc;       /* scratch, one per article */
    uint32_t rare_sf;    /* a term in at most this many sentences is rare */
    int need_keys;       /* align_reporters: only sentences holding the unit's key content */
} aligner;

/* Builds units, canonical terms, weights and postings for a model. */
int align_build(const fmodel *m, aligner **out);
void align_free(aligner *a);

/* For unit u, fills best[d] with the sentence of article d that best
 * reports it (UINT32_MAX when none does; best[doc(u)] is left UINT32_MAX)
 * and cover[d] with its coverage. Either array may be NULL. Returns the
 * number of other articles that report u. */
size_t align_reporters(aligner *a, uint32_t u, uint32_t *best, double *cover);
/* Coverage of unit u by sentence s (0..1), the number of shared terms and
 * of shared terms that are not names. */
double align_cover(const aligner *a, uint32_t u, uint32_t s, size_t *shared, size_t *plain,
                   size_t *rare);
/* 1 when sentence s states the key content of unit u: each number of u
 * is in s (by value: "three" = "3"; "6:15" needs its "15"; a day of a
 * month may stand anywhere in s's article), a month or weekday anywhere in
 * s's article, and each name of u (a term mostly capitalised in the story,
 * capitalised there, not a role) in s or the sentences just before it, one
 * word of a run of names enough and the names of a source not asked. The
 * other way, a name that s's closest unit gives to what u leaves unnamed
 * must be in u's article. Aligned sentences that differ there (212 / 214
 * people, Sunday / no day) are the same topic but do not report the same
 * thing. */
int align_keys_in(const aligner *a, uint32_t u, uint32_t s);
/* 1 when sentence s counts what unit u counts, without u's number:
 * "Twelve people died." for "Ten people died.". Unit u must be a whole
 * sentence, and the caller checks that s shares u's other terms. A unit of
 * ALIGN_MIN_SHARED terms needs all of them, so one differing number would
 * otherwise keep it from its counterpart, and the number divergence
 * unseen. */
int align_count_variant(const aligner *a, uint32_t u, uint32_t s);
/* Weight of the plain terms units u and v share (0 when none). */
double align_unit_shared(const aligner *a, uint32_t u, uint32_t v);
/* 1 when sentences s and t (of different articles) share content. */
int align_sentences(const aligner *a, uint32_t s, uint32_t t);
/* 1 when the canonical form of model term x is content (not a stop word). */
uint32_t align_canon(const aligner *a, uint32_t term);

/* Fills view with m's sentences cut again at visible sentence ends the
 * segmenter missed; tokens and statistics are borrowed from m. Free the
 * view with align_view_free (not chorus_model_free). */
int align_resplit(const fmodel *m, fmodel *view);
void align_view_free(fmodel *view);

/* A story opened for alignment queries (evaluation and tests). */
typedef struct align_session align_session;
/* Builds model, sentence view and aligner of story (borrowed; it must
 * outlive the session). Caller frees with align_session_free. */
int align_session_open(chorus_ctx *ctx, const chorus_story *story, align_session **out);
void align_session_free(align_session *s);
/* The sentence view (sentences as alignment sees them). */
const fmodel *align_session_model(const align_session *s);
/* 1 when the sentence of article da that best covers bytes [sa, ea) and
 * that of article db best covering [sb, eb) share content, 0 when not, -1
 * when either range overlaps no sentence. */
int align_session_pair(align_session *s, size_t da, size_t sa, size_t ea, size_t db, size_t sb,
                       size_t eb);

#endif
