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
    public void Should_match_golden_When_verdicts_are_unknown()
    {
        GoldenFile.Verify(Render(UnknownReport.Create()), "audit", "unknown", "json");
    }

    [Fact]
    public void Should_keep_reachable_a_bool_and_add_status_When_a_verdict_is_unknown()
    {
        using var document = JsonDocument.Parse(Render(UnknownReport.Create()));
        var subjects = document.RootElement.GetProperty("subjects").EnumerateArray().ToList();
        var aws = subjects.Select(s => (Namespace: s.GetProperty("namespace").GetString(), Aws: s.GetProperty("endpoints").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "aws-imds"))).ToDictionary(p => p.Namespace!, p => p.Aws);

        Assert.Equal(("unknown", true), (aws["x"].GetProperty("status").GetString(), aws["x"].GetProperty("reachable").GetBoolean()));
        Assert.Equal(("blocked", false), (aws["y"].GetProperty("status").GetString(), aws["y"].GetProperty("reachable").GetBoolean()));
        Assert.Equal(("reachable", true), (aws["z"].GetProperty("status").GetString(), aws["z"].GetProperty("reachable").GetBoolean()));
        Assert.Equal(["networkpolicies in x could not be read"], aws["x"].GetProperty("unknown").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("unknown").GetInt32());
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
