import type { SimRequest, SimResponse } from '../http/http-types.js';
import type { AwsApiError } from '../errors.js';
import type { OperationModel, ServiceModel } from '../services/service-model.js';
import type { ErrorTable } from './protocol-errors.js';

/** The member names a protocol's list operations page with by convention; a list operation may name others. */
export interface PagingNames {
  inputToken: string;
  outputToken: string;
  limit: string;
  /** awsQuery and REST-XML answer IsTruncated beside the marker. */
  truncated?: string;
}

/**
 * One AWS wire protocol: how a request names its operation, how its input is read, how the output, the envelope
 * and errors are written, and the protocol's default error codes and paging names. Services only declare data.
 */
export interface WireProtocol {
  readonly id: 'ec2Query' | 'awsQuery' | 'awsJson1_0' | 'awsJson1_1' | 'restJson1' | 'restXml';
  readonly errors: ErrorTable;
  readonly paging: PagingNames;
  /** The operation a request names (declared or not), undefined when it names none. */
  operationOf(request: SimRequest, service: ServiceModel): string | undefined;
  /** The API version a request names (the Query protocols' `Version`), for services sharing a signing name. */
  versionOf?(request: SimRequest): string | undefined;
  /** Whether an unsigned request carries this protocol's marks of the service (X-Amz-Target prefix, Action...). */
  recognizes(request: SimRequest, service: ServiceModel): boolean;
  parseInput(request: SimRequest, operation: OperationModel, service: ServiceModel): Record<string, unknown>;
  renderOutput(output: object, operation: OperationModel, service: ServiceModel, requestId: string): SimResponse;
  renderError(error: AwsApiError, service: ServiceModel, requestId: string, request?: SimRequest): SimResponse;
}
