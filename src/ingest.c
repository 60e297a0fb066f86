/* Input streams: stories from files, directories, JSONL, Multi-News and stdin. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "fetch.h"
#include "ingest.h"
#include "story.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/utf8.h"
#include "util/vec.h"

/* A line-oriented source: a JSONL or Multi-News file read line by line. */
typedef struct line_src {
    char *name; /* for messages: the path or "<stdin>" */
    FILE *f;
    int owned;  /* fclose at the end */
    chorus_input_kind kind;
    size_t lineno;
    size_t stories;  /* lines read as stories so far */
    json_t *whole;   /* a JSON document over several lines, not JSONL */
    size_t whole_next;
    /* Several documents one after another (jq . prints a JSONL file so):
     * whole lists them, doc_lines[k] is the line the k-th starts on, and
     * doc_error the message of one that does not parse, said after the
     * documents before it. */
    size_t *doc_lines;
    char *doc_error;
} line_src;

struct chorus_input {
    chorus_input_opts opts;
    char **files;       /* article files forming one story (kind TEXT etc.) */
    size_t nfiles;
    const char *story_id_guess;
    char *story_id;
    int files_done;
    /* Directories given as inputs: files[dir_first[k] ..] are the files of
     * the k-th, named dir_ids[k]. Several directories and no loose file
     * make one story each (a DUC set's cluster folders). */
    size_t *dir_first;
    char **dir_ids;
    size_t ndirs, next_dir;
    int loose_files;
    line_src *lines;    /* streams of stories */
    size_t nlines, cur;
    char *linebuf;
    size_t linecap;
    cbuf fixed; /* a line with invalid UTF-8, repaired */
    /* Inputs that cannot be read twice (standard input opening with "[",
     * a pipe, a FIFO), read whole to tell their kind: their bytes, by
     * path ("-" for standard input). */
    struct held_input {
        char *path;
        cbuf buf;
    } *held;
    size_t nheld;
};

static int is_stdin(const char *p) { return strcmp(p, "-") == 0; }

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s && s[1] ? s + 1 : p;
}

/* Article id: file name without directory and extension. */
static char *file_id(const char *path)
{
    const char *b = base_name(path);
    const char *dot = strrchr(b, '.');
    size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
    return strndup(b, n);
}

static int has_ext(const char *p, const char *ext)
{
    size_t n = strlen(p), k = strlen(ext);
    return n > k && strcmp(p + n - k, ext) == 0;
}

static int is_jsonl_name(const char *p) { return has_ext(p, ".jsonl") || has_ext(p, ".ndjson"); }

/* The input kind as --input names it, for messages. */
static const char *kind_name(chorus_input_kind k)
{
    static const char *const names[] = {"auto", "text", "jsonl", "multinews", "sgml", "html"};
    return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

void chorus_input_free(chorus_input *in)
{
    if (!in)
        return;
    for (size_t i = 0; i < in->nfiles; i++)
        free(in->files[i]);
    free(in->files);
    for (size_t i = 0; i < in->nlines; i++) {
        if (in->lines[i].owned && in->lines[i].f)
            fclose(in->lines[i].f);
        json_decref(in->lines[i].whole);
        free(in->lines[i].doc_lines);
        free(in->lines[i].doc_error);
        free(in->lines[i].name);
    }
    free(in->lines);
    free(in->linebuf);
    cbuf_free(&in->fixed);
    free(in->story_id);
    for (size_t i = 0; i < in->ndirs; i++)
        free(in->dir_ids[i]);
    free(in->dir_ids);
    free(in->dir_first);
    for (size_t i = 0; i < in->nheld; i++) {
        free(in->held[i].path);
        cbuf_free(&in->held[i].buf);
    }
    free(in->held);
    free(in);
}

static int add_file(chorus_input *in, const char *path)
{
    char **f = realloc(in->files, (in->nfiles + 1) * sizeof(char *));
    if (!f)
        return -1;
    in->files = f;
    if (!(f[in->nfiles] = strdup(path)))
        return -1;
    in->nfiles++;
    return 0;
}

static int add_line_src(chorus_input *in, const char *name, FILE *f, int owned, chorus_input_kind kind)
{
    line_src *l = realloc(in->lines, (in->nlines + 1) * sizeof(line_src));
    if (!l)
        return -1;
    in->lines = l;
    l[in->nlines] = (line_src){strdup(name), f, owned, kind, 0, 0, NULL, 0, NULL, NULL};
    if (!l[in->nlines].name)
        return -1;
    in->nlines++;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Adds the regular, non-hidden files of a directory in name order. */
static int add_dir(chorus_ctx *ctx, chorus_input *in, const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: cannot open directory (%s)", path, strerror(errno));
    size_t before = in->nfiles;
    struct dirent *e;
    cbuf full = CBUF_INIT;
    int rc = 0;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        cbuf_clear(&full);
        if (cbuf_printf(&full, "%s/%s", path, e->d_name) < 0 || add_file(in, full.ptr) < 0)
            rc = chorus_error_nomem(ctx);
        else if (cfile_is_dir(full.ptr)) /* one level only: subdirectories are skipped */
            free(in->files[--in->nfiles]);
    }
    closedir(d);
    cbuf_free(&full);
    if (rc == 0 && in->nfiles == before)
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s: directory has no article files", path);
    if (rc == 0)
        qsort(in->files + before, in->nfiles - before, sizeof(char *), cmp_str);
    return rc;
}

static int open_line_file(chorus_ctx *ctx, chorus_input *in, const char *path, chorus_input_kind kind)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: cannot open (%s)", path, strerror(errno));
    if (add_line_src(in, path, f, 1, kind) < 0) {
        fclose(f);
        return chorus_error_nomem(ctx);
    }
    return 0;
}

/* Peeks at a file's first bytes to tell a Multi-News or JSONL stream from
 * articles. As many bytes as chorus_ingest_sniff looks at: a Multi-News
 * file whose first article is long must still be read line by line, or
 * its stories would be merged into one. by_name: the name counts too
 * (".jsonl"), else the bytes alone. */
