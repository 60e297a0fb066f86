# cmake --install puts the command, the libraries, the header, the data and a
# pkg-config file in place, and a program built with pkg-config links and runs.
# Run as: bash install.sh <build dir> <source dir>
set -u
BUILD=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL $1"; exit 1; }

cmake --install "$BUILD" --prefix "$TMP/prefix" > "$TMP/log" 2>&1 || { cat "$TMP/log"; fail "cmake --install"; }
P=$TMP/prefix
LIBDIR=$(ls -d "$P"/lib* | head -n1)
for f in bin/chorus include/chorus.h; do
  [ -f "$P/$f" ] || fail "installed $f"
done
[ -f "$LIBDIR/libchorus.a" ] || fail "installed static library"
ls "$LIBDIR"/libchorus.so* > /dev/null 2>&1 || fail "installed shared library"
PC=$(find "$P" -name chorus.pc | head -n1)
[ -n "$PC" ] || fail "installed chorus.pc"
[ -d "$P/share/chorus" ] || fail "installed data directory"
"$P/bin/chorus" --version | grep -q '^chorus ' || fail "installed command runs"

cat > "$TMP/use.c" <<'C'
#include <chorus.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    const char *text = "The ferry left at 4 a.m. on Monday. It reached the island by noon.";
    chorus_ctx *ctx = chorus_ctx_new();
    chorus_span *spans = NULL;
    size_t n = 0;
    if (!ctx || chorus_segment(ctx, text, strlen(text), NULL, &spans, &n) != 0) return 1;
    printf("%zu\n", n);
    chorus_free(spans);
    chorus_ctx_free(ctx);
    return 0;
}
C
export PKG_CONFIG_PATH="$(dirname "$PC")"
# Rewrite the prefix the .pc file was configured with to the temporary one.
sed -i "s|^prefix=.*|prefix=$P|" "$PC"
cc -std=c11 -o "$TMP/use" "$TMP/use.c" $(pkg-config --cflags --libs chorus) || fail "compile with pkg-config (shared)"
out=$(LD_LIBRARY_PATH="$LIBDIR" "$TMP/use") || fail "run against the shared library"
[ "$out" = "2" ] || fail "shared library program printed '$out', expected 2"
# Our library statically, its dependencies as the system's shared libraries.
cc -std=c11 -o "$TMP/use_static" "$TMP/use.c" $(pkg-config --cflags chorus) "$LIBDIR/libchorus.a" \
  $(pkg-config --libs jansson libutf8proc libxml-2.0 libcurl) -lstemmer -lglpk -lm \
  || fail "compile against the static library"
out=$("$TMP/use_static") || fail "run the static program"
[ "$out" = "2" ] || fail "static program printed '$out', expected 2"
echo "install: ok"
