using MetaFence.Core.Findings;
using static MetaFence.Core.Cloud.Iam.CapabilityClass;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>Privilege escalation: the published AWS methods, each citing its write-up.</summary>
public static partial class CapabilityCatalog
{
    private static IEnumerable<CapabilityRule> Escalation()
    {
        const Severity C = Severity.Critical;
        yield return Rule("privesc-create-policy-version", PrivilegeEscalation, C,
            "create a new default version of a managed policy (any permissions)", RhinoMethod(1), "iam:CreatePolicyVersion");
        yield return Rule("privesc-set-default-policy-version", PrivilegeEscalation, C,
            "make an older, broader policy version the default", RhinoMethod(2), "iam:SetDefaultPolicyVersion");
        yield return Rule("privesc-passrole-ec2", PrivilegeEscalation, C,
            "launch an EC2 instance with a passed role and read its credentials", RhinoMethod(3), "iam:PassRole", "ec2:RunInstances");
        yield return Rule("privesc-create-access-key", PrivilegeEscalation, C,
            "create access keys for other IAM users", RhinoMethod(4), "iam:CreateAccessKey");
        yield return Rule("privesc-create-login-profile", PrivilegeEscalation, C,
            "give another IAM user a console password", RhinoMethod(5), "iam:CreateLoginProfile");
        yield return Rule("privesc-update-login-profile", PrivilegeEscalation, C,
            "change another IAM user's console password", RhinoMethod(6), "iam:UpdateLoginProfile");
        yield return Rule("privesc-attach-user-policy", PrivilegeEscalation, C,
            "attach any managed policy to a user", RhinoMethod(7), "iam:AttachUserPolicy");
        yield return Rule("privesc-attach-group-policy", PrivilegeEscalation, C,
            "attach any managed policy to a group", RhinoMethod(8), "iam:AttachGroupPolicy");
        yield return Rule("privesc-attach-role-policy", PrivilegeEscalation, C,
            "attach any managed policy to a role (this one included)", RhinoMethod(9), "iam:AttachRolePolicy");
        yield return Rule("privesc-put-user-policy", PrivilegeEscalation, C,
            "write an inline policy on a user", RhinoMethod(10), "iam:PutUserPolicy");
        yield return Rule("privesc-put-group-policy", PrivilegeEscalation, C,
            "write an inline policy on a group", RhinoMethod(11), "iam:PutGroupPolicy");
        yield return Rule("privesc-put-role-policy", PrivilegeEscalation, C,
            "write an inline policy on a role (this one included)", RhinoMethod(12), "iam:PutRolePolicy");
        yield return Rule("privesc-add-user-to-group", PrivilegeEscalation, C,
            "add a user to a more privileged group", RhinoMethod(13), "iam:AddUserToGroup");
        yield return Rule("privesc-update-assume-role-policy", PrivilegeEscalation, C,
            "rewrite a role's trust policy, then assume the role", RhinoMethod(14), "iam:UpdateAssumeRolePolicy", "sts:AssumeRole");
        yield return Rule("privesc-passrole-lambda-invoke", PrivilegeEscalation, C,
            "create a Lambda function with a passed role and invoke it", RhinoMethod(15), "iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction");
        yield return Rule("privesc-passrole-lambda-event-source", PrivilegeEscalation, C,
            "create a Lambda function with a passed role and trigger it from an event source", RhinoMethod(16),
            "iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping");
        yield return Rule("privesc-update-function-code", PrivilegeEscalation, Severity.High,
            "replace the code of an existing Lambda function (runs with its role)", RhinoMethod(17), "lambda:UpdateFunctionCode");
        yield return Rule("privesc-passrole-glue-dev-endpoint", PrivilegeEscalation, C,
            "create a Glue development endpoint with a passed role", RhinoMethod(18), "iam:PassRole", "glue:CreateDevEndpoint");
        yield return Rule("privesc-update-glue-dev-endpoint", PrivilegeEscalation, Severity.High,
            "add an SSH key to an existing Glue development endpoint", RhinoMethod(19), "glue:UpdateDevEndpoint");
        yield return Rule("privesc-passrole-cloudformation", PrivilegeEscalation, C,
            "create a CloudFormation stack that runs with a passed role", RhinoMethod(20), "iam:PassRole", "cloudformation:CreateStack");
        yield return Rule("privesc-passrole-datapipeline", PrivilegeEscalation, C,
            "create a Data Pipeline that runs commands with a passed role", RhinoMethod(21),
            "iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition");
        foreach (var rule in LaterEscalation())
        {
            yield return rule;
        }
    }

