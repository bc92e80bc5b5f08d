import { describe, expect, it } from '@jest/globals';
import type { RoleDetail } from '@aws-sdk/client-iam';
import { RolesManager } from './roles.manager.js';

const scope = { partition: 'aws', account: '111122223333', region: 'global' };
const encoded = (document: object) => encodeURIComponent(JSON.stringify(document));

/** A role as GetAccountAuthorizationDetails gives it, trusted by every kind of principal a trust policy names. */
const role: RoleDetail = {
  Path: '/service-role/',
  RoleName: 'deploy',
  RoleId: 'AROAEXAMPLEEXAMPLE123',
  Arn: 'arn:aws:iam::111122223333:role/service-role/deploy',
  CreateDate: new Date('2024-01-02T03:04:05.000Z'),
  AssumeRolePolicyDocument: encoded({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] },
      },
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: {
          AWS: [
            'arn:aws:iam::111122223333:root',
            '444455556666',
            'arn:aws:iam::444455556666:role/team/ci',
            'arn:aws:iam::111122223333:user/engineering/alice',
            'arn:aws:sts::777788889999:assumed-role/admin/session-1',
            'AROADELETEDROLE000000',
          ],
        },
      },
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithSAML',
        Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/Okta' },
      },
      { Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: 'accounts.google.com' } },
      { Effect: 'Deny', Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::999999999999:root' } },
    ],
  }),
  RolePolicyList: [{ PolicyName: 'inline', PolicyDocument: encoded({ Version: '2012-10-17', Statement: [] }) }],
  AttachedManagedPolicies: [
    { PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    { PolicyName: 'deploy', PolicyArn: 'arn:aws:iam::111122223333:policy/app/deploy' },
  ],
  Tags: [{ Key: 'team', Value: 'platform' }],
};

const edgesOf = (item: RoleDetail) =>
  new RolesManager()
    .map(item, scope)
    .relationships.map((edge) => `${edge.type} ${edge.target_kind} ${edge.target_uid}`)
    .sort();

describe('IAM roles', () => {
  it('trust every principal their trust policy allows, inside the inventory or outside it', () => {
    expect(edgesOf(role)).toEqual(
      [
        'has_policy aws_iam_policy arn:aws:iam::aws:policy/AdministratorAccess#111122223333',
        'has_policy aws_iam_policy arn:aws:iam::111122223333:policy/app/deploy',
        'trusts aws_account aws:account:111122223333',
        'trusts aws_account aws:account:444455556666',
        'trusts aws_iam_role arn:aws:iam::444455556666:role/ci',
        'trusts aws_iam_role arn:aws:iam::777788889999:role/admin',
        'trusts aws_iam_user arn:aws:iam::111122223333:user/alice',
        'trusts aws_iam_service_principal aws:service:ec2.amazonaws.com',
        'trusts aws_iam_service_principal aws:service:lambda.amazonaws.com',
        'trusts aws_iam_identity_provider arn:aws:iam::111122223333:saml-provider/Okta',
        'trusts aws_iam_identity_provider aws:identity-provider:accounts.google.com',
      ].sort(),
    );
  });

  it('have a uid without their path, and their policy documents parsed in data', () => {
    const resource = new RolesManager().map(role, scope);
    expect(resource).toMatchObject({ uid: 'arn:aws:iam::111122223333:role/deploy', id: 'deploy', region: 'global' });
    const data = JSON.parse(resource.data_json) as Record<
      string,
      { Statement: unknown[] } | { PolicyDocument: unknown }[]
    >;
    expect((data.AssumeRolePolicyDocument as { Statement: unknown[] }).Statement).toHaveLength(5);
    expect(data.RolePolicyList).toEqual([
      { PolicyName: 'inline', PolicyDocument: { Version: '2012-10-17', Statement: [] } },
    ]);
    expect(data.Arn).toBe(role.Arn);
    expect(data).toMatchObject({ TrustsOtherAccounts: true, TrustedOtherAccounts: ['444455556666', '777788889999'] });
  });

  it('trust anyone for "*", and nothing for a document that is not encoded JSON (kept as it came)', () => {
    const anyone = { ...role, AssumeRolePolicyDocument: encoded({ Statement: { Effect: 'Allow', Principal: '*' } }) };
    expect(edgesOf(anyone).filter((edge) => edge.startsWith('trusts'))).toEqual([
      'trusts aws_iam_any_principal aws:principal:*',
    ]);
    const garbled = { ...role, AssumeRolePolicyDocument: '%E0%A4%A{not json' };
    expect(edgesOf(garbled).filter((edge) => edge.startsWith('trusts'))).toEqual([]);
    const data = JSON.parse(new RolesManager().map(garbled, scope).data_json) as Record<string, unknown>;
    expect(data.AssumeRolePolicyDocument).toBe('%E0%A4%A{not json');
  });
});
