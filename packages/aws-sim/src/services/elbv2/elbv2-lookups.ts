import type { CallContext } from '../../http/http-types.js';
import type { SimKind } from '../../kinds/index.js';
import { collectionFor } from '../list-kind.js';
import { notFound, validationError } from './elb-requests.js';

/** The ELBv2 kinds an ARN can name, by the resource type in the ARN, with AWS's error for one that is not there. */
const BY_RESOURCE_TYPE = {
  loadbalancer: { kind: 'elbv2LoadBalancer', code: 'LoadBalancerNotFound', noun: 'load balancers' },
  targetgroup: { kind: 'targetGroup', code: 'TargetGroupNotFound', noun: 'target groups' },
  listener: { kind: 'listener', code: 'ListenerNotFound', noun: 'listeners' },
} as const satisfies Record<string, { kind: SimKind; code: string; noun: string }>;

type Elbv2Kind = (typeof BY_RESOURCE_TYPE)[keyof typeof BY_RESOURCE_TYPE]['kind'];

function resourceTypeOf(arn: string): keyof typeof BY_RESOURCE_TYPE | undefined {
  const type = /^arn:[^:]+:elasticloadbalancing:[^:]*:\d*:([a-z]+)\//.exec(arn)?.[1];
  return type !== undefined && type in BY_RESOURCE_TYPE ? (type as keyof typeof BY_RESOURCE_TYPE) : undefined;
}

/** The record of an ELBv2 ARN in the caller's scope, or AWS's not-found error (ValidationError for no ARN at all). */
export function elbv2Record(arn: string, call: CallContext, expected?: Elbv2Kind) {
  const type = resourceTypeOf(arn);
  const spec = type === undefined ? undefined : BY_RESOURCE_TYPE[type];
  if (!spec || (expected !== undefined && spec.kind !== expected)) {
    throw validationError(`'${arn}' is not a valid ${expected ?? 'Elastic Load Balancing'} ARN`);
  }
  const record = collectionFor(spec.kind, call).get(arn);
  if (!record) throw notFound(spec.code, `One or more ${spec.noun} not found`);
  return record;
}

/** Checks that every ARN names an existing record of the kind. */
export function requireAll(arns: readonly string[] | undefined, kind: Elbv2Kind, call: CallContext): void {
  for (const arn of arns ?? []) elbv2Record(arn, call, kind);
}
