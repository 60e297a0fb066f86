#include "util/file.h"

#include <string.h>
#include <sys/stat.h>

int cfile_read_stream(FILE *f, cbuf *out)
{
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (cbuf_put(out, chunk, k) < 0)
            return -2;
    return ferror(f) ? -1 : 0;
}

/* Opening bytes of files that are never text: PDF, PNG, GIF, JPEG, ZIP
 * (and so DOCX, EPUB), gzip, ELF. A PDF whose first 8 KiB hold no NUL
 * byte came out as garbage text. */
static const struct {
    const char *magic;
    size_t n;
} signatures[] = {
    {"%PDF-", 5}, {"\x89PNG\r\n", 6}, {"GIF87a", 6}, {"GIF89a", 6}, {"\xFF\xD8\xFF", 3},
    {"PK\x03\x04", 4}, {"\x1F\x8B", 2}, {"\x7F" "ELF", 4},
};

int cfile_binary(const char *b, size_t n)
{
    if (!b)
        return 0;
    for (size_t i = 0; i < sizeof signatures / sizeof signatures[0]; i++)
        if (n >= signatures[i].n && memcmp(b, signatures[i].magic, signatures[i].n) == 0)
            return 1;
    return memchr(b, 0, n < 8192 ? n : 8192) != NULL;
}

int cfile_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int cfile_is_pipe(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISCHR(st.st_mode));
}

int cfile_read(const char *path, cbuf *out)
{
    if (cfile_is_dir(path))
        return -4;
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    int rc = cfile_read_stream(f, out);
    fclose(f);
    return rc == -1 ? -3 : rc;
}
