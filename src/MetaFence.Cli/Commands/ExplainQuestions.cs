using MetaFence.Cli.Input;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Snapshot;
using MetaFence.Rendering.Explain;
using Spectre.Console;

namespace MetaFence.Cli.Commands;

/// <summary>
/// Turns <c>--from</c> and <c>--to</c> into explain questions, reporting every bad value (not
/// just the first) on stderr, and asks the engine.
/// </summary>
internal static class ExplainQuestions
{
    /// <summary>The destinations asked about, or null after reporting bad values.</summary>
    public static IReadOnlyList<DestinationInput>? Destinations(
        IReadOnlyList<string> values, IReadOnlyList<string> providers, IAnsiConsole console)
    {
        if (values.Count == 0)
        {
            return DefaultDestinations(providers);
        }

        var parsed = new List<DestinationInput>();
        foreach (var value in values)
        {
            if (DestinationInput.TryParse(value, out var destination, out var problem))
            {
                parsed.Add(destination);
            }
            else
            {
                Messages.Error(console, $"--to {value}", problem, DestinationInput.Grammar);
            }
        }

        return parsed.Count == values.Count ? parsed : null;
    }

    /// <summary>The subjects asked about, or null after reporting every name not found.</summary>
    public static IReadOnlyList<SubjectInput>? Subjects(
        ClusterSnapshot snapshot, IReadOnlyList<string> values, string defaultNamespace, IAnsiConsole console)
    {
        var resolved = new List<SubjectInput>();
        foreach (var value in values)
        {
            if (SubjectInput.TryResolve(snapshot, value, defaultNamespace, out var subject, out var problem))
            {
                resolved.Add(subject);
            }
            else
            {
                Messages.Error(console, $"--from {value}", problem, SubjectInput.Grammar);
            }
        }

        return resolved.Count == values.Count ? resolved : null;
    }

    public static ExplainAnswer Answer(EgressEngine engine, SubjectInput from, DestinationInput to) => new()
    {
        From = from.From,
        Subject = from.Subject,
        To = to.Destination,
        Verdict = engine.Evaluate(from.Subject, to.Destination),
        AskedAs = to.AskedAs,
        InputNotes = [.. from.Notes, .. to.Notes, .. CatalogNote(to.Destination)],
    };

    /// <summary>Every address and port of the chosen credential endpoints, sorted, each once.</summary>
    private static List<DestinationInput> DefaultDestinations(IReadOnlyList<string> providers) =>
        [.. EndpointCatalog.ForProviders([.. providers])
            .Where(e => e.Role == EndpointRole.CredentialSource)
            .SelectMany(e => e.Addresses.SelectMany(a => e.Ports.Select(p => new Destination(a, p.Number, p.Protocol))))
            .Distinct()
            .OrderBy(d => d.Address).ThenBy(d => d.Port).ThenBy(d => d.Protocol)
            .Select(d => new DestinationInput(d, null, []))];

    /// <summary>Which catalog endpoints listen at the destination: evidence for why it matters.</summary>
    private static IEnumerable<string> CatalogNote(Destination destination)
    {
        var endpoints = EndpointCatalog.All
            .Where(e => e.Addresses.Contains(destination.Address)
                && e.Ports.Any(p => p.Number == destination.Port && p.Protocol == destination.Protocol))
            .ToList();
        foreach (var role in new[] { EndpointRole.CredentialSource, EndpointRole.NeededService })
        {
            var ids = endpoints.Where(e => e.Role == role).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            if (ids.Count > 0)
            {
                var what = role == EndpointRole.CredentialSource ? "credential endpoint" : "needed service";
                yield return $"{destination} is a {what}: {string.Join(", ", ids)}";
            }
        }
    }
}
