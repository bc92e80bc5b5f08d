import type { InstanceProfile } from '@aws-sdk/client-iam';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { iamArn, iamUniqueId, profileRoleIndex } from './iam-layout.js';
import { roleAt } from './role-summary.js';

/** ListInstanceProfiles' InstanceProfile. */
export type SimIamInstanceProfile = Tagged<
  Filled<InstanceProfile, 'Path' | 'InstanceProfileName' | 'InstanceProfileId' | 'Arn' | 'CreateDate' | 'Roles'>
>;

const SALT_PROFILE = 45;
/** The first profiles are those EC2 instances name (`web-instance-profile`...): instances pick one by their role. */
export const INSTANCE_PROFILE_ROLES = ['web', 'api', 'worker', 'db', 'cache', 'batch'];

function profileName(index: number): string {
  return `${INSTANCE_PROFILE_ROLES[index] ?? `app-${index}`}-instance-profile`;
}

function profileIndexOf(name: string): number | undefined {
  const match = /^(.+)-instance-profile$/.exec(name);
  if (!match) return undefined;
  const word = match[1] as string;
  const known = INSTANCE_PROFILE_ROLES.indexOf(word);
  if (known !== -1) return known;
  const index = Number(/^app-(\d+)$/.exec(word)?.[1] ?? NaN);
  return Number.isInteger(index) && index >= INSTANCE_PROFILE_ROLES.length ? index : undefined;
}

/** How an EC2 instance names profile `index` (`IamInstanceProfile`), in any region of the account. */
export function instanceProfileReference(ctx: ScopeContext, index: number): { Arn: string; Id: string } {
  return {
    Arn: iamArn(ctx, 'instance-profile', '/', profileName(index)),
    Id: iamUniqueId(ctx, 'AIPA', SALT_PROFILE, index),
  };
}

/** Profile `index` without tags, as a role's InstanceProfileList shows it. */
export function instanceProfileAt(ctx: ScopeContext, index: number): SimIamInstanceProfile {
  const { Arn, Id } = instanceProfileReference(ctx, index);
  const roleIndex = profileRoleIndex(ctx, index);
  return {
    Path: '/',
    InstanceProfileName: profileName(index),
    InstanceProfileId: Id,
    Arn,
    CreateDate: ctx.date('2019-03-01T00:00:00Z', 1600, ctx.hash(SALT_PROFILE, index, 1)),
    // a profile whose role was deleted (or never added) has none: GetAccountAuthorizationDetails does not show it
    Roles: roleIndex === undefined ? [] : [roleAt(ctx, roleIndex)],
    Tags: [],
  };
}

function generateProfile(ctx: ScopeContext, index: number): SimIamInstanceProfile {
  const profile = instanceProfileAt(ctx, index);
  if (index % 2 === 0) profile.Tags = [{ Key: 'Purpose', Value: INSTANCE_PROFILE_ROLES[index] ?? 'app' }];
  return profile;
}

export const iamInstanceProfileKind: KindSpec<'iamInstanceProfile', SimIamInstanceProfile> = {
  kind: 'iamInstanceProfile',
  idField: 'InstanceProfileName',
  ids: {
    nameAt: (_ctx, index) => profileName(index),
    indexOf: (_ctx, name) => profileIndexOf(name),
  },
  counts: { tiny: 2, small: 3, medium: 8, large: 40 },
  accountWide: true,
  generate: generateProfile,
};
