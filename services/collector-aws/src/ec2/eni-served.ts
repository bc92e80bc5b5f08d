import type { NetworkInterface } from '@aws-sdk/client-ec2';

/** The services whose ENIs AWS creates, and names the resource served in the ENI's description. */
export type EniService =
  'nat_gateway' | 'elbv2_load_balancer' | 'elb_load_balancer' | 'lambda_function' | 'efs_mount_target' | 'vpc_endpoint';

interface ServedPattern {
  service: EniService;
  /** Matches the description AWS writes; group 1 is the id of what the ENI serves. */
  description: RegExp;
  /** What else AWS sets on such an ENI, so that a user's ENI described alike is not taken for one. */
  isManaged(eni: NetworkInterface): boolean;
}

// AWS limits a description to 255 characters: anything longer was not written by AWS, and is not parsed.
const MAX_DESCRIPTION = 255;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// AWS answers types the SDK's enum lacks (`nat_gateway`, `efs`; the enum says `natGateway`): compared as text.
function interfaceType(eni: NetworkInterface): string | undefined {
  return eni.InterfaceType as string | undefined;
}

const PATTERNS: readonly ServedPattern[] = [
  {
    service: 'nat_gateway',
    description: /^Interface for NAT Gateway (nat-[0-9a-f]{8,17})$/,
    isManaged: (eni) => interfaceType(eni) === 'nat_gateway' || eni.RequesterManaged === true,
  },
  {
    // "ELB app/<name>/<id>" (application), "ELB net/…" (network), "ELB gwy/…" (gateway): the load balancer ARN's tail
    service: 'elbv2_load_balancer',
    description: /^ELB ((?:app|net|gwy)\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16})$/,
    isManaged: (eni) => eni.RequesterId === 'amazon-elb',
  },
  {
    // "ELB <name>": a classic load balancer
    service: 'elb_load_balancer',
    description: /^ELB ([A-Za-z0-9-]{1,32})$/,
    isManaged: (eni) => eni.RequesterId === 'amazon-elb',
  },
  {
    // "AWS Lambda VPC ENI-<function name>-<uuid>": the hyperplane ENI of the function that first needed it
    service: 'lambda_function',
    description: new RegExp(`^AWS Lambda VPC ENI-([A-Za-z0-9_-]{1,64}?)(?:-${UUID})?$`),
    isManaged: (eni) => interfaceType(eni) === 'lambda',
  },
  {
    // "EFS mount target for fs-<id> (fsmt-<id>)"
    service: 'efs_mount_target',
    description: /^EFS mount target for fs-[0-9a-f]{8,17} \((fsmt-[0-9a-f]{8,17})\)$/,
    isManaged: (eni) => eni.RequesterManaged === true || interfaceType(eni) === 'efs',
  },
  {
    // "VPC Endpoint Interface vpce-<id>": an interface (or Gateway Load Balancer) endpoint's ENI in one subnet
    service: 'vpc_endpoint',
    description: /^VPC Endpoint Interface (vpce-[0-9a-f]{8,17})$/,
    isManaged: (eni) => eni.RequesterManaged === true,
  },
];

/**
 * The id of the resource of `service` an ENI serves, as AWS names it in the ENI's description: a NAT gateway's id,
 * a load balancer's `app/<name>/<id>` (its ARN's tail) or a classic one's name, a Lambda function's name, a mount
 * target's id, a VPC endpoint's id. Undefined when the ENI serves no such resource.
 */
export function servedBy(eni: NetworkInterface, service: EniService): string | undefined {
  const description = eni.Description;
  if (description === undefined || description.length > MAX_DESCRIPTION) return undefined;
  const pattern = PATTERNS.find((candidate) => candidate.service === service);
  if (!pattern?.isManaged(eni)) return undefined;
  return pattern.description.exec(description)?.[1];
}
