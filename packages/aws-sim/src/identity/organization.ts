import type { Account, Organization, OrganizationalUnit, Root, Tag } from '@aws-sdk/client-organizations';
import { mix } from '../world/hash.js';
import { deterministicString, type SimAccountInfo } from './accounts.js';

/** An account of the organization as Organizations answers it, with where it sits and its tags. */
export interface SimOrgAccount extends Account {
  Id: string;
  Arn: string;
  Email: string;
  Name: string;
  Status: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  State: 'ACTIVE' | 'SUSPENDED';
  JoinedMethod: 'INVITED' | 'CREATED';
  JoinedTimestamp: Date;
  ParentId: string;
  Tags: Tag[];
}

export interface SimOrgUnit extends OrganizationalUnit {
  Id: string;
  Arn: string;
  Name: string;
  ParentId: string;
  Tags: Tag[];
}

/**
 * The simulator's AWS Organization: the main account manages it; its root holds a tree of OUs (three levels deep
 * under Workloads) and every account of the simulator sits in the root or in one OU.
 */
export interface SimOrganization {
  organization: Organization & { Id: string; Arn: string; MasterAccountId: string };
  root: Root & { Id: string; Arn: string; Tags: Tag[] };
  units: SimOrgUnit[];
  accounts: SimOrgAccount[];
}

/** The OU tree: each name with its parent's name (undefined: the root). */
const UNIT_TREE: readonly (readonly [name: string, parent: string | undefined])[] = [
  ['Security', undefined],
  ['Infrastructure', undefined],
  ['Workloads', undefined],
  ['Production', 'Workloads'],
  ['Payments', 'Production'],
  ['Analytics', 'Production'],
  ['Staging', 'Workloads'],
  ['Sandbox', undefined],
  ['Suspended', undefined],
];
/** Where the accounts of the simulator go, in turn (the first account after the main one sits three levels down). */
const ACCOUNT_HOMES = ['Payments', 'Analytics', 'Staging', 'Security', 'Infrastructure', 'Sandbox'];
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Which generated member accounts (`--org-accounts`) are suspended and which one lacks its reader roles. */
export interface OrgAccountFates {
  suspended: ReadonlySet<number>;
  /** The index (among the generated ones) of the one ACTIVE account without the InventoryReader roles. */
  roleless: number | undefined;
}

/**
 * Deterministic by seed: about one generated account in five suspended (at least one of two or more), and exactly
 * one of the others, when there is any, without its reader roles.
 */
export function orgAccountFates(seed: number, generated: number): OrgAccountFates {
  const suspended = new Set<number>();
  for (let index = 0; index < generated; index++) if (mix(seed, index, 7001) % 5 === 0) suspended.add(index);
  if (generated >= 2 && suspended.size === 0) suspended.add(mix(seed, 7002) % generated);
  if (suspended.size === generated && generated > 0) suspended.delete(mix(seed, 7003) % generated);
  const active = [...Array(generated).keys()].filter((index) => !suspended.has(index));
  const roleless = active.length === 0 ? undefined : active[mix(seed, 7004) % active.length];
  return { suspended, roleless };
}

/**
 * The organization of `accounts` (the main one first): the first `existing` are the simulator's own accounts, the
 * rest the generated members whose fates `orgAccountFates` decides.
 */
export function buildOrganization(
  seed: number,
  accounts: readonly SimAccountInfo[],
  existing: number,
  fates: OrgAccountFates,
): SimOrganization {
  const main = accounts[0] as SimAccountInfo;
  const partition = main.partition;
  const orgId = `o-${deterministicString(ID_ALPHABET, 10, seed, 7100)}`;
  const rootSuffix = deterministicString(ID_ALPHABET, 4, seed, 7101);
  const arn = (resource: string) => `arn:${partition}:organizations::${main.id}:${resource}`;
  const root = {
    Id: `r-${rootSuffix}`,
    Arn: arn(`root/${orgId}/r-${rootSuffix}`),
    Name: 'Root',
    PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY' as const, Status: 'ENABLED' as const }],
    Tags: [],
  };
  const paths = new Map<string | undefined, { id: string; path: string }>([
    [undefined, { id: root.Id, path: `${orgId}/${root.Id}/` }],
  ]);
  const units = UNIT_TREE.map(([name, parentName], index): SimOrgUnit => {
    const parent = paths.get(parentName) as { id: string; path: string };
    const id = `ou-${rootSuffix}-${deterministicString(ID_ALPHABET, 8, seed, 7102, index)}`;
    paths.set(name, { id, path: `${parent.path}${id}/` });
    return {
      Id: id,
      Arn: arn(`ou/${orgId}/${id}`),
      Name: name,
      Path: `${parent.path}${id}/`,
      ParentId: parent.id,
      Tags: [{ Key: 'CostCenter', Value: `cc-${1000 + (mix(seed, index, 7103) % 9000)}` }],
    };
  });
  const orgAccounts = accounts.map((account, index): SimOrgAccount => {
    const generated = index >= existing ? index - existing : undefined;
    const status = generated !== undefined && fates.suspended.has(generated) ? 'SUSPENDED' : 'ACTIVE';
    const home =
      index === 0
        ? undefined
        : status === 'SUSPENDED'
          ? 'Suspended'
          : ACCOUNT_HOMES[(generated ?? index - 1) % ACCOUNT_HOMES.length];
    const parent = paths.get(home) as { id: string; path: string };
    const name =
      index === 0
        ? 'management'
        : generated === undefined
          ? `workload-${index}`
          : `${(home ?? 'member').toLowerCase()}-${generated + 1}`;
    const joined = Date.parse('2019-01-01T00:00:00Z') + (mix(seed, index, 7104) % (5 * 365 * 86_400)) * 1000;
    return {
      Id: account.id,
      Arn: arn(`account/${orgId}/${account.id}`),
      Email: `aws+${name}@example.com`,
      Name: name,
      Status: status,
      State: status,
      Paths: [`${parent.path}${account.id}/`],
      JoinedMethod: generated === undefined ? 'INVITED' : 'CREATED',
      JoinedTimestamp: new Date(index === 0 ? Date.parse('2018-06-01T00:00:00Z') : joined),
      ParentId: parent.id,
      Tags: [
        { Key: 'Owner', Value: `team-${mix(seed, index, 7105) % 8}` },
        ...(home === undefined ? [] : [{ Key: 'Environment', Value: home.toLowerCase() }]),
      ],
    };
  });
  const management = orgAccounts[0] as SimOrgAccount;
  return {
    organization: {
      Id: orgId,
      Arn: arn(`organization/${orgId}`),
      FeatureSet: 'ALL',
      MasterAccountArn: management.Arn,
      MasterAccountId: main.id,
      MasterAccountEmail: management.Email,
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    },
    root,
    units,
    accounts: orgAccounts,
  };
}
