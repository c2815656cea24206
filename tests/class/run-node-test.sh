#!/bin/sh
# run-node-test.sh FILE… — runs node's test runner on the live classroom's node tests for ctest.
# Exit 77 (ctest: skipped) when node or the npm packages are missing: `make test` installs them
# (npm ci in tests/class), so they run there; a bare `ctest` without them says so and skips.
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: node is not installed (make test installs it)"
  exit 77
fi
if [ ! -f "$here/node_modules/ws/package.json" ]; then
  echo "SKIP: tests/class/node_modules is missing: run npm ci in tests/class (make test does)"
  exit 77
fi
cd "$here" || exit 1
exec node --test --test-reporter=spec "$@"
