import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AwsApiError, MalformedInputError } from '../errors.js';
import type { SimFaults } from '../faults/sim-faults.js';
import type { SimAccountInfo } from '../identity/accounts.js';
import type { SimOrganization } from '../identity/organization.js';
import { authenticate } from '../identity/authenticate.js';
import type { CredentialStore } from '../identity/credential-store.js';
import { parseAuthorization } from '../identity/sigv4.js';
import type { SimCounters } from '../sim-counters.js';
import type { ServiceModel } from '../services/service-model.js';
import type { ServiceRegistry } from '../services/service-registry.js';
import type { SimWorld } from '../world/sim-world.js';
import type { SimRequest, SimResponse } from './http-types.js';

const MAX_BODY_BYTES = 1024 * 1024;

export interface ListenerDependencies {
  world: SimWorld;
  services: ServiceRegistry;
  faults: SimFaults;
  counters: SimCounters;
  credentials: CredentialStore;
  regions: readonly string[];
  optInRegions: readonly string[];
  listBucketsWithRegion: boolean;
  pageSizeCap?: number;
  accounts: readonly SimAccountInfo[];
  organization?: SimOrganization | undefined;
  /** Aborted when the simulator stops, so that injected latency does not outlive it. */
  stopSignal: AbortSignal;
}

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError());
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function toSimRequest(request: IncomingMessage, body: Buffer): SimRequest {
  const url = request.url ?? '/';
  const questionMark = url.indexOf('?');
  const rawPath = questionMark === -1 ? url : url.slice(0, questionMark);
  const rawQuery = questionMark === -1 ? '' : url.slice(questionMark + 1);
  const host = request.headers.host ?? '';
  return {
    method: request.method ?? 'GET',
    rawPath: rawPath === '' ? '/' : rawPath,
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers: request.headers,
    hostname: host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? ''),
    body,
  };
}

function send(response: ServerResponse, answer: SimResponse): void {
  if (response.headersSent || response.destroyed) return;
  const body = Buffer.from(answer.body, 'utf8');
  response.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
  response.end(body);
}

/** The HTTP request listener: read, authenticate, apply faults, dispatch to the declared operation, count, answer. */
export function createRequestListener(deps: ListenerDependencies): RequestListener {
  return (request, response) => {
    void handleRequest(deps, request, response).catch(() => {
      // a failure while answering (e.g. the client went away) leaves nothing to answer
      if (!response.headersSent) response.destroy();
    });
  };
}

async function handleRequest(
  deps: ListenerDependencies,
  incoming: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const requestId = randomUUID();
  const authorization = parseAuthorization(incoming.headers.authorization);
  let body: Buffer;
  try {
    body = await readBody(incoming);
  } catch (error) {
    const request = toSimRequest(incoming, Buffer.alloc(0));
    const service = deps.services.pick(request, authorization?.service);
    const situation = error instanceof BodyTooLargeError ? 'bodyTooLarge' : 'incompleteBody';
    send(response, service.protocol.renderError(service.error(situation), service, requestId, request));
    return;
  }
  const request = toSimRequest(incoming, body);
  const service = deps.services.pick(request, authorization?.service);
  const region = authorization?.region ?? '';
  let operation = 'Unknown';
  let account = '';
  try {
    const named = service.protocol.operationOf(request, service);
    operation = named ?? 'Unknown';
    if (authorization && !deps.services.bySigningName(authorization.service)) {
      throw service.error('serviceMissing', `This simulator has no ${authorization.service} endpoint.`);
    }
    const now = Date.now();
    const identity = authenticate(request, authorization, service, deps.credentials, now);
    account = identity.accountId;
    checkRegion(deps, service, region);
    const outcome = deps.faults.evaluate({ account, region, service: service.name, operation }, now);
    if (outcome.latencyMs > 0) await sleep(outcome.latencyMs, undefined, { signal: deps.stopSignal });
    if (outcome.serviceMissing) throw service.error('serviceMissing');
    if (outcome.denied) throw deniedError(service, operation, identity.arn);
    if (outcome.throttled) throw service.error('throttled');
    if (outcome.serverErrorStatus !== undefined) {
      throw service.error(outcome.serverErrorStatus === 503 ? 'serviceUnavailable' : 'internalError');
    }
    if (named === undefined) throw service.error('missingOperation');
    const declared = service.operations.get(named);
    if (!declared) throw service.error('unknownOperation', `The action ${named} is not valid for this web service.`);
    const input = service.protocol.parseInput(request, declared, service);
    const output = await declared.handle(input, {
      requestId,
      identity,
      region,
      operation,
      service,
      world: deps.world,
      credentials: deps.credentials,
      accounts: deps.accounts,
      ...(deps.organization === undefined ? {} : { organization: deps.organization }),
      regions: deps.regions,
      optInRegions: deps.optInRegions,
      listBucketsWithRegion: deps.listBucketsWithRegion,
      ...(deps.pageSizeCap === undefined ? {} : { pageSizeCap: deps.pageSizeCap }),
      now,
    });
    const answer = service.protocol.renderOutput(output, declared, service, requestId);
    deps.counters.record({ service: service.name, operation, account, region }, answer.status < 400 ? 'ok' : 'error');
    send(response, answer);
  } catch (error) {
    const apiError =
      error instanceof AwsApiError
        ? error
        : error instanceof MalformedInputError
          ? service.error('malformedInput', error.message)
          : service.error('internalError');
    const throttled = apiError.code === service.errors.throttled[0];
    deps.counters.record({ service: service.name, operation, account, region }, throttled ? 'throttled' : 'error');
    send(response, service.protocol.renderError(apiError, service, requestId, request));
  }
}

function checkRegion(deps: ListenerDependencies, service: ServiceModel, region: string): void {
  if (deps.regions.includes(region)) return;
  if (service.declaration.globalRegion === region) return;
  if (deps.optInRegions.includes(region)) throw service.error('regionNotEnabled');
  throw service.error('serviceMissing', `There is no ${service.name} endpoint for region ${region} in this simulator.`);
}

function deniedError(service: ServiceModel, operation: string, callerArn: string): AwsApiError {
  const action = service.iamActionOf(operation);
  return service.error(
    'accessDenied',
    `User: ${callerArn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
  );
}
