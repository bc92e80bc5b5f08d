import { ResourceManager, awsTags, edge, rawExcept, required } from '@cloud-inventory/collector-kit';
import { ORG_ACCOUNT, ROOT, UNIT } from './organizations-identities.js';
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
  readonly mapping = {
    id: required('Id'),
    name: required('Name'),
    tags: awsTags(),
    data: rawExcept<RootDetails>('Tags', 'ChildUnitIds', 'ChildAccountIds'),
  };
  override readonly relationships = [
    edge('contains', UNIT, (root: RootDetails) => root.ChildUnitIds),
    edge('contains', ORG_ACCOUNT, (root: RootDetails) => root.ChildAccountIds),
  ];
}
