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

    // One source for the script's fixed parts: the Helm chart's files, embedded in this assembly, so
    // `generate` and `helm template` cannot drift apart.
    private static readonly string Head = ChartFile("firewall-head.sh") + "\n";

    private static readonly string Tail = ChartFile("firewall-tail.sh");

    private static string ChartFile(string name)
    {
        using var stream = typeof(FirewallScript).Assembly.GetManifestResourceStream($"MetaFence.Chart.{name}")
            ?? throw new InvalidOperationException($"the build did not embed deploy/helm/metafence/files/{name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
