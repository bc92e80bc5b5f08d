import { describe, it, expect } from '@jest/globals';
describe('workspace', () => {
  it('runs TypeScript tests as ES modules', () => {
    expect(typeof import.meta.url).toBe('string');
  });
});
