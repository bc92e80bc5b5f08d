import { terminalText } from './terminal-text.js';

/** One line of a terminal redrawn in place (`\r`, erase line); ended with a newline once something was shown. */
export class LiveLine {
  private isShown = false;

  constructor(
    private readonly write: (text: string) => void,
    /** Terminal width: a longer line would wrap, and `\r` would then redraw only its last part. */
    private readonly columns?: number,
  ) {}

  show(text: string): void {
    const safe = terminalText(text);
    const width = this.columns === undefined ? safe.length : Math.max(1, this.columns - 1);
    this.write(`\r\x1b[2K${safe.slice(0, width)}`);
    this.isShown = true;
  }

  end(): void {
    if (this.isShown) this.write('\n');
    this.isShown = false;
  }
}
