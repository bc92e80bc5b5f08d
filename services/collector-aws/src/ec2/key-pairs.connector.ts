import {
  DescribeKeyPairsCommand,
  EC2Client,
  paginateDescribeInstances,
  type Instance,
  type KeyPairInfo,
} from '@aws-sdk/client-ec2';
import { paginated, unpaginated } from '@cloud-inventory/collector-kit';
import { JoinedConnector } from './joined-connector.js';

/** A key pair, and the instances launched with it (an instance names its key pair by KeyName). */
export interface KeyPairDetails extends KeyPairInfo {
  InstanceIds?: string[];
}

export class KeyPairsConnector extends JoinedConnector<KeyPairInfo, Instance, KeyPairDetails, string | undefined> {
  // DescribeKeyPairs has no pagination: AWS returns every key pair of the region in one answer.
  readonly listing = unpaginated(EC2Client, DescribeKeyPairsCommand, 'KeyPairs');
  readonly details = paginated(EC2Client, paginateDescribeInstances, 'Reservations[].Instances', {
    input: { Filters: [{ Name: 'key-name', Values: ['*'] }] },
  });

  keyOf = (pair: KeyPairInfo) => pair.KeyName;
  detailKeyOf = (instance: Instance) => instance.KeyName;

  // Only the id: every instance of the region with a key pair is held until the key pairs are listed.
  keep = (instance: Instance) => instance.InstanceId;

  join(pair: KeyPairInfo, instanceIds: readonly (string | undefined)[]): KeyPairDetails {
    const ids = instanceIds.filter((id): id is string => id !== undefined);
    return ids.length > 0 ? { ...pair, InstanceIds: ids } : pair;
  }
}
