import { ResourceManager } from '@cloud-inventory/collector-kit';
import { parentMapping, parentRelationships } from './organization-listing.js';
import { ROOT } from './organizations-identities.js';
import type { RootDetails } from './roots.connector.js';

export class RootsManager extends ResourceManager<RootDetails> {
  readonly kind = ROOT.kind;
  readonly serviceType = {
    group: 'Organizations',
    type: 'Root',
    name: 'Organizations Root',
    labels: ['Management'],
    family: 'organization_root',
  };
  override readonly isGlobal = true;
  readonly uid = ROOT.uid;
  readonly mapping = parentMapping;
  override readonly relationships = parentRelationships;
}
