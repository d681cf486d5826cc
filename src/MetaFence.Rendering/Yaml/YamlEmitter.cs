using System.Text;
using System.Text.RegularExpressions;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree as block YAML the way kubectl prints it (list items at
/// their key's indent), with comments, LF line ends and two-space indents. Strings YAML would read
/// as a number, boolean or null, and anything with a colon, space or quote, are double-quoted.
/// </summary>
internal static partial class YamlEmitter
{
    /// <summary>Comments are wrapped at this column (indent included) so they stay readable.</summary>
    public const int CommentWidth = 100;

    public static string Write(YamlMap document)
    {
        var text = new StringBuilder();
        WriteMap(text, document, 0);
        return text.ToString();
    }

    /// <summary>
    /// Comment lines, each starting with <c># </c> at <paramref name="indent"/>, wrapped at word
    /// boundaries (continuations of an indented line hang two further); a command line, starting
    /// with <c>$ </c>, stays whole so it can be copied.
    /// </summary>
    public static void WriteComments(StringBuilder text, IEnumerable<string> comments, int indent)
    {
        foreach (var comment in comments)
        {
            var lead = comment.Length - comment.TrimStart().Length;
            var lines = comment.TrimStart().StartsWith("$ ", StringComparison.Ordinal)
                ? [comment.TrimStart()]
                : Wrap(comment.TrimStart(), CommentWidth - indent - 2 - lead).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                text.Append(' ', indent).Append("# ").Append(' ', i == 0 || lead == 0 ? lead : lead + 2).Append(lines[i]).Append('\n');
            }
        }
    }

    private static void WriteMap(StringBuilder text, YamlMap map, int indent, bool firstInline = false)
    {
        for (var i = 0; i < map.Entries.Count; i++)
        {
            var (key, value) = (map.Entries[i].Key, map.Entries[i].Value);
            if (!(firstInline && i == 0))
            {
                WriteComments(text, value.Comments, indent);
                text.Append(' ', indent);
            }

            text.Append(Quote(key)).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteValue(StringBuilder text, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlScalar scalar:
                text.Append(' ').Append(scalar.IsNumber ? scalar.Text : Quote(scalar.Text));
                EndLine(text, scalar.Trailing);
                break;
            case YamlLiteral literal:
                text.Append(" |\n");
                foreach (var line in literal.Text.TrimEnd('\n').Split('\n'))
                {
                    text.Append(line.Length == 0 ? string.Empty : new string(' ', indent + 2) + line).Append('\n');
                }

                break;
            case YamlMap { Entries.Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlList { Items.Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlMap map:
                text.Append('\n');
                WriteMap(text, map, indent + 2);
                break;
            case YamlList list:
                text.Append('\n');
                WriteList(text, list, indent);
                break;
            default:
                throw new InvalidOperationException($"unknown YAML node {value.GetType().Name}");
        }
    }

    private static void WriteList(StringBuilder text, YamlList list, int indent)
    {
        foreach (var item in list.Items)
        {
            var first = item is YamlMap { Entries.Count: > 0 } m ? m.Entries[0].Value.Comments : [];
            WriteComments(text, item.Comments.Concat(first), indent);
            text.Append(' ', indent).Append('-');
            switch (item)
            {
                case YamlMap { Entries.Count: > 0 } map:
                    text.Append(' ');
                    WriteMap(text, map, indent + 2, firstInline: true);
                    break;
                case YamlList:
                    throw new InvalidOperationException("lists of lists are not written");
                default:
                    WriteValue(text, item, indent);
                    break;
            }
        }
    }

    private static void EndLine(StringBuilder text, string? trailing) =>
        text.Append(trailing is null ? string.Empty : "  # " + trailing).Append('\n');

    private static string Quote(string text) =>
        Plain().IsMatch(text) && !Special().IsMatch(text)
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static IEnumerable<string> Wrap(string line, int width)
    {
        var current = new StringBuilder();
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > Math.Max(width, 20))
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        yield return current.ToString();
    }

    /// <summary>Letters, digits and <c>_ . / -</c>, starting with a letter, digit, <c>_</c>, <c>.</c> or <c>/</c>.</summary>
    [GeneratedRegex("^[A-Za-z0-9_./][A-Za-z0-9_./-]*$")]
    private static partial Regex Plain();

    /// <summary>What YAML 1.1 or 1.2 would resolve to a boolean, null or number.</summary>
    [GeneratedRegex(@"^(?i:y|n|yes|no|on|off|true|false|null|~|[-+]?(\.inf|\.nan)|[-+]?([0-9][0-9_]*)?\.?[0-9_]*([eE][-+]?[0-9]+)?|0x[0-9a-f_]+|0o?[0-7_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?)$")]
    private static partial Regex Special();
}
