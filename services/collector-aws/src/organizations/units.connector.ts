import type { OrganizationalUnit } from '@aws-sdk/client-organizations';
import { ResourceConnector, requiredField, type ConnectorContext } from '@cloud-inventory/collector-kit';
import {
  listsOrganization,
  parentCalls,
  rootListing,
  unitsUnder,
  withChildren,
  type Parent,
} from './organization-listing.js';

export type UnitDetails = Parent<OrganizationalUnit>;

/** Every OU of the tree, level by level from the root (Organizations lists OUs only per parent). */
async function* everyUnit(context: ConnectorContext): AsyncIterable<OrganizationalUnit> {
  let level: string[] = [];
  for await (const root of rootListing.items(context)) level.push(requiredField(root, 'Id'));
  while (level.length > 0) {
    const next: string[] = [];
    for (const units of await Promise.all(level.map((parent) => unitsUnder(context, parent)))) {
      yield* units;
      next.push(...units.map((unit) => requiredField(unit, 'Id')));
    }
    level = next;
  }
}

/** Every OU, with its tags and the OUs and accounts directly under it. */
export class UnitsConnector extends ResourceConnector<UnitDetails> {
  readonly calls = parentCalls;

  async *items(): AsyncIterable<UnitDetails> {
    if (!(await listsOrganization(this.context))) return;
    yield* withChildren(this.context, everyUnit(this.context));
  }
}
