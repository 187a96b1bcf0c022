import { type AreaOfNeed, type SectionId } from '../domain';
import { foldForMatch } from '../text';

/** Which agency's needs, outcomes and provision a combined heading or table is about. */
export type Context = 'education' | 'health' | 'social';

/**
 * What a heading or column header means: one section, two sections printed together
 * ("Health care needs and health care provision"), a heading that belongs to no section
 * (personal details, summary of changes, sign-off), or nothing we recognise.
 */
export type Meaning =
  | { readonly kind: 'section'; readonly ids: readonly [SectionId] | readonly [SectionId, SectionId] | readonly [SectionId, SectionId, SectionId] }
  | { readonly kind: 'outside' }
  | { readonly kind: 'unknown' };

const section = (...ids: [SectionId] | [SectionId, SectionId] | [SectionId, SectionId, SectionId]): Meaning => ({ kind: 'section', ids });
const OUTSIDE: Meaning = { kind: 'outside' };
const UNKNOWN: Meaning = { kind: 'unknown' };

const OUTSIDE_WORDS =
  /\b(personal (details|information)|identifying details|contact details|key contacts|summary of (changes|amendments)|changes (made|since|following)|future changes|monitoring arrangements|contents|signature|signed|sign[- ]off|services (involved|currently)|professionals involved|glossary|distribution list|about this plan|document control|amendment notice|family details|agreeing (this|my|the) plan)\b/;
/** The plan naming itself ("Sam's Education, Health and Care Plan (Final)"): a title, in no section. */
const PLAN_NAME = /\b(draft |final |amended |proposed )?(education,? health (and|&) care|ehc) plan\b/g;

// "What I find hard": a child's own words for their needs.
const NEEDS = /\bneeds?\b|\bdifficult(y|ies)\b|\b(what|things) (i|he|she|they|we) finds? (hard|difficult|tricky)\b/;
const PROVISION = /\bprovision\b|\bsupport\b|\bservices?\b/;
const OUTCOMES = /\boutcomes?\b/;
/** Person-centred templates name outcomes by what the child will achieve. */
const ACHIEVE = /\bwhat (i|we|they|he|she) (want|wants|hope|hopes|would like) to achieve\b|\bwhat (would|do|does|will) (i|we|they|he|she) (like|want|hope) to achieve\b|\bmy (goals|targets)\b|\bgoals (for|of)\b|\b(what )?(i am|i'm|we are|they are|he is|she is) working towards\b/;
/** Provision in plain words: "the help I will get", "Help with reading", "support I need". */
// Questions too: "What will help me?", "Who will help me stay healthy?", "What help will social care give me?".
const HELP = /\b(help|support) (i|you|we|they|he|she) (will )?(get|gets|receive|receives|need|needs|have|has)\b|^help (with|for|to)\b|^(other |more )?(social care |health )?help\b|\bcare help\b|^(what|who) will (help|support) (me|him|her|them|us)\b|^what (help|support) will\b/;
const FAMILY_SUPPORT = /^(support|help) for (me and )?(my|the|our) family\b/;
const PLACEMENT = /\bplacement\b|\bname (and type )?of (the )?(school|setting|institution|college|placement)\b|\btype of (school|setting|institution)\b|\b(school|setting|college) (named|to be attended)\b|\bwhere (i|you|they|he|she) (will )?(learn|study|go to school)\b|^my (school|college|setting|school or college)$|^(which|what) (school|college|setting|school or college) (will|do|does|is)\b/;

/** Meaning of a heading's title words, in the context of the section it appears in. */
export function meaningOf(title: string, context: Context | null = null): Meaning {
  const folded = foldForMatch(title).replace(/^[\s\-–:.,)*]+/, '');
  if (!folded) return UNKNOWN;
  if (OUTSIDE_WORDS.test(folded)) return OUTSIDE;
  // The plan's own name says nothing about the section ("the advice used to write my EHC plan"
  // is K; "Education, Health and Care Plan for Sam" is a title), and its "health" is not C.
  const t = folded.replace(PLAN_NAME, ' ').trim();
  const meaning = sectionMeaning(t, context);
  return meaning.kind === 'unknown' && t !== folded ? OUTSIDE : meaning;
}

