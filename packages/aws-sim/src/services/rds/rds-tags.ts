import type { ListTagsForResourceMessage, TagListMessage } from '@aws-sdk/client-rds';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimTag } from '../../world/records.js';
import { collectionFor } from '../list-kind.js';
import { notFound, type NotFoundAnswer } from '../marker-describe.js';

export const DB_INSTANCE_NOT_FOUND: NotFoundAnswer = {
  code: 'DBInstanceNotFound',
  message: (name) => `DBInstance ${name} not found.`,
};
export const DB_CLUSTER_NOT_FOUND: NotFoundAnswer = {
  code: 'DBClusterNotFoundFault',
  message: (name) => `DBCluster ${name} not found.`,
};
export const DB_SUBNET_GROUP_NOT_FOUND: NotFoundAnswer = {
  code: 'DBSubnetGroupNotFoundFault',
  message: (name) => `DB subnet group '${name}' does not exist.`,
};
export const DB_SNAPSHOT_NOT_FOUND: NotFoundAnswer = {
  code: 'DBSnapshotNotFound',
  message: (name) => `DBSnapshot ${name} not found.`,
};

export const DB_CLUSTER_SNAPSHOT_NOT_FOUND: NotFoundAnswer = {
  code: 'DBClusterSnapshotNotFoundFault',
  message: (name) => `DBClusterSnapshot ${name} not found.`,
};

/** The kinds an RDS ARN's resource type names, each with its tags and not-found error. */
const TAGGED = {
  db: { kind: 'dbInstance', error: DB_INSTANCE_NOT_FOUND },
  cluster: { kind: 'dbCluster', error: DB_CLUSTER_NOT_FOUND },
  subgrp: { kind: 'dbSubnetGroup', error: DB_SUBNET_GROUP_NOT_FOUND },
  snapshot: { kind: 'dbSnapshot', error: DB_SNAPSHOT_NOT_FOUND },
  'cluster-snapshot': { kind: 'dbClusterSnapshot', error: DB_CLUSTER_SNAPSHOT_NOT_FOUND },
} as const;

const RDS_ARN = /^arn:aws(?:-[a-z]+)*:rds:([a-z0-9-]+):(\d{12}):([a-z-]+):(.+)$/;

function tagsOf(record: { TagList?: SimTag[]; Tags?: SimTag[] }): SimTag[] {
  return record.TagList ?? record.Tags ?? [];
}

/** ListTagsForResource: the tags of the instance, cluster, subnet group or snapshot (of either) an ARN of this region names. */
export function listTagsForResource(input: ListTagsForResourceMessage, call: CallContext): TagListMessage {
  const match = RDS_ARN.exec(String(input.ResourceName ?? ''));
  const type = match?.[3] as keyof typeof TAGGED | undefined;
  const tagged = type === undefined ? undefined : TAGGED[type];
  if (!match || !tagged || match[1] !== call.region || match[2] !== call.identity.accountId) {
    throw new AwsApiError(
      'InvalidParameterValue',
      `The specified resource name does not match an RDS resource in this region.`,
      400,
    );
  }
  const name = match[4] as string;
  const record = collectionFor(tagged.kind, call).get(name);
  if (!record) throw notFound(tagged.error, name);
  return { TagList: tagsOf(record).map((tag) => ({ Key: tag.Key, Value: tag.Value })) };
}
