import { DescribeAddressesCommand, EC2Client, type Address } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

// DescribeAddresses has no pagination: AWS returns every address of the region in one answer.
export class ElasticIpsConnector extends ResourceConnector<Address> {
  async *items(): AsyncIterable<Address> {
    const output = await this.client(EC2Client).send(new DescribeAddressesCommand({}));
    yield* output.Addresses ?? [];
  }
}
