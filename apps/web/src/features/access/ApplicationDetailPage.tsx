import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
import { Facts } from '../../shared/ui/Facts';
import { Notice, useNotice } from '../../shared/ui/Notice';
import { useApplication } from './api';
import { DecisionSection } from './DecisionSection';
import { personName } from './labels';
import { ZrmSection } from './ZrmSection';

/** /toegang/aanmeldingen/:id: the application; for access officers also the ZRM and the decision. */
export function ApplicationDetailPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created;
  const user = useCurrentUser();
  const isOfficer = user.roles.includes('access_officer');
  // A local access team (wijkteam) prepares the application; the regional team decides.
  const mayDecide = isOfficer && user.organisation.kind !== 'local_access';
  const application = useApplication(id);
  const { notice, show } = useNotice();
  usePageTitle(
    application.data ? t('access.detail.title', { reference: application.data.reference }) : t('access.new.title'),
  );

  if (application.isPending) return <Loading />;
  if (application.isError) return <ErrorAlert error={application.error} onRetry={() => void application.refetch()} />;
  const data = application.data;
  const person = data.person;
  return (
    <>
      {isOfficer ? (
        <Paragraph>
          <RouterLink to="/toegang">{t('access.detail.back')}</RouterLink>
        </Paragraph>
      ) : null}
      <Heading1>{t('access.detail.title', { reference: data.reference })}</Heading1>
      {created ? (
        <Notice notice={{ text: t('access.new.sent', { reference: created }), id: 0 }} testId="application-created" />
      ) : null}
      <Notice notice={notice} testId="application-notice" />
      <section className="sp-section" aria-labelledby="application-facts-title">
        <Heading2 id="application-facts-title">{t('access.detail.application')}</Heading2>
        <Facts
          testId="application-facts"
          items={[
            { label: t('access.col.status'), value: t.enum('applicationStatus', data.status) },
            { label: t('access.col.service'), value: t.enum('service', data.requestedService) },
            { label: t('access.col.source'), value: t.enum('applicationSource', data.source) },
            { label: t('access.col.received'), value: formatDate(data.receivedOn, locale) },
            { label: t('access.detail.case'), value: data.caseReference },
            {
              label: t('access.detail.submittedBy'),
              value: [data.submittedBy, data.submittedByOrganisation].filter(Boolean).join(', '),
            },
            { label: t('access.detail.motivation'), value: data.motivation },
            {
              label: t('access.detail.expertise'),
              value: data.expertiseNeeds.map((tag) => t.enum('expertiseTag', tag)).join(', '),
            },
          ]}
        />
      </section>
      <section className="sp-section" aria-labelledby="application-person-facts">
        <Heading2 id="application-person-facts">{t('access.detail.person')}</Heading2>
        <Facts
          items={[
            {
              label: t('access.persons.col.name'),
              value: personName([person.givenName, person.familyName].filter(Boolean).join(' '), t),
            },
            { label: t('access.detail.bsn'), value: person.bsn },
            {
              label: t('access.detail.birthDate'),
              value: person.birthDate ? formatDate(person.birthDate, locale) : null,
            },
            {
              label: t('access.detail.age'),
              value: person.age === null ? null : t('access.detail.ageValue', { age: person.age }),
            },
            { label: t('access.detail.municipality'), value: person.municipalityName },
          ]}
        />
      </section>
      {isOfficer ? (
        <>
          <ZrmSection application={data} onSaved={show} />
          {mayDecide ? (
            <DecisionSection application={data} onSaved={show} />
          ) : (
            <Paragraph>{t('access.detail.decidedByRegion')}</Paragraph>
          )}
        </>
      ) : (
        <Paragraph>{t('access.detail.statusOnly')}</Paragraph>
      )}
    </>
  );
}
