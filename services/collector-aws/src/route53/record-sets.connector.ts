import {
  ListResourceRecordSetsCommand,
  Route53Client,
  type ListResourceRecordSetsRequest,
  type ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import { ResourceConnector, awsCall, listPerParent, requiredField } from '@cloud-inventory/collector-kit';
import { DNS_LOOKUP_CALLS } from '../dns/dns-lookups.js';
import { resolveDnsTargets, type DnsResolution } from '../dns/dns-targets.js';
import { hostedZoneListing } from './hosted-zones.connector.js';
import { bareZoneId } from './route53-identities.js';

/** A record set with the zone it lies in and what its names resolved to. */
export type RecordSetDetails = ResourceRecordSet & { HostedZoneId: string } & DnsResolution;

const zonesInFlight = 8;

/**
 * Every record set of every zone (SOA and NS included), 300 a page, then what they point at: the lookups are made
 * once for all the records (dns/dns-targets.ts), so the record sets come out when the last zone is listed.
 */
export class RecordSetsConnector extends ResourceConnector<RecordSetDetails> {
  readonly calls = [...hostedZoneListing.calls(), awsCall(ListResourceRecordSetsCommand), ...DNS_LOOKUP_CALLS];

  async *items(): AsyncIterable<RecordSetDetails> {
    const records: (ResourceRecordSet & { HostedZoneId: string })[] = [];
    const listed = listPerParent(hostedZoneListing.items(this.context), zonesInFlight, (zone) =>
      this.recordSetsOf(bareZoneId(requiredField(zone, 'Id'))),
    );
    for await (const record of listed) records.push(record);
    yield* await resolveDnsTargets(this.context, records);
  }

  /** ListResourceRecordSets pages by the next record's name, type and set identifier; the SDK has no paginator. */
  private async *recordSetsOf(HostedZoneId: string): AsyncIterable<ResourceRecordSet & { HostedZoneId: string }> {
    const route53 = this.client(Route53Client);
    let start: Omit<ListResourceRecordSetsRequest, 'HostedZoneId' | 'MaxItems'> = {};
    for (;;) {
      const page = await route53.send(new ListResourceRecordSetsCommand({ HostedZoneId, MaxItems: 300, ...start }));
      for (const record of page.ResourceRecordSets ?? []) yield { ...record, HostedZoneId };
      if (!page.IsTruncated) return;
      start = {
        StartRecordName: page.NextRecordName,
        StartRecordType: page.NextRecordType,
        ...(page.NextRecordIdentifier !== undefined ? { StartRecordIdentifier: page.NextRecordIdentifier } : {}),
      };
    }
  }
}
