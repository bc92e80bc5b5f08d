import {
  ElastiCacheClient,
  ListTagsForResourceCommand,
  paginateDescribeReplicationGroups,
  type ReplicationGroup,
  type Tag,
} from '@aws-sdk/client-elasticache';
import { ResourceConnector, awsCall, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { withTagListPerArn } from '../tag-list-per-arn.js';

export interface ReplicationGroupDetails extends ReplicationGroup {
  TagList?: Tag[];
}

export class ReplicationGroupsConnector extends ResourceConnector<ReplicationGroupDetails> {
  private readonly groups = paginated(ElastiCacheClient, paginateDescribeReplicationGroups, 'ReplicationGroups', {
    pageSize: 100,
  });
  readonly calls = [...this.groups.calls(), awsCall(ListTagsForResourceCommand)];

  items(): AsyncIterable<ReplicationGroupDetails> {
    const elasticache = this.client(ElastiCacheClient);
    return withTagListPerArn(
      this.groups.items(this.context),
      (group) => requiredField(group, 'ARN'),
      async (ResourceName) => (await elasticache.send(new ListTagsForResourceCommand({ ResourceName }))).TagList,
    );
  }
}
