import { parse as parseYaml, YAMLParseError } from 'yaml';
import { type z } from 'zod';
import { EhcqaError } from '../domain';
import { type Rubric } from './rubric';
import { rubricSchema } from './schema';

/** What the loader needs to know of detectors: which exist, and how each validates its options. */
export type OptionValidators = ReadonlyMap<string, z.ZodType>;

/**
 * Parses and validates a rubric file. Every problem names the file, the path inside it and the
 * rule broken, e.g. `my-rubric.yaml: criteria[3].weight: a weight must be greater than 0`.
 * Takes text, not a path: reading the file is the caller's business.
 */
export function loadRubric(text: string, fileLabel: string, detectors: OptionValidators): Rubric {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    throw new EhcqaError('invalid_rubric', `${fileLabel}${where}: not valid YAML or JSON.`, { cause: error });
  }
  const parsed = rubricSchema.safeParse(data);
  if (!parsed.success) throw invalid(fileLabel, parsed.error.issues);
  const rubric = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  rubric.criteria.forEach((criterion, i) => {
    const at = `criteria[${i}]`;
    if (seen.has(criterion.id)) problems.push(`${at}.id: duplicate criterion id "${criterion.id}"`);
    seen.add(criterion.id);
    if (criterion.section !== 'P' && !criterion.id.startsWith(criterion.section)) {
      problems.push(`${at}.section: criterion "${criterion.id}" must belong to section ${criterion.id[0]}`);
    }
    const validator = detectors.get(criterion.detector);
    if (!validator) {
      problems.push(`${at}.detector: unknown detector "${criterion.detector}" (known: ${[...detectors.keys()].sort().join(', ')})`);
      return;
    }
    const options = validator.safeParse(criterion.options);
    if (!options.success) problems.push(...options.error.issues.map((issue) => `${at}.options${pathOf(issue.path)}: ${issue.message}`));
    else criterion.options = options.data as Record<string, unknown>;
  });
  if (problems.length > 0) throw new EhcqaError('invalid_rubric', `${fileLabel}: ${summarise(problems)}`);
  return rubric;
}

function invalid(fileLabel: string, issues: readonly z.core.$ZodIssue[]): EhcqaError {
  const lines = issues.map((issue) => `${pathOf(issue.path).replace(/^\./, '') || '(top level)'}: ${issue.message}`);
  return new EhcqaError('invalid_rubric', `${fileLabel}: ${summarise(lines)}`);
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

const SHOWN_PROBLEMS = 6;

function summarise(problems: readonly string[]): string {
  const more = problems.length - SHOWN_PROBLEMS;
  return problems.slice(0, SHOWN_PROBLEMS).join('; ') + (more > 0 ? `; and ${more} more` : '');
}
