#!/usr/bin/env bash
# Sets up, builds and runs every test (Catch2 through CTest). No display is needed:
# widget tests use Qt's offscreen platform. Compiler warnings are errors here
# (FD_WARNINGS_AS_ERRORS, cmake/CompilerFlags.cmake), and the "format" test checks the
# sources against .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/setup.sh
jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFD_BUILD_TESTS=ON -DFD_WARNINGS_AS_ERRORS=ON
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 300

# The CSV and XLSX readers under libFuzzer (address + undefined sanitizers) for a bounded
# time. Only the fuzz targets are built with clang; everything else was tested above.
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFD_FUZZ=ON -DFD_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build-fuzz --target csv_fuzzer xlsx_fuzzer -j"$jobs"
ctest --test-dir build-fuzz -R '_fuzzer$' --output-on-failure