static chorus_input_kind peek_kind(const char *path, int by_name)
{
    enum { PEEK = 65536 };
    FILE *f = fopen(path, "rb");
    char *buf = malloc(PEEK);
    chorus_input_kind k = CHORUS_INPUT_TEXT;
    if (f && buf)
        k = chorus_ingest_sniff(by_name ? path : NULL, buf, fread(buf, 1, PEEK, f));
    if (f)
        fclose(f);
    free(buf);
    return k;
}

/* A directory's story id: its last component, trailing slashes left out
 * ("news/ferry/" is "ferry"; "/" stays "/"). "." and ".." are no names:
 * "chorus summarize ." in news/ferry is the story "ferry" (it was "."),
 * so its resolved path gives the name. Caller frees. */
static char *dir_id(const char *path)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    size_t b = n;
    while (b > 0 && path[b - 1] != '/')
        b--;
    if ((n - b == 1 || n - b == 2) && strncmp(path + b, "..", n - b) == 0) {
        char *real = realpath(path, NULL);
        char *id = real ? dir_id(real) : NULL; /* a resolved path holds no "." or ".." */
        free(real);
        if (id)
            return id;
    }
    return b == n ? strndup(path, n) : strndup(path + b, n - b);
}

/* Notes that the files added from now on are those of directory path. */
static int add_dir_group(chorus_input *in, const char *path)
{
    size_t *f = realloc(in->dir_first, (in->ndirs + 1) * sizeof(size_t));
    if (f)
        in->dir_first = f;
    char **ids = realloc(in->dir_ids, (in->ndirs + 1) * sizeof(char *));
    if (ids)
        in->dir_ids = ids;
    if (!f || !ids || !(ids[in->ndirs] = dir_id(path)))
        return -1;
    f[in->ndirs++] = in->nfiles;
    return 0;
}

/* The bytes held for path, or NULL. */
static const cbuf *held_for(const chorus_input *in, const char *path)
{
    for (size_t i = 0; i < in->nheld; i++)
        if (strcmp(in->held[i].path, path) == 0)
            return &in->held[i].buf;
    return NULL;
}

/* Reads f whole and holds its bytes under path. */
static int hold(chorus_ctx *ctx, chorus_input *in, const char *path, const char *name, FILE *f,
                const unsigned char *pre, size_t npre, cbuf **out)
{
    struct held_input *h = realloc(in->held, (in->nheld + 1) * sizeof(*h));
    if (!h)
        return chorus_error_nomem(ctx);
    in->held = h;
    h += in->nheld;
    *h = (struct held_input){strdup(path), CBUF_INIT};
    if (!h->path)
        return chorus_error_nomem(ctx);
    in->nheld++;
    int r = cbuf_put(&h->buf, (const char *)pre, npre) < 0 ? -2 : cfile_read_stream(f, &h->buf);
    if (r == -2)
        return chorus_error_nomem(ctx);
    if (r < 0)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: read error (%s)", name, strerror(errno));
    *out = &h->buf;
    return 0;
}

/* An input that cannot be read twice: read whole (after the npre bytes
 * already taken from it, pre), so that looking at its first bytes does not
 * lose them. JSONL and Multi-News are then read line by line from memory;
 * anything else is one article. */
static int open_once(chorus_ctx *ctx, chorus_input *in, const char *path, const char *name, FILE *f,
                     const unsigned char *pre, size_t npre)
{
    cbuf *b = NULL;
    int rc = hold(ctx, in, path, name, f, pre, npre, &b);
    if (rc < 0)
        return rc;
    chorus_input_kind k = chorus_ingest_sniff(is_stdin(path) ? NULL : path, b->ptr ? b->ptr : "", b->len);
    if ((k == CHORUS_INPUT_JSONL || k == CHORUS_INPUT_MULTINEWS) && b->len) {
        FILE *m = fmemopen(b->ptr, b->len, "rb");
        if (!m)
            return chorus_error_nomem(ctx);
        if (add_line_src(in, name, m, 1, k) < 0) {
            fclose(m);
            return chorus_error_nomem(ctx);
        }
        return 0;
    }
    in->loose_files = 1;
    return add_file(in, path) < 0 ? chorus_error_nomem(ctx) : 0;
}

/* Looks at the start of a stream that cannot be read twice: skips
 * whitespace and a UTF-8 byte-order mark and pushes the first other byte
 * back. Returns that byte or EOF; or -2 when 0xEF began no byte-order
 * mark, the bytes taken then in pre[0..*npre). */
static int peek_stream(FILE *f, unsigned char pre[3], size_t *npre)
{
    int c;
    *npre = 0;
    for (;;) {
        while ((c = getc(f)) != EOF && (c == ' ' || c == '\n' || c == '\t' || c == '\r'))
            ;
        if (c != 0xEF)
            break;
        int c2 = getc(f), c3 = c2 == 0xBB ? getc(f) : EOF;
        if (c2 == 0xBB && c3 == 0xBF)
            continue;
        pre[(*npre)++] = 0xEF;
        if (c2 != EOF)
            pre[(*npre)++] = (unsigned char)c2;
        if (c3 != EOF)
            pre[(*npre)++] = (unsigned char)c3;
        return -2;
    }
    if (c != EOF)
        ungetc(c, f);
    return c;
}

/* A pipe or FIFO named on the command line ("<(curl ...)"): JSONL streams
 * from it as from standard input; anything else is read whole. */
static int open_pipe(chorus_ctx *ctx, chorus_input *in, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: cannot open (%s)", path, strerror(errno));
    unsigned char pre[3];
    size_t npre = 0;
    int c = peek_stream(f, pre, &npre);
    if (c == '{') {
        if (add_line_src(in, path, f, 1, CHORUS_INPUT_JSONL) < 0) {
            fclose(f);
            return chorus_error_nomem(ctx);
        }
        return 0;
    }
    int rc = open_once(ctx, in, path, path, f, pre, c == -2 ? npre : 0);
    fclose(f);
    return rc;
}

