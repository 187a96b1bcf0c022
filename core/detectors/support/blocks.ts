import { type AreaOfNeed, type Passage, type Plan, type SectionId } from '../../domain';
import { countWords, splitSentences } from '../../text';
import { section } from './plan-text';

/**
 * A stretch of a section about one thing: an area of need (when the structure stage tagged
 * areas), the text under one sub-heading, or a single paragraph. Needs in B are judged block by
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

/** Blocks of a section; blocks of fewer than `minWords` words are left out. */
export function blocksOf(plan: Plan, id: SectionId, minWords = 8): Block[] {
  const passages = section(plan, id)?.passages ?? [];
  const mode = passages.some((p) => p.area !== null) ? 'area' : passages.some((p) => p.heading) ? 'heading' : 'paragraph';
  const blocks: { area: AreaOfNeed | null; heading: string | null; passages: Passage[] }[] = [];
  for (const p of passages) {
    const last = blocks[blocks.length - 1];
    let opens: boolean;
    switch (mode) {
      case 'area':
        opens = !last || last.area !== p.area;
        break;
      case 'heading':
        opens = !last || p.heading;
        break;
      case 'paragraph':
        opens = true;
        break;
    }
    if (opens) blocks.push({ area: p.area, heading: p.heading ? p.text : null, passages: p.heading ? [] : [p] });
    else if (p.heading) last!.heading ??= p.text;
    else last!.passages.push(p);
  }
  return blocks.map((b) => make(id, b.area, b.heading, b.passages)).filter((b) => countWords(b.text) >= minWords);
}
