import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { translator, type Translate } from '../i18n';
import type { AppModel, AppState } from './app';
import type { Workbench } from './workbench';

export const AppContext = createContext<AppModel | null>(null);

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const wb = useContext(WorkbenchContext);
  if (!wb) throw new Error('useWorkbench outside <WorkbenchContext>');
  return wb;
}

export function useModel(): AppModel {
  const model = useContext(AppContext);
  if (!model) throw new Error('useModel outside <AppContext>');
  return model;
}

/** Subscribes to one slice; the component re-renders only when the selected value changes identity. */
export function useApp<T>(select: (s: AppState) => T): T {
  const model = useModel();
  return useSyncExternalStore(model.store.subscribe, () => select(model.store.getState()));
}

export function useT(): Translate {
  const lang = useApp((s) => s.settings.lang);
  return useMemo(() => translator(lang), [lang]);
}
