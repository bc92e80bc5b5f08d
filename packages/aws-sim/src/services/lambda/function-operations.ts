import type {
  FunctionConfiguration,
  GetFunctionRequest,
  GetFunctionResponse,
  ListFunctionsRequest,
  ListTagsRequest,
  ListTagsResponse,
} from '@aws-sdk/client-lambda';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimLambdaFunction } from '../../kinds/lambda/function.js';
import { pageOf, type PagingDeclaration } from '../../protocols/paging.js';
import { collectionFor, listKind } from '../list-kind.js';
import { tagMapOf } from '../../kinds/tags.js';
import { requireFunction } from './function-lookup.js';

// ListFunctions answers at most 50 functions a call, whatever MaxItems asks (1..10000).
const FUNCTIONS_PAGING: PagingDeclaration = {
  items: 'Functions',
  defaultPageSize: 50,
  limits: { min: 1, max: 50, aboveMax: 'clamp' },
};

function validateVersion(input: ListFunctionsRequest): void {
  const version = input.FunctionVersion;
  if (version !== undefined && version !== 'ALL') {
    throw new AwsApiError(
      'ValidationException',
      `1 validation error detected: Value '${String(version)}' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]`,
      400,
    );
  }
}

/** $LATEST and each published version of a function, as ListFunctions shows them with FunctionVersion=ALL. */
function allVersionsOf(record: SimLambdaFunction): FunctionConfiguration[] {
  const versions: FunctionConfiguration[] = [{ ...record, FunctionArn: `${record.FunctionArn}:$LATEST` }];
  for (let version = 1; version <= record.PublishedVersions; version++) {
    versions.push({ ...record, Version: String(version), FunctionArn: `${record.FunctionArn}:${version}` });
  }
  return versions;
}

const listLatest = listKind<'lambdaFunction', ListFunctionsRequest>('lambdaFunction', {
  paging: FUNCTIONS_PAGING,
  validate: validateVersion,
  // Lambda@Edge replicas (MasterRegion) are functions of us-east-1 replicated elsewhere: the simulator has none
  where: (input) => (input.MasterRegion === undefined ? undefined : () => false),
});

/** ListFunctions: the $LATEST of every function, or with FunctionVersion=ALL every published version too. */
export function listFunctions(input: ListFunctionsRequest, call: CallContext): object {
  if (input.FunctionVersion !== 'ALL') return listLatest(input, call);
  const versions = [...collectionFor('lambdaFunction', call).all()].flatMap(allVersionsOf);
  return pageOf(input.MasterRegion === undefined ? versions : [], { ...input }, FUNCTIONS_PAGING, call);
}

export function listTags(input: ListTagsRequest, call: CallContext): ListTagsResponse {
  return { Tags: tagMapOf(requireFunction(call, input.Resource).Tags) };
}

/** GetFunction: the configuration with the states ListFunctions leaves out, the code's location, the tags. */
export function getFunction(input: GetFunctionRequest, call: CallContext): GetFunctionResponse {
  const record = requireFunction(call, input.FunctionName);
  const image = record.ImageUri;
  return {
    Configuration: { ...record, State: 'Active', LastUpdateStatus: 'Successful' },
    Code: image
      ? {
          RepositoryType: 'ECR',
          ImageUri: image,
          ResolvedImageUri: `${image.slice(0, image.lastIndexOf(':'))}@sha256:${record.CodeSha256}`,
        }
      : {
          RepositoryType: 'S3',
          Location: `https://awslambda-${call.region}-tasks.s3.${call.region}.amazonaws.com/snapshots/${call.identity.accountId}/${record.FunctionName}-${record.RevisionId}`,
        },
    Tags: tagMapOf(record.Tags),
  };
}
