using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud.Iam;
using MetaFence.Core.Posture;
using MetaFence.Core.Trace;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Trace;

/// <summary>The pieces of <c>metafence.trace/v1</c>: a path, fixes, node posture, identities.</summary>
internal static class TraceJsonParts
{
    public static void WritePath(Utf8JsonWriter json, string id, TracePath path)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("severity", SeverityText.Name(path.Severity));
        json.WriteStartObject("subject");
        json.WriteString("kind", path.Subject.Object.Kind);
        json.WriteString("namespace", path.Subject.Namespace);
        json.WriteString("name", path.Subject.Object.Name);
        json.WriteBoolean("template", path.Subject.Kind == Core.Audit.SubjectKind.Template);
        json.WriteNumber("pods", path.Subject.PodNames.Length);
        json.WriteBoolean("hostNetwork", path.Subject.HostNetwork);
        json.WriteEndObject();
        json.WriteBoolean("internetFacing", path.Exposure.InternetFacing);
        JsonParts.WriteStrings(json, "exposedVia", path.Exposure.Via);
        json.WriteString("endpoint", path.EndpointId);
        json.WriteString("nodeGroup", path.NodeGroup);
        JsonParts.WriteStrings(json, "nodes", path.Nodes);
        json.WriteBoolean("unscheduled", path.Unscheduled);
        json.WriteString("identity", path.Identity.Name);
        json.WriteBoolean("identityKnown", path.Grant?.Known == true);
        json.WriteStartObject("verdict");
        json.WriteString("access", TraceText.Access(path.Verdict.Access));
        json.WriteString("reason", path.Verdict.Reason);
        json.WriteString("source", path.Verdict.Source);
        json.WriteEndObject();
        JsonParts.WriteStrings(json, "capabilities", path.Capabilities.Select(c => c.Id));
        WriteFixes(json, "fixes", path.Fixes);
        json.WriteEndObject();
    }

    public static void WriteFixes(Utf8JsonWriter json, string property, ImmutableArray<TraceFix> fixes)
    {
        json.WriteStartArray(property);
        foreach (var fix in fixes)
        {
            json.WriteStartObject();
            json.WriteString("kind", char.ToLowerInvariant(fix.Kind.ToString()[0]) + fix.Kind.ToString()[1..]);
            json.WriteString("summary", fix.Summary);
            json.WriteString("detail", fix.Detail);
            json.WriteNumber("pathsCut", fix.PathsCut);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteNodes(Utf8JsonWriter json, ClusterPosture posture)
    {
        json.WriteStartArray("nodes");
        foreach (var node in posture.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("name", node.NodeName);
            json.WriteString("cloud", node.Cloud.ToString().ToLowerInvariant());
            json.WriteString("instance", node.Instance);
            json.WriteString("region", node.Region);
            json.WriteString("group", node.Group);
            json.WriteBoolean("eksManagedNodeGroup", node.IsEksManagedNodeGroup);
            json.WriteString("metadata", TraceText.Metadata(node));
            if (node.Imds is { } imds)
            {
                json.WriteStartObject("imds");
                json.WriteBoolean("enabled", imds.Enabled);
                json.WriteString("httpTokens", imds.Tokens == MetadataTokens.Required ? "required" : "optional");
                json.WriteNumber("hopLimit", imds.HopLimit);
                json.WriteBoolean("ipv6", imds.Ipv6Enabled);
                json.WriteBoolean("tags", imds.TagsEnabled);
                json.WriteEndObject();
            }

            json.WriteString("identity", node.Identity?.Name);
            JsonParts.WriteStrings(json, "notes", node.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteIdentities(Utf8JsonWriter json, ClusterPosture posture)
    {
        json.WriteStartArray("identities");
        foreach (var grant in posture.Grants.Values)
        {
            json.WriteStartObject();
            json.WriteString("name", grant.Identity.Name);
            json.WriteString("provider", grant.Identity.Provider);
            json.WriteString("via", grant.Identity.Via);
            JsonParts.WriteStrings(json, "scopes", grant.Identity.Scopes);
            json.WriteBoolean("known", grant.Known);
            json.WriteStartArray("capabilities");
            foreach (var capability in grant.Capabilities)
            {
                WriteCapability(json, capability);
            }

            json.WriteEndArray();
            JsonParts.WriteStrings(json, "notes", grant.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCapability(Utf8JsonWriter json, Capability capability)
    {
        json.WriteStartObject();
        json.WriteString("id", capability.Id);
        json.WriteString("class", TraceText.Class(capability.Class));
        json.WriteString("severity", SeverityText.Name(capability.Severity));
        json.WriteString("title", capability.Title);
        JsonParts.WriteStrings(json, "actions", capability.Actions);
        json.WriteString("resource", capability.Resource);
        JsonParts.WriteStrings(json, "grantedBy", capability.GrantedBy);
        json.WriteBoolean("conditional", capability.Conditional);
        json.WriteString("source", capability.Source);
        JsonParts.WriteStrings(json, "notes", capability.Notes);
        json.WriteEndObject();
    }
}
