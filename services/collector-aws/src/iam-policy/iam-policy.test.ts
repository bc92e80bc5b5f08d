import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import { readFileSync } from 'node:fs';
import { startAwsCollector } from '../server.js';
import { CollectorTestClient, awsSecretOf, scopeResultsOf } from '../testing/collector-client.js';
import { kindsTable, readmeWithKinds } from './kinds-section.js';
import { collectorPolicy, policyFileText, policyPath, readmePath, readmeWithPolicy } from './policy-files.js';

describe('the least-privilege IAM policy', () => {
  it('is iam-policy.json as the registry generates it (npm run gen:iam-policy)', () => {
    expect(readFileSync(policyPath, 'utf8')).toBe(policyFileText(collectorPolicy()));
  });

  it("is beside the README's list of kinds, as generated from the registry", () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toBe(readmeWithKinds(readme, kindsTable()));
    expect(kindsTable()).toContain(
      '| ec2 | `aws_ec2_network_interface` | `network_interface` | ec2:DescribeNetworkInterfaces |',
    );
  });

  it("is the README's IAM policy section, as generated from iam-policy.json", () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toBe(readmeWithPolicy(readme, readFileSync(policyPath, 'utf8')));
  });

  describe('against everything a full collection calls', () => {
    let sim: AwsSimulator;
    let collector: RunningCollector;
    let client: CollectorTestClient;

    beforeAll(async () => {
      // Buckets listed without their region, so that the collector makes every call it can make (GetBucketLocation).
      sim = await startAwsSimulator({ size: 'tiny', seed: 3, listBucketsWithRegion: false });
      collector = await startAwsCollector({
        port: 0,
        poolSize: 0,
        insecureNoAuth: true,
        allowedEndpoints: [sim.endpoint],
      });
      client = new CollectorTestClient(collector.address);
    });

    afterAll(async () => {
      client.close();
      await collector.stop();
      await sim.stop();
    });

    it('grants exactly the IAM actions of the calls the simulator saw', async () => {
      const secret = awsSecretOf(sim.credentials);
      const options = { endpoint_url: sim.endpoint };
      const plan = await client.getTasks(options, secret);
      for (const task of plan.tasks) {
        const results = scopeResultsOf(await client.collect({ task, options, secret }));
        expect(results.filter((result) => result.state !== 'SUCCESS')).toEqual([]);
      }
      expect(sim.counters.actions()).toEqual(collectorPolicy().Statement[0].Action);
    });
  });
});
