#!/usr/bin/env bash
# Installs or upgrades the signage player on one screen. Run it again at any time (after a
# `git pull`, to change the address): it rewrites only what differs, and says what it did.
#
#   sudo deploy/kiosk/install.sh [--user NAME] [--lite] [URL]
#
#   URL      the player's address, e.g. 'http://SERVER:8080/?screen=lobby&device=lobby-1&key=…'
#            (quote it: & means something to the shell). Needed the first time; later runs keep
#            the address already in /etc/default/signage-kiosk unless a new one is given.
#   --user   the account the screen signs in as (default: the one that ran sudo, e.g. pi)
#   --lite   Raspberry Pi OS Lite (no desktop): the player runs in cage, started by systemd at
#            boot, instead of in the desktop session
#   --root DIR  write everything under DIR instead of / and run no system command (for tests)
#
# Desktop (Raspberry Pi OS Bookworm with labwc or wayfire, Debian 12 with an X11 desktop):
#   /usr/local/bin/signage-kiosk            the launcher (deploy/kiosk/signage-kiosk.sh)
#   /usr/local/bin/signage-kiosk-session    run by the desktop session at login: starts the unit
#   /etc/systemd/user/signage-kiosk.service the player under the user's systemd, restarted if it exits
#   /etc/default/signage-kiosk              the address
#   ~/.config/labwc/autostart               + signage-kiosk-session; raspi-config's swayidle line removed
#   ~/.config/wayfire.ini                   [autostart] signage_kiosk; [idle] never blank, never dpms
#   ~/.config/autostart/signage-kiosk.desktop  the same for X11 desktops (XDG autostart)
#   /etc/X11/xorg.conf.d/90-signage-kiosk-noblank.conf  X server: no blanking, no DPMS
#   /etc/lightdm/lightdm.conf.d/90-signage-kiosk.conf   autologin as the screen's user; X -s 0 -dpms
#   and, on Raspberry Pi OS: raspi-config nonint do_blanking 1 (1 = blanking off) and
#   do_boot_behaviour B4 (desktop autologin).
# Lite (--lite):
#   /usr/local/bin/signage-kiosk, /etc/default/signage-kiosk, /etc/pam.d/signage-kiosk,
#   /etc/systemd/system/signage-kiosk-cage.service (enabled: starts at boot on tty7)
set -euo pipefail
# put, the last command of a pipeline, counts the changes in this shell.
shopt -s lastpipe
# Whatever sudo passes on: nginx (www-data) and the X server must be able to read what is written.
umask 022

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=""
user="${SUDO_USER:-}"
mode=desktop
url=""

usage() {
  sed -n '2,30p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --root)
      root="${2:?--root needs a directory}"
      shift 2
      ;;
    --root=*)
      root="${1#--root=}"
      shift
      ;;
    --user)
      user="${2:?--user needs a name}"
      shift 2
      ;;
    --user=*)
      user="${1#--user=}"
      shift
      ;;
    --lite)
      mode=lite
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*)
      echo "install.sh: unknown option $1 (see --help)" >&2
      exit 2
      ;;
    *)
      if [ -n "$url" ]; then
        echo "install.sh: one address only (quote it: 'http://…?screen=lobby&device=…')" >&2
        exit 2
      fi
      url="$1"
      shift
      ;;
  esac
done

if [ -n "$root" ]; then
  root="$(cd "$root" && pwd)"
elif [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: run it with sudo (it writes to /etc and /usr/local)" >&2
  exit 1
fi

if [ -z "$user" ] || [ "$user" = root ]; then
  echo "install.sh: which account does the screen sign in as? Give --user NAME (e.g. --user pi)" >&2
  exit 2
fi
if [ -n "$root" ]; then
  home="$root/home/$user"
  group=""
else
  if ! home="$(getent passwd "$user" | cut -d: -f6)" || [ -z "$home" ]; then
    echo "install.sh: no account named $user on this machine" >&2
    exit 1
  fi
  group="$(id -gn "$user")"
fi

settings="$root/etc/default/signage-kiosk"
if [ -z "$url" ] && [ -r "$settings" ]; then
  url="$(
    SIGNAGE_URL=""
    # shellcheck disable=SC1090
    . "$settings"
    printf '%s' "$SIGNAGE_URL"
  )"
fi
if [ -z "$url" ]; then
  echo "install.sh: give the player's address, e.g." >&2
  echo "  sudo deploy/kiosk/install.sh 'http://SERVER:8080/?screen=lobby&device=lobby-1&key=…'" >&2
  exit 2
fi
case "$url" in
  http://* | https://*) ;;
  *)
    echo "install.sh: the address must start with http:// or https:// (got: $url)" >&2
    exit 2
    ;;
esac
if [ "$url" != "${url//[[:space:]]/}" ]; then
  echo "install.sh: the address has a space or a line break in it (got: $url)" >&2
  exit 2
