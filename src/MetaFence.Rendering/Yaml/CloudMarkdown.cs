using System.Text;
using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>The <c>cloud</c> style's document as Markdown: a section per provider, its sources, prose and fenced snippets.</summary>
internal static class CloudMarkdown
{
    public static string Of(CloudHardeningPlan plan)
    {
        var text = new StringBuilder("# Cloud metadata hardening (metafence generate --style cloud)\n\n");
        text.Append(string.Join(" ", plan.Comments)).Append('\n');
        foreach (var section in plan.Sections)
        {
            text.Append("\n## ").Append(section.Title).Append("\n\n");
            foreach (var source in section.Sources)
            {
                text.Append("- Docs: ").Append(source).Append('\n');
            }

            foreach (var block in section.Blocks)
            {
                text.Append('\n');
                if (block.Language is null)
                {
                    text.Append(string.Join(" ", block.Lines)).Append('\n');
                    continue;
                }

                text.Append("```").Append(block.Language).Append('\n');
                foreach (var line in block.Lines)
                {
                    text.Append(line).Append('\n');
                }

                text.Append("```\n");
            }
        }

        return text.ToString();
    }
}
