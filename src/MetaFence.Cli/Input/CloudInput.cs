using System.CommandLine;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;
using MetaFence.Sources.Cloud;
using Spectre.Console;

namespace MetaFence.Cli.Input;

/// <summary>
/// Reads the cloud exports named on the command line and reports their diagnostics on stderr.
/// An export with some problems is used for what it holds (diagnostics on stderr); one with
/// nothing usable (wrong kind, truncated JSON) is left out with an error, and the command exits 2
/// after writing what the rest shows (<see cref="Result.AllUsable"/> false).
/// </summary>
internal static class CloudInput
{
    /// <summary>What was read; <c>Given</c> is false when no export option was used.</summary>
    public sealed record Result(PostureInput Input, bool Given, bool AnyUsable, bool AllUsable);

    /// <summary>The exports, or null on a bad <c>--pod-hops</c> (already reported).</summary>
    public static Result? Load(ParseResult parse, CloudOptions options, IAnsiConsole console)
    {
        var hops = PodNetworkHops.Default;
        if (parse.GetValue(options.PodHops) is { } count)
        {
            if (count is < 1 or > 64)
            {
                Messages.Error(console, "--pod-hops", $"{count} is out of range", "1 to 64 (the range of the EC2 hop limit)");
                return null;
            }

            hops = PodNetworkHops.Explicit(count);
        }
        else if (parse.GetValue(options.Cni) is { } cni && PodNetworkHops.ForCni(cni) is { } known)
        {
            hops = known;
        }

        var given = 0;
        var usable = 0;
        var input = new PostureInput { Hops = hops };
        if (Read(parse.GetValue(options.AwsInstances), AwsInstancesExportReader.Read, console, ref given, ref usable, out var instances))
        {
            input = input with { Instances = instances };
        }

        if (Read(parse.GetValue(options.AwsIam), AwsIamExportReader.Read, console, ref given, ref usable, out var iam))
        {
            input = input with { Iam = iam };
        }

        if (Read(parse.GetValue(options.GcpNodePools), GkeNodePoolExportReader.Read, console, ref given, ref usable, out var pools))
        {
            input = input with { NodePools = pools };
        }

        if (Read(parse.GetValue(options.AzureAks), AksClusterExportReader.Read, console, ref given, ref usable, out var aks))
        {
            input = input with { AksClusters = aks };
        }

        return new Result(input, given > 0, usable > 0, usable == given);
    }

    /// <summary>True when <paramref name="path"/> was given and something usable was read from it.</summary>
    private static bool Read<T>(string? path, Func<string, CloudExport<T>> reader, IAnsiConsole console, ref int given, ref int usable, out T value)
    {
        value = default!; // read only when true is returned
        if (path is null)
        {
            return false;
        }

        given++;
        var export = reader(path);
        foreach (var diagnostic in export.Diagnostics)
        {
            var (label, style) = diagnostic.Severity == DiagnosticSeverity.Warning ? ("warning", Messages.Yellow)
                : (diagnostic.Severity == DiagnosticSeverity.Fatal ? "fatal" : "error", Messages.Red);
            Messages.Line(console, label, diagnostic.ToString(), style);
        }

        if (!export.IsUsable)
        {
            Messages.Line(console, "error", $"{path}: nothing usable was read; continuing without it", Messages.Red);
            return false;
        }

        usable++;
        value = export.Value;
        return true;
    }
}
