import { Metadata, type ServiceError } from '@grpc/grpc-js';
import {
  bearerTokenMetadata,
  createChannelCredentials,
  loadProtoFile,
  type ActionsApi,
} from '@cloud-inventory/protocol';

type ActionsProto = ActionsApi.ProtoGrpcType['cloudinventory']['collector']['v1'];

let proto: ActionsProto | undefined;

/** ResourceActions clients, one per collector address, with the collector's token; closed with the react phase. */
export class ResourceActionsClients {
  private readonly clients = new Map<string, ActionsApi.ResourceActionsClient>();

  constructor(private readonly options: { token?: () => string | undefined; caFile?: string | undefined } = {}) {}

  execute(
    address: string,
    request: ActionsApi.ActionRequest,
    runId: string,
    deadlineMs = 120_000,
  ): Promise<ActionsApi.ActionResponse__Output> {
    const metadata = bearerTokenMetadata(this.options.token?.(), new Metadata());
    metadata.set('x-job-id', runId);
    const client = this.client(address);
    return new Promise((resolve, reject) =>
      client.Execute(
        request,
        metadata,
        { deadline: Date.now() + deadlineMs },
        (error: ServiceError | null, response) =>
          error || !response ? reject(error ?? new Error('empty response')) : resolve(response),
      ),
    );
  }

  close(): void {
    for (const client of this.clients.values()) client.close();
    this.clients.clear();
  }

  private client(address: string): ActionsApi.ResourceActionsClient {
    let client = this.clients.get(address);
    if (!client) {
      proto ??= loadProtoFile<ActionsApi.ProtoGrpcType>('actions.proto').cloudinventory.collector.v1;
      client = new proto.ResourceActions(
        address,
        createChannelCredentials(this.options.caFile ? { caFile: this.options.caFile } : undefined),
      );
      this.clients.set(address, client);
    }
    return client;
  }
}
