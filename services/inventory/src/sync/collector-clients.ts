import { Metadata } from '@grpc/grpc-js';
import type { CollectorClient, JobClient } from '@cloud-inventory/protocol';
import { bearerTokenMetadata, createChannelCredentials, loadCollectorProto } from '@cloud-inventory/protocol';

export interface CollectorConnection {
  jobs: JobClient;
  collector: CollectorClient;
}

export interface CollectorClientOptions {
  /** The collector's API token, read from the environment when a request is built. */
  token?: () => string | undefined;
  caFile?: string;
}

/**
 * Client-side load balancing: with `dns:///collector-aws:50051` every address the name resolves to (each replica) gets
 * a subchannel and calls go round robin, so tasks spread over scaled collectors.
 */
const channelOptions = {
  'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
};

/** One gRPC channel per collector address, shared by every job; closed with the inventory. */
export class CollectorClients {
  private readonly connections = new Map<string, CollectorConnection>();

  constructor(private readonly options: CollectorClientOptions = {}) {}

  for(address: string): CollectorConnection {
    let connection = this.connections.get(address);
    if (!connection) {
      const proto = loadCollectorProto();
      const channelCredentials = createChannelCredentials(
        this.options.caFile ? { caFile: this.options.caFile } : undefined,
      );
      connection = {
        jobs: new proto.Job(address, channelCredentials, channelOptions),
        collector: new proto.Collector(address, channelCredentials, channelOptions),
      };
      this.connections.set(address, connection);
    }
    return connection;
  }

  /** Call metadata: the collector token and the job id, which the collector binds to its task logs. */
  metadata(jobId: string): Metadata {
    const metadata = bearerTokenMetadata(this.options.token?.(), new Metadata());
    metadata.set('x-job-id', jobId);
    return metadata;
  }

  close(): void {
    for (const connection of this.connections.values()) {
      connection.jobs.close();
      connection.collector.close();
    }
    this.connections.clear();
  }
}
