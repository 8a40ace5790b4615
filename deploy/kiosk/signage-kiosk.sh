#!/usr/bin/env bash
# Starts the signage player fullscreen in Chromium, for a screen that runs 24/7 with nobody at it.
# Installed as /usr/local/bin/signage-kiosk by deploy/kiosk/install.sh, and run by systemd
# (signage-kiosk.service on a desktop, signage-kiosk-cage.service on Raspberry Pi OS Lite).
#
# Settings (environment, or /etc/default/signage-kiosk, written by install.sh):
#   SIGNAGE_URL      the player's address, e.g. http://signage.school.edu.vn:8080/?screen=lobby
#   CHROMIUM_BIN     the browser (default: chromium, else chromium-browser)
#   SIGNAGE_PROFILE  the browser profile folder (default: ~/.config/signage-kiosk)
#   SIGNAGE_DISPLAY  wayland or x11, to override the detection below (default: detect)
#
# --dry-run prints the display it chose and the browser's command line, one argument a line,
# and starts nothing.
set -euo pipefail

dry_run=0
if [ "${1:-}" = "--dry-run" ]; then
  dry_run=1
fi

settings="${SIGNAGE_SETTINGS:-/etc/default/signage-kiosk}"
if [ -r "$settings" ]; then
  # shellcheck disable=SC1090
  . "$settings"
fi

url="${SIGNAGE_URL:-http://127.0.0.1:8080/}"
profile="${SIGNAGE_PROFILE:-$HOME/.config/signage-kiosk}"
browser="${CHROMIUM_BIN:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$browser" ]; then
  echo "signage-kiosk: Chromium not found (apt install chromium)" >&2
  exit 1
fi

# Which display server Chromium must talk to. The session's own word (XDG_SESSION_TYPE) first:
# a labwc or wayfire session also runs Xwayland, so DISPLAY is set there too, and an X11 session
# may have inherited a stale WAYLAND_DISPLAY. Then whichever socket is named.
display_kind() {
  case "${SIGNAGE_DISPLAY:-}" in
    wayland | x11)
      echo "$SIGNAGE_DISPLAY"
      return
      ;;
  esac
  case "${XDG_SESSION_TYPE:-}" in
    wayland)
      echo wayland
      return
      ;;
    x11)
      echo x11
      return
      ;;
  esac
  if [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo wayland
  elif [ -n "${DISPLAY:-}" ]; then
    echo x11
  else
    echo none
  fi
}

kind="$(display_kind)"
case "$kind" in
  wayland)
    # Native Wayland (labwc, wayfire, cage), as the Raspberry Pi kiosk tutorial starts it.
    platform=(--ozone-platform=wayland)
    if [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "signage-kiosk: a Wayland session without WAYLAND_DISPLAY; waiting for the session to hand it over" >&2
      exit 1
    fi
    ;;
  x11)
    platform=(--ozone-platform=x11)
    if [ -z "${DISPLAY:-}" ]; then
      echo "signage-kiosk: an X11 session without DISPLAY; waiting for the session to hand it over" >&2
      exit 1
    fi
    ;;
  *)
    # Started before the desktop handed over its display (systemd retries every few seconds).
    echo "signage-kiosk: no display yet (neither WAYLAND_DISPLAY nor DISPLAY is set)" >&2
    exit 1
    ;;
esac

# shellcheck disable=SC2054 # the commas are Chromium's, inside one argument
args=(
  --kiosk
  "${platform[@]}"
  --user-data-dir="$profile"
  --no-first-run
  --noerrdialogs
  --disable-infobars
  --disable-session-crashed-bubble
  --disable-features=Translate,TranslateUI,MediaRouter
  --disable-pinch
  --overscroll-history-navigation=0
  --disable-component-update
  --check-for-update-interval=31536000
  --password-store=basic
  --autoplay-policy=no-user-gesture-required
  --lang=vi
  "$url"
)

if [ "$dry_run" = 1 ]; then
  echo "display=$kind"
  printf '%s\n' "$browser" "${args[@]}"
  exit 0
fi

mkdir -p "$profile/Default"

# After a power cut Chromium believes it crashed and shows a "Restore pages?" bubble over the
# screen. Tell it the last exit was clean.
prefs="$profile/Default/Preferences"
if [ -f "$prefs" ]; then
  sed -i -e 's/"exit_type":"[^"]*"/"exit_type":"Normal"/' -e 's/"exited_cleanly":false/"exited_cleanly":true/' "$prefs"
fi

# No screen saver or power saving on X11. (On Wayland the compositor's idle settings decide:
# install.sh turns them off. Chromium also holds a wake lock while the player is visible.)
if [ "$kind" = x11 ] && command -v xset >/dev/null 2>&1; then
  xset s off || true
  xset s noblank || true
  xset -dpms || true
fi

exec "$browser" "${args[@]}"
