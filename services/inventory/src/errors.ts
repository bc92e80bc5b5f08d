/** The inventory's typed errors. Those a client can see extend the protocol's CodedError, whose code picks the status. */
import { FailedPreconditionError, NotFoundError } from '@cloud-inventory/protocol';

/** A configuration problem, naming the key (`accounts[1].credentials.roleArn`) and what is wrong. Stops start-up. */
export class ConfigError extends Error {
  readonly code = 'INVALID_CONFIG';
  constructor(
    readonly key: string,
    readonly problem: string,
  ) {
    super(`invalid configuration: ${key}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Every chosen account already has a sync running; two syncs of one account never overlap. */
export class SyncAlreadyRunningError extends FailedPreconditionError {
  constructor(readonly accounts: string[]) {
    super(`a sync is already running for account(s) ${accounts.join(', ')}`);
  }
}

export class JobNotFoundError extends NotFoundError {
  constructor(jobId: string) {
    super('job', jobId);
  }
}

export class ResourceNotFoundError extends NotFoundError {
  constructor(uid: string) {
    super('resource', uid);
  }
}

/** A credential variable was unset when a task was about to be sent (names the variable, never a value). */
export class MissingSecretError extends FailedPreconditionError {
  constructor(
    readonly account: string,
    readonly variable: string,
  ) {
    super(`account ${account}: environment variable ${variable} is not set`);
  }
}

/** The job was already finished when asked to cancel it. */
export class JobFinishedError extends FailedPreconditionError {
  constructor(
    readonly jobId: string,
    readonly state: string,
  ) {
    super(`job ${jobId} is already ${state}`);
  }
}

/** A purge without force named a scope the configuration still syncs (or may: the account's id is not known yet). */
export class ConfiguredScopePurgeError extends FailedPreconditionError {
  constructor(
    readonly selected: string,
    readonly accountName: string,
    reason: string,
  ) {
    super(`will not purge ${selected}: ${reason}; pass force to purge it anyway`);
  }
}

/** With several inventories on one store: the job runs (or will) on the inventory holding the sync lease. */
export class JobElsewhereError extends FailedPreconditionError {
  constructor(
    readonly jobId: string,
    readonly holder: string | undefined,
  ) {
    super(`job ${jobId} runs on the inventory holding the sync lease${holder ? ` (${holder})` : ''}; cancel it there`);
  }
}
