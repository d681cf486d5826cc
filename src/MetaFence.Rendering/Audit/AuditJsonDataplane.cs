using System.Text.Json;
using MetaFence.Core.Audit;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Audit;

/// <summary>The <c>dataplane</c> object and the <c>unprotected</c> array of <c>metafence.audit/v1</c> (added fields).</summary>
internal static class AuditJsonDataplane
{
    public static void Write(Utf8JsonWriter json, AuditReport report)
    {
        json.WriteStartObject("dataplane");
        json.WriteStartArray("plugins");
        foreach (var plugin in report.Dataplane.Plugins)
        {
            json.WriteStartObject();
            json.WriteString("kind", plugin.Kind.ToString());
            json.WriteString("name", plugin.Name);
            json.WriteString("enforcement", DataplaneView.EnforcementName(plugin.Enforcement));
            json.WriteString("evidence", plugin.Evidence);
            json.WriteString("source", plugin.Source);
            json.WriteBoolean("verified", plugin.Verified);
            JsonParts.WriteStrings(json, "deviations",
                new[] { plugin.Quirks.IgnoresExcept, plugin.Quirks.DropsIpBlockWithExcept, plugin.Quirks.CidrSkipsNodeServed }.OfType<string>());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonParts.WriteStrings(json, "identityProxies", report.Dataplane.IdentityProxies);
        json.WriteEndObject();

        json.WriteStartArray("unprotected");
        foreach (var item in report.Unprotected)
        {
            json.WriteStartObject();
            json.WriteString("kind", item.Subject.Object.Kind);
            json.WriteString("namespace", item.Subject.Namespace);
            json.WriteString("name", item.Subject.Object.Name);
            json.WriteNumber("podCount", item.Subject.PodNames.Length);
            json.WriteString("reason", item.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
