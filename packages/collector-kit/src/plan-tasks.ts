import { InvalidArgumentError, type Task } from '@cloud-inventory/protocol';
import type { CollectorRegistry } from './registry.js';
import { globalRegion, type ValidOptions } from './request-validation.js';

/**
 * job_get_tasks: one CLOUD_SERVICE_TYPE task, one REGION task, and one CLOUD_SERVICE task per service x region
 * (a global service once). Only enabled regions; a region filter naming another region is an invalid argument.
 */
export function planTasks(
  registry: CollectorRegistry,
  enabledRegions: readonly string[],
  options: ValidOptions,
): Task[] {
  const enabled = new Set(enabledRegions);
  options.regions.forEach((region, index) => {
    if (!enabled.has(region)) {
      throw new InvalidArgumentError(`options.regions[${index}]`, `region ${region} is not enabled for this account`);
    }
  });
  const regions = options.regions.length > 0 ? [...new Set(options.regions)] : [...enabledRegions];
  const wanted = new Set(options.services);
  const excluded = new Set(options.excludedServices);
  const services = registry
    .services()
    .filter((summary) => (wanted.size === 0 || wanted.has(summary.service)) && !excluded.has(summary.service));

  const tasks: Task[] = [
    { task_id: 'cloud_service_type', type: 'CLOUD_SERVICE_TYPE', region: globalRegion, kinds: [] },
    {
      task_id: 'region',
      type: 'REGION',
      region: globalRegion,
      kinds: registry.regionTask.map((item) => item.kind),
    },
  ];
  for (const summary of services) {
    if (summary.isGlobal) {
      tasks.push({
        task_id: `${summary.service}:${globalRegion}`,
        type: 'CLOUD_SERVICE',
        service: summary.service,
        region: globalRegion,
        kinds: summary.kinds,
        scope_regions: [...enabledRegions],
      });
      continue;
    }
    for (const region of regions) {
      tasks.push({
        task_id: `${summary.service}:${region}`,
        type: 'CLOUD_SERVICE',
        service: summary.service,
        region,
        kinds: summary.kinds,
      });
    }
  }
  return tasks;
}
