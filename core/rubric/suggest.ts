import { type Evidence, type Finding, type Level, type Suggestion } from '../domain';
import { makeFrozen } from './frozen';
import { type Rubric } from './rubric';

const SEVERITY: Record<Level, number> = { not_met: 3, partly: 2, met: 1, na: 0 };
const MAX_EVIDENCE = 6;

/**
 * Folds the findings of each criterion into one suggestion, in rubric order: the most severe
 * level wins (one vague phrase is enough to flag F2), with that finding's confidence and
 * rationale, and the evidence of the findings at that level first.
 */
export function suggest(rubric: Rubric, findings: readonly Finding[]): Suggestion[] {
  return rubric.criteria.map((criterion) => {
    const own = findings.filter((f) => f.criterion === criterion.id);
    if (own.length === 0) {
      return makeFrozen({ criterion: criterion.id, level: 'na', confidence: 0, rationale: 'No detector judged this criterion.', evidence: [] });
    }
    const ranked = [...own].sort((a, b) => SEVERITY[b.level] - SEVERITY[a.level] || b.confidence - a.confidence);
    const top = ranked[0]!;
    const evidence: Evidence[] = [];
    for (const f of ranked) for (const e of f.evidence) if (evidence.length < MAX_EVIDENCE && !evidence.some((x) => x.quote === e.quote)) evidence.push(e);
    return makeFrozen({ criterion: criterion.id, level: top.level, confidence: top.confidence, rationale: top.rationale, evidence });
  });
}
