import { ResourceManager, awsTags, edge, rawExcept, required } from '@cloud-inventory/collector-kit';
import { ORG_ACCOUNT, UNIT } from './organizations-identities.js';
import type { UnitDetails } from './units.connector.js';

export class UnitsManager extends ResourceManager<UnitDetails> {
  readonly kind = UNIT.kind;
  readonly serviceType = {
    group: 'Organizations',
    type: 'OrganizationalUnit',
    name: 'Organizations OU',
    labels: ['Management'],
    family: 'organizational_unit',
  };
  override readonly isGlobal = true;
  readonly uid = UNIT.uid;
  readonly mapping = {
    id: required('Id'),
    name: required('Name'),
    tags: awsTags(),
    data: rawExcept<UnitDetails>('Tags', 'ChildUnitIds', 'ChildAccountIds'),
  };
  override readonly relationships = [
    edge('contains', UNIT, (unit: UnitDetails) => unit.ChildUnitIds),
    edge('contains', ORG_ACCOUNT, (unit: UnitDetails) => unit.ChildAccountIds),
  ];
}
