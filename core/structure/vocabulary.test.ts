import { describe, expect, it } from 'vitest';
import { areaByOtherName, areaOf } from './vocabulary';

describe('areas of need by the Code of Practice names and by others', () => {
  it.each([
    ['Communication and interaction', 'communication-interaction'],
    ['3.2 Cognition and learning', 'cognition-learning'],
    ['Social, emotional and mental health', 'semh'],
    ['Physical and sensory needs', 'sensory-physical'],
  ] as const)('"%s" is an area by its Code of Practice name', (text, area) => expect(areaOf(text)).toBe(area));

  it.each([
    ['Communication', 'communication-interaction'],
    ['Speech, language and communication needs', 'communication-interaction'],
    ['Thinking and learning', 'cognition-learning'],
    ['Learning', 'cognition-learning'],
    ['Emotional wellbeing and relationships', 'semh'],
    ['Social and emotional development', 'semh'],
    ['Physical development', 'sensory-physical'],
    ['Sensory processing needs', 'sensory-physical'],
    ['Talking, listening and getting on with people', 'communication-interaction'],
    ['My feelings and wellbeing', 'semh'],
    ['My senses and my body', 'sensory-physical'],
    ['Communication and getting on with others', 'communication-interaction'],
    ['Learning and remembering', 'cognition-learning'],
    ['Emotions, behaviour and wellbeing', 'semh'],
    ['Movement, senses and my body', 'sensory-physical'],
  ] as const)('"%s" names an area by another name', (text, area) => expect(areaByOtherName(text)).toBe(area));

  it.each(['Communication', 'Thinking and learning', 'Emotional wellbeing'])('"%s" is too loose to open the needs part on its own', (text) => expect(areaOf(text)).toBeNull());

  it.each(['How I communicate', 'Learning to ride a bike with my dad', 'Physical health', 'Social care', 'Strengths', 'What this looks like'])('"%s" names no area', (text) => expect(areaByOtherName(text)).toBeNull());
});
