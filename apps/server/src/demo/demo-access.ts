import {
  addDays,
  addMonths,
  defaultIwmoCategory,
  isWaitlistService,
  ZRM_DOMAINS,
  type ExpertiseTag,
  type ServiceCode,
  type WaitlistPriority,
} from '@springplank/domain';
import { applications, decisions, interimSupport, persons, waitlistEntries } from '../db/schema';
import { ZrmRepository } from '../modules/access/zrm.repository';
import { newReference } from '../modules/reports/report-tokens';
import type { DemoContext } from './demo-context';

/** One demo person with an application and, if decided, its decision. */
interface DemoApplication {
  givenName: string;
  familyName: string;
  birthDate: string;
  municipality: string;
  service: ServiceCode;
  source: 'local_access' | 'provider' | 'own_request';
  motivation: string;
  expertiseNeeds: ExpertiseTag[];
  /** Days before today the application came in. */
  receivedDaysAgo: number;
  zrm?: number[];
  decision?:
    | { granted: true; monthsAgo: number; priority: WaitlistPriority; priorityReason?: string; interim?: string }
    | { granted: false; monthsAgo: number; refusalReason: string };
}

const APPLICATIONS: DemoApplication[] = [
  {
    givenName: 'Sem',
    familyName: 'de Vries',
    birthDate: '2005-04-12',
    municipality: 'GM0150',
    service: 'beschermd_wonen',
    source: 'local_access',
    motivation:
      'Jongvolwassene, uit huis gezet na conflict; psychische klachten en schulden. Zelfstandig wonen lukt nu niet.',
    expertiseNeeds: ['young_adults'],
    receivedDaysAgo: 3,
    zrm: [1, 2, 2, 1, 2, 2, 4, 3, 4, 2, 2, 2, 5],
  },
  {
    givenName: 'Anouk',
    familyName: 'Smit',
    birthDate: '1988-09-30',
    municipality: 'GM0301',
    service: 'beschut_wonen',
    source: 'provider',
    motivation: 'Verblijft in de nachtopvang; heeft begeleiding nodig bij dagstructuur en medicatie.',
    expertiseNeeds: ['psychiatric_nursing'],
    receivedDaysAgo: 9,
  },
  {
    givenName: 'Henk',
    familyName: 'Jansen',
    birthDate: '1961-01-20',
    municipality: 'GM0177',
    service: 'housing_first',
    source: 'own_request',
    motivation: 'Al jaren dak- en thuisloos; wil een eigen woning met begeleiding aan huis.',
    expertiseNeeds: ['addiction', 'pets_allowed'],
    receivedDaysAgo: 20,
  },
  {
    givenName: 'Yusuf',
    familyName: 'Demir',
    birthDate: '1979-07-07',
    municipality: 'GM0150',
    service: 'beschermd_wonen',
    source: 'local_access',
    motivation: 'Langdurige psychiatrische problematiek, na opname geen woonplek. Toezicht nodig.',
    expertiseNeeds: ['psychiatric_nursing'],
    receivedDaysAgo: 170,
    zrm: [2, 1, 2, 1, 3, 1, 3, 4, 3, 2, 2, 2, 4],
    decision: {
      granted: true,
      monthsAgo: 5,
      priority: 'high',
      priorityReason: 'Ontslag uit de kliniek zonder woonplek',
      interim: 'Intensieve ambulante begeleiding, 3 keer per week',
    },
  },
  {
    givenName: 'Marieke',
    familyName: 'Visser',
    birthDate: '1996-11-02',
    municipality: 'GM0262',
    service: 'beschut_wonen',
    source: 'local_access',
    motivation: 'Licht verstandelijke beperking; redt het niet alleen in de huidige kamer.',
    expertiseNeeds: ['mild_intellectual_disability', 'women_only'],
    receivedDaysAgo: 140,
    decision: { granted: true, monthsAgo: 4, priority: 'normal', interim: 'Ambulante begeleiding vanuit de wijk' },
  },
  {
    givenName: 'Tom',
    familyName: 'Mulder',
    birthDate: '2002-02-14',
    municipality: 'GM0150',
    service: 'housing_first',
    source: 'local_access',
    motivation: 'Slaapt bij vrienden; eerdere plaatsingen in groepswonen mislukt.',
    expertiseNeeds: ['addiction', 'young_adults'],
    receivedDaysAgo: 50,
    decision: { granted: true, monthsAgo: 1, priority: 'urgent', priorityReason: 'Dreigt op straat te komen' },
  },
  {
    givenName: 'Petra',
    familyName: 'Bos',
    birthDate: '1970-05-05',
    municipality: 'GM0301',
    service: 'beschermd_wonen',
    source: 'local_access',
    motivation: 'Vraagt beschermd wonen aan na verlies van partner.',
    expertiseNeeds: [],
    receivedDaysAgo: 75,
    decision: {
      granted: false,
      monthsAgo: 2,
      refusalReason: 'Zelfstandig wonen met ambulante begeleiding volstaat; verwezen naar het wijkteam.',
    },
  },
];

