/**
 * Dutch texts of the confirmation before an irreversible action: a question naming what will
 * happen, the consequence, and a verb on the button.
 */
export const nlConfirm = {
  'confirm.cancel': 'Annuleren',
  'confirm.route.title': 'Melding doorzetten naar {team}?',
  'confirm.route.body': '{team} krijgt de melding als casus. U kunt het doorzetten daarna niet ongedaan maken.',
  'confirm.route.confirm': 'Doorzetten',
  'confirm.closeReport.title': 'Melding afsluiten zonder vervolg?',
  'confirm.closeReport.body':
    'De melding wordt afgesloten en er komt geen casus. De melder krijgt bericht als die dat wilde. U kunt dit niet ongedaan maken.',
  'confirm.closeReport.confirm': 'Afsluiten',
  'confirm.merge.title': 'Melding samenvoegen met casus {reference}?',
  'confirm.merge.body':
    'De melding wordt toegevoegd aan casus {reference} en krijgt geen eigen casus. U kunt het samenvoegen niet ongedaan maken.',
  'confirm.mergeReport.title': 'Melding samenvoegen met de casus van melding {reference}?',
  'confirm.mergeReport.body':
    'De melding wordt toegevoegd aan de casus van melding {reference} en krijgt geen eigen casus. U kunt het samenvoegen niet ongedaan maken.',
  'confirm.merge.confirm': 'Samenvoegen',
  'confirm.closeCase.title': 'Casus {reference} afsluiten met uitkomst “{outcome}”?',
  'confirm.closeCase.body':
    'Na afsluiten kunt u niets meer vastleggen in deze casus. Melders die dat wilden krijgen bericht. U kunt dit niet ongedaan maken.',
  'confirm.closeCase.confirm': 'Afsluiten',
  'confirm.endStay.title': 'Verblijf van {name} beëindigen op {date}?',
  'confirm.endStay.body':
    'Het verblijf wordt afgesloten met reden “{reason}” en de plaats is vanaf die dag weer vrij. U kunt dit niet ongedaan maken.',
  'confirm.endStay.confirm': 'Beëindigen',
  'confirm.housed.title': 'Verhuizing van {name} vastleggen op {date}?',
  'confirm.housed.body':
    'De woningaanvraag wordt afgesloten: de persoon woont in de woning en staat niet meer op de uitstroomlijst. U kunt dit niet ongedaan maken.',
  'confirm.housed.confirm': 'Vastleggen',
  'confirm.grant.title': 'Aanvraag van {name} toekennen?',
  'confirm.grant.body': 'Het besluit wordt vastgelegd en kan daarna niet meer worden gewijzigd.',
  'confirm.grant.bodyWaitlist':
    'Het besluit wordt vastgelegd en kan daarna niet meer worden gewijzigd. De persoon komt op de wachtlijst.',
  'confirm.grant.confirm': 'Toekennen',
  'confirm.refuse.title': 'Aanvraag van {name} afwijzen?',
  'confirm.refuse.body': 'Het besluit wordt vastgelegd en kan daarna niet meer worden gewijzigd.',
  'confirm.refuse.confirm': 'Afwijzen',
  'confirm.removeWaitlist.title': '{name} van de wachtlijst halen?',
  'confirm.removeWaitlist.body':
    'De persoon verliest de plaats op de wachtlijst (reden: “{reason}”). U kunt dit niet ongedaan maken.',
  'confirm.removeWaitlist.confirm': 'Van de wachtlijst halen',
  'confirm.endInterim.title': 'Ondersteuning “{description}” beëindigen op {date}?',
  'confirm.endInterim.body':
    'De ondersteuning tijdens het wachten wordt op die dag afgesloten. U kunt dit niet ongedaan maken.',
  'confirm.endInterim.confirm': 'Beëindigen',
  'confirm.acceptOffer.title': 'Aanbod voor {name} accepteren, met start op {date}?',
  'confirm.acceptOffer.body':
    'Het verblijf start op {date} en de persoon gaat van de wachtlijst af. U kunt het accepteren niet ongedaan maken.',
  'confirm.acceptOffer.confirm': 'Accepteren',
  'confirm.declineOffer.title': 'Aanbod voor {name} afwijzen?',
  'confirm.declineOffer.body':
    'De toegang ziet uw reden en zoekt een andere plaats. U kunt het afwijzen niet ongedaan maken.',
  'confirm.declineOffer.confirm': 'Afwijzen',
  'confirm.withdrawOffer.title': 'Aanbod aan {name} intrekken?',
  'confirm.withdrawOffer.body':
    'De aanbieder kan het aanbod dan niet meer beantwoorden en de plaats is weer vrij. U kunt het intrekken niet ongedaan maken.',
  'confirm.withdrawOffer.confirm': 'Intrekken',
  'confirm.deactivateUser.title': 'Account van {name} deactiveren?',
  'confirm.deactivateUser.body':
    '{name} kan niet meer inloggen en wordt meteen overal uitgelogd. U kunt het account later weer activeren.',
  'confirm.deactivateUser.confirm': 'Deactiveren',
  'confirm.endSession.title': 'Sessie {device} van {date} beëindigen?',
  'confirm.endSession.body':
    'Wie deze sessie gebruikt, is meteen uitgelogd en moet opnieuw inloggen. U kunt dit niet ongedaan maken.',
  'confirm.endSession.confirm': 'Beëindigen',
  'confirm.endOtherSessions.title': 'Alle andere sessies beëindigen?',
  'confirm.endOtherSessions.body':
    'U wordt overal uitgelogd behalve hier, en moet daar opnieuw inloggen. U kunt dit niet ongedaan maken.',
  'confirm.endOtherSessions.confirm': 'Beëindigen',
};
