import { COMPONENTS, type ComponentCode } from '@tks/shared/components';
import type { CoalitionRole } from '@tks/shared/domain';
import type { Locale } from '@tks/shared/locale';
import type { MessageKey, Translate } from '../i18n/translate';
import { SEGMENTS, type Segment } from './paths';

/** A label either comes from the messages or is the name of a toolkit component, kept in one place. */
type Label = { key: MessageKey } | { component: ComponentCode };

export interface NavItem {
  segment: Segment;
  label: Label;
  /** Shown only to members with this role; the server refuses the others anyway. */
  onlyFor?: CoalitionRole;
}

export interface NavGroup {
  id: string;
  /** Groups without a label hold a single item that names itself. */
  label?: Label;
  items: readonly NavItem[];
}

export const NAV_GROUPS: readonly NavGroup[] = [
  {
    id: 'overview',
    label: { key: 'nav.group.overview' },
    items: [
      { segment: SEGMENTS.thermometer, label: { key: 'nav.thermometer' } },
      { segment: SEGMENTS.trends, label: { key: 'nav.trends' } },
      { segment: SEGMENTS.report, label: { key: 'nav.report' } },
    ],
  },
  {
    id: 'measure',
    label: { component: 'meten_weten' },
    items: [
      { segment: SEGMENTS.questionnaires, label: { key: 'nav.questionnaires' } },
      { segment: SEGMENTS.indicators, label: { key: 'nav.indicators' } },
      { segment: SEGMENTS.imports, label: { key: 'nav.imports' }, onlyFor: 'coordinator' },
    ],
  },
  {
    id: 'registers',
    label: { key: 'nav.group.registers' },
    items: [
      { segment: SEGMENTS.agreements, label: { component: 'informatie_delen' } },
      { segment: SEGMENTS.mirrorConversations, label: { component: 'reflecteren' } },
      { segment: SEGMENTS.learning, label: { component: 'samenwerken_leren' } },
      { segment: SEGMENTS.carePlans, label: { component: 'integraal_behandelplan' } },
    ],
  },
  {
    id: 'improve',
    label: { key: 'nav.group.improve' },
    items: [{ segment: SEGMENTS.actions, label: { key: 'nav.actions' } }],
  },
  {
    id: 'admin',
    items: [{ segment: SEGMENTS.admin, label: { key: 'nav.admin' }, onlyFor: 'coordinator' }],
  },
];

/** The navigation as this member sees it: items for other roles left out, and groups left empty with them. */
export function navGroupsFor(role: CoalitionRole | null): NavGroup[] {
  return NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => item.onlyFor === undefined || item.onlyFor === role),
  })).filter((group) => group.items.length > 0);
}

export function labelText(label: Label, t: Translate, locale: Locale): string {
  return 'key' in label ? t(label.key) : COMPONENTS[label.component][locale];
}