function sectionMeaning(t: string, context: Context | null): Meaning {
  if (!t) return UNKNOWN;
  const budget = /\bpersonal budgets?\b|\bdirect payments?\b/.test(t);
  // "Where I will learn and my personal budget": I and J under one part.
  if (PLACEMENT.test(t)) return budget ? section('I', 'J') : section('I');
  if (budget) return section('J');
  // "Information gathered by me and my family" (York's Part 2) is the child's and family's views.
  // "Support for me and my family" is social care's part: what the family needs from it.
  if (FAMILY_SUPPORT.test(t) && !/\bprovision\b|\bhealth\b/.test(t)) return section('D');
  if (/\b(by|from|about) me\b|\bme and my (family|parents|carers)\b/.test(t) && !/\bneeds?\b|\bprovision\b|\boutcomes?\b/.test(t)) return section('A');
  if (/\badvice\b|\binformation (gathered|used|considered|obtained)\b|\bappendi(x|ces)\b|\breports? (used|considered)\b|\bwho (helped|contributed to) (to )?(write|make|writing|making)?\s*(this|my|the) plan\b/.test(t)) return section('K');
  // "Provision required to meet needs" is provision: the needs it meets are not its subject.
  const subject = t.replace(/\b(required |needed |in order )?to (meet|address)\b.*$/, '');
  // "Help with social, emotional and mental health" names an area of need, not health care.
  const agency = t.replace(/\bsocial,? emotional(,)? (and|&) mental health\b/g, 'semh');
  // "My health and care needs": care beside health is social care.
  // "Help at home and in the community": care around the home is social care's.
  const social = /\bsocial care\b|\bchronically sick\b|\bcsdpa\b|\bshort breaks?\b|\bhealth (and|&) care\b|\bat home (and|&) in the community\b/.test(agency);
  // "Keeping well" / "Staying healthy": the child's words for health.
  const health = /\bhealth(y)?\b|\bmedical\b|\bnhs\b|\b(keeping|staying|being) (well|healthy)\b/.test(agency);
  const needs = NEEDS.test(subject);
  if (social || health) {
    const provision = PROVISION.test(t) || HELP.test(t) || /\bchronically sick\b|\bcsdpa\b|\bshort breaks?\b/.test(t);
    if ((OUTCOMES.test(subject) || ACHIEVE.test(subject)) && !needs && !provision) return section('E');
    // "Information about my health and social care needs": both agencies' needs.
    if (social && health && /\bhealth (and|&) (social )?care\b/.test(t)) return provision && !needs ? section('G', 'H') : section('C', 'D');
    const [needsId, provisionId]: [SectionId, SectionId] = social ? ['D', 'H'] : ['C', 'G'];
    if (needs && provision) return section(needsId, provisionId);
    if (provision) return section(provisionId);
    return section(needsId);
  }
  // "The help I will get with my education" is provision; "How to help me" is the child's view.
  const provision = /\bprovision\b/.test(t) || HELP.test(t);
  // "My outcomes and special educational provision": outcomes first, the provision under them;
  // "My special educational needs, outcomes and support": the needs come first.
  const outcomes = OUTCOMES.exec(subject) ?? ACHIEVE.exec(subject);
  if (outcomes) {
    const needsAt = NEEDS.exec(subject)?.index ?? Infinity;
    // "Special Educational Needs, Outcomes and Provision": one part holds all three.
    if (needsAt < outcomes.index) return provision ? section('B', 'E', 'F') : section('B', 'E');
    return provision && !needs ? section('E', 'F') : section('E');
  }
  // A part of its own for preparing for adulthood ("Section 5 – Preparing for Adulthood") holds
  // the outcomes that look towards adult life.
  if (/\b(preparing|getting ready) for adult(hood| life)\b/.test(t) && !needs && !provision) return section('E');
  // "Help with my education" is education's whatever part came before; so is "the help I will get at school".
  const own = /\beducation(al)?\b|\blearning\b|\b(at|in) (school|college|nursery|class)\b/.test(t) ? 'education' : context;
  if (needs && provision) return inContext(own, 'both');
  if (provision) return inContext(own, 'provision');
  if (needs) return inContext(own, 'needs');
  if (/\bviews?\b|\binterests?\b|\baspirations?\b|\babout me\b|\bthis is me\b|\bpen picture\b|\bone[- ]page\b|\bprofile\b|\bwhat (people|others) (like|admire)\b|\bmy story\b|\bhistory\b|\bhow (i|best to|to) communicate\b|\boverview\b|\bimportant to me\b|\bmy (hopes|dreams|future)\b|\bhow (best )?to (help|support) me\b|\bwhat helps me\b|^what (do|does) (i|my family|my parents|my carers|we) (think|say|want)\b/.test(t)) return section('A');
  return UNKNOWN;
}

function inContext(context: Context | null, what: 'needs' | 'provision' | 'both'): Meaning {
  const [needsId, provisionId]: [SectionId, SectionId] =
    context === 'health' ? ['C', 'G'] : context === 'social' ? ['D', 'H'] : ['B', 'F'];
  switch (what) {
    case 'needs':
      return section(needsId);
    case 'provision':
      return section(provisionId);
    case 'both':
      return section(needsId, provisionId);
  }
}

const CONTEXT: Partial<Record<SectionId, Context>> = { B: 'education', F: 'education', C: 'health', G: 'health', D: 'social', H: 'social' };

export function contextOf(id: SectionId | null): Context | null {
  return id === null ? null : (CONTEXT[id] ?? null);
}

