/* Fuzz target for the summarizer: the first byte picks the method, the
 * budget kind and --truncate; the second the budget's size; the rest, cut
 * at each "\n===\n", are the articles of one story (at most 4). Every
 * summary must stay within its budget. Build with clang -fsanitize=fuzzer
 * (see fuzz/CMakeLists.txt); tests replay the corpus through
 * fuzz/replay.c. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus.h"
#include "fuzz_articles.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Words as chorus_count_words counts them: runs of non-blank bytes. */
static size_t count_words(const char *s)
{
    size_t n = 0;
    for (int in = 0; *s; s++) {
        int blank = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
        n += !blank && !in;
        in = !blank;
    }
    return n;
}

/* A budget that is broken is a bug the fuzzer should report. */
static void check_budget(const chorus_summarize_opts *o, const char *text)
{
    if (o->words && count_words(text) > o->words)
        abort();
    if (o->bytes && strlen(text) > o->bytes)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const char *const *methods = chorus_summarize_methods();
    size_t nmethods = 0;
    while (methods[nmethods])
        nmethods++;
    chorus_summarize_opts o = CHORUS_SUMMARIZE_OPTS_INIT;
    o.method = methods[data[0] % nmethods];
    o.truncate = (data[0] >> 4) & 1;
    unsigned kind = (data[0] >> 5) % 3, amount = data[1];
    o.words = kind == 0 ? 1 + amount : 0;
    o.bytes = kind == 1 ? 1 + 4 * (size_t)amount : 0;
    o.sentences = kind == 2 ? 1 + amount % 8 : 0;
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    chorus_story *st = chorus_story_new("fuzz");
    fuzz_add_articles(ctx, st, (const char *)data + 2, size - 2);
    chorus_summary *s = NULL;
    if (chorus_story_ndocs(st) && chorus_summarize(ctx, st, &o, &s) == 0) {
        char *text = chorus_summary_text(s);
        if (text && o.sentences == 0)
            check_budget(&o, text);
        chorus_free(text);
    }
    chorus_summary_free(s);
    chorus_story_free(st);
    chorus_ctx_free(ctx);
    return 0;
}
