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
 *  UTF-8 (NFC, but the id) and never NULL (empty when unknown). */
typedef struct chorus_doc {
    const char *id;     /**< article id (file name without extension), as given
                             when UTF-8: control characters and spaces kept */
    const char *source; /**< outlet */
    const char *date;   /**< publication date: ISO ("YYYY-MM-DD...") as given;
                             other forms are read as YYYY-MM-DD when added */
    const char *title;
    const char *url;
    const char *text;   /**< body; paragraphs separated by blank lines */
    size_t text_len;
    const char *author; /**< byline; NULL is taken as empty */
} chorus_doc;

/** A story: a set of articles about one event, with optional reference
 *  summaries (used by evaluation). Owns all its memory (one arena). */
typedef struct chorus_story chorus_story;

/** Creates an empty story with the given id (may be NULL: "story"), kept
 *  as given when it is UTF-8 (JSON output gives it exactly; the text views
 *  write its control characters as escapes), else repaired as text is.
 *  Caller frees with chorus_story_free. NULL when out of memory. */
chorus_story *chorus_story_new(const char *id);
/** Frees a story and everything borrowed from it. NULL is a no-op. */
void chorus_story_free(chorus_story *story);
/** Adds a copy of doc. Text is cleaned: invalid UTF-8 repaired as
 *  Windows-1252 (a warning names the article), C1 controls read as their
 *  Windows-1252 characters, vertical tab and form feed as spaces, other
 *  control characters dropped, NFC-normalised, soft hyphens (U+00AD)
 *  removed, LDC ``quotes'' curled,
 *  opening words set in capitals ("NEGOTIATIONS FOR a new ...") put in the
 *  article's own case, acronyms kept (see the README's "Input"). NULL
 *  fields are taken as empty. The id is kept as chorus_story_new keeps the
 *  story's; an empty one becomes "docN"; an id another
 *  article of the story has gets "-2" ("-3", ...) added, with a warning. A
 *  date not in ISO form is read as YYYY-MM-DD ("1999-1-5", "10/16/1998
 *  07:36:00", "Oct 16, 1998", "19981016"; numerals month first unless the
 *  first exceeds 12); one that cannot be read, does not exist ("2026-13-45")
 *  or is outside the years 1800-2999 ("9999-12-31") is kept as given, with
 *  a warning, and the article counts as undated. Returns 0
 *  or CHORUS_ENOMEM. */
int chorus_story_add_doc(chorus_story *story, chorus_ctx *ctx, const chorus_doc *doc);
/** Adds a reference summary, given as one string (len bytes; it ends at
 *  an embedded NUL). Returns 0 or CHORUS_ENOMEM (no context: the only
 *  failure is memory). */
int chorus_story_add_ref(chorus_story *story, const char *text, size_t len);
/** Adds a reference summary given as its sentences (NUL-terminated).
 *  Returns 0 or CHORUS_ENOMEM. */
int chorus_story_add_ref_sentences(chorus_story *story, const char *const *sentences, size_t n);
/** The story id. Borrowed until the story is freed. */
const char *chorus_story_id(const chorus_story *story);
/** Number of articles. */
size_t chorus_story_ndocs(const chorus_story *story);
/** Article i (0-based), or NULL when i is out of range. Borrowed until the
 *  next article is added or the story is freed (adding may move the
 *  articles; copy what you keep, or fetch it again). */
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
    double url_timeout;   /**< seconds allowed to fetch each http(s) input (0: 30; at most 86400) */
} chorus_input_opts;

#define CHORUS_INPUT_OPTS_INIT {CHORUS_INPUT_AUTO, NULL, 0.0}

