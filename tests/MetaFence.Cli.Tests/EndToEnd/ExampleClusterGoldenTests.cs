using System.Runtime.CompilerServices;
using MetaFence.Testing.Golden;

namespace MetaFence.Cli.Tests.EndToEnd;

/// <summary>
/// The README's example cluster (<c>examples/cluster</c>) through the whole CLI, compared with
/// golden files. Paths in the output are made relative to the repository root.
/// </summary>
[Trait("Needs", "Engine")]
public sealed class ExampleClusterGoldenTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Cluster = Path.Combine(Root, "examples", "cluster");

    [Theory]
    [InlineData("table", "txt")]
    [InlineData("json", "json")]
    [InlineData("sarif", "sarif.json")]
    [InlineData("html", "html")]
    [InlineData("markdown", "md")]
    public void Should_match_the_golden_output_When_auditing_the_example_cluster(string format, string extension)
    {
        using var streams = new TestStreams();

        var exit = streams.Run("audit", "-f", Cluster, "--format", format);

        Assert.Equal((int)ExitCodes.Findings, exit);
        Assert.Equal(string.Empty, streams.Error);
        GoldenFile.Verify(Relative(streams.Output), "example", $"audit-{format}", extension);
    }

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("json", "json")]
    public void Should_match_the_golden_answers_When_explaining_the_example_cluster(string format, string extension)
    {
        using var streams = new TestStreams();

        var exit = streams.Run(
            "explain", "-f", Cluster, "--format", format,
            "--from", "shop/web", "--from", "shop/checkout", "--from", "payments/api",
            "--to", "169.254.169.254", "--to", "[fd00:ec2::254]:80/TCP", "--to", "100.100.100.200:80");

        Assert.Equal((int)ExitCodes.Ok, exit);
        GoldenFile.Verify(Relative(streams.Output), "example", $"explain-{format}", extension);
    }

    private static string Relative(string output) =>
        output.Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
