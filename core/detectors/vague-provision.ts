import { z } from 'zod';
import { type Evidence, type Plan } from '../domain';
import { defineDetector } from './detector';
import { absentSection, emptySection } from './support/absent';
import { makeFinding } from './support/finding';
import { firstPhrase, type PhraseFlag } from './support/phrase-flags';
import { confidenceFor, countOf, examples, levelFromShare, shareThresholds } from './support/levels';
import { matchesAny, patternList } from './support/patterns';
import { evidenceAt, evidenceOfUnit, hasSection, provisionUnits } from './support/units';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  /** Lines that are not provision: "No provision is needed in this area", notes (case-insensitive, whole words). */
  skipPatterns: patternList.default([]),
  /** Which provision sections to read (F for F2). */
  section: z.enum(['F', 'G', 'H']).default('F'),
  /** Non-committal wording: "access to", "as required", "should", "up to"... */
  vaguePatterns: patternList,
  /** Contexts that look vague but are not ("wheelchair access to", "May 2026"): blanked out first. */
  ignorePatterns: patternList.default([]),
  /** Leave quoted speech alone: a child's "I should..." is their voice, not the plan's hedge. */
  ignoreQuoted: z.boolean().default(true),
});
type Options = z.infer<typeof optionsSchema>;

/** F2: provision worded so that nobody is committed to anything ("access to", "as required"). */
export const vagueProvision = defineDetector<Options>({
  id: 'vague-provision',
  optionsSchema,
  detect(plan: Plan, o) {
    if (!hasSection(plan, o.section) && !plan.provision.some((p) => p.section === o.section)) return [absentSection(o.criterion, o.section)];
    const units = provisionUnits(plan, o.section).filter((u) => !matchesAny(u.text, o.skipPatterns));
    if (units.length === 0) return [emptySection(o.criterion, o.section, 'provision lines')];
    const flags = units.map((u) => firstPhrase(u, o.vaguePatterns, o.ignorePatterns, o.ignoreQuoted)).filter((f): f is PhraseFlag => f !== null);
    const level = levelFromShare(flags.length, units.length, o);
    const lines = countOf(flags.length, units.length, 'provision line');
    switch (level) {
      case 'met':
        return [makeFinding({
          criterion: o.criterion, level, confidence: confidenceFor(0.85, units.length, 5),
          rationale: `None of the ${units.length} provision lines uses vague or non-committal wording.`,
          evidence: units.slice(0, 2).map(evidenceOfUnit),
        })];
      case 'partly':
      case 'not_met': {
        const verb = flags.length === 1 ? 'uses' : 'use';
        const evidence: Evidence[] = flags.slice(0, 5).map((f) => evidenceAt(f.unit, f.index));
        return [makeFinding({
          criterion: o.criterion, level, confidence: level === 'not_met' ? 0.8 : 0.7,
          rationale: `${lines} ${verb} vague wording such as ${examples(flags.map((f) => f.phrase))}.`,
          evidence,
        })];
      }
    }
  },
});
