import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { Registry } from 'prom-client';
import { parseReactConfig } from '../config/parse-react-config.js';
import { estateResource, openSearchEstate, type SearchEstate } from '../testing/search-estate.js';
import { customMetric } from './custom-metrics.js';
import { MetricsEvaluator } from './metrics-evaluator.js';

let estate: SearchEstate;

beforeAll(async () => {
  const volume = (id: string, region: string, size: number | string, tags: Record<string, string> = {}) =>
    estateResource('aws_ec2_volume', id, { region, tags, data: { Size: size } });
  estate = await openSearchEstate(
    [
      volume('vol-1', 'eu-west-1', 10, { team: 'red' }),
      volume('vol-2', 'eu-west-1', 20, { team: 'red' }),
      volume('vol-3', 'eu-west-1', 5, { team: 'blue' }),
      volume('vol-4', 'us-east-1', 7, { team: 'red' }),
      volume('vol-5', 'us-east-1', 3),
      volume('vol-6', 'us-east-1', 'large', { team: 'green' }),
      estateResource('aws_efs_file_system', 'fs-1', { tags: { team: 'blue' }, data: { Size: 100 } }),
      estateResource('aws_ec2_instance', 'i-1', { data: { Size: 1000, State: { Code: 16, Name: 'running' } } }),
      estateResource('aws_ec2_instance', 'i-2', { data: { State: { Code: 16, Name: 'running' } } }),
      estateResource('aws_ec2_instance', 'i-3', { data: { State: { Code: 80, Name: 'stopped' } } }),
    ],
    [],
    { volume: ['aws_ec2_volume', 'aws_efs_file_system'], instance: ['aws_ec2_instance'] },
  );
}, 60_000);

afterAll(async () => {
  await estate?.close();
});

async function evaluated(custom: unknown[]): Promise<Registry & { evaluator: MetricsEvaluator }> {
  const registry = new Registry();
  const definitions = parseReactConfig({ metrics: { custom } }).metrics.custom;
  const evaluator = new MetricsEvaluator(
    definitions.map((definition) => customMetric(definition, estate.search)),
    { store: estate.store, registry, logger: pino({ level: 'silent' }), now: () => new Date() },
  );
  await evaluator.evaluate();
  return Object.assign(registry, { evaluator });
}

async function samples(registry: Registry, name: string) {
  const metric = (await registry.getMetricsAsJSON()).find((found) => found.name === name);
  return (metric?.values ?? [])
    .map((value) => ({ labels: value.labels, value: value.value }))
    .sort((a, b) => JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels)));
}

describe('a custom metric from a query', () => {
  it('is the query aggregation: a family, groups as labels (tags.team is tag_team), numbers only summed', async () => {
    const registry = await evaluated([
      { name: 'team_volume_gib', help: 'GiB by team', query: 'is(volume) | sum of data.Size by region, tags.team' },
    ]);
    expect(await samples(registry, 'team_volume_gib')).toEqual([
      { labels: { region: 'eu-west-1', tag_team: 'blue' }, value: 105 },
      { labels: { region: 'eu-west-1', tag_team: 'red' }, value: 30 },
      { labels: { region: 'us-east-1', tag_team: '' }, value: 3 },
      { labels: { region: 'us-east-1', tag_team: 'red' }, value: 7 },
    ]);
  });

  it('names a nested data group by its keys (data.State.Name is State_Name)', async () => {
    const registry = await evaluated([
      { name: 'instances_by_state', query: 'is(instance) | count by data.State.Name' },
    ]);
    expect(await samples(registry, 'instances_by_state')).toEqual([
      { labels: { State_Name: 'running' }, value: 2 },
      { labels: { State_Name: 'stopped' }, value: 1 },
    ]);
  });

  it('aggregates a plain query by the groupBy and value beside it, labelled as a filter metric is', async () => {
    const registry = await evaluated([
      {
        name: 'big_volumes',
        query: 'is(aws_ec2_volume) and data.Size >= 7',
        groupBy: ['tag:team'],
        value: { op: 'sum', property: 'Size' },
      },
    ]);
    expect(await samples(registry, 'big_volumes')).toEqual([{ labels: { tag_team: 'red' }, value: 37 }]);
  });

  it('keeps no series for an unknown family and evaluates the other metrics', async () => {
    const registry = await evaluated([
      { name: 'nothing_known', query: 'is(volumez) | count' },
      { name: 'all_instances', query: 'is(instance) | count' },
    ]);
    // The gauge of a metric without labels shows prom-client's initial 0; the evaluator served no series for it.
    expect(registry.evaluator.series(['nothing_known']).series).toEqual([]);
    expect(registry.evaluator.series(['all_instances']).series).toMatchObject([{ labels: {}, value: 3 }]);
    expect(await samples(registry, 'all_instances')).toEqual([{ labels: {}, value: 3 }]);
  });
});
