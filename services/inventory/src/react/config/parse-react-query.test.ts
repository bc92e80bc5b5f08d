import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../../errors.js';
import { parseReactConfig } from './parse-react-config.js';

function problem(raw: unknown): { key: string; problem: string } {
  try {
    parseReactConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return { key: error.key, problem: error.problem };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const log = { log: { message: 'x' } };
const metric = (fields: Record<string, unknown>) => ({ metrics: { custom: [{ name: 'm', ...fields }] } });
const policy = (fields: Record<string, unknown>) => ({
  actions: { policies: [{ name: 'p', type: 'cleanup_expired', ...fields }] },
});
const automation = (fields: Record<string, unknown>) => ({
  automations: [{ name: 'a', trigger: { event: 'resources_created' }, action: log, ...fields }],
});

describe('react queries in the configuration', () => {
  it("reads the react README's configuration example, its queries included", () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    const example = /```yaml\n(react:[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const parsed = parseReactConfig((parseYaml(example) as { react: unknown }).react);
    expect(parsed.metrics.custom.map((metric) => metric.measure.by)).toEqual(['filter', 'query', 'query', 'query']);
    expect(parsed.actions.policies.map((policy) => policy.selection.by)).toContain('query');
    expect(parsed.automations.map((automation) => automation.selection.by)).toContain('query');
  });

  it('parses a metric whose query aggregates: the aggregation is the gauge', () => {
    const parsed = parseReactConfig(metric({ query: 'is(volume) | sum of data.Size by region, tags.team' }));
    expect(parsed.metrics.custom[0]?.measure).toEqual({
      by: 'query',
      query: {
        key: 'react.metrics.custom[0].query',
        text: 'is(volume) | sum of data.Size by region, tags.team',
        query: {
          target: 'resources',
          filter: { type: 'is', kinds: ['volume'] },
          aggregate: {
            op: 'sum',
            path: { root: 'data', segments: [{ key: 'Size' }] },
            groupBy: [
              { root: 'field', name: 'region' },
              { root: 'tag', key: 'team' },
            ],
          },
        },
      },
    });
  });

  it('makes groupBy and value beside a plain query its aggregation, as beside a filter', () => {
    const parsed = parseReactConfig(
      metric({
        query: 'is(aws_ec2_volume)',
        groupBy: ['tag:team', 'data.VolumeType'],
        value: { op: 'max', property: 'Size' },
      }),
    );
    const measure = parsed.metrics.custom[0]?.measure;
    expect(measure?.by === 'query' && measure.query.query.aggregate).toEqual({
      op: 'max',
      path: { root: 'data', segments: [{ key: 'Size' }] },
      groupBy: [
        { root: 'tag', key: 'team' },
        { root: 'data', segments: [{ key: 'VolumeType' }] },
      ],
    });
    const counted = parseReactConfig(metric({ query: 'is(aws_ec2_volume)' })).metrics.custom[0]?.measure;
    expect(counted?.by === 'query' && counted.query.query.aggregate).toEqual({ op: 'count', groupBy: [] });
  });

  it('keeps a policy and an automation query as written, unresolved (families and now resolve at each run)', () => {
    const parsed = parseReactConfig({
      ...policy({ query: 'is(volume) and age > 30d' }),
      ...automation({ query: 'is(instance) with(empty, <-[attached_to]- is(volume))' }),
    });
    expect(parsed.actions.policies[0]?.selection).toMatchObject({
      by: 'query',
      query: { text: 'is(volume) and age > 30d', query: { filter: { type: 'and' } } },
    });
    expect(parsed.automations[0]?.selection).toMatchObject({
      by: 'query',
      query: { query: { filter: { type: 'and', terms: [{ type: 'is', kinds: ['instance'] }, { type: 'with' }] } } },
    });
  });

  it.each([
    [metric({ query: 'is(volume) and data.Size >' }), 'react.metrics.custom[0].query', /^column 27: /],
    [policy({ query: 'is(volume) or or' }), 'react.actions.policies[0].query', /^column 15: /],
    [automation({ query: 'data.Name ~ "(a+)*"' }), 'react.automations[0].query', /repeat/],
    [
      metric({ query: 'is(volume)', filter: { kinds: ['aws_ec2_volume'] } }),
      'react.metrics.custom[0].query',
      /either filter or query/,
    ],
    [
      policy({ query: 'is(volume)', filter: { kinds: ['aws_ec2_volume'] } }),
      'react.actions.policies[0].query',
      /either/,
    ],
    [automation({ query: 'all', filter: {} }), 'react.automations[0].query', /either filter or query/],
    [
      metric({ query: 'all | count by region', groupBy: ['region'] }),
      'react.metrics.custom[0].groupBy',
      /aggregation defines/,
    ],
    [metric({ query: 'all | count', value: { op: 'count' } }), 'react.metrics.custom[0].value', /aggregation defines/],
    [metric({ query: 'all | fields name' }), 'react.metrics.custom[0].query', /projects fields/],
    [policy({ query: 'is(volume) | count by region' }), 'react.actions.policies[0].query', /^aggregates/],
    [policy({ query: 'is(volume) | limit 10' }), 'react.actions.policies[0].query', /has a limit/],
    [
      automation({ query: 'changes where kind = aws_ec2_volume' }),
      'react.automations[0].query',
      /must search resources/,
    ],
    [
      automation({ query: 'is(volume)', trigger: { event: 'resources_deleted' } }),
      'react.automations[0].query',
      /deleted resources have left/,
    ],
    [metric({ query: '' }), 'react.metrics.custom[0].query', /non-empty/],
  ])('refuses %j naming the key', (raw, key, message) => {
    const found = problem(raw);
    expect(found.key).toBe(key);
    expect(found.problem).toMatch(message);
  });

  it('names the limit a query goes over, also with the uid restriction an event adds', () => {
    const terms = (count: number) => Array.from({ length: count }, (_, index) => `name = n${index}`).join(' or ');
    expect(problem(metric({ query: terms(300) }))).toEqual({
      key: 'react.metrics.custom[0].query',
      problem: expect.stringMatching(/256/),
    });
    // 255 nodes fit a metric; an automation's `and(query, uid in [...])` adds two.
    expect(() => parseReactConfig(metric({ query: terms(254) }))).not.toThrow();
    expect(problem(automation({ query: terms(254) })).key).toBe('react.automations[0].query');
  });
});
