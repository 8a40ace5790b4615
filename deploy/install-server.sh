#!/usr/bin/env bash
# Installs or upgrades the signage server (Debian's nginx serving the build), or rolls it back.
# It never touches what staff published.
#
#   sudo deploy/install-server.sh              install or upgrade with the build in dist/
#   sudo deploy/install-server.sh --rollback   serve the build installed before the live one
#
#   --dist DIR   the build to install (default: dist/ next to deploy/; npm ci && npm run build)
#   --keep N     builds kept for rollback (default 5; the live one and the one before it always)
#   --root DIR   work under DIR instead of / and run no system command except `nginx -t` on
#                DIR/etc/nginx/nginx.conf when there is one (for tests)
#
# Layout (nginx's document root stays /var/www/signage):
#   /var/www/signage                  -> signage-releases/NNNN-STAMP/www, switched atomically
#   /var/www/signage-releases/NNNN-STAMP/www            one build, as served
#   /var/www/signage-releases/NNNN-STAMP/build-content  the build's content/, as built
#   /var/www/signage-data/content     /content/ of every build: what staff publish (bundle.json,
#                                     media/, drafts/, history/) lives only here
#   /var/www/signage-data/fleet       /fleet/ of every build
#   Their folders belong to www-data: nginx writes there (publishing, screen reports; WebDAV).
#   /etc/nginx/signage/               the password files of deploy/nginx.conf (staff.htpasswd,
#                                     publishers.htpasswd, screens.htpasswd), created empty when
#                                     missing and never touched after: npm run users manages them
# From the build's content/, bundle.json and anything under media/, drafts/ or history/ is copied
# only where nothing is there yet (the default content of a new server); every other file
# (default-bundle.json, schema.json, …) belongs to the build and follows it, on rollback too.
# A server installed the old way (a copy of dist/ in /var/www/signage) is moved into this layout
# once, its content/ and fleet/ becoming the data folders and the rest kept as a release.
set -euo pipefail
shopt -s nullglob
# Whatever sudo passes on: nginx (www-data) and the X server must be able to read what is written.
umask 022

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=""
dist="$here/../dist"
keep=5
action=install

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
    --dist)
      dist="${2:?--dist needs a directory}"
      shift 2
      ;;
    --dist=*)
      dist="${1#--dist=}"
      shift
      ;;
    --keep)
      keep="${2:?--keep needs a number}"
      shift 2
      ;;
    --keep=*)
      keep="${1#--keep=}"
      shift
      ;;
    --rollback)
      action=rollback
      shift
      ;;
    -h | --help)
      sed -n '2,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "install-server.sh: unknown argument $1 (see --help)" >&2
      exit 2
      ;;
  esac
done
case "$keep" in
  '' | *[!0-9]* | 0 | 1)
    echo "install-server.sh: --keep needs a number of at least 2" >&2
    exit 2
    ;;
esac

if [ -n "$root" ]; then
  root="$(cd "$root" && pwd)"
elif [ "$(id -u)" -ne 0 ]; then
  echo "install-server.sh: run it with sudo (it writes to /var/www and /etc/nginx)" >&2
  exit 1
fi

www="$root/var/www/signage"
releases="$root/var/www/signage-releases"
data="$root/var/www/signage-data"
site="$root/etc/nginx/sites-available/signage"
passwords="$root/etc/nginx/signage"
enabled="$root/etc/nginx/sites-enabled/signage"
nginx_conf="$root/etc/nginx/nginx.conf"

report() { printf '  %-10s %s\n' "$1" "$2"; }
show() { printf '%s' "${1#"$root"}"; }
die() {
  echo "install-server.sh: $*" >&2
  exit 1
}

# Files that staff own: copied from the build only where nothing is there yet.
is_published() {
  case "$1" in
    bundle.json | media/* | drafts/* | history/*) return 0 ;;
    *) return 1 ;;
  esac
}

release_ids() {
  local dir
  for dir in "$releases"/[0-9][0-9][0-9][0-9]-*/; do
    dir="${dir%/}"
    echo "${dir##*/}"
  done
}

