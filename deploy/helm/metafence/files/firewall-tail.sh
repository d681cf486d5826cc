log() { echo "metafence-firewall: $*" >&2; }

# The second line of -S FORWARD is its first rule (the first is the policy).
first_rule() {
  "$1" -w -S FORWARD 2>/dev/null | { read -r _policy; read -r first || true; echo "${first:-}"; }
}

remove_jump() {
  while "$1" -w -C FORWARD -j "$CHAIN" 2>/dev/null; do
    "$1" -w -D FORWARD -j "$CHAIN" || return 1
  done
}

install_family() {
  "$2" | "$1-restore" -w --noflush || { log "$1: loading $CHAIN failed"; return 1; }
  if [ "$(first_rule "$1")" != "-A FORWARD -j $CHAIN" ]; then
    remove_jump "$1" && "$1" -w -I FORWARD 1 -j "$CHAIN" || { log "$1: the jump from FORWARD failed"; return 1; }
  fi
}

uninstall_family() {
  remove_jump "$1"
  "$1" -w -F "$CHAIN" 2>/dev/null || true
  "$1" -w -X "$CHAIN" 2>/dev/null || true
}

has_ipv6() { [ -e /proc/net/if_inet6 ]; }

install() {
  status=0
  if [ "$PODS_V4" -gt 0 ]; then install_family iptables rules_v4 || status=1; fi
  if [ "$PODS_V6" -gt 0 ] && has_ipv6; then install_family ip6tables rules_v6 || status=1; fi
  return $status
}

uninstall() {
  uninstall_family iptables
  if has_ipv6; then uninstall_family ip6tables; fi
  log "removed $CHAIN"
}

run() {
  sleeper=
  trap 'kill $sleeper 2>/dev/null; uninstall; exit 0' TERM INT
  install || exit 1
  log "installed $CHAIN; re-asserting every 60s"
  while :; do
    sleep 60 &
    sleeper=$!
    wait $sleeper || true
    install || log "re-asserting $CHAIN failed; retrying in 60s"
  done
}

case "${1:-run}" in
  install) install ;;
  uninstall) uninstall ;;
  run) run ;;
  *) echo "usage: $0 install|uninstall|run" >&2; exit 2 ;;
esac
