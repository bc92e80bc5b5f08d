import type {
  DescribeTrailsRequest,
  DescribeTrailsResponse,
  GetEventSelectorsRequest,
  GetEventSelectorsResponse,
  GetTrailRequest,
  GetTrailResponse,
  GetTrailStatusRequest,
  GetTrailStatusResponse,
  ListTagsRequest,
  ListTagsResponse,
  ListTrailsRequest,
  Trail,
} from '@aws-sdk/client-cloudtrail';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { pageOf } from '../../protocols/paging.js';
import type { SimTrail } from '../../world/records.js';
import { hashString } from '../../world/hash.js';
import { accountTrails, findTrail, regionTrails, requireTrail } from './trail-lookup.js';

const LIST_TRAILS_PAGE_SIZE = 50;

function describeTrail(trail: SimTrail): Trail {
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

/** ListTrails: every trail of the account with its home region, in pages of 50. */
export function listTrails(input: ListTrailsRequest, call: CallContext): object {
  const trails = accountTrails(call).map((trail) => ({
    TrailARN: trail.TrailARN,
    Name: trail.Name,
    HomeRegion: trail.HomeRegion,
  }));
  return pageOf(trails, { ...input }, { items: 'Trails', defaultPageSize: LIST_TRAILS_PAGE_SIZE }, call);
}

/** DescribeTrails: the region's trails and multi-region trails of other regions, or the trails named. */
export function describeTrails(input: DescribeTrailsRequest, call: CallContext): DescribeTrailsResponse {
  const names = input.trailNameList;
  if (names !== undefined && !Array.isArray(names)) {
    throw new AwsApiError('SerializationException', 'trailNameList must be a list of strings', 400);
  }
  const trails =
    names === undefined || names.length === 0
      ? regionTrails(call, input.includeShadowTrails !== false)
      : names
          .map((name) => (typeof name === 'string' ? findTrail(call, name) : undefined))
          .filter((trail): trail is SimTrail => trail !== undefined);
  return { trailList: trails.map(describeTrail) };
}

export function getTrail(input: GetTrailRequest, call: CallContext): GetTrailResponse {
  return { Trail: describeTrail(requireTrail(call, input.Name, 'Name')) };
}

export function getTrailStatus(input: GetTrailStatusRequest, call: CallContext): GetTrailStatusResponse {
  const trail = requireTrail(call, input.Name, 'Name');
  const hash = hashString(trail.TrailARN);
  const started = new Date(Date.UTC(2024, 0, 1) + (hash % 200) * 86_400_000);
  // A logging trail delivers all the time: its latest delivery is a moment before each call, so two calls (two syncs)
  // see different delivery times for a trail that is otherwise as it was, as with AWS.
  const delivered = new Date(call.now - (hash % 60) * 1000);
  return {
    IsLogging: trail.IsLogging,
    StartLoggingTime: started,
    TimeLoggingStarted: started.toISOString(),
    ...(trail.IsLogging
      ? {
          LatestDeliveryTime: new Date(Math.floor(delivered.getTime() / 1000) * 1000),
          LatestDeliveryAttemptTime: delivered.toISOString(),
          LatestDeliveryAttemptSucceeded: delivered.toISOString(),
        }
      : {
          StopLoggingTime: new Date(started.getTime() + 86_400_000),
          TimeLoggingStopped: new Date(started.getTime() + 86_400_000).toISOString(),
        }),
    LatestNotificationAttemptTime: '',
    LatestNotificationAttemptSucceeded: '',
  };
}

export function getEventSelectors(input: GetEventSelectorsRequest, call: CallContext): GetEventSelectorsResponse {
  const trail = requireTrail(call, input.TrailName, 'TrailName');
  return {
    TrailARN: trail.TrailARN,
    EventSelectors: [
      { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] },
    ],
  };
}

export function listTags(input: ListTagsRequest, call: CallContext): ListTagsResponse {
  const ids = input.ResourceIdList;
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new AwsApiError('InvalidParameterException', 'ResourceIdList must contain at least one ARN', 400);
  }
  return {
    ResourceTagList: ids.map((id) => {
      const trail = typeof id === 'string' && id.startsWith('arn:') ? findTrail(call, id) : undefined;
      if (!trail) throw new AwsApiError('ResourceNotFoundException', `Resource not found: ${String(id)}`, 400);
      return { ResourceId: trail.TrailARN, TagsList: trail.Tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
    }),
  };
}
