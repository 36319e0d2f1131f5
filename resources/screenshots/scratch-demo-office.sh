# Sourced by the scripts that make pictures with FunnelDesk itself (make-screenshots.sh here,
# ui/help/guide/make-pictures.sh): a scratch home, so that no settings of the person running it
# (window size, language) get in, and the demo office they all show, the same one each time.
# Needs $build (the build folder); sets $work (removed on exit) and $demo (the office's file).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
demo="$work/demo.sqlite"
"$build/app/funneldesk-cli" --db "$demo" demo --seed 11 --today 2026-12-01 >/dev/null
