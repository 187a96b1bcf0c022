import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { ExerciseDetail } from '../../../../core/api/moderation/views';
import type { Auditor, LibraryRow } from '../../../../core/store';
import { call, callOrThrow } from '../../api/client';
import { go, hrefOf } from '../../app/route';
import { AGENCY_LABEL } from '../../ui/labels';
import { ASSIGNMENT_STATUS_LABEL } from './labels';

/** Moderation: the exercises, what the current auditor has to score, and a new exercise. */
export function ModerationScreen({ auditor, auditors }: { auditor: Auditor; auditors: readonly Auditor[] }) {
  const [exercises, setExercises] = useState<ExerciseDetail[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setExercises(await callOrThrow('exercises.list', {}));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const mine = (exercises ?? []).flatMap((x) => x.assignmentList.filter((a) => a.auditorId === auditor.id).map((a) => ({ exercise: x, assignment: a, plan: x.planLabels.find((p) => p.sha256 === a.planSha256)! })));
  return (
    <section className="moderation" aria-labelledby="moderation-title">
      <h1 id="moderation-title">Moderation</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <section className="card" aria-labelledby="mine-title">
        <h2 id="mine-title">My assignments</h2>
        {mine.length === 0 ? <p className="empty">Nothing to score: no exercise assigns you a plan.</p> : (
          <table className="plans">
            <thead><tr><th scope="col">Exercise</th><th scope="col">Plan</th><th scope="col">Sections</th><th scope="col">Status</th><th scope="col">Due</th></tr></thead>
            <tbody>
              {mine.map(({ exercise, assignment, plan }) => (
                <tr key={`${exercise.exercise.id}/${plan.sha256}`}>
                  <td>{exercise.exercise.name}</td>
                  <td><a href={hrefOf({ screen: 'scoring', exerciseId: exercise.exercise.id, sha256: plan.sha256 })}>Score {plan.reference}</a> <span className="muted">{plan.name}</span></td>
                  <td>{assignment.sections ? assignment.sections.join(', ') : 'All'}</td>
                  <td>{ASSIGNMENT_STATUS_LABEL[assignment.status]}</td>
                  <td>{exercise.exercise.dueDate ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="exercises-title">
        <h2 id="exercises-title">Exercises</h2>
        {exercises && exercises.length === 0 && <p className="empty">No exercise yet.</p>}
        {exercises && exercises.length > 0 && (
          <table className="plans">
            <thead><tr><th scope="col">Name</th><th scope="col">Plans</th><th scope="col">Auditors</th><th scope="col">Submitted</th><th scope="col">Signed off</th><th scope="col">Due</th></tr></thead>
            <tbody>
              {exercises.map((x) => (
                <tr key={x.exercise.id}>
                  <td><a href={hrefOf({ screen: 'exercise', exerciseId: x.exercise.id })}>{x.exercise.name}</a>{x.exercise.splitByAgency && <span className="muted"> (split by agency)</span>}</td>
                  <td>{x.plans}</td>
                  <td>{x.auditors}</td>
                  <td>{x.submitted} of {x.assignments}</td>
                  <td>{x.signedOff} of {x.plans}</td>
                  <td>{x.exercise.dueDate ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <NewExercise auditor={auditor} auditors={auditors} onCreated={(id) => go({ screen: 'exercise', exerciseId: id })} />
    </section>
  );
}

function NewExercise({ auditor, auditors, onCreated }: { auditor: Auditor; auditors: readonly Auditor[]; onCreated: (id: number) => void }) {
  const [plans, setPlans] = useState<LibraryRow[]>([]);
  const [name, setName] = useState('');
  const [chosenAuditors, setChosenAuditors] = useState<number[]>([]);
  const [method, setMethod] = useState<'chosen' | 'sample' | 'all'>('chosen');
  const [chosenPlans, setChosenPlans] = useState<string[]>([]);
  const [size, setSize] = useState('10');
  const [unit, setUnit] = useState<'plans' | 'percent'>('plans');
  const [planType, setPlanType] = useState<'' | 'final' | 'draft' | 'amended'>('');
  const [month, setMonth] = useState('');
  const [seed, setSeed] = useState('');
  const [split, setSplit] = useState(true);
  const [moderator, setModerator] = useState(String(auditor.id));
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void call('plans.list', {}).then((r) => r.ok && setPlans(r.value.filter((p) => p.status === 'ok' && p.toolGrade))), []);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await call('exercises.create', {
      name, auditorIds: chosenAuditors, splitByAgency: split, createdBy: auditor.id,
      ...(method === 'chosen' ? { plans: chosenPlans } : {}),
      ...(method === 'sample' ? { sample: { ...(unit === 'plans' ? { size: Number(size) } : { percent: Number(size) }), ...(seed ? { seed: Number(seed) } : {}) } } : {}),
      ...(method !== 'chosen' && (planType || month) ? { filters: { ...(planType ? { planType } : {}), ...(month ? { month } : {}) } } : {}),
      ...(moderator ? { moderatorId: Number(moderator) } : {}),
      ...(due ? { dueDate: due } : {}),
    });
    if (!result.ok) return setError(result.error.message);
    onCreated(result.value.exercise.id);
  }

  return (
    <form className="card new-exercise" onSubmit={(e) => void submit(e)} aria-labelledby="new-exercise-title">
      <h2 id="new-exercise-title">New exercise</h2>
      <label htmlFor="exercise-name">Name</label>
      <input id="exercise-name" value={name} onChange={(e) => setName(e.target.value)} required />
      <fieldset>
        <legend>Auditors</legend>
        {auditors.map((a) => (
          <label key={a.id} className="check"><input type="checkbox" checked={chosenAuditors.includes(a.id)} onChange={() => setChosenAuditors(toggle(chosenAuditors, a.id))} /> {a.name} <span className="muted">({AGENCY_LABEL[a.agency]})</span></label>
        ))}
      </fieldset>
      <label className="check"><input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} /> Split by agency (health scores C and G, social care D and H, everyone else the whole plan)</label>
      <fieldset>
        <legend>Plans</legend>
        <label className="check"><input type="radio" name="method" checked={method === 'chosen'} onChange={() => setMethod('chosen')} /> Chosen below</label>
        <label className="check"><input type="radio" name="method" checked={method === 'sample'} onChange={() => setMethod('sample')} /> A random sample</label>
        <label className="check"><input type="radio" name="method" checked={method === 'all'} onChange={() => setMethod('all')} /> Every audited plan</label>
        {method === 'sample' && (
          <div className="inline-fields">
            <label htmlFor="sample-size">Sample size</label>
            <input id="sample-size" type="number" min={1} value={size} onChange={(e) => setSize(e.target.value)} />
            <label htmlFor="sample-unit" className="visually-hidden">Sample size in</label>
            <select id="sample-unit" value={unit} onChange={(e) => setUnit(e.target.value as 'plans' | 'percent')}>
              <option value="plans">plans</option>
              <option value="percent">% of the plans</option>
            </select>
            <label htmlFor="sample-seed">Seed <span className="muted">(optional, to repeat a sample)</span></label>
            <input id="sample-seed" type="number" min={0} value={seed} onChange={(e) => setSeed(e.target.value)} />
          </div>
        )}
        {method !== 'chosen' && (
          <div className="inline-fields">
            <label htmlFor="filter-type">Plan type</label>
            <select id="filter-type" value={planType} onChange={(e) => setPlanType(e.target.value as typeof planType)}>
              <option value="">Any</option>
              <option value="final">Final</option>
              <option value="draft">Draft</option>
              <option value="amended">Amended</option>
            </select>
            <label htmlFor="filter-month">Plan dated in</label>
            <input id="filter-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
          </div>
        )}
        {method === 'chosen' && (
          <div className="plan-choices">
            {plans.map((p) => (
              <label key={p.sha256} className="check"><input type="checkbox" checked={chosenPlans.includes(p.sha256)} onChange={() => setChosenPlans(toggle(chosenPlans, p.sha256))} /> {p.metadata?.name ?? p.fileName} <span className="muted">{p.toolGrade}</span></label>
            ))}
          </div>
        )}
      </fieldset>
      <label htmlFor="exercise-moderator">Moderator</label>
      <select id="exercise-moderator" value={moderator} onChange={(e) => setModerator(e.target.value)}>
        <option value="">None (any auditor once all scores are in)</option>
        {auditors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
      <label htmlFor="exercise-due">Due date <span className="muted">(optional)</span></label>
      <input id="exercise-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary">Create exercise</button>
    </form>
  );
}
