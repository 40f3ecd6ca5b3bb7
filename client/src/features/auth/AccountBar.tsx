import { Link, useNavigate } from 'react-router';
import { PATHS } from '../../app/paths';
import { useT } from '../../i18n/useLocale';
import { useSignOutMutation } from './mutations';
import { membershipOf, useSession } from './session';

/** Who is signed in, in which role for this coalition, and the way out. */
export function AccountBar({ slug }: { slug?: string }) {
  const t = useT();
  const session = useSession();
  const signOut = useSignOutMutation();
  const navigate = useNavigate();
  if (!session) return null;
  const role = slug ? membershipOf(session, slug)?.role : undefined;

  return (
    <div className="account">
      <p className="account__who">
        <span className="visually-hidden">{t('account.signedInAs')} </span>
        <span className="account__name">{session.user.name}</span>
        {role ? (
          <>
            <span className="visually-hidden">, </span>
            <span className="account__role">{t(`role.${role}`)}</span>
          </>
        ) : null}
      </p>
      {session.user.isPlatformAdmin ? (
        <Link to={PATHS.platform} className="account__link">
          {t('account.platform')}
        </Link>
      ) : null}
      <button
        type="button"
        className="button button--secondary account__sign-out"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate(PATHS.signIn, { replace: true }) })}
      >
        {t('account.signOut')}
      </button>
      {signOut.isError ? (
        <p className="account__error" role="alert">
          {t('account.signOutFailed')}
        </p>
      ) : null}
    </div>
  );
}
