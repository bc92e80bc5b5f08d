import {
  DescribeClusters$,
  DescribeContainerInstances$,
  DescribeServices$,
  DescribeTaskDefinition$,
  DescribeTasks$,
  ListClusters$,
  ListContainerInstances$,
  ListServices$,
  ListTaskDefinitions$,
  ListTasks$,
} from '@aws-sdk/client-ecs';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { declareService, operation } from '../service-declaration.js';
import {
  describeClusters,
  describeContainerInstances,
  describeServices,
  describeTaskDefinition,
  describeTasks,
} from './ecs-describes.js';
import { listClusters, listContainerInstances, listServices, listTaskDefinitions, listTasks } from './ecs-lists.js';

/** ECS over JSON 1.1: lists answer ARNs, Describe* calls take batches of them (DescribeTaskDefinition one). */
export const ecsService = declareService({
  name: 'ecs',
  protocol: awsJson1_1,
  targetPrefixes: ['AmazonEC2ContainerServiceV20141113'],
  errors: { invalidPaginationToken: ['InvalidParameterException', 400] },
  operations: [
    operation(ListClusters$, listClusters),
    operation(DescribeClusters$, describeClusters),
    operation(ListServices$, listServices),
    operation(DescribeServices$, describeServices),
    operation(ListTaskDefinitions$, listTaskDefinitions),
    operation(DescribeTaskDefinition$, describeTaskDefinition),
    operation(ListTasks$, listTasks),
    operation(DescribeTasks$, describeTasks),
    operation(ListContainerInstances$, listContainerInstances),
    operation(DescribeContainerInstances$, describeContainerInstances),
  ],
});
