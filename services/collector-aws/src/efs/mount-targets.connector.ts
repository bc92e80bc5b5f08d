import {
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand,
  EFSClient,
  paginateDescribeMountTargets,
  type MountTargetDescription,
} from '@aws-sdk/client-efs';
import { ResourceConnector, listPerParent, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { efsCall, efsCallsOf } from './efs-calls.js';
import { fileSystemsListing } from './file-systems.connector.js';

export interface MountTargetDetails extends MountTargetDescription {
  SecurityGroups?: string[];
}

const fileSystemsInFlight = 4;
const mountTargetsInFlight = 8;

/**
 * Mount targets per file system (DescribeMountTargets takes exactly one), each with its security groups, which only
 * DescribeMountTargetSecurityGroups tells, one mount target a call.
 */
export class MountTargetsConnector extends ResourceConnector<MountTargetDetails> {
  readonly calls = [
    ...efsCallsOf(fileSystemsListing),
    efsCall(DescribeMountTargetsCommand),
    efsCall(DescribeMountTargetSecurityGroupsCommand),
  ];

  async *items(): AsyncIterable<MountTargetDetails> {
    const targets = listPerParent(fileSystemsListing.items(this.context), fileSystemsInFlight, (fs) =>
      paginated(EFSClient, paginateDescribeMountTargets, 'MountTargets', {
        input: { FileSystemId: requiredField(fs, 'FileSystemId') },
        pageSize: 100,
      }).items(this.context),
    );
    yield* mapBounded(targets, mountTargetsInFlight, (target) => this.withSecurityGroups(target));
  }

  private async withSecurityGroups(target: MountTargetDescription): Promise<MountTargetDetails> {
    const MountTargetId = requiredField(target, 'MountTargetId');
    const { SecurityGroups } = await this.client(EFSClient).send(
      new DescribeMountTargetSecurityGroupsCommand({ MountTargetId }),
    );
    return { ...target, MountTargetId, ...(SecurityGroups ? { SecurityGroups } : {}) };
  }
}
