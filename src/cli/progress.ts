/**
 * "Evaluating 12 of 40…" on stderr, rewritten in place, only when stderr is a terminal and there
 * are many files: nothing extra reaches a pipe or a CI log.
 */
import type { CliIo } from './io.ts';
import type { CliI18n } from './i18n.ts';

/** Fewest sources that show the indicator. */
export const PROGRESS_MIN_SOURCES = 5;

export class Progress {
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly i18n: CliI18n,
    private readonly enabled: boolean,
  ) {}

  update(done: number, total: number): void {
    if (!this.enabled || total < PROGRESS_MIN_SOURCES) return;
    this.io.err(`\r\u001b[2K${this.i18n.t('cli.progress', { done: this.i18n.number(String(done + 1), 0), total: this.i18n.number(String(total), 0) })}`);
    this.shown = true;
  }

  /** Clear the indicator's line. */
  done(): void {
    if (this.shown) this.io.err('\r\u001b[2K');
    this.shown = false;
  }
}
