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

export class KeyPairsConnector extends JoinedConnector<KeyPairInfo, Instance, KeyPairDetails> {
  // DescribeKeyPairs has no pagination: AWS returns every key pair of the region in one answer.
  readonly listing = unpaginated(EC2Client, DescribeKeyPairsCommand, 'KeyPairs');
  readonly details = paginated(EC2Client, paginateDescribeInstances, 'Reservations[].Instances', {
    input: { Filters: [{ Name: 'key-name', Values: ['*'] }] },
  });

  keyOf = (pair: KeyPairInfo) => pair.KeyName;
  detailKeyOf = (instance: Instance) => instance.KeyName;

  join(pair: KeyPairInfo, instances: readonly Instance[]): KeyPairDetails {
    const ids = instances.flatMap((instance) => (instance.InstanceId === undefined ? [] : [instance.InstanceId]));
    return ids.length > 0 ? { ...pair, InstanceIds: ids } : pair;
  }
}
