import { describe, expect, it } from '@jest/globals';
import type { Predicate } from '../search/search-query.js';
import { globPattern } from './search-comparison-cypher.js';
import { predicateCondition } from './search-condition.js';
import { SearchParams } from './search-params.js';
import { stepMatch } from './search-step-cypher.js';

const nested: Predicate = {
  type: 'compare',
  path: { root: 'data', segments: [{ key: 'State' }, { key: 'Name' }] },
  op: 'eq',
  value: { type: 'string', value: "x' OR 1=1 //" },
};

describe('search Cypher', () => {
  it('keeps every value a parameter, the hostile one included', () => {
    const params = new SearchParams();
    const condition = predicateCondition(
      {
        type: 'and',
        terms: [
          { type: 'is', kinds: ['k`) DETACH DELETE r //'] },
          {
            type: 'compare',
            path: { root: 'tag', key: "team' }" },
            op: 'eq',
            value: { type: 'string', value: '"; DROP' },
          },
          { type: 'compare', path: { root: 'data', segments: [{ key: 'odd key`' }] }, op: 'exists' },
        ],
      },
      'r',
      params,
    );
    const text = condition.sure + condition.maybe;
    for (const value of ['DETACH', 'team', 'DROP', 'odd key']) expect(text).not.toContain(value);
    expect(Object.values(params.values)).toEqual(
      expect.arrayContaining([['k`) DETACH DELETE r //'], "team' }", '"; DROP']),
    );
  });

  it('counts an in-process leaf as true in maybe under no not, as false under one', () => {
    const plain = predicateCondition(nested, 'r', new SearchParams());
    expect(plain).toMatchObject({ sure: 'false', exact: false });
    expect(plain.maybe).toContain('`data_State` IS :: STRING NOT NULL');
    const negated = predicateCondition({ type: 'not', term: nested }, 'r', new SearchParams());
    expect(negated.sure).toBe(`NOT (${plain.maybe})`);
    expect(negated.maybe).toBe('NOT (false)');
  });

  it('decides exact predicates in Cypher alone', () => {
    const condition = predicateCondition(
      { type: 'compare', path: { root: 'field', name: 'region' }, op: 'ne', value: { type: 'string', value: 'eu' } },
      'r',
      new SearchParams(),
    );
    expect(condition.exact).toBe(true);
    expect(condition.sure).toBe(condition.maybe);
  });

  it('walks one hop as a relationship and longer ranges with a shorter-walk check', () => {
    expect(stepMatch({ direction: 'out', edgeTypes: ['attached_to'] }, 'a', 'b')).toBe(
      'MATCH (a)-[:`attached_to`]->(b:Resource) WHERE b <> a',
    );
    expect(stepMatch({ direction: 'in', minDepth: 2, maxDepth: 3 }, 'a', 'b')).toBe(
      'MATCH (a)<-[*1..3]-(b:Resource) WHERE b <> a AND NOT EXISTS { MATCH (a)<-[]-(b) }',
    );
    expect(stepMatch({ direction: 'both', minDepth: 0, maxDepth: 1 }, 'a', 'b')).toBe(
      'CALL (a) { RETURN a AS b UNION MATCH (a)-[]-(b:Resource) WHERE b <> a RETURN b }',
    );
    expect(stepMatch({ direction: 'out', minDepth: 0 }, 'a', 'b')).toBe('WITH a, a AS b');
  });

  it('translates a glob to a whole-text Java pattern with every other character literal', () => {
    expect(globPattern('a*b?.c(d)\n')).toBe('(?s)a.*b.\\.c\\(d\\)\\n');
  });
});
