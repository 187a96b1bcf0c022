import { describe, expect, it } from 'vitest';
import { isStepHeading, ItemCollector } from './items';

describe('ItemCollector: a schedule\'s numbered paragraphs and a reference column', () => {
  it('joins a numbered paragraph\'s lettered sub-paragraphs to its provision line, but keeps a lettered list\'s items apart', () => {
    const items = new ItemCollector();
    items.text('F', '116. A social communication group using the Lego-based therapy approach (in a group of three pupils).', 11, null);
    items.text('F', '(a) Frequency and duration: one session per week; each session lasting 45 minutes.', 11, null);
    items.text('F', '(b) Led by a TA trained by the Autism Outreach Team.', 11, null);
    items.text('F', 'The school will provide:', 12, null);
    items.text('F', '(a) A reading programme, daily for 20 minutes.', 12, null);
    items.text('F', '(b) A movement break every lesson.', 12, null);
    const texts = items.result().provision.map((p) => p.text);
    expect(texts[0]).toBe('116. A social communication group using the Lego-based therapy approach (in a group of three pupils). (a) Frequency and duration: one session per week; each session lasting 45 minutes. (b) Led by a TA trained by the Autism Outreach Team.');
    expect(texts.slice(1)).toEqual(['The school will provide:', '(a) A reading programme, daily for 20 minutes.', '(b) A movement break every lesson.']);
  });

  it('reads a "Ref | Outcome | Steps" row: the reference numbers the row, the outcome\'s sentence carries over a page', () => {
    const items = new ItemCollector();
    items.row('E', ['1.2', 'Blodwen will recall multiplication facts for the 3, 4 and 8 times tables, answering 20 mixed questions', 'Blodwen will split numbers to 20 into tens and ones using Numicon, in 8 out of 10'], 4, null);
    items.row('E', ['with 90% accuracy in under three minutes – achieved by July 2027.', 'examples no later than the end of the summer term 2026.'], 5, null);
    expect(items.result().outcomes).toEqual([expect.objectContaining({
      text: 'Blodwen will recall multiplication facts for the 3, 4 and 8 times tables, answering 20 mixed questions with 90% accuracy in under three minutes – achieved by July 2027.',
      steps: ['Blodwen will split numbers to 20 into tens and ones using Numicon, in 8 out of 10 examples no later than the end of the summer term 2026.'],
    })]);
  });
});

