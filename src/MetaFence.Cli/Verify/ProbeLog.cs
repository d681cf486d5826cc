using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Verify;

namespace MetaFence.Cli.Verify;

/// <summary>
/// Reads a probe pod's log: one JSON line per check (<c>metafence probe</c>'s shape), matched to the
/// planned checks by check name, address and port. Lines that are not JSON are skipped; a check with
/// no line is a probe failure.
/// </summary>
internal static class ProbeLog
{
    /// <summary>The outcome and detail by <see cref="VerifyCheck.Key"/>; empty when no line parsed.</summary>
    public static ImmutableDictionary<string, (string Outcome, string Detail)> Parse(string log)
    {
        var lines = ImmutableDictionary.CreateBuilder<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in log.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var check = new VerifyCheck(Text(root, "check"), Text(root, "endpoint"), Text(root, "address"),
                    root.TryGetProperty("port", out var port) && port.TryGetInt32(out var number) ? number : 0, CheckPurpose.Egress);
                lines[check.Key] = (Text(root, "outcome"), Text(root, "detail"));
            }
            catch (JsonException)
            {
                // Not a probe line (a shell message): skipped; a check without a line is reported as a failure.
            }
        }

        return lines.ToImmutable();
    }

    /// <summary>The probe's outcome word as one of verify's three answers (SEMANTICS-free: what the network did).</summary>
    public static Observation Observe(VerifyCheck check, string outcome) => outcome switch
    {
        "reachable" => Observation.Reachable,
        "blocked" or "timeout" or "refused" => Observation.Blocked,

        // curl reports a silent resolver as "not found" (probe.md): for DNS an error is a failed lookup.
        "error" when check.Purpose == CheckPurpose.Dns => Observation.Blocked,
        _ => Observation.ProbeFailed,
    };

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
