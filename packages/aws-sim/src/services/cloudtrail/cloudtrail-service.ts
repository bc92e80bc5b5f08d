import {
  DescribeTrails$,
  GetEventSelectors$,
  GetTrail$,
  GetTrailStatus$,
  ListTags$,
  ListTrails$,
} from '@aws-sdk/client-cloudtrail';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { declareService, operation } from '../service-declaration.js';
import {
  describeTrails,
  getEventSelectors,
  getTrail,
  getTrailStatus,
  listTags,
  listTrails,
} from './trail-operations.js';

/** CloudTrail over JSON 1.1; clients send `CloudTrail_20131101.<Operation>`, older ones the fully qualified form. */
export const cloudTrailService = declareService({
  name: 'cloudtrail',
  protocol: awsJson1_1,
  targetPrefixes: ['CloudTrail_20131101', 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101'],
  errors: { invalidPaginationToken: ['InvalidNextTokenException', 400] },
  operations: [
    operation(ListTrails$, listTrails),
    operation(DescribeTrails$, describeTrails),
    operation(GetTrail$, getTrail),
    operation(GetTrailStatus$, getTrailStatus),
    operation(GetEventSelectors$, getEventSelectors),
    operation(ListTags$, listTags),
  ],
});
