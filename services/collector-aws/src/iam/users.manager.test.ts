import { describe, expect, it } from '@jest/globals';
import { UsersManager } from './users.manager.js';
import type { UserWithKeys } from './users.connector.js';

const scope = { partition: 'aws-cn', account: '111122223333', region: 'global' };

const user: UserWithKeys = {
  Path: '/engineering/',
  UserName: 'alice',
  UserId: 'AIDAEXAMPLEEXAMPLE123',
  Arn: 'arn:aws-cn:iam::111122223333:user/engineering/alice',
  CreateDate: new Date('2023-05-06T07:08:09.000Z'),
  GroupList: ['developers', 'admins'],
  AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws-cn:iam::aws:policy/ReadOnlyAccess' }],
  UserPolicyList: [
    { PolicyName: 'mfa', PolicyDocument: encodeURIComponent('{"Version":"2012-10-17","Statement":[]}') },
  ],
  AccessKeyIds: ['AKIAEXAMPLE000000001'],
};

describe('IAM users', () => {
  it('are members of their groups, have their managed policies and own their access keys', () => {
    const resource = new UsersManager().map(user, scope);
    expect(resource.uid).toBe('arn:aws-cn:iam::111122223333:user/alice');
    expect(resource.relationships).toEqual([
      { type: 'member_of', target_kind: 'aws_iam_group', target_uid: 'arn:aws-cn:iam::111122223333:group/developers' },
      { type: 'member_of', target_kind: 'aws_iam_group', target_uid: 'arn:aws-cn:iam::111122223333:group/admins' },
      {
        type: 'has_policy',
        target_kind: 'aws_iam_policy',
        target_uid: 'arn:aws-cn:iam::aws:policy/ReadOnlyAccess#111122223333',
      },
      {
        type: 'owns',
        target_kind: 'aws_iam_access_key',
        target_uid: 'arn:aws-cn:iam::111122223333:access-key/AKIAEXAMPLE000000001',
      },
    ]);
    const data = JSON.parse(resource.data_json) as { UserPolicyList: unknown };
    expect(data.UserPolicyList).toEqual([
      { PolicyName: 'mfa', PolicyDocument: { Version: '2012-10-17', Statement: [] } },
    ]);
  });
});
