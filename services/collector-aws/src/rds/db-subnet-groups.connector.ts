import {
  ListTagsForResourceCommand,
  RDSClient,
  paginateDescribeDBSubnetGroups,
  type DBSubnetGroup,
  type Tag,
} from '@aws-sdk/client-rds';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

export interface DbSubnetGroupDetails extends DBSubnetGroup {
  TagList?: Tag[];
}

const tagCallsInFlight = 8;

// DescribeDBSubnetGroups gives no tags, and ListTagsForResource takes one ARN: one tags call per subnet group.
export class DbSubnetGroupsConnector extends ResourceConnector<DbSubnetGroupDetails> {
  private readonly groups = paginated(RDSClient, paginateDescribeDBSubnetGroups, 'DBSubnetGroups', { pageSize: 100 });
  readonly calls = [...this.groups.calls(), awsCall(ListTagsForResourceCommand)];

  async *items(): AsyncIterable<DbSubnetGroupDetails> {
    const rds = this.client(RDSClient);
    yield* mapBounded(this.groups.items(this.context), tagCallsInFlight, async (group) => {
      const ResourceName = requiredField(group, 'DBSubnetGroupArn');
      const { TagList } = await rds.send(new ListTagsForResourceCommand({ ResourceName }));
      return TagList ? { ...group, TagList } : group;
    });
  }
}
