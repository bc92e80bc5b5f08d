import { DescribeTagsCommand, ElasticLoadBalancingV2Client, type Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  arnFor,
  awsCall,
  mapInBatches,
  operationOfCommand,
  type AwsCall,
  type AwsCommandClass,
  type UidBuilder,
} from '@cloud-inventory/collector-kit';

/** ELBv2's SDK namespace is `elasticloadbalancingv2`, but IAM names its actions `elasticloadbalancing:*`. */
export function elbv2Call(command: AwsCommandClass): AwsCall {
  const { operation } = operationOfCommand(new (command as new (input: object) => object)({}));
  return awsCall(command, `elasticloadbalancing:${operation}`);
}

/**
 * The uid of an ELBv2 resource is its ARN, which is also its id (AWS names them by ARN). An edge may give the whole
 * ARN (a listener's LoadBalancerArn) or the part after the resource type, as an ENI's description names its load
 * balancer (`app/my-lb/50dc6c495c0c9188`), which the account's partition and the scope complete.
 */
export function elbv2Uid(resourceType: 'loadbalancer/' | 'targetgroup/' | 'listener/'): UidBuilder {
  const fromPath = arnFor('elasticloadbalancing', resourceType);
  return (id, scope) => (id.startsWith('arn:') ? id : fromPath(id, scope));
}

/** DescribeTags takes at most 20 ARNs (of any ELBv2 kind) a call. */
const tagBatches = { batchSize: 20, inFlight: 2 };

/** The items with the tags DescribeTags gives, 20 per call, in the items' order. */
export function withElbv2Tags<Item>(
  elbv2: ElasticLoadBalancingV2Client,
  items: AsyncIterable<Item>,
  arnOf: (item: Item) => string,
): AsyncIterable<Item & { Tags: Tag[] }> {
  return mapInBatches(items, tagBatches, async (batch) => {
    const ResourceArns = batch.map(arnOf);
    const output = await elbv2.send(new DescribeTagsCommand({ ResourceArns }));
    const byArn = new Map(output.TagDescriptions?.map((description) => [description.ResourceArn, description.Tags]));
    return batch.map((item, index) => ({ ...item, Tags: byArn.get(ResourceArns[index]) ?? [] }));
  });
}