/**
 * Demo applications, ZRM scores, decisions and waiting-list entries for seven persons of
 * different ages and municipalities: three new applications, three grants (two waiting longer
 * than three months, with support while waiting) and one refusal.
 */
export async function loadAccessDemo(context: DemoContext): Promise<void> {
  const { tx, regionId, today } = context;
  const officer = context.userIds.get('toegang@deventer.demo.test') ?? null;
  const provider = context.userIds.get('aanbieder@debrug.demo.test') ?? null;
  const toegang = context.organisationIds.get('toegang') ?? null;
  const debrug = context.organisationIds.get('debrug') ?? null;
  const zrm = new ZrmRepository();

  for (const demo of APPLICATIONS) {
    const [person] = await tx
      .insert(persons)
      .values({
        regionId,
        givenName: demo.givenName,
        familyName: demo.familyName,
        birthDate: demo.birthDate,
        municipalityId: context.municipalityIds.get(demo.municipality) ?? null,
      })
      .returning({ id: persons.id });
    if (!person) throw new Error('insert failed');
    const receivedOn = addDays(today, -demo.receivedDaysAgo);
    const byProvider = demo.source === 'provider';
    const status = demo.decision ? (demo.decision.granted ? 'granted' : 'refused') : 'submitted';
    const [application] = await tx
      .insert(applications)
      .values({
        regionId,
        reference: newReference('A'),
        personId: person.id,
        source: demo.source,
        requestedService: demo.service,
        motivation: demo.motivation,
        expertiseNeeds: demo.expertiseNeeds,
        status,
        receivedOn,
        submittedByUserId: byProvider ? provider : officer,
        submittedByOrganisationId: byProvider ? debrug : toegang,
      })
      .returning({ id: applications.id });
    if (!application) throw new Error('insert failed');
    if (demo.zrm) {
      await zrm.insertAssessment(tx, {
        regionId,
        personId: person.id,
        applicationId: application.id,
        assessedOn: addDays(receivedOn, 7) < today ? addDays(receivedOn, 7) : today,
        assessedByUserId: officer,
        scores: Object.fromEntries(ZRM_DOMAINS.map((domain, i) => [domain, demo.zrm?.[i] ?? 3])),
      });
    }
    const decision = demo.decision;
    if (!decision) continue;
    const decidedOn = addMonths(today, -decision.monthsAgo);
    const [row] = await tx
      .insert(decisions)
      .values({
        regionId,
        applicationId: application.id,
        granted: decision.granted,
        service: decision.granted ? demo.service : null,
        validFrom: decision.granted ? decidedOn : null,
        validUntil: decision.granted ? addDays(addMonths(decidedOn, 24), -1) : null,
        priority: decision.granted ? decision.priority : null,
        priorityReason: decision.granted ? (decision.priorityReason ?? null) : null,
        refusalReason: decision.granted ? null : decision.refusalReason,
        iwmoCategory: defaultIwmoCategory(demo.service),
        decidedOn,
        decidedByUserId: officer,
      })
      .returning({ id: decisions.id });
    if (!row) throw new Error('insert failed');
    if (!decision.granted || !isWaitlistService(demo.service)) continue;
    const [entry] = await tx
      .insert(waitlistEntries)
      .values({
        regionId,
        personId: person.id,
        service: demo.service,
        listedOn: decidedOn,
        priority: decision.priority,
        priorityReason: decision.priorityReason ?? null,
        expertiseNeeds: demo.expertiseNeeds,
        preferredMunicipalityId: context.municipalityIds.get(demo.municipality) ?? null,
        decisionId: row.id,
      })
      .returning({ id: waitlistEntries.id });
    if (!entry) throw new Error('insert failed');
    if (decision.interim) {
      await tx.insert(interimSupport).values({
        regionId,
        waitlistEntryId: entry.id,
        description: decision.interim,
        providerOrganisationId: debrug,
        startedOn: addDays(decidedOn, 14),
      });
    }
  }
}
