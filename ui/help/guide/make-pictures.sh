#!/usr/bin/env bash
# Makes the user guide's pictures with FunnelDesk itself: the demo office, each page through
# `funneldesk --screenshot`, headless, in zh_CN, zh_TW and English (the window's 1280 × 800, shown
# at half size in the guide), each signed in as the role its section is about: a rep on the board,
# a manager on the forecast, finance on the contracts, the administrator in the settings. They are
# checked in rather than made at build time, so that a build needs no demo office (about a minute
# to generate), display platform or CJK font. The delay lets the forecast finish computing on a
# busy machine. Run after a change that shows:
#   ui/help/guide/make-pictures.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:-$here/../../../build}")
source "$here/../../../resources/screenshots/scratch-demo-office.sh"
declare -A role=([kanban]=rep [forecast]=manager [contracts]=finance [settings]=admin)
for language in zh_CN zh_TW en; do
    for page in kanban forecast contracts settings; do
        out="$here/pictures/${page}_${language}.png"
        "$build/app/funneldesk" --db "$demo" --language "$language" --page "$page" \
            --user "$(login_of "${role[$page]}")" --screenshot "$out" --screenshot-delay 12000 >/dev/null
    done
done