static int open_path(chorus_ctx *ctx, chorus_input *in, const char *path)
{
    chorus_input_kind k = in->opts.kind;
    if (cfile_is_dir(path)) {
        if (k == CHORUS_INPUT_JSONL || k == CHORUS_INPUT_MULTINEWS) /* it would be read as articles */
            return chorus_error_set(ctx, CHORUS_EUSAGE, "%s: a directory is read as articles, not as %s; give its "
                                    "files of stories as inputs", path, k == CHORUS_INPUT_JSONL ? "JSONL" : "Multi-News");
        if (add_dir_group(in, path) < 0)
            return chorus_error_nomem(ctx);
        in->story_id_guess = in->dir_ids[0];
        return add_dir(ctx, in, path);
    }
    if (k == CHORUS_INPUT_AUTO && is_jsonl_name(path))
        k = CHORUS_INPUT_JSONL;
    if (chorus_is_url(path)) {
        in->loose_files = 1;
        return add_file(in, path) < 0 ? chorus_error_nomem(ctx) : 0;
    }
    if (k == CHORUS_INPUT_AUTO && cfile_is_pipe(path))
        return open_pipe(ctx, in, path);
    if (k != CHORUS_INPUT_JSONL && is_jsonl_name(path) && !cfile_is_pipe(path) &&
        peek_kind(path, 0) == CHORUS_INPUT_JSONL) /* name and bytes say stories: the kind given is a slip */
        return chorus_error_set(ctx, CHORUS_EUSAGE, "%s: a JSONL file of stories, which input kind '%s' would "
                                "misread; give the kind 'jsonl' or leave it 'auto'", path, kind_name(k));
    if (k == CHORUS_INPUT_AUTO) {
        chorus_input_kind p = peek_kind(path, 1);
        if (p == CHORUS_INPUT_MULTINEWS || p == CHORUS_INPUT_JSONL)
            k = p;
    }
    if (k == CHORUS_INPUT_JSONL || k == CHORUS_INPUT_MULTINEWS)
        return open_line_file(ctx, in, path, k);
    in->loose_files = 1;
    return add_file(in, path) < 0 ? chorus_error_nomem(ctx) : 0;
}

/* Standard input: JSONL and Multi-News stream line by line; anything else
 * is read whole as one article. Unless it opens with "{", its kind is told
 * from its bytes, as a pipe's is: Multi-News piped in was one story of
 * the articles of every line. */
static int open_stdin(chorus_ctx *ctx, chorus_input *in)
{
    chorus_input_kind k = in->opts.kind;
    if (k == CHORUS_INPUT_AUTO) {
        unsigned char pre[3];
        size_t npre = 0;
        int c = peek_stream(stdin, pre, &npre);
        if (c == '{')
            k = CHORUS_INPUT_JSONL;
        else /* a JSON list of stories, Multi-News, or an article ("[Updated] ..."); bytes taken */
            return open_once(ctx, in, "-", "<stdin>", stdin, pre, c == -2 ? npre : 0);
    }
    if (k == CHORUS_INPUT_JSONL || k == CHORUS_INPUT_MULTINEWS)
        return add_line_src(in, "<stdin>", stdin, 0, k) < 0 ? chorus_error_nomem(ctx) : 0;
    in->loose_files = 1;
    return add_file(in, "-") < 0 ? chorus_error_nomem(ctx) : 0;
}

int chorus_input_open(chorus_ctx *ctx, const char *const *paths, size_t npaths,
                      const chorus_input_opts *opts, chorus_input **out)
{
    *out = NULL;
    chorus_input *in = calloc(1, sizeof(*in));
    if (!in)
        return chorus_error_nomem(ctx);
    chorus_input_opts defaults = CHORUS_INPUT_OPTS_INIT;
    in->opts = opts ? *opts : defaults;
    int rc = 0, seen_stdin = 0;
    if ((unsigned)in->opts.kind > (unsigned)CHORUS_INPUT_HTML) /* also catches negatives */
        rc = chorus_error_set(ctx, CHORUS_EUSAGE, "unknown input kind %d", (int)in->opts.kind);
    if (!(in->opts.url_timeout >= 0 && in->opts.url_timeout <= 86400))
        rc = chorus_error_set(ctx, CHORUS_EUSAGE, "url_timeout must be between 0 and 86400 seconds");
    for (size_t i = 0; i < npaths && rc == 0; i++) {
        if (is_stdin(paths[i]) && seen_stdin++)
            rc = chorus_error_set(ctx, CHORUS_EUSAGE, "standard input ('-') given twice");
        else
            rc = is_stdin(paths[i]) ? open_stdin(ctx, in) : open_path(ctx, in, paths[i]);
    }
    if (rc == 0 && npaths == 0)
        rc = open_stdin(ctx, in);
    if (rc < 0) {
        chorus_input_free(in);
        return rc;
    }
    *out = in;
    return 0;
}

/* ---- one story from article files ---- */

static int read_one(chorus_ctx *ctx, const char *path, cbuf *buf)
{
    int r = is_stdin(path) ? cfile_read_stream(stdin, buf) : cfile_read(path, buf);
    const char *name = is_stdin(path) ? "<stdin>" : path;
    if (r == -2)
        return chorus_error_nomem(ctx);
    if (r == -1)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: cannot open (%s)", name, strerror(errno));
    if (r == -4)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: is a directory", name);
    if (r < 0)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: read error", name);
    return 0;
}

int chorus_is_binary(const char *buf, size_t len) { return cfile_binary(buf, len); }

