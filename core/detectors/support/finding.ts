import { type Evidence, type Finding, type Level } from '../../domain';

/** Findings are immutable: made once here, frozen with their evidence. */
export function makeFinding(finding: {
  criterion: string;
  level: Level;
  confidence: number;
  rationale: string;
  evidence?: readonly Evidence[];
}): Finding {
  const evidence = Object.freeze((finding.evidence ?? []).map((e) => Object.freeze({ ...e })));
  return Object.freeze({
    criterion: finding.criterion,
    level: finding.level,
    confidence: Math.max(0, Math.min(1, Math.round(finding.confidence * 100) / 100)),
    // Rationales are built from parts ("section G (health provision) is empty"): one capital to open.
    rationale: finding.rationale.trim().replace(/^./, (c) => c.toUpperCase()),
    evidence,
  });
}
