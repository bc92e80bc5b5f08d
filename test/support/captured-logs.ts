import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createRootLogger } from '@cloud-inventory/inventory';

/** A root logger (with the production redaction) whose JSON lines the test can read back. */
export interface CapturedLogs {
  logger: Logger;
  lines: string[];
  text(): string;
}

export function captureLogs(level = 'debug'): CapturedLogs {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line !== ''),
      );
      callback();
    },
  });
  const logger = createRootLogger({ level, destination });
  return { logger, lines, text: () => lines.join('\n') };
}
