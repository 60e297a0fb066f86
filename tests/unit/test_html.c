/* HTML extraction: charsets, content detection, metadata, bad pages, and
 * title/date accuracy against labels of the benchmark's pages. */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "chorus.h"
#include "check.h"
#include "html/html.h"
#include "ingest.h"
#include "util/buf.h"
#include "util/file.h"

static chorus_ctx *quiet_ctx(void)
{
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_ctx_set_warn(ctx, NULL, NULL);
    return ctx;
}

static chorus_article *extract(chorus_ctx *ctx, const char *html, const char *url)
{
    chorus_extract_opts o = CHORUS_EXTRACT_OPTS_INIT;
    chorus_article *a = NULL;
    o.url = url;
    CHECK(chorus_extract_html(ctx, html, strlen(html), &o, &a) == 0);
    return a;
}

static const char *const PARA =
    "<p>The council voted on Tuesday to close the old bridge, citing cracks found in two of its "
    "piers during an inspection last month, and said repairs would take a year.</p>";

static void test_content(void)
{
    chorus_ctx *ctx = quiet_ctx();
    cbuf page = CBUF_INIT;
    cbuf_puts(&page, "<html><body><nav><ul><li><a href=/a>Home</a></li><li><a href=/b>World</a>"
                     "</li></ul></nav><div class=\"share-tools\">Share on Facebook</div>"
                     "<div class=\"article-body\"><h1>Bridge closed</h1>");
    for (int i = 0; i < 4; i++)
        cbuf_puts(&page, PARA);
    cbuf_puts(&page, "<figure><img src=x.jpg><figcaption>The bridge in 1990.</figcaption></figure>"
                     "<ul class=\"related-links\"><li><a href=/c>Other story one is here</a></li>"
                     "<li><a href=/d>Other story two is here</a></li></ul></div>"
                     "<div id=\"comments\"><p>Great article, thanks for writing it, I agree with "
                     "everything said here.</p></div><footer>Copyright 2024</footer></body></html>");
    chorus_article *a = extract(ctx, page.ptr, NULL);
    const char *t = chorus_article_text(a);
    CHECK(strstr(t, "The council voted") != NULL);
    CHECK(strstr(t, "Home") == NULL);
    CHECK(strstr(t, "Share on") == NULL);
    CHECK(strstr(t, "1990") == NULL);
    CHECK(strstr(t, "Other story") == NULL);
    CHECK(strstr(t, "Great article") == NULL);
    CHECK(strstr(t, "Copyright") == NULL);
    CHECK(strstr(t, "Bridge closed") == NULL); /* the headline is metadata */
    CHECK_STR(chorus_article_title(a), "Bridge closed");
    /* Paragraphs are separated by blank lines. */
    CHECK(strstr(t, "a year.\n\nThe council") != NULL);
    chorus_article_free(a);
    cbuf_free(&page);
    chorus_ctx_free(ctx);
}

/* A short <article> inside the article is a related item, not body. */
static void test_nested_article(void)
{
    chorus_ctx *ctx = quiet_ctx();
    cbuf page = CBUF_INIT;
    cbuf_puts(&page, "<html><body><article>");
    for (int i = 0; i < 3; i++)
        cbuf_puts(&page, PARA);
    cbuf_puts(&page, "<section><article><h3>Another story</h3><p>Teaser text of another story, "
                     "which is shown here to tempt the reader.</p></article></section>"
                     "</article></body></html>");
    chorus_article *a = extract(ctx, page.ptr, NULL);
    CHECK(strstr(chorus_article_text(a), "The council voted") != NULL);
    CHECK(strstr(chorus_article_text(a), "Teaser text") == NULL);
    chorus_article_free(a);
    cbuf_free(&page);
    chorus_ctx_free(ctx);
}

static void test_whole_page(void)
{
    chorus_ctx *ctx = quiet_ctx();
    chorus_extract_opts o = CHORUS_EXTRACT_OPTS_INIT;
    chorus_article *a = NULL;
    const char *h = "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav>"
                    "<script>x()</script><p>Body</p></body></html>";
    o.whole_page = 1;
    CHECK(chorus_extract_html(ctx, h, strlen(h), &o, &a) == 0);
    CHECK_STR(chorus_article_text(a), "T\n\nMenu\n\nBody");
    chorus_article_free(a);
    chorus_ctx_free(ctx);
}

