using System.Text.Json;
using MetaFence.Core.Verify;
using MetaFence.Rendering.Json;

namespace MetaFence.Rendering.Verify;

/// <summary>
/// <c>verify --format json</c>, schema <c>metafence.verify/v1</c>: the run, one entry per namespace
/// with its probe pod and every check (observed beside predicted), the findings and a summary.
/// </summary>
public static class VerifyJsonRenderer
{
    public const string Schema = "metafence.verify/v1";

    public static void Render(VerifyReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("runId", report.RunId);
            json.WriteString("image", report.Image);
            json.WriteStartArray("namespaces");
            foreach (var pod in report.Pods)
            {
                json.WriteStartObject();
                json.WriteString("namespace", pod.Namespace);
                json.WriteString("pod", pod.Name);
                json.WriteString("standsFor", pod.StandsFor);
                json.WriteStartArray("checks");
                foreach (var row in report.Results.Where(r => r.Namespace == pod.Namespace))
                {
                    WriteRow(json, row);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonParts.WriteFindings(json, report.Findings);
            var summary = VerifySummary.From(report);
            json.WriteStartObject("summary");
            json.WriteNumber("checks", summary.Checks);
            json.WriteNumber("asWanted", summary.AsWanted);
            json.WriteNumber("reachableCredentialEndpoints", summary.ReachableCredentials);
            json.WriteNumber("disagreements", summary.Disagreements);
            json.WriteNumber("probeFailed", summary.ProbeFailed);
            json.WriteNumber("findings", report.Findings.Length);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteRow(Utf8JsonWriter json, CheckResult row)
    {
        json.WriteStartObject();
        json.WriteString("check", row.Check.Name);
        json.WriteString("endpoint", row.Check.Endpoint);
        json.WriteString("address", row.Check.Address);
        json.WriteNumber("port", row.Check.Port);
        json.WriteString("wanted", VerifyFindings.Word(row.Wanted));
        json.WriteString("observed", VerifyFindings.Word(row.Observation));
        json.WriteString("outcome", row.Outcome);
        json.WriteString("detail", row.Detail);
        json.WriteString("predicted", VerifyFindings.Word(row.Predicted));
        json.WriteString("predictedBy", row.PredictedBy);
        json.WriteBoolean("agrees", !row.IsDisagreement);
        json.WriteEndObject();
    }
}
