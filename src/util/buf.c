#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cbuf_grow(cbuf *b, size_t extra)
{
    if (extra > (size_t)-1 / 2 - b->len)
        return -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->ptr, cap);
    if (!p)
        return -1;
    b->ptr = p;
    b->cap = cap;
    return 0;
}

int cbuf_put(cbuf *b, const char *s, size_t n)
{
    if (cbuf_grow(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return 0;
}

int cbuf_puts(cbuf *b, const char *s) { return cbuf_put(b, s, strlen(s)); }

int cbuf_putc(cbuf *b, char c)
{
    /* Byte-at-a-time writers call this in their inner loop: skip the
     * general growth check when there is room for the byte and the NUL. */
    if (b->len + 2 > b->cap && cbuf_grow(b, 1) < 0)
        return -1;
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
    return 0;
}

int cbuf_vprintf(cbuf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0 || cbuf_grow(b, (size_t)n) < 0)
        return -1;
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int cbuf_printf(cbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = cbuf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

void cbuf_clear(cbuf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

char *cbuf_detach(cbuf *b)
{
    char *p = b->ptr;
    if (!p)
        p = calloc(1, 1);
    b->ptr = NULL;
    b->len = b->cap = 0;
    return p;
}

void cbuf_free(cbuf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}
