#!/usr/bin/env bash
# Checks FunnelDesk's Debian package as someone installing it would meet it:
#   packaging/check-package.sh BUILD_DIR
# makes the package of BUILD_DIR with CPack (cmake/Packaging.cmake), runs lintian (no errors),
# checks its contents, unpacks it into a scratch root (dpkg-deb -x, nothing installed) and runs
# from there: both programs' --version, a weekly report and a headless screenshot in zh_CN whose
# translations must come from the scratch root, the desktop file, metainfo and MIME type through
# their validators, and the example systemd units. The "package" CTest test runs it on the test
# build; run it on build-release for the package you ship.
set -euo pipefail

build=$(realpath "${1:?usage: check-package.sh BUILD_DIR}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}
for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || fail "$tool is missing (packaging/setup.sh installs it)"
done

# --- the package ---
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack"
fi
deb=$(find "$work/out" -maxdepth 1 -name "funneldesk_*_$(dpkg --print-architecture).deb")
[ -n "$deb" ] || fail "no funneldesk_<version>_$(dpkg --print-architecture).deb in $(ls "$work/out")"
version=$(dpkg-deb -f "$deb" Version)
echo "check-package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
echo "check-package: Depends: $(dpkg-deb -f "$deb" Depends)"
echo "check-package: Recommends: $(dpkg-deb -f "$deb" Recommends)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends lacks the Qt libraries (shlibdeps)"

# --- lintian: no errors (warnings and notes are printed) ---
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || {
    cat "$work/lintian.log" >&2
    fail "lintian reports errors"
}
echo "check-package: lintian: $(grep -c '^E:' "$work/lintian.log" || true) errors, $(grep -c '^W:' "$work/lintian.log" || true) warnings"
sed 's/^/  /' "$work/lintian.log"
# Warnings that once were and must not come back: the manual pages (resources/man) and their
# contents as man reads them.
if grep -E 'no-manual-page|manpage-has-|groff-message|bad-whatis' "$work/lintian.log"; then
    fail "lintian warns about the manual pages"
fi

# --- contents ---
id=io.github.funneldesk.FunnelDesk
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
expected=(
    /usr/bin/funneldesk /usr/bin/funneldesk-cli
    /usr/share/funneldesk/translations/funneldesk_zh_CN.qm /usr/share/funneldesk/translations/funneldesk_zh_TW.qm
    "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml" "/usr/share/mime/packages/$id.xml"
    "/usr/share/icons/hicolor/scalable/apps/$id.svg"
    /usr/share/doc/funneldesk/copyright /usr/share/doc/funneldesk/changelog.gz
    /usr/share/man/man1/funneldesk.1.gz /usr/share/man/man1/funneldesk-cli.1.gz
    /usr/share/doc/funneldesk/guide/guide_zh_TW.html
    /usr/share/doc/funneldesk/examples/systemd/funneldesk-weekly-report.service
    /usr/share/doc/funneldesk/examples/systemd/funneldesk-weekly-report.timer
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for path in "${expected[@]}"; do
    grep -qx "$path" "$work/contents" || fail "$path is not in the package"
done
echo "check-package: ${#expected[@]} expected files present ($(grep -vc '/$' "$work/contents") files in all)"

root="$work/root"
dpkg-deb -x "$deb" "$root"

# --- desktop integration files, as installed ---
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
mkdir -p "$work/mime/packages"
cp "$root/usr/share/mime/packages/$id.xml" "$work/mime/packages/"
update-mime-database "$work/mime" >"$work/mime.log" 2>&1 || { cat "$work/mime.log" >&2; fail "update-mime-database"; }
grep -q '^50:application/x-funneldesk:\*\.funneldesk$' "$work/mime/globs2" || fail "*.funneldesk is not application/x-funneldesk"
grep -q 'application/x-funneldesk;' "$root/usr/share/applications/$id.desktop" || fail "the desktop file does not open .funneldesk"

# --- the programs, run from the scratch root (translations must come from there) ---
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset FUNNELDESK_TRANSLATIONS_DIR DISPLAY WAYLAND_DISPLAY
export QT_LOGGING_RULES="funneldesk.i18n.info=true"
bin="$root/usr/bin"
qm="$root/usr/share/funneldesk/translations/funneldesk_zh_CN.qm"

[ "$("$bin/funneldesk-cli" --version)" = "funneldesk-cli $version" ] || fail "funneldesk-cli --version"
[ "$(QT_QPA_PLATFORM=offscreen "$bin/funneldesk" --version)" = "FunnelDesk $version" ] || fail "funneldesk --version"
echo "check-package: both programs say $version"

db="$work/office.funneldesk"
"$bin/funneldesk-cli" --db "$db" demo --seed 11 --opportunities 40 --today 2026-11-30 >"$work/demo.out" 2>&1 || {
    cat "$work/demo.out" >&2
    fail "funneldesk-cli demo"
}
"$bin/funneldesk-cli" --db "$db" report weekly --week 2026-W47 --lang zh_CN --no-record \
    --out "$work/reports/weekly-{week}.html" >"$work/report.out" 2>"$work/report.err" || {
    cat "$work/report.err" >&2
    fail "funneldesk-cli report weekly"
}
grep -qF "$qm" "$work/report.err" || fail "the report's zh_CN translation was not read from $qm: $(cat "$work/report.err")"
grep -q '销售漏斗周报' "$work/reports/weekly-2026-W47.html" || fail "the zh_CN report has no 销售漏斗周报"
echo "check-package: weekly report in zh_CN (销售漏斗周报) from $qm"

# The database as a file name (as a double-click passes it): a new file, made by the program.
QT_QPA_PLATFORM=offscreen "$bin/funneldesk" --language zh_CN --page kanban --screenshot "$work/kanban.png" "$work/new.funneldesk" \
    >"$work/gui.out" 2>"$work/gui.err" || {
    cat "$work/gui.err" >&2
    fail "funneldesk --screenshot"
}
grep -qF "$qm" "$work/gui.err" || fail "the GUI's zh_CN translation was not read from $qm: $(cat "$work/gui.err")"
[ -s "$work/new.funneldesk" ] || fail "funneldesk FILE did not open (make) FILE"
[ "$(head -c 8 "$work/kanban.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "the screenshot is not a PNG"
echo "check-package: screenshot $(stat -c %s "$work/kanban.png") bytes, GUI translations from $qm"
grep -o 'loaded "[^"]*qtbase_zh_CN.qm"' "$work/gui.err" | sed 's/^/check-package: Qt /' || echo "check-package: Qt's own zh_CN translation not found (qt6-translations-l10n is only recommended)"

# --- the example systemd units, against the unpacked program ---
if command -v systemd-analyze >/dev/null; then
    units="$root/usr/share/doc/funneldesk/examples/systemd"
    mkdir -p "$work/units"
    sed "s|/usr/bin/funneldesk-cli|$bin/funneldesk-cli|" "$units/funneldesk-weekly-report.service" >"$work/units/funneldesk-weekly-report.service"
    cp "$units/funneldesk-weekly-report.timer" "$work/units/"
    (cd "$work/units" && systemd-analyze verify funneldesk-weekly-report.timer funneldesk-weekly-report.service) \
        >"$work/verify.log" 2>&1 || { cat "$work/verify.log" >&2; fail "systemd-analyze verify"; }
    [ ! -s "$work/verify.log" ] || { cat "$work/verify.log" >&2; fail "systemd-analyze verify warns"; }
    echo "check-package: systemd-analyze verify: the example units are clean"
fi
echo "check-package: OK"
