/** The collector's resource-actions types (proto/actions.proto), exported as one namespace. */
export type { ProtoGrpcType } from './generated/actions.js';
export type * from './generated/cloudinventory/collector/v1/ActionOutcome.js';
export type * from './generated/cloudinventory/collector/v1/ActionRequest.js';
export type * from './generated/cloudinventory/collector/v1/ActionResponse.js';
export type * from './generated/cloudinventory/collector/v1/ActionResult.js';
export type * from './generated/cloudinventory/collector/v1/ActionTarget.js';
export type * from './generated/cloudinventory/collector/v1/ActionType.js';
export type * from './generated/cloudinventory/collector/v1/ResourceActions.js';
