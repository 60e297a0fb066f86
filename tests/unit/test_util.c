/* util: buffer, arena, vector, hash map, MinHash, radix sort, UTF-8 cleaning and folding. */
#include "check.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/hmap.h"
#include "util/minhash.h"
#include "util/sort.h"
#include "util/utf8.h"
#include "util/vec.h"

static void test_buf(void)
{
    cbuf b = CBUF_INIT;
    CHECK(cbuf_puts(&b, "abc") == 0);
    CHECK(cbuf_printf(&b, "-%d-", 42) == 0);
    CHECK_STR(b.ptr, "abc-42-");
    CHECK(b.len == 7);
    for (int i = 0; i < 10000; i++)
        cbuf_putc(&b, 'x');
    CHECK(b.len == 10007 && b.ptr[b.len] == '\0');
    char *d = cbuf_detach(&b);
    CHECK(b.ptr == NULL && b.len == 0 && d[0] == 'a');
    free(d);
    cbuf_free(&b);
}

static void test_arena(void)
{
    carena *a = carena_new();
    char *s = carena_strndup(a, "hello world", 5);
    CHECK_STR(s, "hello");
    void *big = carena_alloc(a, 1 << 20); /* larger than a block */
    CHECK(big != NULL);
    CHECK(((uintptr_t)carena_alloc(a, 3) % sizeof(void *)) == 0);
    CHECK(carena_used(a) >= (1 << 20));
    carena_free(a);
    carena_free(NULL);
}

static void test_vec(void)
{
    VEC(int) v = {0};
    for (int i = 0; i < 1000; i++)
        CHECK(VEC_PUSH(&v, i) == 0);
    CHECK(v.n == 1000 && v.v[999] == 999);
    VEC_FREE(&v);
    CHECK(v.v == NULL && v.n == 0);
}

static void test_hmap(void)
{
    chmap *m = chmap_new();
    CHECK(chmap_intern(m, "alpha", 5) == 0);
    CHECK(chmap_intern(m, "beta", 4) == 1);
    CHECK(chmap_intern(m, "alpha", 5) == 0);
    char key[16];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        chmap_intern(m, key, (size_t)n);
    }
    CHECK(chmap_count(m) == 5002);
    uint32_t v = 0;
    CHECK(chmap_get(m, "k4999", 5, &v) && v == 5001);
    CHECK(!chmap_get(m, "nope", 4, NULL));
    size_t len;
    CHECK_STR(chmap_key(m, 1, &len), "beta");
    CHECK(chmap_set(m, "alpha", 5, 77) == 0 && chmap_get(m, "alpha", 5, &v) && v == 77);
    chmap_free(m);
    chmap_free(NULL);
}

static void test_clean(void)
{
    cbuf b = CBUF_INIT;
    size_t rep = 0;
    /* Latin-1 / Windows-1252 bytes: caf\xe9, \x93quoted\x94 */
    CHECK(cutf8_clean("caf\xe9 \x93q\x94", 8, &b, &rep) == 0);
    CHECK_STR(b.ptr, "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d");
    CHECK(rep == 3);
    cbuf_clear(&b);
    /* NFD e + combining acute becomes NFC; CR LF becomes LF; controls dropped */
    CHECK(cutf8_clean("e\xcc\x81\r\nx\x01y\x7f", 9, &b, &rep) == 0);
    CHECK_STR(b.ptr, "\xc3\xa9\nxy");
    CHECK(rep == 0);
    cbuf_clear(&b);
    /* A vertical tab or form feed separates words; a C1 control (U+0092, as
     * libxml2 decodes "&#146;") is the Windows-1252 character a browser shows. */
    CHECK(cutf8_clean("a\vb\fc don\xc2\x92t \xc2\x81x", 16, &b, &rep) == 0);
    CHECK_STR(b.ptr, "a b c don\xe2\x80\x99t x");
    cbuf_clear(&b);
    CHECK(cutf8_casefold("StraSSE \xc3\x89T\xc3\x89", 13, &b) == 0);
    CHECK_STR(b.ptr, "strasse \xc3\xa9t\xc3\xa9");
    cbuf_free(&b);
}

/* Words 0..n-1 of a made-up text: word i hashes to i + offset. */
static void words_sig(uint64_t from, size_t n, chorus_minhash *out)
{
    uint64_t w[400];
    for (size_t i = 0; i < n; i++)
        w[i] = chorus_hash_mix(from + i);
    uint64_t sh[400];
    chorus_minhash_of(sh, chorus_shingle_hashes(w, n, 5, sh), out);
}

