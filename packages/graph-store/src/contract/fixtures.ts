import type { EdgeRecord, ResourceRecord, ScopeKey } from '../graph-store.js';

/** Builders for the contract suite: small, readable resources whose uid follows from their scope and id. */

export interface ResourceSpec extends Partial<ResourceRecord> {
  id: string;
}

const SERVICE_GROUP_BY_KIND: Record<string, string> = {
  aws_ec2_volume: 'EC2',
  aws_ec2_instance: 'EC2',
  aws_s3_bucket: 'S3',
};

export function resource(spec: ResourceSpec): ResourceRecord {
  const kind = spec.kind ?? 'aws_ec2_volume';
  const cloud = spec.cloud ?? 'aws';
  const account = spec.account ?? '111111111111';
  const region = spec.region ?? 'us-east-1';
  return {
    uid: spec.uid ?? `${cloud}:${account}:${region}:${kind}:${spec.id}`,
    id: spec.id,
    kind,
    name: spec.name ?? spec.id,
    tags: spec.tags ?? {},
    cloud,
    account,
    region,
    serviceGroup: spec.serviceGroup ?? SERVICE_GROUP_BY_KIND[kind] ?? 'Other',
    data: spec.data ?? {},
    ...(spec.createdAt === undefined ? {} : { createdAt: spec.createdAt }),
    ...(spec.updatedAt === undefined ? {} : { updatedAt: spec.updatedAt }),
    ...(spec.type === undefined ? {} : { type: spec.type }),
    ...(spec.volatileFields === undefined ? {} : { volatileFields: spec.volatileFields }),
  };
}

export function volume(id: string, spec: Partial<ResourceSpec> = {}): ResourceRecord {
  return resource({ ...spec, id, kind: 'aws_ec2_volume' });
}

export function instance(id: string, spec: Partial<ResourceSpec> = {}): ResourceRecord {
  return resource({ ...spec, id, kind: 'aws_ec2_instance' });
}

export function edge(from: ResourceRecord | string, type: string, to: ResourceRecord | string): EdgeRecord {
  return { from: typeof from === 'string' ? from : from.uid, type, to: typeof to === 'string' ? to : to.uid };
}

/** The scope a resource belongs to. */
export function scopeOf(record: ResourceRecord): ScopeKey {
  return {
    cloud: record.cloud,
    account: record.account,
    region: record.region,
    serviceGroup: record.serviceGroup,
    kind: record.kind,
  };
}

/** Edges reduced to their key, sorted, for comparisons that ignore optional fields such as toKind. */
export function edgeKeys(edges: EdgeRecord[]): string[] {
  return edges.map((item) => `${item.from} -${item.type}-> ${item.to}`).sort();
}

export function uidsOf(items: { uid: string }[]): string[] {
  return items.map((item) => item.uid).sort();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
