import { EC2Client, paginateDescribeInstances, type Reservation } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

/** A kind the collector does not ship, registered by a test: EC2 reservations. */
export class ReservationsConnector extends ListingConnector<Reservation> {
  readonly listing = paginated(EC2Client, paginateDescribeInstances, 'Reservations');
}
