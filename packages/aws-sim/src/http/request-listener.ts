import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AwsApiError } from '../errors.js';
import type { SimFaults } from '../faults/sim-faults.js';
import type { SimAccountInfo } from '../identity/accounts.js';
import { authenticate } from '../identity/authenticate.js';
import { iamActionOf } from '../identity/iam-actions.js';
import type { CredentialStore } from '../identity/credential-store.js';
import { parseAuthorization } from '../identity/sigv4.js';
import type { SimService } from '../options.js';
import { isThrottlingCode, situationError } from '../protocols/protocol-errors.js';
import { renderError } from '../protocols/render-error.js';
import type { SimCounters } from '../sim-counters.js';
import type { SimWorld } from '../world/sim-world.js';
import type { ServiceEndpoint, SimRequest, SimResponse } from './http-types.js';
import { isSimulatedService, pickEndpoint } from './pick-endpoint.js';

const MAX_BODY_BYTES = 1024 * 1024;
/** S3 and STS have global endpoints signed for us-east-1, whatever regions are enabled. */
const GLOBAL_REGION = 'us-east-1';

export interface ListenerDependencies {
  world: SimWorld;
  faults: SimFaults;
  counters: SimCounters;
  credentials: CredentialStore;
  regions: readonly string[];
  optInRegions: readonly string[];
  listBucketsWithRegion: boolean;
  accounts: readonly SimAccountInfo[];
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

/** The HTTP request listener: read, authenticate, apply faults, dispatch to the service, count, answer. */
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
    const endpoint = pickEndpoint(toSimRequest(incoming, Buffer.alloc(0)), authorization);
    const tooLarge = error instanceof BodyTooLargeError;
    send(
      response,
      renderError(
        endpoint.service,
        new AwsApiError(
          tooLarge ? 'RequestEntityTooLarge' : 'IncompleteBody',
          'The request body could not be read.',
          tooLarge ? 413 : 400,
        ),
        requestId,
      ),
    );
    return;
  }
  const request = toSimRequest(incoming, body);
  const endpoint = pickEndpoint(request, authorization);
  const region = authorization?.region ?? '';
  let operation = 'Unknown';
  let account = '';
  try {
    operation = endpoint.operationOf(request);
    if (authorization && !isSimulatedService(authorization.service)) {
      throw situationError(
        endpoint.service,
        'serviceMissing',
        `This simulator has no ${authorization.service} endpoint.`,
      );
    }
    const now = Date.now();
    const identity = authenticate(request, authorization, endpoint.service, endpoint.escapePath, deps.credentials, now);
    account = identity.accountId;
    checkRegion(deps, endpoint.service, region);
    const outcome = deps.faults.evaluate({ account, region, service: endpoint.service, operation }, now);
    if (outcome.latencyMs > 0) await sleep(outcome.latencyMs, undefined, { signal: deps.stopSignal });
    if (outcome.serviceMissing) throw situationError(endpoint.service, 'serviceMissing');
    if (outcome.denied) throw deniedError(endpoint.service, operation, identity.arn);
    if (outcome.throttled) throw situationError(endpoint.service, 'throttled');
    if (outcome.serverErrorStatus !== undefined) {
      throw situationError(
        endpoint.service,
        outcome.serverErrorStatus === 503 ? 'serviceUnavailable' : 'internalError',
      );
    }
    const answer = await endpoint.handle(request, {
      requestId,
      identity,
      region,
      operation,
      world: deps.world,
      credentials: deps.credentials,
      accounts: deps.accounts,
      regions: deps.regions,
      optInRegions: deps.optInRegions,
      listBucketsWithRegion: deps.listBucketsWithRegion,
      now,
    });
    deps.counters.record(
      { service: endpoint.service, operation, account, region },
      answer.status < 400 ? 'ok' : 'error',
    );
    send(response, answer);
  } catch (error) {
    const apiError = error instanceof AwsApiError ? error : situationError(endpoint.service, 'internalError');
    deps.counters.record(
      { service: endpoint.service, operation, account, region },
      isThrottlingCode(apiError.code) ? 'throttled' : 'error',
    );
    send(response, renderError(endpoint.service, apiError, requestId, request.method));
  }
}

function checkRegion(deps: ListenerDependencies, service: SimService, region: string): void {
  if (deps.regions.includes(region)) return;
  if ((service === 's3' || service === 'sts') && region === GLOBAL_REGION) return;
  if (deps.optInRegions.includes(region)) throw situationError(service, 'regionNotEnabled');
  throw situationError(
    service,
    'serviceMissing',
    `There is no ${service} endpoint for region ${region} in this simulator.`,
  );
}

function deniedError(service: SimService, operation: string, callerArn: string): AwsApiError {
  const action = iamActionOf(service, operation);
  return situationError(
    service,
    'accessDenied',
    `User: ${callerArn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
  );
}

export type { ServiceEndpoint };
