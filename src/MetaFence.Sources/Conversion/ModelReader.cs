using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Deserializes API objects into the <c>KubernetesClient</c> models (and our own shapes for the
/// policy API kinds) with the client's JSON contract. A value of the wrong type loses the object
/// and becomes one diagnostic naming the field.
/// </summary>
internal static class ModelReader
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static bool TryRead<T>(JsonElement element, ObjectSite site, DiagnosticList diagnostics, [NotNullWhen(true)] out T? model)
        where T : class
    {
        try
        {
            model = element.Deserialize<T>(Options);
            return model is not null;
        }
        catch (JsonException e)
        {
            var path = FieldPath.FromJsonPath(e.Path);
            try
            {
                diagnostics.Add(TypeErrors.Describe(typeof(T), element, path, site));
            }
            catch (InvalidOperationException)
            {
                // .NET cannot decode a lone surrogate escape ("\ud800"): say so rather than crash.
                diagnostics.Error(site.At(path), "the text holds an unpaired UTF-16 surrogate escape (such as \\ud800)", "valid Unicode text");
            }
        }
        catch (Exception e) when (e is NotSupportedException or FormatException or InvalidOperationException or OverflowException)
        {
            diagnostics.Error(site.At(), $"the object cannot be read ({e.Message.TrimEnd('.')})", "a valid Kubernetes object");
        }

        model = null;
        return false;
    }

    /// <summary>Drops the fields no conversion reads (<see cref="ModelTypes.IsUnread"/>): the deserializer then skips them as unknown.</summary>
    private static void WithoutUnreadFields(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (ModelTypes.IsUnread(info.Type, info.Properties[i].Name))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        // KubernetesJson's contract (camelCase, strict numbers, the client's generated metadata),
        // plus converters that fail with JsonException so every error carries its path.
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(k8s.SourceGenerationContext.Default, new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(WithoutUnreadFields),
            MaxDepth = 256,
        };
        options.Converters.Add(new IntOrStringConverter());
        options.Converters.Add(new QuantityConverter());
        options.Converters.Add(new TimeConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
