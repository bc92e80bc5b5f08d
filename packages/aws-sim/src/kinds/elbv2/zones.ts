/**
 * The Route 53 hosted zone of a region's load balancers' DNS names (AWS's published table); regions not listed get a
 * stable made-up one.
 */
const APPLICATION_ZONES: Record<string, string> = {
  'us-east-1': 'Z35SXDOTRQ7X7K',
  'us-east-2': 'Z3AADJGX6KTTL2',
  'us-west-1': 'Z368ELLRRE2KJ0',
  'us-west-2': 'Z1H1FL5HABSF5',
  'eu-west-1': 'Z32O12XQLNTSW2',
  'eu-central-1': 'Z215JYRZR1TBD5',
  'ap-southeast-1': 'Z1LMS91P8CMLE5',
  'ap-northeast-1': 'Z14GRHDCWA56QT',
};
const NETWORK_ZONES: Record<string, string> = {
  'us-east-1': 'Z26RNL4JYFTOTI',
  'us-east-2': 'ZLMOA37VPKANP',
  'us-west-1': 'Z24FKFUX50B4VW',
  'us-west-2': 'Z18D5FSROUN65G',
  'eu-west-1': 'Z2IFOLAFXWLO4F',
  'eu-central-1': 'Z3F0SRJ5LGBH90',
  'ap-southeast-1': 'ZKVM4W9LS7TM',
  'ap-northeast-1': 'Z31USIVHYNEOWT',
};

function madeUpZone(region: string, salt: number): string {
  let hash = salt;
  for (const char of region) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `Z${hash.toString(36).toUpperCase().padStart(13, '0')}`;
}

/** Application and classic load balancers share a region's zone; network load balancers have their own. */
export function hostedZoneOf(region: string, network: boolean): string {
  return (network ? NETWORK_ZONES[region] : APPLICATION_ZONES[region]) ?? madeUpZone(region, network ? 2 : 1);
}

/** The DNS suffix of a region's load balancers (`us-east-1.elb.amazonaws.com`). */
export function elbDomain(region: string): string {
  return `${region}.elb.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}
