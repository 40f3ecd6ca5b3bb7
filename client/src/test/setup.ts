import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from '../api/client';
import { loadMessages } from '../i18n/translate';

// The app fetches English on demand; tests switch language synchronously, so it is loaded up front.
await loadMessages('en');

// The first visit to a lazy route makes Vite transform that page's modules, which on a busy CI
// machine takes longer than Testing Library's default wait of one second (seen failing on CI).
configure({ asyncUtilTimeout: 5000 });

// jsdom does not implement scrolling; React Router's scroll restoration calls it on every navigation.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // The token lives at module level, like in the browser; each test starts without one.
  setCsrfToken(null);
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
  document.title = '';
});
