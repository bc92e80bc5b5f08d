import { mergeRequestLimits, type RequestLimits, type ServiceRequestLimits } from '@cloud-inventory/protocol';

/**
 * The longest value, in characters, of each string the collector accepts. AWS sets most of them: ARNs up to 2048,
 * external ids 2 to 1224, role session names 2 to 64 characters; session tokens have no documented maximum, so the
 * bound leaves room for the largest seen. The collector's table of limits is this file; README.md lists it.
 */
export const collectorMaxLength = {
  region: 32,
  service: 64,
  kind: 128,
  taskId: 256,
  url: 2048,
  accessKeyId: 128,
  secretAccessKey: 256,
  sessionToken: 16_384,
  roleArn: 2048,
  externalId: 1224,
  roleSessionName: 64,
} as const;

/** The most entries of each list: more regions or services than AWS has, more kinds than a service has. */
export const collectorMaxEntries = {
  regions: 100,
  services: 100,
  kinds: 100,
} as const;

/** The bounds of a CollectOptions below `prefix` (`options.`). */
export function collectOptionsLimits(prefix: string): RequestLimits {
  return {
    strings: {
      [`${prefix}regions[]`]: collectorMaxLength.region,
      [`${prefix}services[]`]: collectorMaxLength.service,
      [`${prefix}excluded_services[]`]: collectorMaxLength.service,
      [`${prefix}endpoint_url`]: collectorMaxLength.url,
    },
    lists: {
      [`${prefix}regions`]: collectorMaxEntries.regions,
      [`${prefix}services`]: collectorMaxEntries.services,
      [`${prefix}excluded_services`]: collectorMaxEntries.services,
    },
  };
}

/** The bounds of an AwsSecret below `prefix` (`secret.`); errors name the field, never its value. */
export function awsSecretLimits(prefix: string): RequestLimits {
  return {
    strings: {
      [`${prefix}access_key_id`]: collectorMaxLength.accessKeyId,
      [`${prefix}secret_access_key`]: collectorMaxLength.secretAccessKey,
      [`${prefix}session_token`]: collectorMaxLength.sessionToken,
      [`${prefix}role_arn`]: collectorMaxLength.roleArn,
      [`${prefix}external_id`]: collectorMaxLength.externalId,
      [`${prefix}role_session_name`]: collectorMaxLength.roleSessionName,
    },
    lists: {},
  };
}

const taskLimits: RequestLimits = {
  strings: {
    'task.task_id': collectorMaxLength.taskId,
    'task.service': collectorMaxLength.service,
    'task.region': collectorMaxLength.region,
    'task.kinds[]': collectorMaxLength.kind,
    'task.scope_regions[]': collectorMaxLength.region,
  },
  lists: { 'task.kinds': collectorMaxEntries.kinds, 'task.scope_regions': collectorMaxEntries.regions },
};

/** The Job and Collector services' bounds, method by method (method names are unique across the two). */
export const collectorRequestLimits: ServiceRequestLimits = {
  GetTasks: mergeRequestLimits(collectOptionsLimits('options.'), awsSecretLimits('secret.')),
  Init: collectOptionsLimits('options.'),
  Verify: mergeRequestLimits(collectOptionsLimits('options.'), awsSecretLimits('secret.')),
  Collect: mergeRequestLimits(taskLimits, collectOptionsLimits('options.'), awsSecretLimits('secret.')),
};
