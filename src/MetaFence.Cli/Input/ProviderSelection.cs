using System.Diagnostics.CodeAnalysis;
using MetaFence.Core.Catalog;

namespace MetaFence.Cli.Input;

/// <summary>
/// The <c>--provider</c> values checked against <see cref="EndpointCatalog.Providers"/>:
/// case-insensitive, repeatable or comma-separated; <c>all</c> (the default) means every one.
/// </summary>
internal static class ProviderSelection
{
    /// <summary>The chosen provider names (empty = all), or false with the problem and the valid names.</summary>
    public static bool TryParse(IEnumerable<string>? values, [NotNullWhen(true)] out IReadOnlyList<string>? providers, out string problem)
    {
        providers = null;
        problem = string.Empty;
        var names = (values ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(v => v.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0 || names.Contains(Options.AllProviders))
        {
            providers = [];
            return true;
        }

        var unknown = names.Where(n => !EndpointCatalog.Providers.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            problem = $"unknown provider{(unknown.Count == 1 ? string.Empty : "s")} {string.Join(", ", unknown.Select(u => $"\"{u}\""))}";
            return false;
        }

        providers = [.. names.Order(StringComparer.Ordinal)];
        return true;
    }

    /// <summary>What <c>--provider</c> accepts, for the error message.</summary>
    public static string Expected() =>
        $"one of {string.Join(", ", EndpointCatalog.Providers.Order(StringComparer.Ordinal))}, or {Options.AllProviders}";
}
