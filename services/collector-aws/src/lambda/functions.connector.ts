import {
  GetFunctionCommand,
  LambdaClient,
  ListTagsCommand,
  paginateListFunctions,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** A function's $LATEST as ListFunctions gives it, with its tags and, for an image function, its image. */
export interface FunctionDetails extends FunctionConfiguration {
  FunctionName: string;
  Tags?: Record<string, string>;
  ImageUri?: string;
  ResolvedImageUri?: string;
}

const functionsInFlight = 8;

/**
 * ListFunctions lists each function's $LATEST (published versions only with FunctionVersion=ALL) without its tags,
 * and Lambda has no batch tags call: one call per function, ListTags, or for an image function GetFunction, which
 * gives the tags and the image ListFunctions does not.
 */
export class FunctionsConnector extends ResourceConnector<FunctionDetails> {
  private readonly listing = paginated(LambdaClient, paginateListFunctions, 'Functions', { pageSize: 50 });
  readonly calls = [...this.listing.calls(), awsCall(ListTagsCommand), awsCall(GetFunctionCommand)];

  async *items(): AsyncIterable<FunctionDetails> {
    yield* mapBounded(this.listing.items(this.context), functionsInFlight, (fn) => this.details(fn));
  }

  private async details(fn: FunctionConfiguration): Promise<FunctionDetails> {
    const lambda = this.client(LambdaClient);
    const FunctionName = requiredField(fn, 'FunctionName');
    const arn = requiredField(fn, 'FunctionArn');
    if (fn.PackageType !== 'Image') {
      const { Tags } = await lambda.send(new ListTagsCommand({ Resource: arn }));
      return { ...fn, FunctionName, ...(Tags ? { Tags } : {}) };
    }
    const { Tags, Code } = await lambda.send(new GetFunctionCommand({ FunctionName: arn }));
    return {
      ...fn,
      FunctionName,
      ...(Tags ? { Tags } : {}),
      ...(Code?.ImageUri ? { ImageUri: Code.ImageUri } : {}),
      ...(Code?.ResolvedImageUri ? { ResolvedImageUri: Code.ResolvedImageUri } : {}),
    };
  }
}
