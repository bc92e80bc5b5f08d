import { pino, type Logger } from 'pino';
import { Writable } from 'node:stream';
import { redactPaths } from '../log-redaction.js';

/** A real pino logger (with the service's redaction) whose lines are kept for assertions. */
export function capturedLogger(level = 'debug'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: pino({ level, redact: { paths: redactPaths, censor: '[redacted]' } }, sink), lines };
}
