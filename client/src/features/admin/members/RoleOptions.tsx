import { COALITION_ROLES, type CoalitionRole } from '@tks/shared/domain';
import { useT } from '../../../i18n/useLocale';

export function RoleOptions() {
  const t = useT();
  return (
    <>
      {COALITION_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </>
  );
}

export function isCoalitionRole(value: string): value is CoalitionRole {
  return (COALITION_ROLES as readonly string[]).includes(value);
}
