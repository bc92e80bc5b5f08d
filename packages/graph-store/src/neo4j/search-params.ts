/**
 * The parameters and variable names of one compiled search statement: every value becomes a parameter, every
 * variable a fresh name, so compiled parts can be nested and joined without clashes.
 */
export class SearchParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  /** A new parameter holding `value`; returns its reference (`$p3`). */
  add(value: unknown): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** A new variable name with a readable prefix (`w4`). */
  variable(prefix: string): string {
    return `${prefix}${this.next++}`;
  }
}
