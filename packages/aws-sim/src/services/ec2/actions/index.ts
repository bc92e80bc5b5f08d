import type { Ec2Action } from './ec2-action-context.js';
import { deleteSnapshot } from './delete-snapshot.js';
import { deleteVolume } from './delete-volume.js';
import { createTags, deleteTags } from './tag-resources.js';
import { terminateInstances } from './terminate-instances.js';

export { runEc2Action, type Ec2Action } from './ec2-action-context.js';

/** The EC2 actions that change resources, by their Action name. */
export const EC2_ACTIONS: Readonly<Record<string, Ec2Action>> = {
  TerminateInstances: terminateInstances,
  DeleteVolume: deleteVolume,
  DeleteSnapshot: deleteSnapshot,
  CreateTags: createTags,
  DeleteTags: deleteTags,
};
