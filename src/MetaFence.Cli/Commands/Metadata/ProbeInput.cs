using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Cli.Input;
using MetaFence.Imds.Net;
using MetaFence.Imds.Probe;
using Spectre.Console;

namespace MetaFence.Cli.Commands.Metadata;

/// <summary>
/// The values of <c>probe</c> read into <see cref="ProbeSettings"/>: every bad one is reported on
/// stderr in the one error grammar; the result is null when any was bad.
/// </summary>
internal static class ProbeInput
{
    public const string None = "none";

    public const string NameGrammar = "a DNS name (letters, digits, . - _) or an IP address, or none";

    public static ProbeSettings? Read(
        IEnumerable<string>? providers, IReadOnlyList<string> targets, IReadOnlyList<string> overrides,
        string dnsName, string egress, double timeoutSeconds, IAnsiConsole console)
    {
        var ok = true;
        void Fail(string where, string problem, string expected)
        {
            Messages.Error(console, where, problem, expected);
            ok = false;
        }

        if (!ProviderSelection.TryParse(providers, out var chosen, out var providerProblem))
        {
            Fail("--provider", providerProblem, ProviderSelection.Expected());
        }

        var parsedTargets = ImmutableArray.CreateBuilder<HostPort>();
        foreach (var text in targets)
        {
            if (HostPort.TryParse(text, out var target, out var problem) && target.Value.Address is not null)
            {
                parsedTargets.Add(target.Value);
            }
            else
            {
                Fail($"--target {text}", problem.Length > 0 ? problem : "not an IP address", HostPort.Grammar);
            }
        }

        var parsedOverrides = ImmutableArray.CreateBuilder<EndpointOverride>();
        foreach (var text in overrides)
        {
            if (EndpointOverride.TryParse(text, out var value, out var problem))
            {
                parsedOverrides.Add(value);
            }
            else
            {
                Fail($"--endpoint-override {text}", problem, EndpointOverride.Grammar);
            }
        }

        var dns = dnsName == None ? null : dnsName;
        if (dns is not null && !IsName(dns))
        {
            Fail($"--dns-name {dnsName}", "not a name", NameGrammar);
        }

        HostPort? egressTarget = null;
        if (egress != None)
        {
            if (HostPort.TryParse(egress, out var value, out var problem) && IsName(value.Value.Host))
            {
                egressTarget = value.Value with { Port = value.Value.Port ?? 443 };
            }
            else
            {
                Fail($"--egress {egress}", problem.Length > 0 ? problem : "not a host", "HOST[:PORT] (port 443 unless given), or none");
            }
        }

        if (!double.IsFinite(timeoutSeconds) || timeoutSeconds is < 0.05 or > 60)
        {
            Fail($"--timeout {timeoutSeconds.ToString(CultureInfo.InvariantCulture)}", "out of range", "0.05 to 60 seconds");
        }

        return !ok || chosen is null ? null : new ProbeSettings
        {
            Providers = [.. chosen],
            Targets = parsedTargets.ToImmutable(),
            Overrides = parsedOverrides.ToImmutable(),
            DnsName = dns,
            Egress = egressTarget,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        };
    }

    private static bool IsName(string text) =>
        text.Length is > 0 and <= 253 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':');
}
