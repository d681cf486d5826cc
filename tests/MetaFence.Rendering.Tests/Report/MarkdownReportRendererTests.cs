using System.Text.RegularExpressions;
using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Tests.Report;

public sealed class MarkdownReportRendererTests
{
    public static TheoryData<CapRow> CapRows() =>
    [
        new CapRow(3, 25, 3, null),
        new CapRow(25, 25, 25, null),
        new CapRow(26, 25, 25, "_1 more row not shown (25 of 26)._"),
        new CapRow(30, 10, 10, "_20 more rows not shown (10 of 30)._"),
    ];

    [Fact]
    public void Should_escape_pipes_and_markup_When_text_holds_them()
    {
        var markdown = Render(ReportSamples.HostileEverywhere());

        // Code blocks show their text as is, so the hostile detail may stand there verbatim.
        var outsideCode = Regex.Replace(markdown, "```\n.*?\n```\n", string.Empty, RegexOptions.Singleline);
        Assert.Contains("```\n" + ReportSamples.Hostile + "\n```\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", outsideCode, StringComparison.Ordinal);
        Assert.Contains(@"&lt;script&gt;alert('x')&lt;/script&gt; &amp; a\|b", markdown, StringComparison.Ordinal);
        // Every line of each table has as many unescaped pipes as its header: no cell was split.
        var tables = markdown.Split("\n\n").Where(b => b.StartsWith('|')).Select(b => b.Split('\n')).ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, table => Assert.All(table, line => Assert.Equal(CellSeparators(table[0]), CellSeparators(line))));
    }

    [Fact]
    public void Should_escape_html_in_a_details_summary_When_a_row_name_holds_markup()
    {
        var markdown = Render(ReportSamples.HostileEverywhere());

        Assert.Contains("<details><summary>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; a|b: &lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CapRows))]
    public void Should_cap_table_rows_and_say_how_many_were_left_out_When_a_section_is_long(CapRow row)
    {
        var markdown = Render(ReportSamples.Rows(row.Rows), row.MaxRows);

        var tableRows = markdown.Split('\n').Count(l => l.StartsWith("| row ", StringComparison.Ordinal));
        Assert.Equal(row.Shown, tableRows);
        Assert.Equal(row.Shown, Regex.Count(markdown, "<details>"));
        if (row.Note is null)
        {
            Assert.DoesNotContain("not shown", markdown, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(row.Note, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_stay_under_github_comment_size_When_details_are_many_and_long()
    {
        var longDetail = new string('x', 5_000);
        var document = ReportSamples.Rows(25);
        var section = document.Sections[0];
        var rows = section.Rows.Select((r, i) => r with { Detail = longDetail + i }).ToList();
        document = document with { Sections = [section with { Rows = [.. rows] }] };

        var markdown = Render(document);

        Assert.True(markdown.Length < 65_536, $"{markdown.Length} characters");
        Assert.Contains("more rows left out to keep this short._", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fence_a_detail_with_more_backticks_than_it_holds_When_it_contains_a_fence()
    {
        var document = ReportSamples.Rows(1);
        var section = document.Sections[0];
        document = document with { Sections = [section with { Rows = [section.Rows[0] with { Detail = "a\n```\nb" }] }] };

        var markdown = Render(document);

        Assert.Contains("````\na\n```\nb\n````\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_a_detailed_section_without_its_rows_When_rendering_markdown()
    {
        var document = ReportSamples.Rows(3);
        document = document with { Sections = [document.Sections[0] with { Detailed = true }] };

        var markdown = Render(document);

        Assert.Contains("### Rows (3)\n\n_In the HTML report (`--format html`)._", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| row 01", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_only_the_title_When_the_report_is_empty()
    {
        Assert.Equal("## Empty report\n\n", Render(ReportSamples.Empty()));
    }

    [Fact]
    public void Should_list_who_reaches_what_When_the_report_has_a_graph()
    {
        var graph = ReportSamples.Graph(ReportSamples.PathNodes(), ReportSamples.PathEdges());

        var markdown = Render(new ReportDocument { Title = "t", Graph = graph });

        Assert.Contains(
            "### Paths\n\n- **analytics/notebook** → IPv4+IPv6: aws-imds\n- **shop/web** → IPv4: aws-imds\n- **aws-imds** → node-1\n\n",
            markdown,
            StringComparison.Ordinal);
    }

    private static int CellSeparators(string line) => Regex.Count(line, @"(?<!\\)\|");

    private static string Render(ReportDocument document, int maxRows = MarkdownReportRenderer.DefaultMaxRows)
    {
        using var writer = new StringWriter();
        MarkdownReportRenderer.Render(document, writer, maxRows);
        return writer.ToString();
    }

    /// <summary>A section of <paramref name="Rows"/> rows rendered with <paramref name="MaxRows"/>: rows shown and the note expected.</summary>
    public sealed record CapRow(int Rows, int MaxRows, int Shown, string? Note);
}