/** An area heading may be numbered ("3.2 Cognition and learning", "b) Learning"). */
const NUMBERED = String.raw`^(?:[a-z0-9]{1,3}(?:\.\d{1,2})*[.)]?\s+)?`;

const AREAS: readonly [AreaOfNeed, RegExp][] = [
  ['communication-interaction', new RegExp(String.raw`${NUMBERED}communication(,)? (and|&) interaction\b`)],
  ['cognition-learning', new RegExp(String.raw`${NUMBERED}cognition (and|&) learning\b`)],
  ['semh', new RegExp(String.raw`${NUMBERED}social,? emotional(,)? (and|&) mental health\b|^semh\b`)],
  ['sensory-physical', new RegExp(String.raw`${NUMBERED}(sensory (and\/or|and|or|&) (\/or )?physical|physical (and\/or|and|or|&) (\/or )?sensory)\b`)],
];

/** The broad area of need a short heading names, if it is one (SEND Code of Practice 6.28). */
export function areaOf(text: string): AreaOfNeed | null {
  const t = foldForMatch(text);
  if (t.split(' ').length > 9) return null;
  for (const [area, re] of AREAS) if (re.test(t)) return area;
  return null;
}

/**
 * Other names councils give the four areas ("Thinking and learning", "Emotional wellbeing",
 * "Speech, language and communication"). Too loose to open the needs part on their own (a
 * profile's "Communication" is not section B), they only tag the area inside B, E and F.
 */
const AREAS_BY_OTHER_NAMES: readonly [AreaOfNeed, RegExp][] = [
  ['communication-interaction', new RegExp(String.raw`${NUMBERED}(?:communication|speech,? language (?:and|&) communication|communication,? language (?:and|&) interaction|language (?:and|&) communication|social communication|talking,? (?:and )?listening(?: (?:and|&) [a-z ]+)?|(?:communication|talking) (?:and|&) getting on with (?:others|other people|people))(?: needs| skills| development)?$`)],
  ['cognition-learning', new RegExp(String.raw`${NUMBERED}(?:thinking (?:and|&) learning|learning|learning (?:and|&) cognition|cognition|learning (?:and|&) thinking|learning (?:and|&) (?:remembering|memory)|thinking,? learning (?:and|&) remembering)(?: needs| skills| development)?$`)],
  ['semh', new RegExp(String.raw`${NUMBERED}(?:emotional (?:wellbeing|well-being|health)(?: (?:and|&) (?:relationships|behaviour|friendships))?|social (?:and|&) emotional(?: (?:development|wellbeing|well-being|needs))?|(?:my )?feelings(?: (?:and|&) (?:my )?(?:behaviour|friendships|relationships|wellbeing|well-being))?|mental health (?:and|&) (?:wellbeing|well-being)|(?:my )?emotions(?:,? (?:and |& )?(?:behaviour|feelings|wellbeing|well-being|relationships))*)(?: needs)?$`)],
  ['sensory-physical', new RegExp(String.raw`${NUMBERED}(?:physical (?:development|skills)|sensory(?: processing)?|physical, sensory (?:and|&) (?:medical|motor)|motor skills|sensory (?:and|&) motor|(?:my )?senses(?: (?:and|&) (?:my )?(?:body|movement))?|(?:movement|moving)(?:,? (?:and |& )?(?:my )?(?:senses|body))+)(?: needs)?$`)],
];

/** The area a short sub-heading inside B, E or F names by another name than the Code's. */
export function areaByOtherName(text: string): AreaOfNeed | null {
  const t = foldForMatch(text).replace(/[\s.:]+$/, '');
  if (t.split(' ').length > 7) return null;
  for (const [area, re] of AREAS_BY_OTHER_NAMES) if (re.test(t)) return area;
  return null;
}

const AREA_LAST_WORD = /(?:interaction|learning|health|physical|sensory|semh|needs|development)[\s.:]*$/i;
const AREA_AT_END: readonly [AreaOfNeed, RegExp][] = [
  ['communication-interaction', /\bcommunication(,)? (and|&) interaction$/],
  ['cognition-learning', /\bcognition (and|&) learning$/],
  ['semh', /\bsocial,? emotional(,)? (and|&) mental health$|\bsemh$/],
  ['sensory-physical', /\b(sensory (and\/or|and|or|&) (\/or )?physical|physical (and\/or|and|or|&) (\/or )?sensory)( needs| development)?$/],
];

/** The area of need a short heading ends with ("Help with cognition and learning"). */
export function areaEnding(text: string): AreaOfNeed | null {
  // Runs on every line: most end in none of the areas' last words.
  if (!AREA_LAST_WORD.test(text)) return null;
  const t = foldForMatch(text).replace(/[\s.:]+$/, '');
  if (t.split(' ').length > 10) return null;
  for (const [area, re] of AREA_AT_END) if (re.test(t)) return area;
  return null;
}