/* Why a file gives no article, or NULL when it is usable. */
static const char *unusable(const cbuf *b)
{
    size_t i = 0;
    while (i < b->len && (b->ptr[i] == ' ' || b->ptr[i] == '\n' || b->ptr[i] == '\t' || b->ptr[i] == '\r'))
        i++;
    if (i == b->len)
        return b->len ? "only whitespace" : "empty file";
    if (cfile_binary(b->ptr, b->len))
        return "binary file (a PDF, image or archive, or NUL bytes), not text";
    return NULL;
}

/* An http(s) argument: fetched; a failure is one warning naming the URL
 * and the other articles go on (an error when it is the only input). */
static int ingest_url(chorus_ctx *ctx, chorus_input *in, chorus_story *st, const char *url)
{
    chorus_article *a = NULL;
    chorus_fetch_opts fo = CHORUS_FETCH_OPTS_INIT;
    fo.timeout = in->opts.url_timeout;
    int rc = chorus_extract_url(ctx, url, &fo, NULL, &a);
    if (rc < 0) {
        if (in->nfiles == 1 || rc == CHORUS_ENOMEM)
            return rc;
        chorus_warn(ctx, "%s, skipped", chorus_ctx_message(ctx));
        chorus_error_clear(ctx);
        return 0;
    }
    char id[32];
    snprintf(id, sizeof id, "url%zu", chorus_story_ndocs(st) + 1);
    chorus_doc given = {id, NULL, NULL, NULL, NULL, NULL, 0, NULL};
    rc = chorus_ingest_article(ctx, st, url, &given, a);
    chorus_article_free(a);
    return rc;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return 0;
    return 1;
}

/* 1 when some article of the story from the first-th on has text beyond
 * whitespace. */
static int has_text_from(const chorus_story *st, size_t first)
{
    for (size_t i = first; i < chorus_story_ndocs(st); i++) {
        const chorus_doc *d = chorus_story_doc(st, i);
        if (!blank(d->text, d->text_len))
            return 1;
    }
    return 0;
}

static int has_text(const chorus_story *st) { return has_text_from(st, 0); }

/* A file that held only a header block (or a page or SGML documents
 * without text) gives no article: as an empty file, an error when it is the only input
 * and a warning naming it otherwise (it was counted as an article of 0
 * words, which hid the one-article note of the card). */
static int drop_textless(chorus_ctx *ctx, chorus_input *in, chorus_story *st, size_t before, const char *name)
{
    chorus_story_truncate(st, before);
    if (in->nfiles == 1)
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s: no article text, no article to read", name);
    chorus_warn(ctx, "%s: no article text, skipped", name);
    return 0;
}

static const char utf16_stories[] = "stories in UTF-16; convert the file to UTF-8 (iconv -f UTF-16 -t UTF-8)";

/* A file in UTF-16 with its byte-order mark (Windows' "Unicode" text, a
 * page saved so) is read as its UTF-8: it was refused as binary, though
 * chorus extract reads such a page. Stories so written are not read
 * line by line (their kind is told before): *why says so. Returns 0 or
 * an error. */
static int from_utf16(chorus_ctx *ctx, const chorus_input *in, const char *name, cbuf *buf, const char **why)
{
    cbuf u = CBUF_INIT;
    int r = cutf16_to_utf8(buf->ptr, buf->len, &u);
    if (r <= 0) {
        cbuf_free(&u);
        return r < 0 ? chorus_error_nomem(ctx) : 0;
    }
    cbuf_free(buf);
    *buf = u;
    chorus_input_kind k = in->opts.kind == CHORUS_INPUT_AUTO ? chorus_ingest_sniff(name, buf->ptr, buf->len)
                                                              : in->opts.kind;
    if (k == CHORUS_INPUT_JSONL || k == CHORUS_INPUT_MULTINEWS)
        *why = utf16_stories;
    return 0;
}

static int ingest_file(chorus_ctx *ctx, chorus_input *in, chorus_story *st, const char *path, cbuf *buf)
{
    if (chorus_is_url(path))
        return ingest_url(ctx, in, st, path);
    const char *name = is_stdin(path) ? "<stdin>" : path;
    cbuf_clear(buf);
    int rc = 0;
    const cbuf *held = held_for(in, path);
    if (held)
        rc = cbuf_put(buf, held->ptr ? held->ptr : "", held->len) < 0 ? chorus_error_nomem(ctx) : 0;
    else
        rc = read_one(ctx, path, buf);
    const char *why = NULL;
    if (rc == 0)
        rc = from_utf16(ctx, in, name, buf, &why);
    if (rc < 0)
        return rc;
    why = why ? why : unusable(buf);
    /* Named on the command line it is read as stories (or refused, when a
     * kind given contradicts it); here it is in a directory: not one article.
     * A kind given reads one whose bytes are no stories as that kind. */
    if (!why && is_jsonl_name(path) &&
        (in->opts.kind == CHORUS_INPUT_AUTO ||
         chorus_ingest_sniff(NULL, buf->ptr ? buf->ptr : "", buf->len) == CHORUS_INPUT_JSONL))
        why = "a JSONL file of stories, not an article (give it as an input of its own)";
    if (why && in->nfiles == 1)
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s: %s, no article to read", name, why);
    if (why) {
        chorus_warn(ctx, "%s: %s, skipped", name, why);
        return 0;
    }
    char *id = is_stdin(path) ? strdup("stdin") : file_id(path);
    if (!id)
        return chorus_error_nomem(ctx);
    size_t before = chorus_story_ndocs(st);
    rc = chorus_ingest_buffer(ctx, st, name, id, buf->ptr, buf->len, in->opts.kind);
    free(id);
    if (rc == 0 && chorus_story_ndocs(st) > before && !has_text_from(st, before))
        rc = drop_textless(ctx, in, st, before, name);
    return rc;
}

static const char *story_id_for(chorus_input *in)
{
    if (in->opts.story_id)
        return in->opts.story_id;
    if (in->story_id_guess)
        return in->story_id_guess;
    if (in->nfiles == 1 && !is_stdin(in->files[0])) {
        free(in->story_id);
        in->story_id = file_id(in->files[0]);
        return in->story_id;
    }
    return "story";
}

