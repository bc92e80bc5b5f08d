import { ResourceManager } from '@cloud-inventory/collector-kit';
import { parentMapping, parentRelationships } from './organization-listing.js';
import { UNIT } from './organizations-identities.js';
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
  readonly mapping = parentMapping;
  override readonly relationships = parentRelationships;
}
