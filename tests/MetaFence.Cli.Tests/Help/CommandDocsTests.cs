using System.Runtime.CompilerServices;

namespace MetaFence.Cli.Tests.Help;

public sealed class CommandDocsTests
{
    [Theory]
    [InlineData("audit")]
    [InlineData("explain")]
    [InlineData("verify")]
    [InlineData("trace")]
    public void Should_embed_the_golden_help_When_documenting_a_command(string verb)
    {
        // STYLE 10: docs/commands/<verb>.md embeds the golden-tested --help.
        var help = File.ReadAllText(Path.Combine(TestsFolder(), "Golden", "help", $"{verb}.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var doc = File.ReadAllText(Path.Combine(TestsFolder(), "..", "..", "docs", "commands", $"{verb}.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains(help, doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_quote_only_real_output_When_the_readme_shows_the_audit()
    {
        // STYLE 10: the README's output excerpt is itself a golden file.
        var golden = File.ReadAllText(Path.Combine(TestsFolder(), "Golden", "example", "audit-table.txt")).Split('\n');
        var readme = File.ReadAllText(Path.Combine(TestsFolder(), "..", "..", "README.md"));
        var start = readme.IndexOf("```text\n╭", StringComparison.Ordinal);
        var excerpt = readme[(start + 8)..readme.IndexOf("```", start + 8, StringComparison.Ordinal)].TrimEnd().Split('\n');

        Assert.True(start >= 0, "README has no audit excerpt");
        Assert.All(excerpt.Where(line => line != "..."), line => Assert.Contains(line, golden));
    }

    [Fact]
    public void Should_quote_only_real_output_When_the_readme_shows_the_trace()
    {
        var golden = File.ReadAllText(Path.Combine(TestsFolder(), "Golden", "trace", "aws-table.txt")).Split('\n');
        var readme = File.ReadAllText(Path.Combine(TestsFolder(), "..", "..", "README.md"));
        var start = readme.IndexOf("```text\n$ ./metafence trace", StringComparison.Ordinal);
        var excerpt = readme[(start + 8)..readme.IndexOf("```", start + 8, StringComparison.Ordinal)].TrimEnd().Split('\n').Skip(1);

        Assert.True(start >= 0, "README has no trace excerpt");
        Assert.All(excerpt.Where(line => line != "..."), line => Assert.Contains(line, golden));
    }

    private static string TestsFolder([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", ".."));
}
