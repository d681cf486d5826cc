using System.Globalization;
using MetaFence.Cli.Output;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Verify;
using MetaFence.Rendering.Verify;
using MetaFence.Sources.Live;
using Spectre.Console;

namespace MetaFence.Cli.Verify;

/// <summary>One <c>verify</c> run after parsing: snapshot, targets, probe pods, rows beside predictions, report.</summary>
internal sealed class VerifyRun(VerifyArguments arguments, VerifyEnvironment environment, IAnsiConsole console)
{
    /// <summary>The report, or null after reporting bad usage (an unknown namespace or workload).</summary>
    public async Task<VerifyReport?> RunAsync(ClusterConnection connection, VerifyChecks checks, CancellationToken cancellationToken)
    {
        var snapshot = await environment.ReadSnapshot(connection, cancellationToken).ConfigureAwait(false);
        if (!VerifyTargets.TryResolve(arguments, snapshot, console, out var targets))
        {
            return null;
        }

        var runId = environment.NewRunId();
        var pods = targets.Namespaces.Select(ns => ns == targets.AsNamespace
                ? ProbePods.Plan(ns, runId, arguments.Image, checks.Script, arguments.TimeoutSeconds, targets.AsLabels, targets.AsName)
                : ProbePods.Plan(ns, runId, arguments.Image, checks.Script, arguments.TimeoutSeconds))
            .ToList();
        Messages.Line(console, "verify", string.Create(CultureInfo.InvariantCulture,
            $"run {runId}: {pods.Count} probe pod(s) with {arguments.Image}, {arguments.Parallel} at a time (label {ProbePods.RunLabel}={runId})"), Style.Plain);
        var runner = new ProbeRunner(new KubeProbeCluster(Cluster.KubeApi.For(connection)), environment.Time,
            new ProbeRunSettings { Parallel = arguments.Parallel, Timeout = TimeSpan.FromSeconds(arguments.TimeoutSeconds), PollInterval = environment.PollInterval },
            warning => Messages.Line(console, "warning", warning, Messages.Yellow));
        var runs = await runner.RunAsync(pods, runId, cancellationToken).ConfigureAwait(false);
        var predictor = new VerifyPredictor(new EgressEngine(snapshot));
        return VerifyReport.Create(runId, arguments.Image, pods, runs.SelectMany(run => VerifyResults.Of(run, checks.Checks, predictor)));
    }

    public static bool ValidNumbers(VerifyArguments arguments, IAnsiConsole console)
    {
        var ok = true;
        if (arguments.TimeoutSeconds is < 10 or > 3600)
        {
            Messages.Error(console, "--timeout", string.Create(CultureInfo.InvariantCulture, $"{arguments.TimeoutSeconds} is out of range"), "10 to 3600 seconds");
            ok = false;
        }

        if (arguments.Parallel is < 1 or > 64)
        {
            Messages.Error(console, "--parallel", string.Create(CultureInfo.InvariantCulture, $"{arguments.Parallel} is out of range"), "1 to 64");
            ok = false;
        }

        if (arguments.Image.Length == 0 || arguments.Image.EndsWith(":latest", StringComparison.Ordinal))
        {
            Messages.Error(console, "--image", $"\"{arguments.Image}\" is not pinned", "an image with sh and curl and an explicit tag other than latest, or a @sha256: digest");
            ok = false;
        }

        return ok;
    }

    public static bool TryWrite(VerifyReport report, VerifyArguments arguments, TextWriter output, IAnsiConsole console) =>
        DataOutput.TryWrite(arguments.Output, output, console, writer =>
        {
            switch (arguments.Format)
            {
                case "json":
                    VerifyJsonRenderer.Render(report, writer);
                    break;
                case "junit":
                    VerifyJunitRenderer.Render(report, writer);
                    break;
                default:
                    VerifyTableRenderer.Render(report, DataConsole.Create(writer));
                    break;
            }
        });
}