/* 1 when each input directory is a story of its own. */
static int dirs_are_stories(const chorus_input *in)
{
    return in->ndirs >= 2 && !in->loose_files && !in->opts.story_id;
}

static int next_from_files(chorus_input *in, chorus_ctx *ctx, chorus_story **out)
{
    size_t first = 0, end = in->nfiles;
    const char *id;
    if (dirs_are_stories(in)) {
        size_t g = in->next_dir++;
        first = in->dir_first[g];
        end = g + 1 < in->ndirs ? in->dir_first[g + 1] : in->nfiles;
        id = in->dir_ids[g];
        in->files_done = in->next_dir == in->ndirs;
    } else {
        id = story_id_for(in);
        in->files_done = 1;
    }
    chorus_story *st = chorus_story_new(id);
    cbuf buf = CBUF_INIT;
    int rc = st ? 0 : chorus_error_nomem(ctx);
    for (size_t i = first; i < end && rc == 0; i++)
        rc = ingest_file(ctx, in, st, in->files[i], &buf);
    cbuf_free(&buf);
    if (rc == 0 && (chorus_story_ndocs(st) == 0 || !has_text(st))) {
        const char *at = dirs_are_stories(in) ? id : "", *sep = dirs_are_stories(in) ? ": " : "";
        if (end - first == 1) /* a directory of one file: not "all 1 input files were" */
            rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s%sno articles: its one input file was empty or unusable",
                                  at, sep);
        else
            rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s%sno articles: all %zu input files were empty or "
                                  "unusable", at, sep, end - first);
    }
    if (rc < 0) {
        chorus_story_free(st);
        return rc;
    }
    *out = st;
    return 1;
}

/* ---- JSON stories ---- */

static const char *jstr(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A JSON string id with each NUL ("a\u0000b", where a C string would
 * end: the id was "a", and "a\u0000c" the same) as U+FFFD, said in a
 * warning; other ids as they are. tmp holds the copy. NULL when out of
 * memory. */
static const char *id_without_nul(chorus_ctx *ctx, json_t *v, const char *what, cbuf *tmp)
{
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    if (strlen(s) == n)
        return s;
    for (size_t i = 0; i < n; i++)
        if ((s[i] ? cbuf_putc(tmp, s[i]) : cbuf_puts(tmp, "\xef\xbf\xbd")) < 0)
            return NULL;
    chorus_warn(ctx, "%s\"id\" holds a NUL character (\\u0000), written as U+FFFD: '%s'", what, tmp->ptr);
    return tmp->ptr;
}

const char *chorus_ingest_number_id(const json_t *v, char *buf, size_t cap)
{
    if (json_is_integer(v))
        snprintf(buf, cap, "%lld", (long long)json_integer_value(v));
    else if (json_is_real(v))
        snprintf(buf, cap, "%.15g", json_real_value(v));
    return json_is_number(v) ? buf : NULL;
}

static int add_json_doc(chorus_ctx *ctx, chorus_story *st, json_t *d, size_t i, const char *where)
{
    if (!json_is_object(d))
        return chorus_error_set(ctx, CHORUS_EINPUT, "%sdocs[%zu] is not an object", where, i);
    json_t *text = json_object_get(d, "text"), *html = json_object_get(d, "html");
    if (!json_is_string(text) && !json_is_string(html))
        return chorus_error_set(ctx, CHORUS_EINPUT, "%sdocs[%zu] has no \"text\" or \"html\" string",
                                where, i);
    char idbuf[32];
    cbuf tmp = CBUF_INIT;
    json_t *jid = json_object_get(d, "id");
    const char *id = json_is_string(jid) ? id_without_nul(ctx, jid, "an article's ", &tmp) : NULL;
    if (json_is_string(jid) && !id)
        return chorus_error_nomem(ctx);
    if (json_is_integer(jid)) /* not a real: an article's id was never one */
        id = chorus_ingest_number_id(jid, idbuf, sizeof idbuf);
    /* Converted DUC 2004 clusters carry no date, but their ids do. */
    const char *date = jstr(d, "date");
    char iso[11];
    if ((!date || !*date) && chorus_ingest_docno_date(id, iso))
        date = iso;
    chorus_doc doc = {id, jstr(d, "source"), date, jstr(d, "title"), jstr(d, "url"),
                      json_string_value(text), json_string_length(text), jstr(d, "author")};
    int rc;
    if (!json_is_string(text)) { /* a web page instead of text */
        char name[640];
        snprintf(name, sizeof name, "%sdocs[%zu]", where, i);
        size_t n = strlen(name);
        if (n >= 2 && name[n - 2] == ':') /* "file:3: docs[0]" reads better without ": " */
            name[n - 2] = ' ';
        rc = chorus_ingest_html(ctx, st, name, &doc, json_string_value(html), json_string_length(html));
    } else {
        rc = chorus_story_add_doc(st, ctx, &doc);
    }
    cbuf_free(&tmp);
    return rc;
}

static int add_json_ref(chorus_ctx *ctx, chorus_story *st, json_t *r, size_t i, const char *where)
{
    if (json_is_string(r))
        return chorus_story_add_ref(st, json_string_value(r), json_string_length(r)) < 0
                   ? chorus_error_nomem(ctx)
                   : 0;
    if (!json_is_array(r))
        return chorus_error_set(ctx, CHORUS_EINPUT, "%srefs[%zu] is neither a string nor a list of strings",
                                where, i);
    size_t n = json_array_size(r);
    const char **s = calloc(n ? n : 1, sizeof(char *));
    if (!s)
        return chorus_error_nomem(ctx);
    for (size_t k = 0; k < n; k++)
        s[k] = json_is_string(json_array_get(r, k)) ? json_string_value(json_array_get(r, k)) : "";
    int rc = chorus_story_add_ref_sentences(st, s, n) < 0 ? chorus_error_nomem(ctx) : 0;
    free(s);
    return rc;
}

/* Where a story is read: the prefix of its messages ("clusters.jsonl:12: ")
 * and the id it gets when it names none ("clusters.jsonl-12"). */
typedef struct story_at {
    char where[600];
    char id[300];
} story_at;

/* Story k of source l (its line, or in_list its place in a list) is "FILE-k",
 * "stdin-k" on standard input: Multi-News stories are named so, and JSON
 * stories without an id, so that they do not all share one. */
static void story_at_set(story_at *at, const line_src *l, size_t k, int in_list)
{
    if (in_list)
        snprintf(at->where, sizeof at->where, "%s: story %zu of the list: ", l->name, k);
    else
        snprintf(at->where, sizeof at->where, "%s:%zu: ", l->name, k);
    snprintf(at->id, sizeof at->id, "%s-%zu", strcmp(l->name, "<stdin>") == 0 ? "stdin" : base_name(l->name),
             k);
}

/* A story's id: its "id" string or number, else at->id; an id of another
 * type, or an empty one (a text output's "# " header named nothing), is
 * said in a warning. chorus eval names a reference line so too. */
static const char *json_story_id(chorus_ctx *ctx, json_t *o, const story_at *at, char *buf, size_t cap, cbuf *tmp)
{
    json_t *v = json_object_get(o, "id");
    if (json_is_string(v) && !json_string_length(v)) {
        chorus_warn(ctx, "\"id\" is empty; the story is '%s'", at->id);
        return at->id;
    }
    if (json_is_string(v))
        return id_without_nul(ctx, v, "the story's ", tmp);
    if (chorus_ingest_number_id(v, buf, cap))
        return buf;
    if (v)
        chorus_warn(ctx, "\"id\" is neither a string nor a number; the story is '%s'", at->id);
    return at->id;
}

static int story_from_obj(chorus_ctx *ctx, json_t *o, const story_at *at, chorus_story **out)
{
    const char *where = at->where;
    if (!json_is_object(o))
        return chorus_error_set(ctx, CHORUS_EINPUT, "%sexpected a JSON object", where);
    char idbuf[64];
    cbuf tmp = CBUF_INIT;
    const char *id = json_story_id(ctx, o, at, idbuf, sizeof idbuf, &tmp);
    chorus_story *st = id ? chorus_story_new(id) : NULL;
    cbuf_free(&tmp);
    if (!st)
        return chorus_error_nomem(ctx);
    json_t *docs = json_object_get(o, "docs"), *refs = json_object_get(o, "refs");
    int rc = 0;
    if (docs && !json_is_array(docs))
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s\"docs\" is not a list", where);
    for (size_t i = 0; rc == 0 && i < json_array_size(docs); i++)
        rc = add_json_doc(ctx, st, json_array_get(docs, i), i, where);
    if (rc == 0 && refs && !json_is_array(refs))
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "%s\"refs\" is not a list", where);
    for (size_t i = 0; rc == 0 && i < json_array_size(refs); i++)
        rc = add_json_ref(ctx, st, json_array_get(refs, i), i, where);
    if (rc < 0) {
        chorus_story_free(st);
        return rc;
    }
    *out = st;
    return 0;
}

