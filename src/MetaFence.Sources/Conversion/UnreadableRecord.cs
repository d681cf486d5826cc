using System.Text.Json;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// A <c>metafence.io/v1 UnreadableResource</c> item: how a <c>--save-snapshot</c> dump records a
/// resource the live read was refused, so that replaying the dump keeps its verdicts unknown
/// rather than reading "no NetworkPolicies" as "none exist" (decision 0004). Only MetaFence
/// writes it: <c>{"resource": "networkpolicies", "namespace": null, "reason": "…"}</c> beside metadata.
/// </summary>
internal static class UnreadableRecord
{
    public const string Group = "metafence.io";
    public const string Kind = "UnreadableResource";
    public const string ApiVersion = Group + "/v1";

    public static void Read(JsonElement element, ObjectSite site, SnapshotAccumulator snapshot, DiagnosticList diagnostics)
    {
        var resource = Text(element, "resource");
        if (string.IsNullOrEmpty(resource))
        {
            diagnostics.Error(site.At("resource"), "an UnreadableResource names no resource", "the plural name of the resource that could not be read, e.g. networkpolicies");
            return;
        }

        snapshot.AddUnreadable(new UnreadableResource(resource, Text(element, "namespace"), Text(element, "reason") ?? "not recorded"));
    }

    /// <summary>Writes the record for <paramref name="resource"/> as a list item.</summary>
    public static void Write(Utf8JsonWriter json, UnreadableResource resource)
    {
        json.WriteStartObject();
        json.WriteString("apiVersion", ApiVersion);
        json.WriteString("kind", Kind);
        json.WriteStartObject("metadata");
        json.WriteString("name", resource.Namespace is null ? resource.Resource : $"{resource.Resource}.{resource.Namespace}");
        json.WriteEndObject();
        json.WriteString("resource", resource.Resource);
        if (resource.Namespace is not null)
        {
            json.WriteString("namespace", resource.Namespace);
        }

        json.WriteString("reason", resource.Reason);
        json.WriteEndObject();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
