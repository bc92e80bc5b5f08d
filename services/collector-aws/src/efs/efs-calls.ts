import { awsCall, iamActionOf, type AwsCall, type AwsCommandClass, type Listing } from '@cloud-inventory/collector-kit';

/** IAM names EFS's actions `elasticfilesystem:<Operation>`, where the SDK's namespace says `efs`. */
export function efsCall(command: AwsCommandClass): AwsCall {
  return awsCall(command, iamActionOf(awsCall(command)).replace(/^efs:/, 'elasticfilesystem:'));
}

/** The calls of an EFS listing, under their IAM names. */
export function efsCallsOf(listing: Listing<unknown>): AwsCall[] {
  return listing.calls().map((call) => efsCall(call.command));
}
