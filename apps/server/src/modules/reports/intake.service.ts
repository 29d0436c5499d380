import { createHash, createSecretKey, hash, randomUUID, type KeyObject } from 'node:crypto';
import type {
  AttachmentReceipt,
  CreateReportInput,
  OwnReportList,
  ReportReceipt,
  ReportStatus,
} from '@springplank/contract';
import {
  DEFAULT_DEADLINE_RULES,
  dutchDateOf,
  triageDueOn,
  type DeadlineRules,
  type IsoDate,
  type Urgency,
} from '@springplank/domain';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import type { Actor, ActorContext } from '../../shared/context';
import type { AccessLogService } from '../access-log/access-log.service';
import { sanitiseAttachmentName } from './attachment-names';
import { detectAllowedType, MAX_ATTACHMENT_BYTES } from './attachment-types';
import { hashToken, newReference, statusTokenFor } from './report-tokens';

import { presentOwnReport, presentPhase } from './reports.presenter';
import type { MunicipalityRow, NewReport, ReportRow, ReportsRepository } from './reports.repository';

/** What a status token can look like; anything else is an unknown link, not bad input. */
const STATUS_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Where a report came in. */
export type IntakeChannel = 'public_form' | 'professional' | 'api';

/** Who submits: nobody known (public form, integration) or a signed-in professional. */
export interface IntakeSource {
  channel: IntakeChannel;
  ctx: ActorContext | null;
  idempotencyKey: string | null;
}

const STATUS_KEY = 'report-status-token-key';

/** Turns a signed-in user's roles into the right to report on behalf of their organisation. */
export function reportsOnBehalfOfOrganisation(actor: Actor | null): boolean {
  return Boolean(actor && (actor.roles.includes('professional_reporter') || actor.roles.includes('meldpunt_operator')));
}

/**
 * Report intake: stores a report durably (one transaction) before anyone is told it was
 * received, derives the private status link, and answers retries with the same receipt.
 */
export class IntakeService {
  private statusKey: Promise<KeyObject> | null = null;
  private readonly municipalityCache = new Map<string, { value: MunicipalityRow; until: number }>();
  private readonly rulesCache = new Map<string, RulesEntry>();
  /** The Dutch date of the last UTC minute seen (formatting it is the costly part of a deadline). */
  private today: { minute: number; day: IsoDate } = { minute: Number.NaN, day: '' };

