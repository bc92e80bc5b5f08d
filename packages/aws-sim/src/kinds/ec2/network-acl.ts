import type { NetworkAcl, NetworkAclEntry } from '@aws-sdk/client-ec2';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters, partFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { PAGE_100 } from './ec2-pages.js';
import { networkAclSubnets, vpcPartOf } from './vpc-routing-layout.js';

export type SimNetworkAcl = Tagged<
  Filled<NetworkAcl, 'NetworkAclId' | 'VpcId' | 'OwnerId' | 'IsDefault' | 'Associations' | 'Entries'>
>;

const SALT_NETWORK_ACL = 18;
const ASSOCIATION = { name: 'networkAclAssociation', prefix: 'aclassoc-' };

function entry(ruleNumber: number, egress: boolean, fields: Partial<NetworkAclEntry> = {}): NetworkAclEntry {
  return {
    CidrBlock: '0.0.0.0/0',
    Egress: egress,
    Protocol: '-1',
    RuleAction: 'allow',
    RuleNumber: ruleNumber,
    ...fields,
  };
}

/** A default ACL allows everything both ways; a custom one lets HTTPS and return traffic in. Both end in deny-all. */
const DEFAULT_ENTRIES: readonly NetworkAclEntry[] = Object.freeze([
  entry(100, true),
  entry(32767, true, { RuleAction: 'deny' }),
  entry(100, false),
  entry(32767, false, { RuleAction: 'deny' }),
]);
const CUSTOM_ENTRIES: readonly NetworkAclEntry[] = Object.freeze([
  entry(100, true),
  entry(32767, true, { RuleAction: 'deny' }),
  entry(100, false, { Protocol: '6', PortRange: { From: 443, To: 443 } }),
  entry(110, false, { Protocol: '6', PortRange: { From: 1024, To: 65535 } }),
  entry(32767, false, { RuleAction: 'deny' }),
]);

function generateNetworkAcl(ctx: ScopeContext, index: number): SimNetworkAcl {
  const part = vpcPartOf(ctx, index);
  const networkAclId = ctx.id('networkAcl', index);
  const isDefault = part.ordinal === 0;
  return {
    NetworkAclId: networkAclId,
    VpcId: ctx.id('vpc', part.vpcIndex),
    OwnerId: ctx.accountId,
    IsDefault: isDefault,
    Associations: networkAclSubnets(ctx, part).map((subnetIndex) => ({
      NetworkAclAssociationId: ctx.id(ASSOCIATION, subnetIndex),
      NetworkAclId: networkAclId,
      SubnetId: ctx.id('subnet', subnetIndex),
    })),
    Entries: [...(isDefault ? DEFAULT_ENTRIES : CUSTOM_ENTRIES)],
    Tags: isDefault ? [] : [{ Key: 'Name', Value: `acl-${index}` }, environmentTag(ctx, SALT_NETWORK_ACL, index)],
  };
}

export const networkAclKind: KindSpec<'networkAcl', SimNetworkAcl> = {
  kind: 'networkAcl',
  idField: 'NetworkAclId',
  ids: { prefix: 'acl-' },
  counts: { tiny: 1, small: 3, medium: 6, large: 14 },
  needs: ['vpc'],
  generate: generateNetworkAcl,
  describe: {
    operation: 'DescribeNetworkAcls',
    items: 'NetworkAcls',
    ids: { member: 'NetworkAclIds', notFoundCode: 'InvalidNetworkAclID.NotFound', notFoundNoun: 'networkAcl ID' },
    pageLimits: PAGE_100,
    filters: {
      ...fieldFilters(['NetworkAclId', 'VpcId', 'OwnerId'], { default: 'IsDefault' }),
      ...partFilters((r) => r.Associations, {
        'association.association-id': 'NetworkAclAssociationId',
        'association.network-acl-id': 'NetworkAclId',
        'association.subnet-id': 'SubnetId',
      }),
      ...partFilters((r) => r.Entries, {
        'entry.cidr': 'CidrBlock',
        'entry.ipv6-cidr': 'Ipv6CidrBlock',
        'entry.protocol': 'Protocol',
        'entry.rule-action': 'RuleAction',
        'entry.rule-number': 'RuleNumber',
        'entry.egress': 'Egress',
      }),
      ...partFilters((r) => r.Entries.flatMap((e) => (e.IcmpTypeCode ? [e.IcmpTypeCode] : [])), {
        'entry.icmp.code': 'Code',
        'entry.icmp.type': 'Type',
      }),
      ...partFilters((r) => r.Entries.flatMap((e) => (e.PortRange ? [e.PortRange] : [])), {
        'entry.port-range.from': 'From',
        'entry.port-range.to': 'To',
      }),
    },
  },
};