static int parse_story(chorus_ctx *ctx, const char *json, size_t len, const story_at *at, chorus_story **out)
{
    json_error_t err;
    json_t *o = json_loadb(json, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
    if (!o)
        return chorus_error_set(ctx, CHORUS_EINPUT, "%snot valid JSON (%s)", at->where, err.text);
    int rc = story_from_obj(ctx, o, at, out);
    json_decref(o);
    return rc;
}

int chorus_story_from_json(chorus_ctx *ctx, const char *json, size_t len, chorus_story **story)
{
    static const story_at nowhere = {"", "story"};
    *story = NULL;
    return parse_story(ctx, json, len, &nowhere, story);
}

/* ---- streams of stories, a line each ---- */

/* rc, or an error when the story read (rc 0) has no articles or no text:
 * said here, with the file and line, so the stream goes on after it. */
static int require_docs(chorus_ctx *ctx, int rc, const char *where, chorus_story **out)
{
    if (rc == 0 && (chorus_story_ndocs(*out) == 0 || !has_text(*out))) {
        int none = chorus_story_ndocs(*out) == 0;
        rc = chorus_error_set(ctx, CHORUS_EINPUT, none ? "%sstory '%s' has no articles (\"docs\" missing or empty)"
                                                       : "%sstory '%s' has no text (every article is empty)",
                              where, chorus_story_id(*out));
        chorus_story_free(*out);
        *out = NULL;
    }
    return rc;
}

/* A story from a parsed JSON value; one without articles is an error. */
static int story_from_value(chorus_ctx *ctx, json_t *o, const story_at *at, chorus_story **out)
{
    return require_docs(ctx, story_from_obj(ctx, o, at, out), at->where, out);
}

static int story_from_multinews(chorus_ctx *ctx, const char *line, size_t n, const story_at *at,
                                chorus_story **out)
{
    chorus_story *st = chorus_story_new(at->id);
    if (!st)
        return chorus_error_nomem(ctx);
    int rc = chorus_ingest_multinews_line(ctx, st, line, n);
    if (rc == 0 && chorus_story_ndocs(st) == 0)
        rc = chorus_error_set(ctx, CHORUS_EINPUT, "%sno articles on this line", at->where);
    if (rc < 0)
        chorus_story_free(st);
    else
        *out = st;
    return rc;
}

static int story_from_line(chorus_ctx *ctx, const line_src *l, const char *line, size_t n, const story_at *at,
                           chorus_story **out)
{
    if (l->kind == CHORUS_INPUT_MULTINEWS)
        return story_from_multinews(ctx, line, n, at, out);
    return require_docs(ctx, parse_story(ctx, line, n, at, out), at->where, out);
}

/* 1 when a first line can only open a JSON document written over several
 * lines ("{" or "[" alone, or a list): the file is not JSONL. */
static int opens_document(const char *line, size_t n)
{
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    return i < n && (line[i] == '[' || (line[i] == '{' && i + 1 == n));
}

/* JSON read a byte at a time, so that a document ends where its last
 * brace does, and lines counted. */
typedef struct doc_reader {
    FILE *f;
    size_t lines; /* line breaks read */
} doc_reader;

static size_t doc_getc(void *buf, size_t len, void *data)
{
    doc_reader *r = data;
    int c = len ? getc(r->f) : EOF;
    if (c == EOF)
        return ferror(r->f) ? (size_t)-1 : 0;
    r->lines += c == '\n';
    *(char *)buf = (char)c;
    return 1;
}

/* Skips blanks; 1 when something follows them. */
static int doc_more(doc_reader *r)
{
    int c;
    while ((c = getc(r->f)) == ' ' || c == '\n' || c == '\t' || c == '\r')
        r->lines += c == '\n';
    if (c == EOF)
        return 0;
    ungetc(c, r->f);
    return 1;
}

/* The JSON text of f: one document, as it is; or several, one after
 * another, as a list, their first lines (after base lines) in
 * l->doc_lines. NULL with err when the first does not parse, or when it
 * is its first line only and more follows (JSONL whose first line is no
 * story: its lines are read one by one, a broken one skipped, not the
 * end of the input). */
static json_t *load_docs(line_src *l, FILE *f, int base, json_error_t *err)
{
    const size_t flags = JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL | JSON_DISABLE_EOF_CHECK;
    doc_reader r = {f, 0};
    json_t *v = json_load_callback(doc_getc, &r, flags, err);
    size_t first_lines = r.lines; /* the line breaks inside the first: none when it is its line alone */
    if (!v || !doc_more(&r))
        return v;
    json_t *all = first_lines ? json_array() : NULL;
    if (!all || json_array_append_new(all, v) < 0 || !(l->doc_lines = malloc(sizeof(size_t)))) {
        json_decref(all ? all : v); /* an array holding v frees it */
        snprintf(err->text, sizeof err->text, first_lines ? "out of memory" : "end of file expected");
        err->line = 1 + (int)r.lines;
        return NULL;
    }
    l->doc_lines[0] = (size_t)base + 1;
    for (size_t k = 1; doc_more(&r); k++) {
        size_t at = r.lines;
        json_error_t e;
        memset(&e, 0, sizeof e);
        size_t *dl = realloc(l->doc_lines, (k + 1) * sizeof(size_t));
        v = dl ? json_load_callback(doc_getc, &r, flags, &e) : NULL;
        l->doc_lines = dl ? dl : l->doc_lines;
        if (!v || json_array_append_new(all, v) < 0) {
            cbuf m = CBUF_INIT;
            if (cbuf_printf(&m, "%s:%zu: not valid JSON (%s)", l->name, (size_t)base + at + (size_t)e.line,
                            dl ? e.text : "out of memory") == 0)
                l->doc_error = cbuf_detach(&m);
            cbuf_free(&m);
            break;
        }
        l->doc_lines[k] = (size_t)base + at + 1;
    }
    return all;
}

/* Parses the whole source as JSON documents (load_docs): a file from its
 * start (streamed, so a large JSONL file with a broken first line is not
 * read into memory), a stream that cannot seek (standard input, a pipe)
 * from its first line on. */
static json_t *load_whole(line_src *l, long pos, const char *line, size_t n, json_error_t *err, int *line_base)
{
    *line_base = 0;
    if (pos >= 0 && fseek(l->f, 0, SEEK_SET) == 0) {
        /* past a UTF-8 byte-order mark, as the first line was read (a
         * document saved with one was "not valid JSON") */
        char bom[3];
        if (fread(bom, 1, 3, l->f) != 3 || memcmp(bom, "\xEF\xBB\xBF", 3) != 0)
            rewind(l->f);
        return load_docs(l, l->f, 0, err);
    }
    cbuf all = CBUF_INIT;
    json_t *v = NULL;
    FILE *m = NULL;
    *line_base = (int)l->lineno - 1;
    if (cbuf_put(&all, line, n) == 0 && cfile_read_stream(l->f, &all) == 0 &&
        (m = fmemopen(all.ptr, all.len, "rb")) != NULL)
        v = load_docs(l, m, *line_base, err);
    else
        snprintf(err->text, sizeof err->text, "read error");
    if (m)
        fclose(m);
    cbuf_free(&all);
    return v;
}

/* The first line of a JSONL source is not a story: reads the source as
 * one JSON document (a story, or a list of stories; a pretty-printed
 * file). Returns 1 when it is one, 0 to go on line by line (a file
 * rewinds to its second line), or -1 with the error of a document that
 * does not parse (the source then ends). A stream that cannot rewind
 * (standard input, a pipe) is read whole only when its first line can
 * open nothing else. */
static int try_whole(chorus_ctx *ctx, line_src *l, const char *line, size_t n)
{
    long pos = ftell(l->f);
    int doc = opens_document(line, n);
    if (!doc && pos < 0)
        return 0;
    json_error_t err;
    int base;
    memset(&err, 0, sizeof err);
    l->whole = load_whole(l, pos, line, n, &err, &base);
    if (l->whole)
        return 1;
    json_t *alone = pos >= 0 ? json_loadb(line, n, JSON_ALLOW_NUL, NULL) : NULL;
    if (alone) { /* a complete first line, "[...]": JSONL whose first line is no story */
        json_decref(alone);
        doc = 0;
    }
    if (doc) { /* nothing more from this source: it ends here */
        if (pos >= 0)
            fseek(l->f, 0, SEEK_END);
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s:%d: not valid JSON (%s)", l->name, err.line + base,
                                err.text);
    }
    clearerr(l->f);
    if (fseek(l->f, pos, SEEK_SET) != 0)
        return chorus_error_set(ctx, CHORUS_EIO, "%s: cannot seek back (%s)", l->name, strerror(errno));
    return 0;
}

