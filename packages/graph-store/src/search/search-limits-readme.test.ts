import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSearch } from './parse-search.js';
import { SEARCH_LIMITS } from './search-limits.js';

const readme = readFileSync(fileURLToPath(new URL('../../../../README.md', import.meta.url)), 'utf8');
const section = readme.slice(readme.indexOf('## Search\n'), readme.indexOf('\n## ', readme.indexOf('## Search\n') + 1));

describe("the README's Search section", () => {
  it.each(Object.entries(SEARCH_LIMITS))('lists the limit %s with its value', (name, value) => {
    const row = section.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row).toBeDefined();
    expect(row?.split('|')[2]?.trim().replaceAll(',', '')).toBe(String(value));
  });

  it('lists no limit SEARCH_LIMITS does not have', () => {
    const names = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
    expect(names.sort()).toEqual(Object.keys(SEARCH_LIMITS).sort());
  });

  it('gives examples that parse', () => {
    const examples = section.slice(section.indexOf('### Examples'));
    const block = examples.slice(
      examples.indexOf('```text\n') + 8,
      examples.indexOf('\n```', examples.indexOf('```text')),
    );
    const queries = block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const query of queries) expect(() => parseSearch(query)).not.toThrow();
    expect(section).toContain("On the demo's data");
    expect(section).toContain(
      "$ cloud-inventory search 'is(volume) and age > 90d with(empty, -[attached_to]->)' --count",
    );
  });
});
