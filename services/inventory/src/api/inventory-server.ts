import { Server, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import type { GraphStore } from '@cloud-inventory/graph-store';
import {
  createServerCredentials,
  unaryHandler,
  type GrpcHandlerOptions,
  type ServerTlsOptions,
} from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import type { SearchRunner } from '../search/search-runner.js';
import type { ResourcePurge } from '../sync/resource-purge.js';
import type { SyncRunner } from '../sync/sync-runner.js';
import { inventoryServiceName, loadInventoryProto } from './inventory-proto.js';
import { jobHandlers } from './job-handlers.js';
import { purgeHandlers } from './purge-handlers.js';
import { queryHandlers } from './query-handlers.js';
import { inventoryRequestLimits } from './request-limits.js';
import { searchHandlers } from './search-handlers.js';

export interface InventoryApiOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** When set, every Inventory call needs `authorization: Bearer <token>`. */
  token?: string | undefined;
  tls?: ServerTlsOptions | undefined;
  logger: Logger;
  runner: SyncRunner;
  store: GraphStore;
  purge: ResourcePurge;
  search: SearchRunner;
  /** More services on the same port (the react phase's React service), listed by reflection too. */
  services?: {
    definition: ServiceDefinition;
    implementation: UntypedServiceImplementation;
    packageDefinition: PackageDefinition;
  }[];
}

export interface InventoryApiServer {
  port: number;
  address: string;
  health: HealthImplementation;
  stop(): Promise<void>;
}

/** Serves the Inventory service, the standard health service and server reflection on one port. */
export async function startInventoryApi(options: InventoryApiOptions): Promise<InventoryApiServer> {
  const { definition, proto } = loadInventoryProto();
  const handlerOptions: GrpcHandlerOptions = {
    logger: options.logger,
    token: options.token,
    limits: inventoryRequestLimits,
  };
  const handlers = {
    ...jobHandlers(options),
    ...queryHandlers(options),
    ...purgeHandlers(options),
    ...searchHandlers(options),
  };
  const wrap = <Request, Response>(name: string, handler: (request: Request) => Promise<Response>) =>
    unaryHandler<Request, Response>(handlerOptions, name, (request) => handler(request));

  const implementation: InventoryApi.InventoryHandlers = {
    StartSync: wrap('StartSync', handlers.StartSync),
    GetJob: wrap('GetJob', handlers.GetJob),
    ListJobs: wrap('ListJobs', handlers.ListJobs),
    CancelJob: wrap('CancelJob', handlers.CancelJob),
    ListResources: wrap('ListResources', handlers.ListResources),
    GetResource: wrap('GetResource', handlers.GetResource),
    GetNeighbors: wrap('GetNeighbors', handlers.GetNeighbors),
    ListChanges: wrap('ListChanges', handlers.ListChanges),
    GetSummary: wrap('GetSummary', handlers.GetSummary),
    PurgeResources: wrap('PurgeResources', handlers.PurgeResources),
    Search: wrap('Search', handlers.Search),
  };

  const server = new Server();
  server.addService(proto.Inventory.service, implementation);
  for (const extra of options.services ?? []) server.addService(extra.definition, extra.implementation);
  // Health and reflection stay open without the token: probes and tooling discover the API before they authenticate.
  const health = new HealthImplementation({ '': 'SERVING', [inventoryServiceName]: 'SERVING' });
  health.addToServer(server);
  // Reflection describes the health service too, so tools list everything this port serves.
  const healthDefinition = loadSync(healthProtoPath, { keepCase: true });
  const extraDefinitions = (options.services ?? []).map((extra) => extra.packageDefinition);
  new ReflectionService(Object.assign({}, ...extraDefinitions, definition, healthDefinition)).addToServer(server);

  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${options.host}:${options.port}`, createServerCredentials(options.tls), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });
  options.logger.info(
    { port, tls: options.tls !== undefined, auth: Boolean(options.token) },
    'inventory API listening',
  );

  return {
    port,
    address: `${options.host}:${port}`,
    health,
    async stop() {
      health.setStatus('', 'NOT_SERVING');
      health.setStatus(inventoryServiceName, 'NOT_SERVING');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.forceShutdown(), 5000);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
