/* Story internals: the arena-backed set of articles. */
#ifndef CHORUS_STORY_H
#define CHORUS_STORY_H
#include "chorus.h"
#include "util/arena.h"
#include "util/hmap.h"
#include "util/vec.h"

typedef struct story_ref {
    const char **sents;
    size_t n;
} story_ref;

struct chorus_story {
    carena *arena;
    const char *id;
    VEC(chorus_doc) docs;
    VEC(story_ref) refs;
    chmap *ids; /* article id -> its index, to keep ids unique in linear time */
};

/* Sets the story id (copied). */
int chorus_story_set_id(chorus_story *story, const char *id);
/* Drops the articles added after the first n (their text stays in the
 * arena until the story is freed). */
void chorus_story_truncate(chorus_story *story, size_t n);
/* The story's arena, for stages that keep per-story data alongside it. */
carena *chorus_story_arena(chorus_story *story);

#endif
