import { type Suggestion } from '../domain';

export function makeFrozen(s: Suggestion): Suggestion {
  return Object.freeze({ ...s, evidence: Object.freeze(s.evidence.map((e) => Object.freeze({ ...e }))) });
}
