#!/usr/bin/env bash
# The weekly-report examples (resources/examples) do what they say, with this build's program:
#   check-examples.sh FUNNELDESK_CLI RESOURCES_DIR
# - the systemd units pass `systemd-analyze verify` without a warning (when systemd is there);
# - the service's ExecStart line, run as written (%h = a scratch home, the desktop's default
#   database), writes last week's report to ~/FunnelDesk/reports/weekly-<ISO week>.pdf;
# - the Task Scheduler task is well-formed XML that runs funneldesk-cli every Monday, and its
#   arguments (%USERPROFILE% = the scratch home) write the same report.
set -euo pipefail
cli=$(realpath "$1")
examples="$2/examples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "check-examples: FAIL: $*" >&2
    exit 1
}
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY
last_week=$(date -u -d '7 days ago' +%G-W%V)
# The desktop's default database (what the examples read without --db): a small demo office.
"$cli" demo --seed 11 --opportunities 40 >"$work/demo.out" 2>&1 || { cat "$work/demo.out" >&2; fail "demo"; }

service="$examples/systemd/funneldesk-weekly-report.service"
timer="$examples/systemd/funneldesk-weekly-report.timer"
grep -qx 'OnCalendar=Mon \*-\*-\* 07:00:00' "$timer" || fail "the timer does not run on Monday mornings"
if command -v systemd-analyze >/dev/null; then
    mkdir -p "$work/units"
    sed "s|/usr/bin/funneldesk-cli|$cli|" "$service" >"$work/units/$(basename "$service")"
    cp "$timer" "$work/units/"
    (cd "$work/units" && systemd-analyze verify "$(basename "$timer")" "$(basename "$service")") >"$work/verify.log" 2>&1 \
        || { cat "$work/verify.log" >&2; fail "systemd-analyze verify"; }
    [ ! -s "$work/verify.log" ] || { cat "$work/verify.log" >&2; fail "systemd-analyze verify warns"; }
    echo "check-examples: systemd-analyze verify: clean"
else
    echo "check-examples: no systemd-analyze here; the units are checked by running their command only"
fi

# ExecStart as systemd runs it: %h is the home folder; no shell, so the words split on spaces.
exec_start=$(sed -n 's/^ExecStart=//p' "$service")
[ "${exec_start%% *}" = /usr/bin/funneldesk-cli ] || fail "ExecStart does not run /usr/bin/funneldesk-cli"
read -r -a words <<<"${exec_start//%h/$HOME}"
"$cli" "${words[@]:1}" >"$work/systemd.out" 2>&1 || { cat "$work/systemd.out" >&2; fail "the service's command failed"; }
pdf="$HOME/FunnelDesk/reports/weekly-$last_week.pdf"
[ "$(head -c 5 "$pdf" 2>/dev/null)" = "%PDF-" ] || fail "the service's command did not write $pdf: $(cat "$work/systemd.out")"
echo "check-examples: the service's command wrote $(basename "$pdf")"

task="$examples/windows/funneldesk-weekly-report.xml"
xpath() { xmllint --xpath "string(//*[local-name()='$1'])" "$task"; }
xmllint --noout "$task" || fail "the Task Scheduler task is not well-formed XML"
[ "$(xpath Command)" = '%ProgramFiles%\FunnelDesk\bin\funneldesk-cli.exe' ] || fail "the task does not run funneldesk-cli.exe"
xmllint --xpath "//*[local-name()='DaysOfWeek']/*[local-name()='Monday']" "$task" >/dev/null || fail "the task does not run on Mondays"
# The arguments as Windows splits them (double quotes group), with a Linux home for %USERPROFILE%.
arguments=$(xpath Arguments | sed "s|%USERPROFILE%|$HOME/win|; s|\\\\|/|g")
eval "words=($arguments)"
"$cli" "${words[@]}" >"$work/task.out" 2>&1 || { cat "$work/task.out" >&2; fail "the task's arguments failed"; }
pdf="$HOME/win/Documents/FunnelDesk/reports/weekly-$last_week.pdf"
[ "$(head -c 5 "$pdf" 2>/dev/null)" = "%PDF-" ] || fail "the task's arguments did not write $pdf: $(cat "$work/task.out")"
echo "check-examples: the task's arguments wrote $(basename "$pdf")"
