import { type Passage, type PlanMetadata, type PlanType, type PrimaryNeed, type Section } from '../domain';
import { ageAt, foldForMatch, nationalCurriculumYear, parseDate, parseYearGroup, yearGroupLabel } from '../text';
import { type Field } from './fields';

const LABELS = {
  name: /^(?:full |legal )*name(?: of (?:the )?(?:child|young person|child or young person|child\/young person))?$|^(?:child|young person|child or young person|child\/young person|pupil|learner)(?:'s|’s)? (?:full )?name$|^name of child$|^(?:child|young person)$/,
  // Case-management prints split the name: "Surname | Forename(s)", the surname in capitals.
  surname: /^(?:surname|family name|last name)$/,
  forename: /^(?:forenames?|first names?|given names?)$/,
  dateOfBirth: /^(?:date of birth|d\.?o\.?b\.?|birth ?date|birthday|born(?: on)?)$/,
  yearGroup: /^(?:(?:current |national curriculum |curriculum |school |nc )?year(?: group)?|yr\.? group|(?:ncy|year group) (?:educated|taught) in|ncy|year group \(ncy\)|ncy \/ year group|national curriculum year \(ncy\))$/,
  // The school census return names the category: "SEN2 primary need".
  primaryNeed: /^(?:(?:sen2|census) )?(?:primary (?:area of )?(?:sen |special educational )?need(?: type)?|main (?:area of )?need|primary sen(?:d)?(?: type| category| need)?|primary need category|principal (?:type of )?(?:special educational |sen )?needs?|(?:primary|main) type of (?:special educational )?need|main thing (?:i|he|she|they) needs? help with|what (?:i|he|she|they) needs? most help with)$/,
  setting: /^(?:(?:current |name of )?(?:school|setting|educational setting|education setting|school or setting|school\/setting|setting\/school|early years setting|college|placement)(?: attended)?|(?:educational |education )?establishment(?: attended)?|place of (?:learning|education)|current placement|current school\/setting|named (?:school|setting|placement|education setting)|where (?:i|he|she|they) (?:go|goes) to (?:school|college|nursery)|where (?:i|he|she|they) (?:learn|learns|study|studies)|(?:educational |education )?placement named in (?:this|the) (?:ehc |education, health and care )?plan)$/,
  planDate: /^(?:date (?:of (?:this )?plan|plan (?:issued|finalised|made|agreed)|issued|of issue|finalised|of final plan|plan was issued)|(?:final )?plan (?:date|issued|finalised|dated|agreed|made)(?: on)?|issue date|issued(?: on)?|date of (?:the )?(?:final )?ehc ?plan|date this plan was (?:issued|finalised)|ehc ?plan date|date (?:ehc ?plan |plan )?agreed|current plan date|amended with effect from)$/,
  // A case system names the plan's state by its workflow: "Workflow stage: Final plan issued".
  planType: /^(?:plan |document |record )?(?:status|type of plan|plan type|status of (?:this )?plan)$|^workflow (?:stage|step|status)$|^final or draft(?: plan)?$|^(?:plan stage|stage of (?:this |the )?plan)$|^this (?:plan|document) is$|^(?:what )?kind of plan(?: this is)?$/,
  reviewDate: /^(?:(?:date of )?(?:next |first )?(?:annual )?review(?: date)?|(?:annual )?review due|(?:next )?review by|to be reviewed (?:no later than|by|before)|date (?:this|the) plan will be reviewed(?: by)?|(?:(?:this|the) )?plan (?:must|will|should) be reviewed (?:by|before|on))$/,
  caseworker: /^(?:(?:sen|send|ehc|ehcp|plan|ehc plan)?\s*(?:case ?worker|case officer|casework officer|co-?ordinator|coordinator|officer)|named (?:officer|caseworker)|officer responsible(?: for (?:this|the) plan)?|key worker|lead professional)$/,
} as const;

type Key = keyof typeof LABELS;

const QUESTION_NUMBER = /^(?:q(?:uestion)?\s*)?\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+(?=[a-z])/;

/**
 * Labels come in many wordings ("National Curriculum Year (NCY) / Year group", "D.O.B.:"):
 * each is tried whole, without its brackets, and part by part around a slash.
 */
/** Every label above holds one of these words: a cheap test before the expensive ones. */
const LABEL_WORD = /\b(?:name|learn|learns|study|studies|surname|forenames?|child|young|pupil|learner|birth|birthday|birthdate|born|dob|d\.o\.b|year|ncy|need|school|setting|college|placement|plan|date|issued|issue|status|type|review|worker|caseworker|officer|co-?ordinator|coordinator|professional|yr|sen|sen2|amended|workflow|establishment|learning|education|reviewed|stage)\b/i;

export const labelKey = (label: string): Key | null => {
  if (label.length > 80 || !LABEL_WORD.test(label)) return null;
  // Person-centred templates speak in the first person ("My name", "My birthday").
  // A question set numbers its questions ("1.3 Date of birth", "Q4 Status"): the number is not the label.
  // A footnote's mark on a label ("Main area of need¹", "Status*") is not part of it.
  const l = foldForMatch(label).replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰†‡*]+$/, '').replace(/[:*?]+$/, '').trim().replace(QUESTION_NUMBER, '').replace(/^(?:my|your|our|the|child'?s|young person'?s|the child'?s|the young person'?s)\s+/, '');
  const unbracketed = (text: string) => text.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const whole = [l, unbracketed(l)].map(keyOf).find((k) => k !== null);
  if (whole) return whole;
  // Two labels in one ("Primary SEN / Secondary SEN"): the first that reads as one.
  const slashed = l.split(/\s*\/\s*/).map((p) => keyOf(unbracketed(p))).find((k) => k !== null);
  if (slashed) return slashed;
  // Alternatives in words are each a label ("School or college"): a value after one ("School or
  // college Hollinsford Academy", a box's label and value read as one) is not.
  const alternatives = l.split(/\s+or\s+/).map((p) => keyOf(unbracketed(p)));
  return alternatives.length > 1 && alternatives.every((k) => k !== null) ? alternatives[0]! : null;
};

