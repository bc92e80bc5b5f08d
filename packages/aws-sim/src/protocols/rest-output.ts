import type { NormalizedSchema } from '@smithy/core/schema';
import { formatTimestamp, normalize, shapeTypeOf, timestampFormatOf, type SchemaRef } from './schema/shape.js';

/** An output's http bindings: headers, the status code member and the payload member, compiled once per shape. */
export interface OutputBindings {
  headers(output: Record<string, unknown>): Record<string, string>;
  status(output: Record<string, unknown>, fallback: number): number;
  /** The member that is the whole body, when the output has one (GetBucketPolicy's Policy). */
  payload?: { name: string; member: NormalizedSchema; isText: boolean };
  /** Whether any member goes in the body (else the body is empty, as HeadBucket's). */
  hasBody: boolean;
}

const BINDINGS = new WeakMap<object, OutputBindings>();

function headerText(member: NormalizedSchema, value: unknown): string {
  if (shapeTypeOf(member) === 'timestamp') return String(formatTimestamp(value, timestampFormatOf(member, 6)));
  return String(value);
}

export function outputBindingsOf(ref: SchemaRef): OutputBindings {
  const ns = normalize(ref);
  const key = ns.getSchema() as unknown as object;
  const known = typeof key === 'object' ? BINDINGS.get(key) : undefined;
  if (known) return known;
  const headerMembers: [string, string, NormalizedSchema][] = [];
  let statusMember: string | undefined;
  let payload: OutputBindings['payload'];
  let hasBody = false;
  if (ns.isStructSchema()) {
    for (const [name, member] of ns.structIterator()) {
      const traits = member.getMergedTraits();
      if (typeof traits.httpHeader === 'string') headerMembers.push([name, traits.httpHeader.toLowerCase(), member]);
      else if (traits.httpResponseCode) statusMember = name;
      else if (traits.httpPayload) {
        const type = shapeTypeOf(member);
        payload = { name, member, isText: type === 'string' || type === 'blob' };
      } else if (!traits.httpPrefixHeaders) hasBody = true;
    }
  }
  const bindings: OutputBindings = {
    headers(output) {
      const headers: Record<string, string> = {};
      for (const [name, headerName, member] of headerMembers) {
        const value = output[name];
        if (value !== undefined && value !== null) headers[headerName] = headerText(member, value);
      }
      return headers;
    },
    status: (output, fallback) => (statusMember === undefined ? fallback : Number(output[statusMember] ?? fallback)),
    ...(payload ? { payload } : {}),
    hasBody,
  };
  if (typeof key === 'object') BINDINGS.set(key, bindings);
  return bindings;
}
