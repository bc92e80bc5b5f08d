import type {
  ListResourceRecordSetsRequest,
  ListResourceRecordSetsResponse,
  ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import type { CallContext } from '../../http/http-types.js';
import { hostedZoneIds } from '../../kinds/route53/hosted-zone.js';
import type { SimHostedZone, SimRecordSet } from '../../world/records.js';
import { collectionFor } from '../list-kind.js';
import { invalidInput, pageSize, requireZone, route53Scope } from './route53-zones.js';

const RECORD_TYPES = [
  'A',
  'AAAA',
  'CAA',
  'CNAME',
  'DS',
  'HTTPS',
  'MX',
  'NAPTR',
  'NS',
  'PTR',
  'SOA',
  'SPF',
  'SRV',
  'SSHFP',
  'SVCB',
  'TLSA',
  'TXT',
];

/** Route 53's order: by name with its labels reversed (`com.example.www`), then type, then set identifier. */
function orderKey(name: string, type: string, identifier = ''): string {
  const labels = name.toLowerCase().replace(/\.$/, '').split('.').reverse().join('.');
  return `${labels}\u0000${type}\u0000${identifier}`;
}

const keyOf = (record: SimRecordSet) => orderKey(record.Name, record.Type, record.SetIdentifier);

function recordOf({ RecordKey: _key, HostedZoneId: _zone, ...record }: SimRecordSet): ResourceRecordSet {
  return record;
}

/**
 * A zone's record sets without generating the other zones': generated record set i lies in zone (i mod zones), so only
 * those positions are visited, then every added record set.
 */
function zoneRecordSets(call: CallContext, zone: SimHostedZone): SimRecordSet[] {
  const scope = route53Scope(call);
  const ctx = call.world.context(scope.accountId, scope.region);
  const collection = collectionFor('recordSet', call, route53Scope);
  const zones = Math.max(1, ctx.counts.hostedZone);
  const generated = ctx.counts.recordSet;
  const index = hostedZoneIds.indexOf(ctx, zone.ZoneId);
  const positions: number[] = [];
  for (let position = index ?? generated; position < generated; position += zones) positions.push(position);
  for (let position = generated; position < collection.endPosition; position++) positions.push(position);
  return positions.flatMap((position) => {
    const record = collection.at(position);
    return record !== undefined && record.HostedZoneId === zone.ZoneId ? [record] : [];
  });
}

function checkStart(input: ListResourceRecordSetsRequest): void {
  if (input.StartRecordType !== undefined && !RECORD_TYPES.includes(input.StartRecordType)) {
    throw invalidInput(
      `1 validation error detected: Value '${input.StartRecordType}' at 'startRecordType' failed to satisfy constraint: Member must satisfy enum value set: [${RECORD_TYPES.join(', ')}]`,
    );
  }
  if (input.StartRecordType !== undefined && input.StartRecordName === undefined) {
    throw invalidInput('The input is not valid: StartRecordType requires StartRecordName');
  }
  if (input.StartRecordIdentifier !== undefined && input.StartRecordType === undefined) {
    throw invalidInput('The input is not valid: StartRecordIdentifier requires StartRecordType');
  }
}

/**
 * ListResourceRecordSets: a zone's record sets in Route 53's order, 300 a page at most, from the position the
 * StartRecordName / Type / Identifier name; the next page's position is its first record's name, type and identifier.
 */
export function listResourceRecordSets(
  input: ListResourceRecordSetsRequest,
  call: CallContext,
): ListResourceRecordSetsResponse {
  const zone = requireZone(call, input.HostedZoneId);
  checkStart(input);
  const limit = pageSize(input.MaxItems, 300);
  const records = zoneRecordSets(call, zone).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const from =
    input.StartRecordName === undefined
      ? ''
      : orderKey(input.StartRecordName, input.StartRecordType ?? '', input.StartRecordIdentifier);
  const start = records.findIndex((record) => keyOf(record) >= from);
  const first = start === -1 ? records.length : start;
  const page = records.slice(first, first + limit);
  const next = records[first + limit];
  return {
    ResourceRecordSets: page.map(recordOf),
    IsTruncated: next !== undefined,
    ...(next
      ? {
          NextRecordName: next.Name,
          NextRecordType: next.Type,
          ...(next.SetIdentifier !== undefined ? { NextRecordIdentifier: next.SetIdentifier } : {}),
        }
      : {}),
    MaxItems: limit,
  };
}
