import type { KeyPairInfo } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';

export class KeyPairsManager extends ResourceManager<KeyPairInfo> {
  readonly kind = 'aws_ec2_key_pair';
  readonly serviceType = { group: 'EC2', type: 'KeyPair', name: 'EC2 Key Pair', labels: ['Security'] };
  readonly uid = arnFor('ec2', 'key-pair/');
  readonly mapping = awsMapping<KeyPairInfo>({ id: 'KeyPairId', name: 'KeyName', createdAt: 'CreateTime' });
}
