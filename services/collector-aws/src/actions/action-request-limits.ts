import { awsSecretLimits, collectOptionsLimits, collectorMaxLength } from '@cloud-inventory/collector-kit';
import { mergeRequestLimits, type ServiceRequestLimits } from '@cloud-inventory/protocol';

/** The most targets of one request, and AWS's own bounds on tags: 50 per resource, keys 128, values 256. */
export const actionMaxEntries = { targets: 1000, tags: 50 } as const;

/** The ResourceActions service's bounds (README.md lists them with the collector's). */
export const actionRequestLimits: ServiceRequestLimits = {
  Execute: mergeRequestLimits(
    {
      strings: {
        'targets[].id': 128,
        'targets[].uid': 2048,
        'targets[].region': collectorMaxLength.region,
        'tags{key}': 128,
        'tags{value}': 256,
      },
      lists: { targets: actionMaxEntries.targets, tags: actionMaxEntries.tags },
    },
    collectOptionsLimits('options.'),
    awsSecretLimits('secret.'),
  ),
};
