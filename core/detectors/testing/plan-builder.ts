import {
  type AreaOfNeed, type Outcome, type Passage, type Plan, type PlanMetadata, type ProvisionItem, type Section, type SectionId,
} from '../../domain';

/**
 * For detector tests: a Plan from section texts, one passage per line, all on page 1 unless set.
 * A line may start with `# ` (a sub-heading or table header) and/or an area tag `@ci`, `@cl`,
 * `@semh`, `@sp` (the area of need a golden-thread table placed it under); a tagged heading
 * passes its area to the lines after it until the next heading.
 */
export interface PlanSpec {
  readonly sections?: Partial<Record<SectionId, string>>;
  readonly metadata?: Partial<PlanMetadata>;
  /** Outcomes as `text` or `text | step; step` (area tags allowed); default: each line of E that is not a heading. */
  readonly outcomes?: readonly string[];
  /** Provision lines per section (area tags allowed); default: each line of F, G and H that is not a heading. */
  readonly provision?: Partial<Record<'F' | 'G' | 'H', readonly string[]>>;
  readonly pages?: Partial<Record<SectionId, number>>;
  /** Cover page and personal details, one passage per line. */
  readonly front?: string;
}

export const EMPTY_METADATA: PlanMetadata = {
  name: null, dateOfBirth: null, yearGroup: null, yearGroupDerived: false, primaryNeed: null,
  setting: null, planDate: null, planType: null, reviewDate: null, caseworker: null,
};

const AREA_TAGS: Record<string, AreaOfNeed> = {
  ci: 'communication-interaction', cl: 'cognition-learning', semh: 'semh', sp: 'sensory-physical',
};

/** Reads the `# ` and `@area` markers off a line. */
function readLine(line: string): { text: string; heading: boolean; area: AreaOfNeed | null } {
  let text = line.trim();
  const heading = text.startsWith('# ');
  if (heading) text = text.slice(2).trim();
  const tag = /^@(ci|cl|semh|sp)\s+/.exec(text);
  if (tag) text = text.slice(tag[0].length);
  return { text, heading, area: tag ? AREA_TAGS[tag[1]!]! : null };
}

function passagesOf(text: string, page: number): Passage[] {
  let inherited: AreaOfNeed | null = null;
  return text.split('\n').map((t) => t.trim()).filter(Boolean).map((raw) => {
    const { text: t, heading, area } = readLine(raw);
    if (heading) inherited = area;
    return { text: t, page, area: area ?? (heading ? null : inherited), heading };
  });
}

/** Explicit outcomes and provision lines are plan text too: their lines are added to E, F, G, H when the section text lacks them. */
function withItems(spec: PlanSpec, id: SectionId, text: string): string {
  const items = id === 'E' ? (spec.outcomes ?? []).flatMap((o) => o.split(' | ').flatMap((part, i) => (i === 0 ? [part] : part.split(';'))))
    : id === 'F' || id === 'G' || id === 'H' ? [...(spec.provision?.[id] ?? [])] : [];
  const missing = items.map((t) => readLine(t).text.trim()).filter((t) => t && !text.includes(t));
  return [text, ...missing].filter(Boolean).join('\n');
}

export function buildPlan(spec: PlanSpec): Plan {
  const sections: Section[] = Object.entries(spec.sections ?? {}).map(([id, text]) => {
    const page = spec.pages?.[id as SectionId] ?? 1;
    const passages = passagesOf(withItems(spec, id as SectionId, text ?? ''), page);
    return { id: id as SectionId, title: `Section ${id}`, pageStart: page, pageEnd: page, passages, text: passages.map((p) => p.text).join('\n') };
  });
  const lines = (id: SectionId) => sections.find((s) => s.id === id)?.passages.filter((p) => !p.heading) ?? [];
  const tagged = (raw: string) => {
    const { text, area } = readLine(raw);
    return { text, area };
  };
  const outcomes: Outcome[] = (spec.outcomes?.map(tagged) ?? lines('E')).map(({ text: raw, area }) => {
    const [text, steps] = raw.split(' | ');
    return { text: text!.trim(), page: spec.pages?.E ?? 1, area, steps: steps ? steps.split(';').map((s) => s.trim()) : [] };
  });
  const provision: ProvisionItem[] = (['F', 'G', 'H'] as const).flatMap((id) =>
    (spec.provision?.[id]?.map(tagged) ?? lines(id)).map(({ text, area }) => ({ section: id, text, page: spec.pages?.[id] ?? 1, area })),
  );
  const front = passagesOf(spec.front ?? '', 1);
  return { pageCount: 10, sections, outcomes, provision, metadata: { ...EMPTY_METADATA, ...spec.metadata }, front };
}
