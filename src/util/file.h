/* Reading whole files and streams. */
#ifndef CHORUS_UTIL_FILE_H
#define CHORUS_UTIL_FILE_H
#include <stdio.h>

#include "util/buf.h"

/* Appends all of f to out. Returns 0, -1 on read error, -2 when out of memory. */
int cfile_read_stream(FILE *f, cbuf *out);
/* Reads a whole file; returns 0, or -errno style codes: -1 cannot open,
 * -2 out of memory, -3 read error, -4 it is a directory. */
int cfile_read(const char *path, cbuf *out);
/* 1 when b looks binary: it opens as a PDF, image, archive or program
 * does, or has a NUL byte in its first 8 KiB (text files, web pages and
 * JSON have none, outside UTF-16). */
int cfile_binary(const char *b, size_t n);
/* 1 when path is a directory. */
int cfile_is_dir(const char *path);
/* 1 when path is a pipe, FIFO, socket or character device ("<(cmd)",
 * /dev/stdin): it cannot be read twice. */
int cfile_is_pipe(const char *path);

#endif
