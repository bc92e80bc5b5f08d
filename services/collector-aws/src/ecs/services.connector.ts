import {
  DescribeServicesCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  paginateListServices,
  type Service,
} from '@aws-sdk/client-ecs';
import { ResourceConnector, awsCall, paginated } from '@cloud-inventory/collector-kit';
import { describedInBatches, membersOfClusters } from './cluster-members.js';

/** Services are listed per cluster (100 ARNs a page) and described 10 a call, the most DescribeServices takes. */
export class EcsServicesConnector extends ResourceConnector<Service> {
  readonly calls = [awsCall(ListClustersCommand), awsCall(ListServicesCommand), awsCall(DescribeServicesCommand)];

  items(): AsyncIterable<Service> {
    const ecs = this.client(ECSClient);
    return membersOfClusters(this.context, (cluster) =>
      describedInBatches(
        paginated(ECSClient, paginateListServices, 'serviceArns', { input: { cluster }, pageSize: 100 }).items(
          this.context,
        ),
        10,
        async (services) => {
          const output = await ecs.send(new DescribeServicesCommand({ cluster, services, include: ['TAGS'] }));
          return { items: output.services, failures: output.failures };
        },
        (service) => service.serviceArn,
      ),
    );
  }
}
