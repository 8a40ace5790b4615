#!/usr/bin/env bash
# Runs the test suite with the process clock (Node, the build, Chromium, nginx) moved to several
# hours of the Vietnamese day, with Debian's libfaketime. CI runs at whatever hour a change lands:
# a test that depends on the time of day fails here first.
#
#   npm run test:any-hour                          # the whole suite at 23:30, 03:30, 05:59 and 12:00 (Vietnam)
#   npm run test:any-hour -- test/e2e/operations   # only some files (arguments go to vitest)
#   HOURS="00:00 21:59" DATE=2027-02-28 npm run test:any-hour
#
# DATE (default: today in Vietnam) is the Vietnamese calendar day of each run. The clock starts at
# the chosen instant and then runs at real pace.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1; then
  echo "test:any-hour needs Debian's faketime (apt-get install faketime)" >&2
  exit 2
fi

hours="${HOURS:-23:30 03:30 05:59 12:00}"
day="${DATE:-$(TZ=Asia/Ho_Chi_Minh date +%F)}"
failed=()
for hour in $hours; do
  # Vietnam is UTC+7 all year (no daylight saving time).
  utc=$(TZ=UTC date -d "$day $hour +0700" '+%F %T')
  echo "::: $day $hour in Vietnam (faketime @$utc UTC)"
  if FAKETIME_DONT_RESET=1 CI=true TZ=America/New_York LANG=en_US.UTF-8 faketime -f "@$utc" npx vitest run "$@"; then
    echo "::: $day $hour: passed"
  else
    echo "::: $day $hour: FAILED"
    failed+=("$hour")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "test:any-hour: failed at ${failed[*]} (Vietnam, $day)"
  exit 1
fi
echo "test:any-hour: passed at every hour tried: $hours (Vietnam, $day)"
