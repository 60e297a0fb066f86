/* Story card internals: the card model the builders fill and the
 * renderers read. All strings live in the card's arena. */
#ifndef CHORUS_CARD_H
#define CHORUS_CARD_H
#include <stdint.h>

#include "align/align.h"
#include "chorus.h"
#include "model.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/vec.h"

/* A summary sentence or fact: text from article doc, with the articles
 * reporting it (support[d] != 0) and, per supporting article, the sentence
 * that carries the same content (evidence[d]). */
typedef struct card_item {
    const char *text;
    uint32_t doc, start, end;
    uint32_t unit;       /* alignment unit of a fact (UINT32_MAX: a summary sentence) */
    uint8_t *support;
    const char **evidence;
    uint32_t nsupport;   /* articles */
    uint32_t nindep;     /* independent sources (duplicates counted once) */
    uint8_t cut;         /* CARD_CUT_*: where a fact's sentence goes on beyond its clause */
    uint8_t verbless;    /* a cut part without a verb (English only): a detail, not a claim */
} card_item;

enum { CARD_CUT_BEFORE = 1, CARD_CUT_AFTER = 2 };

typedef struct card_quote {
    const char *text;      /* as the first carrying article gives it */
    const char **qtext;    /* per article: its wording, or NULL */
    const char **speaker;  /* per article: speaker as given, or NULL */
    uint32_t ndocs;
    int attribution_differs;
} card_quote;

typedef struct card_div {
    const char *kind; /* number, date, place, entity, negation, hedging, attribution */
    const char *what; /* the aligned content, or the sentence of a count beside it */
    const char **spans; /* per article, or NULL */
} card_div;

typedef struct card_dup {
    uint32_t a, b;     /* articles */
    double similarity; /* estimated Jaccard of word 5-shingles */
    const char *text;  /* NULL for whole articles, else the paragraph of a */
} card_dup;

typedef struct card_entity {
    const char *name;
    const char *kind; /* person, organisation, place, other */
    uint32_t *count;  /* per article */
    uint32_t total;
    const char **also; /* other spellings folded into it ("US" for "U.S."), nalso of them */
    uint32_t nalso;
} card_entity;

typedef struct card_source {
    uint32_t words, sentences, shared, own;
    uint32_t dup_of; /* article this one copies, or itself */
} card_source;

typedef VEC(card_item) card_item_vec;
typedef VEC(card_quote) card_quote_vec;
typedef VEC(card_div) card_div_vec;
typedef VEC(card_dup) card_dup_vec;
typedef VEC(card_entity) card_entity_vec;

struct chorus_card {
    const chorus_story *story;
    carena *arena;
    size_t ndocs;
    chorus_card_opts opts; /* opts.lang is the caller's: read only while the card is built */
    char lang[4];          /* the articles' ISO 639-1 code, as opts.lang resolved ("german": de) */
    card_source *src;
    card_item_vec summary, facts;
    card_quote_vec quotes;
    card_div_vec divs;
    card_dup_vec dups;
    card_entity_vec ents;
    size_t nindep;    /* articles that copy no other */
    const char *note; /* e.g. why cross-source sections are empty */
};

/* Working state while the card is built. */
typedef struct card_build {
    chorus_card *card;
    chorus_ctx *ctx;
    const fmodel *m;    /* the sentence view alignment works on */
    const fmodel *base; /* the model as segmented (the summarizer's sentences) */
    aligner *al;
    uint8_t *usup;   /* unit x doc: 1 when the article reports the unit */
    uint32_t *ubest; /* unit x doc: reporting sentence, or UINT32_MAX */
    uint8_t *claim;  /* unit: 1 when it can be a fact (mark_claims) */
    uint8_t *furniture; /* sentence of m: | 1 a web page's furniture, | 2 a photo's caption; no fact */
} card_build;

/* A copy of text[0..n) in the card's arena, whitespace runs collapsed. */
const char *card_span(chorus_card *c, const char *text, size_t n);
/* Article d's text. */
const chorus_doc *card_doc(const chorus_card *c, size_t d);
/* How widely an item is reported, copies counted once: 0 by every
 * independent article (of two or more), 1 by several, 2 by one. */
int card_group(const chorus_card *c, const card_item *it);

int card_quotes(card_build *b);
int card_divergences(card_build *b);
int card_duplicates(card_build *b);
int card_entities(card_build *b);

/* Renderers (render.c, json.c). */
int card_render_text(const chorus_card *c, cbuf *out);
int card_render_markdown(const chorus_card *c, cbuf *out);
int card_render_html(const chorus_card *c, cbuf *out);

#endif
