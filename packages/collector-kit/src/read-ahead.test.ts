import { describe, expect, it } from '@jest/globals';
import { readAhead } from './read-ahead.js';

/** Pages of numbers, recording when each page is requested relative to what the consumer has taken. */
function pagedSource(pages: number[][], log: string[], failAfterPage?: number) {
  return (async function* () {
    for (const [index, page] of pages.entries()) {
      log.push(`request page ${index}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failAfterPage !== undefined && index > failAfterPage) throw new Error('page failed');
      yield* page;
    }
  })();
}

describe('readAhead', () => {
  it('requests the next page while the consumer is still working on the current one', async () => {
    const log: string[] = [];
    const taken: number[] = [];
    for await (const item of readAhead(pagedSource([[1, 2, 3], [4, 5, 6], [7]], log), 3)) {
      log.push(`took ${item}`);
      taken.push(item);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(taken).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Without reading ahead, page 1 would be requested only after item 3 was taken.
    expect(log.indexOf('request page 1')).toBeLessThan(log.indexOf('took 3'));
  });

  it('never holds more than the limit of items the consumer has not taken', async () => {
    let produced = 0;
    let consumed = 0;
    let mostAhead = 0;
    const source = (async function* () {
      for (let index = 0; index < 50; index++) {
        produced++;
        mostAhead = Math.max(mostAhead, produced - consumed);
        yield index;
      }
    })();
    for await (const _ of readAhead(source, 4)) {
      consumed++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(consumed).toBe(50);
    // The limit is what waits in the buffer; one more may be in the consumer's hands.
    expect(mostAhead).toBeLessThanOrEqual(5);
  });

  it('delivers the items read before a failure, then the failure', async () => {
    const taken: number[] = [];
    const reading = (async () => {
      for await (const item of readAhead(pagedSource([[1, 2], [3, 4], [5]], [], 0), 10)) taken.push(item);
    })();
    await expect(reading).rejects.toThrow('page failed');
    expect(taken).toEqual([1, 2]);
  });

  it('stops the source when the consumer stops early', async () => {
    let closed = false;
    let requested = 0;
    const source = (async function* () {
      try {
        for (let index = 0; ; index++) {
          requested++;
          yield index;
        }
      } finally {
        closed = true;
      }
    })();
    for await (const item of readAhead(source, 2)) {
      if (item === 3) break;
    }
    expect(closed).toBe(true);
    expect(requested).toBeLessThan(10);
  });
});
