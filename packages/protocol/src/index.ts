export * from './errors.js';
export * from './load-protos.js';
export * from './grpc-status.js';
export * from './input-excerpt.js';
export * from './terminal-controls.js';
export * from './request-limits.js';
export * from './bearer-token.js';
export * from './tls.js';
export * from './unary-client.js';
export * from './stream-write.js';
export * from './pre-encoded.js';
export type * from './logger.js';
export type { ProtoGrpcType as CollectorProtoGrpcType } from './generated/collector.js';
export type { AwsSecret, AwsSecret__Output } from './generated/cloudinventory/collector/v1/AwsSecret.js';
export type {
  CloudServiceType,
  CloudServiceType__Output,
} from './generated/cloudinventory/collector/v1/CloudServiceType.js';
export type { CollectOptions, CollectOptions__Output } from './generated/cloudinventory/collector/v1/CollectOptions.js';
export type { CollectRequest, CollectRequest__Output } from './generated/cloudinventory/collector/v1/CollectRequest.js';
export type {
  CollectResponse,
  CollectResponse__Output,
} from './generated/cloudinventory/collector/v1/CollectResponse.js';
export type {
  CollectorClient,
  CollectorDefinition,
  CollectorHandlers,
} from './generated/cloudinventory/collector/v1/Collector.js';
export type {
  GetTasksRequest,
  GetTasksRequest__Output,
} from './generated/cloudinventory/collector/v1/GetTasksRequest.js';
export type {
  GetTasksResponse,
  GetTasksResponse__Output,
} from './generated/cloudinventory/collector/v1/GetTasksResponse.js';
export type { InitRequest, InitRequest__Output } from './generated/cloudinventory/collector/v1/InitRequest.js';
export type { InitResponse, InitResponse__Output } from './generated/cloudinventory/collector/v1/InitResponse.js';
export type { JobClient, JobDefinition, JobHandlers } from './generated/cloudinventory/collector/v1/Job.js';
export type { Relationship, Relationship__Output } from './generated/cloudinventory/collector/v1/Relationship.js';
export type { Resource, Resource__Output } from './generated/cloudinventory/collector/v1/Resource.js';
export { ResourceType } from './generated/cloudinventory/collector/v1/ResourceType.js';
export type { ResourceType__Output } from './generated/cloudinventory/collector/v1/ResourceType.js';
export type { Scope, Scope__Output } from './generated/cloudinventory/collector/v1/Scope.js';
export type { ScopeResult, ScopeResult__Output } from './generated/cloudinventory/collector/v1/ScopeResult.js';
export type { ServiceInfo, ServiceInfo__Output } from './generated/cloudinventory/collector/v1/ServiceInfo.js';
export { State } from './generated/cloudinventory/collector/v1/State.js';
export type { State__Output } from './generated/cloudinventory/collector/v1/State.js';
export type { Task, Task__Output } from './generated/cloudinventory/collector/v1/Task.js';
export { TaskType } from './generated/cloudinventory/collector/v1/TaskType.js';
export type { TaskType__Output } from './generated/cloudinventory/collector/v1/TaskType.js';
export type { VerifyRequest, VerifyRequest__Output } from './generated/cloudinventory/collector/v1/VerifyRequest.js';
export type { VerifyResponse, VerifyResponse__Output } from './generated/cloudinventory/collector/v1/VerifyResponse.js';
export type * as InventoryApi from './inventory-api-types.js';
export type * as ReactApi from './react-api-types.js';
export type * as ActionsApi from './actions-api-types.js';
