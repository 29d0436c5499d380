import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_NAME_LENGTH, sanitiseAttachmentName } from './attachment-names';

describe('attachment names', () => {
  it('drops bidi controls, so a name cannot pretend to be another type', () => {
    const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const mark of [...bidi, '\u200E', '\u200F', '\u061C']) {
      expect(sanitiseAttachmentName(`factuur${mark}fdp.exe`), mark.codePointAt(0)!.toString(16)).toBe('factuurfdp.exe');
    }
  });

  it('drops other control and invisible characters and path separators, keeping the visible name', () => {
    expect(sanitiseAttachmentName('foto\u0000 van\u0007 de\u0085 gang\u200B.png')).toBe('foto van de gang.png');
    expect(sanitiseAttachmentName('a\r\nb\u2028c.pdf')).toBe('abc.pdf');
    expect(sanitiseAttachmentName('C:\\Users\\x\\brief.pdf')).toBe('brief.pdf');
    expect(sanitiseAttachmentName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseAttachmentName('\ud800x.png')).toBe('x.png');
    expect(sanitiseAttachmentName('Overlast Café ’s-Hertogenbosch (2).jpg')).toBe(
      'Overlast Café ’s-Hertogenbosch (2).jpg',
    );
  });

  it('names an empty or only-invisible name "bijlage" and caps the length', () => {
    for (const name of ['', '   ', '\u202E', '/', '..', 'a/']) expect(sanitiseAttachmentName(name)).toBe('bijlage');
    expect([...sanitiseAttachmentName('é'.repeat(500))]).toHaveLength(MAX_ATTACHMENT_NAME_LENGTH);
  });
});
