#!/usr/bin/env bash
# Makes the user guide's pictures with FunnelDesk itself: the demo office, each page through
# `funneldesk --screenshot`, headless, in zh_CN and English (the window's 1280 × 800, shown at half
# size in the guide). They are checked in rather than made at build time, so that a build needs no
# demo office (about a minute to generate), display platform or CJK font. The delay lets the forecast
# finish computing on a busy machine. Run after a change that shows:
#   ui/help/guide/make-pictures.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:-$here/../../../build}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A scratch home: no settings of the person running it (window size, language) get in.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
"$build/app/funneldesk-cli" --db "$work/demo.sqlite" demo --seed 11 --today 2026-12-01 >/dev/null
for language in zh_CN en; do
    for page in kanban forecast contracts settings; do
        out="$here/pictures/${page}_${language}.png"
        "$build/app/funneldesk" --db "$work/demo.sqlite" --language "$language" --page "$page" \
            --screenshot "$out" --screenshot-delay 12000 >/dev/null
    done
done
