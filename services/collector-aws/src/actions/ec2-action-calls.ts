import {
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeleteVolumeCommand,
  TerminateInstancesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import type { ActionsApi } from '@cloud-inventory/protocol';

/** One resource's AWS call for an action; rejects with the SDK error (DryRunOperation for a dry run that would pass). */
export type ActionCall = (
  ec2: EC2Client,
  id: string,
  dryRun: boolean,
  tags: Record<string, string>,
) => Promise<unknown>;

export type ExecutableAction = Exclude<ActionsApi.ActionType__Output, 'ACTION_TYPE_UNSPECIFIED'>;

/** Each action is one EC2 call per resource, so every resource gets its own outcome. */
export const actionCalls: Record<ExecutableAction, ActionCall> = {
  TERMINATE_INSTANCES: (ec2, id, DryRun) => ec2.send(new TerminateInstancesCommand({ InstanceIds: [id], DryRun })),
  DELETE_VOLUMES: (ec2, id, DryRun) => ec2.send(new DeleteVolumeCommand({ VolumeId: id, DryRun })),
  DELETE_SNAPSHOTS: (ec2, id, DryRun) => ec2.send(new DeleteSnapshotCommand({ SnapshotId: id, DryRun })),
  CREATE_TAGS: (ec2, id, DryRun, tags) =>
    ec2.send(
      new CreateTagsCommand({
        Resources: [id],
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        DryRun,
      }),
    ),
  DELETE_TAGS: (ec2, id, DryRun, tags) =>
    ec2.send(
      new DeleteTagsCommand({
        Resources: [id],
        Tags: Object.entries(tags).map(([Key, Value]) => (Value === '' ? { Key } : { Key, Value })),
        DryRun,
      }),
    ),
};

/** The id prefix each action accepts: a cleanup must never send a volume id to TerminateInstances. */
export const idPatterns: Record<ExecutableAction, RegExp> = {
  TERMINATE_INSTANCES: /^i-[0-9a-f]+$/,
  DELETE_VOLUMES: /^vol-[0-9a-f]+$/,
  DELETE_SNAPSHOTS: /^snap-[0-9a-f]+$/,
  CREATE_TAGS: /^[a-z]+-[0-9a-f]+$/,
  DELETE_TAGS: /^[a-z]+-[0-9a-f]+$/,
};
