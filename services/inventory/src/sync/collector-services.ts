import { InvalidArgumentError, UnavailableError, excerpt, type InitResponse__Output } from '@cloud-inventory/protocol';
import type { AccountConfig } from '../config/inventory-config.js';
import type { CollectorClients } from './collector-clients.js';

const initDeadlineMs = 5_000;

/**
 * Checks a sync's services against what the collector of every chosen account offers (its Init), so that an unknown
 * service is refused before a job exists rather than failing the job later. A collector that cannot answer is
 * UNAVAILABLE: the services cannot be checked, and a job for them could not run either.
 */
export async function assertServicesOffered(
  services: string[],
  accounts: AccountConfig[],
  clients: CollectorClients,
): Promise<void> {
  if (services.length === 0) return;
  const addresses = [...new Set(accounts.map((account) => account.collectorAddress))];
  const offers = await Promise.all(addresses.map((address) => offeredServices(address, clients)));
  services.forEach((service, index) => {
    const missing = offers.find((offer) => !offer.services.has(service));
    if (missing) {
      throw new InvalidArgumentError(
        `services[${index}]`,
        `unknown service ${excerpt(service)}; the collector at ${missing.address} offers ${[...missing.services].join(', ')}`,
      );
    }
  });
}

async function offeredServices(address: string, clients: CollectorClients) {
  const response = await new Promise<InitResponse__Output>((resolve, reject) => {
    clients
      .for(address)
      .collector.Init({}, clients.metadata(''), { deadline: Date.now() + initDeadlineMs }, (error, answer) => {
        if (error || !answer) {
          reject(
            new UnavailableError(`cannot check the services: the collector at ${address} did not answer Init`, {
              cause: error,
            }),
          );
        } else resolve(answer);
      });
  });
  return { address, services: new Set(response.services.map((info) => info.service)) };
}
