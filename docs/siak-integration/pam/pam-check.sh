#!/usr/bin/env bash
# Checks one SIAK login through PAM exactly as a SIAK server configured with nslcd.conf and siak.pam (next to this
# script) would: renders both, runs nslcd in the foreground and `pamtester <service> <user> authenticate
# acct_mgmt`, and prints ONE line on stdout:
#   accepted: <role>       exit 0
#   refused: <reason>      exit 1
# Exit 2 (a message on stderr, nothing on stdout): bad arguments, not root, packages missing, the directory
# unreachable or the service account refused.
#
#   sudo docs/siak-integration/pam/pam-check.sh --uri ldap://127.0.0.1:389 --base dc=mojokertokota,dc=go,dc=id \
#     --service-dn cn=siak-server,ou=services,dc=mojokertokota,dc=go,dc=id --service-password-file siak-server.pw \
#     --username dewi.anggraini --password-file typed.pw --role operator
#
# Options: --role operator|verifikator|administrator (default: any of the three; prints "accepted: any-role"),
# --role-by memberof|member (memberof: search filter on dynlist's memberOf, the default; member: search of the
# group entry with (member=<DN>)), --service-name NAME (the PAM service, default siak), --verbose (nslcd's
# debug log and pamtester's output on stderr).
#
# Needs root and Debian's nslcd, libpam-ldapd and pamtester, installed so that the host's own logins and name
# service stay untouched (README.md next to this script, for scripts/ensure-deps):
#   grep -qx ldap /var/lib/pam/seen || echo ldap >> /var/lib/pam/seen   # pam-auth-update: do not enable ldap
#   DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nslcd libpam-ldapd pamtester
#   update-rc.d nslcd disable                                             # never start nslcd at boot
# (with /usr/sbin/policy-rc.d answering 101 during the install, as in containers, so nslcd is not started).
#
# Isolation. nslcd's configuration (/etc/nslcd.conf) and socket (/run/nslcd/socket) are compiled in (nslcd 0.9.12
# has no option for either), and PAM reads /etc/pam.d/<service>. So the script re-executes itself in private
# mount and PID namespaces (unshare --mount --pid --fork --kill-child --propagation private) and there only:
#   - mounts a tmpfs on a fresh directory (mktemp -d) that holds everything it renders: nslcd.conf (0600, with
#     the service password), a copy of /etc/pam.d plus <service>, nslcd's log; nothing reaches a disk;
#   - bind-mounts the rendered nslcd.conf over /etc/nslcd.conf and the pam.d copy over /etc/pam.d;
#   - mounts a tmpfs (owned by the nslcd user) over /run/nslcd, for nslcd's socket and pid file.
# A bind mount needs an existing target. /etc/nslcd.conf exists wherever the nslcd package is configured (its
# postinst writes it) and /run/nslcd exists once the nslcd service has run; when one is missing, the script does
# not create it on the host but mounts an overlay on its parent directory (/etc or /run; the upper layer in the
# tmpfs, the parent's own sub-mounts such as Docker's /etc/hosts or /run/lock put back on top) and creates it in
# the overlay. Private propagation keeps every mount out of the host's namespace; when the script ends, however
# it ends, the kernel kills nslcd (the PID namespace dies with its first process) and drops every mount with the
# namespace. The host's /etc, /run and nsswitch.conf are never written; the only trace on the host is the empty
# mktemp directory, removed on exit.
set -euo pipefail
export LC_ALL=C
umask 022   # a caller's umask 077 would make the overlays' roots unreadable to the nslcd user

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SELF="$HERE/$(basename "${BASH_SOURCE[0]}")"

usage() {
  echo "usage: $0 --uri URI --base DN --service-dn DN --service-password-file FILE --username NAME --password-file FILE" \
       "[--role operator|verifikator|administrator] [--role-by memberof|member] [--service-name siak] [--verbose]" >&2
  exit 2
}
die() { echo "pam-check: $*" >&2; exit 2; }

