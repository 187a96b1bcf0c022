import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Level } from '../../core/domain';

/** An expert's labels for one fixture file (see test/fixtures/README.md). */
export interface FixtureLabels {
  readonly file: string;
  /** 'dev', 'holdout', 'blind', or 'blindN' for the later blind sets. */
  readonly split?: 'dev' | 'holdout' | 'blind' | `blind${number}`;
  readonly kind: 'plan' | 'not_plan' | 'bad';
  readonly family?: string;
  readonly producer?: string;
  readonly tier?: string;
  readonly expectedCode?: string;
  readonly metadata?: Record<string, string | null>;
  readonly identifiers?: readonly string[];
  readonly sections?: Record<string, readonly string[]>;
  readonly criteria?: Record<string, Level>;
}

export interface LabelledFile {
  readonly path: string;
  readonly labels: FixtureLabels;
}

/** Every PDF in a folder that has a `.labels.json` beside it. */
export function labelledFiles(folder: string): LabelledFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.labels.json'))
    .sort()
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(folder, name), 'utf8')) as FixtureLabels;
      return { path: join(folder, labels.file ?? name.replace(/\.labels\.json$/, '.pdf')), labels };
    });
}
