import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import { loadProtoFile, unaryHandler, type ActionsApi } from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import { actionRequestLimits } from './action-request-limits.js';
import type { ResourceActionsExecutor } from './resource-actions.js';

let service: ServiceDefinition | undefined;

/** The ResourceActions service definition (proto/actions.proto). */
export function resourceActionsServiceDefinition(): ServiceDefinition {
  service ??=
    loadProtoFile<ActionsApi.ProtoGrpcType>('actions.proto').cloudinventory.collector.v1.ResourceActions.service;
  return service;
}

/** The gRPC handlers of ResourceActions, through the protocol's token check and status mapping. */
export function resourceActionsHandlers(
  executor: ResourceActionsExecutor,
  options: { logger: Logger; token?: string | undefined },
): UntypedServiceImplementation {
  const implementation: ActionsApi.ResourceActionsHandlers = {
    Execute: unaryHandler<ActionsApi.ActionRequest__Output, ActionsApi.ActionResponse>(
      {
        logger: options.logger,
        token: options.token,
        limits: actionRequestLimits,
        bindings: (metadata) => {
          const jobId = metadata.get('x-job-id')[0];
          return typeof jobId === 'string' && jobId !== '' ? { jobId } : {};
        },
      },
      'Execute',
      (request, context) => executor.execute(request, context.log as Logger),
    ),
  };
  return implementation as unknown as UntypedServiceImplementation;
}
