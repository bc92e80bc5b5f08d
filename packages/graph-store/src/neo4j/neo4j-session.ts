import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { GraphStoreError, StoreUnavailableError } from '../errors.js';
import type { CypherStatement } from './cypher-statement.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Managed transactions on one database. `executeWrite` and `executeRead` re-run the work on transient errors and
 * deadlocks (the driver's bounded retry), so the work functions must be safe to repeat: they only compute from
 * what they read in the same transaction.
 */
export class Neo4jSessions {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    /** Runs first in every write transaction (a lease fence's check); a throw rolls the transaction back. */
    private readonly beforeWrite?: (tx: ManagedTransaction) => Promise<void>,
    /** `timeout`: the server ends each write transaction after so many milliseconds. */
    private readonly writeConfig?: { timeout?: number },
  ) {}

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const before = this.beforeWrite;
    const fenced = before
      ? async (tx: ManagedTransaction) => {
          await before(tx);
          return work(tx);
        }
      : work;
    return this.withSession(neo4j.session.WRITE, (session) => session.executeWrite(fenced, this.writeConfig));
  }

  /** The same sessions, with `check` run first in each write transaction (and its `timeout`, if given). */
  withBeforeWrite(check: (tx: ManagedTransaction) => Promise<void>, config?: { timeout?: number }): Neo4jSessions {
    return new Neo4jSessions(this.driver, this.database, check, config);
  }

  /** `config.timeout`: the server ends the transaction after so many milliseconds (a search's time bound). */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, config?: { timeout?: number }): Promise<T> {
    return this.withSession(neo4j.session.READ, (session) => session.executeRead(work, config));
  }

  /** An auto-commit statement, for schema commands that may not run inside a managed transaction. */
  autoCommit(statement: CypherStatement): Promise<void> {
    return this.withSession(neo4j.session.WRITE, async (session) => {
      await session.run(statement.text, statement.params);
    });
  }

  private async withSession<T>(
    accessMode: typeof neo4j.session.READ | typeof neo4j.session.WRITE,
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: accessMode,
      ...(this.database === undefined ? {} : { database: this.database }),
    });
    try {
      return await work(session);
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }
}

/** Rows of a statement as plain objects (integers arrive as numbers: the driver is built without lossless ints). */
export async function runRows<Row>(tx: ManagedTransaction, statement: CypherStatement): Promise<Row[]> {
  const result = await tx.run(statement.text, statement.params);
  return result.records.map((record) => record.toObject() as Row);
}

export function toStoreError(error: unknown): unknown {
  if (error instanceof GraphStoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) {
    return new StoreUnavailableError('neo4j', 'the server cannot be reached', { cause: error });
  }
  return error;
}

export async function runStatement(tx: ManagedTransaction, statement: CypherStatement): Promise<void> {
  await tx.run(statement.text, statement.params);
}
