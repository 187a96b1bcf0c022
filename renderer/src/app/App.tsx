import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
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
        {current && (
          <nav aria-label="Screens" className="screens">
            <a href="#/library" aria-current={route.screen === 'library' ? 'page' : undefined}>Library</a>
            <a href="#/dashboard" aria-current={route.screen === 'dashboard' ? 'page' : undefined}>Dashboard</a>
          </nav>
        )}
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
        ) : (
          <LibraryScreen auditor={current} />
        )}
      </main>
    </>
  );
}