live_id() {
  local target
  if [ -L "$www" ]; then
    target="$(readlink "$www")"
    target="${target%/www}"
    echo "${target##*/}"
  fi
}

next_id() {
  local last number
  last="$(release_ids | tail -n 1)"
  number=1
  if [ -n "$last" ]; then number=$((10#${last%%-*} + 1)); fi
  printf '%04d-%s' "$number" "$(date -u +%Y%m%dT%H%M%SZ)"
}

manifest() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum); }

# Point the release's /content/ and /fleet/ at the data folders.
link_data() {
  ln -sfn ../../../signage-data/content "$1/www/content"
  ln -sfn ../../../signage-data/fleet "$1/www/fleet"
}

# The build-owned files of a release's content/ into the data folder; published ones only where
# none exist. Nothing in the data folder is ever removed.
sync_content() {
  local from="$releases/$1/build-content" file rel target
  while IFS= read -r -d '' file; do
    rel="${file#"$from"/}"
    target="$data/content/$rel"
    if is_published "$rel"; then
      if [ ! -e "$target" ]; then
        mkdir -p "$(dirname "$target")"
        cp --preserve=timestamps "$file" "$target.tmp-install" && mv -f "$target.tmp-install" "$target"
        report seeded "$(show "$target") (default content: nothing was published there yet)"
      fi
    elif ! cmp -s "$file" "$target"; then
      mkdir -p "$(dirname "$target")"
      cp --preserve=timestamps "$file" "$target.tmp-install" && mv -f "$target.tmp-install" "$target"
      report updated "$(show "$target") (belongs to the build)"
    fi
  done < <(find "$from" -type f -print0 | LC_ALL=C sort -z)
}

# nginx runs as www-data and writes what staff publish and what screens report (WebDAV): it owns
# the data folders (not the files in them: a PUT writes a new file and renames it into place).
# As root only, and only where the owner differs; nothing else changes.
own_data() {
  local owner=www-data dir changed=0
  mkdir -p "$data/content/drafts" "$data/content/history" "$data/content/media" "$data/fleet"
  if [ "$(id -u)" -ne 0 ] || ! id -u "$owner" >/dev/null 2>&1; then
    report skipped "giving the data folders to $owner (not root, or no such user)"
    return 0
  fi
  while IFS= read -r -d '' dir; do
    chown "$owner:$owner" "$dir"
    changed=$((changed + 1))
  done < <(find "$data/content" "$data/fleet" -type d ! -user "$owner" -print0)
  if [ "$changed" -gt 0 ]; then report owned "$changed folder(s) under $(show "$data") by $owner (nginx writes there)"; fi
}

# The password files deploy/nginx.conf reads: created empty where missing (nobody can sign in
# until `npm run users -- add` runs), readable by nginx's group only, never touched after.
password_files() {
  local name file group=""
  if [ "$(id -u)" -eq 0 ] && getent group www-data >/dev/null 2>&1; then group="www-data"; fi
  if [ ! -d "$passwords" ]; then
    mkdir -p "$passwords"
    chmod 750 "$passwords"
    if [ -n "$group" ]; then chgrp "$group" "$passwords"; fi
    report created "$(show "$passwords")/ (staff password files)"
  fi
  for name in staff publishers screens; do
    file="$passwords/$name.htpasswd"
    [ ! -e "$file" ] || continue
    : >"$file"
    chmod 640 "$file"
    if [ -n "$group" ]; then chgrp "$group" "$file"; fi
    report created "$(show "$file") (empty: add users with npm run users -- add NAME --role …)"
  done
}

# Switch /var/www/signage to a release in one rename: a request sees the old build or the new.
switch_to() {
  ln -sfn "signage-releases/$1/www" "$www.switching"
  mv -T "$www.switching" "$www"
  report switched "$(show "$www") -> signage-releases/$1/www"
}

validate_nginx() {
  if ! command -v nginx >/dev/null 2>&1; then
    report skipped "nginx -t (nginx not installed)"
    return 0
  fi
  if [ ! -f "$nginx_conf" ]; then
    report skipped "nginx -t (no $(show "$nginx_conf"))"
    return 0
  fi
  local output
  if output="$(nginx -t -q -c "$nginx_conf" 2>&1)"; then
    report checked "nginx -t -c $(show "$nginx_conf"): the configuration is valid"
    return 0
  fi
  echo "$output" >&2
  return 1
}

