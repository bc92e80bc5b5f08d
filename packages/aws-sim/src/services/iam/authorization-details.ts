import type { GetAccountAuthorizationDetailsRequest } from '@aws-sdk/client-iam';
import type { CallContext } from '../../http/http-types.js';
import type { SimKind } from '../../kinds/index.js';
import { isAwsManagedPolicyArn } from '../../kinds/iam/policy.js';
import { pageOf, type ItemSource } from '../../protocols/paging.js';
import type { ResourceCollection } from '../../world/resource-collection.js';
import { checkEnum, IAM_PAGES, iamScope } from './iam-scope.js';

const ENTITY_TYPES = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] as const;

/** The answer's lists, in the order AWS pages through them, and the Filter values that include each. */
const SEGMENTS: readonly { kind: SimKind; output: string; filters: readonly string[] }[] = [
  { kind: 'iamUser', output: 'UserDetailList', filters: ['User'] },
  { kind: 'iamGroup', output: 'GroupDetailList', filters: ['Group'] },
  { kind: 'iamRole', output: 'RoleDetailList', filters: ['Role'] },
  { kind: 'iamPolicy', output: 'Policies', filters: ['LocalManagedPolicy', 'AWSManagedPolicy'] },
];

interface Entry {
  output: string;
  record: unknown;
}

/** Several collections paged as one sequence: a position is the segment's start plus the position within it. */
function concatenated(collections: { output: string; collection: ResourceCollection<unknown> }[]): ItemSource<Entry> {
  return {
    scan(start, limit, predicate) {
      const items: Entry[] = [];
      let base = 0;
      for (const { output, collection } of collections) {
        const end = base + collection.endPosition;
        if (start < end) {
          const wanted = predicate ? (record: unknown) => predicate({ output, record }) : undefined;
          // a full page still scans on, for no item (limit 0), to learn whether there is a next one
          const page = collection.scan(Math.max(0, start - base), limit - items.length, wanted);
          for (const record of page.items) items.push({ output, record });
          if (page.next !== undefined) return { items, next: base + page.next };
        }
        base = end;
      }
      return { items };
    },
  };
}

/**
 * GetAccountAuthorizationDetails: users, groups, roles and managed policies of the account with their attachments,
 * inline policies, group lists, tags, trust policies and instance profiles, in one Marker-paged sequence (users first,
 * policies last), limited to the entity types `Filter` names.
 */
export function getAccountAuthorizationDetails(
  input: GetAccountAuthorizationDetailsRequest,
  call: CallContext,
): Record<string, unknown> {
  const filter = Array.isArray(input.Filter) ? input.Filter.map(String) : [];
  filter.forEach((value) => checkEnum(value, 'filter', ENTITY_TYPES));
  const wants = (type: string) => filter.length === 0 || filter.includes(type);
  const { accountId, region } = iamScope(call);
  const segments = SEGMENTS.filter((segment) => segment.filters.some(wants)).map((segment) => ({
    output: segment.output,
    collection: call.world.collection(segment.kind, accountId, region) as ResourceCollection<unknown>,
  }));
  const policyWanted = (arn: string) => wants(isAwsManagedPolicyArn(arn) ? 'AWSManagedPolicy' : 'LocalManagedPolicy');
  const page = pageOf(
    concatenated(segments),
    { ...input },
    { items: 'Entries', ...IAM_PAGES },
    call,
    (entry) => entry.output !== 'Policies' || policyWanted((entry.record as { Arn: string }).Arn),
  );
  const output: Record<string, unknown> = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] };
  for (const entry of page.Entries as Entry[]) (output[entry.output] as unknown[]).push(entry.record);
  output.IsTruncated = page.IsTruncated;
  if (page.Marker !== undefined) output.Marker = page.Marker;
  return output;
}