/* The letter a capital is written on, for the initials of a name. */
static void test_capital_base(void)
{
    CHECK(cutf8_capital_base("Zola", 4) == 'z');
    CHECK(cutf8_capital_base("\xc3\x89mile", 6) == 'e'); /* E with acute */
    CHECK(cutf8_capital_base("\xc5\xbd", 2) == 'z');     /* Z with caron */
    CHECK(cutf8_capital_base("\xc3\xa9", 2) == 0);       /* e with acute: not a capital */
    CHECK(cutf8_capital_base("\xc3\x98", 2) == 0);       /* O with stroke: no base letter */
    CHECK(cutf8_capital_base("\xce\x91", 2) == 0);       /* Greek Alpha: not Latin */
    CHECK(cutf8_capital_base("\xc3", 1) == 0);            /* truncated */
    CHECK(cutf8_capital_base("of", 2) == 0 && cutf8_capital_base("", 0) == 0);
}

/* U+2019, the apostrophe of news text, only when all three bytes fit. */
static void test_rsquo(void)
{
    CHECK(cutf8_is_rsquo("\xe2\x80\x99s", 4) == 1);
    CHECK(cutf8_is_rsquo("\xe2\x80\x99", 3) == 1);
    CHECK(cutf8_is_rsquo("\xe2\x80\x99", 2) == 0);  /* cut short */
    CHECK(cutf8_is_rsquo("\xe2\x80\x9d", 3) == 0);  /* the right double mark */
    CHECK(cutf8_is_rsquo("'s", 2) == 0 && cutf8_is_rsquo("", 0) == 0);
}

/* A letter or number anywhere, in any script; punctuation, quotation marks
 * and symbols alone are none, and invalid bytes are skipped. */
static void test_has_word(void)
{
    CHECK(cutf8_has_word(", the", 5) == 1 && cutf8_has_word("  7 ", 4) == 1);
    CHECK(cutf8_has_word(" \xc3\xa9", 3) == 1);          /* e with acute */
    CHECK(cutf8_has_word("\xd0\xb4", 2) == 1);           /* Cyrillic de */
    CHECK(cutf8_has_word(".\xe2\x80\x9d ", 5) == 0);     /* stop, closing mark, space */
    CHECK(cutf8_has_word(" -- (\xe2\x80\x94) ", 9) == 0); /* dashes, brackets */
    CHECK(cutf8_has_word("\xff\xfe,", 3) == 0 && cutf8_has_word("", 0) == 0);
    CHECK(cutf8_has_word("\xc3\xa9", 1) == 0);           /* cut short */
    CHECK(cutf8_has_word(" \xe2\x9d\xa4\xef\xb8\x8f", 7) == 0); /* heart and its variation selector */
    CHECK(cutf8_has_word(" \xcc\x81.", 4) == 0);        /* a combining acute alone */
}

/* UTF-16 with its byte-order mark, either byte order, as UTF-8 after a
 * UTF-8 mark; a surrogate pair is one code point, an unpaired one and an
 * odd last byte U+FFFD; without the mark nothing is appended. */
static void test_utf16(void)
{
    cbuf b = CBUF_INIT;
    /* "An", e with acute, then U+1F600 as a pair, little-endian */
    CHECK(cutf16_to_utf8("\xff\xfe" "A\0n\0\xe9\0=\xd8\0\xde", 12, &b) == 1);
    CHECK(b.len == 11 && memcmp(b.ptr, "\xef\xbb\xbf" "An\xc3\xa9\xf0\x9f\x98\x80", 11) == 0);
    cbuf_clear(&b);
    CHECK(cutf16_to_utf8("\xfe\xff\0K\xd8\0\0x\0", 9, &b) == 1); /* big-endian, a lone high surrogate */
    CHECK(b.len == 11 && memcmp(b.ptr, "\xef\xbb\xbf" "K\xef\xbf\xbdx\xef\xbf\xbd", 11) == 0);
    cbuf_clear(&b);
    CHECK(cutf16_to_utf8("Tom Rudd", 8, &b) == 0 && b.len == 0);
    CHECK(cutf16_to_utf8("\xff", 1, &b) == 0 && cutf16_to_utf8(NULL, 0, &b) == 0 && b.len == 0);
    cbuf_free(&b);
}

