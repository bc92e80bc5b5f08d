import { EC2Client, DescribeKeyPairsCommand, type KeyPairInfo } from '@aws-sdk/client-ec2';
import { ListingConnector, unpaginated } from '@cloud-inventory/collector-kit';

// DescribeKeyPairs has no pagination: AWS returns every key pair of the region in one answer.
export class KeyPairsConnector extends ListingConnector<KeyPairInfo> {
  readonly listing = unpaginated(EC2Client, DescribeKeyPairsCommand, 'KeyPairs');
}
