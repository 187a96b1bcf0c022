import { describe, expect, it } from 'vitest';
import { type Level } from '../../domain';
import { trailFor } from '../../store';
import { must, refusal, seededContext } from './testing/seed';

async function panelOfThree(planCount = 2, splitByAgency = true) {
  const seeded = seededContext(planCount);
  const { ctx } = seeded;
  const education = await must(ctx, 'auditors.create', { name: 'Eve Education', agency: 'education' });
  const health = await must(ctx, 'auditors.create', { name: 'Hari Health', agency: 'health' });
  const social = await must(ctx, 'auditors.create', { name: 'Sam Social', agency: 'social-care' });
  const lead = await must(ctx, 'auditors.create', { name: 'Lee Lead', agency: 'send-qa', role: 'QA lead' });
  const detail = await must(ctx, 'exercises.create', {
    name: 'Spring panel', auditorIds: [education.id, health.id, social.id], plans: seeded.plans, splitByAgency, moderatorId: lead.id, dueDate: '2026-04-01', createdBy: lead.id,
  });
  return { ...seeded, education, health, social, lead, exercise: detail.exercise };
}

/** Scores every criterion an auditor has on a plan with `level(criterion)`, then submits. */
async function scoreAll(ctx: Parameters<typeof must>[0], exerciseId: number, auditorId: number, sha256: string, level: (criterion: string) => Level) {
  const view = await must(ctx, 'exercises.assignment', { exerciseId, auditorId });
  const plan = view.plans.find((p) => p.plan.sha256 === sha256)!;
  for (const item of plan.items) await must(ctx, 'exercises.score', { exerciseId, auditorId, sha256, criterion: item.id, level: level(item.id), reason: `Because ${item.id}` });
  return must(ctx, 'exercises.submit', { exerciseId, auditorId, sha256 });
}

