import type { AttachmentReceipt } from '@springplank/contract';
import { ApiError, getCsrfToken, parseError } from '../../shared/api/client';

/** The file types the meldpunt accepts, by media type and by file-name extension. */
export const ATTACHMENT_TYPES: Record<AttachmentReceipt['mediaType'], readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
};

/** Largest attachment: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** At most this many attachments per report. */
export const MAX_ATTACHMENTS = 5;

/** The value of the file input's `accept` attribute. */
export const ATTACHMENT_ACCEPT = Object.entries(ATTACHMENT_TYPES)
  .flatMap(([type, extensions]) => [type, ...extensions])
  .join(',');

/** The allowed media type of a file (from the browser, else from its extension), or null. */
export function attachmentTypeOf(file: File): AttachmentReceipt['mediaType'] | null {
  const types = Object.keys(ATTACHMENT_TYPES) as AttachmentReceipt['mediaType'][];
  const declared = types.find((type) => type === file.type.toLowerCase());
  if (declared) return declared;
  if (file.type) return null;
  const name = file.name.toLowerCase();
  return types.find((type) => ATTACHMENT_TYPES[type].some((extension) => name.endsWith(extension))) ?? null;
}

/** A running upload: its result and a way to stop it. */
export interface Upload {
  done: Promise<AttachmentReceipt>;
  abort: () => void;
}

/**
 * Upload one file as the raw request body (POST /reports/attachments). XMLHttpRequest rather
 * than fetch, because only XHR reports upload progress.
 */
export function uploadAttachment(file: File, mediaType: string, onProgress: (percent: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<AttachmentReceipt>((resolve, reject) => {
    xhr.open('POST', '/api/v1/reports/attachments');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', mediaType);
    xhr.setRequestHeader('x-filename', encodeURIComponent(file.name));
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as AttachmentReceipt);
        } catch {
          reject(new ApiError(xhr.status, 'INTERNAL', 'Unreadable answer'));
        }
        return;
      }
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new ApiError(0, 'NETWORK', 'No answer'));
        return;
      }
      const response = new Response(xhr.responseText || null, { status: xhr.status, statusText: xhr.statusText });
      void parseError(response).then(reject);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'Network error'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'Upload stopped'));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
