import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../errors.js';
import { parseReactConfig } from './parse-react-config.js';
import { defaultReactConfig } from './react-config.js';

function problem(raw: unknown): { key: string; problem: string } {
  try {
    parseReactConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return { key: error.key, problem: error.problem };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseReactConfig', () => {
  it('defaults to built-in metrics only, dry-run policies and the protected=true tag', () => {
    expect(parseReactConfig(undefined)).toEqual(defaultReactConfig);
    const parsed = parseReactConfig({
      actions: {
        policies: [{ name: 'old', type: 'cleanup_untagged', filter: { kinds: ['aws_ec2_volume'] } }],
      },
    });
    expect(parsed.actions.protectionTag).toEqual({ key: 'protected', value: 'true' });
    expect(parsed.actions.policies[0]).toMatchObject({ dryRun: true, olderThanDays: 30, ignoreTags: [] });
  });

  it('reads metrics, policies and automations with filters whose values keep their types', () => {
    const parsed = parseReactConfig({
      metrics: {
        custom: [
          {
            name: 'big_gp2_volumes',
            filter: {
              kinds: ['aws_ec2_volume'],
              properties: [
                { property: 'Size', op: 'gt', value: 100 },
                { property: 'Encrypted', value: false },
              ],
            },
            groupBy: ['region', 'tag:team'],
          },
        ],
      },
      automations: [{ name: 'hourly', trigger: { cron: '0 * * * *' }, action: { log: { message: 'hello' } } }],
    });
    expect(parsed.metrics.custom[0]?.measure).toMatchObject({
      by: 'filter',
      filter: {
        properties: [
          { property: 'Size', op: 'gt', value: 100 },
          { property: 'Encrypted', op: 'eq', value: false },
        ],
      },
      value: { op: 'count' },
    });
    expect(parsed.automations[0]).toMatchObject({ trigger: { type: 'cron', cron: '0 * * * *' }, source: 'config' });
  });

  it.each([
    [{ metrics: { custom: [{ name: 'bad-name' }] } }, 'react.metrics.custom[0].name'],
    [{ metrics: { custom: [{ name: 'cloud_mine' }] } }, 'react.metrics.custom[0].name'],
    [{ metrics: { custom: [{ name: 'm', groupBy: ['color'] }] } }, 'react.metrics.custom[0].groupBy[0]'],
    [{ actions: { policies: [{ name: 'p', type: 'cleanup_expired' }] } }, 'react.actions.policies[0].filter.kinds'],
    [
      { actions: { policies: [{ name: 'p', type: 'cleanup_expired', filter: { kinds: ['aws_s3_bucket'] } }] } },
      'react.actions.policies[0].filter.kinds[0]',
    ],
    [
      { automations: [{ name: 'j', trigger: { cron: '* * *' }, action: { log: { message: 'x' } } }] },
      'react.automations[0].trigger.cron',
    ],
    [{ automations: [{ name: 'j', trigger: {}, action: { log: { message: 'x' } } }] }, 'react.automations[0].trigger'],
    [{ automations: [{ name: 'j', trigger: { event: 'sync_finished' }, action: {} }] }, 'react.automations[0].action'],
    [
      {
        automations: [
          { name: 'j', trigger: { event: 'sync_finished' }, action: { resourceAction: { policy: 'none' } } },
        ],
      },
      'react.automations[0].action.resourceAction.policy',
    ],
    [
      { automations: [{ name: 'j', trigger: { event: 'x' }, action: { log: { message: 'x' } } }] },
      'react.automations[0].trigger.event',
    ],
    [{ webhook: { attempts: 0 } }, 'react.webhook.attempts'],
    [{ actoins: {} }, 'react.actoins'],
  ])('names the key of a bad value (%j)', (raw, key) => {
    expect(problem(raw).key).toBe(key);
  });

  it('refuses a webhook to loopback unless react.webhook.allowPrivateNetworks is true', () => {
    const automations = [
      { name: 'local', trigger: { event: 'sync_finished' }, action: { webhook: { url: 'http://127.0.0.1:8080/h' } } },
    ];
    expect(problem({ automations })).toEqual({
      key: 'react.automations[0].action.webhook.url',
      problem: '127.0.0.1 is loopback: allowed only with react.webhook.allowPrivateNetworks: true',
    });
    const allowed = parseReactConfig({ automations, webhook: { allowPrivateNetworks: true } });
    expect(allowed.webhook.allowPrivateNetworks).toBe(true);
    expect(allowed.automations[0]?.action).toEqual({ type: 'webhook', url: 'http://127.0.0.1:8080/h' });
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'http://2852039166/', 'http://[fd00:ec2::254]/'])(
    'refuses a webhook to the metadata address %s even with private networks allowed',
    (url) => {
      const automations = [{ name: 'meta', trigger: { event: 'sync_finished' }, action: { webhook: { url } } }];
      expect(problem({ automations, webhook: { allowPrivateNetworks: true } })).toEqual({
        key: 'react.automations[0].action.webhook.url',
        problem: expect.stringMatching(/never allowed$/),
      });
    },
  );

  it('bounds the filters of automations, policies and metrics like the API and the stores do', () => {
    const automation = (filter: unknown) => ({
      automations: [{ name: 'many', trigger: { cron: '0 * * * *' }, filter, action: { log: { message: 'x' } } }],
    });
    const tags = (count: number) => Array.from({ length: count }, (_, index) => ({ key: `t${index}` }));
    const properties = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ property: `p${index}`, op: 'exists' }));
    const largest = parseReactConfig(automation({ tags: tags(50), properties: properties(50) }));
    expect(largest.automations[0]?.selection).toMatchObject({ by: 'filter', filter: { tags: tags(50) } });
    expect(problem(automation({ tags: tags(1000) }))).toEqual({
      key: 'react.automations[0].filter.tags',
      problem: 'must have at most 50 entries (got 1000)',
    });
    expect(problem(automation({ properties: properties(51) })).key).toBe('react.automations[0].filter.properties');
    expect(problem(automation({ kinds: Array.from({ length: 1001 }, (_, index) => `k${index}`) })).key).toBe(
      'react.automations[0].filter.kinds',
    );
    expect(problem(automation({ tags: [{ key: 'k'.repeat(129) }] })).key).toBe(
      'react.automations[0].filter.tags[0].key',
    );
    expect(problem(automation({ tags: [{ key: 'k', value: 'v'.repeat(257) }] })).key).toBe(
      'react.automations[0].filter.tags[0].value',
    );
    expect(
      problem({
        metrics: { custom: [{ name: 'm', filter: { tags: tags(51) } }] },
      }).key,
    ).toBe('react.metrics.custom[0].filter.tags');
  });

  it('quotes a bad cron expression only escaped, whatever control characters it holds', () => {
    const cron = '0 3 * * \u001b]0;owned\u0007';
    const automations = [{ name: 'bad-cron', trigger: { cron }, action: { log: { message: 'x' } } }];
    expect(problem({ automations })).toEqual({
      key: 'react.automations[0].trigger.cron',
      problem: 'is not a valid cron expression: "0 3 * * \\u001b]0;owned\\u0007"',
    });
  });
});
