using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using MetaFence.Core.Net;
using MetaFence.Core.Plans;
using MetaFence.Imds.Lab;
using MetaFence.Rendering.Yaml;
using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Cli.Commands;

/// <summary>
/// <c>metafence lab</c>: the lab tests' topology (pod —node— imds, and a host behind the node) for a
/// person to explore: the emulator runs in the imds namespace, the node firewall script is written
/// to a temporary folder, what to try is printed, and everything is removed on Ctrl-C, SIGTERM or
/// error. <c>--no-wait</c> builds, prints and tears down at once. Root only; exit 2 when it cannot build.
/// </summary>
public sealed class LabCommand
{
    public const string Description =
        "Build a throw-away lab of network namespaces (pod, node, imds running the metadata emulator, host) to try the attack and the "
        + "defences by hand, print what to try, wait for Ctrl-C and remove it all. Needs root; no traffic leaves the lab.\n"
        + "Example: sudo metafence lab --imdsv2 required --hop-limit 1";

    private readonly StandardStreams _streams;
    private readonly Option<string> _imdsv2 = new("--imdsv2") { Description = "IMDSv2 tokens for the emulator: required or optional.", DefaultValueFactory = _ => "optional" };
    private readonly Option<int> _hopLimit = new("--hop-limit") { Description = "IP TTL of the emulator's token replies (1 starves the pod).", HelpName = "N", DefaultValueFactory = _ => 2 };
    private readonly Option<bool> _noWait = new("--no-wait") { Description = "Build, print and tear down at once (for tests). Default: off." };

    public LabCommand(StandardStreams streams)
    {
        _streams = streams;
        _imdsv2.AcceptOnlyFromAmong("required", "optional");
        Command = new Command("lab", Description) { _imdsv2, _hopLimit, _noWait };
        Command.SetAction(p => (int)Handle(p));
    }

    public Command Command { get; }

    public ExitCodes Handle(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var folder = Directory.CreateTempSubdirectory("metafence-lab-");
        try
        {
            using var lab = NetworkLab.Create(SelfCommand());
            var hopLimit = parseResult.GetValue(_hopLimit).ToString(CultureInfo.InvariantCulture);
            using var emulator = lab.StartEmulator("--imdsv2", parseResult.GetValue(_imdsv2) ?? "optional", "--hop-limit", hopLimit);
            using var host = lab.StartHostServer();
            var script = Path.Combine(folder.FullName, NodeFirewallScriptPlan.ScriptKey);
            File.WriteAllText(script, FirewallScriptFor(PodNetV4, PodNetV6));
            _streams.Output.Write(LabGuide.Text(lab, script));
            _streams.Output.Flush();
            if (!parseResult.GetValue(_noWait))
            {
                WaitForSignal();
            }

            Messages.Line(_streams.Error, "lab", "removing the lab's namespaces", Spectre.Console.Style.Plain);
            return ExitCodes.Ok;
        }
        catch (LabException e)
        {
            Messages.Error(_streams.Error, "lab", e.Message, "root, with iproute2, iptables and curl installed (scripts/setup)");
            return ExitCodes.BadInput;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The node firewall script <c>generate --style node-firewall --provider aws</c> writes for the lab's pod network.</summary>
    private static string FirewallScriptFor(params string[] podCidrs)
    {
        var request = new FenceRequest
        {
            Styles = [FenceStyle.NodeFirewall],
            Providers = ["aws"],
            NodeFirewall = new NodeFirewallSettings { PodCidrs = [.. podCidrs.Select(c => Cidr.TryParse(c, out var cidr, out _) ? cidr : default)] },
        };
        var plan = FencePlanner.Plan(request).Plan ?? throw new InvalidOperationException("the lab's node firewall request did not plan");
        return FirewallScript.Text(plan.Styles.SelectMany(s => s.Objects).OfType<NodeFirewallScriptPlan>().Single().Rules);
    }

    /// <summary>This very program: the dotnet host with metafence.dll, or the published executable.</summary>
    private static string[] SelfCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? [process, typeof(Program).Assembly.Location] : [process];
    }

    private static void WaitForSignal()
    {
        using var stop = new ManualResetEventSlim();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Set(); });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Set(); });
        stop.Wait();
    }
}
