using System.Text.Json;
using MetaFence.Rendering.Explain;
using MetaFence.Rendering.Tests.Fixtures;
using MetaFence.Testing.Golden;

namespace MetaFence.Rendering.Tests.Explain;

public sealed class ExplainRendererTests
{
    [Fact]
    public void Should_match_golden_text_When_one_question_is_blocked_by_a_networkpolicy()
    {
        GoldenFile.Verify(Text([SampleAnswers.DebugBlocked]), "explain", "blocked-by-networkpolicy", "txt");
    }

    [Fact]
    public void Should_match_golden_text_When_several_questions_are_answered()
    {
        GoldenFile.Verify(Text(SampleAnswers.Several), "explain", "several", "txt");
    }

    [Fact]
    public void Should_match_golden_json_When_one_question_is_blocked_by_a_networkpolicy()
    {
        GoldenFile.Verify(Json([SampleAnswers.DebugBlocked]), "explain", "blocked-by-networkpolicy", "json");
    }

    [Fact]
    public void Should_match_golden_json_When_several_questions_are_answered()
    {
        GoldenFile.Verify(Json(SampleAnswers.Several), "explain", "several", "json");
    }

    [Fact]
    public void Should_put_the_answer_on_the_first_line()
    {
        var first = Text([SampleAnswers.DebugBlocked]).Split('\n')[0];

        Assert.Equal("BLOCKED: x/debug -> 169.254.169.254:80/TCP", first);
    }

    [Fact]
    public void Should_write_one_object_for_one_question_and_an_array_in_order_for_several()
    {
        using var one = JsonDocument.Parse(Json([SampleAnswers.DebugBlocked]));
        using var several = JsonDocument.Parse(Json(SampleAnswers.Several));

        Assert.Equal("metafence.explain/v1", one.RootElement.GetProperty("schema").GetString());
        Assert.False(one.RootElement.GetProperty("allowed").GetBoolean());
        var names = several.RootElement.EnumerateArray().Select(a => a.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(["debug", "web", "node-agent", "report", "db-0"], names);
    }

    private static string Text(IReadOnlyList<ExplainAnswer> answers)
    {
        using var writer = new StringWriter();
        ExplainTextRenderer.Render(answers, writer);
        return writer.ToString();
    }

    private static string Json(IReadOnlyList<ExplainAnswer> answers)
    {
        using var writer = new StringWriter();
        ExplainJsonRenderer.Render(answers, writer);
        return writer.ToString();
    }
}
