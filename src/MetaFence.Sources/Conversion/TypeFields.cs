using System.Text.Json;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>Reads <c>apiVersion</c> and <c>kind</c>, falling back to what a typed list implies.</summary>
internal static class TypeFields
{
    public static bool TryRead(JsonElement element, ObjectSite site, ListItemHint? hint, DiagnosticList diagnostics, out string apiVersion, out string kind)
    {
        var apiVersionOk = TryField(element, "apiVersion", hint?.ApiVersion, site, diagnostics, out apiVersion, out var apiVersionMissing);
        var kindOk = TryField(element, "kind", hint?.Kind, site, diagnostics, out kind, out var kindMissing);
        if (apiVersionMissing && kindMissing)
        {
            diagnostics.Error(site.At(), "the document has no apiVersion and no kind", "a Kubernetes object, e.g. apiVersion: v1 and kind: Pod");
        }
        else if (kindMissing)
        {
            diagnostics.Error(site.At("kind"), "the field is missing", "the object's kind, e.g. Pod or NetworkPolicy");
        }
        else if (apiVersionMissing)
        {
            diagnostics.Error(site.At("apiVersion"), "the field is missing", "the object's API version, e.g. v1 or networking.k8s.io/v1");
        }

        return apiVersionOk && kindOk;
    }

    /// <summary>True for an object lacking its own apiVersion or kind, which a typed list's hint then supplies.</summary>
    public static bool LeansOnHint(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && (IsAbsent(element, "apiVersion", out _) || IsAbsent(element, "kind", out _));

    /// <summary>Missing, null and the empty string all count as absent.</summary>
    private static bool IsAbsent(JsonElement element, string name, out JsonElement field) =>
        !element.TryGetProperty(name, out field) || field.ValueKind == JsonValueKind.Null
        || (field.ValueKind == JsonValueKind.String && field.GetString() is "");

    private static bool TryField(JsonElement element, string name, string? fallback, ObjectSite site, DiagnosticList diagnostics, out string value, out bool missing)
    {
        value = "";
        missing = false;
        if (IsAbsent(element, name, out var field))
        {
            value = fallback ?? "";
            missing = fallback is null;
            return !missing;
        }

        if (field.ValueKind != JsonValueKind.String)
        {
            diagnostics.Error(site.At(name), $"{ValueText.Describe(field)} is not a string", name == "kind" ? "the object's kind, e.g. Pod" : "the object's API version, e.g. v1");
            return false;
        }

        value = field.GetString() ?? "";
        return true;
    }
}
