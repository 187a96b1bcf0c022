import { type z } from 'zod';
import { type Detector } from './detector';
import { aboutThisChild } from './about-this-child';
import { adviceCurrent } from './advice-current';
import { adviceListed } from './advice-listed';
import { agencyNeeds } from './agency-needs';
import { agencyProvision } from './agency-provision';
import { areasOfNeed } from './areas-of-need';
import { aspirations } from './aspirations';
import { diagnosesInHealth } from './diagnoses-in-health';
import { evidencedNeeds } from './evidenced-needs';
import { goldenThread } from './golden-thread';
import { healthCareOutcomes } from './health-care-outcomes';
import { healthInput } from './health-input';
import { multiAgency } from './multi-agency';
import { outcomeSteps } from './outcome-steps';
import { phrasePresence } from './phrase-presence';
import { placement } from './placement';
import { plainLanguage } from './plain-language';
import { planDates } from './plan-dates';
import { preparingForAdulthood } from './preparing-for-adulthood';
import { provisionAsOutcome } from './provision-as-outcome';
import { quantifiedProvision } from './quantified-provision';
import { smartOutcomes } from './smart-outcomes';
import { therapyInEducation } from './therapy-in-education';
import { vagueProvision } from './vague-provision';

/**
 * The registry holds detectors of many option types. Their options reach `detect` only after
 * their own schema validated them (rubric load), so forgetting the type here is safe.
 */
const anyOptions = <O>(detector: Detector<O>): Detector<never> => detector as unknown as Detector<never>;

/**
 * Every detector the rubric can name, by id. Add a detector here and it can be used from any
 * rubric file; its options schema validates the rubric's `options` for it.
 */
const DETECTORS: readonly Detector<never>[] = [
  anyOptions(vagueProvision),
  anyOptions(quantifiedProvision),
  anyOptions(smartOutcomes),
  anyOptions(provisionAsOutcome),
  anyOptions(preparingForAdulthood),
  anyOptions(agencyProvision),
  anyOptions(aboutThisChild),
  anyOptions(areasOfNeed),
  anyOptions(evidencedNeeds),
  anyOptions(goldenThread),
  anyOptions(agencyNeeds),
  anyOptions(adviceListed),
  anyOptions(adviceCurrent),
  anyOptions(multiAgency),
  anyOptions(phrasePresence),
  anyOptions(aspirations),
  anyOptions(diagnosesInHealth),
  anyOptions(outcomeSteps),
  anyOptions(healthCareOutcomes),
  anyOptions(therapyInEducation),
  anyOptions(healthInput),
  anyOptions(placement),
  anyOptions(plainLanguage),
  anyOptions(planDates),
];

export const detectorsById: ReadonlyMap<string, Detector<never>> = new Map(DETECTORS.map((d) => [d.id, d]));

export const detectorOptionValidators: ReadonlyMap<string, z.ZodType> = new Map(DETECTORS.map((d) => [d.id, d.optionsSchema as z.ZodType]));
