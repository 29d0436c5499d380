import type { StayDetail } from '@springplank/contract';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useI18n, useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { Facts } from '../../shared/ui/Facts';
import '../../shared/ui/casework.css';
import { useStay } from './api';
import { EndStayForm } from './EndStayForm';
import { formatDate, formatMonths } from '../../shared/format';

/** /verblijven/:id: one stay with its person, place and dates, and the form to end it. */
export function StayDetailPage() {
  const t = useT();
  usePageTitle(t('stays.detail.title'));
  const { id = '' } = useParams();
  const stay = useStay(id);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <Heading1>
        {stay.data
          ? `${t('stays.detail.title')}: ${stay.data.person.name ?? t('stays.unknownPerson')}`
          : t('stays.detail.title')}
      </Heading1>
      <Paragraph>
        <RouterLink to="/verblijven">{t('stays.detail.back')}</RouterLink>
      </Paragraph>
      {stay.isPending ? <Loading /> : null}
      {stay.isError && isApiError(stay.error, 'NOT_FOUND') ? <Paragraph>{t('stays.detail.notFound')}</Paragraph> : null}
      {stay.isError && !isApiError(stay.error, 'NOT_FOUND') ? (
        <ErrorAlert error={stay.error} onRetry={() => void stay.refetch()} />
      ) : null}
      {notice ? <SuccessAlert testId="stay-notice">{notice}</SuccessAlert> : null}
      {stay.data ? (
        <>
          {stay.data.longerThan3Months ? (
            <Alert type="warning" className="sp-alert" data-testid="long-stay-warning">
              <Paragraph>{t('stays.detail.longWarning')}</Paragraph>
            </Alert>
          ) : null}
          <StayFacts stay={stay.data} />
          {stay.data.endedOn === null ? <EndStayForm stay={stay.data} onDone={setNotice} /> : null}
        </>
      ) : null}
    </>
  );
}

function StayFacts({ stay }: { stay: StayDetail }) {
  const { t, locale } = useI18n();
  return (
    <Facts
      testId="stay-facts"
      items={[
        { label: t('stays.detail.person'), value: stay.person.name ?? t('stays.unknownPerson') },
        {
          label: t('stays.detail.birthDate'),
          value: stay.person.birthDate ? formatDate(stay.person.birthDate, locale) : null,
        },
        {
          label: t('stays.detail.municipality'),
          value: stay.person.municipalityCode ? t.enum('municipality', stay.person.municipalityCode) : null,
        },
        { label: t('stays.detail.service'), value: t.enum('service', stay.service) },
        { label: t('stays.detail.provider'), value: stay.organisationName ?? stay.providerRef },
        { label: t('stays.detail.location'), value: stay.locationName },
        { label: t('stays.detail.startedOn'), value: formatDate(stay.startedOn, locale) },
        {
          label: t('stays.detail.status'),
          value: stay.current ? t('stays.detail.current') : t('stays.detail.ended'),
        },
        { label: t('stays.detail.duration'), value: t('stays.months', { months: formatMonths(stay.months, locale) }) },
        { label: t('stays.detail.endedOn'), value: stay.endedOn ? formatDate(stay.endedOn, locale) : null },
        { label: t('stays.detail.endReason'), value: stay.endReason ? t.enum('stayEndReason', stay.endReason) : null },
        { label: t('stays.detail.iwmoCode'), value: stay.iwmoEndReasonCode },
        { label: t('stays.detail.endNote'), value: stay.endNote },
        { label: t('stays.detail.createdBy'), value: stay.createdBy },
      ]}
    />
  );
}
