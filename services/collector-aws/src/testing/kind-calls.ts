import type {
  AwsSecret,
  CollectOptions,
  GetTasksResponse__Output,
  Resource__Output,
  ScopeResult__Output,
} from '@cloud-inventory/protocol';
import { collectOneKind } from './collect-account.js';
import { resourcesOf, scopeResultsOf, type CollectorTestClient } from './collector-client.js';

/** The simulator's call counters, as far as a probe reads them (`sim.counters`). */
export interface CallCounter {
  byOperation(filter?: { account?: string }): Record<string, number>;
}

/** A kind to probe, in an account of its own: the simulator counts calls per account, so each kind's are its own. */
export interface KindAssignment {
  kind: string;
  account: string;
  secret: AwsSecret;
}

/** An assignment with its account planned (Job.GetTasks), and the calls planning made. */
export interface PlannedKind extends KindAssignment {
  plan: GetTasksResponse__Output;
  planningCalls: Record<string, number>;
}

/** One kind collected alone: the AWS calls it made (`ec2:DescribeInstances` -> calls) and what it returned. */
export interface KindProbe {
  kind: string;
  /** Kinds its task collected with it whatever the task named (the REGION task): `calls` are theirs too. */
  sharedWith: string[];
  calls: Record<string, number>;
  planningCalls: Record<string, number>;
  resources: Resource__Output[];
  scopeResults: ScopeResult__Output[];
}

// STS calls are the credentials' (AssumeRole into the kind's account, GetCallerIdentity), not a kind's own.
const isCredentialCall = (operation: string) => operation.startsWith('sts:');

function callsSince(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [operation, calls] of Object.entries(after)) {
    const made = calls - (before[operation] ?? 0);
    if (made > 0 && !isCredentialCall(operation)) delta[operation] = made;
  }
  return delta;
}

/** Plans every assignment's account at once. */
export function planKinds(
  client: CollectorTestClient,
  counter: CallCounter,
  assignments: readonly KindAssignment[],
  options: CollectOptions,
): Promise<PlannedKind[]> {
  return Promise.all(
    assignments.map(async (assignment) => {
      const before = counter.byOperation({ account: assignment.account });
      const plan = await client.getTasks(options, assignment.secret);
      return {
        ...assignment,
        plan,
        planningCalls: callsSince(before, counter.byOperation({ account: assignment.account })),
      };
    }),
  );
}

/**
 * Collects each planned kind alone, all at once, each in its account, and reads the simulator's counters around each:
 * which operations a kind calls, learnt from the wire instead of from a list kept by hand.
 */
export async function probeKinds(
  client: CollectorTestClient,
  counter: CallCounter,
  planned: readonly PlannedKind[],
  options: CollectOptions,
): Promise<Map<string, KindProbe>> {
  const probes = await Promise.all(
    planned.map(async ({ kind, account, secret, plan, planningCalls }): Promise<KindProbe> => {
      const before = counter.byOperation({ account });
      const responses = await collectOneKind(client, plan, kind, { options, secret });
      const together = new Set(scopeResultsOf(responses).map((result) => result.scope?.kind ?? kind));
      return {
        kind,
        sharedWith: [...together].filter((other) => other !== kind),
        calls: callsSince(before, counter.byOperation({ account })),
        planningCalls,
        // The REGION task collects all of its kinds whatever the task names: keep this kind's part.
        resources: resourcesOf(responses).filter((resource) => resource.kind === kind),
        scopeResults: scopeResultsOf(responses).filter((result) => result.scope?.kind === kind),
      };
    }),
  );
  return new Map(probes.map((probe) => [probe.kind, probe]));
}

/** `ec2:DescribeInstances` -> `{ service: 'ec2', operation: 'DescribeInstances' }`. */
export function splitOperation(key: string): { service: string; operation: string } {
  const [service = '', operation = ''] = key.split(':');
  return { service, operation };
}
