using System.Text.Json;
using MetaFence.Core.Findings;
using MetaFence.Rendering.Audit;
using MetaFence.Rendering.Tests.Fixtures;
using MetaFence.Testing.Golden;

namespace MetaFence.Rendering.Tests.Audit;

public sealed class AuditSarifRendererTests
{
    [Fact]
    public void Should_match_golden_When_rendering_the_sample_world()
    {
        GoldenFile.Verify(Render(SampleReport.Create()), "audit", "sample", "sarif");
    }

    [Theory]
    [InlineData(Severity.Critical, "error")]
    [InlineData(Severity.High, "error")]
    [InlineData(Severity.Medium, "warning")]
    [InlineData(Severity.Low, "note")]
    [InlineData(Severity.Info, "note")]
    public void Should_map_severity_to_sarif_level(Severity severity, string level)
    {
        Assert.Equal(level, AuditSarifRenderer.Level(severity));
    }

    [Fact]
    public void Should_declare_each_rule_once_and_point_results_at_it()
    {
        using var document = JsonDocument.Parse(Render(SampleReport.Create()));
        var run = document.RootElement.GetProperty("runs")[0];

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["MF001", "MF004", "MF007", "MF020"], rules);
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()]);
        }
    }

    [Theory]
    [InlineData("workloads/x.yaml", "workloads/x.yaml")]
    [InlineData("my dir\\x.yaml", "my%20dir/x.yaml")]
    [InlineData("/tmp/x.yaml", "file:///tmp/x.yaml")]
    public void Should_write_artifact_uris_as_sarif_expects(string file, string uri)
    {
        Assert.Equal(uri, SarifResult.ArtifactUri(file));
    }

    private static string Render(Core.Audit.AuditReport report)
    {
        using var writer = new StringWriter();
        AuditSarifRenderer.Render(report, writer);
        return writer.ToString();
    }
}
