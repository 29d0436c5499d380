import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AccessLogKeys } from './access-log.chain';

/** Where the chain keys come from: the environment (`ACCESS_LOG_KEYS`) or a key file in the data folder. */
export type AccessLogKeySource =
  | { kind: 'list'; list: string; currentKeyId: string | null }
  | { kind: 'file'; path: string; currentKeyId: string | null };

const KEY_ID = /^[A-Za-z0-9_.-]{1,32}$/;
const MIN_SECRET_LENGTH = 16;

/**
 * Parse `id:secret` pairs (separated by commas or new lines; `#` starts a comment line). The
 * current key is `currentKeyId`, or else the last one listed, so a rotation appends a key.
 */
export function parseAccessLogKeys(list: string, currentKeyId: string | null, where: string): AccessLogKeys {
  const secrets = new Map<string, KeyObject>();
  let last: string | null = null;
  const items = list
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const item of items) {
    const colon = item.indexOf(':');
    const id = colon > 0 ? item.slice(0, colon) : '';
    const secret = colon > 0 ? item.slice(colon + 1) : '';
    if (!KEY_ID.test(id)) throw new Error(`${where}: key id "${id}" must be 1-32 letters, digits, '.', '_' or '-'`);
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`${where}: the secret of key ${id} must be at least ${MIN_SECRET_LENGTH} characters`);
    }
    if (secrets.has(id)) throw new Error(`${where}: key ${id} is listed twice`);
    secrets.set(id, createSecretKey(Buffer.from(secret, 'utf8')));
    last = id;
  }
  const current = currentKeyId ?? last;
  if (!current) throw new Error(`${where}: no access log key`);
  if (!secrets.has(current)) throw new Error(`${where}: the current key ${current} is not listed`);
  return { currentKeyId: current, secrets };
}

/**
 * The installation's chain keys. A missing key file is created once with one random key,
 * readable by the owner only (0600); an existing one is never rewritten.
 */
export function loadAccessLogKeys(source: AccessLogKeySource): AccessLogKeys {
  if (source.kind === 'list') return parseAccessLogKeys(source.list, source.currentKeyId, 'ACCESS_LOG_KEYS');
  let text: string;
  try {
    text = readFileSync(source.path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(source.path), { recursive: true });
    const generated =
      '# Springplank access-log chain keys (id:secret, one a line; the last is current). Keep secret, back up apart from the database.\n' +
      `k1:${randomBytes(32).toString('base64url')}\n`;
    try {
      // `wx`: when another process created it first, read theirs instead of overwriting it.
      writeFileSync(source.path, generated, { mode: 0o600, flag: 'wx' });
    } catch (createError) {
      if ((createError as NodeJS.ErrnoException).code !== 'EEXIST') throw createError;
    }
    text = readFileSync(source.path, 'utf8');
  }
  return parseAccessLogKeys(text, source.currentKeyId, source.path);
}
