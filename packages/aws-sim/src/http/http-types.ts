import type { IncomingHttpHeaders } from 'node:http';
import type { CallerIdentity, CredentialStore } from '../identity/credential-store.js';
import type { SimAccountInfo } from '../identity/accounts.js';
import type { SimOrganization } from '../identity/organization.js';
import type { ServiceModel } from '../services/service-model.js';
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

/** What an operation handler gets besides its input. */
export interface CallContext {
  requestId: string;
  identity: CallerIdentity;
  region: string;
  operation: string;
  /** The service called: its errors (`service.error('throttled')`) and protocol. */
  service: ServiceModel;
  world: SimWorld;
  credentials: CredentialStore;
  accounts: readonly SimAccountInfo[];
  /** The accounts' AWS Organization, when they form one. */
  organization?: SimOrganization;
  regions: readonly string[];
  optInRegions: readonly string[];
  listBucketsWithRegion: boolean;
  /** The simulator's `pageSizeCap` option: no page of a list call holds more items. */
  pageSizeCap?: number;
  now: number;
}
