using System.CommandLine;
using Spectre.Console;

namespace MetaFence.Cli.Apply;

/// <summary><c>generate</c>'s live-cluster options: <c>--apply</c>, <c>--dry-run</c>, <c>--kubeconfig</c>, <c>--context</c>.</summary>
internal sealed class ApplyOptions
{
    private readonly Option<bool> _apply = new("--apply")
    {
        Description = "Apply the objects to the cluster (server-side apply, field manager metafence) instead of printing them. "
            + "Without -f the cluster is also the input. Objects that exist without the label app.kubernetes.io/managed-by=metafence "
            + "are never changed (exit 2). Default: off.",
    };

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "With --apply: ask the server what would change (dryRun=All) and print a unified diff per object; nothing changes. Default: off.",
    };

    private readonly Option<string?> _kubeconfig = Options.Kubeconfig();
    private readonly Option<string?> _context = Options.Context();

    public void AddTo(Command command)
    {
        command.Options.Add(_apply);
        command.Options.Add(_dryRun);
        command.Options.Add(_kubeconfig);
        command.Options.Add(_context);
    }

    /// <summary>The settings, or false after reporting a bad combination.</summary>
    public bool TryRead(ParseResult result, bool writesFiles, IAnsiConsole console, out ApplySettings settings)
    {
        settings = new ApplySettings(result.GetValue(_apply), result.GetValue(_dryRun), result.GetValue(_kubeconfig), result.GetValue(_context));
        if (settings.DryRun && !settings.Apply)
        {
            Messages.Error(console, "--dry-run", "is a dry run of --apply", "--apply --dry-run");
            return false;
        }

        if (settings.Apply && writesFiles)
        {
            Messages.Error(console, "--apply", "applies to the cluster, --out writes files", "one of them");
            return false;
        }

        return true;
    }
}
