import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { join } from 'node:path';
import { loadPackageDefinition } from '@grpc/grpc-js';
import { protoDir, protoLoaderOptions, unaryHandler, type ReactApi } from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import { reactHandlers, type ReactHandlerDeps } from './react-handlers.js';
import { reactRequestLimits } from './react-request-limits.js';

export type ReactPackage = ReactApi.ProtoGrpcType['cloudinventory']['inventory']['v1'];

export const reactServiceName = 'cloudinventory.inventory.v1.React';

let loaded: { definition: PackageDefinition; proto: ReactPackage } | undefined;

/** proto/react.proto: its package definition (for reflection) and its typed service and client constructors. */
export function loadReactProto(): { definition: PackageDefinition; proto: ReactPackage } {
  if (!loaded) {
    const definition = loadSync(join(protoDir, 'react.proto'), protoLoaderOptions);
    const grpcObject = loadPackageDefinition(definition) as unknown as ReactApi.ProtoGrpcType;
    loaded = { definition, proto: grpcObject.cloudinventory.inventory.v1 };
  }
  return loaded;
}

/** The React service for the inventory's gRPC server: every call checks the API token and maps errors. */
export function reactService(
  deps: ReactHandlerDeps,
  options: { logger: Logger; token?: string | undefined },
): {
  definition: ServiceDefinition;
  implementation: UntypedServiceImplementation;
  packageDefinition: PackageDefinition;
} {
  const handlers = reactHandlers(deps);
  const wrap = <Request, Response>(name: string, handler: (request: Request) => Promise<Response>) =>
    unaryHandler<Request, Response>(
      { logger: options.logger, token: options.token, limits: reactRequestLimits },
      name,
      (request) => handler(request),
    );
  const implementation: ReactApi.ReactHandlers = {
    QueryMetrics: wrap('QueryMetrics', handlers.QueryMetrics),
    ListActions: wrap('ListActions', handlers.ListActions),
    PlanActions: wrap('PlanActions', handlers.PlanActions),
    RunActions: wrap('RunActions', handlers.RunActions),
    CreateAutomation: wrap('CreateAutomation', handlers.CreateAutomation),
    ListAutomations: wrap('ListAutomations', handlers.ListAutomations),
    DeleteAutomation: wrap('DeleteAutomation', handlers.DeleteAutomation),
    RunAutomationNow: wrap('RunAutomationNow', handlers.RunAutomationNow),
    ListAutomationRuns: wrap('ListAutomationRuns', handlers.ListAutomationRuns),
  };
  const { definition, proto } = loadReactProto();
  return {
    definition: proto.React.service,
    implementation: implementation as unknown as UntypedServiceImplementation,
    packageDefinition: definition,
  };
}
