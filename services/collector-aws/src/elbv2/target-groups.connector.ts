import {
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeTargetGroups,
  type Tag,
  type TargetGroup,
  type TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { ResourceConnector, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { elbv2Call, withElbv2Tags } from './elbv2-calls.js';

/** A target group with its tags and its registered targets (DescribeTargetHealth, which takes one group a call). */
export type TargetGroupDetails = TargetGroup & { Tags: Tag[]; Targets: TargetHealthDescription[] };

const groupsInFlight = 8;

export class TargetGroupsConnector extends ResourceConnector<TargetGroupDetails> {
  private readonly groups = paginated(ElasticLoadBalancingV2Client, paginateDescribeTargetGroups, 'TargetGroups', {
    pageSize: 400,
  });
  readonly calls = [
    elbv2Call(DescribeTargetGroupsCommand),
    elbv2Call(DescribeTagsCommand),
    elbv2Call(DescribeTargetHealthCommand),
  ];

  items(): AsyncIterable<TargetGroupDetails> {
    const elbv2 = this.client(ElasticLoadBalancingV2Client);
    const tagged = withElbv2Tags(elbv2, this.groups.items(this.context), (group) =>
      requiredField(group, 'TargetGroupArn'),
    );
    return mapBounded(tagged, groupsInFlight, async (group) => {
      const TargetGroupArn = requiredField(group, 'TargetGroupArn');
      const health = await elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn }));
      return { ...group, Targets: health.TargetHealthDescriptions ?? [] };
    });
  }
}
