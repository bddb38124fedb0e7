import type { ReactNode } from 'react';
import { AppContext, WorkbenchContext } from '../state/hooks';
import type { Workbench } from '../state/workbench';
import type { AppModel } from '../state/app';
import { useApp } from '../state/hooks';
import { useApplyTheme } from './theme';

function ThemeAndLanguage({ children }: { children: ReactNode }) {
  const settings = useApp((s) => s.settings);
  useApplyTheme(settings.theme);
  document.documentElement.lang = settings.lang;
  return children;
}

export function Providers({ model, workbench, children }: { model: AppModel; workbench: Workbench; children: ReactNode }) {
  return (
    <AppContext value={model}>
      <WorkbenchContext value={workbench}>
        <ThemeAndLanguage>{children}</ThemeAndLanguage>
      </WorkbenchContext>
    </AppContext>
  );
}