static void test_charset(void)
{
    cbuf out = CBUF_INIT;
    /* Declared legacy charset. */
    const char *l1 = "<meta charset=\"windows-1252\"><p>caf\xe9 \x93quoted\x94</p>";
    CHECK(html_to_utf8(l1, strlen(l1), NULL, NULL, &out) == 0);
    CHECK(strstr(out.ptr, "café “quoted”") != NULL);
    /* Wrong declaration: the bytes are UTF-8. */
    cbuf_clear(&out);
    const char *w = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>caf\xc3\xa9</p>";
    CHECK(html_to_utf8(w, strlen(w), NULL, NULL, &out) == 0);
    CHECK(strstr(out.ptr, "café") != NULL);
    /* No declaration, not UTF-8: Windows-1252. */
    cbuf_clear(&out);
    const char *n = "<p>na\xefve</p>";
    CHECK(html_to_utf8(n, strlen(n), NULL, NULL, &out) == 0);
    CHECK(strstr(out.ptr, "naïve") != NULL);
    /* UTF-16LE with a byte-order mark. */
    cbuf_clear(&out);
    const char u16[] = "\xff\xfe<\0p\0>\0\xe9\0<\0/\0p\0>\0";
    CHECK(html_to_utf8(u16, sizeof u16 - 1, NULL, NULL, &out) == 0);
    CHECK_STR(out.ptr, "<p>é</p>");
    /* Declared UTF-8 with a stray byte: repaired, not re-read. */
    cbuf_clear(&out);
    const char *s = "<meta charset=utf-8><p>caf\xc3\xa9 \xff</p>";
    CHECK(html_to_utf8(s, strlen(s), NULL, NULL, &out) == 0);
    CHECK(strstr(out.ptr, "café \xEF\xBF\xBD") != NULL);
    /* The server's charset comes before the page's own; an unknown one is
     * passed over (KOI8-R "Новости"). */
    cbuf_clear(&out);
    const char *k = "<meta charset=windows-1252><p>\xee\xcf\xd7\xcf\xd3\xd4\xc9</p>";
    CHECK(html_to_utf8(k, strlen(k), NULL, "KOI8-R", &out) == 0);
    CHECK(strstr(out.ptr, "Новости") != NULL);
    cbuf_clear(&out);
    CHECK(html_to_utf8(l1, strlen(l1), NULL, "no-such-charset", &out) == 0);
    CHECK(strstr(out.ptr, "café “quoted”") != NULL);
    cbuf_free(&out);
    /* A forced charset must exist; NUL bytes outside UTF-16 are not a page. */
    chorus_ctx *ctx = quiet_ctx();
    chorus_extract_opts o = CHORUS_EXTRACT_OPTS_INIT;
    chorus_article *a = NULL;
    o.charset = "bogus-cs";
    CHECK(chorus_extract_html(ctx, l1, strlen(l1), &o, &a) == CHORUS_EUSAGE && !a);
    CHECK(strstr(chorus_ctx_message(ctx), "bogus-cs") != NULL);
    const char bin[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    CHECK(chorus_extract_html(ctx, bin, sizeof bin - 1, NULL, &a) == CHORUS_EINPUT && !a);
    CHECK(chorus_extract_html(ctx, u16, sizeof u16 - 1, NULL, &a) == 0 && a);
    chorus_article_free(a);
    chorus_ctx_free(ctx);
}

static void test_metadata(void)
{
    chorus_ctx *ctx = quiet_ctx();
    const char *h =
        "<html lang=\"en-GB\"><head><title>Old title | Daily Planet</title>"
        "<meta property=\"og:title\" content=\"OG title\">"
        "<meta property=\"og:site_name\" content=\"Daily Planet\">"
        "<meta name=\"author\" content=\"Meta Author\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":"
        "\"Storm &#8216;hits&#8217; coast\",\"datePublished\":\"2023-10-02T09:15:00+02:00\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Lois Lane\"},{\"name\":\"Clark Kent\"}]}]}"
        "</script><link rel=\"canonical\" href=\"https://www.planet.example/storm\"></head>"
        "<body><h1>Something else entirely</h1></body></html>";
    chorus_article *a = extract(ctx, h, NULL);
    CHECK_STR(chorus_article_title(a), "Storm ‘hits’ coast");
    CHECK_STR(chorus_article_date(a), "2023-10-02");
    CHECK_STR(chorus_article_author(a), "Lois Lane, Clark Kent");
    CHECK_STR(chorus_article_source(a), "Daily Planet");
    CHECK_STR(chorus_article_url(a), "https://www.planet.example/storm");
    CHECK_STR(chorus_article_lang(a), "en");
    chorus_article_free(a);
    /* Without JSON-LD: og:title; h1 wins when it repeats og:title; the
     * <title> loses its site suffix; the outlet falls back on the domain. */
    const char *g = "<html><head><title>Quake shakes town - example.com</title>"
                    "<meta property=\"article:published_time\" content=\"2022-01-05\"></head>"
                    "<body><p class=\"byline\">By Jane Roe</p></body></html>";
    a = extract(ctx, g, "https://www.example.com/news/1");
    CHECK_STR(chorus_article_title(a), "Quake shakes town");
    CHECK_STR(chorus_article_date(a), "2022-01-05");
    CHECK_STR(chorus_article_author(a), "Jane Roe");
    CHECK_STR(chorus_article_source(a), "example.com");
    char *j = chorus_article_json(a);
    CHECK(j && strncmp(j, "{\"title\":\"Quake shakes town\",\"date\":\"2022-01-05\",\"author\":", 56) == 0);
    chorus_free(j);
    chorus_article_free(a);
    chorus_ctx_free(ctx);
}

/* A numeric reference to no character (NUL, a surrogate, beyond U+10FFFF)
 * is U+FFFD in the HTML standard, in the text (libxml2 2.9 dropped it) and
 * in JSON-LD, which chorus decodes itself (it was left as "&#0;"). */
static void test_bad_references(void)
{
    chorus_ctx *ctx = quiet_ctx();
    const char *h =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
        "\"Harlow &#0; bridge &#xD800; opens\"}</script></head><body><article><p>Tom Rudd paid &#0; for the "
        "bridge in Harlow, &#xD800; said Ann Kole &#99999999; of the town council, and &#65; &#x42; stay letters "
        "as &#; stays nothing.</p></article></body></html>";
    chorus_article *a = extract(ctx, h, NULL);
    CHECK_STR(chorus_article_title(a), "Harlow \xEF\xBF\xBD bridge \xEF\xBF\xBD opens");
    CHECK(strstr(chorus_article_text(a), "paid \xEF\xBF\xBD for") != NULL);
    CHECK(strstr(chorus_article_text(a), "Harlow, \xEF\xBF\xBD said Ann Kole \xEF\xBF\xBD of") != NULL);
    CHECK(strstr(chorus_article_text(a), "and A B stay") != NULL);
    chorus_article_free(a);
    chorus_ctx_free(ctx);
}

static void test_bad_pages(void)
{
    chorus_ctx *ctx = quiet_ctx();
    chorus_article *a = extract(ctx, "", NULL);
    CHECK(a && !*chorus_article_text(a));
    chorus_article_free(a);
    a = extract(ctx, "<html><body><p>Cut in the mid", NULL);
    CHECK(a != NULL);
    chorus_article_free(a);
    a = extract(ctx, "<<<>>><p<<p>>&&&#99999999;</", NULL);
    CHECK(a != NULL);
    chorus_article_free(a);
    /* Deep nesting: 100,000 levels, each walk is iterative. */
    cbuf deep = CBUF_INIT;
    for (int i = 0; i < 100000; i++)
        cbuf_puts(&deep, "<div><span>");
    cbuf_puts(&deep, "A sentence deep down in the page that is long enough to be a paragraph.");
    a = extract(ctx, deep.ptr, NULL);
    CHECK(a && strstr(chorus_article_text(a), "deep down") != NULL);
    chorus_article_free(a);
    cbuf_free(&deep);
    chorus_article_free(NULL);
    chorus_ctx_free(ctx);
}

static void test_ingest(void)
{
    chorus_ctx *ctx = quiet_ctx();
    chorus_story *st = chorus_story_new("s");
    cbuf page = CBUF_INIT;
    cbuf_puts(&page, "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"Gazette\">"
                     "<title>Bridge shut</title></head><body>");
    cbuf_puts(&page, PARA);
    cbuf_puts(&page, "</body></html>");
    CHECK(chorus_ingest_sniff("page.txt", page.ptr, page.len) == CHORUS_INPUT_HTML);
    CHECK(chorus_ingest_buffer(ctx, st, "page.txt", "p", page.ptr, page.len, CHORUS_INPUT_AUTO) == 0);
    CHECK(chorus_story_ndocs(st) == 1);
    const chorus_doc *d = chorus_story_doc(st, 0);
    CHECK_STR(d->title, "Bridge shut");
    CHECK_STR(d->source, "Gazette");
    CHECK(strncmp(d->text, "The council voted", 17) == 0);
    /* A JSONL doc with "html": its own fields beat the page's. */
    json_t *o = json_pack("{s:s, s:[{s:s, s:s, s:s}]}", "id", "j", "docs", "id", "x", "title",
                          "Given title", "html", page.ptr);
    char *line = json_dumps(o, JSON_COMPACT);
    chorus_story *js = NULL;
    CHECK(chorus_story_from_json(ctx, line, strlen(line), &js) == 0);
    CHECK(js && chorus_story_ndocs(js) == 1);
    if (js && chorus_story_ndocs(js) == 1) {
        CHECK_STR(chorus_story_doc(js, 0)->title, "Given title");
        CHECK_STR(chorus_story_doc(js, 0)->source, "Gazette");
    }
    chorus_story_free(js);
    free(line);
    json_decref(o);
    cbuf_free(&page);
    chorus_story_free(st);
    chorus_ctx_free(ctx);
}

/* Letters and digits, lower-cased: titles compare without punctuation. */
static void squash(const char *s, char *out, size_t cap)
{
    size_t k = 0;
    for (; *s && k + 1 < cap; s++) {
        const unsigned char *u = (const unsigned char *)s;
        if (u[0] == 0xE2 && u[1] == 0x80 && u[2]) {
            s += 2;
            continue;
        }
        if (isalnum(u[0]) || u[0] >= 0x80)
            out[k++] = (char)tolower(u[0]);
    }
    out[k] = 0;
}

/* Title and date against tests/fixtures/aeb_labels.jsonl (hand labels of
 * 60 English pages of the article-extraction benchmark, read at run time
 * from the shared data folder). Skipped when the data is absent. */
static void test_labels(void)
{
    char path[4096];
    FILE *f = fopen(CHORUS_SOURCE_DIR "/tests/fixtures/aeb_labels.jsonl", "r");
    CHECK(f != NULL);
    if (!f)
        return;
    chorus_ctx *ctx = quiet_ctx();
    char line[2048];
    int n = 0, titles = 0, ndates = 0, dates = 0, missing = 0;
    while (fgets(line, sizeof line, f)) {
        json_t *j = json_loads(line, 0, NULL);
        const char *file = json_string_value(json_object_get(j, "file"));
        const char *title = json_string_value(json_object_get(j, "title"));
        const char *date = json_string_value(json_object_get(j, "date"));
        cbuf html = CBUF_INIT;
        snprintf(path, sizeof path, "%s/data/extraction/aeb/%s", CHORUS_SHARED_DIR, file ? file : "");
        if (!file || !title || !date || cfile_read(path, &html) < 0) {
            missing++;
        } else {
            chorus_article *a = NULL;
            if (chorus_extract_html(ctx, html.ptr, html.len, NULL, &a) == 0) {
                char x[1024], y[1024];
                squash(chorus_article_title(a), x, sizeof x);
                squash(title, y, sizeof y);
                titles += strcmp(x, y) == 0;
                if (*date) {
                    ndates++;
                    dates += strcmp(chorus_article_date(a), date) == 0;
                }
            }
            n++;
            chorus_article_free(a);
        }
        cbuf_free(&html);
        json_decref(j);
    }
    fclose(f);
    chorus_ctx_free(ctx);
    if (n == 0) {
        printf("labels: shared data not found, skipped\n");
        return;
    }
    printf("labels: title %d/%d, date %d/%d\n", titles, n, dates, ndates);
    CHECK(missing == 0);
    CHECK(n >= 50);
    CHECK(titles * 10 >= n * 9);
    CHECK(dates * 10 >= ndates * 9);
}

int main(void)
{
    test_content();
    test_nested_article();
    test_whole_page();
    test_charset();
    test_metadata();
    test_bad_references();
    test_bad_pages();
    test_ingest();
    test_labels();
    return check_report("test_html");
}
