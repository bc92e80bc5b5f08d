import type { Reservation } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, rawExcept, required } from '@cloud-inventory/collector-kit';
import { instanceUid } from '../../ec2/uids.js';

export class ReservationsManager extends ResourceManager<Reservation> {
  readonly kind = 'aws_ec2_reservation';
  readonly serviceType = { group: 'EC2', type: 'Reservation', labels: ['Compute'] };
  readonly uid = arnFor('ec2', 'reservation/');
  readonly mapping = {
    id: required('ReservationId'),
    name: required('ReservationId'),
    data: rawExcept<Reservation>('Instances'),
  };
  override readonly relationships = [
    {
      type: 'contains',
      to: 'aws_ec2_instance',
      uid: instanceUid,
      ids: (reservation: Reservation) => reservation.Instances?.map((instance) => instance.InstanceId),
    },
  ];
}
