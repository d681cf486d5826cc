using MetaFence.Core.Findings;
using MetaFence.Rendering.Audit;
using MetaFence.Rendering.Report;
using MetaFence.Rendering.Tests.Fixtures;
using MetaFence.Testing.Golden;

namespace MetaFence.Rendering.Tests.Audit;

public sealed class AuditReportModelTests
{
    [Theory]
    [InlineData("sample")]
    [InlineData("empty")]
    public void Should_match_golden_When_rendering_html_and_markdown(string name)
    {
        var document = AuditReportModel.From(name == "sample" ? SampleReport.Create() : SampleReport.Empty(), "policies/");

        GoldenFile.Verify(Html(document), "audit", name, "html");
        GoldenFile.Verify(Markdown(document), "audit", name, "md");
    }

    [Fact]
    public void Should_draw_only_subjects_that_reach_a_credential_endpoint_When_building_the_graph()
    {
        // x/debug's egress policy excepts the metadata addresses (SampleReport): it is the one left out.
        var graph = AuditReportModel.From(SampleReport.Create()).Graph;

        Assert.NotNull(graph);
        var subjects = graph.Nodes.Where(n => n.Kind == ReportNodeKind.Subject).Select(n => n.Label).Order(StringComparer.Ordinal);
        Assert.Equal(["x/web", "y/node-agent", "y/report", "z/db"], subjects);
        Assert.All(graph.Edges, e => Assert.StartsWith("subject-", e.From, StringComparison.Ordinal));
        Assert.All(graph.Edges, e => Assert.StartsWith("endpoint-", e.To, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_link_every_subject_node_to_its_matrix_row_When_building_the_graph()
    {
        var document = AuditReportModel.From(SampleReport.Create());

        var matrixRows = document.Sections.Single(s => s.Id == "matrix").Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var graph = document.Graph;
        Assert.NotNull(graph);
        Assert.All(graph.Nodes.Where(n => n.Kind == ReportNodeKind.Subject), n => Assert.Contains(n.Link, matrixRows));
    }

    [Fact]
    public void Should_count_every_finding_by_severity_When_summarising()
    {
        var report = SampleReport.Create();

        var facts = AuditReportModel.From(report).Summary.ToDictionary(f => f.Label, f => f.Value, StringComparer.Ordinal);

        foreach (var severity in Enum.GetValues<Severity>())
        {
            var name = severity.ToString();
            Assert.Equal(report.Findings.Count(f => f.Severity == severity).ToString(System.Globalization.CultureInfo.InvariantCulture), facts[name]);
        }
    }

    [Fact]
    public void Should_give_each_finding_row_a_unique_anchor_When_grouping_by_namespace()
    {
        var findings = AuditReportModel.From(SampleReport.Create()).Sections.Single(s => s.Id == "findings");

        Assert.Equal(SampleReport.Create().Findings.Length, findings.Rows.Length);
        Assert.Equal(findings.Rows.Length, findings.Rows.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        var groups = findings.Rows.Select(r => r.Group).ToList();
        Assert.Equal(groups.Distinct().Count(), groups.Where((g, i) => i == 0 || g != groups[i - 1]).Count());
    }

    private static string Html(ReportDocument document)
    {
        using var writer = new StringWriter();
        HtmlReportRenderer.Render(document, writer);
        return writer.ToString();
    }

    private static string Markdown(ReportDocument document)
    {
        using var writer = new StringWriter();
        MarkdownReportRenderer.Render(document, writer);
        return writer.ToString();
    }
}
