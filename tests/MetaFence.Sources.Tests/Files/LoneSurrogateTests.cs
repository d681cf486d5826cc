using MetaFence.Sources.Files;

namespace MetaFence.Sources.Tests.Files;

public sealed class LoneSurrogateTests
{
    [Theory]
    [InlineData("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a","labels":{"x":5,"\ud800":1}}}""", "test.json: document 1: metadata.labels.x: the text holds an unpaired UTF-16 surrogate escape (such as \\ud800); expected valid Unicode text")]
    [InlineData("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"\ud800x","labels":5}}""", "test.json: document 1: metadata.name: \"\\ud800x\" is not a string; expected a string")]
    public void Should_report_a_diagnostic_not_crash_When_json_holds_a_lone_surrogate_escape(string json, string expected)
    {
        // Found by the streaming-reader comparison: System.Text.Json cannot decode "\ud800" alone,
        // and describing the bad value used to throw instead of reporting it.
        var result = ManifestLoader.LoadText("test.json", json, new LoadOptions());

        Assert.True(result.HasErrors);
        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString());
    }
}
