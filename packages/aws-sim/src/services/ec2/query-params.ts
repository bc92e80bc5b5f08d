import { AwsApiError } from '../../errors.js';
import type { SimRequest } from '../../http/http-types.js';

/** Parameters of a Query-protocol request: the form body merged over the URL query. */
export class QueryParams {
  private readonly values = new Map<string, string>();

  constructor(request: SimRequest) {
    for (const [key, value] of request.query) this.values.set(key, value);
    const contentType = String(request.headers['content-type'] ?? '');
    if (request.body.length > 0 && (contentType === '' || contentType.includes('x-www-form-urlencoded'))) {
      for (const [key, value] of new URLSearchParams(request.body.toString('utf8'))) this.values.set(key, value);
    }
  }

  entries(): IterableIterator<[string, string]> {
    return this.values.entries();
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  require(name: string): string {
    const value = this.values.get(name);
    if (value === undefined || value === '') {
      throw new AwsApiError('MissingParameter', `The request must contain the parameter ${name}`, 400);
    }
    return value;
  }

  /** Values of a flattened list `Name.1`, `Name.2`, ... in index order. */
  list(name: string): string[] {
    const entries: [number, string][] = [];
    const prefix = `${name}.`;
    for (const [key, value] of this.values) {
      if (!key.startsWith(prefix)) continue;
      const index = Number(key.slice(prefix.length));
      if (Number.isInteger(index) && index > 0) entries.push([index, value]);
    }
    return entries.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  }

  /** `Filter.N.Name` / `Filter.N.Value.M` pairs. */
  filters(): { name: string; values: string[] }[] {
    const filters: { name: string; values: string[] }[] = [];
    for (const [key, name] of this.values) {
      const match = /^Filter\.(\d+)\.Name$/.exec(key);
      if (match) filters.push({ name, values: this.list(`Filter.${match[1]}.Value`) });
    }
    return filters;
  }

  boolean(name: string): boolean | undefined {
    const value = this.values.get(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') {
      throw new AwsApiError(
        'InvalidParameterValue',
        `Invalid value '${value}' for ${name}. It must be a boolean.`,
        400,
      );
    }
    return value === 'true';
  }

  integer(name: string): number | undefined {
    const value = this.values.get(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) {
      throw new AwsApiError(
        'InvalidParameterValue',
        `Invalid value '${value}' for ${name}. It must be an integer.`,
        400,
      );
    }
    return Number(value);
  }
}