  constructor(
    private readonly db: Db,
    private readonly repository: ReportsRepository,
    private readonly accessLog: AccessLogService,
    private readonly publicUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Store a new report and return its receipt; `created` is false for an idempotent replay. */
  async submit(input: CreateReportInput, source: IntakeSource): Promise<{ receipt: ReportReceipt; created: boolean }> {
    if (input.website) throw new AppError('HONEYPOT_FILLED');
    const municipality = await this.cachedMunicipality(input.location.municipalityCode);
    if (!municipality) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'location.municipalityCode', code: 'unknown_municipality' },
      ]);
    }
    const regionId = municipality.regionId;
    if (source.ctx && source.ctx.actor.regionId !== regionId) {
      throw new AppError('MUNICIPALITY_UNKNOWN');
    }
    // A retry is recognised by the insert itself (the idempotency key's unique index), so a
    // first request costs no extra lookup.
    const fingerprint = source.idempotencyKey ? fingerprintOf(input) : null;
    const receivedAt = this.now();
    const urgency = input.acuteDanger ? 'acute' : 'normal';
    const rules = await this.cachedRules(regionId);
    const dueOn = this.triageDue(rules, receivedAt, urgency);
    const actor = source.ctx?.actor ?? null;
    const onBehalf = reportsOnBehalfOfOrganisation(actor);
    for (let attempt = 0; ; attempt += 1) {
      try {
        // The id is chosen here so the status token can be derived before the insert.
        const id = randomUUID();
        const statusToken = statusTokenFor(await this.key(), id);
        const statusTokenHash = hashToken(statusToken);
        const report: NewReport = {
          id,
          regionId,
          reference: newReference('M'),
          statusTokenHash,
          channel: source.channel,
          idempotencyKey: source.idempotencyKey,
          idempotencyFingerprint: fingerprint,
          urgency,
          acute: input.acuteDanger,
          categories: [...new Set(input.categories)],
          concern: input.concern,
          subjectName: input.subject.name ?? null,
          subjectAddress: input.subject.address ?? null,
          subjectAge: input.subject.approximateAge ?? null,
          subjectDescription: input.subject.description ?? null,
          municipalityId: municipality.id,
          locationAddress: input.location.address ?? null,
          district: input.location.district ?? null,
          reporterKind: input.reporter.kind,
          reporterName: input.reporter.name ?? (onBehalf ? actor?.displayName : null) ?? null,
          reporterPhone: input.reporter.phone ?? null,
          reporterEmail: input.reporter.email ?? null,
          wantsFeedback: input.reporter.wantsFeedback,
          reporterOrganisationId: onBehalf ? actor!.organisationId : null,
          reporterUserId: onBehalf ? actor!.userId : null,
          receivedAt,
          triageDueOn: dueOn,
        };
        // A plain public report is one INSERT, atomic on its own; attachments and the access
        // log (a signed-in professional) need a transaction around the insert.
        const needsTransaction = input.attachmentIds.length > 0 || (onBehalf && source.ctx !== null);
        const store = async (tx: Db) => {
          const inserted = await this.repository.insert(tx, report);
          if (!inserted) return null;
          const claimed = await this.repository.claimAttachments(tx, regionId, inserted.id, input.attachmentIds);
          if (claimed !== new Set(input.attachmentIds).size) {
            throw new AppError('VALIDATION_FAILED', {}, [{ path: 'attachmentIds', code: 'attachment_not_found' }]);
          }
          if (onBehalf && source.ctx) {
            await this.accessLog.record(tx, source.ctx, {
              action: 'report.create',
              subjectType: 'report',
              subjectId: inserted.id,
              details: { reference: inserted.reference, channel: source.channel },
            });
          }
          return inserted;
        };
        const row = needsTransaction
          ? await this.db.transaction(store)
          : await this.repository.insertAlone(this.db, report);
        if (!row) {
          // A concurrent request with the same idempotency key won the race.
          const earlier = await this.repository.findByIdempotencyKey(this.db, regionId, source.idempotencyKey ?? '');
          if (!earlier) throw new Error('idempotency conflict without a stored report');
          return { receipt: await this.replay(earlier, fingerprint), created: false };
        }
        return { receipt: this.receiptWith(row, statusToken), created: true };
      } catch (error) {
        // A reference collision (40 bits of randomness) is retried with a new reference.
        if (isUniqueViolation(error) && attempt < 3) continue;
        throw error;
      }
    }
  }

  /** Store an uploaded file for a report that is about to be submitted. */
  async upload(content: Buffer, declaredType: string | undefined, filename: string): Promise<AttachmentReceipt> {
    if (content.length === 0 || content.length > MAX_ATTACHMENT_BYTES) throw new AppError('ATTACHMENT_REJECTED');
    const mediaType = await detectAllowedType(content, declaredType);
    if (!mediaType) throw new AppError('ATTACHMENT_REJECTED');
    const safeName = sanitiseAttachmentName(filename);
    const id = await this.repository.insertAttachment(this.db, {
      filename: safeName,
      mediaType,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    });
    return { id, filename: safeName, mediaType, size: content.length };
  }

  /** What the private status link shows. */
  async status(token: string): Promise<ReportStatus> {
    if (!STATUS_TOKEN.test(token)) throw new AppError('NOT_FOUND');
    const row = await this.repository.findPhaseByTokenHash(this.db, hashToken(token));
    if (!row) throw new AppError('NOT_FOUND');
    return presentPhase(row);
  }

  /** The phase of the reports of the actor's organisation. */
  async ownReports(ctx: ActorContext, page: number, pageSize: number): Promise<OwnReportList> {
    const { rows, total } = await this.repository.listOfOrganisation(
      this.db,
      ctx.actor.regionId,
      ctx.actor.organisationId,
      { offset: (page - 1) * pageSize, limit: pageSize },
    );
    return {
      items: rows.map(presentOwnReport),
      total,
    };
  }

  /** The private status link of a report (for feedback e-mails), read through `db` (a transaction may pass itself). */
  async statusUrlOf(reportId: string, db: Db = this.db): Promise<string> {
    return `${this.publicUrl}/status/${statusTokenFor(await this.key(db), reportId)}`;
  }

  /** Municipalities for the public form. */
  async municipalities() {
    return { items: await this.repository.allMunicipalities(this.db) };
  }

  /** Municipalities are reference data: cached for five minutes. */
  private async cachedMunicipality(code: string) {
    const hit = this.municipalityCache.get(code);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await this.repository.municipalityByCode(this.db, code);
    if (value) this.municipalityCache.set(code, { value, until: Date.now() + 300_000 });
    return value;
  }

  /**
   * Drop cached deadline rules when settings change on any instance (db/settings-changes.ts);
   * null drops them all (the listener reconnected and may have missed a change).
   */
  forgetSettings(change: string | null): void {
    if (change === null) this.rulesCache.clear();
    else if (change.startsWith('deadline-rules:')) this.rulesCache.delete(change.slice('deadline-rules:'.length));
  }

  /** Deadline rules change rarely: cached per region, dropped on a change notice, at most a minute old. */
  private async cachedRules(regionId: string): Promise<RulesEntry> {
    const hit = this.rulesCache.get(regionId);
    if (hit && hit.until > Date.now()) return hit;
    const entry = {
      value: await loadDeadlineRules(this.db, this.repository, regionId),
      until: Date.now() + 60_000,
      dueOn: new Map<string, IsoDate>(),
    };
    this.rulesCache.set(regionId, entry);
    return entry;
  }

  /**
   * The triage deadline of a report received at `receivedAt`. The Dutch date is formatted once per
   * UTC minute (Amsterdam is a whole number of hours off UTC, so the date cannot change within a
   * minute), and the deadline once per date and urgency for the rules it was computed with.
   */
  private triageDue(rules: RulesEntry, receivedAt: Date, urgency: Urgency): IsoDate {
    const minute = Math.floor(receivedAt.getTime() / 60_000);
    if (minute !== this.today.minute) this.today = { minute, day: dutchDateOf(receivedAt) };
    const key = `${this.today.day}/${urgency}`;
    let due = rules.dueOn.get(key);
    if (due === undefined) {
      due = triageDueOn(this.today.day, urgency, rules.value);
      rules.dueOn.set(key, due);
    }
    return due;
  }

  private async replay(earlier: ReportRow, fingerprint: string | null): Promise<ReportReceipt> {
    if (earlier.idempotencyFingerprint && fingerprint && earlier.idempotencyFingerprint !== fingerprint) {
      throw new AppError('IDEMPOTENCY_CONFLICT');
    }
    return this.receiptOf(earlier);
  }

  private async receiptOf(row: Pick<ReportRow, 'id' | 'reference' | 'receivedAt' | 'acute'>): Promise<ReportReceipt> {
    return this.receiptWith(row, statusTokenFor(await this.key(), row.id));
  }

  private receiptWith(row: Pick<ReportRow, 'reference' | 'receivedAt' | 'acute'>, token: string): ReportReceipt {
    return {
      reference: row.reference,
      statusToken: token,
      statusUrl: `${this.publicUrl}/status/${token}`,
      receivedAt: row.receivedAt.toISOString(),
      acute: row.acute,
    };
  }

  /**
   * The status-token key, read once. Callers inside a transaction pass it, because PGlite
   * has a single connection and a read outside the transaction would wait for it forever.
   */
  private key(db: Db = this.db): Promise<KeyObject> {
    this.statusKey ??= this.repository
      .secret(db, STATUS_KEY)
      // A KeyObject is prepared once; passing raw bytes to createHmac re-prepares them per call.
      .then((value) => createSecretKey(Buffer.from(value, 'base64')))
      .catch((error: unknown) => {
        this.statusKey = null;
        throw error;
      });
    return this.statusKey;
  }
}

/** The region's deadline rules, with the defaults for urgencies it did not configure. */
export async function loadDeadlineRules(
  db: Db,
  repository: ReportsRepository,
  regionId: string,
): Promise<DeadlineRules> {
  const rules: DeadlineRules = { ...DEFAULT_DEADLINE_RULES };
  for (const row of await repository.deadlineRules(db, regionId)) {
    rules[row.urgency] = {
      triageWorkingDays: row.triageWorkingDays,
      firstContactWorkingDays: row.firstContactWorkingDays,
    };
  }
  return rules;
}

/** Cached deadline rules of a region, with the deadlines computed from them. */
interface RulesEntry {
  value: DeadlineRules;
  until: number;
  /** Triage deadline per `date/urgency`; dropped with the entry, so it never outlives the rules. */
  dueOn: Map<string, IsoDate>;
}

/** A stable hash of the request body, to tell a true retry from a reused key. */
function fingerprintOf(input: CreateReportInput): string {
  const { website: _website, ...rest } = input;
  return hash('sha256', JSON.stringify(rest), 'hex');
}
