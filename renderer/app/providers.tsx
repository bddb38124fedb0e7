import type { ReactNode } from 'react';
import { AppContext } from '../state/hooks';
import type { AppModel } from '../state/app';
import { useApp } from '../state/hooks';
import { useApplyTheme } from './theme';

function ThemeAndLanguage({ children }: { children: ReactNode }) {
  const settings = useApp((s) => s.settings);
  useApplyTheme(settings.theme);
  document.documentElement.lang = settings.lang;
  return children;
}

export function Providers({ model, children }: { model: AppModel; children: ReactNode }) {
  return (
    <AppContext value={model}>
      <ThemeAndLanguage>{children}</ThemeAndLanguage>
    </AppContext>
  );
}
