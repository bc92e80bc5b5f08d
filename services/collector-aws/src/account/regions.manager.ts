import type { Region } from '@aws-sdk/client-ec2';
import { ResourceManager, rawExcept, required, type MapScope } from '@cloud-inventory/collector-kit';

export class RegionsManager extends ResourceManager<Region> {
  readonly kind = 'aws_region';
  readonly serviceType = {
    group: 'Account',
    type: 'Region',
    name: 'AWS Region',
    labels: ['Management'],
    family: 'region',
  };
  override readonly isGlobal = true;
  override readonly resourceType = 'REGION';
  readonly uid = (id: string, scope: MapScope) => `aws:region:${scope.account}:${id}`;
  readonly mapping = {
    id: required('RegionName'),
    name: required('RegionName'),
    data: rawExcept<Region>(),
  };
}
