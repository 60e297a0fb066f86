/*
 * chorus.h: the public interface of libchorus.
 *
 * chorus reads the articles that several outlets wrote about one news story
 * and gives back one account of it: a summary whose sentences name the
 * articles that report them, what the sources agree and differ on, and who
 * said what.
 *
 * Conventions
 *  - Functions return 0 on success or a negative CHORUS_E* code. The
 *    context passed in then holds a one-line message (chorus_ctx_message).
 *  - Every object has _new/_free (or an opening function and _free);
 *    _free(NULL) is a no-op.
 *  - Text comes in as pointer plus length and need not be NUL-terminated.
 *  - Returned pointers are documented as "caller frees" (with the named
 *    function) or "borrowed until X".
 *  - Options travel in structs initialised with their _INIT macro.
 */
#ifndef CHORUS_H
#define CHORUS_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Version, errors and the context                                    */
/* ------------------------------------------------------------------ */

/** The library version, such as "0.1.0". Static storage. */
const char *chorus_version(void);

/** Error codes; functions return 0 or one of these (negative). */
typedef enum chorus_error {
    CHORUS_OK = 0,
    CHORUS_ENOMEM = -1,   /**< out of memory */
    CHORUS_EIO = -2,      /**< a file could not be opened or read */
    CHORUS_EINPUT = -3,   /**< the input is malformed or unusable */
    CHORUS_EUSAGE = -4,   /**< invalid arguments or options */
    CHORUS_ENET = -5,     /**< a network fetch failed */
    CHORUS_EINTERNAL = -6 /**< a bug or an unexpected library failure */
} chorus_error;

/** Process exit code for an error code (0 for CHORUS_OK; sysexits style). */
int chorus_error_exit_code(int err);
/** HTTP status for an error code (200 for CHORUS_OK). */
int chorus_error_http_status(int err);
/** A short name for an error code, such as "input". Static storage. */
const char *chorus_error_name(int err);

/** Holds the last error message and receives warnings. One per thread. */
typedef struct chorus_ctx chorus_ctx;

/** Receives a warning message (one line, no newline). */
typedef void (*chorus_warn_fn)(void *data, const char *message);

/** Creates a context; warnings go to stderr until chorus_ctx_set_warn.
 *  Caller frees with chorus_ctx_free. NULL when out of memory. */
chorus_ctx *chorus_ctx_new(void);
/** Frees a context. NULL is a no-op. */
void chorus_ctx_free(chorus_ctx *ctx);
/** The message of the last error ("" if none). Borrowed until the next
 *  call that uses ctx. */
const char *chorus_ctx_message(const chorus_ctx *ctx);
/** The code of the last error (0 if none). */
int chorus_ctx_code(const chorus_ctx *ctx);
/** Sets where warnings go; fn NULL silences them. */
void chorus_ctx_set_warn(chorus_ctx *ctx, chorus_warn_fn fn, void *data);
/** Number of warnings issued through ctx so far. */
size_t chorus_ctx_warnings(const chorus_ctx *ctx);

/** Frees memory that a chorus function documents as "caller frees with
 *  chorus_free". NULL is a no-op. */
void chorus_free(void *p);

/* ------------------------------------------------------------------ */
/* Stories and articles                                               */
/* ------------------------------------------------------------------ */

/** One article as the caller sees it. All strings are NUL-terminated
 *  UTF-8 (NFC) and never NULL (empty when unknown). */
typedef struct chorus_doc {
    const char *id;     /**< article id (file name without extension) */
    const char *source; /**< outlet */
    const char *date;   /**< publication date as given, ISO when known */
    const char *title;
    const char *url;
    const char *text;   /**< body; paragraphs separated by blank lines */
    size_t text_len;
} chorus_doc;

/** A story: a set of articles about one event, with optional reference
 *  summaries (used by evaluation). Owns all its memory (one arena). */
typedef struct chorus_story chorus_story;

/** Creates an empty story with the given id (may be NULL: "story").
 *  Caller frees with chorus_story_free. NULL when out of memory. */
chorus_story *chorus_story_new(const char *id);
/** Frees a story and everything borrowed from it. NULL is a no-op. */
void chorus_story_free(chorus_story *story);
/** Adds a copy of doc. Text is cleaned: invalid UTF-8 repaired as
 *  Windows-1252 (a warning names the article), control characters dropped,
 *  NFC-normalised. NULL fields are taken as empty. An empty id becomes
 *  "docN". Returns 0 or CHORUS_ENOMEM. */
