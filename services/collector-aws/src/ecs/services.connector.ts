import {
  DescribeServicesCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  paginateListServices,
  type Service,
} from '@aws-sdk/client-ecs';
import { ResourceConnector, awsCall, paginated } from '@cloud-inventory/collector-kit';
import { membersOfClusters } from './cluster-members.js';

/** Services are listed per cluster (100 ARNs a page) and described 10 a call, the most DescribeServices takes. */
export class EcsServicesConnector extends ResourceConnector<Service> {
  readonly calls = [awsCall(ListClustersCommand), awsCall(ListServicesCommand), awsCall(DescribeServicesCommand)];

  items(): AsyncIterable<Service> {
    const ecs = this.client(ECSClient);
    return membersOfClusters(this.context, {
      listing: (cluster) =>
        paginated(ECSClient, paginateListServices, 'serviceArns', { input: { cluster }, pageSize: 100 }),
      batchSize: 10,
      async describe(cluster, services) {
        const output = await ecs.send(new DescribeServicesCommand({ cluster, services, include: ['TAGS'] }));
        return { items: output.services, failures: output.failures };
      },
      arnOf: (service) => service.serviceArn,
    });
  }
}
