import { iamActionOf } from './aws-calls.js';
import type { CollectorRegistry, RegistryEntry } from './registry.js';
import type { ConnectorContext } from './resource-connector.js';

/** An IAM policy document with one statement. */
export interface IamPolicy {
  Version: '2012-10-17';
  Statement: [{ Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }];
}

/** A context for reading a Connector's declarations: it makes no call, so any use of it is a bug that says so. */
const declarationsOnly: ConnectorContext = {
  account: '',
  region: '',
  partition: '',
  log: undefined as never,
  signal: AbortSignal.abort(),
  client: () => {
    throw new Error('a Connector was asked for a client while only its declarations were read');
  },
};

/** The IAM actions of the calls one kind's Connector declares, sorted and unique. */
export function iamActionsOfKind(entry: RegistryEntry): string[] {
  return [...new Set(new entry.Connector(declarationsOnly).calls.map(iamActionOf))].sort();
}

/** The IAM actions of every call of every registered kind (the REGION task's too), sorted and unique. */
export function iamActionsOf(registry: CollectorRegistry): string[] {
  return [...new Set(registry.allEntries().flatMap(iamActionsOfKind))].sort();
}

/** The least-privilege policy of a registry: one read-only statement naming exactly the actions of its calls. */
export function leastPrivilegePolicy(registry: CollectorRegistry, sid = 'CloudInventoryReadOnly'): IamPolicy {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: 'Allow', Action: iamActionsOf(registry), Resource: '*' }],
  };
}
