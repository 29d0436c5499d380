import type { ReportPhase } from '@springplank/contract';

/** Dutch phase names as reporters read them. */
const PHASE_TEXT: Record<ReportPhase, string> = {
  received: 'ontvangen',
  in_follow_up: 'in behandeling',
  closed: 'afgesloten',
};

/**
 * The e-mail to a reporter about a phase change: the reference, the phase and the date,
 * never anything about the person or what is done for them (ACCESS.md).
 */
export function phaseMail(reference: string, phase: ReportPhase, statusUrl: string): { subject: string; body: string } {
  const phaseText = PHASE_TEXT[phase];
  return {
    subject: `Uw melding ${reference} is ${phaseText}`,
    body: [
      'Beste melder,',
      '',
      `Uw melding met nummer ${reference} is ${phaseText}.`,
      phase === 'in_follow_up'
        ? 'Een team gaat ermee aan de slag. Wat het team doet, vertellen we niet: dat is privé voor de persoon over wie u meldde.'
        : phase === 'closed'
          ? 'De melding is afgerond. Wat er is gebeurd, vertellen we niet: dat is privé voor de persoon over wie u meldde.'
          : 'We kijken zo snel mogelijk naar uw melding.',
      '',
      `De stand van zaken ziet u ook via uw persoonlijke link: ${statusUrl}`,
      '',
      'Maakt u zich nu zorgen over direct gevaar? Bel 112.',
      '',
      'Met vriendelijke groet,',
      'Meldpunt zorgwekkend gedrag',
    ].join('\n'),
  };
}
