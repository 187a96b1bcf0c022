import { type Evidence, type Plan, type Suggestion } from '../domain';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const MIN_QUOTE = 20;

/**
 * The report promises that every quote occurs in the plan (white space aside), so an auditor
 * can find it. A detector that stitched a quote across pieces of text the plan does not print
 * side by side has its quote cut back to the longest opening that the plan does print; a quote
 * with no such opening is dropped rather than shown.
 */
export function anchorEvidence(plan: Plan, suggestions: readonly Suggestion[]): Suggestion[] {
  const text = squash([...plan.sections.map((s) => s.text), ...plan.front.map((p) => p.text)].join('\n'));
  const anchor = (e: Evidence): Evidence | null => {
    const quote = squash(e.quote);
    if (text.includes(quote)) return e;
    const words = quote.split(' ');
    for (let n = words.length - 1; n > 0; n--) {
      const prefix = words.slice(0, n).join(' ');
      if (prefix.length < MIN_QUOTE) return null;
      if (text.includes(prefix)) return Object.freeze({ ...e, quote: prefix });
    }
    return null;
  };
  return suggestions.map((s) => {
    const evidence = s.evidence.map(anchor).filter((e): e is Evidence => e !== null);
    return evidence.length === s.evidence.length && evidence.every((e, i) => e === s.evidence[i]) ? s : Object.freeze({ ...s, evidence: Object.freeze(evidence) });
  });
}
