import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimTrail } from '../../world/records.js';
import { hashString } from '../../world/hash.js';
import { accountTrails, findTrail, regionTrails, requireTrail } from './trail-lookup.js';

type JsonObject = Record<string, unknown>;

const LIST_TRAILS_PAGE_SIZE = 50;

function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function describeTrail(trail: SimTrail): JsonObject {
  return {
    Name: trail.Name,
    S3BucketName: trail.S3BucketName,
    ...(trail.S3KeyPrefix === undefined ? {} : { S3KeyPrefix: trail.S3KeyPrefix }),
    IncludeGlobalServiceEvents: trail.IncludeGlobalServiceEvents,
    IsMultiRegionTrail: trail.IsMultiRegionTrail,
    HomeRegion: trail.HomeRegion,
    TrailARN: trail.TrailARN,
    LogFileValidationEnabled: trail.LogFileValidationEnabled,
    ...(trail.KmsKeyId === undefined ? {} : { KmsKeyId: trail.KmsKeyId }),
    HasCustomEventSelectors: false,
    HasInsightSelectors: false,
    IsOrganizationTrail: trail.IsOrganizationTrail,
  };
}

export function listTrails(input: JsonObject, context: CallContext): JsonObject {
  const trails = accountTrails(context);
  const token = input.NextToken;
  let start = 0;
  if (token !== undefined) {
    const match = typeof token === 'string' ? /^(\d+)\.(\w+)$/.exec(Buffer.from(token, 'base64url').toString()) : null;
    if (!match || match[2] !== hashString(context.identity.accountId).toString(36)) {
      throw new AwsApiError('InvalidNextTokenException', 'Invalid NextToken.', 400);
    }
    start = Number(match[1]);
  }
  const page = trails.slice(start, start + LIST_TRAILS_PAGE_SIZE);
  const next = start + LIST_TRAILS_PAGE_SIZE;
  return {
    Trails: page.map((trail) => ({ TrailARN: trail.TrailARN, Name: trail.Name, HomeRegion: trail.HomeRegion })),
    ...(next < trails.length
      ? {
          NextToken: Buffer.from(`${next}.${hashString(context.identity.accountId).toString(36)}`).toString(
            'base64url',
          ),
        }
      : {}),
  };
}

export function describeTrails(input: JsonObject, context: CallContext): JsonObject {
  const includeShadowTrails = input.includeShadowTrails !== false;
  const names = input.trailNameList;
  if (names !== undefined && !Array.isArray(names)) {
    throw new AwsApiError('SerializationException', 'trailNameList must be a list of strings', 400);
  }
  const trails =
    names === undefined || names.length === 0
      ? regionTrails(context, includeShadowTrails)
      : names
          .map((name) => (typeof name === 'string' ? findTrail(context, name) : undefined))
          .filter((trail): trail is SimTrail => trail !== undefined);
  return { trailList: trails.map(describeTrail) };
}

export function getTrailStatus(input: JsonObject, context: CallContext): JsonObject {
  const trail = requireTrail(context, input.Name, 'Name');
  const hash = hashString(trail.TrailARN);
  const started = new Date(Date.UTC(2024, 0, 1) + (hash % 200) * 86_400_000);
  // A logging trail delivers all the time: its latest delivery is a moment before each call, so two calls (two syncs)
  // see different delivery times for a trail that is otherwise as it was, as with AWS.
  const delivered = new Date(context.now - (hash % 60) * 1000);
  return {
    IsLogging: trail.IsLogging,
    StartLoggingTime: epochSeconds(started),
    TimeLoggingStarted: started.toISOString(),
    ...(trail.IsLogging
      ? {
          LatestDeliveryTime: epochSeconds(delivered),
          LatestDeliveryAttemptTime: delivered.toISOString(),
          LatestDeliveryAttemptSucceeded: delivered.toISOString(),
        }
      : {
          StopLoggingTime: epochSeconds(started) + 86_400,
          TimeLoggingStopped: new Date(started.getTime() + 86_400_000).toISOString(),
        }),
    LatestNotificationAttemptTime: '',
    LatestNotificationAttemptSucceeded: '',
  };
}

export function getEventSelectors(input: JsonObject, context: CallContext): JsonObject {
  const trail = requireTrail(context, input.TrailName, 'TrailName');
  return {
    TrailARN: trail.TrailARN,
    EventSelectors: [
      { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] },
    ],
  };
}

export function listTags(input: JsonObject, context: CallContext): JsonObject {
  const ids = input.ResourceIdList;
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new AwsApiError('InvalidParameterException', 'ResourceIdList must contain at least one ARN', 400);
  }
  return {
    ResourceTagList: ids.map((id) => {
      const trail = typeof id === 'string' && id.startsWith('arn:') ? findTrail(context, id) : undefined;
      if (!trail) {
        throw new AwsApiError('ResourceNotFoundException', `Resource not found: ${String(id)}`, 400);
      }
      return { ResourceId: trail.TrailARN, TagsList: trail.Tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
    }),
  };
}
