#!/usr/bin/env bash
# Sets up, builds and runs every test (Catch2 through CTest). No display is needed:
# widget tests use Qt's offscreen platform, PostgreSQL tests start their own server.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/setup.sh
jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFD_BUILD_TESTS=ON
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 300
