import { describe, expect, it } from '@jest/globals';
import type { DemoSummary } from './demo-summary.js';
import { renderDemoSummary } from './render-summary.js';

describe("the demo's summary", () => {
  it('escapes kinds, regions and errors, and keeps one line per kind', () => {
    const summary: DemoSummary = {
      jobId: 'job\x1b]0;t\x07',
      state: 'FAILURE',
      error: 'denied\nin\u202eus-east-1',
      durationMs: 1000,
      totalResources: 3,
      totalEdges: 0,
      changes: { created: 3, updated: 0, unchanged: 0, deleted: 0, failed: 0 },
      tasks: { total: 1, byState: { FAILURE: 1 } },
      byKind: { 'aws\x1b[2Jkind': 3 },
      byRegion: { 'eu\nwest': 3 },
      byKindAndRegion: { 'aws\x1b[2Jkind': { 'eu\nwest': 3 } },
    };
    const text = renderDemoSummary(summary);
    // eslint-disable-next-line no-control-regex -- the characters under test
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u009b\u202e]/);
    expect(text).toContain('Sync job\\x1b]0;t\\x07: FAILURE');
    expect(text).toContain('  error: denied\\nin\\u202eus-east-1');
    expect(text).toContain('kind            eu\\nwest  all');
    expect(text.split('\n').filter((line) => line.startsWith('aws\\x1b[2Jkind'))).toHaveLength(1);
  });
});
