namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// Whether a statement covers an action or a resource. The question may itself be a pattern
/// (<c>ec2:*</c> for "all of EC2", <c>*</c> for "every resource"): a statement covers it fully
/// when one of its patterns matches the question read literally, in part when they overlap.
/// NotAction and NotResource invert the list ("matches everything except the specified list",
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html,
/// …/reference_policies_elements_notresource.html).
/// </summary>
internal static class StatementMatching
{
    public static StatementMatch Action(IamStatement statement, string action) =>
        statement.UsesNotAction
            ? Inverted(statement.NotActions, action, ignoreCase: true)
            : Listed(statement.Actions, action, ignoreCase: true);

    public static StatementMatch Resource(IamStatement statement, string resource) =>
        statement.UsesNotResource
            ? Inverted(statement.NotResources, resource, ignoreCase: false)
            : Listed(statement.Resources, resource, ignoreCase: false);

    private static StatementMatch Listed(IEnumerable<string> patterns, string question, bool ignoreCase)
    {
        var result = StatementMatch.None;
        foreach (var pattern in patterns)
        {
            if (IamPattern.Matches(pattern, question, ignoreCase))
            {
                return StatementMatch.Full;
            }

            if (IamPattern.Matches(question, pattern, ignoreCase))
            {
                result = StatementMatch.Partial;
            }
        }

        return result;
    }

    private static StatementMatch Inverted(IEnumerable<string> excluded, string question, bool ignoreCase)
    {
        var result = StatementMatch.Full;
        foreach (var pattern in excluded)
        {
            if (IamPattern.Matches(pattern, question, ignoreCase))
            {
                return StatementMatch.None;
            }

            if (IamPattern.Matches(question, pattern, ignoreCase))
            {
                result = StatementMatch.Partial;
            }
        }

        return result;
    }
}
