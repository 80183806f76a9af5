/** Scenarios arriving from a share link or an imported file, waiting for the person's decision. */
import type { Parsed, ScenarioData } from '../../state/schema.ts';

export interface Incoming {
  readonly source: 'link' | 'file';
  readonly parsed: Parsed<ScenarioData[]>;
  /** The imported file's name ('' for links). */
  readonly fileName: string;
}
