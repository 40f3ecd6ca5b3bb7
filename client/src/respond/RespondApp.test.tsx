/** @jsxImportSource preact */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RespondAnswers, RespondQuestionnaire } from '@tks/shared/schemas/respond';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, nl } from './messages';
import { RespondApp } from './RespondApp';

const TOKEN = 'T'.repeat(43);

const questionnaire: RespondQuestionnaire = {
  coalition: { name: 'Coalitie Kansrijke Start Teststad' },
  round: { title: 'Partnervragenlijst K4 2026', quarter: '2026-Q4', closesOn: '2026-12-18' },
  organisation: { name: 'Verloskundigenpraktijk De Wieg' },
  respondentRole: 'verloskundige',
  instrument: {
    name: { nl: 'Partnervragenlijst samenwerking', en: 'Partner questionnaire on collaboration' },
    dimensions: [
      {
        code: 'A',
        name: { nl: 'Gedeelde doelen', en: 'Shared goals' },
        items: [
          { id: 11, code: 'A1', text: { nl: 'We hebben één doel.', en: 'We have one goal.' } },
          { id: 12, code: 'A2', text: { nl: 'Ik voel me eigenaar.', en: 'I feel an owner.' } },
        ],
      },
      {
        code: 'B',
        name: { nl: 'Elkaar kennen', en: 'Knowing each other' },
        items: [
          { id: 21, code: 'B1', text: { nl: 'Ik weet wie ik moet bellen.', en: 'I know whom to call.' } },
          { id: 22, code: 'B2', text: { nl: 'We zien elkaar genoeg.', en: 'We meet often enough.' } },
        ],
      },
    ],
    openQuestions: [{ id: 91, code: 'O1', text: { nl: 'Wat gaat goed?', en: 'What goes well?' }, maxLength: 2000 }],
  },
  draft: null,
  draftSavedAt: null,
};

interface Call {
  method: string;
  url: string;
  body: RespondAnswers | undefined;
}

