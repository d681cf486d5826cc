using MetaFence.Rendering.Audit;
using MetaFence.Rendering.Tests.Fixtures;
using MetaFence.Testing.Golden;
using Spectre.Console.Testing;

namespace MetaFence.Rendering.Tests.Audit;

public sealed class AuditTableRendererTests
{
    [Fact]
    public void Should_match_golden_When_rendering_the_sample_world()
    {
        GoldenFile.Verify(Render(SampleReport.Create()), "audit", "sample", "txt");
    }

    [Fact]
    public void Should_list_reachable_endpoints_in_one_column_When_endpoint_columns_do_not_fit()
    {
        GoldenFile.Verify(Render(SampleReport.Create(), width: 80), "audit", "sample-narrow", "txt");
    }

    [Fact]
    public void Should_say_there_is_nothing_When_the_input_has_no_subjects()
    {
        GoldenFile.Verify(Render(SampleReport.Empty()), "audit", "empty", "txt");
    }

    [Fact]
    public void Should_show_a_question_mark_and_a_legend_When_verdicts_are_unknown()
    {
        GoldenFile.Verify(Render(UnknownReport.Create()), "audit", "unknown", "txt");
    }

    [Fact]
    public void Should_list_unknown_endpoints_apart_When_endpoint_columns_do_not_fit()
    {
        GoldenFile.Verify(Render(UnknownReport.Create(), width: 60), "audit", "unknown-narrow", "txt");
    }

    [Fact]
    public void Should_end_with_the_summary_line()
    {
        var lines = Render(SampleReport.Create()).TrimEnd().Split('\n');

        Assert.Equal(
            "3 namespaces, 5 subjects (7 pods, 1 template): 4 can reach a credential endpoint; findings: 2 critical, 1 high, 1 medium, 1 info",
            lines[^1]);
    }

    private static string Render(Core.Audit.AuditReport report, int width = 120)
    {
        using var console = new TestConsole().Width(width).SupportsUnicode(true);
        AuditTableRenderer.Render(report, console);
        return console.Output;
    }
}
