/** Dutch texts of the meldpunt pages: the report form, the receipt, the status page and own reports (B1). */
export const nlReports = {
  'report.title': 'Melding doen',
  'report.intro':
    'Maakt u zich zorgen over iemand? Bijvoorbeeld over een buurman, een familielid of iemand op straat? Vertel het ons met dit formulier.',
  'report.introMeldpunt':
    'Het meldpunt zorgwekkend gedrag leest uw melding. Zij kijken wat er nodig is en wie kan helpen.',
  'report.onBehalfOf': 'U meldt namens {organisation}.',
  'report.onBehalfOfHint':
    'Het meldpunt ziet dat de melding van uw organisatie komt. U vindt de melding daarna terug onder "Mijn meldingen".',
  'report.headerLink': 'Melding doen',
  'report.signInLink': 'Zorgen over iemand? Doe een melding',

  'report.acute.legend': 'Is er nu direct gevaar?',
  'report.acute.description':
    'Direct gevaar betekent: iemand kan zichzelf of een ander nu ernstig pijn doen. Of iemand is in levensgevaar.',
  'report.acute.call112': 'Bel direct 112 bij levensgevaar.',
  'report.acute.crisis':
    'Bel de crisisdienst van de GGZ via de huisarts of de huisartsenpost als iemand in een psychische crisis is.',
  'report.acute.recorded':
    'Bel eerst. Daarna kunt u deze melding nog versturen. Wij noteren de melding dan als acuut. Het meldpunt kijkt er dan zo snel mogelijk naar.',

  'report.categories.legend': 'Waar maakt u zich zorgen over?',
  'report.categories.description': 'Kies één of meer onderwerpen.',
  'report.concern.label': 'Wat ziet of hoort u?',
  'report.concern.description':
    'Vertel in uw eigen woorden wat er aan de hand is. Wat doet de persoon? Sinds wanneer? Hoe vaak? Schrijf minstens 10 tekens.',

  'report.subject.legend': 'Over wie gaat het?',
  'report.subject.description':
    'Vul in wat u weet. We hebben minstens één ding nodig om de persoon te vinden: een naam, een adres of een beschrijving.',
  'report.subject.name': 'Naam',
  'report.subject.address': 'Adres',
  'report.subject.age': 'Geschatte leeftijd',
  'report.subject.ageDescription': 'In jaren, bijvoorbeeld 45.',
  'report.subject.descriptionLabel': 'Beschrijving van de persoon',
  'report.subject.descriptionHint': 'Bijvoorbeeld: hoe ziet de persoon eruit? Waar is hij of zij vaak?',

  'report.location.legend': 'Waar is het?',
  'report.location.municipality': 'Gemeente',
  'report.location.municipalityEmpty': 'Kies een gemeente',
  'report.location.municipalityDescription': 'In welke gemeente woont of verblijft de persoon?',
  'report.location.address': 'Adres of plek',
  'report.location.addressDescription': 'Bijvoorbeeld een straat, een park of een winkel.',
  'report.location.district': 'Wijk',
  'report.location.loading': 'De lijst met gemeenten wordt geladen…',
  'report.location.loadFailed': 'De lijst met gemeenten kon niet worden geladen.',

  'report.reporter.legend': 'Wie bent u?',
  'report.reporter.description': 'Kies wat het beste past.',
  'report.contact.legend': 'Uw contactgegevens',
  'report.contact.description':
    'Het meldpunt kan u dan bellen of mailen als zij een vraag hebben. De persoon hoort van ons niet wie de melding heeft gedaan.',
  'report.contact.name': 'Uw naam',
  'report.contact.phone': 'Uw telefoonnummer',
  'report.contact.email': 'Uw e-mailadres',
  'report.contact.feedback': 'Ik wil horen hoe het verdergaat',
  'report.contact.feedbackDescription':
    'Vul dan ook uw e-mailadres in. Wij mailen u als de fase van uw melding verandert. Wij vertellen alleen hoe ver de melding is. Wij vertellen nooit wat we voor de persoon doen.',
  'report.contact.professional': 'U kunt de fase van de melding volgen onder "Mijn meldingen".',

  'report.attachments.legend': 'Foto’s of documenten',
  'report.attachments.description':
    'U kunt een PDF of een foto toevoegen (JPG, PNG, GIF of WebP). Hoogstens 5 bestanden, elk hoogstens 10 MB.',
  'report.attachments.input': 'Kies een bestand',
  'report.attachments.listLabel': 'Toegevoegde bestanden',
  'report.attachments.uploading': 'Bezig met toevoegen… {percent}%',
  'report.attachments.done': 'Toegevoegd',
  'report.attachments.failed': 'Niet gelukt: {reason}',
  'report.attachments.remove': 'Verwijderen',
  'report.attachments.tooBig': 'Dit bestand is groter dan 10 MB.',
  'report.attachments.wrongType': 'Dit soort bestand kan niet. Kies een PDF of een foto.',
  'report.attachments.tooMany': 'U kunt hoogstens 5 bestanden toevoegen.',
  'report.attachments.added': '{name} is toegevoegd.',
  'report.attachments.removed': '{name} is verwijderd.',
  'report.attachments.notAdded': '{name} is niet toegevoegd.',

  'report.honeypot.label': 'Laat dit veld leeg',

  'report.privacy.title': 'Wat doen we met uw gegevens?',
  'report.privacy.stored': 'We bewaren wat u invult: uw zorgen, de gegevens over de persoon, de plek en de bijlagen.',
  'report.privacy.contact': 'Alleen het meldpunt ziet uw naam, telefoonnummer en e-mailadres.',
  'report.privacy.anonymous': 'De persoon hoort van ons niet wie de melding heeft gedaan.',
  'report.privacy.removeContact':
    'Is de melding afgesloten? Dan wissen we uw contactgegevens. Behalve als u wilt horen hoe het verdergaat.',
  'report.privacy.retention':
    'Komt er geen hulp of begeleiding na de melding? Dan wissen we de melding een jaar nadat hij is afgesloten.',

  'report.submit': 'Melding versturen',
  'report.submitting': 'Bezig met versturen…',
  'report.notSent':
    'Uw melding is nog niet verstuurd. Controleer uw internetverbinding en probeer het opnieuw. U hoeft niets opnieuw in te vullen.',
  'report.retry': 'Opnieuw versturen',
  'report.changedAfterFailure':
    'Uw melding is misschien al eerder aangekomen. Daarna heeft u iets veranderd. Klik nog een keer op "Melding versturen" om de nieuwe versie te sturen.',

  'report.error.summaryTitle': 'Nog niet alles is goed ingevuld',
  'report.error.summaryIntro': 'Kies een punt hieronder om het te verbeteren.',
  'report.error.uploadsBusy': 'Wacht even tot alle bestanden zijn toegevoegd.',
  'report.error.tooLarge': 'Uw melding is te groot. Maak de tekst korter of verwijder een bestand.',

  'receipt.title': 'Uw melding is ontvangen',
  'receipt.pageTitle': 'Melding ontvangen',
  'receipt.thanks': 'Dank u wel. Het meldpunt gaat zo snel mogelijk met uw melding aan de slag.',
  'receipt.reference': 'Uw meldingsnummer is',
  'receipt.receivedAt': 'Ontvangen op {date}.',
  'receipt.linkTitle': 'Bewaar deze link',
  'receipt.linkText':
    'Met deze link ziet u hoe ver uw melding is. Bewaar de link goed. Zet hem bijvoorbeeld in uw notities, of mail hem naar uzelf. Geef de link niet aan anderen.',
  'receipt.copy': 'Link kopiëren',
  'receipt.copied': 'De link is gekopieerd.',
  'receipt.copyFailed': 'Kopiëren is niet gelukt. Selecteer de link en kopieer hem zelf.',
  'receipt.next.title': 'Wat gebeurt er nu?',
  'receipt.next.read': 'Het meldpunt leest uw melding.',
  'receipt.next.look': 'Zij kijken wat er nodig is. Soms gaat er iemand langs bij de persoon.',
  'receipt.next.contact':
    'Heeft het meldpunt een vraag? Dan nemen zij contact met u op, als u uw gegevens heeft ingevuld.',
  'receipt.another': 'Nog een melding doen',
  'receipt.ownReports': 'Naar de meldingen van mijn organisatie',
  'receipt.missing.title': 'Geen melding gevonden',
  'receipt.missing.text':
    'We kunnen de gegevens van uw melding hier niet meer laten zien. Heeft u de link bewaard? Dan ziet u daarmee hoe ver uw melding is.',

  'status.title': 'Hoe ver is uw melding?',
  'status.reference': 'Meldingsnummer: {reference}',
  'status.current': 'Uw melding is nu:',
  'status.stepsLabel': 'Stappen van uw melding',
  'status.step.done': 'Klaar',
  'status.step.current': 'Nu',
  'status.step.todo': 'Nog niet',
  'status.step.skipped': 'Niet nodig',
  'status.step.doneOn': 'Klaar op {date}',
  'status.step.currentSince': 'Nu, sinds {date}',
  'status.explain.received': 'Het meldpunt heeft uw melding gekregen en bekijkt wat er nodig is.',
  'status.explain.in_follow_up': 'Er is iemand met uw melding aan de slag.',
  'status.explain.closed': 'Het meldpunt is klaar met uw melding.',
  'status.privacy':
    'Wij vertellen nooit wat er met de persoon gebeurt. Zo beschermen we de privacy van de persoon. U ziet hier alleen hoe ver de melding is.',
  'status.notFound.title': 'Melding niet gevonden',
  'status.notFound.text': 'We kunnen deze melding niet vinden. Controleer de link.',
  'status.notFound.hint': 'Gebruik de hele link. Een deel van de link is niet genoeg.',
  'status.newReport': 'Een nieuwe melding doen',

  'ownReports.title': 'Meldingen van mijn organisatie',
  'ownReports.intro':
    'Hier ziet u de meldingen van {organisation}. U ziet alleen de fase en de datums. Wat er met de persoon gebeurt, ziet u niet.',
  'ownReports.new': 'Melding doen',
  'ownReports.caption': 'Meldingen van uw organisatie ({total})',
  'ownReports.empty': 'Uw organisatie heeft nog geen meldingen gedaan.',
  'ownReports.col.reference': 'Meldingsnummer',
  'ownReports.col.phase': 'Fase',
  'ownReports.col.receivedAt': 'Ontvangen',
  'ownReports.col.followUpStartedAt': 'In behandeling sinds',
  'ownReports.col.closedAt': 'Afgesloten op',
} as const satisfies Record<string, string>;
