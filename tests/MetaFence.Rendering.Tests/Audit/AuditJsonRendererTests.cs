using System.Text.Json;
using MetaFence.Rendering.Audit;
using MetaFence.Rendering.Tests.Fixtures;
using MetaFence.Testing.Golden;

namespace MetaFence.Rendering.Tests.Audit;

public sealed class AuditJsonRendererTests
{
    [Fact]
    public void Should_match_golden_When_rendering_the_sample_world()
    {
        GoldenFile.Verify(Render(SampleReport.Create()), "audit", "sample", "json");
    }

    [Fact]
    public void Should_match_golden_When_the_input_has_no_subjects()
    {
        GoldenFile.Verify(Render(SampleReport.Empty()), "audit", "empty", "json");
    }

    [Fact]
    public void Should_carry_the_v1_schema_and_per_destination_verdicts()
    {
        using var document = JsonDocument.Parse(Render(SampleReport.Create()));
        var root = document.RootElement;

        Assert.Equal("metafence.audit/v1", root.GetProperty("schema").GetString());
        var report = root.GetProperty("subjects").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "report");
        var aws = report.GetProperty("endpoints").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "aws-imds");
        Assert.True(aws.GetProperty("reachable").GetBoolean());
        var allowed = aws.GetProperty("destinations").EnumerateArray()
            .Where(d => d.GetProperty("allowed").GetBoolean())
            .Select(d => d.GetProperty("address").GetString());
        Assert.Equal(["fd00:ec2::254"], allowed);
    }

    [Fact]
    public void Should_list_findings_most_severe_first()
    {
        using var document = JsonDocument.Parse(Render(SampleReport.Create()));

        var severities = document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("severity").GetString());

        Assert.Equal(["critical", "critical", "high", "medium", "info"], severities);
    }

    private static string Render(Core.Audit.AuditReport report)
    {
        using var writer = new StringWriter();
        AuditJsonRenderer.Render(report, writer);
        return writer.ToString();
    }
}