static void test_minhash(void)
{
    chorus_minhash a, b, half, other, empty;
    words_sig(0, 400, &a);
    words_sig(0, 400, &b);
    words_sig(0, 200, &half);      /* the first half of a: a cut version */
    words_sig(100000, 400, &other); /* no word in common */
    words_sig(0, 0, &empty);
    CHECK(chorus_minhash_jaccard(&a, &b) == 1.0);
    CHECK(chorus_minhash_copies(&a, &b, 0.8, 20));
    double j = chorus_minhash_jaccard(&a, &half), c = chorus_minhash_containment(&a, &half);
    CHECK(j > 0.35 && j < 0.65); /* exactly 196/396 */
    CHECK(c > 0.85 && c <= 1.0);
    CHECK(chorus_minhash_copies(&a, &half, 0.8, 20));
    CHECK(!chorus_minhash_copies(&a, &half, 0.8, 500)); /* too short to count as contained */
    CHECK(chorus_minhash_jaccard(&a, &other) < 0.05);
    CHECK(!chorus_minhash_copies(&a, &other, 0.8, 20));
    CHECK(empty.nshingles == 0 && chorus_minhash_jaccard(&a, &empty) == 0);
    CHECK(!chorus_minhash_copies(&empty, &empty, 0.8, 0));

    /* the exact sets: a's first half is 196 of a's 396 shingles */
    uint64_t w[400], sa[400], sh[400], rep[400];
    for (size_t i = 0; i < 400; i++)
        w[i] = chorus_hash_mix(i);
    size_t na = chorus_shingle_set(sa, chorus_shingle_hashes(w, 400, 5, sa));
    size_t nh = chorus_shingle_set(sh, chorus_shingle_hashes(w, 200, 5, sh));
    double jac, cont;
    chorus_shingle_overlap(sa, na, sh, nh, &jac, &cont);
    CHECK(na == 396 && nh == 196 && jac == 196.0 / 396.0 && cont == 1.0);
    chorus_minhash fromset;
    chorus_minhash_of(sa, na, &fromset);
    CHECK(memcmp(fromset.h, a.h, sizeof a.h) == 0); /* the same signature either way */
    for (size_t i = 0; i < 400; i++)
        w[i] = 7; /* one word repeated: one distinct shingle */
    CHECK(chorus_shingle_set(rep, chorus_shingle_hashes(w, 400, 5, rep)) == 1);
    CHECK(chorus_shingle_hashes(w, 3, 5, rep) == 1 && chorus_shingle_hashes(w, 0, 5, rep) == 0);
    chorus_shingle_overlap(sa, na, rep, 0, &jac, &cont);
    CHECK(jac == 0 && cont == 0);

    /* bands: two short texts (25 words) one word apart leave most bins
     * empty, yet share a band; a text with no word in common shares none */
    chorus_minhash s1, s2, s3;
    uint64_t x[25];
    for (size_t i = 0; i < 25; i++)
        x[i] = chorus_hash_mix(7000 + i);
    uint64_t xs[25];
    chorus_minhash_of(xs, chorus_shingle_hashes(x, 25, 5, xs), &s1);
    x[12] = chorus_hash_mix(99999);
    chorus_minhash_of(xs, chorus_shingle_hashes(x, 25, 5, xs), &s2);
    words_sig(50000, 25, &s3);
    size_t shared12 = 0, shared13 = 0;
    for (size_t k = 0; k < CHORUS_MINHASH_BANDS; k++) {
        uint64_t k1 = chorus_minhash_band(&s1, k);
        shared12 += k1 && k1 == chorus_minhash_band(&s2, k);
        shared13 += k1 && k1 == chorus_minhash_band(&s3, k);
    }
    CHECK(shared12 > 0 && shared13 == 0);
    CHECK(chorus_minhash_band(&empty, 0) == 0 && chorus_minhash_band(&empty, CHORUS_MINHASH_BANDS - 1) == 0);
}

static void count_visit(void *ctx, uint32_t id) { ((uint32_t *)ctx)[id]++; }

/* The ids filed under a text's bands are each visited once, newest first,
 * at most chain_max per band; an unrelated text is never visited. */