const keyOf = (text: string): Key | null => (Object.keys(LABELS) as Key[]).find((key) => LABELS[key].test(text)) ?? null;

const PRIMARY_NEED: readonly [PrimaryNeed, RegExp][] = [
  ['PMLD', /\bpmld\b|profound (and|&) multiple/],
  ['SLD', /\bsld\b|severe learning/],
  ['MLD', /\bmld\b|moderate learning/],
  ['SpLD', /\bspld\b|specific learning|dyslexi|dyscalcul|dyspraxi/],
  ['ASD', /\basd\b|\basc\b|autis/],
  ['SLCN', /\bslcn\b|speech,? language (and|&) communication/],
  ['SEMH', /\bsemh\b|social,? emotional (and|&) mental/],
  ['MSI', /\bmsi\b|multi-?sensory/],
  ['HI', /\bhi\b|hearing/],
  ['VI', /\bvi\b|visual|vision/],
  ['PD', /\bpd\b|physical disab/],
  ['Other', /\bother\b|\both\b/],
];

function readPrimaryNeed(value: string): PrimaryNeed | null {
  const v = foldForMatch(value);
  for (const [code, re] of PRIMARY_NEED) if (re.test(v)) return code;
  return null;
}

function readPlanType(value: string): PlanType | null {
  const v = foldForMatch(value);
  if (/\bdraft\b/.test(v)) return 'draft';
  // "My plan, changed after my annual review": a plan changed at a review is an amended plan.
  if (/\bamend|\bchanged (?:after|at|following)\b/.test(v)) return 'amended';
  if (/\bfinal\b|\bissued\b/.test(v)) return 'final';
  return null;
}