reload_nginx() {
  if [ -n "$root" ]; then
    report skipped "nginx reload (--root)"
  elif command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    if systemctl is-active --quiet nginx; then
      systemctl reload nginx && report ran "systemctl reload nginx"
    else
      systemctl enable --now --quiet nginx && report ran "systemctl enable --now nginx"
    fi
  else
    nginx -s reload && report ran "nginx -s reload"
  fi
}

prune() {
  local live="$1" ids id before="" count index=0
  mapfile -t ids < <(release_ids)
  for id in "${ids[@]}"; do
    [ "$id" = "$live" ] && break
    before="$id"
  done
  count="${#ids[@]}"
  for id in "${ids[@]}"; do
    index=$((index + 1))
    if [ $((count - index)) -ge "$keep" ] && [ "$id" != "$live" ] && [ "$id" != "$before" ]; then
      rm -rf "${releases:?}/$id"
      report removed "$(show "$releases/$id") (older than the $keep kept)"
    fi
  done
}

# A server installed by copying dist/ into /var/www/signage: into the new layout, once.
migrate_legacy() {
  [ -d "$www" ] && [ ! -L "$www" ] || return 0
  local id old rel file
  id="$(next_id)-previous"
  old="$releases/$id"
  [ ! -e "$data/content" ] || die "$(show "$www") is a folder and $(show "$data/content") exists too: move one aside by hand"
  [ ! -e "$data/fleet" ] || [ ! -e "$www/fleet" ] || die "$(show "$data/fleet") exists and $(show "$www/fleet") too: move one aside by hand"
  echo "install-server: $(show "$www") is a plain folder (installed by copying dist/): moving it into releases"
  mkdir -p "$old/build-content" "$data"
  mv "$www" "$old/www"
  # Serve it again at once from its new place; the build being installed replaces it below.
  if [ -d "$old/www/content" ]; then
    while IFS= read -r -d '' file; do
      rel="${file#"$old/www/content"/}"
      if ! is_published "$rel"; then
        mkdir -p "$(dirname "$old/build-content/$rel")"
        cp --preserve=timestamps "$file" "$old/build-content/$rel"
      fi
    done < <(find "$old/www/content" -type f -print0)
    mv "$old/www/content" "$data/content"
    report moved "$(show "$old/www/content") -> $(show "$data/content") (published content, kept as it is)"
  fi
  if [ -d "$old/www/fleet" ]; then
    mv "$old/www/fleet" "$data/fleet"
    report moved "$(show "$old/www/fleet") -> $(show "$data/fleet")"
  fi
  mkdir -p "$data/content" "$data/fleet"
  manifest "$old/www" >"$old/MANIFEST"
  link_data "$old"
  switch_to "$id"
}

if [ ! -d "$releases" ] && [ ! -e "$www" ] && [ "$action" = rollback ]; then
  die "nothing is installed under $(show "$www") yet"
fi

if [ -z "$root" ] && ! command -v nginx >/dev/null 2>&1; then
  echo "install-server: installing nginx"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx
fi

mkdir -p "$releases"
migrate_legacy
mkdir -p "$data/content" "$data/fleet"
password_files

if [ "$action" = rollback ]; then
  live="$(live_id)"
  [ -n "$live" ] || die "$(show "$www") is not a release link: nothing to roll back"
  target=""
  for id in $(release_ids); do
    [ "$id" = "$live" ] && break
    target="$id"
  done
  [ -n "$target" ] || die "no build older than $live is kept: nothing to roll back to"
  echo "install-server: rolling back from $live to $target"
  validate_nginx || die "nginx's configuration is not valid (above): fix it first; nothing was changed"
  sync_content "$target"
  own_data
  switch_to "$target"
  reload_nginx
  echo "install-server: $target is live (run without --rollback to install dist/ again)."
  exit 0
fi

