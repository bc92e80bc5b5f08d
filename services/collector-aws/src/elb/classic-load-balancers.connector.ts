import {
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers,
  type LoadBalancerDescription,
  type Tag,
} from '@aws-sdk/client-elastic-load-balancing';
import { ResourceConnector, awsCall, mapInBatches, paginated, requiredField } from '@cloud-inventory/collector-kit';

export type ClassicLoadBalancerDetails = LoadBalancerDescription & { Tags: Tag[] };

/** DescribeTags takes at most 20 load balancer names a call. */
const tagBatches = { batchSize: 20, inFlight: 2 };

export class ClassicLoadBalancersConnector extends ResourceConnector<ClassicLoadBalancerDetails> {
  private readonly balancers = paginated(
    ElasticLoadBalancingClient,
    paginateDescribeLoadBalancers,
    'LoadBalancerDescriptions',
    { pageSize: 400 },
  );
  readonly calls = [awsCall(DescribeLoadBalancersCommand), awsCall(DescribeTagsCommand)];

  items(): AsyncIterable<ClassicLoadBalancerDetails> {
    const elb = this.client(ElasticLoadBalancingClient);
    return mapInBatches(this.balancers.items(this.context), tagBatches, async (batch) => {
      const LoadBalancerNames = batch.map((balancer) => requiredField(balancer, 'LoadBalancerName'));
      const output = await elb.send(new DescribeTagsCommand({ LoadBalancerNames }));
      const byName = new Map(
        output.TagDescriptions?.map((description) => [description.LoadBalancerName, description.Tags]),
      );
      return batch.map((balancer, index) => ({ ...balancer, Tags: byName.get(LoadBalancerNames[index]) ?? [] }));
    });
  }
}
