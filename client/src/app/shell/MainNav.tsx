import type { CoalitionRole } from '@tks/shared/domain';
import { useId } from 'react';
import { NavLink } from 'react-router';
import { useLocale } from '../../i18n/useLocale';
import { labelText, navGroupsFor } from '../navigation';
import { coalitionUrl } from '../paths';
import { type CoalitionChoice, CoalitionSwitcher } from './CoalitionSwitcher';

interface MainNavProps {
  id: string;
  slug: string;
  open: boolean;
  coalitions: readonly CoalitionChoice[];
  role: CoalitionRole | null;
  /** False when the user may not open this coalition: only the switcher to one they may open is left. */
  showPages: boolean;
}

export function MainNav({ id, slug, open, coalitions, role, showPages }: MainNavProps) {
  const { t, locale } = useLocale();
  const groupIdPrefix = useId();
  return (
    // `data-open` only matters below the phone breakpoint; the sidebar is always shown on wider screens.
    <nav id={id} className="main-nav" aria-label={t('nav.label')} data-open={open}>
      {coalitions.length > 1 || (coalitions.length > 0 && !coalitions.some((c) => c.slug === slug)) ? (
        <CoalitionSwitcher currentSlug={slug} coalitions={coalitions} />
      ) : null}
      {(showPages ? navGroupsFor(role) : []).map((group) => {
        const labelId = `${groupIdPrefix}-${group.id}`;
        return (
          <div className="main-nav__group" key={group.id}>
            {group.label ? (
              <p className="main-nav__group-label" id={labelId}>
                {labelText(group.label, t, locale)}
              </p>
            ) : null}
            <ul className="main-nav__list" aria-labelledby={group.label ? labelId : undefined}>
              {group.items.map((item) => (
                <li key={item.segment}>
                  <NavLink
                    to={coalitionUrl(slug, item.segment)}
                    // Without `end` the overview link would look active on every page below it.
                    end={item.segment === ''}
                    className="main-nav__link"
                  >
                    {labelText(item.label, t, locale)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
