/* Fuzz target for the article parsers: the bytes are read as a text article
 * (header block), SGML, Multi-News and a JSON story, then segmented,
 * tokenised and summarised; and as a file of stories (JSONL, a JSON
 * document, Multi-News lines) through chorus_input. Build with clang -fsanitize=fuzzer (see
 * fuzz/README.md); tests replay the corpus through fuzz/replay.c. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
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

/* Every story of the bytes written to a file, as chorus_input reads it. */
static void read_as_file(chorus_ctx *ctx, const uint8_t *data, size_t size)
{
    char path[] = "/tmp/chorus_fuzz_XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return;
    int ok = write(fd, data, size) == (ssize_t)size;
    close(fd);
    const char *paths[1] = {path};
    chorus_input *in = NULL;
    if (ok && chorus_input_open(ctx, paths, 1, NULL, &in) == 0) {
        chorus_story *st = NULL;
        int rc;
        while ((rc = chorus_input_next(in, ctx, &st)) != 0) {
            if (rc == 1)
                summarize_all(ctx, st);
            chorus_story_free(st);
            st = NULL;
            if (rc < 0 && rc != CHORUS_EINPUT)
                break;
        }
    }
    chorus_input_free(in);
    unlink(path);
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
    read_as_file(ctx, data, size);
    chorus_ctx_free(ctx);
    return 0;
}
