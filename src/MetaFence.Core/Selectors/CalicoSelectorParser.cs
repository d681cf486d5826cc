using System.Diagnostics.CodeAnalysis;

namespace MetaFence.Core.Selectors;

/// <summary>
/// Parses the common subset of Calico's selector syntax into <see cref="CalicoSelector"/>.
/// Anything else (<c>contains</c>, <c>starts with</c>, <c>global()</c>, double quotes inside
/// values…) fails with a message instead of being guessed, so the object can be reported invalid.
/// </summary>
public static class CalicoSelectorParser
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out CalicoSelector? selector, [NotNullWhen(false)] out string? error)
    {
        selector = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty selector in a policy means all() (Calico's default).
            selector = CalicoSelector.All with { Text = "all()" };
            return true;
        }

        var cursor = new Cursor(text);
        try
        {
            var parsed = cursor.ParseOr();
            cursor.SkipSpace();
            if (!cursor.AtEnd)
            {
                throw cursor.Fail("unexpected text");
            }

            selector = parsed with { Text = text.Trim() };
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    private sealed class Cursor(string text)
    {
        private int _at;

        public bool AtEnd => _at >= text.Length;

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        public FormatException Fail(string what) =>
            new($"{what} at position {_at + 1} of {text.Trim()}");

        public CalicoSelector ParseOr()
        {
            var left = ParseAnd();
            while (Eat("||"))
            {
                left = new CalicoSelector.Or(left, ParseAnd());
            }

            return left;
        }

        private CalicoSelector ParseAnd()
        {
            var left = ParseUnary();
            while (Eat("&&"))
            {
                left = new CalicoSelector.And(left, ParseUnary());
            }

            return left;
        }

        private CalicoSelector ParseUnary()
        {
            if (Eat("!"))
            {
                return new CalicoSelector.Not(ParseUnary());
            }

            if (Eat("("))
            {
                var inner = ParseOr();
                return Eat(")") ? inner : throw Fail("expected )");
            }

            if (Eat("all()"))
            {
                return CalicoSelector.All;
            }

            if (Eat("has("))
            {
                var key = Key();
                return Eat(")") ? new CalicoSelector.Has(key) : throw Fail("expected )");
            }

            return Comparison();
        }

        private CalicoSelector Comparison()
        {
            var key = Key();
            if (Eat("=="))
            {
                return new CalicoSelector.ValueIn(key, [Quoted()]);
            }

            if (Eat("!="))
            {
                return new CalicoSelector.Not(new CalicoSelector.ValueIn(key, [Quoted()]));
            }

            if (Eat("not in"))
            {
                return new CalicoSelector.Not(new CalicoSelector.ValueIn(key, Set()));
            }

            return Eat("in") ? new CalicoSelector.ValueIn(key, Set()) : throw Fail("expected ==, !=, in or not in");
        }

        private System.Collections.Immutable.ImmutableArray<string> Set()
        {
            if (!Eat("{"))
            {
                throw Fail("expected {");
            }

            var values = new List<string>();
            if (Eat("}"))
            {
                return [];
            }

            do
            {
                values.Add(Quoted());
            }
            while (Eat(","));
            return Eat("}") ? [.. values] : throw Fail("expected }");
        }

        private string Key()
        {
            SkipSpace();
            var start = _at;
            while (!AtEnd && (char.IsLetterOrDigit(text[_at]) || text[_at] is '.' or '-' or '_' or '/'))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw Fail("expected a label key");
        }

        private string Quoted()
        {
            SkipSpace();
            if (AtEnd || text[_at] is not ('\'' or '"'))
            {
                throw Fail("expected a quoted value");
            }

            var quote = text[_at++];
            var end = text.IndexOf(quote, _at);
            if (end < 0)
            {
                throw Fail("unterminated value");
            }

            var value = text[_at..end];
            _at = end + 1;
            return value;
        }

        private bool Eat(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _at, token, 0, token.Length) != 0)
            {
                return false;
            }

            // A word token ("in", "not in") must not be the prefix of a longer key.
            var next = _at + token.Length;
            if (char.IsLetter(token[^1]) && next < text.Length && (char.IsLetterOrDigit(text[next]) || text[next] is '.' or '-' or '_' or '/'))
            {
                return false;
            }

            _at = next;
            return true;
        }
    }
}
