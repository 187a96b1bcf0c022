import type { PlanGrade } from '../../../../core/domain';
import { gradeClass } from '../../ui/labels';

/** The grade as it stands with the auditor's levels, in words as well as colour, and why. */
export function GradeSummary({ grade, toolGrade }: { grade: PlanGrade; toolGrade: PlanGrade }) {
  const sections = Object.entries(grade.sections);
  return (
    <section className="grade-summary" aria-labelledby="grade-title" aria-live="polite">
      <h2 id="grade-title" className="visually-hidden">Grade</h2>
      <p className="overall">
        Overall: <span className={gradeClass(grade.grade)} data-testid="overall-grade">{grade.grade}</span>
        <span className="muted"> score {(grade.score ?? 0).toFixed(2)}; tool suggested {toolGrade.grade}</span>
      </p>
      {grade.limitedBy.length > 0 && (
        <p className="limited" data-testid="limited-by">Capped by limiting criteria not met: {grade.limitedBy.join(', ')}</p>
      )}
      <ul className="section-grades" aria-label="Section grades">
        {sections.map(([id, g]) => (
          <li key={id}><span className="section-id">{id}</span> <span className={gradeClass(g.grade)}>{g.grade}</span></li>
        ))}
      </ul>
    </section>
  );
}
