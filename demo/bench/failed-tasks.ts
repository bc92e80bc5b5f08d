// C0 and C1 controls and DEL: what a terminal acts on instead of showing (ESC starts ANSI sequences)
// eslint-disable-next-line no-control-regex -- these are the characters removed
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** At most this many distinct failures are kept: enough to say why, short enough to read beside the figures. */
const MOST_FAILURES = 10;

/**
 * Why a sync did not succeed, from the inventory's JSON log (pino, level warn and above): one line per distinct
 * failure (its message, task, kind, error and reason), in the order they came. Lines that are not JSON are left out.
 */
export function failuresInLog(log: string): string[] {
  const failures = new Set<string>();
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof entry.level !== 'number' || entry.level < 40) continue;
    const parts = [entry.msg, entry.taskId, entry.kind, entry.error_code ?? entry.errorCode, entry.error, entry.reason]
      .filter((part) => typeof part === 'string' && part !== '')
      // what AWS sent reaches a terminal: no control characters
      .map((part) => String(part).replace(TERMINAL_CONTROL, ' ').slice(0, 300));
    failures.add(parts.join(' | '));
    if (failures.size >= MOST_FAILURES) break;
  }
  return [...failures];
}
