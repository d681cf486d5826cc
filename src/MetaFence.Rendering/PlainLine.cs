using Spectre.Console;
using Spectre.Console.Rendering;

namespace MetaFence.Rendering;

/// <summary>
/// One line written as is: never wrapped or padded by the console, so files and pipes get
/// grep-able lines without trailing spaces (a terminal wraps long lines itself). Each part may
/// carry a style; text is never parsed as markup. Used for findings, summaries and stderr messages.
/// </summary>
public sealed class PlainLine(params (string Text, Style Style)[] parts) : IRenderable
{
    public static PlainLine Of(string text) => new((text, Style.Plain));

    public Measurement Measure(RenderOptions options, int maxWidth)
    {
        var width = parts.Sum(p => p.Text.Length);
        return new Measurement(width, width);
    }

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        foreach (var (text, style) in parts)
        {
            yield return new Segment(text, style);
        }

        yield return Segment.LineBreak;
    }
}
