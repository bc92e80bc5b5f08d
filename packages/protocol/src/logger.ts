/** The logging surface the protocol runtime needs; a pino logger satisfies it. Libraries never create loggers. */
export interface ProtocolLogger {
  error(bindings: object, message: string): void;
  warn(bindings: object, message: string): void;
  info(bindings: object, message: string): void;
  debug(bindings: object, message: string): void;
  child(bindings: Record<string, unknown>): ProtocolLogger;
}
