import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimTrail } from '../../world/records.js';

/** Every trail of the caller's account, home region by home region. */
export function accountTrails(context: CallContext): SimTrail[] {
  const account = context.identity.accountId;
  return context.regions.flatMap((region) => [...context.world.collection('trail', account, region).all()]);
}

/** Trails visible in the call's region: its own, plus multi-region trails of other regions (shadow trails). */
export function regionTrails(context: CallContext, includeShadowTrails: boolean): SimTrail[] {
  return accountTrails(context).filter(
    (trail) => trail.HomeRegion === context.region || (includeShadowTrails && trail.IsMultiRegionTrail),
  );
}

/** Finds a trail by name (visible in the region) or by ARN (any region of the account). */
export function findTrail(context: CallContext, nameOrArn: string): SimTrail | undefined {
  if (nameOrArn.startsWith('arn:')) {
    if (!/^arn:aws(-cn|-us-gov)?:cloudtrail:[a-z0-9-]+:\d{12}:trail\/.+$/.test(nameOrArn)) {
      throw new AwsApiError(
        'CloudTrailARNInvalidException',
        `Invalid trail ARN: ${nameOrArn}. The ARN format is arn:aws:cloudtrail:region:account:trail/name.`,
        400,
      );
    }
    return accountTrails(context).find((trail) => trail.TrailARN === nameOrArn);
  }
  return regionTrails(context, true).find((trail) => trail.Name === nameOrArn);
}

export function requireTrail(context: CallContext, nameOrArn: unknown, member: string): SimTrail {
  if (typeof nameOrArn !== 'string' || nameOrArn === '') {
    throw new AwsApiError('InvalidTrailNameException', `${member} cannot be empty`, 400);
  }
  const trail = findTrail(context, nameOrArn);
  if (!trail) {
    throw new AwsApiError(
      'TrailNotFoundException',
      `Unknown trail: ${nameOrArn} for the user: ${context.identity.accountId}`,
      400,
    );
  }
  return trail;
}
