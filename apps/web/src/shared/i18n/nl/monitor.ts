import type { MonitorHeadlineId, MonitorStatus, MonitorTargetKey } from '@springplank/contract';

/** The figure ids of MONITOR_FIGURES (packages/contract/src/monitor-figures.ts). */
type FigureId =
  | 'bw_clients_total'
  | 'bw_clients_in_care'
  | 'bw_clients_waiting'
  | 'mo_clients_total'
  | 'bw_wait_beschermd_wonen_realized'
  | 'bw_wait_beschut_wonen_realized'
  | 'bw_wait_beschermd_wonen_current'
  | 'bw_wait_beschut_wonen_current'
  | 'mo_long_stay_all'
  | 'mo_long_stay_nachtopvang'
  | 'mo_long_stay_24uursopvang'
  | 'mo_long_stay_crisisopvang'
  | 'mo_long_stay_ambulante_crisisopvang'
  | 'housing_within_3_months'
  | 'housing_realized_mean'
  | 'housing_waiting_n'
  | 'housing_waiting_mean';

/** Keys that must exist because code looks them up by a value from the API. */
type RequiredKeys = Record<
  | `monitor.headline.${MonitorHeadlineId}`
  | `monitor.headline.${MonitorHeadlineId}.explain`
  | `monitor.status.${MonitorStatus}`
  | `monitor.figure.${FigureId}`
  | `targets.key.${MonitorTargetKey}`,
  string
>;

