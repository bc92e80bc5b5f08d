import type { MessagePort } from 'node:worker_threads';
import { pino } from 'pino';
import { AwsCallTally } from './aws-call-tally.js';
import { AwsClientFactory } from './aws-client-factory.js';
import { encodeBatches } from './batch-encoding.js';
import { classifyKindFailure } from './classify-aws-failure.js';
import { defaultDnsLookup, type DnsLookup } from './dns-lookup.js';
import type { KindRun, KindOutcome } from './kind-run.js';
import type { CollectorRegistry } from './registry.js';
import type { ManagedResourceType } from './resource-manager.js';
import type { ConnectorContext } from './resource-connector.js';
import { readAhead } from './read-ahead.js';
import type { NotOfferedContext } from './service-not-offered.js';
import type { MapScope, UnifiedResource } from './unified-resource.js';
import { WorkerChannel } from './worker-channel.js';

/**
 * Items read ahead of the mapping: half the largest page size, so that the next page is requested while this one is
 * still being mapped and sent, and a worker's many kinds stay well inside its heap cap.
 */
const itemsReadAhead = 500;

/**
 * Collects one kind where it runs (a piscina worker, or inline): Connector pages -> Manager mapping -> batches
 * posted with flow control; every failure is classified here, once, into the kind's outcome.
 */
export async function collectKind(
  run: KindRun,
  port: MessagePort,
  registry: CollectorRegistry,
  lookup: DnsLookup = defaultDnsLookup,
): Promise<KindOutcome> {
  const channel = new WorkerChannel(port, run);
  const log = pino(
    { level: run.logLevel, base: undefined, timestamp: false },
    { write: (line: string) => channel.log(line) },
  );
  const tally = new AwsCallTally();
  const reportCalls = () => {
    const counts = tally.take();
    if (counts) channel.awsCalls(counts);
  };
  const clients = new AwsClientFactory({
    region: run.clientRegion,
    credentials: channel.credentialProvider,
    endpoint: run.endpoint,
    retry: run.retry,
    lookup,
    onRetried: (call) => log.warn(call, 'AWS call retried (throttling or server error)'),
    tally,
  });
  const entry = registry.entryOf(run.kind);
  const scope: MapScope = { partition: run.partition, account: run.account, region: run.region };
  const context: ConnectorContext = {
    account: run.account,
    region: run.clientRegion,
    partition: run.partition,
    log,
    signal: channel.signal,
    client: (clientClass, inRegion) => clients.client(clientClass, inRegion),
  };
  const countRegions = entry.manager.mapping.region !== undefined;
  const started = performance.now();
  let count = 0;
  let outcome: KindOutcome;
  try {
    let batch: UnifiedResource[] = [];
    for await (const item of readAhead(new entry.Connector(context).items(), itemsReadAhead)) {
      channel.signal.throwIfAborted();
      batch.push(entry.manager.map(item, scope));
      count += 1;
      if (batch.length >= run.batchSize) {
        await sendBatch(channel, batch, entry.manager.resourceType, countRegions);
        reportCalls();
        log.debug({ items: count }, 'batch sent');
        batch = [];
      }
    }
    if (batch.length > 0) await sendBatch(channel, batch, entry.manager.resourceType, countRegions);
    outcome = { state: 'SUCCESS', count };
    log.info({ items: count, ms: Math.round(performance.now() - started) }, 'kind collected');
  } catch (error) {
    outcome = await outcomeOfFailure(error, count, channel.signal.aborted, {
      endpoint: run.endpoint,
      region: run.clientRegion,
      lookup,
    });
    const level = outcome.state === 'SUCCESS' ? 'info' : 'error';
    log[level](
      { items: count, errorCode: outcome.errorCode, reason: outcome.errorMessage ?? outcome.emptyReason },
      outcome.state === 'SUCCESS' ? 'service not offered in region' : 'kind failed',
    );
  } finally {
    clients.destroy();
  }
  reportCalls();
  channel.finish(outcome);
  return outcome;
}

/** One batch of mapped resources, as one message or several when it is too large for one. */
async function sendBatch(
  channel: WorkerChannel,
  batch: UnifiedResource[],
  resourceType: ManagedResourceType,
  countRegions: boolean,
): Promise<void> {
  for (const encoded of encodeBatches(batch, resourceType, countRegions)) await channel.sendBatch(encoded);
}

/** A recorded outcome: the scope failed (and is kept out of cleanup), or the service simply is not there. */
async function outcomeOfFailure(
  error: unknown,
  count: number,
  aborted: boolean,
  where: NotOfferedContext,
): Promise<KindOutcome> {
  if (aborted) return { state: 'FAILURE', count, errorCode: 'Cancelled', errorMessage: 'collection aborted' };
  const classification = await classifyKindFailure(error, where);
  if (classification.outcome === 'empty' && count === 0) {
    return { state: 'SUCCESS', count: 0, emptyReason: classification.reason };
  }
  if (classification.outcome === 'empty') {
    return { state: 'FAILURE', count, errorCode: 'Error', errorMessage: classification.reason };
  }
  return { state: 'FAILURE', count, errorCode: classification.code, errorMessage: classification.message };
}
