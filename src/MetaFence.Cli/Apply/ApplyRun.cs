using System.Collections.Immutable;
using System.Text.Json.Nodes;
using MetaFence.Cli.Cluster;
using MetaFence.Core.Verify;
using Spectre.Console;

namespace MetaFence.Cli.Apply;

/// <summary>
/// <c>generate --apply</c>: server-side apply (field manager <c>metafence</c>) of exactly the objects
/// <c>generate</c> prints. First every kind must be served (else nothing is applied); then each object
/// is read, and one that exists without <c>app.kubernetes.io/managed-by=metafence</c> is refused and
/// left untouched. <c>--dry-run</c> asks the server (<c>dryRun=All</c>) and prints a unified diff of
/// the live object and the result instead; nothing changes.
/// </summary>
internal sealed class ApplyRun(KubeApi api, IAnsiConsole console, TextWriter output, bool dryRun)
{
    public const string FieldManager = "metafence";

    public async Task<ExitCodes> RunAsync(ImmutableArray<ManifestObject> objects, CancellationToken cancellationToken)
    {
        if (!await ApplyChecks.AllServedAsync(api, objects, console, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.BadInput;
        }

        var outcomes = new List<ApplyOutcome>();
        foreach (var item in objects)
        {
            outcomes.Add(await ApplyOneAsync(item, cancellationToken).ConfigureAwait(false));
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var counts = string.Join(", ", Enum.GetValues<ApplyOutcome>().Select(o => (o, n: outcomes.Count(x => x == o))).Where(p => p.n > 0)
            .Select(p => $"{p.n} {Word(p.o)}"));
        Messages.Line(console, dryRun ? "dry run" : "applied", dryRun ? $"{counts}; nothing was changed" : counts, Style.Plain);
        return outcomes.Any(o => o is ApplyOutcome.Refused or ApplyOutcome.Failed) ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private async Task<ApplyOutcome> ApplyOneAsync(ManifestObject item, CancellationToken cancellationToken)
    {
        var path = item.Resource.ObjectPath(item.Namespace, item.Name);
        var current = await api.SendCheckedAsync(HttpMethod.Get, path, $"reading {item.Display}", cancellationToken: cancellationToken).ConfigureAwait(false);
        JsonNode? live = null;
        if (current.Status != 404)
        {
            if (!current.IsSuccess)
            {
                return Failed(item, $"reading it failed: {current.Message}");
            }

            live = JsonNode.Parse(current.Body);
            if (live?["metadata"]?["labels"]?[ProbePods.ManagedByLabel]?.GetValue<string>() != ProbePods.ManagedByValue)
            {
                ApplyChecks.Refuse(item, console);
                return ApplyOutcome.Refused;
            }
        }

        var query = $"?fieldManager={FieldManager}&force=true{(dryRun ? "&dryRun=All" : string.Empty)}";
        var applied = await api.SendCheckedAsync(HttpMethod.Patch, path + query, $"applying {item.Display}", item.Body.ToJsonString(),
            "application/apply-patch+yaml", cancellationToken).ConfigureAwait(false);
        if (!applied.IsSuccess)
        {
            return Failed(item, $"the server rejected it: {applied.Message}");
        }

        var result = JsonNode.Parse(applied.Body);
        var outcome = live is null ? ApplyOutcome.Created
            : dryRun ? (ObjectText.Of(live) == ObjectText.Of(result) ? ApplyOutcome.Unchanged : ApplyOutcome.Configured)
            : Version(live) == Version(result) ? ApplyOutcome.Unchanged : ApplyOutcome.Configured;
        if (dryRun)
        {
            await output.WriteAsync(UnifiedDiff.Of(ObjectText.Of(live), ObjectText.Of(result),
                live is null ? "/dev/null" : $"live/{item.DiffName}", $"metafence/{item.DiffName}")).ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync($"{item.Resource.Qualified}/{item.Name}{(item.Namespace is null ? string.Empty : $" (namespace {item.Namespace})")}: {Word(outcome)}").ConfigureAwait(false);
        }

        return outcome;
    }

    private ApplyOutcome Failed(ManifestObject item, string problem)
    {
        Messages.Error(console, item.Display, problem, "an object the API server accepts (this is a MetaFence bug if the YAML came from generate: please report it)");
        return ApplyOutcome.Failed;
    }

    private static string? Version(JsonNode? node) => node?["metadata"]?["resourceVersion"]?.GetValue<string>();

    private string Word(ApplyOutcome outcome) => (outcome, dryRun) switch
    {
        (ApplyOutcome.Created, false) => "created",
        (ApplyOutcome.Created, true) => "would be created",
        (ApplyOutcome.Configured, false) => "configured",
        (ApplyOutcome.Configured, true) => "would change",
        (ApplyOutcome.Unchanged, _) => "unchanged",
        (ApplyOutcome.Refused, _) => "refused (not managed by MetaFence)",
        _ => "failed",
    };
}
