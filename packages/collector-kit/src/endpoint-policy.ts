import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { AccountSecret } from './credential-cache.js';
import { CollectorConfigError } from './errors.js';

export interface EndpointPolicySettings {
  /** Origins (`scheme://host[:port]`) a caller's endpoint_url may name; none by default. */
  allowedEndpoints?: readonly string[] | undefined;
  /** Also send the collector's own credentials (a request without keys) to an allowed endpoint; off by default. */
  allowDefaultCredentialsWithEndpoint?: boolean | undefined;
  env?: NodeJS.ProcessEnv;
}

const field = 'options.endpoint_url';

/**
 * Which endpoint a request's AWS clients use. A caller's endpoint_url receives signed requests (and, for temporary
 * credentials, the session token), so it is honoured only for an origin the collector's own configuration allows, and
 * with the collector's own credentials only when that is allowed too. AWS_ENDPOINT_URL is the collector's own
 * configuration: it is always allowed.
 */
export class EndpointPolicy {
  private readonly allowed: Set<string>;
  private readonly configured: string | undefined;
  private readonly allowDefaultCredentials: boolean;

  constructor(settings: EndpointPolicySettings = {}) {
    this.allowed = new Set(
      (settings.allowedEndpoints ?? []).map((entry, index) => {
        const origin = originOf(entry);
        if (origin === undefined || new URL(entry).pathname !== '/') {
          throw new CollectorConfigError(
            `COLLECTOR_ALLOWED_ENDPOINTS[${index}]`,
            'must be an http(s) origin such as http://aws-sim:4566',
          );
        }
        return origin;
      }),
    );
    this.configured = (settings.env ?? process.env).AWS_ENDPOINT_URL || undefined;
    this.allowDefaultCredentials = settings.allowDefaultCredentialsWithEndpoint ?? false;
  }

  /** The endpoint for a request: its endpoint_url when allowed, else the collector's own (AWS_ENDPOINT_URL) or AWS. */
  endpointFor(requested: string | undefined, secret: AccountSecret): string | undefined {
    if (requested === undefined) return this.configured;
    const origin = originOf(requested);
    if (origin === undefined) throw new InvalidArgumentError(field, 'not an http(s) URL without user info');
    if (this.configured !== undefined && origin === originOf(this.configured)) return requested;
    if (!this.allowed.has(origin)) {
      throw new InvalidArgumentError(
        field,
        `${origin} is not an endpoint this collector allows (its COLLECTOR_ALLOWED_ENDPOINTS)`,
      );
    }
    if (!secret.access_key_id && !this.allowDefaultCredentials) {
      throw new InvalidArgumentError(
        field,
        "the collector's own credentials are not sent to a requested endpoint: send the account's keys " +
          '(or allow it with COLLECTOR_ALLOW_DEFAULT_CREDENTIALS_WITH_ENDPOINT)',
      );
    }
    return requested;
  }
}

/** `scheme://host[:port]` of an http(s) URL, lower-cased; undefined for anything else or a URL with user info. */
function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username !== '' || url.password !== '') return undefined;
    return url.origin.toLowerCase();
  } catch {
    // Documented expected case: the URL constructor throws on anything that is not a URL.
    return undefined;
  }
}
