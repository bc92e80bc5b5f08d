import { InvalidStoreArgumentError } from '../errors.js';

/** Small checks of untyped input (what the API receives after proto conversion), each naming the field. */

export type Fields = Record<string, unknown>;

export function fail(field: string, reason: string): never {
  throw new InvalidStoreArgumentError(field, reason);
}

export function asObject(value: unknown, field: string, what = 'an object'): Fields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(field, `must be ${what}`);
  return value as Fields;
}

export function asList(value: unknown, field: string, max: number, min = 0): unknown[] {
  if (!Array.isArray(value)) fail(field, 'must be a list');
  if (value.length < min) fail(field, min === 1 ? 'must be a non-empty list' : `must have at least ${min} entries`);
  if (value.length > max) fail(field, `must have at most ${max} entries`);
  return value;
}

export function optionalList(value: unknown, field: string, max: number): unknown[] {
  return value === undefined ? [] : asList(value, field, max);
}

export function asInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(
      field,
      max === Number.MAX_SAFE_INTEGER ? `must be an integer >= ${min}` : `must be an integer from ${min} to ${max}`,
    );
  }
  return value;
}

export function asString(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string' || value.length === 0) fail(field, 'must be a non-empty string');
  if (value.length > maxLength) fail(field, `must have at most ${maxLength} characters`);
  return value;
}

export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

const LABEL_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;

/** Kinds and edge types: Neo4j labels and relationship types, which cannot be query parameters. */
export function assertLabel(value: unknown, field: string): string {
  if (typeof value !== 'string' || !LABEL_PATTERN.test(value)) {
    fail(field, 'must be a letter then up to 127 letters, digits or underscores');
  }
  return value;
}