    /// <summary>Methods published after Rhino's list (Bishop Fox's 31 paths, hackingthe.cloud).</summary>
    private static IEnumerable<CapabilityRule> LaterEscalation()
    {
        const Severity C = Severity.Critical;
        yield return Rule("privesc-passrole-lambda-add-permission", PrivilegeEscalation, C,
            "create a Lambda function with a passed role and allow itself to invoke it",
            $"Bishop Fox, privilege escalation in AWS (lambda:AddPermission variant): {BishopFox}", "iam:PassRole", "lambda:CreateFunction", "lambda:AddPermission");
        yield return Rule("privesc-passrole-ecs", PrivilegeEscalation, C,
            "register an ECS task definition with a passed role and run it",
            $"Bishop Fox, privilege escalation in AWS (ECS): {BishopFox}", "iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:RunTask");
        yield return Rule("privesc-passrole-codebuild", PrivilegeEscalation, C,
            "create a CodeBuild project with a passed role and start a build",
            $"Bishop Fox, privilege escalation in AWS (CodeBuild): {BishopFox}", "iam:PassRole", "codebuild:CreateProject", "codebuild:StartBuild");
        yield return Rule("privesc-passrole-sagemaker-notebook", PrivilegeEscalation, C,
            "create a SageMaker notebook with a passed role and open it",
            $"Bishop Fox, privilege escalation in AWS (SageMaker): {BishopFox}",
            "iam:PassRole", "sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl");
        yield return Rule("privesc-sagemaker-presigned-url", PrivilegeEscalation, Severity.High,
            "open an existing SageMaker notebook (runs with its role)",
            $"Bishop Fox, privilege escalation in AWS (SageMaker): {BishopFox}", "sagemaker:CreatePresignedNotebookInstanceUrl");
        yield return Rule("privesc-passrole-autoscaling", PrivilegeEscalation, C,
            "create a launch configuration with a passed role and an Auto Scaling group that starts it",
            $"hackingthe.cloud, IAM privilege escalation (autoscaling): {HackingTheCloud}",
            "iam:PassRole", "autoscaling:CreateLaunchConfiguration", "autoscaling:CreateAutoScalingGroup");
        yield return Rule("privesc-modify-user-data", PrivilegeEscalation, Severity.High,
            "rewrite an instance's user data (runs as root with the instance's role on the next start)",
            $"hackingthe.cloud, IAM privilege escalation (ec2:ModifyInstanceAttribute): {HackingTheCloud}", "ec2:ModifyInstanceAttribute");
        yield return new CapabilityRule
        {
            Id = "privesc-passrole-any",
            Class = PrivilegeEscalation,
            Severity = Severity.Medium,
            Title = "pass any role to an AWS service (escalates together with any compute launch permission)",
            Source = "iam:PassRole (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html), the first half of "
                + $"Rhino Security Labs methods 3, 15, 16, 18, 20, 21: {Rhino}",
            Actions = ["iam:PassRole"],
            Scope = ResourceScope.Everything,
        };
        yield return new CapabilityRule
        {
            Id = "privesc-assume-any-role",
            Class = PrivilegeEscalation,
            Severity = C,
            Title = "assume any role whose trust policy lets this account in",
            Source = $"Rhino Security Labs (sts:AssumeRole with method 14) and Bishop Fox (role chaining): {BishopFox}",
            Actions = ["sts:AssumeRole"],
            Scope = ResourceScope.Everything,
        };
    }
}