/* The next story of a source read whole: the document, or its list's
 * next item. Returns 1 with a story, 0 at its end, or an error. */
static int next_from_whole(chorus_ctx *ctx, line_src *l, chorus_story **out)
{
    story_at at;
    json_t *v = l->whole;
    if (l->doc_lines) { /* documents one after another: named as JSONL lines are */
        if (l->whole_next >= json_array_size(v)) {
            int rc = l->doc_error ? chorus_error_set(ctx, CHORUS_EINPUT, "%s", l->doc_error) : 0;
            free(l->doc_error);
            l->doc_error = NULL;
            return rc;
        }
        story_at_set(&at, l, l->doc_lines[l->whole_next], 0);
        v = json_array_get(v, l->whole_next++);
    } else if (json_is_array(v)) {
        if (l->whole_next == 0 && json_array_size(v) == 0) {
            l->whole_next = 1;
            return chorus_error_set(ctx, CHORUS_EINPUT, "%s: an empty list, no stories", l->name);
        }
        if (l->whole_next >= json_array_size(v))
            return 0;
        story_at_set(&at, l, l->whole_next + 1, 1);
        v = json_array_get(v, l->whole_next++);
    } else {
        if (l->whole_next++)
            return 0;
        snprintf(at.where, sizeof at.where, "%s: ", l->name);
        snprintf(at.id, sizeof at.id, "story");
    }
    /* Warnings name the story as errors do: the second document's had no
     * place, and the first's the line a list opens on. */
    chorus_warn_where(ctx, at.where);
    int rc = story_from_value(ctx, v, &at, out);
    chorus_warn_where(ctx, NULL);
    return rc < 0 ? rc : 1;
}

