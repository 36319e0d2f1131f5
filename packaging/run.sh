#!/usr/bin/env bash
# Sets up, builds and starts FunnelDesk on its embedded SQLite database
# (the first start offers the demo office). Extra arguments go to funneldesk,
# e.g. packaging/run.sh --db /tmp/office.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/setup.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DFD_BUILD_TESTS=OFF
cmake --build build-release --target funneldesk funneldesk-cli -j"$(nproc)"
exec build-release/app/funneldesk "$@"