fi

changes=0
report() { printf '  %-10s %s\n' "$1" "$2"; }

# put FILE MODE [OWNER]: FILE gets stdin's bytes and MODE, only if they differ.
put() {
  local file="$1" mode="$2" owner="${3:-}" tmp
  mkdir -p "$(dirname "$file")"
  tmp="$(mktemp "$file.XXXXXX")"
  cat >"$tmp"
  chmod "$mode" "$tmp"
  if [ -f "$file" ] && cmp -s "$tmp" "$file" && [ "$(stat -c %a "$file")" = "$mode" ]; then
    rm -f "$tmp"
    report unchanged "${file#"$root"}"
    return
  fi
  if [ -n "$owner" ] && [ -z "$root" ]; then
    chown "$owner" "$tmp"
  fi
  mv -f "$tmp" "$file"
  changes=$((changes + 1))
  report wrote "${file#"$root"}"
}

# A user's own folder that we create: theirs, not root's.
user_dir() {
  local dir="$1"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    if [ -z "$root" ]; then
      chown "$user:$group" "$dir"
    fi
  fi
}

# ini_set KEY VALUE SECTION: stdin with SECTION's KEY set to VALUE (added where missing); a line
# that already holds that value, spaces aside, is left as it is.
ini_set() {
  awk -v key="$1" -v val="$2" -v sec="$3" '
    function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
    function blanks() { printf "%s", pending; pending = "" }
    function flush() { if (insec && !done) { print key " = " val; done = 1 } blanks() }
    /^[ \t]*\[[^]]*\][ \t]*$/ {
      flush()
      name = $0; gsub(/^[ \t]*\[|\][ \t]*$/, "", name)
      insec = (name == sec); if (insec) seen = 1
      print; next
    }
    insec && /^[ \t]*$/ { pending = pending $0 "\n"; next }
    insec && index($0, "=") > 0 {
      k = trim(substr($0, 1, index($0, "=") - 1))
      if (k == key) {
        blanks()
        if (!done) {
          if (trim(substr($0, index($0, "=") + 1)) == val) print; else print key " = " val
          done = 1
        }
        next
      }
    }
    { blanks(); print }
    END {
      flush()
      if (!seen) { if (NR > 0) print ""; print "[" sec "]"; print key " = " val }
    }'
}

sh_quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

run() {
  # run DESCRIPTION COMMAND...: a system command, skipped under --root
  local what="$1"
  shift
  if [ -n "$root" ]; then
    report skipped "$what (--root)"
    return 0
  fi
  if "$@"; then
    report ran "$what"
  else
    report failed "$what"
    return 1
  fi
}

have() { [ -z "$root" ] && command -v "$1" >/dev/null 2>&1; }

# The device key (?key=) stays out of the terminal and the logs.
shown_url="$(printf '%s' "$url" | sed 's/\([?&]key=\)[^&]*/\1…/')"
echo "signage-kiosk: installing for user $user ($mode), player at $shown_url"

# Packages: Chromium (Raspberry Pi OS calls its build chromium-browser), and cage for --lite.
packages=()
if ! have chromium && ! have chromium-browser; then
  if [ -z "$root" ] && apt-cache show chromium-browser >/dev/null 2>&1; then
    packages+=(chromium-browser)
  else
    packages+=(chromium)
  fi
fi
if [ "$mode" = lite ] && ! have cage; then
  packages+=(cage)
fi
if [ "${#packages[@]}" -gt 0 ]; then
  run "apt-get update" apt-get update -q
  run "apt-get install ${packages[*]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}"
fi

put "$root/usr/local/bin/signage-kiosk" 755 <"$here/signage-kiosk.sh"
{
  echo "# Written by deploy/kiosk/install.sh: run it again to change the address."
  echo "SIGNAGE_URL=$(sh_quote "$url")"
} | put "$settings" 640 "root:$group"

if [ "$mode" = desktop ]; then
  put "$root/usr/local/bin/signage-kiosk-session" 755 <"$here/signage-kiosk-session"
  put "$root/etc/systemd/user/signage-kiosk.service" 644 <"$here/signage-kiosk.service"

  # labwc (Raspberry Pi OS's default desktop since late 2024). Raspberry Pi's labwc runs with
  # --merge-config, so the user's autostart adds to the system's. raspi-config's screen blanking
  # on labwc is a swayidle line in this file: it goes.
  user_dir "$home/.config"
  user_dir "$home/.config/labwc"
  labwc="$home/.config/labwc/autostart"
  line="/usr/local/bin/signage-kiosk-session &"
  {
    if [ -f "$labwc" ]; then grep -v -e 'swayidle' -e 'signage-kiosk-session' "$labwc" || true; fi
    echo "$line"
  } | put "$labwc" 644 "$user:$group"

  # wayfire (Raspberry Pi OS Bookworm's desktop until late 2024).
  wayfire="$home/.config/wayfire.ini"
  {
    if [ -f "$wayfire" ]; then cat "$wayfire"; fi
  } | ini_set signage_kiosk /usr/local/bin/signage-kiosk-session autostart |
    ini_set screensaver false autostart |
    ini_set dpms false autostart |
    ini_set dpms_timeout -1 idle |
    ini_set screensaver_timeout -1 idle |
    put "$wayfire" 644 "$user:$group"

  # X11 desktops (Debian 12 with LXDE, Xfce…; Raspberry Pi OS's X11 option) read XDG autostart.
  user_dir "$home/.config/autostart"
  put "$home/.config/autostart/signage-kiosk.desktop" 644 "$user:$group" <<'EOF'
