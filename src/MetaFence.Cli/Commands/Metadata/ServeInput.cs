using System.Net;
using MetaFence.Imds.Emulator;
using MetaFence.Imds.Net;
using Spectre.Console;

namespace MetaFence.Cli.Commands.Metadata;

/// <summary>
/// The values of <c>imds serve</c> checked together: every bad one is reported on stderr (not
/// just the first) in the one error grammar, and the result is null when any was bad.
/// </summary>
internal static class ServeInput
{
    public const string RoleGrammar = "1 to 64 of A-Z a-z 0-9 + = , . @ _ - (an IAM role name)";

    public static (EmulatorOptions Options, IReadOnlyList<IPEndPoint> Listen)? Read(
        string provider, string imdsv2, int hopLimit, string role, IReadOnlyList<string> listen, IAnsiConsole console)
    {
        var ok = true;
        if (hopLimit is < EmulatorOptions.MinHopLimit or > EmulatorOptions.MaxHopLimit)
        {
            Messages.Error(console, $"--hop-limit {hopLimit}", "out of range", "1 to 64, as AWS HttpPutResponseHopLimit");
            ok = false;
        }

        if (role.Length is 0 or > 64 || role.Any(c => !char.IsAsciiLetterOrDigit(c) && !"+=,.@_-".Contains(c, StringComparison.Ordinal)))
        {
            Messages.Error(console, $"--role {role}", "not a role name", RoleGrammar);
            ok = false;
        }

        var endpoints = new List<IPEndPoint>();
        foreach (var text in listen)
        {
            if (HostPort.TryParse(text, out var value, out var problem, anyPort: true) && value.Value.Address is { } address && value.Value.Port is { } port)
            {
                endpoints.Add(new IPEndPoint(address, port));
                continue;
            }

            Messages.Error(console, $"--listen {text}", problem.Length > 0 ? problem : "not an IP address with a port", HostPort.Grammar);
            ok = false;
        }

        var options = new EmulatorOptions
        {
            Provider = Enum.Parse<CloudProvider>(provider, ignoreCase: true),
            Imdsv2 = Enum.Parse<TokenRequirement>(imdsv2, ignoreCase: true),
            HopLimit = hopLimit,
            Role = role,
        };
        return ok ? (options, endpoints) : null;
    }
}
