import {
  GetHostedZone$,
  ListHostedZones$,
  ListResourceRecordSets$,
  ListTagsForResources$,
} from '@aws-sdk/client-route-53';
import { restXml } from '../../protocols/rest-xml.js';
import { declareService, operation } from '../service-declaration.js';
import { listResourceRecordSets } from './route53-record-sets.js';
import { getHostedZone, listHostedZones, listTagsForResources } from './route53-zones.js';

/** Route 53 over REST-XML at `/2013-04-01/...`, signed for us-east-1 (its global endpoint); bad input is InvalidInput. */
export const route53Service = declareService({
  name: 'route53',
  protocol: restXml,
  globalRegion: 'us-east-1',
  xmlNamespace: 'https://route53.amazonaws.com/doc/2013-04-01/',
  errors: { invalidPaginationToken: ['InvalidInput', 400] },
  operations: [
    operation(ListHostedZones$, listHostedZones),
    operation(GetHostedZone$, getHostedZone),
    operation(ListResourceRecordSets$, listResourceRecordSets),
    operation(ListTagsForResources$, listTagsForResources),
  ],
});
