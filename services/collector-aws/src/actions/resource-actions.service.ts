import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import { loadProtoFile, PermissionDeniedError, unaryHandler, type ActionsApi } from '@cloud-inventory/protocol';
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

/**
 * The gRPC handlers of ResourceActions, through the protocol's token check and status mapping. Without an executor
 * (actions not enabled) every call is PERMISSION_DENIED, and no AWS call is made.
 */
export function resourceActionsHandlers(
  executor: ResourceActionsExecutor | undefined,
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
      async (request, context) => {
        if (!executor) {
          throw new PermissionDeniedError(
            'ResourceActions is disabled on this collector (enable it with COLLECTOR_ACTIONS_ENABLED=true)',
          );
        }
        return executor.execute(request, context.log as Logger);
      },
    ),
  };
  return implementation as unknown as UntypedServiceImplementation;
}
