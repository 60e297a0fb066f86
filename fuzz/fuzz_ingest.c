/* Fuzz target for the article parsers: the bytes are read as a text article
 * (header block), SGML, Multi-News and a JSON story, then segmented,
 * tokenised and summarised. Build with clang -fsanitize=fuzzer (see
 * fuzz/README.md); tests replay the corpus through fuzz/replay.c. */
#include <stddef.h>
#include <stdint.h>

#include "chorus.h"
#include "ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void summarize_all(chorus_ctx *ctx, chorus_story *st)
{
    chorus_summarize_opts o = CHORUS_SUMMARIZE_OPTS_INIT;
    chorus_summary *s = NULL;
    if (chorus_story_ndocs(st) && chorus_summarize(ctx, st, &o, &s) == 0) {
        char *j = chorus_summary_json(s, st);
        chorus_free(j);
    }
    chorus_summary_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const chorus_input_kind kinds[] = {CHORUS_INPUT_TEXT, CHORUS_INPUT_SGML,
                                              CHORUS_INPUT_MULTINEWS, CHORUS_INPUT_AUTO};
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        chorus_story *st = chorus_story_new("fuzz");
        if (chorus_ingest_buffer(ctx, st, "fuzz", "fuzz", (const char *)data, size, kinds[k]) == 0)
            summarize_all(ctx, st);
        chorus_story_free(st);
    }
    chorus_story *js = NULL;
    if (chorus_story_from_json(ctx, (const char *)data, size, &js) == 0)
        summarize_all(ctx, js);
    chorus_story_free(js);
    chorus_ctx_free(ctx);
    return 0;
}
