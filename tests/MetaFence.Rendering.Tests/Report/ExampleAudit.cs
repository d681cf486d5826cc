using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Rendering.Audit;
using MetaFence.Rendering.Report;
using MetaFence.Sources.Files;
using MetaFence.Testing.Browser;

namespace MetaFence.Rendering.Tests.Report;

/// <summary>The README's example cluster (<c>examples/cluster</c>) audited for every provider, as <c>audit -f examples/cluster</c> does.</summary>
internal static class ExampleAudit
{
    public static ReportDocument Document()
    {
        var root = TestArtifacts.RepositoryRoot();
        var load = ManifestLoader.Load([Path.Combine(root, "examples", "cluster")], new LoadOptions("default"));
        var report = Auditor.Run(load.Snapshot, new AuditOptions(EndpointCatalog.ForProviders([])));
        return AuditReportModel.From(report, "examples/cluster");
    }

    public static string Html(ReportDocument document)
    {
        using var writer = new StringWriter();
        HtmlReportRenderer.Render(document, writer);
        return writer.ToString();
    }
}
