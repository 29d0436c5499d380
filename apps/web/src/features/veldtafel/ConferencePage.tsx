import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { AddItemForms } from './AddItemForms';
import { AgendaItem } from './AgendaItem';
import { useConference } from './api';

/** /veldtafel/:id: the agenda with a decision and follow-up actions per case. */
export function ConferencePage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const conference = useConference(id);
  usePageTitle(conference.data?.title ?? t('veldtafel.title'));

  return (
    <>
      <Paragraph>
        <RouterLink to="/veldtafel">{t('veldtafel.detail.back')}</RouterLink>
      </Paragraph>
      {conference.isPending ? <Loading /> : null}
      {conference.isError ? <ErrorAlert error={conference.error} onRetry={() => void conference.refetch()} /> : null}
      {conference.data ? (
        <>
          <Heading1>{conference.data.title}</Heading1>
          <Paragraph>{t('veldtafel.detail.heldOn', { date: formatDate(conference.data.heldOn, locale) })}</Paragraph>
          {conference.data.agenda ? (
            <section className="sp-section" aria-labelledby="conference-agenda">
              <Heading2 id="conference-agenda">{t('veldtafel.detail.agenda')}</Heading2>
              <Paragraph>{conference.data.agenda}</Paragraph>
            </section>
          ) : null}
          <section className="sp-section" aria-labelledby="conference-items">
            <Heading2 id="conference-items">{t('veldtafel.items.title')}</Heading2>
            {conference.data.items.length === 0 ? (
              <Paragraph>{t('veldtafel.items.empty')}</Paragraph>
            ) : (
              conference.data.items.map((item) => <AgendaItem key={item.id} conference={conference.data} item={item} />)
            )}
          </section>
          <AddItemForms conference={conference.data} />
        </>
      ) : null}
    </>
  );
}