int chorus_story_add_doc(chorus_story *story, chorus_ctx *ctx, const chorus_doc *doc);
/** Adds a reference summary, given as one string. */
int chorus_story_add_ref(chorus_story *story, const char *text, size_t len);
/** Adds a reference summary given as its sentences. */
int chorus_story_add_ref_sentences(chorus_story *story, const char *const *sentences, size_t n);
/** The story id. Borrowed until the story is freed. */
const char *chorus_story_id(const chorus_story *story);
/** Number of articles. */
size_t chorus_story_ndocs(const chorus_story *story);
/** Article i (0-based). Borrowed until the story is freed. */
const chorus_doc *chorus_story_doc(const chorus_story *story, size_t i);
/** Number of reference summaries. */
size_t chorus_story_nrefs(const chorus_story *story);
/** Reference i as sentences: sets *n and returns an array of n strings.
 *  A reference given as one string has one element. Borrowed until the
 *  story is freed. */
const char *const *chorus_story_ref(const chorus_story *story, size_t i, size_t *n);

/* ------------------------------------------------------------------ */
/* Input: reading stories from files, directories, JSONL and stdin    */
/* ------------------------------------------------------------------ */

/** How input paths are read. */
typedef enum chorus_input_kind {
    CHORUS_INPUT_AUTO = 0, /**< by name and content */
    CHORUS_INPUT_TEXT,     /**< plain text articles, optional header block */
    CHORUS_INPUT_JSONL,    /**< one story per line, clusters.jsonl shape */
    CHORUS_INPUT_MULTINEWS,/**< articles separated by |||||, one story per line */
    CHORUS_INPUT_SGML,     /**< DUC/TREC <DOC> ... </DOC> */
    CHORUS_INPUT_HTML      /**< web pages, one article each */
} chorus_input_kind;

typedef struct chorus_input_opts {
    chorus_input_kind kind;
    const char *story_id; /**< id for a story assembled from files (NULL: derived) */
} chorus_input_opts;

#define CHORUS_INPUT_OPTS_INIT {CHORUS_INPUT_AUTO, NULL}

/** A stream of stories read from paths. Files (text, HTML, SGML) and the
 *  files of a directory form one story; each JSONL line is a story; a
 *  Multi-News file gives one story per line. "-" or no path reads stdin. */
typedef struct chorus_input chorus_input;

/** Opens the inputs. Nothing is read yet except to detect the format.
 *  Caller frees *out with chorus_input_free. */
int chorus_input_open(chorus_ctx *ctx, const char *const *paths, size_t npaths,
                      const chorus_input_opts *opts, chorus_input **out);
/** Reads the next story into *story (caller frees with chorus_story_free).
 *  Returns 1 when a story was read, 0 at the end, or a negative error.
 *  After CHORUS_EINPUT on one JSONL line (the message names file and
 *  line) the stream can go on: call again for the next story. */
int chorus_input_next(chorus_input *in, chorus_ctx *ctx, chorus_story **story);
/** Frees the input stream. NULL is a no-op. */
void chorus_input_free(chorus_input *in);

/** Parses one JSON object of the clusters shape ({"id","docs","refs"})
 *  into a story. Caller frees *story. */
int chorus_story_from_json(chorus_ctx *ctx, const char *json, size_t len, chorus_story **story);

/* ------------------------------------------------------------------ */
/* Text pipeline: sentences and tokens                                */
/* ------------------------------------------------------------------ */

/** A sentence as byte offsets [start, end) into the text it came from. */
typedef struct chorus_span {
    size_t start;
    size_t end;
    size_t paragraph; /**< 0-based paragraph index within the text */
} chorus_span;

typedef struct chorus_segment_opts {
    const char *lang; /**< ISO 639-1 code; NULL means "en" */
} chorus_segment_opts;

#define CHORUS_SEGMENT_OPTS_INIT {NULL}

/** Splits text into sentences. *spans (caller frees with chorus_free)
 *  receives *n spans in text order; trimmed of surrounding whitespace. */
int chorus_segment(chorus_ctx *ctx, const char *text, size_t len,
                   const chorus_segment_opts *opts, chorus_span **spans, size_t *n);

/** A token: a word or number, case-folded and stemmed. */
typedef struct chorus_token {
    size_t start, end;   /**< byte offsets into the text */
    const char *folded;  /**< case-folded form */
    const char *stem;    /**< stem of the folded form */
    int is_stop;         /**< 1 for a stop word of the language */
} chorus_token;

/** Tokenises, case-folds and stems with Snowball (libstemmer). */
typedef struct chorus_tokenizer chorus_tokenizer;

/** Creates a tokenizer for a language ("en", "de", "fr", ... or the
 *  Snowball name such as "english"; NULL means English). CHORUS_EUSAGE for
 *  a language libstemmer does not know. Caller frees. */
