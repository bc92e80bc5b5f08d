import { EC2Client, paginateDescribeInstances, type Reservation } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

/** The walk-through's example (ADDING-A-SERVICE.md): EC2 reservations, a kind the collector does not ship. */
export class ReservationsConnector extends ResourceConnector<Reservation> {
  async *items(): AsyncIterable<Reservation> {
    for await (const page of paginateDescribeInstances({ client: this.client(EC2Client), pageSize: 1000 }, {})) {
      yield* page.Reservations ?? [];
    }
  }
}
