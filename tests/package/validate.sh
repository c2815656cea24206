#!/bin/sh
# validate.sh SRC_DIR VERSION — the desktop entries and the AppStream metadata as the desktops'
# own tools read them: desktop-file-validate prints nothing on either .desktop file, and
# `appstreamcli validate --no-net` passes with no error, warning, info or hint line. Then the
# AppStream release and packaging/changelog name the same version and date, the project's
# (VERSION). Skipped (77) when a tool is missing (make test installs desktop-file-utils and
# appstream).
set -u
src=$1 version=$2
pkg=$src/packaging
fail=0
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" > /dev/null ||
        { echo "SKIPPED: $tool is not installed (apt-get install desktop-file-utils appstream)"; exit 77; }
done

for f in "$pkg/vigie.desktop" "$pkg/vigie-stand.desktop"; do
    out=$(desktop-file-validate "$f" 2>&1); st=$?
    if [ "$st" -ne 0 ] || [ -n "$out" ]; then
        echo "$out"; echo "FAILED: desktop-file-validate $f (exit $st)"; fail=1
    else
        echo "desktop-file-validate $(basename "$f"): clean"
    fi
done

# The man page as man-db formats it: no warning from groff (lintian runs the same check).
if command -v man > /dev/null; then
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$pkg/vigie.6" 2>&1 > /dev/null)
    if [ -n "$out" ]; then
        echo "$out"; echo "FAILED: man --warnings -l packaging/vigie.6"; fail=1
    else
        echo "man --warnings -l vigie.6: clean"
    fi
else
    echo "man is not installed: the man page's groff warnings are not checked here"
fi

xml=$pkg/io.github.vigie.vigie.metainfo.xml
out=$(appstreamcli validate --no-net --pedantic "$xml" 2>&1); st=$?
echo "$out"
# not a hint, even a pedantic one
if [ "$st" -ne 0 ] || echo "$out" | grep -q '^[EWIP]: '; then
    echo "FAILED: appstreamcli validate --no-net --pedantic $xml (exit $st)"; fail=1
fi

# The release: the one in the metainfo, the changelog's first entry and the project's version.
rel=$(sed -n 's/.*<release version="\([^"]*\)" date="\([^"]*\)".*/\1 \2/p' "$xml" | head -n 1)
ch_version=$(sed -n '1s/^vigie (\([^)]*\)).*/\1/p' "$pkg/changelog")
ch_date=$(sed -n 's/^ -- .*>  \(.*\)$/\1/p' "$pkg/changelog" | head -n 1)
ch_day=$(date -u -d "$ch_date" +%Y-%m-%d 2> /dev/null)
if [ "$rel" != "$version $ch_day" ] || [ "$ch_version" != "$version" ]; then
    echo "FAILED: the AppStream release ($rel), the changelog ($ch_version $ch_day) and the"
    echo "        project's version ($version) disagree"
    fail=1
else
    echo "release $version of $ch_day: the metainfo, the changelog and the project agree"
fi
# The screenshots it names are in packaging/screenshots/, as PNG files.
for url in $(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$xml"); do
    file=$pkg/screenshots/$(basename "$url")
    case "$url" in
    https://raw.githubusercontent.com/vigie/vigie/main/packaging/screenshots/*.png) ;;
    *) echo "FAILED: screenshot $url is not in the project's packaging/screenshots/"; fail=1 ;;
    esac
    if ! head -c 8 "$file" 2> /dev/null | od -An -c | grep -q 'P   N   G'; then
        echo "FAILED: $file is missing or not a PNG (packaging/screenshots/make-screenshots.sh)"; fail=1
    fi
done
[ "$fail" -eq 0 ] && echo "validators: clean"
exit "$fail"
