export { startAwsSimulator, type AwsSimulator } from './simulator.js';
export {
  SIM_KINDS,
  COUNTS_BY_SIZE,
  DEFAULT_REGIONS,
  DEFAULT_OPT_IN_REGIONS,
  type SimKind,
  type SimSize,
  type SimService,
  type StartSimulatorOptions,
} from './options.js';
export type { SimAccountInfo, SimRole, SimKeyPair } from './identity/accounts.js';
export type { SimOrganization, SimOrgAccount, SimOrgUnit } from './identity/organization.js';
export { SimState, isCurrentRecord, recordId, type ResourceScope } from './world/sim-state.js';
export {
  SimFaults,
  SERVICE_MISSING_ERROR_CODE,
  type FaultScope,
  type FaultHandle,
  type ThrottleOptions,
} from './faults/sim-faults.js';
export { SimCounters, type CallFilter, type CallOutcome } from './sim-counters.js';
export type * from './world/records.js';
export {
  SimulatorError,
  UnknownScopeError,
  UnknownResourceError,
  DuplicateResourceError,
  InvalidOptionError,
} from './errors.js';
export { BUILT_IN_SERVICES, type ServiceName } from './services/built-in-services.js';
export {
  declareService,
  operation,
  type ServiceDeclaration,
  type OperationDeclaration,
  type OperationHandler,
} from './services/service-declaration.js';
export type { CallContext } from './http/http-types.js';
export type { WireProtocol, PagingNames } from './protocols/wire-protocol.js';
export { pageOf, type PagingDeclaration, type PageLimits, type ItemSource } from './protocols/paging.js';
export type { ErrorSituation, ErrorCodes } from './protocols/protocol-errors.js';
export { ec2Query } from './protocols/ec2-query.js';
export { awsQuery } from './protocols/aws-query.js';
export { awsJson1_0, awsJson1_1 } from './protocols/aws-json.js';
export { restJson1 } from './protocols/rest-json.js';
export { restXml } from './protocols/rest-xml.js';
