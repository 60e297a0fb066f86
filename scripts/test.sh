#!/usr/bin/env bash
# Build chorus and run the whole test suite: a warnings-as-errors release
# build, then an AddressSanitizer + UndefinedBehaviorSanitizer build
# with gcc and, where clang is installed, the same with clang: their
# sanitizers check different things (clang's flags NULL + 0, which gcc's
# does not), and clang warns where gcc does not.
# Usage: scripts/test.sh [--quick]   (--quick skips the sanitizer builds)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCHORUS_WERROR=ON > /dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

if [ "${1:-}" != "--quick" ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCHORUS_WERROR=ON -DCHORUS_SANITIZE=ON > /dev/null
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
  # clang needs its sanitizer runtime (libclang-rt) to link; probe for it.
  if command -v clang > /dev/null &&
     echo 'int main(void){return 0;}' | clang -x c -fsanitize=address,undefined -o /dev/null - 2> /dev/null; then
    CC=clang cmake -S . -B build-clang -DCMAKE_BUILD_TYPE=Debug -DCHORUS_WERROR=ON -DCHORUS_SANITIZE=ON > /dev/null
    cmake --build build-clang -j"$jobs"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --test-dir build-clang --output-on-failure -j"$jobs"
  else
    echo "test.sh: no clang with sanitizer runtimes; the clang sanitizer build is skipped" >&2
  fi
fi
