import type { AwsSecret, CollectOptions, Resource__Output, ScopeResult__Output } from '@cloud-inventory/protocol';
import { collectOneKind } from './collect-account.js';
import { resourcesOf, scopeResultsOf, type CollectorTestClient } from './collector-client.js';

/** The simulator's call counters, as far as a probe reads them (`sim.counters`). */
export interface CallCounter {
  byOperation(filter?: { account?: string }): Record<string, number>;
}

/** One kind collected alone: the AWS calls it made (`ec2:DescribeInstances` -> calls) and what it returned. */
export interface KindProbe {
  kind: string;
  /** Kinds its task collected with it whatever the task named (the REGION task): `calls` are theirs too. */
  sharedWith: string[];
  calls: Record<string, number>;
  resources: Resource__Output[];
  scopeResults: ScopeResult__Output[];
}

/** What the whole probe saw: each kind alone, and the calls planning itself makes (Job.GetTasks). */
export interface KindCallsProbe {
  planningCalls: Record<string, number>;
  kinds: Map<string, KindProbe>;
}

/**
 * Collects each kind alone, one after another, and reads the simulator's counters around each: which operations a
 * kind calls, learnt from the wire instead of from a list kept by hand. Keep the simulated world small: this runs
 * every kind serially.
 */
export async function probeKindCalls(
  client: CollectorTestClient,
  counter: CallCounter,
  kinds: readonly string[],
  request: { options: CollectOptions; secret: AwsSecret; account: string },
): Promise<KindCallsProbe> {
  const { options, secret, account } = request;
  const countCalls = () => counter.byOperation({ account });
  const beforePlan = countCalls();
  const plan = await client.getTasks(options, secret);
  const planningCalls = callsSince(beforePlan, countCalls());
  const probes = new Map<string, KindProbe>();
  for (const kind of kinds) {
    const before = countCalls();
    const responses = await collectOneKind(client, plan, kind, { options, secret });
    const together = new Set(scopeResultsOf(responses).map((result) => result.scope?.kind ?? kind));
    probes.set(kind, {
      kind,
      sharedWith: [...together].filter((other) => other !== kind),
      calls: callsSince(before, countCalls()),
      // The REGION task collects all of its kinds whatever the task names: keep this kind's part.
      resources: resourcesOf(responses).filter((resource) => resource.kind === kind),
      scopeResults: scopeResultsOf(responses).filter((result) => result.scope?.kind === kind),
    });
  }
  return { planningCalls, kinds: probes };
}

function callsSince(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [operation, calls] of Object.entries(after)) {
    const made = calls - (before[operation] ?? 0);
    if (made > 0) delta[operation] = made;
  }
  return delta;
}

/** `ec2:DescribeInstances` -> `{ service: 'ec2', operation: 'DescribeInstances' }`. */
export function splitOperation(key: string): { service: string; operation: string } {
  const [service = '', operation = ''] = key.split(':');
  return { service, operation };
}
