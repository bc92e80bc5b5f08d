import {
  DescribeAccount$,
  DescribeOrganization$,
  ListAccounts$,
  ListAccountsForParent$,
  ListOrganizationalUnitsForParent$,
  ListParents$,
  ListRoots$,
  ListTagsForResource$,
  type DescribeAccountRequest,
  type ListAccountsForParentRequest,
  type ListAccountsRequest,
  type ListOrganizationalUnitsForParentRequest,
  type ListParentsRequest,
  type ListRootsRequest,
  type ListTagsForResourceRequest,
} from '@aws-sdk/client-organizations';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimOrgAccount, SimOrgUnit, SimOrganization } from '../../identity/organization.js';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { pageOf, type PagingDeclaration } from '../../protocols/paging.js';
import { declareService, operation } from '../service-declaration.js';

// Organizations' ids, per the API reference's patterns.
const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const UNIT_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
const POLICY_ID = /^p-[0-9a-zA-Z_]{8,128}$/;

/** MaxResults 1..20 for every list operation of the API; 20 a page when the request names none. */
const paging = (items: string): PagingDeclaration => ({
  items,
  defaultPageSize: 20,
  limits: { min: 1, max: 20, aboveMax: 'reject' },
});

function invalidInput(message: string): AwsApiError {
  return new AwsApiError('InvalidInputException', message, 400);
}

function requiredId(value: unknown, member: string, ...patterns: RegExp[]): string {
  if (typeof value !== 'string' || value === '') {
    throw invalidInput(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  if (!patterns.some((pattern) => pattern.test(value))) {
    throw invalidInput('You provided a value that does not match the required pattern.');
  }
  return value;
}

/** The caller's organization: every simulated account is in it, unless the simulator has none. */
function organizationOf(call: CallContext): SimOrganization {
  const organization = call.organization;
  if (!organization || !organization.accounts.some((account) => account.Id === call.identity.accountId)) {
    throw new AwsApiError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.', 400);
  }
  return organization;
}

/** The organization, for the calls only its management account may make (no delegated administrators here). */
function managedBy(call: CallContext): SimOrganization {
  const organization = organizationOf(call);
  if (organization.organization.MasterAccountId !== call.identity.accountId) {
    throw call.service.error('accessDenied', "You don't have permissions to access this resource.");
  }
  return organization;
}

function accountOf({ ParentId: _parent, Tags: _tags, ...account }: SimOrgAccount) {
  return account;
}

function unitOf({ ParentId: _parent, Tags: _tags, ...unit }: SimOrgUnit) {
  return unit;
}

/** A root or OU the request names as parent, else ParentNotFoundException. */
function parentId(organization: SimOrganization, value: unknown): string {
  const id = requiredId(value, 'parentId', ROOT_ID, UNIT_ID);
  if (id !== organization.root.Id && !organization.units.some((unit) => unit.Id === id)) {
    throw new AwsApiError(
      'ParentNotFoundException',
      "We can't find a root or OU with the ParentId that you specified.",
      400,
    );
  }
  return id;
}

function listedPage<T, O>(
  items: readonly T[],
  input: object,
  member: string,
  call: CallContext,
  view: (item: T) => O,
): Record<string, unknown> {
  const page = pageOf(items, { ...input }, paging(member), call);
  return { ...page, [member]: (page[member] as T[]).map(view) };
}

function describeOrganization(_input: unknown, call: CallContext) {
  return { Organization: organizationOf(call).organization };
}

function describeAccount(input: DescribeAccountRequest, call: CallContext) {
  const organization = managedBy(call);
  const id = requiredId(input.AccountId, 'accountId', ACCOUNT_ID);
  const account = organization.accounts.find((candidate) => candidate.Id === id);
  if (!account) throw new AwsApiError('AccountNotFoundException', "You specified an account that doesn't exist.", 400);
  return { Account: accountOf(account) };
}

function listRoots(input: ListRootsRequest, call: CallContext) {
  const { root } = managedBy(call);
  return listedPage([root], input, 'Roots', call, ({ Tags: _tags, ...shown }) => shown);
}

function listOrganizationalUnitsForParent(input: ListOrganizationalUnitsForParentRequest, call: CallContext) {
  const organization = managedBy(call);
  const parent = parentId(organization, input.ParentId);
  const children = organization.units.filter((unit) => unit.ParentId === parent);
  return listedPage(children, input, 'OrganizationalUnits', call, unitOf);
}

function listAccountsForParent(input: ListAccountsForParentRequest, call: CallContext) {
  const organization = managedBy(call);
  const parent = parentId(organization, input.ParentId);
  const children = organization.accounts.filter((account) => account.ParentId === parent);
  return listedPage(children, input, 'Accounts', call, accountOf);
}

function listAccounts(input: ListAccountsRequest, call: CallContext) {
  return listedPage(managedBy(call).accounts, input, 'Accounts', call, accountOf);
}

function listParents(input: ListParentsRequest, call: CallContext) {
  const organization = managedBy(call);
  const id = requiredId(input.ChildId, 'childId', ACCOUNT_ID, UNIT_ID);
  const child =
    organization.accounts.find((account) => account.Id === id) ?? organization.units.find((unit) => unit.Id === id);
  if (!child) {
    throw new AwsApiError(
      'ChildNotFoundException',
      "We can't find an organizational unit (OU) or account with the ChildId that you specified.",
      400,
    );
  }
  const type = child.ParentId === organization.root.Id ? 'ROOT' : 'ORGANIZATIONAL_UNIT';
  return listedPage([{ Id: child.ParentId, Type: type }], input, 'Parents', call, (parent) => parent);
}

function listTagsForResource(input: ListTagsForResourceRequest, call: CallContext) {
  const organization = managedBy(call);
  const id = requiredId(input.ResourceId, 'resourceId', ACCOUNT_ID, ROOT_ID, UNIT_ID, POLICY_ID);
  const target =
    id === organization.root.Id
      ? organization.root
      : (organization.accounts.find((account) => account.Id === id) ??
        organization.units.find((unit) => unit.Id === id));
  if (!target) {
    throw new AwsApiError(
      'TargetNotFoundException',
      "We can't find a root, OU, account, or policy with the TargetId that you specified.",
      400,
    );
  }
  // ListTagsForResource takes a NextToken but no MaxResults: one page holds every tag.
  return pageOf(target.Tags, { ...input }, { items: 'Tags' }, call);
}

/**
 * AWS Organizations over JSON 1.1, signed for us-east-1 (its global endpoint): the main account manages an
 * organization holding every simulated account; members may only describe the organization.
 */
export const organizationsService = declareService({
  name: 'organizations',
  protocol: awsJson1_1,
  globalRegion: 'us-east-1',
  targetPrefixes: ['AWSOrganizationsV20161128'],
  errors: { malformedInput: ['InvalidInputException', 400], invalidPaginationToken: ['InvalidInputException', 400] },
  operations: [
    operation(DescribeOrganization$, describeOrganization),
    operation(DescribeAccount$, describeAccount),
    operation(ListRoots$, listRoots),
    operation(ListOrganizationalUnitsForParent$, listOrganizationalUnitsForParent),
    operation(ListAccountsForParent$, listAccountsForParent),
    operation(ListAccounts$, listAccounts),
    operation(ListParents$, listParents),
    operation(ListTagsForResource$, listTagsForResource),
  ],
});
