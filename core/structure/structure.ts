import { EhcqaError, type PdfDocument, type Plan } from '../domain';
import { toBlocks } from './blocks';
import { headingStyles, readHeading } from './headings';
import { readMetadata } from './metadata';
import { judgePlanLikeness } from './plan-likeness';
import { walkBlocks } from './walk';

/**
 * Document to Plan: sections A-K with their passages and pages, outcomes and provision items,
 * metadata. Throws `not_ehc_plan` for documents that are not plans.
 */
export function structurePlan(doc: PdfDocument, fileLabel: string): Plan {
  const lines = doc.pages.flatMap((p) => p.lines);
  const cues = { bodyFontSize: doc.bodyFontSize, context: null, sectionStyles: headingStyles(lines, doc.bodyFontSize) };
  const isHeading = (line: (typeof lines)[number]) => {
    const heading = readHeading(line, cues);
    return heading !== null && heading.meaning.kind !== 'unknown' && line.fragments.length === 1;
  };
  const blocks = toBlocks(lines, isHeading);
  const walked = walkBlocks(blocks, doc.bodyFontSize, cues.sectionStyles);
  const likeness = judgePlanLikeness(doc, walked.announced);
  if (!likeness.isPlan) {
    throw new EhcqaError('not_ehc_plan', `${fileLabel} is not an EHC plan: ${likeness.reason}.`);
  }
  const sections = walked.builder.sections();
  const front = walked.builder.front;
  return {
    pageCount: doc.pageCount,
    sections,
    outcomes: walked.items.outcomes,
    provision: walked.items.provision,
    metadata: readMetadata(walked.fields, sections, front),
    front,
  };
}
