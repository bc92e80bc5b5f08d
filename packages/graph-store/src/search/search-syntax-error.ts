import { InvalidStoreArgumentError } from '../errors.js';

/** A query's text that does not parse: the 1-based column of the offending token and what was expected there. */
export class SearchSyntaxError extends InvalidStoreArgumentError {
  constructor(
    readonly column: number,
    explanation: string,
  ) {
    super('query', `column ${column}: ${explanation}`);
  }
}