/** A stand-in for the three routes of a personal link, recording every call. */
function fakeServer(options: { load?: { status: number; body: unknown }; draft?: RespondAnswers | null } = {}) {
  const calls: Call[] = [];
  let used = false;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as RespondAnswers) : undefined;
    calls.push({ method, url: input, body });
    if (used) return json(410, { statusCode: 410, code: 'questionnaire_link_used', message: '' });
    if (method === 'GET') {
      if (options.load) return json(options.load.status, options.load.body);
      return json(200, { ...questionnaire, draft: options.draft ?? null });
    }
    if (method === 'PUT') return json(200, { savedAt: '2026-11-22T10:00:00.000Z' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    used = true;
    return json(200, { submitted: true });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

let container: HTMLElement | null = null;
function renderApp() {
  container = document.createElement('div');
  document.body.append(container);
  render(<RespondApp token={TOKEN} />, container);
  return userEvent.setup();
}

afterEach(() => {
  if (container) {
    render(null, container);
    container.remove();
    container = null;
  }
});

describe('the questionnaire behind a personal link', () => {
  it('opens with what is kept, answers as radio groups, and saves a draft shortly after a change', async () => {
    const server = fakeServer();
    const user = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Partnervragenlijst K4 2026' });
    expect(
      screen.getByText(/Alleen uw organisatie \(Verloskundigenpraktijk De Wieg\) en uw rol \(verloskundige\)/),
    ).toBeInTheDocument();
    expect(screen.getByText('U kunt de vragenlijst invullen tot en met 18-12-2026.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));

    await screen.findByRole('heading', { level: 1, name: 'Gedeelde doelen' });
    expect(screen.getByText('Stap 1 van 4 · 0 van 4 stellingen beantwoord')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'We hebben één doel.' });
    expect(within(group).getAllByRole('radio')).toHaveLength(6);
    await user.click(within(group).getByRole('radio', { name: 'Eens' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Ik voel me eigenaar.' })).getByRole('radio', {
        name: 'Weet ik niet / n.v.t.',
      }),
    );
    expect(screen.getByText('Stap 1 van 4 · 2 van 4 stellingen beantwoord')).toBeInTheDocument();

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen'), { timeout: 3000 });
    const saves = server.calls.filter((c) => c.method === 'PUT');
    // Two quick answers make one save, with both in it.
    expect(saves).toHaveLength(1);
    expect(saves[0]?.url).toBe(`/api/respond/${TOKEN}/draft`);
    expect(saves[0]?.body).toEqual({ likert: { 11: 4, 12: 'dont_know' }, open: {} });

    // A newer answer is not "saved" until its own save is done.
    await user.click(within(group).getByRole('radio', { name: 'Oneens' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Bezig met opslaan'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen'), { timeout: 3000 });
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(2);
  });

  it('resumes a saved draft at the first statement still open', async () => {
    fakeServer({ draft: { likert: { 11: 2, 12: 5 }, open: {} } });
    const user = renderApp();
    await screen.findByText('U hebt al 2 van de 4 stellingen beantwoord.');
    await user.click(screen.getByRole('button', { name: 'Verder waar u was' }));
    await screen.findByRole('heading', { level: 1, name: 'Elkaar kennen' });
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    await screen.findByRole('heading', { level: 1, name: 'Gedeelde doelen' });
    const group = screen.getByRole('group', { name: 'We hebben één doel.' });
    expect(within(group).getByRole('radio', { name: 'Oneens' })).toBeChecked();
  });

  it('reviews the answers, names what is unanswered, and sends once however often it is tapped', async () => {
    const server = fakeServer({ draft: { likert: { 11: 4, 12: 5, 21: 1 }, open: {} } });
    const user = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Verder waar u was' }));
    await screen.findByRole('heading', { level: 1, name: 'Elkaar kennen' });
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    const textarea = await screen.findByLabelText('Wat gaat goed?');
    await user.type(textarea, 'Korte lijnen');
    expect(screen.getByText('12 van 2000 tekens')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Naar het overzicht' }));

    await screen.findByRole('heading', { level: 1, name: 'Overzicht van uw antwoorden' });
    expect(screen.getByText(/1 stellingen hebt u niet beantwoord/)).toBeInTheDocument();
    expect(screen.getByText('Niet beantwoord')).toBeInTheDocument();
    expect(screen.getByText('4 · Eens')).toBeInTheDocument();
    expect(screen.getByText('Korte lijnen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wijzig Elkaar kennen' })).toBeInTheDocument();

    const send = screen.getByRole('button', { name: 'Versturen' });
    await user.dblClick(send);
    await screen.findByRole('heading', { level: 1, name: 'Bedankt voor het invullen!' });
    const posts = server.calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ likert: { 11: 4, 12: 5, 21: 1 }, open: { 91: 'Korte lijnen' } });
    // Nothing is saved as a draft after sending.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(
      server.calls.filter(
        (c) => c.method === 'PUT' && server.calls.indexOf(c) > server.calls.indexOf(posts[0] as Call),
      ),
    ).toEqual([]);
  });

  it.each([
    [410, 'questionnaire_link_used', 'Deze vragenlijst is al ingevuld'],
    [410, 'questionnaire_closed', 'Deze vragenronde is gesloten'],
    [409, 'questionnaire_not_open', 'Deze vragenronde is nog niet geopend'],
    [404, 'questionnaire_link_unknown', 'Deze link kennen we niet'],
  ])('shows its own page for a %i %s link', async (status, code, title) => {
    fakeServer({ load: { status, body: { statusCode: status, code, message: '' } } });
    renderApp();
    const heading = await screen.findByRole('heading', { level: 1, name: title });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });

  it('offers to try again when the connection fails', async () => {
    const server = fakeServer();
    server.fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const user = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'De vragenlijst kon niet worden geladen' });
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByRole('heading', { level: 1, name: 'Partnervragenlijst K4 2026' });
  });

  it('switches to English and remembers the choice', async () => {
    fakeServer();
    const user = renderApp();
    await screen.findByRole('button', { name: 'Beginnen' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: 'Shared goals' });
    expect(
      within(screen.getByRole('group', { name: 'We have one goal.' })).getAllByRole('radio')[4],
    ).toHaveAccessibleName('Strongly agree');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('tks.locale')).toBe('en');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toBeInTheDocument();
  });
});

describe('the questionnaire’s messages', () => {
  it('give every English text the same placeholders as its Dutch source', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(nl[key]) });
    }
  });
});
