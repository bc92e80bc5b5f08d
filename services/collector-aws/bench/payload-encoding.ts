// How to carry a resource's data on the wire: google.protobuf.Struct vs a JSON string per resource, and how many
// resources per message. Times build + encode + decode + back to a plain object, as the two ends would.
import protobuf from 'protobufjs';

const schema = `
syntax = "proto3";
import "google/protobuf/struct.proto";
message StructResource { string uid = 1; google.protobuf.Struct data = 2; }
message JsonResource { string uid = 1; string data_json = 2; }
message StructBatch { repeated StructResource resources = 1; }
message JsonBatch { repeated JsonResource resources = 1; }
`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type StructValue =
  | { nullValue: 0 }
  | { boolValue: boolean }
  | { numberValue: number }
  | { stringValue: string }
  | { listValue: { values: StructValue[] } }
  | { structValue: { fields: Record<string, StructValue> } };

function toValue(value: Json): StructValue {
  if (value === null) return { nullValue: 0 };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (Array.isArray(value)) return { listValue: { values: value.map(toValue) } };
  return { structValue: toStruct(value) };
}
function toStruct(object: { [key: string]: Json }): { fields: Record<string, StructValue> } {
  const fields: Record<string, StructValue> = {};
  for (const [key, value] of Object.entries(object)) fields[key] = toValue(value);
  return { fields };
}
function fromValue(value: Record<string, unknown>): Json {
  if ('stringValue' in value) return value.stringValue as string;
  if ('numberValue' in value) return value.numberValue as number;
  if ('boolValue' in value) return value.boolValue as boolean;
  if ('listValue' in value)
    return ((value.listValue as { values?: Record<string, unknown>[] }).values ?? []).map(fromValue);
  if ('structValue' in value)
    return fromStruct(value.structValue as { fields?: Record<string, Record<string, unknown>> });
  return null;
}
function fromStruct(struct: { fields?: Record<string, Record<string, unknown>> }): { [key: string]: Json } {
  const object: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(struct.fields ?? {})) object[key] = fromValue(value);
  return object;
}

/** An instance-shaped item, as DescribeInstances gives it (after Date -> ISO string). */
function sampleData(index: number): { [key: string]: Json } {
  return {
    InstanceId: `i-0${index.toString(16).padStart(16, '0')}`,
    ImageId: 'ami-0123456789abcdef0',
    InstanceType: index % 2 ? 't3.micro' : 'm5.large',
    State: { Code: 16, Name: 'running' },
    LaunchTime: new Date(1_700_000_000_000 + index * 1000).toISOString(),
    Placement: { AvailabilityZone: 'us-east-1a', Tenancy: 'default' },
    PrivateIpAddress: `10.0.${(index >> 8) & 255}.${index & 255}`,
    SubnetId: 'subnet-0123456789abcdef0',
    VpcId: 'vpc-0123456789abcdef0',
    Architecture: 'x86_64',
    SecurityGroups: [{ GroupId: 'sg-0123456789abcdef0', GroupName: 'web' }],
    BlockDeviceMappings: [
      {
        DeviceName: '/dev/xvda',
        Ebs: { VolumeId: 'vol-0123456789abcdef0', Status: 'attached', DeleteOnTermination: true },
      },
    ],
    EbsOptimized: false,
    Monitoring: { State: 'disabled' },
  };
}

interface Variant {
  name: string;
  batchSize: number;
  encoding: 'struct' | 'json';
}

const variants: Variant[] = [
  { name: 'Struct, 500 per message', batchSize: 500, encoding: 'struct' },
  { name: 'JSON string, 1 per message', batchSize: 1, encoding: 'json' },
  { name: 'JSON string, 100 per message', batchSize: 100, encoding: 'json' },
  { name: 'JSON string, 500 per message', batchSize: 500, encoding: 'json' },
  { name: 'JSON string, 2000 per message', batchSize: 2000, encoding: 'json' },
];

export function runPayloadBench(
  total = 20_000,
): Record<string, { resourcesPerSecond: number; bytesPerResource: number }> {
  measureVariants(Math.round(total / 4), false);
  return measureVariants(total, true);
}

function measureVariants(
  total: number,
  print: boolean,
): Record<string, { resourcesPerSecond: number; bytesPerResource: number }> {
  const root = new protobuf.Root();
  root.addJSON(protobuf.common.get('google/protobuf/struct.proto')?.nested ?? {});
  protobuf.parse(schema, root);
  root.resolveAll();
  const structBatch = root.lookupType('StructBatch');
  const jsonBatch = root.lookupType('JsonBatch');
  const items = Array.from({ length: total }, (_, index) => ({ uid: `uid-${index}`, data: sampleData(index) }));
  const results: Record<string, { resourcesPerSecond: number; bytesPerResource: number }> = {};
  for (const variant of variants) {
    let bytes = 0;
    let checksum = 0;
    const started = performance.now();
    for (let offset = 0; offset < total; offset += variant.batchSize) {
      const slice = items.slice(offset, offset + variant.batchSize);
      if (variant.encoding === 'struct') {
        const wire = structBatch
          .encode({ resources: slice.map((item) => ({ uid: item.uid, data: toStruct(item.data) })) })
          .finish();
        bytes += wire.length;
        const decoded = structBatch.decode(wire) as unknown as {
          resources: { data: { fields: Record<string, Record<string, unknown>> } }[];
        };
        for (const resource of decoded.resources) checksum += Object.keys(fromStruct(resource.data)).length;
      } else {
        const wire = jsonBatch
          .encode({ resources: slice.map((item) => ({ uid: item.uid, dataJson: JSON.stringify(item.data) })) })
          .finish();
        bytes += wire.length;
        const decoded = jsonBatch.decode(wire) as unknown as { resources: { dataJson: string }[] };
        for (const resource of decoded.resources)
          checksum += Object.keys(JSON.parse(resource.dataJson) as object).length;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    if (checksum !== items.length * 14) throw new Error(`${variant.name}: decoded data differs`);
    results[variant.name] = {
      resourcesPerSecond: Math.round(total / seconds),
      bytesPerResource: Math.round(bytes / total),
    };
    if (print)
      process.stdout.write(
        `payload ${variant.name.padEnd(30)} ${String(results[variant.name]?.resourcesPerSecond).padStart(8)} resources/s, ${results[variant.name]?.bytesPerResource} bytes/resource\n`,
      );
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) runPayloadBench();
