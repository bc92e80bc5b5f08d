import type { Reservation } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, edge, rawExcept, required } from '@cloud-inventory/collector-kit';
import { InstancesManager } from '../../ec2/instances.manager.js';

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
    edge('contains', InstancesManager, (reservation: Reservation) => reservation.Instances?.map((i) => i.InstanceId)),
  ];
}
