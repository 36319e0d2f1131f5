#!/usr/bin/env bash
# Makes the AppStream screenshots (resources/linux/…metainfo.xml) with FunnelDesk itself: the demo
# office in zh_CN, each page through `funneldesk --screenshot`, headless, signed in as a sales manager
# (whom the board, funnel and forecast are for; the status bar names them). Run after a change that
# shows: resources/screenshots/make-screenshots.sh [BUILD_DIR] (default: build-release).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:-$here/../../build-release}")
source "$here/scratch-demo-office.sh"
# The forecast computes in the background for a few seconds (longer in a Debug build).
for shot in kanban:3000 funnel:3000 forecast:20000; do
    page=${shot%%:*}
    "$build/app/funneldesk" --language zh_CN --page "$page" --user "$(login_of manager)" \
        --screenshot "$here/$page.png" --screenshot-delay "${shot##*:}" "$demo"
done
