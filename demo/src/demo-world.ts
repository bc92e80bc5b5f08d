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
  natGateway: 2,
  // the ENIs of instances, NAT gateways, Lambda functions and mount targets: an explicit count is never below them
  networkInterface: 0,
  bucket: 4,
  trail: 1,
  lambdaFunction: 12,
  efsFileSystem: 2,
  efsMountTarget: 6,
  efsAccessPoint: 3,
  eksCluster: 1,
  eksNodegroup: 2,
};

/** One seeded account (deterministic data: the same seed gives the same resources and ids). */
export function demoSimulatorOptions(seed: number): StartSimulatorOptions {
  return { seed, accounts: 1, regions: demoRegions, counts: demoCountsPerRegion };
}
