using MetaFence.Cli;
using Spectre.Console.Testing;

namespace MetaFence.Imds.Tests.Support;

/// <summary>Doubles for stderr (a wide Spectre <see cref="TestConsole"/>), stdout and stdin, and a way to run the CLI on them.</summary>
internal sealed class TestStreams : IDisposable
{
    private readonly TestConsole _console = new TestConsole().Width(200);
    private readonly StringWriter _output = new() { NewLine = "\n" };

    public TestStreams()
    {
        Streams = new StandardStreams(_console, _output, new StringReader(string.Empty));
    }

    public StandardStreams Streams { get; }

    /// <summary>Everything written to stderr.</summary>
    public string Error => _console.Output.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Everything written to stdout.</summary>
    public string Output => _output.ToString();

    public int Run(params string[] args) => Program.Run(args, Streams);

    public void Dispose()
    {
        _console.Dispose();
        _output.Dispose();
    }
}
