import { z } from 'zod';
import { type Finding, type Plan } from '../domain';
import { findDates } from '../text';
import { type DetectorContext, defineDetector } from './detector';
import { absentSection, sectionLabel } from './support/absent';
import { blocksOf, sentencesOfBlock } from './support/blocks';
import { needsOf } from './support/needs';
import { makeFinding } from './support/finding';
import { countOf, levelFromShare, shareThresholds } from './support/levels';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOf } from './support/plan-text';
import { readSection, type SectionReading, sectionStateOptions } from './support/section-state';

const optionsSchema = z.strictObject({
  ...shareThresholds.shape,
  ...sectionStateOptions,
  section: z.enum(['C', 'D']),
  /** Who the information came from: services, professionals, named advice or assessments. */
  sourcePatterns: patternList,
  /** Needs described must each name their source (C1); otherwise a description is enough (D1). */
  needsNeedSource: z.boolean().default(true),
  /** A source must be dated as well as named. */
  needsDate: z.boolean().default(true),
  /** A "none" of at most this many words ("N/A", "None") says nothing about how it was decided. */
  bareNoneWords: z.number().int().min(0).default(3),
  needsNoun: z.string().min(1),
  /** Wording that opens a health or care need ("diagnosed", "has epilepsy"); empty: every passage is judged on its own. */
  needPatterns: patternList.default([]),
  skipPatterns: patternList.default([]),
});
type Options = z.infer<typeof optionsSchema>;
type Ctx = Options & DetectorContext;


function judgeNone(o: Ctx, r: SectionReading): Finding {
  const text = r.passages.map((p) => p.text).join('\n');
  const evidence = r.passages.slice(0, 2).map((p) => evidenceOf({ section: o.section, page: p.page, text: p.text }));
  const label = sectionLabel(o.section);
  if (r.words <= o.bareNoneWords) {
    return makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.6, rationale: `${label} says only "${text.trim()}", with no statement of how that was decided.`, evidence });
  }
  if (matchesAny(text, o.sourcePatterns)) {
    return makeFinding({ criterion: o.criterion, level: 'met', confidence: 0.75, rationale: `${label} states there are no ${o.needsNoun}, backed by named advice.`, evidence });
  }
  return makeFinding({ criterion: o.criterion, level: 'partly', confidence: 0.6, rationale: `${label} states there are no ${o.needsNoun}, but names no advice behind that.`, evidence });
}

function judgeNeeds(plan: Plan, o: Ctx): Finding {
  const label = sectionLabel(o.section);
  // With needPatterns, a need is the passage that names it and the passages after it that say
  // more (its treatment, its effect); each need must name its source somewhere in those.
  const needs = o.needPatterns.length > 0 ? needsOf(plan, o.section, { ...o, minWords: 3, newTermsOnly: true }).map((n) => ({ ...n.block, text: n.text, passages: [n.block, ...n.more].flatMap((b) => b.passages) })) : [];
  const long = needs.length > 0 ? needs : blocksOf(plan, o.section, 4);
  const blocks = long.length > 0 ? long : blocksOf(plan, o.section, 1);
  const sourced = (text: string) => matchesAny(text, o.sourcePatterns) || findDates(text).length > 0;
  const bare = o.needsNeedSource ? blocks.filter((b) => !sourced(b.text)) : [];
  const allText = blocks.map((b) => b.text).join('\n');
  const undated = o.needsNeedSource && o.needsDate && findDates(allText).length === 0;
  const level = levelFromShare(bare.length, blocks.length, o);
  if (level === 'met' && !undated) {
    const quote = blocks.flatMap(sentencesOfBlock).filter((s) => !o.needsNeedSource || sourced(s.text)).slice(0, 2).map(evidenceOf);
    return makeFinding({
      criterion: o.criterion, level, confidence: 0.7,
      rationale: o.needsNeedSource ? `${label} describes ${o.needsNoun} with their sources.` : `${label} describes ${o.needsNoun}.`,
      evidence: quote,
    });
  }
  if (level === 'met') {
    return makeFinding({
      criterion: o.criterion, level: 'partly', confidence: 0.55,
      rationale: `${label} names the sources of ${o.needsNoun} but gives no dates.`,
      evidence: blocks.slice(0, 2).flatMap((b) => sentencesOfBlock(b).slice(0, 1)).map(evidenceOf),
    });
  }
  const n = countOf(bare.length, blocks.length, needs.length > 0 ? 'need' : 'passage');
  return makeFinding({
    criterion: o.criterion, level, confidence: 0.6,
    rationale: `${n} of ${sectionLabel(o.section)} ${bare.length === 1 ? 'names' : 'name'} no service, professional or dated advice as the source.`,
    evidence: bare.slice(0, 4).flatMap((b) => sentencesOfBlock(b).slice(0, 1)).map(evidenceOf),
  });
}

/**
 * C1 and D1: health or social care needs described with their source, or an explicit "none"
 * backed by named advice. A bare "N/A" or a placeholder is not enough.
 */
export const agencyNeeds = defineDetector<Options>({
  id: 'agency-needs',
  optionsSchema,
  detect(plan: Plan, o) {
    const r = readSection(plan, o.section, o);
    const label = sectionLabel(o.section);
    switch (r.state) {
      case 'absent':
        return [absentSection(o.criterion, o.section)];
      case 'empty':
        return [makeFinding({ criterion: o.criterion, level: 'not_met', confidence: 0.6, rationale: `${label} is empty.` })];
      case 'boilerplate':
        return [makeFinding({
          criterion: o.criterion, level: 'not_met', confidence: 0.65,
          rationale: `${label} holds only a placeholder, not a description of ${o.needsNoun}.`,
          evidence: r.passages.slice(0, 1).map((p) => evidenceOf({ section: o.section, page: p.page, text: p.text })),
        })];
      case 'none':
        return [judgeNone(o, r)];
      case 'substantive':
        return [judgeNeeds(plan, o)];
    }
  },
});
