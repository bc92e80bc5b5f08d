import { EC2Client, DescribeAddressesCommand, type Address } from '@aws-sdk/client-ec2';
import { ListingConnector, unpaginated } from '@cloud-inventory/collector-kit';

// DescribeAddresses has no pagination: AWS returns every address of the region in one answer.
export class ElasticIpsConnector extends ListingConnector<Address> {
  readonly listing = unpaginated(EC2Client, DescribeAddressesCommand, 'Addresses');
}
