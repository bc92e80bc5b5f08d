import { referenceKind, type UidBuilder } from '@cloud-inventory/collector-kit';

/**
 * IAM uids. A user, group, role or instance profile is `arn:<partition>:iam::<account>:<type>/<name>`: its ARN
 * without the path, since names are unique within an account whatever the path and AWS names principals by name
 * alone in places (a user's GroupList). The id is the name; an edge may name the target by ARN instead (a trust
 * policy's role, an instance's profile, another slice's role ARN), in any account: the ARN's account and name are
 * kept, its path dropped. The ARN as AWS gives it (path included) stays in `data.Arn`.
 */
export function iamPrincipalUid(type: 'user' | 'group' | 'role' | 'instance-profile'): UidBuilder {
  return (id, scope) => {
    if (!id.startsWith('arn:')) return `arn:${scope.partition}:iam::${scope.account}:${type}/${id}`;
    const match = /^arn:([\w-]+):iam::(\d{12}):([\w-]+)\/(?:.*\/)?([^/]+)$/.exec(id);
    // an ARN of another shape is kept whole: a reference to something the inventory may not hold
    return match && match[3] === type ? `arn:${match[1]}:iam::${match[2]}:${type}/${match[4]}` : id;
  };
}

/** Whether a managed policy is AWS's (`arn:aws:iam::aws:policy/...`), the same ARN in every account. */
export function isAwsManagedPolicyArn(arn: string | undefined): boolean {
  return arn !== undefined && /^arn:[\w-]+:iam::aws:policy\//.test(arn);
}

/**
 * A managed policy's id is its ARN. A customer-managed policy's uid is that ARN; an AWS-managed one's ARN is the same
 * in every account, and each account sees it with its own attachments, so its uid is the ARN and `#<account>`.
 */
export const policyUid: UidBuilder = (arn, scope) => (isAwsManagedPolicyArn(arn) ? `${arn}#${scope.account}` : arn);

/** An AWS service a trust policy names (`ec2.amazonaws.com`): `aws:service:ec2.amazonaws.com`. */
export const servicePrincipals = referenceKind('aws_iam_service_principal', (service) => `aws:service:${service}`);

/**
 * A federated identity provider a trust policy names: a SAML or OIDC provider of IAM by its ARN, a public web
 * identity provider (`accounts.google.com`, `cognito-identity.amazonaws.com`) as `aws:identity-provider:<name>`.
 */
export const identityProviders = referenceKind('aws_iam_identity_provider', (provider) =>
  provider.startsWith('arn:') ? provider : `aws:identity-provider:${provider}`,
);

/** `"Principal": "*"` (or `{ "AWS": "*" }`): anyone, its conditions aside. */
export const anyPrincipal = referenceKind('aws_iam_any_principal', () => 'aws:principal:*');
