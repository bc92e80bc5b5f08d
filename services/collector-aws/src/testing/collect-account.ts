import type {
  AwsSecret,
  CollectOptions,
  CollectResponse__Output,
  GetTasksResponse__Output,
  Resource__Output,
  ScopeResult__Output,
  Task__Output,
} from '@cloud-inventory/protocol';
import { resourcesOf, scopeResultsOf, type CollectorTestClient } from './collector-client.js';

/** Everything one collection of an account returned: its plan and what every task streamed. */
export interface AccountCollection {
  plan: GetTasksResponse__Output;
  resources: Resource__Output[];
  scopeResults: ScopeResult__Output[];
}

/** Plans the account (Job.GetTasks), then (after `onPlanned`) collects every planned task at once, as a sync does. */
export async function collectAccount(
  client: CollectorTestClient,
  options: CollectOptions,
  secret: AwsSecret,
  onPlanned: () => void = () => {},
): Promise<AccountCollection> {
  const plan = await client.getTasks(options, secret);
  onPlanned();
  const streams = await Promise.all(plan.tasks.map((task) => client.collect({ task, options, secret })));
  return collectionOf(plan, streams.flat());
}

/** Collects one kind alone: its planned task narrowed to that kind (in the first region that plans it). */
export async function collectOneKind(
  client: CollectorTestClient,
  plan: GetTasksResponse__Output,
  kind: string,
  request: { options: CollectOptions; secret: AwsSecret },
): Promise<CollectResponse__Output[]> {
  const task = plan.tasks.find((candidate) => candidate.kinds.includes(kind));
  if (!task) throw new Error(`the plan has no task for kind ${kind}`);
  const narrowed: Task__Output = { ...task, kinds: [kind] };
  return client.collect({ task: narrowed, ...request });
}

function collectionOf(plan: GetTasksResponse__Output, responses: CollectResponse__Output[]): AccountCollection {
  return { plan, resources: resourcesOf(responses), scopeResults: scopeResultsOf(responses) };
}
