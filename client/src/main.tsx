import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readStoredLocale } from './i18n/storage';
import { loadMessages } from './i18n/translate';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const root = container;
// Fetch the stored language's messages first (English is a chunk of its own); Dutch if that fails.
loadMessages(readStoredLocale())
  .catch(() => {})
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
