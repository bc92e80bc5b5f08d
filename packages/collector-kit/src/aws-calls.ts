import { RegistryDefinitionError } from './errors.js';

/** An AWS SDK v3 command class (`DescribeVolumesCommand`); its instances carry the operation's schema. */
export type AwsCommandClass = new (input: never) => object;

/** One AWS call a Connector makes, for the least-privilege policy: the command, and its IAM action when that differs. */
export interface AwsCall {
  readonly command: AwsCommandClass;
  /** Only where IAM names the action otherwise (S3 `ListBuckets` is `s3:ListAllMyBuckets`). */
  readonly iamAction?: string;
}

/** Declares a call: `awsCall(GetBucketEncryptionCommand, 's3:GetEncryptionConfiguration')`. */
export function awsCall(command: AwsCommandClass, iamAction?: string): AwsCall {
  return iamAction === undefined ? { command } : { command, iamAction };
}

/**
 * The service and operation of a command instance, from the schema the SDK compiles into every command
 * (`[9, 'com.amazonaws.ec2', 'DescribeVolumes', …]`): no table of operation names of ours to fall out of date.
 */
export function operationOfCommand(command: object): { namespace: string; operation: string } {
  const schema = (command as { schema?: unknown }).schema;
  const [, namespace, operation] = Array.isArray(schema) ? (schema as unknown[]) : [];
  if (typeof namespace !== 'string' || typeof operation !== 'string') {
    throw new RegistryDefinitionError(`${command.constructor.name} carries no operation schema`);
  }
  return { namespace, operation };
}

/** The IAM action of a call: `<service>:<Operation>`, the service being the last part of the schema's namespace. */
export function iamActionOf(call: AwsCall): string {
  if (call.iamAction !== undefined) return call.iamAction;
  const { namespace, operation } = operationOfCommand(new (call.command as new (input: object) => object)({}));
  return `${namespace.slice(namespace.lastIndexOf('.') + 1)}:${operation}`;
}
