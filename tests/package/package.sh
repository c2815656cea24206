#!/bin/sh
# package.sh — the Debian package that `make deb` makes, tested as a user gets it.
#
#   package.sh build BUILD_DIR OUT_DIR
#       cpack (the Release build's own CPackConfig.cmake) into OUT_DIR, then lintian on the .deb:
#       any E: or W: line fails; I: and P: lines are printed for information.
#   package.sh install OUT_DIR SRC_DIR
#       as root only: dpkg -i OUT_DIR's .deb, run /usr/games/vigie --version, vigie check
#       /usr/share/vigie/levels and one shipped level headless from scripted answers, then remove
#       the package whatever happened (trap), leaving the system as it was. Skipped (77) when
#       not root, or when a vigie package is already installed: the test never clobbers it.
#
# Exit status: 0 passed, 1 failed, 77 skipped (the reason on standard output).
set -u

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*"; exit 1; }

mode=${1:-}
case "$mode" in
build)
    build=$2 out=$3
    prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
    [ "$prefix" = /usr ] ||
        skip "the build is configured with CMAKE_INSTALL_PREFIX=$prefix: the package's binary would" \
             "look for its levels there (make build configures /usr)"
    command -v cpack > /dev/null || fail "cpack is not installed"
    rm -rf "$out" && mkdir -p "$out" || fail "cannot make $out"
    start=$(date +%s)
    # Only the packaging: cpack's preinstall step finds everything built already.
    if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" 2>&1; then
        cat "$out/cpack.log"
        fail "cpack could not build the package (log above)"
    fi
    deb=$(ls "$out"/vigie_*.deb 2> /dev/null | head -n 1)
    [ -n "$deb" ] || fail "cpack made no vigie_*.deb in $out"
    echo "built $deb ($(wc -c < "$deb") bytes) in $(($(date +%s) - start)) s"
    dpkg-deb --field "$deb" Package Version Section Maintainer Homepage
    dpkg-deb --contents "$deb" > "$out/contents.txt" || fail "dpkg-deb cannot read $deb"
    for f in ./usr/games/vigie ./usr/share/man/man6/vigie.6.gz ./usr/share/doc/vigie/copyright \
             ./usr/share/doc/vigie/changelog.gz ./usr/share/vigie/levels/lycee/pack.lua; do
        grep -q " $f\$" "$out/contents.txt" || fail "the package lacks $f"
    done
    # The installed tree as AppStream reads it: the metainfo beside its desktop entry and icon.
    if command -v appstreamcli > /dev/null; then
        tree=$out/tree
        dpkg-deb -x "$deb" "$tree" || fail "dpkg-deb cannot unpack $deb"
        if ! appstreamcli validate-tree --no-net "$tree" > "$out/tree.log" 2>&1 ||
            grep -q '^[EWIP]: ' "$out/tree.log"; then
            cat "$out/tree.log"
            fail "appstreamcli validate-tree on the package's files"
        fi
        rm -rf "$tree"
        echo "appstreamcli validate-tree: clean"
    fi
    command -v lintian > /dev/null ||
        skip "lintian is not installed (make test installs it: apt-get install lintian)"
    start=$(date +%s)
    # lintian says it should not run as root; it runs all the same, and says nothing else of it.
    lintian --info --display-info --pedantic "$deb" > "$out/lintian.log" 2> "$out/lintian.err"
    st=$?
    grep -v 'running with root privileges is not recommended' "$out/lintian.err"
    cat "$out/lintian.log"
    echo "lintian: exit $st in $(($(date +%s) - start)) s"
    if grep -q '^[EW]: ' "$out/lintian.log"; then
        fail "lintian reports errors or warnings (E: and W: lines above)"
    fi
    [ "$st" -eq 0 ] || fail "lintian exited with status $st"
    echo "lintian: no error, no warning"
    ;;
install)
    out=$2 src=$3
    [ "$(id -u)" -eq 0 ] || skip "installing the package needs root (dpkg -i); run the tests as root, as CI does"
    deb=$(ls "$out"/vigie_*.deb 2> /dev/null | head -n 1)
    [ -n "$deb" ] || fail "no package in $out: the test package_build makes it first"
    if dpkg-query -W -f='${Status}' vigie 2> /dev/null | grep -q 'installed'; then
        skip "a vigie package is already installed on this machine: left as it is"
    fi
    [ ! -e /usr/games/vigie ] || skip "/usr/games/vigie exists without the package: left as it is"
    work=$(mktemp -d) || fail "mktemp"
    cleanup() {
        dpkg --purge vigie > "$work/purge.log" 2>&1 || cat "$work/purge.log"
        rm -rf "$work"
        if dpkg-query -W -f='${Status}' vigie 2> /dev/null | grep -q 'installed' ||
            [ -e /usr/games/vigie ] || [ -e /usr/share/vigie ]; then
            echo "FAILED: the package is still installed after dpkg --purge vigie"
            exit 1
        fi
        echo "removed: dpkg --purge vigie"
    }
    trap cleanup EXIT
    trap 'exit 1' INT TERM HUP
    start=$(date +%s)
    if ! DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" > "$work/dpkg.log" 2>&1; then
        cat "$work/dpkg.log"
        fail "dpkg -i could not install $deb"
    fi
    echo "installed in $(($(date +%s) - start)) s"
    # Nothing of the user's: a home, a data folder and a working folder of the test's own (no
    # ./levels there, so that the installed levels are the ones found).
    mkdir -p "$work/home" "$work/cwd"
    cd "$work/cwd" || fail "cd"
    export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
    export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
    unset VIGIE_LEVELS
    v=$(/usr/games/vigie --version) || fail "/usr/games/vigie --version failed"
    echo "$v"
    want=$(dpkg-deb --field "$deb" Version)
    [ "$v" = "vigie $want" ] || fail "vigie --version says \"$v\", the package is version $want"
    start=$(date +%s)
    if ! /usr/games/vigie check /usr/share/vigie/levels > "$work/check.log" 2>&1; then
        cat "$work/check.log"
        fail "vigie check /usr/share/vigie/levels failed"
    fi
    tail -n 1 "$work/check.log"
    echo "vigie check /usr/share/vigie/levels: $(grep -c ': ok (' "$work/check.log") files ok in" \
         "$(($(date +%s) - start)) s"
    level=/usr/share/vigie/levels/lycee/phishing-basics.lua
    if ! /usr/games/vigie run "$level" --answers "$src/tests/levels/phishing-basics.perfect.lua" \
            > "$work/run.json" 2> "$work/run.err"; then
        cat "$work/run.err"
        fail "vigie run $level failed"
    fi
    grep -q '"level": "phishing-basics"' "$work/run.json" || fail "vigie run printed no result"
    grep -q '"correct_count": 10,' "$work/run.json" ||
        fail "the perfect answers did not get 10 right: $(head -c 400 "$work/run.json")"
    echo "vigie run $level: played headless, 10 right of 10"
    # the data folder the binary looks in is the package's: no --levels, no ./levels
    /usr/games/vigie --help | grep -q -- '--levels DIR .*/usr/share/vigie/levels' ||
        fail "the installed vigie does not look for its levels in /usr/share/vigie/levels"
    [ ! -e "$work/home/.local/share/vigie/vigie.db" ] || fail "a run without --db kept results"
    ;;
*)
    echo "usage: package.sh build BUILD_DIR OUT_DIR | package.sh install OUT_DIR SRC_DIR" >&2
    exit 2
    ;;
esac