/** A stream of stories read from paths. Files (text, HTML, SGML) and the
 *  files of a directory form one story; several directories and no loose
 *  file (and no story_id) give one story per directory, named after it;
 *  each JSONL line is a story (without an "id", named "FILE-LINE"; a line
 *  that is not UTF-8 is read as Windows-1252, with a warning; warnings
 *  while a line is read start "FILE:LINE: "); a Multi-News file gives one
 *  story per line. "-" or no path reads stdin; stdin and named pipes
 *  stream JSONL line by line, never read ahead. */
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
/** 1 when the inputs may hold several stories (JSONL, Multi-News, several
 *  directories), 0 when they are the articles of one story. */
int chorus_input_is_stream(const chorus_input *in);
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
    const char *lang; /**< ISO 639-1 code; NULL means "en". en, de, fr and
                           es have their own rules; other codes get the
                           English rules */
} chorus_segment_opts;

#define CHORUS_SEGMENT_OPTS_INIT {NULL}

/** 1 when buf looks like a binary file, not text: a PDF, image, archive
 *  or program by its opening bytes, or NUL bytes in its first 8 KiB. The
 *  ingest functions refuse such input; this lets a caller do the same. */
int chorus_is_binary(const char *buf, size_t len);

/** Splits text into sentences. *spans (caller frees with chorus_free)
 *  receives *n spans in text order; trimmed of surrounding whitespace.
 *  lang is an ISO 639-1 code in either case or a language's English name
 *  as libstemmer spells it ("english"); CHORUS_EUSAGE for anything else
 *  ("xx"). */
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

/** Creates a tokenizer for a language (an ISO 639-1 code in either case,
 *  "en", "DE", or a language's English name as libstemmer spells it,
 *  "english"; NULL means English). CHORUS_EUSAGE for anything else
 *  ("xx", "porter") and for a language libstemmer has no stemmer for
 *  ("ja"). Caller frees. */
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
    int dateline;         /**< 1: open the summary with when its articles appeared
                               ("September 1988: ..."), from their dates; the
                               words and bytes count in the budget */
} chorus_summarize_opts;

/** Defaults: 100 words, default method, English, with the date line. */
#define CHORUS_SUMMARIZE_OPTS_INIT {NULL, 100, 0, 0, 0.0, 0, NULL, 1}

/** One sentence of a summary. */
typedef struct chorus_summary_sentence {
    const char *text;   /**< the sentence (as printed; maybe truncated) */
    size_t doc;         /**< index of the article it was taken from */
    size_t start, end;  /**< byte offsets into that article's text */
} chorus_summary_sentence;

typedef struct chorus_summary chorus_summary;

/** Names of the methods, NULL-terminated. Static storage. */
const char *const *chorus_summarize_methods(void);
/** Summarises a story with opts->method (NULL or "default": the best method
 *  on the development data, see docs/quality.md). CHORUS_EINPUT when the
 *  story has no text; a budget below every sentence gives the best sentence
 *  cut to fit, with a warning; CHORUS_EUSAGE for bad options and for a
 *  budget that holds no character (never an empty summary). Caller frees
 *  *out with chorus_summary_free. */
int chorus_summarize(chorus_ctx *ctx, const chorus_story *story,
                     const chorus_summarize_opts *opts, chorus_summary **out);
/** Frees a summary. NULL is a no-op. */
void chorus_summary_free(chorus_summary *s);
/** Number of sentences. */
size_t chorus_summary_count(const chorus_summary *s);
/** Sentence i. Borrowed until the summary is freed. */
const chorus_summary_sentence *chorus_summary_get(const chorus_summary *s, size_t i);
/** The date line ("September 1988", "1986–1991"), or NULL when it was not
 *  asked for, no article has a date, or the budget has no room for it.
 *  Borrowed until the summary is freed. */
const char *chorus_summary_dateline(const chorus_summary *s);
/** The summary as plain text: the date line and ": " when there is one,
 *  then the sentences separated by single spaces. Caller frees with
 *  chorus_free. */
char *chorus_summary_text(const chorus_summary *s);
/** The summary as one JSON object (no newline): {"id","dateline" (string or
 *  null),"summary" (as chorus_summary_text),"sentences":[{"text","doc",
 *  "source","start","end"}]}. story must be the one summarised. Caller
 *  frees with chorus_free. */
