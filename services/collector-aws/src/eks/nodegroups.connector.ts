import {
  DescribeNodegroupCommand,
  EKSClient,
  ListNodegroupsCommand,
  paginateListNodegroups,
  type Nodegroup,
} from '@aws-sdk/client-eks';
import {
  ResourceConnector,
  awsCall,
  listPerParent,
  mapBounded,
  paginated,
  requiredField,
} from '@cloud-inventory/collector-kit';
import { clusterNamesListing } from './clusters.connector.js';

export interface NodegroupDetails extends Nodegroup {
  nodegroupName: string;
  nodegroupArn: string;
}

const clustersInFlight = 4;
const nodegroupsInFlight = 8;

/** Node groups per cluster (ListNodegroups gives names, 100 a page), each described by DescribeNodegroup. */
export class NodegroupsConnector extends ResourceConnector<NodegroupDetails> {
  readonly calls = [...clusterNamesListing.calls(), awsCall(ListNodegroupsCommand), awsCall(DescribeNodegroupCommand)];

  items(): AsyncIterable<NodegroupDetails> {
    const nodegroups = listPerParent(clusterNamesListing.items(this.context), clustersInFlight, (clusterName) =>
      this.namesIn(clusterName),
    );
    return mapBounded(nodegroups, nodegroupsInFlight, (nodegroup) => this.described(nodegroup));
  }

  private async *namesIn(clusterName: string): AsyncIterable<{ clusterName: string; nodegroupName: string }> {
    const names = paginated(EKSClient, paginateListNodegroups, 'nodegroups', { input: { clusterName }, pageSize: 100 });
    for await (const nodegroupName of names.items(this.context)) yield { clusterName, nodegroupName };
  }

  private async described(names: { clusterName: string; nodegroupName: string }): Promise<NodegroupDetails> {
    const { nodegroup } = await this.client(EKSClient).send(new DescribeNodegroupCommand(names));
    const described = nodegroup ?? {};
    return {
      ...described,
      nodegroupName: requiredField(described, 'nodegroupName'),
      nodegroupArn: requiredField(described, 'nodegroupArn'),
    };
  }
}