URI= BASE= SERVICE_DN= SERVICE_PASSWORD_FILE= USERNAME= PASSWORD_FILE= ROLE= ROLE_BY=memberof SERVICE_NAME=siak
VERBOSE= WORK=
ARGS=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --uri) URI=${2-}; shift 2 || usage ;;
    --base) BASE=${2-}; shift 2 || usage ;;
    --service-dn) SERVICE_DN=${2-}; shift 2 || usage ;;
    --service-password-file) SERVICE_PASSWORD_FILE=${2-}; shift 2 || usage ;;
    --username) USERNAME=${2-}; shift 2 || usage ;;
    --password-file) PASSWORD_FILE=${2-}; shift 2 || usage ;;
    --role) ROLE=${2-}; shift 2 || usage ;;
    --role-by) ROLE_BY=${2-}; shift 2 || usage ;;
    --service-name) SERVICE_NAME=${2-}; shift 2 || usage ;;
    --verbose) VERBOSE=1; shift ;;
    --work-dir) WORK=${2-}; shift 2 || usage ;;   # internal: the directory the outer process made
    -h|--help) usage ;;
    *) echo "pam-check: unknown argument: $1" >&2; usage ;;
  esac
done
[ -n "$URI" ] && [ -n "$BASE" ] && [ -n "$SERVICE_DN" ] && [ -n "$SERVICE_PASSWORD_FILE" ] && [ -n "$USERNAME" ] \
  && [ -n "$PASSWORD_FILE" ] || usage