int chorus_tokenizer_new(chorus_ctx *ctx, const char *lang, chorus_tokenizer **out);
/** Frees the tokenizer. NULL is a no-op. */
void chorus_tokenizer_free(chorus_tokenizer *tok);
/** Tokenises text. *tokens (caller frees with chorus_free; its strings
 *  live in the same block) receives *n tokens. */
int chorus_tokenize(chorus_tokenizer *tok, chorus_ctx *ctx, const char *text, size_t len,
                    chorus_token **tokens, size_t *n);

/* ------------------------------------------------------------------ */
/* Summaries                                                           */
/* ------------------------------------------------------------------ */

typedef struct chorus_summarize_opts {
    const char *method;   /**< NULL or "default"; see chorus_summarize_methods */
    size_t words;         /**< word budget (0: none) */
    size_t bytes;         /**< byte budget (0: none) */
    size_t sentences;     /**< sentence budget (0: none) */
    double ratio;         /**< budget as a fraction of the input words (0: none) */
    int truncate;         /**< cut the last sentence to fit the budget exactly */
    const char *lang;     /**< NULL means "en" */
} chorus_summarize_opts;

/** Defaults: 100 words, default method, English. */
#define CHORUS_SUMMARIZE_OPTS_INIT {NULL, 100, 0, 0, 0.0, 0, NULL}

/** One sentence of a summary. */
typedef struct chorus_summary_sentence {
    const char *text;   /**< the sentence (as printed; maybe truncated) */
    size_t doc;         /**< index of the article it was taken from */
    size_t start, end;  /**< byte offsets into that article's text */
} chorus_summary_sentence;

typedef struct chorus_summary chorus_summary;

/** Names of the methods, NULL-terminated. Static storage. */
const char *const *chorus_summarize_methods(void);
/** Summarises a story. Caller frees *out with chorus_summary_free. */
int chorus_summarize(chorus_ctx *ctx, const chorus_story *story,
                     const chorus_summarize_opts *opts, chorus_summary **out);
/** Frees a summary. NULL is a no-op. */
void chorus_summary_free(chorus_summary *s);
/** Number of sentences. */
size_t chorus_summary_count(const chorus_summary *s);
/** Sentence i. Borrowed until the summary is freed. */
const chorus_summary_sentence *chorus_summary_get(const chorus_summary *s, size_t i);
/** The summary as plain text, sentences separated by single spaces.
 *  Caller frees with chorus_free. */
char *chorus_summary_text(const chorus_summary *s);
/** The summary as one JSON object (no newline):
 *  {"id","summary","sentences":[{"text","doc","source","start","end"}]}.
 *  story must be the one summarised. Caller frees with chorus_free. */
char *chorus_summary_json(const chorus_summary *s, const chorus_story *story);

/* ------------------------------------------------------------------ */
/* Story card (begin)                                                 */
/* ------------------------------------------------------------------ */

/** Options of the story card. */
typedef struct chorus_card_opts {
    size_t summary_words; /**< word budget of the card's summary (0: none) */
    size_t max_facts;     /**< text/Markdown/HTML: facts shown per group (0: all) */
    const char *lang;     /**< NULL means "en" */
} chorus_card_opts;

/** Defaults: a 100-word summary, 12 facts per group shown, English. */
#define CHORUS_CARD_OPTS_INIT {100, 12, NULL}

/** The story card: sources, summary with support, facts aligned across
 *  articles, quotes with speakers, divergences, duplicates and entities.
 *  Every span it holds is a substring of an article (whitespace runs
 *  collapsed to one space). */
typedef struct chorus_card chorus_card;

/** Builds the card of a story. The story is borrowed and must outlive the
 *  card. Caller frees *out with chorus_card_free. */
int chorus_card_new(chorus_ctx *ctx, const chorus_story *story, const chorus_card_opts *opts,
                    chorus_card **out);
/** Frees a card. NULL is a no-op. */
void chorus_card_free(chorus_card *card);
/** The card as one JSON object without newline (schema in docs/story.md).
 *  Caller frees with chorus_free; NULL when out of memory. */
char *chorus_card_json(const chorus_card *card);
/** The card as a terminal report. Caller frees with chorus_free. */
char *chorus_card_text(const chorus_card *card);
/** The card as Markdown. Caller frees with chorus_free. */
char *chorus_card_markdown(const chorus_card *card);
/** The card as one self-contained HTML page. Caller frees with chorus_free. */
char *chorus_card_html(const chorus_card *card);

/* Story card (end) -------------------------------------------------- */

#ifdef __cplusplus
}
#endif

#endif /* CHORUS_H */
