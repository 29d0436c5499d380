import { Button, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useT } from '../../shared/i18n/useT';

/** The private status link with a copy button and the advice to keep it safe. */
export function StatusLinkBox({ link }: { link: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const linkRef = useRef<HTMLAnchorElement>(null);

  const selectLink = () => {
    const element = linkRef.current;
    const selection = window.getSelection();
    if (!element || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // No clipboard (plain http, or refused): select the link so it can be copied by hand.
      selectLink();
      setCopied('failed');
    }
  };

  return (
    <section className="sp-section sp-status-link-box" aria-labelledby="status-link-title">
      <Heading2 id="status-link-title">{t('receipt.linkTitle')}</Heading2>
      <Paragraph>{t('receipt.linkText')}</Paragraph>
      <Paragraph className="sp-status-link">
        <Link href={link} ref={linkRef} data-testid="report-status-link">
          {link}
        </Link>
      </Paragraph>
      <div className="sp-actions">
        <Button appearance="secondary-action-button" type="button" onClick={() => void copy()}>
          {t('receipt.copy')}
        </Button>
        <span role="status" className="sp-copy-status">
          {copied === 'copied' ? t('receipt.copied') : copied === 'failed' ? t('receipt.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
