/** Resolves at the first SIGINT or SIGTERM: a long-running process then shuts down in order. */
export function stopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
