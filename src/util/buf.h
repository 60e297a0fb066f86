/* Growable byte buffer. Always NUL-terminated after the first write. */
#ifndef CHORUS_UTIL_BUF_H
#define CHORUS_UTIL_BUF_H
#include <stdarg.h>
#include <stddef.h>

typedef struct cbuf {
    char *ptr;
    size_t len;
    size_t cap;
} cbuf;

#define CBUF_INIT {NULL, 0, 0}

/* All return 0 or -1 when out of memory (the buffer is left valid). */
int cbuf_grow(cbuf *b, size_t extra);
int cbuf_put(cbuf *b, const char *s, size_t n);
int cbuf_puts(cbuf *b, const char *s);
int cbuf_putc(cbuf *b, char c);
int cbuf_printf(cbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int cbuf_vprintf(cbuf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
void cbuf_clear(cbuf *b);
/* Hands the storage to the caller (who frees it); the buffer becomes empty. */
char *cbuf_detach(cbuf *b);
void cbuf_free(cbuf *b);

#endif
