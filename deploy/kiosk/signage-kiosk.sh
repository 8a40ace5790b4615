#!/usr/bin/env bash
# Starts the signage player fullscreen in Chromium, for a screen that runs 24/7 with nobody at it.
# Settings (environment, or /etc/default/signage-kiosk):
#   SIGNAGE_URL      the player's address, e.g. http://signage.school.edu.vn:8080/?screen=lobby
#   CHROMIUM_BIN     the browser (default: chromium, else chromium-browser)
#   SIGNAGE_PROFILE  the browser profile folder (default: ~/.config/signage-kiosk)
set -euo pipefail

if [ -r /etc/default/signage-kiosk ]; then
  # shellcheck disable=SC1091
  . /etc/default/signage-kiosk
fi

url="${SIGNAGE_URL:-http://127.0.0.1:8080/}"
profile="${SIGNAGE_PROFILE:-$HOME/.config/signage-kiosk}"
browser="${CHROMIUM_BIN:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$browser" ]; then
  echo "signage-kiosk: Chromium not found (apt install chromium)" >&2
  exit 1
fi

mkdir -p "$profile/Default"

# After a power cut Chromium believes it crashed and shows a "Restore pages?" bubble over the
# screen. Tell it the last exit was clean.
prefs="$profile/Default/Preferences"
if [ -f "$prefs" ]; then
  sed -i -e 's/"exit_type":"[^"]*"/"exit_type":"Normal"/' -e 's/"exited_cleanly":false/"exited_cleanly":true/' "$prefs"
fi

# No screen saver or power saving on X11 (on Wayland, set the compositor's idle to never).
if command -v xset >/dev/null 2>&1 && [ -n "${DISPLAY:-}" ]; then
  xset s off || true
  xset s noblank || true
  xset -dpms || true
fi

exec "$browser" \
  --kiosk \
  --user-data-dir="$profile" \
  --no-first-run \
  --noerrdialogs \
  --disable-infobars \
  --disable-session-crashed-bubble \
  --disable-features=Translate,TranslateUI,MediaRouter \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --disable-component-update \
  --check-for-update-interval=31536000 \
  --password-store=basic \
  --autoplay-policy=no-user-gesture-required \
  --lang=vi \
  "$url"