char *chorus_summary_json(const chorus_summary *s, const chorus_story *story);

/* ------------------------------------------------------------------ */
/* ROUGE evaluation (ROUGE-1.5.5 compatible)                          */
/* ------------------------------------------------------------------ */

/** Options of a ROUGE evaluation; each field names the ROUGE-1.5.5 flag it
 *  mirrors. The defaults are the script's (no ROUGE-N unless -n is given). */
typedef struct chorus_eval_opts {
    int max_n;            /**< -n: ROUGE-1..max_n (0: none) */
    int no_lcs;           /**< -x: skip ROUGE-L */
    double weight;        /**< -w: ROUGE-W weight (0: no ROUGE-W) */
    int skip;             /**< 1 when -2 was given */
    int skip_gap;         /**< -2: maximum skip distance (< 0: unlimited) */
    int skip_unigrams;    /**< -u: add unigrams to the skip-bigrams */
    int skip_both;        /**< -U: ROUGE-S and ROUGE-SU both */
    int stem;             /**< -m: WordNet exceptions then ROUGE's Porter */
    int stopwords;        /**< -s: remove the SMART stop words */
    size_t words;         /**< -l: keep the first N words (0: all) */
    size_t bytes;         /**< -b: keep the first N bytes (0: all) */
    char formula;         /**< -f: 'A' model average, 'B' best model */
    double alpha;         /**< -p: F = 1 / (alpha/P + (1-alpha)/R) */
    int counting;         /**< -t: 0 sentence average, 1 tokens, 2 raw counts */
    double confidence;    /**< -c: confidence level in percent */
    int resamples;        /**< -r: bootstrap samples (>= 1) */
    int per_eval;         /**< -d: print per-evaluation scores too */
    const char *system;   /**< peer id as the script prints it (NULL: "X") */
    const char *datadir;  /**< directory holding smart_common_words.txt and
                               wordnet-2.0-exceptions/ (NULL: installed data) */
    /* The script prints -w, -c and -2 as typed ("ROUGE-W-1.20",
     * "95.0%-conf.int.", "ROUGE-S04"). chorus_eval_parse_flag sets these,
     * borrowed from argv until chorus_eval_new returns; a text that does not
     * spell the number beside it is ignored and the number printed with %g
     * (-2, a whole number, in full: "ROUGE-S1000000"). */
    const char *weight_text;     /**< -w as typed (NULL: from weight) */
    const char *confidence_text; /**< -c as typed (NULL: from confidence) */
    const char *skip_gap_text;   /**< -2 as typed (NULL: from skip_gap) */
} chorus_eval_opts;

#define CHORUS_EVAL_OPTS_INIT \
    {0, 0, 0.0, 0, 0, 0, 0, 0, 0, 0, 0, 'A', 0.5, 0, 95.0, 1000, 0, NULL, NULL, NULL, NULL, NULL}

/** Parses one ROUGE-1.5.5 flag at argv[*i] in the script's spelling
 *  (bundled "-mx", values attached "-l100" or separate "-l 100"; -a and -v
 *  are accepted and ignored, -e DIR sets datadir) and advances *i past it.
 *  Returns 1 when the flag was taken, 0 when argv[*i] is not a ROUGE flag,
 *  or CHORUS_EUSAGE (message in ctx). Borrowed strings stay in argv. */
int chorus_eval_parse_flag(chorus_ctx *ctx, chorus_eval_opts *opts, int argc, char *const *argv, int *i);

/** A set of evaluations (peer summary against its references). */
typedef struct chorus_eval chorus_eval;

/** A summary as its sentences (taken as they are). */
typedef struct chorus_eval_text {
    const char *const *sents;
    size_t n;
} chorus_eval_text;

/** One score: R, P, F (with -t 1/2 per evaluation: model count, peer
 *  count, hits) and, for averages, the bootstrap confidence intervals. */
