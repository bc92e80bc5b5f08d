import { createRegistry, kind } from '@cloud-inventory/collector-kit';
import { awsRegistryDefinition } from '../registry.js';
import { ReservationsConnector } from './reservations/reservations.connector.js';
import { ReservationsManager } from './reservations/reservations.manager.js';

/** The AWS registry plus a new task service: one registry line, as a test that registers an extra kind writes it. */
export const registry = createRegistry({
  ...awsRegistryDefinition,
  services: { ...awsRegistryDefinition.services, reservations: [kind(ReservationsConnector, ReservationsManager)] },
});
