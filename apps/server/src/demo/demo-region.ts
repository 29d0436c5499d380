import type { OrganisationKind, Role } from '@springplank/domain';

/** The demo region's slug; the region and its municipalities are reference data (migration 0002). */
export const DEMO_REGION_SLUG = 'midden-ijssel';

/** The password of every demo account, printed on start. */
export const DEMO_PASSWORD = 'demo-springplank';

interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  municipalities: string[];
  locations?: { name: string; address: string; municipality: string }[];
}

interface DemoUser {
  email: string;
  displayName: string;
  organisation: string;
  roles: Role[];
}

const ALL = ['GM0150', 'GM0262', 'GM1773', 'GM0177', 'GM0301'];

/** Organisations of the demo region (names are fictional, the structure is the region's). */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'gemeente', name: 'Gemeente Deventer (centrumgemeente)', kind: 'municipality', municipalities: ALL },
  { key: 'toegang', name: 'Regionale toegang BW/MO Deventer', kind: 'regional_access', municipalities: ALL },
  { key: 'wijkteam', name: 'Sociaal wijkteam Zutphen', kind: 'local_access', municipalities: ['GM0301'] },
  { key: 'meldpunt', name: 'Meldpunt Zorgwekkend Gedrag GGD IJsselland', kind: 'meldpunt', municipalities: ALL },
  {
    key: 'bemoeizorg-dor',
    name: 'Bemoeizorgteam Deventer, Olst-Wijhe en Raalte',
    kind: 'outreach_team',
    municipalities: ['GM0150', 'GM1773', 'GM0177'],
  },
  {
    key: 'bemoeizorg-lz',
    name: 'Bemoeizorgteam Lochem en Zutphen',
    kind: 'outreach_team',
    municipalities: ['GM0262', 'GM0301'],
  },
  {
    key: 'debrug',
    name: 'Stichting De Brug Beschermd Wonen',
    kind: 'provider',
    municipalities: ['GM0150', 'GM1773', 'GM0177'],
    locations: [
      { name: 'De Brug – Keizerstraat', address: 'Keizerstraat 12, 7411 HE Deventer', municipality: 'GM0150' },
      { name: 'De Brug – Wijhe', address: 'Langstraat 40, 8131 BC Wijhe', municipality: 'GM1773' },
    ],
  },
  {
    key: 'herstelhuis',
    name: 'Herstelhuis Zutphen',
    kind: 'provider',
    municipalities: ['GM0301', 'GM0262'],
    locations: [
      { name: 'Herstelhuis – Spittaal', address: 'Spittaalstraat 5, 7201 EA Zutphen', municipality: 'GM0301' },
      { name: 'Herstelhuis – Lochem', address: 'Nieuweweg 18, 7241 EW Lochem', municipality: 'GM0262' },
    ],
  },
  {
    key: 'onderdak',
    name: 'Stichting Onderdak Salland (maatschappelijke opvang)',
    kind: 'provider',
    municipalities: ALL,
    locations: [
      { name: 'Nachtopvang Het Baken', address: 'Sijzenbaanplein 3, 7411 GX Deventer', municipality: 'GM0150' },
      { name: 'Crisisopvang Raalte', address: 'Kerkstraat 9, 8102 EA Raalte', municipality: 'GM0177' },
    ],
  },
  {
    key: 'ijsselhuis',
    name: 'Woonstichting IJsselhuis',
    kind: 'housing_corporation',
    municipalities: ['GM0150', 'GM1773', 'GM0177'],
  },
  {
    key: 'berkelstroom',
    name: 'Wooncorporatie Berkelstroom',
    kind: 'housing_corporation',
    municipalities: ['GM0262', 'GM0301'],
  },
  { key: 'politie', name: 'Politie Oost-Nederland, basisteam IJsselland-Zuid', kind: 'police', municipalities: ALL },
  { key: 'huisarts', name: 'Huisartsenpraktijk De Worp', kind: 'general_practice', municipalities: ['GM0150'] },
];

/** One demo account for every role in ACCESS.md (and a second outreach team, and a local access team). */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'melder@politie.demo.test',
    displayName: 'Jeroen Visser (wijkagent)',
    organisation: 'politie',
    roles: ['professional_reporter'],
  },
  {
    email: 'meldpunt@ggd.demo.test',
    displayName: 'Sanne de Vries',
    organisation: 'meldpunt',
    roles: ['meldpunt_operator'],
  },
  {
    email: 'bemoeizorg@dor.demo.test',
    displayName: 'Ahmet Yılmaz',
    organisation: 'bemoeizorg-dor',
    roles: ['outreach_worker'],
  },
  {
    email: 'bemoeizorg@lz.demo.test',
    displayName: 'Eva Kok',
    organisation: 'bemoeizorg-lz',
    roles: ['outreach_worker'],
  },
  {
    email: 'toegang@deventer.demo.test',
    displayName: 'Fatima El Amrani',
    organisation: 'toegang',
    roles: ['access_officer'],
  },
  {
    email: 'wijkteam@zutphen.demo.test',
    displayName: 'Youssef Amrani',
    organisation: 'wijkteam',
    roles: ['access_officer'],
  },
  {
    email: 'aanbieder@debrug.demo.test',
    displayName: 'Marieke Jansen',
    organisation: 'debrug',
    roles: ['provider_staff'],
  },
  {
    email: 'wonen@ijsselhuis.demo.test',
    displayName: 'Peter Bakker',
    organisation: 'ijsselhuis',
    roles: ['housing_officer'],
  },
  {
    email: 'beleid@deventer.demo.test',
    displayName: 'Lotte Smit',
    organisation: 'gemeente',
    roles: ['policy_analyst'],
  },
  {
    email: 'beheer@deventer.demo.test',
    displayName: 'Koen Mulder',
    organisation: 'gemeente',
    roles: ['administrator'],
  },
  {
    email: 'privacy@deventer.demo.test',
    displayName: 'Ingrid Hendriks',
    organisation: 'gemeente',
    roles: ['privacy_officer'],
  },
];
