/** The collector action that removes a resource of each kind a cleanup policy may act on. */
export const cleanupActionByKind: Readonly<
  Record<string, 'TERMINATE_INSTANCES' | 'DELETE_VOLUMES' | 'DELETE_SNAPSHOTS'>
> = {
  aws_ec2_instance: 'TERMINATE_INSTANCES',
  aws_ec2_volume: 'DELETE_VOLUMES',
  aws_ec2_snapshot: 'DELETE_SNAPSHOTS',
};

/** Kinds whose tags EC2 CreateTags can set; a tag policy only reports on the others. */
export const taggableKinds: ReadonlySet<string> = new Set([
  'aws_ec2_instance',
  'aws_ec2_volume',
  'aws_ec2_snapshot',
  'aws_ec2_image',
  'aws_ec2_security_group',
  'aws_ec2_elastic_ip',
  'aws_vpc',
  'aws_subnet',
]);

/** The record's name for an action: terminate_instance, delete_volume, delete_snapshot, create_tags, report. */
export const actionNames = {
  TERMINATE_INSTANCES: 'terminate_instance',
  DELETE_VOLUMES: 'delete_volume',
  DELETE_SNAPSHOTS: 'delete_snapshot',
  CREATE_TAGS: 'create_tags',
} as const;
