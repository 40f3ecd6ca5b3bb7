import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '../../i18n/storage';
import {
  apiError,
  coalitionList,
  delftApi,
  delftSummary,
  requestedLanguages,
  sessionAs,
  stubApi,
} from '../../test/api';
import { renderRoute } from '../../test/render';

const DELFT = 'Coalitie Kansrijke Start Delft';

const DUTCH_LINKS = [
  'Thermometer',
  'Trends',
  'Kwartaalrapport',
  'Vragenlijsten',
  'Indicatoren',
  'Indicatoren inlezen',
  'Informatie delen',
  'Reflecteren',
  'Samenwerken & leren',
  'Integraal behandelplan',
  'Acties',
  'Beheer',
];

describe('the coalition shell', () => {
  it('shows the product, the coalition name from the API and the Dutch navigation', async () => {
    stubApi();
    renderRoute('/c/delft');

    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Thermometer Kansrijke Start' })).toHaveAttribute(
      'href',
      '/c/delft',
    );
    expect(await within(banner).findByText(DELFT)).toHaveAttribute('lang', 'nl');

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(DUTCH_LINKS);
    expect(within(nav).getByRole('list', { name: 'Meten & weten' })).toBeInTheDocument();
    expect(within(nav).getByRole('list', { name: 'Registers' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Thermometer' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Trends' })).not.toHaveAttribute('aria-current');

    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('nooit gegevens van individuele gezinnen');
  });

  it('switches to English, remembers the choice and asks the server in English from then on', async () => {
    const fetchSpy = stubApi();
    const { user } = renderRoute('/c/delft');
    await screen.findByText(DELFT);

    const dutch = screen.getByRole('button', { name: /Nederlands/ });
    const english = screen.getByRole('button', { name: /English/ });
    expect(dutch).toHaveAttribute('aria-pressed', 'true');
    expect(english).toHaveAttribute('aria-pressed', 'false');
    expect(requestedLanguages(fetchSpy)).toContain('nl');

    await user.click(english);

    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'Questionnaires' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Sharing information' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Administration' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Vragenlijsten' })).not.toBeInTheDocument();
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(dutch).toHaveAttribute('aria-pressed', 'false');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    // The coalition's own name is not translated.
    expect(screen.getByText(DELFT)).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Indicators' }));
    await screen.findByRole('table');
    expect(requestedLanguages(fetchSpy).at(-1)).toBe('en');
  });

  it('starts in the language chosen on an earlier visit', async () => {
    stubApi();
    renderRoute('/c/delft', { locale: 'en' });
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Thermometer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /English/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves focus to the new page heading and names the tab after page and coalition', async () => {
    stubApi();
    const { user } = renderRoute('/c/delft');
    await screen.findByText(DELFT);
    await waitFor(() => expect(document.title).toBe(`Thermometer · ${DELFT} · Thermometer Kansrijke Start`));

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(nav).getByRole('link', { name: 'Kwartaalrapport' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Kwartaalrapport' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe(`Kwartaalrapport · ${DELFT} · Thermometer Kansrijke Start`);
    expect(within(nav).getByRole('link', { name: 'Kwartaalrapport' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Thermometer' })).not.toHaveAttribute('aria-current');
  });

  it('collapses the navigation behind a menu button that Escape and navigating both close', async () => {
    stubApi();
    const { user } = renderRoute('/c/delft');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-controls', nav.id);
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav).getByRole('link', { name: 'Acties' }));
    await screen.findByRole('heading', { level: 1, name: 'Verbeteracties' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows no coalition switcher when there is only one coalition', async () => {
    stubApi();
    renderRoute('/c/delft');
    await screen.findByText(DELFT);
    expect(screen.queryByRole('combobox', { name: 'Coalitie' })).not.toBeInTheDocument();
  });

  it('switches between the coalitions the user belongs to and stays on the same page', async () => {
    const westland = { id: 2, slug: 'westland', name: 'Coalitie Kansrijke Start Westland', municipality: 'Westland' };
    const session = sessionAs('coordinator');
    stubApi({
      ...delftApi(),
      '/api/auth/session': {
        status: 200,
        body: {
          ...session,
          memberships: [
            ...session.memberships,
            {
              coalition: { id: westland.id, slug: westland.slug, name: westland.name },
              role: 'director',
              organisationId: null,
              organisationName: null,
            },
          ],
        },
      },
      '/api/coalitions': { status: 200, body: { coalitions: [...coalitionList.coalitions, westland] } },
      '/api/coalitions/westland': { status: 200, body: { ...delftSummary, ...westland } },
      '/api/coalitions/westland/indicators': { status: 200, body: { indicators: [] } },
    });
    const { user, router } = renderRoute('/c/delft/indicators');

    const switcher = await screen.findByRole('combobox', { name: 'Coalitie' });
    expect(switcher).toHaveValue('delft');
    await user.selectOptions(switcher, 'Coalitie Kansrijke Start Westland');
    // Choosing alone does not navigate; the button does.
    expect(router.state.location.pathname).toBe('/c/delft/indicators');
    await user.click(screen.getByRole('button', { name: 'Openen' }));

    expect(
      await within(screen.getByRole('banner')).findByText('Coalitie Kansrijke Start Westland'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/westland/indicators');
    expect(await screen.findByRole('heading', { name: 'Nog geen indicatoren' })).toBeInTheDocument();
    // The role is per coalition: a director there, so no administration.
    expect(within(screen.getByRole('banner')).getByText('bestuurder')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
  });

  it('explains, with the server’s words, that a coalition does not exist', async () => {
    stubApi({
      ...delftApi(),
      '/api/coalitions/nergens': apiError(404, 'not_found', 'Deze coalitie bestaat niet.'),
    });
    renderRoute('/c/nergens');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze coalitie bestaat niet.');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Deze coalitie kon niet worden geopend.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het overzicht' })).toHaveAttribute('href', '/');
  });
});
