import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { pick } from '../../world/hash.js';
import { arnOf } from '../../world/partition.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { serviceRoleArn } from '../iam/role-summary.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import { repositoryUri } from '../ecr/repository.js';
import { accessPointArn } from '../efs/access-point.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { uuidOf } from '../uuids.js';
import { lambdaPlacement, SALT_FUNCTION } from './function-layout.js';

type FunctionFields =
  | 'FunctionName'
  | 'FunctionArn'
  | 'Role'
  | 'CodeSize'
  | 'Description'
  | 'Timeout'
  | 'MemorySize'
  | 'LastModified'
  | 'CodeSha256'
  | 'Version'
  | 'TracingConfig'
  | 'RevisionId'
  | 'PackageType'
  | 'Architectures'
  | 'EphemeralStorage'
  | 'SnapStart'
  | 'LoggingConfig';

/**
 * ListFunctions' FunctionConfiguration of a function's $LATEST (ListFunctions leaves out State and LastUpdateStatus:
 * only GetFunction tells them), with what ListTags and GetFunction tell: its tags, its image (image functions) and
 * how many published versions it has (ListFunctions shows them with FunctionVersion=ALL only).
 */
export type SimLambdaFunction = Tagged<Filled<FunctionConfiguration, FunctionFields>> & {
  PublishedVersions: number;
  ImageUri?: string;
};

const RUNTIMES = ['nodejs22.x', 'python3.13', 'java21', 'nodejs20.x', 'python3.12', 'provided.al2023'] as const;
const PURPOSES = ['orders', 'thumbnails', 'billing', 'ingest', 'reports', 'auth'] as const;
/** A few execution roles per account, as teams share them (IAM roles are global: no region in the ARN). */
const EXECUTION_ROLES = 3;
/** The role of a function in an account without a role Lambda may assume. */
const FALLBACK_ROLE = 'role/lambda-execution';

function functionArn(ctx: ScopeContext, name: string): string {
  return ctx.arn('lambda', `function:${name}`);
}

/** The ARN of the scope's function `index`: how other kinds name it (a subscription's endpoint, a rotation function). */
export function lambdaFunctionArnAt(ctx: ScopeContext, index: number): string {
  return functionArn(ctx, ctx.id('lambdaFunction', index));
}

/** The execution role of a function: one of the account's first roles that Lambda may assume. */
function executionRoleArn(ctx: ScopeContext, hash: number): string {
  return serviceRoleArn(ctx, 'lambda', hash % EXECUTION_ROLES) ?? ctx.arn('iam', FALLBACK_ROLE, { region: '' });
}

/**
 * The image of an image function, from one of the ECR repositories of its account and region (repository 0, which
 * this scope does not have, when it has none: a repository deleted since).
 */
function imageUri(ctx: ScopeContext, index: number, hash: number): string {
  const repository = index % Math.max(1, ctx.counts.ecrRepository);
  return `${repositoryUri(ctx, repository)}:v${hash % 40}`;
}

function lastModified(ctx: ScopeContext, hash: number): string {
  return ctx.date('2024-01-01T00:00:00Z', 500, hash).toISOString().replace('Z', '+0000');
}

/**
 * One function in five is an image function (the second one of a scope, so a tiny world has one), the first third
 * sit in a VPC, one in four uses a layer.
 */
export const lambdaFunctionKind: KindSpec<'lambdaFunction', SimLambdaFunction> = {
  kind: 'lambdaFunction',
  idField: 'FunctionName',
  ids: { prefix: 'fn-' },
  counts: { tiny: 2, small: 10, medium: 150, large: 1500 },
  ownFields: ['Tags', 'PublishedVersions', 'ImageUri'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_FUNCTION, index, 1);
    const name = ctx.id('lambdaFunction', index);
    const isImage = index % 5 === 1;
    const placement = lambdaPlacement(ctx, index);
    const architecture = hash % 4 === 0 ? 'arm64' : 'x86_64';
    const record: SimLambdaFunction = {
      FunctionName: name,
      FunctionArn: functionArn(ctx, name),
      Role: executionRoleArn(ctx, hash >>> 2),
      CodeSize: isImage ? 0 : 1024 + (hash % 50_000_000),
      Description: `${pick(PURPOSES, index)} handler`,
      Timeout: pick([3, 15, 30, 60, 900], hash >>> 6),
      MemorySize: pick([128, 256, 512, 1024, 2048], hash >>> 9),
      LastModified: lastModified(ctx, hash),
      // a zip's SHA-256 in base64; an image's digest in hex
      CodeSha256: ctx.bytes(SALT_FUNCTION, index, 32).toString(isImage ? 'hex' : 'base64'),
      Version: '$LATEST',
      TracingConfig: { Mode: hash % 6 === 0 ? 'Active' : 'PassThrough' },
      RevisionId: uuidOf(ctx, SALT_FUNCTION, index),
      PackageType: isImage ? 'Image' : 'Zip',
      Architectures: [architecture],
      EphemeralStorage: { Size: hash % 9 === 0 ? 2048 : 512 },
      SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
      LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${name}` },
      PublishedVersions: hash % 4,
      Tags: [{ Key: 'Team', Value: pick(PURPOSES, index) }, environmentTag(ctx, SALT_FUNCTION, index)],
    };
    if (isImage) {
      record.ImageUri = imageUri(ctx, index, hash);
    } else {
      record.Runtime = pick(RUNTIMES, hash >>> 12);
      record.Handler = record.Runtime.startsWith('java') ? 'example.Handler::handleRequest' : 'index.handler';
    }
    if (placement) {
      record.VpcConfig = {
        SubnetIds: placement.subnets.map((subnet) => ctx.id('subnet', subnet)),
        SecurityGroupIds: placement.securityGroups.map((group) => ctx.id('securityGroup', group)),
        VpcId: ctx.id('vpc', placement.vpc),
        Ipv6AllowedForDualStack: false,
      };
    }
    if (placement && hash % 3 === 0 && ctx.counts.efsAccessPoint > 0) {
      const accessPoint = ctx.id('efsAccessPoint', (hash >>> 13) % ctx.counts.efsAccessPoint);
      record.FileSystemConfigs = [{ Arn: accessPointArn(ctx, accessPoint), LocalMountPath: '/mnt/shared' }];
    }
    if (hash % 5 === 1) {
      // Lambda lists the names and values of a function's variables; the values may be secrets
      record.Environment = { Variables: { LOG_LEVEL: 'info', API_TOKEN: `tok-${(hash >>> 3).toString(36)}` } };
    }
    if (hash % 4 === 2 && !isImage) {
      record.Layers = [
        { Arn: ctx.arn('lambda', `layer:shared-libs:${1 + (hash % 7)}`), CodeSize: 200_000 + (hash % 100_000) },
      ];
    }
    if (hash % 7 === 3) record.KMSKeyArn = kmsKeyArn(ctx, hash >>> 5);
    if (hash % 8 === 5) {
      record.DeadLetterConfig = { TargetArn: ctx.arn('sqs', `${pick(PURPOSES, index)}-dead-letters`) };
    }
    return record;
  },
  added(record, fields, scope) {
    if (fields.FunctionName !== undefined && fields.FunctionArn === undefined) {
      record.FunctionArn = arnOf('lambda', scope.region, scope.account, `function:${record.FunctionName}`);
    }
  },
};