typedef struct chorus_eval_score {
    double r, p, f;
    double r_ci[2], p_ci[2], f_ci[2];
} chorus_eval_score;

/** Validates the options and loads the data files (stop words, exception
 *  lists) when -m or -s need them. Caller frees *out with chorus_eval_free. */
int chorus_eval_new(chorus_ctx *ctx, const chorus_eval_opts *opts, chorus_eval **out);
/** Frees the evaluation. NULL is a no-op. */
void chorus_eval_free(chorus_eval *ev);
/** Scores one peer summary against its references (nmodels >= 1); id
 *  names the evaluation (copied). An empty peer scores 0. */
int chorus_eval_add(chorus_eval *ev, chorus_ctx *ctx, const char *id, const chorus_eval_text *peer,
                    const chorus_eval_text *models, size_t nmodels);
/** Reads references (clusters JSONL: {"id", "docs", "refs"}; a reference
 *  is a string, split with chorus's sentence splitter, or a list of its
 *  sentences) and summaries (JSONL {"id", "summary"}, string or list; the
 *  output of `chorus summarize --format jsonl`) and adds one evaluation per
 *  summary. Either path may be "-" (standard input); a UTF-8 byte order
 *  mark is skipped. Ids present on one side only are named in a warning,
 *  or with strict make it fail with CHORUS_EINPUT; a story with an empty
 *  "refs" list is skipped with a warning. A malformed line is
 *  CHORUS_EINPUT naming file:line; an unreadable file CHORUS_EIO. On
 *  failure none of the files' evaluations are added. */
int chorus_eval_add_files(chorus_eval *ev, chorus_ctx *ctx, const char *refs, const char *summaries,
                          int strict);
/** Computes the averages and confidence intervals (the script's bootstrap,
 *  seeded as it seeds it, so the output is deterministic). CHORUS_EINPUT
 *  when no evaluation was added. */
int chorus_eval_run(chorus_eval *ev, chorus_ctx *ctx);
/** Number of measures and the script's name of measure k ("ROUGE-1",
 *  "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", ...). Borrowed until freed. */
size_t chorus_eval_nmetrics(const chorus_eval *ev);
const char *chorus_eval_metric(const chorus_eval *ev, size_t k);
/** Number of evaluations and the id of evaluation i (in the script's
 *  order). Borrowed until the evaluation is freed. */
size_t chorus_eval_count(const chorus_eval *ev);
const char *chorus_eval_id(const chorus_eval *ev, size_t i);
/** Score of evaluation i for measure k (no confidence intervals). */
int chorus_eval_get(const chorus_eval *ev, size_t i, size_t k, chorus_eval_score *out);
/** Average of measure k after chorus_eval_run. With -t 2 r, p, f hold the
 *  summed model, peer and hit counts. */
int chorus_eval_average(const chorus_eval *ev, size_t k, chorus_eval_score *out);
/** The results as JSON: {"average": {"ROUGE-1": {"R","P","F","R_ci",
 *  "P_ci","F_ci"}}, "evals": {"<id>": {"ROUGE-1": {"R","P","F"}}}}
 *  (evals only when per_eval). Caller frees with chorus_free. */
char *chorus_eval_json(const chorus_eval *ev, int per_eval);
/** The results as ROUGE-1.5.5 prints them (with -d lines when per_eval).
 *  Caller frees with chorus_free. */
char *chorus_eval_table(const chorus_eval *ev, int per_eval);

/* ---------------------------- end of ROUGE evaluation ------------- */
/* HTML extraction: article text and metadata from web pages, URLs    */
/* ------------------------------------------------------------------ */

typedef struct chorus_extract_opts {
    const char *url;      /**< the page's address, if known (outlet, url) */
    const char *charset;  /**< NULL: detect (BOM, meta, guess); else forced */
    size_t max_bytes;     /**< pages longer are cut here (0: 16 MiB) */
    int whole_page;       /**< 1: all visible text, no content detection */
} chorus_extract_opts;