/* A story from the first line of a JSONL source, or the source read whole
 * when that line is not one. */
static int first_story(chorus_ctx *ctx, line_src *l, const char *line, size_t n, const story_at *at,
                       chorus_story **out)
{
    json_t *o = json_loadb(line, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
    if (json_is_object(o)) {
        int rc = story_from_value(ctx, o, at, out);
        json_decref(o);
        return rc;
    }
    json_decref(o);
    int w = try_whole(ctx, l, line, n);
    if (w != 0)
        return w < 0 ? w : next_from_whole(ctx, l, out);
    return story_from_line(ctx, l, line, n, at, out);
}

/* The story of one line. Warnings name the file and line; bytes that are
 * not UTF-8 (which JSON refuses) are read as Windows-1252, as in text
 * files, and said once for the line. */
static int read_line_story(chorus_input *in, chorus_ctx *ctx, line_src *l, const char *line, size_t n,
                           chorus_story **out)
{
    story_at at;
    story_at_set(&at, l, l->lineno, 0);
    chorus_warn_where(ctx, at.where);
    if (!cutf8_valid(line, n)) {
        size_t repaired = 0;
        cbuf_clear(&in->fixed);
        if (cutf8_clean(line, n, &in->fixed, &repaired) < 0) {
            chorus_warn_where(ctx, NULL);
            return chorus_error_nomem(ctx);
        }
        chorus_warn(ctx, "%zu invalid UTF-8 byte%s read as Windows-1252", repaired, repaired == 1 ? "" : "s");
        line = in->fixed.ptr ? in->fixed.ptr : "";
        n = in->fixed.len;
    }
    int first = l->stories++ == 0 && l->kind == CHORUS_INPUT_JSONL;
    int rc = first ? first_story(ctx, l, line, n, &at, out) : story_from_line(ctx, l, line, n, &at, out);
    chorus_warn_where(ctx, NULL);
    return rc < 0 ? rc : 1;
}

static int next_from_lines(chorus_input *in, chorus_ctx *ctx, chorus_story **out)
{
    while (in->cur < in->nlines) {
        line_src *l = &in->lines[in->cur];
        if (l->whole) {
            int rc = next_from_whole(ctx, l, out);
            if (rc != 0)
                return rc;
            in->cur++;
            continue;
        }
        errno = 0;
        ssize_t n = getline(&in->linebuf, &in->linecap, l->f);
        if (n < 0) {
            int failed = ferror(l->f);
            in->cur++;
            if (failed)
                return chorus_error_set(ctx, CHORUS_EIO, "%s: read error after line %zu", l->name, l->lineno);
            if (l->stories == 0) /* never silent empty output */
                return chorus_error_set(ctx, CHORUS_EINPUT, "%s: no stories (empty or blank)", l->name);
            continue;
        }
        l->lineno++;
        char *line = in->linebuf;
        if (l->lineno == 1 && n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
            line += 3, n -= 3; /* a UTF-8 byte-order mark */
        /* A UTF-16 one (a .jsonl file, or a kind given): every line was
         * "not valid JSON" or a story of garbled articles, as from_utf16
         * says of a file whose kind its bytes tell. */
        if (l->lineno == 1 && n >= 2 && (memcmp(line, "\xFF\xFE", 2) == 0 || memcmp(line, "\xFE\xFF", 2) == 0)) {
            in->cur++;
            return chorus_error_set(ctx, CHORUS_EINPUT, "%s: %s", l->name, utf16_stories);
        }
        if (blank(line, (size_t)n))
            continue;
        return read_line_story(in, ctx, l, line, (size_t)n, out);
    }
    return 0;
}

int chorus_input_is_stream(const chorus_input *in) { return in->nlines > 0 || dirs_are_stories(in); }

int chorus_input_next(chorus_input *in, chorus_ctx *ctx, chorus_story **story)
{
    *story = NULL;
    if (!in->files_done && in->nfiles > 0)
        return next_from_files(in, ctx, story);
    return next_from_lines(in, ctx, story);
}
