import { describe, expect, it } from 'vitest';
import { summariseUserAgent } from './user-agent';

describe('user agent summary', () => {
  it('names common browsers and systems without versions', () => {
    const cases: [string, string | null, string | null][] = [
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
        'Edge',
        'Windows',
      ],
      ['Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0', 'Firefox', 'Linux'],
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
        'Safari',
        'iOS',
      ],
      [
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
        'Chrome',
        'Android',
      ],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36',
        'Chrome',
        'macOS',
      ],
      ['curl/8.5.0', null, null],
    ];
    for (const [ua, browser, system] of cases) expect(summariseUserAgent(ua), ua).toEqual({ browser, system });
    expect(summariseUserAgent(null)).toEqual({ browser: null, system: null });
  });
});
