import { UnaryClient, type UnaryClientOptions } from '@cloud-inventory/protocol';
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

export type InventoryClientOptions = UnaryClientOptions;

/** A promise-based client of the inventory API, for other services, tests and the demo. */
export class InventoryClient extends UnaryClient<InventoryMethods, InventoryApi.InventoryClient> {
  constructor(address: string, options: InventoryClientOptions = {}) {
    super(loadInventoryProto().proto.Inventory, address, options, 30_000);
  }
}
