#!/bin/sh
# MetaFence node firewall, written by metafence generate --style node-firewall.
# Drops traffic this node forwards from pods to cloud credential endpoints. The OUTPUT chain is
# untouched: host-network pods and the node's own agents keep their access.
# Usage: metafence-firewall.sh install | uninstall | run
#   install    load the rules (again: the same rule set, never duplicates)
#   uninstall  remove the jump from FORWARD and the chain
#   run        install, re-assert every minute, uninstall on SIGTERM or SIGINT (the DaemonSet)
# Needs root (or NET_ADMIN and NET_RAW), sh, iptables, ip6tables and their -restore commands.
set -u
CHAIN=METAFENCE-FWD
