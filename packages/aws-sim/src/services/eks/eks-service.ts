import { DescribeCluster$, DescribeNodegroup$, ListClusters$, ListNodegroups$ } from '@aws-sdk/client-eks';
import { restJson1 } from '../../protocols/rest-json.js';
import { declareService, operation } from '../service-declaration.js';
import { describeCluster, describeNodegroup, listClusters, listNodegroups } from './eks-operations.js';

/** Amazon EKS over REST-JSON; bad input and bad tokens are its InvalidParameterException. */
export const eksService = declareService({
  name: 'eks',
  protocol: restJson1,
  errors: {
    malformedInput: ['InvalidParameterException', 400],
    invalidPaginationToken: ['InvalidParameterException', 400],
  },
  operations: [
    operation(ListClusters$, listClusters),
    operation(DescribeCluster$, describeCluster),
    operation(ListNodegroups$, listNodegroups),
    operation(DescribeNodegroup$, describeNodegroup),
  ],
});
