namespace MetaFence.Core.Snapshot;

/// <summary>
/// Something the API server would reject (<see cref="Rejected"/>: the object is left out of
/// evaluation, rules 12, 19, 21) or accept with a warning (rules 23, 24, 25).
/// </summary>
public sealed record ObjectProblem(ObjectRef Object, bool Rejected, string Rule, string Message, SourceLocation? Location);
