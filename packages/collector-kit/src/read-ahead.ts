/**
 * Pulls items from `source` ahead of the consumer, holding at most `limit` of them. A paginator asks for its next page
 * only once the last item of the current page has been pulled, so with a limit of about a page the next page's call is
 * already on the wire while this page is mapped and sent downstream: a chain of pages then costs one round trip per
 * page, not a round trip plus the work done on the page.
 *
 * A failure of the source reaches the consumer after the items read before it; a consumer that stops early stops
 * the source too.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, limit: number): AsyncGenerator<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('readAhead limit must be a positive integer');
  const iterator = source[Symbol.asyncIterator]();
  const buffered: T[] = [];
  let finished = false;
  let sourceDone = false;
  let failure: { error: unknown } | undefined;
  let stopped = false;
  let wakeConsumer: (() => void) | undefined;
  let wakePump: (() => void) | undefined;

  const pump = async () => {
    try {
      while (!stopped) {
        if (buffered.length >= limit) {
          await new Promise<void>((resolve) => (wakePump = resolve));
          wakePump = undefined;
          continue;
        }
        const next = await iterator.next();
        if (next.done) {
          sourceDone = true;
          break;
        }
        buffered.push(next.value);
        wakeConsumer?.();
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      wakeConsumer?.();
    }
  };
  const pumping = pump();

  try {
    for (;;) {
      if (buffered.length > 0) {
        const item = buffered.shift() as T;
        wakePump?.();
        yield item;
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
      wakeConsumer = undefined;
    }
    if (failure) throw failure.error;
  } finally {
    stopped = true;
    wakePump?.();
    await pumping;
    // Stopped early: let the source release what it holds (a paginator, its client calls).
    if (!sourceDone && failure === undefined) await iterator.return?.();
  }
}
