import type { ProtocolLogger } from '../logger.js';

/** A ProtocolLogger that drops everything, for tests that do not look at logs. */
export const silentProtocolLogger: ProtocolLogger = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => silentProtocolLogger,
};
