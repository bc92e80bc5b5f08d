import {
  ResourceManager,
  arnFor,
  edge,
  keepingArns,
  rawExcept,
  required,
  tagMap,
} from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import { EcrRepositoriesManager } from '../ecr/repositories.manager.js';
import { ecrRepositoryOfImage } from '../ecr/image-uri.js';
import { AccessPointsManager } from '../efs/access-points.manager.js';
import { RolesManager } from '../iam/roles.manager.js';
import { encryptedBy } from '../kms/encrypted-by.js';
import type { FunctionDetails } from './functions.connector.js';

const rest = rawExcept<FunctionDetails>('Tags', 'Environment');

/** Lambda lists environment variables with their values, which are often secrets: only their names are kept. */
function dataOf(fn: FunctionDetails): Record<string, unknown> {
  const data = rest(fn);
  const environment = fn.Environment;
  if (environment) {
    data.Environment = {
      VariableNames: Object.keys(environment.Variables ?? {}),
      ...(environment.Error ? { Error: environment.Error } : {}),
    };
  }
  return data;
}

/** Lambda's `2024-03-01T10:00:00.000+0000` as an ISO time, absent when it does not parse. */
function lastModified(fn: FunctionDetails): string | undefined {
  const time = fn.LastModified ? Date.parse(fn.LastModified) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export class FunctionsManager extends ResourceManager<FunctionDetails> {
  readonly kind = 'aws_lambda_function';
  readonly serviceType = {
    group: 'Lambda',
    type: 'Function',
    name: 'Lambda Function',
    labels: ['Compute', 'Serverless'],
    family: 'function',
  };
  // others name a function by its ARN (a subscription's endpoint, a secret's rotation function), maybe another account's
  readonly uid = keepingArns(arnFor('lambda', 'function:'));
  readonly mapping = {
    id: required('FunctionName'),
    name: required('FunctionName'),
    updated_at: lastModified,
    tags: tagMap('Tags'),
    data: dataOf,
  };
  override readonly relationships = [
    // its execution role, by ARN
    edge('uses', RolesManager, (fn: FunctionDetails) => fn.Role),
    // an image function's repository, when it is in the function's own account and region
    edge('uses', EcrRepositoriesManager, (fn: FunctionDetails) => ecrRepositoryOfImage(fn.ImageUri, fn.FunctionArn)),
    edge('in_vpc', VpcsManager, (fn: FunctionDetails) => fn.VpcConfig?.VpcId),
    edge('in_subnet', SubnetsManager, (fn: FunctionDetails) => fn.VpcConfig?.SubnetIds),
    edge('member_of', SecurityGroupsManager, (fn: FunctionDetails) => fn.VpcConfig?.SecurityGroupIds),
    // an EFS access point it mounts, by its ARN (`…:access-point/fsap-…`)
    edge('uses', AccessPointsManager, (fn: FunctionDetails) =>
      fn.FileSystemConfigs?.map((config) => config.Arn?.slice(config.Arn.lastIndexOf('/') + 1)),
    ),
    // the key of its environment variables
    ...encryptedBy((fn: FunctionDetails) => fn.KMSKeyArn),
  ];
}
