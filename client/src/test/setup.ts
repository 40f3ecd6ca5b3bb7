import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from '../api/client';
import { loadMessages } from '../i18n/translate';

// The app fetches English on demand; tests switch language synchronously, so it is loaded up front.
await loadMessages('en');

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
