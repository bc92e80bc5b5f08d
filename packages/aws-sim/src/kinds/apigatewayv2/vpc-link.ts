import type { VpcLink } from '@aws-sdk/client-apigatewayv2';
import type { SimTag } from '../../world/records.js';
import { HTTP_API_VPC_LINK_IDS } from '../apigateway/api-ids.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { vpcPlacement } from '../vpc-placement.js';

type VpcLinkFields = 'VpcLinkId' | 'Name' | 'SubnetIds' | 'SecurityGroupIds' | 'CreatedDate' | 'VpcLinkStatus';

/** GetVpcLinks' VpcLink of API Gateway v2; its `Tags` map is answered from the state API's tag list. */
export type SimApiGatewayV2VpcLink = Omit<Filled<VpcLink, VpcLinkFields>, 'Tags'> & { Tags: SimTag[] };

const SALT_V2_VPC_LINK = 144;

/** A v2 VPC link places its ENIs in two subnets of one VPC, behind one of that VPC's security groups. */
export const apiGatewayV2VpcLinkKind: KindSpec<'apiGatewayV2VpcLink', SimApiGatewayV2VpcLink> = {
  kind: 'apiGatewayV2VpcLink',
  idField: 'VpcLinkId',
  ids: HTTP_API_VPC_LINK_IDS,
  counts: { tiny: 1, small: 1, medium: 2, large: 4 },
  needs: ['subnet'],
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_V2_VPC_LINK, index, 1);
    const placement = vpcPlacement(ctx, hash >>> 3, 2);
    return {
      VpcLinkId: ctx.id('apiGatewayV2VpcLink', index),
      Name: `private-link-${index}`,
      SubnetIds: (placement?.subnets ?? []).map((subnet) => ctx.id('subnet', subnet)),
      SecurityGroupIds: (placement?.securityGroups ?? []).map((group) => ctx.id('securityGroup', group)),
      CreatedDate: ctx.date('2024-02-01T00:00:00Z', 400, hash),
      VpcLinkStatus: 'AVAILABLE',
      VpcLinkStatusMessage: 'VPC link is ready to route traffic',
      VpcLinkVersion: 'V2',
      Tags: [environmentTag(ctx, SALT_V2_VPC_LINK, index)],
    };
  },
};
