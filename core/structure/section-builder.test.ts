import { describe, expect, it } from 'vitest';
import { SectionBuilder } from './section-builder';

describe('SectionBuilder: a contents list before the plan', () => {
  it('takes the section from the heading that has text under it, not from the contents page', () => {
    const builder = new SectionBuilder();
    builder.open('A', 'Section A: Views, interests and aspirations ........ 3', 2);
    builder.open('B', 'Section B: Special educational needs ........ 4', 2);
    builder.open('A', 'Section A: Views, interests and aspirations', 3);
    builder.add('A', 'Toby says he likes trains.', 3, null);
    builder.open('B', 'Section B: Special educational needs', 4);
    builder.add('B', 'Toby has difficulty following spoken instructions.', 4, null);
    const [a, b] = builder.sections();
    expect(a).toMatchObject({ id: 'A', title: 'Section A: Views, interests and aspirations', pageStart: 3, pageEnd: 3 });
    expect(b).toMatchObject({ id: 'B', title: 'Section B: Special educational needs', pageStart: 4 });
  });

  it('keeps a section that carries on under a repeated heading (a part per area of need)', () => {
    const builder = new SectionBuilder();
    builder.open('E', 'Section E – Desired outcomes', 5);
    builder.add('E', 'By July 2027 Toby will read a short text aloud.', 5, null);
    builder.open('E', 'Section E – Desired outcomes', 7);
    builder.add('E', 'By July 2027 Toby will travel to school with a friend.', 7, null);
    const [e] = builder.sections();
    expect(e).toMatchObject({ title: 'Section E – Desired outcomes', pageStart: 5, pageEnd: 7 });
    expect(e!.passages).toHaveLength(2);
  });
});
