using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Rendering.Explain;

namespace MetaFence.Rendering.Tests.Fixtures;

/// <summary>Explain answers over the same tiny world as <see cref="SampleReport"/>.</summary>
internal static class SampleAnswers
{
    private static readonly Destination Imds80 = new(Endpoints.Ip("169.254.169.254"), 80, Protocol.TCP);

    public static ExplainAnswer DebugBlocked { get; } = new()
    {
        From = new ObjectRef("Pod", "x", "debug"),
        Subject = Pod("x", "debug"),
        To = Imds80,
        Verdict = Verdicts.AllowEgressExceptMetadata(Imds80),
    };

    public static ExplainAnswer WebIpv6 { get; } = new()
    {
        From = new ObjectRef("Deployment", "x", "web"),
        Subject = Pod("x", "web-7d9f8-a1"),
        To = new Destination(Endpoints.Ip("fd00:ec2::254"), 80, Protocol.TCP),
        Verdict = Verdicts.DefaultAllow(Imds80),
        InputNotes = ["Deployment x/web: answered for its pod x/web-7d9f8-a1 (1 of 3)"],
    };

    public static ExplainAnswer NodeAgentHex { get; } = new()
    {
        From = new ObjectRef("DaemonSet", "y", "node-agent"),
        Subject = Pod("y", "node-agent-k2") with { HostNetwork = true },
        To = Imds80,
        Verdict = Verdicts.HostNetwork(Imds80),
        AskedAs = "0xA9FEA9FE",
        InputNotes =
        [
            "DaemonSet y/node-agent: answered for its pod y/node-agent-k2 (1 of 2)",
            "address 0xA9FEA9FE is IPv4 written as one hexadecimal integer: read as 169.254.169.254",
        ],
    };

    public static ExplainAnswer ReportTemplate { get; } = new()
    {
        From = new ObjectRef("CronJob", "y", "report"),
        Subject = Pod("y", "report") with { Phase = PodPhase.Template },
        To = Imds80,
        Verdict = Verdicts.AdminBlocksIpv4Only(Imds80),
        InputNotes = ["CronJob y/report has no pods in the input: answered for its pod template"],
    };

    public static ExplainAnswer Db8080 { get; } = new()
    {
        From = new ObjectRef("Pod", "z", "db-0"),
        Subject = Pod("z", "db-0"),
        To = Imds80 with { Port = 8080 },
        Verdict = Verdicts.Port8080Only(Imds80 with { Port = 8080 }),
    };

    public static IReadOnlyList<ExplainAnswer> Several { get; } = [DebugBlocked, WebIpv6, NodeAgentHex, ReportTemplate, Db8080];

    private static PodInfo Pod(string ns, string name) => new() { Namespace = ns, Name = name };
}
