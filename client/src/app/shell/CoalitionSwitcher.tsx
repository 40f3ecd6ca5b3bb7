import type { Membership } from '@tks/shared/schemas/auth';
import { type FormEvent, useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../i18n/useLocale';
import { coalitionUrl, segmentOf } from '../paths';

/** What the switcher needs of a coalition; a membership carries exactly this. */
export type CoalitionChoice = Membership['coalition'];

interface CoalitionSwitcherProps {
  currentSlug: string;
  coalitions: readonly CoalitionChoice[];
}

/** The current coalition, or the first one the user may open when the current one is not theirs. */
function initialChoice(currentSlug: string, coalitions: readonly CoalitionChoice[]): string {
  return coalitions.some((coalition) => coalition.slug === currentSlug)
    ? currentSlug
    : (coalitions[0]?.slug ?? currentSlug);
}

/**
 * A select plus a button rather than navigating on change: moving to another coalition on every
 * arrow key in the list would be a change of context the user did not ask for (WCAG 3.2.2).
 */
export function CoalitionSwitcher({ currentSlug, coalitions }: CoalitionSwitcherProps) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [selected, setSelected] = useState(() => initialChoice(currentSlug, coalitions));
  const [syncedSlug, setSyncedSlug] = useState(currentSlug);
  if (syncedSlug !== currentSlug) {
    // Follow navigation that happened elsewhere (back button, a link) without an effect.
    setSyncedSlug(currentSlug);
    setSelected(initialChoice(currentSlug, coalitions));
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected === currentSlug) return;
    navigate(coalitionUrl(selected, segmentOf(pathname, currentSlug)));
  };

  return (
    <form className="coalition-switcher" onSubmit={submit}>
      <label htmlFor={id} className="coalition-switcher__label">
        {t('switcher.label')}
      </label>
      <div className="coalition-switcher__row">
        <select
          id={id}
          className="coalition-switcher__select"
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
        >
          {coalitions.map((coalition) => (
            <option key={coalition.id} value={coalition.slug} lang="nl">
              {coalition.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t('switcher.submit')}
        </button>
      </div>
    </form>
  );
}
