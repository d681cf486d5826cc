namespace MetaFence.Imds.Emulator.Azure;

/// <summary>
/// The <c>api-version</c> values IMDS accepts for <c>/metadata/instance</c>: the "Supported API
/// versions" list of https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service#versioning.
/// </summary>
internal static class AzureVersions
{
    public static readonly string[] Supported =
    [
        "2017-03-01", "2017-04-02", "2017-08-01", "2017-10-01", "2017-12-01", "2018-02-01", "2018-04-02", "2018-10-01",
        "2019-02-01", "2019-03-11", "2019-04-30", "2019-06-01", "2019-06-04", "2019-08-01", "2019-08-15", "2019-11-01",
        "2020-06-01", "2020-07-15", "2020-09-01", "2020-10-01", "2020-12-01", "2021-01-01", "2021-02-01", "2021-03-01",
        "2021-05-01", "2021-10-01", "2021-11-01", "2021-11-15", "2021-12-13", "2023-07-01",
    ];

    /// <summary>The three newest, newest first, as the 400 reply lists them.</summary>
    public static IEnumerable<string> Newest => Supported.Reverse().Take(3);
}
