import {
  GetAccessKeyLastUsed$,
  GetAccountAuthorizationDetails$,
  ListAccessKeys$,
  ListGroups$,
  ListInstanceProfiles$,
  ListPolicies$,
  ListRoles$,
  ListUsers$,
} from '@aws-sdk/client-iam';
import { awsQuery } from '../../protocols/aws-query.js';
import { declareService, operation } from '../service-declaration.js';
import { getAccessKeyLastUsed, listAccessKeys } from './access-keys.js';
import { getAccountAuthorizationDetails } from './authorization-details.js';
import { listGroups, listInstanceProfiles, listPolicies, listRoles, listUsers } from './iam-lists.js';

/** IAM over awsQuery, signed for us-east-1 (its global endpoint); every account's records, whatever region is called. */
export const iamService = declareService({
  name: 'iam',
  protocol: awsQuery,
  globalRegion: 'us-east-1',
  xmlNamespace: 'https://iam.amazonaws.com/doc/2010-05-08/',
  operations: [
    operation(GetAccountAuthorizationDetails$, getAccountAuthorizationDetails),
    operation(ListUsers$, listUsers),
    operation(ListGroups$, listGroups),
    operation(ListRoles$, listRoles),
    operation(ListPolicies$, listPolicies),
    operation(ListInstanceProfiles$, listInstanceProfiles),
    operation(ListAccessKeys$, listAccessKeys),
    operation(GetAccessKeyLastUsed$, getAccessKeyLastUsed),
  ],
});
