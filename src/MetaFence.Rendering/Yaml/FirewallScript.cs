using System.Globalization;
using System.Text;
using MetaFence.Core.Net;
using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// The node firewall's POSIX sh script, rendered from a <see cref="FirewallRuleSet"/>. Each family's
/// chain is loaded with one <c>iptables-restore --noflush</c> (atomic: declaring the chain empties it,
/// so running it again leaves the same rules), then the jump from FORWARD is made the first rule,
/// exactly once. <c>uninstall</c> removes the jump and the chain; <c>run</c> (the DaemonSet's mode)
/// installs, re-asserts every minute and uninstalls on SIGTERM.
/// </summary>
public static class FirewallScript
{
    public static string Text(FirewallRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder();
        text.Append(Head);
        foreach (var (family, function) in new[] { (IpFamily.V4, "rules_v4"), (IpFamily.V6, "rules_v6") })
        {
            text.Append(function).Append("() {\ncat <<'RULES'\n*filter\n");
            text.Append(':').Append(FirewallRuleSet.Chain).Append(" - [0:0]\n-F ").Append(FirewallRuleSet.Chain).Append('\n');
            foreach (var source in rules.PodCidrsOf(family))
            {
                foreach (var rule in rules.RulesOf(family))
                {
                    Rule(text, source, rule);
                }
            }

            text.Append("COMMIT\nRULES\n}\n\n");
        }

        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"PODS_V4={rules.PodCidrsOf(IpFamily.V4).Count()}\nPODS_V6={rules.PodCidrsOf(IpFamily.V6).Count()}\n\n"));
        return text.Append(Tail).ToString();
    }

    private static void Rule(StringBuilder text, Cidr source, FirewallRule rule)
    {
        text.Append("# ").Append(rule.Action == FirewallAction.Keep ? "keep " : "drop ").Append(rule.Why).Append('\n');
        var start = $"-A {FirewallRuleSet.Chain} -s {source} -d {rule.Destination}";
        var target = rule.Action == FirewallAction.Keep ? "RETURN" : "DROP";
        if (rule.Ports.IsEmpty)
        {
            text.Append(start).Append(" -j ").Append(target).Append('\n');
            return;
        }

        foreach (var port in rule.Ports)
        {
            var protocol = port.Protocol.ToString().ToLowerInvariant();
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{start} -p {protocol} -m {protocol} --dport {port.Number} -j {target}\n"));
        }
    }

    private const string Head = """
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


        """;

    private const string Tail = """
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

        """;
}
