#!/usr/bin/env bash
# The manual pages (resources/man) read without a warning and say what the programs say:
#   check-manpages.sh FUNNELDESK FUNNELDESK_CLI MAN_DIR
# man and groff find no problem in either page (formatting, escapes, line breaking); every
# command of `funneldesk-cli --help` has its own section (.SS) in funneldesk-cli.1, which names
# every option of `funneldesk-cli COMMAND --help` and its arguments, and funneldesk.1 names every
# option of `funneldesk --help` and the global options of the CLI, so that the pages cannot
# drift from the programs.
set -euo pipefail
gui=${1:?usage: check-manpages.sh FUNNELDESK FUNNELDESK_CLI MAN_DIR}
cli=${2:?}
mandir=${3:?}
export LC_ALL=C.UTF-8 MANWIDTH=80 QT_QPA_PLATFORM=offscreen
status=0
fail() {
    echo "check-manpages: FAIL: $*" >&2
    status=1
}

for page in "$mandir"/funneldesk.1 "$mandir"/funneldesk-cli.1; do
    [ -s "$page" ] || { fail "$page is missing"; continue; }
    warnings=$( { man --warnings -E UTF-8 -l "$page" >/dev/null; } 2>&1)
    [ -z "$warnings" ] || fail "man --warnings on $(basename "$page"):"$'\n'"$warnings"
    warnings=$( { groff -man -ww -z -K utf8 -T utf8 "$page"; } 2>&1)
    [ -z "$warnings" ] || fail "groff -ww on $(basename "$page"):"$'\n'"$warnings"
done

# The options a --help text lists ("  --week <WEEK>   ..." / "  -h, --help   ..."), one a line.
options_of() {
    sed -n '/^Options:/,/^Arguments:/p' | grep -oE '^  (-[a-z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+'
}
# The argument names a --help text lists under "Arguments:".
arguments_of() {
    sed -n '/^Arguments:/,$p' | grep -oE '^  [a-z][a-z0-9_-]*' | sed 's/^  //'
}
# roff writes a hyphen as "\-"; the text a reader sees is compared.
plain() { sed 's/\\-/-/g; s/\\e/\\/g'; }

cli_page=$(plain <"$mandir/funneldesk-cli.1")
commands=$("$cli" --help | sed -n '/^Commands:/,$p' | tail -n +2 | awk '{print $1}')
[ -n "$commands" ] || fail "funneldesk-cli --help lists no commands"
count=0
for command in $commands; do
    count=$((count + 1))
    # The command's section: from its .SS line to the next section heading.
    section=$(printf '%s\n' "$cli_page" | awk -v c="$command" '
        /^\.S[SH] / { inside = ($0 == ".SS " c) }
        inside')
    if [ -z "$section" ]; then
        fail "funneldesk-cli.1 has no section '.SS $command'"
        continue
    fi
    help=$("$cli" "$command" --help)
    for option in $(printf '%s\n' "$help" | options_of); do
        [ "$option" = --help ] && continue
        printf '%s\n' "$section" | grep -qE -- "(^|[ \"])$option( |\"|\$)" ||
            fail "funneldesk-cli.1, command $command: option $option is not described"
    done
    for argument in $(printf '%s\n' "$help" | arguments_of); do
        printf '%s\n' "$section" | grep -qwF -- "$argument" ||
            fail "funneldesk-cli.1, command $command: argument $argument is not described"
    done
done
# Sections for commands the program no longer has.
for described in $(printf '%s\n' "$cli_page" | sed -n 's/^\.SS //p'); do
    printf '%s\n' $commands | grep -qx -- "$described" || fail "funneldesk-cli.1 describes '$described', which funneldesk-cli does not have"
done
for option in --db --user --version --help; do
    printf '%s\n' "$cli_page" | grep -qF -- "$option" || fail "funneldesk-cli.1: global option $option is not described"
done

gui_page=$(plain <"$mandir/funneldesk.1")
for option in $("$gui" --help 2>/dev/null | options_of); do
    printf '%s\n' "$gui_page" | grep -qE -- "(^|[ \"])$option( |\"|\$|,)" || fail "funneldesk.1: option $option is not described"
done

[ "$status" -eq 0 ] && echo "check-manpages: $count commands of funneldesk-cli and the options of both programs described, no warnings"
exit "$status"
