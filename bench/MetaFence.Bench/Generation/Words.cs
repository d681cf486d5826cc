namespace MetaFence.Bench.Generation;

/// <summary>The vocabulary of the synthetic cluster: teams, stages and application names.</summary>
internal static class Words
{
    public static readonly string[] Teams =
        ["payments", "shop", "data", "platform", "identity", "growth", "search", "media", "ops", "risk", "ledger", "mobile"];

    public static readonly string[] Stages = ["prod", "prod", "staging", "dev"];

    public static readonly string[] Apps =
    [
        "web", "api", "worker", "cart", "checkout", "payments", "search", "auth", "catalog", "orders",
        "inventory", "notifications", "reports", "gateway", "scheduler", "ledger", "profile", "media", "billing", "recommendations",
    ];

    /// <summary>Bare pods: what people start by hand.</summary>
    public static readonly string[] BarePods = ["debug-shell", "db-migrate", "toolbox", "load-test", "netshoot"];

    public static readonly string[] Databases = ["postgres", "redis", "kafka", "mysql", "mongodb"];

    public static readonly string[] LogLevels = ["info", "debug", "warn"];
}
