using System.Text.Json;
using MetaFence.Core.Snapshot;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Explain;

/// <summary>
/// Explain answers as JSON, schema <c>metafence.explain/v1</c>: one object for one question,
/// an array of objects in question order for several.
/// </summary>
public static class ExplainJsonRenderer
{
    public const string Schema = "metafence.explain/v1";

    public static void Render(IReadOnlyList<ExplainAnswer> answers, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(answers);
        JsonOutput.Write(writer, json =>
        {
            if (answers.Count == 1)
            {
                WriteAnswer(json, answers[0]);
                return;
            }

            json.WriteStartArray();
            foreach (var answer in answers)
            {
                WriteAnswer(json, answer);
            }

            json.WriteEndArray();
        });
    }

    private static void WriteAnswer(Utf8JsonWriter json, ExplainAnswer answer)
    {
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteStartObject("from");
        json.WriteString("kind", answer.From.Kind);
        json.WriteString("namespace", answer.From.Namespace ?? answer.Subject.Namespace);
        json.WriteString("name", answer.From.Name);
        json.WriteString("pod", answer.Subject.Name);
        json.WriteBoolean("template", answer.Subject.Phase == PodPhase.Template);
        json.WriteBoolean("hostNetwork", answer.Subject.HostNetwork);
        json.WriteEndObject();
        json.WriteStartObject("to");
        JsonParts.WriteDestinationFields(json, answer.To);
        json.WriteString("askedAs", answer.AskedAs);
        json.WriteEndObject();
        JsonParts.WriteVerdictFields(json, answer.Verdict, withReason: true);
        JsonParts.WriteStrings(json, "inputNotes", answer.InputNotes);
        json.WriteEndObject();
    }
}
