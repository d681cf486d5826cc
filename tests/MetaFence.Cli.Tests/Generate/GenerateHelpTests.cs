using System.Runtime.CompilerServices;
using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.Generate;

public sealed class GenerateHelpTests
{
    [Fact]
    public void Should_match_golden_When_asking_for_generate_help()
    {
        using var streams = new TestStreams();

        var exit = streams.Run("generate", "--help");

        Assert.Equal(0, exit);
        GoldenFile.Verify(streams.Output, "generate", "help", "txt");
    }

    [Fact]
    public void Should_end_the_description_with_an_example_When_asking_for_help()
    {
        using var streams = new TestStreams();

        streams.Run("generate", "--help");

        Assert.StartsWith("  Example: metafence generate ", streams.Output.Split("\n\n")[0].Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_embed_the_golden_help_When_documenting_generate()
    {
        // STYLE 10: docs/commands/<verb>.md embeds the golden-tested --help.
        var help = File.ReadAllText(Path.Combine(ProjectFolder(), "Golden", "generate", "help.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var doc = File.ReadAllText(Path.Combine(ProjectFolder(), "..", "..", "docs", "commands", "generate.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains(help, doc, StringComparison.Ordinal);
    }

    private static string ProjectFolder([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", ".."));
}
