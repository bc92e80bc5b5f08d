import {
  DescribeAccessPoints$,
  DescribeFileSystems$,
  DescribeMountTargetSecurityGroups$,
  DescribeMountTargets$,
} from '@aws-sdk/client-efs';
import { restJson1 } from '../../protocols/rest-json.js';
import { declareService, operation } from '../service-declaration.js';
import {
  describeAccessPoints,
  describeFileSystems,
  describeMountTargetSecurityGroups,
  describeMountTargets,
} from './efs-operations.js';

/** Amazon EFS over REST-JSON (signing name elasticfilesystem); bad input and bad markers are its BadRequest. */
export const efsService = declareService({
  name: 'elasticfilesystem',
  protocol: restJson1,
  errors: { malformedInput: ['BadRequest', 400], invalidPaginationToken: ['BadRequest', 400] },
  operations: [
    operation(DescribeFileSystems$, describeFileSystems),
    operation(DescribeMountTargets$, describeMountTargets),
    operation(DescribeMountTargetSecurityGroups$, describeMountTargetSecurityGroups),
    operation(DescribeAccessPoints$, describeAccessPoints),
  ],
});
