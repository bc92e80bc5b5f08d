import { excerpt } from '@cloud-inventory/protocol';
import { ConfigError } from '../errors.js';

/** Reads typed values out of an untrusted object, throwing a ConfigError that names the full key. */
export class ConfigReader {
  constructor(
    private readonly value: Record<string, unknown>,
    readonly path: string,
  ) {}

  static root(value: unknown): ConfigReader {
    if (!isPlainObject(value)) throw new ConfigError('(root)', 'must be an object');
    return new ConfigReader(value, '');
  }

  key(name: string): string {
    return this.path === '' ? name : `${this.path}.${name}`;
  }

  has(name: string): boolean {
    return this.value[name] !== undefined && this.value[name] !== null;
  }

  /** Typos in key names would otherwise silently fall back to defaults. */
  rejectUnknownKeys(known: readonly string[]): void {
    for (const name of Object.keys(this.value)) {
      if (!known.includes(name))
        throw new ConfigError(this.key(name), `unknown key (expected one of ${known.join(', ')})`);
    }
  }

  optionalString(name: string, pattern?: { regex: RegExp; description: string }): string | undefined {
    const raw = this.value[name];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string' || raw.trim() === '')
      throw new ConfigError(this.key(name), 'must be a non-empty string');
    if (pattern && !pattern.regex.test(raw)) throw new ConfigError(this.key(name), `must be ${pattern.description}`);
    return raw;
  }

  string(name: string, fallback?: string, pattern?: { regex: RegExp; description: string }): string {
    const found = this.optionalString(name, pattern);
    if (found !== undefined) return found;
    if (fallback === undefined) throw new ConfigError(this.key(name), 'is required');
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const found = this.string(name, fallback);
    if (!(allowed as readonly string[]).includes(found)) {
      throw new ConfigError(this.key(name), `must be one of ${allowed.join(', ')} (got ${excerpt(found)})`);
    }
    return found as T;
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const raw = this.value[name];
    if (raw === undefined || raw === null) return fallback;
    const parsed = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof parsed !== 'number' || !Number.isInteger(parsed) || parsed < range.min || parsed > range.max) {
      throw new ConfigError(this.key(name), `must be an integer from ${range.min} to ${range.max}`);
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.value[name];
    if (raw === undefined || raw === null) return fallback;
    if (raw === true || raw === 'true') return true;
    if (raw === false || raw === 'false') return false;
    throw new ConfigError(this.key(name), 'must be true or false');
  }

  stringList(name: string, pattern?: { regex: RegExp; description: string }): string[] {
    const raw = this.value[name];
    if (raw === undefined || raw === null) return [];
    const list = typeof raw === 'string' ? raw.split(',').map((item) => item.trim()) : raw;
    if (!Array.isArray(list)) throw new ConfigError(this.key(name), 'must be a list of strings');
    return list.map((item: unknown, index) => {
      const key = `${this.key(name)}[${index}]`;
      if (typeof item !== 'string' || item === '') throw new ConfigError(key, 'must be a non-empty string');
      if (pattern && !pattern.regex.test(item)) throw new ConfigError(key, `must be ${pattern.description}`);
      return item;
    });
  }

  optionalObject(name: string): ConfigReader | undefined {
    const raw = this.value[name];
    if (raw === undefined || raw === null) return undefined;
    if (!isPlainObject(raw)) throw new ConfigError(this.key(name), 'must be an object');
    return new ConfigReader(raw, this.key(name));
  }

  object(name: string): ConfigReader {
    return this.optionalObject(name) ?? new ConfigReader({}, this.key(name));
  }

  objectList(name: string): ConfigReader[] {
    const raw = this.value[name];
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) throw new ConfigError(this.key(name), 'must be a list');
    return raw.map((item: unknown, index) => {
      const key = `${this.key(name)}[${index}]`;
      if (!isPlainObject(item)) throw new ConfigError(key, 'must be an object');
      return new ConfigReader(item, key);
    });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
