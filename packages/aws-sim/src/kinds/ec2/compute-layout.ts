import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { subnetAvailabilityZone, subnetCidrPrefix } from './network-layout.js';

/**
 * How generated instances, volumes and addresses refer to each other, from indexes alone: instance i has volume i as
 * its root volume and volumes i + k * instances as data volumes; address i is on instance i (most of the time).
 */
export const SALT_INSTANCE = 21;
export const SALT_VOLUME = 22;
export const SALT_ADDRESS = 25;

/** At most this many data volumes per instance (device names /dev/sdf.. /dev/sdt). */
const MAX_DATA_VOLUMES = 15;

export function instanceAvailabilityZone(ctx: ScopeContext, index: number): string {
  return ctx.counts.subnet > 0
    ? subnetAvailabilityZone(ctx, index % ctx.counts.subnet)
    : (ctx.availabilityZones[index % ctx.availabilityZones.length] as string);
}

/** Most instances run; the others are stopped. */
export function instanceRunning(ctx: ScopeContext, index: number): boolean {
  return ctx.hash(SALT_INSTANCE, index, 1) % 100 < 85;
}

export function instanceHasAddress(ctx: ScopeContext, index: number): boolean {
  return index < ctx.counts.address && index % 5 !== 4;
}

export function publicAddress(ctx: ScopeContext, addressIndex: number): string {
  const hash = ctx.hash(SALT_ADDRESS, addressIndex, 1);
  return `${pick([3, 18, 34, 52, 54], hash)}.${(hash >>> 8) & 255}.${(hash >>> 16) & 255}.${(addressIndex % 250) + 4}`;
}

export function privateAddress(ctx: ScopeContext, instanceIndex: number): string {
  if (ctx.counts.subnet === 0) return `172.31.${(instanceIndex >>> 8) & 255}.${instanceIndex & 255}`;
  const hostIndex = Math.floor(instanceIndex / ctx.counts.subnet);
  return `${subnetCidrPrefix(ctx, instanceIndex % ctx.counts.subnet)}.${(hostIndex % 250) + 4}`;
}

/** Volumes attached to an instance: its root volume (same index) and data volumes index + k * instances. */
export function attachedVolumeIndexes(ctx: ScopeContext, instanceIndex: number): number[] {
  const { instance: instances, volume: volumes } = ctx.counts;
  const attached: number[] = [];
  if (instanceIndex < volumes) attached.push(instanceIndex);
  for (let slot = 1; slot <= MAX_DATA_VOLUMES; slot++) {
    const volume = instanceIndex + slot * instances;
    if (volume >= volumes) break;
    if (volume % 4 !== 3) attached.push(volume);
  }
  return attached;
}

export function deviceName(ctx: ScopeContext, volumeIndex: number): string {
  if (volumeIndex < ctx.counts.instance) return '/dev/xvda';
  const slot = Math.floor(volumeIndex / ctx.counts.instance) - 1;
  return `/dev/sd${String.fromCharCode(102 + slot)}`;
}

export function volumeAttachedInstance(ctx: ScopeContext, volumeIndex: number): number | undefined {
  const instances = ctx.counts.instance;
  if (instances === 0) return undefined;
  if (volumeIndex < instances) return volumeIndex;
  if (volumeIndex % 4 === 3 || Math.floor(volumeIndex / instances) > MAX_DATA_VOLUMES) return undefined;
  return volumeIndex % instances;
}

export function instanceLaunchTime(ctx: ScopeContext, index: number): Date {
  return ctx.date('2023-01-01T00:00:00Z', 600, ctx.hash(SALT_INSTANCE, index, 2));
}

export function volumeSize(ctx: ScopeContext, index: number): number {
  const hash = ctx.hash(SALT_VOLUME, index, 1);
  return index < ctx.counts.instance ? 8 + (hash % 93) : 10 + (hash % 991);
}

/** The network interface of instance i, which its elastic IP is associated through. */
export const NETWORK_INTERFACE = { name: 'networkInterface', prefix: 'eni-' };

/** The association of elastic IP i with the ENI it is on. */
export const ADDRESS_ASSOCIATION = { name: 'association', prefix: 'eipassoc-' };

export function privateDnsName(ip: string, region: string): string {
  return `ip-${ip.replaceAll('.', '-')}.${region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`}`;
}

export function publicDnsName(ip: string, region: string): string {
  const domain = region === 'us-east-1' ? 'compute-1.amazonaws.com' : `${region}.compute.amazonaws.com`;
  return `ec2-${ip.replaceAll('.', '-')}.${domain}`;
}
