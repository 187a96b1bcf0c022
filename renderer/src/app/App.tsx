import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { ExerciseScreen } from '../features/moderation/ExerciseScreen';
import { ModerationScreen } from '../features/moderation/ModerationScreen';
import { PanelScreen } from '../features/moderation/PanelScreen';
import { ScoringScreen } from '../features/moderation/ScoringScreen';
import { PlanScreen } from '../features/plan/PlanScreen';
import { ProfileScreen } from '../features/profile/ProfileScreen';
import { AGENCY_LABEL } from '../ui/labels';
import { useCurrentAuditor } from './current-auditor';
import { go, useRoute } from './route';

export function App() {
  const route = useRoute();
  const { auditors, current, choose, refresh, error } = useCurrentAuditor();

  if (error) return <main className="centre"><p role="alert" className="error">{error}</p></main>;
  if (!auditors) return <main className="centre"><p aria-live="polite">Loading…</p></main>;

  const needsProfile = !current || route.screen === 'profile';
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="topbar">
        <a className="brand" href="#/library" aria-label="ehcqa home: plan library">ehcqa</a>
        <span className="tagline">EHC plan quality assurance</span>
        <nav aria-label="Areas" className="areas">
          <a href="#/library" aria-current={route.screen === 'library' || route.screen === 'plan' ? 'page' : undefined}>Plans</a>
          <a href="#/moderation" aria-current={['moderation', 'exercise', 'scoring', 'panel'].includes(route.screen) ? 'page' : undefined}>Moderation</a>
          <a href="#/dashboard" aria-current={route.screen === 'dashboard' ? 'page' : undefined}>Dashboard</a>
        </nav>
        {current && (
          <span className="who">
            Auditing as <strong>{current.name}</strong> ({AGENCY_LABEL[current.agency]}{current.role ? `, ${current.role}` : ''})
            <button type="button" className="link" onClick={() => go({ screen: 'profile' })}>Switch auditor</button>
          </span>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {needsProfile ? (
          <ProfileScreen
            auditors={auditors}
            onChosen={async (id) => {
              await refresh();
              choose(id);
              go({ screen: 'library' });
            }}
          />
        ) : route.screen === 'dashboard' ? (
          <DashboardScreen />
        ) : route.screen === 'plan' ? (
          <PlanScreen sha256={route.sha256} auditor={current} />
        ) : route.screen === 'moderation' ? (
          <ModerationScreen auditor={current} auditors={auditors} />
        ) : route.screen === 'exercise' ? (
          <ExerciseScreen exerciseId={route.exerciseId} auditor={current} />
        ) : route.screen === 'scoring' ? (
          <ScoringScreen exerciseId={route.exerciseId} sha256={route.sha256} auditor={current} />
        ) : route.screen === 'panel' ? (
          <PanelScreen exerciseId={route.exerciseId} sha256={route.sha256} auditor={current} />
        ) : (
          <LibraryScreen auditor={current} />
        )}
      </main>
    </>
  );
}
