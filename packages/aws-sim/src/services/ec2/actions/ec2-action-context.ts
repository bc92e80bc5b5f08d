import { AwsApiError } from '../../../errors.js';
import type { CallContext } from '../../../http/http-types.js';
import { SimState, type ResourceScope } from '../../../world/sim-state.js';
import type { QueryParams } from '../query-params.js';

/** What a mutating EC2 action gets: its parameters, the caller's scope and the state it changes. */
export interface Ec2ActionInput {
  params: QueryParams;
  scope: ResourceScope;
  state: SimState;
  /**
   * Called once everything is validated and before anything changes: with DryRun=true it throws the 412
   * DryRunOperation EC2 answers, so a dry run checks the request against the real state and changes nothing.
   */
  commit(): void;
}

/** Answers the body of the action's XML response (inside <XxxResponse>, after the requestId). */
export type Ec2Action = (input: Ec2ActionInput) => string;

export function runEc2Action(action: Ec2Action, params: QueryParams, context: CallContext): string {
  const isDryRun = params.boolean('DryRun') === true;
  return action({
    params,
    scope: { account: context.identity.accountId, region: context.region },
    state: new SimState(context.world),
    commit() {
      if (isDryRun)
        throw new AwsApiError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
    },
  });
}

/** The XML answer of the actions that only say they succeeded. */
export const returnTrue = '<return>true</return>';
