import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n/useT';

/** Props of the pagination bar. */
export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

/** "Vorige pagina / Pagina 2 van 5 / Volgende pagina" for a paged list; hidden when all fits on one page. */
export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')} className="sp-pagination">
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          {t('pagination.previous')}
        </Button>
        <Paragraph className="sp-pagination__status" aria-live="polite">
          {t('pagination.status', { page, pages })}
        </Paragraph>
        <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
          {t('pagination.next')}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
