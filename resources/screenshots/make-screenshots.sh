#!/usr/bin/env bash
# Makes the AppStream screenshots (resources/linux/…metainfo.xml) with FunnelDesk itself: the demo
# office in zh_CN, each page through `funneldesk --screenshot`, headless. Run after a change that
# shows: resources/screenshots/make-screenshots.sh [BUILD_DIR] (default: build-release).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:-$here/../../build-release}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A scratch home: no settings of the person running it (window size, language) get in.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
"$build/app/funneldesk-cli" --db "$work/demo.funneldesk" demo --seed 11 --today 2026-12-01 >/dev/null
# The forecast computes in the background for a few seconds (longer in a Debug build).
for shot in kanban:3000 funnel:3000 forecast:20000; do
    page=${shot%%:*}
    "$build/app/funneldesk" --language zh_CN --page "$page" --screenshot "$here/$page.png" \
        --screenshot-delay "${shot##*:}" "$work/demo.funneldesk"
done
