using System.Globalization;
using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>
/// A <see cref="ReportDocument"/> as one self-contained HTML file: inline CSS, inline SVG graph,
/// a few lines of inline script, and a Content-Security-Policy that forbids every fetch, so the
/// file works offline and never calls out. Light and dark themes follow the reader's setting;
/// it prints. All text is escaped.
/// </summary>
public static class HtmlReportRenderer
{
    /// <summary>Nothing may be loaded from anywhere: only the inline style and script run.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public static void Render(ReportDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        html.Append("<meta name=\"generator\" content=\"MetaFence\">\n");
        html.Append("<title>").Append(HtmlText.Escape(document.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlReportStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        WriteHeader(html, document);
        if (document.Graph is { } graph)
        {
            WriteGraph(html, graph);
        }

        foreach (var section in document.Sections)
        {
            HtmlSectionWriter.Write(html, section);
        }

        html.Append("<footer>Made by MetaFence. This file is self-contained: it loads nothing from the network.</footer>\n");
        html.Append("</main>\n<script>\n").Append(HtmlReportStyle.Script).Append("\n</script>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void WriteHeader(StringBuilder html, ReportDocument document)
    {
        html.Append("<header>\n<h1>").Append(HtmlText.Escape(document.Title)).Append("</h1>\n");
        if (!string.IsNullOrEmpty(document.Subtitle))
        {
            html.Append("<p class=\"subtitle\">").Append(HtmlText.Lines(document.Subtitle)).Append("</p>\n");
        }

        if (!string.IsNullOrEmpty(document.Headline))
        {
            html.Append("<p class=\"headline ").Append(HtmlText.ToneClass(document.HeadlineTone)).Append("\" id=\"headline\">")
                .Append(HtmlText.Escape(document.Headline)).Append("</p>\n");
        }

        html.Append("</header>\n");
        if (!document.Summary.IsEmpty)
        {
            html.Append("<section class=\"facts\" id=\"summary\" aria-label=\"Summary\">\n");
            foreach (var fact in document.Summary)
            {
                // A fact with a note gets two grid columns, so figures with a sentence under them read as the main ones.
                var wide = string.IsNullOrEmpty(fact.Note) ? string.Empty : " wide";
                html.Append("<div class=\"fact ").Append(HtmlText.ToneClass(fact.Tone)).Append(wide).Append("\">")
                    .Append("<div class=\"value\">").Append(HtmlText.Escape(fact.Value)).Append("</div>")
                    .Append("<div class=\"label\">").Append(HtmlText.Escape(fact.Label)).Append("</div>");
                if (!string.IsNullOrEmpty(fact.Note))
                {
                    html.Append("<div class=\"note\">").Append(HtmlText.Escape(fact.Note)).Append("</div>");
                }

                html.Append("</div>\n");
            }

            html.Append("</section>\n");
        }

        WriteNavigation(html, document);
    }

    private static void WriteNavigation(StringBuilder html, ReportDocument document)
    {
        var links = new List<(string Id, string Title)>();
        if (document.Graph is { } graph)
        {
            links.Add(("graph", graph.Title));
        }

        links.AddRange(document.Sections.Select(s => (s.Id, s.Title)));
        if (links.Count < 2)
        {
            return;
        }

        html.Append("<nav>");
        foreach (var (id, title) in links)
        {
            html.Append("<a href=\"#").Append(HtmlText.Escape(id)).Append("\">").Append(HtmlText.Escape(title)).Append("</a>");
        }

        html.Append("</nav>\n");
    }

    private static void WriteGraph(StringBuilder html, ReportGraph graph)
    {
        html.Append("<section class=\"block\" id=\"graph\">\n<h2>").Append(HtmlText.Escape(graph.Title));
        html.Append(string.Create(
            CultureInfo.InvariantCulture,
            $"<span class=\"count\">{graph.Nodes.Length} nodes, {graph.Edges.Length} edges</span></h2>\n"));
        if (!string.IsNullOrEmpty(graph.Description))
        {
            html.Append("<p class=\"description\">").Append(HtmlText.Lines(graph.Description)).Append("</p>\n");
        }

        if (graph.Nodes.IsEmpty)
        {
            html.Append("<p class=\"empty\">").Append(HtmlText.Escape(graph.EmptyText)).Append("</p>\n");
        }
        else
        {
            html.Append("<div class=\"graph-wrap\">\n").Append(SvgGraphWriter.Write(graph)).Append("</div>\n");
        }

        html.Append("</section>\n");
    }
}