/** Dutch texts of the regional monitor, its print report, the drill-down and the targets (B1). */
export const nlMonitor = {
  'nav.monitor': 'Regionale monitor',
  'nav.admin_targets': 'Doelen monitor',

  'home.tile.monitor': 'Regionale monitor',
  'home.area.monitor': 'De cijfers van de regiovisie: stand, nulmeting, doel en ontwikkeling per gemeente.',
  'home.tile.admin_targets': 'Doelen van de monitor',
  'home.area.admin_targets': 'De doelen van de regiovisie instellen: nulmeting, doelmoment en waarde.',

  'monitor.title': 'Regionale monitor',
  'monitor.intro':
    'Hoe staan we ervoor met de doelen van de regiovisie? Per cijfer ziet u de stand nu, de nulmeting en het doel.',
  'monitor.filters.title': 'Kies wat u wilt zien',
  'monitor.filters.date': 'Peildatum',
  'monitor.filters.dateHint': 'De dag waarop we tellen. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-01-01.',
  'monitor.filters.year': 'Jaar',
  'monitor.filters.yearHint':
    'Voor het aantal cliënten in de maatschappelijke opvang: wie in dat jaar in de opvang was.',
  'monitor.filters.municipality': 'Gemeente van herkomst',
  'monitor.filters.allMunicipalities': 'Alle gemeenten',
  'monitor.filters.ageGroup': 'Leeftijd',
  'monitor.filters.allAges': 'Alle leeftijden',
  'monitor.filters.youngAdults': 'Jongvolwassenen (18 tot en met 27 jaar)',
  'monitor.filters.months': 'Ontwikkeling over',
  'monitor.filters.months12': 'De laatste 12 maanden',
  'monitor.filters.months24': 'De laatste 24 maanden',
  'monitor.filters.apply': 'Toon de cijfers',
  'monitor.filters.invalidDate': 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2025-01-01.',
  'monitor.filters.invalidYear': 'Vul een jaartal in tussen 2000 en 2100, bijvoorbeeld 2024.',
  'monitor.filters.errorsTitle': 'Controleer de filters',
  'monitor.filters.errorsIntro': 'Pas het volgende aan:',
  'monitor.shownFor': 'Cijfers van {region} op {date}, jaar {year}. {municipality}, {ageGroup}.',
  'monitor.suppressedNote':
    'Cijfers over 1 tot 5 personen tonen we niet, zodat niemand te herkennen is. Daar staat "<5".',
  'monitor.exactNote':
    'U ziet de exacte cijfers. Kies een cijfer om de personen erachter te zien. Dat wordt vastgelegd in het toegangslog.',
  'monitor.suppressed': '<5',
  'monitor.suppressedLong': 'minder dan 5 personen',
  'monitor.empty': 'geen gegevens',
  'monitor.months': '{value} mnd',
  'monitor.percent': '{value} %',
  'monitor.loading': 'De cijfers worden berekend…',

  'monitor.headlines.title': 'Doelen van de regiovisie',
  'monitor.headline.bw_clients': 'Cliënten beschermd wonen',
  'monitor.headline.bw_clients.explain':
    'In beschermd of beschut wonen, of op de wachtlijst daarvoor, op de peildatum.',
  'monitor.headline.mo_clients': 'Cliënten maatschappelijke opvang',
  'monitor.headline.mo_clients.explain': 'Personen die in het gekozen jaar minstens één dag in de opvang waren.',
  'monitor.headline.bw_wait_beschermd_wonen': 'Wachttijd beschermd wonen',
  'monitor.headline.bw_wait_beschermd_wonen.explain':
    'Gemiddelde wachttijd van wie in de 12 maanden voor de peildatum een plek kreeg.',
  'monitor.headline.bw_wait_beschut_wonen': 'Wachttijd beschut wonen',
  'monitor.headline.bw_wait_beschut_wonen.explain':
    'Gemiddelde wachttijd van wie in de 12 maanden voor de peildatum een plek kreeg.',
  'monitor.headline.mo_long_stay': 'Lang in de opvang',
  'monitor.headline.mo_long_stay.explain': 'Deel van de cliënten in de opvang dat er langer dan 3 maanden is.',
  'monitor.headline.housing_within_3_months': 'Binnen 3 maanden een woning',
  'monitor.headline.housing_within_3_months.explain':
    'Deel van wie in de 12 maanden voor de peildatum een woning kreeg, binnen 3 maanden nadat dat kon.',
  'monitor.card.now': 'Nu',
  'monitor.card.baseline': 'Nulmeting ({moment})',
  'monitor.card.target': 'Doel ({moment})',
  'monitor.card.status': 'Stand',
  'monitor.card.targetReduction': 'Doel: {percent} % minder dan de nulmeting.',
  'monitor.card.people': 'Personen achter dit cijfer bekijken',
  'monitor.status.met': 'Doel gehaald',
  'monitor.status.on_track': 'Op koers',
  'monitor.status.off_track': 'Niet op koers',
  'monitor.status.no_data': 'Geen oordeel mogelijk',
  'monitor.status.explain':
    '"Op koers" betekent: minstens zo goed als een rechte lijn van de nulmeting naar het doel op dit moment.',

  'monitor.figure.bw_clients_total': 'Cliënten beschermd wonen (in zorg of wachtend)',
  'monitor.figure.bw_clients_in_care': 'In beschermd of beschut wonen',
  'monitor.figure.bw_clients_waiting': 'Op de wachtlijst beschermd of beschut wonen',
  'monitor.figure.mo_clients_total': 'Cliënten maatschappelijke opvang in het jaar',
  'monitor.figure.bw_wait_beschermd_wonen_realized': 'Wachttijd beschermd wonen (geplaatst)',
  'monitor.figure.bw_wait_beschut_wonen_realized': 'Wachttijd beschut wonen (geplaatst)',
  'monitor.figure.bw_wait_beschermd_wonen_current': 'Wachttijd tot nu, beschermd wonen',
  'monitor.figure.bw_wait_beschut_wonen_current': 'Wachttijd tot nu, beschut wonen',
  'monitor.figure.mo_long_stay_all': 'Langer dan 3 maanden in de opvang (alle opvang)',
  'monitor.figure.mo_long_stay_nachtopvang': 'Langer dan 3 maanden in de nachtopvang',
  'monitor.figure.mo_long_stay_24uursopvang': 'Langer dan 3 maanden in de 24-uursopvang',
  'monitor.figure.mo_long_stay_crisisopvang': 'Langer dan 3 maanden in de crisisopvang',
  'monitor.figure.mo_long_stay_ambulante_crisisopvang': 'Langer dan 3 maanden in de ambulante crisisopvang',
  'monitor.figure.housing_within_3_months': 'Binnen 3 maanden een woning',
  'monitor.figure.housing_realized_mean': 'Gemiddelde tijd tot een woning',
  'monitor.figure.housing_waiting_n': 'Wachtend op een woning',
  'monitor.figure.housing_waiting_mean': 'Wachttijd tot nu voor een woning',
  'monitor.col.figure': 'Cijfer',
  'monitor.col.value': 'Waarde',
  'monitor.col.n': 'Aantal personen',
  'monitor.col.date': 'Peildatum',
  'monitor.col.year': 'Jaar',
  'monitor.col.municipality': 'Gemeente',
  'monitor.col.all': 'Alle leeftijden',
  'monitor.col.young': '18 tot en met 27 jaar',
  'monitor.col.headline': 'Doel',
  'monitor.col.baseline': 'Nulmeting',
  'monitor.col.target': 'Doelwaarde',
  'monitor.col.status': 'Stand',

  'monitor.figures.title': 'Alle cijfers',
  'monitor.figures.caption': 'Alle cijfers op de peildatum',
  'monitor.trend.title': 'Ontwikkeling per maand',
  'monitor.trend.intro':
    'Elke stip is de eerste dag van een maand. Onder elke grafiek staan dezelfde cijfers in een tabel.',
  'monitor.trend.bw': 'Cliënten beschermd wonen per maand',
  'monitor.trend.wait': 'Wachttijd beschermd en beschut wonen per maand (maanden)',
  'monitor.trend.shares': 'Lang in de opvang en binnen 3 maanden een woning per maand (%)',
  'monitor.trend.tableCaption': '{title}: cijfers per peildatum',
  'monitor.moYears.title': 'Cliënten maatschappelijke opvang per jaar',
  'monitor.moYears.caption': 'Cliënten maatschappelijke opvang per jaar',
  'monitor.municipalities.title': 'Gemeenten naast elkaar',
  'monitor.municipalities.intro': 'Personen tellen mee bij hun gemeente van herkomst.',
  'monitor.municipalities.caption': 'De belangrijkste cijfers per gemeente op de peildatum',
  'monitor.municipalities.chart': 'Cliënten beschermd wonen per gemeente',
  'monitor.young.title': 'Jongvolwassenen (18 tot en met 27 jaar)',
  'monitor.young.intro': 'Dezelfde cijfers voor jongvolwassenen, naast die voor alle leeftijden.',
  'monitor.young.caption': 'Cijfers voor jongvolwassenen en voor alle leeftijden',

  'monitor.export.title': 'Downloaden en printen',
  'monitor.export.csv': 'Download als CSV voor Excel',
  'monitor.export.csvMachine': 'Download als CSV voor software (RFC 4180)',
  'monitor.export.xlsx': 'Download als Excel (XLSX)',
  'monitor.export.report': 'Open het rapport om te printen',
  'monitor.export.note':
    'De bestanden bevatten dezelfde cijfers als het scherm. Een cijfer over minder dan 5 personen staat er als "afgeschermd".',
  'monitor.export.variants':
    'De CSV voor Excel heeft een regel per cijfer, afgerond zoals op het scherm (percentages met een decimaal, komma als decimaalteken). De CSV voor software heeft de onafgeronde waarden met punten; aandelen staan er als fractie tussen 0 en 1.',

  'monitor.report.title': 'Rapport regionale monitor',
  'monitor.report.print': 'Print dit rapport',
  'monitor.report.back': 'Terug naar de monitor',
  'monitor.report.generated': 'Gemaakt op {time}',
  'monitor.report.filters': 'Filters',
  'monitor.report.region': 'Regio',

  'monitor.population.title': 'Personen achter een cijfer',
  'monitor.population.intro': 'Cijfer: {figure}. Peildatum {date}, jaar {year}.',
  'monitor.population.logged': 'U bekijkt persoonsgegevens. Dit is vastgelegd in het toegangslog.',
  'monitor.population.caption': 'Personen achter het cijfer ({count})',
  'monitor.population.none': 'Er zijn geen personen achter dit cijfer.',
  'monitor.population.back': 'Terug naar de monitor',
  'monitor.population.invalid': 'Deze link is niet compleet. Ga terug naar de monitor en kies een cijfer.',
  'monitor.population.col.name': 'Naam',
  'monitor.population.col.reference': 'Kenmerk',
  'monitor.population.col.birthDate': 'Geboortedatum',
  'monitor.population.col.municipality': 'Gemeente',
  'monitor.population.col.service': 'Voorziening',
  'monitor.population.col.start': 'Vanaf',
  'monitor.population.col.end': 'Tot',
  'monitor.population.col.duration': 'Duur (maanden)',
  'monitor.population.col.flag': 'Telt mee als',
  'monitor.population.flag.long': 'langer dan 3 maanden',
  'monitor.population.flag.within': 'binnen 3 maanden',
  'monitor.population.flag.no': 'nee',
  'monitor.service.beschermd_wonen': 'Beschermd wonen',
  'monitor.service.beschut_wonen': 'Beschut wonen',
  'monitor.service.nachtopvang': 'Nachtopvang',
  'monitor.service.24uursopvang': '24-uursopvang',
  'monitor.service.crisisopvang': 'Crisisopvang',
  'monitor.service.ambulante_crisisopvang': 'Ambulante crisisopvang',
  'monitor.population.unknown': 'onbekend',
  'monitor.population.figureLabel': '{figure} ({part})',
  'monitor.population.part.all': 'iedereen',
  'monitor.population.part.flagged': 'alleen wie meetelt',

  'targets.title': 'Doelen van de regionale monitor',
  'targets.intro':
    'De doelen uit de regiovisie. De nulmeting rekent Springplank zelf uit op de datum of in het jaar dat u hier kiest.',
  'targets.caption': 'Doelen per indicator',
  'targets.col.target': 'Doel',
  'targets.col.baseline': 'Nulmeting',
  'targets.col.targetMoment': 'Doelmoment',
  'targets.col.value': 'Waarde',
  'targets.key.bw_clients': 'Cliënten beschermd wonen: procent minder',
  'targets.key.mo_clients': 'Cliënten maatschappelijke opvang: procent minder',
  'targets.key.bw_wait': 'Wachttijd beschermd en beschut wonen: hoogstens (maanden)',
  'targets.key.mo_long_stay': 'Lang in de opvang: hoogstens (% van de cliënten)',
  'targets.key.housing_within_3_months': 'Binnen 3 maanden een woning: minstens (% van wie een woning kreeg)',
  'targets.field': '{target}: {column}',
  'targets.save': 'Doelen opslaan',
  'targets.saved': 'De doelen zijn opgeslagen.',
  'targets.errorsTitle': 'De doelen zijn niet opgeslagen',
  'targets.errorsIntro': 'Pas het volgende aan:',
} satisfies RequiredKeys & Record<string, string>;
