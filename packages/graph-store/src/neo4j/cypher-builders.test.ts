import { describe, expect, it } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { HOSTILE_STRINGS } from '../contract/hostile.cases.js';
import { validateFilter } from '../validation.js';
import type { ResourceFilter } from '../graph-store.js';
import { deleteStaleEdgesOfScopes, staleResourcesOfScopes } from './cleanup-cypher.js';
import { connectEdges, edgeKey, writeEdgesOfType } from './edge-cypher.js';
import { quoteIdentifier, UnsafeIdentifierError } from './identifiers.js';
import { aggregateResources, listResources, neighborEdges, neighborsReached } from './query-cypher.js';
import { upsertResources } from './resource-cypher.js';
import { toNodeProperties } from './resource-node.js';

const scope = {
  cloud: 'aws',
  account: '111111111111',
  region: 'us-east-1',
  serviceGroup: 'EC2',
  kind: 'aws_ec2_volume',
};

function hostileFilter(text: string): ResourceFilter {
  return {
    uids: [text],
    kinds: [text],
    accounts: [text],
    tags: [{ key: text }, { key: text, value: text }],
    properties: [
      { property: 'name', op: 'eq', value: text },
      { property: 'State', op: 'contains', value: text },
    ],
  };
}

describe('Cypher identifiers', () => {
  it('quotes a plain identifier with backticks', () => {
    expect(quoteIdentifier('aws_ec2_volume')).toBe('`aws_ec2_volume`');
  });

  it('refuses every hostile string, so none can end a quoted label or property key', () => {
    for (const text of [...HOSTILE_STRINGS, 'a`b', 'a b', '', '1abc', 'x'.repeat(129), 'é']) {
      expect(() => quoteIdentifier(text)).toThrow(UnsafeIdentifierError);
    }
  });
});

