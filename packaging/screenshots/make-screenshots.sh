#!/bin/sh
# Regenerates the AppStream screenshots (packaging/io.github.vigie.vigie.metainfo.xml names them,
# by their raw address on the project's GitHub) with `vigie shot` from the shipped levels: no
# window, the same pictures on every machine. Usage: make-screenshots.sh [VIGIE_BINARY]
# (default build/vigie; `make screenshots` builds it first). Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
vigie=${1:-$src/build/vigie}
[ -x "$vigie" ] || { echo "make-screenshots.sh: no vigie binary at $vigie (make build first)" >&2; exit 1; }
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy LANG=C.UTF-8
cd "$src"
# 1. the menu of the shipped packs, in English
"$vigie" shot levels --phase menu --lang en --size 1280x720 --out "$here/menu.png"
# 2. a clue-finding question on a mock-up e-mail, from the SME pack, in French
"$vigie" shot levels/pme/hameconnage-travail.lua --question 1 --lang fr --seed 1 --size 1280x720 \
  --out "$here/mail-clues.png"
# 3. the feedback after a wrong answer, which explains why, from the high-school pack
"$vigie" shot levels/lycee/phishing-basics.lua --question 2 --phase feedback --answer wrong \
  --lang en --seed 1 --size 1280x720 --out "$here/feedback.png"
ls -l "$here"/*.png
