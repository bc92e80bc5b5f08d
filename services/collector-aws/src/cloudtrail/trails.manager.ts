import { ResourceManager, awsMapping, edge, uidFromField } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import { LogGroupsManager, logGroupNameOf } from '../logs/log-groups.manager.js';
import { BucketsManager } from '../s3/buckets.manager.js';
import type { TrailDetails } from './trails.connector.js';

export class TrailsManager extends ResourceManager<TrailDetails> {
  readonly kind = 'aws_cloudtrail_trail';
  readonly serviceType = {
    group: 'CloudTrail',
    type: 'Trail',
    name: 'CloudTrail Trail',
    labels: ['Management', 'Security'],
    family: 'trail',
  };
  // The trail's ARN is its uid as AWS gives it (it names the home region).
  readonly uid = uidFromField('TrailARN');
  readonly mapping = awsMapping<TrailDetails>({ id: 'Name' });
  // GetTrailStatus reports when logs, digests and notifications were last delivered: they move every few minutes
  // while the trail is as it was.
  override readonly volatile = [
    'Status.LatestDeliveryTime',
    'Status.LatestDeliveryAttemptTime',
    'Status.LatestDeliveryAttemptSucceeded',
    'Status.LatestNotificationTime',
    'Status.LatestNotificationAttemptTime',
    'Status.LatestNotificationAttemptSucceeded',
    'Status.LatestDigestDeliveryTime',
    'Status.LatestCloudWatchLogsDeliveryTime',
  ];
  override readonly relationships = [
    edge('logs_to', BucketsManager, (trail: TrailDetails) => trail.S3BucketName),
    edge('logs_to', LogGroupsManager, (trail: TrailDetails) => logGroupNameOf(trail.CloudWatchLogsLogGroupArn)),
    ...encryptedBy((trail: TrailDetails) => trail.KmsKeyId),
  ];
}
