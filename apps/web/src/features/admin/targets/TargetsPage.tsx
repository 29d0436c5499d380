import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useMonitorTargets } from './api';
import { TargetsForm } from './TargetsForm';

/** Functioneel beheer of the regional monitor: the regiovisie's targets of the region. */
export function TargetsPage() {
  const t = useT();
  usePageTitle(t('targets.title'));
  const targets = useMonitorTargets();
  return (
    <>
      <Heading1 id="targets-title">{t('targets.title')}</Heading1>
      <Paragraph>{t('targets.intro')}</Paragraph>
      {targets.isPending ? <Loading /> : null}
      {targets.isError ? <ErrorAlert error={targets.error} onRetry={() => void targets.refetch()} /> : null}
      {targets.data ? <TargetsForm initial={targets.data.items} /> : null}
    </>
  );
}