describe('ItemCollector', () => {
  it('reads an outcome printed a line to a row under its label: the text, its steps heading, its steps', () => {
    const items = new ItemCollector();
    items.outcomeLabel('Outcome 1', 5, null);
    for (const line of [
      'Cleo will touch-type at 20 words per minute with 90% accuracy and use a laptop to',
      'complete extended writing, by July 2027.',
      'Steps towards this outcome Milestone (the end of the autumn term 2026): Cleo will type 10 words',
      'per minute on the typing programme.',
      'Milestone (the end of the summer term 2026): Cleo will plan a paragraph with',
      'prompts.',
      'Outcome 2',
      'Cleo will name three things she is good at, by July 2027.',
    ]) items.laterColumn(line, 5, null);
    expect(items.result().outcomes).toEqual([
      expect.objectContaining({
        text: 'Outcome 1 Cleo will touch-type at 20 words per minute with 90% accuracy and use a laptop to complete extended writing, by July 2027.',
        steps: ['Milestone (the end of the autumn term 2026): Cleo will type 10 words per minute on the typing programme.', 'Milestone (the end of the summer term 2026): Cleo will plan a paragraph with prompts.'],
      }),
      expect.objectContaining({ text: 'Outcome 2 Cleo will name three things she is good at, by July 2027.', steps: [] }),
    ]);
  });

  it("reads a goal card's measure printed after its steps as the outcome's, not an outcome of its own", () => {
    const items = new ItemCollector();
    items.text('E', 'I will read a short passage aloud to my group by the end of Year 5.', 8, null);
    items.heading('E', 'Small steps');
    items.text('E', 'By the end of the autumn term, I will read aloud to my teacher.', 8, null);
    items.text('E', 'How we will check: 4 out of 5 observed lessons.', 8, null);
    items.text('E', 'I will join a club at lunchtime by July 2027.', 8, null);
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text)).toEqual(['I will read a short passage aloud to my group by the end of Year 5. How we will check: 4 out of 5 observed lessons.', 'I will join a club at lunchtime by July 2027.']);
    expect(outcomes[0]!.steps).toEqual(['By the end of the autumn term, I will read aloud to my teacher.']);
  });

  it('reads a steps label printed in body type ("Small steps" as text) as the steps heading, not an outcome', () => {
    const items = new ItemCollector();
    items.text('E', 'I will raise my reading score from 77 to 85 by July 2026.', 8, null);
    items.text('E', 'Small steps', 8, null);
    items.text('E', '• I will read 30 of the 45 high-frequency words by December 2025.', 8, null);
    items.heading('E', 'Goal 2: typing');
    items.text('E', 'I will touch-type at 20 words per minute by July 2026.', 8, null);
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text)).toEqual(['I will raise my reading score from 77 to 85 by July 2026.', 'I will touch-type at 20 words per minute by July 2026.']);
    expect(outcomes[0]!.steps).toEqual(['• I will read 30 of the 45 high-frequency words by December 2025.']);
  });

  it('opens the next numbered outcome under a steps heading ("2." after "1."), but keeps other lines as steps', () => {
    const items = new ItemCollector();
    items.text('E', '1. By the end of Year 1, Aisha will follow a three-word instruction.', 4, null);
    items.text('E', 'Steps this year:', 4, null);
    items.text('E', 'Aisha will follow a two-word instruction by December 2026.', 4, null);
    items.text('E', '3. Aisha will say her name.', 4, null);
    items.text('E', '2. Aisha will attend a friendship group every week.', 4, null);
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text)).toEqual(['1. By the end of Year 1, Aisha will follow a three-word instruction.', '2. Aisha will attend a friendship group every week.']);
    expect(outcomes[0]!.steps).toEqual(['Aisha will follow a two-word instruction by December 2026.', '3. Aisha will say her name.']);
  });

  it('cuts a matrix cell holding outcome, time frame, "Milestones" and first step; a theme before a label opens the next outcome', () => {
    const items = new ItemCollector();
    items.text('E', 'O1 Fabian will retell a story in order. Success looks like: 4 out of 5 tasks. By when: August 2026 Milestones Fabian will use sentences of five words, by the end of the autumn term 2025.', 4, null);
    items.text('E', 'Fabian will use sentence frames with no adult prompt, by the end of the spring term 2026.', 4, null);
    items.text('E', 'Pathway: Independent living O9 Fabian will travel by bus to school. By when: July 2026 Milestones', 7, null);
    items.continueLast('E', 'Fabian will plan the journey with the travel trainer, by December 2025.');
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text)).toEqual([
      'O1 Fabian will retell a story in order. Success looks like: 4 out of 5 tasks. By when: August 2026',
      'Pathway: Independent living O9 Fabian will travel by bus to school. By when: July 2026',
    ]);
    expect(outcomes.map((o) => o.steps)).toEqual([
      ['Fabian will use sentences of five words, by the end of the autumn term 2025.', 'Fabian will use sentence frames with no adult prompt, by the end of the spring term 2026.'],
      ['Fabian will plan the journey with the travel trainer, by December 2025.'],
    ]);
  });

  it('splits a piece carried over a page at the steps heading it ends in ("teacher. By when: July 2026 Milestones")', () => {
    const items = new ItemCollector();
    items.text('E', 'O8 Hamish will tell an adult when he cannot hear. Success looks like: 4 out of 5 occasions observed by his', 9, null);
    items.continueLast('E', 'teacher. By when: July 2026 Milestones');
    items.text('E', 'Hamish will use his signal when prompted, by the end of the autumn term 2025.', 10, null);
    const [outcome] = items.result().outcomes;
    expect(outcome!.text).toBe('O8 Hamish will tell an adult when he cannot hear. Success looks like: 4 out of 5 occasions observed by his teacher. By when: July 2026');
    expect(outcome!.steps).toEqual(['Hamish will use his signal when prompted, by the end of the autumn term 2025.']);
  });

  it('joins a provision piece opening in lower case to the item above, in its own section only', () => {
    const items = new ItemCollector();
    items.text('F', 'Direct speech and language therapy (weekly, 30 minutes) from a SLT, High needs:', 6, null);
    items.text('F', 'commissioned therapy High needs top-up (element 3)', 6, null);
    items.text('G', 'annual review by the paediatrician.', 9, null);
    expect(items.result().provision.map((p) => [p.section, p.text])).toEqual([
      ['F', 'Direct speech and language therapy (weekly, 30 minutes) from a SLT, High needs: commissioned therapy High needs top-up (element 3)'],
      ['G', 'annual review by the paediatrician.'],
    ]);
  });

  it('leaves out a question labelling the provision ("Who will help me and how"), not a line that asks nothing', () => {
    const items = new ItemCollector();
    items.text('F', 'Who will help me and how', 12, null);
    items.text('F', '• Mentoring sessions (once a week, 20 minutes; one-to-one).', 12, null);
    items.text('F', 'How staff speak to Dottie matters: short instructions, one at a time.', 12, null);
    expect(items.result().provision.map((p) => p.text)).toEqual(['• Mentoring sessions (once a week, 20 minutes; one-to-one).', 'How staff speak to Dottie matters: short instructions, one at a time.']);
  });

  it('reads a time frame printed under its outcome ("By when: July 2027 Milestones") as the outcome\'s, and "O2" as a new outcome', () => {
    const items = new ItemCollector();
    items.text('E', 'O1 Bonnie will use her eye-gaze aid to ask for an activity. Success looks like: 4 out of 5 opportunities.', 5, null);
    items.text('E', 'By when: July 2027 Milestones', 5, null);
    items.text('E', 'Bonnie will choose between two symbols by the end of the autumn term 2025.', 5, null);
    items.text('E', 'O2 Bonnie will press a switch within 10 seconds. Success looks like: 4 out of 5 sessions.', 5, null);
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text)).toEqual([
      'O1 Bonnie will use her eye-gaze aid to ask for an activity. Success looks like: 4 out of 5 opportunities. By when: July 2027',
      'O2 Bonnie will press a switch within 10 seconds. Success looks like: 4 out of 5 sessions.',
    ]);
    expect(outcomes[0]!.steps).toEqual(['Bonnie will choose between two symbols by the end of the autumn term 2025.']);
  });

  it('keeps a whole cell whole: a step under a row of cells is a step, even after "July 2026"', () => {
    const items = new ItemCollector();
    items.row('E', ['E1', 'Nell will read worksheets in large print.', 'Nell will use her magnifier.', 'July 2026'], 7, null);
    items.laterColumn('Nell will touch-type at 15 words per minute', 7, null);
    expect(items.result().outcomes[0]!.steps).toEqual(['Nell will use her magnifier.', 'July 2026', 'Nell will touch-type at 15 words per minute']);
  });

  it('cuts steps printed as one paragraph at each sentence that opens like the first', () => {
    const items = new ItemCollector();
    items.text('E', 'Outcome 1. Gabriel will take part in a group activity for 15 minutes by July 2027.', 6, null);
    items.heading('E', 'Steps on the way:');
    items.text('E', 'Gabriel will take turns in a board game, and we aim for this by the end of the summer term 2026. This is checked weekly. Gabriel will ask a question, and we aim for this by the end of the autumn term 2026.', 6, null);
    const [outcome] = items.result().outcomes;
    expect(outcome!.steps).toEqual([
      'Gabriel will take turns in a board game, and we aim for this by the end of the summer term 2026. This is checked weekly.',
      'Gabriel will ask a question, and we aim for this by the end of the autumn term 2026.',
    ]);
  });

  it('a theme beside a numbered outcome labels the row: the outcome is the numbered cell', () => {
    const items = new ItemCollector();
    items.row('E', ['Employment and Further Education', 'Outcome 8: Elowen will complete a one-week work experience placement.', 'July 2027'], 7, null);
    expect(items.result().outcomes).toEqual([expect.objectContaining({ text: 'Outcome 8: Elowen will complete a one-week work experience placement.', steps: ['July 2027'] })]);
  });

  it('takes the text cell of a label | text outcome row as the outcome, and a steps row as its steps', () => {
    const items = new ItemCollector();
    items.row('E', ['Outcome 1', 'By July 2026, Leo will read 40 words.'], 5, null);
    items.row('E', ['Steps for this year', 'By the end of the autumn term 2025, Leo will read 20 words.'], 5, null);
    items.row('E', ['Outcome 2 – independent living', 'By July 2026, Leo will travel by bus.'], 5, null);
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text)).toEqual(['By July 2026, Leo will read 40 words.', 'By July 2026, Leo will travel by bus.']);
    expect(outcomes[0]!.steps).toEqual(['By the end of the autumn term 2025, Leo will read 20 words.']);
  });

  it('reads steps introduced in plain words, a success measure printed apart, and skips an empty cell', () => {
    const items = new ItemCollector();
    items.text('E', 'Outcome 6: By the end of Year 3, Harvey will join a game at lunchtime for 10 minutes.', 8, null);
    items.text('E', 'Success measure: 3 out of 5 days each week, as recorded by the lunchtime supervisor. How I will get there:', 9, null);
    items.text('E', 'End of the autumn term 2025 – Harvey will take turns in a board game with one adult prompt.', 9, null);
    items.text('E', 'Outcome 7: By July 2027, Harvey will name three things he is good at.', 9, null);
    items.text('E', 'How I will get there: End of the spring term 2026 – Harvey will keep a weekly "proud of" log.', 9, null);
    items.text('E', 'Not applicable.', 9, null);
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text)).toEqual([
      'Outcome 6: By the end of Year 3, Harvey will join a game at lunchtime for 10 minutes. Success measure: 3 out of 5 days each week, as recorded by the lunchtime supervisor.',
      'Outcome 7: By July 2027, Harvey will name three things he is good at.',
    ]);
    expect(outcomes.map((o) => o.steps.length)).toEqual([1, 1]);
    expect(outcomes[1]!.steps[0]).toBe('End of the spring term 2026 – Harvey will keep a weekly "proud of" log.');
  });

  it('joins a row whose label carries on lower case over a page to the outcome above', () => {
    const items = new ItemCollector();
    items.row('E', ['Outcome 9 – employment and further', 'By the end of Year 11, Leo will complete a one-week work'], 6, null);
    items.row('E', ['education', 'experience placement in retail.'], 7, null);
    expect(items.result().outcomes).toHaveLength(1);
    expect(items.result().outcomes[0]!.text).toBe('By the end of Year 11, Leo will complete a one-week work experience placement in retail.');
  });

  it('starts a new outcome at an outcome label even under a steps heading', () => {
    const items = new ItemCollector();
    items.text('E', 'E1: By July 2026, Caleb will follow a three-part instruction.', 3, null);
    items.heading('E', 'Steps:');
    items.text('E', 'By the end of the autumn term 2025, Caleb will follow two-part instructions.', 3, null);
    items.text('E', 'E2: By July 2027, Caleb will retell a story in order.', 4, null);
    const { outcomes } = items.result();
    expect(outcomes.map((o) => o.text.slice(0, 3))).toEqual(['E1:', 'E2:']);
    expect(outcomes[0]!.steps).toHaveLength(1);
  });

  it('knows a steps heading from an outcome', () => {
    expect(isStepHeading('Steps:')).toBe(true);
    expect(isStepHeading('Short-term targets')).toBe(true);
    expect(isStepHeading('Outcomes and steps')).toBe(false);
    expect(isStepHeading('Steps towards this outcome')).toBe(true);
    expect(isStepHeading('By the end of the autumn term 2025, Leo will take small steps.')).toBe(false);
  });
});

describe('ItemCollector, steps heading in the outcome cell', () => {
  it('cuts a trailing "Steps:" off the outcome and takes what follows as its steps', () => {
    const items = new ItemCollector();
    items.text('E', 'E1: Scarlett will be supported with her hearing. Steps:', 3, null);
    items.text('E', 'Scarlett will check her hearing aids each morning with a TA.', 3, null);
    const [outcome] = items.result().outcomes;
    expect(outcome!.text).toBe('E1: Scarlett will be supported with her hearing.');
    expect(outcome!.steps).toEqual(['Scarlett will check her hearing aids each morning with a TA.']);
  });
  it('reads "Steps on the way:" at the end of the outcome the same way', () => {
    const items = new ItemCollector();
    items.text('E', 'Outcome 1 Morwenna will ask for a preferred activity by September 2026. Steps on the way:', 4, null);
    items.text('E', '• Morwenna will choose between two symbols within 10 seconds.', 4, null);
    const [outcome] = items.result().outcomes;
    expect(outcome!.steps).toEqual(['• Morwenna will choose between two symbols within 10 seconds.']);
  });
});
