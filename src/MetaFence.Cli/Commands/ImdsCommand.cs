using System.CommandLine;
using System.Net.Sockets;
using MetaFence.Cli.Commands.Metadata;
using MetaFence.Imds.Emulator;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence imds serve</c>: a local emulator of the AWS, GCP or Azure metadata service with
/// visibly fake credentials, for labs and tests. Serves until Ctrl-C (exit 0); exit 2 on bad
/// usage or when an address cannot be bound.
/// </summary>
public sealed class ImdsCommand
{
    public const string Description =
        "Local emulators of the cloud metadata services, for labs and tests: no cloud account needed.\n"
        + "Example: metafence imds serve --provider aws --imdsv2 required --hop-limit 1";

    public const string ServeDescription =
        "Serve a fake AWS, GCP or Azure metadata service (visibly fake credentials) until Ctrl-C, logging every "
        + "request to stderr. Binds to loopback unless --listen names another address.\n"
        + "Example: metafence imds serve --provider aws --listen 127.0.0.1:8080 --imdsv2 required --hop-limit 1";

    private readonly Option<string> _provider = new("--provider")
    {
        Description = "The metadata service to imitate.",
        DefaultValueFactory = _ => "aws",
    };

    private readonly Option<string[]> _listen = new("--listen")
    {
        Description = "Address and port to listen on (port 0: any free port); repeat for several (IPv6 in brackets: [fd00:ec2::254]:80).",
        HelpName = "ADDRESS:PORT",
        DefaultValueFactory = _ => ["127.0.0.1:8080"],
    };

    private readonly Option<string> _imdsv2 = new("--imdsv2")
    {
        Description = "AWS HttpTokens: required answers only requests with an IMDSv2 session token (401 otherwise).",
        DefaultValueFactory = _ => "optional",
    };

    private readonly Option<int> _hopLimit = new("--hop-limit")
    {
        Description = "AWS HttpPutResponseHopLimit (1-64): the IP TTL / IPv6 hop limit of the IMDSv2 token reply, "
            + "so clients more routers away never receive a token.",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
    };

    private readonly Option<string> _role = new("--role")
    {
        Description = "The role (AWS), service account (GCP) or VM name (Azure) the fake credentials belong to.",
        HelpName = "NAME",
        DefaultValueFactory = _ => EmulatorOptions.DefaultRole,
    };

    public ImdsCommand(StandardStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        _provider.AcceptOnlyFromAmong("aws", "gcp", "azure");
        _imdsv2.AcceptOnlyFromAmong("optional", "required");
        var serve = new Command("serve", ServeDescription) { _provider, _listen, _imdsv2, _hopLimit, _role };
        serve.SetAction(async (parseResult, cancellationToken) =>
            (int)await HandleAsync(parseResult, streams.Error, TimeProvider.System, cancellationToken).ConfigureAwait(false));
        Command = new Command("imds", Description) { serve };
    }

    public Command Command { get; }

    /// <summary>Checks the values, binds every listener, then serves until <paramref name="cancellationToken"/> fires.</summary>
    public async Task<ExitCodes> HandleAsync(ParseResult parseResult, IAnsiConsole console, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var input = ServeInput.Read(
            parseResult.GetValue(_provider) ?? "aws", parseResult.GetValue(_imdsv2) ?? "optional", parseResult.GetValue(_hopLimit),
            parseResult.GetValue(_role) ?? EmulatorOptions.DefaultRole, parseResult.GetValue(_listen) ?? [], console);
        if (input is not { } valid)
        {
            return ExitCodes.BadInput;
        }

        var gate = new Lock();
        void Log(string line)
        {
            lock (gate)
            {
                Messages.Line(console, "imds", line, Style.Plain);
            }
        }

        EmulatorServer server;
        try
        {
            server = EmulatorServer.Bind(MetadataServices.Create(valid.Options, time), valid.Listen, time, Log);
        }
        catch (SocketException e)
        {
            Messages.Error(console, $"--listen {string.Join(" ", valid.Listen)}", $"cannot listen: {e.Message}", "an address of this machine and a free port");
            return ExitCodes.BadInput;
        }

        await EmulatorHost.ServeAsync(server, valid.Options, Log, console, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
