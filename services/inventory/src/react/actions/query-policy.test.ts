import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InvalidStoreArgumentError } from '@cloud-inventory/graph-store';
import pino from 'pino';
import { parseReactConfig } from '../config/parse-react-config.js';
import { estateResource, openSearchEstate, type SearchEstate } from '../testing/search-estate.js';
import { ActionService } from './action-service.js';
import { ResourceActionsClients } from './resource-actions-client.js';

const now = new Date('2026-03-01T00:00:00Z');
let estate: SearchEstate;
let actions: ActionService;
let clients: ResourceActionsClients;

const instance = (id: string, state: string, tags: Record<string, string> = {}) =>
  estateResource('aws_ec2_instance', id, { tags, data: { State: { Code: 0, Name: state } } });
const expired = { 'expires-on': '2026-01-01' };
const uid = (kind: string, id: string) => estateResource(kind, id).uid;

beforeAll(async () => {
  estate = await openSearchEstate(
    [
      instance('i-stopped-alone', 'stopped', expired),
      instance('i-stopped-with-volume', 'stopped', expired),
      instance('i-running', 'running', expired),
      instance('i-stopped-not-due', 'stopped', { 'expires-on': '2099-01-01' }),
      instance('i-stopped-protected', 'stopped', { ...expired, protected: 'true' }),
      estateResource('aws_ec2_volume', 'vol-attached', { tags: expired }),
      estateResource('aws_s3_bucket', 'bucket-due', { serviceGroup: 'S3', tags: expired }),
    ],
    [
      {
        from: uid('aws_ec2_volume', 'vol-attached'),
        type: 'attached_to',
        to: uid('aws_ec2_instance', 'i-stopped-with-volume'),
      },
    ],
    { instance: ['aws_ec2_instance'], volume: ['aws_ec2_volume'], bucket: ['aws_s3_bucket'] },
    () => now,
  );
  const config = parseReactConfig({
    actions: {
      runAfterSync: false,
      policies: [
        {
          name: 'stopped-alone',
          type: 'cleanup_expired',
          query: 'is(instance) and data.State.Name = stopped with(empty, <-[attached_to]- is(volume))',
        },
        { name: 'anything-due', type: 'cleanup_expired', query: 'is(volume, bucket) and tags["expires-on"] exists' },
        { name: 'misspelt', type: 'require_tags', required: [{ key: 'owner' }], query: 'is(instance) or is(volumes)' },
      ],
    },
  });
  clients = new ResourceActionsClients();
  actions = new ActionService({
    config: config.actions,
    accounts: [],
    env: {},
    clients,
    store: estate.store,
    search: estate.search,
    now: () => now,
    logger: pino({ level: 'silent' }),
  });
}, 60_000);

afterAll(async () => {
  clients?.close();
  await estate?.close();
});

describe('an action policy selecting by a query', () => {
  it('fails a run whose query names an unknown family, naming the key of the query', async () => {
    const failure = actions.run({ policies: ['misspelt'], trigger: 'test' });
    await expect(failure).rejects.toThrow(InvalidStoreArgumentError);
    await expect(failure).rejects.toMatchObject({
      field: 'react.actions.policies[2].query.filter.terms[1].kinds[0]',
      reason: expect.stringMatching(/^"volumes" is neither a kind .* known families: bucket, instance, volume$/),
    });
  });

  it('acts on what the query answers (a nested data path, with()), then applies its own rules', async () => {
    const records = await actions.run({ policies: ['stopped-alone'], trigger: 'test' });
    expect(records.map(({ uid: found, action, outcome }) => ({ uid: found, action, outcome }))).toEqual([
      { uid: uid('aws_ec2_instance', 'i-stopped-alone'), action: 'terminate_instance', outcome: 'planned' },
      { uid: uid('aws_ec2_instance', 'i-stopped-protected'), action: 'terminate_instance', outcome: 'protected' },
    ]);
  });

  it('reports what it selects but cannot clean up', async () => {
    const records = await actions.run({ policies: ['anything-due'], trigger: 'test' });
    expect(records.map(({ uid: found, action, outcome, reason }) => ({ uid: found, action, outcome, reason }))).toEqual(
      [
        {
          uid: uid('aws_ec2_volume', 'vol-attached'),
          action: 'delete_volume',
          outcome: 'planned',
          reason: 'expires-on 2026-01-01 has passed',
        },
        {
          uid: uid('aws_s3_bucket', 'bucket-due'),
          action: 'report',
          outcome: 'reported',
          reason: 'expires-on 2026-01-01 has passed; aws_s3_bucket has no cleanup action',
        },
      ],
    );
  });

  it('restricted to some uids (an automation resource action), answers only those the query selects', async () => {
    const records = await actions.run({
      policies: ['stopped-alone'],
      onlyUids: [uid('aws_ec2_instance', 'i-stopped-alone'), uid('aws_ec2_instance', 'i-running'), 'arn:none'],
      trigger: 'test',
    });
    expect(records.map((record) => record.uid)).toEqual([uid('aws_ec2_instance', 'i-stopped-alone')]);
    expect(await actions.run({ policies: ['stopped-alone'], onlyUids: [], trigger: 'test' })).toEqual([]);
  });
});