# Install or upgrade.
dist="$(cd "$dist" 2>/dev/null && pwd)" || die "no build at $dist: run npm ci && npm run build first (or give --dist DIR)"
for required in index.html sw.js content/bundle.json content/default-bundle.json; do
  [ -f "$dist/$required" ] || die "$dist is not a build of this app: $required is missing"
done
for reserved in fleet content/bundle.json; do
  [ ! -L "$dist/$reserved" ] || die "$dist/$reserved is a link; the build must hold plain files"
done

echo "install-server: installing $dist"
new_manifest="$(manifest "$dist")"
live="$(live_id)"
staged=""
if [ -n "$live" ] && [ -f "$releases/$live/MANIFEST" ] && [ "$(cat "$releases/$live/MANIFEST")" = "$new_manifest" ]; then
  report unchanged "this build is already live ($live)"
  id="$live"
else
  id="$(next_id)"
  staged="$releases/$id"
  mkdir -p "$staged.tmp/www" "$staged.tmp/build-content"
  for entry in "$dist"/* "$dist"/.[!.]*; do
    case "${entry##*/}" in
      content) cp -R --preserve=timestamps "$entry"/. "$staged.tmp/build-content/" ;;
      fleet) ;;
      *) cp -R --preserve=timestamps "$entry" "$staged.tmp/www/" ;;
    esac
  done
  printf '%s\n' "$new_manifest" >"$staged.tmp/MANIFEST"
  chmod -R a+rX "$staged.tmp"
  mv "$staged.tmp" "$staged"
  link_data "$staged"
  report staged "$(show "$staged")"
fi

# The nginx site: deploy/nginx.conf, replaced on every upgrade (keep local additions, such as an
# HTTPS server, in a file of their own). A site that differs is kept aside, and put back if the
# new configuration does not validate.
mkdir -p "$(dirname "$site")" "$(dirname "$enabled")"
site_backup=""
site_changed=0
site_existed=0
if [ -f "$site" ]; then site_existed=1; fi
if ! cmp -s "$here/nginx.conf" "$site"; then
  if [ -f "$site" ]; then
    site_backup="$site.replaced-$(date -u +%Y%m%dT%H%M%SZ)"
    cp -p "$site" "$site_backup"
  fi
  cp "$here/nginx.conf" "$site.tmp-install" && chmod 644 "$site.tmp-install" && mv -f "$site.tmp-install" "$site"
  site_changed=1
  report wrote "$(show "$site")${site_backup:+ (the one it replaced: $(show "$site_backup"))}"
fi
enabled_before=""
if [ -L "$enabled" ]; then enabled_before="$(readlink "$enabled")"; fi
if [ "$enabled_before" != ../sites-available/signage ]; then
  ln -sfn ../sites-available/signage "$enabled"
  site_changed=1
  report enabled "$(show "$enabled") -> ../sites-available/signage"
fi
if ! validate_nginx; then
  # Back to the configuration that was there, and the live build untouched.
  if [ -n "$site_backup" ]; then
    mv -f "$site_backup" "$site"
  elif [ "$site_existed" = 0 ]; then
    rm -f "$site"
  fi
  if [ -n "$enabled_before" ]; then
    ln -sfn "$enabled_before" "$enabled"
  else
    rm -f "$enabled"
  fi
  [ -z "$staged" ] || rm -rf "$staged"
  die "nginx's configuration is not valid (above): nothing was switched, the live build is unchanged"
fi

sync_content "$id"
own_data
if [ "$id" != "$live" ]; then
  switch_to "$id"
fi
if [ "$id" != "$live" ] || [ "$site_changed" = 1 ]; then
  reload_nginx
fi
prune "$id"

published="$data/content/bundle.json"
previous=""
for other in $(release_ids); do
  [ "$other" = "$id" ] && break
  previous="$other"
done
echo "install-server: $id is live.${previous:+ --rollback would serve $previous.}"
echo "  published content: $(show "$published") ($(wc -c <"$published") bytes, sha256 $(sha256sum "$published" | cut -c1-12)…): staff's, never overwritten"
echo "  the player: http://$(hostname -f 2>/dev/null || hostname):8080/   the staff preview: http://…:8080/preview.html"
