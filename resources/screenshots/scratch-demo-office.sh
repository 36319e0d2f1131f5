# Sourced by the scripts that make pictures with FunnelDesk itself (make-screenshots.sh here,
# ui/help/guide/make-pictures.sh): a scratch home, so that no settings of the person running it
# (window size, language) get in, and the demo office they all show, the same one each time.
# Needs $build (the build folder); sets $work (removed on exit) and $demo (the office's file), and
# login_of ROLE: the login of the office's first active person with that role, to sign in as.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
demo="$work/demo.sqlite"
"$build/app/funneldesk-cli" --db "$demo" demo --seed 11 --today 2026-12-01 >/dev/null
# Every person of the demo office has the demo password (README, "Demo office").
export FD_PASSWORD=demo1234
"$build/app/funneldesk-cli" --db "$demo" user list --json >"$work/users.json"
login_of() {
    python3 -c 'import json, sys
print(next(u["login"] for u in json.load(open(sys.argv[1])) if u["role"] == sys.argv[2] and u["active"]))' \
        "$work/users.json" "$1"
}
