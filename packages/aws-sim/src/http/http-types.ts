import type { IncomingHttpHeaders } from 'node:http';
import type { SimService } from '../options.js';
import type { CallerIdentity, CredentialStore } from '../identity/credential-store.js';
import type { SimAccountInfo } from '../identity/accounts.js';
import type { SimWorld } from '../world/sim-world.js';

/** A received request, fully read. */
export interface SimRequest {
  method: string;
  rawPath: string;
  rawQuery: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Host header without port. */
  hostname: string;
  body: Buffer;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a service handler gets besides the request. */
export interface CallContext {
  requestId: string;
  identity: CallerIdentity;
  region: string;
  operation: string;
  world: SimWorld;
  credentials: CredentialStore;
  accounts: readonly SimAccountInfo[];
  regions: readonly string[];
  optInRegions: readonly string[];
  listBucketsWithRegion: boolean;
  now: number;
}

/** One AWS service as the simulator speaks it: how to name the operation of a request, answer it, and render errors. */
export interface ServiceEndpoint {
  service: SimService;
  /** Path-style S3 signs the path as sent; the others normalise and re-encode it. */
  escapePath: boolean;
  /** The operation a request asks for, for counting and fault scoping ('Unknown' when it cannot be told). */
  operationOf(request: SimRequest): string;
  handle(request: SimRequest, context: CallContext): SimResponse | Promise<SimResponse>;
}