case "$ROLE" in ""|operator|verifikator|administrator) ;; *) die "--role must be operator, verifikator or administrator" ;; esac
case "$ROLE_BY" in memberof|member) ;; *) die "--role-by must be memberof or member" ;; esac
[[ "$SERVICE_NAME" =~ ^[a-z][a-z0-9_-]{0,31}$ ]] || die "--service-name: lower-case letters, digits, - and _ only"
# Values that go into nslcd.conf lines and filters: one line each, no filter metacharacters in the DNs.
[[ "$URI" =~ ^ldaps?://[^[:space:]]+$|^ldapi://[^[:space:]]+$ ]] || die "--uri: ldap://, ldaps:// or ldapi:// URI"
for dn in "$BASE" "$SERVICE_DN"; do
  [[ "$dn" =~ ^[A-Za-z0-9=,.\ _-]+$ ]] || die "unsupported characters in DN: $dn"
done
[ -r "$SERVICE_PASSWORD_FILE" ] || die "cannot read $SERVICE_PASSWORD_FILE"
[ -r "$PASSWORD_FILE" ] || die "cannot read $PASSWORD_FILE"
[ "$(id -u)" -eq 0 ] || die "must run as root (private mount namespace, bind mounts, nslcd)"

# Packages: nslcd, libpam-ldapd (pam_ldap.so), pamtester; util-linux's unshare and mount.
missing=()
for package in nslcd libpam-ldapd pamtester; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] || die "missing packages: ${missing[*]} (see the install commands in $HERE/README.md)"
for tool in unshare mount findmnt; do command -v "$tool" >/dev/null || die "missing: $tool (util-linux)"; done
getent passwd nslcd >/dev/null || die "no nslcd user (the nslcd package creates it)"

# ---------------------------------------------------------------------------------------------------------------
# Outside: make the mount point, run the rest in the namespaces, remove the mount point whatever happens.
if [ -z "$WORK" ]; then
  WORK=$(mktemp -d /tmp/pam-check.XXXXXX)
  trap 'rmdir "$WORK" 2>/dev/null || true' EXIT
  status=0
  unshare --mount --pid --fork --kill-child --propagation private -- /bin/bash "$SELF" "${ARGS[@]}" --work-dir "$WORK" \
    || status=$?
  exit "$status"
fi

# ---------------------------------------------------------------------------------------------------------------
# Inside the namespaces (this shell is PID 1 of its PID namespace: nslcd cannot outlive it).
[ "$(findmnt -n -o PROPAGATION / 2>/dev/null)" = private ] || die "internal: not in a private mount namespace"
NSLCD_PID=
MOUNTED=()   # mount points, in the order mounted
# Stops nslcd: SIGTERM, then SIGKILL after 2 s (a caller that blocks SIGTERM, such as a test runner's thread,
# passes the blocked mask on to the processes it starts, and nslcd would then never end).
stop_nslcd() {
  [ -n "$NSLCD_PID" ] || return 0
  kill "$NSLCD_PID" 2>/dev/null || true
  local i
  for i in $(seq 1 20); do kill -0 "$NSLCD_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$NSLCD_PID" 2>/dev/null || true
  wait "$NSLCD_PID" 2>/dev/null || true
  NSLCD_PID=
}
cleanup() {
  stop_nslcd
  # The mounts vanish with the namespace anyway; unmount them, last first, so nothing holds the tmpfs.
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTED[i]}" 2>/dev/null || true; done
  rmdir "$WORK" 2>/dev/null || true   # the empty mount point (the outer process tries again)
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount -t tmpfs -o mode=0700,size=16m pam-check "$WORK"; MOUNTED+=("$WORK")
mkdir -m 0700 "$WORK/overlay"

# Make DIR writable in this namespace only: an overlay whose upper layer is in the tmpfs. The overlay shows DIR's
# own filesystem only, so the mounts below DIR (Docker's /etc/hosts, /etc/resolv.conf; systemd's /run/lock,
# /run/user/…) are moved aside first and put back on top.
overlay_dir() {
  local dir=$1 name=$2 sub i=0 kept=()
  local stash="$WORK/overlay/$name"
  mkdir -p "$stash/upper" "$stash/work" "$stash/keep"
  # the overlay's root takes the upper directory's owner and mode: make them DIR's
  chown --reference="$dir" "$stash/upper"; chmod --reference="$dir" "$stash/upper"
  # top-level sub-mounts of DIR (findmnt -r escapes blanks as \x20)
  while IFS= read -r sub; do
    sub=$(printf '%b' "$sub")
    local top=1 other
    for other in "${kept[@]+"${kept[@]}"}"; do [[ "$sub" == "$other"/* ]] && top=0; done
    [ "$top" -eq 1 ] && kept+=("$sub")
  done < <(findmnt -rn -o TARGET | awk -v d="$dir/" 'index($0, d) == 1' | sort)
  for sub in "${kept[@]+"${kept[@]}"}"; do
    if [ -d "$sub" ]; then mkdir "$stash/keep/$i"; else : > "$stash/keep/$i"; fi
    mount --rbind "$sub" "$stash/keep/$i"
    i=$((i + 1))
  done
  mount -t overlay "pam-check-$name" -o "lowerdir=$dir,upperdir=$stash/upper,workdir=$stash/work" "$dir"
  MOUNTED+=("$dir")
  i=0
  for sub in "${kept[@]+"${kept[@]}"}"; do
    mount --move "$stash/keep/$i" "$sub"
    i=$((i + 1))
  done
}

SERVICE_PASSWORD=$(tr -d '\r\n' < "$SERVICE_PASSWORD_FILE")
PASSWORD=$(cat "$PASSWORD_FILE"; printf x); PASSWORD=${PASSWORD%x}; PASSWORD=${PASSWORD%$'\n'}
[ -n "$SERVICE_PASSWORD" ] || die "empty service password in $SERVICE_PASSWORD_FILE"
[[ "$PASSWORD" != *$'\n'* ]] || die "the password file holds more than one line"

# The role check (pam_authz_search): a search filter, never a compare.
GROUPS_DN="ou=siak,ou=groups,$BASE"
roles=(administrator verifikator operator)
[ -z "$ROLE" ] || roles=("$ROLE")
if [ "$ROLE_BY" = memberof ]; then
  any=""; for r in "${roles[@]}"; do any+="(memberOf=cn=$r,$GROUPS_DN)"; done
  [ ${#roles[@]} -eq 1 ] || any="(|$any)"
  AUTHZ_FILTER="(&(objectClass=siakAccount)(uid=\$username)$any)"
else
  any=""; for r in "${roles[@]}"; do any+="(entryDN=cn=$r,$GROUPS_DN)"; done
  [ ${#roles[@]} -eq 1 ] || any="(|$any)"
  AUTHZ_FILTER="(&(objectClass=groupOfNames)$any(member=\$dn))"
fi

# Render the templates (quoted replacements: bash 5.2 would otherwise expand & in them).
render() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line//@URI@/"$URI"}
    line=${line//@BASE@/"$BASE"}
    line=${line//@SERVICE_DN@/"$SERVICE_DN"}
    line=${line//@SERVICE_PASSWORD@/"$SERVICE_PASSWORD"}
    line=${line//@AUTHZ_FILTER@/"$AUTHZ_FILTER"}
    printf '%s\n' "$line"
  done < "$1"
}
(umask 077; render "$HERE/nslcd.conf" > "$WORK/nslcd.conf")
grep -q '@[A-Z_]*@' "$WORK/nslcd.conf" && die "internal: a placeholder left in nslcd.conf"

# /etc/nslcd.conf
if [ -f /etc/nslcd.conf ]; then
  mount --bind "$WORK/nslcd.conf" /etc/nslcd.conf; MOUNTED+=(/etc/nslcd.conf)
else
  overlay_dir /etc etc
  install -m 0600 -o root -g root "$WORK/nslcd.conf" /etc/nslcd.conf
fi
# /etc/pam.d/<service>: a copy of pam.d with the service added, over the real one (or in the /etc overlay).
mkdir -m 0755 "$WORK/pam.d"
cp -a /etc/pam.d/. "$WORK/pam.d/"
install -m 0644 "$HERE/siak.pam" "$WORK/pam.d/$SERVICE_NAME"
mount --bind "$WORK/pam.d" /etc/pam.d; MOUNTED+=(/etc/pam.d)
# /run/nslcd: nslcd creates its socket there after dropping to the nslcd user.
[ -d /run/nslcd ] || { overlay_dir /run run; mkdir -m 0755 /run/nslcd; }
mount -t tmpfs -o "mode=0755,size=1m,uid=$(id -u nslcd),gid=$(id -g nslcd)" pam-check-nslcd /run/nslcd
MOUNTED+=(/run/nslcd)

if [ -n "$VERBOSE" ]; then
  echo "--- mounts in this namespace (private; the host sees none of them)" >&2
  findmnt -n -o TARGET,SOURCE,FSTYPE,PROPAGATION --list | awk -v w="$WORK" \
    '$1 == w || $1 ~ /^\/etc(\/|$)/ || $1 == "/run" || $1 == "/run/nslcd"' >&2
fi

# nslcd in the foreground (-d: debug log on stderr), then pamtester.
started=$(date +%s%N)
nslcd -d > "$WORK/nslcd.log" 2>&1 &
NSLCD_PID=$!
for _ in $(seq 100); do
  [ -S /run/nslcd/socket ] && break
  kill -0 "$NSLCD_PID" 2>/dev/null || { cat "$WORK/nslcd.log" >&2; die "nslcd did not start"; }
  sleep 0.05
done
[ -S /run/nslcd/socket ] || { cat "$WORK/nslcd.log" >&2; die "nslcd did not create its socket"; }

pam_status=0
printf '%s\n' "$PASSWORD" | pamtester -v "$SERVICE_NAME" "$USERNAME" authenticate acct_mgmt > "$WORK/pamtester.out" 2>&1 \
  || pam_status=$?
stop_nslcd
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))

if [ -n "$VERBOSE" ]; then
  { echo "--- nslcd -d"; grep -v -i 'bindpw' "$WORK/nslcd.log"; echo "--- pamtester (exit $pam_status)"
    cat "$WORK/pamtester.out"; echo "--- ${elapsed} ms (nslcd start to stop)"; } >&2
fi

out=$(cat "$WORK/pamtester.out")
log=$(cat "$WORK/nslcd.log")
if [ "$pam_status" -eq 0 ] && grep -q 'successfully authenticated' <<<"$out" \
   && grep -q 'account management done' <<<"$out"; then
  echo "accepted: ${ROLE:-any-role}"
  exit 0
fi
reason=
case "$out" in
  *"User not known to the underlying authentication module"*)
    reason="user unknown: no such operator, or a handed-over password never changed (invisible to the SIAK server account)" ;;
  *"Authentication token is no longer valid; new one required"*)
    reason="password change required" ;;
  *"User account has expired"*)
    reason="account locked or expired" ;;
  *"Authentication failure"*)
    if [ -z "$PASSWORD" ]; then reason="empty password"
    elif grep -q "Account locked" <<<"$log"; then reason="account locked (too many wrong passwords, or revoked)"
    # Only when the service account can see entries with pwdReset (not with hak-akses's ACL): slapd's ppolicy
    # restricts the user's connection, so nslcd's check search after the bind (pam_authc_search BASE) fails.
    elif grep -q "Password must be changed" <<<"$log"; then reason="password change required (handed-over password never changed)"
    else reason="wrong password"; fi ;;
  *"Permission denied"*)
    if grep -q "pam_authz_search .* found no matches" <<<"$log"; then
      reason="not allowed: the operator does not hold the role ${ROLE:-(any SIAK role)} (pam_authz_search by $ROLE_BY)"
    else reason="permission denied"; fi ;;
  *"Authentication service cannot retrieve authentication info"*)
    # nslcd's search with the service account failed: the directory or the account, not a login decision.
    grep -i "failed to bind\|no available LDAP server" <<<"$log" | head -3 >&2 || true
    die "nslcd could not search the directory with $SERVICE_DN (unreachable, or the account refused)" ;;
  *)
    reason="$(tail -n 1 <<<"$out" | sed 's/^pamtester: //')" ;;
esac
echo "refused: $reason"
exit 1
