import { AlreadyExistsError, FailedPreconditionError, NotFoundError } from '@cloud-inventory/protocol';

/** The react phase's typed errors; their codes map to gRPC statuses in the protocol's one table. */
export class PolicyNotFoundError extends NotFoundError {
  constructor(name: string) {
    super('action policy', name);
  }
}

export class AutomationNotFoundError extends NotFoundError {
  constructor(name: string) {
    super('automation', name);
  }
}

export class AutomationExistsError extends AlreadyExistsError {
  constructor(readonly automationName: string) {
    super(`automation ${automationName} already exists`);
  }
}

/** Automations from the configuration change only with the configuration. */
export class ConfiguredAutomationError extends FailedPreconditionError {
  constructor(readonly automationName: string) {
    super(`automation ${automationName} comes from the configuration; change it there`);
  }
}

/** A resource's account is not configured (by id or name), so no collector or credentials are known for it. */
export class UnknownAccountError extends FailedPreconditionError {
  constructor(readonly account: string) {
    super(`no configured account with id or name ${account} (set accounts[].id)`);
  }
}

/** A webhook answered with a non-2xx status or could not be reached. */
export class WebhookDeliveryError extends Error {
  readonly code = 'WEBHOOK_DELIVERY_FAILED';
  constructor(
    readonly host: string,
    readonly status: number | undefined,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`webhook to ${host} failed: ${reason}`, options);
    this.name = 'WebhookDeliveryError';
  }
}

/**
 * A webhook's URL, or an address its host resolved to, is not allowed: link-local and cloud metadata never, loopback
 * and private ranges only with react.webhook.allowPrivateNetworks. Nothing was sent.
 */
export class WebhookTargetRefusedError extends Error {
  readonly code = 'WEBHOOK_TARGET_REFUSED';
  constructor(
    readonly host: string,
    readonly problem: string,
  ) {
    super(`webhook to ${host} refused: ${problem}`);
    this.name = 'WebhookTargetRefusedError';
  }
}
