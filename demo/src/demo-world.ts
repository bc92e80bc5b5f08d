import type { SimKind, StartSimulatorOptions } from '@cloud-inventory/aws-sim';

/** The regions the demo account has enabled. */
export const demoRegions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];

/** Per region: a few hundred resources in all, every kind present, with consistent relationships. */
const demoCountsPerRegion: Record<SimKind, number> = {
  vpc: 3,
  subnet: 9,
  securityGroup: 12,
  image: 8,
  instance: 60,
  volume: 78,
  snapshot: 30,
  address: 10,
  keyPair: 4,
  bucket: 4,
  trail: 1,
  dbSubnetGroup: 2,
  dbCluster: 1,
  dbInstance: 6,
  dbSnapshot: 6,
  snsTopic: 4,
  snsSubscription: 8,
  metricAlarm: 12,
  compositeAlarm: 1,
  replicationGroup: 1,
  cacheCluster: 4,
  stack: 6,
};

/** One seeded account (deterministic data: the same seed gives the same resources and ids). */
export function demoSimulatorOptions(seed: number): StartSimulatorOptions {
  return { seed, accounts: 1, regions: demoRegions, counts: demoCountsPerRegion };
}
