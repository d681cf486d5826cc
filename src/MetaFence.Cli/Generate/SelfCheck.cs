using System.Collections.Immutable;
using MetaFence.Core.Findings;
using MetaFence.Core.Plans;
using MetaFence.Rendering.Yaml;
using MetaFence.Sources.Files;

namespace MetaFence.Cli.Generate;

/// <summary>
/// Proves the rendered policies before anything is printed: each policy style's YAML is read back
/// through the same loader as <c>-f</c> (so the check also proves the YAML is valid and every object
/// the API server would accept), then <see cref="FenceCheck"/> evaluates it with the input cluster.
/// With more than one policy style, they are also checked together, as they would be applied.
/// </summary>
internal static class SelfCheck
{
    public const string Together = "all styles together";

    public static ImmutableArray<FenceCheckReport> Run(FencePlan plan, ImmutableArray<RenderedDocument> documents)
    {
        var reports = ImmutableArray.CreateBuilder<FenceCheckReport>();
        var policyStyles = plan.Styles.Select(s => s.Style).Where(FenceStyles.IsPolicy).ToList();
        foreach (var style in policyStyles)
        {
            reports.Add(Check(plan, FenceStyles.Name(style), documents.Where(d => d.Style == style)));
        }

        if (policyStyles.Count > 1)
        {
            reports.Add(Check(plan, Together, documents.Where(d => FenceStyles.IsPolicy(d.Style))));
        }

        return reports.ToImmutable();
    }

    /// <summary>
    /// YAML the loader reads back with a diagnostic or a problem (other kinds than policies included) is a bug: never printed.
    /// The node firewall's ConfigMap is the one kind the loader has no use for; a model test reads it instead.
    /// </summary>
    public static ImmutableArray<string> Unreadable(ImmutableArray<RenderedDocument> documents)
    {
        if (!documents.Any(d => d.IsManifest))
        {
            return [];
        }

        var load = Load("generated", documents);
        return [.. load.Diagnostics.Select(d => d.ToString()), .. load.Snapshot.Problems.Select(p => $"{p.Object}: {p.Message}"),
            .. load.Snapshot.SkippedKinds.Where(k => k.Key != "ConfigMap").Select(k => $"{k.Key}: not read back")];
    }

    private static FenceCheckReport Check(FencePlan plan, string name, IEnumerable<RenderedDocument> documents)
    {
        var load = Load($"generated {name}", documents);
        var report = FenceCheck.Run(plan, name, load.Snapshot);
        return load.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning)
            ? report with { Invalid = [.. report.Invalid, .. load.Diagnostics.Select(d => d.ToString())] }
            : report;
    }

    private static LoadResult Load(string name, IEnumerable<RenderedDocument> documents) =>
        ManifestLoader.LoadText(name, PlanRenderer.Join(documents), new LoadOptions());
}
