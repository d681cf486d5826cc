using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>
/// One provider's node-side hardening: a title, the documentation it follows, and blocks of
/// text (prose, commands, snippets in a named language).
/// </summary>
public sealed record CloudSection(string Title, ImmutableArray<string> Sources, ImmutableArray<CloudBlock> Blocks);
