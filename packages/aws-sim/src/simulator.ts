import { setMaxListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimCounters } from './sim-counters.js';
import { SimFaults } from './faults/sim-faults.js';
import { buildAccounts, generateMainKeyPair, type SimAccountInfo, type SimKeyPair } from './identity/accounts.js';
import { CredentialStore } from './identity/credential-store.js';
import { buildOrganization, orgAccountFates, type SimOrganization } from './identity/organization.js';
import { createRequestListener } from './http/request-listener.js';
import { InvalidOptionError } from './errors.js';
import { DEFAULT_OPT_IN_REGIONS, DEFAULT_REGIONS, resolveCounts, type StartSimulatorOptions } from './options.js';
import { BUILT_IN_SERVICES } from './services/built-in-services.js';
import { ServiceRegistry } from './services/service-registry.js';
import { SimState } from './world/sim-state.js';
import { SimWorld } from './world/sim-world.js';

/** A running simulator. */
export interface AwsSimulator {
  /** Base URL to give SDK clients as `endpoint`, e.g. http://127.0.0.1:41234. */
  readonly endpoint: string;
  readonly port: number;
  /** The main account's key pair (a test credential of the simulator). */
  readonly credentials: SimKeyPair;
  readonly mainAccountId: string;
  /** All accounts, the main one first; the others are reachable only by AssumeRole into one of their roles. */
  readonly accounts: SimAccountInfo[];
  /** The accounts' AWS Organization (the main account manages it), unless `organization: false`. */
  readonly organization: SimOrganization | undefined;
  /** Enabled regions (the same for every account). */
  readonly regions: string[];
  /** Opt-in regions that exist but are not enabled. */
  readonly optInRegions: string[];
  /** Add, change, remove and read resources between calls. */
  readonly state: SimState;
  /** Latency, throttling, denial, 5xx and missing-service knobs. */
  readonly faults: SimFaults;
  /** Calls per operation, account and region. */
  readonly counters: SimCounters;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

/** Starts a simulator on a random (or the given) port of 127.0.0.1 and resolves once it is listening. */
export async function startAwsSimulator(options: StartSimulatorOptions = {}): Promise<AwsSimulator> {
  const seed = options.seed ?? 1;
  const accountCount = options.accounts ?? 2;
  if (!Number.isInteger(accountCount) || accountCount < 1) throw new InvalidOptionError('accounts', 'must be >= 1');
  const regions = [...(options.regions ?? DEFAULT_REGIONS)];
  if (regions.length === 0) throw new InvalidOptionError('regions', 'at least one region must be enabled');
  const { pageSizeCap } = options;
  if (pageSizeCap !== undefined && (!Number.isInteger(pageSizeCap) || pageSizeCap < 1)) {
    throw new InvalidOptionError('pageSizeCap', 'must be a positive integer');
  }
  const optInRegions = (options.optInRegions ?? DEFAULT_OPT_IN_REGIONS).filter((region) => !regions.includes(region));
  const counts = resolveCounts(options.size ?? 'small', options.counts);
  const inOrganization = options.organization ?? true;
  const orgAccounts = options.orgAccounts ?? 0;
  if (!Number.isInteger(orgAccounts) || orgAccounts < 0) throw new InvalidOptionError('orgAccounts', 'must be >= 0');
  if (orgAccounts > 0 && !inOrganization) {
    throw new InvalidOptionError('orgAccounts', 'needs an organization (organization: false)');
  }
  const fates = orgAccountFates(seed, orgAccounts);
  const roleless = new Set(fates.roleless === undefined ? [] : [accountCount + fates.roleless]);
  const accounts = buildAccounts(seed, accountCount + orgAccounts, regions, roleless);
  const main = accounts[0] as SimAccountInfo;
  const organization = inOrganization ? buildOrganization(seed, accounts, accountCount, fates) : undefined;
  const credentials = generateMainKeyPair(seed);
  const memberCounts = resolveCounts(options.orgAccountSize ?? 'tiny');
  const world = new SimWorld(
    seed,
    accounts.map((account) => account.id),
    regions,
    counts,
    new Map(accounts.slice(accountCount).map((account) => [account.id, memberCounts])),
  );
  const state = new SimState(world);
  const faults = new SimFaults(seed);
  // A declared service replaces the built-in one of its name (a test's own ECS); two declared ones are refused.
  const declared = options.services ?? [];
  const replaced = new Set(declared.map((service) => service.name));
  const services = new ServiceRegistry([
    ...BUILT_IN_SERVICES.filter((service) => !replaced.has(service.name)),
    ...declared,
  ]);
  const counters = new SimCounters(services);
  const credentialStore = new CredentialStore(seed, accounts, credentials);
  const stopping = new AbortController();
  // Each request delayed by the latency knob listens for the stop until its delay ends: as many as requests in flight.
  setMaxListeners(0, stopping.signal);
  const server = createServer(
    createRequestListener({
      world,
      services,
      faults,
      counters,
      credentials: credentialStore,
      regions,
      optInRegions,
      listBucketsWithRegion: options.listBucketsWithRegion ?? true,
      ...(options.pageSizeCap === undefined ? {} : { pageSizeCap: options.pageSizeCap }),
      accounts,
      organization,
      stopSignal: stopping.signal,
    }),
  );
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  return {
    // a fresh copy each time: SDK clients write bookkeeping fields into the credentials object they are given
    get credentials() {
      return { ...credentials };
    },
    endpoint: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    mainAccountId: main.id,
    accounts,
    organization,
    regions,
    optInRegions,
    state,
    faults,
    counters,
    stop: () => {
      stopping.abort();
      return closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
