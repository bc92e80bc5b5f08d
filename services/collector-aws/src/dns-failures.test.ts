import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { KindExecutor, type KindOutcome, type RunningCollector } from '@cloud-inventory/collector-kit';
import { FakeDns } from '@cloud-inventory/collector-kit/testing';
import type { AwsSecret, CollectOptions, Task } from '@cloud-inventory/protocol';
import { registry } from './registry.js';
import { startAwsCollector } from './server.js';
import { CollectorTestClient, awsSecretOf, resourcesOf, scopeResultsOf } from './testing/collector-client.js';

const region = 'eu-west-1';
const simHost = 'aws-sim.test';
let sim: AwsSimulator;
let dns: FakeDns;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 13, regions: [region, 'us-east-1'], accounts: 1 });
  dns = new FakeDns().resolve(simHost);
  // The simulator by a name, so that every SDK call resolves it through the injected lookup.
  const endpoint = sim.endpoint.replace('127.0.0.1', simHost);
  collector = await startAwsCollector({
    port: 0,
    poolSize: 0,
    insecureNoAuth: true,
    allowedEndpoints: [endpoint],
    lookup: dns.lookup,
    maxAttempts: 2,
  });
  client = new CollectorTestClient(collector.address);
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: endpoint };
});

afterEach(() => {
  dns.heal();
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

const ec2Task: Task = { task_id: `ec2:${region}`, type: 'CLOUD_SERVICE', service: 'ec2', region };

describe('DNS failures against a custom endpoint', () => {
  it('collects through the injected lookup while the name resolves', async () => {
    const responses = await client.collect({ task: ec2Task, options, secret });
    expect(scopeResultsOf(responses).every((result) => result.state === 'SUCCESS')).toBe(true);
    expect(resourcesOf(responses).length).toBeGreaterThan(0);
    expect(dns.asked).toContain(simHost);
  });

  it.each(['EAI_AGAIN', 'ENOTFOUND'] as const)(
    'fails every scope with NetworkError when the endpoint name gives %s, and sends none of their resources',
    async (code) => {
      // Planned while DNS works (the account's identity is then cached), then the resolver fails mid-sync.
      const task = await client.plannedTask(options, secret, `ec2:${region}`);
      dns.failEverything(code);
      const responses = await client.collect({ task, options, secret });
      const results = scopeResultsOf(responses);
      expect(results.length).toBe(registry.entriesOf('ec2').length);
      for (const result of results) {
        expect(result).toMatchObject({ state: 'FAILURE', error_code: 'NetworkError', resource_count: 0 });
      }
      expect(resourcesOf(responses)).toHaveLength(0);
      // A custom endpoint never counts as "not offered": no proof was even attempted.
      expect(dns.asked.some((name) => name.endsWith('.amazonaws.com'))).toBe(false);
    },
  );
});

/** Runs one kind through the kit's runner with the real SDK and no custom endpoint: AWS's own host names. */
function collectFromAws(kind: string, lookup: FakeDns, endpoint?: string): Promise<KindOutcome> {
  const executor = new KindExecutor({
    registry,
    registryModule: new URL('./registry.ts', import.meta.url).href,
    registryExport: 'registry',
    poolSize: 0,
    lookup: lookup.lookup,
  });
  const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'not-a-real-secret-key' };
  return executor
    .run(
      {
        kind,
        account: '123456789012',
        region,
        clientRegion: region,
        partition: 'aws',
        endpoint,
        credentials,
        retry: { mode: 'standard', maxAttempts: 1 },
        batchSize: 100,
        initialCredits: 2,
        logLevel: 'silent',
        credentialsMarginMs: 60_000,
      },
      {
        onBatch: async () => undefined,
        renewCredentials: async () => credentials,
        log: pino({ level: 'silent' }),
        signal: new AbortController().signal,
      },
    )
    .finally(() => executor.close());
}

const cloudTrailHost = `cloudtrail.${region}.amazonaws.com`;
const stsHost = `sts.${region}.amazonaws.com`;

describe('"not offered in this region" is proven, never assumed', () => {
  it("counts ENOTFOUND as not offered when the region's STS name resolves at that moment", async () => {
    const lookup = new FakeDns().fail(cloudTrailHost, 'ENOTFOUND').resolve(stsHost);
    const outcome = await collectFromAws('aws_cloudtrail_trail', lookup);
    expect(outcome).toMatchObject({ state: 'SUCCESS', count: 0 });
    expect(outcome.emptyReason).toMatch(/ENOTFOUND/);
    expect(lookup.asked).toEqual([cloudTrailHost, stsHost]);
  });

  it("fails the scope when the region's other names do not resolve either", async () => {
    const lookup = new FakeDns().fail(cloudTrailHost, 'ENOTFOUND').fail(stsHost, 'ENOTFOUND');
    const outcome = await collectFromAws('aws_cloudtrail_trail', lookup);
    expect(outcome).toMatchObject({ state: 'FAILURE', count: 0, errorCode: 'NetworkError' });
  });

  it('fails the scope on a temporary DNS failure (EAI_AGAIN) even when other names resolve', async () => {
    const lookup = new FakeDns().fail(cloudTrailHost, 'EAI_AGAIN').resolve(stsHost);
    const outcome = await collectFromAws('aws_cloudtrail_trail', lookup);
    expect(outcome).toMatchObject({ state: 'FAILURE', errorCode: 'NetworkError' });
  });

  it('fails the scope when a custom endpoint does not resolve, whatever resolves besides', async () => {
    const lookup = new FakeDns().fail(simHost, 'ENOTFOUND').resolve(stsHost);
    const outcome = await collectFromAws('aws_cloudtrail_trail', lookup, `http://${simHost}:4566`);
    expect(outcome).toMatchObject({ state: 'FAILURE', errorCode: 'NetworkError' });
    expect(lookup.asked).toEqual([simHost]);
  });

  it("fails the scope on the SDK's EndpointError, a configuration its rules refuse (FIPS with a custom endpoint)", async () => {
    process.env['AWS_USE_FIPS_ENDPOINT'] = 'true';
    try {
      const lookup = new FakeDns().resolve(simHost).resolve(stsHost);
      const outcome = await collectFromAws('aws_cloudtrail_trail', lookup, `http://${simHost}:4566`);
      expect(outcome).toMatchObject({ state: 'FAILURE', errorCode: 'Error' });
      expect(outcome.errorMessage).toMatch(/EndpointError/);
    } finally {
      delete process.env['AWS_USE_FIPS_ENDPOINT'];
    }
  });
});
