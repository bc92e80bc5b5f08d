import {
  CreateTags$,
  DeleteSnapshot$,
  DeleteTags$,
  DeleteVolume$,
  DescribeAddresses$,
  DescribeImages$,
  DescribeInstances$,
  DescribeInstanceTypes$,
  DescribeRegions$,
  DescribeSecurityGroups$,
  DescribeSnapshotAttribute$,
  DescribeSnapshots$,
  DescribeSubnets$,
  DescribeVolumes$,
  DescribeVpcs$,
  TerminateInstances$,
} from '@aws-sdk/client-ec2';
import type { StaticOperationSchema } from '@smithy/types';
import { ec2Query } from '../../protocols/ec2-query.js';
import { declareService, operation, type OperationDeclaration } from '../service-declaration.js';
import { deleteSnapshot } from './actions/delete-snapshot.js';
import { deleteVolume } from './actions/delete-volume.js';
import { createTags, deleteTags } from './actions/tag-resources.js';
import { terminateInstances } from './actions/terminate-instances.js';
import { describeResources } from './describe-operation.js';
import { describeRegions } from './describe-regions.js';
import { EC2_LISTS } from './describe-specs.js';
import { describeInstanceTypes } from './instance-types.js';
import { describeSnapshotAttribute } from './snapshot-attribute.js';

/** A Describe* operation answered by the generic describe with its kind's list declaration. */
function describe(schema: StaticOperationSchema): OperationDeclaration {
  const list = EC2_LISTS[schema[2]];
  if (!list) throw new Error(`no list declaration for ${schema[2]}`);
  return operation(schema, (input: Record<string, unknown>, call) => describeResources(list, input, call));
}

/** EC2 over its Query dialect. */
export const ec2Service = declareService({
  name: 'ec2',
  protocol: ec2Query,
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  operations: [
    operation(DescribeRegions$, describeRegions),
    describe(DescribeInstances$),
    describe(DescribeVolumes$),
    describe(DescribeSnapshots$),
    describe(DescribeImages$),
    describe(DescribeVpcs$),
    describe(DescribeSubnets$),
    describe(DescribeSecurityGroups$),
    describe(DescribeAddresses$),
    operation(DescribeSnapshotAttribute$, describeSnapshotAttribute),
    operation(DescribeInstanceTypes$, describeInstanceTypes),
    operation(TerminateInstances$, terminateInstances),
    operation(DeleteVolume$, deleteVolume),
    operation(DeleteSnapshot$, deleteSnapshot),
    operation(CreateTags$, createTags),
    operation(DeleteTags$, deleteTags),
  ],
});
