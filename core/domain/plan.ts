import { type AreaOfNeed, type SectionId } from './sections';

/** A unit of plan text with the page it starts on, so evidence can point back. */
export interface Passage {
  readonly text: string;
  readonly page: number;
  /** The area of need a golden-thread table row or sub-heading placed it under, if any. */
  readonly area: AreaOfNeed | null;
  /** True when the passage is a sub-heading or a table header inside its section. */
  readonly heading: boolean;
}

export interface Section {
  readonly id: SectionId;
  /** The heading as printed (or the table column header that opened it). */
  readonly title: string;
  readonly pageStart: number;
  readonly pageEnd: number;
  readonly passages: readonly Passage[];
  /** Plain text of the section: its passages joined by new lines. */
  readonly text: string;
}

/** One outcome of section E, with the steps and time frame found beside it. */
export interface Outcome {
  readonly text: string;
  readonly page: number;
  readonly area: AreaOfNeed | null;
  readonly steps: readonly string[];
}

/** One line of provision (section F, G or H). */
export interface ProvisionItem {
  readonly section: 'F' | 'G' | 'H';
  readonly text: string;
  readonly page: number;
  readonly area: AreaOfNeed | null;
}

export const PRIMARY_NEEDS = ['ASD', 'SLCN', 'SEMH', 'MLD', 'SLD', 'PMLD', 'SpLD', 'HI', 'VI', 'MSI', 'PD', 'Other'] as const;
export type PrimaryNeed = (typeof PRIMARY_NEEDS)[number];
export type PlanType = 'draft' | 'final' | 'amended';

/** Metadata read from the plan: null where the plan does not say it; never guessed. */
export interface PlanMetadata {
  readonly name: string | null;
  readonly dateOfBirth: string | null;
  readonly yearGroup: string | null;
  /** True when the year group was computed from the date of birth and plan date, not printed. */
  readonly yearGroupDerived: boolean;
  readonly primaryNeed: PrimaryNeed | null;
  readonly setting: string | null;
  readonly planDate: string | null;
  readonly planType: PlanType | null;
  readonly reviewDate: string | null;
  readonly caseworker: string | null;
}

export interface Plan {
  readonly pageCount: number;
  /** In document order; a section absent from the plan is absent here. */
  readonly sections: readonly Section[];
  readonly outcomes: readonly Outcome[];
  readonly provision: readonly ProvisionItem[];
  readonly metadata: PlanMetadata;
  /** Text outside every section (cover page, personal details, summary of changes). */
  readonly front: readonly Passage[];
}
