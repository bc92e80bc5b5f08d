import * as ec2Model from '@aws-sdk/client-ec2';
import {
  CreateTags$,
  DeleteSnapshot$,
  DeleteTags$,
  DeleteVolume$,
  DescribeInstanceTypes$,
  DescribeLaunchTemplateVersions$,
  DescribeRegions$,
  DescribeSnapshotAttribute$,
  TerminateInstances$,
} from '@aws-sdk/client-ec2';
import type { StaticOperationSchema } from '@smithy/types';
import { KIND_SPECS } from '../../kinds/index.js';
import type { KindSpec } from '../../kinds/kind-spec.js';
import { ec2Query } from '../../protocols/ec2-query.js';
import { declareService, operation, type OperationDeclaration } from '../service-declaration.js';
import { deleteSnapshot } from './actions/delete-snapshot.js';
import { deleteVolume } from './actions/delete-volume.js';
import { createTags, deleteTags } from './actions/tag-resources.js';
import { terminateInstances } from './actions/terminate-instances.js';
import { describeResources, type DescribeInput } from './describe-operation.js';
import { describeRegions } from './describe-regions.js';
import { describeInstanceTypes } from './instance-types.js';
import { describeLaunchTemplateVersions } from './launch-template-versions.js';
import { describeSnapshotAttribute } from './snapshot-attribute.js';

/** Every Describe* a kind declares, answered by the generic describe with the SDK's operation schema of that name. */
function kindDescribes(): OperationDeclaration[] {
  return KIND_SPECS.flatMap((spec): OperationDeclaration[] => {
    const { describe, moreDescribes = [] } = spec as KindSpec<string, unknown>;
    const declarations = [describe, ...moreDescribes];
    return declarations.flatMap((declaration): OperationDeclaration[] => {
      if (!declaration) return [];
      const schema = (ec2Model as Record<string, unknown>)[`${declaration.operation}$`] as
        StaticOperationSchema | undefined;
      if (!schema) throw new Error(`the EC2 model has no operation ${declaration.operation}`);
      return [
        operation(schema, (input: DescribeInput, call) =>
          describeResources(spec.kind, declaration as never, input, call),
        ),
      ];
    });
  });
}

/** EC2 over its Query dialect. */
export const ec2Service = declareService({
  name: 'ec2',
  protocol: ec2Query,
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  operations: [
    operation(DescribeRegions$, describeRegions),
    ...kindDescribes(),
    operation(DescribeSnapshotAttribute$, describeSnapshotAttribute),
    operation(DescribeInstanceTypes$, describeInstanceTypes),
    operation(DescribeLaunchTemplateVersions$, describeLaunchTemplateVersions),
    operation(TerminateInstances$, terminateInstances),
    operation(DeleteVolume$, deleteVolume),
    operation(DeleteSnapshot$, deleteSnapshot),
    operation(CreateTags$, createTags),
    operation(DeleteTags$, deleteTags),
  ],
});
