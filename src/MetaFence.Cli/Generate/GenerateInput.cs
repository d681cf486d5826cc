using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MetaFence.Cli.Input;
using MetaFence.Core.Plans;
using Spectre.Console;

namespace MetaFence.Cli.Generate;

/// <summary>
/// Turns <see cref="GenerateArguments"/> into a <see cref="FenceRequest"/> (without the cluster,
/// which the handler loads), reporting every bad value on stderr in the message grammar.
/// </summary>
internal static class GenerateInput
{
    public static bool TryParse(GenerateArguments arguments, IAnsiConsole console, [NotNullWhen(true)] out FenceRequest? request)
    {
        request = null;
        var ok = TryStyles(arguments.Styles, console, out var styles);
        if (!ProviderSelection.TryParse(arguments.Providers, out var providers, out var problem))
        {
            Messages.Error(console, "--provider", problem, ProviderSelection.Expected());
            ok = false;
        }

        var allows = ImmutableArray.CreateBuilder<AllowedWorkload>();
        foreach (var text in arguments.Allows)
        {
            if (AllowInput.TryParse(text, out var allow, out var allowProblem))
            {
                allows.Add(allow);
                continue;
            }

            Messages.Error(console, "--allow", allowProblem, AllowInput.Expected);
            ok = false;
        }

        if (arguments.Priority is < 0 or > 1000)
        {
            Messages.Error(console, "--priority", string.Create(CultureInfo.InvariantCulture, $"{arguments.Priority} is out of range"), "a number from 0 to 1000");
            ok = false;
        }

        if (arguments.Layout != "plain" && !arguments.WritesFiles)
        {
            Messages.Error(console, "--layout", $"{arguments.Layout} writes files", "--out DIR with it");
            ok = false;
        }

        if (!ok || providers is null)
        {
            return false;
        }

        request = new FenceRequest
        {
            Styles = styles,
            Providers = [.. providers],
            Scope = arguments.Scope == "link-local" ? FenceScope.LinkLocal : FenceScope.Imds,
            Dns = arguments.Dns switch { "kube-dns" => DnsMode.KubeDns, "node-local" => DnsMode.NodeLocal, _ => DnsMode.Auto },
            Namespaces = [.. arguments.Namespaces.SelectMany(Split)],
            ExemptNamespaces = [.. arguments.Exempt.SelectMany(Split)],
            Allows = allows.ToImmutable(),
            Priority = arguments.Priority,
            Api = arguments.Api == "v1alpha1" ? AdminApi.V1Alpha1 : AdminApi.V1Alpha2,
            Level = arguments.Level == "restricted" ? PodSecurityLevel.Restricted : PodSecurityLevel.Baseline,
        };
        return true;
    }

    /// <summary>Style names are case-insensitive, repeatable and comma-separated.</summary>
    private static bool TryStyles(IReadOnlyList<string> values, IAnsiConsole console, out ImmutableArray<FenceStyle> styles)
    {
        var names = values.SelectMany(Split).ToList();
        var unknown = names.Where(n => !FenceStyles.TryParse(n, out _)).ToList();
        styles = [.. names.Select(n => FenceStyles.TryParse(n, out var s) ? s : default).Distinct().Order()];
        if (unknown.Count == 0 && names.Count > 0)
        {
            return true;
        }

        var problem = names.Count == 0 ? "no style given" : $"unknown style{(unknown.Count == 1 ? string.Empty : "s")} {string.Join(", ", unknown.Select(u => $"\"{u}\""))}";
        Messages.Error(console, "--style", problem, $"one of {string.Join(", ", FenceStyles.All.Select(FenceStyles.Name))}");
        return false;
    }

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
