#!/bin/sh
# Mails when the fleet turns critical (or cannot be checked) and when it recovers: run it every few
# minutes from cron or a systemd timer (README, "The fleet"). It runs `npm run fleet:check` in this
# folder and remembers the last exit code in a state file, so one mail per change, not one per run.
#
#   SIGNAGE_USER, SIGNAGE_PASSWORD   an editor's account (reads /fleet/); or SIGNAGE_CREDENTIALS, a
#                                    file with those two lines (KEY=value), readable by root only
#   SIGNAGE_SERVER                   default http://127.0.0.1:8080/ (this machine)
#   SIGNAGE_MAIL_TO                  who gets the mail (default root)
#   SIGNAGE_STATE                    default /var/lib/signage/fleet-check.state
#   SIGNAGE_CHECK_ARGS               e.g. "--warn-minutes 5 --crit-minutes 15"
set -u
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${SIGNAGE_CREDENTIALS:-}" ]; then
  # shellcheck disable=SC1090
  . "$SIGNAGE_CREDENTIALS"
  export SIGNAGE_USER SIGNAGE_PASSWORD
fi
server="${SIGNAGE_SERVER:-http://127.0.0.1:8080/}"
to="${SIGNAGE_MAIL_TO:-root}"
state="${SIGNAGE_STATE:-/var/lib/signage/fleet-check.state}"
mkdir -p "$(dirname "$state")"

# shellcheck disable=SC2086
out="$(cd "$here" && npm run --silent fleet:check -- --server "$server" ${SIGNAGE_CHECK_ARGS:-} 2>&1)"
code=$?
last="$(cat "$state" 2>/dev/null || echo 0)"
printf '%s\n' "$code" >"$state"

# 2 CRITICAL and 3 UNKNOWN are worth a mail; 0 OK and 1 WARNING are not (the staff page shows those).
bad() { [ "$1" -ge 2 ]; }
if bad "$code" && ! bad "$last"; then
  printf '%s\n' "$out" | mail -s "Signage screens: $(printf '%s' "$out" | head -n 1 | cut -d' ' -f2)" "$to"
elif ! bad "$code" && bad "$last"; then
  printf '%s\n' "$out" | mail -s "Signage screens: recovered" "$to"
fi
printf '%s\n' "$out"
exit "$code"
