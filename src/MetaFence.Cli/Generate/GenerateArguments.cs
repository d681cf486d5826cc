namespace MetaFence.Cli.Generate;

/// <summary>The raw values of <c>generate</c>'s options, as the parser left them (defaults filled in).</summary>
internal sealed record GenerateArguments
{
    public IReadOnlyList<string> Files { get; init; } = [];

    public IReadOnlyList<string> Styles { get; init; } = [];

    public IReadOnlyList<string> Namespaces { get; init; } = [];

    public IReadOnlyList<string> Exempt { get; init; } = [];

    public IReadOnlyList<string> Allows { get; init; } = [];

    public IReadOnlyList<string> Providers { get; init; } = [];

    public string Scope { get; init; } = "imds";

    public string Dns { get; init; } = "auto";

    public string Api { get; init; } = "v1alpha2";

    public int Priority { get; init; } = 100;

    public string Level { get; init; } = "baseline";

    public string Out { get; init; } = "-";

    public string Layout { get; init; } = "plain";

    public bool Force { get; init; }

    public bool WritesFiles => Out != "-";
}
