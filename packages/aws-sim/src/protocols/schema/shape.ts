import { NormalizedSchema } from '@smithy/core/schema';
import type { StaticOperationSchema } from '@smithy/types';

/** A schema as the SDK clients export it (`DescribeInstancesResult$`) or a member of one. */
export type SchemaRef = Parameters<typeof NormalizedSchema.of>[0];

/** A static operation schema as the SDK exports it, e.g. `DescribeInstances$`: [9, namespace, name, traits, input, output]. */
export type OperationSchemaRef = StaticOperationSchema;

export type ShapeType =
  'struct' | 'list' | 'map' | 'timestamp' | 'blob' | 'boolean' | 'number' | 'string' | 'document' | 'unit';

/** Smithy's timestamp formats as the schemas number them: date-time, http-date, epoch-seconds. */
export type TimestampFormat = 5 | 6 | 7;

export function normalize(ref: SchemaRef): NormalizedSchema {
  return NormalizedSchema.of(ref);
}

export function shapeTypeOf(ns: NormalizedSchema): ShapeType {
  if (ns.isUnitSchema()) return 'unit';
  if (ns.isListSchema()) return 'list';
  if (ns.isMapSchema()) return 'map';
  if (ns.isStructSchema()) return 'struct';
  if (ns.isTimestampSchema()) return 'timestamp';
  if (ns.isBlobSchema()) return 'blob';
  if (ns.isBooleanSchema()) return 'boolean';
  if (ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) return 'number';
  if (ns.isStringSchema()) return 'string';
  return 'document';
}

/** The member's own timestamp format, or the protocol's default when the model names none. */
export function timestampFormatOf(ns: NormalizedSchema, fallback: TimestampFormat): TimestampFormat {
  const schema = ns.getSchema();
  return schema === 5 || schema === 6 || schema === 7 ? schema : fallback;
}

export function formatTimestamp(value: unknown, format: TimestampFormat): string | number {
  const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value * 1000 : String(value));
  if (format === 7) return date.getTime() / 1000;
  if (format === 6) return date.toUTCString();
  return date.toISOString();
}

/** Whether a member travels outside the body in REST protocols (header, query, path label, status code). */
export function isHttpBound(member: NormalizedSchema): boolean {
  const traits = member.getMergedTraits();
  return Boolean(
    traits.httpHeader ||
    traits.httpQuery ||
    traits.httpLabel ||
    traits.httpResponseCode ||
    traits.httpPrefixHeaders ||
    traits.httpQueryParams ||
    traits.httpPayload,
  );
}

/**
 * Whether an output member travels outside the body (header, status code, the payload itself). An output member's
 * httpQuery or httpLabel means nothing in a response, and the SDK reads it from the body: API Gateway's GetRestApis
 * output carries `position` with the httpQuery trait of its input.
 */
export function isResponseBound(member: NormalizedSchema): boolean {
  const traits = member.getMergedTraits();
  return Boolean(traits.httpHeader || traits.httpResponseCode || traits.httpPrefixHeaders || traits.httpPayload);
}

/**
 * Compiled functions per shape, keyed by the SDK's static schema object (stable for the process), so that each
 * shape is compiled once per settings. A recursive shape reaches its own entry while compiling and calls through it.
 */
export class CompileCache<F extends (...args: never[]) => unknown> {
  private readonly compiled = new WeakMap<object, F>();

  get(ns: NormalizedSchema, build: () => F): F {
    const key = ns.getSchema() as unknown;
    if (typeof key !== 'object' || key === null) return build();
    const known = this.compiled.get(key);
    if (known) return known;
    const target: { impl?: F } = {};
    const forward = ((...args: never[]) => (target.impl as F)(...args)) as F;
    this.compiled.set(key, forward);
    target.impl = build();
    this.compiled.set(key, target.impl);
    return target.impl;
  }
}
