import {
  DescribeDBClusterSnapshots$,
  DescribeDBClusters$,
  DescribeDBInstances$,
  DescribeDBSnapshots$,
  DescribeDBSubnetGroups$,
  ListTagsForResource$,
} from '@aws-sdk/client-rds';
import { awsQuery } from '../../protocols/aws-query.js';
import { declareService, operation } from '../service-declaration.js';
import { describeByMarker, nameOf } from '../marker-describe.js';
import {
  DB_CLUSTER_NOT_FOUND,
  DB_CLUSTER_SNAPSHOT_NOT_FOUND,
  DB_INSTANCE_NOT_FOUND,
  DB_SNAPSHOT_NOT_FOUND,
  DB_SUBNET_GROUP_NOT_FOUND,
  listTagsForResource,
} from './rds-tags.js';

/**
 * DescribeDBSnapshots and DescribeDBClusterSnapshots list manual and automated snapshots unless SnapshotType names one
 * type; an instance or cluster named (`owner`) narrows to its snapshots.
 */
function snapshotsAsked<Owner extends 'DBInstanceIdentifier' | 'DBClusterIdentifier'>(owner: Owner) {
  return (
    input: Record<string, unknown>,
  ): ((snapshot: { SnapshotType: string } & { [K in Owner]?: string | undefined }) => boolean) | undefined => {
    const type = typeof input.SnapshotType === 'string' && input.SnapshotType !== '' ? input.SnapshotType : undefined;
    const named = nameOf(input[owner]);
    if (type === undefined && named === undefined) return undefined;
    return (snapshot) =>
      (type === undefined || snapshot.SnapshotType === type) && (named === undefined || snapshot[owner] === named);
  };
}

/** RDS over awsQuery: Describe* pages of MaxRecords 20 to 100 under Marker, tags inline (TagList) or per ARN. */
export const rdsService = declareService({
  name: 'rds',
  protocol: awsQuery,
  xmlNamespace: 'http://rds.amazonaws.com/doc/2014-10-31/',
  errors: { malformedInput: ['InvalidParameterValue', 400], invalidPaginationToken: ['InvalidParameterValue', 400] },
  operations: [
    operation(
      DescribeDBInstances$,
      describeByMarker('dbInstance', 'DBInstances', 'DBInstanceIdentifier', DB_INSTANCE_NOT_FOUND),
    ),
    operation(
      DescribeDBClusters$,
      describeByMarker('dbCluster', 'DBClusters', 'DBClusterIdentifier', DB_CLUSTER_NOT_FOUND),
    ),
    operation(
      DescribeDBSubnetGroups$,
      describeByMarker('dbSubnetGroup', 'DBSubnetGroups', 'DBSubnetGroupName', DB_SUBNET_GROUP_NOT_FOUND),
    ),
    operation(
      DescribeDBSnapshots$,
      describeByMarker('dbSnapshot', 'DBSnapshots', 'DBSnapshotIdentifier', DB_SNAPSHOT_NOT_FOUND, {
        where: snapshotsAsked('DBInstanceIdentifier'),
      }),
    ),
    operation(
      DescribeDBClusterSnapshots$,
      describeByMarker(
        'dbClusterSnapshot',
        'DBClusterSnapshots',
        'DBClusterSnapshotIdentifier',
        DB_CLUSTER_SNAPSHOT_NOT_FOUND,
        { where: snapshotsAsked('DBClusterIdentifier') },
      ),
    ),
    operation(ListTagsForResource$, listTagsForResource),
  ],
});
