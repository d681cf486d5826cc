namespace MetaFence.Cli;

/// <summary>
/// The exit codes users and CI script against (DESIGN "Commands"). When several apply the
/// highest wins: bad input is never hidden behind "findings".
/// </summary>
public enum ExitCodes
{
    /// <summary>Done, and nothing at or above <c>--fail-on</c>.</summary>
    Ok = 0,

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    Findings = 1,

    /// <summary>Bad usage or bad input (unreadable files, unknown names); output may still have been written.</summary>
    BadInput = 2,

    /// <summary>A cluster or cloud API was unreachable or refused.</summary>
    Unreachable = 3,
}
