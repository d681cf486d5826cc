using System.Collections.Immutable;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// What validating one object found: rejections (the API server would refuse the object, so it
/// is left out) and warnings (accepted as the API server accepts it). Messages start with the
/// field path in the document: <c>spec.egress[0].ports[0].port: …</c>.
/// </summary>
internal sealed class ObjectProblems(ObjectRef subject, ObjectSite site)
{
    private readonly List<ObjectProblem> _problems = [];

    public bool IsRejected { get; private set; }

    public ImmutableArray<ObjectProblem> All => [.. _problems];

    public ObjectSite Site => site;

    /// <summary>The API server would reject the whole object (SEMANTICS choice for rules 12, 19, 21).</summary>
    public void Reject(string path, string rule, string problem)
    {
        IsRejected = true;
        Add(path, rule, problem, rejected: true);
    }

    /// <summary>The API server accepts the object with a warning (rules 23, 24, 25) or MetaFence notes a risk.</summary>
    public void Warn(string path, string rule, string problem) => Add(path, rule, problem, rejected: false);

    private void Add(string path, string rule, string problem, bool rejected) =>
        _problems.Add(new ObjectProblem(subject, rejected, rule, $"{site.Describe(path)}: {problem}", site.At(path)));
}
