import { createRegistry, entry } from '@cloud-inventory/collector-kit';
import { awsRegistryDefinition } from '../registry.js';
import { ReservationsConnector } from './reservations/reservations.connector.js';
import { ReservationsManager } from './reservations/reservations.manager.js';

/** The AWS registry plus the walk-through's new service: exactly the one line ADDING-A-SERVICE.md adds. */
export const registry = createRegistry({
  ...awsRegistryDefinition,
  services: [
    ...awsRegistryDefinition.services,
    entry('reservations', 'Reservation', ReservationsConnector, ReservationsManager),
  ],
});
