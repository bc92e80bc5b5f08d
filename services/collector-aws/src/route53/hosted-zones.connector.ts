import {
  GetHostedZoneCommand,
  ListTagsForResourcesCommand,
  Route53Client,
  paginateListHostedZones,
  type HostedZone,
  type Tag,
  type VPC,
} from '@aws-sdk/client-route-53';
import {
  ResourceConnector,
  awsCall,
  mapBounded,
  mapInBatches,
  paginated,
  requiredField,
} from '@cloud-inventory/collector-kit';
import { bareZoneId } from './route53-identities.js';

/** A hosted zone with its tags and, for a private zone, the VPCs it is associated with (GetHostedZone). */
export interface HostedZoneDetails extends HostedZone {
  Id: string;
  VPCs?: VPC[];
  Tags: Tag[];
}

/** ListTagsForResources takes at most 10 zones a call. */
const tagBatches = { batchSize: 10, inFlight: 2 };
const zonesInFlight = 8;

/** Every hosted zone, public and private, 100 a page (Route 53's most). */
export const hostedZoneListing = paginated(Route53Client, paginateListHostedZones, 'HostedZones', { pageSize: 100 });

/** Zones come whole from the listing; only a private zone needs a call of its own, for its VPCs. */
export class HostedZonesConnector extends ResourceConnector<HostedZoneDetails> {
  readonly calls = [...hostedZoneListing.calls(), awsCall(GetHostedZoneCommand), awsCall(ListTagsForResourcesCommand)];

  items(): AsyncIterable<HostedZoneDetails> {
    const route53 = this.client(Route53Client);
    const withVpcs = mapBounded(hostedZoneListing.items(this.context), zonesInFlight, async (zone) => {
      const Id = requiredField(zone, 'Id');
      if (zone.Config?.PrivateZone !== true) return { ...zone, Id };
      const { VPCs = [] } = await route53.send(new GetHostedZoneCommand({ Id }));
      return { ...zone, Id, VPCs };
    });
    return mapInBatches(withVpcs, tagBatches, async (batch) => {
      const ResourceIds = batch.map((zone) => bareZoneId(zone.Id));
      const { ResourceTagSets = [] } = await route53.send(
        new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds }),
      );
      const byId = new Map(ResourceTagSets.map((set) => [set.ResourceId, set.Tags ?? []]));
      return batch.map((zone, index) => ({ ...zone, Tags: byId.get(ResourceIds[index]) ?? [] }));
    });
  }
}
