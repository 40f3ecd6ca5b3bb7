import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '@tks/shared/locale';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { LOCALE_STORAGE_KEY } from '../i18n/storage';

interface RenderRouteOptions {
  /** Start in this language, as if the user had chosen it on an earlier visit. */
  locale?: Locale;
}

/** Renders the real route tree at `path`, as the app does, with a fresh cache per test. */
export function renderRoute(path: string, { locale }: RenderRouteOptions = {}) {
  if (locale) window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, user, router, queryClient };
}
