import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeDto } from '../../../../../shared/contracts/accounts.js';
import { ROLES } from '../../../../../shared/roles.js';
import { Page } from '../../../ui/Page.js';
import { RoleSection } from './RoleSection.js';

/** A greeting, one section per role the person holds, and their account. */
export function SignedInHome({ user }: { user: MeDto }) {
  const { t } = useTranslation();
  const accountHeadingId = useId();
  return (
    <Page title={t('home.welcome', { handle: user.handle })}>
      {ROLES.filter((role) => user.roles.includes(role)).map((role) => (
        <RoleSection key={role} role={role} />
      ))}
      <section aria-labelledby={accountHeadingId} className="card">
        <h2 id={accountHeadingId}>{t('home.accountHeading')}</h2>
        <p>{t('home.accountText')}</p>
        <p>
          <Link to="/account/security">{t('home.accountLink')}</Link>
        </p>
      </section>
    </Page>
  );
}
