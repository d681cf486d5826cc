using System.Globalization;
using System.Xml;
using MetaFence.Core.Verify;

namespace MetaFence.Rendering.Verify;

/// <summary>
/// <c>verify --format junit</c>: one testsuite per namespace, one testcase per check. A reachable
/// credential endpoint, a disagreement with the engine, broken DNS or egress, and a failed probe are
/// failures (the last with type <c>probe-failed</c>).
/// </summary>
public static class VerifyJunitRenderer
{
    public static void Render(VerifyReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        // The declaration is written by hand: an XmlWriter on a TextWriter would name the writer's encoding (UTF-16 for a StringWriter).
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true };
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", $"metafence verify {report.RunId}");
            xml.WriteAttributeString("tests", Count(report.Results.Length));
            xml.WriteAttributeString("failures", Count(report.Results.Count(IsFailure)));
            foreach (var pod in report.Pods)
            {
                var rows = report.Results.Where(r => r.Namespace == pod.Namespace).ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", pod.Namespace);
                xml.WriteAttributeString("tests", Count(rows.Count));
                xml.WriteAttributeString("failures", Count(rows.Count(IsFailure)));
                foreach (var row in rows)
                {
                    WriteCase(xml, row);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        writer.Write('\n');
        writer.Flush();
    }

    private static void WriteCase(XmlWriter xml, CheckResult row)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", $"verify.{row.Namespace}");
        xml.WriteAttributeString("name", $"{row.Check.Name} {row.Check.Endpoint} {VerifyFindings.Place(row.Check)}");
        if (IsFailure(row))
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", row.Observation == Observation.ProbeFailed ? "probe-failed" : row.IsDisagreement ? "disagreement" : "unwanted");
            xml.WriteAttributeString("message",
                $"wanted {VerifyFindings.Word(row.Wanted)}, observed {VerifyFindings.Word(row.Observation)}, predicted {VerifyFindings.Word(row.Predicted)}");
            xml.WriteString($"{row.Outcome}: {row.Detail}\npredicted by: {row.PredictedBy}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static bool IsFailure(CheckResult row) => !row.IsAsWanted || row.IsDisagreement;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