static void test_candidates(void)
{
    chorus_minhash a, other;
    words_sig(0, 400, &a);
    words_sig(100000, 400, &other);
    chorus_postings p;
    CHECK(chorus_postings_init(&p) == 0);
    CHECK(chorus_minhash_file(&p, &a, 0) == 0 && chorus_minhash_file(&p, &other, 1) == 0 &&
          chorus_minhash_file(&p, &a, 2) == 0);
    uint32_t seen[3] = {0}, visits[3] = {0};
    chorus_minhash_candidates(&p, &a, 8, seen, 1, count_visit, visits);
    CHECK(visits[0] == 1 && visits[1] == 0 && visits[2] == 1 && seen[0] == 1 && seen[2] == 1);
    chorus_minhash_candidates(&p, &a, 8, seen, 1, count_visit, visits); /* same stamp: nothing new */
    CHECK(visits[0] == 1 && visits[2] == 1);
    uint32_t seen1[3] = {0}, visits1[3] = {0};
    chorus_minhash_candidates(&p, &a, 1, seen1, 1, count_visit, visits1); /* only the newest per band */
    CHECK(visits1[0] == 0 && visits1[2] == 1);
    chorus_postings_free(&p);
}

static void test_postings(void)
{
    chorus_postings p;
    CHECK(chorus_postings_init(&p) == 0);
    CHECK(chorus_postings_first(&p, 42) == CHORUS_POSTINGS_END);
    CHECK(chorus_postings_add(&p, 42, 1) == 0 && chorus_postings_add(&p, 7, 2) == 0 &&
          chorus_postings_add(&p, 42, 3) == 0);
    uint32_t i = chorus_postings_first(&p, 42); /* newest first */
    CHECK(i != CHORUS_POSTINGS_END && p.v.v[i].id == 3);
    i = p.v.v[i].next;
    CHECK(i != CHORUS_POSTINGS_END && p.v.v[i].id == 1 && p.v.v[i].next == CHORUS_POSTINGS_END);
    chorus_postings_free(&p);
    chorus_postings_free(&p); /* twice is harmless */
}

static void test_dates(void)
{
    char d[11];
    CHECK(cdate_norm("2019-11-19T13:03:00.000Z", d) == 0 && strcmp(d, "2019-11-19") == 0);
    CHECK(cdate_norm("Nov. 19, 2019 8:03 am ET", d) == 0 && strcmp(d, "2019-11-19") == 0);
    CHECK(cdate_norm("Tuesday, 5 March 2024", d) == 0 && strcmp(d, "2024-03-05") == 0);
    CHECK(cdate_norm("Fri 6:45 PM, Feb 16, 2018", d) == 0 && strcmp(d, "2018-02-16") == 0);
    CHECK(cdate_norm("Mon, 18 Nov 2019 16:07:38 -0600", d) == 0 && strcmp(d, "2019-11-18") == 0);
    CHECK(cdate_norm("Market report", d) < 0);
    CHECK(cdate_norm("", d) < 0);
    /* regression (fuzz_html): a short value with a slash was read past its
     * end (heap copy so ASan sees the end) */
    char *short_date = strdup("4/1");
    CHECK(short_date && cdate_norm(short_date, d) < 0);
    free(short_date);
    CHECK(cdate_norm("2019/11/5", d) == 0 && strcmp(d, "2019-11-05") == 0);
    CHECK(cdate_norm("2019.11.19", d) == 0 && strcmp(d, "2019-11-19") == 0);
    /* corpora and feeds: LDC ids' and TDT's forms, day-first numerals */
    CHECK(cdate_norm("19981016", d) == 0 && strcmp(d, "1998-10-16") == 0);
    CHECK(cdate_norm("10/16/1998 07:36:00", d) == 0 && strcmp(d, "1998-10-16") == 0);
    CHECK(cdate_norm("16/10/1998", d) == 0 && strcmp(d, "1998-10-16") == 0);
    CHECK(cdate_norm("16.10.1998", d) == 0 && strcmp(d, "1998-10-16") == 0);
    CHECK(cdate_norm("5/6/1998", d) == 0 && strcmp(d, "1998-05-06") == 0); /* month first */
    CHECK(cdate_norm("Oct 16, 1998", d) == 0 && strcmp(d, "1998-10-16") == 0);
    CHECK(cdate_norm("199810161", d) < 0);  /* nine digits */
    CHECK(cdate_norm("13/13/1998", d) < 0); /* no thirteenth month */
    CHECK(cdate_norm("1998", d) < 0);       /* a year alone */
    CHECK(cdate_norm("1998-10", d) < 0);
    char *short_num = strdup("10/16/19");  /* heap copy so ASan sees the end */
    CHECK(short_num && cdate_norm(short_num, d) < 0);
    free(short_num);
    /* a month and a day of one digit ("1999-1-5" was the year alone) */
    CHECK(cdate_norm("2019-1-5", d) == 0 && strcmp(d, "2019-01-05") == 0);
    CHECK(cdate_norm("1999/1/05", d) == 0 && strcmp(d, "1999-01-05") == 0);
    char *short_iso = strdup("2019-1"); /* heap copy so ASan sees the end */
    CHECK(short_iso && cdate_norm(short_iso, d) < 0);
    free(short_iso);
    int y = 0, mo = 0, dd = 0;
    CHECK(cdate_iso("1999-1-5", &y, &mo, &dd) == 1 && y == 1999 && mo == 1 && dd == 5);
    CHECK(cdate_iso("1999-01-5T10:00", &y, &mo, &dd) == 1 && mo == 1 && dd == 5);
    CHECK(cdate_iso("1999-1", &y, &mo, &dd) == 1 && mo == 1 && dd == 0);
    CHECK(cdate_iso("2026-03-14T09:00:00Z", &y, &mo, &dd) == 1 && mo == 3 && dd == 14);
    /* a date that was not read gives no year either (it gave the date line's) */
    CHECK(cdate_iso("1999 spring", &y, &mo, &dd) == 0);
    CHECK(cdate_iso("1999/13/45", &y, &mo, &dd) == 0);
    CHECK(cdate_iso("9999-12-31", &y, &mo, &dd) == 0 && cdate_iso("1999-2-29", &y, &mo, &dd) == 0);
    CHECK_STR(cdate_month_name(1), "January");
    CHECK_STR(cdate_month_name(12), "December");
    CHECK(cdate_month_name(0) == NULL && cdate_month_name(13) == NULL);
}

