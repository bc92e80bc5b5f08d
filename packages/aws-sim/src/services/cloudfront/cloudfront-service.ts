import { GetDistribution$, ListDistributions$, ListTagsForResource$ } from '@aws-sdk/client-cloudfront';
import { restXml } from '../../protocols/rest-xml.js';
import { declareService, operation } from '../service-declaration.js';
import { getDistribution, listDistributions, listTagsForResource } from './distribution-operations.js';

/**
 * CloudFront over REST-XML (`/2020-05-31/...`), signed for us-east-1 (its global endpoint); the account's
 * distributions whatever region is called. Its errors are `<ErrorResponse>` documents, bad input InvalidArgument.
 */
export const cloudFrontService = declareService({
  name: 'cloudfront',
  protocol: restXml,
  globalRegion: 'us-east-1',
  xmlNamespace: 'http://cloudfront.amazonaws.com/doc/2020-05-31/',
  errors: {
    malformedInput: ['InvalidArgument', 400],
    invalidPaginationToken: ['InvalidArgument', 400],
  },
  operations: [
    operation(ListDistributions$, listDistributions),
    operation(GetDistribution$, getDistribution),
    operation(ListTagsForResource$, listTagsForResource),
  ],
});
