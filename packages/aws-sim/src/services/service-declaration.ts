import type { CallContext } from '../http/http-types.js';
import type { ErrorCodes } from '../protocols/protocol-errors.js';
import type { OperationSchemaRef } from '../protocols/schema/shape.js';
import type { WireProtocol } from '../protocols/wire-protocol.js';

/** Answers one operation: the input object parsed from the wire by the SDK's input schema, the output object to render. */
export type OperationHandler<I = never, O = object> = (input: I, call: CallContext) => O | Promise<O>;

/** One operation of a service: the SDK's operation schema (e.g. `DescribeInstances$`), its IAM action and handler. */
export interface OperationDeclaration {
  schema: OperationSchemaRef;
  /** The IAM action that authorizes it, when it is not `<service>:<Operation>` (S3's older action names). */
  iamAction?: string;
  /**
   * Its name in the service where it is not the schema's: two APIs of one signing name and endpoint, told apart by
   * path, may each have an operation of the same name (API Gateway's v1 and v2 GetVpcLinks).
   */
  name?: string;
  handle: OperationHandler<never>;
}

/**
 * A service as the simulator speaks it: data, read by the request listener, the endpoint lookup and the protocol
 * module; no service has code of its own in the router.
 */
export interface ServiceDeclaration<Name extends string = string> {
  /** The SigV4 signing name (credential scope), also the service of counters, faults and IAM actions. */
  name: Name;
  protocol: WireProtocol;
  /** IAM's prefix of the service's actions where it is not the signing name (CloudWatch signs as `monitoring`). */
  iamPrefix?: string;
  operations: readonly OperationDeclaration[];
  /** Global services (S3, STS) are signed for this region whatever regions are enabled. */
  globalRegion?: string;
  /** Codes where the service differs from its protocol's defaults. */
  errors?: ErrorCodes;
  /**
   * Query services sharing a signing name and endpoint as different APIs (Elastic Load Balancing: 2015-12-01 is v2,
   * 2012-06-01 classic) are told apart by the request's `Version`; each declares the version it answers.
   */
  apiVersion?: string;
  /** XML namespace of XML answers (`http://ec2.amazonaws.com/doc/2016-11-15/`). */
  xmlNamespace?: string;
  /** JSON 1.0/1.1: the X-Amz-Target prefix before `.<Operation>` (`CloudTrail_20131101`), with accepted aliases. */
  targetPrefixes?: readonly string[];
  /** SigV4 canonical path as sent (S3) instead of normalised and re-encoded. */
  signsPathAsSent?: boolean;
  /** S3's error body is a bare `<Error>`; other REST-XML services wrap it in `<ErrorResponse>`. */
  bareXmlErrors?: boolean;
  /**
   * REST: labels the request carries outside the path template (S3's bucket, in the Host or the first path segment)
   * and the path left for the template.
   */
  addressing?: (hostname: string, path: string) => { labels: Record<string, string>; path: string };
  /** Calls that no identity policy authorizes (STS: GetCallerIdentity needs none, AssumeRole is the role's trust). */
  needsNoIdentityPolicy?: boolean;
}

/** Declares one operation with a handler typed by the SDK's input and output types. */
export function operation<I, O extends object>(
  schema: OperationSchemaRef,
  handle: OperationHandler<I, O>,
  options: { iamAction?: string; name?: string } = {},
): OperationDeclaration {
  return { schema, handle: handle as OperationHandler<never>, ...options };
}

/** Declares a service keeping its name's literal type (so that SimService is derived from the declarations). */
export function declareService<const Name extends string>(
  declaration: ServiceDeclaration<Name>,
): ServiceDeclaration<Name> {
  return declaration;
}
