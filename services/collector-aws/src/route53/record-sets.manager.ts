import { ResourceManager, edge, rawExcept, required, type Relationship } from '@cloud-inventory/collector-kit';
import { ELASTIC_IP, INSTANCE } from '../ec2/kind-identities.js';
import { ClassicLoadBalancersManager } from '../elb/classic-load-balancers.manager.js';
import { LoadBalancersManager } from '../elbv2/load-balancers.manager.js';
import { BucketsManager } from '../s3/buckets.manager.js';
import { resolvedTargets } from '../dns/dns-targets.js';
import { unescapedRecordName } from '../dns/dns-pointers.js';
import type { RecordSetDetails } from './record-sets.connector.js';
import { DISTRIBUTION } from '../cloudfront/cloudfront-identities.js';
import { HTTP_API, REST_API } from '../apigateway/apigateway-identities.js';
import { HOSTED_ZONE, RECORD_SET, bareZoneId } from './route53-identities.js';

const nameOf = (record: RecordSetDetails) => unescapedRecordName(required('Name')(record)).replace(/\.$/, '');
const typeOf = (record: RecordSetDetails) => required('Type')(record);

export class RecordSetsManager extends ResourceManager<RecordSetDetails> {
  readonly kind = RECORD_SET.kind;
  readonly serviceType = {
    group: 'Route53',
    type: 'RecordSet',
    name: 'Route 53 Record Set',
    labels: ['Networking'],
    family: 'dns_record',
  };
  override readonly isGlobal = true;
  readonly uid = RECORD_SET.uid;
  readonly mapping = {
    id: (record: RecordSetDetails) => {
      const identifier = record.SetIdentifier === undefined ? '' : `/${record.SetIdentifier}`;
      return `${bareZoneId(record.HostedZoneId)}/recordset/${nameOf(record)}/${typeOf(record)}${identifier}`;
    },
    name: (record: RecordSetDetails) => `${nameOf(record)} ${typeOf(record)}`,
    // the whole ResourceRecordSet, with the zone and what it resolved to (`--where Dangling=true`)
    data: rawExcept<RecordSetDetails>(),
  };
  override readonly relationships: readonly Relationship<RecordSetDetails>[] = [
    edge('belongs_to', HOSTED_ZONE, (record: RecordSetDetails) => record.HostedZoneId),
    edge('points_to', LoadBalancersManager, resolvedTargets('elbv2')),
    edge('points_to', ClassicLoadBalancersManager, resolvedTargets('elb')),
    edge('points_to', BucketsManager, resolvedTargets('bucket')),
    edge('points_to', ELASTIC_IP, resolvedTargets('elastic-ip')),
    edge('points_to', INSTANCE, resolvedTargets('instance')),
    edge('points_to', DISTRIBUTION, resolvedTargets('cloudfront')),
    edge('points_to', REST_API, resolvedTargets('rest-api')),
    edge('points_to', HTTP_API, resolvedTargets('http-api')),
  ];
}