#define CHORUS_EXTRACT_OPTS_INIT {NULL, NULL, 0, 0}

/** An article extracted from a web page. */
typedef struct chorus_article chorus_article;

/** Extracts the main article and its metadata from an HTML page given as
 *  bytes in any charset. Malformed HTML gives best-effort text; a page with
 *  no text gives an empty text (not an error). CHORUS_EINPUT for binary
 *  data (NUL bytes outside UTF-16: an image, a PDF); CHORUS_EUSAGE for a
 *  forced charset iconv does not know or an opts->url that is not valid
 *  UTF-8. Caller frees *out with
 *  chorus_article_free. */
int chorus_extract_html(chorus_ctx *ctx, const char *html, size_t len,
                        const chorus_extract_opts *opts, chorus_article **out);
/** Frees an article. NULL is a no-op. */
void chorus_article_free(chorus_article *a);
/** Body text, paragraphs separated by blank lines. Borrowed until freed. */
const char *chorus_article_text(const chorus_article *a);
/** Headline ("" if unknown). Borrowed until the article is freed. */
const char *chorus_article_title(const chorus_article *a);
/** Publication date, YYYY-MM-DD when it could be read ("" if unknown).
 *  Borrowed until the article is freed. */
const char *chorus_article_date(const chorus_article *a);
/** Author(s), comma separated ("" if unknown). Borrowed until freed. */
const char *chorus_article_author(const chorus_article *a);
/** Outlet: the site name, else the domain ("" if unknown). Borrowed. */
const char *chorus_article_source(const chorus_article *a);
/** Canonical URL, else the one given ("" if unknown). Borrowed. */
const char *chorus_article_url(const chorus_article *a);
/** Language code from the page (such as "en"; "" if unknown). Borrowed. */
const char *chorus_article_lang(const chorus_article *a);
/** The article as one JSON object (no newline):
 *  {"title","date","author","source","url","lang","text"}.
 *  Caller frees with chorus_free. NULL when out of memory. */
char *chorus_article_json(const chorus_article *a);

typedef struct chorus_fetch_opts {
    double timeout;       /**< whole transfer, seconds (0: 30; at most 86400) */
    size_t max_bytes;     /**< larger bodies fail (0: 32 MiB) */
    long max_redirects;   /**< (0: 10) */
} chorus_fetch_opts;

#define CHORUS_FETCH_OPTS_INIT {0.0, 0, 0}

/** Fetches an http(s) URL with libcurl. *body (caller frees with
 *  chorus_free) receives *len bytes; *final_url (caller frees with
 *  chorus_free; may be NULL to skip) the address after redirects.
 *  CHORUS_ENET with a message naming the URL on timeouts, HTTP errors
 *  (status >= 400) and connection failures; CHORUS_EINPUT when the body
 *  is larger than max_bytes. */
int chorus_fetch_url(chorus_ctx *ctx, const char *url, const chorus_fetch_opts *opts,
                     char **body, size_t *len, char **final_url);

/** Fetches a URL and extracts its article (both steps above), reading the
 *  page in the charset of the server's Content-Type header unless a BOM or
 *  eopts->charset says otherwise. CHORUS_EINPUT, naming the URL, when the
 *  Content-Type is not text, HTML or XML (an image, a PDF). */
int chorus_extract_url(chorus_ctx *ctx, const char *url, const chorus_fetch_opts *fopts,
                       const chorus_extract_opts *eopts, chorus_article **out);

/* ------------------------------------------------------------------ */
/* end of HTML extraction                                             */
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
 *  card. Caller frees *out with chorus_card_free. CHORUS_EINPUT when the
 *  story has no articles. */
int chorus_card_new(chorus_ctx *ctx, const chorus_story *story, const chorus_card_opts *opts,
                    chorus_card **out);
/** Frees a card. NULL is a no-op. */
void chorus_card_free(chorus_card *card);
/** The card as one JSON object without newline (schema in the README, "chorus story").
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
