#!/bin/sh
# The whole test suite, as CI runs it (after packaging/debian-deps.sh --test):
#  1. builds the project in build/ and runs its ctest suite;
#  2. builds it again with clang under AddressSanitizer and UndefinedBehaviorSanitizer, with the
#     fuzz targets, in build-asan/, and runs the same suite there.
# The plain suite spends most of its time waiting (Redmine, LibreOffice, Xvfb, fault timeouts),
# so the sanitizer tree builds meanwhile, at the lowest CPU priority: the tests keep the
# processor whenever they need it, and their timings stay as they are when run alone.
# Exits non-zero at the first failure; a failed sanitizer build prints its log.
set -eu
cd "$(dirname "$0")/.."

cmake -S . -B build -G Ninja -DSPRINTDECK_WERROR=ON
cmake --build build
cmake -S . -B build-asan -G Ninja -DSPRINTDECK_WERROR=ON -DCMAKE_CXX_COMPILER=clang++ \
  -DSPRINTDECK_SANITIZE=ON -DSPRINTDECK_FUZZ=ON -DSPRINTDECK_BUILD_BENCHMARKS=OFF

echo "Building build-asan in the background while the plain suite runs (build-asan/build.log)"
nice -n 19 ninja -C build-asan > build-asan/build.log 2>&1 &
asan_build=$!
if ! ctest --test-dir build --output-on-failure -j3; then
  kill "$asan_build" 2>/dev/null || true
  wait "$asan_build" 2>/dev/null || true
  exit 1
fi
if ! wait "$asan_build"; then
  cat build-asan/build.log
  echo "The sanitizer build failed (log above)." >&2
  exit 1
fi
tail -n 1 build-asan/build.log

ctest --test-dir build-asan --output-on-failure -j3
