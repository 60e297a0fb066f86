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
#include "fuzz_articles.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    chorus_story *st = chorus_story_new("fuzz");
    fuzz_add_articles(ctx, st, (const char *)data, size);
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