describe('Cypher builders', () => {
  it('writes resources of every kind with one text: UNWIND $rows, MERGE on uid and the kind as a dynamic label', () => {
    const rows = [
      { uid: 'u1', kind: 'aws_ec2_volume', properties: { uid: 'u1', name: 'n' } },
      { uid: 'u2', kind: 'aws_s3_bucket', properties: { uid: 'u2', name: 'b' } },
    ];
    const statement = upsertResources(rows, '2024-01-01T00:00:00.000Z');
    expect(statement.text).toBe(
      [
        // The plan is a seek on the uid constraint whatever the statistics: not planned again as the graph grows.
        'CYPHER replan=skip',
        'UNWIND $rows AS row',
        'MERGE (r:Resource {uid: row.uid})',
        'WITH r, row, coalesce(r.first_seen, $seenAt) AS firstSeen, r.orphaned_since AS orphanedSince',
        'SET r = row.properties',
        'SET r.first_seen = firstSeen, r.orphaned_since = orphanedSince, r:$(row.kind)',
      ].join('\n'),
    );
    expect(statement.params).toEqual({ rows, seenAt: '2024-01-01T00:00:00.000Z' });
  });

  it('refuses to build a resource write or an edge connection for a kind or type that is not an identifier', () => {
    const hostileKind = { uid: 'u', kind: 'Volume`) DETACH DELETE n //', properties: {} };
    expect(() => upsertResources([hostileKind], 'now')).toThrow(UnsafeIdentifierError);
    expect(() => connectEdges('attached to', [])).toThrow(UnsafeIdentifierError);
    expect(() => writeEdgesOfType('attached to', [])).toThrow(UnsafeIdentifierError);
  });

  it('connects edges with MERGE on (from)-[type]->(to) and carries every value as a row parameter', () => {
    const row = {
      key: edgeKey('a', 'attached_to', 'b'),
      from: 'a',
      type: 'attached_to',
      to: 'b',
      toKind: null,
      syncId: 's',
    };
    const statement = connectEdges('attached_to', [row]);
    expect(statement.text).toContain('MERGE (a)-[e:`attached_to`]->(b)');
    expect(statement.params).toEqual({ rows: [row] });
    const written = writeEdgesOfType('attached_to', [row]);
    expect(written.text).toContain('MERGE (a)-[e:`attached_to`]->(b)');
    expect(written.text).toContain('MERGE (p:PendingEdge {key: row.key})');
    expect(written.params).toEqual({ rows: [row] });
  });

  it('keys an edge unambiguously even when uids hold the separator characters', () => {
    expect(edgeKey('a","b', 't', 'c')).not.toBe(edgeKey('a', 't', 'b","c'));
  });

  it('builds the same query text for every hostile filter value, which travel only as parameters', () => {
    const texts = new Set<string>();
    for (const text of HOSTILE_STRINGS) {
      const filter = hostileFilter(text);
      const statement = listResources(filter, validateFilter(filter), 10, text);
      texts.add(statement.text);
      expect(Object.values(statement.params).flat()).toEqual(expect.arrayContaining([text]));
      expect(statement.params['filter_tagKey0']).toBe(text);
      expect(statement.params['filter_tagValue1']).toBe(text);
      expect(statement.params['afterUid']).toBe(text);
    }
    expect(texts.size).toBe(1);
    const [text] = texts;
    expect(text).toContain('r.`data_State` CONTAINS $filter_value1');
    expect(text).toContain('$filter_tagKey0 IN coalesce(r.tag_keys, [])');
  });

  it('groups by a hostile tag key through a parameter, with the same text for any key', () => {
    const texts = HOSTILE_STRINGS.map(
      (key) => aggregateResources({ groupBy: [`tag:${key}`] }, [], [{ source: 'tag', key }], undefined).text,
    );
    expect(new Set(texts).size).toBe(1);
    const statement = aggregateResources({ groupBy: ['tag:x'] }, [], [{ source: 'tag', key: 'x' }], undefined);
    expect(statement.params).toEqual({ groupTag0: 'x' });
  });

  it('sums only numeric values of a data property, as the embedded store does', () => {
    const statement = aggregateResources(
      { groupBy: ['region'], value: { op: 'sum', property: 'Size' } },
      [],
      [{ source: 'core', field: 'region' }],
      { source: 'data', key: 'Size' },
    );
    expect(statement.text).toContain('r.`data_Size` IS :: INTEGER OR r.`data_Size` IS :: FLOAT');
    expect(statement.text).toContain('RETURN g0, sum(v) AS value');
  });

  it('follows edge types given as a parameter in a neighbour hop, bounded by LIMIT in the database', () => {
    const reached = neighborsReached(['u'], ['u'], 'in', ['attached_to'], 11);
    expect(reached.text).toContain('MATCH (a)<-[e]-(b:Resource)');
    expect(reached.text).toContain('WHERE type(e) IN $edgeTypes AND NOT b.uid IN $visited');
    expect(reached.text).toContain('LIMIT $limit');
    expect(reached.params).toEqual({
      frontier: ['u'],
      visited: ['u'],
      edgeTypes: ['attached_to'],
      limit: neo4j.int(11),
    });
    const edges = neighborEdges(['u'], ['u', 'v'], 'in', ['attached_to'], 41);
    expect(edges.text).toContain('WHERE type(e) IN $edgeTypes AND b.uid IN $allowed');
    expect(edges.text).toContain('LIMIT $limit');
    expect(edges.params).toMatchObject({ allowed: ['u', 'v'], limit: neo4j.int(41) });
  });

  it('bounds every cleanup statement with LIMIT $limit and matches the scopes as parameter rows, in one text', () => {
    const other = { ...scope, region: 'eu-west-1', kind: 'aws_s3_bucket', serviceGroup: 'S3' };
    for (const build of [deleteStaleEdgesOfScopes, staleResourcesOfScopes]) {
      const statement = build([scope, other], 's2', 500);
      expect(statement.text).toBe(build([scope], 's1', 7).text);
      expect(statement.text).toContain('LIMIT $limit');
      expect(statement.text).toContain(
        'UNWIND $scopes AS scope\nMATCH (' +
          (build === staleResourcesOfScopes ? 'r' : 'a') +
          ':Resource {cloud: scope.cloud, account: scope.account, region: scope.region, service: scope.service, ' +
          'kind: scope.kind})',
      );
      // The service group is the node's `service` property, as it has been stored from the start.
      const rows = [scope, other].map(({ serviceGroup, ...rest }) => ({ ...rest, service: serviceGroup }));
      expect(statement.params).toEqual({ scopes: rows, syncId: 's2', limit: neo4j.int(500) });
    }
  });
});

describe('resource node properties', () => {
  const resource = {
    uid: 'u1',
    id: 'vol-1',
    kind: 'aws_ec2_volume',
    name: 'disk',
    tags: { Env: 'prod', 'it`s': 'x' },
    cloud: 'aws',
    account: '1',
    region: 'r',
    serviceGroup: 'EC2',
    data: { Size: 8, Ratio: 0.5, Encrypted: true, State: 'in-use', Nested: { a: [1] }, 'bad key': 'v', Gone: null },
  };

  it('keeps identifier data keys as data_ properties, whole numbers as integers, nested values as JSON text', () => {
    const properties = toNodeProperties(resource, { hash: 'h', volatileHash: '', syncId: 's', seenAt: 't' });
    expect(properties).toMatchObject({
      data_Size: neo4j.int(8),
      data_Ratio: 0.5,
      data_Encrypted: true,
      data_State: 'in-use',
      data_Nested: '{"a":[1]}',
      tag_keys: ['Env', 'it`s'],
      tag_values: ['prod', 'x'],
      tags_json: JSON.stringify(resource.tags),
      data_json: JSON.stringify(resource.data),
      hash: 'h',
      last_sync_id: 's',
      last_seen: 't',
    });
    expect(Object.keys(properties).filter((key) => key.startsWith('data_') && key !== 'data_json')).toEqual([
      'data_Size',
      'data_Ratio',
      'data_Encrypted',
      'data_State',
      'data_Nested',
    ]);
  });
});
