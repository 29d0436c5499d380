/**
 * Attachment names come from anyone on the public form and are shown to meldpunt operators,
 * so nothing in them may disguise the file: a right-to-left override turns
 * "factuur\u202Efdp.exe" into "factuurexe.pdf" on screen. We keep the visible name and drop
 * what is invisible or structural.
 */

/**
 * Control characters (C0, DEL, C1), format characters (every bidi embedding, override and
 * isolate U+202A–U+202E, U+2066–U+2069, the marks U+200E/U+200F/U+061C, zero-width and
 * byte-order marks), lone surrogates and line/paragraph separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** Longest stored name, in characters. */
export const MAX_ATTACHMENT_NAME_LENGTH = 200;

/** A file name as shown to operators: its last path segment, NFC, without invisible characters. */
export function sanitiseAttachmentName(name: string): string {
  const visible = name.normalize('NFC').replace(INVISIBLE, '');
  const base = visible.split(/[\\/]/).pop() ?? '';
  const clean = [...base.trim()].slice(0, MAX_ATTACHMENT_NAME_LENGTH).join('').trim();
  return clean === '' || clean === '.' || clean === '..' ? 'bijlage' : clean;
}
