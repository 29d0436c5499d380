import { Link as RRLink, type LinkProps } from 'react-router';

/** A react-router link with the NL Design System link style. */
export function RouterLink({ className, ...props }: LinkProps) {
  return (
    <RRLink className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />
  );
}

/** A react-router link that looks like a button (for "Nieuwe gebruiker" and similar). */
export function RouterButtonLink({
  className,
  appearance = 'primary-action-button',
  ...props
}: LinkProps & { appearance?: 'primary-action-button' | 'secondary-action-button' }) {
  const modifier = appearance === 'primary-action-button' ? 'primary-action' : 'secondary-action';
  return (
    <RRLink
      className={['utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${modifier}`, className]
        .filter(Boolean)
        .join(' ')}
      {...props}
    />
  );
}
