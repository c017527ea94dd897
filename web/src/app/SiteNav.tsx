import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SignOutButton } from '../features/auth/components/SignOutButton.js';
import { useMe } from '../features/auth/queries.js';

export function SiteNav() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data;

  return (
    <nav aria-label={t('app.mainNav')} className="site-nav">
      {user ? (
        <ul>
          <li>
            <NavLink to="/" end>
              {t('app.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/profile">{t('app.profile')}</NavLink>
          </li>
          <li>
            <NavLink to="/privacy">{t('app.privacy')}</NavLink>
          </li>
          <li>
            <NavLink to="/account/security">{t('app.accountSecurity')}</NavLink>
          </li>
          {user.roles.includes('admin') && (
            <li>
              <NavLink to="/admin">{t('app.admin')}</NavLink>
            </li>
          )}
          <li>
            <SignOutButton />
          </li>
        </ul>
      ) : (
        !me.isPending && (
          <ul>
            <li>
              <NavLink to="/sign-in">{t('app.signIn')}</NavLink>
            </li>
            <li>
              <NavLink to="/sign-up">{t('app.createAccount')}</NavLink>
            </li>
          </ul>
        )
      )}
    </nav>
  );
}
