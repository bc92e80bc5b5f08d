import {
  ListTagsForResourceCommand,
  RDSClient,
  paginateDescribeDBSubnetGroups,
  type DBSubnetGroup,
  type Tag,
} from '@aws-sdk/client-rds';
import { ResourceConnector, awsCall, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { withTagListPerArn } from '../tag-list-per-arn.js';

export interface DbSubnetGroupDetails extends DBSubnetGroup {
  TagList?: Tag[];
}

// DescribeDBSubnetGroups gives no tags, and ListTagsForResource takes one ARN: one tags call per subnet group.
export class DbSubnetGroupsConnector extends ResourceConnector<DbSubnetGroupDetails> {
  private readonly groups = paginated(RDSClient, paginateDescribeDBSubnetGroups, 'DBSubnetGroups', { pageSize: 100 });
  readonly calls = [...this.groups.calls(), awsCall(ListTagsForResourceCommand)];

  items(): AsyncIterable<DbSubnetGroupDetails> {
    const rds = this.client(RDSClient);
    return withTagListPerArn(
      this.groups.items(this.context),
      (group) => requiredField(group, 'DBSubnetGroupArn'),
      async (ResourceName) => (await rds.send(new ListTagsForResourceCommand({ ResourceName }))).TagList,
    );
  }
}
