import {
  ResourceManager,
  arnFor,
  awsMapping,
  edge,
  type Relationship,
  rawExcept,
} from '@cloud-inventory/collector-kit';
import { INSTANCE } from './kind-identities.js';
import type { KeyPairDetails } from './key-pairs.connector.js';

export class KeyPairsManager extends ResourceManager<KeyPairDetails> {
  readonly kind = 'aws_ec2_key_pair';
  readonly serviceType = {
    group: 'EC2',
    type: 'KeyPair',
    name: 'EC2 Key Pair',
    labels: ['Security'],
    family: 'key_pair',
  };
  readonly uid = arnFor('ec2', 'key-pair/');
  // The instances are the edges' source, not the key pair's data: launching one does not change the key pair.
  readonly mapping = {
    ...awsMapping<KeyPairDetails>({ id: 'KeyPairId', name: 'KeyName', createdAt: 'CreateTime' }),
    data: rawExcept<KeyPairDetails>('Tags', 'InstanceIds'),
  };
  override readonly relationships: readonly Relationship<KeyPairDetails>[] = [
    edge('grants_access_to', INSTANCE, (pair: KeyPairDetails) => pair.InstanceIds),
  ];
}