describe('moderation exercises', () => {
  it('split by agency: health scores C and G, social care D and H, education everything', async () => {
    const { ctx, exercise, education, health, social, plans, rubric } = await panelOfThree();
    const sections = async (auditorId: number) => [...new Set((await must(ctx, 'exercises.assignment', { exerciseId: exercise.id, auditorId })).plans[0]!.items.map((i) => i.section))];
    expect(await sections(health.id)).toEqual(['C', 'G']);
    expect(await sections(social.id)).toEqual(['D', 'H']);
    expect((await sections(education.id)).length).toBe(new Set(rubric.criteria.map((c) => c.section)).size);
    const detail = await must(ctx, 'exercises.get', { exerciseId: exercise.id });
    expect(detail.plans).toBe(plans.length);
    expect(detail.assignments).toBe(plans.length * 3);
    expect(detail.exercise).toMatchObject({ name: 'Spring panel', dueDate: '2026-04-01', splitByAgency: true, status: 'open', selection: { method: 'chosen' } });
    expect(detail.planLabels[0]!.reference).toMatch(/^EHC-[0-9A-F]{8}$/);
  });

  it('samples repeatably with a seed and filters, and records how', async () => {
    const { ctx } = seededContext(20, (i) => ({ planType: i % 2 === 0 ? 'final' : 'draft', planDate: i < 10 ? '2026-03-05' : '2026-02-05' }));
    const a = await must(ctx, 'auditors.create', { name: 'A', agency: 'education' });
    const make = (seed: number) => must(ctx, 'exercises.create', { name: `S${seed}`, auditorIds: [a.id], sample: { percent: 50, seed }, filters: { planType: 'final', month: '2026-03' } });
    const first = await make(7);
    const again = await make(7);
    // Five final plans dated March 2026; half of them is three (rounded), the same three both times.
    expect(first.plans).toBe(3);
    expect(again.planLabels.map((p) => p.sha256)).toEqual(first.planLabels.map((p) => p.sha256));
    expect(first.exercise.selection).toEqual({ method: 'sample', size: 3, percent: 50, seed: 7, filters: { planType: 'final', month: '2026-03' } });
    const none = await refusal(ctx, 'exercises.create', { name: 'x', auditorIds: [a.id], filters: { month: '2025-01' } });
    expect(none.message).toMatch(/No audited plan matches/);
  });

  it('blind scoring: nobody sees another level until they submit; then the grid shows disagreements', async () => {
    const { ctx, exercise, education, health, social, lead, plans } = await panelOfThree(1);
    const sha = plans[0]!;
    await must(ctx, 'exercises.score', { exerciseId: exercise.id, auditorId: education.id, sha256: sha, criterion: 'C1', level: 'met' });
    // The assignment view holds only the auditor's own scores and the tool's.
    const healthView = await must(ctx, 'exercises.assignment', { exerciseId: exercise.id, auditorId: health.id });
    expect(healthView.plans[0]!.items.find((i) => i.id === 'C1')).toMatchObject({ level: null, tool: { level: expect.any(String) } });
    expect(JSON.stringify(healthView)).not.toContain('Eve Education');
    const blind = await must(ctx, 'exercises.panel', { exerciseId: exercise.id, sha256: sha, auditorId: health.id });
    expect(blind.blind).toBe(true);
    const c1 = blind.rows.find((r) => r.id === 'C1')!;
    expect(c1.cells).toEqual([{ state: 'hidden' }, { state: 'shown', level: null, reason: null }, { state: 'not_assigned' }]);
    expect(c1.disagreement).toBeNull();
    // Nor does the history give away education's C1.
    expect(blind.history).toEqual([]);
    await expect(must(ctx, 'exercises.note', { exerciseId: exercise.id, sha256: sha, auditorId: health.id, text: 'hi' })).rejects.toThrow(/Submit your own scores/);

    await scoreAll(ctx, exercise.id, health.id, sha, (c) => (c === 'C1' ? 'not_met' : 'partly'));
    const open = await must(ctx, 'exercises.panel', { exerciseId: exercise.id, sha256: sha, auditorId: health.id });
    expect(open.blind).toBe(false);
    const row = open.rows.find((r) => r.id === 'C1')!;
    expect(row.cells[0]).toEqual({ state: 'shown', level: 'met', reason: null });
    expect(row.disagreement).toBe('strong');
    expect(await refusal(ctx, 'exercises.score', { exerciseId: exercise.id, auditorId: health.id, sha256: sha, criterion: 'C1', level: 'met' })).toMatchObject({ code: 'conflict' });
    // Social care does not score section B, and a submit needs every level.
    expect((await refusal(ctx, 'exercises.score', { exerciseId: exercise.id, auditorId: social.id, sha256: sha, criterion: 'B1', level: 'met' })).message).toMatch(/not among the criteria/);
    expect((await refusal(ctx, 'exercises.submit', { exerciseId: exercise.id, auditorId: education.id, sha256: sha })).message).toMatch(/every criterion before submitting: A1/);
    // The moderator, not scoring, sees the grid as it stands.
    expect((await must(ctx, 'exercises.panel', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id })).blind).toBe(false);
  });

  it('agreed levels, sign-off, and after it a change needs a reason and is in the trail', async () => {
    const { ctx, db, exercise, education, health, social, lead, plans, rubric } = await panelOfThree(1);
    const sha = plans[0]!;
    await scoreAll(ctx, exercise.id, education.id, sha, () => 'met');
    await scoreAll(ctx, exercise.id, health.id, sha, () => 'partly');
    await scoreAll(ctx, exercise.id, social.id, sha, () => 'met');
    expect((await refusal(ctx, 'exercises.agree', { exerciseId: exercise.id, sha256: sha, auditorId: education.id, criterion: 'A1', level: 'met' })).code).toBe('conflict');
    await must(ctx, 'exercises.note', { exerciseId: exercise.id, sha256: sha, auditorId: health.id, criterion: 'C1', text: 'The health advice is two years old.' });
    expect((await refusal(ctx, 'exercises.signOff', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id })).message).toMatch(/agreed level for every criterion/);
    for (const c of rubric.criteria) await must(ctx, 'exercises.agree', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id, criterion: c.id, level: c.section === 'C' ? 'partly' : 'met', reason: 'Panel view' });
    const signed = await must(ctx, 'exercises.signOff', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id });
    expect(signed.signOff).toMatchObject({ moderatorId: lead.id });
    expect(signed.notes.map((n) => n.text)).toEqual(['The health advice is two years old.']);
    expect((await must(ctx, 'exercises.get', { exerciseId: exercise.id })).exercise.status).toBe('signed_off');
    const noReason = await refusal(ctx, 'exercises.agree', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id, criterion: 'A1', level: 'partly' });
    expect(noReason.message).toMatch(/signed off: give a reason/);
    await must(ctx, 'exercises.agree', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id, criterion: 'A1', level: 'partly', reason: 'Re-read after sign-off' });
    const trail = trailFor(db, 'exercise_agreed', `${exercise.id}/${sha}/A1`);
    expect(trail.map((t) => [t.oldValue, t.newValue, t.reason, t.auditorId])).toEqual([[null, 'met', 'Panel view', lead.id], ['met', 'partly', 'Re-read after sign-off', lead.id]]);
    const history = (await must(ctx, 'exercises.panel', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id })).history;
    expect(history.filter((h) => h.entity === 'exercise_agreed' && h.entityKey.endsWith('/A1')).map((h) => [h.authorName, h.newValue, h.reason])).toEqual([['Lee Lead', 'met', 'Panel view'], ['Lee Lead', 'partly', 'Re-read after sign-off']]);
    expect(history.filter((h) => h.entity === 'exercise_signoff')).toHaveLength(1);
    expect(trailFor(db, 'exercise_score', `${exercise.id}/${sha}/${health.id}/C1`).map((t) => t.newValue)).toEqual(['partly']);
    expect(trailFor(db, 'exercise_assignment', `${exercise.id}/${sha}/${health.id}`).map((t) => t.newValue)).toEqual(['in_progress', 'submitted']);
  });

  it('agreement figures per criterion, section and overall, and the tool against the agreed levels', async () => {
    const { ctx, exercise, education, health, social, lead, plans, rubric } = await panelOfThree(2, false);
    for (const sha of plans) {
      await scoreAll(ctx, exercise.id, education.id, sha, () => 'met');
      await scoreAll(ctx, exercise.id, health.id, sha, (c) => (c.startsWith('C') ? 'not_met' : 'met'));
      await scoreAll(ctx, exercise.id, social.id, sha, () => 'met');
    }
    const tool = await must(ctx, 'audits.get', { sha256: plans[0]! });
    for (const sha of plans) {
      const suggestions = (await must(ctx, 'audits.get', { sha256: sha })).suggestions;
      for (const c of rubric.criteria) await must(ctx, 'exercises.agree', { exerciseId: exercise.id, sha256: sha, auditorId: lead.id, criterion: c.id, level: suggestions.find((s) => s.criterion === c.id)!.level });
    }
    const view = await must(ctx, 'exercises.agreement', { exerciseId: exercise.id });
    expect(view.raters.map((r) => r.name)).toEqual(['Eve Education', 'Hari Health', 'Sam Social']);
    // Everyone agrees outside section C; in C one of three pairs agrees.
    expect(view.agreement.criteria['A1']!.percentAgreement).toBe(1);
    expect(view.agreement.sections['C']!.percentAgreement).toBeCloseTo(1 / 3, 12);
    const items = rubric.criteria.length * 2;
    const cItems = rubric.criteria.filter((c) => c.section === 'C').length * 2;
    expect(view.agreement.overall.percentAgreement).toBeCloseTo((items - cItems + cItems / 3) / items, 12);
    expect(view.agreement.overall.pairwise).toHaveLength(3);
    // The agreed levels are the tool's own: exact agreement 1 wherever the tool gave a level.
    expect(view.agreement.tool.overall.percentAgreement).toBe(1);
    expect(tool.suggestions.length).toBe(rubric.criteria.length);
  });
});
