import type { AttachmentStatus, InternetGateway } from '@aws-sdk/client-ec2';
import { fieldFilters, partFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';

export type SimInternetGateway = Tagged<Filled<InternetGateway, 'InternetGatewayId' | 'OwnerId' | 'Attachments'>>;

const SALT_INTERNET_GATEWAY = 15;
// AWS shows an attached internet gateway's attachment as "available", a state the SDK's enum does not list.
const ATTACHED = 'available' as AttachmentStatus;

/** Internet gateway g is attached to vpc g; those beyond the vpcs were detached and left (no attachments). */
export const internetGatewayKind: KindSpec<'internetGateway', SimInternetGateway> = {
  kind: 'internetGateway',
  idField: 'InternetGatewayId',
  ids: { prefix: 'igw-' },
  counts: { tiny: 1, small: 2, medium: 5, large: 12 },
  generate(ctx, index) {
    const attached = index < ctx.counts.vpc;
    return {
      InternetGatewayId: ctx.id('internetGateway', index),
      OwnerId: ctx.accountId,
      Attachments: attached ? [{ State: ATTACHED, VpcId: ctx.id('vpc', index) }] : [],
      Tags:
        index === 0 ? [] : [{ Key: 'Name', Value: `igw-${index}` }, environmentTag(ctx, SALT_INTERNET_GATEWAY, index)],
    };
  },
  describe: {
    operation: 'DescribeInternetGateways',
    items: 'InternetGateways',
    ids: {
      member: 'InternetGatewayIds',
      notFoundCode: 'InvalidInternetGatewayID.NotFound',
      notFoundNoun: 'internetGateway ID',
    },
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters(['InternetGatewayId', 'OwnerId']),
      ...partFilters((r) => r.Attachments, { 'attachment.state': 'State', 'attachment.vpc-id': 'VpcId' }),
    },
  },
};
