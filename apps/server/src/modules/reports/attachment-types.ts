import { fileTypeFromBuffer } from 'file-type';

/** The file types a report may carry, by their real content. */
export const ALLOWED_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type AllowedMediaType = (typeof ALLOWED_MEDIA_TYPES)[number];

/** Largest attachment: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * The media type found in the bytes themselves, when it is allowed and matches what the
 * client declared; null otherwise (a renamed .exe stays out).
 */
export async function detectAllowedType(
  content: Buffer,
  declared: string | undefined,
): Promise<AllowedMediaType | null> {
  const detected = await fileTypeFromBuffer(content);
  const mime = detected?.mime;
  if (!mime || !(ALLOWED_MEDIA_TYPES as readonly string[]).includes(mime)) return null;
  if (declared && declared.split(';')[0]?.trim().toLowerCase() !== mime) return null;
  return mime as AllowedMediaType;
}
