/* Fetching web pages with libcurl: a time limit, a size limit, redirects
 * followed, and one clear message per failed URL. */
#include <ctype.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "fetch.h"
#include "util/buf.h"

typedef struct sink {
    cbuf body;
    size_t max;
    int too_big;
} sink;

int chorus_is_url(const char *s)
{
    return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

static size_t on_data(char *p, size_t size, size_t n, void *data)
{
    sink *s = data;
    size_t k = size * n;
    if (s->body.len + k > s->max) {
        s->too_big = 1;
        return 0; /* makes libcurl stop with CURLE_WRITE_ERROR */
    }
    return cbuf_put(&s->body, p, k) < 0 ? 0 : k;
}

static void set_opts(CURL *c, const char *url, const chorus_fetch_opts *o, sink *s)
{
    double t = o->timeout > 0 ? o->timeout : 30.0;
    long ms = t * 1000 < 1 ? 1 : (long)(t * 1000); /* 0 would mean no limit */
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, o->max_redirects > 0 ? o->max_redirects : 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, ms);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, ms);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(c, CURLOPT_USERAGENT, "chorus/" CHORUS_VERSION " (+article extraction)");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, s);
    if (s->max <= (size_t)0x7fffffff)
        curl_easy_setopt(c, CURLOPT_MAXFILESIZE, (long)s->max);
}

static int fail(chorus_ctx *ctx, const char *url, CURLcode cc, long status, const sink *s,
                const chorus_fetch_opts *o)
{
    if (s->too_big || cc == CURLE_FILESIZE_EXCEEDED)
        return chorus_error_set(ctx, CHORUS_EINPUT, "%s: page larger than %zu bytes", url, s->max); /* not the network's fault */
    if (cc == CURLE_OPERATION_TIMEDOUT)
        return chorus_error_set(ctx, CHORUS_ENET, "%s: timed out after %g s", url,
                                o->timeout > 0 ? o->timeout : 30.0);
    if (cc != CURLE_OK)
        return chorus_error_set(ctx, CHORUS_ENET, "%s: %s", url, curl_easy_strerror(cc));
    return chorus_error_set(ctx, CHORUS_ENET, "%s: HTTP status %ld", url, status);
}

/* Copies the token at s (up to ';', space or the end) into out, lower case. */
static void header_token(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    while (*s == ' ' || *s == '"')
        s++;
    while (*s && *s != ';' && *s != ' ' && *s != '"' && n + 1 < cap)
        out[n++] = (char)tolower((unsigned char)*s++);
    out[n] = 0;
}

static void read_type(const char *ct, fetch_type *type)
{
    type->media[0] = type->charset[0] = 0;
    if (!ct)
        return;
    header_token(ct, type->media, sizeof type->media);
    for (const char *p = strchr(ct, ';'); p; p = strchr(p + 1, ';')) {
        const char *q = p + 1;
        while (*q == ' ')
            q++;
        if (strncasecmp(q, "charset=", 8) == 0)
            header_token(q + 8, type->charset, sizeof type->charset);
    }
}

int chorus_fetch_url(chorus_ctx *ctx, const char *url, const chorus_fetch_opts *opts,
                     char **body, size_t *len, char **final_url)
{
    return chorus_fetch_typed(ctx, url, opts, body, len, final_url, NULL);
}

int chorus_fetch_typed(chorus_ctx *ctx, const char *url, const chorus_fetch_opts *opts, char **body,
                       size_t *len, char **final_url, fetch_type *type)
{
    chorus_fetch_opts defaults = CHORUS_FETCH_OPTS_INIT;
    const chorus_fetch_opts *o = opts ? opts : &defaults;
    sink s = {CBUF_INIT, o->max_bytes ? o->max_bytes : (size_t)32 << 20, 0};
    long status = 0;
    int rc;
    *body = NULL;
    *len = 0;
    if (final_url)
        *final_url = NULL;
    if (type)
        type->media[0] = type->charset[0] = 0;
    if (!chorus_is_url(url))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "%s: not an http(s) URL", url ? url : "");
    if (!(o->timeout >= 0 && o->timeout <= 86400))
        return chorus_error_set(ctx, CHORUS_EUSAGE, "timeout must be between 0 and 86400 seconds");
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        return chorus_error_set(ctx, CHORUS_ENET, "%s: libcurl cannot start", url);
    CURL *c = curl_easy_init();
    if (!c)
        return chorus_error_nomem(ctx);
    set_opts(c, url, o, &s);
    CURLcode cc = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (cc != CURLE_OK || status >= 400) {
        rc = fail(ctx, url, cc, status, &s, o);
        goto done;
    }
    char *eff = NULL, *ct = NULL;
    curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
    if (type && curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct) == CURLE_OK)
        read_type(ct, type);
    if (final_url && eff && !(*final_url = strdup(eff))) {
        rc = chorus_error_nomem(ctx);
        goto done;
    }
    *len = s.body.len;
    *body = s.body.ptr ? cbuf_detach(&s.body) : strdup("");
    rc = *body ? 0 : chorus_error_nomem(ctx);
done:
    cbuf_free(&s.body);
    curl_easy_cleanup(c);
    return rc;
}
