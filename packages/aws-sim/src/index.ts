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
export { SimState, recordId, type ResourceScope } from './world/sim-state.js';
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
