import { z } from 'zod';
import { type Evidence, type Level, type Plan } from '../domain';
import { defineDetector } from './detector';
import { makeFinding } from './support/finding';
import { matchesAny, patternList } from './support/patterns';
import { evidenceOfUnit, provisionUnits } from './support/units';

const optionsSchema = z.strictObject({
  /** Therapies that educate or train, and how serious it is to find them only in G. */
  therapies: z.array(z.strictObject({
    name: z.string().min(1),
    patterns: patternList,
    onlyInG: z.enum(['partly', 'not_met']),
    /** Delivered from both F and G is `partly` too (some of the educational therapy sits in G). */
    flagSplit: z.boolean().default(false),
    /** What this therapist does as health care (eating and drinking; for OT and physio, reviews and equipment): fine in G. */
    healthCarePatterns: patternList.default([]),
  })).min(1),
  /** Delivery wording ("weekly", "6 sessions"): a therapy delivered from G, not just reviewed there. */
  deliveryPatterns: patternList,
});
type Options = z.infer<typeof optionsSchema>;

const SEVERITY: Record<Level, number> = { not_met: 3, partly: 2, met: 1, na: 0 };

/** F4: therapy that educates or trains (speech and language therapy above all) is in F, not only in G. */
export const therapyInEducation = defineDetector<Options>({
  id: 'therapy-in-education',
  optionsSchema,
  detect(plan: Plan, o) {
    const f = provisionUnits(plan, 'F', 2);
    const g = provisionUnits(plan, 'G', 2);
    let level: Level = 'met';
    const problems: string[] = [];
    const evidence: Evidence[] = [];
    const inF: string[] = [];
    for (const t of o.therapies) {
      const fLines = f.filter((u) => matchesAny(u.text, t.patterns));
      const gDelivered = g.filter((u) => matchesAny(u.text, t.patterns) && matchesAny(u.text, o.deliveryPatterns) && !matchesAny(u.text, t.healthCarePatterns));
      if (fLines.length > 0) inF.push(t.name);
      if (gDelivered.length === 0 || (fLines.length > 0 && !t.flagSplit)) continue;
      // In F and delivered from G too: part of the therapy is recorded as health provision only.
      const found: Level = fLines.length === 0 ? t.onlyInG : 'partly';
      if (SEVERITY[found] > SEVERITY[level]) level = found;
      problems.push(fLines.length === 0 ? `${t.name} is recorded only in section G` : `some ${t.name} is recorded in section G rather than F`);
      evidence.push(...gDelivered.slice(0, 2).map(evidenceOfUnit));
    }
    if (level === 'met') {
      const rationale = inF.length > 0 ? `Therapy is recorded as educational provision in section F (${inF.join(', ')}).` : 'No educational therapy is recorded in section G instead of F.';
      return [makeFinding({ criterion: o.criterion, level, confidence: inF.length > 0 ? 0.75 : 0.55, rationale, evidence: f.filter((u) => o.therapies.some((t) => matchesAny(u.text, t.patterns))).slice(0, 2).map(evidenceOfUnit) })];
    }
    return [makeFinding({ criterion: o.criterion, level, confidence: 0.7, rationale: `${problems.join('; ')}.`, evidence })];
  },
});