/* Sorted by key, equal keys in their first order (val is the original
 * index), and every index once. */
static int kv_sorted_stably(const chorus_kv *v, size_t n)
{
    unsigned char *seen = calloc(n ? n : 1, 1);
    int ok = seen != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        ok = v[i].val < n && !seen[v[i].val];
        if (ok)
            seen[v[i].val] = 1;
        if (ok && i > 0)
            ok = v[i - 1].key < v[i].key || (v[i - 1].key == v[i].key && v[i - 1].val < v[i].val);
    }
    free(seen);
    return ok;
}

static void test_kv_sort(void)
{
    enum { N = 5000 };
    chorus_kv *v = malloc(N * sizeof(*v));
    CHECK(v != NULL);
    if (!v)
        return;
    /* concept keys as the summarizer makes them: bigrams (t1 << 32 | t2)
     * and words (all high bits set), from a small vocabulary so that keys
     * repeat and high bytes are shared */
    uint64_t r = 12345;
    for (size_t i = 0; i < N; i++) {
        r = r * 6364136223846793005u + 1442695040888963407u;
        uint64_t t1 = (r >> 20) % 300, t2 = (r >> 40) % 70000;
        v[i] = (chorus_kv){(r >> 33) % 3 == 0 ? (0xFFFFFFFFull << 32) | t2 : (t1 << 32) | t2, i};
    }
    CHECK(chorus_kv_sort(v, N) == 0 && kv_sorted_stably(v, N));
    for (size_t i = 0; i < N; i++) /* one key: every pass skipped */
        v[i] = (chorus_kv){42, i};
    CHECK(chorus_kv_sort(v, N) == 0 && kv_sorted_stably(v, N));
    for (size_t i = 0; i < N; i++) /* descending; no byte is shared by all keys, so no pass is skipped */
        v[i] = (chorus_kv){UINT64_MAX - i * (UINT64_MAX / N), i};
    CHECK(chorus_kv_sort(v, N) == 0 && kv_sorted_stably(v, N));
    CHECK(v[0].val == N - 1);
    v[0] = (chorus_kv){7, 0};
    CHECK(chorus_kv_sort(v, 1) == 0 && v[0].key == 7);
    CHECK(chorus_kv_sort(NULL, 0) == 0);
    free(v);
}

int main(void)
{
    test_capital_base();
    test_rsquo();
    test_has_word();
    test_utf16();
    test_kv_sort();
    test_dates();
    test_buf();
    test_arena();
    test_vec();
    test_hmap();
    test_postings();
    test_clean();
    test_minhash();
    test_candidates();
    return check_report("test_util");
}