/** "VAUGHAN" as "Vaughan", "O'NEILL-SMITH" as "O'Neill-Smith"; a name already in mixed case stays. */
const capitalised = (value: string) => (value === value.toUpperCase() ? value.toLowerCase().replace(/(^|[\s'’-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()) : value);

const cleanName = (value: string) => {
  // "Robert Dunne, SEN Casework Officer": the name is what comes before the role.
  const name = value.split(/[,;]|\s[–-]\s/)[0]!.replace(/\s*\(.*?\)\s*/g, ' ').replace(/[^A-Za-z'’\- ]/g, ' ').replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[A-Z]/.test(w)) ? name : null;
};

const cleanSetting = (value: string) => {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v || v.length > 120 || /^(n\/?a|none|tbc|to be confirmed|not applicable)\b/i.test(v)) return null;
  return v.replace(/[.;,]$/, '');
};

/**
 * Reads the plan's metadata from label/value pairs (personal details tables, "Name: ..."),
 * the title and section I. Null where the plan does not say; the year group alone may be
 * derived (from date of birth and plan date, England's school year), and says so.
 */
export function readMetadata(fields: readonly Field[], sections: readonly Section[], front: readonly Passage[]): PlanMetadata {
  const prose = [...front, ...sections.flatMap((s) => s.passages)].map((p) => p.text);
  const first: Partial<Record<Key, string>> = {};
  let frontName: string | null = null;
  for (const field of fields) {
    const key = labelKey(field.label);
    if (key && first[key] === undefined && field.value.trim()) first[key] = field.value.trim();
    // The first that reads as a name: a question's label ("How does the child or young person" /
    // "communicate?") or a heading over a box ("Child or young person" / "This plan") is not one.
    if (key === 'name' && frontName === null && field.page <= FRONT_PAGES && cleanName(field.value.trim())) frontName = field.value.trim();
  }
  // The child's name is on the first pages; a "Name" further on is a signatory or an adviser.
  const split = first.forename && first.surname ? cleanName(`${first.forename} ${capitalised(first.surname)}`) : null;
  const name = (frontName ? cleanName(frontName) : null) ?? split ?? nameFromTitle(front) ?? (first.name ? cleanName(first.name) : null);
  const dateOfBirth = first.dateOfBirth ? parseDate(first.dateOfBirth) : null;
  const planDate = (first.planDate ? parseDate(first.planDate) : null) ?? planDateFromProse(prose) ?? signedDate(fields);
  const printedYear = first.yearGroup ? parseYearGroup(first.yearGroup) : null;
  let yearGroup: string | null = null;
  let yearGroupDerived = false;
  const age = dateOfBirth && planDate ? ageAt(dateOfBirth, planDate) : null;
  if (printedYear !== null) yearGroup = yearGroupLabel(printedYear, age);
  else if (dateOfBirth && planDate) {
    yearGroup = yearGroupLabel(nationalCurriculumYear(dateOfBirth, planDate), age);
    yearGroupDerived = true;
  }
  const frontText = front.slice(0, 12).map((p) => p.text).join(' ');
  return {
    name,
    dateOfBirth,
    yearGroup,
    yearGroupDerived,
    primaryNeed: first.primaryNeed ? readPrimaryNeed(first.primaryNeed) : null,
    setting: (first.setting ? cleanSetting(first.setting) : null) ?? settingFromPlacement(sections),
    planDate,
    planType: (first.planType ? readPlanType(first.planType) : null) ?? planTypeFromTitle(frontText) ?? planTypeFromProse(prose),
    reviewDate: (first.reviewDate ? parseDate(first.reviewDate) : null) ?? reviewDateFromProse(prose),
    caseworker: first.caseworker ? cleanName(first.caseworker) : null,
  };
}

const PLAN_WORDS = '(?:education,? health (?:and|&) care|ehc)\\s+plan';
const DATE_WORDS = '(\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]+\\s+\\d{4})';

/** A sign-off sentence: "This is Oliver's final Education, Health and Care plan, issued on 02/06/2025." */
function planDateFromProse(prose: readonly string[]): string | null {
  const re = new RegExp(`\\b(?:${PLAN_WORDS}|this plan|the plan)\\b[^.]{0,60}?\\b(?:issued|finalised|dated|made|agreed)\\s+(?:on\\s+)?${DATE_WORDS}`, 'i');
  for (const text of prose) {
    const m = re.exec(text);
    if (m) return parseDate(m[1]!);
  }
  return null;
}

function planTypeFromProse(prose: readonly string[]): PlanType | null {
  const re = new RegExp(`\\b(?:this is|here is)\\b[^.]{0,40}?\\b(draft|final|amended)\\s+${PLAN_WORDS}`, 'i');
  for (const text of prose) {
    const m = re.exec(text);
    if (m) return readPlanType(m[1]!);
  }
  return null;
}

function reviewDateFromProse(prose: readonly string[]): string | null {
  // Only sentences about reviewing the plan itself: "It will be reviewed no later than ...",
  // "Next review: ...". Advice that was "reviewed with the family on ..." is not a review date.
  const re = new RegExp(`\\b(?:will be reviewed|is to be reviewed|must be reviewed|next (?:annual )?review|review date|review (?:is )?due|first review)\\b[^.]{0,30}?\\b(?:no later than|by|on|before|is|due)?\\s*:?\\s*${DATE_WORDS}`, 'i');
  for (const text of prose) {
    const m = re.exec(text);
    if (m) return parseDate(m[1]!);
  }
  return null;
}

/** The "Date" beside "Signed on behalf of the local authority". */
function signedDate(fields: readonly Field[]): string | null {
  const signed = fields.findIndex((f) => /\bsign/i.test(f.label));
  const after = signed >= 0 ? fields.slice(signed) : [];
  const date = after.find((f) => /^date$/i.test(f.label.trim().replace(/:$/, '')));
  return date ? parseDate(date.value) : null;
}

const ORGANISATION = /\b(?:Council|Borough|County|City|School|Academy|College|Service|Services|Trust|NHS|Team|Partnership|Department|Authority)\b/;

/** Pages that hold the plan's own details (a cover and a details page). */
const FRONT_PAGES = 2;
const PERSON_NAME = "([A-Z][A-Za-z'’-]+(?:\\s+[A-Z][A-Za-z'’-]+){1,3})";
const NAME_IN_TITLE = new RegExp(`\\b(?:plan|ehcp)\\s+(?:for|of)\\s*:?\\s+${PERSON_NAME}`);
const NAME_ALONE = new RegExp(`^${PERSON_NAME}$`);
const NAME_BORN = new RegExp(`^${PERSON_NAME}\\s+was born on\\b`);

/**
 * The name in the plan's title ("EHC plan for Sam Jones"), on a line of its own that the
 * opening pages go on to use ("Laurie Ashdown" / "Laurie was born on ..."), or opening a
 * sentence of details ("Laurie Ashdown was born on ...").
 */
function nameFromTitle(front: readonly Passage[]): string | null {
  const opening = front.slice(0, 8);
  for (const p of opening) {
    const m = NAME_IN_TITLE.exec(p.text);
    if (m) return cleanName(m[1]!);
  }
  // A line that is only a person's name, whose first name the opening pages use again ("Laurie
  // Ashdown" / "Laurie was born on ..."): a council or a school is not a person.
  const rest = opening.map((p) => p.text).join(' ');
  for (const p of opening.slice(0, 4)) {
    const text = p.text.trim();
    if (!NAME_ALONE.test(text) || ORGANISATION.test(text)) continue;
    const firstName = text.split(/\s+/)[0]!;
    if (rest.split(firstName).length > 2) return cleanName(text);
  }
  for (const p of opening) {
    const m = NAME_BORN.exec(p.text);
    if (m) return cleanName(m[1]!);
  }
  return null;
}

function planTypeFromTitle(text: string): PlanType | null {
  const t = foldForMatch(text);
  if (/\bdraft (education, health and care|ehc) plan\b/.test(t) || /^draft\b/.test(t)) return 'draft';
  if (/\bamended (education, health and care|ehc) plan\b/.test(t)) return 'amended';
  if (/\bfinal (education, health and care|ehc) plan\b/.test(t)) return 'final';
  return null;
}

/** Section I names the school: its first line that looks like an institution's name. */
function settingFromPlacement(sections: readonly Section[]): string | null {
  const placement = sections.find((s) => s.id === 'I');
  if (!placement) return null;
  for (const p of placement.passages) {
    if (p.heading) continue;
    const m = /([A-Z][A-Za-z'’&.-]*(?:\s+(?:[A-Z][A-Za-z'’&.-]*|of|the|and|for|St\.?)){0,6}\s+(?:Primary School|Secondary School|Infant School|Junior School|Academy|School|College|High School|Nursery|Pre-?school|Centre))\b/.exec(p.text);
    if (m) return m[1]!.trim();
  }
  return null;
}
