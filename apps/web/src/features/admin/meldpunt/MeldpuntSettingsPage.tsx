import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useRegion } from '../../../shared/api/session';
import { useOrganisations } from '../organisations/api';
import { useDeadlineRules, useRoutingRules } from './api';
import { DeadlinesForm } from './DeadlinesForm';
import { RoutingRulesForm } from './RoutingRulesForm';

/** Functioneel beheer of the meldpunt: routing rules per municipality or district, and deadlines. */
export function MeldpuntSettingsPage() {
  const t = useT();
  usePageTitle(t('settings.title'));

  return (
    <>
      <Heading1>{t('settings.title')}</Heading1>
      <Paragraph>{t('settings.intro')}</Paragraph>
      <RoutingSection />
      <DeadlinesSection />
    </>
  );
}

function RoutingSection() {
  const t = useT();
  const rules = useRoutingRules();
  const region = useRegion();
  const organisations = useOrganisations();
  const loading = rules.isPending || region.isPending || organisations.isPending;
  const error = rules.error ?? region.error ?? organisations.error;

  return (
    <section className="sp-section" aria-labelledby="routing-title">
      <Heading2 id="routing-title">{t('settings.routing.title')}</Heading2>
      <Paragraph>{t('settings.routing.intro')}</Paragraph>
      {loading && !error ? <Loading /> : null}
      {error ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            void rules.refetch();
            void region.refetch();
            void organisations.refetch();
          }}
        />
      ) : null}
      {rules.data && region.data && organisations.data ? (
        <RoutingRulesForm
          rules={rules.data.items}
          municipalities={region.data.municipalities}
          organisations={organisations.data.items}
        />
      ) : null}
    </section>
  );
}

function DeadlinesSection() {
  const t = useT();
  const deadlines = useDeadlineRules();

  return (
    <section className="sp-section" aria-labelledby="deadlines-title">
      <Heading2 id="deadlines-title">{t('settings.deadlines.title')}</Heading2>
      <Paragraph>{t('settings.deadlines.intro')}</Paragraph>
      <Paragraph>{t('settings.deadlines.wvggz')}</Paragraph>
      {deadlines.isPending ? <Loading /> : null}
      {deadlines.isError ? <ErrorAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} /> : null}
      {deadlines.data ? <DeadlinesForm initial={deadlines.data} /> : null}
    </section>
  );
}
