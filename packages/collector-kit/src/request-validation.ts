import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { AccountSecret } from './credential-cache.js';
import type { CollectorRegistry } from './registry.js';

export interface ValidOptions {
  regions: string[];
  services: string[];
  /** Left out even when `services` names them. */
  excludedServices: string[];
  endpointUrl: string | undefined;
}

export type ValidTaskType = 'CLOUD_SERVICE_TYPE' | 'REGION' | 'CLOUD_SERVICE';

export interface ValidTask {
  taskId: string;
  type: ValidTaskType;
  service: string;
  region: string;
  kinds: string[];
  scopeRegions: string[];
}

export const globalRegion = 'global';
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const accessKeyPattern = /^[A-Z0-9]{16,128}$/;
const roleArnPattern = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const sessionNamePattern = /^[\w+=,.@-]{2,64}$/;
const taskTypes: readonly string[] = ['CLOUD_SERVICE_TYPE', 'REGION', 'CLOUD_SERVICE'];

interface OptionsInput {
  regions?: readonly string[];
  services?: readonly string[];
  endpoint_url?: string;
  excluded_services?: readonly string[];
}

export function validateOptions(options: OptionsInput | null | undefined, registry: CollectorRegistry): ValidOptions {
  const regions = [...(options?.regions ?? [])];
  regions.forEach((region, index) => {
    if (!regionPattern.test(region))
      throw new InvalidArgumentError(`options.regions[${index}]`, 'not a region code such as us-east-1');
  });
  const services = [...(options?.services ?? [])];
  services.forEach((service, index) => {
    if (!registry.hasService(service)) {
      throw new InvalidArgumentError(
        `options.services[${index}]`,
        `unknown service; known: ${knownServices(registry)}`,
      );
    }
  });
  const excludedServices = [...(options?.excluded_services ?? [])];
  excludedServices.forEach((service, index) => {
    if (!registry.hasService(service)) {
      throw new InvalidArgumentError(
        `options.excluded_services[${index}]`,
        `unknown service; known: ${knownServices(registry)}`,
      );
    }
  });
  const endpointUrl = options?.endpoint_url || undefined;
  if (endpointUrl !== undefined && !isHttpUrl(endpointUrl)) {
    throw new InvalidArgumentError('options.endpoint_url', 'not an http(s) URL');
  }
  return { regions, services, excludedServices, endpointUrl };
}

/** Checks the secret's shape; messages name fields only, never values. Missing secret = default credential chain. */
export function validateSecret(secret: Partial<AccountSecret> | null | undefined): AccountSecret {
  const valid: AccountSecret = {
    access_key_id: secret?.access_key_id ?? '',
    secret_access_key: secret?.secret_access_key ?? '',
    session_token: secret?.session_token ?? '',
    role_arn: secret?.role_arn ?? '',
    external_id: secret?.external_id ?? '',
    role_session_name: secret?.role_session_name ?? '',
  };
  if (valid.access_key_id && !valid.secret_access_key) {
    throw new InvalidArgumentError('secret.secret_access_key', 'required with access_key_id');
  }
  if (!valid.access_key_id && (valid.secret_access_key || valid.session_token)) {
    throw new InvalidArgumentError('secret.access_key_id', 'required with secret_access_key or session_token');
  }
  if (valid.access_key_id && !accessKeyPattern.test(valid.access_key_id)) {
    throw new InvalidArgumentError('secret.access_key_id', 'malformed access key id');
  }
  if (!valid.role_arn && (valid.external_id || valid.role_session_name)) {
    throw new InvalidArgumentError('secret.role_arn', 'required with external_id or role_session_name');
  }
  if (valid.role_arn && !roleArnPattern.test(valid.role_arn)) {
    throw new InvalidArgumentError('secret.role_arn', 'not an IAM role ARN (arn:aws:iam::<account>:role/<name>)');
  }
  if (valid.role_session_name && !sessionNamePattern.test(valid.role_session_name)) {
    throw new InvalidArgumentError('secret.role_session_name', 'must be 2-64 characters of [\\w+=,.@-]');
  }
  return valid;
}

interface TaskInput {
  task_id?: string;
  type?: string | number;
  service?: string;
  region?: string;
  kinds?: readonly string[];
  scope_regions?: readonly string[];
}

export function validateTask(task: TaskInput | null | undefined, registry: CollectorRegistry): ValidTask {
  if (!task) throw new InvalidArgumentError('task', 'required');
  const type = String(task.type ?? '');
  if (!taskTypes.includes(type)) {
    throw new InvalidArgumentError('task.type', `must be one of ${taskTypes.join(', ')}`);
  }
  const valid: ValidTask = {
    taskId: task.task_id ?? '',
    type: type as ValidTaskType,
    service: task.service ?? '',
    region: task.region || globalRegion,
    kinds: [...(task.kinds ?? [])],
    scopeRegions: [...(task.scope_regions ?? [])],
  };
  if (valid.type !== 'CLOUD_SERVICE') return valid;
  if (!valid.service) throw new InvalidArgumentError('task.service', 'required for CLOUD_SERVICE tasks');
  if (!registry.hasService(valid.service)) {
    throw new InvalidArgumentError('task.service', `unknown service; known: ${knownServices(registry)}`);
  }
  if (registry.isGlobal(valid.service)) {
    if (valid.region !== globalRegion)
      throw new InvalidArgumentError('task.region', `${valid.service} is global: use "global"`);
  } else if (!regionPattern.test(valid.region)) {
    throw new InvalidArgumentError('task.region', 'required: a region code such as us-east-1');
  }
  const serviceKinds = new Set(registry.entriesOf(valid.service).map((item) => item.kind));
  valid.kinds.forEach((kind, index) => {
    if (!serviceKinds.has(kind))
      throw new InvalidArgumentError(`task.kinds[${index}]`, `not a kind of ${valid.service}`);
  });
  valid.scopeRegions.forEach((region, index) => {
    if (!regionPattern.test(region))
      throw new InvalidArgumentError(`task.scope_regions[${index}]`, 'not a region code');
  });
  return valid;
}

function knownServices(registry: CollectorRegistry): string {
  return registry
    .services()
    .map((summary) => summary.service)
    .join(', ');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    // Documented expected case: the URL constructor throws on anything that is not a URL.
    return false;
  }
}
