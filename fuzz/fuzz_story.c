/* Fuzz target for the story card: the bytes, cut at each "\n===\n", are the
 * articles of one story (at most 4). The card runs the splitter, alignment,
 * quote and speaker rules, divergence patterns and every renderer. Build
 * with clang -fsanitize=fuzzer (see fuzz/CMakeLists.txt); tests replay the
 * corpus through fuzz/replay.c. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "chorus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void add_articles(chorus_ctx *ctx, chorus_story *st, const char *p, size_t n)
{
    static const char sep[] = "\n===\n";
    for (int k = 0; k < 4 && n > 0; k++) {
        const char *e = NULL;
        for (size_t i = 0; i + sizeof sep - 1 <= n && !e; i++)
            if (memcmp(p + i, sep, sizeof sep - 1) == 0)
                e = p + i;
        size_t len = e ? (size_t)(e - p) : n;
        char id[8];
        snprintf(id, sizeof id, "d%d", k);
        chorus_doc d = {id, NULL, k % 2 ? "2026-01-02" : NULL, NULL, NULL, p, len, NULL};
        chorus_story_add_doc(st, ctx, &d);
        if (!e)
            break;
        n -= len + sizeof sep - 1;
        p = e + sizeof sep - 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    chorus_story *st = chorus_story_new("fuzz");
    add_articles(ctx, st, (const char *)data, size);
    chorus_card *card = NULL;
    if (chorus_story_ndocs(st) && chorus_card_new(ctx, st, NULL, &card) == 0) {
        char *out[4] = {chorus_card_json(card), chorus_card_text(card), chorus_card_markdown(card),
                        chorus_card_html(card)};
        for (int i = 0; i < 4; i++)
            chorus_free(out[i]);
    }
    chorus_card_free(card);
    chorus_story_free(st);
    chorus_ctx_free(ctx);
    return 0;
}
