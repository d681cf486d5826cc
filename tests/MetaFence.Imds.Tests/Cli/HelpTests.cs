using System.Runtime.CompilerServices;
using MetaFence.Imds.Tests.Support;
using MetaFence.Testing.Golden;

namespace MetaFence.Imds.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData("imds")]
    [InlineData("imds serve")]
    [InlineData("probe")]
    public void Should_match_golden_When_asking_for_help(string command)
    {
        using var streams = new TestStreams();

        var exit = streams.Run([.. command.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, streams.Error);
        GoldenFile.Verify(streams.Output, "help", command.Replace(' ', '-'), "txt");
    }

    [Theory]
    [InlineData("imds")]
    [InlineData("imds serve")]
    [InlineData("probe")]
    public void Should_end_the_description_with_an_example_When_asking_for_help(string command)
    {
        using var streams = new TestStreams();

        streams.Run([.. command.Split(' '), "--help"]);

        var description = streams.Output.Split("\n\n")[0].Split('\n')[^1];
        Assert.Matches(@"^  Example: (kubectl exec .* -- )?metafence ", description);
    }

    [Theory]
    [InlineData("imds", "imds", "imds-serve")]
    [InlineData("probe", "probe")]
    public void Should_embed_the_golden_help_When_documenting_a_command(string verb, params string[] goldens)
    {
        // STYLE 10: docs/commands/<verb>.md embeds the golden-tested --help.
        var doc = Normalise(File.ReadAllText(Path.Combine(ProjectFolder(), "..", "..", "docs", "commands", $"{verb}.md")));

        Assert.All(goldens, golden =>
            Assert.Contains(Normalise(File.ReadAllText(Path.Combine(ProjectFolder(), "Golden", "help", $"{golden}.txt"))), doc, StringComparison.Ordinal));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string ProjectFolder([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", ".."));
}