[Desktop Entry]
Type=Application
Name=Campus signage player
Comment=Starts the signage player (systemd user unit signage-kiosk.service)
Exec=/usr/local/bin/signage-kiosk-session
NoDisplay=true
X-GNOME-Autostart-enabled=true
EOF
  put "$root/etc/X11/xorg.conf.d/90-signage-kiosk-noblank.conf" 644 <<'EOF'
# Written by deploy/kiosk/install.sh: a signage screen never blanks and never sleeps.
Section "Extensions"
    Option "DPMS" "Disable"
EndSection

Section "ServerFlags"
    Option "BlankTime" "0"
    Option "StandbyTime" "0"
    Option "SuspendTime" "0"
    Option "OffTime" "0"
EndSection
EOF
  if [ -d "$root/etc/lightdm" ]; then
    put "$root/etc/lightdm/lightdm.conf.d/90-signage-kiosk.conf" 644 <<EOF
# Written by deploy/kiosk/install.sh: sign in as the screen's user at boot, and an X server that
# never blanks (used when the desktop runs on X11).
[Seat:*]
autologin-user=$user
autologin-user-timeout=0
xserver-command=X -s 0 -dpms
EOF
  fi

  # Raspberry Pi OS: its own switches, which know which desktop is in use. do_blanking's 1 is
  # "no" (whiptail's exit code), i.e. blanking off; B4 is desktop autologin. raspi-config finds
  # the user's home through SUDO_USER.
  if have raspi-config; then
    run "raspi-config nonint do_blanking 1 (screen blanking off)" env SUDO_USER="$user" raspi-config nonint do_blanking 1
    run "raspi-config nonint do_boot_behaviour B4 (desktop autologin as $user)" env SUDO_USER="$user" raspi-config nonint do_boot_behaviour B4
  else
    if [ -n "$root" ]; then
      report skipped "raspi-config nonint do_blanking 1, do_boot_behaviour B4 (--root)"
    else
      report skipped "raspi-config (not found: not Raspberry Pi OS)"
    fi
  fi

  # A session already running picks up a changed unit or launcher now.
  if [ -z "$root" ] && [ "$changes" -gt 0 ]; then
    uid="$(id -u "$user")"
    if [ -S "/run/user/$uid/bus" ]; then
      as_user=(runuser -u "$user" -- env XDG_RUNTIME_DIR="/run/user/$uid" systemctl --user)
      run "systemctl --user daemon-reload (as $user)" "${as_user[@]}" daemon-reload
      run "systemctl --user try-restart signage-kiosk (as $user)" "${as_user[@]}" try-restart signage-kiosk.service
    fi
  fi
  next="The player starts when $user's desktop session starts: reboot to see it."
else
  put "$root/etc/pam.d/signage-kiosk" 644 <"$here/pam-signage-kiosk"
  sed "s/^User=.*/User=$user/" "$here/signage-kiosk-cage.service" |
    put "$root/etc/systemd/system/signage-kiosk-cage.service" 644
  if [ -z "$root" ]; then
    run "systemctl daemon-reload" systemctl daemon-reload
    run "systemctl enable signage-kiosk-cage" systemctl enable --quiet signage-kiosk-cage.service
    if [ "$changes" -gt 0 ] || ! systemctl is-active --quiet signage-kiosk-cage.service; then
      run "systemctl restart signage-kiosk-cage" systemctl restart signage-kiosk-cage.service
    fi
    if systemctl is-enabled --quiet lightdm.service 2>/dev/null; then
      report note "lightdm (a desktop) is enabled too: --lite is for Raspberry Pi OS Lite"
    fi
  else
    report skipped "systemctl daemon-reload, enable and restart signage-kiosk-cage (--root)"
  fi
  next="The player runs on tty7 now and at every boot (journalctl -u signage-kiosk-cage)."
fi

if [ "$changes" -eq 0 ]; then
  echo "signage-kiosk: nothing changed, all files were already up to date."
else
  echo "signage-kiosk: $changes file(s) written. $next"
fi
