/* The card of a few invented articles as parsed JSON, shared by the card's
 * unit tests. Header-only, as check.h is. */
#ifndef CHORUS_TEST_CARD_FIXTURE_H
#define CHORUS_TEST_CARD_FIXTURE_H
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "chorus.h"
#include "check.h"

/* The story of texts, article i named d<i> and dated dates[i] (dates
 * NULL or "": undated); caller frees. */
static inline chorus_story *fixture_story(const char *const *texts, const char *const *dates, size_t n)
{
    chorus_story *st = chorus_story_new("t");
    for (size_t i = 0; st && i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "d%zu", i);
        chorus_doc d = {id, "", dates ? dates[i] : "", "", "", texts[i], strlen(texts[i]), NULL};
        CHECK(chorus_story_add_doc(st, NULL, &d) == 0);
    }
    return st;
}

/* The card of fixture_story(texts, dates, n) as parsed JSON (caller
 * decrefs); its text, markdown and HTML views must be non-empty. A card
 * that cannot be made is a failed check and NULL. */
static inline json_t *card_dated(const char *const *texts, const char *const *dates, size_t n)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_story *st = fixture_story(texts, dates, n);
    chorus_card *card = NULL;
    json_t *j = NULL;
    if (st && chorus_card_new(ctx, st, NULL, &card) == 0) {
        char *s = chorus_card_json(card);
        j = s ? json_loads(s, 0, NULL) : NULL;
        chorus_free(s);
        char *views[3] = {chorus_card_text(card), chorus_card_markdown(card), chorus_card_html(card)};
        for (int i = 0; i < 3; i++) {
            CHECK(views[i] && strlen(views[i]) > 0);
            chorus_free(views[i]);
        }
    }
    CHECK(j != NULL);
    chorus_card_free(card);
    chorus_story_free(st);
    chorus_ctx_free(ctx);
    return j;
}

static inline json_t *card_of(const char *const *texts, size_t n) { return card_dated(texts, NULL, n); }

/* One view of the card of fixture_story(texts, NULL, n) built with opts
 * (NULL: the defaults): 't' text, 'm' Markdown, 'h' HTML; caller frees with
 * chorus_free. NULL if it fails. */
static inline char *card_view_opts(const char *const *texts, size_t n, char view, const chorus_card_opts *opts)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_story *st = fixture_story(texts, NULL, n);
    chorus_card *card = NULL;
    char *out = NULL;
    if (st && chorus_card_new(ctx, st, opts, &card) == 0)
        out = view == 'h' ? chorus_card_html(card) : view == 'm' ? chorus_card_markdown(card)
                                                                  : chorus_card_text(card);
    chorus_card_free(card);
    chorus_story_free(st);
    chorus_ctx_free(ctx);
    return out;
}

/* The same, with the default options. */
static inline char *card_view(const char *const *texts, size_t n, char view)
{
    return card_view_opts(texts, n, view, NULL);
}

#endif
