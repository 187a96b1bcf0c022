import { type AreaOfNeed, type Passage, type Plan, type SectionId } from '../../domain';
import { countWords, splitSentences } from '../../text';
import { joinedPassages, section } from './plan-text';

/**
 * A stretch of a section about one thing: the text under one sub-heading (within an area of
 * need when the structure stage tagged areas), or a single paragraph when there are neither. Needs in B are judged block by
 * block, because a need and its evidence are often a few passages apart.
 */
export interface Block {
  readonly section: SectionId;
  readonly area: AreaOfNeed | null;
  readonly heading: string | null;
  readonly passages: readonly Passage[];
  readonly text: string;
}

export interface BlockSentence {
  readonly section: SectionId;
  readonly page: number;
  readonly text: string;
}

export const sentencesOfBlock = (b: Block): BlockSentence[] =>
  b.passages.flatMap((p) => splitSentences(p.text).map((s) => ({ section: b.section, page: p.page, text: s.text })));

const make = (id: SectionId, area: AreaOfNeed | null, heading: string | null, passages: Passage[]): Block =>
  ({ section: id, area, heading, passages, text: passages.map((p) => p.text).join('\n') });

/**
 * Blocks of a section; blocks of fewer than `minWords` words are left out. A sub-heading and
 * the passages under it make one block. Passages under no sub-heading (only an area heading,
 * or none at all) are a block each: templates without sub-headings give each need a paragraph.
 * The first heading of each run of an area is the area's own heading, not a sub-heading.
 */
export function blocksOf(plan: Plan, id: SectionId, minWords = 8): Block[] {
  const passages = joinedPassages(section(plan, id)?.passages ?? []);
  const blocks: { area: AreaOfNeed | null; heading: string | null; passages: Passage[]; open: boolean }[] = [];
  let runArea: AreaOfNeed | null | undefined;
  for (const p of passages) {
    const newRun = p.area !== runArea;
    runArea = p.area;
    const last = blocks[blocks.length - 1];
    if (p.heading) {
      // An area's own heading closes what came before; a sub-heading opens a block for what follows.
      const areaHeading = newRun && p.area !== null;
      blocks.push({ area: p.area, heading: p.text, passages: [], open: !areaHeading });
      continue;
    }
    if (last && last.open && !newRun) last.passages.push(p);
    else blocks.push({ area: p.area, heading: last && !newRun ? last.heading : null, passages: [p], open: false });
  }
  return blocks.map((b) => make(id, b.area, b.heading, b.passages)).filter((b) => countWords(b.text) >= minWords);
}

/** One block per area of need the structure stage tagged, in order of first appearance (sub-headings left out). */
export function areasOf(plan: Plan, id: SectionId): Block[] {
  const byArea = new Map<AreaOfNeed, Passage[]>();
  for (const p of joinedPassages(section(plan, id)?.passages ?? [])) {
    if (p.heading || p.area === null) continue;
    byArea.set(p.area, [...(byArea.get(p.area) ?? []), p]);
  }
  return [...byArea].map(([area, passages]) => make(id, area, null, passages));
}
