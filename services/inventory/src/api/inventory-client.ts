import { Metadata, type CallOptions, type ChannelCredentials, type ServiceError } from '@grpc/grpc-js';
import { bearerTokenMetadata, createChannelCredentials, type ChannelTlsOptions } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { loadInventoryProto } from './inventory-proto.js';

/** Each method of the Inventory service: its request and response types. */
interface InventoryMethods {
  StartSync: [InventoryApi.StartSyncRequest, InventoryApi.StartSyncResponse__Output];
  GetJob: [InventoryApi.GetJobRequest, InventoryApi.Job__Output];
  ListJobs: [InventoryApi.ListJobsRequest, InventoryApi.ListJobsResponse__Output];
  CancelJob: [InventoryApi.CancelJobRequest, InventoryApi.Job__Output];
  ListResources: [InventoryApi.ListResourcesRequest, InventoryApi.ListResourcesResponse__Output];
  GetResource: [InventoryApi.GetResourceRequest, InventoryApi.Resource__Output];
  GetNeighbors: [InventoryApi.GetNeighborsRequest, InventoryApi.GetNeighborsResponse__Output];
  ListChanges: [InventoryApi.ListChangesRequest, InventoryApi.ListChangesResponse__Output];
  GetSummary: [InventoryApi.GetSummaryRequest, InventoryApi.GetSummaryResponse__Output];
}

export interface InventoryClientOptions {
  /** Sent as `authorization: Bearer <token>`. */
  token?: string;
  tls?: ChannelTlsOptions;
  credentials?: ChannelCredentials;
  deadlineMs?: number;
}

/** A promise-based client of the inventory API, for other services, tests and the demo. */
export class InventoryClient {
  readonly raw: InventoryApi.InventoryClient;

  constructor(
    address: string,
    private readonly options: InventoryClientOptions = {},
  ) {
    const { proto } = loadInventoryProto();
    this.raw = new proto.Inventory(address, options.credentials ?? createChannelCredentials(options.tls));
  }

  call<Name extends keyof InventoryMethods>(
    method: Name,
    request: InventoryMethods[Name][0],
  ): Promise<InventoryMethods[Name][1]> {
    const metadata = bearerTokenMetadata(this.options.token, new Metadata());
    const callOptions: CallOptions = { deadline: Date.now() + (this.options.deadlineMs ?? 30_000) };
    return new Promise((resolve, reject) => {
      const invoke = this.raw[method] as unknown as (
        request: unknown,
        metadata: Metadata,
        options: CallOptions,
        callback: (error: ServiceError | null, response?: unknown) => void,
      ) => unknown;
      invoke.call(this.raw, request, metadata, callOptions, (error, response) => {
        if (error) reject(error);
        else resolve(response as InventoryMethods[Name][1]);
      });
    });
  }

  close(): void {
    this.raw.close();
  }
}
