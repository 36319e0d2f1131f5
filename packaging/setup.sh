#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages FunnelDesk needs to build, run and test.
# Idempotent: when everything is present it only runs dpkg-query (well under a second).
# Works as root, or as a user with sudo. Usage: packaging/setup.sh [--dry-run]
set -euo pipefail

# Build and run.
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    libxlsxwriter-dev libminizip-dev libsqlite3-dev libsodium-dev
    fonts-wqy-microhei
)
# Tests, benchmarks and headless use (Xvfb for the GUI on a machine with no display).
# clang and its runtime build the libFuzzer target of the CSV reader; clang-format checks
# that the sources are formatted (the "format" test). The package checks (tests/packaging,
# packaging/check-package.sh) build the .deb (dpkg-dev: dpkg-shlibdeps) and read it with
# lintian, desktop-file-utils, appstream and shared-mime-info; systemd-analyze (systemd) and
# xmllint (libxml2-utils) check the scheduled-report examples; makensis (nsis) compiles the
# Windows installer's script.
TEST_PACKAGES=(
    catch2 xvfb xauth poppler-utils postgresql sqlite3 xlsx2csv
    clang libclang-rt-14-dev clang-format
    dpkg-dev lintian desktop-file-utils appstream shared-mime-info libxml2-utils systemd nsis
)

wanted=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}")
missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#wanted[@]} packages are installed"
    exit 0
fi

echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
if [ "${1:-}" = "--dry-run" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done"
