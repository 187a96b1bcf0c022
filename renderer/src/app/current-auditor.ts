import { useCallback, useEffect, useState } from 'react';
import type { Auditor } from '../../../core/store';
import { callOrThrow } from '../api/client';

const KEY = 'ehcqa.auditorId';

/** The auditor using this window: chosen once, remembered on this computer, switchable. */
export function useCurrentAuditor() {
  const [auditors, setAuditors] = useState<Auditor[] | null>(null);
  const [currentId, setCurrentId] = useState<number | null>(() => Number(window.localStorage.getItem(KEY)) || null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setAuditors(await callOrThrow('auditors.list', {}));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const choose = useCallback((id: number) => {
    window.localStorage.setItem(KEY, String(id));
    setCurrentId(id);
  }, []);

  const current = auditors?.find((a) => a.id === currentId) ?? null;
  return { auditors, current, choose, refresh, error };
}
