import { EhcqaError, type PdfDocument, type SectionId } from '../domain';
import { type IngestGate, MIN_CHARS_PER_PAGE } from '../ingest';
import { foldForMatch } from '../text';

/** Distinct sections announced by headings or table columns that make a document a plan. */
const MIN_SECTIONS = 6;

const PLAN_TITLE = /\b(education,? health (and|&) care plan|ehc ?plan|ehcp)\b/;

/**
 * Every EHC plan names itself ("Education, Health and Care Plan", "EHC plan", "EHCP") on its
 * cover or first pages. Manuals and papers whose diagrams carry lone letters ("A", "b", "F")
 * can look like sections A-K, but never say this.
 */
export const NAMES_ITSELF = /\b(?:education,?\s+health\s+(?:and|&)\s+care|EHC(?:\s?Ps?)?)\b/i;

/** How many pages a plan takes at most before it first names itself. */
export const NAMES_ITSELF_WITHIN_PAGES = 6;
const OTHER_DOCUMENT_TITLE =
  /\b(advice|report|assessment|review|views form|support plan|one[- ]page profile only|consultation|tribunal|bundle|minutes|agenda|briefing|referral|letter|statement of|request for|application|transition plan|provision map|iep|individual education plan|my support plan|sen support)\b/;

export interface PlanLikeness {
  readonly isPlan: boolean;
  /** Why not, in a sentence a QA lead understands (no document text quoted). */
  readonly reason: string;
}

/**
 * Tells an EHC plan from the documents that sit beside it in the same folders (advice reports,
 * views forms, SEN support reviews, board papers). They share the vocabulary and even
 * "Section B" headings, so words are not enough: a plan announces most statutory sections
 * itself (as headings or table columns), provision among them, and its title is a plan's.
 */
export function judgePlanLikeness(doc: PdfDocument, announced: ReadonlySet<SectionId>): PlanLikeness {
  const title = titleOf(doc);
  const planTitle = PLAN_TITLE.test(title);
  const otherTitle = OTHER_DOCUMENT_TITLE.test(title.replace(PLAN_TITLE, ''));
  const hasProvision = announced.has('F');
  const count = announced.size;
  if (!namesItself(doc)) return { isPlan: false, reason: 'it never calls itself an Education, Health and Care plan' };
  if (otherTitle && !/^\W*(draft|final|amended|proposed)?\s*(education,? health (and|&) care plan|ehc ?plan)\b/.test(title)) {
    return { isPlan: false, reason: 'its title shows it is another kind of document (advice, a report, a review or a form), not an EHC plan' };
  }
  if (count >= MIN_SECTIONS && hasProvision) return { isPlan: true, reason: '' };
  if (planTitle && count >= MIN_SECTIONS - 2 && hasProvision) return { isPlan: true, reason: '' };
  return {
    isPlan: false,
    reason: `it does not have the sections of an EHC plan (found ${count} of the 11 statutory sections${hasProvision ? '' : ', and no special educational provision'})`,
  };
}

/** The document's title: the largest text on its first page, or its first lines. */
export function titleOf(doc: PdfDocument): string {
  const page = doc.pages.find((p) => p.lines.length > 0);
  if (!page) return '';
  const top = page.lines.slice(0, 12);
  const largest = Math.max(...top.map((l) => l.fontSize));
  const big = top.filter((l) => l.fontSize >= Math.max(largest * 0.85, doc.bodyFontSize * 1.2));
  const chosen = big.length > 0 ? big.slice(0, 4) : top.slice(0, 3);
  return foldForMatch(chosen.map((l) => l.text).join(' '));
}

function namesItself(doc: PdfDocument): boolean {
  return doc.pages.slice(0, NAMES_ITSELF_WITHIN_PAGES).some((p) => p.lines.some((l) => NAMES_ITSELF.test(l.text)));
}

/**
 * Stops reading a long document that has not named itself a plan by its sixth page. Pages with
 * next to no text are left to ingest, which reports a scan as such.
 */
export function planGate(fileLabel: string): IngestGate {
  return {
    afterPages: NAMES_ITSELF_WITHIN_PAGES,
    check(pageTexts) {
      const text = pageTexts.join(' ');
      if (text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * pageTexts.length || NAMES_ITSELF.test(text)) return null;
      return new EhcqaError('not_ehc_plan', `${fileLabel} is not an EHC plan: it never calls itself an Education, Health and Care plan.`);
    },
  };
}
