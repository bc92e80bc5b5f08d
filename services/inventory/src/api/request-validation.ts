import { InvalidArgumentError } from '@cloud-inventory/protocol';

export const regionPattern = /^(global|[a-z]{2}(-[a-z]+)+-\d)$/;
export const servicePattern = /^[a-z0-9][a-z0-9-]*$/;
/** stringList's check of a list of region codes. */
export const regionCodes = { regex: regionPattern, description: 'a region code such as eu-west-1' };

export function requireNonEmpty(field: string, value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError(field, 'is required');
  return value;
}

/** Page size: 0 means the default; above the maximum is an error rather than silently clamped. */
export function pageSize(field: string, value: number, fallback: number, max = 1000): number {
  if (value === 0) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new InvalidArgumentError(field, `must be from 1 to ${max}`);
  return value;
}

export function stringList(
  field: string,
  values: string[],
  pattern?: { regex: RegExp; description: string },
): string[] {
  values.forEach((value, index) => {
    if (value.trim() === '') throw new InvalidArgumentError(`${field}[${index}]`, 'must not be empty');
    if (pattern && !pattern.regex.test(value))
      throw new InvalidArgumentError(`${field}[${index}]`, `must be ${pattern.description}`);
  });
  return values;
}

/** An optional ISO-8601 instant; '' means absent. */
export function isoInstant(field: string, value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(field, 'must be an ISO-8601 date-time such as 2026-01-31T12:00:00Z');
  }
  return new Date(value).toISOString();
}

export function enumList<T extends string>(field: string, values: string[], allowed: readonly T[]): T[] {
  return values.map((value, index) => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`${field}[${index}]`, `must be one of ${allowed.join(', ')}`);
    }
    return value as T;
  });
}

/** Property comparison values travel as strings; numbers and booleans are compared as such. */
export function propertyValue(value: string): string | number | boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}
