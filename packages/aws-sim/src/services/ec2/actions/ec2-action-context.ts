import { AwsApiError } from '../../../errors.js';
import type { CallContext } from '../../../http/http-types.js';
import { SimState, type ResourceScope } from '../../../world/sim-state.js';

/** What a mutating EC2 action gets: its input, the caller's scope and the state it changes. */
export interface Ec2ActionInput<I> {
  input: I;
  scope: ResourceScope;
  state: SimState;
  /**
   * Called once everything is validated and before anything changes: with DryRun=true it throws the 412
   * DryRunOperation EC2 answers, so a dry run checks the request against the real state and changes nothing.
   */
  commit(): void;
}

/** Runs a mutating action as an operation handler: the caller's scope, its state, and DryRun. */
export function ec2Action<I extends { DryRun?: boolean }, O extends object>(
  action: (context: Ec2ActionInput<I>) => O,
): (input: I, call: CallContext) => O {
  return (input, call) =>
    action({
      input,
      scope: { account: call.identity.accountId, region: call.region },
      state: new SimState(call.world),
      commit() {
        if (input.DryRun === true) {
          throw new AwsApiError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
        }
      },
    });
}

export function missingParameter(name: string): AwsApiError {
  return new AwsApiError('MissingParameter', `The request must contain the parameter ${name}`, 400);
}
