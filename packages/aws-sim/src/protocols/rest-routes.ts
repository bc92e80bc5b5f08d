import type { SimRequest } from '../http/http-types.js';
import type { OperationModel, ServiceModel } from '../services/service-model.js';
import { normalize } from './schema/shape.js';

type Segment = { literal: string } | { label: string; greedy: boolean };

interface Route {
  operation: OperationModel;
  method: string;
  segments: Segment[];
  /** Query keys (and values) the template requires, e.g. `?acl`, `?list-type=2`. */
  query: [string, string | undefined][];
  /** Input members bound to labels the addressing supplies (S3's Bucket) rather than the template. */
  addressedLabels: string[];
  /** Query keys the input binds (`max-buckets`, `Marker`); a request with any other key is not this operation. */
  queryMembers: Set<string>;
}

/** What a REST request resolved to: its operation and the path labels, decoded. */
export interface RouteMatch {
  operation: OperationModel;
  labels: Record<string, string>;
}

// `x-id` only tells S3 which operation the SDK meant; S3 itself ignores it (the AWS CLI never sends it)
const IGNORED_QUERY_LITERALS = new Set(['x-id']);

function compileRoute(operation: OperationModel, http: NonNullable<OperationModel['http']>): Route {
  const [path = '', queryText = ''] = http.path.split('?');
  const segments: Segment[] = path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      const label = /^\{([^}+]+)(\+)?\}$/.exec(part);
      return label ? { label: label[1] as string, greedy: label[2] === '+' } : { literal: part };
    });
  const query = queryText
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair): [string, string | undefined] => {
      const [key = '', value] = pair.split('=');
      return [key, value];
    })
    .filter(([key]) => !IGNORED_QUERY_LITERALS.has(key));
  const templateLabels = new Set(segments.flatMap((segment) => ('label' in segment ? [segment.label] : [])));
  const addressedLabels: string[] = [];
  const queryMembers = new Set<string>([...IGNORED_QUERY_LITERALS, ...query.map(([key]) => key)]);
  for (const [name, member] of normalize(operation.input).structIterator()) {
    const traits = member.getMergedTraits();
    if (traits.httpLabel && !templateLabels.has(name)) addressedLabels.push(name);
    if (typeof traits.httpQuery === 'string') queryMembers.add(traits.httpQuery);
  }
  return { operation, method: http.method, segments, query, addressedLabels, queryMembers };
}

const ROUTES = new WeakMap<ServiceModel, Route[]>();

function routesOf(service: ServiceModel): Route[] {
  let routes = ROUTES.get(service);
  if (!routes) {
    routes = [...service.operations.values()].flatMap((operation) =>
      operation.http ? [compileRoute(operation, operation.http)] : [],
    );
    // the most specific template first: more required query keys, then fewer greedy labels
    routes.sort(
      (a, b) =>
        b.query.length - a.query.length ||
        b.addressedLabels.length - a.addressedLabels.length ||
        Number(a.segments.some((s) => 'greedy' in s && s.greedy)) -
          Number(b.segments.some((s) => 'greedy' in s && s.greedy)),
    );
    ROUTES.set(service, routes);
  }
  return routes;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // documented expected case: a malformed escape is kept as sent and then matches nothing real
    return text;
  }
}

function matchSegments(segments: Segment[], parts: string[], labels: Record<string, string>): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if ('literal' in segment) {
      if (parts[i] !== segment.literal) return false;
      continue;
    }
    if (segment.greedy) {
      const rest = parts.slice(i);
      if (rest.length === 0) return false;
      labels[segment.label] = decode(rest.join('/'));
      return true;
    }
    const part = parts[i];
    if (part === undefined || part === '') return false;
    labels[segment.label] = decode(part);
  }
  return parts.length === segments.length;
}

/** Each request's match per service: unsigned requests are offered to every REST service in turn. */
const MATCHES = new WeakMap<SimRequest, Map<ServiceModel, RouteMatch | null>>();

/** The declared operation a REST request's method, path and query select (its template's labels filled in). */
export function matchRoute(request: SimRequest, service: ServiceModel): RouteMatch | undefined {
  let matches = MATCHES.get(request);
  if (!matches) {
    matches = new Map();
    MATCHES.set(request, matches);
  }
  const known = matches.get(service);
  if (known !== undefined) return known ?? undefined;
  const addressing = service.declaration.addressing?.(request.hostname.toLowerCase(), request.rawPath);
  const path = addressing?.path ?? request.rawPath;
  const parts = path.split('/').slice(1);
  if (parts[parts.length - 1] === '') parts.pop();
  const addressed = addressing?.labels ?? {};
  const requestKeys = [...request.query.keys()];
  let found: RouteMatch | null = null;
  for (const route of routesOf(service)) {
    if (route.method !== request.method) continue;
    if (route.addressedLabels.some((label) => addressed[label] === undefined)) continue;
    if (route.addressedLabels.length !== Object.keys(addressed).length) continue;
    if (
      !route.query.every(([key, value]) =>
        value === undefined ? request.query.has(key) : request.query.get(key) === value,
      )
    ) {
      continue;
    }
    // a subresource the operation does not bind (`?cors` on ListObjects' path) names another operation
    if (requestKeys.some((key) => !route.queryMembers.has(key))) continue;
    const labels: Record<string, string> = { ...addressed };
    if (matchSegments(route.segments, parts, labels)) {
      found = { operation: route.operation, labels };
      break;
    }
  }
  matches.set(service, found);
  return found ?? undefined;
}
