// Resources per gRPC message, measured through a real loopback stream: the Collect method of the collector proto,
// JSON data per resource, the real serializer and deserializer, backpressure on the server side.
import { Server, ServerCredentials, credentials, type ServerWritableStream } from '@grpc/grpc-js';
import { loadCollectorProto, writeMessage, type CollectResponse, type Resource } from '@cloud-inventory/protocol';

function resource(index: number): Resource {
  const id = `i-0${index.toString(16).padStart(16, '0')}`;
  return {
    uid: `arn:aws:ec2:us-east-1:123456789012:instance/${id}`,
    id,
    kind: 'aws_ec2_instance',
    name: id,
    tags: { Name: id, env: 'bench' },
    created_at: new Date(1_700_000_000_000 + index).toISOString(),
    cloud: 'aws',
    account: '123456789012',
    region: 'us-east-1',
    service_group: 'EC2',
    type: 'Instance',
    data_json: JSON.stringify({
      InstanceId: id,
      InstanceType: 't3.micro',
      State: { Code: 16, Name: 'running' },
      PrivateIpAddress: '10.0.0.1',
    }),
    relationships: [
      {
        type: 'in_subnet',
        target_uid: 'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1',
        target_kind: 'aws_subnet',
      },
    ],
  };
}

export async function runGrpcBatchBench(
  total = 50_000,
  batchSizes = [1, 100, 500, 2000],
): Promise<Record<string, number>> {
  const proto = loadCollectorProto();
  const resources = Array.from({ length: total }, (_, index) => resource(index));
  let batchSize = 1;
  const server = new Server();
  server.addService(proto.Collector.service, {
    Init: () => undefined,
    Verify: () => undefined,
    Collect: async (call: ServerWritableStream<unknown, CollectResponse>) => {
      for (let offset = 0; offset < total; offset += batchSize) {
        await writeMessage(call, {
          state: 'SUCCESS',
          resource_type: 'CLOUD_SERVICE',
          resources: resources.slice(offset, offset + batchSize),
        });
      }
      call.end();
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  const client = new proto.Collector(`127.0.0.1:${port}`, credentials.createInsecure());
  const results: Record<string, number> = {};
  try {
    for (const size of batchSizes) {
      batchSize = size;
      const started = performance.now();
      const received = await new Promise<number>((resolve, reject) => {
        let count = 0;
        const call = client.Collect({});
        call.on('data', (response: { resources: unknown[] }) => (count += response.resources.length));
        call.on('error', reject);
        call.on('end', () => resolve(count));
      });
      if (received !== total) throw new Error(`batch ${size}: received ${received} of ${total}`);
      const perSecond = Math.round(total / ((performance.now() - started) / 1000));
      results[`${size} per message`] = perSecond;
      process.stdout.write(
        `grpc stream, ${String(size).padStart(4)} resources per message: ${perSecond} resources/s\n`,
      );
    }
  } finally {
    client.close();
    server.forceShutdown();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await runGrpcBatchBench();
