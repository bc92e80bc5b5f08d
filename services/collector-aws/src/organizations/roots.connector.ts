import type { Root } from '@aws-sdk/client-organizations';
import { ResourceConnector } from '@cloud-inventory/collector-kit';
import { listsOrganization, parentCalls, rootListing, withChildren, type Parent } from './organization-listing.js';

export type RootDetails = Parent<Root>;

/** The organization's root (AWS has one), with its tags and the OUs and accounts directly under it. */
export class RootsConnector extends ResourceConnector<RootDetails> {
  readonly calls = parentCalls;

  async *items(): AsyncIterable<RootDetails> {
    if (!(await listsOrganization(this.context))) return;
    yield* withChildren(this.context, rootListing.items(this.context));
  }
}
