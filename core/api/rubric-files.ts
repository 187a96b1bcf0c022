import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EhcqaError } from '../domain';
import { detectorOptionValidators } from '../detectors/registry';
import { loadRubric, type Rubric } from '../rubric';

export const DEFAULT_RUBRIC_FILE = fileURLToPath(new URL('../../rubrics/default-multi-agency.yaml', import.meta.url));

/** Reads and validates a rubric file (the default when none is named). */
export function readRubricFile(file: string = DEFAULT_RUBRIC_FILE): Rubric {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EhcqaError('not_found', `The rubric file ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, { cause: error });
  }
  return loadRubric(text, file, detectorOptionValidators);
}
